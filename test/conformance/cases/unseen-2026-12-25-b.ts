import { DEFAULT, type ConformanceCase } from '../types';

// Thirty-fifth unseen-API holdout, part B (25 December 2026): contact-centre and cloud-telephony platforms' APIs that
// no other case file uses: Exotel (its vSIP trunk configuration API), the Asterisk REST Interface (ARI), RingCentral,
// Cisco Finesse and 8x8 (its Contact Center Campaigns API), collected to measure how the reader does at first sight on
// APIs it was never tuned on. Candidates given: Genesys Cloud, Five9, Talkdesk, Aircall, RingCentral, Dialpad, 8x8,
// Freshcaller, CloudTalk, NICE CXone, Amazon Connect, Twilio Flex (skipped: Twilio is a source), JustCall, Zadarma,
// Exotel, Knowlarity, 3CX, FreePBX / Asterisk ARI, FreeSWITCH and Kazoo; Cisco Finesse was added as a contact-centre
// API of the same domain. Every body was copied from the public material named in `url` and `note`: an Exotel
// repository's error reference that prints tested responses beside their statuses (exotel/exotel-vsip-trunk-
// Configuration-API), vendor reference pages that print an error body (Cisco Finesse's, 8x8's), public issues and pull
// requests that paste a captured body (phpari, ringcentral-api-docs, ringcentral-php). No header was added; none of the
// captures here shows a response header. Where a capture showed no status and one was taken from elsewhere (the body's
// own `status`, another capture of the same error, the vendor's table for that error, the server's own source) the
// case's `note` says where. Bodies printed with typographic quotes or unquoted keys were transcribed to JSON, and the
// note says so. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: RingCentral's `MSG-246` body in ringcentral/ringcentral-js-integration-commons#205 (cut off
// inside its `errors` list, no status), the `unauthorized_client` body in ringcentral/ringcentral-web-phone#386 (cut
// off by Guzzle's "(truncated...)"; used here only for its status), the docs' `sample-error.json` (a schematic with the
// placeholder codes `ABC-123` and `XYZ-321`, no status) and its rate-limit page (no 429 body printed); ARI's
// `{"message":"Channel not in Stasis application"}` in asterisk/node-ari-client#161 (no status shown, and Asterisk
// sends that text with 409 or 422 depending on the resource, so none can be fixed), asterisk/node-ari-client#156 (no
// body in the stored thread) and ari4java/ari4java#152 (only the client's "(HTTP 422 Error)" rendering); Exotel's
// `1001`, `1007` and `1008` bodies (printed as fragments of `error_data` or `response` without the envelope, and `1008`
// with "200/409" as its status); 8x8's messaging-API example (`code: 1300`, "Object wasn't found or is already
// expired"), stored only in a third-party transcription without a status, the vendor page's stored text stopping before
// it; 8x8 Connect's problem types (no example stored); Cisco CVP's `<APIErrors>` template (placeholders, no status);
// Webex Contact Center and Webex Connect (status prose only; examples only in third-party schema transcriptions);
// Genesys Cloud (SDK models, a fake server's comment and forum posts without bodies: no captured body with a status);
// Kazoo (the crossbar docs describe the error envelope but the stored pages print no error body); Zadarma
// (zadarma/user-api-v1 #8 says only that errors come with 404 or 400 and `status: "error"`); Aircall, Talkdesk, Five9,
// Dialpad, Freshcaller, CloudTalk, NICE CXone, Amazon Connect, JustCall, Knowlarity, 3CX, FreePBX and FreeSWITCH (no
// stored body with a status was found); Yeastar's code tables and Sendbird Calls' schema (no bodies). Bandwidth, Sinch,
// Telnyx, Vonage and Plivo are already sources. No 429, no 5xx and no non-English body turned up in this domain; one
// XML body did. The part is short of the 25-35 cases asked for (10 cases, 5 sources): most look-ups of the cap of 65
// went to vendors whose bodies are not stored with a status, and collection stopped at the time limit with 48 look-ups
// spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-25-b`, on b21bafe, src/ unchanged: in the frozen copy /tmp/base35): 6/10 pass, 5 sources
// (kind 10/10, message 9/10, fields 10/10, retry 10/10, logId 3/3, code 1/5). Failing at first sight:
// exotel/vsip-authorization-failed-401 (the kit kept "Authorization failed" as the message, where rule 2.1 reads such a
// line as a category line, as it names "Authentication failure"; and it read no code from `response.error_data.code`,
// rule 6), exotel/vsip-not-found-404, exotel/vsip-unsupported-content-type-415 and exotel/vsip-trunk-name-too-long-400
// (no code: the kit reads the sentence in `response.error_data` but not its numeric `code`, Exotel's own code, beside
// an envelope `code` that only restates the status; rules 2.2 and 6). The expectations closest to the edge, met as
// written: RingCentral's `unauthorized_client` on a 400 read as forbidden (rule 1), Cisco Finesse's XML without a
// content type and its desktop body read as the default (rules 2.1, 2.3, 2.4), 8x8's `detail` over a generic title
// beside a field error (rules 2.2, 3). No expectation was changed after the run (Prettier was applied before it).
//
// Scored in `cases/` since the sixty-fourth holdout's stop (6 December 2026): the reader reads all 10 since later
// holdouts' conventions (Exotel's code in `error_data` and its "Authorization failed" as a category line).

export default [
  // ───────────────────────────── Exotel ─────────────────────────────
  {
    id: 'exotel/vsip-authorization-failed-401',
    source: 'Exotel API',
    url: 'exotel/exotel-vsip-trunk-Configuration-API/TRUNK_ERRORS_README.md@b5e3b36836ea6a92d7f2532d8bc9591762a2210a',
    note: 'Exotel\'s own error reference for its vSIP trunk API ("All error scenarios have been tested and documented with their exact cause codes, HTTP status codes"): the "Example Response" under "Error Code: 1010 - Authorization Failed", "HTTP Status: 401 Unauthorized"; the body\'s own `http_code` and `response.code` say 401 too. No header shown. A 401 is unauthenticated (rule 1). The error sits in `response.error_data` (rule 2.2: a context named as the error\'s speaks when its envelope says only a status; `response` names an error\'s envelope, rule 3). Judgment call: "Authorization failed" (in `message` and again in `description`) is a category line, as rule 2.1 reads "Authentication failure" and "Login failure", so the message is the default (the other reading keeps "Authorization failed"). Code: `error_data.code` 1010 is Exotel\'s own code, `response.code` only restates the status (rule 6). `request_id` is the support id (rule 5).',
    response: {
      status: 401,
      body: {
        request_id: 'c6084ac2e9a44812824b42577f01937b',
        method: 'POST',
        http_code: 401,
        response: {
          code: 401,
          error_data: { code: 1010, message: 'Authorization failed', description: 'Authorization failed' },
          status: 'failure',
          data: null,
        },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      logId: 'c6084ac2e9a44812824b42577f01937b',
      code: '1010',
    },
  },
  {
    id: 'exotel/vsip-not-found-404',
    source: 'Exotel API',
    url: 'exotel/exotel-vsip-trunk-Configuration-API/TRUNK_ERRORS_README.md@b5e3b36836ea6a92d7f2532d8bc9591762a2210a',
    note: 'The same reference\'s example under "Error Code: 1000 - Not Found", "HTTP Status: 404 Not Found" (sent, it says, for over-long or empty phone numbers); the body\'s `http_code` says 404. No header shown. A 404 is not-found (rule 1). "Not Found" in both `message` and `description` is the bare reason phrase (rule 2.1): no sentence, the default. Code 1000 from `error_data` (rule 6); `request_id` is the support id (rule 5).',
    response: {
      status: 404,
      body: {
        request_id: '1ed10affef19427dad8bea3d38259e5f',
        method: 'POST',
        http_code: 404,
        response: {
          code: 404,
          error_data: { code: 1000, message: 'Not Found', description: 'Not Found' },
          status: 'failure',
          data: null,
        },
      },
    },
    expect: { kind: 'not-found', message: DEFAULT, logId: '1ed10affef19427dad8bea3d38259e5f', code: '1000' },
  },
  {
    id: 'exotel/vsip-unsupported-content-type-415',
    source: 'Exotel API',
    url: 'exotel/exotel-vsip-trunk-Configuration-API/TRUNK_ERRORS_README.md@b5e3b36836ea6a92d7f2532d8bc9591762a2210a',
    note: 'The same reference\'s example under "Error Code: 1011 - Unsupported Content Type", "HTTP Status: 415 Unsupported Media Type" (a request sent as text/plain); the body\'s `http_code` says 415. No header shown. A 415 is a bad request (rule 1). Judgment call on the message: `description` would beat `message` (rule 2.2), but it holds only the media type sent ("text/plain", one token, no sentence: rule 2.1), so the line in `message`, "unsupported content type", is the sentence; it is not the 415\'s reason phrase ("Unsupported Media Type"). The other reading takes it as a reason phrase reworded and gives the default. Code 1011 (rule 6); `request_id` is the support id (rule 5).',
    response: {
      status: 415,
      body: {
        request_id: 'dbd5126aece84ae4896fcaf036dd76d3',
        method: 'POST',
        http_code: 415,
        response: {
          code: 415,
          error_data: { code: 1011, message: 'unsupported content type', description: 'text/plain' },
          status: 'failure',
          data: null,
        },
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'unsupported content type',
      logId: 'dbd5126aece84ae4896fcaf036dd76d3',
      code: '1011',
    },
  },
  {
    id: 'exotel/vsip-trunk-name-too-long-400',
    source: 'Exotel API',
    url: 'exotel/exotel-vsip-trunk-Configuration-API/TRUNK_ERRORS_README.md@b5e3b36836ea6a92d7f2532d8bc9591762a2210a',
    note: 'The reference\'s "Error Response Format" example ("All Exotel API errors follow this consistent format"), whose `description` is the tested 1002.1 error ("Trunk name exceeds 16 characters", "HTTP Status: 400 Bad Request"); the body\'s `http_code` says 400. Its `request_id` is the page\'s placeholder, "unique_request_identifier", kept as printed, so no support id is checked. No header shown. Kind: a 400 with no field member and a numeric code that names no kind is a bad request (rule 1; that the text names TrunkName decides nothing: text never decides, and no member names the field). Message: "Invalid parameter" is a generic line (rule 2.1), the occurrence\'s `description` speaks (rule 2.2). Code 1002 (rule 6).',
    response: {
      status: 400,
      body: {
        request_id: 'unique_request_identifier',
        method: 'POST',
        http_code: 400,
        response: {
          code: 400,
          error_data: {
            code: 1002,
            message: 'Invalid parameter',
            description: 'Maximum allowed length for TrunkName is 16',
          },
          status: 'failure',
          data: null,
        },
      },
    },
    expect: { kind: 'bad-request', message: 'Maximum allowed length for TrunkName is 16', code: '1002' },
  },
  // ───────────────────────────── Asterisk REST Interface (ARI) ─────────────────────────────
  {
    id: 'asterisk-ari/originate-application-or-extension-required-400',
    source: 'Asterisk REST Interface (ARI)',
    url: 'https://github.com/greenfieldtech-nirs/phpari/issues/37',
    note: 'The issue (2015-02-09) prints what Asterisk answered to POST /ari/channels (an originate) through the phpari client: `Error: { “message”: “Application or extension must be specified” } Trace: …`; the typographic quotes of the issue\'s rendering are transcribed to JSON, nothing else changed. No status shown beside it; status 400 from Asterisk\'s own ARI channel resource, which answers it with `ast_ari_response_error(response, 400, "Bad Request", "Application or extension must be specified")` (three stored copies of that C source found by string search; the index does not name their repository). No header shown. A 400 without fields or a code is a bad request (rule 1). The `message` sentence is the message (rule 2).',
    response: { status: 400, body: { message: 'Application or extension must be specified' } },
    expect: { kind: 'bad-request', message: 'Application or extension must be specified' },
  },
  // ───────────────────────────── RingCentral ─────────────────────────────
  {
    id: 'ringcentral/oauth-client-authentication-required-401',
    source: 'RingCentral API',
    url: 'https://github.com/ringcentral/ringcentral-api-docs/pull/33',
    note: 'The pull request (2018-04-13) prints what POST https://platform.devtest.ringcentral.com/restapi/oauth/token answered when `client_id` was left out (curl without -i: no status or header shown). Status 401 from the vendor\'s table for that error: ringcentral/ringcentral-api-docs/docs/basics/errors.md@03cea436f9c46373c4a0650763ff3afb96812534 lists `OAU-123` under "401". A 401 is unauthenticated (rule 1; `invalid_client` is a credential code and says the same). Message: OAuth `error_description` beats `error` (rule 2.2). Judgment call: "Client authentication is required" names whose authentication (the app\'s), so it is more than the 401\'s phrase "Authentication is required" (rule 2.1), and is kept; the other reading gives the default. Code left unchecked: OAuth\'s `error` (`invalid_client`) and the lone item\'s `errorCode` (`OAU-123`, which RingCentral tells clients to rely on) both have a claim under rule 6.',
    response: {
      status: 401,
      body: {
        error: 'invalid_client',
        error_description: 'Client authentication is required',
        errors: [{ errorCode: 'OAU-123', message: 'Client authentication is required' }],
      },
    },
    expect: { kind: 'unauthenticated', message: 'Client authentication is required' },
  },
  {
    id: 'ringcentral/oauth-unauthorized-client-grant-type-400',
    source: 'RingCentral API',
    url: 'https://github.com/ringcentral/ringcentral-php/issues/30',
    note: 'The issue (2016-06-03): the token request during a password login answered `{ "error" : "unauthorized_client", "error_description" : "Unauthorized for this grant type" }`, pasted without a status. Status 400 from other captures of the same error: ringcentral/ringcentral-web-phone#386 (Guzzle: "`POST https://platform.devtest.ringcentral.com/restapi/oauth/token` resulted in a `400 Bad Request` response: {"error" : "unauthorized_client", …") and ringcentral/ringcentral-js#91 ("Http 400(Bad Request) - Unauthorized for this grant type"). No header shown. Judgment call on the kind: OAuth\'s `unauthorized_client` ("the authenticated client is not authorized to use this authorization grant type", RFC 6749 §5.2) is an `Unauthorized` code sent without a 401 to a client the server knows, so forbidden (rule 1); the other readings are a bad request (as `unsupported_grant_type` is) or a credential code. Message: `error_description` (rule 2.2). Code: OAuth\'s `error` (rule 6).',
    response: {
      status: 400,
      body: { error: 'unauthorized_client', error_description: 'Unauthorized for this grant type' },
    },
    expect: { kind: 'forbidden', message: 'Unauthorized for this grant type', code: 'unauthorized_client' },
  },
  // ───────────────────────────── Cisco Finesse ─────────────────────────────
  {
    id: 'cisco-finesse/authentication-failure-xml-401',
    source: 'Cisco Finesse API',
    url: 'https://developer.cisco.com/docs/finesse/cisco-finesse-api-errors',
    note: 'The vendor\'s "Cisco Finesse API Errors" page prints this XML as "an example of a failure message format" (its indentation kept). No status beside it; judgment call: 401 from the vendor\'s tables, which answer an authentication failure ("Unauthorized (for example, the user is not yet authenticated in the Web Session)") with 401 on every API (User, ReasonCode, Workflow, ConfigInfo API Errors); the example\'s own `UNAUTHORIZED` agrees. No header shown (the page says only that errors come "in XML format"). A 401 is unauthenticated (rule 1). Message: `ErrorType` "Authentication Failure" is a category line (rule 2.1 names "Authentication failure"), `ErrorMessage` is capitals only, a code (rule 2.1), and `ErrorData` holds a user name ("jsmith"), no sentence: the default (rule 2.4). No field: `ErrorData` is no path-like member the rules name, and "jsmith" is a value, not a field. Code left unchecked: `ErrorType` or `ErrorMessage`, rule 6 does not say which.',
    response: {
      status: 401,
      body: '<ApiErrors>\n   <ApiError>\n      <ErrorType>Authentication Failure</ErrorType>\n      <ErrorMessage>UNAUTHORIZED</ErrorMessage>\n      <ErrorData>jsmith</ErrorData>\n   </ApiError>\n</ApiErrors>',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'cisco-finesse/desktop-security-exception-400',
    source: 'Cisco Finesse API',
    url: 'https://developer.cisco.com/docs/finesse/cisco-finesse-desktop-interface-api-errors',
    note: 'The vendor\'s "Cisco Finesse Desktop Interface API Errors" page (and its "Desktop Interface API Client Requests" page) prints this as the format of a failed request, `{ status : 400, apiErrors : { "errorType": "Bad Request", … } }`; the two unquoted keys are transcribed to JSON, nothing else changed. Status 400 from the body\'s own `status`. No header shown. A 400 without fields; "Bad Request" in `errorType` only restates the status: a bad request (rule 1). Judgment call on the message: "Security Exception" names an exception (rule 2.3) or a category, and "Error in getting desktop configs." in `errorData` only says which step failed, as "Error signing in to …" and "Request mapping failed" do (rule 2.1): the default. The other reading takes "Error in getting desktop configs." as the sentence.',
    response: {
      status: 400,
      body: {
        status: 400,
        apiErrors: {
          errorType: 'Bad Request',
          errorMessage: 'Security Exception',
          errorData: 'Error in getting desktop configs.',
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  // ───────────────────────────── 8x8 Contact Center Campaigns API ─────────────────────────────
  {
    id: '8x8-cc-campaigns/validation-failed-400',
    source: '8x8 Contact Center Campaigns API',
    url: 'https://developer.8x8.com/actions-events/docs/cc-campaigns/troubleshooting/',
    note: "The vendor's troubleshooting page (the API is in beta) prints this as \"Example — a 400 validation error\"; the body's own `status` says 400. No header shown. Its `detail` (a duplicate record) and its item (a blank field) describe different failures; both are kept as printed. Kind: a 400 with a field error, whose code `NotBlank` is Bean Validation's, is a validation failure (rule 1; the duplicate in the text decides nothing). Message: `title` \"Validation failed\" is generic and `detail` is the occurrence's sentence (rules 2.1, 2.2). Field: `crmRecordId` from the item's `field` (rule 3). `instance` is a path, no support id (rule 5). Code left unchecked: the lone item's `NotBlank` belongs to its field, and the body has no code of its own.",
    response: {
      status: 400,
      body: {
        title: 'Validation failed',
        status: 400,
        detail: 'Campaign already contains record for Id: CRM-12345',
        instance: '/cc/US1/campaigns/v1/123e4567-e89b-12d3-a456-426614174000/records',
        time: '2026-04-22T10:30:00Z',
        errors: [{ field: 'crmRecordId', code: 'NotBlank', message: 'must not be blank' }],
      },
    },
    expect: {
      kind: 'validation',
      message: 'Campaign already contains record for Id: CRM-12345',
      fields: [['crmRecordId', 'must not be blank']],
    },
  },
] satisfies ConformanceCase[];
