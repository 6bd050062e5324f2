import { DEFAULT, type ConformanceCase } from '../types';

// Unseen-API holdout, part M (7 December 2026): healthcare practice-management, scheduling and EHR-integration APIs
// that no other case file uses (Cliniko, athenahealth, Redox, NexHealth, Canvas Medical, Healthie, MEDrefer, eHealth
// Ukraine), collected to measure how the reader does at first sight on APIs it was never tuned on. SHORT OF THE BRIEF:
// 16 cases from 8 sources, not 35–45 from 12+. Collection was stopped for time (the task was held to about 25 minutes),
// not because the library stopped answering. Looked for and dropped: DrChrono (only third-party catalogues that
// describe its errors, no captured body), Mindbody (a captured `{"Error":{"Message":"Staff identity authentication
// failed.", "Code":"DeniedAccess"}}` was found only in a file whose repository the index did not name, and its status
// only in another project's comment), Elation, Zenoti, Vagaro, Practice Better, Photon Health, DoseSpot, Zus Health and
// SimplyBook.me (no public capture with both its status and its whole body found in the time), and Cliniko's
// `attendee` validation body of issue #152 (no status shown and none found in Cliniko's docs). Every body and header
// was copied from the public material named in `url`: public issues that paste a captured response (Cliniko,
// athenahealth, Redox, eHealth Ukraine), the vendor's own docs that print a response (NexHealth, Canvas Medical,
// MEDrefer) and an integration's test fixture of the vendor's response (Healthie). A status taken from elsewhere than
// the capture is said in `note`. Every `expect` was written from the source and test/conformance/README.md before the
// kit was run on it.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-07-m`, on the working tree of 7 December 2026 at befc01c, src/ clean): 13/16 pass, 8 sources
// (kind 16/16, message 14/16, fields 15/16, retry 16/16, logId 2/2, code 1/1). Failing at first sight:
// athenahealth/token-invalid-client-500 ("An unexpected error has occurred. Please try this operation again later."
// kept where rule 2.1 reads it as a generic summary: the default); athenahealth/fhir-slot-not-authorized-403 ("Not
// authorized" on a 403 dropped for the kind's default text, where rule 2.1 makes it what was refused);
// medrefer/params-invalid-400 (`params` read as a record leading the paths, `params.id` and `params.first_name`, where
// rule 3 makes `params` a member that holds errors, as WordPress's `data.params`: `id` and `first_name`). No
// expectation was changed after the run.
//
// Read now, after the changes its misses led to: 15/16 ("Please try this operation again later" after a generic line;
// a lone `params` map under `errors` holds the fields, as WordPress's `data.params` does). Waited in
// test/conformance/pending/ until the twenty-eighth holdout's stop (see test/core/conventions.test.ts):
// athenahealth/fhir-slot-not-authorized-403 is still missed (FHIR's lone "Not authorized" on a 403: the format reads no
// status).

export default [
  // ───────────────────────────── Cliniko ─────────────────────────────
  {
    id: 'cliniko/individual-appointment-archived-case-422',
    source: 'Cliniko',
    url: 'https://github.com/redguava/cliniko-api/issues/379',
    note: "The issue's description: \"status_code = 422\" and the body as a Python dict (`{'errors': {'base': 'Case has been archived.', 'max_attendees': 'is not a number'}, 'message': 'Validation Failed'}`), rewritten as JSON. `base` is a form-level key (rule 3), so the one field error is `max_attendees`; \"Validation Failed\" is a generic summary (rule 2.1) and the lone form-level sentence beats the envelope's message (rule 2.2).",
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: {
        errors: { base: 'Case has been archived.', max_attendees: 'is not a number' },
        message: 'Validation Failed',
      },
    },
    expect: {
      kind: 'validation',
      message: 'Case has been archived.',
      fields: [['max_attendees', 'is not a number']],
    },
  },
  {
    id: 'cliniko/max-attendees-not-a-number-422',
    source: 'Cliniko',
    url: 'https://github.com/redguava/cliniko-api/issues/379',
    note: 'A comment on the same issue (DylanDuff, 2025-05-07): "Cliniko Response: {…}", posted as "the same issue" as the description\'s 422; the status is the thread\'s 422. Only field messages and a generic summary: the default (rules 2.1, 2.4).',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: { errors: { max_attendees: 'is not a number' }, message: 'Validation Failed' },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['max_attendees', 'is not a number']],
    },
  },

  // ───────────────────────────── athenahealth ─────────────────────────────
  {
    id: 'athenahealth/api-server-bad-credentials-401',
    source: 'athenahealth',
    url: 'https://github.com/athenahealth/apiserver-athenaFlex/issues/319',
    note: 'The athenaPractice API server\'s token endpoint, as the issue pastes it: "Response Headers" (Date, Content-Type, X-Powered-By, Server and the security headers; Transfer-Encoding and Connection left out) and "Response Body". The 401 is in the body\'s `id` and in the issue\'s title "Bad credentials"; the issue calls it the answer to a POST to …/oauth2/token, and the body\'s own `id: 401` names its status (rule 1). "Bad credentials" is a sentence; the parenthesized code after it is the server\'s.',
    response: {
      status: 401,
      headers: {
        'X-Powered-By': 'Undertow/1',
        Server: 'JBoss-EAP/7',
        'X-XSS-Protection': '1; mode=block',
        Pragma: 'no-cache',
        'X-Frame-Options': 'DENY',
        Date: 'Thu, 07 Nov 2024 16:25:47 GMT',
        'X-Content-Type-Options': 'nosniff',
        'Content-Type': 'application/json;charset=ISO-8859-1',
      },
      body: { message: 'Bad credentials (SECURITY_INVALID_CREDENTIALS)', id: 401 },
    },
    expect: { kind: 'unauthenticated', message: 'Bad credentials' },
  },
  {
    id: 'athenahealth/token-invalid-client-500',
    source: 'athenahealth',
    url: 'https://github.com/athenahealth/apiserver-athenaFlex/issues/237',
    note: 'The issue\'s description: this body from the OAuth token API "with 500 status code". OAuth\'s `invalid_client` is the code (rule 6) but a code never turns a 5xx into a 4xx kind (rule 1): server. `error_description` beats `error` (rule 2.2), and "An unexpected error has occurred. Please try this operation again later." is a generic summary, as rule 2.1\'s "An unexpected problem has occurred." and Geoapify\'s "Request failed, please try again later": the default.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json' },
      body: {
        expires_in: 0,
        error: 'invalid_client',
        error_description: 'An unexpected error has occurred. Please try this operation again later.',
      },
    },
    expect: { kind: 'server', message: DEFAULT, code: 'invalid_client' },
  },
  {
    id: 'athenahealth/fhir-slot-not-authorized-403',
    source: 'athenahealth',
    url: 'https://github.com/athenahealth/apiserver-athenaFlex/issues/399',
    note: 'The issue pastes the Elixir client\'s response map: `status => 403`, the headers and the body (an OperationOutcome with a generated `text.div`). Headers copied except `connection` and `transfer-encoding`. The lone issue is about no element, so its `diagnostics` is the message (rule 3, FHIR); "Not authorized" sent with a 403 says what was refused and is the message (rule 2.1, as Battle.net\'s). The `div` is markup, never the message (rule 2.5). The support id is the `x-request-id` header (rule 5).',
    response: {
      status: 403,
      headers: {
        'content-type': 'application/fhir+json; charset=UTF-8',
        date: 'Tue, 04 Aug 2026 21:12:35 GMT',
        prefer: 'return=OperationOutcome',
        'service-region': 'eastus2',
        'x-powered-by': 'Undertow/1',
        'x-request-id': 'FkSrSP0rEG8P3rVo',
      },
      body: {
        issue: [{ code: 'processing', diagnostics: 'Not authorized', severity: 'error' }],
        resourceType: 'OperationOutcome',
        text: {
          div: '<div xmlns="http://www.w3.org/1999/xhtml"><table width="100%"><tbody><tr><td width="25%"><span class="text-muted">Outcome null</span></td><td width="42%"><span class="text-muted"><table><thead><tr><th>#</th><th>Severity</th><th>Type</th><th>Detail</th></tr></thead><tbody><tr><td>1</td><td>ERROR</td><td>PROCESSING</td><td>Not authorized</td></tr></tbody></table></span></td></tr></tbody></table></div>',
          status: 'generated',
        },
      },
    },
    expect: { kind: 'forbidden', message: 'Not authorized', logId: 'FkSrSP0rEG8P3rVo' },
  },

  // ───────────────────────────── Redox ─────────────────────────────
  {
    id: 'redox/invalid-synchronous-destination-400',
    source: 'Redox',
    url: 'https://github.com/vital-software/scala-redox/issues/5',
    note: 'The issue "Redox returns errors inside \\"Meta\\" object for 400" and its example body; the status is the title\'s 400. The body is one member holding an object, `Meta`, which is read as that object (rule 3); its `Errors` list holds one item with `Text` and no field (`Module` names the service\'s module, `Type` a category), so a lone sentence without fields: bad-request (rule 1).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: {
        Meta: {
          DataModel: 'Clinical Summary',
          EventType: 'Query',
          Message: { ID: 96619801 },
          Source: { ID: '5e6353f9-e28a-4295-b5f3-12b1ecae783a', Name: 'Redox API Endpoint' },
          Errors: [
            {
              ID: 1492613,
              Text: 'Invalid synchronous destination: more than one synchronous destination was specified',
              Type: 'message',
              Module: 'DataModels',
            },
          ],
        },
      },
    },
    expect: { kind: 'bad-request', message: 'more than one synchronous destination was specified' },
  },

  // ───────────────────────────── NexHealth ─────────────────────────────
  {
    id: 'nexhealth/no-access-403',
    source: 'NexHealth',
    url: 'https://docs.nexhealth.com/reference/errors',
    note: 'The docs\' "Read the response body first" example; the status is the same page\'s table ("403: The key is valid but cannot reach that subdomain, location or endpoint"), which the sentence describes. `code: false` is the envelope\'s result flag, not a machine code (no `code` stated); the lone sentence in `error` is the message (rule 2.2).',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/json' },
      body: {
        code: false,
        description: null,
        data: null,
        error: ["You don't have access to perform this action."],
      },
    },
    expect: { kind: 'forbidden', message: "You don't have access to perform this action." },
  },

  // ───────────────────────────── Canvas Medical ─────────────────────────────
  {
    id: 'canvas-medical/authentication-failed-401',
    source: 'Canvas Medical',
    url: 'https://docs.canvasmedical.com/api/errors',
    note: 'The docs\' "401" example (the table: "401 - Unauthorized: No valid Bearer token provided"). A lone OperationOutcome issue about no element: its `details.text` is the message (rule 3, FHIR). Re-derived on 6 December 2026 to the row of the sixty-ninth holdout\'s stop: a bare "Authentication failed" is the 401\'s phrase in other words, as the fifty-fifth holdout\'s row reads "Authorization failed" and "Authentication Error" (and as AppsFlyer\'s case, iyzico\'s blind readers and four waiting parts read it): the default.',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
      body: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'unknown', details: { text: 'Authentication failed' } }],
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'canvas-medical/authorization-failed-403',
    source: 'Canvas Medical',
    url: 'https://docs.canvasmedical.com/api/errors',
    note: 'The docs\' "403" example (the table: "403 - Forbidden: Token bearer is forbidden from performing the operation"). Read as the 401 above.',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/json' },
      body: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'forbidden', details: { text: 'Authorization failed' } }],
      },
    },
    expect: { kind: 'forbidden', message: 'Authorization failed' },
  },

  // ───────────────────────────── Healthie ─────────────────────────────
  {
    id: 'healthie/create-task-no-permission-200-messages',
    source: 'Healthie',
    url: 'awell-health/awell-extensions/extensions/healthie/actions/__tests__/errors.ts@9c50b55fa1614e643bc29432a0a574af6fcbdc0b',
    note: "The Awell integration's test fixture of the Healthie GraphQL answer its issue #158 reports (\"The Healthie API returns an HTTP 200 status code but the task was actually not created because the user associated with the API key doesn't have permission\"): status 200 and this `data`. The mutation payload's `messages` is Healthie's `[FieldError]`; its one item names `base`, a form-level key (rule 3), so no field error, and its sentence is the lone form-level message (rule 2.2). No code says what failed and the status is a 2xx: unknown (rule 1; a sentence alone does not name a kind).",
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: {
        data: {
          createTask: {
            task: null,
            messages: [{ field: 'base', message: 'You do not have permission to create this task.' }],
          },
        },
      },
    },
    expect: { kind: 'unknown', message: 'You do not have permission to create this task.' },
  },

  // ───────────────────────────── MEDrefer ─────────────────────────────
  {
    id: 'medrefer/sign-in-required-401',
    source: 'MEDrefer',
    url: 'MEDrefer/medrefer-api/errors.md',
    note: 'A version of the API docs\' errors page (the index did not give its commit; the version at 012d1107 has the status table instead): "the server will first send a response with the status: 401 Unauthorized, and a WWW-Authenticate header" with "the json content of" this body. The header\'s value is not shown and is left out.',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
      body: { error: 'To continue, please sign in or sign up.' },
    },
    expect: { kind: 'unauthenticated', message: 'please sign in or sign up' },
  },
  {
    id: 'medrefer/practitioner-token-invalid-401',
    source: 'MEDrefer',
    url: 'MEDrefer/medrefer-api/errors.md',
    note: 'The same page: "a subsequent response with a http 401 unauthorized status code will be sent" with this body. A lone item without a field: its sentence is the message (rule 2.2).',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
      body: { errors: [{ message: 'Practitioner authentication token not provided or invalid' }] },
    },
    expect: { kind: 'unauthenticated', message: 'Practitioner authentication token not provided or invalid' },
  },
  {
    id: 'medrefer/practitioner-already-exists-409',
    source: 'MEDrefer',
    url: 'MEDrefer/medrefer-api/errors.md',
    note: 'The same page\'s "Validation Errors", first form ("a basic message description of the error"). It shows no status; the docs\' status table (errors.md@012d1107d084070a96f0342deb09b3797a14d3e8: "409 - Conflict: The request was understood, but the resource already exists") gives 409 for this one.',
    response: {
      status: 409,
      headers: { 'Content-Type': 'application/json' },
      body: { errors: [{ message: 'Practitioner already exists' }] },
    },
    expect: { kind: 'conflict', message: 'Practitioner already exists' },
  },
  {
    id: 'medrefer/first-name-missing-field-400',
    source: 'MEDrefer',
    url: 'MEDrefer/medrefer-api/errors.md',
    note: 'The same page\'s "Validation Errors", second form ("a resource, field, and code", used "on all the required fields"). No status shown; the docs\' status table (errors.md@012d1107…: "400 - Bad Request: The request could not be parsed or the parameters were invalid") gives 400. A GitHub-style item: its field is `field`, `resource` and `code` are not fields, and its message is made from its code (rule 3); only a field message, so the default (rule 2.4); a 400 with a field error is validation (rule 1).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { errors: [{ resource: 'practitioner', field: 'first_name', code: 'missing_field' }] },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['first_name', 'missing']] },
  },
  {
    id: 'medrefer/params-invalid-400',
    source: 'MEDrefer',
    url: 'MEDrefer/medrefer-api/errors.md@012d1107d084070a96f0342deb09b3797a14d3e8',
    note: 'The docs\' "Error Message Structure": "An example of `params` related errors"; the status is the same page\'s "400 - Bad Request: … the parameters were invalid". `params` holds errors by name, as WordPress\'s `data.params` (rule 3), so it is no record leading the paths: the fields are `id` and `first_name`. Only field messages: the default (rule 2.4).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { errors: { params: { id: ['is not a number'], first_name: ['is not present'] } } },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['id', 'is not a number'],
        ['first_name', 'is not present'],
      ],
    },
  },

  // ───────────────────────────── eHealth Ukraine ─────────────────────────────
  {
    id: 'ehealth-ukraine/risk-assessment-access-denied-403',
    source: 'eHealth Ukraine',
    url: 'https://github.com/edenlabllc/ehealth.api/issues/5150',
    note: 'The issue "Get risk assessment returns 403" and its body; the status is the title\'s and `meta.code`. `error.type` "forbidden" is the category; "Access denied" says what was refused. `meta.request_id` is the body\'s own support id, which wins over headers (rule 5).',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/json' },
      body: {
        meta: {
          url: 'http://api.dev.edenlab.com.ua:8000/api/patients/a0ba0806-d5ed-4a2f-b939-8fe8251d56ad/risk_assessments/524ce97a-7855-4595-991a-8abd0fb78526',
          code: 403,
          request_id: '24fff897-759b-4f14-9dc3-0345ac62c894#18023',
          type: 'object',
        },
        error: { message: 'Access denied', type: 'forbidden' },
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'Access denied',
      logId: '24fff897-759b-4f14-9dc3-0345ac62c894#18023',
    },
  },
] satisfies ConformanceCase[];
