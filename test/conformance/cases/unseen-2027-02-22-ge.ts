import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-fourth unseen-API holdout, part GE (22 February 2027): Spring and JVM add-on libraries for errors, rate limits
// and resilience that no other case file uses as a source: Error Handling Spring Boot Starter (wimdeblauwe's
// `@ControllerAdvice` error bodies), ekino's spring-boot-starter-errors, Bucket4j Spring Boot Starter (MarcGiffing's
// rate-limit filter) and Alibaba Sentinel (its JAX-RS and Spring Web adapters' block responses). They were collected to
// measure how the reader does at first sight on libraries it was never tuned on. Bodies were copied from: Error
// Handling Spring Boot Starter's reference documentation (src/docs/asciidoc/index.adoc, which prints whole bodies),
// with each status from the page where it names one and otherwise from the handler class that writes the body (its
// `ApiErrorResponse(HttpStatus.…)`, each named in the note); ekino's README "Examples" (whole bodies with their own
// `status`); Bucket4j Spring Boot Starter's ServletRateLimitTest (429 and the configured default body, which its
// `Bucket4JConfiguration` fixes as `{ "message": "Too many requests!" }`); Sentinel's JAX-RS ProviderFilterTest (status
// and `body(equalTo(…))`) and its Spring Web adapter test, which checks that the block response's status and whole text
// are those of the `DefaultBlockExceptionResponse` enum (sentinel-web-adapter-common), whose entries give the other
// statuses and texts. Headers were copied only where the source shows one (none does); none was added. Every `expect`
// was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Error Handling Spring Boot Starter's combined fieldErrors/globalErrors/parameterErrors
// example (it stands for four handlers at once, "similar to this", and the status of the ConstraintViolation handler
// was not read), its `ARGUMENT_TYPE_MISMATCH` example (the TypeMismatch handler's status was not read within the cap),
// its `ILLEGAL_ARGUMENT` and `MY_CUSTOM_EXCEPTION` examples (no status on the page; the latter's handler is a test
// class), and near duplicates of the kept bodies (the other code and message overrides, `includeIfNull`, the `id`
// property name, the first `globalErrors` example); ekino's RestExceptionHandlerTest (whole bodies, but each
// `description` is the test's own exception text, "Message for developers", and `timestamp` is matched by a pattern);
// Sentinel's JAX-RS custom fallback (the test author's 200) and exception mapper ("test exception mapper", the test's
// text), its WebFlux adapter test (`containsString` only) and the enum's parameter-flow, system and default entries
// (the same shape as those kept); graphql-java-kickstart (its generic "Internal Server Error(s) while executing query"
// turned up only in handler code and in someone's notes without a status); graphql-java-extended-validation (its README
// prints no error body); alimate's errors-spring-boot-starter (the stored README versions print no example; a search
// for its `fingerprint` member found nothing); Spring Security's resource-server `insufficient_scope` challenge (an
// exact-string search found no test of Spring Security's own). Skipped as already sources: Spring Boot, Spring Cloud
// Gateway, Zalando problem-spring-web, graphql-java, Micronaut, Ktor, Javalin, Jooby, Armeria, Jersey, Dropwizard and
// Quarkus (Hibernate Validator in Quarkus is Quarkus's). Not reached within the cap: Resilience4j, Spring HATEOAS'
// VndErrors, Helidon. Three text bodies turned up (Sentinel's); no XML and no HTML.
//
// The part holds 18 cases from 4 sources, within the brief's aim of 15–30 cases but one source short of its 5; all 34
// look-ups were spent, many on searches that found no test with a whole body or no path to cite.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-22-ge`, on d22d327, src/ unchanged: in the frozen copy /tmp/base94; the `--check` run before
// it reported nothing to fix): 16/18 pass, 4 sources (kind 18/18, message 16/18, fields 18/18, retry 18/18, logId 0/0,
// code 9/9). Failing at first sight, both on the message: error-handling-spring-boot-starter/method-not-allowed-405
// (kept the whole "405 METHOD_NOT_ALLOWED "Request method 'OPTIONS' not supported""; the case reads the status and its
// name before the quoted text as a label that restates the status, and the quoted text as the 405's phrase reworded,
// rule 2.1 and the eighty-second holdout's row on ASP.NET Web API's "does not support http method": the default; a
// judgment call, as no row names Spring's "Request method '…' not supported");
// error-handling-spring-boot-starter/runtime-exception-override-400 (kept "A runtime exception has happened"; the case
// reads a type of error said to occur as saying no more than the status, rule 2.1 and the ninety-second holdout's row,
// "A semantic error occurred.": the default; a judgment call, the line being the app's configured text). Every other
// case passed as written, including the judgment calls on the UserId `toString` line (kept), "Access is denied" and
// "User is disabled" on 403s (kept), the two form-level `globalErrors` sentences (the default), Spring ORM's optimistic
// locking line (the default) and Sentinel's text lines (kept on a 4xx, the default on the 503).
//
// No expectation was changed after the run.
//
// It joined `cases/` with its own holdout's conventions, which read the reason inside Spring's status line ('405
// METHOD_NOT_ALLOWED "Request method 'OPTIONS' not supported"') and "A runtime exception has happened" as saying
// no more than the status: 18/18.

export default [
  // ───────────────────────────── Error Handling Spring Boot Starter ─────────────────────────────
  {
    id: 'error-handling-spring-boot-starter/user-not-found-default-500',
    source: 'Error Handling Spring Boot Starter',
    url: 'wimdeblauwe/error-handling-spring-boot-starter/src/docs/asciidoc/index.adoc@00ae6199e81863b424fc9a27b1aa14a79c51d36e',
    note: '"Default `Exception` handling": a `UserNotFoundException("Could not find user with id " + userId)` thrown from a `@RestController`; the page prints this body and "The HTTP status code will be _500 Internal Server Error_." No header shown. Kind: 500, server (rule 1; `USER_NOT_FOUND` is a not-found code, but a code never turns a 5xx into a 4xx kind). Message: a sentence in JSON from the app, kept (rule 2.1). Code: the `code` member, the exception\'s class name in capitals (rule 6).',
    response: { status: 500, body: { code: 'USER_NOT_FOUND', message: 'Could not find user with id 123' } },
    expect: { kind: 'server', message: 'Could not find user with id 123', code: 'USER_NOT_FOUND' },
  },
  {
    id: 'error-handling-spring-boot-starter/user-not-found-status-in-json-404',
    source: 'Error Handling Spring Boot Starter',
    url: 'wimdeblauwe/error-handling-spring-boot-starter/src/docs/asciidoc/index.adoc@00ae6199e81863b424fc9a27b1aa14a79c51d36e',
    note: '"Add HTTP response status in JSON response": with `error.handling.http-status-in-json-response=true` the same exception, annotated `@ResponseStatus(HttpStatus.NOT_FOUND)` in the section above, gives this body with `status: 404`. Status 404 from the annotation and the body. No header shown. Kind: 404, not-found (rule 1). Message: the sentence, kept. Code: `USER_NOT_FOUND` (rule 6).',
    response: {
      status: 404,
      body: { status: 404, code: 'USER_NOT_FOUND', message: 'Could not find user with id 123' },
    },
    expect: { kind: 'not-found', message: 'Could not find user with id 123', code: 'USER_NOT_FOUND' },
  },
  {
    id: 'error-handling-spring-boot-starter/user-not-found-with-property-404',
    source: 'Error Handling Spring Boot Starter',
    url: 'wimdeblauwe/error-handling-spring-boot-starter/src/docs/asciidoc/index.adoc@00ae6199e81863b424fc9a27b1aa14a79c51d36e',
    note: '"Adding extra properties in the response", via a method annotation: `@ResponseStatus(HttpStatus.NOT_FOUND) @ResponseErrorCode("USER_NOT_FOUND")`, the exception\'s message formatted from the `UserId` object and `@ResponseErrorProperty getUserId()` adding `userId`; the page prints this body. Status 404 from the annotation. No header shown. Kind: 404, not-found (rule 1). Fields: `userId` holds an id, not a message (rule 3: a map whose values do not look like messages is no field errors). Message: "Could not find user with id UserId{id=…}" is a sentence with a Java object\'s `toString` in it; the person reads the sentence (rule 2.1). Judgment call: a reader could read the printed object as developer text (rule 2.3, a Python object\'s `repr`, the fifty-second holdout\'s row) and give the default. Code: `USER_NOT_FOUND` (rule 6). No support id checked: `userId` names the record.',
    response: {
      status: 404,
      body: {
        code: 'USER_NOT_FOUND',
        message: 'Could not find user with id UserId{id=8c7fb13c-0924-47d4-821a-36f73558c898}',
        userId: '8c7fb13c-0924-47d4-821a-36f73558c898',
      },
    },
    expect: { kind: 'not-found', message: 'Could not find user with id', code: 'USER_NOT_FOUND' },
  },
  {
    id: 'error-handling-spring-boot-starter/validation-failed-two-fields-400',
    source: 'Error Handling Spring Boot Starter',
    url: 'wimdeblauwe/error-handling-spring-boot-starter/src/docs/asciidoc/index.adoc@00ae6199e81863b424fc9a27b1aa14a79c51d36e',
    note: '"Validation exception handling": `{ "name": "", "favoriteMovie": null }` sent to a `@Valid @RequestBody` whose class has `@Size(min = 10) name` and `@NotBlank favoriteMovie`; the page prints this body. Status 400 from MethodArgumentNotValidApiExceptionHandler (src/main/java/…/handler/MethodArgumentNotValidApiExceptionHandler.java@6bc4fe88ae70ed5fe7be13a3a2cf7f16501de887: `new ApiErrorResponse(HttpStatus.BAD_REQUEST, …)`), which also builds the message "Validation failed for object=\'…\'. Error count: N". No header shown. Kind: a 400 with field errors, validation (rule 1). Fields: each item names its field in `property` and `path` (the same) and carries a `message` (rule 3). Message: only says that validation failed, naming the bound Java object, as Spring Boot\'s and SecHub\'s cases read it (rule 2.1): the default. Code: `VALIDATION_FAILED`; the items carry two different codes, so no lone item\'s code stands for the response (rule 6).',
    response: {
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: "Validation failed for object='exampleRequestBody'. Error count: 2",
        fieldErrors: [
          {
            code: 'INVALID_SIZE',
            property: 'name',
            message: 'size must be between 10 and 2147483647',
            rejectedValue: '',
            path: 'name',
          },
          {
            code: 'REQUIRED_NOT_BLANK',
            property: 'favoriteMovie',
            message: 'must not be blank',
            rejectedValue: null,
            path: 'favoriteMovie',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['name', 'size must be between 10'],
        ['favoriteMovie', 'must not be blank'],
      ],
      code: 'VALIDATION_FAILED',
    },
  },
  {
    id: 'error-handling-spring-boot-starter/password-message-override-400',
    source: 'Error Handling Spring Boot Starter',
    url: 'wimdeblauwe/error-handling-spring-boot-starter/src/docs/asciidoc/index.adoc@00ae6199e81863b424fc9a27b1aa14a79c51d36e',
    note: '"Field specific override of error messages": `@Pattern(".*{8}") password` on a request body and `error.handling.messages.password.Pattern=The password complexity rules are not met. …`; the page prints this body with a callout comment after the message (`//<.>`), left out here. Status 400 from MethodArgumentNotValidApiExceptionHandler (as above). No header shown. Kind: 400 with a field error, validation (rule 1). Fields: `password` with the configured sentence (rule 3). Message: the envelope only says validation failed (rule 2.1): the default. No code stated: beside one item, `VALIDATION_FAILED` may be a category before the item\'s `REGEX_PATTERN_VALIDATION_FAILED` (rule 6), which leaves doubt.',
    response: {
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: "Validation failed for object='createUserRequestBody'. Error count: 1",
        fieldErrors: [
          {
            code: 'REGEX_PATTERN_VALIDATION_FAILED',
            property: 'password',
            message: 'The password complexity rules are not met. A password must be 8 characters minimum.',
            rejectedValue: '',
            path: 'password',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['password', 'The password complexity rules are not met']],
    },
  },
  {
    id: 'error-handling-spring-boot-starter/global-errors-only-400',
    source: 'Error Handling Spring Boot Starter',
    url: 'wimdeblauwe/error-handling-spring-boot-starter/src/docs/asciidoc/index.adoc@00ae6199e81863b424fc9a27b1aa14a79c51d36e',
    note: 'The note in "Exception handlers / Validation": a class-level `@ValidCustomer` constraint (default message "Invalid customer") whose validator adds `{UserAlreadyExists}`, translated in messages.properties to "The user already exists"; "This results in:" this body. The object is the `@Valid @RequestBody` `exampleRequestBody`, so status 400 from MethodArgumentNotValidApiExceptionHandler, which adds `globalErrors` from the binding result\'s global errors. No header shown. Kind: a 400 that lists several messages about the input, and `VALIDATION_FAILED` is a validation code (rule 1): validation. Fields: none; `globalErrors` items name no field, so they are form-level (rule 3). Message: the envelope only says validation failed; two form-level sentences and no lone one (rule 2.2), so the default (rule 2.4). Judgment call: a reader could take the more specific "The user already exists" as the message (and a duplicate\'s conflict, which text does not decide, rule 1). No code stated: the items\' one code `INVALID_CUSTOMER` (errors that all carry one code give it, the fifty-first holdout\'s row) and the envelope\'s `VALIDATION_FAILED` leave doubt.',
    response: {
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: "Validation failed for object='exampleRequestBody'. Error count: 2",
        globalErrors: [
          { code: 'INVALID_CUSTOMER', message: 'Invalid customer' },
          { code: 'INVALID_CUSTOMER', message: 'The user already exists' },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'error-handling-spring-boot-starter/custom-json-field-names-400',
    source: 'Error Handling Spring Boot Starter',
    url: 'wimdeblauwe/error-handling-spring-boot-starter/src/docs/asciidoc/index.adoc@00ae6199e81863b424fc9a27b1aa14a79c51d36e',
    note: '"Custom JSON response field names": `error.handling.json-field-names.code=errorCode`, `.message=description`, `.field-errors=fieldFailures`, `.global-errors=classFailures`; "a response will look similar to this": this body, copied whole (its "Error count: 4" beside two listed errors is the page\'s). Status 400 from MethodArgumentNotValidApiExceptionHandler (the bound `exampleRequestBody`). No header shown. Kind: a 400 with a field error, validation (rule 1). Fields: `fieldFailures` is a list whose items name a field and carry a message, read under any member name (rule 3). Message: `description` only says validation failed (rule 2.1), and the class-level item\'s "UserAlreadyExists" is a code-shaped token, no sentence (rule 2.1): the default. No code stated: `errorCode` beside one field item leaves the same doubt as above (rule 6).',
    response: {
      status: 400,
      body: {
        errorCode: 'VALIDATION_FAILED',
        description: "Validation failed for object='exampleRequestBody'. Error count: 4",
        fieldFailures: [
          {
            code: 'INVALID_SIZE',
            property: 'name',
            message: 'size must be between 10 and 2147483647',
            rejectedValue: '',
            path: 'name',
          },
        ],
        classFailures: [{ code: 'ValidCustomer', message: 'UserAlreadyExists' }],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['name', 'size must be between 10']] },
  },
  {
    id: 'error-handling-spring-boot-starter/method-not-allowed-405',
    source: 'Error Handling Spring Boot Starter',
    url: 'wimdeblauwe/error-handling-spring-boot-starter/src/docs/asciidoc/index.adoc@00ae6199e81863b424fc9a27b1aa14a79c51d36e',
    note: '"Use `ResponseStatusException`": "when a `MethodNotAllowedException` is thrown, this is the resulting JSON" and "the response code will be _405 Method Not Allowed_". No header shown. Kind: 405, bad-request (rule 1). Message: "405 METHOD_NOT_ALLOWED" is the status and its name, a label that only restates it (rule 2.1, as Twilio\'s `[HTTP 422] `), and the quoted "Request method \'OPTIONS\' not supported" rewords the 405\'s phrase (the ninetieth and eighty-second holdouts\' rows: ASP.NET Web API\'s "The requested resource does not support http method \'PUT\'." says no more than the status): the default. No code stated: `METHOD_NOT_ALLOWED` only restates the status (rule 6).',
    response: {
      status: 405,
      body: {
        code: 'METHOD_NOT_ALLOWED',
        message: '405 METHOD_NOT_ALLOWED "Request method \'OPTIONS\' not supported"',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'error-handling-spring-boot-starter/message-not-readable-400',
    source: 'Error Handling Spring Boot Starter',
    url: 'wimdeblauwe/error-handling-spring-boot-starter/src/docs/asciidoc/index.adoc@00ae6199e81863b424fc9a27b1aa14a79c51d36e',
    note: '"Unreadable HTTP message": a request body whose JSON is invalid; "the library will return something like the following response". Status 400 from HttpMessageNotReadableApiExceptionHandler (src/main/java/…/handler/HttpMessageNotReadableApiExceptionHandler.java@48e15d088f9d4bfbe4c3c2e1eb55b3d95611f392: `getHttpStatus(exception, HttpStatus.BAD_REQUEST)`). No header shown. Kind: 400 without fields; `MESSAGE_NOT_READABLE` names the body as a whole, not an input (rule 1): bad-request. Message: Jackson\'s "JSON parse error: Unexpected character …" with an exception class and a parser position is developer text (rule 2.3): the default. Code: the `code` member (rule 6).',
    response: {
      status: 400,
      body: {
        code: 'MESSAGE_NOT_READABLE',
        message:
          "JSON parse error: Unexpected character ('i' (code 105)): was expecting double-quote to start field name; nested exception is com.fasterxml.jackson.core.JsonParseException: Unexpected character ('i' (code 105)): was expecting double-quote to start field name\n at [Source: (PushbackInputStream); line: 1, column: 3]",
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'MESSAGE_NOT_READABLE' },
  },
  {
    id: 'error-handling-spring-boot-starter/optimistic-locking-409',
    source: 'Error Handling Spring Boot Starter',
    url: 'wimdeblauwe/error-handling-spring-boot-starter/src/docs/asciidoc/index.adoc@00ae6199e81863b424fc9a27b1aa14a79c51d36e',
    note: '"Optimistic locking exceptions": an `ObjectOptimisticLockingFailureException`; "the resulting response will be something like" this body. Status 409 from ObjectOptimisticLockingFailureApiExceptionHandler (src/main/java/…/handler/ObjectOptimisticLockingFailureApiExceptionHandler.java@2c9bdc343822fd9c9849d5832b9feb3ceb2c98ef: `HttpStatus.CONFLICT`, adding `identifier` and `persistentClassName`). No header shown. Kind: 409, conflict (rule 1). Message: Spring ORM\'s "Object of class [com.example.user.User] with identifier […]: optimistic locking failed" names a qualified Java type and the row\'s key (rule 2.3: qualified type names are developer text): the default. Judgment call: a reader could keep the words after the colon. Fields: none (`identifier` and `persistentClassName` are data, not messages). Code: the `code` member (rule 6). No support id checked: `identifier` is the record\'s.',
    response: {
      status: 409,
      body: {
        code: 'OPTIMISTIC_LOCKING_ERROR',
        message:
          'Object of class [com.example.user.User] with identifier [87518c6b-1ba7-4757-a5d9-46e84c539f43]: optimistic locking failed',
        identifier: '87518c6b-1ba7-4757-a5d9-46e84c539f43',
        persistentClassName: 'com.example.user.User',
      },
    },
    expect: { kind: 'conflict', message: DEFAULT, code: 'OPTIMISTIC_LOCKING_ERROR' },
  },
  {
    id: 'error-handling-spring-boot-starter/access-denied-403',
    source: 'Error Handling Spring Boot Starter',
    url: 'wimdeblauwe/error-handling-spring-boot-starter/src/docs/asciidoc/index.adoc@00ae6199e81863b424fc9a27b1aa14a79c51d36e',
    note: '"Spring Security exceptions": "They will just have a `code` and a `message`. For example:" this body (Spring Security\'s AccessDeniedException message). Status 403 from SpringSecurityApiExceptionHandler (src/main/java/…/handler/SpringSecurityApiExceptionHandler.java@2c9bdc343822fd9c9849d5832b9feb3ceb2c98ef: `AccessDeniedException` to `FORBIDDEN`). No header shown. Kind: 403, forbidden; `ACCESS_DENIED` is a permission code (rule 1). Message: "Access is denied" says what was refused on a 403, kept as K5\'s "Access Denied" is (rule 2.1: only a 401\'s phrase restated is dropped). Judgment call: a reader could read it as the 403\'s phrase in other words, as "Access forbidden" is (the thirty-second holdout\'s row), and give the default. Code: the `code` member (rule 6).',
    response: { status: 403, body: { code: 'ACCESS_DENIED', message: 'Access is denied' } },
    expect: { kind: 'forbidden', message: 'Access is denied', code: 'ACCESS_DENIED' },
  },
  {
    id: 'error-handling-spring-boot-starter/runtime-exception-override-400',
    source: 'Error Handling Spring Boot Starter',
    url: 'wimdeblauwe/error-handling-spring-boot-starter/src/docs/asciidoc/index.adoc@00ae6199e81863b424fc9a27b1aa14a79c51d36e',
    note: '"Super class hierarchy search": `error.handling.http-statuses.java.lang.RuntimeException=bad_request`, `…codes…=RUNTIME_EXCEPTION`, `…messages…=A runtime exception has happened` and `search-super-class-hierarchy=true`; a `MyException extends RuntimeException` gives this body. Status 400 from the configured `bad_request`. No header shown. Kind: a 400 without fields or a validation code: bad-request (rule 1). Message: "A runtime exception has happened" only names a type of error said to occur (the ninety-second holdout\'s row: "A semantic error occurred." says no more than the status), and a Java exception\'s kind besides (rule 2.3): the default. Code: the `code` member (rule 6).',
    response: { status: 400, body: { code: 'RUNTIME_EXCEPTION', message: 'A runtime exception has happened' } },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'RUNTIME_EXCEPTION' },
  },

  // ───────────────────────────── ekino spring-boot-starter-errors ─────────────────────────────
  {
    id: 'ekino-spring-boot-starter-errors/bean-validation-400',
    source: 'ekino spring-boot-starter-errors',
    url: 'https://github.com/ekino/spring-boot-starter-errors',
    note: 'README.md, "Examples", "Bean validation error": this body, copied whole (the README version with `timestamp`; the stored copy\'s commit was not named by the lookup that showed it). Status 400 from the body\'s own `status`. No header shown. Kind: a 400 with a field error, validation (rule 1). Fields: the item names `company` and carries a message (rule 3). Message: `description` "Validation failed" is generic and `message` "Bad Request" the reason phrase (rule 2.1): the default. `stacktrace` is empty; `service` names the app and route, no id. No code stated: the envelope\'s `error.invalid` beside one item\'s `error.missing.company` leaves doubt (rule 6: a code that only says "invalid" may be a category beside a lone item\'s).',
    response: {
      status: 400,
      body: {
        status: 400,
        code: 'error.invalid',
        message: 'Bad Request',
        description: 'Validation failed',
        errors: [{ code: 'error.missing.company', field: 'company', message: 'must not be null' }],
        globalErrors: [],
        service: 'my-api : POST /api/customers',
        stacktrace: '',
        timestamp: '2019-12-12T16:11:27.262Z',
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['company', 'must not be null']] },
  },
  {
    id: 'ekino-spring-boot-starter-errors/disabled-account-403',
    source: 'ekino spring-boot-starter-errors',
    url: 'https://github.com/ekino/spring-boot-starter-errors',
    note: 'README.md, "Examples", "Spring security disabled account": this body, copied whole (the version with `timestamp`). Status 403 from the body\'s `status`; the starter\'s RestExceptionHandlerTest answers its DisabledException with 403 and `code: "error.disabled_account"` too. No header shown. Kind: 403, forbidden (rule 1): a disabled account is no credential the person could resend, so the code is no credential code. Judgment call: a reader could read a disabled account as a refused sign-in. Message: `description` "User is disabled" beats `message`, the reason phrase (rule 2.2): kept. Code: the `code` member (rule 6).',
    response: {
      status: 403,
      body: {
        status: 403,
        code: 'error.disabled_account',
        message: 'Forbidden',
        description: 'User is disabled',
        errors: [],
        globalErrors: [],
        service: 'my-api : POST /api/auth',
        stacktrace: '',
        timestamp: '2019-12-12T16:11:27.262Z',
      },
    },
    expect: { kind: 'forbidden', message: 'User is disabled', code: 'error.disabled_account' },
  },

  // ───────────────────────────── Bucket4j Spring Boot Starter ─────────────────────────────
  {
    id: 'bucket4j-spring-boot-starter/too-many-requests-429',
    source: 'Bucket4j Spring Boot Starter',
    url: 'https://github.com/MarcGiffing/bucket4j-spring-boot-starter',
    note: 'ServletRateLimitTest (package com.giffing.bucket4j.spring.boot.starter.general.tests.filter.servlet; its file path was not named by the lookups): after five requests to `/hello` with a capacity of 5, `blockedWebRequestDueToRateLimit` expects `status().is(HttpStatus.TOO_MANY_REQUESTS.value())` and a body containing `{ "message": "Too many requests!" }`, which is the whole default `httpResponseBody` of the starter\'s configuration class (`defaultHttpResponseBody = "{ \\"message\\": \\"Too many requests!\\" }"`, content type `application/json` by default, not checked by the test). Written as the JSON object it is. No header given: the test checks none on the blocked request. Kind: 429, rate-limited (rule 1). Message: the 429\'s reason phrase with an exclamation mark (rule 2.1): the default. Retry: no header or hint (rule 4).',
    response: { status: 429, body: { message: 'Too many requests!' } },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },

  // ───────────────────────────── Alibaba Sentinel ─────────────────────────────
  {
    id: 'alibaba-sentinel/jax-rs-flow-limiting-429-text',
    source: 'Alibaba Sentinel',
    url: 'alibaba/Sentinel/sentinel-adapter/sentinel-jax-rs-adapter/src/test/java/com/alibaba/csp/sentinel/adapter/jaxrs/ProviderFilterTest.java@eb86c3968ef2415ae6c72f5cbe6e584142767d73',
    note: 'testDefaultFallback: a flow rule of 0 QPS on `GET:/test/hello`; `statusCode(Response.Status.TOO_MANY_REQUESTS)` and `body(equalTo("Blocked by Sentinel (flow limiting)"))` (testCustomRequestOriginParser asserts the same for a blocked origin). No header checked, none given. Kind: 429, rate-limited (rule 1). Message: a line sent as text on a 4xx (rule 2.6) that says the request was blocked and by which limit: kept. Judgment call: it names the library, not the person\'s situation, and a reader could read it as the 429\'s phrase in other words (AhaSend\'s "Too many requests, rate limited." says no more) and give the default. Retry: none named (rule 4).',
    response: { status: 429, body: 'Blocked by Sentinel (flow limiting)' },
    expect: { kind: 'rate-limited', message: 'Blocked by Sentinel (flow limiting)' },
  },
  {
    id: 'alibaba-sentinel/web-circuit-breaker-503-text',
    source: 'Alibaba Sentinel',
    url: 'alibaba/Sentinel/sentinel-adapter/sentinel-web-adapter-common/src/main/java/com/alibaba/csp/sentinel/adapter/web/common/DefaultBlockExceptionResponse.java@79a3be7d77b34b6cdce27778e7c46e311ecf66d6',
    note: 'The Spring Web adapter\'s block response: its integration test (testRuntimeException) resolves `DefaultBlockExceptionResponse` for the block exception and expects `status().is(res.getStatus())` and `content().string(res.getMsg())`, the whole body; the enum maps `DegradeException` (an open circuit breaker) to `503, "Blocked by Sentinel (circuit breaker)"`. The test asserts the flow entry; this entry is read from the enum the same handler resolves (no test of its own was found within the cap). No header given. Kind: 503, unavailable (rule 1). Message: plain text on a 5xx is the default (rule 2.6). Retry: none.',
    response: { status: 503, body: 'Blocked by Sentinel (circuit breaker)' },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'alibaba-sentinel/web-origin-request-limiting-403-text',
    source: 'Alibaba Sentinel',
    url: 'alibaba/Sentinel/sentinel-adapter/sentinel-web-adapter-common/src/main/java/com/alibaba/csp/sentinel/adapter/web/common/DefaultBlockExceptionResponse.java@79a3be7d77b34b6cdce27778e7c46e311ecf66d6',
    note: 'The same enum maps `AuthorityException` (an authority rule refusing the request\'s origin) to `403, "Blocked by Sentinel (origin request limiting)"`, written by the same handler as the case above (status and whole text). No header given. Kind: 403, forbidden (rule 1; no code, no Retry-After: a refusal, not a wait). Message: a line sent as text on a 4xx (rule 2.6), kept as the flow-limiting line is. Judgment call: as above.',
    response: { status: 403, body: 'Blocked by Sentinel (origin request limiting)' },
    expect: { kind: 'forbidden', message: 'Blocked by Sentinel (origin request limiting)' },
  },
] satisfies ConformanceCase[];
