import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 60 cases (every third case of the thirty-fourth holdout's eight parts in file order, parts
// A to H, on 5 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind34/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (`second-reading-32.ts`) as a model of the format,
// and the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was thrown, so `now` is the
// `Date` header, else 2026-11-22T12:00:00Z; no response carried a wait); no notes, no expectations. They were told not
// to open the case files or anything else under `test/conformance/`, the kit's source, its README or changelog,
// `test/core/`, the live rules file, the git history or the rest of `.tmp/`, nor to run the kit, the conformance
// script or any test, nor to use search tools. They marked 35 cases "hesitated" and named the other reading. Written
// once and not changed after the comparison. They reported one slip: listing `.tmp/blind34/` printed the first 600
// characters of the bundled sampler (`sample.mjs`), the first case's id, source, URL and the opening words of its note,
// but no expectation; that case (`open-exchange-rates/invalid-app-id-401`) is read alike by both readings.

export default [
  {
    id: 'open-exchange-rates/invalid-app-id-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid App ID provided',
      fields: [],
      logId: null,
      code: 'invalid_app_id',
    },
    why: "Rule 1: 401. Rule 2.2: the `description` beats the `message` beside it, which holds only a code. Rule 6: a code alone in a message's member (as IQAir's JSend `message`); `status: 401` is the status and `error: true` a flag.",
  },
  {
    id: 'open-exchange-rates/app-id-inactive-401',
    expect: {
      kind: 'unauthenticated',
      message: 'This App ID has been deactivated',
      fields: [],
      logId: null,
      code: 'app_id_inactive',
    },
    why: "Rule 1: 401. Rule 2.2: the `description` beats the `message`, which holds only a code. Rule 6: a code alone in a message's member; `status` is the status, `error: true` a flag.",
  },
  {
    id: 'exchange-rates-api/symbols-invalid-for-date-400',
    expect: {
      kind: 'bad-request',
      message: 'are invalid for date 2019-10-28',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: a 400 without field errors or a code; text never decides. Rule 2: the `error` sentence, which says what is invalid and why (for that date). Hesitated on message: it may read as a line that names only what is invalid, as "Invalid value \'…\' for parameter …" (other reading: the default).',
  },
  {
    id: 'weatherbit/api-key-not-valid-403',
    expect: {
      kind: 'forbidden',
      message: 'API key not valid, or not yet activated',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 403 with no code; text never decides. Rule 2: the `error` sentence. Hesitated on kind: the text says the key is not valid, a credential failure (other reading: unauthenticated).',
  },
  {
    id: 'openuv/free-daily-quota-exceeded-403',
    expect: {
      kind: 'forbidden',
      message: 'Free daily API quota exceeded',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 without `Retry-After`, a rate-limit header or a code; text never decides. Rule 2: the `error` sentence. Rule 4: 'daily' names a window, not a wait. Hesitated on kind: the text says a quota was spent (other reading: rate-limited).",
  },
  {
    id: 'flickr/photoset-not-found-200-xml',
    expect: {
      kind: 'unknown',
      message: 'Photoset not found',
      fields: [],
      logId: 'pOodaMxldgtFxrB_FuUmkQo8p-0CtWMOjglMrIqvI6hOcAltBA33zw==',
      code: '1',
    },
    why: 'Rule 3: XML read as JSON; the `err` element\'s attributes are its members, `msg` the message by its shape and `code` the code. Rule 1: a 200 whose `stat="fail"` says it failed, but the numeric code 1 is no 4xx or 5xx status and names no kind; text never decides. Rule 5: `X-Amz-Cf-Id` is a listed request-id header (`x-flickr-api-request` is not named like a request id). Rule 6: the numeric code as a string. Hesitated on kind: the text says nothing was found (other reading: not-found).',
  },
  {
    id: 'adobe-stock/oauth-token-not-valid-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Oauth token is not valid',
      fields: [],
      logId: null,
      code: '401013',
    },
    why: 'Rule 1: 401. Rule 2: the `message` sentence. Rule 6: `error_code`, a vendor code that carries the status number but says more than it.',
  },
  {
    id: 'pixabay/invalid-api-key-400-text',
    expect: { kind: 'bad-request', message: 'Invalid API key', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without a code; text never decides. Rule 2.6: a plain-text sentence on a 4xx; rule 2.1: the status written before it ('[ERROR 400] ', as Twilio's '[HTTP 422] ') is dropped. Hesitated on message and kind: the bracketed prefix may make it a log line, developer text (other reading: the default); an invalid key is a credential failure (other reading: unauthenticated).",
  },
  {
    id: 'openverse/image-search-input-error-400',
    expect: {
      kind: 'validation',
      message: "License 'PDMNBCG' does not exist",
      fields: [['license', "License 'PDMNBCG' does not exist"]],
      logId: null,
      code: 'InputError',
    },
    why: "Rule 3: the error object names the one field it is about (`fields: [\"license\"]`, as `field`), so its message is that field's error too. Rule 1: a 400 with a field error (and `InputError` says the input is bad, as `BAD_INPUT`). Rule 2.1: 'Invalid input given for fields.' is a generic headline before a sentence of its own; the field's name leading that sentence stays. Rule 6: the code-shaped `error`. Hesitated on fields and message: a list of field names without messages may bind nothing (other reading: no field, kind from the code alone); the message may be the field's only (other reading: the default).",
  },
  {
    id: 'deviantart/folder-create-field-validation-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['folder', 'folder is required']],
      logId: null,
      code: 'invalid_request',
    },
    why: "Rule 3: `error_details` holds errors, a map of field to message. Rule 1: a 400 that carries field errors; `invalid_request` is the API's code for any bad request and says less than the field errors (as `invalid_request_error` says less than a 422). Rule 2.1: 'Request field validation failed.' only says something failed validation, so the default. Rule 6: the OAuth-style `error`; `status: \"error\"` is a flag. Hesitated on kind: OAuth's `invalid_request` is listed as a bad-request code (other reading: bad-request).",
  },
  {
    id: 'deviantart/client-request-limit-429',
    expect: {
      kind: 'rate-limited',
      message: 'Client request limit reached',
      fields: [],
      logId: null,
      code: 'application_api_threshold',
    },
    why: 'Rule 1: 429. Rule 2.2: `error_description` beats `error`. Rule 4: no header, hint or wait in text. Rule 6: the OAuth-style `error`.',
  },
  {
    id: 'lorem-picsum/invalid-blur-amount-400-text',
    expect: { kind: 'bad-request', message: 'Invalid blur amount', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without a code; text never decides. Rule 2.6: a plain-text sentence on a 4xx. Hesitated on message: it names only what is invalid, as 'Invalid parameter 'x'' (other reading: the default).",
  },
  {
    id: 'freesound/apiv1-api-key-does-not-exist-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Supplied api_key does not exist',
      fields: [],
      logId: null,
      code: 'AuthenticationError',
    },
    why: "Rule 1: 401. Rule 2: `explanation` holds the body's only sentence. Rule 6: the category `type` is the only code; `status_code` is the status and `error: true` a flag. Hesitated on message and code: `explanation` is no member the rules name (other reading: the default); a class-like category may be no code (other reading: null).",
  },
  {
    id: 'friendly-captcha/response-duplicate-200',
    expect: { kind: 'conflict', message: DEFAULT, fields: [], logId: null, code: 'response_duplicate' },
    why: "Rule 1: `success: false` says the 200 failed, and a code outranks any 2xx; `response_duplicate` is a duplicate code. Rule 2.4: `detail` is empty, so the default. Rule 6: the error's `error_code`. Hesitated on kind: the table names duplicate codes on 400, 403 or 422 only, and a captcha answer used twice is no record that already exists (other reading: unknown).",
  },
  {
    id: 'friendly-captcha/v1-timeout-or-duplicate-200',
    expect: {
      kind: 'unknown',
      message: 'puzzle expired',
      fields: [],
      logId: null,
      code: 'solution_timeout_or_duplicate',
    },
    why: "Rule 1: `success: false` on a 200; a list of errors holding only one code gives that code, but 'timeout or duplicate' names no one kind (a puzzle that expired is no request that timed out), so nothing decides. Rule 2.2: a string `details` speaks when nothing else does. Rule 6: the lone code in `errors`. Hesitated on kind: the code says duplicate (other reading: conflict).",
  },
  {
    id: 'capsolver/funcaptcha-task-not-allowed-400',
    expect: {
      kind: 'validation',
      message: 'Not found FunCaptchaTask access',
      fields: [],
      logId: '1',
      code: 'ERROR_INVALID_TASK_DATA',
    },
    why: "Rule 1: the code read without its `ERROR_` prefix (as `ERR_`), `INVALID_TASK_DATA`, begins with `invalid` and names an input (the task's data), a validation code that outranks a 400. Rule 2: `errorDescription`, by its shape. Rule 5: `errorId` is a listed support-id member. Rule 6: `errorCode`. Hesitated on kind and logId: the task data may be the body as a whole (other reading: bad-request); `errorId` is 1 on every error, a flag (other reading: null).",
  },
  {
    id: '2captcha/zero-balance-json-200',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: 'ERROR_ZERO_BALANCE' },
    why: "Rule 2.1: words in capitals only are a code, not a sentence, so the default. Rule 6: the body's only code, in `request`. Rule 1: a code outranks any 2xx, and a balance spent is credits spent, a quota (as `CREDITS_EXCEEDED`); `status: 0` is a flag. Hesitated on kind and code: `request` is no code member the rules name (other reading: unknown, code null); a zero balance may be no quota (other reading: unknown).",
  },
  {
    id: 'it-at-m-captchaservice/authentication-error-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'Authentication Error' is a category line (as 'Authorization Error'), so the default. Rule 6: words, no code; `status` is the status.",
  },
  {
    id: 'arkose-labs/denied-access-200',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: 'DENIED ACCESS' },
    why: 'Rule 2.1: words in capitals only (as `FAILED LOGIN`) are a code, so the default. Rule 1: a code outranks any 2xx, and access denied, in either word order, is a permission code. Rule 6: the code in `error`. Hesitated on kind: (other reading: unknown, a 200 whose capitals read as no listed code).',
  },
  {
    id: 'google-books-api/queries-per-day-quota-429',
    expect: {
      kind: 'rate-limited',
      message: "Quota exceeded for quota metric 'Queries' and limit 'Queries per day'",
      fields: [],
      logId: null,
      code: 'rateLimitExceeded',
    },
    why: "Rule 1: 429 (and `RESOURCE_EXHAUSTED`). Rule 2: the error's `message`. Rule 4: 'per day' names a window; no header. Rule 6: the item-level `reason` over the `status` category. Hesitated on code: (other reading: 'RESOURCE_EXHAUSTED').",
  },
  {
    id: 'oxford-dictionaries-api/v1-no-entry-html-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404. Rule 2.5: an HTML error page gives no message.',
  },
  {
    id: 'nutritionix/v1-item-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'the resource you requested could not be located',
      fields: [],
      logId: null,
      code: 'resource_not_found',
    },
    why: "Rule 1: 404. Rule 2.2: the lone item's sentence; it is no bare reason phrase ('Resource not found' is a sentence). Rule 6: the lone item's `code`; `status` is the status.",
  },
  {
    id: 'quran-foundation/unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'unauthorized' },
    why: "Rule 1: 401. Rule 2.1: 'The request requires user authentication' is HTTP's own definition of a 401 and restates it (as 'Authentication is required'), so the default. Rule 6: `type` is the only code; `success: false` a flag. Hesitated on message and code: it is a whole sentence (other reading: 'The request requires user authentication'); a code that only restates the status may be none (other reading: null).",
  },
  {
    id: 'quran-foundation/internal-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'internal_server_error' },
    why: "Rule 1: 500. Rule 2.1: 'The server encountered an internal error and was unable to complete your request' is the stock generic line (as Apache's), so the default. Rule 6: `type` is the only code. Hesitated on code: it only restates the status (other reading: null).",
  },
  {
    id: 'mumin/invalid-hadith-id-400',
    expect: {
      kind: 'validation',
      message: 'Hadith ID must be between 1 and 7563',
      fields: [],
      logId: null,
      code: 'INVALID_HADITH_ID',
    },
    why: 'Rule 1: a code that begins with `invalid` and names an input (as `…_invalid_id`) is a validation code and outranks a 400. Rule 2: the `message` sentence. Rule 3: no member names a field (`received` is the value). Rule 6: the code in `error`; `statusCode` in digits is the status.',
  },
  {
    id: 'hardcover/throttled-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 429. Rule 2.1: 'Throttled' is a lone word, so the default. Rule 4: no wait. Rule 6: a lone capitalised word is no code shape. Hesitated on code: a word in `error` may be its code (other reading: 'Throttled').",
  },
  {
    id: 'apibiblia/verse-not-found-404',
    expect: { kind: 'not-found', message: 'Verse not found', fields: [], logId: null, code: 'NOT_FOUND' },
    why: "Rule 1: 404. Rule 2: the error's `message`. Rule 3: `details` maps `verse_id` to an id, not a message, so no field. Rule 6: the error's `code`; `success: false` is a flag.",
  },
  {
    id: 'abibliadigital/user-already-exists-400',
    expect: { kind: 'bad-request', message: 'User already exists', fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 without a code; text never decides, so no duplicate. Rule 2: `msg` by its shape. Hesitated on kind: (other reading: conflict).',
  },
  {
    id: 'open-library/temporarily-offline-500-html',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500; text never decides, so 'temporarily offline' does not make it unavailable. Rule 2.5: an HTML page gives no message.",
  },
  {
    id: 'rabbitmq/login-failed-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'not_authorised' },
    why: "Rule 1: 401. Rule 2.1: 'Login failed' is a line made only of words that say something failed (as 'Login failure'), so the default. Rule 6: the code in `error`. Hesitated on message: (other reading: 'Login failed').",
  },
  {
    id: 'confluent-rest-proxy/records-may-not-be-empty-422',
    expect: { kind: 'validation', message: 'records may not be empty', fields: [], logId: null, code: null },
    why: "Rule 1: 422. Rule 2: the `message` sentence; no member names a field. Rule 6: `error_code: 422` in digits restates the status. Hesitated on code: a numeric code member may be kept (other reading: '422').",
  },
  {
    id: 'confluent-schema-registry/unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'Unauthorized' is the bare reason phrase, so the default. Rule 6: `error_code: 401` restates the status. Hesitated on code: (other reading: '401').",
  },
  {
    id: 'karapace/oidc-missing-authorization-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Missing or invalid Authorization header',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2.1: `error` is the reason phrase; `reason` holds the sentence. Rule 6: a reason phrase in `error` is no code. Hesitated on code: `error` may be read as a code that restates the status (other reading: 'Unauthorized').",
  },
  {
    id: 'strimzi-bridge/consumer-config-invalid-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422. Rule 2.1: 'One or more consumer configuration options have invalid values.' is a generic summary (as Volcengine Ark's 'One or more parameters specified in the request are not valid.'), so the default. Rule 6: `error_code: 422` restates the status. Hesitated on message and code: it names what was invalid (other reading: 'One or more consumer configuration options have invalid values'); (other reading: '422').",
  },
  {
    id: 'pulsar/tenant-does-not-exist-404',
    expect: { kind: 'not-found', message: 'Tenant does not exist', fields: [], logId: null, code: null },
    why: 'Rule 1: 404. Rule 2: `reason` holds the only sentence.',
  },
  {
    id: 'kafka-connect/request-timed-out-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500; text never decides, so no timeout. Rule 2.1: 'Request timed out' is the service's stock line, as 'Endpoint request timed out', so the default. Rule 6: `error_code: 500` restates the status. Hesitated on message and code: it is a short sentence of its own (other reading: 'Request timed out'); (other reading: '500').",
  },
  {
    id: 'flink/invalid-jobid-500-text',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 500. Rules 2.3 and 2.6: plain text on a 5xx, an exception with its qualified class name, so the default.',
  },
  {
    id: 'mercure/subscribe-invalid-jwt-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'Unauthorized' is the bare reason phrase, so the default.",
  },
  {
    id: 'dialogflow-es/v1-unauthorized-invalid-access-token-401',
    expect: {
      kind: 'unauthenticated',
      message: 'You are not authorized for this operation',
      fields: [],
      logId: null,
      code: 'unauthorized',
    },
    why: "Rule 3: a body of one member holding an object is that object. Rule 1: 401. Rule 2: `errorDetails` by its shape; rule 2.3: the Python object's repr after 'Invalid access token: ' is developer text, the sentence before it the person's. Rule 6: `errorType` is the only code; `code: 401` is the status. Hesitated on code: it only restates the status (other reading: null).",
  },
  {
    id: 'rasa/not-authorized-403',
    expect: {
      kind: 'forbidden',
      message: 'User has insufficient permission to access resource',
      fields: [],
      logId: null,
      code: 'NotAuthorized',
    },
    why: 'Rule 1: 403 (and `NotAuthorized` on a 403 refuses). Rule 2: the `message` sentence. Rule 6: `reason` is the code-shaped token; `code: 403` in digits restates the status, and `status: "failure"` is a flag. Hesitated on code: the explicit `code` member may be the code (other reading: \'403\').',
  },
  {
    id: 'wit-ai/no-auth-400',
    expect: {
      kind: 'unauthenticated',
      message: 'Bad auth, check token/params',
      fields: [],
      logId: null,
      code: 'no-auth',
    },
    why: 'Rule 1: `no-auth` says the request carried no valid credentials (as `not_authed`), a credential code on a 400. Rule 2: the `error` sentence. Rule 6: `code`. Hesitated on kind: the code is not in the list (other reading: bad-request).',
  },
  {
    id: 'bot-framework-direct-line/service-error-bad-request-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'ServiceError' },
    why: "Rule 1: a 400 without fields; `ServiceError` (a service's error, not `server_error`) names no kind. Rule 2.1: 'Bad request' is the reason phrase, so the default. Rule 6: the error's `code`. Hesitated on kind: the code may read as a server error on a 4xx (other reading: server).",
  },
  {
    id: 'bot-framework-connector/send-to-unknown-conversation-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'ServiceError' },
    why: "Rule 1: a 400 without fields; `ServiceError` names no kind and text never decides. Rule 2.3: a method's name and 'FAILED:' before its report (as a C++ member function before its report) is developer text, so the default. Rule 5: `Request-Context` names the app, no request. Rule 6: the error's `code`. Hesitated on kind and message: (other readings: server; 'The specified channel was not found', the method's name dropped as a label).",
  },
  {
    id: 'bot-framework-token-service/get-token-unknown-connection-404-empty',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404. Rule 2.4: an empty body, so the default. Rule 5: `Request-Context` and the affinity cookie are no request ids.',
  },
  {
    id: 'watson-assistant/update-dialog-node-no-valid-attributes-400',
    expect: { kind: 'bad-request', message: 'No valid update attributes', fields: [], logId: null, code: null },
    why: "Rule 1: a 400; a lone message is no list and names no field, and 'Invalid Request Body' is words, no code. Rule 2.2: the lone form-level sentence in `errors` beats the envelope's generic `error`. Rule 6: `code: 400` restates the status. Hesitated on code: (other reading: '400').",
  },
  {
    id: 'botpress/admin-api-no-authorization-header-401',
    expect: {
      kind: 'unauthenticated',
      message: 'No Authorization header',
      fields: [],
      logId: null,
      code: 'BP_0005',
    },
    why: "Rule 1: 401. Rule 2.1: the reason phrase 'Unauthorized: ' leading the sentence is dropped. Rule 2.3: `stack` is developer text. Rule 6: `errorCode` over the category `type`; `statusCode` is the status.",
  },
  {
    id: 'globus-transfer/endpoint-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'No such endpoint',
      fields: [],
      logId: 'BHI2BHt8N',
      code: 'EndpointNotFound',
    },
    why: 'Rule 1: 404. Rule 2: the `message` sentence. Rule 3: `resource` is the request path, no field. Rule 5: `request_id`. Rule 6: `code`.',
  },
  {
    id: 'globus-transfer/could-not-parse-json-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: 'NPjnXpSD6', code: 'BadRequest' },
    why: "Rule 1: 400; `BadRequest` restates it. Rule 2.3: 'Could not parse JSON: Expecting value: line 1 column 33' is a parser's report on the request body, developer text, so the default. Rule 5: `request_id`. Rule 6: `code`, the only code. Hesitated on code: it only restates the status (other reading: null).",
  },
  {
    id: 'globus-search/index-delete-pending-409',
    expect: {
      kind: 'conflict',
      message: 'did not match required status for this operation',
      fields: [],
      logId: '3430ce9a5f9d929ef7682e4c58363dee',
      code: 'Conflict.IncompatibleIndexStatus',
    },
    why: "Rule 1: 409. Rule 2: the `message` sentence. Rule 5: `request_id`. Rule 6: `code`; `@datatype` names the error's type and `status` is the status.",
  },
  {
    id: 'globus-connect-server/permission-denied-empty-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: 'permission_denied' },
    why: 'Rule 1: 403 (and a permission code). Rule 2.4: `detail` is empty and `message` null, so the default. Rule 6: `code`; `http_response_code` is the status and `DATA_TYPE` a type.',
  },
  {
    id: 'osf/maintenance-mode-503',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 503. Rule 2.4: `meta` holds a flag and a status page link, no sentence, so the default. Rule 4: no wait.',
  },
  {
    id: 'zotero/invalid-key-403-text',
    expect: { kind: 'forbidden', message: 'Invalid key', fields: [], logId: null, code: null },
    why: 'Rule 1: 403 without a code; text never decides. Rule 2.6: a plain-text sentence on a 4xx. Hesitated on kind and message: an invalid key is a credential failure (other reading: unauthenticated); it names only what is invalid (other reading: the default).',
  },
  {
    id: 'zotero/uploaded-data-must-be-json-array-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without a code. Rule 2.3: a parser expecting JSON of a shape (as Acuity's 'Expected a JSON object.') is developer text, so the default. Hesitated on message: it is a plain sentence on a 4xx (other reading: 'Uploaded data must be a JSON array').",
  },
  {
    id: 'dryad/download-forbidden-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: `Message` is `message` in PascalCase. Rule 1: 403. Rule 2.1: 'Forbidden' is the bare reason phrase, so the default.",
  },
  {
    id: 'ror/invalid-ror-id-404',
    expect: { kind: 'not-found', message: "'test' is not a valid ROR ID", fields: [], logId: null, code: null },
    why: 'Rule 1: 404; nothing turns a 404 into another kind. Rule 2.2: the lone form-level sentence in `errors`.',
  },
  {
    id: 'grist/no-view-access-403',
    expect: { kind: 'forbidden', message: 'No view access', fields: [], logId: null, code: null },
    why: 'Rule 1: 403. Rule 2: the `error` line, which says what was refused.',
  },
  {
    id: 'grist/patch-requires-same-fields-400',
    expect: {
      kind: 'bad-request',
      message: 'PATCH requires all records to have same fields',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: a 400 without fields or a code. Rule 2: the `error` sentence.',
  },
  {
    id: 'seatable/app-access-token-permission-denied-403',
    expect: { kind: 'forbidden', message: 'Permission denied', fields: [], logId: null, code: null },
    why: "Rule 1: 403. Rule 2: `error_msg` by its shape; 'Permission denied.' is no reason phrase. Hesitated on message: it may be generic as 'Access forbidden' is (other reading: the default).",
  },
  {
    id: 'kinvey/insufficient-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'The credentials used to authenticate this request are not authorized to run this operation',
      fields: [],
      logId: null,
      code: 'InsufficientCredentials',
    },
    why: 'Rule 1: 401. Rule 2.2: the `description` beats the code in `error`; rule 7: `debug` is for the developer. Rule 6: the code in `error`.',
  },
  {
    id: 'budibase/row-missing-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields or a code. Rule 2.1: 'missing' is a lone word, so the default. Rule 6: `status` is the status.",
  },
] satisfies Reading[];
