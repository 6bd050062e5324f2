import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 26 cases (every third case of the fifty-sixth holdout’s four parts in file order, parts A
// to D, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind56/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the fifty-second's) as a model of the format, and
// the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was thrown, so `now` is the
// `Date` header where one was sent (Attio's two responses, Kanta's 401 without a body), else 2026-11-22T12:00:00Z; no
// response carried a `Retry-After`, a reset header, a body hint or a wait in its text, and none is a 429, so no case
// states a retry), no notes, no expectations. They were told not to open the case files or anything else under
// `test/conformance/`, the kit's source, its README or changelog, `test/core/`, the live rules file, the git history or
// the rest of `.tmp/`, nor to run the kit, the conformance script or any test, nor to use search tools; they wrote this
// file by its full path without listing its folder. They marked 20 cases "hesitated" and named the other reading.
// Written once and not changed after the comparison.

export default [
  {
    id: 'attio/create-list-body-payload-validation-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['data.api_slug', 'Required'],
        ['data.workspace_access', 'Required'],
        ['data.workspace_member_access', 'Required'],
      ],
      logId: '965cb26e6a243d85-EWR',
      code: 'invalid_type',
    },
    why: "Rule 1: a 400 that carries field errors: validation (and `validation_type` is a validation code anyway). Rule 3: `validation_errors` is a list of items with a `message` and a path given as segments (`path: ['data', 'api_slug']`), read under any member name; the segments keep the body's `data` wrapper, which no rule removes (only JSON:API's `/data/attributes/` and FastAPI's leading request part are), so `data.api_slug`, `data.workspace_access`, `data.workspace_member_access`, each 'Required' (a field's one-word message is kept). Rule 2.1: 'Body payload validation error.' only says the input failed validation (as 'Validation error'): generic; with only field messages, rule 2.4 gives the default. Rule 5: no body id; `cf-ray` is a listed request-id header, read before any other header named like one (`x-attio-execution-id` is not named `…request-id`). Rule 6: `validation_type` only says validation and `type` 'invalid_request_error' is a category; the three items all carry one code, `invalid_type` (errors that all carry one code give it, as ONS's do), the most specific. Hesitated on fields: `data` is Attio's body wrapper, as JSON:API's is (other reading: `api_slug`, `workspace_access`, `workspace_member_access`); and on code (other reading: 'validation_type', the envelope's explicit `code`).",
  },
  {
    id: 'attio/list-companies-endpoint-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Could not find endpoint',
      fields: [],
      logId: '965cb26fcae66e28-EWR',
      code: 'not_found',
    },
    why: "Rule 1: 404, and `not_found` agrees. Rule 2: `message` is a sentence saying what was not found; no rule names a route's method and path as developer text. Rule 5: no body id; `cf-ray` is a listed request-id header. Rule 6: `code` 'not_found' is the explicit code (`type` 'invalid_request_error' is a category). Hesitated on message: it names an API endpoint by method and path, written for whoever calls the API, as RESTEasy's 'Could not find resource for relative' was read (other reading: the default).",
  },
  {
    id: 'e-conomic/problem-resource-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Resource not found.',
      fields: [],
      logId: 'a2a259bbe959d8d5-CPH',
      code: 'ResourceNotFound',
    },
    why: "Rule 1: 404. Rule 2.1: 'Resource not found.' is a sentence, not the bare reason phrase (the fifth holdout's row: only 'Not Found' itself restates the status): kept. Rule 5: the body's `traceId` is the support id. Rule 6: an explicit code member (`errorCode`) beats the problem `type`, which only links RFC 9110's section for 404. Hesitated on code: 'ResourceNotFound' says little more than the 404 (other reading: no code, as a code that only restates the status).",
  },
  {
    id: 'e-conomic/barred-accounting-period-danish-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['entries.items.0.date', 'Perioden er spærret.']],
      logId: null,
      code: 'E04041',
    },
    why: "Rule 3: among errors, a record leads its errors' paths: under `errors`, `entries` → `items` (index 0) → `date`, whose `errors` hold one item with `propertyName: 'Date'` and `errorMessage` 'Perioden er spærret.'; an item's path that repeats the field whose errors hold it stays that field (Canvas's), so `entries.items.0.date`. Rule 1: a 400 that carries field errors: validation. Rule 2.3: `developerHint` is for developers by its name; rule 2.4: only a field message: the default. Rule 5: no id. Rule 6: the lone item's code over its envelope's (`E04300`). Hesitated on fields: the item's `propertyName` spells it 'Date' (other reading: `entries.items.0.date.Date` or `entries.items.0.Date`); and on code (other reading: 'E04300', the body's own `errorCode`).",
  },
  {
    id: 'yclients/marketplace-callback-aggregator-not-found-400',
    expect: {
      kind: 'bad-request',
      message: 'Агрегатор не найден',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (text never decides, so 'не найден' makes no not-found; `success: false` with a null `data` holds nothing). Rule 2: a body's `meta` is read last as an envelope; `meta.message` 'Агрегатор не найден' ('Aggregator not found') names what was not found, as 'Resource not found' is a sentence. Rules 5 and 6: no id, no code. Hesitated on message: it is short and only says something was not found, as the Russian 'Не найдено' is generic (other reading: the default).",
  },
  {
    id: 'altegio/appointments-an-error-has-occurred-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: `meta.message` 'An error has occurred' only says something failed ('An error occurred processing your request', 'Something went wrong'): generic, the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'trento-web/invalid-refresh-token-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid refresh token.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 3: the lone JSON:API-style item of `errors` is the error; no field. Rule 2.2: its `detail` beats its `title` ('Unauthorized', the 401's reason phrase); 'Invalid refresh token.' is a credential line, kept as 'Invalid token' and 'Token invalid.' are. Rules 5 and 6: no id; the `title` is a reason phrase, no code. Hesitated on message: it names only what is invalid (other reading: the default).",
  },
  {
    id: 'trento-wanda/unhandled-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500. Rule 2.2: the lone item's `detail` beats its `title` ('Internal Server Error', the reason phrase), but 'An error has occurred.' only says something failed: generic, the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'aptos/account-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'account not found by address(0xf)',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2: `message` is a sentence saying which account was not found (and at which ledger version). Rule 5: `aptos_ledger_version` is the chain's state, no support id. Rule 6: `code` 404 only restates the status and nothing else is a code. Hesitated on code (other reading: '404', the only `code` member); and on message: `address(0xf)` reads like a program's printing of its values (other reading: the default).",
  },
  {
    id: 'zipkin/trace-not-found-404-text',
    expect: {
      kind: 'not-found',
      message: '7180c278b62e8f6a216a2aea45d08fc9 not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2.6: plain text on a 4xx is a sentence: the trace id asked for, then 'not found' (more than the bare reason phrase). Rule 5: the hex id is the trace the request named, not this occurrence, and no headers were sent. Rule 6: no code. Hesitated on message: it is only an id and the reason phrase's words (other reading: the default).",
  },
  {
    id: 'zipkin/trace-many-single-id-400-text',
    expect: {
      kind: 'bad-request',
      message: 'Use /api/v2/trace/{traceId} endpoint to retrieve a single trace',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: a 400 without field errors and without a code: a bad request. Rule 2.6: plain text on a 4xx is a sentence; `{traceId}` is a placeholder, no markup (rule 2.5). Rules 5 and 6: no headers, no id, no code. Hesitated on message: it sends whoever calls the API to another endpoint, text for a developer that no rule 2.3 item names (other reading: the default).',
  },
  {
    id: 'otel-collector/otlp-http-json-gzip-invalid-header-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '3' },
    why: "Rule 1: a 400 without field errors; `code` 3 is a number naming no kind in words, and the failure is the request's encoding (a body the server could not decompress), which is a bad request even as a code. Rule 2.3: 'gzip: invalid header' is Go's gzip decoder's report on the request body (a decoder's failure on the request body): developer text, the default. Rule 5: no id. Rule 6: `code` 3 is an explicit code (a numeric code is a string in the model). Hesitated on code: it is google.rpc's number for INVALID_ARGUMENT, which no rule reads by number (other reading: no code); and on kind (other reading: validation, from INVALID_ARGUMENT).",
  },
  {
    id: 'cosmo-router/field-not-authenticated-200',
    expect: {
      kind: 'forbidden',
      message: "Unauthorized to load field 'Query.employees.startDate'",
      fields: [],
      logId: null,
      code: 'UNAUTHORIZED_FIELD_OR_TYPE',
    },
    why: "Rule 1: a code outranks a 2xx; `UNAUTHORIZED_FIELD_OR_TYPE` is an `Unauthorized` code sent without a 401 (AppSync's on a 200): forbidden; text never decides, so 'Reason: not authenticated.' does not make it unauthenticated. Rule 2: the ten errors say one line ten times (a body that says an error twice says it once); 'not authorized' in a GraphQL error says what was refused. Rule 3: a GraphQL error's `path` points into the response: no field. Rules 5 and 6: no id; every error carries one code. Hesitated on kind: the code's own reason asks to sign in (other reading: unauthenticated); and on message: a schema coordinate is the query author's (other reading: the default).",
  },
  {
    id: 'tailcall/basic-missing-authorization-header-200',
    expect: {
      kind: 'unknown',
      message: 'Missing Authorization Header',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200 whose GraphQL error carries no code: nothing but text says what failed, and text never decides: unknown. Rule 2.1: 'Authentication Failure' is a category line (as 'Authentication failure' and 'Authorization Error'), a generic headline before a line of its own, which is judged alone: 'Missing Authorization Header' says what the request lacked. Rule 3: `locations` point into the query: no field. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: unauthenticated, from the words); and on message: it names only what is missing, an HTTP header a developer sets (other reading: the default).",
  },
  {
    id: 'kinto/precondition-failed-412',
    expect: {
      kind: 'conflict',
      message: 'Resource was modified meanwhile',
      fields: [],
      logId: null,
      code: '114',
    },
    why: "Rule 1: 412, a precondition on the current state: conflict. Rule 2: `error` 'Precondition Failed' is the reason phrase; `message` is the occurrence's sentence. Rule 3: `details.existing` is the stored record (a number, an id, a title), no map of messages: no field. Rule 5: `details.existing.id` is the record's id, not the occurrence's. Rule 6: `code` 412 restates the status; `errno` is Kinto's documented error number for programs, a code by the shape of its name (`err…`). Hesitated on code (other reading: no code, as `errno` is no listed member, or '412').",
  },
  {
    id: 'nbp/no-data-404-text',
    expect: { kind: 'not-found', message: 'Brak danych', fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1 and 2.6: plain text on a 4xx; '404 NotFound - Not Found - ' is the status's number, its code and its reason phrase (a reason phrase before ' - ' says no more), dropped; 'Brak danych' ('No data') says what the person asked for has no data. Rule 6: `NotFound` sits in text and restates the status: no code. Rule 5: no headers. Hesitated on message: two words that say little more than not found (other reading: the default).",
  },
  {
    id: 'warszawa-api/wrong-method-or-parameters-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 with no code and no status in the body: only text says what failed, and text never decides: unknown. Rule 2: `result` holds the body's one line (as Etherscan's `result` is a message), but 'Błędna metoda lub parametry wywołania' ('Wrong method or call parameters') says no more than a bad request ('Invalid request parameters provided', 'Param error'): generic, the default. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: bad-request, from the words).",
  },
  {
    id: 'biala-lista/invalid-nip-400',
    expect: {
      kind: 'bad-request',
      message: 'Nieprawidłowy NIP.',
      fields: [],
      logId: null,
      code: 'WL-115',
    },
    why: "Rule 1: a 400 without field errors; `WL-115` is the vendor's numbered code naming no kind: a bad request (text never decides, so 'Nieprawidłowy' makes no validation). Rule 2: 'Nieprawidłowy NIP.' ('Invalid NIP.') names the person's tax number in the person's words, as 'Invalid email address' does. Rule 5: no id. Rule 6: `code` 'WL-115' is the explicit code. Hesitated on message: it names only what is invalid (other reading: the default).",
  },
  {
    id: 'skattestyrelsen/wrong-platform-id-403',
    expect: {
      kind: 'forbidden',
      message: 'The reporter may not access the resource',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 (a 403 refuses; 'Wrong platformId' is text and no code). Rule 3: the lone item of `errors` names no field. Rule 2.2: its `detail` beats its `title`. Rules 5 and 6: no id; the `title` is words with a space, no code token.",
  },
  {
    id: 'skattestyrelsen/required-key-not-found-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422. Rule 3: the lone item's JSON:API `source.pointer` is '#/data/attributes', which is only the prefix JSON:API's paths drop: no field, the item is form-level (the missing key is named only in text). Rule 2.3: the `detail` '#/data/attributes: required key [sequenceNumber] not found' is everit's schema report (as Seats.io's), developer text; the `title` 'required' is a lone word: the default. Rules 5 and 6: no id; 'required' is a word, no code token. Hesitated on fields (other reading: `sequenceNumber`, or `data.attributes`, from the pointer); and on code (other reading: 'required', the schema keyword in `title`).",
  },
  {
    id: 'kanta-hyvinvointisovellus/access-rights-error-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: '5Y00009' },
    why: "Rule 1: 401 (a code never turns a 401 into anything else). Rule 3: FHIR's OperationOutcome with one issue about no element: its text is the message, from `details.text` (absent) else `diagnostics`. Rule 2.1: 'Käyttöoikeusvirhe.' ('Access rights error') is one word and a category line, as 'Authorization Error' is: the default. Rule 5: no headers, no id. Rule 6: a FHIR coding's code is the issue's: '5Y00009' (the issue's `code` 'processing' is FHIR's category). Hesitated on message: a Finnish compound reads as a sentence in its language (other reading: 'Käyttöoikeusvirhe.'); and on code (other reading: 'processing').",
  },
  {
    id: 'kanta-hyvinvointisovellus/invalid-token-401-no-body',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: '1.2.246.10.1.20241012103951.93.2023.11039512024343068778',
      code: null,
    },
    why: 'Rule 1: 401. Rule 2.4: no body, no sentence: the default. Rule 5: no body, so the first request-id header, `x-request-id`. Rule 6: no code.',
  },
  {
    id: 'frost-met-no/location-names-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Could not find any data locations for location names foobar',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2.1 and 2.2: `error.message` 'Not found' is the bare reason phrase; `reason` beside it is the occurrence's sentence (as a string `details` speaks beside a reason phrase). Rule 5: no id. Rule 6: `error.code` 404 only restates the status; `@type` 'ErrorResponse' names the body's class: no code.",
  },
  {
    id: 'ticket-evolution/signature-incorrect-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Your signature is incorrect',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 401. Rule 2: `error` holds a sentence for the person (no key ids or claim names, so no token internals). Rule 5: `status`, `x-runtime` and `x-powered-by` are no request-id headers. Rule 6: `error` holds words, no code token.',
  },
  {
    id: 'publiq/event-not-found-problem-404',
    expect: {
      kind: 'not-found',
      message: 'The event with id "foobar" was not found.',
      fields: [],
      logId: null,
      code: 'https://api.publiq.be/probs/url/not-found',
    },
    why: "Rule 1: 404. Rule 2.2: RFC 9457 `detail` beats `title` ('Not Found', the reason phrase). Rule 5: no `instance`, no id. Rule 6: a problem `type` URI is the code when there is no other. Hesitated on code: the type's last segment only restates the 404 (other reading: no code, or 'not-found').",
  },
  {
    id: 'publiq/uitpas-social-tariff-expired-dutch-400',
    expect: {
      kind: 'bad-request',
      message: 'Je kansenstatuut is vervallen',
      fields: [],
      logId: null,
      code: 'https://api.publiq.be/probs/uitpas/social-tariff-expired',
    },
    why: "Rule 1: a 400 without field errors; the problem type's last segment, `social-tariff-expired`, names no row of the kind table (an expired status of the pass holder, not a credential, a quota or a duplicate): a bad request. Rule 2: `detail` is empty; `endUserMessage` is written for the person by its name, and its `nl` text is a localized message named by its language (as `\"en-US\"` is), more specific than the type-level `title` 'Social tariff expired'. Rule 5: no id. Rule 6: a problem `type` URI is the code when there is no other. Hesitated on kind (other reading: conflict, a pass in the wrong state, as `invalid-job-state` is; or forbidden); on message (other reading: 'Social tariff expired', the English title); and on code (other reading: 'social-tariff-expired').",
  },
] satisfies Reading[];
