import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 36 cases (every third case of the hundred-and-eleventh holdout's parts KO to KV, in file
// order, on 11 March 2027), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of the
// written rules, `test/conformance/README.md` (`.tmp/blind111/rules.md`, its rule rows read as amending the rules
// above them, later rows winning), an excerpt of `types.ts` (`.tmp/blind111/types-excerpt.ts`: `DEFAULT` and the case
// type), the `Reading` interface (`.tmp/blind111/reading-interface.ts`) and one finished second reading (the
// hundred-and-tenth's, `.tmp/blind111/model-reading.ts`) as a model of the format, and the cases' ids, sources,
// URLs, `now`s and responses (`.tmp/blind111/cases.json`; none was thrown, none sends a `Date` header, three send
// headers, every one sends a body, one sends its body as text, Go's stock 404 line, and one is read at a `now` of its
// own), no notes, no expectations, no kit answers. They were told not to open the case files or anything else under
// `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to use search tools, nor
// to list folders. They opened only the files the brief names, each by its full name (the rules read whole, in
// pieces), listed no folder, checked by its full path that this file did not exist yet, and wrote it by its full path.
// They marked 21 cases "hesitated" and named the other reading. Written once and not changed after.
export default [
  {
    id: 'landinglens/missing-file-parameter-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 400 without field errors and without a code: bad-request. Rule 2.1: `detail` 'Missing parameter: either file (bytes) or file_url (s3 presigned url) should be provided.' names only which inputs are missing, by the API's names after 'parameter:' and offered as alternatives (PDF-Sign's 'Missing required parameter: templateId', 'Either template_id or form_id should be added to query.'): the default (rule 2.4). Rules 3, 5 and 6: no field member, no id, no code. Hesitated on message (other reading: the line kept, its parentheses saying in words what each input is).",
  },
  {
    id: 'landinglens/page-not-found-404-text',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: the text body '404 page not found' is Go's stock line, which stays a reason phrase: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'lemonfox/invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'You provided an invalid API key',
      fields: [],
      logId: null,
      code: 'invalid_request_error',
    },
    why: "Rule 1: 401: unauthenticated (a code never turns a 401 into anything else, so the category `invalid_request_error` does not). Rule 2.1: `error.message` 'You provided an invalid API key. You can find your API key at … Make sure you have an active subscription or unused credits.' is a sentence naming the credential that failed: kept. Rule 6: `code` is null, so the error's `type` 'invalid_request_error', the only machine code (Stripe's `code` beats its `type` only when there is one). Rule 3: `param` null names no field. Rule 5: no id; `status` 401 is the status. Hesitated on code (other reading: none, `invalid_request_error` being a category that only says the request was bad).",
  },
  {
    id: 'modelslab-gguf-cloud/invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid API key',
      fields: [],
      logId: null,
      code: 'authentication_error',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error.message` 'Invalid API key.' names the credential (a credential's name stays, as 'Invalid app_key is provided.'): kept. Rule 6: the error object's `type` 'authentication_error', its only code, as Anthropic's `overloaded_error` is read from `type`. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, `authentication_error` only restating the 401 as a category standing alone).",
  },
  {
    id: 'huawei-cloud-aom/mute-rule-auth-failed-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'SVCSTG.AMS.2000051',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error_msg` (a message by its shape) 'auth failed.' is a bare 'Authentication failed' cut short, the 401's phrase in other words with no reason after it (the row on 'Authentication failed'): the default (rule 2.4). Rule 6: `error_code` 'SVCSTG.AMS.2000051' is the vendor's specific code, over `error_type` 'AUTH_FAILED', its category. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'AUTH_FAILED', the word code over the dotted number).",
  },
  {
    id: 'huawei-cloud-aom/instant-query-bad-param-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'bad_param',
    },
    why: "Rule 1: `errorType` 'bad_param' (Prometheus' error envelope, as `bad_data`) says a parameter is wrong (`PARAM_ERROR`, `wrong_parameter`; `Bad…` names an input's value as `invalid…` does), a validation code, which outranks a 400: validation. JSend-like `status: \"error\"` with no `data`: the envelope is the error. Rule 2.1: `error` 'param is invalid.' names no input and says no more than the status ('Param error', 'Invalid parameter(s)'): the default (rule 2.4). Rule 6: `errorType` 'bad_param'; `status` 'error' is the call's flag. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: bad-request, `bad_param` naming no input, as Microsoft's bare `reason: \"invalid\"`).",
  },
  {
    id: 'huawei-cloud-aom/instant-query-timeout-503',
    expect: {
      kind: 'unavailable',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'timeout',
    },
    why: "Rule 1: 503: unavailable; a timeout code on a gateway's status (502–504) is the failure to reach the service, unavailable (the sixty-first holdout's row), so `errorType` 'timeout' does not make it a timeout. Rule 2.1: `error` 'query timed out in query execution.' is Prometheus' engine line naming the stage that timed out, 'Request timed out' in other words: the default (rule 2.4). Rule 6: `errorType` 'timeout'; `status` 'error' is the call's flag. Rule 4: no header, no hint, no wait. Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'query timed out in query execution' kept, a sentence that says what timed out).",
  },
  {
    id: 'huawei-cloud-lts/delete-stream-invalid-project-id-403',
    expect: {
      kind: 'forbidden',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'LTS.0001',
    },
    why: "Rule 1: 403: forbidden (`error_code` 'LTS.0001' is the vendor's number, which names no kind, and a validation reading would not turn a 403 anyway). Rule 2.1: `error_msg` 'Invalid projectId' names only an input by its key in camel case ('Invalid jobId'): the default (rule 2.4). Rule 6: `error_code` 'LTS.0001'. Rules 3 and 5: no field member, no id.",
  },
  {
    id: 'huawei-cloud-lts/struct-config-invalid-token-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid token',
      fields: [],
      logId: null,
      code: 'LTS.0414',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error_msg` 'Invalid token' names the credential that failed (credential lines kept, 'Token invalid.'): kept. Rule 6: `error_code` 'LTS.0414'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'huawei-cloud-eye/v1-policy-does-not-allow-403',
    expect: {
      kind: 'forbidden',
      message: "Policy doesn't allow",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403: forbidden. Rule 2: `message` holds an object, the error object; its string `details` 'Policy doesn't allow [ces:alarms:get] to be performed' says what was refused (the action the caller's policy does not grant): the message. Rule 6: `message.code` '403' only restates the status, as `http_code` '403' is the status: no code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: '403', the explicit `code` member as the only code).",
  },
  {
    id: 'huawei-cloud-eye/batch-query-body-not-correct-filter-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'ces.0014',
    },
    why: "Rule 1: 400 without field errors, and `message.code` 'ces.0014' is the vendor's number, which names no kind: bad-request. Rule 2: `message` holds the error object. Rule 2.1: its `details` 'Some content in message body is not correct, error message: [filter]' is a generic line ('The request payload is incorrect', 'Provided data is incorrect') with only an input's key in brackets after it: the default (rule 2.4). Rule 3: `[filter]` in text is no path member: no field. Rule 6: `message.code` 'ces.0014'; `http_code` 400 is the status. Rule 5: no id.",
  },
  {
    id: 'bing-maps/invalid-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'You may have entered your credentials incorrectly',
      fields: [],
      logId: '5c539f6e70c44b2e858741b6c932318e|EWRM001670|02.00.83.1900|',
      code: 'InvalidCredentials',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: `errorDetails` holds a lone form-level sentence, 'Access was denied. You may have entered your credentials incorrectly, or you might not have access to the requested resource or operation.', which speaks over `statusDescription` 'Unauthorized' (a bare reason phrase); `copyright` is no message member. Rule 5: the body's own `traceId` '5c539f6e70c44b2e858741b6c932318e|EWRM001670|02.00.83.1900|' is the support id, as sent. Rule 6: `authenticationResultCode` 'InvalidCredentials', a code by its name's shape (`…Code`); `statusCode` 401 is the status. Rule 3: no field. Hesitated on code (other reading: none, the result code being a result flag beside no error code) and on logId (other reading: only its first segment, '5c539f6e70c44b2e858741b6c932318e').",
  },
  {
    id: 'fullcontact/person-enrich-unable-to-process-json-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 400 without field errors and without a code: bad-request. Rule 2.3: `message` 'Unable to process JSON' is a server that could not read the request's JSON ('Error processing json' is a parser's): developer text, so the default (rule 2.4). Rule 6: `code` 400 only restates the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'fullcontact/person-enrich-profile-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Profile not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'Profile not found' names what was not found, more than the bare reason phrase ('Resource not found' is a sentence): kept. Rule 6: `status` 404 is the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'cufinder/not-enough-credits-400',
    expect: {
      kind: 'bad-request',
      message: 'Not enough credits',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 400 without field errors and without a code: bad-request (text never decides the kind, so 'credits' does not make it a quota). Rule 2.1: `message` 'Not enough credits!' says what is wrong with the account, a sentence: kept. Rule 6: `status` -1 is the call's own failure flag, a vendor's number that names nothing: no code. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: rate-limited, credits spent being a quota) and on code (other reading: '-1').",
  },
  {
    id: 'rocketreach/invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid API Key',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Invalid API Key' names the credential that failed: kept. Rule 6: `status` 401 is the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'qoest/domain-not-supported-403',
    expect: {
      kind: 'forbidden',
      message: 'Domain not supported',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403: forbidden. Rule 2.1: `message` 'Domain not supported.' says what was refused in a person's word, not an input's key: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line naming only an input refused).",
  },
  {
    id: 'modelslab/insufficient-credits-402',
    expect: {
      kind: 'bad-request',
      message: 'Insufficient credits',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 402 is no status the table lists and there is no code, so any other 4xx that signing in, waiting or changing the input would not fix: bad-request (text never decides the kind; `CREDITS_EXCEEDED` decides a 402 only as a code). Rule 2.1: `message` 'Insufficient credits. Please add more credits to continue.' says what is wrong and what to do: kept. Rule 6: `status` 'error' is the call's flag: no code. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: rate-limited, credits spent as a quota).",
  },
  {
    id: 'modelslab/internal-server-error-try-again-500',
    expect: {
      kind: 'server',
      message: 'Internal server error. Please try again',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 500: server. Rule 2.1: `message` 'Internal server error. Please try again.' is a plea to try again after a reason phrase alone, which stays the message (the row restating the thirty-second holdout's: 'Bad gateway. Please try again later.'): kept. Rule 6: `status` 'error' is the call's flag: no code. Rules 3, 4 and 5: no field, no wait, no id. Hesitated on message (other reading: the default, 'Internal … error' and a plea after it being generic, as athenahealth's).",
  },
  {
    id: 'savv-pro-object-remover/unauthorized-provide-valid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Unauthorized. Please provide a valid API key.' is the 401's phrase with a plea for valid credentials (the eighty-first holdout's row; the seventy-fourth's plea to check the headers after the 401's phrase): the default (rule 2.4). Rule 6: `status` 'Error' is the call's flag: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'Please provide a valid API key' kept, the leading reason phrase dropped and the credential's name staying).",
  },
  {
    id: 'savv-pro-object-remover/internal-server-error-try-later-500',
    expect: {
      kind: 'server',
      message: 'Internal server error. Please try again later',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 500: server. Rule 2.1: `message` 'Internal server error. Please try again later.' is a plea to try again after a reason phrase alone, which stays the message (the row restating the thirty-second holdout's): kept. Rule 6: `status` 'error' is the call's flag: no code. Rules 3, 4 and 5: no field, no wait (no number), no id. Hesitated on message (other reading: the default, a generic line with a plea, as 'Transient error, please try again later.').",
  },
  {
    id: 'withoutbg/field-required-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['image', 'field required']],
      logId: null,
      code: 'value_error.missing',
    },
    why: "Rule 1: 422: validation. Rule 3: FastAPI's `detail` list of one item with `loc` ['body', 'image'] (leading `body` removed) and `msg` 'field required': field `image`; an array of one item that names a field stays a list. Rule 2.4: only field messages: the default. Rule 6: the lone item's `type` 'value_error.missing', the item-level code. Rule 5: no id. Hesitated on code (other reading: none, a field's error type being no code of the response).",
  },
  {
    id: 'feopdf/missing-html-or-url-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'invalid_request',
    },
    why: "Rule 1: `error.code` 'invalid_request' (OAuth's, a request malformed as a whole) on a 400: bad-request. Rule 2.1: `error.message` 'Missing required parameter: html or url' names only which inputs are missing, by the API's names after 'parameter:' (PDF-Sign's 'Missing required parameter: templateId'): the default (rule 2.4). Rule 6: `error.code` 'invalid_request'. Rules 3 and 5: no field member, no id.",
  },
  {
    id: 'scrapezy/invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid API Key',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error` 'Invalid API Key' is words with spaces naming the credential that failed: kept. Rule 6: `error` holds that sentence, no code: none. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'scrapezy/resource-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'The requested resource was not found',
      fields: [],
      logId: null,
      code: 'RESOURCE_NOT_FOUND',
    },
    why: "Rule 1: 404, and `RESOURCE_NOT_FOUND` agrees: not-found. Rule 2.1: `error.message` 'The requested resource was not found' is more than the bare reason phrase ('Resource not found' is a sentence): kept. Rule 6: `error.code` 'RESOURCE_NOT_FOUND'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'airlock-iam/otp-wrong-400',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: '9420:5816',
      code: 'OTP_WRONG',
    },
    why: "Rule 1: the lone item's `code` 'OTP_WRONG' says the one-time password, a credential, was wrong (a sign-in password that is incorrect, `invalid_current_password`, is a failed sign-in), a credential code, which outranks a 400: unauthenticated. Rule 2.4: the JSON:API error carries no title or detail: the default. Rule 6: the lone item's `code` 'OTP_WRONG'. Rule 5: JSON:API's `id` of a lone error, '9420:5816': the support id. Rule 4: `meta.temporaryLockExpiry` is an absolute time under no retry hint's name (as an absolute `reset_at`), and no header: no retry time. Rule 3: no field. Hesitated on kind (other reading: validation, the OTP being the input the person typed, `…_WRONG` as `wrong_parameter`) and on retry (other reading: about 3 s, the lock's expiry read as the body's hint).",
  },
  {
    id: 'mcaptcha/username-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Username not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'Username not found' names what was not found in a person's word, more than the reason phrase: kept. Rule 6: `error` holds a sentence, no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'usergrid/no-organization-access-401',
    expect: {
      kind: 'unauthenticated',
      message: 'No organization access authorized',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: OAuth's `error_description` 'No organization access authorized' beats `error`; it names what access was refused, more than the 401's phrase: kept. Rule 2.3: `exception` 'org.apache.usergrid.rest.exceptions.SecurityException' is a qualified class name: developer text. Rule 6: `error` 'unauthorized' only restates the 401's reason phrase, a category standing alone: no code. Rule 5: `timestamp` and `duration` are no ids. Rule 3: no field. Hesitated on code (other reading: 'unauthorized', OAuth's `error` as the code) and on message (other reading: the default, 'not authorized' restating a 401).",
  },
  {
    id: 'nestjs-boilerplate/login-invalid-credentials-400',
    expect: {
      kind: 'bad-request',
      message: 'Credentials is not valid',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: class-validator's item in NestJS's `message` list has `property` 'nonFieldErrors', Django REST framework's form-level key camel-cased: no field, a form-level line from `constraints` 'Credentials is not valid'. Rule 1: 400 without field errors, a lone line (no list), and no code (the constraint's key names the rule broken, not the response's code; `error` 'Bad Request' is the reason phrase): bad-request. Rule 2.2: a lone form-level sentence beats the envelope, and it names the credentials: kept. Rules 5 and 6: no id, no code; `statusCode` 400 is the status. Hesitated on kind (other reading: unauthenticated, `credentialsValid` read as a credential code on a 400, a sign-in refused) and on code (other reading: 'credentialsValid').",
  },
  {
    id: 'utopi/token-not-present-401',
    expect: {
      kind: 'unauthenticated',
      message: 'JWT not present',
      fields: [],
      logId: null,
      code: 'TokenNotPresent',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: the problem's `detail` 'JWT not present.' beats its `title`; a token missing is the person's to send ('JWT is missing or invalid', the seventy-eighth holdout's row), not a token's internals: kept. Rule 6: `title` 'TokenNotPresent' is a code alone in a message's member (Camunda's problem `title`), an explicit code over the problem `type` URI. Rule 3: `errors` is empty. Rule 5: no id. Hesitated on code (other reading: the `type` URI, whose last segment only restates the status).",
  },
  {
    id: 'proof/transaction-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Transaction Not Found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.2: `errors` holds one form-level line, 'Transaction Not Found', words with spaces (no code's shape) naming what was not found: the message. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'permitcore/rate-limited-quota-429',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded. Quota resets at the indicated time',
      fields: [],
      retry: 3600,
      logId: null,
      code: 'rate_limited',
    },
    why: "Rule 1: 429, and `rate_limited` agrees: rate-limited. Rule 2.1: `error.message` 'Rate limit exceeded. Quota resets at the indicated time.' restates the 429's meaning and says when the quota comes back, as Vetigen's 'Please retry after the specified time' stays: kept. Rule 4.1: `Retry-After: 3600` outranks the body's `detail.resets_at`: 3600 s. Rule 6: `error.code` 'rate_limited'. Rule 3: `detail` holds figures and a date, no messages: no field. Rule 5: no id. Hesitated on message (other reading: the default, the 429's meaning and a pointer to a time given nowhere in words).",
  },
  {
    id: 'doffin/notice-submit-success-false-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 400 without field errors and without a code: bad-request. `success: false` with no `data`: nothing else. Rule 2.4: no message: the default. Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'council-da/invalid-date-format-400',
    expect: {
      kind: 'bad-request',
      message: 'Invalid date format. Use YYYY-MM-DD',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 400 without field errors and without a code: bad-request (text never decides the kind). Rule 2.1: `detail` 'Invalid date format. Use YYYY-MM-DD.' says in a person's word what is wrong and the rule for the value: kept. Rules 3, 5 and 6: no field member, no id, no code. Hesitated on message (other reading: the default, 'Invalid format' and '… has an invalid format' being generic).",
  },
  {
    id: 'council-da/application-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Application not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `detail` 'Application not found.' names what was not found: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'council-da/unexpected-error-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 500: server. Rule 2.1: `detail` 'An unexpected error occurred. Please try again.' is a generic summary with a plea after it ('An unexpected error has occurred. Please try this operation again later.'; a plea after a summary like it, not after a reason phrase alone): the default (rule 2.4). Rules 3, 4, 5 and 6: no field, no wait, no id, no code.",
  },
] satisfies Reading[];
