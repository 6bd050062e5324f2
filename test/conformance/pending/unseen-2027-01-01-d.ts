import { DEFAULT, type ConformanceCase } from '../types';

// Forty-second unseen-API holdout, part D (1 January 2027): clinical practice management, e-prescribing, labs,
// telehealth, dental and veterinary practice software, and health-data aggregators that no other case file uses: Terra
// (health and fitness data aggregator), Netsmart CareConnect (EHR FHIR APIs), CareEvolution (FHIR health-data
// platform), Halo Connect (Halo Cloud, an integration layer over GP practice-management systems), PlusMedical (clinic
// booking and practice API), Healos (practice API), Docus (labs API), the NHS Prescription Exemption Checking Service,
// vitalera (remote patient monitoring), VectorCare (patient-logistics Open API) and Dental PMS (a dental practice
// management API at apidocs.dev.pms.pbn-dev.com), collected to measure how the reader does at first sight on APIs it
// was never tuned on. The brief's candidates (DrChrono, Elation, Akute, DoseSpot, Halaxy, Nookal, Jane App, Power
// Diary, Practice Better, Spruce, Doxy.me, Zocdoc, Vetspire, PetDesk, ezyVet, Sikka, Open Dental, Tebra/Kareo, ModMed,
// Practice Fusion, Healthjump, Metriport, Particle Health, Bridge, Junction (Vital), Terra) gave one source, Terra; the
// others were looked for and dropped (below) and the part was filled with other APIs of the same domain. Every body was
// copied from the public material named in `url` and `note`: the vendor's own OpenAPI components (Terra's
// `components/common.yaml`, the RFC 7807 examples it publishes for its 400, 401 and 404) and the vendors' own reference
// pages that print an error body (all the others). Where a status is not printed beside the body, the note says where
// it came from (the body's own status member, or the vendor's status table for that error). PlusMedical's 429 is the
// only response printed with headers, and they are copied as shown (its status line's own `X-RateLimit-*`); no other
// header was shown beside any of these bodies and none was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: DrChrono (code search found only integrations' own service wrappers, no captured body),
// Elation (its FHIR API's "Errors" page prints two OperationOutcomes, an unsupported `http.Accept` format and
// "Observation with such id already exists", without the status of either; its status table names neither), Particle
// Health and Spruce (status tables only; Spruce says a bad token answers 403, with no body), Zocdoc (reference pages
// reached here print requests and success payloads only), Open Dental (its API implementation and setup pages, and a
// third party's "error codes" article, print no error body), Sikka, Nookal and DoseSpot (DoseSpot's help pages print a
// templated `{ Result: { ResultCode: "sample string 1", ... } }`), Junction/Vital (its docs repository's "Errors" page
// describes `error_type`, `error_message`, `error_code` without a body; the rate-limit page prints a table), Halaxy (a
// status table that maps 442 to "Unprocessable Entity", no body), Meddbase (its error-handling pages print a status
// table and event codes, no body), OpenEMR (its REST API guide prints `validationErrors`/`internalErrors` bodies, but
// the guide says it was reorganized with an AI assistant and its examples disagree with the keyed validation maps the
// code returns; not taken as the server's text), Oystehr (its OperationOutcome page copies the FHIR specification's
// example), Veradigm (an OperationOutcome printed for "a code in the 4xx or 5xx", no status), Healthcode (a 400-range
// example whose `diagnostics` is not valid JSON), CloudRx (templated `"string"` bodies), Halo Connect's query
// `errorDetails` body (its `errorCode: 413` is the site transfer's, not the response status stated anywhere) and its
// FHIR OperationOutcome (cut in every stored excerpt), VectorCare's `members:not_authenticated` body (printed without
// its status), Aayutech (a `{ detail: "Patient not found" }` without a status) and Phil (a partner callback format, not
// an API's error). Sources already in the corpus were skipped (Metriport, Medplum, Canvas Medical, Healthie, Cliniko,
// athenahealth, Health Gorilla, Truepill, WIO Clinic, Scan.com, VetDrugs, Validic, Withings, Fitbit). No non-English
// body turned up (PlusMedical localizes to Romanian on request, but prints English only); one XML body did
// (CareEvolution's OperationOutcome). The part holds 27 cases from 11 sources; 57 of the 70 look-ups were spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-01-d`, on 595aa7c, src/ unchanged: in the frozen copy /tmp/base42): 24/27 pass, 11 sources
// (kind 27/27, message 24/27, fields 27/27, retry 27/27, logId 0/0, code 5/5). Failing at first sight:
// terra/invalid-start-date-problem-400 (kept "Invalid start_date", capitalized, where rule 2.1 reads a line naming only
// which parameter is invalid, "Invalid parameter 'x'", as generic: the default); netsmart-careconnect/invalid-search-
// parameter-400 (kept "Invalid search parameter: 'invalid-param'", the same rule 2.1 reading); halo-connect/halo-guid-
// must-be-provided-400 (kept "Halo GUID must be provided.", where rule 2.1 reads a line naming only which input is
// missing, as EGi's "… is required", as generic). All three are judgment calls their notes name, the other reading
// keeping the line. Every other case passed as written, including the judgment calls on Terra's "dev-id or x-api-key
// headers are missing", Netsmart's "Unknown extension URL", PlusMedical's `details.required_scope` (no field) and its
// past epoch reset read as a delta clamped to a day, vitalera's Simple JWT line, the NHS service's "Please provide a
// valid postcode", CareEvolution's term-mapping report (the default) and Dental PMS's "Version conflict" and
// "Insufficient permissions" (kept). No expectation was changed after the run (Prettier's line breaks were applied
// before it).

// Waits in `pending/`: 24/27. Its three misses are lines naming only which input is invalid or missing ("invalid
// start_date", "Invalid search parameter: 'invalid-param'", "Halo GUID must be provided."), which the corpus reads
// both ways (two dozen scored cases keep "x is required"); scoring it would spend most of the corpus's slack on them.

export default [
  // ───────────────────────────── Terra ─────────────────────────────
  {
    id: 'terra/invalid-start-date-problem-400',
    source: 'Terra API',
    url: 'tryterra/openapi/components/common.yaml@0c969c01d6f00eed94bd3527b64e421ca413b4ef',
    note: 'Terra\'s shared OpenAPI components, `responses.BadRequest`: "One or more parameters is malformed. The `detail` field describes the specific problem.", with this `application/problem+json` example (RFC 7807; "returned ... on every 4xx/5xx response"). Status: the response it is the example of, 400. No header shown. Kind: a 400 without field errors and without a code: bad-request (rule 1; `about:blank` is never a code, rule 6). Message: `detail` is the occurrence\'s text (rule 2.2), but "invalid start_date" names only which parameter is invalid, generic as "Invalid parameter \'x\'" and "Invalid argument [name]" are (rule 2.1): the default. Judgment call: a reader who takes any `detail` as a sentence keeps it. No field: the parameter is named only in the text (rule 3 finds fields by structure). No logId: `instance` is a path, not an id (rule 5).',
    response: {
      status: 400,
      body: { type: 'about:blank', title: 'bad request', instance: '/activity', detail: 'invalid start_date' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'terra/dev-id-api-key-missing-401',
    source: 'Terra API',
    url: 'tryterra/openapi/components/common.yaml@0c969c01d6f00eed94bd3527b64e421ca413b4ef',
    note: 'The same components, `responses.Unauthorized` ("Authentication credentials are missing or invalid."), with this example (also the `Problem` schema\'s `detail` example). Status: 401. No header shown. Kind: 401, unauthenticated (rule 1). Message: `detail` (rule 2.2), a sentence saying which credential headers are missing; kept, as the corpus keeps credential lines (Homedata\'s "Valid API key required"). Judgment call: a reader who reads it as a line naming only what is missing (rule 2.1, "Missing \'name\' parameter") gives the default. No code, no logId (`instance` is a path).',
    response: {
      status: 401,
      body: {
        type: 'about:blank',
        title: 'unauthorized',
        instance: '/activity',
        detail: 'dev-id or x-api-key headers are missing',
      },
    },
    expect: { kind: 'unauthenticated', message: 'dev-id or x-api-key headers are missing' },
  },
  {
    id: 'terra/user-not-found-404',
    source: 'Terra API',
    url: 'tryterra/openapi/components/common.yaml@0c969c01d6f00eed94bd3527b64e421ca413b4ef',
    note: 'The same components, `responses.NotFound` ("A referenced resource does not exist on Terra\'s end."), with this example. Status: 404. No header shown. Kind: 404, not-found. Message: `detail` over the lowercased reason phrase in `title` (rule 2.2), a sentence naming what was not found, kept as "Resource not found" is (rule 2.1). No code, no logId.',
    response: {
      status: 404,
      body: { type: 'about:blank', title: 'not found', instance: '/activity', detail: 'user not found' },
    },
    expect: { kind: 'not-found', message: 'user not found' },
  },

  // ───────────────────────────── Netsmart CareConnect ─────────────────────────────
  {
    id: 'netsmart-careconnect/authentication-required-401',
    source: 'Netsmart CareConnect FHIR API',
    url: 'https://careconnect.netsmartcloud.com/docs/api/fhir/general/v1/r4/errors/index.html',
    note: 'The "Common Errors" page of Netsmart\'s General Purpose R4 FHIR API prints this OperationOutcome under "401 Unauthorized". No header shown. Kind: 401, unauthenticated (rule 1). Message: the lone issue\'s `details.text` (rule 3, FHIR) is "Authentication required", the 401\'s phrase as Apache and nginx write it, which rule 2.1 reads as the status restated: the default. No code stated: the issue\'s `code` (`security`) is FHIR\'s issue type, which no rule names as the response\'s code (rule 6 leaves it in doubt).',
    response: {
      status: 401,
      body: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'security', details: { text: 'Authentication required' } }],
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'netsmart-careconnect/insufficient-scope-403',
    source: 'Netsmart CareConnect FHIR API',
    url: 'https://careconnect-uat.netsmartcloud.com/docs/api/fhir/certified/provider/patient-access/errors/index.html',
    note: 'The "Common Errors" page of Netsmart\'s certified Provider Patient Access API: "403 Forbidden / HTTP Status: 403 Forbidden", "Example Response:" this body. No header shown. Kind: 403, forbidden. Message: the lone issue\'s `diagnostics` (no `details.text`; rule 3, FHIR), a sentence saying what the token lacks. No code stated (the issue type `forbidden` only restates the status, rule 6).',
    response: {
      status: 403,
      body: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'forbidden', diagnostics: 'Insufficient scope for requested resource' }],
      },
    },
    expect: { kind: 'forbidden', message: 'Insufficient scope for requested resource' },
  },
  {
    id: 'netsmart-careconnect/invalid-search-parameter-400',
    source: 'Netsmart CareConnect FHIR API',
    url: 'https://careconnect-uat.netsmartcloud.com/docs/api/fhir/certified/provider/patient-access/errors/index.html',
    note: 'The same page: "400 Bad Request / HTTP Status: 400 Bad Request" ("Invalid search parameters"), "Example Response:" this body. No header shown. Kind: a 400 without field errors (the issue has no `expression`) and no code rule 1 reads (FHIR\'s `invalid` issue type is no listed code): bad-request. Message: "Invalid search parameter: \'invalid-param\'" names only which parameter is invalid, generic as "Invalid parameter \'x\'" is (rule 2.1): the default. Judgment call: a reader who keeps any lone issue\'s text gives that line.',
    response: {
      status: 400,
      body: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'invalid', diagnostics: "Invalid search parameter: 'invalid-param'" }],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'netsmart-careconnect/resource-not-found-404',
    source: 'Netsmart CareConnect FHIR API',
    url: 'https://careconnect.netsmartcloud.com/docs/api/fhir/general/v1/r4/errors/index.html',
    note: 'The General Purpose R4 API\'s "Common Errors": "Resource Not Found / 404 Not Found" and this body. No header shown. Kind: 404, not-found. Message: `details.text` "Resource not found", a sentence and not the bare reason phrase (rule 2.1, as the fifth holdout\'s change reads it). No code stated (`not-found` restates the status).',
    response: {
      status: 404,
      body: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'not-found', details: { text: 'Resource not found' } }],
      },
    },
    expect: { kind: 'not-found', message: 'Resource not found' },
  },
  {
    id: 'netsmart-careconnect/unknown-extension-url-422',
    source: 'Netsmart CareConnect FHIR API',
    url: 'https://careconnect.netsmartcloud.com/docs/api/fhir/general/v1/r4/errors/index.html',
    note: 'The same page: "Extension Errors / 422 Unprocessable Entity" ("Using unsupported or invalid extension URLs") and this body. No header shown. Kind: 422, validation (rule 1). Fields: none (no `expression`). Message: the lone issue about no element is the message (rule 3, FHIR): "Unknown extension URL" says what is wrong with the resource, kept. Judgment call: a reader could take it for a line naming only what is invalid (rule 2.1) and give the default. No code stated (`structure` is FHIR\'s issue type).',
    response: {
      status: 422,
      body: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'structure', details: { text: 'Unknown extension URL' } }],
      },
    },
    expect: { kind: 'validation', message: 'Unknown extension URL' },
  },

  // ───────────────────────────── CareEvolution ─────────────────────────────
  {
    id: 'careevolution/not-authorized-401',
    source: 'CareEvolution FHIR API',
    url: 'https://fhir.docs.careevolution.com/overview/tutorials/error_handling.html',
    note: 'CareEvolution\'s "Handling Errors": "If there is a problem with the access token in the request, the software will respond with status 401 (Unauthorized)." and this body. No header shown. Kind: 401, unauthenticated. Message: `Message` (PascalCase, rule 3), a sentence, not the bare "Not Authorized" (kept, as the corpus keeps Banxa\'s same sentence on a 401). No code.',
    response: { status: 401, body: { Message: 'You are not authorized to access this resource.' } },
    expect: { kind: 'unauthenticated', message: 'You are not authorized to access this resource' },
  },
  {
    id: 'careevolution/term-mapping-operationoutcome-xml-500',
    source: 'CareEvolution FHIR API',
    url: 'https://fhir.docs.careevolution.com/overview/tutorials/error_handling.html',
    note: 'The same page: "If a general error occurs while processing the request, the software will respond with status 500 (Internal Server Error). The response will include an OperationOutcome ... For example, the following error reports a problem with term mapping:" and this XML, copied with its indentation. No header shown. Kind: 500, server. Message: the issue\'s `details/text/@value` (XML read as JSON, rule 3; the narrative `div` is markup, rule 2.5) is a report of the server\'s own term mapping that names internal qualified names (`CareEvolution.OrderStatus.RE`, rule 2.3\'s qualified type names): developer text, the default. Judgment call: a reader who keeps the clause before the colon ("Unable to map the term ... code") gives that line. No code.',
    response: {
      status: 500,
      body: [
        '<OperationOutcome xmlns="http://hl7.org/fhir">',
        '    <text>',
        '        <status value="generated" />',
        '        <div xmlns="http://www.w3.org/1999/xhtml">Unable to map the term CareEvolution.OrderStatus.RE to a FHIR DiagnosticOrderStatus code: there is no valid term mapping and the term code does not correspond to any of the allowed values</div>',
        '    </text>',
        '    <issue>',
        '        <severity value="error" />',
        '        <details>',
        '            <text value="Unable to map the term CareEvolution.OrderStatus.RE to a FHIR DiagnosticOrderStatus code: there is no valid term mapping and the term code does not correspond to any of the allowed values" />',
        '        </details>',
        '    </issue>',
        '</OperationOutcome>',
      ].join('\n'),
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Halo Connect ─────────────────────────────
  {
    id: 'halo-connect/halo-guid-must-be-provided-400',
    source: 'Halo Connect (Halo Cloud API)',
    url: 'https://docs.haloconnect.io/halo-cloud/troubleshooting',
    note: '"Troubleshooting Halo Cloud", "Error Responses / General" prints this body. Status: the body\'s own `status` (400). No header shown. Kind: a 400 without field errors and without a code: bad-request (rule 1; `statusText` is the reason phrase). Message: "Halo GUID must be provided." names only which input is missing, as "… is required" lines do (rule 2.1; EGi\'s "data.attributes.uprn is required" gave the default): the default. Judgment call: a reader who takes a whole sentence for the person\'s keeps it. No code.',
    response: { status: 400, body: { status: 400, statusText: 'Bad Request', message: 'Halo GUID must be provided.' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── PlusMedical ─────────────────────────────
  {
    id: 'plusmedical/insufficient-scope-403',
    source: 'PlusMedical API',
    url: 'https://plusmedical.ro/developers/errors/',
    note: 'PlusMedical\'s developer "Errors" page: "Every error uses one envelope. message is human-readable and localized", with this body. Status: not printed beside it; the page\'s code table gives "403 | insufficient_scope | The key lacks the scope in details.required_scope": 403. No header shown. Kind: 403 with a permission code (`insufficient_scope`, rule 1): forbidden. Message: `error.message`, a sentence naming the missing scope. Fields: none; `details.required_scope` holds a scope name, context for the program, not a message about an input (judgment call: a reader who reads any string map under `details` as fields, rule 3, gives `required_scope`). Code: `insufficient_scope` (rule 6).',
    response: {
      status: 403,
      body: {
        error: {
          code: 'insufficient_scope',
          message: 'The API key is missing the required scope: read:doctors.',
          details: { required_scope: 'read:doctors' },
        },
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'The API key is missing the required scope',
      code: 'insufficient_scope',
    },
  },
  {
    id: 'plusmedical/rate-limited-429-headers',
    source: 'PlusMedical API',
    url: 'https://plusmedical.ro/developers/rate-limits/',
    note: 'PlusMedical\'s "Rate limits" page, "When you hit the limit": the status line `HTTP/1.1 429 Too Many Requests`, three headers and this body, all as shown. Kind: 429, rate-limited (and `rate_limited` a throttling code, rule 1). Message: `error.message`; "Rate limit exceeded." is a sentence, and the pointer to the headers after it is part of the same string. Retry: no `Retry-After`; `X-RateLimit-Reset: 1765532460` is read against the corpus clock (no `Date` shown, so 2026-11-22T12:00:00Z): as epoch seconds it is 2025-12-12, far from a day of now, so rule 4.2 reads it as a delta, which rule 4 clamps to one day: 86400. Judgment call: the page means an epoch (its 200 example carries the same value), and a reader who gives an epoch in the past no time at all omits retry. Code: `rate_limited`. No logId.',
    response: {
      status: 429,
      headers: { 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1765532460' },
      body: {
        error: {
          code: 'rate_limited',
          message: 'Rate limit exceeded. Check the X-RateLimit-* headers and retry later.',
          details: null,
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded', retry: 86400, code: 'rate_limited' },
  },

  // ───────────────────────────── Healos ─────────────────────────────
  {
    id: 'healos/patient-not-found-404',
    source: 'Healos API',
    url: 'https://healos.mintlify.app/errors',
    note: 'Healos\'s "Error Handling": "All errors return a JSON object with an error field:" and this body. Status: not printed beside it; the page\'s status table gives "404 | Resource not found", the only status for a record not found: 404 (judgment call, as MyTruv\'s "Link not found" was taken). No header shown. Kind: 404, not-found. Message: `error`, a sentence naming what was not found. No code.',
    response: { status: 404, body: { error: 'Patient not found' } },
    expect: { kind: 'not-found', message: 'Patient not found' },
  },
  {
    id: 'healos/validation-error-details-map-400',
    source: 'Healos API',
    url: 'https://healos.mintlify.app/errors',
    note: 'The same page: "Validation errors include a details object mapping field names to arrays of error messages:" and this body. Status: the page\'s table gives "400 | Validation error or bad request" (no 422 is listed): 400. No header shown. Kind: a 400 with field errors: validation (rule 1). Fields: `details` maps `name` to a list of messages (rule 3, a map of fields under a member that holds errors, as Mautic\'s `details`). Message: "Validation error" is a generic summary (rule 2.1): the default. No code.',
    response: {
      status: 400,
      body: { error: 'Validation error', details: { name: ['String must contain at least 1 character(s)'] } },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'String must contain at least 1 character']],
    },
  },

  // ───────────────────────────── Docus (labs API) ─────────────────────────────
  {
    id: 'docus-labs/rate-limit-exceeded-retry-after-429',
    source: 'Docus Labs API',
    url: 'https://labs-api.docs.docus.live/limitations-863640m0',
    note: 'The Docus labs API\'s "Limitations", "API Rate Limits", prints this body; the page\'s table gives "Rate limit exceeded | 429 Too Many Requests", and the body\'s own `statusCode` is 429. The page names an `x-rate-limit-reset` header without a value; none is copied. Kind: 429, rate-limited. Message: `error`, "Rate limit exceeded. Try again later." (the plea to wait after a sentence, rule 2.1). Retry: `retry_after: 60`, a body hint in seconds (rule 4.3): 60. No code.',
    response: {
      status: 429,
      body: { error: 'Rate limit exceeded. Try again later.', statusCode: 429, retry_after: 60 },
    },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded', retry: 60 },
  },
  {
    id: 'docus-labs/file-size-exceeds-limit-413',
    source: 'Docus Labs API',
    url: 'https://labs-api.docs.docus.live/limitations-863640m0',
    note: 'The same page, "File Size Limitations", prints this body; its table gives "File too large | 413 Payload Too Large", and the body\'s own `statusCode` is 413. No header shown. Kind: 413 without `Retry-After`: bad-request (rule 1). Message: `error`, a sentence saying what is wrong with the upload. No code.',
    response: { status: 413, body: { error: 'File size exceeds the 10MB limit.', statusCode: 413 } },
    expect: { kind: 'bad-request', message: 'File size exceeds the 10MB limit' },
  },

  // ───────────────────────────── NHS Prescription Exemption Checking Service ─────────────────────────────
  {
    id: 'nhs-prescription-exemptions/provide-valid-postcode-400',
    source: 'NHS Prescription Exemption Checking Service API',
    url: 'https://nhsconnect.github.io/prescription-exemptions/errors.html',
    note: 'The service\'s "Error Handling" page, "Error Messages" table: "400 | Please provide a valid request or Please provide a valid {field list} |" and this example. No header shown. Kind: a 400 without field errors and without a code (`type` is null): bad-request (rule 1; text never decides). Message: `message`, a sentence asking the person for a valid postcode; kept (judgment call: a reader who reads it as naming only which input is invalid, rule 2.1, gives the default).',
    response: { status: 400, body: { message: 'Please provide a valid postcode', type: null } },
    expect: { kind: 'bad-request', message: 'Please provide a valid postcode' },
  },
  {
    id: 'nhs-prescription-exemptions/exemption-not-found-404',
    source: 'NHS Prescription Exemption Checking Service API',
    url: 'https://nhsconnect.github.io/prescription-exemptions/errors.html',
    note: 'The same table: "404 | Exemption has not been found |" and this example. No header shown. Kind: 404, not-found. Message: `message`, a sentence naming what was not found. No code (`type` is null).',
    response: { status: 404, body: { message: 'Exemption has not been found', type: null } },
    expect: { kind: 'not-found', message: 'Exemption has not been found' },
  },

  // ───────────────────────────── vitalera ─────────────────────────────
  {
    id: 'vitalera/rate-limit-exceeded-429',
    source: 'vitalera API',
    url: 'https://docs-v2.vitalera.io/rate-limiting',
    note: 'vitalera\'s "Rate Limits and Quotas": "If you exceed the rate limits, the API will respond with a 429 Too Many Requests status code", "Example Response:" this body (the shape of drf-standardized-errors). The page names `X-RateLimit-*` headers without values; none is copied. Kind: 429, rate-limited (`rate_limit_exceeded`, rule 1). Message: the lone item\'s `detail` (rule 2.2), a sentence; "Please try again later." after it is a plea to wait. Code: the lone item\'s `rate_limit_exceeded` over the envelope\'s `type` category (rule 6). No field (`attr` is null). No retry.',
    response: {
      status: 429,
      body: {
        type: 'client_error',
        errors: [
          {
            code: 'rate_limit_exceeded',
            detail: 'You have exceeded the rate limit. Please try again later.',
            attr: null,
          },
        ],
      },
    },
    expect: { kind: 'rate-limited', message: 'You have exceeded the rate limit', code: 'rate_limit_exceeded' },
  },
  {
    id: 'vitalera/token-not-valid-401',
    source: 'vitalera API',
    url: 'https://docs-v2.vitalera.io/it/error-handling',
    note: 'vitalera\'s "Error Handling", "Authentication Errors / Expired Token" prints this body (Simple JWT\'s). Status: not printed beside it; the page\'s table gives "401 | Unauthorized | Authentication failed. The JWT token is missing, expired, or invalid.": 401. No header shown. Kind: 401, unauthenticated (and `token_not_valid` a credential code, rule 1). Message: `detail`, a sentence saying the token is not valid; kept. Judgment call: a reader who counts "any token type" as token internals (rule 2.3) gives the default. Code: `token_not_valid` (rule 6).',
    response: { status: 401, body: { detail: 'Given token not valid for any token type', code: 'token_not_valid' } },
    expect: {
      kind: 'unauthenticated',
      message: 'Given token not valid for any token type',
      code: 'token_not_valid',
    },
  },

  // ───────────────────────────── VectorCare ─────────────────────────────
  {
    id: 'vectorcare/oauth-invalid-client-401',
    source: 'VectorCare Open API',
    url: 'https://openapi.vectorcare.com/v2/authentication/',
    note: 'VectorCare\'s Open API "Authentication" page (the token endpoint `https://auth.vectorcare.com/v2.0/oauth2/token`): "Error (401 Unauthorized)" and this body. No header shown. Kind: 401, unauthenticated (and `invalid_client` a credential code, rule 1). Message: OAuth `error_description` over `error` (rule 2.2); "Client authentication failed." kept, as the corpus reads the fortieth holdout\'s same line. Code: OAuth\'s `error`, `invalid_client` (rule 6).',
    response: { status: 401, body: { error_description: 'Client authentication failed.', error: 'invalid_client' } },
    expect: { kind: 'unauthenticated', message: 'Client authentication failed', code: 'invalid_client' },
  },

  // ───────────────────────────── Dental PMS ─────────────────────────────
  {
    id: 'dental-pms/field-required-first-name-422',
    source: 'Dental PMS API',
    url: 'https://apidocs.dev.pms.pbn-dev.com/guides/getting-started/errors',
    note: 'The Dental PMS API\'s "Error Handling": "Validation Errors (422) / When request validation fails, the API returns detailed field-level errors:" and this body (FastAPI\'s shape). No header shown. Kind: 422, validation. Fields: the item\'s `loc` `["body", "first_name"]` with the leading `body` removed is `first_name` (rule 3\'s table), its `msg` the message. Message: only a field message: the default (rule 2.4). No code stated: the lone item\'s FastAPI `type` (`missing`) is one rule 6 leaves in doubt.',
    response: {
      status: 422,
      body: { detail: [{ loc: ['body', 'first_name'], msg: 'Field required', type: 'missing' }] },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['first_name', 'Field required']] },
  },
  {
    id: 'dental-pms/version-conflict-409',
    source: 'Dental PMS API',
    url: 'https://apidocs.dev.pms.pbn-dev.com/guides/getting-started/errors',
    note: 'The same page: "Conflict Errors (409) / Returned when optimistic concurrency fails (stale base_version):" and this body. No header shown. Kind: 409, conflict (rule 1). Message: `detail`, "Version conflict: expected 3, got 2", the conflict named and the versions after it; kept (judgment call: a reader who reads the version numbers as the developer\'s report, rule 2.3, gives the default). No code.',
    response: { status: 409, body: { detail: 'Version conflict: expected 3, got 2' } },
    expect: { kind: 'conflict', message: 'Version conflict' },
  },
  {
    id: 'dental-pms/patient-not-found-404',
    source: 'Dental PMS API',
    url: 'https://apidocs.dev.pms.pbn-dev.com/guides/getting-started/errors',
    note: 'The same page: "Not Found Errors (404)" and this body. No header shown. Kind: 404, not-found. Message: `detail`, a sentence naming what was not found. No code.',
    response: { status: 404, body: { detail: 'Patient not found' } },
    expect: { kind: 'not-found', message: 'Patient not found' },
  },
  {
    id: 'dental-pms/not-authenticated-401',
    source: 'Dental PMS API',
    url: 'https://apidocs.dev.pms.pbn-dev.com/guides/getting-started/authentication',
    note: 'The Dental PMS API\'s "Authentication", "Error Responses": "If authentication fails, the API returns a 401 Unauthorized response:" and this body. No header shown. Kind: 401, unauthenticated. Message: "Not authenticated", FastAPI\'s words, restates a 401 (rule 2.1 keeps it only on another status, as DeepInfra\'s on a 403): the default. No code.',
    response: { status: 401, body: { detail: 'Not authenticated' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'dental-pms/insufficient-permissions-403',
    source: 'Dental PMS API',
    url: 'https://apidocs.dev.pms.pbn-dev.com/guides/getting-started/authentication',
    note: 'The same section: "If the token is valid but the user lacks permission for the requested operation, the API returns a 403 Forbidden response:" and this body. No header shown. Kind: 403, forbidden. Message: `detail`, "Insufficient permissions", which says why the request was refused; kept (judgment call: a reader who reads it as a category line like "Access forbidden", rule 2.1, gives the default). No code.',
    response: { status: 403, body: { detail: 'Insufficient permissions' } },
    expect: { kind: 'forbidden', message: 'Insufficient permissions' },
  },
] satisfies ConformanceCase[];
