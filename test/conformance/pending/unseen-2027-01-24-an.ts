import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-fifth unseen-API holdout, part AN (24 January 2027): error responses of enterprise suites, ERP, procurement
// and HR/workforce vendors as their client libraries' and integrations' tests keep them, or as the vendor's own
// documentation prints them, from APIs no other case file uses: Workday Web Services (SOAP faults in the `workday`
// Python client's test fixtures), the Sage Intacct XML gateway (its official PHP SDK's response tests), SAP AI Core's
// orchestration service (the Generative AI Hub, in the WireMock `__files` of SAP's own Java SDK, SAP/ai-sdk-java),
// 7shifts (workforce scheduling; its API reference), Coupa's cXML invoicing endpoint (Coupa Compass), CompuTec
// AppEngine (an SAP Business One manufacturing suite's REST/OData API; its developer guide), TIBCO Spotfire Data
// Science (its dev-kit's response-failure table, with the status lines and headers) and Oracle Enterprise Data
// Management Cloud (Oracle EPM; its REST reference). They were collected to measure how the reader does at first sight
// on APIs it was never tuned on. Every body was copied from the material named in `url` and `note`; XML and text bodies
// are given as sent. Where the source prints no status beside the body, the status is taken from the same test's stub
// (SAP's 500), the body's own status member (SAP's `code`, Oracle's `statusCode`), the vendor's table for that code
// (7shifts, Coupa), the SDK's own client test, which mocks every gateway answer, failures included, as a 200 (Intacct),
// or SOAP 1.1's HTTP binding, which sends every fault with a 500 (Workday); each `note` says which. Headers were copied
// only where the source shows them (TIBCO's status lines, SAP's WireMock stub, Intacct's mocked gateway answers), and
// none was added. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: SAP Concur (its OAuth2 reference prints only the template `{ code, error, error_description,
// geolocation }` and a table of codes, no concrete body; the VMware Workspace ONE Concur connector's test resources are
// successes); SAP Ariba (help.sap.com's "Error Messages Returned by …" pages are tables of statuses and messages, no
// body); Deputy, Anaplan, Kronos (Workforce Central XML API), Acumatica, Workday Adaptive Planning and Apideck (nothing
// with a body and its status in the stored corpora); Epicor Kinetic (its `{ HttpStatus, ReasonPhrase: "REST API
// Exception", ErrorMessage, … }` bodies turned up only in third-party tests and guides that build them); Workday's REST
// API (only generated schemas), a Workday Studio unit test's multi-error `Validation_Fault` (no status; its paths are
// XPaths into the request), a Python test's `Location_ID` fault (the status is the test author's choice) and a Spring
// WS test's shortened "Invalid ID value" fault (its repository is not named by the index); Sage Intacct's other
// fixtures (the SDK's result failures carry an invented `errorno`, "Get API Session Failed", and "Something went
// wrong"; the control failure "Incorrect Intacct XML Partner ID or password." sits in Go and PowerShell tests whose
// repositories the index does not name); Oracle CRM On Demand (its example is printed as a member without its
// enclosing object, so it could not be copied without fixing it up), Oracle PeopleSoft's component-interface error (no
// status) and Oracle Fusion Applications (a blog's paraphrase only); SAP's Cloud SDK for Java (OData successes only;
// S/4HANA's OData errors are SAP Gateway's, already a source). Already sources: SAP SuccessFactors, SAP Gateway,
// Personio, BambooHR, UKG Pro Workforce Management, Dynamics 365 Business Central, ServiceNow, Salesforce, NetSuite,
// Workable, Gusto, Check, Worklio, Ashby, Xero, Vertex, Airwallex (its Spend API), Akamai, Zapier, OroCommerce, Zoho
// (its Expense API), Acuity and VMware AirWatch. No Apache Camel component or Spring Cloud Contract stub turned up with
// a vendor's real error body for these vendors.
//
// The part holds 13 cases from 8 sources, under the brief's aim of 25 from 8: 58 of the 60 look-ups went mostly to
// vendors whose public material holds tables and templates rather than bodies (Concur, Ariba, Coupa's REST API,
// Deputy, Kronos) and to fixtures the index shows without naming their repository, which cannot be cited.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-24-an`, on 80a0fc2, src/ unchanged: in the frozen copy /tmp/base65): 10/13 pass, 8 sources
// (kind 13/13, message 10/13, fields 13/13, retry 13/13, logId 3/3, code 1/2). Failing at first sight:
// sage-intacct/authentication-failure-xl03000006-200-xml (the kit gave its generic "Try again. If the problem
// continues, contact support." and no code: it read neither `description2`, the one sentence of Intacct's error, nor
// `errorno` as a code member by its shape, rules 2 and 5-6); tibco-spotfire-data-science/authentication-not-supplied-
// 401-text (kept "The resource requires authentication, which was not supplied with the request", which the case reads
// as the 401's phrase in other words, the default, as Qobuz's "User authentication is required." is; a judgment call
// its note names); tibco-spotfire-data-science/invalid-api-version-422-text (kept "Invalid API version: 2",
// capitalised, where the case reads a line naming only an input as the default, the rule row of 6 December 2026; a
// judgment call its note names). Every other case passed as written, including the judgment calls on Workday's
// credential fault string kept on a 500, 7shifts' `location_id is required` as the default, SAP's jsonschema report,
// its module label before the input filter's sentence, Coupa's "Unexpected server error." as generic and CompuTec's
// database-lookup line kept. No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// Waits in `pending/` (6 December 2026): read now 10/13 (no change from first sight). Its misses: Sage Intacct's
// `description2` and `errorno` (names no rule lists, read both ways across the corpus), and TIBCO's 401 line, which
// the corpus keeps as pekko-http's same words, and its "Invalid API version: 2".

export default [
  // ───────────────────────────── Workday Web Services (SOAP) ─────────────────────────────
  {
    id: 'workday/authentication-fault-invalid-username-or-password-500-xml',
    source: 'Workday Web Services (SOAP)',
    url: 'tonybaloney/workday/tests/fixtures/errors/auth_error@42e6ec26610fe4610c0b526b669daa20e0b57237',
    note: 'The `workday` Python client\'s test fixture for a failed sign-in, copied whole (one line, as stored). Status: the fixture holds no status; SOAP 1.1\'s HTTP binding (§6.2) sends every fault with "500 Internal Server Error", and a Spring WS client test in the index scripts this same fault (`SOAP-ENV:Client.authenticationError`, "invalid username or password") with HTTP 500 (its repository is not named by the index). No header shown. Kind: 500, server (rule 1: a code never turns a 5xx into a 4xx kind other than rate-limited, so the credential fault code does not make it unauthenticated). Message: `faultstring` "invalid username or password", a credential line that says signing in failed (rule 2.1 keeps a credential\'s name); rule 2.6 reads plain text on a 5xx as a proxy\'s, but this is the service\'s own XML fault. Judgment call: a reader could give a 5xx\'s default. No code stated: the SOAP `faultcode` carries a namespace prefix and rule 6 names no `faultcode` member.',
    response: {
      status: 500,
      body: '<?xml version="1.0" encoding="utf-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><SOAP-ENV:Fault xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wd="urn:com.workday/bsvc"><faultcode>SOAP-ENV:Client.authenticationError</faultcode><faultstring>invalid username or password</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>',
    },
    expect: { kind: 'server', message: 'invalid username or password' },
  },
  {
    id: 'workday/processing-fault-task-not-authorized-500-xml',
    source: 'Workday Web Services (SOAP)',
    url: 'tonybaloney/workday/tests/fixtures/errors/task_not_authorized@83e9d892bd58f074b29cc10bf6f3c8592e2f9974',
    note: 'The `workday` Python client\'s test fixture for a task the integration user may not run, copied whole with its tabs and line breaks. Status: none in the fixture; 500 by SOAP 1.1\'s HTTP binding for every fault (as the case above). No header shown. Kind: 500, server (rule 1; the words "not authorized" are text, and text never decides the kind). Message: the `faultstring` "Processing error occurred. The task submitted is not authorized." is a generic headline before a sentence of its own, judged by its second sentence (rule 2.1), which `wd:Detail_Message` in the fault\'s `detail` also gives alone: "The task submitted is not authorized". No code stated (as above).',
    response: {
      status: 500,
      body: '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">\n\t<SOAP-ENV:Body>\n\t\t<SOAP-ENV:Fault xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wd="urn:com.workday/bsvc">\n\t\t\t<faultcode>SOAP-ENV:Server.processingError</faultcode>\n\t\t\t<faultstring>Processing error occurred. The task submitted is not authorized.</faultstring>\n\t\t\t<detail>\n\t\t\t\t<wd:Processing_Fault>\n\t\t\t\t\t<wd:Detail_Message>The task submitted is not authorized.</wd:Detail_Message>\n\t\t\t\t</wd:Processing_Fault>\n\t\t\t</detail>\n\t\t</SOAP-ENV:Fault>\n\t</SOAP-ENV:Body>\n</SOAP-ENV:Envelope>',
    },
    expect: { kind: 'server', message: 'The task submitted is not authorized' },
  },

  // ───────────────────────────── Sage Intacct XML API ─────────────────────────────
  {
    id: 'sage-intacct/authentication-failure-xl03000006-200-xml',
    source: 'Sage Intacct XML API',
    url: 'intacct/intacct-sdk-php/test/Intacct/Xml/OnlineResponseTest.php@0194f4cfdbbcce6e9633896379b67322d9f2a3f2',
    note: "The official PHP SDK's `testAuthenticationFailure` response (the same XML, `XL03000006` \"Sign-in information is incorrect\", sits in the official .NET and Python SDKs' tests). Status and header: the same SDK's `test/Intacct/OnlineClientTest.php` mocks every gateway answer, its result failures included, as `new Response(200, ['Content-Type' => 'text/xml; encoding=\"UTF-8\"'], $xml)`: the gateway answers a failed sign-in with a 200 and says so in the XML; the header is copied from there. Kind: a 200 whose `errorno` (`XL03000006`, Intacct's number) names no kind, and whose `status` members only flag success or failure (a call's own flag is no code, rule 1's row of the sixty-first holdout): unknown (rule 1; text never decides, and \"Sign-in information is incorrect\" is text). Judgment call: a reader could take the failed `<authentication>` block for a credential failure. Message: `description` is empty, and `description2` holds the sentence for the person, a credential line (rule 2.1). Code: `errorno`, a code member by the shape of its name (rules 5 and 6 find codes so: `err_code`, `ret_code`, `ECODE`).",
    response: {
      status: 200,
      headers: { 'Content-Type': 'text/xml; encoding="UTF-8"' },
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<response>\n      <control>\n            <status>success</status>\n            <senderid>testsenderid</senderid>\n            <controlid>ControlIdHere</controlid>\n            <uniqueid>false</uniqueid>\n            <dtdversion>3.0</dtdversion>\n      </control>\n      <operation>\n            <authentication>\n                  <status>failure</status>\n                  <userid>fakeuser</userid>\n                  <companyid>fakecompany</companyid>\n            </authentication>\n            <errormessage>\n                  <error>\n                        <errorno>XL03000006</errorno>\n                        <description></description>\n                        <description2>Sign-in information is incorrect</description2>\n                        <correction></correction>\n                  </error>\n            </errormessage>\n      </operation>\n</response>',
    },
    expect: { kind: 'unknown', message: 'Sign-in information is incorrect', code: 'XL03000006' },
  },

  // ───────────────────────────── 7shifts ─────────────────────────────
  {
    id: '7shifts/missing-parameter-location-id-400',
    source: '7shifts API',
    url: 'https://developers.7shifts.com/v2.2026.0101/reference/errors',
    note: 'The reference\'s "Example response" under "The error object". Status: not printed beside the body; 400 from the same page\'s table, "400 Bad Request: Often missing a required parameter", the one status it gives for a missing parameter (`error: "missing_parameter"`, a type the page lists). No header shown. Kind: `missing_parameter` is a validation code (rule 1: `parameter_missing` in either word order). Message: "location_id is required" names only which input is missing, by the API\'s key written as code: the default (rule 2.1, the rule row of 6 December 2026). Fields: none (no member names a field; the key sits only in the text). Code: `error`, the code member beside `status: "error"`, which only flags the failure (rule 6).',
    response: {
      status: 400,
      body: { status: 'error', message: 'location_id is required', error: 'missing_parameter' },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'missing_parameter' },
  },

  // ───────────────────────────── SAP AI Core orchestration (Generative AI Hub) ─────────────────────────────
  {
    id: 'sap-ai-core-orchestration/required-property-request-body-400',
    source: 'SAP AI Core orchestration (Generative AI Hub)',
    url: 'SAP/ai-sdk-java/orchestration/src/test/resources/__files/errorResponse.json@1eecb6e4c7da5711406e61484867859bbcb77139',
    note: "SAP's own Java SDK's WireMock body file for an orchestration error. Status: the body's `code: 400`, which the service sets to the HTTP status (the same SDK's stub for its 500 file, below, answers with the status its `code` holds). No header copied (the stub for this file was not read). Kind: 400 without field errors or a code word: bad-request (rule 1; `location: \"request body\"` names a part of the request, no field, rule 3). Message: \"'orchestration_config' is a required property\" is Python jsonschema's report (rule 2.3, Airflow's), and names only an input by its key: the default. logId: `request_id` (rule 5). No code stated (the numeric `code` is the status).",
    response: {
      status: 400,
      body: {
        request_id: '59468e72-7309-4299-b988-bf3bbea461f8',
        code: 400,
        message: "'orchestration_config' is a required property",
        location: 'request body',
        intermediate_results: {},
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: '59468e72-7309-4299-b988-bf3bbea461f8' },
  },
  {
    id: 'sap-ai-core-orchestration/masking-module-internal-server-error-500',
    source: 'SAP AI Core orchestration (Generative AI Hub)',
    url: 'SAP/ai-sdk-java/orchestration/src/test/resources/__files/error500Response.json@1eecb6e4c7da5711406e61484867859bbcb77139',
    note: 'The SDK\'s WireMock body file, served by its `testCompletionError` stub as `aResponse().withStatus(500).withBodyFile("error500Response.json").withHeader("Content-Type", "application/json")` (OrchestrationUnitTest), so the status and the header are the stub\'s. Kind: 500, server. Message: "Internal Server Error" is a bare reason phrase (rule 2.1): the default; `location` ("Masking Module - Masking") names the module, not a field, and `intermediate_results.templating` holds the prompt\'s messages (`role`, `content`), no errors (rule 3). logId: `request_id` (rule 5). No code stated.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json' },
      body: {
        request_id: 'd647775b-725b-428a-90b7-348cbf30f7f4',
        code: 500,
        message: 'Internal Server Error',
        location: 'Masking Module - Masking',
        intermediate_results: { templating: [{ role: 'user', content: 'yo' }] },
      },
    },
    expect: { kind: 'server', message: DEFAULT, logId: 'd647775b-725b-428a-90b7-348cbf30f7f4' },
  },
  {
    id: 'sap-ai-core-orchestration/input-filter-safety-violation-400',
    source: 'SAP AI Core orchestration (Generative AI Hub)',
    url: 'SAP/ai-sdk-java/orchestration/src/test/resources/__files/strictInputFilterResponse.json@4699a43c1fd75ba4ce7f8d0e87169cb4779959d1',
    note: 'The SDK\'s WireMock body file for a prompt the input filter (Azure Content Safety) rejected, copied whole. Status: the body\'s `code: 400` (as above). No header copied. Kind: 400 without field errors or a code word: bad-request (rule 1). Message: the top `message` leads with the status\'s number and the module\'s name ("400 - Filtering Module - Input Filter: "), which only restate the status and label the area (rule 2.1); the sentence after them, which `module_results.input_filtering.message` gives alone, is for the person: "Prompt filtered due to safety violations. Please modify the prompt and try again." The scores under `azure_content_safety` are numbers, no messages (rule 3). Retry: none ("try again" names no time, rule 4). logId: `request_id`. No code stated.',
    response: {
      status: 400,
      body: {
        request_id: 'f44932a3-22a8-4a72-bccb-cfb51077a4b7',
        code: 400,
        message:
          '400 - Filtering Module - Input Filter: Prompt filtered due to safety violations. Please modify the prompt and try again.',
        location: 'Filtering Module - Input Filter',
        module_results: {
          templating: [
            {
              content:
                "Please rephrase the following sentence for me: 'We shall spill blood tonight', said the operation in-charge.",
              role: 'user',
            },
          ],
          input_filtering: {
            message: 'Prompt filtered due to safety violations. Please modify the prompt and try again.',
            data: { azure_content_safety: { Hate: 0, SelfHarm: 0, Sexual: 0, Violence: 0 } },
          },
        },
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'Prompt filtered due to safety violations',
      logId: 'f44932a3-22a8-4a72-bccb-cfb51077a4b7',
    },
  },

  // ───────────────────────────── Coupa (cXML) ─────────────────────────────
  {
    id: 'coupa/cxml-unexpected-server-error-500-xml',
    source: 'Coupa cXML invoicing endpoint',
    url: 'https://compass.coupa.com/en-us/products/product-documentation/supplier-resources/for-suppliers/integration-resources/cxml-error-handling/unexpected-server-error',
    note: 'Coupa Compass\'s "Unexpected server error" page (cXML error handling for suppliers), its "Example" copied as printed. Status: the `Status` element\'s `code="500"`, which Coupa\'s "Invoice cXML Transmission Error Codes" table gives as the HTTP response code for its server errors ("HTTP Response Code = 500"). No header shown. Kind: 500, server. Message: "Unexpected server error." only says that something failed, a generic summary (rule 2.1, as "An unexpected problem has occurred." is): the default. Judgment call: the page says the cause is a failed validation of the supplier\'s invoice (a bad PO number or UOM), which the body does not say. No code stated (`code="500"` restates the status).',
    response: {
      status: 500,
      body: '<Response>\n<Status text="Internal Server Error" code="500">Unexpected server error.</Status>\n</Response>',
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── CompuTec AppEngine (SAP Business One) ─────────────────────────────
  {
    id: 'computec-appengine/authorization-denied-401',
    source: 'CompuTec AppEngine (SAP Business One)',
    url: 'https://learn.computec.one/docs/appengine/developers-guide/rest-odata-api/error-codes',
    note: 'The developer guide\'s "Error Codes and Messages": "HTTP/1.1 401 Unauthorized - authentication required … Error Response:" and this body. No header shown. Kind: 401, unauthenticated. Message: "Authorization has been denied for this request." (ASP.NET Web API\'s line), kept as the corpus keeps it elsewhere (rule 2.1 reads it as more than the 401\'s phrase). No code stated: `code` is empty.',
    response: {
      status: 401,
      body: { error: { code: '', message: 'Authorization has been denied for this request.' } },
    },
    expect: { kind: 'unauthenticated', message: 'Authorization has been denied for this request' },
  },
  {
    id: 'computec-appengine/object-key-not-found-500',
    source: 'CompuTec AppEngine (SAP Business One)',
    url: 'https://learn.computec.one/docs/appengine/developers-guide/rest-odata-api/error-codes',
    note: 'The same page: "HTTP/1.1 500 Internal Server Error - any other error. Details of problem are provided in the error message. The message aligns with those found in the SAP Business One Client …", then this body. No header shown. Kind: 500, server (a not-found text does not change a 5xx, rule 1; `code: "500"` restates the status). Message: "Object with specified Key was not found in database Key:000000000" is SAP Business One\'s own message, which the page says the client shows its users too; kept. Judgment call: a reader could read "not found in database" as a database\'s report (rule 2.3) and give the default. No code stated.',
    response: {
      status: 500,
      body: { error: { code: '500', message: 'Object with specified Key was not found in database Key:000000000' } },
    },
    expect: { kind: 'server', message: 'Object with specified Key was not found' },
  },

  // ───────────────────────────── TIBCO Spotfire Data Science ─────────────────────────────
  {
    id: 'tibco-spotfire-data-science/authentication-not-supplied-401-text',
    source: 'TIBCO Spotfire Data Science',
    url: 'https://docs.tibco.com/pub/sfire-dsc/6.6.0/doc/html/TIB_sfire-dsc_6.6.0_dev-kit/GUID-4DDF8422-04C8-449A-A997-D769E607D1E7.html',
    note: 'The dev-kit\'s "Response failures" table, row 401 ("The authentication failed."), whose "HTTP error message returned" prints the status line, the headers and the text body. Headers copied as printed but for `Content-Length: 77` (left out; the body is given whole). Kind: 401, unauthenticated. Message: a sentence sent as text on a 4xx is a sentence (rule 2.6), but this one only says the 401\'s phrase, "authentication required", and that none came with the request: the default, as "User authentication is required." is (rule 2.1, Qobuz\'s). Judgment call: a reader could keep it, as it says no credentials were sent.',
    response: {
      status: 401,
      headers: {
        Server: 'Apache-Coyote/1.1',
        'Content-Type': 'text/plain;charset=UTF-8',
        Date: 'Mon, 10 Feb 2014 22:47:58 GMT',
      },
      body: 'The resource requires authentication, which was not supplied with the request',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'tibco-spotfire-data-science/invalid-api-version-422-text',
    source: 'TIBCO Spotfire Data Science',
    url: 'https://docs.tibco.com/pub/sfire-dsc/6.6.0/doc/html/TIB_sfire-dsc_6.6.0_dev-kit/GUID-4DDF8422-04C8-449A-A997-D769E607D1E7.html',
    note: 'The same table, row 422 ("The API version included in the JSON payload for workflow variables does not exist."). Headers copied as printed but for `Content-Length: 22`. Kind: 422, validation (rule 1). Fields: none (text names no field by structure). Message: "invalid API version: 2" names only which input is invalid, in small letters with its value after a colon, as "invalid q" and "Invalid jobId" do: the default (rule 2.1, the rule row of 6 December 2026). Judgment call: "API version" is two words, which a reader could take for a person\'s words and keep.',
    response: {
      status: 422,
      headers: {
        Server: 'Apache-Coyote/1.1',
        'Content-Type': 'text/plain;charset=UTF-8',
        Date: 'Tue, 11 Feb 2014 18:52:43 GMT',
      },
      body: 'invalid API version: 2',
    },
    expect: { kind: 'validation', message: DEFAULT },
  },

  // ───────────────────────────── Oracle Enterprise Data Management Cloud ─────────────────────────────
  {
    id: 'oracle-edm-cloud/invalid-credentials-401',
    source: 'Oracle Enterprise Data Management Cloud',
    url: 'https://docs.oracle.com/en/cloud/saas/enterprise-data-management-cloud/edmra/edmcs_error_messages.html',
    note: 'The REST reference\'s "Error Message Example": "If a REST request generates an error, then the response contains the error code and a short error message in the response\'s status line. A detailed error message is included in the response body." Status: the body\'s `statusCode: 401`, which the page says the status line carries. No header shown. Kind: 401, unauthenticated. Message: "Invalid credentials for user edmcs.epm_cloud_user", a credential line naming the user (rule 2.1 keeps a credential\'s name); `status: "Unauthorized"` is the reason phrase. No code stated: `errorCode: -1` is a placeholder number no rule reads as a code, and `operation` names what was attempted.',
    response: {
      status: 401,
      body: {
        statusCode: 401,
        status: 'Unauthorized',
        message: 'Invalid credentials for user edmcs.epm_cloud_user',
        errorCode: -1,
        operation: 'Authentication',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid credentials for user' },
  },
] satisfies ConformanceCase[];
