import { DEFAULT, type ConformanceCase } from '../types';

// Unseen-API holdout, part L (11 December 2026): logistics, shipping, warehouse, route-planning and address-lookup
// APIs that no other case file uses (OSRM, Valhalla, GraphHopper, Lob, ShipStation, Postmaster, ShipHero, Postmen,
// Ideal Postcodes), collected to measure how the reader does at first sight on APIs it was never tuned on. Smarty
// (SmartyStreets), Loqate, Lalamove, Route4Me, Stuart, Tookan, DoorDash Drive, Karrio and RxTrax were looked for and
// dropped: Smarty's SDK tests stub bodies ("Hello, World!") rather than record them; Loqate's error items were found
// only inside third-party clients' thrown messages, without the envelope or a status; Lalamove's, Route4Me's, Stuart's
// and Tookan's searches gave docs tables or request dumps but no whole error body; Karrio's server tests assert levels,
// not bodies; RxTrax's issue shows a body without its HTTP status. GraphHopper's hosted Matrix API body in
// graphhopper/directions-api#17 was dropped because neither the issue nor the vendor's docs as stored show its status.
// Every body was copied from the public material named in `url`: the products' own server tests and the source that
// renders the body they assert (OSRM, Valhalla, GraphHopper), vendor OpenAPI examples (Lob), vendor SDK fixtures and
// recorded API fixtures (Postmen, Ideal Postcodes), and public issues that paste a captured response (Lob, ShipStation,
// Postmaster, ShipHero). Trims, a body rebuilt from the vendor's own serializer, and any status taken from elsewhere
// than the capture, are said in `note`. Every `expect` was written from the source and test/conformance/README.md
// before the kit was run on it. Collection stopped at the time box with 19 cases from 9 APIs, short of the 35 from 12
// aimed for: the library's searches for the remaining candidates (project44, Flexport, Freightos, ShipBob, Bringg,
// Veho, Uber Direct) were not reached.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-11-l`, in a clean worktree at 1b6f529 with no uncommitted changes to src/): 16/19 pass, 9
// sources (kind 18/19, message 17/19, fields 19/19, retry 18/19, logId 0/1, code 14/15). Failing at first sight:
// osrm/route-query-string-malformed-400 (`InvalidQuery` read as a validation code and the parser's position report
// kept as the message, where rule 1 makes a code that names the request's query string a bad request and rule 2.3
// makes where a parser stopped developer text); postmaster/create-shipment-transient-error-500 ("Transient error,
// please try again later." kept, a generic line by rule 2.1); shiphero/graphql-not-enough-credits-200 (the lone
// GraphQL error's `code`, `request_id` and the wait written in its message, "In 0:01:14 minutes", not read: no code,
// no support id and no retry time, rules 4.4, 5 and 6). No expectation was changed after the run.
//
// Measured again by the engineer on a clean worktree of 1b6f529, with the same result, 16/19; the twenty-first holdout
// as a whole: 50/63 at first sight (parts L 16/19, P 12/15, S 22/29), 49/61 without the two cases dropped from part P.
//
// Read now, after the changes its misses led to: 18/19 (OSRM's `InvalidQuery` names the query string as a whole, a bad
// request, and "… close to position 18" is a parser's report; "Transient error, please try again later." is generic;
// a GraphQL error's own `code` and `request_id`). Still read wrong: shiphero/graphql-not-enough-credits-200 (its wait
// is written as a clock, "In 0:01:14 minutes", which no rule reads).

export default [
  // ───────────────────────────── OSRM ─────────────────────────────
  {
    id: 'osrm/route-query-string-malformed-400',
    source: 'OSRM',
    url: 'Project-OSRM/osrm-backend/features/testbot/status.feature@f9af6982ee24492b4432b1d3e49d00efa1e3ce78',
    note: 'The "Malformed requests" scenario: `route/v1/driving/-74697224,5.191564` answers 400 with the message "Query string malformed close to position 18". The `code` is the one every service handler sets beside that message (`json_result.values["code"] = "InvalidQuery"`, src/server/service/*_service.cpp, find_string hits 311866288, 60953785147). A report of where the parser stopped in the query string is parser internals (rule 2.3, as "Unexpected token } in JSON at position 12"), so the default. `InvalidQuery` names the query string as a whole, not one input: a bad request (rule 1, as `invalid_request_url`).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
      body: { code: 'InvalidQuery', message: 'Query string malformed close to position 18' },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'InvalidQuery' },
  },
  {
    id: 'osrm/route-invalid-coordinate-value-400',
    source: 'OSRM',
    url: 'Project-OSRM/osrm-backend/features/testbot/status.feature@f9af6982ee24492b4432b1d3e49d00efa1e3ce78',
    note: 'The same scenario: `route/v1/driving/200,5.191564;44,5` answers 400 "Invalid coordinate value.". The code is from src/engine/plugins/viaroute.cpp (`Error("InvalidValue", "Invalid coordinate value.", json_result)`, read at 026b58d). `InvalidValue` is `invalid_value` read without case or separators, a validation code (rule 1); no member names the field, so no field error (rule 3).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
      body: { code: 'InvalidValue', message: 'Invalid coordinate value.' },
    },
    expect: { kind: 'validation', message: 'Invalid coordinate value.', code: 'InvalidValue' },
  },
  {
    id: 'osrm/route-impossible-between-points-400',
    source: 'OSRM',
    url: 'Project-OSRM/osrm-backend/features/testbot/status.feature@f9af6982ee24492b4432b1d3e49d00efa1e3ce78',
    note: 'The "No route found" scenario: routing between two disconnected ways answers 400 "Impossible route between points"; viaroute.cpp sets `Error("NoRoute", "Impossible route between points", …)` when the points are in different components. No rule names `NoRoute`: a 400 without fields is a bad request (rule 1).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
      body: { code: 'NoRoute', message: 'Impossible route between points' },
    },
    expect: { kind: 'bad-request', message: 'Impossible route between points', code: 'NoRoute' },
  },
  {
    id: 'osrm/route-no-matching-segment-400',
    source: 'OSRM',
    url: 'Project-OSRM/osrm-backend/src/engine/plugins/viaroute.cpp@026b58d2774286bed684f43f961fac1f64fd77b7',
    note: 'viaroute.cpp: `Error("NoSegment", "Could not find a matching segment for coordinate " + n, json_result)` when a coordinate does not snap to the graph. Status: the same `Error` path that status.feature shows answering 400 for NoRoute and InvalidValue; a developer\'s curl capture of a live osrm-routed prints `HTTP 400` and `{"message":"Could not find a matching segment for coordinate 0","code":"NoSegment"}` (find_string hit 59102744425). `NoSegment` is no not-found code the rules name, so the 400 decides (rule 1).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
      body: { message: 'Could not find a matching segment for coordinate 0', code: 'NoSegment' },
    },
    expect: { kind: 'bad-request', message: 'Could not find a matching segment', code: 'NoSegment' },
  },

  // ───────────────────────────── Valhalla ─────────────────────────────
  {
    id: 'valhalla/method-not-allowed-405',
    source: 'Valhalla',
    url: 'valhalla/valhalla/test/loki_service.cc@01f1d1760d25f4d187a48de2209ed5fbd3ef8411',
    note: "The service test's `valhalla_responses` pairs each request with the status and body it must get: 405 and this body for a request that is neither GET nor POST. `error_code` is Valhalla's documented number for the error, a string in the model (rule 6); `status` only restates the status. A 405 is a bad request (rule 1).",
    response: {
      status: 405,
      body: {
        error_code: 101,
        error: 'Try a POST or GET request instead',
        status_code: 405,
        status: 'Method Not Allowed',
      },
    },
    expect: { kind: 'bad-request', message: 'Try a POST or GET request instead', code: '101' },
  },
  {
    id: 'valhalla/unknown-action-404',
    source: 'Valhalla',
    url: 'valhalla/valhalla/test/loki_service.cc@01f1d1760d25f4d187a48de2209ed5fbd3ef8411',
    note: "The same table: 404 and this body for a path that is no action (the JSON's `\\/` unescaped to `/`; the trailing space is the server's). The sentence lists the actions to try; it is the body's only text for the person (rule 2.1).",
    response: {
      status: 404,
      body: {
        error_code: 106,
        error:
          "Try any of: '/locate' '/route' '/height' '/sources_to_targets' '/optimized_route' '/isochrone' '/trace_route' '/trace_attributes' '/transit_available' '/expansion' '/centroid' '/status' ",
        status_code: 404,
        status: 'Not Found',
      },
    },
    expect: { kind: 'not-found', message: 'Try any of', code: '106' },
  },
  {
    id: 'valhalla/failed-to-parse-json-400',
    source: 'Valhalla',
    url: 'valhalla/valhalla/test/loki_service.cc@01f1d1760d25f4d187a48de2209ed5fbd3ef8411',
    note: 'The same table: 400 and this body for a request whose JSON does not parse. A server that could not parse the request\'s body is developer text (rule 2.3, as Help Scout\'s "Error parsing request body into JSON"), so the default; a bad request (rule 1).',
    response: {
      status: 400,
      body: { error_code: 100, error: 'Failed to parse json request', status_code: 400, status: 'Bad Request' },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: '100' },
  },
  {
    id: 'valhalla/path-distance-exceeds-limit-400',
    source: 'Valhalla',
    url: 'valhalla/valhalla/test/loki_service.cc@01f1d1760d25f4d187a48de2209ed5fbd3ef8411',
    note: 'The same table: 400 and this body for a pedestrian route from pole to pole. No field member and no validation code: a bad request (rule 1).',
    response: {
      status: 400,
      body: {
        error_code: 154,
        error: 'Path distance exceeds the max distance limit: 250000 meters',
        status_code: 400,
        status: 'Bad Request',
      },
    },
    expect: { kind: 'bad-request', message: 'Path distance exceeds the max distance limit', code: '154' },
  },

  // ───────────────────────────── GraphHopper ─────────────────────────────
  {
    id: 'graphhopper/gpx-too-few-points-400-xml',
    source: 'GraphHopper',
    url: 'graphhopper/graphhopper/web/src/test/java/com/graphhopper/application/resources/RouteResourceTest.java@0356771f802ac299f028096cd801e72e914cc0c0',
    note: 'testGPXWithError: `/route?…&point=42.554851,1.536198&type=gpx` answers 400 and the body contains `<message>At least 2 points have to be specified, but was:1</message>` and `<hints><error details="java`. Body rebuilt from the vendor\'s serializer that writes it (web-bundle/src/main/java/com/graphhopper/http/MultiExceptionGPXMessageBodyWriter.java@90996bc: `gpx[creator,version] > metadata > extensions > message, hints > error[message,details]`, through a default JAXP Transformer, which writes the XML declaration and the attributes in name order). No Content-Type: the capture shows none. XML is read as JSON (rule 3); `details` is an exception class (rule 2.3); one error about no field: a bad request (rule 1).',
    response: {
      status: 400,
      body: '<?xml version="1.0" encoding="UTF-8" standalone="no"?><gpx creator="GraphHopper" version="1.1"><metadata><extensions><message>At least 2 points have to be specified, but was:1</message><hints><error details="java.lang.IllegalArgumentException" message="At least 2 points have to be specified, but was:1"/></hints></extensions></metadata></gpx>',
    },
    expect: { kind: 'bad-request', message: 'At least 2 points have to be specified' },
  },

  // ───────────────────────────── Lob ─────────────────────────────
  {
    id: 'lob/address-not-found-404',
    source: 'Lob',
    url: 'lob/lob-openapi/shared/responses/error.yml@5434c71cad35139e9be4bfbeb346ece2063591ec',
    note: "The vendor OpenAPI spec's shared error response example. Status: the example's own `status_code: 404`, and Lob's documented code list (\"`not_found` - 404: the requested resource was not found\", as the spec's Code model and OpenSourceFellows/amplify#91 quote it). `code` is the explicit code member (rule 6).",
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json' },
      body: { error: { code: 'not_found', message: 'address not found', status_code: 404 } },
    },
    expect: { kind: 'not-found', message: 'address not found', code: 'not_found' },
  },
  {
    id: 'lob/letter-to-address-line1-required-422',
    source: 'Lob',
    url: 'https://github.com/lob/lob-ruby/issues/178',
    note: 'The gem\'s printed error: "(Status 422) to.address_line1 is required or to must be a string" and then the body. A 422 is a validation failure (rule 1); the sentence names the field only inside its text, and no member names it, so no field error (rule 3); the sentence is the message.',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: { error: { message: 'to.address_line1 is required or to must be a string', status_code: 422 } },
    },
    expect: { kind: 'validation', message: 'to.address_line1 is required or to must be a string' },
  },

  // ───────────────────────────── ShipStation ─────────────────────────────
  {
    id: 'shipstation/create-order-array-body-400',
    source: 'ShipStation',
    url: 'https://github.com/joecampo/laravel-shipstation/issues/8',
    note: 'The issue ("Shipstation api gives me an 400 error when posting an order") pastes the body as a quoted string; unquoted here, its `\\r\\n` kept as a line break. ASP.NET Web API\'s ModelState: `apiOrder` is the action\'s argument (the whole body), not an input field (rule 3: a method\'s argument is removed from a bean-validation path, and nothing is left), and its text is Json.NET\'s report that it could not deserialize the body (rule 2.3, as "JSON parse error: Cannot deserialize value of type"): no field error and no message from it. "The request is invalid." only says the request was invalid (rule 2.1, as TrueLayer\'s "The request was invalid."), so the default; a 400 without fields is a bad request (rule 1).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: {
        Message: 'The request is invalid.',
        ModelState: {
          apiOrder: [
            'Cannot deserialize the current JSON array (e.g. [1,2,3]) into type \'SS.OpenApi.Models.Orders.Order\' because the type requires a JSON object (e.g. {"name":"value"}) to deserialize correctly.\r\nTo fix this error either change the JSON to a JSON object (e.g. {"name":"value"}) or change the deserialized type to an array or a type that implements a collection interface (e.g. ICollection, IList) like List<T> that can be deserialized from a JSON array. JsonArrayAttribute can also be added to the type to force it to deserialize from a JSON array.\r\nPath \'\', line 1, position 1.',
          ],
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Postmaster ─────────────────────────────
  {
    id: 'postmaster/create-shipment-transient-error-500',
    source: 'Postmaster',
    url: 'https://github.com/postmaster/postmaster-api/issues/71',
    note: 'The issue "500: Transient Error" ("I am unable to figure out why my request is causing a 500 error") pastes the response data from the logs. `code` restates the status and `details.code` is an undocumented number, so no code is stated (rule 6). "Transient error, please try again later." says only that something failed and to retry, as Geoapify\'s "Request failed, please try again later" (rule 2.1): the default. No wait is given (rule 4).',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json' },
      body: { message: 'Transient error, please try again later.', code: 500, details: { body: {}, code: 108 } },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── ShipHero ─────────────────────────────
  {
    id: 'shiphero/graphql-not-enough-credits-200',
    source: 'ShipHero',
    url: 'https://github.com/graphql-dotnet/graphql-client/issues/267',
    note: 'The issue pastes "What I get in Postman" for a `products` query, and the same kind of answer through GraphQLHttpClient with `"StatusCode": 200`. The API is ShipHero\'s: a client\'s test against https://public-api.shiphero.com/graphql asserts this message (find_string hit 23704190604). A 2xx whose numeric `code` (30) names no status and no rule\'s code: unknown (rule 1). `request_id` is the body\'s own id (rule 5); `code` the explicit code member (rule 6). The message text writes the wait ("In 0:01:14 minutes you will have enough credits"), an h:mm:ss duration of 74 s (rule 4.4; `time_remaining` is no retry hint the rules name).',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: {
        errors: [
          {
            code: 30,
            message:
              'There are not enough credits to perfom the requested operation, which requires 2101 credits, but the are only 1001 left. In 0:01:14 minutes you will have enough credits to perform the operation',
            operation: 'products',
            request_id: '5f438ca4021e31279b6d8291',
            required_credits: 2101,
            remaining_credits: 1001,
            time_remaining: '0:01:14 minutes',
          },
        ],
        data: { products: null },
      },
    },
    expect: {
      kind: 'unknown',
      message: 'There are not enough credits',
      retry: 74,
      logId: '5f438ca4021e31279b6d8291',
      code: '30',
    },
  },

  // ───────────────────────────── Postmen ─────────────────────────────
  {
    id: 'postmen/rate-item-does-not-exist-200',
    source: 'Postmen',
    url: 'postmen/postmen-sdk-ruby/spec/support/rates/single_error.json@da5e6e27426e159164b517d213d8bbedae6a59e2',
    note: 'The SDK\'s fixture for a rate that does not exist (rate_collection_spec: "raises ResourceNotFound error"). Status: the SDK\'s webmock stubs serve its `single_error` fixtures with no status, that is 200 (spec/spec_helper.rb@3c974fb, `stub_label_request!`), Postmen putting the outcome in `meta.code`; Content-Type as those stubs set it. A 2xx whose numeric code (4153) names no status: unknown (rule 1); `meta.code` is the code (rule 6).',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { meta: { code: 4153, message: 'Item does not exist.', details: [], retryable: false }, data: {} },
    },
    expect: { kind: 'unknown', message: 'Item does not exist.', code: '4153' },
  },

  // ───────────────────────────── Ideal Postcodes ─────────────────────────────
  {
    id: 'ideal-postcodes/invalid-key-401',
    source: 'Ideal Postcodes',
    url: 'ideal-postcodes/api-fixtures/lib/fixtures/errors/4010.ts@1221983600c8bc4ab0b45de181b40c3c5cc29a4a',
    note: 'The vendor\'s recorded API fixture "Invalid API Key presented" (`httpStatus: 401` and this body), used by its client tests (core-interface test/error.parse.ts). The sentence before the pointer to the docs is the message (rule 2.1); 401 is unauthenticated (rule 1); `code` is the explicit code (rule 6).',
    response: {
      status: 401,
      body: {
        code: 4010,
        message: 'Invalid Key. For more information see http://ideal-postcodes.co.uk/documentation/response-codes#4010',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid Key', code: '4010' },
  },
  {
    id: 'ideal-postcodes/balance-depleted-402',
    source: 'Ideal Postcodes',
    url: 'ideal-postcodes/api-fixtures/lib/fixtures/errors/4020.ts@56b29fc12c8caac7b8711085fcf49b68e6653a7c',
    note: 'The recorded fixture "Balance depleted": `httpStatus: 402` and this body. A numeric code is no quota code the rules name, and signing in, waiting or changing the input would not fix it: a 402 is a bad request (rule 1, as the corpus\'s other 402s).',
    response: {
      status: 402,
      body: {
        code: 4020,
        message:
          'Key balance depleted. For more information see http://ideal-postcodes.co.uk/documentation/response-codes#4020',
      },
    },
    expect: { kind: 'bad-request', message: 'Key balance depleted', code: '4020' },
  },
  {
    id: 'ideal-postcodes/postcode-not-found-404',
    source: 'Ideal Postcodes',
    url: 'ideal-postcodes/api-fixtures/lib/fixtures/postcodes/4040-postcodes.ts@1658209e162dafaea3242f2f392464303f3adc07',
    note: 'The recorded fixture "Requested postcode does not exist": `httpStatus: 404` and this body. "Postcode Not Found" names what was not found, so it is not the bare reason phrase (rule 2.1, as TomTom\'s "URL not found").',
    response: { status: 404, body: { code: 4040, message: 'Postcode Not Found' } },
    expect: { kind: 'not-found', message: 'Postcode Not Found', code: '4040' },
  },
  {
    id: 'ideal-postcodes/key-not-found-404',
    source: 'Ideal Postcodes',
    url: 'ideal-postcodes/api-fixtures/lib/fixtures/keys/4042-keys-invalid.ts@1221983600c8bc4ab0b45de181b40c3c5cc29a4a',
    note: 'The recorded fixture "Key does not exist" for `/v1/keys/foo`: `httpStatus: 404` and this body. A 404 is not-found whatever the subject (rule 1: a code never turns a 404 into anything else).',
    response: { status: 404, body: { code: 4042, message: 'Key not found' } },
    expect: { kind: 'not-found', message: 'Key not found', code: '4042' },
  },
] satisfies ConformanceCase[];
