import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 36 cases (every third case of the hundredth holdout's parts HT–HZ, in file order, on
// 2026-12-07), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of the written
// rules, `test/conformance/README.md` (`.tmp/blind100/rules.md`, its rule rows read as amending the rules above them,
// later rows winning), an excerpt of `types.ts` (`.tmp/blind100/types-excerpt.ts`: `DEFAULT` and the case type), the
// `Reading` interface (`.tmp/blind100/reading-interface.ts`) and one finished second reading (the ninety-ninth's,
// `.tmp/blind100/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs, `now`s and responses
// (`.tmp/blind100/cases.json`; none was thrown; three send a `Date` header, which is their `now`; every other `now` is
// 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to open the case files or
// anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to
// use search tools, nor to list folders. They opened only the files the brief names (the rules read whole, in
// pieces), checked by its full path that this file did not exist yet, and wrote it by its full path. They listed no
// folder. They marked 25 cases "hesitated" and named the other reading. Written once and not changed after.
export default [
  {
    id: 'rororo/array-body-too-short-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 3: the lone item's `loc` is only `[\"body\"]`, the part of the request alone (FastAPI's `loc: [\"body\"]`, the whole part): form-level, no field. Rule 2.3: '[] is too short' is Python jsonschema's report quoting the value as Python prints it (\"'An' is too short\", the ninety-first holdout's row): developer text, the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'rororo/path-parameter-below-minimum-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['post_id', 'less than the minimum of 1']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 3: an item of `detail` with `loc` and `message`: `loc` ['parameters', 'post_id'] leads with the part of the request the value came in, which is no segment (as FastAPI's leading `path`/`query` and the eighty-eighth holdout's `pathParams`): `post_id`. Rule 2.3: '0 is less than the minimum of 1' is Python jsonschema's report ('8 is less than the minimum of 10'), so no message speaks: the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on fields (other reading: `parameters.post_id`, only the listed leading parts dropped; or no field, the item's line being developer text).",
  },
  {
    id: 'rororo/basic-auth-not-authenticated-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `detail` 'Not authenticated' is FastAPI's words for the 401, the message only on any status but a 401: it restates the status, the default (rule 2.4). The `www-authenticate` challenge 'basic' holds no description. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'rororo/path-parameter-too-short-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['owner', 'is too short']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 3: `loc` ['parameters', 'owner'], the request's part dropped: `owner`, with its line \"'ab' is too short\". Rule 2.3: that line is Python jsonschema's report (\"'An' is too short\"), and nothing else speaks: the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on fields (other reading: `parameters.owner`, or no field, the line being developer text).",
  },
  {
    id: 'smithy/required-header-unset-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['stringInHeader', 'Member must not be null']],
      logId: null,
      code: 'ValidationException',
    },
    why: "Rule 6: `x-amzn-errortype` 'ValidationException' is AWS's code (no namespace to drop); the items carry no code of their own, so it stays the code. Rule 1: a validation code (read without its `Exception` suffix), and a 400 with field errors: validation. Rule 3: `fieldList` is a list of items with `message` and `path` under any name; the JSON Pointer '/stringInHeader' is `stringInHeader`. Rule 2.1: `message` '1 validation error detected.' is a count of errors found (the fifty-sixth holdout's row), and the line after it only repeats the field's error, naming the input by the API's path: the default (rule 2.4). Rule 5: no id. Hesitated on message (other reading: 'Member must not be null', the headline's second sentence kept).",
  },
  {
    id: 'smithy/enum-map-value-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['map.abc', 'Member must satisfy enum value set']],
      logId: null,
      code: 'ValidationException',
    },
    why: "Rule 6: `x-amzn-errortype` 'ValidationException', the only code. Rule 1: a validation code, and field errors on a 400: validation. Rule 3: `fieldList`'s item, path '/map/abc' as a JSON Pointer: `map.abc`. Rule 2.1: the envelope's '1 validation error detected.' counts errors, and its second line repeats the field's error by the API's path: the default (rule 2.4). Rule 5: no id. Hesitated on message (other reading: 'Member must satisfy enum value set: [abc, def]', the headline's second sentence kept).",
  },
  {
    id: 'committee/require-params-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'invalid_params' },
    why: "Rule 1: 422: validation (`invalid_params`, a code that says a parameter is wrong, says the same). Rule 6: `id` 'invalid_params' is a code by its shape, committee's (Heroku's) machine id for the error, the only code. Rule 2.1: 'Require params: recipient.' names only which input is missing, by the API's key after 'params:' (PDF-Sign's 'Missing required parameter: templateId'): the default (rule 2.4). Rule 3: no path member: no field. Rule 5: `id` holds a code, no support id. Hesitated on code (other reading: none, `id` being no member rule 6 names).",
  },
  {
    id: 'committee/invalid-pattern-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'invalid_params' },
    why: "Rule 1: 422: validation. Rule 2.3: 'Invalid pattern for key \"name\": expected $#% to match \"(?-mix:^[a-z][a-z0-9-]{3,30}$)\".' prints a Ruby regular expression to match (resto's pattern, the seventy-fifth holdout's row), and its head names only an input by its quoted key: the default (rule 2.4). Rule 6: `id` 'invalid_params', a code by its shape. Rules 3 and 5: no path member, no id. Hesitated on code (other reading: none, `id` being no code member).",
  },
  {
    id: 'canaille/jwt-client-auth-no-matching-jwk-400',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'invalid_client',
    },
    why: "Rule 6: OAuth's `error` 'invalid_client'. Rule 1: a credential code on a 400: unauthenticated. Rules 2.2 and 2.3: `error_description` 'No matching JWK' speaks of a JSON Web Key set, a key-set report (a JWKS report, the sixty-eighth holdout's row) and token internals: the default (rule 2.4). Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'No matching JWK' kept as the occurrence's description).",
  },
  {
    id: 'matrix-authentication-service/admin-add-user-username-not-valid-400',
    expect: {
      kind: 'bad-request',
      message: 'Username is not valid',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (a lone message is no list; text never decides). Rule 2.2: the lone item of `errors` names no field, and its `title` 'Username is not valid' is a form-level sentence: kept; 'Username' is a person's word, capitalised, not a key written as code (rule 2.1: 'Invalid phone number' stays). Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a line naming only the input `username`).",
  },
  {
    id: 'matrix-authentication-service/admin-set-password-user-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'User ID 01040G2081040G2081040G2081 not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.2: the lone item's `title` 'User ID 01040G2081040G2081040G2081 not found' says which user was not found: a sentence, kept. Rule 5: 'User ID' labels the user's id, not the occurrence's (the labels rule 5 reads are request, correlation, trace and tracking ids): no support id. Rules 3 and 6: no field, no code. Hesitated on logId (other reading: the labelled ULID read as an id the error's text labels).",
  },
  {
    id: 'oauth2-server-php/token-grant-type-not-specified-400',
    expect: {
      kind: 'bad-request',
      message: 'The grant type was not specified',
      fields: [],
      logId: null,
      code: 'invalid_request',
    },
    why: "Rule 6: OAuth's `error` 'invalid_request'. Rule 1: OAuth `invalid_request`: bad-request. Rule 2.2: `error_description` beats `error`: 'The grant type was not specified in the request' names the input in words, not as a key written as code, quoted or called a parameter, and is not RFC 6749's stock definition: kept. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, a line naming only the `grant_type` input).",
  },
  {
    id: 'akamai-identity-cloud/siem-delivery-not-authorized-401',
    expect: {
      kind: 'unauthenticated',
      message: 'your client credentials may be invalid',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `errors` holds one line of text, the message's candidate: 'Not authorized - your client credentials may be invalid'; the leading 'Not authorized' restates the 401 and is dropped, and what follows ' - ' is a sentence naming the credentials (not a code, nor a plea to wait): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, the 401's phrase and a guess at its cause).",
  },
  {
    id: 'scala-oauth2-provider/token-invalid-client-empty-description-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'invalid_client',
    },
    why: "Rule 1: 401: unauthenticated (`invalid_client` says the same). Rule 2.2: `error_description` is empty, and the `WWW-Authenticate` challenge's `error_description=` is empty too: nothing speaks, the default (rule 2.4). Rule 6: OAuth's `error` 'invalid_client'. Rule 4: the `Date` header is `now`. Rule 5: no request-id header (`Server` is none). Rule 3: no field.",
  },
  {
    id: 'envoy-ratelimit/json-marshal-error-500-text',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.6: plain text on a 5xx is for developers, and 'Internal Server Error' is the bare reason phrase besides (rule 2.1): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'elysia-rate-limit/default-error-response-429-retry-after',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], retry: 60, logId: null, code: null },
    why: "Rule 1: 429: rate-limited. Rule 4.1: `Retry-After` 60 (delay seconds) decides, before `RateLimit-Reset` 60 (which says the same): 60 s. Rules 2.6 and 2.1: the text 'rate-limit reached' only says the limit was hit, the 429's phrase in other words (AhaSend's 'rate limited', and \"rate limit\" is a 429's category): the default (rule 2.4). Rule 6: a text body gives no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'rate-limit reached' kept as a sentence sent as text on a 4xx).",
  },
  {
    id: 'rack-throttle/rate-limit-exceeded-403-text',
    expect: {
      kind: 'forbidden',
      message: 'Rate Limit Exceeded',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 without `Retry-After` or a remaining count of 0: forbidden (text never decides, so 'Rate Limit Exceeded' does not make it rate-limited). Rules 2.6 and 2.1: the text '403 Forbidden (Rate Limit Exceeded)' leads with the 403's status line, which is dropped; what it adds in brackets names what was refused, not the 403's phrase (as 'Not Authorized' on a 403 says what was refused): kept. Rule 4: no retry header. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a status with a phrase in brackets, 'Response code 403 (Forbidden)') and on kind (other reading: rate-limited, read from the words).",
  },
  {
    id: 'couchbase-sync-gateway/login-required-not-allowed-401',
    expect: {
      kind: 'unauthenticated',
      message: 'You are not allowed to see this',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: `reason` is the occurrence's text beside `error` 'Unauthorized', the bare reason phrase; its leading 'login required: ' restates the 401 ('Authentication required') and is dropped (rule 2.1), leaving 'You are not allowed to see this': kept. Rule 6: `error` 'Unauthorized' is only the 401's phrase, a lone word and not a code by its shape: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, the 401's phrase and a refusal in other words) and on code (other reading: 'Unauthorized', CouchDB's `error` member read as the code).",
  },
  {
    id: 'stargate/server-error-null-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rules 2.1 and 2.3: `description` 'Server error: null' is a generic 'Server error' with a value printed as `null` after it (developer text, the sixty-ninth holdout's row): the default (rule 2.4). Rule 6: `code` 500 only restates the status in digits: no code. Rule 4: the `Date` header is `now`. Rules 3 and 5: no field, no id (`Content-Length`, `Content-Type` are none). Hesitated on code (other reading: '500', a numeric `code` as a string).",
  },
  {
    id: 'greptimedb/unauthorized-empty-body-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 401: unauthenticated. Rule 2.4: no body: the default. Rule 4: the `Date` header is `now`. Rule 5: no header named like a request id (`Connection`, `Keep-Alive`, `Proxy-Connection` are none). Rules 3 and 6: no field, no code.',
  },
  {
    id: 'trustly/invalid-credentials-616-jsonrpc-200',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: 'ad4f3dbe-6c1d-11e5-9d5e-0800279bcb51',
      code: '616',
    },
    why: "Rule 1: a JSON-RPC error on a 200: its `message` 'ERROR_INVALID_CREDENTIALS' is a code alone in a message's member, read without its `ERROR_` prefix as `ERR_` is: a credential code, which outranks any 2xx (and, beside the numeric `code`, says the kind, as Samsung Knox's does): unauthenticated. 616 is outside the server's own range. Rule 6: the JSON-RPC error's `code` 616, as a string, the explicit code member. Rule 2.1: only codes and no sentence: the default (rule 2.4). Rule 5: the inner error's own `uuid` beside its message, the call's id that Trustly echoes: the support id (`signature` is token internals). Rule 3: no field. Hesitated on code (other reading: 'ERROR_INVALID_CREDENTIALS', the code in `message`) and on logId (other reading: none, `uuid` read as the request's, not the error's).",
  },
  {
    id: 'paysera/transfer-invalid-request-not-valid-json-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'invalid_request' },
    why: "Rule 6: OAuth's `error` 'invalid_request'. Rule 1: OAuth `invalid_request`: bad-request. Rule 2.3: `error_description` 'Request body is not valid JSON' is JSON in the request body that is invalid, which the server could not parse (the twenty-ninth holdout's row): developer text, the default (rule 2.4). Rules 3 and 5: no field, no id.",
  },
  {
    id: 'paysera/checkout-token-validation-failed-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'invalid_token' },
    why: "Rule 1: 401: unauthenticated (`invalid_token`, a credential code, says the same). Rule 2.1: `message` 'Token validation failed' only says a validation failed, a word before 'validation failed' (the thirty-fourth holdout's row), and a line of words that only say something failed: the default (rule 2.4). Rule 6: `error` 'invalid_token'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept as a line naming the credential, as 'Token invalid.' is).",
  },
  {
    id: 'paysera/checkout-order-reference-conflict-409',
    expect: {
      kind: 'conflict',
      message: 'Order with this reference already exists',
      fields: [],
      logId: null,
      code: 'conflict',
    },
    why: "Rule 1: 409: conflict. Rule 2.1: `message` 'Order with this reference already exists' says what already exists: kept. Rule 6: `error` 'conflict', the API's error code (its siblings are `invalid_request`, `invalid_token`), the only code, though it restates the status. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a lone word that only restates the 409's phrase).",
  },
  {
    id: 'payop/access-denied-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.1: `message` 'Access denied.' is the 403's phrase in other words, as 'Access forbidden' and 'Access to resource forbidden' are: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, as SMSGateway.me's collector kept 'Access Denied.').",
  },
  {
    id: 'payop/validation-fails-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'This value should not be blank'],
        ['password', 'This value should not be blank'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 3: `message` holds a map of lists of strings, not a sentence: a map of fields, `email` and `password`, each 'This value should not be blank.'. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'paystar/amount-required-400',
    expect: {
      kind: 'validation',
      message: 'Amount is required',
      fields: [],
      logId: null,
      code: 'VALIDATION_ERROR.',
    },
    why: "Rule 6: `label` holds only 'VALIDATION_ERROR.', a code by its shape (a code alone in a message's member, as Gate.io's `label`); `statusDescrption` '0-0000' is a status number of no listed code name. Rule 1: `validation_error`, read without case or separators, a validation code on a 4xx: validation. Rule 2.1: `message` 'Amount is required property' names the input by a person's word, capitalised, as 'Name is required': kept. Rules 3 and 5: no path member, no id. Hesitated on code (other reading: 'VALIDATION_ERROR' without the full stop, or '0-0000').",
  },
  {
    id: 'paystar/limit-reached-400',
    expect: {
      kind: 'bad-request',
      message: 'was reached',
      fields: [],
      logId: null,
      code: 'LIMITS_ERROR',
    },
    why: "Rule 6: `label` 'LIMITS_ERROR', a code by its shape, the only code. Rule 1: a limit of a payment service's terminal, not a throttle nor a quota the table names (no 'exceeded', 'rate', 'quota' or 'daily'), so the 400 decides: bad-request. Rule 2.1: `message` 'Limit id: 5eaf47eb-… was reached' says which limit was reached: kept. Rule 5: 'Limit id' labels the limit's id, not the occurrence's, and `externalTransactionId` is null: no id. Rule 3: no field. Hesitated on kind (other reading: rate-limited, a limit reached read as a quota) and on message (other reading: the default, a line naming only an internal id).",
  },
  {
    id: 'tekton-results/record-not-found-rpc-error-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: '5' },
    why: "Rule 1: 404: not-found. Rule 2.3: `message` 'failed to query on database: rpc error: code = NotFound desc = record not found' is a database query that failed and gRPC-Go's call between services: developer text, the default (rule 2.4). Rule 6: the google.rpc status's numeric `code` 5 (gRPC's NOT_FOUND), as a string; `details` is empty. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a gRPC number that only restates the 404).",
  },
  {
    id: 'harvard-art-museums/unauthorized-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rules 2.6 and 2.1: the text 'Unauthorized' is the bare 401 reason phrase: the default (rule 2.4). Rule 6: a bare word sent as text gives no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'sudo/dataset-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `detail` 'Not found.' is the bare reason phrase (Django REST framework's stock; 'Not found!' says no more, the fortieth holdout's row): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'yale-lux/document-is-not-json-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: `errorMessage` 'Document is not JSON' is a parser's report on a body that is not JSON (Ubidots' \"not a valid json document\"): developer text, the default (rule 2.4). Rule 6: `statusCode` 400 in digits is a status, no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, as Greenhouse's 'Invalid JSON Payload' is).",
  },
  {
    id: 'newcastle-dor/unknown-url-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: 'RESOURCE_NOT_FOUND' },
    why: "Rule 1: 404: not-found. Rule 6: `error.code` 'RESOURCE_NOT_FOUND'. Rule 2.1: `message` 'The requested URL \"/v1/nope\" was not found on the server.' is Werkzeug's stock 404 text, a route the person never typed, saying no more than the status (as Werkzeug's stock 400 and the HTTP definitions of a status): the default (rule 2.4). Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a sentence that says which URL was not found, as 'Resource not found' stays).",
  },
  {
    id: 'ecppec/get-query-missing-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rules 2.6 and 2.3: the text 'GET query missing.' is GraphQL over HTTP's framing, a GraphQL request without its document ('GraphQL query is missing.', the eighty-eighth holdout's row): developer text, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, as graphene-django's 'Must provide query string.' is).",
  },
  {
    id: 'scedc-fdsn/bad-starttime-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rules 2.6, 2.1 and 2.3: the text's first line 'Error 400: doIrisProcessing - Bad date value for starttime: NOTADATE' leads with a status label and a function's name before its report (MapServer's 'msOWSDispatch(): …'), and what remains names only the input `starttime` by its key; the lines after it label the request, its time and the service's version: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'sprakbanken-text/metadata-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `Error` (PascalCase `error`) 'Not Found' is the bare reason phrase: the default (rule 2.4). Rule 6: a reason phrase in words is no code. Rules 3 and 5: no field, no id.",
  },
] satisfies Reading[];
