import { DEFAULT, type ConformanceCase } from '../types';

// Forty-third unseen-API holdout, part C (2 January 2027): weather, forecast, lightning, pollen and
// environmental-sensor APIs, and personal weather stations' clouds, that no other case file uses: openSenseMap (the
// senseBox citizen-sensor platform), the personal-weather-station upload services of Weather Underground, PWSweather,
// the Met Office's WOW (Weather Observations Website), AWEKAS and Windy, New Zealand's MetService API Platform, and
// the Awair indoor-air-quality Developer API, collected to measure how the reader does at first sight on APIs it was
// never tuned on. Every body was copied from the public material named in `url` and `note`: openSenseMap's own apidoc
// output (`api_data.js` in its server repository, which prints "HTTP/1.1 403 Forbidden" above the body), weewx's
// `restful.md` (the weewx developers' record of what each station-upload service answered them, "checked 5-Mar-2019",
// "6-Mar-2019" and "19 April 2019": status code and body, per service and failure), MetService's "Error Handling"
// page (status and example body per error type), and python_awair's vcrpy cassettes recorded against
// developer-apis.awair.is (status, headers and body as the recorder stored them). Headers were copied only where the
// source shows them (the Awair cassettes; Content-Length left out); none was added anywhere else. Every `expect` was
// written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Visual Crossing, Meteostat, MET Norway (api.met.no) and Xweather/AerisWeather (their pages
// and docs repositories give status tables, or a 4xx's description, never an error body in what the index stores;
// MET Norway's docs say a 400 comes "formatted as HTML" without printing it), Meteomatics, Stormglass, Weatherstack,
// Ambee, Meteoblue, WeatherLink v2 (its docs repository prints success bodies and rate-limit tables only), Met Office
// DataHub, Apple WeatherKit, Airly, DMI, BOM (api.weather.bom.gov.au: issues paste success bodies only) and
// Environment Canada's GeoMet (issues paste other servers' WMS exceptions) — nothing with a status found within the
// cap; Ecowitt (`{ code: 40010, msg: "Illegal Application_Key Parameter" }` appears only in clients' mocks and error
// tables written by their authors, never a recording or a vendor page with the body); openSenseMap's other errors
// (its server tests assert the status and the `message` member only, so the rest of each body is not shown); a
// PWSweather "bad password" page (a near-duplicate of the bad station id case kept); Awair's old GraphQL rate-limit
// body (`tests/fixtures/ratelimit_response.json`: no status beside it). Sources already in the corpus were skipped
// (OpenWeatherMap, WeatherAPI.com, Tomorrow.io, AccuWeather, The Weather Company's api.weather.com, Open-Meteo, Pirate
// Weather, Weatherbit, NWS, KNMI, Météo-France DPClim, AEMET, FMI, Yandex Weather, QWeather, MeteoGroup, OpenUV,
// PurpleAir, Netatmo, Ambient Weather, IQAir, OpenAQ, AirNow). Weather Underground's upload endpoint
// (weatherstation.wunderground.com) is taken as a product apart from The Weather Company's api.weather.com, which the
// corpus holds; a judgment call. No non-English body but AWEKAS's German line, and no rate-limit header, turned up;
// the part holds 17 cases from 8 sources, under the brief's aim of 25, because most of the 46 look-ups spent found
// status tables without bodies.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-02-c`, on 4e137ad, src/ unchanged: in the frozen copy /tmp/base43): 15/17 pass, 8 sources
// (kind 17/17, message 15/17, fields 17/17, retry 17/17, logId 0/0, code 1/1). Failing at first sight:
// metoffice-wow/post-too-soon-429-text (message "The custom error module does not recognize this error.": IIS's report
// on its own error module kept as the person's sentence, where the case reads it as infrastructure text, rule 2.3;
// a judgment call the note names, rule 2.6 keeping a sentence sent as text on a 4xx);
// awekas/user-password-error-200-text-de (message "Benutzer/Passwort Fehler": a German category line, "user/password
// error", kept where rule 2.1 reads category lines such as "Authorization Error" as generic; a judgment call the note
// names). Every other case passed as written, including the judgment calls on openSenseMap's `NotAuthorized` on a 403
// (forbidden) and "ApiKey is invalid or missing" (kept), the PWSweather HTML pages on a 200 (unknown, the default),
// AWEKAS's throttling line on a 200 (unknown), Windy's "Invalid API key" (kept, bad-request), MetService's
// `invalid_params` (the field `from`) and Awair's Akka HTTP lines (the sentence before the colon; the stock 404
// sentence kept). No expectation was changed after the run (Prettier's quoting of one note was applied before it).

// Scored in `cases/` the stop it was collected (6 December), at 16/17 (IIS's "The custom error module does not
// recognize this error." is developer text since). Still missed: AWEKAS's German "Benutzer/Passwort Fehler", a category
// line ("user/password error") no language table of the reader names.

export default [
  // ───────────────────────────── openSenseMap ─────────────────────────────
  {
    id: 'opensensemap/apikey-invalid-or-missing-403',
    source: 'openSenseMap API',
    url: 'sensebox/openSenseMap-API/api_data.js@00ad70acde8f9dbca8f24fe4c2c285b61fb4f5a1',
    note: 'openSenseMap\'s apidoc output prints this "Error-Response" for deleteBox, getScript, updateBox and validApiKey as `HTTP/1.1 403 Forbidden` followed by the body (a restify error). No header shown. Kind: 403; `NotAuthorized` rewords the 401\'s reason phrase where the status says Forbidden, which rule 1 reads as forbidden (Polygon\'s `NOT_AUTHORIZED` on a 403); the other reading takes it for a credential code (the key is invalid or missing) and gives unauthenticated. Message: "ApiKey is invalid or missing" says what is wrong with the credential, kept as the corpus keeps "Invalid token" (judgment call: a line that names only what is invalid could be read as the default). Code: `NotAuthorized`, the explicit `code` member (rule 6).',
    response: { status: 403, body: { code: 'NotAuthorized', message: 'ApiKey is invalid or missing' } },
    expect: { kind: 'forbidden', message: 'ApiKey is invalid or missing', code: 'NotAuthorized' },
  },

  // ───────────────────────────── Weather Underground PWS upload ─────────────────────────────
  {
    id: 'wunderground-upload/bad-station-or-password-401-text',
    source: 'Weather Underground PWS upload (weatherstation.wunderground.com)',
    url: 'weewx/weewx/bin/weewx/tests/restful.md@2c352916207f209564aa58c7ee19f947026ec549',
    note: 'weewx\'s record of the services it posts to, "Wunderground (checked 5-Mar-2019)": "If either the station ID, or the password is bad, it responds with a code of 401, and a response body of `unauthorized`." No header shown. Kind: 401, unauthenticated. Message: the lone word restates the 401 (rule 2.1): the default. No code stated (a lowercase word sent as text).',
    response: { status: 401, body: 'unauthorized' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'wunderground-upload/garbled-date-400-text',
    source: 'Weather Underground PWS upload (weatherstation.wunderground.com)',
    url: 'weewx/weewx/bin/weewx/tests/restful.md@2c352916207f209564aa58c7ee19f947026ec549',
    note: 'The same record: "If the GET statement is malformed (for example, the date is garbled), it responds with a code of 400, and a response body of `bad request`." No header shown. Kind: a 400 without code or fields: bad-request. Message: the reason phrase in lower case (rule 2.1): the default.',
    response: { status: 400, body: 'bad request' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── PWSweather ─────────────────────────────
  {
    id: 'pwsweather/bad-station-id-200-html',
    source: 'PWSweather',
    url: 'weewx/weewx/bin/weewx/tests/restful.md@2c352916207f209564aa58c7ee19f947026ec549',
    note: 'weewx\'s record, "PWS (checked 6-Mar-2019)": "If a bad station ID is given, it responds with a code of 200, and a response body with the following" — an HTML page that stops after its error line (the record prints no closing tags; the three spaces of Markdown list indentation before each line are left out, the title\'s own indentation kept; "vailid" is the service\'s spelling). No header shown. Kind: a 200 whose only word of failure is text in a page: unknown (rule 1: text never decides; a 2xx with nothing that says what failed). Message: an HTML page gives no message (rule 2.5): the default.',
    response: {
      status: 200,
      body: '<html>\n<head>\n    <title>PWS Weather Station Update</title>\n</head>\n<body>\nERROR: Not a vailid Station ID\n',
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'pwsweather/garbled-date-200-html',
    source: 'PWSweather',
    url: 'weewx/weewx/bin/weewx/tests/restful.md@2c352916207f209564aa58c7ee19f947026ec549',
    note: 'The same record: "If the date is garbled, it responds with a code of 200, and a response body with the following" (Markdown list indentation left out). No header shown. Kind: unknown (a 2xx; the page\'s text never decides, rule 1). Message: an HTML page (rule 2.5): the default, though its text names the parameter and its format.',
    response: {
      status: 200,
      body: '<html>\n<head>\n    <title>PWS Weather Station Update</title>\n</head>\n<body>\ndateutc parameter is not in proper format: YYYY-MM-DD HH:ii:ss<br>\nData parameters invalid, NOT logged.\n\n</body>\n</html>\n',
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },

  // ───────────────────────────── Met Office WOW ─────────────────────────────
  {
    id: 'metoffice-wow/bad-password-403-text',
    source: 'Met Office WOW (Weather Observations Website)',
    url: 'weewx/weewx/bin/weewx/tests/restful.md@2c352916207f209564aa58c7ee19f947026ec549',
    note: 'weewx\'s record, "WOW (checked 6-Mar-2019)": "If a valid station ID is given, but a bad password, it responds with a code of 403, and a response body with the following" (IIS\'s stock 403 text). No header shown. Kind: 403, forbidden (a wrong password on a 403 with no code: the status decides, rule 1). Message: a sentence sent as text on a 4xx (rule 2.6); kept. Judgment call: it is the web server\'s stock page text, which a reader could take for type-level text and give the default.',
    response: { status: 403, body: 'You do not have permission to view this directory or page.' },
    expect: { kind: 'forbidden', message: 'You do not have permission to view this directory or page' },
  },
  {
    id: 'metoffice-wow/garbled-get-400-text',
    source: 'Met Office WOW (Weather Observations Website)',
    url: 'weewx/weewx/bin/weewx/tests/restful.md@2c352916207f209564aa58c7ee19f947026ec549',
    note: 'The same record: "If the GET is garbled (e.g., a bad date), it responds with code 400, and response body with the following: Bad Request". No header shown. Kind: bad-request. Message: the bare reason phrase (rule 2.1): the default.',
    response: { status: 400, body: 'Bad Request' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'metoffice-wow/post-too-soon-429-text',
    source: 'Met Office WOW (Weather Observations Website)',
    url: 'weewx/weewx/bin/weewx/tests/restful.md@2c352916207f209564aa58c7ee19f947026ec549',
    note: 'The same record: "If a post is done too soon … it responds with code 429 (\\"Too many requests\\"), and a response body with the following: The custom error module does not recognize this error." No header shown. Kind: 429, rate-limited. Message: IIS\'s report that its custom-error module has no page for this status says nothing of the failure and describes the server\'s own machinery, read as infrastructure text (rule 2.3): the default. Judgment call: rule 2.6 keeps a sentence sent as text on a 4xx, and a reader holding to it would expect this line. Retry: none (no header, no wait in the text).',
    response: { status: 429, body: 'The custom error module does not recognize this error.' },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },

  // ───────────────────────────── AWEKAS ─────────────────────────────
  {
    id: 'awekas/user-password-error-200-text-de',
    source: 'AWEKAS',
    url: 'weewx/weewx/bin/weewx/tests/restful.md@2c352916207f209564aa58c7ee19f947026ec549',
    note: 'weewx\'s record, "AWEKAS (checked 6-Mar-2019)": "If a bad user ID or password is given, it responds with a code of 200, and a response body with the following: Benutzer/Passwort Fehler" (German, "user/password error"). No header shown. Kind: a 200 with no code and no status in the body: unknown (rule 1: text never decides). Message: a category line ("User/password error", as "Authorization Error" and "Login failure" are, rule 2.1): the default. Judgment call: a reader could keep it as the only words the service sent.',
    response: { status: 200, body: 'Benutzer/Passwort Fehler' },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'awekas/too-many-requests-200-text',
    source: 'AWEKAS',
    url: 'weewx/weewx/bin/weewx/tests/restful.md@2c352916207f209564aa58c7ee19f947026ec549',
    note: 'The same record: "If a post is done too soon, it responds with a code of 200, and a response body with the following: too many requests - try again later " (the trailing space as printed). No header shown. Kind: a 200 whose text alone says it was throttled: unknown (rule 1: text never decides; no code, no header). Message: a reason phrase before " - " and a plea to wait says no more (rule 2.1, the thirtieth holdout\'s row): the default. Retry: "later" names no wait (rule 4.4).',
    response: { status: 200, body: 'too many requests - try again later ' },
    expect: { kind: 'unknown', message: DEFAULT },
  },

  // ───────────────────────────── Windy stations ─────────────────────────────
  {
    id: 'windy-stations/invalid-api-key-400-text',
    source: 'Windy stations API',
    url: 'weewx/weewx/bin/weewx/tests/restful.md@2c352916207f209564aa58c7ee19f947026ec549',
    note: 'weewx\'s record, "Windy (checked 19 April 2019)": "If a bad API key is given, it responds with a code of 400, and a response body with the following: Invalid API key". No header shown. Kind: a 400 without code (text never decides, rule 1): bad-request, though the text names a credential. Message: a line sent as text on a 4xx (rule 2.6), kept as the corpus keeps "Invalid token" and "Invalid credentials"; judgment call: a line that names only what is invalid could be read as the default.',
    response: { status: 400, body: 'Invalid API key' },
    expect: { kind: 'bad-request', message: 'Invalid API key' },
  },
  {
    id: 'windy-stations/garbled-json-500-text',
    source: 'Windy stations API',
    url: 'weewx/weewx/bin/weewx/tests/restful.md@2c352916207f209564aa58c7ee19f947026ec549',
    note: 'The same record: "If the JSON payload is garbled, it responds with a code of 500, and a response body with the following: We are sorry, but something broke." No header shown. Kind: 500, server. Message: plain text on a 5xx is the default (rule 2.6), and the line is generic besides ("Something went wrong", rule 2.1).',
    response: { status: 500, body: 'We are sorry, but something broke.' },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── MetService ─────────────────────────────
  {
    id: 'metservice/invalid-parameters-400-problem',
    source: 'MetService API Platform',
    url: 'https://developer.metservice.com/docs/error-handling',
    note: 'MetService\'s "Error Handling" page, "Invalid Parameters — Status Code: 400 Bad Request", prints this RFC 9457 body as its example. No header shown. Kind: a 400 that carries a field error: validation (rule 1). Fields: `invalid_params` items name their field in `name` and say what is wrong in `reason` (rule 3: a list of items with a path-like and a message-like member, under any name): `from`. Message: `detail` only says some parameters failed validation (rule 2.1), and `title` is a category: the default. No logId: `instance` is a path, not a token (rule 5). No code stated: the problem `type` is a relative path whose reading as a code (whole, or its last segment) the rules leave in doubt (rule 6).',
    response: {
      status: 400,
      body: {
        type: '/error-handling/invalid-parameters',
        title: 'Invalid Parameters',
        status: 400,
        detail: 'One or more request parameters failed validation.',
        instance: '/point/SNZ123456?from=yesterday',
        invalid_params: [{ name: 'from', reason: 'must be a valid ISO 8601 date-time' }],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['from', 'must be a valid ISO 8601 date-time']] },
  },
  {
    id: 'metservice/unauthorized-401-problem',
    source: 'MetService API Platform',
    url: 'https://developer.metservice.com/docs/error-handling',
    note: 'The same page, "Unauthorized — Status Code: 401 Unauthorized", example response. No header shown. Kind: 401, unauthenticated. Message: `detail`, the occurrence\'s sentence, over the reason phrase in `title` (rule 2.2). No code stated (the `type` path, rule 6).',
    response: {
      status: 401,
      body: {
        type: '/error-handling/unauthorized',
        title: 'Unauthorized',
        status: 401,
        detail: "A valid API key was not provided in the 'apikey' header.",
      },
    },
    expect: { kind: 'unauthenticated', message: 'A valid API key was not provided' },
  },

  // ───────────────────────────── Awair Developer API ─────────────────────────────
  {
    id: 'awair/supplied-authentication-invalid-401-text',
    source: 'Awair Developer API',
    url: 'ahayworth/python_awair/tests/fixtures/cassettes/bad_auth.yaml@5577fea66e4d81fe66e9097118e90827670042c1',
    note: 'A vcrpy cassette python_awair recorded against `GET https://developer-apis.awair.is/v1/users/self` with a fake token: status 401 Unauthorized, the headers as recorded (Content-Length left out), and a text body. Kind: 401, unauthenticated. Message: a sentence sent as text on a 4xx (rule 2.6). No retry, no support id among the headers.',
    response: {
      status: 401,
      headers: {
        'Alt-Svc': 'clear',
        'Content-Type': 'text/plain; charset=UTF-8',
        Date: 'Thu, 09 Apr 2020 23:18:43 GMT',
        Server: 'akka-http/10.1.1',
        Via: '1.1 google',
        'WWW-Authenticate': 'Bearer realm="developer-apis"',
      },
      body: 'The supplied authentication is invalid',
    },
    expect: { kind: 'unauthenticated', message: 'The supplied authentication is invalid' },
  },
  {
    id: 'awair/malformed-query-parameter-400-text',
    source: 'Awair Developer API',
    url: 'ahayworth/python_awair/tests/fixtures/cassettes/bad_params.yaml@248d05b3e7342998273df5e4adebf81c1c02f80d',
    note: "A cassette recorded against `…/air-data/latest?fahrenheit=451`: status 400 Bad Request, the headers as recorded (Content-Length 82 left out; the YAML's folded single-quoted string decodes to two lines joined by one newline, 82 characters, matching it). Akka HTTP's rejection text. Kind: a 400 without code or structured fields: bad-request (rule 1; the parameter is named only in text, which rule 3 does not read). Message: the sentence before the colon; what follows is the boolean unmarshaller's report, developer text (rule 2.3, as a parser's report after a sentence). Judgment call: a reader could keep the whole text, or read all of it as a framework's report and give the default.",
    response: {
      status: 400,
      headers: {
        'Alt-Svc': 'clear',
        'Content-Type': 'text/plain; charset=UTF-8',
        Date: 'Thu, 09 Apr 2020 23:18:44 GMT',
        Server: 'akka-http/10.1.1',
        Via: '1.1 google',
      },
      body: "The query parameter 'fahrenheit' was malformed:\n'451' is not a valid Boolean value",
    },
    expect: { kind: 'bad-request', message: "The query parameter 'fahrenheit' was malformed" },
  },
  {
    id: 'awair/requested-resource-not-found-404-text',
    source: 'Awair Developer API',
    url: 'ahayworth/python_awair/tests/fixtures/cassettes/not_found.yaml@248d05b3e7342998273df5e4adebf81c1c02f80d',
    note: 'A cassette recorded against `GET https://developer-apis.awair.is/v1/users/self/devicesxyz`: status 404 Not Found, the headers as recorded (Content-Length left out). Kind: 404, not-found. Message: Akka HTTP\'s stock sentence, more than the bare reason phrase (rule 2.1, as "Resource not found" is kept); judgment call: type-level text a reader could read as restating the status.',
    response: {
      status: 404,
      headers: {
        'Alt-Svc': 'clear',
        'Content-Type': 'text/plain; charset=UTF-8',
        Date: 'Thu, 09 Apr 2020 23:18:44 GMT',
        Server: 'akka-http/10.1.1',
        Via: '1.1 google',
      },
      body: 'The requested resource could not be found.',
    },
    expect: { kind: 'not-found', message: 'The requested resource could not be found' },
  },
] satisfies ConformanceCase[];
