import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 52 cases (every third case of the fortieth holdout's eight parts in file order, parts A
// to H, on 5 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind40/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the thirty-ninth's, `second-reading-39.ts`) as a
// model of the format, and the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was
// thrown, so `now` is the `Date` header, else 2026-11-22T12:00:00Z; no response carried a `Retry-After`, no
// rate-limited response a reset header, and no body a wait: Signa's `retry_after` is `null`, and Poloniex's "per day"
// names a window), no notes, no expectations. They were told not to open the case files or anything else under
// `test/conformance/`, the kit's source, its README or changelog, `test/core/`, the live rules file, the git history or
// the rest of `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search tools. They marked 33
// cases "hesitated" and named the other reading. Written once and not changed after the comparison.

export default [
  {
    id: 'currencycloud/auth-invalid-login-details-api-key-length-400',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [['api_key', 'should be 64 character(s) long']],
      logId: '2771569299808580066',
      code: 'auth_invalid_user_login_details',
    },
    why: "Rule 1: a 400, but `error_code` `auth_invalid_user_login_details` says the sign-in details were not accepted, a failed sign-in (as `err_login_failed`, `invalid.login`), a credential code, and a code outranks 400. Rule 3: `error_messages` holds errors by name, a map of field to items, so `api_key` carries its item's message. Rule 2.4: no envelope sentence, only the field's message, so the default. Rule 5: no body id, so the `X-Request-Id` header. Rule 6: the envelope's `error_code` is a specific code, not a category that only says validation, so it is the response's; the item's `api_key_length_is_invalid` is its field's. Hesitated on kind: field errors on a 400, and an item code that says the key breaks its length rule (as `PASSWORD_TOO_SHORT`), make a validation failure (other reading: validation); and on code (other reading: the item's 'api_key_length_is_invalid').",
  },
  {
    id: 'currencycloud/too-many-requests-429',
    expect: {
      kind: 'rate-limited',
      message: 'Too many requests have been made to the api',
      fields: [],
      logId: null,
      code: 'too_many_requests',
    },
    why: "Rule 1: 429. Rule 3: `base` is a form-level key, so the item names no field. Rule 2.2: a lone form-level sentence in the error's list is the message; it is a sentence, not the bare reason phrase, and the trailing 'Please refer to the Developer Center…' only sends the reader to the docs (rule 2.1). Rule 4: no `Retry-After`, no reset header, no body hint and no wait in the text: no retry. Rule 5: no id member and no request-id header. Rule 6: `error_code`. Hesitated on code: it only restates the 429's reason phrase (other reading: null).",
  },
  {
    id: 'worldline-connect/missing-or-invalid-authorization-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: 'fbd8d914-c889-45d3-a396-9e0d9ff9db88-0000006f',
      code: '9002',
    },
    why: "Rule 1: 401. Rule 2.1: the lone item's `message` is a code (all capitals with `_`), not a sentence, so the default. Rule 5: the body's `errorId`. Rule 6: the item's explicit `code` member, as a string. Hesitated on code: the code-shaped `message` may be read as a code alone in a message's member (other reading: 'MISSING_OR_INVALID_AUTHORIZATION').",
  },
  {
    id: 'worldline-connect/unknown-server-error-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: 'fbff1179-7ba4-4894-9021-d8a0011d23a7',
      code: '9999',
    },
    why: "Rule 1: 500. Rule 2.1: the item's `message` `UNKNOWN_SERVER_ERROR` is a code, so the default. Rule 5: the body's `errorId`. Rule 6: the lone item's `code`, as a string (`httpStatusCode` is its status).",
  },
  {
    id: 'webpurify/invalid-api-key-200-attributes',
    expect: { kind: 'unknown', message: 'Invalid API Key', fields: [], logId: null, code: '100' },
    why: "Rule 1: a 200; `stat: \"fail\"` says it failed, but the code `100` is no error status and names no kind, and text never decides, so unknown. Rule 3: XML read as JSON would send it, the attributes of the `err` element are its members. Rule 2: `msg` is a message member; 'Invalid API Key' says which credential was refused, as 'Invalid email address' (rule 1) is a sentence. Rule 5: no id member, no request-id header. Rule 6: the code in the XML error element's attribute. Hesitated on kind: the error plainly names a credential (other reading: unauthenticated); and on message: it names only what is invalid, as 'Invalid parameter 'x'' (other reading: the default).",
  },
  {
    id: 'poloniex/invalid-order-number-parameter-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: '41aac04f5ee12a73-SEA', code: null },
    why: "Rule 1: 422. Rule 2.1: 'Invalid orderNumber parameter.' names only which parameter is invalid, as 'Invalid parameter 'x'', 'Invalid argument [name]' and PeerTube's 'Incorrect request parameters: id' do, so the default. Rule 3: a string under `error`, no field structure. Rule 5: `CF-RAY`. Rule 6: no code member. Hesitated on message: the person does learn which input was refused (other reading: 'Invalid orderNumber parameter').",
  },
  {
    id: 'poloniex/one-deposit-address-per-day-200',
    expect: {
      kind: 'unknown',
      message: 'You may only generate one deposit address per currency per day',
      fields: [],
      logId: '41a952649d9f2a19-SEA',
      code: null,
    },
    why: "Rule 1: a 200 whose body says it failed (`success: 0`) but carries no code and no error status; text never decides, so unknown. Rule 3: text under a response's name at the top (`response`) is the error's, as AppsFlyer's `string_response`. Rule 2: that sentence. Rule 4.4: 'per day' names a window, not a wait. Rule 5: `CF-RAY`. Rule 6: no code. Hesitated on kind: a daily limit reached is a quota (other reading: rate-limited).",
  },
  {
    id: 'ftx/no-such-market-404',
    expect: { kind: 'not-found', message: 'No such market', fields: [], logId: null, code: null },
    why: "Rule 1: 404; `success: false` without `data` keeps the error in the envelope. Rule 2.1: 'No such market: INVALID/MARKET' says what was not found, a sentence, not the bare reason phrase (as 'Resource not found'). Rule 5: no id member, no request-id header (`CF-Cache-Status` is no id). Rule 6: no code.",
  },
  {
    id: 'opensea/collection-not-found-success-false-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404. Rule 2.4: `{ success: false }` holds no sentence, so the default. Rules 5 and 6: no id member or request-id header, no code.',
  },
  {
    id: 'vk/oauth-code-invalid-or-expired-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Code is invalid or expired',
      fields: [],
      logId: null,
      code: 'invalid_grant',
    },
    why: "Rule 1: 401 (and `invalid_grant` is a credential code). Rule 2.2: OAuth's `error_description` beats `error`. Rule 5: no id. Rule 6: OAuth's `error`.",
  },
  {
    id: 'trexle/amount-at-least-50-cents-400',
    expect: {
      kind: 'bad-request',
      message: 'Amount must be at least 50 cents',
      fields: [],
      logId: '4ce2eea4-3ea9-4345-ac85-9bc45f22f5ac',
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code; text never decides, so a bad request. Rule 2.2: `detail` is the occurrence's text over the `error` beside it, and 'Payment failed' only says something failed (rule 2.1). Rule 3: no path member. Rule 5: no body id, so `X-Request-Id`. Rule 6: `error` holds words, no code.",
  },
  {
    id: 'globalcollect/expiry-date-in-past-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['cardPaymentMethodSpecificInput.card.expiryDate', 'IS IN THE PAST OR NOT IN CORRECT MMYY FORMAT']],
      logId: '363899bd-acfb-4452-bbb0-741c0df6b4b8',
      code: '21000120',
    },
    why: "Rule 1: a 400 with a field error. Rule 3: the item names its field in `propertyName` (dotted, kept as sent); the same error told again under `paymentResult.payment.statusOutput.errors` is one error said twice, said once. Rule 2.4: only a field message, so the default. Rule 5: the body's top-level `errorId`. Rule 6: the lone item's `code`. Hesitated on fields: the second list is a separate list of items that name the same field (other reading: the field twice); and on logId: the item's own `requestId` (other reading: '980825').",
  },
  {
    id: 'globalcollect/unknown-payment-id-404',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [['paymentId', 'UNKNOWN_PAYMENT_ID']],
      logId: 'ccb99804-0240-45b6-bb28-52aaae59d71b',
      code: '1002',
    },
    why: "Rule 1: 404. Rule 3: the item names its field in `propertyName`, and an item that says only a code is its field's error under that field. Rule 2.1: the only text is a code, so the default. Rule 5: the body's `errorId` (the item's `id` is a code word, not JSON:API's occurrence id). Rule 6: the item's explicit `code` over its `id` and `category`. Hesitated on fields: `paymentId` is the URL's path parameter, and an item whose message is only a code may be read as no field error (other reading: none); and on code (other reading: 'UNKNOWN_PAYMENT_ID').",
  },
  {
    id: 'runzero/api-key-not-found-401',
    expect: { kind: 'unauthenticated', message: 'API Key Not Found', fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'API Key Not Found' names what was not found, no bare reason phrase (as 'Resource not found'), and not capitals only. Rules 5 and 6: no id; `error` holds words with spaces, no code.",
  },
  {
    id: 'hackerone/errors-status-only-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: '22b9c8dd-ac19-4075-8796-b09c18877610',
      code: null,
    },
    why: 'Rule 1: 401. Rule 2.4: the lone item holds only its status, so the default. Rule 5: `x-request-id` comes before `cf-ray`. Rule 6: a status is no code.',
  },
  {
    id: 'untappd/beer-id-invalid-404',
    expect: { kind: 'not-found', message: 'This Beer ID is invalid', fields: [], logId: null, code: 'invalid_param' },
    why: "Rule 1: 404; a code never turns a 404 into anything but not-found. Rule 1's prose: the body's `meta` is read as the envelope. Rule 2: `error_detail` is the sentence (`developer_friendly` is empty). Rule 5: no id. Rule 6: `meta.code` only restates the status in digits; `error_type` is the machine code. Hesitated on message: it names only what is invalid (as 'Amount is invalid'; other reading: the default); and on code (other reading: '404', or null).",
  },
  {
    id: 'xm-cyber/err-invalid-api-key-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'ERR_INVALID_API_KEY' },
    why: "Rule 1: 401. Rule 2.1: 'API key authentication failed' only says that signing in failed, a line made only of words that say something failed (as 'Login failed', 'Authentication failure'), so the default. Rule 4: the kind is not rate-limited, so the `x-ratelimit-reset` header sets no time. Rule 5: no id. Rule 6: `code` as sent. Hesitated on message: it names the API key as what failed (other reading: 'API key authentication failed').",
  },
  {
    id: 'polymer-dlp/unauthorized-access-403',
    expect: { kind: 'forbidden', message: 'Unauthorized Access', fields: [], logId: null, code: null },
    why: "Rule 1: 403, with a rate-limit remaining of 9 (not 0) and no `Retry-After`. Rule 2.1: 'Unauthorized access' restates a 401; sent with a 403 it says what was refused and is the message. Rules 5 and 6: no id; words, no code. Hesitated on message: 'Access forbidden' is a generic line (other reading: the default).",
  },
  {
    id: 'files-com/invalid-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'The API key or Session token provided could not be used to validate this request',
      fields: [],
      logId: '5b12251d03a1f2f650f1423cd5cbab22',
      code: 'not-authenticated/invalid-credentials',
    },
    why: "Rule 1: 401. Rule 2.2: an `error` beside a title is the occurrence's text over the title 'Invalid Credentials'. Rule 5: problem details' `instance` is a token, the occurrence's id (the same as `X-Request-Id`). Rule 6: the problem `type` is the code when there is no other. Hesitated on code: a type is read by its last segment (other reading: 'invalid-credentials').",
  },
  {
    id: 'files-com/not-found-404',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [],
      logId: 'ebf0dbd4-9554-4871-80ce-3ce6b2f488bc',
      code: 'not-found',
    },
    why: 'Rule 1: 404. Rule 2.1: `error` and `title` are the bare reason phrase, so the default. Rule 5: `instance` is a token. Rule 6: the problem `type`. Hesitated on code: it only restates the status (other reading: null).',
  },
  {
    id: 'clockify/unknown-workspace-empty-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 403. Rule 2.4: an empty body, so the default. Rule 5: no request-id header (`X-Auth-Checksum` is no id). Rule 6: no code.',
  },
  {
    id: 'didww/requirement-validation-belgium-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: '738898a4-96d6-405c-80fa-fdda1c2da06d',
      code: '100',
    },
    why: "Rule 1: 422. Rule 3: each JSON:API item's `source.pointer` is `/data`, the primary data as a whole, no field within it (as a path that ends at the whole body is form-level), so the three items are form-level. Rule 2.2: only a lone form-level sentence speaks for the response; three give the default (rule 2.4). Rule 5: no body id, so `X-Request-Id`. Rule 6: every item carries the same `code`. Hesitated on fields: `/data` read as a JSON Pointer (other reading: three errors at 'data'); on message (other reading: 'Identity Place of Birth must be Belgium'); and on code: which of several items' codes is the response's (other reading: null).",
  },
  {
    id: 'scalexpert/internal-server-error-french-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2.1: `errorMessage` 'Une erreur est survenue' ('An error occurred') is a generic summary in French, and `httpStatusMessage` the reason phrase, so the default. Rules 5 and 6: no id; `httpStatusCode` is the status, no code.",
  },
  {
    id: 'paysafecard/soap-create-disposition-error-4005-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: '4005' },
    why: "Rule 1: a 200 whose `errorCode` 4005 is no HTTP status and names no kind, so unknown. Rule 3: XML read as JSON, the one-element wrappers (`Envelope`, `Body`, `…Response`, `…Return`) dropped. Rule 2.4: no sentence, so the default. Rule 5: `mtid` is the merchant's transaction id, not named like a support id. Rule 6: `errorCode` over the numeric `resultCode`.",
  },
  {
    id: 'paysafecard/rest-customer-id-may-not-be-null-400',
    expect: {
      kind: 'validation',
      message: 'may not be null',
      fields: [['customer.id', 'may not be null']],
      logId: null,
      code: 'invalid_request_parameter',
    },
    why: "Rule 1: a 400 whose code `invalid_request_parameter` begins with `invalid` and names an input (a parameter), a validation code; and it carries a field error. Rule 3: an error object about one field (`param`): its message is that field's error too. Rule 2: the `message` is the body's only text and is the error object's message. Rule 5: no id. Rule 6: `code` over the numeric `number`. Hesitated on message: a fragment that only makes sense beside its field (other reading: the default, rule 2.4).",
  },
  {
    id: 'checkout-finland/payment-creation-failed-html-finnish-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: a 200 with no code and no error status; only the text says the payment could not be created, and text never decides, so unknown. Rule 2.5: an HTML body gives no message (and its field line is markup, no field). Rules 5 and 6: no id, no code.',
  },
  {
    id: 'secure-trading/refund-amount-too-great-xml-200',
    expect: {
      kind: 'unknown',
      message: 'Refund amount too great',
      fields: [],
      logId: 'W3-umbf5bv2',
      code: '20007',
    },
    why: 'Rule 1: a 200 whose error code 20007 is no HTTP status and names no kind (`type="ERROR"` only says it failed), so unknown. Rule 3: XML read as JSON would send it. Rule 2: the error\'s `message`, a line for the person. Rule 5: `requestreference` is a reference to the request holding a token, named as a request id is (by shape). Rule 6: the error element\'s `code`, as a string. Hesitated on kind: the refund amount is an input (other reading: validation); and on logId (other reading: null, or the `transactionreference`).',
  },
  {
    id: 'viva-wallet/non-reversible-transaction-error-code-403-200',
    expect: {
      kind: 'forbidden',
      message: 'Non reversible transaction',
      fields: [],
      logId: '17-160-DB6B965C',
      code: null,
    },
    why: "Rule 1: beside a 200 (`Success: false`), a numeric code of a 4xx names the status the body means: `ErrorCode: 403`, so forbidden. Rule 2: `ErrorText` says why the refund was refused. Rule 5: the body's `CorrelationId` is null, so the `X-Viva-CorrelationId` header (named like a correlation id). Rule 6: `ErrorCode` in digits is the status. Hesitated on kind: a transaction that cannot be reversed is the payment's state (other reading: unknown, or conflict); and on code (other reading: '403', or the `EventId` '2055').",
  },
  {
    id: 'nightscout/api3-missing-or-bad-token-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'Missing or bad access token or JWT' names only which credential is missing or invalid (as 'Missing/invalid parameters'), and names a JWT (rule 2.3, token internals), so the default. Rules 5 and 6: no id; `status` is the status, no code. Hesitated on message (other reading: 'Missing or bad access token or JWT').",
  },
  {
    id: 'nightscout/api3-read-only-document-422',
    expect: {
      kind: 'validation',
      message: 'Trying to modify read-only document',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422, and no code says more; text never decides. Rule 2: the `message`, a sentence. Rules 5 and 6: no id; `status` is the status. Hesitated on kind: a document that cannot be changed is the resource's state, no input's (other reading: conflict).",
  },
  {
    id: 'tidepool/type-not-string-device-model-400',
    expect: {
      kind: 'validation',
      message: 'type is not string, but float64',
      fields: [['deviceModel', 'type is not string']],
      logId: null,
      code: 'type-not-string',
    },
    why: "Rule 1: a 400 with a field error, and a code that says an input's value is wrong. Rule 3: the error's JSON:API-style `source.pointer` `/deviceModel` names its field (JSON Pointer), and an error object about one field gives that field its message. Rule 2.2: `detail` beats `title`. Rule 5: no id. Rule 6: `code`. Hesitated on message: 'float64' is the server's type name, a decoder's report (other reading: the default); and on fields: the pointer sits on the error object, not on an item of a list (other reading: none).",
  },
  {
    id: 'petfinder/invalid-client-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'invalid_client' },
    why: "Rule 1: 401, and `invalid_client` is a credential code. Rule 2.1: 'Client authentication failed' (in `detail`, and in the lone item's `message` and `details`) only says that signing in failed, a line made only of words that say something failed, and the item's `title` is the 401's reason phrase, so the default. Rule 5: no id. Rule 6: the lone item's `code` (the problem's `title` holds the same). Hesitated on message: it says the client's credentials were refused (other reading: 'Client authentication failed').",
  },
  {
    id: 'petnow/validation-error-details-map-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['petId', 'This field is required.']],
      logId: null,
      code: 'PETNOWB2B10001',
    },
    why: "Rule 1: a 400 with a field error. Rule 3: an item that names no field holds a map of fields under `details`. Rule 2.4: only field messages, so the default. Rule 5: no id. Rule 6: the lone item's `code`.",
  },
  {
    id: 'pethub/missing-or-invalid-access-token-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Header is missing or includes an invalid access token',
      fields: [],
      logId: null,
      code: '202201100',
    },
    why: 'Rule 1: 401. Rule 2: the `message`, a sentence that says what was missing or refused. Rule 5: no id (`more_info` holds links). Rule 6: `code`, over `response_code`, which only restates the status.',
  },
  {
    id: 'transparentmedz/missing-permission-scope-403',
    expect: {
      kind: 'forbidden',
      message: "Your API key does not have 'prices.compare' permission.",
      fields: [],
      logId: null,
      code: 'FORBIDDEN',
    },
    why: "Rule 1: 403, and `FORBIDDEN` is a permission code. Rule 2: the error object's `message`. Rule 5: no id. Rule 6: the error's `code`.",
  },
  {
    id: 'climate-fieldview/quota-limit-exceeded-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 429. Rule 2.1: 'Limit Exceeded' is a category line that says no more than the status (an API gateway's stock 429 text), so the default. Rule 4: no header, no body hint, no wait in the text. Rules 5 and 6: no id, no code. Hesitated on message (other reading: 'Limit Exceeded').",
  },
  {
    id: 'findip/invalid-api-key-401',
    expect: { kind: 'unauthenticated', message: 'Invalid API key', fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2: the `detail` says which credential was refused, a line for the person (as 'Invalid email address', rule 1). Rules 5 and 6: no id, no code. Hesitated on message: it names only what is invalid (other reading: the default).",
  },
  {
    id: 'findip/document-not-found-404',
    expect: { kind: 'not-found', message: 'Document not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: 'Document not found' says what was not found, no bare reason phrase (as 'Resource not found'). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'lens/unable-to-authorize-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Unable to authorize user to this resource',
      fields: [],
      logId: 'c90e4ecb-2eb6-460b-88d4-6ac94e38a016',
      code: null,
    },
    why: "Rule 1: 401. Rule 2: the `message`, a sentence. Rule 5: a reference member holding a token is a support id. Rule 6: `code: 401` only restates the status in digits. Hesitated on code (other reading: '401').",
  },
  {
    id: 'signa/trademark-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Trademark tm_xxx does not exist',
      fields: [],
      logId: 'req_abc123',
      code: 'https://api.signa.so/errors/not_found',
    },
    why: "Rule 1: 404. Rule 2.2: problem details under `error`: `detail` beats `title`. Rule 4: `retry_after` is null (and `retryable: false`): no retry. Rule 5: `instance` is a path, not an id, so the body's `request_id`. Rule 6: the problem `type` URI is the code when there is no other. Hesitated on code: the URI is read by its last segment, which only restates the status (other reading: 'not_found', or null).",
  },
  {
    id: 'euipo/invalid-body-property-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['metadata', 'Task metadata cannot be null'],
        ['tags', 'Tag list cannot be null'],
      ],
      logId: 'd9e0b20005b0020e5920218b5b04f084',
      code: 'invalid-body-property',
    },
    why: "Rule 1: a 400 with field errors, and a code that begins with `invalid` and names an input (a body property). Rule 3: `errors` items with `detail` and a JSON Pointer `pointer` (`#/metadata`, `#/tags`). Rule 2.1: `detail` 'The request body contains an invalid or a malformed property' only says some input is invalid (as '… invalid or malformed.', CaseHug's 'Request body contains invalid fields'), and the `title` likewise, so the default (rule 2.4). Rule 5: `correlationId` (`instance` is a path). Rule 6: the explicit `code` over the problem `type`.",
  },
  {
    id: 'euipo/service-temporarily-unavailable-502',
    expect: {
      kind: 'unavailable',
      message: 'The service is currently unavailable',
      fields: [],
      logId: 'b8f2fc288f1e9aad434efdc96c255631',
      code: 'service-unavailable',
    },
    why: 'Rule 1: 502. Rule 2.2: `detail` beats `title`; it is a sentence, not a bare reason phrase. Rule 5: `correlationId`. Rule 6: the explicit `code`. Hesitated on message: it says no more than the status (other reading: the default).',
  },
  {
    id: 'silent-witness/invalid-report-type-400',
    expect: { kind: 'bad-request', message: 'Invalid report type', fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 without field errors and without a code; text never decides, so a bad request. Rule 2: the `error` (`success: false` without `data`) names the value refused and the values supported, a line the person can act on. Rules 5 and 6: no id, no code. Hesitated on message: it opens by naming only what is invalid, as \'Invalid value "…" for parameter …\' (other reading: the default).',
  },
  {
    id: 'lawfficient/insufficient-scope-403',
    expect: {
      kind: 'forbidden',
      message: 'The API key does not grant leads:read.',
      fields: [],
      logId: null,
      code: 'insufficient_scope',
    },
    why: "Rule 1: 403, and `insufficient_scope` is a permission code. Rule 2: the error's `message` (`details` is null). Rule 5: no id. Rule 6: the error's `code`.",
  },
  {
    id: 'casexchange/validation-error-email-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['email', 'must be a valid email address']],
      logId: 'req_err123456',
      code: 'validation_error',
    },
    why: "Rule 1: a 400 with a field error and the code `validation_error`. Rule 3: `details` items with `field` and `message`. Rule 2.1: 'Request validation failed' only says something failed validation, so the default. Rule 5: the body's `meta.requestId`. Rule 6: the error's `code` (the item carries none).",
  },
  {
    id: 'digipost/unknown-recipient-404-xml',
    expect: {
      kind: 'not-found',
      message: 'The recipient does not have a Digipost account',
      fields: [],
      logId: null,
      code: 'UNKNOWN_RECIPIENT',
    },
    why: 'Rule 1: 404. Rule 3: XML read as JSON, kebab-case members are the listed ones (`error-message`, `error-code`); `error-type` is a category. Rule 2: the `error-message`. Rule 5: no id. Rule 6: `error-code`.',
  },
  {
    id: 'access-worldpay/card-session-expiry-month-too-small-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['cardExpiryDate.month', 'Card expiry month is too small']],
      logId: null,
      code: 'integerIsTooSmall',
    },
    why: "Rule 1: a 400 with a field error. Rule 3: `validationErrors` items with `message` and a JSONPath `jsonPath` (`$.cardExpiryDate.month`). Rule 2.1: 'The json body provided does not match the expected schema' only says the body failed validation (a payload 'not valid according to schema'), so the default. Rule 5: no id. Rule 6: the lone item's code over `bodyDoesNotMatchSchema`, which only says validation. Hesitated on code: the envelope's `errorName` is the response's own (other reading: 'bodyDoesNotMatchSchema').",
  },
  {
    id: 'access-worldpay/card-session-body-is-empty-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'bodyIsEmpty' },
    why: "Rule 1: a 400 without fields, and `bodyIsEmpty` names the request's body as a whole. Rule 2.3: 'The body within the request is empty' reports a request without a body (as ShipEngine's 'Request body cannot be empty.'), developer text, so the default. Rule 5: no id. Rule 6: `errorName`, a code-shaped name alone in the envelope. Hesitated on code: a `…Name` member is read as a category (other reading: null).",
  },
  {
    id: 'azure-maps/cross-street-coordinates-invalid-400',
    expect: {
      kind: 'bad-request',
      message: 'The provided coordinates in query are invalid, out of range, or not in the expected format',
      fields: [],
      logId: null,
      code: '400 BadRequest',
    },
    why: "Rule 1: a 400 without field errors, whose code only restates the status; text never decides. Rule 2: the error's `message`, a sentence that says what is wrong. Rule 5: no request-id header (`X-MSEdge-Ref` is not named like one). Rule 6: the error's `code`. Hesitated on code: it only restates the status (other reading: null).",
  },
  {
    id: 'azure-communication-services/phone-plans-no-match-internal-error-code-400',
    expect: {
      kind: 'server',
      message: 'We are unable to find phone plans to match your requested capabilities',
      fields: [],
      logId: null,
      code: 'InternalError',
    },
    why: "Rule 1: a 400 whose code `InternalError` (read without its `Error` suffix) names a server failure, as a `server_error` code on a 4xx does; a code outranks 400. Rule 2.2: the `innererror`'s message is the occurrence's text; the outer 'The server encountered an internal error.' is generic (rule 2.1). Rule 5: no body id, and no header named like a request id (`MS-CV`, `X-Azure-Ref` are not). Rule 6: the outer `code`; the inner `BadRequest` only restates the status. Hesitated on kind: the inner code and the sentence say the request could not be matched (other reading: bad-request); on message (other reading: the default, if `innererror` is read as debug text); on code (other reading: 'BadRequest'); and on logId (other reading: the `X-Azure-Ref`).",
  },
  {
    id: 'azure-service-bus/put-queue-if-match-operation-not-found-404-xml',
    expect: {
      kind: 'not-found',
      message: "The Operation doesn't exist",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2.1: in `Detail` the leading `SubCode=40400.` is a vendor's error number and 'Not Found.' the reason phrase, both dropped; 'To know more visit …' only sends the reader to a page, and 'TrackingId:…, SystemTracker:…, Timestamp:…' labels the occurrence, so the sentence is 'The Operation doesn't exist.'. Rule 5: no id member and no request-id header; the tracking id is printed only in the text. Rule 6: the XML `Code` holds only the status in digits. Hesitated on logId (other reading: 'a0c66efc-bde0-4f2c-9890-f7075f9fa2f9_G13'); and on code (other reading: '404', as the `Code` element of an XML error).",
  },
  {
    id: 'azure-schema-registry/schema-id-item-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Schema id 6bbdee00-904f-7b81-d514-f3b71c3493b7 does not exist',
      fields: [],
      logId: null,
      code: 'ItemNotFound',
    },
    why: "Rule 1: 404 (and `ItemNotFound` is a not-found code). Rule 2.1: the error's `message` up to the support labels ('TrackingId:…, SystemTracker:…, Timestamp:…', dropped). Rule 5: no id member and no request-id header (`x-ms-error-code` is the code); the tracking id is printed only in the text. Rule 6: the error's `code`. Hesitated on logId (other reading: '26c45c3f-22ed-47ad-a37f-a7abf40caf87_G9').",
  },
] satisfies Reading[];
