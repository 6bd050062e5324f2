import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 37 cases (every third case of the fiftieth holdout’s six parts in file order, parts A to F,
// on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind50/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the forty-eighth's) as a model of the format, and
// the cases' ids, sources, URLs and responses (no case carried a `receivedAt` or a `Date` header and none was thrown,
// so `now` is 2026-11-22T12:00:00Z; the only wait is Vatly's `Retry-After: 172800`, two days, clamped to one), no
// notes, no expectations. They were told not to open the case files or anything else under `test/conformance/`, the
// kit's source, its README or changelog, `test/core/`, the live rules file, the git history or the rest of `.tmp/`, nor
// to run the kit, the conformance script or any test, nor to use search tools; they wrote this file by its full path
// without listing its folder. They marked 25 cases "hesitated" and named the other reading. Written once and not
// changed after the comparison.

export default [
  {
    id: 'vatly/invalid-vat-format-422',
    expect: {
      kind: 'validation',
      message: 'Expected format: CC123456789',
      fields: [],
      logId: '550e8400-e29b-41d4-a716-446655440000',
      code: 'invalid_vat_format',
    },
    why: "Rule 1: 422 (and `invalid_vat_format` begins with `invalid` and names an input, a validation code anyway). Rule 2: `error.message` is a sentence for the person: it says the VAT number's format is wrong and which format is expected (the quoted part, 'Expected format: CC123456789', stands whether or not the first sentence is read as a headline). Rule 3: the error object names no field in a path-like member (`docs_url` is a link): no field. Rule 5: `meta.request_id`, the body's own request id. Rule 6: `error.code`.",
  },
  {
    id: 'vatly/monthly-rate-limit-exceeded-429',
    expect: {
      kind: 'rate-limited',
      message: 'Monthly request limit exceeded for your tier',
      fields: [],
      logId: '550e8400-e29b-41d4-a716-446655440000',
      code: 'rate_limit_exceeded',
      retry: 86400,
    },
    why: "Rule 1: 429, and `rate_limit_exceeded` is a throttling code. Rule 2: `error.message` is a sentence naming the limit met and the tier. Rule 4.1: `Retry-After: 172800` (delay seconds) decides before the reset header (`X-RateLimit-Reset`, an ISO date, is not read); no `Date` header, so `now` is 2026-11-22T12:00:00Z; two days are clamped to one day: 86400 s. Rule 5: `meta.request_id`. Rule 6: `error.code`. Hesitated on retry: the clamp gives the client a time before the server's own (other reading: 172800, as sent).",
  },
  {
    id: 'vatverify/missing-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Missing API key.',
      fields: [],
      logId: 'a1b2c3d4-...',
      code: 'unauthorized',
    },
    why: "Rule 1: 401 (no code turns it into anything else). Rule 2: 'Missing API key.' is a credential line telling the person what to supply, kept as 'Invalid API key.' is (OddsPapi's 'missing apiKey' on a 401, kept by the corpus). Rule 5: `meta.request_id` is the body's own request id, kept as sent (only zero is named no id; `latency_ms` is none). Rule 6: the explicit `error.code`; it only restates the status, but rule 6 makes such a code a category only beside a lone item's code, and here it stands alone. Hesitated on message: it names only what is missing, as Agify's \"Missing 'name' parameter\" (generic) does (other reading: the default); on support id: 'a1b2c3d4-...' is the docs' elided placeholder, which identifies nothing (other reading: null); and on code: a word that restates the 401 (other reading: null).",
  },
  {
    id: 'vatnode/invalid-format-for-country-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: 'req_abc123',
      code: 'INVALID_FORMAT',
    },
    why: "Rule 1: `INVALID_FORMAT` says an input's value is malformed, as `invalid_value` says it is invalid: a validation code on a 4xx, which outranks the 400 (it names no request, body or encoding, as `invalid_payload_format` would). Rule 2.1: 'Invalid VAT ID format for DE' names only what is invalid, as \"… has an invalid format\" and \"Invalid value specified for 'instrument'\" (generic by the rules' rows) do: the default. Rule 3: no path-like member: no field. Rule 5: `error.requestId`. Rule 6: `error.code`. Hesitated on kind: a bare format names no input (other reading: bad-request); and on message: 'for DE' says which country's format it was checked against (other reading: 'Invalid VAT ID format for DE').",
  },
  {
    id: 'verifyvat/invalid-api-key-success-false-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid API key',
      fields: [],
      logId: null,
      code: 'invalid-api-key',
    },
    why: "Rule 1: 401 (`invalid-api-key` is a credential code anyway). `success: false` with `data: null`: nothing there, so the error is at the top. Rule 2: 'Invalid API key' is a credential line, kept as 'Invalid token' and 'Invalid credentials' are. Rule 5: no id (`timestamp` is a placeholder, no id). Rule 6: the explicit `code`. Hesitated on message: it names only what is invalid, as Gigya's 'Invalid ApiKey parameter' (the default by both readings) does (other reading: the default).",
  },
  {
    id: 'numeral/zip-state-mismatch-400',
    expect: {
      kind: 'validation',
      message: 'address_zip_code 92037 not found in the address_province TN',
      fields: [],
      logId: null,
      code: 'ZIP_STATE_MISMATCH',
    },
    why: "Rule 6: `code: 400` only restates the status, so it gives way to `type` `ZIP_STATE_MISMATCH` (as Mautic's `access_denied`), the code. Rule 1: that code says two inputs' values (the ZIP code and the state) do not agree, which changing the input fixes: a validation code on a 4xx. Rule 2.1: 'Unable to create calculation.' only says something failed, a generic headline before sentences of its own; what follows names the value and why it is wrong and asks to correct it. Rule 3: the parameters are named in text only: no field. Rule 5: no id. Hesitated on kind: no row lists a mismatch code, and it says neither invalid, missing nor wrong (other reading: bad-request, a 400 without fields).",
  },
  {
    id: 'kintsugi/organization-access-denied-403',
    expect: {
      kind: 'forbidden',
      message: 'User does not have access to the specified organization',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 403, no code. Rule 2: `detail` is a sentence saying what is refused. Rules 5 and 6: no headers, no id, no code.',
  },
  {
    id: 'certifactu/invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid or missing API key',
      fields: [],
      logId: null,
      code: 'INVALID_API_KEY',
    },
    why: "Rule 1: 401 (`INVALID_API_KEY`, `invalid_api_key` read without case, is a credential code anyway). Rule 2: `detail` 'Invalid or missing API key' is a credential line, kept as 'Invalid API key.' is. Rule 5: no id. Rule 6: the explicit `code`. Hesitated on message: it names only what is invalid or missing, as 'Invalid or missing required parameter: q' (generic) does (other reading: the default).",
  },
  {
    id: 'certifactu/duplicate-invoice-409',
    expect: {
      kind: 'conflict',
      message: 'Invoice F2024-001 already exists for this issuer',
      fields: [],
      logId: null,
      code: 'DUPLICATE_INVOICE',
    },
    why: "Rule 1: 409, and `DUPLICATE_INVOICE` is a duplicate code. Rule 2: `detail` is a sentence naming the invoice that exists. Rule 5: `existing_id` is the existing invoice's id, a record's, not the occurrence's: no support id. Rule 6: the explicit `code`.",
  },
  {
    id: 'atto/invalid-items-spanish-fields-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['cantidad', 'La cantidad debe ser mayor a 0'],
        ['descripcion', 'La descripción es requerida'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 3: member names in the API's language: `mensaje` is `message`, `errores` is `errors` and each item's `campo` ('field') names its field, with the item's sentence in `regla` (a list is read under any name when each item names a field and carries a message); `valor` is the value sent. Rule 1: a 400 that carries field errors: validation. Rule 2.1: '📝 Items inválidos' ('invalid items') says no more than 'Invalid inputs': the default (rule 2.4: only field messages). Rule 5: no id. Rule 6: `statusCode` is the status in digits: no code. Hesitated on fields: `item` (1, 2) numbers the invoice's lines, which a reader could put before the field (other reading: `items.0.cantidad` and `items.1.descripcion`, or no field if `regla` is not read as a message).",
  },
  {
    id: 'jingjai-etax/validation-error-seller-tax-id-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['metadata.sellerTaxId', 'sellerTaxId must be 13 digits']],
      logId: null,
      code: 'VALIDATION_ERROR',
    },
    why: "Rule 1: 422, and `VALIDATION_ERROR` is a validation code. Rule 3: the `details` items name `field` with a `reason`: `metadata.sellerTaxId` as sent. Rule 2.1: 'Request payload is invalid' is generic (as Nhost's 'The request payload is incorrect'); rule 2.4: only field messages: the default. Rule 5: no id. Rule 6: `errorCode`, with no item code beside it.",
  },
  {
    id: 'pubg/not-found-title-only-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: the only text, `title` 'Not Found', is the bare reason phrase: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'nexus-mods/invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Please provide a valid API Key',
      fields: [],
      logId: null,
      code: null,
    },
    why: 'Rule 1: 401. Rule 2: `message` is a sentence telling the person what to do. Rules 5 and 6: no headers, no id, no code.',
  },
  {
    id: 'screenscraper/developer-login-error-403-text',
    expect: {
      kind: 'forbidden',
      message: 'Vérifier vos identifiants développeur',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403 without a code (text never decides, though it speaks of a login). Rule 2.6: plain text on a 4xx is a sentence; rule 2.1: 'Erreur de login : ' ('login error') is a category line before a sentence of its own, which asks the person to check the developer credentials: that sentence (the quoted part stands either way). Rules 5 and 6: no headers, no id, no code. Hesitated on kind: a failed sign-in, which signing in with the right credentials fixes (other reading: unauthenticated).",
  },
  {
    id: 'screenscraper/software-blacklisted-426-text',
    expect: {
      kind: 'bad-request',
      message: 'Le logiciel de scrape utilisé a été blacklisté',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 426 (Upgrade Required) is no listed status; it is a 4xx that signing in, waiting or changing the input would not fix (the software must change): a bad request. Rule 2.6: plain text on a 4xx is a sentence: it says the scraping software was blacklisted, and the parenthesis ('non conforme / version obsolète') says why, no parser's report. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'hex-pm/spec-failed-to-authorize-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'failed to authorize' is made only of words that say something failed, as 'Login failed' and 'Authentication failure' are: the default. Rule 5: no id. Rule 6: `status` is the response's status in digits: no code. Hesitated on message: a short line naming what failed, as 'Could not authenticate' (other reading: 'failed to authorize').",
  },
  {
    id: 'hex-pm/user-agent-header-required-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request. Rule 2.1: 'User-Agent header is required' names only what is missing, as \"Missing 'name' parameter\" and 'Missing required parameter: templateId' do (and a header is the client's to send, not the person's): the default. Rule 5: no id. Rule 6: `status` is the status in digits: no code. Hesitated on message: it is a full sentence saying what the request lacks (other reading: 'User-Agent header is required').",
  },
  {
    id: 'cloudsmith/no-permission-403',
    expect: {
      kind: 'forbidden',
      message: 'You do not have permission to perform this action.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403. Rule 2: DRF's `detail` is a sentence saying the action is refused. Rule 5: no request-id header (`Allow` and `Server` only). Rule 6: no code.",
  },
  {
    id: 'vs-code-marketplace/unauthorized-request-tf400813-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Resource not available for anonymous access',
      fields: [],
      logId: '3000',
      code: null,
    },
    why: "Rule 1: 401. Rule 2.1: Azure DevOps' `TF400813: ` is a vendor's error number leading the sentence and dropped; 'Resource not available for anonymous access. Client authentication required.' says why and what to do. Rule 2.3: `typeName` is a qualified type name, developer text. Rule 5: `eventId`, an id by its name (the rules name Azure DevOps' `eventId: 0` as no id only because it is zero); `$id` is the serializer's reference. Rule 6: `errorCode: 0` is no code (zero, as the rules say of Azure DevOps), and `typeKey` is an exception's class name in no code member. Hesitated on support id: 3000 is the event's number, which every such error shares (other reading: null); and on code (other reading: 'UnauthorizedRequestException', read as AWS's `__type` is).",
  },
  {
    id: 'go-module-proxy/module-not-found-git-ls-remote-410-text',
    expect: {
      kind: 'not-found',
      message: 'Confirm the import path was entered correctly.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 410. Rule 2.3: the text's first two lines are a report of a git command against another host (`git ls-remote … in /tmp/…: exit status 128`, git's `fatal: could not read Username …`): developer text; rule 2.6: plain text on a 4xx is a sentence, and the last line, on its own, asks the person to check the import path. Rules 5 and 6: no id, no code. Hesitated on message: the whole body is one tool's output, and 'not found: module github.com/…' leads it (other reading: the default).",
  },
  {
    id: 'hackage/forbidden-no-access-403-text',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403. Rule 2.1: 'Error: Forbidden' is a label and the bare reason phrase, and 'No access for this resource.' says no more than the 403, as 'Access forbidden' (generic) does: the default. Rules 5 and 6: no id, no code. Hesitated on message: a plain-text sentence on a 4xx (other reading: 'No access for this resource.').",
  },
  {
    id: 'amo/bad-request-field-and-non-field-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['username', 'This field is required.']],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 that carries field errors: validation. Rule 3: a DRF map of field to messages: `username`; `non_field_errors` is a form-level key with no path. Rule 2.1: its one line, 'Error not linked to a specific field.', only says an error happened (and where it is not), the docs' placeholder for a form-level error: the default (rule 2.4). Rules 5 and 6: no id, no code. Hesitated on message: a lone form-level sentence in a list beats the rest (other reading: 'Error not linked to a specific field.').",
  },
  {
    id: 'chrome-web-store/upload-invalid-version-number-200',
    expect: {
      kind: 'validation',
      message: 'make sure the newly uploaded package has a larger version',
      fields: [],
      logId: null,
      code: 'PKG_INVALID_VERSION_NUMBER',
    },
    why: "Rule 1: a 200 whose lone `itemError` carries `error_code` `PKG_INVALID_VERSION_NUMBER`: read without its namespace it begins with `invalid` and names an input (the version number), a validation code, which outranks any 2xx. Rule 2: `error_detail` is a message by its shape and a sentence for the person (the version found, and what to upload instead). Rule 3: the item names no field: form-level. Rule 5: `id` is the store item's id, not the occurrence's: no support id. Rule 6: the lone item's `error_code`, as sent (`kind` is the resource's type). Hesitated on kind: the version sits in the uploaded package, the request's body, and the upload is reported as a result (`uploadState: 'FAILURE'`) (other reading: bad-request, or unknown).",
  },
  {
    id: 'corpay-lodging-pms/room-number-conflict-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['roomNumber', 'already occupied with a guest from a different company']],
      logId: null,
      code: null,
    },
    why: "Rule 3: the `errors` item names `name` `roomNumber` with its `reason`. Rule 1: a 400 that carries field errors: validation. Rule 2.1: `detail` 'Errors occurred while processing the request.' is generic; rule 2.4: only field messages: the default. Rule 5: no id. Rule 6: `status` is the status in digits; 'RoomNumberConflict' is a token inside the item's text, in no code member: no code. Hesitated on kind and code: the token names a conflict with the room's current state (other reading: conflict, with code 'RoomNumberConflict').",
  },
  {
    id: 'travelline-webpms/incorrect-dates-format-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: '12' },
    why: "Rule 3: the lone item of `errors` names no field: form-level, and alone its sentence and code speak for the response. Rule 1: a 400 with one message (no list of several), no field, and a numeric code that names no kind: a bad request. Rule 2.1: 'Incorrect dates format' names only what is invalid, as 'Invalid format' and '… has an invalid format' do: the default. Rule 5: no id. Rule 6: the lone item's `code`. Hesitated on message (other reading: 'Incorrect dates format').",
  },
  {
    id: 'rainmachine/local-login-not-authenticated-400',
    expect: {
      kind: 'bad-request',
      message: 'Not Authenticated',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: a bad request (text never decides, though it says not authenticated). Rule 2.1: 'Not Authenticated !' restates a 401, but sent with another status it says what was refused and is the message, as 'Not authenticated' on a 403 is. Rule 5: no id. Rule 6: `statusCode: 2` is a status in digits (RainMachine's own, no HTTP status): no code. Hesitated on kind (other reading: unauthenticated, reading the vendor's status 2 as the code that says so); and on code (other reading: '2').",
  },
  {
    id: 'rainmachine/remote-login-http-body-400-in-200',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 whose body names an error status (`statusCode: 400`, `error: 400`) decides the kind: a 400 without fields or code, a bad request. Rule 2.1: 'Bad Request' is the bare reason phrase: the default. Rule 5: no id. Rule 6: both numbers restate the status the body names: no code.",
  },
  {
    id: 'weatherlink-live/malformed-path-bad-request-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: a bad request. `data: null` holds nothing, the error is in `error`. Rule 2.1: 'HTTP Bad Request' is the bare reason phrase (as 'HTTP 404'): the default. Rule 5: no id. Rule 6: `error.code` 400 only restates the status in digits, and nothing else is a code. Hesitated on code: an explicit numeric `code` as a string (other reading: '400').",
  },
  {
    id: 'world-weather-online/free-v2-key-not-valid-403',
    expect: {
      kind: 'unauthenticated',
      message: "is not a valid key for 'Free-Weather-API-V2'",
      fields: [],
      logId: null,
      code: 'KeyError',
    },
    why: "Rule 3: `meta` holds only the version and the status; `results` is an envelope holding `error`. Rule 1: `type` `KeyError`, read without its `Error` suffix, names the API key as Kite Connect's `TokenException` names the token: a credential code on a 403 (the key sent is not valid for this API), which a valid key fixes: unauthenticated. Rule 2: `message` is a sentence saying the key is not valid for the Free Weather API V2. Rule 5: no id. Rule 6: `type` is the only code. Hesitated on kind: `KeyError` is also Python's exception name, and 'key' names the credential without saying what is wrong with it (other reading: forbidden, the 403 deciding); and on code (other reading: null, as an exception class).",
  },
  {
    id: 'kimai/api-unauthorized-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'Unauthorized' is the 401's bare reason phrase: the default. Rule 5: no id. Rule 6: `code` 401 only restates the status in digits, and nothing else is a code. Hesitated on code: an explicit numeric `code` (other reading: '401').",
  },
  {
    id: 'monica/debt-three-fields-required-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: '32' },
    why: "Rule 1: 422. Rule 3: `error.message` holds a list of three lines with no path-like member (the fields are named in text only, in Laravel's words): form-level, no field-bound error. Rule 2.1: each line names only which input is missing ('The amount field is required.'), as 'Missing required parameter: templateId' does: none is a sentence that says more, so the default. Rule 5: no id. Rule 6: `error.error_code`, a number, as a string. Hesitated on message: Laravel's lines tell the person what to fill in (other reading: 'The in debt field is required.', the first of the three).",
  },
  {
    id: 'monica/resource-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'The resource has not been found',
      fields: [],
      logId: null,
      code: '31',
    },
    why: "Rule 1: 404. Rule 2.1: 'The resource has not been found' is a sentence as 'Resource not found' is, not the bare reason phrase. Rule 5: no id. Rule 6: `error.error_code`, a number, as a string.",
  },
  {
    id: 'linkding/invalid-token-401',
    expect: { kind: 'unauthenticated', message: 'Invalid token.', fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2: DRF's `detail` 'Invalid token.' is a credential line, kept as 'Invalid token' is. Rules 5 and 6: no id, no code. Hesitated on message: it names only what is invalid (other reading: the default).",
  },
  {
    id: 'ghostfolio/import-activities-must-be-array-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['activities', 'activities must be an array']],
      logId: null,
      code: null,
    },
    why: "Rule 3: NestJS's ValidationPipe answer: class-validator begins each message with the property path, so 'activities must be an array' is the field `activities`'s. Rule 1: a 400 that carries field errors: validation. Rule 2.1: `error` 'Bad Request' is the reason phrase; rule 2.4: only field messages: the default. Rule 5: no id. Rule 6: `statusCode` in digits and `error` its phrase: no code.",
  },
  {
    id: 'glpi/init-session-login-parameters-missing-fr-400',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'ERROR_LOGIN_PARAMETERS_MISSING',
    },
    why: "Rule 3: a body that is a JSON array is read as a list of errors; it holds one code and one line, so rule 1's list holding only one code gives that code. Rule 1: read without its `ERROR_` prefix, `LOGIN_PARAMETERS_MISSING` says the sign-in's credentials were not sent (login, password or user token), a credential code as `MISSING_AUTHENTICATION_HEADERS` and `access_key_required` are, which outranks the 400: unauthenticated. Rule 2.1: the French line names only which parameters are missing ('le(s) paramètre(s) login, password ou user_token sont manquants', as 'Missing required parameter: templateId') and then only sends the reader to the documentation: the default. Rule 5: no id. Rule 6: the lone code, as sent. Hesitated on kind: a missing parameter's code is a validation code (other reading: validation); and on message (other reading: 'le(s) paramètre(s) login, password ou user_token sont manquants').",
  },
  {
    id: 'nautobot/rack-group-field-required-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['rack_group', 'This field is required.']],
      logId: null,
      code: null,
    },
    why: 'Rule 1: a 400 that carries field errors: validation. Rule 3: a DRF map of field to messages: `rack_group`. Rule 2.4: only field messages: the default. Rules 5 and 6: no id, no code.',
  },
  {
    id: 'etherpad/pad-name-already-exists-200',
    expect: {
      kind: 'unknown',
      message: 'padName does already exist',
      fields: [],
      logId: null,
      code: '1',
    },
    why: "Rule 1: a 200 whose numeric `code` 1 is no error status and names no kind; only the text says a duplicate, and text never decides: unknown. `data: null` holds nothing. Rule 2: `message` is a sentence naming the value that exists (it counts on a 2xx). Rule 3: the parameter is named in text only: no field. Rule 5: no id. Rule 6: the explicit `code`, a number (not zero), as a string. Hesitated on kind (other reading: conflict, from 'already exist').",
  },
] satisfies Reading[];
