import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-third unseen-API holdout, part GC (21 February 2027): Go and Rust web libraries that no other case file
// uses: Dropshot (Oxide's Rust HTTP server library; its user-defined error types), Gorilla handlers (Go's
// `handlers.MethodHandler`), go-rest-api (Qiang Xue's Go RESTful API starter kit on ozzo-routing and
// ozzo-validation; its `errors` package), the Ardan Labs service (the Go service starter kit whose `web` and `errs`
// packages answer with go-playground/validator's English translations), chi (go-chi's `middleware.Throttle`) and
// tower-http (the Rust middleware crate's `RequestBodyLimit`). They were collected to measure how the reader does at
// first sight on libraries it was never tuned on. Where the bodies were copied from, each named in `url` with its
// commit: Dropshot's integration test of custom errors (`make_request_error` with the status, the body deserialized
// into a type that mirrors the error's `Serialize` derive and compared whole with `assert_eq!`; the wire JSON is what
// serde's derive writes for those types, externally tagged for the enum); Gorilla handlers' `TestMethodHandler` (the
// status, the `Allow` header and the whole text body); go-rest-api's `errors` tests and `middleware_test.go` (the
// status of each constructor and of the middleware's reply) with the text each constructor fixes in
// internal/errors/response.go at the same commit (its json tags give the wire form, `{ status, message }`); the Ardan
// Labs service's user API tests (`cmp.Diff` of the decoded `errs.Error` against the expected one, `code` and
// `message`, with the status), the wire form read from app/sdk/errs/errs.go at the same commit (`{ code, message }`,
// the code written by `MarshalText` from codes.go's names); chi's throttle test (the status and the body, trimmed of
// its newline by the test; the texts are the constants of middleware/throttle.go, the same in every stored version);
// tower-http's `create_error_response` in tower-http/src/limit/body.rs, which fixes the status, the Content-Type and
// the body of the 413 (the crate's own doc tests check only the status). Headers were copied only where the source
// sets or checks one (Gorilla's `Allow`, tower-http's Content-Type); none was added. Every `expect` was written from
// the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Buffalo (its error handler tests check only `Contains` of `"code":401`, `"error":"boom"`
// and a `"trace"` holding a stack, so the wire body would have to be guessed); Dropshot's own `HttpError` bodies (every
// one carries a `request_id` generated per request, which no test or doc found fixes; searches of issues and docs for
// a pasted body found none); Leptos server functions (`ServerError|…` is fixed by server_fn's encoding, but no test or
// issue found asserts a whole response); go-rest-api's `InvalidInput` test (its field messages "1" and "2" are the test
// author's own, dropped as the model part drops test authors' texts); chi's `Retry-After` test (it checks the status
// and the header only, and the stored throttle.go that could fix its body is an older version without that option);
// the Ardan Labs service's `update_test.go` (stored at a later commit than the `errs` package read, so its wire form
// was not confirmed there) and its "bad-name" case (the same shape as "bad-role"); and a Fuego search that found no
// test with a whole error body. Skipped as already sources (.tmp/sources.txt): Hertz (CloudWeGo), GoFrame, Shuttle,
// Pavex, Trillium, Kratos, go-zero, Beego, Iris, Echo, Fiber, Gin, Rocket, Actix-web, Axum, warp, Poem, Salvo, Loco,
// Huma, Goa, Twirp, gRPC-Gateway, Goyave, Encore, tower-governor. Not reached within the cap: go-kit, Fuego's tests,
// Gotham, ntex, Ohkami, Spin (Fermyon), Revel. No XML body and no HTML page turned up; four text bodies did (Gorilla's
// two 405s, chi's 429s) and tower-http's 413.
//
// The part holds 19 cases from 6 sources, within the brief's aim of 15–30 from at least 5; 29 of the 34 look-ups were
// spent, several on searches that found no whole body.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-21-gc`, on 4f5be46, src/ unchanged: in the frozen copy /tmp/base93; `--check` first reported
// no invalid case): 10/19 pass, 6 sources (kind 19/19, message 10/19, fields 19/19, retry 19/19, logId 0/0, code 5/5).
// The first attempt stopped before any case was read: esbuild could not read part GD's file, which its collector
// removed from the shared copy while the corpus was being listed. It was started again once, unchanged. Failing at
// first sight, all on the message: dropshot/enum-extractor-error-bad-path-param-400 and
// dropshot/struct-extractor-error-bad-path-param-400 (kept "Bad parameter in URL path: unable to parse '…' as bool";
// the cases read a bad path parameter and a parser's report as the default, rule 2.3 as the eighty-third holdout's row
// reads axum's "Invalid URL: failed to parse …": a judgment call their notes name); go-rest-api/not-found-default-404
// (kept "The requested resource was not found."; the case reads the 404 restated as the default, rule 2.1: a judgment
// call); go-rest-api/unauthorized-default-401 (kept "You are not authenticated to perform the requested action."; the
// case reads the 401's phrase in other words, as the rule row reads "You are unauthorized to perform this request.": a
// judgment call); go-rest-api/bad-request-default-400 (kept "Your request is in a bad format."; the case reads it as
// "Bad format request.", the sixty-sixth holdout's row); go-rest-api/internal-server-error-default-500 (kept "We
// encountered an error while processing your request."; the case reads a line that only says something failed, as the
// sixty-sixth holdout's row reads "We encountered an internal error Please try again."); the Ardan Labs service's
// create-user-bad-signature-401 (kept "Authentication failed : bindings results[[…]] ok[true]"; the case reads the
// 401's phrase followed by a Rego evaluator's internals, rules 2.1 and 2.3) and create-user-wrong-user-401 (kept the
// whole "Authorize: you are not authorized for that action, claims[[USER]] rule[…]: rego evaluation failed : …"; the
// case reads the 401's phrase in other words before developer text, rules 2.1 and 2.3: a judgment call);
// tower-http/request-body-limit-413-text (kept "Length limit exceeded"; the case reads the 413's phrase in other words,
// as the ninetieth holdout's row reads "Too large request": a judgment call). Every other case passed as written,
// including the judgment calls on Dropshot's "can't get ye flask" (kept, no code from `kind`), go-rest-api's 403
// (kept), the Ardan Labs service's validator list as JSON text (validation, the default, no fields) and "invalid role"
// (kept), and chi's two 429 lines (kept). Kinds, fields, retries and the five codes all held.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Dropshot ─────────────────────────────
  {
    id: 'dropshot/enum-error-overfull-hbox-500',
    source: 'Dropshot',
    url: 'oxidecomputer/dropshot/dropshot/tests/integration-tests/custom_errors.rs@14db823ef6e95e1b9c42beaf5cf2be95f159f454',
    note: "test_enum_user_error: GET /test/enum-error/true answers `EnumError::OverfullHbox { badness: 10000, line: 42 }`, whose `HttpResponseError` status is 500; the test asserts 500 and the whole body, deserialized into `DeserializedEnumError::OverfullHbox { badness: 10000, line: 42 }` (\"This should match what the client receives\"). Wire JSON as serde's derive writes an externally tagged enum. No header checked, none given. Kind: 500, server (rule 1). Message: a body of one member holding an object is that object (rule 3), and `{ badness, line }` holds numbers, no sentence: the default. No code stated: the variant's name is no status and holds no line, so the rule for a serde enum (the ninetieth holdout's row) leaves it open.",
    response: { status: 500, body: { OverfullHbox: { badness: 10000, line: 42 } } },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'dropshot/enum-extractor-error-bad-path-param-400',
    source: 'Dropshot',
    url: 'oxidecomputer/dropshot/dropshot/tests/integration-tests/custom_errors.rs@14db823ef6e95e1b9c42beaf5cf2be95f159f454',
    note: "test_enum_extractor_error: GET /test/enum-error/asdf, a path parameter that does not parse as a bool; Dropshot's extractor error is converted into the user's `EnumError::HttpError { message, error_code }` (the internal message and status are `#[serde(skip)]`), and the test asserts 400 and the whole deserialized body. `error_code: None` is written as null (no `skip_serializing_if`). No header checked. Kind: 400, no code, no field: bad-request (rule 1). Message: \"bad parameter in URL path\" only says the request's path was bad, and \"unable to parse 'asdf' as bool\" is a parser's report (rule 2.3; the eighty-third holdout's row reads axum's \"Invalid URL: failed to parse …\" so): the default. Judgment call: a reader could keep the line as the only text there is.",
    response: {
      status: 400,
      body: { HttpError: { message: "bad parameter in URL path: unable to parse 'asdf' as bool", error_code: null } },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'dropshot/struct-error-cant-get-ye-flask-404',
    source: 'Dropshot',
    url: 'oxidecomputer/dropshot/dropshot/tests/integration-tests/custom_errors.rs@14db823ef6e95e1b9c42beaf5cf2be95f159f454',
    note: 'test_struct_user_error (and the trait-based tests, which run the same check): GET /test/struct-error/true answers `StructError { message: "can\'t get ye flask", kind: CantGetYeFlask, status: NOT_FOUND }` (status skipped in serialization); the test asserts 404 and the whole deserialized body. The message is the test endpoint\'s own, but it is what Dropshot sends for a user error type, not a placeholder. No header checked. Kind: 404, not-found (rule 1). Message: a plain sentence, kept (rule 2.1). No code stated: `kind` is no member rule 6 names. Judgment call: a reader could take `kind: "CantGetYeFlask"` as the code by its PascalCase shape.',
    response: { status: 404, body: { message: "can't get ye flask", kind: 'CantGetYeFlask' } },
    expect: { kind: 'not-found', message: "can't get ye flask" },
  },
  {
    id: 'dropshot/struct-extractor-error-bad-path-param-400',
    source: 'Dropshot',
    url: 'oxidecomputer/dropshot/dropshot/tests/integration-tests/custom_errors.rs@14db823ef6e95e1b9c42beaf5cf2be95f159f454',
    note: "test_struct_extractor_error: GET /test/struct-error/this-wont-work; the extractor's `HttpError` becomes `StructError { message: external_message, kind: Other }`; the test asserts 400 and the whole deserialized body. No header checked. Kind: 400, no code, no field: bad-request (rule 1). Message: as in the enum case, a bad path parameter and a parser's report (rule 2.3): the default. Judgment call, as there.",
    response: {
      status: 400,
      body: { message: "bad parameter in URL path: unable to parse 'this-wont-work' as bool", kind: 'Other' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Gorilla handlers ─────────────────────────────
  {
    id: 'gorilla-handlers/method-handler-no-handlers-405-text',
    source: 'Gorilla handlers',
    url: 'gorilla/handlers/handlers_test.go@0386871a28f4980e2125eddcfde870be315643a9',
    note: 'TestMethodHandler\'s first row: GET /foo to an empty `MethodHandler{}`; the test asserts 405, an empty `Allow` header and the whole body, the file\'s constant `notAllowed = "Method not allowed\\n"`. No other header checked, none given. Kind: 405, bad-request (rule 1). Message: the reason phrase in other case (rule 2.1): the default.',
    response: { status: 405, body: 'Method not allowed\n' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'gorilla-handlers/method-handler-allow-405-text',
    source: 'Gorilla handlers',
    url: 'gorilla/handlers/handlers_test.go@0386871a28f4980e2125eddcfde870be315643a9',
    note: 'TestMethodHandler: DELETE /foo to `MethodHandler{"GET": …, "POST": …}`; the test asserts 405, `Allow: GET, POST` and the whole body. No other header checked. Kind: 405, bad-request (rule 1). Message: the reason phrase (rule 2.1): the default. No retry: `Allow` names no wait.',
    response: { status: 405, headers: { Allow: 'GET, POST' }, body: 'Method not allowed\n' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── go-rest-api (ozzo-routing, ozzo-validation) ─────────────────────────────
  {
    id: 'go-rest-api/not-found-default-404',
    source: 'go-rest-api (Go RESTful API starter kit)',
    url: 'qiangxue/go-rest-api/internal/errors/middleware_test.go@0bc12f25f74ecf62a6acf2bbef241b6de0d336a8',
    note: 'TestHandler\'s "HTTP error processing": the handler returns `NotFound("")` and the middleware answers 404 (asserted); TestNotFound asserts the status and a non-empty message. The text is the default internal/errors/response.go fixes at the same commit, and the wire form its json tags give (`details` omitted when empty), as the app\'s JSON content negotiation writes it. No header checked. Kind: 404, not-found (rule 1). Message: "The requested resource was not found." restates the status (rule 2.1; Honeycomb\'s "The requested resource cannot be found." is type-level text): the default. Judgment call: a reader could keep a full sentence.',
    response: { status: 404, body: { status: 404, message: 'The requested resource was not found.' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'go-rest-api/unauthorized-default-401',
    source: 'go-rest-api (Go RESTful API starter kit)',
    url: 'qiangxue/go-rest-api/internal/errors/response_test.go@0bc12f25f74ecf62a6acf2bbef241b6de0d336a8',
    note: 'TestUnauthorized asserts 401 and a non-empty default message for `Unauthorized("")`; the text is the one response.go fixes at the same commit, the wire form its json tags. No header checked. Kind: 401, unauthenticated (rule 1). Message: "You are not authenticated to perform the requested action." is the 401\'s phrase in other words, as "You are unauthorized to perform this request." (the rule row that lists it) and "Authentication is required to access this API." are: the default. Judgment call.',
    response: {
      status: 401,
      body: { status: 401, message: 'You are not authenticated to perform the requested action.' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'go-rest-api/forbidden-default-403',
    source: 'go-rest-api (Go RESTful API starter kit)',
    url: 'qiangxue/go-rest-api/internal/errors/response_test.go@0bc12f25f74ecf62a6acf2bbef241b6de0d336a8',
    note: 'TestForbidden asserts 403 and a non-empty default message for `Forbidden("")`; TestHandler\'s middleware maps ozzo-routing\'s 403 to the same reply. Text and wire form from response.go at the same commit. No header checked. Kind: 403, forbidden (rule 1). Message: "You are not authorized to perform the requested action." says what was refused beside a 403, as Tuist\'s "… is not authorized to perform this action" and Laravel\'s "This action is unauthorized." are kept (rule 2.1: "Not Authorized" sent with a 403 is the message): kept. Judgment call: a reader could read it as the 403\'s phrase in other words.',
    response: {
      status: 403,
      body: { status: 403, message: 'You are not authorized to perform the requested action.' },
    },
    expect: { kind: 'forbidden', message: 'not authorized to perform the requested action' },
  },
  {
    id: 'go-rest-api/bad-request-default-400',
    source: 'go-rest-api (Go RESTful API starter kit)',
    url: 'qiangxue/go-rest-api/internal/errors/response_test.go@0bc12f25f74ecf62a6acf2bbef241b6de0d336a8',
    note: 'TestBadRequest asserts 400 and a non-empty default message for `BadRequest("")`. Text and wire form from response.go at the same commit. No header checked. Kind: 400, no code, no field: bad-request (rule 1). Message: "Your request is in a bad format." says no more than the status, as "Bad format request." does (the sixty-sixth holdout\'s row): the default.',
    response: { status: 400, body: { status: 400, message: 'Your request is in a bad format.' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'go-rest-api/internal-server-error-default-500',
    source: 'go-rest-api (Go RESTful API starter kit)',
    url: 'qiangxue/go-rest-api/internal/errors/middleware_test.go@0bc12f25f74ecf62a6acf2bbef241b6de0d336a8',
    note: 'TestHandler\'s "error processing" and "panic processing": a plain error or a panic answers 500 (asserted; `buildErrorResponse(fmt.Errorf("test"))` is 500 in Test_buildErrorResponse), with `InternalServerError("")`\'s default text from response.go at the same commit. No header checked. Kind: 500, server (rule 1). Message: "We encountered an error while processing your request." says only that something failed, as "We encountered an internal error Please try again." does (the sixty-sixth holdout\'s row): the default.',
    response: {
      status: 500,
      body: { status: 500, message: 'We encountered an error while processing your request.' },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Ardan Labs service ─────────────────────────────
  {
    id: 'ardanlabs-service/create-user-missing-input-400',
    source: 'Ardan Labs service',
    url: 'ardanlabs/service/api/services/sales/tests/userapi/create_test.go@11bf5ccd110935a5480313459ab84850a3cd787b',
    note: 'create400 "missing-input": POST /v1/users with an empty `NewUser` by an admin; the test asserts 400 and `cmp.Diff` of the decoded body against `errs.Newf(errs.InvalidArgument, "validate: […]")` (`Equal` compares code and message, the only members errs.go serializes at the same commit; the code is written as codes.go names it, `invalid_argument`). The field lines are go-playground/validator\'s English translations. No header checked. Kind: `invalid_argument` is a validation code (rule 1). Message: after "validate: " the field errors sit as JSON text, which is developer text (rule 2.3), so the default; and text is no structure, so no field error is read from it (rule 3, as SciCat\'s class-validator list in `message` is read). Judgment call: a reader who parsed the text would find `name`, `email`, `roles` and `password`, each "… is a required field". Code: `invalid_argument` (rule 6).',
    response: {
      status: 400,
      body: {
        code: 'invalid_argument',
        message:
          'validate: [{"field":"name","error":"name is a required field"},{"field":"email","error":"email is a required field"},{"field":"roles","error":"roles is a required field"},{"field":"password","error":"password is a required field"}]',
      },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'invalid_argument' },
  },
  {
    id: 'ardanlabs-service/create-user-bad-role-400',
    source: 'Ardan Labs service',
    url: 'ardanlabs/service/api/services/sales/tests/userapi/create_test.go@11bf5ccd110935a5480313459ab84850a3cd787b',
    note: 'create400 "bad-role": POST /v1/users with `roles: ["SUPER"]`; the test asserts 400 and the whole decoded error, `errs.Newf(errs.InvalidArgument, "parse: invalid role \\"SUPER\\"")`; wire form from errs.go and codes.go. No header checked. Kind: `invalid_argument`, a validation code (rule 1); no field is bound. Message: "parse:" is the Go error chain\'s label for the step that failed, and "invalid role "SUPER"" names the input in a plain word with the value echoed: kept, as "Invalid phone number" is (rule 2.1: a person\'s words stay). Judgment call: the request\'s key is `roles`, and a reader could read "invalid role" as naming only the input, as "invalid q" is, and give the default. Code: `invalid_argument`.',
    response: { status: 400, body: { code: 'invalid_argument', message: 'parse: invalid role "SUPER"' } },
    expect: { kind: 'validation', message: 'invalid role', code: 'invalid_argument' },
  },
  {
    id: 'ardanlabs-service/create-user-empty-token-401',
    source: 'Ardan Labs service',
    url: 'ardanlabs/service/api/services/sales/tests/userapi/create_test.go@11bf5ccd110935a5480313459ab84850a3cd787b',
    note: 'create401 "emptytoken" (and "badtoken", a token cut to 10 characters, with the same body): the test asserts 401 and the whole decoded error, `errs.Newf(errs.Unauthenticated, "error parsing token: token contains an invalid number of segments")`; wire form from errs.go and codes.go. No header checked. Kind: 401, unauthenticated (rule 1). Message: a JWT library\'s report that the token would not parse (rule 2.3; the seventy-eighth holdout\'s row: "Malformed JWT token"): the default. Code: `unauthenticated`.',
    response: {
      status: 401,
      body: { code: 'unauthenticated', message: 'error parsing token: token contains an invalid number of segments' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'unauthenticated' },
  },
  {
    id: 'ardanlabs-service/create-user-bad-signature-401',
    source: 'Ardan Labs service',
    url: 'ardanlabs/service/api/services/sales/tests/userapi/create_test.go@11bf5ccd110935a5480313459ab84850a3cd787b',
    note: 'create401 "badsig": an admin\'s token with one character appended to its signature; the test asserts 401 and the whole decoded error, "authentication failed : bindings results[[{[true] map[x:false]}]] ok[true]" (the service checks tokens with a Rego policy, and the text after the colon is the evaluator\'s result printed by Go). No header checked. Kind: 401, unauthenticated (rule 1). Message: a bare "authentication failed" is the 401\'s phrase in other words (the rule row that names it), and what follows is the policy evaluator\'s internals (rule 2.3), no reason for a person: the default. Code: `unauthenticated`.',
    response: {
      status: 401,
      body: {
        code: 'unauthenticated',
        message: 'authentication failed : bindings results[[{[true] map[x:false]}]] ok[true]',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'unauthenticated' },
  },
  {
    id: 'ardanlabs-service/create-user-wrong-user-401',
    source: 'Ardan Labs service',
    url: 'ardanlabs/service/api/services/sales/tests/userapi/create_test.go@11bf5ccd110935a5480313459ab84850a3cd787b',
    note: 'create401 "wronguser": a user without the ADMIN role posts to an admin-only route; the test asserts 401 (the service sends `Unauthenticated` here) and the whole decoded error. No header checked. Kind: 401, unauthenticated: a code never turns a 401 into anything else (rule 1). Message: "authorize:" labels the step; "you are not authorized for that action" on a 401 is the 401\'s phrase in other words (rule 2.1: "Not Authorized" restates a 401; the rule row reads "You are unauthorized to perform this request." so); the claims, the rule\'s name and the Rego evaluator\'s result after it are developer text (rule 2.3): the default. Judgment call: the server means a refused action, and a reader could keep the words before the claims. Code: `unauthenticated`.',
    response: {
      status: 401,
      body: {
        code: 'unauthenticated',
        message:
          'authorize: you are not authorized for that action, claims[[USER]] rule[rule_admin_only]: rego evaluation failed : bindings results[[{[true] map[x:false]}]] ok[true]',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'unauthenticated' },
  },

  // ───────────────────────────── chi ─────────────────────────────
  {
    id: 'chi/throttle-capacity-exceeded-429-text',
    source: 'chi (go-chi)',
    url: 'go-chi/chi/middleware/throttle_test.go@014ec0b1c6164e67f923263247e8558e6d216cd9',
    note: 'TestThrottleMaximum: `ThrottleBacklog(10, 10, 5s)` with 20 requests in flight; each further request gets 429 and `errCapacityExceeded` (asserted after `strings.TrimSpace`; the constant is "Server capacity exceeded." in every stored throttle.go, written by `http.Error`, whose trailing newline the test trims and this case leaves out). The test checks no header, so none is given. Kind: 429, rate-limited (rule 1). Message: a sentence sent as text on a 4xx (rule 2.6) that says why the request was refused: kept. Judgment call: a reader could read it as the 429\'s phrase in other words. Retry: none named (rule 4).',
    response: { status: 429, body: 'Server capacity exceeded.' },
    expect: { kind: 'rate-limited', message: 'Server capacity exceeded' },
  },
  {
    id: 'chi/throttle-backlog-timed-out-429-text',
    source: 'chi (go-chi)',
    url: 'go-chi/chi/middleware/throttle_test.go@014ec0b1c6164e67f923263247e8558e6d216cd9',
    note: 'TestThrottleTriggerGatewayTimeout: `ThrottleBacklog(50, 100, 5s)`; requests that wait in the backlog longer than 5 s get 429 and `errTimedOut` (asserted after `strings.TrimSpace`; the constant is "Timed out while waiting for a pending request to complete." in every stored throttle.go; the trailing newline left out). No header checked. Kind: 429, rate-limited (rule 1: the status decides; text never decides, so "Timed out" does not make it a timeout). Message: a sentence sent as text on a 4xx, kept (rule 2.6). Retry: none.',
    response: { status: 429, body: 'Timed out while waiting for a pending request to complete.' },
    expect: { kind: 'rate-limited', message: 'Timed out while waiting for a pending request' },
  },

  // ───────────────────────────── tower-http ─────────────────────────────
  {
    id: 'tower-http/request-body-limit-413-text',
    source: 'tower-http',
    url: 'tower-rs/tower-http/tower-http/src/limit/body.rs@15acc0daf53bb4ec5c5095f185b4105121786d8a',
    note: '`create_error_response`, which `RequestBodyLimit` returns when a request\'s Content-Length is over the limit, fixes the whole response: 413, `Content-Type: text/plain; charset=utf-8` and the body `const BODY: &[u8] = b"length limit exceeded"`; the crate\'s doc tests (limit/mod.rs) assert the 413. Kind: 413 without `Retry-After`, bad-request (rule 1). Message: "length limit exceeded" is the 413\'s phrase in other words, as "Too large request" is (the ninetieth holdout\'s row): the default. Judgment call: a reader could keep a plain-text line on a 4xx (rule 2.6).',
    response: {
      status: 413,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: 'length limit exceeded',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
