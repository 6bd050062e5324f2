import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 37 cases (every third case of the sixty-fourth holdout's six parts, AD to AI, in file
// order, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind64/rules.md`, the rule rows up to the sixty-third holdout's included), an
// excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second reading (the
// sixty-third's) as a model of the format, and the cases' ids, sources, URLs and responses (no case carried a
// `receivedAt` and none was thrown; Azure Monitor's 504 and the five IPFS pinning services' responses send a `Date`
// header, which gives their `now`, and every other case counts from 2026-11-22T12:00:00Z; only Mozilla accounts' 429
// gives a wait), no notes, no expectations. They were told not to open the case files or anything else under
// `test/conformance/`, the kit's source, its README or changelog, the live rules file, the git history or the rest of
// `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search tools; they wrote this file by its
// full path without listing its folder. They marked 22 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.

export default [
  {
    id: 'mozilla-accounts/invalid-parameter-errno-107-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '107' },
    why: "Rule 1: a 400 without field errors; `error` is the 400's reason phrase, `code` 400 the status in digits and `errno` 107 a number no row sorts: a bad request. Rule 2.1: 'Invalid parameter in request body' names no input and says no more than the status ('Invalid request parameters provided.', 'Invalid parameter value detected', 'Required parameter is missing.'); 'Bad Request' is a reason phrase; `info` is a link: the default (rule 2.4). Rule 5: no id, no headers. Rule 6: `code` 400 only restates the status; `errno` is the vendor's documented error number for programs, the most specific code: '107'. Hesitated on code (other reading: none, `errno` being a name no rule lists, or '400', the explicit `code` member).",
  },
  {
    id: 'mozilla-accounts/too-many-requests-429-retry-after',
    expect: {
      kind: 'rate-limited',
      message: 'This client has sent too many requests',
      fields: [],
      retry: 30,
      logId: null,
      code: '114',
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `error` is the bare reason phrase; `message` is a sentence with a subject (only the bare reason phrase restates the status, as 'Resource not found' is a sentence): kept. Rule 4.1: `Retry-After: 30` (no `Date`, so from 2026-11-22T12:00:00Z), which the body's `retryAfter` 30 repeats: 30 s. Rule 5: no id. Rule 6: `code` 429 restates the status; `errno` 114 is the vendor's error number: '114'. Hesitated on message (other reading: the default, the 429's phrase in other words) and on code (other reading: none).",
  },
  {
    id: 'wordpress-com/http-envelope-unauthorized-403-in-200',
    expect: {
      kind: 'forbidden',
      message: 'User cannot view post',
      fields: [],
      logId: null,
      code: 'unauthorized',
    },
    why: "Rule 1 (the thirty-fourth holdout's row): a response object sent whole holds the error in `body`, and beside a 2xx a `code` of an error status in digits is the status the body means: 403; `error: \"unauthorized\"` is an `Unauthorized` code sent without a 401, which refuses someone known: forbidden either way. Rule 2.1: `message` is a sentence for the person saying what was refused: kept. Rule 3: the `headers` list holds name/value pairs, no messages: no field. Rule 5: no id. Rule 6: `error` 'unauthorized' is the code (it restates the 401's phrase, not the 403 the body means). Hesitated on code (other reading: none, a reason phrase in `error`).",
  },
  {
    id: 'duckduckgo-sync/logout-invalid-login-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'invalid_login_credentials',
    },
    why: "Rule 1: 401: unauthenticated, and the code agrees (a sign-in that failed). Rule 2.1: the only text is a code token: no sentence, the default (rule 2.4). Rule 5: no id, no headers. Rule 6: `error`, OAuth-style: 'invalid_login_credentials'.",
  },
  {
    id: 'cursor-cloud-agents/model-not-available-400',
    expect: {
      kind: 'bad-request',
      message: "Model 'gpt-4' is not available or invalid",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 with no code (`error` holds a sentence), no field errors: text never decides, so 'invalid' makes no validation failure: a bad request. Rule 2.1: the line starts with a person's word in capitals ('Model'), quotes the value, not the key, and says the model is not available: no line naming only the API's input: kept. Rule 3: no path member: no field. Rules 4 to 6: no headers, no id, no code. Hesitated on message (other reading: the default, the `model` parameter named only as invalid).",
  },
  {
    id: 'microsoft-teams-incoming-webhook/delivery-failed-429-in-200-text-headers',
    expect: {
      kind: 'unknown',
      message: 'Webhook message delivery failed',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200 sent as text; the 429 is only in the text (another service's answer reported), and text never decides: a 2xx with nothing a status, code or header says failed: unknown. Rule 2.6: plain text on a 2xx is a sentence; rule 2.3: 'Microsoft Teams endpoint returned HTTP error 429 with ContextId …' reports another service's status (Invidious's 'returned status code 400'), developer text; the person reads what came before the colon: their webhook message was not delivered, which names what failed for them (as Apprise's 'could not be sent'): kept. Rule 4: no `Retry-After`, no wait in words. Rule 5: no request-id header (`MS-CV` is no name rule 5 lists); 'ContextId tcid=0,…' holds a zero and placeholders: no id. Rule 6: no code. Hesitated on kind (other reading: rate-limited, the 429 the text reports), on message (other reading: the default, a line that only says delivery failed before developer text) and on logId (other reading: the `MS-CV` correlation vector).",
  },
  {
    id: 'microsoft-teams-incoming-webhook/json-reader-exception-unexpected-character-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 as text, no code, no fields: a bad request. Rule 2.3: a qualified exception class (`Newtonsoft.Json.JsonReaderException:`) and a parser's report with its path, line and position (Json.NET's, as in the fifty-second holdout's row): developer text, the default (rule 2.4). Rules 4 to 6: no headers, no id, no code.",
  },
  {
    id: 'power-automate/trigger-input-schema-mismatch-required-properties-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'TriggerInputSchemaMismatch',
    },
    why: "Rule 1: a 400 without field errors; `TriggerInputSchemaMismatch` says the request's body as a whole did not match its schema (as `INVALID_BODY` does), no input's value: a bad request. Rule 2.1: 'The input body … did not match its schema definition' says no more than the status ('The json body provided does not match the expected schema', a payload 'not valid according to schema'); rule 2.3: 'Error details: Required properties are missing from object: boolean.' is a JSON Schema validator's report: the default (rule 2.4). Rule 3: the missing property is only named in the report: no field. Rule 5: no id. Rule 6: `error.code`. Hesitated on kind (other reading: validation, required properties missing being the input's fault).",
  },
  {
    id: 'servicedesk-plus-cloud/4004-internal-error-no-message-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: '4004' },
    why: "Rule 3: the body's one member `response_status` is the error object. Rule 1: 500: server (no code turns a 5xx into a 4xx kind). Rule 2: the lone item holds only a number and `type: \"failed\"`, a flag: no sentence, the default (rule 2.4). Rule 5: no id. Rule 6: the item-level `status_code` 4004 over the envelope's 4000, both vendor numbers that are no HTTP status: '4004'. Hesitated on code (other reading: none, a `status_code` in digits being a status, or '4000', the envelope's).",
  },
  {
    id: 'qoder-cloud-agents/authentication-error-invalid-token-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid API key or token',
      fields: [],
      logId: null,
      code: 'authentication_error',
    },
    why: "Rule 1: 401: unauthenticated; the outer `type: \"error\"` only flags the failure. Rule 2.1: `error.message` names the credential and says it is invalid; a credential's name stays ('Invalid app_key is provided.'): kept. Rule 5: no id, no headers. Rule 6: `error.type` is the only code token: 'authentication_error'.",
  },
  {
    id: 'qobuz/user-authentication-required-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: '1-69ec8f93-5ed141636423afde3e07ea4d',
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: 'User authentication is required.' is the 401's phrase in other words ('Authentication required', 'Authentication is required' restate a 401), and the parenthesised '(Root=…)' after it labels the occurrence: the default on a 401 (rule 2.4). Rule 5: no id member or header; the text labels an AWS trace id ('Root=1-…', the `X-Amzn-Trace-Id` form) in parentheses after the sentence, as '(trace_id: …)': the support id. Rule 6: `code` 401 restates the status and `status: \"error\"` is a flag (no `data`): no code. Hesitated on message (other reading: 'User authentication is required', naming who must sign in) and on logId (other reading: none, 'Root' being no label rule 5 names).",
  },
  {
    id: 'feedly/token-expired-401',
    expect: {
      kind: 'unauthenticated',
      message: 'token expired',
      fields: [],
      logId: 'ap8-sv2.2015050319.2790828',
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `errorMessage` names the credential and says why it failed ('Authorization token expired', Brightpearl's, is kept); the numbers after the colon are the token's expiry and offset, internals (rule 2.3): the line before them is the message. Rule 5: `errorId` is a support id by name. Rule 6: `errorCode` 401 restates the status: no code. Hesitated on message (other reading: the default, a token's expiry printed as internals, or the 401's phrase in other words).",
  },
  {
    id: 'instagram/challenge-required-checkpoint-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'challenge_required',
    },
    why: "Rule 1: a 400; `challenge_required` and the category `checkpoint_challenge_required` are codes no row sorts (no credential, permission or validation code), and `status: \"fail\"` holds no `data`: a bad request. Rule 2.1: `message` holds only a code token: no sentence, the default (rule 2.4). Rule 3: `challenge` holds a URL, a path and flags, no messages: no field. Rule 5: no id. Rule 6: a code alone in a message's member is the code (IQAir's), and `error_type` beside it is its category. Hesitated on kind (other reading: unauthenticated, the person must pass a sign-in checkpoint) and on code (other reading: 'checkpoint_challenge_required').",
  },
  {
    id: 'instagram/unknown-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: 'Unknown Server Error.' is a generic line ('Unknown exception', 'Internal … error'): the default. Rule 5: no id. Rule 6: `status: \"fail\"` is a call's flag: no code.",
  },
  {
    id: 'apple-id/check-account-information-20101-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Check the account information you entered and try again',
      fields: [],
      logId: null,
      code: '-20101',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: the lone item of `serviceErrors` is the error; its `message` is a sentence for the person, saying what to do: kept. Rule 3: no path member: form-level. Rule 5: no id. Rule 6: the lone item's `code`: '-20101'.",
  },
  {
    id: 'tinder/banned-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: 'banned' },
    why: "Rule 1: 403: forbidden; `banned` names no other kind. Rule 2.1: 'banned' is a lone word: the default. Rule 5: no id. Rule 6: `error` is the only code token ('banned'); `status` 403 restates the status.",
  },
  {
    id: 'timeweb-cloud/value-must-be-a-number-400',
    expect: {
      kind: 'bad-request',
      message: 'Value must be a number conforming to the specified constraints',
      fields: [],
      logId: '15095f25-aac3-4d60-a788-96cb5136f186',
      code: 'bad_request',
    },
    why: "Rule 1: a 400 without field errors; `error_code: \"bad_request\"` restates the status and `status_code` 400 names the same status: a bad request. Rule 2.1: `message` is a sentence saying what a value must be (a rule about a value, no input named by its key): kept. Rule 5: `response_id` is a request/response id by its shape (bunq's response id): the support id. Rule 6: `error_code` is the only code, though it restates the status (Mercado Pago's `bad_request`). Hesitated on message (other reading: the default, as 'Data violates constraints.' and '… failed constraints') and on code (other reading: none, a code that only restates the status).",
  },
  {
    id: 'websupport/zone-not-found-404',
    expect: { kind: 'not-found', message: 'Zone not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: only the bare reason phrase restates the status; 'Zone not found' names what was not found: kept. Rule 5: no id. Rule 6: `code` 404 is the status in digits: no code.",
  },
  {
    id: 'keyhelp/api-key-missing-or-invalid-401',
    expect: {
      kind: 'unauthenticated',
      message: 'API key is missing or invalid',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: a credential's name stays ('Invalid app_key is provided.', 'access_token is invalid'), and the line says the key is missing or invalid: kept. Rule 5: no id. Rule 6: `code` is the status line, its number and reason phrase ('401 Unauthorized'), which only restates the status: no code. Hesitated on code (other reading: '401 Unauthorized', the explicit `code` member).",
  },
  {
    id: 'plesk/incorrect-username-or-password-1001-200-xml',
    expect: {
      kind: 'unknown',
      message: 'You have entered incorrect username or password',
      fields: [],
      logId: null,
      code: '1001',
    },
    why: "Rule 3: XML read as JSON: the one element `packet` and its one `system` are the error object; `status: error` is a flag. Rule 1: a 200 whose `errcode` 1001 is no 4xx or 5xx status and no code any row sorts; text never decides, so an incorrect password makes no credential code (FOLIO's is a code): unknown. Rule 2.1: `errtext` is a sentence for the person: kept. Rule 5: no id. Rule 6: `errcode` is a code by its shape (`err_code`): '1001'. Hesitated on kind (other reading: unauthenticated, a refused sign-in).",
  },
  {
    id: 'hosttech/type-required-german-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['type', 'Darf nicht leer sein']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 3: `errors` is a map of path to messages; a field called `type` under it is a field, not the envelope. Rule 2.1: 'The given data was invalid.' is a generic summary; only field messages remain: the default (rule 2.4). Rules 4 to 6: no id, no code.",
  },
  {
    id: 'cratedb/args-and-bulk-args-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.3: the whole `message` is an exception's class (`SQLParseException[…]`) with its text inside it, a SQL parser's report: developer text; inside, `args` and `bulk_args` are the API's keys: the default (rule 2.4). Rule 5: no id. Rule 6: no code member; the exception's class is no documented code. Hesitated on message (other reading: 'request body contains args and bulk_args', the text inside the class read as a label before the sentence).",
  },
  {
    id: 'graphite-api/render-invalid-graphtype-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['graphType', "must be one of 'line', 'pie'"]],
      logId: null,
      code: null,
    },
    why: 'Rule 3: `errors` is a map of path to message: `graphType`. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only field messages: the default. Rules 4 to 6: no id, no code.',
  },
  {
    id: 'graphite-api/metrics-search-two-fields-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['max_results', 'must be an integer'],
        ['query', 'this parameter is required'],
      ],
      logId: null,
      code: null,
    },
    why: 'Rule 3: `errors` maps two paths to messages. Rule 1: a 400 with field errors: validation. Rule 2.4: only field messages: the default. Rules 4 to 6: no id, no code.',
  },
  {
    id: 'kairosdb/metric-name-may-not-be-empty-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 whose `errors` holds one line, not a list of several, and no path member: a lone message is not a list; no code: a bad request. Rule 3: only class-validator's format is read as naming its field at the line's start, so the line is form-level. Rule 2.1: 'metric[0].name may not be empty.' names only which input is missing, written as code (`steps[0].role is required`): the default. Rules 4 to 6: no headers, no id, no code. Hesitated on kind and fields (other reading: validation, with the field `metric.0.name`, reading the path the line starts with as class-validator's).",
  },
  {
    id: 'kairosdb/datastore-exception-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 500: server. Rule 2.3: a qualified exception class (`org.kairosdb.core.exception.DatastoreException:`) with its text: developer text; a lone line of developer text in a list is no form-level message: the default. Rules 5 and 6: no id, no code.',
  },
  {
    id: 'datasette/insert-invalid-json-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 with `ok: false` and one line in `errors`: a lone line is no list; no code, no field: a bad request. Rule 2.3: 'Invalid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)' is a bare 'Invalid JSON' and Python's JSON parser's report: developer text, no form-level message: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'datasette/insert-rows-invalid-columns-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 that lists several messages about the input (two rows with invalid columns): validation. Rule 3: the items are strings with no path member; 'Row 0' names a record's position in text: form-level, not scored. Rule 2.1 (the 6 December 2026 row): two lines make no lone sentence, and they name the API's column keys: the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on message (other reading: the first line, 'Row 0 has invalid columns').",
  },
  {
    id: 'azure-monitor-logs/gateway-timeout-504',
    expect: {
      kind: 'unavailable',
      message: DEFAULT,
      fields: [],
      logId: 'ebf79211-bbda-43b8-bbb4-dfc0a0a11c31',
      code: 'GatewayTimeout',
    },
    why: "Rule 1: 504: unavailable; a timeout code on a gateway's status is the gateway's failure (the sixty-first holdout's row), not a timeout. Rule 2.1: 'Gateway timeout' is the 504's reason phrase; 'Connection error' (inner) is generic and `ESOCKETTIMEDOUT` a socket error (rule 2.3): the default. Rule 4: the `Date` header gives `now`; `Retry-After` is only named in `Access-Control-Expose-Headers`, not sent: no wait. Rule 5: `error.correlationId` is a body id and wins. Rule 6: `error.code` 'GatewayTimeout' (the inner error says the same). Hesitated on code (other reading: none, a code that only restates the 504's reason phrase, or 'ESOCKETTIMEDOUT', the innermost).",
  },
  {
    id: 'pinata/keys-must-be-strings-no-auth-400',
    expect: {
      kind: 'unauthenticated',
      message: 'pinata_api_key and pinata_secret_api_key must both be strings',
      fields: [],
      logId: '590acabe6a606d0f1378d90e9ec8b172',
      code: 'KEYS_MUST_BE_STRINGS',
    },
    why: "Rule 1: a 400 whose code (the IPFS Pinning Service's `error.reason`) says the API keys are not valid values: a key another word names is a credential code (`app-key-invalid`, `key-missing`), and the request had no valid credentials: unauthenticated. Rule 2.2: `details` is the occurrence's sentence beside the code; it names the credentials, and a credential's name stays ('Invalid app_key is provided.'), saying what their values must be: kept. Rule 3: no field member: no field. Rule 4: the `Date` header gives `now`; no wait. Rule 5: `x-request-id`. Rule 6: `error.reason`: 'KEYS_MUST_BE_STRINGS'. Hesitated on kind (other reading: validation, a value's type rule, or bad-request) and on message (other reading: the default, two inputs named only by the API's keys).",
  },
  {
    id: 'estuary/auth-missing-no-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'no api key was specified',
      fields: [],
      logId: null,
      code: 'ERR_AUTH_MISSING',
    },
    why: "Rule 1: 401: unauthenticated, and `AUTH_MISSING` (read without `ERR_`) agrees. Rule 2.2: `details` is the occurrence's sentence beside the code `reason`; it names the credential in words and says it is missing; a credential's name stays: kept. Rule 4: the `Date` header gives `now`; no wait. Rule 5: no id member or request-id header. Rule 6: `error.reason` as sent: 'ERR_AUTH_MISSING'. Hesitated on message (other reading: the default, the 401's phrase in other words, as 'missing apiKey' was read).",
  },
  {
    id: 'filebase/invalid-token-no-auth-401',
    expect: {
      kind: 'unauthenticated',
      message: 'api key does not exist',
      fields: [],
      logId: '8cd82780-0180-4d7a-8ebb-efdf38fe5a38',
      code: 'ERR_INVALID_TOKEN',
    },
    why: "Rule 1: 401: unauthenticated; `INVALID_TOKEN` is a credential code that agrees. Rule 2.2: `details` is the occurrence's sentence; it names the credential and says why it was refused (the key does not exist): kept. Rule 4: the `Date` header gives `now`; no wait. Rule 5: `x-request-id`. Rule 6: `error.reason`: 'ERR_INVALID_TOKEN'. Hesitated on message (other reading: the default, a credential refused in other words).",
  },
  {
    id: '4everland/object-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'The object was not found',
      fields: [],
      logId: '7de0571b5daaf95b-SJC',
      code: 'OBJECT_NOT_FOUND',
    },
    why: "Rule 1: 404: not-found, and the code agrees. Rule 2.2: `details` is the occurrence's sentence beside the code `reason`; only the bare reason phrase restates the status, so a sentence naming the object is kept. Rule 4: the `Date` header gives `now`; no wait. Rule 5: no body id; `cf-ray` is the first request-id header present. Rule 6: `error.reason`: 'OBJECT_NOT_FOUND'.",
  },
  {
    id: 'crust/empty-signature-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Empty Signature',
      fields: [],
      logId: '78f4a16f7ab3208e-IAD',
      code: 'UNAUTHORIZED',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: `details` speaks beside the code `reason`; 'Empty Signature' says the request's signature (its credential) was empty, why signing in failed, words a person reads, no key id or claim: kept. Rule 4: the `Date` header gives `now`; no wait. Rule 5: `cf-ray`. Rule 6: `error.reason` is the only code, though it restates the 401's reason phrase: 'UNAUTHORIZED'. Hesitated on message (other reading: the default, signature internals or a credential refused in two words) and on code (other reading: none, a code that only restates the status).",
  },
  {
    id: 'serato/expired-access-token-2002-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Expired Access token',
      fields: [],
      logId: null,
      code: '2002',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error` holds words with spaces, not a code token; it names the credential and says why it was refused ('Authorization token expired' is kept): kept. Rule 5: no id. Rule 6: `code` 2002 is the vendor's number, no status: '2002'.",
  },
  {
    id: 'serato/expired-refresh-token-1007-400',
    expect: {
      kind: 'bad-request',
      message: 'Expired Refresh token',
      fields: [],
      logId: null,
      code: '1007',
    },
    why: "Rule 1: a 400 with a numeric code 1007 that no row sorts and no fields; text never decides, so an expired token makes no credential code: a bad request. Rule 2.1: `error` is a credential line naming the token and why it was refused: kept. Rule 5: no id. Rule 6: `code`: '1007'. Hesitated on kind (other reading: unauthenticated, as the words say).",
  },
  {
    id: 'serato/service-unavailable-503',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 503: unavailable. Rule 2.1: 'Service unavailable' is the 503's bare reason phrase: the default. Rules 5 and 6: no id, no code.",
  },
] satisfies Reading[];
