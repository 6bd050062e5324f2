import { DEFAULT, type ConformanceCase } from '../types';

// Twenty-seventh unseen-API holdout, part V (17 December 2026): enterprise SaaS, HR/payroll, e-signature, health-care
// and collaboration APIs that no other case file uses (ServiceNow, Zoho Sign, Egnyte, Adobe Acrobat Sign, Namely,
// PlanSource, Carta, Spot, SugarCRM, Zoho Desk, DHIS2, OpenMRS, openFDA), collected to measure how the reader does at
// first sight on APIs it was never tuned on. Every body and header was copied from the public material named in `url`:
// recorded VCR cassettes (Adobe Acrobat Sign's in a client gem, Namely's in its official Ruby client), an official
// SDK's test fixture (Egnyte's), responses pasted into an issue, an analysis document and a design note that quote a
// live reply (ServiceNow, Zoho Sign), client code that quotes a reply it measured live (Zoho Desk, DHIS2) or met in
// real life (OpenMRS), a client gem's stubs of a real instance (SugarCRM), the vendors' documentation where it prints a
// body for a stated status (PlanSource, Carta, Spot), and openFDA's own server source. Trims, a body rebuilt from
// source or docs, a header left out, and any status taken from elsewhere than the capture, are said in `note`. Every
// `expect` was written from the source and test/conformance/README.md before the kit was run on it.
//
// Short of the brief's 30–40 cases: collection stopped at the time box with 23 cases from 13 sources. Looked for and
// dropped: Webex (the captures found lack a status, the XML API's FAILURE bodies come without one, the docs print no
// body), Veeva Vault (docs print bodies without the HTTP status), Workday, Oracle Health (Cerner) FHIR and Epic
// (nothing citable with a status), PandaDoc, Quip, Coda and Teamtailor (docs and gem fixtures hold no error), Workable,
// Recruitee, HiBob, Rippling (its errors page names the message member only), Paylocity and PayFit (tables of codes),
// Podio (podio-rb's fixtures are all 200s, its docs print a body without a status), SAP Business One Service Layer
// (third-party mocks only), ShareFile, Adobe Sign's throttling page (placeholders), Blue Button (its tests assert the
// status only), Yousign and eversign SDKs (no fixtures), ServiceNow 404 captures (file not citable), Genesys Cloud,
// OneLogin and Freshservice (no capture with its status found in time); Elation, DrChrono and JazzHR were not tried
// again (earlier holdouts found nothing citable); Check, SignatureAPI, NexHealth, Finch, athenahealth, Redox, Canvas
// Medical, Healthie, Dropbox Sign, SignNow, Smartsheet, Dataverse, NetSuite, SAP SuccessFactors, UKG, Ashby and
// SmartRecruiters already have cases.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-17-v`, in a copy of 2b54ae1 at /tmp/base27, src/ unchanged): 21/23 pass, 13 sources (kind
// 22/23, message 23/23, fields 22/23, retry 23/23, logId 5/5, code 13/14). Failing at first sight:
// zoho-sign/too-many-characters-error-param-400 (`error_param` not read as the one field the error object is about, so
// a bad request without the field, where rule 3 reads an error object's `param` or `error_path` so);
// carta/missing-or-invalid-access-token-401 (the numeric `code: 16` kept as the code, where rule 6 gives the
// ErrorInfo's `reason`: the kit knows an unwrapped status only by a `google.rpc.` detail type, and Carta's ErrorInfo is
// typed in its own package). No expectation was changed after the run.

export default [
  // ───────────────────────────── ServiceNow ─────────────────────────────
  {
    id: 'servicenow/user-not-authenticated-401',
    source: 'ServiceNow',
    url: 'https://github.com/panoramicdata/ServiceNow.Api/issues/16',
    note: 'The Table API answer a client library printed for a basic-auth account it could not sign in: "Server error Unauthorized (401): Unauthorized - {…}" (status from that line; no headers shown). `status: "failure"` is a result flag, no code. "User Not Authenticated" only restates the 401 (rule 2.1: "Not authenticated" restates a 401 on a 401), so the `detail` beside it, the occurrence\'s text, is the sentence (rule 2.2, as a `description` beats the `message` beside it).',
    response: {
      status: 401,
      body: {
        error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' },
        status: 'failure',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Required to provide Auth information' },
  },
  {
    id: 'servicenow/insufficient-rights-query-403',
    source: 'ServiceNow',
    url: 'Freundcloud/microservices-demo/docs/SERVICENOW-PACKAGE-QUERY-PERMISSIONS-ISSUE-56.md@e22561d335131da6754a9a78dbdd6baec088a846',
    note: 'A Table API query refused by a field-level ACL, as a pipeline script printed it ("ERROR: ServiceNow API returned HTTP 403", then "Response body:" and this body; no headers shown). The `message` names the refusal in general; the `detail` beside it says what this request did (rule 2.2: the occurrence\'s text beats the type-level one). A 403 is forbidden (rule 1); `status: "failure"` is a result flag.',
    response: {
      status: 403,
      body: {
        error: {
          message: 'Insufficient rights to query records',
          detail: 'Field(s) present in the query do not have permission to be read',
        },
        status: 'failure',
      },
    },
    expect: { kind: 'forbidden', message: 'Field(s) present in the query do not have permission to be read' },
  },

  // ───────────────────────────── Zoho Sign ─────────────────────────────
  {
    id: 'zoho-sign/too-many-characters-error-param-400',
    source: 'Zoho Sign',
    url: 'OlisDevSpot/tri-pros-website/docs/superpowers/specs/2026-04-23-zoho-sow-multi-doc-design.md@f2a124b59519c87448d15928d277a6c43f7a02ae',
    note: 'A design note quoting a reply "Confirmed via live replay against Zoho Sign API: HTTP 400" to a request whose text field `sow-2` was too long; no headers shown. `error_param` names the one parameter the error is about (rule 3: an error object naming one field by a path-like member, as `param`, `field` or `error_path` do), so the sentence is that field\'s error and the 400 a validation failure (rule 1). `code: 9011` is Zoho Sign\'s error number, a string in the model (rule 6); `status: "failure"` is a result flag.',
    response: {
      status: 400,
      body: { code: 9011, error_param: 'sow-2', message: 'You have entered too many characters', status: 'failure' },
    },
    expect: {
      kind: 'validation',
      message: 'You have entered too many characters',
      fields: [['sow-2', 'too many characters']],
      code: '9011',
    },
  },

  // ───────────────────────────── Egnyte ─────────────────────────────
  {
    id: 'egnyte/developer-over-qps-403-html',
    source: 'Egnyte',
    url: 'egnyte/egnyte-dotnet/Egnyte.Api.Tests/Common/ServiceHandlerTests.cs@93680a34b0531f3925d56a2bd3cec44655a5d7f5',
    note: "The official .NET SDK's fixture for Egnyte's per-token rate limit (the Mashery gateway's answer): status Forbidden, the headers `Retry-After: 20`, `X-Mashery-Error-Code: ERR_403_DEVELOPER_OVER_QPS`, `X-Accesstoken-Qps-Allotted: 100`, `X-Accesstoken-Qps-Current: 101`, and this body as a StringContent (no Content-Type set by the test, none added). A 403 with Retry-After is rate-limited (rule 1), with a wait of 20 s (rule 4). The body is markup, never a message (rule 2.3), so the default.",
    response: {
      status: 403,
      headers: {
        'retry-after': '20',
        'x-mashery-error-code': 'ERR_403_DEVELOPER_OVER_QPS',
        'x-accesstoken-qps-allotted': '100',
        'x-accesstoken-qps-current': '101',
      },
      body: '<h1>Developer Over Qps</h1>',
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 20 },
  },

  // ───────────────────────────── Adobe Acrobat Sign ─────────────────────────────
  {
    id: 'adobe-acrobat-sign/agreement-already-cancelled-409',
    source: 'Adobe Acrobat Sign',
    url: 'jobscore/adobe_sign/test/fixtures/vcr_cassettes/agreements_state_conflict.yml@9bad1427358039b8bfe3c061c802f14587777d71',
    note: "A VCR cassette of `PUT /api/rest/v6/agreements/{id}/state` on an agreement already cancelled: status 409 and these headers (others, such as Transfer-Encoding and Vary, left out); the YAML single-quoted body folds its line break to one space. A 409 is a conflict (rule 1); the sentence is the message; `code` the vendor's code (rule 6); `X-Request-Id` the support id (rule 5).",
    response: {
      status: 409,
      headers: {
        Date: 'Wed, 11 Jul 2018 19:33:21 GMT',
        Server: 'Apache',
        'X-Request-Id': '096c2379-07d9-4e84-90f8-8cbdfc2942c9',
        'Cache-Control': 'no-cache, no-store, must-revalidate',
        'Content-Type': 'application/json;charset=UTF-8',
      },
      body: {
        code: 'AGREEMENT_ALREADY_CANCELLED',
        message: 'The agreement being modified has already been cancelled.',
      },
    },
    expect: {
      kind: 'conflict',
      message: 'has already been cancelled',
      code: 'AGREEMENT_ALREADY_CANCELLED',
      logId: '096c2379-07d9-4e84-90f8-8cbdfc2942c9',
    },
  },
  {
    id: 'adobe-acrobat-sign/invalid-access-token-401',
    source: 'Adobe Acrobat Sign',
    url: 'jobscore/adobe_sign/test/fixtures/vcr_cassettes/agreements_post_invalid.yml@3c8b8b400ae896a1da5d69fab73192cfa5ac6651',
    note: "A VCR cassette of `POST /api/rest/v6/agreements` with a token the server no longer accepts: status 401 and these headers (others left out). The sentence is the message, `code` the vendor's code, `X-Request-Id` the support id.",
    response: {
      status: 401,
      headers: {
        Date: 'Mon, 09 Jul 2018 18:48:16 GMT',
        Server: 'Apache',
        'X-Request-Id': 'ef6bf1fd-430a-4bc9-8ed5-40a80350925b',
        'Content-Type': 'application/json;charset=UTF-8',
      },
      body: { code: 'INVALID_ACCESS_TOKEN', message: 'Access token provided is invalid or has expired' },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Access token provided is invalid or has expired',
      code: 'INVALID_ACCESS_TOKEN',
      logId: 'ef6bf1fd-430a-4bc9-8ed5-40a80350925b',
    },
  },
  {
    id: 'adobe-acrobat-sign/invalid-document-id-404',
    source: 'Adobe Acrobat Sign',
    url: 'jobscore/adobe_sign/test/fixtures/vcr_cassettes/agreements_document_not_found.yml@0cedd60b09919dda0843686f3680607b3df17a54',
    note: "A VCR cassette of a document download with an id the agreement does not have: status 404 and these headers (others left out). A 404 is not-found whatever the code says (rule 1); the sentence is the message, `code` the vendor's code, `X-Request-Id` the support id.",
    response: {
      status: 404,
      headers: {
        Date: 'Fri, 20 Jul 2018 18:06:41 GMT',
        Server: 'Apache',
        'X-Request-Id': '6165f264-153c-48ed-8da9-e3236f80b512',
        'Cache-Control': 'no-cache, no-store, must-revalidate',
        'Content-Type': 'application/json;charset=UTF-8',
      },
      body: { code: 'INVALID_DOCUMENT_ID', message: 'The Document ID specified is invalid' },
    },
    expect: {
      kind: 'not-found',
      message: 'The Document ID specified is invalid',
      code: 'INVALID_DOCUMENT_ID',
      logId: '6165f264-153c-48ed-8da9-e3236f80b512',
    },
  },
  {
    id: 'adobe-acrobat-sign/oauth-invalid-authorization-code-401',
    source: 'Adobe Acrobat Sign',
    url: 'jobscore/adobe_sign/test/fixtures/vcr_cassettes/authentication_invalid.yml@b270f9aba26d33651efd0d394fc4705bc7c64d61',
    note: "A VCR cassette of `POST https://secure.na2.echosign.com/oauth/token` exchanging an authorization code the server rejects: status 401 and these headers (others left out). The status decides the kind (rule 1: 401 is unauthenticated, whatever the OAuth error says); OAuth's `error_description` beats `error` (rule 2.2), and `error` is the code (rule 6).",
    response: {
      status: 401,
      headers: {
        Date: 'Mon, 21 Aug 2023 13:40:48 GMT',
        Server: 'Apache',
        'Cache-Control': 'no-store',
        Pragma: 'no-cache',
        'Content-Type': 'application/json;charset=UTF-8',
      },
      body: { error_description: 'invalid authorization code', error: 'invalid_request' },
    },
    expect: { kind: 'unauthenticated', message: 'invalid authorization code', code: 'invalid_request' },
  },

  // ───────────────────────────── Namely ─────────────────────────────
  {
    id: 'namely/profile-create-failed-422',
    source: 'Namely',
    url: 'namely/ruby-client/spec/fixtures/vcr_cassettes/profiles_create_failed.yml@b17197921e480e410233d69d2ee723535317cf7e',
    note: 'The official Ruby client\'s cassette of `POST /api/v1/profiles` without a first name: status 422 and these headers (others left out). "error creating profile" only says the request failed; the lone sentence in `errors` is the form-level line that says why, and beats it (rule 2.2: a lone form-level sentence in the errors list beats the envelope\'s message). It names a field only in its text, which never makes a field (rule 3). `X-Request-Id` is the support id (rule 5).',
    response: {
      status: 422,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Mon, 10 Nov 2014 20:16:10 GMT',
        Server: 'nginx/1.6.2',
        'X-Request-Id': '7e04f43e-754a-40b9-a07a-9f97e6d6ddb7',
      },
      body: { message: 'error creating profile', errors: ['first_name is a required field'] },
    },
    expect: {
      kind: 'validation',
      message: 'first_name is a required field',
      logId: '7e04f43e-754a-40b9-a07a-9f97e6d6ddb7',
    },
  },
  {
    id: 'namely/profile-not-found-404',
    source: 'Namely',
    url: 'namely/ruby-client/spec/fixtures/vcr_cassettes/profiles_show_missing.yml@b17197921e480e410233d69d2ee723535317cf7e',
    note: "The official Ruby client's cassette of `GET /api/v1/profiles/{id}` for an id that does not exist: status 404 and these headers (`Content-Encoding: gzip` left out, the body being the cassette's base64 gzip decoded here). The sentence is the message; the empty `errors` adds nothing; `X-Request-Id` is the support id.",
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Mon, 10 Nov 2014 19:15:28 GMT',
        Server: 'nginx/1.6.2',
        'X-Request-Id': 'a5bb7dfc-d7f9-4d0d-b459-b018e976a61c',
      },
      body: { message: 'Profile not found', errors: [] },
    },
    expect: { kind: 'not-found', message: 'Profile not found', logId: 'a5bb7dfc-d7f9-4d0d-b459-b018e976a61c' },
  },

  // ───────────────────────────── PlanSource ─────────────────────────────
  {
    id: 'plansource/user-name-required-400',
    source: 'PlanSource',
    url: 'https://developer.plansource.com/docs/frequently-asked-errors',
    note: 'The benefits-administration API\'s docs print this body under "400" (status also in the body\'s `http_status`); no headers shown. The sentence is the message. No member names a field, and text never decides one (rule 3), so a bad request (rule 1); `error_code: 400` only repeats the status, `status: "failure"` is a result flag.',
    response: {
      status: 400,
      body: {
        status: 'failure',
        errors: {
          http_status: 400,
          message: 'A user_name or first_name and last_name is required.',
          details: null,
          error_code: 400,
        },
        data: [],
      },
    },
    expect: { kind: 'bad-request', message: 'A user_name or first_name and last_name is required.' },
  },
  {
    id: 'plansource/organization-not-found-400',
    source: 'PlanSource',
    url: 'https://developer.plansource.com/docs/frequently-asked-errors',
    note: 'The same page\'s other 400 body. Text never decides the kind (rule 1): "not found" in a sentence sent with a 400 and no not-found code leaves it a bad request. The sentence is the message.',
    response: {
      status: 400,
      body: {
        status: 'failure',
        errors: {
          http_status: 400,
          message: 'Organization(s) with code(s) 652 not found.',
          details: null,
          error_code: 400,
        },
        data: [],
      },
    },
    expect: { kind: 'bad-request', message: 'Organization(s) with code(s) 652 not found.' },
  },

  // ───────────────────────────── Carta ─────────────────────────────
  {
    id: 'carta/missing-or-invalid-access-token-401',
    source: 'Carta',
    url: 'https://docs.carta.com/carta/docs/error-codes',
    note: "Carta's docs print this body for a 401 (a google.rpc-style status: `code: 16` is gRPC's UNAUTHENTICATED); no headers shown. \"Unauthorized\" is the 401's reason phrase (rule 2.1), so the default. The ErrorInfo's `reason` is the code (rule 6: `ErrorInfo.reason` when the status comes unwrapped), though its `@type` is Carta's own package rather than google.rpc.",
    response: {
      status: 401,
      body: {
        code: 16,
        message: 'Unauthorized',
        details: [
          {
            '@type': 'type.googleapis.com/carta.proto.publicapi.errors.v1alpha1.ErrorInfo',
            reason: 'MISSING_OR_INVALID_ACCESS_TOKEN',
            metadata: {},
          },
        ],
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'MISSING_OR_INVALID_ACCESS_TOKEN' },
  },

  // ───────────────────────────── Spot ─────────────────────────────
  {
    id: 'spot/first-name-required-400',
    source: 'Spot',
    url: 'https://docs.spotdx.com/docs/errors',
    note: 'The health-diagnostics API\'s docs print this body as its error example; the status 400 is the body\'s `code` (the page gives no other). `type: "bad_request"` only restates the status. The one item of `details` is a lone line, no list of field errors (rule 3: no member names its field; "first_name:" leads the sentence and stays, rule 2.1), so it is the message and the kind a bad request.',
    response: {
      status: 400,
      body: { error: { code: 400, type: 'bad_request', details: ['first_name: Field is required'] } },
    },
    expect: { kind: 'bad-request', message: 'first_name: Field is required' },
  },

  // ───────────────────────────── SugarCRM ─────────────────────────────
  {
    id: 'sugarcrm/need-login-localized-401',
    source: 'SugarCRM',
    url: 'betobaz/sugarcrb/test/sugarcrb_test.rb@cb4c523f31e4a28c060c474a90b8341f986dd1c1',
    note: "A client gem's stub of `POST /rest/v10/oauth2/token` with a wrong password, copied from a Spanish-language Sugar instance (status 401; no headers). SugarCRM's docs (API Exceptions) list `need_login` as the 401 error label of SugarApiExceptionNeedLogin. The `error_message` is the sentence, in the instance's language; `error` is the code (rule 6, OAuth's `error`).",
    response: {
      status: 401,
      body: { error: 'need_login', error_message: 'Debe especificar un usuario y contraseña válidos.' },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Debe especificar un usuario y contraseña válidos',
      code: 'need_login',
    },
  },
  {
    id: 'sugarcrm/invalid-grant-access-token-401',
    source: 'SugarCRM',
    url: 'betobaz/sugarcrb/test/sugarcrb_test.rb@cb4c523f31e4a28c060c474a90b8341f986dd1c1',
    note: "The same suite's stub of `POST /rest/v10/Accounts` with an expired access token (status 401; no headers). The sentence is the message; `error` the code.",
    response: {
      status: 401,
      body: { error: 'invalid_grant', error_message: 'The access token provided is invalid.' },
    },
    expect: { kind: 'unauthenticated', message: 'The access token provided is invalid.', code: 'invalid_grant' },
  },

  // ───────────────────────────── Zoho Desk ─────────────────────────────
  {
    id: 'zoho-desk/unauthorized-no-token-401',
    source: 'Zoho Desk',
    url: 'w6w-io/w6w-apps/apps/zohodesk/lib/client.ts@3ff959ab86a6ea2cf2687997d68fc1b44a1cea2f',
    note: 'An integration\'s client module quoting what `GET /api/v1/organizations` without an Authorization header answers, "confirmed live": 401 and this body (the comment wraps it over two lines, joined here with one space; no headers shown). The sentence says more than the 401\'s reason phrase, so it is the message (rule 2.1); `errorCode` is the code.',
    response: {
      status: 401,
      body: { errorCode: 'UNAUTHORIZED', message: 'You are not authenticated to perform this operation.' },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'You are not authenticated to perform this operation.',
      code: 'UNAUTHORIZED',
    },
  },
  {
    id: 'zoho-desk/invalid-oauth-token-401',
    source: 'Zoho Desk',
    url: 'w6w-io/w6w-apps/apps/zohodesk/lib/client.ts@3ff959ab86a6ea2cf2687997d68fc1b44a1cea2f',
    note: "The same comment's second reply: the same call with a well-formed but fake token, 401 and this body (rejoined as above). The sentence is the message, `errorCode` the code.",
    response: {
      status: 401,
      body: { errorCode: 'INVALID_OAUTH', message: 'The OAuth Token you provided is invalid.' },
    },
    expect: { kind: 'unauthenticated', message: 'The OAuth Token you provided is invalid.', code: 'INVALID_OAUTH' },
  },

  // ───────────────────────────── DHIS2 ─────────────────────────────
  {
    id: 'dhis2/route-url-not-permitted-409',
    source: 'DHIS2',
    url: 'winterop-com/chaps/src/dhis2/tests.rs@02938ef39ea82ed44f750bbb71dd3c6a24b59848',
    note: "The health-information platform's WebMessage, quoted in a deployment tool's tests as \"the body a live DHIS2 2.42.6 answers a refused route write with, exactly as it comes off the wire\" (status 409 from the test and the body; no headers shown). A 409 is a conflict (rule 1); `httpStatus` and `status` restate the status and a result flag; the sentence is the message; `errorCode` is DHIS2's code (rule 6; the tests note that E1004 is shared by every ConflictException, which does not make it less the code).",
    response: {
      status: 409,
      body: {
        httpStatus: 'Conflict',
        httpStatusCode: 409,
        status: 'ERROR',
        message: 'Route URL is not permitted',
        errorCode: 'E1004',
      },
    },
    expect: { kind: 'conflict', message: 'Route URL is not permitted', code: 'E1004' },
  },
  {
    id: 'dhis2/no-permission-to-create-403',
    source: 'DHIS2',
    url: 'winterop-com/chaps/src/dhis2/tests.rs@02938ef39ea82ed44f750bbb71dd3c6a24b59848',
    note: "The same tests' refused route creation for a demo `admin` that lacks the authority: `answer(403, body)` with this body. It is likely trimmed (a full WebMessage also carries `httpStatus` and `status`, as the 409 above). A 403 is forbidden; the sentence is the message; `errorCode` the code.",
    response: {
      status: 403,
      body: {
        httpStatusCode: 403,
        message: "You don't have the proper permissions to create this object.",
        errorCode: 'E1006',
      },
    },
    expect: {
      kind: 'forbidden',
      message: "You don't have the proper permissions to create this object.",
      code: 'E1006',
    },
  },

  // ───────────────────────────── OpenMRS ─────────────────────────────
  {
    id: 'openmrs/admission-location-tag-missing-500',
    source: 'OpenMRS',
    url: 'openmrs/openmrs-module-bedmanagement/omod/src/test/java/org/openmrs/module/bedmanagement/rest/resource/AdmissionLocationResourceTest.java@c348fedcda1e08edaecaa7ad88dd08abd6e4f8cc',
    note: 'The bed-management module\'s test of creating an admission location on a server without the "Admission Location" tag quotes what the REST web services module answers "in real life": "status 500 with body like" this (the comment wraps it over several lines, joined here with one space; its stack trace ends in "etc", so the trace is cut after the two frames it shows; Content-Type added, the comment shows none). The `message` is the exception\'s text, which OpenMRS wraps in brackets; `code` holds the throwing class and line, and `detail` the exception with its stack, both developer text (rules 2.3, 7), so no code. A 500 is a server error (rule 1).',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json;charset=UTF-8' },
      body: {
        error: {
          message: "[Server must be configured with a Location Tag named 'Admission Location'.]",
          code: 'org.openmrs.module.bedmanagement.rest.resource.AdmissionLocationResource:179',
          detail:
            "java.lang.IllegalStateException: Server must be configured with a Location Tag named 'Admission Location'.\n\tat org.openmrs.module.bedmanagement.rest.resource.AdmissionLocationResource.create(AdmissionLocationResource.java:179)\n\tat org.openmrs.module.webservices.rest.web.v1_0.controller.MainResourceController.create(MainResourceController.java:92)",
        },
      },
    },
    expect: { kind: 'server', message: 'Server must be configured with a Location Tag named' },
  },

  // ───────────────────────────── openFDA ─────────────────────────────
  {
    id: 'openfda/no-matches-found-404',
    source: 'openFDA',
    url: 'FDA/openfda/api/faers/api.js@00d287604ab53a84a75bb0840f04b1d0c189052a',
    note: 'Rebuilt from the API server\'s source: a search with no hits calls `ApiError(response, "NOT_FOUND", "No matches found!")`, which sends `{ error: { code, message } }` with status HTTP_CODE.NOT_FOUND (404); the headers are the ones `SetHeaders` and the cache middleware set, and Express\'s JSON type. Many clients\' tests stub this same body on a 404. The sentence is the message; `code` the code (rule 6: a code that restates the status is a category only beside a lone item\'s code).',
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
        Server: 'open.fda.gov',
        'Content-Security-Policy': "default-src 'none'",
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'deny',
        'X-XSS-Protection': '1; mode=block',
      },
      body: { error: { code: 'NOT_FOUND', message: 'No matches found!' } },
    },
    expect: { kind: 'not-found', message: 'No matches found!', code: 'NOT_FOUND' },
  },
  {
    id: 'openfda/skip-with-count-400',
    source: 'openFDA',
    url: 'FDA/openfda/api/faers/api_request.js@0bd82e0f8cf06bf412fe86b10fe0adcc0131cfda',
    note: 'Rebuilt from the server\'s source: `CheckParams` throws "Should not use skip param when using count." for a count request with `skip`, and api.js answers `ApiError(response, "BAD_REQUEST", e.message)`, status 400 (headers as in the 404 case). Naming a parameter in text makes no field (rule 3): a bad request; the sentence is the message, `code` the code.',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
        Server: 'open.fda.gov',
      },
      body: { error: { code: 'BAD_REQUEST', message: 'Should not use skip param when using count.' } },
    },
    expect: { kind: 'bad-request', message: 'Should not use skip param when using count.', code: 'BAD_REQUEST' },
  },
] satisfies ConformanceCase[];
