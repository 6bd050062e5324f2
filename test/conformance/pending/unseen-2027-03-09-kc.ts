import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-ninth unseen-API holdout, part KC (9 March 2027): online marketplaces' seller and partner APIs in Europe,
// Asia, Africa and the Middle East, and hosted-shop platforms, that no other case file uses: the Tokopedia Open API
// (Indonesia's marketplace, its order endpoints), the Skroutz API (Greece's marketplace and price-comparison site, API
// v3) and the Cardmarket API (the Berlin trading-card marketplace, API 2.0). They were collected to measure how the
// reader does at first sight on APIs it was never tuned on. Bodies were copied from: the order fixtures of an open
// source Tokopedia PHP SDK (plvhx/tokopedia-php-sdk; tests/Service/OrderTest.php serves each `*-fail.json` with 400 and
// `Content-Type: application/json` from Guzzle's MockHandler and asserts the whole body comes back; the fixtures carry
// Tokopedia's own process times and error codes, not a test author's text), Skroutz's own developer docs
// (skroutz/developer.skroutz.gr, content/v3.md, which print `curl -i` transcripts with the status line, the headers and
// the body) and a public issue of a Cardmarket client (evonove/mkm-sdk#57, which pastes the status and the raw body
// the API sent). Headers were copied only where the source prints them; none was added. Every `expect` was written
// from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Tokopedia fixtures whose status I could not read within the cap (product/create-product-fail,
// logistic/update-shipment-info-fail, campaign/add-slash-price-fail, encryption/register-public-key-fail: their tests
// were not read, and the status would have been a guess); Shopee Open Platform (every `{ error: "error_auth", … }`
// body found was a mock an app's own test author wrote, in Python, Go, Java and Rust apps, not a captured response;
// a storefront crawler's `error: 90309999` bodies came without a status); Squarespace Commerce APIs (the docs' one
// error object is an annotated format sketch with `details: { ... }`, tied to no status); Ecwid (its docs print only
// status lines with the reason in them and no body; its Kotlin client's tests check an exception, not a body); Kaufland
// Marketplace (only the OpenAPI schema's per-property examples), Takealot (`{ "message": "string" }` placeholders),
// Tiki (a placeholder list, no status), Linio and Falabella Seller Center (outside this part's regions), and the
// Cardmarket bodies in clients' tests (a Python test's "example" with `"null"` strings and Go tests' `"nope"`, which
// their authors wrote). Nothing citable was reached for Otto Market, Cdiscount, ManoMano, Fnac Darty, Jumia, Noon,
// Hepsiburada, Flipkart or Meesho within the cap. Skipped as already sources: Trendyol, Lazada, Allegro, bol.com,
// Yandex Market (a pasted body turned up in yandex-market/marketplace-php-partner#29), Amazon SP-API, Etsy, Oracle
// Commerce, SureCart and commercetools (whose docs the searches returned).
//
// The part holds 5 cases from 3 sources, under the brief's aim of 15–30 from at least 5: all 38 look-ups of the cap
// were spent, most on searches that returned marketplaces' SDK mocks, schema placeholders or products already in the
// corpus.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-09-kc`, on 4b7e47a, src/ unchanged: in the frozen copy /tmp/base109; `--check` first
// reported nothing to fix): 2/5 pass, 3 sources (kind 5/5, message 2/5, fields 5/5, retry 5/5, logId 1/1, code 2/2).
// Failing at first sight: tokopedia/get-single-order-data-not-found-400 (kept the envelope's "We could not process
// your request due to malformed request, please check again"; the case reads that line as generic, rule 2.1, and
// keeps `reason`'s "Data Not Found", the 404's phrase sent with a 400, by rules 2.1 and 2.2: a judgment call its note
// names); tokopedia/accept-order-ext-service-400 (kept the same malformed-request line; the case reads it as generic
// and `reason`'s report of a failed call to an external service as developer text, rules 2.1 and 2.3, and gives the
// default: a judgment call its note names); cardmarket/service-currently-not-available-400 (kept a default-like "Check
// your answers and try again.", not the body's sentence, so the reader did not find `mkm_error_description`; the case
// keeps "Service currently not available" as the vendor-prefixed description, rule 2 with rule 5's member shapes, a
// judgment call its note names). Every other case passed as written: Skroutz's empty 404 with its `X-Request-Id` and
// its 403 read as rate-limited with the reset epoch. The run did not crash; it was run once.
//
// No expectation was changed after the run.

export default [
  // ───────────────────────────── Tokopedia ─────────────────────────────
  {
    id: 'tokopedia/get-single-order-data-not-found-400',
    source: 'Tokopedia Open API',
    url: 'plvhx/tokopedia-php-sdk/tests/data-fixtures/order/get-single-order-fail.json@e57610eacefba725e0c1e1a8a82908ee51c8d43b',
    note: 'tests/Service/OrderTest.php (testCanGetSingleOrderWithFailedResponse, at a7f069886fe57f97e1d69c7a18bb6f112cc781ef) serves this fixture with 400 and `Content-Type: application/json` and asserts the decoded body comes back whole; the status is the SDK test\'s, not a document\'s. Kind: 400; `error_code: "ORD_API_008"` names no kind, and "Data Not Found" is text, which never decides the kind (rule 1): bad-request. Message: the `header` object is the error (the one object beside `data: null`, rule 3); its `messages` only says the request was malformed and asks to check again (a generic line, rule 2.1), and `reason` is the occurrence\'s own text (rule 2.2): "Data Not Found" is the 404\'s phrase behind a word, sent with a 400, so it says what happened (rule 2.1: a reason phrase sent with another status is the message). A judgment call: a reader could read it as a reason phrase behind an area\'s word and give the default. Code: `error_code` (rule 6).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: {
        header: {
          process_time: 0.015608829,
          messages: 'We could not process your request due to malformed request, please check again',
          reason: 'Data Not Found',
          error_code: 'ORD_API_008',
        },
        data: null,
      },
    },
    expect: { kind: 'bad-request', message: 'Data Not Found', code: 'ORD_API_008' },
  },
  {
    id: 'tokopedia/accept-order-ext-service-400',
    source: 'Tokopedia Open API',
    url: 'plvhx/tokopedia-php-sdk/tests/data-fixtures/order/accept-order-fail.json@e57610eacefba725e0c1e1a8a82908ee51c8d43b',
    note: 'tests/Service/OrderTest.php (testCanAcceptOrderWithFailedResponse) serves this fixture with 400 and `Content-Type: application/json` and asserts the decoded body comes back whole. Kind: 400, `error_code: "ORD_USC_007"` names no kind: bad-request (rule 1). Message: `reason` reports that a request to an external service failed (rule 2.3: a call between services, a request to another service that failed): developer text; `messages` is the generic malformed-request line (rule 2.1): the default. A judgment call: "Error When Request Accept Order To Ext Service" is English in title case that a reader could keep as the occurrence\'s text. Code: `error_code` (rule 6).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: {
        header: {
          process_time: 0.18334048,
          messages: 'We could not process your request due to malformed request, please check again',
          reason: 'Error When Request Accept Order To Ext Service',
          error_code: 'ORD_USC_007',
        },
        data: null,
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'ORD_USC_007' },
  },

  // ───────────────────────────── Skroutz ─────────────────────────────
  {
    id: 'skroutz/category-not-found-404-empty-array',
    source: 'Skroutz API',
    url: 'skroutz/developer.skroutz.gr/content/v3.md@1e04af3dab3a75b58e261481523cb9ef5b773171',
    note: 'The "Schema" section\'s transcript of `curl -i https://api.skroutz.gr/categories/999999999`: "HTTP/1.1 404 NOT FOUND", the headers and the body `[]`. Headers copied as printed (the stray `Status: 200 OK` among them too), less `Transfer-Encoding: chunked`, which says how the bytes travelled. Kind: 404, not-found (rule 1). Message: an empty list says nothing: the default. logId: no body member; `X-Request-Id` is the first request-id header (rule 5).',
    response: {
      status: 404,
      headers: {
        Server: 'nginx',
        'Content-Type': 'application/json; charset=utf-8',
        Vary: 'Accept-Encoding',
        Status: '200 OK',
        'X-UA-Compatible': 'IE=Edge,chrome=1',
        'Cache-Control': 'max-age=0, private, must-revalidate',
        'X-Request-Id': '1475076950',
        'X-Runtime': '0.011315',
        'X-DNS-Prefetch-Control': 'off',
        'X-App': 'benjy',
        Date: 'Tue, 24 Sep 2013 10:49:50 GMT',
        'X-Varnish': '1475076950',
        Age: '0',
        Via: '1.1 varnish',
        'X-Origin': 'varnish2',
        'X-Cache': 'MISS',
      },
      body: [],
    },
    expect: { kind: 'not-found', message: DEFAULT, logId: '1475076950' },
  },
  {
    id: 'skroutz/rate-limit-exceeded-403',
    source: 'Skroutz API',
    url: 'skroutz/developer.skroutz.gr/content/v3.md@1e04af3dab3a75b58e261481523cb9ef5b773171',
    note: 'The "Rate Limiting" section: "Once you go over the rate limit you will receive an error response:" and the transcript "HTTP/1.1 403 Forbidden" with its headers and body, copied whole (no Content-Type is printed, so none is given). Kind: a 403 with a rate-limit remaining of 0 (rule 1, GitHub\'s limits): rate-limited. Retry: `X-RateLimit-Reset: 1377013266` lands within a day of the `Date` (1377010241) read as epoch seconds, so it is an epoch: 3025 s (rule 4.2). Message: "API rate limit exceeded." says what happened; the sentence after it only sends the reader to the docs (rule 2.1) and is no part of what is expected.',
    response: {
      status: 403,
      headers: {
        Date: 'Tue, 20 Aug 2013 14:50:41 GMT',
        Status: '403 Forbidden',
        'X-RateLimit-Limit': '60',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': '1377013266',
      },
      body: { message: 'API rate limit exceeded. See http://developer.skroutz.gr/v3/#rate-limiting for details.' },
    },
    expect: { kind: 'rate-limited', message: 'API rate limit exceeded', retry: 3025 },
  },

  // ───────────────────────────── Cardmarket ─────────────────────────────
  {
    id: 'cardmarket/service-currently-not-available-400',
    source: 'Cardmarket API',
    url: 'https://github.com/evonove/mkm-sdk/issues/57',
    note: 'The issue pastes what mkm-sdk raised for `market_place.product_list()`: "Status code: 400", "Response message: Bad Request" and the raw body as Python bytes; the body is copied whole, its `\\/` escapes read as JSON reads them (`/`). No header is shown, none is given. Kind: 400, and the body\'s `http_status_code` names the same 400; `internal_error_code` is null: bad-request (rule 1; an outage told in text on a 4xx does not make it unavailable, text never decides). Message: `mkm_error_description` is the error\'s description under the vendor\'s prefix (rule 5\'s shapes, as `error_description`), and "Service currently not available" is a sentence that says the service is unavailable, which stays (the sixty-eighth holdout\'s row); `http_status_code_description` is the reason phrase. A judgment call: a reader could take the outage line for a status restated and give the default. No code: `internal_error_code` is null.',
    response: {
      status: 400,
      body: {
        mkm_error_description: 'Service currently not available',
        internal_error_code: null,
        post_data_field: null,
        http_status_code: 400,
        http_status_code_description: 'Bad Request',
        rfc2616_description_link: 'http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html',
      },
    },
    expect: { kind: 'bad-request', message: 'Service currently not available' },
  },
] satisfies ConformanceCase[];
