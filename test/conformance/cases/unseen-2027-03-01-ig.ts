import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-first unseen-API holdout, part IG (1 March 2027): public GitHub issues that paste a whole captured
// error response from a hosted API of a long-tail vendor in marketing, logistics, HR, real estate, legal, insurance,
// agriculture, energy, automotive or hospitality that no other case file uses. Three responses from three products
// made it in, all automotive and energy: the Tesla Fleet API (a 408 pasted in teslamotors/vehicle-command#10), the
// Tesla Vehicle Command HTTP proxy (tesla-http-proxy, as evcc hosts it at tesla.evcc.io; a 500 from a trace log
// pasted in teslamotors/vehicle-command#186) and the Enphase IQ Gateway's local API (a 401 pasted in a comment on
// pyenphase/pyenphase#125). Each body was copied as pasted; no header was shown, so none is given. Every `expect` was
// written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: FoxESS Cloud OpenAPI (macxq/foxess-ha#170, #268, #278 paste `{"errno":40256,"msg":"Parameter
// could not be parsed correctly illegal signature"}`, `{'errno': 40402, 'msg': 'Your request exceeds the limit. …'}`
// and `{'errno': 41200, 'msg': 'Query data failed'}`, but no issue names the HTTP status, and the integration's code
// reads the body whatever the status is: the status would have to be guessed); SolaX Cloud (lowprize/
// homeassistant-solax-api#5 and #7 paste `{"exception":"no auth!","success":false}` and a rate-limit body seen in a
// browser, status not shown); Criteo (rudderlabs/rudder-transformer's criteo_audience network mocks give one body to a
// 404 and a 503 alike: written by the test's authors, not captured); Bring (verbb/postie#125 logs one product's entry
// of a Shipping Guide answer, not a whole response, and bring/developer-site's errors.json is a catalogue of codes);
// the Tesla proxy's GET in vehicle-command#186 (same body, status not shown); Volkswagen Car-Net US
// (its-me-prash/vwgroup-connect-ha#659: the 403 bodies are masked, `"errorDescription": "<personal>"`); Growatt,
// Easee, Wallbox, SolarEdge, Tessie, Teamtailor, Recruitee, HiBob, GetResponse, Guesty, BookingSync, Mindbody, Viator,
// Melhor Envio, Delhivery, Flexport, GoSweetSpot, Awin, Smoobu, Taboola, Yahoo! JAPAN Ads and GivEnergy (the searches
// found statuses in log lines or prose, never a whole body with its status; BookingSync's reference names the 429's
// text but not its body). Skipped as already sources: Allegro, UPS, Amazon Selling Partner API, Shippo, Huntflow,
// TypeSafe AI System One, Naver Search Ad API, InfluxDB, Tesla Owner API (its 408 bodies in alandtse/tesla#521 and
// teslamate-org/teslamate#3055), Enphase (the Enlighten cloud API), Signable and SignatureAPI. A judgment call on
// scope: vehicle-command#10 says the 408 came from "both the owner-api and the new Fleet API"; it is filed under the
// Fleet API, which no case uses, and the Owner API's own cases stand apart. The Enphase IQ Gateway is a device's
// local API, not a hosted one, and differs from the Enlighten cloud API the corpus holds; it is kept as the corpus
// keeps the Tesla Powerwall's local API.
//
// The part holds 3 cases from 3 sources, well under the brief's aim of 15–30 from at least 5: all 38 look-ups of the
// cap were spent, most on issues that quote a status in a log line or a body without its status.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-01-ig`, on ac978b2 as /tmp/base101/READY names it, src/ unchanged: in the frozen copy
// /tmp/base101; the `--check` run before it reported every case valid): 3/3 pass, 3 sources (kind 3/3, message 3/3,
// fields 3/3, retry 3/3, logId 0/0, code 0/0). No case failed at first sight, including the judgment calls on the
// Tesla bodies' "vehicle unavailable: vehicle is offline or asleep" (kept as the message on the 408 and on the 500).
//
// No expectation was changed after the run.
//
// It joined `cases/` with its own holdout's conventions, having read every case right at first sight: 3/3.

export default [
  // ───────────────────────────── Tesla Fleet API ─────────────────────────────
  {
    id: 'tesla-fleet-api/vehicle-data-asleep-408',
    source: 'Tesla Fleet API',
    url: 'https://github.com/teslamotors/vehicle-command/issues/10',
    note: 'The issue\'s description: "Tesla server does not seem to return cached data for `vehicle_data` endpoint when the car is asleep. Specifically, I get http 408 with the following response", then the body, and "This issue exists with both the \\"owner-api\\" and the new \\"Fleet API\\"". Status and body as pasted; no header shown. Kind: 408, timeout (rule 1); no code says otherwise. Message: "vehicle unavailable: vehicle is offline or asleep" says what is wrong with the car the person owns and what to do (wake it): a sentence, kept (rule 2.1). Judgment call: it starts in small letters behind a label ("vehicle unavailable:"), and a reader could take the line for a code-like status and give the default. `error_description` is empty and says nothing. No code stated: `error` holds a sentence, not an OAuth code.',
    response: {
      status: 408,
      body: { response: null, error: 'vehicle unavailable: vehicle is offline or asleep', error_description: '' },
    },
    expect: { kind: 'timeout', message: 'vehicle is offline or asleep' },
  },

  // ───────────────────────────── Tesla Vehicle Command HTTP proxy ─────────────────────────────
  {
    id: 'tesla-vehicle-command-proxy/command-vehicle-asleep-500',
    source: 'Tesla Vehicle Command HTTP proxy',
    url: 'https://github.com/teslamotors/vehicle-command/issues/186',
    note: 'The issue\'s trace (from evcc-io/evcc#12294): `POST https://tesla.evcc.io/api/1/vehicles/xxx/command/set_charging_amps` with `{"charging_amps": 32}`, answered with the body below, and evcc\'s line "max charge current 32A: 500 Internal Server Error"; the title says "Proxy returns HTTP 500 when sending command to sleeping vehicle". Status and body as pasted; no header shown. Kind: 500, server (rule 1). Message: the JSON body\'s sentence about the person\'s car, kept (rule 2.1; rule 2.6 concerns plain text only). Judgment call: the car is what stands behind the proxy, and a reader could take a report of it for infrastructure behind the service (rule 2.3) and give the default; the person can act on it (wake the car), which no database report allows. No code stated.',
    response: {
      status: 500,
      body: { response: null, error: 'vehicle unavailable: vehicle is offline or asleep', error_description: '' },
    },
    expect: { kind: 'server', message: 'vehicle is offline or asleep' },
  },

  // ───────────────────────────── Enphase IQ Gateway local API ─────────────────────────────
  {
    id: 'enphase-iq-gateway/inverters-authentication-required-401',
    source: 'Enphase IQ Gateway local API',
    url: 'https://github.com/pyenphase/pyenphase/pull/125',
    note: 'A comment (dotMorten, 27 December 2023) on "fix: skip meters endpoint if it returns a 401": "even the Inverters endpoint returns 401 … calling `http://]gateway-ip]/api/v1/production/inverters` returns" the body below (firmware D3.18.10, per the PR). Status from that sentence and the body\'s own `status`; no header shown. Kind: 401, unauthenticated (rule 1). Message: "Authentication required" restates a 401 (rule 2.1), `error` and `moreInfo` are empty: the default. No code stated.',
    response: { status: 401, body: { status: 401, error: '', info: 'Authentication required', moreInfo: '' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
] satisfies ConformanceCase[];
