import { DEFAULT, type ConformanceCase } from '../types';

// Forty-second unseen-API holdout, part C (1 January 2027): error responses recorded from the live service in R client
// libraries' test fixtures (vcr cassettes under tests/fixtures/, httptest and httptest2 mock files under
// tests/testthat/), for public APIs that no other case file uses: the UN Comtrade API (behind Azure API Management),
// the IUCN Red List API v3, EU BON's UTIS (Unified Taxonomic Information Service, a Jetty server), the Catalogue of
// Life's v1.9 web service (XML), the IPUMS API (NHGIS and IPUMS USA extracts, behind a Tyk gateway), the GTEx Portal
// API v2 (FastAPI), the HMMER web server at EMBL-EBI and the Pocket API (getpocket.com), collected to measure how the
// reader does at first sight on APIs it was never tuned on. Every body was copied from a recording of the live service
// in a client library's repository, named in `url` (with its commit where the index gave it): ropensci/comtradr
// (httptest2), ropensci/rredlist and ropensci/taxize (vcr), ipums/ipumsr (vcr), rmgpanw/gtexr (httptest2),
// currocam/HMMERutils and CorrelAid/pocketapi (httptest). Each status is the recorded one. Headers were copied as
// recorded, leaving out Content-Length, Connection and Transfer-Encoding as the brief asks, and also Set-Cookie (a
// session cookie, or the recorder's `REDACTED`) and the `status` member the vcr/crul recorder writes with the status
// line (`status: HTTP/1.1 400 Bad Request`, not a header the server sent; Pocket's own `Status: 403 Forbidden` header,
// which httr recorded among the server's headers, is kept). No header was added. YAML folding was undone as YAML reads
// it, and the two Jetty pages (base64 in their cassette) were decoded and checked byte for byte against the recorded
// Content-Length (1579 and 1391); their twenty padding lines are written with `JETTY_PAD`, which builds exactly the
// recorded text. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Rust crates (tests/fixtures), Dart packages (test/fixtures) and Kotlin/Swift SDKs
// (src/test/resources, Tests/Fixtures) — the searches within the cap reached only bodies their test authors wrote
// (wiremock-rs, mockito and httpmock stubs), no recording of a vendor's answer, so the part holds R recordings only;
// WoRMS (ropensci/worrms: its `*_error` cassettes are 204s with no body), NatureServe (ropensci/natserv: its `*_error`
// cassettes are 200s holding an empty result list), IUCN's `rl_habitats-not-found` (a 200 with `result: []`, no error),
// UN Comtrade's `goods_bulk_error` (a 200 with `error: ""`), BOLD Systems and weatherOz (no error recording among their
// fixtures), USDA NASS Quick Stats (ropensci/rnassqs: its 400, 413 and 429 responses are binary .rds files, and its
// httptest mock of the 413 has no body), Marine Regions (two GeoServer OWS ExceptionReports, a 400 each), Coleo
// (Biodiversité Québec: a 400 `Validation error` with `field: "name"` and a 500 with a foreign-key violation) and
// Alplakes (Eawag: a FastAPI 422) — the index gave those four mock files without their repository, so none could be
// named), Pocket's third recording (a 403 on `oauth/authorize`, read without its file name; the named `oauth/request`
// one is the same answer), IPUMS's text 404 "Not Found" from an unknown path (over the per-API cap of five), a second
// interaction of IUCN's bad-key cassette (none recorded), hand-written mocks for Oireachtas, Binance, KuCoin, ENTSO-E,
// Supabase and LLM providers that `find_string` found beside real recordings, and sources already in the corpus
// (Ensembl REST, QuartzBio EDP, postcodes.io, VirusTotal, DeepL, REDCap, OpenStreetMap, Open-Meteo, Wikidata, GitHub,
// LM Studio). The part holds 17 cases from 8 sources, under the brief's aim of 25, because most rOpenSci cassettes
// named `*_error` or `*_fails` record empty successes (no-results 200s and 204s), and YAML cassettes cannot be found by
// string search; 61 of the 70 look-ups were spent. Variety found: two HTML pages, one XML body (twice), two text bodies
// whose error is told only in `X-Error` headers, a FastAPI 422 with a field, a DRF-style map of fields, two 2xx bodies
// that carry an error, a 404 with an empty body and a request-id header, rate-limit headers on a 400, and a gateway's
// 401 and 403. No 429, no 5xx and no non-English body turned up in these recordings.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-01-c`, on 595aa7c, src/ unchanged: in the frozen copy /tmp/base42): 16/17 pass, 8 sources
// (kind 17/17, message 16/17, fields 17/17, retry 17/17, logId 3/3, code 0/0). Failing at first sight:
// catalogue-of-life/no-names-found-200-xml (the unknown kind's default text, "Try again. If the problem continues,
// contact support.", not "No names found": the `error_message` attribute of the XML root `<results>` element was not
// read as the message, rules 3 and 5's message shapes; a judgment call the note names, the element being a result list,
// not an error element). Its sibling catalogue-of-life/no-name-or-id-given-200-xml passed with the default, which the
// rules give for a line naming only what is missing, but the kit likely gave it for the same reason it missed this one.
// Every other case passed as written, including the judgment calls on IUCN's "Token not valid!" on a 200 (unknown,
// kept), IPUMS's "Authorization field missing" (kept), its json-schema reports (validation, the default) and rate-limit
// headers on a 400 (no retry), Comtrade's `Request-Context` (no logId), GTEx's "not found" on a 400 (bad-request) and
// Pocket's errors told only in `X-Error` headers (the status's kind and the default). No expectation was changed after
// the run (Prettier's formatting, and one note's wording about Pocket's headers, were applied before it).

/** Jetty 8's error page pads itself with twenty lines of `<br/>` and 48 spaces (recorded byte for byte). */
const JETTY_PAD = ('<br/>' + ' '.repeat(48) + '\n').repeat(20);

const EUBON_PROVIDERS =
  "invalid value for request parameter 'providers' given: [pesi, eunis, bgbm-cdm-server, worms, plazi, gbif]";

const IPUMS_RAILS_HEADERS = {
  'cache-control': 'no-cache',
  'content-type': 'application/json; charset=utf-8',
  date: 'Wed, 26 Apr 2023 18:52:59 GMT',
  'referrer-policy': 'strict-origin-when-cross-origin',
  server: 'nginx/1.18.0',
  vary: 'Origin',
  'x-content-type-options': 'nosniff',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-ratelimit-limit': '-1',
  'x-ratelimit-remaining': '0',
  'x-ratelimit-reset': '0',
  'x-xss-protection': '0',
};

const POCKET_HEADERS = {
  'content-type': 'text/html; charset=UTF-8',
  server: 'Apache/2.4.25 (Debian)',
  'x-frame-options': 'SAMEORIGIN',
  'cache-control': 'private',
  'x-source': 'Pocket',
  p3p: 'policyref="/w3c/p3p.xml", CP="ALL CURa ADMa DEVa OUR IND UNI COM NAV INT STA PRE"',
};

// Scored in `cases/` the stop it was collected (6 December), at 16/17. The Catalogue of Life's `error_message`
// attribute on its empty `<results>` element is read since, which reads "No names found" and keeps "No name or ID
// given" too: a line naming only what is missing is kept elsewhere ("No sending domain specified", "No errorCode
// provided"), so that case is still missed.

export default [
  // ───────────────────────────── UN Comtrade API ─────────────────────────────
  {
    id: 'un-comtrade/missing-subscription-key-401',
    source: 'UN Comtrade API',
    url: 'ropensci/comtradr/tests/testthat/ct_perform_request_mocks/comtradeapi.un.org/data/v1/get/C/A/HS-7db768.R@02738b4a95837e077658c0012fd247768f6f1852',
    note: "An httptest2 recording of GET comtradeapi.un.org/data/v1/get/C/A/HS without a key (7 December 2025): Azure API Management's answer in front of Comtrade. Headers copied but for Content-Length. Kind: 401, unauthenticated (rule 1). Message: `message`, a sentence for the person (rule 2). No code: the numeric `statusCode` restates the status (rule 6). No logId: `Request-Context` carries Application Insights' `appId`, the application's id shared by every request, not a request id rule 5 names (a judgment call: a reader could read it as a `…-context` header).",
    response: {
      status: 401,
      headers: {
        'Content-Type': 'application/json',
        'Request-Context': 'appId=cid-v1:9b6e1d5a-3728-46ff-b743-6d33d23e54a6',
        'WWW-Authenticate':
          'AzureApiManagementKey realm="https://comtradeapi.un.org/data",name="Ocp-Apim-Subscription-Key",type="header"',
        Date: 'Sun, 07 Dec 2025 14:59:17 GMT',
      },
      body: {
        statusCode: 401,
        message:
          'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Access denied due to missing subscription key' },
  },
  {
    id: 'un-comtrade/invalid-subscription-key-401',
    source: 'UN Comtrade API',
    url: 'ropensci/comtradr/tests/testthat/services/comtradeapi.un.org/data/v1/get/S/A/EB-051bfe.R',
    note: "An httptest2 recording of GET comtradeapi.un.org/data/v1/get/S/A/EB (services data, flowCode M,X,RM,RX) with a key the gateway refused (1 September 2023). The index holds this response in an earlier version of the file named in `url` (httptest2 names the file by the request, and the request is this one; the version at 0d776bb re-recorded it as a 200 with a key), so no commit is given. Headers copied but for Content-Length. Kind: 401, unauthenticated. Message: `message` (rule 2). No code (`statusCode` restates the status). No logId (`Request-Context` is the application's, as in the case above).",
    response: {
      status: 401,
      headers: {
        'Content-Type': 'application/json',
        'Request-Context': 'appId=cid-v1:9b6e1d5a-3728-46ff-b743-6d33d23e54a6',
        'WWW-Authenticate':
          'AzureApiManagementKey realm="https://comtradeapi.un.org/data",name="Ocp-Apim-Subscription-Key",type="header"',
        Date: 'Fri, 01 Sep 2023 17:43:39 GMT',
      },
      body: {
        statusCode: 401,
        message:
          'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Access denied due to invalid subscription key' },
  },

  // ───────────────────────────── IUCN Red List API (v3) ─────────────────────────────
  {
    id: 'iucn-red-list/token-not-valid-200',
    source: 'IUCN Red List API',
    url: 'ropensci/rredlist/tests/fixtures/rl_common_names-badkey.yml@c272df55314cee32bb3f8f0c0ee9f9d394221294',
    note: 'A vcr cassette of GET apiv3.iucnredlist.org/api/v3/species/common_names/Loxodonta%20africana?token=adfds (a made-up token), recorded 14 October 2020: the v3 API answered a bad token with a 200 (Sails.js). Headers copied but for content-length, connection, set-cookie (a `sails.sid` session cookie) and the recorder\'s `status` line. Kind: a 2xx with no code and no status in the body: unknown (rule 1: text never decides; a reader going by the words would say unauthenticated). Message: `message`, "Token not valid!", a short sentence about the credential, kept as the corpus keeps "Invalid token" (rule 2.1; judgment call: it names only what is invalid, which a reader could call generic and give the default). No code, no logId.',
    response: {
      status: 200,
      headers: {
        server: 'nginx/1.14.0 (Ubuntu)',
        date: 'Wed, 14 Oct 2020 22:24:52 GMT',
        'content-type': 'application/json; charset=utf-8',
        'x-powered-by': 'Sails <sailsjs.org>',
        etag: 'W/"1e-w+TIThKJr/qHkPj0MvBIfg"',
        vary: 'Accept-Encoding',
      },
      body: { message: 'Token not valid!' },
    },
    expect: { kind: 'unknown', message: 'Token not valid!' },
  },

  // ───────────────────────────── EU BON UTIS ─────────────────────────────
  {
    id: 'eu-bon-utis/invalid-providers-400-html',
    source: 'EU BON UTIS (Unified Taxonomic Information Service)',
    url: 'ropensci/taxize/tests/fixtures/eubon_search_fails.yml@3ff5222727b6485ebfed363c94452e82ff1069ff',
    note: "First interaction of a vcr cassette of GET cybertaxonomy.eu/eu-bon/utis/1.2/search?query=Salmo&providers=asdfdf… (28 January 2019): Jetty's stock error page, recorded base64-encoded, decoded here (1579 bytes, the recorded content-length). Jetty put the reason in the status line too (\"HTTP/1.1 400 invalid value for request parameter 'providers' given: […]\"), which a case cannot carry. Headers copied but for content-length, connection and the recorder's `status` line. Kind: a 400 without a code or field errors: bad-request (rule 1). Message: an HTML page gives no message (rule 2.5), though its `<pre>` names the parameter: the default. No code, no logId.",
    response: {
      status: 400,
      headers: {
        date: 'Mon, 28 Jan 2019 23:17:16 GMT',
        server: 'Jetty(8.1.16.v20140903)',
        'content-type': 'text/html;charset=ISO-8859-1',
        'cache-control': 'must-revalidate,no-cache,no-store',
      },
      body:
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"/>\n<title>Error 400 ' +
        EUBON_PROVIDERS +
        '</title>\n</head>\n<body><h2>HTTP ERROR 400</h2>\n<p>Problem accessing /eu-bon/utis/1.2/search. Reason:\n<pre>    ' +
        EUBON_PROVIDERS +
        '</pre></p><hr /><i><small>Powered by Jetty://</small></i>' +
        JETTY_PAD +
        '\n</body>\n</html>\n',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'eu-bon-utis/bad-search-mode-400-html',
    source: 'EU BON UTIS (Unified Taxonomic Information Service)',
    url: 'ropensci/taxize/tests/fixtures/eubon_search_fails.yml@3ff5222727b6485ebfed363c94452e82ff1069ff',
    note: 'Second interaction of the same cassette, `searchMode=adfdf` (28 January 2019): Jetty\'s page with the bare reason "Bad Request" (1391 bytes decoded, the recorded content-length). Headers copied but for content-length, connection and the recorder\'s `status` line. Kind: bad-request (rule 1). Message: HTML, and only a reason phrase inside it: the default (rules 2.1, 2.5). No code.',
    response: {
      status: 400,
      headers: {
        date: 'Mon, 28 Jan 2019 23:17:17 GMT',
        server: 'Jetty(8.1.16.v20140903)',
        'content-type': 'text/html;charset=ISO-8859-1',
        'cache-control': 'must-revalidate,no-cache,no-store',
      },
      body:
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"/>\n<title>Error 400 Bad Request</title>\n</head>\n<body><h2>HTTP ERROR 400</h2>\n<p>Problem accessing /eu-bon/utis/1.2/search. Reason:\n<pre>    Bad Request</pre></p><hr /><i><small>Powered by Jetty://</small></i>' +
        JETTY_PAD +
        '\n</body>\n</html>\n',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Catalogue of Life web service (v1.9) ─────────────────────────────
  {
    id: 'catalogue-of-life/no-name-or-id-given-200-xml',
    source: 'Catalogue of Life web service',
    url: 'ropensci/taxize/tests/fixtures/col_children_bad.yml@97706ca223c25468f12350daaaac1c45dd768903',
    note: "First interaction of a vcr cassette of GET www.catalogueoflife.org/col/webservice?name=&response=full (24 January 2019): the v1.9 service answers with a 200 and an empty `<results>` element whose `error_message` attribute says what failed. Headers copied but for content-length, connection and the recorder's `status` line. Kind: a 2xx with no code and no error status: unknown (rule 1). Message: XML attributes are the element's members (rule 3), and `error_message` is a message by its shape (rule 5's shapes); \"No name or ID given\" names only what is missing, generic as \"Missing 'name' parameter\" is (rule 2.1): the default. Judgment call: a reader could keep it as a sentence. No code.",
    response: {
      status: 200,
      headers: {
        server: 'nginx/1.12.1',
        date: 'Thu, 24 Jan 2019 01:18:32 GMT',
        'content-type': 'application/xml',
        'x-powered-by': 'PHP/5.5.9-1ubuntu4.26',
        expires: 'Thu, 19 Nov 1981 08:52:00 GMT',
        'cache-control': 'no-store, no-cache, must-revalidate, post-check=0, pre-check=0',
        pragma: 'no-cache',
      },
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<results id="" name="" total_number_of_results="0" number_of_results_returned="0" start="0" error_message="No name or ID given" version="1.9 rev 2126ab0" rank=""/>\n',
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'catalogue-of-life/no-names-found-200-xml',
    source: 'Catalogue of Life web service',
    url: 'ropensci/taxize/tests/fixtures/col_children_bad.yml@97706ca223c25468f12350daaaac1c45dd768903',
    note: 'Second interaction of the same cassette, `name=asdfasdfdf` (24 January 2019), the same element with `error_message="No names found"`. Headers copied but for content-length, connection and the recorder\'s `status` line. Kind: unknown (a 2xx; text never decides, rule 1). Message: "No names found" says what was not found, a sentence as "Resource not found" is (rule 2.1\'s change at the fifth holdout). Judgment call: a search with no hits is hardly an error; the service put it under `error_message`, so it is read as one. No code.',
    response: {
      status: 200,
      headers: {
        server: 'nginx/1.12.1',
        date: 'Thu, 24 Jan 2019 01:18:32 GMT',
        'content-type': 'application/xml',
        'x-powered-by': 'PHP/5.5.9-1ubuntu4.26',
        expires: 'Thu, 19 Nov 1981 08:52:00 GMT',
        'cache-control': 'no-store, no-cache, must-revalidate, post-check=0, pre-check=0',
        pragma: 'no-cache',
      },
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<results id="" name="asdfasdfdf" total_number_of_results="0" number_of_results_returned="0" start="0" error_message="No names found" version="1.9 rev 2126ab0" rank=""/>\n',
    },
    expect: { kind: 'unknown', message: 'No names found' },
  },

  // ───────────────────────────── IPUMS API ─────────────────────────────
  {
    id: 'ipums/authorization-field-missing-401',
    source: 'IPUMS API',
    url: 'ipums/ipumsr/tests/fixtures/api-errors-authorization.yml@19387270ffb0dd9e18d405feabe2b4a08a142e08',
    note: 'First interaction of a vcr cassette of GET api.ipums.org/metadata/datasets?collection=nhgis&version=2 with an empty Authorization header (29 May 2024): the Tyk gateway\'s answer (`x-generator: tyk.io`), pretty-printed JSON given here as its object. Headers copied but for content-length. Kind: 401, unauthenticated. Message: `error`, "Authorization field missing", which names the credential the request lacks; kept as the corpus keeps Homedata\'s "Valid API key required" (rule 2.1). Judgment call: it names only what is missing, which rule 2.1\'s "Missing \'name\' parameter" would make the default. No code (`error` holds a sentence).',
    response: {
      status: 401,
      headers: {
        'content-type': 'application/json',
        date: 'Wed, 29 May 2024 17:37:36 GMT',
        vary: 'Origin',
        'x-generator': 'tyk.io',
      },
      body: { error: 'Authorization field missing' },
    },
    expect: { kind: 'unauthenticated', message: 'Authorization field missing' },
  },
  {
    id: 'ipums/access-disallowed-403',
    source: 'IPUMS API',
    url: 'ipums/ipumsr/tests/fixtures/api-errors-authorization.yml@19387270ffb0dd9e18d405feabe2b4a08a142e08',
    note: 'Second interaction of the same cassette: GET api.ipums.org/extracts/?collection=usa with `Authorization: foobar` (a key the gateway does not know). Headers copied but for content-length. Kind: 403, forbidden: no credential code, and the status decides (rule 1; a reader could argue a bad key is a credential failure, but no code says so). Message: `error`, a sentence (rule 2). No code.',
    response: {
      status: 403,
      headers: {
        'content-type': 'application/json',
        date: 'Wed, 29 May 2024 17:37:36 GMT',
        vary: 'Origin',
        'x-generator': 'tyk.io',
      },
      body: { error: 'Access to this API has been disallowed' },
    },
    expect: { kind: 'forbidden', message: 'Access to this API has been disallowed' },
  },
  {
    id: 'ipums/nhgis-datasets-invalid-400',
    source: 'IPUMS API',
    url: 'ipums/ipumsr/tests/fixtures/api-errors-invalid-extract.yml@357fd9d30cd3389c0dbedd349bd7de44f8370364',
    note: 'Second interaction of a vcr cassette: POST api.ipums.org/extracts/?collection=nhgis&version=2 with a dataset `foo` and no data format (26 April 2023), answered by the Rails app behind the gateway; the YAML-folded string joined as YAML reads it. Headers copied but for content-length. Kind: a 400 whose `detail` lists two messages about the input: validation (rule 1); `type: "SemanticValidationError"` says the same. Fields: none: the lines are strings without a path (rule 3). Message: two form-level lines make no lone sentence: the default (rule 2.4). Retry: none: `x-ratelimit-remaining: 0` with `x-ratelimit-reset: 0` (and a limit of -1) on a 400 sets no time, as reset headers count only when the kind is rate-limited (rule 4.2). logId: `x-request-id` (rule 5). No code stated: `SemanticValidationError` only says "validation" (rule 6 leaves it in doubt).',
    response: {
      status: 400,
      headers: {
        ...IPUMS_RAILS_HEADERS,
        'x-request-id': '34d09209-327b-42c9-adcc-cbd97d62411c',
        'x-runtime': '0.092843',
      },
      body: {
        type: 'SemanticValidationError',
        status: { code: 400, name: 'Bad Request' },
        detail: [
          "Datasets invalid: 'foo'",
          "Data format invalid: ''; valid options include 'csv_no_header', 'csv_header', 'fixed_width'",
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, logId: '34d09209-327b-42c9-adcc-cbd97d62411c' },
  },
  {
    id: 'ipums/usa-json-schema-report-400',
    source: 'IPUMS API',
    url: 'ipums/ipumsr/tests/fixtures/api-errors-invalid-extract.yml@357fd9d30cd3389c0dbedd349bd7de44f8370364',
    note: "First interaction of the same cassette: POST api.ipums.org/extracts/?collection=usa&version=2 with an empty `dataStructure` and `variables` sent as a list. Headers copied but for content-length. Kind: a 400 listing two messages about the input: validation (rule 1; the other reading: its lines are developer text, so no list a person reads, and a bad request). Fields: none: the pointers `#/dataStructure` and `#/variables` sit inside the text, where rule 3 does not look. Message: the Ruby json-schema gem's reports (\"The property '#/…' …\"), developer text (rule 2.3, Drip's): the default. logId: `x-request-id`. No code stated.",
    response: {
      status: 400,
      headers: {
        ...IPUMS_RAILS_HEADERS,
        'x-request-id': '0e665327-ac09-460f-b181-0ec135948ebe',
        'x-runtime': '0.077852',
      },
      body: {
        type: 'SemanticValidationError',
        status: { code: 400, name: 'Bad Request' },
        detail: [
          "The property '#/dataStructure' did not contain a minimum number of properties 1.",
          "The property '#/variables' of type array did not match the following type: object.",
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, logId: '0e665327-ac09-460f-b181-0ec135948ebe' },
  },
  {
    id: 'ipums/extract-not-found-404-empty',
    source: 'IPUMS API',
    url: 'ipums/ipumsr/tests/fixtures/nhgis-extract-errors.yml@32675e9139dbeae9965a1df002715a6ffdb5266e',
    note: 'Second interaction of a vcr cassette: GET api.ipums.org/extracts/1018?collection=nhgis&version=v1, an extract number that does not exist (16 March 2023): a 404 with an empty body. Headers copied but for content-length (0). Kind: 404, not-found. Message: no body: the default. logId: `x-request-id` (rule 5). Retry: none (the reset headers count only on a rate limit, rule 4.2).',
    response: {
      status: 404,
      headers: {
        'content-type': 'text/html; charset=UTF-8',
        date: 'Thu, 16 Mar 2023 20:14:31 GMT',
        server: 'nginx/1.18.0',
        vary: 'Origin',
        'x-ratelimit-limit': '-1',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '0',
        'x-request-id': 'c9d4854d-1293-463c-b23c-2313d1a73c75',
        'x-runtime': '0.482627',
      },
      body: '',
    },
    expect: { kind: 'not-found', message: DEFAULT, logId: 'c9d4854d-1293-463c-b23c-2313d1a73c75' },
  },

  // ───────────────────────────── GTEx Portal API v2 ─────────────────────────────
  {
    id: 'gtex-portal/negative-page-422',
    source: 'GTEx Portal API',
    url: 'rmgpanw/gtexr/tests/testthat/handle_http_errors/gtexportal.org/api/v2/reference/gene-87a990.R@7d55a09fb8275fe74dcfb5357ae60fb5433e5b95',
    note: "An httptest2 recording of GET gtexportal.org/api/v2/reference/gene?geneId=CRP&…&page=-1 (7 April 2024), FastAPI (`server: uvicorn`) behind Google's load balancer. The file was read by its index id, which gave no path; the path in `url` is the one file under `handle_http_errors/…/reference/` in the repository's listing at that commit, named by the request. Headers copied but for content-length. Kind: 422, validation. Fields: `loc` [\"query\", \"page\"] is `page` (rule 3: FastAPI's leading `query` removed). Message: only a field message: the default (rule 2.4). No code stated: `value_error.number.not_ge` is an item's pydantic type, which rule 6 leaves in doubt as the response's code.",
    response: {
      status: 422,
      headers: {
        date: 'Sun, 07 Apr 2024 20:35:08 GMT',
        'content-type': 'application/json',
        server: 'uvicorn',
        via: '1.1 google',
      },
      body: {
        detail: [
          {
            loc: ['query', 'page'],
            msg: 'ensure this value is greater than or equal to 0',
            type: 'value_error.number.not_ge',
            ctx: { limit_value: 0 },
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['page', 'greater than or equal to 0']] },
  },
  {
    id: 'gtex-portal/variant-not-in-dataset-400',
    source: 'GTEx Portal API',
    url: 'rmgpanw/gtexr/tests/testthat/handle_http_errors/gtexportal.org/api/v2/association/dyneqtl-a0d4e4.R@7d55a09fb8275fe74dcfb5357ae60fb5433e5b95',
    note: 'An httptest2 recording of GET gtexportal.org/api/v2/association/dyneqtl?…&variantId=invalid%20rsid&datasetId=gtex_v8 (7 April 2024): FastAPI\'s `HTTPException` shape, `detail` a string. Headers copied but for content-length. Kind: a 400 without a code or field errors: bad-request; the words "not found" do not make it not-found (rule 1: text never decides). Message: `detail`, a sentence naming what was not found (rule 2). No code.',
    response: {
      status: 400,
      headers: {
        date: 'Sun, 07 Apr 2024 20:35:08 GMT',
        'content-type': 'application/json',
        server: 'uvicorn',
        via: '1.1 google',
      },
      body: { detail: "variantId 'invalid rsid' not found in dataset 'gtex_v8'" },
    },
    expect: { kind: 'bad-request', message: "variantId 'invalid rsid' not found in dataset 'gtex_v8'" },
  },

  // ───────────────────────────── HMMER web server (EMBL-EBI) ─────────────────────────────
  {
    id: 'hmmer-ebi/phmmer-database-fields-400',
    source: 'HMMER web server (EMBL-EBI)',
    url: 'currocam/HMMERutils/tests/testthat/www.ebi.ac.uk/Tools/hmmer/search/phmmer-21c435-POST.R',
    note: "An httptest recording of POST www.ebi.ac.uk/Tools/hmmer/search/phmmer naming both a sequence and an HMM database (23 October 2022). Headers copied but for content-length, connection and set-cookie (the recorder's `REDACTED`). Kind: a 400 with field errors: validation (rule 1). Fields: a map of field to a list of strings (rule 3): `hmmdb` and `seqdb`. Message: only field messages: the default (rule 2.4). No code, no logId.",
    response: {
      status: 400,
      headers: {
        server: 'Apache/2.4.6 (CentOS)',
        vary: 'Content-Type',
        'cache-control': 'max-age=0',
        'content-type': 'application/json',
        'strict-transport-security': 'max-age=0',
        date: 'Sun, 23 Oct 2022 10:19:18 GMT',
        'access-control-max-age': '1000',
        expires: 'Sun, 23 Oct 2022 10:19:18 GMT',
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'HEAD, POST, GET, OPTIONS, DELETE, PUT',
        'access-control-allow-headers':
          'x-requested-with, Content-Type, origin, authorization, accept, client-security-token',
      },
      body: {
        hmmdb: ['Both target sequence and hmm databases defined.'],
        seqdb: ['Target sequence database is not defined.'],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['hmmdb', 'Both target sequence and hmm databases defined'],
        ['seqdb', 'Target sequence database is not defined'],
      ],
    },
  },

  // ───────────────────────────── Pocket API ─────────────────────────────
  {
    id: 'pocket/invalid-consumer-key-403-text',
    source: 'Pocket API',
    url: 'CorrelAid/pocketapi/tests/testthat/getpocket.com/v3/oauth/request-b9df5b-POST.R@50673a0bee58c20df787826be13384e9742fb82d',
    note: 'An httptest recording of POST getpocket.com/v3/oauth/request with a bad consumer key (15 March 2020). The error travels in the `X-Error` and `X-Error-Code` headers; the body is only "403 Forbidden". Headers copied as httr recorded them (Pocket\'s own `status` header included) but for content-length and set-cookie (`REDACTED`). Kind: 403, forbidden (rule 1; no rule reads `X-Error-Code`, and "Invalid consumer key." in a header is text, which never decides — a reader going by it would say unauthenticated). Message: the body restates the status with its number ("403 Forbidden", rule 2.1): the default; no rule reads a message from `X-Error` (the README names error text sent only in headers among its least clear rules; the other reading takes "Invalid consumer key."). No code stated.',
    response: {
      status: 403,
      headers: {
        date: 'Sun, 15 Mar 2020 11:21:17 GMT',
        ...POCKET_HEADERS,
        'x-error': 'Invalid consumer key.',
        'x-error-code': '152',
        status: '403 Forbidden',
      },
      body: '403 Forbidden',
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'pocket/code-not-found-400-text',
    source: 'Pocket API',
    url: 'CorrelAid/pocketapi/tests/testthat/getpocket.com/v3/oauth/authorize-1384bf-POST.R@50673a0bee58c20df787826be13384e9742fb82d',
    note: 'An httptest recording of POST getpocket.com/v3/oauth/authorize with a request token Pocket does not know (15 March 2020): `X-Error: Code not found.`, `X-Error-Code: 185`, body "400 Bad Request". Headers copied as recorded but for content-length and set-cookie. Kind: a 400 without a code in the body: bad-request (rule 1; "not found" in a header does not make it not-found). Message: the body is the status restated: the default (rule 2.1; the other reading takes "Code not found." from `X-Error`). No code stated.',
    response: {
      status: 400,
      headers: {
        date: 'Sun, 15 Mar 2020 11:06:13 GMT',
        ...POCKET_HEADERS,
        'x-error': 'Code not found.',
        'x-error-code': '185',
        status: '400 Bad Request',
      },
      body: '400 Bad Request',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
