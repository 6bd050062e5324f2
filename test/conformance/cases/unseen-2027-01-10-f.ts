import { DEFAULT, type ConformanceCase } from '../types';

// Fifty-first unseen-API holdout, part F (10 January 2027): online marketplaces' seller and partner APIs outside the
// US (Europe, Africa, the Middle East, Latin America, South and Southeast Asia) that no other case file uses: the Via
// Varejo (Grupo Casas Bahia, formerly Cnova) Marketplace API of Brazil and the BaZaaRDan Partner API of Turkey,
// collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was copied from
// the public material named in `url` and `note`: the vendors' own reference pages that print an error body (Via
// Varejo's API portal page on return codes, which prints its error pattern beside its status tables; BaZaaRDan's
// "Error Codes" page, which prints its standard and validation error formats beside a table giving each code's HTTP
// status). Neither page prints the status beside the body; each note says where the status came from (the vendor's
// own table for that code). One body was transcribed with an annotation of the page removed and said so: Via Varejo's
// pattern ends its `skuSellerId` member with `-- campo opcional` ("optional field"), a comment that is not JSON. No
// header was shown beside any of these bodies and none was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Candidates checked against .tmp/sources.txt and the corpus and skipped as already present: Trendyol, Allegro,
// Mercado Libre, Wildberries, Ozon, Yandex Market, Coupang, Rakuten, Etsy, Zalando, bol.com and Lazada (whose older
// SellerCenter "Response and error messages" page turned up). Looked for and dropped: Mirakl (developer.mirakl.com's
// stored pages give only their general notes; the Mirakl SDKs indexed hold no error fixtures; the PayPal and Stripe
// Mirakl connectors' mocks are their authors' own), OTTO Market (its PHP SDK's fixtures hold a product's REJECTED
// marketplace status on a 200 lookup, not an error response; no stored page printed an error body), eMAG (its API
// documentation survives only as Scribd and pdfcoffee copies whose stored beginnings stop before the "Response"
// section; the `isError`/`messages` bodies found were client authors' test mocks), Kaufland and Real.de (the vendor's
// own PHP SDK, hitmeister/api-sdk-php, tests statuses without bodies; clients found sign requests but print no
// answer), Falabella, Linio and the Rocket SellerCenter API they share with Jumia and Daraz (Falabella's reference
// pages, copied in a repository the index could not name, print `ErrorResponse` XML with E0xx messages, but neither
// they nor the "Errores Globales" page state the HTTP status such a response comes with, and clients disagree: Linio's
// own SDK tests stub a 400, a Go client a 200; its SDK's `_schemas/…/ErrorResponse.xml` hold "E0125: Test Error", a
// placeholder), Newegg Marketplace (clients found, no error body), Flipkart (a third party's integration guide, not
// Flipkart's text), Buscapé Marketplace (its API README prints only a typed template, `{ "code": "number", "error":
// "string" }`), Reverb (a third party's "compiled" summary of its docs; Reverb is also a US marketplace), Skroutz
// (its Ruby SDK's recorded fixtures are all 200s), Magalu, Kaspi, Bukalapak, Back Market, Takealot, Noon, Jumia,
// Tiki, Meesho, Yahoo! Shopping Japan, Hepsiburada and N11 (nothing with a body in the stored pages, docs or code
// within the cap), and allesgo.com and egaranti (an error-code table without bodies; a warranty platform whose body is
// printed without its status). The part holds 3 cases from 2 sources, far under the brief's aim of 25, because the
// sixty look-ups were spent finding bodies with a status: this domain's vendors print status tables and schemas, not
// bodies, and their stored pages are mostly cut before their error sections. No XML body, no HTML page and no
// rate-limit headers could be kept; one body is in Portuguese.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-10-f`, on 6881c25, src/ unchanged: in the frozen copy /tmp/base51): 2/3 pass, 2 sources
// (kind 3/3, message 2/3, fields 3/3, retry 3/3, logId 0/0, code 2/2). Failing at first sight:
// bazaardan/invalid-signature-standard-format-401 (the message "Signature verification failed." kept, where rule
// 2.1 reads a line made only of words that say something failed as generic, as the corpus reads "Authentication
// failed" and "Login failed"; a judgment call the note names, the other reading keeping it). Every other case passed
// as written, including the judgment calls on Via Varejo's Portuguese "Você não tem permissão…" (kept) with its
// `401.001` left unstated, and BaZaaRDan's `VALIDATION_ERROR` as the code beside "Request payload validation failed."
// (the default). No expectation was changed after the run.

// Scored in `cases/` the stop it was collected (6 December), at 3/3, once "Signature verification failed." read as
// token internals: the kit's pattern for it had never run on a line without code punctuation or a word of the trade.

export default [
  // ───────────────────────────── Via Varejo (Grupo Casas Bahia) Marketplace API ─────────────────────────────
  {
    id: 'via-varejo/security-exception-no-permission-401',
    source: 'Via Varejo Marketplace API',
    url: 'https://desenvolvedores.viavarejo.com.br/api-portal/node/102?language=en',
    note: 'The API portal\'s return-code page: "The errors mentioned above will be returned in the following pattern:" and this body, printed after its table of error statuses. The page prints `"skuSellerId": "" -- campo opcional`; the annotation ("optional field") is not JSON and was removed, the member kept as printed. Status: not printed beside the body; 401 from the page\'s own numbering (its codes begin with their status: `400.001` and `400.002` are listed under 400) and its status table ("401 | Request needs Authentication"). No header shown. Kind: 401, unauthenticated (rule 1: a code never turns a 401 into anything else). Message: the lone item of `errors` speaks for the envelope (rule 2.2); "Você não tem permissão para acessar o recurso desejado" ("you are not permitted to access the requested resource") is a Portuguese sentence for a person. Judgment call: a reader could take it for a restated refusal and give the default; it says what was refused, as "Not Authorized" on a 403 is kept (rule 2.1). `type: "SecurityException"` is an exception class name (rule 2.3), a category. Fields: none (`skuSellerId` is no path-like member, and empty, rule 3). No code stated: `401.001` is the vendor\'s documented code, but it carries the status\'s number, which the second readings name as unclear (rule 6 states a code only where no doubt is left). No logId.',
    response: {
      status: 401,
      body: {
        errors: [
          {
            code: '401.001',
            type: 'SecurityException',
            message: 'Você não tem permissão para acessar o recurso desejado',
            skuSellerId: '',
          },
        ],
      },
    },
    expect: { kind: 'unauthenticated', message: 'Você não tem permissão para acessar o recurso desejado' },
  },

  // ───────────────────────────── BaZaaRDan Partner API ─────────────────────────────
  {
    id: 'bazaardan/invalid-signature-standard-format-401',
    source: 'BaZaaRDan Partner API',
    url: 'https://developer.bazaardan.com/reference/errors.php',
    note: 'The Partner API\'s "Error Codes" page (Turkish marketplace; "tüm endpointlerde standart JSON hata formatı döndürür"), "Standard Error Format", printed without a status. Status: the same page\'s "Authentication Errors" table lists `INVALID_SIGNATURE` with HTTP 401 (twice: "HMAC signature could not be verified", "Signature is missing, reused or invalid"). No header shown. Kind: 401, unauthenticated (rule 1). Code: `error.code`, `INVALID_SIGNATURE` (rule 6). Message: "Signature verification failed." names only what failed, as "Authentication failed" and "Login failed" do, which the corpus reads as generic (rule 2.1, a line made only of words that say something failed): the default. Judgment call: the other reading keeps it as a short sentence (it is no signature internals under rule 2.3: no key id, no claim). `success: false` only says it failed. No fields, no logId.',
    response: {
      status: 401,
      body: { success: false, error: { code: 'INVALID_SIGNATURE', message: 'Signature verification failed.' } },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'INVALID_SIGNATURE' },
  },
  {
    id: 'bazaardan/validation-error-items-stock-422',
    source: 'BaZaaRDan Partner API',
    url: 'https://developer.bazaardan.com/reference/errors.php',
    note: 'The same page, "Validation Error Format", printed without a status. Status: the page\'s "Request Errors" table lists `VALIDATION_ERROR` with HTTP 422 ("One or more fields …"). No header shown. Kind: 422 with a validation code, validation (rule 1). Fields: `details` is a list of items with `field` and `message` (rule 3); `items.0.stock` is already canonical. Message: "Request payload validation failed." only says something failed validation (rule 2.1): the default. Code: `VALIDATION_ERROR`, the only code (rule 6: a code that only says "validation" gives way to a lone item\'s code, and this item has none). Judgment call on the code: a reader could call a bare validation category no code at all. No logId.',
    response: {
      status: 422,
      body: {
        success: false,
        error: {
          code: 'VALIDATION_ERROR',
          message: 'Request payload validation failed.',
          details: [{ field: 'items.0.stock', message: 'Stock must be an integer greater than or equal to 0.' }],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['items.0.stock', 'Stock must be an integer greater than or equal to 0']],
      code: 'VALIDATION_ERROR',
    },
  },
] satisfies ConformanceCase[];
