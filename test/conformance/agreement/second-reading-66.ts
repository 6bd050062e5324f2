import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 26 cases (every third case of the sixty-sixth holdout's five parts, AO to AS, in file
// order, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind66/rules.md`, the rule rows up to the sixty-fifth holdout's included), an
// excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading` interface and one finished second reading (the
// sixty-fifth's) as a model of the format, and the cases' ids, sources, URLs and responses (no case carried a
// `receivedAt` and none was thrown; only Banco Inter's empty 400 sends a `Date` header, which gives its `now`, and
// every other case counts from 2026-11-22T12:00:00Z; no case gives a wait), no notes, no expectations. They were told
// not to open the case files or anything else under `test/conformance/`, the kit's source, its README or changelog,
// the live rules file, the git history or the rest of `.tmp/`, nor to run the kit, the conformance script or any
// test, nor to use search tools; they wrote this file by its full path without listing its folder. They marked 19
// cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.

export default [
  {
    id: 'probely/credentials-not-provided-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `detail` 'Authentication credentials were not provided.' (Django REST framework's stock line) is the 401's phrase in other words ('Authentication required', 'User authentication is required.' say no more than the status), naming no particular credential: the default (rule 2.4). Rules 4 to 6: no headers, no id, no code. Hesitated on message (other reading: the line kept, saying that no credentials were sent, as the corpus keeps some such lines).",
  },
  {
    id: 'william-hill/target-service-not-established-403',
    expect: {
      kind: 'forbidden',
      message: DEFAULT,
      fields: [['target', 'Target service not established']],
      logId: null,
      code: '20510',
    },
    why: "Rule 1: 403: forbidden; field errors make a validation failure of another 4xx only when their codes say an input is wrong, and `20510` is a vendor number no row sorts. Rule 3: the lone item of `errors` has `field` and `message`: the field `target`. Rule 2.4: a list of one item that names a field stays a list, its sentence the field's (Grafana's); only field messages remain: the default. Rule 5: no id. Rule 6: the errors all carry one code, which is the response's: '20510'. Hesitated on message (other reading: 'Target service not established' as what the 403 refused) and on fields (other reading: none, a field error on a 403).",
  },
  {
    id: 'william-hill/numbers-missing-parameter-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['apiKey', 'Missing Parameter']],
      logId: null,
      code: '10070',
    },
    why: "Rule 3: the lone item of `errors` has `field` `apiKey` and `message`: a field error. Rule 1: a 400 that carries field errors: validation; `10070` is a vendor number no row sorts, and text never decides. Rule 2.4: the item's line is its field's, and no other sentence remains: the default. Rule 5: no id. Rule 6: the lone item's code: '10070'. Hesitated on kind (other reading: unauthenticated, the missing parameter being the API key, a credential).",
  },
  {
    id: 'volcengine-dns/signature-does-not-match-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: '2023041116283931DC4B51E4C8C7660227',
      code: 'SignatureDoesNotMatch',
    },
    why: "Rule 3: a body of one member holding an object is that object; `Error` inside `ResponseMetadata` is the error object. Rule 1: 401: unauthenticated, and `SignatureDoesNotMatch` is a credential code. Rule 2.3 (the fifty-seventh holdout's row): a signature that does not match is developer text ('The request signature we calculated does not match the signature you provided.'): the default (rule 2.4). Rule 5: `RequestId` (PascalCase `requestId`): the support id. Rule 6: the word code `Code` over the numeric `CodeN`: 'SignatureDoesNotMatch'. Hesitated on message (other reading: the AWS-style sentence kept) and on code (other reading: '100010').",
  },
  {
    id: 'volcengine-dns/internal-error-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: '2023041116283931DC4B51E4C8C7660227',
      code: 'InternalError',
    },
    why: "Rule 3: `ResponseMetadata` is the body's one member and holds the error object. Rule 1: 500: server. Rule 2.1: 'Service has some internal Error. Pls Contact With Admin.' is a generic line ('Internal … error') with a plea to contact an administrator after it, as the Câmara's 'Erro - Contate o Administrador' says no more than the status: the default (rule 2.4). Rule 5: `RequestId`: the support id. Rule 6: `Code` over the numeric `CodeN`: 'InternalError'. Hesitated on code (other reading: none, a code that only restates the status, or '100014') and on message (other reading: the line kept, as 'please contact your administrator' lines were).",
  },
  {
    id: 'baidu-cloud-dns/no-such-object-404',
    expect: {
      kind: 'not-found',
      message: 'zone not exist',
      fields: [],
      logId: 'c4abab14',
      code: 'NoSuchObject',
    },
    why: "Rule 1: 404: not-found, and `NoSuchObject` agrees. Rule 2.1: 'zone not exist' says what was not found (only the bare reason phrase restates the status, 'Resource not found' is a sentence), and it names no input missing or invalid: kept. Rule 5: `requestId`. Rule 6: `code`: 'NoSuchObject'. Hesitated on message (other reading: the default, a lone word in small letters starting the line).",
  },
  {
    id: 'dnspod/domain-id-invalid-200',
    expect: {
      kind: 'unknown',
      message: 'Domain id invalid',
      fields: [],
      logId: null,
      code: '6',
    },
    why: "Rule 3: a body of one member holding an object is that object: `status` is the error object. Rule 1: a 200 whose `code` \"6\" is no 4xx or 5xx status and no code any row sorts; lines about no field on a 2xx say what failed, not that an input did (OCR.space's), and text never decides: unknown. Rule 2.1: 'Domain id invalid' names what is invalid in words with a space and a capital, not the API's key written as code, quoted or called a parameter ('Invalid phone number' stays): kept. Rule 5: no id. Rule 6: `status.code`: '6'. Hesitated on message (other reading: the default, a line naming only which input is invalid, the API's `domain_id`).",
  },
  {
    id: 'westcn/record-already-exists-200',
    expect: {
      kind: 'unknown',
      message: '记录已经存在重复添加',
      fields: [],
      logId: null,
      code: '20118',
    },
    why: "Rule 1: a 200; `result: 500` is no member the rules read as a status (`code`, `status`, `statusCode`, `status_code`, `http_status_code`), `errcode` 20118 is a vendor number no row sorts, and 'already exists' is text, which never decides: unknown. Rule 2.1: `msg` is a Chinese sentence ('the record already exists, added twice'), one token of its letters being a sentence: kept. Rule 5: `clientid` names the client, not an occurrence: no id. Rule 6: `errcode` (`err_code` by its shape): '20118'. Hesitated on kind (other reading: server, `result: 500` read as the body's own error status beside the 2xx; or conflict from the words).",
  },
  {
    id: 'dnsla/internal-error-500-in-body-200',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: beside a 2xx, a numeric `code` of an error status names it (Twelve Data's `code: 429`): 500: server. Rule 2.1: `msg` 'internal error' is generic ('Internal … error'): the default (rule 2.4). Rule 2: `data` is null. Rule 5: no id. Rule 6: `code` 500 in digits is the status the body means, not a code: none.",
  },
  {
    id: 'huawei-cloud-dns/lock-busy-500',
    expect: {
      kind: 'server',
      message: 'Could not acquire the lock',
      fields: [],
      logId: null,
      code: 'DNS.0021',
    },
    why: "Rule 1: 500: server; `DNS.0021` is a vendor code no row sorts. Rule 2.1: 'Could not acquire the lock, please try again later.' says what went wrong (the resource is locked) and asks to retry; JSON is no rule 2.6 plain text: kept. Rule 4: 'try again later' names no time: no wait. Rule 5: no id. Rule 6: `code`: 'DNS.0021'. Hesitated on message (other reading: the default, a lock being the server's internals, rule 2.3).",
  },
  {
    id: 'iflytek-spark/hmac-enforced-header-host-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.3: 'HMAC signature cannot be verified:enforced header 'host' not used for signature creation' is a signature's internals (a signature that does not verify, the headers it was computed over): developer text: the default (rule 2.4). Rules 4 to 6: no headers, no id, no code.",
  },
  {
    id: 'sensenova/authorization-not-found-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: '16' },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: 'Authorization Not Found' is the 401's phrase in other words ('Authorization Required', 'Authentication required'), said of the `Authorization` header the API names: no more than the status: the default (rule 2.4). Rule 5: no id. Rule 6: `error.code` 16, a numeric code that is no HTTP status: '16'. Hesitated on message (other reading: the line kept, naming the credential that is missing) and on code (other reading: none, gRPC's number for UNAUTHENTICATED only restating the 401).",
  },
  {
    id: 'cowin/unauthenticated-access-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.6: plain text on a 4xx is the message when it is a sentence, but 'Unauthenticated access!' is the 401's phrase in other words ('Unauthorized access' restates a 401, the thirtieth holdout's row): the default (rule 2.4). Rules 4 to 6: no headers, no id, no code.",
  },
  {
    id: 'banco-inter/empty-body-400-headers',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: a 400 with an empty body, no fields, no code: a bad request. Rule 2.4: no text: the default. Rule 4: the `Date` header gives `now`; no `Retry-After` or reset header: no wait. Rule 5: `x-request-id` is empty, and no other header is named like a request id (`x-envoy-upstream-service-time`, `x-application-context` are not): no id. Rule 6: no code.',
  },
  {
    id: 'banco-do-brasil/convenio-nao-cadastrado-4432632-400',
    expect: {
      kind: 'bad-request',
      message: 'Convenio/Carteira/Variacao nao cadastrado',
      fields: [],
      logId: 'CHOM00000075256534170101',
      code: '4432632',
    },
    why: "Rule 3: `erros` is the Portuguese `errors` (`erro` holds errors, the fifty-first holdout's row), its lone item's `codigo` the code and `mensagem` the message; no path member: form-level. Rule 1: a 400 without field errors whose code 4432632 is a vendor number no row sorts; 'nao cadastrado' (not registered) is text, which never decides: a bad request. Rule 2.2: the lone form-level sentence of the list speaks, a Portuguese sentence for the person: kept. Rule 5: `ocorrencia` is the occurrence's identifier (Portuguese 'occurrence', as RFC 9457's `instance` identifies the occurrence), a token: the support id. Rule 6: the lone item's `codigo`: '4432632'. Hesitated on logId (other reading: none, `ocorrencia` being no name rule 5 lists) and on kind (other reading: not-found, from the words).",
  },
  {
    id: 'bradesco-pix/policy-falsified-soap-fault-500-xml',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'soapenv:Server' },
    why: "Rule 3: XML read as JSON: the one-element `Envelope` and `Body` wrappers are dropped; the `Fault` is the error object. Rule 1: 500: server. Rule 2.1: `faultstring` 'Policy Falsified' is the Layer7 gateway's stock label for a failed policy, two words that name a category, not a sentence for the person; `detail`'s `policyResult` attribute holds only the 500's reason phrase and `faultactor` the URL: the default (rule 2.4). Rule 5: no id. Rule 6: `faultcode`, a code member by its shape: 'soapenv:Server'. Hesitated on message (other reading: 'Policy Falsified' kept as the fault's string) and on code (other reading: none, SOAP's `Server` class only restating the 5xx).",
  },
  {
    id: 'up-bank/invalid-parameter-filter-until-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['filter.until', 'invalid date-time value']],
      logId: null,
      code: null,
    },
    why: "Rule 3: the lone JSON:API error names its field in `source.parameter`: `filter[until]` is `filter.until`; its message is `detail` over `title` (rule 2.2). Rule 1: a 400 that carries field errors: validation. Rule 2.4: a list of one item that names a field stays a list, its sentence the field's; `title` 'Invalid Parameter' is generic: the default. Rule 5: no id. Rule 6: `status` \"400\" restates the status and no item carries a code: none.",
  },
  {
    id: 'getnet/debit-attributes-not-allowed-400',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'GENERIC-400' },
    why: "Rule 1: a 400 that lists several messages about the input (three `details` items, each an invalid attribute): validation. Rule 3: the items carry no path member; the keys named in their text are no path by structure (only class-validator's lines name their field), and the top `name` 'payments' holds a word, no list: no field. Rule 2.1: `message` 'Bad Request' is the reason phrase; the items' lines name only which input is invalid by the API's keys written as code ('debit.authenticated is invalid', '\"authenticated\" is not allowed'), and three lines are several problems, no lone sentence: the default (rule 2.4). Rule 5: no id. Rule 6: errors that all carry one code give it (ONS's): 'GENERIC-400'; `status_code` 400 is the status and `status: \"DENIED\"` a flag. Hesitated on code (other reading: none, a code that carries the status's number only restating it) and on fields (other reading: `debit.authenticated`, `debit.delayed`, `debit.number_installments` read from the lines).",
  },
  {
    id: 'copernicus-cds/job-results-no-such-job-404',
    expect: {
      kind: 'not-found',
      message: 'job 1234 has not been found',
      fields: [],
      logId: null,
      code: 'http://www.opengis.net/def/exceptions/ogcapi-processes-1/1.0/no-such-job',
    },
    why: "Rule 1: 404: not-found, and the problem type agrees. Rule 2.2: RFC 9457 `detail` beats `title`; 'job 1234 has not been found' says which job was not found, no input missing or invalid: kept. Rule 5: `instance` is a URL path, not a token: no id. Rule 6: no explicit code member; a problem `type` URI is the code when there is no other: the URI. Hesitated on code (other reading: its last segment 'no-such-job').",
  },
  {
    id: 'gfw-data-api/select-statements-only-400',
    expect: {
      kind: 'bad-request',
      message: 'Must use SELECT statements only',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without fields or code: a bad request. Rule 2.1: `message` 'Must use SELECT statements only.' tells the person writing the query what the API accepts; it is no SQL error or statement (rule 2.3): kept. Rule 5: no id. Rule 6: `status: \"failed\"` is a call's flag: no code. Hesitated on message (other reading: the default, SQL text being developer text).",
  },
  {
    id: 'gfw-data-api/creation-options-required-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['creation_options', 'field required']],
      logId: null,
      code: 'value_error.missing',
    },
    why: 'Rule 1: 422: validation. Rule 3: `message` holds a list of FastAPI items, read under any member name since each names a field and carries a message: `loc` ["body", "creation_options"] is `creation_options` (the leading `body` removed). Rule 2.4: only field messages remain: the default. Rule 5: no id. Rule 6: the lone item\'s `type` is its code: \'value_error.missing\'; `status: "failed"` is a flag. Hesitated on code (other reading: none, the validator\'s type being the field\'s, not the response\'s).',
  },
  {
    id: 'hydrocron/required-parameter-missing-status-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors or code: a bad request. Rule 2.1: a `status` written as a sentence is a message; '400: ' before it is the status's number and is dropped; 'This required parameter is missing: 'feature'' names only which input is missing, by the API's quoted name ('Missing required parameter: templateId'): the default (rule 2.4). Rule 3: `results` holds an empty string and an empty object, no messages: no field. Rule 5: no id. Rule 6: `status` holds a sentence: no code.",
  },
  {
    id: 'trefle/record-not-found-404',
    expect: {
      kind: 'not-found',
      message: "can't find record",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `message` 'can't find record: \"bauhinia-blakeana\"' says what was not found with the value sought, as ActiveRecord's 'Couldn't find Project with id=…' stays a sentence; no input missing or invalid: kept. Rule 5: no id. Rule 6: `error: true` is a flag: no code. Hesitated on message (other reading: the default, a framework's lookup report as GORM's `record not found`).",
  },
  {
    id: 'nash/bad-request-quote-expired-400',
    expect: {
      kind: 'bad-request',
      message: 'quote_id qot_abc has expired',
      fields: [],
      logId: '1-62057334-41a43ef8a6d4f58a71e09ad2',
      code: 'BAD_REQUEST',
    },
    why: "Rule 1: a 400 whose code `BAD_REQUEST` only restates the status, no fields: a bad request. Rule 2.1: 'quote_id qot_abc has expired' starts with the API's key written as code, but says what happened to the value (the quote expired), not only that an input is missing or invalid: kept. Rule 5: `RequestID` (`requestID`): the support id. Rule 6: `error.code`, the only code ('400 BAD_REQUEST' in `response_status` restates it): 'BAD_REQUEST'. Hesitated on message (other reading: the default, a line naming an input by its key) and on code (other reading: none, a code that only restates the status).",
  },
  {
    id: 'stuart/cant-geocode-address-422',
    expect: {
      kind: 'validation',
      message: "The address can't be geocoded",
      fields: [],
      logId: null,
      code: 'CANT_GEOCODE_ADDRESS',
    },
    why: "Rule 1: 422: validation; `CANT_GEOCODE_ADDRESS` is a code no row sorts, which does not outrank the 422. Rule 2.1: `message` is a sentence for the person over the code in `error`: kept. Rule 3: no path member: no field. Rule 5: no id. Rule 6: `error`, a code alone in its member: 'CANT_GEOCODE_ADDRESS'.",
  },
  {
    id: 'sendbox/auth-token-required-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Please provide an auth token',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: `description` is the occurrence's sentence beside the `title` 'Auth token required'; it names the credential (an auth token) and says what to do, and a credential's name stays ('access_token is invalid'): kept. Rule 5: no id. Rule 6: `title` holds words: no code. Hesitated on message (other reading: the default, the 401's phrase in other words, 'Authentication required').",
  },
] satisfies Reading[];
