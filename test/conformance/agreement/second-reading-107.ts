import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 14 cases (every third case of the hundred-and-seventh holdout's parts JQ to JV, in file
// order, on 7 March 2027), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of the
// written rules, `test/conformance/README.md` (`.tmp/blind107/rules.md`, its rule rows read as amending the rules
// above them, later rows winning), an excerpt of `types.ts` (`.tmp/blind107/types-excerpt.ts`: `DEFAULT` and the case
// type), the `Reading` interface (`.tmp/blind107/reading-interface.ts`) and one finished second reading (the
// hundred-and-sixth's, `.tmp/blind107/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs,
// `now`s and responses (`.tmp/blind107/cases.json`; none was thrown, two send a `Date` header, one sends its body as
// text and two send a JSON string), no notes, no expectations, no kit answers. They were told not to open the case
// files or anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any
// test, nor to use search tools, nor to list folders. They opened only the files the brief names (the rules read
// whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by its full path. They
// listed no folder. They marked 9 cases "hesitated" and named the other reading. Written once and not changed after.
export default [
  {
    id: 'xcel/duplicate-ip-address-rejected-500',
    expect: {
      kind: 'server',
      message: 'duplicate ip address rejected',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 500: server (a code never turns a 5xx into a 4xx kind other than rate-limited, and 'duplicate' here is text, not a code; text never decides the kind). Rule 2.1: `errors` holds one string, 'duplicate ip address rejected', which says what was wrong with the value (a duplicate) in words, not an input named by the API's key; it is JSON, not plain text, so rule 2.6 does not apply: kept. Rule 6: `status: false` is the call's own flag, no code (the sixty-first holdout's row). Rules 3 and 5: `meta` empty, no field, no id. Hesitated on message (other reading: the default, a line in small letters that starts as no person's sentence does).",
  },
  {
    id: 'bc-registries-business/not-authorized-to-file-401',
    expect: {
      kind: 'unauthenticated',
      message: 'You are not authorized to submit a filing for BC3000069',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.3: `errorMessage` 'API backend third party service error.' reports a failure of a service behind the API (infrastructure, a failure to reach another service): developer text. Rule 2.1: `rootCause` (a lone cause, the twenty-seventh holdout's row) holds 'message:You are not authorized to submit a filing for BC3000069.', its label dropped; it says what was refused (a filing for that business), more than the 401's phrase ('Not authorized to make this request'), as a reason after the phrase keeps the line: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, the 401's phrase in other words, with `errorMessage` developer text).",
  },
  {
    id: 'entourage/please-sign-in-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error.message` 'Please sign-in' only asks to sign in, the 401's phrase in other words ('Authentication required', and the eighty-seventh holdout's 'You must be logged in to access the api'): the default on a 401 (rule 2.4). Rule 6: `error.status` 401 is the status. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a plea the person can act on).",
  },
  {
    id: 'entourage/login-failed-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 400 without fields and without a code: bad-request (text never decides the kind, so 'Login failed' does not make it unauthenticated). Rule 2.1: 'Login failed' is named generic (the thirty-fourth holdout's row; 'Login failure' a category line, the thirty-second's): the default (rule 2.4). Rule 6: `error.status` 400 is the status. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, what was refused beside a status other than 401, as Barion's 'Authentication failed' on a 400 is read).",
  },
  {
    id: 'entourage/tour-point-longitude-not-a-number-400',
    expect: {
      kind: 'bad-request',
      message: 'Longitude is not a number',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 2.2: the error's `reasons` list (a list under `reasons` holds the error, the twenty-sixth holdout's row) holds one form-level sentence, 'Longitude is not a number', which beats the envelope's `message` 'Could not create tour point' (a line that only says what failed); a person's word ('Longitude'), not the API's key: kept. Rule 3: the item is a bare string with no path member: no field (only class-validator's format names a field in its text). Rule 1: a 400 with no field errors, no code, and a lone message, which is no list: bad-request. Rule 6: `error.status` 400 is the status. Rule 5: no id.",
  },
  {
    id: 'brapi/dbid-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2: the body is a JSON string (text quoted whole, read as its text): 'ERROR - 2018-10-08T18:15:11Z - The requested object DbId is not found' is a log line (level, timestamp, text: rule 2.3's `[ERROR] …`), and what follows the labels names the object only by the API's key, `DbId`, beside the 404's 'not found' (the seventy-fifth holdout's row: 'unknown' before a key written as code names only the key): the default (rule 2.4). Rule 6: 'ERROR' is a log level, no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'The requested object DbId is not found' kept, the level and timestamp dropped as labels).",
  },
  {
    id: 'dcos-metronome/schedule-not-found-404',
    expect: {
      kind: 'not-found',
      message: "Schedule 'not_existent' does not exist",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` \"Schedule 'not_existent' does not exist\" names the record not found (a schedule) and the id asked for, as ActiveRecord's 'Couldn't find Project with id=…' stays a sentence; the quoted part is a value, not an input's key: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'dcos-metronome/invalid-username-or-password-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid username or password',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Invalid username or password.' says the sign-in's credentials were wrong, more than the 401's phrase; a credential's name stays ('Invalid app_key is provided.', Cognito's 'Incorrect username or password'): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'fglab/project-id-does-not-exist-400',
    expect: {
      kind: 'bad-request',
      message: 'Project ID 562237f33774694c5a4814bb does not exist',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 400 without fields and without a code: bad-request (text never decides the kind, so 'does not exist' does not make it not-found; only a not-found code does on a 400). Rule 2.1: `error` 'Project ID 562237f33774694c5a4814bb does not exist' is a sentence (not OAuth's code-shaped `error`) naming the project not found in a person's words: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'fglab/invalid-or-empty-url-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 400 without fields and without a code: bad-request. Rule 2.1: `error` 'Invalid or empty URL' names only which input is invalid or missing, and a body parameter that is 'invalid or empty' is named developer text (the twenty-ninth holdout's row): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, 'URL' a person's word as in 'Invalid phone number' and 'Invalid email address').",
  },
  {
    id: 'apply-for-teacher-training/unable-to-find-applications-404',
    expect: {
      kind: 'not-found',
      message: 'Unable to find Application(s)',
      fields: [],
      logId: null,
      code: 'NotFound',
    },
    why: "Rule 1: 404: not-found (`NotFound` agrees). Rule 2.2: the lone item of `errors` speaks: `message` 'Unable to find Application(s)' names what was not found, not the bare reason phrase ('Resource not found' is a sentence, the fifth holdout's row): kept. Rule 6: the lone item's `error`, in OAuth's place, 'NotFound', the only code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the 404's reason phrase standing alone).",
  },
  {
    id: 'clawhub/rate-limit-exceeded-429-text',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded',
      fields: [],
      retry: 34,
      logId: null,
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.6: a sentence sent as text on a 4xx is the message; 'Rate limit exceeded' is not the bare reason phrase 'Too Many Requests' (only the bare phrase restates the status, the fifth holdout's row): kept. Rule 4.1: `retry-after: 34`, delay seconds, and no `Date` header to move it: 34 s (it outranks the reset headers). Rules 3, 5 and 6: no field, no id header, no code. Hesitated on message (other reading: the default, the 429's phrase in other words, as AhaSend's 'rate limited').",
  },
  {
    id: 'dk-hostmaster-das/unsupported-media-type-415',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 415: bad-request. Rule 2.1: the body is a JSON string, 'Unsupported media type', the 415's bare reason phrase: the default (rule 2.4). Rules 3, 5 and 6: no field, no id (`Server` names the software), no code.",
  },
  {
    id: 'smarti/illegal-solr-endpoint-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['queryBuilder.1.solrEndpoint', 'unknown protocol: dummy']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 3: `data.illegal` is a map of path to a message; `illegal`, named for the invalid fields it holds, is no field (Webiny's `invalidFields`), and `data` is the body's payload: `queryBuilder[1].solrEndpoint` is `queryBuilder.1.solrEndpoint`, 'unknown protocol: dummy'. Rule 2.3: `message` names a qualified type (`io.redlink.smarti.model.config.Configuration`) and counts the illegal and missing fields by key (Raisely's '2 fields are invalid (…)'): developer text, and only field messages remain: the default (rule 2.4). Rule 6: `status` 422 is the status: no code. Rule 5: no id. Hesitated on fields (other reading: the path led by `illegal` or `data`, or no field, its line being Java's URL parser's report).",
  },
] satisfies Reading[];
