import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 34 cases (every third case of the forty-second holdout’s six parts in file order, parts A
// to F, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind42/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the forty-first's, `second-reading-41.ts`) as a
// model of the format, and the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was
// thrown, so `now` is the `Date` header, else 2026-11-22T12:00:00Z; no response carried a `Retry-After`, no body a
// retry hint and no text a wait: vitalera's 429 says only "try again later", and IPUMS's `x-ratelimit-reset: 0` sits on
// a 400 that is not rate-limited), no notes, no expectations. They were told not to open the case files or anything
// else under `test/conformance/`, the kit's source, its README or changelog, `test/core/`, the live rules file, the
// git history or the rest of `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search tools.
// They marked 21 cases "hesitated" and named the other reading. Written once and not changed after the comparison.

export default [
  {
    id: 'contabo/product-id-min-length-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['productId', 'must be longer than or equal to 1 characters']],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 that carries a field error. Rule 3: NestJS's ValidationPipe shape (`statusCode` beside a `message` list of class-validator lines, here `MinLength`'s wording), whose messages begin with the property path, so `productId` is the field. Rule 2.4: only a field message, so the default. Rules 5 and 6: no headers, no id; `statusCode` is the status, no code. Hesitated on fields: without NestJS's `error: \"Bad Request\"` the shape is known only by its wording, and a lone line that is the whole message is no list (other reading: bad-request, no field, message 'productId must be longer than or equal to 1 characters').",
  },
  {
    id: 'brightbox/invalid-client-wrong-password-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: 'd9fbd04a2e60a51e8a600f55aeea3055',
      code: 'invalid_client',
    },
    why: "Rule 1: 401 (and `invalid_client` is a credential code). Rule 2.1: the only text is OAuth's code, so the default (rule 2.4). Rule 5: no body id; the `X-Request-Id` header. Rule 6: OAuth's `error`.",
  },
  {
    id: 'cpanel-whm/createacct-group-exists-200',
    expect: {
      kind: 'unknown',
      message: 'a group for that username already exists',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200; the item's `status: 0` is a result flag, no code (zero is no code), no error status, and text never decides, so unknown. Rule 3: `result` is an envelope and a list of one error object under it is that object. Rule 2: `statusmsg` is a message by its shape (as `status_message`, `statusTxt`), a sentence; the apology before it is part of the line. Rule 5: no id (`Server` and `Content-Type` only). Rule 6: no code. The body is JSON sent as `text/plain`; read as the JSON it is. Hesitated on kind: the sentence plainly says a duplicate (other reading: conflict).",
  },
  {
    id: 'enzonic/insufficient-credits-402',
    expect: {
      kind: 'bad-request',
      message: 'Insufficient credits',
      fields: [],
      logId: null,
      code: 'payment_required',
    },
    why: "Rule 1: a 402 no row lists, and `payment_required` only restates it (402 Payment Required) and names no kind, so any other 4xx: a bad request; text never decides. Rule 2: the error's `message`, a short sentence that says what is lacking. Rule 4: no header, no hint: no retry. Rule 5: no id. Rule 6: the error's `code`. Hesitated on kind: credits spent are a quota (CloudConvert's `CREDITS_EXCEEDED` on a 402), though here only the text says so (other reading: rate-limited); and on code: it only restates the status (other reading: null).",
  },
  {
    id: 'hostup/vps-not-found-problem-404',
    expect: {
      kind: 'not-found',
      message: 'No VPS matching the given ID was found',
      fields: [],
      logId: 'req_xyz789',
      code: 'vps_not_found',
    },
    why: "Rule 1: 404 (and `vps_not_found` is a not-found code). Rule 2.2: problem details' `detail` beats `title`. Rule 5: the body's `requestId`; `instance` is a path, no id. Rule 6: the explicit `code` over the problem `type` URI (whose last segment says the same).",
  },
  {
    id: 'hosting-reborn/ip-blocked-exception-403-xml',
    expect: {
      kind: 'forbidden',
      message: 'Access not permitted from source IP',
      fields: [],
      logId: null,
      code: '100',
    },
    why: "Rule 1: 403; `type` 'apiAccess' and `code` 100 name no other kind. Rule 3: XML read as JSON would send it, the `<exception>` element the error object. Rule 2: its `message`, a sentence that says what was refused. Rule 5: no id, no headers. Rule 6: the `code` element (an explicit code over the `type` category), a number as a string.",
  },
  {
    id: 'pvoutput/peak-time-invalid-400',
    expect: {
      kind: 'bad-request',
      message: 'Peak time [2728] invalid on 20211001',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code; text never decides, so a bad request. Rule 2.6: plain text on a 4xx is the message; rule 2.1: the leading 'Bad request 400: ' only restates the status and is dropped. The rest says which value of which input was wrong on which day, as rule 1's 'Invalid email address' is a sentence the person reads. Rules 5 and 6: no headers, no code. Hesitated on message: it names only what is invalid, as 'Invalid value \"…\" for parameter …' does (other reading: the default).",
  },
  {
    id: 'eloverblik/period-not-allowed-30002-400',
    expect: {
      kind: 'bad-request',
      message: 'Period not allowed, ToDate is equal to FromDate',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code member; text never decides. Rule 2.1: text quoted whole was encoded twice, so the quotes go; the vendor's error number leading it ('#30002: ') is dropped, as `AADSTS50126: ` is; the rest says what is wrong. Rule 5: no id. Rule 6: no code member. Hesitated on code: the error number is the vendor's code for programs (other reading: '30002').",
  },
  {
    id: 'eloverblik/no-readings-found-404-text',
    expect: { kind: 'not-found', message: 'No readings found in result', fields: [], logId: null, code: null },
    why: 'Rule 1: 404. Rule 2.6: plain text on a 4xx is the message, a sentence that says what was not found, not the bare reason phrase. Rules 5 and 6: no headers, no code.',
  },
  {
    id: 'homewizard/user-creation-not-enabled-403',
    expect: {
      kind: 'forbidden',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'user:creation-not-enabled',
    },
    why: "Rule 1: 403, and the code names no other kind. Rule 2.1: `error` holds one token with separators, a code, not a sentence, so the default (rule 2.4). Rule 5: no id. Rule 6: a code in `error`, as OAuth's. Hesitated on code: `error` is no code member and `:`/`-` are not among rule 2.1's code marks (other reading: null, and then the token as the message).",
  },
  {
    id: 'ercot/missing-subscription-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Access denied due to missing subscription key',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2: Azure API Management's `message`, sentences that say which credential is missing and what to do. Rule 5: no headers, no id. Rule 6: `statusCode` in digits is the status, no code.",
  },
  {
    id: 'un-comtrade/missing-subscription-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Access denied due to missing subscription key',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2: Azure API Management's `message`, sentences that say which credential is missing and what to do. Rule 5: no body id; `Request-Context` is not named like a request id and holds the application's id (`appId=cid-v1:…`), which every request shares. Rule 6: `statusCode` in digits is the status; `WWW-Authenticate` carries no error code. Hesitated on support id: `Request-Context` begins with 'Request' (other reading: 'appId=cid-v1:9b6e1d5a-3728-46ff-b743-6d33d23e54a6').",
  },
  {
    id: 'eu-bon-utis/invalid-providers-400-html',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code; text never decides. Rule 2.5: an HTML error page (Jetty's) gives no message, so the default. Rule 5: no request-id header (`date`, `server`, `content-type`, `cache-control`). Rule 6: no code.",
  },
  {
    id: 'catalogue-of-life/no-names-found-200-xml',
    expect: { kind: 'unknown', message: 'No names found', fields: [], logId: null, code: null },
    why: "Rule 1: a 200 with no code and no error status, so unknown; text never decides. Rule 3: XML's attributes are the element's members, and `error_message` is a message by its shape. Rule 2: 'No names found' says what was not found, a short sentence (as 'No data was found'), not a reason phrase. Rules 5 and 6: `results`' `id` is empty; no request-id header, no code.",
  },
  {
    id: 'ipums/nhgis-datasets-invalid-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: '34d09209-327b-42c9-adcc-cbd97d62411c',
      code: 'SemanticValidationError',
    },
    why: "Rule 1: a 400 whose `type` 'SemanticValidationError' says validation (a category classifies when no code does) and whose `detail` lists two messages about the input. Rule 3: the lines are strings without paths, so form-level (a name leading a line binds no field by structure). Rule 2.2: two form-level lines are no lone sentence, and `status.name` is the reason phrase, so the default (rule 2.4). Rule 4: `x-ratelimit-remaining: 0` and `x-ratelimit-reset: 0` count only when the kind is rate-limited, so no retry. Rule 5: no body id; the `x-request-id` header. Rule 6: `type` is the only code-shaped member; `status.code` is the status. Hesitated on code: a code that only says validation is a category, and `type` is no code member (other reading: null).",
  },
  {
    id: 'gtex-portal/negative-page-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['page', 'ensure this value is greater than or equal to 0']],
      logId: null,
      code: 'value_error.number.not_ge',
    },
    why: "Rule 1: 422. Rule 3: FastAPI's `detail` items, `loc` with the leading `query` removed. Rule 2.4: only a field message, so the default. Rule 5: no id (`via` is no request id). Rule 6: the lone item's `type` is its code. Hesitated on code: pydantic's `type` is an error type, no code member (other reading: null).",
  },
  {
    id: 'pocket/invalid-consumer-key-403-text',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: '152' },
    why: "Rule 1: 403; `X-Error-Code` 152 names no kind, and text never decides. Rule 2.1: the body '403 Forbidden' is the status and its reason phrase (no markup, so text, but a bare reason phrase), so the default; rule 2 reads the body's candidates, and `X-Error` is a header. Rule 5: no request-id header. Rule 6: Pocket's `X-Error-Code` is the code it documents for programs, as `x-amzn-errortype` is read from a header; a number as a string. Hesitated on message: `X-Error` 'Invalid consumer key.' is the vendor's sentence for the failure (other reading: 'Invalid consumer key'); on kind: a consumer key is a credential (other reading: unauthenticated); and on code: no rule names the header (other reading: null).",
  },
  {
    id: 'terra/dev-id-api-key-missing-401',
    expect: {
      kind: 'unauthenticated',
      message: 'dev-id or x-api-key headers are missing',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2.2: problem details' `detail` beats `title` 'unauthorized' (the reason phrase); it says which credentials the request lacks. Rule 5: `instance` '/activity' is a path, no id. Rule 6: `type` is `about:blank`, never a code, and the title only restates the status. Hesitated on message: it names only which inputs are missing, as 'Missing required parameter: templateId' (other reading: the default).",
  },
  {
    id: 'netsmart-careconnect/insufficient-scope-403',
    expect: {
      kind: 'forbidden',
      message: 'Insufficient scope for requested resource',
      fields: [],
      logId: null,
      code: 'forbidden',
    },
    why: "Rule 1: 403 (and the issue's `forbidden` is a permission code). Rule 3: FHIR's OperationOutcome; a lone issue about no element is the message, its text `diagnostics` when there is no `details.text`. Rule 5: no id. Rule 6: the issue's `code`. Hesitated on code: FHIR's issue type here only restates the status (other reading: null).",
  },
  {
    id: 'netsmart-careconnect/unknown-extension-url-422',
    expect: {
      kind: 'validation',
      message: 'Unknown extension URL',
      fields: [],
      logId: null,
      code: 'structure',
    },
    why: "Rule 1: 422. Rule 3: FHIR's OperationOutcome; the lone issue has no `expression`, so it is about no element, and its `details.text` is the message. Rule 5: no id. Rule 6: the issue's `code`. Hesitated on message: a short line that names only what is unknown (other reading: the default); and on code: FHIR's issue type is a category (other reading: null).",
  },
  {
    id: 'halo-connect/halo-guid-must-be-provided-400',
    expect: {
      kind: 'bad-request',
      message: 'Halo GUID must be provided',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code; text never decides, so a bad request. Rule 2.1: `statusText` is the reason phrase; the `message` is a sentence that says what the request must carry. Rules 5 and 6: no id; `status` is the status, no code. Hesitated on message: it names only which input is missing, as 'Missing 'name' parameter' (other reading: the default).",
  },
  {
    id: 'healos/patient-not-found-404',
    expect: { kind: 'not-found', message: 'Patient not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: `error` says what was not found, a sentence, not the bare reason phrase (as 'Resource not found'). Rules 5 and 6: no id; `error` holds words, no code.",
  },
  {
    id: 'docus-labs/file-size-exceeds-limit-413',
    expect: {
      kind: 'bad-request',
      message: 'File size exceeds the 10MB limit',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 413 without `Retry-After`, a bad request. Rule 2: `error` is a sentence that says what is wrong and the limit. Rules 5 and 6: no id; `statusCode` is the status, no code.',
  },
  {
    id: 'vitalera/rate-limit-exceeded-429',
    expect: {
      kind: 'rate-limited',
      message: 'You have exceeded the rate limit',
      fields: [],
      logId: null,
      code: 'rate_limit_exceeded',
    },
    why: "Rule 1: 429 (and `rate_limit_exceeded` is a throttling code). Rule 3: a DRF handler's item, whose `attr` is null, so form-level. Rule 2.2: the lone form-level item's `detail` speaks. Rule 4: no `Retry-After`, no reset header, no body hint, and 'try again later' names no wait: no retry. Rule 5: no id. Rule 6: the lone item's `code` over the `type` category `client_error`.",
  },
  {
    id: 'dental-pms/field-required-first-name-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['first_name', 'Field required']],
      logId: null,
      code: 'missing',
    },
    why: "Rule 1: 422. Rule 3: FastAPI's `detail` items, `loc` with the leading `body` removed. Rule 2.4: only a field message, so the default. Rule 5: no id. Rule 6: the lone item's `type` (pydantic v2's) is its code. Hesitated on code: pydantic's `type` is an error type, no code member (other reading: null).",
  },
  {
    id: 'dental-pms/not-authenticated-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'Not authenticated', FastAPI's words, restates a 401 (it is the message on any status but a 401), so the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'thetvdb/login-pin-required-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code member (`status: \"failure\"` is a result flag, and `data` is null), so a bad request; text never decides. Rule 2.3: 'InvalidValueType: ' is an exception's class before the text, developer text, and what follows, 'pin required', names only which input is missing (rule 2.1), so the default. Rule 5: no id. Rule 6: no code member. Hesitated on kind and code: the class name says an input's value is invalid, a validation code outside a code member (other reading: validation, code 'InvalidValueType'); and on message (other reading: 'pin required').",
  },
  {
    id: 'booklore/invalid-library-path-400',
    expect: { kind: 'bad-request', message: 'Invalid library path', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code; text never decides, so a bad request. Rule 2: the `message` says which of the person's inputs is wrong, as rule 1's 'Invalid email address' is a sentence the person reads. Rules 5 and 6: no id (`timestamp` is none); `status` is the status, no code. Hesitated on message: it names only what is invalid, as 'Invalid field' and 'Invalid format' do (other reading: the default).",
  },
  {
    id: 'iyzico/v2-authentication-failed-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: '5' },
    why: "Rule 1: 401. Rule 2.1: 'Authentication failed!' only says that the sign-in failed, a category line as 'Authentication failure' and 'Login failed' are, so the default. Rule 5: no id (`systemTime` is a clock). Rule 6: `errorCode`, a number as a string. Hesitated on message: a short sentence that says what failed (other reading: 'Authentication failed!').",
  },
  {
    id: 'transactpay/invalid-secret-key-401',
    expect: { kind: 'unauthenticated', message: 'Invalid SECRET key', fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2: the `message` says which credential was refused and what to do, kept as credential lines are ('Invalid API key'). Rule 5: no id. Rule 6: `statusCode` '401' in digits is the status, and `status: \"failed\"` a result flag: no code.",
  },
  {
    id: 'unknownpay/invalid-amount-decimals-422',
    expect: {
      kind: 'validation',
      message: 'amount must have at most 2 decimal places',
      fields: [],
      logId: '0H1K2L3M4N5P6Q7R8S9T',
      code: 'INVALID_AMOUNT',
    },
    why: "Rule 1: 422 (and `INVALID_AMOUNT` begins with `invalid` and names an input, a validation code). Rule 3: the error object names no field in `param`, `field` or its `meta`, and a name leading its text binds no field by structure (only class-validator's format is known to), so no field error. Rule 2: the error's `message`, a sentence that says the rule broken. Rule 5: the error's `request_id`. Rule 6: the error's `code`. Hesitated on fields: the code and the text both name `amount` (other reading: [['amount', 'must have at most 2 decimal places']]).",
  },
  {
    id: 'etrackings/server-down-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2.1: `meta.message` 'Something went wrong on ETrackings end.' is a generic summary (as 'Something went wrong in ORCID.'), so the default; `data` is empty. Rule 5: no id. Rule 6: `meta.code` 500 only restates the status in digits.",
  },
  {
    id: 'antbuddy/error-decoding-signature-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.3: 'Error decoding signature.' is a JWT library's report (djangorestframework-jwt's) of failing to decode the token, token internals, developer text, so the default. Rules 5 and 6: no id, no code. Hesitated on message: it says only that the request's signature was refused, with no key ids (other reading: 'Error decoding signature').",
  },
  {
    id: 'smsleopard/no-valid-recipients-400',
    expect: { kind: 'bad-request', message: 'no valid recipients', fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 without field errors and without a code; `success: false` without `data`, and text never decides, so a bad request. Rule 2: the `message`, words in lower case with spaces, a short sentence that says what is wrong, not a code. Rules 5 and 6: no id, no code; `recipients` is null. Hesitated on message: it names only what is invalid (other reading: the default).',
  },
] satisfies Reading[];
