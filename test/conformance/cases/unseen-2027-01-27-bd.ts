import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-eighth unseen-API holdout, part BD (27 January 2027): e-invoicing, tax-authority and fiscalization APIs that
// no case file uses: Nilvera (Turkey's e-Fatura/e-Arşiv provider in front of the GİB), Fiscalization by Zyntem (a
// fiscalization API for Spain's TicketBAI and VERI*FACTU among others), OpenFiskal (a fiscalization API), SePay's
// eInvoice API (Vietnam, issuing through the tax authority's providers) and Rivhit's API (Israeli invoicing and
// receipts, with its iCredit payment-page service). They were collected to measure how the reader does at first
// sight on APIs it was never tuned on. Every body was copied from the material named in `url`: Odoo's own test suite
// for its Nilvera connector (odoo/odoo's `l10n_tr_nilvera_einvoice` tests, which mock Nilvera's answers with a status
// code and a JSON or text body), and the vendors' own documentation pages that print an error body (Zyntem's "Error
// Handling" guide, OpenFiskal's "Errors and limits", SePay's "Xử lý lỗi" page in English and Vietnamese, Rivhit's
// "Error Codes" page). Where a status is not printed beside the body it is taken from the same page's status table
// (Zyntem's four, SePay's) or from the page's own words about the status (OpenFiskal's 412), and `note` says so. No
// header is shown beside any of these bodies and none was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped. Already sources (the grep of cases/, pending/ and fixtures/ names them in a `source:`):
// Facturapi, Focus NFe, Nuvem Fiscal, KSeF, ZATCA Fatoora, SUNAT CPE, EasyVerifactu, Certifactu, InvoiceXpress,
// CloudInvoice, Avalara, BizCARE MyInvois (whose source names MyInvois, so LHDN's own MyInvois API is dropped too) and
// Vertex (Vertex e-Invoicing, ecosio's API under Vertex's name, prints `{ documentId, status:
// "SchemaIsNonCompliantError", rejectMessage }` beside a 400 row, but 'Vertex for e-Commerce API' is a source).
// Nothing citable with its status: Facturama, SW Sapien and Finkok (searches returned only integrators' own wrappers
// and notes); FiscalAPI of Mexico (its response-model page's stored opening stops before any example, and its SDK
// repositories keep no fixtures); Afip SDK (its issues show Axios dumps, screenshots and "Request failed with status
// code 400" without a body); fiskaly (its docs print only the `E_SOME_ERROR` template, its Postman collections empty
// strings, its SIGN IT lite guide a `{ state: "FAILED", logs }` body without a status, and client libraries' tests
// build their own error objects); MyInvois captures (klsheng/myinvois-php-sdk#26 cut by Guzzle's "(truncated...)",
// mokth/einvoice#4 without a status); NAV Online Számla (Odoo's `l10n_hu_edi` fixtures are 200 answers, `funcCode OK`
// with an ABORTED invoice, not error responses); India's IRP through India Compliance (resilient-tech issues #3616 and
// #3764 print NIC's `ErrorDetails` body and an API gateway's "Endpoint request timed out" without a status) and
// ClearTax (its GitBook "Invalid Response" tabs name no status); a WhiteBooks GSP test double (a Frappe app's own 409
// and body, not the GSP's); Nubefact (only a Scribd copy of its manual, no error body); JoFotara (only placeholders
// and SDK notes); AADE myDATA (Odoo's `l10n_gr_edi` tests mock no HTTP answer); Viettel SInvoice (Odoo's tests mock the
// transport away); NFS-e Nacional (nfe/poc-nfse-nacional#2 prints an `erros` body without a status); Costa Rica's
// Hacienda (CRLibre issues without bodies); Factus (a third party's generated page for a FastAPI wrapper); OpenFactura
// (a skill page without bodies); Verifacti, verifactuapi.es, Kubifactu and Invopop (OpenAPI or Scribe pages whose
// stored openings stop before any response); Storecove and other Peppol access points (nothing found); Sello Digital
// (bodies printed as Ruby hashes, `"id"=>2`, not JSON); Smart One Club's fiscal operator and ZRA Smart Invoice (code
// tables only); Zyntem's invalid-key example (cut in the stored copy). The part holds no XML body; one HTML page
// (Rivhit's) and two text bodies (Nilvera's mocks) are here, and bodies in Turkish and Vietnamese.
//
// The part holds 10 cases from 5 sources, well under the brief's aim of 25 from 8: the domain has been mined by five
// earlier parts (most candidates are sources already or were dropped before for the same reasons), and 53 of the 60
// look-ups went to finding vendors whose public material prints a body beside its status.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-27-bd`, on 846a9b0, src/ unchanged: in the frozen copy /tmp/base68): 10/10 pass, 5 sources
// (kind 10/10, message 10/10, fields 10/10, retry 10/10, logId 0/0, code 2/2). Failing at first sight: none. Every case
// passed as written, including the judgment calls on Nilvera's capitals-only "HATALI ISTEK" giving way to its lone
// item's Turkish sentence and code 2000, go-playground/validator's report as developer text (the default), Zyntem's
// kept "Spain locations require country_config …" and "missing or invalid Authorization header", SePay's 409 taken
// from its table, OpenFiskal's 412 taken from the page's words and its "Resource version mismatch." kept, and the text
// and HTML bodies read as the default. No expectation was changed after the run (Prettier's line breaks were applied
// before it).
//
// Scored in `cases/` the stop it was collected (6 December 2026): read 10/10 at first sight and now.

export default [
  // ───────────────────────────── Nilvera (Turkey) ─────────────────────────────
  {
    id: 'nilvera/insufficient-credits-2000-422',
    source: 'Nilvera e-Invoice API (Turkey)',
    url: 'odoo/odoo/addons/l10n_tr_nilvera_einvoice/tests/test_tr_nilvera_mocked_requests.py@02a305094ab978cfc76a18cbb41f1728f245dec3',
    note: 'Odoo\'s mock of Nilvera\'s `POST /einvoice/Send/Xml` for an erroneous alias: `response.status_code = 422` and `response.json.return_value` this body, a Python dict written back as JSON (the same mock sits in the older `test_tr_nilvera_einvoice.py`). Odoo\'s test expects "2000 - … Yeterli Kontörünüz Bulunmamaktadır. Lütfen Kontör Alımı Yapınız." from it. No header. Kind: 422, validation (rule 1); the item\'s numeric code names no kind, and its text (no credits left, "kontör") never decides (rule 1). Message: `Message` is "HATALI ISTEK" ("BAD REQUEST"), words in capitals only, a code that restates the status (rule 2.1); the lone item of `Errors` names no field and its sentence beats the envelope\'s (rule 2.2). Its `Description` and `Detail` both begin "Yeterli Kontörünüz Bulunmamaktadır." ("You do not have enough credits."), so the substring holds for either. Code: the lone item\'s `Code` 2000, over an envelope word that only restates the status (rule 6). Judgment call: reading "HATALI ISTEK" as a code rather than a generic line; either way it loses to the item.',
    response: {
      status: 422,
      body: {
        Message: 'HATALI ISTEK',
        Errors: [
          {
            Code: 2000,
            Description: 'Yeterli Kontörünüz Bulunmamaktadır.',
            Detail: 'Yeterli Kontörünüz Bulunmamaktadır. Lütfen Kontör Alımı Yapınız.',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: 'Yeterli Kontörünüz Bulunmamaktadır', code: '2000' },
  },
  {
    id: 'nilvera/unauthorized-text-401',
    source: 'Nilvera e-Invoice API (Turkey)',
    url: 'odoo/odoo/addons/l10n_tr_nilvera_einvoice/tests/test_tr_nilvera_mocked_requests.py@02a305094ab978cfc76a18cbb41f1728f245dec3',
    note: "Odoo's mock of Nilvera's `POST /einvoice/Send/Xml` for an unauthorized alias: `response.status_code = 401`, `response.text = 'Unauthorized'` (the body as text; the mock sets no header). Odoo turns it into \"Oops, seems like you're unauthorised to do this. …\", its own words, not the API's. Kind: 401, unauthenticated (rule 1). Message: the bare reason phrase restates the status, the default (rule 2.1). No code: a text body holds none.",
    response: { status: 401, body: 'Unauthorized' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'nilvera/internal-server-error-text-500',
    source: 'Nilvera e-Invoice API (Turkey)',
    url: 'odoo/odoo/addons/l10n_tr_nilvera_einvoice/tests/test_tr_nilvera_mocked_requests.py@02a305094ab978cfc76a18cbb41f1728f245dec3',
    note: "Odoo's mock of Nilvera's `POST /einvoice/Send/Xml` for a server-error alias: `response.status_code = 500`, `response.text = 'Internal Server Error'` (text; no header set). Kind: 500, server (rule 1). Message: plain text on a 5xx is the default (rule 2.6), and it is only the reason phrase anyway (rule 2.1).",
    response: { status: 500, body: 'Internal Server Error' },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Fiscalization by Zyntem ─────────────────────────────
  {
    id: 'zyntem/missing-name-go-validator-400',
    source: 'Fiscalization by Zyntem API',
    url: 'https://docs.zyntem.dev/guides/error-handling',
    note: 'Zyntem\'s "Error Handling" guide, "Common errors by endpoint", "# Missing name": `curl -X POST https://api.zyntem.dev/v1/accounts -d \'{"billing_email": "admin@acme.com"}\'` and this body (an earlier copy of the page, internal.zyntem.dev, prints the same body against api.fiscalapi.com). Status: not printed beside the body; the page\'s table gives "400 Bad Request | Validation error | Missing/invalid fields, constraint violations". No header. Kind: a 400 without a code or field errors is a bad request (rule 1; text never decides). Message: go-playground/validator\'s report ("Key: \'CreateRequest.Name\' Error:Field validation for \'Name\' failed on the \'required\' tag"), a library\'s report naming a Go struct\'s field and a validation tag, developer text (rule 2.3), and a line that names only a missing input by the API\'s name (rule 2.1): the default. No field: the text names it, no structure does (rule 3).',
    response: {
      status: 400,
      body: { error: "Key: 'CreateRequest.Name' Error:Field validation for 'Name' failed on the 'required' tag" },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'zyntem/duplicate-billing-email-409',
    source: 'Fiscalization by Zyntem API',
    url: 'https://docs.zyntem.dev/guides/error-handling',
    note: 'Zyntem\'s "Error Handling" guide, "# Duplicate email": `POST /v1/accounts` with a billing email already used, and this body. Status: from the page\'s table, "409 Conflict | Duplicate resource or state conflict | E.g., duplicate billing email". No header. Kind: 409, conflict (rule 1). Message: `error` is a sentence for the person, kept though it starts in small letters (the small-letter rule of 2.1 is for lines naming only an input by its key).',
    response: { status: 409, body: { error: 'an account with this billing email already exists' } },
    expect: { kind: 'conflict', message: 'an account with this billing email already exists' },
  },
  {
    id: 'zyntem/spain-country-config-required-400',
    source: 'Fiscalization by Zyntem API',
    url: 'https://docs.zyntem.dev/guides/error-handling',
    note: 'Zyntem\'s "Error Handling" guide, "Location creation (POST /v1/locations)", "# Spain without country_config": `{"name": "Test", "country": "ES"}` and this body. Status: from the page\'s table, "400 Bad Request | Validation error | Missing/invalid fields, constraint violations". No header. Kind: a 400 without a code or field errors, bad request (rule 1). Message: kept: it states a rule of the service (a Spanish location needs a fiscal system, TicketBAI or VERI*FACTU), not only which input is missing, though it names `country_config` by its key. Judgment call: a reader could read it as a line naming an input by the API\'s name (rule 2.1, the rule row of 6 December 2026) and give the default.',
    response: {
      status: 400,
      body: { error: 'Spain locations require country_config with system field (ticketbai or verifactu)' },
    },
    expect: { kind: 'bad-request', message: 'Spain locations require country_config' },
  },
  {
    id: 'zyntem/missing-authorization-header-401',
    source: 'Fiscalization by Zyntem API',
    url: 'https://docs.zyntem.dev/guides/error-handling',
    note: 'Zyntem\'s "Error Handling" guide, "Authentication errors", "# No Authorization header": `curl https://api.zyntem.dev/v1/locations` and this body. Status: from the page\'s table, "401 Unauthorized | Authentication failed | Missing, invalid, or revoked API key". No header. Kind: 401, unauthenticated (rule 1). Message: kept: it names the credential that was missing or wrong, which rule 2.1 keeps ("access_token is invalid"). Judgment call: lines that restate a 401 in other words are read both ways in the corpus.',
    response: { status: 401, body: { error: 'missing or invalid Authorization header' } },
    expect: { kind: 'unauthenticated', message: 'missing or invalid Authorization header' },
  },

  // ───────────────────────────── SePay eInvoice API (Vietnam) ─────────────────────────────
  {
    id: 'sepay-einvoice/document-existed-409',
    source: 'SePay eInvoice API (Vietnam)',
    url: 'https://developer.sepay.vn/en/einvoice-api/v1/xu-ly-loi',
    note: 'SePay\'s "Error handling" page (English and Vietnamese versions print the same body) under "Error response shape": "Every endpoint returns errors in the same shape". Status: not printed beside the body; the page\'s "HTTP errors" table gives "409 | Conflict: the object already exists or is in use", which is what the code says (an invoice already recorded for this reference). Judgment call on that status. No header. Kind: 409, conflict (rule 1; the code\'s "EXISTED" says already exists too). Message: `error.message`, Vietnamese, "The system has already recorded an invoice for this reference code." (rule 2.1; the page says it is meant for display). Code: `error.code` (rule 6).',
    response: {
      status: 409,
      body: {
        success: false,
        error: {
          code: 'EINVOICE_DOCUMENT_EXISTED',
          message: 'Hệ thống đã ghi nhận hoá đơn cho mã tham chiếu này.',
        },
      },
    },
    expect: {
      kind: 'conflict',
      message: 'Hệ thống đã ghi nhận hoá đơn cho mã tham chiếu này',
      code: 'EINVOICE_DOCUMENT_EXISTED',
    },
  },

  // ───────────────────────────── Rivhit API ─────────────────────────────
  {
    id: 'rivhit/wcf-request-error-html-400',
    source: 'Rivhit API (iCredit)',
    url: 'https://rivhit-api.readme.io/docs/api-error-codes',
    note: 'Rivhit\'s "Error Codes" page, "Bad Request (400)", "Example Response (HTML)", "Returned mostly from SOAP/WCF-style endpoints": the WCF service\'s stock page, copied as printed (its markdown copy, api-error-codes.md, keeps the indentation). Rivhit issues Israeli tax invoices and receipts; this page is its API\'s common error reference and the example comes from its iCredit payment-page service. No header shown. Kind: 400 without a code or fields, bad request (rule 1). Message: an HTML page gives none, the default (rule 2.5).',
    response: {
      status: 400,
      body: '<html>\n  <head>\n    <title>Request Error</title>\n  </head>\n  <body>\n    <h1>Request Error</h1>\n    <p>The server encountered an error processing the request. Please see the\n       <a href="https://icredit.rivhit.co.il/API/PaymentPageRequest.svc/help">\n       service help page</a> for constructing valid requests to the service.\n    </p>\n  </body>\n</html>',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── OpenFiskal ─────────────────────────────
  {
    id: 'openfiskal/precondition-failed-412',
    source: 'OpenFiskal fiscalization API',
    url: 'https://dev.openfiskal.com/errors-and-limits',
    note: 'OpenFiskal\'s "Errors and limits" page, "Error response shape": "Every error response uses the same envelope" and this body. Status: not printed beside it; the page says "5xx, 429, and 412 responses are retryable", the body says `retryable: true`, and its concurrency rules make operation mutations require `If-Match` with the latest resource version, whose mismatch is HTTP\'s 412 Precondition Failed, the name of the code: judgment call on the status. No header. Kind: 412, conflict (rule 1); `precondition_failed` is in no row and names the status. Message: "Resource version mismatch." says what failed this time, kept (rule 2.1). Retry: none (`retryable` is a flag, no wait, rule 4). Fields: `details` holds numbers, not messages (rule 3). No code stated: `precondition_failed` only restates the 412\'s reason phrase, which the corpus reads both ways (rule 6).',
    response: {
      status: 412,
      body: {
        code: 'precondition_failed',
        message: 'Resource version mismatch.',
        retryable: true,
        details: { expected_resource_version: 1, current_resource_version: 2 },
      },
    },
    expect: { kind: 'conflict', message: 'Resource version mismatch' },
  },
] satisfies ConformanceCase[];
