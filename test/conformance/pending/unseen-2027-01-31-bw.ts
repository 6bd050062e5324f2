import { DEFAULT, type ConformanceCase } from '../types';

// Seventy-second unseen-API holdout, part BW (31 January 2027): European small-business SaaS APIs whose docs or clients
// are in Polish, Dutch, Danish or Spanish (their text kept as sent), that no case file uses: FiberPay (the Polish
// payments and AML-registry API, its FiberAML service), pensopay and ePay (two Danish payment gateways for web shops),
// Fakturownia (the Polish invoicing service, InvoiceOcean abroad), MyParcel (the Dutch shipping platform for web shops)
// and Correos (the Spanish post's shipping APIs: labels, pre-registration and tracking), collected to measure how the
// reader does at first sight on APIs it was never tuned on. Every body was copied from the public material named in
// `url` and `note`: the vendor's own documentation repository (fiberpay/api, whose Polish page prints "STATUS 401
// Unathorized" above its three bodies), the vendors' error pages (pensopay's and ePay's, each saying which status the
// example is sent with), the test suites of clients that serve or assert the API's bodies (the Fakturownia PHP client's
// unit test, whose message and status its functional test asserts against the live service; MyParcel's own PHP
// plugin kit, whose example responses carry the request ids of live answers; a Laravel client for Correos, found by an
// exact-string search that gave the text without its repository, so its `url` gives the index id). Bodies that a PHP
// test writes as an array are written as the JSON it serves (`JsonMockResponse`, `MockResponse::make`), and a Symfony
// status constant inside a body as its number (`Response::HTTP_NOT_FOUND`, 404): each note says so. No source showed a
// response header and none was added. Every `expect` was written from the source and test/conformance/README.md before
// the kit was run.
//
// Looked for and dropped: sevDesk, Shopware, Brevo (Sendinblue), Mailjet, Sendcloud, Pennylane, Fakturoid, Exact
// Online, Visma eAccounting, e-conomic, Billy, Personio, InPost, GLS, Hermes, Billomat, Lexware Office, Tripletex,
// Fortnox, Billbee, Mollie, Allegro, SMSAPI, FreshMail, GetResponse and Bankson (already sources); Moneybird (its .NET
// client's fixtures are all successes, its PHP client's issue shows an exception without the body, and the stored docs
// print none), Qonto (its error pages give the JSON:API shape with placeholder strings; the example itself is cut from
// the stored copy), Fatture in Cloud (a status table; its OpenAPI repository too large to read under the cap),
// SuperFaktura (its docs repository describes rate-limit headers but prints no error body), Packeta/Zásilkovna (a SOAP
// fault with "Incorrect API password." kept in an Elixir file's comments, without status or repository), PostNord
// (karrio's fixtures of `compositeFault` bodies without statuses), PayU (an `ERROR_ORDER_NOT_UNIQUE` body in a Python
// docstring without its status), Twikey, GoPay, Tpay, BaseLinker and finAPI (exact-string searches for their error
// codes found only unrelated code), Ibanity/Ponto (English-only docs, and no stored error page), Paytrail, bexio,
// Sellsy, Holded, Planday, Clockodo, CleverReach, Rapidmail and Przelewy24 (no stored page or issue that prints a body
// with its status); CloudInvoice (a Portuguese invoicing API whose page prints a 400 body; Portuguese is outside this
// part's languages).
//
// The part holds 12 cases from 6 sources, under the brief's aim of 25 from 8: the stored corpora hold few of these
// vendors' pages and fewer of their clients' fixtures, and most exact-string searches for their error codes returned
// unrelated code. Look-ups spent: 57 of 60.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-31-bw`, on ff4758c, src/ unchanged: in the frozen copy /tmp/base70): 8/12 pass, 6 sources
// (kind 12/12, message 8/12, fields 11/12, retry 12/12, logId 3/3, code 3/3). Failing at first sight:
// fiberpay/wrong-signature-401 (kept "Wrong signature"; the case reads a signature that does not match as developer
// text, rule 2.3 and the fifty-seventh holdout's row, a judgment call its note names);
// fakturownia/must-be-logged-in-401 (kept "You must be logged in to gain access to the site"; the case reads it as the
// 401's phrase in other words, "Authentication is required", rule 2.1's rows: the default, a judgment call);
// myparcel/access-denied-401 (kept "Access Denied." on the 401; the case reads it as "Access forbidden" in other words,
// rule 2.1's rows: the default, a judgment call); myparcel/shipment-option-not-supported-422 (kept "Shipment validation
// error (request_id: …)" whole, its support label too, where the case reads a category line, rule 2.1: the default; and
// read no field from the item keyed by MyParcel's error number, whose `fields` names the path and `human` says the
// line, which the case reads under rule 3, a judgment call). Every other case passed as written, including the judgment
// calls on FiberPay's "No Api Key provided" (kept), pensopay's "already been taken" line (validation, not conflict),
// ePay's four lines for one field, MyParcel's Dutch 404 line and its request ids, and Correos' three errors on a 200
// (unknown, their Spanish lines kept, `desError` read as the item's text).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
// Measured again by the lead on the reader the seventy-first holdout taught (`9956dea`), before this holdout's
// conventions: 8/12 pass, the same cases failing as in the first run above.

export default [
  // ───────────────────────────── FiberPay (FiberAML) ─────────────────────────────
  {
    id: 'fiberpay/no-api-key-provided-401',
    source: 'FiberPay API',
    url: 'fiberpay/api/fiberaml.md@04db17df60f817961e41bb53487500ed3189679c',
    note: 'FiberPay\'s own documentation (Polish), section "Klucze API": "W przypadku niepoprawnego wykorzystania kluczy dostępowych serwer zwraca następujące błędy:" (when the access keys are misused the server returns these errors), then "STATUS 401 Unathorized" and three bodies; this is the first. No header shown. Kind: 401, unauthenticated (rule 1). Message: "No Api Key provided" names the credential that is missing, and a credential\'s name stays (rule 2.1, as "access_token is invalid" does). Judgment call: the corpus reads lines that only say authentication is missing on a 401 both ways, and a reader could give the default. No code stated: `status: "ERROR"` is the call\'s own flag, no code (the sixty-first holdout\'s row).',
    response: { status: 401, body: { status: 'ERROR', error: 'No Api Key provided' } },
    expect: { kind: 'unauthenticated', message: 'No Api Key provided' },
  },
  {
    id: 'fiberpay/api-key-invalid-401',
    source: 'FiberPay API',
    url: 'fiberpay/api/fiberaml.md@04db17df60f817961e41bb53487500ed3189679c',
    note: 'The same section of FiberPay\'s documentation, the second of the three bodies under "STATUS 401 Unathorized". No header shown. Kind: 401, unauthenticated (rule 1). Message: "Api key invalid" says which credential failed, kept as rule 2.1 keeps "access_token is invalid" and "Invalid app_key is provided.". No code stated (`status: "ERROR"` is a flag).',
    response: { status: 401, body: { status: 'ERROR', error: 'Api key invalid' } },
    expect: { kind: 'unauthenticated', message: 'Api key invalid' },
  },
  {
    id: 'fiberpay/wrong-signature-401',
    source: 'FiberPay API',
    url: 'fiberpay/api/fiberaml.md@04db17df60f817961e41bb53487500ed3189679c',
    note: 'The same section, the third body under "STATUS 401 Unathorized" (the signature is the request\'s HMAC, made with the secret key). No header shown. Kind: 401, unauthenticated (rule 1). Message: "Wrong signature" reports a signature that does not match, developer text (rule 2.3, token and signature internals; the fifty-seventh holdout\'s row): the default. Judgment call: a reader could keep the two words as what went wrong, as the corpus keeps Fireblocks\' "invalid signature". No code stated.',
    response: { status: 401, body: { status: 'ERROR', error: 'Wrong signature' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── pensopay ─────────────────────────────
  {
    id: 'pensopay/order-id-taken-422',
    source: 'pensopay API',
    url: 'https://docs.pensopay.com/v2.0/reference/error-handling',
    note: 'pensopay\'s "Error handling" page: "In case of a 422 error, an errors property will be available in the error object with the name of the affected fields as keys and an array of messages as values respectively. An example is shown below:", then this body (status from that sentence and the table row "422 | validation_failed"). No header shown. Kind: 422, validation (rule 1). Judgment call: the field\'s line says the value is taken, but only a code makes a conflict (rule 1: text never decides). Message: "The given data was invalid." is a generic summary (rule 2.1): the default. Fields: the map under `errors` (rule 3). No code stated: `code: 422` only restates the status.',
    response: {
      status: 422,
      body: {
        code: 422,
        message: 'The given data was invalid.',
        errors: { order_id: ['The order id has already been taken.'] },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['order_id', 'The order id has already been taken.']],
    },
  },

  // ───────────────────────────── ePay ─────────────────────────────
  {
    id: 'epay/amount-validation-422',
    source: 'ePay Payments API (Denmark)',
    url: 'https://docs.epay.eu/products/blocks/api-error-handling',
    note: 'ePay\'s "API Error handling" page: "There are two types of error responses: request validation errors (422) and all others (4XX and 5XX).", then this body under "Validation Error" (the other example, `INVALID_OR_EXPIRED_SESSION`, is given without a status and was not taken). No header shown. Kind: 422 and the code `VALIDATION_ERROR`, validation (rule 1). Message: "Input validation errors" is a generic summary (rule 2.1, as "Validation errors exist." is): the default. Fields: the map under `errors`, each line of the list its own field error (rule 3; the corpus lists one field\'s lines each). Code: `errorCode`, the only code, by its shape (rule 6).',
    response: {
      status: 422,
      body: {
        errorCode: 'VALIDATION_ERROR',
        message: 'Input validation errors',
        errors: {
          amount: [
            '[required]: Is a required non-nullable field',
            '[int]: Must be an integer',
            '[min:0]: Must be greater than 0',
            '[max:999999999]: Must be less than 999999999',
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['amount', 'Is a required non-nullable field'],
        ['amount', 'Must be an integer'],
        ['amount', 'Must be greater than 0'],
        ['amount', 'Must be less than 999999999'],
      ],
      code: 'VALIDATION_ERROR',
    },
  },

  // ───────────────────────────── Fakturownia ─────────────────────────────
  {
    id: 'fakturownia/must-be-logged-in-401',
    source: 'Fakturownia API',
    url: 'mariusz-zajac/fakturownia/tests/Unit/Api/InvoicesTest.php@17992fce7abee8043a99b65ee111bff03c86ba8f',
    note: "The Fakturownia PHP client's `testAnErrorRequest`: a `JsonMockResponse` of `['code' => 'error', 'message' => 'You must be logged in to gain access to the site']` with `http_code` 401 for `GET https://foo.fakturownia.pl/invoices/123.json`, written here as the JSON it serves. The same client's functional test (`tests/Functional/Api/InvoicesTest.php`, `testAccessDenied`, run against the live service with a made-up subdomain and token) expects this very message with code 401, and the exact-string search found the same assertion in other versions of the client. No header shown. Kind: 401, unauthenticated (rule 1). Message: \"You must be logged in to gain access to the site\" says only that signing in is required, the 401's phrase in other words (\"Authentication is required\", rule 2.1's rows): the default. Judgment call: the corpus reads such lines both ways (pekko-http's kept), and a reader could keep it as a sentence for the person. No code stated: `code: \"error\"` is the call's flag.",
    response: {
      status: 401,
      body: { code: 'error', message: 'You must be logged in to gain access to the site' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── MyParcel ─────────────────────────────
  {
    id: 'myparcel/access-denied-401',
    source: 'MyParcel API',
    url: 'myparcelnl/pdk/tests/Api/Response/ExampleAccessDeniedResponse.php@66050beb3b2ca64102f37cdf3cf740bd292b6e87',
    note: 'MyParcel\'s own plugin development kit keeps example answers of its API for its tests; this class answers `getStatusCode()` 401 (`Response::HTTP_UNAUTHORIZED`) with this content (a PHP array, written as JSON; the request id has the form of the live service\'s). No header shown. Kind: 401, unauthenticated (rule 1). Message: "Access Denied." says only that access was refused, as "Access forbidden" and "Access to resource forbidden" do (rule 2.1\'s rows), the "(request_id: …)" after it a support label: the default. Judgment call: a reader could keep "Access Denied." as what was refused (SMSGateway.me\'s on a 403 was read both ways). logId: the body\'s own `request_id` (rule 5). Code: the lone item\'s `code`, 3000, as a string (rule 6: an item-level code; its `title` and `message` repeat the line).',
    response: {
      status: 401,
      body: {
        message: 'Access Denied. (request_id: 1691398492.036364d0b15c08dd4)',
        request_id: '1691398492.036364d0b15c08dd4',
        errors: [{ status: 401, code: 3000, title: 'Access Denied.', message: 'Access Denied.' }],
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      logId: '1691398492.036364d0b15c08dd4',
      code: '3000',
    },
  },
  {
    id: 'myparcel/label-pdf-not-ready-404-dutch',
    source: 'MyParcel API',
    url: 'myparcelnl/pdk/tests/Api/Response/ExampleGetLabelPdfNotReadyResponse.php@a8358e781db3d37eec44950fb61309441aa82296',
    note: 'The same kit\'s example answer of "GET /pdfs/:hash while the bulk labels pdf is still being generated" (its doc comment): status 404 (`Response::HTTP_NOT_FOUND`), written here as the number, inside the body too (`status_code` and the item\'s `status`). No header shown. Kind: 404, not-found (rule 1). Message: "Bestand nog niet gereed en/of niet-bestaand" (Dutch: the file is not ready yet or does not exist) is a sentence for the person; the "(request_id: …)" after it is a support label dropped from it (rule 2.1). logId: the body\'s `request_id` (rule 5). Code: the lone item\'s `code`, 5100 (rule 6).',
    response: {
      status: 404,
      body: {
        message: 'Bestand nog niet gereed en/of niet-bestaand (request_id: 1790604849.14146aba763122865)',
        request_id: '1790604849.14146aba763122865',
        status_code: 404,
        errors: [{ code: 5100, status: 404 }],
      },
    },
    expect: {
      kind: 'not-found',
      message: 'Bestand nog niet gereed en/of niet-bestaand',
      logId: '1790604849.14146aba763122865',
      code: '5100',
    },
  },
  {
    id: 'myparcel/shipment-option-not-supported-422',
    source: 'MyParcel API',
    url: 'myparcelnl/pdk/tests/Api/Response/ExamplePostShipmentsValidationErrorResponse.php@8e507d39e894046209f5eb651826b3c577cb7329',
    note: 'The same kit\'s example answer of `POST /shipments` with a shipment option the carrier does not take: status 422 (`Response::HTTP_UNPROCESSABLE_ENTITY`), the body as its PHP array (found by the exact-string search, index id 47447887668, and its path confirmed in the repository\'s listing), written as JSON. No header shown. Kind: 422, validation (rule 1). Message: "Shipment validation error" is a category line ("Validation error on the record", rule 2.1): the default. Fields: the error item (keyed by MyParcel\'s error number, 3705) names its field in `fields` and says the line in `human` (rule 3: a path-like member beside a message; the path keeps the request\'s `data`, canonical `data.shipments.0.options.return`). Judgment call: `human` is no listed message member, and a reader could give no field. logId: `request_id` (rule 5). No code stated: 3705 is a key, not a member named as a code.',
    response: {
      status: 422,
      body: {
        message: 'Shipment validation error (request_id: 1752047820.9951686e20ccf2f3b)',
        request_id: '1752047820.9951686e20ccf2f3b',
        status_code: 422,
        errors: [
          {
            '3705': {
              fields: ['data.shipments[0].options.return'],
              human: ['data.shipments[0].options.return shipment option not supported'],
            },
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['data.shipments.0.options.return', 'shipment option not supported']],
      logId: '1752047820.9951686e20ccf2f3b',
    },
  },

  // ───────────────────────────── Correos ─────────────────────────────
  {
    id: 'correos/tracking-envio-no-encontrado-200',
    source: 'Correos APIs (Spain)',
    url: 'index id 67060826132 (repository not named by the index)',
    note: 'A Laravel client for Correos (namespace `Arzcode\\LaravelCorreos`; the index did not name its repository, and none under that name is stored), its Pest test "throws when tracking answers 200 with an error list": a Saloon `MockResponse::make([…], 200)` for `SearchShipmentRequest` on https://api1.correos.es/support/trackpub/api/v2, written here as the JSON it serves; the test expects the client to throw "1001: Envío no encontrado". No header shown. Kind: a 200 whose error names no kind (`codError` 1001 is no HTTP status and no code a rule sorts; text never decides): unknown (rule 1, as OCR.space\'s 200 is). Message: "Envío no encontrado" (shipment not found) names what was not found, a sentence (rule 2.1, as "Resource not found" is); `desError` (descripción) is the lone item\'s text. Judgment call: `desError` is no listed message member. No code stated.',
    response: {
      status: 200,
      body: { shipment: null, error: [{ codError: '1001', desError: 'Envío no encontrado' }] },
    },
    expect: { kind: 'unknown', message: 'Envío no encontrado' },
  },
  {
    id: 'correos/preregister-contrato-no-autorizado-200',
    source: 'Correos APIs (Spain)',
    url: 'index id 67060826132 (repository not named by the index)',
    note: 'The same test file, "throws when a preregister query answers 200 with an error": `QueryShipmentsRequest` on https://api1.correos.es/admissions/preregister/api/v1 answered by `MockResponse::make([\'shipments\' => null, \'error\' => \'Contrato no autorizado\'], 200)`, written as JSON. No header shown. Kind: a 200 with a sentence and no code: unknown (rule 1: text never decides, and "not authorized" decides only as a code). Message: "Contrato no autorizado" (contract not authorised) says what was refused, a sentence (rule 2.1). No code.',
    response: { status: 200, body: { shipments: null, error: 'Contrato no autorizado' } },
    expect: { kind: 'unknown', message: 'Contrato no autorizado' },
  },
  {
    id: 'correos/labels-envio-no-existe-200',
    source: 'Correos APIs (Spain)',
    url: 'index id 67060826132 (repository not named by the index)',
    note: "The same test file, \"throws when the labels endpoint answers 200 with an error and no pdf\": `PrintLabelsRequest` on https://api1.correos.es/support/labels/api/v1 answered by `MockResponse::make(['pdf' => null, 'zpl' => null, 'xml' => null, 'error' => 'El envío PQXYZ1234567890 no existe'], 200)`, written as JSON. No header shown. Kind: a 200 with a sentence and no code: unknown (rule 1). Message: \"El envío PQXYZ1234567890 no existe\" (the shipment … does not exist) is a sentence for the person; the shipment number is the person's, no developer text (rule 2.1). No code.",
    response: {
      status: 200,
      body: { pdf: null, zpl: null, xml: null, error: 'El envío PQXYZ1234567890 no existe' },
    },
    expect: { kind: 'unknown', message: 'El envío PQXYZ1234567890 no existe' },
  },
] satisfies ConformanceCase[];
