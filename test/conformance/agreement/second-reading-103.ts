import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 18 cases (every third case of the hundred-and-third holdout's parts IO–IU (no part IT),
// in file order, on 2026-12-07), for `npm run conformance -- --agreement`. The second reader was given a frozen copy
// of the written rules, `test/conformance/README.md` (`.tmp/blind103/rules.md`, its rule rows read as amending the
// rules above them, later rows winning), an excerpt of `types.ts` (`.tmp/blind103/types-excerpt.ts`: `DEFAULT` and the
// case type), the `Reading` interface (`.tmp/blind103/reading-interface.ts`) and one finished second reading (the
// hundred-and-second's, `.tmp/blind103/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs,
// `now`s and responses (`.tmp/blind103/cases.json`; none was thrown, none sends a `Date` header, and every `now` is
// 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to open the case files or
// anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to
// use search tools, nor to list folders. They opened only the files the brief names (the rules read whole, in pieces),
// checked by its full path that this file did not exist yet, and wrote it by its full path. They listed no folder.
// They marked 9 cases "hesitated" and named the other reading. Written once and not changed after.
export default [
  {
    id: 'bulksms/webhook-id-not-found-404',
    expect: {
      kind: 'not-found',
      message: "Webhook with id '1' does not exist",
      fields: [],
      logId: null,
      code: 'https://developer.bulksms.com/json/v1/errors/#not-found',
    },
    why: "Rule 1: 404: not-found. Rule 2.2: problem details' `detail` 'Webhook with id '1' does not exist' beats `title` 'Not Found' (the bare reason phrase, rule 2.1); it says what was not found, the webhook, in a person's words: kept. Rule 6: a problem `type` URI is the code when there is no other, and it is the vendor's own page, not about:blank nor the HTTP specification's section for the status (the sixty-seventh holdout's row). Rule 4: no wait. Rules 3 and 5: no field, no `instance`, no id. Hesitated on code (other reading: none, a type whose fragment `#not-found` only restates the status, a category).",
  },
  {
    id: 'apacta/contact-types-validation-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['contact_types', 'Contacts must have at least one contact type']],
      logId: null,
      code: null,
    },
    why: "Rule 1: a body that says it failed (`success: false`) holds its error in `data`; 422: validation. Rule 3: `data.errors` is a map of path to a list of messages: `contact_types`, 'Contacts must have at least one contact type'. Rule 2.1: `message` 'A validation error occurred' is a generic summary (as 'A validation exception occurred'); rule 2.4: only field messages: the default. Rule 6: `data.code` 422 is the status in digits, no code. Rule 5: `url` is the request's path (with its API key), no id; no header.",
  },
  {
    id: 'canada-holidays/holiday-id-must-be-lte-32-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: the leading reason phrase 'Bad Request: ' is dropped; 'request/params/holidayId must be <= 32' is an OpenAPI validator's path before its report (Ajv's, the eighty-eighth holdout's row: developer text, rule 2.3), and names only an input by its key (`holidayId`): the default (rule 2.4). Rule 3: a path printed in text is no structure: no field. Rule 6: `status` 400 is the status. Rule 5: `timestamp` is no id.",
  },
  {
    id: 'dataflow-kit/no-fields-to-scrape-400-text',
    expect: { kind: 'bad-request', message: 'No fields to scrape', fields: [], logId: null, code: null },
    why: "Rule 2.6: a plain text body on a 4xx: a sentence is the message. Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: 'No fields to scrape' says in plain words what was missing from the request (what to scrape), not a key written as code: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line naming only which input is missing, the scraper's `fields` parameter).",
  },
  {
    id: 'dataflow-kit/process-fetch-failed-500-text',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.6: plain text on a 5xx is for developers: the default (rule 2.4); 'Process fetch failed.' only says something failed, generic either way. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'docspring/invalid-api-token-secret-401',
    expect: { kind: 'unauthenticated', message: 'Invalid API token secret', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error` 'Invalid API token secret' is a line with spaces, not an OAuth code, and calls a credential invalid: a credential's name stays ('Invalid app_key is provided.', 'access_token is invalid'), which says that signing in failed; not the bare 401 phrase: kept. Rule 6: `error` holds a sentence, no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'docspring/source-pdfs-submission-not-found-422',
    expect: {
      kind: 'validation',
      message: 'Could not find Submission with ID',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation (a not-found code would not outrank it, and there is none). Rule 2.2: the lone form-level line in `errors` speaks; rule 2.1: 'source_pdfs: Could not find Submission with ID: MISSING_ID' is a field's name leading a sentence, which says which field and stays, and 'Could not find Submission with ID …' says what was not found (as ActiveRecord's 'Couldn't find Project with id=…' stays a sentence): kept. Rule 3: a list of strings has no path-like member, and no rule names this format's lines as field-led (class-validator's only): no field. Rule 6: `status` 'error' is a call's flag, no code. Rule 5: no id. Hesitated on fields (other reading: a field `source_pdfs`, the name leading the line, with that line its message and the response the default).",
  },
  {
    id: 'fun-translations/unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error.message` 'Unauthorized' is the 401's bare reason phrase (and a lone word): the default (rule 2.4). Rule 6: `error.code` 401 is the status in digits, no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'fulfillment-com/duplicate-order-409',
    expect: { kind: 'conflict', message: 'Duplicate Order', fields: [], logId: null, code: null },
    why: "Rule 1: 409: conflict. Rule 2.1: `message` 'Duplicate Order' is two words with a space, not a code nor a lone word nor the 409's phrase ('Conflict'); it says what was refused, the order sent twice: kept. Rule 3: `context` names no parameter (`param`, `parameter`, `field`, …); its `id` 123 is the existing record's id, a number: no field. Rule 5: a record's id in `context` is no support id. Rule 6: no code. Hesitated on message (other reading: the default, a category line in title case, as 'Authorization Error').",
  },
  {
    id: 'impala/guest-count-exceeds-occupancy-400',
    expect: {
      kind: 'bad-request',
      message: 'The requested guest count exceeds the maximum occupancy for one or more rooms',
      fields: [],
      logId: null,
      code: 'BAD_REQUEST',
    },
    why: "Rule 1: a 400 without field errors; `BAD_REQUEST` names no other kind: bad-request. Rule 2.1: `message` 'The requested guest count exceeds the maximum occupancy for one or more rooms' is a sentence in a person's words saying what was refused: kept. Rule 6: the explicit `code` 'BAD_REQUEST', the only one. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the status).",
  },
  {
    id: 'impala/booking-not-found-404',
    expect: { kind: 'not-found', message: 'Cannot find booking', fields: [], logId: null, code: 'NOT_FOUND' },
    why: "Rule 1: 404: not-found (`NOT_FOUND` says the same). Rule 2.1: `message` 'Cannot find booking' says what was not found, a sentence, not the bare reason phrase: kept. Rule 6: the explicit `code` 'NOT_FOUND', the only one. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the status).",
  },
  {
    id: 'iqualify/access-denied-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: 'AccessDeniedError' },
    why: "Rule 1: 403: forbidden (`AccessDeniedError`, read without its `Error` suffix, is `AccessDenied`, a permission code, and says the same). Rule 2.2: a string `details` speaks when nothing else does; rule 2.1: 'You are not allowed to access this resource' is the 403's meaning in other words, as 'Access to the requested resource is forbidden.' (the sixty-eighth holdout's row) and 'Access forbidden': the default (rule 2.4). Rule 6: `name` 'AccessDeniedError', the error's documented name and the only code-shaped member. Rules 3 and 5: no field (a `name` that names a class is no field), no id. Hesitated on message and code (other reading: the line kept, a sentence saying what was refused, as Laravel's 'This action is unauthorized.'; and no code, `name` an exception's class, a category).",
  },
  {
    id: 'orbit/activity-identity-or-member-required-422',
    expect: {
      kind: 'validation',
      message: 'Either identity or member name, email, GitHub, Twitter or Discourse is required',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 3: `errors` is a map of fields, and `base` is a form-level key: no path, a form-level message. Rule 2.2: a lone form-level sentence in the error's list speaks; rule 2.1: 'Either identity or member name, email, GitHub, Twitter or Discourse is required' names what is missing in plain words (a member's name, email, GitHub, …), not keys written as code: kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, inputs offered as alternatives by the API's names, as 'Either template_id or form_id should be added to query.').",
  },
  {
    id: 'orbit/activity-custom-title-blank-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['custom_title', "can't be blank"]],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 3: `errors` is a map of path to a list of messages: `custom_title`, 'can't be blank'. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'geodb-cities/param-invalid-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'PARAM_INVALID' },
    why: "Rule 1: the lone item's `code` 'PARAM_INVALID' says a parameter's value is invalid (as `PARAM_ERROR`, `InvalidParameterValue`, in either word order), a validation code, which outranks a 400: validation. Rule 6: that code, the lone item's and the only one. Rule 2.1: 'Param [someParam] has invalid value: invalidValue' names only an input by its key in brackets (as 'Parameter(name) is invalid!', 'Request parameter [from] is missing'): the default (rule 2.4). Rule 3: the item has a message but no path-like member, and a key printed in text is no structure: no field. Rule 5: no id.",
  },
  {
    id: 'mbus-httpd/hat-information-not-found-404-text',
    expect: { kind: 'not-found', message: 'Hat information not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.6: a plain text body on a 4xx: a sentence is the message; rule 2.1: 'Hat information not found' names what was not found (the HAT's information), not the bare reason phrase ('Resource not found' is a sentence): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'webscraping-ai/invalid-css-selector-400',
    expect: { kind: 'bad-request', message: 'Invalid CSS selector', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `message` 'Invalid CSS selector' names the invalid input in plain words, not a key written as code ('Invalid phone number' stays, 'Invalid jobId' does not): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line naming only which input is invalid, the API's `selector` parameter).",
  },
  {
    id: 'webscraping-ai/too-many-concurrent-requests-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `message` 'Some error' is a generic summary (Connexion's 'Some Error'): the default (rule 2.4). Rule 4: no `Retry-After`, no reset header, no hint in the body or text: no retry time. Rules 3, 5 and 6: no field, no id, no code.",
  },
] satisfies Reading[];
