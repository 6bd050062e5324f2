import { DEFAULT, type ConformanceCase } from '../types';

// Fourth unseen-API holdout, part E (3 December 2026): server frameworks in stacks the corpus covers thinly and that no
// other case file uses (Moleculer, Eve, Encore, Finatra, Loco, Grape, Connexion, aiohttp, h3, Pyramid/WebOb, Ash
// JSON:API, Sinatra, Koa, Kemal, Shelf), collected to measure how the reader does at first sight on APIs it was never
// tuned on. Every body and header was copied from the public material named in `url`: mostly the frameworks' own test
// suites where a test asserts the error body (the status, body and content type the test expects), official docs, and
// one client that pastes a captured response. Where a test checks only some members of a body, the case keeps those
// members and says so in `note`; headers a test does not show were left out rather than filled in. Every `expect` was
// written from the source and test/conformance/README.md before the kit was run on it.
//
// First run, before any change to the reader (`npm run conformance -- --filter unseen-2026-12-03-e`): 28/34 pass, 15
// sources (kind 33/34, message 30/34, fields 33/34, retry 34/34, logId 1/1, code 3/3). Failing at first sight:
// loco/validator-errors-400 (the `validator` crate's field-keyed lists of `{code, message, params}` flattened into
// `email.0.code` and `email.0.params.value` instead of `name` and `email`); finatra/unparseable-json-400 (kind
// validation: a lone `errors` item that is parser text is kept as a form-level item and read as a list);
// moleculer-web/invalid-json-body-400 (Node's "Unexpected token i in JSON at position 0" kept as the message: it
// has none of the punctuation or trade words the reader looks for before it tries the parser patterns);
// webob/validation-failed-json-422 (a JSON `message` with `<br />` tags between its sentences read as markup, so the
// default); aiohttp/not-found-with-text-404 ("Page not found" read as a reason phrase);
// connexion/problem-402-with-instance ("Something went wrong somewhere" kept, not read as the generic "Something went
// wrong"). No expectation was changed after the run. No rate-limit response was found in these frameworks' material
// in the time given (moleculer-web's 429 test runs on a fake clock at epoch 0, so its reset header was left out).
//
// Read now, after the changes the misses led to: 30/34 (still missed, with why in test/core/conventions.test.ts:
// loco/validator-errors-400, webob/validation-failed-json-422, aiohttp/not-found-with-text-404,
// connexion/problem-402-with-instance).

export default [
  // ───────────────────────────── Moleculer (moleculer-web API gateway) ─────────────────────────────
  {
    id: 'moleculer-web/validation-required-field-422',
    source: 'Moleculer',
    url: 'moleculerjs/moleculer-web/test/integration/index.spec.js@00ad4f4669a916fd28eee729d4d834371907dba5',
    note: 'POST /test.greeter without a body parser: the test expects this 422 body. Trimmed: the item\'s `nodeID` (the broker\'s generated node id). "Parameters validation error!" is the fixed text of every fastest-validator failure, a generic summary like "Validation failed" (rule 2.1), so the message is the default and the field carries the text. `type: VALIDATION_ERROR` only says "validation" and the item\'s `type: required` is a rule name, so no code is stated.',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: {
        code: 422,
        data: [
          {
            field: 'name',
            message: "The 'name' field is required.",
            type: 'required',
            action: 'test.greeter',
          },
        ],
        message: 'Parameters validation error!',
        name: 'ValidationError',
        type: 'VALIDATION_ERROR',
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['name', "The 'name' field is required"]] },
  },
  {
    id: 'moleculer-web/service-not-found-404',
    source: 'Moleculer',
    url: 'moleculerjs/moleculer-web/test/integration/index.spec.js@00ad4f4669a916fd28eee729d4d834371907dba5',
    note: 'GET /other/action with default settings. `name` is the error class; `data.action` names the action, not an input field.',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: {
        code: 404,
        message: "Service 'other.action' is not found.",
        name: 'ServiceNotFoundError',
        type: 'SERVICE_NOT_FOUND',
        data: { action: 'other.action' },
      },
    },
    expect: { kind: 'not-found', message: "Service 'other.action' is not found" },
  },
  {
    id: 'moleculer-web/cors-origin-forbidden-403',
    source: 'Moleculer',
    url: 'moleculerjs/moleculer-web/test/integration/index.spec.js@00ad4f4669a916fd28eee729d4d834371907dba5',
    note: 'CORS `origin: "a"` and a request from http://localhost:3000. Content-Type as the gateway sends its JSON errors in the same file. "Forbidden" is the reason phrase, so the message is the default.',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { message: 'Forbidden', code: 403, type: 'ORIGIN_NOT_ALLOWED', name: 'ForbiddenError' },
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'moleculer-web/invalid-json-body-400',
    source: 'Moleculer',
    url: 'moleculerjs/moleculer-web/test/integration/index.spec.js@00ad4f4669a916fd28eee729d4d834371907dba5',
    note: 'POST with `Content-Type: application/json` and the body "invalid". The message is the JSON parser\'s own text (rule 2.3), so the default; a 400 without fields is bad-request.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: {
        code: 400,
        type: 'entity.parse.failed',
        message: 'Unexpected token i in JSON at position 0',
        name: 'MoleculerError',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'moleculer-web/no-token-401',
    source: 'Moleculer',
    url: 'moleculerjs/moleculer-web/test/integration/index.spec.js@00ad4f4669a916fd28eee729d4d834371907dba5',
    note: 'The route\'s `authorize` method rejects with `UnAuthorizedError(ERR_NO_TOKEN)`. "Unauthorized" is the reason phrase: the default.',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { message: 'Unauthorized', code: 401, type: 'NO_TOKEN', name: 'UnAuthorizedError' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'moleculer-web/action-error-500',
    source: 'Moleculer',
    url: 'moleculerjs/moleculer-web/test/integration/index.spec.js@00ad4f4669a916fd28eee729d4d834371907dba5',
    note: "GET /test/error: the action throws. The test checks that an `x-request-id` header is set but not its value, so it is left out. The sentence is the app's own, in JSON; `name` is a class name.",
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { code: 500, message: "I'm dangerous", name: 'MoleculerServerError' },
    },
    expect: { kind: 'server', message: "I'm dangerous" },
  },

  // ───────────────────────────── Eve (Python REST framework) ─────────────────────────────
  {
    id: 'eve/insertion-failure-422',
    source: 'Eve',
    url: 'sanger-archive/lighthouse-ui/modules/lighthouse_service_biosero.js@18c92a565b7500e435a8ae2543012506af53dde2',
    note: 'A captured response of an Eve service (Lighthouse, on Werkzeug), pasted in the client\'s comment as "Example of fail". Trimmed: Content-Length. `_issues` holds the errors by field name (a container, rule 3). "Insertion failure: 1 document(s) contain(s) error(s)" is Eve\'s fixed headline that sends the reader to the issues, so the message is the default. `_error.code` only restates the status.',
    response: {
      status: 422,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Tue, 13 Jul 2021 11:11:05 GMT',
        Server: 'Werkzeug/2.0.1 Python/3.8.7',
      },
      body: {
        _error: { code: 422, message: 'Insertion failure: 1 document(s) contain(s) error(s)' },
        _issues: {
          event_type: "'barcode' cannot be empty with the 'lh_biosero_cp_destination_plate_partial_completed' event",
        },
        _status: 'ERR',
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['event_type', "'barcode' cannot be empty"]],
    },
  },

  // ───────────────────────────── Encore ─────────────────────────────
  {
    id: 'encore/not-found-404',
    source: 'Encore',
    url: 'encoredev/encore/docs/develop/errors.md@1aa84c181d4fb7c2c4af596310954b04e4bc9ae9',
    note: 'The docs\' example: returning `&errs.Error{Code: errs.NotFound, Message: "sprocket not found"}` "causes Encore to respond with a HTTP 404 error with body". `code` is the documented error code (the page\'s table lists "not_found").',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json' },
      body: { code: 'not_found', message: 'sprocket not found', details: null },
    },
    expect: { kind: 'not-found', message: 'sprocket not found', code: 'not_found' },
  },

  // ───────────────────────────── Finatra (Scala) ─────────────────────────────
  {
    id: 'finatra/field-required-400',
    source: 'Finatra',
    url: 'twitter/finatra/http-server/src/test/scala/com/twitter/finatra/http/tests/integration/doeverything/test/DoEverythingServerFeatureTest.scala@0755b77e702d4bbe554aa1a30ac52235d0023168',
    note: 'PUT /put_route_param_and_name with an empty body: the test\'s `withJsonBody`. Content-Type as Finatra sends JSON. The one item names its field only in its text ("name: …"), which no written convention reads, so there is no field error; one lone message is not a list, so bad-request; a field\'s name leading the sentence stays (rule 2.1).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { errors: ['name: field is required'] },
    },
    expect: { kind: 'bad-request', message: 'name: field is required' },
  },
  {
    id: 'finatra/query-param-not-a-long-400',
    source: 'Finatra',
    url: 'twitter/finatra/http-server/src/test/scala/com/twitter/finatra/http/tests/integration/doeverything/test/DoEverythingServerFeatureTest.scala@0755b77e702d4bbe554aa1a30ac52235d0023168',
    note: "GET /RequestWithQueryParamSeqLong?foo=1,2,3 (comma-separated values not enabled): the test's `withJsonBody`. As above, the field is named only in the text.",
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { errors: ["foo: '1,2,3' is not a valid Long"] },
    },
    expect: { kind: 'bad-request', message: "'1,2,3' is not a valid Long" },
  },
  {
    id: 'finatra/unparseable-json-400',
    source: 'Finatra',
    url: 'twitter/finatra/http-server/src/test/scala/com/twitter/finatra/http/tests/integration/doeverything/test/DoEverythingServerFeatureTest.scala@0755b77e702d4bbe554aa1a30ac52235d0023168',
    note: 'PUT /put_id_not_ignoring_body with the body "invalid JSON": the test\'s `withJsonBody`. The item is Jackson\'s parser text (rule 2.3): the default.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: {
        errors: [
          "Unrecognized token 'invalid': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'finatra/internal-server-error-500',
    source: 'Finatra',
    url: 'twitter/finatra/http-server/src/test/scala/com/twitter/finatra/http/tests/integration/doeverything/test/DoEverythingServerFeatureTest.scala@0755b77e702d4bbe554aa1a30ac52235d0023168',
    note: 'GET /requestInjectionsNotFound: the test asserts `withErrors = Seq("internal server error")`, the `errors` array of Finatra\'s JSON error body (the shape the same file asserts whole elsewhere). The item is the reason phrase: the default.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { errors: ['internal server error'] },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Loco (Rust) ─────────────────────────────
  {
    id: 'loco/not-found-404',
    source: 'Loco',
    url: 'loco-rs/loco/tests/controller/into_response.rs@319b23f2e1cdb40ffae0193080925ddfaf818cc9',
    note: '`controller::not_found()`: the test compares the JSON body whole. Content-Type as axum sends JSON. `error` is a machine word; rule 6 names no such member outside OAuth, so no code is stated.',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json' },
      body: { error: 'not_found', description: 'Resource was not found' },
    },
    expect: { kind: 'not-found', message: 'Resource was not found' },
  },
  {
    id: 'loco/unauthorized-401',
    source: 'Loco',
    url: 'loco-rs/loco/tests/controller/into_response.rs@319b23f2e1cdb40ffae0193080925ddfaf818cc9',
    note: '`controller::unauthorized("user not unauthorized")`: Loco logs the given text and sends its own sentence. A 401 stays unauthenticated whatever the sentence says.',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
      body: { error: 'unauthorized', description: 'You do not have permission to access this resource' },
    },
    expect: { kind: 'unauthenticated', message: 'You do not have permission to access this resource' },
  },
  {
    id: 'loco/internal-server-error-500',
    source: 'Loco',
    url: 'loco-rs/loco/tests/controller/into_response.rs@319b23f2e1cdb40ffae0193080925ddfaf818cc9',
    note: '`Err(Error::InternalServerError)`. `description` is the reason phrase: the default.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json' },
      body: { error: 'internal_server_error', description: 'Internal Server Error' },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'loco/json-rejection-422',
    source: 'Loco',
    url: 'loco-rs/loco/tests/controller/into_response.rs@319b23f2e1cdb40ffae0193080925ddfaf818cc9',
    note: 'POST `{}` to a handler taking `Json<Data>` with a required `email`: axum rejects with 422 and Loco writes only a reason phrase (that of 400). The status decides the kind; the text is a reason phrase, so the default.',
    response: { status: 422, headers: { 'Content-Type': 'application/json' }, body: { error: 'Bad Request' } },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'loco/custom-error-413',
    source: 'Loco',
    url: 'loco-rs/loco/tests/controller/into_response.rs@319b23f2e1cdb40ffae0193080925ddfaf818cc9',
    note: '`Error::CustomError(PAYLOAD_TOO_LARGE, ErrorDetail { … })`. Both texts are the status and its reason phrase: the default.',
    response: {
      status: 413,
      headers: { 'Content-Type': 'application/json' },
      body: { error: 'Payload Too Large', description: '413 Payload Too Large' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'loco/validator-errors-400',
    source: 'Loco',
    url: 'loco-rs/loco/tests/controller/validation_extractor.rs@32e0f8f92f04c29cc78ec8a4a5b749903e8231c8',
    note: '`JsonValidateWithMessage` with `{"name": "test", "email": "invalid"}`: the `validator` crate\'s errors, keyed by field, each a list of `{code, message, params}`. `errors` is a container (rule 3): its keys are the fields. The email error has no message, only its code, so its message is made from the code as rule 3 does for items without one. No sentence beyond the fields: the default.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: {
        errors: {
          email: [{ code: 'email', message: null, params: { value: 'invalid' } }],
          name: [{ code: 'length', message: 'message_str', params: { min: 5, value: 'test' } }],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['name', 'message_str'],
        ['email', 'email'],
      ],
    },
  },

  // ───────────────────────────── Grape (Ruby) ─────────────────────────────
  {
    id: 'grape/required-params-missing-400',
    source: 'Grape',
    url: 'ruby-grape/grape/spec/grape/validations/validators/presence_validator_spec.rb@277fe3e927f6f5174b4c0054fb20333facc31f52',
    note: '`requires :name, :company` and GET / with neither (`format :json`). Grape joins its validation messages into one string under `error`: one string is not a list and names no field member, so bad-request and no field error.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { error: 'name is missing, company is missing' },
    },
    expect: { kind: 'bad-request', message: 'name is missing, company is missing' },
  },
  {
    id: 'grape/nested-params-missing-400',
    source: 'Grape',
    url: 'ruby-grape/grape/spec/grape/validations/validators/presence_validator_spec.rb@277fe3e927f6f5174b4c0054fb20333facc31f52',
    note: "Triply nested `requires` and a request with only `admin[super][user][first_name]`: the test's exact body. Bracketed names only inside the text.",
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { error: 'admin[admin_name] is missing, admin[super][user][last_name] is missing' },
    },
    expect: { kind: 'bad-request', message: 'admin[admin_name] is missing' },
  },

  // ───────────────────────────── Connexion (Python, OpenAPI-first) ─────────────────────────────
  {
    id: 'connexion/internal-server-error-500',
    source: 'Connexion',
    url: 'spec-first/connexion/tests/api/test_errors.py@03d806786fbc576682b976960ba6e26710576db6',
    note: 'GET /v1.0/except: the test checks the content type and every member (type, title, detail, status; no instance). The detail is a sentence in a JSON problem, written for the person.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        type: 'about:blank',
        title: 'Internal Server Error',
        detail:
          'The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.',
        status: 500,
      },
    },
    expect: { kind: 'server', message: 'unable to complete your request' },
  },
  {
    id: 'connexion/problem-402-with-instance',
    source: 'Connexion',
    url: 'spec-first/connexion/tests/api/test_errors.py@03d806786fbc576682b976960ba6e26710576db6',
    note: 'GET /v1.0/problem: a handler returns `problem(402, "Some Error", "Something went wrong somewhere", instance="instance1", type=…, headers={"x-Test-Header": "In Test"})`; the test checks each member. 402 is "any other 4xx": bad-request. "Something went wrong somewhere" is the generic "Something went wrong" (rule 2.1) and the title is type-level, so the default. `instance` is a token, not a path or URI: the support id (rule 5). The `type` URI is the only code (rule 6).',
    response: {
      status: 402,
      headers: { 'Content-Type': 'application/problem+json', 'x-Test-Header': 'In Test' },
      body: {
        type: 'http://www.example.com/error',
        title: 'Some Error',
        detail: 'Something went wrong somewhere',
        status: 402,
        instance: 'instance1',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: 'instance1', code: 'http://www.example.com/error' },
  },

  // ───────────────────────────── aiohttp (Python) ─────────────────────────────
  {
    id: 'aiohttp/request-entity-too-large-413',
    source: 'aiohttp',
    url: 'aio-libs/aiohttp/tests/test_web_exceptions.py@0082a554c640986faa23bde881bec21896019f88',
    note: '`web.HTTPRequestEntityTooLarge(max_size=100, actual_size=123, reason="Too large")`: the test checks the text and `Content-Type: text/plain`. A sentence in plain text on a 4xx is the message (rule 2.6).',
    response: {
      status: 413,
      headers: { 'Content-Type': 'text/plain' },
      body: 'Maximum request body size 100 exceeded, actual body size 123',
    },
    expect: { kind: 'bad-request', message: 'Maximum request body size 100 exceeded' },
  },
  {
    id: 'aiohttp/not-found-with-text-404',
    source: 'aiohttp',
    url: 'aio-libs/aiohttp/tests/test_web_exceptions.py@0082a554c640986faa23bde881bec21896019f88',
    note: '`web.HTTPNotFound(text="Page not found")`: status, text and `Content-Type: text/plain` as the test checks. "Page not found" is a sentence, not the reason phrase "Not Found".',
    response: { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Page not found' },
    expect: { kind: 'not-found', message: 'Page not found' },
  },

  // ───────────────────────────── h3 (Nitro / Nuxt server) ─────────────────────────────
  {
    id: 'h3/runtime-error-with-data-400',
    source: 'h3',
    url: 'unjs/h3/test/error.test.ts@0c75e012d529fe496d71133133605f9649f05791',
    note: '`createError({ statusCode: 400, statusMessage: "Bad Request", data: { message: "Invalid Input" } })`: the test checks the JSON content type and these members with `toMatchObject`; members it does not check are left out. "Invalid Input" is a generic summary (rule 2.1) and the status message the reason phrase: the default.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { statusCode: 400, statusMessage: 'Bad Request', data: { message: 'Invalid Input' } },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Pyramid / WebOb ─────────────────────────────
  {
    id: 'webob/validation-failed-json-422',
    source: 'Pyramid / WebOb',
    url: 'Pylons/webob/tests/test_exc.py@048948833f8eb329919fe599206ab57910d77f02',
    note: 'A `WSGIHTTPException` subclass (code 422, title "Validation Failed") raised with `detail=\'Attribute "xyz" is invalid.\'`, asked for with `Accept: application/json`: the test checks `Content-Type: application/json` and the body whole. WebOb\'s JSON formatter joins explanation and detail with `<br /><br />`. The title is a generic summary; the message member carries the occurrence\'s sentence, which the rules leave for the person even with the line-break tags inside it (the person reads \'Attribute "xyz" is invalid.\'); no field member.',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: {
        code: '422 Validation Failed',
        title: 'Validation Failed',
        message: 'Validation of an attribute failed.<br /><br />\nAttribute "xyz" is invalid.\n\n',
      },
    },
    expect: { kind: 'validation', message: 'Attribute "xyz" is invalid' },
  },
  {
    id: 'webob/internal-server-error-html-500',
    source: 'Pyramid / WebOb',
    url: 'Pylons/webob/tests/test_exc.py@048948833f8eb329919fe599206ab57910d77f02',
    note: 'A bare `WSGIHTTPException` answered with `Accept: text/html`: the test checks `Content-Type: text/html; charset=UTF-8` and the page whole. An HTML page gives no message (rule 2.5).',
    response: {
      status: 500,
      headers: { 'Content-Type': 'text/html; charset=UTF-8' },
      body: '<html>\n <head>\n  <title>500 Internal Server Error</title>\n </head>\n <body>\n  <h1>500 Internal Server Error</h1>\n  <br /><br />\n\n\n\n </body>\n</html>',
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Ash JSON:API (Elixir) ─────────────────────────────
  {
    id: 'ash-json-api/invalid-filter-400',
    source: 'Ash JSON:API',
    url: 'ash-project/ash_json_api/test/acceptance/error_validation_test.exs@19a5f09a1dec0d5d1f79cb2c46c650f58d651722',
    note: "GET /posts/with_filter_sort?filter[]=invalid: the test finds the `invalid_filter` item and checks its code, title, detail, `source.parameter` and status; members it does not check (the item's generated `id`) are left out. Content-Type is JSON:API's. `source.parameter` names the input: a field error. `invalid_filter` says an input's value is invalid (rule 1) and is the item's code (rule 6); no sentence beyond the field's: the default.",
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/vnd.api+json' },
      body: {
        errors: [
          {
            code: 'invalid_filter',
            title: 'InvalidFilter',
            detail: 'Invalid filter',
            source: { parameter: 'filter' },
            status: '400',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['filter', 'Invalid filter']],
      code: 'invalid_filter',
    },
  },

  // ───────────────────────────── Sinatra (Ruby) ─────────────────────────────
  {
    id: 'sinatra/not-found-html-404',
    source: 'Sinatra',
    url: 'sinatra/sinatra/test/routing_test.rb@039675f4b41176f56bcd167715714c95f338b050',
    note: "An `error Sinatra::NotFound` handler that sets `text/html` and returns Sinatra's own not-found markup; the test checks status, content type and body. Markup is never the message.",
    response: {
      status: 404,
      headers: { 'Content-Type': 'text/html;charset=utf-8' },
      body: '<h1>Not Found</h1>',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Koa (Node) ─────────────────────────────
  {
    id: 'koa/exposed-error-403',
    source: 'Koa',
    url: 'koajs/koa/__tests__/application/respond.test.js@0b457c402ccd68e725e26822037b0f71c4381225',
    note: 'A middleware throws an error with `status = 403` and `expose = true`: Koa sends its message as the body (`.expect(403, "sorry!")`). Content-Type as Koa\'s error handler sends text, checked in the same file\'s stream-error test. "sorry!" is a lone word, not a sentence (rule 2.1): the default.',
    response: { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'sorry!' },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'koa/unexposed-error-500',
    source: 'Koa',
    url: 'koajs/koa/__tests__/application/respond.test.js@0b457c402ccd68e725e26822037b0f71c4381225',
    note: 'A middleware throws `new Error("boom!")`: Koa hides the message and sends the reason phrase (`.expect(500, "Internal Server Error")`). Content-Type as in the note above.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: 'Internal Server Error',
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Kemal (Crystal) ─────────────────────────────
  {
    id: 'kemal/route-not-found-404',
    source: 'Kemal',
    url: 'kemalcr/kemal/spec/exception_handler_spec.cr@1caf9d42b370b2a58c047c7ee3bfc807eacd0cfb',
    note: 'An unmatched route through the full handler chain without a custom `error 404`: the test checks status, `Content-Type: text/plain` and the body, the reason phrase.',
    response: { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not Found' },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'kemal/payload-too-large-413',
    source: 'Kemal',
    url: 'kemalcr/kemal/spec/exception_handler_spec.cr@1caf9d42b370b2a58c047c7ee3bfc807eacd0cfb',
    note: '`raise Kemal::Exceptions::PayloadTooLarge.new` without a custom handler: status, `Content-Type: text/plain` and body as the test checks.',
    response: { status: 413, headers: { 'Content-Type': 'text/plain' }, body: 'Payload Too Large' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Shelf (Dart, shelf_router) ─────────────────────────────
  {
    id: 'shelf-router/route-not-found-404',
    source: 'Shelf',
    url: 'dart-lang/shelf/pkgs/shelf_router/test/router_test.dart@084d7222f2c2f457d664891fc0ca70afb8ead9de',
    note: 'A `Router` with no matching route answers `Router.routeNotFound`: the test checks the 404 ("404: Not Found." in the client\'s exception) and that its body reads "Route not found". The content type is not shown, so no header is given. A short sentence in a text body on a 4xx is the message.',
    response: { status: 404, body: 'Route not found' },
    expect: { kind: 'not-found', message: 'Route not found' },
  },
] satisfies ConformanceCase[];
