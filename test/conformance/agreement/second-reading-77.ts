import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 24 cases (every third case of the seventy-seventh holdout's four parts, CQ, CR, CS and CT,
// in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen
// copy of `test/conformance/README.md` (`.tmp/blind77/rules.md`, the rule rows up to the seventy-fourth holdout's
// included), an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second
// reading (the seventy-sixth's) as a model of the format, and the cases' ids, sources, URLs and responses (none was
// thrown; only Azure IoT DPS's case sends a `Date` header, which gives its `now`, and every other case counts from
// 2026-11-22T12:00:00Z; no case gives a wait by this reading), no notes, no expectations. They were told not to open
// the case files or anything else under `test/conformance/`, the kit's source, its README or changelog, the git history
// or the rest of `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search tools, nor to list
// folders. They opened only the files the brief names, by their full paths, and wrote this file by its full path; at
// the start they listed the brief's own folder once (`.tmp/blind77/`, names and sizes: it also holds a `prepare.mjs`,
// which they did not open), and checked by its full path that this file did not exist yet. They marked 15 cases
// "hesitated" and named the other reading. Written once and not changed after the comparison.
export default [
  {
    id: 'lyft/cancel-confirmation-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['cancel_confirmation', 'a valid cancel_confirmation_token is required to cancel a ride']],
      logId: null,
      code: 'cancel_confirmation_required',
    },
    why: "Rule 3: `error_detail` is a member that holds errors (as `error_details` does), and its item is a map of path to text: the field `cancel_confirmation`, 'a valid cancel_confirmation_token is required to cancel a ride' (an error object's own field member gives its field the line). Rule 1: a 400 that carries a field error, and `cancel_confirmation_required` is an input named before 'required' (`proof_jwt_is_required`), a missing input's code: validation. Rule 2.4: `error` is a code, and only a field message is left: the default. Rule 5: `token` is the cancel confirmation token the caller must send back, no support id. Rule 6: OAuth-style `error`: 'cancel_confirmation_required'. Hesitated on fields (other reading: none, the key naming a token the server issues rather than a form's input, the item form-level) and on kind (other reading: bad-request, a fee to confirm being no input's fault).",
  },
  {
    id: 'mds-agency/unregistered-device-event-400',
    expect: {
      kind: 'bad-request',
      message: 'The specified device_id has not been registered',
      fields: [],
      logId: null,
      code: 'unregistered',
    },
    why: "Rule 1: a 400 without fields; `unregistered` is a code no row sorts (not `not_found`, no 'no … found'), and text never decides: a bad request. Rule 2.2: OAuth-style `error_description` beats `error`; 'The specified device_id has not been registered' names the input by its key but says what is wrong with its value this time (the device is not registered), more than which input is invalid, as 'Couldn't find Project with id=…' stays: kept. Rule 5: no id. Rule 6: `error`, OAuth's member: 'unregistered'. Hesitated on message (other reading: the default, a line naming the input by its key written as code) and on kind (other reading: not-found, a device never registered being one not found).",
  },
  {
    id: 'mds-agency/missing-device-id-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'missing_param' },
    why: "Rule 1: `missing_param` is `parameter_missing` in the other word order, a missing input's code (the twenty-eighth holdout's row), which outranks a 400: validation. Rule 3: no field member; the input is named only in text: no field. Rule 2.1 and the rule row of 6 December 2026: 'missing device_id' names only which input is missing, by its key written as code: the default (rule 2.4). Rule 5: no id. Rule 6: `error`: 'missing_param'.",
  },
  {
    id: 'mds-agency/vehicle-not-found-empty-object-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404: not-found. Rule 2.4: an empty object says nothing: the default. Rules 5 and 6: no header, no id, no code.',
  },
  {
    id: 'opensourcebikeshare/number-and-password-required-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields and without a code; text never decides: a bad request. Rule 2.1 and the rule row of 6 December 2026: 'number and password are required' starts with a lone word in small letters and names only which inputs are missing, as 'url is required' does: the default (rule 2.4). Rule 3: no field member. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the line kept, 'number' and 'password' being a person's words for the sign-in form, a credential's name).",
  },
  {
    id: 'opensourcebikeshare/invalid-refresh-token-401',
    expect: { kind: 'unauthenticated', message: 'Invalid refresh token', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `detail` 'Invalid refresh token' names the credential and says signing in failed; a credential's name stays ('access_token is invalid'): kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'eclipse-hawkbit/ddi-tenant-not-exists-400',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'hawkbit.server.error.repo.tenantNotExists',
    },
    why: "Rule 1: `errorCode` read without the API's name before it is `tenantNotExists`, a code that says the tenant does not exist, a not-found code (as `NoSuchKey` and 'no … found' are), which outranks a 400: not-found. Rule 2.3: `message` names a qualified class (`org.eclipse.hawkbit.repository.jpa.model.JpaTarget`; a namespaced class name anywhere, the seventy-second holdout's row) and ends in a value printed as `null`: developer text, the default (rule 2.4). Rule 5: no id. Rule 6: an explicit code member over the exception's class (`exceptionClass`, developer text by rule 7): 'hawkbit.server.error.repo.tenantNotExists'. Hesitated on kind (other reading: bad-request, a code no row lists) and on message (other reading: 'Tenant DEFAULT does not exists', the clause before the comma kept and the developer's part after it dropped).",
  },
  {
    id: 'google-nest-sdm/api-not-enabled-service-disabled-403',
    expect: {
      kind: 'forbidden',
      message: 'Smart Device Management API has not been used in project',
      fields: [],
      logId: null,
      code: 'SERVICE_DISABLED',
    },
    why: "Rule 1: 403: forbidden; `PERMISSION_DENIED` says the same, and `SERVICE_DISABLED` is no outage's code on a 4xx (an outage's code names one on a 5xx only). Rule 2.1: `message` 'Smart Device Management API has not been used in project project_id before or it is disabled. …' says what was refused and why; its URL is text, no markup (rule 2.5): kept. Rule 4: 'wait a few minutes' gives no figure: no retry. Rule 5: no id. Rule 6: a google.rpc `ErrorInfo.reason` over the status's name: 'SERVICE_DISABLED'. Hesitated on message (other reading: the default, text for whoever configures the project, as 'If you operate this server, …' is).",
  },
  {
    id: 'xively/xml-invalid-format-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields and without a code: a bad request. Rules 2.6 and 2.3: text on a 4xx is a sentence, but 'invalid format, element start and end names do not match at 6:17' is an XML parser's report with its line and column (a parser's position, 'close to position N'), after 'invalid format', a generic summary: developer text, the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on message (other reading: the line kept, a sentence sent as text on a 4xx).",
  },
  {
    id: 'helium-console/invalid-api-key-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'invalid_api_key' },
    why: "Rule 1: 401: unauthenticated, and `invalid_api_key` is a credential code besides. Rule 2.1: `message` 'invalid_api_key' is a code by its shape (one token with `_`), no sentence: the default (rule 2.4). Rule 5: no id. Rule 6: a code alone in a message's member (IQAir's JSend `message`): 'invalid_api_key'.",
  },
  {
    id: 'azure-iot-dps/devkit-register-invalid-certificate-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid certificate',
      fields: [],
      logId: 'f40da7ba-8c91-4796-8fc3-89e1dfbdbe05',
      code: '401002',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Invalid certificate' names the device's credential (its X.509 certificate) and says signing in failed, as 'Invalid token' does: kept. Rule 4: the `date` header gives `now`; no wait. Rule 5: the body's own `trackingId` (a support id by its shape, the sixty-fifth holdout's row) wins over `x-ms-request-id`, which holds the same value: 'f40da7ba-8c91-4796-8fc3-89e1dfbdbe05'. Rule 6: `errorCode` 401002, a vendor's number: '401002'. Hesitated on message (other reading: the default, two words that only say what is invalid) and on code (other reading: none, a code that carries the status's number).",
  },
  {
    id: 'eclipse-hono/sandbox-device-registration-403-empty',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 403: forbidden. Rule 2.4: no body: the default. Rules 5 and 6: no id header, no code.',
  },
  {
    id: 'just-eat-takeaway/ready-for-collection-not-collection-order-400',
    expect: {
      kind: 'bad-request',
      message: 'Order cannot be marked as ready for collection',
      fields: [],
      logId: 'aa5d282c-498e-47dd-acca-d4bb811a8f9d',
      code: null,
    },
    why: "Rule 1: a 400 without fields and without a code (a lone message is not a list); text never decides: a bad request. Rule 2.2: a lone form-level sentence in the error's list, 'Order cannot be marked as ready for collection because it is not a collection order': kept. Rule 5: `faultId`, a UUID, is the fault's own id, `errorId` in another word (members are found by their shape): 'aa5d282c-498e-47dd-acca-d4bb811a8f9d'. Rule 6: no code. Hesitated on logId (other reading: none, `faultId` being no name rule 5 lists) and on kind (other reading: conflict, an order in the wrong state, though only text says so).",
  },
  {
    id: 'just-eat-takeaway/food-safety-restaurant-id-validation-errors-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['restaurantId', "The value 'R19f61' is not valid for restaurantId"]],
      logId: 'H3TKh4QSJUSwVBCBqEtkKw==',
      code: 'BadRequest',
    },
    why: "Rule 3: the lone item's `validationErrors` is a list of items with a message (`errorMessage`) and a path (`field`), read inside an item that names none: the field `restaurantId`, 'The value 'R19f61' is not valid for restaurantId.'. Rule 1: a 400 that carries a field error: validation. Rule 2.1: the item's `description` 'The supplied restaurantId does not meet one or more validation requirements (e.g encryption failed).' only says an input failed validation ('Some data points in the request failed validation'), naming it by its key: the default (rule 2.4). Rule 5: the body's own `traceId`, a name rule 5 lists, over `faultId`. Rule 6: the lone item's `errorCode`, the only code, standing alone: 'BadRequest'. Hesitated on logId (other reading: `faultId`, the fault's own id), on code (other reading: none, the 400's reason phrase in PascalCase) and on message (other reading: the description kept, as it says what the value failed).",
  },
  {
    id: 'just-eat-takeaway/restaurants-bypostcode-null-reference-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: ASP.NET Web API's `Message` 'An error has occurred.' is generic ('An error occurred …'); rule 2.3: `ExceptionMessage` is a null dereference ('Object reference not set to an instance of an object'), `ExceptionType` a qualified type name and `StackTrace` frames: developer text, the default (rule 2.4). Rule 5: no id. Rule 6: an exception's type is developer text (rule 7), no code. Hesitated on code (other reading: 'System.NullReferenceException', the exception's type as the code).",
  },
  {
    id: 'just-eat-takeaway/ordertimes-deprecated-menus-403',
    expect: {
      kind: 'forbidden',
      message: 'The restaurant still uses deprecated approach of Lunch and Night menus',
      fields: [],
      logId: 'H3TKh4QSJUSwVBCBqEtkKw==',
      code: 'Forbidden',
    },
    why: "Rule 1: 403: forbidden; the item's `Forbidden` says the same. Rule 2.2: a lone form-level sentence in the error's list, 'The restaurant still uses deprecated approach of Lunch and Night menus', says why it was refused: kept. Rule 5: the body's own `traceId`, a name rule 5 lists, over `faultId`. Rule 6: the lone item's `errorCode`, the only code, standing alone: 'Forbidden'. Hesitated on code (other reading: none, the 403's reason phrase restated) and on logId (other reading: `faultId`).",
  },
  {
    id: 'just-eat-takeaway/catalogue-invalid-limit-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: 'e21a9947-4352-449f-a4dc-5e69d57b0c5f',
      code: null,
    },
    why: "Rule 1: a 400 without fields and without a code; text never decides: a bad request. Rule 2.1: the lone item's 'Invalid value 0 for parameter limit.' is the forty-third holdout's 'Invalid value for Parameter `limit`.' and the thirtieth's 'Invalid value \"…\" for parameter …': it names only which parameter is invalid, the default (rule 2.4). Rule 5: `faultId`, a UUID, is the fault's own id (`errorId` in another word): 'e21a9947-4352-449f-a4dc-5e69d57b0c5f'. Rule 6: no code. Hesitated on logId (other reading: none, `faultId` being no name rule 5 lists).",
  },
  {
    id: 'kroger/products-invalid-parameters-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'API-4101-400' },
    why: "Rule 1: a 400 without fields; `API-4101-400` is a vendor's code no row sorts: a bad request. Rule 2.1: `reason` 'Invalid parameters' is a generic summary ('Invalid input parameters', 'Incorrect request parameters'): the default (rule 2.4). Rule 5: `timestamp` is a time, no id. Rule 6: `code`: 'API-4101-400'.",
  },
  {
    id: 'kroger/products-missing-required-scopes-403',
    expect: {
      kind: 'forbidden',
      message: 'missing required scopes',
      fields: [],
      logId: null,
      code: 'Forbidden',
    },
    why: "Rule 1: 403: forbidden; missing scopes are `insufficient_scope` in words, a permission refused. Rule 3: `errors` holds one error object (`reason`, `code`, `timestamp`: envelope members and a number, no map of fields). Rule 2.1: `reason` 'missing required scopes' says why the call was refused (the token lacks scopes); it names no input by its key, so the row of 6 December 2026 does not reach it: kept. Rule 5: `timestamp` is no id. Rule 6: `code`, the only code, standing alone: 'Forbidden'. Hesitated on message (other reading: the default, a short line in small letters) and on code (other reading: none, the 403's reason phrase restated).",
  },
  {
    id: 'fire/validation-error-channel-id-required-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'validation_error' },
    why: "Rule 1: `validation_error` is a validation code: validation. Rule 3: the error object names no field member; the input is named only in text: no field. Rule 2.1 and the rule row of 6 December 2026: 'channel_id is required' names only which input is missing, by its key written as code: the default (rule 2.4). Rule 5: no id. Rule 6: `code`, the only code: 'validation_error'.",
  },
  {
    id: 'mipos/webhook-unauthorized-string-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: the body is text quoted whole, encoded twice (the thirty-fourth holdout's row): 'Unauthorized.', the 401's bare reason phrase: the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'bakalari/invalid-grant-token-invalid-400',
    expect: {
      kind: 'unauthenticated',
      message: 'The specified token is invalid',
      fields: [],
      logId: null,
      code: 'invalid_grant',
    },
    why: "Rule 1: OAuth's `invalid_grant` is a credential code, which outranks a 400: unauthenticated. Rule 2.2: `error_description` beats `error`; 'The specified token is invalid.' names the credential and says signing in failed ('access_token is invalid' stays): kept. Rule 5: no id. Rule 6: OAuth's `error`: 'invalid_grant'.",
  },
  {
    id: 'bakalari/invalid-client-client-id-missing-400',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'invalid_client' },
    why: "Rule 1: OAuth's `invalid_client` is a credential code, which outranks a 400: unauthenticated. Rule 2.1 and the rule row of 6 December 2026: 'The mandatory 'client_id' parameter is missing.' names only which parameter is missing, quoted and called a parameter ('Missing 'name' parameter'): the default (rule 2.4). Rule 3: no field member. Rule 5: no id. Rule 6: OAuth's `error`: 'invalid_client'. Hesitated on message (other reading: the line kept, `client_id` being a credential's name, which stays).",
  },
  {
    id: 'studentvue/fees-module-disabled-code-400-200',
    expect: {
      kind: 'bad-request',
      message: 'School District has not enabled access for the Fees Module',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: beside a 200, `error.code` '400', an error status in digits, is the status the body means: a 400 without fields and without another code; text never decides: a bad request. Rule 2.1: `message` '2100 - School District has not enabled access for the Fees Module.': the vendor's error number leading it is dropped (Entra ID's), and the rest says what is not allowed: kept. Rule 5: no id. Rule 6: `code` in digits is the status, no code; `stackTrace` is null. Hesitated on code (other reading: '2100', the vendor's number before the sentence) and on kind (other reading: forbidden, a module the district has not enabled, though only text says so).",
  },
] satisfies Reading[];
