import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-tenth unseen-API holdout, part KK (10 March 2027): accounting, invoicing, bookkeeping and indirect-tax
// APIs in the long tail (Europe, Latin America, Asia-Pacific) that no other case file uses: Siigo (Colombian
// cloud accounting, Siigo Nube's API), Fatture in Cloud (Italian invoicing and e-invoicing, its API v2) and Netvisor
// (Finnish accounting, its XML integration API). They were collected to measure how the reader does at first sight on
// APIs it was never tuned on. Where the bodies were copied from: Siigo's own API Blueprint (its "Manejo de errores"
// section, which prints the error structure with its status inside it; a copy of siigoapi.docs.apiary.io kept in
// jdlar1/siigo-mcp), and three captures of Siigo's answers found by exact-string search in public files whose
// repository and path the search did not give (each `url` names its index id): an integrator's report of a run
// against a real Siigo account (a 404 and a 400, each with its status), a Python test that pins "the real message"
// Siigo answered with its 400, and a Markdown note on a 400 from Siigo's sign-in. Fatture in Cloud's three come from
// public issues of its official SDKs that paste the captured status and body (Guzzle's "resulted in a `401
// Unauthorized` response:", the C# SDK's "401 - Unauthorized" with the JSON, the Ruby SDK's "HTTP status code: 422",
// its response headers and body). Netvisor's comes from a PHP Netvisor client's RequestTest, which feeds the
// client a 200 with Netvisor's FAILED status document (its Finnish message, timestamped 7.4.2009) and asserts the
// exception's text. Headers were copied only where the source prints them (the Ruby SDK issue's); none was added.
// Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Wave (every `didSucceed: false` body found is a test author's mock, not a capture),
// Moneybird (the .NET SDK's fixtures hold no error body; an issue quotes a Python client's rendering of the 422's
// `customer_id` map, not the wire body, and the old PHP client's issues quote only an exception), the Fatture in
// Cloud errors page (its examples were beyond what the search returned), Netvisor's second capture (a TypeScript
// test's status document, printed without any status), NAV Online Számla (Hungary's e-invoicing API: only code
// tables and request XML turned up), KSeF (Poland's: a shape with "..." placeholders), a third Siigo 400 (the
// report cut it after `{"status":400,`), Fonoa, Anrok, Bokio, Fiken, Holded, Alegra, Zoho Books and Facturama
// (docs pages and issues found gave status tables, schemas or screenshots, no body tied to a status; Facturama's
// issues name only "La solicitud no es válida."), Quaderno (its Ruby gem's cassettes read were 200s; the docs give a
// status table) and third-party guides (Factus, Visibooks, docnova: bodies not tied to a status or not the vendor's).
// Skipped as already sources: Numeral, Tripletex, Lexware Office (lexoffice), sevDesk, MYOB, Facturapi, Fakturoid,
// Fakturownia, Billingo, Pennylane, Billomat, Codat, Rutter, Teamleader, Lago, Xero, QuickBooks Online, FreeAgent,
// Sage, Exact Online, e-conomic, Billy, Visma, TaxJar, Avalara, Vertex, Chargebee, Fortnox, FreshBooks, CloudInvoice,
// Invoice Ninja, Crater, Dolibarr, Odoo, Omie, PlugNotas, Focus NFe, Nuvem Fiscal, SUNAT, EasyVerifactu and KQI
// Documatica (whose error page the last search returned).
//
// The part holds 9 cases from 3 sources, under the brief's aim of 15–30 from at least 5: all 38 look-ups of the cap
// were spent (most on semantic searches that returned other vendors' pages, and on fixtures that held only 200s), and
// collecting stopped there.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-10-kk`, on aa403dc, src/ unchanged: in the frozen copy /tmp/base110; the `--check` run
// before it reported no problem): 4/9 pass, 3 sources (kind 7/9, message 4/9, fields 6/9, retry 9/9, logId 0/0, code
// 4/4). Failing at first sight:
// - siigo/parameter-required-docs-400 and siigo/parameter-required-mail-to-400: the kit read no field from
//   `Params: ["code"]` / `["mail_to"]`, so kept bad-request and took `Detail`'s "Check the API documentation: …" as
//   the message; the cases expect validation with the field `code` / `mail_to` and the default (rule 3: a path may be
//   a list of segments, and `Params` is the item's parameter, as Siigo's docs say; rule 1: `parameter_required` names
//   a missing input, as `parameter_missing` and "is required" codes do; rule 2.1: a line that only sends the reader
//   to the docs is generic). The field from a list-valued `Params` is a judgment call the notes name; the kind and the
//   message follow from the rules without it too (the code alone makes validation; the docs pointer is no message).
// - siigo/invalid-total-payments-400: the kit kept the item's sentence ("The total payments must be equal to the
//   total purchase. …") and read no field from `params: ["payments"]`; the case binds it to `payments` and gives the
//   default (rule 3, rule 2.4). The kind (validation, from the `invalid…` code) passed. A judgment call its note
//   names.
// - fatture-in-cloud/invalid-json-data-422: the kit kept "Invalid JSON data in request body."; the case reads a
//   server that could not read the request's JSON as developer text and gives the default (rule 2.3, BigCommerce's
//   "JSON data is missing or invalid"). Not a judgment call on the message; the kind (validation) passed.
// - netvisor/authentication-failed-200-xml: the kit gave its default text for the 200 ("Try again. If the problem
//   continues, contact support."), reading no sentence from the repeated `Status` elements; the case keeps
//   "Integraatiokumppania ei löydy" after dropping the leading AUTHENTICATION_FAILED code (rule 2.1: a vendor's code
//   before the sentence is dropped, the sentence stays). The kind (unknown) passed; that kind is a judgment call the
//   note names.
// Every other case passed as written, including the judgment calls on Siigo's "Resource not found" (kept) and
// "Invalid value: access_key" (validation, kept) and Fatture in Cloud's OAuth `error_description` (kept).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// Dropped after the first run, by the holdout's lead: four Siigo cases (parameter-required-mail-to-400,
// resource-not-found-404, invalid-total-payments-400, invalid-value-access-key-400) that the search tool gave by an
// index id without their repository or path, and that a later look-up could not place; the corpus cites every case
// by a URL or a repository path, so they are not kept. The first-run line above counts them.

export default [
  // ───────────────────────────── Siigo ─────────────────────────────
  {
    id: 'siigo/parameter-required-docs-400',
    source: 'Siigo API',
    url: 'jdlar1/siigo-mcp/siigoapi.apib@54daf227f26ba005c080a28518dd7ec1c1c1f86a',
    note: 'Siigo\'s API Blueprint (siigoapi.docs.apiary.io, kept in this repository), section "Manejo de errores": "Los errores en Siigo API tienen la siguiente estructura", then this body; the status is the body\'s own `Status` (the section: "Siigo utiliza códigos de respuesta HTTP para indicar el éxito o fracaso de una solicitud"), so the response is a 400. `[url_to_documentation]` is the vendor\'s own placeholder, copied as printed. No header printed. Kind: the item names its parameter in `Params` (the section: "Param: … el parámetro relacionado con el error"), a list of one name read as its path (rule 3: a path may be a list of segments), and `parameter_required` says an input is missing (rule 1): validation. Fields: `code`, "The field code is required". Message: the lone item names a field, so its sentence is the field\'s; `Detail` only sends the reader to the docs (rule 2.1): the default (rule 2.4). Code: the item\'s `Code` (rule 6). Judgment call: `Params` is a list, and a reader could read it as several fields rather than one path; with one name both read `code`.',
    response: {
      status: 400,
      body: {
        Status: 400,
        Errors: [
          {
            Code: 'parameter_required',
            Message: 'The field code is required',
            Params: ['code'],
            Detail: 'Check the API documentation: [url_to_documentation]',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['code', 'The field code is required']],
      code: 'parameter_required',
    },
  },
  // ───────────────────────────── Fatture in Cloud ─────────────────────────────
  {
    id: 'fatture-in-cloud/user-not-authorized-for-application-401',
    source: 'Fatture in Cloud API',
    url: 'https://github.com/fattureincloud/fattureincloud-php-sdk/issues/136',
    note: "The reporter's paste of Guzzle's exception for GET https://api-v2.fattureincloud.it/c/…/entities/clients: \"resulted in a `401 Unauthorized` response:\" and this body (Guzzle cuts bodies past 120 characters; this one ends with its closing brace, so it is whole). No header printed. Kind: 401, unauthenticated (rule 1). Message: OAuth's `error_description` beats `error` (rule 2.2), and it says who was refused and for what: kept. No code stated: `unauthorized` only restates the status (rule 6).",
    response: {
      status: 401,
      body: {
        error: 'unauthorized',
        error_description: 'The given user is not authorized to use this application.',
      },
    },
    expect: { kind: 'unauthenticated', message: 'The given user is not authorized to use this application' },
  },
  {
    id: 'fatture-in-cloud/unauthorized-401',
    source: 'Fatture in Cloud API',
    url: 'https://github.com/fattureincloud/fattureincloud-csharp-sdk/issues/103',
    note: 'The reporter\'s "Error status and message: 401 - Unauthorized" and the SDK\'s ApiException "Error calling ListIssuedDocuments: {"error":{"message":"Unauthorized."}}", the body pasted again on its own. No header printed. Kind: 401, unauthenticated (rule 1). Message: the 401\'s reason phrase with a full stop (rule 2.1): the default.',
    response: { status: 401, body: { error: { message: 'Unauthorized.' } } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'fatture-in-cloud/invalid-json-data-422',
    source: 'Fatture in Cloud API',
    url: 'https://github.com/fattureincloud/fattureincloud-ruby-sdk/issues/34',
    note: 'The Ruby SDK\'s error for POST …/issued_documents/{id}/e_invoice/send, as the reporter pasted it: "HTTP status code: 422", "Response headers: {…}" (copied as printed; the `server` value\'s stray escaping dropped) and "Response body:". Trimmed: the search excerpt that gave the issue ends the body at `"validation_result":n`; a JSON value that begins with n can only be null, so the case writes null and closes the body there, and anything after it is not known. Kind: 422, validation (rule 1; text never decides the kind). Judgment call: the sentence says the request\'s JSON could not be read, which a code would make a bad request, but none is sent. Fields: none (`validation_result` is null). Message: "Invalid JSON data in request body." is a server that could not read the request\'s JSON (rule 2.3, BigCommerce\'s "JSON data is missing or invalid"): the default.',
    response: {
      status: 422,
      headers: {
        date: 'Mon, 07 Nov 2022 10:28:00 GMT',
        'content-type': 'application/json',
        server: 'Microsoft-IIS/8.5',
        'strict-transport-security': 'max-age=4838400; includeSubdomains;',
        vary: 'Authorization',
        'cache-control': 'no-cache, private',
        'x-robots-tag': 'noindex,nofollow,noarchive',
        'x-aspnet-version': '4.0.30319',
        'x-powered-by': 'ASP.NET',
      },
      body: { error: { message: 'Invalid JSON data in request body.', validation_result: null } },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },

  // ───────────────────────────── Netvisor ─────────────────────────────
  {
    id: 'netvisor/authentication-failed-200-xml',
    source: 'Netvisor API',
    url: 'FloAppsLtd/fp-netvisor/tests/Xi/Netvisor/Component/RequestTest.php@8af429cd056afdb16ccda964772b1ed6b09c8488',
    note: 'throwsExceptionIfResponseStatusIsFailed: the mocked Guzzle client answers POST http://integration.netvisor.fi/accounting.nv with `new Response(\'200\', array(), $xmlResponse)` (Netvisor answers its integration calls with 200 and says in ResponseStatus whether they failed), and the test expects NetvisorException with "AUTHENTICATION_FAILED :: Integraatiokumppania ei löydy, katso dokumentaatio". The document (timestamped 7.4.2009, as Netvisor\'s docs print it) is copied as the test holds it; no header is given, none added. Kind: a 2xx; `Status` says FAILED, and AUTHENTICATION_FAILED is written inside the second `Status` text before " :: ", not in a code member, so no code outranks the 200 (rule 1: text never decides the kind): unknown. Judgment call: a reader could read AUTHENTICATION_FAILED as Netvisor\'s status code and the kind as unauthenticated. Message: the code before " :: " leads the sentence as a vendor\'s error number does and is dropped (rule 2.1); "Integraatiokumppania ei löydy" ("integration partner not found") names the credential that failed, a sentence: kept, with its "katso dokumentaatio".',
    response: {
      status: 200,
      body: `<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Root>
    <ResponseStatus>
        <Status>FAILED</Status>
        <Status>AUTHENTICATION_FAILED :: Integraatiokumppania ei löydy, katso dokumentaatio</Status>
        <TimeStamp>7.4.2009 13:46:07</TimeStamp>
    </ResponseStatus>
</Root>`,
    },
    expect: { kind: 'unknown', message: 'Integraatiokumppania ei löydy' },
  },
] satisfies ConformanceCase[];
