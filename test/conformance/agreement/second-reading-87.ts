import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 20 cases (every third case of the eighty-seventh holdout's parts EL, EM, EN and EO, in
// file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy
// of `test/conformance/README.md` (`.tmp/blind87/rules.md`, as it stood when these cases were first run, its rule rows
// read as amending the rules above them, later rows winning), an excerpt of `types.ts`
// (`.tmp/blind87/types-excerpt.ts`: `DEFAULT` and the case type), the `Reading` interface
// (`.tmp/blind87/reading-interface.ts`) and one finished second reading (the eighty-sixth's,
// `.tmp/blind87/model-reading.ts`) as a model of the format, and the cases' ids, sources, URLs and responses
// (`.tmp/blind87/cases.json`; none was thrown and none sends a `Date` header, so every `now` is
// 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to open the case files or
// anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to
// use search tools, nor to list folders. They opened only the files the brief names, by their full paths (the rules
// read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by its full path;
// they listed no folder. They marked 8 cases "hesitated" and named the other reading. Written once and not changed
// after the comparison.
export default [
  {
    id: 'citizenos/signup-invalid-email-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [['email', 'Invalid email']], logId: null, code: '40000' },
    why: "Rule 3: a map of text under `errors` is a map of fields: `email` with 'Invalid email.'. Rule 1: a 400 that carries field errors: validation. Rule 2.4: only a field message (the envelope `status` holds no sentence): the default. Rule 6: `status.code` 40000 is the vendor's numeric code (its own scheme, 40000, 40013, 40100), a string in the model. Rule 5: no id. Hesitated on code (other reading: none, 40000 being the 400 with two zeros after it, a code that only restates the status when it stands alone).",
  },
  {
    id: 'citizenos/mobile-id-not-ready-400',
    expect: {
      kind: 'bad-request',
      message: 'Mobile-ID functionality of the phone is not yet ready',
      fields: [],
      logId: null,
      code: '40013',
    },
    why: "Rule 2: a body of one member holding an object is that object (`status: { code, message }`). Rule 1: a 400 without field errors; the numeric code 40013 is no code the kind table sorts: bad-request. Rule 2.1: `message` 'Mobile-ID functionality of the phone is not yet ready' is a person's sentence saying why signing in by Mobile-ID cannot go on: kept. Rule 6: `code` 40013, the vendor's own number for this error: '40013'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'citizenos/jwt-token-expired-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: '40100' },
    why: "Rule 1: 401: unauthenticated. Rule 2.3: `status.message` 'JWT token has expired' reports a JWT's expiry, which the thirtieth-second holdout's row names developer text (a JWT's expiry and secret; a JWT said to be malformed, a token's expiry): the default (rule 2.4). Rule 6: `status.code` 40100, the vendor's numeric code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'JWT token has expired' kept, a token expired being the person's to renew by signing in again, as 'Authorization token expired' and 'JWT is missing or invalid' are kept) and on code (other reading: none, 40100 only restating the 401).",
  },
  {
    id: 'citizenos/openid-invalid-referer-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: plain text 'Invalid referer. Referer header does not match expected partner URI scheme.' names only a header (Referer) as invalid and what the protocol expects of it; a header's name is the protocol's, never a person's word, and it names no credential ('User-Agent header is required'): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: 'Referer header does not match expected partner URI scheme' kept, as a line that says what is wrong with the value, not only that it is invalid).",
  },
  {
    id: 'mobilizon/authorize-invalid-redirect-uri-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: plain text 'You need to provide a valid redirect_uri to autorize an application' names only which input is missing or invalid, by the API's key written as code ('One or more redirect_uri values are invalid', 'You need to pass either querystring parameters name or id'): the default (rule 2.4). Rules 3, 5 and 6: no field structure in text, no id, no code. Hesitated on message (other reading: kept, as TeamSnap's scored 'You must include a team_id parameter' keeps that shape).",
  },
  {
    id: 'mobilizon/device-token-access-denied-400',
    expect: {
      kind: 'forbidden',
      message: 'The user rejected the requested authorization',
      fields: [],
      logId: null,
      code: 'access_denied',
    },
    why: "Rule 1: OAuth's `error` 'access_denied' is a permission code, which outranks a 400: forbidden. Rule 2.2: `error_description` beats `error`; 'The user rejected the requested authorization' says what happened this time (not RFC 6749's or RFC 8628's own definition of the code): kept. Rule 6: OAuth's `error`: 'access_denied'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'mobilizon/device-token-slow-down-400',
    expect: {
      kind: 'rate-limited',
      message: 'Please slow down the rate of your requests',
      fields: [],
      logId: null,
      code: 'slow_down',
    },
    why: "Rule 1: OAuth's `error` 'slow_down' is read without case or separators as S3's `SlowDown`, a throttling code on any status: rate-limited. Rule 2.2: `error_description` 'Please slow down the rate of your requests' beats `error`, and is a person's sentence saying what to do: kept. Rule 4: no `Retry-After`, no reset header, no body hint and no wait in the text (RFC 8628's extra five seconds is not written here): no retry. Rule 6: OAuth's `error`: 'slow_down'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'hedera-mirror-node/account-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: the lone message 'Not found' in `_status.messages` is the bare reason phrase: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'hedera-mirror-node/topic-messages-invalid-params-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 that lists several messages about the input (four items in `_status.messages`): validation. Rule 3: the items carry only a `message` and no path member, and fields are found by structure (only class-validator's format names fields in text): no fields, the items are form-level. Rule 2.1: each line names only an input by the API's name after 'parameter:' ('Invalid parameter: limit', 'Unknown query parameter: topic.id'), and several such lines make no lone sentence: the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'stacks-api/search-standard-principal-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'No principal found with address',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 404: not-found. Rule 2.1: `error` \'No principal found with address \\"STAR…\\"\' is a sentence naming the record not found: kept. Rule 3: `result` holds no messages (`entity_type` is data) and `found: false` is a flag: no field. Rule 6: no code member (`entity_type` names what was searched for, no code). Rule 5: no id.',
  },
  {
    id: 'bitcoin-core-rest/tx-not-found-404-text',
    expect: {
      kind: 'not-found',
      message: '0000000000000000000000000000000000000000000000000000000000000000 not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.6: plain text on a 4xx is the message when it is a sentence; '<txid> not found' names the transaction the person asked for and says it was not found ('Resource not found', 'Dataset not found' are sentences; only the bare reason phrase restates the status): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, the 404's phrase behind the requested id, as a phrase behind an area's name or a status's number is).",
  },
  {
    id: 'bitcoin-core-rest/header-count-out-of-range-400-text',
    expect: {
      kind: 'bad-request',
      message: 'Header count is invalid or out of acceptable range (1-2000)',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.6: plain text on a 4xx: 'Header count is invalid or out of acceptable range (1-2000): 5a' says in words (the count of block headers, no HTTP header and no key written as code) what the value must be, a rule about a value: kept, the value sent after the colon being no part of the sentence that matters. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line naming only which input (the path's `count`) is invalid).",
  },
  {
    id: 'substrate-api-sidecar/interal-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: `error` 'Interal Error' (so spelt) is the generic 'Internal … error' line, a category and the word 'error': the default (rule 2.4). Rule 6: two words with a space are no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'kubo/file-ls-protobuf-wiretype-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: `Message` 'proto: unixfs_pb.Data: wiretype end group for non-group' is a Go package's error by its name, a protobuf type and its wire type (serializer internals): developer text, the default (rule 2.4). Rule 6: `Code` 0: zero is no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'lnbits/login-by-user-id-not-allowed-401',
    expect: { kind: 'unauthenticated', message: "Login by 'User ID' not allowed", fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `detail` \"Login by 'User ID' not allowed.\" says which way of signing in the server refuses, in a person's words (not the 401's phrase in other words, nor an input named only by its key): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'lnbits/email-already-exists-403',
    expect: { kind: 'forbidden', message: 'Email already exists', fields: [], logId: null, code: null },
    why: "Rule 1: 403 without a code: forbidden (text never decides, so the words 'already exists' make no conflict; only a duplicate code does). Rule 2.1: `detail` 'Email already exists.' is a person's sentence: kept. Rule 3: no field member (the field is named only in text). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'lnbits/invalid-credentials-old-password-403',
    expect: { kind: 'forbidden', message: 'Invalid credentials', fields: [], logId: null, code: null },
    why: "Rule 1: 403 without a code: forbidden (text never decides). Rule 2.1: `detail` 'Invalid credentials.' is a credential's line, which stays ('access_token is invalid'), and beside a 403 it says what was refused: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'boltz/undefined-parameter-currency-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `error` 'undefined parameter: currency' names only which input is missing, by the API's name after 'parameter:' (NutritionSignals' 'Missing required field: text'), in small letters: the default (rule 2.4). Rules 3, 5 and 6: no field member, no id, no code.",
  },
  {
    id: 'glimesh/api-not-logged-in-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: the lone item's `message` 'You must be logged in to access the api' is the 401's phrase in other words, authentication required to use the API ('Authentication is required to access this API.' says no more than the status): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: 'You must be logged in to access the api' kept, plain words telling the person to sign in).",
  },
  {
    id: 'srs/whip-sdp-decode-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors: bad-request (`RtcSdpDecode` names a decoder's failure on the request's SDP body, no validation, credential or other code the table sorts). Rule 2.1: plain text '5012: RtcSdpDecode' is a vendor's error number before a code in camel case, no sentence: the default (rule 2.4). Rule 6: the code sits in a text body, outside any code member, so the rules leave doubt and none is stated. Rules 3 and 5: no field, no request-id header (`Server` names the server), no id. Hesitated on code (other reading: 'RtcSdpDecode', or SRS's documented number '5012').",
  },
] satisfies Reading[];
