import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 45 cases (every third case of the fifty-fifth holdout’s eight parts in file order, parts A
// to H, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind55/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the fifty-second's) as a model of the format, and
// the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was thrown, so `now` is the
// `Date` header where one was sent (ParcelValue's, Eligible's), else 2026-11-22T12:00:00Z; only APIcast's 429 sent a
// `Retry-After`, and no other response carried a reset header, a body hint or a wait in its text, so one case states a
// retry), no notes, no expectations. They were told not to open the case files or anything else under
// `test/conformance/`, the kit's source, its README or changelog, `test/core/`, the live rules file, the git history or
// the rest of `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search tools; they wrote this
// file by its full path without listing its folder. They marked 29 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.

export default [
  {
    id: 'sameday/validation-failed-form-children-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['pickupPoint', 'The given pickupPoint is invalid!'],
        ['pickupPoint', 'This value should not be null.'],
        ['thirdParty.city', 'Invalid city.'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: `errors` is a serialized Symfony form; its `children` lead no path (Kimai's, the fiftieth holdout's row), so `pickupPoint` holds two lines and `thirdParty`'s child `city` one, `thirdParty.city` (a record leads its errors' paths); the empty `contactPerson` and `county` say nothing. Rule 1: a 400 that carries field errors: validation. Rule 2.1: 'Validation Failed' is a generic summary; rule 2.4: only field messages: the default. Rule 5: no id. Rule 6: `code` 400 only restates the status: no code. Hesitated on fields: one field with two lines may be one field error or two (other reading: `pickupPoint` once, with both lines).",
  },
  {
    id: 'delivery-solutions/missing-api-key-403',
    expect: {
      kind: 'forbidden',
      message: 'Invalid Api Key!',
      fields: [],
      logId: null,
      code: 'FORBIDDEN',
    },
    why: "Rule 1: 403, and `FORBIDDEN` is a permission code; no credential code is sent and text never decides, so the words 'Api Key' make no sign-in. Rule 3: the lone item of `errors` repeats the envelope (a body that says an error twice says it once), no field. Rule 2: 'Invalid Api Key!' is a credential line, kept as 'Invalid token' and 'Invalid API key' are. Rule 5: no id. Rule 6: `type` 'FORBIDDEN' is the only code token, the envelope's and the lone item's alike. Hesitated on code: the code only restates the 403 and sits in `type`, a category member (other reading: no code).",
  },
  {
    id: 'parcelvalue/confirm-price-is-different-400',
    expect: {
      kind: 'bad-request',
      message: 'Price is different. Original price: 123.45; updated price: 76.48',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (text never decides). Rule 3: the lone JSON:API item has no `source`: no field. Rule 2.2: the item's `detail` beats its `title` ('Bad Request', the bare reason phrase); it says what changed, with both prices. Rule 5: `Date`, `Server` and `Content-Type` are no request-id headers; no `id`. Rule 6: the item's `status` 400 is the status: no code.",
  },
  {
    id: 'easyappointments/record-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'The requested record was not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2.1: 'The requested record was not found!' is a sentence, not the bare reason phrase (only 'Not Found' itself, or 'Not found!', restates the status; 'Resource not found' is a sentence). Rules 5 and 6: no id; `code` 404 only restates the status: no code. Hesitated on message: the line says little more than the 404 (other reading: the default, as 'Not found!').",
  },
  {
    id: 'onsched/invalid-or-expired-token-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid or expired access token',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401 (a code never turns a 401 into anything else). Rule 2: `message` says what was wrong with the credential, a credential line kept ('Invalid token'). Rule 5: no id. Rule 6: `statusCode` 401 in digits is a status; `name` 'UnauthorizedError' is the error's class and only restates the 401 (LoopBack's `name` is no code, the forty-third holdout's row): no code. Hesitated on code (other reading: 'UnauthorizedError').",
  },
  {
    id: 'moncreneau/appointment-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Appointment with id 12345 not found',
      fields: [],
      logId: null,
      code: 'APPOINTMENT_NOT_FOUND',
    },
    why: 'Rule 1: 404, and the code is a not-found code too. Rule 2: `error.message` is a sentence naming what was not found. Rule 5: no id (the appointment id names the record, not the occurrence). Rule 6: `error.code` is the code.',
  },
  {
    id: 'meetergo/validation-failed-email-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['email', 'Invalid email format']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `errors` is a list of items with `field` and `message`: `email`. Rule 1: a 400 that carries field errors: validation. Rule 2.1: 'Validation failed' is generic and 'Bad Request' the reason phrase; rule 2.4: only field messages: the default. Rules 5 and 6: no id; `statusCode` 400 is the status and `error` the reason phrase: no code.",
  },
  {
    id: 'meetergo/missing-user-id-header-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (text never decides, so 'API key authentication' makes no sign-in). Rule 2.1: the line names only which header is missing, by its wire name ('x-meetergo-api-user-id'), as 'Missing required parameter: templateId' does: generic, the default. Rules 5 and 6: no id; `statusCode` is the status and `error` the reason phrase: no code. Hesitated on message: it also says what the header is for (other reading: the line, 'Missing required header …').",
  },
  {
    id: 'slotflow/slot-unavailable-409',
    expect: {
      kind: 'conflict',
      message: 'The requested slot is no longer available',
      fields: [],
      logId: null,
      code: 'SLOT_UNAVAILABLE',
    },
    why: "Rule 1: 409: conflict; `SLOT_UNAVAILABLE` names no other kind (an outage's code names one on a 5xx only, and this one names a slot's state, not the service). Rule 2: `error.message` is a sentence. Rule 5: no id. Rule 6: `error.code` is the code; `error.status` 409 is the status.",
  },
  {
    id: 'launch27/missing-api-key-not-acceptable-406',
    expect: {
      kind: 'bad-request',
      message: 'Missing API key',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 406: a bad request; no code, and text never decides, so 'Missing API key' makes no sign-in. Rule 2.2: a lone form-level sentence in the error's list beats the envelope's `message`, which is the 406's reason phrase ('not acceptable'). Rule 3: the item names no field. Rules 5 and 6: no id; `code` 406 restates the status: no code. Hesitated on message: a short line naming only what is missing (other reading: the default); and on kind (other reading: unauthenticated, from the words).",
  },
  {
    id: 'treats-vet/insufficient-permissions-403',
    expect: {
      kind: 'forbidden',
      message: 'Insufficient permissions',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403. Rule 2: 'Insufficient permissions' says why the request was refused; it is no reason phrase and on no generic list. Rules 5 and 6: no id, no code. Hesitated on message: it says little more than the 403 does, as 'Access forbidden' (generic) (other reading: the default).",
  },
  {
    id: 'tap4book/access-token-required-french-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Access token requis ou invalide',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. `success: false` holds its error in `data`, but `data` is an empty list and says nothing, so the envelope's `message` speaks. Rule 2: 'Access token requis ou invalide' (French: the access token is required or invalid) is a credential line, kept as 'Invalid or missing API key' is. Rules 5 and 6: no id, no code. Hesitated on message: it names only what is missing or invalid (other reading: the default).",
  },
  {
    id: 'videsk/hour-unavailable-409',
    expect: {
      kind: 'conflict',
      message: 'Sorry, the hour "2023-02-07T03:56:00.000Z" is unavailable',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 409. Rule 2: Feathers' `message` is a sentence saying which hour is taken; `name` 'Conflict' is the reason phrase. Rule 3: `errors` is empty: no field. Rule 5: no id. Rule 6: `code` 409 is the status, `name` and `className` ('conflict') restate it: no code.",
  },
  {
    id: 'fast2sms/invalid-authentication-412-on-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid Authentication, Check Authorization Key',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401; a body's own status says more only beside a bare 400 or a 2xx, and nothing turns a 401 into another kind, so `status_code` 412 does not make a conflict. Rule 2: `message` is a credential line that says what to check. Rule 5: no id. Rule 6: `status_code` 412 in digits is a status, not a code (a `statusCode` is a code only written as a word); `return: false` is a flag. Hesitated on code: Fast2SMS's 412 is its own number for this error (other reading: '412').",
  },
  {
    id: 'sent/insufficient-balance-400',
    expect: {
      kind: 'bad-request',
      message: 'Insufficient balance. Current balance: 0.0050, estimated cost: 0.0200',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (text never decides, so 'Insufficient balance' makes no quota). Rule 2.2: `detail` beats `title` ('Bad Request', the reason phrase). Rule 5: no id. Rule 6: `status` 400 is the status, no `type`: no code.",
  },
  {
    id: 'unifonic-whatsapp/sandbox-usage-consumed-402',
    expect: {
      kind: 'bad-request',
      message: 'You have consumed the allocated Sandbox usage',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 402 with no code: any other 4xx is a bad request (credits spent are a quota only by a code, as CloudConvert's `CREDITS_EXCEEDED` on a 402; text never decides). Rule 2: `message` is a sentence telling the person what happened and whom to contact. Rules 5 and 6: no id, no code. Hesitated on kind: the sentence says an allowance is spent (other reading: rate-limited).",
  },
  {
    id: 'kavenegar/template-not-found-or-not-approved-424-persian',
    expect: {
      kind: 'bad-request',
      message: 'الگوی مورد نظر پیدا نشد یا هنوز تائید نشده',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: a body of one member holding an object (`return`) is that object. Rule 1: 424 is no status the table lists: any other 4xx is a bad request (text never decides, so 'not found' in the Persian makes no not-found). Rule 2: `message` is a Persian sentence (the template was not found or is not yet approved). Rules 5 and 6: no id; `status` 424 is the response's status: no code. Hesitated on kind (other reading: not-found, from the words).",
  },
  {
    id: 'anchor-browser/captcha-solver-requires-proxy-400',
    expect: {
      kind: 'bad-request',
      message: 'CAPTCHA solver requires proxy to be active',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: a 400 without field errors and without a code: a bad request. Rule 2: `error.message` is a sentence saying which setting the request needs. Rules 5 and 6: no id; `error.code` 400 only restates the status: no code.',
  },
  {
    id: 'skyvern/invalid-credentials-403',
    expect: {
      kind: 'forbidden',
      message: 'Invalid credentials',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 without a code: forbidden (text never decides, so 'credentials' makes no sign-in). Rule 2: FastAPI's `detail` 'Invalid credentials' is a credential line, kept as the corpus keeps it. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: unauthenticated, from the words).",
  },
  {
    id: 'browserhub/wrong-api-key-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'You are unauthorized to perform this request.' only restates the 401's reason phrase with a subject, as 'Not Authorized' and 'Unauthorized access' restate a 401: the default. Rules 5 and 6: no id, no code. Hesitated on message: it is a whole sentence (other reading: the line).",
  },
  {
    id: 'opentrace/field-required-name-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'field required']],
      logId: null,
      code: 'value_error.missing',
    },
    why: "Rule 1: 422. Rule 3: FastAPI's `detail` list of items with `loc` and `msg`; `loc` ['body', 'name'] loses its leading `body`: `name`. Rule 2.4: only field messages: the default. Rule 5: no id. Rule 6: the lone item's `type` is pydantic's machine code, the only code (errors that all carry one code give it). Hesitated on code: an item's `type` under a field may be the field's, not the response's (other reading: no code).",
  },
  {
    id: 'memory-os/unauthorized-invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid or missing API key',
      fields: [],
      logId: 'req_abc123',
      code: 'UNAUTHORIZED',
    },
    why: "Rule 1: 401. Rule 2: `error.message` is a credential line, kept. Rule 5: `meta.request_id` is the body's own id (a body's `meta` is read as an envelope). Rule 6: `error.code` is the code. Hesitated on code: 'UNAUTHORIZED' only restates the 401 (other reading: no code); and on message: it names only what is missing or invalid (other reading: the default).",
  },
  {
    id: 'scrapio/invalid-request-url-required-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: 'a1b2c3d4-e5f6-...',
      code: 'invalid_request',
    },
    why: "Rule 1: `invalid_request` says the request as a whole is invalid (OAuth's, and no input named after `invalid`): a bad request. Rule 2.1: 'url is required' names only which parameter is missing, by its API name, as 'Missing 'name' parameter' does: the default. Rule 3: `url` is named in text only: no field. Rule 5: the body's `request_id` (copied as the docs print it). Rule 6: `error.code`. Hesitated on message (other reading: 'url is required'); and on kind: an input named before 'is required' would be a validation code, but here it is text (other reading: validation).",
  },
  {
    id: 'goatcounter/api-unknown-token-403',
    expect: {
      kind: 'forbidden',
      message: 'unknown token',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 without a code: forbidden (text never decides, so 'token' makes no sign-in). Rule 2: 'unknown token' says what is wrong with the credential, a credential line kept as 'Invalid token' is. Rules 5 and 6: no id; `error` holds words, no code token. Hesitated on message: two words naming only what is invalid (other reading: the default); and on kind (other reading: unauthenticated).",
  },
  {
    id: 'goatcounter/api-count-no-hits-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request. Rule 2.1: 'no hits' says only that the request's `hits` list was missing or empty, naming a parameter by its API name, as 'Missing 'name' parameter': the default. Rules 5 and 6: no id; `error` holds words: no code. Hesitated on message: a short line that says what is wrong (other reading: 'no hits', as 'Already liked' is kept).",
  },
  {
    id: 'firezone/api-empty-body-bad-request-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request. Rule 2.1: `error.reason` 'Bad Request' is the bare reason phrase: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'electric/shape-invalid-offset-format-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['offset', 'has invalid format']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `errors` at the top is a container, a map of path to lists of strings: `offset`. Rule 1: a 400 that carries field errors: validation. Rule 2.1: 'Invalid request' is generic; rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'electric/shape-columns-missing-primary-key-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['columns', 'The list of columns must include all primary key columns']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `errors` is a map of path to lists of strings: `columns`. Rule 1: a 400 that carries field errors: validation. Rule 2.1: 'Invalid request' is generic; rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'openfn-lightning/webhook-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Webhook not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2.1: 'Webhook not found' names what was not found, a sentence ('Resource not found' is one), not the bare reason phrase. Rules 5 and 6: no id; `error` holds words: no code.",
  },
  {
    id: 'openfn-lightning/webhook-unsupported-media-type-415',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 415: a bad request. Rule 2.1: 'Unsupported Media Type' is the bare reason phrase: the default. Rules 5 and 6: no id; `error` holds the reason phrase, no code.",
  },
  {
    id: 'apicast/authentication-parameters-missing-401-text',
    expect: {
      kind: 'unauthenticated',
      message: 'Authentication parameters missing',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2.6: plain text on a 4xx is a sentence; it says the request carried no credentials. Rule 5: `Content-Type` is no request-id header. Rule 6: no code. Hesitated on message: it says little more than the 401's 'Authentication required', which restates the status (other reading: the default).",
  },
  {
    id: 'apicast/limits-exceeded-retry-after-429-text',
    expect: {
      kind: 'rate-limited',
      message: 'Limits exceeded',
      fields: [],
      logId: null,
      code: null,
      retry: 60,
    },
    why: "Rule 1: 429. Rule 2.6: plain text on a 4xx is a sentence; 'Limits exceeded' is no reason phrase and on no generic list. Rule 4.1: `Retry-After: 60`, delay seconds; no `Date`, so `now` is 2026-11-22T12:00:00Z and the wait is 60 s. Rules 5 and 6: no id, no code. Hesitated on message: two words that only restate the 429, as AhaSend's 'Too many requests, rate limited.' does (other reading: the default).",
  },
  {
    id: 'weblate/component-file-format-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['file_format', 'This field is required.']],
      logId: null,
      code: 'required',
    },
    why: "Rule 3: `errors` is a list of items whose `attr` names the field (a DRF exception handler's `attr`, PostHog's): `file_format`. Rule 1: a 400 that carries field errors, and `type` 'validation_error' is a validation code: validation. Rule 2.4: only field messages: the default. Rule 5: no id. Rule 6: an item-level code over a category: the lone item's `code` 'required' beats `type` 'validation_error', which only says validation.",
  },
  {
    id: 'eligible/customers-customer-blank-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (text naming an input does not make a validation failure). Rule 3: `error` holds a string, the envelope's text: no field. Rule 2.1: 'customer should not be blank.' names only which parameter is missing, by its API name, as 'Halo GUID must be provided.' and 'Missing 'name' parameter' do: the default. Rule 5: `server`, `date`, `status` and `access-control-allow-origin` are no request-id headers. Rule 6: no code. Hesitated on message: it is a short sentence about one input (other reading: the line).",
  },
  {
    id: 'codeforces/contest-id-authenticated-method-400',
    expect: {
      kind: 'bad-request',
      message: 'You have to be authenticated to use this method',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (text never decides, so 'authenticated' makes no sign-in). Rule 2: the body names no member as its message; `comment` is its one line of prose (Compiler Explorer's `answer`), and 'contestId: ' before it is a field's name leading the sentence, which stays. Rule 3: the field is named in text only: no field. Rules 5 and 6: no id; `status: 'FAILED'` is a result flag, no code. Hesitated on kind (other reading: unauthenticated, from the words); and on fields (other reading: `contestId`, from the leading name).",
  },
  {
    id: 'ecoledirecte/format-json-invalide-522-on-200',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a numeric `code` of a 5xx beside a 2xx names the status the body means: 522, one of Cloudflare's 520–527: unavailable. Rule 2.3: 'Format JSON invalide.' is French for 'Invalid JSON format', a parser's line (developer text), and 'Pour la chaîne du JEDObject' names the server's object: the default. Rule 3: `data` is the payload, no field. Rule 5: `token` is empty and no id. Rule 6: the `code` in digits is the status the body means, not a code. Hesitated on kind: 522 is EcoleDirecte's own number for a body it could not parse, no HTTP status the app's server meant (other reading: unknown, or bad-request); and on code (other reading: '522').",
  },
  {
    id: 'classeviva/invalid-payload-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors: a bad request (a code saying the body is invalid would say the same). Rule 2.1: the vendor's error number '101:' and the API's name 'CvvRestApi/' lead the line and are dropped; 'invalid payload' says only that the body is invalid, as 'Invalid request body': the default. Rules 5 and 6: no id; `statusCode` 400 is the status. Hesitated on code: the error number '101' (other reading: '101').",
  },
  {
    id: 'classeviva/auth-api2-apache-404-html',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.5: an HTML error page (Apache's) gives no message. Rules 5 and 6: no headers, no id, no code.",
  },
  {
    id: 'talentlms/required-parameter-missing-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'invalid_request_error',
    },
    why: "Rule 1: a 400 without field errors; `invalid_request_error` is a category that only says the request was bad: a bad request. Rule 2.1: 'A required parameter is missing or an invalid type was supplied.' says only that some parameter was missing or invalid, as 'One or more parameters were missing or invalid.': the default. Rule 5: no id. Rule 6: `type` is the only machine token. Hesitated on code: a category alone may be no code (other reading: no code).",
  },
  {
    id: 'metametrics/scoring-permission-denied-403',
    expect: {
      kind: 'forbidden',
      message: 'You do not have permission to perform this action',
      fields: [],
      logId: null,
      code: 'PermissionDenied',
    },
    why: "Rule 1: 403, and `PermissionDenied` is a permission code. Rule 2: `message` is a sentence saying the action is not permitted; `additionalInfo` ('You don't have access to this resource.') is no more specific. Rule 5: no id. Rule 6: `exceptionType` is the only code (`exceptionCode` is a code by its name). Hesitated on message: Django REST framework's stock line restates the 403 (other reading: the default); and on code: an exception's class name (other reading: no code).",
  },
  {
    id: 'thinkific/authentication-error-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'Authentication Error' is a category line, as 'Authorization Error' is: the default. Rules 5 and 6: no id; `error` holds words with a space, no code token.",
  },
  {
    id: 'thinkific/graphql-user-error-not-enrolled-200',
    expect: {
      kind: 'unknown',
      message: 'User is not enrolled in the course containing this lesson',
      fields: [],
      logId: null,
      code: 'NOT_ENROLLED',
    },
    why: "Rule 3: a mutation payload's `userErrors` item with `path: null` names no field: form-level; alone, its sentence is the message and its code the response's. Rule 1: a 200 whose code `NOT_ENROLLED` no row of the table sorts (no permission, credential or not-found code): unknown. Rule 2: the item's `message` is a sentence. Rule 5: no id. Rule 6: the item's `code`. Hesitated on kind: the code refuses a signed-in user access to a lesson (other reading: forbidden).",
  },
  {
    id: 'ripple-payments-direct/insufficient-balance-usr-067-402',
    expect: {
      kind: 'bad-request',
      message: 'Payment failed due to insufficient balance. Add funds before retrying.',
      fields: [],
      logId: null,
      code: 'USR_067',
    },
    why: "Rule 1: 402, and `USR_067` names no kind (`type` 'USER_ERROR' is a category that says no more): any other 4xx is a bad request. Rule 2.2: `description` is the occurrence's text, over `title` ('Insufficient balance'); it says what failed and what to do. Rule 5: `timestamp` is no id. Rule 6: `code` over the `type` category; `status` 402 is the status. Hesitated on kind: a spent balance may read as a quota, the disagreement over `insufficient_balance` (other reading: rate-limited).",
  },
  {
    id: 'blendfi/authentication-required-no-valid-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'No valid credentials provided',
      fields: [],
      logId: '01KPR9F6MM8G147177J7ZQPJHG',
      code: 'authentication_required',
    },
    why: "Rule 1: 401. Rule 2: `message` is a sentence saying the request carried no valid credentials; the code is a token. Rule 5: the body's `request_id`. Rule 6: `code`. Hesitated on message: it says little more than the 401 (other reading: the default).",
  },
  {
    id: 'uphold/invalid-token-oauth-401',
    expect: {
      kind: 'unauthenticated',
      message: 'The access token provided is invalid',
      fields: [],
      logId: null,
      code: 'invalid_token',
    },
    why: "Rule 1: 401, and `invalid_token` is a credential code. Rule 2.2: OAuth's `error_description` beats `error`. Rule 5: no id. Rule 6: OAuth's `error` is the code; the numeric `code` 401 only restates the status.",
  },
] satisfies Reading[];
