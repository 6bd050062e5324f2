import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 24 cases (every third case of the fifty-seventh holdout’s six parts in file order, parts A
// to F, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind57/rules.md`, the rule row of 6 December 2026 included), an excerpt of
// `types.ts` (`DEFAULT` and the case type's first lines), the `Reading` interface and one finished second reading (the
// fifty-sixth's) as a model of the format, and the cases' ids, sources, URLs and responses (no case carried a
// `receivedAt`, none sent a `Date` header and none was thrown, so `now` is 2026-11-22T12:00:00Z; no response carried a
// `Retry-After`, a reset header, a body hint or a wait in its text, and none is a 429, so no case states a retry), no
// notes, no expectations. They were told not to open the case files or anything else under `test/conformance/`, the
// kit's source, its README or changelog, `test/core/`, the live rules file, the git history or the rest of `.tmp/`, nor
// to run the kit, the conformance script or any test, nor to use search tools; they wrote this file by its full path
// without listing its folder. They marked 19 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.

export default [
  {
    id: 'wikitree/illegal-wikitree-id-200',
    expect: {
      kind: 'unknown',
      message: 'Illegal WikiTree ID',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200 whose body carries no code and no error status: only text says what failed, and text never decides: unknown. Rule 3: a body that is a JSON array of error objects is read like an `errors` list; its lone item's `page_name` holds the value asked for (no path-like member names a field): no field. Rule 2: a `status` written as a sentence is a message, and 'Illegal WikiTree ID' names the profile id WikiTree's people use and see on every profile, a person's words, not the API's key (`key`/`page_name`). Rules 5 and 6: no id; the `status` holds words with spaces, no code token. Hesitated on message: it names only what is invalid (other reading: the default, as rule 2.1's line naming only which input is invalid).",
  },
  {
    id: 'upc-database/product-not-found-legacy-404',
    expect: {
      kind: 'not-found',
      message: 'Product not found.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2.1: 'Product not found.' is a sentence naming what was not found, not the bare reason phrase (as 'Resource not found' is kept). Rule 5: no id. Rule 6: `status` 404 restates the status and `error: true` only flags the failure: no code.",
  },
  {
    id: 'closient/validation-error-gtin-digits-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['gtin', 'GTIN must be 8, 12, 13, or 14 digits.']],
      logId: null,
      code: 'VALIDATION_ERROR',
    },
    why: "Rule 1: 422, and `VALIDATION_ERROR` agrees. Rule 3: `error.details` is a list of items with a `field` and a `message`: `gtin`, 'GTIN must be 8, 12, 13, or 14 digits.'. Rule 2.1: the envelope's 'Invalid input.' is a generic summary; rule 2.4: only a field message: the default. Rule 5: no id. Rule 6: `error.code` is the explicit code; it only says validation, but the lone item carries no code of its own to give way to. `status` 422 restates the status.",
  },
  {
    id: 'retail-digitals/insufficient-credits-402',
    expect: {
      kind: 'rate-limited',
      message: 'Need 2.6 credits; balance is 0.4',
      fields: [],
      logId: 'req_01H8Y3G7Z8mnpqrsw',
      code: 'insufficient_credits',
    },
    why: "Rule 1: `insufficient_credits` says the caller's credits are spent, and credits spent are a quota (CloudConvert's `CREDITS_EXCEEDED` on a 402, `NOT_CREDITS_AVALIABLES`, `insufficient_quota`), which decides on a 402 as on any status: rate-limited. Rule 4: no header, no body hint and no wait in the text: no retry. Rule 2: `message` is the occurrence's sentence (how many credits, what balance). Rule 5: the body's `request_id`. Rule 6: `error` holds the code (OAuth-style). Hesitated on kind: a balance too low for one request is not a wait (other reading: bad-request, a 402 whose code no row lists, as Serplify's `insufficient_balance` was read by one reader).",
  },
  {
    id: 'nutrientapi/ingredients-non-empty-array-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'validation_error' },
    why: "Rule 1: 422, and `validation_error` agrees. Rule 2.1 (the row of 6 December 2026): 'ingredients must be a non-empty array' names only which input is invalid, by the API's key, a lone word in small letters that starts the line as no person's sentence does ('url is required'): the kind's default. Rule 3: the error object names no field in a member of its own (`param`, `field`, …), and no format known to lead its messages with the path is named (class-validator's is NestJS's): no field. Rule 5: no id. Rule 6: `error.code` is the explicit code. Hesitated on message (other reading: the line kept, as it says what is wrong with the value); and on fields (other reading: `ingredients`, read from the line's first word as class-validator's are).",
  },
  {
    id: 'macrofy/invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'API key is missing or invalid.',
      fields: [],
      logId: 'req_abc123',
      code: 'invalid_api_key',
    },
    why: "Rule 1: 401, and `invalid_api_key` is a credential code. Rule 2.1: a credential's name stays ('Invalid app_key is provided.', 'access_token is invalid'): 'API key is missing or invalid.' says that signing in failed and why. Rule 3: `details` is an empty object: nothing. Rule 5: the error's `requestId`. Rule 6: `error.code`. Hesitated on message: 'missing or invalid' is also the wording of generic lines ('One or more parameters were missing or invalid.'), and a short credential line was read as the default by one earlier reader (other reading: the default).",
  },
  {
    id: 'mapit/nearest-unknown-srid-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code that names a kind: a bad request. Rule 2.3: 'GetProj4StringSPI: Cannot find SRID (84) in spatial_ref_sys' is PostGIS's report, a database function's name before a lookup in its `spatial_ref_sys` table: database text, for developers: the default. Rule 5: no id. Rule 6: `code` 400 only restates the status: no code. Hesitated on message (other reading: 'Cannot find SRID (84)', the function's name dropped as a label before the sentence).",
  },
  {
    id: 'camara-deputados/proposicoes-400-formato-esperado-code-4',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '4' },
    why: "Rule 1: a 400 without field errors; `code` 4 is a vendor number that names no kind: a bad request (text never decides, so 'não está no formato esperado' makes no validation). Rule 2.1: the `title` 'Requisição inválida' ('Invalid request') is a generic summary, and the `detail` 'Um valor passado a um parâmetro não está no formato esperado' ('A value passed to a parameter is not in the expected format') names no input ('Required parameter is missing.', 'The value provided for parameter … was not valid.', 'Invalid parameter value detected'), followed by a line that only sends the reader to the documentation: the default. Rule 5: `instance` is the request's query string, not a token: no support id. Rule 6: the explicit `code` member, as a string. Hesitated on message (other reading: the `detail`'s first sentence, RFC 9457's occurrence text in the users' language); and on code (other reading: no code, as a bare small number).",
  },
  {
    id: 'represent-boundaries/spatial-list-too-many-403-text',
    expect: {
      kind: 'forbidden',
      message: 'Spatial-list queries cannot return more than 0 resources',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 without `Retry-After` or a rate-limit header: forbidden. Rule 2.5: markup is a tag, a comment or a doctype, and this body has none though it is labelled `text/html`: it is no HTML error page. Rule 2.6: a sentence as text on a 4xx is the message. Rules 5 and 6: no id header, no code. Hesitated on message (other reading: the default, as a body sent as HTML); and on kind (other reading: bad-request, as the query's size, not the caller, is refused; the status decides).",
  },
  {
    id: 'represent-boundaries/contains-invalid-latlng-400-text',
    expect: {
      kind: 'bad-request',
      message: "Invalid latitude,longitude '' provided.",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (text never decides). Rule 2.6: plain text on a 4xx is a sentence. Rule 2.1: it names what is invalid in a person's words (latitude and longitude, as 'Invalid phone number'), not by the API's key (`contains`), quoting the empty value given. Rules 5 and 6: no id, no code. Hesitated on message: `latitude,longitude` without a space reads like the parameter's format written as code, and the line names only what is invalid (other reading: the default).",
  },
  {
    id: 'dott-maas/missing-authorization-header-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Missing authorization header.',
      fields: [],
      logId: null,
      code: 'ERR_MISSING_AUTHORIZATION_HEADER',
    },
    why: "Rule 1: 401 (and google.rpc's 16 is UNAUTHENTICATED). Rule 2.1: 'Missing authorization header.' names what the request lacked to sign in, a credential's name, which stays ('access_token is invalid'). Rule 5: no id in the body or its `details`. Rule 6: a google.rpc status sent unwrapped gives its `ErrorInfo.reason` as the code, over the numeric `code` 16. Hesitated on message: an HTTP header is what a developer sets, and the line names only what is missing (other reading: the default); and on code (other reading: 'MISSING_AUTHORIZATION_HEADER', read without its `ERR_` prefix).",
  },
  {
    id: 'invers/invalid-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'The credentials are invalid.',
      fields: [],
      logId: null,
      code: '/problems/invalid-credentials',
    },
    why: "Rule 1: 401. Rule 2.2: RFC 9457 `detail` beats `title`, but this `detail` is only an ellipsis, no sentence; the `title` 'The credentials are invalid.' is a sentence saying what failed, a credential line, kept. Rule 5: no `instance`, and `flow_id` is no name rule 5 lists nor one of its shapes (`…request-id`, `…correlation-id`, `…transaction-id`): no support id. Rule 6: a problem `type` URI is the code when there is no other, as sent. Hesitated on message (other reading: the default, as 'Authentication failed' in other words on a 401); on code (other reading: 'invalid-credentials', the type's last segment); and on logId (other reading: the `flow_id` UUID, Zalando's name for a correlation id).",
  },
  {
    id: 'invers/validation-error-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: '/problems/validation-error',
    },
    why: "Rule 1: a problem type URI is read by its last segment, and `validation-error` is a validation code, which outranks a 400: validation. Rule 2.1: the `title` 'Validation Error' is a generic summary, and the `detail` is only an ellipsis: the default. Rule 3: no field is named. Rule 5: no `instance`; `flow_id` is no listed id. Rule 6: the problem `type` URI is the code when there is no other. Hesitated on logId (other reading: the `flow_id` UUID); and on code (other reading: 'validation-error').",
  },
  {
    id: 'share-now/customer-internal-server-error-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'customer_internal_server_error',
    },
    why: "Rule 1: 500. Rule 2.1: 'Internal server error' is the bare reason phrase: the default. Rule 5: no id. Rule 6: `code` is the explicit code, and its `customer_` names the service that failed, more than the status. Hesitated on code (other reading: no code, as one that only restates the status).",
  },
  {
    id: 'empatica/login-invalid-credentials-3010-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid username or password',
      fields: [],
      logId: null,
      code: '3010',
    },
    why: "Rule 1: 401. Rule 2: `payload` holds the error (the thirty-seventh holdout's row): 'Invalid username or password' is a sign-in refused in a person's words; `statusText` 'Unauthorized' is the 401's reason phrase and `status: 'error'` only flags the failure. Rule 5: no id. Rule 6: `errorCode` 3010 is the vendor's documented code, a string in the model.",
  },
  {
    id: 'empatica/method-not-allowed-empty-json-405',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 405 is a bad request. Rule 2.4: an empty body (labelled JSON) holds no sentence: the default. Rules 5 and 6: no id header, no code.',
  },
  {
    id: 'junction/link-provider-credential-error-200',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid username or password',
      fields: [],
      logId: null,
      code: 'provider_credential_error',
    },
    why: "Rule 1: a code outranks a 2xx; `state: 'error'` only flags the failure, and `error_type` is the body's only code, `provider_credential_error`: a credential code (a failed sign-in, as `AUTHENTICATION_ERROR` and `auth_failed`): unauthenticated. Rule 2: `error` holds the sentence, a sign-in refused in a person's words. Rule 5: no id. Rule 6: the code-shaped `error_type`, with no other code beside it. Hesitated on kind: the credentials refused are the person's account at a provider the link connects, not the app's session, as a 407's proxy is no sign-in to the app (other reading: unknown, as a 200 whose category names no row, or bad-request).",
  },
  {
    id: 'hanks/ring-bound-to-another-account-400',
    expect: {
      kind: 'bad-request',
      message: 'ring is binding for another fetnet account',
      fields: [],
      logId: null,
      code: '000022',
    },
    why: "Rule 1: a 400 without field errors; `err_code` 000022 is a vendor number naming no kind: a bad request (text never decides, so 'binding for another … account' makes no conflict). Rule 2: `err_message` is a message by its shape, and says what stops the request (the wristband is bound to another account), in a person's words. Rule 5: no id. Rule 6: `err_code` is a code by its shape, as a string. Hesitated on kind (other reading: conflict, a device already bound, as a duplicate); and on message: it starts with a small letter (other reading: the default).",
  },
  {
    id: 'hanks/uid-logged-out-401',
    expect: {
      kind: 'unauthenticated',
      message: 'UID had been logout',
      fields: [],
      logId: null,
      code: '000050',
    },
    why: "Rule 1: 401. Rule 2: `err_message` says the session ended (the user was logged out), more than the 401's phrase, and names no input as missing or invalid. Rule 5: no id. Rule 6: `err_code` 000050, a string. Hesitated on message: 'UID' is the API's name for the user's id (other reading: the default, as a line for whoever wrote the client).",
  },
  {
    id: 'sensor-community/sensor-could-not-be-selected-400',
    expect: {
      kind: 'bad-request',
      message: 'sensor could not be selected.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code; a lone message is not a list of several: a bad request. Rule 2.2: a body that is an array of one string is a lone form-level sentence: the message, saying what could not be done with the sensor asked for. Rules 5 and 6: no id, no code. Hesitated on message: it only says what failed, and 'selected' may be a database's SELECT (other reading: the default, as a line that only says something failed).",
  },
  {
    id: 'frost-server/create-observations-no-such-entity-201',
    expect: {
      kind: 'unknown',
      message: "No such entity 'FeatureOfInterest' with id [6]",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 201 with no code and no error status in the body: only text says what failed, and text never decides (lines about no field on a 2xx say what failed, OCR.space's): unknown. Rule 2.6: a sentence on a 2xx is the message; the leading 'error ' is a status label, as '[ERROR 400] ' is, and says no more; 'No such entity … with id [6]' says which record was not found, as ActiveRecord's \"Couldn't find Project with id=…\" stays. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: not-found, from the words); and on message: an entity type's name and an id in brackets read as a program's report (other reading: the default).",
  },
  {
    id: '52n-sos/soap-fault-result-type-not-supported-400-xml',
    expect: {
      kind: 'validation',
      message: 'The requested result type is not supported by this service',
      fields: [],
      logId: null,
      code: 'InvalidParameterValue',
    },
    why: "Rule 1: `InvalidParameterValue` (the SOAP `Subcode`, read without its namespace prefix, and OGC's `exceptionCode`) is a validation code, which outranks a 400: validation. Rule 3: XML is read as JSON would send it; the `Reason` text 'The request contained an invalid parameter value.' is a generic summary, and OGC's `ExceptionText` in the `Detail` is the occurrence's sentence (rule 2.2). Rule 3: OGC's `locator` is no path member the rules name: no field. Rule 5: no id. Rule 6: the exception's `exceptionCode`, the item-level code, over the fault's `soap:Sender` category. Hesitated on fields (other reading: `observation`, OGC's `locator` as the parameter the exception names, and then the message the default).",
  },
  {
    id: 'hydroserver/datastream-does-not-exist-404',
    expect: {
      kind: 'not-found',
      message: 'Datastream does not exist',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2: `detail` is a sentence naming what was not found (a datastream, the thing HydroServer's people manage), more than the bare reason phrase. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'cwms-data-api/failed-to-process-request-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: '1416418667159794292',
      code: null,
    },
    why: "Rule 1: 500. Rule 2.1: 'failed to process request' only says something failed ('Request failed', 'Failed to handle request'): generic, the default. Rule 3: `details` is an empty object. Rule 5: `incidentIdentifier` is `incidentId` spelled out, a support id found by its shape. Rule 6: no code. Hesitated on logId (other reading: none, as no listed name).",
  },
] satisfies Reading[];
