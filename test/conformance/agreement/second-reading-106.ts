import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 21 cases (every third case of the hundred-and-sixth holdout's parts JJ to JP, in file
// order, on 6 March 2027), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of the
// written rules, `test/conformance/README.md` (`.tmp/blind106/rules.md`, its rule rows read as amending the rules
// above them, later rows winning), an excerpt of `types.ts` (`.tmp/blind106/types-excerpt.ts`: `DEFAULT` and the case
// type), the `Reading` interface (`.tmp/blind106/reading-interface.ts`) and one finished second reading (the
// hundred-and-fifth's, `.tmp/blind106/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs,
// `now`s and responses (`.tmp/blind106/cases.json`; none was thrown, none sends a `Date` header, and none sends its
// body as text), no notes, no expectations, no kit answers. They were told not to open the case files or anything
// else under `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to use
// search tools, nor to list folders. They opened only the files the brief names (the rules read whole, in pieces),
// checked by its full path that this file did not exist yet, and wrote it by its full path. They listed no folder.
// They marked 14 cases "hesitated" and named the other reading. Written once and not changed after.
export default [
  {
    id: 'givebutter/unauthenticated-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1 and the first rule row: 'Unauthenticated.' is a lone word that labels the failure (the row's own example): the default (rule 2.4). Rule 6: a capitalized word with a full stop is no code-shaped token in the message's member. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'raisely/two-required-fields-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['profileUuid', 'profileUuid is a required field'],
        ['userUuid', 'userUuid is a required field'],
      ],
      logId: null,
      code: 'invalid value',
    },
    why: "Rule 3: `errors` is a list of items with `field` and `message`: `profileUuid`, 'profileUuid is a required field'; `userUuid`, 'userUuid is a required field' (the item's `message` over its generic `detail` 'One or more values is missing or invalid'). Rule 1: a 400 with field errors, and `invalid value` (read without separators, `invalid_value`) a validation code: validation. Rule 2.1: `detail` '2 fields are invalid (profileUuid,userUuid)' is a count of invalid fields naming only inputs by the API's keys (the fifty-sixth holdout's 'Validation failed. 1 error found.', the ninety-sixth's '6 violations failed'): the default (rule 2.4). Rule 6: the explicit `code` 'invalid value' over the problem `type` URI; `status` 400 is the status. Rule 5: `instance` '/errors/occurrence/4fa3…' is a path, not a token: no id. Hesitated on logId and code (other reading: the UUID at the end of `instance` as the occurrence's id; and the items' shared `subcode` 'required', a code under the category 'invalid value').",
  },
  {
    id: 'membership-io/hub-not-found-404',
    expect: { kind: 'not-found', message: 'Hub not found', fields: [], logId: '01J...', code: 'hub_not_found' },
    why: "Rule 1: 404: not-found (`hub_not_found` agrees). Rule 2.2: the lone JSON:API item's `detail` 'Hub not found.' beats its `title` 'Not Found', the bare reason phrase; it names what was not found, as 'Hotel not found' does: kept. Rule 6: the item's `code`; `status` '404' is the status. Rule 5: `meta.request_id` '01J...' (as sent). Rule 3: no field.",
  },
  {
    id: 'membership-io/rate-limited-429',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded',
      fields: [],
      retry: 42,
      logId: '01J...',
      code: 'rate_limited',
    },
    why: "Rule 1: 429, and the throttling code `rate_limited`: rate-limited. Rule 2.2: `detail` 'Rate limit exceeded. Retry after 42 seconds.' beats the `title` 'Too Many Requests'; a plea to retry after a phrase like the status's stays the message (the rule row restating rule 2.1): kept. Rule 4: no header and no body hint; the wait written in the text, 'Retry after 42 seconds' (rule 4.4): 42 s. Rule 6: the item's `code`; `status` '429' is the status. Rule 5: `meta.request_id` '01J...'. Rule 3: no field.",
  },
  {
    id: 'fulcrum/form-name-blank-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [['name', 'cannot be blank']], logId: null, code: null },
    why: "Rule 3: a body of one member holding an object is that object (Subsonic's), so `form` leads nothing; its `errors` is a map of path to lists of messages: `name`, 'cannot be blank'. Rule 1: 422: validation. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code. Hesitated on fields (other reading: `form.name`, the record leading its errors' path, as Braintree's `customer` does).",
  },
  {
    id: 'invoca/advertiser-campaign-ringpool-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Could not find RingPool 123 for advertiser campaign 100 and advertiser 1',
      fields: [],
      logId: null,
      code: 'RecordNotFound',
    },
    why: "Rule 1: 404: not-found. Rule 3: `errors` holds one error, its sentence under `invalid_data` and its `class` (a name no input goes by, and a class's name in PascalCase is no field, MYOB's `CustomerNotFound`): no map of fields. Rule 2.1: 'Could not find RingPool 123 for advertiser campaign 100 and advertiser 1' says what was not found, as ActiveRecord's 'Couldn't find Project with id=…' stays a sentence: kept. Rule 6: `class` 'RecordNotFound', the only code-like member, the error's class Invoca documents. Rule 5: no id. Hesitated on fields and code (other reading: the fields `invalid_data` and `class` from a map of text under `errors`; and no code, a class's name only restating the 404 as a category).",
  },
  {
    id: 'invoca/internal-service-error-handle-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: '1228118400', code: null },
    why: "Rule 1: 500: server. Rule 2.1: `invalid_data` 'refer to error handle 1228118400' only asks to quote an id (CrowdStrike's 'Please provide trace-id=… to support'): the default (rule 2.4). Rule 5: no member or header holds an id; the one the text labels as the error's handle is the support id: '1228118400'. Rule 6: `class` 'InternalServiceError' only restates the 500 (NASA's 'Internal Service Error'), a category: no code. Rule 3: no field. Hesitated on logId and code (other reading: none, 'error handle' not being a label rule 5 names; and 'InternalServiceError', the error's class, as the code).",
  },
  {
    id: 'rewardful/affiliate-link-not-found-404',
    expect: { kind: 'not-found', message: 'Affiliate link not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'Affiliate link not found: ' names what was not found, not the bare reason phrase ('Hotel not found'), the id after the colon left empty: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a reason phrase ending in a colon, as the fiftieth holdout's row reads 'not found: ').",
  },
  {
    id: 'affilync/validation-failed-fields-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['commission_amount', 'Must be a positive number'],
        ['name', 'Required field'],
      ],
      logId: null,
      code: 'VALIDATION_ERROR',
    },
    why: "Rule 1: 422 and the validation code `VALIDATION_ERROR`: validation. Rule 3: `fields` is a list of items with `field` and `message`: `commission_amount`, 'Must be a positive number'; `name`, 'Required field'. Rule 2.1: `detail` 'Validation failed' is a generic summary; rule 2.4: only field messages: the default. Rule 6: `error_code` 'VALIDATION_ERROR', the only code (no item carries one); `status` 422 is the status. Rule 5: no id.",
  },
  {
    id: 'hubrise/validation-failed-price-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['price', "'abc' is not a valid monetary amount"]],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation (`unprocessable_entity` agrees). Rule 3: `errors` is a list of items with `field` and `message`: `price`, \"'abc' is not a valid monetary amount\". Rule 2.1: `message` 'Validation failed' is a generic summary; rule 2.4: only field messages: the default. Rule 6: `error_type` is a category member (rule 1's `type`, `error_type`, `status`, `name`) and 'unprocessable_entity' only restates the 422: no code. Rule 5: no id. Hesitated on code (other reading: 'unprocessable_entity', the only code-shaped member).",
  },
  {
    id: 'open-delivery/invalid-state-transition-422',
    expect: {
      kind: 'conflict',
      message: 'Não é possível confirmar um pedido no status CANCELLED',
      fields: [],
      logId: null,
      code: 'INVALID_STATE_TRANSITION',
    },
    why: "Rule 1: a code outranks a 422, and `INVALID_STATE_TRANSITION` says the order is in the wrong state for the transition asked, as a resource in the wrong state (`invalid-job-state`) is a conflict (the thirty-fifth holdout's row): conflict. Rule 2.1: `message` 'Não é possível confirmar um pedido no status CANCELLED' is a sentence (Portuguese) saying what was refused: kept. Rule 3: `details` holds the current status and the transition tried, no parameter named: no field. Rule 4: `retryable: false`, no time. Rule 6: the explicit `code`. Rule 5: no id. Hesitated on kind (other reading: validation, the 422 beside a code that begins with `invalid`).",
  },
  {
    id: 'hume-audio-decisions/question-invalid-400',
    expect: {
      kind: 'validation',
      message: 'score criteria must define at least 2 levels',
      fields: [['questions.clarity.criteria', 'score criteria must define at least 2 levels']],
      logId: 'req_01JB8XA3C5RD',
      code: 'question_invalid',
    },
    why: "Rule 1: `question_invalid` says an input's value is invalid (in either word order), a validation code, which outranks a 400: validation. Rule 3: the error object names its one field in `param`, a JSON Pointer: `questions.clarity.criteria` gets its line. Rule 2.1: 'score criteria must define at least 2 levels' states a rule for the value in plain words, not the API's key ('score criteria', not `criteria`), as Confluent's 'records may not be empty' stays: kept. Rule 5: `request_id`. Rule 6: the explicit `code`; `type` 'error' says nothing. Hesitated on message (other reading: the default, a line in small letters that starts with what it is about, as NutrientAPI's 'ingredients must be a non-empty array' was read).",
  },
  {
    id: 'api-setu/missing-parameter-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'missing_parameter' },
    why: "Rule 1: `missing_parameter` is a validation code (the seventy-seventh holdout's row: `missing_param`, as `missing_parameter` is), which outranks a 400: validation. Rule 2.1: `errorDescription` 'Please provide all mandatory parameters' names no input ('Required parameter is missing.', 'Required fields are missing'): the default (rule 2.4). Rule 6: `error` in OAuth's place, 'missing_parameter'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'api-setu/internal-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'internal_server_error' },
    why: "Rule 1: 500: server. Rule 2.1: `errorDescription` 'Internal server error' is the 500's reason phrase: the default (rule 2.4). Rule 6: `error` in OAuth's place, 'internal_server_error', the API's code as its siblings carry theirs. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the status standing alone).",
  },
  {
    id: 'api-setu/publisher-timeout-504',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: 'gateway_timeout' },
    why: "Rule 1: 504: unavailable (a timeout code on a gateway's status is the gateway's failure to reach the service, the sixty-first holdout's row). Rule 2.3: 'Publisher service did not respond in time' is a gateway's report that the service behind it did not answer (WSO2's 'Error while accessing backend services…'), the 504's own definition in other words: the default (rule 2.4). Rule 6: `error` 'gateway_timeout'. Rules 3 and 5: no field, no id. Hesitated on message and code (other reading: the line kept, naming which service did not answer; and no code, 'gateway_timeout' restating the 504's phrase, as the nineteenth holdout's row reads `gateway-timeout`).",
  },
  {
    id: 'abdm/invalid-scope-and-auth-data-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['scope', 'Invalid Scope'],
        ['authData', 'Invalid Auth Data'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: a map of path to messages: `scope`, 'Invalid Scope'; `authData`, 'Invalid Auth Data' (the `timestamp`'s date is no message, so no field). Rule 1: a 400 with field errors: validation (text never decides, so 'Scope' does not make it OAuth's `invalid_scope`). Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code. Hesitated on fields and kind (other reading: no fields, the members read as the envelope's beside a timestamp, and bad-request).",
  },
  {
    id: 'digit-request-validation/content-not-allowed-400',
    expect: {
      kind: 'bad-request',
      message: 'Request contains content that is not allowed',
      fields: [],
      logId: null,
      code: 'REQUEST_CONTENT_NOT_ALLOWED',
    },
    why: "Rule 1: 400 without fields; `REQUEST_CONTENT_NOT_ALLOWED` says the request's content is refused, the request as a whole: bad-request. Rule 2.2: the lone item of `Errors` speaks: 'Request contains content that is not allowed' says what was refused (content the validator blocks): kept. Rule 6: the lone item's `code`. Rules 3 and 5: `params` null, no field; `ResponseInfo` null, no id. Hesitated on message (other reading: the default, a line that only says the request is invalid, as 'Your request is invalid.').",
  },
  {
    id: 'digit-request-validation/json-duplicate-key-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'REQUEST_JSON_DUPLICATE_KEY' },
    why: "Rule 1: 400 without fields; `REQUEST_JSON_DUPLICATE_KEY` says the request's JSON is invalid (`INVALID_JSON`): bad-request. Rule 2.3: 'Request body contains a duplicate property' is a parser's report on the request's JSON (JSON in the request body invalid, a server that could not read the request's JSON): developer text, the default (rule 2.4). Rule 6: the lone item's `code`. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a sentence saying what is wrong with the body).",
  },
  {
    id: 'weskit/run-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `msg` \"Could not find 'runId'\" names only an input by the API's key, quoted (the seventy-fifth holdout's row: 'unknown' before a key written as code names the key, and the eighty-sixth's quoted key 'not defined'): the default (rule 2.4). Rule 6: `status_code` 404 is the status. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, saying what was not found, the run).",
  },
  {
    id: 'foca/unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `msg` 'The request is unauthorized.' is the 401's phrase in other words ('Unauthorized request', the sixty-seventh holdout's row): the default on a 401 (rule 2.4). Rule 6: `status_code` '401' is the status in digits. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'foca/internal-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: `msg` 'An unexpected error occurred.' is a generic summary ('An unexpected problem has occurred.', 'An unexpected error has occurred.'): the default (rule 2.4). Rule 6: `status_code` '500' is the status in digits. Rules 3 and 5: no field, no id.",
  },
] satisfies Reading[];
