import { DEFAULT, type ConformanceCase } from '../types';

// Twenty-sixth unseen-API holdout, part N (16 December 2026): billing, subscription, usage-metering and invoicing APIs
// and Indian and South-Asian payment APIs that no other case file uses (Lago, Orb, Zuora, RevenueCat, Polar, Maxio
// Advanced Billing, Corebill, SafePays, Facturapi, EasyVerifactu, Cashfree, Juspay, PhonePe, Khalti), collected to
// measure how the reader does at first sight on APIs it was never tuned on. Every body and header was copied from the
// public material named in `url`: vendor SDK test fixtures and mock servers (Lago's Python and Go clients, PhonePe's
// Java SDK, RevenueCat's code blocks), VCR cassettes recorded against Zuora's sandbox (a Zuora client's REST and SOAP
// recordings), a vendor SDK's end-to-end tests that assert the status and the error body from a live test site
// (Maxio's), an app's test that keeps the body Polar's sandbox sent, the vendors' API references that print an error
// body for a stated status (Orb, Khalti, Juspay, Facturapi, Corebill, SafePays, EasyVerifactu, Cashfree), and public
// issues and pull requests that paste a captured response (Cashfree's SDK, Lago's API). A status taken from elsewhere
// than the capture (from the body's own `status_code`, `http_status_code` or `code`, from a page's table of codes, or
// from the vendor's OpenAPI specification), members left out, headers kept from a recording and a Content-Type taken
// from a recording are said in `note`. Every `expect` was written from the source and test/conformance/README.md before
// the kit was run on it.
//
// Looked for and dropped: Kill Bill and Instamojo (only third-party mocks of their bodies), Metronome (its docs print
// only a generic `{ "message": … }`), m3ter (error bodies shown as screenshots), Amberflo, Stigg, OpenMeter, Autumn,
// Flexprice, Togai and Schematic (no captured body with its status; OpenMeter's tests assert parts of bodies), Invoice
// Ninja (issues show the status or the body, not both), Crater, Zoho Billing and Books and FastSpring (examples not
// tied to a status), bKash, SSLCommerz, eSewa, Paytm, PayU India, CCAvenue, Easebuzz, BillDesk, JazzCash and PayHere
// (no body with its status; Easebuzz's only in an app's code comment), Setu (schemas only), Hyperswitch (its Cypress
// tests assert parts), Khalti's initiate validation errors (the docs give no status; apps' mocks guess one), Zuora's
// rate-limit and concurrency 429 bodies (described, not printed), Zuora's docs sample of `reasons` (the recorded
// cassettes were kept instead), Cashfree's `x-ratelimit-retry` header (described, never shown on a response), Orb's
// other problem types (named in SDK code only), and Polar captures in a Vercel log, a Spanish changelog and developers'
// notes whose files cannot be cited (stored without their repository or path). Lemon Squeezy, Paddle, Chargebee,
// Recurly, FreshBooks and Razorpay already have cases.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-16-n`, in a `git archive` copy of 615bf3e with src/ unchanged; the working tree held other
// helpers' uncommitted changes to src/clients.ts and src/core/clients/): 24/34 pass, 14 sources (kind 31/34, message
// 27/34, fields 32/34, retry 33/34, logId 0/0, code 5/8). Failing at first sight:
// lago/event-transaction-id-already-exists-422 (validation without fields: the map of field to codes under
// `error_details` was not read as field errors, so no conflict either, rules 1, 3); lago/validation-error-on-record-422
// ("Validation error on the record" kept, a line that only says validation failed, rule 2.1);
// zuora/rest-connections-auth-failure-401 and zuora/rest-get-account-entity-not-found-200 (the default and no code: the
// lone item of `reasons` was not read as the error's list, rules 2.2, 6); zuora/soap-login-fault-500-xml (no code:
// neither the LoginFault's `FaultCode` nor the prefixed `faultcode` read, rule 6); revenuecat/rate-limit-backoff-ms-429
// (no retry: `backoff_ms` not read as a wait in milliseconds, rule 4.3); facturapi/customer-email-required-400-es ("La
// solicitud no es válida." kept, a generic line in Spanish, rule 2.1); juspay/order-status-not-found-400 (the default:
// the `user_message` under `error_info`, errorInfo in snake case, not read, rules 2, 3); phonepe/pay-invalid-client-400
// (a bad request, `errorCode: "OIM000"` taken as the code over the credential code in `code`, rule 1; "Invalid
// Client, trackingId: 2123d" kept over `context.error_description`, rules 2.1, 2.2);
// khalti/topup-user-does-not-exist-400 (a bad request without fields: the number beside `user` in `details` kept the
// map from being read as fields, rule 3; "Can't fulfill request" kept, rule 2.1). No expectation was changed after the
// run.

// Waits in test/conformance/pending/: read now 31/34; read since: a list of errors under `reasons` and an `error_info`
// object hold the error, RevenueCat's `backoff_ms`, a map of fields beside the error's numeric status, more generic
// lines ("Validation error on the record", "Can't fulfill request", "Invalid input data", Spanish's "La solicitud no es
// válida."); still missed: lago/event-transaction-id-already-exists-422 (a map of fields whose messages are codes, as
// InPost's), zuora/soap-login-fault-500-xml (a SOAP fault's code behind a namespace prefix, beside a detail's
// `FaultCode`) and phonepe/pay-invalid-client-400 (two codes, the opaque one read first). Scoring it would put the
// corpus under CI's 97%.
export default [
  // ───────────────────────────── Lago ─────────────────────────────
  {
    id: 'lago/event-transaction-id-already-exists-422',
    source: 'Lago',
    url: 'getlago/lago-python-client/tests/fixtures/event_unprocessable_entity.json@6c275cd9bb9752de8b650b693ff4eb5da688c5ce',
    note: 'The Python client\'s fixture for an event whose `transaction_id` was already sent, served by its tests with status 422 (no headers shown). `error_details` holds errors (rule 3) as a map of field to codes; the lone value is a code, so no sentence is left and the message is the default (rules 2.1, 2.4). A 422 is a validation failure, but every field error carries an "already exists" code (`value_already_exist`, read without separators), so the kind is conflict (rule 1). "Unprocessable Entity" is a reason phrase (rule 2.1).',
    response: {
      status: 422,
      body: {
        status: 422,
        error: 'Unprocessable Entity',
        code: 'validation_errors',
        error_details: { transaction_id: ['value_already_exist'] },
      },
    },
    expect: { kind: 'conflict', message: DEFAULT, fields: [['transaction_id', 'value_already_exist']] },
  },
  {
    id: 'lago/validation-error-on-record-422',
    source: 'Lago',
    url: 'getlago/lago-ruby-client/spec/fixtures/api/validation_error.json@574c81a054e329dca0c6d460ec0bd942d74e4837',
    note: 'The Ruby client\'s fixture for a validation error, served by its specs with status 422 (no headers shown). "Validation error on the record" only says something failed validation: generic (rule 2.1), so the default. 422 is validation (rule 1).',
    response: {
      status: 422,
      body: { status: 422, error: 'Unprocessable Entity', message: 'Validation error on the record' },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'lago/base-stripe-error-422',
    source: 'Lago',
    url: 'https://github.com/getlago/lago-api/pull/2287',
    note: "The pull request's description shows the body Lago's API sends today when the payment provider fails while a customer is created (the bodies it proposes instead were not merged and are not used). Status 422 from the same description. `base` is a form-level key (rule 3), and its value `stripe_error` is a code, not a sentence (rule 2.1): no field and no message, so the default. 422 is validation (rule 1).",
    response: {
      status: 422,
      body: {
        status: 422,
        error: 'Unprocessable Entity',
        code: 'validation_errors',
        error_details: { base: ['stripe_error'] },
      },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'lago/rate-limited-reset-header-429',
    source: 'Lago',
    url: 'getlago/lago-go-client/rate_limit_test.go@2cc4dbb7dad0cfdc068bb81469f4d1a540016f2d',
    note: 'The Go client\'s test "TestClientRateLimitRetry": its mock of Lago answers the first request with these three headers, status 429 and this body (the client\'s own parser reads the reset as seconds to wait). The mock sets no Content-Type; the body it writes is JSON and is given parsed. "Too Many Requests" is the reason phrase (rule 2.1), so the default. `x-ratelimit-reset: 1` read as epoch lands nowhere near now, so it is a delta of 1 s (rule 4.2).',
    response: {
      status: 429,
      headers: { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' },
      body: { status: 429, error: 'Too Many Requests' },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 1 },
  },

  // ───────────────────────────── Orb ─────────────────────────────
  {
    id: 'orb/plan-not-found-problem-404',
    source: 'Orb',
    url: 'https://docs.withorb.com/reference/error-responses',
    note: 'The example on Orb\'s error-response page (RFC 7807 problem details; "status: Same as the HTTP status code"). `detail` beats `title` (rule 2.2). No other code member, so the problem `type` URI is the code (rule 6).',
    response: {
      status: 404,
      body: {
        detail: 'Could not find a resource of type Plan with identifier: DBhwNcMNfYgeBpn.',
        status: 404,
        title: 'A specified resource was not found.',
        type: 'https://docs.withorb.com/reference/error-responses#404-resource-not-found',
      },
    },
    expect: {
      kind: 'not-found',
      message: 'Could not find a resource of type Plan',
      code: 'https://docs.withorb.com/reference/error-responses#404-resource-not-found',
    },
  },

  // ───────────────────────────── Zuora ─────────────────────────────
  {
    id: 'zuora/rest-connections-auth-failure-401',
    source: 'Zuora',
    url: 'contactually/zuora-ruby/spec/cassettes/rest/auth_failure.yml@dd5b9dd936dff86c0292fd1604bd6cbd23967a29',
    note: "A VCR cassette recorded against Zuora's sandbox: POST /rest/v1/connections with bad keys, status 401. Headers kept: Server, Content-Type and Date (cache headers left out). The lone reason's sentence is the message (rule 2.2) and its code the response's (rule 6; a numeric code is a string).",
    response: {
      status: 401,
      headers: {
        Server: 'Zuora App',
        'Content-Type': 'application/json;charset=utf-8',
        Date: 'Wed, 10 Feb 2016 15:11:35 GMT',
      },
      body: {
        success: false,
        reasons: [{ code: 90000011, message: 'this resource is protected, please sign in first' }],
      },
    },
    expect: { kind: 'unauthenticated', message: 'this resource is protected, please sign in first', code: '90000011' },
  },
  {
    id: 'zuora/rest-get-account-entity-not-found-200',
    source: 'Zuora',
    url: 'contactually/zuora-ruby/spec/cassettes/rest/get_account_with_error.yml@af97631b320309a2daec08513d93c1aee3684bfc',
    note: "A cassette recorded against the sandbox: GET /rest/v1/accounts/{id} with an id that does not exist, answered with status 200 and `success: false` (rule 1: the error is in the body). Headers kept: Server, Content-Type and Date. The code 50000040 names no HTTP status, so a 2xx stays unknown (rule 1), though Zuora's docs give its last two digits, 40, as \"Not found\". The lone reason's sentence is the message and its code the response's (rules 2.2, 6). `processId` is what Zuora's docs tell people to give support, but it is not one of rule 5's shapes: no logId is stated.",
    response: {
      status: 200,
      headers: {
        Server: 'Zuora App',
        'Content-Type': 'application/json;charset=utf-8',
        Date: 'Wed, 17 Feb 2016 21:43:07 GMT',
      },
      body: {
        success: false,
        processId: '9E8786DEB80E2331',
        reasons: [{ code: 50000040, message: "Cannot find entity by key: '2c92c0fa52e3f6790152f11fd4fd1fcfx'." }],
      },
    },
    expect: { kind: 'unknown', message: 'Cannot find entity by key', code: '50000040' },
  },
  {
    id: 'zuora/rest-action-update-invalid-id-200',
    source: 'Zuora',
    url: 'contactually/zuora-ruby/spec/cassettes/rest/update_account_error.yml@1d64da91babbbe37715591610987ef5d3ac9e3ca',
    note: 'A cassette recorded against the sandbox: PUT /rest/v1/action/update of an Account with an unknown `DefaultPaymentMethodId`, status 200, and a JSON array with one result object. Headers kept: Server, Content-Type and Date. An array of one error envelope is that envelope, and its lone item of `Errors` speaks for it (rules 2.2, 3; PascalCase members are the listed ones). `INVALID_ID` begins with "invalid" and names an input (an id), a validation code, which outranks a 2xx (rule 1).',
    response: {
      status: 200,
      headers: {
        Server: 'Zuora App',
        'Content-Type': 'application/json;charset=utf-8',
        Date: 'Wed, 17 Feb 2016 21:28:55 GMT',
      },
      body: [{ Errors: [{ Code: 'INVALID_ID', Message: 'invalid id for update' }], Success: false }],
    },
    expect: { kind: 'validation', message: 'invalid id for update', code: 'INVALID_ID' },
  },
  {
    id: 'zuora/rest-get-account-500-text',
    source: 'Zuora',
    url: 'contactually/zuora-ruby/spec/cassettes/rest/get_account_500_error.yml@af97631b320309a2daec08513d93c1aee3684bfc',
    note: 'A cassette recorded against the sandbox: GET /rest/v1/accounts/{id}, status 500 ("Internal Error"), Content-Type text/plain and this one line. Headers kept: Server, Content-Type and Date. Plain text on a 5xx gives the default (rule 2.6); "something went wrong" is generic anyway (rule 2.1).',
    response: {
      status: 500,
      headers: { Server: 'Zuora App', 'Content-Type': 'text/plain', Date: 'Wed, 17 Feb 2016 21:43:07 GMT' },
      body: "We're sorry, but something went wrong.",
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'zuora/soap-login-fault-500-xml',
    source: 'Zuora',
    url: 'contactually/zuora-ruby/spec/cassettes/soap/authentication_failure.yml@97df115fc89dbee568f4b6506516a4f4835fa77f',
    note: "A cassette recorded against the sandbox's SOAP API: a `login` with a wrong user name, status 500 and a SOAP fault. Headers kept: Server, Content-Type and Date. The YAML scalar folds the body over lines; the folds are spaces, as YAML reads them. A 500 is server whatever the fault says (rule 1, as the corpus's other SOAP faults on 500). The faultstring is a sentence for the person (rule 2.1). The LoginFault's `FaultCode` (behind the `fns:` prefix) is the specific code, the same as the `faultcode` category without its prefix (rule 6).",
    response: {
      status: 500,
      headers: {
        Server: 'Zuora App',
        'Content-Type': 'text/xml;charset=UTF-8',
        Date: 'Tue, 07 Jun 2016 01:35:17 GMT',
      },
      body: '<?xml version=\'1.0\' encoding=\'UTF-8\'?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><soapenv:Fault xmlns:fns="http://fault.api.zuora.com/"><faultcode>fns:INVALID_VALUE</faultcode><faultstring>Invalid login. User name and password do not match.</faultstring><detail><fns:LoginFault><fns:FaultCode>INVALID_VALUE</fns:FaultCode><fns:FaultMessage>Invalid login. User name and password do not match.</fns:FaultMessage></fns:LoginFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>',
    },
    expect: { kind: 'server', message: 'User name and password do not match', code: 'INVALID_VALUE' },
  },
  {
    id: 'zuora/soap-create-missing-required-value-200-xml',
    source: 'Zuora',
    url: 'contactually/zuora-ruby/spec/cassettes/soap/create_account_failure.yml@97df115fc89dbee568f4b6506516a4f4835fa77f',
    note: 'A cassette recorded against the sandbox\'s SOAP API: `create` of an empty Account, status 200, and a `createResponse` whose result holds `Errors` and `Success: false`. Headers kept: Server, Content-Type and Date. The YAML single-quoted scalar folds the body over lines (the folds are spaces) and doubles its single quotes (undone here). XML is read as JSON would send it, the `ns1:` prefixes dropped (rule 3). `MISSING_REQUIRED_VALUE` says an input\'s value is missing, a validation code, which outranks a 2xx (rule 1). "Missing required value: Name" names the field in prose only, so no field error (rule 3), and it is the message (rule 2.1).',
    response: {
      status: 200,
      headers: {
        Server: 'Zuora App',
        'Content-Type': 'text/xml;charset=UTF-8',
        Date: 'Fri, 29 Jan 2016 03:35:41 GMT',
      },
      body: '<?xml version=\'1.0\' encoding=\'UTF-8\'?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><ns1:createResponse xmlns:ns1="http://api.zuora.com/"><ns1:result><ns1:Errors><ns1:Code>MISSING_REQUIRED_VALUE</ns1:Code><ns1:Message>Missing required value: Name</ns1:Message></ns1:Errors><ns1:Success>false</ns1:Success></ns1:result></ns1:createResponse></soapenv:Body></soapenv:Envelope>',
    },
    expect: { kind: 'validation', message: 'Missing required value: Name', code: 'MISSING_REQUIRED_VALUE' },
  },

  // ───────────────────────────── RevenueCat ─────────────────────────────
  {
    id: 'revenuecat/rate-limit-backoff-ms-429',
    source: 'RevenueCat',
    url: 'RevenueCat/revenuecat-docs/code_blocks/Developer API/rate-limit_1.json@68344d586636a313ce7d787fc530ae146f7f6887',
    note: 'The code block RevenueCat\'s docs show for a rate-limited request; status 429 from the page that embeds it (docs_source/Developer API/rate-limit.md). The page says a Retry-After header is sent too, but shows none, so none is given. `backoff_ms` is a wait in the body named in milliseconds (rule 4.3: hints "in seconds or milliseconds as the name says"): 1 s. "Rate limit exceeded" is a sentence the corpus keeps (rule 2.1). `type` is a category, no code stated.',
    response: {
      status: 429,
      body: {
        type: 'rate_limit_error',
        message: 'Rate limit exceeded',
        retryable: true,
        doc_url: 'https://errors.rev.cat/rate-limit-error',
        backoff_ms: 1000,
      },
    },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded', retry: 1 },
  },

  // ───────────────────────────── Polar ─────────────────────────────
  {
    id: 'polar/license-activation-limit-403',
    source: 'Polar',
    url: 'sethbang/markee/Tests/MarkeeTests/LicenseActivationTests.swift@8bac93b4fac143a516af1340a4a91cd452207e93',
    note: 'An app\'s test "test_realPolarLimitBodyIsClassifiedAndQuoted" ("Verbatim body Polar returns at the ceiling, captured from the sandbox"), parsed with status 403. No headers shown. `detail` beside a code-shaped `error` is the sentence (rules 2.1, 2.2); 403 is forbidden (rule 1); "already reached" is no duplicate code.',
    response: {
      status: 403,
      body: { error: 'NotPermitted', detail: 'License key activation limit already reached' },
    },
    expect: { kind: 'forbidden', message: 'License key activation limit already reached' },
  },

  // ───────────────────────────── Maxio Advanced Billing ─────────────────────────────
  {
    id: 'maxio/create-invoice-missing-invoice-422',
    source: 'Maxio Advanced Billing',
    url: 'maxio-com/ab-typescript-sdk/e2e/src/invoicesController.spec.ts@97fe521d6d8d737750f42eb2c7b086e5e281dcc0',
    note: 'Maxio\'s SDK end-to-end test "should throw a 422 error when the user sends invalid or missing parameters in the request body", run against a live Advanced Billing site: `reason.statusCode` is 422 and `reason.result.errors` equals `{ invoice: "can\'t be blank" }`. The body is written as `{ errors }`, the one member the test asserts (Maxio\'s error models for these calls hold only `errors`). A map of field to message under `errors` gives the field (rule 3); only field messages, so the default (rule 2.4).',
    response: { status: 422, body: { errors: { invoice: "can't be blank" } } },
    expect: { kind: 'validation', message: DEFAULT, fields: [['invoice', "can't be blank"]] },
  },
  {
    id: 'maxio/create-subscription-invalid-card-422',
    source: 'Maxio Advanced Billing',
    url: 'maxio-com/ab-typescript-sdk/e2e/src/subscriptionsController.spec.ts@077d5fdc323492deeff3855192df08e868639df4',
    note: "The SDK's end-to-end test for a subscription created with an invalid card number, against a live site: status 422 and `reason.result.errors` equal to this list. The body is written as `{ errors }`, the member the test asserts. A lone form-level sentence in the list is the message (rule 2.2), the field's name leading it stays (rule 2.1); it names no field in structure (rule 3).",
    response: { status: 422, body: { errors: ['Credit card number: must be a valid credit card number.'] } },
    expect: { kind: 'validation', message: 'Credit card number: must be a valid credit card number' },
  },

  // ───────────────────────────── Corebill ─────────────────────────────
  {
    id: 'corebill/company-id-required-400',
    source: 'Corebill',
    url: 'https://www.corebill.io/docs/errors',
    note: 'Corebill\'s error page, "Missing company_id", status 400 in the example\'s comment. A 400 with neither fields nor a code is a bad request (text never decides the kind, rule 1); the sentence is the message. Re-derived by the rule row of 6 December 2026 (rule 2.1: a line that names only which input is missing or invalid, by the API\'s name for it, says which key to send, not what a person typed): the default; the first run expected "company_id query parameter is required".',
    response: { status: 400, body: { error: 'company_id query parameter is required' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'corebill/invalid-api-key-401',
    source: 'Corebill',
    url: 'https://www.corebill.io/docs/errors',
    note: 'The same page, "Invalid API key", status 401. The sentence says more than the reason phrase (rule 2.1).',
    response: { status: 401, body: { error: 'Invalid API key' } },
    expect: { kind: 'unauthenticated', message: 'Invalid API key' },
  },
  {
    id: 'corebill/insufficient-permissions-403',
    source: 'Corebill',
    url: 'https://www.corebill.io/docs/errors',
    note: 'The same page, "Insufficient permissions", status 403.',
    response: { status: 403, body: { error: 'Insufficient permissions. Write access required.' } },
    expect: { kind: 'forbidden', message: 'Insufficient permissions. Write access required' },
  },
  {
    id: 'corebill/customer-not-found-404',
    source: 'Corebill',
    url: 'https://www.corebill.io/docs/errors',
    note: 'The same page, "Resource not found", status 404. "Customer not found" is a sentence, not the bare reason phrase (rule 2.1).',
    response: { status: 404, body: { error: 'Customer not found' } },
    expect: { kind: 'not-found', message: 'Customer not found' },
  },

  // ───────────────────────────── SafePays ─────────────────────────────
  {
    id: 'safepays/duplicate-customer-email-409',
    source: 'SafePays',
    url: 'https://docs.safepays.com/docs/error-handling',
    note: 'SafePays API V2\'s error page, "Duplicate Customer", status 409 (creating a customer whose email exists). 409 is conflict (rule 1); the sentence is the message.',
    response: { status: 409, body: { error: 'Customer with this email already exists' } },
    expect: { kind: 'conflict', message: 'Customer with this email already exists' },
  },

  // ───────────────────────────── Facturapi ─────────────────────────────
  {
    id: 'facturapi/customer-email-required-400-es',
    source: 'Facturapi',
    url: 'FacturAPI/facturapi-docs/website/docs/getting-started/errors.mdx@0646cecbe102b0c3a89cdbf16438ab08aa5bc29c',
    note: 'Facturapi\'s (Mexican e-invoicing) error guide, the example for a missing field; status 400 as its own `status` member says (the guide: "status: el código HTTP"). `ok: false` holds the error in the body (rule 1). "La solicitud no es válida." ("The request is not valid.") only says the request was invalid, like TrueLayer\'s "The request was invalid.": generic (rule 2.1), so with only field messages left, the default (rule 2.4). The item names its field in `path` (rule 3); the top-level `path` beside `location` repeats it, and `location: "body"` names a part of the request, not a field. A 400 with field errors is validation, over the `invalid_request` code (rule 1).',
    response: {
      status: 400,
      body: {
        ok: false,
        message: 'La solicitud no es válida.',
        status: 400,
        code: 'invalid_request',
        location: 'body',
        path: 'customer.email',
        errors: [
          {
            message: 'El campo "customer.email" es requerido.',
            code: 'required',
            source: 'facturapi',
            location: 'body',
            path: 'customer.email',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['customer.email', 'es requerido']] },
  },
  {
    id: 'facturapi/sat-stamping-validation-400-es',
    source: 'Facturapi',
    url: 'FacturAPI/facturapi-docs/website/docs/getting-started/errors.mdx@0646cecbe102b0c3a89cdbf16438ab08aa5bc29c',
    note: "The same guide, an invoice the tax authority (SAT) refused at stamping; status 400 from its `status` member. The envelope's \"La factura no pasó la validación de timbrado.\" only says the invoice failed validation (rule 2.1), and the lone form-level item's sentence beats it anyway (rule 2.2). `invoice_stamping_validation_error` is a validation code under a vendor's words (rule 1), so validation.",
    response: {
      status: 400,
      body: {
        message: 'La factura no pasó la validación de timbrado.',
        status: 400,
        code: 'invoice_stamping_validation_error',
        errors: [
          {
            message: 'El RFC del receptor no se encuentra en la lista de RFC inscritos no cancelados del SAT.',
            code: 'CFDI40145',
            source: 'sat',
          },
        ],
        ok: false,
      },
    },
    expect: { kind: 'validation', message: 'El RFC del receptor no se encuentra' },
  },

  // ───────────────────────────── EasyVerifactu ─────────────────────────────
  {
    id: 'easyverifactu/limit-too-big-400',
    source: 'EasyVerifactu',
    url: 'https://www.easyverifactu.com/docs/api-reference/errors',
    note: "EasyVerifactu's (Spanish Verifactu e-invoicing) error reference, the example for `invalid_request`, whose table gives status 400. The `detail` ends by sending the reader to the errors array and says only that a parameter is missing, malformed or out of range: generic (rule 2.1), so with only a field message left, the default (rule 2.4). The item names its field (rule 3); a 400 with field errors is validation (rule 1).",
    response: {
      status: 400,
      body: {
        code: 'invalid_request',
        detail:
          'The request is not valid. A parameter is missing, malformed, or out of range. See the errors array for the fields that failed.',
        errors: [{ field: 'limit', code: 'too_big', message: 'Must be 100 or less.' }],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['limit', 'Must be 100 or less']] },
  },

  // ───────────────────────────── Cashfree ─────────────────────────────
  {
    id: 'cashfree/authentication-failed-401',
    source: 'Cashfree',
    url: 'https://github.com/cashfree/cashfree-pg-sdk-nodejs/issues/74',
    note: 'The body pasted in the issue from the Node SDK\'s error. The issue does not show the status; 401 is the status Cashfree\'s OpenAPI specification gives this shape (`AuthenticationError`, type `authentication_error`: cashfree/cashfree-pg api/openapi.yaml@f36817442c3ad073f518c19d6476edf3f73f13a5). "authentication Failed" is kept as a message, as the corpus keeps "Authentication failed" (rule 2.1). `code` is the code (rule 6). Re-derived on 6 December 2026 to the row of the sixty-ninth holdout\'s stop: a bare "Authentication failed" is the 401\'s phrase in other words, as the fifty-fifth holdout\'s row reads "Authorization failed" and "Authentication Error" (and as AppsFlyer\'s case, iyzico\'s blind readers and four waiting parts read it): the default.',
    response: {
      status: 401,
      body: { code: 'request_failed', message: 'authentication Failed', type: 'authentication_error' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'request_failed' },
  },
  {
    id: 'cashfree/return-url-value-invalid-400',
    source: 'Cashfree',
    url: 'https://docs.cashfree.com/docs/debugging',
    note: "Cashfree's debugging guide, an order created with a `return_url` lacking its placeholders, among its 4xx examples; status 400 from the OpenAPI specification, which gives `invalid_request_error` bodies as 400 (`BadRequestError`). `return_url_value_invalid` says an input's value is invalid, a validation code (rule 1). The field's name leading the sentence stays (rule 2.1); it names no field in structure (rule 3).",
    response: {
      status: 400,
      body: {
        message: 'return_url : return_url must contain {order_id} and {order_token}',
        code: 'return_url_value_invalid',
        type: 'invalid_request_error',
      },
    },
    expect: {
      kind: 'validation',
      message: 'return_url must contain {order_id} and {order_token}',
      code: 'return_url_value_invalid',
    },
  },

  // ───────────────────────────── Juspay ─────────────────────────────
  {
    id: 'juspay/cards-invalid-input-fields-400',
    source: 'Juspay',
    url: 'https://juspay.io/api-reference-global/docs/express-checkout/cards',
    note: 'Juspay Express Checkout\'s cards reference, its 400 error example. "Bad Request." and "Bad Request" are the reason phrase, and "Invalid input data" (both `user_message` and `developer_message`, the latter the developer\'s anyway) is generic (rules 2.1, 2.3): only the field\'s message is left, so the default (rule 2.4). `error_info.fields` items name their field in `field_name` and say what is wrong in `reason` (rule 3). A 400 with field errors is validation, and `INVALID_INPUT` under `error_info` says so too, over the envelope\'s `INVALID_REQUEST` (rule 1).',
    response: {
      status: 400,
      body: {
        error_message: 'Bad Request.',
        status: 'Bad Request',
        error_code: 'INVALID_REQUEST',
        error_info: {
          user_message: 'Invalid input data',
          fields: [{ field_name: 'currency', reason: 'Missing field or Invalid Value' }],
          developer_message: 'Invalid input data',
          code: 'INVALID_INPUT',
          category: 'USER_ERROR',
        },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['currency', 'Missing field or Invalid Value']] },
  },
  {
    id: 'juspay/order-status-not-found-400',
    source: 'Juspay',
    url: 'https://docs.juspay.io/hyper-checkout-sea/android/mandates/order-status-api',
    note: 'Juspay\'s order-status reference, the "Invalid order id" example, status 400 as the page gives it. `RESOURCE_NOT_FOUND` (and `status: "NOT_FOUND"`) is a not-found code, which decides on a 400 (rule 1). "Order Not Found" is a sentence, not the bare reason phrase (rule 2.1), as `user_message`.',
    response: {
      status: 400,
      body: {
        status: 'NOT_FOUND',
        error_info: {
          user_message: 'Order Not Found',
          developer_message: 'Order Not Found',
          code: 'RESOURCE_NOT_FOUND',
          category: 'USER_ERROR',
        },
        status_id: 40,
        order_id: '173824171',
      },
    },
    expect: { kind: 'not-found', message: 'Order Not Found' },
  },
  {
    id: 'juspay/order-status-invalid-api-key-401',
    source: 'Juspay',
    url: 'https://docs.juspay.io/hyper-checkout-sea/android/mandates/order-status-api',
    note: 'The same page, the "Invalid API Key" example, status 401. A code never turns a 401 into anything else (rule 1: `access_denied` stays unauthenticated). `user_message` "Unauthorized." is the reason phrase (rule 2.1) and the sentence is in `developer_message`, the developer\'s (rule 2.3): the default.',
    response: {
      status: 401,
      body: {
        status: 'error',
        error_code: 'access_denied',
        error_info: {
          user_message: 'Unauthorized.',
          developer_message: 'Invalid API Key. Please pass a valid and active api key.',
          code: 'UNAUTHORIZED',
          category: 'USER_ERROR',
        },
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'juspay/payout-order-not-found-404',
    source: 'Juspay',
    url: 'https://docs.juspay.io/payout/docs/resources/list-of-error-codes',
    note: 'Juspay Payouts\' list of error codes, its sample error response; status 404 from the body\'s `code` and from the table, which lists E09 ("Could not find resource") as 404. The error object is under `response`, an envelope name (rule 3). `userMessage` "Not Found" is the reason phrase; `errorMessage` says which order (rule 2.1).',
    response: {
      status: 404,
      body: {
        response: {
          errorMessage: 'Could not find resource: order WTN202407130135332501057',
          error: true,
          userMessage: 'Not Found',
          errorCode: 'E09',
        },
        code: 404,
      },
    },
    expect: { kind: 'not-found', message: 'Could not find resource: order WTN202407130135332501057' },
  },

  // ───────────────────────────── PhonePe ─────────────────────────────
  {
    id: 'phonepe/pay-r999-503-text',
    source: 'PhonePe',
    url: 'PhonePe/phonepe-pg-sdk-java/src/test/ExceptionTest.java@24e2c5c832097d6782affaa3300648327b5d2825',
    note: 'PhonePe\'s Java SDK test "testR999": its WireMock stub of the pay API answers status 503 with an empty header map and the body "R999" (the SDK then reports "Service Unavailable"). Plain text on a 5xx gives the default (rule 2.6); a token is no sentence anyway (rule 2.1).',
    response: { status: 503, body: 'R999' },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'phonepe/pay-invalid-client-400',
    source: 'PhonePe',
    url: 'PhonePe/phonepe-pg-sdk-java/src/test/ExceptionTest.java@24e2c5c832097d6782affaa3300648327b5d2825',
    note: 'The same SDK\'s test "testBadRequest": the stub answers status 400 with an empty header map and this body. `INVALID_CLIENT` is a credential code, which turns a 400 into unauthenticated (rule 1). The `message` leads with a reason phrase and ends with a support label, leaving "Invalid Client", which rewords the code; the `context.error_description` is OAuth\'s occurrence text and says what failed (rule 2.2).',
    response: {
      status: 400,
      body: {
        errorCode: 'OIM000',
        code: 'INVALID_CLIENT',
        message: 'Bad Request: Invalid Client, trackingId: 2123d',
        context: { error_description: 'Client authentication failure' },
      },
    },
    expect: { kind: 'unauthenticated', message: 'Client authentication failure' },
  },

  // ───────────────────────────── Khalti ─────────────────────────────
  {
    id: 'khalti/credentials-not-provided-401',
    source: 'Khalti',
    url: 'khalti/docs.khalti.com/content/khalti-epayment.md@06c2f6ca5951fc2068884bcc453c59446ff138e5',
    note: 'Khalti\'s (Nepal) web-checkout docs, "Generic Errors": "If key is not passed as prefix in Authorization key". Status 401 from the body\'s own `status_code` (the page gives no other). Django REST framework\'s sentence is the message.',
    response: {
      status: 401,
      body: { detail: 'Authentication credentials were not provided.', status_code: 401 },
    },
    expect: { kind: 'unauthenticated', message: 'Authentication credentials were not provided' },
  },
  {
    id: 'khalti/lookup-expired-400',
    source: 'Khalti',
    url: 'khalti/docs.khalti.com/content/khalti-epayment.md@06c2f6ca5951fc2068884bcc453c59446ff138e5',
    note: 'The same page, the payment lookup\'s "Expired Response"; status 400 from its "Payment Status Code" table (Expired: 400). The body is the payment itself: no message member, no code and no field error (its strings are an id and a status word, not messages), so a bad request with the default (rules 1, 2.4). `status: "Expired"` is a lone word, no message (rule 2.1).',
    response: {
      status: 400,
      body: {
        pidx: 'H889Er9gq4j92oCrePrDwf',
        total_amount: 1000,
        status: 'Expired',
        transaction_id: null,
        fee: 0,
        refunded: false,
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'khalti/topup-user-does-not-exist-400',
    source: 'Khalti',
    url: 'https://serviceapi.docs.khalti.com/Khaltitopup/khaltitopup',
    note: 'Khalti\'s service API (top-up) reference, its "Error Response"; status 400 from the body\'s own `details.http_status_code`. `status: false` says it failed (rule 1). "Can\'t fulfill request" only says the request failed (rule 2.1, as "Request failed"). `details` holds a map whose `user` value is a list of messages, a field error (rule 3; the number beside it is no message). A 400 with field errors is validation (rule 1); only the field\'s message is left, so the default (rule 2.4).',
    response: {
      status: 400,
      body: {
        status: false,
        error_code: '4000',
        message: "Can't fulfill request",
        error: 'client_error',
        details: { user: ['User does not exist.'], http_status_code: 400 },
        error_data: {},
        state: 'Error',
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['user', 'User does not exist']] },
  },
] satisfies ConformanceCase[];
