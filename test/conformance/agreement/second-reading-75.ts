import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 22 cases (every third case of the seventy-fifth holdout's four parts, CG, CH, CI and CJ, in
// file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy
// of `test/conformance/README.md` (`.tmp/blind75/rules.md`, as it stood when these cases were first run, the rule rows
// up to the seventy-third holdout's included), an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading`
// interface and one finished second reading (the seventy-third's) as a model of the format, and the cases' ids,
// sources, URLs and responses (none was thrown; Octopart's, ohsome's and Selenium Server's cases send a `Date` header,
// which gives their `now`, and every other case counts from 2026-11-22T12:00:00Z; no case gives a wait by this
// reading), no notes, no expectations. They were told not to open the case files or anything else under
// `test/conformance/`, the kit's source, its README or changelog, the live rules file, the git history or the rest of
// `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search tools, nor to list folders. They
// opened only the files the brief names, by their full paths, and wrote this file by its full path without listing its
// folder. They marked 14 cases "hesitated" and named the other reading. Written once and not changed after the
// comparison.
export default [
  {
    id: 'digikey/invalid-client-id-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid Client-Id',
      fields: [],
      logId: '3ccc30b8-b424-49b9-9b79-fd38d3213c20',
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `ErrorMessage` (a message member in PascalCase) 'Invalid Client-Id' names the credential (the client id) and says it is invalid; a credential's name stays ('Invalid app_key is provided.', 'access_token is invalid'), which says that signing in failed: kept. Rule 2.2: a string details member speaks only when nothing else does (beside a reason phrase), so `ErrorDetails` 'X-DIGIKEY-Client-Id invalid for requested resource' does not outrank it. Rule 3: `ValidationErrors` is empty: no field. Rule 5: the body's `RequestId`: '3ccc30b8-b424-49b9-9b79-fd38d3213c20'. Rule 6: `StatusCode` 401 in digits is a status, `ErrorResponseVersion` a format's version: no code. Hesitated on message (other readings: `ErrorDetails`, the occurrence's text naming the header; or the default, the 401's reason in other words).",
  },
  {
    id: 'octopart/v3-forbidden-request-403-headers',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden; no code. Rule 2.1: `message` 'Forbidden request' is the 403's reason phrase with 'request' after it, as 'Unauthorized request' is the 401's phrase in other words (the row that read a bare 'Authentication failed'), and as 'Access forbidden' and 'Access to resource forbidden' are generic: the default (rule 2.4). Rule 4: the `Date` header gives `now`; no wait. Rule 5: no body id, no request-id header: no id. Rule 6: `__class__` 'ClientErrorResponse' names a response class (a class name, as MYOB's `Name` is a category) and says only that the client erred: no code. Hesitated on message (other reading: 'Forbidden request' kept, since rule 2.1 names only the bare phrase and the listed lines).",
  },
  {
    id: 'inventree/create-part-type-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: `error` 'TypeError' and `error_class` \"<class 'TypeError'>\" name an exception class: developer text. Rule 2.1: `detail` 'Error details can be found in the admin panel' only sends the reader elsewhere for details (as a pointer to the server's logs or to a page for details says no more): the default (rule 2.4). Rule 3: `path` at the top is the request's URL path, no field. Rule 5: no id. Rule 6: the exception's class is developer text and `status_code` 500 restates the status: no code. Hesitated on code (other reading: 'TypeError', the `error` member's one token).",
  },
  {
    id: 'adsbdb/unknown-aircraft-404',
    expect: { kind: 'not-found', message: 'unknown aircraft', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1 and the forty-third holdout's row: text that is the whole of a body's `response` is its message; 'unknown aircraft' says what was not found (an aircraft, a person's word, not an input named by the API's key), as 'Resource not found' is a sentence and no bare reason phrase: kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, two words in small letters that only restate the 404).",
  },
  {
    id: 'adsbdb/unknown-endpoint-404',
    expect: { kind: 'not-found', message: 'unknown endpoint', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: the body's `response` 'unknown endpoint: /v0/asdasjkaj9ahsddasdasd' says what was not found (the endpoint) and which; no status number before it ('404 Route Not Found' restates the status) and no developer text rule 2.3 lists: kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a route's path being the developer's and 'unknown endpoint' the 404's phrase in other words).",
  },
  {
    id: 'ohsome/query-too-large-for-timeout-413',
    expect: {
      kind: 'bad-request',
      message: 'The given query is too large in respect to the given timeout',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 413 without `Retry-After`: a bad request. Rule 2.1: `message` 'The given query is too large in respect to the given timeout. Please use a smaller region and/or coarser time period.' says what is wrong and what to do: kept. Rule 4: the `Date` header gives `now`; no `Retry-After`, no hint: no wait. Rule 5: no id (`requestUrl` is the request's URL). Rule 6: `status` 413 restates the status: no code.",
  },
  {
    id: 'peps/database-connection-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: `ErrorMessage` 'Database connection error' is infrastructure behind the service (a database's connection that failed, the sixty-ninth holdout's row): developer text, the default (rule 2.4). Rule 5: no id. Rule 6: `ErrorCode` 500 restates the status: no code.",
  },
  {
    id: 'gbdx/workflows-access-forbidden-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.1: `message` 'Access Forbidden.' is 'Access forbidden', named generic (the thirty-second holdout's row), and `status` '403 Forbidden' is the status line: the default (rule 2.4). Rule 5: no id. Rule 6: `status` only restates the status: no code.",
  },
  {
    id: 'ignav/invalid-airport-code-400',
    expect: {
      kind: 'validation',
      message: 'must be a supported 3-letter IATA code',
      fields: [['origin', 'must be a supported 3-letter IATA code']],
      logId: null,
      code: 'invalid_airport_code',
    },
    why: "Rule 3: an error object about one field: `error.field` 'origin' makes its message that field's error too. Rule 1: `invalid_airport_code` begins with `invalid` and names an input (an airport code): a validation code, and a 400 carrying a field error is validation too; `type` 'invalid_request' is only the category. Rule 2.1: 'origin must be a supported 3-letter IATA code.' names the input by the API's key but says what its value must be, more than that it is invalid (as the seventy-third's reading kept such a rule about a value), and an error object about one field whose line is not generic gives the response the line (Serpii's row, read the other way): kept. Rule 5: no id. Rule 6: Stripe-like `code` over `type`: 'invalid_airport_code'. Hesitated on message (other reading: the default, a line that starts with the API's key in small letters, the rule row of 6 December 2026).",
  },
  {
    id: 'orbital-data-api/missing-api-key-403',
    expect: {
      kind: 'forbidden',
      message: 'Missing or invalid API key',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403: forbidden; `error` 'Forbidden' only restates the status and is no credential code, and text never decides, though the sentence speaks of a missing key. Rule 2.1: `message` 'Missing or invalid API key. Include X-Api-Key header.' names the credential and says what to send; a credential's name stays: kept. Rule 5: no id. Rule 6: `error` 'Forbidden' is the status's reason phrase, `status` 403 the status: no code. Hesitated on kind (other reading: unauthenticated, the request having no valid key) and on code (other reading: 'Forbidden', the only code-like member).",
  },
  {
    id: 'ngp-van/canvass-response-invalid-result-code-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['resultCodeId', 'must be a valid result code in the current context']],
      logId: null,
      code: 'INVALID_PARAMETER',
    },
    why: "Rule 3: `errors` holds one item with a message-like member (`text`) and a path-like member (`properties`, as `property`, a list of one): the field `resultCodeId`, \"'resultCodeId' must be a valid result code in the current context.\". Rule 1: a 400 that carries a field error, and `INVALID_PARAMETER` says a parameter is wrong: validation. Rule 2.4: only a field message: the default. Rule 5: no id. Rule 6: the lone item's `code`: 'INVALID_PARAMETER'. Hesitated on fields (other reading: `properties` read as no path member, the item form-level, and its line the message or, naming the input by its key, the default).",
  },
  {
    id: 'open-collective/images-invalid-mime-type-400',
    expect: {
      kind: 'validation',
      message: 'Mimetype of the file should be one of',
      fields: [['file', 'Mimetype of the file should be one of']],
      logId: null,
      code: 'INVALID_FILE_MIME_TYPE',
    },
    why: "Rule 3: `error.fields` is a map of path to text: the field `file`. Rule 1: a 400 that carries a field error: validation; `INVALID_FILE_MIME_TYPE` begins with `invalid` and names an input's value too. Rule 2.1: the error's own `message` 'Mimetype of the file should be one of: image/png, …' is a sentence in the envelope, in a person's words, saying what the value must be: kept. Rule 5: no id. Rule 6: `code` 400 only restates the status and gives way to `type` (Mautic's row): 'INVALID_FILE_MIME_TYPE'. Hesitated on message (other reading: the default, the envelope's line only repeating the field's, rule 2.4's 'only field messages').",
  },
  {
    id: 'churchcrm/volunteer-opportunity-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Volunteer opportunity not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 1's prose: `success: false` flags the failure; no `data`. Rule 2.1: `message` and `error` both say 'Volunteer opportunity not found', read once (a body that says an error twice says it once); it says what was not found, a sentence and no bare reason phrase: kept. Rule 5: no id. Rule 6: `code` 404 restates the status: no code.",
  },
  {
    id: 'churchcrm/user-not-found-404',
    expect: { kind: 'not-found', message: 'User not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 1's prose: `success: false` flags the failure. Rule 2.1: `message` and `error` both say 'User not found', read once; it says what was not found: kept. Rule 5: no id. Rule 6: `code` 404 restates the status: no code.",
  },
  {
    id: 'hot-tasking-manager/unable-to-lock-task-500',
    expect: { kind: 'server', message: 'Unable to lock task', fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: `Error` (a message member in PascalCase, the body's one line) 'Unable to lock task' says which action failed (locking the task), no generic line ('Unable to do that' names nothing) and no developer text; rule 2.6 speaks only of plain text, and this is JSON: kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a line that only says something failed).",
  },
  {
    id: 'pybossa/create-project-integrity-error-415',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 415: a bad request; no code a row sorts (`IntegrityError` is an exception class, and text never decides). Rule 2.3: `exception_cls` 'IntegrityError' is an exception class name (and a database's), developer text; `exception_msg` is null: no sentence, the default (rule 2.4). Rule 3: `target` 'project' names a resource type beside no message: no field. Rule 5: no id. Rule 6: `status` 'failed' is the call's own flag, `status_code` 415 restates the status, and the exception's class is the developer's: no code. Hesitated on code (other reading: 'IntegrityError') and on kind (other reading: conflict, an integrity error usually being a duplicate).",
  },
  {
    id: 'rock-the-vote/survey-question-required-400',
    expect: {
      kind: 'bad-request',
      message: 'Question 1 required when Answer 1 provided',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields or code: a bad request (text never decides). Rule 2.1: `message` 'Question 1 required when Answer 1 provided' names the inputs in a person's words (as 'Name is required') and says the rule between them: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'selenium-server/unknown-command-toggle-404-empty',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404: not-found. Rule 2.4: an empty body, no sentence: the default. Rule 4: the `Date` header gives `now`; no wait. Rule 5: no id header (`Server` names the server). Rule 6: no code.',
  },
  {
    id: 'frollo/id-not-allowed-f0200-403',
    expect: { kind: 'forbidden', message: 'ID not allowed', fields: [], logId: null, code: 'F0200' },
    why: "Rule 3: a body of one member holding an object is that object. Rule 1: 403: forbidden; `F0200` is a vendor's code no row sorts. Rule 2.1: `error_message` 'ID not allowed' says what was refused (the id), no input named by an API's key written as code: kept. Rule 5: no id. Rule 6: `error_code`: 'F0200'. Hesitated on message (other reading: the default, a short line naming only what is refused).",
  },
  {
    id: 'frollo/payment-insufficient-funds-f1010-400',
    expect: { kind: 'bad-request', message: 'Insufficient funds', fields: [], logId: null, code: 'F1010' },
    why: "Rule 3: a body of one member holding an object is that object. Rule 1: a 400 without fields; `F1010` is a vendor's code no row sorts, and text never decides (neither 'validation' nor 'funds' in the line): a bad request. Rule 2.1: `error_message` 'Payment validation - Insufficient funds': a category before ' - ' says no more (as a reason phrase before ' - ', or Apify's generic headline before a sentence of its own), and 'Insufficient funds' says what is wrong: kept. Rule 5: no id. Rule 6: `error_code`: 'F1010'.",
  },
  {
    id: 'judopay/payment-missing-cv2-expired-card-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['Cv2', 'Please enter the 3 digit card security code'],
        ['ExpiryDate', 'Expiry date is in the past'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: `modelErrors` is a list of items each with a path-like member (`fieldName`) and a message-like one (`errorMessage`): the fields `Cv2` and `ExpiryDate`, spelled as sent. Rule 1: a 400 that carries field errors: validation. Rule 2.1: `errorMessage` 'Invalid request' is a generic summary, and the rest are field messages: the default (rule 2.4). Rule 5: no id. Rule 6: `errorType` 1 is a number under a category's name (`type`), no code member: no code. Hesitated on code (other reading: '1', Judopay's numbered error type).",
  },
  {
    id: 'judopay/payment-blocked-account-409',
    expect: {
      kind: 'conflict',
      message: 'Unable to accept payments to this account',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 409: conflict; no code outranks it, and text never decides, though the sentence speaks of a blocked account. Rule 2.1: `errorMessage` 'Unable to accept payments to this account; please contact customer services.' says what failed and what to do: kept. Rule 3: `modelErrors` is empty: no field. Rule 5: no id. Rule 6: `errorType` 9 is a number under a category's name: no code. Hesitated on code (other reading: '9', Judopay's numbered error type).",
  },
] satisfies Reading[];
