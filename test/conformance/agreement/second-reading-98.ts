import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 46 cases (every third case of the ninety-eighth holdout's parts HG–HM, in file order, on
// 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of the written
// rules, `test/conformance/README.md` (`.tmp/blind98/rules.md`, its rule rows read as amending the rules above them,
// later rows winning), an excerpt of `types.ts` (`.tmp/blind98/types-excerpt.ts`: `DEFAULT` and the case type), the
// `Reading` interface (`.tmp/blind98/reading-interface.ts`) and one finished second reading (the ninety-seventh's,
// `.tmp/blind98/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs, `now`s and responses
// (`.tmp/blind98/cases.json`; none was thrown; two send a `Date` header, which is their `now`; every other `now` is
// 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to open the case files or
// anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to
// use search tools, nor to list folders. They opened only the files the brief names (the rules read whole, in
// pieces), checked by its full path that this file did not exist yet, and wrote it by its full path. They listed no
// folder. They marked 19 cases "hesitated" and named the other reading. Written once and not changed after.
export default [
  {
    id: 'fastapi-jwt-auth/missing-authorization-header-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Missing Authorization Header',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `detail` 'Missing Authorization Header' names a credential's header as missing, which still says that signing in failed (the header row: 'Authorization header is required' stays, where a line naming only another header is the default): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, the 401's phrase in other words, a credential said only to be missing).",
  },
  {
    id: 'fastapi-jwt-auth/bad-authorization-header-422',
    expect: {
      kind: 'validation',
      message: 'Bad Authorization header',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422 without a code: validation (text never decides; only a credential code, as FOLIO's `password.incorrect`, makes a 422 unauthenticated). Rule 2.1: `detail` \"Bad Authorization header. Expected value 'Bearer <JWT>'\" names the credential's header as bad, as 'Invalid authorization header format.' stays (the ninetieth holdout's row); `<JWT>` is a placeholder, text: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on kind (other reading: unauthenticated, a credential refused on a 422) and on message (other reading: the default, an Authorization header the server could not parse, developer text as 'Authorization header malformed').",
  },
  {
    id: 'apistar/path-param-above-maximum-404',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [['param', 'Must be less than or equal to 1000']],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 404: not-found (a field error never turns a 404 into anything else). Rule 3: the body is a map of path to a message (`{ "email": "is invalid" }`), `param` no envelope member: the field `param` with \'Must be less than or equal to 1000.\'. Rule 2.4: only a field message: the default. Rules 5 and 6: no id, no code. Hesitated on fields and message (other reading: no field, `param` a path member holding a sentence of five words or more, and its line the message).',
  },
  {
    id: 'apistar/body-name-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'This field is required']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a map of path to a message; Django REST framework's 'This field …' under a name an envelope goes by (`name`) is that field's (the seventy-fourth holdout's row): `name` with 'This field is required.'. Rule 1: a 400 with a field error: validation. Rule 2.4: only a field message: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'flask-jwt/token-missing-401',
    expect: { kind: 'unauthenticated', message: 'Token missing', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: `description` is the occurrence's text beside `error`; `error` 'Invalid JWT header' is a JWT that would not parse (developer text, the seventy-eighth holdout's row), and 'Token missing' says the credential is missing, the person's to send ('JWT is missing or invalid' stays): kept. Rule 6: `error` is words, no code; `status_code` is the status. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, two words that only restate the 401).",
  },
  {
    id: 'flask-jwt/user-does-not-exist-401',
    expect: { kind: 'unauthenticated', message: 'User does not exist', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: `description` 'User does not exist' is the occurrence's text over `error` 'Invalid JWT', a sentence that says what failed: kept. Rule 6: `error` is words, no code; `status_code` is the status. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'aiohttp-pydantic/malformed-json-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: `error` 'Malformed JSON' is a bare report that the request's JSON would not parse, as a bare 'Invalid JSON' and JSON 'invalid or malformed' are developer text (the twenty-eighth and twenty-ninth holdouts' rows): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, as Vonage's 'Malformed JSON payload' stays).",
  },
  {
    id: 'aiohttp-pydantic/query-repeated-age-not-an-integer-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['age', 'value is not a valid integer']],
      logId: null,
      code: 'type_error.integer',
    },
    why: "Rule 3: a body that is an array of error objects is an `errors` list; the lone item's `loc` ['age'] with `msg` 'value is not a valid integer' (`in` 'query string' names a part of the request, no field): `age`. Rule 1: a 400 with a field error: validation. Rule 2.4: only a field message: the default. Rule 6: the lone item's `type` 'type_error.integer', pydantic's error type, the only code. Rule 5: no id. Hesitated on code (other reading: none, a field item's type, no code of the response).",
  },
  {
    id: 'flask-httpauth/role-unauthorized-access-403-text',
    expect: { kind: 'forbidden', message: 'Unauthorized Access', fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden (no code; the `WWW-Authenticate` challenge is no credential code). Rules 2.6 and 2.1: the text 'Unauthorized Access' restates a 401 ('Unauthorized access', the thirtieth holdout's row), and a 401's phrase sent with any other status says what was refused: kept. Rules 3, 5 and 6: no field, no id, no code (a text body gives none).",
  },
  {
    id: 'swaggest-rest/goal-length-validation-failed-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'INVALID_ARGUMENT' },
    why: "Rule 1: `status` 'INVALID_ARGUMENT', a validation code on a 4xx: validation. Rule 2.1: `error` 'invalid argument: validation failed' is made only of words that say something failed: generic. Rule 3: `context.body` holds lines under the part of the request they came in, the body's as a whole (as webargs' `json`), and '#/goal: length must be >= 1, but got 0' is a JSON Schema validator's report (rule 2.3), its path led in the text outside class-validator's format: no field, and no form-level sentence: the default (rule 2.4). Rule 6: `status`, the only code (as Google's). Rule 5: no id. Hesitated on fields (other reading: `goal` from the line's JSON Pointer, or `body`, 'lines under `body` stay the field `body`'s').",
  },
  {
    id: 'swaggest-rest/fasthttp-deadline-date-time-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'INVALID_ARGUMENT' },
    why: "Rule 1: `status` 'INVALID_ARGUMENT', a validation code on a 4xx: validation. Rule 2.1: `error` 'invalid argument: validation failed' is generic. Rule 3: `context.validationErrors` is a container whose one key, `body`, is the part of the request, and its line '#/deadline: \"2020-35-17T11:12:42.085Z\" is not valid \"date-time\"' is a JSON Schema validator's report (rule 2.3) with its path in the text: no field; the default (rule 2.4). Rule 6: `status`, the only code. Rule 5: no id. Hesitated on fields (other reading: `deadline` from the JSON Pointer, or `body` as the container's key).",
  },
  {
    id: 'go-json-rest/method-not-allowed-405',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 405: bad-request. Rule 2.1: `Error` (PascalCase `error`) 'Method not allowed' is the bare reason phrase: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'fuego/internal-server-error-html-client-500-text',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rules 2.6 and 2.1: plain text on a 5xx is the runtime's, and '500 Internal Server Error' is the status and its phrase besides: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'throttled/limiter-error-internal-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rules 2.6 and 2.1: plain text on a 5xx is the runtime's, and 'internal error' is the 500's phrase in other words besides: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'apache-juneau/unauthorized-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rules 2.6 and 2.1: the text 'Unauthorized' is the bare reason phrase of the status it is sent with: the default (rule 2.4). Rule 6: a bare word sent as text gives no code (the ninety-seventh holdout's row). Rules 3 and 5: no field, no id.",
  },
  {
    id: 'apache-juneau/gone-410-text',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 410: not-found. Rules 2.6 and 2.1: the text 'Gone' is the bare reason phrase: the default (rule 2.4). Rule 6: a bare word sent as text gives no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'apache-juneau/too-many-requests-429-text',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 429: rate-limited. Rules 2.6 and 2.1: the text 'Too Many Requests' is the bare reason phrase: the default (rule 2.4). Rule 4: no header, no body hint, no wait in the text: no retry time. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'open-liberty/srve0190e-file-not-found-404-text',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rules 2.6 and 2.3: the text 'Error 404: javax.servlet.ServletException: java.io.FileNotFoundException: SRVE0190E: File not found: /explorer' is a chain of qualified exception class names (a namespaced class name anywhere, the seventy-second holdout's row): developer text, the default (rule 2.4). Rule 6: the vendor's number `SRVE0190E` sits only in the text: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, 'File not found: /explorer' once the status label, the exception names and the vendor's number before it are dropped as labels).",
  },
  {
    id: 'helidon/no-handler-found-for-path-404-text',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rules 2.6 and 2.3: the text 'No handler found for path: /greet/test2' is the router's report that no route matched the URL path, as Rails' 'No route matches [POST] \"/…\"' (the seventy-seventh holdout's row): developer text, the default (rule 2.4). Rule 4: the `Date` header is `now`, and no retry hint. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a sentence on a 4xx that says what was not found).",
  },
  {
    id: 'apache-tomcat/resource-not-available-404-html',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404: not-found. Rule 2.5: an HTML error page gives no message (its text goes to `details`): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'yarp/request-body-destination-error-502-empty',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 502: unavailable. Rule 2.4: no body, no sentence: the default. Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'yarp/response-body-suppressed-by-transform-422-empty',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 422: validation. Rule 2.4: no body, no sentence: the default. Rule 5: `Accept-Ranges` is no request-id header. Rules 3 and 6: no field, no code.',
  },
  {
    id: 'autowrapper/record-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Record with id: 1001 does not exist',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found (`isError: true` says it failed). Rule 2.1: `responseException.exceptionMessage`, a message member by its shape in the error object, 'Record with id: 1001 does not exist.' is a sentence that says which record was not found, told as a sentence and not named by a class: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'globalexceptionhandler/mapped-status-404-default-formatter',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `Message` 'An error occurred whilst processing your request' is the generic 'An error occurred while processing your request.' (the thirty-eighth holdout's row): the default (rule 2.4). Rule 5: no body id, and none of the headers (`Server`, `Cache-Control`, …) is named like a request id. Rules 3 and 6: no field, no code.",
  },
  {
    id: 'jsonrpsee/parse-error-200',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '-32700' },
    why: "Rule 1: a 200 whose JSON-RPC `code` -32700 is the spec's 'Parse error', a reserved code whose meaning names a body that would not parse (`parse_error`, the ninetieth holdout's row; the ninety-seventh's reads a reserved code by the spec's table), which outranks any 2xx: bad-request. Rules 2.1 and 2.3: `message` 'Parse error' is the spec's fixed text, a parser's: the default (rule 2.4). Rule 6: the numeric `code` as a string: '-32700'. Rules 3 and 5: `id` is null; no field, no id.",
  },
  {
    id: 'jsonrpsee/batch-item-invalid-request-array-200',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '-32600' },
    why: "Rule 3: an array of one error envelope is that envelope. Rule 1: a 200 whose JSON-RPC `code` -32600 is the spec's 'Invalid Request', which says the request as a whole is invalid and outranks any 2xx: bad-request. Rule 2.1: `message` 'Invalid request' is the code's fixed text, generic: the default (rule 2.4). Rule 6: '-32600'. Rules 3 and 5: `id` is null; no field, no id.",
  },
  {
    id: 'jsonrpsee/request-too-big-413',
    expect: {
      kind: 'bad-request',
      message: 'Exceeded max limit of 100',
      fields: [],
      logId: null,
      code: '-32701',
    },
    why: "Rule 1: 413 without `Retry-After`: bad-request (a code outranks 400, 403, 409, 422, an unnamed 4xx and a 2xx, not a 413; -32701 is no reserved code the spec names, and outside the server's range). Rules 2.1 and 2.2: `message` 'Request is too big' is the 413's phrase reworded ('Too large request', the ninetieth holdout's row), so the string `data` beside it speaks when it is a sentence: 'Exceeded max limit of 100' says what limit was exceeded: kept. Rule 6: the numeric `code` as a string: '-32701'. Rules 3 and 5: `id` is null; no field, no id. Hesitated on message (other reading: the default, a limiter's figure that says no more than the 413).",
  },
  {
    id: 'jsonrpsee/malformed-body-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '-32700' },
    why: "Rule 1: a 400 without field errors, whose JSON-RPC `code` -32700 ('Parse error') names a body that would not parse: bad-request. Rules 2.1 and 2.3: `message` 'Parse error' is the spec's fixed text, a parser's: the default (rule 2.4). Rule 6: '-32700'. Rules 3 and 5: `id` is null; no field, no id.",
  },
  {
    id: 'jsonrpc-http-server/method-not-allowed-405-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 405: bad-request. Rules 2.6 and 2.1: the text 'Used HTTP Method is not allowed. POST or OPTIONS is required' is the 405's phrase reworded, then only the protocol's method names (as 'The requested resource does not support http method …' and 'Invalid request method.' say no more, the eighty-second and seventieth holdouts' rows): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a sentence that says which methods the endpoint takes).",
  },
  {
    id: 'jsonrpc-http-server/host-not-whitelisted-403-text',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rules 2.6 and 2.1: the text 'Provided Host header is not whitelisted.' names only a header, the protocol's name, as refused (the header row: a line that names only a header as missing or invalid is the kind's default; `Host` is no credential's header): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a refusal on a 403 that says what was refused).",
  },
  {
    id: 'actix-cors/origin-not-allowed-400-text',
    expect: {
      kind: 'bad-request',
      message: 'Origin is not allowed to make this request',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rules 2.6 and 2.1: the text 'Origin is not allowed to make this request' is a sentence on a 4xx that says who is refused, the calling site, in words and not as a header's name: kept. Rule 5: `Vary` is no request-id header. Rules 3 and 6: no field, no code. Hesitated on message (other reading: the default, `Origin` read as the header's name, the protocol's, said to be refused).",
  },
  {
    id: 'viz/payload-too-large-413-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 413 without `Retry-After`: bad-request. Rules 2.6 and 2.1: the text 'payload is too large' is the 413's phrase ('Payload Too Large') reworded, as 'Too large request' and 'Capture Payload too large' say no more (the ninetieth and sixty-ninth holdouts' rows): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'tonic-web/http1-non-grpc-web-400-empty',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.4: an empty body, no sentence: the default. Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'overblog-graphql-bundle/collection-validation-200',
    expect: {
      kind: 'unknown',
      message: DEFAULT,
      fields: [
        ['addresses.0.street', 'This value is too short'],
        ['addresses.0.zipCode', 'This value is not valid'],
        ['addresses.0.period.endDate', 'This value should be greater than'],
        ['emails', 'should contain only unique elements'],
        ['emails', 'should contain 3 elements or more'],
        ['emails.0', 'is not a valid email'],
        ['emails.1', 'is not a valid email'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: a GraphQL error's `extensions` are searched as any body is, and its `validation` map gives input fields (the error's `path` points into the response, no field): `addresses[0].street` is `addresses.0.street`, and so on, each item's `message` that field's, `emails` with two. Rule 1: a 200 whose GraphQL error carries no code (`extensions` holds no `code`), and field errors make a validation failure of a 400 and of a status HTTP does not name, not of a 2xx: unknown. Rule 2.1: `message` 'validation' is a lone word: the default (rule 2.4). Rule 6: the items' Symfony constraint UUIDs differ, and no code speaks for the response: no code. Rule 5: no id. Hesitated on kind (other reading: validation, field errors on a 200 read as an input refused) and on fields (other reading: `emails` once, its two messages one field error).",
  },
  {
    id: 'league-route/bad-request-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `reason_phrase` 'Bad Request' is the bare reason phrase: the default (rule 2.4). Rule 6: `status_code` is the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'league-route/method-not-allowed-405',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 405: bad-request. Rule 2.1: `reason_phrase` 'Method Not Allowed' is the bare reason phrase: the default (rule 2.4). Rule 6: `status_code` is the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'league-route/unprocessable-entity-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 2.1: `reason_phrase` 'Unprocessable Entity' is the bare reason phrase: the default (rule 2.4). Rule 6: `status_code` is the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'slim-skeleton/user-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'The user you requested does not exist',
      fields: [],
      logId: null,
      code: 'RESOURCE_NOT_FOUND',
    },
    why: "Rule 1: 404: not-found (`RESOURCE_NOT_FOUND` says the same). Rule 2.2: `error.description` 'The user you requested does not exist.' is a sentence that says what was not found: kept. Rule 6: `error.type` 'RESOURCE_NOT_FOUND', Slim's error type in capitals, the only code (a lone error's `type` speaks where no other code does, Mautic's); `statusCode` is the status. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the 404).",
  },
  {
    id: 'jwt-refresh-token-bundle/missing-refresh-token-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Missing JWT Refresh Token',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Missing JWT Refresh Token' says a credential is missing, the person's to send ('JWT is missing or invalid' stays, the seventy-eighth holdout's row): kept. Rule 6: `code` 401 is the status: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, the 401's phrase in other words naming the token's type).",
  },
  {
    id: 'graphql-api-koa/query-field-not-string-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 whose lone GraphQL error has no code and names no field: bad-request. Rule 2.3: 'GraphQL operation field `query` must be a string.' is GraphQL over HTTP's framing (the ninety-first holdout's row: Lacinia's \"Query parameter 'query' is missing or blank.\"), naming only an input written as code besides: developer text, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'graphql-api-koa/variables-not-object-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 whose lone GraphQL error has no code and names no field: bad-request. Rule 2.3: 'Request body JSON `variables` field must be an object.' is GraphQL over HTTP's framing of the request's JSON (as 'Variables are invalid JSON.'), naming only a member written as code: developer text, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'postgraphile/query-parse-failed-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 whose lone GraphQL error has no code: bad-request. Rule 2.3: 'Syntax Error: Expected Name, found <EOF>' is graphql-js's parser report on the query (GraphQL engines' texts and parser internals; `<EOF>` is text, no markup): developer text, the default (rule 2.4). Rule 3: `locations` point into the query, no field. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'postgraphile/operation-name-wrong-type-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 whose lone GraphQL error has no code: bad-request. Rule 2.3: \"Operation name must be a string, not 'number'.\" is GraphQL over HTTP's framing of the request (`operationName`), with the JSON type it received: developer text, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a sentence that says what a value must be).",
  },
  {
    id: 'nexus/response-type-error-200',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'INTERNAL_SERVER_ERROR' },
    why: "Rule 1: a 200 whose GraphQL `extensions.code` 'INTERNAL_SERVER_ERROR' names server, and a code outranks any 2xx: server. Rule 2.3: 'Boolean cannot represent a non boolean value: \"wrong type\"' is graphql-js's serializer on the server's own result: developer text, the default (rule 2.4). Rule 3: the error's `path` points into the response: no field. Rule 6: GraphQL's `extensions.code`. Rule 5: no id.",
  },
  {
    id: 'nexus/variables-not-object-400',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'INTERNAL_SERVER_ERROR' },
    why: "Rule 1: GraphQL's `extensions.code` 'INTERNAL_SERVER_ERROR' names server, and a code outranks a 400, as Huntflow's `server_error` on a 400: server. Rule 2.3: 'Variables must be provided as an Object … Perhaps look to see if an unparsed JSON string was provided.' is GraphQL over HTTP's framing of the request's JSON: developer text, the default (rule 2.4). Rule 6: GraphQL's `extensions.code`. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: bad-request, a request the server could not take, the code making no 4xx the server's but a `server_error` code).",
  },
  {
    id: 'hive-gateway/masked-unexpected-subgraph-response',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'INTERNAL_SERVER_ERROR' },
    why: "Rule 1: 500: server (GraphQL's `INTERNAL_SERVER_ERROR` says the same). Rule 2.1: 'Unexpected error.' is generic (an unexpected problem or error occurred): the default (rule 2.4). Rule 3: the error's `path` points into the response: no field. Rule 6: GraphQL's `extensions.code`. Rule 5: no id.",
  },
] satisfies Reading[];
