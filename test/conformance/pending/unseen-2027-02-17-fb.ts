import { DEFAULT, type ConformanceCase } from '../types';

// Eighty-ninth unseen-API holdout, part FB (17 February 2027): API tooling, mock servers and contract-testing servers
// that no other case file uses, their own tests and docs printing a whole error body they send: Mountebank (the
// over-the-wire test-double server; its admin API), the Pact Broker (the contract-testing broker), Apicurio Registry
// (the schema and API registry), MockServer (its control-plane API and the mock it serves) and Hoverfly (the
// service-virtualisation proxy; its admin API and the 502 its proxy sends on a miss). They were collected to measure
// how the reader does at first sight on APIs it was never tuned on. Bodies were copied from: Mountebank's functional
// test of POST /imposters (`assert.deepEqual(response.body, {…})` with the 400); a pull request of ITV's scala-pact
// client that pastes the 400 body a Pact Broker answered to a curl it reproduces; an Apicurio Registry issue that
// pastes a 404 body (cut by its reporter inside the `detail` string, closed here); MockServer's integration tests
// (`assertThat(httpResponse.getStatusCode(), is(400))` and `getBodyAsString(), is(…)`, and `assertEquals` of the whole
// 404 response); Hoverfly's functional tests of its admin API (`Expect(string(errorJson)).To(Equal(…))` with the 400)
// and of its journal (the recorded 502, its whole text and its Content-Type). Headers were copied only where the source
// shows or checks one (Hoverfly's text/plain); none was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Provenance limits, said in each note: the index's search answers gave MockServer's two test files by their contents
// and Java package only, and the look-up cap ran out before their module folder and commit were resolved, so their
// `url` names the repository, the package and the class; Hoverfly's journal test was read in a search excerpt, so its
// `url` names the file the repository listing holds for it without a commit.
//
// Skipped as already sources: Stoplight Prism, WireMock, Postman API (Postman's mock servers answer under the same
// product; a search found only a tutorial's paraphrase of their 404 and the Postman API's examples of user-configured
// 5xx stubs, which are the user's bodies, not Postman's). Looked for and dropped: Smocker (its docs print a whole body,
// but with Smocker's own status 666, which no `Response` can carry: the runner builds statuses 200-599 only; its older
// 404 form shows only in source that echoes the request into the body), the Pact Broker's feature specs (they check
// only that `errors` is present, or only the problem's `title`), a PactFlow/Pact Broker `notices` body pasted in
// broadinstitute/rawls pull requests without its status, the Pact Broker's similar-name 409 text quoted as a template
// with `%{…}` placeholders (pact_broker issue #139), Mountebank's other functional tests (status only: the 400s for
// invalid input and a port conflict, the 404 for a missing imposter), its errors page (codes without bodies) and its
// unit tests (internal error objects, not wire bodies), a second Apicurio Registry 404 (issue #1501: headers shown,
// the body cut inside its stack trace before its other members), Hoverfly's auth test (status only: 401, then 429),
// its simulate-mode unit test and MockServer's JavaScript client tests (substrings only), and Hoverfly's closest-miss
// text (cut in the excerpt). Not reached within the cap: Mockoon, Microcks, PactFlow's own API, Specmatic, Hoppscotch,
// Apicurio Studio, Optic, Beeceptor, json-server, Imposter and pact-core-mock-server.
//
// The part holds 10 cases from 5 sources, under the brief's aim of 15-30 (at least 5 sources met): all 38 look-ups of
// the cap were spent (one of them a call refused for a string over 50 characters, counted), many on tools whose tests
// check a status or one member, not the body.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-17-fb`, on 3dcc730, src/ unchanged: in the frozen copy /tmp/base89; `--check` first: valid):
// 7/10 pass, 5 sources (kind 10/10, message 8/10, fields 10/10, retry 10/10, logId 0/0, code 0/1). Failing at first
// sight: mountebank/invalid-json-400 (the kit kept no code; the case expects `invalid JSON`, the lone item's `code`
// under `errors`, rule 6; its kind, bad-request, passed, which the 400 gives either way);
// mockserver/invalid-expectation-400-text and mockserver/incorrect-request-matcher-clear-400-text (the kit kept the
// whole text, headline, echoed JSON and validator report, as the message, "Incorrect expectation json format for: {
// …"; the cases expect the default: JSON as text and a JSON Schema validator's report are developer text, rule 2.3,
// and the headline before them names the wire format and ends in a colon; a judgment call each note names, since rule
// 2.6 keeps a sentence sent as text on a 4xx). Every other case passed as written, including the judgment calls on
// Apicurio Registry's status read from its `error_code` and Hoverfly's "Not a valid mode" (kept).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Mountebank ─────────────────────────────
  {
    id: 'mountebank/invalid-json-400',
    source: 'Mountebank',
    url: 'bbyars/mountebank/mbTest/api/impostersControllerTest.js@2f2816d3cd3749125d807d860b9659df35d5eee8',
    note: "\"should return 400 on invalid JSON\": POST /imposters with the text `invalid`; the test checks 400 and `assert.deepEqual(response.body, { errors: [{ code: 'invalid JSON', message: 'Unable to parse body as JSON', source: 'invalid' }] })`. No header checked, none given. Kind: the item's code `invalid JSON` is `INVALID_JSON` read without case or separators, a code that says the body is invalid: bad-request (rule 1). Fields: none; `source` in text names what was sent, not a field (rule 3: only JSON:API's `source` object holds one). Message: \"Unable to parse body as JSON\" is a failure to parse the request as JSON (rule 2.3, ODK Central's and Honeycomb's lines): developer text, the default. Code: the lone item's `code` (rule 6).",
    response: {
      status: 400,
      body: { errors: [{ code: 'invalid JSON', message: 'Unable to parse body as JSON', source: 'invalid' }] },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'invalid JSON' },
  },

  // ───────────────────────────── Pact Broker ─────────────────────────────
  {
    id: 'pact-broker/provider-version-blank-400',
    source: 'Pact Broker',
    url: 'https://github.com/ITV/scala-pact/pull/197',
    note: 'The pull request reproduces with curl a POST of verification results (`providerApplicationVersion: ""`) to a hosted Pact Broker (test.pact.dius.com.au) and pastes what the client now prints: "Failed with 400, {…}", the whole body. No header shown, none given. Kind: a 400 with field errors, validation (rule 1). Fields: `errors` holds a map of field to a list of messages (rule 3), so two errors on `provider_version`, one per message. Message: only field messages (rule 2.4): the default.',
    response: {
      status: 400,
      body: {
        errors: {
          provider_version: [
            "can't be blank",
            "Version number '' cannot be parsed to a version number. The expected format (unless this configuration has been overridden) is a semantic version. eg. 1.3.0 or 2.0.4.rc1",
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['provider_version', "can't be blank"],
        ['provider_version', 'cannot be parsed to a version number'],
      ],
    },
  },

  // ───────────────────────────── Apicurio Registry ─────────────────────────────
  {
    id: 'apicurio-registry/artifact-not-found-404',
    source: 'Apicurio Registry',
    url: 'https://github.com/Apicurio/apicurio-registry/issues/1764',
    note: "The issue pastes the body the v2 REST API answered when an artifact was fetched by a wrong id (\"Fetching artifact that is missing\", the reporter's reply). Trimmed: the paste stops inside `detail`, after the exception's first line; the string is closed here and any members after it are not known (Apicurio's error also carries a `name`, which the paste does not show). Status: the paste shows none; 404 is the `error_code` the body names, which Apicurio Registry sets to the HTTP status (a judgment call: the status is read from the body). No header shown, none given. Kind: 404, not-found (rule 1). Message: `message` is a sentence naming the record (rule 2.1): kept, though the ids it quotes read 'null'; `detail` starts with an exception's qualified class name (rule 2.3). Code: a number that restates the status, not stated.",
    response: {
      status: 404,
      body: {
        message: "No artifact with ID 'null' in group 'null' was found.",
        error_code: 404,
        detail:
          "io.apicurio.registry.storage.ArtifactNotFoundException: No artifact with ID 'null' in group 'null' was found",
      },
    },
    expect: { kind: 'not-found', message: "No artifact with ID 'null' in group 'null' was found" },
  },

  // ───────────────────────────── MockServer ─────────────────────────────
  {
    id: 'mockserver/invalid-expectation-400-text',
    source: 'MockServer',
    url: 'mock-server/mockserver: org.mockserver.mockservlet.integration.ControlPlaneWARSmokeTest (module folder and commit not resolved within the look-up cap)',
    note: 'shouldErrorForInvalidExpectation: a raw PUT to /mockserver/expectation of an expectation with an unknown `incorrectField` and no action; the test checks 400 and `getBodyAsString(), is(…)`, the whole text (NEW_LINE written as \\n). Trimmed: the text ends with the constant OPEN_API_SPECIFICATION_URL, indented, whose wording the test does not fix; it is cut after the last error line. No header checked, none given. Kind: 400, text, no code, no field-bound error: bad-request (rule 1). Message: a headline before the echoed JSON and a JSON Schema validator\'s report (`$.incorrectField: is not defined in the schema …`): JSON as text and a schema validator\'s report are developer text (rule 2.3), so the default. Judgment call: rule 2.6 keeps a sentence sent as text on a 4xx, and a reader could keep the headline "incorrect expectation json format for:"; it names the wire format and ends in a colon before the JSON, and says no more than that the body was wrong.',
    response: {
      status: 400,
      body:
        'incorrect expectation json format for:\n\n  {\n    "httpRequest" : {\n      "path" : "/path_one"\n    },\n    "incorrectField" : {\n      "body" : "some_body_one"\n    },\n    "times" : {\n      "remainingTimes" : 1\n    },\n    "timeToLive" : {\n      "unlimited" : true\n    }\n  }\n\n schema validation errors:\n\n  23 errors:\n' +
        '   - $.binaryResponse: is missing but it is required\n' +
        '   - $.dnsResponse: is missing but it is required\n' +
        '   - $.grpcBidiResponse: is missing, but is required, if specifying action of type GrpcBidiResponse\n' +
        '   - $.grpcStreamResponse: is missing, but is required, if specifying action of type GrpcStreamResponse\n' +
        '   - $.httpError: is missing, but is required, if specifying action of type Error\n' +
        '   - $.httpForward: is missing, but is required, if specifying action of type Forward\n' +
        '   - $.httpForwardClassCallback: is missing, but is required, if specifying action of type ForwardClassCallback\n' +
        '   - $.httpForwardObjectCallback: is missing, but is required, if specifying action of type ForwardObjectCallback\n' +
        '   - $.httpForwardTemplate: is missing, but is required, if specifying action of type ForwardTemplate\n' +
        '   - $.httpForwardValidateAction: is missing, but is required, if specifying action of type ForwardValidateAction\n' +
        '   - $.httpForwardWithFallback: is missing, but is required, if specifying action of type ForwardWithFallback\n' +
        '   - $.httpLlmResponse: is missing, but is required, if specifying action of type LlmResponse\n' +
        '   - $.httpOverrideForwardedRequest: is missing, but is required, if specifying action of type OverrideForwardedRequest\n' +
        '   - $.httpResponse: is missing, but is required, if specifying action of type Response\n' +
        '   - $.httpResponseClassCallback: is missing, but is required, if specifying action of type ResponseClassCallback\n' +
        '   - $.httpResponseObjectCallback: is missing, but is required, if specifying action of type ResponseObjectCallback\n' +
        '   - $.httpResponseTemplate: is missing, but is required, if specifying action of type ResponseTemplate\n' +
        '   - $.httpResponses: is missing, but is required, if specifying action of type Responses\n' +
        '   - $.httpSseResponse: is missing, but is required, if specifying action of type SseResponse\n' +
        '   - $.httpWebSocketResponse: is missing, but is required, if specifying action of type WebSocketResponse\n' +
        '   - $.incorrectField: is not defined in the schema and the schema does not allow additional properties\n' +
        '   - $.steps: is missing but it is required\n' +
        '   - oneOf of the following must be specified [httpError, httpForward, httpForwardClassCallback, httpForwardObjectCallback, httpForwardTemplate, httpForwardValidateAction, httpForwardWithFallback, httpOverrideForwardedRequest, httpResponse, httpResponseClassCallback, httpResponseObjectCallback, httpResponseTemplate]',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'mockserver/incorrect-request-matcher-clear-400-text',
    source: 'MockServer',
    url: "mock-server/mockserver: the Netty mocking integration test holding shouldErrorForInvalidRequest (the index's copy; class, module folder and commit not resolved within the look-up cap)",
    note: 'shouldErrorForInvalidRequest: a PUT to /mockserver/clear of a request matcher with `path: 500`, `method: true` and `keepAlive: "false"`; the test checks 400 and the whole text with `is(…)` (NEW_LINE written as \\n). Trimmed: the closing OPEN_API_SPECIFICATION_URL constant is cut, as in the case above. No header checked, none given. Kind: 400, text, no code, no field-bound error (a text body has no structure to read fields from): bad-request (rule 1). Message: the echoed JSON and the schema validator\'s type report (`$.path: integer found, string expected`) are developer text (rule 2.3): the default. Judgment call: as above, a reader could keep the headline "incorrect request matcher json format for:".',
    response: {
      status: 400,
      body:
        'incorrect request matcher json format for:\n\n  {\n      "path" : 500,\n      "method" : true,\n      "keepAlive" : "false"\n    }\n\n schema validation errors:\n\n  4 errors:\n' +
        '   - $.keepAlive: string found, boolean expected\n' +
        '   - $.method: boolean found, string expected\n' +
        '   - $.path: integer found, string expected\n' +
        '   - $.specUrlOrPayload: is missing but it is required',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'mockserver/no-matching-expectation-404',
    source: 'MockServer',
    url: 'mock-server/mockserver: org.mockserver.mockservlet.integration.ControlPlaneWARSmokeTest (module folder and commit not resolved within the look-up cap)',
    note: 'shouldReset and shouldClearExpectationsAndLogs: after /mockserver/reset (or /clear of that path) a GET of a path no expectation matches answers `response().withStatusCode(404).withReasonPhrase("Not Found")`, which `assertEquals` compares whole: no body and, after the test\'s ignored headers, no header. Kind: 404, not-found (rule 1). Message: nothing is sent (rule 2.4): the default.',
    response: { status: 404 },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Hoverfly ─────────────────────────────
  {
    id: 'hoverfly/no-match-502-text',
    source: 'Hoverfly',
    url: 'SpectoLabs/hoverfly/functional-tests/core/api/journal_api_v2_test.go (read in a search excerpt; commit not pinned)',
    note: 'The journal test proxies a GET to http://hoverfly.io through Hoverfly in simulate mode with no simulation, then reads /api/v2/journal and checks the recorded response: `Status` 502, `Body` equal to the whole text, and a `Content-Type` header holding "text/plain" (Hoverfly\'s API docs print the same journal entry). Kind: 502, unavailable (rule 1). Message: plain text on a 5xx is the proxy\'s, written for developers (rule 2.6): the default, though it says what failed ("Could not find a match for request").',
    response: {
      status: 502,
      headers: { 'Content-Type': 'text/plain' },
      body: 'Hoverfly Error!\n\nThere was an error when matching\n\nGot error: Could not find a match for request, create or record a valid matcher first!',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'hoverfly/not-a-valid-mode-400',
    source: 'Hoverfly',
    url: 'SpectoLabs/hoverfly/functional-tests/core/api/mode_api_v2_test.go@009044afaa4b613a267d008ad74e396b09f6343f',
    note: '"Should error when header arguments use an asterisk and a header": PUT /api/v2/hoverfly/mode with `mode: "mode"` and `headersWhitelist: ["*", "Content-Type"]`; the test checks 400 and `Equal(`{"error":"Not a valid mode"}`)`, the whole body. No header checked, none given. Kind: 400, no code, no fields: bad-request (rule 1). Message: "Not a valid mode" names what is invalid in plain words, neither quoted, written as code, called a parameter nor a lone key starting the line (the rule row of 6 December 2026), as "Invalid phone number" stays: kept. Judgment call: `mode` is also the API\'s key, and a reader could give the default.',
    response: { status: 400, body: { error: 'Not a valid mode' } },
    expect: { kind: 'bad-request', message: 'Not a valid mode' },
  },
  {
    id: 'hoverfly/invalid-matching-strategy-400',
    source: 'Hoverfly',
    url: 'SpectoLabs/hoverfly/functional-tests/core/api/mode_api_v2_test.go@009044afaa4b613a267d008ad74e396b09f6343f',
    note: '"Should error when setting an invalid matching strategy": PUT /api/v2/hoverfly/mode with `mode: "simulate"` and `arguments.matchingStrategy: "INVALID"`; the test checks 400 and the whole body. No header checked. Kind: 400, no code, no field member: bad-request (rule 1). Message: a sentence that says which values are allowed, a rule about a value (rule 2.1): kept.',
    response: { status: 400, body: { error: "Only matching strategy of 'first' or 'strongest' is permitted" } },
    expect: { kind: 'bad-request', message: "Only matching strategy of 'first' or 'strongest' is permitted" },
  },
  {
    id: 'hoverfly/unsupported-schema-version-400',
    source: 'Hoverfly',
    url: 'SpectoLabs/hoverfly/functional-tests/core/api/simulation_api_v2_test.go@4560f3e039064f313527b023df0c94d5dbce873a',
    note: '"should error when importing unknown version": PUT /api/v2/simulation with `meta.schemaVersion: "r3"`; the test checks 400 and the whole body. No header checked. Kind: 400, no code, no fields: bad-request (rule 1). Message: "Invalid simulation:" is a headline before a sentence of its own, which says what is not supported and what to do (rule 2.1: judged by the sentence after it): kept; the substring is the sentence\'s.',
    response: {
      status: 400,
      body: {
        error:
          'Invalid simulation: schema version r3 is not supported by this version of Hoverfly, you may need to update Hoverfly',
      },
    },
    expect: { kind: 'bad-request', message: 'schema version r3 is not supported by this version of Hoverfly' },
  },
] satisfies ConformanceCase[];
