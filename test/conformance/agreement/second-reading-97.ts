import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 45 cases (every third case of the ninety-seventh holdout's parts GZ–HF, in file order, on
// 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of the written
// rules, `test/conformance/README.md` (`.tmp/blind97/rules.md`, its rule rows read as amending the rules above them,
// later rows winning), an excerpt of `types.ts` (`.tmp/blind97/types-excerpt.ts`: `DEFAULT` and the case type), the
// `Reading` interface (`.tmp/blind97/reading-interface.ts`) and one finished second reading (the ninety-sixth's,
// `.tmp/blind97/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs, `now`s and responses
// (`.tmp/blind97/cases.json`; none was thrown, none sends a `Date` header, every `now` is 2026-11-22T12:00:00Z), no
// notes, no expectations, no kit answers. They were told not to open the case files or anything else under
// `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to use search tools, nor
// to list folders. They opened only the files the brief names (the rules read whole, in pieces), checked by its full
// path that this file did not exist yet, and wrote it by its full path. They listed no folder. They marked 31 cases
// "hesitated" and named the other reading. Written once and not changed after.
export default [
  {
    id: 'besu/invalid-block-unparseable-rlp-200',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: '-32602' },
    why: "Rule 1: a 200 whose JSON-RPC `code` -32602 is the standard 'Invalid params', outside the server's own range (-32000 to -32099, which names its kind only by its `data`), a code that says a parameter is wrong; a code outranks any 2xx: validation. Rule 2.3: `message` 'Invalid block, unable to parse RLP' is a parser's report on a serialization (parser and serializer internals): developer text, the default (rule 2.4). Rule 6: the numeric `code` as a string: '-32602'. Rule 5: the JSON-RPC `id` numbers the call, no support id. Rule 3: no field. Hesitated on kind (other reading: unknown, a standard JSON-RPC number that names no kind on a 200) and on message (other reading: kept, 'Invalid block' a headline saying what is invalid).",
  },
  {
    id: 'besu/blob-gas-exceeds-block-max-200',
    expect: {
      kind: 'unknown',
      message: 'total blob gas 917504 exceeds max blob gas per block 786432',
      fields: [],
      logId: null,
      code: '-32000',
    },
    why: "Rule 1: a 200 whose JSON-RPC `code` -32000 is in the server's own range, which names its kind only by the exception in its `data`, and there is no `data`: unknown. Rule 2.1: `message` 'total blob gas 917504 exceeds max blob gas per block 786432' is a sentence that says what is over its limit: kept. Rule 6: the numeric `code` as a string: '-32000'. Rules 3 and 5: no field; the JSON-RPC `id` numbers the call. Hesitated on message (other reading: the default, a node's internal figures for developers).",
  },
  {
    id: 'conflux/lacking-parameters-200',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: '-32602' },
    why: "Rule 1: a 200 whose JSON-RPC `code` -32602 is the standard 'Invalid params', a code that says a parameter is wrong, which outranks any 2xx: validation. Rules 2.1 and 2.3: `message` 'Invalid params: invalid length 0, expected a tuple of size 1.' is JSON-RPC's generic 'Invalid params' before serde's report ('invalid type: map, expected a sequence', the fifty-ninth holdout's row): the default (rule 2.4). Rule 6: '-32602'. Rules 3 and 5: no field; the JSON-RPC `id` numbers the call. Hesitated on kind (other reading: unknown, a standard JSON-RPC number read as no kind).",
  },
  {
    id: 'conflux/estimate-out-of-gas-200',
    expect: {
      kind: 'validation',
      message: 'transaction execution failed, all gas will be charged',
      fields: [],
      logId: null,
      code: '-32602',
    },
    why: "Rule 1: a 200 whose JSON-RPC `code` -32602 is the standard 'Invalid params', a code that says a parameter is wrong, which outranks any 2xx: validation. Rules 2.1 and 2.3: `message` 'Can not estimate: transaction execution failed, all gas will be charged (execution error: VmError(OutOfGas))' is a sentence with a Rust Debug print in parentheses after it (a parser's report in parentheses is the developer's part; Rust's Debug print, the eightieth holdout's row): the sentence before it is kept. Rule 6: '-32602'. Rules 3 and 5: no field; the JSON-RPC `id` numbers the call. Hesitated on kind (other reading: unknown, a standard JSON-RPC number read as no kind, the failure being the transaction's, not a parameter's).",
  },
  {
    id: 'rippled/ledger-not-found-200',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: 'lgrNotFound' },
    why: "Rule 3: a body of one member holding an object is that object (`result`), and its `status: \"error\"` says it failed. Rule 1: `error` 'lgrNotFound', read without case or separators ('lgr not found'), is a not-found code, which outranks a 2xx: not-found. Rule 2.1: `error_message` 'ledgerNotFound' is a code (camel case), no sentence: the default (rule 2.4). Rule 6: the word code 'lgrNotFound' (as OAuth's `error`), with the numeric `error_code` 21 beside it (a code named as one under another is the code when it is a word, the forty-sixth holdout's row). Rule 5: `request` is the request echoed, no id. Hesitated on code (other reading: '21', the explicit `error_code` member).",
  },
  {
    id: 'lnd/expected-one-macaroon-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: '2' },
    why: "Rule 1: 500: server (gRPC's `code` 2, UNKNOWN, names no other kind, and a code never turns a 5xx into a 4xx kind). Rule 2.3: `message` 'expected 1 macaroon, got 0' is a token check's report in an expected-and-got form (token internals): developer text, the default (rule 2.4). Rule 6: the gRPC status's numeric `code` as a string: '2'. Rules 3 and 5: `details` is empty; no field, no id. Hesitated on message (other reading: kept, a credential said to be missing, the person's to send) and on code (other reading: none, a gRPC number that only says unknown).",
  },
  {
    id: 'lnd/tls-handshake-unavailable-503',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: '14' },
    why: "Rule 1: 503: unavailable (gRPC's `code` 14 is UNAVAILABLE besides). Rule 2.3: `error` 'all SubConns are in TransientFailure, latest connection error: … x509: certificate is valid for …' is a call between services and a TLS handshake (infrastructure behind the service, gRPC-Go's connection state): developer text, the default (rule 2.4). Rule 6: the numeric `code` as a string: '14'. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a gRPC number that restates the 503).",
  },
  {
    id: 'itty-router/unknown-status-only-418',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 418, a 4xx no row names, which signing in, waiting or changing the input would not fix: bad-request. Rule 2.4: the body holds only `status` 418, no sentence: the default. Rule 6: `status` is the status: no code. Rules 3 and 5: no field, no id.',
  },
  {
    id: 'fastify-sensible/forbidden-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.1: `message` and `error` 'Forbidden' are the bare reason phrase: the default (rule 2.4). Rule 6: `error` holds the reason phrase, which only restates the status, and `statusCode` is the status: no code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'Forbidden', the word in `error`).",
  },
  {
    id: 'fastify-sensible/teapot-418',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 418, a 4xx no row names: bad-request. Rule 2.1: `message` and `error` \"I'm a Teapot\" are the 418's reason phrase ('I am a teapot', the ninety-sixth holdout's row): the default (rule 2.4). Rule 6: `error` is the reason phrase and `statusCode` the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'fastify-sensible/service-unavailable-503',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 503: unavailable. Rule 2.1: `message` and `error` 'Service Unavailable' are the bare reason phrase: the default (rule 2.4). Rule 6: `error` is the reason phrase and `statusCode` the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'fastify-type-provider-zod/querystring-validation-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'FST_ERR_VALIDATION' },
    why: "Rule 1: `code` 'FST_ERR_VALIDATION', read without Fastify's `FST_` name and the `ERR_` prefix, is `VALIDATION`, a validation code on a 4xx: validation. Rule 2.1: `message` 'querystring/name Invalid input: expected string, received undefined' names only an input by its key (`name`, after the part of the request it came in) with zod's type report ('Invalid input' generic, 'expected string, received undefined' a type check): the default (rule 2.4). Rule 3: no path member; rule 3 names only class-validator's format as leading its messages with the path: no field. Rule 6: the explicit `code`. Rule 5: no id. Hesitated on message (other reading: kept, zod's 'Invalid input: expected string' read as one line) and on fields (other reading: `name` with 'expected string', Fastify's `querystring/` prefix read as a path, the part of the request removed).",
  },
  {
    id: 'fastify-type-provider-zod/response-schema-mismatch-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: `message` \"Response doesn't match the schema\" is a schema validator's report on the server's own response: developer text, the default (rule 2.4); `error` is the reason phrase. Rule 6: `statusCode` is the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'fastify-zod-openapi/headers-validation-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'FST_ERR_VALIDATION' },
    why: "Rule 1: `code` 'FST_ERR_VALIDATION' (`VALIDATION` without Fastify's name and `ERR_`) is a validation code on a 4xx: validation. Rule 2.1: `message` 'headers/jobId Invalid input: expected number, received NaN' names only a header by its key, written as code, with zod's type report (a header's name is the protocol's, the header row): the default (rule 2.4). Rule 3: a header is no field, and no path member: no field. Rule 6: the explicit `code`. Rule 5: no id. Hesitated on message (other reading: kept, zod's line read as one line).",
  },
  {
    id: 'trpc-openapi/path-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: 'NOT_FOUND' },
    why: "Rule 1: 404: not-found (`ok: false` puts the error in `error`). Rule 2.1: `message` 'Not found' is the bare reason phrase: the default (rule 2.4). Rule 6: `error.code` 'NOT_FOUND', tRPC's documented code, the only code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the 404).",
  },
  {
    id: 'trpc-openapi/output-validation-failed-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'INTERNAL_SERVER_ERROR' },
    why: "Rule 1: 500: server (`INTERNAL_SERVER_ERROR` says the same). Rules 2.1 and 2.3: `message` 'Output validation failed' only says something failed validation, and that the server's own output did (a validator's report on the response): the default (rule 2.4). Rule 6: `error.code` 'INTERNAL_SERVER_ERROR', tRPC's code, the only code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the 500).",
  },
  {
    id: 'hono-typebox-validator/required-property-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: the lone item of `errors` has `instancePath` '' (the document's root), so it names no field: form-level; `params.requiredProperties` is a validator's parameters, no member rule 3 names for a field. Rule 1: a 400 without field errors, a lone message (no list), no code: bad-request. Rules 2.1 and 2.3: its `message` 'must have required properties title' is a JSON Schema validator's report naming only an input by its key: the default (rule 2.4). Rule 6: `keyword` is the schema's rule, no code member. Rule 5: no id. Hesitated on kind and fields (other reading: validation, with `title` as the field the item names in `params.requiredProperties`).",
  },
  {
    id: 'cloud-foundry-cc/process-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Process not found',
      fields: [],
      logId:
        '6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95, ' +
        '6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95::7445d9db-c31e-410d-8dc5-9f79ec3fc26f',
      code: '10010',
    },
    why: "Rule 1: 404: not-found (`title` 'CF-ResourceNotFound' says the same). Rule 2.2: the lone item of `errors` is the error; its `detail` 'Process not found' beats `title` and says what was not found: kept. Rule 6: the item's explicit `code` 10010, a number as a string: '10010'. Rule 5: no body id; `X-Vcap-Request-Id` is a header named like a request id (`…request-id`), its value as sent. Rule 3: no field. Hesitated on code (other reading: 'CF-ResourceNotFound', the documented error name in `title`) and on logId (other reading: its first id only).",
  },
  {
    id: 'cloud-foundry-cc/invalid-buildpack-422',
    expect: {
      kind: 'validation',
      message: 'Buildpack must be an existing admin buildpack or a valid git URI',
      fields: [],
      logId:
        '6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95, ' +
        '6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95::7445d9db-c31e-410d-8dc5-9f79ec3fc26f',
      code: '10008',
    },
    why: "Rule 1: 422: validation. Rule 2.2: the lone item of `errors` is the error; its `detail` 'Buildpack must be an existing admin buildpack or a valid git URI' is a sentence in a person's words that says what the value must be: kept (`title` 'CF-UnprocessableEntity' is the 422's phrase as a code). Rule 3: the item has no path member: no field. Rule 6: the item's `code` 10008: '10008'. Rule 5: `X-Vcap-Request-Id`, a header named like a request id, its value as sent. Hesitated on logId (other reading: its first id only).",
  },
  {
    id: 'cloud-foundry-cc/app-manifest-validation-errors-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: '10008' },
    why: "Rule 1: 422: validation. Rule 3: nine items of `errors`, none with a path member (`Process \"web\":` names a process of the manifest, no path): form-level. Rule 2.2: several form-level sentences make no lone one (Midtrans' and Yapily's re-derived cases): the default (rule 2.4). Rule 6: errors that all carry one code give it (the fifty-first holdout's row): '10008'. Rule 5: no id.",
  },
  {
    id: 'cloud-foundry-routing-api/missing-reservable-ports-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors; `name` 'ProcessRequestError' is an error's class, which names no kind: bad-request. Rule 2.1: `message` 'Cannot process request: Missing reservable_ports in router group: default-tcp' is a generic headline before a line that names only an input by its key written as code (`reservable_ports`, 'order_id is missing'): the default (rule 2.4). Rule 6: a `name` that names a class is a category beside a code, and no rule reads it as the code alone (LoopBack 4's `name` is none): no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, 'Missing reservable_ports in router group') and on code (other reading: 'ProcessRequestError', the only code-shaped member).",
  },
  {
    id: 'tsuru/create-user-password-length-400-text',
    expect: {
      kind: 'bad-request',
      message: 'password length should be least 6 characters',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rules 2.6 and 2.1: the text 'password length should be least 6 characters and at most 50 characters' on a 4xx says what the value must be, 'password' a person's word and a credential's name, a rule about a value kept (the collectors' line): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line that starts with a lone word in small letters, as 'url is required').",
  },
  {
    id: 'tsuru/login-user-not-found-404-text',
    expect: { kind: 'not-found', message: 'user not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rules 2.6 and 2.1: the text 'user not found' on a 4xx says what was not found, more than the bare reason phrase ('Resource not found' is a sentence, the fifth holdout's row): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'tsuru/remove-team-not-found-404-text',
    expect: { kind: 'not-found', message: 'Team "unknown" not found', fields: [], logId: null, code: null },
    why: 'Rule 1: 404: not-found. Rules 2.6 and 2.1: the text \'Team "unknown" not found.\' on a 4xx is a sentence that says which record was not found: kept. Rules 3, 5 and 6: no field, no id, no code.',
  },
  {
    id: 'simplelogin/custom-alias-payload-not-dict-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rules 2.1 and 2.3: `error` 'request body does not follow the required format' only says the body is not in the format the server expects, as \"The json body provided does not match the expected schema\" and 'Invalid request body' (the fortieth holdout's row and rule 2.1's list): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'simplelogin/custom-alias-rate-limit-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `error` 'Rate limit exceeded' is the 429's phrase in other words ('rate limit' a 429's category, the fifty-first holdout's row; Quran Foundation's line was re-derived as a plea after a reason phrase alone): the default (rule 2.4). Rule 4: no header, no body hint, no wait in the text: no retry time. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a line that says what was exceeded).",
  },
  {
    id: 'simplelogin/mailbox-email-invalid-400',
    expect: { kind: 'bad-request', message: 'gmail.com invalid', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `error` 'gmail.com invalid' names the value the person typed (a mailbox's domain), not the API's key for an input: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a terse line that names only what is invalid, as 'invalid q').",
  },
  {
    id: 'libregraph-grapi/tentatively-accept-send-response-disabled-400',
    expect: {
      kind: 'bad-request',
      message: 'Event disabled sendResponse',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rules 2.1 and 2.2: `title` '400 Bad Request' is the status and its phrase; the `description` beside it is the occurrence's text: 'Event disabled sendResponse' says the event's state refuses the reply, not that an input is missing or invalid: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line that names only a setting by the API's key written as code).",
  },
  {
    id: 'emailengine/message-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Requested message was not found',
      fields: [],
      logId: null,
      code: 'MessageNotFound',
    },
    why: "Rule 1: 404: not-found (`MessageNotFound` a not-found code besides). Rule 2.1: `message` 'Requested message was not found' is a sentence that says what was not found: kept (`error` is the reason phrase). Rule 6: the explicit `code` 'MessageNotFound'; `statusCode` is the status. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'mailtrain/subscribe-permission-denied-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.1: `error` 'Permission denied' is the 403's phrase in other words, as 'Access forbidden', 'Access to resource forbidden' and 'This action is forbidden.' are: the default (rule 2.4). Rule 3: `data` is an empty list. Rules 5 and 6: no id, no code. Hesitated on message (other reading: kept, two words that say what was refused).",
  },
  {
    id: 'zonemaster-backend/null-request-invalid-request-200',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '-32600' },
    why: "Rule 1: a 200 whose JSON-RPC `code` '-32600' is the standard 'Invalid Request', a code that says the request as a whole is invalid, which outranks any 2xx: bad-request. Rules 2.1 and 2.3: `message` 'The JSON sent is not a valid request object.' is the spec's own text for the code, about JSON the server could not take (developer text); the string `data` beside the spec's text would be the sentence (the twenty-seventh holdout's row), but '/: Expected object - got null.' is a JSON Schema validator's report: the default (rule 2.4). Rule 6: `code` '-32600'. Rules 3 and 5: `id` is null; no field, no id. Hesitated on kind (other reading: unknown, a standard JSON-RPC number read as no kind on a 200).",
  },
  {
    id: 'zonemaster-backend/missing-id-invalid-request-200',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '-32600' },
    why: "Rule 1: a 200 whose JSON-RPC `code` '-32600' ('Invalid Request') says the request as a whole is invalid, which outranks any 2xx: bad-request. Rules 2.1 and 2.3: `message` 'The JSON sent is not a valid request object.' is the spec's own text, about the JSON sent (developer text), and `data` is empty: the default (rule 2.4). Rule 6: `code` '-32600'. Rules 3 and 5: `id` is null; no field, no id. Hesitated on kind (other reading: unknown, a standard JSON-RPC number read as no kind on a 200).",
  },
  {
    id: 'plack/httpexceptions-internal-server-error-500-text',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rules 2.6 and 2.1: plain text on a 5xx is the runtime's, and 'Internal Server Error' is the bare reason phrase besides: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'quantumleap/notify-missing-id-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rules 2.2, 2.3 and 2.1: RFC 9457 `detail` \"'id' is a required property\" beats `title` 'Bad Request', but it is Python jsonschema's report (Connexion's), and it names only an input by its quoted key: the default (rule 2.4). Rule 6: `type` is `about:blank`: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'quantumleap/notify-multiple-data-elements-400-json-string',
    expect: {
      kind: 'bad-request',
      message: 'Multiple data elements in notifications not supported yet',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rules 2.6 and 2.1: the body is text quoted whole, encoded twice (the thirty-fourth holdout's row), read as its text: 'Multiple data elements in notifications not supported yet' is a sentence on a 4xx that says what is not supported: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'traveltime/invalid-request-json-transportation-type-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['obj.searches.0.transportation.type', 'Invalid value, possible values']],
      logId: null,
      code: '2',
    },
    why: "Rule 3: `additional_info` is a map of path to lists of strings that read as messages: a map of fields; `obj.searches[0].transportation.type` is `obj.searches.0.transportation.type` (segments keep the server's spelling; rule 3 names only `$` and npm jsonschema's `instance` as a root to drop). Rule 1: 422 with a field error: validation. Rules 2.1 and 2.3: `description` 'Invalid request json' says only that the request's JSON is invalid (a bare 'Invalid JSON', developer text; generic besides): the default (rule 2.4). Rule 6: `error_code` 2, a number as a string: '2'; `http_status` is the status. Rule 5: no id. Hesitated on fields (other reading: `searches.0.transportation.type`, Play JSON's `obj` root dropped as `$` and `instance` are).",
  },
  {
    id: 'traveltime/public-transport-data-unavailable-422',
    expect: {
      kind: 'validation',
      message: 'We do not have public transport data for the region',
      fields: [],
      logId: null,
      code: '15',
    },
    why: "Rule 1: 422: validation (`error_code` 15 names no other kind). Rule 2.1: `description` 'We do not have public transport data for the region at the time you have specified, try a more recent date' is a sentence for the person: kept. Rule 3: `additional_info` holds `search_id: [\"my search id\"]`, the search's id the request named, data and no prose (names under a weak container are data unless they read as prose, the fifty-third holdout's row): no field. Rule 6: `error_code` 15: '15'. Rule 5: the search's id is the request's, no support id. Hesitated on fields (other reading: `search_id` with 'my search id', a map of strings read as a map of fields).",
  },
  {
    id: 'placekey/not-enough-fields-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 with no code or status that names a kind (lines on a 2xx say what failed, not that an input did; text never decides): unknown. Rule 2.1: `error` 'Not enough fields provided' says only that required inputs are lacking, without naming one, as 'Missing required fields' and 'Required fields are missing' say no more (the seventy-fifth and sixty-first holdouts' rows): the default (rule 2.4). Rule 5: `query_id` '0' numbers the query in a batch, and zero is no id. Rules 3 and 6: no field, no code. Hesitated on message (other reading: kept, a line that says what failed on a 2xx).",
  },
  {
    id: 'travelyzer/rate-limit-exceeded-429',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded. Please retry after 45 seconds',
      fields: [],
      retry: 45,
      logId: null,
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `message` 'Rate limit exceeded. Please retry after 45 seconds.' is a plea to try again after a reason phrase alone, which stays the message (the restated row): kept (`error` is the reason phrase). Rule 4.1: `Retry-After: 45` (no `Date`): 45 s, and the body's `retryAfter` 45 agrees. Rule 6: `statusCode` is the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'mappable/isoline-apikey-missing-401',
    expect: {
      kind: 'unauthenticated',
      message: "parameter 'apikey' is missing",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: the lone line of `errors` speaks for the response. Rule 2.1: \"parameter 'apikey' is missing\" names a credential, which says that signing in failed ('Invalid app_key is provided.', Qobuz's 'Invalid or missing app_id parameter' stay): kept. Rules 3, 5 and 6: no path, no id, no code. Hesitated on message (other reading: the default, a line that names only a parameter by its quoted key, as OddsPapi's 'missing apiKey' was read by one reader).",
  },
  {
    id: 'apple-developer-portal/create-profile-no-matching-devices-200',
    expect: {
      kind: 'unknown',
      message: 'There are no current devices on this team matching the provided device IDs',
      fields: [['deviceIds', 'There are no current devices on this team']],
      logId: '612597ae-99e2-44af-bf8a-c721678335ba',
      code: '35',
    },
    why: "Rule 3: `validationMessages` is a list of items with a path-like member (`validationKey`, a `key`) and a message-like one (`validationUserMessage`): `deviceIds` with its sentence. Rule 1: a 200 (`httpCode` 200 names no error status) whose `resultCode` 35 names no kind; field errors make a validation failure of a 400 and of a status HTTP does not name, not of a 2xx: unknown. Rule 2.1: `userString` is the sentence named for the user (as publiq's `endUserMessage`): kept; `resultString` is a generic headline. Rule 6: `resultCode` 35, a code by its name's shape: '35'. Rule 5: `responseId`, a response's id in the body, is the support id (Timeweb Cloud's `response_id`). Hesitated on kind (other reading: validation, field errors on a 200 read as an input refused).",
  },
  {
    id: 'apple-ade/token-rejected-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'token_rejected' },
    why: "Rule 1: 401: unauthenticated. Rules 2.6 and 2.1: the body is text quoted whole, encoded twice, read as its text: 'token_rejected' is a code (one token with `_`), no sentence: the default (rule 2.4). Rule 6: a code alone where the message sits is the code (a code alone in a message's member; words in capitals are a code): 'token_rejected'. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a text body that no rule reads as a code member).",
  },
  {
    id: 'apple-ade/terms-not-signed-403-text',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: 'T_C_NOT_SIGNED' },
    why: "Rule 1: 403: forbidden (`T_C_NOT_SIGNED`, terms not accepted, is no credential code). Rules 2.6 and 2.1: the text 'T_C_NOT_SIGNED' is words in capitals joined by `_`: a code, no sentence: the default (rule 2.4). Rule 6: a code alone where the message sits is the code: 'T_C_NOT_SIGNED'. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a text body that no rule reads as a code member).",
  },
  {
    id: 'firebase-app-distribution/aab-info-invalid-argument-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'INVALID_ARGUMENT' },
    why: "Rule 1: a 400 with Google's `status` 'INVALID_ARGUMENT', a validation code on any 4xx: validation. Rule 2.1: `message` 'Request contains an invalid argument.' is Google's stock line for the code, saying only that an argument is invalid without naming one (CAMARA's 'Client specified an invalid argument …', 'Invalid parameter(s)'): the default (rule 2.4). Rule 6: Google's `status` is the code, its numeric `code` the HTTP status: 'INVALID_ARGUMENT'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'appgallery-connect/package-compiling-try-again-200',
    expect: {
      kind: 'unknown',
      message: 'The package is being compiled, please try again in 3-5 minutes',
      fields: [],
      retry: 180,
      logId: null,
      code: '204144727',
    },
    why: "Rule 3: `ret` holds the error object. Rule 1: a 200 whose numeric `code` 204144727 is no HTTP status and names no kind (text never decides): unknown. Rule 2.1: `msg` '[AppGalleryConnectPublishService]The package is being compiled, please try again in 3-5 minutes' is a sentence behind the service's own label in brackets, which says no more (as '[ERROR 400] '): kept. Rule 4.4: a wait written in the person's sentence counts on any status (Tealium's 'try again in 10 minutes'): 'try again in 3-5 minutes' allows a retry after 3 minutes: 180 s. Rule 6: `code`, a number as a string: '204144727'. Rule 5: no id. Hesitated on retry (other reading: 300, the range's end, or none, a range being no single wait).",
  },
] satisfies Reading[];
