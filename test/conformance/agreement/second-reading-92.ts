import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 32 cases (every third case of the ninety-second holdout's parts FQ, FR, FS, FT, FV and
// FW, in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a
// frozen copy of `test/conformance/README.md` (`.tmp/blind92/rules.md`, as it stood when these cases were first run,
// its rule rows read as amending the rules above them, later rows winning), an excerpt of `types.ts`
// (`.tmp/blind92/types-excerpt.ts`: `DEFAULT` and the case type), the `Reading` interface
// (`.tmp/blind92/reading-interface.ts`) and one finished second reading (the ninety-first's,
// `.tmp/blind92/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs, `now`s and responses
// (`.tmp/blind92/cases.json`; none was thrown, one sends a `Date` header and its `now` is that date, and every other
// `now` is 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to open the case files
// or anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor
// to use search tools, nor to list folders. They opened only the files the brief names, by their full paths (the rules
// read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by its full path.
// They listed no folder. They marked 20 cases "hesitated" and named the other reading. Written once and not changed
// after.
export default [
  {
    id: 'omnisend/segment-not-found-404',
    expect: {
      kind: 'not-found',
      message: "Segment '000000000000000000000001' not found",
      fields: [],
      logId: null,
      code: 'https://problems.omnisend.com/not-found',
    },
    why: "Rule 1: 404: not-found. Rule 2.2: the problem's `detail` \"Segment '000000000000000000000001' not found.\" is the occurrence's text over the `title` 'Not found' (the bare reason phrase); it names what was not found, a sentence ('Resource not found' is one, the fifth holdout's row; ActiveRecord's \"Couldn't find Project with id=…\" stays): kept. Rule 6: no `code` member, so the problem `type` URI is the code (neither `about:blank` nor the HTTP specification's section for the status); `status` 404 is the status. Rule 5: `instance` 'urn:omnisend:request:550e…' is a URN, a URI, and rule 5 takes `instance` only when it is a token, not a path or URI: no id. Rule 3: no field. Hesitated on logId (other reading: the `instance` URN, or its UUID, as the support id, since it names a request) and on code (other reading: none, a type whose last segment only restates the 404).",
  },
  {
    id: 'emailoctopus/invalid-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid key',
      fields: [],
      logId: null,
      code: 'https://emailoctopus.com/api-documentation/v2#unauthorized',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: `detail` 'Invalid key.' is the occurrence's text over the `title` 'An error occurred.' (a generic summary). Rule 2.1: 'Invalid key.' names the credential (the API key) and says it is invalid; a credential's name stays ('Invalid app_key is provided.', 'access_token is invalid'): kept. Rule 6: no `code` member: the problem `type` URI is the code (the vendor's own page, not the HTTP specification's section that the sixty-seventh holdout's row reads as no code); `status` 401 is the status. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, a two-word line that restates the 401) and on code (other reading: none, a type that only links the vendor's section for the 401, as a link to the specification's section is no code).",
  },
  {
    id: 'insightly/authorization-denied-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `Message` (PascalCase `message`) 'Authorization has been denied for this request.' is ASP.NET Web API's stock 401 line, the 401's phrase in other words with no reason after it ('Authorization failed', the fifty-fifth holdout's row; 'Unauthorized request'; 'You are unauthorized to perform this request.'): the default on a 401 (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a full sentence).",
  },
  {
    id: 'wolfeo/validation-error-details-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'The email field is required'],
        ['per_page', 'must be between 1 and 100'],
      ],
      logId: null,
      code: 'VALIDATION_ERROR',
    },
    why: "Rule 1: 422: validation (and `VALIDATION_ERROR` a validation code). Rule 3: `error.details` is a map of fields to lists of strings under a member that holds errors (Mautic's `details`): `email` with 'The email field is required.' and `per_page` with 'The per page must be between 1 and 100.'. Rule 2.1: `error.message` 'The given data was invalid' is a generic summary: with only field messages, the default (rule 2.4). Rule 6: `error.code` 'VALIDATION_ERROR' is the only code (a code that only says validation gives way only to a lone item's code, and there is none). Rule 5: no id; `success: false` only flags the failure.",
  },
  {
    id: 'sendbird/user-id-unique-constraint-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '400202' },
    why: "Rule 1: a 400 without field errors whose numeric `code` 400202 no row of the kind table names: bad-request (text never decides). Rule 2.1 with rule 2.3: '\"user_id\" violates unique constraint.' names only the input by its quoted key ('\"name\" is required') in a database's words ('duplicate key value violates unique constraint' is SQL text): the default (rule 2.4). Rule 3: text names no field. Rule 6: `code` 400202, the vendor's number, as a string: '400202'; `error: true` is a flag. Rule 5: no id. Hesitated on kind (other reading: conflict, a unique constraint's violation read as a duplicate, though no code word says so).",
  },
  {
    id: 'layer/distinct-conversation-metadata-conflict-409',
    expect: {
      kind: 'conflict',
      message: 'Distinct Conversation was found but had metadata that did not match',
      fields: [],
      logId: null,
      code: '108',
    },
    why: "Rule 1: 409: conflict. Rule 2.1: `message` 'The requested Distinct Conversation was found but had metadata that did not match your request.' is a sentence that says what was wrong this time: kept. Rule 6: the explicit `code` member, 108, as a string: '108' (`id` 'resource_conflict' only restates the 409, a category beside it). Rule 3: the body's own `data` is the conversation, its payload, no context and no field. Rule 5: no id (`id` is a code word, not an occurrence's token; `url` links the docs). Hesitated on code (other reading: 'resource_conflict', the documented string identifier over the number).",
  },
  {
    id: 'layer/invalid-identity-token-422',
    expect: {
      kind: 'validation',
      message: 'Invalid identity token',
      fields: [['identity_token', 'Invalid identity token']],
      logId: null,
      code: '105',
    },
    why: "Rule 1: 422: validation (`invalid_property` says an input's value is invalid; no credential code). Rule 3: the error object's context names its input: `data.property` 'identity_token' (a `property`, a path-like member, as `details.property` names a lone error's field, the seventy-ninth holdout's row), so its message is that field's too. Rule 2.1: 'Invalid identity token; …' names a credential and says it is invalid (a credential's name stays; a token missing or invalid is the person's to send, the seventy-eighth holdout's row), and what follows the semicolon sends the developer to the dashboard: kept by its first clause. Rule 6: the explicit `code` 105: '105' (the `id` 'invalid_property' a category beside it). Rule 5: no id. Hesitated on fields (other reading: none, `property` not among the context's names in rule 3 and the body's own `data` its payload), on message (other reading: the default, a line written for the developer, who is sent to the developer dashboard) and on code (other reading: 'invalid_property').",
  },
  {
    id: 'siyuan/get-file-not-found-202',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 202 whose body's numeric `code` 404 names an error status beside a 2xx (Twelve Data's `code: 429`): it decides, not-found. Rule 2.4: `msg` is empty and `data` null: no sentence, the default. Rule 6: `code` 404 is the status the body means: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'trilium/not-authenticated-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'NOT_AUTHENTICATED' },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Not authenticated' (FastAPI's words) restates the 401; it is the message only beside any status but a 401: the default (rule 2.4). Rule 6: `code` 'NOT_AUTHENTICATED', a credential code in the code member: the code; `status` 401 is the status. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the 401 standing alone).",
  },
  {
    id: 'standard-notes/current-password-required-400',
    expect: {
      kind: 'bad-request',
      message: 'Your current password is required to change your password',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `error.message` 'Your current password is required to change your password. Please update your application if you do not see this option.' is a person's sentence (their current password, in their words, and what to do): kept. Rule 3: an error object with no field member; text names no field. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'standard-notes/missing-email-parameter-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `error.message` 'Missing email parameter.' names only which input is missing, called a parameter (Agify's \"Missing 'name' parameter\"; the rule row of 6 December 2026): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'planka/missing-or-invalid-params-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'E_MISSING_OR_INVALID_PARAMS' },
    why: "Rule 1: `code` 'E_MISSING_OR_INVALID_PARAMS', read without its one-letter namespace, says parameters are missing or invalid, a validation code (a code naming the request's parameters, the forty-first holdout's row), and the 400 lists two messages about the input: validation. Rule 3: `problems` is a list of strings with no path member, and text names no field (only class-validator's format is read so): no field. Rule 2.1: each problem line names only an input by its quoted key ('\"emailOrUsername\" is required, but it was not defined.'; Rucio's \"'type' not defined\", the eighty-sixth holdout's row), and two such lines make no lone sentence; `message` 'The server could not fulfill this request (`POST /api/access-tokens`) due to 2 missing or invalid parameters.' is a generic line ('One or more parameters were missing or invalid.') with the request's method and path: the default (rule 2.4). Rule 6: `code`: 'E_MISSING_OR_INVALID_PARAMS'. Rule 5: no id. Hesitated on fields (other reading: `emailOrUsername` and `password` from the quoted keys that lead each line).",
  },
  {
    id: 'planka/conflict-409',
    expect: { kind: 'conflict', message: 'Resource already exists', fields: [], logId: null, code: 'E_CONFLICT' },
    why: "Rule 1: 409: conflict (and `E_CONFLICT` says so). Rule 2.1: `message` 'Resource already exists' is a sentence, not a bare reason phrase ('Resource not found' is a sentence, the fifth holdout's row): kept. Rule 6: `code` 'E_CONFLICT' is the only code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the 409 standing alone).",
  },
  {
    id: 'anytype/unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'unauthorized' },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Unauthorized' is the bare reason phrase: the default (rule 2.4). Rule 6: `code` 'unauthorized' is the only code; `status` 401 is the status and `object` 'error' names the object's type. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the 401 standing alone).",
  },
  {
    id: 'anytype/resource-gone-410',
    expect: { kind: 'not-found', message: 'Resource is gone', fields: [], logId: null, code: 'resource_gone' },
    why: "Rule 1: 410: not-found. Rule 2.1: `message` 'Resource is gone' is the 410's phrase ('Gone') with a subject, a sentence as 'Resource not found' is (the fifth holdout's row: only the bare reason phrase restates the status): kept. Rule 6: `code` 'resource_gone'; `status` 410 is the status. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, the 410's phrase in other words).",
  },
  {
    id: 'imagor/url-signature-mismatch-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.3: `message` 'url signature mismatch' is a signature that does not match (developer text, the fifty-seventh holdout's row), a line in small letters led by a lone word: the default (rule 2.4). Rule 6: `status` 403 is the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'imagor/internal-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: `message` 'internal error' is the 500's phrase in other words ('Internal … error', the thirtieth holdout's row): the default (rule 2.4). Rule 6: `status` 500 is the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'tusdotnet/upload-length-not-positive-400',
    expect: {
      kind: 'bad-request',
      message: 'Upload-Length must be a positive number',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.6: a sentence sent as text on a 4xx is the message; 'Header Upload-Length must be a positive number' names a header (the protocol's, the header row) but says what its value must be, a rule about a value and not only that the header is missing or invalid (Weaviate's 'id in body must be of type uuid' stays): kept. Rule 3: a header is no field. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a header's name being never a person's word and the line the tus client's business).",
  },
  {
    id: 'tusdotnet/metadata-duplicate-keys-400',
    expect: { kind: 'bad-request', message: 'Duplicate keys are not allowed', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.6 (a string body, read as text): 'Header Upload-Metadata: Duplicate keys are not allowed' leads with the header's name, which says which and stays ('Name: This value should not be blank.'), and then says what is wrong with its value, not only that it is invalid: kept. Rule 3: a header is no field. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a line about the protocol's header that no person wrote).",
  },
  {
    id: 'tusdotnet/missing-upload-offset-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: 'Missing Upload-Offset header' names only a header as missing, the protocol's name (the header row: 'User-Agent header is required'): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'tusdotnet/file-locked-409',
    expect: { kind: 'conflict', message: 'is currently being updated', fields: [], logId: null, code: null },
    why: "Rule 1: 409: conflict. Rule 2.6: the text 'File 43923ccc… is currently being updated. Please try again later' is a sentence on a 4xx that says what is wrong this time: kept. Rule 4: 'Please try again later' names no wait: no retry time. Rules 3, 5 and 6: no field, no id (the file's id is no support label), no code.",
  },
  {
    id: 'ardrive-turbo/invalid-data-item-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: the text 'Invalid Data Item!' names only what is invalid, the uploaded data item, which is the request's body as a whole ('Invalid request body'; 'Invalid Post Data', the fifty-second holdout's row): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, plain text on a 4xx that names what was wrong in words, as 'Invalid phone number' does).",
  },
  {
    id: 'bunny-stream/tus-upload-file-locked-409',
    expect: { kind: 'conflict', message: 'is currently being updated', fields: [], logId: null, code: null },
    why: "Rule 1: 409: conflict. Rule 2.6: the text 'File 6889ce33… is currently being updated. Please try again later' is a sentence on a 4xx that says what is wrong this time: kept. Rule 4: 'Please try again later' names no wait: no retry time. Rules 3, 5 and 6: no field, no id (the file's id is no support label), no code.",
  },
  {
    id: 'forest-admin-node/bad-request-error-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: the lone item's `detail` 'message' is a lone word: no sentence, the default (rule 2.4). Rule 3: the item's `name` 'BadRequestError' names a class (PascalCase), no field. Rule 6: `name` is a category (rule 1) and an error class's name (LoopBack 4's `UnprocessableEntityError` is no code, the forty-third holdout's row), here only restating the 400: no code; `status` 400 is the status. Rule 5: no id. Hesitated on code (other reading: 'BadRequestError', the error's name read as its code).",
  },
  {
    id: 'forest-admin-node/not-found-error-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: the lone item's `detail` 'message' is a lone word: no sentence, the default (rule 2.4). Rule 3: the item's `name` 'NotFoundError' names a class, no field. Rule 6: `name` is a category and an error class's name (LoopBack 4's is no code, the forty-third holdout's row), here only restating the 404: no code; `status` 404 is the status. Rule 5: no id. Hesitated on code (other reading: 'NotFoundError', the error's name read as its code).",
  },
  {
    id: 'forest-admin-node/forbidden-error-with-data-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.1: the lone item's `detail` 'message' is a lone word: the default (rule 2.4). Rule 3: `name` 'FakePayloadError' names a class, no field; the item's `data` `{ property: 'value' }` is the error's free-form payload (the PHP agent's sibling carries `{ foo: 'bar' }` there, and the error's name calls it a payload), not a context naming a parameter by rule 3's names: no field. Rule 6: `name` is an error class's name, no code; `status` 403 is the status. Rule 5: no id. Hesitated on fields (other reading: [['value', 'message']], `data.property` read as the parameter the error is about, as Layer's is) and on code (other reading: 'FakePayloadError').",
  },
  {
    id: 'forest-admin-php/action-requires-approval-403',
    expect: {
      kind: 'forbidden',
      message: 'This action requires to be approved',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403: forbidden. Rule 2.1: the lone item's `detail` 'This action requires to be approved.' is a sentence that says what was refused and why: kept. Rule 3: `name` names a class, no field; `data` `{ foo: 'bar' }` is a payload, no field. Rule 6: `name` 'CustomActionRequiresApprovalError' is an error class's name, a category (rule 1; LoopBack 4's `name` is no code, the forty-third holdout's row): no code; `status` 403 is the status. Rule 5: no id. Hesitated on code (other reading: 'CustomActionRequiresApprovalError', a name the client branches on).",
  },
  {
    id: 'liveblocks/invalid-secret-key-on-404',
    expect: { kind: 'not-found', message: 'Invalid secret key', fields: [], logId: null, code: 'INVALID_SECRET_KEY' },
    why: "Rule 1: 404: not-found (a code never turns a 404 into anything but not-found, so `INVALID_SECRET_KEY`, a credential code, does not decide). Rule 2.1: `message` 'Invalid secret key' names a credential and says it is invalid (a credential's name stays, 'Invalid app_key is provided.'): kept. Rule 6: `error` holds the code: 'INVALID_SECRET_KEY'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'liveblocks/thread-already-exists-409',
    expect: {
      kind: 'conflict',
      message: 'Thread already exists',
      fields: [],
      logId: null,
      code: 'RESOURCE_ALREADY_EXISTS',
    },
    why: "Rule 1: 409: conflict (and `RESOURCE_ALREADY_EXISTS` an 'already exists' code). Rule 2.1: `message` 'Thread already exists' says what exists, a sentence: kept. Rule 6: `error` holds the code: 'RESOURCE_ALREADY_EXISTS'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'liveblocks/storage-file-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Storage file not found',
      fields: [],
      logId: null,
      code: 'STORAGE_FILE_NOT_FOUND',
    },
    why: "Rule 1: 404: not-found (and `STORAGE_FILE_NOT_FOUND` a not-found code). Rule 2.1: `message` 'Storage file not found' names what was not found, no bare reason phrase: kept. Rule 6: `error` holds the code: 'STORAGE_FILE_NOT_FOUND'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'azure-text-analytics/duplicated-document-ids-400',
    expect: {
      kind: 'validation',
      message: 'Request contains duplicated Ids',
      fields: [],
      logId: 'dd4d5c09-0930-44c4-98b2-2d2d3a0cc3d3',
      code: 'InvalidDocument',
    },
    why: "Rule 6: the `innererror` code 'InvalidDocument' is the more specific, item-level code, the envelope's 'InvalidRequest' its category. Rule 1: a code that begins with `invalid` and names an input (a document of the request's `documents`, not the body as a whole) is a validation code, and it outranks the 400: validation. Rule 2.2: the inner error's 'Request contains duplicated Ids. Make sure each document has a unique Id.' is the occurrence's text over the envelope's 'Invalid document in request.' (which names only what is invalid): kept. Rule 3: no path member: no field. Rule 5: no id in the body; `apim-request-id` is a header named like a request id: 'dd4d5c09-0930-44c4-98b2-2d2d3a0cc3d3'. Rule 4: no wait. Hesitated on kind (other reading: bad-request, the envelope's `InvalidRequest` naming the request as a whole and no field given) and on message (other reading: the default, a line about the request's ids for its developer).",
  },
  {
    id: 'topwr/unexpected-error-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'E_UNEXPECTED_ERROR' },
    why: "Rule 1: a 400 whose `error.code` 'E_UNEXPECTED_ERROR' names no kind of the table: bad-request. Rule 2.1: `error.message` 'Unexpected error' says only that something failed (generic, as 'Unknown exception' and 'An unexpected problem has occurred.' are): the default (rule 2.4). Rule 6: `error.code`: 'E_UNEXPECTED_ERROR'. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: server, an unexpected error being the server's own failure, as a `server_error` code on a 4xx is).",
  },
] satisfies Reading[];
