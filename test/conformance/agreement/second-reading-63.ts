import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 11 cases (every third case of the sixty-third holdout's three parts, AA to AC, in file
// order, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind63/rules.md`, the rule rows up to the sixty-second holdout's included), an
// excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second reading (the
// sixty-second's) as a model of the format, and the cases' ids, sources, URLs and responses (no case carried a
// `receivedAt` and none was thrown; only 18F C2's response sends a `Date` header, which gives its `now`, and every
// other case counts from 2026-11-22T12:00:00Z; no case gives a wait), no notes, no expectations. They were told not to
// open the case files or anything else under `test/conformance/`, the kit's source, its README or changelog, the live
// rules file, the git history or the rest of `.tmp/`, nor to run the kit, the conformance script or any test, nor to
// use search tools; they wrote this file by its full path without listing its folder. They marked 9 cases
// "hesitated" and named the other reading.
// Written once and not changed after the comparison.

export default [
  {
    id: 'apprise-api/notify-failed-dependency-424-text',
    expect: {
      kind: 'bad-request',
      message: 'One or more notification could not be sent',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 424 is a 4xx the table does not list, with no code, no field errors and no headers; signing in, waiting or changing the input field by field would not fix it: 'any other 4xx' is a bad request (text never decides, so 'could not be sent' makes no outage). Rule 2.6: plain text on a 4xx is a sentence and the message; it names what failed for the person (their notifications), more than a line made only of words that say something failed ('Request failed', 'Operation failed.'): kept. Rules 4 to 6: no headers, no wait, no id, no code. Hesitated on kind (other reading: server, a dependency behind the service failed, as the status's name says) and on message (other reading: the default, a line that only says something failed, rule 2.1's row of the twenty-eighth holdout).",
  },
  {
    id: 'bark-server/push-failed-connection-reset-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: after 'push failed:' comes Go's HTTP client report of a call to another service (`Post \"https://api.push.apple.com/…\"`) and a socket error with addresses and ports ('read tcp 172.19.0.4:37850->…: connection reset by peer'): infrastructure behind the service and a failed call to another service (openHAB's \"GET url '…' failed: …\"), developer text; 'push failed' before it is a word and 'failed', a line made only of words that say something failed (rule 2.1, the twenty-eighth holdout's row): the default (rule 2.4). Rule 5: `timestamp` is a time, no id; no headers. Rule 6: `code` 500 is the response's status in digits, restating it: no code. Hesitated on code (other reading: '500', an explicit `code` member, the only code in the body).",
  },
  {
    id: 'pushplus/user-info-status-invalid-600-200',
    expect: { kind: 'unknown', message: '用户信息状态不合法', fields: [], logId: null, code: '600' },
    why: "Rule 1: a 200 whose numeric `code` 600 is no 4xx or 5xx status (only those name the status the body means) and no code any row sorts; text never decides, so 'not valid' makes no validation failure: a 2xx with nothing that says what failed is unknown (the twenty-first holdout's sample: a 2xx whose error code is no HTTP status stays unknown; OCR.space's lines on a 2xx). Rule 2.1: `msg` is a message by its shape (rule 5's `err_msg`, `errMsg`); Chinese writes a sentence without spaces, so the one token is a sentence, and it says in the person's words what is wrong (the user's information status), no API key: kept. Rule 5: no id; `data` is null. Rule 6: the explicit `code` member, a number that is no status, as a string: '600'.",
  },
  {
    id: 'pushbullet/access-token-missing-or-invalid-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Access token is missing or invalid',
      fields: [],
      logId: null,
      code: 'invalid_request',
    },
    why: "Rule 1: 401: unauthenticated; a code never turns a 401 into anything else (OAuth's `invalid_request` would otherwise be a bad request). Rule 2.1: `error.message` names the credential that is missing or invalid, and a credential's name stays ('access_token is invalid', 'Invalid app_key is provided.'), saying signing in failed: kept. `cat` is an emoticon, no message. Rule 5: no id, no headers. Rule 6: `code` is empty, so no code there; the `type` beside it is the only code token left and gives the code, as a lone item's `type` does where its code says nothing (Mautic's `access_denied`). Hesitated on message (other reading: the default, the 401's phrase in other words, as the fortieth holdout's second reader read 'Missing or bad access token or JWT') and on code (other reading: none, `type` being only a category beside an empty code).",
  },
  {
    id: 'wxpusher/unrecognized-token-1005-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: '1005' },
    why: "Rule 1: a 200 with `success: false` (the error is in `data`, here null, so the envelope speaks) and a numeric `code` 1005 that is no 4xx or 5xx status and no code any row sorts; text never decides, so a request body that could not be parsed makes no bad request: unknown. Rule 2.3: `msg` is '接口 [/api/send/message] 出现异常：' (the endpoint 'had an exception', a line that only says something failed, naming the route) before Jackson's parser report ('Unrecognized token … was expecting (…)' with '[Source: (PushbackInputStream); line: 1, column: 10]'): a parser's internals and a server that could not read the request's JSON, developer text; the rest says no more than that something failed: the default (rule 2.4). Rule 5: no id. Rule 6: the explicit `code`, as a string: '1005'. Hesitated on kind (other reading: bad-request, the request's JSON could not be read, which only the text says).",
  },
  {
    id: 'lametric/notifications-critical-only-in-current-mode-400',
    expect: {
      kind: 'bad-request',
      message: "Only notifications with priority 'critical' are allowed in current mode",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 with one item and no path, no code: a lone message that is the whole message is not a list, and text never decides: a bad request. Rule 2.2: a lone form-level sentence in the error's list is the message; it is a sentence for the person saying what the device accepts now (a value 'critical' quoted, no input named as the API's key): kept. Rule 3: the item names no field: form-level, not scored. Rules 4 to 6: no headers, no wait, no id, no code.",
  },
  {
    id: '37signals-launchpad/oauth-token-not-verified-401',
    expect: {
      kind: 'unauthenticated',
      message: 'OAuth token could not be verified',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error` holds sentences, not a code token; the first names the credential and says it was not accepted, and a credential's name stays ('access_token is invalid'), saying signing in failed: kept; the second ('The internal checksum failed, so the token data was somehow mangled …') tells how the check failed. Rule 5: no id, no headers. Rule 6: OAuth's `error` is the code only as a code; here it is prose: no code. Hesitated on message (other reading: the default, the whole being token internals, rule 2.3, as 'Signature verification failed.' and a token that 'could not be decoded' are).",
  },
  {
    id: 'c2-18f/doorkeeper-invalid-client-401-headers',
    expect: {
      kind: 'unauthenticated',
      message: 'Client authentication failed due to unknown client',
      fields: [],
      logId: 'a8d01689-5020-4840-beba-b4b51261d56d',
      code: 'invalid_client',
    },
    why: "Rule 1: 401, and OAuth's `invalid_client` is a credential code that agrees: unauthenticated. Rule 2.2: OAuth's `error_description` beats `error`; it says why authentication failed (an unknown client, none included, or an unsupported method), more than the 401's phrase in other words ('Authentication failed' alone): kept. Rule 4: the `Date` header gives `now`; no `Retry-After`, no reset header, no wait: no retry. Rule 5: no id in the body; `X-Request-Id` is the first request-id header present (before `X-Vcap-Request-Id`). Rule 6: OAuth's `error`: 'invalid_client' (`WWW-Authenticate` says the same). Hesitated on message (other reading: the default, 'Client authentication failed' being the 401's phrase in other words, as the fortieth holdout's second reader read it, with the spec's stock reasons after it).",
  },
  {
    id: 'yahoo-japan-yconnect/unsupported-grant-type-901-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '901' },
    why: "Rule 1: a 400 with OAuth's `unsupported_grant_type`, listed under bad-request; `901` names no kind, so the word beside it classifies: a bad request. Rule 2: `error_description` is null and `error` is a code: no sentence, the default (rule 2.4). Rule 5: no id. Rule 6: the vendor's numbered `error_code` is the most specific code, and a word under a code's name beside a number is the error's category (komoot's `{ error: \"BadCredentials\", code: 401 }`, the fifty-seventh holdout's row): '901'. Hesitated on code (other reading: 'unsupported_grant_type', OAuth's `error`, which rule 6 names).",
  },
  {
    id: 'remember-the-milk/not-logged-in-99-200',
    expect: {
      kind: 'unknown',
      message: 'User not logged in / Insufficient permissions',
      fields: [],
      logId: null,
      code: '99',
    },
    why: "Rule 3: a body of one member holding an object (`rsp`) is that object; `stat: \"fail\"` is a call's flag, no code and no JSend `status` (and there is no `data`), and `err` is the error object. Rule 1: a 200 whose numeric `code` 99 is no 4xx or 5xx status and no code any row sorts; text never decides, so 'not logged in' makes no credential code: unknown. Rule 2.1: `msg` is a message by its shape; the 401's phrase in other words is the message on any status but a 401, and this line says both what was refused and why: kept. Rule 5: no id. Rule 6: `err.code`, a number that is no status: '99'. Hesitated on kind (other reading: unauthenticated, or forbidden, as the words say, which rule 1 does not let text decide).",
  },
  {
    id: 'remember-the-milk/timeline-invalid-300-200',
    expect: { kind: 'unknown', message: 'Timeline invalid or not provided', fields: [], logId: null, code: '300' },
    why: "Rule 3: the one member `rsp` is the body; `stat: \"fail\"` is a call's flag and `err` the error object. Rule 1: a 200 whose numeric `code` 300 is no 4xx or 5xx status (the only numbers beside a 2xx that name the status the body means) and no code any row sorts; text never decides, so 'invalid or not provided' makes no validation failure: unknown. Rule 2.1: `msg` starts with a word in capitals, not quoted, not written as code and not called a parameter, so by the letter of the 6 December 2026 row it is no line naming only the API's input: kept. Rule 3: no path member: no field. Rule 5: no id. Rule 6: `err.code`: '300'. Hesitated on message (other reading: the default, 'Timeline' being the API's `timeline` parameter, which the person never typed, named only as missing or invalid).",
  },
] satisfies Reading[];
