import { DEFAULT, type ConformanceCase } from '../types';

// Fifty-first unseen-API holdout, part C (10 January 2027): consumer device and service clouds, as recorded in the
// fixtures of the Python client libraries Home Assistant integrations use (tests/fixtures/*.json and the tests that
// serve them with a status), and, where a library's fixtures held no error, in public issues of those integrations that
// paste the cloud's answer with its status. The candidates were pytile, simplisafe-python, aioambient, pyiqvia,
// aiopurpleair, aioguardian, aioridwell, aiorecollect, pyopenuv, aiowatttime, aionotion, pyecobee, aiohue, pyenphase,
// aioflo, aiolyric, pylitterbot, pyoverkiz, aioskybell, pyfreedompro, aiopvapi, pyrainbird, aiosomecomfort, pymyq,
// py-august, pyflume, aiomodernforms, pynobo, pytautulli, aiopyarr, pysmartthings, pymelcloud, pyairvisual,
// aiotractive, pywemo, aioweenect, pyatag, pydeconz, aioairzone, aiohomekit and bimmer_connected, and others of the
// same kind found on the way (py17track, python-waqi, nextdns, bring-api, pyfronius, pymfy). The vendor (the cloud or
// device the library talks to) is the source, not the library: SimpliSafe (its sign-in server, auth.simplisafe.com, an
// Auth0 tenant), Ridwell (its GraphQL API), 17TRACK (its user and buyer APIs), SkyBell (cloud.myskybell.com), the World
// Air Quality Index project (WAQI, api.waqi.info), Honeywell Home (Resideo)'s API and Somfy's Open API. Every body was
// copied from the material named in `url`: a library's fixture file, with the status the library's own test serves it
// with (named in the note, with the test's commit), or a public issue that pastes the cloud's answer beside its status
// (homebridge-resideo#106's "StatusCodeError: 429 - {…}", somfy-open-api#109's "Somfy return a 500 response"). Only the
// headers a test serves beside a fixture (`Content-Type: application/json`, for SkyBell and WAQI) were copied; no
// header was added. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped. Vendors already in the corpus were skipped: Ambient Weather, PurpleAir, OpenUV, WattTime,
// RainMachine, ecobee, Philips Hue, Enphase, Overkiz, August, Tautulli, Sonarr, Radarr, Lidarr's SkyHook, SmartThings,
// IQAir AirVisual, deCONZ, BMW, Renault, Tesla, Overseerr, Notion (aionotion's Notion home monitoring shares the first
// word of the corpus's Notion, so it was left, as the brief's first-word check asks). Bodies a test author wrote by
// hand, not recorded: SimpliSafe's plain `Unauthorized` and quoted `"Unauthorized"` 401s and its `Conflict` 409s
// (aresponses text in simplisafe-python's tests), NextDNS's inline `{ errors: [{ code: "notFound" }] }` (404) and `{
// errors: [{ code: "badRequest" }] }` (400) in nextdns's tests, Bring!'s `error_response.json` (every member an empty
// string), aiopyarr's `validation-failed.json` (the Servarr OpenAPI schema's placeholder `"string"`s, served with a
// 201), Ridwell's and pytile's bare "Not Found"/empty 404s. Without a status: 17TRACK's v2 `error_response.json` (`{
// code: 401, data: { errors: [{ code: -18010002, message: "Access token is invalid." }] } }`: no test found serving it,
// and the body's `code` is the API's envelope code, whose HTTP status the stored material does not give), MyQ's `{
// ReturnCode: "216", ErrorMessage: "Unauthorized (216)", CorrelationId }` (liftmaster_myq#7, no status). Cut short:
// Rachio's 429 in home-assistant/core#146416 (headers and `content-length: 64` shown, the body's `errors[0].message`
// cut at "3500 daily calls rate limit ex"; not completed). No error body at all: pytile, aiorecollect, pyiqvia,
// aioweenect, aiotractive (its one test mocks a success; its issues log statuses, no bodies), pyflume, aiolyric (Python
// fixtures of successes), pyfronius (recorded successes and its mock server's own error page), aioairzone (no tests
// stored). Not reached within the cap: aioflo, pylitterbot, pyfreedompro, aiopvapi, aiosomecomfort, pymelcloud, pywemo,
// aiomodernforms, aiohomekit, pyatag, pynobo (a TCP protocol), aioguardian (UDP). The part holds 12 cases from 7
// sources, under the brief's aim of 25 from 8, because the 60 look-ups ran out: most of these libraries' fixtures hold
// successes only, and the ones that hold errors hold one or two. No XML body, no HTML page (SimpliSafe's Auth0 login
// pages were not opened for want of look-ups), no non-English body and no rate-limit header turned up.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-10-c`, on 6881c25, src/ unchanged: in the frozen copy /tmp/base51): 12/12 pass, 7 sources
// (kind 12/12, message 12/12, fields 12/12, retry 12/12, logId 0/0, code 9/9). Failing at first sight: none. Every
// judgment call the notes name read as written, including Ridwell's `BAD_USER_INPUT` for a wrong password (validation,
// not unauthenticated), its "login required" on a 200 (kept), 17TRACK's numeric `Code`s on a 200 (unknown, each code
// stated as a string), SkyBell's "Device not found" on a 401 beside `name: "Forbidden"` (kept, no code), WAQI's JSend
// "Invalid key" and "Unknown station" (kept, unknown), Honeywell Home's "429.02.001" (stated) and SimpliSafe's
// `error_description`s (kept). No expectation was changed after the run (Prettier's quote style was applied before it).

// Scored in `cases/` the stop it was collected (6 December), at 12/12: it taught the reader nothing.

export default [
  // ───────────────────────────── SimpliSafe (auth.simplisafe.com) ─────────────────────────────
  {
    id: 'simplisafe/invalid-authorization-code-401',
    source: 'SimpliSafe',
    url: 'bachya/simplisafe-python/tests/fixtures/invalid_authorization_code_response.json@ac0272c68a6c4c3e4c66e066f3842854e13115d3',
    note: 'The fixture simplisafe-python keeps for SimpliSafe\'s sign-in server (auth.simplisafe.com/oauth/token, an Auth0 tenant) refusing an authorization code; tests/test_api.py (@011a0e818969ebba8bc21dbb12b3e0c559f8d3a5, `test_401_bad_credentials`) serves it with status 401 (`test_403_bad_credentials` serves the same body with 403). No header shown. Source: SimpliSafe, the cloud the library talks to (the body is the Auth0 shape; Auth0 is in the corpus under its own name). Kind: 401, unauthenticated (rule 1; `invalid_grant` is a credential code too). Message: OAuth `error_description` beats `error` (rule 2.2): "Invalid authorization code", a credential line kept as the corpus keeps "Invalid token". Judgment call: a reader could take it for a line naming only what is invalid and give the default. Code: OAuth\'s `error` (rule 6).',
    response: {
      status: 401,
      body: { error: 'invalid_grant', error_description: 'Invalid authorization code' },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid authorization code', code: 'invalid_grant' },
  },
  {
    id: 'simplisafe/unknown-or-invalid-refresh-token-403',
    source: 'SimpliSafe',
    url: 'bachya/simplisafe-python/tests/fixtures/invalid_refresh_token_response.json@d4b715f4f61689bc4eb0005f5610039d4f5d9fde',
    note: 'The fixture for the sign-in server refusing a refresh token; tests/test_api.py (@011a0e818969ebba8bc21dbb12b3e0c559f8d3a5, `test_401_refresh_token_failure`) serves it from auth.simplisafe.com/oauth/token with status 403. No header shown. Kind: `invalid_grant` is a credential code on a 403 (rule 1): unauthenticated, not forbidden. Message: `error_description` (rule 2.2), "Unknown or invalid refresh token.", a sentence about the credential refused; judgment call as in the 401 case (the other reading: a line naming only what is invalid, the default). Code: `invalid_grant` (rule 6).',
    response: {
      status: 403,
      body: { error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' },
    },
    expect: { kind: 'unauthenticated', message: 'Unknown or invalid refresh token', code: 'invalid_grant' },
  },

  // ───────────────────────────── Ridwell (api.ridwell.com, GraphQL) ─────────────────────────────
  {
    id: 'ridwell/password-incorrect-bad-user-input-200',
    source: 'Ridwell',
    url: 'bachya/aioridwell/tests/fixtures/invalid_credentials_response.json@5764947aa9eb4acdfc9a48b00b466b0f931c65a0',
    note: "The fixture aioridwell keeps for Ridwell's GraphQL API refusing a sign-in (`createAuthentication`); tests/test_client.py (@3473575b6e79a499960ad302e9f91d21806e8a63, `test_invalid_credentials`) serves it from api.ridwell.com with status 200. No header shown. Kind: GraphQL's `extensions.code` `BAD_USER_INPUT` is a validation code, and a code outranks a 2xx (rule 1): validation. Judgment call: the sentence says the password is wrong, and rule 1 reads a sign-in refused as no input's fault when its code says \"incorrect\" (FOLIO's `password.incorrect`); here the code says only \"bad user input\" and text never decides, so validation; the other reading is unauthenticated. Fields: none; the GraphQL `path` (`createAuthentication`) points into the response, never a field (rule 3). Message: the lone error's `message`, a sentence for the person (rule 2). Code: `extensions.code` (rule 6).",
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'The password you entered is incorrect. Please try again.',
            locations: [{ line: 2, column: 3 }],
            path: ['createAuthentication'],
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
        data: { createAuthentication: null },
      },
    },
    expect: { kind: 'validation', message: 'The password you entered is incorrect', code: 'BAD_USER_INPUT' },
  },
  {
    id: 'ridwell/login-required-unauthenticated-200',
    source: 'Ridwell',
    url: 'bachya/aioridwell/tests/fixtures/token_expired_response.json@817d61189b52db330a963cee85c1aaa861b4f86a',
    note: 'The fixture for a request whose token has expired; tests/test_client.py (@3473575b6e79a499960ad302e9f91d21806e8a63, `test_expired_token_successful` and `test_expired_token_failure`) serves it from api.ridwell.com with status 200. No header shown. Kind: `extensions.code` `UNAUTHENTICATED` is a credential code and outranks a 2xx (rule 1): unauthenticated. Message: "login required", a short line asking to sign in; rule 2.1 reads "Authentication required" as restating a 401 only, and this is a 200, so it is kept. Judgment call: a reader could call it the 401\'s phrase reworded and give the default. Fields: none (the GraphQL `path` is the response\'s, rule 3). Code: `UNAUTHENTICATED` (rule 6).',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'login required',
            locations: [{ line: 2, column: 3 }],
            path: ['user'],
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
        data: { user: null },
      },
    },
    expect: { kind: 'unauthenticated', message: 'login required', code: 'UNAUTHENTICATED' },
  },

  // ───────────────────────────── 17TRACK (user.17track.net, buyer.17track.net) ─────────────────────────────
  {
    id: '17track/not-logged-in-for-a-long-time-code-6-200',
    source: '17TRACK',
    url: 'bachya/py17track/tests/fixtures/authentication_failure_response.json@ea61161be28fa2c0e7fe76355760d684f96db813',
    note: "The fixture py17track keeps for 17TRACK's user API refusing a sign-in; tests/test_profile.py (@3660ef73954609074f06d819a952ed3e074aeb19, `test_login_failure`) serves it from user.17track.net/userapi/call with status 200. No header shown. Kind: a 2xx whose numeric `Code` (-6) is no HTTP status and names no kind: unknown (rule 1; text never decides, so the sentence about signing in does not make it unauthenticated; judgment call, the other reading would take -6 as the API's \"session expired\" and say unauthenticated). Message: `Message`, a sentence (rule 2; `Message` is `message`, rule 3's PascalCase). Code: `Code` (PascalCase `code`), a number, as a string (rule 6).",
    response: { status: 200, body: { Code: -6, Message: "You haven't logged in for a long time." } },
    expect: { kind: 'unknown', message: "You haven't logged in for a long time", code: '-6' },
  },
  {
    id: '17track/numbers-already-exist-200',
    source: '17TRACK',
    url: 'bachya/py17track/tests/fixtures/add_package_existing_response.json@31f75667f5a2cc08ec4a672368360fd0816890a9',
    note: "The fixture for adding a tracking number the account already holds; tests/test_profile.py (@3660ef73954609074f06d819a952ed3e074aeb19, `test_add_existing_package`) serves it from buyer.17track.net/orderapi/call with status 200. No header shown. Kind: a 2xx with a numeric `Code` (-11010101) that names no kind: unknown (rule 1). Judgment call: the sentence says the number already exists, which would be a conflict if a code said so, but text never decides. Fields: none; `Json.Items` is the list results come in, and its item names a tracking number and a `ResultCode`, no field (rule 3). Message: `Message`, a sentence (rule 2). Code: the top-level `Code`, as a string (rule 6; the item's `ResultCode` repeats it).",
    response: {
      status: 200,
      body: {
        Json: {
          Items: [{ TrackInfoId: '0', TrackNo: '1234567890987654321', ResultCode: -11010101 }],
          CanTrackNum: 40,
          UseTrackNum: 4,
          SuccessNum: 0,
          ErrorNum: 1,
        },
        Code: -11010101,
        Message: 'Number(s) already exists.',
      },
    },
    expect: { kind: 'unknown', message: 'Number(s) already exists', code: '-11010101' },
  },
  {
    id: '17track/set-friendly-name-code-100-200',
    source: '17TRACK',
    url: 'bachya/py17track/tests/fixtures/set_friendly_name_failure_response.json@3660ef73954609074f06d819a952ed3e074aeb19',
    note: 'The fixture for a failed rename of a tracked package; tests/test_profile.py (@3660ef73954609074f06d819a952ed3e074aeb19, `test_add_new_package_with_friendly_name_error_response`) serves it from buyer.17track.net/orderapi/call with status 200, and the library raises on it. No header shown. Kind: a 2xx with only a numeric `Code` that names no kind: unknown (rule 1). Message: no sentence, the default (rule 2.4). Code: `Code`, as a string (rule 6).',
    response: { status: 200, body: { Json: {}, Code: -100 } },
    expect: { kind: 'unknown', message: DEFAULT, code: '-100' },
  },

  // ───────────────────────────── SkyBell (cloud.myskybell.com) ─────────────────────────────
  {
    id: 'skybell/device-not-found-401',
    source: 'SkyBell',
    url: 'tkdrob/aioskybell/tests/fixtures/device-info-forbidden.json@5a39088aba1009ef1a9a7bb91778f9d73be3f4b7',
    note: 'The fixture aioskybell keeps for SkyBell\'s cloud refusing a device\'s info; tests/test_skybell.py (`device_info_forbidden`) serves it from cloud.myskybell.com/api/v3/devices/012345670123456789abcdef/info/ with status 401 and `Content-Type: application/json` (copied; no other header shown). Kind: 401, unauthenticated; a code never turns a 401 into anything else (rule 1). Message: "Device not found", a sentence naming what was not found (the corpus keeps "Resource not found", rule 2.1). No code stated: `name: "Forbidden"` is a reason phrase in a `Name` member, a category at most (rule 1\'s `Name`, rule 6 leaves a code that only restates a status in doubt). Judgment call: the status (401) and the name (Forbidden) disagree with the text (not found); the status decides.',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
      body: { name: 'Forbidden', message: 'Device not found' },
    },
    expect: { kind: 'unauthenticated', message: 'Device not found' },
  },

  // ───────────────────────────── World Air Quality Index (api.waqi.info) ─────────────────────────────
  {
    id: 'waqi/invalid-key-200',
    source: 'World Air Quality Index (WAQI) API',
    url: 'joostlek/python-waqi/tests/fixtures/unauthenticated.json@ca9c3ad1d98b28bdc880dc8c9ba7ddfb6c647599',
    note: 'The fixture python-waqi keeps for the WAQI feed API refusing a token; tests/test_waqi.py (`test_unauthenticated`) serves it for /feed/utrecht with status 200 and `Content-Type: application/json` (copied; no other header shown). Kind: JSend\'s `status: "error"` says the call failed and holds its text in a string `data` (rule 1), but no code says which kind: a 2xx with nothing that names what failed is unknown (rule 1; text never decides, so "Invalid key" does not make it unauthenticated). Message: `data`, "Invalid key", a credential line kept as the corpus keeps "Invalid Key" and "Invalid token". Judgment call: a reader could take it for a line naming only what is invalid (as both readings took Gigya\'s "Invalid ApiKey parameter") and give the default. No code: `status: "error"` is JSend\'s flag.',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: { status: 'error', data: 'Invalid key' },
    },
    expect: { kind: 'unknown', message: 'Invalid key' },
  },
  {
    id: 'waqi/unknown-station-200',
    source: 'World Air Quality Index (WAQI) API',
    url: 'joostlek/python-waqi/tests/fixtures/city_feed_unknown.json@ca9c3ad1d98b28bdc880dc8c9ba7ddfb6c647599',
    note: 'The fixture for a feed request naming a city WAQI does not know; tests/test_waqi.py (`test_unknown_city`) serves it for /feed/unknown with status 200 and `Content-Type: application/json` (copied; no other header shown). Kind: JSend `status: "error"` with its text in `data` and no code: unknown (rule 1). Message: `data`, "Unknown station", a short line naming what was not found, kept as "Device not found" is. Judgment call: a reader could read it as a lone label and give the default. No code.',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: { status: 'error', data: 'Unknown station' },
    },
    expect: { kind: 'unknown', message: 'Unknown station' },
  },

  // ───────────────────────────── Honeywell Home (Resideo) API ─────────────────────────────
  {
    id: 'honeywell-home/rate-limit-exhausted-429',
    source: 'Honeywell Home (Resideo) API',
    url: 'https://github.com/homebridge-plugins/homebridge-resideo/issues/106',
    note: 'The reporter\'s log of a thermostat change sent to the Honeywell Home API (api.honeywell.com, the API aiolyric talks to): "StatusCodeError: 429 - {…}", request-promise\'s "<status> - <body>". No header shown (none copied; the log prints only the status and the body). Kind: 429, rate-limited (rule 1). Message: "rate limit has been exhausted", a sentence saying the limit is spent, not the bare reason phrase "Too Many Requests" (rule 2.1). Judgment call: a reader could read it as the 429 reworded and give the default. Retry: none (no header, no wait in the body, rule 4). Code: `code`, "429.02.001", the API\'s own code with subcodes after the status (rule 6). Judgment call: the corpus\'s readers disagreed on codes that carry the status\'s number (`401000`, `APIGW-403`); this one says more than the status, so it is stated.',
    response: { status: 429, body: { code: '429.02.001', message: 'rate limit has been exhausted' } },
    expect: { kind: 'rate-limited', message: 'rate limit has been exhausted', code: '429.02.001' },
  },

  // ───────────────────────────── Somfy Open API ─────────────────────────────
  {
    id: 'somfy/rate-limit-quota-violation-500',
    source: 'Somfy Open API',
    url: 'https://github.com/tetienne/somfy-open-api/issues/109',
    note: "The reporter: \"I have found that Somfy return a 500 response in GetDevicesBySiteId\" (pymfy, the library of Home Assistant's Somfy integration), with this body. Status 500 as stated there. No header shown. Kind: Apigee's quota fault code `policies.ratelimit.QuotaViolation` is a quota code, and a throttling code outranks a 5xx (rule 1, as the corpus reads Apigee's and Ticketmaster's): rate-limited. Message: `fault.faultstring`, two sentences (rule 2; `fault` is an envelope, rule 3). Retry: none (no header, no wait, rule 4). Code: `fault.detail.errorcode` (rule 6, as the corpus states it for Apigee).",
    response: {
      status: 500,
      body: {
        fault: {
          detail: { errorcode: 'policies.ratelimit.QuotaViolation' },
          faultstring: 'Rate limit quota violation. Quota limit exceeded.',
        },
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit quota violation',
      code: 'policies.ratelimit.QuotaViolation',
    },
  },
] satisfies ConformanceCase[];
