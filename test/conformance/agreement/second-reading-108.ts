import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 22 cases (every third case of the hundred-and-eighth holdout's parts JW to JZ, in file
// order, on 8 March 2027), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of the
// written rules, `test/conformance/README.md` (`.tmp/blind108/rules.md`, its rule rows read as amending the rules
// above them, later rows winning), an excerpt of `types.ts` (`.tmp/blind108/types-excerpt.ts`: `DEFAULT` and the case
// type), the `Reading` interface (`.tmp/blind108/reading-interface.ts`) and one finished second reading (the
// hundred-and-seventh's, `.tmp/blind108/model-reading.ts`) as a model of the format, and the cases' ids, sources,
// URLs, `now`s and responses (`.tmp/blind108/cases.json`; none was thrown, none sends a `Date` header, none sends its
// body as text or as a JSON string, two send headers), no notes, no expectations, no kit answers. They were told not
// to open the case files or anything else under `/work/main` but the files the brief names, nor to run the kit, any
// script or any test, nor to use search tools, nor to list folders. They opened only the files the brief names (the
// rules read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by its full
// path. They listed no folder. They marked 15 cases "hesitated" and named the other reading. Written once and not
// changed after.
export default [
  {
    id: 'synapse/incorrect-client-credentials-400',
    expect: {
      kind: 'bad-request',
      message: 'Incorrect client credentials',
      fields: [],
      logId: null,
      code: '100',
    },
    why: "Rule 1: 400 without fields and without a code that names a kind: bad-request (text never decides the kind, so 'credentials' does not make it unauthenticated; `http_code: \"400\"` names the same status, and the vendor's numeric `error_code` names no kind). Rule 2.1: `error` holds one sentence keyed by its language, `en` (a singular name keyed by two letters is one sentence in several languages, the sixty-fourth holdout's row; a message named by its language is a message, the thirty-fifth's), not a map of fields: 'Incorrect client credentials' says signing in failed, a credential's name, on a 400: kept. Rule 6: `error_code` '100', the vendor's code, a number as a string. Rule 2/1: `success: false` with no `data`. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'synapse/object-not-found-400',
    expect: {
      kind: 'bad-request',
      message: 'Object not found',
      fields: [],
      logId: null,
      code: '404',
    },
    why: "Rule 1: 400, and the body's own status member, `http_code: \"400\"`, names the same 400; `error_code` '404' is the vendor's numeric code (its 100 and 500 beside it), which names no kind: bad-request. Rule 2.1: `error.en` 'Object not found' is not the bare reason phrase ('Resource not found' is a sentence, the fifth holdout's row): kept. Rule 6: `error_code` '404' as a string. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: not-found, the `error_code` of 404 read as the body naming its own 4xx status beside a bare 400, as Supabase Storage's `statusCode: \"404\"`).",
  },
  {
    id: 'synapse/server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: '500' },
    why: "Rule 1: 500: server. Rule 2.1: `error.en` 'Server error' is a category line, the 500's phrase in other words ('System error', 'Internal … error' are named generic): the default (rule 2.4). Rule 6: `error_code` '500', the vendor's numeric code (Synapse's 100 and 404 beside it), as a string. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the status standing alone).",
  },
  {
    id: 'zero-hash/payouts-missing-api-key-403',
    expect: { kind: 'forbidden', message: 'Missing API Key', fields: [], logId: null, code: null },
    why: "Rule 1: 403 with no code: forbidden (text never decides the kind, so a missing key does not make it unauthenticated). Rule 2.1: `message` 'Missing API Key' names a credential, which says signing in failed (a credential's name stays, as 'Invalid or missing app_id parameter' does), not an input's key: kept. Rule 6: `error: true` is a flag, no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'zero-hash/payouts-wrong-field-type-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: `errors` holds one bare string with no path member: no field (only class-validator's format names a field in its text, and 'should be string' is a JSON Schema validator's wording, not class-validator's 'must be a string'). Rule 1: a 400 with no field errors, no code and one line, which is no list: bad-request. Rule 2.2: the lone line of the error list would beat any envelope, but 'payment.total should be string' names the input only by the API's key written as code and its JSON type, a validator's report (rule 2.3's Ajv reports; rule 2.1's key written as code): the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on fields (other reading: `payment.total`, 'should be string', the path leading the line as class-validator's does, which would make it a validation failure).",
  },
  {
    id: 'zero-hash/payouts-payor-exactly-one-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 400 with no field errors, no code and one line, which is no list: bad-request. Rule 2.2: the lone line of `errors` speaks if anything does, but 'payor must specify exactly one of participant_code or info' names only inputs by the API's keys, offered as alternatives (the seventy-ninth holdout's 'Exactly one of … is required', the eighty-fourth's keys offered as alternatives; a lone word in small letters starting the line): the default (rule 2.4). Rule 3: a bare string, no path member: no field. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'fidel-api/card-not-yet-supported-400',
    expect: {
      kind: 'bad-request',
      message: 'Card not yet supported',
      fields: [],
      logId: null,
      code: 'cards',
    },
    why: "Rule 1: 400, and `status` 400 in the body is the same; `code` 'cards' names no kind: bad-request. Rule 2.1: `error.message` 'Card not yet supported' says what was refused: kept; `metadata.extendedMessageError` sits in the error's context, which names no parameter (rule 3's context rule), and a body's `meta` is read last. Rule 6: the explicit `code` member, 'cards'. Rule 5: `date` and `execution` are no ids; `resource` is the URL path. Rule 3: no field. Hesitated on message (other reading: 'This scheme is not active for the selected country or for your account', the occurrence's fuller text, as a `description` or `detailedDescription` beats the `message` beside it) and on code (other reading: none, a one-word name in small letters of the resource the call hit, as Getnet's `name: \"payments\"`).",
  },
  {
    id: 'fidel-api/error-linking-card-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'cards' },
    why: "Rule 1: 400 with no field errors and no code that names a kind: bad-request. Rule 2.1: `error.message` 'Error linking card' is a category line that only says an action failed, as 'Error signing in to …' and 'Signin Error' are (the thirty-third holdout's row): the default (rule 2.4). Rule 6: the explicit `code` member, 'cards', as in the sibling case. Rule 3: `resource` is the card's URL path, no field. Rule 5: no id. Hesitated on message (other reading: kept, it names what failed, linking the card).",
  },
  {
    id: 'trend-vision-one/invalid-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid token',
      fields: [],
      logId: null,
      code: 'InvalidToken',
    },
    why: "Rule 1: 401: unauthenticated (a code never turns a 401 into anything else). Rule 6 and the ninety-second holdout's row: an `innererror` with a code of its own says what happened under the category around it, and its code is the error's: 'InvalidToken' under 'InvalidCredentials'; it has no sentence, so the error's `message` speaks. Rule 2.1: 'Invalid token, Authorization token invaild for header' names the credential (a token) as invalid, more than the 401's phrase (credential lines stay, as 'access_token is invalid'): kept. Rules 3 and 5: `service` names no field, no id. Hesitated on message (other reading: the default, the token checked for a header being the protocol's words).",
  },
  {
    id: 'domain-intelligence/limit-validation-error-400',
    expect: {
      kind: 'validation',
      message: 'limit must be 5000 or less',
      fields: [],
      logId: 'optional-request-id',
      code: 'validation_error',
    },
    why: "Rule 1: `validation_error` is a validation code on a 4xx: validation. Rule 2.1: `error.message` 'limit must be 5000 or less' says the rule the value broke (a maximum), more than naming the input, as Confluent's 'records may not be empty' (a lone word in small letters, kept, the sixty-fourth holdout's row) and go-openapi's rule for a value stay: kept. Rule 3: the error object names no field in `param` or `field`: no field. Rule 5: the error's `request_id`, 'optional-request-id', a token. Rule 6: `code` 'validation_error'. Hesitated on message (other reading: the default, a lone word in small letters, the API's key, starting the line).",
  },
  {
    id: 'tixallo/unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error` 'Unauthorized' is the 401's bare reason phrase and a lone word: the default (rule 2.4). Rule 6: a reason phrase written as a word, not a code's shape, that only restates the status: no code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'Unauthorized', OAuth's `error` place).",
  },
  {
    id: 'tixallo/zod-invalid-email-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['customer_email', 'Invalid email']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `details` holds zod's flattened error: `fieldErrors` is a container whose keys are the fields, `customer_email` with 'Invalid email'; `formErrors` empty (a form-level key, no path). Rule 1: a 400 that carries field errors: validation. Rule 2.1: `error` 'Invalid input' is named generic, and only field messages remain: the default (rule 2.4). Rule 6: a generic line, no code. Rule 5: no id.",
  },
  {
    id: 'airclou-helpdesk/subject-required-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['subject', 'Subject is required']],
      logId: null,
      code: 'REQUIRED',
    },
    why: "Rule 1: 422: validation (`VALIDATION_ERROR` agrees). Rule 3: `error.details` is a map of path to a list of items: `subject`, 'Subject is required' (`details` holds errors, no segment). Rule 2.1: `message` 'Request validation failed' only says something failed validation: generic, and only field messages remain: the default (rule 2.4). Rule 6: a code that only says validation is a category beside a lone item's code; the lone item's `code` 'REQUIRED' is the most specific. `status` 422 is the status. Rule 5: no id. Hesitated on code (other reading: 'VALIDATION_ERROR', the envelope's, the item's code being its field's).",
  },
  {
    id: 'poelis/invalid-or-missing-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid or missing API key',
      fields: [],
      logId: null,
      code: 'unauthorized',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Invalid or missing API key' names the credential (a credential's name stays, as Qobuz's 'Invalid or missing app_id parameter'), more than the 401's phrase: kept. Rule 6: `error` in OAuth's place holds the API's code in small letters, 'unauthorized' (its sibling sends 'rate_limit_exceeded' there). Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the 401's reason phrase standing alone).",
  },
  {
    id: 'poelis/rate-limit-429',
    expect: {
      kind: 'rate-limited',
      message: DEFAULT,
      fields: [],
      retry: 60,
      logId: null,
      code: 'rate_limit_exceeded',
    },
    why: "Rule 1: 429: rate-limited (`rate_limit_exceeded` agrees). Rule 2.1: `message` 'Too many requests' is the 429's bare reason phrase: the default (rule 2.4). Rule 4.1: `Retry-After: 60`, delay seconds, no `Date` header: 60 s (it outranks the reset family; `X-RateLimit-Remaining` sets no time). Rule 6: `error` 'rate_limit_exceeded'. Rules 3 and 5: no field, no id header.",
  },
  {
    id: 'epismo/validation-due-date-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['dueDate', 'Invalid date']],
      logId: null,
      code: 'ValidationError',
    },
    why: "Rule 3: `details` is a list of items with a path (segments, `['dueDate']`) and a message: `dueDate`, 'Invalid date'. Rule 1: a 400 that carries field errors, and `ValidationError` a validation code: validation. Rule 2.4: no sentence but the field's: the default. Rule 6: 'ValidationError' only says validation, a category beside a lone item's code, but the item has none, so it is the only code. Rule 5: no id.",
  },
  {
    id: 'buzo/invalid-event-timestamp-400',
    expect: {
      kind: 'bad-request',
      message: 'Invalid date string, expected ISO 8601',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 2.2: `detail` is the only text. Rule 2.1: 'events[0].timestamp: Invalid date string, expected ISO 8601' says what is wrong with the value and the format expected, more than naming the input; a field's name leading it says which field and stays (the path a label before the sentence): kept. Rule 3: no structure names a field (only class-validator's format names one in its text): no field. Rule 1: a 400 without field errors and without a code: bad-request (text never decides the kind). Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a line naming the input by the API's key written as code) and on fields (other reading: `events.0.timestamp` from the path before the colon, making it validation).",
  },
  {
    id: 'reservekit/invalid-field-format-400',
    expect: {
      kind: 'validation',
      message: 'The customer_email field must be a valid email address',
      fields: [],
      logId: null,
      code: 'invalid_field_format',
    },
    why: "Rule 1: `invalid_field_format` begins with `invalid` and names an input (a field's format), a code that says an input's value is invalid: validation. Rule 2.1: `error.message` 'The customer_email field must be a valid email address' says what the value must be in a person's words ('a valid email address', as 'Invalid email address' stays), not only which input: kept. Rule 3: the error object names no field in `param` or `field`: no field. Rule 6: `code` 'invalid_field_format'. Rule 5: no id. Hesitated on message (other reading: the default, the input named by the API's key written as code).",
  },
  {
    id: 'grab-a-table/validation-failed-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 2.1: `error` 'Validation failed' is named generic: the default (rule 2.4). Rule 3: `messages` is an empty map (read as one under `errors`; an empty member says nothing): no field. Rule 6: a generic line, no code. Rule 5: no id.",
  },
  {
    id: 'uspto-odp/search-bad-request-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: '07c5c24d-bf8e-458c-9427-a038500d6e98',
      code: null,
    },
    why: "Rule 1: 400 without fields and without a code that names a kind: bad-request. Rule 2.1: `error` 'Bad Request' is the bare reason phrase; `errorDetails` 'Invalid request, review patent data request filter section and try again' is 'Invalid request' with a plea to review a part of the request named as the API names it, as Amazon SP-API's 'Invalid request, please check your input.' and 'Please review it and try again' are generic: the default (rule 2.4). Rule 5: `requestIdentifier` is `requestId` spelled out (as `incidentIdentifier` is `incidentId`). Rule 6: `code` 400 only restates the status: no code. Rule 3: no field. Hesitated on message (other reading: kept, it names which part of the search to review) and on code (other reading: '400').",
  },
  {
    id: 'uspto-odp/search-payload-too-large-413',
    expect: {
      kind: 'bad-request',
      message: 'Response payload exceeds allowed limit of 6MB',
      fields: [],
      logId: '12dc2c22-453d-4920-a43c-d5f7847447ca',
      code: null,
    },
    why: "Rule 1: 413 without `Retry-After`: bad-request. Rule 2.2: `detailedMessage` is the occurrence's text over `message` 'Payload Too Large', the 413's bare reason phrase (as `detailedDescription` and `description` beat the line beside them); 'Response payload exceeds allowed limit of 6MB, please refine your search criteria or reduce payload size by reducing page size' says what happened and what to do: kept. Rule 5: `requestIdentifier`, `requestId` spelled out. Rule 6: `code` '413' only restates the status: no code. Rules 3 and 4: no field, no wait. Hesitated on code (other reading: '413').",
  },
  {
    id: 'caseflow/invalid-ssn-422',
    expect: {
      kind: 'validation',
      message: 'Please enter a valid 9 digit SSN',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 2.2: the lone JSON:API error of `errors` speaks, and its `detail` beats its `title` 'Invalid SSN': 'Please enter a valid 9 digit SSN in the 'ssn' header' asks for a person's value in a person's words (SSN, nine digits), more than naming a header: kept. Rule 3: no `source`: no field. Rule 6: `status` '422' is the status: no code. Rule 5: no id. Hesitated on message (other reading: the default, a line that names a header, the protocol's, never a person's word; or the title 'Invalid SSN').",
  },
] satisfies Reading[];
