import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 81 cases (every third case of the thirty-second holdout's nine parts in file order, parts
// A to I, on 5 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind32/rules.md`), `types.ts` (`DEFAULT`), the `Reading` interface and one
// finished second reading (`second-reading-30.ts`) as a model of the format, and the cases' ids, sources, URLs and
// responses (no case carried a `receivedAt` and none was thrown, so `now` is the `Date` header, else
// 2026-11-22T12:00:00Z); no notes, no expectations. They were told not to open the case files, `pending/`,
// `.tmp/allcases.json`, the kit's source, its README or changelog, `test/core/`, the live rules file, the git history,
// the rest of `.tmp/`, nor to run the kit, the conformance script or any test on these cases, nor to use search tools.
// They marked 46 cases "hesitated" and named the other reading. Written once and not changed after the
// comparison.

export default [
  {
    id: 'immoscout24/create-realestate-address-required-412',
    expect: {
      kind: 'validation',
      message: "field 'address' is required",
      fields: [],
      logId: null,
      code: 'ERROR_RESOURCE_VALIDATION',
    },
    why: "Rule 1: a validation code on any 4xx (the table's word, and the rule change that let it decide beyond a 400). Rule 2.1: 'Error while validating input for the resource.' is a generic headline before a sentence of its own, 'field 'address' is required'. Rule 3: the field is named only in text, so no field error. Rule 6: `messageCode` is a code by its name. Rule 5: `L-Is24-Requestrefnum` is no request-id shape. Hesitated on kind, message and logId: 412 is an edit conflict and the prose does not list it among the statuses a code outranks (other reading: conflict); the whole line may be generic (other reading: the default); a request reference number may be a support id (other reading: '8f758dcb-1290-4124-9f52-f6083104f80d').",
  },
  {
    id: 'immoscout24/dailyreport-negative-date-range-412',
    expect: {
      kind: 'validation',
      message: 'has an invalid value [Negative date range]',
      fields: [],
      logId: 'GzxtGHdd5yvRrqFhQ1Y0l8pSIk5G7IOkRo5xlWHgY44tNpkH_Vl5wQ==',
      code: 'ERROR_COMMON_URL_PARAMETER_VALIDATION_FAILED',
    },
    why: "Rule 1: a code saying a parameter failed validation is a validation code, on any 4xx. Rule 2: the `message` sentence says why (a negative date range), more than 'Invalid value for parameter: x'. Rule 5: `X-Amz-Cf-Id`. Rule 6: `messageCode`. Hesitated on kind and message: 412 may stay a conflict (other reading: conflict); the line may only name the parameter and its value (other reading: the default).",
  },
  {
    id: 'reapit/transactions-unexpected-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2.1: 'An unexpected error has been encountered…', 'This incident has been logged…' and 'Please try again.' are generic sentences in a row, so the default. Rule 6: `statusCode` in digits is a status. Hesitated on message: the first sentence may read as a sentence of its own (other reading: 'An unexpected error has been encountered').",
  },
  {
    id: 'reapit/offices-endpoint-request-timed-out-504',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 504. Rule 2.3: 'Endpoint request timed out' is the gateway's report that the service behind it did not answer in time (a connection that timed out), so the default. Hesitated on message: it is JSON and a short sentence (other reading: 'Endpoint request timed out').",
  },
  {
    id: 'mls-grid/replication-filter-fields-400',
    expect: {
      kind: 'bad-request',
      message: 'can only be filtered using the following fields',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors; text never decides. Rule 3: `target: \"query\"` names a part of the request, not a field. Rule 2: the `message` sentence. Rule 6: `code: 400` in digits restates the status. Hesitated on fields and code: a `target` beside the message names its field (other reading: field 'query', kind validation); the numeric code may be kept (other reading: '400').",
  },
  {
    id: 'rets/invalid-or-missing-session-401-text',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid or missing session. Use the login URL',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 401. Rule 2.6: a plain-text sentence on a 4xx is the message.',
  },
  {
    id: 'realie/api-key-missing-401',
    expect: { kind: 'unauthenticated', message: 'API key is missing', fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: the reason phrase 'Unauthorized: ' leading the sentence is dropped; 'API key is missing' is the message. No code member.",
  },
  {
    id: 'realie/too-many-requests-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 429. Rule 2.1: 'Too many requests' is the bare reason phrase, so the default. Rule 4: no header, hint or wait in text.",
  },
  {
    id: 'realtor-ca/invalid-culture-id-200',
    expect: { kind: 'bad-request', message: 'Invalid CultureID', fields: [], logId: null, code: null },
    why: "Rule 1: beside a 200, the error object's `Id: 400` is an error status in digits and names a bad request. Rule 2.1: 'The request was invalid.' is generic and ' - ' leads to the line of its own, 'Invalid CultureID', which names the input itself (not 'Invalid parameter 'x''). Rule 5: `LogId` is empty. Rule 6: `Id` is the status. Hesitated on kind and message: `Id` is no `code` member (other reading: unknown); the line names only what is invalid (other reading: the default).",
  },
  {
    id: 'terminal49/tracking-request-duplicate-422',
    expect: {
      kind: 'conflict',
      message: DEFAULT,
      fields: [['request_number', 'already exists in a tracking_request']],
      logId: null,
      code: 'duplicate',
    },
    why: "Rule 1: a duplicate code on a 422, and every field error carries one, is a conflict. Rule 3: the JSON:API pointer `/data/attributes/request_number` gives `request_number`; an array of one item that names a field stays a list, its sentence the field's. Rule 2.4: only a field message, so the default ('Unprocessable Entity' is the reason phrase). Rule 6: the item's `code`. Hesitated on message: the lone item's `detail` may speak for the response too (other reading: 'already exists in a tracking_request').",
  },
  {
    id: 'terminal49/webhook-examples-event-parameter-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['event', 'Bad Request']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a JSON:API item whose `source.parameter` names `event`, with `title` as its message. Rule 1: a 400 that carries a field error. Rule 2.4: the default. Hesitated on kind and fields: the item's only text is the reason phrase, which may make it no field message (other reading: bad-request, no fields).",
  },
  {
    id: 'terminal49/sdk-too-many-requests-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 429. Rule 2.1: the lone item's 'too many requests' is the reason phrase, so the default. No wait.",
  },
  {
    id: 'dsv/access-denied-401',
    expect: { kind: 'unauthenticated', message: 'Access denied', fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'Access denied' is no reason phrase of a 401 and not capitals only, so the message. Rule 6: `statusCode` in digits is the status. Hesitated on message: two words may read as a category line (other reading: the default).",
  },
  {
    id: 'hmrc-customs-inventory-linking-imports/malformed-xml-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'BAD_REQUEST' },
    why: "Rule 1: 400 without fields; `BAD_REQUEST` restates it. Rule 3: XML read as JSON. Rule 2.3: a body the server could not parse ('does not contain a well-formed XML document') is developer text, so the default. Rule 6: the `code` element, the only code. Hesitated on code: it only restates the status (other reading: null).",
  },
  {
    id: 'hmrc-customs-inventory-linking-imports/version-shuttered-503',
    expect: {
      kind: 'unavailable',
      message: 'API is currently unavailable',
      fields: [],
      logId: null,
      code: 'SERVER_ERROR',
    },
    why: "Rule 1: 503; `SERVER_ERROR` on a 5xx says no more than the status. Rule 2: XML read as JSON, not plain text, so its `message` sentence speaks. Rule 6: the `code` element. Hesitated on message: a 5xx's stock line (other reading: the default).",
  },
  {
    id: 'hmrc-ics/notify-party-five-business-errors-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 that lists several messages about the input. Rule 3: the XML `Error` items carry `Text` and a `Location` that is an XPath to a data group (`/ie:CC313A[1]/NOTPAR670[1]`), the same for all five, which no canonical form reads as a field. Rule 2.4: several form-level messages, no lone one, so the default. Rule 6: five items with five numbers, no one code. Hesitated on fields, message and code: `Location` may name the field (other reading: five field errors under that path); the first `Text` may be the message; the first `Number` ('8130') may be the code.",
  },
  {
    id: 'openwms/server-declined-jwt-expired-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500; a code never turns a 5xx into a 4xx kind other than rate-limited. Rule 2.3: 'JWT expired at …' is token internals, `exception` a qualified class name, `error` the reason phrase, so the default. Rule 6: the exception class is developer text, no code. Hesitated on code: the exception may be read as the code (other reading: 'InvalidTokenException').",
  },
  {
    id: 'gls-shipit/request-without-body-headers-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 with no body. No rule reads a message or code from headers named `message` and `error`, so the default and no code. Hesitated on all: a reader may take the headers as the error object (other reading: validation, 'The Mandatory parameter ShipmentRequestData is not set', code 'MANDATORY_PARAMETER_NOT_SET').",
  },
  {
    id: 'hermes/login-failed-403-german',
    expect: {
      kind: 'forbidden',
      message: 'Die Anmeldung war leider nicht erfolgreich',
      fields: [],
      logId: null,
      code: '201',
    },
    why: 'Rule 1: 403; the numeric code names no kind and text never decides. Rule 2: the German `message` sentence. Rule 6: the numeric `code` as a string. Hesitated on kind: the text says the sign-in failed (other reading: unauthenticated).',
  },
  {
    id: 'creditsafe/invalid-credentials-401-iis-html',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 401. Rule 2.5: an HTML error page gives no message.',
  },
  {
    id: 'creditsafe-se/datecheck-reference-date-too-old-400',
    expect: {
      kind: 'bad-request',
      message: 'Reference date may not be older than 2021-07-21',
      fields: [],
      logId: '547637',
      code: '23',
    },
    why: "Rule 1: a 400 without fields; the numeric code names no kind and text never decides. Rule 2.2: the occurrence's `detail` beats the error's type-level `text`. Rule 5: `metaData.apiLogId` by its `logId` shape. Rule 6: the error's `code`. Hesitated on logId: a number under `metaData` may be no support id (other reading: null).",
  },
  {
    id: 'judilibre/decision-missing-id-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['id', 'Value of the id parameter must be a string']],
      logId: null,
      code: null,
    },
    why: 'Rule 3: an express-validator item with `param` and `msg`; `location: "query"` names a part of the request. Rule 1: a 400 with a field error. Rule 2.4: the default; `route` is no message.',
  },
  {
    id: 'dnb-direct-plus/not-authorised-for-product-00041-401',
    expect: {
      kind: 'unauthenticated',
      message: 'You are not currently authorised to access this product',
      fields: [],
      logId: null,
      code: '00041',
    },
    why: 'Rule 1: 401; nothing turns a 401 into another kind. Rule 2: `errorMessage` by its shape. Rule 6: `errorCode`.',
  },
  {
    id: 'gleif/lei-record-not-found-404-stub',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: the lone item's 'Not Found' is the reason phrase, so the default.",
  },
  {
    id: 'espn-fantasy/league-not-visible-401',
    expect: {
      kind: 'unauthenticated',
      message: 'You are not authorized to view this League',
      fields: [],
      logId: null,
      code: 'AUTH_LEAGUE_NOT_VISIBLE',
    },
    why: "Rule 1: 401; a code never turns a 401 into anything else. Rule 2.2: the lone form-level sentence. Rule 6: the lone item's code-shaped `type`, the only code.",
  },
  {
    id: 'tba/event-key-does-not-exist-404',
    expect: {
      kind: 'not-found',
      message: 'event key: 2019casf does not exist',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 3: `Error` is `error` in PascalCase, the envelope's text. Rule 2.1: the field's name leading it stays.",
  },
  {
    id: 'mlb-statsapi/unreplaced-path-variable-404-spring',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: Spring's `error` is the reason phrase and there is no `message`, so the default. Rule 3: `path` at the top is the URL. Rule 6: 'Not Found' restates the status.",
  },
  {
    id: 'openf1/laps-traceback-500-text',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 500. Rules 2.3 and 2.6: plain text on a 5xx, and a Python traceback, so the default.',
  },
  {
    id: 'yahoo-fantasy/bearer-token-not-over-ssl-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Please provide valid credentials',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2.2: `description` holds the sentence; the OAuth challenge after it is token internals for developers. Rule 6: `oauth_problem` sits in text, not in a code member. Hesitated on code: it is a code written in the description (other reading: 'bearer_token_not_over_ssl').",
  },
  {
    id: 'polymarket-clob/invalid-signature-400',
    expect: { kind: 'bad-request', message: 'invalid signature', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields; 'invalid signature' has a space, so it is text, not a credential code, and text never decides. Rule 2: `error` holds the line, which names what is invalid. Hesitated on kind and message: read as a code it is a credential one (other reading: unauthenticated); it may name only what is invalid (other reading: the default).",
  },
  {
    id: 'kalshi/incorrect-api-key-signature-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'authentication_error' },
    why: 'Rule 1: 401. Rule 2.1: `message` is a code; rule 2.3: `details` is a call between services (`rpc error: code = …`), so the default. Rule 6: the `code`.',
  },
  {
    id: 'runtastic/app-not-authenticated-406',
    expect: {
      kind: 'bad-request',
      message: 'the app authentication failed',
      fields: [],
      logId: null,
      code: 'APP_NOT_AUTHENTICATED',
    },
    why: "Rule 1: 406 is a bad request; the table names a credential code on 400 or 403, and the prose does not let a code outrank a 406 (the app, not the person, failed to authenticate). Rule 2: the lone item's `title` is a sentence saying what failed. Rule 6: the lone item's `code`. Hesitated on kind and message: a credential code may decide on any 4xx (other reading: unauthenticated); a line saying what failed may be generic (other reading: the default).",
  },
  {
    id: 'toast/payment-amount-empty-400',
    expect: {
      kind: 'bad-request',
      message: 'Payment amount cannot be empty',
      fields: [],
      logId: '2ea769e2-7fcb-4148-ba75-8de77a248h21',
      code: '10025',
    },
    why: 'Rule 1: a 400 without fields (`fieldName` is null, `errors` empty); a numeric code names no kind and text never decides. Rule 2: the `message` sentence. Rule 5: `requestId`. Rule 6: the numeric `code`; `messageKey` is null.',
  },
  {
    id: 'foodtec/basic-auth-failure-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 401. Rule 2.4: an empty body, so the default; `WWW-Authenticate` is no support id.',
  },
  {
    id: 'r-keeper/order-visit-id-not-found-404',
    expect: {
      kind: 'not-found',
      message: "Order with this visit id can't be found",
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 404. Rule 1 (prose): `success: false` holds its error in `data`, here a sentence. Rule 2: that sentence.',
  },
  {
    id: 'xenial/menu-body-payload-invalid-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['products.0.productId', 'must be longer than or equal to 1 characters'],
        ['products.0.productId', 'must be a string'],
        ['products.0.productName', 'must be longer than or equal to 1 characters'],
        ['products.0.productName', 'must be a string'],
        ['products.0.productDescription', 'must be a string'],
        ['products.0.price', 'must not be less than 0'],
        ['products.0.price', 'must be a number conforming to the specified constraints'],
      ],
      logId: null,
      code: null,
    },
    why: 'Rule 3: NestJS\'s class-validator messages under `reason.message` begin with their property path. Rule 1: a 400 with field errors. Rule 2.4: only field messages, so the default. Rule 6: `error: "Bad Request"` restates the status. Hesitated on fields: two messages for one field may be one entry each or one error (other reading: four entries).',
  },
  {
    id: 'doordash-drive/estimate-area-not-served-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['pickup_address', 'Doordash does not serve this area']],
      logId: null,
      code: null,
    },
    why: 'Rule 3: `field_errors` items with `field` and `error`. Rule 1: a 400 with a field error. Rule 2.4: only a field message, so the default.',
  },
  {
    id: 'zomato/invalid-api-key-403',
    expect: { kind: 'forbidden', message: 'Invalid API Key', fields: [], logId: null, code: null },
    why: 'Rule 1: 403; no credential code (text never decides). Rule 2: the `message` line; `status` is the reason phrase. Rule 6: `code: 403` in digits is the status. Hesitated on kind: an invalid key is a credential failure (other reading: unauthenticated).',
  },
  {
    id: 'mealie/bad-recipe-data-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'BAD_RECIPE_DATA' },
    why: "Rule 1: `Bad…` names an input's value as `invalid…` does, a validation code that outranks a 400. Rule 6: a code alone in a message's member (`detail.details`). Rule 2.1: only a code, so the default. Hesitated on kind: recipe data may be the body as a whole (other reading: bad-request).",
  },
  {
    id: 'edamam/app-id-for-another-api-401',
    expect: {
      kind: 'unauthenticated',
      message: 'This app_id is for another API',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2.1: the reason phrase 'Unauthorized' leading the sentence is dropped; the rest is the message. Rule 6: JSend's `status: \"error\"` is a flag.",
  },
  {
    id: 'cortex-thehive/authentication-failure-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'AuthenticationError' },
    why: "Rule 1: 401. Rule 2.1: 'Authentication failure' is a category line (as 'Authorization Error'), so the default. Rule 6: the category `type` is the only code. Hesitated on message and code: (other readings: 'Authentication failure'; null, a class-like name).",
  },
  {
    id: 'wazuh/max-requests-per-minute-429',
    expect: {
      kind: 'rate-limited',
      message: 'Maximum number of request per minute reached',
      fields: [],
      logId: null,
      code: '6001',
    },
    why: "Rule 1: 429. Rule 2.2: `detail` beats the category `title` 'Wazuh Error'. Rule 4: 'per minute' names a window, not a wait; no header. Rule 6: the explicit `code`; `type` is about:blank.",
  },
  {
    id: 'misp/attribute-three-fields-invalid-403',
    expect: {
      kind: 'forbidden',
      message: 'Could not add Attribute',
      fields: [
        ['category', 'Options : Payload delivery'],
        ['type', 'Options depend on the selected category'],
        ['value', 'Value not in the right type/format'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: `errors` maps fields to lists of messages. Rule 1: 403 refuses; field errors make a validation failure of a 400 only, and a 403 stays forbidden. Rule 2: 'Could not add Attribute' says what could not be done. Hesitated on kind and message: field errors may decide on any 4xx (other reading: validation); a line saying something failed may be generic (other reading: the default).",
  },
  {
    id: 'elastic-security/rule-id-not-found-404',
    expect: { kind: 'not-found', message: 'rule_id: "fake_id" not found', fields: [], logId: null, code: null },
    why: 'Rule 1: 404. Rule 2: the `message` sentence (a field name leading it stays). Rule 6: `status_code` is the status.',
  },
  {
    id: 'elastic-security/threshold-field-max-five-400',
    expect: {
      kind: 'bad-request',
      message: 'Array must contain at most 5 element(s)',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors; text never decides. Rule 3: the path sits only in text, and only class-validator's texts name fields. Rule 2: the `message` line; `error` is the reason phrase. Hesitated on message and fields: it is a schema validator's report (other reading: the default); the path in text may be read (other reading: validation, field `threshold.field`).",
  },
  {
    id: 'thehive/missing-attribute-500',
    expect: {
      kind: 'server',
      message: 'Attribute action.objectType is missing',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 500. Rule 2: the app's JSON `message`. Rule 2.3: `type` is a qualified class name, developer text, so no code. Hesitated on code: (other reading: 'org.elastic4play.MissingAttributeError').",
  },
  {
    id: 'cyberark-conjur/policy-user-not-found-404',
    expect: {
      kind: 'not-found',
      message: "User 'bob' not found in account 'cucumber'",
      fields: [],
      logId: null,
      code: 'not_found',
    },
    why: "Rule 1: 404. Rule 2: the error's `message`; `details.message` is an id. Rule 3: `target: \"user\"` names a type of resource, not an input. Rule 6: `code`. Hesitated on fields: a `target` beside the message names its field (other reading: field 'user').",
  },
  {
    id: 'bitwarden/notes-too-long-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['Notes', 'exceeds the maximum encrypted value length']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `validationErrors` maps `Notes` to its messages (the server's spelling kept). Rule 1: a 400 with a field error. Rule 2.1: 'The model state is invalid.' is generic, so the default.",
  },
  {
    id: 'threatlocker/token-revoked-440',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'TOKEN_REVOKED' },
    why: "Rule 1: 440 is a 4xx HTTP does not name, and a code outranks it; a revoked token is a credential code (as `invalid_token`, `expired_token`). Rule 2.1: 'Unauthorized' is a lone word, so the default. Rule 6: the code in `error`. Hesitated on kind: the code is not in the list (other reading: bad-request).",
  },
  {
    id: 'crowdsec/alert-invalid-json-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields. Rule 2.3: Go's JSON decoder ('invalid character … in literal true') is developer text, so the default.",
  },
  {
    id: 'hybrid-analysis/bad-url-200',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'bad-url' },
    why: "Rule 1: `bad-url` names an input's value as `invalid…` does (`BadCoordinates`), a validation code, and a code outranks any 2xx. Rule 2.1: only a code, so the default. Rule 6: the code in `response.error`; `response_code: -1` is a flag. Hesitated on kind: a hyphenated token may read as text (other reading: unknown, message 'bad-url').",
  },
  {
    id: 'osv-dev/version-and-purl-400',
    expect: {
      kind: 'bad-request',
      message: 'version specified in params and purl query',
      fields: [],
      logId: null,
      code: '3',
    },
    why: "Rule 1: a 400 without fields; a numeric code names no kind. Rule 2: the `message` line. Rule 6: the numeric `code`. Hesitated on kind: `code: 3` is gRPC's INVALID_ARGUMENT in a google.rpc status (other reading: validation).",
  },
  {
    id: 'pubchem/invalid-property-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'PUGREST.BadRequest' },
    why: "Rule 1: 400; the code without the API's name, `BadRequest`, restates it. Rule 2.1: 'Invalid property' names no property (as 'Invalid input'), so the default. Rule 6: the `Fault`'s `Code`. Hesitated on message: (other reading: 'Invalid property').",
  },
  {
    id: 'cromwell/malformed-workflow-id-400',
    expect: { kind: 'bad-request', message: "Invalid workflow ID: 'foobar'", fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields; JSend's `fail` holds no `data`. Rule 2: the `message` names the input itself (as 'Invalid connection_id'). Hesitated on message: it names only what is invalid (other reading: the default).",
  },
  {
    id: 'cromwell/unsupported-workflow-option-400',
    expect: {
      kind: 'bad-request',
      message: 'Unsupported key/value pair in WorkflowOptions',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields. Rule 2.1: 'Error(s): Invalid workflow options provided:' is a generic headline before a line of its own. Hesitated on message: the line ends in JSON and may be developer text (other reading: the default).",
  },
  {
    id: 'bioportal/access-denied-private-ontology-403',
    expect: { kind: 'forbidden', message: 'Access denied for this resource', fields: [], logId: null, code: null },
    why: 'Rule 1: 403. Rule 2.2: the lone form-level sentence in `errors`. Rule 6: `status` is the status.',
  },
  {
    id: 'ncbi-datasets/annotation-report-empty-accession-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: 'Your request is invalid.' is generic (as 'The request was invalid.') and the parenthesis only sends to the docs; `error` is the reason phrase. Rule 6: `code: 404` is the status.",
  },
  {
    id: 'uniprot/query-required-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a lone message is no list, and no member names a field; text never decides. Rule 2.1: ''query' is a required parameter' names only which parameter is missing (as 'Missing required parameters: …'), so the default. Hesitated on message: it is a whole sentence (other reading: ''query' is a required parameter').",
  },
  {
    id: 'galaxy/provided-api-key-not-valid-403',
    expect: {
      kind: 'forbidden',
      message: 'Provided API key is not valid',
      fields: [],
      logId: null,
      code: '403001',
    },
    why: "Rule 1: 403; the numeric code carries the status's number and names no credential in words; text never decides. Rule 2: `err_msg` by its shape. Rule 6: `err_code`. Hesitated on kind: (other reading: unauthenticated).",
  },
  {
    id: 'chembl/molecule-not-found-404-empty',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404. Rule 2.4: an empty body, so the default.',
  },
  {
    id: 'nci-cir/structure-image-500-page-not-found-html',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500; text never decides, so the page's '404' does not. Rule 2.5: HTML gives no message.",
  },
  {
    id: 'ilincs/download-signature-missing-sigid-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'ilincsR_ERROR' },
    why: "Rule 1: a 400 without fields; `ilincsR_ERROR` names no kind. Rule 2.3: `message` is R's interpreter error with the call, developer text; `name` is no message member and names a function. Rule 6: `code`. Hesitated on message: (other reading: 'No genes or wrong data set picked').",
  },
  {
    id: 'arcgis/feature-query-invalid-where-200',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: beside a 200, the error's `code: 400` names the status the body means. Rule 2.1: 'Cannot perform query. Invalid query parameters.' is generic, and the lone `details` line ''where' parameter is invalid' names only which parameter, so the default. Rule 6: the code is the status. Hesitated on message: (other reading: ''where' parameter is invalid').",
  },
  {
    id: 'we-the-people/invalid-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'The key provided is not valid',
      fields: [],
      logId: null,
      code: '85',
    },
    why: "Rule 1: 401; the body's `status: 400` only speaks beside a bare 400. Rule 2.3: `developerMessage` is developers'; `userMessage` is the sentence. Rule 6: `errorCode`.",
  },
  {
    id: 'insee/sdmx-no-result-404-fr',
    expect: {
      kind: 'not-found',
      message: 'Aucun résultat ne correspond à cette requête',
      fields: [],
      logId: null,
      code: '100',
    },
    why: "Rule 1: 404. Rule 3: XML read as JSON; the `ErrorMessage`'s `Text`. Rule 6: the code in the error element's attribute.",
  },
  {
    id: 'nrel/pvwatts-openresty-404-page',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404. Rule 2.5: an HTML page gives no message.',
  },
  {
    id: 'propublica-congress/forbidden-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403. Rule 2.1: 'Forbidden' is the bare reason phrase, so the default.",
  },
  {
    id: 'malegislature/similar-documents-not-located-400-text',
    expect: {
      kind: 'bad-request',
      message: 'Could not locate any public Documents in General Court',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 400; text never decides. Rule 2.6: a plain-text sentence on a 4xx ('Error: ' only labels it).",
  },
  {
    id: 'govinfo/no-related-documents-200',
    expect: {
      kind: 'unknown',
      message: 'There are either no related documents available for this resource',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: a 200 with nothing but text, which never decides. Rule 2: the `message` sentence. Rule 5: `relatedId` names a document, no occurrence. Hesitated on kind: the text says nothing was found (other reading: not-found).',
  },
  {
    id: 'ecb/problem-no-results-found-404',
    expect: { kind: 'not-found', message: 'No results found', fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.2: `detail` beats the reason phrase `title`. Rule 5: `instance` is a path. Rule 6: `type` is the request's path, no problem type. Hesitated on code: a relative `type` may count as the problem type URI (other reading: '/service/data/BSI/M.IT.N.A.L21.A.1.U2.2250.Z01.E').",
  },
  {
    id: 'stats-nz/azure-application-gateway-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 403. Rule 2.5: an HTML page gives no message.',
  },
  {
    id: 'prozorro/content-type-header-415',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [['Content-Type', 'Content-Type header should be one of']],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 415; field errors make a validation failure of a 400 only. Rule 3: an item with `name` and `description`; `location: "header"` names the request part, the `name` the field. Rule 2.4: only a field message, so the default. Hesitated on fields and message: a header is no input the person fills (other reading: no field, message \'Content-Type header should be one of\').',
  },
  {
    id: 'pi-hole/unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'unauthorized' },
    why: "Rule 1: 401. Rule 2.1: 'Unauthorized' is the reason phrase, so the default. Rule 6: the error's `key` is its machine key, the only code. Hesitated on code: `key` is no code member the rules name, and it restates the status (other reading: null).",
  },
  {
    id: 'pi-hole/database-error-402',
    expect: {
      kind: 'bad-request',
      message: 'Could not remove domain',
      fields: [],
      logId: null,
      code: 'database_error',
    },
    why: "Rule 1: 402 is another 4xx; `database_error` names no kind (only `server_error` decides a 4xx). Rule 2: the error's `message`; `data.sql_msg` is database text. Rule 6: the error's `key`. Hesitated on kind, message and code: the code says the server failed (other reading: server); the line reports a database's failure (other reading: the default); `key` may be no code (other reading: null).",
  },
  {
    id: 'snipe-it/statuslabel-not-found-200',
    expect: { kind: 'unknown', message: 'Statuslabel not found', fields: [], logId: null, code: null },
    why: 'Rule 1: a 200 whose JSend `status: "error"` says it failed but nothing names a kind; text never decides. Rule 3: a string under `messages` is the error\'s own sentence. Hesitated on kind: (other reading: not-found).',
  },
  {
    id: 'transmission/session-id-handshake-409-no-body',
    expect: { kind: 'conflict', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 409. Rule 2.4: no body, so the default. Rule 5: `X-Transmission-Session-Id` is a session token, not named like a request id.',
  },
  {
    id: 'deluge/not-authenticated-json-rpc-200',
    expect: { kind: 'unknown', message: 'Not authenticated', fields: [], logId: null, code: '1' },
    why: "Rule 1: a JSON-RPC error on a 200 whose numeric code names no kind; text never decides. Rule 2.1: 'Not authenticated' restates a 401 only when sent with one, so on a 200 it is the message. Rule 6: the error's `code`. Hesitated on kind: (other reading: unauthenticated).",
  },
  {
    id: 'adguard-home/client-already-exists-400-text',
    expect: { kind: 'bad-request', message: 'Client already exists', fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 without a code; text never decides, so no duplicate. Rule 2.6: a plain-text sentence on a 4xx. Hesitated on kind: (other reading: conflict).',
  },
  {
    id: 'emby/access-token-invalid-401-text',
    expect: {
      kind: 'unauthenticated',
      message: 'Access token is invalid or expired',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 401. Rule 2.6: a plain-text sentence on a 4xx.',
  },
  {
    id: 'synology/insufficient-privilege-105-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: '105' },
    why: "Rule 1: `success: false` on a 200, and the numeric `code: 105` is no 4xx or 5xx status and names no kind. Rule 2.4: no sentence, so the default. Rule 6: the error's `code`.",
  },
  {
    id: 'actual-budget/token-not-found-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'token-not-found' },
    why: "Rule 1: 401. Rule 2.1: `reason` restates the status and `details` holds a code, so the default. Rule 6: a code alone in a message's member, more specific than `reason`. Hesitated on code: (other reading: 'unauthorized').",
  },
] satisfies Reading[];
