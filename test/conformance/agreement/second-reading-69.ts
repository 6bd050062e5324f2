import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 28 cases (every third case of the sixty-ninth holdout's five parts, BF to BJ, in file
// order, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind69/rules.md`, the rule rows up to the sixty-eighth holdout's included), an
// excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second reading (the
// sixty-eighth's) as a model of the format, and the cases' ids, sources, URLs and responses (no case carried a
// `receivedAt` and none was thrown; Amber Electric's, Hubject's and Smile ID's cases send a `Date` header, which gives
// their `now`, and every other case counts from 2026-11-22T12:00:00Z; one case gives a wait by this reading, DCSA's
// "Please try again in 1 hour"), no notes, no expectations. They were told not to open the case files or anything else
// under `test/conformance/`, the kit's source, its README or changelog, the live rules file, the git history or the
// rest of `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search tools, nor to list
// folders. They opened only the files the brief names, by their full paths, and wrote this file by its full path
// without listing its folder. They marked 18 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.

// The lead removed one reading after the comparison, with its case: amber-electric/too-many-requests-429-headers, the
// same capture that cases/gateways-cdn.ts already scores (this reader read it as its collector had: rate-limited, the
// default, the request id and `TooManyRequestsException`). 27 readings remain.
export default [
  {
    id: 'datadis/internal-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'INTERNAL_SERVER_ERROR' },
    why: "Rule 1: 500: server; the code agrees. Rule 2.1: `message` '500 Internal Server Error' is the status's number and its bare reason phrase: the default (rule 2.4). Rule 5: no id (`timestamp` is a date). Rule 6: `error` holds one token in capitals, the only code: 'INTERNAL_SERVER_ERROR'; rule 6 makes a code that restates the status a category only beside a lone item's code, and there is none. Hesitated on code (other reading: none, a code that only restates the 500).",
  },
  {
    id: 'datadis/no-authorized-supplies-403-text',
    expect: { kind: 'forbidden', message: 'No authorized supplies', fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.6: plain text on a 4xx is the message when it is a sentence; 'No authorized supplies' says the person has no supply points they may read, in words with spaces, no reason phrase and no input's key: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'opower/no-active-accounts-403',
    expect: { kind: 'forbidden', message: 'There are no active accounts', fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden; `error` 'no active accounts' is no code any row sorts. Rule 2.2: OAuth's `error_description` beats `error`; 'There are no active accounts' is a sentence for the person: kept. Rule 5: no id. Rule 6: `error` holds three words with spaces in small letters, not one token (rule 2.1's shape of a code): no code. Hesitated on code (other reading: 'no active accounts', OAuth's `error` read as the code whatever its shape).",
  },
  {
    id: 'opower/upstream-error-rated-costs-500',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: 'UPSTREAM_ERROR' },
    why: "Rule 1: a 500, and `serviceErrorCode` `UPSTREAM_ERROR` is an outage's code, which rule 1 says names one on a 5xx (its own example: 'an `UPSTREAM_ERROR` on a 403' is no outage only because the status is a 4xx): unavailable. Rule 2.3: the string `details` 'Could not get rated costs and usages for utility account UUID: <REDACTED>' reports a failed call to the service behind it (what its data source did not answer), developer text beside the upstream code: the default (rule 2.4). Rule 5: the account's UUID is redacted and names a record, not the occurrence: no id. Rule 6: `serviceErrorCode` (a code by its shape): 'UPSTREAM_ERROR'. Hesitated on kind (other reading: server, the 500 deciding, as the unavailable row lists no upstream code) and on message (other reading: the line kept, saying what could not be fetched).",
  },
  {
    id: 'green-grid-compass/url-not-subscribed-403',
    expect: {
      kind: 'forbidden',
      message: "Request url doesn't match any subscribed service",
      fields: [],
      logId: '0HNMG6HB0P857:0000000C',
      code: null,
    },
    why: "Rule 1: 403: forbidden. Rule 3: `messages` is a list of one item with `text` and no path member: form-level. Rule 2.2: the lone form-level sentence speaks; 'Request url doesn't match any subscribed service.' says what was refused (the caller's subscription does not cover it): kept. Rule 5: `activityId`, an activity's id by its shape: the support id. Rule 6: the item's `code` is null: no code.",
  },
  {
    id: 'marketcheck/mds-something-went-wrong-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: 'Something went wrong. Please try again' is a generic summary and a plea to try again after a summary like it: the default (rule 2.4). Rule 4: no wait. Rule 5: no id. Rule 6: `code` 500 is the status in digits: no code.",
  },
  {
    id: 'open-ev-data/vehicle-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Vehicle not found',
      fields: [],
      logId: null,
      code: 'https://github.com/open-ev-data/open-ev-data-api/blob/main/docs/API_ERRORS.md#errorsnot-found',
    },
    why: "Rule 1: 404: not-found. Rule 2.2: RFC 9457 `detail` beats `title` 'Resource Not Found' (a reason phrase with a word before it); 'Vehicle not found: invalid/model/2024' says what was not found, and what follows the colon is the vehicle asked for: kept. Rule 5: `instance` is a path, not a token: no id. Rule 6: no explicit code member; the problem `type` URI (the vendor's docs, not the HTTP specification's section) is the code. Hesitated on code (other reading: none, a type whose anchor only restates the 404).",
  },
  {
    id: 'open-ev-data/database-connection-unavailable-503',
    expect: {
      kind: 'unavailable',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'https://github.com/open-ev-data/open-ev-data-api/blob/main/docs/API_ERRORS.md#errorsservice-unavailable',
    },
    why: "Rule 1: 503: unavailable. Rule 2.3: `detail` 'Database connection unavailable' is infrastructure behind the service (a database): developer text; `title` 'Service Unavailable' is the bare reason phrase: the default (rule 2.4). Rule 5: `instance` is a path: no id. Rule 6: no explicit code member; the problem `type` URI is the code. Hesitated on code (other reading: none, a type whose anchor only restates the 503).",
  },
  {
    id: 'bmw-cardata/token-refresh-invalid-request-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'invalid_request' },
    why: "Rule 1: OAuth `invalid_request` on a 400: a bad request. Rule 2.2: `error_description` beats `error`, but its text is RFC 6749's own definition of `invalid_request` word for word ('The request is missing a required parameter, includes an unsupported parameter value …'), a stock text that says no more than the code, as the HTTP specification's definition of a status says no more than the status (the sixty-eighth holdout's row): the default (rule 2.4). Rule 5: no id. Rule 6: OAuth's `error`: 'invalid_request'. Hesitated on message (other reading: the description kept, as the corpus keeps Doorkeeper's siblings of this stock line).",
  },
  {
    id: 'hubject-oicp/charging-notification-001-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: '001' },
    why: "Rule 1: 500: server. Rule 3: `StatusCode` (PascalCase, the one object of the body) is the error object. Rule 2.1 and 2.3: `Description` 'Unexpected error checking partners: null' is a generic 'Unexpected error' with Java's `null` printed as its cause: generic and developer text, the default (rule 2.4). Rule 4: the `Date` header gives `now`; no wait. Rule 5: no body id; `Process-ID` is not named like a request id by rule 5's shapes (`…request-id`, `…transaction-id`, `…correlation-id`): no id. Rule 6: the `Code` element, a number that is no HTTP status, kept as sent: '001'. Hesitated on logId (other reading: '90163b8e-3301-4538-a7d9-82d7734879b4', OICP's per-request process id in `Process-ID`).",
  },
  {
    id: 'forage/cannot-parse-request-body-400',
    expect: {
      kind: 'bad-request',
      message: 'EBT Cards must be 16-19 digits long',
      fields: [],
      logId: null,
      code: 'cannot_parse_request_body',
    },
    why: "Rule 1: the lone item's code `cannot_parse_request_body` says the request's body could not be read, a code about the body as a whole: a bad request; that the sentence states a length rule is text, which never decides. Rule 3: the item's `source` holds `resource` and an empty `ref`, no pointer or parameter: form-level; the top `path` is the URL's path. Rule 2.2: the lone form-level sentence 'EBT Cards must be 16-19 digits long!' is the person's words: kept. Rule 5: no id. Rule 6: the lone item's code: 'cannot_parse_request_body'.",
  },
  {
    id: 'forage/payment-not-found-404',
    expect: { kind: 'not-found', message: 'Cannot find payment', fields: [], logId: null, code: 'not_found' },
    why: "Rule 1: 404: not-found, and the code agrees. Rule 3: `source` names a resource, no field: form-level. Rule 2.2: the lone form-level sentence 'Cannot find payment.' says what was not found: kept. Rule 5: no id. Rule 6: the lone item's `code`, the only code: 'not_found'. Hesitated on code (other reading: none, a code that only restates the 404).",
  },
  {
    id: 'hyperwallet/invalid-routing-number-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['branchId', 'Please modify Routing Number to a valid ACH Routing Number']],
      logId: null,
      code: 'CONSTRAINT_VIOLATIONS',
    },
    why: "Rule 3: `errors` holds one item with `message` and `fieldName` 'branchId': a field error. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only a field message: the default. Rule 5: no id. Rule 6: the lone item's code: 'CONSTRAINT_VIOLATIONS'.",
  },
  {
    id: 'hyperwallet/duplicate-external-account-400',
    expect: {
      kind: 'conflict',
      message: 'The account information you provided is already registered',
      fields: [],
      logId: null,
      code: 'DUPLICATE_EXTERNAL_ACCOUNT_CREATION',
    },
    why: "Rule 1: the lone item's code `DUPLICATE_EXTERNAL_ACCOUNT_CREATION` is a duplicate code, which outranks a 400: conflict. Rule 3: the item has no path member (`relatedResources` lists tokens): form-level. Rule 2.2: the lone form-level sentence 'The account information you provided is already registered. …' is the person's: kept. Rule 5: no id. Rule 6: 'DUPLICATE_EXTERNAL_ACCOUNT_CREATION'.",
  },
  {
    id: 'marvel/invalid-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'That hash, timestamp and key combination is invalid',
      fields: [],
      logId: null,
      code: 'InvalidCredentials',
    },
    why: "Rule 1: 401: unauthenticated, and the credential code agrees. Rule 2.1: `message` 'That hash, timestamp and key combination is invalid.' names the credential (the signed key), and a credential's line stays: kept. Rule 5: no id. Rule 6: `code`: 'InvalidCredentials'.",
  },
  {
    id: 'skyflow/token-not-found-404',
    expect: { kind: 'not-found', message: 'Token not found', fields: [], logId: null, code: '5' },
    why: "Rule 1: 404: not-found; `http_code` 404 and `http_status` 'Not Found' restate it. Rule 2.1: `error.message` 'Token not found for invalidToken' says which data token (the value the caller passed) was not found, a sentence: kept. Rule 5: no id. Rule 6: `grpc_code` 5 (a code by its shape, a number that is no HTTP status, gRPC's NOT_FOUND) is the only code: '5'. Hesitated on code (other reading: none, gRPC's number for not found only restating the 404).",
  },
  {
    id: 'smile-id/invalid-job-type-2212-400-vcr',
    expect: {
      kind: 'bad-request',
      message: 'Invalid job type',
      fields: [],
      logId: '8f3e333a-c3c3-4b12-81a7-5d1638150626',
      code: '2212',
    },
    why: "Rule 1: a 400 without fields; the numeric code 2212 is a vendor's number no row sorts, and text never decides: a bad request. Rule 2.1: `error` 'Invalid job type.' names the job type in words with spaces, not the API's key written as code (`job_type`), as 'Invalid phone number' stays: kept. Rule 4: the `date` header gives `now`; no wait. Rule 5: no body id; `x-amzn-requestid` is the first present of rule 5's headers: the support id. Rule 6: `code`: '2212'. Hesitated on message (other reading: the default, a line naming only which input is invalid, the API's `job_type` in words).",
  },
  {
    id: 'airtel-money/transaction-not-permitted-code-500-200',
    expect: {
      kind: 'server',
      message: 'Transaction is not permitted to the payee',
      fields: [],
      logId: null,
      code: 'DP00800001006',
    },
    why: "Rule 1: a 200 whose `status` object says it failed (`success: false`) and names an error status in digits beside the 2xx (`code: \"500\"`): the body's 500 decides, server; `response_code` and `result_code` are vendor codes no row sorts, and text never decides. Rule 2.1: `message` 'Transaction is not permitted to the payee' is a sentence for the person: kept. Rule 5: no id. Rule 6: `code` '500' is the status the body means; of the two vendor codes, `response_code` 'DP00800001006' is the most specific (Airtel's per-reason code), `result_code` 'ESB000011' the bus's outcome. Hesitated on kind (other reading: unknown or forbidden, a 200 whose reason is a refusal) and on code (other reading: 'ESB000011').",
  },
  {
    id: 'klasha/public-key-required-400',
    expect: { kind: 'bad-request', message: 'public key is required', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields or code (JSend's `status: \"error\"` flags the failure, `data` is null): a bad request; that the line speaks of a key is text, which never decides. Rule 2.1: `message` 'public key is required' names the credential (the merchant's public key) in words, and a credential's name stays ('Invalid app_key is provided.'): kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a line in small letters naming only a missing input by the API's name for its header).",
  },
  {
    id: 'paychangu/callback-url-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['callback_url', 'The callback url field is required']],
      logId: null,
      code: null,
    },
    why: 'Rule 3: `message` holds a map of path to lists of strings, read as a map under `errors` (as `messages` is): the field `callback_url`. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only a field message: the default. Rule 5: no id. Rule 6: `status: "failed"` is a call\'s flag, no code.',
  },
  {
    id: 'dcsa-jit/too-many-port-call-requests-429',
    expect: {
      kind: 'rate-limited',
      message: 'A maximum of 500 Port Calls can be requested per hour',
      fields: [],
      retry: 3600,
      logId: '4426d965-0dd8-4005-8c63-dc68b01c4962',
      code: '7003',
    },
    why: "Rule 1: 429: rate-limited. Rule 3: `errors` holds one error object (`errorCode`, `errorCodeText`, `errorCodeMessage`: code and message members by their shape), not a map of fields. Rule 2.2: the error's own sentence beats the envelope's, as a lone form-level sentence in the error's list beats the envelope's `message`: `errorCodeMessage` 'A maximum of 500 Port Calls can be requested per hour' over `statusCodeMessage` and over `errorCodeText` (its short title); `statusCodeText` is the reason phrase. Rule 4: no header and no body hint; the envelope's sentence 'Please try again in 1 hour' is a wait written in the text of a throttle: 3600 s ('per hour' is a window, not a wait). Rule 5: `providerCorrelationReference` is a correlation id under the provider's prefix: the support id. Rule 6: `errorCode` 7003, a vendor's number: '7003'. Hesitated on message (other reading: 'Too many requests to fetch Port Calls has been requested', the envelope's occurrence text) and on logId (other reading: none, a name rule 5 does not list).",
  },
  {
    id: 'iata-one-record/logistics-events-not-patchable-400',
    expect: {
      kind: 'bad-request',
      message: 'Logistics Events of a Logistics Object can not be updated using PATCH',
      fields: [],
      logId: 'internal:d39e6880-3a75-45d3-90c5-63b9ae71b95e',
      code: null,
    },
    why: "Rule 3: JSON-LD members behind the `api:` namespace are the listed members (`hasTitle` a title, `hasErrorDetail` a list of errors); the lone detail names a resource by URI (`hasResource`), no field: form-level. Rule 1: a 400 without fields; `hasCode` '400' restates the status: a bad request. Rule 2.2: the lone form-level sentence of the error's list, 'Logistics Events of a Logistics Object can not be updated using PATCH', beats the envelope's title 'Logistics Events can not be updated': kept. Rule 5: the error's own `@id`, a UUID beside its title in a body that is the error (as PSA's `uuid` and JSON:API's lone error `id`): the support id. Rule 6: '400' is the status in digits: no code. Hesitated on logId (other reading: none, a JSON-LD node's name in the server's `internal:` namespace, no member rule 5 names).",
  },
  {
    id: 'openepcis-repository/no-such-resource-404',
    expect: {
      kind: 'not-found',
      message: 'Resource not found',
      fields: [],
      logId: null,
      code: 'epcisException:NoSuchResourceException',
    },
    why: "Rule 1: 404: not-found, and the type agrees. Rule 2.1: `title` 'Resource not found' is a sentence, as the rules name it (only the bare reason phrase 'Not Found' restates the status): kept. Rule 5: no id. Rule 6: no explicit code member; the problem `type`, EPCIS 2.0's documented exception type, is the code, whole as sent. Hesitated on code (other reading: 'NoSuchResourceException', the type read by its last segment).",
  },
  {
    id: 'openepcis-repository/functionality-not-supported-501',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'epcisException:ImplementationException',
    },
    why: "Rule 1: 501: server. Rule 2.1: `title` 'Functionality not supported by server' is the 501's definition in HTTP's own words ('The server does not support the functionality required to fulfill the request'), which says no more than the status (the sixty-eighth holdout's row): the default (rule 2.4). Rule 5: no id. Rule 6: the problem `type`, EPCIS's exception type: 'epcisException:ImplementationException'. Hesitated on message (other reading: the line kept, a sentence saying what the server lacks).",
  },
  {
    id: 'openepcis-repository/unauthorised-request-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'epcisException:SecurityException',
    },
    why: "Rule 1: 401: unauthenticated; a code never turns a 401 into anything else. Rule 2.1: `title` 'Unauthorised request' is the 401's phrase in other words, as 'Unauthorized access' restates a 401: the default (rule 2.4). Rule 5: no id. Rule 6: the problem `type`, EPCIS's exception type: 'epcisException:SecurityException'. Hesitated on code (other reading: 'SecurityException', the type's last segment).",
  },
  {
    id: 'openepcis-validation/two-schema-errors-json-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'required' },
    why: "Rule 3: a body that is an array of error items, read as an `errors` list; the items have `line` (a schema pointer) and `column` (the parent's JSONPath), no path member rule 3 names, and their messages are a JSON Schema validator's reports ('$.epcisBody.eventList[0].action: is missing but it is required'), whose path only class-validator's format is read from: form-level. Rule 1: a 400 listing several messages about the input, each typed `required` (an input missing): validation. Rule 2.3: a JSON Schema validator's report is developer text, so no form-level line speaks: the default (rule 2.4). Rule 5: no id. Rule 6: the errors all carry one `type`, and no item a code: 'required'. Hesitated on fields (other reading: `epcisBody.eventList.0.eventTimeZoneOffset` and `epcisBody.eventList.0.action` from the paths that begin each message, 'is missing but it is required') and on code (other reading: none, `type` being the validator's keyword, a category).",
  },
  {
    id: 'ship24/destination-country-code-two-validation-errors-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'validation_error' },
    why: "Rule 1: `validation_error` on a 4xx: validation. Rule 3: the two items carry `code` and `message` and no path member; the key `destinationCountryCode` appears only in their text: form-level. Rule 2.2 and the rule row of 6 December 2026: two form-level lines are several problems and make no lone sentence: the default (rule 2.4). Rule 5: no id (`data` is null). Rule 6: the errors all carry one code: 'validation_error'.",
  },
] satisfies Reading[];
