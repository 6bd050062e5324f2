import type { ConformanceCase } from '../types';

// Hundred-and-tenth unseen-API holdout, part KN (10 March 2027): booking and practice-management APIs for fitness,
// wellness, salons, clinics, dentists and vets. Two sources no other case file uses: ezyVet (IDEXX's veterinary
// practice-management system; its developer portal's authentication section prints the 401 an invalid token gets) and
// Vetigen (a veterinary software platform's API; its "Rate Limits" page prints the 429 body, and the stored copies of
// that page hold two versions of it, with different limits and bodies, each copied whole). Every body was copied from
// the vendor's own documentation, named in `url`; no header was printed beside any of them, so none was added. Every
// `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Mindbody (its Public API v6 and Affiliate API pages, its OpenAPI mirror and its SDK repos
// show the error model, `{ Error: { Message, Code } }`, and a list of codes, but no body with its status; an issue
// quotes a SOAP-era result as a Ruby hash, not the wire body), Zenoti (its reference pages list `code | message` rows
// of the `error` object, e.g. "401 | Authorization has been denied for this request.", not a whole body, and the `code`
// column mixes an HTTP status with a vendor number such as 502 for "invalid center_id"), TeamUp (its errors page prints
// a `parameter_invalid` body but ties it to no status: the table's 400 row only says "often due to missing a required
// parameter", so the status would be a guess), Elation Health's FHIR API (its two OperationOutcome examples, an
// unsupported Accept format and "Observation with such id already exists", are printed under "Examples" with no status
// each, beside a table of 401, 404, 422 and 500), DrChrono (its help article quotes only fragments: a 409's line with
// an "[Appointment ID]" placeholder and a 429's `"detail": "Request was throttled. Expected available in X seconds."`
// with an X, not a body), PerfectGym (its v1 docs name an "error envelope" and its knowledge base a 499 business
// validation error, with no body printed), Wodify (its rate-limit page says only "HTTP 429 Too Many Requests"),
// Netpulse (a fitness-club app API; an issue quotes `{"message": "Access is denied"}` seen in a browser with no
// status), PushPress, Vagaro, Mariana Tek, Sikka, Provet Cloud, Dentally, Phorest, Pike13, SimplyBook.me, Setmore and
// Timely (searches found no printed error body: the searches answered with other vendors' pages), and Magicline (the
// stored excerpt of its general information page shows no error body). Skipped as already sources (sources.txt): Acuity
// Scheduling, Square (Square Appointments), Cliniko, Calendly, Healthie, athenahealth, Open Dental, EGYM, NexHealth,
// SalonBookIt, YogoBooking, 42min, ZenSpace, Healos, Wio Clinic, the Dental PMS at pbn-dev.com, VetDrugs API,
// VectorCare and Metriport, all of which the searches surfaced.
//
// The part holds 3 cases from 2 sources, short of the brief's aim of 15–30 from at least 5: all 38 of the 38 look-ups
// were spent, most on vendors in this domain whose public material shows an error model or a code table but no whole
// body with its status (Mindbody, Zenoti, TeamUp, Elation), and on searches that answered with other domains' pages.
// Collecting stopped at the cap.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-10-kn`, on aa403dc, src/ unchanged: in the frozen copy /tmp/base110, after `--check`, which
// reported all cases valid): 3/3 pass, 2 sources (kind 3/3, message 3/3, fields 3/3, retry 3/3, logId 0/0, code 2/2).
// No case failed, including the judgment call on ezyVet's "Check the "access token" parameter." (kept) and Vetigen's
// plea after the 429's reason phrase (kept, with the 47 s wait from `details.retry_after`). The run did not crash.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it); after it, only the two
// Vetigen notes were reworded, to stop calling one stored version of the page older, which the source does not say.
//
// It joined `cases/` with its own holdout's conventions, having read every case right at first sight: 3/3.

export default [
  // ───────────────────────────── ezyVet ─────────────────────────────
  {
    id: 'ezyvet/invalid-access-token-401',
    source: 'ezyVet',
    url: 'https://developers.ezyvet.com/',
    note: 'The developer portal\'s "When and how often?" section: "When an invalid token is used to make an API call, a 401 Unauthorized response will be given", followed by "401 Unauthorized" and this body, copied whole. No header printed, none added. Kind: 401, unauthenticated (rule 1; the item\'s `type`, an exception\'s name, cannot turn a 401 into anything else). Fields: the lone item of `messages` names no field and its `fields` list is empty: form-level, no field error. Message: the item\'s `text` is the lone form-level sentence (rule 2.2). Its first sentence is OAuth\'s stock description of `invalid_request`, generic (rule 2.1: "There were missing or invalid data or parameters in the request."); its second, "Check the "access token" parameter.", says which input to check, and that input is the credential, whose name stays (rule 2.1: "access_token is invalid"), as Wolt\'s like line after the same stock sentence was kept. Judgment call: a reader could read the second sentence as a line naming only a parameter by the API\'s name and give the default. No code stated: `InvalidRequestException` is an exception\'s class in `type`, and rule 6 leaves doubt whether it is the code.',
    response: {
      status: 401,
      body: {
        messages: [
          {
            level: 'error',
            type: 'InvalidRequestException',
            text: 'The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed. Check the "access token" parameter.',
            fields: [],
          },
        ],
      },
    },
    expect: { kind: 'unauthenticated', message: 'Check the "access token" parameter' },
  },

  // ───────────────────────────── Vetigen ─────────────────────────────
  {
    id: 'vetigen/api-key-rate-limit-exceeded-429',
    source: 'Vetigen',
    url: 'https://docs.vetigen.com/docs/getting-started/rate-limits',
    note: 'The "Rate Limits" page, in the stored version whose limits are per key type (integration, device, partner): "When you exceed the limit, you\'ll receive a 429 Too Many Requests response:" and this body, copied whole. The page\'s header table says `Retry-After` is "included when limited", but the example prints no header, so none is added. Kind: 429, rate-limited (rule 1; `API_KEY.RATE_LIMIT_EXCEEDED` says the same). `success: false` holds the error in `error` (rule 1). Message: "Rate limit exceeded. Please retry after the specified time." is kept as the corpus keeps "Rate limit exceeded" (rule 2.1 lists it as no generic line). Retry: "the specified time" names no wait and no header is given: none (rule 4). Code: `error.code` as sent, with its namespace (rule 6).',
    response: {
      status: 429,
      body: {
        success: false,
        error: {
          code: 'API_KEY.RATE_LIMIT_EXCEEDED',
          message: 'Rate limit exceeded. Please retry after the specified time.',
          severity: 'error',
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded', code: 'API_KEY.RATE_LIMIT_EXCEEDED' },
  },
  {
    id: 'vetigen/rate-limit-exceeded-retry-after-details-429',
    source: 'Vetigen',
    url: 'https://docs.vetigen.com/docs/getting-started/rate-limits',
    note: 'The same page in its other stored version (limits per API key, per endpoint and burst; which version is older is not known): "When you exceed the rate limit, you\'ll receive a 429 Too Many Requests response:" and this body, copied whole. No header printed, none added. Kind: 429, rate-limited (rule 1). Message: "Too many requests." is the 429\'s reason phrase, and a plea to try again after a reason phrase alone stays the message (rule 2.1, the row that restated it): "Please retry after 47 seconds." is kept. Retry: `details.retry_after: 47` in the error object\'s details (rule 4.3), the same wait the sentence names (rule 4.4): 47 s; `reset_at` is no listed hint. Code: `error.code` as sent (rule 6).',
    response: {
      status: 429,
      body: {
        success: false,
        error: {
          code: 'RATE_LIMIT.EXCEEDED',
          message: 'Too many requests. Please retry after 47 seconds.',
          severity: 'warning',
          details: { retry_after: 47, reset_at: '2026-04-11T14:00:00Z' },
        },
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Please retry after 47 seconds',
      retry: 47,
      code: 'RATE_LIMIT.EXCEEDED',
    },
  },
] satisfies ConformanceCase[];
