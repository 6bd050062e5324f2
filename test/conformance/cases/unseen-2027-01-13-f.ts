import { DEFAULT, type ConformanceCase } from '../types';

// Fifty-fourth unseen-API holdout, part F (13 January 2027): solar and home energy — home batteries, inverters' local
// interfaces and EV charge points — from APIs that no other case file uses: the Tesla Powerwall Backup Gateway's local
// API (`/api/login/Basic`, `/api/system_status/...`), char.gy's OCPI feeds (a UK charge-point operator), Pod Point's
// OCPI API (`ocpi.podenergy.com`) and the SolaX Pocket WiFi dongle's local API, collected to measure how the reader
// does at first sight on APIs it was never tuned on. Every body was copied from the public material named in `url`:
// public issues that paste what a person fetched by hand with `curl -i` or what a client logged beside the status it
// got (vloschiavo/powerwall2#1, with its status line and headers; jasonacox/pypowerwall#260, with curl's `< HTTP/2
// 401`; datMaffin/homebridge-tesla-powerwall#33, "status code: 403" logged beside the body; squishykid/solax#32, the
// dongle's HTML page), and API Evangelist's probe records for char.gy and Pod Point (`errors/*-error-codes.yml`, each
// body listed with the HTTP status it was "observed live" with on 2026-07-27). The probe records are a third party's
// captures, not the vendors' text nor a recorder's cassette: they are kept because each prints the body and the status
// as seen on the wire and marks what was observed apart from what was copied from the OCPI registry (only observed
// bodies were taken). Where the status is not printed beside the body, the note says where it came from (SolaX's page
// names its own "401 Unauthorized"). No header was added that the source does not show (Content-Length was left out of
// powerwall2#1's capture; char.gy's record shows one header, `www-authenticate`). Every `expect` was written from the
// source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: SolarEdge's monitoring API (home-assistant/core#134208 prints a 401 body cut after
// `"Unauthorized - Authentication Failed","status":401,"det`; supernova1963/eedc-homeassistant#261 logs only `HTTP/1.1
// 403 Forbidden` and "Access Denied" seen in a browser; core#144215 and #59574 statuses only); the Fronius Solar API
// (core#115220's `Head.Status.Code: 255, Reason: "Internal error."` and ioBroker.fronius#375's `Code: 6` "CGI-Args:
// Invalid parameter …" replies are printed without the HTTP status they came with); National Grid's Carbon Intensity
// API (its published docs print only `{ code: "string", message: "string" }` templates; the real `{ error: { code: "400
// Bad Request", message: "Please enter a valid region ID i.e. 1-17." } }` and its date-format siblings turn up only in
// clients' comments and test mocks that the index gives without their repository); PVGIS (JRC) ("Location over the sea.
// Please, select another location" only as a client's prefix match and in test mocks; serapeum-org/earthlens#553 names
// captures that are not stored); Arcadia (Genability / Signal: its "Error Responses" page prints a whole body, `errors:
// [{ details: { errorId, value }, message, param: "meterId", type: "invalidParameter" }]`, but no status, and its type
// table names none); Enode (a client's docstring quotes a measured 404 problem document; its repository could not be
// named); Growatt (PLCHome/growatt#11 dumps an axios 403 without its body; PyPi_GrowattServer#15 quotes a Tomcat error
// page as rendered text); Victron VRM (dirkjanfaber/victron-vrm-api#29 names "Login required" and `invalid_credentials`
// without a body); Easee, Wallbox, Sense, myUplink (NIBE) and Daikin Onecta (their issues print `raise_for_status`
// lines, statuses, or a client's parsed rate-limit figures, never a body or the headers); GivEnergy (its API
// documentation is stored, but only its introduction surfaced); go-eCharger (its HTTP API page says "TODO for go-e:
// expected response content"); Ambee and Agromonitoring (no error body found); Pod Point's other observations (a NestJS
// 404 whose path the record elides, "Cannot GET ...", and a CloudFront 502 and S3 403 described, not printed) and
// char.gy's OCPI `2001` replies inside a 200 (their messages are listed without the rest of the body). Sources already
// in the corpus were skipped (Octopus Energy, Tesla Owner API, Enphase, Huawei FusionSolar, SOLARMAN, Solcast,
// Forecast.Solar, Tibber, Zaptec, Shelly, sonnenBatterie — ioBroker.sonnen#63's 401 —, SunPower's PVS —
// krbaker/hass-sunpower#110 and #112's 403 —, PVOutput, HomeWizard, Electricity Maps, WattTime, NREL, OCPI's own
// specification). Judgment on eligibility: the Powerwall gateway's local API shares its first word with the corpus's
// "Tesla Owner API" (Tesla's cloud API for cars and energy sites); it is a different interface on a device in the
// house, and no case in the corpus holds a Powerwall body, so it was taken. No validation body with field errors, no
// rate-limit header, no XML and no non-English body turned up within the cap; the part holds 7 cases from 4 sources,
// far under the brief's aim of 25 from 8, because this domain's clients log statuses and tracebacks far more often than
// bodies (the forty-second holdout's energy part said the same) and the look-ups ran out (54 of the 55 spent).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-13-f`, on 4853c07, src/ unchanged: in the frozen copy /tmp/base54): 7/7 pass, 4 sources (kind
// 7/7, message 7/7, fields 7/7, retry 7/7, logId 0/0, code 0/0). Failing at first sight: none. Every case passed as
// written, including the judgment calls on the Powerwall gateway's "Login Error" as a category line (its `error`,
// "Invalid Credentials" and "bad credentials", kept), its 403's `message` over `error`, char.gy's "HTTP Token: Access
// denied." (kept) and Pod Point's OCPI `status_code` 2000 (no code stated). The part is small and its shapes plain (no
// field errors, no wait, no support id, no code), so the figure says little about the reader. No expectation was
// changed after the run.

// Scored in `cases/` the stop it was collected (6 December), at 7/7. The Powerwall's gateway is counted apart from
// Tesla's cloud API (a device in the house, which no case held), and API Evangelist's "observed live" records as
// captures of the live services, each noted where it is used.

export default [
  // ───────────────────────────── Tesla Powerwall Backup Gateway (local API) ─────────────────────────────
  {
    id: 'tesla-powerwall/login-invalid-credentials-401',
    source: 'Tesla Powerwall Backup Gateway local API',
    url: 'https://github.com/vloschiavo/powerwall2/issues/1',
    note: 'The issue "Unable to retrieve authentication token": `curl -s -i -X POST … /api/login/Basic` printed this status line, headers and body. Headers copied as shown, Content-Length left out. Kind: 401, unauthenticated (rule 1). Message: `message` is "Login Error", a category line (rule 2.1: "Login failure", "Error signing in to …"), so the occurrence\'s text is `error`, "Invalid Credentials" (rule 2.2: an `error` beside a title), two words with a space, not a code; the corpus keeps credential lines such as "Invalid credentials". Judgment call: a reader could take `error` for a category and give the default. No code: the numeric `code` restates the status. No logId, no retry.',
    response: {
      status: 401,
      headers: {
        'Access-Control-Allow-Credentials': 'false',
        'Access-Control-Allow-Headers':
          'X-Requested-With, X-HTTP-Method-Override, Content-Type, Accept, Accept-Encoding, Authorization',
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Max-Age': '86400',
        'Content-Type': 'application/json',
        'X-Content-Type-Options': 'nosniff',
        Date: 'Wed, 04 Apr 2018 20:13:32 GMT',
      },
      body: { code: 401, error: 'Invalid Credentials', message: 'Login Error' },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid Credentials' },
  },
  {
    id: 'tesla-powerwall/login-bad-credentials-http2-401',
    source: 'Tesla Powerwall Backup Gateway local API',
    url: 'https://github.com/jasonacox/pypowerwall/pull/260',
    note: 'A comment on the pull request "Updates to use bearer auth" quotes a user\'s `curl -v` against a Powerwall 3\'s `/api/login/Basic`: `< HTTP/2 401` and this body (the same body is pasted from Powerwall 2 gateways in vloschiavo/powerwall2#9 and #15). No header shown beside it. Kind: 401, unauthenticated. Message: "Login Error" is a category line (rule 2.1), so `error`\'s "bad credentials" speaks (rule 2.2), lower-case words with a space, not a code. Judgment call: a reader could call two lower-case words a label and give the default. No code (`code` restates the status).',
    response: { status: 401, body: { code: 401, error: 'bad credentials', message: 'Login Error' } },
    expect: { kind: 'unauthenticated', message: 'bad credentials' },
  },
  {
    id: 'tesla-powerwall/inadequate-access-rights-403',
    source: 'Tesla Powerwall Backup Gateway local API',
    url: 'https://github.com/datMaffin/homebridge-tesla-powerwall/issues/33',
    note: 'The issue "Persistent login error": the plugin logged "status code: 403" and "body: {…}" on consecutive lines (the plugin\'s README FAQ prints the same pair, and pypowerwall\'s network scan names this body "Expected response from PW3" on `/tedapi/din`). No header shown. Kind: 403, forbidden (rule 1). Message: two sentences, `error` "Unable to GET to resource" (what failed, naming the HTTP method) and `message` "User does not have adequate access rights" (why); the message member says what the person lacks and is the more specific one for them. Judgment call: no rule ranks two text members of which neither is a title (the README names this open question); the other reading takes `error` by rule 2.2. No code (`code` restates the status).',
    response: {
      status: 403,
      body: { code: 403, error: 'Unable to GET to resource', message: 'User does not have adequate access rights' },
    },
    expect: { kind: 'forbidden', message: 'User does not have adequate access rights' },
  },

  // ───────────────────────────── char.gy (OCPI feeds) ─────────────────────────────
  {
    id: 'chargy/ocpi-token-access-denied-401',
    source: 'char.gy OCPI API',
    url: 'api-evangelist/chargy/errors/chargy-error-codes.yml@0b4748fd88358744ce17eae3aadf60d99de47c2f',
    note: 'API Evangelist\'s probe record ("Error responses observed live on https://char.gy/open-ocpi/* and https://char.gy/ocpi/cpo/*, 2026-07-27") lists this body with `status: 401` and one header, `www-authenticate: Token realm="OCPI"`, observed on `GET /ocpi/cpo/versions` and the 2.2.1 and 2.1.1 `locations` modules ("a separate, non-OCPI Rails-style body … with a real 4xx status line"). Header copied as recorded. Kind: 401, unauthenticated. Message: "HTTP Token: Access denied." is Rails\' `request_http_token_authentication` text; "Access denied" says what was refused and the corpus keeps it (rule 2.1, as "Access denied."), with "HTTP Token: " a label before it. Judgment call: a reader could take the framework\'s stock line for a category line and give the default. No code, no logId.',
    response: {
      status: 401,
      headers: { 'www-authenticate': 'Token realm="OCPI"' },
      body: { error: 'HTTP Token: Access denied.' },
    },
    expect: { kind: 'unauthenticated', message: 'Access denied' },
  },
  {
    id: 'chargy/open-ocpi-unrouted-not-found-404',
    source: 'char.gy OCPI API',
    url: 'api-evangelist/chargy/errors/chargy-error-codes.yml@0b4748fd88358744ce17eae3aadf60d99de47c2f',
    note: 'The same record lists this body with `status: 404`, observed on unrouted paths and methods of the open feed (`GET /open-ocpi/versions`, `GET /open-ocpi/locations/{id}`, `POST /open-ocpi/locations`, …). No header recorded. Kind: 404, not-found. Message: "Not Found" is the bare reason phrase (rule 2.1): the default. No code: `error` restates the status.',
    response: { status: 404, body: { error: 'Not Found' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Pod Point (OCPI API) ─────────────────────────────
  {
    id: 'pod-point/ocpi-unauthorized-2000-401',
    source: 'Pod Point OCPI API',
    url: 'api-evangelist/pod-point/errors/pod-point-error-codes.yml@e8058a255689fcd50f5f465a116f98372fc7d2ea',
    note: 'API Evangelist\'s record ("Live anonymous responses captured from https://ocpi.podenergy.com on 2026-07-27") prints this body as `example_error` and lists `status_code: 2000` with `http_status: 401`, `observed: true`, on every 2.2.1 data module (`/locations`, `/tariffs`, `/sessions`, `/cdrs`, `/credentials`) for an anonymous caller. No header recorded. Kind: 401, unauthenticated (a code never turns a 401 into anything else, rule 1). Message: `status_message` is a message member (as in the corpus\'s OCPI case), and "Unauthorized" is the 401\'s reason phrase (rule 2.1): the default. Code: not stated; OCPI\'s `status_code` 2000 ("generic client error") is no HTTP status and no code word the rules read, so rule 6 leaves it in doubt.',
    response: {
      status: 401,
      body: { status_code: 2000, status_message: 'Unauthorized', timestamp: '2026-07-27T21:12:38.358Z' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── SolaX Pocket WiFi dongle (local API) ─────────────────────────────
  {
    id: 'solax-pocket-wifi/unauthorized-html-401',
    source: 'SolaX Pocket WiFi local API',
    url: 'https://github.com/squishykid/solax/issues/32',
    note: 'The issue "Inverter X1 Unauthorized on WiFi": after a dongle firmware update, `/?optType=ReadRealTimeData` without `pwd` answered this page (copied as shown; the page as printed has no closing `</HTML>`). Status: the page\'s own "401 Unauthorized" heading and the issue\'s title; no status line printed. No header shown (none added, not even a Content-Type). Kind: 401, unauthenticated. Message: an HTML error page gives no message (rule 2.5): the default. No code.',
    response: {
      status: 401,
      body: '<HTML>\n<HEAD>\n<TITLE>Error</TITLE>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n</HEAD>\n<BODY><H1>401 Unauthorized</H1></BODY>',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
] satisfies ConformanceCase[];
