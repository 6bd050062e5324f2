import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 18 cases (every third case of the sixtieth holdout's four parts in file order, parts P
// to S, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind60/rules.md`, the rule rows up to the fifty-ninth holdout's included), an
// excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second reading (the
// fifty-ninth's) as a model of the format, and the cases' ids, sources, URLs and responses (no case carried a
// `receivedAt` and none was thrown; Twingly's, Azure Digital Twins' and Azure AI Search's responses send a `Date`
// header, which gives their `now`, and the rest count from 2026-11-22T12:00:00Z; no response is a 429 or carries
// `Retry-After`, a reset header, a body hint or a wait in its text, so no case states a retry), no notes, no
// expectations. They were told not to open the case files or anything else under `test/conformance/`, the kit's
// source, its README or changelog, the live rules file, the git history or the rest of `.tmp/`, nor to run the kit,
// the conformance script or any test, nor to use search tools; they wrote this file by its full path without listing
// its folder. They marked 12 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.

export default [
  {
    id: 'abion/authentication-error-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: '95cdcc21-b9c3-4b21-8bd1-b05c34c56147',
      code: null,
    },
    why: "Rule 1: 401. Rule 2.1 (the fifty-fifth holdout's row): 'Authentication Error' is the 401's phrase in other words, and a category line as 'Authorization Error' is: the default on a 401. Rule 5: `meta.invocationId` is the body's id of this call (an invocation is the request: a request id in another word; a body's `meta` is read as an envelope), and no request-id header is sent. Rule 6: `error.status` 401 is a status in digits that restates the response's: no code. Hesitated on logId: `invocationId` is outside rule 5's listed names and shapes (other reading: none).",
  },
  {
    id: 'anexia/unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401; a code never turns a 401 into anything else. Rule 2.1: 'Unauthorized' is the 401's bare reason phrase (and a lone word): the default. Rule 5: no body id, no headers. Rule 6: `error.code` 401 is the response's own status in digits (as a numeric error `code` beside a 2xx is read as its status, and a `statusCode` in digits is a status): it only restates the 401, no code. Hesitated on code (other reading: '401', the error's explicit `code` member).",
  },
  {
    id: 'beget/answer-invalid-data-login-length-200',
    expect: {
      kind: 'validation',
      message: 'Login length cannot be greater than 12 characters',
      fields: [],
      logId: null,
      code: 'INVALID_DATA',
    },
    why: "Rule 1: the top object says nothing itself (`status: \"success\"`, no message, no error member), so the one object among its values, `answer`, is the error, and its `status: \"error\"` says it failed; its `errors` holds one item, whose code is the response's. A code outranks any 2xx: `INVALID_DATA` says the input's data is invalid, as `BAD_INPUT`, `BAD_USER_INPUT` and `invalid_value` do (an input's values, not the request's body or encoding as `INVALID_BODY`, `INVALID_JSON`): validation. Rule 2: `error_text` is a message by the shape of its name (as `result_text`), a sentence in a person's words that says the rule the value breaks ('Login' is a plain word, capitalised): kept. Rule 3: the item has no path member: form-level, no field. Rule 5: no id. Rule 6: `error_code` by its shape, the lone item's. Hesitated on kind (other reading: bad-request, 'data' read as the body as a whole; or unknown, a 200 whose code names no row).",
  },
  {
    id: 'mittwald/validation-failed-format-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['address.street', 'should be string']],
      logId: null,
      code: 'format',
    },
    why: "Rule 1: a 400 that carries field errors, and `type: \"ValidationError\"` agrees: validation. Rule 3: `validationErrors` is a list of items with a `message` and a `path`, read under any member name; `.address.street` is a JSON Schema `dataPath`: `address.street`, 'should be string' (Ajv's wording, which the rules keep as Fastify's 'should have required property' is kept). `context.format` names a format, no parameter. Rule 2.1: 'Validation failed' is a generic summary; rule 2.4: only a field message: the default. Rule 5: no id. Rule 6: `ValidationError` only says validation, a category beside the lone item's code, its `type` ('format', as pydantic's `type` is an item's code). Hesitated on code (other reading: 'ValidationError', an Ajv keyword being no vendor code); and on the field's message (other reading: Ajv's report as developer text, rule 2.3).",
  },
  {
    id: 'ipv64/add-record-already-there-400',
    expect: {
      kind: 'bad-request',
      message: 'dns record already there',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: `info: \"error\"` is a lone word that only flags the failure, and `status: \"400 Bad Request\"` restates the status; text never decides, so 'already there' makes no duplicate code: a bad request. Rule 2 (the forty-sixth and fifty-fifth holdouts' rows): a body that names no member as its message says it in its one line of prose, here under `add_record`; the line names its subject (the DNS record) and says it exists, so it is no field's line that says what is wrong without saying of what (Basecamp's), and names no input by its key: kept. Rule 3: `add_record` is the action the request named, no field. Rules 5 and 6: no id, no code. Hesitated on fields and kind (other reading: a map of path to message, `add_record` 'dns record already there', making a validation failure of the 400, or a conflict from the words).",
  },
  {
    id: 'spaceship/domain-name-invalid-characters-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'The domain name contains invalid characters']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422. Rule 3: `data` is a list of items each with a path member (`field`) and a message (`details` is an item's message, Contentful's), read under any member name: `name`, 'The domain name contains invalid characters'. Rule 2.1: `detail` '^$' is a pattern, no sentence; rule 2.4: only a field message: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'webnames/zone-manager-unavailable-200',
    expect: {
      kind: 'unknown',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'zone_manager_unavailable',
    },
    why: "Rule 1: a 200; `result: \"ERROR\"` is a flag in capitals, and the code `zone_manager_unavailable` is an outage's, which names a kind on a 5xx only (Airwallex's `SERVICE_UNAVAILABLE` on a 400 names none; `UNAVAILABLE` is listed on any 5xx): a 2xx whose code names no row stays unknown. Rule 2.1: `details` holds a code token, no sentence: the default. Rule 5: no id. Rule 6: a code alone in a message's member (a string `details` speaks when nothing else does; IQAir's JSend `message: \"city_not_found\"`) is the code. Hesitated on kind (other reading: unavailable, the body's code saying the service behind it is down on a 200 sent for clients that read no status).",
  },
  {
    id: 'cba-open-banking/accounts-page-not-found-parameter-invalid-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['sort', 'PARAMETER_INVALID']],
      logId: null,
      code: 'PAGE_NOT_FOUND',
    },
    why: "Rule 3: `errors` lists items with a message-like `error` and a path-like `scope` (the list of path members is open; the standard's `scope` names the parameter): an item that says only a code is its field's error under a field (the thirty-second holdout's row), so `sort` has 'PARAMETER_INVALID', and the item without a scope is form-level, its code the response's (rule 6). Rule 1: a 400 that carries a field error whose code says an input is wrong (`PARAMETER_INVALID`, a parameter's invalid value in either word order), beside a second problem about the listing's query (a page past its end, which the request's page parameter chose, no resource the person asked for): validation. Rule 2.4: codes only, no sentence: the default. Rule 5: no id. Hesitated on kind (other reading: not-found, `PAGE_NOT_FOUND` read as a not-found code that outranks the 400); and on code (other reading: 'PARAMETER_INVALID', or none, as two items carry different codes).",
  },
  {
    id: 'cba-open-banking/payment-create-iso-codes-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['amount.instructedAmount.value', 'AM06'],
        ['debtorAccount.currency', 'AM03'],
      ],
      logId: null,
      code: 'AC02',
    },
    why: "Rule 1: a 400 that carries field errors; the ISO 20022 reason codes (`AC02`, `AM06`, `AM03`) name no row of the kind table: validation. Rule 3: items with a message-like `error` and a path-like `scope`; an item that says only a code is its field's error: `amount.instructedAmount.value` 'AM06' and `debtorAccount.currency` 'AM03'; the `parameters` map (`CURRENCY`, `CURRENCY_ALLOWED`) holds values, no messages: data. Rule 2.4: codes only: the default. Rule 5: no id. Rule 6: the item without a scope is form-level, and its code is the response's: 'AC02'. Hesitated on code (other reading: none, as three items carry three different codes).",
  },
  {
    id: 'webpagetest/runtest-invalid-api-key-400',
    expect: {
      kind: 'bad-request',
      message: 'Invalid API Key',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code (`statusCode` 400 in digits is a status that restates the response's; `statusText` holds words, no code token); text never decides, so 'Invalid API Key' makes no credential code: a bad request. Rule 2.1: `statusText` is a message by its shape, and a credential's name stays ('Invalid app_key is provided.', 'access_token is invalid'): kept. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: unauthenticated, from the words).",
  },
  {
    id: 'erply-books/data-conflict-item-not-found-200',
    expect: {
      kind: 'conflict',
      message: 'Item not Found',
      fields: [],
      logId: null,
      code: 'DataConflictException',
    },
    why: "Rule 1: a body that names an error status beside a 2xx decides the kind: `statusCode` 409, a conflict, and `DataConflictException` (read without its suffix, `DataConflict`) agrees. Rule 2.1: `message` is null; the lone item of `exception.messages` holds 'Item not Found' under `messageCode`, words with spaces, no code token: as a `status` written as a sentence is a message, it is the body's one line for the person, a sentence ('Resource not found' is one; only the bare reason phrase restates the status). Text never decides, so it makes no not-found. Rule 3: no path member. Rule 5: no id. Rule 6: `exceptionType` is the body's only code-shaped member (as Coinbase's `errorType` was read); `errorTypeCode` is null. Hesitated on kind (other reading: not-found, `messageCode` read as a not-found code on the 409 the body names); on message (other reading: the default, `messageCode` being a code member); and on code (other reading: 'Item not Found', or none, an exception's class).",
  },
  {
    id: 'etcd/not-a-file-102-403',
    expect: { kind: 'forbidden', message: 'Not a file', fields: [], logId: null, code: '102' },
    why: "Rule 1: 403 without `Retry-After` or a rate-limit header, and etcd's numeric `errorCode` 102 names no row of the kind table: forbidden. Rule 2.1: 'Not a file' is a short sentence that says what is wrong with the key (no reason phrase, no input named by its key); `cause` '/dir' is the key it is about, no sentence and no path member. Rule 5: `index` 136 is etcd's store index, no occurrence id. Rule 6: `errorCode`, a number, a string in the model.",
  },
  {
    id: 'etcd/member-url-scheme-400',
    expect: {
      kind: 'bad-request',
      message: 'URL scheme must be http or https',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (text never decides, so a URL that must be http or https makes no validation). Rule 2: `message` is a sentence that says what the value must be, a rule about a value ('URL' is a plain word, no key written as code), with the value sent after the colon. Rules 5 and 6: no id, no code. Hesitated on message: a library's check of the URL it parsed (other reading: the default, as a library's report is developer text, rule 2.3).",
  },
  {
    id: 'pega/tls-ssl-required-pega-api-022-403',
    expect: {
      kind: 'forbidden',
      message: 'Use of TLS/SSL is required',
      fields: [],
      logId: null,
      code: 'Pega_API_022',
    },
    why: "Rule 1: 403 without `Retry-After` or a rate-limit header; `Pega_API_022` names no row of the kind table: forbidden. Rule 3: a list of one error object under `errors` is that object; `pxObjClass` names a class, no field. Rule 2: its `message` is a sentence for the person (use TLS/SSL). Rule 5: no id header. Rule 6: the error's `ID` holds the vendor's documented code (the API's name and a number, the same for every occurrence), no occurrence id. Hesitated on code and logId (other reading: a lone error's `id` read as JSON:API's occurrence id, the support id).",
  },
  {
    id: 'twingly/invalid-api-key-401-xml',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: '40101' },
    why: "Rule 1: 401. Rule 3: XML is read as JSON would send it: `<error code=\"40101\">` with its `message` child. Rule 2.1: 'Unauthorized' is the 401's bare reason phrase: the default. Rule 5: no body id and no request-id header (`server`, `date`, `cache-control` are none). Rule 6: a code in an XML error element's attribute beside its children (the twenty-seventh holdout's row), a string in the model; 40101 is the vendor's own code, more than the 401.",
  },
  {
    id: 'azure-key-vault-managed-hsm/challenge-401-ok-text',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: 'b5754cbe-605c-11ed-a993-0022488d4c2b',
      code: null,
    },
    why: "Rule 1: 401. Rule 2.1: the text body 'OK' is a lone word and the 200's reason phrase, no sentence: the default. Rule 5: the `x-ms-request-id` header. Rule 6: `WWW-Authenticate` names the authority and resource of a Bearer challenge and carries no `error`: no code.",
  },
  {
    id: 'azure-digital-twins/target-twin-not-found-put-relationship-404',
    expect: {
      kind: 'not-found',
      message: 'The target digital twin is invalid or does not exist',
      fields: [],
      logId: null,
      code: 'TargetDigitalTwinNotFound',
    },
    why: "Rule 1: 404, and the code agrees; a code never turns a 404 into anything else. Rule 2: `error.message` is a sentence that says which twin was not found and what to check (the docs link inside it leaves its text a sentence). Rule 5: no body id and no request-id header (`Strict-Transport-Security`, `Date` are none). Rule 6: the error's explicit `code`.",
  },
  {
    id: 'azure-ai-search/index-not-found-404',
    expect: {
      kind: 'not-found',
      message: "No index with the name 'garbxyz' was found",
      fields: [],
      logId: 'fa6ad51f-b816-497c-9a73-7311927018c6',
      code: null,
    },
    why: 'Rule 1: 404. Rule 2: `error.message` is a sentence naming what was not found and where, more than the reason phrase. Rule 5: the `request-id` header. Rule 6: `error.code` is an empty string: no code.',
  },
] satisfies Reading[];
