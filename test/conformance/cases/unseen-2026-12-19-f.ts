import { DEFAULT, type ConformanceCase } from '../types';

// Twenty-ninth unseen-API holdout, part F (19 December 2026): healthcare interoperability (FHIR servers and EHR
// sandboxes, openEHR and DICOM servers, claims and eligibility clearinghouses, pharmacy and health-data networks) that
// no other case file uses (Epic on FHIR, Oracle Health (Cerner) Millennium FHIR, NHS Personal Demographics Service,
// EHRbase, EHRbase FHIR Bridge, Orthanc, dcm4chee-arc-light, Aidbox, node-fhir-server-core, the b.well FHIR server,
// Health Gorilla, Stedi, Change Healthcare (Optum), eligibility.dev, Metriport, WIO Clinic, Truepill), collected to
// measure how the reader does at first sight on APIs it was never tuned on. Every body and header was copied from the
// public material named in `url`: goldens captured from Epic's and Oracle Health's public sandboxes by a
// conformance-mapping repository (mock-health/the-map: request, status and body, and for the token probe the headers),
// vendor sandboxes' stubs that their own feature tests assert whole (NHS PDS), a server's own test fixture (b.well), a
// client library's test fixture (Orthanc), public issues pasting a captured response or a client's log of it
// (EHRbase, EHRbase FHIR Bridge, Orthanc, dcm4chee, node-fhir-server-core), and vendors' references printing an error
// body (Aidbox, Health Gorilla, Stedi, Change Healthcare, eligibility.dev, Metriport, WIO Clinic, Truepill). No
// Content-Type was added where the source shows none; a status taken from elsewhere than the example itself (a table
// on the same page, the body's own status member, a client's log line) is said in `note`. FHIR OperationOutcome issues
// are read by README rule 3 (text `details.text` else `diagnostics`, field the `expression` after the resource type).
// Every `expect` was written from the source and test/conformance/README.md before the kit was run on it.
//
// Looked for and dropped: HAPI FHIR, Microsoft FHIR Server (Azure Health Data Services), Medplum, Canvas Medical (and
// its fhirstarter library), Healthie and athenahealth (already in the corpus; Smile CDR is HAPI FHIR under another
// name, Google Cloud Healthcare API is Google Cloud's error format); Firely Server (an attack-run report capturing
// server.fire.ly's OperationOutcomes was found by find_string, but its repository could not be resolved to cite);
// MEDITECH Greenfield (a captured 401 body without its status), Elation's FHIR API (examples without a status per
// example), Blaze, LibreHealth and FHIRsmith issues (bodies without a status), Aidbox's CustomUser 422 with object
// diagnostics (its file could not be pinned), HL7 and IHE implementation-guide example OperationOutcomes (no response
// status), Stedi's AAA examples in 200 responses (bodies elided with "..."), Particle Health and 1upHealth (status
// tables only), gematik's E-Rezept docs (only success bodies found), a SMART Health IT launcher 502 (nginx's stock
// page; nginx is in the corpus), and duplicates (Oracle Health's unknown-resource-type 404, its patient 404's body).
// No healthcare 429 with headers and no XML OperationOutcome under an error status was found in the time.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-19-f`, on 461b04c, src/ unchanged: in the frozen copy of 461b04c): 24/30 pass, 17 sources
// (kind 29/30, message 24/30, fields 30/30, retry 30/30, logId 3/3, code 3/3). Failing at first sight:
// nhs-pds/resource-version-mismatch-409 (the conflict default: an issue whose only sentence is its Spine coding's
// `display` not read, rules 2 and 3); nhs-pds/invalid-resource-id-400 (bad-request and the default: the coding's
// `INVALID_RESOURCE_ID` not read as the code nor its `display` as the sentence, rules 1, 2, 6);
// ehrbase/jooq-sql-exception-500 (jOOQ's "Access database using Jooq; uncategorized SQLException for SQL [select …"
// kept: SQL text not taken for developer text, rule 2.3); ehrbase-fhir-bridge/ehrbase-rejected-composition-422 ("HTTP
// status '400 Bad Request' was returned by EHRbase while …" kept: a report of another service's status, rule 2.3);
// change-healthcare/care-cost-estimator-dob-format-400 ("There were missing or invalid data or parameters in the
// request." kept: a line that only says the input was invalid, rule 2.1); change-healthcare/
// care-cost-pricing-procedure-required-400 ("Request validation failed. Please check your message." kept: a generic
// line and a pointer, rule 2.1). No expectation was changed after the run.
//
// Scored in `cases/` the stop it was collected (5 December), at 30/30: the twenty-ninth holdout's rules read all six
// (a FHIR coding's `display` and code, an `SQLException`, another service's status reported, more generic lines).

export default [
  // ───────────────────────────── Epic on FHIR ─────────────────────────────
  {
    id: 'epic/patient-fhir-id-not-found-404',
    source: 'Epic on FHIR',
    url: 'mock-health/the-map/tests/golden/epic/phase-b-2026-04-26/error-404-on-nonexistent-patient-id.json@c5cffbf5ac55af7a61ae31ea2e2cdac2e6d18302',
    note: "A golden captured from Epic's public sandbox (GET https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4/Patient/this-id-definitely-does-not-exist-c2f4692e, 2026-04-26): the file records `_request.status` 404 and the body; no headers were recorded. The one issue names its element in `expression` (\"id\", with no resource type before it), so by rule 3 (FHIR's OperationOutcome) it is a field error whose text is `details.text`; with only field messages the message is the default (rule 2.4). Epic's `details.coding` code 59008 is not stated: rule 6 does not say whether it or `issue.code` is the code.",
    response: {
      status: 404,
      body: {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'fatal',
            code: 'not-found',
            details: {
              coding: [
                {
                  system: 'urn:oid:1.2.840.114350.1.13.0.1.7.2.657369',
                  code: '59008',
                  display: 'The FHIR ID provided was not found.',
                },
              ],
              text: 'The FHIR ID provided was not found.',
            },
            diagnostics: 'Invalid FHIR ID provided',
            location: ['/f:id'],
            expression: ['id'],
          },
        ],
      },
    },
    expect: { kind: 'not-found', message: DEFAULT, fields: [['id', 'The FHIR ID provided was not found.']] },
  },
  {
    id: 'epic/patient-search-demographics-required-400',
    source: 'Epic on FHIR',
    url: 'mock-health/the-map/tests/golden/epic/phase-b-2026-04-26/error-search-with-unsupported-param.json@c5cffbf5ac55af7a61ae31ea2e2cdac2e6d18302',
    note: 'Captured from Epic\'s sandbox (GET …/R4/Patient?totally-bogus-param=foo): `_request.status` 400, no headers recorded. Two issues: an `information` one (the unknown parameter was ignored) and a `fatal` business-rule one whose `expression` is "demographics/_id". Rule 3 makes each error issue an item; the information issue is no error, so it is neither an item nor the message. The fatal issue\'s text is its `details.text` (rule 3: details.text else diagnostics) and its field the expression as written: FHIRPath separates with dots, so "demographics/_id" is one segment (doubtful: Epic means "demographics or _id"). A 400 with a field error is a validation failure (rule 1); only field messages: the default (rule 2.4).',
    response: {
      status: 400,
      body: {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'information',
            code: 'invalid',
            details: {
              coding: [
                {
                  system: 'urn:oid:1.2.840.114350.1.13.0.1.7.2.657369',
                  code: '59100',
                  display: 'Content invalid against the specification or a profile.',
                },
              ],
              text: 'Content invalid against the specification or a profile.',
            },
            diagnostics: 'Unknown parameter: TOTALLY-BOGUS-PARAM. Parameter has been ignored.',
          },
          {
            severity: 'fatal',
            code: 'business-rule',
            details: {
              coding: [
                {
                  system: 'urn:oid:1.2.840.114350.1.13.0.1.7.2.657369',
                  code: '59159',
                  display: 'The content/operation failed to pass a business rule, and so could not proceed.',
                },
              ],
              text: 'The content/operation failed to pass a business rule, and so could not proceed.',
            },
            diagnostics: 'This resource requires demographics or _id parameter for searching.',
            location: ['/f:demographics/_id'],
            expression: ['demographics/_id'],
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['demographics/_id', 'failed to pass a business rule']] },
  },
  {
    id: 'epic/unknown-resource-type-iis-404-html',
    source: 'Epic on FHIR',
    url: 'mock-health/the-map/tests/golden/epic/phase-b-2026-04-26/error-request-unsupported-resource-type.json@f02ee8e6500ba893cd8574c6a7500a24e23720e0',
    note: "Captured from Epic's sandbox (GET …/R4/FakeResourceTypeThatDoesNotExist?_count=1): `_request.status` 404 and the body as `_non_json_body`, IIS's stock page, copied whole with its CRLFs. No headers were recorded (the page's own meta tag says text/html; none added). An HTML page gives no message (rule 2.5).",
    response: {
      status: 404,
      body: '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\r\n<html xmlns="http://www.w3.org/1999/xhtml">\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>\r\n<title>404 - File or directory not found.</title>\r\n<style type="text/css">\r\n<!--\r\nbody{margin:0;font-size:.7em;font-family:Verdana, Arial, Helvetica, sans-serif;background:#EEEEEE;}\r\nfieldset{padding:0 15px 10px 15px;} \r\nh1{font-size:2.4em;margin:0;color:#FFF;}\r\nh2{font-size:1.7em;margin:0;color:#CC0000;} \r\nh3{font-size:1.2em;margin:10px 0 0 0;color:#000000;} \r\n#header{width:96%;margin:0 0 0 0;padding:6px 2% 6px 2%;font-family:"trebuchet MS", Verdana, sans-serif;color:#FFF;\r\nbackground-color:#555555;}\r\n#content{margin:0 0 0 2%;position:relative;}\r\n.content-container{background:#FFF;width:96%;margin-top:8px;padding:10px;position:relative;}\r\n-->\r\n</style>\r\n</head>\r\n<body>\r\n<div id="header"><h1>Server Error</h1></div>\r\n<div id="content">\r\n <div class="content-container"><fieldset>\r\n  <h2>404 - File or directory not found.</h2>\r\n  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>\r\n </fieldset></div>\r\n</div>\r\n</body>\r\n</html>\r\n',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Oracle Health (Cerner) Millennium FHIR ─────────────────────────────
  {
    id: 'oracle-health/patient-not-found-404',
    source: 'Oracle Health (Cerner) Millennium FHIR',
    url: 'mock-health/the-map/tests/golden/cerner/phase-b-2026-04-27/error-404-on-nonexistent-patient-id.json@f02ee8e6500ba893cd8574c6a7500a24e23720e0',
    note: "Captured from Oracle Health's open sandbox (GET https://fhir-open.cerner.com/r4/ec2458f2-…/Patient/this-id-definitely-does-not-exist-13581fed1, 2026-04-27): `_request.status` 404, no headers recorded. The lone issue's `details.text` is 404's bare reason phrase: the default (rule 2.1). The same body answered an unknown resource type (not copied: a duplicate).",
    response: {
      status: 404,
      body: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'not-found', details: { text: 'Not Found' } }],
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'oracle-health/patient-search-params-required-400',
    source: 'Oracle Health (Cerner) Millennium FHIR',
    url: 'mock-health/the-map/tests/golden/cerner/phase-b-2026-04-27/error-search-with-unsupported-param.json@c5cffbf5ac55af7a61ae31ea2e2cdac2e6d18302',
    note: 'Captured from the open sandbox (GET …/Patient?totally-bogus-param=foo): `_request.status` 400, no headers recorded. A lone issue about no element: its `details.text` is the message (rule 3). The FHIR issue code `invalid` names no input, and no field is named: a bad request (rule 1), as `microsoft-fhir-server/empty-resource-type-400` reads it.',
    response: {
      status: 400,
      body: {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'error',
            code: 'invalid',
            details: {
              text: 'at least one of _id, identifier, name, family, given, birthdate, phone, email, address-postalcode, or -pageContext must be provided',
            },
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: 'at least one of _id, identifier, name, family, given, birthdate' },
  },
  {
    id: 'oracle-health/token-invalid-scope-400',
    source: 'Oracle Health (Cerner) Millennium FHIR',
    url: 'mock-health/the-map/tests/golden/cerner/phase-b-2026-04-27/error-token-empty-scopes-v1-syntax-2026-05-02.json@f02ee8e6500ba893cd8574c6a7500a24e23720e0',
    note: "A probe of the authorization server's token endpoint (POST https://authorization.cerner.com/tenants/…/protocols/oauth2/profiles/smart-v1/token, client_credentials, scope system/Patient.read): `status_code` 400, the headers and `body_text` as recorded (Content-Length 290 is the body's length). OAuth's `invalid_scope` is a bad request (rule 1) and the code (rule 6); no `error_description`, so the default. `Cerner-Correlation-ID` is a header named like a request id (rule 5).",
    response: {
      status: 400,
      headers: {
        'Access-Control-Allow-Headers': 'Content-Type, Authorization, Accept, Cerner-Correlation-Id',
        'Access-Control-Allow-Methods': 'OPTIONS, POST',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-store',
        'Cerner-Correlation-ID': '6813f4e8-18a2-4745-941c-9898536f4585',
        Connection: 'keep-alive',
        'Content-Length': '290',
        'Content-Type': 'application/json',
        Date: 'Sat, 02 May 2026 22:48:47 GMT',
        'Expect-CT': 'enforce, max-age=30',
        Pragma: 'no-cache',
        Server: 'cloud_authorization_server1',
      },
      body: {
        error: 'invalid_scope',
        error_uri:
          'https://authorization.cerner.com/errors/urn%3Acerner%3Aerror%3Aauthorization-server%3Aoauth2%3Atoken%3Aempty-scopes/instances/6813f4e8-18a2-4745-941c-9898536f4585?client=aa35106b-e50c-4712-9250-9d405ec5b794&tenant=ec2458f2-1e24-41c8-b71b-0e701af7583d',
      },
    },
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      code: 'invalid_scope',
      logId: '6813f4e8-18a2-4745-941c-9898536f4585',
    },
  },

  // ───────────────────────────── NHS Personal Demographics Service (FHIR) ─────────────────────────────
  {
    id: 'nhs-pds/resource-version-mismatch-409',
    source: 'NHS Personal Demographics Service (FHIR)',
    url: 'NHSDigital/personal-demographics-service-api/sandbox/src/test/java/mocks/stubs/errorResponses/RESOURCE_VERSION_MISMATCH.json@b8757194ed75f7b2ebba8c051743d19e35fcf9a9',
    note: "The sandbox's stub, which the API's Karate features assert whole (\"Incorrect resource version\": a PATCH with an If-Match one version ahead, `status 409`, `match response == read('…RESOURCE_VERSION_MISMATCH.json')`; the mock sets `response.status = 409`). Headers not copied (the mock's `basicResponseHeaders` are not shown). The issue has neither `details.text` nor `diagnostics`: its one sentence is the Spine coding's `display`, the only text written for a person (rule 2: the most specific sentence; doubtful, as rule 3 names only details.text and diagnostics).",
    response: {
      status: 409,
      body: {
        issue: [
          {
            code: 'conflict',
            details: {
              coding: [
                {
                  code: 'RESOURCE_VERSION_MISMATCH',
                  display: 'Resource version supplied does not match actual version',
                  system: 'https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode',
                  version: '1',
                },
              ],
            },
            severity: 'error',
          },
        ],
        resourceType: 'OperationOutcome',
      },
    },
    expect: { kind: 'conflict', message: 'Resource version supplied does not match actual version' },
  },
  {
    id: 'nhs-pds/invalid-resource-id-400',
    source: 'NHS Personal Demographics Service (FHIR)',
    url: 'NHSDigital/personal-demographics-service-api/sandbox/src/test/java/mocks/stubs/errorResponses/INVALID_RESOURCE_ID.json@b8757194ed75f7b2ebba8c051743d19e35fcf9a9',
    note: 'The stub a Karate feature asserts whole for GET Patient/9000000000, an NHS number that fails its check digit ("Retrieve a patient with an invalid NHS number format should return \'invalid resource\'": `status 400`, `match response == expectedBody`). The Spine code `INVALID_RESOURCE_ID` begins with "invalid" and names an input (the resource id in the path): a validation code (rule 1), the most specific code here (rule 6: the item\'s code over `issue.code`\'s category). The `display` is the only sentence (as in the 409 above).',
    response: {
      status: 400,
      body: {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'error',
            code: 'value',
            details: {
              coding: [
                {
                  system: 'https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode',
                  version: '1',
                  code: 'INVALID_RESOURCE_ID',
                  display: 'Resource Id is invalid',
                },
              ],
            },
          },
        ],
      },
    },
    expect: { kind: 'validation', message: 'Resource Id is invalid' },
  },

  // ───────────────────────────── EHRbase (openEHR) ─────────────────────────────
  {
    id: 'ehrbase/composition-missing-category-400',
    source: 'EHRbase (openEHR)',
    url: 'https://github.com/ehrbase/ehrbase/issues/666',
    note: 'The Robot test log pasted in the issue (POST /ehrbase/rest/openehr/v1/ehr/…/composition): "status=400", the headers as a Python dict (written back as they came), and the body. The `error` text is an exception\'s qualified class name followed by its message: rule 2.3 makes exception class names developer text, so the default (doubtful: the words after the class name are readable). `status: "Bad Request"` is a category that only restates the status; no field is named: a bad request.',
    response: {
      status: 400,
      headers: {
        Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
        'X-Content-Type-Options': 'nosniff',
        'X-XSS-Protection': '1; mode=block',
        'Cache-Control': 'no-cache, no-store, max-age=0, must-revalidate',
        Pragma: 'no-cache',
        Expires: '0',
        'X-Frame-Options': 'DENY',
        'Content-Type': 'application/json',
        'Transfer-Encoding': 'chunked',
        Date: 'Tue, 16 Nov 2021 19:55:10 GMT',
        Connection: 'close',
      },
      body: {
        error: 'java.lang.IllegalArgumentException: Composition missing mandatory attribute: category',
        status: 'Bad Request',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'ehrbase/party-already-has-ehr-409',
    source: 'EHRbase (openEHR)',
    url: 'https://github.com/ehrbase/fhir-bridge/issues/516',
    note: 'EHRbase\'s answer as the openEHR SDK client logged it inside the FHIR Bridge: "Wrong Status code. Expected: [200, 201, 204]. Got: 409. Error message: {…}". The status is the client\'s "Got: 409"; the body is the JSON after "Error message:"; no headers were logged.',
    response: {
      status: 409,
      body: {
        error: 'Specified party has already an EHR set (partyId=d723b5bf-ca51-4e0e-8f9c-c65b91fca25f)',
        status: 'Conflict',
      },
    },
    expect: { kind: 'conflict', message: 'Specified party has already an EHR set' },
  },
  {
    id: 'ehrbase/jooq-sql-exception-500',
    source: 'EHRbase (openEHR)',
    url: 'https://github.com/ehrbase/ehrbase/issues/167',
    note: 'The response pasted in the issue for PUT /ehrbase/rest/openehr/v1/ehr/{id}: "HTTP/1.1 500 Internal Server Error" with the four headers shown, and a body whose `error` holds jOOQ\'s SQL exception. Trimmed: the SQL statement is cut where the copy available here ended (marked "…"); any member after it was not seen. SQL and database text is developer text (rule 2.3): the default.',
    response: {
      status: 500,
      headers: {
        'Content-Type': 'application/json',
        'Transfer-Encoding': 'chunked',
        Date: 'Mon, 02 Mar 2020 13:41:14 GMT',
        Connection: 'close',
      },
      body: {
        error:
          'Access database using Jooq; uncategorized SQLException for SQL [select "ehr"."status"."id", "ehr"."status"."ehr_id", "ehr"."status"."is_queryable", …',
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── EHRbase FHIR Bridge ─────────────────────────────
  {
    id: 'ehrbase-fhir-bridge/ehrbase-rejected-composition-422',
    source: 'EHRbase FHIR Bridge',
    url: 'https://github.com/ehrbase/fhir-bridge/issues/36',
    note: 'The maintainer\'s comment shows the fixed behaviour: "Status: 422 Unprocessable Entity" and the OperationOutcome. The diagnostics reports the status another service (EHRbase) answered and relays its body: developer text (rule 2.3, a report of a call to another service and its status); no `details.text`, no expression: the default.',
    response: {
      status: 422,
      body: {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'error',
            code: 'processing',
            diagnostics:
              'HTTP status \'400 Bad Request\' was returned by EHRbase while trying to save the composition. Details: Wrong Status code. Expected: [200, 201, 204]. Got: 400. Error message: {"error":"org.ehrbase.validation.constraints.wrappers.ValidationException: :-Validation error at /content[openEHR-EHR-OBSERVATION.blood_pressure.v2]/data[at0001]/events[at0006]/data[at0003]/items[at0005]:value is not within interval, expected:0.0 <= 1000.0 < 1000.0.\\n\\n","status":"Bad Request"}',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },

  // ───────────────────────────── Orthanc (DICOM server) ─────────────────────────────
  {
    id: 'orthanc/dicomweb-unknown-resource-404',
    source: 'Orthanc',
    url: 'https://github.com/OHIF/Viewers/issues/81',
    note: 'A comment pastes what Orthanc answered GET /dicom-web/studies when the DICOMweb plugin was not enabled. No status line was pasted: the body names its own status (`HttpStatus: 404`, `HttpError: "Not Found"`), taken as the response\'s. `Message` "Unknown resource" is neither a lone word nor a reason phrase (rule 2.1). `OrthancStatus` 17 is not stated as the code (rule 6 leaves it in doubt beside `OrthancError`).',
    response: {
      status: 404,
      body: {
        HttpError: 'Not Found',
        HttpStatus: 404,
        Message: 'Unknown resource',
        Method: 'GET',
        OrthancError: 'Unknown resource',
        OrthancStatus: 17,
        Uri: '/dicom-web/studies',
      },
    },
    expect: { kind: 'not-found', message: 'Unknown resource' },
  },
  {
    id: 'orthanc/bad-file-format-400',
    source: 'Orthanc',
    url: 'Ch00k/orthanc-rs/src/utils.rs@48acc8426473ad5ba9d2400c841f22296401821c',
    note: 'A client library\'s test feeds `check_http_error` Orthanc\'s answer to an upload that is no DICOM file (POST /instances) under `StatusCode::BAD_REQUEST`; the body is copied as the test writes it. `Details` says the server could not parse the uploaded file, which rule 2.3 makes developer text ("a server that could not parse the request\'s body"); `Message` is then the sentence (doubtful: "Bad file format" is short).',
    response: {
      status: 400,
      body: {
        Details: 'Cannot parse an invalid DICOM file (size: 12 bytes)',
        HttpError: 'Bad Request',
        HttpStatus: 400,
        Message: 'Bad file format',
        Method: 'POST',
        OrthancError: 'Bad file format',
        OrthancStatus: 15,
        Uri: '/instances',
      },
    },
    expect: { kind: 'bad-request', message: 'Bad file format' },
  },

  // ───────────────────────────── dcm4chee-arc-light (DICOM archive) ─────────────────────────────
  {
    id: 'dcm4chee/unknown-rejection-note-500-text',
    source: 'dcm4chee-arc-light',
    url: 'https://github.com/dcm4che/dcm4chee-arc-light/issues/4196',
    note: '`curl -v` of POST /dcm4chee-arc/aets/DCM4CHEE/rs/studies/…/series/…/reject/null%5EDCM: "HTTP/1.1 500 Internal Server Error" and the headers shown, except Content-Length (11551), dropped because the stack trace is trimmed here to its first frame. Plain text on a 5xx is for developers (rule 2.6) and a stack trace is never the message (rule 2.3); the "404 Not Found" inside the text does not decide the kind (rule 1).',
    response: {
      status: 500,
      headers: {
        'Access-Control-Allow-Headers': 'origin, content-type, accept, authorization',
        'Access-Control-Expose-Headers': 'content-type, warning',
        Date: 'Mon, 28 Aug 2023 16:00:00 GMT',
        Connection: 'keep-alive',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Credentials': 'true',
        'Content-Type': 'text/plain;charset=UTF-8',
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS, HEAD',
      },
      body: 'javax.ws.rs.WebApplicationException: HTTP 404 Not Found\n        at deployment.dcm4chee-arc-ear-5.31.0-psql.ear.dcm4chee-arc-war-5.31.0-unsecure.war//org.dcm4chee.arc.iocm.rs.IocmRS.toRejectionNote(IocmRS.java:401)\n',
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Aidbox ─────────────────────────────
  {
    id: 'aidbox/terminology-internal-validator-error-422',
    source: 'Aidbox',
    url: 'HealthSamurai/documentation/docs/terminology-module/aidbox-terminology-module/setup.md@588bc96e8e7cf3eef1c382866939dd770a42ac25',
    note: 'Aidbox\'s docs ("Upgrading to Aidbox 2507+"): POST /fhir/Patient "may receive a `422` status code with an error response:" as copied. The narrative `div` "Invalid resource" is a generic summary (rule 2.1); the issue\'s `expression` "Patient." leaves nothing after the resource type, so it names no field; its diagnostics reports another service\'s status and a Clojure class: developer text (rule 2.3). The default.',
    response: {
      status: 422,
      body: {
        resourceType: 'OperationOutcome',
        text: { status: 'generated', div: 'Invalid resource' },
        issue: [
          {
            severity: 'fatal',
            code: 'invalid',
            expression: ['Patient.'],
            details: {
              coding: [
                { system: 'http://aidbox.app/CodeSystem/operation-outcome-type', code: 'internal-validator-error' },
              ],
            },
            diagnostics:
              'Internal validator error occurred: External terminology server error.\nServer responded with status 404.\nResponse body: Unknown body type: class clojure.lang.PersistentArrayMap',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },

  // ───────────────────────────── node-fhir-server-core (bluehalo, ex-Asymmetrik) ─────────────────────────────
  {
    id: 'node-fhir-server-core/invalid-token-401',
    source: 'node-fhir-server-core',
    url: 'https://github.com/bluehalo/node-fhir-server-core/pull/6',
    note: 'The pull request that added the framework\'s conformant errors: "Example of a Invalid Token Error, It sends back a 401 with the following json". The narrative `div` is markup (rule 2.5); the issue\'s diagnostics "Invalid token" is two words, neither a lone word nor a reason phrase. A 401 stays unauthenticated whatever the issue code says (rule 1).',
    response: {
      status: 401,
      body: {
        resourceType: 'OperationOutcome',
        text: {
          status: 'generated',
          div: '<div xmlns="http://www.w3.org/1999/xhtml"><h1>Operation Outcome</h1><table border="0"><table border="0"><tr><td style="font-weight: bold;">error</td><td><pre>Invalid token</pre></td></tr></table></div>',
        },
        issue: [{ severity: 'error', code: 'forbidden', diagnostics: 'Invalid token' }],
      },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid token' },
  },

  // ───────────────────────────── b.well FHIR server (icanbwell) ─────────────────────────────
  {
    id: 'icanbwell-fhir/patient-reference-mismatch-400',
    source: 'b.well FHIR server (icanbwell/fhir-server)',
    url: 'icanbwell/fhir-server/src/tests/patient/reference_update/fixtures/expected/expectedOperationOutcome.json@715f01869badac0090e0e85af74e3a01d122017d',
    note: "The server's own test (patient.reference_update.test.js, same commit) PUTs a Task whose patient reference differs from the stored one, `.expect(400)` and `toHaveResponse(expectedOperationOutcome)`: this fixture. A lone issue about no element: its `details.text` is the message (rule 3); `invalid` names no input: a bad request.",
    response: {
      status: 400,
      body: {
        resourceType: 'OperationOutcome',
        issue: [
          {
            code: 'invalid',
            severity: 'error',
            details: { text: 'Patient reference did not match with patient reference present in the database' },
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: 'Patient reference did not match with patient reference' },
  },

  // ───────────────────────────── Health Gorilla ─────────────────────────────
  {
    id: 'health-gorilla/allergy-patient-required-422',
    source: 'Health Gorilla',
    url: 'https://developer.healthgorilla.com/reference/fhir-operationoutcome-format',
    note: 'The reference\'s "Example Error Response", printed with its status line and Content-Type. The issue names its element in `location` (a FHIR path): rule 3 reads a `location` that names a field as its path, after the resource type (`AllergyIntolerance.patient` is `patient`). Only field messages: the default (rule 2.4).',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/fhir+json' },
      body: {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'error',
            code: 'required',
            diagnostics: "The 'patient' field is required.",
            location: ['AllergyIntolerance.patient'],
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['patient', "The 'patient' field is required."]] },
  },
  {
    id: 'health-gorilla/read-only-token-write-403',
    source: 'Health Gorilla',
    url: 'https://developer.healthgorilla.com/reference/common-error-scenarios',
    note: '"Unauthorized Scope": a POST with a read-only token; the page prints "HTTP/1.1 403 Forbidden" and the body (no headers).',
    response: {
      status: 403,
      body: {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'error',
            code: 'forbidden',
            diagnostics: 'The current access token does not allow write access to this resource.',
          },
        ],
      },
    },
    expect: { kind: 'forbidden', message: 'does not allow write access to this resource' },
  },
  {
    id: 'health-gorilla/duplicate-identifier-409',
    source: 'Health Gorilla',
    url: 'https://developer.healthgorilla.com/reference/common-error-scenarios',
    note: '"Duplicate Resource Conflict": "HTTP/1.1 409 Conflict" and the body as printed.',
    response: {
      status: 409,
      body: {
        resourceType: 'OperationOutcome',
        issue: [
          { severity: 'error', code: 'duplicate', diagnostics: 'A resource with this identifier already exists.' },
        ],
      },
    },
    expect: { kind: 'conflict', message: 'A resource with this identifier already exists.' },
  },
  {
    id: 'health-gorilla/unresolved-reference-422',
    source: 'Health Gorilla',
    url: 'https://developer.healthgorilla.com/reference/common-error-scenarios',
    note: '"Invalid Reference": "HTTP/1.1 422 Unprocessable Entity" and the body. The issue code `not-found` sits on a 422: rule 1 reads a not-found code as not-found only on a 400 or 409, so the 422 decides (validation; doubtful, the second readings left a not-found code on a 422 open). A lone issue naming no element: its diagnostics is the message.',
    response: {
      status: 422,
      body: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'not-found', diagnostics: 'Patient/1234 could not be resolved.' }],
      },
    },
    expect: { kind: 'validation', message: 'Patient/1234 could not be resolved.' },
  },

  // ───────────────────────────── Stedi (healthcare clearinghouse) ─────────────────────────────
  {
    id: 'stedi/eligibility-payer-not-configured-400',
    source: 'Stedi Healthcare',
    url: 'https://www.stedi.com/docs/healthcare/eligibility-troubleshooting',
    note: '"The following Stedi payer error resulted from an unrecognized payer ID:" and the body. The example shows no status; the same page\'s table gives it: an unrecognized payer ID, or a payer not configured for eligibility, is answered with HTTP 400 ("Don\'t automatically retry"). The lone item\'s description is the message (rule 2.2) and its AAA code, a lone code in `errors`, the code (rules 1, 6); `status: "ERROR"` is a result flag. No field: a bad request.',
    response: {
      status: 400,
      body: {
        controlNumber: '123456789',
        tradingPartnerServiceId: 'FOO',
        errors: [
          {
            code: '33',
            description:
              'Payer FOO is not configured. Please check our published payer list or contact Stedi support to resolve.',
            followupAction: 'C',
          },
        ],
        status: 'ERROR',
      },
    },
    expect: { kind: 'bad-request', message: 'Payer FOO is not configured', code: '33' },
  },

  // ───────────────────────────── Change Healthcare (Optum) ─────────────────────────────
  {
    id: 'change-healthcare/care-cost-estimator-dob-format-400',
    source: 'Change Healthcare (Optum) API',
    url: 'https://developers.changehealthcare.com/patientandmemberengagement/docs/errors-in-care-cost-estimator-api',
    note: '"In this example, the API response includes HTTP status code 400" and the body as printed. `errors` is a map whose key is Change Healthcare\'s error code, not a field name; rule 3 reads a map of text under `errors` by structure, so the key is the path (doubtful: the field is only named inside the text). `title` and `detail` only say the request failed validation (rule 2.1): the default. Two ids, `instance` and `traceId`, both the body\'s: rule 5 does not say which wins, so no logId is stated.',
    response: {
      status: 400,
      body: {
        title: 'Request validation failed',
        status: 400,
        detail: 'There were missing or invalid data or parameters in the request.',
        instance: 'f0d918af-b9db-4587-959f-2d9952ca9df5',
        errors: {
          FCEST112: 'Request.InsuranceInfo.DependentMemberInfo.DateOfBirth field is incorrectly formatted.',
        },
        traceId: 'a07c1824-5428-6a59-de2f-87087d93037f',
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['FCEST112', 'DateOfBirth field is incorrectly formatted']],
    },
  },
  {
    id: 'change-healthcare/care-cost-pricing-invalid-query-id-404',
    source: 'Change Healthcare (Optum) API',
    url: 'https://developers.changehealthcare.com/patientandmemberengagement/docs/error-care-cost-pricing-api',
    note: "The page's example for \"the price Id does not exist when Care Cost Pricing API returns HTTP 404\"; the page swaps its two examples' captions, and this is the body whose own `status` says 404 (taken as the response's). `instance` is a token, the occurrence's id (rule 5); `errors` is empty.",
    response: {
      status: 404,
      body: {
        instance: '4d108594-e91e-4fb9-9816-2c53288f1a36',
        status: 404,
        detail: 'Invalid query id. Please use GetPrices to get a new id.',
        errors: {},
      },
    },
    expect: {
      kind: 'not-found',
      message: 'Invalid query id. Please use GetPrices to get a new id.',
      logId: '4d108594-e91e-4fb9-9816-2c53288f1a36',
    },
  },
  {
    id: 'change-healthcare/care-cost-pricing-procedure-required-400',
    source: 'Change Healthcare (Optum) API',
    url: 'https://developers.changehealthcare.com/patientandmemberengagement/docs/error-care-cost-pricing-api',
    note: 'The other example on the same page: the input "do not pass validation … the API will return HTTP status code 400"; the body\'s own `status` is 400. As in the estimator\'s case, the `errors` key is a vendor code read as the path by structure (doubtful); `detail` is a generic line plus a pointer to the message (rule 2.1): the default. `instance` is the support id.',
    response: {
      status: 400,
      body: {
        instance: '2de90def-d705-49f0-8068-80fd4a4e465f',
        status: 400,
        detail: 'Request validation failed. Please check your message.',
        errors: { FCPA201: 'PriceQueryRequest.Procedure field is required.' },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['FCPA201', 'Procedure field is required']],
      logId: '2de90def-d705-49f0-8068-80fd4a4e465f',
    },
  },

  // ───────────────────────────── eligibility.dev ─────────────────────────────
  {
    id: 'eligibility-dev/payer-ambiguous-409',
    source: 'eligibility.dev',
    url: 'https://www.eligibility.dev/docs/api/error-codes',
    note: 'The reference\'s "Error shape" example (its `message` ends in "..." as printed); its table gives PAYER_AMBIGUOUS "HTTP 409". `success: false` holds the error (rule 1). `candidatePayerLabels` is a list of payer names, not messages about an input: no field (rule 3 takes a map\'s values only when they look like messages).',
    response: {
      status: 409,
      body: {
        success: false,
        error: {
          code: 'PAYER_AMBIGUOUS',
          message: 'Multiple catalog payers match payerName...',
          candidatePayerLabels: ['Aetna Better Health', 'Aetna Life Insurance'],
        },
      },
    },
    expect: { kind: 'conflict', message: 'Multiple catalog payers match payerName', code: 'PAYER_AMBIGUOUS' },
  },

  // ───────────────────────────── Metriport ─────────────────────────────
  {
    id: 'metriport/organization-not-found-404',
    source: 'Metriport Medical API',
    url: 'https://docs.metriport.com/medical-api/more-info/error-responses',
    note: 'The "Format" example of Metriport\'s standardized error response (RFC 7807-based); the status is the body\'s `status`, "Numeric HTTP status code" per the same page.',
    response: {
      status: 404,
      body: {
        status: 404,
        name: 'NOT_FOUND',
        title: 'NotFoundError',
        detail: 'Could not find organization Devault Medical',
      },
    },
    expect: { kind: 'not-found', message: 'Could not find organization Devault Medical' },
  },

  // ───────────────────────────── WIO Clinic developer API ─────────────────────────────
  {
    id: 'wio-clinic/patient-not-found-404',
    source: 'WIO Clinic developer API',
    url: 'https://developer.wioclinic.services/api/errors',
    note: 'The page\'s "Error Response Format" example; its table maps `NOT_FOUND` to HTTP 404 ("Resource does not exist or belongs to another clinic"). The `message` is an i18n translation key, one token with dots and underscores: a code, not a sentence (rule 2.1), so the default.',
    response: {
      status: 404,
      body: { error: 'NOT_FOUND', message: 'errors.developer_api.patient_not_found' },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  // ───────────────────────────── Truepill (pharmacy) ─────────────────────────────
  {
    id: 'truepill/invalid-api-key-401',
    source: 'Truepill',
    url: 'https://docs.truepill.com/',
    note: 'The API reference\'s "API Response When Invalid API Key Is Submitted"; its status table gives 401 for a missing or invalid key, as the body\'s own `statusCode` does. `error` is the bare reason phrase; `message` is the sentence.',
    response: {
      status: 401,
      body: { statusCode: 401, error: 'Unauthorized', message: 'Please Send a Valid Api-Key' },
    },
    expect: { kind: 'unauthenticated', message: 'Please Send a Valid Api-Key' },
  },
] satisfies ConformanceCase[];
