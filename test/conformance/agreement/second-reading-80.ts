import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 22 cases (every third case of the eightieth holdout's five parts, CZ to DD, in file
// order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind80/rules.md`, as it stood when these cases were first run, its rule rows
// read as amending the rules above them), an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading`
// interface and one finished second reading (the seventy-ninth's) as a model of the format, and the cases' ids,
// sources, URLs and responses (none was thrown; only Singpass's sends a `Date` header, which gives its `now`; the
// others count from 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to open the
// case files or anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any
// test, nor to use search tools, nor to list folders. They opened only the files the brief names, by their full paths
// (the rules read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by its
// full path; they listed no folder. They marked 14 cases "hesitated" and named the other reading. Written once and not
// changed after the comparison.
export default [
  {
    id: 'uniswap-routing/token-in-address-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'VALIDATION_ERROR',
    },
    why: "Rule 1: `errorCode` 'VALIDATION_ERROR' is a validation code (`validation_error`, read without case or separators), which outranks 400: validation (validation needs no field). Rule 2.1 and the rule row of 6 December 2026: `detail` '\"tokenInAddress\" is required' names only which input is missing, by its key quoted and written as code (`\"name\" is required`): the default (rule 2.4). Rule 3: the error object names no field member (`param`, `field`, …) and fields are found by structure, so the quoted name in text gives none (only class-validator's format is named as one that puts the path in its messages). Rule 6: `errorCode`, a code member by its shape and the only code (a code that only says validation gives way only beside a lone item's code, and there is none). Rule 5: no id.",
  },
  {
    id: 'uniswap-routing/token-out-symbol-not-found-400',
    expect: {
      kind: 'validation',
      message: 'Could not find token with address',
      fields: [],
      logId: null,
      code: 'TOKEN_OUT_INVALID',
    },
    why: "Rule 1: `TOKEN_OUT_INVALID` says an input's value (the output token) is invalid, in the other word order (Klarna's `COUNTY_CODE_INVALID`): a validation code, which outranks 400 (it is no not-found code, and text never decides). Rule 2.1: `detail` 'Could not find token with address \"NONEXISTANTTOKEN\"' says what was not found for the value sent, a person's sentence (as ActiveRecord's \"Couldn't find Project with id=…\" stays), more than naming the input: kept. Rule 3: no field member: no field. Rule 6: `errorCode`. Rule 5: no id.",
  },
  {
    id: 'uniswap-unified-routing/quote-error-no-quotes-404',
    expect: { kind: 'not-found', message: 'No quotes available', fields: [], logId: null, code: 'QUOTE_ERROR' },
    why: "Rule 1: 404: not-found (a code never turns a 404 into anything else). Rule 2.1: `detail` 'No quotes available' is not the bare reason phrase; it says what the person asked for does not exist: kept. Rule 6: `errorCode` 'QUOTE_ERROR', the only code (a code that says only that an error occurred is a category beside a lone item's code, and there is none). Rule 5: no id.",
  },
  {
    id: 'blockscout/transaction-logs-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'Not found' is the bare reason phrase (read without case): the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'blockscout/send-otp-account-already-has-email-500',
    expect: {
      kind: 'server',
      message: 'This account already has an email',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 500: server; no code, and text never decides (an 'already has' in text makes no conflict). Rule 2.1: 'This account already has an email' is a person's sentence about their account, sent as JSON (rule 2.6 reaches only plain text on a 5xx), with no developer text in it (rule 2.3): kept. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'paraswap/estimated-loss-greater-than-max-impact-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'ESTIMATED_LOSS_GREATER_THAN_MAX_IMPACT',
    },
    why: "Rule 1: a 400 without fields whose code `ESTIMATED_LOSS_GREATER_THAN_MAX_IMPACT` is none the table sorts (no input named invalid or missing, no length rule, no duplicate, credential, permission, quota or not-found): a bad request. Rule 2.1: `error` holds only a code (one token in capitals with `_`) and `value` '99.99%' is a figure: no sentence, the default (rule 2.4). Rule 3: `value` is no message and `priceRoute` an object of data without messages: no field. Rule 6: the code alone in `error` (OAuth's `error` shape). Rule 5: no id. Hesitated on kind (other reading: validation, a code that says a value the caller set, the maximum price impact, is broken).",
  },
  {
    id: 'lifi/no-available-quotes-1002-404',
    expect: {
      kind: 'not-found',
      message: 'No available quotes for the requested transfer',
      fields: [],
      logId: null,
      code: '1002',
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'No available quotes for the requested transfer' is a person's sentence saying what was not found: kept. Rule 3: `errors.filteredOut` is a list named for what failed (The Trade Desk's `FailedLines`), its items naming a route (`overallPath`), no field: form-level, no field-bound error. Rule 2.2: the item's `reason` explains one route filtered out, not the occurrence as a whole, so the envelope's sentence speaks. Rule 6: the numeric `code` 1002 is the vendor's, not a status: '1002'. Rule 5: no id. Hesitated on message (other reading: the lone item's 'Bridge hop does not support destination call …', a lone form-level sentence in the error's list beating the envelope's `message`) and on fields (other reading: a field `filteredOut`, as a map under `errors` keys fields).",
  },
  {
    id: 'solidtime/inactive-user-can-not-be-used-400',
    expect: {
      kind: 'bad-request',
      message: 'Inactive user can not be used',
      fields: [],
      logId: null,
      code: 'inactive_user_can_not_be_used',
    },
    why: "Rule 1: a 400 without fields; `inactive_user_can_not_be_used` names no input's value as invalid or missing and is none of the table's families: a bad request. Rule 2.1: `message` 'Inactive user can not be used' is a person's sentence: kept. Rule 3: a `key` that is a message key names what is wrong, not where (Cronofy's): no field. Rule 6: the `key` holds the vendor's code for programs (`error: true` is only a flag, no code). Rule 5: no id. Hesitated on code (other reading: none, `key` being no code member the rules name) and on kind (other reading: conflict, a resource in the wrong state, as `invalid-job-state`).",
  },
  {
    id: 'solidtime/unauthenticated-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: 'Unauthenticated.' is a lone word (the listed `Unauthenticated`): the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'wetterdienst/values-no-station-selection-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'missing_one_of',
    },
    why: "Rule 1: 422: validation. Rule 3: the lone item's `loc` is `[\"query\"]`, a part of the request only, removed as FastAPI's leading `query`: no field, the item is form-level. Rule 2.1: its `msg` 'Exactly one of all, station, name, (latitude and longitude), (left, bottom, right and top) or sql is required' names only which inputs are missing, by their keys in small letters (\"You need to pass either querystring parameters name or id\", \"Either template_id or form_id should be added to query.\"): the default (rule 2.4). Rule 6: the lone form-level item's `type` 'missing_one_of' is its code, the response's. Rule 5: no id. Hesitated on code (other reading: none, pydantic's `type` read as a category).",
  },
  {
    id: 'wetterdienst/stripes-name-threshold-above-one-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name_threshold', 'less than or equal to 1']],
      logId: null,
      code: 'less_than_equal',
    },
    why: "Rule 1: 422: validation. Rule 3: a FastAPI item, `loc: [\"query\", \"name_threshold\"]` with the leading `query` removed: `name_threshold`, 'Input should be less than or equal to 1'. Rule 2.4: only field messages: the default. Rule 6: the lone item's `type` 'less_than_equal' is the item-level code. Rule 5: no id. Hesitated on code (other reading: none, pydantic's `type` read as a category).",
  },
  {
    id: 'solar-forecast-arbiter/site-invalid-timezone-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['timezone', 'Invalid timezone']],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 that carries field errors: validation. Rule 3: `errors` is a container whose keys are fields, its values lists of strings: `timezone`, 'Invalid timezone.'. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'solar-forecast-arbiter/values-upload-multiple-files-400',
    expect: {
      kind: 'bad-request',
      message: 'Multiple files found. Please upload one file at a time',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 3: a list under `error` is a list of errors, never a field called `error`: the line is form-level. Rule 1: a 400 without field errors and with one message, which is no list: a bad request. Rule 2.2: a lone form-level sentence in the error's list: 'Multiple files found. Please upload one file at a time.' is the person's: kept. Rules 5 and 6: no id, no code. Hesitated on fields and kind (other reading: a field `error`, as every other key of this `errors` map is a field, and so validation with the default message).",
  },
  {
    id: 'eoxserver/wcs20-describecoverage-missing-coverageid-400-xml',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['coverageid', "Missing 'coverageid' parameter"]],
      logId: null,
      code: 'MissingParameterValue',
    },
    why: "Rule 3: XML read as JSON would send it: `ows:ExceptionReport` holds one `ows:Exception` item, its attributes members (the namespace prefix dropped). Rule 1: `exceptionCode` 'MissingParameterValue' says an input's value is missing (`parameter_missing`, `MissingArgument`): a validation code, which outranks 400. Rule 2.1: `ExceptionText` 'Missing 'coverageid' parameter.' names only which input is missing, quoted and called a parameter (Agify's \"Missing 'name' parameter\"): the default (rule 2.4). Rule 3: the item's `locator` names the parameter it is about (OWS's locator of a missing parameter is its name, a `location` that names a field): `coverageid` gets the line, as an error object's own field member still does. Rule 6: `exceptionCode` is a code by its name. Rule 5: no id. Hesitated on fields (other reading: no field, `locator` being in no list of rule 3, as an earlier first reader of OGC's `locator` stated none).",
  },
  {
    id: 'singpass/ciba-server-side-error-500-headers',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: '67ae9e75bce5bd9bef0c2a4128d71c7f',
      code: 'SERVER_SIDE_ERROR',
    },
    why: "Rule 1: 500: server (`SERVER_SIDE_ERROR` on a 5xx says no more than the status). Rule 2.2: `error_description` beats `error`, and 'An unexpected error occurred.' is a generic summary (\"An unexpected problem has occurred.\", \"An unexpected error has occurred.\"): the default (rule 2.4). Rule 5: `trace_id` is a body's own `traceId`, which wins over headers (none sent): '67ae9e75bce5bd9bef0c2a4128d71c7f'. Rule 6: OAuth's `error`. Rule 4: no wait (`now` is the `Date` header's). Hesitated on logId (other reading: the error's own `id`, a UUID, as the error's `uuid` or JSON:API's lone error `id` is).",
  },
  {
    id: 'mobile-id/relying-party-uuid-must-not-be-null-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: '4a295f2786d6dc89', code: null },
    why: "Rule 1: a 400 without fields and without a code (`error` holds words, not a code); text never decides: a bad request. Rule 2.1 and the sixty-fourth holdout's row: 'relyingPartyUUID must not be null' names only an input, by its key written as code (camel case), that must not be empty (\"may not be empty\", \"cannot be blank\"): the default (rule 2.4). Rule 3: `error` holds text, not a map: no field. Rule 5: `traceId`. Rule 6: no code (`time` is a timestamp). Hesitated on message (other reading: kept, the relying party's UUID read as a credential's name, which says signing in failed).",
  },
  {
    id: 'fut-ehealth-dk/invalid-grant-invalid-refresh-token-400',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid refresh token',
      fields: [],
      logId: null,
      code: 'invalid_grant',
    },
    why: "Rule 1: OAuth's `invalid_grant` on a 400 is a credential code: unauthenticated. Rule 2.2: `error_description` beats `error`; rule 2.1: 'Invalid refresh token' names a credential, which says that signing in failed ('Invalid token'): kept. Rule 6: OAuth's `error`. Rule 5: no id.",
  },
  {
    id: 'fut-ehealth-dk/invalid-context-not-member-of-care-team-400',
    expect: {
      kind: 'bad-request',
      message: 'Not a member of Care team',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields; `error` 'Invalid context' is two words with a space, no code's shape (one token with `_`, `.`, camel case or capitals), and text never decides (a care team's membership in text makes no 403): a bad request. Rule 2.2: `error_description` 'Not a member of Care team' beats `error` and says what was refused: kept. Rules 5 and 6: no id, no code. Hesitated on code (other reading: 'Invalid context' as OAuth's `error`, whatever its shape) and so on kind (other reading: validation, an `invalid…` code that names an input, the requested context).",
  },
  {
    id: 'braincloud/app-disabled-custom-reason-40330-403',
    expect: { kind: 'forbidden', message: 'App is disabled', fields: [], logId: null, code: '40330' },
    why: "Rule 1: 403: forbidden (no code the table sorts; `status: 403` is the status). Rule 2.1: `status_message` is a message by its shape; 'Processing exception (bundle): ' labels the occurrence for the developer, and 'App is disabled.' is the sentence that says what happened: kept; `disabledReason.message` 'Apologies - we will be right back!' is an apology and a promise that say nothing particular (\"Something's wrong. We're looking into it.\"). Rule 6: `reason_code` 40330, the vendor's number, not a status: '40330' (`severity` is a level). Rule 5: no id. Hesitated on message (other reading: 'Apologies - we will be right back!', the custom reason the app's owner wrote for its players).",
  },
  {
    id: 'elixir-games/invalid-api-key-1001-400',
    expect: { kind: 'bad-request', message: 'Invalid API Key', fields: [], logId: null, code: '1001' },
    why: "Rule 1: `success: false` holds the error in `error`; a 400 without fields whose only codes are numbers (1001, and the envelope's -1), which name no kind; text never decides: a bad request. Rule 2.1: 'Invalid API Key' names a credential, which says that signing in failed ('Invalid app_key is provided.'): kept. Rule 6: the error object's `code` 1001 over the envelope's flag -1: '1001' (the inner `status: 400` is the status). Rule 5: no id. Hesitated on kind (other reading: unauthenticated, the credential line read as the code would be).",
  },
  {
    id: 'gameye/internal-error-identifier-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: '3bc545b7-4750-47e6-a918-c93debc58663',
      code: 'INTERNAL_ERROR',
    },
    why: "Rule 1: 500: server. Rule 2.1: 'An unexpected error occurred.' is a generic summary: the default (rule 2.4). Rule 5: `identifier`, a UUID that is the error's own beside its message in a body that is the error (as its `uuid`, `uid` or `reference` is): the support id. Rule 6: `code` 'INTERNAL_ERROR', the only code (`statusCode` is the status). Rule 3: `path` at the top is the request's URL path: no field. Hesitated on code (other reading: none, a code that only restates the 500's phrase) and on logId (other reading: none, `identifier` in no list of rule 5).",
  },
  {
    id: 'rubyplay/request-not-valid-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'REQUEST_NOT_VALID',
    },
    why: "Rule 1: `REQUEST_NOT_VALID` says the request as a whole is invalid (`invalid_request`, `INVALID_BODY`), and no field errors are sent: a bad request. Rule 3: the `message` is one string, and fields are found by structure (only class-validator's format names its fields in text): no field. Rule 2.1: 'gameId - must not be empty, betNumber - must not be null, …' names only inputs, by their keys written as code, that must not be empty or null, several of them: the default (rule 2.4). Rule 6: `code`. Rule 5: no id. Hesitated on kind and fields (other reading: validation with nine fields read from the 'key - message' pairs, `gameId`, `betNumber`, …).",
  },
] satisfies Reading[];
