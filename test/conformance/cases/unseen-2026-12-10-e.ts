import { DEFAULT, type ConformanceCase } from '../types';

// Unseen-API holdout, part E (10 December 2026): e-commerce platform and marketplace APIs that no other case file uses
// (Amazon Selling Partner API, eBay, Walmart Marketplace, Mercado Libre, Allegro, Oracle Commerce, bol.com, Zalando
// Merchant API), collected to measure how the reader does at first sight on APIs it was never tuned on. The part is
// short of its aim (20 responses from 8 APIs, not 35 from 12): collection stopped at the brief's 40-minute time box.
// Looked for and dropped: Printify, Gelato, Ecwid, Squarespace, Wix, Swell, Salla, VTEX, Tiendanube, Lazada and
// Kaufland (no capture with a body was found, only vendor overviews, type definitions and SDK docs); Shopee (`{"error":
// "error_auth","msg":"Invalid token",…}`, JimCurryWang/python-shopee#29) and Spree (a Doorkeeper `invalid_grant`,
// spree/spree#9605), whose captures show no status; PrestaShop, whose pasted webservice error XML
// (Bukimedia/PrestaSharp #207) comes without a status; OpenCart, whose only captures are third-party tests found
// without a repository path to cite; eBay's 401 `1001` (davidtsadler/ebay-sdk-examples#42), whose body the capture
// truncates; and Walmart's XML `500.SYSTEM_ERROR` (nathanoertel/walmart-seller-api-php#1) and its 415
// (whitebox-co/walmart-marketplace-api#157), which show no status or no envelope. Every body and header was copied
// from the public material named in `url`: the vendor's own developer guide (Amazon) and docs pages that print a
// response (Oracle Commerce, bol.com, Zalando), and public issues that paste a captured response (all others). Trims,
// fixes of a docs page's JSON typos, and any status taken from elsewhere than the capture, are said in `note`. Every
// `expect` was written from the source and test/conformance/README.md before the kit was run on it.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-10-e`, in a clean worktree at fe791a4 with no uncommitted changes to src/): 15/20 pass, 8
// sources (kind 20/20, message 15/20, fields 20/20, retry 20/20, logId 2/2, code 8/8). Failing at first sight:
// amazon-sp-api/invalid-input-200 ("Invalid request, please check your input." kept, a generic line by rule 2.1);
// ebay/oauth-invalid-request-400 ("Input request parameters are invalid." kept, generic by rule 2.1, as PlayFab's
// "Invalid input parameters"); allegro/invalid-token-cannot-convert-401 ("Cannot convert access token to JSON" kept,
// token internals and a failed conversion by rule 2.3); bol/catalog-validation-failed-400 ("Your request is missing
// required fields." kept, a headline for the list below it by rule 2.1); zalando/product-submission-validation-400
// ("Validation errors found" kept once the reason phrase was dropped, a line that only says validation failed by rule
// 2.1). No expectation was changed after the run.
//
// Measured again by the engineer on a clean worktree of fe791a4, with the same result, 15/20; the twentieth holdout as
// a whole: 43/62 at first sight (parts A 10/19, D 18/23, E 15/20).
//
// Read now, after the changes its misses led to: 20/20 (more generic lines: "please check your input" after one,
// "… parameters are invalid", "Your request is missing required fields.", "Validation errors found"; "Cannot convert
// access token to JSON" as developer text).

export default [
  // ───────────────────────────── Amazon Selling Partner API ─────────────────────────────
  {
    id: 'amazon-sp-api/unauthorized-code-on-400-dev-guide',
    source: 'Amazon Selling Partner API',
    url: 'amzn/selling-partner-api-docs/guides/en-US/developer-guide/SellingPartnerApiDeveloperGuide.md@0538b5dd43dd121896fd4feedf4e5ae2a7adf861',
    note: 'The developer guide\'s "Here is an example of an error response" (section "Response format"): the status line, headers and body as printed; Content-Length trimmed. The lone item\'s `code` is `Unauthorized` on a 400: rule 1 makes an `Unauthorized` code sent without a 401 a refusal (forbidden), and a code outranks a 400. The `x-amzn-ErrorType: ValidationException` header names the gateway\'s category, not the item\'s code (rule 6: an item-level code over a category), which leaves doubt, so no code is stated. `message` is a sentence; the string `details` speaks only when nothing else does (rule 2.2). The support id is `x-amzn-RequestId` (rule 5).',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Fri, 01 Jun 2020 21:48:02 GMT',
        'x-amzn-ErrorType': 'ValidationException',
        'x-amzn-RequestId': 'a8c8d99a-6ab5-11e8-b0f8-19363980175b',
      },
      body: {
        errors: [
          {
            message: 'Access to requested resource is denied.',
            code: 'Unauthorized',
            details: 'Access token is missing in the request header.',
          },
        ],
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'Access to requested resource is denied.',
      logId: 'a8c8d99a-6ab5-11e8-b0f8-19363980175b',
    },
  },
  {
    id: 'amazon-sp-api/invalid-input-200',
    source: 'Amazon Selling Partner API',
    url: 'https://github.com/amzn/selling-partner-api-models/issues/767',
    note: 'The issue "HTTP/1.1 200 OK + error is returned": GET /fba/inventory/v1/summaries and the raw response, status line, headers and body. Trimmed: Content-Length and Connection. A code outranks any 2xx (rule 1), and `InvalidInput` says the input is invalid (a validation code, rule 1: codes that say an input\'s value is invalid), so validation. "Invalid request, please check your input." only says the request was invalid and points back at the input (rule 2.1: "Invalid input", TrueLayer\'s "The request was invalid.", "Please check the errors."), so the default. The support id is `x-amzn-RequestId` (rule 5).',
    response: {
      status: 200,
      headers: {
        Date: 'Thu, 12 Nov 2020 13:57:22 GMT',
        'Content-Type': 'application/json',
        'x-amzn-RequestId': '0e14bb2d-1ed0-41ed-814d-0fce9f3ca1c8',
        'x-amzn-RateLimit-Limit': '1.0',
        'x-amz-apigw-id': 'V5bSUGX8IAMFxYg=',
        'X-Amzn-Trace-Id': 'Root=1-5fad3f41-6a7b5a5a74d8f4de1b3a9278',
        Expires: '0',
        'Cache-Control': 'no-cache',
      },
      body: { errors: [{ code: 'InvalidInput', message: 'Invalid request, please check your input.' }] },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      code: 'InvalidInput',
      logId: '0e14bb2d-1ed0-41ed-814d-0fce9f3ca1c8',
    },
  },
  {
    id: 'amazon-sp-api/inbound-plan-fields-missing-400',
    source: 'Amazon Selling Partner API',
    url: 'https://github.com/amzn/selling-partner-api-models/issues/372',
    note: 'The issue\'s second body: POST /fba/inbound/v0/plans without a body. The issue prints no status; it quotes the operation\'s reference for this error, whose 400 reads "Request has missing or invalid parameters and cannot be parsed." `InvalidInput` is a validation code (rule 1). The message (with its leading space) lists the missing fields in words, but no member names a field, so no field error (rule 3). "Reason: " labels the sentence; the substring is the sentence after it.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            code: 'InvalidInput',
            message: ' Reason: Country field is missing, Name field is missing, AddressLine1 field is missing.',
            details: '',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: 'Country field is missing', code: 'InvalidInput' },
  },
  {
    id: 'amazon-sp-api/catalog-item-not-found-404',
    source: 'Amazon Selling Partner API',
    url: 'https://github.com/jlevers/selling-partner-api/issues/451',
    note: 'The SDK\'s exception as logged: "ApiException: [404] {…}" (the status in brackets, then the body; the log cuts the closing brace, restored). A 404 is not-found whatever the code (rule 1); `NOT_FOUND` is the item\'s code (rule 6).',
    response: {
      status: 404,
      body: {
        errors: [
          { code: 'NOT_FOUND', message: 'Requested item, B076VX8RC5, not found in marketplace(s) ATVPDKIKX0DER.' },
        ],
      },
    },
    expect: {
      kind: 'not-found',
      message: 'Requested item, B076VX8RC5, not found in marketplace(s) ATVPDKIKX0DER.',
      code: 'NOT_FOUND',
    },
  },

  // ───────────────────────────── eBay ─────────────────────────────
  {
    id: 'ebay/access-denied-1100-403',
    source: 'eBay',
    url: 'https://github.com/hendt/ebay-api/issues/148',
    note: 'The issue "Access token is not being refreshed by 403s on inventory item endpoint" (GET /sell/inventory/v1/inventory_item) pastes the body; the status is the title\'s 403. `message` "Access denied" is a two-word category line (rule 2.1: "Authorization Error" and the like); `longMessage`, "A more detailed explanation of the error than given in the message field" (eBay\'s Error type), is the occurrence\'s sentence. `errorId` is numeric and the rules do not name it, so no code is stated.',
    response: {
      status: 403,
      body: {
        errors: [
          {
            errorId: 1100,
            domain: 'ACCESS',
            category: 'REQUEST',
            message: 'Access denied',
            longMessage: 'Insufficient permissions to fulfill the request.',
          },
        ],
      },
    },
    expect: { kind: 'forbidden', message: 'Insufficient permissions to fulfill the request.' },
  },
  {
    id: 'ebay/oauth-invalid-request-400',
    source: 'eBay',
    url: 'https://github.com/matecsaj/ebay_rest/issues/35',
    note: 'The issue\'s edit: the consent window (chromedriver) shows this body from eBay\'s OAuth authorize endpoint. The status is the body\'s `http_status_code` (400). OAuth\'s `invalid_request` is a bad request (rule 1). "Input request parameters are invalid." only says the input was invalid (rule 2.1: "Invalid input", PlayFab\'s "Invalid input parameters"), so the default. The code sits in `error_id`, which the rules do not name, so no code is stated.',
    response: {
      status: 400,
      body: {
        error_id: 'invalid_request',
        error_description: 'Input request parameters are invalid.',
        http_status_code: 400,
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'ebay/refresh-token-invalid-grant-400',
    source: 'eBay',
    url: 'https://github.com/matecsaj/ebay_rest/issues/35',
    note: "The issue's \"the response from ebay is b'{…}'\" for the refresh-token grant. The capture prints no status; hendt/ebay-api#77 shows eBay's POST /identity/v1/oauth2/token answering the same error (its title quotes the same `error_description`) with `statusCode: 400, statusMessage: 'Bad Request'`. `invalid_grant` is a credential code on a 400 (rule 1); OAuth's `error_description` beats `error` (rule 2.2).",
    response: {
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description: 'the provided authorization refresh token is invalid or was issued to another client',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'the provided authorization refresh token is invalid',
      code: 'invalid_grant',
    },
  },

  // ───────────────────────────── Walmart Marketplace ─────────────────────────────
  {
    id: 'walmart/shipping-method-code-field-400',
    source: 'Walmart Marketplace',
    url: 'https://github.com/highsidelabs/walmart-api-php/issues/29',
    note: 'The SDK\'s "Exception when calling OrdersApi->shippingUpdates: [400] {…}" (status in brackets, then the body). `errors.error` is a list (rule 3, `<Errors><Error>` read as JSON sends it) of one item that names its field in `field`: a list of one item that names a field stays a list and its sentence is the field\'s (rule 3), and a `description` beats the `info` beside it (rule 2.2). `info` "Request content is invalid." only says the request was invalid (rule 2.1), so the message is the default. A 400 with a field error is validation (rule 1). The code carries the service\'s suffix (`.GMP_ORDER_API`), which leaves doubt, so no code is stated.',
    response: {
      status: 400,
      body: {
        errors: {
          error: [
            {
              code: 'INVALID_REQUEST_CONTENT.GMP_ORDER_API',
              field: 'methodCode',
              description: 'Method code is not supported in line number 1',
              info: 'Request content is invalid.',
              severity: 'ERROR',
              category: 'DATA',
              errorIdentifiers: { entry: [] },
            },
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['methodCode', 'Method code is not supported in line number 1']],
    },
  },

  // ───────────────────────────── Mercado Libre ─────────────────────────────
  {
    id: 'mercado-libre/invalid-token-401',
    source: 'Mercado Libre',
    url: 'https://github.com/mercadolibre/api/issues/69',
    note: 'The issue "Can\'t get Question details anymore? Says \\"invalid_token\\"": "This is the JSON I get" (GET /questions/{id}?access_token=…); the status is the body\'s `status` (401). A 401 stays unauthenticated whatever the code (rule 1). `message` "invalid_token" and `error` "not_found" are codes (one token with `_`), so no sentence: the default (rule 2.1, 2.4). Which of the two is the code leaves doubt, so none is stated.',
    response: { status: 401, body: { message: 'invalid_token', cause: [], error: 'not_found', status: 401 } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'mercado-libre/search-forbidden-403',
    source: 'Mercado Libre',
    url: 'https://github.com/mercadolibre/golang-restclient/issues/9',
    note: 'The issue\'s curl of GET https://api.mercadolibre.com/sites/MLB/search with a bearer token, "I receive a 403 error", and the "Response:" body. "forbidden" is a lone word and the status\'s reason phrase (rule 2.1), so the default.',
    response: { status: 403, body: { message: 'forbidden', error: 'forbidden', status: 403, cause: [] } },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'mercado-libre/oauth-error-role-idp-400',
    source: 'Mercado Libre',
    url: 'https://github.com/mercadolibre/golang-restclient/issues/9',
    note: 'A comment on the same issue: the authorization_code grant tried on ReqBin, "And no I am having this issue:" and this body. The status is the body\'s `status` (400). `internal_error` is a server-error code on a 4xx, as Huntflow\'s `server_error` on a 400 (rule 1), so server. `error_role_idp` is a code, so no sentence: the default.',
    response: { status: 400, body: { message: 'error_role_idp', error: 'internal_error', status: 400, cause: [] } },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'mercado-libre/item-condition-invalid-400',
    source: 'Mercado Libre',
    url: 'https://github.com/discovery-tecnologia/dsc-mercado-livre/issues/52',
    note: "The issue quotes the API's answer to an item creation (the enclosing braces restored: the issue shows the members only). The status is the body's `status` (400). `item.attributes.condition.invalid` says an input's value is invalid (rule 1: codes that say an input's value is invalid, in either word order), so validation; it names no field member, so no field error (the attribute is only inside the code and the sentence).",
    response: {
      status: 400,
      body: {
        message:
          "Couldn't obtain a valid item condition mapping from ITEM_CONDITION attribute. Please provide a value_id.",
        error: 'item.attributes.condition.invalid',
        status: 400,
        cause: [],
      },
    },
    expect: {
      kind: 'validation',
      message: "Couldn't obtain a valid item condition mapping",
      code: 'item.attributes.condition.invalid',
    },
  },

  // ───────────────────────────── Allegro ─────────────────────────────
  {
    id: 'allegro/category-not-found-404',
    source: 'Allegro REST API',
    url: 'https://github.com/allegro/allegro-api/issues/13646',
    note: 'The issue "/sale/categories - odpowiedź 404 niezgodna z dokumentacją?": GET /sale/categories for a parent id that does not exist answers 404 (the title) with this body. A 404 is not-found (rule 1). `message` and `userMessage` hold the same sentence. `code` "ERROR" says nothing and `details` holds an exception\'s class name (rule 2.3), so no code is stated.',
    response: {
      status: 404,
      body: {
        errors: [
          {
            code: 'ERROR',
            message: "Category '1234' in tree 'listing-pl' not found",
            details: 'ResourceNotFoundException',
            path: null,
            userMessage: "Category '1234' in tree 'listing-pl' not found",
            metadata: [],
          },
        ],
      },
    },
    expect: { kind: 'not-found', message: "Category '1234' in tree 'listing-pl' not found" },
  },
  {
    id: 'allegro/invalid-token-cannot-convert-401',
    source: 'Allegro REST API',
    url: 'https://github.com/allegro/allegro-api/issues/5858',
    note: 'The issue: GET /sale/categories, "dostaje status code: 401" and this body. "Cannot convert access token to JSON" reports the server\'s failure to read the token into JSON: token internals and a conversion the server could not make (rule 2.3: token internals; Keap\'s "Input could not be converted to a valid request"), so the default. `invalid_token` is OAuth\'s `error`, the code (rule 6).',
    response: {
      status: 401,
      body: { error: 'invalid_token', error_description: 'Cannot convert access token to JSON' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_token' },
  },
  {
    id: 'allegro/invalid-refresh-token-grant-400',
    source: 'Allegro REST API',
    url: 'https://github.com/allegro/allegro-api/issues/2927',
    note: "The issue's first body, from refreshing a token (the refresh token is masked as XXXXXXXX in the issue). The status is the body's `http_code` (400). `invalid_grant` is a credential code on a 400 (rule 1); OAuth's `error_description` beats `error` (rule 2.2).",
    response: {
      status: 400,
      body: { error: 'invalid_grant', error_description: 'Invalid refresh token: XXXXXXXX', http_code: 400 },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid refresh token', code: 'invalid_grant' },
  },

  // ───────────────────────────── Oracle Commerce ─────────────────────────────
  {
    id: 'oracle-commerce/required-header-missing-400',
    source: 'Oracle Commerce',
    url: 'https://docs.oracle.com/en/cloud/saas/cx-commerce/ccdev/error-messages.html',
    note: 'The docs page "Error messages" ("REST calls that produce errors return the following response fields: message, status – the HTTP status code, errorCode") prints this single-error example; the status is its `status` ("400"). No code that names a kind: the 400 decides (rule 1). `errorCode` is the code (rule 6: a numeric code is a string in the model).',
    response: {
      status: 400,
      body: { message: 'Required header is missing: x-ccasset-language', status: '400', errorCode: '82001' },
    },
    expect: {
      kind: 'bad-request',
      message: 'Required header is missing: x-ccasset-language',
      code: '82001',
    },
  },
  {
    id: 'oracle-commerce/multiple-errors-400',
    source: 'Oracle Commerce',
    url: 'https://docs.oracle.com/en/cloud/saas/cx-commerce/ccdev/error-messages.html',
    note: 'The same page\'s multiple-error example ("encapsulates one or more errors in an errors array object … top-level message and status values that apply globally"); the status is its `status` ("400"). The page prints a trailing comma after each item\'s `errorCode`, which no JSON server sends: removed. A 400 that lists several messages about the input is validation (rule 1); the items name no field, so no field error. The top-level "Error while retrieving the products" says what failed and is the message.',
    response: {
      status: 400,
      body: {
        message: 'Error while retrieving the products',
        errors: [
          { message: 'Product Id xprod100 is invalid or non-existent.', status: '400', errorCode: '20031' },
          { message: 'Product Id xprod102 is invalid or non-existent.', status: '400', errorCode: '20031' },
        ],
        status: '400',
      },
    },
    expect: { kind: 'validation', message: 'Error while retrieving the products' },
  },

  // ───────────────────────────── bol.com ─────────────────────────────
  {
    id: 'bol/catalog-validation-failed-400',
    source: 'bol.com',
    url: 'https://api.bol.com/marketing/docs/catalog-api/errors.html',
    note: 'The Marketing Catalog API\'s "Errors" page, "400 - Bad request … Example response body". The `violations` items name their field in `name` and carry a `reason` (rule 3: a list read under any member name when each item names a field and carries a message). The title "Your request is missing required fields." only says fields are missing and sends the reader to the list (rule 2.1: Authorize.net\'s "There is one or more missing or invalid required fields."), so the default. The problem `type` is a relative path, which leaves doubt as a code, so none is stated.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        type: '/problems/validation-failed',
        title: 'Your request is missing required fields.',
        status: 400,
        violations: [{ name: 'countryCode', reason: "Required query parameter 'country-code' is not present." }],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['countryCode', "Required query parameter 'country-code' is not present."]],
    },
  },

  // ───────────────────────────── Zalando Merchant API ─────────────────────────────
  {
    id: 'zalando/product-submission-validation-400',
    source: 'Zalando Merchant API',
    url: 'https://merchant-platform-for-developers.merchant-center.zalan.do/docs/product-submission-validation.html',
    note: 'The Product Submission API\'s "Bad Request Response for Submission with errors"; the status is its `status`. Trimmed: the second `body_errors` item (the page\'s copy of it is cut in the stored text), so one item is kept. `body_errors` items name their field in `path` (with `attribute` as its last segment) and carry a `message` (rule 3); the JSON Pointer `path` is canonical `product_model.product_model_attributes.target_genders`. `detail` "Bad Request: validation errors found" drops its leading reason phrase and only says validation failed (rule 2.1), so the default. `flow_id` is a request id the rules do not name, so no support id is stated.',
    response: {
      status: 400,
      body: {
        title: 'Bad Request',
        flow_id: 'rihm6p+EBC3G0Bxc',
        detail: 'Bad Request: validation errors found',
        contact: 'https://developers.merchants.zalando.com/docs/support.html',
        status: 400,
        body_errors: [
          {
            path: '/product_model/product_model_attributes/target_genders',
            tier: 'model',
            attribute: 'target_genders',
            message:
              'target_genders is given an array of invalid values but should contain one or more supported labels',
            reason: 'INVALID_FORMAT',
            reference:
              'https://developers.merchants.zalando.com/docs/product-submission-validation.html#invalid_format',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['product_model.product_model_attributes.target_genders', 'is given an array of invalid values']],
    },
  },
  {
    id: 'zalando/product-submission-wrong-body-format-400',
    source: 'Zalando Merchant API',
    url: 'https://merchant-platform-for-developers.merchant-center.zalan.do/docs/product-submissions-api-2025-changes.html',
    note: 'The "Product Submissions API 2025 Release: Changes" page, Example 1, "Current Behaviour" (the response before the 2025 release); the status is the body\'s `code` (400). `body_errors` is a list holding a list of one item with a `path` but no message-like member (`actual`, `expected`), so no field error (rule 3: items need a message). "Wrong body format" is a sentence about the request the person sent; it is the message, and no field error or list of messages makes the 400 validation (rule 1).',
    response: {
      status: 400,
      body: {
        title: 'Bad Request',
        detail: 'Wrong body format',
        body_errors: [
          [{ actual: 'Undefined', expected: 'array', path: 'product_model/product_model_attributes/target_genders' }],
        ],
        code: 400,
        contact: 'support-onboarding@zalando.de',
        flow_id: 'some-flow-id',
      },
    },
    expect: { kind: 'bad-request', message: 'Wrong body format' },
  },
] satisfies ConformanceCase[];
