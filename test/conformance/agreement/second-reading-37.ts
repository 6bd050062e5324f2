import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 65 cases (every third case of the thirty-seventh holdout's nine parts in file order, parts
// A to I, on 5 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind37/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the thirty-fifth's, `second-reading-35.ts`) as a
// model of the format, and the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was
// thrown, so `now` is the `Date` header, else 2026-11-22T12:00:00Z; no response carried a `Retry-After` or a reset
// header, and one body carried a wait: Kamigo's `retryAfter`); no notes, no expectations. They were told not to open
// the case files or anything else under `test/conformance/`, the kit's source, its README or changelog, `test/core/`,
// the live rules file, the git history or the rest of `.tmp/`, nor to run the kit, the conformance script or any test,
// nor to use search tools. They marked 36 cases "hesitated" and named the other reading. Written once and not changed
// after the comparison.

export default [
  {
    id: 'interfax/designated-fax-number-developer-account-400',
    expect: {
      kind: 'bad-request',
      message: 'Attempting to fax to a number that is not the designated fax number in a developer account',
      fields: [],
      logId: null,
      code: '-111',
    },
    why: 'Rule 1: a 400 without field errors; a numeric code names no kind and text never decides. Rule 2: the `message` sentence; `moreInfo` is null. Rule 6: the explicit `code`, a number as a string.',
  },
  {
    id: 'koha/oauth-unimplemented-grant-type-400',
    expect: { kind: 'bad-request', message: 'Unimplemented grant type', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors or a code: `error` holds words with spaces, not OAuth's `unsupported_grant_type`, and text never decides (either way a grant-type code is a bad request). Rule 2: the `error` sentence. Rule 6: no code-shaped member.",
  },
  {
    id: 'koha/patron-superlibrarian-email-forbidden-403',
    expect: {
      kind: 'forbidden',
      message: "Not enough privileges to change a superlibrarian's email",
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 403. Rule 2: the `error` sentence, which says what was refused. Rule 3: `email` is named only in the text.',
  },
  {
    id: 'archivesspace/login-failed-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403; 'Login failed' is words, not a code (no `_`, camel case or capitals only), and text never decides. Rule 2.1: 'Login failed' is named a generic line (as 'Login failure', 'Authentication failure'), so the default. Rule 5: no request-id header. Hesitated on kind: a failed sign-in is a credential failure in either word order (other reading: unauthenticated).",
  },
  {
    id: 'evergreen/place-hold-hold-exists-200',
    expect: {
      kind: 'conflict',
      message: 'User already has an open hold on the selected item',
      fields: [],
      logId: null,
      code: 'HOLD_EXISTS',
    },
    why: "Rule 1: a code outranks any 2xx, and `HOLD_EXISTS` says the hold already exists (as `EMAIL_EXISTS`), a duplicate code; the body's `status: 200` names no error status. Rule 3: the lone `payload` item holds the lone `result` item, the error object; `target` holds a number, no field. Rule 2: `desc` (a description by its name's shape) is the sentence. Rule 6: `textcode`, a code by its name's shape. Hesitated on kind and code: the table names duplicate codes on 400, 403 or 422 only (other reading: unknown); `ilsevent: \"1707\"` is Evergreen's event number (other reading: '1707').",
  },
  {
    id: 'folio/okapi-token-missing-403-text',
    expect: {
      kind: 'forbidden',
      message: 'Token missing, access requires permission',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 without a code; text never decides. Rule 2.6: a plain-text sentence on a 4xx is the message, the permission's name after it included. Rule 5: no request-id header. Hesitated on kind: the text says the token is missing (other reading: unauthenticated).",
  },
  {
    id: 'folio/login-password-incorrect-422',
    expect: {
      kind: 'unauthenticated',
      message: 'Password does not match',
      fields: [],
      logId: null,
      code: 'password.incorrect',
    },
    why: "Rule 1: a code outranks a 422, and `password.incorrect` says a sign-in pair did not match, a credential code (as Cognito's 'Incorrect username or password'). Rule 2.2: the lone form-level item of `errors` speaks for the response. Rule 3: the item has no path member; `parameters` holds key/value pairs with no message, its `username` the context of the attempt. Rule 6: the lone item's `code`; `type: \"error\"` is a level. Hesitated on kind and fields: the table lists credential codes on 400 or 403 only, and an incorrect input's value may read as a validation code (other reading: validation); `parameters[0].key` may name the parameter (other reading: [['username', 'Password does not match']]).",
  },
  {
    id: 'screenshotone/access-key-invalid-400',
    expect: {
      kind: 'unauthenticated',
      message: 'The `access_key` parameter is set, but it is not correct',
      fields: [],
      logId: null,
      code: 'access_key_invalid',
    },
    why: "Rule 1: `access_key_invalid` names a credential by another word (as `app-key-invalid`, `invalid_api_key`), a credential code on a 400. Rule 2: `error_message` by its name's shape; the docs link is part of the sentence after it. Rule 3: the parameter is named only in the text. Rule 6: `error_code`; `is_successful` is a flag. Hesitated on kind: an invalid value of a named input in either word order (other reading: validation).",
  },
  {
    id: 'screenshotone/internal-application-error-500',
    expect: {
      kind: 'server',
      message: 'The API failed to serve your request',
      fields: [],
      logId: null,
      code: 'internal_application_error',
    },
    why: "Rule 1: 500; the code names no other kind. Rule 2: `error_message`, written by the app in JSON, ending by telling the person whom to write to (as a 'please contact your administrator' line stays a message). Rule 6: `error_code`. Hesitated on message: its first two sentences only say the request failed and plead to retry, generic in a row (other reading: the default).",
  },
  {
    id: 'hcti/plan-limit-exceeded-429',
    expect: {
      kind: 'rate-limited',
      message: "You've used 3055 of your 3000 renders",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 429. Rule 2: the `message` sentence, specific to this account's use, over the `error` line that names the category. Rule 4: no header, body hint or wait. Rule 6: `statusCode: 429` in digits is the status; 'Plan limit exceeded' is words, no code.",
  },
  {
    id: 'pdf-sign/monthly-quota-exceeded-403',
    expect: {
      kind: 'rate-limited',
      message: 'Monthly quota exceeded. Upgrade your plan to continue.',
      fields: [],
      logId: null,
      code: 'QUOTA_EXCEEDED',
    },
    why: "Rule 1: a quota code on any status (as `insufficient_quota`, `USAGE_LIMIT_EXCEEDED`). Rule 2: the `error` sentence. Rule 4: 'Monthly' names a window, no wait. Rule 6: `code`; `status: 403` restates the status.",
  },
  {
    id: 'pdfgen-studio/template-not-found-404',
    expect: { kind: 'not-found', message: 'Template not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: the `message` sentence beats the bare reason phrase in `error`. Rule 6: 'Not Found' only restates the status and is no code's shape; `statusCode` in digits is the status. Hesitated on code: a reason phrase in `error` (other reading: 'Not Found').",
  },
  {
    id: 'templated/template-not-found-404',
    expect: { kind: 'not-found', message: 'Template not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2: the `error` sentence; 'Template not found' is no bare reason phrase.",
  },
  {
    id: 'pdfshot/validation-failed-400',
    expect: {
      kind: 'validation',
      message: 'HTML content is required when url is not provided',
      fields: [],
      logId: null,
      code: 'VALIDATION_FAILED',
    },
    why: "Rule 1: a validation code on a 4xx; `success: false` puts nothing in `data`, the error object is `error`. Rule 2: the error's `message` sentence. Rule 3: no member names a field; `url` is named only in the text. Rule 6: the error's `code`, the only one (no lone item's code for it to give way to).",
  },
  {
    id: 'pdf-invoice-api/template-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'No stored template with that id exists for your account',
      fields: [],
      logId: null,
      code: 'template_not_found',
    },
    why: 'Rule 1: 404 (and a not-found code). Rule 2.1: the `message` sentence beats the code in `error`. Rule 6: the code in `error`.',
  },
  {
    id: 'velkin/validation-failed-fields-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['slug', 'slug is required'],
        ['outputOptions.pdf.format', 'format "A9" is not supported'],
      ],
      logId: null,
      code: 'validation_failed',
    },
    why: "Rule 1: 422 (and a validation code). Rule 3: `fields` is a map of path to message text; the dotted key is kept in the server's spelling. Rule 2.1: 'validation failed' is a generic summary, so with only field messages the default (2.4). Rule 6: the code in `error`, the only one.",
  },
  {
    id: 'shotone/monthly-quota-exceeded-402',
    expect: { kind: 'bad-request', message: 'monthly quota exceeded', fields: [], logId: null, code: null },
    why: "Rule 1: a 402, another 4xx, without a code: 'monthly quota exceeded' is words with spaces, and text never decides. Rule 2: the `error` sentence; `upgrade` is no message member. Rule 3: `limit` and `used` hold numbers. Rule 4: `resetAt` is no listed body hint, a reset is read only when the kind is rate-limited, and read as epoch it lies years before `now`: no wait. Hesitated on kind: the body says a quota was spent (other reading: rate-limited).",
  },
  {
    id: 'scrnpix/url-not-public-400-text',
    expect: {
      kind: 'bad-request',
      message: 'URL must be http(s) and not private/localhost',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: a 400 without field errors or a code; text never decides. Rule 2.6: a plain-text sentence on a 4xx.',
  },
  {
    id: 'offloadpdf/html-field-required-422',
    expect: {
      kind: 'validation',
      message: 'The html field is required',
      fields: [['html', 'The html field is required']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422. Rule 3: `errors` is a map of field to a list of strings (Laravel's). Rule 2: the envelope's `message` is a sentence, not a generic summary. Hesitated on message: it repeats the field's message, so the body may say only field messages (other reading: the default).",
  },
  {
    id: 'agify/subscription-not-active-402',
    expect: { kind: 'bad-request', message: 'Subscription is not active', fields: [], logId: null, code: null },
    why: 'Rule 1: a 402, another 4xx that signing in, waiting or changing the input would not fix, without a code. Rule 2: the `error` sentence.',
  },
  {
    id: 'genderize/request-limit-reached-429',
    expect: { kind: 'rate-limited', message: 'Request limit reached', fields: [], logId: null, code: null },
    why: "Rule 1: 429. Rule 2: the `error` sentence; it is not the reason phrase 'Too Many Requests'. Rule 4: no header, hint or wait. Hesitated on message: it rewords the 429's reason phrase and says no more (other reading: the default).",
  },
  {
    id: 'rick-and-morty/character-not-found-404',
    expect: { kind: 'not-found', message: 'Character not found', fields: [], logId: null, code: null },
    why: 'Rule 1: 404. Rule 2: the `error` sentence; no bare reason phrase.',
  },
  {
    id: 'rick-and-morty/bad-id-array-500',
    expect: { kind: 'server', message: 'Bad... bad array', fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2: the `error` line, written by the app in JSON, says what it could not handle; no developer text in it. Hesitated on message: it names only what is bad, as 'Invalid parameter 'x'' (other reading: the default).",
  },
  {
    id: 'dummyjson/username-password-required-400',
    expect: {
      kind: 'bad-request',
      message: 'Username and password required',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors or a code; text never decides. Rule 2: the `message` sentence, which tells the person what to give. Hesitated on message: it names only what is missing, as 'Parameter is missing' (other reading: the default).",
  },
  {
    id: 'potterapi/no-key-409',
    expect: { kind: 'conflict', message: 'Must pass API key for request', fields: [], logId: null, code: null },
    why: 'Rule 1: 409, without a code; text never decides. Rule 2: the `error` sentence. Hesitated on kind: the text says the key is missing (other reading: unauthenticated).',
  },
  {
    id: 'pokeapi/not-found-text-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rules 2.1 and 2.6: 'Not Found' sent as text is the bare reason phrase, so the default.",
  },
  {
    id: 'shelly/rpc-not-found-105-200',
    expect: { kind: 'unknown', message: 'Bad id=7', fields: [], logId: null, code: '-105' },
    why: "Rule 1: a 200 whose numeric error code is neither a 4xx or 5xx status nor in JSON-RPC's server range; text never decides. Rule 2: the error's `message`. Rule 5: the top-level `id: 1` is the RPC call's number, and `src`/`dst` name devices: no support id. Rule 6: the error's `code`, a number as a string. Hesitated on message and kind: a `Bad…` line naming only the parameter and its value, as 'Invalid value for contentid '…'' (other reading: the default); Shelly's -105 means not found (other reading: not-found).",
  },
  {
    id: 'govee/v1-device-not-found-400',
    expect: { kind: 'bad-request', message: 'Device Not Found', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors or a code; `status: 400` restates it; 'Device Not Found' in `errors` is words, not a code, and text never decides. Rule 2: a string under `errors` is the error's sentence; 'Device Not Found' is no bare reason phrase (as 'Resource not found'). Hesitated on kind: the text says not found (other reading: not-found).",
  },
  {
    id: 'switchbot/unauthorized-401-apigw',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: '7d008907-e956-4cbb-ac9e-d6df59102fea',
      code: null,
    },
    why: "Rule 1: 401. Rule 2.1: 'Unauthorized' is the bare reason phrase, so the default. Rule 5: `x-amzn-RequestId` comes before the vendor's `switchbot-request-id` (any other header named like a request id) in the order. Rule 6: no code.",
  },
  {
    id: 'sonos/control-unsupported-namespace-404',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'ERROR_UNSUPPORTED_NAMESPACE',
    },
    why: "Rule 1: 404; a code never turns a 404 into another kind. Rule 2.1: 'Unexpected error' is a generic summary (as 'An unexpected problem has occurred.'), so the default. Rule 6: `errorCode` as sent.",
  },
  {
    id: 'overkiz/resource-access-denied-banned-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Too many attemps with an invalid token, temporarily banned',
      fields: [],
      logId: null,
      code: 'RESOURCE_ACCESS_DENIED',
    },
    why: "Rule 1: 401; a code never turns a 401 into anything else. Rule 2: the `error` sentence. Rule 4: 'temporarily' names no wait. Rule 6: `errorCode`.",
  },
  {
    id: 'nature-remo/too-many-requests-429001',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: '429001' },
    why: "Rule 1: 429. Rule 2.1: 'Too Many Requests' is the bare reason phrase, so the default. Rule 4: no header, hint or wait. Rule 6: the explicit `code`, a number as a string. Hesitated on code: it carries the status's number and may only restate it (other reading: null).",
  },
  {
    id: 'tasmota/need-user-and-password-warning-200',
    expect: {
      kind: 'unknown',
      message: 'Need user=<username>&password=<password>',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200 without a code or an error status; text never decides. Rules 2 and 2.5: the one member's text is the only sentence, telling the person what to give; the angle brackets hold placeholders, not markup. Hesitated on message: `WARNING` is no message member, and the text is a query-string template (other reading: the default).",
  },
  {
    id: 'domoticz/status-err-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: a 200 with nothing that says what failed but a result flag. Rule 2: no sentence, so the default. Rule 6: `status: "ERR"` is a result flag, no code.',
  },
  {
    id: 'plone-restapi/booking-unknown-type-400',
    expect: {
      kind: 'bad-request',
      message: "Unknown booking type 'Type A (30 min)'",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors; `type: \"BadRequest\"` only restates the status. Rule 2: the `message` sentence, which says the booking type given is unknown. Rule 6: the `type` is the exception's class and restates the status, a category. Hesitated on code and message: a category with no other code may be the code (other reading: 'BadRequest'); the line names only the value that is wrong (other reading: the default).",
  },
  {
    id: 'contentstack/login-invalid-credentials-422',
    expect: {
      kind: 'validation',
      message: 'Looks like your email or password is invalid',
      fields: [],
      logId: null,
      code: '104',
    },
    why: "Rule 1: 422; the numeric `error_code` names no kind and text never decides. Rule 2: `error_message` by its name's shape. Rule 5: no body id or request-id header. Rule 6: `error_code` as a string. Hesitated on kind: the text says a sign-in pair did not match (other reading: unauthenticated).",
  },
  {
    id: 'contentstack/internal-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2.1: 'Internal server error' is the bare reason phrase, so the default. Rule 6: `error_code: 500` in digits restates the status.",
  },
  {
    id: 'kontent-ai/query-limit-not-positive-400',
    expect: {
      kind: 'bad-request',
      message: 'Query parameter "limit" must be a positive integer',
      fields: [],
      logId: 'GMAQvDLeLbE=',
      code: '1005',
    },
    why: "Rule 1: a 400 without field errors; the numeric code names no kind and text never decides. Rule 2: the `message` sentence. Rule 3: `limit` is named only in the text. Rule 5: the body's `request_id`. Rule 6: `error_code` as a string; `specific_code: 0` is zero, no code.",
  },
  {
    id: 'dotcms/graphql-expired-session-400-empty',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 without a body, so without fields or a code. Rule 2.4: no sentence, so the default.',
  },
  {
    id: 'erddap/unknown-dataset-id-404-text',
    expect: {
      kind: 'not-found',
      message: 'Currently unknown datasetID=hawaii_b55f_a8f2_ad70',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2.6: plain text on a 4xx; in the DAP error block the `message` sentence speaks, and its leading reason phrase ('Not Found: ') only restates the status and is dropped (2.1). Rule 6: `code=404` restates the status. Hesitated on message: no rule names the DAP text format, and the line names only the id not known (other reading: the default).",
  },
  {
    id: 'erddap/search-no-matching-results-500-html',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 500. Rule 2.5: an HTML error page (Tomcat\'s) gives no message, its "Message" paragraph included. Rule 5: no request-id header.',
  },
  {
    id: 'slurm-restd/node-unfound-200',
    expect: {
      kind: 'unknown',
      message: 'Failure to query node unexisting-node',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200 with no code and no error status; text never decides. Rule 2.2: the lone item of `errors` speaks, its `description` the sentence; `warnings` are no errors. Rule 3: a `source` in text names where the error came from (a function), no field; `meta` is the plugin's and client's details. Hesitated on message: a line that says what failed (other reading: the default).",
  },
  {
    id: 'dataverse/guest-not-permitted-401',
    expect: {
      kind: 'unauthenticated',
      message: 'User :guest is not permitted to perform requested action',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 401. Rule 2: the `message` sentence. Rule 6: `status: "ERROR"` is a flag, no code.',
  },
  {
    id: 'redcap/no-api-permissions-403-text',
    expect: {
      kind: 'forbidden',
      message: 'You do not have permissions to use the API',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403. Rules 2.1 and 2.6: a plain-text sentence on a 4xx; the leading 'ERROR: ' is a status label that says no more.",
  },
  {
    id: 'redcap/method-not-implemented-501-xml',
    expect: {
      kind: 'server',
      message: 'The requested method is not implemented',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 501. Rule 3: XML read as JSON: the `hash` wrapper of one element is dropped and `error` holds the sentence. Rule 2: the app's own XML, not a proxy's plain text. Hesitated on message: the body comes without a content type, as text on a 5xx, and rewords the 501's reason phrase (other reading: the default).",
  },
  {
    id: 'openml/function-not-valid-412',
    expect: { kind: 'conflict', message: 'Function not valid', fields: [], logId: null, code: '100' },
    why: "Rule 1: 412 is in the conflict row; the numeric code names no kind. Rule 2: the error's `message`. Rule 6: the error's `code`. Hesitated on message: it names only what is not valid, as 'Invalid parameter 'x'' (other reading: the default).",
  },
  {
    id: 'openml/please-provide-run-xml-450',
    expect: { kind: 'bad-request', message: 'Please provide run xml', fields: [], logId: null, code: '202' },
    why: "Rule 1: a 4xx HTTP does not name (450) says no more than a 400; no field errors, and the numeric code names no kind. Rule 2: the error's `message`. Rule 6: the error's `code`.",
  },
  {
    id: 'dataone/no-system-metadata-404-xml',
    expect: {
      kind: 'not-found',
      message: 'No system metadata could be found for given PID',
      fields: [],
      logId: null,
      code: '1800',
    },
    why: "Rule 1: 404. Rule 3: XML read as JSON, the error element's attributes its members. Rule 2: `description` is the sentence. Rule 6: `errorCode: \"404\"` restates the status and `name: \"NotFound\"` names a class beside a code, a category; `detailCode` is DataONE's specific code. Hesitated on code: a code only by its name's shape (other reading: 'NotFound', or null).",
  },
  {
    id: 'pin-payments/charge-card-declined-400',
    expect: {
      kind: 'bad-request',
      message: 'The card was declined',
      fields: [],
      logId: 'cfe75967616a6b701038fe093d797543',
      code: 'card_declined',
    },
    why: 'Rule 1: a 400 without field errors; `card_declined` names no listed kind. Rule 2.2: `error_description` beats the code in `error`. Rule 5: no body id (`charge_token` names the charge), so `X-Request-Id`. Rule 6: the code in `error`.',
  },
  {
    id: 'cuenca/card-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Not valid id',
      fields: [],
      logId: '9269b548-75c7-40b0-8b3b-a42749a07024',
      code: 'NotFoundError',
    },
    why: "Rule 1: 404. Rules 2.1 and 2.3: the exception's class before the text ('NotFoundError: ') is developer text, and repeats the code; the sentence after it speaks. Rule 5: no body id; `x-amzn-RequestId` comes first among the listed headers present (before `x-amz-cf-id` and `x-amzn-trace-id`). Rule 6: the `Code` member. Hesitated on message: it names only what is not valid (other reading: the default).",
  },
  {
    id: 'vidispine/item-shape-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 3: `notFound` is an object under the error's name, never a field, and the null members say nothing; its `type` and `id` name the missing shape. Rule 2.4: no sentence, so the default. Rule 5: `id` is the shape's id, no support id. Rule 6: no code member.",
  },
  {
    id: 'boleto-simples/customer-create-blank-fields-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['person_name', 'não pode ficar em branco'],
        ['cnpj_cpf', 'não pode ficar em branco'],
        ['zipcode', 'não pode ficar em branco'],
      ],
      logId: 'bdd0e8f4-4742-4b6f-87af-abd3c192ee33',
      code: null,
    },
    why: 'Rule 1: 422. Rule 3: `errors` is a map of field to a list of strings (Rails). Rule 2.4: only field messages, so the default. Rule 4: not rate-limited, and the remaining count is not 0. Rule 5: `X-Request-Id`.',
  },
  {
    id: 'boleto-simples/bank-billet-cancel-paid-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['status', 'cannot transition via cancel']],
      logId: 'c81a3615-db53-4419-806d-5e35dc23aee8',
      code: null,
    },
    why: "Rule 1: 422 with field errors; no code says conflict and text never decides. Rule 3: under `errors` the keys are fields, and a field called `status` is not taken for the envelope. Rule 2.4: only field messages, so the default. Rule 5: `X-Request-Id`. Hesitated on kind and fields: `status` is the billet's state, not an input, and a resource in the wrong state is a conflict (other reading: conflict, no field, 'cannot transition via cancel').",
  },
  {
    id: 'arcus/bill-pay-daily-limit-400',
    expect: {
      kind: 'bad-request',
      message: 'The maximum number of payments for this account on this day was reached',
      fields: [],
      logId: 'c0f298ac-b1d2-46e7-a749-2bfefcfc3b54',
      code: 'R45',
    },
    why: "Rule 1: a 400 without field errors; `R45` names no kind and text never decides. Rule 2: the `message` sentence. Rule 4: no wait. Rule 5: `X-Request-Id`. Rule 6: `code`. Hesitated on kind: the text says a day's limit was reached, as `dailyLimitExceeded` is a quota (other reading: rate-limited).",
  },
  {
    id: 'fat-zebra/customer-create-blank-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: 'bec85172a1aad1504e5dda054c359019',
      code: null,
    },
    why: "Rule 1: 422. Rule 3: `errors` is a list of strings without paths, form-level; `response` is the record with null values, no messages. Rule 2.4: several form-level sentences and no lone one, so the default. Rule 5: `X-Request-Id` (`X-Request-Version` is a version). Hesitated on fields and message: Rails' full messages begin with the attribute's name (other reading: fields from the text, or the first line as the message).",
  },
  {
    id: 'fat-zebra/authenticate-session-amount-invalid-422',
    expect: {
      kind: 'validation',
      message: 'Amount is invalid',
      fields: [],
      logId: '419d283db39c727ebe7c4f2cf473af23',
      code: null,
    },
    why: "Rule 1: 422. Rule 2.2: a lone string under `errors` is the error's sentence. Rule 3: it is under no field's name. Rule 5: `X-Request-Id`. Hesitated on message: it names only which input is invalid, as 'Invalid value for parameter: amount' (other reading: the default).",
  },
  {
    id: 'kingoftime/resource-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: '300' },
    why: "Rule 1: 500; the numeric code names no kind. Rule 2.1: 'Resource Server Error.' is a category line for a server error (as '<Name> Internal Error'), so the default. Rule 6: the explicit `code`, a number as a string. Hesitated on code: 300 reads like a status number (other reading: null).",
  },
  {
    id: 'pittaly-order/bad-request-parameters-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '400-001' },
    why: "Rule 1: a 400 without field errors; `400-001` names no kind. Rule 2.1: 'リクエストヘッダやボディのパラメタが正しくありません。' (the request's header or body parameters are not correct) is a generic summary in Japanese (as 'Invalid request parameters provided.', kintone's line), so the default. Rule 6: the error's `code`. Hesitated on code: it carries the status's number (other reading: null).",
  },
  {
    id: 'pittaly-order/id-required-403',
    expect: { kind: 'forbidden', message: 'idの指定が必要です', fields: [], logId: null, code: '403-001' },
    why: "Rule 1: 403; `403-001` names no kind, and a 403 refuses. Rule 2: the error's `message`, a Japanese sentence (one token of its letters is no code). Rule 3: `id` is named only in the text. Rule 6: the error's `code`. Hesitated on kind: the text says an input is missing (other reading: bad-request or validation).",
  },
  {
    id: 'koriyama-webapi/not-found-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 whose error names no code and no error status; text never decides. Rule 2.1: 'Not Found' is a bare reason phrase, so the default. Rule 3: `request` holds the request's method and URL, no field. Hesitated on kind: the reason phrase names a 404 (other reading: not-found).",
  },
  {
    id: 'mf-cloud-invoice/required-parameter-missing-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors; one message is no list. Rule 2.1: '必要なパラメーターが存在しない、もしくは空です。' (a required parameter is missing or empty) is a generic summary in Japanese (as 'Parameter is missing', 'There were missing or invalid data or parameters in the request.'), so the default. Rule 6: `code: \"400\"` restates the status. Hesitated on message: (other reading: '必要なパラメーターが存在しない').",
  },
  {
    id: 'mf-cloud-invoice/partner-id-not-found-404',
    expect: { kind: 'not-found', message: '存在しないIDが渡されました', fields: [], logId: null, code: null },
    why: 'Rule 1: 404. Rule 2.2: the lone item of `errors` speaks, a Japanese sentence. Rule 6: `code: "404"` restates the status.',
  },
  {
    id: 'coupang/access-denied-block-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403. Rule 2.1: '403 Forbidden' is the status's number and reason phrase. Rule 2.5: the `body` member (a response sent whole) holds an HTML page, which gives no message. Rule 6: `status: 403` restates the status. Hesitated on logId: the page's 'Reference #18.3c61ca17.1701137054.1f34800d' is the CDN's support reference (other reading: '18.3c61ca17.1701137054.1f34800d').",
  },
  {
    id: 'kamigo/invalid-or-missing-api-key-401',
    expect: { kind: 'unauthenticated', message: 'Invalid or missing API key', fields: [], logId: null, code: null },
    why: 'Rule 1: 401. Rule 2: the `error` sentence.',
  },
  {
    id: 'kamigo/rate-limit-retry-after-429',
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded', fields: [], logId: null, code: null, retry: 60 },
    why: "Rule 1: 429. Rule 2: the `error` sentence. Rule 4.3: the body's `retryAfter`, in seconds as its name does not say otherwise. Rule 6: no code-shaped member. Hesitated on message: it rewords the 429's reason phrase and says no more (other reading: the default).",
  },
] satisfies Reading[];
