import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 14 cases (every third case of the ninety-ninth holdout's parts HN–HS, in file order, on
// 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of the written
// rules, `test/conformance/README.md` (`.tmp/blind99/rules.md`, its rule rows read as amending the rules above them,
// later rows winning), an excerpt of `types.ts` (`.tmp/blind99/types-excerpt.ts`: `DEFAULT` and the case type), the
// `Reading` interface (`.tmp/blind99/reading-interface.ts`) and one finished second reading (the ninety-eighth's,
// `.tmp/blind99/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs, `now`s and responses
// (`.tmp/blind99/cases.json`; none was thrown; five send a `Date` header, which is their `now`; every other `now` is
// 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to open the case files or
// anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to
// use search tools, nor to list folders. They opened only the files the brief names (the rules read whole, in
// pieces), checked by its full path that this file did not exist yet, and wrote it by its full path. They listed no
// folder. They marked 7 cases "hesitated" and named the other reading. Written once and not changed after.
export default [
  {
    id: 'pointhq/zone-not-found-404',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [],
      logId: 'a07374c6ad7f6a4820fb214015a04a1b',
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'Not found' is the bare reason phrase: the default (rule 2.4). Rule 6: `status` 'Error' only flags the failure, as a call's own flag (`\"KO\"`) is no code: no code. Rule 5: no body id; the `x-request-id` header is the support id (the `status` header is the status line, no id). Rule 3: no field.",
  },
  {
    id: 'metaapi/too-many-requests-429',
    expect: {
      kind: 'rate-limited',
      message: 'allows 10 requests per 60s',
      fields: [],
      logId: null,
      code: 'TooManyRequestsError',
    },
    why: "Rule 1: 429: rate-limited (`TooManyRequestsError`, a throttling code read without its `Error` suffix, says the same). Rule 2.1: `message` 'The /users/current/accounts API allows 10 requests per 60s to avoid overloading our servers. Please wait some time and retry …' is a sentence that says which limit was hit: kept. Rule 4: no `Retry-After` or reset header; '10 requests per 60s' and `exceededPeriod` '60s' name the limit's window, not a wait, and `metadata.recommendedRetryTime` is an absolute date no listed hint name holds (and before `now` besides): no retry time. Rule 6: `error` 'TooManyRequestsError', a code by its shape, the only code word. Rule 5: `id` 1 is a number under no id's name, `resourceId` names a resource: no id. Rule 3: `metadata.path` is the request's URL path, no field. Hesitated on retry (other reading: `recommendedRetryTime` read as the retry time, in the past) and on code (other reading: none, a code that only restates the 429's phrase, or `id` '1' as MetaApi's numeric code).",
  },
  {
    id: 'credova/foo-is-not-found-404',
    expect: { kind: 'not-found', message: 'Foo is not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.2: a lone form-level sentence in the error's list speaks: 'Foo is not found' says what was not found, a sentence and not the bare reason phrase ('Resource not found' stays, the fifth holdout's row): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'oracle-retail-allocation/rest-service-version-mismatch-400-xml',
    expect: {
      kind: 'bad-request',
      message: 'REST Service Version Mismatch',
      fields: [],
      logId: null,
      code: 'BAD_REQUEST',
    },
    why: "Rule 3: XML is read as JSON would send it: `<messagesRDOes>` around repeated `<messagesRDO>` items is a list, its lone item the error. Rule 1: a 400 without field errors; `status` 'BAD_REQUEST' only restates the status: bad-request. Rule 2.1: `message` 'REST Service Version Mismatch' is words with spaces that say what was wrong (a version mismatch), not a code nor a generic line: kept. Rule 6: `status` 'BAD_REQUEST', a code word, the only code (`messageType` 'ERROR' is a severity). Rule 5: no id. Hesitated on code (other reading: none, a code that only restates the status standing alone) and on message (other reading: the default, a mismatch of the API's version the developer's to fix).",
  },
  {
    id: 'datacentred/role-permissions-not-allowed-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['permissions', 'Role permissions must be one of']],
      logId: '5ea49fc1-7e50-4694-bf70-58a8ca754da2',
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 3: a GitHub-style item `{ resource, field, detail }` names its field in `field` (`resource` is no field): `permissions` with its `detail` 'Role permissions must be one of: … 'fighting' is not allowed.'. Rule 2.4: only a field message: the default. Rule 5: no body id; the `X-Request-Id` header. Rule 6: no code. `links` are help links, no error.",
  },
  {
    id: 'datacentred/no-such-user-404',
    expect: {
      kind: 'not-found',
      message: "No such user 'unknown'",
      fields: [],
      logId: 'cd8ce61e-1833-4063-aa53-a9828ca598f3',
      code: null,
    },
    why: 'Rule 1: 404: not-found. Rule 2.2: the lone item of `errors` names no field, and its `detail` "No such user \'unknown\'" is a form-level sentence that says which user was not found: kept. Rule 5: no body id; the `X-Request-Id` header. Rules 3 and 6: no field, no code.',
  },
  {
    id: 'cran/object-not-found-404-html',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404: not-found. Rule 2.5: an HTML error page gives no message (its text goes to `details`): the default (rule 2.4). Rule 4: the `Date` header is `now`. Rule 5: no header named like a request id (`Server`, `Content-Language` are none). Rules 3 and 6: no field, no code.',
  },
  {
    id: 'joker/dmapi-authorization-error-200-text',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 with no code a rule reads and no field errors: unknown (text never decides, and 2202 is the vendor's number, no HTTP status). Rules 2.6 and 2.1: the text 'Status-Code: 2202 / Status-Text: Authorization error' is a reply of labelled lines, its one line of words 'Authorization error' a category line, as Strava's 'Authorization Error': the default (rule 2.4). Rule 6: the number sits only in the text body, which no rule reads as members: no code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: '2202', the reply's `Status-Code` read as a member) and on kind (other reading: unauthenticated, 'Authorization error' read as the reply's category).",
  },
  {
    id: 'hurricane-electric/dyndns-abuse-200-text',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 with nothing a rule reads that says what failed: unknown (text never decides). Rules 2.6 and 2.1: the text 'abuse' is a lone word, not a sentence: the default (rule 2.4). Rule 6: a bare word sent as text gives no code (the ninety-seventh holdout's row). Rules 3 and 5: no field, no id.",
  },
  {
    id: 'dreamhost/record-already-exists-200',
    expect: {
      kind: 'conflict',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'record_already_exists_remove_first',
    },
    why: "Rule 1: `result` 'error' says the body failed, so its error sits in the string `data` (as `success: false` puts it there), and 'record_already_exists_remove_first' is a code by its shape that says the record already exists: a duplicate code, and a code outranks any 2xx: conflict. Rule 2.1: a code is no sentence, and nothing else speaks: the default (rule 2.4). Rule 6: that code (`result` 'error' is a flag, no code). Rules 3 and 5: no field, no id. Hesitated on kind (other reading: unknown, the table's duplicate row naming only 400, 403 and 422).",
  },
  {
    id: 'hide-uri/url-invalid-400',
    expect: { kind: 'bad-request', message: 'URL is invalid', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides: 'Invalid email address' stays a bad request). Rule 2.1: `error` 'API Error: URL is invalid (check #1)' is a generic headline before a line of its own, judged by 'URL is invalid'; a URL is the person's word for what they gave a URL shortener, as 'Invalid phone number', not an API key: kept. Rule 4: the `Date` header is `now`. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line naming only the input `url`, or 'API Error' read as a category line over the whole).",
  },
  {
    id: 'tinyurl/unauthenticated-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: '1' },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: the lone line of `errors`, 'Unauthenticated.', is a lone word (Firebase's 'Unauthenticated'), the 401's phrase besides: the default (rule 2.4). Rule 6: the numeric `code` 1 as a string, the only code (zero alone is no code). Rule 4: the `Date` header is `now`. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, `code` 1 read as a flag that the call failed).",
  },
  {
    id: 'postcodeapi-nu/unknown-server-error-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: '14e8ad6b-bded-11e5-8468-f508f29a5d3d',
      code: null,
    },
    why: "Rule 1: 500: server. Rule 2.1: `error` 'An unknown server error occured.' only says an error occurred ('An unexpected problem has occurred.', 'An server side error occured.'): generic, the default (rule 2.4). Rule 5: no body id; of the request-id headers `x-amzn-requestid` comes before `x-amz-cf-id`: its value. Rule 4: the `Date` header is `now`. Rules 3 and 6: no field, no code.",
  },
  {
    id: 'gate-io/contract-not-found-futures-400',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: 'CONTRACT_NOT_FOUND' },
    why: "Rule 6: `label` holds only 'CONTRACT_NOT_FOUND', a code by its shape (a code alone in a message's member is the code; Gate.io names its error by it). Rule 1: a not-found code on a 400 (`not_found`, `channel_not_found`, read without case or separators): not-found. Rule 2.1: a code is no sentence, and nothing else speaks: the default (rule 2.4). Rules 3 and 5: no field, no id. Hesitated on kind (other reading: bad-request, `label` read as no code member, so a 400 without fields).",
  },
] satisfies Reading[];
