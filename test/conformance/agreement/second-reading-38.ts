import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 33 cases (every third case of the thirty-eighth holdout's four parts in file order, parts
// A to D, on 5 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind38/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the thirty-seventh's, `second-reading-37.ts`) as a
// model of the format, and the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was
// thrown, so `now` is the `Date` header, else 2026-11-22T12:00:00Z; no response carried a `Retry-After` or a reset
// header, Qase's `X-RateLimit-Remaining` is not 0, and no body carried a wait: Sauce Labs' "15m time period" is a
// window); no notes, no expectations. They were told not to open the case files or anything else under
// `test/conformance/`, the kit's source, its README or changelog, `test/core/`, the live rules file, the git history or
// the rest of `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search tools. They marked 19
// cases "hesitated" and named the other reading. Written once and not changed after the comparison.

export default [
  {
    id: 'dvla-ves/invalid-registration-format-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors (the lone item has no path-like member; the field is named only in the text) and without a code that names a kind; text never decides. Rule 2.2: the lone item's `detail` beats its `title` ('Bad Request', a bare reason phrase), but 2.1: 'Invalid format for field - vehicle registration number' says only that a named input's format is invalid (as 'Invalid format', 'Invalid value for parameter: amount', Payload's 'The following field is invalid: email'), so the default. Rule 6: `code: \"400\"` only restates the status. Hesitated on message and code: the line does tell the person which input to fix (other reading: 'Invalid format for field - vehicle registration number'); the explicit `code` member may be the code however it reads (other reading: '400').",
  },
  {
    id: 'dvla-ves/system-error-enq108-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'ENQ108' },
    why: "Rule 1: 500; `ENQ108` names no other kind. Rule 2.1: `title` is the bare reason phrase and the `detail` 'System Error occurred' only says something failed (as 'System error'), so the default. Rule 6: the lone item's `code`; `status: \"500\"` is the status.",
  },
  {
    id: 'fordpass/status-402-in-200-body',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a body that names an error status beside a 2xx decides the kind (as Yii 2's `data.status: 404` on a 200): `status: 402` is another 4xx that signing in, waiting or changing the input would not fix; the model's status stays 200. Rule 2.4: no sentence, so the default. Rule 5: `$id` is the serializer's object reference (\"1\"), no support id. Rule 6: the status in digits is no code.",
  },
  {
    id: 'mysubaru/login-too-many-attempts-200',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: 'tooManyAttempts' },
    why: "Rule 1: `success: false` and a code that outranks any 2xx; `tooManyAttempts` is a throttling code (as `TooManyRequestsException`, `ratelimited`), which decides on any status. Rule 1: `data` is null, so the error is the envelope's. Rule 2.4: no sentence, so the default. Rule 4: no header, hint or wait. Rule 6: `errorCode`.",
  },
  {
    id: 'onstar/diagnostics-command-failure-ons-900-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: 'ONS-900' },
    why: "Rule 1: a 200 whose code (`ONS-900`) names no kind and whose body names no error status (`status: \"failure\"` is a result flag); text never decides. Rule 3: a body of one member holding an object is that object, and a response object's `body` holds the error. Rule 2.1: 'Unknown system error' only says something failed (as 'Unknown exception', 'System error'), so the default. Rule 5: `request-context` holds the app's id (`appId=cid-v1:…`), not a request id, and is no header named like one. Rule 6: the error's `code`. Hesitated on kind: the error object is a system error on a 2xx that plainly failed (other reading: server).",
  },
  {
    id: 'high-mobility/fleet-not-associated-403',
    expect: {
      kind: 'forbidden',
      message: 'This service account is not associated with a fleet.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403. Rule 2.2: the lone item's `detail` beats its `title` ('Forbidden', the bare reason phrase). Rule 3: a `source` in text names where the error came from ('Authorization'), no field; only JSON:API's `source` object holds one. Rule 6: no code member.",
  },
  {
    id: 'mercedes-me-id/token-code-parameter-required-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'invalid_request' },
    why: "Rule 1: OAuth's `invalid_request` is a bad request. Rule 2.2: `error_description` beats `error`, but 2.1: 'code parameter is required for grant_type=authorization_code' names only which parameter is missing (as 'Missing required parameter: templateId', \"Missing 'name' parameter\"), so the default. Rule 3: the parameter is named only in the text. Rule 6: OAuth's `error`. Hesitated on message: the line also says when the parameter is required (other reading: 'code parameter is required for grant_type=authorization_code').",
  },
  {
    id: 'volvo-cars/internal-server-error-operation-id-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: '70095149-3e47-40ef-8e5f-15224cf2e308',
      code: 'INTERNAL_SERVER_ERROR',
    },
    why: "Rule 1: 500 (and GraphQL's `INTERNAL_SERVER_ERROR` names server too). Rule 2.2: the error's `description` beats its `message`, but 'Internal Server Error' is the bare reason phrase, and the `message` is a code (2.1), so the default. Rule 5: `operationId` is a UUID that names this occurrence, the id a person quotes to support. Rule 6: a code alone in a message's member is the code (as IQAir's JSend `message`); `status: 500` is the status. Hesitated on code and logId: the code only restates the 500's reason phrase (other reading: null); `operationId` is no name rule 5 lists (other reading: null).",
  },
  {
    id: 'telematica/user-consent-required-403',
    expect: {
      kind: 'forbidden',
      message: 'The vehicle is not accessible to this app',
      fields: [],
      logId: null,
      code: 'USER_CONSENT_REQUIRED',
    },
    why: "Rule 1: 403; `USER_CONSENT_REQUIRED` says the owner has not granted this app access, a permission not yet given, no credential missing; text never decides. Rule 2.1: the `message` sentence over the code in `error`. Rule 6: the code in `error` (NestJS's shape, where `error` is usually the reason phrase); `statusCode: 403` in digits is the status. Hesitated on kind: the sentence asks the person to log in with end-user credentials, and OpenID Connect's `consent_required` sits beside `login_required` (other reading: unauthenticated).",
  },
  {
    id: 'autodata/not-authorized-json-403',
    expect: { kind: 'forbidden', message: 'Not Authorized', fields: [], logId: null, code: 'M03140300' },
    why: "Rule 1: 403; `M03140300` names no kind. Rule 2.1: `message: \"Forbidden\"` is the bare reason phrase; the lone line in `info` (as MediaWiki's `info` is the sentence, and a lone form-level line in a list beats the envelope's message, 2.2) is 'Not Authorized', the 401's phrase, which on a 403 says what was refused and is the message (Battle.net's, Zammad's). `more_info` is a docs link. Rule 6: the explicit `code`; `status: 403` is the status. Hesitated on message: `info` is no message member the rules list by name (other reading: the default).",
  },
  {
    id: 'reportportal/invalid-token-uuid-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'invalid_token' },
    why: "Rule 1: 401 (and a credential code). Rule 2.1: `error_description` holds only a UUID, no sentence, and `error` is a code, so the default. Rule 5: the UUID sits in a message member and is the token sent back, not an occurrence's id. Rule 6: OAuth's `error`. Hesitated on logId: a bare UUID in the body may be read as the id to quote (other reading: '2f954b1f-7af3-437a-9bc9-aac3bf501a39').",
  },
  {
    id: 'testrail/results-cannot-be-empty-400',
    expect: {
      kind: 'bad-request',
      message: 'Field :results cannot be empty but no valid tests or cases found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors or a code; text never decides. Rule 2: the `error` sentence, which says what is wrong and why (more than naming the field); a field's name leading it stays (2.1). Rule 3: `results` is named only in the text, no member names it. Rule 6: `error` holds a sentence, no code. Hesitated on kind and fields: the line begins by naming its field (other reading: validation with [['results', 'cannot be empty']]).",
  },
  {
    id: 'qase/data-is-invalid-nested-steps-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['results.0.steps.0.steps.1.action', 'The action must be a string.'],
        ['results.0.steps.0.steps.1', 'Invalid step result definition.'],
        ['results.0.steps.0', 'Invalid step result definition.'],
        ['results.0.steps.3.steps.11.steps.1.action', 'The action must be a string.'],
        ['results.0.steps.3.steps.11.steps.1', 'Invalid step result definition.'],
        ['results.0.steps.3.steps.11', 'Invalid step result definition.'],
        ['results.0.steps.3', 'Invalid step result definition.'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 that carries field errors. Rule 3: `errorFields` is a list of items that each name a field (`field`) and carry a message (`error`), read under any member name; the dotted paths are already canonical, indices as numbers. Rule 2.1: 'Data is invalid.' is a generic summary (as 'The provided input is invalid.', 'Provided data is not valid'), so with only field messages the default (2.4). Rule 4: not rate-limited, and `X-RateLimit-Remaining` is not 0. Rule 6: `status: false` is a flag, no code.",
  },
  {
    id: 'cypress-cloud/free-plan-exceeds-monthly-tests-402',
    expect: {
      kind: 'rate-limited',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'FREE_PLAN_EXCEEDS_MONTHLY_TESTS',
    },
    why: "Rule 1: a quota code decides on any status, a 402 too (CloudConvert's `CREDITS_EXCEEDED`, `USAGE_LIMIT_EXCEEDED`): the plan's monthly allowance of tests is spent. Rule 2.4: no sentence, so the default. Rule 3: `payload` holds numbers and an org id, no messages. Rule 4: a monthly allowance names a window, no wait. Rule 5: `orgId` names the organization, no occurrence. Rule 6: `code`. Hesitated on kind: the code names a plan's limit in words no rule lists, and an upgrade, not waiting, is what lifts it (other reading: bad-request).",
  },
  {
    id: 'cypress-cloud/empty-object-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 500. Rule 2.4: an empty object holds no sentence, so the default. Rules 5 and 6: no id, no code, no headers.',
  },
  {
    id: 'percy/finalize-before-resources-uploaded-400',
    expect: {
      kind: 'bad-request',
      message: 'cannot finalize before all snapshot resources are uploaded',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors; `bad_request` only restates the status and names no other kind. Rule 2.2: the lone item's `detail` speaks, a sentence that says what failed and why; its clause before the colon is no label and no developer text rule 2.3 names. Rule 3: `missing-resources` is named only in the text. Rule 6: the item's `status` written as a word only restates the status, a category. Hesitated on code: a status written as a word may be read as the code when there is no other (other reading: 'bad_request').",
  },
  {
    id: 'zephyr-scale/token-three-parts-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.3: 'The token was expected to have 3 parts, but got 0.' is a JWT decoder's report (token internals, a JWT's three parts), developer text, so the default. Rule 6: `error` holds a sentence, no code. Hesitated on message: it names no claim, key or secret (other reading: 'The token was expected to have 3 parts, but got 0.').",
  },
  {
    id: 'zephyr-squad/class-cast-exception-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2.3: 'java.lang.Integer cannot be cast to java.lang.String' names qualified type names (a ClassCastException's text), and `stack-trace` is a stack trace: developer text, so the default. Rule 6: `status-code: 500` in digits is the status.",
  },
  {
    id: 'sauce-labs/app-upload-too-many-requests-429',
    expect: {
      kind: 'rate-limited',
      message: 'The amount of requests has reached the maximum limit of 5 within the recent 15m time period',
      fields: [],
      logId: 'ac422ebf',
      code: 'TooManyRequests',
    },
    why: "Rule 1: 429. Rule 2.2: `detail` beats `title`; the '(Request ID: ac422ebf)' after the sentence labels the occurrence for support and is no part of it (2.1). Rule 4: '15m time period' names a window, not a wait; no header or hint. Rule 5: the id the detail labels 'Request ID', the one a person quotes. Rule 6: a code alone in a message's member (`title`, as Camunda's); `code: 429` in digits is the status. Hesitated on code and logId: `TooManyRequests` only restates the 429's reason phrase (other reading: null); rule 5 reads ids from members and headers, not text (other reading: null).",
  },
  {
    id: 'smithsonian-open-access/content-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'the resource you were acting on could not be found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 3: `response` is an error's name, so the object under it is the error. Rule 2.1: a reason phrase leading the sentence ('not found: ') only restates the status and is dropped; what follows is a sentence, not the bare phrase (as 'Resource not found'). Rule 6: `responseCode: 0` is zero, no code; `status: 404` is the status; `timestamp` is no id.",
  },
  {
    id: 'science-museum-group/page-number-limit-joi-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors or a code; text never decides. Rule 2.3: the `message` is Joi's nested report ('child \"query\" fails because [...]'), developer text; `error` is the bare reason phrase (2.1): so the default. Rule 3: no member names a field, and the report is no format the rules read fields from. Rule 6: 'Bad Request' is words, no code; `statusCode: 400` is the status. Hesitated on kind and fields: the report names `page[number]` and what is wrong with it (other reading: validation with [['page.number', 'must be less than or equal to 10']]).",
  },
  {
    id: 'wellcome-collection/elasticsearch-search-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 500. Rule 2.3: the `message` names an Elasticsearch node, an address with its port and an internal action (`indices:data/read/search`): infrastructure behind the service, developer text, so the default. Rule 5: no request-id header (`Server` names nginx).',
  },
  {
    id: 'geonames/username-required-401-text',
    expect: {
      kind: 'unauthenticated',
      message: 'Please add a username to each call',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2.6: a plain-text sentence on a 4xx is the message; the vendor's error number leading it ('ERR:10:') is dropped (2.1, as Entra ID's `AADSTS50126: `). Rule 6: no code member, and the number in the text is read by no rule. Hesitated on code: GeoNames' documented error number sits before the sentence (other reading: '10').",
  },
  {
    id: 'virtuoso/file-not-found-404-html',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404. Rule 2.5: an HTML error page gives no message, its heading and `pre` text included. Rules 5 and 6: no headers, no code.',
  },
  {
    id: 'loris/could-not-resolve-identifier-404-text',
    expect: { kind: 'not-found', message: 'could not resolve identifier', fields: [], logId: null, code: null },
    why: "Rules 1 and 2.6: a plain-text sentence on a 404; its leading reason phrase ('Not Found: ') only restates the status and is dropped (2.1), and the '(404)' after it restates it again. Rule 6: no code. Hesitated on message: the line says only what failed, with the identifier elided (other reading: the default).",
  },
  {
    id: 'timezone-io/email-not-verified-403',
    expect: {
      kind: 'forbidden',
      message: 'Your email address is not verified.',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 403, without a code. Rule 2: the `message` sentence. Rule 3: `email` is named only in the text.',
  },
  {
    id: 'timezone-io/ambiguous-abbreviation-300',
    expect: {
      kind: 'unknown',
      message: 'The abbreviation "AST" matches 2 time zones',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 3xx with no code and no error status named in the body; text never decides. Rule 2: the `message` sentence, which tells the person how to choose. Rule 3: `candidates` holds time zones (`code`, `name`, `slug`), values of the response without messages, no field errors. Rule 6: a candidate's `code` is a zone's abbreviation, no error code. Hesitated on kind: a 300 answers a request the person must narrow, which no rule's table lists (other reading: bad-request).",
  },
  {
    id: 'calendarific/auth-failed-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Missing or invalid api credentials',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 1: a body's `meta` is read as an envelope; `response` is an empty list. Rule 2: `error_detail`, a message by its name's shape; the 'See https://… for details.' after it only points to the docs. Rule 6: `code: 401` is the status, and `error_type: \"auth failed\"` is words with spaces, a category, no code. Hesitated on message: it names only what is missing or invalid (as \"Missing 'name' parameter\"; other reading: the default).",
  },
  {
    id: 'openholidays/database-missing-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: '00-2a04576950e4a6639cbbc01831b0a48c-eeea93e94e0eac56-00',
      code: null,
    },
    why: "Rule 1: 500. Rule 2.3: the `detail` ('3D000: database \"OpenHolidaysApi\" does not exist', a SQLSTATE and a missing database) is database text, developer text; the `title` 'An error occurred while processing your request.' is generic (2.1): so the default. Rule 5: the body's `traceId`. Rule 6: the problem `type` only links the 500's section of RFC 9110 and says no more than the status. Hesitated on logId and code: the `traceId` has a W3C traceparent's shape, whose trace id rule 5 reads (other reading: '2a04576950e4a6639cbbc01831b0a48c'); a problem type URI is the code when there is no other (other reading: 'https://tools.ietf.org/html/rfc9110#section-15.6.1').",
  },
  {
    id: 'google-calendar/forbidden-for-non-organizer-403',
    expect: {
      kind: 'forbidden',
      message: 'Shared properties can only be changed by the organizer of the event.',
      fields: [],
      logId: null,
      code: 'forbiddenForNonOrganizer',
    },
    why: "Rule 1: 403 (and the item's reason refuses). Rule 2: the error's `message`, which its lone item repeats (a body that says an error twice says it once). Rule 3: the item has no `location`, so no field. Rule 6: the item-level `reason` over the error's numeric `code: 403`, which is the status.",
  },
  {
    id: 'google-calendar/backend-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'backendError' },
    why: "Rule 1: 500; `backendError` names no other kind. Rule 2.1: 'Backend Error' is a category line (as 'Authorization Error', 'Upstream Error'), so the default. Rule 6: the lone item's `reason`; `code: 500` is the status.",
  },
  {
    id: 'familysearch/search-warnings-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 with an empty body, so without field errors or a code. Rule 2.4: the body holds no sentence, so the default: no rule reads a message from a header. Rule 5: no request-id header (`X-processing-time` is a timing). Hesitated on message and kind: the `Warning` header carries two sentences about the query, 'A search query must include at least a given name or a family name.' and 'Unsupported search parameter: givenNameMisspelled' (other reading: the first as the message, and validation for a list of several messages about the input).",
  },
  {
    id: 'celestrak/no-gp-data-404-text',
    expect: { kind: 'not-found', message: 'No GP data found', fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.6: a plain-text sentence on a 4xx; it is no bare reason phrase (as 'Template not found'). Rules 5 and 6: no request-id header, no code.",
  },
] satisfies Reading[];
