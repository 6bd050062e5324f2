import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 32 cases (every third case of the forty-first holdout's five parts in file order, parts A
// to E, on 5 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind41/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the fortieth's, `second-reading-40.ts`) as a model
// of the format, and the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was thrown,
// so `now` is the `Date` header, else 2026-11-22T12:00:00Z; no response carried a `Retry-After` or a reset header, and
// no body a retry hint or a wait in its text: Rossum's 429 gives only a docs `url`), no notes, no expectations. They
// were told not to open the case files or anything else under `test/conformance/`, the kit's source, its README or
// changelog, `test/core/`, the live rules file, the git history or the rest of `.tmp/`, nor to run the kit, the
// conformance script or any test, nor to use search tools. They marked 20 cases "hesitated" and named the other
// reading. Written once and not changed after the comparison.

export default [
  {
    id: 'mathpix/http-unauthorized-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid credentials',
      fields: [],
      logId: null,
      code: 'http_unauthorized',
    },
    why: "Rule 1: 401. Rule 2: `error` and the `error_info` object's `message` say the same line once; 'Invalid credentials' says which thing was refused (as 'Invalid API key' is read), not a bare reason phrase. Rule 5: no id member and no headers. Rule 6: `error_info` is the error object (an `error_info` object holds the error), and its `id` is a code-shaped token, the vendor's error id, not an occurrence id. Hesitated on message: it names only what is invalid and says no more than the 401 (other reading: the default); and on code: `http_unauthorized` only restates the status (other reading: null).",
  },
  {
    id: 'mathpix/sys-exception-opencv-200',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: 'c590d176a336a9eaa488383fcd8f78c4',
      code: 'sys_exception',
    },
    why: "Rule 1: a 200, but a code outranks any 2xx, and `error_info.id` `sys_exception` names the server's own exception, as a `server_error` code does. Rule 2.3: the `error` and `error_info.message` are OpenCV's report (a library's name and version, a source file and line, an assertion and the function it failed in): developer text, so the default (rule 2.4). Rule 5: the body's `request_id`. Rule 6: `error_info.id`. Hesitated on kind: no listed code is `sys_exception`, and a 2xx with nothing the rules name stays unknown (other reading: unknown).",
  },
  {
    id: 'rossum/access-forbidden-403',
    expect: {
      kind: 'forbidden',
      message: 'Access to the requested resource is forbidden',
      fields: [],
      logId: null,
      code: 'access_forbidden',
    },
    why: "Rule 1: 403, and `access_forbidden` is a permission code (as `access_denied`). Rule 2.1: `detail` is a sentence, not the bare reason phrase (as 'Resource not found' is a sentence). Rule 5: no id. Rule 6: `code`. Hesitated on message: it says no more than the 403, the listed generic 'Access forbidden' in a full sentence (other reading: the default).",
  },
  {
    id: 'rossum/rate-limited-429',
    expect: {
      kind: 'rate-limited',
      message: 'Request was rate limited',
      fields: [],
      logId: null,
      code: 'rate_limited',
    },
    why: "Rule 1: 429, and `rate_limited` is a throttling code. Rule 2.1: `detail` is a sentence, not the bare reason phrase 'Too Many Requests'; the `url` only links the docs. Rule 4: no `Retry-After`, no reset header, no body hint, no wait in the text: no retry. Rule 5: no id. Rule 6: `code`. Hesitated on message: it says no more than the 429 (other reading: the default).",
  },
  {
    id: 'affinda/not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: `detail` 'Not found.' is the bare reason phrase, so the default. Rule 5: no id. Rule 6: `statusCode` '404' in digits is a status, not a code (a `statusCode` is a code only written as a word).",
  },
  {
    id: 'landingai/ground-field-required-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'validation_error' },
    why: "Rule 1: 422, and `validation_error` is a validation code. Rule 3: no list, map or field member, and field errors are found by structure (only class-validator's format is known to lead its messages with the path), so no field error. Rule 2.1: 'structure: Field required' names only which field is missing, as 'Missing 'name' parameter' and 'Missing required parameter: templateId' do, so the default. Rule 5: no id. Rule 6: `code`. Hesitated on message: a field's name leading a message says which field and stays (other reading: 'structure: Field required'); and on fields (other reading: [['structure', 'Field required']]).",
  },
  {
    id: 'speech-is-cheap/unauthorized-api-key-401-text',
    expect: { kind: 'unauthenticated', message: 'Unauthorized API Key', fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.6: plain text on a 4xx is the message; 'Speech is Cheap: ' labels the product before it, and the sign-up offer after it is no part of the error. Rule 2.1: 'Unauthorized API Key' says which credential was refused, not the bare reason phrase. Rule 5: no id. Rule 6: 'E401' is a discount code in the text, no code member. Hesitated on message: 'Unauthorized' before what was refused restates a 401, as 'Unauthorized access' does (other reading: the default).",
  },
  {
    id: 'fireblocks/invalid-signature-code-minus-1-401',
    expect: { kind: 'unauthenticated', message: 'invalid signature', fields: [], logId: null, code: '-1' },
    why: "Rule 1: 401. Rule 2: the `message` says the request's signature was refused; rule 2.3's signature internals are a verification failure with key ids, which this line does not carry. Rule 5: no id. Rule 6: `code`, a number (not zero), as a string. Hesitated on message: a signature is token internals the person cannot act on (other reading: the default).",
  },
  {
    id: 'fireblocks/future-issuance-timestamp-code-minus-12-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: '-12' },
    why: "Rule 1: 401. Rule 2.3: the `message` reports a JWT claim (`iat`, the issuance timestamp) of the signed request, token internals, developer text, so the default. Rule 5: no id member, and `server`/`date` are no request-id headers. Rule 6: `code`, a number, as a string. Hesitated on message: the line before the parenthesised claim name reads as a sentence (other reading: 'The request is with a future issuance timestamp').",
  },
  {
    id: 'chainalysis/address-screening-invalid-token-403',
    expect: { kind: 'forbidden', message: 'Invalid token', fields: [], logId: '497459b3', code: null },
    why: "Rule 1: 403; 'Invalid token' is words, no code, and text never decides the kind. Rule 2: Spring Boot's `message` over `error` 'Forbidden', the reason phrase; it says which credential was refused. Rule 5: the body's `requestId`. Rule 6: `error` is the reason phrase and `status` the status, no code. Hesitated on kind: the text plainly names a credential (other reading: unauthenticated); and on message: it names only what is invalid (other reading: the default).",
  },
  {
    id: 'bitgo/express-send-coins-needs-unlock-400',
    expect: {
      kind: 'bad-request',
      message: 'needs unlock',
      fields: [],
      logId: 'cjd6dflt4b70sdjrscvgks22d',
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code (`name` 'Response' names a class, and the `needsOTP`/`needsUnlock` flags are booleans), so a bad request. Rule 2: `message` and `error` say the same line once. Rule 3: a map of booleans is no field errors. Rule 5: the body's `requestId`. Rule 6: no code. Hesitated on kind: an unlock (an OTP) is a sign-in step (other reading: unauthenticated); and on message: two lower-case words read as a label (other reading: the default).",
  },
  {
    id: 'banxa/legacy-api-not-authorized-401',
    expect: {
      kind: 'unauthenticated',
      message: 'You are not authorized to access this resource',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2.2: the lone item of `errors` speaks; its `title` is a sentence. Rule 5: no id. Rule 6: the item's `code` '401' only restates the status in digits, and `status` '40103' sits in a status member (it carries the 401's number). Hesitated on code (other reading: '40103', or '401').",
  },
  {
    id: 'upvest/signature-incorrect-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Signature is incorrect',
      fields: [],
      logId: 'afcd3c2f-6965-4e1b-bb3e-87a3b481ce29',
      code: 'unauthorised',
    },
    why: "Rule 1: 401. Rule 2.2: problem details' `detail` beats `title` 'Unauthorised' (the reason phrase); it carries no key ids. Rule 5: the body's `request_id` (the `upvest-request-id` header holds the same). Rule 6: the problem `type` URI is the code when there is no other, read by its last segment. Hesitated on code: it only restates the status (other reading: null, or the whole URI); and on message: a signature is token internals (other reading: the default).",
  },
  {
    id: 'upvest/not-found-404',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [],
      logId: '2970a7ac-cbcb-4744-8e38-50e70cac8e7b',
      code: 'not_found',
    },
    why: "Rule 1: 404. Rule 2.1: the `title` 'Not found' is the bare reason phrase and there is no `detail`, so the default. Rule 5: the body's `request_id`. Rule 6: the problem `type` URI's last segment. Hesitated on code: it only restates the status (other reading: null, or the whole URI).",
  },
  {
    id: 'global-fishing-watch/query-param-dataset-required-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422. Rule 3: the `messages` items carry `title` and `detail`, both message members, and no path member; `title` 'Query' names a part of the request, not a field, so the item is form-level. Rule 2.1: its `detail` 'Query param dataset is required' names only which parameter is missing (as 'Missing required parameter: templateId'), and `error` is the reason phrase, so the default. Rule 5: no id. Rule 6: `statusCode` is the status, `error` the reason phrase: no code. Hesitated on message: a lone form-level sentence in the error's list is the message (other reading: 'Query param dataset is required').",
  },
  {
    id: 'global-fishing-watch/two-required-params-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422. Rule 3: the `messages` items carry `title` and `detail`, message members, and no path member, so both are form-level (the first `title` names the query string). Rule 2.2: two form-level lines are no lone sentence, each names only which parameter is missing (rule 2.1), and `error` is the reason phrase, so the default. Rules 5 and 6: no id; `statusCode` is the status, no code. Hesitated on fields: the second item's `title` 'region-id' names the parameter (other reading: [['region-id', 'region-id query param is required']]).",
  },
  {
    id: 'flightaware-flightxml/authentication-required-401-html',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.5: an HTML error page gives no message (and 'Authentication Required' restates a 401). Rules 5 and 6: no headers, no id, no code.",
  },
  {
    id: 'noaa-coops/no-data-water-level-200',
    expect: { kind: 'unknown', message: 'No data was found', fields: [], logId: null, code: null },
    why: "Rule 1: a 200 whose `error` holds no code and no error status; text never decides, so unknown. Rule 2: the error object's `message`, a sentence that says what was missing and why. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'sealegs/insufficient-balance-402',
    expect: {
      kind: 'rate-limited',
      message: 'Insufficient credit balance',
      fields: [],
      logId: null,
      code: 'insufficient_balance',
    },
    why: "Rule 1: a 402 whose code `insufficient_balance` says the credits are spent, and credits spent are a quota (as CloudConvert's `CREDITS_EXCEEDED` on a 402), which decides on any status. Rule 2: the error's `message`. Rule 4: no header, no body hint (`purchase_url` is a link), no wait: no retry. Rule 5: no id. Rule 6: the error's `code`. Hesitated on kind: a balance to top up is no wait (other reading: bad-request).",
  },
  {
    id: 'os-places/bbox-outside-bng-coverage-400',
    expect: {
      kind: 'bad-request',
      message: 'Provided coordinates fall outside this area',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code; text never decides, so a bad request. Rule 2: the error object's `message`, sentences that say what is wrong. Rules 5 and 6: no id; `statuscode` is the status, no code.",
  },
  {
    id: 'homedata/no-property-for-uprn-404',
    expect: {
      kind: 'not-found',
      message: 'No property found with UPRN 999999999999',
      fields: [],
      logId: null,
      code: 'not_found',
    },
    why: "Rule 1: 404 (and `not_found` is a not-found code). Rule 2: the error object's `message`, a sentence that says what was not found. Rule 5: no id. Rule 6: the error's `code`.",
  },
  {
    id: 'egi-radius-dx/uprn-and-agents-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: '30398b8a-4e52-4f93-8868-1c0de2b6f829',
      code: null,
    },
    why: "Rule 1: a 400 that lists several messages about the input, a validation failure. Rule 3: the `errors` items carry `status` and `detail` and no path member (no `source`), so they are form-level; a path inside the text binds no field. Rule 2.2: two form-level lines are no lone sentence, so the default (rule 2.4). Rule 5: the body's `meta.requestId`. Rule 6: the items' `status` is the status, no code. Hesitated on fields: each `detail` leads with a JSON:API path (other reading: [['uprn', 'is required'], ['agents', 'is required']]).",
  },
  {
    id: 'egi-radius-dx/internal-server-error-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: '30398b8a-4e52-4f93-8868-1c0de2b6f829',
      code: null,
    },
    why: "Rule 1: 500. Rule 2.1: the lone item's `detail` is the bare reason phrase, so the default. Rule 5: the body's `meta.requestId`. Rule 6: the item's `status` is the status, no code.",
  },
  {
    id: 'truv/incorrect-parameters-empty-list-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'incorrect_parameters' },
    why: "Rule 1: a 400 whose code `incorrect_parameters` says a parameter is wrong (as WeChat Pay's `PARAM_ERROR`, Rakuten's `wrong_parameter`), a validation code, and a code outranks 400. Rule 2.1: 'Incorrect request parameters' is generic (as 'Invalid request parameters provided.'), so the default. Rule 3: `extra['invalid-params']` is empty, so no field error. Rule 5: no id. Rule 6: the error's `code`.",
  },
  {
    id: 'mytruv/query-field-required-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['transacted_at_from', 'field required']],
      logId: null,
      code: 'value_error.missing',
    },
    why: "Rule 1: 422. Rule 3: FastAPI's `detail` items, `loc` with the leading `query` removed. Rule 2.4: only a field message, so the default. Rule 5: no id. Rule 6: the lone item's `type` is its code. Hesitated on code: pydantic's `type` is an error type a program may branch on, but no code member holds it (other reading: null).",
  },
  {
    id: 'pinwheel/invalid-routing-number-fields-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['routing_number', "Provided value doesn't match valid format"]],
      logId: null,
      code: 'INVALID_ROUTING_NUMBER',
    },
    why: "Rule 1: a 400 with a field error, and `INVALID_ROUTING_NUMBER` begins with `invalid` and names an input. Rule 3: the `fields` items name their field in `name` and carry a `message`. Rule 2.1: 'Validation error.' is a category line, so the default. Rule 5: no id. Rule 6: the explicit `code` over the `type` category `INVALID_REQUEST_PARAMETERS`; `status_code` is the status.",
  },
  {
    id: 'rutter/invalid-credentials-connection-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid credentials to access this connection',
      fields: [],
      logId: null,
      code: 'INVALID_CREDENTIALS',
    },
    why: 'Rule 1: 401 (and `INVALID_CREDENTIALS` is a credential code). Rule 2: `error_message`, a sentence that says what was refused. Rule 5: no id. Rule 6: `error_code` over the `error_type` category.',
  },
  {
    id: 'wildberries/incorrect-parameter-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'IncorrectParameter' },
    why: "Rule 1: a 400 whose code `IncorrectParameter` says a parameter is wrong (as `wrong_parameter`), a validation code, and a code outranks 400. Rule 2.1: 'Передан некорректный параметр' ('An incorrect parameter was passed') is a generic summary in Russian (as T-Bank's 'Неверные параметры.'), so the default. Rule 5: no id. Rule 6: `code`.",
  },
  {
    id: 'wildberries/failed-to-add-supply-order-409',
    expect: {
      kind: 'conflict',
      message: 'Не удалось закрепить сборочное задание за поставкой',
      fields: [],
      logId: null,
      code: 'FailedToAddSupplyOrder',
    },
    why: 'Rule 1: 409, and the code names no other kind. Rule 2: the `message`, sentences in Russian that say which assignment failed and what to check, more than that something failed. Rule 5: no id. Rule 6: `code`.',
  },
  {
    id: 'ozon/client-id-and-api-key-required-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Client-Id and Api-Key headers are required',
      fields: [],
      logId: null,
      code: '16',
    },
    why: "Rule 1: 401 (a code never turns a 401 into anything else). Rule 2: the `message` says which credentials the request must carry. Rule 5: no id. Rule 6: `code`, a number (gRPC's 16, UNAUTHENTICATED), as a string. Hesitated on message: it names only which inputs are missing, as 'Missing required parameter: templateId' (other reading: the default); and on code: a numeric gRPC code only restates the status (other reading: null).",
  },
  {
    id: 'salla/export-orders-dates-required-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['from_date', 'حقل من تاريخ مطلوب'],
        ['to_date', 'حقل حتى تاريخ مطلوب'],
      ],
      logId: null,
      code: 'alert.invalid_fields',
    },
    why: "Rule 1: 422 with field errors; `success: false` without `data` keeps the error in `error`. Rule 3: `error.fields` maps each field to a list of messages. Rule 2.1: `message` 'alert.invalid_fields' is a code (a message key), so the default (rule 2.4). Rule 5: no id. Rule 6: a code alone in a message's member is the code, more specific than `code` 'error', which only says it failed. Hesitated on code (other reading: 'error').",
  },
  {
    id: 'tiendanube/problems-parsing-json-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code. Rule 2.3: 'Problems parsing JSON' is a server that could not parse the request's body, developer text, so the default. Rules 5 and 6: no id; `error` holds words, no code.",
  },
] satisfies Reading[];
