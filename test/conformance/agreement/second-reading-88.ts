import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 51 cases (every third case of the eighty-eighth holdout's parts EP, EQ, ER, ES, ET, EU and
// EV, in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a
// frozen copy of `test/conformance/README.md` (`.tmp/blind88/rules.md`, as it stood when these cases were first run,
// its rule rows read as amending the rules above them, later rows winning), an excerpt of `types.ts`
// (`.tmp/blind88/types-excerpt.ts`: `DEFAULT` and the case type), the `Reading` interface
// (`.tmp/blind88/reading-interface.ts`) and one finished second reading (the eighty-seventh's,
// `.tmp/blind88/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs, `now`s and responses
// (`.tmp/blind88/cases.json`; none was thrown; one sends a `Date` header, go-swagger's 501, whose `now` is that date,
// and every other `now` is 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to
// open the case files or anything else under `/work/main` but the files the brief names, nor to run the kit, any script
// or any test, nor to use search tools, nor to list folders. They opened only the files the brief names, by their full
// paths (the rules read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by
// its full path. Before reading the brief, in the same command that printed it, they listed the names in the brief's
// own folder (`.tmp/briefs`) and opened none of them; they listed no other folder. They marked 25 cases "hesitated"
// and named the other reading. Written once and not changed after.
export default [
  {
    id: 'reitit/unknown-exception-npe-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: `class` 'java.lang.NullPointerException' is a qualified exception class name, developer text, and `type` 'exception' is a lone word: no sentence, the default (rule 2.4). Rule 6: `type` 'exception' is a category that says only that an exception occurred, and the class name is developer text: no code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'exception', reitit's `type` being the member its exception handlers dispatch on).",
  },
  {
    id: 'reitit/schema-response-coercion-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'reitit.coercion/response-coercion',
    },
    why: "Rule 1: 500: server (no code turns a 5xx into a 4xx kind). Rule 3: a field error is a message bound to one input, and `in: ['response', 'body']` says the map under `errors` is about the server's own response (the `total` of the body it sent), no input; its line '(not (PositiveInt -6))' is a schema library's printout, developer text (rule 2.3): no field. Rule 2.4: no sentence: the default. Rule 6: `type` 'reitit.coercion/response-coercion' is reitit's documented error type, namespaced: the code. Rule 5: no id. Hesitated on fields (other reading: [['total', '(not (PositiveInt -6))']], a map of text under `errors` read by structure) and on code (other reading: none, `type` as a category; or its last segment 'response-coercion').",
  },
  {
    id: 'reitit/default-handler-not-acceptable-406-empty',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 406: bad-request. Rule 2.4: an empty body holds no sentence: the default. Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'wisp/method-not-allowed-405-allow-header',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 405: bad-request. Rule 2.4: no body: the default (the `allow` header lists methods, no sentence). Rule 4: no `Retry-After`: no retry. Rules 3, 5 and 6: no field, no id (`allow` is no request-id header), no code.',
  },
  {
    id: 'wisp/json-syntax-error-400-empty',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.4: no body: the default. Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'veb/content-length-mismatch-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.6 with rule 2.1: plain text 'Mismatch of body length and Content-Length header' reports the HTTP framing of the request, which the client's HTTP stack sent wrong, by a header's name (the protocol's, never a person's word: the row of 'User-Agent header is required'), nothing the person can change: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a plain-text sentence on a 4xx that says what is wrong, not only that a header is invalid).",
  },
  {
    id: 'http-zig/no-route-404-text',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: plain text 'Not Found' is the bare reason phrase: the default (rule 2.4). Rule 5: `Content-Length` is no id. Rules 3 and 6: no field, no code.",
  },
  {
    id: 'aqueduct/token-missing-username-invalid-request-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'invalid_request' },
    why: "Rule 1: OAuth's `error` 'invalid_request' on a 400: bad-request. Rule 2.1: a code is no sentence, and there is no `error_description`: the default (rule 2.4). Rule 6: OAuth's `error`: 'invalid_request'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'aqueduct/token-malformed-scope-invalid-scope-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'invalid_scope' },
    why: "Rule 1: OAuth's `error` 'invalid_scope' on a 400: bad-request. Rule 2.1: a code is no sentence, and there is no `error_description`: the default (rule 2.4). Rule 6: OAuth's `error`: 'invalid_scope'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'aqueduct/authorizer-insufficient-scope-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: 'insufficient_scope' },
    why: "Rule 1: a 403 with the permission code `insufficient_scope`: forbidden. Rule 2.1: a code is no sentence: the default (rule 2.4). Rule 3: `scope` 'user' names the scope the resource asks for (OAuth's data), no field. Rule 6: OAuth's `error`: 'insufficient_scope'. Rule 5: no id.",
  },
  {
    id: 'aqueduct/cannot-sort-by-unknown-key-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code (`error` holds text): bad-request. Rule 2.1: `error` `cannot sort by '[foobar,asc]'` names only the sort the query sent, as the query sends it, by the API's key (the eighty-fifth holdout's row: a value refused as the query sends it, 'output=foobar not supported'; gonic's unknown value for a parameter), in small letters: the default (rule 2.4). Rules 3, 5 and 6: no field (the key is named only in text), no id, no code. Hesitated on message (other reading: 'cannot sort by' kept, a line saying what the server cannot do with what the query asked for, as Solr's 'undefined field xxx' stays).",
  },
  {
    id: 'aqueduct/cannot-page-by-unknown-key-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code (`error` holds text): bad-request. Rule 2.1: `error` `cannot page by 'foobar'` names only the key the query sent to page by, as the query sends it (a value refused as the query sends it, the eighty-fifth holdout's row), in small letters: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: 'cannot page by' kept, as in the case before).",
  },
  {
    id: 'kitura/codable-service-unavailable-503-no-body',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 503: unavailable. Rule 2.4: an empty body: the default. Rule 4: no `Retry-After` and no hint: no retry. Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'graphql-dotnet-server/invalid-content-type-415',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'INVALID_CONTENT_TYPE' },
    why: "Rule 1: 415: bad-request; the code `INVALID_CONTENT_TYPE` says the request's encoding is invalid, a bad request too. Rule 2.1: the lone error's `message` names only a header as invalid (`Invalid 'Content-Type' header: …`) and the media types the server takes, written as the protocol writes them; a header's name is the protocol's, never a person's word (the row of 'User-Agent header is required'): the default (rule 2.4). Rule 6: GraphQL's `extensions.code`: 'INVALID_CONTENT_TYPE' (`codes` repeats it). Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a line that says what the value must be, as a rule about a value stays).",
  },
  {
    id: 'graphql-dotnet-server/syntax-error-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'SYNTAX_ERROR' },
    why: "Rule 1: a 400 whose GraphQL code `SYNTAX_ERROR` says the query does not parse (as `GRAPHQL_PARSE_FAILED`): bad-request. Rule 2.3: `Error parsing query: Expected …, found Name …` is a query parser's report, developer text: the default (rule 2.4). Rule 3: `locations` point into the query, no field. Rule 6: `extensions.code`: 'SYNTAX_ERROR'. Rule 5: no id.",
  },
  {
    id: 'graphql-dotnet-server/access-denied-schema-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'ACCESS_DENIED' },
    why: "Rule 1: 401: unauthenticated (a code never turns a 401 into anything else, `ACCESS_DENIED` included). Rule 2.1: 'Access denied for schema.' refuses access to the GraphQL schema, the whole API, which the person never asked for by name: the 403's phrase in other words ('Access forbidden', 'Access to resource forbidden') behind the developer's word for the API, saying no more than the status: the default (rule 2.4). Rule 6: `extensions.code`: 'ACCESS_DENIED'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'Access denied for schema' kept, as it names what was refused, as Traccar's 'Device access denied' is kept).",
  },
  {
    id: 'giraffe/accept-header-unexpected-mime-406-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 406: bad-request. Rule 2.1 (the row of 'User-Agent header is required'): plain text `Request rejected because 'Accept' header hasn't got expected MIME type` names only a header (`Accept`) as invalid, a header's name being the protocol's, and 'Request rejected because' adds only that the request failed: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a plain-text sentence on a 4xx, rule 2.6).",
  },
  {
    id: 'giraffe/content-length-too-large-406-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 406: bad-request (text never decides, so 'too large' makes no 413). Rule 2.1 (the row of 'User-Agent header is required'): plain text `Request rejected because 'Content-Length' header is too large` names only a header (`Content-Length`) as invalid, a header's name being the protocol's: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, as it tells the person that what they sent is too large).",
  },
  {
    id: 'aspnet-api-versioning/unsupported-api-version-inner-error-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'UnsupportedApiVersion' },
    why: "Rule 1: a 400 without field errors; `UnsupportedApiVersion` names the request as a whole (the API version it asked for), no input's value, credential or other code the kind table sorts: bad-request. Rule 2.1: `message` `The requested resource with API version '1' does not support HTTP method 'GET'.` is ASP.NET Web API's `The requested resource does not support http method 'PUT'.` (the eighty-second holdout's row: no more than the status) with the version put in: the default (rule 2.4). Rule 2.3: `innerError.message` ('No route providing a controller name … was found to match …') is routing internals, for the developer. Rule 6: `error.code`: 'UnsupportedApiVersion'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, as the API version it names says what is wrong with this request).",
  },
  {
    id: 'openiddict/invalid-grant-invalid-credentials-400',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid credentials',
      fields: [],
      logId: null,
      code: 'invalid_grant',
    },
    why: "Rule 1: OAuth's `invalid_grant` on a 400 is a credential code: unauthenticated. Rule 2.2: `error_description` beats `error`; 'Invalid credentials.' is a credential's line, which stays (rule 2.1): kept. Rule 6: OAuth's `error`: 'invalid_grant'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'flask-restx/maintenance-retry-after-503',
    expect: { kind: 'unavailable', message: 'some maintenance', fields: [], retry: 120, logId: null, code: null },
    why: "Rule 1: 503: unavailable. Rule 2.1: `message` 'some maintenance' is the app's own JSON (not a proxy's text, rule 2.6) and says the service is down for maintenance; a sentence that only says the service is unavailable stays (the sixty-eighth holdout's row): kept. Rule 4.1: `Retry-After: 120`: 120 seconds. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, two words in small letters that make no sentence).",
  },
  {
    id: 'flask-restplus/reqparse-missing-username-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['username', 'Missing Username']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a map of text under `errors`: `username` with 'Missing Username'. Rule 1: a 400 that carries field errors: validation. Rule 2.1: `message` 'Input payload validation failed' only says the input failed validation, a generic summary: with only a field message, the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'flask-pydantic/limit-int-parsing-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['limit', 'Input should be a valid integer']],
      logId: null,
      code: 'int_parsing',
    },
    why: "Rule 3: the list under `validation_error.query_params` holds pydantic items with `msg` and `loc`; `query_params` names the part of the request they came in, no segment (as webargs' `json`), and `loc: ['limit']` gives `limit` with 'Input should be a valid integer, unable to parse string as an integer'. Rule 1: a 400 with field errors: validation. Rule 2.4: only a field message: the default. Rule 6: the lone item's `type` 'int_parsing', pydantic's error type, is the only code (an item-level code over a category; the envelope's name `validation_error` is a member's name, no value). Rule 5: no id. Hesitated on code (other reading: none, an item's `type` being its field's, and no code member of the response's).",
  },
  {
    id: 'cornice/content-type-unsupported-415',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [['Content-Type', 'should be one of']],
      logId: null,
      code: null,
    },
    why: "Rule 3: the item names its field in `name` ('Content-Type'); `location` 'header' names the part of the request and is no segment, as FastAPI's leading `header` is dropped: `Content-Type` with 'Content-Type header should be one of […]'. Rule 1: 415: bad-request; field errors make a validation failure only of a 400 or a status HTTP does not name, or where their codes say an input is wrong, and this item has no code. Rule 2.4: only a field message: the default (the line names only a header, the default either way). Rule 6: `status` 'error' is a call's flag, no code. Rule 5: no id. Hesitated on fields (other reading: none, a header's name being the protocol's and no input a person fills).",
  },
  {
    id: 'blacksheep/missing-query-parameter-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: in plain text 'Bad Request: Missing query parameter `foo`' the leading reason phrase is dropped, and 'Missing query parameter `foo`' names only which input is missing, by the API's key written as code and called a parameter: the default (rule 2.4). Rules 3, 5 and 6: no field structure in text, no id, no code.",
  },
  {
    id: 'flask-jwt-extended/only-access-tokens-422',
    expect: {
      kind: 'validation',
      message: 'Only access tokens are allowed',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 422 without a code: validation (text never decides, so a token refused makes no credential kind without a credential code). Rule 2.1: `msg` (a message member by its shape) 'Only access tokens are allowed' is a credential's line that says which token is taken, no claim name and no token internals: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on kind (other reading: unauthenticated, a token refused, as Flask-JWT-Extended answers a wrong token with its 422) and on message (other reading: the default, a token's type being token internals).",
  },
  {
    id: 'flask-jwt-extended/invalid-header-padding-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 422 without a code: validation (text never decides). Rule 2.3: `msg` 'Invalid header padding' reports the base64 padding of the JWT's header segment, token internals (as 'The token was expected to have 3 parts' and 'Not enough segments' are), and names only a header besides: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'molten/missing-named-header-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['content-type', 'missing']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a map of text under `errors`: `content-type` with 'missing' (a header, named as FastAPI's `loc` names a header: a field). Rule 1: a 400 that carries field errors: validation. Rule 2.4: only a field message: the default. Rules 5 and 6: no id, no code. Hesitated on fields and kind (other reading: no field, a header's name being the protocol's, and so bad-request).",
  },
  {
    id: 'molten/account-fields-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['username', 'this field is required'],
        ['password', 'this field is required'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: a map of text under `errors`: `username` and `password`, each with 'this field is required'. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'apiflask/abort-extra-data-error-code-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '1234' },
    why: "Rule 1: a 400 without field errors; the numeric `error_code` 1234 is no code the kind table sorts: bad-request. Rule 2.1: `message` 'Something is wrong...' only says something failed ('Something went wrong' is a generic summary): the default (rule 2.4). Rule 3: `detail` is an empty object and `docs` a link: no field. Rule 6: `error_code` 1234, the app's own code: '1234'. Rule 5: no id.",
  },
  {
    id: 'zalando-problem-spring-web/internal-server-error-causal-chain-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.2 with rule 2.3: `detail` 'Illegal State' would beat the title, but it is Java's `IllegalStateException` put in words (its causes' 'Illegal Argument' and 'Null Pointer' beside it, with `stacktrace` frames): an exception's name, developer text; `title` 'Internal Server Error' is the reason phrase: the default (rule 2.4). Rule 6: no problem `type` (about:blank) and no code member: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'Illegal State' kept, as the problem's `detail`).",
  },
  {
    id: 'zalando-problem/out-of-stock-product-422',
    expect: {
      kind: 'validation',
      message: 'Item B00027Y5QG is no longer available',
      fields: [],
      logId: null,
      code: 'http://example.org/out-of-stock',
    },
    why: "Rule 1: 422: validation; the problem type's last segment, `out-of-stock`, is no code the kind table sorts. Rule 2.2: `detail` 'Item B00027Y5QG is no longer available' beats `title` 'Out of Stock': kept. Rule 3: `product` is a member of the problem (data), no field error. Rule 6: with no other code, the problem `type` URI is the code: 'http://example.org/out-of-stock'. Rule 5: no id (no `instance`). Hesitated on kind (other reading: conflict, an item in the wrong state, as the thirty-fifth holdout's row reads `invalid-job-state`).",
  },
  {
    id: 'resteasy/violation-report-name-size-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'zwischen 3 und 10 Zeichen']],
      logId: null,
      code: null,
    },
    why: "Rule 3: the list under `parameterViolations` holds items with `message` and `path`; `createUser.arg0.name` is a bean-validation method path, the method and argument removed: `name` with 'Der Name muss zwischen 3 und 10 Zeichen lang sein'. Rule 1: a 400 with field errors: validation. Rule 2.4: only a field message (`exception` is null): the default. Rule 6: `constraintType` 'PARAMETER' is a category, no code. Rule 5: no id.",
  },
  {
    id: 'spring-data-rest/validation-errors-name-empty-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'may not be empty']],
      logId: null,
      code: null,
    },
    why: "Rule 3: the item names its field in `property` ('name'), with `message` 'may not be empty' (`entity` names the record's type, `invalidValue` the value sent). Rule 1: a 400 with field errors: validation. Rule 2.4: only a field message: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'marathon/unsupported-media-type-415',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 415: bad-request. Rule 2.1: `message` 'Unsupported Media Type' is the 415's bare reason phrase: the default (rule 2.4). Rule 5: `Server` names the server, no id. Rules 3 and 6: no field, no code.",
  },
  {
    id: 'go-swagger/not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'Not found' is the bare reason phrase: the default (rule 2.4). Rule 6: `code` 404 only restates the status: no code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: '404', the only code member).",
  },
  {
    id: 'go-swagger/operation-not-implemented-501',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 501: server. Rule 2.6 with rule 2.3: the body is a JSON string (text quoted whole), 'operation .GetOrdersForItem has not yet been implemented', which names an operation by its name in code and restates the 501's 'Not Implemented': the default (rule 2.4), as text on a 5xx is besides. Rule 4: no `Retry-After`: no retry (`now` is the `Date` header's). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'kin-openapi/invalid-request-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: plain text 'bad request' is the bare reason phrase: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'oapi-codegen/request-body-missing-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.3: plain text 'request body has an error: value is required but missing' is the OpenAPI validator's report that the request's body is missing, and a request without its body is developer text: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'ogen/decode-request-field-required-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: `error_message` (a message member by its shape) 'operation CreateUser: decode request: decode application/json: invalid: name (field required)' is a generated server's chain of Go errors, a decoder's failure on the request body: developer text, the default (rule 2.4). Rule 3: `name` is named only in the text, outside class-validator's format: no field. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'goyave/validation-nested-fields-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['user.name', 'The name may not have more than 255 characters'],
        ['user.roles', 'The roles may not have more than 2 items'],
        ['user.roles.2', 'The roles elements must have one of the following values'],
        ['user', 'The user must be an object'],
        ['group', 'The group ID is required'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: under `error`, `body` and `query` name the parts of the request the fields came in (no segment, as webargs' `json`), `fields` holds fields, `elements` an array's items by index, and each `errors` list is its owner's: `user.name`, `user.roles`, `user.roles.2`, `user` (its own 'The user must be an object') and `group`. Rule 1: 422: validation. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code. Hesitated on fields (other reading: paths that keep `body` and `query`, or `user` left out as a container).",
  },
  {
    id: 'goframe/validation-length-code-51-200',
    expect: {
      kind: 'unknown',
      message: 'length must be between 3 and 10',
      fields: [],
      logId: null,
      code: '51',
    },
    why: "Rule 1: a 200 whose numeric `code` 51 names no HTTP status, beside a sentence (text never decides): unknown. Rule 2.1: `message` 'The Name value `sm` length must be between 3 and 10' says in words what the value must be, naming the field by a person's word ('Name'): kept (a sentence on a 2xx speaks). Rule 3: no field member (the field is named only in text). Rule 6: `code` 51, GoFrame's own number: '51'. Rule 5: no id. Hesitated on kind (other reading: validation, as GoFrame documents 51 as its validation failure).",
  },
  {
    id: 'hertz/default-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: plain text '400 bad request' is the status's number before its reason phrase: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'express-openapi-validator/query-required-and-maximum-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['type', 'should have required property'],
        ['limit', 'should be <= 20'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: the items name their fields in `path`, `.query.type` and `.query.limit` (a dataPath's form); `query` names the part of the request, no segment (as FastAPI's leading `query`): `type` with `should have required property 'type'` (Ajv's line, kept as Fastify's is) and `limit` with 'should be <= 20'. Rule 1: a 400 with field errors: validation. Rule 2.1: the envelope's `message` only joins the two items' lines behind their keys written as code (`request.query.limit`), repeating the fields: with only field messages, the default (rule 2.4). Rule 6: the items carry two different `errorCode`s and the envelope none: no one code. Rule 5: no id. Hesitated on fields (other reading: `query.type` and `query.limit`).",
  },
  {
    id: 'express-openapi-validator/multipart-file-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['file', 'should have required property']],
      logId: null,
      code: 'required.openapi.validation',
    },
    why: "Rule 3: an array of one item that names a field stays a list: `path` 'file' with `should have required property 'file'`. Rule 1: a 400 with field errors: validation (its code says a required input is missing, too). Rule 2.4: only a field message: the default. Rule 6: the lone item's `errorCode` 'required.openapi.validation' (errors that all carry one code give it): the code. Rule 5: no id. Hesitated on code (other reading: none, a field item's code being its field's).",
  },
  {
    id: 'tsed/ajv-model-required-property-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'must have required property']],
      logId: null,
      code: 'AJV_VALIDATION_ERROR',
    },
    why: "Rule 3: the item names its field in `dataPath` '.name' (`instancePath` '' is the body's root, `requestPath` 'body' the part of the request): `name` with `must have required property 'name'` (Ajv's required line, kept as Fastify's is). Rule 1: a 400 with field errors, and `AJV_VALIDATION_ERROR` a validation code read without the library's name: validation. Rule 2.1: the envelope's `message` begins with the reason phrase and a parameter by its key in code (`Bad request on parameter \"request.body\".`), then repeats the field's line behind the model's class name with the value printed: with only a field message, the default (rule 2.4). Rule 6: `name` 'AJV_VALIDATION_ERROR', a code in capitals and the only one (the item's `keyword` is Ajv's schema keyword, no code member). Rule 5: no id. Hesitated on code (other reading: none, a code that only says validation being a category).",
  },
  {
    id: 'tsed/ajv-header-enum-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['x-token', 'must be equal to one of the allowed values']],
      logId: null,
      code: 'AJV_VALIDATION_ERROR',
    },
    why: "Rule 3: the item names its field in `dataPath` '.x-token', a header (`requestPath` 'header' names the part of the request, as FastAPI's leading `header`): `x-token` with 'must be equal to one of the allowed values' (a rule about the value, in words). Rule 1: a 400 with field errors and the validation code `AJV_VALIDATION_ERROR`: validation. Rule 2.1: the envelope's `message` is the reason phrase and a parameter's key in code, then the field's line with the value printed: with only a field message, the default (rule 2.4). Rule 6: `name` 'AJV_VALIDATION_ERROR'. Rule 5: no id. Hesitated on fields (other reading: none, a header's name being the protocol's) and on code (other reading: none, as in the case before).",
  },
  {
    id: 'foal-ts/validate-body-type-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['price', 'must be integer']],
      logId: null,
      code: null,
    },
    why: "Rule 3: the list under `body` (the part of the request) holds Ajv items whose `instancePath` '/price' names `price`, with 'must be integer'; a list of items that each name a field and carry a message is read under any member name. Rule 1: a 400 with field errors: validation. Rule 2.4: only a field message: the default. Rule 6: `keyword` 'type' is Ajv's schema keyword, no code member: no code. Rule 5: no id.",
  },
  {
    id: 'foal-ts/validate-query-param-type-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['a-number', 'must be integer']],
      logId: null,
      code: null,
    },
    why: "Rule 3: the list under `query` (the part of the request) holds Ajv items whose `instancePath` '/a-number' names `a-number`, with 'must be integer'. Rule 1: a 400 with field errors: validation. Rule 2.4: only a field message: the default. Rule 6: `keyword` 'type' is Ajv's schema keyword: no code. Rule 5: no id.",
  },
  {
    id: 'egg/validate-email-and-length-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['username', 'should be an email'],
        ['password', 'length should bigger than 6'],
      ],
      logId: null,
      code: 'invalid_param',
    },
    why: "Rule 3: the items name their fields in `field`: `username` with 'should be an email', `password` with 'length should bigger than 6'. Rule 1: a 422 with field errors and the validation code `invalid_param`: validation. Rule 2.1: `message` 'Validation Failed' is generic: with only field messages, the default (rule 2.4). Rule 6: the envelope's `code` 'invalid_param', egg-validate's code for the error; the items' shared `invalid` is a bare word that names no input, each field's own. Rule 5: no id. Hesitated on code (other reading: 'invalid', the one code all the items carry).",
  },
  {
    id: 'marblejs/unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 2: a body of one member holding an object is that object. Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Unauthorized' is the 401's bare reason phrase: the default (rule 2.4). Rule 6: `status` 401 is a status in digits, no code. Rules 3 and 5: no field, no id.",
  },
] satisfies Reading[];
