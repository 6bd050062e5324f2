import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-third unseen-API holdout, part GB (21 February 2027): Node and TypeScript full-stack frameworks' error bodies,
// as their own tests and docs fix the wire body, from six products no other case file uses: Deepkit Framework (its HTTP
// kernel, `@deepkit/http`), nestjs-i18n (its I18nValidationPipe and validation exception filter for NestJS), AdonisJS
// Bouncer (`@adonisjs/bouncer`, its E_AUTHORIZATION_FAILURE), AdonisJS Limiter (`@adonisjs/limiter`, its
// E_TOO_MANY_REQUESTS), tinyhttp (`@tinyhttp/app`) and nestjs-zod (its ZodValidationException and
// ZodSerializationException). Bouncer and Limiter are AdonisJS packages with their own exceptions and wire bodies, read
// as products of their own as VineJS is (the brief names Bouncer beside VineJS): a judgment call. Where the bodies were
// copied from, each named in `url` with its commit: Deepkit's router test (`httpKernel.request(…)` and `.json` or
// `.bodyString` with `toEqual`, the whole body), nestjs-i18n's DTO e2e test (supertest's `.expect(status)` and
// `toMatchObject` on `res.body` with every member the filter sends written out; where the test leaves one out, the note
// says so), Bouncer's and Limiter's exception tests (`assert.equal`/`deepEqual` on `ctx.response.getBody()` and on
// `getStatus()`, Limiter's headers with `containsSubset`), tinyhttp's app test (supertest-fetch's `.expect(status,
// body)`, the status and the whole text) and nestjs-zod's README ("which will result in the following HTTP response").
// Deepkit's test checks the body, not the status: each status is the one its error class or kernel sends (a
// HttpBadRequestError's 400, a HttpUnauthorizedError's 401, a validation failure's 400 as the same test's `type2/nope`
// route asserts, the kernel's 404 and 500), a judgment call each note names. Headers were copied only where a test
// checks one (Limiter's `retry-after` and `x-ratelimit-*`); none was added. Texts a test passes to the framework ("Post
// not found", "Invalid auth token") were kept where the case shows a shape no default text shows, and said so. Every
// `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: @nestjs/throttler (its e2e tests check the 429 with `toMatchObject` and a pattern, `message:
// /ThrottlerException/`, and the custom message with `expectBodyContains`; an issue search found no pasted body); oRPC
// (its OpenAPI handler codec test mocks the serializer, so its bodies are `'__serialized_error__'`, and a string search
// found only apps' own fixtures, without repository or path); ThinkJS (think-logic is not in the index; a docs search
// and a string search for its `{"errno":1001,"errmsg":` found no ThinkJS body); routing-controllers (a string search
// for its "Invalid body, check 'errors' property for more info." found API docs and apps' mocks without repository or
// path, an issue search nothing). Within the sources: Deepkit's `toMatchObject` checks and a `.json.message`-only check
// ("Validation error:\nid(type): Cannot convert asd to number", the `unions` test's `No value given`, "auth.auth(type):
// Not a string"); nestjs-i18n's repeats (the Dutch detailed tree, the "pipe characters" list, the list with `test`
// beside the map that holds it) and its 201 manual validation (no error response); Bouncer's and Limiter's i18n
// variants that repeat a shape with the test's translation, Limiter's "overwrite default message" (no status checked)
// and "overwrite default headers" (no body); tinyhttp's custom onError (the test's own handler, the wire of
// tinyhttp/next-error-text-500), its "Default onError with testing" ('you', the same shape) and its default 404 (no
// body checked). Not reached within the cap: tsoa, Midway, Nitro, Qwik City, Blitz, Wasp, Nexus, Pothos, Remult,
// ZenStack and feTS.
//
// Skipped as already sources (.tmp/sources.txt): NestJS, AdonisJS, VineJS, Marble.js, Egg.js (egg-validate), h3, Nuxt,
// SvelteKit, React Router (Remix), Astro, RedwoodJS, Encore, Elysia, Fastify, Express, Koa, hapi / @hapi/boom, tRPC,
// Feathers, LoopBack 4, Strapi, Sails, Next.js, Foal TS, Ts.ED, Restify, Polka, Moleculer, GraphQL Yoga, Apollo Server,
// express-zod-api, ts-rest, celebrate, express-validator, Hono, Mercurius and Better Auth.
//
// The part holds 24 cases from 6 sources, within the brief's aim of 15–30 from at least 5; 32 of the 34 look-ups were
// spent, seventeen of them on products that gave nothing citable (tests that check a pattern, a member or a mock, and
// hits without repository or path).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-21-gb`, on 4f5be46, src/ unchanged: in the frozen copy /tmp/base93; the `--check` run before
// it found every case valid): 20/24 pass, 6 sources (kind 23/24, message 22/24, fields 21/24, retry 24/24, logId 0/0,
// code 2/2). A first invocation stopped before normalizing anything, as another part's file (`-ga.ts`) left the
// shared pending folder while the runner built it; the next invocation, reported here, is the one run. Failing at
// first sight: deepkit/body-validation-min-length-400 (kept "Validation error: username(minLength): Min length is 3";
// the case reads "Validation error" as a generic category line and the rest as the lone field error restated in
// Deepkit's `path(code): message` form, so only field messages speak and the default is the message, rules 2.1 and
// 2.4: a judgment call its note names); nestjs-i18n/without-details-list-400 and nestjs-i18n/custom-http-code-422
// (kind validation and the default as expected, but no field-bound error; the cases read class-validator's messages,
// each begun by its property path, as the fields `email`, `password`, `extra.subscribeToEmail`, `extra.min` and
// `extra.max`, rule 3's class-validator format: a judgment call the notes name, as the list sits under `errors`, not
// NestJS's `message`); nestjs-zod/validation-failed-too-small-400 (kind bad-request, kept "String must contain at least
// 8 character(s)", no field; the case reads zod's issue, with `path: ["password"]` as a list of segments and its
// `message`, as the field `password`'s error, rule 3, which makes the 400 a validation failure, rule 1, and leaves the
// envelope's generic "Validation failed" as the only other line, the default, rules 2.1 and 2.4: not a judgment call
// by the rules as written). Every other case passed as written, including the judgment calls on Deepkit's statuses and
// its kept "Min length is 3", nestjs-i18n's map keys and its ValidationError tree, Bouncer's "Access denied" on a 403
// and Limiter's translated 400 (bad-request, the line kept).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Deepkit Framework ─────────────────────────────
  {
    id: 'deepkit/body-validation-min-length-400',
    source: 'Deepkit Framework',
    url: 'deepkit/deepkit-framework/packages/http/tests/router.spec.ts@01c24c4a5426b56fc3387fafe1a45978a6d8413a',
    note: 'The "BodyValidation" test: POST /action1 with `{ username: "Pe" }` to an action taking `HttpBody<User>` where `username: string & MinLength<3>`; the test checks `.json` with `toEqual`, the whole body. Status: not checked there; 400 is what the kernel sends for a validation failure, as the same file\'s "HttpRegExp match" test asserts for `/type2/nope`: a judgment call. Kind: a 400 with field errors, validation (rule 1). Fields: `errors` items with `path` and `message` (rule 3): `username`. Message: "Validation error:\\nusername(minLength): Min length is 3" is a generic category line (rule 2.1, "Validation error") before the lone item restated in Deepkit\'s `path(code): message` form, which the field already carries: only field messages, the default (rule 2.4). Judgment call: a reader could keep the second line as a field\'s name leading a sentence ("Name: This value should not be blank."). Code: the item\'s `minLength` is a field\'s rule; not stated.',
    response: {
      status: 400,
      body: {
        errors: [{ code: 'minLength', message: 'Min length is 3', path: 'username' }],
        message: 'Validation error:\nusername(minLength): Min length is 3',
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['username', 'Min length is 3']] },
  },
  {
    id: 'deepkit/bad-request-invalid-min-length-400',
    source: 'Deepkit Framework',
    url: 'deepkit/deepkit-framework/packages/http/tests/router.spec.ts@01c24c4a5426b56fc3387fafe1a45978a6d8413a',
    note: 'The same "BodyValidation" test, /action2: the action takes `HttpBodyValidation<User>` and throws `new HttpBadRequestError("Invalid: " + user.error.getErrorMessageForPath("username"))`; the test checks `.bodyString` equal to `{"message":"Invalid: Min length is 3"}`. Status: HttpBadRequestError\'s 400 (not checked by the test: a judgment call). The "Invalid: " prefix is the test\'s, the rule\'s sentence Deepkit\'s. Kind: a 400 with no code and no field-bound error (the error names no field member): bad-request (rule 1). Message: a generic headline before a line of its own is judged by that line (rule 2.1, Apify\'s): "Min length is 3", a rule about a value, kept. Judgment call: it names no input, and a reader could call the whole line a validator\'s report.',
    response: { status: 400, body: { message: 'Invalid: Min length is 3' } },
    expect: { kind: 'bad-request', message: 'Min length is 3' },
  },
  {
    id: 'deepkit/unauthorized-not-authorized-401',
    source: 'Deepkit Framework',
    url: 'deepkit/deepkit-framework/packages/http/tests/router.spec.ts@01c24c4a5426b56fc3387fafe1a45978a6d8413a',
    note: 'The "parameter in for listener" test: an `onController` listener throws `new HttpUnauthorizedError("Not authorized")` when the `authorization` header is not the secret; the test checks `.json` with `toEqual` `{ message: "Not authorized" }`. Status: HttpUnauthorizedError\'s 401 (not checked by the test: a judgment call). The text is the test\'s. Kind: 401, unauthenticated (rule 1). Message: "Not authorized" restates the 401 (rule 2.1, Asana\'s "Not Authorized"): the default.',
    response: { status: 401, body: { message: 'Not authorized' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'deepkit/invalid-auth-token-401',
    source: 'Deepkit Framework',
    url: 'deepkit/deepkit-framework/packages/http/tests/router.spec.ts@01c24c4a5426b56fc3387fafe1a45978a6d8413a',
    note: 'The "query parameter in for listener" test: a listener takes `auth: HttpQuery<string>` and throws `new HttpUnauthorizedError("Invalid auth token")` for an unknown token; the test checks `.json` with `toEqual` `{ message: "Invalid auth token" }`. Status: HttpUnauthorizedError\'s 401 (not checked by the test: a judgment call). The text is the test\'s, kept for the 401 shape with a credential named. Kind: 401, unauthenticated (rule 1). Message: a credential\'s name says that signing in failed and stays (rule 2.1, "access_token is invalid").',
    response: { status: 401, body: { message: 'Invalid auth token' } },
    expect: { kind: 'unauthenticated', message: 'Invalid auth token' },
  },
  {
    id: 'deepkit/route-not-found-text-404',
    source: 'Deepkit Framework',
    url: 'deepkit/deepkit-framework/packages/http/tests/router.spec.ts@01c24c4a5426b56fc3387fafe1a45978a6d8413a',
    note: 'The "multiple methods" test: PATCH and PUT to a route declared for GET and POST only; the test checks `.bodyString` equal to "Not found". Status: the kernel\'s 404 for a route not found (not checked by the test: a judgment call). No header was checked; none was copied. Kind: 404, not-found (rule 1). Message: "Not found" is the bare reason phrase (rule 2.1): the default.',
    response: { status: 404, body: 'Not found' },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'deepkit/internal-error-text-500',
    source: 'Deepkit Framework',
    url: 'deepkit/deepkit-framework/packages/http/tests/router.spec.ts@01c24c4a5426b56fc3387fafe1a45978a6d8413a',
    note: 'The "invalid route definition" test (an action whose parameter `user: any` cannot be resolved) and "inject request storage ClassType" (a provider that yields nothing): both check `.bodyString` equal to "Internal error". Status: the kernel\'s 500 for an error that is no HttpError (not checked by the test: a judgment call). Kind: 500, server (rule 1). Message: plain text on a 5xx is the default (rule 2.6), and "Internal error" says no more than the status.',
    response: { status: 500, body: 'Internal error' },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── nestjs-i18n ─────────────────────────────
  {
    id: 'nestjs-i18n/custom-formatter-errors-map-400',
    source: 'nestjs-i18n',
    url: 'toonvanstrijp/nestjs-i18n/tests/i18n-dto.e2e.spec.ts@ef41b0a978bcfd0b4c64336945b143c5cace7d96',
    note: '"should translate validation messages in a custom format if specified", its second request: POST /hello/validation-custom-formatter with `test: ""` (not whitelisted), an empty email and password and an invalid `extra`, through I18nValidationPipe (`whitelist`, `forbidNonWhitelisted`) and the test app\'s filter with a custom formatter that keys each list by the property\'s own name; the test checks `.expect(400)` and `toMatchObject` on the body with all three members written out (a judgment call that the filter sends no other). The "ow and COOL"/"SUPER" endings are the test\'s translation files\'. Kind: a 400 with field errors, validation (rule 1). Fields: `errors` is a map of fields to lists of messages (rule 3), each message its own item: `test`, `email` (two), `password`, `subscribeToEmail`, `min`, `max` (the formatter\'s keys, which drop the `extra.` the messages carry). Message: "Bad Request" is the reason phrase (rule 2.1): the default.',
    response: {
      status: 400,
      body: {
        statusCode: 400,
        message: 'Bad Request',
        errors: {
          test: ['property test should not exist'],
          email: ['email is invalid', 'email cannot be empty'],
          password: ['password cannot be empty'],
          subscribeToEmail: ['extra.subscribeToEmail is not a boolean'],
          min: ['extra.min with value: "1" needs to be at least 5, ow and COOL'],
          max: ['extra.max with value: "100" needs to be less than 10, ow and SUPER'],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['test', 'should not exist'],
        ['email', 'is invalid'],
        ['email', 'cannot be empty'],
        ['password', 'cannot be empty'],
        ['subscribeToEmail', 'is not a boolean'],
        ['min', 'needs to be at least 5'],
        ['max', 'needs to be less than 10'],
      ],
    },
  },
  {
    id: 'nestjs-i18n/custom-formatter-dutch-400',
    source: 'nestjs-i18n',
    url: 'toonvanstrijp/nestjs-i18n/tests/i18n-dto.e2e.spec.ts@ef41b0a978bcfd0b4c64336945b143c5cace7d96',
    note: 'The same test\'s third request, `?l=nl`: the messages in Dutch from the test\'s translation files; `.expect(400)` and `toMatchObject` with all three members written out (a judgment call that the filter sends no other). Kind: a 400 with field errors, validation (rule 1). Fields: the map of fields (rule 3), each message its own item: `email` (two), `password`, `subscribeToEmail`, `min`, `max`. Message: "Bad Request" is the reason phrase (rule 2.1): the default.',
    response: {
      status: 400,
      body: {
        statusCode: 400,
        message: 'Bad Request',
        errors: {
          email: ['email is ongeldig', 'e-mail adres mag niet leeg zijn'],
          password: ['wachtwoord mag niet leeg zijn'],
          subscribeToEmail: ['extra.subscribeToEmail is geen boolean'],
          min: ['extra.min met waarde: "1" moet hoger zijn dan 5, ow en COOL'],
          max: ['extra.max met waarde: "100" moet lager zijn dan 10, ow en SUPER'],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'is ongeldig'],
        ['email', 'mag niet leeg zijn'],
        ['password', 'wachtwoord mag niet leeg zijn'],
        ['subscribeToEmail', 'is geen boolean'],
        ['min', 'moet hoger zijn dan 5'],
        ['max', 'moet lager zijn dan 10'],
      ],
    },
  },
  {
    id: 'nestjs-i18n/without-details-list-400',
    source: 'nestjs-i18n',
    url: 'toonvanstrijp/nestjs-i18n/tests/i18n-dto.e2e.spec.ts@ef41b0a978bcfd0b4c64336945b143c5cace7d96',
    note: '"should translate validation messages without detailed errors", its first request: POST /hello/validation-without-details (the filter with `detailedErrors: false`); `.expect(400)` and `toMatchObject` with all three members written out (a judgment call that the filter sends no other). Kind: a 400 listing several messages about the input, validation (rule 1). Fields: class-validator begins each message with the property path (rule 3, as NestJS\'s ValidationPipe `message` list is read): `email` (two), `password`, `extra.subscribeToEmail`, `extra.min`, `extra.max`. Judgment call: the list is under `errors`, not NestJS\'s `message`. Message: "Bad Request" is the reason phrase (rule 2.1): the default.',
    response: {
      status: 400,
      body: {
        statusCode: 400,
        message: 'Bad Request',
        errors: [
          'email is invalid',
          'email cannot be empty',
          'password cannot be empty',
          'extra.subscribeToEmail is not a boolean',
          'extra.min with value: "1" needs to be at least 5, ow and COOL',
          'extra.max with value: "100" needs to be less than 10, ow and SUPER',
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'is invalid'],
        ['email', 'cannot be empty'],
        ['password', 'cannot be empty'],
        ['extra.subscribeToEmail', 'is not a boolean'],
        ['extra.min', 'needs to be at least 5'],
        ['extra.max', 'needs to be less than 10'],
      ],
    },
  },
  {
    id: 'nestjs-i18n/custom-http-code-422',
    source: 'nestjs-i18n',
    url: 'toonvanstrijp/nestjs-i18n/tests/i18n-dto.e2e.spec.ts@ef41b0a978bcfd0b4c64336945b143c5cace7d96',
    note: '"should translate validation messages with custom http code": POST /hello/validation-with-custom-http-code, the filter given `errorHttpStatusCode: 422`; `.expect(422)` and `toMatchObject` with all three members written out (a judgment call that the filter sends no other). Kind: 422, validation (rule 1). Fields: class-validator\'s path before each message (rule 3): `email` (two), `password`, `extra.subscribeToEmail`, `extra.min`, `extra.max`. Message: "Bad Request" is a reason phrase, here of another status than the one sent (rule 2.1): the default.',
    response: {
      status: 422,
      body: {
        statusCode: 422,
        message: 'Bad Request',
        errors: [
          'email is invalid',
          'email cannot be empty',
          'password cannot be empty',
          'extra.subscribeToEmail is not a boolean',
          'extra.min with value: "1" needs to be at least 5, ow and COOL',
          'extra.max with value: "100" needs to be less than 10, ow and SUPER',
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'is invalid'],
        ['email', 'cannot be empty'],
        ['password', 'cannot be empty'],
        ['extra.subscribeToEmail', 'is not a boolean'],
        ['extra.min', 'needs to be at least 5'],
        ['extra.max', 'needs to be less than 10'],
      ],
    },
  },
  {
    id: 'nestjs-i18n/detailed-errors-tree-400',
    source: 'nestjs-i18n',
    url: 'toonvanstrijp/nestjs-i18n/tests/i18n-dto.e2e.spec.ts@ef41b0a978bcfd0b4c64336945b143c5cace7d96',
    note: "\"should translate validation messages with detailed error\", its first request: POST /hello/validation, the filter's detailed form, class-validator's ValidationError tree; `.expect(400)` and `toMatchObject` on `statusCode` and `errors`. Trimmed: `toMatchObject` matches each item as a subset, so whatever the filter sends beside what the test writes out (a `message` beside the two members, a `target` or `value` in an item) is not fixed by the source and not copied: the case holds only what the test fixes (a judgment call). Kind: a 400 with field errors, validation (rule 1). Fields: each ValidationError is a field error, its `constraints` the field's messages keyed by the rule each broke and its `children` its members' errors (the eighty-eighth holdout's row): `email` (two), `password`, `extra.subscribeToEmail`, `extra.min`, `extra.max`; `extra` itself has none. Message: only field messages: the default (rule 2.4).",
    response: {
      status: 400,
      body: {
        statusCode: 400,
        errors: [
          {
            property: 'email',
            children: [],
            constraints: { isEmail: 'email is invalid', isNotEmpty: 'email cannot be empty' },
          },
          { property: 'password', children: [], constraints: { isNotEmpty: 'password cannot be empty' } },
          {
            property: 'extra',
            children: [
              {
                property: 'subscribeToEmail',
                children: [],
                constraints: { isBoolean: 'subscribeToEmail is not a boolean' },
              },
              {
                property: 'min',
                children: [],
                constraints: { min: 'min with value: "1" needs to be at least 5, ow and COOL' },
              },
              {
                property: 'max',
                children: [],
                constraints: { max: 'max with value: "100" needs to be less than 10, ow and SUPER' },
              },
            ],
            constraints: {},
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'is invalid'],
        ['email', 'cannot be empty'],
        ['password', 'cannot be empty'],
        ['extra.subscribeToEmail', 'is not a boolean'],
        ['extra.min', 'needs to be at least 5'],
        ['extra.max', 'needs to be less than 10'],
      ],
    },
  },

  // ───────────────────────────── AdonisJS Bouncer ─────────────────────────────
  {
    id: 'adonisjs-bouncer/access-denied-text-403',
    source: 'AdonisJS Bouncer',
    url: 'adonisjs/bouncer/tests/authorization_exception.spec.ts@4d3ec8bc95a5f81e08ca9d6820161c96561a26f7',
    note: '"make HTTP response with default message and status code": E_AUTHORIZATION_FAILURE from a denied AuthorizationResponse, handled with no Accept header; the test checks `getBody()` equal to "Access denied" and `getStatus()` 403. Kind: 403, forbidden (rule 1). Message: "Access denied" says what was refused and stays, as the corpus keeps it on a 403 (rule 2.1: the 403\'s phrase is "Forbidden").',
    response: { status: 403, body: 'Access denied' },
    expect: { kind: 'forbidden', message: 'Access denied' },
  },
  {
    id: 'adonisjs-bouncer/post-not-found-text-404',
    source: 'AdonisJS Bouncer',
    url: 'adonisjs/bouncer/tests/authorization_exception.spec.ts@4d3ec8bc95a5f81e08ca9d6820161c96561a26f7',
    note: '"make HTTP response with response error message and status code": `AuthorizationResponse.deny("Post not found", 404)`, Bouncer\'s way to hide a forbidden record behind a 404; the test checks `getBody()` "Post not found" and `getStatus()` 404. The text is the test\'s, kept for the status a policy sets. Kind: 404, not-found (rule 1). Message: "Post not found" is a sentence, not the bare reason phrase (rule 2.1): kept.',
    response: { status: 404, body: 'Post not found' },
    expect: { kind: 'not-found', message: 'Post not found' },
  },
  {
    id: 'adonisjs-bouncer/access-denied-json-403',
    source: 'AdonisJS Bouncer',
    url: 'adonisjs/bouncer/tests/authorization_exception.spec.ts@4d3ec8bc95a5f81e08ca9d6820161c96561a26f7',
    note: '"get JSON response": the same exception with `Accept: application/json`; the test checks `getBody()` deep-equal to `{ errors: [{ message: "Access denied" }] }` and `getStatus()` 403. Kind: 403, forbidden (rule 1). Message: the lone item of `errors` speaks for the body (rule 2.2): "Access denied", kept.',
    response: { status: 403, body: { errors: [{ message: 'Access denied' }] } },
    expect: { kind: 'forbidden', message: 'Access denied' },
  },
  {
    id: 'adonisjs-bouncer/access-denied-jsonapi-403',
    source: 'AdonisJS Bouncer',
    url: 'adonisjs/bouncer/tests/authorization_exception.spec.ts@4d3ec8bc95a5f81e08ca9d6820161c96561a26f7',
    note: '"get JSONAPI response": `Accept: application/vnd.api+json`; the test checks `getBody()` deep-equal to this JSON:API error list and `getStatus()` 403. No Content-Type was checked; none was copied. Kind: 403, forbidden (rule 1; the code names the refusal too). Message: the lone item\'s `title`, "Access denied", kept. Code: the lone item\'s `code`, `E_AUTHORIZATION_FAILURE`, as sent (rule 6).',
    response: { status: 403, body: { errors: [{ code: 'E_AUTHORIZATION_FAILURE', title: 'Access denied' }] } },
    expect: { kind: 'forbidden', message: 'Access denied', code: 'E_AUTHORIZATION_FAILURE' },
  },

  // ───────────────────────────── AdonisJS Limiter ─────────────────────────────
  {
    id: 'adonisjs-limiter/too-many-requests-text-429',
    source: 'AdonisJS Limiter',
    url: 'adonisjs/limiter/tests/throttle_exception.spec.ts@4b16c22cd0ddc06c33ba338220ef888d5a03c488',
    note: '"make HTTP response with default message, headers and status code": E_TOO_MANY_REQUESTS for a LimiterResponse with `availableIn: 10`, `limit: 10`, `remaining: 0`, no Accept header; the test checks `getBody()` "Too many requests", `getStatus()` 429 and, with `containsSubset`, these three headers (only they were copied). Kind: 429, rate-limited (rule 1). Message: "Too many requests" is the 429\'s reason phrase (rule 2.1): the default. Retry: `retry-after: 10` (rule 4.1).',
    response: {
      status: 429,
      headers: { 'retry-after': '10', 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0' },
      body: 'Too many requests',
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 10 },
  },
  {
    id: 'adonisjs-limiter/too-many-requests-json-429',
    source: 'AdonisJS Limiter',
    url: 'adonisjs/limiter/tests/throttle_exception.spec.ts@4b16c22cd0ddc06c33ba338220ef888d5a03c488',
    note: '"make JSON response": the same exception with `Accept: application/json`; the test checks `getBody()` deep-equal to this body, `getStatus()` 429 and the three headers with `containsSubset` (only they were copied). Kind: 429, rate-limited (rule 1). Message: the lone item\'s "Too many requests" is the reason phrase (rule 2.1): the default. Retry: the header, 10 s (rule 4.1; the item\'s `retryAfter` says the same).',
    response: {
      status: 429,
      headers: { 'retry-after': '10', 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0' },
      body: { errors: [{ message: 'Too many requests', retryAfter: 10 }] },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 10 },
  },
  {
    id: 'adonisjs-limiter/too-many-requests-jsonapi-429',
    source: 'AdonisJS Limiter',
    url: 'adonisjs/limiter/tests/throttle_exception.spec.ts@4b16c22cd0ddc06c33ba338220ef888d5a03c488',
    note: '"make JSONAPI response": `Accept: application/vnd.api+json`; the test checks `getBody()` deep-equal to this JSON:API error list, `getStatus()` 429 and the three headers with `containsSubset` (only they were copied). Kind: 429, rate-limited (rule 1). Message: the lone item\'s `title` is the reason phrase (rule 2.1): the default. Retry: the header, 10 s (rule 4.1; `meta.retryAfter` agrees). Code: the lone item\'s `E_TOO_MANY_REQUESTS`, as sent (rule 6).',
    response: {
      status: 429,
      headers: { 'retry-after': '10', 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0' },
      body: { errors: [{ title: 'Too many requests', code: 'E_TOO_MANY_REQUESTS', meta: { retryAfter: 10 } }] },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 10, code: 'E_TOO_MANY_REQUESTS' },
  },
  {
    id: 'adonisjs-limiter/translated-status-400-text',
    source: 'AdonisJS Limiter',
    url: 'adonisjs/limiter/tests/throttle_exception.spec.ts@4b16c22cd0ddc06c33ba338220ef888d5a03c488',
    note: '"use custom translation identifier for message when using i18n": the exception given `.t("errors.limit_exceeded").setStatus(400)` and the test\'s translation "You have made too many requests"; the test checks `getBody()` and `getStatus()` 400, not the headers, so none was copied (the exception sets its rate-limit headers by default, as the first test shows, but this test does not fix them). Kind: a 400 with no code, no field and no header that marks a limit: bad-request (rule 1; text never decides the kind). Judgment call: the words say the request was throttled. Message: a sentence sent as text on a 4xx (rule 2.6): kept.',
    response: { status: 400, body: 'You have made too many requests' },
    expect: { kind: 'bad-request', message: 'You have made too many requests' },
  },

  // ───────────────────────────── tinyhttp ─────────────────────────────
  {
    id: 'tinyhttp/next-error-text-500',
    source: 'tinyhttp',
    url: 'tinyhttp/tinyhttp/tests/core/app.test.ts@7a868074831eb763d47af053769f30f1db234cc0',
    note: '"next function sends error message if it\'s not an HTTP status code or string": a middleware calls `next(new Error("Your appearance destroyed this world."))`; the default onError answers, and the test checks `.expect(500, "Your appearance destroyed this world.")`, the status and the whole text. The text is the test\'s, the error\'s message sent as the body. Kind: 500, server (rule 1). Message: plain text on a 5xx is the default (rule 2.6): an app\'s error message passed through.',
    response: { status: 500, body: 'Your appearance destroyed this world.' },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'tinyhttp/thrown-string-500',
    source: 'tinyhttp',
    url: 'tinyhttp/tinyhttp/tests/core/app.test.ts@7a868074831eb763d47af053769f30f1db234cc0',
    note: '"errors in async wares do not destroy the app" (and its sync twin): a middleware throws the string `bruh`; the test checks `.expect(500, "bruh")`. Kind: 500, server (rule 1). Message: plain text on a 5xx (rule 2.6), and a lone word besides (rule 2.1): the default.',
    response: { status: 500, body: 'bruh' },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'tinyhttp/custom-no-match-handler-404',
    source: 'tinyhttp',
    url: 'tinyhttp/tinyhttp/tests/core/app.test.ts@7a868074831eb763d47af053769f30f1db234cc0',
    note: '"Custom noMatchHandler works": `new App({ noMatchHandler: (req, res) => res.status(404).end(`Oopsie! Page ${req.url} is lost.`) })`, GET /; the test checks `.expect(404, "Oopsie! Page / is lost.")`. The text is the test\'s handler\'s, tinyhttp\'s hook for a route not found. Kind: 404, not-found (rule 1). Message: a sentence sent as text on a 4xx (rule 2.6): kept.',
    response: { status: 404, body: 'Oopsie! Page / is lost.' },
    expect: { kind: 'not-found', message: 'Page / is lost' },
  },

  // ───────────────────────────── nestjs-zod ─────────────────────────────
  {
    id: 'nestjs-zod/validation-failed-too-small-400',
    source: 'nestjs-zod',
    url: 'BenLorantfy/nestjs-zod/README.md@01de5c7d9e5be037a6768384a7004ede9a0521cf',
    note: 'README, "`ZodValidationException`": "If the zod request parsing fails, then `nestjs-zod` will throw a `ZodValidationException`, which will result in the following HTTP response" (older READMEs: "The default server response on validation error looks like that"). No status line is printed; 400 is the body\'s own `statusCode`. Kind: a 400 with field errors, validation (rule 1). Fields: zod\'s issue list under `errors`, each item with a `path` list of segments and a `message` (rule 3): `password`. Message: "Validation failed" is a generic summary (rule 2.1): the default. Code: the lone item\'s `too_small` is a field\'s rule; not stated.',
    response: {
      status: 400,
      body: {
        statusCode: 400,
        message: 'Validation failed',
        errors: [
          {
            code: 'too_small',
            minimum: 8,
            type: 'string',
            inclusive: true,
            message: 'String must contain at least 8 character(s)',
            path: ['password'],
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['password', 'at least 8 character']] },
  },
  {
    id: 'nestjs-zod/serialization-exception-500',
    source: 'nestjs-zod',
    url: 'BenLorantfy/nestjs-zod/README.md@01de5c7d9e5be037a6768384a7004ede9a0521cf',
    note: 'README, "`ZodSerializationException`": "If the zod response serialization fails, then `nestjs-zod` will throw a `ZodSerializationException`, which will result in the following HTTP response". The README\'s trailing comma after `statusCode` was dropped (it is not JSON); no status line is printed, 500 is the body\'s own `statusCode`. Kind: 500, server (rule 1). Message: "Internal Server Error" is the bare reason phrase (rule 2.1): the default.',
    response: { status: 500, body: { message: 'Internal Server Error', statusCode: 500 } },
    expect: { kind: 'server', message: DEFAULT },
  },
] satisfies ConformanceCase[];
