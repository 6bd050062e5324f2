import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-twelfth unseen-API holdout, part LA (12 March 2027): parking, vehicle-data, VIN-decoding, connected-car
// and mobility-service APIs that no other case file uses: Auto.dev (a vehicle-data API gateway: VIN decoding, plates,
// listings, taxes), VinReveal (a VIN-decoding API), Parclick (a Spanish car-park booking API), Garanti BBVA's Fleet
// Cars For Rental API (the bank's car-rental fleet service), ParkingToll (a small parking-lot toll API on a
// self-hosted Gitea, whose docs print Spring Boot's error bodies) and AutoProtect AI (a vehicle API whose Slate docs
// print a sample error). They were collected to measure how the reader does at first sight on APIs it was never
// tuned on. Every body was copied from the vendor's own public material named in `url`: Auto.dev's "Error Codes
// Reference" page (each body under its status heading, the status also in the body), VinReveal's "Error Codes
// Reference" page (each example under its status heading; printed as Python dicts, written back here as the JSON
// they stand for), Parclick's API reference README in its parclick/api-doc repository (the body under "**401
// Unauthorized**"), Garanti BBVA's API page for Fleet Cars For Rental (its "Return Messages" table pairs each code with
// its body), ParkingToll's endpoint docs (each "Content example" under its "Code : 404 NOT FOUND" or "Code : 503
// SERVICE UNAVAILABLE") and AutoProtect AI's Slate errors page (a "Sample error response" whose status is its own
// `status_code`, the one case whose status comes from the body alone). No page shows a header, so no case has one.
// Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Caruso Dataplace (placeholder bodies, `"<error-code>"`), Free2Move's partner API (an error
// table without bodies), ParkWhiz and Arrive v4 (the stored pages end before their errors section), ParkMobile (a
// ServiceStack metadata page of placeholders), CarsXE (its error envelope is printed, but the stored excerpts end
// before the table that ties its example message to a status), Price Digests (its Error API lists VIN error codes as
// data, not an error response), NHTSA vPIC (its "Error Code" variable values, not a failure), Wialon's VIN lookup
// (a template with `<text>`), Ownli (schema examples of `"string"`), Auto.ru's DMS API (a placeholder body, no
// status), Skoda Connect's issues (the VW MBB 400's body is cut to its headers; aiohttp's reason phrases are no
// body), a "Harbor Parking API" page the code search gave without its repository, VinReveal's 429 (the stored text
// ends inside its `usage` object), Auto.dev's other bodies (the stored page ends after the first two), and Parclick's
// token-refresh 401 (the same body as its login 401, left out as a repeat). Skipped as already sources: Smartcar,
// High Mobility, Autodata, NHTSA Recalls, Dott, Telematica, MarketCheck, Pleos (Hyundai Motor Group), SHARE NOW,
// Wunder Mobility, HERE (its On-Street Parking plain-text lines), Method Financial's vehicle errors, Stellantis
// PSA's fleet API, Capacitor and Plugchoice (EV charging), Bolt, Lime and Tier-named products; DIMO, SpotHero,
// EasyPark, Flash, VinAudit, CarAPI, Otonomo, CarMD, Vehicle Databases and Carfax gave nothing citable in the searches
// made. No XML, HTML or plain-text body turned up.
//
// The part holds 12 cases from 6 sources, under the brief's aim of 15–30: 23 look-ups were spent, and the
// workplace's search budget then refused further calls (two more were refused, uncharged), so collecting stopped
// there with what was in hand. The AutoProtect AI case cites its repository and path without a commit: the code
// search named both but gave no commit, and no look-up was left to fetch one.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-12-la`, on 4b0f1f6, src/ unchanged: in the frozen copy /tmp/base112; the `--check` run
// before it reported every case valid): 12/12 pass, 6 sources (kind 12/12, message 12/12, fields 12/12, retry 12/12,
// logId 2/2, code 2/2). No case failed at first sight, including the judgment calls on Auto.dev's `INVALID_LOCATION`
// (validation), VinReveal's `detail` over its `error` and DRF's "Authentication credentials were not provided."
// (kept), ParkingToll's full lot on a 503 (unavailable, kept) and AutoProtect AI's "Field name 'vehicle.vin' must
// be …" (kept). The run did not crash and was made once. No expectation was changed after the run (Prettier's line
// breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, having read every case right at first sight: 12/12.

export default [
  // ───────────────────────────── Auto.dev ─────────────────────────────
  {
    id: 'auto-dev/invalid-location-zip-400',
    source: 'Auto.dev',
    url: 'https://docs.auto.dev/api-reference/errors',
    note: 'Printed under "400 - Bad Request", "Invalid Location", "Code: INVALID_LOCATION"; the body repeats the status. Kind: `INVALID_LOCATION` begins with "invalid" and names an input (the location the ZIP code gives), a validation code on a 4xx (rule 1); no member names a field (`path` at the top is the request\'s URL path, rule 3), so no field error. A judgment call: a reader could take LOCATION for no input\'s name and read a bad request. Message: `error` is a sentence for the person ("Invalid ZIP code format. ZIP code must be 5 digits …"), more specific than the `suggestion` beside it (rule 2). Support id: `requestId` (rule 5). Code: `code` (rule 6).',
    response: {
      status: 400,
      body: {
        status: 400,
        error: 'Invalid ZIP code format. ZIP code must be 5 digits (e.g., 90210) or 5+4 format (e.g., 90210-1234)',
        code: 'INVALID_LOCATION',
        path: '/taxes/invalidzip',
        requestId: 'a1b2c3d4e5f6g7h8',
        suggestion: 'Please provide a valid 5-digit ZIP code or ZIP+4 format',
      },
    },
    expect: {
      kind: 'validation',
      message: 'Invalid ZIP code format',
      logId: 'a1b2c3d4e5f6g7h8',
      code: 'INVALID_LOCATION',
    },
  },
  {
    id: 'auto-dev/invalid-vin-format-400',
    source: 'Auto.dev',
    url: 'https://docs.auto.dev/api-reference/errors',
    note: 'Printed under "400 - Bad Request", "Invalid VIN Format", "Code: INVALID_VIN_FORMAT"; the body repeats the status. Kind: `INVALID_VIN_FORMAT` says an input\'s value (the VIN) is invalid, a validation code (rule 1); no field member, so no field error. Message: "VIN must be exactly 17 characters …" says what the value must be in a person\'s words (VIN is what the person typed and calls it), not a line naming only an input by its key (rule 2.1): kept. Support id: `requestId` (rule 5). Code: `code` (rule 6).',
    response: {
      status: 400,
      body: {
        status: 400,
        error: 'VIN must be exactly 17 characters containing only letters and numbers (excluding I, O, Q)',
        code: 'INVALID_VIN_FORMAT',
        path: '/vin/123Invalid',
        requestId: 'a1b2c3d4e5f6g7h8',
      },
    },
    expect: {
      kind: 'validation',
      message: 'VIN must be exactly 17 characters',
      logId: 'a1b2c3d4e5f6g7h8',
      code: 'INVALID_VIN_FORMAT',
    },
  },

  // ───────────────────────────── VinReveal ─────────────────────────────
  {
    id: 'vinreveal/invalid-vin-format-400',
    source: 'VinReveal',
    url: 'https://www.vinreveal.com/docs/errors/',
    note: 'The "Example Response" under "400 Bad Request", printed as a Python dict (`{\'error\': \'Invalid VIN format\', \'detail\': \'VIN must be exactly 17 characters\'}`) and written here as the JSON it stands for. The page\'s format names `error` "Error type" and `detail` "Detailed error message", and an optional `field` "for validation errors", absent here. Kind: a 400 with no code and no field error: bad-request (rule 1: text never decides). Message: `detail` says what is wrong this time, over the type-level `error` (rule 2.2), and says what the value must be (kept, rule 2.1). A judgment call: a reader could take `error` for the sentence, as `error` beats a problem\'s `title`.',
    response: {
      status: 400,
      body: { error: 'Invalid VIN format', detail: 'VIN must be exactly 17 characters' },
    },
    expect: { kind: 'bad-request', message: 'VIN must be exactly 17 characters' },
  },
  {
    id: 'vinreveal/credentials-not-provided-401',
    source: 'VinReveal',
    url: 'https://www.vinreveal.com/docs/errors/',
    note: "The \"Example Response\" under \"401 Unauthorized\", printed as a Python dict (`{'detail': 'Authentication credentials were not provided.'}`, Django REST framework's wording), written here as JSON. Kind: 401 (rule 1). Message: kept, as the corpus keeps this line on a 401 in most of its cases (Probely's among them). A judgment call: the README records readers who read it as the 401's phrase in other words, the default.",
    response: { status: 401, body: { detail: 'Authentication credentials were not provided.' } },
    expect: { kind: 'unauthenticated', message: 'Authentication credentials were not provided' },
  },
  {
    id: 'vinreveal/api-key-deactivated-403',
    source: 'VinReveal',
    url: 'https://www.vinreveal.com/docs/errors/',
    note: 'The "Example Response" under "403 Forbidden" (causes: "Inactive API key", "Insufficient permissions", "Account suspended"), printed as a Python dict and written here as JSON. Kind: 403 with no code: forbidden (rule 1; no credential code turns it). Message: a sentence naming the credential and what happened to it (rule 2.1): kept.',
    response: { status: 403, body: { detail: 'This API key has been deactivated.' } },
    expect: { kind: 'forbidden', message: 'This API key has been deactivated' },
  },

  // ───────────────────────────── Parclick ─────────────────────────────
  {
    id: 'parclick/login-bad-credentials-401',
    source: 'Parclick API',
    url: 'parclick/api-doc/README.md@00048c8db01b9a21eb6b57a489e14e22a3b3e025',
    note: 'POST /v1/login, the body under "**401 Unauthorized**" (`code`: "http response code value", `message`: "error description"). The token-refresh endpoint prints the same body under its 401; it is left out as a repeat. Kind: 401 (rule 1). Message: "Bad credentials" says the sign-in was refused for its credentials, as the corpus keeps it (Spring Security\'s line): kept. Code: the numeric `code` only restates the status (rule 6), so none is stated.',
    response: { status: 401, body: { code: 401, message: 'Bad credentials' } },
    expect: { kind: 'unauthenticated', message: 'Bad credentials' },
  },

  // ───────────────────────────── Garanti BBVA Fleet Cars For Rental ─────────────────────────────
  {
    id: 'garanti-bbva-fleet-cars/invalid-request-400',
    source: 'Garanti BBVA Fleet Cars For Rental API',
    url: 'http://developers.garanti.com.tr/documentation/fleet_cars_for_rental',
    note: 'The "Return Messages" table\'s row for 400 (the response-code table above it: "400 | Invalid Request | MISSING PARAMETERS"). The next row, 401, is cut in the stored text and left out. Kind: a 400 with no code and no field error: bad-request (rule 1). The body of one member `result` is that object (rule 3). Message: "Invalid Request" under `messageText` is a generic summary (rule 2.1: "Invalid input", "Invalid request body"): the default. Code: `returnCode` restates the status and `reasonCode` is zero, no code (rule 6), so none is stated.',
    response: {
      status: 400,
      body: { result: { returnCode: 400, reasonCode: 0, messageText: 'Invalid Request' } },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── ParkingToll ─────────────────────────────
  {
    id: 'parkingtoll/slot-type-not-in-lot-404',
    source: 'ParkingToll (fibane)',
    url: 'https://git.fibane.eu/fibane/ParkingToll/src/50d8423d95d00d5431104068dca9997d1883a133/docs/postpark.md?lang=cs-CZ',
    note: 'POST /parking_lot/{parkingLotId}/park, "Condition : If the type of slot does not exist in the parking lot", "Code : 404 NOT FOUND", the "Content example" (Spring Boot\'s error attributes). Kind: 404 (rule 1). Message: `error` is the bare reason phrase, `message` a sentence for the person (rule 2.1): kept. `path` at the top is the request\'s URL path, no field (rule 3).',
    response: {
      status: 404,
      body: {
        timestamp: '2020-01-01T01:01:01.449192500Z',
        status: 404,
        error: 'Not Found',
        message: 'This type of slot does not exist in this parking lot',
        path: '/parking_lot/0/park',
      },
    },
    expect: { kind: 'not-found', message: 'This type of slot does not exist in this parking lot' },
  },
  {
    id: 'parkingtoll/id-not-a-parking-lot-404',
    source: 'ParkingToll (fibane)',
    url: 'https://git.fibane.eu/fibane/ParkingToll/src/50d8423d95d00d5431104068dca9997d1883a133/docs/postpark.md?lang=cs-CZ',
    note: 'POST /parking_lot/{parkingLotId}/park, "Condition : If the given ID is not associated with a Parking Lot", "Code : 404 NOT FOUND" (delpark.md prints the same body for DELETE). Kind: 404 (rule 1). Message: a sentence for the person ("The given ID" names no input by its key): kept.',
    response: {
      status: 404,
      body: {
        timestamp: '2020-01-01T01:01:01.449192500Z',
        status: 404,
        error: 'Not Found',
        message: 'The given ID is not associated with a parking lot.',
        path: '/parking_lot/5/park',
      },
    },
    expect: { kind: 'not-found', message: 'The given ID is not associated with a parking lot' },
  },
  {
    id: 'parkingtoll/parking-lot-full-503',
    source: 'ParkingToll (fibane)',
    url: 'https://git.fibane.eu/fibane/ParkingToll/src/50d8423d95d00d5431104068dca9997d1883a133/docs/postpark.md?lang=cs-CZ',
    note: 'POST /parking_lot/{parkingLotId}/park, "Condition : If the Parking Lot is full for this type of car", "Code : 503 SERVICE UNAVAILABLE". Kind: 503 is unavailable (rule 1); the API uses it for a full lot, and no code says otherwise. Message: a JSON sentence on a 5xx is the app\'s (rule 2.6 speaks of plain text only): kept. A judgment call: the lot being full is no outage, but the status decides. Retry: none named (rule 4).',
    response: {
      status: 503,
      body: {
        timestamp: '2020-01-01T01:01:01.449192500Z',
        status: 503,
        error: 'Service Unavailable',
        message: 'Parking lot is full for this type of car',
        path: '/parking_lot/0/park',
      },
    },
    expect: { kind: 'unavailable', message: 'Parking lot is full for this type of car' },
  },
  {
    id: 'parkingtoll/car-not-at-location-404',
    source: 'ParkingToll (fibane)',
    url: 'https://git.fibane.eu/fibane/ParkingToll/src/202aa7f2db0ade38239d39894df4fc57d5b1d10c/docs/delpark.md?lang=sk-SK',
    note: 'DELETE /parking_lot/{parkingLotId}/park, "Condition : If the type of car is not present in the parking lot", "Code : 404 NOT FOUND", the "Content example". Kind: 404 (rule 1). Message: the sentence in `message` (rule 2.1): kept.',
    response: {
      status: 404,
      body: {
        timestamp: '2020-03-08T05:13:52.297646900Z',
        status: 404,
        error: 'Not Found',
        message: 'This car is not at the specified location',
        path: '/parking_lot/0/park',
      },
    },
    expect: { kind: 'not-found', message: 'This car is not at the specified location' },
  },

  // ───────────────────────────── AutoProtect AI ─────────────────────────────
  {
    id: 'autoprotect-ai/vehicle-vin-format-400',
    source: 'AutoProtect AI API',
    url: 'autoprotect-ai/slate/source/includes/_errors.md',
    note: 'The "Sample error response" of the Slate docs\' Errors page ("The category of error will generally be indicated by the HTTP response code"); the status is the body\'s own `status_code`, the only status the page gives (its "Handling Errors" section is still a stub). The code search named the repository and path but no commit. Kind: a 400 with no code and no field member (the field is named only in the text, and text never decides, rule 1): bad-request. Message: the line names the input by its API key (`\'vehicle.vin\'`) but says what its value must be ("must be a 17-character alphanumeric string"), which the corpus keeps, as NutrientAPI\'s "ingredients must be a non-empty array" (rule 2.1): kept. A judgment call: a reader could read "Field name \'vehicle.vin\' …" as a line naming an input by its key, the default.',
    response: {
      status: 400,
      body: {
        status_code: 400,
        message: "Field name 'vehicle.vin' must be a 17-character alphanumeric string.",
      },
    },
    expect: { kind: 'bad-request', message: 'must be a 17-character alphanumeric string' },
  },
] satisfies ConformanceCase[];
