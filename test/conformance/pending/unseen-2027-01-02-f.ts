import { DEFAULT, type ConformanceCase } from '../types';

// Forty-third unseen-API holdout, part F (2 January 2027): rail, public-transport and journey-planner APIs (national
// railways, city transit, open transport data) that no other case file uses: the NS API (Nederlandse Spoorwegen),
// opentransportdata.swiss (the Swiss platform's OJP 2.0 endpoint behind Tyk), Yandex Schedules (Яндекс.Расписания),
// Île-de-France Mobilités, the Horaires RATP API (api-ratp.pierre-grimaud.fr), the Swiss public transport API
// (transport.opendata.ch), WMATA, vbb-rest (bvg.transport.rest), Trenitalia's ViaggiaTreno, Mobiliteit.lu (HaCon's
// HAFAS ReST) and TransitKit (a REST API over Transport for NSW), collected to measure how the reader does at first
// sight on APIs it was never tuned on. Every body was copied from the public material named in `url` and `note`: public
// issues that paste a captured response (NS, Île-de-France Mobilités, Horaires RATP, WMATA, vbb-rest, ViaggiaTreno),
// the platform's own SDK documentation that prints curl output (opentransportdata.swiss, with its headers), the
// vendors' reference pages that print an error body beside its status or in a table of statuses (Yandex Schedules,
// TransitKit), a user's documentation of Mobiliteit.lu that prints a sample error and HaCon's table of statuses, and
// the service's own server code, which writes a text body with its status (transport.opendata.ch's `web/api.php`).
// Where the status is not printed beside the body, the note says where it came from (the body's own status member, the
// issue's title, the text's own "Error 404", the gateway vendor's list of its errors for Tyk's 403, a table of codes).
// Two bodies were transcribed with a mending the notes name: Yandex's `request` URL, wrapped over three lines inside a
// JSON string on the page, joined. Headers: only opentransportdata.swiss's page prints any, copied as shown but for
// Content-Length; no header was added anywhere. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: the brief's candidates already in the corpus (db-rest (transport.rest), iRail, Deutsche
// Bahn's mobile backend (Besser-Bahn's 429 with `Retry-After: 18`, already a case), TfL, Navitia (and so SNCF), MBTA,
// Digitransit, Trafiklab ResRobot, Trafikverket, OpenTripPlanner (Entur's Transmodel error bodies in OTP's pull
// requests are OTP's)), and the candidates absent from it for which no body with a status turned up within the cap:
// Entur (its rate-limiting pages print quota headers of a normal answer, no 429 body; home-assistant's log shows only
// the 429 status), Ruter (a graphql-request error printed around Entur's answer, its body not told apart from the
// client's additions), ÖBB and the HAFAS mgate endpoints (NMBS's `svcResL` error with `H890` pasted in iRail#338
// without a status; hafas-client's own error objects), Rejseplanen (a client's table of error codes only), VBB
// (v6.vbb's "direction must be an IBNR" quoted without its shape), MVG (only an HTML page and a 404 without body),
// Transport for NSW (its docs say errors come as JSON but print none; TransitKit's page says TfNSW answers errors with
// 200 and `systemMessages`, not shown), PTV Victoria (only signature docs), Translink (client code), Transport for
// Ireland (NTA's GTFS-R behind Azure API Management: no capture found), PRIM (the IDFM capture kept is the older web
// API's Kong gateway; PRIM's own answers were not found), RATP's own API (only the third-party Horaires RATP API kept),
// Renfe, Amtrak, BART (only success fixtures), CTA (Bus Tracker's `bustime-response.error` bodies pasted in a scraper's
// docstring without a status; the 200 beside them is a test author's mock), MTA, 511.org (a rate-limit message
// described, not pasted), Golemio, Transitland, OneBusAway, LTA DataMall (an Apigee RaiseFault without a status),
// TransportAPI (UK; the text of its 403 quoted without its shape or status), transport.opendata.ch's pasted JSON
// `errors` bodies (without the status they came with, as part C of the thirtieth holdout found) and its "Rate limit of
// 300 requests per minute exceeded" (quoted, shape unknown), opentransportdata.swiss's "Object reference not set to an
// instance of an object." body (no status printed), Trenitalia's lefrecce.it `label.generic.error` body (no status),
// Île-de-France Mobilités' older `api-iv` body (per-section `statusCode`s, the response's own status not shown), and
// v6.bvg.transport.rest's 503 (the `details` body came from hafas-client, not the REST API). The part holds 17 cases
// from 11 sources, under the brief's aim of 25, because most captures in this domain show a status or a body but not
// both; 57 of the 70 look-ups were spent. No 429 with headers, no XML body and no field-bound validation error turned
// up with a status; plain-text bodies (transport.opendata.ch, ViaggiaTreno), an HTML page, Dutch and Russian bodies
// did.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-02-f`, on 4e137ad, src/ unchanged: in the frozen copy /tmp/base43, copied to /tmp/base43-f):
// 11/17 pass, 11 sources (kind 15/17, message 13/17, fields 17/17, retry 17/17, logId 3/3, code 5/5). Failing at first
// sight: ns-api/api-key-not-allowed-door-to-door-400 (bad-request: the lone item's `type`
// `API_KEY_NOT_ALLOWED_TO_PLAN_DOOR_TO_DOOR` not read as a permission code that outranks a 400, rule 1; a judgment call
// the note names, the code being in no list); mobiliteit-lu/hafas-rest-api-param-id-missing-400 (bad-request:
// `API_PARAM` not read as a parameter's code once the API's name is dropped, rule 1; a judgment call the note names);
// opentransportdata-swiss/ojp-invalid-xml-problem-400 (message "An error occurred while deserializing input data.", a
// report that the request body could not be read, developer text under rule 2.3, kept from under the empty key);
// yandex-rasp/from-and-to-required-400 (message "Нужно указать from и to", a line naming only which parameters are
// missing, generic under rule 2.1; a judgment call the note names); transport-opendata-ch/invalid-value-for-parameter-
// limit-text-400 (message "Invalid value for Parameter `limit`.", generic under rule 2.1 as "Invalid value for
// parameter: amount" is); bvg-transport-rest/hci-service-request-failed-502 (message "VBB error: HCI Service: request
// failed", the upstream HAFAS service's failure, developer text under rule 2.3; a judgment call the note names). Every
// other case passed as written, including the judgment calls on Tyk's 403, the HTML page under a JSON Content-Type,
// ViaggiaTreno's two RESTEasy lines after "Error 404: ", "Invalid via count (max 5 allowed)", TransitKit's
// `INVALID_STOP` (validation) and Mobiliteit.lu's `default-request-id` (the support id). No expectation was changed
// after the run (Prettier's quote style was applied before it; the header's case count was corrected from 18 to 17
// after it, a miscount of mine, no expectation).

// Waits in `pending/`: 15/17 now (NS's `API_KEY_NOT_ALLOWED_TO_PLAN_DOOR_TO_DOOR` refuses, HAFAS's `API_PARAM` is a
// parameter's code, "Invalid value for Parameter `limit`." is generic and OJP's "… while deserializing input data."
// developer text, since). Its misses are read both ways in the corpus: Yandex's "Нужно указать from и to" (a line
// naming only the missing inputs) and vbb-rest's "VBB error: HCI Service: request failed" (an upstream's report).

export default [
  // ───────────────────────────── NS (Nederlandse Spoorwegen) API ─────────────────────────────
  {
    id: 'ns-api/api-key-not-allowed-door-to-door-400',
    source: 'NS API (Nederlandse Spoorwegen)',
    url: 'https://github.com/fvdm/nodejs-ns-api/issues/26',
    note: "The issue \"Response error: API_KEY_NOT_ALLOWED_TO_PLAN_DOOR_TO_DOOR\" pastes this answer of `gateway.apiportal.ns.nl` to `/api/v3/trips` (reisinformatie-api). Status: the body's own `code` (400); no status line was printed. No header shown. Kind: the lone item's `type` `API_KEY_NOT_ALLOWED_TO_PLAN_DOOR_TO_DOOR` says the (valid) key is not permitted for this product, a permission code that outranks a 400 (rule 1: `access_denied`, `permission_denied`, `insufficient_scope`); judgment call, the code is not in the table's list and a reader keeping to the list would say bad-request (a 400 without fields). Message: the envelope's `message` \"Bad Request\" is the reason phrase; the lone item's Dutch sentence speaks for the envelope (rule 2.2, a lone form-level sentence in the error's list); the trailing emoji is part of the string. Code: the lone item's `type`, the only code-shaped member (the numeric `code` restates the status, rule 6). logId: `requestId` (rule 5).",
    response: {
      status: 400,
      body: {
        timestamp: '2021-05-08T08:27:36+0000',
        path: '/api/v3/trips',
        message: 'Bad Request',
        requestId: '6bbad54b-db8c-43e0-8f33-844f3eec3dc6',
        code: 400,
        errors: [
          {
            message: 'Met deze API key mogen geen deur-tot-deur adviezen opgevraagd worden 🙁',
            type: 'API_KEY_NOT_ALLOWED_TO_PLAN_DOOR_TO_DOOR',
            lang: 'nl',
          },
        ],
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'Met deze API key mogen geen deur-tot-deur adviezen opgevraagd worden',
      code: 'API_KEY_NOT_ALLOWED_TO_PLAN_DOOR_TO_DOOR',
      logId: '6bbad54b-db8c-43e0-8f33-844f3eec3dc6',
    },
  },

  // ───────────────────────────── opentransportdata.swiss (OJP 2.0) ─────────────────────────────
  {
    id: 'opentransportdata-swiss/ojp-invalid-token-tyk-403',
    source: 'opentransportdata.swiss API (OJP 2.0)',
    url: 'openTdataCH/ojp-sdk/documentation/api_errors.md@0c6f06cff007509c8547044affca7255eadf1e08',
    note: 'The OJP SDK\'s "API Errors" page (openTdataCH, the platform\'s own organisation), "1.1 Invalid Authorization": `curl -X POST https://api.opentransportdata.swiss/ojp20 -H \'Authorization: Bearer invalid_token\'` and the response headers and body it printed. Status: not printed; the API gateway is Tyk (`X-Generator: tyk.io`), whose staff list "Access to this API has been disallowed" as its 403 (community.tyk.io "Tyk standard error codes"), as the corpus\'s KNMI capture of the same Tyk text shows (judgment call: Tyk\'s own error table also lists the text under 400, for a key without access to an API version). Headers: copied as printed but for Content-Length (left out). Kind: 403, forbidden (rule 1). Message: a sentence (rule 2). No code, no logId.',
    response: {
      status: 403,
      headers: {
        'Content-Type': 'application/json',
        Vary: 'Origin',
        'X-Generator': 'tyk.io',
        Date: 'Thu, 18 Apr 2024 13:32:01 GMT',
        'Strict-Transport-Security': 'max-age=21600000',
      },
      body: { error: 'Access to this API has been disallowed' },
    },
    expect: { kind: 'forbidden', message: 'Access to this API has been disallowed' },
  },
  {
    id: 'opentransportdata-swiss/ojp-unknown-endpoint-nginx-html-404',
    source: 'opentransportdata.swiss API (OJP 2.0)',
    url: 'openTdataCH/ojp-sdk/documentation/api_errors.md@0c6f06cff007509c8547044affca7255eadf1e08',
    note: 'The same page, "1.2 Invalid Endpoint": `curl -X GET https://api.opentransportdata.swiss/ojp20-foo`. Status: not printed beside it; the page\'s own HTML title and heading say "404 Not Found". Headers: copied as printed but for Content-Length (left out); the page prints the same headers as for 1.1 (`Content-Type: application/json` above an nginx HTML page, the same Date), possibly pasted from there, which the case keeps as shown. Kind: 404, not-found. Message: an HTML error page gives no message (rule 2.5), whatever the Content-Type claims: the default. No code, no logId.',
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json',
        Vary: 'Origin',
        'X-Generator': 'tyk.io',
        Date: 'Thu, 18 Apr 2024 13:32:01 GMT',
        'Strict-Transport-Security': 'max-age=21600000',
      },
      body: '<html>\n\n<head>\n    <title>404 Not Found</title>\n</head>\n\n<body>\n    <center>\n        <h1>404 Not Found</h1>\n    </center>\n    <hr>\n    <center>nginx/1.20.2</center>\n</body>\n\n</html>',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'opentransportdata-swiss/ojp-invalid-xml-problem-400',
    source: 'opentransportdata.swiss API (OJP 2.0)',
    url: 'openTdataCH/ojp-sdk/documentation/api_errors.md@0c6f06cff007509c8547044affca7255eadf1e08',
    note: 'The same page, "2.1 Invalid Request XML": the answer to a malformed OJP request XML, an ASP.NET Core validation problem. Status: the body\'s own `status` (400). No header printed with it. Kind: a 400 whose only error sits under the empty key `""`, which names no field (form-level), and is one line, not a list: bad-request (rule 1). Message: the title "One or more validation errors occurred." is generic (rule 2.1), and "An error occurred while deserializing input data." reports a body the server could not read, developer text (rule 2.3): the default. Fields: none (the empty key is no path). logId: `traceId`, the body\'s own id (rule 5), kept whole as the corpus keeps ASP.NET\'s (Stratech\'s). Code: none stated (the `type` URI links RFC 7231\'s section for 400, rule 6 leaves it in doubt).',
    response: {
      status: 400,
      body: {
        type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        traceId: '00-f1b8b36ecb7908e060a88be3d915bf19-2eaa00a2dc1555c2-00',
        errors: { '': ['An error occurred while deserializing input data.'] },
      },
    },
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      logId: '00-f1b8b36ecb7908e060a88be3d915bf19-2eaa00a2dc1555c2-00',
    },
  },

  // ───────────────────────────── Yandex Schedules (Яндекс.Расписания) ─────────────────────────────
  {
    id: 'yandex-rasp/from-and-to-required-400',
    source: 'Yandex Schedules API (Яндекс.Расписания)',
    url: 'https://yandex.ru/dev/rasp/doc/ru/concepts/error-codes',
    note: 'The API\'s "Сообщения об ошибках" page prints this JSON example in the row for HTTP status 400 ("Запрос невалидный. Не указаны обязательные параметры."). The page wraps the `request` URL over three lines inside the string; joined here without the line breaks (a JSON string cannot hold them). No header shown. Kind: a 400 without fields; `error_code` names no kind and `http_code` restates the status: bad-request (rule 1). Message: `error.text`, "Нужно указать from и to" ("from and to must be given"), names only which parameters are missing, generic under rule 2.1 ("Missing required parameter: templateId"): the default; judgment call, a reader could keep it as a sentence in Russian. Code: `error_code`, the vendor\'s own code member (rule 6), though it reads as a build and a number.',
    response: {
      status: 400,
      body: {
        error: {
          request: 'http://api.rasp.yandex.net/v1.0/search/?apikey={ключ}&format=json&from=s96002137',
          text: 'Нужно указать from и to',
          error_code: 'v1.0_2.30.13_127',
          http_code: 400,
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'v1.0_2.30.13_127' },
  },
  {
    id: 'yandex-rasp/object-not-found-by-code-404',
    source: 'Yandex Schedules API (Яндекс.Расписания)',
    url: 'https://yandex.ru/dev/rasp/doc/ru/concepts/error-codes',
    note: 'The same page, the example in the row for HTTP status 404 ("Объект с указанным в запросе кодом не найден."). The `request` URL, wrapped over three lines on the page, joined. No header shown. Kind: 404, not-found. Message: `error.text`, "Не нашли объект по yandex коду c1111" ("no object found for yandex code c1111"), a sentence naming what was not found (rule 2). Code: `error_code` (rule 6).',
    response: {
      status: 404,
      body: {
        error: {
          request: 'http://api.rasp.yandex.net/v1.0/search/?apikey={ключ}&format=json&from=s9600213&to=c1111',
          text: 'Не нашли объект по yandex коду c1111',
          error_code: 'v1.0_2.30.13_26',
          http_code: 404,
        },
      },
    },
    expect: { kind: 'not-found', message: 'Не нашли объект по yandex коду c1111', code: 'v1.0_2.30.13_26' },
  },

  // ───────────────────────────── Île-de-France Mobilités ─────────────────────────────
  {
    id: 'idfm/no-api-key-found-401',
    source: 'Île-de-France Mobilités API',
    url: 'https://github.com/lesensei/idfm-card/issues/15',
    note: 'The issue "No API Key found in request": the browser console shows "the server responded with a status of 401" for the IDFM stops call and the network tab this answer (the gateway is Kong, whose stock text it is). The user replaced the `request_id` with "xxxxxxxxx": the body is copied as pasted. No header shown. Kind: 401, unauthenticated. Message: a sentence saying which credential is missing, as the corpus keeps Kong\'s line. logId: not stated, the id was redacted (rule 5 would read `request_id`).',
    response: { status: 401, body: { message: 'No API key found in request', request_id: 'xxxxxxxxx' } },
    expect: { kind: 'unauthenticated', message: 'No API key found in request' },
  },

  // ───────────────────────────── Horaires RATP API (api-ratp.pierre-grimaud.fr) ─────────────────────────────
  {
    id: 'horaires-ratp-api/internal-server-error-500',
    source: 'Horaires RATP API (api-ratp.pierre-grimaud.fr)',
    url: 'https://github.com/pgrimaud/horaires-ratp-api/issues/112',
    note: 'The issue "Appels renvoient Internal Server Error 500": "tous les appels renvoient des 500 Internal Server Error", with this body for `GET /v4/schedules/buses/120/bry-sur-marne/R` (the RATP data source behind it had moved to PRIM). No header shown. Kind: 500, server. Message: `result.message` is the bare reason phrase (rule 2.1): the default. No code: `result.code` restates the status. No logId.',
    response: {
      status: 500,
      body: {
        result: { code: 500, message: 'Internal Server Error' },
        _metadata: { call: 'GET /schedules/buses/120/bry-sur-marne/R', date: '2022-10-07T08:39:01+02:00', version: 4 },
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Swiss public transport API (transport.opendata.ch) ─────────────────────────────
  {
    id: 'transport-opendata-ch/limit-maximum-6-text-400',
    source: 'Swiss public transport API (transport.opendata.ch)',
    url: 'OpendataCH/Transport/web/api.php@00e4bc997c35f5c72f6aa226b6a5eff0b4fc72d3',
    note: "The service's own server code (Silex), `/v1/connections`: `return new Response('Maximal value of argument `limit` is 6.', 400);`, a plain-text body with its status. No header copied (the code sets CORS and Cache-Control headers after the route; none was printed with a response). Kind: 400 without fields or code: bad-request (rule 1). Message: a plain-text sentence on a 4xx is the message (rule 2.6); it says what the value may be, not only which argument is wrong.",
    response: { status: 400, body: 'Maximal value of argument `limit` is 6.' },
    expect: { kind: 'bad-request', message: 'Maximal value of argument `limit` is 6.' },
  },
  {
    id: 'transport-opendata-ch/invalid-via-count-text-400',
    source: 'Swiss public transport API (transport.opendata.ch)',
    url: 'OpendataCH/Transport/web/api.php@00e4bc997c35f5c72f6aa226b6a5eff0b4fc72d3',
    note: 'The same file, `/v1/connections` with more than five `via` stations: `return new Response(\'Invalid via count (max 5 allowed)\', 400);`. No header copied. Kind: bad-request (rule 1). Message: plain text on a 4xx (rule 2.6); it says what is wrong and the limit, more than a line naming only what is invalid; judgment call, a reader could read "Invalid via count" as a line naming only what is invalid (rule 2.1, "Invalid parameter \'x\'") and give the default.',
    response: { status: 400, body: 'Invalid via count (max 5 allowed)' },
    expect: { kind: 'bad-request', message: 'Invalid via count (max 5 allowed)' },
  },
  {
    id: 'transport-opendata-ch/invalid-value-for-parameter-limit-text-400',
    source: 'Swiss public transport API (transport.opendata.ch)',
    url: 'OpendataCH/Transport/web/api.php@00e4bc997c35f5c72f6aa226b6a5eff0b4fc72d3',
    note: 'The same file, `/v1/stationboard` with `limit` over 420: `return new Response(\'Invalid value for Parameter `limit`.\', 400);`. No header copied. Kind: bad-request (rule 1). Message: the line names only which parameter is invalid, generic under rule 2.1 ("Invalid value for parameter: amount", "The value provided for parameter \'…\' was not valid."): the default.',
    response: { status: 400, body: 'Invalid value for Parameter `limit`.' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── WMATA ─────────────────────────────
  {
    id: 'wmata/missing-subscription-key-401',
    source: 'WMATA API (Washington Metropolitan Area Transit Authority)',
    url: 'https://github.com/vingerha/gtfs2/issues/21',
    note: 'The issue "Authentication Fails for GTFS RT for WMATA": the integration\'s debug log for `https://api.wmata.com/gtfs/rail-gtfsrt-vehiclepositions.pb` reads "got: 401 for: b\'{ "statusCode": 401, "message": "Access denied due to missing subscription key. …" }\'" (Azure API Management in front of WMATA). No header shown. Kind: 401, unauthenticated. Message: a sentence saying the key is missing and what to do (rule 2). No code: `statusCode` restates the status. No logId.',
    response: {
      status: 401,
      body: {
        statusCode: 401,
        message:
          'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Access denied due to missing subscription key' },
  },

  // ───────────────────────────── vbb-rest (bvg.transport.rest) ─────────────────────────────
  {
    id: 'bvg-transport-rest/hci-service-request-failed-502',
    source: 'vbb-rest (bvg.transport.rest)',
    url: 'https://github.com/derhuerst/vbb-rest/issues/34',
    note: 'The issue "Endpoints down returning 502 error": `https://1.bvg.transport.rest/stations/nearby?latitude=52.52725&longitude=13.4123` answered this body; the status is the issue\'s title (502). No header shown. Kind: 502, unavailable (rule 1). Message: "VBB error: HCI Service: request failed" reports the upstream HAFAS service\'s failure (a call to another service, rule 2.3): the default; judgment call, a reader could keep it as a line saying the request failed (generic either way). No code: `error: true` is a flag. No logId.',
    response: { status: 502, body: { error: true, msg: 'VBB error: HCI Service: request failed' } },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  // ───────────────────────────── Trenitalia ViaggiaTreno ─────────────────────────────
  {
    id: 'viaggiatreno/andamento-treno-resource-not-found-text-404',
    source: 'Trenitalia ViaggiaTreno',
    url: 'https://github.com/roughconsensusandrunningcode/TrainMonitor/issues/8',
    note: 'The issue "L\'integrazione con HA non funziona piu\' (404)": `http://www.viaggiatreno.it/viaggiatrenonew/resteasy/viaggiatreno/andamentoTreno/S00228/4640` "riporta l\'errore" with this text (the same text is pasted in home-assistant/core#49217, titled "(404)"). Status: 404, the issue\'s title and the text\'s own "Error 404". The body is RESTEasy\'s stock text for an unmatched path, sent as text. No header shown. Kind: 404, not-found. Message: plain text on a 4xx is the message (rule 2.6), the leading "Error 404: " a status label that only restates the status (rule 2.1, as "[ERROR 400] "); the rest says which resource was not found; judgment call, a reader could take the JAX-RS router\'s wording ("for relative : … of full path: …") for a framework\'s developer text (rule 2.3) and give the default.',
    response: {
      status: 404,
      body: 'Error 404: Could not find resource for relative : /resteasy/viaggiatreno/andamentoTreno/S00228/4640 of full path: http://www.viaggiatreno.it/viaggiatrenonew/resteasy/viaggiatreno/andamentoTreno/S00228/4640',
    },
    expect: { kind: 'not-found', message: 'Could not find resource for relative' },
  },
  {
    id: 'viaggiatreno/resteasy-root-resource-not-found-text-404',
    source: 'Trenitalia ViaggiaTreno',
    url: 'https://github.com/roughconsensusandrunningcode/TrainMonitor/issues/8',
    note: 'The same issue: "Sembra che siano cambiati i path: http://www.viaggiatreno.it/viaggiatrenonew/resteasy/" and this text, quoted with a trailing space inside the quotes (kept). Status: 404, the text\'s own "Error 404" and the issue\'s title. No header shown. Kind: 404, not-found. Message: as the case above, plain text on a 4xx (rule 2.6) after the status label; same judgment call.',
    response: {
      status: 404,
      body: 'Error 404: Could not find resource for full path: http://www.viaggiatreno.it/viaggiatrenonew/resteasy/ ',
    },
    expect: { kind: 'not-found', message: 'Could not find resource for full path' },
  },

  // ───────────────────────────── Mobiliteit.lu (HAFAS ReST) ─────────────────────────────
  {
    id: 'mobiliteit-lu/hafas-rest-api-param-id-missing-400',
    source: 'Mobiliteit.lu API (HAFAS ReST)',
    url: 'Felix3qH4/Mobiliteit.lu-API-documentation/Departure_Board.md@09a6e5cb52a4f6135a5eeb112146dce6ef1e6e7b',
    note: "A user's documentation of Luxembourg's public-transport API (cdt.hafas.de/opendata/apiserver, HaCon's HAFAS ReST), \"Error codes\": \"Sample of an error message containing an error code\" for a departure board request without its station id. Status: the page's table of \"all known codes\", HaCon's, gives `API_PARAM` the HTTP status 400. No header shown. Kind: `API_PARAM`, read without the `API_` before it (rule 1, the API's name before a code), names a parameter's error, as `PARAM_ERROR` and `INVALID_REQUEST_PARAMS` do: validation; judgment call, a reader could find no validation code in a bare `PARAM` and say bad-request (a 400 without fields). Message: `errorText` is \"id or extId missing\" with the exception's class in parentheses after it (developer text, rule 2.3); what is left names only which parameters are missing, generic under rule 2.1: the default. Code: `errorCode` (rule 6). logId: `requestId`, the body's own id (rule 5), though its value is HAFAS's default for a request that sent none.",
    response: {
      status: 400,
      body: {
        serverVersion: '2.7.6',
        dialectVersion: '1.29',
        errorCode: 'API_PARAM',
        errorText: 'id or extId missing (IllegalArgumentException)',
        requestId: 'default-request-id',
      },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'API_PARAM', logId: 'default-request-id' },
  },
  // ───────────────────────────── TransitKit (Sydney transit, over TfNSW) ─────────────────────────────
  {
    id: 'transitkit/invalid-stop-400',
    source: 'TransitKit API',
    url: 'https://transitkit.dev/docs/errors',
    note: 'TransitKit\'s "Errors" page (a REST API over Transport for NSW\'s trip planner) prints this "Error Response" and a table of codes with their statuses; `INVALID_STOP` is the table\'s 400 ("Stop ID not found in TfNSW system"). No header shown. Kind: `INVALID_STOP` begins with "invalid" and names an input (the stop id): a validation code (rule 1), which outranks the 400; judgment call, the table\'s description says "not found", and a reader could read a not-found code on a 400 (rule 1) instead. Fields: none (no member names the parameter). Message: a sentence for the person, with what to do next (rule 2). Code: `error.code` (rule 6). No logId.',
    response: {
      status: 400,
      body: {
        error: {
          code: 'INVALID_STOP',
          message: "No stop found with ID '99999'. Use /v1/stops/search to find valid stop IDs.",
          docs: 'https://transitkit.dev/docs/errors#INVALID_STOP',
        },
      },
    },
    expect: { kind: 'validation', message: "No stop found with ID '99999'", code: 'INVALID_STOP' },
  },
] satisfies ConformanceCase[];
