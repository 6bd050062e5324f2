import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-fourth unseen-API holdout, part GG (22 February 2027): Node middlewares for rate limits, auth and sessions,
// and Node headless CMSs, from five products no other case file uses: @fastify/basic-auth (Fastify's HTTP Basic
// authentication plugin), @fastify/under-pressure (Fastify's load-shedding plugin, which answers 503 with `Retry-After`
// when the process is over its limits: a limiter of load, taken into the domain as a judgment call), koa-ratelimit
// (Koa's rate-limit middleware), hapi-auth-bearer-token (a bearer-token scheme for hapi) and generator-sails-rest-api
// (a Sails REST API scaffold whose JWT policy runs passport-jwt). Bodies were copied from the plugins' own tests, each
// named in `url` with its commit: @fastify/basic-auth's test/index.test.js and @fastify/under-pressure's
// test/index.test.js (`t.assert.deepStrictEqual(JSON.parse(body), {…})` with the status, and under-pressure's
// `retry-after` header checked by value), koa-ratelimit's test/memory.spec.js (supertest's
// `.expect(429).expect(errorMessage)`, which checks the whole text); and from two public issues that paste a captured
// body with its status: johnbrett/hapi-auth-bearer-token#160 (hapi's Boom payload, whose `statusCode` is the response's
// by construction) and ghaiklor/generator-sails-rest-api#293 ("returns the following payload with a HTTP 500"). Headers
// were copied only where a test checks one by value (under-pressure's `Retry-After`); none was added. Every `expect`
// was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: @fastify/jwt (its own tests check `message` and `statusCode` one by one; whole-body checks
// turned up only in apps' tests that the index names by no repository, so they cannot be cited),
// @fastify/csrf-protection (its tests use tap's `t.match`, a subset), @fastify/bearer-auth (its tests check only the
// `error` member, or a pattern), @nestjs/throttler (its e2e tests check the 429 with `toMatchObject` and a pattern;
// nestjs/throttler#353 pastes an app's own wrapper without its HTTP status), hapi-rate-limit (its tests check statuses
// and headers only), koa-ratelimit's thrown 429 (its `Retry-After: 0` is checked, but the text only by a pattern),
// KeystoneJS 5's `AccessDeniedError` (keystonejs/keystone#1047 pastes the GraphQL body without its status, as earlier
// parts found), express-brute's 429 (stellar-deprecated/stellar-client#128 pastes `{ error: { text,
// nextValidRequestDate } }` without its status, and express-brute's fail callbacks send it with 429 or 403: the kind
// would be guessed), a @fastify/auth and @fastify/bearer-auth reply in fastify/help#539 (cut short), and test authors'
// placeholder texts (under-pressure's 418 "Custom error message"). Searches for express-jwt, hapi-auth-jwt2 and
// Keystone 6's `KS_ACCESS_DENIED` found no pasted body with its status. Skipped as already sources: @fastify/rate-limit
// (under Fastify), Passport and its strategies, express-rate-limit, hapi and @hapi/boom, Payload CMS, Ghost Admin API,
// Sanity, Strapi (and its users-permissions plugin), ApostropheCMS, Directus and Webiny. Not reached within the cap:
// express-oauth2-jwt-bearer, csrf-csrf, express-slow-down (it delays, it does not refuse), rate-limiter-flexible (it
// sends no response of its own; its `msBeforeNext` is already read through Segment's case) and TinaCMS.
//
// The part holds 9 cases from 5 sources, under the brief's aim of 15–30 (at least 5 sources met): most plugins' tests
// check a status and one member or a pattern, not the body. All 34 look-ups of the cap were spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-22-gg`, on d22d327, src/ unchanged: in the frozen copy /tmp/base94; the `--check` run before
// it found every case valid): 8/9 pass, 5 sources (kind 9/9, message 8/9, fields 9/9, retry 9/9, logId 0/0, code 3/3).
// A first invocation stopped before normalizing anything, as another part's file (`-gf.ts`) left the shared pending
// folder while the runner built it; the next invocation, reported here, is the one run. Failing at first sight:
// generator-sails-rest-api/jwt-expired-500 (kept "Jwt expired"; the case reads jsonwebtoken's "jwt expired" as token
// internals, a JWT's expiry, rule 2.3 and the thirty-second holdout's row, and gives the default: a judgment call its
// note names, as a reader could keep it as a credential line). Every other case passed as written, including the
// judgment calls on @fastify/basic-auth's "Missing or bad formatted authorization header" (kept), its "Winter is
// coming" on a 401 and a 402 (kept; bad-request on the 402), under-pressure's "Under pressure!" (kept) with its
// `Retry-After` waits, and koa-ratelimit's configured text on a 429 (kept). No expectation was changed after the run
// (Prettier's line breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, which read jsonwebtoken's "jwt expired" as developer text:
// 9/9.

export default [
  // ───────────────────────────── @fastify/basic-auth ─────────────────────────────
  {
    id: 'fastify-basic-auth/missing-authorization-header-401',
    source: '@fastify/basic-auth',
    url: 'fastify/fastify-basic-auth/test/index.test.js@20b50fee5605bb9731e8e473129fd846c0a143c0',
    note: 'The "Missing header" test: a GET with no Authorization header to a route behind `fastify.basicAuth`; the test checks 401 and the whole body with `deepStrictEqual` ("Basic - Invalid Header value /1" to "/3", a Bearer scheme, a value without a colon and one with a NUL, check the same body). The test checks no header (no `authenticate` option, so no challenge), so none is given. Kind: 401, unauthenticated (rule 1). Message: "Missing or bad formatted authorization header" names the credential\'s header, which says that signing in failed (rule 2.1, the header row), as Bird\'s "Invalid authorization header format." is kept: kept. Judgment call: the sixty-ninth holdout\'s row reads "Authorization header malformed" as a line of its own as developer text, and a reader could read "bad formatted" so. Code: the explicit `code` member (rule 6).',
    response: {
      status: 401,
      body: {
        statusCode: 401,
        code: 'FST_BASIC_AUTH_MISSING_OR_BAD_AUTHORIZATION_HEADER',
        error: 'Unauthorized',
        message: 'Missing or bad formatted authorization header',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Missing or bad formatted authorization header',
      code: 'FST_BASIC_AUTH_MISSING_OR_BAD_AUTHORIZATION_HEADER',
    },
  },
  {
    id: 'fastify-basic-auth/validate-unauthorized-401',
    source: '@fastify/basic-auth',
    url: 'fastify/fastify-basic-auth/test/index.test.js@20b50fee5605bb9731e8e473129fd846c0a143c0',
    note: 'The "Basic - 401, sending utf8 credentials base64 but utf8: false" test: the app\'s `validate` calls `done(new Error("Unauthorized"))` and the plugin answers with that error as a 401; the test checks the status and the whole body with `deepStrictEqual`. No header checked, none given. Kind: 401, unauthenticated (rule 1). Message: `message` and `error` are both the 401\'s bare reason phrase (rule 2.1): the default. No code stated: `error` only restates the status.',
    response: { status: 401, body: { error: 'Unauthorized', message: 'Unauthorized', statusCode: 401 } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'fastify-basic-auth/validate-error-message-401',
    source: '@fastify/basic-auth',
    url: 'fastify/fastify-basic-auth/test/index.test.js@20b50fee5605bb9731e8e473129fd846c0a143c0',
    note: 'The "Basic - 401" test (and "Basic with promises - 401", "Hook - 401", the two @fastify/auth tests and "setErrorHandler custom error and 401", which check the same body): a wrong password, the app\'s `validate` fails with `new Error("Winter is coming")`, the README\'s own example text, and the plugin sends that message with 401; the test checks the status and the whole body with `deepStrictEqual`. No header checked, none given. Kind: 401, unauthenticated (rule 1). Message: the app\'s sentence, a person\'s words, neither a reason phrase nor generic (rule 2.1): kept. Judgment call: the text is the test\'s own, kept because the plugin\'s one job here is to send whatever `validate` says.',
    response: { status: 401, body: { error: 'Unauthorized', message: 'Winter is coming', statusCode: 401 } },
    expect: { kind: 'unauthenticated', message: 'Winter is coming' },
  },
  {
    id: 'fastify-basic-auth/validate-error-402-no-challenge',
    source: '@fastify/basic-auth',
    url: 'fastify/fastify-basic-auth/test/index.test.js@20b50fee5605bb9731e8e473129fd846c0a143c0',
    note: "The \"No 401 no realm\" test: `authenticate: true`, and the app's `validate` rejects with an error whose `statusCode` is 402; the plugin passes the status through and, as the test checks, sends no `WWW-Authenticate` (undefined), so no header is given; the whole body is checked with `deepStrictEqual`. Kind: a 402 with no code, which no row of rule 1 names: any other 4xx, bad-request (as the corpus reads VeroID's and SubDL's 402s). Message: the app's sentence (rule 2.1): kept. Judgment call: the text is the test's own, as in the case above.",
    response: { status: 402, body: { error: 'Payment Required', message: 'Winter is coming', statusCode: 402 } },
    expect: { kind: 'bad-request', message: 'Winter is coming' },
  },

  // ───────────────────────────── @fastify/under-pressure ─────────────────────────────
  {
    id: 'fastify-under-pressure/max-event-loop-delay-503',
    source: '@fastify/under-pressure',
    url: 'fastify/under-pressure/test/index.test.js@10aadd50a108cadbcd47f8d39b80e7a1848f8d56',
    note: 'The "Should return 503 on maxEventLoopDelay" test: the event loop is blocked past `maxEventLoopDelay: 15` and the next request is refused; the test checks 503, `retry-after` equal to "10" and the whole body with `deepStrictEqual` (the maxEventLoopUtilization, maxHeapUsedBytes, maxRssBytes and failing health-check tests, and the `/status` route\'s, check the same). Kind: 503, unavailable (rule 1). Message: "Service Unavailable" is the bare reason phrase (rule 2.1): the default. Retry: `Retry-After: 10`, delay seconds (rule 4.1). Code: the explicit `code` member (rule 6); it names no kind, and the status decides.',
    response: {
      status: 503,
      headers: { 'Retry-After': '10' },
      body: {
        code: 'FST_UNDER_PRESSURE',
        error: 'Service Unavailable',
        message: 'Service Unavailable',
        statusCode: 503,
      },
    },
    expect: { kind: 'unavailable', message: DEFAULT, retry: 10, code: 'FST_UNDER_PRESSURE' },
  },
  {
    id: 'fastify-under-pressure/custom-message-retry-after-503',
    source: '@fastify/under-pressure',
    url: 'fastify/under-pressure/test/index.test.js@10aadd50a108cadbcd47f8d39b80e7a1848f8d56',
    note: 'The "Custom message and retry after header" test: the plugin is registered with `message: "Under pressure!"` and `retryAfter: 50`; the test checks 503, `retry-after` equal to "50" and the whole body with `deepStrictEqual`. Kind: 503, unavailable (rule 1). Message: the app\'s configured line, words for the person, neither a reason phrase nor a generic summary (rule 2.1): kept. Judgment call: it is two words and an exclamation mark, and a reader could read it as saying no more than "Service Unavailable". Retry: `Retry-After: 50` (rule 4.1). Code: the explicit `code` member (rule 6).',
    response: {
      status: 503,
      headers: { 'Retry-After': '50' },
      body: {
        code: 'FST_UNDER_PRESSURE',
        error: 'Service Unavailable',
        message: 'Under pressure!',
        statusCode: 503,
      },
    },
    expect: { kind: 'unavailable', message: 'Under pressure!', retry: 50, code: 'FST_UNDER_PRESSURE' },
  },

  // ───────────────────────────── koa-ratelimit ─────────────────────────────
  {
    id: 'koa-ratelimit/custom-error-message-429-text',
    source: 'koa-ratelimit',
    url: 'koajs/ratelimit/test/memory.spec.js@5e582895b0fbb47d39d2caeca2d0a8031ba9e967',
    note: 'The "should allow specifying a custom error message" test: `ratelimit({ driver: "memory", errorMessage, max: 1 })` with `errorMessage = "Sometimes You Just Have to Slow Down."`; the second GET is checked with supertest\'s `.expect(429).expect(errorMessage)`, the whole text. The middleware also sets `X-RateLimit-*` and `Retry-After` on a 429, but this test checks none of their values, so no header is given (the default message, "Rate limit exceeded, retry in …", is checked only by a pattern and was not taken). Kind: 429, rate-limited (rule 1). Message: a sentence sent as text on a 4xx is the message (rule 2.6), a plea in the person\'s words beyond the reason phrase: kept. Judgment call: the text is the test\'s own, taken because `errorMessage` is the option every app sets. Retry: no header given and no wait in the text (rule 4).',
    response: { status: 429, body: 'Sometimes You Just Have to Slow Down.' },
    expect: { kind: 'rate-limited', message: 'Sometimes You Just Have to Slow Down' },
  },

  // ───────────────────────────── hapi-auth-bearer-token ─────────────────────────────
  {
    id: 'hapi-auth-bearer-token/invalid-token-500',
    source: 'hapi-auth-bearer-token',
    url: 'https://github.com/johnbrett/hapi-auth-bearer-token/issues/160',
    note: 'The issue: "A request with an invalid token results in" this body; the reporter, who validates responses with hapi-swagger\'s schemas, traces it to the scheme passing the token type as a second argument to `unauthorized`, and says that without it "the statusCode is 401 as it should be". hapi writes the Boom payload\'s `statusCode` from the response\'s status, so the 500 is the one sent. No header pasted, none given. Kind: 500, server (rule 1): the kind follows the wire, not what the server meant. Message: hapi\'s stock "An internal server error occurred", a generic line ("Internal … error", rule 2.1), as the corpus reads @hapi/boom\'s 500: the default.',
    response: {
      status: 500,
      body: { statusCode: 500, error: 'Internal Server Error', message: 'An internal server error occurred' },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── generator-sails-rest-api ─────────────────────────────
  {
    id: 'generator-sails-rest-api/jwt-expired-500',
    source: 'generator-sails-rest-api',
    url: 'https://github.com/ghaiklor/generator-sails-rest-api/issues/293',
    note: "The issue: \"currently if a jwt is expired it returns the following payload with a HTTP 500\"; the generated app's `isAuthenticated` policy runs passport-jwt and hands its `TokenExpiredError` info to `res.negotiate`, whose body this is. Taken into the domain as an auth policy (a judgment call: the envelope is the scaffold's, the failure passport-jwt's). No header pasted, none given. Kind: 500, server (rule 1); `E_INTERNAL_SERVER_ERROR` only restates the status. Message: \"jwt expired\" is jsonwebtoken's own text for a token's expiry, token internals (rule 2.3; the thirty-second holdout's row: a JWT's expiry): the default. Judgment call: a reader could keep it as a credential line, as \"token expired\" is read on a 401. Retry: `data.expiredAt` is when the token expired, no wait (rule 4). No code stated: it restates the status.",
    response: {
      status: 500,
      body: {
        code: 'E_INTERNAL_SERVER_ERROR',
        message: 'jwt expired',
        data: { expiredAt: '2016-11-04T15:36:44.000Z' },
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
] satisfies ConformanceCase[];
