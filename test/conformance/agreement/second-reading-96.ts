import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 40 cases (every third case of the ninety-sixth holdout's parts GS, GT, GU, GV, GW, GX and
// GY, in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a
// frozen copy of the written rules, `test/conformance/README.md` (`.tmp/blind96/rules.md`, its rule rows read as
// amending the rules above them, later rows winning), an excerpt of `types.ts` (`.tmp/blind96/types-excerpt.ts`:
// `DEFAULT` and the case type), the `Reading` interface (`.tmp/blind96/reading-interface.ts`) and one finished second
// reading (the ninety-fifth's, `.tmp/blind96/model-reading.ts`) as a model of the format, and the cases' ids, sources,
// URLs, `now`s and responses (`.tmp/blind96/cases.json`; none was thrown, none sends a `Date` header, every `now` is
// 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to open the case files or
// anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to
// use search tools, nor to list folders. They opened only the files the brief names (the rules read whole, in pieces),
// checked by its full path that this file did not exist yet, and wrote it by its full path. They listed no folder.
// They marked 23 cases "hesitated" and named the other reading. Written once and not changed after.
export default [
  {
    id: 'fastapi-problem/http-not-found-in-app-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: 'http-not-found' },
    why: "Rule 1: 404: not-found. Rule 2.1: `title` 'Not Found' and `detail` 'Not Found' are the bare reason phrase: the default (rule 2.4). Rule 6: the problem `type` 'http-not-found' is the code when there is no other (no `code` member; not `about:blank`, nor a link to the HTTP specification's section). Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a type that only restates the 404's phrase).",
  },
  {
    id: 'fastapi-problem/web-error-incorrect-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Incorrect username or password',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Incorrect username or password' is a sentence that says why signing in failed, more than the 401's phrase: kept (`debug_message` is empty and a debug member's anyway, rule 7). Rule 6: `code` is null: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'drf-exceptions-hog/not-authenticated-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Authentication credentials were not provided',
      fields: [],
      logId: null,
      code: 'not_authenticated',
    },
    why: "Rule 1: 401: unauthenticated (`not_authenticated` a credential code, `type` 'authentication_error' its category). Rule 2.1: `detail` 'Authentication credentials were not provided.' says the credentials are missing, which the person is to send, as a token missing stays (the seventy-eighth holdout's row, 'JWT is missing or invalid'): kept. Rule 6: the explicit `code` 'not_authenticated' over `type`. Rule 3: `attr` is null: no field. Rule 5: no id. Hesitated on message (other reading: the default, the 401's phrase in other words, as 'User authentication is required.' and 'Authentication is required to access this API.' are).",
  },
  {
    id: 'drf-exceptions-hog/valid-integer-required-attr-400',
    expect: {
      kind: 'validation',
      message: 'A valid integer is required',
      fields: [['age', 'A valid integer is required']],
      logId: null,
      code: 'invalid_input',
    },
    why: "Rule 3: a DRF exception handler's `attr` (PostHog's `{ type, code, detail, attr }`, named in rule 3) names the error's field: `age`, with `detail` as its message (an error object about one field gives that field's error too). Rule 1: a 400 with a field error, and `type` 'validation_error' beside it: validation. Rule 2.1: `detail` 'A valid integer is required.' is a sentence: the message too, as Stripe's `param` keeps its message. Rule 6: the explicit `code` 'invalid_input' over `type`. Rule 5: no id.",
  },
  {
    id: 'drf-exceptions-hog/not-acceptable-406',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'not_acceptable' },
    why: "Rule 1: 406: bad-request (`type` 'invalid_request' and `code` 'not_acceptable' name no other kind). Rule 2.1: `detail` 'Could not satisfy the request Accept header.' is the 406's phrase reworded about a header (the status phrases reworded, the ninetieth holdout's row; 'Malformed Accept header', the ninety-third's; a line naming only a header, the header row): the default (rule 2.4). Rule 6: the explicit `code` 'not_acceptable', the only code beside its category. Rules 3 and 5: `attr` is null; no id. Hesitated on message (other reading: kept, a sentence that says what could not be satisfied) and on code (other reading: none, a code that only restates the 406).",
  },
  {
    id: 'drf-exceptions-hog/protected-error-409',
    expect: {
      kind: 'conflict',
      message: 'a related object is protected',
      fields: [],
      logId: null,
      code: 'protected_error',
    },
    why: "Rule 1: 409: conflict (`type` 'invalid_request' says less than the status). Rule 2.1: `detail` 'Requested operation cannot be completed because a related object is protected.' is a sentence that says why: kept. Rule 6: the explicit `code` 'protected_error'. Rules 3 and 5: `attr` is null; no id.",
  },
  {
    id: 'nest-problem-details/custom-title-and-detail-404',
    expect: {
      kind: 'not-found',
      message: 'Could not find any dragon with ID: 99',
      fields: [],
      logId: null,
      code: 'not-found',
    },
    why: "Rule 1: 404: not-found. Rule 2.2: RFC 9457 `detail` 'Could not find any dragon with ID: 99' beats `title` 'Dragon not found': kept. Rule 6: the problem `type` 'not-found' is the code when there is no other. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a type that only restates the 404's phrase).",
  },
  {
    id: 'nest-problem-details/teapot-418',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'i-am-a-teapot' },
    why: "Rule 1: 418, a 4xx no row names, which signing in, waiting or changing the input would not fix: bad-request. Rule 2.1: `title` 'I am a teapot' is the 418's reason phrase reworded: the default (rule 2.4). Rule 6: the problem `type` 'i-am-a-teapot' is the code when there is no other. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a type that only restates the status's phrase).",
  },
  {
    id: 't1-problem-details/validation-failed-violations-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['firstName', 'must not be null'],
        ['lastName', 'must not be empty'],
        ['born', 'must be a past date'],
        ['address.0.street', 'must not be null'],
        ['address.0.zipCode', 'must be greater than 0'],
        ['address.0.city', 'must not be null'],
      ],
      logId: null,
      code: 'urn:problem-type:validation-failed',
    },
    why: "Rule 3: `violations` is a map of path to messages (strings), so a map of fields under any name; `address[0].street` is `address.0.street`. Rule 1: a 400 with field errors: validation. Rule 2.1: `title` 'Validation Failed' is generic and `detail` '6 violations failed' a count of errors found (the fifty-sixth holdout's row): the default (rule 2.4). Rule 6: the problem `type` URI, the only code, stated whole as the corpus states types: 'urn:problem-type:validation-failed'. Rule 5: no id. Hesitated on code (other reading: none, or its last segment, a code that only says 'validation').",
  },
  {
    id: 't1-problem-details/illegal-argument-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'urn:problem-type:illegal-argument',
    },
    why: "Rule 1: a 400 whose problem `type`, read by its last segment (the thirty-fifth holdout's row), says 'illegal-argument': an argument's value invalid, as `invalid_argument` is, a validation code on a 4xx: validation. Rule 2.1: `title` 'Illegal Argument' is a category line in title case, not a sentence: the default (rule 2.4). Rule 6: the problem `type` URI, the only code: 'urn:problem-type:illegal-argument'. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: bad-request, Java's `IllegalArgumentException` named as a type, not an input's code).",
  },
  {
    id: 'xsolla/webhook-unknown-notification-type-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'INVALID_PARAMETER' },
    why: "Rule 1: 422, and `INVALID_PARAMETER` a validation code: validation. Rule 2.1: `message` 'Unknown notification_type in Xsolla webhook request: unknown' names only an input by its key written as code ('unknown' before a key, the seventy-fifth holdout's row) with its value: the default (rule 2.4). Rule 6: `error.code` 'INVALID_PARAMETER'. Rule 3: no path member: no field. Rule 5: no id.",
  },
  {
    id: 'xsolla/webhook-authorization-header-invalid-format-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'INVALID_SIGNATURE' },
    why: "Rule 1: 401: unauthenticated. Rule 2.3: `message` 'Signature not found in \"Authorization\" header from Xsolla webhook request: INVALID_FORMAT' reports a signature's internals in a header the server could not parse (a code in capitals after a colon; 'Authorization header malformed', SigV4's header parser): developer text, the default (rule 2.4). Rule 6: `error.code` 'INVALID_SIGNATURE'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a credential's header named as missing its signature).",
  },
  {
    id: 'xsolla/webhook-invalid-user-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: 'INVALID_USER' },
    why: "Rule 1: 422: validation; `INVALID_USER` reads as Geotab's `InvalidUserException`, a credential code, but the table reads a credential code on 400 or 403 (on a 422 only a sign-in that is 'incorrect'), and here the user is the webhook's subject, not the caller: validation stays. Rule 2.1: `message` 'callback_invalid_user_exception' is a code, not a sentence: the default (rule 2.4). Rule 6: `error.code` 'INVALID_USER'. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: unauthenticated, `INVALID_USER` read as Geotab's credential code, which a code lets outrank a 422).",
  },
  {
    id: 'xsolla/webhook-client-error-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'CLIENT_ERROR' },
    why: "Rule 1: a 400 without field errors; `CLIENT_ERROR` names no kind: bad-request. Rule 2.1: `message` 'callback_client_error' is a code: the default (rule 2.4). Rule 6: `error.code` 'CLIENT_ERROR', the only code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates a 4xx).",
  },
  {
    id: 'tshock/rest-endpoint-not-permitted-403',
    expect: {
      kind: 'forbidden',
      message: 'has no access to use the specified API endpoint',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403: forbidden (the body's `status` '403' names the same status). Rule 2.1: `error` 'Not authorized. User \"default\" has no access to use the specified API endpoint.' says what was refused; on a 403 'Not authorized.' is a refusal, and the sentence after it says more: kept. Rule 6: `status` is the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'mcsmanager/docs-forbidden-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.1: `error` '权限不足 | Forbidden' is 'insufficient permissions', the 403's phrase in Chinese ('Access forbidden', 'Access to resource forbidden' say no more; generic lines in other languages), beside the English reason phrase: the default (rule 2.4). Rule 6: `status` is the status: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, '权限不足', a Chinese sentence that says what was refused).",
  },
  {
    id: 'convertapi/credentials-not-set-4013-401',
    expect: {
      kind: 'unauthenticated',
      message: 'User credentials not set',
      fields: [],
      logId: null,
      code: '4013',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `Message` (PascalCase, the listed member) 'User credentials not set, secret or token must be passed.' says which credentials to pass, a credential's name staying: kept. Rule 6: `Code` 4013, a numeric code as a string: '4013'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, the 401's phrase in other words).",
  },
  {
    id: 'anvil/assertion-error-pdf-not-generated-200',
    expect: {
      kind: 'unknown',
      message: 'PDF did not generate properly from given HTML',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200 with no code or status that names a kind (`name` 'AssertionError' is an exception class, no kind; text never decides): unknown. Rule 2.1: `message` 'PDF did not generate properly from given HTML!' is a sentence on a 2xx: kept. Rule 6: `name` holds an exception's class, which no rule reads as the vendor's code (as LoopBack 4's `name` is none): no code. Rule 4: not rate-limited (no remaining 0): no retry time. Rules 3 and 5: no field, no id. Hesitated on code (other reading: 'AssertionError', the only code-shaped member).",
  },
  {
    id: 'carbone/cannot-remove-template-200',
    expect: {
      kind: 'unknown',
      message: 'Cannot remove template, does it exist',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200 whose body says it failed (`success: false`) with no code or status that names a kind: unknown. Rule 2.1: `error` 'Error: Cannot remove template, does it exist ?' is a sentence after a bare 'Error:' label: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'nightglass/insufficient-balance-402',
    expect: {
      kind: 'bad-request',
      message: 'Insufficient balance',
      fields: [],
      logId: null,
      code: 'INSUFFICIENT_BALANCE',
    },
    why: "Rule 1: 402, a 4xx no row names; `INSUFFICIENT_BALANCE` is money to add, not credits or an allowance that waiting renews, which no row sorts: bad-request. Rule 2.1: `error` 'Insufficient balance' is two words that say what is lacking, no lone word nor reason phrase: kept. Rule 6: `code` 'INSUFFICIENT_BALANCE' (`balanceMillicents` and `costMillicents` are figures). Rules 3 and 5: no field, no id. Hesitated on kind (other reading: rate-limited, a balance spent read as a quota, as credits spent and `CREDITS_EXCEEDED` on a 402 are).",
  },
  {
    id: 'open-vsx/token-does-not-exist-404',
    expect: { kind: 'not-found', message: 'Token does not exist', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'Token does not exist.' is a sentence that says what was not found: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'open-vsx/create-namespace-missing-name-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: a 200 with no code or status that names a kind (lines on a 2xx say what failed, not that an input did; text never decides): unknown. Rule 2.1: `error` "Missing required property \'name\'." names only which input is missing, by its quoted key: the default (rule 2.4). Rules 3, 5 and 6: no path member, no id, no code. Hesitated on kind (other reading: validation or bad-request, an error member on a 200 read as a request refused).',
  },
  {
    id: 'open-vsx/namespace-already-exists-400',
    expect: {
      kind: 'bad-request',
      message: 'Namespace already exists',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides, so 'already exists' does not make it a conflict). Rule 2.1: `error` 'Namespace already exists: foobar' is a sentence: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'open-vsx/publish-unknown-publisher-400',
    expect: { kind: 'bad-request', message: 'Unknown publisher', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `error` 'Unknown publisher: foo' and the line after it naming what to do is a person's text: 'unknown' before a plain word names the record not found (the seventy-fifth holdout's row, adsbdb's 'unknown aircraft'): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'open-vsx/delete-review-none-submitted-400',
    expect: {
      kind: 'bad-request',
      message: 'You have not submitted any review yet',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `error` 'You have not submitted any review yet.' is a sentence for the person: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'ghcr/empty-bearer-token-401',
    expect: {
      kind: 'unauthenticated',
      message: 'authentication token not provided',
      fields: [],
      logId: null,
      code: 'UNAUTHORIZED',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: the lone item of `errors` is the error. Rule 2.1: 'authentication token not provided' says a token is missing, the person's to send (the seventy-eighth holdout's row) and a credential's name: kept. Rule 6: the lone item's `code` 'UNAUTHORIZED', the only code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, the 401's phrase in other words) and on code (other reading: none, a code that only restates the 401).",
  },
  {
    id: 'develocity-provenance-governor/invalid-package-coordinates-400',
    expect: {
      kind: 'bad-request',
      message: 'Invalid package coordinates provided',
      fields: [],
      logId: null,
      code: 'urn:gradle:develocity:provenance-governor:problems:bad-request',
    },
    why: "Rule 1: a 400 without field errors; the problem type's last segment 'bad-request' only restates it: bad-request. Rule 2.2: `detail` 'Invalid package coordinates provided: namespace is required for maven packages' beats `title` 'Bad Request' (a reason phrase); it says in a person's words what is invalid (package coordinates, as 'Invalid phone number') and why: kept. Rule 6: the problem `type` URI, the only code. Rule 5: `instance` is a path, not a token: no id. Rule 3: no field. Hesitated on message (other reading: the default, a headline before a line that names only the input `namespace` in small letters) and on code (other reading: none, a type that only restates the 400).",
  },
  {
    id: 'turso/retrieve-database-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'could not find database with name',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rules 2.1 and 2.3: `error` 'could not find database with name [databaseName]: record not found' is a sentence, then GORM's `record not found` after a colon, a developer's report dropped (as Go's `json:` report after a colon): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, the whole line a database layer's report).",
  },
  {
    id: 'turso/create-group-already-exists-409',
    expect: { kind: 'conflict', message: 'group already exists', fields: [], logId: null, code: null },
    why: "Rule 1: 409: conflict. Rule 2.1: `error` 'group already exists' says what is taken, 'group' a plain word and no key: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'turso/remove-location-invalid-code-400',
    expect: { kind: 'bad-request', message: 'Invalid location code', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `error` 'Invalid location code' names what is invalid in a person's words, as 'Invalid phone number' stays: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line naming only which input is invalid).",
  },
  {
    id: 'turso/remove-member-not-a-member-404',
    expect: { kind: 'not-found', message: 'is not a member of org', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'user [username] is not a member of org [organizationName]' is a sentence (its brackets the docs' placeholders): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'streamlit/component-read-error-404-text',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rules 2.6 and 2.1: the text 'read error' on a 4xx is a category and the word 'error' ('Aggregator error', 'CSRF Error'), no sentence, and a file read's failure besides: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'kedro-viz/metadata-failed-500',
    expect: { kind: 'server', message: 'Failed to get app metadata', fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: `message` 'Failed to get app metadata' says what failed, more than a line made only of words that say something failed: kept (JSON on a 5xx is the app's). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line that only says a load failed, as 'Couldn't load data').",
  },
  {
    id: 'mlserver/model-version-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Model my-model with version v0 not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'Model my-model with version v0 not found' says what was not found: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'jupyterlab-git/push-no-upstream-no-remote-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: '128' },
    why: "Rule 1: 500: server. Rule 2.3: `message` 'fatal: The current branch foo has no upstream branch.' is git's `fatal:` report (the fiftieth holdout's row): developer text, the default (rule 2.4). Rule 6: the explicit `code` member 128, a number as a string: '128'. Rules 3 and 5: `remotes` is data; no field, no id. Hesitated on code (other reading: none, git's exit status, which the fiftieth holdout's row names developer text).",
  },
  {
    id: 'staticman/connect-invitation-not-found-404-text',
    expect: { kind: 'not-found', message: 'Invitation not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rules 2.6 and 2.1: the text 'Invitation not found' on a 4xx says what was not found, more than the reason phrase: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'bleve/doc-id-empty-400-text',
    expect: { kind: 'bad-request', message: 'document id cannot be empty', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rules 2.6 and 2.1: the text 'document id cannot be empty' on a 4xx names the value in plain words, not a key written as code (the sixty-fourth holdout's row: a lone word in small letters stays, Confluent's 'records may not be empty'): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line in small letters that names only which input is empty).",
  },
  {
    id: 'perspective-api/profanity-language-it-400',
    expect: {
      kind: 'validation',
      message: 'Attribute PROFANITY does not support request languages',
      fields: [],
      logId: null,
      code: 'INVALID_ARGUMENT',
    },
    why: "Rule 1: a 400 with Google's `status` 'INVALID_ARGUMENT', a validation code on any 4xx: validation. Rule 2.1: `message` 'Attribute PROFANITY does not support request languages: it' is a sentence (a capitals word inside it names the attribute): kept. Rule 6: Google's `status` is the code, its numeric `code` the HTTP status: 'INVALID_ARGUMENT'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'perspective-api/threat-language-th-400',
    expect: {
      kind: 'validation',
      message: 'Attribute THREAT does not support request languages',
      fields: [],
      logId: null,
      code: 'INVALID_ARGUMENT',
    },
    why: "Rule 1: a 400 with Google's `status` 'INVALID_ARGUMENT', a validation code on any 4xx: validation. Rule 2.1: `message` 'Attribute THREAT does not support request languages: th' is a sentence: kept. Rule 6: Google's `status` is the code, its numeric `code` the HTTP status: 'INVALID_ARGUMENT'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'giscus/unable-to-create-discussion-400',
    expect: {
      kind: 'bad-request',
      message: 'Unable to create discussion',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: `error` 'Unable to create discussion with request body.' says what could not be done: kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, a line that only says something failed, about the request body as a whole).",
  },
] satisfies Reading[];
