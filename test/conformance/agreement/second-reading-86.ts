import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 41 cases (every third case of the eighty-sixth holdout's parts ED, EE, EF, EG, EH, EI
// and EJ, in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a
// frozen copy of `test/conformance/README.md` (`.tmp/blind86/rules.md`, as it stood when these cases were first run,
// its rule rows read as amending the rules above them, later rows winning), an excerpt of `types.ts`
// (`.tmp/blind86/types-excerpt.ts`: `DEFAULT` and the case type), the `Reading` interface
// (`.tmp/blind86/reading-interface.ts`) and one finished second reading (the eighty-fifth's,
// `.tmp/blind86/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs and responses
// (`.tmp/blind86/cases.json`; none was thrown and none sends a `Date` header, so every `now` is
// 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to open the case files or
// anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to
// use search tools, nor to list folders. They opened only the files the brief names, by their full paths (the rules
// read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by its full path;
// they listed no folder. They marked 26 cases "hesitated" and named the other reading. Written once and not changed
// after the comparison.
export default [
  {
    id: 'm3-coordinator/namespace-add-retention-options-400',
    expect: { kind: 'bad-request', message: 'retention options must be set', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code (`status: \"error\"` is a call's own flag, no code, and JSend's `data` is absent): bad-request. Rule 2.1: `error` 'bad namespace metadata: retention options must be set' says what the namespace needs in plain words ('retention options', not a key written as code, quoted or called a parameter): kept. Rules 3, 5 and 6: no field member, no id, no code. Hesitated on message (other reading: the default, a Go error chain in small letters naming only the API's own options).",
  },
  {
    id: 'm3-coordinator/placement-delete-shards-unavailable-400',
    expect: {
      kind: 'bad-request',
      message: 'instances [host2] do not have all shards available',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `error` 'instances [host2] do not have all shards available' says why the placement the person administers cannot be changed, naming the instance: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, the state of the database cluster behind the service read as infrastructure, rule 2.3).",
  },
  {
    id: 'karma/proxy-basic-auth-missing-401-empty',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 401: unauthenticated. Rule 2.4: an empty body: the default. Rules 3, 5 and 6: no field, no request-id header, no code.',
  },
  {
    id: 'chronograf/update-organization-no-fields-422',
    expect: { kind: 'validation', message: 'No fields to update', fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 2.1: `message` 'No fields to update' is a person's sentence saying what the request lacked: kept. Rule 6: the numeric `code` 422 only restates the status: no code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: '422', the explicit `code` member as a string).",
  },
  {
    id: 'chronograf/new-organization-no-user-in-context-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: `message` 'failed to retrieve user from context' is the server's own internal failure (Go's request context, as `context canceled` is developer text): the default (rule 2.4). Rule 6: the numeric `code` 500 only restates the status: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a line saying what failed) and on code (other reading: '500').",
  },
  {
    id: 'pyroscope/invalid-service-name-400',
    expect: { kind: 'validation', message: 'invalid service name', fields: [], logId: null, code: 'invalid_argument' },
    why: "Rule 1: `code` 'invalid_argument' is a validation code, which outranks a 400: validation. Rule 6: it is the machine code. Rule 2.1: `message` 'name: invalid service name: examp $$ le.basic: character is not allowed: ' '' says in a person's words ('Invalid phone number' stays) that the service name is invalid and which character is not allowed: kept. Rule 3: no field member (the leading 'name:' is text, not a structure, and only class-validator's format names fields in text). Rule 5: no id. Hesitated on message (other reading: the default, a Go validator's chain that starts with the API's key in small letters).",
  },
  {
    id: 'opentrons/run-action-not-allowed-409',
    expect: {
      kind: 'conflict',
      message: 'Cannot pause a run that is not running',
      fields: [],
      logId: null,
      code: 'RunActionNotAllowed',
    },
    why: "Rule 1: 409: conflict. Rule 2.2: the lone item's `detail` 'Cannot pause a run that is not running.' beats its `title` 'Run Action Not Allowed': kept. Rule 6: the item's `id` 'RunActionNotAllowed' is the machine code the server branches on (the same for every occurrence of this error); rule 5: so it identifies no occurrence and is no support id. Rule 3: no field. Hesitated on logId and code (other reading: JSON:API's `id` of a lone error read as the support id, rule 5, and no code).",
  },
  {
    id: 'opentrons/framework-method-not-allowed-405',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'BadRequest' },
    why: "Rule 1: 405: bad-request (and the item's `id` 'BadRequest' names no other kind). Rule 2.1: `detail` 'Method Not Allowed' is the 405's bare reason phrase and `title` 'Bad Request' a generic summary: the default (rule 2.4). Rule 6: the item's `id` is its code, as in Opentrons' other errors; rule 5: it identifies no occurrence. Rule 3: no field. Hesitated on code (other reading: none, a reason phrase in PascalCase only restating a status; or the JSON:API `id` as the support id).",
  },
  {
    id: 'opentrons/header-validation-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['header-name', 'field required']],
      logId: null,
      code: 'InvalidRequest',
    },
    why: "Rule 1: 422: validation (a code that only says the request was bad, `InvalidRequest` as `invalid_request`, says less than a 422 wherever it sits). Rule 3: JSON:API's `source` object holds a field, here `header: \"header-name\"`, FastAPI's `loc: [\"header\", \"header-name\"]` rewritten (FastAPI's leading `header` is removed and the name is the field): the field `header-name` with 'field required'. Rule 2.4: only a field message (and `title` 'Invalid Request' is generic): the default. Rule 6: the item's `id` is the code. Rule 5: no id. Hesitated on fields (other reading: none, a header being the protocol's and no input of the person's; the message is the default either way) and on code (other reading: none, a category that only says the request was bad).",
  },
  {
    id: 'pylabrobot/json-data-must-be-dict-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: `error` 'json data must be a dict' is a body that must be a JSON object of a type (Python's `dict`), developer text: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'isar/mission-not-found-404',
    expect: { kind: 'not-found', message: "Mission with id '9999' not found", fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `detail` 'Mission with id '9999' not found' names the record not found: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'isar/pause-mission-timeout-408',
    expect: { kind: 'timeout', message: 'Failed to pause mission', fields: [], logId: null, code: null },
    why: "Rule 1: 408: timeout. Rule 2.1: `detail` 'Timeout - Failed to pause mission': the leading 'Timeout' only restates the 408 and is dropped; 'Failed to pause mission' says which action failed (the mission's pause), not only that something failed: kept. Rules 3, 4, 5 and 6: no field, no wait, no id, no code. Hesitated on message (other reading: the default, a line made of words that say something failed).",
  },
  {
    id: 'isar/no-signing-keys-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.3: `detail` 'Unable to verify token, no signing keys found' reports the server's token check and its key set (a JWKS report, token internals): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: 'Unable to verify token' kept as a line about the credential).",
  },
  {
    id: 'accent/unauthorized-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: plain text 'Unauthorized' is the bare reason phrase (and a lone word): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'accent/document-format-invalid-422-text',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 2.1: plain text 'document_format is invalid' names only which input is invalid, by the API's key written as code ('order_id is missing'): the default (rule 2.4). Rule 3: plain text holds no field structure. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'pontoon/search-locale-text-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['locale', 'This field is required'],
        ['text', 'This field is required'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: a body whose members are all lists of strings is a map of fields (Django REST framework): `locale` and `text`, each 'This field is required.'. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'transvision/no-service-requested-400',
    expect: { kind: 'bad-request', message: 'No service requested', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `error` 'No service requested' says in a plain word, capitalised as a sentence starts, what the request lacked (not a key written as code, quoted or called a parameter; 'Name is required' stays): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line naming only which input is missing).",
  },
  {
    id: 'transvision/repo-does-not-exist-400',
    expect: {
      kind: 'bad-request',
      message: "The repo queried (iDontExist) doesn't exist",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides, so no not-found). Rule 2.1: `error` 'The repo queried (iDontExist) doesn't exist.' is a person's sentence naming the repository not found: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'langchecker/provide-project-or-website-file-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `error` 'ERROR: please check you request: provide a project name, or a valid couple website+file.' is a label, a generic plea to check the request ('Check input parameters.') and inputs offered as alternatives by the API's names ('website+file'; 'Missing one of afAppId, …', 'Either template_id or form_id should be added to query.'): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: 'provide a project name, or a valid couple website+file' kept, 'project name' being a person's words).",
  },
  {
    id: 'langchecker/file-main-lang-does-not-exist-check-value-400',
    expect: { kind: 'bad-request', message: 'File main.lang does not exist', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `error` 'File main.lang does not exist. Check the value and try again.' names the file not found and asks to check it: a person's sentence, kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'arvados-keep-web/zip-select-nonexistent-file-404-text',
    expect: { kind: 'not-found', message: 'file does not exist', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.6: plain text on a 4xx: '\"file404.txt\": file does not exist' names the file the person selected for the zip and says it does not exist: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, Go's `fs.ErrNotExist` text after a quoted name read as the server's file system, developer text).",
  },
  {
    id: 'arvados-keep-web/bogus-token-cookie-401-empty',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 401: unauthenticated. Rule 2.4: an empty body: the default. Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'diracx/delete-bulk-jobs-all-invalid-404',
    expect: { kind: 'not-found', message: 'Failed to delete 3 jobs out of 3', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `detail` is an error object; its `message` 'Failed to delete 3 jobs out of 3' says what failed and how much of it: kept. Rule 3: `valid_job_ids` and `failed_job_ids` hold numbers, not messages: no fields. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a line that only says something failed).",
  },
  {
    id: 'rucio/create-account-missing-type-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'KeyError' },
    why: "Rule 1: `ExceptionClass` 'KeyError' is a code no row of the kind table sorts, so the 400 decides: bad-request. Rule 6: it is the one machine code Rucio sends for clients to branch on (its clients rebuild the exception by this name), in the body and in a header. Rule 2.1: `ExceptionMessage` \"'type' not defined\" names only which input is missing, by its quoted key (and is Python's `KeyError` text): the default (rule 2.4). Rules 3 and 5: no field member, no id. Hesitated on code (other reading: none, an exception's class being developer text, rule 7) and on kind (other reading: validation, a missing key read as a missing input's code).",
  },
  {
    id: 'reana/gitlab-token-not-valid-403',
    expect: { kind: 'forbidden', message: 'Token is not valid', fields: [], logId: null, code: null },
    why: "Rule 1: 403 without a code: forbidden (text never decides). Rule 2.1: `message` 'Token is not valid.' names a credential, and a credential's line stays ('access_token is invalid'): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'reana/secrets-error-while-querying-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: `message` 'Error while querying.' only says that something failed ('Query failed'), and a query that failed is the database's (rule 2.3): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a line naming the step that failed).",
  },
  {
    id: 'reana/token-user-not-logged-in-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'User not logged in' is the 401's phrase said of the user ('User authentication is required.', 'Not authenticated' on a 401): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, plain words a person reads).",
  },
  {
    id: 'acoustic-workbench/param-missing-login-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 2.1: `meta.message` 'Unprocessable Content' is the 422's reason phrase; `meta.error.details` 'The request could not be understood: param is missing or the value is empty: login' is a generic headline before Rails' `ParameterMissing` line, which names only the missing parameter by its key: the default (rule 2.4). Rule 3: no field member (the key is named only in text). Rule 6: `meta.status` restates the status: no code. Rule 5: no id.",
  },
  {
    id: 'acoustic-workbench/media-duration-too-long-headers-only-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 2: the message is taken among the body's candidates, and the body is empty; `X-Error-Message` is text sent only in a header, which no rule reads as the message (as a `WWW-Authenticate` challenge's description goes to `details`): the default (rule 2.4). Rule 6: `X-Error-Type` is no code member the rules name: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the header's 'Requested duration 6000.0 (0.0 to 6000.0) is greater than maximum (300.0).') and on code (other reading: the header's 'Custom Errors/Requested Media Duration Invalid').",
  },
  {
    id: 'epicollect5/unauthorized-client-access-404',
    expect: { kind: 'not-found', message: 'Unauthorized client access', fields: [], logId: null, code: 'ec5_257' },
    why: "Rule 1: 404: not-found (a code never turns a 404 into anything but not-found). Rule 2.1: the lone item's `title` 'Unauthorized client access.' is the 401's phrase in other words ('Unauthorized access'), and beside any status but a 401 it says what was refused: kept. Rule 6: the item's `code` 'ec5_257'. Rule 3: `source: \"middleware\"` is a source in text, no field. Rule 5: no id.",
  },
  {
    id: 'arkime/user-name-header-empty-403',
    expect: { kind: 'forbidden', message: 'User name header is empty', fields: [], logId: null, code: null },
    why: "Rule 1: 403 without a code: forbidden (`success: false` with no `data`). Rule 2.1: `text` 'User name header is empty' names the header that carries the signed-in user's name from the proxy, a credential's header, which still says that signing in failed ('Authorization header is required'): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line naming only a header as missing, a header's name being the protocol's).",
  },
  {
    id: 'arkime/not-covered-by-role-403-text',
    expect: { kind: 'forbidden', message: 'Not covered by role', fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.6: plain text on a 4xx, 'Not covered by role', says why the request was refused: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'arkime/s2s-auth-header-corrupt-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403 without a code: forbidden. Rule 2.3: `text` 'S2S auth header corrupt' is an authorization header the server could not parse ('Authorization header malformed' as a line of its own is developer text): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a credential's header line).",
  },
  {
    id: 'arkime/invalid-jwt-in-header-403',
    expect: { kind: 'forbidden', message: 'Invalid JWT in header', fields: [], logId: null, code: null },
    why: "Rule 1: 403 without a code: forbidden. Rule 2.1: `text` 'Invalid JWT in header' says the token sent is invalid, a token missing or invalid being the person's to send ('JWT is missing or invalid'), a credential's line: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a JWT that would not parse, as 'Invalid JWT header' is developer text).",
  },
  {
    id: 'scancode-io/file-content-resource-not-found-400',
    expect: { kind: 'bad-request', message: 'Resource not found', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: a `status` written as a sentence is a message; 'Resource not found. Use ?path=<resource_path>' is a sentence ('Resource not found' is one, only the bare reason phrase restates the status), with a hint after it: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'scancode-io/pipeline-already-queued-400',
    expect: { kind: 'bad-request', message: 'Pipeline already queued', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (the words 'already queued' are text, which never decides). Rule 2.1: a `status` written as a sentence is a message: 'Pipeline already queued.' kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'scancode-io/api-authentication-required-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `detail` 'Authentication credentials were not provided.' (Django REST framework's stock line) is the 401's phrase in other words, authentication required and not supplied ('Authentication is required to access this API.'): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, as Probely's collector kept the same line).",
  },
  {
    id: 'secobserve/product-rule-not-found-404',
    expect: { kind: 'not-found', message: 'No Rule matches the given query', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'No Rule matches the given query.' names the kind of record not found (a class named alone stays a person's, as ActiveRecord's \"Couldn't find Project with id=…\" does): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, Django's stock `Http404` text, as Werkzeug's stock 404 says no more than the status).",
  },
  {
    id: 'openid4vci/unknown-credential-configuration-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'unknown_credential_configuration',
    },
    why: "Rule 6: OAuth's `error` 'unknown_credential_configuration' is the code. Rule 1: no row of the kind table sorts an `unknown_…` code (it is no credential, quota, duplicate or not-found code by its listed shapes), so the 400 decides: bad-request. Rule 2.1: the body holds only a code: the default (rule 2.4). Rules 3 and 5: no field, no id. Hesitated on kind (other reading: not-found, 'unknown' read as a not-found code, as `no_client_found` is; or validation, an input's value refused).",
  },
  {
    id: 'foundries-estserver/csr-not-decoded-asn1-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: plain text 'The CSR could not be decoded: asn1: syntax error: sequence truncated' is a decoder's failure on the request body (the CSR is the body an EST enrolment sends), followed by Go's `asn1` package error by its name, both developer text: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: 'The CSR could not be decoded' kept, the package's report after the colon cut).",
  },
  {
    id: 'apple-web-push/bad-jwt-token-403',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'BadJwtToken' },
    why: "Rule 6: `reason` 'BadJwtToken' is the code, as APNs' `reason` is. Rule 1: `Bad…` reads as `invalid…`, and an invalid token is a credential code (`invalid_token`, APNs' provider-token codes), which on a 403 makes it unauthenticated. Rule 2.1: the body holds only a code: the default (rule 2.4). Rules 3 and 5: no field, no id. Hesitated on kind (other reading: forbidden, the 403 kept, or validation, `Bad…` read as an input's value as APNs' `BadDeviceToken` is).",
  },
] satisfies Reading[];
