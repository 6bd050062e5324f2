import { DEFAULT, type ConformanceCase } from '../types';

// Twenty-seventh unseen-API holdout, part X (17 December 2026): mobility, transit, flights, travel booking and parcel
// tracking APIs that no other case file uses (OpenSky Network, AVWX, Expedia Rapid, Lalamove, Karrio, Cendris (the
// postcode check behind PostNL's shop extension)), collected to measure how the reader does at first sight on APIs it
// was never tuned on. Every body and header was copied from the public material named in `url`: a public issue that
// pastes `curl -i` output (OpenSky) or `curl -I` headers beside the body (AVWX), a test suite run against Expedia
// Rapid's test headers that asserts the status and the top-level `type` and `message` (Hopper's), Lalamove's API
// reference source that prints each 409 body, Karrio's own server test that asserts a whole body and its status, and
// a shop extension's issue that quotes the body inside its exception (Cendris). Trims, a header left out, and any
// status taken from elsewhere than the capture, are said in `note`. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run on it.
//
// Far short of the brief's 30–40 cases and 12 sources: 11 cases from 6 sources. The library's search budget for the
// session ran out early in collection (a few minutes after it began), after which no search, file listing or file read
// answered; only material already read by then is used, and nothing was filled in from memory. Looked for and dropped:
// AviationStack (an issue pastes its `internal_error` bodies but no status), FlightAware AeroAPI (an issue's "400
// {…invalid_request_error…}" is another vendor's body; another shows a 400 with no body), 17TRACK (py17track's
// fixtures `{ code: 401, data: { errors: [...] } }` and `{ Code: -6, Message }` were read, but the tests that give
// their statuses could not be opened before the budget ran out), Expedia Rapid's 400 `invalid_input` with nested
// errors (the suite asserts only `type` and `message` of `errors[0]`, not the `fields` that name the field, so the body
// would be one Rapid never sends), a flight-booking API's documented `{ success: false, errors: [{ message, path }] }`
// (stored without its repository or vendor), Searates' and Weekendesk's docs (tables of codes, no body), Brazilian CEP
// APIs (a HEAD shows Apache's 400 headers, no body), and Lyft, Bolt, Grab, Gojek, Kiwi Tequila, Booking.com, Cirium,
// Transitland, Digitransit, Entur, Trafiklab, SNCF, 17TRACK's v2 API, TrackingMore, Ship24, Royal Mail, Australia
// Post, Correios, Route4Me, Routific and the rest of the brief's list: not reached before the budget ran out. Of the
// npm registry's packages, Lalamove's and Entur's SDKs ship no tests or fixtures.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-17-x`, in the frozen copy /tmp/base27 of 2b54ae1, src/ unchanged): 9/11 pass, 6 sources
// (kind 10/11, message 10/11, fields 11/11, retry 11/11, logId 0/0, code 1/1). Failing at first sight:
// expedia-rapid/create-no-response-503 (the report that the itinerary creation system behind the API did not answer
// kept as the message, where rule 2.3 makes a failure to reach another service developer text);
// lalamove/invalid-phone-number-409 (`{ message: "ERR_INVALID_PHONE_NUMBER" }` on a 409 read as a conflict: the code
// with its `ERR_` prefix not read as a code saying an input's value is invalid, rule 1; a doubtful expectation, as its
// note says). No expectation was changed after the run.

export default [
  // ───────────────────────────── OpenSky Network ─────────────────────────────
  {
    id: 'opensky/too-many-requests-429-text',
    source: 'OpenSky Network',
    url: 'https://github.com/Kohei-Wada/ttymap/issues/98',
    note: "`curl -sS -i 'https://opensky-network.org/api/states/all?lamin=...'` as the issue pastes it: `HTTP/2 429`, the one header shown, and the plain-text body (xoolive/traffic#413's urllib3 log shows the same 429 with a 17-byte body, the length of this text). \"Too many requests\" is the bare reason phrase of a 429 (rule 2.1), so the default. The wait is OpenSky's `X-Rate-Limit-Retry-After-Seconds` (seconds until the daily credits return, about 16 hours here): read as Retry-After under the vendor's name with its unit in the name, as rule 4.1 reads Better Auth's `X-Retry-After` (no rule names this spelling; said in the report). Under a day, so not clamped.",
    response: {
      status: 429,
      headers: { 'x-rate-limit-retry-after-seconds': '60394' },
      body: 'Too many requests',
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 60394 },
  },

  // ───────────────────────────── AVWX ─────────────────────────────
  {
    id: 'avwx/metar-not-found-200',
    source: 'AVWX',
    url: 'https://github.com/avwx-rest/avwx-api/issues/1',
    note: 'GET https://avwx.rest/api/metar/ABCD (an ICAO code that does not exist): the issue pastes the JSON body and then `curl -I` of the same URL, `HTTP/1.1 200 OK` with Content-Type, Server, Access-Control-Allow-Origin and Date (the body\'s own timestamp is 12 minutes earlier than that Date). Content-Length: 176 is left out, as it counts the server\'s own serialization. A 2xx with no code and no status in the body is unknown (rule 1); `Error` (PascalCase `error`) holds the sentence. The substring avoids deciding whether "Station Lookup Error:" is a category label before it.',
    response: {
      status: 200,
      headers: {
        'Content-Type': 'application/json',
        Server: 'gunicorn/19.7.1',
        'Access-Control-Allow-Origin': '*',
        Date: 'Sun, 18 Feb 2018 20:32:36 GMT',
      },
      body: {
        Error: 'Station Lookup Error: METAR not found for ABCD. There might not be a current report in ADDS',
        Meta: { Timestamp: 'Sun, 18 Feb 2018 20:20:21 GMT' },
      },
    },
    expect: { kind: 'unknown', message: 'METAR not found for ABCD' },
  },

  // ───────────────────────────── Expedia Rapid ─────────────────────────────
  {
    id: 'expedia-rapid/rooms-unavailable-410',
    source: 'Expedia Rapid',
    url: 'ZapcgInc/Hopper/testsuit_eps_rapid/src/test/resources/features/booking-validations.feature@306675fff038bedd177002952e22dd3934e17576',
    note: "Scenario [BOOK8]: a Rapid booking (POST itinerary) sent with the test header `Test: rooms_unavailable`; the suite asserts status 410 and, at the top of the body, `type` and `message` as written here (no other member is asserted, so any other is not shown). 410 is not-found (rule 1). `type` is not stated as the code: rule 6 names no `type` beside no `code` as the response's code without doubt.",
    response: {
      status: 410,
      body: { type: 'rooms_unavailable', message: 'One or more requested rooms are unavailable.' },
    },
    expect: { kind: 'not-found', message: 'One or more requested rooms are unavailable.' },
  },
  {
    id: 'expedia-rapid/price-mismatch-409',
    source: 'Expedia Rapid',
    url: 'ZapcgInc/Hopper/testsuit_eps_rapid/src/test/resources/features/booking-validations.feature@306675fff038bedd177002952e22dd3934e17576',
    note: 'Scenario [BOOK6]: `Test: price_mismatch`, status 409 with the asserted `type` and `message`. 409 is conflict; `price_mismatch` is no code rule 1 lists as anything else.',
    response: {
      status: 409,
      body: {
        type: 'price_mismatch',
        message: 'Payment amount did not match current price, please check price and try again.',
      },
    },
    expect: { kind: 'conflict', message: 'Payment amount did not match current price' },
  },
  {
    id: 'expedia-rapid/create-system-failure-500',
    source: 'Expedia Rapid',
    url: 'ZapcgInc/Hopper/testsuit_eps_rapid/src/test/resources/features/booking-validations.feature@306675fff038bedd177002952e22dd3934e17576',
    note: 'Scenario [BOOK4]: `Test: internal_server_error`, status 500 with `type: "create.system_failure"` and the message asserted. "An internal server error has occurred." only restates the 500 in a sentence, generic as "An unexpected problem has occurred." is (rule 2.1), so the default.',
    response: {
      status: 500,
      body: { type: 'create.system_failure', message: 'An internal server error has occurred.' },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'expedia-rapid/create-no-response-503',
    source: 'Expedia Rapid',
    url: 'ZapcgInc/Hopper/testsuit_eps_rapid/src/test/resources/features/booking-validations.feature@306675fff038bedd177002952e22dd3934e17576',
    note: 'Scenario [BOOK3]: `Test: service_unavailable`, status 503 with `type: "create.no_response"` and the message asserted. 503 is unavailable. The sentence reports that another system behind the API did not answer ("no response from itinerary creation system"), a failure to reach another service, which rule 2.3 makes developer text (Modrinth\'s "Error while communicating to external provider"), so the default.',
    response: {
      status: 503,
      body: {
        type: 'create.no_response',
        message: 'Create failed due to no response from itinerary creation system.',
      },
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Lalamove ─────────────────────────────
  {
    id: 'lalamove/out-of-service-area-409',
    source: 'Lalamove',
    url: 'jakech/llm-api-doc/source/includes/_quotation.md',
    note: 'Lalamove\'s API reference source (Slate; its errors page: "The Lalamove API uses the following error codes"), POST /v2/quotations: "`409` Out of service area" and the body `{ "message": "ERR_OUT_OF_SERVICE_AREA" }`. The only text is a code in capitals (rule 2.1), so the default. Whether or not the token is read as the code, it names no other kind (rule 1), so 409: conflict. Code not stated: it sits in `message`, which rule 6 does not name.',
    response: { status: 409, body: { message: 'ERR_OUT_OF_SERVICE_AREA' } },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'lalamove/invalid-phone-number-409',
    source: 'Lalamove',
    url: 'jakech/llm-api-doc/source/includes/_quotation.md',
    note: 'The same page: "`409` Invalid phone number, refer to Phone validations" and `{ "message": "ERR_INVALID_PHONE_NUMBER" }`. The body\'s one value is a code by rule 2.1\'s shape (so no sentence: the default), and it says an input\'s value (the phone number) is invalid, a validation code on any 4xx that outranks 409 (rule 1; the `ERR_` before it only marks an error, as an `Error` suffix does). Doubtful: the token sits in `message`, not a code member, and Lalamove sends 409 for all its input checks; said in the report. Code not stated.',
    response: { status: 409, body: { message: 'ERR_INVALID_PHONE_NUMBER' } },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'lalamove/insufficient-stops-409',
    source: 'Lalamove',
    url: 'jakech/llm-api-doc/source/includes/_quotation.md',
    note: 'The same page: "`409` Not enough stops, number of stops should be between 2 and 10" and `{ "message": "ERR_INSUFFICIENT_STOPS" }`. A code only (the default); "insufficient stops" is no validation, quota or other code rule 1 names, so the 409 decides: conflict.',
    response: { status: 409, body: { message: 'ERR_INSUFFICIENT_STOPS' } },
    expect: { kind: 'conflict', message: DEFAULT },
  },

  // ───────────────────────────── Karrio ─────────────────────────────
  {
    id: 'karrio/address-not-found-404',
    source: 'Karrio',
    url: 'karrioapi/karrio/modules/manager/karrio/server/manager/tests/test_errors.py@8aab391939047daa064613d266c5dd4103f5bc8c',
    note: 'TestNotFoundErrors.test_address_not_found_returns_resource_name: GET /v1/addresses/nonexistent_id, the test asserts 404 and the whole body. "Address not found" is a sentence, not the bare reason phrase (rule 2.1, as "Resource not found"); the lone item\'s `code` is the response\'s (rule 1, rule 6). `level` is a severity, no field.',
    response: {
      status: 404,
      body: { errors: [{ code: 'not_found', message: 'Address not found', level: 'warning' }] },
    },
    expect: { kind: 'not-found', message: 'Address not found', code: 'not_found' },
  },

  // ───────────────────────────── Cendris (PostNL postcode check) ─────────────────────────────
  {
    id: 'cendris/api-key-not-valid-400',
    source: 'Cendris (PostNL postcode check)',
    url: 'https://github.com/postnl/postnl-magento1-End-of-life/issues/55',
    note: 'PostNL\'s Magento 1 extension logs the address-validation call to Cendris failing: `exception \'TIG_PostNL_Exception\' with message \'{"errors":[{"status":"400","title":"Bad Request","detail":"API key not valid"}]}\'` (the body inside the message, copied as it stands). The HTTP status is not in the quote: it is taken from the body\'s own JSON:API `status`, "400". A 400 with no code and no field: bad-request, whatever the text says (rule 1: text never decides). `detail` beats `title`, which is the reason phrase (rule 2.2).',
    response: {
      status: 400,
      body: { errors: [{ status: '400', title: 'Bad Request', detail: 'API key not valid' }] },
    },
    expect: { kind: 'bad-request', message: 'API key not valid' },
  },
] satisfies ConformanceCase[];
