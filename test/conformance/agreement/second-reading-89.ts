import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 36 cases (every third case of the eighty-ninth holdout's parts EW, EX, EY, EZ, FA, FB and
// FC, in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a
// frozen copy of `test/conformance/README.md` (`.tmp/blind89/rules.md`, as it stood when these cases were first run,
// its rule rows read as amending the rules above them, later rows winning), an excerpt of `types.ts`
// (`.tmp/blind89/types-excerpt.ts`: `DEFAULT` and the case type), the `Reading` interface
// (`.tmp/blind89/reading-interface.ts`) and one finished second reading (the eighty-eighth's,
// `.tmp/blind89/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs, `now`s and responses
// (`.tmp/blind89/cases.json`; none was thrown; Amazon Neptune's 400 sends a `Date` header and its `now` is that date,
// and every other `now` is 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to
// open the case files or anything else under `/work/main` but the files the brief names, nor to run the kit, any script
// or any test, nor to use search tools, nor to list folders. They opened only the files the brief names, by their full
// paths (the rules read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by
// its full path. Before reading the brief, in the same command that printed it, they listed the names in the brief's
// own folder (`.tmp/briefs`) and opened none of them; they listed no other folder. They marked 24 cases "hesitated"
// and named the other reading. Written once and not changed after.
export default [
  {
    id: 'dgraph/alter-schema-invalid-ending-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: 'Error' },
    why: "Rule 1: a 200 whose lone error's GraphQL code `Error` names no kind (it says only that an error occurred); lines about no field on a 2xx say what failed, not that an input did (the forty-first holdout's row): unknown. Rule 2.3: 'line 5 column 18: Invalid ending' is a schema parser's report by line and column (a query compiler's 'line 6: syntax error', a parser's position): developer text, the default (rule 2.4). Rule 6: GraphQL's `extensions.code`: 'Error', the only code. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: bad-request, a schema that does not parse, as `GRAPHQL_PARSE_FAILED`) and on code (other reading: none, a word that says only that an error occurred).",
  },
  {
    id: 'amazon-neptune/read-only-violation-400',
    expect: {
      kind: 'bad-request',
      message: 'violates some read-only restriction',
      fields: [],
      logId: '0dbcded3-a9a1-4a25-b419-828c46342e47',
      code: 'ReadOnlyViolationException',
    },
    why: "Rule 1: a 400 without field errors whose code `ReadOnlyViolationException` (read without its suffix) is no validation, credential, not-found, duplicate or throttling code: bad-request. Rule 2.1: `detailedMessage` (a message member by its shape, as `detailedDescription` is) 'The request is rejected because it violates some read-only restriction, …' says what is wrong: kept. Rule 5: the body's own `requestId` wins over the `x-amzn-RequestId` header. Rule 6: `code`: 'ReadOnlyViolationException'. Rules 3 and 4: no field, no retry. Hesitated on kind (other reading: forbidden, a restriction that refuses the write, or conflict, a replica's state).",
  },
  {
    id: 'terminusdb/prefix-already-exists-400',
    expect: {
      kind: 'conflict',
      message: "Prefix 'myprefix' already exists",
      fields: [],
      logId: null,
      code: 'api:PrefixAlreadyExists',
    },
    why: "Rule 3: JSON-LD's namespaced members are read by what they hold (the sixty-ninth holdout's row, IATA's `api:has…`): `api:message` is the message, `api:error` the error object, whose `@type` names it as AWS's `__type` does; `api:status` 'api:failure' is a call's flag. Rule 1: 'PrefixAlreadyExists' (read without its namespace) is an \"already exists\" code on a 400: conflict. Rule 2.1: `api:message` 'Prefix 'myprefix' already exists' is a sentence: kept. Rule 3: `api:prefix_name` holds the value, no field and no message. Rule 6: the error's `@type`, the only code: 'api:PrefixAlreadyExists'. Rule 5: no id. Hesitated on code (other reading: 'PrefixAlreadyExists' without the namespace, or none, `@type` being a JSON-LD class and no code member, which would leave the kind bad-request).",
  },
  {
    id: 'fluree/json-parse-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'err:db/JsonParse' },
    why: "Rule 1: a 400 without field errors; `err:db/JsonParse` says the body's JSON does not parse, the request's, not an input's (`JSON_INVALID`, the eighty-eighth holdout's row): bad-request. Rule 2.3: `error` 'Invalid JSON: expected value at line 5, column 12' is a parser's report with its position (a bare \"Invalid JSON\" is developer text): the default (rule 2.4). Rule 6: `@type` 'err:db/JsonParse', the error's type as a problem `type` is, the only code; `status` 400 is the status in digits. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a JSON-LD `@type` being no code member; or 'JsonParse', its last segment).",
  },
  {
    id: 'fluree/ledger-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Ledger not found',
      fields: [],
      logId: null,
      code: 'err:db/LedgerNotFound',
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'Ledger not found: mydb:main' names what was not found (a sentence, as 'Resource not found' is, the fifth holdout's row) and the ledger the person named: kept. Rule 6: `@type` 'err:db/LedgerNotFound', as in the case before; `status` 404 restates the status. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'fluree/payload-too-large-413',
    expect: {
      kind: 'bad-request',
      message: 'request body exceeds configured limit',
      fields: [],
      logId: null,
      code: 'err:db/PayloadTooLarge',
    },
    why: "Rule 1: 413 without `Retry-After`: bad-request; a body too large is the request's, no input's length code. Rule 2.1: `error` 'request body exceeds configured limit' says what is wrong with what was sent (the body is over the server's limit), not a bare reason phrase nor the specification's definition: kept. Rule 6: `@type` 'err:db/PayloadTooLarge'. Rules 3, 4 and 5: no field, no retry, no id. Hesitated on message (other reading: the default, the 413's phrase in other words, as 'Capture Payload too large' is).",
  },
  {
    id: 'fluree/rate-limited-429-headers',
    expect: {
      kind: 'rate-limited',
      message: 'rate limit exceeded',
      fields: [],
      retry: 45,
      logId: null,
      code: 'err:db/RateLimited',
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `error` 'rate limit exceeded' says which limit was reached, three words, no code and no bare reason phrase: kept. Rule 4.1: `Retry-After: 45` decides before the reset header: 45 seconds (`X-RateLimit-Reset` 1642857645 would land years from `now` anyway). Rule 6: `@type` 'err:db/RateLimited'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, the 429's phrase in other words, \"rate limit\" being a 429's category).",
  },
  {
    id: 'arcadedb/command-text-is-null-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: `error` 'Command text is null' is a value printed as `null` at the end of a line (the sixty-ninth holdout's row), and names only the input that is missing: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'arcadedb/cypher-parsing-transaction-commit-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: `error` 'Error on transaction commit' and `detail` 'Error on executing Cypher query' report a database's transaction and query that failed (the sixty-ninth holdout's row), and `exception` 'com.arcadedb.exception.CommandParsingException' is a qualified exception class: developer text, the default (rule 2.4). Rule 6: no code member; the exception's class is developer text: no code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'CommandParsingException', the exception's class as the code).",
  },
  {
    id: 'pinniped/callback-error-reading-state-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: the leading reason phrase 'Bad Request: ' is dropped, and 'error reading state' only says that reading OAuth's `state` parameter failed, a lone word in small letters naming the API's input, which the person never typed: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: 'error reading state' kept, a plain-text line on a 4xx, rule 2.6).",
  },
  {
    id: 'pinniped/callback-upstream-provider-not-found-422-text',
    expect: {
      kind: 'validation',
      message: 'upstream provider not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422 without a code: validation (text never decides, so 'not found' makes no not-found). Rule 2.1: the leading reason phrase 'Unprocessable Entity: ' is dropped; 'upstream provider not found' names in plain words what was not found, the identity provider the sign-in came back from: kept (rule 2.6, a plain-text sentence on a 4xx). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, an upstream named, infrastructure behind the service).",
  },
  {
    id: 'pinniped/callback-upstream-token-exchange-502-text',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 502: unavailable. Rule 2.6: plain text on a 5xx is for developers ('Bad Gateway: error exchanging and validating upstream tokens', an upstream call and token internals besides): the default. Rules 3, 4, 5 and 6: no field, no retry, no id, no code.",
  },
  {
    id: 'kubewarden/admission-review-timeout-code-500-on-200',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: a body of one member holding an object is that object (`response`), and the one object among its values that says something (`status`, beside the flag `allowed: false`) holds the error. Rule 1: beside a 2xx, a `code` of an error status in digits (500) is the status the body means: server (text never decides, so 'deadline exceeded' makes no timeout). Rule 2.1 with rule 2.3: the leading 'internal server error: ' restates the status, and 'Guest call failure: guest code interrupted, execution deadline exceeded' is the WebAssembly runtime's report of the policy's guest call: developer text, the default (rule 2.4). Rule 6: `code` 500 is a status, no code. Rules 4 and 5: no retry, no id. Hesitated on message (other reading: 'execution deadline exceeded' kept as what happened).",
  },
  {
    id: 'kiali/apispec-internal-error-service-not-found-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: `error` 'Internal error occurred: services \"details\" not found' is the service's own internal failure spelled out after 'Internal error' (Quickwit's, libSQL's), a Kubernetes API's lookup passed through: developer text, the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'webiny/file-tag-too-long-200',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['tags', 'is more than 50 characters long']],
      logId: null,
      code: 'VALIDATION_FAILED_INVALID_FIELD',
    },
    why: "Rule 3: the mutation's result `updateFile` holds the error object in `error`; its `data.invalidFields` holds errors by name (as a `…_fields` list does), a container whose key `tags` is the field, with its item's 'Tag … is more than 50 characters long.'. Rule 1: a validation code outranks a 2xx, and field errors besides: validation. Rule 2.1: `message` 'Validation failed.' is generic: with only a field message, the default (rule 2.4). Rule 6: the envelope's `VALIDATION_FAILED_INVALID_FIELDS` only says validation, a category beside the lone item's code: 'VALIDATION_FAILED_INVALID_FIELD'. Rule 5: no id. Hesitated on code (other reading: 'VALIDATION_FAILED_INVALID_FIELDS', the error object's own code, the item's being its field's) and on kind (other reading: unknown, a 2xx whose validation code rule 1's table lists for a 4xx).",
  },
  {
    id: 'webiny/get-file-not-authorized-200',
    expect: {
      kind: 'forbidden',
      message: 'Not authorized',
      fields: [],
      logId: null,
      code: 'SECURITY_NOT_AUTHORIZED',
    },
    why: "Rule 3: the query's result `getFile` holds the error object in `error`. Rule 1: \"not authorized\" as a code beside a 2xx refuses someone known, as `Unauthorized` there does (the sixty-first holdout's row, MyLight's `not.authorized`): forbidden. Rule 2.1: 'Not authorized!' with a status other than 401 says what was refused (PiShock's on a 200; in a GraphQL result, unless its code asks to sign in): kept. Rule 6: `code`: 'SECURITY_NOT_AUTHORIZED'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'decap-server/action-required-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 2.1: `error` '\"action\" is required' names only which input is missing, its key quoted (`\"name\" is required`): the default (rule 2.4). Rule 3: a string under `error`, no map and no item that names a field; Joi's quoted label is no format the rules read a path from (only class-validator's): no field. Rules 5 and 6: no id, no code. Hesitated on fields (other reading: [['action', 'is required']], Joi's quoted key naming its field).",
  },
  {
    id: 'decap-server/entry-or-data-files-required-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 2.1: `error` '\"params\" must contain at least one of [entry, dataFiles]' names only inputs by their keys, offered as alternatives (the eighty-fourth holdout's row, 'Missing one of afAppId, …'): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'ibm-mq/queue-manager-not-found-404',
    expect: {
      kind: 'not-found',
      message: "Could not query the queue manager 'QM1'",
      fields: [],
      logId: null,
      code: 'MQWB0009E',
    },
    why: "Rule 3: a list under `error` is a list of errors; its lone item is the error. Rule 1: 404: not-found. Rule 2.1: `message` 'MQWB0009E: Could not query the queue manager 'QM1'' loses the vendor's error number before it; rule 2.2: it names this occurrence's queue manager, over `explanation`'s type-level text ('… a queue manager name which cannot be located.') and `action`'s advice: kept. Rule 6: `messageId` 'MQWB0009E', IBM's message id, the item's code as a Redfish `MessageId` is (`type` 'rest' a category). Rule 5: no id. Hesitated on message (other reading: `explanation`, which says what went wrong, or the default, a line that only says a query failed).",
  },
  {
    id: 'argo-messaging/subscription-already-exists-409',
    expect: {
      kind: 'conflict',
      message: 'Subscription already exists',
      fields: [],
      logId: null,
      code: 'ALREADY_EXISTS',
    },
    why: "Rule 1: 409: conflict, and `ALREADY_EXISTS` a duplicate code besides. Rule 2.1: `message` 'Subscription already exists' is a sentence: kept. Rule 6: the google.rpc-style `status` 'ALREADY_EXISTS' (the numeric `code` 409 restates the status). Rules 3 and 5: no field, no id.",
  },
  {
    id: 'argo-messaging/subscription-does-not-exist-404',
    expect: {
      kind: 'not-found',
      message: 'Subscription does not exist',
      fields: [],
      logId: null,
      code: 'NOT_FOUND',
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'Subscription does not exist' names what was not found: kept. Rule 6: `status` 'NOT_FOUND', the google.rpc-style status word (the numeric `code` 404 restates the status). Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the 404).",
  },
  {
    id: 'argo-messaging/invalid-subscription-arguments-400-body-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: 'INVALID_ARGUMENT' },
    why: "Rule 1: a body that names its own 4xx status beside a 400 (`code` 404, as Supabase Storage's `statusCode`) decides the kind, and a code never turns a 404 into anything but not-found: not-found. Rule 2.1: `message` 'Invalid Subscription Arguments' says only that the arguments are invalid, without which or why ('Invalid arguments supplied in the user request', 'Invalid parameter(s)'): the default (rule 2.4). Rule 6: `status` 'INVALID_ARGUMENT'. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: validation, `INVALID_ARGUMENT` being a validation code that outranks the response's 400, the body's 404 a slip in the vendor's docs).",
  },
  {
    id: 'argo-messaging/invalid-ack-id-parameter-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'INVALID_ARGUMENT' },
    why: "Rule 1: `INVALID_ARGUMENT` is a validation code on a 400: validation. Rule 2.1: `message` 'Invalid ack id parameter' names only which input is invalid, called a parameter ('Invalid jobId', 'Parameter component is required'): the default (rule 2.4). Rule 3: no member names a field: no field. Rule 6: `status` 'INVALID_ARGUMENT' (the numeric `code` 400 restates the status). Rule 5: no id.",
  },
  {
    id: 'argo-messaging/access-forbidden-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: 'FORBIDDEN' },
    why: "Rule 1: 403: forbidden. Rule 2.1: `message` 'Access to this resource is forbidden' is 'Access to the requested resource is forbidden.' (the sixty-eighth holdout's row) and 'Access to resource forbidden' in other words, no more than the status: the default (rule 2.4). Rule 6: `status` 'FORBIDDEN'. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the 403).",
  },
  {
    id: 'redash/unsafe-parameters-shared-dashboard-403',
    expect: {
      kind: 'forbidden',
      message: 'potentially unsafe parameters',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: a body of one member holding an object is that object (`job`). Rule 1: 403: forbidden. Rule 2.1: `error` 'This query contains potentially unsafe parameters and cannot be executed on a shared dashboard or an embedded visualization.' says what was refused and why: kept. Rule 6: `status` 4 is the job's state in digits, a flag, no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'redash/data-source-not-available-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Target data source not available',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: a body of one member holding an object is that object (`job`). Rule 1: 401: unauthenticated (text never decides). Rule 2.1: `error` 'Target data source not available.' names the data source, a thing Redash's users add and name themselves, and does not restate the 401: kept. Rule 6: `status` 4 is the job's state, no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, a downstream service that is unavailable being developer text, the sixty-seventh holdout's row).",
  },
  {
    id: 'redash/no-cached-result-404',
    expect: {
      kind: 'not-found',
      message: 'No cached result found for this query',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'No cached result found for this query.' names what was not found, the query's stored result: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'cronicle/no-session-or-api-key-200',
    expect: {
      kind: 'unauthenticated',
      message: 'No Session ID or API Key could be found',
      fields: [],
      logId: null,
      code: 'session',
    },
    why: "Rule 1: a code outranks a 2xx, and `code` 'session' names the sign-in session that is missing (Evergreen's `NO_SESSION`): unauthenticated. Rule 2.2: `description` 'No Session ID or API Key could be found' is the sentence; it names credentials, which stay (rule 2.1): kept. Rule 6: `code`: 'session'. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: unknown, a 200 whose lone-word code no row of the kind table names, text never deciding).",
  },
  {
    id: 'dagster/run-not-found-error-result-200',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: 'RunNotFoundError' },
    why: "Rule 3: a query's result typed as an error (Vendure's ErrorResult) is the error object: `pipelineRunOrError` is typed `RunNotFoundError`. Rule 1: that type, read without its `Error` suffix, is a not-found code ('no <thing> found'), and a code outranks a 2xx: not-found. Rule 2.4: no sentence: the default. Rule 6: the error result's `__typename`, its only code: 'RunNotFoundError'. Rule 5: no id. Hesitated on kind and code (other reading: unknown and no code, `__typename` being GraphQL's type name and no code member).",
  },
  {
    id: 'apicurio-registry/artifact-not-found-404',
    expect: {
      kind: 'not-found',
      message: "No artifact with ID 'null' in group 'null' was found",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.3: `detail` 'io.apicurio.registry.storage.ArtifactNotFoundException: …' opens with a qualified exception class: developer text, so it does not beat `message` (rule 2.2). Rule 2.1: `message` 'No artifact with ID 'null' in group 'null' was found.' names what was not found: kept. Rule 6: `error_code` 404 only restates the status, in digits: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, the values printed as 'null' being developer text).",
  },
  {
    id: 'mockserver/no-matching-expectation-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404: not-found. Rule 2.4: no body: the default. Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'hoverfly/invalid-matching-strategy-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `error` 'Only matching strategy of 'first' or 'strongest' is permitted' gives an input and the only values it may take, quoted as the API takes them (the eighty-second holdout's row, 'The direction parameter must be 'request' or 'response''; the eighty-fourth's 'Only filter-lang=… is handled'): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a rule about a value in plain words, 'matching strategy' being Hoverfly's own term for people).",
  },
  {
    id: 'optimade/sort-unknown-fields-400',
    expect: {
      kind: 'bad-request',
      message: 'Unable to sort on unknown fields',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: a JSON:API errors list of one item with no `source`: no field. Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.2: `detail` 'Unable to sort on unknown fields 'field_that_does_not_exist', …' beats `title` 'Bad Request' (a reason phrase); rule 2.1: it says what the server cannot do with what the query asked for, as Solr's 'undefined field xxx' stays: kept. Rule 6: `status` '400' is the status: no code. Rule 5: no id. Hesitated on message (other reading: the default, a line naming only the keys the query sent, as a parameter the API does not know is).",
  },
  {
    id: 'optimade/filter-length-operator-not-implemented-501',
    expect: {
      kind: 'server',
      message: 'Operator != not implemented for LENGTH filter',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 501: server. Rule 2.2: the lone item's `detail` 'Operator != not implemented for LENGTH filter.' beats its `title`; it names the filter's operator that is not supported, more than the 501 restated (the app's JSON, not a proxy's text): kept. Rule 2.3 with rule 6: `title` 'NotImplementedError' is Python's exception class, which restates the 501's reason phrase: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, the 501 restated, as 'Functionality not supported by server') and on code (other reading: 'NotImplementedError', a code alone in a problem's title, as Camunda's).",
  },
  {
    id: 'hubmap-portal/tsv-post-json-only-200',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: beside a 2xx, a numeric `status` 400 in the body is the status it means: a 400 without field errors and without a code: bad-request. Rule 2.3: `message` 'POST only accepts a JSON body.' says the body must be JSON, a method and the wire format (a body that \"must be a JSON …\", the thirty-fourth holdout's row): developer text, the default (rule 2.4). Rule 6: `status` 400 is a status, no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a sentence that says what the endpoint accepts).",
  },
  {
    id: 'funcx/run-unknown-endpoint-500-html',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.5: an HTML error page gives no message (Werkzeug's stock 500 page besides): the default. Rules 3, 5 and 6: no field, no id, no code.",
  },
] satisfies Reading[];
