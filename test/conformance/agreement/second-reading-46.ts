import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 31 cases (every third case of the forty-sixth holdout’s six parts in file order, parts A
// to F, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind46/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the forty-fifth's, `second-reading-45.ts`) as a
// model of the format, and the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was
// thrown, so `now` is the `Date` header, else 2026-11-22T12:00:00Z; no response carried a `Retry-After`, a reset
// header or a body hint, and the only waits in text are "try again later" without a figure and Omie's clock time
// without a zone, so no case states a retry), no notes, no expectations. They were told not to open the case files or
// anything else under `test/conformance/`, the kit's source, its README or changelog, `test/core/`, the live rules
// file, the git history or the rest of `.tmp/`, nor to run the kit, the conformance script or any test, nor to use
// search tools; they wrote this file by its full path without listing its folder. They marked 19 cases "hesitated"
// and named the other reading. Written once and not changed after the comparison.

export default [
  {
    id: 'hikvision-isapi/user-check-unauthorized-401-xml',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 3 (XML read as JSON): the one-element wrapper `<userCheck>` is dropped, leaving `statusValue` 401 and `statusString` 'Unauthorized'. Rule 2.1: 'Unauthorized' is the 401's bare reason phrase, which restates the status; no other text, so the default (rule 2.4). Rule 5: no id in the body, no request-id header (`Server`, `WWW-Authenticate` with a Digest nonce are no support ids). Rule 6: `statusValue` is the status in digits and `statusString` its reason phrase, no code member. Rule 4: no wait. Hesitated on code: `statusString` is a word in a status member, as a `statusCode` written as a word is a code (other reading: 'Unauthorized').",
  },
  {
    id: 'reolink/logout-please-login-first-200',
    expect: {
      kind: 'unknown',
      message: 'please login first',
      fields: [],
      logId: null,
      code: '-6',
    },
    why: "Rule 3: a JSON array of one error envelope is that envelope (`{ cmd, code, error: { detail, rspCode } }`). Rule 1: a 200; `code: 1` is no 4xx or 5xx status, `rspCode` -6 is a vendor's number that names no kind, and text never decides, so a 2xx with nothing that names what failed: unknown. Rule 2: `error.detail` 'please login first' is a sentence for the person (an instruction, not a code, word or reason phrase). Rule 3: no path-like member. Rule 5: no id, no headers. Rule 6: the error object's own `rspCode` (a code by the shape of its name, as `responseCode`), more specific than the envelope's result flag `code: 1`; as a string. Hesitated on kind: the line asks to sign in (other reading: unauthenticated, reading -6 as a not-logged-in code); and on code: `code: 1` is the envelope's (other reading: '1', or null).",
  },
  {
    id: 'amcrest/storage-device-bad-request-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request. Rule 2.1/2.6: the text body's lines are 'Error' (a generic summary) and 'Bad Request!' (the 400's bare reason phrase), so no sentence: the default. Rules 5 and 6: no headers, no id, no code. Rule 4: no wait.",
  },
  {
    id: 'ring/oauth-not-acceptable-406-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 406 is in the bad-request row. Rule 2.1: '406 Not Acceptable' is the status's number and its reason phrase ('HTTP 404', '404 Route Not Found'), which only restate the status: the default. Rules 5 and 6: only `Content-Type`, no id, no code.",
  },
  {
    id: 'wyze/cloudfront-request-blocked-403-html',
    expect: {
      kind: 'forbidden',
      message: DEFAULT,
      fields: [],
      logId: 'FlWQ6o6kw4e04bTcWHyQ8ao0cXZeJ-bVGq_v69RDFsWVszW5yqGVQw==',
      code: null,
    },
    why: "Rule 1: 403, with no `Retry-After` and no rate-limit remaining of 0, and no code; the page's 'too much traffic … Try again later' is text, which never decides: forbidden. Rule 2.5: an HTML error page gives no message (its text goes to `details`): the default. Rule 4.4: a page's stock 'Try again later' sets no time (and holds no figure). Rule 5: no body member; `x-amz-cf-id` is a listed request-id header (the page's 'Request ID:' repeats it). Rule 6: no code (`x-cache` is a cache status).",
  },
  {
    id: 'nuki-bridge/unauthorized-401-text',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'HTTP 401 Unauthorized' is the status and its reason phrase ('HTTP 404' is listed), which restate the 401: the default. Rules 5 and 6: no headers, no id, no code.",
  },
  {
    id: 'timekit/create-booking-calendar-id-not-uuid-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['event', 'calendar id must be a valid UUID']],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422. Rule 3: `errors` is a container at the top, a map of path to lists of strings: `event` → 'calendar id must be a valid UUID' (the record's key is the path; the text names a sub-field only in words). Rule 2.4: only a field message, no form-level sentence (`action` 'save_booking_data' is the action's name, not a message): the default. Rule 6: `action` names the client's operation, no error code. Rule 5: only `Content-Type`, no id.",
  },
  {
    id: 'nexudus/an-error-has-occurred-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2.1: `Message` (PascalCase `message`, rule 3) 'An error has occurred.' is a line made only of words that say something failed, generic however they are arranged ('An error occurred processing your request'): the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'egym/membership-exists-conflict-409',
    expect: {
      kind: 'conflict',
      message: 'Membership conflicts with another account.',
      fields: [],
      logId: null,
      code: 'membershipExists',
    },
    why: "Rule 1: 409, and `membershipExists` is an 'already exists' code besides. Rule 2.1: `error` 'Conflict' is the reason phrase; `message` is the sentence. Rule 3: `path` at the top is the request's URL path; `metadata.accountId` is a record's id, not a message, so no field. Rule 5: no support id (`accountId` names the other account, not the occurrence). Rule 6: the explicit `errorCode`; `status` restates the 409.",
  },
  {
    id: '42min/insufficient-scope-403',
    expect: {
      kind: 'forbidden',
      message: "This action requires the 'bookings:create' scope",
      fields: [],
      logId: 'req_…',
      code: 'insufficient_scope',
    },
    why: "Rule 1: 403, and `insufficient_scope` is a listed permission code. Rule 2: the error object's `message`, a sentence. Rule 3: `details.required_scope` holds a scope's name, not a message, and names no input: no field. Rule 5: the error's own `request_id` wins (copied as the docs print it). Rule 6: `error.code`. Hesitated on support id: the docs' value is elided ('req_…') (other reading: null); and on fields: `details` as a map of fields (other reading: `required_scope` → 'bookings:create').",
  },
  {
    id: 'zenspace/validation-failed-start-time-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['start_time', 'start_time must be in the future']],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 that carries field errors: validation. Rule 3: `errors` items with `field` and `message`: `start_time`. Rule 2.1: `message` 'Validation failed' is a generic summary, and the only other text is the field's: the default (rule 2.4). `success: false` with no `data` changes nothing. Rules 5 and 6: no id, no code (`status` restates the 400).",
  },
  {
    id: 'thia/not-a-partner-403',
    expect: {
      kind: 'forbidden',
      message: 'This API is only available for partners',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403. Rule 2.1: `error` 'Access denied' is a short category line (as 'Access forbidden' is generic); `message` is the specific sentence for the person. Rules 5 and 6: no id; 'Access denied' is two words, not a code token. Hesitated on code: `error` read without case or separators is `access_denied` (other reading: 'Access denied').",
  },
  {
    id: 'booki/invalid-json-parse-error-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'ParseError' },
    why: "Rule 1: a 400 without field errors; `ParseError` (read without its suffix, 'parse') names no kind but the request's body, so the 400 decides: a bad request. Rule 2.3: 'Invalid JSON format' is named developer text (a server that could not parse the request's JSON); `statusCode` restates the status: the default. Rule 5: no id. Rule 6: `error` holds a single PascalCase token in the place a reason phrase would sit, read as the vendor's error type. Hesitated on code: it is an exception class's name rather than a documented code (other reading: null).",
  },
  {
    id: 'easitrace/service-credentials-invalid-a1000-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Service Credentials Invalid',
      fields: [['X-API-Key', 'Service Credentials Invalid']],
      logId: null,
      code: 'A-1000',
    },
    why: "Rule 1: 401 (a code never turns a 401 into anything else). Rule 2.2: `description` is the sentence: a credential line, kept as 'Invalid token' and 'Invalid credentials' are. Rule 3: the error object itself names the one field it is about in `field`, so its message is that field's error too (the header's name kept as sent, as FastAPI's `header` location gives its name). Rule 5: no id. Rule 6: the explicit `code` over the numeric `category`. Hesitated on message: it names only what is invalid (other reading: the default); and on fields: a header is no form input (other reading: none).",
  },
  {
    id: 'apv-veterinaria/accion-no-valida-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 whose only member `error` is text; no status in the body, no code: a 2xx with nothing that names what failed: unknown (lines about no field on a 2xx say what failed, OCR.space's). Rule 2.1: 'accion no valida.' ('action not valid') says only that what was asked is invalid, as 'Your request is invalid.', 'Invalid request format' and 'Unable to do that' do: generic, the default. Rules 5 and 6: no id; a sentence, not a code. Hesitated on message: a short sentence in Spanish (other reading: 'accion no valida').",
  },
  {
    id: 'apv-veterinaria/token-no-valido-o-inexistente-403',
    expect: {
      kind: 'forbidden',
      message: 'Token no valido o inexistente',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 and no code: text never decides, so its words about a token do not make it a credential failure. Rule 2: `msg` is the sentence ('Token not valid or missing'), a credential line kept as 'Invalid token' is. Rules 5 and 6: no id, no code. Hesitated on kind: the line says the credential is invalid or missing (other reading: unauthenticated); and on message: a line naming only what is invalid (other reading: the default).",
  },
  {
    id: 'judge0/wait-not-allowed-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request. Rule 2.1: 'wait not allowed' names only which parameter (`wait`) is refused, as 'Missing 'name' parameter' and 'Invalid parameter 'x'' name only which one is missing or invalid: generic, the default. Rule 3: the parameter is named in text only, no field. Rules 5 and 6: no id; the `error` text is words, not a code. Hesitated on message: 'not allowed' says what is wrong with it (other reading: 'wait not allowed').",
  },
  {
    id: 'judge0/authentication-failed-401-empty-body',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 401. Rule 2.4: an empty body, no sentence: the default. Rules 5 and 6: no headers, no id, no code. Rule 4: no wait.',
  },
  {
    id: 'compiler-explorer/base-style-not-supported-422',
    expect: {
      kind: 'validation',
      message: "Style 'bad-base' is not supported",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422. Rule 2: the body's one text, `answer`, is a sentence that says what is wrong with the value sent (no stack, class or parser report); `exit` is a number. Rule 3: no path-like member, no field. Rule 6: `exit: 3` is the formatter's exit status, not a documented error code. Rule 5: no id. Hesitated on message: `answer` is no message member by name (other reading: the default).",
  },
  {
    id: 'piston/public-instance-unknown-language-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: a 200 whose body (`output: ""`) says nothing of a failure: unknown. Rule 2.4: an empty member says nothing, so the default. Rules 5 and 6: no headers, no id, no code.',
  },
  {
    id: 'ibm-quantum-runtime/backend-unavailable-503',
    expect: {
      kind: 'unavailable',
      message: 'Backend backend1 is currently not accepting jobs',
      fields: [],
      logId: 'ce8daktphcl2meq7anq0',
      code: 'service_unavailable',
    },
    why: "Rule 1: 503, and `service_unavailable` on a 5xx names an outage too. Rule 2.2: the lone item of `errors` speaks; its sentence 'Backend backend1 is currently not accepting jobs, try again later.' (the quantum backend the person chose, not infrastructure behind the service; the substring sits in it whether or not the 'backend is unavailable: [' label is kept). Rule 4.4: 'try again later' holds no figure: no wait. Rule 3: `more_info` is a docs link, no field. Rule 5: the body's `trace`, IBM Cloud's id of the request, a token by the shape of `traceId`. Rule 6: the item's `code`. Hesitated on support id: `trace` is among rule 7's debug members (other reading: null).",
  },
  {
    id: 'ibm-quantum-experience/max-credits-exceeded-403',
    expect: {
      kind: 'rate-limited',
      message: 'Your credits are not enough.',
      fields: [],
      logId: null,
      code: 'MAX_CREDITS_EXCEEDED',
    },
    why: "Rule 1: `MAX_CREDITS_EXCEEDED` is a quota code (credits spent are a quota, as CloudConvert's `CREDITS_EXCEEDED`), which decides on any status and outranks the 403: rate-limited. Rule 2: `message` is the sentence. Rule 4: no `Retry-After`, reset header, body hint or wait in the text: no retry. Rules 5 and 6: no id; the explicit `code` (`status` restates the 403).",
  },
  {
    id: 'nersc-iri/sbatch-qos-policy-rejection-404',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'https://api.iri.nersc.gov/problems/not-found',
    },
    why: "Rule 1: 404 (a code never turns a 404 into anything but not-found). Rule 2.1: `title` 'Not Found' is the reason phrase; rule 2.3: `detail` is the batch scheduler's stderr passed through ('sbatch: error: QOSMaxWallDurationPerJobLimit', 'sbatch: error: …'), log lines and a report of another program's failure behind the service, after a generic 'Error awaiting results:': developer text, so the default. Rule 5: no id (`instance` absent). Rule 6: a problem `type` URI is the code when there is no other. Hesitated on message: the last clause says what policy the job broke (other reading: 'Job violates accounting/QOS policy'); and on code: the type only restates the 404 and may be read by its last segment (other reading: 'not-found', or null).",
  },
  {
    id: 'quantinuum-nexus/results-endpoint-moved-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: `detail` 'Not Found' is the bare reason phrase (FastAPI's stock): the default. Rules 5 and 6: no headers, no id, no code.",
  },
  {
    id: 'rdstation/invalid-token-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid token.',
      fields: [],
      logId: null,
      code: 'UNAUTHORIZED',
    },
    why: "Rule 1: 401. Rule 2: `error_message` (a message by the shape of its name) 'Invalid token.', a credential line kept as 'Invalid token' is. Rule 5: no id. Rule 6: `error_type` is a category, and with no other code the only machine code. Hesitated on message: it names only what is invalid (other reading: the default); and on code: the category only restates the 401 (other reading: null).",
  },
  {
    id: 'omie/request-already-processed-client-1100-500',
    expect: {
      kind: 'server',
      message: 'Esta requisição já foi processada ou está sendo processada',
      fields: [],
      logId: null,
      code: 'SOAP-ENV:Client-1100',
    },
    why: "Rule 1: 500; `Client-1100` names no throttling code, and a code never turns a 5xx into a 4xx kind other than rate-limited: server. Rule 2.1: `faultstring` (the SOAP fault's message) is a sentence in JSON (rule 2.6 is for plain text); the leading 'ERROR: ' is a status label that says no more, and the trailing '(1)' a counter. Rule 4: 'você pode tentar novamente às 19:04:08' gives a clock time without a zone, no duration rule 4.4 reads: no retry. Rule 5: no id. Rule 6: `faultcode`, the fault's code member. Hesitated on code: the `SOAP-ENV:` prefix is the envelope's namespace (other reading: 'Client-1100', or null as no rule names `faultcode`); on retry (other reading: a wait until 19:04:08 Brasília time); and on kind: the text describes a repeated call refused for a while (other reading: rate-limited).",
  },
  {
    id: 'omie/no-records-for-page-client-5113-500',
    expect: {
      kind: 'server',
      message: 'Não existem registros para a página',
      fields: [],
      logId: null,
      code: 'SOAP-ENV:Client-5113',
    },
    why: "Rule 1: 500; `Client-5113` names no kind, and a code never turns a 5xx into not-found: server. Rule 2.1: `faultstring` after its 'ERROR: ' label is a sentence ('There are no records for page [1]!'), in JSON, so rule 2.6 does not apply. Rule 5: no id. Rule 6: `faultcode`. Hesitated on code: the `SOAP-ENV:` prefix (other reading: 'Client-5113', or null).",
  },
  {
    id: 'correios-sigep/cep-must-have-8-digits-soap-fault-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'soap:Server' },
    why: "Rule 1: 500 and no code that says more: server. Rule 3: XML read as JSON would have sent it (the Envelope, Body and Fault wrappers of one element dropped): `faultcode`, `faultstring`, `detail` holding `SigepClienteException`. Rule 2.1: `faultstring` 'BUSCA DEFINIDA COMO EXATA, 0 CEP DEVE TER 8 DIGITOS' is words in capitals only, a code, not a sentence; the `detail` repeats it under an exception's class (rule 2.3): the default. Rule 5: no id, no headers. Rule 6: `faultcode`, the fault's code member. Hesitated on message: it is a full sentence in a Latin script written in capitals (other reading: 'CEP DEVE TER 8 DIGITOS'); and on code: 'soap:Server' only restates the 5xx (other reading: null, or the capitals line as the code).",
  },
  {
    id: 'cakto/credentials-not-provided-401',
    expect: {
      kind: 'unauthenticated',
      message: 'As credenciais de autenticação não foram fornecidas.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2: DRF's `detail`, a sentence in Portuguese ('Authentication credentials were not provided.') that says what was missing. Rules 5 and 6: no id, no code. Hesitated on message: it says no more than a 401 does, as 'Authentication required' (other reading: the default).",
  },
  {
    id: 'qitech/client-integration-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'No ClientIntegration found for api_client_key',
      fields: [],
      logId: null,
      code: 'GDF000018',
    },
    why: "Rule 1: 404 (a code never turns it into anything but not-found). Rule 2.2: `title` 'Not Found' is the reason phrase; `description` is the occurrence's sentence ('{api_client_key}' is the docs' slot, text). Rule 3: the key is named in text only, no field. Rule 5: no id. Rule 6: the explicit `code`. Hesitated on message: `translation` is the same sentence in Portuguese, which a localized message would make win (other reading: 'Nenhuma ClientIntegration encontrada para api_client_key').",
  },
  {
    id: 'gestao-plus/checkout-already-concluded-400',
    expect: {
      kind: 'bad-request',
      message: 'Fail to start checkout',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code; the text's state ('CONCLUIDO') never decides: a bad request. Rule 2.2: `title` 'Bad Request' is the reason phrase; `detail` is the occurrence's sentence ('Fail to start checkout, payment cannot executed when status = …'). Rule 5: no id. Rule 6: the problem `type` only links HTTP's status-code section of RFC 2616, no code of the vendor's. Hesitated on code: a problem type URI is the code when there is no other (other reading: 'http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html'); and on kind: a payment already concluded is a resource in the wrong state (other reading: conflict).",
  },
] satisfies Reading[];
