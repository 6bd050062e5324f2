import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 36 cases (every third case of the ninety-fourth holdout's parts GE, GF, GG, GH, GI, GJ and
// GK, in file order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a
// frozen copy of the written rules, `test/conformance/README.md` (`.tmp/blind94/rules.md`, its rule rows read as
// amending the rules above them, later rows winning), an excerpt of `types.ts` (`.tmp/blind94/types-excerpt.ts`:
// `DEFAULT` and the case type), the `Reading` interface (`.tmp/blind94/reading-interface.ts`) and one finished second
// reading (the ninety-third's, `.tmp/blind94/model-reading.ts`) as a model of the format, and the cases' ids,
// sources, URLs, `now`s and responses (`.tmp/blind94/cases.json`; none was thrown, none sends a `Date` header, and
// every `now` is 2026-11-22T12:00:00Z), no notes, no expectations, no kit answers. They were told not to open the case
// files or anything else under `/work/main` but the files the brief names, nor to run the kit, any script or any test,
// nor to use search tools, nor to list folders. They opened only the files the brief names (the rules read whole, in
// pieces), checked by its full path that this file did not exist yet, and wrote it by its full path. They listed no
// folder. They marked 21 cases "hesitated" and named the other reading. Written once and not changed after.
export default [
  {
    id: 'error-handling-spring-boot-starter/user-not-found-default-500',
    expect: {
      kind: 'server',
      message: 'Could not find user with id 123',
      fields: [],
      logId: null,
      code: 'USER_NOT_FOUND',
    },
    why: "Rule 1: 500: server; `USER_NOT_FOUND` is a not-found code, but a code never turns a 5xx into a 4xx kind other than rate-limited. Rule 2.1: `message` 'Could not find user with id 123' is a sentence that says what was not found this time, in JSON, not developer text (rule 2.3 names no such line): kept. Rule 6: the `code` member: 'USER_NOT_FOUND'. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'error-handling-spring-boot-starter/validation-failed-two-fields-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['name', 'size must be between 10 and 2147483647'],
        ['favoriteMovie', 'must not be blank'],
      ],
      logId: null,
      code: 'VALIDATION_FAILED',
    },
    why: "Rule 1: a 400 that carries field errors (and `VALIDATION_FAILED` a validation code): validation. Rule 3: `fieldErrors` is a list of items each with a path-like member (`property`, `path`) and a `message`: `name` ('size must be between 10 and 2147483647') and `favoriteMovie` ('must not be blank'). Rule 2.1: `message` 'Validation failed for object='exampleRequestBody'. Error count: 2' is a generic summary with a count of errors found (the fifty-sixth holdout's row): with only field messages, the default (rule 2.4). Rule 6: the items' codes differ (`INVALID_SIZE`, `REQUIRED_NOT_BLANK`), so there is no lone item's code, and the envelope's `code` 'VALIDATION_FAILED' is the only response-level code (as drf-standardized-errors' `validation_error` in the ninety-third's reading). Rule 5: no id. Hesitated on code (other reading: none, a code that only says validation).",
  },
  {
    id: 'error-handling-spring-boot-starter/custom-json-field-names-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'size must be between 10 and 2147483647']],
      logId: null,
      code: 'VALIDATION_FAILED',
    },
    why: "Rule 1: a 400 that carries a field error, and `errorCode` 'VALIDATION_FAILED' a validation code: validation. Rule 3: `fieldFailures` is read under any member name, each item naming its field and carrying a message: `name` with 'size must be between 10 and 2147483647'; `classFailures`' item names no field (`code` 'ValidCustomer' is a constraint's name), so it is form-level. Rule 2.1: `description` 'Validation failed for object='exampleRequestBody'. Error count: 4' is a generic summary, and the form-level item's `message` 'UserAlreadyExists' is one camel-case token, a code, not a sentence: the default (rule 2.4). Rule 6: `errorCode` is a code by its shape: 'VALIDATION_FAILED' (the two lists' codes differ). Rule 5: no id. Hesitated on kind (other reading: conflict, 'UserAlreadyExists' read as an already-exists code alone in a message's member, outranking the 400) and on code (other reading: none, a code that only says validation).",
  },
  {
    id: 'error-handling-spring-boot-starter/optimistic-locking-409',
    expect: { kind: 'conflict', message: DEFAULT, fields: [], logId: null, code: 'OPTIMISTIC_LOCKING_ERROR' },
    why: "Rule 1: 409: conflict. Rule 2.3: `message` 'Object of class [com.example.user.User] with identifier […]: optimistic locking failed' names a qualified type name (a namespaced class name anywhere, the seventy-second holdout's row), an ORM's report: developer text, the default (rule 2.4). Rule 6: `code`: 'OPTIMISTIC_LOCKING_ERROR'. Rule 5: `identifier` is the record's id, not the occurrence's: no id. Rule 3: `identifier` and `persistentClassName` hold values, not messages: no field.",
  },
  {
    id: 'ekino-spring-boot-starter-errors/bean-validation-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['company', 'must not be null']],
      logId: null,
      code: 'error.missing.company',
    },
    why: "Rule 1: a 400 that carries a field error: validation. Rule 3: the lone item of `errors` names its field in `field`: `company` with 'must not be null' (`globalErrors` is empty). Rule 2.1: `message` 'Bad Request' is the bare reason phrase and `description` 'Validation failed' a generic summary: with only a field message, the default (rule 2.4). Rule 6: the lone item's `code` 'error.missing.company' over the envelope's 'error.invalid', a code that only says invalid, a category beside a lone item's code (`status` 400 is the status). Rule 5: `service` names the route, `timestamp` a time: no id. Hesitated on code (other reading: 'error.invalid', the envelope's own code over a field item's).",
  },
  {
    id: 'alibaba-sentinel/jax-rs-flow-limiting-429-text',
    expect: {
      kind: 'rate-limited',
      message: 'Blocked by Sentinel (flow limiting)',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.6: 'Blocked by Sentinel (flow limiting)' sent as text on a 4xx is a sentence that says why the request was refused (a flow limit), not the 429's phrase; the parenthesis is no parser's report: kept. Rule 4: no header, no hint, no wait in the text: no retry time. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, the rate limiter's stock line naming itself, the 429 in other words).",
  },
  {
    id: 'aspnetcore-odata/customer-not-found-404',
    expect: { kind: 'not-found', message: 'Customer with key: 1 not found', fields: [], logId: null, code: null },
    why: "Rule 3: a body of one member holding an object is that object: OData's `error`. Rule 1: 404: not-found. Rule 2.1: `message` 'Customer with key: 1 not found.' says what was not found this time: kept. Rule 6: `code` '404' only restates the status: no code. Rule 5: no id. Hesitated on code (other reading: '404', the only code member, stated as sent).",
  },
  {
    id: 'aspnetcore-odata/bad-request-on-delete-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: a body of one member holding an object is that object. Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.1: 'Bad request on delete.' is the 400's reason phrase behind the operation's name (as \"Capture Payload too large\" is the 413's behind a word), saying no more than the status: the default (rule 2.4). Rule 6: `code` '400' restates the status: no code. Rule 5: no id. Hesitated on message (other reading: kept, a line that says which operation was refused).",
  },
  {
    id: 'aspnetcore-odata/query-on-non-collection-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server. Rule 2.3: OData's text ('The query specified in the URI is not valid. … Query options $filter, $orderby, … can be applied only on collections.') is developer text (the fifth holdout's row), and its `innererror` holds an exception's class and a stack trace: the default (rule 2.4). Rule 6: `code` is empty, and `innererror` has no code of its own (its `type` is an exception class): no code. Rules 3 and 5: `details` is empty; no field, no id.",
  },
  {
    id: 'timetastic/quota-exceeded-429-text',
    expect: {
      kind: 'rate-limited',
      message: 'API calls quota exceeded',
      fields: [],
      retry: 58,
      logId: null,
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.6: 'API calls quota exceeded! maximum admitted 5 per 1s.' sent as text on a 4xx is a sentence that says which limit was hit, not the 429's phrase: kept. Rule 4.1: `Retry-After: 58` seconds: 58 s ('per 1s' names a window, not a wait). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'hellang-problemdetails/exception-title-only-400',
    expect: { kind: 'bad-request', message: 'Example 2', fields: [], logId: '|b225f5c6-47ffdf59d5b7ae78.', code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.2: with no `detail`, the problem's `title` 'Example 2' is the only text, two words that are no code, no lone word, no reason phrase and no generic summary: kept. Rule 6: the `type` 'https://httpstatuses.com/400' only links a page for the status, as a link to the HTTP specification's section does (the sixty-seventh holdout's row), read by its last segment '400', the status: no code. Rule 5: the body's own `traceId` '|b225f5c6-47ffdf59d5b7ae78.' (as sent), over `correlationId`, all zeros, which is no id. Rule 3: no field. Hesitated on message (other reading: the default, a label left by a test and no sentence written for the person).",
  },
  {
    id: 'fastify-basic-auth/missing-authorization-header-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Missing or bad formatted authorization header',
      fields: [],
      logId: null,
      code: 'FST_BASIC_AUTH_MISSING_OR_BAD_AUTHORIZATION_HEADER',
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Missing or bad formatted authorization header' names a credential's header as missing or badly formatted, which says that signing in failed (the header row: 'Authorization header is required' stays; the ninetieth holdout's row: 'Invalid authorization header format.' stays): kept (`error` 'Unauthorized' is the reason phrase). Rule 6: the `code` member: 'FST_BASIC_AUTH_MISSING_OR_BAD_AUTHORIZATION_HEADER' (`statusCode` is the status). Rules 3 and 5: no field, no id. Hesitated on message (other reading: the default, an Authorization header the server could not parse, the sixty-eighth and sixty-ninth holdouts' developer text).",
  },
  {
    id: 'fastify-basic-auth/validate-error-402-no-challenge',
    expect: { kind: 'bad-request', message: 'Winter is coming', fields: [], logId: null, code: null },
    why: "Rule 1: a 402 is no status the table lists, and no code says more: any other 4xx, bad-request. Rule 2.1: `message` 'Winter is coming' is a sentence, the app's own (`error` 'Payment Required' is the reason phrase): kept. Rule 6: `statusCode` 402 is the status and `error` the reason phrase: no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'koa-ratelimit/custom-error-message-429-text',
    expect: {
      kind: 'rate-limited',
      message: 'Sometimes You Just Have to Slow Down',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.6: 'Sometimes You Just Have to Slow Down.' sent as text on a 4xx is a sentence (title case, not capitals only): kept. Rule 4: no header, no hint, no wait in the text: no retry time. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'plug-attack/blocked-forbidden-403-text',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden. Rule 2.1: the text 'Forbidden!' (and its newline) is the 403's bare reason phrase with an exclamation mark: the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'ex-oauth2-provider/unauthorized-403-text',
    expect: { kind: 'forbidden', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden (text never decides the kind). Rule 2.1: the text 'Unauthorized' is a lone word, which labels the failure and is not a message (the first rule row; Media Manager's 'Unauthorized' on a 400, read so by its collector): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: 'Unauthorized', the 401's reason phrase sent with a 403, which says what was refused, as 'Not Authorized' sent as text is read, the fifty-eighth holdout's row).",
  },
  {
    id: 'ex-oauth2-provider/token-invalid-grant-422',
    expect: {
      kind: 'unauthenticated',
      message: 'The provided authorization grant is invalid, expired, revoked',
      fields: [],
      logId: null,
      code: 'invalid_grant',
    },
    why: "Rule 1: OAuth's `invalid_grant` is a credential code, and a code outranks a 422: unauthenticated. Rule 2.2: OAuth `error_description` beats `error`: 'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI …' says the grant is not valid, RFC 6749's definition of `invalid_grant`, whose siblings of `invalid_request` the corpus keeps (the sixty-third holdout's row): kept. Rule 6: OAuth's `error`: 'invalid_grant'. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: validation, the 422 standing, as the table names credential codes on 400 and 403 only) and on message (other reading: the default, OAuth's stock definition, as `invalid_request`'s is read, the sixty-ninth holdout's row).",
  },
  {
    id: 'ex-oauth2-provider/token-invalid-scope-422',
    expect: {
      kind: 'bad-request',
      message: 'The requested scope is invalid, unknown, or malformed',
      fields: [],
      logId: null,
      code: 'invalid_scope',
    },
    why: "Rule 1: OAuth's `invalid_scope` is listed under bad-request, and a bad-request code outranks a 422 (the rule row that reads a query that does not parse): bad-request. Rule 2.2: `error_description` 'The requested scope is invalid, unknown, or malformed.' over `error`: RFC 6749's definition, a sentence about the scope asked for (the word, not a key written as code): kept. Rule 6: OAuth's `error`: 'invalid_scope'. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: validation, the 422 standing, or `invalid_scope` read as a code that begins with `invalid` and names an input) and on message (other reading: the default, OAuth's stock definition).",
  },
  {
    id: 'boruta/token-missing-client-credentials-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'invalid_request' },
    why: "Rule 1: OAuth's `invalid_request` on a 400: bad-request. Rule 2.3: `error_description` 'Request body validation failed. Required properties client_id, client_secret are missing at #.' is a JSON Schema validator's report (its root pointer `#`), after a generic headline, and names only inputs by their keys: the default (rule 2.4). Rule 6: OAuth's `error`: 'invalid_request'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, the keys being a credential's names, `client_id` and `client_secret`, which say that signing in failed).",
  },
  {
    id: 'ejabberd/access-rules-unauthorized-403',
    expect: {
      kind: 'forbidden',
      message: 'Account does not have the right to perform the operation',
      fields: [],
      logId: null,
      code: '32',
    },
    why: "Rule 1: 403: forbidden (JSend's `status: \"error\"` with no `data` holds nothing more). Rule 2.1: `message` 'AccessRules: Account does not have the right to perform the operation.' says what was refused, after the area's label: kept. Rule 6: the numeric `code` 32, a string in the model: '32' (`status` 'error' is a flag). Rules 3 and 5: no field, no id.",
  },
  {
    id: 'phoenix-swagger/required-nested-param-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 3: a body of one member holding an object is that object; its `path` '#' is the JSON Pointer of the document's root, which names no field. Rule 1: a 400 without field errors and without a code: bad-request. Rule 2.3: 'Required property filter[route] was not present.' is a JSON Schema validator's report, naming only an input by its key written as code (rule 2.1): the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'salesforce-b2c-commerce-api/cancel-order-conflict-409',
    expect: {
      kind: 'conflict',
      message: "Order with number '00001547' can't be cancelled",
      fields: [],
      logId: null,
      code: 'https://api.commercecloud.salesforce.com/documentation/error/v1/errors/cancel-order',
    },
    why: "Rule 1: 409: conflict. Rule 2.2: RFC 9457 `detail` 'Order with number '00001547' can't be cancelled.' beats `title` 'Cancel Order': kept. Rule 6: with no other code, the problem `type` URI is the code, stated whole (as the corpus states SmartBear's). Rules 3 and 5: no field, no id.",
  },
  {
    id: 'salesforce-b2c-commerce-api/customer-list-not-found-404',
    expect: {
      kind: 'not-found',
      message: "No customer list with ID 'SiteGenesis-NOT-FOUND' could be found",
      fields: [],
      logId: null,
      code: 'https://api.commercecloud.salesforce.com/documentation/error/v1/errors/customer-list-not-found',
    },
    why: "Rule 1: 404: not-found. Rule 2.2: `detail` 'No customer list with ID 'SiteGenesis-NOT-FOUND' could be found.' beats `title` 'Customer List Not Found': kept. Rule 6: the problem `type` URI, the only code: stated whole. Rule 5: `customerListId` is the record asked for, not the occurrence: no id. Rule 3: no field.",
  },
  {
    id: 'salesforce-b2c-commerce-api/basket-not-found-404',
    expect: {
      kind: 'not-found',
      message: "No basket with ID '123' could be found",
      fields: [],
      logId: null,
      code: 'https://api.commercecloud.salesforce.com/documentation/error/v1/errors/basket-not-found',
    },
    why: "Rule 1: 404: not-found. Rule 2.2: `detail` 'No basket with ID '123' could be found.' beats `title` 'Basket Not Found': kept. Rule 6: the problem `type` URI, the only code: stated whole. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'salesforce-b2c-commerce-api/customer-not-found-404',
    expect: {
      kind: 'not-found',
      message: "No customer with ID 'abfTWMDZOgi3JPzkHjv9IhmziI' could be found",
      fields: [],
      logId: null,
      code: 'https://api.commercecloud.salesforce.com/documentation/error/v1/errors/not-found',
    },
    why: "Rule 1: 404: not-found. Rule 2.2: `detail` 'No customer with ID '…' could be found.' beats `title` 'Not Found', the reason phrase: kept. Rule 6: the problem `type` URI, the only code: stated whole. Rule 5: `customerId` is the record asked for: no id. Rule 3: no field. Hesitated on code (other reading: none, a type whose last segment `not-found` only restates the 404, as a problem type `gateway-timeout` on a 504 says no more than the status).",
  },
  {
    id: 'tgi/request-failed-during-generation-424',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: 'generation' },
    why: "Rule 1: a 424 is no status the table lists, and `generation` names no kind: any other 4xx, bad-request. Rule 2.1: `error` 'Request failed during generation' only says the request failed at a step (a step of the request that failed, \"Request mapping failed\", the twenty-ninth holdout's row): generic, the default (rule 2.4). Rule 6: `error_type` 'generation', the only machine code, a category with no code beside it: 'generation'. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a line that says where the request failed) and on code (other reading: none, a category and no code).",
  },
  {
    id: 'tgi/health-unhealthy-503',
    expect: { kind: 'unavailable', message: DEFAULT, fields: [], logId: null, code: 'healthcheck' },
    why: "Rule 1: 503: unavailable. Rule 2.1: `error` 'unhealthy' is a lone word: the default (rule 2.4). Rule 6: `error_type` 'healthcheck', the only machine code: 'healthcheck'. Rules 3 and 5: no field, no id. Hesitated on code (other reading: none, a category and no code).",
  },
  {
    id: 'ovms/model-version-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'Model with requested version is not found',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'Model with requested version is not found' is a sentence that says what was not found: kept. Rules 3, 5 and 6: no field, no id, no code.",
  },
  {
    id: 'ovms/missing-input-with-specific-name-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code: bad-request (text never decides). Rule 2.1: `error` 'Missing input with specific name - Required input: 0' names only which input is missing, by the name the API gives it (the rule row of 6 December 2026): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: kept, 'Missing input with specific name', a sentence about the model's input).",
  },
  {
    id: 'bifrost/invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid API key provided',
      fields: [['api_key', 'Invalid API key provided']],
      logId: null,
      code: 'invalid_api_key',
    },
    why: "Rule 1: 401: unauthenticated (and `invalid_api_key` a credential code). Rule 2.1: `error.message` 'Invalid API key provided. Please check your API key and try again.' names the credential and says it is invalid: kept. Rule 3: the error object itself names the one field it is about in `param` 'api_key' (not a code, not a 429's), so its message is that field's error too (Stripe's `param`). Rule 6: `code` 'invalid_api_key' over `type` 'authentication_error' (Stripe's `code` beats its `type`); `status_code` is the status. Rule 5: no id. Hesitated on fields (other reading: none, a credential named in `param` being no input of a form).",
  },
  {
    id: 'bifrost/concurrent-requests-exceeded-429',
    expect: {
      kind: 'rate-limited',
      message: 'Too many concurrent requests',
      fields: [],
      logId: null,
      code: 'concurrent_requests_exceeded',
    },
    why: "Rule 1: 429: rate-limited (and `type` 'rate_limit_error'). Rule 2.1: `error.message` 'Too many concurrent requests. Maximum allowed: 20, current: 25.' says which limit and by how much, more than the 429's phrase: kept. Rule 3: a 429's `param` ('concurrency') names no field: a wait is no input's fault. Rule 6: `code` 'concurrent_requests_exceeded' over `type`. Rule 4: no header, no hint, no wait in the text: no retry time. Rule 5: no id.",
  },
  {
    id: 'bifrost/provider-service-unavailable-503',
    expect: {
      kind: 'unavailable',
      message: DEFAULT,
      fields: [],
      retry: 300,
      logId: null,
      code: 'service_unavailable',
    },
    why: "Rule 1: 503: unavailable (and `service_unavailable` an outage code on a 5xx). Rule 2.3: `error.message` 'OpenAI API is currently unavailable. Please try again later.' is the gateway's report that the provider behind it is unavailable (a downstream service that is unavailable, the sixty-seventh holdout's row): developer text, the default (rule 2.4). Rule 4.3: the body's `retry_after` 300, in seconds as the name says: 300 s. Rule 6: `code` 'service_unavailable' over `type` 'provider_error'. Rules 3 and 5: `param` null; no field, no id. Hesitated on message (other reading: kept, a sentence that only says a service is unavailable, the sixty-eighth holdout's row).",
  },
  {
    id: 'koboldcpp/server-busy-503',
    expect: {
      kind: 'unavailable',
      message: 'Server is busy',
      fields: [],
      logId: null,
      code: 'service_unavailable',
    },
    why: "Rule 3: a body of one member holding an object is that object: `detail`'s `{ msg, type }`, with no path member. Rule 1: 503: unavailable. Rule 2.1: `msg` 'Server is busy; please try again later.' says why the server could not answer, a sentence that says the service is unavailable and stays (the sixty-eighth holdout's row): kept. Rule 6: `type` 'service_unavailable', the only code: 'service_unavailable'. Rule 4: 'please try again later' names no wait: no retry time. Rule 5: no id.",
  },
  {
    id: 'mezzio-problem-details/route-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.3: `detail` 'Cannot POST https://example.com/foo!' is a router's report of a route it has no handler for, as Rails' 'No route matches [POST] \"/…\"' (the seventy-seventh holdout's row): developer text, and `title` 'Not Found' the bare reason phrase: the default (rule 2.4). Rule 6: the `type` 'https://httpstatus.es/404' only links a page for the status, its last segment the status: no code. Rules 3 and 5: no field, no id. Hesitated on message (other reading: kept, a line that says which route was not found).",
  },
  {
    id: 'graphql-authentication/invalid-authorization-header-200',
    expect: {
      kind: 'forbidden',
      message: 'Invalid Authorization Header',
      fields: [],
      logId: null,
      code: 'FORBIDDEN',
    },
    why: "Rule 1: a 200 whose lone GraphQL error carries `code` 'FORBIDDEN', a permission code, which outranks any 2xx: forbidden (text never decides). Rule 2.1: `message` 'Invalid Authorization Header' names a credential's header as invalid, which says that signing in failed (the header row: a credential's header stays; 'Invalid authorization header format.' stays): kept. Rule 3: a GraphQL error's `path` points into the response: no field. Rule 6: the error's own `code`: 'FORBIDDEN' (`category` 'graphql' is a category). Rule 5: no id. Hesitated on message (other reading: the default, an Authorization header the server could not read, developer text).",
  },
  {
    id: 'craft-cms/login-invalid-credentials-200',
    expect: {
      kind: 'unknown',
      message: 'Invalid email address or password',
      fields: [],
      logId: null,
      code: '2',
    },
    why: "Rule 1: a 200 whose only code, `errorCode` 2, is no error status and names no kind: unknown (text never decides, so the failed sign-in in the sentence does not make it unauthenticated). Rule 2.6 and 2.1: `error` 'Invalid email address or password' is a sentence that says signing in failed, a person's words: kept. Rule 6: `errorCode` is a code by its shape, a number as a string: '2'. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: unauthenticated, a sign-in refused read as a credential error beside the 2xx).",
  },
] satisfies Reading[];
