import { DEFAULT, type ConformanceCase } from '../types';

// Sixteenth unseen-API holdout, part C (6 December 2026): CRM, sales, marketing-automation and small-business
// accounting APIs that no other case file uses (Mautic, Dolibarr, Campaign Monitor, Keap, Marketo, MYOB AccountRight,
// Constant Contact, Bitrix24, SuiteCRM, YetiForce CRM, Agile CRM, Sendy, Mailchimp Transactional (Mandrill),
// Teamleader Focus, Dynamics 365 Business Central, Copper), collected to measure how the reader does at first sight on
// APIs it was never tuned on. ActiveCampaign, Attio, Freshsales, Zoho Books, Wave, Pardot, FreeAgent, Moneybird,
// Fortnox, lexoffice, sevDesk, e-conomic, Insightly, Capsule, Nutshell, Invoice Ninja and ERPNext were looked for and
// dropped: no public capture with both its status and its whole body was found (Pardot's and Zoho Books' docs print
// their bodies but pair no status with them; Attio's and Freshsales' bodies appear only in third-party mocks). Every
// body and header was copied from the public material named in `url`: public issues that paste a captured response
// (most cases), vendor SDK test fixtures with the status their tests stub (Campaign Monitor), and vendor docs that
// print a response (Marketo, Bitrix24, Teamleader). Bodies that an issue printed as a PHP `print_r`/`var_dump` or a JS
// object were written back as the JSON they were, key for key; trims, a body rebuilt from the vendor's documented
// envelope and error table, and any status taken from elsewhere than the capture, are said in `note`. Every `expect`
// was written from the source and test/conformance/README.md before the kit was run on it.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-06-c`, on the working tree of 6 December 2026 at 2f4fb95, src/ unchanged, with another
// engineer's uncommitted change to README.md in it): 23/35 pass, 16 sources (kind 32/35, message 26/35, fields 32/35,
// retry 35/35, logId 1/1, code 10/11). Failing at first sight: mautic/api-authorization-denied-401 (the OAuth-style
// `error` beside the `errors` list not read as the code, rule 6); mautic/encountered-an-error-403 ("Looks like I
// encountered an error …" kept, a line that only says something failed, rule 2.1); mautic/field-label-required-400
// (the item's `details` map not read as field errors: bad-request and no field, rules 1 and 3);
// campaign-monitor/import-partial-failure-400 (the envelope's "Subscriber Import had some failures" kept over the lone
// failure's sentence, rules 2.1 and 2.2); keap/input-not-converted-400 (a server that could not read the request kept,
// rule 2.3); myob/customer-not-found-400 (the item's `Name` `CustomerNotFound` read as a field path: validation and
// the default, where it is a not-found code and names what is wrong, not where, rules 1, 2.2 and 3);
// constant-contact/campaign-two-errors-400 (`error_key` codes read as field paths and the default given, rules 2.2,
// 2.3 and 3); bitrix24/query-limit-exceeded-503 (`QUERY_LIMIT_EXCEEDED` not read as a quota code: unavailable,
// rule 1); suitecrm/access-token-not-verified-401 (league/oauth2-server's stock `message` kept over the occurrence's
// `hint`, rule 2.2); suitecrm/required-option-data-missing-400 and suitecrm/database-failure-400-broken-json (the
// option resolver's report on the request document and a database failure pointing to the log kept, rule 2.3);
// teamleader/company-name-empty-400 (the lone error object's field found but its sentence given only to the field:
// the default, rule 3, a list of one error object is that object). No expectation was changed after the run.
//
// Read now, after the changes its misses led to: 30/35 (a `Name` in PascalCase that names a class is no field and,
// beside a code, its category; a lone item's code that only restates the status gives way to its `type`; a map of
// fields in an item's `details`; `QUERY_LIMIT_EXCEEDED`; "Input could not be converted to a valid request", Symfony's
// "The required option … is missing" and "Database failure. Please refer to suitecrm.log" as developer text). Waits in
// test/conformance/pending/: its other misses (mautic/encountered-an-error-403,
// campaign-monitor/import-partial-failure-400, constant-contact/campaign-two-errors-400,
// suitecrm/access-token-not-verified-401, teamleader/company-name-empty-400) are cases other sources read the other
// way or conventions seen once, listed with why in test/core/conventions.test.ts, and scoring it would put the corpus
// under CI's 97%.

export default [
  // ───────────────────────────── Mautic ─────────────────────────────
  {
    id: 'mautic/api-authorization-denied-401',
    source: 'Mautic',
    url: 'https://github.com/mautic/mautic/issues/7509',
    note: "The api-library's exception quotes the server: \"The response has unexpected status code (401). Response: {…}\". Mautic 2.x sends the `errors` list and, deprecated, the OAuth-style `error`/`error_description` beside it. The item's `code: 401` only restates the status (rule 6: a category), so the code is OAuth's `error` (rule 6), `access_denied`; a code never turns a 401 into anything else (rule 1).",
    response: {
      status: 401,
      body: {
        errors: [{ message: 'API authorization denied.', code: 401, type: 'access_denied' }],
        error: 'access_denied',
        error_description:
          'API authorization denied. (`error` and `error_description` are deprecated as of 2.6.0 and will be removed in 3.0. Use the `errors` array instead.)',
      },
    },
    expect: { kind: 'unauthenticated', message: 'API authorization denied', code: 'access_denied' },
  },
  {
    id: 'mautic/encountered-an-error-403',
    source: 'Mautic',
    url: 'https://github.com/mautic/api-library/issues/144',
    note: 'The api-library\'s error quotes "The response has unexpected status code (403). Response: {…}". "Looks like I encountered an error (error #403). If I do it again, please report me to the system administrator!" only says that something failed (rule 2.1, as "Something went wrong" and "An unexpected problem has occurred."), so the default; `type: null` and the status-restating `code` name nothing.',
    response: {
      status: 403,
      body: {
        errors: [
          {
            message:
              'Looks like I encountered an error (error #403). If I do it again, please report me to the system administrator!',
            code: 403,
            type: null,
          },
        ],
        error: {
          message:
            'Looks like I encountered an error (error #403). If I do it again, please report me to the system administrator! (`error` is deprecated as of 2.6.0 and will be removed in 3.0. Use the `errors` array instead.)',
          code: 403,
        },
      },
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'mautic/field-label-required-400',
    source: 'Mautic',
    url: 'https://github.com/mautic/mautic/issues/6172',
    note: 'POST /api/fields/contact/new with curl -i; the reporter pasted the body and cut it after the `errors` list (". . . ." in the issue, the deprecated `error` object Mautic 2.12 also sends), so only the list is copied. The status line was not pasted: 400 is the item\'s `code`, which Mautic sets to the response status (the other Mautic captures here show the two equal). `details` maps the field to its messages (rule 3, a map of path to messages; `details` holds errors as `params` does), so a field error on `label` and validation (rule 1). The item itself names no path, so its sentence is a lone form-level one (rule 2.2), and a field\'s name leading it stays (rule 2.1, "Name: This value should not be blank.").',
    response: {
      status: 400,
      body: {
        errors: [
          {
            code: 400,
            message: 'label: A label is required.',
            details: { label: ['A label is required.'] },
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: 'label: A label is required',
      fields: [['label', 'A label is required']],
    },
  },
  {
    id: 'mautic/authorization-denied-spanish-401',
    source: 'Mautic',
    url: 'https://github.com/mautic/mautic/issues/11615',
    note: 'Mautic 4.4.3 with a Spanish locale: "I\'m getting 401 when I try to do any API calls", and this body under "Relevant log output" (Mautic 4 sends only the `errors` list). The item\'s `type` is a category and its `code` restates the status, so no code is stated.',
    response: {
      status: 401,
      body: {
        errors: [{ message: 'La autorización a la API está denegada.', code: 401, type: 'access_denied' }],
      },
    },
    expect: { kind: 'unauthenticated', message: 'La autorización a la API está denegada' },
  },

  // ───────────────────────────── Dolibarr ─────────────────────────────
  {
    id: 'dolibarr/no-project-found-404',
    source: 'Dolibarr',
    url: 'https://github.com/Dolibarr/dolibarr/issues/19872',
    note: 'GET /api/index.php/projects/ with curl: "the response I got from the server is a 404 error" and this body (Restler\'s envelope; the paste stops before the last two closing braces, restored here). "Not Found: " is a reason phrase leading the sentence and is dropped (rule 2.1). `debug` is a debug member (rule 7): its `stages` lists hold one-word stage names, no messages, so no field errors (rule 3).',
    response: {
      status: 404,
      body: {
        error: { code: 404, message: 'Not Found: No project found' },
        debug: {
          source: 'api_projects.class.php:189 at call stage',
          stages: {
            success: ['get', 'route', 'negotiate', 'authenticate', 'validate'],
            failure: ['call', 'message'],
          },
        },
      },
    },
    expect: { kind: 'not-found', message: 'No project found' },
  },
  {
    id: 'dolibarr/missing-dolapikey-header-401',
    source: 'Dolibarr',
    url: 'https://github.com/Dolibarr/dolibarr/issues/25405',
    note: 'POST /api/index.php/stockmovements on 17.0.2 "leads to 401 not authorized error" with this body. The leading "Unauthorized: " is the reason phrase of the status and is dropped (rule 2.1).',
    response: {
      status: 401,
      body: {
        error: {
          code: 401,
          message:
            "Unauthorized: Failed to login to API. No parameter 'HTTP_DOLAPIKEY' on HTTP header (and no parameter DOLAPIKEY in URL).",
        },
      },
    },
    expect: { kind: 'unauthenticated', message: 'Failed to login to API' },
  },
  {
    id: 'dolibarr/not-allowed-to-read-users-401',
    source: 'Dolibarr',
    url: 'https://github.com/Dolibarr/dolibarr/issues/15057',
    note: 'GET /users in the API explorer gave `401:"Unauthorized: You are not allowed to read list of users"` and this body. Dolibarr answers a missing right with 401 (issue #22836 asks for 403); the status decides and a 401 stays unauthenticated (rule 1). The reason phrase leading the sentence is dropped (rule 2.1); `debug` is a debug member (rule 7).',
    response: {
      status: 401,
      body: {
        error: { code: 401, message: 'Unauthorized: You are not allowed to read list of users' },
        debug: {
          source: 'api_users.class.php:77 at call stage',
          stages: {
            success: ['get', 'route', 'negotiate', 'authenticate', 'validate'],
            failure: ['call', 'message'],
          },
        },
      },
    },
    expect: { kind: 'unauthenticated', message: 'You are not allowed to read list of users' },
  },
  {
    id: 'dolibarr/api-file-not-found-501-text',
    source: 'Dolibarr',
    url: 'https://github.com/Dolibarr/dolibarr/issues/13778',
    note: 'The API explorer\'s capture: "Response Body: API not found (failed to include API file)", "Response Code: 501" and the response headers (copied; `status: 501` and the cache headers as shown). Sent as text/html but holding no markup; 501 is a server error (rule 1), and text on a 5xx is the runtime\'s, so the default (rule 2.6).',
    response: {
      status: 501,
      headers: {
        'cache-control': 'no-store, no-cache, must-revalidate',
        'content-type': 'text/html; charset=UTF-8',
        date: 'Thu, 30 Apr 2020 21:17:48 GMT',
        expires: 'Thu, 19 Nov 1981 08:52:00 GMT',
        pragma: 'no-cache',
        server: 'nginx',
        'x-powered-by': 'PHP/7.4.4',
      },
      body: 'API not found (failed to include API file)',
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Campaign Monitor ─────────────────────────────
  {
    id: 'campaign-monitor/expired-oauth-token-401',
    source: 'Campaign Monitor',
    url: 'campaignmonitor/createsend-ruby/test/fixtures/expired_oauth_token_api_error.json@051e270ac98ed3b271e82dd6f281a2c3b03cd958',
    note: 'The vendor SDK\'s fixture, served by test/createsend_test.rb with `["401", "Unauthorized"]` ("raise a CreateSend::ExpiredOAuthToken error"). PascalCase `Code` and `Message` are `code` and `message` (rule 3); "Expired OAuth Token" has spaces and lower case, a sentence (rule 2.1); the numeric code is a string in the model (rule 6).',
    response: { status: 401, body: { Code: 121, Message: 'Expired OAuth Token' } },
    expect: { kind: 'unauthenticated', message: 'Expired OAuth Token', code: '121' },
  },
  {
    id: 'campaign-monitor/revoked-oauth-token-401',
    source: 'Campaign Monitor',
    url: 'campaignmonitor/createsend-ruby/test/fixtures/revoked_oauth_token_api_error.json@8f261ccb5a5cb6fe69a8e672ea5b085577307a18',
    note: 'The vendor SDK\'s fixture, stubbed with `["401", "Unauthorized"]` by the test "raise a CreateSend::RevokedOAuthToken error when an access token is revoked".',
    response: { status: 401, body: { Code: 122, Message: 'Revoked OAuth Token' } },
    expect: { kind: 'unauthenticated', message: 'Revoked OAuth Token', code: '122' },
  },
  {
    id: 'campaign-monitor/basic-auth-header-401',
    source: 'Campaign Monitor',
    url: 'https://github.com/campaignmonitor/createsend-php/issues/15',
    note: 'POST /api/v3/subscribers/{list id}.json: "Failed with code 401" and the body `var_dump`ed as `object(stdClass) { ["Code"]=> int(50) ["Message"]=> string(51) "…" }`, written back as JSON.',
    response: {
      status: 401,
      body: { Code: 50, Message: 'Must supply a valid HTTP Basic Authorization header' },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Must supply a valid HTTP Basic Authorization header',
      code: '50',
    },
  },
  {
    id: 'campaign-monitor/import-partial-failure-400',
    source: 'Campaign Monitor',
    url: 'campaignmonitor/createsend-python/test/fixtures/import_subscribers_partial_success.json@27544867e6f6b0e8144e7d3170c4e23770460b8e',
    note: 'The vendor SDK\'s fixture for a subscriber import with one bad address; test_import_subscribers_partial_success stubs it "with 400 Bad Request as the expected response status" (the Ruby SDK\'s test does the same). "Subscriber Import had some failures" only says that something failed (rule 2.1, as "Some data points in the request failed validation"); the one failure\'s sentence is a lone form-level sentence in the error\'s list and beats it (rule 2.2). `EmailAddress` holds the submitted value, not a path, so no field error; one item is no list of several input problems, and no code names a kind, so bad-request (rule 1). The envelope\'s `Code` and the item\'s differ: no code is stated.',
    response: {
      status: 400,
      body: {
        ResultData: {
          TotalUniqueEmailsSubmitted: 3,
          TotalExistingSubscribers: 2,
          TotalNewSubscribers: 0,
          DuplicateEmailsInSubmission: [],
          FailureDetails: [{ EmailAddress: 'example+1@example', Code: 1, Message: 'Invalid Email Address' }],
        },
        Code: 210,
        Message: 'Subscriber Import had some failures',
      },
    },
    expect: { kind: 'bad-request', message: 'Invalid Email Address' },
  },

  // ───────────────────────────── Keap (Infusionsoft) ─────────────────────────────
  {
    id: 'keap/input-not-converted-400',
    source: 'Keap',
    url: 'https://github.com/infusionsoft/infusionsoft-php/issues/190',
    note: 'POST https://api.infusionsoft.com/crm/rest/v1/tasks/: Guzzle\'s "resulted in a `400 Bad Request` response: {…}". The request\'s dates were PHP DateTime objects the server could not turn into its request type: "Input could not be converted to a valid request" is a server that could not read the request\'s body (rule 2.3), so the default; no code, no field: bad-request (rule 1).',
    response: { status: 400, body: { message: 'Input could not be converted to a valid request' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Marketo ─────────────────────────────
  {
    id: 'marketo/response-level-error-200',
    source: 'Marketo',
    url: 'AdobeDocs/marketo-developer.en/help/rest-api/error-codes.md@0a145a48eee0207156e734a10e2a4bd5a6cd984c',
    note: 'The REST API docs\' "Response-Level errors" example; the same page: "For Response-Level and Record-Level error types, an HTTP status code of 200 is returned." The item\'s code (601, "Access token invalid" in the docs\' table) is no status and no code the rules name, and `success: false` only says it failed, so a 2xx with nothing that says what failed (rule 1). "Unauthorized" is a bare reason phrase, no sentence (rule 2.1), so the default. `requestId` is the support id (rule 5); the item\'s code is the code (rule 6).',
    response: {
      status: 200,
      body: { requestId: 'e42b#14272d07d78', success: false, errors: [{ code: '601', message: 'Unauthorized' }] },
    },
    expect: { kind: 'unknown', message: DEFAULT, logId: 'e42b#14272d07d78', code: '601' },
  },

  // ───────────────────────────── MYOB AccountRight ─────────────────────────────
  {
    id: 'myob/customer-not-found-400',
    source: 'MYOB AccountRight',
    url: 'https://github.com/myob-oss/AccountRight_Live_API_.Net_SDK/issues/279',
    note: "POST …/Sale/Invoice/Service/?returnBody=true: the SDK reports \"Encountered a validation error\" for the 400 (issue title \"Better Reporting of Errors on 400 Errors\") and the reporter pastes the body. The lone item's `Name` `CustomerNotFound` is a not-found code on a 400 (rule 1); a `name` that names what is wrong is no path (rule 3, as Cronofy's `key`), and `AdditionalDetails` is no path member, so no field error. The item's sentence is the message (rule 2.2); the envelope's `Information` is a release warning, not the error. `Name` and `ErrorCode` are both the item's: no code is stated.",
    response: {
      status: 400,
      body: {
        Errors: [
          {
            Name: 'CustomerNotFound',
            Message: "The Customer with UID of '511d425d-a306-4e19-add4-de842086444a' cannot be found.",
            AdditionalDetails: 'Customer.UID',
            ErrorCode: 11003,
            Severity: 'Error',
            LearnMore: null,
          },
        ],
        Information: 'Warning, error messages have not been finalised in this release and may change',
      },
    },
    expect: { kind: 'not-found', message: 'cannot be found' },
  },

  // ───────────────────────────── Constant Contact ─────────────────────────────
  {
    id: 'constant-contact/campaign-two-errors-400',
    source: 'Constant Contact',
    url: 'https://github.com/constantcontact/php-sdk/issues/140',
    note: "Creating an email campaign through the SDK failed with Bad Request (the issue's title); the reporter printed the body as two PHP `stdClass` objects, written back here as the JSON array of `{ error_key, error_message }` items Constant Contact sends (the `'...'` in the first message is as printed). A 400 listing several messages about the input is validation (rule 1). The first message is a JSON Schema validator's report (`#/email_content: …`, rule 2.3), so the second sentence is the message; `error_key` is a code, no path, so no field error. Two codes: none is stated.",
    response: {
      status: 400,
      body: [
        {
          error_key: 'json.regex.mismatch.email_content',
          error_message: "#/email_content: This attribute value must be of the format '...'",
        },
        { error_key: 'json.field.lists.value.invalid', error_message: 'The contact list laravel does not exist.' },
      ],
    },
    expect: { kind: 'validation', message: 'The contact list laravel does not exist' },
  },

  // ───────────────────────────── Bitrix24 ─────────────────────────────
  {
    id: 'bitrix24/access-denied-400',
    source: 'Bitrix24',
    url: 'https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-get.html',
    note: 'The method page (read as a stored clipping of the vendor docs) prints "HTTP status: 400" and this body for "No access to view epic data". Zero is no code (rule 6); no code names a kind, so a 400 without fields is bad-request (rule 1). "Access denied" has a space and is no reason phrase: the sentence.',
    response: { status: 400, body: { error: 0, error_description: 'Access denied' } },
    expect: { kind: 'bad-request', message: 'Access denied' },
  },
  {
    id: 'bitrix24/query-limit-exceeded-503',
    source: 'Bitrix24',
    url: 'https://github.com/bitrix-tools/b24-rest-docs/issues/193',
    note: 'The issue on the docs\' error-code page quotes what the API "actually returns": this body; the vendor docs\' table of errors for any method (same clipping as the case above) lists it as "503 | QUERY_LIMIT_EXCEEDED Too many requests". A throttling or quota code outranks a 5xx (rule 1); "Too many requests" is the reason phrase of 429, no sentence (rule 2.1), so the default. No header or wait: no retry time.',
    response: { status: 503, body: { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' } },
    expect: { kind: 'rate-limited', message: DEFAULT, code: 'QUERY_LIMIT_EXCEEDED' },
  },
  {
    id: 'bitrix24/expired-token-401',
    source: 'Bitrix24',
    url: 'https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-get.html',
    note: 'Body rebuilt from the vendor docs: the table of errors any method may return lists "401 | expired_token The access token provided has expired", and the same page documents the envelope as `{ error, error_description }` (its 400 example above; the 503 capture in b24-rest-docs#193 has the same shape). OAuth-style `error` is the code (rule 6).',
    response: {
      status: 401,
      body: { error: 'expired_token', error_description: 'The access token provided has expired' },
    },
    expect: { kind: 'unauthenticated', message: 'The access token provided has expired', code: 'expired_token' },
  },
  {
    id: 'bitrix24/insufficient-scope-403',
    source: 'Bitrix24',
    url: 'https://apidocs.bitrix24.com/api-reference/sonet-group/scrum/epic/tasks-api-scrum-epic-get.html',
    note: 'Body rebuilt as for expired_token, from the docs\' row "403 | insufficient_scope The request requires higher privileges than provided by the webhook token". `insufficient_scope` is a permission code (rule 1).',
    response: {
      status: 403,
      body: {
        error: 'insufficient_scope',
        error_description: 'The request requires higher privileges than provided by the webhook token',
      },
    },
    expect: { kind: 'forbidden', message: 'requires higher privileges', code: 'insufficient_scope' },
  },

  // ───────────────────────────── SuiteCRM ─────────────────────────────
  {
    id: 'suitecrm/access-token-not-verified-401',
    source: 'SuiteCRM',
    url: 'https://github.com/SuiteCRM/SuiteCRM/issues/8358',
    note: 'GET /Api/V8/module/Accounts/{id} from Postman: "Response 401 Unauthorized" and this body (league/oauth2-server\'s error). "The resource owner or authorization server denied the request." is the stock text of `access_denied`, the same for every occurrence; the `hint` says what happened to this request, and occurrence-specific text beats type-level text (rule 2.2). OAuth\'s `error` is the code (rule 6); a code never turns a 401 into anything else (rule 1).',
    response: {
      status: 401,
      body: {
        error: 'access_denied',
        message: 'The resource owner or authorization server denied the request.',
        hint: 'Access token could not be verified',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Access token could not be verified', code: 'access_denied' },
  },
  {
    id: 'suitecrm/required-option-data-missing-400',
    source: 'SuiteCRM',
    url: 'https://github.com/SuiteCRM/SuiteCRM/issues/9048',
    note: 'Creating an account with the docs\' V8 example: "I\'m expecting get response created with status code 201" and gets this (status 400 in the body; the V8 API sends its `errors.status` as the response status). "The required option "data" is missing." is the option resolver\'s report that the request document has no JSON:API `data` member: a server that could not read the request\'s body, as a schema validator\'s report (rule 2.3), so the default. `title: null` says nothing.',
    response: {
      status: 400,
      body: { errors: { status: 400, title: null, detail: 'The required option "data" is missing.' } },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'suitecrm/database-failure-400-broken-json',
    source: 'SuiteCRM',
    url: 'https://github.com/SuiteCRM/SuiteCRM/issues/7665',
    note: 'Listing a custom module: "this is a status code of 400" and the body exactly as received, a JSON object followed by the same sentence as text, so it is no JSON (the issue: "this formatting is breaking my JSON formatter"). The Content-Type was not shown and is left out. Whichever way the text is read, its only sentence reports a database failure and points to the server log: infrastructure behind the service (rule 2.3), so the default; a 400 without fields is bad-request.',
    response: {
      status: 400,
      body: '{\n    "errors": {\n        "status": 400,\n        "title": null,\n        "detail": "Database failure. Please refer to suitecrm.log for details."\n    }\n}Database failure. Please refer to suitecrm.log for details.',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── YetiForce CRM ─────────────────────────────
  {
    id: 'yetiforce/invalid-api-key-401',
    source: 'YetiForce CRM',
    url: 'https://github.com/YetiForceCompany/YetiForceCRM/issues/14092',
    note: 'The webservice debug log of GET /webservice/user/login: "Status: 401" and the response data as a PHP `print_r` (`[status] => 0`, `[error] => Array ( [message] => …, [code] => 401 )`), written back as JSON. `status: 0` is a result flag, no code.',
    response: { status: 401, body: { status: 0, error: { message: 'Invalid api key', code: 401 } } },
    expect: { kind: 'unauthenticated', message: 'Invalid api key' },
  },
  {
    id: 'yetiforce/unauthorized-basic-realm-401',
    source: 'YetiForce CRM',
    url: 'https://github.com/YetiForceCompany/YetiForceCRM/issues/14092',
    note: 'The same log\'s next response: "Status: 401", the response header `WWW-Authenticate : Basic realm="YetiForceApi"` and the data as `print_r`, written back as JSON. "Unauthorized" is the reason phrase of the 401 it comes with, no sentence (rule 2.1), so the default.',
    response: {
      status: 401,
      headers: { 'WWW-Authenticate': 'Basic realm="YetiForceApi"' },
      body: { status: 0, error: { message: 'Unauthorized', code: 401 } },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'yetiforce/no-crmid-401',
    source: 'YetiForce CRM',
    url: 'https://github.com/YetiForceCompany/YetiForceCRM/issues/13550',
    note: 'Portal login (/Users/Login) "produces a 401 error" and "the following output" is this JSON, as sent. "No crmid" has a space: a sentence, however terse.',
    response: { status: 401, body: { status: 0, error: { message: 'No crmid', code: 401 } } },
    expect: { kind: 'unauthenticated', message: 'No crmid' },
  },

  // ───────────────────────────── Agile CRM ─────────────────────────────
  {
    id: 'agile-crm/number-format-exception-500',
    source: 'Agile CRM',
    url: 'https://github.com/agilecrm/rest-api/issues/28',
    note: "Creating a contact with a non-numeric id \"throws\" this body, printed by Node as `{ status: '500', 'exception message': '…' }` and written back as JSON; the maintainer's answer (\"we are not manipulating message for 500 server error\") confirms the 500. The only text is a Java exception (rule 2.3), so the default.",
    response: {
      status: 500,
      body: {
        status: '500',
        'exception message': 'java.lang.NumberFormatException: For input string: "580085ebf992e33126523d80"',
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'agile-crm/path-param-400-html',
    source: 'Agile CRM',
    url: 'https://github.com/agilecrm/nodejs/issues/6',
    note: 'getDealByContactId: "Status Code = 400" and the body "got with debuging features", an HTML page (the client then fails with "Unexpected token < in JSON"). The paste is cut after the page\'s `<h1>` opens; copied up to the `<body>` tag, the rest trimmed. Content-Type text/html added from the page\'s own meta tag: the capture shows no headers. Markup is never a message (rule 2.5), and the page\'s text is a JAX-RS report naming Java classes (rule 2.3).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'text/html;charset=utf-8' },
      body: '<html><head>\n<meta http-equiv="content-type" content="text/html;charset=utf-8">\n<title>400 Unable to extract parameter from http request: javax.ws.rs.PathParam("contact-id") value is \'5137069722566656deals\' for public com.agilecrm.contact.Contact com.agilecrm.core.api.contacts.ContactsAPI.getContact(java.lang.Long) throws com.agilecrm.user.access.exception.AccessDeniedException</title>\n</head>\n<body text=#000000 bgcolor=#ffffff>\n',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Sendy ─────────────────────────────
  {
    id: 'sendy/api-key-not-passed-200-text',
    source: 'Sendy',
    url: 'https://github.com/cmer/sendyr/issues/4',
    note: 'The Ruby client\'s response object for a subscribe call without `api_key`: `@status=200 @reason_phrase="OK" @response_body="API key not passed"`. Sendy answers its API in plain text with 200. No headers were shown, none are added. A 2xx with no code is unknown (rule 1); a sentence sent as text with a 2xx is the message (rule 2.6, as Finnhub\'s "wrong resolution").',
    response: { status: 200, body: 'API key not passed' },
    expect: { kind: 'unknown', message: 'API key not passed' },
  },

  // ───────────────────────────── Mailchimp Transactional (Mandrill) ─────────────────────────────
  {
    id: 'mandrill/missing-key-validation-error-500',
    source: 'Mailchimp Transactional (Mandrill)',
    url: 'https://github.com/Wylio/meteor-mandrill/issues/12',
    note: 'Meteor\'s HTTP error quotes "failed [500] {…}" (Mandrill answers its errors with 500). Mandrill is Mailchimp\'s transactional product, a different API from the Mailchimp Marketing API in the corpus. `ValidationError` does not turn a 5xx into a 4xx kind (rule 1), so server; the sentence is the message. `code: -1` and the category `name` leave the code in doubt: none is stated.',
    response: {
      status: 500,
      body: { status: 'error', code: -1, name: 'ValidationError', message: 'You must specify a key value' },
    },
    expect: { kind: 'server', message: 'You must specify a key value' },
  },

  // ───────────────────────────── Teamleader Focus ─────────────────────────────
  {
    id: 'teamleader/company-name-empty-400',
    source: 'Teamleader Focus',
    url: 'teamleadercrm/api/GUIDELINES.md@01d966a356b1eaf8e6bb41ddc935485b5ffe3d7c',
    note: "The vendor's API repository (the source of its public docs): \"Example of a `400 Bad Request` error\". A list of one error object under an envelope member is that object (rule 3, Intuit's `Fault.Error`), and an error object naming its field in its `meta` gives that field its message too (rule 3), so `name` carries the sentence and it is also the message; a 400 with a field error is validation (rule 1). The item's `code` is the code (rule 6).",
    response: {
      status: 400,
      body: {
        errors: [{ code: 123, title: 'Company name must not be empty', status: 400, meta: { field: 'name' } }],
      },
    },
    expect: {
      kind: 'validation',
      message: 'Company name must not be empty',
      fields: [['name', 'Company name must not be empty']],
      code: '123',
    },
  },

  // ───────────────────────────── Dynamics 365 Business Central ─────────────────────────────
  {
    id: 'business-central/invalid-credentials-401',
    source: 'Dynamics 365 Business Central',
    url: 'https://github.com/microsoft/nav-docker/issues/570',
    note: 'S2S (client credentials) call to a sandbox container: "the server is returning a 401 with the following payload". The "CorrelationId: …" after the sentence labels the occurrence for support and is no part of the person\'s sentence (rule 2.1); it is no body member, so no support id is stated. The code is `error.code` (rule 6).',
    response: {
      status: 401,
      body: {
        error: {
          code: 'Authentication_InvalidCredentials',
          message:
            'The server has rejected the client credentials.  CorrelationId:  c32f628c-2b96-48c1-8b4b-7440366a21ef.',
        },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'The server has rejected the client credentials',
      code: 'Authentication_InvalidCredentials',
    },
  },
  {
    id: 'business-central/unauthorized-401',
    source: 'Dynamics 365 Business Central',
    url: 'https://github.com/microsoft/AL/issues/1982',
    note: 'GET https://api.businesscentral.dynamics.com/v1.0/api/beta/companies with an OAuth token for the wrong resource: "Am getting 401 {"message":"Unauthorized"}". A bare reason phrase restating the status, so the default (rule 2.1).',
    response: { status: 401, body: { message: 'Unauthorized' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Copper ─────────────────────────────
  {
    id: 'copper/resource-not-found-404',
    source: 'Copper',
    url: 'https://github.com/verbb/formie/issues/653',
    note: 'Formie\'s Copper integration (trace: integrations/crm/Copper.php) logs the API error as Guzzle raised it: `API error: “{"success":false,"status":404,"message":"Resource not found"}”`; the status is the body\'s `status` (Guzzle raises only on a 4xx or 5xx). "Resource not found" is a sentence, not the reason phrase (README, fifth holdout).',
    response: { status: 404, body: { success: false, status: 404, message: 'Resource not found' } },
    expect: { kind: 'not-found', message: 'Resource not found' },
  },
  {
    id: 'copper/invalid-company-id-422',
    source: 'Copper',
    url: 'https://github.com/verbb/formie/issues/653',
    note: 'The same issue\'s next error ("a validation error"), logged the same way; status from the body\'s `status`. A 422 is validation (rule 1); the fields are named only inside the sentence, so no field error (rule 3). The sentence chains a generic lead ("Invalid input: Validation errors: …") to the specific text; the expected substring is the specific part.',
    response: {
      status: 422,
      body: {
        success: false,
        status: 422,
        message:
          'Invalid input: Validation errors: Company Id: Invalid value for Company Id: IDs must be positive integers: test',
      },
    },
    expect: { kind: 'validation', message: 'IDs must be positive integers' },
  },
] satisfies ConformanceCase[];
