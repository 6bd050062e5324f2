import type { Reading } from '../agreement';

// A blind second reading of 2 cases (every third case of the forty-ninth holdout’s one part in file order, part A, on
// 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind49/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the forty-eighth's) as a model of the format, and
// the cases' ids, sources, URLs and responses (no case carried a `receivedAt` or any header and none was thrown, so
// `now` is 2026-11-22T12:00:00Z; no response holds a `Retry-After`, a reset header, a body hint or a wait in its text),
// no notes, no expectations. They were told not to open the case files or anything else under `test/conformance/`, the
// kit's source, its README or changelog, `test/core/`, the live rules file, the git history or the rest of `.tmp/`, nor
// to run the kit, the conformance script or any test, nor to use search tools; they wrote this file by its full path
// without listing its folder. They marked 1 case "hesitated" and named the other reading. Neither case's message is the
// kind's default, so the model's `DEFAULT` import is left out (the project's `noUnusedLocals` refuses it unused).
// Written once, without sight of the first reading.

export default [
  {
    id: 'spamhaus-submission/user-not-authorized-401',
    expect: {
      kind: 'unauthenticated',
      message: 'user is not authorized',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401 (no code in the body to weigh, and a code never turns a 401 into anything else). Rule 2.1: 'user is not authorized' is more than the bare reason phrase: only the bare phrase restates the status, so 'Resource not found' is a sentence, and this line says who is not authorized as that one says what was not found; a line about the caller's credentials is kept as 'Invalid credentials' is. Rule 3: no path-like member, no field. Rule 4: no header, no body hint, no wait in the text: no retry. Rule 5: no headers and no id member: none. Rule 6: `status` 401 is the status in digits (as a `statusCode` in digits is a status), no code. Hesitated on message: 'Not Authorized' restates a 401 (Asana's status line) and 'Unauthorized access' does too, and 'user is' adds no more than the 401 already says (other reading: the default).",
  },
  {
    id: 'la-marzocco/machine-command-not-found-404',
    expect: { kind: 'not-found', message: 'Machine not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: `error` 'Machine not found' names what was not found, a sentence as 'Resource not found' and 'Company not found' are, not the bare reason phrase. Rule 3: `error` is an envelope member, no field. Rule 4: no wait. Rule 5: no headers, no id. Rule 6: `error` holds words with spaces, not a code token: no code.",
  },
] satisfies Reading[];
