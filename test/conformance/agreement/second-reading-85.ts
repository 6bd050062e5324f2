import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 38 cases (every third case of the eighty-fifth holdout's parts DW, DX, DY, DZ, EA, EB
// and EC, in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a
// frozen copy of `test/conformance/README.md` (`.tmp/blind85/rules.md`, as it stood when these cases were first run,
// its rule rows read as amending the rules above them), an excerpt of `types.ts` (`.tmp/blind85/types-excerpt.ts`:
// `DEFAULT` and the case type), the `Reading` interface (`.tmp/blind85/reading-interface.ts`) and one finished second
// reading (the eighty-fourth's, `.tmp/blind85/model-reading.ts`) as a model of the format, and the cases' ids,
// sources, URLs and responses (`.tmp/blind85/cases.json`; none was thrown and none sends a `Date` header, so every
// `now` is 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to open the case files
// or anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor
// to use search tools, nor to list folders. They opened only the files the brief names, by their full paths (the
// rules read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by its full
// path; they listed no folder. They marked 22 cases "hesitated" and named the other reading. Written once and not
// changed after the comparison.
export default [
  {
    id: 'spoonbill/upload-file-required-400',
    expect: { kind: 'bad-request', message: 'File is required', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `detail` 'File is required' names what is missing in a person's word, capitalised as a sentence starts ('Name is required' stays), not a key written as code, quoted or called a parameter: kept. Rules 3, 5 and 6: no field member, no id, no code. Hesitated on message (other reading: the default, a line naming only which input is missing, the API's `file`).",
  },
  {
    id: 'spoonbill/selection-tables-not-a-list-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['tables', 'Expected a list of items']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a body of one member holding an object is that object; Django REST framework's nested map `tables: { non_field_errors: [..] }` gives the field `tables` (the nested serializer's form-level key leads no deeper path) with 'Expected a list of items but got type \"str\".'. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only a field message, and it is a serializer's type report anyway (rule 2.3, as DRF's 'Expected a dictionary, but got list'): the default. Rules 5 and 6: no id, no code. Hesitated on kind and fields (other reading: bad-request with no field, the field's only line being developer text, as a lone developer line in `global_error` leaves a bad request).",
  },
  {
    id: 'spoonbill/multi-upload-not-available-413',
    expect: {
      kind: 'bad-request',
      message: 'Multi-upload feature is not available for file uploads yet',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 413 without `Retry-After`: bad-request. Rule 2.1: `detail` 'Multi-upload feature is not available for file uploads yet. Stay tuned!' is a person's sentence saying what is not offered: kept. Rules 3, 4, 5 and 6: no field, no wait, no id, no code.",
  },
  {
    id: 'credere/not-authenticated-403',
    expect: { kind: 'forbidden', message: 'Not authenticated', fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden; `detail` holds words, no code, and text never decides. Rule 2.1: 'Not authenticated', FastAPI's words, sent with a 403 says what was refused and is the message (DeepInfra's, named in the rule): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'ons-search-api/invalid-uri-prefix-parameter-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: plain text 'invalid URI prefix parameter' starts with a lone word in small letters and names only which input is invalid, called a parameter ('invalid q', 'Parameter component is required'): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'ons-search-api/elastic-multisearch-failed-500-text',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.6: plain text on a 5xx is for developers, and 'call to elastic multisearch api failed' reports a failed call to the search backend (rule 2.3, infrastructure behind the service): the default. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'inveniordm/request-file-size-exceeds-limit-400',
    expect: { kind: 'bad-request', message: 'File size exceeds limit', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `message` 'File size exceeds limit' is a person's sentence about the file sent: kept. Rule 6: the numeric `status` restates the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'kcworks/bare-records-endpoint-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` is Werkzeug's stock 404 text ('The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.'), the framework's definition of the status, as Werkzeug's stock 400 and the HTTP specification's own definitions say no more than the status: the default (rule 2.4). Rule 6: the numeric `status` restates the status: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a sentence naming the URL not found, as 'Resource not found' is one).",
  },
  {
    id: 'pywb/live-url-not-found-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: `errors` maps `LiveWebLoader`, a PascalCase class name (the loader that failed, as MYOB's `CustomerNotFound` names a class), to a bare URL: no field. Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `message` holds only a URL, no sentence: the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on kind and fields (other reading: validation with the field `LiveWebLoader`, a map of path to strings).",
  },
  {
    id: 'pywb/archive-file-not-found-503',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 503: unavailable. Rule 2.3: `message` 'example2.warc.gz: Archive File Not Found' reports the server's own archive file missing from its storage (the server's file system is developer text, pict-rs' row), nothing the person asked for by name: the default (rule 2.4). Rule 3: `errors`' key `WARCPathLoader` is a class name: no field. Rules 5 and 6: no id, no code. Hesitated on message (other reading: kept, 'Archive File Not Found' as what was not found).",
  },
  {
    id: 'calibre-server/naughty-path-404-text',
    expect: { kind: 'not-found', message: 'Naughty, naughty', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.6: plain text on a 4xx that is words with spaces, no code, no reason phrase and no generic line the rules name: 'Naughty, naughty!' kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a quip that says nothing a person can act on, as a lone word is no message).",
  },
  {
    id: 'calibre-server/range-not-satisfiable-416-empty',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 416: bad-request. Rule 2.4: an empty body: the default. `Content-Range` is no id (rule 5) and no wait (rule 4). Rules 3 and 6: no field, no code.',
  },
  {
    id: 'lanraragi/upload-duplicate-archive-409',
    expect: {
      kind: 'conflict',
      message: 'This file already exists in the Library',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 409: conflict. Rule 2.1: `error` 'This file already exists in the Library. Enable replace duplicated archive in config to replace old ones.' is a person's sentence: kept. Rule 5: `id` is the existing archive's id (the duplicate found), not an id of the occurrence under rule 5's shapes: no support id. Rule 6: `success: 0` is a flag and `operation` names the call: no code. Rule 3: no field. Hesitated on logId (other reading: the `id` beside the error, read as the error's own id).",
  },
  {
    id: 'lanraragi/upload-filename-not-convertible-422',
    expect: {
      kind: 'validation',
      message: 'could not be converted back to a byte sequence',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 2.1: `error` 'Filename \"quirky-symbols～☆.cbz\" could not be converted back to a byte sequence!' names the person's own file name and says what went wrong with it (not a request body the server could not parse): kept. Rule 6: `success: 0` is a flag: no code. Rules 3 and 5: no field member, no id. Hesitated on message (other reading: the default, an encoder's report, as a body the server could not convert is developer text).",
  },
  {
    id: 'lanraragi/progress-tracking-disabled-400',
    expect: {
      kind: 'bad-request',
      message: 'Server-side Progress Tracking is disabled on this instance',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `error` 'Server-side Progress Tracking is disabled on this instance.' is a person's sentence: kept. Rules 3, 5 and 6: no field, no id, no code (`success: 0` is a flag).",
  },
  {
    id: 'document-templating-service/invalid-json-data-not-serializable-422',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'invalid_json_data' },
    why: "Rule 6: `error_type` 'invalid_json_data' is the only machine code (no `code` member beside it). Rule 1: it says the data's JSON encoding is invalid (`INVALID_JSON`, a code that says the body or its encoding is invalid), a bad-request code, which outranks a 422. Rule 2.1: `message` 'Invalid template data: Object of type datetime is not JSON serializable' is a generic headline ('Invalid input data') before a serializer's report ('is not JSON serializable', rule 2.3): the default (rule 2.4). Rule 3: `details` holds metadata (`json_error`, `data_type: \"dict\"`, `suggestion`), no field. Rule 5: no id. Hesitated on kind (other reading: validation, the 422 kept and the code read as naming an input, the template data) and on code (other reading: none, `error_type` read as a category).",
  },
  {
    id: 'document-templating-service/gotenberg-connection-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'gotenberg_connection_error' },
    why: "Rule 1: 500: server (a code never turns a 5xx into a 4xx kind, and a connection error is no outage code). Rule 2.3: `message` 'Cannot connect to Gotenberg service' is a failure to reach another service (Modrinth's), developer text: the default (rule 2.4). Rule 6: `error_type` is the only machine code. Rules 3 and 5: `details` is metadata, no field; no id. Hesitated on code (other reading: none, `error_type` read as a category).",
  },
  {
    id: 'doczap/monthly-render-limit-429',
    expect: {
      kind: 'rate-limited',
      message: 'Monthly render limit exceeded',
      fields: [],
      retry: 86400,
      logId: null,
      code: 'monthly_limit_exceeded',
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `message` 'Monthly render limit exceeded' names which limit was spent, not a bare phrase: kept. Rule 6: the explicit `code` 'monthly_limit_exceeded' over the category `type`. Rule 4.3: no header; the body's `retry_after` 1234567890 counts seconds as its name says (read as an epoch it lands in 2009, not within a day of now), and waits are clamped to one day: 86400. Rules 3 and 5: no field, no id. Hesitated on retry (other reading: no wait, the figure a placeholder).",
  },
  {
    id: 'docstron/invalid-api-key-401',
    expect: { kind: 'unauthenticated', message: 'Invalid API key', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `detail` 'Invalid API key' names a credential, and a credential's name stays ('Invalid app_key is provided.'): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'docudevs/unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Unauthorized' is the bare reason phrase: the default (rule 2.4). Rule 6: the numeric `status` restates the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'rousette/anonymous-write-access-denied-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: 'access-denied' },
    why: "Rule 3: `ietf-restconf:errors` is `errors` behind a namespace prefix, its `error` list of one item is the error object, and kebab-case members are the listed ones (`error-message` is the message). Rule 6: RESTCONF's `error-tag` 'access-denied' is the machine code (`error-type` 'application' its category). Rule 1: 403: forbidden (and `access_denied` is a permission code). Rule 2.1: 'Access denied.' is the 403's phrase in other words, as 'Access forbidden' and 'Access to resource forbidden' say no more than the status: the default (rule 2.4). Rule 5: no id. Hesitated on message (other reading: kept, 'Access denied.' read as a sentence, as SMSGateway.me's collector read it).",
  },
  {
    id: 'rousette/content-type-header-missing-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'invalid-value' },
    why: "Rule 6: the lone item's `error-tag` 'invalid-value' is the code. Rule 1: read without separators it is `invalid_value`, a validation code rule 1 lists, which outranks a 400; `error-type` 'protocol' is a category that classifies only when the code does not, and text never decides. Rule 2.1: 'Content-type header missing.' names only a header as missing, and a header's name is the protocol's: the default (rule 2.4). Rules 3 and 5: no field member, no id. Hesitated on kind (other reading: bad-request, a missing header being the request's, as the Consumer Data Standards' `Header/Missing` is read).",
  },
  {
    id: 'rousette/method-not-allowed-405',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'operation-not-supported' },
    why: "Rule 1: 405: bad-request (`operation-not-supported` names no other kind). Rule 2.1: `error-message` 'Method not allowed.' is the 405's reason phrase: the default (rule 2.4). Rule 6: the lone item's `error-tag` is the code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'rousette/content-type-not-supported-415',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'operation-not-supported' },
    why: "Rule 1: 415: bad-request. Rule 2.1: `error-message` 'content-type format value not supported' names only a header's value as refused, starting with the header's name in small letters (a header's name is the protocol's; the 415's phrase in other words): the default (rule 2.4). Rule 6: the lone item's `error-tag` is the code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'clixon/top-level-json-not-namespace-qualified-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'malformed-message' },
    why: "Rule 3: `ietf-restconf:errors` holds one `error` object: the error. Rule 6: `error-tag` 'malformed-message' is the code. Rule 1: it says the message (the request as a whole) is malformed: bad-request, as the 400 says. Rule 2.3: 'Top-level JSON object interface is not qualified with namespace which is a MUST according to RFC 7951' is an encoder's rule for the body's JSON (serializer internals): the default (rule 2.4). Rule 5: no id. Hesitated on message (other reading: kept, a sentence saying what is wrong with the body).",
  },
  {
    id: 'clixon/api-path-keys-mismatch-412',
    expect: { kind: 'conflict', message: DEFAULT, fields: [], logId: null, code: 'operation-failed' },
    why: "Rule 1: 412: conflict (`operation-failed` names no kind). Rule 6: the error's `error-tag` is the code. Rule 2.1: 'api-path keys do not match data keys' starts in small letters with the API's own terms and names only inputs, one sent against another ('bbox-crs specified without bbox parameter'): the default (rule 2.4). Rules 3 and 5: no field member, no id. Hesitated on message (other reading: kept, a rule between two values stated in words, as 'Score minimum … must be less than the maximum').",
  },
  {
    id: 'frinx-uniconfig/unknown-element-schema-node-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'unknown-element' },
    why: "Rule 3: `errors.error` is a list of one item: the error. Rule 6: its `error-tag` 'unknown-element' is the code. Rule 1: an element the schema does not know says no input's value is invalid or missing: a 400 without fields: bad-request. Rule 2.3: 'Failed to find schema node with identifier '(example-services?revision=2010-01-01)orgs' under: NodeList(originalListSchemaNode=list node)' is schema internals with a Java object printed: the default (rule 2.4). Rule 5: no id. Hesitated on kind (other reading: validation, an unknown element in the input read as an input's fault).",
  },
  {
    id: 'homepage/weather-invalid-provider-for-endpoint-400',
    expect: { kind: 'bad-request', message: 'Invalid provider for endpoint', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `error` 'Invalid provider for endpoint' names the weather provider in a plain word, capitalised as a sentence starts, not quoted, written as code or called a parameter ('Invalid phone number' stays): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line naming only which input is invalid by the API's `provider`).",
  },
  {
    id: 'homepage/docker-unable-to-retrieve-stats-200',
    expect: { kind: 'unknown', message: 'Unable to retrieve stats', fields: [], logId: null, code: null },
    why: "Rule 1: a 200 with no code, no error status in the body and no header: unknown (text never decides). Rule 2.1: `error` 'Unable to retrieve stats' says which thing failed (the container's stats), not only that something failed: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, as 'Couldn't load data' says no more than the status).",
  },
  {
    id: 'dozzle/unauthorized-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: plain text 'Unauthorized' is the bare reason phrase (and a lone word): the default (rule 2.4). Rule 5: no request-id header among those sent. Rules 3 and 6: no field, no code.",
  },
  {
    id: 'infinity/export-file-already-existed-500',
    expect: { kind: 'server', message: 'File already existed', fields: [], logId: null, code: '7002' },
    why: "Rule 1: 500: server (a code never turns a 5xx into a 4xx kind, and 'already existed' is text). Rule 6: `error_code` 7002, a code by its name's shape, as a string. Rule 2.1: `error_message` 'File already existed: /var/infinity/filename.csv' names the export file the person asked for, with its path: kept. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, a path on the server's own file system read as developer text).",
  },
  {
    id: 'iotdb/authorization-not-set-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: '603' },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'UNINITIALIZED_AUTH_ERROR' is a code (capitals and `_`), no sentence: the default (rule 2.4). Rule 6: the explicit `code` member 603, as a string; the word in `message` spells the same code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'UNINITIALIZED_AUTH_ERROR', a code alone in a message's member, as Samsung Knox's word beside its number says the kind).",
  },
  {
    id: 'doris/stream-load-no-100-continue-header-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 whose `status: \"FAILED\"` only flags the failure (a call's own flag is no code, Codeforces'), with no code and no error status: unknown. Rule 2.1: `msg` 'There is no 100-continue header' names only a header as missing, and a header's name is the protocol's: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'apache-james/identities-email-must-be-not-null-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'InvalidArgument' },
    why: "Rule 1: `type` 'InvalidArgument' (`invalid_argument` read without case or separators) is a validation code, which outranks a 400: validation. Rule 6: it is the only machine code (the numeric `statusCode` restates the status). Rule 2.1: `message` 'Invalid arguments supplied in the user request' is generic; the string `details` 'email must be not null' speaks beside it, but starts with a lone word in small letters and names only the input that is missing ('url is required'): the default (rule 2.4). Rules 3 and 5: no field member, no id. Hesitated on message (other reading: 'email must be not null' kept, 'email' a person's word) and on code (other reading: none, `type` read as a category).",
  },
  {
    id: 'apache-james/cli-domain-alias-unknown-domain-404',
    expect: {
      kind: 'not-found',
      message: 'The domain list does not contain: unknown.com',
      fields: [],
      logId: null,
      code: 'InvalidArgument',
    },
    why: "Rule 1: 404: not-found (a code never turns a 404 into another kind). Rule 2.1: `message` 'The domain list does not contain: unknown.com' names the domain not found: kept (`details` is null). Rule 6: `type` 'InvalidArgument' is the only machine code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, `type` read as a category).",
  },
  {
    id: 'egroupware/mail-send-unauthenticated-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 401: unauthenticated. Rule 2.4: no body (the `X-WebDAV-Status` header only restates the status, and the `WWW-Authenticate` challenge carries no description): the default. Rules 3, 5 and 6: no field, no request-id header, no code.',
  },
  {
    id: 'la-suite-people/mailbox-disabled-domain-400',
    expect: {
      kind: 'bad-request',
      message: "You can't create or update a mailbox for a disabled domain",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: a body that is a JSON array holding one line (Django REST framework's ValidationError) is a lone form-level sentence, no field. Rule 1: a lone message is no list, and there is no code: bad-request. Rule 2.2: the lone form-level sentence speaks: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'xandikos/lock-not-allowed-405',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 405: bad-request. Rule 2.4: an empty body: the default (`Allow` lists methods, no message). Rules 3, 5 and 6: no field, no id, no code.',
  },
] satisfies Reading[];
