import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 27 cases (every third case of the hundred-and-fifth holdout's parts JD to JI, in file
// order, on 5 March 2027), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of the
// written rules, `test/conformance/README.md` (`.tmp/blind105/rules.md`, its rule rows read as amending the rules
// above them, later rows winning), an excerpt of `types.ts` (`.tmp/blind105/types-excerpt.ts`: `DEFAULT` and the case
// type), the `Reading` interface (`.tmp/blind105/reading-interface.ts`) and one finished second reading (the
// hundred-and-fourth's, `.tmp/blind105/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs,
// `now`s and responses (`.tmp/blind105/cases.json`; none was thrown, none sends a `Date` header, and one sends its
// body as text), no notes, no expectations, no kit answers. They were told not to open the case files or anything
// else under `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to use
// search tools, nor to list folders. They opened only the files the brief names (the rules read whole, in pieces),
// checked by its full path that this file did not exist yet, and wrote it by its full path. They listed no folder.
// They marked 18 cases "hesitated" and named the other reading. Written once and not changed after.
export default [
  {
    id: 'decentraland-catalyst/audit-unrecognized-type-400',
    expect: { kind: 'bad-request', message: 'Unrecognized type: Houses', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `error` 'Unrecognized type: Houses' holds words with spaces, no code; 'type' is a plain word, not quoted, not written as code, not called a parameter and not a lone small word starting the line, and the line says which value was refused: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line that names only an input by the API's name, `type`, and its refused value, as 'unknown value \"garbage\" for parameter 'type'' and 'Unknown mbid' are).",
  },
  {
    id: 'decentraland-catalyst/pointer-changes-offset-too-high-400',
    expect: {
      kind: 'bad-request',
      message: "Offset can't be higher than 5000",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `error` 'Offset can't be higher than 5000. Please use the 'next' property for pagination.' states a rule about a value in a person's words ('Offset', capitalized, not a key written as code): kept. Rule 3: no member names a field. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'pdf-blocks/add-password-unparseable-pdf-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['file', 'Could not parse the PDF document']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `errors` is a map of path to a list of messages (ASP.NET Core's validation problem): `file`, 'Could not parse the PDF document. The file may be invalid or corrupt.' (the person's uploaded file, not the request's JSON: no parser internals). Rule 1: a 400 with field errors: validation. Rule 2.1: `title` 'One or more validation errors occurred.' is a generic summary; rule 2.4: only field messages: the default. Rule 6: the problem `type` links the vendor's page for status 400, its last segment the status: it says no more than the status (the sixty-seventh holdout's row): no code; `status` 400 is the status. Rule 5: no id. Hesitated on code (other reading: the `type` URI, a problem type when there is no other code, since the vendor's page is not the HTTP specification).",
  },
  {
    id: 'hotel-universe/hotel-id-must-be-provided-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors; `name` 'ClientError' is a category (a class's name) that says only that the client erred, no code a row sorts: bad-request. Rule 2.1 and the rule row of 6 December 2026: 'hotelId must be provided' names only which input is missing, by the API's key written as code (camel case): the default. Rule 3: only class-validator's format names a field by its leading path: no field. Rule 6: `status` 400 is the status. Rule 5: no id. Hesitated on code (other reading: 'ClientError', the only code-shaped member).",
  },
  {
    id: 'hotel-universe/hotel-not-found-404',
    expect: { kind: 'not-found', message: 'Hotel not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: 'Hotel not found' names what was not found, not the bare reason phrase ('Resource not found' is a sentence, the fifth holdout's row): kept. Rule 6: `name` 'ClientError' is a category that only restates a 4xx, no code; `status` 404 is the status. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'ClientError').",
  },
  {
    id: 'hotel-universe/internal-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: 'Internal server error' is the 500's reason phrase: the default (rule 2.4). Rule 6: `name` 'ServerError' only restates the status, a category: no code; `status` 500 is the status. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'ServerError').",
  },
  {
    id: 'accor/hotel-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'The hotel does not exist',
      fields: [],
      logId: 'dc33f7a3-6958-4b8b-907b-843cf61072fb',
      code: 'HOTEL_NOT_FOUND',
    },
    why: "Rule 1: 404: not-found. Rule 2.2: RFC 9457 `detail` 'The hotel does not exist' beats `title`, which holds only a code: kept. Rule 6: a code alone in a message's member (Camunda's problem `title`) is the code: 'HOTEL_NOT_FOUND'; `status` '404' is the status. Rule 5: `requestId`. Rule 3: no field.",
  },
  {
    id: 'recranet/date-validation-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['dateFrom', 'This value is required'],
        ['dateTo', 'This value must be after dateFrom'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: `details` is a map of path to items with a message and `violations` a list of items with `propertyPath` and `title` (Symfony's), both naming the same two fields, and `errors` repeats them as 'field: message' lines: `dateFrom`, 'This value is required'; `dateTo`, 'This value must be after dateFrom'. Rule 1: a 400 with field errors: validation. Rule 2.1: `description` 'The request is invalid and cannot be processed. Update your request and try again.' is a generic summary with a plea to modify the request (HFD's); rule 2.4: only field messages: the default. Rule 6: `status` 400 is the status, no code. Rule 5: no id.",
  },
  {
    id: 'crbee/session-not-found-or-expired-404',
    expect: { kind: 'not-found', message: 'Session not found or expired', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found (no code; a code would not turn a 404 into anything else). Rule 2.1: `error` 'Session not found or expired' says what was not found, not the bare reason phrase: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'freecodecamp/update-my-theme-wrong-updating-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'flash.wrong-updating' },
    why: "Rule 1: a 400 without field errors; the code 'flash.wrong-updating' names no kind: bad-request. Rule 2.1: `message` holds one dotted token, a code (a message key), not a sentence: the default (rule 2.4). Rule 6: a dotted code alone in `message` is the code (SIS ID's `error.validation`); `type` 'danger' is an alert's style. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a translation key for the app's flash message rather than a code for programs).",
  },
  {
    id: 'freecodecamp/update-my-email-in-use-400',
    expect: {
      kind: 'bad-request',
      message: 'is already associated with another account',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides, so not a conflict). Rule 2.1: 'bar@bar.com is already associated with another account.' says what was refused in a person's words: kept. Rule 6: `type` 'info' is an alert's style, no code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'info', a `type` standing alone).",
  },
  {
    id: 'freecodecamp/update-my-username-invalid-characters-400',
    expect: {
      kind: 'bad-request',
      message: 'Username twaha@ contains invalid characters',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: 'Username twaha@ contains invalid characters' names the input in a person's word ('Username', capitalized) and says what is wrong with its value: kept. Rule 6: `type` 'info' is an alert's style, no code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'info').",
  },
  {
    id: 'freecodecamp/update-my-username-too-short-ajv-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: 'body/username must NOT have fewer than 3 characters' is Fastify's validation line led by the request's part and path, Ajv's report (the ninety-seventh holdout's row): developer text, the default (rule 2.4). Rule 3: only class-validator's format names a field by its leading path, and this line is developer text: no field. Rule 6: `type` 'info' is an alert's style. Rule 5: no id. Hesitated on fields and code (other reading: the field `username` from the path before the report; and 'info' as a code).",
  },
  {
    id: 'nextschool/graphql-authentication-required-200',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'UNAUTHENTICATED' },
    why: "Rule 1: GraphQL's `extensions.code` 'UNAUTHENTICATED' is a credential code, which outranks a 2xx: unauthenticated. Rule 2.1: 'Authentication required' restates a 401; beside a code that asks to sign in it says no more (the forty-fourth holdout's row: 'not authorized' in a GraphQL error says what was refused unless its code asks to sign in): the default (rule 2.4). Rule 3: a GraphQL error's `path` points into the response: no field. Rule 6: 'UNAUTHENTICATED'. Rule 5: no id. Hesitated on message (other reading: 'Authentication required' kept, the 401's phrase sent with a status other than 401 saying what was refused).",
  },
  {
    id: 'policynumbers/rate-limit-exceeded-429',
    expect: {
      kind: 'rate-limited',
      message: 'You have exceeded your request limit',
      fields: [],
      retry: 47,
      logId: null,
      code: 'rate_limit_exceeded',
    },
    why: "Rule 1: 429, and the throttling code `rate_limit_exceeded`: rate-limited. Rule 2.1: `message` 'You have exceeded your request limit. Retry after 47 seconds.' is a sentence: kept. Rule 4: no header; the body's `retry_after` 47 (seconds) is the hint, as the text's wait also says: 47 s. Rule 6: `error` 'rate_limit_exceeded', a code in OAuth's place; `code` 429 is the status in digits. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'polestar/graphql-validation-failed-cannot-query-field',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'GRAPHQL_VALIDATION_FAILED' },
    why: 'Rule 1: 400 with GraphQL\'s `GRAPHQL_VALIDATION_FAILED`: bad-request. Rule 2.3: \'Cannot query field "belongsToFleet" on type "VehicleInformation".\' is GraphQL query-validation text and the `exception.stacktrace` a stack trace: developer text, the default (rule 2.4). Rule 6: `extensions.code`. Rules 3 and 5: no field (a query\'s field is no input), no id.',
  },
  {
    id: 'amps/unsupported-unit-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['power', 'unit `percent` is not supported']],
      logId: 'req_8a2Bf3kP',
      code: 'UNSUPPORTED_UNIT',
    },
    why: "Rule 1: 422: validation (`UNSUPPORTED_UNIT` names no other kind); `success: false` with the error in `error`. Rule 3: the lone error object names its parameter in its `details` (`parameter: \"power\"`, as `details.field` and `details.property` do): the field `power` gets its line. Rule 2.1: 'Parameter `power` unit `percent` is not supported. Expected `kw`.' names the input by the API's key, called a parameter and written as code, and its refused value: the default for the response (rule 2.4), the field keeping the line. Rule 6: the explicit `code`. Rule 5: `meta.requestId` 'req_8a2Bf3kP'. Hesitated on fields (other reading: no field, `details` not being named among the contexts `context`, `data` and `meta`).",
  },
  {
    id: 'camara-kyc-match/id-document-mismatch-403',
    expect: {
      kind: 'forbidden',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'KNOW_YOUR_CUSTOMER.ID_DOCUMENT_MISMATCH',
    },
    why: "Rule 1: 403: forbidden (a code that says an input is wrong does not turn a 403 into a validation failure, and `ID_DOCUMENT_MISMATCH`, read without the API's name, names no other kind). Rule 2.1: 'The idDocument needs to match the one associated with the provided phoneNumber' names only inputs by the API's keys written as code (camel case) and how they relate, as 'bbox-crs specified without bbox parameter' does: the default (rule 2.4). Rule 6: the explicit `code` as sent; `status` 403 is the status. Rules 3 and 5: no field, no id. Hesitated on message and code (other reading: the line kept, saying what was refused, the document not matching the customer's; and the code without the API's name, 'ID_DOCUMENT_MISMATCH').",
  },
  {
    id: 'camara-kyc-match/identifier-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'The phone number provided is not associated with a customer account',
      fields: [],
      logId: null,
      code: 'IDENTIFIER_NOT_FOUND',
    },
    why: "Rule 1: 404: not-found (`IDENTIFIER_NOT_FOUND` agrees). Rule 2.1: 'The phone number provided is not associated with a customer account' says what was not found in a person's words: kept. Rule 6: the explicit `code`; `status` 404 is the status. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'camara-kyc-age-verification/unsupported-media-type-415',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'UNSUPPORTED_MEDIA_TYPE' },
    why: "Rule 1: 415: bad-request. Rule 2.1: 'The server refuses to accept the request because the payload format is in an unsupported format.' is the HTTP specification's own definition of the 415 in other words (the sixty-eighth holdout's row; 'Unknown Media Type', the ninetieth's): the default (rule 2.4). Rule 6: the explicit `code` 'UNSUPPORTED_MEDIA_TYPE', the only code; `status` 415 is the status. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the status standing alone).",
  },
  {
    id: 'camara-population-density-data/invalid-area-400',
    expect: {
      kind: 'validation',
      message: 'The area is not a polygon shape or has an arbitrary complexity',
      fields: [],
      logId: null,
      code: 'POPULATION_DENSITY_DATA.INVALID_AREA',
    },
    why: "Rule 1: the code read without the API's name (CAMARA's `ONE_TIME_PASSWORD_SMS.INVALID_OTP`), `INVALID_AREA`, begins with `invalid` and names an input: a validation code, which outranks a 400: validation. Rule 2.1: 'The area is not a polygon shape or has an arbitrary complexity' says what is wrong with the value in a person's words: kept. Rule 3: no member names a field. Rule 6: the explicit `code` as sent; `status` 400 is the status. Rule 5: no id. Hesitated on code (other reading: 'INVALID_AREA', without the API's name).",
  },
  {
    id: 'camara-population-density-data/invalid-credential-400',
    expect: {
      kind: 'unauthenticated',
      message: 'Only Access token is supported',
      fields: [],
      logId: null,
      code: 'INVALID_CREDENTIAL',
    },
    why: "Rule 1: `INVALID_CREDENTIAL` begins with `invalid` and names a credential: a credential code on a 400: unauthenticated. Rule 2.1: 'Only Access token is supported' names a credential and what is accepted, saying why signing in failed: kept. Rule 6: the explicit `code`; `status` 400 is the status. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'camara-population-density-data/unsupported-precision-422',
    expect: {
      kind: 'validation',
      message: 'Indicated cell precision (Geohash length) is not supported',
      fields: [],
      logId: null,
      code: 'POPULATION_DENSITY_DATA.UNSUPPORTED_PRECISION',
    },
    why: "Rule 1: 422: validation (`UNSUPPORTED_PRECISION` names no other kind). Rule 2.1: 'Indicated cell precision (Geohash length) is not supported' says what is wrong in a person's words: kept. Rule 6: the explicit `code` as sent; `status` 422 is the status. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'UNSUPPORTED_PRECISION', without the API's name).",
  },
  {
    id: 'camara-call-forwarding-signal/out-of-range-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'OUT_OF_RANGE' },
    why: "Rule 1: `OUT_OF_RANGE` says an input's value lies outside its allowed range, as zod's `too_small` and `too_big` and a value breaking its length rule do: a validation code, which outranks a 400: validation. Rule 2.1: 'Client specified an invalid range.' is CAMARA's stock line, as its 'Client specified an invalid argument …' is generic (the thirtieth holdout's row): the default (rule 2.4). Rule 6: the explicit `code`; `status` 400 is the status. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: bad-request, a code no row of the kind table names, beside a 400 without fields).",
  },
  {
    id: 'camara-device-identifier/inconsistent-device-parameters-400',
    expect: {
      kind: 'validation',
      message: 'Multiple inconsistent device parameters specified',
      fields: [],
      logId: null,
      code: 'INVALID_ARGUMENT',
    },
    why: "Rule 1: `INVALID_ARGUMENT` is a validation code, which outranks a 400: validation. Rule 2.1: 'Multiple inconsistent device parameters specified' says what is wrong (several device identifiers that disagree) in plain words, naming no key: kept. Rule 6: the explicit `code`; `status` 400 is the status. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, parameters said to be invalid, as ARGO's 'Pull Parameters Invalid' says no more than the status).",
  },
  {
    id: 'camara-device-identifier/identifier-mismatch-422',
    expect: {
      kind: 'validation',
      message: 'Provided identifiers are not consistent',
      fields: [],
      logId: null,
      code: 'IDENTIFIER_MISMATCH',
    },
    why: "Rule 1: 422: validation (`IDENTIFIER_MISMATCH` names no other kind). Rule 2.1: 'Provided identifiers are not consistent.' says what is wrong with the identifiers sent, in plain words: kept. Rule 6: the explicit `code`; `status` 422 is the status. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, a stock line that says no more than the code and the status).",
  },
  {
    id: 'africastalking/request-content-malformed-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: the text body 'The request content was malformed: Expected Map as JsObject' is a server that could not read the request's body, with spray-json's deserializer report after the colon: developer text, the default (rule 2.4), though rule 2.6 reads a sentence sent as text on a 4xx. Rules 3, 5 and 6: no field, no id, no code.",
  },
] satisfies Reading[];
