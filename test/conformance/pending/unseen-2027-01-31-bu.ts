import { DEFAULT, type ConformanceCase } from '../types';

// Seventy-second unseen-API holdout, part BU (31 January 2027): error responses of third-party APIs kept in Go client
// libraries' tests, from the long tail of monitoring, registrars, regional hosting and clouds that no case file uses:
// Circonus (the monitoring SaaS; circonus-labs/go-apiclient), SoftLayer (IBM Cloud's classic infrastructure API;
// softlayer/softlayer-go), AppOptics (SolarWinds' metrics service, the Librato API; appoptics/appoptics-api-go), and
// five DNS, registrar and hosting APIs whose clients live in lego (go-acme/lego): BrandIT (registrar), Axelname
// (Russian registrar), Lima-City (German hoster), Shellrent (Italian hoster, answering in Italian) and DNSExit. Where
// the Go tests gave too little, three more came from their vendors' own docs in the same long tail: 360 Monitoring
// (server and site monitoring), RIPE Atlas (the RIPE NCC's internet-measurement network) and webMethods Optimize
// (Software AG's self-hosted monitoring server, an XML body). They were collected to measure how the reader does at
// first sight on APIs it was never tuned on. Every body was copied from the public material named in `url` and
// `note`: an `httptest.NewServer` handler that writes the status and then the body (`w.WriteHeader(403)` and
// `fmt.Fprintln`, Circonus), `httpmock` responders that give their status beside the body (SoftLayer), a test that
// decodes the body and names its status (AppOptics' "403 Forbidden - {…}"), lego's `internal/fixtures/*.json` files
// served by its client tests with the status written beside the fixture's name (the note names the test), and docs
// pages that print a body with its status (360 Monitoring: "returns HTTP status code 429" above it; RIPE Atlas and
// webMethods Optimize: a status member the page defines as the response's HTTP status). SoftLayer's 200 body is
// printed word for word by SoftLayer's own SLDN article too. No source sent a header beside an error (Circonus's test
// sets Content-Type after WriteHeader, so it is never sent), and none was added. No body was trimmed or mended. Every
// `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: PagerDuty, Opsgenie, StatusCake, Checkly, Better Stack, Rootly, PagerTree, Logz.io, New
// Relic, Dynatrace, Rollbar, Honeybadger, Cronitor, Healthchecks.io, UltraDNS, Constellix, DNS Made Easy, GoDaddy,
// Namecheap, Porkbun, Gandi, Civo, Hetzner, Vultr, Linode, OVHcloud, Scaleway, Exoscale, UpCloud, Akamai (its
// CloudTest and Alerts pages), Grafana (its IRM Incident API page), IBM Cloud (IAM's body around a SoftLayer code),
// Gitee, Bitbucket Server and Kit (already sources); Pingdom (go-pingdom's only error body is "This is an error",
// written by the test), UptimeRobot (bitfield/uptimerobot's `errorResponse.json` says "Please do not press this
// button again"), Uptime.com (uptime-client-go's tests mock successes only), CloudSigma (its SDK's bodies read
// "error" and "unknown error"), Imperva Cloud WAF (terraform-provider-incapsula's account tests answer `res_message:
// "fail"`), acme-dns and Bindman (lego's fixtures: "There is an error", `message: "bar"`, `details: ["foo"]`),
// Circonus's 429 and 500 ("rate limit", "blah blah blah, error…": the test's words), Apache CloudStack (a 431 body
// with its `X-Description` header in a shell test, and StackerBee's spec, neither pinned to a repository and path the
// index holds), LXD/Incus (clients found test against live servers), Librato's own Go client (not stored) and
// SoftLayer's other documented bodies (the SLDN article prints them without a status); Caiyun Weather, Sectigo and
// GleSYS (another domain, or no body with a status). No rate-limit header and no retry hint turned up; one XML body
// did (webMethods Optimize), no HTML page or text body.
//
// The part holds 14 cases from 11 sources, under the brief's aim of 25: the domain's well-known Go clients (cloud,
// DNS, Git forges, payment and messaging SDKs) are sources already, most long-tail Go clients' tests either mock only
// successes or write their own error text, and lego, mined by earlier holdouts, kept only a few unused providers
// whose fixtures read as the vendor's words. Look-ups: 59 of 60 (find_string, find_files, read_file and search).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-31-bu`, on ff4758c, src/ unchanged: in the frozen copy /tmp/base70): 11/14 pass, 11 sources
// (kind 13/14, message 13/14, fields 13/14, retry 14/14, logId 0/2, code 6/6). Failing at first sight:
// circonus/forbidden-badtoken-403 (the kit answered forbidden and no support id; the case reads `Forbidden.BadToken`
// as a credential code on a 403, unauthenticated under rule 1 as `Bad…` names the token's value, and the error's own
// `reference` beside its message as the support id, rule 5's row of the sixty-sixth holdout);
// circonus/forbidden-badapp-403 (no support id: the same `reference`, rule 5);
// appoptics/token-not-permitted-request-403 (the kit read the Librato-style `errors.request` list as a field called
// `request` and gave the 403's default message, "Your account does not have permission to do this."; the case reads
// `request` as the whole request, no input, as Gusto's `error_key: "request"` is read, rule 3, so its lone sentence
// is the message, rule 2.2). Every other case passed as written, including the judgment calls on Circonus's `message`
// over its `explanation`, SoftLayer's 200 (unknown) and its "Expired Token" on a 500, BrandIT's 402 named on a 200,
// Shellrent's Italian sentence on a 401 and on a 200 (unknown), DNSExit's "JSON Defined Record Type not Supported"
// and the unstated codes (Lima-City's `status`, Shellrent's `error: 2`, RIPE Atlas' deprecated `code`). No
// expectation was changed after the run (Prettier's line breaks were applied before it).
// Measured again by the lead on the reader the seventy-first holdout taught (`9956dea`), before this holdout's
// conventions: 11/14 pass, the same cases failing as in the first run above.

export default [
  // ───────────────────────────── Circonus ─────────────────────────────
  {
    id: 'circonus/forbidden-badtoken-403',
    source: 'Circonus API',
    url: 'circonus-labs/go-apiclient/main_test.go@03c7848c4079e1f1057667fb93465f86aa077e8d',
    note: "The test server `retryCallServer`: the `/auth_error_token` route calls `w.WriteHeader(403)` and then `fmt.Fprintln(w, …)` with this body (the handler sets Content-Type only after WriteHeader, so no header is sent and none is copied). Judgment call on provenance: `reference: \"abc123\"`, `server: \"foo\"` and `tag: \"bar\"` are values the test's author filled in, while the code, the explanation and the message read as Circonus's own words (its errors carry `code`, `explanation`, `message`, `reference`, `server`, `tag`); the body is copied as the test writes it. Kind: `Forbidden.BadToken` is a category and a code, and `BadToken` names the API token's value as bad (`Bad…` names an input's value as `invalid…` does, rule 1), a credential: a credential code on a 403 is unauthenticated (rule 1). Judgment call: a reader who reads the dotted code as no listed code keeps the 403's forbidden. Message: `message` is this occurrence's text and `explanation` the code's stock explanation (rule 2.2: occurrence-specific text beats type-level text); judgment call: a reader could take `explanation` as the sentence for the person. logId: the error's own `reference` beside its message, in a body that is the error (rule 5, the sixty-sixth holdout's row). Code: the `code` member (rule 6).",
    response: {
      status: 403,
      body: {
        reference: 'abc123',
        explanation: 'The authentication token you supplied is invalid',
        server: 'foo',
        tag: 'bar',
        message:
          "The password doesn't match the right format.  Are you passing the app name as the password and the token as the password?",
        code: 'Forbidden.BadToken',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: "The password doesn't match the right format",
      logId: 'abc123',
      code: 'Forbidden.BadToken',
    },
  },
  {
    id: 'circonus/forbidden-badapp-403',
    source: 'Circonus API',
    url: 'circonus-labs/go-apiclient/main_test.go@03c7848c4079e1f1057667fb93465f86aa077e8d',
    note: "The same test server's `/auth_error_app` route: `w.WriteHeader(403)`, then this body (no header sent, as above; `reference`, `server`, `tag` and the app name `foobar` filled in by the test's author, the rest Circonus's words; judgment call on provenance, as above). Kind: 403, forbidden (rule 1). `Forbidden.BadApp` names the application string sent beside the token, which a token is approved for: the caller is refused, and no row of rule 1 reads an app name as a credential. Judgment call: a reader who reads `Bad…` of the app string as a credential code gives unauthenticated. Message: `message`, \"App 'foobar' not allowed\", is the occurrence's text (rule 2.2) and says what was refused; kept. logId: `reference` (rule 5). Code: `code` (rule 6).",
    response: {
      status: 403,
      body: {
        reference: 'abc123',
        explanation: 'There is a problem with the application string you are trying to access the API with',
        server: 'foo',
        tag: 'bar',
        message: "App 'foobar' not allowed",
        code: 'Forbidden.BadApp',
      },
    },
    expect: { kind: 'forbidden', message: "App 'foobar' not allowed", logId: 'abc123', code: 'Forbidden.BadApp' },
  },

  // ───────────────────────────── SoftLayer ─────────────────────────────
  {
    id: 'softlayer/exception-public-internal-error-200',
    source: 'SoftLayer API (IBM Cloud classic infrastructure)',
    url: 'softlayer/softlayer-go/session/rest_test.go@570631b67fbf8a1609cfabaeda9a2c32d1abadd5',
    note: 'The REST session\'s test case "HTTP 200, But Error": `httpmock.NewStringResponder(200, …)` for `SoftLayer_Virtual_Guest::powerOn`, expecting `sl.Error{StatusCode: 200, Exception: "SoftLayer_Exception_Public", Message: "Internal Error"}`. SoftLayer\'s own SLDN article "Exception Handling in the SoftLayer API" (softlayer/githubio_source) prints the same body under Common Exceptions ("Generally this indicates you are requesting too much data"), without a status. No header shown. Kind: a 2xx; `SoftLayer_Exception_Public`, read without the API\'s name and the word Exception (rule 1), names no kind, and text never decides: unknown (rule 1). Judgment call: a reader could let "Internal Error" make it a server error. Message: "Internal Error" is a generic line ("Internal … error", rule 2.1): the default. Code: the `code` member (rule 6).',
    response: { status: 200, body: { error: 'Internal Error', code: 'SoftLayer_Exception_Public' } },
    expect: { kind: 'unknown', message: DEFAULT, code: 'SoftLayer_Exception_Public' },
  },
  {
    id: 'softlayer/access-token-validation-expired-token-500',
    source: 'SoftLayer API (IBM Cloud classic infrastructure)',
    url: 'softlayer/softlayer-go/session/rest_test.go@570631b67fbf8a1609cfabaeda9a2c32d1abadd5',
    note: '`TestRestReauth`: while the session still holds the old IAM token, `GET …/SoftLayer_Account.json` answers `httpmock.NewStringResponse(500, …)` with this body; the client then refreshes the token at IBM Cloud IAM and retries (the test counts two calls to the endpoint). No header shown. Kind: 500, server (rule 1): the code names an access token\'s validation, a credential, but a code never turns a 5xx into a 4xx kind other than rate-limited (rule 1). Message: "Expired Token" says what is wrong with the credential (rule 2.1 keeps a credential\'s name); kept. Judgment call: two words without a verb, which a reader could read as a label and give the default. Code: the `code` member (rule 6).',
    response: {
      status: 500,
      body: { code: 'SoftLayer_Exception_Account_Authentication_AccessTokenValidation', error: 'Expired Token' },
    },
    expect: {
      kind: 'server',
      message: 'Expired Token',
      code: 'SoftLayer_Exception_Account_Authentication_AccessTokenValidation',
    },
  },

  // ───────────────────────────── AppOptics ─────────────────────────────
  {
    id: 'appoptics/token-not-permitted-request-403',
    source: 'AppOptics API (SolarWinds)',
    url: 'appoptics/appoptics-api-go/errors_test.go@f60375719e1ac8b990d1119cf196ade7ecbe49fb',
    note: '`ErrorRequestBodyUnauthorized`, decoded by `TestErrorResponse_Error` into the client\'s `ErrorResponse`, whose status the test sets to "403 Forbidden" and whose `Error()` it expects to read `403 Forbidden - {"request":["This token is not permitted to perform this action on this resource"]}`. No header shown. AppOptics serves the Librato API, whose errors sort their lines under `params` (inputs), `request` and `system`. Kind: 403, forbidden (rule 1). Fields: none: `request` names the whole request, no input (as Gusto\'s `error_key: "request"` is read in pending/; rule 3: a field error is bound to one input). Judgment call: the map-of-lists shape could be read as a field called `request`. Message: the lone request-level sentence (rule 2.2).',
    response: {
      status: 403,
      body: { errors: { request: ['This token is not permitted to perform this action on this resource'] } },
    },
    expect: { kind: 'forbidden', message: 'This token is not permitted to perform this action on this resource' },
  },

  // ───────────────────────────── BrandIT ─────────────────────────────
  {
    id: 'brandit/invalid-user-code-402-on-200',
    source: 'BrandIT API',
    url: 'go-acme/lego/providers/dns/brandit/internal/fixtures/error.json@526ca4bdbe2756cd8e2a6eeda9982f9f17909c03',
    note: 'lego\'s BrandIT client tests (providers/dns/brandit/internal/client_test.go@31222b4c282b4730a11f25b673dde471f40117a8): `setupTest` writes `rw.WriteHeader(http.StatusOK)` and then the fixture, and each `_error` test expects `APIError{Code: 402, Status: "error", Message: "Invalid user."}`. No header shown. Kind: beside a 2xx, a numeric `code` of a 4xx names the status the body means (rule 1): 402, with no code word, is a bad request, as the corpus reads a 402 without a code. Judgment call: "Invalid user." names the account, which a reader could take for a failed sign-in (unauthenticated); text never decides (rule 1). Message: "Invalid user." names a person\'s word and the credential\'s holder (rule 2.1 keeps them); kept. Code: none stated (the number is the status; `status: "error"` is the call\'s flag, no code, rule 6).',
    response: { status: 200, body: { code: 402, status: 'error', error: 'Invalid user.' } },
    expect: { kind: 'bad-request', message: 'Invalid user' },
  },

  // ───────────────────────────── Axelname ─────────────────────────────
  {
    id: 'axelname/domain-not-found-404',
    source: 'Axelname API',
    url: 'go-acme/lego/providers/dns/axelname/internal/fixtures/dns_list_error.json@a512144619672f47211aad382d77d928f7cb36bf',
    note: 'lego\'s Axelname client test `TestClient_ListRecords_error` (providers/dns/axelname/internal/client_test.go@2a1ffa79e0da8439cc159b2230c087e42d668f85): `setupTest(t, "GET /dns_list", http.StatusNotFound, "dns_list_error.json")`, expecting "error: Domain not found (1)". No header shown. Kind: 404, not-found (rule 1). Message: `error_text`, a message member by its shape (rules 2 and 5), "Domain not found": not the bare reason phrase (rule 2.1: "Resource not found" is a sentence); kept. Code: `error_code`, a code member by its shape, "1" (rule 6). `result: "error"` is the call\'s flag.',
    response: { status: 404, body: { error_code: '1', error_text: 'Domain not found', result: 'error' } },
    expect: { kind: 'not-found', message: 'Domain not found', code: '1' },
  },

  // ───────────────────────────── Lima-City ─────────────────────────────
  {
    id: 'lima-city/name-must-be-filled-german-400',
    source: 'Lima-City API',
    url: 'go-acme/lego/providers/dns/limacity/internal/fixtures/error.json@7062e8c28fd20b879ac5f855dd5f8d871542747a',
    note: 'lego\'s Lima-City client tests (providers/dns/limacity/internal/client_test.go@095b13e6bd993d342cf4b43b8d9a454f0ec56e5e): `testHandler("error.json", …, http.StatusBadRequest)` on each route, expecting "[status code: 400] status: invalid_resource, details: name: [muss ausgefüllt werden]". German: "must be filled in", Rails\' German validation message. No header shown. Kind: a 400 with field errors, validation (rule 1). Fields: `errors` maps `name` to a list of one line (rule 3). Message: only field messages, the default (rule 2.4). Code: not stated: `status: "invalid_resource"` is a word under `status`, which the rules read as a code under `response_status` or `statusCode` but leave open under a bare `status`.',
    response: { status: 400, body: { status: 'invalid_resource', errors: { name: ['muss ausgefüllt werden'] } } },
    expect: { kind: 'validation', message: DEFAULT, fields: [['name', 'muss ausgefüllt werden']] },
  },

  // ───────────────────────────── Shellrent ─────────────────────────────
  {
    id: 'shellrent/token-non-valido-italian-401',
    source: 'Shellrent API',
    url: 'go-acme/lego/providers/dns/shellrent/internal/fixtures/error.json@ef5b9420eb113689f1fac28d61348c5982e577e2',
    note: 'lego\'s Shellrent client test `TestClient_ListServices_error_status` (providers/dns/shellrent/internal/client_test.go@24993e360fa8517c729f30c88508dddf33c63ac4): `setupTest(t, http.MethodGet, "/purchase", http.StatusUnauthorized, "error.json")`, expecting "code 2: Token di autorizzazione non valido". Italian: "authorization token not valid". No header shown. Kind: 401, unauthenticated (rule 1). Message: the sentence names the credential and says it is not valid (rule 2.1: a credential\'s name stays), not the 401\'s phrase in other words; kept. Code: none stated: `error: 2` is a number under `error`, which no rule names as the code; `title` is empty.',
    response: {
      status: 401,
      body: { error: 2, title: '', message: 'Token di autorizzazione non valido', data: null },
    },
    expect: { kind: 'unauthenticated', message: 'Token di autorizzazione non valido' },
  },
  {
    id: 'shellrent/token-non-valido-italian-200',
    source: 'Shellrent API',
    url: 'go-acme/lego/providers/dns/shellrent/internal/fixtures/error.json@ef5b9420eb113689f1fac28d61348c5982e577e2',
    note: "The same fixture served with `http.StatusOK` by `TestClient_ListServices_error` (and the other `_error` tests of the same file, client_test.go@24993e360fa8517c729f30c88508dddf33c63ac4): the client reads a non-zero `error` as a failure whatever the status, and the tests cover both answers. No header shown. Kind: a 2xx whose body names no error status and no code a rule reads (`error: 2` is neither): unknown (rule 1; text never decides). Judgment call: a reader could let the sentence's credential words make it unauthenticated, or read a non-zero `error` as a failure flag. Message: kept, as in the 401 (rule 2.1).",
    response: {
      status: 200,
      body: { error: 2, title: '', message: 'Token di autorizzazione non valido', data: null },
    },
    expect: { kind: 'unknown', message: 'Token di autorizzazione non valido' },
  },

  // ───────────────────────────── DNSExit ─────────────────────────────
  {
    id: 'dnsexit/record-type-not-supported-400',
    source: 'DNSExit API',
    url: 'go-acme/lego/providers/dns/dnsexit/internal/fixtures/error.json@527d51d4858a8b1dcad8b57e0f7d7d3f5dc7b72d',
    note: 'lego\'s DNSExit client tests (providers/dns/dnsexit/internal/client_test.go@0bab771ed61879d38c84ea578f3411a5a5d80173): `servermock2.ResponseFromFixture("error.json").WithStatusCode(http.StatusBadRequest)` on `POST /`, expecting "JSON Defined Record Type not Supported (code=6)". No header shown. Kind: a 400 without field errors; the numeric code names no kind: bad-request (rule 1). Message: "JSON Defined Record Type not Supported" says the record type the request defined is not supported; kept (rule 2.1). Judgment call: the word JSON could make a reader take it for a parser\'s report (rule 2.3) and give the default. Code: `code: 6`, a string in the model (rule 6).',
    response: { status: 400, body: { code: 6, message: 'JSON Defined Record Type not Supported' } },
    expect: { kind: 'bad-request', message: 'JSON Defined Record Type not Supported', code: '6' },
  },

  // ───────────────────────────── 360 Monitoring ─────────────────────────────
  {
    id: '360-monitoring/rate-limit-exceeded-429',
    source: '360 Monitoring API',
    url: 'https://docs.360monitoring.com/docs/api',
    note: 'The API page\'s "Request limit": "Upon reaching the limit the API returns HTTP status code 429 (request limit exceeded)." and this body (the same on https://docs.360monitoring.com/reference/introduction-to-the-360-monitoring-api). The page shows `RateLimit-Limit: 1500`, `RateLimit-Remaining: 993` and `RateLimit-Reset: 1452042000` as headers every request returns, with the figures of a request under the limit: not this response\'s, so not copied. Kind: 429, rate-limited (rule 1). Message: "Rate limit exceeded." says which limit was reached; kept (the corpus keeps the line: autosend\'s, Infer\'s). Retry: none (no header, no hint in the body; rule 4).',
    response: { status: 429, body: { error: 'Rate limit exceeded.' } },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded' },
  },

  // ───────────────────────────── RIPE Atlas ─────────────────────────────
  {
    id: 'ripe-atlas/definitions-target-required-400',
    source: 'RIPE Atlas REST API',
    url: 'https://atlas.ripe.net/docs/apis/rest-api-manual/core-concepts/error-handling',
    note: 'The manual\'s "Error Handling" page, "Example error response". Status: 400 from the body\'s `status`, which the page\'s field table defines as "The HTTP status code" ("When a request fails, the RIPE Atlas API returns an appropriate HTTP status code along with a JSON error response body"). No header shown. Kind: a 400 with a field error, validation (rule 1). Fields: the item\'s `source.pointer` "/definitions/0/target" is a JSON Pointer: `definitions.0.target`, "This field is required." (rule 3). Message: `detail`, "The following fields are invalid: target", points to the list and names the field only by the API\'s name (rule 2.1: Payload\'s "The following field is invalid: email"): the default; `title` is the reason phrase. Code: not stated: the page calls `code` "An internal error code (deprecated — do not rely on this)".',
    response: {
      status: 400,
      body: {
        error: {
          status: 400,
          code: 104,
          detail: 'The following fields are invalid: target',
          title: 'Bad Request',
          errors: [{ source: { pointer: '/definitions/0/target' }, detail: 'This field is required.' }],
        },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['definitions.0.target', 'This field is required.']] },
  },

  // ───────────────────────────── webMethods Optimize ─────────────────────────────
  {
    id: 'webmethods-optimize/missing-parameter-xml-400',
    source: 'webMethods Optimize REST Services API (Software AG)',
    url: 'https://documentation.softwareag.com/webmethods/optimize/opt10-7/10-7_Optimize_webhelp/obe-webhelp/co-dev_config_rest_placeholder_6.html',
    note: 'Optimize 10.7 documentation, "Optimize REST Services API | HTTP Request Errors | Error Response Example": the XML body as printed. Status: the body\'s own `<httpStatusCode>400</httpStatusCode>`, under the page\'s heading for HTTP request errors. No header shown (no Content-Type added). Kind: a 400 without field errors or a code, bad-request (rule 1; XML read as JSON would send it, rule 3). Message: "missing parameter [startTime]" names only which parameter is missing, by the API\'s name (rule 2.1, the row of 6 December 2026): the default. Fields: none (no member names the field; the name is only in the text). `<trace/>` is empty.',
    response: {
      status: 400,
      body: '<error>\n<errorMsg>missing parameter [startTime]</errorMsg>\n<httpStatusCode>400</httpStatusCode>\n<trace/>\n</error>',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
