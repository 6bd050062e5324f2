import { DEFAULT, type ConformanceCase } from '../types';

// Unseen-API holdout, part T (8 December 2026): transit, travel, mobility and EV-charging APIs that no other case file
// uses (TfL Unified API, Navitia, Uber, MBTA V3 API, Deutsche Bahn (bahn.de mobile backend), db-rest, bahn.expert,
// OCPI, OpenTripPlanner, ChargePoint, Skyscanner, Airbnb), collected to measure how the reader does at first sight on
// APIs it was never tuned on. Transport for NSW, Entur, Digitransit, NS, Open Charge Map, Lyft, Bolt, Kiwi Tequila,
// Expedia Rapid, Booking.com, Citymapper, OpenSky, Voi, Bird, NextBus and HAFAS mgate were looked for and dropped: no
// public capture with both its status and its body was found in the library (Voi's and Bird's captures show a body
// but no status; OpenSky's show a status and its retry header but no body; NextBus's XML error shows no status; HAFAS
// mgate's only error bodies are third-party mocks). Collection stopped at 22 cases from 12 sources, under the 35 the
// brief aimed at, when the time for collecting ran out: every case kept is one verified below, none was filled in.
// Every body and header was copied from the public material named in `url`: vendor SDK test fixtures and a recorded
// VCR cassette (Uber), the products' own server code and tests (MBTA, Navitia, OpenTripPlanner), vendor and
// specification docs that print a response (TfL's coding-challenge brief, Navitia, OCPI), a client library's mocks
// (ChargePoint), and public issues or notes that paste a captured response (Deutsche Bahn, db-rest, bahn.expert,
// Skyscanner, Airbnb, TfL, MBTA, Navitia). Where the library's index showed a capture without naming its repository,
// `url` says so and gives the index's id. Trims, a body rendered from the vendor's own view code, and any status taken
// from elsewhere than the capture, are said in `note`. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run on it.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-08-t`, on the working tree of 8 December 2026 at 2d7b1a2 with other engineers' uncommitted
// changes to src/core/fieldErrors.ts, keys.ts and text.ts in it): 21/22 pass, 12 sources (kind 22/22, message 21/22,
// fields 21/22, retry 22/22, logId 0/0, code 8/8). Failing at first sight: mbta/rate-limited-429 (the 429's JSON:API
// `source.parameter: "api_key"` read as a field holding the lone sentence, which then gave way to the default, where
// rule 3 names no field for a wait and rule 2.2 makes the lone sentence the message). No expectation was changed after
// the run.
//
// Measured again by the engineer on clean worktrees of 09f20aa and of 2d7b1a2 (no uncommitted change), with the
// same result, 21/22; the eighteenth holdout as a whole: 57/74 at first sight (parts P 22/31, K 14/21, T 21/22).
//
// Read now, after the changes its misses led to: 22/22 (on a 429 the parameter an item names is the limit's key,
// no field, and the lone item's code is the response's).

export default [
  // ───────────────────────────── TfL Unified API ─────────────────────────────
  {
    id: 'tfl/road-not-recognised-404',
    source: 'TfL Unified API',
    url: 'aliazizy/TFLCodeExamRepo/README.md@3d83fabdd028bbaa0342c0d1d68ec6156c3d8823',
    note: "TfL's own coding-challenge brief, quoted in the README: \"If you made a HTTP GET request to call to https://api.tfl.gov.uk/Road/A233 … You call will return a '404' response code the following response\". The same body appears in several client test suites. `exceptionType` names a .NET exception class and goes to the developer (rule 2.3); the sentence is `message`. `$type` is a type name, no code.",
    response: {
      status: 404,
      body: {
        $type: 'Tfl.Api.Presentation.Entities.ApiError, Tfl.Api.Presentation.Entities',
        timestampUtc: '2017-11-21T14:37:39.7206118Z',
        exceptionType: 'EntityNotFoundException',
        httpStatusCode: 404,
        httpStatus: 'NotFound',
        relativeUri: '/Road/A233',
        message: 'The following road id is not recognised: A233',
      },
    },
    expect: { kind: 'not-found', message: 'The following road id is not recognised: A233' },
  },
  {
    id: 'tfl/invalid-app-key-429-text',
    source: 'TfL Unified API',
    url: 'public captures found by find_string (library index ids 62451362137, 69036718108, 70254487204, 16286230532; the index names no repository)',
    note: 'Several independent notes and tests record the same answer to an unrecognised app key: "TfL answers an unrecognised key with `429 Invalid app_key is provided.`", "TfL returns HTTP 429 with \\"Invalid app_key is provided\\" for a bad key", and a mock `StatusCode = HttpStatusCode.TooManyRequests, Content = new StringContent("Invalid app_key is provided.")`. The captures show no Content-Type, so none is set. The status decides the kind when no code says more (rule 1): 429 is rate-limited, whatever the sentence says; a sentence sent as text on a 4xx is the message (rule 2.6). No wait is given (rule 4).',
    response: { status: 429, body: 'Invalid app_key is provided.' },
    expect: { kind: 'rate-limited', message: 'Invalid app_key is provided.' },
  },

  // ───────────────────────────── Navitia ─────────────────────────────
  {
    id: 'navitia/bad-filter-404',
    source: 'Navitia',
    url: 'hove-io/navitia/documentation/slate/source/includes/_errors.md@52cb3abc81ee81288b2039412864cb8d01fb7e67',
    note: 'The docs\' example: `curl \'https://api.navitia.io/v1/coverage/sandbox/stop_areas/wrong-one\'` → "HTTP/1.1 404 OK" and this body. `error.id` is the docs\' "unique error id", a member no rule names as a code, so no code is stated. "ptref : Filters:" names the module before the sentence; the expected substring is the sentence\'s end either way.',
    response: {
      status: 404,
      body: { error: { id: 'bad_filter', message: 'ptref : Filters: Unable to find object' } },
    },
    expect: { kind: 'not-found', message: 'Unable to find object' },
  },
  {
    id: 'navitia/no-token-401',
    source: 'Navitia',
    url: "hove-io/navitia/source/jormungandr/jormungandr/authentication.py (current version, as the library's find_string hit 7847493292 shows it; the stored read_file version 00bc096 still reads message='no token')",
    note: 'jormungandr\'s `get_user` calls `flask_restful.abort(401, message=\'no token. You can get one at http://www.navitia.io or contact your support if you’re using the opensource version of Navitia https://github.com/hove-io/navitia\')`; Flask-RESTful renders `{"message": …}`. A user\'s troubleshooting notes (find_string hit 35059404252) show the body captured: `{"message":"no token. You can get one at http://www.navitia.io..."}`. 401 is unauthenticated (rule 1); the sentence is the message.',
    response: {
      status: 401,
      body: {
        message:
          'no token. You can get one at http://www.navitia.io or contact your support if you’re using the opensource version of Navitia https://github.com/hove-io/navitia',
      },
    },
    expect: { kind: 'unauthenticated', message: 'no token. You can get one at' },
  },
  {
    id: 'navitia/no-solution-200',
    source: 'Navitia',
    url: "public capture found by find_string (library index id 4905869302, a client's source comment; the index names no repository); status from hove-io/navitia/documentation/slate/source/includes/_errors.md@52cb3abc81ee81288b2039412864cb8d01fb7e67",
    note: 'A Navitia client keeps the journeys answer it met in a comment: `{"error":{"id":"no_solution","message":"no solution found for this journey"},"feed_publishers":[],…}`. The docs list `no_solution` under "Code 200" ("Navitia can end up finding that the correct answer is empty"), and jormungandr\'s own test asserts `response[0][\'error\'][\'message\'] == "no solution found for this journey"` with `response[1] == 200`. A 2xx whose body names no kind: `no_solution` is no code the rules read as one, so unknown (rule 1); the sentence is still the message.',
    response: {
      status: 200,
      body: {
        error: { id: 'no_solution', message: 'no solution found for this journey' },
        feed_publishers: [],
        links: [],
        tickets: [],
        disruptions: [],
        context: { current_datetime: '20250809T175111', timezone: 'Europe/Paris' },
        notes: [],
        exceptions: [],
      },
    },
    expect: { kind: 'unknown', message: 'no solution found for this journey' },
  },
  {
    id: 'navitia/no-destination-404',
    source: 'Navitia',
    url: 'public capture found by find_string (library index id 4905869302; the index names no repository); status from hove-io/navitia/documentation/slate/source/includes/_errors.md@52cb3abc81ee81288b2039412864cb8d01fb7e67',
    note: 'The same comment\'s first body. The capture shows no status; Navitia\'s docs list `no_destination` ("Couldn\'t find a destination (for the journey service only)") under "Code 404: unable to find an object", so 404.',
    response: {
      status: 404,
      body: {
        error: { id: 'no_destination', message: 'Public transport is not reachable from destination' },
        feed_publishers: [],
        links: [],
        tickets: [],
        disruptions: [],
        context: { current_datetime: '20250809T061635', timezone: 'Europe/Paris' },
        notes: [],
        exceptions: [],
      },
    },
    expect: { kind: 'not-found', message: 'Public transport is not reachable from destination' },
  },

  // ───────────────────────────── Uber ─────────────────────────────
  {
    id: 'uber/surge-409-cassette',
    source: 'Uber',
    url: 'uber/rides-python-sdk/tests/fixtures/test_request_ride_with_surge@037cc5e72def2d9e66c5c47ba4fff0b557322a57',
    note: "The SDK's recorded VCR cassette of POST https://sandbox-api.uber.com/v1.2/requests: status 409 Conflict, this body and these headers (connection, strict-transport-security, x-content-type-options, x-xss-protection, content-geo-system, content-length and x-uber-app left out). The YAML folds the title's line break into a space. The lone item of `errors` speaks for the body (rule 2.2) and gives its code (rule 6); `meta.surge_confirmation` is the data the app needs to confirm the surge, no error.",
    response: {
      status: 409,
      headers: { 'Content-Type': 'application/json', Date: 'Thu, 20 Oct 2016 08:51:26 GMT', Server: 'nginx' },
      body: {
        meta: {
          surge_confirmation: {
            href: 'https://sandbox-api.uber.com/surge-confirmations/2674678f-c07e-4161-b4c8-17b13a985036',
            expires_at: 1476953606,
            multiplier: 2.0,
            surge_confirmation_id: '2674678f-c07e-4161-b4c8-17b13a985036',
          },
        },
        errors: [{ status: 409, code: 'surge', title: 'Surge pricing is currently in effect for this product.' }],
      },
    },
    expect: { kind: 'conflict', message: 'Surge pricing is currently in effect for this product.', code: 'surge' },
  },
  {
    id: 'uber/validation-failed-422-fields',
    source: 'Uber',
    url: 'uber/rides-python-sdk/tests/test_errors.py@037cc5e72def2d9e66c5c47ba4fff0b557322a57',
    note: "The SDK's `simple_422_validation_error` fixture: status 422, `headers=DEFAULT_CONTENT_HEADERS` (application/json), and this body, its `message` taken from the SDK's `ERROR_CODE_DESCRIPTION_DICT['validation_failed']` = 'Invalid request.' (uber_rides/utils/http.py, find_string hit 938897944). `fields` maps each input to its sentence (rule 3: a map of path to messages, values that look like messages). 'Invalid request.' only says the request was invalid, as TrueLayer's \"The request was invalid.\" does: generic (rule 2.1), so the default summarizes the fields (rule 2.4). `validation_failed` is the code (rule 6).",
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: {
        fields: {
          latitude: 'Must be between -90.0 and 90.0',
          longitude: 'Must be between -180.0 and 180.0',
        },
        message: 'Invalid request.',
        code: 'validation_failed',
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['latitude', 'Must be between -90.0 and 90.0'],
        ['longitude', 'Must be between -180.0 and 180.0'],
      ],
      code: 'validation_failed',
    },
  },
  {
    id: 'uber/distance-exceeded-422',
    source: 'Uber',
    url: 'uber/rides-python-sdk/tests/test_errors.py@037cc5e72def2d9e66c5c47ba4fff0b557322a57',
    note: "The same file's `simple_422_distance_exceeded_error` fixture: status 422 and this body, every sentence being `ERROR_CODE_DESCRIPTION_DICT['distance_exceeded']` = 'Distance between two points exceeds 100 miles.'. The envelope's `message` is a sentence of its own, so it is the message; the four coordinates carry the same sentence as field errors (rule 3).",
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: {
        fields: {
          start_longitude: 'Distance between two points exceeds 100 miles.',
          end_longitude: 'Distance between two points exceeds 100 miles.',
          start_latitude: 'Distance between two points exceeds 100 miles.',
          end_latitude: 'Distance between two points exceeds 100 miles.',
        },
        message: 'Distance between two points exceeds 100 miles.',
        code: 'distance_exceeded',
      },
    },
    expect: {
      kind: 'validation',
      message: 'Distance between two points exceeds 100 miles.',
      fields: [
        ['start_longitude', 'exceeds 100 miles'],
        ['end_longitude', 'exceeds 100 miles'],
        ['start_latitude', 'exceeds 100 miles'],
        ['end_latitude', 'exceeds 100 miles'],
      ],
      code: 'distance_exceeded',
    },
  },
  {
    id: 'uber/invalid-oauth-credentials-401',
    source: 'Uber',
    url: 'uber/rides-python-sdk/tests/test_errors.py@037cc5e72def2d9e66c5c47ba4fff0b557322a57',
    note: 'The SDK\'s `simple_401_error` fixture: status 401 and `{ message, code: \'unauthorized\' }`, the message from `ERROR_CODE_DESCRIPTION_DICT[\'unauthorized\']`. A developer\'s notes record the same body captured live (find_string hit 63439371663): "HTTP 401 `{"code":"unauthorized","message":"Invalid OAuth 2.0 credentials provided."}`". 401 is unauthenticated whatever the code (rule 1).',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
      body: { message: 'Invalid OAuth 2.0 credentials provided.', code: 'unauthorized' },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid OAuth 2.0 credentials provided.' },
  },

  // ───────────────────────────── MBTA V3 API ─────────────────────────────
  {
    id: 'mbta/rate-limited-429',
    source: 'MBTA V3 API',
    url: 'mbta/api/apps/api_web/lib/api_web/views/error_view.ex@0bce0c32c06bef24ff50f09d7e68fe2610ef366f',
    note: 'The server\'s `render("429.json" …)` (JaSerializer\'s error document); a user\'s notes paste it captured from api-v3.mbta.com (find_string hit 4486665194): `{"errors":[{"code":"rate_limited","detail":"You have exceeded your allowed usage rate. Visit https://api-v3.mbta.com/ to register or to increase your limit.","source":{"parameter":"api_key"},"status":"429"}],"jsonapi":{"version":"1.0"}}`. The capture shows no headers, so no retry time (rule 4). A wait is no input\'s fault: the 429\'s `source.parameter` names no field (rule 3, as a 429\'s `param` names none), so the lone sentence is the message (rule 2.2).',
    response: {
      status: 429,
      body: {
        errors: [
          {
            code: 'rate_limited',
            detail:
              'You have exceeded your allowed usage rate. Visit https://api-v3.mbta.com/ to register or to increase your limit.',
            source: { parameter: 'api_key' },
            status: '429',
          },
        ],
        jsonapi: { version: '1.0' },
      },
    },
    expect: { kind: 'rate-limited', message: 'You have exceeded your allowed usage rate', code: 'rate_limited' },
  },
  {
    id: 'mbta/unsupported-filter-400',
    source: 'MBTA V3 API',
    url: 'mbta/api/apps/api_web/lib/api_web/views/error_view.ex@0bce0c32c06bef24ff50f09d7e68fe2610ef366f',
    note: 'The server\'s `render("400.json" …, %{error: :bad_filter, details: details})` ("Unsupported filter(s): " joined with the names); a client\'s MockWebServer fixture copies the rendered body for `filter[hello]` (find_string hit 41177307620): `{"errors":[{"code":"bad_request","detail":"Unsupported filter(s): hello","source":{"parameter":"filter"},"status":"400"}],"jsonapi":{"version":"1.0"}}`. A JSON:API `source.parameter` names the input (rule 3), so a 400 with a field error is validation (rule 1); the lone item\'s sentence is the field\'s, so the default (rules 2.4, 3). `bad_request` only restates the status, so no code is stated.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            code: 'bad_request',
            detail: 'Unsupported filter(s): hello',
            source: { parameter: 'filter' },
            status: '400',
          },
        ],
        jsonapi: { version: '1.0' },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['filter', 'Unsupported filter(s): hello']] },
  },
  {
    id: 'mbta/forbidden-403',
    source: 'MBTA V3 API',
    url: 'mbta/api/apps/api_web/lib/api_web/views/error_view.ex@0bce0c32c06bef24ff50f09d7e68fe2610ef366f',
    note: 'The server\'s `render("403.json" …)`: `ErrorSerializer.format(%{code: :forbidden, status: "403"})`; the same client fixture file has the rendered body: `{"errors":[{"code":"forbidden","status":"403"}],"jsonapi":{"version":"1.0"}}`. No sentence: the default (rule 2.4); `forbidden` is the code.',
    response: {
      status: 403,
      body: { errors: [{ code: 'forbidden', status: '403' }], jsonapi: { version: '1.0' } },
    },
    expect: { kind: 'forbidden', message: DEFAULT, code: 'forbidden' },
  },
  {
    id: 'mbta/resource-not-found-404',
    source: 'MBTA V3 API',
    url: 'mbta/api/apps/api_web/lib/api_web/views/error_view.ex@0bce0c32c06bef24ff50f09d7e68fe2610ef366f',
    note: 'The server\'s `render("404.json" …)`: `ErrorSerializer.format(%{code: :not_found, source: %{parameter: "id"}, status: "404", title: "Resource Not Found"})`, rendered as JaSerializer renders the other documents above (the error list plus `jsonapi.version`). `source.parameter` names the `id` input and `title` is the item\'s message, so a field error (rule 3); the lone item\'s sentence is the field\'s, so the default (rules 2.4, 3), and a 404 stays not-found (rule 1).',
    response: {
      status: 404,
      body: {
        errors: [{ code: 'not_found', source: { parameter: 'id' }, status: '404', title: 'Resource Not Found' }],
        jsonapi: { version: '1.0' },
      },
    },
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [['id', 'Resource Not Found']],
      code: 'not_found',
    },
  },

  // ───────────────────────────── Deutsche Bahn (bahn.de / DB Navigator backend) ─────────────────────────────
  {
    id: 'deutsche-bahn/mob-zuglauf-retry-429',
    source: 'Deutsche Bahn (bahn.de mobile backend)',
    url: 'https://github.com/chuk-development/Besser-Bahn/issues/14',
    note: 'The maintainer\'s reproduction in the issue: "`GET /mob/zuglauf/{id}` antwortet bei getriggertem Rate-Limit mit: HTTP 429 / Retry-After: 18 / {"domain":"MOB","code":"RETRY","status":"ERROR"}"; the app\'s source comment (find_string hit 55119940647) quotes the same body. Retry-After gives the wait (rule 4.1); no sentence, so the default; `code` is the explicit code member (rule 6).',
    response: {
      status: 429,
      headers: { 'Retry-After': '18' },
      body: { domain: 'MOB', code: 'RETRY', status: 'ERROR' },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 18, code: 'RETRY' },
  },

  // ───────────────────────────── db-rest (transport.rest) ─────────────────────────────
  {
    id: 'db-rest/hafas-journeys-not-found-502',
    source: 'db-rest (transport.rest)',
    url: 'https://github.com/traines-source/time-space-train-planner/issues/16',
    note: "The issue pastes db-rest's answer to `/journeys?departure=2022-09-19T08:00:00.000+02:00&from=692415&to=895914`: \"HTTP 502 Connection not found (too far in the past)\" and a hafas-client error serialized as JSON. Trimmed: the `request` member (the whole HAFAS request body as a string) and the members after `message`, which the issue cuts off. The body's own 404 and `NOT_FOUND` do not turn a 5xx into a 4xx kind (rule 1: the body's status decides only beside a bare 400 or a 2xx; a code never turns a 5xx into a 4xx kind other than rate-limited), so 502 is unavailable. The app's own JSON sentence is the message.",
    response: {
      status: 502,
      body: {
        isHafasError: true,
        url: 'https://reiseauskunft.bahn.de/bin/mgate.exe?checksum=3cfb0da25d0e81e49aa943346f120265',
        statusCode: 404,
        isClient: true,
        code: 'NOT_FOUND',
        message: 'journeys search unsuccessful',
      },
    },
    expect: { kind: 'unavailable', message: 'journeys search unsuccessful' },
  },

  // ───────────────────────────── bahn.expert (marudor) API ─────────────────────────────
  {
    id: 'bahn-expert/train-search-500',
    source: 'bahn.expert API',
    url: 'https://github.com/marudor/bahn.expert/issues/304',
    note: 'The issue "Marudor API trainSearch responding 500": `GET https://marudor.de/api/hafas/v1/trainSearch/ICE72` outputs `{"expose":false,"statusCode":500,"status":500}` (a Koa error with `expose: false`, its message withheld). No sentence: the default (rule 2.4).',
    response: { status: 500, body: { expose: false, statusCode: 500, status: 500 } },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── OCPI ─────────────────────────────
  {
    id: 'ocpi/missing-required-field-2001-200',
    source: 'OCPI',
    url: 'ocpi/ocpi/releases/2.1.1-d2/transport_and_format.md@2d54b2b14094f5ea3e1aeb2393d70da78b9bda35',
    note: 'The specification\'s "Example: Response with an error (contains no data field)". Status 200 from the same release\'s status_codes.md: "If a request is syntactically valid JSON and addresses an existing resource, no HTTP error should be returned … Requests that reach the OCPI layer should return an OCPI response message with a `status_code`" (2xxx: client errors). `2001` is no HTTP status and no code word the rules read, so a 2xx that names no kind is unknown (rule 1); `status_message` is a message member (sixth holdout), so the sentence is the message. Re-derived by the rule row of 6 December 2026 (rule 2.1: a line that names only which input is missing or invalid, by the API\'s name for it, says which key to send, not what a person typed): the default; the first run expected "Missing required field: type".',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: { status_code: 2001, status_message: 'Missing required field: type', timestamp: '2015-06-30T21:59:59Z' },
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },

  // ───────────────────────────── OpenTripPlanner ─────────────────────────────
  {
    id: 'opentripplanner/refetch-itinerary-invalid-leg-200',
    source: 'OpenTripPlanner',
    url: 'opentripplanner/OpenTripPlanner/application/src/test/resources/org/opentripplanner/apis/gtfs/expectations/refetch-itinerary-invalid-leg.json@67638a1c77c01520e7d982e26a14e2bd1c6b784d',
    note: "The GTFS GraphQL API's snapshot test expectation. The file holds the body only; OTP's GraphQL endpoint answers every execution result with `Response.status(Response.Status.OK)` (GtfsGraphQLIndex / GraphQLToWebResponseMapper, find_string hits 9129508324 and 5699271962), so 200. graphql-java's \"Exception while fetching data (…)\" is developer text (rule 2.3) and `DataFetchingException` is a built-in classification that names no kind (rule 1), as in graphql-java's own case: unknown and the default.",
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: {
        errors: [
          {
            message: 'Exception while fetching data (/refetchItinerary) : Invalid leg id',
            locations: [{ line: 2, column: 5 }],
            path: ['refetchItinerary'],
            extensions: { classification: 'DataFetchingException' },
          },
        ],
        data: { refetchItinerary: null },
      },
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },

  // ───────────────────────────── ChargePoint ─────────────────────────────
  {
    id: 'chargepoint/login-datadome-captcha-403',
    source: 'ChargePoint',
    url: 'mbillow/python-chargepoint/tests/test_client.py@040999c13138f7c8e582757a6b7b175afb710255',
    note: 'The client\'s `test_client_login_with_password_datadome`: the SSO login answers 403, content type application/json, `{"url": "https://geo.captcha-delivery.com/captcha/?initialCid=123"}` (the DataDome bot wall in front of ChargePoint\'s login, which the client raises as `DatadomeCaptcha`). A URL is no sentence: the default; 403 is forbidden (rule 1).',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/json' },
      body: { url: 'https://geo.captcha-delivery.com/captcha/?initialCid=123' },
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },

  // ───────────────────────────── Skyscanner ─────────────────────────────
  {
    id: 'skyscanner/pricing-session-rate-limit-429',
    source: 'Skyscanner',
    url: 'https://github.com/Skyscanner/skyscanner-python-sdk/issues/22',
    note: 'Issue "429 Error every single time.": the README\'s step 4 requests http://partners.api.skyscanner.net/apiservices/pricing/v1.0 and the comment pastes the "API response" `{"ValidationErrors": [{"Message": "Rate limit has been exceeded: 0 PerMinute for PricingSession"}]}`; the status is the issue\'s 429. The list\'s lone item names no field, so its sentence speaks for the response (rule 2.2); "0 PerMinute" names a window, no wait (rule 4).',
    response: {
      status: 429,
      body: { ValidationErrors: [{ Message: 'Rate limit has been exceeded: 0 PerMinute for PricingSession' }] },
    },
    expect: { kind: 'rate-limited', message: 'Rate limit has been exceeded' },
  },

  // ───────────────────────────── Airbnb ─────────────────────────────
  {
    id: 'airbnb/invalid-api-key-400',
    source: 'Airbnb',
    url: 'https://github.com/johnbalvin/pybnb/issues/1',
    note: 'The issue pastes what the Airbnb scraper got back: a GraphQL error whose `extensions.response` holds the REST answer behind it, `{"statusCode":400,"body":{"error_code":400,"error":"invalid_key","error_message":"Invalid API key."}}`. That inner response is copied here, its status from its `statusCode`; the GraphQL wrapper is left out (its own status is not shown). `invalid_key` says the API key, a credential, is invalid, as `invalid_api_key` does: a credential code on a 400 (rule 1). `error_message` is the sentence; `error` is the code (rule 6).',
    response: {
      status: 400,
      body: { error_code: 400, error: 'invalid_key', error_message: 'Invalid API key.' },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid API key.', code: 'invalid_key' },
  },
] satisfies ConformanceCase[];
