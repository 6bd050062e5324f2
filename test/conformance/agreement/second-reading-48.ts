import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 36 cases (every third case of the forty-eighth holdout’s five parts in file order, parts A
// to E, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind48/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the forty-seventh's) as a model of the format, and
// the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was thrown, so `now` is the
// `Date` header, else 2026-11-22T12:00:00Z; no response carried a `Retry-After` or a reset header, the only figure of a
// wait is CharityQuery's "time until reset 43122" in its sentence, read as seconds, ArduPilot's "Try again after some
// time" holds none and ServiceM8's "per minute" names a window), no notes, no expectations. They were told not to open
// the case files or anything else under `test/conformance/`, the kit's source, its README or changelog, `test/core/`,
// the live rules file, the git history or the rest of `.tmp/`, nor to run the kit, the conformance script or any test,
// nor to use search tools; they wrote this file by its full path without listing its folder. They marked 24 cases
// "hesitated" and named the other reading. Written once and not changed after the comparison.

export default [
  {
    id: 'tradovate/access-token-request-500-text-error-id',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: '79ba8c34-bbbc-446a-9c31-0773e4fa566a',
      code: null,
    },
    why: "Rule 1: 500. Rule 2.6: plain text on a 5xx is written by proxies and runtimes: the default (and 'Internal Server Error' is the 500's reason phrase in any case, the rest a label for support). Rule 5: no request-id header (`Server`, `Date` and CORS headers only); the text labels its own error id ('error id: …', an `errorId` by its name), a UUID holding digits, the id a person quotes to support. Rule 6: no code. Rule 4: no wait. Hesitated on support id: rule 5 names members and headers, and an id printed only in text is outside its shapes (other reading: null).",
  },
  {
    id: 'robinhood/incorrect-authentication-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Incorrect authentication credentials',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2: DRF's `detail` is a sentence saying the credentials given are wrong, a credential line kept as 'Invalid credentials' is. Rule 3: no field. Rules 5 and 6: no headers, no id, no code. Hesitated on message: it is Django REST framework's stock text for any failed authentication, which says little more than the 401 (other reading: the default).",
  },
  {
    id: 'td-ameritrade/order-validation-error-occurred-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (text never decides, so the word 'validation' does not make it a validation failure). Rule 2.1: 'A validation error occurred while processing the request.' only says something failed validation (as Onfido's 'There was a validation error on this request' and 'A … error occurred while processing your request.'): the default. Rules 5 and 6: no id; `error` holds a sentence, not a code.",
  },
  {
    id: 'kite-connect/invalid-session-credentials-token-exception-403',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid session credentials',
      fields: [],
      logId: null,
      code: 'TokenException',
    },
    why: "Rule 1: a 403 whose only code is the category `error_type` `TokenException` (read without its `Exception` suffix: the session token), a credential code as `NotLoggedInException` on a 403 is: the request's session credentials are not valid, which signing in again fixes: unauthenticated. JSend's `status: 'error'` with no `data`: the error is at the top. Rule 2: `message` 'Invalid session credentials', a credential line kept as 'Invalid credentials' is. Rule 5: no id. Rule 6: `error_type` is the only code. Hesitated on kind: 'Token' alone names the credential but not what is wrong with it, and no row lists it (other reading: forbidden, the 403 deciding).",
  },
  {
    id: 'oanda-v20/invalid-value-instrument-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request. Rule 2.1: 'Invalid value specified for 'instrument'' names only which parameter is invalid, as 'Invalid value for parameter: amount' and 'Invalid value \"…\" for parameter …' do: the default. Rule 3: the parameter is named in text only: no field. Rules 5 and 6: no id, no code (`errorMessage` is a message by its shape). Hesitated on message (other reading: 'Invalid value specified for 'instrument'').",
  },
  {
    id: 'schwab/refresh-unsupported-token-type-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'unsupported_token_type',
    },
    why: "Rule 1: OAuth's `error` `unsupported_token_type` (RFC 7009), like `unsupported_grant_type`, says the request asked for what the server does not do, which no sign-in or field fixes: a bad request. Rule 2.1: the leading '400 Bad Request: ' restates the status and is dropped; rule 2.3: what is left is JSON as text holding token internals (`tokenDigest`, an exception's report): developer text, so the default. Rule 5: no id. Rule 6: OAuth's `error`; the `refresh_token_authentication_error` inside the string is text, no code member. Hesitated on kind: the inner report says the refresh token failed authentication (other reading: unauthenticated, reading the quoted error as the code).",
  },
  {
    id: 'kotak-securities/session-invalid-credentials-fault-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Make sure you have provided the correct security credentials',
      fields: [],
      logId: null,
      code: '900901',
    },
    why: "Rule 1: 401. Rule 3: `fault` is the error object (a WSO2 API Manager fault). Rule 2.2: a `description` beats the `message` beside it (WSO2's bodies do so): 'Access failure for API: /apim/session/1.0, version: 1.0 status: (900901) - Invalid Credentials. Make sure you have provided the correct security credentials', whose last sentence is for the person. Rule 5: no id. Rule 6: `fault.code`, a number, as a string. Hesitated on message: the description's head is a gateway's report naming the API's path, version and status number (other reading: 'Invalid Credentials' from `message`).",
  },
  {
    id: 'kabu-station/sendorder-one-shot-amount-error-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '4003001' },
    why: "Rule 1: a 400 without field errors; the numeric `Code` names no kind: a bad request. Rule 2.1: 'ワンショット：金額エラー' ('one-shot: amount error') is a Japanese sentence by script, but it is an area's label and a category line ('amount error', as 'Authorization Error' and Bitfinex's 'ratelimit: error'): the default. Rule 3: PascalCase `Message` and `Code` are the listed members; no field. Rule 5: no id. Rule 6: `Code`, a number, as a string. Hesitated on message: the line names what is wrong (the order's amount against the one-shot limit) (other reading: 'ワンショット：金額エラー').",
  },
  {
    id: 'servicem8/per-minute-limit-text-429',
    expect: {
      kind: 'rate-limited',
      message: 'Number of allowed API requests per minute exceeded',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 429. Rule 2.6: plain text on a 4xx is a sentence: it says which limit was met, more than the reason phrase. Rule 4: no header, no body hint; 'per minute' names a window, not a wait (as 'every 12 hours'): no retry. Rules 5 and 6: no headers, no id, no code.",
  },
  {
    id: 'jobber/field-hidden-due-to-permissions-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 whose GraphQL error carries no code (no `extensions`) and no status: nothing but text says what failed, and text never decides: unknown. Rule 2.3: 'The field jobs on an object of type Query was hidden due to permissions' speaks of the schema (a field on an object of type `Query`), GraphQL engine text for whoever wrote the query, as 'Cannot query field \"x\" on type \"Query\"' is: the default. Rule 3: a GraphQL error's `path` points into the response, never a field. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: forbidden, from the words 'due to permissions'); and on message (other reading: the sentence, which says why the data was withheld).",
  },
  {
    id: 'custom-trades-crm/invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid API key.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. `success: false` without `data`: the error is in `error`. Rule 2: 'Invalid API key.' is a credential line, kept as 'Invalid token' and 'Invalid credentials' are. Rules 5 and 6: no id; `error` holds words, not a code token. Hesitated on message: it names only what is invalid, as Gigya's 'Invalid ApiKey parameter' (the default by both readings) does (other reading: the default).",
  },
  {
    id: 'custom-trades-crm/company-not-found-404',
    expect: { kind: 'not-found', message: 'Company not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404. `success: false` without `data`: the error is in `error`. Rule 2.1: 'Company not found' names what was not found, a sentence as 'Resource not found' and 'Dataset not found' are, not the bare reason phrase. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'localbusiness-pro/invalid-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid API credentials',
      fields: [],
      logId: null,
      code: 'INVALID_CREDENTIALS',
    },
    why: "Rule 1: 401 (a code never turns it into anything else; `INVALID_CREDENTIALS` is a credential code anyway). Rule 2: `error` 'Invalid API credentials', a credential line kept as 'Invalid credentials' is. Rule 5: no id. Rule 6: the explicit `code`. Hesitated on message: it names only what is invalid (other reading: the default).",
  },
  {
    id: 'cleanlife/service-id-must-be-uuid-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['serviceId', 'serviceId must be a UUID']],
      logId: null,
      code: 'VALIDATION_ERROR',
    },
    why: "Rule 1: `VALIDATION_ERROR` is a validation code on a 4xx: validation. `success: false` without `data`: the error object is `error`. Rule 3: its `details` is NestJS's ValidationPipe answer wrapped whole (`message` list, `statusCode`, `error` 'Bad Request', as a NestJS answer wrapped in `reason` is read as NestJS's), and class-validator begins each message with the property path: `serviceId`. Rule 2.4: the envelope's `message` is that field's message said again (a body that says an error twice says it once), no form-level sentence: the default. Rule 5: `requestId` holds '...', the docs' elision, which identifies nothing (as zero is no id): none. Rule 6: the explicit `code`, with no item code beside it. Hesitated on fields and message: the class-validator line sits in a wrapper under `details`, not the body's top (other reading: no field, and 'serviceId must be a UUID' as the message); and on support id (other reading: '...', the `requestId` as sent).",
  },
  {
    id: 'hustle-nigeria/illegal-status-transition-400',
    expect: {
      kind: 'bad-request',
      message: 'Illegal status transition.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (a transition refused from the current state reads as a conflict, but text never decides). `success: false` with `data: null`: nothing there, so the error is the top `message`. Rule 2: 'Illegal status transition.' says what was refused. Rules 5 and 6: no id, no code. Hesitated on message: a short line that names only what is invalid (other reading: the default).",
  },
  {
    id: 'tasknation/zip-code-validation-problem-422',
    expect: {
      kind: 'validation',
      message: 'must be a 5-digit US zip code',
      fields: [['zipCode', 'Must be exactly 5 digits']],
      logId: 'trace_abc123xyz',
      code: 'INVALID_FORMAT',
    },
    why: "Rule 1: 422. Rule 3: the `errors` item names `field` `zipCode` with its `message`. Rule 2.2: problem details: `detail` ('The 'zipCode' field must be a 5-digit US zip code.') is the occurrence's sentence and beats `title` 'Validation Error' (generic); it says more than the field's message, so it is no mere repeat. Rule 5: `traceID` is a `traceId` by its shape. Rule 6: the lone item's `code` over the problem `type`, whose last segment only says 'validation' (a category beside a lone item's code). Hesitated on message: `detail` is about the one field (other reading: the default, as only field messages); and on code (other reading: the type URI 'https://api.tasknation.com/errors/validation-error').",
  },
  {
    id: 'setlist-fm/spring-not-found-search-artists-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: Spring Boot's stock body: `error` and `message` are both 'Not Found', the bare reason phrase: the default. Rule 3: `path` at the top is the request's URL path, no field. Rule 5: no id (`timestamp` is none). Rule 6: `status` is the status in digits and `error` its phrase: no code.",
  },
  {
    id: 'ticketnation/validation-error-details-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['name', 'name should not be empty'],
        ['dateTime', 'dateTime must be a valid ISO 8601 date string'],
      ],
      logId: 'req_x1y2z3',
      code: 'VALIDATION_ERROR',
    },
    why: "Rule 1: `VALIDATION_ERROR` and a 400 with field errors: validation. Rule 3: `error.details` items name `field` with `message`: `name`, `dateTime`. Rule 2.1: `message` 'Validation failed' is generic; `hint` is a tip beside it (as a `suggestion`), and it only restates the `dateTime` field's error with an example, so rule 2.4: only field messages: the default. Rule 5: the body's `requestId`. Rule 6: `error.code`, with no item codes. Hesitated on message: the hint is the one full sentence beside a generic summary (other reading: 'must be a valid ISO 8601 date string (e.g.').",
  },
  {
    id: 'ents24/access-token-invalid-401',
    expect: {
      kind: 'unauthenticated',
      message: 'The access token provided is expired, revoked, malformed, or invalid',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2.2: the lone item of `errors` speaks; its `message` is a sentence (RFC 6750's wording for `invalid_token`). Rule 3: no path-like member. Rule 5: no id. Rule 6: the item's `code` 401 only restates the status, and nothing else is a code. Hesitated on code: an explicit numeric `code` as a string (other reading: '401').",
  },
  {
    id: 'localbhai-tours/invalid-request-body-date-required-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (text never decides). Rule 2.1: 'Invalid request body' is a generic headline (Firecrawl's), and what follows it, ''date' is required', names only which input is missing (as 'Missing required parameter: templateId' and 'Invalid or missing required parameter: q'): the default. Rule 3: the field is named in text only. Rules 5 and 6: no id, no code. Hesitated on message: ''date' is required' tells the person what to add, as Fastify's 'must have required property' is kept (other reading: ''date' is required').",
  },
  {
    id: 'localbhai-tours/end-date-before-start-422',
    expect: {
      kind: 'validation',
      message: 'End date must be after start date',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 422. Rule 2: `error` is a sentence for the person, saying how two inputs must relate. Rule 3: the inputs are named in text only (no path-like member): no field. Rules 5 and 6: no headers, no id, no code.',
  },
  {
    id: 'wavelog/qso-station-not-owned-by-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'station id does not belong to the API key owner',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401, which no code or text turns into anything else (the words describe a refusal, but the status decides). Rule 2: `reason` is a message-like member and holds a sentence. Rule 3: no path-like member. Rule 5: no id. Rule 6: `status: 'failed'` is a result flag, no documented code. Hesitated on code (other reading: 'failed', as a `status` word).",
  },
  {
    id: 'wavelog/logbook-check-callsign-logbook-not-found-404',
    expect: { kind: 'not-found', message: 'logbook not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: `reason` 'logbook not found' names what was not found, a sentence as 'Resource not found' is. Rule 5: no id. Rule 6: `status: 'failed'` is a result flag, no code. Hesitated on code (other reading: 'failed').",
  },
  {
    id: 'cloudlog/auth-key-invalid-xml-200',
    expect: {
      kind: 'unknown',
      message: 'Key Invalid - either not found or disabled',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 3: XML is read as JSON would send it: the one-element wrapper `<auth>` is dropped and `message` holds the text (rule 2.5: XML is no HTML page). Rule 1: a 200 with no code and no status in the body: nothing but text says what failed, and text never decides: unknown. Rule 2: the line says the key is invalid and why (not found or disabled), more than a label. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: unauthenticated, the text naming an invalid key).',
  },
  {
    id: 'flight-blender/public-key-server-unreachable-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (the text's token does not decide). Rule 2.3: 'Public Key Server necessary to validate the token could not be reached' is a failure to reach another service behind this one (as Modrinth's 'Error while communicating to external provider'): developer text, so the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'nodeodm/task-new-no-images-200',
    expect: {
      kind: 'unknown',
      message: 'Need at least 1 file or a zip file url.',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: a 200 with only text in `error`, no code and no status: unknown (text never decides). Rule 2: a sentence telling the person what the request needs, which counts on a 2xx. Rule 3: no path-like member. Rules 5 and 6: no id, no code.',
  },
  {
    id: 'webodm/create-task-needs-two-images-400',
    expect: {
      kind: 'bad-request',
      message: 'Cannot create task, you need at least 2 images',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 3: a body that is a JSON array is read like an `errors` list; it holds one line, a lone form-level sentence, which is the message (rule 2.2). Rule 1: one message is not a list of several, no field and no code: a bad request. Rules 5 and 6: no id, no code.',
  },
  {
    id: 'webodm/task-not-found-default-detail-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: DRF's `detail` 'Not found.' is the bare reason phrase ('Not found!' says no more than the status): the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'ardupilot-custombuild/rate-limit-exceeded-429',
    expect: {
      kind: 'rate-limited',
      message: 'Try again after some time',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 429. Rule 2.1: the leading 'Too many requests.' is the 429's reason phrase, which leading a sentence is dropped; a plea to try again is generic after a generic summary but not after a reason phrase alone, so 'Try again after some time.' stays. Rule 4.4: 'after some time' holds no figure: no retry. Rules 5 and 6: no id, no code. Hesitated on message: a reason phrase and a plea to wait say no more than the 429 (other reading: the default).",
  },
  {
    id: 'clusterodm/upload-task-no-longer-exists-200',
    expect: {
      kind: 'unknown',
      message: 'the task no longer exists',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200 with only text in `error`, no code and no status: unknown (text never decides, though it says not found). Rule 2.1: 'Invalid taskId' is a generic headline before a sentence of its own, which is judged on its own: 'the task no longer exists.' Rule 3: `taskId` is named in text only. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'px4-flight-review/upload-unhandled-error-500-html',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2.5: an HTML error page gives no message (and its text, 'HTTP Error 500', is a status label); rule 2.6: text on a 5xx is the default anyway. Rules 5 and 6: no headers, no id, no code. Rule 4: no wait.",
  },
  {
    id: 'charityquery/rate-limited-daily-429',
    expect: {
      kind: 'rate-limited',
      message: 'Met daily limit for this tier',
      fields: [],
      logId: '2fdfe58c-4ec7-4876-b71d-a7d4dbb4c597',
      code: 'rate_limited',
      retry: 43122,
    },
    why: "Rule 1: 429, and `rate_limited` is a throttling code. Rule 2: `message` is a sentence naming the limit met. Rule 4.4: no header and no body hint; the sentence writes the wait, 'time until reset 43122', a figure without a unit read as seconds (as 'retry after 3'), under a day: `now` (2026-11-22T12:00:00Z, no `Date` header) plus 43122 s. Rule 5: `reqId` is a request id by the shape of its name. Rule 6: the explicit `code`. Hesitated on retry: 'time until reset' is none of the listed phrasings (other reading: no retry).",
  },
  {
    id: 'fundraisermax/validation-failed-email-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['email', 'must be a valid email address']],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 that carries field errors: validation. Rule 3: the `details` items name `field` with a message-like `issue`: `email`. Rule 2.1: 'Validation failed: ' is a generic headline, and the sentence after it is the `email` field's message said again; rule 2.4: only field messages: the default. Rule 5: no id. Rule 6: `statusCode` is the status in digits and `error` its reason phrase: no code. Hesitated on message (other reading: ''email' must be a valid email address.', the envelope's own sentence).",
  },
  {
    id: 'fundraisingbox/german-invalid-and-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['foo', 'Ungültig'],
        ['bar', 'Pflichtfeld'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 that carries field errors: validation. Rule 3: `errors` items name `field` with `message` (German words, the fields' messages): `foo`, `bar`. Rule 2.4: only field messages: the default. Rule 5: no id. Rule 6: two items with different codes (`invalid`, `required`) and no envelope code: none is the response's. Hesitated on code (other reading: 'invalid', the first item's).",
  },
  {
    id: 'donoratlas/missing-person-name-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['persons.0.name', 'Field required']],
      logId: null,
      code: 'missing',
    },
    why: "Rule 1: 422. Rule 3: FastAPI's `detail` list; `loc` ['body', 'persons', 0, 'name'] with the leading `body` removed is `persons.0.name`, its `msg` 'Field required'; `input` is the value sent, no field. Rule 2.4: only field messages: the default. Rule 5: no id. Rule 6: the lone item's `type` `missing`, pydantic's documented error type, is an item-level code. Hesitated on code: `type` is a category member and pydantic's types are a library's, not the vendor's (other reading: null).",
  },
  {
    id: 'donate-gg/scope-denied-403',
    expect: {
      kind: 'forbidden',
      message: "API scope 'partner' is not enabled for this organization",
      fields: [],
      logId: null,
      code: 'SCOPE_DENIED',
    },
    why: 'Rule 1: 403, and `SCOPE_DENIED` is a permission code (as `insufficient_scope`): forbidden. Rule 2: `error` is a sentence saying what is refused and why. Rule 5: no id. Rule 6: the explicit `code`.',
  },
] satisfies Reading[];
