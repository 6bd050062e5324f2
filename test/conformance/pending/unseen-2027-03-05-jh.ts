import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-fifth unseen-API holdout, part JH (5 March 2027): automotive, mobility, EV-charging and smart-home APIs
// that no other case file uses: Rivian (the GraphQL gateway behind the Rivian app, as the rivian-python-client's test
// suite stubs it), Polestar (the app back end's GraphQL endpoint, as a captured response pasted in a pypolestar
// issue), Zodiac's Exo pool cloud API (a throttled response pasted in the exo_pool integration's issue), Charge API
// (chargeapi.co, an EV fleet-charging API; its docs' error page) and Amps (docs.amps.ai, an energy-device control API
// for batteries and chargers; its error-envelope page). They were collected to measure how the reader does at first
// sight on APIs it was never tuned on. Bodies were copied from: the Rivian client's `tests/responses.py` and
// `tests/rivian_test.py` at one commit (aresponses serves a dict as a JSON body with status 200; the
// `error_response(code, reason)` helper fixes the whole body from its two arguments, so each call's body is written
// out as the helper builds it, and nothing else is added); pypolestar/polestar_api#156 (and #154, the same body),
// which prints `result.text` of a failed GraphQL call; benjycov/exo_pool#10, whose log prints the body; and the two
// vendors' documentation pages, which print the body and (in the page's own table or in the body) the status. No
// header was shown by any source, and none was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: CitrineOS (its OCPI server's auth-middleware test checks only `ctx.throw(401, anything)`),
// ioBroker's REST API adapter (its limited-user test is skipped, checks no status, and the text it expects is a
// plain `error: permissionError` from an older adapter), Gladys Assistant (the stored controller tests call a mocked
// `res` and check no body), Chargee's Ampere API (its error page prints a body without a status), the homebridge
// Airzone Cloud plugin's "API rate limit exceeded" (a client's log, not the body), a Polestar error printed by
// another client's exception formatting (kildahldev/unofficial-polestar-api#30: PascalCase members, not the wire
// body), Chargeprice's API docs (the pages read print no error body), and Wallbox (its issues print only requests'
// `raise_for_status` lines). Semantic searches for flespi, Webfleet, Teltonika RMS, Easee and Monta returned other
// vendors' pages. Skipped as already sources: Enode, Smartcar, Mercedes, High Mobility, Tesla (Fleet, Owner, the
// Vehicle Command proxy, Powerwall), Ford, BMW, Samsara, Motive, Geotab, Fleetio, Lime, Bird, Home Assistant,
// SmartThings, Philips Hue, Tuya, ecobee, Nest SDM, Shelly, LIFX, Nuki, OCPI, Open Charge Map, Hubject, ChargePoint,
// Pod Point, Zaptec, go-e, Volvo, Hyundai/Kia, Renault, Toyota, Stellantis, Volkswagen, OnStar, Capacitor, Plugchoice,
// Anker SOLIX, Worx Landroid, Pleos, Traccar, Navixy, Wyze, Ring and the other home-device APIs in sources.txt.
//
// The part holds 12 cases from 5 sources, under the brief's aim of 15 (the 35 look-ups ran out on searches that
// returned vendors already in the corpus or pages without a status); 35 of 35 look-ups were spent. Eight cases come
// from one test suite (Rivian), whose stubs carry codes and no sentences.
//
// First run, before any change to the reader (`cd /tmp/base105 && CONFORMANCE_CASES=test/conformance/pending npm run
// conformance -- --filter unseen-2027-03-05-jh`, on 0c48d31, the commit /tmp/base105/READY names, src/ unchanged, in
// the frozen copy /tmp/base105; the `--check` run before it reported no problem): 5/12 pass, 5 sources (kind 8/12,
// message 12/12, fields 12/12, retry 12/12, logId 1/2, code 3/7). Failing at first sight: the six Rivian stubs whose
// lone GraphQL error carries `extensions.code` and no `message`. rivian/rate-limit-graphql-200 (kept kind unknown and
// no code; the case reads `RATE_LIMIT` as a throttling code that outranks a 2xx, rule 1, and gives it as the code,
// rule 6: GraphQL's `extensions.code`), rivian/unauthenticated-login-200 (kept unknown and no code; the case expects
// unauthenticated and `UNAUTHENTICATED`, rules 1 and 6), rivian/otp-token-expired-200 (kept unknown; the case expects
// unauthenticated from the credential code, rule 1), rivian/invalid-otp-bad-user-input-200 (kept unknown; the case
// expects validation from `BAD_USER_INPUT`, rule 1; the kind is a judgment call its note names), and
// rivian/data-error-200 and rivian/session-manager-error-200 (the kind, unknown, held as the cases expect, a judgment
// call each; the kit kept no code where the cases expect `DATA_ERROR` and `SESSION_MANAGER_ERROR`, rule 6). The same
// shape with a `message` beside the code (rivian/disenroll-phone-bad-request-200, `BAD_REQUEST_ERROR`) passed as
// bad-request. charge-api/fleet-not-found-404 (kept no logId; the case reads the docs' `request` member, which "gives
// Charge support a concrete request to trace", as the support id, rule 5: a judgment call its note names, as rule 5
// lists no member named `request`). Every other case passed as written, including the judgment calls on Polestar's
// status, Exo's 429, Charge API's `param` field and Amps' `details.parameter` field and kept sentence.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it), and no case was found to
// rest on a guessed body.
//
// Dropped after the first run, by the holdout's maintainer: the seven Rivian cases the suite's `error_response(code,
// reason)` helper builds (rivian/rate-limit-graphql-200, unauthenticated-login, otp-token-expired,
// invalid-otp-bad-user-input, data-error, session-manager-error and empty-graphql-error). A body a test author's helper
// writes is the author's, not the API's: a GraphQL error without its `message`, which the specification requires of
// every error, is no wire body the gateway sends. The fixture copied whole (DISENROLL_PHONE_BAD_REQUEST_RESPONSE)
// stays. The part keeps 5 cases from 5 sources; on the first run they read 4/5 (Charge API's support id).

export default [
  // ───────────────────────────── Rivian ─────────────────────────────
  {
    id: 'rivian/disenroll-phone-bad-request-200',
    source: 'Rivian',
    url: 'bretterer/rivian-python-client/tests/responses.py@063909052e447f3ed0103fb30d947c447a6ec83d',
    note: 'The `DISENROLL_PHONE_BAD_REQUEST_RESPONSE` fixture, copied whole (Python `None` written as `null`); it carries a message and a `path`, as a captured response does, where the helper\'s stubs do not. The test that serves it was not read: the status is taken as the 200 aresponses gives every dict in this suite and GraphQL gateways send with an error list, a judgment call (the kind below holds on a 400 too). Kind: `BAD_REQUEST_ERROR` says the request as a whole was bad, a code that outranks a 2xx: bad-request (rule 1). A judgment call: no row names this code. Message: "Bad request error" is the 400\'s phrase with the word "error", a category line (rule 2.1: "Validation error"): the default. The GraphQL `path` points into the response, no field (rule 3). Code not stated: `extensions.code` and the finer `reason` (`DISENROLL_PHONE_BAD_REQUEST`) leave doubt.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            extensions: { code: 'BAD_REQUEST_ERROR', reason: 'DISENROLL_PHONE_BAD_REQUEST' },
            message: 'Bad request error',
            path: ['disenrollPhone'],
          },
        ],
        data: null,
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Polestar ─────────────────────────────
  {
    id: 'polestar/graphql-validation-failed-cannot-query-field',
    source: 'Polestar',
    url: 'https://github.com/pypolestar/polestar_api/issues/156',
    note: 'The issue\'s traceback ends in `PolestarApiException: Get GraphQL error: {…}`, pypolestar printing `result.text` of the GraphQL call (issue #154 prints the same body). Trimmed: the Apollo stack trace is cut after its first two frames, where the issue\'s text is legible, and nothing after the trace is written. The status is not printed: pypolestar raises this exception for a status other than 200 and 401, and Apollo Server answers a failed validation with 400; 400 is a judgment call (the kind holds on 200 too). Kind: `GRAPHQL_VALIDATION_FAILED` (rule 1): bad-request. Message: "Cannot query field … on type …" is GraphQL query-validation text, and the stack trace is developer text (rule 2.3): the default. Code: `extensions.code`.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            message: 'Cannot query field "belongsToFleet" on type "VehicleInformation".',
            extensions: {
              code: 'GRAPHQL_VALIDATION_FAILED',
              exception: {
                stacktrace: [
                  'GraphQLError: Cannot query field "belongsToFleet" on type "VehicleInformation".',
                  '    at Object.Field (/var/task/src/functions/gateway/handler.js:79:15305)',
                  '    at Object.enter (/var/task/src/functions/gateway/handler.js:48:25066)',
                ],
              },
            },
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'GRAPHQL_VALIDATION_FAILED' },
  },

  // ───────────────────────────── Zodiac Exo ─────────────────────────────
  {
    id: 'zodiac-exo/too-many-requests-429',
    source: 'Zodiac Exo pool cloud API',
    url: 'https://github.com/benjycov/exo_pool/issues/10',
    note: 'The Home Assistant log in the issue: "Initial coordinator setup failed: Device data fetch failed: {"message":"Too Many Requests"}", the integration printing the body of its device-data call. The status is not in the log line; the thread\'s comments name the failures as 429s ("I\'ve observed this integration back off to 10 minutes and still get error 429s"), a judgment call. No header shown. Kind: 429, rate-limited (rule 1). Message: the 429\'s reason phrase (rule 2.1): the default. Retry: none named.',
    response: { status: 429, body: { message: 'Too Many Requests' } },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },

  // ───────────────────────────── Charge API ─────────────────────────────
  {
    id: 'charge-api/fleet-not-found-404',
    source: 'Charge API',
    url: 'https://docs.chargeapi.co/errors',
    note: "The error page's example, after `curl https://api.chargeapi.co/v1/fleets/flt_61R9…`: the body copied whole; the status is the body's own `status` (404) and the page's table (404, \"Resource doesn't exist\"). No header shown. Kind: 404, not-found (rule 1). Message: \"Fleet not found.\" names the record, a sentence (rule 2.1): kept. Fields: the error object names the one parameter it is about in `param` (rule 3, Stripe's `param`; the corpus reads Dailymotion's 404 the same way): `fleet`, with the message. A judgment call: the fleet is the path's id, not a form input. Code: `code` over the category `type` (rule 6). logId: the page says `request` \"gives Charge support a concrete request to trace\", and its value is a request id (`req_…`), a judgment call: rule 5 finds ids by names ending in an id's word, and `request` has none.",
    response: {
      status: 404,
      body: {
        code: 'fleet_not_found',
        doc_url: 'https://docs.chargeapi.co/errors#fleet_not_found',
        message: 'Fleet not found.',
        object: 'error',
        param: 'fleet',
        request: 'req_6R3M9pQ4bV2kLs8nT1xY7wEf5cZa0HdJ',
        status: 404,
        type: 'invalid_request_error',
      },
    },
    expect: {
      kind: 'not-found',
      message: 'Fleet not found',
      fields: [['fleet', 'Fleet not found']],
      code: 'fleet_not_found',
      logId: 'req_6R3M9pQ4bV2kLs8nT1xY7wEf5cZa0HdJ',
    },
  },

  // ───────────────────────────── Amps ─────────────────────────────
  {
    id: 'amps/unsupported-unit-422',
    source: 'Amps',
    url: 'https://docs.amps.ai/concepts/error-envelope',
    note: "The page's \"A failed response\" example, copied whole (the stored copy with a full `meta`; another copy of the page prints `meta: { requestId: \"req_...\" }` and a reworded message, not used). The status is the page's own table: `UNSUPPORTED_UNIT` 422, \"A parameter unit is not declared as valid for this device.\" No header shown. Kind: 422, validation (rule 1). Fields: the error names its parameter in `details.parameter`, what the error holds, as Dailymotion's `error_data.param` and TransparentMedz's `details.field` do (rule 3): `power`, with the message; a judgment call, as no row names `details.parameter`. Message: the sentence says which unit was refused and which one is expected, more than naming an invalid input (rule 2.1), and stays as the error's message beside the field (Stripe's `param`): kept. A judgment call: it names the parameter written as code. `meta.path` is the request's URL path, no field. logId: `meta.requestId` (rule 5: a body's `requestId`). Code: `error.code`.",
    response: {
      status: 422,
      body: {
        success: false,
        error: {
          code: 'UNSUPPORTED_UNIT',
          message: 'Parameter `power` unit `percent` is not supported. Expected `kw`.',
          details: { parameter: 'power', providedUnit: 'percent', supportedUnits: ['kw'] },
        },
        meta: {
          requestId: 'req_8a2Bf3kP',
          timestamp: '2026-06-01T10:30:00.000Z',
          path: '/battery/device_abc123',
          latencyMs: 14,
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'unit `percent` is not supported',
      fields: [['power', 'unit `percent` is not supported']],
      logId: 'req_8a2Bf3kP',
      code: 'UNSUPPORTED_UNIT',
    },
  },
] satisfies ConformanceCase[];
