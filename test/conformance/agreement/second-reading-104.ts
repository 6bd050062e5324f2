import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 45 cases (every third case of the hundred-and-fourth holdout's parts IV to JB, in file
// order, on 4 March 2027), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of the
// written rules, `test/conformance/README.md` (`.tmp/blind104/rules.md`, its rule rows read as amending the rules
// above them, later rows winning), an excerpt of `types.ts` (`.tmp/blind104/types-excerpt.ts`: `DEFAULT` and the case
// type), the `Reading` interface (`.tmp/blind104/reading-interface.ts`) and one finished second reading (the
// hundred-and-third's, `.tmp/blind104/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs,
// `now`s and responses (`.tmp/blind104/cases.json`; none was thrown, two send a `Date` header, which gives their
// `now`, and three send their body as text), no notes, no expectations, no kit answers. They were told not to open the
// case files or anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any
// test, nor to use search tools, nor to list folders. They opened only the files the brief names (the rules read
// whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by its full path. They
// listed no folder. They marked 21 cases "hesitated" and named the other reading. Written once and not changed after.
export default [
  {
    id: 'dracoon/wrong-username-or-password-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: '-10011' },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Unauthorized' is the 401's bare reason phrase: no message. Rules 2.3 and 7: `debugInfo` is a debug member (`DebugInfo`), for the developer, so 'Wrong username or password' goes to details: the default (rule 2.4). Rule 6: `code` 401 is the status in digits; `errorCode` -10011 is the vendor's documented number, a string in the model. Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'Wrong username or password' kept, the body's only sentence, a refused sign-in in a person's words).",
  },
  {
    id: 'dracoon/exceeds-free-customer-quota-507',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: '-90200' },
    why: "Rule 1: 507 is among 505–511: server (no throttling code: the numeric `errorCode` names no kind, and text never decides). Rule 2.1: `message` 'Insufficient Storage' is the 507's reason phrase; rules 2.3 and 7: `debugInfo` 'Exceeds the free customer quota' is a debug member's, for the developer: the default (rule 2.4). Rule 6: `errorCode` -90200, the vendor's number; `code` 507 is the status. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the `debugInfo` line kept, a sentence saying what was refused).",
  },
  {
    id: 'unicourt/update-already-in-progress-429',
    expect: {
      kind: 'rate-limited',
      message: 'Update is already in progress, please try again after some time',
      fields: [],
      logId: null,
      code: 'UN429',
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `message` 'TOO_MANY_REQUESTS' is a code (capitals and `_`) and the 429's phrase; rule 2.2: a string `details` speaks when nothing else does: 'Update is already in progress, please try again after some time.' Rule 4: 'after some time' gives no figure, no header: no retry time. Rule 6: the explicit `code` member 'UN429' over a code alone in `message` that only restates the status; `object: \"Exception\"` is a type label. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'TOO_MANY_REQUESTS', or none, both only carrying the status).",
  },
  {
    id: 'winsms/invalid-json-payload-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: 'Invalid JSON payload received' is Google's developer line (the forty-seventh holdout's row) and a bare 'Invalid JSON' with a verb ('received', the twenty-eighth's): the default (rule 2.4). Rule 6: `statusCode` 400 is the status; `version` is no code. Rule 5: `timeStamp` is no id. Rule 3: no field.",
  },
  {
    id: 'chaingateway/address-format-invalid-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['to', 'Address format is invalid']],
      logId: null,
      code: 'de1e3db3-5ed4-4941-aae4-59f3667cc3a3',
    },
    why: "Rule 3: an item whose `context` names its parameter (`field: \"to\"`) is about that field: `to`, 'Address format is invalid'. Rule 1: a 400 with field errors: validation. Rule 2.4: only a field message: the default. Rule 6: the lone item's `code`, the validator's constraint code (a UUID, but in the code member), the only one. Rule 5: `X-Debug-Token` is a profiler's token, not named like a request id (and debug is the developer's, rule 7): no id. Hesitated on code (other reading: none, a UUID no program branches on, or a field item's code left to its field).",
  },
  {
    id: 'chaingateway/access-denied-invalid-api-key-403',
    expect: { kind: 'forbidden', message: 'Invalid Api key', fields: [], logId: null, code: null },
    why: "Rule 1: 403 without a code: forbidden (text never decides, so 'Invalid Api key' does not make it unauthenticated); `ok: false` puts the error in `data`, which is empty, so the top's `message` speaks. Rule 2.1: 'Access denied! Invalid Api key. Please check your key or contact our support.' names a credential, which says that signing in failed, in a person's words: kept. Rule 6: `statuscode` 403 is the status, no code. Rules 3 and 5: no field; the `Status` header is no id.",
  },
  {
    id: 'clubhouse/account-waitlisted-400',
    expect: { kind: 'bad-request', message: 'Your account is waitlisted', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 5's shapes: `error_message` is a message member; rule 2.1: 'Your account is waitlisted. Please contact us if this is in error.' says what was refused in a person's words: kept. Rules 3, 5 and 6: no field, no id, no code (`success: false` is a flag).",
  },
  {
    id: 'contentgroove/sign-in-required-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: the lone form-level sentence in `errors` speaks; rule 2.1: Devise's 'You need to sign in or sign up before continuing.' is the 401's phrase in other words, as 'You must be logged in to access the api' and 'Authentication is required to access this API.' are: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the line kept, a sentence that says what to do, sign in or sign up).",
  },
  {
    id: 'contentgroove/not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: the lone JSON:API error's `title` 'Not Found' is the bare reason phrase and its `detail` is null: the default (rule 2.4). Rule 6: `status` '404' is the status, no code. Rule 3: `source` is null: no field. Rule 5: the lone error has no `id`: no id.",
  },
  {
    id: 'groundhog-day/bad-groundhog-identifier-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: 'BadRequestError: Bad groundhog identifier ('punxsutawney-paul'), maybe you spelled it wrong?' is an exception printed by its class (`TypeError:` prefixes; Cuenca's 'NotFoundError: …', read as developer text by its collector): the default (rule 2.4). Rule 6: `status` 400 is the status, no code. Rule 5: `timestamp` is no id. Rule 3: no field. Hesitated on message (other reading: 'Bad groundhog identifier (…), maybe you spelled it wrong?' kept, the class a label that only restates the status, dropped as a leading reason phrase is).",
  },
  {
    id: 'theysaidso-quotes/author-details-upgrade-subscription-400',
    expect: {
      kind: 'bad-request',
      message: 'Author details retrieval options are not supported for this user',
      fields: [],
      logId: null,
      code: null,
    },
    why: "The body is JSON sent as text, read as the JSON it is. Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: the leading reason phrase 'Bad Request: ' is dropped; 'Author details retrieval options are not supported for this user (please upgrade your subscription)' says what was refused and what to do: kept. Rule 6: `code` 400 is the status, no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, a JSON document quoted whole as text is developer text).",
  },
  {
    id: 'vtex/checkout-payment-not-authorized-500',
    expect: {
      kind: 'server',
      message: 'Seu pagamento não foi autorizado',
      fields: [],
      logId: 'a231ed11-255b-4ea0-96c3-1790e1b27f7e',
      code: '001',
    },
    why: "Rule 1: 500: server (the code '001' names no kind). Rule 2.1: `error.message` 'Seu pagamento não foi autorizado. Falha ao enviar os dados de pagamento. Favor entrar em contato com o SAC …' is written for the shopper, in Portuguese, and sent as JSON, not plain text (rule 2.6 does not apply): kept. Rule 6: the explicit `code` '001'. Rule 5: `operationId` is a support id by its shape. Rule 3: no field; `exception` is null.",
  },
  {
    id: 'vtex/payments-value-greater-than-zero-400',
    expect: {
      kind: 'bad-request',
      message: 'Value must be greater than Zero',
      fields: [],
      logId: null,
      code: '1',
    },
    why: "Rule 1: a 400 without field errors; the numeric code '1' names no kind: bad-request (text never decides). Rule 2.1: 'Value must be greater than Zero' states a rule about a value in plain words, not a key written as code: kept. Rule 6: the explicit `code` '1'. Rules 3 and 5: no field (no member names one), no id.",
  },
  {
    id: 'wowza-streaming-cloud/no-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'No API key sent in header',
      fields: [],
      logId: null,
      code: 'ERR-401-NoApiKey',
    },
    why: "Rule 3: a body of one member holding an object (`meta`) is that object. Rule 1: 401: unauthenticated. Rule 2.1: `message` 'No API key sent in header.' names a credential, which says that signing in failed (a credential's header stays, the seventy-ninth holdout's row): kept over the category line `title` 'No API Key Error'; `description` is empty. Rule 6: the explicit `code` 'ERR-401-NoApiKey'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'wowza-streaming-cloud/record-not-found-404',
    expect: {
      kind: 'not-found',
      message: "The requested resource couldn't be found",
      fields: [],
      logId: null,
      code: 'ERR-404-RecordNotFound',
    },
    why: "Rule 3: the one member `meta` is the error object. Rule 1: 404: not-found. Rule 2.1: `message` 'The requested resource couldn't be found.' is not the bare reason phrase ('Resource not found' is a sentence, the fifth holdout's row): kept over the category line `title` 'Record Not Found Error'. Rule 6: the explicit `code` 'ERR-404-RecordNotFound'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, the 404's meaning in other words, as 'Access to the requested resource is forbidden.' is the 403's).",
  },
  {
    id: 'water-linked/something-went-wrong-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request; `success: false` with no `data`. Rule 2.1: `error` 'something went wrong' is a generic summary ('Something went wrong'): the default (rule 2.4). Rule 6: `error` holds words with spaces, no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'urlbox/api-key-not-found-400',
    expect: {
      kind: 'unauthenticated',
      message: 'Api Key does not exist',
      fields: [],
      logId: null,
      code: 'ApiKeyNotFound',
    },
    why: "Rule 1: `ApiKeyNotFound` says the caller's key was not found, a credential code (the twenty-sixth holdout's row), which outranks a 400: unauthenticated. Rule 2.1: 'Api Key does not exist' names a credential, saying that signing in failed: kept. Rule 6: the explicit `code` 'ApiKeyNotFound'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'swaggerhub/oas3-definition-unreadable-400',
    expect: {
      kind: 'bad-request',
      message: 'Failed to read OAS3 definition',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: 'Failed to read OAS3 definition.' says what failed, the user's own API definition, and the line after it says which reference was missing: kept. Rule 6: `code` 400 is the status, no code. Rules 3 and 5: a path printed in text is no field; no id. Hesitated on message (other reading: the default, a parser's report on a document, with a schema path and a URL, developer text).",
  },
  {
    id: 'stellastra/user-email-missing-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 without field errors and without a code: bad-request. Rule 2: the one member of the body, `data`, holds its only line; rule 2.1: "\'user_email\' is missing" names only an input by its key, quoted and written as code: the default (rule 2.4). Rule 3: a key printed in text is no structure: no field. Rules 5 and 6: no id, no code.',
  },
  {
    id: 'goog-io/rate-limit-exceeded-429',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded',
      fields: [],
      logId: null,
      code: 'too_many_requests',
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `message` 'Rate limit exceeded' says which limit was hit, not the 429's phrase ('Too Many Requests'): kept. Rule 4: no header, no body hint, no wait in the text: no retry time. Rule 6: the explicit `code` 'too_many_requests', the only one. Rules 3 and 5: no field, no id. Hesitated on message and code (other reading: the default, the 429's phrase in other words; and no code, one that only restates the status).",
  },
  {
    id: 'complycube/plan-excludes-service-403',
    expect: {
      kind: 'forbidden',
      message: 'Your current plan does not include access to this service',
      fields: [],
      logId: null,
      code: 'unauthorized',
    },
    why: "Rule 1: 403: forbidden (an `Unauthorized` code without a 401 is forbidden too). Rule 2.1: 'Your current plan does not include access to this service' says what was refused: kept. Rule 6: `type` 'unauthorized' is the only code-shaped member, the vendor's documented error type. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a category that restates the 401's phrase).",
  },
  {
    id: 'complycube/rate-limit-exceeded-429',
    expect: {
      kind: 'rate-limited',
      message: 'You have exceeded the rate limit prescribed to your plan',
      fields: [],
      logId: null,
      code: 'rate_limit_exceeded',
    },
    why: "Rule 1: 429, and the throttling code `rate_limit_exceeded`: rate-limited. Rule 2.1: 'You have exceeded the rate limit prescribed to your plan' is a sentence: kept. Rule 4: no header, no hint, no wait in the text: no retry time. Rule 6: `type` 'rate_limit_exceeded', the only code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'socure/unsupported-schema-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'unsupported_schema' },
    why: "Rule 1: 422: validation; `unsupported_schema` names no other kind (not the body as a whole nor its encoding). Rule 2.1: `error` holds only a code: the default (rule 2.4). Rule 6: a code alone in `error` (as OAuth's) is the code. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: bad-request, a code that says what the request asked for is unsupported, the request's as a whole).",
  },
  {
    id: 'certn/information-addresses-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['information.addresses', 'This field is required']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a nested map of path to a list of messages (DRF's nested serializers): `information.addresses`, 'This field is required.' Rule 1: a 400 with field errors: validation. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'certn/incomplete-hr-applicant-report-400',
    expect: {
      kind: 'bad-request',
      message: 'Cannot generate report for incomplete hr applicant',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: `non_field_errors` is a form-level key: no path. Rule 1: a 400 whose lone form-level message is no list, without a code: bad-request. Rule 2.2: the lone form-level sentence speaks; rule 2.1: 'Cannot generate report for incomplete hr applicant.' says what was refused: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'youverify/report-type-required-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['report_type', 'The report type field is required']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 3: `errors` is a map of path to a list of messages: `report_type`, 'The report type field is required.' Rule 2.1: `message` '422 Unprocessable Entity' is the status and its reason phrase; rule 2.4: only field messages: the default. Rule 6: `status_code` 422 is the status. Rule 5: no id.",
  },
  {
    id: 'youverify/server-could-not-handle-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: 'The server could not handle the request ' is a generic summary ('The server encountered an error while processing the request', RFC 9110's 500 in other words): the default (rule 2.4). Rule 6: `status_code` 500 is the status. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'youverify/insufficient-fund-403',
    expect: { kind: 'forbidden', message: 'Insufficient Fund', fields: [], logId: null, code: null },
    why: "Rule 1: 403 without a code: forbidden (text never decides, so no quota). Rule 2.1: 'Insufficient Fund' is two words with a space, not a code nor a lone word nor the 403's phrase; it says what was refused, the balance too low: kept. Rule 6: `status_code` 403 is the status, no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, a category line in title case, as 'Authorization Error').",
  },
  {
    id: 'yeboverify/missing-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'X-API-Key header is required',
      fields: [],
      logId: null,
      code: 'MISSING_API_KEY',
    },
    why: "Rule 1: 401: unauthenticated (`MISSING_API_KEY` a credential code too); `success: false` with the error in `error`. Rule 2.1: 'X-API-Key header is required' names a credential's header, which still says that signing in failed (the seventy-ninth holdout's row, 'Authorization header is required'): kept. Rule 6: the explicit `code` 'MISSING_API_KEY'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'yeboverify/invalid-file-type-400',
    expect: {
      kind: 'validation',
      message: 'Invalid file type. Allowed types: JPEG, PNG, WebP',
      fields: [],
      logId: null,
      code: 'INVALID_FILE_TYPE',
    },
    why: "Rule 1: `INVALID_FILE_TYPE` begins with `invalid` and names an input (the uploaded file's type), a validation code, which outranks a 400: validation. Rule 2.1: 'Invalid file type. Allowed types: JPEG, PNG, WebP' is in a person's words ('Invalid phone number' stays): kept. Rule 6: the explicit `code`. Rules 3 and 5: no field (no member names one), no id. Hesitated on kind (other reading: bad-request, a file's format is the request's media type, as a 415's).",
  },
  {
    id: 'pitney-bowes/merchant-fields-may-not-be-null-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'validation.failed' },
    why: "Rule 1: a 400 listing several messages about the input, and `validation.failed` a validation code: validation. Rule 3: the items have a message (`errorDescription`) but no path-like member (`parameters` is empty), and only class-validator's format is named as leading its messages with the path: form-level, no field. Rule 2.2: two lines are several problems, no lone sentence; each ('cityTown: may not be null') names only an input by its key: the default (rule 2.4). Rule 6: errors that all carry one code give it. Rule 5: no id. Hesitated on fields and code (other reading: fields `cityTown` and `postalCode`, the name leading each line; and no code, one that only says validation failed, a category).",
  },
  {
    id: 'bringg/customer-and-team-not-found-400',
    expect: {
      kind: 'bad-request',
      message: 'Customer was not found by external id 11223344',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides, so not not-found; `success: false` with no `data`). Rule 2.1: `title` 'Customer was not found by external id 11223344, Team was not found by external id 2977' says what was not found: kept. Rule 6: the problem `type` links a reference page for status 400, which says no more than the status, as the HTTP specification's own section does (the sixty-seventh holdout's row): no code; `status` 400 is the status. Rules 3 and 5: no field, no id. Hesitated on code (other reading: the `type` URI, a problem type when there is no other code, since MDN is not the specification).",
  },
  {
    id: 'teamtailor/invalid-api-version-406',
    expect: {
      kind: 'bad-request',
      message: 'Please provide a correct API version in the X-Api-Version header',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 406: bad-request. Rule 2.2: the lone JSON:API error's `detail` beats its `title` 'Invalid/Missing API Version'; rule 2.1: 'Please provide a correct API version in the X-Api-Version header. Current version is: 20161108' says what to send, in words, beyond naming a header: kept. Rule 6: `status` 406 is the status, no code. Rule 5: the lone error has no `id`. Rule 3: no field. Hesitated on message (other reading: the default, a line that names only a header as missing or invalid, the seventy-ninth holdout's row).",
  },
  {
    id: 'tpay365/invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid or expired API key',
      fields: [],
      logId: 'req_xyz789',
      code: 'unauthorized',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Invalid or expired API key.' names a credential, saying that signing in failed: kept. Rule 5: `request_id` 'req_xyz789'. Rule 6: `error` 'unauthorized', a code in OAuth's place and the only one. Rule 3: no field. Hesitated on code (other reading: none, a code that only restates the 401's phrase).",
  },
  {
    id: 'whitebit/balance-ticker-invalid-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['ticker', 'The selected ticker is invalid']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `errors` is a map of path to a list of messages: `ticker`, 'The selected ticker is invalid.' Rule 1: a 400 with field errors: validation. Rule 2.1: `message` 'Validation failed' is a generic summary; rule 2.4: only field messages: the default. Rule 6: `code` 0: zero is no code. Rule 5: no id.",
  },
  {
    id: 'whitebit/withdraw-not-enough-money-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['amount', 'Not enough money, Ethereum balance = 1']],
      logId: null,
      code: '5',
    },
    why: "Rule 1: 422: validation. Rule 3: `errors` is a map of path to a list of messages: `amount`, 'Not enough money, Ethereum balance = 1'. Rule 2.1: 'Inner validation failed' only says something failed validation, generic; rule 2.4: only field messages: the default. Rule 6: `code` 5, the vendor's documented number. Rule 5: no id.",
  },
  {
    id: 'whitebit/limit-order-fields-required-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['amount', 'Amount field is required'],
        ['market', 'Market field is required'],
        ['price', 'Price field is required'],
        ['side', 'Side field is required'],
      ],
      logId: null,
      code: '30',
    },
    why: "Rule 1: 422: validation. Rule 3: `errors` is a map of path to a list of messages: `amount`, `market`, `price`, `side`, each 'X field is required.' Rule 2.1: 'Validation failed' is a generic summary; rule 2.4: only field messages: the default. Rule 6: `code` 30, the vendor's number. Rule 5: no id.",
  },
  {
    id: 'whitebit/limit-order-post-only-canceled-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['postOnly', "This order couldn't be executed as a maker order and was canceled"]],
      logId: null,
      code: '13',
    },
    why: "Rule 3: `errors` is a map of path to a list of messages (found by structure): `postOnly`, 'This order couldn't be executed as a maker order and was canceled.' Rule 1: a 400 with field errors: validation. Rule 2.1: 'Inner validation failed' is generic; rule 2.4: only field messages: the default. Rule 6: `code` 13, the vendor's number. Rule 5: no id.",
  },
  {
    id: 'bitso/invalid-nonce-or-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid Nonce or Invalid Credentials',
      fields: [],
      logId: null,
      code: '0201',
    },
    why: "Rule 1: 401: unauthenticated; `success: false` with the error in `error`. Rule 2.1: 'Invalid Nonce or Invalid Credentials' names the credentials and the request's nonce, saying that signing in failed ('Invalid credentials' stays), not the 401's bare phrase: kept. Rule 6: the explicit `code` '0201'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'coinmarketcal/daily-quota-exceeded-429',
    expect: {
      kind: 'rate-limited',
      message: 'You have exceeded your daily request quota',
      fields: [],
      logId: 'req_9e3779b1',
      code: 'rate_limit_exceeded',
    },
    why: "Rule 1: 429, and the throttling code `rate_limit_exceeded`: rate-limited. Rule 2.1: 'You have exceeded your daily request quota.' is a sentence: kept. Rule 4: 'daily' names a window, not a wait; no header, no hint: no retry time. Rule 5: `requestId` 'req_9e3779b1'. Rule 6: the explicit `code`. Rule 3: no field; `docs` is a link.",
  },
  {
    id: 'pegasusswap/invalid-withdrawal-address-400',
    expect: {
      kind: 'bad-request',
      message: 'Invalid withdrawal address',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: 'Invalid withdrawal address.' names the input in a person's words, not a key written as code ('Invalid phone number' stays): kept. Rule 6: `statusCode` 400 is the status. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'pegasusswap/not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: 'Not found.' is the bare reason phrase ('Not found!' says no more than the status, the fortieth holdout's row): the default (rule 2.4). Rule 6: `statusCode` 404 is the status. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'nhs-immunisation/invalid-access-token-401',
    expect: {
      kind: 'unauthenticated',
      message: 'The sender has not provided a token or it has expired or is otherwise invalid',
      fields: [],
      logId: 'a5abca2a-4eda-41da-b2cc-95d48c6b791d',
      code: 'SEND_UNAUTHORIZED',
    },
    why: "Rule 1: 401: unauthenticated. Rule 3: FHIR's OperationOutcome: the lone issue names no element (no `expression`): its text is the message, `details.text` else `diagnostics`. Rule 2.1: 'The sender has not provided a token or it has expired or is otherwise invalid.' names the credential and says how signing in failed: kept. Rule 6: a FHIR coding's code is the issue's (the twenty-ninth holdout's row): 'SEND_UNAUTHORIZED' over the issue type 'expired'. Rule 5: the OperationOutcome is the error, and its own `id` (a UUID) identifies this occurrence. Hesitated on code and logId (other reading: the issue's `code` 'expired'; and no id, a FHIR resource's `id` not named as a request id).",
  },
  {
    id: 'nictiz/not-authorized-401-xml',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: '01464674-b4b6-11eb-8529-0242ac130003',
      code: 'security',
    },
    why: "FHIR's XML is read as its JSON (the seventy-second holdout's row): values in `value` attributes, the root as `resourceType`, one `issue`. Rule 1: 401: unauthenticated. Rule 3: the lone issue names no element; its `details.text` is the candidate. Rule 2.1: 'Not authorized to access this resource' restates a 401 ('Not authorized to make this request', the hundred-and-second holdout's row): the default (rule 2.4). Rule 6: the issue's `code` 'security'. Rule 5: the OperationOutcome's own `id` identifies the occurrence. Hesitated on message, code and logId (other reading: the line kept, saying what was refused; no code, a FHIR issue type a category; and no id).",
  },
  {
    id: 'hfd/validation-failed-first-name-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['applicant.firstName', 'First name is required']],
      logId: null,
      code: 'required',
    },
    why: "Rule 3: `fieldErrors` lists items with a message and a path (`field` '$.applicant.firstName', JSONPath): `applicant.firstName`, 'First name is required'. Rule 1: a 400 with field errors, and `validationFailed` a validation code: validation. Rule 2.1: 'Validation failed, please modify your request and try again.' is a generic summary with a plea: the default (rule 2.4). Rule 6: a code that only says validation (`validationFailed`) is a category beside a lone item's code: 'required'. Rule 5: no id. Hesitated on code (other reading: 'validationFailed', the envelope's, a field item's code being its field's).",
  },
] satisfies Reading[];
