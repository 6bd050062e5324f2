import { DEFAULT, type ConformanceCase } from '../types';

// Fifty-sixth unseen-API holdout, part A (15 January 2027): small B2B SaaS APIs with their own docs sites (CRM,
// invoicing and accounting, forms, scheduling and booking for small businesses) that no other case file uses: Attio
// (the CRM), e-conomic (the Danish invoicing and bookkeeping API), FreeAgent (the UK small-business accounting and
// invoicing API), coss (a scheduling API launched in 2026), YCLIENTS and Altegio (the salon and service-business
// booking platform, and its international edition, each on its own host and under its own name) and NeetoCal (a
// scheduling product launched in 2023), collected to measure how the reader does at first sight on APIs it was never
// tuned on. Every body was copied from the public material named in `url` and `note`: a document of responses an Attio
// Ruby client recorded from the live service (status, headers and body, `api_response_documentation.md` in
// rbeene/attio_ruby), e-conomic bodies captured from the live service and pasted into a .NET client's tests ("Captured
// verbatim from restapi.e-conomic.com"), a Java service's test ("the body e-conomic returned in production … the logged
// HTTP 400"), a Go client's comments and a Danish user's post of its booking log, FreeAgent's 400 quoted in a C#
// client's comment as "confirmed against the real sandbox API", YCLIENTS' and Altegio's bodies quoted with their
// statuses in integration projects' notes (a log line, support-request drafts), and the vendors' own pages for coss
// ("Errors") and NeetoCal ("Response codes"). Several of these files were found by an exact-string search that gave the
// text without its repository or path: their `url` names what the text shows and the note gives the index id. Where a
// status is not printed beside the body, the note says where it came from (e-conomic's own `httpStatusCode`, coss's
// table of error types, NeetoCal's table of statuses). Headers are copied as recorded for Attio, leaving out
// content-length, connection, transfer-encoding and content-encoding (the body is given decoded); no other source
// showed a response header, and no header was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: folk, Tally, Fillout, Productive, Capsule, SavvyCal, Paperform, Formstack and Wrike (their
// docs in the stored corpora print status tables or templates, no body; Wrike's table pairs `invalid_parameter` and
// friends with statuses but shows no body), Invoice Ninja (issue #679 prints a body without its status; #7345 prints
// the 422's headers but the stored excerpt stops before its body), Attio's bodies in clients' respx and pytest mocks
// (test authors' strings, e.g. `{"message": "bad request", "code": "validation_type"}`), e-conomic's `nock` 404 with
// `msg` (a test author's stub in an integration's tests) and its Go client's second comment with two errors (kept one
// of the two), FreeAgent's bodies in clients' Go, Swift and TypeScript tests (test authors' strings: "Access denied",
// "Nothing here") and "Access token not recognised" in a PHP client's comment (no status), coss's other error types
// (its pages print one body only), Blitz's 422 examples (the stored pages cut them out), Softr (a templated body),
// Postalytics and Yandex Tasks (outside this domain), Moneybird, Holded, bexio, RetailCRM, Zendesk Sell and Wrike by
// their error shapes (exact-string searches found no capture), and YCLIENTS bodies in a Ruby client's WebMock stubs
// (`{"success":false,"data":null,"meta":{"message":"no"}}`: a test author's). Sources already in the corpus were
// skipped (Pipedrive, Close, Copper, Teamleader, Twenty CRM, Plane, Cal.com, Calendly, Acuity Scheduling, Cronofy,
// Typeform, Jotform, Formbricks, Formspree, Harvest, FreshBooks, sevDesk, lexoffice, Zoho CRM, Kit, Constant Contact,
// ActiveCampaign). No 429 or rate-limit header, no XML body and no 5xx turned up with a status in this domain within
// the cap; the part holds 17 cases from 7 sources (6 if YCLIENTS and Altegio are counted as one platform), under the
// brief's aim of 25 from 8, because most of the 47 look-ups spent (of the 50 allowed) went to vendors whose stored
// material prints tables, templates or clients' code, not a body with its status.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-15-a`, on 74e3fa5, src/ unchanged: in the frozen copy /tmp/base56): 13/17 pass, 7 sources
// (kind 17/17, message 14/17, fields 15/17, retry 17/17, logId 9/9, code 1/1). Failing at first sight:
// attio/create-record-invalid-value-for-name-400 (the message "An invalid value was passed to attribute with slug
// "name"." kept, a line that names only which attribute got an invalid value, generic under rule 2.1 as "The value
// provided for parameter '…' was not valid." is: the default; a judgment call the note names);
// e-conomic/invoice-line-product-barred-400 (the message "Validation failed. 1 error found." kept, where rule 2.1 reads
// "Validation failed" and a line that only says something failed validation as generic, and the field read at its list
// position, `lines.items.0.product`, where the item's `arrayIndex: 8` gives its position as DNSimple's `index` does,
// rule 3; the path is a judgment call the note names); e-conomic/customer-group-not-found-400 (the same "Validation
// failed. 1 error found." kept, rule 2.1); e-conomic/barred-accounting-period-danish-400 (the field path
// `entries.items.0.Date`: the item's `propertyName` taken as the last segment, where it repeats the member `date` whose
// errors hold it and so stays that member, rule 3's Canvas; a judgment call the note names). Every other case passed as
// written, including the judgment calls on Attio's `cf-ray` as the support id (over `x-attio-execution-id`) and its
// "Could not find endpoint …" (kept), e-conomic's lone line in `errors` over its envelope message, FreeAgent's "User
// agent http header not set" (kept), coss's 422 and its field's words as the message, and Altegio's "Partner ID not
// specified" (kept). No expectation was changed after the run (Prettier's line breaks were applied before it).

// Waits in `pending/`: 14/17 now (e-conomic's "Validation failed. 1 error found." gives the default since). Its misses:
// Attio's "An invalid value was passed to attribute with slug "name"." (a line naming only which input is invalid, read
// both ways in the corpus), e-conomic's `arrayIndex` (an item's own position, seen once) and its `propertyName: "Date"`
// under `date`, which the reader reaches through the item alone.

export default [
  // ───────────────────────────── Attio ─────────────────────────────
  {
    id: 'attio/create-list-body-payload-validation-400',
    source: 'Attio REST API',
    url: 'rbeene/attio_ruby/api_response_documentation.md@4156bfc9fb457606d385d2075cf3b7f99a663297',
    note: 'The "Lists / Create" (`POST /v2/lists`) entry of a document of responses the attio_ruby client recorded from the live API on 27 July 2025: status, headers and body as the client printed them under `response_body`. The exact-string search gave the text without its path (index id 35542247425); the workspace member it lists and the error class names (`Attio::BadRequestError`) place it in rbeene/attio_ruby, whose one document of recorded responses at that length is `api_response_documentation.md`. Headers as recorded, leaving out content-length and connection. Kind: a 400 with field errors (and `validation_type` says validation), validation (rule 1). Fields: `validation_errors` items with a `path` list and a `message` (rule 3); `["data", "api_slug"]` is `data.api_slug` (no rule removes `data`, which is a real member of Attio\'s request body); "Required" is kept as a field\'s one word (rule 3, 48th holdout). Message: "Body payload validation error." only says the body failed validation, generic (rule 2.1); only field messages remain: the default (rule 2.4). logId: no id in the body; `cf-ray` is a named request-id header (rule 5); judgment call: `x-attio-execution-id` is Attio\'s own id, but rule 5 names neither "execution" nor this header. No code stated: `validation_type` only says validation (a category, rule 6) and all three items carry `invalid_type`, which rule 6 may read as the code ("errors that all carry one code give it").',
    response: {
      status: 400,
      headers: {
        date: 'Sun, 27 Jul 2025 14:06:22 GMT',
        'content-type': 'application/json; charset=utf-8',
        'cf-ray': '965cb26e6a243d85-EWR',
        'x-attio-execution-id': 'd4870f7b-433c-43d1-ad13-b3b4e42650b1',
        vary: 'Origin',
        'access-control-allow-origin': '*',
        'access-control-expose-headers':
          'x-attio-client,x-attio-execution-id,x-attio-platform,x-attio-platform-version,x-attio-record-query-score,x-attio-app-installation-bundle-id',
        'x-frame-options': 'DENY',
        via: '1.1 google',
        'cf-cache-status': 'DYNAMIC',
        'strict-transport-security': 'max-age=7776000; includeSubDomains; preload',
        server: 'cloudflare',
      },
      body: {
        status_code: 400,
        type: 'invalid_request_error',
        code: 'validation_type',
        message: 'Body payload validation error.',
        validation_errors: [
          {
            code: 'invalid_type',
            path: ['data', 'api_slug'],
            message: 'Required',
            expected: 'string',
            received: 'undefined',
          },
          {
            code: 'invalid_type',
            path: ['data', 'workspace_access'],
            message: 'Required',
            expected: "'full-access' | 'read-and-write' | 'read-only'",
            received: 'undefined',
          },
          {
            code: 'invalid_type',
            path: ['data', 'workspace_member_access'],
            message: 'Required',
            expected: 'array',
            received: 'undefined',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['data.api_slug', 'Required'],
        ['data.workspace_access', 'Required'],
        ['data.workspace_member_access', 'Required'],
      ],
      logId: '965cb26e6a243d85-EWR',
    },
  },
  {
    id: 'attio/create-record-invalid-value-for-name-400',
    source: 'Attio REST API',
    url: 'rbeene/attio_ruby/api_response_documentation.md@4156bfc9fb457606d385d2075cf3b7f99a663297',
    note: 'The "Records / Create" (`POST /v2/objects/{object}/records`) entry of the same recorded document (index id 35542247425). Headers as recorded, leaving out content-length and connection. Kind: a 400 with field errors, validation (rule 1). Fields: the three items\' `path` lists (`["first_name"]` …) and "Required" (rule 3). Message: "An invalid value was passed to attribute with slug "name"." names only which attribute got an invalid value, generic under rule 2.1 as "The value provided for parameter \'…\' was not valid." is: the default (rule 2.4). Judgment call: a reader could keep it as an occurrence-specific sentence. logId: `cf-ray` (rule 5; see the first Attio case). No code stated (as there).',
    response: {
      status: 400,
      headers: {
        date: 'Sun, 27 Jul 2025 14:06:23 GMT',
        'content-type': 'application/json; charset=utf-8',
        'cf-ray': '965cb27298561aea-EWR',
        'x-attio-execution-id': '332e52b4-97f2-411a-92a8-09d369b8cf58',
        vary: 'Origin',
        'access-control-allow-origin': '*',
        'access-control-expose-headers':
          'x-attio-client,x-attio-execution-id,x-attio-platform,x-attio-platform-version,x-attio-record-query-score,x-attio-app-installation-bundle-id',
        'x-frame-options': 'DENY',
        via: '1.1 google',
        'cf-cache-status': 'DYNAMIC',
        'strict-transport-security': 'max-age=7776000; includeSubDomains; preload',
        server: 'cloudflare',
      },
      body: {
        status_code: 400,
        type: 'invalid_request_error',
        code: 'validation_type',
        message: 'An invalid value was passed to attribute with slug "name".',
        validation_errors: [
          {
            code: 'invalid_type',
            path: ['first_name'],
            message: 'Required',
            expected: 'string',
            received: 'undefined',
          },
          { code: 'invalid_type', path: ['last_name'], message: 'Required', expected: 'string', received: 'undefined' },
          { code: 'invalid_type', path: ['full_name'], message: 'Required', expected: 'string', received: 'undefined' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['first_name', 'Required'],
        ['last_name', 'Required'],
        ['full_name', 'Required'],
      ],
      logId: '965cb27298561aea-EWR',
    },
  },
  {
    id: 'attio/create-attribute-invalid-enum-option-400',
    source: 'Attio REST API',
    url: 'rbeene/attio_ruby/api_response_documentation.md@4156bfc9fb457606d385d2075cf3b7f99a663297',
    note: 'The "Errors / 422 Invalid Type" entry of the same recorded document (index id 35542247425): the client\'s heading says 422, the recorded status is 400, which is taken. Headers as recorded, leaving out content-length and connection. Kind: a 400 with field errors, validation (rule 1). Fields: seven items by `path` (rule 3); the `type` item\'s message is zod\'s enum report, kept as the field\'s message (zod\'s own lines are kept, rule 2.1\'s "Invalid input: expected string"), and its `options` list is data. Message: "Body payload validation error.", generic: the default (rules 2.1, 2.4). logId: `cf-ray` (rule 5). No code stated: the items carry two codes (`invalid_type`, `invalid_option`) under the category `validation_type`.',
    response: {
      status: 400,
      headers: {
        date: 'Sun, 27 Jul 2025 14:06:25 GMT',
        'content-type': 'application/json; charset=utf-8',
        'cf-ray': '965cb27eeddf4391-EWR',
        'x-attio-execution-id': '4eda0d98-e53c-444e-8b76-4636a71c1992',
        vary: 'Origin',
        'access-control-allow-origin': '*',
        'access-control-expose-headers':
          'x-attio-client,x-attio-execution-id,x-attio-platform,x-attio-platform-version,x-attio-record-query-score,x-attio-app-installation-bundle-id',
        'x-frame-options': 'DENY',
        via: '1.1 google',
        'cf-cache-status': 'DYNAMIC',
        'strict-transport-security': 'max-age=7776000; includeSubDomains; preload',
        server: 'cloudflare',
      },
      body: {
        status_code: 400,
        type: 'invalid_request_error',
        code: 'validation_type',
        message: 'Body payload validation error.',
        validation_errors: [
          {
            code: 'invalid_type',
            path: ['data', 'description'],
            message: 'Required',
            expected: 'string',
            received: 'undefined',
          },
          {
            code: 'invalid_type',
            path: ['data', 'api_slug'],
            message: 'Required',
            expected: 'string',
            received: 'undefined',
          },
          {
            code: 'invalid_option',
            path: ['data', 'type'],
            message:
              "Invalid enum value. Expected 'text' | 'number' | 'checkbox' | 'currency' | 'date' | 'timestamp' | 'rating' | 'status' | 'select' | 'record-reference' | 'actor-reference' | 'location' | 'domain' | 'email-address' | 'phone-number' | 'interaction' | 'personal-name', received 'invalid_type'",
            options: [
              'text',
              'number',
              'checkbox',
              'currency',
              'date',
              'timestamp',
              'rating',
              'status',
              'select',
              'record-reference',
              'actor-reference',
              'location',
              'domain',
              'email-address',
              'phone-number',
              'interaction',
              'personal-name',
            ],
          },
          {
            code: 'invalid_type',
            path: ['data', 'is_required'],
            message: 'Required',
            expected: 'boolean',
            received: 'undefined',
          },
          {
            code: 'invalid_type',
            path: ['data', 'is_unique'],
            message: 'Required',
            expected: 'boolean',
            received: 'undefined',
          },
          {
            code: 'invalid_type',
            path: ['data', 'is_multiselect'],
            message: 'Required',
            expected: 'boolean',
            received: 'undefined',
          },
          {
            code: 'invalid_type',
            path: ['data', 'config'],
            message: 'Required',
            expected: 'object',
            received: 'undefined',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['data.description', 'Required'],
        ['data.api_slug', 'Required'],
        ['data.type', 'Invalid enum value'],
        ['data.is_required', 'Required'],
        ['data.is_unique', 'Required'],
        ['data.is_multiselect', 'Required'],
        ['data.config', 'Required'],
      ],
      logId: '965cb27eeddf4391-EWR',
    },
  },
  {
    id: 'attio/list-companies-endpoint-not-found-404',
    source: 'Attio REST API',
    url: 'rbeene/attio_ruby/api_response_documentation.md@4156bfc9fb457606d385d2075cf3b7f99a663297',
    note: 'The "Records / List Companies" (`GET /v2/objects/companies/records`) entry of the same recorded document (index id 35542247425). Headers as recorded, leaving out transfer-encoding, connection and content-encoding (gzip on the wire; the body is given decoded). Kind: 404, not-found. Message: "Could not find endpoint "GET /v2/objects/companies/records"." is a sentence naming what was not found (rule 2.1 keeps "Resource not found"); judgment call: a reader could call a route in a sentence developer text and give the default. logId: `cf-ray` (rule 5). No code stated: `not_found` restates the status.',
    response: {
      status: 404,
      headers: {
        date: 'Sun, 27 Jul 2025 14:06:22 GMT',
        'content-type': 'application/json; charset=utf-8',
        'x-attio-execution-id': '8ebe4a5e-a316-471e-8ce4-5613ec18da29',
        vary: 'Origin',
        'access-control-allow-origin': '*',
        'access-control-expose-headers':
          'x-attio-client,x-attio-execution-id,x-attio-platform,x-attio-platform-version,x-attio-record-query-score,x-attio-app-installation-bundle-id',
        'x-frame-options': 'DENY',
        via: '1.1 google',
        'cf-cache-status': 'DYNAMIC',
        'strict-transport-security': 'max-age=7776000; includeSubDomains; preload',
        server: 'cloudflare',
        'cf-ray': '965cb26fcae66e28-EWR',
      },
      body: {
        status_code: 404,
        type: 'invalid_request_error',
        code: 'not_found',
        message: 'Could not find endpoint "GET /v2/objects/companies/records".',
      },
    },
    expect: {
      kind: 'not-found',
      message: 'Could not find endpoint "GET /v2/objects/companies/records"',
      logId: '965cb26fcae66e28-EWR',
    },
  },
  {
    id: 'attio/api-key-wrong-length-401',
    source: 'Attio REST API',
    url: 'rbeene/attio_ruby/api_response_documentation.md@4156bfc9fb457606d385d2075cf3b7f99a663297',
    note: 'The "Errors / 401" entry of the same recorded document (index id 35542247425), printed as the bare body (no headers shown, none added). Kind: 401, unauthenticated. Message: two sentences for the person about the key (rule 2). No code stated: `unauthorized` restates the 401 (rule 6 leaves it in doubt); `auth_error` is its category.',
    response: {
      status: 401,
      body: {
        status_code: 401,
        type: 'auth_error',
        code: 'unauthorized',
        message:
          'The API Key provided was invalid because it was the wrong length (API Keys should be 64 characters long). You might not have copied the entire API key from your Admin panel?',
      },
    },
    expect: { kind: 'unauthenticated', message: 'The API Key provided was invalid because it was the wrong length' },
  },

  // ───────────────────────────── e-conomic ─────────────────────────────
  {
    id: 'e-conomic/legacy-filter-on-unknown-property-400',
    source: 'e-conomic REST API',
    url: 'EconomicLegacyErrorTests.cs (index id 63456524719; the exact-string search gave the file without its repository or path)',
    note: "A .NET e-conomic client's test holds this body as \"Captured verbatim from restapi.e-conomic.com on 2026-08-12 by filtering on an unknown property\" and feeds it with HttpStatusCode.BadRequest; the body's own `httpStatusCode` is 400. No header shown. Kind: a 400 without a code and without field errors (the `errors` list holds one line, which is no list of several, rule 1): bad-request. Message: the lone form-level sentence in `errors` beats the envelope's `message` (rule 2.2, EasyPost's); `developerHint` is for developers by its name (rule 2.3, as `developerMessage`). logId: `logId` (rule 5). No code.",
    response: {
      status: 400,
      body: {
        message: 'Could not parse query string filter.',
        developerHint: "Filtering on collections can be done using the querystring parameter 'filter'.",
        logId: 'a2a282a789f20523-CPH',
        httpStatusCode: 400,
        errors: ["Filtering is not allowed on property 'bogusProp'."],
        logTime: '2026-08-12T23:18:03',
        allowedFilteringFields: ['zip', 'customerNumber', 'customerGroup.customerGroupNumber', 'name'],
      },
    },
    expect: {
      kind: 'bad-request',
      message: "Filtering is not allowed on property 'bogusProp'",
      logId: 'a2a282a789f20523-CPH',
    },
  },
  {
    id: 'e-conomic/problem-resource-not-found-404',
    source: 'e-conomic REST API',
    url: 'EconomicLegacyErrorTests.cs (index id 63456524719; the exact-string search gave the file without its repository or path)',
    note: "The same test file's `LiveProblemJson`, the problem+json shape e-conomic's newer endpoints send, fed with HttpStatusCode.NotFound; the body's own `status` is 404. No header shown. Kind: 404, not-found. Message: the `title` \"Resource not found.\" is a sentence, not the bare reason phrase (rule 2.1's fifth-holdout change). logId: the body's `traceId` (rule 5). No code stated: `errorCode: \"ResourceNotFound\"` only restates the status (rule 6 leaves it in doubt); the problem `type` links the status's RFC section.",
    response: {
      status: 404,
      body: {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
        title: 'Resource not found.',
        status: 404,
        traceId: 'a2a259bbe959d8d5-CPH',
        errorCode: 'ResourceNotFound',
      },
    },
    expect: { kind: 'not-found', message: 'Resource not found', logId: 'a2a259bbe959d8d5-CPH' },
  },
  {
    id: 'e-conomic/invoice-line-product-barred-400',
    source: 'e-conomic REST API',
    url: "a Danish user's post of an e-conomic booking log (index id 71521744934; the exact-string search gave the text without its repository or path)",
    note: "One row of a log of failed invoice bookings (\"Årsag\", the reason column) that the writer copied from the integration's log page: e-conomic's answer to `customer_invoice_key-4909`. Status: the body's own `httpStatusCode` (400). No header shown. Kind: a 400 with a field error, validation (rule 1). Fields: the item (`propertyName`, `errorMessage`) sits under `lines` → `items` → an item with `arrayIndex: 8` → `product`, whose errors it holds; records lead the path (rule 3), `propertyName` repeats `product`, and the item's `arrayIndex` gives its position as DNSimple's `index` does: `lines.items.8.product`. Judgment call: `lines.items.0.product` (the list position) or `lines.8.product` (the request's own path, reading `items` as e-conomic's wrapper) are the other readings. Message: \"Validation failed. 1 error found.\" is generic (rule 2.1), only a field message remains: the default (rule 2.4). logId: `logId` (rule 5). No code stated: the envelope's `E04300` (its validation summary) and the item's `E06600` leave rule 6 in doubt.",
    response: {
      status: 400,
      body: {
        message: 'Validation failed. 1 error found.',
        errorCode: 'E04300',
        developerHint: 'Inspect validation errors and correct your request.',
        logId: '864e10e07f2da3a85-FRA',
        httpStatusCode: 400,
        errors: {
          lines: {
            items: [
              {
                arrayIndex: 8,
                product: {
                  errors: [
                    {
                      propertyName: 'product',
                      errorMessage: "Product 'SPE-16-029712-9000' is barred.",
                      errorCode: 'E06600',
                      inputValue: 'SPE-16-029712-9000',
                      developerHint: 'Find a list of products at https://restapi.e-conomic.com/products .',
                    },
                  ],
                },
              },
            ],
          },
        },
        logTime: '2022-06-12T16:13:00',
        errorCount: 1,
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['lines.items.8.product', "Product 'SPE-16-029712-9000' is barred"]],
      logId: '864e10e07f2da3a85-FRA',
    },
  },
  {
    id: 'e-conomic/customer-group-not-found-400',
    source: 'e-conomic REST API',
    url: "a Go e-conomic client's error types, the comment above `Message2` (index id 6793639231; the exact-string search gave the file without its repository or path)",
    note: 'The client\'s author pasted the response their `Message2` type was written for; its `logId` ("7dacf1e1192c3689-FRA") and `logTime` are e-conomic\'s own, so it is read as a capture, not an invented body (judgment call). Status: the body\'s own `httpStatusCode` (400). No header shown. Kind: a 400 with a field error, validation (rule 1; no not-found code: `E07140` is no named one). Fields: the item under `customerGroup` (a member that holds errors; `propertyName` repeats it): `customerGroup` (rule 3). Message: "Validation failed. 1 error found." is generic: the default (rules 2.1, 2.4). logId: `logId` (rule 5). No code stated (as in the barred-product case).',
    response: {
      status: 400,
      body: {
        developerHint: 'Inspect validation errors and correct your request.',
        errorCode: 'E04300',
        errorCount: 1,
        errors: {
          customerGroup: {
            errors: [
              {
                developerHint: 'Find a list of customer groups at https://restapi.e-conomic.com/customer-groups .',
                errorCode: 'E07140',
                errorMessage: "CustomerGroup '1' not found.",
                inputValue: 1,
                propertyName: 'customerGroup',
              },
            ],
          },
        },
        httpStatusCode: 400,
        logId: '7dacf1e1192c3689-FRA',
        logTime: '2023-06-21T16:29:38',
        message: 'Validation failed. 1 error found.',
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['customerGroup', "CustomerGroup '1' not found"]],
      logId: '7dacf1e1192c3689-FRA',
    },
  },
  {
    id: 'e-conomic/barred-accounting-period-danish-400',
    source: 'e-conomic REST API',
    url: 'trustworks intranet, EconomicsPeriodClosedShiftTest.java (index id 61234434702; the exact-string search gave the file without its repository or path; its package is dk.trustworks.intranet.expenseservice)',
    note: 'The test\'s `PRODUCTION_BARRED_PERIOD_BODY`: "The body e-conomic returned in production on 2026-08-29T00:19:34Z … Nesting and every marker are verbatim from the logged HTTP 400; the log line\'s elided envelope fields are omitted so the literal is valid JSON" (the test\'s author trimmed the envelope; nothing was added here). No header shown. Kind: a 400 with a field error, validation (rule 1). Fields: the item (`propertyName: "Date"`, `errorMessage` in Danish, "The period is barred.") under `entries` → `items` → the first item → `date`, whose errors it holds; the outer `errors` list\'s index is no segment (its item names no field), records lead the path, and `propertyName` repeats `date` but for its case (rule 3): `entries.items.0.date`. Judgment call: `0.entries.items.0.date` (the outer position kept) and `entries.items.0.Date` are the other readings. Message: the envelope\'s sentence was elided, only the field\'s remains: the default (rule 2.4). No logId (elided), no code stated.',
    response: {
      status: 400,
      body: {
        errorCode: 'E04300',
        errors: [
          {
            entries: {
              items: [
                {
                  date: {
                    errors: [
                      {
                        propertyName: 'Date',
                        errorMessage: 'Perioden er spærret.',
                        errorCode: 'E04041',
                        inputValue: { voucherAccountingYear: '2026/2027', entryDate: '2026-08-29' },
                        developerHint: 'You cannot create an entry with a date that is barred in the accounting year.',
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['entries.items.0.date', 'Perioden er spærret']] },
  },

  // ───────────────────────────── FreeAgent ─────────────────────────────
  {
    id: 'freeagent/user-agent-header-not-set-400',
    source: 'FreeAgent API',
    url: 'https://github.com/omnics/InvoiceManager (FreeAgentIntegrationRegistration.cs, index id 63089142466; the exact-string search gave the file without its path)',
    note: 'The comment in the client\'s registration: "FreeAgent rejects any request with no User-Agent header at all … with a 400 and the body {"errors":{"error":{"message":"User agent http header not set"}}} - confirmed against the real sandbox API." No header shown. Kind: a 400 without a code and without fields (`errors.error` is an error\'s name, no field, rule 3), bad-request. Message: the error\'s `message`, a sentence (rule 2.1). Judgment call: a reader could read a missing request header as developer text, as rule 2.3 reads a request without a body, and give the default. No code, no logId.',
    response: { status: 400, body: { errors: { error: { message: 'User agent http header not set' } } } },
    expect: { kind: 'bad-request', message: 'User agent http header not set' },
  },

  // ───────────────────────────── coss ─────────────────────────────
  {
    id: 'coss/validation-error-subject-too-small-422',
    source: 'coss API',
    url: 'https://coss.com/docs/api-reference/errors',
    note: "The \"Errors\" page prints this body as its one example of the envelope. Status: the page's table gives `invalid_request_error` for \"400 / 413 / 415 / 422 — Malformed JSON, body too large, wrong content type, or failed validation\"; failed validation is the fourth, 422 (judgment call: a reader could take 400). No header shown. Kind: 422 and `validation_error`, validation (rule 1). Fields: `issues` items name `subject` (rule 3), and the error object's own `param` names the same field (rule 3): one field. Message: the envelope's line is \"Invalid request body: \" before the field's name and its words; the generic headline is dropped and a field's name leading the sentence stays (rule 2.1), so the person reads the field's words, as the corpus kept FundraiserMax's repeated field line; judgment call: a reader could call it only the field's message repeated and give the default (rule 2.4). Code: `validation_error` (rule 6; `type` is its category). logId: `request_id` (rule 5).",
    response: {
      status: 422,
      body: {
        error: {
          type: 'invalid_request_error',
          code: 'validation_error',
          message: 'Invalid request body: `subject`: Too small: expected string to have >=1 characters',
          param: 'subject',
          issues: [{ path: 'subject', message: 'Too small: expected string to have >=1 characters' }],
          request_id: 'req_01k7c8m4q2f3e9v6t5r1n0p8yz',
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'Too small: expected string to have >=1 characters',
      fields: [['subject', 'Too small: expected string to have >=1 characters']],
      logId: 'req_01k7c8m4q2f3e9v6t5r1n0p8yz',
      code: 'validation_error',
    },
  },

  // ───────────────────────────── YCLIENTS and Altegio ─────────────────────────────
  {
    id: 'yclients/marketplace-callback-aggregator-not-found-400',
    source: 'YCLIENTS API',
    url: "an integration project's notes on its YCLIENTS marketplace activation (index id 47839093726; the exact-string search gave the text without its repository or path)",
    note: 'The notes print the integration\'s log line "❌ YClients activation failed: 400 {…}" for `POST https://api.yclients.com/marketplace/partner/callback/redirect`. No response header shown (the headers printed are the request\'s). Kind: a 400 without a code and without fields (`success: false`, `data: null`; the message sits in `meta`, read as the envelope, rule 3\'s Foursquare), bad-request; text never decides (rule 1). Message: "Агрегатор не найден" ("Aggregator not found"), a sentence in Russian (rule 2.1). No code, no logId.',
    response: { status: 400, body: { success: false, data: null, meta: { message: 'Агрегатор не найден' } } },
    expect: { kind: 'bad-request', message: 'Агрегатор не найден' },
  },
  {
    id: 'altegio/partner-id-not-specified-401',
    source: 'Altegio API',
    url: 'a support-request draft to Altegio, in Ukrainian (index id 47705029137; the exact-string search gave the text without its repository or path)',
    note: 'The draft quotes the error its integration got from `https://api.alteg.io/api/v1`: "`401 Unauthorized: {…}`". No header shown. Kind: 401, unauthenticated. Message: "Partner ID not specified" names the credential the request lacks; kept, as the corpus keeps credential lines (Homedata\'s "Valid API key required", OddsPapi\'s "missing apiKey" by the first reading). Judgment call: a reader could read it as a line naming only what is missing (rule 2.1, "Missing required parameter: templateId") and give the default. No code, no logId.',
    response: { status: 401, body: { success: false, data: null, meta: { message: 'Partner ID not specified' } } },
    expect: { kind: 'unauthenticated', message: 'Partner ID not specified' },
  },
  {
    id: 'altegio/no-company-management-rights-403',
    source: 'Altegio API',
    url: 'a support-request draft to Altegio, in English (index id 47398427961; the exact-string search gave the text without its repository or path)',
    note: 'The draft\'s problem statement: "We are receiving a `403 Forbidden: {…}` error when trying to retrieve clients or appointments via API for a non-public application." (A Ukrainian version of the same draft, index id 47529641626, quotes the same body.) No header shown. Kind: 403, forbidden. Message: a sentence saying which rights are missing (rule 2.1). No code, no logId.',
    response: {
      status: 403,
      body: { success: false, data: null, meta: { message: 'No company management rights' } },
    },
    expect: { kind: 'forbidden', message: 'No company management rights' },
  },
  {
    id: 'altegio/appointments-an-error-has-occurred-404',
    source: 'Altegio API',
    url: "an integration project's status notes, in Ukrainian (index id 47392264312; the exact-string search gave the text without its repository or path)",
    note: 'The notes say the blue test button "often returns `Altegio 404 Not Found: {…}` – this is Altegio\'s answer" for its appointments endpoint. No header shown. Kind: 404, not-found. Message: "An error has occurred" only says that something failed, generic (rule 2.1, "An error occurred while processing your request."): the default. No code, no logId.',
    response: { status: 404, body: { success: false, data: null, meta: { message: 'An error has occurred' } } },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── NeetoCal ─────────────────────────────
  {
    id: 'neetocal/api-key-invalid-or-expired-401',
    source: 'NeetoCal API',
    url: 'https://apidocs.neetocal.com/getting-started/response-codes',
    note: 'The "Response codes" page prints this body as its "Error Response Example". Status: the same page\'s table, "401 Unauthorized … Invalid API key. Expired API key." No header shown. Kind: 401, unauthenticated. Message: a sentence about the key, kept as the corpus keeps credential lines (rule 2.1). No code, no logId.',
    response: { status: 401, body: { message: 'The provided API key is invalid or expired' } },
    expect: { kind: 'unauthenticated', message: 'The provided API key is invalid or expired' },
  },
] satisfies ConformanceCase[];
