import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-third unseen-API holdout, part FZ (21 February 2027): PHP framework API layers and Laravel and Symfony
// packages that no other case file uses: Dingo API (the Laravel and Lumen API package; its exception handler), the
// LexikJWTAuthenticationBundle (Symfony's JWT authentication bundle; its failure response), CultuurNet's
// symfony-security-jwt (a Symfony security component for JWT; its entry point), Apitte (Contributte's API layer for
// Nette; its SimpleErrorHandler), Spiral (the Spiral framework's filters; its JSON errors renderer) and ebi (a PHP
// framework, tokushima/ebi; its JSON error output). They were collected to measure how the reader does at first sight
// on APIs it was never tuned on. Bodies were copied from: Dingo's own handler test (`assertSame` on the status and the
// whole content) and its wiki page "Errors And Error Responses" as mirrored in liyu001989/dingo-api-wiki-zh (the page
// kept in English, linking back to github.com/dingo/api/wiki), plus two public issues that paste a captured Dingo
// answer (nauxliu/phphub-server#30, dingo/api#427); Lexik's functional GetTokenTest (status and both members asserted),
// an app's functional test that asserts a Lexik 401 whole (`assertJsonEquals`, Cryde/musicall) and a reproducer's
// README that pastes a whole 401 with its headers (darthf1/symfony-authentication, for symfony/symfony#44806);
// symfony-security-jwt's entry point test (`assertEquals` on the status and the JSON text); Apitte's SimpleErrorHandler
// test (`Assert::same` on the decoded body; the default message read from ServerErrorException in the same
// repository); Spiral's JsonErrorsRendererTest (status and the whole body text); ebi's test entries (`eq` on the status
// and the whole body text). Each source is named in `url`, with its commit where the index gave one. Headers were
// copied only where the source shows them (the reproducer's README); none was added. Every `expect` was written from
// the source and test/conformance/README.md before the kit was run.
//
// Skipped as already sources (checked in .tmp/sources.txt before any look-up): Laminas API Tools (Apigility), Laravel,
// Laravel Passport, Laravel JSON:API, Lighthouse, Statamic, Kirby REST API, Flight, Symfony, API Platform, Slim,
// FOSRestBundle, Yii 2 and league/oauth2-server; Laravel Sanctum, Fortify, Orion, spatie/laravel-query-builder and
// tymon/jwt-auth answer with Laravel's own exception handler (`{ message }`, the Laravel source's shape) and were not
// searched. API Platform's Hydra and problem bodies that Cryde/musicall's tests assert beside Lexik's (403s and 422s)
// were left out as that source's. Looked for and dropped: Mezzio ProblemDetails (its docs print the rate-limit example
// without a status, and the factory the same docs give for "the example from the introduction" builds another body,
// with title and type swapped: the wire body would have to be put together), Lexik's "Invalid JWT Token" and "Expired
// JWT Token" (its DefaultTokenAuthenticationTest asserts the 401 and the `message` member only), Dingo's handler tests
// whose texts are the test's placeholders ("bar", "Uh oh", `errors: { foo: ["bar"] }` with `code: 10`; the wiki's 422
// holds the same shape with real texts), Apitte's 404 `ClientErrorException('test', …)` with `context: { foo: "bar" }`
// (the test's placeholders), the JSON body dingo/api#427's reporter asked for (a wish, not a capture), a Symfony
// boilerplate's issue quoting one member of a 401 ("JWT is not found, invalid or expired."), ebi's two 200 bodies with
// an error list (which of two exception types would be the code is left in doubt), Hyperf (a search found apps'
// success assertions and a port's docs), Tempest (a search found none of its tests), Phalcon's REST sample (its
// bootstrap test checks `errors[0]` alone), and
// Spiral's other renderers (not reached). Not reached within the cap: Leaf, Nette Application itself, Webman, Craft
// CMS's own GraphQL, gesdinet/jwt-refresh-token-bundle (a search found no test of it) and phpro/api-problem. Judgment
// call on scope: the reproducer's `{ code, message }` 401 is read as Lexik's failure handler's (the shape its tests
// assert, with the login-link failure's message), not Symfony's own JSON login failure (`{ error }`). One text body
// (Dingo's 403 in dingo/api#427); no XML body and no HTML page.
//
// The part holds 14 cases from 6 sources, one short of the brief's aim of 15–30 and above the 5 sources it asks for;
// all 34 look-ups allowed were spent (the cap), many on broad code searches for Hyperf, Tempest, Spiral and Phalcon
// tests that returned other frameworks' files, and on reading test files that assert one member.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-21-fz`, on 4f5be46, src/ unchanged: in the frozen copy /tmp/base93; `--check` first reported
// no problem): 13/14 pass, 6 sources (kind 14/14, message 13/14, fields 14/14, retry 14/14, logId 0/0, code 0/0).
// Failing at first sight: apitte/generic-exception-500 (the kit kept "Application encountered an internal error.
// Please try again later."; the case reads a line that only says the server failed and asks to retry as a generic
// summary, as rule 2.1 lists athenahealth's "An unexpected error has occurred. Please try this operation again later.",
// and gives the default: a judgment call, since the wording is Apitte's own and no list names it). Every other case
// passed as written, including the judgment calls on Dingo's "Could not create new user." over its fields (kept), its
// custom handler's 401 line (kept) and its 403 rate-limit text (forbidden, the line kept), Lexik's "Invalid
// credentials." and "JWT Token not found" (kept), the reproducer's 401 read as Lexik's, symfony-security-jwt's
// `details` beside "Unauthorized" (kept) and Spiral's placeholder field.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, which read Apitte's "Application encountered an internal
// error." as saying no more than the status: 14/14.

export default [
  // ───────────────────────────── Dingo API ─────────────────────────────
  {
    id: 'dingo-api/http-exception-without-message-404',
    source: 'Dingo API',
    url: 'dingo/api/tests/Exception/HandlerTest.php@c374e9d5d80e265126781ff766b83376b35790bc',
    note: 'testHttpExceptionsWithNoMessageUseStatusCodeMessage: `new HttpException(404)` handled by the generic handler (error format `message`, `errors`, `code`, `status_code`, `debug`, debug off); the test asserts 404 and exactly this content, and testExceptionsHandledByRenderAreReroutedThroughHandler asserts the same body through `render`. No header asserted, none added. Kind: 404 (rule 1). Message: "404 Not Found" is the status and its reason phrase, as "HTTP 404" is (rule 2.1): the default. `status_code` only repeats the status; no code.',
    response: { status: 404, body: { message: '404 Not Found', status_code: 404 } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'dingo-api/conflict-user-updated-409',
    source: 'Dingo API',
    url: 'liyu001989/dingo-api-wiki-zh/Errors-And-Error-Responses.md@acc4c1ab9e01873b6ac8f869cd5d88c6cf7e21ab',
    note: "Dingo's wiki page \"Errors And Error Responses\" (github.com/dingo/api/wiki, kept in English in this mirror): a `ConflictHttpException('User was updated prior to your request.')` \"would result in an HTTP 409 status code and the following JSON representation assuming you haven't changed the default error format\". No header shown, none added. Kind: 409 (rule 1). Message: the exception's sentence (rule 2.1). No code.",
    response: { status: 409, body: { message: 'User was updated prior to your request.', status_code: 409 } },
    expect: { kind: 'conflict', message: 'User was updated prior to your request' },
  },
  {
    id: 'dingo-api/store-resource-failed-422',
    source: 'Dingo API',
    url: 'liyu001989/dingo-api-wiki-zh/Errors-And-Error-Responses.md@acc4c1ab9e01873b6ac8f869cd5d88c6cf7e21ab',
    note: 'The same page, "Resource Exceptions": a `StoreResourceFailedException(\'Could not create new user.\', $validator->errors())` for rules `username: required|alpha`, `password: required|min:7` and an empty payload; "Resources exceptions result in an HTTP 422 status code and the following JSON representation". Kind: 422 with field errors (rule 1). Fields: the `errors` map, path to a list of messages (rule 3). Message: "Could not create new user." names what failed in this request, a sentence of its own (rule 2.1), kept over the fields. Judgment call: a reader could read it as a headline over the list, as "Validation failed" is, and give the default.',
    response: {
      status: 422,
      body: {
        message: 'Could not create new user.',
        status_code: 422,
        errors: { username: ['The username field is required.'], password: ['The password field is required.'] },
      },
    },
    expect: {
      kind: 'validation',
      message: 'Could not create new user',
      fields: [
        ['username', 'The username field is required'],
        ['password', 'The password field is required'],
      ],
    },
  },
  {
    id: 'dingo-api/custom-unauthorized-handler-401',
    source: 'Dingo API',
    url: 'liyu001989/dingo-api-wiki-zh/Errors-And-Error-Responses.md@acc4c1ab9e01873b6ac8f869cd5d88c6cf7e21ab',
    note: "The same page, \"Custom Exception Responses\": a handler registered for `UnauthorizedHttpException` returns `Response::make(['error' => 'Hey, what do you think you are doing!?'], 401)`, and \"if authentication fails we'll be presented with the following JSON representation\". Status from the handler's `Response::make(…, 401)`. Kind: 401 (rule 1). Message: the `error` member holds a sentence for the person (rule 2.1), kept. Judgment call: the docs' example text of an app's own handler; a reader could take it for the 401's phrase in other words and give the default.",
    response: { status: 401, body: { error: 'Hey, what do you think you are doing!?' } },
    expect: { kind: 'unauthenticated', message: 'what do you think you are doing' },
  },
  {
    id: 'dingo-api/bad-credentials-401-debug',
    source: 'Dingo API',
    url: 'https://github.com/nauxliu/phphub-server/issues/30',
    note: "A PHPHub server (Laravel with Dingo API) user pastes the answer to a request with `Authorization: Bearer …` (11 October 2016). Trimmed: the paste stops after the `debug` object's `class` (its trace is cut off in the issue), so `debug` holds the three members shown. The status is the body's `status_code`: Dingo sets the response status to the exception's (its wiki: \"The responses HTTP status code is also changed to match that of the exception\"); no header shown, none added. Kind: 401 (rule 1). Message: Dingo's basic and OAuth providers' sentence naming the credentials and the header, kept (rule 2.1: a credential's name stays). `debug` is the developer's (rule 7): the file, line and exception class go to details. No code.",
    response: {
      status: 401,
      body: {
        message: 'Failed to authenticate because of bad credentials or an invalid authorization header.',
        status_code: 401,
        debug: {
          line: 111,
          file: 'C:\\Users\\Administrator\\Desktop\\attatt\\vendor\\dingo\\api\\src\\Auth\\Auth.php',
          class: 'Symfony\\Component\\HttpKernel\\Exception\\UnauthorizedHttpException',
        },
      },
    },
    expect: { kind: 'unauthenticated', message: 'Failed to authenticate because of bad credentials' },
  },
  {
    id: 'dingo-api/rate-limit-exceeded-403-text',
    source: 'Dingo API',
    url: 'https://github.com/dingo/api/issues/427',
    note: 'The issue (29 May 2015) reports that a route with `limit: 5, expires: 1` "returns a HTTP 403 code, the body of the response is plain text, currently: You have exceeded your rate limit." (Dingo answered rate limits with 403 before dingo/api#319 moved them to 429; the maintainer fixed the text body the same day). Only the status and the body are given; no header was pasted, none added. Kind: a 403 without `Retry-After` and without a rate-limit remaining of 0 is forbidden (rule 1; text never decides the kind). Judgment call: Dingo sends its X-RateLimit headers on limited routes, but none was pasted, so the case reads only what was. Message: a plain-text sentence on a 4xx (rule 2.6). No retry: no header, no wait in the text.',
    response: { status: 403, body: 'You have exceeded your rate limit.' },
    expect: { kind: 'forbidden', message: 'You have exceeded your rate limit' },
  },
  // ───────────────────────────── LexikJWTAuthenticationBundle ─────────────────────────────
  {
    id: 'lexik-jwt/invalid-credentials-401',
    source: 'LexikJWTAuthenticationBundle',
    url: 'lexik/LexikJWTAuthenticationBundle/Tests/Functional/GetTokenTest.php@e1fcdb57c7ffaee10965b6664f546e365ff99db9',
    note: "testGetTokenFromInvalidCredentials: POST /login_check with a wrong password; the test asserts 401, that the body has `message` and `code`, and both values. The body is those two members (judgment call: the test asserts each member, not the body's equality; Cryde/musicall's whole-body assertion below shows the same response class writes only these two). No header asserted, none added. Kind: 401 (rule 1). Message: \"Invalid credentials.\" says the sign-in was refused, naming the credentials (rule 2.1: a credential's name stays), kept. `code: 401` only repeats the status; no code stated.",
    response: { status: 401, body: { code: 401, message: 'Invalid credentials.' } },
    expect: { kind: 'unauthenticated', message: 'Invalid credentials' },
  },
  {
    id: 'lexik-jwt/jwt-token-not-found-401',
    source: 'LexikJWTAuthenticationBundle',
    url: 'Cryde/musicall/tests/Api/Admin/Search/AdminSearchesTest.php@6f9f857fcc5c09f66872dffb417896ed22c48914',
    note: "An app's functional test (MusicAll, Symfony with API Platform and Lexik): test_the_overview_needs_a_login requests an admin endpoint without a token and asserts 401 and exactly this body (`assertJsonEquals`), Lexik's entry point's answer (the same text Lexik's own DefaultTokenAuthenticationTest asserts). No header asserted, none added. Kind: 401 (rule 1). Message: \"JWT Token not found\" names the credential that was not sent (rule 2.1: a credential's name stays), kept. Judgment call: a reader could read it as the 401's phrase in other words (authentication required) and give the default. `code: 401` only repeats the status.",
    response: { status: 401, body: { code: 401, message: 'JWT Token not found' } },
    expect: { kind: 'unauthenticated', message: 'JWT Token not found' },
  },
  {
    id: 'lexik-jwt/invalid-or-expired-login-link-401',
    source: 'LexikJWTAuthenticationBundle',
    url: 'darthf1/symfony-authentication/README.md',
    note: "A reproducer for symfony/symfony#44806 (Symfony 5.4 with API Platform) pastes PHPUnit's failure output: the whole response to a login-link check, with its status line, headers and body (28 December 2021). Headers copied as shown. Judgment call on the source: the `{ code, message }` shape is Lexik's failure response (Symfony's own JSON login failure writes `{ error }`), carrying Symfony's login-link exception's message. Kind: 401 (rule 1). Message: \"Invalid or expired login link.\" says what was wrong with the link the person used, kept (rule 2.1). No support id: no request-id header. `code: 401` only repeats the status.",
    response: {
      status: 401,
      headers: {
        'Cache-Control': 'no-cache, private',
        'Content-Type': 'application/json',
        Date: 'Tue, 28 Dec 2021 16:34:43 GMT',
        Link: '<http://example.com/api/docs.jsonld>; rel="http://www.w3.org/ns/hydra/core#apiDocumentation"',
        'Www-Authenticate': 'Bearer',
        'X-Robots-Tag': 'noindex',
      },
      body: { code: 401, message: 'Invalid or expired login link.' },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid or expired login link' },
  },
  // ───────────────────────────── CultuurNet symfony-security-jwt ─────────────────────────────
  {
    id: 'cultuurnet-security-jwt/jwt-expired-401',
    source: 'CultuurNet symfony-security-jwt',
    url: 'cultuurnet/symfony-security-jwt/tests/Authentication/JwtAuthenticationEntryPointTest.php',
    note: "it_returns_a_response_with_status_401_and_a_json_body: the entry point's `start()` with `new AuthenticationException('JWT is expired.')`; the test asserts 401 and the content equal to `json_encode(['error' => 'Unauthorized', 'details' => 'JWT is expired.'])`. The exception's text is the test's (judgment call: kept, as the entry point writes whatever its authenticator throws, and the text is a sentence, not a placeholder). No header asserted, none added. Kind: 401 (rule 1). Message: `error` holds only the 401's reason phrase, so the string `details` beside it is the sentence (rule 2.2), naming the credential and its state (rule 2.1), kept. No code: \"Unauthorized\" only restates the status.",
    response: { status: 401, body: { error: 'Unauthorized', details: 'JWT is expired.' } },
    expect: { kind: 'unauthenticated', message: 'JWT is expired' },
  },
  // ───────────────────────────── Apitte ─────────────────────────────
  {
    id: 'apitte/generic-exception-500',
    source: 'Apitte (Contributte)',
    url: 'contributte/apitte/tests/Cases/Core/ErrorHandler/SimpleErrorHandler.phpt@e25e03ad4616b0624427d1cd3addc4355a9704d5',
    note: '"Error conversion - generic exception": a plain `Exception(\'test\', 400)` handled by SimpleErrorHandler; the test asserts the decoded body is exactly `status`, `code: 500` and `ServerErrorException::$defaultMessage`, read from src/Core/Exception/Api/ServerErrorException.php (stored at 276791bef17bc7771775f0e513cb8f394e9b72af, not at the test\'s commit). The status is the body\'s `code`: the test asserts the body only (judgment call: the handler writes the error\'s code as the response status). No header, none added. Kind: 500 (rule 1). Message: "Application encountered an internal error. Please try again later." only says the server failed and asks to retry, as athenahealth\'s "An unexpected error has occurred. Please try this operation again later." does (rule 2.1, a generic summary): the default. The exception\'s own text ("test") is not sent. No code: `code` repeats the status.',
    response: {
      status: 500,
      body: {
        status: 'error',
        code: 500,
        message: 'Application encountered an internal error. Please try again later.',
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  // ───────────────────────────── Spiral ─────────────────────────────
  {
    id: 'spiral/json-errors-renderer-422',
    source: 'Spiral',
    url: 'spiral/framework/tests/Framework/Filter/JsonErrorsRendererTest.php',
    note: "testRender: Spiral's JsonErrorsRenderer renders the filter errors `['foo' => 'bar']` for the context `foo_context`; the test asserts 422, the reason phrase \"The given data was invalid.\" and the body text exactly `{\"errors\":{\"foo\":\"bar\"}}`. The field and its message are the test's (judgment call: kept, as the renderer writes the filter's errors as given and the shape is the point; the reason phrase is the status line's, not the body's). No header asserted, none added. Kind: 422 with a field error (rule 1). Fields: a map of path to text under `errors` (rule 3). Message: no sentence outside the field: the default (rule 2.4).",
    response: { status: 422, body: { errors: { foo: 'bar' } } },
    expect: { kind: 'validation', message: DEFAULT, fields: [['foo', 'bar']] },
  },
  // ───────────────────────────── ebi ─────────────────────────────
  {
    id: 'ebi/exceptions-list-403',
    source: 'ebi (PHP framework)',
    url: 'tokushima/ebi/tests/test/entry/index/exceptions.php',
    note: "The framework's test entry `index::exceptions403`: the test app's action throws two exceptions under a 403, and the test asserts 403 and the body text exactly (the same assertion stands in test_app/test/entry/test_index/exceptions.php). The texts are the test app's; the `{ error: [{ message, type }] }` list is the framework's. No header asserted, none added. Kind: 403 (rule 1); an `InvalidArgumentException` type does not turn a 403 into a validation failure (rule 1: a 403 refuses). Message: two form-level lines, neither a sentence for the person (\"invalid argument\", the lone word \"logic\"), make no lone sentence: the default (rules 2.1, 2.4). `type` holds exception class names, the developer's (rule 2.3). No fields, no code stated.",
    response: {
      status: 403,
      body: {
        error: [
          { message: 'invalid argument', type: 'InvalidArgumentException' },
          { message: 'logic', type: 'LogicException' },
        ],
      },
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'ebi/method-not-allowed-405',
    source: 'ebi (PHP framework)',
    url: 'tokushima/ebi/tests/test/entry/index/exceptions.php',
    note: 'The same file, `index::exceptions405`: the test asserts 405 and exactly this body. Kind: 405 (rule 1). Message: "Method Not Allowed" is the status\'s reason phrase (rule 2.1): the default. `type` is an exception class name (rule 2.3). No code.',
    response: { status: 405, body: { error: [{ message: 'Method Not Allowed', type: 'LogicException' }] } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
