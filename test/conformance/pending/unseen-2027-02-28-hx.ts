import { DEFAULT, type ConformanceCase } from '../types';

// Hundredth unseen-API holdout, part HX (28 February 2027): regional payment and banking APIs of Europe that no other
// case file uses: Trustly (the Swedish open-banking payment network; its JSON-RPC API), Przelewy24 (the Polish payment
// gateway; its REST API v1), Paysera (the Lithuanian payment institution; its Transfer API and Checkout v3 API), Payop
// (the Estonian payment gateway) and Paystar (a UK payment gateway). They were collected to measure how the reader does
// at first sight on APIs it was never tuned on. Where the bodies were copied from: Trustly's official Python client's
// test (`testDeposit`, a signed JSON-RPC error served with the test's default `response_code=200`); a Sylius plugin's
// Przelewy24 client test (Symfony `MockResponse`s that fix the status and the whole body; bodies written by the
// plugin's author, not recorded, said in each note); Paysera's developer guides (the Transfer API's error codes page
// and the Checkout v3 error-handling page, which print each body under the status it comes with, and the Checkout v3
// error-codes page, whose validation body's status is the one its table gives the code); Payop's API documentation
// repository (each body under its status line and `Content-Type`, copied with that header); Paystar's status
// descriptions page (each body under an "HTTP 400 - …" heading). Headers were copied only where the source prints them
// (Payop's); none was added. Every `expect` was written from the source and test/conformance/README.md before the kit
// was run.
//
// Looked for and dropped: Trustly's Java client's `error_invalid_parameters.json` (its test's fake requester returns
// the text without a status); EBANX (ActiveMerchant's fixtures stub the body without a status, as the twenty-fourth
// holdout found, and its docs print the error object without saying which codes come with which status); PayU (the
// `pay_u` crate's fixtures and a Python client's docstring give bodies without a status); Salt Edge, finAPI and Peach
// Payments (searches found no printed error body with its status); Przelewy24's official docs (not in the stored pages)
// and two Polish plugins' tests with more P24 bodies (their repositories could not be named within the cap); Paysera's
// Transfer API `invalid_parameters` example (cut off in the stored page); Lyra/PayZen and Stancer (searches found
// nothing citable); YouCan's store-admin errors (an e-commerce platform's API, outside this domain); Payee and Plixpay
// (no product or region to place them; Plixpay prints no body). Skipped as already sources: GoCardless, TrueLayer,
// Tink, Yapily, Nordigen, Klarna, Vipps MobilePay, dLocal, Conekta, Openpay, Culqi, Wompi, Omise, PAY.JP, KOMOJU,
// Chapa, Yoco, PhonePe, Mollie, Adyen, Razorpay, Paystack, Flutterwave, Xendit, Midtrans, Mercado Pago, PayMongo,
// Cashfree, Tpay, BLIK, Belvo, Fintoc, OrkestaPay. Earlier holdouts' headers already name Satispay, Kushki, bePaid,
// Paymob, Tabby, Tamara, Ozow, Paytm, 2C2P and Monnify as dropped for want of a status beside a body; they were not
// searched again.
//
// The part holds 22 cases from 5 sources, within the brief's aim of 15–30 from at least 5; 34 of the 38 look-ups were
// spent (16 searches, 7 exact-string searches, 2 repository listings, 4 file listings, 5 file reads), most on products
// whose public material gives a body or a status but not both.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-28-hx`, on feeaa8c, src/ unchanged: in the frozen copy /tmp/base100; the `--check` run before
// it reported no problem): 14/22 pass, 5 sources (kind 16/22, message 18/22, fields 21/22, retry 22/22, logId 0/0, code
// 8/8). Failing at first sight: trustly/invalid-credentials-616-jsonrpc-200 (kept unknown: the 200 decided; the case
// reads ERROR_INVALID_CREDENTIALS in the JSON-RPC error's `message` as a credential code with an `ERROR_` prefix, which
// outranks a 2xx, rules 1 and 6: a judgment call its note names); paysera/checkout-token-validation-failed-401 (gave
// the 401's default, reading "Token validation failed" as generic; the case keeps it as naming what failed, rule 2.1: a
// judgment call its note names); paysera/checkout-invalid-request-error-properties-400 (kept bad-request with no field
// errors: `error_properties` was not read as a map of fields; the case reads it by structure, rule 3, and calls a 400
// with field errors a validation failure, rule 1: the kind a judgment call its note names); payop/server-error-500
// (kept "Something went wrong, try again or contact support."; the case reads it as generic, rule 2.1, and gives the
// default); paystar/external-transaction-id-required-400, paystar/amount-required-400,
// paystar/currency-invalid-value-400 and paystar/order-already-exists-400 (kept bad-request: `label:
// "VALIDATION_ERROR."` was not read as a code; the cases read it as a validation code alone in a message-like member,
// rules 1 and 6: a judgment call their notes name); the first of these also kept "External_transaction_id is required
// property", which the case reads as a line naming only an input by its key written as code (rule 2.1), and the third
// kept "Currency has invalide value" (capitalized by the kit), which the case reads as starting with a lone word in
// small letters that names an input (rule 2.1). Every other case passed as written, including the judgment calls on
// Przelewy24's "Incorrect authentication" (kept), Payop's map under `message` (two fields) and Paystar's `LIMITS_ERROR`
// (bad-request). No expectation was changed after the run, and no case was dropped.

export default [
  // ───────────────────────────── Trustly ─────────────────────────────
  {
    id: 'trustly/invalid-credentials-616-jsonrpc-200',
    source: 'Trustly',
    url: 'trustly/trustly-client-python/tests/test-api.py',
    note: "One stored version of the file (the index lists 9; the one read was not named by commit). `testDeposit`: `_setup_mock_call(response_body=…)` with the helper's default `response_code=200`; the test asserts the response is an error with code 616 and message ERROR_INVALID_CREDENTIALS from method Deposit. The body is Trustly's signed JSON-RPC 1.1 error (a real signature and uuid from Trustly's test environment), copied whole. Kind: a 2xx whose error names a code; a code outranks any 2xx (rule 1), and ERROR_INVALID_CREDENTIALS, read without its `ERROR_` prefix as an `ERR_` prefix is, says the merchant's credentials were wrong (a sign-in pair that did not match is a credential code): unauthenticated. Judgment call: the rules name the `ERR_` prefix only, and the code sits in `message` (a code alone in a message's member, rule 6); a reader that does not strip `ERROR_` may say unknown. Message: only codes (rule 2.1): the default. Code not stated: `code: 616` and the `message` code name the same error, and the rules leave which one the model keeps in doubt.",
    response: {
      status: 200,
      body: {
        version: '1.1',
        error: {
          error: {
            uuid: 'ad4f3dbe-6c1d-11e5-9d5e-0800279bcb51',
            signature:
              'bsu/qaPV6nQoyXvB6Ljlr5sWCntjBGcz9sgxawGtRHakMU3JZnJ7Iv/zR3S3BbcIhB8uSNybNlAgmXtOnrpdZ7HtN5CIKEh60h8mxvbq3asBuLbMqN9Bpeala9NgiBQiH9uq7tcY8xOSVbUJLcXWonn6QVBZGL4LJwcAXQOLfen/YBOETS0mcsXn8vpAKZeQf6IH4RwYUHlzisRjsW+8fKMJm9DchwmmEnrY4n34ucudMTPRISwRiSWjAupH+3ls5JEsfjAsSaHSeQw7O/kTRLetEP4Zs8I/bc1oQeE7S4djd6jwRKlwZp3dvZmUVPHKxYcOQrQXfIWMBIztayFhUw==',
            data: { message: 'ERROR_INVALID_CREDENTIALS', code: 616 },
            method: 'Deposit',
          },
          name: 'JSONRPCError',
          code: 616,
          message: 'ERROR_INVALID_CREDENTIALS',
        },
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Przelewy24 ─────────────────────────────
  {
    id: 'przelewy24/incorrect-authentication-401',
    source: 'Przelewy24',
    url: 'calmfoxpl/sylius-przelewy24-plugin/tests/Unit/Api/ClientTest.php@45d8ffb22e158b3de50a89b75bced7aec262e5a0',
    note: '`testAnErrorCarriesWhatPrzelewy24Said`: `new MockResponse(\'{"error":"Incorrect authentication","code":401}\', [\'http_code\' => 401])` for GET /api/v1/testAccess; the test asserts the status and that the message carries "Incorrect authentication". A mock written by the plugin\'s author, not a recording; the same body with the same status appears in other Polish plugins\' tests and in integrators\' notes on the P24 IP whitelist, so it is kept as P24\'s. No header given. Kind: 401, unauthenticated (rule 1). Message: "Incorrect authentication" says the credentials were wrong; it is not the 401\'s reason phrase ("Unauthorized") nor a rewording of it ("Authentication required"): kept. Judgment call: a reader could take it for a category line, as "Authentication failed" was read. Code not stated: the numeric `code` only restates the status (rule 6).',
    response: { status: 401, body: { error: 'Incorrect authentication', code: 401 } },
    expect: { kind: 'unauthenticated', message: 'Incorrect authentication' },
  },
  {
    id: 'przelewy24/transaction-not-found-404',
    source: 'Przelewy24',
    url: 'calmfoxpl/sylius-przelewy24-plugin/tests/Unit/Api/ClientTest.php@45d8ffb22e158b3de50a89b75bced7aec262e5a0',
    note: "`testAnUnknownSessionIsNoTransactionRatherThanAnError`: `new MockResponse('{\"error\":\"Transaction not found\"}', ['http_code' => 404])` for the by-session-id lookup. A mock written by the plugin's author (see the 401 case). Kind: 404, not-found (rule 1). Message: a sentence in `error`: kept.",
    response: { status: 404, body: { error: 'Transaction not found' } },
    expect: { kind: 'not-found', message: 'Transaction not found' },
  },

  // ───────────────────────────── Paysera ─────────────────────────────
  {
    id: 'paysera/transfer-invalid-request-not-valid-json-400',
    source: 'Paysera',
    url: 'https://developers.paysera.com/guides/transfer/api-basics/error-codes',
    note: 'Transfer API, "invalid_request — HTTP Status: 400 Bad Request", its example. Kind: OAuth-style `invalid_request` (the request as a whole), bad-request (rule 1). Message: "Request body is not valid JSON" reports that the server could not parse the request\'s JSON (rule 2.3: JSON in the request body that is invalid or malformed, a body that is not a valid JSON document): developer text, the default. Code: `invalid_request` (rule 6: OAuth\'s `error`).',
    response: {
      status: 400,
      body: { error: 'invalid_request', error_description: 'Request body is not valid JSON' },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'invalid_request' },
  },
  {
    id: 'paysera/checkout-invalid-client-credentials-401',
    source: 'Paysera',
    url: 'https://developers.paysera.com/guides/checkout-v3/concepts/error-handling',
    note: 'Checkout v3, "Invalid Credentials (401)", its example. Kind: 401, unauthenticated (rule 1). Message: the sentence in `message`: kept. Code: `invalid_client`.',
    response: { status: 401, body: { error: 'invalid_client', message: 'Invalid client credentials' } },
    expect: { kind: 'unauthenticated', message: 'Invalid client credentials', code: 'invalid_client' },
  },
  {
    id: 'paysera/checkout-token-expired-401',
    source: 'Paysera',
    url: 'https://developers.paysera.com/guides/checkout-v3/concepts/error-handling',
    note: 'Checkout v3, "Expired Token (401)", its example. Kind: 401, unauthenticated. Message: kept. Code: `invalid_token`.',
    response: { status: 401, body: { error: 'invalid_token', message: 'Token is expired' } },
    expect: { kind: 'unauthenticated', message: 'Token is expired', code: 'invalid_token' },
  },
  {
    id: 'paysera/checkout-token-validation-failed-401',
    source: 'Paysera',
    url: 'https://developers.paysera.com/guides/checkout-v3/concepts/error-handling',
    note: 'Checkout v3, "Invalid Token (401)", its example. Kind: 401, unauthenticated. Message: "Token validation failed" names what failed (the token), where a line made only of words that say something failed is generic (rule 2.1): kept. Judgment call: a reader could read "… validation failed" as the generic summary and give the default. Code: `invalid_token`.',
    response: { status: 401, body: { error: 'invalid_token', message: 'Token validation failed' } },
    expect: { kind: 'unauthenticated', message: 'Token validation failed', code: 'invalid_token' },
  },
  {
    id: 'paysera/checkout-validation-error-details-422',
    source: 'Paysera',
    url: 'https://developers.paysera.com/guides/checkout-v3/concepts/error-handling',
    note: 'Checkout v3, "Validation Errors (422)", its example. Kind: 422 with field errors, validation (rule 1). Fields: `details` items with `field` and `message` (rule 3), paths as sent. Message: "Invalid request parameters" is a generic summary (rule 2.1, as "Invalid request parameters provided."): the default. Code: `validation_error`; the items carry no code of their own.',
    response: {
      status: 422,
      body: {
        error: 'validation_error',
        message: 'Invalid request parameters',
        details: [
          { field: 'purchase.amount.amount', message: 'Amount must be greater than 0' },
          { field: 'purchase.amount.currency', message: 'Currency is required' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['purchase.amount.amount', 'Amount must be greater than 0'],
        ['purchase.amount.currency', 'Currency is required'],
      ],
      code: 'validation_error',
    },
  },
  {
    id: 'paysera/checkout-order-not-found-404',
    source: 'Paysera',
    url: 'https://developers.paysera.com/guides/checkout-v3/concepts/error-handling',
    note: 'Checkout v3, "Not Found (404)", its example. Kind: 404, not-found. Message: kept. Code: `not_found`.',
    response: { status: 404, body: { error: 'not_found', message: 'Order not found' } },
    expect: { kind: 'not-found', message: 'Order not found', code: 'not_found' },
  },
  {
    id: 'paysera/checkout-order-reference-conflict-409',
    source: 'Paysera',
    url: 'https://developers.paysera.com/guides/checkout-v3/concepts/error-handling',
    note: 'Checkout v3, "Conflict (409)", its example. Kind: 409, conflict (rule 1). Message: kept. Code: `conflict`.',
    response: { status: 409, body: { error: 'conflict', message: 'Order with this reference already exists' } },
    expect: { kind: 'conflict', message: 'Order with this reference already exists', code: 'conflict' },
  },
  {
    id: 'paysera/checkout-invalid-request-error-properties-400',
    source: 'Paysera',
    url: 'https://developers.paysera.com/guides/checkout-v3/reference/error-codes',
    note: 'Checkout v3 error-codes page (the stored version that describes `error_properties`): "Validation errors include per-field details under error_properties (a map of field path → list of message strings)", its example; the status is the one the page\'s "Validation Errors" table gives `invalid_request` ("400 … Per-field details are returned in error_properties"). Another stored version of the same page prints the 422 `validation_error` shape instead. Kind: a 400 that carries field errors (rule 1), validation. Judgment call: `invalid_request` names the request as a whole, and a code outranks 400, so a reader could say bad-request; the field errors say which inputs to change. Fields: a map of path to message lists under an error-named member (rule 3), paths as sent. Message: "Validation failed" is generic (rule 2.1): the default. Code: `invalid_request`.',
    response: {
      status: 400,
      body: {
        error: 'invalid_request',
        error_description: 'Validation failed',
        error_properties: {
          'purchase.amount': ['Amount should be greater than 0'],
          'purchase.currency': ['Currency is required'],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['purchase.amount', 'Amount should be greater than 0'],
        ['purchase.currency', 'Currency is required'],
      ],
      code: 'invalid_request',
    },
  },

  // ───────────────────────────── Payop ─────────────────────────────
  {
    id: 'payop/full-authentication-required-401',
    source: 'Payop',
    url: 'Payop/payop-api-doc/Response/failResponse.md@26f50d00b9deb9dd205655bb24c630e3fc46463f',
    note: '"Authentication required": `HTTP/1.1 401 Unauthorized`, `Content-Type: application/json`, and the body. Kind: 401, unauthenticated. Message: Spring Security\'s stock sentence, kept as the corpus keeps it for other Spring-based APIs.',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
      body: { message: 'Full authentication is required to access this resource.' },
    },
    expect: { kind: 'unauthenticated', message: 'Full authentication is required to access this resource' },
  },
  {
    id: 'payop/access-denied-403',
    source: 'Payop',
    url: 'Payop/payop-api-doc/Response/failResponse.md@26f50d00b9deb9dd205655bb24c630e3fc46463f',
    note: '"HTTP Forbidden": `HTTP/1.1 403 HTTP Forbidden` (the reason phrase as printed), `Content-Type: application/json`. Kind: 403, forbidden. Message: "Access denied." kept.',
    response: { status: 403, headers: { 'Content-Type': 'application/json' }, body: { message: 'Access denied.' } },
    expect: { kind: 'forbidden', message: 'Access denied' },
  },
  {
    id: 'payop/invoice-not-found-404',
    source: 'Payop',
    url: 'Payop/payop-api-doc/Response/failResponse.md@26f50d00b9deb9dd205655bb24c630e3fc46463f',
    note: '"Requested resource not found": `HTTP/1.1 404 Not Found`, `Content-Type: application/json`. Kind: 404, not-found. Message: kept.',
    response: { status: 404, headers: { 'Content-Type': 'application/json' }, body: { message: 'Invoice not found' } },
    expect: { kind: 'not-found', message: 'Invoice not found' },
  },
  {
    id: 'payop/payment-method-not-enabled-422',
    source: 'Payop',
    url: 'Payop/payop-api-doc/Response/failResponse.md@26f50d00b9deb9dd205655bb24c630e3fc46463f',
    note: '"Payment method not enabled": `HTTP/1.1 422 Unprocessable Entity`, `Content-Type: application/json`; the page adds "Please contact Payop support if you want to enable additional payment methods." Kind: 422, validation (rule 1: the status decides, and text never does). Message: the sentence, kept.',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: { message: 'Method must be enabled to use it' },
    },
    expect: { kind: 'validation', message: 'Method must be enabled to use it' },
  },
  {
    id: 'payop/validation-fails-422',
    source: 'Payop',
    url: 'Payop/payop-api-doc/Response/failResponse.md@26f50d00b9deb9dd205655bb24c630e3fc46463f',
    note: '"Validation fails": `HTTP/1.1 422 Unprocessable Entity`, `Content-Type: application/json`. Kind: 422 with field errors, validation. Fields: `message` holds a map of field to message lists (rule 3: maps of path to messages are found by structure; a map under `messages` is read as one under `errors`). Judgment call: the member is the singular `message`, which the rules name only as the envelope\'s sentence. Message: only field messages (rule 2.4): the default.',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: {
        message: {
          email: ['This value should not be blank.'],
          password: ['This value should not be blank.'],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'This value should not be blank'],
        ['password', 'This value should not be blank'],
      ],
    },
  },
  {
    id: 'payop/server-error-500',
    source: 'Payop',
    url: 'Payop/payop-api-doc/Response/failResponse.md@26f50d00b9deb9dd205655bb24c630e3fc46463f',
    note: '"Server error": `HTTP/1.1 500 Internal Server Error`, `Content-Type: application/json`. Kind: 500, server. Message: "Something went wrong" with "try again or contact support" is generic (rule 2.1: "Something went wrong"; generic sentences in a row are generic): the default.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json' },
      body: { message: 'Something went wrong, try again or contact support.' },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Paystar ─────────────────────────────
  {
    id: 'paystar/external-transaction-id-required-400',
    source: 'Paystar',
    url: 'https://apidoc.paystar.uk/status-discriptions',
    note: '"HTTP 400 - Validation error", its first example; `statusDescrption` is spelled as sent. Kind: `label: "VALIDATION_ERROR."` holds a code alone in a message-like member (rule 6), a validation code on a 4xx (rule 1): validation. Judgment call: `label` is no listed code member, and the code ends with a full stop; a reader that does not take it as a code says bad-request (a 400 without fields). Message: "External_transaction_id is required property" names only a missing input by its key written as code (rule 2.1, as `order_id is missing`): the default. Code not stated (the trailing full stop).',
    response: {
      status: 400,
      body: {
        label: 'VALIDATION_ERROR.',
        message: 'External_transaction_id is required property',
        statusDescrption: '0-0000',
      },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'paystar/amount-required-400',
    source: 'Paystar',
    url: 'https://apidoc.paystar.uk/status-discriptions',
    note: '"HTTP 400 - Validation error", its second example. Kind: validation, as in the first (the same judgment call on `label`). Message: "Amount is required property" names the input in a person\'s word, capitalized as a sentence starts ("Name is required" stays, rule 2.1): kept. Judgment call: "required property" is schema wording, and a reader could read the line as naming only a parameter.',
    response: {
      status: 400,
      body: { label: 'VALIDATION_ERROR.', message: 'Amount is required property', statusDescrption: '0-0000' },
    },
    expect: { kind: 'validation', message: 'Amount is required property' },
  },
  {
    id: 'paystar/currency-invalid-value-400',
    source: 'Paystar',
    url: 'https://apidoc.paystar.uk/status-discriptions',
    note: '"HTTP 400 - Validation error", its fourth example ("invalide" as sent). Kind: validation, as in the first. Message: "currency has invalide value" starts with a lone word in small letters that names an input (rule 2.1, as "url is required"): the default.',
    response: {
      status: 400,
      body: { label: 'VALIDATION_ERROR.', message: 'currency has invalide value', statusDescrption: '0-0000' },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'paystar/order-already-exists-400',
    source: 'Paystar',
    url: 'https://apidoc.paystar.uk/status-discriptions',
    note: '"HTTP 400 - Payment already exist", its example. Kind: the code is `VALIDATION_ERROR.` (as in the first case), not a duplicate code, and text never decides (rule 1): validation. Judgment call: the line says the order exists, which a duplicate code would make a conflict. Message: a sentence that says more than which input is wrong: kept.',
    response: {
      status: 400,
      body: {
        label: 'VALIDATION_ERROR.',
        statusDescrption: '1-4007',
        message: 'Order with this external_transaction_id already exist',
      },
    },
    expect: { kind: 'validation', message: 'Order with this external_transaction_id already exist' },
  },
  {
    id: 'paystar/limit-reached-400',
    source: 'Paystar',
    url: 'https://apidoc.paystar.uk/status-discriptions',
    note: '"HTTP 400 - Limit was reached" ("Confirm with the Account Manager to increase the limit"), its example. Kind: `LIMITS_ERROR` names a merchant\'s transaction limit, no throttling or quota code rule 1 lists, and no field: bad-request. Judgment call: a reader could take a limit for a quota and say rate-limited. Message: the sentence, kept. Retry: no wait is named (rule 4).',
    response: {
      status: 400,
      body: {
        label: 'LIMITS_ERROR',
        message: 'Limit id: 5eaf47eb-344c-4aeb-8651-494d649499b5 was reached',
        statusDescrption: '0001-0',
        externalTransactionId: null,
      },
    },
    expect: { kind: 'bad-request', message: 'was reached' },
  },
] satisfies ConformanceCase[];
