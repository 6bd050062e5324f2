import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 10 cases (every third case of the seventy-eighth holdout's one part, CU, in file order, on
// 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind78/rules.md`, the rule rows up to the seventy-seventh holdout's included),
// an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second reading (the
// seventy-seventh's) as a model of the format, and the cases' ids, sources, URLs and responses (none was thrown; none
// sends a header, so every case counts from 2026-11-22T12:00:00Z; no case gives a wait by this reading), no notes, no
// expectations. They were told not to open the case files or anything else under `test/conformance/`, the kit's source,
// its README or changelog, the git history or the rest of `.tmp/`, nor to run the kit, the conformance script or any
// test, nor to use search tools, nor to list folders. They opened only the files the brief names, by their full paths,
// and wrote this file by its full path; at the start they listed the brief's own folder once (`.tmp/blind78/`, names
// and sizes: it also holds a `prepare.mjs`, which they did not open), and checked by its full path that this file did
// not exist yet. They marked 6 cases "hesitated" and named the other reading. Written once and not changed after the
// comparison.
export default [
  {
    id: 'fava/documents-folder-missing-422',
    expect: {
      kind: 'validation',
      message: 'You need to set a documents folder',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation (the table names the status, with or without fields). Rule 3: `error` holds text, not a map of fields: no field. Rule 2.1: 'You need to set a documents folder.' is a person's sentence that says what to do; it names no input by its key: kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, text for whoever runs the server and sets its options, as 'If you operate this server, …' is).",
  },
  {
    id: 'fava/entry-hash-parameter-missing-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields and without a code; text never decides: a bad request. Rule 2.1: 'Invalid API request: …' is a generic headline before a sentence of its own, which is judged alone; 'Parameter `entry_hash` is missing.' names only which parameter is missing, called a parameter and written as code (the rule row of 6 December 2026): the default (rule 2.4). Rule 3: no field member; the input is named only in text: no field. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'fava/not-a-valid-account-500',
    expect: { kind: 'server', message: 'Not a valid account', fields: [], logId: null, code: null },
    why: "Rule 1: 500: server; text never decides. Rule 2.1: `error` 'Not a valid account: 'Assets'' is JSON, not plain text (rule 2.6 does not reach it), and says in a person's words (an account, as 'Invalid phone number') that the value given is not a valid account; no key written as code, no class, frame or parser's report (rule 2.3): kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, an exception's text on a 500 with the value quoted as Python prints it).",
  },
  {
    id: 'shaarli/not-authorized-json-string-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: the body is text quoted whole, encoded twice (the thirty-fourth holdout's row): 'Not authorized', the 401's reason phrase ('Not Authorized' restates a 401): the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'shaarli/token-secret-not-set-debug-401',
    expect: {
      kind: 'unauthenticated',
      message: "Token secret must be set in Shaarli's administration",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: in `message` 'Not authorized: Token secret must be set in Shaarli's administration' the reason phrase leading the sentence only restates the status and is dropped ('Bad Request: failed to process audio'); the rest says why signing in failed and what to set, with a reason after the phrase, so the line stays: kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, text for whoever administers the server, as 'If you operate this server, …' is, or a token's internals).",
  },
  {
    id: 'gokapi/invalid-request-route-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields and without a code: a bad request. Rule 2.1: `ErrorMessage` (PascalCase, a message by its shape) 'Invalid request' is a generic summary ('Invalid input', 'Your request is invalid.'): the default (rule 2.4). Rule 6: `Result: \"error\"` is a call's own flag, no code (the sixty-first holdout's row). Rule 5: no id.",
  },
  {
    id: 'gokapi/user-already-exists-409',
    expect: { kind: 'conflict', message: 'User already exists', fields: [], logId: null, code: null },
    why: "Rule 1: 409: conflict. Rule 2.1: `ErrorMessage` 'User already exists.' is a person's sentence: kept. Rule 6: `Result: \"error\"` is a call's flag, no code. Rule 5: no id.",
  },
  {
    id: 'gokapi/invalid-id-provided-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1 and the rule row of 6 December 2026: `ErrorMessage` 'Invalid id provided.' names only which input is invalid, by the API's name for it (`id`, as 'Invalid jobId' and Digilocker's invalid id): the default (rule 2.4). Rule 6: `Result: \"error\"` is a call's flag, no code. Rule 5: no id. Hesitated on message (other reading: the line kept, 'id' being a person's word, as 'Invalid phone number' stays).",
  },
  {
    id: 'rustypaste/upload-limit-exceeded-text-413',
    expect: { kind: 'bad-request', message: 'upload limit exceeded', fields: [], logId: null, code: null },
    why: "Rule 1: a 413 without `Retry-After` and without a code: a bad request (text never decides; 'limit exceeded' in text makes no quota). Rule 2.6: plain text on a 4xx is the message when it is a sentence; 'upload limit exceeded' says what went wrong (the upload is over the server's limit), names no input by its key and is not the 413's bare reason phrase: kept. Rules 4, 5 and 6: no header, no wait, no id, no code. Hesitated on message (other reading: the default, the 413's phrase in other words, as 'Capture Payload too large' is).",
  },
  {
    id: 'papra/unauthorized-invalid-api-key-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'auth.unauthorized' },
    why: "Rule 1: 401: unauthenticated (a code never turns a 401 into anything else). Rule 2.1: `error.message` 'Unauthorized' is the 401's bare reason phrase: the default (rule 2.4). Rule 5: no id. Rule 6: `error.code`, an explicit code member and the only code: 'auth.unauthorized' (a code that restates the status gives way only beside a lone item's code, and there is none). Hesitated on code (other reading: none, a code that only restates the 401's phrase behind the API's area name).",
  },
] satisfies Reading[];
