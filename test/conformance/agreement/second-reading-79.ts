import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 27 cases (every third case of the seventy-ninth holdout's four parts, CV to CY, in file
// order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind79/rules.md`, the rule rows up to the seventy-eighth holdout's and the
// header-name row included), an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one
// finished second reading (the seventy-eighth's) as a model of the format, and the cases' ids, sources, URLs and
// responses (none was thrown; none sends a header, so every case counts from 2026-11-22T12:00:00Z), no notes, no
// expectations. They were told not to open the case files or anything else under `test/conformance/`, the kit's
// source, its README or changelog, the git history or the rest of `.tmp/`, nor to run the kit, the conformance script
// or any test, nor to use search tools, nor to list folders. They opened only the files the brief names, by their full
// paths (the rules read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by
// its full path; they listed no folder. They marked 11 cases "hesitated" and named the other reading. Written once and
// not changed after the comparison.
export default [
  {
    id: 'papi/unauthorized-invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'invalid API key',
      fields: [],
      logId: null,
      code: 'unauthorized',
    },
    why: "Rule 1: 401: unauthenticated (a code never turns a 401 into anything else). Rule 2.1: `error.message` 'invalid API key' names a credential, which says that signing in failed ('Invalid app_key is provided.', 'access_token is invalid' stay): kept. Rule 5: no id. Rule 6: `error.code`, an explicit code member and the only code: 'unauthorized' (a code that restates the status gives way only beside a lone item's code, and there is none). Hesitated on code (other reading: none, a code that only restates the 401's phrase).",
  },
  {
    id: 'papi/market-not-found-404',
    expect: { kind: 'not-found', message: 'market not found', fields: [], logId: null, code: 'not_found' },
    why: "Rule 1: 404: not-found (`not_found` is a not-found code too). Rule 2.1: 'market not found' names the record not found in a person's word (as 'Resource not found' and adsbdb's 'unknown aircraft' are kept), no input by its key: kept. Rule 5: no id. Rule 6: `error.code` 'not_found', the only code. Hesitated on code (other reading: none, a code that only restates the 404's phrase).",
  },
  {
    id: 'polytest/timestamp-parameter-required-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields and without a code; text never decides: a bad request. Rule 2.1 and the rule row of 6 December 2026: 'timestamp query parameter is required' names only which input is missing, called a parameter, a lone word in small letters starting the line: the default (rule 2.4). Rule 3: `error` holds text, not a map of fields: no field. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'polytest/market-not-found-404',
    expect: { kind: 'not-found', message: 'Market not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: 'Market not found' is not the bare reason phrase; it names the record not found ('Resource not found' is a sentence): kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'sportsapi-pro/unauthorized-api-key-required-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Valid x-api-key header or Bearer token required',
      fields: [],
      logId: null,
      code: 'UNAUTHORIZED',
    },
    why: "Rule 1: 401: unauthenticated; `success: false` holds the error in `error`. Rule 2.1 and the last rule row: 'Valid x-api-key header or Bearer token required' names a credential's header and a bearer token, which still says that signing in failed ('Authorization header is required'): kept. Rule 5: no id. Rule 6: `error.code` 'UNAUTHORIZED', the only code. Hesitated on message (other reading: the default, a line naming only a missing input by its key written as code, as OddsPapi's 'missing apiKey' was read once) and on code (other reading: none, a code that only restates the 401's phrase).",
  },
  {
    id: 'sportsapi-pro/invalid-parameter-competition-id-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['competitionId', "Parameter 'competitionId' is required"]],
      logId: null,
      code: 'INVALID_PARAMETER',
    },
    why: "Rule 1: `INVALID_PARAMETER` begins with `invalid` and names an input (a code that says a parameter is wrong, as `PARAM_ERROR`, `InvalidParameterValue`): a validation code, which outranks 400; the error object also names its field. Rule 3: an error object about one field (`parameter: \"competitionId\"`) gives that field its message: `competitionId`. Rule 2.1 and the rule row of 6 December 2026: 'Parameter 'competitionId' is required' names only which input is missing, quoted and called a parameter: the response's default, and the error object's field member still gives its field the line (Zulip's `var_name`, Serpii's). Rule 5: no id. Rule 6: `error.code`.",
  },
  {
    id: 'coogcasa/game-not-found-404',
    expect: { kind: 'not-found', message: 'Game not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: 'Game not found' names the record not found, not the bare reason phrase: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'metaculus/api-only-for-authenticated-users-403',
    expect: {
      kind: 'forbidden',
      message: 'The API is only available to authenticated users',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403: forbidden; no code, and text never decides (its 'authenticated' makes no 401). Rule 2.2: `detail` is the occurrence's text; rule 2.1: a person's sentence that says what was refused (on a 403 even 'Not authenticated' is the message): kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'majjha/insufficient-available-balance-400',
    expect: {
      kind: 'bad-request',
      message: 'Insufficient available balance',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields and without a code; text never decides (a balance in text makes no quota): a bad request. Rule 2.1: 'Insufficient available balance' is a person's words about their account, no input by its key: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'altsportsdata/rate-limit-exceeded-retry-after-epoch-429',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded',
      fields: [],
      retry: 86400,
      logId: null,
      code: 'RATE_LIMIT_EXCEEDED',
    },
    why: "Rule 1: 429: rate-limited (and a throttling code). Rule 2.1: 'Rate limit exceeded. Please retry after 1678886400' says what happened and asks to wait (a plea after more than a reason phrase stays): kept, quoted by its first sentence. Rule 4.3: no header; the body hint `retry_after` counts seconds, its name giving no other unit (rule 4.2's epoch test is the reset headers'): 1678886400 s, clamped to one day: 86400. Rule 5: no id. Rule 6: `error.code`. Hesitated on retry (other reading: an epoch already past, which gives no wait or none left) and on message (other reading: the default, the 429's phrase in other words with an epoch no person reads).",
  },
  {
    id: 'scalable-press/order-required-fields-missing-sides-front-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 that lists several messages about the input (`issues`, six lines): validation. Rule 3: the items are strings with no path member; fields are found by structure, so they are form-level (the quoted `design[type]` in text is no path member): no field-bound error. Rule 2.1 and the rule row of 6 December 2026: each line names only which input is missing, quoted and written as code, and several such lines make no lone sentence: the default (rule 2.4). Rule 6: `statusCode` is a number, the status: no code. Rule 5: no id. Hesitated on fields (other reading: six fields read from the quoted names, `design.type`, `design.sides.front.artwork`, `address.address`, …).',
  },
  {
    id: 'packing-optimizer/json-parse-error-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields and without a code: a bad request. Rule 2.3: `detail` 'JSON parse error - Expecting ',' delimiter: line 6 column 3 (char 71)' is a parser's report on the request's JSON: developer text; `statusText` 'Bad Request' is the bare reason phrase: the default (rule 2.4). Rule 6: `statusCode` is the status and `statusText` its phrase: no code. Rule 5: no id.",
  },
  {
    id: 'packing-optimizer/method-not-allowed-405',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 405: bad-request. Rule 2.1: `statusText` 'Method Not Allowed' is the bare reason phrase, and `detail` 'Method \"GET\" not allowed.' is Django REST framework's stock 405 text, the reason phrase with the HTTP method put in, which no person chose: the default (rule 2.4). Rule 6: no code. Rule 5: no id. Hesitated on message (other reading: the `detail` kept, as occurrence text that is more than the bare phrase).",
  },
  {
    id: 'stoapack/invalid-api-key-401',
    expect: { kind: 'unauthenticated', message: 'Invalid API key', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error` 'Authorization failed' is the 401's phrase in other words (the fifty-fifth holdout's row); `message` 'Invalid API key' names a credential, which says that signing in failed: the sentence beats the phrase: kept. Rule 6: 'Authorization failed' is words, not a code, and `status: 401` is the status: no code. Rule 5: no id.",
  },
  {
    id: 'gw-prints/invalid-sku-400',
    expect: {
      kind: 'validation',
      message: "The SKU 'ABC-999' does not exist in our catalog",
      fields: [],
      logId: null,
      code: 'INVALID_SKU',
    },
    why: "Rule 1: `INVALID_SKU` begins with `invalid` and names an input (the SKU sent): a validation code, which outranks 400 (validation needs no field). Rule 3: the error object names no field member: no field. Rule 2.1: 'The SKU 'ABC-999' does not exist in our catalog.' is a person's sentence about the product chosen: kept. Rule 6: `error.code`; `status: 400` is the status. Rule 5: no id.",
  },
  {
    id: 'glific/phone-number-required-422',
    expect: { kind: 'validation', message: 'Phone number is required', fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 2.1: 'Phone number is required' is a person's words ('Name is required' stays): kept. Rule 3: no field member: no field. Rule 6: `status: 422` is the status: no code. Rule 5: no id.",
  },
  {
    id: 'glific/invalid-otp-401',
    expect: { kind: 'unauthenticated', message: 'Invalid OTP', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: 'Invalid OTP' names the one-time password the person typed, a credential, which says that signing in failed ('Invalid token', 'access_token is invalid' stay): kept. Rule 6: `status: 401` is the status: no code. Rule 5: no id. Hesitated on message (other reading: the default, a short line naming only what is invalid by an acronym).",
  },
  {
    id: 'papercups/renew-invalid-token-401',
    expect: { kind: 'unauthenticated', message: 'Invalid token', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: 'Invalid token' names a credential (the credential lines the corpus keeps, 'Invalid token', 'Invalid credentials'): kept. Rule 6: `status: 401` is the status: no code. Rule 5: no id.",
  },
  {
    id: 'papercups/invitation-token-expired-500',
    expect: { kind: 'server', message: 'Invitation token has expired', fields: [], logId: null, code: null },
    why: "Rule 1: 500: server; text never decides (an expired token in text makes no 401). Rule 2.1: 'Invitation token has expired' is JSON, not plain text (rule 2.6 does not reach it), and tells the person their invitation ran out, with no claims, timestamp or key (rule 2.3's token internals): kept. Rule 6: `status: 500` is the status: no code. Rule 5: no id. Hesitated on message (other reading: the default, an exception's text on a 500).",
  },
  {
    id: 'pocket-id/email-already-in-use-409',
    expect: {
      kind: 'conflict',
      message: 'email is already in use',
      fields: [['email', 'email is already in use']],
      logId: null,
      code: 'already_in_use',
    },
    why: "Rule 1: 409: conflict (`already_in_use` says the value is taken, a duplicate code). Rule 3: the error object names the one field it is about in its `details` (`property: \"email\"`, a path member; `details.field` names the error's field): `email` gets the error's line. Rule 2.1: 'email is already in use' says what is wrong with the value, in a person's word (email), not only which input: kept, as an error object about one field keeps its sentence (Stripe's `param`). Rule 6: `code`. Rule 5: no id. Hesitated on fields (other reading: no field, `property` under `details` being no member rule 3 lists for an error object) and on message (other reading: the default, a key in small letters starting the line).",
  },
  {
    id: 'pocket-id/api-key-auth-not-allowed-403',
    expect: {
      kind: 'forbidden',
      message: 'API key authentication is not allowed for this endpoint',
      fields: [],
      logId: null,
      code: 'api_key_auth_not_allowed',
    },
    why: "Rule 1: 403: forbidden; `api_key_auth_not_allowed` says a key is not allowed to do what it asked, which refuses (the forty-third holdout's row), no credential code. Rule 2.1: 'API key authentication is not allowed for this endpoint' says what was refused: kept. Rule 6: `code`. Rule 5: no id.",
  },
  {
    id: 'keila/api-not-authorized-403',
    expect: { kind: 'forbidden', message: 'Not authorized', fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden (no code: the item's `status: \"403\"` is the status). Rule 2.1: the lone item's `title` 'Not authorized' restates a 401 only; sent with a 403 it says what was refused and is the message (Battle.net's, Zammad's). Rule 3: no path member: form-level, the lone item speaks. Rules 5 and 6: no id (the item has no `id`), no code.",
  },
  {
    id: 'pict-rs/process-filesystem-command-failed-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: `msg` 'Error interacting with filesystem, Command failed with bad status' reports the infrastructure behind the service (its filesystem, a command's exit status): developer text: the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'sefaria/no-text-for-ref-400',
    expect: { kind: 'bad-request', message: 'We have no text for Berakhot 1a', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields and without a code; text never decides: a bad request. Rule 2.1: 'We have no text for Berakhot 1a.' is a person's sentence naming what they asked for: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'poetrydb/input-field-not-available-405-in-body-200',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a body that names an error status beside a 2xx (`status: 405`, as Yii 2's `data.status`) decides the kind: 405, a bad request. Rule 2.1: `reason` 'input field not available.' names no input, and 'Only author, title, lines, linecount, and poemcount or random allowed.' lists the API's own names for its search fields (written as code: `linecount`, `poemcount`), an enum's values by key (the seventy-seventh holdout's row): the default (rule 2.4). Rule 3: no path member: no field. Rule 6: the numeric `status` is a status: no code. Rule 5: no id. Hesitated on message (other reading: the `reason` kept, as a line that says what the person may choose).",
  },
  {
    id: 'api-bible/invalid-request-params-input-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields and without a code: a bad request. Rule 2.1: `error` 'Bad Request' is the bare reason phrase and `message` 'Invalid request params input' a generic summary ('Invalid request parameters provided.', 'Incorrect request parameters'): the default (rule 2.4). Rule 6: 'Bad Request' is the status's phrase in words and `statusCode` the status: no code. Rule 5: no id.",
  },
  {
    id: 'api-bible/bible-not-found-404',
    expect: { kind: 'not-found', message: "couldn't find a Bible", fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'Not Found' is the bare reason phrase; `message` 'We couldn't find a Bible that matched the provided bibleId.' is a person's sentence saying what was not found, more than naming the input: kept. Rule 6: 'Not Found' and `statusCode` restate the status: no code. Rule 5: no id. Hesitated on message (other reading: the default, a line whose only particular is the key `bibleId` written as code).",
  },
] satisfies Reading[];
