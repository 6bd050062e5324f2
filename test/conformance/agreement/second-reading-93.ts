import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 41 cases (every third case of the ninety-third holdout's parts FX, FY, FZ, GA, GB, GC and
// GD, in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a
// frozen copy of the written rules, `test/conformance/README.md` (`.tmp/blind93/rules.md`, its rule rows read as
// amending the rules above them, later rows winning), an excerpt of `types.ts` (`.tmp/blind93/types-excerpt.ts`:
// `DEFAULT` and the case type), the `Reading` interface (`.tmp/blind93/reading-interface.ts`) and one finished second
// reading (the ninety-second's, `.tmp/blind93/model-reading.ts`) as a model of the format, and the cases' ids,
// sources, URLs, `now`s and responses (`.tmp/blind93/cases.json`; none was thrown, one sends a `Date` header and its
// `now` is that date, and every other `now` is 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They
// were told not to open the case files or anything else under `/work/main` but the files the brief names, nor to run
// the kit, any script or any test, nor to use search tools, nor to list folders. They opened only the files the brief
// names (the rules read whole, in pieces), checked by its full path that this file did not exist yet, and wrote it by
// its full path. They listed no folder. They marked 21 cases "hesitated" and named the other reading. Written once and
// not changed after.
export default [
  {
    id: 'smithy4s/price-error-header-discriminator-400',
    expect: {
      kind: 'bad-request',
      message: 'Prices must be whole numbers',
      fields: [],
      logId: null,
      code: 'PriceError',
    },
    why: "Rule 1: a 400 without field errors, and the error type 'PriceError' names no kind of the table: bad-request (text never decides). Rule 2.1: `message` 'Prices must be whole numbers: 1.5' says what the value must be and what was sent, a rule about a value (Weaviate's 'id in body must be of type uuid' stays), naming no input by its key: kept. Rule 6: the `X-Error-Type` header is Smithy's error discriminator, read as AWS's `x-amzn-errortype` is: 'PriceError'. Rule 3: text names no field. Rule 5: no id. Hesitated on code (other reading: '1', the error's own code sent in `X-CODE`, or none, a header rule 6 does not name).",
  },
  {
    id: 'alloy-simplerestjson/not-found-error-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: 'NotFoundError' },
    why: "Rule 1: 404: not-found. Rule 2.4: the body's only member `name` 'unknown' is a lone word in small letters, a value of the error and no sentence (a `name` of one small word names a thing, not the error): the default. Rule 6: the `X-Error-Type` header, Smithy's discriminator read as `x-amzn-errortype` is, gives 'NotFoundError'. Rule 3: `name` at the top of a body is no field. Rule 5: no id. Hesitated on code (other reading: none, an error type that only restates the 404 standing alone, as forest-admin's `NotFoundError` was read).",
  },
  {
    id: 'zio-http/codec-error-single-value-json-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors, and `name` 'SchemaTransformationFailure' (a PascalCase class name, a category) names no kind: bad-request. Rule 2.3: `message` 'Expected single value for query parameter age, but got 2 instead' is ZIO HTTP's codec report on decoding the query (a decoder's report, poem-openapi's 'failed to parse parameter …'), and it names the input only by its key: the default (rule 2.4). Rule 3: text names no field. Rule 6: `name` is an error class's name (LoopBack 4's is no code, the forty-third holdout's row): no code. Rule 5: no id. Hesitated on message (other reading: kept, a sentence that says what was wrong with the parameter this time) and on code (other reading: 'SchemaTransformationFailure').",
  },
  {
    id: 'misk/unmapped-error-500-text',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.6: plain text on a 5xx is not the app's authors' words: the default (and 'internal server error' is the 500's reason phrase besides). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'marten/default-page-not-found-404-text',
    expect: {
      kind: 'not-found',
      message: 'The requested resource was not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.6: a sentence sent as text on a 4xx is the message; 'The requested resource was not found.' is not the bare reason phrase, and only that restates the status ('Resource not found' is a sentence, the fifth holdout's row): kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'liberator/malformed-accept-header-400-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: 'Malformed Accept header' names only a header as invalid, the protocol's name and never a person's word (the header row: 'User-Agent header is required'; the eighty-fourth holdout's 'Invalid Header'): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'liberator/default-not-found-404-text',
    expect: { kind: 'not-found', message: 'Resource not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.6 with the fifth holdout's row: 'Resource not found.' sent as text on a 4xx is a sentence, not the bare reason phrase: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'liberator/default-gone-410-text',
    expect: { kind: 'not-found', message: 'Resource is gone', fields: [], logId: null, code: null },
    why: "Rule 1: 410: not-found. Rule 2.6: 'Resource is gone.' sent as text on a 4xx is the 410's phrase with a subject, a sentence as 'Resource not found' is (only the bare reason phrase restates the status): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, the 410's phrase in other words).",
  },
  {
    id: 'liberator/default-unprocessable-entity-422-text',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 2.1: 'Unprocessable entity.' is the 422's bare reason phrase: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'vapor/empty-form-body-decode-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 2.1: `reason` 'Unprocessable Entity' is the bare reason phrase: the default (rule 2.4). Rule 6: `error: true` is a flag: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'dingo-api/store-resource-failed-422',
    expect: {
      kind: 'validation',
      message: 'Could not create new user',
      fields: [
        ['username', 'The username field is required'],
        ['password', 'The password field is required'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 3: `errors` is a map of fields to lists of strings: `username` and `password`, each 'The … field is required.' (a person's words, 'The title field is required.'). Rule 2.1: `message` 'Could not create new user.' says what this request failed to do, the record it names, not only that something failed (not 'Operation failed.' nor 'Could not process a resource'): kept over the default. Rule 6: `status_code` 422 is the status: no code. Rule 5: no id. Hesitated on message (other reading: the default, a headline that only says the action failed beside the field messages).",
  },
  {
    id: 'dingo-api/rate-limit-exceeded-403-text',
    expect: {
      kind: 'forbidden',
      message: 'You have exceeded your rate limit',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403: forbidden; a 403 is rate-limited only with `Retry-After` or a remaining of 0, and there are no headers; text never decides the kind. Rule 2.6: 'You have exceeded your rate limit.' sent as text on a 4xx is a sentence: kept. Rule 4: no header, no hint, no wait in the text: no retry time. Rules 3, 5 and 6: no field, no id, no code. Hesitated on kind (other reading: rate-limited, the sentence saying so plainly).",
  },
  {
    id: 'lexik-jwt/invalid-or-expired-login-link-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid or expired login link',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Invalid or expired login link.' names the credential the person used (their login link) and says it is invalid or expired, which says why signing in failed (a credential's name stays): kept. Rule 6: `code` 401 is the status: no code. Rule 5: no id member and no request-id header (`Link` and `X-Robots-Tag` are none). Rule 3: no field. Rule 4: no wait; `now` is the `Date` header.",
  },
  {
    id: 'spiral/json-errors-renderer-422',
    expect: { kind: 'validation', message: DEFAULT, fields: [['foo', 'bar']], logId: null, code: null },
    why: "Rule 1: 422: validation. Rule 3: `errors` is a map of a field to a string: `foo` with 'bar' (a field's message of one word is kept, the forty-eighth holdout's row). Rule 2.4: only a field message: the default. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'jsonapi-rails/active-model-errors-document-200',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['name', "Name can't be blank"],
        ['email', 'Email must be a valid email'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 200 whose JSON:API `errors` items carry codes that say an input's value is missing or invalid (`blank` beside `source.pointer` `/data/attributes/name`, `invalid` beside `/data/attributes/email`), and a code outranks any 2xx: validation. Rule 3: JSON:API pointers, `/data/attributes/` removed: `name` with 'Name can't be blank' and `email` with 'Email must be a valid email' (`detail` over `title`, rule 2.2). Rule 2.4: only field messages (the titles 'Invalid name', 'Invalid email' are the items' type-level text): the default. Rule 6: the two items carry different codes, and no envelope code: no code. Rule 5: no item `id`: no id. Hesitated on kind (other reading: unknown, a 2xx whose items' codes `blank` and `invalid` name no input in themselves) and on code (other reading: 'blank', the first item's).",
  },
  {
    id: 'jsonapi-rb/three-validation-errors-422',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['title', 'Title is invalid'],
        ['title', 'Title has typos'],
        ['quantity', 'Quantity must be less than 100'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 1: 422: validation. Rule 3: three JSON:API items, each with `source.pointer` (`/data/attributes/` removed) and a `detail` (rule 2.2, over the `title` 'Unprocessable Entity'): `title` twice ('Title is invalid', 'Title has typos') and `quantity` ('Quantity must be less than 100'). Rule 2.4: only field messages: the default. Rule 6: the items' codes differ (none, `invalid`, `less_than`) and the `status` members are the status: no code. Rule 5: no id.",
  },
  {
    id: 'jsonapi-rb/exception-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: the lone item's `title` 'Internal Server Error' is the bare reason phrase: the default (rule 2.4). Rule 6: the item's `status` '500' is the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'devise-token-auth/sign-out-user-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'User was not found or was not logged in',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.2: a lone form-level sentence in the error's list speaks (EasyPost's `errors: ['…']`): 'User was not found or was not logged in.' says what was not found this time: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'rack-oauth2/resource-invalid-token-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'invalid_token' },
    why: "Rule 1: 401: unauthenticated (and `invalid_token` a credential code). Rule 2.1: the body holds only OAuth's `error` code, no description: the default (rule 2.4). Rule 6: OAuth's `error`: 'invalid_token'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'graphql-ruby/timeout-part-way-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 whose GraphQL errors carry no code (no `extensions`) and no error status: unknown (text never decides, so 'Timeout' names no kind). Rule 2.3: 'Timeout on Query.sleepFor', said twice and read once, names the schema's field by its type-qualified name, text for whoever wrote the query (GraphQL engines' texts are developer text): the default (rule 2.4). Rule 3: a GraphQL error's `path` points into the response: no field. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: timeout, the server's own resolver timeout) and on message (other reading: kept, 'Timeout on Query.sleepFor', a line that says what failed).",
  },
  {
    id: 'deepkit/bad-request-invalid-min-length-400',
    expect: { kind: 'bad-request', message: 'Min length is 3', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: 'Invalid: Min length is 3' is a generic headline before a sentence of its own (Apify's 'Invalid input: The request body contains invalid data.'), judged by 'Min length is 3', a rule about a value that names no input by its key: kept. Rule 3: no path member. Rules 5 and 6: no id, no code. Hesitated on message (other reading: the default, a validator's report, zod's 'Invalid input: expected string' read as one line).",
  },
  {
    id: 'deepkit/route-not-found-text-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: the text 'Not found' is the bare reason phrase: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'nestjs-i18n/custom-formatter-dutch-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'email is ongeldig'],
        ['email', 'e-mail adres mag niet leeg zijn'],
        ['password', 'wachtwoord mag niet leeg zijn'],
        ['subscribeToEmail', 'is geen boolean'],
        ['min', 'moet hoger zijn dan 5'],
        ['max', 'moet lager zijn dan 10'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 that carries field errors: validation. Rule 3: `errors` is a map of fields to lists of strings (the Dutch messages), each string one error of its key: `email` twice, `password`, `subscribeToEmail`, `min` and `max`, the keys as the server spells them. Rule 2.1: `message` 'Bad Request' is the bare reason phrase; with only field messages, the default (rule 2.4). Rule 6: `statusCode` 400 is the status: no code. Rule 5: no id. Hesitated on fields (other reading: `extra.subscribeToEmail`, `extra.min` and `extra.max`, the class-validator path that leads those messages, and one error per field for `email`).",
  },
  {
    id: 'nestjs-i18n/detailed-errors-tree-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'email is invalid'],
        ['email', 'email cannot be empty'],
        ['password', 'password cannot be empty'],
        ['extra.subscribeToEmail', 'subscribeToEmail is not a boolean'],
        ['extra.min', 'needs to be at least 5'],
        ['extra.max', 'needs to be less than 10'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 that carries field errors: validation. Rule 3 with the eighty-eighth holdout's row: class-validator's `ValidationError` items are field errors, `property` the field, `constraints` its messages keyed by the rule each broke, `children` its members' errors: `email` (two), `password`, and under `extra` (no constraints of its own) `extra.subscribeToEmail`, `extra.min`, `extra.max`. Rule 2.4: only field messages: the default. Rule 6: the constraint keys are several rules, and `statusCode` 400 the status: no code. Rule 5: no id.",
  },
  {
    id: 'adonisjs-bouncer/access-denied-json-403',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.1: the lone item's `message` 'Access denied' is the 403's phrase in other words, saying no more than the status ('Access forbidden', the thirty-second holdout's row; 'Access to resource forbidden', the sixty-ninth's): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, as Midtrans' 'Access denied…' and SMSGateway.me's 'Access Denied.' were by their collectors).",
  },
  {
    id: 'adonisjs-limiter/too-many-requests-json-429',
    expect: { kind: 'rate-limited', message: DEFAULT, fields: [], retry: 10, logId: null, code: null },
    why: "Rule 1: 429: rate-limited. Rule 2.1: the lone item's `message` 'Too many requests' is the bare reason phrase: the default (rule 2.4). Rule 4.1: `retry-after: 10` seconds (the item's `retryAfter` 10 agrees, and a header outranks it): 10 s. Rule 6: no code (`x-ratelimit-*` are rate-limit figures). Rules 3 and 5: no field, no id.",
  },
  {
    id: 'tinyhttp/next-error-text-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.6: plain text on a 5xx is the kind's default, whatever it says ('Your appearance destroyed this world.'). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'nestjs-zod/validation-failed-too-small-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['password', 'String must contain at least 8 character(s)']],
      logId: null,
      code: 'too_small',
    },
    why: "Rule 1: a 400 with a field error, and zod's `too_small` a validation code (the twenty-sixth holdout's row): validation. Rule 3: the lone item names its field in `path: ['password']`: `password` with 'String must contain at least 8 character(s)'. Rule 2.1: `message` 'Validation failed' is a generic summary: with only a field message, the default (rule 2.4). Rule 6: the lone item's `code`: 'too_small' (`statusCode` is the status). Rule 5: no id.",
  },
  {
    id: 'dropshot/enum-extractor-error-bad-path-param-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: a body of one member holding an object is that object: `HttpError`'s `{ message, error_code }`. Rule 1: a 400 without field errors and without a code (`error_code` is null): bad-request. Rule 2.3: 'bad parameter in URL path: unable to parse 'asdf' as bool' is a parser's report on the path (Rust's 'invalid digit found in string', openapi-core's 'Failed to cast value bar to type integer'), its head only saying a parameter is bad: the default (rule 2.4). Rule 6: `error_code` null: no code. Rule 5: no id. Hesitated on code (other reading: 'HttpError', the enum variant as serde writes it, as utoipa's variant is the code).",
  },
  {
    id: 'gorilla-handlers/method-handler-no-handlers-405-text',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 405: bad-request. Rule 2.1: the text 'Method not allowed' (and its newline) is the 405's bare reason phrase: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'go-rest-api/unauthorized-default-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'You are not authenticated to perform the requested action.' is the 401's phrase in other words with no reason after it ('You are unauthorized to perform this request.', the rule row of the blind readings' agreement; 'You must be logged in to access the api'): the default (rule 2.4). Rule 6: `status` 401 is the status: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a full sentence about the requested action).",
  },
  {
    id: 'go-rest-api/internal-server-error-default-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.1: `message` 'We encountered an error while processing your request.' only says something failed ('An error occurred while processing your request.', 'We encountered an internal error Please try again.'): generic, the default (rule 2.4). Rule 6: `status` 500 is the status: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'ardanlabs-service/create-user-empty-token-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: 'unauthenticated' },
    why: "Rule 1: 401: unauthenticated (and `unauthenticated` a credential code). Rule 2.3: `message` 'error parsing token: token contains an invalid number of segments' is golang-jwt's report (the forty-third holdout's row), a token the server could not parse: developer text, the default (rule 2.4). Rule 6: `code` 'unauthenticated', a credential code in the code member: the code. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a code that only restates the 401 standing alone).",
  },
  {
    id: 'chi/throttle-capacity-exceeded-429-text',
    expect: { kind: 'rate-limited', message: 'Server capacity exceeded', fields: [], logId: null, code: null },
    why: "Rule 1: 429: rate-limited. Rule 2.6: 'Server capacity exceeded.' sent as text on a 4xx is a sentence that says why the request was refused, not the 429's phrase: kept. Rule 4: no header, no hint, no wait in the text: no retry time. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, the 429 restated in other words).",
  },
  {
    id: 'drf-standardized-errors/required-field-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'This field is required']],
      logId: null,
      code: 'required',
    },
    why: "Rule 1: a 400 with a field error and `type` 'validation_error': validation. Rule 3: a DRF exception handler's `attr` names the item's field (PostHog's): `name` with 'This field is required.'. Rule 2.4: only a field message: the default. Rule 6: the lone item's `code` 'required' over `type` 'validation_error', a code that only says validation (a category beside a lone item's code). Rule 5: no id.",
  },
  {
    id: 'drf-standardized-errors/list-serializer-paths-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['recipients.0.name', 'This field is required'],
        ['recipients.1.email', 'Enter a valid email address'],
      ],
      logId: null,
      code: 'validation_error',
    },
    why: "Rule 1: a 400 with field errors and `type` 'validation_error': validation. Rule 3: each item's `attr` is a dotted path with indices as numbers: `recipients.0.name` ('This field is required.') and `recipients.1.email` ('Enter a valid email address.'). Rule 2.4: only field messages: the default. Rule 6: the items' codes differ (`required`, `invalid`), so there is no lone item's code, and `type` 'validation_error' is the only response-level code (Wolfeo's `VALIDATION_ERROR`, read so in the ninety-second's reading). Rule 5: no id. Hesitated on code (other reading: none, a category that only says validation).",
  },
  {
    id: 'drf-standardized-errors/server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: 'error' },
    why: "Rule 1: 500: server (and `type` 'server_error' says no more on a 5xx). Rule 2.1: the lone item's `detail` 'A server error occurred.' only says something failed ('A server-side error occurred', the sixty-ninth holdout's row): the default (rule 2.4). Rule 6: the lone item's `code` 'error' over the envelope's `type`, its category. Rule 3: `attr` null: no field. Rule 5: no id. Hesitated on code (other reading: 'server_error', the item's `error` being a word that says only that an error occurred, a category the other outranks; or none).",
  },
  {
    id: 'allauth-headless/too-many-login-attempts-400',
    expect: {
      kind: 'rate-limited',
      message: 'Too many failed login attempts',
      fields: [],
      logId: null,
      code: 'too_many_login_attempts',
    },
    why: "Rule 1: the lone item's `code` 'too_many_login_attempts' is a throttling code (too many attempts, as `TooManyRequestsException`), which decides on any status and outranks the 400: rate-limited. Rule 2.2: the lone form-level item's `message` 'Too many failed login attempts. Try again later.' speaks for the response: kept. Rule 4: 'Try again later' names no wait: no retry time. Rule 6: the lone item's code: 'too_many_login_attempts' (`status` 400 is the status). Rules 3 and 5: no field, no id. Hesitated on kind (other reading: bad-request, a code no row of the kind table lists beside a 400).",
  },
  {
    id: 'allauth-headless/verify-email-invalid-key-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['key', 'Invalid or expired key']],
      logId: null,
      code: 'invalid_or_expired_key',
    },
    why: "Rule 3: the lone item names its field in `param` 'key' (not a code, not a 429's): `key` with 'Invalid or expired key.'; an array of one item that names a field stays a list, its sentence the field's. Rule 1: a 400 with a field error, and `invalid_or_expired_key` begins with `invalid` and names the input (the e-mail confirmation's key, sent in the body): validation. Rule 2.4: only a field message: the default. Rule 6: the lone item's `code`: 'invalid_or_expired_key'. Rule 5: no id. Hesitated on kind (other reading: unauthenticated, a key invalid or expired read as a credential code, as `app-key-invalid` and `expired_token` are).",
  },
  {
    id: 'simplejwt/token-invalid-or-expired-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Token is invalid or expired',
      fields: [],
      logId: null,
      code: 'token_not_valid',
    },
    why: "Rule 1: 401: unauthenticated (and `token_not_valid` a credential code, the thirty-seventh holdout's row). Rule 2.2: the lone item of the error's `messages` list, 'Token is invalid or expired', is the occurrence's sentence over the envelope's `detail` 'Given token not valid for any token type'; it names the credential and says it is invalid (a credential's name stays): kept. Rule 3: the item's `token_class` and `token_type` are no path members: no field. Rule 6: `code`: 'token_not_valid'. Rule 5: no id. Hesitated on message (other reading: 'Given token not valid for any token type', the `detail`).",
  },
  {
    id: 'fastapi-users/reset-password-bad-token-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'RESET_PASSWORD_BAD_TOKEN',
    },
    why: "Rule 6: a code alone in a message's member (Camunda's `title`, IQAir's `message`): `detail` 'RESET_PASSWORD_BAD_TOKEN' is the code. Rule 1: read without the API's name before it, `BAD_TOKEN` names an input's value as `invalid…` does (`Bad…`, APNs' `BadDeviceToken`): the reset token sent in the body is invalid, and the code outranks the 400: validation. Rule 2.1: the only text is that code: the default (rule 2.4). Rules 3 and 5: no field, no id. Hesitated on kind (other reading: unauthenticated, a bad token read as `invalid_token`, a credential code; or bad-request, a code no row lists).",
  },
] satisfies Reading[];
