import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-eighth unseen-API holdout, part JX (8 March 2027): utility data APIs in the long tail (weather and
// climate, astronomy, time zones, IP geolocation and threat intelligence, currency rates, holidays, postal codes,
// barcodes and product lookup). They were collected to measure how the reader does at first sight on APIs it was
// never tuned on. The part holds what the look-ups found with a whole body and a status the same document ties to
// it, all from vendors' own documentation pages: Trend Vision One (the XDR and threat-intelligence platform's API
// guide, "Troubleshooting", which prints three error bodies under their status and Content-Type), Domain
// Intelligence (docs.domainintelligence.uk, its errors page: one body, tied to 400 by the page's code table),
// WhoisFreaks (its errors page: one sample body that names its 400, which the page's failure list repeats) and the
// Travelmode Weather Intelligence API (its errors page: one body, tied to 400 by the page's code table). The one
// header copied is Trend Vision One's Content-Type, which its page names; none was added. Every `expect` was written
// from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Visual Crossing (its HTTP error codes page names statuses only, no body), Stormglass and
// Meteomatics (searches found no printed body), Frankfurter (lineofflight/frankfurter's specs check the 404's
// `message` member and the statuses of its 422s and 404s, never a whole body), ExchangeRate-API and UPCitemdb (the
// bodies found were application authors' own mocks, not captured or vendor-printed), IP2Location.io (an issue pastes
// its `error_code` 10000 body from a command that printed no status), Synoptic Data (its errors page prints the
// SUMMARY bodies with their RESPONSE_CODE but no HTTP status), Geolocated.io, NetLoc8, IpForensics, FullHunt and
// freecurrencyapi.com (status tables without a body, or a template with placeholders for the status), Xweather (its
// responses page, as far as the excerpts reached, printed only success bodies), WeatherKit (blog posts without an
// error body), Nager.Date, Censys, SecurityTrails and CurrencyAPI (searches found no page or fixture with a body), an
// IPGeolocation.io schema's example (assembled from a per-property example) and Trend Vision One's 429 (its limits
// page names the status and "the message Too many API requests" but prints no body, which would have to be guessed).
// Skipped as already sources: Tomorrow.io, WeatherAPI.com, AccuWeather, ipdata, AbuseIPDB, GreyNoise, Shodan,
// VirusTotal, Open Exchange Rates, Fixer, Calendarific, Open Food Facts, IPLocate, IP Location API
// (ip-location-api.com), LocationIQ, QWeather, Open-Meteo, MaxMind, Weather Underground's upload, Trend Micro's
// email gateway (the Email Security API) and Google Maps Platform (its Geolocation API).
//
// The part holds 6 cases from 4 sources, under the brief's aim of 15–30 from at least 5: all 30 look-ups of the cap
// were spent, most on searches that found status tables without bodies, or bodies without a status. Collecting stopped
// at the cap.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-08-jx`, on df63ee1, the commit /tmp/base108/READY names, src/ unchanged: in the frozen copy
// /tmp/base108; the `--check` run before it reported the cases valid): 4/6 pass, 4 sources (kind 6/6, message 4/6,
// fields 6/6, retry 6/6, logId 1/1, code 2/2). Failing at first sight: whoisfreaks/invalid-param-exception-400 (kept
// "Please pass domain param correct value[For Technical Support: [email protected]]"; the case reads a plea naming
// only the input it calls a param, with a pointer to support after it, as the default, rule 2.1: a judgment call its
// note names); travelmode-weather/lat-required-400 (kept "Lat is required and must be a finite number" as the message;
// the case gives the field `lat` the line and the form the default, as the line names the input by its key in small
// letters and is the field's own, rules 2.1 and 2.4: a judgment call its note names; kind, field and support id
// passed). Every other case passed as written, including the judgment calls on Domain Intelligence's "limit must be
// 5000 or less" (kept) and Trend Vision One's "Invalid token, …" (kept) and "Not found" (the default).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Trend Vision One ─────────────────────────────
  {
    id: 'trend-vision-one/invalid-credentials-401',
    source: 'Trend Vision One',
    url: 'https://automation.trendmicro.com/xdr/Guides/Troubleshooting',
    note: 'The guide\'s table of common errors, "Authentication" column: "The authentication token is not valid", HTTP status code 401 Unauthorized, response header Content-Type: application/json, and this response body example (its "invaild" as printed). Kind: 401, unauthenticated (rule 1). Message: "Invalid token, Authorization token invaild for header" says the credential was refused, and a credential\'s name stays (rule 2.1): kept. Code: not stated: the envelope\'s `InvalidCredentials` and the inner `innererror.code` `InvalidToken` (Microsoft\'s REST guidelines\' more specific code) both stand, and rule 6 names neither `innererror` nor which wins.',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
      body: {
        error: {
          code: 'InvalidCredentials',
          message: 'Invalid token, Authorization token invaild for header',
          innererror: { code: 'InvalidToken', service: 'svp' },
        },
      },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid token' },
  },
  {
    id: 'trend-vision-one/access-denied-403',
    source: 'Trend Vision One',
    url: 'https://automation.trendmicro.com/xdr/Guides/Troubleshooting',
    note: 'The same table, "Authorization" column: "The authentication token is valid but not allowed to do an action or access a resource", 403 Forbidden, Content-Type: application/json, and this body. Kind: 403, forbidden, as the `AccessDenied` code says too (rule 1). Message: "Insufficient permissions." is a sentence for the person, not the 403\'s phrase: kept. Code: `AccessDenied` (rule 6).',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/json' },
      body: { error: { code: 'AccessDenied', message: 'Insufficient permissions.' } },
    },
    expect: { kind: 'forbidden', message: 'Insufficient permissions', code: 'AccessDenied' },
  },
  {
    id: 'trend-vision-one/not-found-404',
    source: 'Trend Vision One',
    url: 'https://automation.trendmicro.com/xdr/Guides/Troubleshooting',
    note: 'The same table, "Resource not found" column: "A request tries to access a resource but the resource is not found", 404 Not Found, Content-Type: application/json, and this body. Kind: 404, not-found (rule 1). Message: "Not found" is the bare reason phrase (rule 2.1): the default. Code: not stated: `NotFound` only restates the status, in the envelope and in `innererror` alike (rule 6 leaves a lone restating code in doubt).',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json' },
      body: { error: { code: 'NotFound', message: 'Not found', innererror: { code: 'NotFound', service: 'svp' } } },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Domain Intelligence ─────────────────────────────
  {
    id: 'domain-intelligence/limit-validation-error-400',
    source: 'Domain Intelligence API',
    url: 'https://docs.domainintelligence.uk/api/errors/',
    note: 'The errors page\'s "Shape" example, printed with these values; its "Common statuses" table ties `validation_error` to 400 ("A query parameter or host value is invalid"), so the status is the page\'s. `request_id` is printed as "optional-request-id", a placeholder, so no support id is checked. Kind: a validation code on a 4xx (rule 1). Fields: the error object names no field (no `field`, `param` or context member), so none. Message: "limit must be 5000 or less" starts with the parameter\'s key in small letters, but says what the value must be: a rule about a value, which the collectors and second readers of the fifty-fourth to fifty-seventh holdouts kept (rule 2.1; NutrientAPI\'s "ingredients must be a non-empty array"): kept. A judgment call: a reader could read it as a line naming only an input by its API name, and give the default. Code: `validation_error` is the only code (rule 6).',
    response: {
      status: 400,
      body: {
        error: { code: 'validation_error', message: 'limit must be 5000 or less', request_id: 'optional-request-id' },
      },
    },
    expect: { kind: 'validation', message: 'limit must be 5000 or less', code: 'validation_error' },
  },

  // ───────────────────────────── WhoisFreaks ─────────────────────────────
  {
    id: 'whoisfreaks/invalid-param-exception-400',
    source: 'WhoisFreaks',
    url: 'https://whoisfreaks.com/documentation/errors',
    note: 'The page\'s "Error Formatting" sample, which names its status (400); the page\'s failure codes list "400 Please pass domain param correct value e.g. whoisfreaks.com, …" too. The address after "Technical Support:" is copied as the stored page shows it, "[email protected]": the page hides the address behind an e-mail protection script, so the wire text had an address there; it is not guessed. No header printed. Kind: 400, no field errors; `error` holds "Invalid Param Exception", words with spaces, not a code by rule 1\'s shape (one token), so no code speaks: bad-request (rule 1; text never decides the kind). Message: "Please pass domain param correct value" names only which input is wrong, and calls it a param (rule 2.1: "Invalid value for parameter: amount", "Parameter component is required"), and the bracket after it only points to support: the default. A judgment call: "domain" is also a plain word for what the person typed, and a reader could keep the plea. `path` at the top is the request\'s URL path, no field (rule 3).',
    response: {
      status: 400,
      body: {
        timestamp: '2024-07-10T13:38:43.883Z',
        status: 400,
        error: 'Invalid Param Exception',
        message: 'Please pass domain param correct value[For Technical Support: [email protected]]',
        path: '/v1.0/domain/availability',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Travelmode Weather Intelligence API ─────────────────────────────
  {
    id: 'travelmode-weather/lat-required-400',
    source: 'Travelmode Weather Intelligence API',
    url: 'https://travelmode.ai/developers/errors',
    note: "The errors page's envelope example; its error-code table ties `bad_request` to HTTP 400 (\"Malformed or missing query / body fields (details.field when applicable)\"). No header printed (the page says `error.request_id` matches the X-Request-Id header, but prints none, so none is given). Fields: the error object names its field in `details.field` (rule 3, as TransparentMedz's), so `lat` carries the message. Kind: a 400 that carries a field error is a validation failure; `bad_request` only restates the status and says no more (rule 1). A judgment call: a reader could let the code say bad request. Message: the one sentence is the field's, and it names the input by its key in small letters, so the form-level message is the default (rules 2.1, 2.4). Support id: the error's own `request_id` (rule 5). Code: not stated, as `bad_request` only restates the status (rule 6).",
    response: {
      status: 400,
      body: {
        error: {
          code: 'bad_request',
          message: 'lat is required and must be a finite number',
          details: { field: 'lat' },
          request_id: '7c0f3c2c-9e4a-4d29-b4a2-9c2b4e9f5c11',
        },
        meta: { request_id: '7c0f3c2c-9e4a-4d29-b4a2-9c2b4e9f5c11', generated_at: '2026-04-25T18:34:00.000Z' },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['lat', 'lat is required and must be a finite number']],
      logId: '7c0f3c2c-9e4a-4d29-b4a2-9c2b4e9f5c11',
    },
  },
] satisfies ConformanceCase[];
