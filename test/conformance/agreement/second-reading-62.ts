import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 11 cases (every third case of the sixty-second holdout's two parts, Y and Z, in file
// order, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind62/rules.md`, the rule rows up to the sixty-first holdout's included), an
// excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second reading (the
// sixty-first's) as a model of the format, and the cases' ids, sources, URLs and responses (no case carried a
// `receivedAt` and none was thrown; only Stamps' response sends headers, none of them a `Date`, so every case counts
// from 2026-11-22T12:00:00Z; no case gives a wait), no notes, no expectations. They were told not to open the case
// files or anything else under `test/conformance/`, the kit's source, its README or changelog, the live rules file,
// the git history or the rest of `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search
// tools; they wrote this file by its full path without listing its folder. They marked 7 cases "hesitated" and named
// the other reading.
// Written once and not changed after the comparison.

export default [
  {
    id: 'woosmap/invalid-json-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code; `status: \"error\"` only flags the failure (JSend's error, with no `data` beside it; a call's own flag is no code, the sixty-first holdout's row); text never decides: a bad request. Rule 2: the body names no message member, so its one line of prose under a name no part goes by (`value`, as Compiler Explorer's `answer`) is the candidate; 'The request is invalid' only says the request was invalid (rule 2.1: TrueLayer's 'The request was invalid.', 'Your request is invalid.'), and 'the data is not a valid JSON' is a server that could not read the request's JSON (rule 2.3: BigCommerce's, a bare 'Invalid JSON', Ubidots' 'not a valid json document'): developer text. Rule 2.4: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'woosmap/rate-limit-exceeded-429',
    expect: {
      kind: 'rate-limited',
      message: 'The rate limit for this endpoint has been exceeded',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: RFC 9457's `detail` is a sentence that says which limit was hit ('for this endpoint'), more than the bare reason phrase 'Too Many Requests' (only the bare phrase restates the status, as 'Resource not found' is a sentence): kept. Rule 4: no `Retry-After`, no reset header, no body hint and no wait in the text: no retry. Rules 5 and 6: no headers, no id, no code. Hesitated on message (other reading: the default, 'rate limit exceeded' being the 429's phrase in other words, as AhaSend's 'rate limited' restates it).",
  },
  {
    id: 'hanko/unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated; a code never turns a 401 into anything else. Rule 2.1: `message` 'Unauthorized' is the 401's bare reason phrase (and a lone word): the default. Rule 5: no id. Rule 6: `code` 401 is the response's status in digits (as an error object's `http_status_code` and a numeric `code` of a 4xx beside a 2xx are its status, rule 1), restating it: no code. Hesitated on code (other reading: '401', an explicit `code` member as a string, the only code in the body).",
  },
  {
    id: 'hanko/gone-410',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 410: not-found. Rule 2.1: `message` 'Gone' is the 410's bare reason phrase (and a lone word): the default. Rule 5: no id. Rule 6: `code` 410 is the response's status in digits, restating it: no code. Hesitated on code (other reading: '410', an explicit `code` member as a string, the only code in the body).",
  },
  {
    id: 'qrapid/unauthenticated-request-problem-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: RFC 9457's `detail` beats `title` ('Unauthorized', the bare reason phrase); but 'auth: unauthenticated request' is the 401's phrase in other words ('Unauthorized access', 'Authentication required' restate a 401) behind an area's name and a colon (the forty-first holdout's 'Proxy: unauthorized'; a Go package's error by its name, 'gzip: …', would be developer text besides): the default. Rule 5: no id; `instance` is absent. Rule 6: `type` is `about:blank`, never a code; `status` 401 restates the status: no code.",
  },
  {
    id: 'autopilot/no-api-key-header-400',
    expect: {
      kind: 'bad-request',
      message: 'No autopilotapikey header provided',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code (`error` 'Bad Request' is the reason phrase in words, no code token); text never decides, so a missing key in words makes no credential code: a bad request. Rule 2.1: `error` 'Bad Request' is the bare reason phrase; `message` names the credential the request lacked (the API key's header), and a credential's name stays ('Invalid app_key is provided.', 'access_token is invalid'), which says signing in failed: kept. Rule 3: no path member: no field. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: unauthenticated, the request carried no credentials) and on message (other reading: the default, a line that names only which input is missing by the API's name for it, written as code, rule 2.1's row of 6 December 2026).",
  },
  {
    id: 'autopilot/contact-not-found-404',
    expect: { kind: 'not-found', message: 'Could not find contact', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'Not Found' is the bare reason phrase; `message` is a sentence in a person's words saying what was not found ('contact', no key written as code): kept. Rules 5 and 6: no id; 'Not Found' in `error` is words, no code token: no code.",
  },
  {
    id: 'autopilot/list-in-use-403',
    expect: {
      kind: 'forbidden',
      message: 'Could not delete the list as it it is being used in a journey or segment',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 without `Retry-After` or a rate-limit header, and no code: forbidden (text never decides, so a list in use makes no conflict, which needs a 409, a 412 or a duplicate code). Rule 2.1: `error` 'Forbidden' is the bare reason phrase; `message` is a sentence for the person saying what was refused and why: kept. Rules 5 and 6: no id; 'Forbidden' in `error` is a word, no code token: no code.",
  },
  {
    id: 'depay/rate-limit-exceeded-429',
    expect: {
      kind: 'rate-limited',
      message: 'You have exceeded the allowed request rate',
      fields: [],
      logId: null,
      code: 'RATE_LIMIT_EXCEEDED',
    },
    why: "Rule 1: 429, and `RATE_LIMIT_EXCEEDED` (read without case or separators, `rate_limit_exceeded`) is a throttling code that agrees: rate-limited. Rule 2.2: OAuth's `error_description` beats `error`; it is a sentence addressed to the person, more than the bare reason phrase: kept. Rule 4: no header, no body hint (`error_uri` only links the docs), no wait in the text: no retry. Rule 5: no id. Rule 6: OAuth's `error` is the code; it names the limit, not the reason phrase. Hesitated on message (other reading: the default, the 429's phrase in other words).",
  },
  {
    id: 'zaico/user-group-not-exist-406',
    expect: { kind: 'bad-request', message: 'UserGroup is NOT exist', fields: [], logId: null, code: null },
    why: "Rule 1: 406 is listed under bad-request; `code` 406 restates the status and `status: \"error\"` only flags the failure (JSend's error with no `data` beside it); text never decides, so 'is NOT exist' makes no not-found: a bad request. Rule 2.1: `message` says the referenced record does not exist, a not-found line kept as 'Resource not found' and Paymill's 'Preauthorize not found' are; it says more than naming which input is wrong. Rule 5: no id. Rule 6: `code` 406 is the status in digits, restating it; the call's flag is no code: none. Hesitated on message (other reading: the default, `UserGroup` being the API's name for the record written as code, as 'Invalid jobId', rule 2.1's row of 6 December 2026) and on code (other reading: '406').",
  },
  {
    id: 'stamps/credentials-not-provided-403-headers',
    expect: {
      kind: 'forbidden',
      message: 'Authentication credentials were not provided',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 without `Retry-After` or a rate-limit header, and no code: forbidden; text never decides, so 'Authentication credentials were not provided' makes no credential code. Rule 2.1: `detail` (Django REST framework's NotAuthenticated text) would be the 401's phrase in other words on a 401, but sent with a 403 it says what was refused and is the message, as 'Not authenticated' (FastAPI's words, DeepInfra's) and 'Not Authorized' are on a 403: kept. Rule 4: no wait. Rule 5: `Vary`, `Content-Type` and `Allow` name no request id: none. Rule 6: no code. Hesitated on kind (other reading: unauthenticated, the request carried no credentials).",
  },
] satisfies Reading[];
