import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 37 cases (every third case of the seventieth holdout's five parts, BK to BO, in file
// order, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind70/rules.md`, the rule rows up to the sixty-ninth holdout's and the row on a
// bare "Authentication failed" included), an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading`
// interface and one finished second reading (the sixty-ninth's) as a model of the format, and the cases' ids, sources,
// URLs and responses (none was thrown; Axiom's case carries a `receivedAt` equal to 2026-11-22T12:00:00Z, Sailthru's
// sends a `Date` header, which gives its `now`, and every other case counts from 2026-11-22T12:00:00Z; one case gives
// a wait by this reading, Axiom's reset header one second after `now`), no notes, no expectations. They were told not
// to open the case files or anything else under `test/conformance/`, the kit's source, its README or changelog, the
// live rules file, the git history or the rest of `.tmp/`, nor to run the kit, the conformance script or any test,
// nor to use search tools, nor to list folders. They opened only the files the brief names, by their full paths, and
// wrote this file by its full path without listing its folder. They marked 18 cases "hesitated" and named the other
// reading.
// Written once and not changed after the comparison.
export default [
  {
    id: 'hetzner-robot/storagebox-snapshotplan-missing-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'INVALID_INPUT' },
    why: "Rule 3: `error` is the error object; `missing: [\"minute\", \"hour\"]` lists input names, not messages (names listed under a member are data unless they read as prose), and `invalid` is null: no field error. Rule 1: `INVALID_INPUT` begins with `invalid` and names the input (as TomTom's `BAD_INPUT`, which `Bad…` reads as `invalid…`), a validation code on a 4xx: validation. Rule 2.1: `message` 'invalid input' is the generic 'Invalid input': the default (rule 2.4). Rule 5: no id. Rule 6: `code`: 'INVALID_INPUT'; the error's `status` 400 restates the status. Hesitated on fields (other reading: `minute` and `hour` as fields, each missing, though no message names them).",
  },
  {
    id: 'webhdfs/illegal-argument-exception-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'IllegalArgumentException' },
    why: "Rule 3: a body of one member holding an object (`RemoteException`) is that object. Rule 6: `exception` holds the exception's name WebHDFS documents for clients to branch on (a code in an `exception` member, as Paymill's is read), over `javaClassName`, its qualified class: 'IllegalArgumentException'. Rule 1: read without its `Exception` suffix, `IllegalArgument` is `invalid_argument` in other words ('illegal' read as invalid, as an 'illegal' token is an invalid one), a validation code on a 4xx: validation. Rule 2.1: `message` 'Invalid value for webhdfs parameter \"permission\": ...' names only which input is invalid, by the API's name for it, quoted (as `Invalid value \"…\" for parameter \"fullrecordname\"!`): the default (rule 2.4); no field member names it, so no field error. Rule 5: no id. Hesitated on kind and code (other reading: bad-request and no code, an exception's class name being developer text rather than a code).",
  },
  {
    id: 'webhdfs/file-not-found-exception-404',
    expect: {
      kind: 'not-found',
      message: 'File does not exist',
      fields: [],
      logId: null,
      code: 'FileNotFoundException',
    },
    why: "Rule 1: 404: not-found, and the exception agrees. Rule 3: the body's one member `RemoteException` is the error object. Rule 2.1: `message` 'File does not exist: /foo/a.patch' is a sentence saying what was not found, the path after the colon being the file asked for: kept. Rule 5: no id. Rule 6: `exception`, the documented exception name, over the qualified `javaClassName`: 'FileNotFoundException'.",
  },
  {
    id: 'yandex-disk/disk-not-found-error-404',
    expect: { kind: 'not-found', message: 'Resource not found', fields: [], logId: null, code: 'DiskNotFoundError' },
    why: "Rule 1: 404: not-found, and the code agrees. Rule 2.2: a `description` beats the `message` beside it: 'Resource not found.' over the Russian 'Не удалось найти запрошенный ресурс.'; rule 2.1 (and the fifth holdout's row) reads 'Resource not found' as a sentence, only the bare reason phrase restating the status: kept. Rule 5: no id. Rule 6: `error` 'DiskNotFoundError', one token in camel case: the code. Hesitated on message (other reading: the Russian `message`, the localized line for the API's users, as a localized message beats the default one).",
  },
  {
    id: 'alluxio/already-exists-500',
    expect: {
      kind: 'server',
      message: 'The resource you requested already exist',
      fields: [],
      logId: null,
      code: 'ALREADY_EXISTS',
    },
    why: "Rule 1: 500: server; `ALREADY_EXISTS` is a duplicate code, but a code never turns a 5xx into a 4xx kind other than rate-limited. Rule 2.1: `message` 'The resource you requested already exist' is a sentence for the person in a JSON body (rule 2.6 speaks only of plain text on a 5xx): kept. Rule 5: no id. Rule 6: a `statusCode` written as a word is a code: 'ALREADY_EXISTS'.",
  },
  {
    id: 'openstack-swift/not-found-404-html',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404: not-found. Rule 2.5: an HTML error page gives no message (its text goes to `details`): the default (rule 2.4). Rules 5 and 6: no headers, no id, no code.',
  },
  {
    id: 'axiom/query-limit-exceeded-430',
    expect: { kind: 'rate-limited', message: 'query limit exceeded', fields: [], retry: 1, logId: null, code: null },
    why: "Rule 1: 430 is a 4xx HTTP does not name, which says no more than a 400, and no code speaks; but the headers decide with the status, and `X-QueryLimit-Remaining: 0` says the query limit is spent, as a rate-limit remaining of 0 makes a 403 rate-limited, where a bad request is what waiting would not fix: rate-limited. Rule 2.1: `message` 'query limit exceeded' says which limit the person ran into, words with spaces and no reason phrase: kept. Rule 4.2: the kind is rate-limited and `X-QueryLimit-Reset` (a vendor-prefixed reset family) holds 1795348801, which read as epoch seconds lands one second after `now` (the case's `receivedAt`, 2026-11-22T12:00:00Z): 1 s. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: bad-request, the 430 read as a 400 and the table's remaining-0 rule written for a 403 only; then no retry) and on message (other reading: the default, a limit's label that only restates the throttle).",
  },
  {
    id: 'hyperliquid/deserialize-json-body-422-text',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation; no code says the request as a whole is bad. Rule 2.3: the text body 'Failed to deserialize the JSON body into the target type' is a deserializer's report on the request body (a failure to parse or convert something as JSON, any deserializer's report): developer text, the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'gorgias/no-user-matching-sub-claim-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error.msg` (a message member by its shape) begins with the reason phrase '401 Unauthorized: ', dropped; what remains, 'No user found matching the \"sub\" claim of the token.', names a JWT claim, token internals (rule 2.3): developer text, the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on message (other reading: 'No user found matching the \"sub\" claim of the token' kept, a sentence that the signed-in user is unknown).",
  },
  {
    id: 'sailthru/user-not-found-with-email-400-headers',
    expect: { kind: 'bad-request', message: 'User not found with email', fields: [], logId: null, code: '99' },
    why: "Rule 1: a 400 without fields; `error` 99 is a vendor's number no row sorts, and text never decides: a bad request. Rule 2.1: `errormsg` (a message member by its shape) 'User not found with email: brian@bleonard.com' is a sentence for the person: kept. Rule 4: the `Date` header gives `now`; the kind is not rate-limited, so the `X-Rate-Limit-Reset` header sets no time (and 35999 remain): no wait. Rule 5: no body id and no request-id header: no id. Rule 6: `error` holds a number that is no HTTP status, the vendor's code: '99'. Hesitated on kind (other reading: not-found, Sailthru's error 99 being its 'user not found') and on code (other reading: none, a number in `error` outside a code member).",
  },
  {
    id: 'materials-project/legacy-invalid-request-method-403',
    expect: { kind: 'forbidden', message: 'Invalid request method', fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.1: `error` 'Invalid request method.' says what was wrong with the request (its method), the 405's phrase in other words sent with a 403, where it says more than the status: kept. Rule 5: no id (`created_at` is a date). Rule 6: `error` holds words with spaces and `valid_response: false` is a flag: no code. Hesitated on message (other reading: the default, a line that only says the request was invalid, as 'Invalid REST request.' is generic).",
  },
  {
    id: 'materials-project/legacy-apache-500-html',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.5: Apache's HTML error page gives no message (and its stock 'The server encountered an internal error or misconfiguration …' is generic besides): the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'dandi/blob-digest-unsupported-algorithm-400',
    expect: { kind: 'bad-request', message: 'Unsupported Digest Algorithm', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.6 and the thirty-fourth holdout's row: the body is text quoted whole (a JSON string), read as its text; 'Unsupported Digest Algorithm' says what was wrong (the digest's algorithm is not supported), words with spaces, not capitals only: kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a title-cased label rather than a sentence).",
  },
  {
    id: 'dandi/publish-contains-zarrs-400',
    expect: {
      kind: 'bad-request',
      message: 'Cannot publish dandisets which contain zarrs',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.6: text quoted whole, read as its text; 'Cannot publish dandisets which contain zarrs' is a sentence saying why the action was refused: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'dandi/update-published-version-405',
    expect: {
      kind: 'bad-request',
      message: 'Only draft versions can be modified',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 405: a bad request. Rule 2.6: text quoted whole, read as its text; 'Only draft versions can be modified.' is a sentence for the person: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'dandi/create-invalid-identifier-400',
    expect: { kind: 'bad-request', message: 'Invalid Identifier', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.6: text quoted whole, read as its text; 'Invalid Identifier abc123' names what is invalid in a person's word (capitalised, as 'Invalid phone number' stays), not the API's key written as code, with the value after it: kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a line naming only which input is invalid, the API's `identifier`).",
  },
  {
    id: 'qiita/study-not-found-404',
    expect: { kind: 'not-found', message: 'Study not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'Study not found' says what was not found, a sentence, not the bare reason phrase (as 'Resource not found' is one): kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'qiita/not-all-sample-categories-400',
    expect: {
      kind: 'bad-request',
      message: 'Not all sample information categories provided',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields or code (one message, no list): a bad request. Rule 2.1: `message` 'Not all sample information categories provided' says what is missing in the domain's words (sample information categories), not a bare 'Required fields are missing': kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, as 'Not all required fields were present in input JSON' is generic).",
  },
  {
    id: 'springer-nature/authentication-parameters-missing-403-text',
    expect: {
      kind: 'forbidden',
      message: 'Authentication parameters missing',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403: forbidden; text never decides the kind. Rule 2.6: plain text on a 4xx is the message when it is a sentence; 'Authentication parameters missing' names the credential that was missing, and a 401's phrase in other words sent with a 403 says what was refused (rule 2.1): kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'doaj/api-key-required-401',
    expect: {
      kind: 'unauthenticated',
      message: 'An API Key is required to access this',
      fields: [],
      logId: '6885413c-3fc1-11e7-aa44-04015bfb3501',
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error` 'An API Key is required to access this.' names the credential (a credential's name stays), and the '(ref: …)' after it labels the occurrence for support, dropped: kept. Rule 5: no member or header holds an id, and the error's text labels one as a reference ('ref:', as a 'Reference ID: …' after the sentence is a support label): the support id. Rule 6: `status: \"unauthorised\"` is a word that only flags the failure and restates the 401: no code. Hesitated on message (other reading: the default, the 401's 'authentication required' in other words), on logId (other reading: none, 'ref' not among the labels rule 5 names) and on code (other reading: 'unauthorised').",
  },
  {
    id: 'nasa-ads/biblib-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'Not found' is the bare reason phrase: the default (rule 2.4). Rule 5: no id. Rule 6: the reason phrase is words with a space, no code.",
  },
  {
    id: 'companylens/daily-quota-rate-limited-429',
    expect: {
      kind: 'rate-limited',
      message: 'Daily request quota exceeded',
      fields: [],
      logId: 'req_01j8x4k2m9n...',
      code: 'RATE_LIMITED',
    },
    why: "Rule 1: 429: rate-limited, and the code agrees. Rule 2.1: `message` 'Daily request quota exceeded. Resets at 00:00 UTC.' is a sentence for the person: kept. Rule 4: no header and no body hint; the text names a clock time of the reset, not a wait ('try again in …'), and rule 4.4 reads durations: no wait. Rule 5: `correlationId` in the error object: the support id, as sent. Rule 6: `code`: 'RATE_LIMITED'. Hesitated on retry (other reading: 43200, the next 00:00 UTC twelve hours after `now`).",
  },
  {
    id: 'ranex-compliance/external-user-id-required-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.1 and the rule row of 6 December 2026: 'externalUserId is required' names only which input is missing, by the API's name written as code (camel case): the default (rule 2.4); no field member names it, so no field error. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'tutelar/pan-gst-link-failed-200',
    expect: {
      kind: 'unknown',
      message: DEFAULT,
      fields: [],
      logId: '6f081576-1076-4a80-b626-c0411b56a49b',
      code: 'ERROR',
    },
    why: "Rule 1: a 200 whose body names no error status (`code: 200` is a 2xx), `status: \"failed\"` a flag and `error.code` 'ERROR' a code that says only that an error occurred: nothing says what failed, and text never decides: unknown. Rule 2.1: the envelope's 'The request could not be completed due to an error.' and the error's 'Invalid details were provided. Please submit valid details.' say only that something failed or the input was invalid (as 'Provided data is incorrect' and 'Invalid input data' are generic): the default (rule 2.4). Rule 5: `reference_id`, the error's reference beside its message in a body that is the error: the support id. Rule 6: the only code, 'ERROR'. Hesitated on message (other reading: 'Invalid details were provided', the error's own line), on code (other reading: none, a code that names no more than an error) and on logId (other reading: none, a reference rule 5 does not name).",
  },
  {
    id: 'amala-cloud/server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: `message` 'Server error.' is a generic line ('System error', 'Internal … error'): the default (rule 2.4). Rule 5: no id. Rule 6: `code` '500' is the status in digits; `success: false` is a flag: no code.",
  },
  {
    id: 'cynopsis-athena/custom-bearer-token-not-valid-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Custom bearer token is not valid',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `detail` 'Custom bearer token is not valid' names the credential, which says that signing in failed ('access_token is invalid' stays): kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'cynopsis-athena/unexpected-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: `detail` 'Unexpected Error.' is a generic summary ('An unexpected error has occurred.'): the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'themis/cnr-number-length-400',
    expect: {
      kind: 'bad-request',
      message: 'CNR number must be exactly 16 characters',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: field errors are found by structure; the `message` 'cnrNumber: CNR number must be exactly 16 characters' names its field only in its text, outside class-validator's format: no field error. Rule 1: a 400 without fields or code; text never decides: a bad request. Rule 2.1: a field's name leading the sentence says which field and stays; the sentence says the value's rule in a person's words: kept. `moreInfo` 'No additional info found.' says nothing. Rules 5 and 6: no id, no code (`success: false` is a flag). Hesitated on fields and kind (other reading: the field `cnrNumber` from the name before the colon, and validation).",
  },
  {
    id: 'oracle-ecm/case-does-not-exist-400',
    expect: { kind: 'bad-request', message: 'Case does not exist', fields: [], logId: null, code: null },
    why: 'Rule 3: members in capitals are the listed members (`MESSAGE` is `message`, `STATUS` is `status`); `caseId` is the record asked for, no error. Rule 1: a 400 without fields or code (`STATUS: "FAILED"` only flags the failure); text never decides: a bad request. Rule 2.1: \'Case does not exist.\' is a sentence for the person: kept. Rule 5: `caseId` names a record, not the occurrence: no id. Rule 6: no code.',
  },
  {
    id: 'canadian-political-data/invalid-or-expired-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'invalid or expired api key',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error` 'invalid or expired api key' names the credential and what is wrong with it (a credential's name stays, as 'access_token is invalid'): kept. Rule 6: `error` holds words with spaces, not one token: no code. Rule 5: no id.",
  },
  {
    id: 'jolpica-f1/endpoint-does-not-support-final-filter-400',
    expect: {
      kind: 'bad-request',
      message: 'Endpoint does not support final filter',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.1: a reason phrase leading a sentence only restates the status and is dropped: `detail` 'Bad Request: Endpoint does not support final filter.' reads 'Endpoint does not support final filter.', a sentence saying what the endpoint refuses: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'eight-sleep/invalid-grant-400',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'invalid_grant' },
    why: "Rule 1: OAuth's `invalid_grant` is a credential code on a 400: unauthenticated. Rule 2.1: the body holds only codes (`BadRequest`, `invalid_grant`) and the status: no sentence, the default (rule 2.4). Rule 5: no id. Rule 6: `code` 'BadRequest' only restates the 400, a category; OAuth's `error` is the code: 'invalid_grant'.",
  },
  {
    id: 'fatsecret/invalid-ip-address-21-200',
    expect: { kind: 'unknown', message: 'Invalid IP address detected', fields: [], logId: null, code: '21' },
    why: "Rule 1: a 200 whose error `code` 21 is no HTTP status and a vendor's number no row sorts; text never decides: unknown. Rule 2.1: `message` \"Invalid IP address detected:  '182.64.123.132'\" says the caller's address was refused, a sentence, not an input's key: kept. Rule 5: no id. Rule 6: `code` 21: '21'. Hesitated on kind (other reading: forbidden, an address not allowed to call).",
  },
  {
    id: 'tandem-source/check-input-parameters-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.1: `message` 'Check input parameters.' only sends the reader to the input, as 'Please check the errors.' and 'Invalid input parameters' do: generic, the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'fittrackee/provide-valid-auth-token-401',
    expect: { kind: 'unauthenticated', message: 'provide a valid auth token', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 1's prose: JSend's `status: \"error\"` flags the failure, with no `data`. Rule 2.1: `message` 'provide a valid auth token' names the credential the person must give (a credential's name stays): kept. Rule 5: no id. Rule 6: `status` 'error' is a flag: no code. Hesitated on message (other reading: the default, the 401's 'authentication required' in other words).",
  },
  {
    id: 'fittrackee/sport-does-not-exist-404',
    expect: { kind: 'not-found', message: 'sport does not exist', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'sport does not exist' says which record was not found (the sport asked for), not an input named by its key; a sentence: kept. Rule 5: no id. Rule 6: `status` 'not found' is words restating the 404, a flag: no code. Hesitated on message (other reading: the default, a line in small letters starting with a lone word).",
  },
  {
    id: 'hevy/invalid-api-key-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'InvalidApiKey' },
    why: "Rule 1: 401: unauthenticated. Rule 2.5: the body has no tag, so despite `text/html` it is text, not markup. Rule 2.1: 'InvalidApiKey' is one token in camel case, a code, not a sentence: the default (rule 2.4). Rule 5: no id. Rule 6: a code alone in the body's only text, as a code alone in a message's member is the code: 'InvalidApiKey'. Hesitated on code (other reading: none, a code outside any code member).",
  },
] satisfies Reading[];
