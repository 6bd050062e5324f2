import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 30 cases (every third case of the sixty-first holdout's four parts, T to W, in file order,
// on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind61/rules.md`, the rule rows up to the sixtieth holdout's included), an
// excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second reading (the
// sixtieth's) as a model of the format, and the cases' ids, sources, URLs and responses (no case carried a
// `receivedAt` and none was thrown; NearlyFreeSpeech.NET's, Exoscale's and Misaka's responses send a `Date` header,
// which gives their `now`, and the rest count from 2026-11-22T12:00:00Z; the one wait is Gong's `Retry-After: 0`), no
// notes, no expectations. They were told not to open the case files or anything else under `test/conformance/`, the
// kit's source, its README or changelog, the live rules file, the git history or the rest of `.tmp/`, nor to run the
// kit, the conformance script or any test, nor to use search tools; they wrote this file by its full path without
// listing its folder. They marked 17 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.

export default [
  {
    id: 'google-search-console/insufficient-permission-for-site-403',
    expect: {
      kind: 'forbidden',
      message: 'User does not have sufficient permission for site',
      fields: [],
      logId: null,
      code: 'PERMISSION_DENIED',
    },
    why: "Rule 1: 403 without `Retry-After` or a rate-limit header, and `error.status` `PERMISSION_DENIED` is a permission code that agrees: forbidden. Rule 2.1: `error.message` (repeated in the lone item of `errors`: a body that says an error twice says it once) is a sentence for the person naming the site refused; the 'See also: https://…' after it only sends the reader to a page and is no part of the sentence. Rule 3: the item has no path member (`domain: \"global\"` is none). Rule 5: no id. Rule 6: `error.code` 403 restates the status in digits; the item's `reason` 'forbidden' only restates the status, so the google.rpc `status` is the code. Hesitated on code (other reading: 'forbidden', the item-level reason over the envelope's category).",
  },
  {
    id: 'google-search-console/insufficient-permission-short-403',
    expect: {
      kind: 'forbidden',
      message: 'User does not have sufficient permission',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 without `Retry-After` or a rate-limit header, and no code: forbidden. Rule 2: `error.message` is a sentence in a person's words that says what was refused, no reason phrase. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'google-sheets/request-higher-quota-429',
    expect: {
      kind: 'rate-limited',
      message: 'Request a higher quota limit',
      fields: [],
      logId: null,
      code: 'RATE_LIMIT',
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: 'Request a higher quota limit' is a sentence that tells the person what to do, neither a reason phrase nor a generic summary: kept. Rule 4: no `Retry-After`, reset header, body hint or wait in the text: no retry. Rule 5: no id. Rule 6: `error.code` 429 restates the status in digits; `error.status` holds the Google-style code. Hesitated on code (other reading: none, as 'rate limit' is a 429's category (the fifty-first holdout's row) that only restates the status).",
  },
  {
    id: 'gong/call-no-longer-exists-404',
    expect: { kind: 'not-found', message: 'Call no longer exists', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.2: a lone form-level sentence in `errors` is the message, in a person's words. Rule 3: a list of strings, no path. Rules 5 and 6: no id; a sentence, no code token: no code.",
  },
  {
    id: 'gong/try-later-429-retry-after-0',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], retry: 0, logId: null, code: null },
    why: "Rule 1: 429: rate-limited. Rule 4.1: `Retry-After: 0` is delay seconds and present, so it decides: a wait of 0 s from `now` (2026-11-22T12:00:00Z, no `Date` header). Rule 2.1: the lone line 'try later' is only a plea to wait with no reason phrase before it (a plea after a reason phrase alone stays, the restated row); a plea alone is listed generic ('Please try this operation again later', athenahealth's, Tumblr's 'Try again.'): the default. Rules 5 and 6: no id, no code. Hesitated on message (other reading: 'try later' kept as the body's line) and on retry (other reading: none, a zero wait read as no time, as zero is no id and no code).",
  },
  {
    id: 'gong/error-builder-forbidden-403-request-id',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: 'test_request_id', code: null },
    why: "Rule 1: 403 without `Retry-After` or a rate-limit header: forbidden. Rule 2.1: the lone item's 'Forbidden' is the 403's bare reason phrase (and a lone word): the default. Rule 5: the body's own `requestId` wins over headers (a token, no text to hold a digit). Rule 6: no code.",
  },
  {
    id: 'youtube-reporting/not-a-valid-report-type-id-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code (`error.code` 400 restates the status in digits); text never decides: a bad request. Rule 2.1 (the rule row of 6 December 2026): the line names only which input is invalid, by the API's name for it written as code (`reportTypeId`), with the value sent before it, as 'Invalid jobId' and \"Invalid value for contentid '…'\" do: the default. Rule 3: the error object has no field member (`param`, `field`, …): no field. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the line kept, as it quotes the value the person chose).",
  },
  {
    id: 'zeptomail/mandatory-field-missing-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['subject', 'Mandatory field found empty']],
      logId: '2d6f.3dd3c3f49c2fb8fc.m1.ffaab700-1079-11ef-812f-525400d4bb1c.18f6d90e670',
      code: 'GE_102',
    },
    why: "Rule 3: `error.details` is a list of items with a message and a `target` beside it, which names its field (Microsoft's REST guidelines): `subject`. Rule 1: a 400 that carries field errors (`TM_3201` and `GE_102` name no row): validation. Rule 2.1: 'Mandatory Field missing' names no input, as 'Required parameter is missing.' and JW Player's 'Parameter is missing' do: generic; rule 2.4: only a field message: the default. Rule 5: `error.request_id`. Rule 6: the lone item's code over its envelope's (the thirteenth holdout's row). Hesitated on code (other reading: 'TM_3201', the error's own code, the item's being a general one).",
  },
  {
    id: 'lettermint/validation-failed-from-required-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [['from', 'is required']], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 3: `errors` is a map of path to lists of strings: `from`, 'is required'. Rule 2.1: 'Validation failed' is a generic summary; rule 2.4: only a field message: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'mailkite/from-unverified-domain-400',
    expect: {
      kind: 'bad-request',
      message: 'from must be an address on a verified domain',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (text never decides). Rule 3: text under `error` is the error's own sentence, no map of fields, and the body has no field member. Rule 2.1: the line starts with the API's key `from` in small letters, but says what the value must be (an address on a verified domain), a rule about the value, as etcd's 'URL scheme must be http or https' is kept and as the collector kept NutrientAPI's '… must be a non-empty array' (the fifty-seventh sample): kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a line led by the API's key in small letters, rule 2.1's row of 6 December 2026).",
  },
  {
    id: 'paymill/token-regex-not-match-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['token', 'does not match against pattern']],
      logId: null,
      code: null,
    },
    why: "Rule 3: the error object names the one field it is about in `field` (`token`), so its line is that field's error; `messages` below the top is no map of fields (the eighth holdout's row), and its key `regexNotMatch` names the rule broken (a message key, as Cronofy's), not where. Rule 1: a 400 that carries a field error: validation. Rule 2.3: the line is a validator's report quoting the value and the regex it tried (Zend's template; Ajv's report with the pattern it tried is developer text), no sentence for the person; rule 2.4 and Serpii's row (the field keeps the line, the response the default): the default. Rule 5: no id. Rule 6: `regexNotMatch` is a map key, no code member: none. Hesitated on message (other reading: the line, as an error object about one field gives its message to the response too), on kind (other reading: bad-request, if a developer's report makes no field error) and on code (other reading: 'regexNotMatch').",
  },
  {
    id: 'paymill/preauthorize-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Preauthorize not found',
      fields: [],
      logId: null,
      code: 'not_found_transaction_preauthorize',
    },
    why: "Rule 1: 404, and the code agrees; a code never turns a 404 into anything but not-found. Rule 2.1: `error` is a sentence that says what was not found ('Preauthorize' a plain capitalised word; only the bare reason phrase restates the status, 'Resource not found' is a sentence). Rule 5: no id. Rule 6: `exception` holds the body's only code-shaped token, Paymill's documented error type (as ERPLY's `exceptionType` and Coinbase's `errorType` were read); no class name, so no developer text. Hesitated on code (other reading: none, `exception` being no code member).",
  },
  {
    id: 'paymill/refund-amount-too-high-400',
    expect: { kind: 'validation', message: 'Amount to high', fields: [], logId: null, code: 'refund_amount_to_high' },
    why: "Rule 6: `exception` holds the body's only code-shaped token. Rule 1: that code says an input's value breaks its rule (the refund amount over its limit, as `PASSWORD_TOO_LONG` and zod's `too_big` are validation codes), and a code outranks a 400: validation. Rule 2.1: 'Amount to high' is in a person's words ('Amount' a plain capitalised word, no key written as code) and says what is wrong with the value: kept. Rule 3: no path member: no field. Rule 5: no id. Hesitated on kind (other reading: bad-request, the code naming no row of the kind table, or `exception` being no code member).",
  },
  {
    id: 'gupshup/frequency-capped-131049-400',
    expect: { kind: 'bad-request', message: 'frequency capped', fields: [], logId: null, code: '131049' },
    why: "Rule 1: a 400 without field errors; the numeric `code` 131049 is no HTTP status and names no row, and `status: \"error\"` only flags the failure (no `data` beside it); text never decides, so a cap in words makes no throttle: a bad request. Rule 2.1: 'frequency capped' says why the message was refused (a per-recipient cap), no reason phrase, no input named by its key: kept. Rule 5: no id. Rule 6: the vendor's numeric `code`, a string in the model. Hesitated on message (other reading: the default, a terse label in small letters) and on kind (other reading: rate-limited, the cap read as a quota).",
  },
  {
    id: 'gupshup/partner-internal-server-error-text-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.6: plain text on a 5xx is written by proxies and runtimes, and 'internal server error' is the 500's reason phrase: the default. Rules 5 and 6: no headers, no id, no code.",
  },
  {
    id: 'gupshup-enterprise/internal-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 3: a body of one member holding an object is that object. Rule 2.2: its string `details` speaks when nothing else does, but 'internal server error' is the 500's bare reason phrase (rule 2.1): the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'maytapi/phone-not-connected-200',
    expect: { kind: 'unknown', message: 'phone not connected', fields: [], logId: null, code: null },
    why: "Rule 1: a 200 whose `success: false` says it failed, but no code, no status in the body and no field says what; text never decides (lines about no field on a 2xx say what failed, OCR.space's: unknown): unknown. Rule 2.1: `message` says what is wrong in plain words ('phone' is the person's WhatsApp phone, no key the request sent): kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a terse line in small letters).",
  },
  {
    id: 'nfsn/request-not-valid-debug-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'The API request was not valid.' only says the request was invalid, as TrueLayer's 'The request was invalid.' and 'Your request is invalid.': generic. Rule 7: `debug` is a debug member, the developer's whatever it says: not the message. So the default. `now` is the `Date` header (no wait to count). Rules 5 and 6: no id (`Content-Type` and `Date` are none), no code.",
  },
  {
    id: 'ultradns/authorization-header-required-60004-400',
    expect: { kind: 'bad-request', message: 'Authorization Header required', fields: [], logId: null, code: '60004' },
    why: "Rule 1: a 400 without field errors; the numeric `errorCode` 60004 names no row, and text never decides, so a missing header in words makes no credential code: a bad request. Rule 2.1: `errorMessage` (a message by its shape) names the credential the request lacked, and a credential's name stays; 'Authorization Required' restates only a 401, and this is a 400: kept. Rule 5: no id. Rule 6: `errorCode` by its shape, a number, a string in the model. Hesitated on kind (other reading: unauthenticated, the request carried no credentials).",
  },
  {
    id: 'exoscale-dns/domain-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Domain `thisisadomainidonotown.com` not found',
      fields: [],
      logId: '011c5772ffb22bbdd109ad4582a34991',
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` is a sentence naming the domain that was not found, more than the reason phrase ('Domain' a person's word; the backticks quote the value, no key). Rule 5: the `X-Request-Id` header; `now` is the `Date` header. Rule 6: no code.",
  },
  {
    id: 'constellix/not-a-valid-domain-name-400',
    expect: { kind: 'bad-request', message: 'is not a valid domain name', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code; a lone line in `errors` is no list of several messages; text never decides: a bad request. Rule 2.2: the lone form-level sentence in `errors` is the message; it quotes the value sent and names what it should be in a person's words ('domain name', as 'Invalid email address' stays), no API key: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'selectel-dns/nginx-authorization-required-401-html',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.5: an HTML error page gives no message (its '401 Authorization Required' is the 401's phrase besides): the default. Rules 5 and 6: no headers, no id, no code.",
  },
  {
    id: 'misaka/drf-not-found-404-headers',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: 'd2d7c4d684fd063ebb96a6734bc145a2', code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `detail` 'Not found.' is the bare reason phrase (Django REST framework's stock text): the default. Rule 5: no body id; the first present of the listed headers is `x-request-id`, before `cf-ray` and the other request-id-like `cf-request-id` (`X-Served-By` is none). Rule 6: no code.",
  },
  {
    id: 'opusdns/invalid-client-secret-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid client secret',
      fields: [],
      logId: null,
      code: 'ERROR_INVALID_ORGANIZATION_CREDENTIALS',
    },
    why: "Rule 1: 401. Rule 2.2: RFC 9457's `detail` beats `title` ('Authentication Error', a category line besides); 'Invalid client secret' names the credential, and a credential's name stays (Entra ID's 'Invalid client secret is provided.'): kept. Rule 5: no id. Rule 6: an explicit `code` member over the problem `type`; `status` 401 restates the status.",
  },
  {
    id: 'pipl/api-key-missing-or-invalid-401',
    expect: { kind: 'unauthenticated', message: 'API key is missing or invalid', fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: `error` names the credential in a person's words ('API key') and says it is missing or invalid: a credential's name stays, more than the 401's phrase. Rule 5: no id. Rule 6: `@http_status_code` 401 is the error's status (an error object's `http_status_code`), restating the response's: no code.",
  },
  {
    id: 'lara/validation-error-invalid-parameter-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'ValidationError' },
    why: "Rule 1: `type` 'ValidationError' is the body's only code, read without its `Error` suffix as `validation_error` is: a validation code on a 4xx outranks the 400: validation. Rule 2.1: 'Invalid parameter' names no input, as 'Invalid input parameters' and 'Parameter is missing': generic; the default. Rule 3: no field. Rule 5: no id. Rule 6: a code that only says validation is a category beside a lone item's code; with no item it is the only code. Hesitated on code (other reading: none, a category that only says validation).",
  },
  {
    id: 'tenon/blank-url-or-src-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'blank_url_or_src' },
    why: "Rule 3: a body of one member holding an object is that object (`response`). Rule 1: `code` 'blank_url_or_src' says an input (the `url` or `src` to test) was left empty, a missing input's code, which outranks a 400: validation. Rule 2.1: `message` 'Bad Request' is the bare reason phrase, and `moreInfo` only links the docs: the default. Rule 3: no path member: no field. Rule 5: no id. Rule 6: the explicit `code`; `status` \"400\" restates the status. Hesitated on kind (other reading: bad-request, 'blank' naming no row as 'invalid' and 'missing' do).",
  },
  {
    id: 'tenon/request-timeout-522',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: 'request_timeout' },
    why: "Rule 3: a body of one member holding an object is that object. Rule 1: 522 is one of Cloudflare's 520–527: unavailable; `code` 'request_timeout' restates a timeout's reason phrase, and a code never turns a 5xx into a 4xx kind other than rate-limited (408's timeout). Rule 2.1: `message` 'Connection Time Out' is the 522's reason phrase (Cloudflare's 'Connection Timed Out'): the default. Rule 5: no id. Rule 6: the explicit `code`; `status` \"522\" restates the status. Hesitated on kind (other reading: timeout, the code naming one).",
  },
  {
    id: 'glkvm/unauthorized-error-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'UnauthorizedError' },
    why: "Rule 1: 401; a code never turns a 401 into anything else. Rule 3: `ok: false` says it failed, and the one object among its values, `result`, holds the error. Rule 2.1: `error_msg` 'Unauthorized' is the 401's bare reason phrase (and a lone word): the default. Rule 5: no id. Rule 6: `error` holds a code token, the body's only code (a code restating the status is a category only beside a lone item's code). Hesitated on code (other reading: none, a code that only restates the 401).",
  },
  {
    id: 'zentao/object-not-found-two-documents-200-text',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 whose body is text, two JSON documents one after the other, which no JSON reader takes as one body; no status in a body and no code says what failed: unknown (text never decides, so the inner 'does not exist' makes no not-found). Rules 2.6 and 2.3: a sentence sent as text is the message on a 2xx, but this text is data, no sentence: JSON as text however long, as JSONP and a form-encoded reply, is developer text: the default. Rules 5 and 6: `md5` is a digest, no id; no code. Hesitated on message (other reading: '抱歉，您访问的对象并不存在', reading the first document and its twice-encoded `data`, whose `result: \"fail\"` holds a Chinese sentence).",
  },
] satisfies Reading[];
