import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 38 cases (every third case of the seventy-sixth holdout's six parts, CK, CL, CM, CN, CO and
// CP, in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a
// frozen copy of `test/conformance/README.md` (`.tmp/blind76/rules.md`, the rule rows up to the seventy-third holdout's
// included), an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second
// reading (the seventy-fourth's) as a model of the format, and the cases' ids, sources, URLs and responses (none was
// thrown; only Anker SOLIX's case sends a `Date` header, which gives its `now`, and every other case counts from
// 2026-11-22T12:00:00Z; only VeriMails' 429 gives a wait by this reading), no notes, no expectations. They were told
// not to open the case files or anything else under `test/conformance/`, the kit's source, its README or changelog, the
// git history or the rest of `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search tools,
// nor to list folders. They opened only the files the brief names, by their full paths, and wrote this file by its full
// path without listing its folder; at the start they listed the brief's own folder once (`.tmp/blind76/`, names and
// sizes: it also holds a `prepare.mjs`, which they did not open). They marked 25 cases "hesitated" and named the other
// reading. Written once and not changed after the comparison.
export default [
  {
    id: 'viessmann/device-communication-error-device-offline-400',
    expect: {
      kind: 'bad-request',
      message: 'Device communication error',
      fields: [],
      logId: '00-1083dbcd84b0d4d6df2ae553dda5c7d2-5ad4674667af26df-00',
      code: 'DEVICE_COMMUNICATION_ERROR',
    },
    why: "Rule 1: a 400 without fields; `errorType` 'DEVICE_COMMUNICATION_ERROR' is a code no row sorts (an outage's code names one on a 5xx only), and `statusCode` 400 at the top is the body's own status: a bad request. `extendedPayload`'s `httpStatusCode: \"NotFound\"` and `code: \"404\"` are the status of the call to the device, not the body's own status beside the 400. Rule 2.1 and the fifty-ninth holdout's row: `message` 'Device communication error' spells out the code beside it word for word, and says what failed (talking to the person's device): kept. Rule 5: `viErrorId` is `errorId` behind a vendor's prefix: the whole value. Rule 6: `errorType`, the error's own code; `extendedPayload.reason` is extra, as Stripe's `decline_code` is: 'DEVICE_COMMUNICATION_ERROR'. Hesitated on kind (other reading: not-found, the body naming a 404 beside the bare 400), on message (other reading: the default, a category line '… error' as 'Authorization Error' and 'Upstream Error' are) and on code (other reading: 'DEVICE_OFFLINE', the more specific reason).",
  },
  {
    id: 'viessmann/gateway-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Gateway not found',
      fields: [],
      logId: '|00-9913959b19f9417ea808df1a555ca287-aafd7e869fc641e7-01.c35e265a_',
      code: 'GATEWAY_NOT_FOUND',
    },
    why: "Rule 1: 404: not-found; `GATEWAY_NOT_FOUND` says the same. Rule 2.1: `message` 'Gateway not found' is no bare reason phrase ('Resource not found' is a sentence) and says what was not found, the code read for a person: kept. Rule 3: `extendedPayload` is empty. Rule 5: `viErrorId` is `errorId` behind a vendor's prefix: its whole value. Rule 6: `errorType`: 'GATEWAY_NOT_FOUND'; `statusCode` 404 in digits is the status. Hesitated on logId (other reading: only the trace id inside the value, '9913959b19f9417ea808df1a555ca287').",
  },
  {
    id: 'panasonic-comfort-cloud/terms-updated-4103-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Terms and/or Policies have been updated',
      fields: [],
      logId: null,
      code: '4103',
    },
    why: "Rule 1: 401: unauthenticated; a code never turns a 401 into anything else. Rule 2.1: `message` 'Terms and/or Policies have been updated' is a sentence that says why the sign-in was refused: kept. Rule 5: no id. Rule 6: `code` 4103, a vendor's number (not the status): '4103'.",
  },
  {
    id: 'panasonic-comfort-cloud/db-system-error-5001-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: '5001' },
    why: "Rule 1: 500: server. Rule 2.3: 'DB system error due to db system' reports a database's failure, developer text (a database's failure, suitecrm's and Cumulocity's): the default (rule 2.4). Rule 5: no id. Rule 6: `code` 5001, a vendor's number: '5001'.",
  },
  {
    id: 'panasonic-comfort-cloud/nginx-forbidden-403-html',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 403: forbidden. Rule 2.5: an HTML error page gives no message (and its text, "403 Forbidden", is the bare reason phrase besides): the default. Rules 5 and 6: no header, no id, no code.',
  },
  {
    id: 'myuplink/subject-no-access-system-403-text',
    expect: {
      kind: 'forbidden',
      message: 'The subject does not have access to the system',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 403: forbidden. Rule 2.6: a sentence sent as text on a 4xx is the message; \'The subject does not have access to the system "…"\' says what was refused: kept. Rules 5 and 6: no id, no code.',
  },
  {
    id: 'anker-solix/failed-to-request-10004-200-headers',
    expect: {
      kind: 'unknown',
      message: DEFAULT,
      fields: [],
      logId: '7327c109aeb1d1e343ddaa571e7845c7',
      code: '10004',
    },
    why: "Rule 1: a 200 whose numeric `code` 10004 is no 4xx or 5xx status and no code a row sorts; text never decides: unknown. Rule 2.1: `msg` 'Failed to request.' is a line made only of words that say something failed: generic, the default (rule 2.4). Rule 4: the `Date` header gives `now`; no wait. Rule 5: the body's own `trace_id` (a `traceId` by its shape) wins over the `Trace` and `Traceparent` headers: '7327c109aeb1d1e343ddaa571e7845c7'. Rule 6: `code` 10004 (the `Bizcode` header says the same): '10004'.",
  },
  {
    id: 'neuris/information-missing-query-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['query', 'Required request parameter']],
      logId: null,
      code: 'information_missing',
    },
    why: "Rule 1: 422: validation, and `information_missing` is a missing input's code. Rule 3: `errors` is a list of items with a `message` and a path-like member, `parameter` (the one-field error's `parameter`, as `source.parameter` is an item's): the field `query`, 'Required request parameter 'query' for method parameter type String is not present'. Rule 2.4: only a field message: the default. Rule 5: no id. Rule 6: the lone item's `code`: 'information_missing'. Hesitated on fields (other reading: the field stated with no usable text, Spring's MissingServletRequestParameterException line being developer text as 'Required request body is missing' is, rule 2.3).",
  },
  {
    id: 'neuris/forbidden-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: 'forbidden' },
    why: "Rule 1: 403: forbidden; `forbidden` says the same. Rule 3: `parameter` is empty: the lone item is form-level and speaks for the response. Rule 2.1: 'Access is not allowed.' is the 403's phrase in other words, as 'Access forbidden', 'Access to resource forbidden' and 'Access to the requested resource is forbidden.' are generic, and 'This includes some cases of improper access such as wrong method.' is the code's type-level gloss, nothing of this occurrence: the default (rule 2.4). Rule 5: no id. Rule 6: the lone item's `code`, the only code: 'forbidden'. Hesitated on message (other reading: the line kept, its second sentence naming a wrong method) and on code (other reading: none, a code that only restates the status).",
  },
  {
    id: 'neuris/bad-request-type-mismatch-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'bad_request' },
    why: "Rule 1: a 400 without fields (`parameter` empty); `bad_request` restates the status: a bad request. Rule 2.3: 'The request could not be parsed' is a server that could not parse the request (Honeycomb's 'The request body could not be parsed.'): developer text, the default (rule 2.4). Rule 5: no id. Rule 6: the lone item's `code`, the only code, standing alone (Mercado Pago's restating code is a category only beside a lone item's code): 'bad_request'. Hesitated on code (other reading: none, a code that only restates the status).",
  },
  {
    id: 'brightquery/insufficient-credit-balance-400',
    expect: {
      kind: 'bad-request',
      message: 'Insufficient credit balance',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields and without a code (`error` holds words with spaces, a sentence, not a code); text never decides, though it speaks of spent credits: a bad request. Rule 2.1: `error` 'Insufficient credit balance' says what is wrong with the account: kept. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: rate-limited, credits spent being a quota as CloudConvert's `CREDITS_EXCEEDED` is, though here only in words).",
  },
  {
    id: 'pandadoc/permissions-error-deleted-document-403',
    expect: {
      kind: 'forbidden',
      message: 'You do not have permission to perform this action',
      fields: [],
      logId: null,
      code: 'permissions_error',
    },
    why: "Rule 1: 403: forbidden; `permissions_error` is a permission code besides. Rule 2.1: `detail` 'You do not have permission to perform this action.' says what was refused, as Laravel's 'This action is unauthorized.' does (the seventy-first holdout's row keeps it, where 'This action is forbidden.' is generic): kept. Rule 5: no id. Rule 6: `type`, the only code: 'permissions_error'. Hesitated on message (other reading: the default, Django REST framework's stock 403 line, the status in other words).",
  },
  {
    id: 'pandadoc/throttled-429',
    expect: { kind: 'rate-limited', message: 'Request was throttled', fields: [], logId: null, code: 'throttled' },
    why: "Rule 1: 429: rate-limited; `throttled` is a throttling code. Rule 2.1: `detail` 'Request was throttled.' is not the 429's bare reason phrase (only the bare phrase restates the status) and says what happened: kept, as 'Rate limit exceeded' is. Rule 4: no `Retry-After`, no reset header, no body hint, no figure in the text: no retry. Rule 5: no id. Rule 6: `type`, the only code: 'throttled'. Hesitated on message (other reading: the default, Django REST framework's stock 429 line, the phrase in other words).",
  },
  {
    id: 'oneflow/duplicate-participant-parameter-problems-400',
    expect: {
      kind: 'validation',
      message: 'You tried to add two identical participants to a contract',
      fields: [['parties.1.participants.2.email', 'You tried to add a duplicate participant']],
      logId: 'eLT8KV5aJj9qJK6q9vPojhqwnr4X8aM6FvCGC9iY42TH1szQt5GaIA==',
      code: '4000003',
    },
    why: "Rule 3: `parameter_problems` is a member that holds errors by name, a map of path to lists of messages: `parties[1].participants[2].email` is `parties.1.participants.2.email`, 'You tried to add a duplicate participant with the email address …'. Rule 1: a 400 that carries field errors: validation; no duplicate code (only the text says 'duplicate', and text never decides). Rule 2.2: RFC 9457 `detail` beats `title` ('Bad Request', the reason phrase); 'You tried to add two identical participants to a contract.' is the occurrence's sentence, the pointer to the docs after it aside: kept. Rule 5: the body's own `request_id`. Rule 6: an explicit code member (`error_code` 4000003) over the problem `type` URI: '4000003'. Hesitated on kind (other reading: conflict, a duplicate participant).",
  },
  {
    id: 'libresign/sign-page-not-logged-in-422',
    expect: {
      kind: 'validation',
      message: 'You are not logged in',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation; no code (`action` 1000 is LibreSign's next step for the page, not an error code), and text never decides, though it says the person is not signed in. Rule 2.2: a lone form-level sentence in the error's list, 'You are not logged in. Please log in.': kept. Rule 3: no field. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: unauthenticated, a refused sign-in being no input's fault, as FOLIO's is on a 422).",
  },
  {
    id: 'libresign/sign-page-link-expired-renew-title-422',
    expect: { kind: 'validation', message: 'Link expired', fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation; no code (`action` 4500 is the page's next step), and text never decides. Rule 2.1: `title` 'Link expired' is the only text; it is no reason phrase, no lone word and no generic summary, and says what is wrong (the signing link expired): kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a two-word title naming a state).",
  },
  {
    id: 'naver-searchad/invalid-parameter-format-11001-korean-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '11001' },
    why: "Rule 1: a 400 without fields; `code` 11001 is a vendor's number no row sorts: a bad request. Rule 2.1: '잘못된 파라미터 형식입니다.' ('The parameter format is invalid.') is a generic summary in another language, as 'Invalid format' and the Câmara's parameter-format line (the fifty-seventh holdout's row) are: the default (rule 2.4). Rule 5: no id. Rule 6: `code`: '11001'.",
  },
  {
    id: 'naver-searchad/too-many-requests-429-transaction-id',
    expect: {
      kind: 'rate-limited',
      message: 'Too many requests already exist',
      fields: [],
      logId: '8b018e09e7095f3d',
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `title`, the only text, 'Cannot handle the request. Too many requests already exist.': a generic headline ('Can't fulfill request') before a sentence of its own is judged by its second sentence, and 'Too many requests already exist.' is not the bare reason phrase (only the bare phrase restates the status): kept. Rule 4: no header, no hint, no figure: no retry. Rule 5: no body id; `x-transaction-id` is a header named like a request id (`…transaction-id`): '8b018e09e7095f3d'. Rule 6: `code` 429 and `status` 429 restate the status: no code. Hesitated on message (other reading: the default, the 429's phrase made a sentence after a generic headline).",
  },
  {
    id: 'pixiv-oauth/check-id-and-password-japanese-400',
    expect: {
      kind: 'unauthenticated',
      message: 'pixiv ID、またはメールアドレス、パスワードが正しいかチェックしてください',
      fields: [],
      logId: null,
      code: 'invalid_grant',
    },
    why: "Rule 1: OAuth's `invalid_grant` is a credential code, which outranks a 400: unauthenticated. Rule 3: `errors.system` holds one error object about the system, not an input (no map of several objects, no path a form has): form-level, and it speaks for the response. Rule 2.1: its `message` '103:pixiv ID、またはメールアドレス、パスワードが正しいかチェックしてください。' asks to check the pixiv ID or mail address and password, credentials by name (a sentence in Japanese without spaces is a sentence); the vendor's number before it ('103:') is dropped as Entra ID's is: kept. Rule 5: no id. Rule 6: OAuth's `error`: 'invalid_grant'. Hesitated on code (other reading: '1508', the inner error's own `code`) and on fields (other reading: a field `system`).",
  },
  {
    id: 'bithumb/bad-request-auth-data-5100-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '5100' },
    why: "Rule 1: a 400 without fields; `status` '5100' is a vendor's number, no HTTP status and no code a row sorts, and text never decides ('Auth Data'): a bad request. Rule 2.1: 'Bad Request.(Auth Data)': the reason phrase leading it is dropped, and what is left, '(Auth Data)', is a label, not a sentence: the default (rule 2.4). Rule 5: no id. Rule 6: `status` holds the vendor's code, a number that is no status: '5100'. Hesitated on message (other reading: the line kept, 'Auth Data' naming what was bad) and on code (other reading: none, a `status` in digits read as a status).",
  },
  {
    id: 'flaresolverr/challenge-timeout-6s-curl-500',
    expect: {
      kind: 'server',
      message: 'Error solving the challenge',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 500: server; JSend's `status: \"error\"` holds no `data` and no code, and text never decides ('Timeout'). Rule 2.1: `message` 'Error: Error solving the challenge. Timeout after 6.0 seconds.' says what failed (solving the site's challenge) and why (a timeout); the leading 'Error: ' is a label, no class: kept. Rule 4: 'Timeout after 6.0 seconds' is how long it waited, no wait to retry after: no retry. Rules 5 and 6: no id; `status` is the call's flag, no code. Hesitated on message (other reading: the default, a Python exception printed with its `Error:` prefix, developer text by rule 2.3).",
  },
  {
    id: 'splash/lua-nil-value-script-error-400',
    expect: {
      kind: 'bad-request',
      message: 'Error happened while executing Lua script',
      fields: [],
      logId: null,
      code: 'LUA_ERROR',
    },
    why: "Rule 1: a 400 without fields; `ScriptError` and `LUA_ERROR` are codes no row sorts, `error` 400 restates the status: a bad request. Rule 2.2 and 2.3: `description` 'Error happened while executing Lua script' says what failed (the caller's script), as 'Failed to process audio' does; `info.message` and `info.error` are the Lua runtime's report of a nil value with the script's line (a null dereference, developer text): kept, the description. Rule 3: `info`'s `line_number` and `source` point into the script, no field. Rule 5: no id. Rule 6: `type` 'ScriptError' is an exception's class, the category, and `info.type` the code under it (as Method's `sub_type` and Hikvision's `subStatusCode`): 'LUA_ERROR'. Hesitated on message (other reading: the default, a line only saying something failed) and on code (other reading: 'ScriptError').",
  },
  {
    id: 'splash/bad-argument-render-all-400',
    expect: {
      kind: 'validation',
      message: "Pass non-zero 'wait' to render full webpage",
      fields: [['render_all', "Pass non-zero 'wait' to render full webpage"]],
      logId: null,
      code: 'bad_argument',
    },
    why: "Rule 3: `info` is the error's context (the nineteenth holdout's row reads hints in `info`); it names the argument (`argument: \"render_all\"`), so the error is about that field, and its `description` says what is wrong this time, over the error's type-level 'Incorrect HTTP API arguments' (Zamzar's `context.reason`): the field `render_all`, 'Pass non-zero 'wait' to render full webpage'. Rule 1: a 400 that carries a field error, and `bad_argument` says an argument is wrong (`wrong_parameter`): validation. Rule 2.1: the envelope's 'Incorrect HTTP API arguments' is generic ('Incorrect request parameters'); the context's sentence says what to do, more than which input: the message. Rule 5: no id. Rule 6: `type` 'BadOption' is an exception's class, the category, and `info.type` the code under it: 'bad_argument'. Hesitated on message (other reading: the default, only a field message beside a generic line), on fields (other reading: none, `info` being no `context`, `data` or `meta`) and on code (other reading: 'BadOption').",
  },
  {
    id: 'scrapyd/directory-traversal-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 whose `status: \"error\"` says it failed but holds no `data`, names no error status and no code: unknown. Rule 2.3: `message` 'DirectoryTraversalError: ../p' is an exception's class name before the value it refused: developer text, the default (rule 2.4). Rule 5: no id. Rule 6: `status` is the call's flag; the class name sits in a message with text after it, not alone: no code. Hesitated on code (other reading: 'DirectoryTraversalError', the exception's class as the code).",
  },
  {
    id: 'browsertrix/invite-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: 'invite_not_found' },
    why: "Rule 1: 404: not-found. Rule 2.1: `detail` 'invite_not_found' is a code by its shape (one token with `_`), no sentence: the default (rule 2.4). Rule 5: no id. Rule 6: a code alone in a message's member (IQAir's JSend `message`, Camunda's `title`): 'invite_not_found'.",
  },
  {
    id: 'browsertrix/invalid-current-password-400',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'invalid_current_password',
    },
    why: "Rule 6: a code alone in a message's member (`detail`): 'invalid_current_password'. Rule 1 and its settled words on `invalid` codes: one that names a credential is a credential code, and a password is one ('a sign-in name or password that is \"incorrect\"'); a credential code on a 400: unauthenticated. Rule 2.1: the code is no sentence: the default (rule 2.4). Rule 3: no field member. Rule 5: no id. Hesitated on kind (other reading: validation, the current password being an input of the change-password form, a code that begins with `invalid` and names an input).",
  },
  {
    id: 'scrapoxy/no-running-instance-407-text',
    expect: { kind: 'bad-request', message: 'No running instance found', fields: [], logId: null, code: null },
    why: "Rule 1: a 407 (a proxy asking for its own credentials) stays a bad request. Rule 2.6: a sentence sent as text on a 4xx is the message; 'No running instance found' says why the proxy could not serve the request: kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, the proxy's own infrastructure behind the service, rule 2.3).",
  },
  {
    id: 'verimails/email-not-valid-422',
    expect: {
      kind: 'validation',
      message: 'The email field must be a valid email address',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 2.1: `error` 'Validation Error' is a category line, generic; `message` 'The email field must be a valid email address.' is a person's words ('The title field is required.' stays): kept. Rule 3: no field member; the field is named only in text: no field. Rule 5: no id. Rule 6: 'Validation Error' is words, no code (only CKAN's `__type` is read as a code in words), and `status_code` 422 restates the status: no code.",
  },
  {
    id: 'verimails/rate-limit-429-retry-after-header',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded',
      fields: [],
      retry: 15,
      logId: null,
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `error` 'Too Many Requests' is the bare reason phrase; `message` 'Rate limit exceeded. Please slow down.' is not, and says what happened: kept. Rule 4.1: `Retry-After: 15` decides (the body's `retry_after` 15 agrees): 15 s from `now`. Rule 5: no id. Rule 6: the reason phrase and `status_code` 429 restate the status: no code.",
  },
  {
    id: 'verifyemail-io/rate-limit-429',
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded', fields: [], logId: null, code: null },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `message` 'Rate limit exceeded. Please try again later.' is no bare reason phrase and says what happened, with a plea to try again: kept. Rule 4: no header, no hint, 'later' is no figure: no retry. Rule 5: no id. Rule 6: `error: true` is a flag and `status` 429 restates the status: no code.",
  },
  {
    id: 'phone-validation-api/unauthorized-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Missing or invalid API key',
      fields: [],
      logId: null,
      code: 'unauthorized',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Missing or invalid API key' names the credential and says signing in failed; a credential's name stays: kept. Rule 5: no id. Rule 6: `error` 'unauthorized' (a code by its shape, one token in small letters), the only code, standing alone: 'unauthorized'. Hesitated on code (other reading: none, the 401's reason phrase restated, as the model's Sysdig reading read `error: \"Unauthorized\"`).",
  },
  {
    id: 'phone-validation-api/invalid-country-422',
    expect: {
      kind: 'validation',
      message: 'country must be ISO-3166-1 alpha-2',
      fields: [],
      logId: null,
      code: 'invalid_country',
    },
    why: "Rule 1: 422: validation; `invalid_country` begins with `invalid` and names an input besides. Rule 2.1 and the rule row of 6 December 2026: `detail` 'country must be ISO-3166-1 alpha-2 (e.g. FR, US)' starts with a lone word in small letters, but says what the value must be, more than which input is invalid (a rule about a value stays, as the sixty-fourth holdout's row keeps 'records may not be empty'): kept. Rule 3: no field member; the input is named only in the code and the text: no field. Rule 5: no id. Rule 6: `error`: 'invalid_country'. Hesitated on message (other reading: the default, a line naming the input by the API's key in small letters).",
  },
  {
    id: 'generect/exactly-one-company-input-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['company_id', 'exactly one of company_id, company_link, company_name is required']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `detail` holds a map of path to text (as a map of text under `error` is a map of fields): the field `company_id`, 'exactly one of company_id, company_link, company_name is required'. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only a field message: the default. Rule 5: no id. Rule 6: `status: \"error\"` is the call's flag and `status_code` 400 the status: no code.",
  },
  {
    id: 'company-data-guys/not-a-linkedin-page-400',
    expect: {
      kind: 'bad-request',
      message: 'URL must be a LinkedIn company, showcase, or school page',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields and without a code; text never decides: a bad request. Rule 2.1: `error` 'Invalid request' is generic; `message` 'URL must be a LinkedIn company, showcase, or school page: https://example.com' says what the URL must be, in a person's words ('URL', not a key written as code): kept. Rule 3: no field member. Rules 5 and 6: no id; 'Invalid request' is words, no code.",
  },
  {
    id: 'leadfwd/no-email-found-404',
    expect: { kind: 'not-found', message: 'No Email found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'Oops. No Email found.' says what was not found ('Resource not found' is a sentence; only 'Not found!' says no more): kept. Rule 5: `id` '0' is zero, and zero is no id. Rule 6: no code.",
  },
  {
    id: 'smtp-ghost/insufficient-credits-402',
    expect: {
      kind: 'bad-request',
      message: 'Insufficient credits',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 402 the table does not list, without a code; text never decides (credits spent are a quota only as a code, CloudConvert's `CREDITS_EXCEEDED`): any other 4xx, a bad request. Rule 2.1: `error` 'Insufficient credits. You need 1 credit to perform email finder.' says what is wrong and what is needed: kept. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: rate-limited, spent credits a quota).",
  },
  {
    id: 'emailkind/email-or-domain-required-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'bad_request' },
    why: "Rule 3: a body of one member holding an object is that object. Rule 1: a 400 without fields; `bad_request` restates the status: a bad request. Rule 2.1 and the rule row of 6 December 2026: 'email or domain parameter is required' starts with a lone word in small letters and names only which inputs are missing, called parameters: the default (rule 2.4). Rule 5: no id. Rule 6: `code`, the only code, standing alone: 'bad_request'. Hesitated on code (other reading: none, a code that only restates the status).",
  },
  {
    id: 'emailkind/internal-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'internal_error' },
    why: "Rule 3: a body of one member holding an object is that object. Rule 1: 500: server. Rule 2.1: 'Internal server error' is the 500's bare reason phrase: the default (rule 2.4). Rule 5: no id. Rule 6: `code`, the only code: 'internal_error'. Hesitated on code (other reading: none, a code that only restates the status).",
  },
] satisfies Reading[];
