import { DEFAULT, type ConformanceCase } from '../types';

// Fiftieth unseen-API holdout, part E (9 January 2027): indoor air-quality and environmental sensors, personal weather
// stations, and agriculture / farm-management and irrigation APIs that no other case file uses: the RainMachine
// irrigation controller's local API and its Remote Access login (my.rainmachine.com), WeatherFlow's Tempest REST API,
// the Davis WeatherLink Live local API and, as the one weather-data service beside the stations, World Weather Online's
// free v2 API, collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was
// copied from the public material named in `url` and `note`: client libraries' fixtures served under a stated status in
// their own tests (regenmaschine's aresponses tests for RainMachine, weatherflow4py's aioresponses test for Tempest),
// the vendor's own reference (Davis's WeatherLink Live local API document, which prints its error bodies beside the
// request that provokes them) and a public issue that pastes a captured response (World Weather Online's 403, in
// schachmat/wego#12). Where a status is not printed beside the body, the note says where it came from (the body's own
// status member, or the test that serves the fixture). The Davis document is a converted word-processor file: its
// quotes are backslash-escaped and each error object lacks the comma between `"code":…` and `"message":…`; the escapes
// were dropped and the comma supplied (nothing else was), and each note says so. One file (regenmaschine's
// tests/test_client.py) was read through the lookup tool by content id, without its path being printed; the notes say
// so. No header was shown beside any of these bodies and none was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Rachio (home-assistant/core#146416 pastes a real 429 with its Date, `x-ratelimit-limit:
// 3500`, `x-ratelimit-remaining: 0` and `x-ratelimit-reset: 2025-06-10T00:00:00Z`, but every stored excerpt cuts the
// body at `{'errors': [{'message': '3500 daily calls rate limit ex`; its `content-length: 64` fits
// `{"errors":[{"message":"3500 daily calls rate limit exceeded."}]}` exactly, and an older client log shows "1700 daily
// calls rate limit exceeded.", but completing the line would be writing the body, so the case was not taken); Netro (a
// plugin's API_NOTES.md prints 401/429/500 "error examples" that contradict its own text, "No specific error message in
// JSON" for the 429 it gives a body: a developer's sketch, not a capture); WeatherFlow's `INTERNAL_ERROR - null`
// fixture (no status anywhere in the library's tests); regenmaschine's `"404 Not Found"` text body (an aresponses text
// the test author wrote) and its `remote_error_unknown_response.json` (not reached); Airthings (issues print only
// client log lines, "response: 429" and "400 Bad Request", never a body; its consumer API docs are not in the index);
// Kaiterra (its public `kaiterra/api` repository holds an API Blueprint page whose 404 has a description and no body,
// and a Postman collection with no saved responses); Smart Citizen (the server's request specs assert a status and a
// substring, never a whole body); USDA NASS Quick Stats (rnassqs's httptest mocks are a bare 413 without a body and a
// 404 `{"message": "Not Found"}` in the minimal form a test author writes, no recorded headers: not evidently a
// recording); Trefle (an issue's `{ "error": true, "message": "can't find record: …" }` without a status); Airly
// (python-airly's tests hold success fixtures only; Home Assistant issues log statuses only); Pl@ntNet (issues give
// status numbers only); Agromonitoring (OpenWeather's Agro API: the stored polygons page is cut before any error
// example, and code hits are clients' calls); Meteomatics (a pages search returned other weather vendors' status
// tables) and Tempest's developer pages (no error body); Ecowitt (an issue shows only a success body; earlier parts
// found only clients' mocks); Rain Bird (pyrainbird's testdata holds controller replies, no error body). Not reached
// within the cap: uHoo, Hydrawise, Orbit B-hyve, Semios, CropX, Plantix, Farmbrite, Arable (a pages search returned
// other vendors), Leaf Agriculture, Agworld, Ag Leader, farmOS, Granular, Agrimetrics. Sources already in the corpus
// were skipped (Awair, Ambient Weather, Netatmo, Sensibo, Climate FieldView, John Deere Operations Center, Trimble,
// Sentinel Hub, PurpleAir, IQAir AirVisual, OpenAQ, OpenWeatherMap, PWSweather, Weather Underground's PWS upload, Windy
// stations, Met Office WOW, EarthDaily Agro). No rate-limit headers (the Rachio capture aside), no XML, no HTML and no
// non-English body turned up within the cap; the part holds 10 cases from 4 sources, far under the brief's aim of 25,
// because 59 of the 60 look-ups were spent and most vendors of this domain print status tables, not bodies, while their
// clients' tests mock statuses without bodies.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-09-e`, on 6881c25, src/ unchanged: in the frozen copy /tmp/base50): 10/10 pass, 4 sources
// (kind 10/10, message 10/10, fields 10/10, retry 10/10, logId 0/0, code 0/0). Failing at first sight: none. Every case
// passed as written, including the judgment calls on RainMachine's "Not Authenticated !" on a 400 (bad-request, the
// words kept) and "API call unknown" (kept), its Remote Access `{ errorType: 1 }` on a 200 (unknown, no code) and
// `statusCode: 400` inside a 200 (bad-request), WeatherLink Live's "HTTP Page Not Found" (the default) and World
// Weather Online's `KeyError` on a 403 (forbidden, its sentence kept). No expectation was changed after the run
// (Prettier's line breaks were applied before it). The figure says little: no case states a code, a support id, a retry
// time or a field, which this domain's printed bodies did not offer within the cap.

// Scored in `cases/` the stop it was collected (6 December), at 10/10: it taught the reader nothing.

export default [
  // ───────────────────────────── RainMachine (local API and Remote Access) ─────────────────────────────
  {
    id: 'rainmachine/local-login-not-authenticated-400',
    source: 'RainMachine API',
    url: 'bachya/regenmaschine/tests/fixtures/unauthenticated_response.json@001cda8fb2b48ca1dc04ba217be125e19c68d646',
    note: 'The RainMachine controller\'s local API body kept as a fixture by regenmaschine (its `statusCode` numbering and the "Not Authenticated !" spelling are the controller\'s). Status: regenmaschine\'s tests/test_client.py (read by content id 12025556735, the index gave it without its path) serves it at `POST /api/4/auth/login` with `json_response(..., status=400)` in `test_token_expired_explicit_exception`. No header shown. Kind: a 400 without field errors; `statusCode: 2` is a number in a status member, which rule 6 reads as a status, not a code, and names no 4xx, so rule 1\'s body-status clause does not apply; text never decides (rule 1): bad-request. Judgment call: a reader who lets the words decide gives unauthenticated. Message: "Not Authenticated !" is the 401\'s kind of phrase sent with a 400, where it says what was refused, as DeepInfra\'s "Not authenticated" on a 403 is kept (rule 2.1: a reason phrase restates only its own status, "as with any status but a 401"). Judgment call: a reader could take two words for a label and give the default. No code: `statusCode` is a status by rule 6, and a vendor number that is no HTTP status leaves doubt.',
    response: { status: 400, body: { statusCode: 2, message: 'Not Authenticated !' } },
    expect: { kind: 'bad-request', message: 'Not Authenticated' },
  },
  {
    id: 'rainmachine/local-api-call-unknown-400',
    source: 'RainMachine API',
    url: 'bachya/regenmaschine/tests/fixtures/unknown_api_call_response.json@aaa866c601b4a0ffd7b29aa19eb0b4ccfec09847',
    note: 'The controller\'s answer to an API call it does not know, kept as a fixture by regenmaschine. Status: tests/test_client.py (content id 12025556735) serves it at `GET /api/4/zone` with `json_response(..., status=400)` in `test_request_unknown_api_call`. No header shown. Kind: a 400 without fields and without a code (`statusCode: 13` is a status member holding a vendor number, rule 6): bad-request. Message: "API call unknown" says what is wrong with this call, kept as the corpus keeps "Resource not found" and "Endpoint not found"; judgment call, a reader could take it for a line that only says the request failed (rule 2.1) and give the default. No code.',
    response: { status: 400, body: { statusCode: 13, message: 'API call unknown' } },
    expect: { kind: 'bad-request', message: 'API call unknown' },
  },
  {
    id: 'rainmachine/remote-login-error-type-200',
    source: 'RainMachine API',
    url: 'bachya/regenmaschine/tests/fixtures/remote_error_known_response.json@6fcd60d15084122236010010558b770ef8a68e27',
    note: "RainMachine Remote Access (my.rainmachine.com) answering a failed cloud sign-in, kept as a fixture by regenmaschine, whose client maps `errorType` numbers to the vendor's reasons. Status: tests/test_client.py (content id 12025556735) serves it at `POST /login/auth` on my.rainmachine.com with `json_response(..., status=200)` in `test_load_remote_errors`. No header shown. Kind: a 2xx whose only member is a vendor number that names no HTTP status (rule 1's clause for a numeric code beside a 2xx covers a 4xx or 5xx only), nothing else saying what failed: unknown. Message: no sentence: the default. No code stated: `errorType` is a category by its name (rule 1's `type`, `error_type`) and no rule makes a lone number there the code; judgment call, a reader could state `\"1\"`.",
    response: { status: 200, body: { errorType: 1 } },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'rainmachine/remote-login-http-body-400-in-200',
    source: 'RainMachine API',
    url: 'bachya/regenmaschine/tests/fixtures/remote_error_http_body_response.json@bb2950878b596de38a5af4162527c99e1ff451dc',
    note: 'RainMachine Remote Access\'s HTTP-style error body sent inside a 200, kept as a fixture by regenmaschine. Status: tests/test_client.py (content id 12025556735) serves it at `POST /login/auth` on my.rainmachine.com with `json_response(..., status=200)` in `test_load_remote_errors`. No header shown. Kind: a body that names its own 4xx status (`statusCode: 400`, `error: 400`) beside a 2xx decides the kind (rule 1): bad-request; the model\'s status stays 200. Message: "Bad Request" is the bare reason phrase (rule 2.1): the default. No code: both numbers restate the status the body names.',
    response: { status: 200, body: { statusCode: 400, error: 400, message: 'Bad Request' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── WeatherFlow Tempest ─────────────────────────────
  {
    id: 'weatherflow-tempest/stations-unauthorized-401',
    source: 'WeatherFlow Tempest REST API',
    url: 'jeeftor/weatherflow4py/tests/fixtures/401.json@26657e62809d93678cf8ef629f22af9b92d048e0',
    note: "The Tempest REST API's `status` envelope (`status_code`, `status_message`, the shape every swd.weatherflow.com reply carries), kept as a fixture by weatherflow4py. Status: the library's tests/test_api.py (@1061596e13f26f12d42dfa4aaad141afe5c7b66d) serves it for `GET https://swd.weatherflow.com/swd/rest/stations?token=mock_token` with `status=401` in `test_api_calls_unauthorized`, and the body's own `status_code` says 401. No header shown. Kind: 401, unauthenticated (rule 1). Message: `status_message` \"UNAUTHORIZED\" is words in capitals only, a code (rule 2.1), and the 401's reason phrase besides: the default. No code stated: the capitals restate the status (rule 6 leaves a code that only restates the status in doubt).",
    response: { status: 401, body: { status: { status_code: 401, status_message: 'UNAUTHORIZED' } } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Davis WeatherLink Live (local API) ─────────────────────────────
  {
    id: 'weatherlink-live/current-condition-page-not-found-404',
    source: 'Davis WeatherLink Live Local API',
    url: 'weatherlink/weatherlink-live-local-api/API.md@05be6f9002327320834a877415694c121e5441b7',
    note: 'Davis\'s WeatherLink Live local API document, Appendix "Possible Error Responses with Improperly Formatted Requests", prints this as the response string to `GET http://10.189.36.37:80/v1/current_condition` (a misspelt path). Transcribed: the document\'s backslash-escaped quotes unescaped, and the comma missing between `"code":404` and `"message"` supplied. Status: the error object\'s own `code` (404), which this API sets to the HTTP status (the same page: "response code \\"400 -- Bad request\\" is sent"). No header shown. Kind: 404, not-found. Message: "HTTP Page Not Found" is the 404\'s reason phrase behind "HTTP" (rule 2.1: "HTTP 404" and Go\'s "404 page not found" stay reason phrases): the default. Judgment call: a reader could keep it as a sentence naming a page, as "Resource not found" is kept. No code: `code` restates the status. `data: null` beside `error` leaves the error object the one member that speaks.',
    response: { status: 404, body: { data: null, error: { code: 404, message: 'HTTP Page Not Found' } } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'weatherlink-live/malformed-path-bad-request-400',
    source: 'Davis WeatherLink Live Local API',
    url: 'weatherlink/weatherlink-live-local-api/API.md@05be6f9002327320834a877415694c121e5441b7',
    note: 'The same appendix prints this as the response string to `GET http://10.189.36.37:80/+v1/current_condition`. Transcribed as the 404 was (escapes dropped, the comma after `"code":400` supplied). Status: the error object\'s `code` (400). No header shown. Kind: a 400 without fields or code: bad-request. Message: "HTTP Bad Request" is the reason phrase behind "HTTP" (rule 2.1): the default. No code.',
    response: { status: 400, body: { data: null, error: { code: 400, message: 'HTTP Bad Request' } } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'weatherlink-live/uri-too-long-414',
    source: 'Davis WeatherLink Live Local API',
    url: 'weatherlink/weatherlink-live-local-api/API.md@05be6f9002327320834a877415694c121e5441b7',
    note: 'The same appendix prints this as the response string to a request line that ran into its headers (`…/+v1/current_conditionHost: weatherlinklive-700017Accept:*/*…`). Transcribed as above (escapes dropped, the comma after `"code":414` supplied). Status: the error object\'s `code` (414). No header shown. Kind: 414 is a bad request (rule 1\'s table). Message: "HTTP URI Too Long" is the 414\'s reason phrase behind "HTTP" (rule 2.1): the default. No code.',
    response: { status: 414, body: { data: null, error: { code: 414, message: 'HTTP URI Too Long' } } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'weatherlink-live/real-time-no-iss-transmitters-409',
    source: 'Davis WeatherLink Live Local API',
    url: 'weatherlink/weatherlink-live-local-api/API.md@05be6f9002327320834a877415694c121e5441b7',
    note: 'The same appendix, "When there are no ISS Transmitter configured, but Real-Time broadcast request is made", prints this as the response string to `GET /v1/real_time` (or `/v1/real_time?duration=xxx`). Transcribed as above (escapes dropped, the comma after `"code":409` supplied). Status: the error object\'s `code` (409). No header shown. Kind: 409, conflict (rule 1: the device\'s current state refuses the request). Message: two sentences saying why, for a person (rule 2). No code: `code` restates the status.',
    response: {
      status: 409,
      body: { data: null, error: { code: 409, message: 'No ISS Transmitters. Real Time broadcast not enabled' } },
    },
    expect: { kind: 'conflict', message: 'No ISS Transmitters. Real Time broadcast not enabled' },
  },

  // ───────────────────────────── World Weather Online ─────────────────────────────
  {
    id: 'world-weather-online/free-v2-key-not-valid-403',
    source: 'World Weather Online API',
    url: 'https://github.com/schachmat/wego/issues/12',
    note: 'A wego user printed the body worldweatheronline.com\'s free v2 API sent when called with a key issued for the older "Free-Weather-API" (the user\'s own diagnosis two comments later); the key was redacted by the user as `#myAPIKey#` inside backticks, copied as shown. Status: the body\'s own `meta.status_code` (403; the client printed the body without a status line). No header shown. Taken into this part as a weather-data API (wego is a terminal weather client), as the brief lists Meteomatics, a weather-data API, beside the stations; a stricter reading of the domain would leave it out. Kind: 403, forbidden; `results.error.type` "KeyError" (Python\'s name for a missing mapping key) is no credential code rule 1 lists, and text never decides: forbidden. Judgment call: a reader who reads "KeyError" or the sentence as an invalid key gives unauthenticated. Message: `results.error.message`, the one error object under `results` (rule 3: the object that says something among values that say nothing), a sentence naming the key and the API it is not valid for (kept; the quotes and backticks are text, rule 2.5). No code stated: `type` is a category (rule 1), and a Python exception name there leaves rule 6 in doubt.',
    response: {
      status: 403,
      body: {
        meta: { version: 1, status_code: 403 },
        results: {
          error: {
            type: 'KeyError',
            message: "'`#myAPIKey#`' is not a valid key for 'Free-Weather-API-V2'",
          },
        },
      },
    },
    expect: { kind: 'forbidden', message: 'is not a valid key for' },
  },
] satisfies ConformanceCase[];
