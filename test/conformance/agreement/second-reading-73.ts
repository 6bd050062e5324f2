import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 26 cases (every third case of the seventy-third holdout's five parts, BX, BY, BZ, CA and
// CB, in file order, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a
// frozen copy of `test/conformance/README.md` (`.tmp/blind73/rules.md`, the rule rows up to the seventy-second
// holdout's included), an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished
// second reading (the seventy-second's) as a model of the format, and the cases' ids, sources, URLs and responses (none
// was thrown; Azure Table Storage's, Azure Remote Rendering's and Azure Device Update's cases send a `Date` header,
// which gives their `now`, and every other case counts from 2026-11-22T12:00:00Z; no case gives a wait by this
// reading), no notes, no expectations. They were told not to open the case files or anything else under
// `test/conformance/`, the kit's source, its README or changelog, the live rules file, the git history or the rest of
// `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search tools, nor to list folders. They
// opened only the files the brief names, by their full paths, and wrote this file by its full path without listing its
// folder. They marked 17 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.
export default [
  {
    id: 'metrc/tag-not-available-row-400',
    expect: {
      kind: 'bad-request',
      message: 'Tag ABCDEF012345670000012358 is not available',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: a body that is a JSON array of error objects is read like an `errors` list; its one item has `row: 0`, a path member holding a number alone (a record's position, the thirty-seventh holdout's row), so it names no field: a form-level item. Rule 1: a 400 without fields or code: a bad request. Rule 2.2: a lone form-level sentence speaks; 'Tag ABCDEF012345670000012358 is not available.' says which tag (a value the person knows) and what is wrong with it, no input named by its key: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'ageonce/invalid-request-missing-client-id-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'invalid_request' },
    why: "Rule 1: OAuth `invalid_request` on a 400: a bad request. Rule 2.1 and the rule row of 6 December 2026: `error_description` 'Missing required parameter: client_id' is PDF-Sign's 'Missing required parameter: templateId' with another key, a line naming only which parameter is missing by the API's name: the default (rule 2.4). Rule 3: no field member, the parameter is named only in text: no field. Rule 5: no id. Rule 6: OAuth's `error`: 'invalid_request'.",
  },
  {
    id: 'ageonce/unauthorized-client-redirect-uri-403',
    expect: {
      kind: 'forbidden',
      message: 'Redirect URI does not match',
      fields: [],
      logId: null,
      code: 'unauthorized_client',
    },
    why: "Rule 1: 403: forbidden; OAuth's `unauthorized_client` (the client, authenticated, may not use this grant or redirect) is none of the credential codes the table lists, and an `Unauthorized` code without a 401 refuses someone known: forbidden stands. Rule 2.2: OAuth `error_description` beats `error`; 'Redirect URI does not match' names the thing in words and says what is wrong with it (it does not match the registered one), no key written as code: kept. Rule 5: no id. Rule 6: OAuth's `error`: 'unauthorized_client'. Hesitated on kind (other reading: unauthenticated, the OAuth client's credentials refused) and on message (other reading: the default, a line naming only an OAuth parameter, for the developer).",
  },
  {
    id: 'openage/invalid-input-verification-not-found-400',
    expect: {
      kind: 'validation',
      message: 'The age verification could not be found',
      fields: [],
      logId: null,
      code: 'INVALID_INPUT',
    },
    why: "Rule 1: `error` 'INVALID_INPUT' is a code (one token in capitals with `_`) that says an input's value is invalid, as `invalid_argument` does: a validation code on a 4xx; its sentence says 'could not be found', but text never decides the kind, and `INVALID_INPUT` is no not-found code: validation. Rule 2.1: `errorMessage` (a message by its shape) 'The age verification could not be found.' says what was not found: kept. Rule 3: no field member: no field. Rule 5: no id. Rule 6: `error`: 'INVALID_INPUT'. Hesitated on kind (other reading: bad-request, `INVALID_INPUT` naming no particular input, as the generic 'Invalid input' names none).",
  },
  {
    id: 'openage/rate-limit-no-body-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 429: rate-limited. Rule 2.4: no body, no sentence: the default. Rule 4: no header, no hint: no retry. Rules 5 and 6: no id, no code.',
  },
  {
    id: 'cgdocs-gateway/exclusions-internal-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: `result` (a message member, as Etherscan's) 'internal server error' is the 500's bare reason phrase in small letters: the default (rule 2.4). Rule 5: no id. Rule 6: words with spaces, no code's shape, and only the status restated: no code.",
  },
  {
    id: 'cannmenus/invalid-or-expired-token-404',
    expect: { kind: 'not-found', message: 'Invalid or expired token', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found; no code, and a code would not turn a 404 into anything but not-found anyway (text never decides). Rule 2.1: `detail` 'Invalid or expired token' names the credential and says it is invalid or expired; a credential's name stays ('access_token is invalid'), and no token internals are spelled out: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'cannmenus/invalid-token-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `detail` 'Not Found' is the bare reason phrase: the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'verified-inc/firewall-api-key-client-side-418',
    expect: {
      kind: 'bad-request',
      message: 'blocked by our firewall because your API key is being used client side',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 418 with no code: a 4xx no row lists, which signing in, waiting or changing a field would not fix: a bad request (text never decides, though it says a firewall refused). Rule 2.2: of `error` 'Request blocked by firewall' (a headline of the kind of refusal) and `message` 'Your request was blocked by our firewall because your API key is being used client side. …', the message says why this request was blocked and what to do: the most specific sentence, kept. Rule 5: no id. Rule 6: `error` is words with spaces, no code's shape: no code. Hesitated on kind (other reading: forbidden, a firewall refusing a known key) and on message (other reading: 'Request blocked by firewall', `error` as the occurrence's text).",
  },
  {
    id: 'autodesk-data-management/bim360dm-error-hubs-us-emea-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: 'BIM360DM_ERROR' },
    why: "Rule 1: 403: forbidden; `BIM360DM_ERROR` says only that the BIM 360 backend failed and outranks nothing. Rule 3: two JSON:API items, neither with a `source`: form-level. Rule 2.2: `detail` beats `title`; both items' `detail` is 'You don't have permission to access this API', said twice and read once; it is the 403's phrase in other words, naming nothing refused but 'this API' (as 'Access to the requested resource is forbidden.' and 'Access forbidden' are generic): the default (rule 2.4). Rule 5: no id. Rule 6: errors that all carry one code give it (the fifty-first holdout's row): 'BIM360DM_ERROR'; the items' `status` '403' restates the status. Hesitated on message (other readings: 'You don't have permission to access this API' kept as a sentence; or the titles 'Unable to get hubs from BIM360DM US.', which say this occurrence's failure).",
  },
  {
    id: 'mediamtx/config-patch-unknown-field-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.3: `error` 'json: unknown field \"test\"' is Go's JSON decoder's report (Go's `json:` report; Go's JSON decoder errors are developer text): the default (rule 2.4). Rule 3: the field is named only inside the decoder's text: no field error. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'netease-cloud-music/operation-too-frequent-405',
    expect: { kind: 'bad-request', message: '操作频繁', fields: [], logId: null, code: null },
    why: "Rule 1: 405: a bad request; `code` 405 only restates the status, and text never decides the kind, though the sentence speaks of a rate limit. Rule 2.1: `msg` and `message` both say '操作频繁，请稍候再试' ('operation too frequent, please try again later'), said twice and read once; Chinese without spaces is a sentence, and it says what went wrong, not a plea alone: kept. Rule 4: 'try again later' gives no figure: no retry. Rule 5: no id. Rule 6: `code` 405 restates the status: no code. Hesitated on kind (other reading: rate-limited, the body's sentence being a throttle's).",
  },
  {
    id: 'netease-cloud-music/network-crowded-460-400',
    expect: { kind: 'bad-request', message: '网络太拥挤', fields: [], logId: null, code: '-460' },
    why: "Rule 1: a 400 without fields; `code` -460 is a vendor's number no row sorts, and text never decides: a bad request. Rule 2.1: `msg` and `message` both say '网络太拥挤，请稍候再试！' ('the network is too crowded, please try again later!'), read once; a Chinese sentence saying what went wrong: kept. Rule 4: no figure: no retry. Rule 5: no id. Rule 6: `code`, a number: '-460'. Hesitated on kind (other reading: rate-limited or unavailable, NetEase's -460 being its anti-crawler refusal, which the sentence words as congestion).",
  },
  {
    id: 'netease-cloud-music/login-required-301',
    expect: { kind: 'unknown', message: '需要登录', fields: [], logId: null, code: null },
    why: "Rule 1: a 3xx whose body names no error status (`code` 301 is the response's own 3xx status) and no code a row sorts; text never decides: unknown. Rule 2.1: `msg` '需要登录' ('login required') is a Chinese sentence; the 401's phrase in other words restates only a 401, and on any other status it says what was refused: kept. Rule 5: no id. Rule 6: `code` 301 equals the status, restating it: no code. Hesitated on kind (other reading: unauthenticated, NetEase's `code` 301 being its own 'needs login' code and not a redirect) and on code (other reading: '301', the vendor's number).",
  },
  {
    id: 'acoustid/invalid-api-key-400',
    expect: { kind: 'bad-request', message: 'invalid API key', fields: [], logId: null, code: '4' },
    why: "Rule 1: a 400 without fields; `error.code` 4 is a vendor's number no row sorts, and text never decides: a bad request. Rule 1's prose: `status: \"error\"` flags the failure; the error object sits under `error`. Rule 2.1: `error.message` 'invalid API key' names the credential and says it is invalid; a credential's name stays ('Invalid app_key is provided.'), and the small first letter matters only for lines naming an input: kept. Rule 5: no id. Rule 6: `error.code`, a number: '4'; `status` 'error' is the call's own flag. Hesitated on kind (other reading: unauthenticated, AcoustID's code 4 documented as the invalid API key, a credential code).",
  },
  {
    id: 'acoustid/request-too-large-413',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '19' },
    why: "Rule 1: 413 without `Retry-After`: a bad request. Rule 2.1: `error.message` 'request too large' is the 413's reason phrase ('Request Entity Too Large', 'Content Too Large') in other words, naming no limit nor what to send (as 'Capture Payload too large', the 413's phrase behind a word, is generic): the default (rule 2.4). Rule 5: no id. Rule 6: `error.code`, a number: '19'; `status` 'error' is a flag. Hesitated on message (other reading: 'request too large' kept, as only the bare reason phrase restates the status).",
  },
  {
    id: 'ovenmediaengine/virtual-host-read-only-403',
    expect: {
      kind: 'forbidden',
      message: 'Virtual host is read-only',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403: forbidden. Rule 2.1: `message` '[HTTP] Virtual host is read-only: [default] (403)': the area label before it ('[HTTP] ', as a server's status label '[ERROR 400] ' says no more) and the status after it say no more; 'Virtual host is read-only: [default]' says what was refused and which host: kept. Rule 5: no id. Rule 6: `statusCode` 403 in digits is a status: no code. Hesitated on message (other reading: the default, a line in a log line's form, `[…]` before it, developer text by rule 2.3).",
  },
  {
    id: 'jiosaavn-api/artist-invalid-json-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 1's prose: `success: false` flags the failure; no `data`, so the sentence is the body's `message`. Rule 2.3: 'Unexpected token 'A', \"Arijit Sin\"... is not valid JSON' is JavaScript's JSON parser's report (parser internals): developer text, the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'yandex-music/download-info-not-allowed-403',
    expect: {
      kind: 'forbidden',
      message: DEFAULT,
      fields: [],
      logId: '1701597469216358-12197956012363619149',
      code: 'not-allowed',
    },
    why: "Rule 1: 403: forbidden; `not-allowed` refuses, as access not allowed does. Rule 2.4: `error.message` is empty, and `name` 'not-allowed' is a code's shape, no sentence: the default. Rule 5: `invocationInfo.req-id` is the request's id by its shape (a request id under a kebab-case name), a body's own id over headers (none sent): '1701597469216358-12197956012363619149'. Rule 6: the error's one machine word is `name` 'not-allowed' (kebab-case, no class, no resource), there being no `code` member. Hesitated on code (other reading: none, `name` being only a category) and on logId (other reading: none, `invocationInfo` describing the call, not the error).",
  },
  {
    id: 'open-dental/thumbnails-no-documents-404-text',
    expect: {
      kind: 'not-found',
      message: 'No documents exist for this patient',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.6 and the thirty-fourth holdout's row: a text body quoted whole was encoded twice; 'No documents exist for this patient' is a sentence on a 4xx saying what was not found: kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'open-dental/providers-datetstamp-format-400-text',
    expect: {
      kind: 'bad-request',
      message: 'DateTStamp format must be yyyy-MM-dd HH:mm:ss',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields or code (the input is named only in text, and text never decides): a bad request. Rule 2.6 and the thirty-fourth holdout's row: a text body quoted whole, read once. Rule 2.1: 'DateTStamp format must be yyyy-MM-dd HH:mm:ss' names the input by the API's key, but says what its value must be (the format), more than that it is missing or invalid: kept. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a line naming an input by the API's key written as code, as the rule row of 6 December 2026 reads them, NutrientAPI's edge).",
  },
  {
    id: 'openemr/admin-user-lname-too-short-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['lname', 'Last Name must be 2 characters or longer']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `validationErrors` is a member that holds errors by name at the top: a container whose keys are the fields; `lname` holds its messages keyed by the rule it broke (`LengthBetween::TOO_SHORT`), which are its own field's, as Paymill's and Laminas' are (the sixty-first holdout's row): the field `lname`, 'Last Name must be 2 characters or longer'. `internalErrors` and `data` are empty. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only field messages: the default. Rule 5: no id. Rule 6: the rule's key is a message key, no code member: no code. Hesitated on code (other reading: 'LengthBetween::TOO_SHORT', the item's code) and on fields (other reading: the path `lname.LengthBetween::TOO_SHORT`, a nested map).",
  },
  {
    id: 'openemr/admin-user-password-too-short-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['password', 'Password must be 9 characters or longer']],
      logId: null,
      code: null,
    },
    why: "Rule 3: `validationErrors` is a container whose keys are the fields; `password` holds its message keyed by the rule it broke (the sixty-first holdout's row): the field `password`, 'Password must be 9 characters or longer'. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only field messages: the default. Rule 5: no id. Rule 6: no code member. Hesitated on code (other reading: 'LengthBetween::TOO_SHORT').",
  },
  {
    id: 'azure-table-storage/update-condition-not-satisfied-412',
    expect: {
      kind: 'conflict',
      message: 'The update condition specified in the request was not satisfied',
      fields: [],
      logId: '75a49a95-6002-007c-5a3b-1f7c1e000000',
      code: 'UpdateConditionNotSatisfied',
    },
    why: "Rule 1: 412, a precondition on the current state: conflict; `UpdateConditionNotSatisfied` says the same. Rule 3: `odata.error`, a body of one member holding an object, is that object. Rule 2.1 and the twenty-ninth holdout's row (OData v3's `message: { lang, value }`): 'The update condition specified in the request was not satisfied.', with the 'RequestId:…' and 'Time:…' lines after it dropped as labels of the occurrence; it says which condition failed (the update's), Azure's own words rather than the 412's definition: kept. Rule 4: the `Date` header gives `now`; no wait. Rule 5: no body id member; `x-ms-request-id` comes before `x-ms-client-request-id` in rule 5's headers: '75a49a95-6002-007c-5a3b-1f7c1e000000' (the id the text labels too). Rule 6: `code`: 'UpdateConditionNotSatisfied'. Hesitated on message (other reading: the default, the 412's definition in other words).",
  },
  {
    id: 'azure-remote-rendering/negative-max-lease-time-400',
    expect: {
      kind: 'bad-request',
      message: 'The maxLeaseTimeMinutes value cannot be negative',
      fields: [],
      logId: null,
      code: 'BadRequest',
    },
    why: "Rule 1: a 400 without fields; `BadRequest` only restates the status: a bad request. Rule 3: `target` is null, `details` and `innerError` null: no field error (the input is named only in text). Rule 2.1: 'The maxLeaseTimeMinutes value cannot be negative.' names the input by the API's key written as code, but says what its value must not be (a rule about the value), more than that it is invalid: kept. Rule 4: the `Date` header gives `now`; no wait. Rule 5: no body id; `MS-CV` is a correlation vector not named like a request id: no id. Rule 6: `error.code` 'BadRequest', the only code, as Azure documents it. Hesitated on message (other reading: the default, an input named only by its key written as code) and on code (other reading: none, a code that only restates the status).",
  },
  {
    id: 'azure-device-update/update-version-not-found-problem-404',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [],
      logId: '00-c39277f611a78340ab4fcfbc1d775d82-6f1c33c902cc334a-00',
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: the problem's `title` 'Not Found' is the bare reason phrase, and there is no `detail`: the default (rule 2.4). Rule 4: the `Date` header gives `now`; no wait. Rule 5: the body's own `traceId` wins over headers (`mise-correlation-id`, `traceparent`): '00-c39277f611a78340ab4fcfbc1d775d82-6f1c33c902cc334a-00' as sent. Rule 6: the problem `type` links the HTTP specification's own section for the 404 (the sixty-seventh holdout's row), no code; `status` 404 restates the status: no code. Hesitated on logId (other reading: 'c39277f611a78340ab4fcfbc1d775d82', the trace id inside the W3C form, as a `traceParent` gives its trace id).",
  },
] satisfies Reading[];
