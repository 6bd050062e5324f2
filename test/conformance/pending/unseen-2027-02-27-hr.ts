import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-ninth unseen-API holdout, part HR (27 February 2027): PHP SDKs' test fixtures that hold a vendor's error
// response, for vendors no other case file uses: hide.uri, Cutt.ly, is.gd and TinyURL (URL shorteners, from the
// Guzzle raw-response fixtures of codeofdigital/laravel-url-shortener, `tests/Responses/<vendor>/http-<status>.php`,
// each a `Message::parseResponse(trim('HTTP/1.1 …'))`), Freebase (Google's retired MQL API, from the fixture of
// a-musing-moose/php-freebase) and PostcodeAPI.nu (the Dutch address API, from the raw HTTP fixtures of
// freshheads/FHPostcodeAPIClient, `tests/Mock/…` for API v2 in 2016 and `tests/mock/…` for API v1 in 2011). Every
// `url` names the repository, path and commit. The URL-shortener fixtures share one header block (the same `Server`,
// security headers and a `Content-Length: 263` that fits none of the bodies): only their `Content-Type` and `Date`
// were kept. The PostcodeAPI.nu fixtures are captured responses (CloudFront and API Gateway headers, request ids):
// their headers were kept but for `Content-Length` and `Connection`. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Kaaljyoti's `tests/fixtures/error.json` (GoAppsters/kaaljyoti-php: the fixture holds no
// status and the test that serves it was not found within the cap, so the status would be guessed), Openprovider's
// (Spits-online/laravel-openprovider: "Test error description", the test author's text), Epoint's
// (aftandilmmd/epoint-payment-for-php: no status, and a generic line), MyBox's (overworks/php-mybox: no status, and
// the RFC 4122 example UUID as its request id, a made-up body), MyParcel's PDK error response (`bloemkool`/`verrot`,
// the test author's placeholder), the shorteners' ouo.io and shorte.st fixtures (only 200 and 302). Searches for
// Guzzle mock `*Failure.txt` files and .NET test JSON resources returned framework code and docs, no vendor body.
// Skipped as already sources: Bitly and Firebase (their fixtures sit beside the shorteners' above), Mailchimp
// Marketing API (a PHP mock with a whole 400), ERPLY Books API (its `tests/fixtures/error.json`).
//
// The part holds 8 cases from 6 sources, under the brief's aim of 15–30 (at least 5 sources met): all 30 look-ups of
// the cap were spent, many on semantic searches that found framework code rather than SDK fixtures.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-27-hr`, on f3b5e3e, src/ unchanged: in the frozen copy /tmp/base99; `--check` first
// reported nothing to fix): 7/8 pass, 6 sources (kind 8/8, message 7/8, fields 8/8, retry 8/8, logId 3/3, code
// 1/1). Failing at first sight: freebase/mql-parse-error-200 (kept "Can't use a default clause at the root of the
// query"; the case reads MQL's query-validation text as written for whoever wrote the query, as GraphQL's is, rule
// 2.3, and gives the default: a judgment call its note names). Every other case passed as written, including the
// judgment calls on hide.uri's "URL is invalid" (kept), Freebase's kind (bad-request from the item's path-shaped
// code on a 200 read from the envelope's own status line) and its code and `transaction_id`.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── hide.uri ─────────────────────────────
  {
    id: 'hide-uri/url-invalid-400',
    source: 'hide.uri',
    url: 'codeofdigital/laravel-url-shortener/tests/Responses/hide_uri/http-400.php@6cb730adabb5b8a936597086c62c7f18ce2f92ab',
    note: 'The package\'s Guzzle fixture for hide.uri\'s shortening endpoint refusing a URL: `HTTP/1.1 400 Bad Request` and the JSON body. Headers: only `Content-Type` and `Date` kept (the block is shared by every vendor\'s fixture in the package). Kind: 400, no code (`error` holds a sentence), no field: bad-request (rule 1). Message: "API Error: " is a generic headline before the sentence (rule 2.1, Apify\'s "Invalid input: …"), and "URL is invalid (check #1)" says what was wrong with the URL the person gave to shorten. Judgment call: a reader could read "URL is invalid" as a line naming only an input (rule 2.1, "invalid q") and give the default; "URL" is the person\'s word for what they typed, not a key written as code, so it is kept.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json', Date: 'Mon, 24 Jun 2021 12:43:12 GMT' },
      body: { error: 'API Error: URL is invalid (check #1)' },
    },
    expect: { kind: 'bad-request', message: 'URL is invalid' },
  },

  // ───────────────────────────── Cutt.ly ─────────────────────────────
  {
    id: 'cutt-ly/invalid-api-key-401-text',
    source: 'Cutt.ly',
    url: 'codeofdigital/laravel-url-shortener/tests/Responses/cutt_ly/http-401.php@ef5f113b8149cea4a45690294459e65cc96646de',
    note: "The package's Guzzle fixture for Cutt.ly refusing the API key: `HTTP/1.1 401 Unauthorized` and a text body, sent under `Content-Type: application/json` as the fixture has it (kept: the body is not JSON and is read as text). Headers: only `Content-Type` and `Date` kept. Kind: 401, unauthenticated (rule 1). Message: a sentence on a 4xx (rule 2.6) that names the credential, which says signing in failed (rule 2.1: a credential's name stays): kept.",
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json', Date: 'Mon, 14 Jun 2021 16:55:09 GMT' },
      body: 'Your API Key is invalid and incorrect.',
    },
    expect: { kind: 'unauthenticated', message: 'Your API Key is invalid and incorrect' },
  },

  // ───────────────────────────── is.gd ─────────────────────────────
  {
    id: 'is-gd/enter-valid-url-400-text',
    source: 'is.gd',
    url: 'codeofdigital/laravel-url-shortener/tests/Responses/is_gd/http-400.php@ef5f113b8149cea4a45690294459e65cc96646de',
    note: 'The package\'s Guzzle fixture for is.gd\'s `create.php` refusing a URL: `HTTP/1.1 400 Bad Request` and is.gd\'s simple-format text, "Error: Please enter a valid URL to shorten", under the fixture\'s `Content-Type: application/json` (kept; the body is read as text). Headers: only `Content-Type` and `Date` kept. Kind: 400, no code, no field: bad-request (rule 1; text never decides the kind). Message: "Error: " is a generic headline (rule 2.1) before a sentence that tells the person what to do (rule 2.6: a sentence on a 4xx): kept.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json', Date: 'Mon, 14 Jun 2021 16:55:09 GMT' },
      body: 'Error: Please enter a valid URL to shorten',
    },
    expect: { kind: 'bad-request', message: 'Please enter a valid URL to shorten' },
  },

  // ───────────────────────────── TinyURL ─────────────────────────────
  {
    id: 'tinyurl/unauthenticated-401',
    source: 'TinyURL',
    url: 'codeofdigital/laravel-url-shortener/tests/Responses/tiny_url/http-401.php@ef5f113b8149cea4a45690294459e65cc96646de',
    note: 'The package\'s Guzzle fixture for TinyURL\'s API (v2) without a valid token: `HTTP/1.1 401 Unauthorized` and `{"code":1,"data":null,"errors":["Unauthenticated."]}`. Headers: only `Content-Type` and `Date` kept. Kind: 401, unauthenticated (rule 1). Message: the lone line in `errors` is a lone word (rule 2.1, "Unauthenticated"): the default. No code stated: `code: 1` is a number the rules give no meaning to beside the status.',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json', Date: 'Mon, 14 Jun 2021 16:55:09 GMT' },
      body: { code: 1, data: null, errors: ['Unauthenticated.'] },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Freebase ─────────────────────────────
  {
    id: 'freebase/mql-parse-error-200',
    source: 'Freebase',
    url: 'a-musing-moose/php-freebase/tests/fixtures/error.json@b17e9c5109b11aa711b1ee0ae0a44f212bbf60d7',
    note: "The library's fixture of an MQL read that failed (a captured envelope: its `transaction_id` names a cache node and 2011-03-01). No header shown. Status: the fixture holds only the body; its envelope's `status` repeats the HTTP status line, \"200 OK\", so the case is a 200 (a judgment call: the status is read from the body's own line, not seen on the wire). Kind: the item's code `/api/status/error/mql/parse` says the MQL query could not be parsed, a code about the request as a whole as `GRAPHQL_PARSE_FAILED` is, and a code outranks a 2xx: bad-request (rule 1; a judgment call, since the code is a path the rules do not list, and a reader could give the 2xx `unknown`). Message: \"Can't use a default clause at the root of the query\" is query-validation text for whoever wrote the query (rule 2.3, as GraphQL's is): the default (a judgment call). Fields: the item's `path` is empty, no field. logId: `transaction_id` (rule 5). Code: the lone item's code over the envelope's `/api/status/error`, its category (rule 6).",
    response: {
      status: 200,
      body: {
        code: '/api/status/error',
        messages: [
          {
            code: '/api/status/error/mql/parse',
            info: {},
            message: "Can't use a default clause at the root of the query",
            path: '',
            query: [{ error_inside: '.' }],
          },
        ],
        status: '200 OK',
        transaction_id: 'cache;cache03.p01.sjc1:8101;2011-03-01T00:35:01Z;0051',
      },
    },
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      logId: 'cache;cache03.p01.sjc1:8101;2011-03-01T00:35:01Z;0051',
      code: '/api/status/error/mql/parse',
    },
  },

  // ───────────────────────────── PostcodeAPI.nu ─────────────────────────────
  {
    id: 'postcodeapi-nu/invalid-api-key-401',
    source: 'PostcodeAPI.nu',
    url: 'freshheads/FHPostcodeAPIClient/tests/Mock/failed_list_with_invalid_api_key@fe1e0f8576d3f9e7110b415d05885a4a051e18e8',
    note: 'A captured raw response (API v2 behind API Gateway and CloudFront, 18 January 2016) that ClientTest\'s `testRequestExceptionIsThrownWhenUsingAnInvalidApiKey` parses with `Message::parseResponse`. Headers as captured, but for `Content-Length` and `Connection`. Kind: 401, unauthenticated (rule 1). Message: "API key is invalid." names the credential (rule 2.1: a credential\'s name stays): kept. logId: no body id; `x-amzn-RequestId` is the first request-id header present (rule 5), before `X-Amz-Cf-Id`.',
    response: {
      status: 401,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Mon, 18 Jan 2016 13:53:51 GMT',
        'Access-Control-Allow-Origin': '*',
        'x-amzn-RequestId': 'e8167197-bdea-11e5-90f0-1b90455a260f',
        'X-Cache': 'Error from cloudfront',
        Via: '1.1 fb052932e5bf47ec8b8134cdf6f47729.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Id': 'G1llaCszZ5gdErKprHJfLYLvwvIfpixtApFWCGseBYUGa1GBlgGYEw==',
      },
      body: { error: 'API key is invalid.' },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'API key is invalid',
      logId: 'e8167197-bdea-11e5-90f0-1b90455a260f',
    },
  },
  {
    id: 'postcodeapi-nu/unknown-server-error-500',
    source: 'PostcodeAPI.nu',
    url: 'freshheads/FHPostcodeAPIClient/tests/Mock/failed_list_with_invalid_postalcode_and_number@fe1e0f8576d3f9e7110b415d05885a4a051e18e8',
    note: 'A captured raw response (18 January 2016) to a list request with `invalid_postcode` and `invalid_number`, which the API answered with a 500; ClientTest\'s `testClientThrowsExceptionWhenInvalidInputIsSupplied` expects a ServerErrorException. Headers as captured, but for `Content-Length` and `Connection`. Kind: 500, server (rule 1: the status decides; the input was at fault, but no code or field says so). Message: "An unknown server error occured." only says an error of unknown cause occurred, as "Unknown Server Error." does in the corpus (rule 2.1): the default. logId: `x-amzn-RequestId` (rule 5).',
    response: {
      status: 500,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Mon, 18 Jan 2016 14:09:26 GMT',
        'Access-Control-Allow-Origin': '*',
        'x-amzn-RequestId': '14e8ad6b-bded-11e5-8468-f508f29a5d3d',
        'X-Cache': 'Error from cloudfront',
        Via: '1.1 9b2d149ed73388c68a54b134bfe81238.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Id': 'MbOPfaH9KXJbRFzOKSF7kHrbwCVDSXtDFpW5HRUxnc5NDYiC0FoaAQ==',
      },
      body: { error: 'An unknown server error occured.' },
    },
    expect: { kind: 'server', message: DEFAULT, logId: '14e8ad6b-bded-11e5-8468-f508f29a5d3d' },
  },
  {
    id: 'postcodeapi-nu/v1-resource-not-found-404',
    source: 'PostcodeAPI.nu',
    url: 'freshheads/FHPostcodeAPIClient/tests/mock/FindPostalCodeNotFoundResponse@9a18cdde24810d817332800dce0c2087b8277413',
    note: 'The older client\'s raw fixture (API v1, 2 September 2011) for a postcode that was not found: `HTTP/1.1 404 Not Found`, `Content-Type` and `Date` as given, and the body. Kind: 404, not-found (rule 1). Message: `success: false` holds the error in `error` (rule 1); "Resource not found." is kept as the corpus keeps it (three cases expect "Resource not found"). No code stated: the numeric `code: 404` restates the status (rule 6).',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json', Date: 'Fri, 02 Sep 2011 23:07:39 GMT' },
      body: { success: false, error: { code: 404, message: 'Resource not found.' } },
    },
    expect: { kind: 'not-found', message: 'Resource not found' },
  },
] satisfies ConformanceCase[];
