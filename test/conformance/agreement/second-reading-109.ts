import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 17 cases (every third case of the hundred-and-ninth holdout's parts KA to KF, in file
// order, on 9 March 2027), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of the
// written rules, `test/conformance/README.md` (`.tmp/blind109/rules.md`, its rule rows read as amending the rules
// above them, later rows winning), an excerpt of `types.ts` (`.tmp/blind109/types-excerpt.ts`: `DEFAULT` and the case
// type), the `Reading` interface (`.tmp/blind109/reading-interface.ts`) and one finished second reading (the
// hundred-and-eighth's, `.tmp/blind109/model-reading.ts`) as a model of the format, and the cases' ids, sources,
// URLs, `now`s and responses (`.tmp/blind109/cases.json`; none was thrown, two send a `Date` header, eight send
// headers, one sends no body, none sends its body as a JSON string), no notes, no expectations, no kit answers. They
// were told not to open the case files or anything else under `/work/main` but the files the brief names, nor to run
// the kit, any script or any test, nor to use search tools, nor to list folders. They opened only the files the brief
// names (the rules read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by
// its full path. One early command counted the five files' sizes through a glob of `.tmp/blind109/`, which matched
// only those files; they listed no other folder. They marked 11 cases "hesitated" and named the other reading.
// Written once and not changed after.
export default [
  {
    id: 'billplz/unauthorized-access-denied-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated (a code never turns a 401 into anything else; `type: \"Unauthorized\"` is a category beside no code). Rule 2.1: `error.message` 'Access denied' only says access was refused, the 403's phrase in other words, as 'Access forbidden', 'Access to resource forbidden' and 'Access to the requested resource is forbidden.' are generic (the thirty-second, sixty-seventh and sixty-ninth holdouts' rows): the default (rule 2.4). Rule 6: `type` 'Unauthorized' is the 401's reason phrase written as a word, a category that only restates the status standing alone: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: 'Access denied' kept, a 403's phrase sent with another status saying what was refused, as Midtrans' 'Access denied…' is the one sentence) and on code (other reading: 'Unauthorized', the error's `type` as its only code).",
  },
  {
    id: 'packlink/client-already-exists-400',
    expect: { kind: 'bad-request', message: 'Client already exists', fields: [], logId: null, code: null },
    why: "Rule 3: `messages` is a list of one item with a message-like member and no path-like member: form-level, no field. Rule 2.2: a lone form-level sentence in the error's list speaks (EasyPost's `errors: [\"No eligible insurance found…\"]`): 'Client already exists' says what was refused: kept. Rule 1: a 400 without field errors and without a code: bad-request (text never decides the kind, so 'already exists' in prose does not make it a conflict; only a code does). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'woop/invalid-payload-json-format-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 400, and `statusCode: 400` is the same: bad-request (hapi/Boom's envelope). Rule 2.3: `message` 'Invalid request payload JSON format' is hapi's report that the request's JSON could not be parsed, a server that could not parse the request's body ('Invalid JSON format', the thirty-fifth holdout's row; a bare 'Invalid JSON' with words around it): developer text; `error` 'Bad Request' is the bare reason phrase: the default (rule 2.4). Rule 6: `error` 'Bad Request' only restates the status, a reason phrase with a space, not a code's shape: no code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'Bad Request', OAuth's `error` place).",
  },
  {
    id: 'tokopedia/accept-order-ext-service-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'ORD_USC_007' },
    why: "Rule 1: 400, and `error_code` 'ORD_USC_007' is the vendor's code, which names no kind: bad-request. The one member of the body that is not null holds the error (the thirty-seventh holdout's row): `data` is null, so `header` is the error object. Rule 2.1: `messages` 'We could not process your request due to malformed request, please check again' only says the request was malformed and could not be processed (SmartThings' 'The request is malformed.', 'Sorry, this request could not be processed. …'): generic; rule 2.3: `reason` 'Error When Request Accept Order To Ext Service' reports that the call to an external service failed (a request to another service that failed; an external system's failure, the seventy-sixth holdout's row): developer text: the default (rule 2.4). Rule 6: `error_code` 'ORD_USC_007', a code by its name's shape. Rule 5: `process_time` is no id. Rule 3: no field. Hesitated on message (other reading: the `reason` kept as a line naming what failed, accepting the order, or `messages` kept as a sentence with a plea to check the request).",
  },
  {
    id: 'cardmarket/service-currently-not-available-400',
    expect: { kind: 'bad-request', message: 'Service currently not available', fields: [], logId: null, code: null },
    why: "Rule 1: 400, and the body's `http_status_code` 400 (KrakenD's name) names the same status; `internal_error_code` is null: bad-request (text never decides the kind, so 'not available' does not make it unavailable; an outage's code would name one only on a 5xx). Rule 2.1: `mkm_error_description`, a description under the vendor's prefix, 'Service currently not available' says the service is unavailable, a sentence that stays (the sixty-seventh holdout's row); `http_status_code_description` 'Bad Request' is the bare reason phrase and `rfc2616_description_link` only links the spec: kept. Rule 3: `post_data_field` is null: no field. Rule 6: `internal_error_code` null, and the status and its phrase are no code. Rule 5: no id.",
  },
  {
    id: 'rise-people/insufficient-scope-403',
    expect: {
      kind: 'forbidden',
      message: 'Token is missing required scope',
      fields: [],
      logId: null,
      code: 'https://developer.risepeople.com/errors/insufficient-scope',
    },
    why: "Rule 1: 403: forbidden (the problem type's last segment, `insufficient-scope`, is `insufficient_scope`, a permission code, and agrees). Rule 2.2: RFC 9457 `detail` beats `title` 'Insufficient Scope' (a category line): 'Token is missing required scope `payroll:read`.' says what was refused, a credential lacking a permission (a credential's name stays): kept. Rule 6: no `code` member, so the problem `type` URI is the code (it is the vendor's, not the spec's own section), whole, as the corpus states a type URI. Rule 5: `instance` '/v1/payroll/runs' is a path, not an id: no id. Rule 3: no field. Hesitated on message (other reading: the default, a scope named as code being the token's internals) and on code (other reading: 'insufficient-scope', the URI read by its last segment).",
  },
  {
    id: 'jazzhr/invalid-api-key-401',
    expect: { kind: 'unauthenticated', message: 'invalid api key', fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `error` 'invalid api key' names a credential as invalid, which says signing in failed (a credential's name stays, as 'Invalid app_key is provided.' and 'access_token is invalid' do), more than the 401's phrase; its small letters start a credential's words, not an input's key written as code: kept. The `Content-Type: text/html` header does not make the JSON body a page (rule 2.5: no markup). Rule 6: `error` in OAuth's place holds words with spaces, no code's shape: no code. `now` is the `Date` header; no wait. Rules 3 and 5: no field, no id header. Hesitated on message (other reading: the default, a lone line in small letters starting with 'invalid', as 'invalid q').",
  },
  {
    id: 'lucca/validation-problem-details-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['Id', 'The id field is required'],
        ['Date', 'The date field is required'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: ASP.NET Core's `errors` is a container whose keys are the fields: `Id`, 'The id field is required.' and `Date`, 'The date field is required.' (segments keep the server's spelling). Rule 1: a 400 that carries field errors: validation. Rule 2.1: `title` 'One or more validation errors occurred.' is named generic, and only field messages remain: the default (rule 2.4). Rule 6: the problem `type` links RFC 7231's own section for the status, which says no more than the status (the sixty-seventh holdout's row): no code; `status` 400 is the status. Rule 5: no id.",
  },
  {
    id: 'brightpay/user-has-no-access-to-employer-400',
    expect: {
      kind: 'forbidden',
      message: 'does not have access to the Employer',
      fields: [],
      logId: null,
      code: 'USERHASNOACCESSTOEMPLOYER',
    },
    why: "Rule 1: the lone item's `errorCode` 'USERHASNOACCESSTOEMPLOYER' says the user has no access to the employer, a permission code (as `access_denied`; access not allowed refuses, the forty-fourth holdout's row), and a code outranks a 400: forbidden. Rule 3: `apiErrors` is a list of one item with no path-like member: form-level, no field. Rule 2.2: the item's one line of prose, `errorHint` 'The user account you are connecting with does not have access to the Employer.' (a member no part goes by, the forty-sixth and fiftieth holdouts' rows), is the lone form-level sentence: kept. Rule 6: the lone item's `errorCode`. `isSuccess: true` beside a 400 names no status. Rule 5: no id. Hesitated on kind (other reading: bad-request, a code no row of the kind table lists beside a bare 400).",
  },
  {
    id: 'easyfind-jobs/token-missing-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Authorization Bearer token is missing',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Authorization Bearer token is missing.' names the credential that is missing, a bearer token in the Authorization header (a credential's header still says that signing in failed, the row on a header's name), more than the 401's phrase: kept. JSend's `status: \"error\"` with no `data`: the envelope is the error. Rule 6: `status` 'error' is the call's own flag: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, a line that only says authentication is missing, the 401's phrase in other words).",
  },
  {
    id: 'easyfind-jobs/query-validation-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['type', 'The selected type is invalid'],
        ['per_page', 'The per page field must be an integer'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 3: Laravel's `errors` map of path to lists of messages: `type`, 'The selected type is invalid.' and `per_page`, 'The per page field must be an integer.'. Rule 2.4: `message` only joins the two field messages ('… (and/or) …'), so only field messages remain: the default. Rules 5 and 6: no id, no code. Hesitated on message (other reading: 'The selected type is invalid', the envelope's line kept as Laravel's summary).",
  },
  {
    id: 'awardiq/award-not-available-400',
    expect: {
      kind: 'bad-request',
      message: 'Award MA000999 is not available for deterministic calculations',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 2.2: `detail` is the only text: 'Award MA000999 is not available for deterministic calculations' says what was refused of a named record: kept. Rule 1: a 400 without field errors and without a code: bad-request. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'blockbook/tx-not-found-400',
    expect: {
      kind: 'bad-request',
      message: "Transaction '1232e48aeabdd9b75def7b48d756ba304713c2aba7b522bf9dbc893fc4231b07' not found",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 400 without field errors and without a code: bad-request (text never decides the kind, so 'not found' in prose does not make it not-found). Rule 2.1: `error` 'Transaction '…' not found' names the record not found ('Resource not found' is a sentence, the fifth holdout's row; a transaction is a person's word): kept. Rule 6: `error` holds a sentence, no code's shape: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'blockbook/address-missing-400',
    expect: { kind: 'bad-request', message: 'Missing address', fields: [], logId: null, code: null },
    why: "Rule 1: 400 without field errors and without a code: bad-request. Rule 2.1: `error` 'Missing address' names what is missing in a person's word, neither quoted, written as code, called a parameter nor starting in small letters (as 'Name is required' stays): kept. Rule 6: a sentence, no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, a line naming only the missing input, Blockbook's `address` parameter, as Agify's \"Missing 'name' parameter\").",
  },
  {
    id: 'blockbook/sendtx-missing-tx-blob-400',
    expect: { kind: 'bad-request', message: 'Missing tx blob', fields: [], logId: null, code: null },
    why: "Rule 1: 400 without field errors and without a code: bad-request. Rule 2.1: `error` 'Missing tx blob' names what is missing, neither quoted, written as code, called a parameter nor starting in small letters: kept. Rule 6: a sentence, no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, 'tx blob' being the API's own name for an input no person typed, a line naming only the missing input).",
  },
  {
    id: 'hiro-token-metadata/ft-fetch-in-progress-422',
    expect: { kind: 'validation', message: 'Token metadata fetch in progress', fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation (no code says otherwise). Rule 2.1: `error` 'Token metadata fetch in progress' says the state the record is in, a sentence (the token is the traded asset, no credential): kept. Rule 6: a sentence, no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'alibaba-cloud-api-gateway/unauthorized-403-empty-body',
    expect: {
      kind: 'forbidden',
      message: DEFAULT,
      fields: [],
      logId: '6D13BEB2-C37A-4CCA-92FA-4095DDD5B52F',
      code: null,
    },
    why: "Rule 1: 403: forbidden. Rule 2: the body is empty, and `X-Ca-Error-Message` 'Unauthorized' is error text sent only in a header, no body member; it is a lone word and the 401's bare phrase besides: the default (rule 2.4). Rule 5: no body id, so the header named like a request id, `X-Ca-Request-Id`, '6D13BEB2-C37A-4CCA-92FA-4095DDD5B52F'. Rule 6: no code member or header. `now` is the `Date` header; no wait. Rule 3: no field. Hesitated on message (other reading: 'Unauthorized', the 401's phrase sent with a 403 saying what was refused, read from the gateway's header).",
  },
] satisfies Reading[];
