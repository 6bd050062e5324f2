import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 39 cases (every third case of the fifty-first holdout’s six parts in file order, parts A
// to F, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind51/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the forty-eighth's) as a model of the format, and
// the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was thrown; no response carried
// a `Date` header, so `now` is 2026-11-22T12:00:00Z for all; the figures of a wait are AFFiNE's `Retry-After: 10`,
// Feedbaxster's body `retryAfter: 42` and INFER's "Try again in 30 seconds" in its sentence, where Formbricks' "Please
// try again later." holds none, Saveform's "monthly" names a window and ScrapeLLM's "24 hours" how long a job is kept),
// no notes, no expectations. They were told not to open the case files or anything else under `test/conformance/`, the
// kit's source, its README or changelog, `test/core/`, the live rules file, the git history or the rest of `.tmp/`, nor
// to run the kit, the conformance script or any test, nor to use search tools; they wrote this file by its full path
// without listing its folder. They marked 26 cases "hesitated" and named the other reading. Written once and not
// changed after the comparison.

export default [
  {
    id: 'twenty/application-token-other-application-403',
    expect: {
      kind: 'forbidden',
      message: 'An application token can only target its own application',
      fields: [],
      logId: null,
      code: 'FORBIDDEN',
    },
    why: "Rule 1: 403, and `FORBIDDEN` is a permission code anyway: forbidden. Rule 2.2: `messages` holding one string is the message (a lone line is no list), a sentence saying what was refused and why. Rule 2.3: `error` 'ForbiddenException' is an exception class name, developer text. Rule 3: no field. Rule 5: no id. Rule 6: the explicit `code`; `statusCode` is the status in digits. Hesitated on code: `FORBIDDEN` only restates the 403 and stands alone (other reading: null).",
  },
  {
    id: 'twenty/rest-token-invalid-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Token invalid.',
      fields: [],
      logId: null,
      code: 'UNAUTHENTICATED',
    },
    why: "Rule 1: 401 (and `UNAUTHENTICATED` in `error` is a credential code). Rule 2.2: `messages` holding one string is the message; 'Token invalid.' is a credential line, kept as 'Invalid token' is; 'UNAUTHENTICATED', capitals only, is a code and a lone word, no message (rule 2.1). Rules 3 and 5: no field, no id. Rule 6: the code-shaped `error` is the code. Hesitated on message: it names only what is invalid (other reading: the default); and on code: it only restates the 401 (other reading: null).",
  },
  {
    id: 'frappe/run-doc-method-not-permitted-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: 'PermissionError' },
    why: "Rule 1: 403: forbidden. Rule 2.3: `exception` holds a qualified exception class name (`frappe.exceptions.PermissionError: `) before its text, developer text as a `TypeError:` prefix is, and a member named for the exception is the developer's (rule 7); what follows, 'Not permitted', only restates the 403's Forbidden: the default. Rules 3 and 5: no field, no id. Rule 6: `exc_type` is the error's type, the only code-like member (as Kite Connect's `error_type` `TokenException` is read). Hesitated on message (other reading: 'Not permitted', the exception's text after its class, read as a label before the sentence); and on code: an exception's class name is developer text (other reading: null).",
  },
  {
    id: 'maybe-finance/insufficient-scope-403',
    expect: {
      kind: 'forbidden',
      message: "This action requires the 'write' scope",
      fields: [],
      logId: null,
      code: 'insufficient_scope',
    },
    why: "Rule 1: 403, and `insufficient_scope` is a permission code: forbidden. Rule 2: `message` is a sentence saying what the action needs. Rules 3 and 5: no field, no id. Rule 6: the code in `error` (OAuth's).",
  },
  {
    id: 'maybe-finance/parameter-missing-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'bad_request' },
    why: "Rule 1: a 400 without field errors, and `bad_request` only restates the status: a bad request. Rule 2.1: 'Required parameters are missing or invalid' says only that parameters were missing or invalid, naming none (as Pin Payments' 'One or more parameters were missing or invalid.'): generic, the default. Rules 3 and 5: no field, no id. Rule 6: the code in `error`, the only one. Hesitated on code: it only restates the 400, as Mercado Pago's `bad_request` does (other reading: null).",
  },
  {
    id: 'affine/comment-attachment-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Comment attachment not found.',
      fields: [],
      logId: null,
      code: 'COMMENT_ATTACHMENT_NOT_FOUND',
    },
    why: "Rule 1: 404 (and every code here says not found). Rule 2: `message` names what was not found, a sentence as 'Resource not found' is. Rule 3: `name` holds a code, no field. Rule 5: no id. Rule 6: the most specific code: `name` 'COMMENT_ATTACHMENT_NOT_FOUND' under the category `type` 'RESOURCE_NOT_FOUND' (a code named under another is the code, the other its category), where `code` 'Not Found' is the 404's reason phrase and `status` the status in digits. Hesitated on code: an explicit `code` member stands beside it (other reading: 'RESOURCE_NOT_FOUND', or 'Not Found').",
  },
  {
    id: 'affine/throttled-retry-after-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null, retry: 10 },
    why: 'Rule 1: 429. Rule 2.4: no body: the default. Rule 4.1: `Retry-After: 10`, delay seconds: 10 s from `now` (no `Date` header: 2026-11-22T12:00:00Z). Rules 5 and 6: no request-id header, no code.',
  },
  {
    id: 'pagoda/delete-user-permission-denied-403',
    expect: {
      kind: 'forbidden',
      message: 'You do not have permission to perform this action.',
      fields: [],
      logId: null,
      code: 'AE-210000',
    },
    why: "Rule 1: 403: forbidden. Rule 2: `message` is a sentence saying the person lacks permission for this action (Django REST framework's stock text for a permission denied), more than the reason phrase. Rules 3 and 5: no field, no id. Rule 6: the explicit `code`. Hesitated on message: DRF's stock line says little more than the 403 (other reading: the default).",
  },
  {
    id: 'pagoda/entry-name-tab-character-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'Names containing tab characters cannot be specified.']],
      logId: null,
      code: 'AE-250000',
    },
    why: "Rule 3: a body that is a map of a field to a list of error items (DRF's serializer errors as Pagoda's handler writes them: `{ code, message }`) gives the field `name` its message; `name` here holds errors, not a class's name, and is no envelope member. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only field messages: the default. Rule 5: no id. Rule 6: the lone item's code. Hesitated on fields: `name` is a member the rules read elsewhere as an error's name (other reading: no field, the line as the message and the kind a bad request).",
  },
  {
    id: 'dawarich/cannot-delete-account-family-owner-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'cannot_delete_account',
    },
    why: "Rule 1: 422, and `cannot_delete_account` is none of the table's codes (no duplicate, permission, not-found or state code): validation. Rule 2.1: the body holds only a code: the default. Rules 3 and 5: no field, no id. Rule 6: the code in `error`. Hesitated on kind: the code says an action was refused, the account's state (it owns a family) forbidding it (other reading: conflict, or forbidden).",
  },
  {
    id: 'formbricks/client-rate-limit-429',
    expect: {
      kind: 'rate-limited',
      message: 'Maximum number of requests reached',
      fields: [],
      logId: null,
      code: 'too_many_requests',
    },
    why: "Rule 1: 429 (and `too_many_requests`). Rule 2: 'Maximum number of requests reached.' says a limit was met, a sentence; 'Please try again later.' after it holds no figure. Rule 3: `details` is empty. Rule 4: no header, no body hint, no figure in the text: no retry. Rule 5: no id (`Cache-Control` only). Rule 6: the explicit `code`. Hesitated on message: the line only rewords the 429's reason phrase, and a plea to try again after a summary like it is generic (other reading: the default); and on code: it restates the 429's phrase (other reading: null).",
  },
  {
    id: 'formspree/form-not-active-403',
    expect: { kind: 'forbidden', message: 'Form not active', fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2: `error` holds words with spaces, not a code token: a short sentence saying why the submission was refused (the form's state). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message: a three-word line (other reading: the default).",
  },
  {
    id: 'formspree/form-over-quota-200',
    expect: { kind: 'unknown', message: 'form over quota', fields: [], logId: null, code: null },
    why: "Rule 1: a 200 with only text in `error`, no code and no status: nothing but text says what failed, and text never decides: unknown. Rule 2: 'form over quota' is words, not a code token, and says what failed; a sentence counts on a 2xx (rule 2.6). Rule 4: no wait. Rules 3, 5 and 6: no field, no id, no code. Hesitated on kind (other reading: rate-limited, reading the quota in the words).",
  },
  {
    id: 'feedbaxster/rate-limit-retry-after-body-429',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded',
      fields: [],
      logId: null,
      code: 'RATE_LIMIT_EXCEEDED',
      retry: 42,
    },
    why: "Rule 1: 429, and `RATE_LIMIT_EXCEEDED` is `rate_limit_exceeded`. Rule 2: the error object's `message` 'Rate limit exceeded' says which limit was met, a sentence, not the bare reason phrase. Rule 4.3: no header; the error object's `retryAfter` 42, in seconds as its name says nothing else: 42 s from `now`. Rules 3 and 5: no field, no id. Rule 6: the explicit `code`. Hesitated on message: it only rewords 'Too Many Requests' (other reading: the default).",
  },
  {
    id: 'formward/invalid-request-body-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors or a code: a bad request. `ok: false` without `data`: the error is `error`. Rule 2.1: 'invalid request body' is generic (Firecrawl's 'Invalid request body'): the default. Rules 3, 5 and 6: no field, no id; the words are no code token.",
  },
  {
    id: 'formward/file-too-large-413',
    expect: { kind: 'bad-request', message: 'file too large', fields: [], logId: null, code: null },
    why: "Rule 1: 413 without `Retry-After`: a bad request. `ok: false` without `data`: the error is `error`. Rule 2: 'file too large' names what was too large (the file), more than the 413's reason phrase 'Content Too Large'. Rule 4: no wait. Rules 3, 5 and 6: no field, no id; the words are no code token. Hesitated on message: it rewords the 413's phrase (other reading: the default).",
  },
  {
    id: 'saveform/monthly-submission-limit-429',
    expect: {
      kind: 'rate-limited',
      message: 'Your monthly submission limit has been reached',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 429. Rule 2: `message` 'Your monthly submission limit has been reached.' is the fuller sentence, naming which limit (monthly), over the headline in `error`, 'Submission limit reached'. Rule 4: no header, no hint; 'monthly' names a window, not a wait: no retry. Rules 3, 5 and 6: no field, no id; `error` holds words, no code token. Hesitated on message (other reading: 'Submission limit reached', an `error` beside the message read as the occurrence's text).",
  },
  {
    id: 'headless-forms/honeypot-spam-detected-problem-422',
    expect: {
      kind: 'validation',
      message: 'Bot protection verification failed.',
      fields: [],
      logId: null,
      code: 'https://headless-form.robertboes.nl/docs/api-errors#honeypot-detected',
    },
    why: "Rule 1: 422, and no code says more (the problem type names no kind of the table): validation. Rule 2.2: RFC 9457 `detail` 'Bot protection verification failed.' beats `title` 'Spam Detected'; it names the check that failed. Rule 3: no field. Rule 5: no id (no `instance`). Rule 6: a problem `type` URI is the code when there is no other. Hesitated on message: a line that only says something failed (other reading: the default); and on code (other reading: its last segment, 'honeypot-detected').",
  },
  {
    id: 'formspring/name-required-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'The name field is required.']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422. Rule 3: Laravel's `errors` map: `name` with its message. Rule 2.1: 'The given data was invalid.' is generic; rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'nueform/form-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'The requested form could not be found.',
      fields: [],
      logId: null,
      code: 'NOT_FOUND',
    },
    why: "Rule 1: 404 (and `NOT_FOUND`). Rule 2: the error object's `message` names what was not found. Rules 3 and 5: no field, no id. Rule 6: the explicit `code`; `status` is the status in digits. Hesitated on code: it only restates the 404 (other reading: null).",
  },
  {
    id: 'simplisafe/unknown-or-invalid-refresh-token-403',
    expect: {
      kind: 'unauthenticated',
      message: 'Unknown or invalid refresh token.',
      fields: [],
      logId: null,
      code: 'invalid_grant',
    },
    why: "Rule 1: `invalid_grant` is a credential code on a 403: unauthenticated. Rule 2.2: OAuth's `error_description` beats `error`; 'Unknown or invalid refresh token.' is a credential line, kept as 'Invalid token' is. Rules 3 and 5: no field, no id. Rule 6: OAuth's `error`. Hesitated on message: it names only what is invalid (other reading: the default).",
  },
  {
    id: '17track/not-logged-in-for-a-long-time-code-6-200',
    expect: {
      kind: 'unknown',
      message: "You haven't logged in for a long time.",
      fields: [],
      logId: null,
      code: '-6',
    },
    why: "Rule 1: a 200 whose numeric `Code` -6 is no HTTP status and names no kind: nothing but the text says what failed, and text never decides: unknown. Rule 3: PascalCase `Code` and `Message` are the listed members. Rule 2: `Message` is a sentence for the person, which counts on a 2xx. Rule 5: no id. Rule 6: the numeric `Code` as a string (not zero). Hesitated on kind (other reading: unauthenticated, from the vendor's code for a session that lapsed).",
  },
  {
    id: 'skybell/device-not-found-401',
    expect: { kind: 'unauthenticated', message: 'Device not found', fields: [], logId: null, code: null },
    why: "Rule 1: 401, which no code or name turns into anything else (not-found by the words, forbidden by `name`). Rule 2: 'Device not found' names what was not found, a sentence as 'Company not found' is. Rule 3: `name` holds a reason phrase, no field. Rule 5: no id. Rule 6: `name` 'Forbidden' is the 403's reason phrase as a category word, no documented code. Hesitated on code (other reading: 'Forbidden').",
  },
  {
    id: 'honeywell-home/rate-limit-exhausted-429',
    expect: {
      kind: 'rate-limited',
      message: 'rate limit has been exhausted',
      fields: [],
      logId: null,
      code: '429.02.001',
    },
    why: 'Rule 1: 429. Rule 2: `message` is a short sentence saying the limit is spent. Rule 4: no header, no hint, no figure: no retry. Rules 3 and 5: no field, no id. Rule 6: the explicit `code`, which carries the status before its own parts. Hesitated on message: it rewords the 429 (other reading: the default); and on code: it begins with the status (other reading: null).',
  },
  {
    id: 'ons-dataset-api/version-already-exists-409',
    expect: {
      kind: 'conflict',
      message: 'version already exists',
      fields: [],
      logId: null,
      code: 'ErrVersionAlreadyExists',
    },
    why: "Rule 1: 409 (and the code says already exists): conflict. Rule 2.2: the lone item of `errors` speaks; its `description` 'version already exists' says what conflicts. Rule 3: no path-like member. Rule 5: no id. Rule 6: the lone item's `code`.",
  },
  {
    id: 'ons-dataset-api/distribution-format-invalid-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'ErrMissingParameters',
    },
    why: "Rule 1: the lone item's code, read without its `Err` prefix (as `ERR_` is dropped), `MissingParameters` says inputs are missing, a validation code on a 4xx: validation. Rule 3: the item has no path-like member; the field is named in text only: no field. Rule 2.1: 'distributions[0].format field is invalid' names only which field is invalid (as 'Invalid field', 'The following field is invalid: email' and 'Invalid value specified for 'instrument'' do): the default. Rule 5: no id. Rule 6: the lone item's `code`. Hesitated on kind: the code says missing where the text says invalid, on a 400 with no field (other reading: bad-request); and on message (other reading: the line, as the lone item's sentence).",
  },
  {
    id: 'ons-population-types-api/maximum-variables-400',
    expect: {
      kind: 'bad-request',
      message: 'Maximum variables at MSOA and above is 5',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 whose `errors` list holds one line: a lone message is no list of several; no field and no code: a bad request. Rule 2.2: a lone form-level sentence in the error's list is the message: it states the limit the query broke. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'ssb-klass/classification-not-found-404-text',
    expect: {
      kind: 'not-found',
      message: 'Classification not found with id = 99999',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 404. Rule 2.6: plain text on a 4xx is a sentence: it names what was not found and its id. Rules 3, 5 and 6: no field, no request-id header, no code.',
  },
  {
    id: 'bcb-sgs/daily-series-10-year-window-406',
    expect: {
      kind: 'bad-request',
      message: 'O sistema aceita uma janela de consulta de, no máximo, 10 anos',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 406: a bad request. Rule 2.2: the occurrence's text beats the type-level: `error` says what this query broke (a window of at most 10 years for a daily series), where `message` is the standing guidance on how to query a daily series and `syntax` an example URL. Rules 3, 5 and 6: no field (parameters named in text only), no id, no code. Hesitated on message (other reading: `message`, 'Para acessar uma série de periodicidade diária').",
  },
  {
    id: 'recnote/invalid-or-missing-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid or missing API key',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2: the error object's `message` is a credential line, kept as 'Invalid API key.' is. Rules 3 and 5: no field, no id. Rule 6: `status` is the status in digits: no code. Hesitated on message: it names only what is invalid or missing, as 'Invalid or missing required parameter: q' does (other reading: the default).",
  },
  {
    id: 'yourvoic/stt-invalid-file-format-400',
    expect: {
      kind: 'validation',
      message: 'Unsupported audio format',
      fields: [],
      logId: null,
      code: 'INVALID_FILE_FORMAT',
    },
    why: "Rule 1: `INVALID_FILE_FORMAT` begins with `invalid` and names an input (the audio file sent), a validation code on a 4xx: validation. `success: false` without `data`: the error is `error`. Rule 2: `message` says what is wrong and what to send instead. Rule 3: `details` holds the format received and those supported (a MIME type and a list of them), values, not messages: no field. Rule 5: no id. Rule 6: the explicit `code`. Hesitated on kind: a file's format is the request's encoding, as `invalid_payload_format` is, and as one reader read Tinify's `BadSignature` on a 415 (other reading: bad-request).",
  },
  {
    id: 'scrapellm/job-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Job not found. It may have expired',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2: `detail` is a sentence naming what was not found and why. Rule 4: '24 hours' is how long jobs are kept, a window, not a wait: no retry. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'content-extractor/quota-exceeded-402',
    expect: {
      kind: 'rate-limited',
      message: 'No remaining credits for this token.',
      fields: [],
      logId: null,
      code: 'QUOTA_EXCEEDED',
    },
    why: "Rule 1: `QUOTA_EXCEEDED` is a quota code, which decides on a 402 as on any status (CloudConvert's `CREDITS_EXCEEDED`): rate-limited. Rule 2: `message` is a sentence saying the credits are spent. Rule 4: no header, no hint: no retry. Rules 3 and 5: no field, no id. Rule 6: the code in `error`.",
  },
  {
    id: 'content-extractor/extraction-error-500',
    expect: {
      kind: 'server',
      message: 'Content extraction failed',
      fields: [],
      logId: null,
      code: 'EXTRACTION_ERROR',
    },
    why: "Rule 1: 500 (`EXTRACTION_ERROR` names no kind, and a code cannot turn a 5xx into a 4xx kind): server. Rule 2: `message` says which operation failed; JSON on a 5xx is the app's own (rule 2.6 is for plain text). Rules 3 and 5: no field, no id. Rule 6: the code in `error`. Hesitated on message: a line of words that say something failed (other reading: the default, as one reader read FedaPay's 'Account creation failed').",
  },
  {
    id: 'infer/rate-limited-try-again-429',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded. Try again in 30 seconds',
      fields: [],
      logId: null,
      code: 'RATE_LIMITED',
      retry: 30,
    },
    why: "Rule 1: 429, and `RATE_LIMITED`. Rule 2: the error object's `message` says the limit was met and when to try again. Rule 4.4: no header, no body hint; the sentence writes 'Try again in 30 seconds': 30 s from `now`. Rules 3 and 5: no field, no id. Rule 6: the explicit `code`.",
  },
  {
    id: 'nextapi/model-not-found-400',
    expect: {
      kind: 'not-found',
      message: 'Model not found',
      fields: [],
      logId: null,
      code: 'model_not_found',
    },
    why: 'Rule 1: `model_not_found` is a not-found code on a 400: not-found (the category `invalid_request_error` says less). Rule 2: `message` names what was not found. Rules 3 and 5: no field, no id. Rule 6: `code` over the category `type`.',
  },
  {
    id: 'memory-inc/rate-limited-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: 'rate_limited' },
    why: "Rule 1: 429, and `rate_limited`. `ok: false` without `data`: the error is `error`. Rule 2.1: 'too many requests' is the 429's bare reason phrase: the default. Rule 4: no wait. Rules 3 and 5: no field, no id. Rule 6: the explicit `code`.",
  },
  {
    id: 'atomic-memory/config-mutation-deprecated-410',
    expect: {
      kind: 'not-found',
      message: 'PUT /v1/memories/config is deprecated for production',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 410: not-found. Rule 2.2: `error` says what happened this time, the endpoint deprecated for production; `detail` tells whoever runs the service which environment variable to set, an operator's instruction. Rules 3, 5 and 6: no field (the path is the request's), no id, no code. Hesitated on message: both lines speak to developers, one naming a method and path, the other an environment variable (other reading: `detail`'s 'Set CORE_RUNTIME_CONFIG_MUTATION_ENABLED=true', as an occurrence member beside `error`, or the default).",
  },
  {
    id: 'bazaardan/validation-error-items-stock-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['items.0.stock', 'Stock must be an integer greater than or equal to 0.']],
      logId: null,
      code: 'VALIDATION_ERROR',
    },
    why: "Rule 1: 422, and `VALIDATION_ERROR`. `success: false` without `data`: the error is `error`. Rule 3: `details` items name `field` 'items.0.stock' (canonical as sent) with `message`. Rule 2.1: 'Request payload validation failed.' only says something failed validation: generic; rule 2.4: only field messages: the default. Rule 5: no id. Rule 6: the explicit `code`, with no item codes.",
  },
] satisfies Reading[];
