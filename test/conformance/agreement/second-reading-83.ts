import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 12 cases (every third case of the eighty-third holdout's two parts, DN and DO, in file
// order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind83/rules.md`, as it stood when these cases were first run, its rule rows
// read as amending the rules above them), an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading`
// interface and one finished second reading (the eighty-second's) as a model of the format, and the cases' ids,
// sources, URLs and responses (none was thrown and none sends a `Date` header, so every `now` is
// 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to open the case files or
// anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to
// use search tools, nor to list folders. They opened only the files the brief names, by their full paths (the rules
// read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by its full path;
// they listed no folder. They marked 4 cases "hesitated" and named the other reading. Written once and not changed
// after the comparison.
export default [
  {
    id: 'torrust-tracker/invalid-infohash-param-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.6: plain text on a 4xx is a message only when it is a person's sentence, but 'Invalid URL: invalid infohash param: string \"INVALID INFOHASH\", expected a 40 character long string' is the framework's label ('Invalid URL:') before a deserializer's report (serde's 'invalid value: …, expected …' shape; any deserializer's report and serde's 'invalid type: map, expected a sequence' are developer text, rule 2.3), and what it names is only the input by the API's key called a param (rule 2.1): the default (rule 2.4). Rules 3, 5 and 6: no field member, no id, no code.",
  },
  {
    id: 'torrust-tracker/not-found-404-empty-body',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404: not-found. Rule 2.4: an empty body holds no sentence: the default. Rules 3, 5 and 6: no field, no id (no request-id header), no code.',
  },
  {
    id: 'ord/invalid-range-start-parse-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: 'Invalid URL: failed to parse sat `=`: invalid integer: invalid digit found in string' is a parser's report (poem-openapi's 'failed to parse parameter …') ending in Rust's own `ParseIntError` text, behind the framework's 'Invalid URL:' label: developer text, and no person's sentence is left: the default (rule 2.4). Rules 3, 5 and 6: no field member, no id, no code.",
  },
  {
    id: 'ord/block-not-found-404-text',
    expect: {
      kind: 'not-found',
      message: 'block 467a86f0642b1d284376d13a98ef58310caa49502b0f9a560ee222e0a122fe16 not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.6: plain text on a 4xx is the message when it is a sentence: 'block 467a…fe16 not found' names the record not found (a block by its hash), not an input by its key, as 'Resource not found' and adsbdb's 'unknown aircraft' on a 404 stay sentences (the fifth and seventy-fifth holdouts' rows): kept. Rules 3 and 6: no field, no code. Rule 5: the hash names the block, it is no support id (no label, no header). Hesitated on message (other reading: the default, a line in small letters that starts with a lone word, as no person's sentence does, with a 64-digit hash in it).",
  },
  {
    id: 'rauthy/no-valid-session-401',
    expect: {
      kind: 'unauthenticated',
      message: 'No valid session',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'No valid session' names what was missing, the sign-in's session (a credential's name stays, as 'JWT is missing or invalid' and 'access_token is invalid' do), where `error` 'Unauthorized' is the bare reason phrase: kept. Rule 6: `error` 'Unauthorized' only restates the status (a reason phrase beside nothing that says more): no code. Rule 5: `timestamp` is no id. Rule 3: no field. Hesitated on message (other reading: the default, the 401 restated in other words, as 'Authentication required' and 'Unauthorized access' are) and on code (other reading: 'Unauthorized', the `error` member's word as the code).",
  },
  {
    id: 'openobserve/unauthorized-access-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: plain text 'Unauthorized Access' restates a 401 (the thirtieth holdout's row: \"Unauthorized access\" restates a 401): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'river-ui/insufficient-database-privilege-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides, so 'privilege' makes no forbidden). Rule 2.3: 'Insufficient database privilege to perform this operation.' reports the database behind the service (the role the server connects with lacks a privilege, PostgreSQL's `insufficient_privilege`): infrastructure behind the service and a database's failure are developer text, for whoever operates the server: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, a plain sentence saying why the operation was refused, as the person using River UI is its operator).",
  },
  {
    id: 'river-ui/method-not-allowed-405-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 405: bad-request. Rule 2.1: plain text 'Method Not Allowed' (with its newline) is the 405's bare reason phrase: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'supabase-realtime/too-many-messages-batch-429',
    expect: {
      kind: 'rate-limited',
      message: 'Too many messages to broadcast, please reduce the batch size',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `message` 'Too many messages to broadcast, please reduce the batch size' says what was too many here and what to do, not the 429's phrase alone: kept. Rule 4: no `Retry-After`, no reset header, no body hint and no wait in the text (reducing a batch is no wait): no retry. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'supabase-realtime/fallback-unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Unauthorized' is the 401's bare reason phrase (and a lone word): the default (rule 2.4). Rule 6: a message member holding the reason phrase is no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'supavisor/upstream-verify-peer-without-certificate-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors (the error object is a string under `error`, with no `param` or `field` member) and without a code (`error` holds a sentence, not a code's shape): bad-request. Rule 2.1: 'Invalid 'upstream_verify' value, 'peer' is not allowed without certificate' names the input only by the API's quoted key, and its value as sent, and says one setting was sent without another, as the eighty-second holdout's row reads 'bbox-crs specified without bbox parameter' and \"The direction parameter must be 'request' or 'response'\": the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on message (other reading: kept, a rule about the value, 'peer' needs a certificate, with 'certificate' a person's word, as rules about a value are kept).",
  },
  {
    id: 'tuist/project-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'The project tuist/tuist-project was not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'The project tuist/tuist-project was not found' is a person's sentence naming the record not found (a project by its handle): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
] satisfies Reading[];
