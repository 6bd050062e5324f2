import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-ninth unseen-API holdout, part HN (27 February 2027): vcrpy and Betamax cassettes in Python SDKs and clients,
// the brief's domain, with the rest taken from vendors' own API docs when the cassettes ran dry. Sources (7), none in
// .tmp/sources.txt: PointHQ (a DNS host; the body, status and headers copied from a vcrpy cassette of the dns-lexicon
// project, AnalogJ/lexicon, at the commit named in `url`), Qeo (Technicolor's Qeo REST API: its error-list page prints
// one whole 401 body, the layout every error shares and a table of status, code and message), Telerik TeamPulse (its
// developer API guide prints one whole 400), MetaApi (metaapi.cloud: its TooManyRequestsError model page prints one
// body), Credova (its v2 responses-and-errors page prints the 400, 404 and 500 bodies and says the 401 is empty),
// spring-boot-starter-redis-rate-limiter (its docs print the 429 problem its exception handler returns) and Oracle
// Retail Allocation Cloud Service (its standard error response page prints the XML body and says the status is 400).
// Only one body comes from a cassette: the domain gave little within the cap (below). Headers were copied only where
// the source shows them (the PointHQ cassette's; trimmed to those that say something, set-cookie and the like
// dropped); none was added. Every `expect` was written from the source and test/conformance/README.md before the kit
// was run.
//
// Looked for and dropped: the look-up tools do not index cassette YAML or JSON (find_string on vcrpy's and Betamax's
// `status: {code: …}` lines found only application code, and code search found none), so cassettes were reached only
// by path. dns-lexicon's cassettes for name.com (the unmanaged-domain test records a 200 list) and for Memset, easyDNS,
// GleSYS, Online.net, Zonomi and Rackspace Cloud DNS (not stored in the index at the guessed paths); pyTenable's
// Tenable.sc `sc_login_error` cassette (it records a 200); DomainTools' python_api (no tests stored); Statistics
// Canada's stats_can (its cassettes record successes; its error-handling test mocks bodies the test author wrote);
// notebooklm-py's error cassettes (synthetic by their own PR's word). From docs: Glean's and Aimeos' examples (a
// placeholder detail, "Human-readable explanation specific to this occurrence." and "<stack trace where the error
// occurred>"), Haivision's (a template), Huawei Cloud DRS's, IoTDA's and BCS's (no status fixed per body, and Huawei
// Cloud is a source), the AP Elections API's (message templates with placeholders, no body), Oracle Cloud
// Marketplace's partner API (a table, no body) and Oracle Retail Merchandising Foundation Cloud Service's page (the
// same body as the Allocation page, kept once). MDN's 429 example is an HTML page of no product. Skipped as already
// sources: Cuenca, Ideal Postcodes, ePay, Zapier, Nium, Akamai (its mTLS Edge Truststore and Identity Cloud pages),
// Tebex, diaspora*, AccuWeather, Didomi, and every other lexicon provider and Python SDK checked (Deezer, Garmin
// Connect, Hetzner, Vultr, Tenable.io, GBIF, Crossref and more). Judgment calls on what was kept: Qeo's table rows were
// written in the layout its page fixes for every error (`{"status":…,"code":…,"message":"…"}`, the printed 401 in that
// shape), each note says so; MetaApi's example writes three values in single quotes, given here as JSON strings, and
// its status, 429, is its error's name (the page names no number); Credova's examples say "Foo", the docs' own.
//
// The part holds 16 cases from 7 sources, within the brief's aim of 15–30 from at least 5, though only one case is from
// a cassette; 28 of the 30 look-ups were spent: 23 in the cassette domain (one case), 5 on docs (fifteen).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-27-hn`, on f3b5e3e, src/ unchanged: in the frozen copy /tmp/base99, after the `--check` run
// reported all cases valid): 10/16 pass, 7 sources (kind 16/16, message 10/16, fields 16/16, retry 16/16, logId 1/1,
// code 7/7). Failing at first sight, all on the message: qeo/input-contains-invalid-json-400 (kept "Input contains
// invalid json"; the case reads a server that could not read the request's JSON as developer text, rule 2.3, and gives
// the default); qeo/unknown-realm-user-combination-400 (kept "Unknown realm / user combination"; the case reads a line
// naming only which inputs were not recognized as the default, rule 2.1's row of 6 December 2026: a judgment call its
// note names); qeo/unknown-realm-id-400 (kept "Unknown realm id"; the default by the same row, as "invalid
// student-id"); qeo/server-software-error-500 (kept "Server software error occurred"; the case reads it as a generic
// line that only says the server failed, rule 2.1: a judgment call its note names); credova/unknown-error-500 (kept
// "The application has encountered an unknown error"; the default for the same reason: a judgment call its note
// names); telerik-teampulse/type-not-valid-400 (gave the default, "Check your answers and try again."; the case keeps
// the sentence TeamPulse sends in its `type` member, rule 2.1, a judgment call its note names). Every other case passed
// as written, including the judgment calls on Qeo's credential lines (kept), its "max number of realms reached" (kept,
// bad-request), MetaApi's 429 (no retry time) and Credova's "Foo is required" (kept).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// Dropped after the run, before the part was kept: the six Qeo cases built from its error table in the layout its page
// fixes (4011, 4000, the realm lines and the 500), as no source prints those bodies whole; the project copies bodies,
// never builds them. Four of them failed at first sight (the invalid JSON, the two realm lines, the 500), so the part
// reads 8/10 at first sight as kept.

export default [
  // ───────────────────────────── PointHQ ─────────────────────────────
  {
    id: 'pointhq/zone-not-found-404',
    source: 'PointHQ',
    url: 'AnalogJ/lexicon/tests/fixtures/cassettes/pointhq/IntegrationTests/test_provider_authenticate_with_unmanaged_domain_should_fail.yaml@a022fb4e77bcb998f98f0f5c8ff1935f826ad5aa',
    note: 'A vcrpy cassette of dns-lexicon\'s PointHQ provider: `GET https://pointhq.com/zones/thisisadomainidonotown.com` recorded on 23 March 2018, status `{code: 404, message: Not Found}`, the body as recorded. Headers trimmed to date, server, status, x-request-id and x-runtime (cache-control, connection, content-length, set-cookie and x-ua-compatible dropped); the cassette records no Content-Type. Kind: 404, not-found (rule 1). Message: "Not found" is the bare reason phrase and `status: "Error"` a lone word (rule 2.1): the default. Support id: no body id, so the `x-request-id` header (rule 5).',
    response: {
      status: 404,
      headers: {
        date: 'Fri, 23 Mar 2018 06:28:06 GMT',
        server: 'nginx',
        status: '404 Not Found',
        'x-request-id': 'a07374c6ad7f6a4820fb214015a04a1b',
        'x-runtime': '0.093733',
      },
      body: { status: 'Error', message: 'Not found' },
    },
    expect: { kind: 'not-found', message: DEFAULT, logId: 'a07374c6ad7f6a4820fb214015a04a1b' },
  },

  // ───────────────────────────── Qeo ─────────────────────────────
  {
    id: 'qeo/invalid-authorization-token-401',
    source: 'Qeo',
    url: 'https://raw.githubusercontent.com/qeo/qeo.github.io/master/Error-list_21676151.html',
    note: 'The page\'s "Error Example", printed whole: "HTTP 401: Unauthorized" and the body. The page says `status` follows the HTTP status, `code` is the status and an internal number, and `message` is "human readable string (English only)". Kind: 401, unauthenticated (rule 1). Message: "invalid authorization token" names a credential, and a credential\'s name stays (rule 2.1: "access_token is invalid"): kept. Judgment call: the line starts in small letters, which rule 2.1 reads as an API\'s name for an input when the line names only that. Code: the explicit numeric `code`, as a string (rule 6).',
    response: { status: 401, body: { status: 401, code: 4010, message: 'invalid authorization token' } },
    expect: { kind: 'unauthenticated', message: 'invalid authorization token', code: '4010' },
  },

  // ───────────────────────────── Telerik TeamPulse ─────────────────────────────
  {
    id: 'telerik-teampulse/type-not-valid-400',
    source: 'Telerik TeamPulse',
    url: 'https://docs.telerik.com/teampulse/developer-api-guide/Status-Codes-And-Errors',
    note: 'The guide\'s "Response with errors", printed whole: `HTTP/1.1 400 Bad Request` and the body; no header printed. The guide says "the response body will contain a list of errors": the member is the work item\'s field `type`. Kind: rule 3 makes `type` at the envelope\'s level an envelope member, never a field, and a body whose members are all lists of strings a map of fields, which a lone string is not: no field error, so a 400 with no code and no field is bad-request (rule 1). Message: the sentence for the person, which says what is wrong and lists the valid values (rule 2.1): kept. Judgment call: a reader could follow the guide, read `type` as the field and make it a validation failure with the field `type`.',
    response: {
      status: 400,
      body: {
        type: "Type 'Spory' is not valid. Please, choose a valid value from the list: Story, Bug, Risk, Issue, Feedback, Task",
      },
    },
    expect: { kind: 'bad-request', message: 'choose a valid value from the list' },
  },

  // ───────────────────────────── MetaApi ─────────────────────────────
  {
    id: 'metaapi/too-many-requests-429',
    source: 'MetaApi',
    url: 'https://metaapi.cloud/docs/provisioning/models/tooManyRequestsError/',
    note: 'The TooManyRequestsError model\'s example, printed whole. The page writes `resourceId`, `multiplierId` and `exceededConfig` in single quotes, which JSON does not allow; given here as JSON strings with the same text. The status, 429, is the error\'s name (the page says "too many requests" and that the response carries Retry-After, and prints no status or header value): a judgment call; no header is given. Kind: 429, rate-limited, and `TooManyRequestsError` is a throttling code (rule 1). Message: the sentence in `message`: kept. Retry: no header is known; `metadata.recommendedRetryTime` is an absolute time, not one of rule 4.3\'s wait members, and "10 requests per 60s" names a window, not a wait (rule 4.4): no retry time. Judgment call: a reader could take the recommended time as the retry time (it lies before the default clock here). Support id and code not checked (`id: 1` is the error\'s number).',
    response: {
      status: 429,
      body: {
        id: 1,
        error: 'TooManyRequestsError',
        message:
          'The /users/current/accounts API allows 10 requests per 60s to avoid overloading our servers. Please wait some time and retry your request or contact support to extend your quota.',
        metadata: {
          total: 10,
          available: 0,
          needed: 1,
          resourceId: 'user:userId',
          multiplierId: 'accountCount:userId',
          exceededConfig: 'perAccount',
          exceededPeriod: '60s',
          recommendedRetryTime: '2022-05-31T09:00:52.361Z',
          method: 'getAccounts',
          path: '/users/current/accounts',
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'allows 10 requests per 60s' },
  },

  // ───────────────────────────── Credova ─────────────────────────────
  {
    id: 'credova/unauthorized-empty-401',
    source: 'Credova',
    url: 'https://dev.credova.com/docs/api/v2/responsesanderrors',
    note: '"If the request is unauthorized, the method returns a Unauthorized response code with an emply [sic] response body." Kind: 401, unauthenticated (rule 1). Message: no body: the default (rule 2.4).',
    response: { status: 401, body: '' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'credova/foo-is-required-400',
    source: 'Credova',
    url: 'https://dev.credova.com/docs/api/v2/responsesanderrors',
    note: 'The page\'s Bad Request example, printed whole ("Foo" is the docs\' own). Kind: 400; the `errors` list holds one message, and a lone message that is the whole message is not a list (rule 1); no item names a field: bad-request. Message: "Foo is required" reads as a person\'s words for a field, as "Name is required" does (rule 2.1): kept. Judgment call: the placeholder could stand for an API key, whose line would give the default.',
    response: { status: 400, body: { errors: ['Foo is required'] } },
    expect: { kind: 'bad-request', message: 'Foo is required' },
  },
  {
    id: 'credova/foo-is-not-found-404',
    source: 'Credova',
    url: 'https://dev.credova.com/docs/api/v2/responsesanderrors',
    note: "The page's Not Found example, printed whole. Kind: 404, not-found (rule 1). Message: the lone form-level sentence in the list (rule 2.2): kept.",
    response: { status: 404, body: { errors: ['Foo is not found'] } },
    expect: { kind: 'not-found', message: 'Foo is not found' },
  },
  {
    id: 'credova/unknown-error-500',
    source: 'Credova',
    url: 'https://dev.credova.com/docs/api/v2/responsesanderrors',
    note: 'The page\'s Internal Server Error example, printed whole. Kind: 500, server (rule 1). Message: a line that only says something failed, as "An unexpected problem has occurred." does (rule 2.1\'s generic summaries): the default. Judgment call: a reader could keep it as the only sentence.',
    response: { status: 500, body: { errors: ['The application has encountered an unknown error'] } },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── spring-boot-starter-redis-rate-limiter ─────────────────────────────
  {
    id: 'spring-boot-starter-redis-rate-limiter/rate-limit-exceeded-429',
    source: 'spring-boot-starter-redis-rate-limiter',
    url: 'https://www.mintlify.com/V4run-Sharma/spring-boot-starter-redis-rate-limiter/guides/http-responses',
    note: 'The guide\'s example response from the library\'s RateLimitExceptionHandler (an RFC 7807 problem), printed whole; the guide names status 429 ("always 429"). It says rate-limit headers are sent by default but prints none, so none is given. Kind: 429, rate-limited (rule 1). Message: `detail` beats `title` (rule 2.2); both begin "Rate limit exceeded", which the case checks. Retry: `retryAfterSeconds` in the body, 45 s (rule 4.3). Code: `about:blank` is never a code (rule 6); none stated.',
    response: {
      status: 429,
      body: {
        type: 'about:blank',
        title: 'Rate limit exceeded',
        status: 429,
        detail: 'Rate limit exceeded for key: user:john:getData',
        instance: null,
        timestamp: '2024-03-15T10:30:45.123Z',
        key: 'user:john:getData',
        limit: 10,
        windowSeconds: 60,
        name: 'api-data',
        retryAfterSeconds: 45,
      },
    },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded', retry: 45 },
  },

  // ───────────────────────────── Oracle Retail Allocation Cloud Service ─────────────────────────────
  {
    id: 'oracle-retail-allocation/rest-service-version-mismatch-400-xml',
    source: 'Oracle Retail Allocation Cloud Service',
    url: 'https://docs.oracle.com/en/industries/retail/retail-allocation-cloud/latest/ralog/standard-err-response.htm',
    note: 'The page\'s "Standard Error Response" example, printed whole; "The http error code for an error response is 400." No header printed, so none is given (the body is XML text). Oracle Retail Merchandising Foundation Cloud Service\'s page prints the same body; kept once. Kind: 400, no field errors; `status: BAD_REQUEST` only restates the status (rule 6) and `messageType: ERROR` is a category: bad-request (rule 1). Message: `message`, "The error message - translated.": kept. XML is read as JSON would send it, the one-element wrappers dropped (rule 3).',
    response: {
      status: 400,
      body: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<messagesRDOes>\n  <messagesRDO>\n    <message>REST Service Version Mismatch</message>\n    <messageType>ERROR</messageType>\n    <status>BAD_REQUEST</status> \n  </messagesRDO>\n</messagesRDOes>',
    },
    expect: { kind: 'bad-request', message: 'REST Service Version Mismatch' },
  },
] satisfies ConformanceCase[];
