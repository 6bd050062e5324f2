import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 44 cases (every third case of the forty-third holdout’s six parts in file order, parts A
// to F, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind43/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the forty-second's, `second-reading-42.ts`) as a
// model of the format, and the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was
// thrown, so `now` is the `Date` header, else 2026-11-22T12:00:00Z; the only waits are body hints, RepPingDR's
// `retryAfter: 42` and NBA 2K API's `error.retryAfter: 45`, both in seconds, and no response carried a `Retry-After`),
// no notes, no expectations. They were told not to open the case files or anything else under `test/conformance/`,
// the kit's source, its README or changelog, `test/core/`, the live rules file, the git history or the rest of
// `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search tools. They marked 33 cases
// "hesitated" and named the other reading. Finding the folder to write into, they printed the first five lines of
// `second-reading-42.ts` (its imports and the start of its header, as in the model); no expectation was in view.
// Written once and not changed after the comparison.

export default [
  {
    id: 'serpwow/supplied-api-key-not-valid-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Supplied api_key is not valid',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 3: a body of one member holding an object (`request_info`) is that object; `success: false` without `data`. Rule 2: its `message`, a sentence that says which credential was refused, kept as credential lines are ('Invalid API key'). Rules 5 and 6: no headers, no id, no code member. Hesitated on message: it names only what is not valid (other reading: the default).",
  },
  {
    id: 'semrush/v4-forbidden-meta-request-id-403',
    expect: {
      kind: 'forbidden',
      message: DEFAULT,
      fields: [],
      logId: 'a29952029c10a47e5876d86256e59455',
      code: null,
    },
    why: "Rule 1: 403, and nothing names another kind. Rule 2.1: the error's `message` 'Forbidden' is the 403's own reason phrase (not another status's phrase sent with it), so the default (rule 2.4); `details` is empty. Rule 5: `meta.request_id`, the body's own id (a body's `meta` is read as an envelope). Rule 6: `error.code` 403 only restates the status in digits, so no code; `retryable: false` sets no wait.",
  },
  {
    id: 'localiq/unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'Unauthorized' is the bare reason phrase of the status it comes with, so the default. Rules 5 and 6: no headers, no id, no code.",
  },
  {
    id: 'google-indexing/missing-url-attribute-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'INVALID_ARGUMENT',
    },
    why: "Rule 1: a 400 whose `status` is `INVALID_ARGUMENT`, a validation code on a 4xx (the numeric `code` only restates the status). Rule 3: the error object names no field in `param`, `field` or a context, and a name quoted in text binds no field by structure, so no field error. Rule 2.1: 'Missing attribute.' is a generic line and ''url' attribute is required.' names only which input is missing, as 'Missing required parameter: templateId' does, so the default (rule 2.4). Rule 5: no id (`Content-Type` only). Rule 6: Google's `status`, the canonical code, over the `code` that restates the status. Hesitated on message: the second sentence says what the request lacks (other reading: ''url' attribute is required').",
  },
  {
    id: 'google-business-profile/v4-invalid-argument-legacy-errors-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'INVALID_ARGUMENT',
    },
    why: "Rule 1: a 400 whose `status` is `INVALID_ARGUMENT`, a validation code. Rule 3: the legacy `errors` item has no path (`domain: \"global\"` names none), so form-level, and no field. Rule 2.1: 'Request contains an invalid argument.' (in `message` and in the item, one line said twice) is a generic summary, as CAMARA's 'Client specified an invalid argument …', so the default. Rule 5: no id. Rule 6: the lone item's `reason` 'badRequest' only restates the status and gives way (as Mautic's lone item's code gives way to its `type`), leaving the error's `status`. Hesitated on code: the item-level `reason` is the item's code (other reading: 'badRequest').",
  },
  {
    id: 'pagespeed-insights/lighthouse-failed-document-request-500',
    expect: {
      kind: 'server',
      message: 'Lighthouse was unable to reliably load the page you requested',
      fields: [],
      logId: null,
      code: 'lighthouseError',
    },
    why: "Rule 1: 500, and `lighthouseError` names no other kind. Rule 2.3: 'Lighthouse returned error: FAILED_DOCUMENT_REQUEST.' is a report of another component's error code and '(Details: net::ERR_ACCESS_DENIED)' a browser's network error in parentheses after the sentence, both developer text; the sentences between them speak to the person (what failed, what to check). JSON on a 5xx is the app's, so rule 2.6 does not apply. Rule 5: no id. Rule 6: the lone item's `reason`, the legacy Google error's code; `code` 500 is the status. Hesitated on message: the line begins with developer text and no rule splits at a full stop (other reading: the default); and on code: `reason` is no code member the rules name for legacy errors (other reading: null).",
  },
  {
    id: 'serplify/insufficient-balance-402',
    expect: {
      kind: 'rate-limited',
      message: 'Your prepaid balance is too low for this request',
      fields: [],
      logId: 'req_9f2c…',
      code: 'insufficient_balance',
    },
    why: "Rule 1: a 402 no row lists; the code `insufficient_balance` says a prepaid allowance is spent, as `insufficient_quota` and CloudConvert's `CREDITS_EXCEEDED` on a 402 do ('credits spent are a quota'), and a quota code decides on any status. Rule 2: the error's `message`, a sentence. Rule 4: no header, hint or wait in text: no retry. Rule 5: the body's `request_id`, as sent (with its ellipsis). Rule 6: the error's `code`. Hesitated on kind: a balance is money, not a quota, and no row names the code (other reading: bad-request).",
  },
  {
    id: 'serpii/validation-error-missing-q-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['q', 'Invalid or missing required parameter: q']],
      logId: null,
      code: 'VALIDATION_ERROR',
    },
    why: "Rule 1: a 400 with `VALIDATION_ERROR`, a validation code, and a field error. Rule 3: a lone error object whose `details.field` names its field (TransparentMedz's), so its message is `q`'s error. Rule 2.1: 'Invalid or missing required parameter: q' names only which parameter is missing or invalid, as 'Missing required parameter: templateId', so the default; `documentation` is a link. Rule 5: no id. Rule 6: the error's `code`.",
  },
  {
    id: 'reppingdr/rate-limit-exceeded-retry-after-429',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded',
      fields: [],
      logId: null,
      code: null,
      retry: 42,
    },
    why: "Rule 1: 429. Rule 2: `error` holds words with spaces, a short sentence that says what happened, not the 429's reason phrase ('Too Many Requests'). Rule 4.3: no header; the body's `retryAfter` 42, seconds as the name does not say otherwise, from `now` (no `Date`: 2026-11-22T12:00:00Z). Rules 5 and 6: no id; `error` holds text, no code. Hesitated on message: a short line that names only what failed, as a category line (other reading: the default).",
  },
  {
    id: 'brightpearl/order-type-code-not-supplied-400',
    expect: {
      kind: 'bad-request',
      message: 'You have not supplied an order type code',
      fields: [],
      logId: null,
      code: 'ORDC-005',
    },
    why: "Rule 1: a 400 with one message and no field error; `ORDC-005` names no kind, and a lone message is no list, so a bad request. Rule 3: the item has no path, so form-level. Rule 2.2: a lone form-level sentence in the error list speaks. Rule 4: the throttle headers count only when the kind is rate-limited. Rule 5: no body id; `Ruid` is not named like a request id (`…request-id`, `…request-uuid`, …). Rule 6: the lone item's `code`. Hesitated on message: it names only which input is missing (other reading: the default); and on support id: `Ruid` reads as a request's unique id (other reading: 'b267cbcf-b9c4-4c67-bd34-c90e1a758c55').",
  },
  {
    id: 'katana/validation-failed-city-max-length-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['city', 'should NOT be longer than 10 characters']],
      logId: null,
      code: 'maxLength',
    },
    why: "Rule 1: 422 (and `VALIDATION_FAILED`). Rule 3: LoopBack's `details` items with `path` '.city' (a JSON Schema `dataPath`, canonical `city`) and a `message`. Rule 2.1: the envelope's 'The request body is invalid. See error object `details` property for more info.' sends the reader to the list, a generic headline, so the default (rule 2.4); `name` 'UnprocessableEntityError' restates the status. Rule 5: no id. Rule 6: a code that only says validation is a category beside a lone item's code, so the item's `maxLength`. Hesitated on fields: the item's text is Ajv's wording, which rule 2.3 names developer text (other reading: no field message kept, or the field with its text anyway); and on code (other reading: 'VALIDATION_FAILED').",
  },
  {
    id: 'katana/internal-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2.1: 'Internal Server Error' is the bare reason phrase, so the default. Rule 5: no id. Rule 6: `statusCode` is the status, and `name` 'InternalServerError' only restates it (a category, rule 6), so no code. Hesitated on code: `name` is LoopBack's error class, and the only code-shaped member (other reading: 'InternalServerError').",
  },
  {
    id: 'flexgalaxy/wes-cross-warehouse-credential-403',
    expect: {
      kind: 'forbidden',
      message: 'Credential WH-Tokyo-01/AcmeWES attempted to post for WH-Tokyo-02',
      fields: [],
      logId: '01J7Y6K1NQ3W2C0X4V0R5T6E7N',
      code: 'https://docs.flexgalaxy.ai/dev/wes-contract/errors.html#cross-warehouse-credential',
    },
    why: "Rule 1: 403; no credential code (the title says a credential is not authorized here, a refusal of someone known). Rule 2.2: problem details' `detail` beats `title`. Rule 5: `trace_id`, the body's own id by its shape (`traceId`); `instance` is a path, no id. Rule 6: a problem `type` URI is the code when there is no other. Hesitated on code: the type is read by its last segment, the fragment (other reading: 'cross-warehouse-credential').",
  },
  {
    id: 'shipwire/authorization-header-required-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Please include a valid Authorization header',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2: the `message`, a sentence that asks for a valid credential. Rule 4: no wait. Rule 5: no body id, no request-id header (`Date`, `WWW-Authenticate`, `Content-Type`). Rule 6: `status` is the status; `WWW-Authenticate` carries no error code. Hesitated on message: it speaks of a header, which is the developer's to send (other reading: the default).",
  },
  {
    id: 'shipwire/product-classification-not-detected-400',
    expect: {
      kind: 'bad-request',
      message: 'Product Classification not detected. Please pass classification for each product',
      fields: [],
      logId: '756c2601321ce348b5d8251defd020e1',
      code: null,
    },
    why: "Rule 1: a 400 with one item and no field error, and no code that names a kind, so a bad request. Rule 3: the item's `sku` names a product record, not a path-like member, so it is form-level. Rule 2.2: a lone form-level sentence in the error list beats the envelope's generic 'Invalid request'. Rule 5: no body id; the `X-Request-Id` header. Rule 6: the item's `code` 400 restates the status and `type: \"error\"` is a flag: no code.",
  },
  {
    id: 'seller-labs/sample-error-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '400-001' },
    why: "Rule 1: a 400 without field errors; `400-001` names no kind. Rule 2.1: `userMessage` 'An Error Occurred' is a generic line, and `developerMessage` is developers' (rule 2.3), so the default. Rule 5: no id (`user` is an account). Rule 6: the top-level `code`, which the documentation link names. Hesitated on code: it carries the status's number (other reading: null).",
  },
  {
    id: 'wunderground-upload/bad-station-or-password-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: the text body 'unauthorized' is a lone word and the 401's reason phrase, so the default. Rules 5 and 6: no headers, no code.",
  },
  {
    id: 'pwsweather/garbled-date-200-html',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: a 200 with no code and no error status; text never decides, so unknown. Rule 2.5: an HTML page gives no message, so the default. Rule 3: no structure. Rules 5 and 6: no headers, no code.',
  },
  {
    id: 'metoffice-wow/post-too-soon-429-text',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 429. Rule 2.3: 'The custom error module does not recognize this error.' is IIS's stock report about its own error handling, the server's infrastructure, not words for the person, so the default. Rule 4: no header, no hint, no wait in text: no retry. Rules 5 and 6: no headers, no code. Hesitated on message: plain text on a 4xx is a sentence (other reading: 'The custom error module does not recognize this error').",
  },
  {
    id: 'windy-stations/invalid-api-key-400-text',
    expect: { kind: 'bad-request', message: 'Invalid API key', fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 without field errors and without a code; text never decides, so a bad request, though it names a credential. Rule 2.6: plain text on a 4xx is the message, a credential line kept. Rules 5 and 6: no headers, no code. Hesitated on kind: the text says the request had no valid credentials (other reading: unauthenticated).',
  },
  {
    id: 'metservice/unauthorized-401-problem',
    expect: {
      kind: 'unauthenticated',
      message: "A valid API key was not provided in the 'apikey' header",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2.2: problem details' `detail` beats `title` 'Unauthorized' (the reason phrase). Rule 5: no id, no `instance`. Rule 6: the problem `type` '/error-handling/unauthorized' only restates the status (it links the 401's section), so no code. Hesitated on code: a problem type URI is the code when there is no other (other reading: '/error-handling/unauthorized').",
  },
  {
    id: 'awair/requested-resource-not-found-404-text',
    expect: {
      kind: 'not-found',
      message: 'The requested resource could not be found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2.6: plain text on a 4xx is the message; a sentence, not the bare reason phrase (as 'Resource not found'). Rule 5: no request-id header (`Via`, `Server`, `Alt-Svc` are none). Rule 6: no code. Hesitated on message: a stock sentence that says no more than the status (other reading: the default).",
  },
  {
    id: 'emnify/token-invalid-number-of-segments-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: '57a5d454-7d14-4d9a-a523-4643ac5b5888',
      code: 'AccessDeniedException',
    },
    why: "Rule 1: 401; a code never turns a 401 into anything else. Rule 2.3: 'token contains an invalid number of segments' is a JWT library's report (as 'The token was expected to have 3 parts'), token internals, so the default. Rule 5: no body id; of the request-id headers `x-amzn-requestid` comes before `x-amz-cf-id`. Rule 6: `x-amzn-errortype`, AWS's code (no namespace to drop).",
  },
  {
    id: 'emnify/update-endpoint-service-profile-not-found-422',
    expect: {
      kind: 'validation',
      message: "Service profile with Id '-1' not found",
      fields: [],
      logId: '08c8b472-0e39-4a5e-9892-f181d31cf00e',
      code: '1401',
    },
    why: "Rule 1: 422 (the envelope's `InputValidationFailed` says validation; the item's `InvalidReference` begins with `invalid` and names an input, not a not-found code, which the table reads on a 400 or 409). Rule 3: the item has no path, so form-level. Rule 2.2: a lone form-level sentence in the error list beats the envelope's 'Update endpoint validation error' (a generic line, rule 2.1). Rule 5: no body id; `x-amzn-requestid` comes before `x-amzn-trace-id`. Rule 6: the item-level code over the envelope's, from `error_code` (a code member by its shape), a number as a string. Hesitated on code: `error_token` is the same code in words (other reading: 'InvalidReference').",
  },
  {
    id: '1nce/token-invalid-illegal-base64-401',
    expect: {
      kind: 'unauthenticated',
      message: 'The token is invalid',
      fields: [],
      logId: '2cab9faf-f4a3-427d-82fb-66085605d6ea',
      code: null,
    },
    why: "Rule 1: 401. Rule 2: Spring Boot's `message`; 'The token is invalid' is a sentence for the person and ': Illegal base64 character 20' after the colon is a decoder's report (rule 2.3), developer text; `error` 'Unauthorized' is the reason phrase. Rule 5: no body id; the `X-Amzn-Requestid` header (before `X-Amz-Cf-Id` and `X-Amzn-Trace-Id`). Rule 6: no code (`error` is the reason phrase, `status` the status). Hesitated on message: the whole line is a token's report (other reading: the default).",
  },
  {
    id: 'stn/email-required-when-activating-esim-400',
    expect: {
      kind: 'bad-request',
      message: 'Email address is required when activating an eSim',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors (`errors` is empty); `errorCode` 'BadRequest' names the request, not an input, so a bad request. Rule 3: ServiceStack's `responseStatus`, a body of one member holding an object. Rule 2: its `message`, a sentence that says what is needed and when. Rule 5: no id. Rule 6: `errorCode` only restates the status, a category, so no code. Hesitated on code: it is ServiceStack's code member and the only code (other reading: 'BadRequest').",
  },
  {
    id: 'monogoto/field-username-required-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: 'b3c4d5e6-f7a8-9012-bcde-f12345678901',
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code; text never decides, so a bad request. Rule 3: a field named in text binds none by structure. Rule 2.1: 'Field 'username' is required' names only which input is missing, as 'Missing required parameter: templateId', so the default. Rule 5: the body's `request_id`. Rule 6: `status_code` is the status. Hesitated on message: a full sentence that says what is required (other reading: 'Field 'username' is required').",
  },
  {
    id: 'soracom/agw0005-internal-error-text-plain-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'AGW0005' },
    why: "Rule 1: 500, and `AGW0005` names no kind. Rule 2: the text body is JSON sent as `text/plain`, read as the JSON it is (as the model's cPanel case); its `message` 'Internal error' is generic ('Internal … error'), and read as text on a 5xx it would be the default too (rule 2.6). Rule 5: no id (`Date`, `Content-Type`). Rule 6: the JSON's `code`. Hesitated on code: plain text on a 5xx is a proxy's or runtime's for rule 2.6 (other reading: null).",
  },
  {
    id: 'oddspapi/missing-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'missing_api_key',
    },
    why: "Rule 1: 401 (and `missing_api_key` names a credential). Rule 2.1: 'missing apiKey' names only which input is missing, as 'Missing 'name' parameter', so the default. Rule 5: no id. Rule 6: the `code`; `error` 401 is the status. Hesitated on message: a credential line, as 'Invalid API key' is kept (other reading: 'missing apiKey').",
  },
  {
    id: 'oddspapi/fastapi-field-required-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['fixtureId', 'Field required']],
      logId: null,
      code: 'missing',
    },
    why: "Rule 1: 422 (and `validation_error`). Rule 3: FastAPI's items under `details`, `loc` with the leading `query` removed. Rule 2.1: 'Validation error' is a category line, so the default (rule 2.4). Rule 5: no id. Rule 6: a code that only says validation is a category beside a lone item's code, so pydantic's `type`. Hesitated on code: `type` is pydantic's error type, not a code member (other reading: 'validation_error').",
  },
  {
    id: 'odditt/invalid-authorization-header-401',
    expect: {
      kind: 'unauthenticated',
      message: 'invalid authorization header',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2: `error` holds words with spaces, a sentence that says which credential was refused, kept as credential lines are ('Invalid token'). Rules 5 and 6: no id; `error` holds text, no code. Hesitated on message: it names only what is invalid (other reading: the default).",
  },
  {
    id: 'odditt/rate-limit-exceeded-429',
    expect: { kind: 'rate-limited', message: 'rate limit exceeded', fields: [], logId: null, code: null },
    why: 'Rule 1: 429. Rule 2: `error` holds words with spaces, a short sentence, not the reason phrase. Rule 4: no header, no hint, no wait: no retry. Rules 5 and 6: no id, no code. Hesitated on message: it names only what failed (other reading: the default).',
  },
  {
    id: 'sportradar-uof/varnish-503-html',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 503. Rule 2.5: Varnish's HTML error page gives no message, so the default. Rule 5: no request-id header; the page's 'XID: 334397917' is page text, which goes to `details`. Rule 6: no code. Hesitated on support id: Varnish's XID identifies the transaction (other reading: '334397917').",
  },
  {
    id: 'hkjc-racing-api/plan-restriction-403',
    expect: {
      kind: 'forbidden',
      message: 'WebSocket endpoints require an Ultimate plan',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 (and `forbidden` is a permission code). Rule 2: the `message`, sentences that say what was refused and what to do. Rule 5: no id. Rule 6: `error` 'forbidden' only restates the status, a category, so no code. Hesitated on code: OAuth-style `error` holds the code, and FORBIDDEN is listed (other reading: 'forbidden').",
  },
  {
    id: 'front9/newsletter-email-rule-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['email', 'email']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422. Rule 3: a map of path to text under `errors`; a value that says only a code (the broken rule's name) is its field's error under a field. Rule 2.4: only a field message, so the default. Rules 5 and 6: no id, no code (a field's code is not the response's). Hesitated on fields: the value is a rule's name, not a message (other reading: no field error).",
  },
  {
    id: 'nba2k-api/rate-limit-retry-after-45-429',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded. Try again in 45 seconds',
      fields: [],
      logId: null,
      code: 'RATE_LIMIT_EXCEEDED',
      retry: 45,
    },
    why: "Rule 1: 429 (and `RATE_LIMIT_EXCEEDED`). Rule 2: the error's `message`, sentences that say what happened and when to retry. Rule 4.3: no header; the error's `retryAfter` 45 seconds (the text says the same), from `now` (no `Date`: 2026-11-22T12:00:00Z). Rule 5: no id. Rule 6: the error's `code`.",
  },
  {
    id: 'fans-united/no-client-found-400',
    expect: {
      kind: 'not-found',
      message: 'No client found with the given id',
      fields: [],
      logId: null,
      code: 'no_client_found',
    },
    why: "Rule 1: a 400 whose code `no_client_found` is a not-found code, which outranks a 400 (the numeric `code` only restates the status, so `status` speaks, as a category classifies when the code does not). Rule 2: the error's `message`, a sentence. Rule 5: no id. Rule 6: the code word in `status`, as Google's `status`; the numeric `code` is the HTTP status. Hesitated on code: `status` is named a category (other reading: null).",
  },
  {
    id: 'fans-united/no-clients-for-user-404',
    expect: {
      kind: 'not-found',
      message: 'No clients found for this user',
      fields: [],
      logId: null,
      code: 'no_clients_found_for_user',
    },
    why: "Rule 1: 404. Rule 2: the error's `message`, a sentence that says what was not found. Rule 5: no id. Rule 6: the code word in `status`; the numeric `code` restates the status.",
  },
  {
    id: 'opentransportdata-swiss/ojp-invalid-token-tyk-403',
    expect: {
      kind: 'forbidden',
      message: 'Access to this API has been disallowed',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 with no code; text never decides. Rule 2: Tyk's `error`, a sentence that says what was refused. Rule 5: no request-id header (`Vary`, `X-Generator`, `Date`, `Strict-Transport-Security`). Rule 6: `error` holds text, no code.",
  },
  {
    id: 'yandex-rasp/from-and-to-required-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'v1.0_2.30.13_127',
    },
    why: "Rule 1: a 400 without field errors; `error_code` names no kind and `http_code` is the status, so a bad request. Rule 2: `text` holds the sentence ('Нужно указать from и to', 'from and to must be given'), but it names only which parameters are missing, as 'Missing 'name' parameter', so the default (rule 2.1); `request` is the URL called. Rule 5: no id. Rule 6: `error_code` by its shape. Hesitated on message: a sentence in Russian that says what the request must carry (other reading: 'Нужно указать from и to').",
  },
  {
    id: 'horaires-ratp-api/internal-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2.1: `result.message` 'Internal Server Error' is the bare reason phrase (`result` is an envelope), so the default. Rule 5: `_metadata` holds the call, a date and a version, no id. Rule 6: `result.code` 500 is the status.",
  },
  {
    id: 'transport-opendata-ch/invalid-value-for-parameter-limit-text-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code; text never decides. Rule 2.1: 'Invalid value for Parameter `limit`.' names only which parameter is invalid, as 'Invalid value for parameter: amount' and 'Invalid value \"…\" for parameter …', so the default. Rules 5 and 6: no headers, no code. Hesitated on message: plain text on a 4xx is a sentence (other reading: 'Invalid value for Parameter `limit`').",
  },
  {
    id: 'viaggiatreno/andamento-treno-resource-not-found-text-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: 'Error 404: ' is a status label and dropped; rule 2.3: the rest is RESTEasy's routing report ('Could not find resource for relative : /resteasy/… of full path: http://…'), the framework's text with its internal paths, developer text, so the default. Rules 5 and 6: no headers, no code. Hesitated on message: plain text on a 4xx that says what was not found (other reading: 'Could not find resource for relative').",
  },
  {
    id: 'transitkit/invalid-stop-400',
    expect: {
      kind: 'validation',
      message: "No stop found with ID '99999'",
      fields: [],
      logId: null,
      code: 'INVALID_STOP',
    },
    why: "Rule 1: a 400 whose code `INVALID_STOP` begins with `invalid` and names an input (the stop), a validation code; text never decides. Rule 3: the error object names no field. Rule 2: the error's `message`, sentences that say what was not found and what to do; `docs` is a link. Rule 5: no id. Rule 6: the error's `code`. Hesitated on kind: the text says not found, and a stop may be read as a resource, not an input (other reading: not-found or bad-request).",
  },
] satisfies Reading[];
