import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 33 cases (every third case of the ninety-fifth holdout's parts GL, GM, GN, GO, GP, GQ and
// GR, in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a
// frozen copy of the written rules, `test/conformance/README.md` (`.tmp/blind95/rules.md`, its rule rows read as
// amending the rules above them, later rows winning), an excerpt of `types.ts` (`.tmp/blind95/types-excerpt.ts`:
// `DEFAULT` and the case type), the `Reading` interface (`.tmp/blind95/reading-interface.ts`) and one finished second
// reading (the ninety-fourth's, `.tmp/blind95/model-reading.ts`) as a model of the format, and the cases' ids,
// sources, URLs, `now`s and responses (`.tmp/blind95/cases.json`; none was thrown, three send a `Date` header and
// their `now`s follow it, every other `now` is 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They
// were told not to open the case files or anything else under `/work/main` but the files the brief names, nor to run
// the kit, any script or any test, nor to use search tools, nor to list folders. They opened only the files the brief
// names (the rules read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by
// its full path. They listed no folder. They marked 23 cases "hesitated" and named the other reading. Written once and
// not changed after.
export default [
  {
    id: 'go-jwt-middleware/jwt-missing-401',
    expect: {
      kind: 'unauthenticated',
      message: 'JWT is missing',
      fields: [],
      logId: null,
      code: 'invalid_token',
    },
    why: "Rule 1: 401: unauthenticated (and `invalid_token` a credential code). Rule 2.2: OAuth `error_description` 'JWT is missing' beats `error`: a token missing or invalid is the person's to send (the seventy-eighth holdout's row: 'JWT is missing or invalid' stays), not a JWT that would not parse: kept. The `WWW-Authenticate` challenge carries the same words, but the eightieth holdout's row gives the default only when the body has no sentence. Rule 6: OAuth's `error`: 'invalid_token'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, the challenge's description written for the client developer, or the 401's phrase in other words).",
  },
  {
    id: 'go-jwt-middleware/untrusted-issuer-403',
    expect: {
      kind: 'unauthenticated',
      message: 'The access token was issued by an untrusted issuer',
      fields: [],
      logId: null,
      code: 'invalid_issuer',
    },
    why: "Rule 6: two codes, OAuth's `error` 'insufficient_scope' and the middleware's own `error_code` 'invalid_issuer'; the most specific code the vendor gives programs to branch on is `error_code`, the OAuth error its category. Rule 1: 'invalid_issuer' says the access token is not a valid credential (as `invalid_token`, an issuer being the token's), a credential code on a 403, which a code outranks: unauthenticated. Rule 2.2: `error_description` 'The access token was issued by an untrusted issuer' beats `error`, a sentence in words that names no claim by its key: kept. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: forbidden, the 403 and OAuth's `insufficient_scope`, a permission code, agreeing), on code (other reading: 'insufficient_scope', OAuth's `error`) and on message (other reading: the default, a token's internals).",
  },
  {
    id: 'go-jwt-middleware/bearer-not-allowed-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'bearer_not_allowed' },
    why: "Rule 1: a 400 with OAuth's `invalid_request`, and `bearer_not_allowed` names the token's scheme, how the request was made, not a credential that is invalid: bad-request. Rule 2.3: `error_description` 'Bearer tokens are not allowed (DPoP required)' is about the token's scheme and DPoP (a DPoP proof is developer text, the eighty-second holdout's row), the same words the challenge gives the client developer: the default (rule 2.4). Rule 6: the middleware's `error_code` 'bearer_not_allowed' over OAuth's `error`, its category. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: unauthenticated, `bearer_not_allowed` read as a credential code on a 400), on message (other reading: kept, a sentence that says which token is refused) and on code (other reading: 'invalid_request', OAuth's `error`).",
  },
  {
    id: 'go-pkgz-auth/direct-no-credential-store-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: `error` 'no credential store' reports the server's own set-up, a store behind the service that is not configured (infrastructure), written in the library's small letters for whoever runs it: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a short line in JSON that says what is missing).",
  },
  {
    id: 'go-pkgz-auth/verify-missing-user-and-address-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `error` 'can't get user and address' names only which inputs are missing, the query's `user` and `address` by the API's names, in small letters (the rule row of 6 December 2026): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, plain words that say what the server could not get).",
  },
  {
    id: 'go-pkgz-auth/verify-invalid-handshake-token-400',
    expect: { kind: 'bad-request', message: 'invalid handshake token', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `error` 'invalid handshake token' says the confirmation token the person followed is invalid, a token missing or invalid being the person's to send (the seventy-eighth holdout's row) and a credential's name staying: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line in small letters that names only what is invalid).",
  },
  {
    id: 'actix-governor/too-many-requests-retry-in-0s-429-text',
    expect: {
      kind: 'rate-limited',
      message: 'Too many requests, retry in 0s',
      fields: [],
      retry: 0,
      logId: null,
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rules 2.6 and 2.1: the text 'Too many requests, retry in 0s' on a 4xx is a plea to wait after a reason phrase alone, which stays the message (the row that restated it, with 'Too Many Requests! Wait for 0s' among its examples): kept. Rule 4.4: no header, no body hint; the wait written in the text, 'retry in 0s': 0 s. Rules 3, 5 and 6: no field, no id, no code. Hesitated on retry (other reading: no retry time, a wait of nothing setting none).",
  },
  {
    id: 'jwt-authorizer/missing-token-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 401: unauthenticated. Rule 2.4: no body: the default. Rule 6: the challenge `Bearer` carries no `error`: no code. Rules 3 and 5: no field, no id.',
  },
  {
    id: 'jwt-authorizer/jwks-unreachable-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 500: server. Rule 2.4: no body, no header: the default. Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'juniper/custom-error-extensions-type-200',
    expect: { kind: 'unknown', message: 'Whatever does not exist', fields: [], logId: null, code: 'NO_WHATEVER' },
    why: "Rule 1: a 200 whose lone GraphQL error carries `extensions.type` 'NO_WHATEVER', a code that names no kind ('no <thing> found' is a not-found code; this says no 'found'): unknown (text never decides, so 'does not exist' does not make it not-found). Rule 2.1: `message` 'Whatever does not exist' is a sentence: kept. Rule 6: the only machine code, in the error's `extensions` (as `classification` and `errorClass` are read there): 'NO_WHATEVER'. Rule 3: `locations` point into the query: no field. Rule 5: no id. Hesitated on kind (other reading: not-found, `NO_WHATEVER` read with its sentence as a not-found code beside a 2xx).",
  },
  {
    id: 'oauth2-rs/extension-error-too-light-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'too_light' },
    why: "Rule 1: a 400 without field errors, and OAuth's `error` 'too_light' (an extension error) names no kind: bad-request. Rule 2.1: `error_description` 'stuff happened' only says something happened, a line made only of words that say something failed: generic, the default (rule 2.4). Rule 6: OAuth's `error`: 'too_light' (`error_uri` is a link). Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, the description over `error`, being no listed generic line).",
  },
  {
    id: 'oauth2-rs/revocation-unsupported-token-type-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'unsupported_token_type' },
    why: "Rule 1: a 400 without field errors; OAuth's `unsupported_token_type` (RFC 7009) says the server does not revoke that type of token, which the request asked for, not that the credentials are invalid: bad-request. Rule 2.1: `error_description` 'stuff happened' is generic: the default (rule 2.4). Rule 6: OAuth's `error`: 'unsupported_token_type'. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: unauthenticated, a token's code read as a credential code on a 400).",
  },
  {
    id: 'spring-security/bearer-invalid-token-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'invalid_token' },
    why: "Rule 1: 401: unauthenticated. Rule 2.4: no body: the default (the eightieth holdout's row: a challenge's text is for the client developer). Rule 6: the challenge's OAuth `error` 'invalid_token' (RFC 6750), the only code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, rule 6 naming no header that carries a code).",
  },
  {
    id: 'spring-security-oauth/unauthorized-full-authentication-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'unauthorized' },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error_description` 'Full authentication is required to access this resource' says only that authentication is required, the 401's phrase in other words ('Authentication is required to access this API.', the eighty-second holdout's row; 'Authentication is required', the twenty-ninth's): the default on a 401 (rule 2.4). Rule 6: OAuth's `error`: 'unauthorized'. Rules 3 and 5: no field, no id (no request-id header). Hesitated on code (other reading: none, a code that only restates the 401).",
  },
  {
    id: 'light-4j/header-parameter-missing-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'ERR11017' },
    why: "Rule 1: a 400; the code in `message`, 'VALIDATOR_REQUEST_PARAMETER_HEADER_MISSING', says a header is missing, which is the request's (a header's code is a bad request, the eighty-fourth holdout's row), and 'ERR11017' names no kind: bad-request. Rule 2.2: `description` beats `message` (a code alone): 'Header parameter grantType is required on path /oauth/access-tokens but not found in request.' names only a header as missing, by the API's name for it (the header row), with the route's path: the default (rule 2.4). Rule 6: the explicit `code` member 'ERR11017' (`statusCode` is the status). Rules 3 and 5: a header is no field; no id. Hesitated on kind (other reading: validation, a missing parameter's code) and on code (other reading: 'VALIDATOR_REQUEST_PARAMETER_HEADER_MISSING', the code alone in `message`).",
  },
  {
    id: 'light-4j/auth-token-scope-mismatch-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: 'ERR10005' },
    why: "Rule 1: 403: forbidden (`AUTH_TOKEN_SCOPE_MISMATCH` says the token lacks a scope, a permission's code). Rule 2.3: `description` 'Scopes [write:pets, read:pets] in authorization token and specification scopes [accounts] are not matched' prints the token's scopes beside the API specification's, token internals for the developer: the default (rule 2.4); `message` is a code alone. Rule 6: the explicit `code` member 'ERR10005' (`severity` is a level). Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a sentence that says why access was refused) and on code (other reading: 'AUTH_TOKEN_SCOPE_MISMATCH', the code alone in `message`).",
  },
  {
    id: 'mender/invalid-sort-order-400',
    expect: { kind: 'bad-request', message: 'invalid sort order', fields: [], logId: 'test', code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `error` 'invalid sort order' names what is invalid in plain words ('sort order', not the query's key), as 'Invalid phone number' stays: kept. Rule 5: the body's own `request_id`: 'test'. Rules 3 and 6: no field, no code. Hesitated on message (other reading: the default, a line in small letters that names only which input is invalid).",
  },
  {
    id: 'mender/add-device-garbled-body-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: 'test', code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: `error` 'failed to decode request body: json: cannot unmarshal string into Go value of type model.Device' is a decoder's failure on the request body and Go's JSON decoder error: developer text, the default (rule 2.4). Rule 5: the body's own `request_id`: 'test'. Rules 3 and 6: no field, no code.",
  },
  {
    id: 'mender/group-name-characters-400',
    expect: {
      kind: 'bad-request',
      message: 'Group name can only contain',
      fields: [],
      logId: 'test',
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `error` 'Group name can only contain: upper/lowercase alphanum, -(dash), _(underscore)' is a person's words about a value's rule (a group name), not a key: kept. Rule 5: the body's own `request_id`: 'test'. Rules 3 and 6: no field, no code.",
  },
  {
    id: 'ekuiper/source-httppull-ping-unsupported-400',
    expect: {
      kind: 'bad-request',
      message: "source httppull doesn't support ping connection",
      fields: [],
      logId: null,
      code: '1000',
    },
    why: "Rule 1: a 400 without field errors; the numeric code 1000 names no kind: bad-request. Rule 2.1: `message` 'source httppull doesn't support ping connection' says what the chosen source cannot do: kept. Rule 6: `error` holding a number is the vendor's code, a string in the model: '1000'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, a line in small letters naming a plugin by its key) and on code (other reading: none, a number in `error` that no rule names as a code).",
  },
  {
    id: 'ekuiper/mqtt-source-connection-refused-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '1003' },
    why: "Rule 1: a 400 without field errors; the numeric code 1003 names no kind: bad-request. Rule 2.3: `message` 'found error when connecting for tcp://127.0.0.1:1883: network Error : dial tcp 127.0.0.1:1883: connect: connection refused' is a socket error reaching another host (infrastructure, `dial tcp …: connect: connection refused`): developer text, the default (rule 2.4). Rule 6: `error` holding a number: '1003'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'fiware-iot-agent/context-broker-bad-request-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: 'cd34174d-a2ad-4214-98d7-a967d301fac8',
      code: 'BAD_REQUEST',
    },
    why: "Rule 1: a 400 without field errors, and `BAD_REQUEST` only restates it: bad-request. Rule 2.3: `message` 'Request error connecting to the Context Broker: {…}' reports another service's answer and quotes it as JSON text (its 'JSON Parse Error' a parser's): developer text, the default (rule 2.4). Rule 6: `name` 'BAD_REQUEST', the only code, stated as sent. Rule 5: no body id; the header `Fiware-Correlator` is named like a correlation id: 'cd34174d-a2ad-4214-98d7-a967d301fac8'. Rule 3: no field. Hesitated on code (other reading: none, a name that only restates the status) and on logId (other reading: none, a header no list of rule 5 names).",
  },
  {
    id: 'eclipse-kapua/device-resource-not-found-500',
    expect: {
      kind: 'server',
      message: 'The device has not found the requested resource',
      fields: [],
      logId: null,
      code: 'RESPONSE_NOT_FOUND',
    },
    why: "Rule 1: 500: server; `RESPONSE_NOT_FOUND` and `NOT_FOUND` are not-found codes, but a code never turns a 5xx into a 4xx kind other than rate-limited. Rule 2.1: `message` 'The device has not found the requested resource.' is a sentence that says what the device answered; the labels after it ('Error Code: NOT_FOUND - Error Message: null', a code and a value printed as null) are no part of it: kept. Rule 6: the vendor's own `kapuaErrorCode` 'RESPONSE_NOT_FOUND' over the device's `responseCode` and the `type` (an exception info's class); `httpErrorCode` is the status. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, another system's answer relayed with developer labels) and on code (other reading: 'NOT_FOUND', the `responseCode`).",
  },
  {
    id: 'elastic-app-search/multi-search-invalid-key-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: '9660acf321b86cb57033aa1447a84249',
      code: null,
    },
    why: "Rule 3: a body that is an array of results, one per query, each with its `errors`; the lone line names no field by a path member. Rule 1: a 400 with one message, which is no list, no field errors and no code: bad-request. Rule 2.1: 'Options contains invalid key: badField' names only an input refused by its key after a colon (Boltz's 'Undefined parameter: currency', the eighty-seventh holdout's row): the default (rule 2.4). Rule 5: no body id; `x-request-id`: '9660acf321b86cb57033aa1447a84249'. Rule 4: not rate-limited (5999 remaining): no retry time. Rule 6: no code. Hesitated on message (other reading: kept, a lone form-level line about the search's options).",
  },
  {
    id: 'swiftype-site-search/update-nonexistent-key-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: '0ee335dac175f232bf27d29dc65cc45a',
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `error` 'Error updating field(s). Attempt to set() nonexistent key. Known keys are: url, …' is a generic headline, a method call (`set()`) and a list in the API's small letters of the keys it allows (the seventy-ninth holdout's row): the default (rule 2.4). Rule 5: no body id; `X-Request-Id`: '0ee335dac175f232bf27d29dc65cc45a'. Rules 3 and 6: no field, no code.",
  },
  {
    id: 'swiftype-site-search/users-no-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: '29b283e021cb39b78c9b6ef0c06ec041',
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error` 'You need to sign in or sign up before continuing.' (Devise's stock line) says only that signing in is required, the 401's phrase in other words ('You must be logged in to access the api', the eighty-seventh holdout's row): the default on a 401 (rule 2.4). Rule 5: no body id; `X-Request-Id`: '29b283e021cb39b78c9b6ef0c06ec041'. Rules 3 and 6: no field, no code (the `Basic` challenge has none). Hesitated on message (other reading: kept, a sentence that also offers signing up).",
  },
  {
    id: 'trigger-dev/replay-invalid-or-missing-run-id-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `error` 'Invalid or missing run ID' names only which input is invalid or missing, an id in the path (as 'Invalid jobId', 'Invalid or missing required parameter: q'): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, 'run ID' in plain words rather than a key).",
  },
  {
    id: 'trigger-dev/run-not-found-404',
    expect: { kind: 'not-found', message: 'Run not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'Run not found' says what was not found, more than the bare reason phrase ('Resource not found' is a sentence, the fifth holdout's row): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'trigger-dev/metadata-task-run-not-found-404',
    expect: { kind: 'not-found', message: 'Task Run not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'Task Run not found' says what was not found: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'danet/guard-forbidden-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.1: `description` 'Forbidden' and `message` '403 - Forbidden' are the bare reason phrase, the second with its status before it: the default (rule 2.4). Rule 6: `name` 'ForbiddenException' is the framework's exception class, which only restates the status (as LoopBack 4's `name` is no code), and `status` is the status: no code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'ForbiddenException', the only code-shaped member).",
  },
  {
    id: 'danet/throttler-retry-after-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], retry: 60, logId: null, code: null },
    why: "Rule 1: 429: rate-limited. Rules 2.1 and 2.3: `message` '429 - ThrottlerException: Too Many Requests' and `description` are an exception's class before the 429's reason phrase: the default (rule 2.4). Rule 4.1: `Retry-After: 60`: 60 s. Rule 6: `name` 'ThrottlerException' is the framework's exception class, which only restates the 429: no code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'ThrottlerException', a throttling code by its shape).",
  },
  {
    id: 'drash/method-not-allowed-405-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 405: bad-request. Rules 2.6 and 2.1: the text 'Method Not Allowed' is the 405's bare reason phrase: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'abc/middleware-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: `message` 'err' is a lone word and `error` 'Internal Server Error' the reason phrase: the default (rule 2.4). Rule 6: `statusCode` is the status and `error` the reason phrase: no code. Rules 3 and 5: no field, no id.",
  },
] satisfies Reading[];
