import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-first unseen-API holdout, part FN (19 February 2027): GraphQL servers the corpus has not met, read from their
// own tests and docs that assert or print a whole error response (errors, extensions, HTTP status): express-graphql
// (the GraphQL Foundation's Express middleware), lacinia-pedestal (the Pedestal HTTP layer of Walmart's Clojure
// GraphQL engine Lacinia), Netflix DGS (the Spring Boot GraphQL framework), Caliban (the Scala GraphQL library, its
// Tapir adapter) and the Apollo Router (the Rust GraphQL router; Apollo Server, a separate Node product, is already a
// source). They were collected to measure how the reader does at first sight on servers it was never tuned on. Every
// body was copied from the public material named in `url`, with its commit where the index gave one:
// express-graphql's HTTP test (`expect(response.status).to.equal(…)` and `expect(JSON.parse(response.text)).to.deep
// .equal({…})`, which check the status and the whole body; the 405's `Allow` header is checked too), lacinia-pedestal's
// three HTTP tests (`(= {:body … :status …} (select-keys response [:status :body]))`, the whole decoded body and the
// status; Clojure maps written as the JSON they were decoded from, text bodies as the text), DGS's REST controller test
// (`result.statusCode` and `result.body`, a text body) and its error-handling guide (a whole printed response, no
// status: 200 given, a judgment call each note names), Caliban's Tapir adapter test (the status and the whole text
// body of an interceptor's refusal) and the Apollo Router's changelog entry for PR #3122, which prints the status and
// the whole body before and after the change. No header was added: only the one a test checks (express-graphql's
// `Allow`) is given. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: graphql-http (its server tests check only the status; its handler tests check bodies without
// a status), GraphQL Helix (its integration test checks only `errors[0].message` beside the status, and the suite is
// skipped), Tartiflette (tartiflette-aiohttp's tests check a handler's return value with no HTTP status, and its
// functional request tests are empty), graphql-kotlin (its Spring server tests check only statuses or one JSON path),
// PostGraphile (its HTTP handler tests were not in the index; a captured `HTTP 400 {"errors":[{"message":"Must provide
// a query string."}]}` from a PostGraphile-backed product turned up in a notes file the index would not name, so it
// could not be cited) and DGS's own exception-handler tests (execution results, no HTTP). Test authors' own texts were
// kept only where the body's shape is the server's and the case says so (express-graphql's "Throws!", Lacinia's "Forced
// error." and "resolver exception", Caliban's "You are unauthorized!"); express-graphql's custom-formatter, custom
// validate, parse and execute texts ("I did something wrong", "custom error 0", "AlwaysInvalidRule was really
// invalid!", "my custom parse error") were dropped as the tests' own. Skipped as already sources: Mercurius, GraphQL
// Yoga, Apollo Server, Absinthe, Strawberry, Graphene-Django, Ariadne, async-graphql, gqlgen, graphql-java, Hot
// Chocolate, GraphQL.NET Server, Hasura, Lighthouse, Tailcall and WunderGraph Cosmo Router. Not reached within the
// cap: Sangria, Pothos, Juniper (an earlier part found its HTTP tests check only statuses), graphql-ruby, graphql-php,
// koa-graphql and Spring for GraphQL. Text bodies: two from lacinia-pedestal, one each from DGS and Caliban; no XML,
// no HTML.
//
// The part holds 24 cases from 5 sources, within the brief's aim of 15–30 from at least 5; all 34 look-ups of the cap
// were spent, many on servers whose tests check a status and one member, not the body.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-19-fn`, on ea5193d, src/ unchanged: in the frozen copy /tmp/base91; `--check` first found
// every case valid): 8/24 pass, 5 sources (kind 22/24, message 8/24, fields 23/24, retry 24/24, logId 0/0, code 2/2).
// Failing at first sight, all but two on the message alone:
// express-graphql/missing-operation-name-500 (kept graphql-js's "Must provide operation name if query contains
// multiple operations."; the case reads text about the query document as developer text, rule 2.3: a judgment call);
// express-graphql/missing-query-400 and lacinia-pedestal/missing-query-400 and pedestal2-missing-query-400-text (kept
// "Must provide query string.", "Query parameter 'query' is missing or blank." and "JSON 'query' key is missing or
// blank"; the cases read a GraphQL request without its document as developer text, rule 2.3 and the eighty-eighth
// holdout's row, and the last two as naming only the key, rule 2.1); express-graphql/invalid-json-body-400 and
// variables-invalid-json-400 (kept "POST body sent invalid JSON." and "Variables are invalid JSON."; rule 2.3: a body
// the server could not parse, a failure to parse something as JSON); express-graphql/unsupported-charset-415,
// lacinia-pedestal/content-type-400 and pedestal2-must-be-json-400-text (kept 'Unsupported charset "ASCII".', "Request
// content type must be application/graphql or application/json." and "Must be application/json"; the cases read a
// server's refusal of the body's media type or charset as the eighty-ninth holdout's "POST only accepts a JSON body.",
// rule 2.3, the charset a judgment call); express-graphql/request-entity-too-large-413 (kept "Invalid body: request
// entity too large."; the case reads a generic headline before the 413's old reason phrase, rule 2.1: a judgment
// call); lacinia-pedestal/status-set-by-error-420 (read the GraphQL `data` as a map of fields, `echo.value`
// "Baked.", and so a validation failure, and kept "Forced error."; the case reads `data` as the response's payload,
// rule 3, so no field and bad-request, rule 1, and "Forced error." as generic, rule 2.1: the message a judgment call);
// lacinia-pedestal/resolver-exception-500 (kept "Resolver exception"; the case reads it as generic, a judgment call);
// netflix-dgs/custom-internal-error-docs (unknown, kept "This custom thing went wrong!"; the case reads DGS's
// `errorType: "INTERNAL"` as a code that outranks the 200 and names a server failure, rule 1, and the line as
// "Something went wrong" in other words, rule 2.1: both judgment calls, and the 200 itself one);
// caliban/interceptor-unauthorized-401-text (kept "You are unauthorized!"; the case reads the 401's phrase in other
// words, rule 2.1: a judgment call); apollo-router/introspection-error-400 and introspection-error-before-500 (kept the
// engine's "introspection error : Field "__schema" … must have a selection of subfields …", with "value retrieval
// failed: …" before it on the 500; the cases read GraphQL query-validation text as developer text, rule 2.3; both
// codes were read). Every other case passed as written, including the judgment calls on express-graphql's two
// validation lines on a 400 (bad-request), its GET-mutation and unsupported-method sentences (kept) and DGS's
// subscription line (kept).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── express-graphql ─────────────────────────────
  {
    id: 'express-graphql/validation-errors-400',
    source: 'express-graphql',
    url: 'graphql/express-graphql/src/__tests__/http-test.ts@92c2342d765e439458ac6e7f6dd31d33d69ad4b0',
    note: '"reports validation errors": GET /graphql?query={ test, unknownOne, unknownTwo }; the test checks 400 and the whole body. No header checked, none given. Kind: a 400 with no code and no field-bound error; the two lines are graphql-js query-validation text about the query document, which is the developer\'s, not a list of messages about a person\'s input (rule 1: `GRAPHQL_VALIDATION_FAILED` is a bad request; Graphene-Django\'s and Mercurius\'s cases read such bodies so): bad-request. Judgment call: rule 1 makes a 400 listing several messages about the input a validation failure, and a reader could count these two. Message: `Cannot query field "x" on type "Query"` is developer text (rule 2.3): the default. `locations` point into the query, never a field (rule 3).',
    response: {
      status: 400,
      body: {
        errors: [
          { message: 'Cannot query field "unknownOne" on type "QueryRoot".', locations: [{ line: 1, column: 9 }] },
          { message: 'Cannot query field "unknownTwo" on type "QueryRoot".', locations: [{ line: 1, column: 21 }] },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'express-graphql/missing-operation-name-500',
    source: 'express-graphql',
    url: 'graphql/express-graphql/src/__tests__/http-test.ts@92c2342d765e439458ac6e7f6dd31d33d69ad4b0',
    note: '"errors when missing operation name": a document with a query and a mutation and no `operationName`; the test checks 500 and the whole body. Kind: 500, server (rule 1). Message: graphql-js\'s "Must provide operation name if query contains multiple operations." speaks of the query document the developer sent, as its query-validation text does (rule 2.3): the default. Judgment call: the line names no engine internals, and a reader could keep it as a sentence.',
    response: {
      status: 500,
      body: { errors: [{ message: 'Must provide operation name if query contains multiple operations.' }] },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'express-graphql/mutation-via-get-405',
    source: 'express-graphql',
    url: 'graphql/express-graphql/src/__tests__/http-test.ts@92c2342d765e439458ac6e7f6dd31d33d69ad4b0',
    note: '"errors when sending a mutation via GET" (and "errors when selecting a mutation within a GET", the same body): the test checks 405 and the whole body. Kind: 405, bad-request (rule 1). Message: a lone error\'s sentence, kept as Graphene-Django\'s identical line is kept in an earlier part. Judgment call: it speaks of the HTTP method, which only the developer chose, and a reader could read it as developer text.',
    response: {
      status: 405,
      body: { errors: [{ message: 'Can only perform a mutation operation from a POST request.' }] },
    },
    expect: { kind: 'bad-request', message: 'Can only perform a mutation operation from a POST request' },
  },
  {
    id: 'express-graphql/non-null-field-error-500',
    source: 'express-graphql',
    url: 'graphql/express-graphql/src/__tests__/http-test.ts@92c2342d765e439458ac6e7f6dd31d33d69ad4b0',
    note: '"handles query errors from non-null top field errors": a non-null field whose resolver throws `new Error(\'Throws!\')` (the test\'s text; the shape, `data: null` with a 500, is express-graphql\'s); the test checks 500 and the whole body. Kind: 500, server (rule 1). Message: "Throws!" is a lone word (rule 2.1): the default. `path` points into the response (rule 3).',
    response: {
      status: 500,
      body: { data: null, errors: [{ message: 'Throws!', locations: [{ line: 1, column: 3 }], path: ['test'] }] },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'express-graphql/syntax-error-400',
    source: 'express-graphql',
    url: 'graphql/express-graphql/src/__tests__/http-test.ts@92c2342d765e439458ac6e7f6dd31d33d69ad4b0',
    note: '"handles syntax errors caught by GraphQL": GET with `query=syntax_error`; the test checks 400 and the whole body. Kind: 400, no code, no fields: bad-request (rule 1). Message: the GraphQL parser\'s report (rule 2.3): the default.',
    response: {
      status: 400,
      body: {
        errors: [{ message: 'Syntax Error: Unexpected Name "syntax_error".', locations: [{ line: 1, column: 1 }] }],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'express-graphql/missing-query-400',
    source: 'express-graphql',
    url: 'graphql/express-graphql/src/__tests__/http-test.ts@92c2342d765e439458ac6e7f6dd31d33d69ad4b0',
    note: '"handles errors caused by a lack of query" (and "handles plain POST text" and the two unknown pre-parsed POST bodies, the same body): the test checks 400 and the whole body. Kind: bad-request (rule 1). Message: a GraphQL request without its document is developer text (rule 2.3, the eighty-eighth holdout\'s row: "GraphQL query is missing.", Absinthe\'s "No query document supplied"): the default. An earlier part kept Graphene-Django\'s identical line, written before that row.',
    response: { status: 400, body: { errors: [{ message: 'Must provide query string.' }] } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'express-graphql/invalid-json-body-400',
    source: 'express-graphql',
    url: 'graphql/express-graphql/src/__tests__/http-test.ts@92c2342d765e439458ac6e7f6dd31d33d69ad4b0',
    note: '"handles invalid JSON bodies" (a POST of `[]`) and "handles incomplete JSON bodies" (`{"query":`): both check 400 and this whole body. Kind: bad-request (rule 1). Message: a body the server could not parse (rule 2.3): the default.',
    response: { status: 400, body: { errors: [{ message: 'POST body sent invalid JSON.' }] } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'express-graphql/unsupported-charset-415',
    source: 'express-graphql',
    url: 'graphql/express-graphql/src/__tests__/http-test.ts@92c2342d765e439458ac6e7f6dd31d33d69ad4b0',
    note: '"handles unsupported charset": a POST with `Content-Type: application/graphql; charset=ascii`; the test checks 415 and the whole body ("handles unsupported utf charset" gives `UTF-53`, "handles unknown encoding" `Unsupported content-encoding "garbage".`). Kind: 415, bad-request (rule 1). Message: the charset the client declared for the request body is the developer\'s to fix, as a body the server takes only as JSON is (rule 2.3, the eighty-ninth holdout\'s row: "POST only accepts a JSON body."): the default. Judgment call: no rule names a charset, and a reader could keep the line as a sentence.',
    response: { status: 415, body: { errors: [{ message: 'Unsupported charset "ASCII".' }] } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'express-graphql/request-entity-too-large-413',
    source: 'express-graphql',
    url: 'graphql/express-graphql/src/__tests__/http-test.ts@92c2342d765e439458ac6e7f6dd31d33d69ad4b0',
    note: '"handles invalid body": a POST of a query over 400 KB; the test checks 413 and the whole body. Kind: 413, bad-request (rule 1). Message: a generic headline ("Invalid body") before the 413\'s reason phrase as HTTP/1.1 first named it ("Request Entity Too Large"), which only restates the status (rule 2.1): the default. Judgment call: a reader could keep the line as saying what was wrong with the request.',
    response: { status: 413, body: { errors: [{ message: 'Invalid body: request entity too large.' }] } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'express-graphql/variables-invalid-json-400',
    source: 'express-graphql',
    url: 'graphql/express-graphql/src/__tests__/http-test.ts@92c2342d765e439458ac6e7f6dd31d33d69ad4b0',
    note: '"handles poorly formed variables": GET with `variables=who:You`; the test checks 400 and the whole body ("allows disabling prettifying poorly formed requests" checks the same body as text). Kind: bad-request (rule 1). Message: a failure to parse something as JSON (rule 2.3): the default.',
    response: { status: 400, body: { errors: [{ message: 'Variables are invalid JSON.' }] } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'express-graphql/invalid-variable-value-500',
    source: 'express-graphql',
    url: 'graphql/express-graphql/src/__tests__/http-test.ts@92c2342d765e439458ac6e7f6dd31d33d69ad4b0',
    note: '"handles invalid variables": `variables: { who: ["John", "Jane"] }` for a `String` variable; the test checks 500 and the whole body. Kind: 500, server (rule 1): express-graphql answers a coercion failure with 500. Message: graphql-js\'s variable coercion report, which quotes the value and the type\'s internals (rule 2.3: GraphQL query-validation text; the eighty-ninth holdout\'s row: graphql-js\'s required argument): the default. `locations` name no field (rule 3).',
    response: {
      status: 500,
      body: {
        errors: [
          {
            locations: [{ column: 16, line: 1 }],
            message:
              'Variable "$who" got invalid value ["John", "Jane"]; String cannot represent a non string value: ["John", "Jane"]',
          },
        ],
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'express-graphql/unsupported-method-405',
    source: 'express-graphql',
    url: 'graphql/express-graphql/src/__tests__/http-test.ts@92c2342d765e439458ac6e7f6dd31d33d69ad4b0',
    note: '"handles unsupported HTTP methods": a PUT; the test checks 405, `response.get(\'allow\')` equal to "GET, POST" and the whole body. Kind: 405, bad-request (rule 1). Message: a sentence that says which methods the endpoint takes, kept as the GET-mutation line above is. Judgment call: only the developer chose the method, and a reader could read it as developer text.',
    response: {
      status: 405,
      headers: { Allow: 'GET, POST' },
      body: { errors: [{ message: 'GraphQL only supports GET and POST requests.' }] },
    },
    expect: { kind: 'bad-request', message: 'GraphQL only supports GET and POST requests' },
  },

  // ───────────────────────────── lacinia-pedestal ─────────────────────────────
  {
    id: 'lacinia-pedestal/content-type-400',
    source: 'lacinia-pedestal',
    url: 'walmartlabs/lacinia-pedestal/test/com/walmartlabs/lacinia/pedestal_test.clj@12b8e515a47d115d6730a4860e5432e375ff261d',
    note: '`includes-content-type-check-on-post`: a JSON POST sent as `text/plain`; the test checks `{:body {:errors [{:message …}]} :status 400}` against the decoded response. Written as JSON. Kind: bad-request (rule 1). Message: a server that takes the body only in some media types (rule 2.3, the eighty-ninth holdout\'s row: "POST only accepts a JSON body."): the default.',
    response: {
      status: 400,
      body: { errors: [{ message: 'Request content type must be application/graphql or application/json.' }] },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'lacinia-pedestal/missing-query-400',
    source: 'lacinia-pedestal',
    url: 'walmartlabs/lacinia-pedestal/test/com/walmartlabs/lacinia/pedestal_test.clj@12b8e515a47d115d6730a4860e5432e375ff261d',
    note: "`missing-query`: a GET with no `query` parameter; the test checks the status and the whole decoded body. Kind: bad-request (rule 1). Message: a GraphQL request without its document (rule 2.3, the eighty-eighth holdout's row), naming only the parameter by its key (rule 2.1): the default.",
    response: { status: 400, body: { errors: [{ message: "Query parameter 'query' is missing or blank." }] } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'lacinia-pedestal/empty-body-400',
    source: 'lacinia-pedestal',
    url: 'walmartlabs/lacinia-pedestal/test/com/walmartlabs/lacinia/pedestal_test.clj@12b8e515a47d115d6730a4860e5432e375ff261d',
    note: '`empty-body`: a POST of `application/json` with no body; the test checks the status and the whole decoded body. Kind: bad-request (rule 1). Message: a request without a body (rule 2.3: ASP.NET Core\'s "A non-empty request body is required."): the default.',
    response: { status: 400, body: { errors: [{ message: 'Request body is empty.' }] } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'lacinia-pedestal/status-set-by-error-420',
    source: 'lacinia-pedestal',
    url: 'walmartlabs/lacinia-pedestal/test/com/walmartlabs/lacinia/pedestal_test.clj@12b8e515a47d115d6730a4860e5432e375ff261d',
    note: '`status-set-by-error`: the test schema\'s `echo` field, given `error: 420`, returns its value with an error whose `:status` sets the HTTP status (lacinia-pedestal\'s own mechanism; "Forced error." is the test schema\'s text); the test checks 420 and the whole decoded body, keywords written as JSON keys (`:query-path` as "query-path"). Kind: 420 is a 4xx HTTP does not name, and nothing else here names a kind: bad-request (rule 1). Fields: `arguments` holds the field\'s arguments as sent, not messages, and `query-path` points into the response (rule 3): none. Judgment call: `arguments` is a map of strings, and a reader could take it for a map of fields. Message: "Forced error." says only that an error happened (rule 2.1, as "Operation failed."): the default. Judgment call: a reader could keep a two-word sentence.',
    response: {
      status: 420,
      body: {
        data: { echo: { value: 'Baked.' } },
        errors: [
          {
            arguments: { error: '420', value: 'Baked.' },
            locations: [{ column: 0, line: 1 }],
            message: 'Forced error.',
            'query-path': ['echo'],
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'lacinia-pedestal/resolver-exception-500',
    source: 'lacinia-pedestal',
    url: 'walmartlabs/lacinia-pedestal/test/com/walmartlabs/lacinia/pedestal_error_test.clj@667c4b8f701c9ed957903b501368ef86ac209db5',
    note: '`can-return-failure-response`: `{ fail }`, whose resolver throws (the test schema\'s), answered by lacinia-pedestal\'s error-response interceptor; the test checks `{:body {:errors [{:message "resolver exception"}]} :status 500}`. Kind: 500, server (rule 1). Message: "resolver exception" only says an exception was thrown, in small letters (rule 2.1, generic; rule 2.3, an exception named): the default. Judgment call: the text is the test fixture\'s exception message, which the interceptor passes through.',
    response: { status: 500, body: { errors: [{ message: 'resolver exception' }] } },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'lacinia-pedestal/pedestal2-missing-query-400-text',
    source: 'lacinia-pedestal',
    url: 'walmartlabs/lacinia-pedestal/test/com/walmartlabs/lacinia/pedestal2_test.clj@17ce39ea811f7dabd9f06a207cddd76226fa9b49',
    note: "The pedestal2 namespace's `missing-query`: a JSON POST with `query: null`; the test parses the body as JSON and falls back to the text, and checks `{:body \"JSON 'query' key is missing or blank\" :status 400}`: a text body. No header checked. Kind: bad-request (rule 1). Message: plain text on a 4xx is read as a sentence (rule 2.6), but a GraphQL request without its document, naming only the key, is developer text (rule 2.3, the eighty-eighth holdout's row; rule 2.1): the default.",
    response: { status: 400, body: "JSON 'query' key is missing or blank" },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'lacinia-pedestal/pedestal2-must-be-json-400-text',
    source: 'lacinia-pedestal',
    url: 'walmartlabs/lacinia-pedestal/test/com/walmartlabs/lacinia/pedestal2_test.clj@17ce39ea811f7dabd9f06a207cddd76226fa9b49',
    note: 'The pedestal2 namespace\'s `must-be-json`: a POST of `text/plain`; the test checks `{:body "Must be application/json" :status 400}`: a text body. No header checked. Kind: bad-request (rule 1). Message: a server that takes the body only as JSON (rule 2.3, the eighty-ninth holdout\'s row): the default.',
    response: { status: 400, body: 'Must be application/json' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Netflix DGS ─────────────────────────────
  {
    id: 'netflix-dgs/subscription-on-graphql-endpoint-400-text',
    source: 'Netflix DGS',
    url: 'Netflix/dgs-framework/graphql-dgs-spring-webmvc/src/test/kotlin/com/netflix/graphql/dgs/mvc/DgsRestControllerTest.kt@a874b3f032c8e0366628b40414b895a9ccae0f4b',
    note: '"Return an error when a Subscription is attempted on the Graphql Endpoint": `DgsRestController.graphql(…)` for `subscription { stocks { name } }`; the test checks `HttpStatus.BAD_REQUEST` and the whole body, a string. No header checked, none given. Kind: 400, no code: bad-request (rule 1). Message: a sentence sent as text on a 4xx (rule 2.6), naming no engine internals: kept. Judgment call: it sends the developer to another endpoint, and a reader could read it as developer text.',
    response: { status: 400, body: 'Trying to execute subscription on /graphql. Use /subscriptions instead!' },
    expect: { kind: 'bad-request', message: 'Trying to execute subscription on /graphql' },
  },
  {
    id: 'netflix-dgs/custom-internal-error-docs',
    source: 'Netflix DGS',
    url: 'Netflix/dgs/docs/error-handling.md@261f828fda0cea6addcfe6ddfdaf7f3b4e2db96a',
    note: 'The error-handling guide\'s custom `DataFetcherExceptionHandler` (`TypedGraphQLError.newInternalErrorBuilder()` with a `debugInfo`): "Querying the `hello` field results in the following response." The guide prints no status; 200 is given, the status DGS answers an executed operation with (a judgment call: the body is printed whole, the status is not). Kind: `extensions.errorType: "INTERNAL"` is DGS\'s typed error code, whose table gives "500 Internal Server Error" as its HTTP analog; a GraphQL code sits in `extensions` (rule 1 names `classification` and `errorClass`), outranks any 2xx, and an internal error is the server\'s (rule 1: a GraphQL `INTERNAL_SERVER_ERROR`): server. Judgment call: no rule names `errorType` or a bare `INTERNAL`, and a reader could give unknown. Message: "This custom thing went wrong!" only says something went wrong (rule 2.1: "Something went wrong"): the default; a judgment call. `debugInfo` is for the developer (rule 7). Code: not stated (rule 6 does not name `errorType`).',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'This custom thing went wrong!',
            locations: [],
            path: ['hello'],
            extensions: { errorType: 'INTERNAL', debugInfo: { somefield: 'somevalue' } },
          },
        ],
        data: { hello: null },
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Caliban ─────────────────────────────
  {
    id: 'caliban/interceptor-unauthorized-401-text',
    source: 'Caliban',
    url: 'ghostdogpr/caliban/interop/tapir/src/test/scala/caliban/interop/tapir/TapirAdapterSpec.scala@0026fb2fbd163c3143a74f18258feaef97cde44e',
    note: '"test interceptor failure": a request with `X-Invalid: 1`, which the test server\'s interceptor refuses through Caliban\'s Tapir adapter; the test checks `StatusCode.Unauthorized` and the whole body, "You are unauthorized!" (the test server\'s text). No header checked, none given. Kind: 401, unauthenticated (rule 1). Message: the 401\'s reason phrase in other words (rule 2.1: "Not Authorized" restates a 401): the default. Judgment call: "You are …" reads as a person\'s sentence, and the corpus reads such 401 lines both ways.',
    response: { status: 401, body: 'You are unauthorized!' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Apollo Router ─────────────────────────────
  {
    id: 'apollo-router/introspection-error-400',
    source: 'Apollo Router',
    url: 'https://github.com/apollographql/router/pull/3122',
    note: 'The router\'s changelog entry "GraphQL introspection errors are now 400 errors" (issue #3090, PR #3122) prints the client response after the change: "StatusCode:400" and this body (copied from the changelog, whose quotes are escaped; the changeset file prints them unescaped). No header shown, none given. Kind: a 400 whose code names no kind the table lists: bad-request (rule 1). Message: a GraphQL engine\'s report on the query\'s selection set (rule 2.3: GraphQL query-validation text): the default. Code: `extensions.code` (rule 6).',
    response: {
      status: 400,
      body: {
        errors: [
          {
            message:
              'introspection error : Field "__schema" of type "__Schema!" must have a selection of subfields. Did you mean "__schema { ... }"?',
            extensions: { code: 'INTROSPECTION_ERROR' },
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'INTROSPECTION_ERROR' },
  },
  {
    id: 'apollo-router/introspection-error-before-500',
    source: 'Apollo Router',
    url: 'https://github.com/apollographql/router/pull/3122',
    note: 'The same changelog entry prints the response before the change: "StatusCode:500" and this body. No header shown, none given. Kind: 500 with `INTERNAL_SERVER_ERROR`: server (rule 1). Message: "value retrieval failed: introspection error: …" chains the router\'s internal steps before the engine\'s report (rule 2.3): the default. Code: `extensions.code` (rule 6).',
    response: {
      status: 500,
      body: {
        errors: [
          {
            message:
              'value retrieval failed: introspection error: introspection error : Field "__schema" of type "__Schema!" must have a selection of subfields. Did you mean "__schema { ... }"?',
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      },
    },
    expect: { kind: 'server', message: DEFAULT, code: 'INTERNAL_SERVER_ERROR' },
  },
] satisfies ConformanceCase[];
