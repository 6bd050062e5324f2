import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-sixth unseen-API holdout, part AS (25 January 2027): error responses of mobility and last-mile APIs beyond
// connected cars (parking, fuel and tank cards, car sharing and rental, ride-hailing and taxis, couriers of emerging
// markets, transit ticketing). What the stored corpora held with a body and its status came from four APIs that no
// case file uses: Nash (a US last-mile delivery dispatch platform), Stuart (the European on-demand courier),
// Getaround's Owner API (car sharing) and Sendbox (a Nigerian shipping API). Every body was copied from the public
// material named in `url` and `note`: the vendors' own documentation pages that print a body beside its status
// (Nash's error reference, whose bodies carry their status in `response_status`; Sendbox's error page; Stuart's
// troubleshooting guide), the Getaround Owner API's OpenAPI document as a client repository keeps it
// (yann120/getaround-owner-api), and the test suite of Stuart's official PHP client (a Guzzle mock answering 422 with
// the body Stuart's guide prints). Where the status is not printed beside the body it is taken from another capture
// of the same error and `note` says so (Stuart's `ADDRESS_INVALID`: a test bench of recorded answers the code index
// holds without naming its repository gives 422). No header was shown with any body, so none is copied. Every
// `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Lalamove, Shiprocket, Tankerkönig, Lime, Uber, Onfleet, Delivery Solutions, Amadeus, Sabre,
// Travelport, Aramex (Connect NZ), HERE (its On-Street Parking API prints two plain-text 400 lines) and the Yandex
// name (already sources); ParkWhiz/Arrive v4 (the stored pages stop after the OAuth introduction), PayByPhone (its
// API Blueprint lists validation names and workflow events, no error body under a status), ParkMobile (ServiceStack
// metadata only), SpotHero, EasyPark, Parkopedia, INRIX ParkMe, Turo, Zipcar, Bolt, Gojek, Careem, FreeNow, Cabify
// (an API catalogue's list of delivery failure codes only), Grab (third-party integration guides only), Lyft (the
// stored reference pages show success examples and a list of `error` slugs without a body), Karhoo ("Invalid user"
// with `code: "invalid"` printed without a status), Delivery Match (`{ code: 1, status: "unauthorized", message:
// "Invalid authentication" }` in PipedreamHQ/pipedream#19716, without an HTTP status), Detrack (two sample bodies
// without a status), Yandex Delivery (Express) (an error table, no body), Borzo/Dostavista (the stored API page stops
// before its error section; the PHP clients hold no tests), Delhivery (SDKs and readme pages without an error body),
// Ninja Van (a Ruby client whose specs test only its connection), Jumia (the SellerCenter `E009: Access Denied`
// fixture the index holds is The Iconic's, not Jumia's), ClickPost, Colisweb, Bosta, Bringg, Shipbubble, UniUni and
// Swoove (status or code tables without a body), Wasal (a templated envelope), Masabi, Token Transit, fuel-price and
// tank-card APIs (nothing citable found). Stuart's test bench also records 422 bodies for `RECORD_INVALID` (pickup in
// the past, package size, access codes) and a 400 `BAD_REQUEST`, but the index gave the file without its repository,
// so they were left out; its `OUT_OF_RANGE` body has no status anywhere.
//
// The part holds 9 cases from 4 sources, well under the brief's aim of 25 from 8: the 60 look-ups (all spent) found
// mostly status tables, templated envelopes and success examples for the brief's candidates, and the vendors whose
// pages print real error bodies are few.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-25-as`, on 1348a57, src/ unchanged: in the frozen copy /tmp/base66): 9/9 pass, 4 sources
// (kind 9/9, message 9/9, fields 9/9, retry 9/9, logId 5/5, code 3/3). Failing at first sight: none. The judgment
// calls the notes name (Nash's kept lines that begin with an API key, its and Sendbox's credential lines on a 401,
// Getaround's status taken from its item, Stuart's status taken from another capture) all read as written.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// Scored in `cases/` the stop it was collected (6 December 2026): read 9/9 at first sight and now.

export default [
  {
    id: 'nash/missing-resource-404',
    source: 'Nash',
    url: 'https://docs.usenash.com/reference/errors',
    note: 'The "Example of a failed request" at the top of Nash\'s error reference, copied whole; the body names its own status in `response_status` ("404 NOT_FOUND"), which the response\'s status repeats. Kind: 404, not-found (rule 1). Message: "job \'job_123\' does not exist" says which record was not found, as ActiveRecord\'s "Couldn\'t find Project with id=…" and Honeycomb\'s "Dataset not found" are kept (rule 2.1; judgment call: it begins with the record\'s name in small letters, but it reports a missing record, not a missing or invalid input). Code: the error object\'s `code`, `MISSING_RESOURCE` (rule 6, an explicit code member). logId: the body\'s `RequestID` (rule 5, `requestID` by its shape).',
    response: {
      status: 404,
      body: {
        error: { code: 'MISSING_RESOURCE', message: "job 'job_123' does not exist" },
        response_status: '404 NOT_FOUND',
        RequestID: 'd97e3f4d-114d-4b77-ae47-9e10c5151424',
      },
    },
    expect: {
      kind: 'not-found',
      message: "job 'job_123' does not exist",
      logId: 'd97e3f4d-114d-4b77-ae47-9e10c5151424',
      code: 'MISSING_RESOURCE',
    },
  },
  {
    id: 'nash/bad-request-pickup-address-required-400',
    source: 'Nash',
    url: 'https://docs.usenash.com/reference/errors',
    note: "The first `BAD_REQUEST` example of Nash's error reference (\"Solution: include pickupAddress field.\"), copied whole. Kind: a 400 whose code only restates the status and whose object names no field in a member: bad-request (rule 1). Message: \"'pickupAddress' is a required property\" is Python jsonschema's report, which quotes the name as Python does (rule 2.3, as Airflow's), and it names only which input is missing by the API's key, quoted (rule 2.1, the row of 6 December 2026): the default either way. No field: the name sits only in the text. Code not stated: `BAD_REQUEST` only restates the status (rule 6 leaves it open). logId: `RequestID` (rule 5).",
    response: {
      status: 400,
      body: {
        error: { code: 'BAD_REQUEST', message: "'pickupAddress' is a required property" },
        response_status: '400 BAD_REQUEST',
        RequestID: '1-62057334-011d10e02c0f2ad839cf0a26',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: '1-62057334-011d10e02c0f2ad839cf0a26' },
  },
  {
    id: 'nash/bad-request-quote-expired-400',
    source: 'Nash',
    url: 'https://docs.usenash.com/reference/errors',
    note: 'The second `BAD_REQUEST` example of Nash\'s error reference ("Solution: refresh quotes and try again"), copied whole. Kind: 400 without field errors, and a code that restates the status: bad-request (rule 1; a stale quote reads like a conflict with the current state, but only 409/412 or a code would say so, and text never decides). Message: "quote_id qot_abc has expired" says what happened to the quote the request named, which the person can act on by asking for new quotes (rule 2.1). Judgment call: the line begins with the API\'s key written as code, which the row of 6 December 2026 makes the default when the line names only which input is missing or invalid; this one says the quote expired, so it is kept. Code not stated (it restates the status). logId: `RequestID` (rule 5).',
    response: {
      status: 400,
      body: {
        error: { code: 'BAD_REQUEST', message: 'quote_id qot_abc has expired' },
        response_status: '400 BAD_REQUEST',
        RequestID: '1-62057334-41a43ef8a6d4f58a71e09ad2',
      },
    },
    expect: { kind: 'bad-request', message: 'qot_abc has expired', logId: '1-62057334-41a43ef8a6d4f58a71e09ad2' },
  },
  {
    id: 'nash/unauthorized-token-missing-401',
    source: 'Nash',
    url: 'https://docs.usenash.com/reference/errors',
    note: 'The `UNAUTHORIZED` example of Nash\'s error reference ("Invalid or missing API key."), copied whole. Kind: 401, unauthenticated (rule 1). Message: "Authorization token is missing" names the credential that was missing, and a credential\'s name stays (rule 2.1: "access_token is invalid", "Invalid app_key is provided."). Judgment call: the corpus also reads lines that say only that authentication is missing on a 401 as the 401\'s phrase in other words (the thirty-ninth sample); this one names the token. Code not stated: `UNAUTHORIZED` restates the status. logId: `RequestID` (rule 5).',
    response: {
      status: 401,
      body: {
        error: { code: 'UNAUTHORIZED', message: 'Authorization token is missing' },
        response_status: '401 UNAUTHORIZED',
        RequestID: '1-62057941-67a549bb5faa77236a03ef8d',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Authorization token is missing',
      logId: '1-62057941-67a549bb5faa77236a03ef8d',
    },
  },
  {
    id: 'nash/forbidden-job-not-owned-403',
    source: 'Nash',
    url: 'https://docs.usenash.com/reference/errors',
    note: "The `FORBIDDEN` example of Nash's error reference (\"Provided API key does not have access to requested resource/action\"), copied whole, the empty owner `''` as printed. Kind: 403, forbidden (rule 1). Message: \"job_id 'job_…' is not owned by ''\" says why access was refused, the job belonging to another owner (rule 2.1). Judgment call: it begins with the API's key in small letters and ends with an empty value the server filled in, and a reader could take it for the default under the row of 6 December 2026; it says more than which input is invalid, so it is kept, as the quote-expired case of this source is. Code not stated (`FORBIDDEN` restates the status). logId: `RequestID` (rule 5).",
    response: {
      status: 403,
      body: {
        error: { code: 'FORBIDDEN', message: "job_id 'job_Y8B5CWhvN9G8odcfAiqd29' is not owned by ''" },
        response_status: '403 FORBIDDEN',
        RequestID: '1-620579a6-7ef612c414f3b59c1e74ffbb',
      },
    },
    expect: { kind: 'forbidden', message: 'is not owned by', logId: '1-620579a6-7ef612c414f3b59c1e74ffbb' },
  },
  {
    id: 'stuart/cant-geocode-address-422',
    source: 'Stuart',
    url: 'StuartApp/stuart-client-php/tests/Stuart/tests/Infrastructure/HttpClientTest.php',
    note: 'The official PHP client\'s `test_it_gets_correct_error_response`, whose Guzzle mock answers `new Response(422, [], "{ \\"error\\": \\"CANT_GEOCODE_ADDRESS\\", \\"message\\": \\"The address can\'t be geocoded\\"}")` (an older copy sits under `tests/Stuart/tests/infrastructure/`); Stuart\'s own troubleshooting guide (https://stuart.com/developers/best-practices/general-troubleshooting-guide/) prints the same body. Kind: 422, validation (rule 1); the code names no kind the table lists, so the status decides. No field: the body names none. Message: "The address can\'t be geocoded", a sentence for the person (rule 2.1). Code: the code alone in `error` (rule 6, as OAuth\'s `error`).',
    response: {
      status: 422,
      body: { error: 'CANT_GEOCODE_ADDRESS', message: "The address can't be geocoded" },
    },
    expect: { kind: 'validation', message: "The address can't be geocoded", code: 'CANT_GEOCODE_ADDRESS' },
  },
  {
    id: 'stuart/address-invalid-delivery-area-422',
    source: 'Stuart',
    url: 'https://stuart.com/developers/best-practices/general-troubleshooting-guide/',
    note: "The `ADDRESS_INVALID` body of Stuart's troubleshooting guide (\"returned when the pick-up and drop-off addresses don't belong to the same zone\"), copied whole. The guide prints no status; a test bench of recorded Stuart answers (the code index's file 6217539137, `bench.invalidDeliveryArea`, whose repository the index does not name) records this very body under `status: 422`, and Stuart's community \"Error Navigation\" post lists job-creation errors as 422s. Kind: 422 with a field error, and `ADDRESS_INVALID`, a code that says an input's value is invalid: validation (rule 1). Fields: `data` maps a dotted path to a list of strings (rule 3, maps of path to messages; the path keeps its dots). Message: the envelope's sentence, more specific than the field's line and no generic headline (rules 2.1 and 2.4). Code: the code in `error` (rule 6).",
    response: {
      status: 422,
      body: {
        error: 'ADDRESS_INVALID',
        message: 'A destination address is not in a valid delivery area',
        data: { 'job.dropoffs.address': ['is not in a valid area'] },
      },
    },
    expect: {
      kind: 'validation',
      message: 'not in a valid delivery area',
      fields: [['job.dropoffs.address', 'is not in a valid area']],
      code: 'ADDRESS_INVALID',
    },
  },
  {
    id: 'getaround/owner-api-invalid-attribute-422',
    source: 'Getaround Owner API',
    url: 'yann120/getaround-owner-api/Owner API v1.json',
    note: "The example of the `4XX` response every path of the Getaround Owner API's OpenAPI document refers to (`components.responses.4XX`), in the copy of the vendor's document a client repository keeps; it is JSON:API's own example error, which Getaround prints as its answer. The `4XX` response allows any client status; the status given is the one the lone item names (`status: \"422\"`), judgment call. Kind: 422 with a field error, validation (rule 1). Fields: the JSON:API pointer `/data/attributes/firstName` is `firstName` (rule 3's table). Message: the lone item's `detail` is its field's message and `title` (\"Invalid Attribute\") a type-level label, so only field messages exist: the default (rule 2.4). No code (the item's `status` restates the status), no logId.",
    response: {
      status: 422,
      body: {
        errors: [
          {
            status: '422',
            source: { pointer: '/data/attributes/firstName' },
            title: 'Invalid Attribute',
            detail: 'First name must contain at least three characters.',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['firstName', 'must contain at least three characters']],
    },
  },
  {
    id: 'sendbox/auth-token-required-401',
    source: 'Sendbox',
    url: 'https://docs.sendbox.co/api/errors',
    note: 'The "Authentication Errors" example of Sendbox\'s error page ("Status code : 401 - unauthorized"), copied whole; the 409 and 403 examples on the same page are templates (`"required field": ["error message"]`, `"error message"`) and were left out. Kind: 401, unauthenticated (rule 1). Message: `description` is the occurrence\'s sentence over the `title` (rule 2.2), and it names the credential to send ("an auth token"), which stays (rule 2.1, a credential\'s name). Judgment call: a reader could take it for the 401\'s phrase in other words. No code, no logId.',
    response: {
      status: 401,
      body: {
        description: 'Please provide an auth token as part of the request.',
        title: 'Auth token required',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Please provide an auth token' },
  },
] satisfies ConformanceCase[];
