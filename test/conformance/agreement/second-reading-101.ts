import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 28 cases (every third case of the hundred-and-first holdout's parts IA–IG, in file order,
// on 2026-12-07), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of the written
// rules, `test/conformance/README.md` (`.tmp/blind101/rules.md`, its rule rows read as amending the rules above them,
// later rows winning), an excerpt of `types.ts` (`.tmp/blind101/types-excerpt.ts`: `DEFAULT` and the case type), the
// `Reading` interface (`.tmp/blind101/reading-interface.ts`) and one finished second reading (the hundredth's,
// `.tmp/blind101/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs, `now`s and responses
// (`.tmp/blind101/cases.json`; none was thrown; none sends a `Date` header, and every `now` is 2026-11-22T12:00:00Z),
// no notes, no expectations, no kit answers. They were told not to open the case files or anything else under
// `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to use search tools, nor
// to list folders. They opened only the files the brief names (the rules read whole, in pieces), checked by its full
// path that this file did not exist yet, and wrote it by its full path. They listed no folder. They marked 15 cases
// "hesitated" and named the other reading. Written once and not changed after.
export default [
  {
    id: 'jsonapi-errors-handler/forbidden-403',
    expect: {
      kind: 'forbidden',
      message: DEFAULT,
      fields: [['request.headers.authorization', 'You have no rights to access this resource']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403: forbidden (field errors do not turn a 403 into a validation failure; no code). Rule 3: the lone item of `errors` has a message (`detail`) and JSON:API's `source.pointer`, the one source object that holds a field, found by structure: the JSON Pointer '/request/headers/authorization' is `request.headers.authorization` (only `/data/attributes/` and `/data/relationships/` are removed). Rule 2.2: `detail` beats `title` ('Forbidden request', the 403's phrase besides, the seventy-fifth holdout's row), but the item's sentence is its field's, so only field messages remain: the default (rule 2.4). Rules 5 and 6: no id (`status` '403' is a status), no code. Hesitated on fields and message (other reading: no field, the pointer naming a header of the request and not an input, as a `target` naming a part of the request names none, and 'You have no rights to access this resource' the message).",
  },
  {
    id: 'flipper/feature-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Feature not found',
      fields: [],
      logId: null,
      code: '1',
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'Feature not found.' says what was not found, not the bare reason phrase ('Resource not found' is a sentence, the fifth holdout's row): kept. Rule 6: the explicit `code` 1, Flipper's documented error code (its `more_info` links the error-code reference), as a string; not zero. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'scimitar/requires-authentication-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: SCIM's `detail` 'Requires authentication' is 'Authentication required' reworded, which restates a 401: the default (rule 2.4). Rule 6: `schemas` holds the SCIM error's URN, no code, and there is no `scimType`; `status` '401' is the status. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'shrine/upload-not-valid-400-text',
    expect: {
      kind: 'bad-request',
      message: 'Upload Not Valid',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.6: plain text on a 4xx is the message when it is a sentence; 'Upload Not Valid' names what was refused, the person's upload, by a person's word, not an API key written as code, nor words in capitals only: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line saying only that an input is not valid, as 'Resource is not valid' and 'Invalid field' are).",
  },
  {
    id: 'shrine/content-md5-invalid-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rules 2.6 and 2.1: the text 'The Content-MD5 you specified was invalid' names only a header as invalid, and a header's name is the protocol's, never a person's word (the row that read 'User-Agent header is required'); a checksum is the request's besides (`BadDigest`): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a sentence saying what the caller specified).",
  },
  {
    id: 'shrine/invalid-serialized-file-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rules 2.6 and 2.3: the text 'Invalid serialized file' reports data in the request's URL that would not deserialize, serializer internals the person never typed, and otherwise says only that something is invalid: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a short sentence naming the file).",
  },
  {
    id: 'jsonapi-elixir/missing-attributes-in-data-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: the lone item's `source.pointer` '/data/attributes' is JSON:API's attributes object itself: with `/data/attributes` removed nothing is left, so it names the whole document, form-level, no field. Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.2: `detail` 'Check out http://jsonapi.org/format/#crud for more info.' only sends the reader to a page (ipapi's, Feishu's lines), and `title` 'Missing attributes in data parameter' names only what is missing by the API's key, called a parameter: the default (rule 2.4). Rules 5 and 6: no id (`status` is a status), no code. Hesitated on fields and kind (other reading: a field `data.attributes` or `attributes`, making the 400 a validation failure).",
  },
  {
    id: 'jsonapi-elixir/mismatched-id-409',
    expect: {
      kind: 'conflict',
      message: DEFAULT,
      fields: [['data.id', 'must match the id']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 409: conflict (no code; field errors change no 409). Rule 3: the lone item has a message (`detail`) and JSON:API's `source.pointer` '/data/id', which is not under `/data/attributes/` or `/data/relationships/`: `data.id`, its line 'The id in the url must match the id at '/data/id'.'. Rule 2.4: only a field message remains (the `title` 'Mismatched id parameter' names only an input, called a parameter, and the docs pointer after the detail is generic): the default. Rules 5 and 6: no id, no code. Hesitated on fields (other reading: `id`, the resource's own member read as attributes are; or no field, the record's id being no input).",
  },
  {
    id: 'ja-serializer/title-is-invalid-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['title', 'Title is invalid']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 3: the item's `source.pointer` '/data/attributes/title' is `title`; rule 2.2: its `detail` 'Title is invalid' beats its `title` 'is invalid'. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'ja-serializer/email-has-already-been-taken-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['email', 'Email has already been taken']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation; no code says a duplicate, and text never decides the kind. Rule 3: `source.pointer` '/data/attributes/email' is `email`, with its `detail` 'Email has already been taken' (rule 2.2: `detail` beats `title`). Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: conflict, every field error saying the value is taken).",
  },
  {
    id: 'elli/sendfile-missing-file-500-text',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.6: plain text on a 5xx is for developers, and 'Server Error' is a generic summary besides (rule 2.1): the default (rule 2.4). Rule 5: `content-length` is no request id. Rules 3 and 6: no field, no code.",
  },
  {
    id: 'webmachine/service-unavailable-503-html',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 503: unavailable. Rule 2.5: an HTML error page gives no message (its text, RFC 2616's definition of the 503, goes to `details`): the default (rule 2.4). Rule 4: no `Retry-After`, and a page's text sets no wait. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'endpoints4s/missing-header-b-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 whose body is a list of one line: a lone message is no list, and there is no field and no code: bad-request. Rule 2.1: 'Missing header B' names only a header as missing, the protocol's name, never a person's word (the row that read 'User-Agent header is required'): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'endpoints4s/invalid-integer-value-in-body-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 with a lone line and no field or code: bad-request. Rule 2.3: 'Invalid integer value: true' is a JSON decoder's report of the value's type (as OpenApiSpex's 'Invalid boolean. Got: string', the ninetieth holdout's row) and names no input: developer text, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'akka-http-cors/malformed-request-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rules 2.6 and 2.1: the text 'CORS: malformed request' is an area's label before a generic line ('The request is malformed.', SmartThings'), about the browser's CORS protocol the person never sees: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'akka-http-cors/invalid-origin-two-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rules 2.6 and 2.1: the text \"CORS: invalid origin 'http://invalid1.com http://invalid2.com'\" is the CORS label before a line that names only the `Origin` header's value as invalid, the protocol's, never a person's word: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a line saying which origin was refused).",
  },
  {
    id: 'kgraphql/property-does-not-exist-validation-200',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'GRAPHQL_VALIDATION_FAILED',
    },
    why: "Rule 1: a GraphQL error on a 200; its `extensions.type` 'GRAPHQL_VALIDATION_FAILED' is a category that classifies when no code does, and GraphQL's `GRAPHQL_VALIDATION_FAILED` is a bad request, which outranks any 2xx: bad-request. Rule 6: no `extensions.code`; the category, a code by its shape and the only one, is the code. Rule 2.3: \"Property 'nickname' on 'Actor' does not exist\" is GraphQL query-validation text ('Cannot query field \"x\" on type \"Query\"'): developer text, the default (rule 2.4). Rule 3: `locations` point into the query, no field. Rule 5: no id. Hesitated on code (other reading: none, `type` being a category and no code member) and on kind (other reading: unknown, a 2xx whose only code member is absent).",
  },
  {
    id: 'hummingbird/decode-coding-key-not-found-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rules 2.6 and 2.3: 'Coding key `name` not found.' is Swift's `Decoder` report on the request body (as Open-Meteo's 'Cannot initialize … from invalid String value'), naming only a key written as code: developer text, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'hummingbird/decode-null-type-mismatch-linux-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rules 2.6 and 2.3: 'Type mismatch for `name` key, expected `String` type.' is Swift's decoder report, a key and a Swift type written as code: developer text, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'koa-jwt/token-not-found-debug-401-text',
    expect: {
      kind: 'unauthenticated',
      message: 'Token not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rules 2.6 and 2.1: the text 'Token not found' names the credential that was not sent, and a credential's name stays (a token missing or invalid, 'JWT is missing or invalid', is the person's to send, the seventy-eighth holdout's row); it is not jsonwebtoken's own words but koa-jwt's: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, the 401's phrase in other words, as 'no token found' was read).",
  },
  {
    id: 'koa-jwt/jwt-expired-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.3: the text 'jwt expired' is jsonwebtoken's own words, developer text (the ninety-fourth holdout's row names it): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'koa-jwt/jwt-issuer-invalid-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.3: the text 'jwt issuer invalid. expected: http://wrong' is jsonwebtoken's own words about a JWT's registered claim (`iss`) and the value it expected: token internals, developer text, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'koa-jwt/invalid-token-cookie-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.3: the text 'invalid token' is jsonwebtoken's own words for a token it could not decode (its `JsonWebTokenError`, as 'jwt malformed' is, the ninety-fourth holdout's row): developer text, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a credential's name called invalid, as 'Token invalid.' is kept).",
  },
  {
    id: 'fastify-jwt/authorization-token-malformed-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Authorization token is invalid',
      fields: [],
      logId: null,
      code: 'FST_JWT_AUTHORIZATION_TOKEN_INVALID',
    },
    why: "Rule 1: 401: unauthenticated (`…_TOKEN_INVALID`, a credential code, says the same). Rule 6: the explicit `code` 'FST_JWT_AUTHORIZATION_TOKEN_INVALID'; `error` 'Unauthorized' is the reason phrase. Rules 2.1 and 2.3: `message` 'Authorization token is invalid: The token is malformed.' leads with a credential's name called invalid, which says that signing in failed: kept; what follows the colon is the JWT library's report that the token is malformed (a JWT said to be malformed is developer text, the eightieth holdout's row), the developer's part. Rules 3 and 5: no field, no id (`statusCode` is the status). Hesitated on message (other reading: the default, the whole line a token library's report).",
  },
  {
    id: 'fastify-reply-from/service-unavailable-503',
    expect: {
      kind: 'unavailable',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'FST_REPLY_FROM_SERVICE_UNAVAILABLE',
    },
    why: "Rule 1: 503: unavailable (the code, read without the API's name, `SERVICE_UNAVAILABLE`, says the same). Rule 2.1: `message` 'Service Unavailable' and `error` are the bare reason phrase: the default (rule 2.4). Rule 6: the explicit `code` 'FST_REPLY_FROM_SERVICE_UNAVAILABLE', @fastify/reply-from's documented error code and the only one. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the 503).",
  },
  {
    id: 'fastify-compress/unsupported-content-encoding-415',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'FST_CP_ERR_INVALID_CONTENT_ENCODING',
    },
    why: "Rule 1: 415: bad-request (the code says the request's encoding is invalid, a bad request too). Rule 6: the explicit `code` 'FST_CP_ERR_INVALID_CONTENT_ENCODING'. Rule 2.1: `message` 'Unsupported Content-Encoding: whatever' is the 415's phrase reworded with a header's name and the value refused, the protocol's, never a person's word; `error` is the reason phrase: the default (rule 2.4). Rules 3 and 5: no field, no id.",
  },
  {
    id: 'fastify-response-validation/no-schema-for-media-type-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: `message` 'No schema defined for media type application/not+json' reports the server's own response-validation setup, a schema missing for a media type, which only the developer can fix: developer text; `error` is the reason phrase: the default (rule 2.4). Rule 6: no code member. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a JSON sentence on a 5xx).",
  },
  {
    id: 'tesla-vehicle-command-proxy/command-vehicle-asleep-500',
    expect: {
      kind: 'server',
      message: 'vehicle is offline or asleep',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 500: server (text never decides, so 'unavailable' in the words does not make it unavailable). Rule 2.2: `error_description` is empty, so `error` speaks: 'vehicle unavailable: vehicle is offline or asleep' says the person's vehicle is offline or asleep, a sentence about the person's car, not infrastructure behind the service: kept. Rule 6: `error` is a sentence, not a code by its shape: no code. Rules 3 and 5: no field, no id (`response` is null). Hesitated on message (other reading: the default, Go's wrapped error or a failure to reach another device).",
  },
] satisfies Reading[];
