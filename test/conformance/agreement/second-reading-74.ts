import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 24 cases (every third case of the seventy-fourth holdout's four parts, CC, CD, CE and CF,
// in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen
// copy of `test/conformance/README.md` (`.tmp/blind74/rules.md`, the rule rows up to the seventy-third holdout's
// included), an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second
// reading (the seventy-third's) as a model of the format, and the cases' ids, sources, URLs and responses (none was
// thrown; OpenSubtitles.com's, OpenSubtitles.org's and Gestdown's cases send a `Date` header, which gives their `now`,
// and every other case counts from 2026-11-22T12:00:00Z; no case gives a wait by this reading), no notes, no
// expectations. They were told not to open the case files or anything else under `test/conformance/`, the kit's
// source, its README or changelog, the git history or the rest of `.tmp/`, nor to run the kit, the conformance script
// or any test, nor to use search tools, nor to list folders. They opened only the files the brief names, by their full
// paths, and wrote this file by its full path without listing its folder; at the start they listed the brief's own
// folder once (`.tmp/blind74/`, names only: it also holds a `prepare.mjs`, which they did not open). They marked 16
// cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.
export default [
  {
    id: 'sysdig/alerts-v2-unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: Spring Boot's default body; `error` 'Unauthorized' is the 401's bare reason phrase: the default (rule 2.4). Rule 3: `path` at the top is the request's URL path, no field. Rule 5: no id, no header. Rule 6: `error` only restates the status (a reason phrase, as Mercado Pago's `bad_request` on a 400 is a category), and `status` 401 is the status: no code. Hesitated on code (other reading: 'Unauthorized', the word in `error`).",
  },
  {
    id: 'logdna/config-view-etoomany-429',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded',
      fields: [],
      logId: null,
      code: 'ETOOMANY',
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `message` 'Rate limit exceeded' is not the 429's bare reason phrase ('Too Many Requests'); only the bare phrase restates the status ('Resource not found' is a sentence), and it says what happened: kept. Rule 4: no header, no body hint, no figure in the text: no retry. Rule 5: no id. Rule 6: `code` 'ETOOMANY'; `status` '429' restates the status. Hesitated on message (other reading: the default, the 429's phrase in other words, as 'Capture Payload too large' is the 413's).",
  },
  {
    id: 'open-telekom-cloud/ecs-key-name-invalid-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: a body of one member holding an object is that object; `badRequest` is an error object named by its kind. Rule 1: a 400 without fields; `code` '400' only restates the status: a bad request. Rule 2.1 and the rule row of 6 December 2026: 'the key_name is invalid' names only which input is invalid, by the API's key written as code (`key_name`, the key pair's parameter, no credential for signing in): the default (rule 2.4). Rule 3: no field member, the input is named only in text: no field. Rule 5: no id. Rule 6: `code` '400' in digits restates the status: no code.",
  },
  {
    id: 'open-telekom-cloud/csbs-resource-in-service-json-text-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'CSBS.6004' },
    why: "Rule 1: a 400 without fields; `error_code` 'CSBS.6004' is, without the API's name before it, a vendor's number no row sorts, and text never decides ('already in service' would read as a conflict): a bad request. Rule 2.3 and the twenty-eighth and forty-eighth holdouts' rows: `error_msg` (a message by its shape) holds a JSON document quoted whole as text (`{\"msg\": …, \"plan_id\": …, \"plan_name\": …}`): developer text, the default (rule 2.4). Rule 5: no id. Rule 6: `error_code` by its shape: 'CSBS.6004'. Hesitated on message (other reading: 'The resource xxx is already in service.', the `msg` inside the quoted JSON).",
  },
  {
    id: 'cloud-ru/iam-identity-provider-duplicate-409',
    expect: {
      kind: 'conflict',
      message: 'Conflict occurred attempting to store identity_provider',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 409: conflict. Rule 3: a body of one member holding an object: the `error` object. Rule 2.1: `title` 'Conflict' is the 409's bare reason phrase; `message` 'Conflict occurred attempting to store identity_provider - Duplicate entry: sso-openid' (Keystone's) says what could not be stored and which entry already exists; no SQL statement or constraint is quoted: kept. Rule 5: no id. Rule 6: `code` 409 restates the status, `error_code` is null: no code. Hesitated on message (other reading: the default, 'Duplicate entry' being the database's report, rule 2.3).",
  },
  {
    id: 'cloudscale/name-may-not-be-blank-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'This field may not be blank']],
      logId: null,
      code: null,
    },
    why: "Rule 3: a map of path to messages (`{ \"email\": \"is invalid\" }`); `name` is no envelope member the rule lists, and Django REST framework's 'This field …' under a member's name is a field of that name (the thirty-fifth holdout's row, even under `message`): the field `name`, 'This field may not be blank.'. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'opensubtitles-com/login-bad-password-401-ratelimit-headers',
    expect: {
      kind: 'unauthenticated',
      message: 'invalid username/password',
      fields: [],
      logId: '54dfff14-4d74-40f4-8837-9acddf4dd781',
      code: null,
    },
    why: "Rule 1: 401: unauthenticated; a code or header never turns a 401 into anything else, and `RateLimit-Remaining: 0` makes a 403 rate-limited, not a 401. Rule 2.1: `message` 'Error, invalid username/password failed:1 remaining:9' says the sign-in name or password was wrong (a credential line stays), with the attempts counted after it: kept. Rule 4: no `Retry-After`; `RateLimit-Reset` counts only when the kind is rate-limited; no body hint, no wait in the text ('remaining:9' counts attempts): no retry. Rule 5: no body id; `X-Request-Id` comes before `CF-RAY`: '54dfff14-4d74-40f4-8837-9acddf4dd781'. Rule 6: `status` 401 restates the status: no code.",
  },
  {
    id: 'opensubtitles-org/login-401-status-in-xmlrpc-200',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3 and the sixty-first holdout's row: XML-RPC is read as JSON would send it: `{ token, status: \"401 Unauthorized\", seconds: 0.003 }`. Rule 1: a body that names an error status beside a 2xx decides the kind (Yii 2's `data.status: 404`): 401, unauthenticated; the model's status stays 200. Rule 2.1: '401 Unauthorized' is the status and its bare reason phrase ('HTTP 404'): the default (rule 2.4). Rule 5: `token` is a session token, no support id. Rule 6: `status` names the status, no code. Hesitated on kind (other reading: unknown, a 2xx whose only error word is a status string no rule reads, as `ocis`'s `statuscode` was once not read).",
  },
  {
    id: 'gestdown/subtitles-unknown-show-404-empty',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: '88c6f0536a16531b-LHR', code: null },
    why: "Rule 1: 404: not-found. Rule 2.4: an empty body, no sentence: the default. Rule 4: the `Date` header gives `now`; no wait. Rule 5: no body; `CF-RAY` is in rule 5's list of request-id headers, and none before it is sent: '88c6f0536a16531b-LHR'. Rule 6: no code.",
  },
  {
    id: 'subdl/translation-quota-exhausted-429',
    expect: {
      kind: 'rate-limited',
      message: 'Monthly translation quota exhausted',
      fields: [],
      logId: null,
      code: 'translation_quota_exhausted',
    },
    why: "Rule 1: 429: rate-limited; `translation_quota_exhausted` is a quota code too. Rule 1's prose: `status: false` flags the failure; there is no `data`. Rule 2.1: `error` is a code by its shape (one token with `_`); `message` 'Monthly translation quota exhausted' is the sentence, the code read for a person (the fifty-ninth holdout's row): kept. Rule 4: 'Monthly' names a window, not a wait; no header, no hint: no retry. Rule 5: no id. Rule 6: `error`: 'translation_quota_exhausted'.",
  },
  {
    id: 'thexem/no-show-with-tvdb-id-200',
    expect: {
      kind: 'unknown',
      message: 'no show with the tvdb_id 274431 found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200 whose body names no error status and no code (`result: \"failure\"` is the call's own flag, as `status: \"KO\"` is); lines on a 2xx say what failed (OCR.space's, the forty-first holdout's row); text never decides: unknown. Rule 2.1: `message` 'no show with the tvdb_id 274431 found' says what was not found and with which id (as ActiveRecord's 'Couldn't find Project with id=…' stays), more than which input is invalid: kept. Rule 3: `data` is an empty list. Rules 5 and 6: no id; `result` is a flag, no code. Hesitated on message (other reading: the default, a line in small letters naming the input by the API's key `tvdb_id`).",
  },
  {
    id: 'nzedb/incorrect-user-credentials-200-xml',
    expect: { kind: 'unknown', message: 'Incorrect user credentials', fields: [], logId: null, code: '100' },
    why: "Rule 3 (MediaWiki's XML): the error element's attributes are its members: `{ code: \"100\", description: \"Incorrect user credentials\" }`. Rule 1: a 200 whose numeric code 100 is no 4xx or 5xx status and no code a row sorts; text never decides: unknown (as a 2xx whose error code is no HTTP status stays unknown). Rule 2.1: `description` 'Incorrect user credentials' says signing in failed, a credential's name stays: kept. Rule 5: no id. Rule 6: `code` attribute, a number: '100'. Hesitated on kind (other reading: unauthenticated, Newznab's 100 documented as its bad-credentials code, a credential code beside a 2xx).",
  },
  {
    id: 'trackarr/torznab-incorrect-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Incorrect user credentials',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `statusMessage` 'Server Error' is a reason phrase (another status's, generic); `message` 'Incorrect user credentials' says signing in failed, a credential's name stays: kept. `data` is an XML document held as text, read as no error object. Rule 3: `url` is the request's URL, no field. Rule 5: no id (the URL carries only a masked key). Rule 6: `statusCode` 401 in digits is the status; no code member. Hesitated on code (other reading: '100', the Torznab error's `code` attribute inside `data`).",
  },
  {
    id: 'paytabs/authentication-failed-check-header-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: 'PMNT0402.676A9614.000668D2',
      code: '1',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1 and the row that reads a bare 'Authentication failed' as the 401's phrase: 'Authentication failed.' is the default on a 401; 'Check authentication header.' after it gives no reason, only asks to check a part of the request, as 'Check input parameters.' (the seventieth holdout's row) says no more: the default (rule 2.4). Rule 5: `trace` holds a token id of this request (`PMNT0402.676A9614.000668D2`), a trace id by its shape, not a stack: 'PMNT0402.676A9614.000668D2'. Rule 6: `code` 1, a vendor's number (not zero): '1'. Hesitated on message (other reading: the line kept, 'Check authentication header.' being the reason after the phrase) and on logId (other reading: none, `trace` being a debug member by rule 7).",
  },
  {
    id: 'payfast/merchant-authorization-failed-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 1's prose: `status: \"failed\"` says it failed, so the error is in `data`; text that is the whole of a `response` is its message (Brightpearl's); `data.message` is `false`. Rule 2.1 and the fifty-fifth holdout's row: 'Merchant authorization failed.' is 'Authorization failed', the 401's phrase in other words, said of the merchant (as Qobuz's 'User authentication is required.' says no more): the default on a 401 (rule 2.4). Rule 5: no id. Rule 6: `code` 401 restates the status; `status` 'failed' is the call's flag: no code. Hesitated on message (other reading: 'Merchant authorization failed.' kept, naming whose credentials were refused).",
  },
  {
    id: 'dpo-pay/error-in-xml-804-200-xml',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: '804' },
    why: "Rule 3: XML read as JSON would send it, the one-element wrapper `API3G` dropped: `{ Result: \"804\", ResultExplanation: \"Error in XML\" }`. Rule 1: a 200 whose code 804 is no HTTP status and no code a row sorts; text never decides: unknown. Rule 2.3: `ResultExplanation` (an explanation holds a sentence) 'Error in XML' says the server could not read the request's XML (a body the server could not parse; 'well-formed XML'), and it is generic besides: the default (rule 2.4). Rule 5: no id. Rule 6: `Result` holds the result's number beside its explanation, a code as `result_code` is: '804'. Hesitated on kind (other reading: bad-request, the request's body being invalid) and on code (other reading: none, `Result` being no code member the rules name).",
  },
  {
    id: 'chargily-pay/unauthenticated-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1 and the first rule change: 'Unauthenticated.' is a lone word (Firebase's `Unauthenticated`): the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'multicaixa-express/internal-error-201-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '201' },
    why: "Rule 1: a 400 without fields; `code` '201' is a vendor's number no row sorts (no 4xx status named in the body), and text never decides, though it says 'internal error': a bad request. Rule 2.1: 'internal error' is generic ('Internal … error', 'System error'): the default (rule 2.4). Rule 5: no id. Rule 6: `code`: '201'. Hesitated on code (other reading: none, '201' read as an HTTP status in digits).",
  },
  {
    id: 'go-feature-flag/ofrep-targeting-key-missing-percentage-flag-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'TARGETING_KEY_MISSING',
    },
    why: "Rule 1: `errorCode` 'TARGETING_KEY_MISSING' says an input (the evaluation context's targeting key) is missing, a missing input's code (`parameter_missing`, the twenty-eighth holdout's row), which outranks a 400: validation. Rule 2.1: `errorDetails` (a message by its shape, as `errorDetail`) 'Error while evaluating the flag: flag-only-for-admin' says only that evaluating failed, and which flag after the colon: a line made only of words that say something failed is generic: the default (rule 2.4). Rule 3: `key` at the top is the flag's key, no field, and no field member names the targeting key: no field. Rule 5: no id. Rule 6: `errorCode`: 'TARGETING_KEY_MISSING'. Hesitated on kind (other readings: unauthenticated, a key another word names missing, as `key-missing` is; or bad-request) and on message (other reading: the line kept, naming the flag whose evaluation failed).",
  },
  {
    id: 'errbit/notice-unknown-api-key-text-422',
    expect: { kind: 'validation', message: 'Your API key is unknown', fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation; no code, and text never decides, though it speaks of a credential. Rule 2.6: a sentence sent as text on a 4xx is the message; 'Your API key is unknown' names the credential and says what is wrong with it, a credential's name stays: kept. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: unauthenticated, an unknown API key being a refused sign-in, as a sign-in 'incorrect' is one on a 422).",
  },
  {
    id: 'incident-io/severity-required-validation-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['severity_id', 'A severity is required to open an incident']],
      logId: '631766c4-4afd-4803-997c-cd700928fa4b',
      code: 'is_required',
    },
    why: "Rule 3: `errors` is a list of items with a `message` and a `source` object naming its field (`source.field`, as JSON:API's `source` object holds one): the field `severity_id`, 'A severity is required to open an incident'. Rule 1: 422, and `validation_error`: validation. Rule 2.4: only field messages: the default. Rule 5: the body's own `request_id`: '631766c4-4afd-4803-997c-cd700928fa4b'. Rule 6: a code that only says 'validation' (`type: validation_error`) is a category beside the lone item's code: 'is_required'.",
  },
  {
    id: 'configcat-proxy/ofrep-flag-not-found-404',
    expect: {
      kind: 'not-found',
      message: "feature flag or setting with key 'non-existing' not found",
      fields: [],
      logId: null,
      code: 'FLAG_NOT_FOUND',
    },
    why: "Rule 1: 404: not-found; `FLAG_NOT_FOUND` says the same. Rule 2.1: `errorDetails` (a message by its shape) \"feature flag or setting with key 'non-existing' not found\" says what was not found, in words ('feature flag or setting'), with the key given: kept. Rule 3: `key` at the top is the flag's key, no field. Rule 5: no id. Rule 6: `errorCode`: 'FLAG_NOT_FOUND'.",
  },
  {
    id: 'configcat-proxy/ofrep-invalid-sdk-identifier-general-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'GENERAL' },
    why: "Rule 1: a 400 without fields; `errorCode` 'GENERAL' (OFREP's general error) names no kind: a bad request. Rule 2.1 and the rule row of 6 December 2026: \"invalid SDK identifier: 'non-existing'\" starts in small letters and names only which input is invalid, the proxy's SDK identifier in the request's path (a name the person never typed, no credential for signing in), with its value: the default (rule 2.4). Rule 3: `key: \"flag\"` at the top is the flag's key, no field. Rule 5: no id. Rule 6: `errorCode`, the only code: 'GENERAL'. Hesitated on message (other reading: the line kept, 'SDK identifier' being words, or a credential's name, as 'Invalid app_key is provided.' stays) and on code (other reading: none, a code that says only that an error occurred, as `Base.1.0.GeneralError` is a category).",
  },
  {
    id: 'configcat-proxy/api-invalid-sdk-identifier-text-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.6: plain text on a 4xx, read as a sentence would be; rule 2.1 and the rule row of 6 December 2026: \"invalid SDK identifier: 'non-existing'\" names only which input is invalid (the SDK identifier in the path, a name the person never typed), with its value: the default (rule 2.4), as in the proxy's OFREP answer. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the line kept, 'SDK identifier' being words, or a credential's name).",
  },
] satisfies Reading[];
