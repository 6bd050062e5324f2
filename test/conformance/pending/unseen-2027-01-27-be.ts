import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-eighth unseen-API holdout, part BE (27 January 2027): eSIM, IoT-connectivity and telecom operators' developer
// APIs that no case file uses: Telstra's Messaging API (Australia's operator), AT&T's M2X IoT platform API, Orange's
// Travel B2B API (Orange Travelers' eSIM and top-up distribution API on api.orange.com) and Cisco's IoT Control Center
// (Jasper) REST API as KPN exposes it for its IoT SIMs. They were collected to measure how the reader does at first
// sight on APIs it was never tuned on. Every body was copied from the public material named in `url` and `note`: the
// operator's own issue tracker (telstra/MessagingAPI-v2, two bodies pasted by developers, whose HTTP status is the
// body's own `status` member, as no status line was printed), a client's test suite (GOV.UK Notify's Australian fork,
// govau/notify, whose Telstra client test answers with a 400 and the body its pull request handles), the raw HTTP
// responses AT&T's own M2X PHP client keeps as test fixtures (status line, headers and body, stored in a fork of
// attm2x/m2x-php), a distributor's French copy of Orange Developer's getting-started page for the Travel B2B API (its
// "Erreurs" section prints the status line, the content type and the body, Orange's stock example for error code 42),
// and the open smart grid platform's client for KPN's Jasper REST API (OSGP/open-smart-grid-platform), whose test
// throws the body with its 404 and whose error map gives the same code that status. Of the M2X fixtures' headers only
// Content-Length was left out (the body is re-serialized); no header was added to any case, and the cases without
// headers show none in their source. No body was mended. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Airalo, 1NCE, emnify, Soracom, Monogoto, KORE Wireless, Yoni Tech, eSIMTrade, Particle,
// Twilio (Super SIM), Safaricom M-Pesa, MTN MoMo, Infobip, Sinch, Telnyx, Bandwidth, Vonage, Plivo, Reloadly,
// DingConnect, Swisscom Mobile ID, Nokia Network as Code and the CAMARA APIs (already sources); eSIM Access, eSIM Go,
// Hologram, Sigfox, HLR Lookups (its official PHP SDK's README prints only success bodies), NumVerify (the
// stored code calls it, never records an error), DT One, ClickSend, Globe Labs (its issues paste `{ "error": "App is
// not provisioned for this request." }` and "Invalid access token" with no status), Vodacom's M-Pesa OpenAPI (error
// codes in issues, no body with a status), Verizon ThingSpace and Telstra's v3 SDKs (generated model docs and
// hand-built success mocks only): nothing citable with a body and its status in the stored corpora. Also left out:
// M2X's `internal_server_error.txt` fixture (`{ "error": "Foo Error" }`, a test writer's placeholder), Orange's 400
// example (`"message": "...."`, a placeholder), the Jasper test's second body (`"Some unmapped error."` with code
// 99999999, a placeholder), GOV.UK Notify's SAP Mobile Services test (its 401 body is the string "not JSON") and the
// orange_sms Ruby gem's stub of Orange's 401 (the same stock body, in a repository the index could not name).
//
// The part holds 7 cases from 4 sources, far under the brief's aim of 25 from 8, for 58 of the 60 look-ups: the
// eSIM resellers, IoT-connectivity platforms and top-up APIs not already in the corpus print status tables and schemas
// in their docs, not bodies, and their integrators' code in the stored corpora calls them without recording an error;
// most exact-string hits could not be tied to a repository to cite. No XML body, no HTML page and no text body turned
// up that qualified.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-27-be`, on 846a9b0, src/ unchanged: in the frozen copy /tmp/base68): 4/7 pass, 4 sources
// (kind 7/7, message 5/7, fields 6/7, retry 7/7, logId 0/0, code 5/5). Failing at first sight:
// telstra-messaging/tech-err-json-threat-protection-500 (kept the whole "Technical error : JSONThreatProtection[…]:
// Execution failed. reason: Expecting { or [ at line 1 : An error has occurred …" line, where rule 2.3 names a
// gateway policy's failure to parse the request's body developer text and rule 2.1 names the closing summary and its
// pointer to the docs generic: the default); telstra-messaging/to-msisdn-not-valid-messages-400 (kept "Refer to API
// docs at https://dev.telstra.com", a line that only sends the reader to a page, generic by rule 2.1; kind and code
// were read as written); att-m2x/validation-failed-permissions-not-present-422 (read no field from `errors: {
// permissions: ["not_present"] }`, a map of a field to a list of strings, which rule 3 reads as fields; the code-shaped
// line is the field's message as sent). Every other case passed as written, including the judgment calls on Telstra's
// `messages` list read for its lone item's validation code, Orange's `description` over `message` and its numeric
// code, and Jasper's "Invalid ICCID" kept. No expectation was changed after the run (Prettier's line breaks were
// applied before it).
//
// Waits in `pending/` (6 December 2026): read now 6/7 (Apigee's JSONThreatProtection failure before Telstra's API as
// developer text and "Refer to API docs at …" as a pointer, since the holdout). Its miss: M2X's map of fields to codes
// (`not_present`), which the rules read only when its values look like messages.

export default [
  // ───────────────────────────── Telstra Messaging API ─────────────────────────────
  {
    id: 'telstra-messaging/tech-err-json-threat-protection-500',
    source: 'Telstra Messaging API',
    url: 'https://github.com/telstra/MessagingAPI-v2/issues/1',
    note: 'The issue "POST to https://tapi.telstra.com/v2/messages/sms returns error" pastes the body the live API answered to a Python `requests` call that sent the payload form-encoded. Status: no status line printed; 500 is the body\'s own `status` member ("500"). No header shown. Kind: 500, server (rule 1; `TECH-ERR` is no code a row lists, and a code never turns a 5xx into a 4xx kind). Message: the line is the API gateway\'s report of its JSON threat-protection policy failing to parse the request ("JSONThreatProtection[cp_JSONThreatProtection.DoSAEvaluation]: Execution failed. reason: Expecting { or [ at line 1"), a parser\'s and a gateway policy\'s internals (rule 2.3: a server that could not parse the request\'s body), after the category label "Technical error" and before "An error has occurred while processing your request, please refer to API Docs for summary on the issue", a generic summary and a pointer to the docs (rule 2.1): the default. Judgment call: a reader could keep the closing sentence. Code: the explicit `code` member (rule 6).',
    response: {
      status: 500,
      body: {
        status: '500',
        code: 'TECH-ERR',
        message:
          'Technical error : JSONThreatProtection[cp_JSONThreatProtection.DoSAEvaluation]: Execution failed. reason: Expecting { or [ at line 1 : An error has occurred while processing your request, please refer to API Docs for summary on the issue',
      },
    },
    expect: { kind: 'server', message: DEFAULT, code: 'TECH-ERR' },
  },
  {
    id: 'telstra-messaging/resource-not-found-empty-message-404',
    source: 'Telstra Messaging API',
    url: 'https://github.com/telstra/MessagingAPI-v2/issues/10',
    note: 'The issue "Provisional error(404)" pastes the request (`POST https://tapi.telstra.com/v2/messages/provisioning/subscriptions`, sent with a multi-line curl whose line breaks were not escaped, the maintainer answers) and then "Response:" and the body. Status: no status line printed; 404 is the body\'s own `status` member ("404"), as the issue\'s title says. No header shown. Kind: 404, not-found (rule 1). Message: `message` is empty and nothing else speaks: the default (rule 2.4). Code: the explicit `code` member (rule 6).',
    response: { status: 404, body: { status: '404', code: 'RESOURCE-NOT-FOUND', message: '' } },
    expect: { kind: 'not-found', message: DEFAULT, code: 'RESOURCE-NOT-FOUND' },
  },
  {
    id: 'telstra-messaging/to-msisdn-not-valid-messages-400',
    source: 'Telstra Messaging API',
    url: 'govau/notify/api/tests/app/clients/test_telstra.py@14e48d4bd6930dbb8b022fe599769edff068ccdf',
    note: 'The Telstra client test of GOV.UK Notify\'s Australian fork (`test_send_sms_returns_permanent_failure_when_number_not_exists`) answers `POST /v2/messages/sms` with this body and status 400, the error its pull request #349 ("telstra: handle when number does not exist") handles: `e.status == 400 and messages[0]["code"] == "TO-MSISDN-NOT-VALID" and messages[0]["deliveryStatus"] == "DeliveryImpossible"`. The body is the test\'s Python dict, written back as the JSON it is dumped to. No header besides the content type the mock sets. Kind: the lone item of `messages` carries the only code, `TO-MSISDN-NOT-VALID`, read without separators "to msisdn not valid": "not valid" is invalid (the thirty-seventh holdout\'s row) and it names an input (the `to` number), so a validation code in the other word order (rule 1), on a 400: validation. Judgment call: `messages` is the send result\'s list, one item per recipient, not a list named as errors; a reader who reads no code there gives a bad request. Fields: none; the item names no field by a path member (`to` holds the number, not a path; rule 3). Message: "Refer to API docs at https://dev.telstra.com" only sends the reader to a page (rule 2.1, as ipapi\'s "For details, see …"): the default. Code: the lone item\'s `code` (rule 6).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: {
        messages: [
          {
            to: '+61412345678',
            deliveryStatus: 'DeliveryImpossible',
            messageStatusURL: 'https://tapi.telstra.com/v2/messages/sms//status',
            status: '400',
            code: 'TO-MSISDN-NOT-VALID',
            message: 'Refer to API docs at https://dev.telstra.com',
          },
        ],
        Country: [],
        messageType: 'SMS',
        numberSegments: 1,
      },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'TO-MSISDN-NOT-VALID' },
  },

  // ───────────────────────────── AT&T M2X API ─────────────────────────────
  {
    id: 'att-m2x/validation-failed-permissions-not-present-422',
    source: 'AT&T M2X API',
    url: 'anhhai986/m2x-php/tests/responses/keys_post_validation.txt@1538bedb4de6b35bfdbaaa041d452933eeba3fad',
    note: 'A raw HTTP response kept as a test fixture by AT&T\'s own M2X PHP client (attm2x/m2x-php, stored in the fork named in `url`): status line, headers and body as the API answered `POST /v2/keys` without permissions (the `X-M2X-VERSION` header names the API build). Headers copied as shown but Content-Length (the body is re-serialized). Kind: 422, validation (rule 1). Message: "Validation Failed" is a generic summary (rule 2.1) and the field carries the text: the default (rule 2.4). Fields: `errors` is a map of field to a list of strings (rule 3): `permissions` with "not_present", a code-shaped line kept as the field\'s message (rule 3 reads a field\'s message as sent). No code stated (rule 6 names none here).',
    response: {
      status: 422,
      headers: {
        Server: 'nginx',
        Date: 'Fri, 05 Dec 2014 20:40:58 GMT',
        'Content-Type': 'application/json',
        Status: '422 Unprocessable Entity',
        'X-M2X-VERSION': 'v2.3.2-alpha',
        Vary: 'Accept-Encoding',
      },
      body: { message: 'Validation Failed', errors: { permissions: ['not_present'] } },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['permissions', 'not_present']] },
  },
  {
    id: 'att-m2x/device-does-not-exist-404',
    source: 'AT&T M2X API',
    url: 'anhhai986/m2x-php/tests/responses/devices_get_not_found.txt@f7b7f91feb0e9c65c36c09804a25dedf0acecc38',
    note: 'A raw HTTP response kept as a test fixture by AT&T\'s own M2X PHP client (attm2x/m2x-php, stored in the fork named in `url`): `GET /v2/devices/{id}` for a device that does not exist. Headers copied as shown but Content-Length. Kind: 404, not-found (rule 1). Message: "The specified device does not exist", a sentence for the person (rule 2; not the bare reason phrase). No code, no support id in body or headers.',
    response: {
      status: 404,
      headers: {
        Server: 'nginx',
        Date: 'Wed, 14 Jan 2015 22:38:06 GMT',
        'Content-Type': 'application/json',
        Status: '404 Not Found',
        'X-M2X-VERSION': 'v2.4.2-alpha',
        Vary: 'Accept-Encoding',
      },
      body: { message: 'The specified device does not exist' },
    },
    expect: { kind: 'not-found', message: 'The specified device does not exist' },
  },

  // ───────────────────────────── Orange Travel B2B API ─────────────────────────────
  {
    id: 'orange-travel-b2b/expired-credentials-42-401',
    source: 'Orange Travel B2B API',
    url: 'Ratebah20/API/documentation_api_orange_travel.md@56696c158eba4d812943023ae81f40900bd65483',
    note: 'A distributor\'s French copy of Orange Developer\'s getting-started page for the Travel B2B API (eSIMs and top-ups sold through `https://api.orange.com/travel-b2b-sandbox/v1/`); its "Erreurs 401" section prints "HTTP/1.1 401 Unauthorized", "Content-Type: application/json" and the body, Orange\'s stock example for error code 42 (the same body appears in an Orange SMS client\'s stub with status 401, and Orange\'s error-handling guide lists 42 as "Expired credentials" on a 401). Kind: 401, unauthenticated (rule 1). Message: `description` beats the `message` beside it (rule 2.2): "The requested service needs credentials, and the ones provided were out-of-date." says the credential has expired, a credential\'s line that stays (rule 2.1). Judgment call: a reader could read it as the 401\'s phrase in other words and give the default. Code: the numeric `code` 42, as a string (rule 6).',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
      body: {
        code: 42,
        message: 'Expired credentials',
        description: 'The requested service needs credentials, and the ones provided were out-of-date.',
      },
    },
    expect: { kind: 'unauthenticated', message: 'the ones provided were out-of-date', code: '42' },
  },

  // ───────────────────────────── Cisco IoT Control Center (Jasper) ─────────────────────────────
  {
    id: 'cisco-control-center/invalid-iccid-20000001-404',
    source: 'Cisco IoT Control Center (Jasper) REST API',
    url: 'OSGP/open-smart-grid-platform/osgp/protocol-adapter-dlms/osgp-jasper-interface/src/test/java/org/opensmartgridplatform/adapter/protocol/jasper/rest/client/JasperWirelessTerminalRestClientTest.java@30077b4a23991ecac7a9be1bb7ce13fbd65e6589',
    note: 'The open smart grid platform\'s client for KPN\'s Jasper (Cisco IoT Control Center) REST API: its test `testInvalidIccId` answers `GET /rws/api/v1/devices/{iccid}/sessionInfo` with this body in an `HttpClientErrorException(HttpStatus.NOT_FOUND, "NOT_FOUND", body)`, and the client\'s error map gives code 20000001, "Resource not found - Invalid ICCID.", the status 404 (the test asserts it); the same body answers the SMS client\'s test. No header shown. Kind: 404, not-found (rule 1). Message: `errorMessage`, a message member by its shape (rule 5): "Resource not found - Invalid ICCID" is more than the bare reason phrase ("Resource not found" is a sentence, rule 2.1) and names the SIM by its ICCID, the number printed on the card that the people who manage a SIM fleet use, kept as a person\'s word as "Invalid phone number" is. Judgment call: a reader could read "Invalid ICCID" as a line naming only an input by the API\'s name for it and give the default (the rule row of 6 December 2026). Code: `errorCode` (rule 5\'s code shapes; rule 6).',
    response: {
      status: 404,
      body: { errorMessage: 'Resource not found - Invalid ICCID', errorCode: '20000001' },
    },
    expect: { kind: 'not-found', message: 'Invalid ICCID', code: '20000001' },
  },
] satisfies ConformanceCase[];
