import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 24 cases (every third case of the seventy-second holdout's four parts, BT, BU, BV and BW,
// in file order, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen
// copy of `test/conformance/README.md` (`.tmp/blind72/rules.md`, the rule rows up to the seventieth holdout's
// included), an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second
// reading (the seventy-first's) as a model of the format, and the cases' ids, sources, URLs and responses (none was
// thrown; Adobe Learning Manager's, KingsChat's, InPars', Hiringo's, DeepWiki's, Launch School's and Sealious' cases
// send a `Date` header, which gives their `now`, and every other case counts from 2026-11-22T12:00:00Z; two cases give
// a wait by this reading, Adobe Learning Manager's `Retry-After: 10.752` and InPars' `X-Rate-Limit-Reset: 60`), no
// notes, no expectations. They were told not to open the case files or anything else under `test/conformance/`, the
// kit's source, its README or changelog, the live rules file, the git history or the rest of `.tmp/`, nor to run the
// kit, the conformance script or any test, nor to use search tools, nor to list folders. They opened only the files
// the brief names, by their full paths, and wrote this file by its full path without listing its folder. They marked
// 15 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.
export default [
  {
    id: 'adobe-learning-manager/rate-limited-retry-after-fraction-429',
    expect: {
      kind: 'rate-limited',
      message: DEFAULT,
      fields: [],
      retry: 10.752,
      logId: 'gwBBFC9741-58A5-43B1-B1FE-7D14275961E7',
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `message` '429 Too many requests' is the status's number before its reason phrase ('HTTP 404', '404 Route Not Found'): it restates the status, the default (rule 2.4). Rule 4.1: `Retry-After: 10.752`, delay seconds with a fraction (tolerated), counted from the `Date` header's `now`: 10.752 s; `x-rate-limit: 60r/m` is a limit, no reset. Rule 5: no body id; `x-request-id`: the support id. Rule 6: no code.",
  },
  {
    id: 'icepanel/too-many-requests-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `message` 'Too Many Requests' is the bare reason phrase: the default (rule 2.4). Rule 4: no header, no body hint, no wait in text: no retry. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'kingschat/new-message-not-found-404',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [],
      logId: '4f9831f637aede23acbc89053ac108b4',
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'not found' is the bare reason phrase in small letters, naming nothing that was not found: the default (rule 2.4). Rule 4: the `Date` header gives `now`; no wait. Rule 5: no body id; `x-request-id`: the support id. Rule 6: 'not found' is two words with a space, no code's shape, and only restates the 404: no code. Hesitated on code (other reading: 'not found', OAuth-style `error` read as the code).",
  },
  {
    id: 'veracode-security-labs/api-credential-invalid-403',
    expect: { kind: 'forbidden', message: 'ApiCredential invalid', fields: [], logId: null, code: null },
    why: "Rule 1: 403 with no code (text never decides, though the line is about a credential): forbidden. Rule 2.1: `message` 'ApiCredential invalid' names the credential and says it is invalid; a credential's name stays ('access_token is invalid', 'Invalid app_key is provided.'), since it says signing in failed: kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a line naming only an input by the API's name written as code) and on kind (other reading: unauthenticated, a credential refused).",
  },
  {
    id: 'inpars/rate-limit-exceeded-yii-429',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded',
      fields: [],
      retry: 60,
      logId: null,
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: Yii's `name` 'Too Many Requests' is the reason phrase; `message` 'Rate limit exceeded.' says which limit was hit, a sentence and not the bare phrase (only the bare reason phrase restates the status, as 'Resource not found' stays): kept. Rule 4.2: no `Retry-After`; `X-Rate-Limit-Reset: 60` with `X-Rate-Limit-Remaining: 0`, on a rate-limited kind; 60 read as epoch lands nowhere near `now` (the `Date` header, 2020-06-29): a delta of 60 s. Rule 5: no id. Rule 6: `code` 0 is zero, no code; `status` 429 restates the status; `name` is the reason phrase: no code. Hesitated on message (other reading: the default, the 429's phrase in other words, as the row on 'Authentication failed' reads the 401's).",
  },
  {
    id: 'hiringo/update-email-expired-jwt-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: '6ad0ecbad89e4a74-FRA',
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 1's prose: `success: false` flags the failure; `payload` is null, so the sentence is the body's `message`. Rule 2.3: 'invalid or expired jwt, internal=token is expired by 1m31s' is a JWT middleware's report with its internal cause and the token's expiry spelled out (token internals, 'a JWT's expiry', a JWT check): developer text, the default (rule 2.4). Rule 4: the `Date` header gives `now`; 'expired by 1m31s' is past, no wait. Rule 5: no body id; `CF-RAY`: the support id. Rule 6: no code. Hesitated on message (other reading: 'invalid or expired jwt', a credential's name kept, the part after the comma cut as the developer's).",
  },
  {
    id: 'deepwiki-mcp/unsupported-protocol-version-400',
    expect: {
      kind: 'bad-request',
      message: 'Unsupported protocol version',
      fields: [],
      logId: null,
      code: '-32600',
    },
    why: "Rule 1: a 400 without fields; the JSON-RPC `-32600` (Invalid Request) is a standard number no row sorts, and would say the request as a whole was bad anyway: a bad request. Rule 2.1: the reason phrase leading the line ('Bad Request: ') is dropped: 'Unsupported protocol version: 2026-07-28. Supported versions: …' says what was refused and what is accepted: kept. Rule 4: the `Date` header gives `now`; no wait. Rule 5: the JSON-RPC `id` 'server-error' numbers the call, no support id; no request-id header: none. Rule 6: `error.code`, a number: '-32600'. Hesitated on message (other reading: the default, a protocol version the client library sends and no person chose, text for the developer) and on code (other reading: none, the spec's own number saying no more than the 400).",
  },
  {
    id: 'launch-school-web-store/product-not-found-404',
    expect: {
      kind: 'not-found',
      message: "Couldn't find WebStore::Product",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1 and the forty-eighth holdout's row: ActiveRecord's \"Couldn't find WebStore::Product with 'id'=1000\" is its lookup that found nothing, which stays a sentence ('Couldn't find Project with id=…' is kept; only the form with a `[WHERE …]` clause is developer text): kept. Rule 4: the `Date` header gives `now`; no wait. Rule 5: no body id and no request-id header (`Via`, `Server` and `Status` name none): no id. Rule 6: `status_code` 404 restates the status: no code. Hesitated on message (other reading: the default, `WebStore::Product` being a qualified class name, developer text by rule 2.3).",
  },
  {
    id: 'sealious/only-logged-in-users-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Only logged-in users can perform this action',
      fields: [],
      logId: null,
      code: 'permission',
    },
    why: "Rule 1: 401: unauthenticated; no code turns a 401 into anything else (`type` 'permission' does not). Rule 2.1: `message` 'Only logged-in users can perform this action.' is a sentence for the person saying what to do (sign in): kept. Rule 3: `data` is empty: no field. Rule 4: the `Date` header gives `now`; no wait. Rule 5: no id. Rule 6: no `code` member; `type` 'permission' is the error's one machine word (as Mautic's `type` speaks when the code gives way); `is_user_fault` and `sealious_error` are flags. Hesitated on code (other reading: none, `type` being only a category).",
  },
  {
    id: 'circonus/forbidden-badapp-403',
    expect: {
      kind: 'forbidden',
      message: "App 'foobar' not allowed",
      fields: [],
      logId: 'abc123',
      code: 'Forbidden.BadApp',
    },
    why: "Rule 1: 403: forbidden; `Forbidden.BadApp` is the 403's phrase before `BadApp`, a `Bad…` code naming an input's value, and a validation code does not turn a 403 into a validation failure; it names no credential the table lists: forbidden stands. Rule 2.2: `message` \"App 'foobar' not allowed\" names this occurrence (which app), over `explanation`'s type-level 'There is a problem with the application string you are trying to access the API with': kept. Rule 5: the error's own `reference` beside its message, in a body that is the error (the sixty-sixth holdout's row): 'abc123'. Rule 6: `code`: 'Forbidden.BadApp' as sent. Hesitated on kind (other reading: unauthenticated, the app name being part of the API credentials) and on message (other reading: the `explanation` sentence).",
  },
  {
    id: 'appoptics/token-not-permitted-request-403',
    expect: {
      kind: 'forbidden',
      message: DEFAULT,
      fields: [['request', 'This token is not permitted to perform this action on this resource']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `errors` at the top is a container whose keys are the fields; `request` holds a list of one string, and `request` is neither a form-level key the table lists nor a part of the request under its own names (`body`, `query`, …; zod's `payload` stays a field): the field `request`. Rule 1: 403: forbidden; field errors make a validation failure of another 4xx only when their codes say an input is wrong, and there are none. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code. Hesitated on fields (other reading: `request` names the request as a whole, a form-level line, and its sentence is the message).",
  },
  {
    id: 'lima-city/name-must-be-filled-german-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'muss ausgefüllt werden']],
      logId: null,
      code: 'invalid_resource',
    },
    why: "Rule 3: `errors` is a map of field to a list of messages: the field `name`, 'muss ausgefüllt werden' (German, 'must be filled in', a person's words). Rule 1: a 400 that carries field errors: validation. Rule 2.4: only field messages (`status` is a code, and 'Invalid Resource' in words is a generic summary anyway): the default. Rule 5: no id. Rule 6: `status` 'invalid_resource' is written as a word, not digits, naming the error, not the call's own flag: the code. Hesitated on code (other reading: none, `status` being only a category).",
  },
  {
    id: 'dnsexit/record-type-not-supported-400',
    expect: {
      kind: 'bad-request',
      message: 'JSON Defined Record Type not Supported',
      fields: [],
      logId: null,
      code: '6',
    },
    why: "Rule 1: a 400 without fields; `code` 6 is a vendor's number no row sorts, and text never decides: a bad request. Rule 2.1: `message` 'JSON Defined Record Type not Supported' says what was refused (the record type asked for), no parser's report nor an input named only by its key: kept. Rule 5: no id. Rule 6: `code`, a number: '6'.",
  },
  {
    id: 'webmethods-optimize/missing-parameter-xml-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3 (XML read as JSON): `<error>` holds `errorMsg`, `httpStatusCode` and an empty `trace`; no member names a field, the parameter is named only in text: no field error. Rule 1: a 400 without fields or code: a bad request. Rule 2.1 and the rule row of 6 December 2026: `errorMsg` (a message by its shape) 'missing parameter [startTime]' names only which parameter is missing, by the API's name, called a parameter: the default (rule 2.4). Rule 5: no id. Rule 6: `httpStatusCode` 400 restates the status: no code.",
  },
  {
    id: 'gbizinfo/unauthorized-invalid-token-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` '401 - Unauthorized' is the status and its reason phrase: the default (rule 2.4); `errors` is empty. Rule 5: `id` is null: no id. Rule 6: no code.",
  },
  {
    id: 'dnslytics/forbidden-access-denied-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 1's prose: JSend's `status: \"error\"` holds its sentence in the string `data`. Rule 2.1: 'Forbidden access denied!' is the 403's reason phrase and 'access denied', the same refusal in other words, naming nothing refused ('Access forbidden' is generic): the default (rule 2.4). Rule 5: no id. Rule 6: `status` 'error' is JSend's flag: no code. Hesitated on message (other reading: kept, as 'Access Denied.' was by SMSGateway.me's collector).",
  },
  {
    id: 'pinboard/item-not-found-result-code-200',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: 'item not found' },
    why: "Rule 6 and the twenty-eighth holdout's row: `result_code` is a code by the shape of its name: 'item not found'. Rule 1: a code outranks any 2xx; read without case or separators it is `item_not_found`, a not-found code ('no <thing> found' is one, as Slack's `channel_not_found` on a 200): not-found. Rule 2.1: the body has no message member, only the code: the default (rule 2.4). Rule 5: no id. Hesitated on kind (other reading: unknown, a 2xx whose only member no row sorts) and on message (other reading: 'item not found', the code's words read as the person's line).",
  },
  {
    id: 'e-stat/auth-failed-xml-403',
    expect: {
      kind: 'forbidden',
      message: 'アプリケーションIDを確認して下さい',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3 (XML read as JSON, names in capitals as their lower-case names): `RESULT` holds `status` 100 and `error_msg`. Rule 1: 403; no code names a credential and text never decides: forbidden. Rule 2.1: '認証に失敗しました。' alone is generic (KING OF TIME's), but it heads a sentence of its own, 'アプリケーションIDを確認して下さい。' ('please check the application ID'), naming the credential to check: the line is judged by its second sentence and kept. Rule 5: no id. Rule 6: `STATUS` 100 is a status in digits (as a `statusCode` in digits is a status): no code. Hesitated on code (other reading: '100', e-Stat's own result code) and on kind (other reading: unauthenticated, an authentication that failed).",
  },
  {
    id: 'resas/forbidden-status-code-403-200',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 whose body names an error status (`statusCode` '403') decides the kind: forbidden. Rule 2.1: `message` 'Forbidden.' is the bare reason phrase; `description` is empty: the default (rule 2.4). Rule 5: no id. Rule 6: `statusCode` in digits is a status, not a code: no code.",
  },
  {
    id: 'resas/rate-limited-message-null-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 429: rate-limited. Rule 2.4: `message` is null, no sentence: the default. Rule 4: no header, no hint: no retry. Rules 5 and 6: no id, no code.',
  },
  {
    id: 'fiberpay/api-key-invalid-401',
    expect: { kind: 'unauthenticated', message: 'Api key invalid', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error` 'Api key invalid' names the credential and says it is invalid; a credential's name stays: kept. Rule 5: no id. Rule 6: `status` 'ERROR' is the call's own flag (as 'KO'), and 'Api key invalid' is words, no code: no code.",
  },
  {
    id: 'epay/amount-validation-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['amount', 'Is a required non-nullable field'],
        ['amount', 'Must be an integer'],
        ['amount', 'Must be greater than 0'],
        ['amount', 'Must be less than 999999999'],
      ],
      logId: null,
      code: 'VALIDATION_ERROR',
    },
    why: "Rule 3: `errors` is a map of field to a list of four messages: the field `amount`, once per message (each with its rule's key in brackets before it). Rule 1: 422, and `VALIDATION_ERROR` agrees: validation. Rule 2.1: `message` 'Input validation errors' only says input failed validation: generic, and with only field messages the default (rule 2.4). Rule 5: no id. Rule 6: `errorCode` 'VALIDATION_ERROR', with no item code to outrank it: the code. Hesitated on fields (other reading: one entry for `amount`, its messages joined).",
  },
  {
    id: 'myparcel/label-pdf-not-ready-404-dutch',
    expect: {
      kind: 'not-found',
      message: 'Bestand nog niet gereed',
      fields: [],
      logId: '1790604849.14146aba763122865',
      code: '5100',
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'Bestand nog niet gereed en/of niet-bestaand' (Dutch, 'file not ready yet and/or nonexistent') says what is missing and why; the '(request_id: …)' after it labels the occurrence and is dropped: kept. Rule 5: `request_id`: the support id. Rule 6: the lone item of `errors` gives its code, a number: '5100' (`status_code` and the item's `status` restate the status).",
  },
  {
    id: 'correos/preregister-contrato-no-autorizado-200',
    expect: { kind: 'unknown', message: 'Contrato no autorizado', fields: [], logId: null, code: null },
    why: "Rule 1: a 200 with no error status and no code (`error` holds words, not a code's shape), and text never decides: unknown. Rule 2.1 and 2.6: `error` 'Contrato no autorizado' (Spanish, 'contract not authorized') says what was refused, a sentence on a 2xx: kept. Rule 5: no id. Rule 6: no code. Hesitated on kind (other reading: forbidden, 'not authorized' beside a 2xx refusing someone known, as MyLight's `not.authorized` code does).",
  },
] satisfies Reading[];
