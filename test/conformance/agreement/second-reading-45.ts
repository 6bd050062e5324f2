import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 5 cases (every third case of the forty-fifth holdout’s two parts in file order, parts A
// and B, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind45/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the forty-fourth's, `second-reading-44.ts`) as a
// model of the format, and the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was
// thrown, so `now` is the `Date` header, else 2026-11-22T12:00:00Z; no response carried a `Retry-After`, a reset
// header, a body hint or a wait in its text, so no case states a retry), no notes, no expectations. They were told not
// to open the case files or anything else under `test/conformance/`, the kit's source, its README or changelog,
// `test/core/`, the live rules file, the git history or the rest of `.tmp/`, nor to run the kit, the conformance
// script or any test, nor to use search tools; they wrote this file by its full path without listing its folder. They
// marked 4 cases "hesitated" and named the other reading. Written once and not changed after the comparison.

export default [
  {
    id: 'gardena-smart/simultaneous-logins-400',
    expect: {
      kind: 'bad-request',
      message: 'Simultaneous logins detected',
      fields: [],
      logId: null,
      code: 'simultaneous.logins',
    },
    why: "Rule 1: a 400 whose lone error item's code `simultaneous.logins` is in no row of the kind table: it says no credential is invalid or expired (no `invalid_grant`, no failed sign-in), no wait and no input's value, so the 400 decides, without field errors: a bad request. Rule 2.1/2.2: the lone item of `errors` is the error object; its `title` 'Bad request' is the 400's bare reason phrase, and `detail`, the occurrence's text, speaks: 'Simultaneous logins detected …', whose `client[id=…], user[id=…, email=…]` tail is a record's dump after the sentence (the substring is the sentence before it). Rule 3: no path-like member, so no field. Rule 5: no id in the body, no headers. Rule 6: the item's explicit `code`; its `status` restates the 400. Hesitated on kind: a sign-in the server refused reads as a credential code on a 400, as a failed sign-in (`invalid.login`) is (other reading: unauthenticated); or repeated logins as a limit (other reading: rate-limited).",
  },
  {
    id: 'neato-nucleo/robot-serial-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Could not find robot_serial for specified vendor_name',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2: the `message`, a sentence that says what could not be found for what (as 'Resource not found' is a sentence, not a reason phrase); the snake_case names are the API's parameter names, no stack, class or SQL (rule 2.3). Rule 3: the parameters are named in text only, so no field. Rules 5 and 6: no headers, no id, no code. Hesitated on message: it names only what was not found, by parameter names (other reading: the default).",
  },
  {
    id: 'gigya-irobot/missing-apikey-400093-200',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: 'e5d8369d08ff48dc9a581579663e925e',
      code: '400093',
    },
    why: "Rule 1: a 200 whose body names its error status (`statusCode: 400`, `statusReason: \"Bad Request\"`) decides the kind as a 400; the numeric `errorCode` 400093 names no kind, and text never decides (the API key is named in text only), so a 400 without field errors and without a code that names a kind: a bad request. Rule 2.1: `errorMessage` 'Invalid ApiKey parameter' names only which parameter is invalid ('Invalid parameter 'x'', 'Invalid value for parameter: amount'), and `errorDetails` 'Missing required parameter: ApiKey' is PDF-Sign's generic 'Missing required parameter: templateId' word for word; `statusReason` is the reason phrase; so the default. Rule 3: no field by structure. Rule 5: `callId`, the body's own id of this call (a request id by its shape). Rule 6: the explicit numeric `errorCode`, as a string. Hesitated on kind: an API key is a credential and the line says it is invalid (other reading: unauthenticated, as `invalid_api_key` is); on message: a credential line kept as 'Invalid API key' is (other reading: 'Invalid ApiKey parameter'); on support id: `callId` is not among rule 5's names (other reading: null); and on code: it carries the status's number (other reading: null).",
  },
  {
    id: 'ecovacs-iot/command-failed-errno-4200-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: '4200' },
    why: 'Rule 1: a 200 whose body says it failed (`ret: "fail"`) and nothing else that names a kind: `errno` 4200 is no HTTP status (not a 4xx or 5xx), and a vendor\'s number names no kind, so a 2xx with nothing that says what failed: unknown. Rule 2.4: no sentence, so the default. Rule 5: no id, no headers. Rule 6: `errno`, an error number by the shape of its name (as `err_code`, `ECODE`), as a string; `ret` is a result flag, no code. Hesitated on code: `errno` is not among rule 6\'s names (other reading: null).',
  },
  {
    id: 'icecast-kh/source-put-wrong-password-401-empty',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 401. Rule 2.4: no body, so no sentence: the default (and an HTML page would give none, rule 2.5). Rule 5: no request-id header (`Date`, `Content-Type`, `WWW-Authenticate` only). Rule 6: `WWW-Authenticate` names the Basic scheme and its realm, no error code. Rule 4: no `Retry-After`, no wait.',
  },
] satisfies Reading[];
