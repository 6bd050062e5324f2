import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 27 cases (every third case of the sixty-seventh holdout's five parts, AT, AU, AW, AX and
// AY, in file order, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a
// frozen copy of `test/conformance/README.md` (`.tmp/blind67/rules.md`, the rule rows up to the sixty-sixth holdout's
// included), an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second
// reading (the sixty-sixth's) as a model of the format, and the cases' ids, sources, URLs and responses (no case
// carried a `receivedAt` and none was thrown; Marine Regions' two cases and ITIS's page send a `Date` header, which
// gives their `now`, and every other case counts from 2026-11-22T12:00:00Z; no case gives a wait by these readings),
// no notes, no expectations. They were told not to open the case files or anything else under `test/conformance/`,
// the kit's source, its README or changelog, the live rules file, the git history or the rest of `.tmp/`, nor to run
// the kit, the conformance script or any test, nor to use search tools. They listed `.tmp/blind67/` itself once, at
// the start, and opened none of it but the files the brief names; they wrote this file by its full path without
// listing its folder. They marked 15 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.

export default [
  {
    id: 'marine-regions/gazetteer-mrgid-not-found-empty-array-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404: not-found. Rule 2.4: the body is an empty array, no text: the default. Rule 4: the `date` header gives `now`; no `Retry-After` or reset header: no wait. Rule 5: no header is named like a request id (`etag`-like, CORS and CSP headers are not): no id. Rule 6: no code.',
  },
  {
    id: 'marine-regions/wfs-class-cast-exception-400-xml',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'NoApplicableCode' },
    why: "Rule 3: XML read as JSON; the one-element `ExceptionReport` wrapper is dropped and the `Exception` is the error object, its `exceptionCode` attribute a member (an XML error told in attributes; `exceptionCode` is a code by the twenty-ninth holdout's row). Rule 1: a 400 without fields whose code `NoApplicableCode` no row sorts: a bad request. Rule 2.3: OGC's `ExceptionText` 'java.lang.ClassCastException: Cannot cast java.lang.String to java.lang.Integer' is an exception class and qualified type names, and its second line repeats the type names: developer text, the default (rule 2.4). Rule 5: no id. Rule 6: `exceptionCode`: 'NoApplicableCode'. Hesitated on code (other reading: none, OGC's code that says no other code applies, a category with nothing under it).",
  },
  {
    id: 'itis/invalid-tsn-400-html',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.5: an HTML error page gives no message ('HTTP 400 - Bad Request' and the stock 'The server is unable to process your request…' go to `details`): the default. Rule 4: the `date` header gives `now`; no wait. Rule 5: `etag` names a file version, not an occurrence, and no header is named like a request id: no id. Rule 6: no code.",
  },
  {
    id: 'pgs-catalog/request-limit-exceeded-429-json-in-html',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 429: rate-limited. Rule 2.5: the body is an HTML page (a doctype, `html`, `body`, `p`) whatever its `Content-Type` says; markup is never a message, and the JSON printed inside the page is the page's text, JSON as text (rule 2.3): the default (rule 2.4). Rule 4: no `Retry-After` or reset header; the page's `availableIn` '1 seconds' is text of an HTML page, not a body member nor message text (rule 4.4): no wait. Rules 5 and 6: no id, no code. Hesitated on message and retry (other reading: the JSON inside the page read as the body, its 'request limit exceeded' (or the default, the 429 in other words) with a wait of 1 s from `availableIn`).",
  },
  {
    id: 'floorsense/authentication-failed-code-17-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: '17' },
    why: "Rule 1: 401: unauthenticated; a code never turns a 401 into anything else. Rule 2.1: 'Authentication failed' is the 401's phrase in other words, as 'Authorization failed' and 'Authentication Error' are (the fifty-fifth holdout's row: the default on a 401): the default (rule 2.4). Rule 5: no id. Rule 6: `code` 17 is a number that is no HTTP status: '17'; `type: \"response\"` names the message kind and `result: false` is a flag.",
  },
  {
    id: 'trustar/bad-credentials-401',
    expect: { kind: 'unauthenticated', message: 'Bad credentials', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: Spring Boot's `error` 'Unauthorized' is the bare reason phrase; `message` 'Bad credentials' says the credentials sent were wrong, which a credential's line does ('Invalid credentials' is kept): kept. Rule 5: `path` is the request's URL path and `timestamp` a time: no id. Rule 6: `error` only restates the 401 and `status` is the status in digits: no code. Hesitated on message (other reading: the default, Spring Security's stock line being the 401 in other words) and on code (other reading: 'Unauthorized').",
  },
  {
    id: 'trelica/validation-problem-extensions-traceid-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['patch', 'The patch field is required'],
        ['leavingDate', 'Error converting value'],
      ],
      logId: '00-91e4405b75d06e4db212d2d0ccfede2b-d3eb9bf0ff405244-00',
      code: null,
    },
    why: "Rule 3: `errors` is a container of fields by name (ASP.NET Core's validation problem): `patch` and `leavingDate`, each with a list of one string. Rule 1: a 400 that carries field errors: validation. Rule 2.1: `title` 'One or more validation errors occurred.' is generic, and only field messages remain: the default (rule 2.4). `leavingDate`'s line is Json.NET's report (a .NET type name, 'Path …, line 2, position 31'), developer text, but its key names a real field, not the action's argument (the fifty-second holdout's row), so it stays that field's error. Rule 5: `extensions.traceId`, a body's `traceId`: the support id. Rule 6: `type` is empty and `status` the status: no code. Hesitated on fields (other reading: `patch` only, a field whose only line is developer text giving no field error) and on logId (other reading: the trace id inside it, '91e4405b75d06e4db212d2d0ccfede2b', as a `traceparent`'s).",
  },
  {
    id: 'starmind/invalid-request-content-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'InvalidRequestContent' },
    why: "Rule 1: a 400 without fields whose code `InvalidRequestContent` says the request's body is invalid: a bad request. Rule 2.3: 'The request content was malformed: Unexpected character '}' at input index 58 (line 4, position 1), …' is a server that could not parse the request's body, and a parser's position after it: developer text; `error_user_title` and `error_user_msg` are null: the default (rule 2.4). Rule 5: no id. Rule 6: `error.code`: 'InvalidRequestContent'.",
  },
  {
    id: 'veratad/no-query-in0-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'IN0' },
    why: "Rule 1: a 400 without fields whose code `IN0` is a vendor code no row sorts: a bad request. Rule 2.1: `error.message` 'No Query' names only which input is missing, the API's `query`, and says nothing of it: the default (rule 2.4). Rule 5: `meta.timestamp` is a time: no id. Rule 6: `error.code`: 'IN0'. Hesitated on message (other reading: 'No Query' kept, two words with a capital that a person reads as 'nothing was asked').",
  },
  {
    id: 'nevisidm/parameter-q-mandatory-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: `messages` is read as `errors`; `messages.errors` holds one line and no path member: form-level; `response` is null. Rule 1: a 400 with a lone line (no list) and no code: a bad request. Rule 2.1: 'Parameter 'q' is mandatory.' names only which input is missing, quoted and called a parameter ('Parameter component is required'): the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'revup-payments/invalid-request-body-schema-report-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.1: `message` 'Invalid request body' is generic (Firecrawl's). Rule 2.3: `errors` is a string holding a JSON Schema validator's report ('[object has missing required properties ([\"operation\"])]'), developer text and no field by structure: the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'whop/forbidden-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.1: `message` 'Forbidden' is the 403's own reason phrase: the default (rule 2.4). Rule 5: no id. Rule 6: `error.code` 403 in digits is the status, which it only restates: no code. Hesitated on code (other reading: '403', a numeric code kept as a string).",
  },
  {
    id: 'apiera/problem-not-found-correlation-id-404',
    expect: {
      kind: 'not-found',
      message: 'The requested resource could not be found',
      fields: [],
      logId: '550e8400-e29b-41d4-a716-446655440000',
      code: 'https://docs.apiera.io/problems/not-found',
    },
    why: "Rule 1: 404: not-found, and the problem type agrees. Rule 2.2: RFC 9457 `detail` beats `title` 'Not Found' (a reason phrase); 'The requested resource could not be found.' is a sentence, as 'Resource not found' is (only the bare reason phrase restates the status): kept. Rule 5: `correlationId`: the support id (`instance` is a URL path). Rule 6: no explicit code member; the problem `type` URI is the code when there is no other: the URI. Hesitated on message (other reading: the default, the 404 said in a stock sentence) and on code (other reading: none, a type that only restates the 404, or its last segment 'not-found').",
  },
  {
    id: 'inxmail-professional/invalid-request-body-problem-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'invalid-request-body' },
    why: "Rule 1: a 400 without fields; the problem type `invalid-request-body` names the request's body as invalid: a bad request. Rule 2.3: `title` 'unparsable request body' is a server that could not parse the request's body (Honeycomb's): developer text; `_links` holds only a docs link: the default (rule 2.4). Rule 5: no id. Rule 6: no explicit code member; the problem `type` (a relative URI, not `about:blank`) is the code: 'invalid-request-body'.",
  },
  {
    id: 'veroid/missing-api-key-401',
    expect: { kind: 'unauthenticated', message: 'Missing API key', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error` 'Unauthorized' is the 401's reason phrase; `message` 'Missing API key. Include X-API-Key header.' names the credential that is missing in a person's words and says what to send, and a credential's name stays: kept. Rule 5: no id. Rule 6: `error` only restates the 401: no code. Hesitated on message (other reading: the default, a line naming only which input is missing, its header by the API's name) and on code (other reading: 'Unauthorized').",
  },
  {
    id: 'dealcloud/unsupported-media-type-problem-415',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: '00-e5301e2925cf99bed73710e4ec4a7b21-8d92b268f9e04d2a-00',
      code: null,
    },
    why: "Rule 1: 415: a bad request. Rule 2.1: `title` 'Unsupported Media Type' is the bare reason phrase, and there is no `detail`: the default (rule 2.4). Rule 5: `traceId`: the support id. Rule 6: the problem `type` only links RFC 9110's section on the 415, a code that restates the status (as a type `gateway-timeout` on a 504 says no more): no code. Hesitated on code (other reading: the URI 'https://tools.ietf.org/html/rfc9110#section-15.5.16', a problem type being the code when there is no other) and on logId (other reading: the trace id inside it).",
  },
  {
    id: 'barclaycard-epdq/capture-order-not-authorized-50001127-200',
    expect: {
      kind: 'unknown',
      message: 'this order is not authorized',
      fields: [],
      logId: null,
      code: '50001127',
    },
    why: "Rule 3: XML read as JSON; `ncresponse` tells the error in its attributes, whose names say so (`NCERROR`, `NCERRORPLUS`: an error and its text). Rule 1: a 200; `NCERROR` 50001127 is a vendor number no row sorts and no HTTP status, `STATUS` 0 and `NCSTATUS` 5 are no error statuses, and 'not authorized' is text (here the payment's authorization, not a refusal), which never decides: unknown. Rule 2.1: `NCERRORPLUS` '|this order is not authorized|' is the one line of prose, a sentence for the person once its bars are dropped: kept. Rule 5: `PAYID` and `orderID` name the payment and the order, not an occurrence: no id. Rule 6: `NCERROR` (an error code by its shape): '50001127'. Hesitated on message (other reading: the default, a payment gateway's line for the merchant's program) and on code (other reading: none, `NCERROR` being no name rule 6 lists).",
  },
  {
    id: 'swagger-petstore/pet-not-found-404',
    expect: { kind: 'not-found', message: 'Pet not found', fields: [], logId: null, code: '1' },
    why: "Rule 1: 404: not-found. Rule 2.1: 'Pet not found' says what was not found, a sentence as 'Resource not found' is: kept. Rule 5: no id. Rule 6: `code` 1 is a number that is no HTTP status: '1'; `type: \"error\"` is a category. Hesitated on code (other reading: none, Petstore's `code` 1 only saying that an error occurred, as `type` does).",
  },
  {
    id: 'conduit-realworld/sign-up-email-and-username-taken-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'has already been taken'],
        ['username', 'has already been taken'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: `errors` is a map of path to lists of strings: the fields `email` and `username`. Rule 1: 422: validation; a duplicate makes a conflict only by its code ('also when every field error carries one'), and these items carry text, not codes: text never decides. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: conflict, every field error saying its value is taken).",
  },
  {
    id: 'restful-booker/update-missing-booking-405-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 405: a bad request. Rule 2.6: plain text on a 4xx is the message when it is a sentence, but 'Method Not Allowed' is the 405's bare reason phrase (rule 2.1): the default (rule 2.4). Rules 4 to 6: no headers, no id, no code.",
  },
  {
    id: 'automation-exercise/verify-login-method-not-supported-200',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: beside a 2xx, a numeric code of an error status names it: `responseCode` (a code by its shape) 405: a bad request; the model's status stays 200. Rule 2.1: 'This request method is not supported.' is the 405's phrase in other words (tRPC's 'Method Not Supported' is a reason phrase; 'User authentication is required.' says no more than a 401): the default (rule 2.4). Rule 5: no id. Rule 6: `responseCode` 405 in digits is the status the body means, not a code: none. Hesitated on message (other reading: the line kept, a sentence about the request's method).",
  },
  {
    id: 'sap-plc/general-entity-not-found-404',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'GENERAL_ENTITY_NOT_FOUND_ERROR',
    },
    why: "Rule 3: `body` is empty; `head.messages` holds one item with a `code` and no text and no path; `details.userObjs` lists objects with only an `id`, no messages: no field. Rule 1: 404: not-found, and the code agrees. Rule 2.1: a code is no sentence and nothing else speaks: the default (rule 2.4). Rule 5: `userObjs[].id` 'I305774' names a user object the error is about, not the occurrence: no id. Rule 6: the lone item's `code`: 'GENERAL_ENTITY_NOT_FOUND_ERROR'.",
  },
  {
    id: 'sap-plc/general-method-not-allowed-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'GENERAL_METHOD_NOT_ALLOWED_ERROR',
    },
    why: "Rule 1: 500: server; a code never turns a 5xx into a 4xx kind other than rate-limited, so 'method not allowed' stays a server error. Rule 2.4: the lone item of `head.messages` carries only a code and an empty `details`: the default. Rule 5: no id. Rule 6: the lone item's `code`: 'GENERAL_METHOD_NOT_ALLOWED_ERROR'.",
  },
  {
    id: 'open-permissions-platform/login-missing-credentials-400',
    expect: {
      kind: 'bad-request',
      message: 'Please provide valid credentials',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: the lone item of `errors` has a `message` and a `source` in text, which names where the error came from ('accounts'), no field: form-level. Rule 1: a 400 without field errors and without a code; that the words speak of credentials is text, which never decides: a bad request. Rule 2.2: the lone form-level sentence of the list speaks, and a credential's line stays: kept. Rule 5: no id. Rule 6: `status` 400 is the status: no code.",
  },
  {
    id: 'open-permissions-platform/register-user-email-exists-400',
    expect: {
      kind: 'bad-request',
      message: 'User with email jonh.bull@mycompany.com already exists',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: the lone item of `errors` names no field (`source` 'accounts' in text is where it came from): form-level. Rule 1: a 400 without fields or code; 'already exists' is text, and only a code makes a conflict of a 400: a bad request. Rule 2.2: the lone form-level sentence of the list: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'open-permissions-platform/password-length-400',
    expect: {
      kind: 'bad-request',
      message: 'password must be between 3 and 128 characters',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: the lone item of `errors` has no path member (`source` 'accounts' in text is no field), and only class-validator's format names its field in the text: form-level. Rule 1: a 400 without fields or code: a bad request. Rule 2.1: 'password must be between 3 and 128 characters' starts with a word in small letters, but says what the value must be, not only which input is missing or invalid, and 'password' is a person's word as much as the API's: kept (rule 2.2, the lone form-level sentence). Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a lone word in small letters starting the line, as NutrientAPI's line was read by one reader).",
  },
  {
    id: 'open-permissions-platform/auth-token-scope-refused-403',
    expect: {
      kind: 'forbidden',
      message: "does not have 'w' access to",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403: forbidden. Rule 3: the lone item of `errors` names no field (`source` 'authentication' in text is where it came from): form-level. Rule 2.2: its sentence, 'Client '…' does not have 'w' access to '…'', says what was refused; no rule names ids quoted in a refusal developer text: kept. Rules 5 and 6: the quoted hexadecimal ids name the client and the resource, not the occurrence: no id; `status` 403 is the status: no code. Hesitated on message (other reading: the default, a client's id and an access letter being the API's internals that no person typed).",
  },
] satisfies Reading[];
