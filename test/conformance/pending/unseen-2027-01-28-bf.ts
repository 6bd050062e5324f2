import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-ninth unseen-API holdout, part BF (28 January 2027): electricity grid, energy-market and utility data APIs that
// no case file uses: Datadis (the Spanish distribution system operators' shared smart-meter data platform), Oracle
// Utilities Opower (the customer-usage API that US and Canadian utilities run at `<utility>.opower.com`: ConEd, PG&E,
// Portland General Electric, ComEd), Amber Electric's public API (an Australian retailer passing wholesale prices
// through), Duke Energy's customer mobile API (`api-v2.cma.duke-energy.app`) and TraXes' Green Grid Compass (a CO2
// intensity forecast API for European bidding zones). They were collected to measure how the reader does at first
// sight on APIs it was never tuned on. Every body was copied from the public material named in `url` and `note`:
// public issues that paste what a client logged beside the status it got. python-edata's Datadis connector logs
// "<status> <response text> at <url>" (homeassistant-edata's issues); the opower library's ApiException prints "HTTP
// Error: <status> URL: … Status: <status> Response: <body>" (Home Assistant core's opower issues and the library's own
// tracker); evcc's trace log prints the body and then "unexpected status: <status> (<reason>)" (Amber's own public-api
// tracker, evcc's tracker); aiodukeenergy raises "Duke Energy token exchange failed: <status> - <text>"
// (hunterjm/ha-dukeenergy); and an Amber integrator printed the `requests` response and its headers. No body was
// mended; where a logger's format left a trailing space or lost nginx's CRLF line ends, the note says so. Headers were
// copied only where the capture shows them (Amber's 429, whose 31-byte body the capture does not print: that case has
// headers and no body, a judgment call its note names); no header was added. Every `expect` was written from the
// source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Octopus Energy, ENTSO-E, Electricity Maps, WattTime, EIA, Tibber, Solcast, Forecast.Solar,
// Open Charge Map, ERCOT, ESIOS (Red Eléctrica, so also its REData API, whose only capture is an Imperva block page,
// homeassistant-edata#279), NED, Eloverblik (Energinet), Conso API (Enedis, so also the Enedis bodies it relays),
// OpenNEM (its successor OpenElectricity's `{ response_status: "ERROR", error: "Authentication failed" }` is the same
// product's envelope) and NREL (the NSRDB "Data processing failure." lines): already sources. Elexon BMRS / Insights
// (ElexonDataPortal's issues print client tracebacks, never a body), National Grid ESO / NESO's data portal and Nord
// Pool (home-assistant/core#169181's debug log is cut before the problem body), Carbon Intensity UK (its `{ error: {
// code: "400 Bad Request", message: "Please enter a valid region ID i.e. 1-17." } }` is again found only in a test
// the index gives without its repository), Energy-Charts, Energi Data Service, Fingrid, Ember, GIE AGSI+, PJM Data
// Miner, GridStatus.io, Hildebrand Glowmarkt, UtilityAPI, Arcadia / Genability, GivEnergy, Sense, Southern Company,
// Frank Energie and the IESO (API Evangelist's record lists statuses only): nothing citable with a body and its status
// in the stored corpora. Also left out: RTE's Tempo API ("HTTP code 500: COMMON_ERROR_T03: Error code unknown" is the
// rtetempo client's formatting of a body it does not print), MyElectricalData (`{ detail: [[…]] }` fetched with `curl
// -s`, no status), Wiener Netze's smart-meter portal gateway (`{ Exception: "API Gateway 10.15 encountered an error.
// …" }` printed by an integration without the status), Duke Energy's `{ Message: "User is not authorized…" }` as
// quoted in a later thread with its end elided (the full line, from the first report, is used), and a Rust client's
// Carbon Intensity fixture (no repository).
//
// The part holds 16 cases from 5 sources, under the brief's aim of 25 from 8, for 55 of the 60 look-ups: grid
// operators' and market data APIs are read by clients that log statuses and tracebacks, not bodies (the three earlier
// energy parts said the same), and the veins that paid were clients whose own error format prints the body beside the
// status (python-edata, opower, evcc's trace log). No validation body with field errors and no XML turned up; two
// HTML pages (nginx's and Akamai's) and two text bodies (Datadis's) did, one of them in Spanish.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-28-bf`, on 846a9b0, src/ unchanged: in the frozen copy /tmp/base68): 13/16 pass, 5 sources
// (kind 15/16, message 13/16, fields 16/16, retry 16/16, logId 2/2, code 2/2). Failing at first sight:
// opower/invalid-token-jwt-authority-403 (forbidden, and kept "JwtAuthority is not found." capitalised: the case reads
// OAuth's `error: "invalid token"` without separators as the credential code `invalid_token`, which makes a 403
// unauthenticated by rule 1, and the line a JWT claim's name, token internals by rule 2.3: the default);
// opower/claims-not-validated-401 (kept "Claims could not be validated: Not logged in web user.", a report of a token's
// claims check, token internals by rule 2.3: the default, a judgment call its note names); opower/no-meter-asset-id-424
// (kept "An invalid response was received from EDAP API. …", another service's answer reported, developer text by rule
// 2.3 as Blockfrost's like line is: the default). Every other case passed as written, including the judgment calls on
// Datadis's Spanish 429 text and its three-word 403 (kept), Opower's `UPSTREAM_ERROR` on a 500 (unavailable, with the
// `details` line kept and the code read), its 424 as a bad request, Amber's 429 without a body (its request id and
// `x-amzn-ErrorType` read from the headers), Duke Energy's IAM refusal kept and Green Grid Compass's `messages` item
// and `activityId`. No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// Measured again by the lead on the reader the sixty-eighth holdout taught (92ceb80, in the frozen copy /tmp/base69),
// as the holdout's first sight, since it was taken up after the sixty-eighth, without the case removed below:
// conformance: 12/15 pass, 5 sources (kind 14/15, message 12/15, fields 15/15, retry 15/15, logId 1/1, code 1/1), the
// same cases failing. Waits in `pending/` (6 December 2026): read now 14/15 (Opower's claim check and its report of
// another API's answer as developer text, since the holdout). Its miss: Opower's `error: "invalid token"` on a 403, a
// credential code only when read without its space (the kit reads text with spaces as no code), beside a JWT claim's
// name.
//
// Removed by the lead after the holdout was measured: amber-electric/too-many-requests-429-headers, the same capture
// (amberelectric/public-api#280) that cases/gateways-cdn.ts already scores as amazon-api-gateway/too-many-requests-
// headers-only; the figures of this file's header count it (it passed at first sight), the lead's figures do not.

export default [
  // ───────────────────────────── Datadis (Spanish DSOs' smart-meter data platform) ─────────────────────────────
  {
    id: 'datadis/internal-server-error-500',
    source: 'Datadis API (datadis.es)',
    url: 'https://github.com/uvejota/homeassistant-edata/issues/103',
    note: 'python-edata logged "https://datadis.es/api-private/api/get-consumption-data?cups=… returned {…} with code 500" (the body printed indented; the same body recurs in issues #131, #141 and #193 with "500 {…} at …"). No header shown. Kind: 500, server (rule 1; `error: "INTERNAL_SERVER_ERROR"` only restates the status). Message: "500 Internal Server Error" is the status and its reason phrase, no sentence (rule 2.1): the default. No code stated: the only code restates the status (rule 6 leaves doubt).',
    response: {
      status: 500,
      body: {
        status: 500,
        error: 'INTERNAL_SERVER_ERROR',
        message: '500 Internal Server Error',
        timestamp: '2022-08-11T12:10:44.091+0200',
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'datadis/jdbc-connection-500',
    source: 'Datadis API (datadis.es)',
    url: 'https://github.com/uvejota/homeassistant-edata/issues/103',
    note: 'The same thread, the reporter\'s second comment: "Alguna vez da este 500:" and the body (the same endpoint, the same client). Status: the comment\'s own "este 500", as the thread\'s log lines print it. Kind: 500, server (rule 1). Message: a Hibernate connection-pool failure with its exception class (`org.hibernate.exception.JDBCConnectionException`), a database behind the service and an exception name, developer text (rule 2.3): the default.',
    response: {
      status: 500,
      body: {
        status: 500,
        error: 'INTERNAL_SERVER_ERROR',
        message:
          'Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection',
        timestamp: '2022-08-11T07:07:31.153+0200',
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'datadis/query-already-made-24h-429-text',
    source: 'Datadis API (datadis.es)',
    url: 'https://github.com/uvejota/homeassistant-edata/issues/167',
    note: 'python-edata\'s connector logs a 429 as `"%s %s at %s", reply.status_code, reply.text, url` (uvejota/python-edata, edata/connectors/datadis.py): "429 Consulta ya realizada en las últimas 24 horas.  at https://datadis.es/api-private/api/get-consumption-data?…". The body is that text; the two spaces before "at" are the body\'s own trailing space and the format\'s, so one trailing space is kept (issue #116 prints the same text as "returned … with code 429" with the same double space). No header shown (none is added, Content-Type included). Kind: 429, rate-limited (rule 1). Message: a Spanish sentence sent as text on a 4xx is the message (rule 2.6): "Query already made in the last 24 hours". Retry: none; "en las últimas 24 horas" names the window the query was made in, not a wait (rule 4.4, as "every 12 hours" names a window).',
    response: { status: 429, body: 'Consulta ya realizada en las últimas 24 horas. ' },
    expect: { kind: 'rate-limited', message: 'Consulta ya realizada en las últimas 24 horas.' },
  },
  {
    id: 'datadis/no-authorized-supplies-403-text',
    source: 'Datadis API (datadis.es)',
    url: 'https://github.com/uvejota/homeassistant-edata/issues/226',
    note: 'python-edata\'s log, "403 No authorized supplies at https://datadis.es/api-private/api/get-supplies?authorizedNif=XXXXXXXXX&. Query temporary disabled. …" (the same "<status> <text> at <url>" format): the body is the text between the status and " at". eddie-energy/eddie#613 names the same message with "403 Forbidden" for this endpoint. No header shown. Kind: 403, forbidden (rule 1; no code). Message: a short line of a person\'s words sent as text on a 4xx, saying what was refused (no supply the user is authorized for), is the message (rule 2.6). Judgment call: three words with no verb; a reader could call it a label, but it names no key and no status.',
    response: { status: 403, body: 'No authorized supplies' },
    expect: { kind: 'forbidden', message: 'No authorized supplies' },
  },
  {
    id: 'datadis/nginx-bad-gateway-502-html',
    source: 'Datadis API (datadis.es)',
    url: 'https://github.com/uvejota/homeassistant-edata/issues/171',
    note: 'python-edata\'s log, "502 <html>…</html>\\n at https://datadis.es/api-private/api/get-max-power?…": nginx/1.22.1\'s stock 502 page. Line ends written as \\n (nginx sends CRLF; the log as pasted shows plain line breaks). No header shown. Kind: 502, unavailable (rule 1). Message: an HTML page gives no message (rule 2.5): the default.',
    response: {
      status: 502,
      body: '<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx/1.22.1</center>\n</body>\n</html>\n',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Oracle Utilities Opower ─────────────────────────────
  {
    id: 'opower/invalid-token-jwt-authority-403',
    source: 'Opower API (Oracle Utilities)',
    url: 'https://github.com/home-assistant/core/issues/140757',
    note: 'opower\'s ApiException for ConEd: "HTTP Error: 403 URL: https://cned.opower.com/ei/edge/apis/multi-account-v1/cws/cned/customers?… Status: 403 Response: {…}" (the description and a later comment print the same). No header shown. Kind: OAuth\'s `error` holds the code (rule 6), and "invalid token" read without case or separators is `invalid_token`, a credential code, which on a 403 makes the response unauthenticated (rule 1). Judgment call: the code is written with a space, as two words; read as words it would leave the 403 forbidden. Message: `error_description` (rule 2.2) is "jwtAuthority is not found.", a JWT claim\'s name in camel case starting the line, token internals (rule 2.3): the default. No code stated (the space leaves doubt whether the model keeps it as sent).',
    response: {
      status: 403,
      body: { error: 'invalid token', error_description: 'jwtAuthority is not found.' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'opower/no-active-accounts-403',
    source: 'Opower API (Oracle Utilities)',
    url: 'https://github.com/home-assistant/core/issues/144349',
    note: 'opower\'s ApiException for ConEd: "Failed setup, will retry: HTTP Error: 403 URL: https://cned.opower.com/ei/edge/apis/multi-account-v1/cws/cned/customers?… Status: 403 Response: {…}" (core#151432 prints the same body for National Grid MA, ngma.opower.com). No header shown. Kind: 403, forbidden (rule 1; "no active accounts" is no listed code). Message: OAuth-style `error_description` beats `error` (rule 2.2): "There are no active accounts", a sentence for the person. No code stated (a code written as three words).',
    response: {
      status: 403,
      body: { error: 'no active accounts', error_description: 'There are no active accounts' },
    },
    expect: { kind: 'forbidden', message: 'There are no active accounts' },
  },
  {
    id: 'opower/access-token-expired-or-invalid-401',
    source: 'Opower API (Oracle Utilities)',
    url: 'https://github.com/home-assistant/core/issues/145574',
    note: 'opower\'s ApiException for Portland General Electric (pgn.opower.com): "HTTP Error: 401 URL: … Status: 401 Response: {…}", in the issue\'s title and description. No header shown. Kind: 401, unauthenticated (rule 1). Message: `error_description` (rule 2.2), "The access token expired or invalid", a line naming the credential and what is wrong with it, which stays (rule 2.1, as Particle\'s "The access token provided is invalid." does). No code stated (written with a space).',
    response: {
      status: 401,
      body: { error: 'invalid token', error_description: 'The access token expired or invalid' },
    },
    expect: { kind: 'unauthenticated', message: 'The access token expired or invalid' },
  },
  {
    id: 'opower/claims-not-validated-401',
    source: 'Opower API (Oracle Utilities)',
    url: 'https://github.com/home-assistant/core/issues/145566',
    note: 'opower\'s ApiException for PG&E: "Failed setup, will retry: HTTP Error: 401 URL: https://pge.opower.com/ei/edge/apis/multi-account-v1/cws/pge/customers?… Status: 401 Response: {…}". No header shown. Kind: 401, unauthenticated (rule 1). Message: `details` is the only text; "Claims could not be validated: Not logged in web user." reports a token\'s claims check (rule 2.3, token internals, as the fifty-eighth holdout\'s "Failed to verify the query of Jwt." is): the default. Judgment call: the words after the colon say the user is not signed in, which a reader could keep as the 401\'s reason in other words; either way no sentence beyond the status. No code stated: `serviceErrorCode: "Unauthorized"` only restates the status.',
    response: {
      status: 401,
      body: {
        httpStatus: 401,
        serviceErrorCode: 'Unauthorized',
        details: 'Claims could not be validated: Not logged in web user.',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'opower/upstream-error-rated-costs-500',
    source: 'Opower API (Oracle Utilities)',
    url: 'https://github.com/home-assistant/core/issues/169223',
    note: 'opower\'s errors for ComEd (cec.opower.com, DataBrowser-v1 cost reads), quoted in a comment: "Error getting daily cost reads: HTTP Error: 500 URL: … Status: 500 Response: {…}" (the hourly read printed the same body); the account UUID is "<REDACTED>" as posted. No header shown. Kind: `serviceErrorCode: "UPSTREAM_ERROR"` is an outage\'s code, which names one on a 5xx (rule 1: "an `UPSTREAM_ERROR` on a 403" is the rule\'s own example of an outage code on a 4xx): unavailable. Judgment call: a reader could leave the 500 server, reading the code as a dependency\'s failure rather than an outage. Message: `details`, "Could not get rated costs and usages for utility account UUID: <REDACTED>", says what failed for this account in words a person can read (rule 2.1); kept. Code: `serviceErrorCode`, a code member by its shape (rule 6).',
    response: {
      status: 500,
      body: {
        error: {
          httpStatus: 500,
          serviceErrorCode: 'UPSTREAM_ERROR',
          details: 'Could not get rated costs and usages for utility account UUID: <REDACTED>',
        },
      },
    },
    expect: {
      kind: 'unavailable',
      message: 'Could not get rated costs and usages',
      code: 'UPSTREAM_ERROR',
    },
  },
  {
    id: 'opower/no-meter-asset-id-424',
    source: 'Opower API (Oracle Utilities)',
    url: 'https://github.com/tronikos/opower/issues/180',
    note: 'The opower library\'s own tracker: "Request: GET https://cned.opower.com/ei/edge/apis/cws-real-time-ami-v1/cws/cned/accounts/…/meters" and "Response (HTTP 424):" with the body (the uuid redacted as posted). No header shown. Kind: 424 Failed Dependency is a 4xx rule 1\'s table does not list and no code speaks: bad-request (rule 1, "any other 4xx"). Judgment call: the words say another system failed, but text never decides the kind. Message: the only text reports what another service answered ("An invalid response was received from EDAP API. …"), developer text (rule 2.3, as Blockfrost\'s "An unexpected response was received from the backend."): the default.',
    response: {
      status: 424,
      body: {
        error: {
          details: 'An invalid response was received from EDAP API. No meter asset ID returned. (<redacted uuid>)',
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Amber Electric public API ─────────────────────────────
  {
    id: 'amber-electric/internal-server-error-502',
    source: 'Amber Electric public API',
    url: 'https://github.com/amberelectric/public-api/issues/244',
    note: 'Amber\'s own public-api tracker: an evcc trace log, "[amber ] TRACE … GET https://api.amber.com.au/v1/sites/<redacted>/prices?resolution=30&endDate=2025-05-09", then the body, then "ERROR … unexpected status: 502 (Bad Gateway)". No header shown. Kind: 502, unavailable (rule 1). Message: "Internal server error", Amazon API Gateway\'s stock line, says no more than a status (rule 2.1, as the corpus reads it elsewhere): the default.',
    response: { status: 502, body: { message: 'Internal server error' } },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Duke Energy customer API ─────────────────────────────
  {
    id: 'duke-energy/explicit-deny-403',
    source: 'Duke Energy customer API (api-v2.cma.duke-energy.app)',
    url: 'https://github.com/hunterjm/ha-dukeenergy/issues/18',
    note: 'aiodukeenergy\'s debug log: "Duke Energy token exchange failed: 403 - {…}" (its format is `f"…failed: {response.status} - {text}"`, shown in issue #62\'s traceback). No header shown. Kind: 403, forbidden (rule 1; no code). Message: Amazon API Gateway\'s authorizer refusal, a sentence saying what was refused, kept as the corpus keeps Unifonic\'s shorter "… with an explicit deny" (rule 2.1). Judgment call: "in an identity-based policy" is IAM\'s wording; the line is still the refusal\'s own sentence.',
    response: {
      status: 403,
      body: {
        Message: 'User is not authorized to access this resource with an explicit deny in an identity-based policy',
      },
    },
    expect: { kind: 'forbidden', message: 'User is not authorized to access this resource' },
  },
  {
    id: 'duke-energy/akamai-access-denied-403-html',
    source: 'Duke Energy customer API (api-v2.cma.duke-energy.app)',
    url: 'https://github.com/hunterjm/ha-dukeenergy/issues/62',
    note: 'aiodukeenergy\'s exception in a comment: "Duke Energy token exchange failed: 403 - <HTML>…</HTML>", quoted with "> " before each line (removed); the blank line inside holds one space as pasted. Akamai\'s edge page in front of the API (issue #59 names it). No header shown. Kind: 403, forbidden (rule 1). Message: an HTML page gives no message (rule 2.5): the default. logId not stated: the "Reference #18.8ac…" sits in the page\'s markup, which rule 5\'s text-labelled ids do not clearly reach.',
    response: {
      status: 403,
      body: '<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don\'t have permission to access "http&#58;&#47;&#47;api&#45;v2&#46;cma&#46;duke&#45;energy&#46;app&#47;login&#47;auth&#45;token" on this server.<P>\nReference&#32;&#35;18&#46;8ac04c68&#46;1790022959&#46;6abeb478\n<P>https&#58;&#47;&#47;errors&#46;edgesuite&#46;net&#47;18&#46;8ac04c68&#46;1790022959&#46;6abeb478</P>\n</BODY>\n</HTML>\n',
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },

  // ───────────────────────────── Green Grid Compass (TraXes CO2 intensity forecast) ─────────────────────────────
  {
    id: 'green-grid-compass/url-not-subscribed-403',
    source: 'Green Grid Compass API (TraXes)',
    url: 'https://github.com/evcc-io/evcc/issues/31282',
    note: "evcc's trace log in a comment: \"[tariff] TRACE … GET https://explore.traxes.io/greengrid-compass/v1/co2-intensity-forecast?zone=DE_LU&…\", then the body; the issue's description gives \"unexpected status: 403 (Forbidden)\" for the same GET. `\\u0027` in the logged JSON is an apostrophe. No header shown. Kind: 403, forbidden (rule 1; the item's `code` is null). Message: the lone item's `text` (a lone form-level sentence in the error's list, rule 2.2), \"Request url doesn't match any subscribed service.\", says what was refused. Judgment call: it names the request URL, which a reader could take for the developer's. logId: `activityId` is a support id by its shape (rule 5).",
    response: {
      status: 403,
      body: {
        activityId: '0HNMG6HB0P857:0000000C',
        messages: [{ code: null, text: "Request url doesn't match any subscribed service." }],
      },
    },
    expect: {
      kind: 'forbidden',
      message: "Request url doesn't match any subscribed service.",
      logId: '0HNMG6HB0P857:0000000C',
    },
  },
] satisfies ConformanceCase[];
