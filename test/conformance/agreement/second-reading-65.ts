import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 25 cases (every third case of the sixty-fifth holdout's five parts, AJ to AN, in file
// order, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind65/rules.md`, the rule rows up to the sixty-fourth holdout's included), an
// excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second reading (the
// sixty-fourth's) as a model of the format, and the cases' ids, sources, URLs and responses (no case carried a
// `receivedAt` and none was thrown; only TIBCO Spotfire Data Science's 401 sends a `Date` header, which gives its
// `now`, and every other case counts from 2026-11-22T12:00:00Z; no case gives a wait), no notes, no expectations. They
// were told not to open the case files or anything else under `test/conformance/`, the kit's source, its README or
// changelog, the live rules file, the git history or the rest of `.tmp/`, nor to run the kit, the conformance script
// or any test, nor to use search tools; they wrote this file by its full path without listing its folder. They marked
// 19 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.

export default [
  {
    id: 'cocoapods-trunk/spec-lint-errors-and-warnings-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 2.1: `error` 'The Pod Specification did not pass validation.' only says something failed validation ('Some data points in the request failed validation'): generic. Rule 3: `data.errors` holds two strings with no path member: form-level, not scored; the backticked `name` in text is no path. Rule 2.2 and the 6 December 2026 row: 'Missing required attribute `name`.' names only an input by the API's key, and beside 'A version is required.' the two lines are still several problems and make no lone sentence; `warnings` beside the errors are not the error: the default (rule 2.4). Rules 4 to 6: no headers, no id, no code (`error` holds a sentence). Hesitated on message (other reading: 'A version is required.', the one line in a person's words, as a lone form-level sentence).",
  },
  {
    id: 'cocoapods-trunk/no-pod-found-name-404',
    expect: {
      kind: 'not-found',
      message: 'No pod found with the specified name',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 404: not-found. Rule 2.1: `error` is a sentence naming what was not found (only the bare reason phrase restates the status): kept. Rules 4 to 6: no headers, no id, no code.',
  },
  {
    id: 'pub-dev/missing-authentication-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'MissingAuthentication',
    },
    why: "Rule 1: 401: unauthenticated, and the code (a missing credential) agrees. Rule 2.1: 'authenication is required' is the 401's phrase ('Authentication required', 'Authentication is required' restate a 401), and after the comma 'please add `authorization` header' names only what is missing by the API's name, written as code, as a reason phrase, a comma and a pointer say no more than the status (Azure Container Registry's): the default (rule 2.4). Rule 5: no id. Rule 6: `code`: 'MissingAuthentication'. Hesitated on message (other reading: the whole line, a credential's name staying and a plea after a reason phrase kept).",
  },
  {
    id: 'viber/set-webhook-status-1-no-message-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 whose numeric `status` 1 is no 4xx or 5xx status and no code any row sorts: a 2xx with nothing that says what failed: unknown. Rule 2: no text at all: the default (rule 2.4). Rule 3: `chat_hostname` is data, no message: no field. Rule 5: no id. Rule 6: a `status` that is neither a sentence nor an object only flags the failure (Codeforces' `status: \"FAILED\"`): no code. Hesitated on code (other reading: '1', the vendor's documented status number).",
  },
  {
    id: 'gracenote/grid-too-many-requests-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 429: rate-limited. Rule 2.1: 'Access Denied.' is a refusal's stock line ('Access forbidden' is generic) and 'Too many requests' the 429's bare reason phrase, with no plea to try again: two generic sentences in a row are generic: the default (rule 2.4). Rule 4: no headers, no wait in the text. Rules 5 and 6: no id; `error` holds words with spaces, no code. Hesitated on message (other reading: the line kept, 'Access Denied' saying what was refused).",
  },
  {
    id: 'fortysixelks/missing-key-from-403-text',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden; text never decides the kind, and there is no code or field. Rule 2.6: plain text on a 4xx is a sentence when it is one; 'Missing key from' names only which input is missing, the key `from` by the API's name, a lone word in small letters (the 6 December 2026 row): the default (rule 2.4). Rule 3: text names no field by structure. Rules 4 to 6: no headers, no id, no code. Hesitated on message (other reading: 'Missing key from' kept as the text body's sentence).",
  },
  {
    id: 'clickatell/invalid-account-reference-105-500',
    expect: {
      kind: 'server',
      message: 'Invalid Account Reference',
      fields: [],
      logId: null,
      code: '105',
    },
    why: "Rule 1: 500: server (a code never turns a 5xx into a 4xx kind). Rule 2.2: `description` is the error's text; 'Invalid Account Reference EX0000000' names what is invalid in a person's words with the value it was given ('Invalid phone number' stays), no API key written as code, and JSON is not rule 2.6's plain text: kept. Rule 3: `documentation` is a link: no field. Rule 5: no id. Rule 6: `error.code` 105, a vendor number that is no status: '105'. Hesitated on message (other reading: the default, a line naming only what is invalid).",
  },
  {
    id: 'smsgateway-me/jsend-fail-access-denied-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 3: JSend's `status: \"fail\"` holds its map in `data`, but `exception` is an error's name, and a member named as an error that holds text holds the message (`{ NeutronError: \"…\" }`): no field. Rule 2.1: `message` 'Could not process request' only says something failed ('Request failed', 'Can't fulfill request'): generic; 'Access Denied.' on a 403 is the 403's phrase in other words, as 'Access forbidden' is generic: the default (rule 2.4). Rule 5: no id. Rule 6: `status: \"fail\"` is a call's flag and `exception` holds words: no code. Hesitated on message (other reading: 'Access Denied', the exception's text) and on fields (other reading: `exception` as a field of JSend's map).",
  },
  {
    id: 'fortimanager/serial-number-in-use-20010-200',
    expect: {
      kind: 'unknown',
      message: 'Serial number already in use',
      fields: [],
      logId: null,
      code: '-20010',
    },
    why: "Rule 1: `status` holds an object, the error object; a 200 whose `code` -20010 is no 4xx or 5xx status and no code any row sorts; text never decides, so 'already in use' makes no duplicate code: unknown. Rule 2.1: `status.message` is a sentence for the person: kept. Rule 3: `url` at the top is the request's path: no field. Rule 5: no id. Rule 6: `status.code`: '-20010'. Hesitated on kind (other reading: conflict, as the words say the serial number is taken).",
  },
  {
    id: 'fortimanager/object-already-exists-2-200',
    expect: {
      kind: 'unknown',
      message: 'Object already exists',
      fields: [],
      logId: null,
      code: '-2',
    },
    why: "Rule 1: `status` holds the error object; a 200 whose `code` -2 is no error status and no code any row sorts; 'already exists' is text, not a code, and text never decides: unknown. Rule 2.1: `status.message` is a short sentence saying what went wrong: kept. Rule 3: `url` is the request's path: no field. Rule 5: no id. Rule 6: `status.code`: '-2'. Hesitated on kind (other reading: conflict, an 'already exists' read from the words).",
  },
  {
    id: 'dell-ome/user-not-authenticated-cgen1001-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'CGEN1001' },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error.message` 'A general error has occurred. See ExtendedInfo for more information.' is generic and points to the list. Rule 3 (the twenty-eighth holdout's row): `@Message.ExtendedInfo` holds errors; its lone item's `RelatedProperties` is empty: form-level. Rule 2.2: the lone item's `Message` 'Unable to complete the operation because the user is not authenticated.' is a generic lead ('Unable to do that') and the 401's phrase said of the user ('User authentication is required.', 'Not authenticated'): no more than the status; `Resolution` is no message member: the default (rule 2.4). Rule 5: no id (`MessageId` names a message, not an occurrence). Rule 6: the item-level `MessageId` over the envelope's category `Base.1.0.GeneralError`: 'CGEN1001'. Hesitated on message (other reading: 'the user is not authenticated' kept, or the `Resolution` sentence) and on code (other reading: 'Base.1.0.GeneralError', the explicit `code` member).",
  },
  {
    id: 'dell-ome/template-name-exists-ctem1027-400',
    expect: {
      kind: 'bad-request',
      message: 'the template name ExtTemplate already exists',
      fields: [],
      logId: null,
      code: 'CTEM1027',
    },
    why: "Rule 1: a 400 without field errors (`RelatedProperties` is empty); `Base.1.0.GeneralError` is a general category and `CTEM1027` a vendor number no row sorts; text never decides, so 'already exists' in words makes no duplicate code: a bad request. Rule 2.2: `error.message` is generic and points to ExtendedInfo; the lone item's `Message` is a sentence for the person saying what went wrong: kept. Rule 5: no id. Rule 6: the item-level `MessageId` over the envelope's category: 'CTEM1027'. Hesitated on kind (other reading: conflict, the template name being taken).",
  },
  {
    id: 'sophos-central/unauthorized-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: '0ca2e378-cf62-4267-abe7-c683e2d6006b',
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: 'Unauthorized' is the 401's bare reason phrase: the default. Rule 5: the body holds `requestId` and `correlationId`; rule 5 names `requestId` first, the request's own id: the support id. Rule 6: `error` only restates the 401's reason phrase: no code. Hesitated on logId (other reading: the `correlationId`, first in the body) and on code (other reading: 'Unauthorized', the `error` member).",
  },
  {
    id: 'arista-eapi/invalid-command-text-1002-200',
    expect: {
      kind: 'unknown',
      message: "'show bogus' failed: invalid command",
      fields: [],
      logId: null,
      code: '1002',
    },
    why: "Rule 1: a JSON-RPC error on a 200 whose `code` 1002 is outside the server range and no 4xx or 5xx status, and no code any row sorts; text never decides: unknown. Rule 2.1: `error.message` says which command failed and why ('invalid command'): kept; the item's 'Invalid input (at token 1: 'bogus')' is a generic line with a parser's position (rule 2.3), and the `output` members are the device's output. Rule 3: the `errors` line has no path: form-level. Rule 5: the JSON-RPC `id` is the call's id the client chose, no name rule 5 lists: no id. Rule 6: `error.code`: '1002'. Hesitated on message (other reading: the default, a command-line tool's report) and on logId (other reading: the JSON-RPC `id`, a client's request id the server echoes).",
  },
  {
    id: 'swedish-bankid/incorrect-personal-number-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'invalidParameters' },
    why: "Rule 1 (the forty-first holdout's row): a code naming the request's parameters as invalid (`INVALID_REQUEST_PARAMS`, `incorrect_parameters`) is a parameter's, and a validation code decides a 400: validation. Rule 2.1 and the 6 December 2026 row: `details` 'Incorrect personalNumber' names only which input is invalid, by the API's name written as code ('Invalid jobId'): the default (rule 2.4). Rule 3: no path member, and only class-validator's lines name their field: no field. Rule 5: no id. Rule 6: `errorCode`: 'invalidParameters'.",
  },
  {
    id: 'swedish-bankid/user-non-visible-data-requires-visible-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'invalidParameters' },
    why: "Rule 1: `invalidParameters` is a parameter's code on a 400: validation. Rule 2.1 and the 6 December 2026 row: 'userNonVisible data requires userVisibleData' says only that an input is missing when another is given, naming both by the API's keys written as code (camelCase); the person typed none of them: the default (rule 2.4). Rule 3: no path member: no field. Rule 5: no id. Rule 6: `errorCode`: 'invalidParameters'. Hesitated on message (other reading: the line kept, a rule between two values as 'ingredients must be a non-empty array' and Pinata's '… must both be strings' were kept).",
  },
  {
    id: 'europace/kundenangaben-constraint-violation-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['haushalte.0.kunden', 'size must be between 0 and 2']],
      logId: null,
      code: 'https://api.europace.de/problem/constraint-violation',
    },
    why: "Rule 3: `violations` is a list of items with `field` and `message`: `haushalte[0].kunden` is `haushalte.0.kunden`. Rule 1: a 400 that carries field errors: validation. Rule 2.1: `title` 'Constraint Violation' is a generic summary; only field messages remain: the default (rule 2.4). Rule 5: no id. Rule 6: no explicit code member and the item carries none; a problem `type` URI is the code when there is no other: the URI. Hesitated on code (other reading: none, a type that only says validation is a category, or its last segment 'constraint-violation').",
  },
  {
    id: 'flowdock/push-to-chat-validation-error-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['content', "can't be blank"],
        ['external_user_name', 'should not contain whitespace'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: `errors` is a map of path to lists of messages: `content` and `external_user_name`. Rule 1: a 400 with field errors: validation. Rule 2.1: 'Validation error' is a category line: generic; only field messages remain: the default (rule 2.4). Rules 4 to 6: no headers, no id, no code.",
  },
  {
    id: 'postcode-nl/address-not-found-exception-404',
    expect: {
      kind: 'not-found',
      message: 'Combination does not exist',
      fields: [],
      logId: null,
      code: 'PostcodeNl_Service_PostcodeAddress_AddressNotFoundException',
    },
    why: "Rule 1: 404: not-found, and the exception's name agrees. Rule 2.1: `exception`, a member named as an error that holds text, holds the message; 'Combination does not exist.' is a sentence saying what was not found: kept. Rule 5: `exceptionId` names a class shared by every such error, not an occurrence: no id. Rule 6: `exceptionId` is the vendor's documented identifier for programs to branch on: the code. Hesitated on code (other reading: none, an exception's class name being developer text).",
  },
  {
    id: 'opendesa/catat-versi-kode-desa-required-422',
    expect: {
      kind: 'validation',
      message: 'Bidang ini wajib di isi',
      fields: [['kode_desa', 'Bidang ini wajib di isi']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 3: `errors` maps `kode_desa` to a list of messages. Rule 2.1: `message` is a sentence in Indonesian for the person ('This field is required'), no generic summary, repeating the field's line as Laravel's envelope does: kept. Rules 4 to 6: no headers, no id, no code. Hesitated on message (other reading: the default, the envelope only repeating the field's message, so only field messages remain).",
  },
  {
    id: 'sunat/cpe-comprobantes-unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: 'Unauthorized' is the 401's bare reason phrase: the default. Rule 5: no id. Rule 6: `status` 401 restates the status: no code.",
  },
  {
    id: 'workday/processing-fault-task-not-authorized-500-xml',
    expect: {
      kind: 'server',
      message: 'The task submitted is not authorized',
      fields: [],
      logId: null,
      code: 'SOAP-ENV:Server.processingError',
    },
    why: "Rule 3: XML read as JSON: the envelope and body wrappers of one element are dropped; the `Fault` is the error object. Rule 1: 500: server; the fault code names the server's side, and no code or text turns a 5xx into a 4xx kind. Rule 2.1: `faultstring` 'Processing error occurred. The task submitted is not authorized.' is a generic headline before a sentence of its own, judged by its second sentence, which `Detail_Message` repeats; a structured XML body is no rule 2.6 plain text: kept. Rule 3: `Processing_Fault` is named as a fault class: no field. Rule 5: no id. Rule 6: `faultcode`, a code member by its shape: 'SOAP-ENV:Server.processingError'. Hesitated on code (other reading: none, SOAP's `faultcode` being a name no rule lists, or 'Server.processingError' without the namespace) and on kind (other reading: forbidden, as the words say).",
  },
  {
    id: 'sap-ai-core-orchestration/required-property-request-body-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: '59468e72-7309-4299-b988-bf3bbea461f8',
      code: null,
    },
    why: 'Rule 1: a 400 whose `code` 400 only restates the status, no field errors: a bad request. Rule 3: `location: "request body"` names a part of the request, not a field. Rule 2.3: "\'orchestration_config\' is a required property" is Python jsonschema\'s report, and it names only a missing input by the API\'s quoted key (rule 2.1): the default (rule 2.4). Rule 5: `request_id`. Rule 6: `code` 400 is the status in digits: no code.',
  },
  {
    id: 'coupa/cxml-unexpected-server-error-500-xml',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: XML read as JSON: the one-element `Response` wrapper is dropped; `Status` carries `text` and `code` attributes and its text. Rule 1: 500: server. Rule 2.1: 'Internal Server Error' is the reason phrase and 'Unexpected server error.' a generic line ('Internal … error', 'An unexpected problem has occurred.'): the default. Rule 5: no id. Rule 6: `code` \"500\" restates the status: no code.",
  },
  {
    id: 'tibco-spotfire-data-science/authentication-not-supplied-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.6: plain text on a 4xx is the message when it is a sentence; but 'The resource requires authentication, which was not supplied with the request' is HTTP's own definition of a 401 in other words ('Authentication required'; 'User authentication is required.' says no more than the status) and names no credential: the default (rule 2.4). Rule 4: the `Date` header gives `now`; no `Retry-After`, no wait. Rule 5: no id header. Rule 6: no code. Hesitated on message (other reading: the line kept, saying that no credentials were sent).",
  },
] satisfies Reading[];
