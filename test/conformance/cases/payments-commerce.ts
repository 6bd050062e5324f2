import { DEFAULT, type ConformanceCase } from '../types';

// Payments, commerce and messaging APIs: real error responses copied from vendor docs, SDK test
// fixtures and public issues that paste a captured response. Headers appear only where the source
// shows them. Where a source does not show the HTTP status, the note says where the status comes from.
export default [
  // ───────────────────────────── Stripe ─────────────────────────────
  {
    id: 'stripe/card-declined-402',
    source: 'Stripe',
    url: 'SIXwishlist/Better-WebSite/stripe/tests/CardErrorTest.php',
    note: "A vendored copy of stripe-php's live CardErrorTest, which asserts status 402 and this JSON body. Trimmed: the `charge` member (a runtime charge id the test reads back from the response). 402 is in no rule-1 list, so it is 'any other 4xx'.",
    response: {
      status: 402,
      body: {
        error: {
          message: 'Your card was declined.',
          type: 'card_error',
          code: 'card_declined',
        },
      },
    },
    expect: { kind: 'bad-request', message: 'Your card was declined', code: 'card_declined' },
  },
  {
    id: 'stripe/legacy-rate-limit-400',
    source: 'Stripe',
    url: 'https://github.com/codecombat/codecombat/issues/2588',
    note: "The issue pastes stripe-node's `raw` error object; Stripe sends it inside the `error` envelope (stripe/stripe-php#78 shows the `{\"error\": {` body with HTTP 400 for this same error). Status: stripe/stripe-python#185 says the API before 2015-09-18 returned rate-limit errors as 400 with code 'rate_limit'. 'rate_limit' is read as a throttling code (rule 1 lists 'rate_limit_exceeded'/'ratelimited'), so it outranks the 400. No wait hint anywhere.",
    response: {
      status: 400,
      body: {
        error: {
          type: 'invalid_request_error',
          message: 'Request rate limit exceeded',
          code: 'rate_limit',
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'Request rate limit exceeded', code: 'rate_limit' },
  },
  {
    id: 'stripe/invalid-api-key-401',
    source: 'Stripe',
    url: 'https://github.com/stripe/stripe-node/issues/1437',
    note: 'Body as logged from NodeHttpClient in the issue (the key is masked there; the inner quotes were unescaped in the paste and are escaped here). The issue does not print the status; stripe/stripe-node#361 shows statusCode 401 for this same "Invalid API Key provided" error.',
    response: {
      status: 401,
      body: {
        error: {
          message:
            'Invalid API Key provided: "sk_test*************************************************************************************************JhB"',
          type: 'invalid_request_error',
        },
      },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid API Key provided' },
  },

  // ───────────────────────────── PayPal ─────────────────────────────
  {
    id: 'paypal/subscriptions-missing-field-400',
    source: 'PayPal',
    url: 'https://developer.paypal.com/docs/business/subscriptions/error-handling/',
    note: "The page's sample lost its closing brackets in extraction; they are restored, nothing else changed. `details[].field` is a JSON Pointer (`/plan_id` → `plan_id`). The envelope `message` is PayPal's fixed text for INVALID_REQUEST (type-level), but it is the only non-field sentence, so the rules pick it; if it is judged a generic summary the message would be the default. `debug_id` is not in rule 5's list of body ids, so logId is not stated.",
    response: {
      status: 400,
      body: {
        name: 'INVALID_REQUEST',
        message: 'Request is not well-formed, syntactically incorrect, or violates schema',
        debug_id: '6u3y6fca61718',
        details: [
          {
            field: '/plan_id',
            description: 'A required field is missing.',
            location: 'body',
          },
        ],
        links: [
          {
            href: '',
            rel: 'information_link',
            method: 'GET',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: 'Request is not well-formed',
      fields: [['plan_id', 'A required field is missing']],
    },
  },
  {
    id: 'paypal/oauth-invalid-client-401',
    source: 'PayPal',
    url: 'https://docs.paypal.ai/growth/reports/troubleshooting',
    note: 'The page shows this body as the standard format and lists "HTTP 401 Unauthorized responses" and "invalid_client errors" together under authentication issues; it does not print the status next to the body.',
    response: {
      status: 401,
      body: {
        error: 'invalid_client',
        error_description: 'Client authentication failed',
        error_uri: 'https://developer.paypal.com/docs/api/overview/#error',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Client authentication failed', code: 'invalid_client' },
  },
  {
    id: 'paypal/payment-creation-error-422',
    source: 'PayPal',
    url: 'https://github.com/paypal/PayPal-Android-SDK/issues/347',
    note: 'The SDK log prints "http statusCode:422" and this server response.',
    response: {
      status: 422,
      body: {
        name: 'PAYMENT_CREATION_ERROR',
        debug_id: '1713e9c211e65',
        message: 'checkout-session not created',
        information_link: 'https://developer.paypal.com/docs/api/#PAYMENT_CREATION_ERROR',
      },
    },
    expect: { kind: 'validation', message: 'checkout-session not created' },
  },
  {
    id: 'paypal/payer-cannot-pay-422',
    source: 'PayPal',
    url: 'https://github.com/blendbyte/laravel-paypal/issues/550',
    note: "The issue prints the decoded body as a PHP array under the package's own `error` key; written here as the JSON it was decoded from (same keys and values, the package wrapper left out). Status 422 is the one UNPROCESSABLE_ENTITY stands for. The `details` item has no field, so it is form-level; its description is occurrence-specific and beats the envelope's fixed UNPROCESSABLE_ENTITY text (rule 2.2). Kind follows 422 even though the cause is the payer's account.",
    response: {
      status: 422,
      body: {
        name: 'UNPROCESSABLE_ENTITY',
        details: [
          {
            issue: 'PAYER_CANNOT_PAY',
            description:
              'Payer cannot pay for this transaction. Please contact the payer to find other ways to pay for this transaction.',
          },
        ],
        message: 'The requested action could not be performed, semantically incorrect, or failed business validation.',
        debug_id: '14c209db01971',
        links: [
          {
            href: 'https://developer.paypal.com/docs/api/orders/v2/#error-PAYER_CANNOT_PAY',
            rel: 'information_link',
            method: 'GET',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: 'Payer cannot pay for this transaction' },
  },

  // ───────────────────────────── Square ─────────────────────────────
  {
    id: 'square/payment-not-found-404',
    source: 'Square',
    url: 'https://developer.squareup.com/docs/build-basics/general-considerations/handling-errors',
    note: "The page shows this body for GetPayment with a nonexistent payment id and says the status is in 400–599 without naming it; 404 is the status of the NOT_FOUND code. Square calls `detail` developer text, but it is a plain sentence, not one of rule 2.3's developer-only forms.",
    response: {
      status: 404,
      body: {
        errors: [
          {
            code: 'NOT_FOUND',
            detail: 'Could not find payment with id: 7nDzoTTqoVk6LMeYzfXg2fpcUDaZY',
            category: 'INVALID_REQUEST_ERROR',
          },
        ],
      },
    },
    expect: { kind: 'not-found', message: 'Could not find payment with id', code: 'NOT_FOUND' },
  },
  {
    id: 'square/value-empty-capitalized-field',
    source: 'Square',
    url: 'https://developer.squareup.com/docs/build-basics/general-considerations/handling-errors',
    note: 'An older version of the page shows this CreatePayment failure verbatim, including the capitalised `"Field"` key and the odd AUTHENTICATION_ERROR category. No status is printed; 400 is the status of VALUE_EMPTY. `Field` is read as the path member (member names matched without case); the category is not one of rule 1\'s credential codes, and a 400 with a field error is validation. The only text is field-bound, so the message is the default.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            category: 'AUTHENTICATION_ERROR',
            code: 'VALUE_EMPTY',
            detail: 'Field must not be blank.',
            Field: 'idempotency_key',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['idempotency_key', 'must not be blank']],
      code: 'VALUE_EMPTY',
    },
  },
  {
    id: 'square/unauthorized-401',
    source: 'Square',
    url: 'https://github.com/NikolaGavric94/laravel-square/issues/67',
    note: 'Printed by the package as "[HTTP/2 401]" followed by the body.',
    response: {
      status: 401,
      body: {
        errors: [
          {
            code: 'UNAUTHORIZED',
            detail:
              'The `Authorization` http header of your request was incorrect or expired. The header value is expected to be of the format "Bearer TOKEN" (without quotation marks), where TOKEN is a valid access token (e.g. "Bearer ABC123def456GHI789jkl0"). For more information, see https://developer.squareup.com/docs/build-basics/using-rest-api#__set-the-headers__ .',
            category: 'AUTHENTICATION_ERROR',
          },
        ],
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'http header of your request was incorrect or expired',
      code: 'UNAUTHORIZED',
    },
  },

  // ───────────────────────────── Adyen ─────────────────────────────
  {
    id: 'adyen/invalid-fields-wrapped-422',
    source: 'Adyen',
    url: 'Adyen/adyen-node-api-library/src/__mocks__/management/invalidUserCreated422.ts@55009a98109c91bf2ea391fcb8ee6ba079f20e43',
    note: 'Each `invalidFields` item wraps the field in an `InvalidField` object ({ name, message }) one level down. The title is a sentence (there is no `detail`), `requestId` is the support id, and the explicit `errorCode` beats the problem `type` URI.',
    response: {
      status: 422,
      body: {
        type: 'https://docs.adyen.com/errors/validation',
        title: 'Invalid user information provided.',
        status: 422,
        requestId: 'HC9MZL5D4AAASD82',
        invalidFields: [
          {
            InvalidField: {
              name: 'email',
              message: "The 'email' 'invalidEmail' is invalid.",
            },
          },
        ],
        errorCode: '31_007',
      },
    },
    expect: {
      kind: 'validation',
      message: 'Invalid user information provided',
      fields: [['email', "'invalidEmail' is invalid"]],
      logId: 'HC9MZL5D4AAASD82',
      code: '31_007',
    },
  },
  {
    id: 'adyen/unauthorized-401',
    source: 'Adyen',
    url: 'Adyen/adyen-node-api-library/src/__mocks__/management/unauthorized401.ts@68cac47ee3a362f860c70f6eff8ff70a69e20489',
    note: 'The only text is the reason phrase "Unauthorized".',
    response: {
      status: 401,
      body: {
        type: 'https://docs.adyen.com/errors/unauthorized',
        title: 'Unauthorized',
        status: 401,
        errorCode: '00_401',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: '00_401' },
  },
  {
    id: 'adyen/forbidden-403',
    source: 'Adyen',
    url: 'Adyen/adyen-node-api-library/src/__mocks__/management/forbidden403.ts@68cac47ee3a362f860c70f6eff8ff70a69e20489',
    note: 'The title is the reason phrase; `detail` ("Not allowed") is short but occurrence-specific text, so it is taken as the message. If it were judged a generic summary, the message would be the default.',
    response: {
      status: 403,
      body: {
        type: 'https://docs.adyen.com/errors/forbidden',
        title: 'Forbidden',
        status: 403,
        detail: 'Not allowed',
        errorCode: '00_403',
      },
    },
    expect: { kind: 'forbidden', message: 'Not allowed', code: '00_403' },
  },
  {
    id: 'adyen/classic-invalid-card-number-422',
    source: 'Adyen',
    url: 'https://docs.adyen.com/development-resources/error-codes',
    note: 'The classic (non-RFC 7807) shape. `pspReference` is not one of rule 5\'s body ids, so logId is not stated; errorType "validation" agrees with the 422.',
    response: {
      status: 422,
      body: {
        status: 422,
        errorCode: '101',
        message: 'Invalid card number',
        errorType: 'validation',
        pspReference: 'F7WCWRG6JPHR8HG2',
      },
    },
    expect: { kind: 'validation', message: 'Invalid card number', code: '101' },
  },

  // ───────────────────────────── Mollie ─────────────────────────────
  {
    id: 'mollie/order-amount-mismatch-422',
    source: 'Mollie',
    url: 'mollie/commercetools/extension/tests/component/mockResponses/mollieData/createOrder.data.ts@3ce00f62d80bee57daa8d53cf0e2f482f6491e26',
    note: "Mollie's mock of its own API response. The body is ONE error with a top-level `field` beside `detail`; rule 3 finds field errors only in lists of items and in maps, so no field error is expected and `detail` is the message. If the rules come to bind a single envelope's `field`/`param` (Mollie, Stripe `param`, Razorpay `field`), this case gains [['amount', …]]. Re-derived under the changed rule 3 (an error object about one field): see README, rule changes.",
    response: {
      status: 422,
      body: {
        status: 422,
        title: 'Unprocessable Entity',
        detail:
          'The amount of the order does not match the total amount from the order lines. Expected order amount to be €100.00 but got €10.00',
        field: 'amount',
        _links: {
          documentation: {
            href: 'https://docs.mollie.com/overview/handling-errors',
            type: 'text/html',
          },
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'amount of the order does not match the total amount',
      fields: [['amount', 'does not match the total amount']],
    },
  },
  {
    id: 'mollie/payment-method-not-enabled-422',
    source: 'Mollie',
    url: 'mollie/commercetools/extension/tests/component/mockResponses/mollieData/createOrder.data.ts@3ce00f62d80bee57daa8d53cf0e2f482f6491e26',
    note: 'Same single-envelope `field` question as mollie/order-amount-mismatch-422 (here a dotted path, payment.method). Re-derived under the changed rule 3 (an error object about one field): see README, rule changes.',
    response: {
      status: 422,
      body: {
        status: 422,
        title: 'Unprocessable Entity',
        detail: 'The payment method is not enabled in your website profile',
        field: 'payment.method',
        _links: {
          documentation: {
            href: 'https://docs.mollie.com/reference/v2/orders-api/create-order',
            type: 'text/html',
          },
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'payment method is not enabled in your website profile',
      fields: [['payment.method', 'is not enabled']],
    },
  },
  {
    id: 'mollie/internal-server-error-500',
    source: 'Mollie',
    url: 'mollie/commercetools/extension/tests/component/mockResponses/mollieData/generalErrorResponses.data.ts@5d43a27cba5ce42dbcaea59f959cf3c04f2126fd',
    note: 'Only the reason phrase as title.',
    response: {
      status: 500,
      body: {
        status: 500,
        title: 'Internal Server Error',
        _links: {
          documentation: {
            href: 'https://docs.mollie.com/overview/handling-errors',
            type: 'text/html',
          },
        },
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Razorpay ─────────────────────────────
  {
    id: 'razorpay/incorrect-otp-400',
    source: 'Razorpay',
    url: 'https://razorpay.com/docs/payments/payment-gateway/rainy-day/errors',
    note: 'The docs\' sample error response does not print a status; 400 is the status Razorpay sends with BAD_REQUEST_ERROR (razorpay/razorpay-node#243 shows statusCode 400 with that code). "Authentication failed" here is about the payer\'s OTP, not the API credentials; no credential code, so the 400 decides. `code` (BAD_REQUEST_ERROR) vs `reason` (invalid_otp) leaves doubt, so code is not stated.',
    response: {
      status: 400,
      body: {
        error: {
          code: 'BAD_REQUEST_ERROR',
          description: 'Authentication failed due to incorrect otp',
          field: null,
          source: 'customer',
          step: 'payment_authentication',
          reason: 'invalid_otp',
          metadata: {
            payment_id: 'pay_EDNBKIP31Y4jl8',
            order_id: 'order_DBJKIP31Y4jl8',
          },
        },
      },
    },
    expect: { kind: 'bad-request', message: 'Authentication failed due to incorrect otp' },
  },
  {
    id: 'razorpay/amount-exceeds-maximum-400',
    source: 'Razorpay',
    url: 'https://github.com/razorpay/razorpay-python/issues/156',
    note: 'Status: the SDK raised razorpay.errors.BadRequestError (its 400 error). The single `error` object carries `field: "amount"`; rule 3 only finds field errors in lists and maps, so none is expected (see mollie/order-amount-mismatch-422). `reason: input_validation_failed` is not one of rule 1\'s validation codes, so the 400 without fields is bad-request. Re-derived under the changed rule 3 (an error object about one field): see README, rule changes.',
    response: {
      status: 400,
      body: {
        error: {
          code: 'BAD_REQUEST_ERROR',
          description: 'Amount exceeds maximum amount allowed.',
          source: 'business',
          step: 'payment_initiation',
          reason: 'input_validation_failed',
          metadata: {},
          field: 'amount',
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'Amount exceeds maximum amount allowed',
      fields: [['amount', 'exceeds maximum amount']],
    },
  },
  {
    id: 'razorpay/url-not-found-as-400',
    source: 'Razorpay',
    url: 'https://github.com/razorpay/razorpay-node/issues/243',
    note: 'The SDK prints `{ statusCode: 400, error: {...} }`; statusCode is the SDK\'s, the body is the `error` envelope. A "not found" sentence on a 400 with a bad-request code stays bad-request (no not-found code).',
    response: {
      status: 400,
      body: {
        error: {
          code: 'BAD_REQUEST_ERROR',
          description: 'The requested URL was not found on the server.',
          source: 'NA',
          step: 'NA',
          reason: 'NA',
          metadata: {},
        },
      },
    },
    expect: { kind: 'bad-request', message: 'The requested URL was not found on the server' },
  },

  // ───────────────────────────── Paddle ─────────────────────────────
  {
    id: 'paddle/invalid-field-400',
    source: 'Paddle',
    url: 'https://developer.paddle.com/errors/shared/invalid_field/',
    note: '"Request does not pass validation." is a generic summary (like "Validation failed"), so the message is the default and the fields carry the text. `meta.request_id` is the support id.',
    response: {
      status: 400,
      body: {
        error: {
          type: 'request_error',
          code: 'invalid_field',
          detail: 'Request does not pass validation.',
          documentation_url: 'https://developer.paddle.com/errors/shared/invalid_field',
          errors: [
            {
              field: 'active',
              message: 'must be provided as part of the request',
            },
            {
              field: 'description',
              message: 'maximum length of 256 exceeded. provided value length 653',
            },
          ],
        },
        meta: {
          request_id: '00000000-0000-0000-0000-000000000000',
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['active', 'must be provided'],
        ['description', 'maximum length of 256 exceeded'],
      ],
      logId: '00000000-0000-0000-0000-000000000000',
      code: 'invalid_field',
    },
  },
  {
    id: 'paddle/bad-request-400',
    source: 'Paddle',
    url: 'https://developer.paddle.com/errors/shared/bad_request.md',
    note: '"Invalid request." is a generic summary (rule 2.1, like "Invalid input"), so the message is the default.',
    response: {
      status: 400,
      body: {
        error: {
          type: 'request_error',
          code: 'bad_request',
          detail: 'Invalid request.',
          documentation_url: 'https://developer.paddle.com/errors/shared/bad_request',
        },
        meta: {
          request_id: '00000000-0000-0000-0000-000000000000',
        },
      },
    },
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      logId: '00000000-0000-0000-0000-000000000000',
      code: 'bad_request',
    },
  },
  {
    id: 'paddle/too-many-requests-429',
    source: 'Paddle',
    url: 'https://developer.paddle.com/errors/shared/too_many_requests.md',
    note: 'The page documents a Retry-After header but shows no value, so none is added. The detail mentions retrying "after the number of seconds in the Retry-After header" without a number, so there is no wait in the text either: no retry time.',
    response: {
      status: 429,
      body: {
        error: {
          type: 'api_error',
          code: 'too_many_requests',
          detail:
            'IP address exceeded the allowed rate limit. Retry after the number of seconds in the Retry-After header.',
          documentation_url: 'https://developer.paddle.com/errors/shared/too_many_requests',
        },
        meta: {
          request_id: '00000000-0000-0000-0000-000000000000',
        },
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'IP address exceeded the allowed rate limit',
      logId: '00000000-0000-0000-0000-000000000000',
      code: 'too_many_requests',
    },
  },

  // ───────────────────────────── Checkout.com ─────────────────────────────
  {
    id: 'checkoutcom/request-invalid-422',
    source: 'Checkout.com',
    url: 'ioan-ghisoi-cko/checkout-node-sdk/test/Payments.test.ts@027924bbc3982637920b0812c17234e01643d4e8',
    note: 'Only codes: `error_type` and a list of `error_codes`, no sentence and no field, so the message is the default. `request_id` is the support id. Which of the codes is "the" code is not settled by rule 6, so code is not stated.',
    response: {
      status: 422,
      body: {
        request_id: '0HL80RJLS76I7',
        error_type: 'request_invalid',
        error_codes: ['payment_source_required'],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, logId: '0HL80RJLS76I7' },
  },
  {
    id: 'checkoutcom/unauthorized-empty-401',
    source: 'Checkout.com',
    url: 'ioan-ghisoi-cko/checkout-node-sdk/test/Payments.test.ts@027924bbc3982637920b0812c17234e01643d4e8',
    note: 'The SDK test replies 401 with an empty JSON object.',
    response: { status: 401, body: {} },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'checkoutcom/bad-gateway-no-body-502',
    source: 'Checkout.com',
    url: 'ioan-ghisoi-cko/checkout-node-sdk/test/Payments.test.ts@027924bbc3982637920b0812c17234e01643d4e8',
    note: 'The SDK test replies 502 with no body at all.',
    response: { status: 502 },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Plaid ─────────────────────────────
  {
    id: 'plaid/item-login-required-400',
    source: 'Plaid',
    url: 'https://github.com/opencollective/opencollective/issues/8060',
    note: "The issue pastes the response body but not the status; 400 is assumed (the status Plaid uses for ITEM_ERROR codes). `request_id` is redacted to underscores in the issue, so logId is not stated. ITEM_LOGIN_REQUIRED is not rule 1's `login_required` token, so no credential code turns the 400 into unauthenticated; `display_message` is null, so `error_message` is the sentence.",
    response: {
      status: 400,
      body: {
        display_message: null,
        error_code: 'ITEM_LOGIN_REQUIRED',
        error_message:
          "the login details of this item have changed (credentials, MFA, or required user action) and a user login is required to update this information. use Link's update mode to restore the item to a good state",
        error_type: 'ITEM_ERROR',
        request_id: '____________',
        suggested_action: null,
      },
    },
    expect: { kind: 'bad-request', message: 'the login details of this item have changed' },
  },
  {
    id: 'plaid/invalid-configuration-400',
    source: 'Plaid',
    url: 'https://github.com/viceroypenguin/Going.Plaid/issues/24',
    note: 'The issue calls it the "bad request response" body; 400 is its status.',
    response: {
      status: 400,
      body: {
        display_message: null,
        documentation_url: 'https://plaid.com/docs/#create-link-token',
        error_code: 'INVALID_CONFIGURATION',
        error_message: 'please ensure that the request body is formatted correctly',
        error_type: 'INVALID_REQUEST',
        request_id: 'DRz6S8z08wiveMz',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'please ensure that the request body is formatted correctly',
      logId: 'DRz6S8z08wiveMz',
    },
  },

  // ───────────────────────────── Shopify Admin REST ─────────────────────────────
  {
    id: 'shopify/429-text-retry-after-fraction',
    source: 'Shopify Admin REST',
    url: 'MONEI/Shopify-api-node/test/shopify.test.js@00c9f86f9da3f1b7b5fe388ac54daca8f553f7f5',
    note: 'The client test models Shopify\'s 429: plain text body and a fractional Retry-After (Shopify sends values like "2.0"). The body is only the reason phrase, so the message is the default.',
    response: {
      status: 429,
      headers: { 'Retry-After': '0.5' },
      body: 'too many requests',
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 0.5 },
  },
  {
    id: 'shopify/429-broken-retry-after',
    source: 'Shopify Admin REST',
    url: 'MONEI/Shopify-api-node/test/shopify.test.js@00c9f86f9da3f1b7b5fe388ac54daca8f553f7f5',
    note: 'Same 429, with an unparseable Retry-After ("foobar"): no retry time can be derived.',
    response: {
      status: 429,
      headers: { 'Retry-After': 'foobar' },
      body: 'too many requests',
    },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },
  {
    id: 'shopify/429-exceeded-calls-per-second',
    source: 'Shopify Admin REST',
    url: 'https://github.com/slince/shopify-api-php/issues/64',
    note: 'Printed by the client as "`429 Too Many Requests` response:" followed by the body. `errors` is a plain string here. No headers shown.',
    response: {
      status: 429,
      body: {
        errors: 'Exceeded 0 calls per second for api client. Reduce request rates to resume uninterrupted service.',
      },
    },
    expect: { kind: 'rate-limited', message: 'Exceeded 0 calls per second for api client' },
  },
  {
    id: 'shopify/422-errors-map',
    source: 'Shopify Admin REST',
    url: 'MONEI/Shopify-api-node/test/shopify.test.js@00c9f86f9da3f1b7b5fe388ac54daca8f553f7f5',
    note: 'Rails-style `errors` map with a string value (not a list). Only field text, so the message is the default.',
    response: {
      status: 422,
      body: {
        errors: {
          title: 'is required',
        },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['title', 'is required']] },
  },
  {
    id: 'shopify/422-errors-array-of-strings',
    source: 'Shopify Admin REST',
    url: 'MONEI/Shopify-api-node/test/shopify.test.js@00c9f86f9da3f1b7b5fe388ac54daca8f553f7f5',
    note: 'A list of plain strings: form-level, not field-bound; the string is a sentence for the person.',
    response: {
      status: 422,
      body: {
        errors: ['the product was invalid'],
      },
    },
    expect: { kind: 'validation', message: 'the product was invalid' },
  },
  {
    id: 'shopify/404-error-string',
    source: 'Shopify Admin REST',
    url: 'MONEI/Shopify-api-node/test/shopify.test.js@00c9f86f9da3f1b7b5fe388ac54daca8f553f7f5',
    note: '"not found" is only the reason phrase, so the message is the default.',
    response: {
      status: 404,
      body: {
        error: 'not found',
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Twilio ─────────────────────────────
  {
    id: 'twilio/legacy-xml-404',
    source: 'Twilio',
    url: 'https://www.twilio.com/docs/api/2008-08-01/rest/response',
    note: 'The 2008-08-01 API answered in XML by default (the page says so); its Content-Type is not shown, so no header is added. The XML `Message` element is the sentence.',
    response: {
      status: 404,
      body: `<TwilioResponse>
<RestException>
<Status>404</Status>
<Message>The requested resource was not found</Message>
</RestException>
</TwilioResponse>`,
    },
    expect: { kind: 'not-found', message: 'The requested resource was not found' },
  },
  {
    id: 'twilio/legacy-xml-400-code',
    source: 'Twilio',
    url: 'https://www.twilio.com/docs/api/2008-08-01/rest/response',
    note: 'Same XML envelope with `Code` and `MoreInfo`; the `Code` element is the code (rule 6). No Content-Type shown.',
    response: {
      status: 400,
      body: `<TwilioResponse>
<RestException>
<Status>400</Status>
<Message>No called number is specified</Message>
<Code>21201</Code>
<MoreInfo>http://www.twilio.com/docs/errors/21201</MoreInfo>
</RestException>
</TwilioResponse>`,
    },
    expect: { kind: 'bad-request', message: 'No called number is specified', code: '21201' },
  },
  {
    id: 'twilio/rfc9457-detail-400',
    source: 'Twilio',
    url: 'twilio/twilio-node/spec/unit/base/TwilioServiceException.spec.ts@17d127b7c42d33bd57ac0a3177e0f1540acfd231',
    note: "Twilio's newer RFC 9457 errors, as twilio-node's tests build them. `detail` beats `title`; the numeric `code` beats the type URI and is a string in the model. The parameter is named only inside the sentence, so there is no field error and the 400 is bad-request.",
    response: {
      status: 400,
      body: {
        type: 'https://www.twilio.com/docs/api/errors/20001',
        title: 'Invalid parameter',
        status: 400,
        code: 20001,
        detail: "The 'PhoneNumber' parameter is required but was not provided.",
        instance: '/api/v1/accounts/AC123/calls/CA456',
      },
    },
    expect: { kind: 'bad-request', message: "The 'PhoneNumber' parameter is required", code: '20001' },
  },
  {
    id: 'twilio/rfc9457-validation-errors-422',
    source: 'Twilio',
    url: 'twilio/twilio-node/spec/unit/base/TwilioServiceException.spec.ts@17d127b7c42d33bd57ac0a3177e0f1540acfd231',
    note: '`errors[].pointer` are JSON Pointers with a leading "#". Title "Validation Error" and detail "Request validation failed" are both generic summaries, so the message is the default.',
    response: {
      status: 422,
      body: {
        type: 'https://www.twilio.com/docs/api/errors/20001',
        title: 'Validation Error',
        status: 422,
        code: 20001,
        detail: 'Request validation failed',
        errors: [
          {
            detail: 'must be a positive integer',
            pointer: '#/age',
          },
          {
            detail: "must be 'green', 'red' or 'blue'",
            pointer: '#/profile/color',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['age', 'must be a positive integer'],
        ['profile.color', "'green', 'red' or 'blue'"],
      ],
      code: '20001',
    },
  },

  // ───────────────────────────── SendGrid ─────────────────────────────
  {
    id: 'sendgrid/mail-send-missing-fields-400',
    source: 'SendGrid',
    url: 'https://github.com/sendgrid/sendgrid-ruby/issues/438',
    note: 'Status, body and headers as printed by the Ruby client; the header list is cut off in the issue after access-control-allow-methods, and only the headers shown are kept. Messages copied with their escaped quotes and double spaces. Only field text, so the message is the default.',
    response: {
      status: 400,
      headers: {
        server: 'nginx',
        date: 'Thu, 24 Sep 2020 05:12:50 GMT',
        'content-type': 'application/json',
        'content-length': '980',
        connection: 'close',
        'access-control-allow-origin': 'https://sendgrid.api-docs.io',
        'access-control-allow-methods': 'POST',
      },
      body: {
        errors: [
          {
            message:
              'The from object must be provided for every email send. It is an object that requires the email parameter, but may also contain a name parameter.  e.g. {"email" : "example@example.com"}  or {"email" : "example@example.com", "name" : "Example Recipient"}.',
            field: 'from.email',
            help: 'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.from',
          },
          {
            message: 'The personalizations field is required and must have at least one personalization.',
            field: 'personalizations',
            help: 'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#-Personalizations-Errors',
          },
          {
            message:
              'Unless a valid template_id is provided, the content parameter is required. There must be at least one defined content block. We typically suggest both text/plain and text/html blocks are included, but only one block is required.',
            field: 'content',
            help: 'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.content',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['from.email', 'The from object must be provided'],
        ['personalizations', 'personalizations field is required'],
        ['content', 'the content parameter is required'],
      ],
    },
  },
  {
    id: 'sendgrid/personalizations-to-email-400',
    source: 'SendGrid',
    url: 'https://github.com/sklarsa/django-sendgrid-v5/issues/10',
    note: 'Logged as "HTTP Error 400: Bad Request" plus the body bytes. The field path is already dotted with a numeric index.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            message: 'The to email parameter is required.',
            field: 'personalizations.0.to.0.email',
            help: 'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.personalizations.to',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['personalizations.0.to.0.email', 'The to email parameter is required']],
    },
  },
  {
    id: 'sendgrid/sender-identity-403-with-field',
    source: 'SendGrid',
    url: 'https://github.com/christianblais/triggerify/pull/99',
    note: 'A 403 whose only text is bound to the `from` field: the status keeps it forbidden (field errors make only a 400 validation), the field error is still listed, and since the only sentence is field-bound the message is the default.',
    response: {
      status: 403,
      body: {
        errors: [
          {
            message:
              'The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements',
            field: 'from',
            help: null,
          },
        ],
      },
    },
    expect: {
      kind: 'forbidden',
      message: DEFAULT,
      fields: [['from', 'does not match a verified Sender Identity']],
    },
  },
  {
    id: 'sendgrid/bad-request-null-field-400',
    source: 'SendGrid',
    url: 'https://github.com/sendgrid/docs/issues/5060',
    note: 'The one item has `field: null` (form-level) and only the reason phrase as message, so the message is the default.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            message: 'Bad Request',
            field: null,
            help: null,
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'sendgrid/v2-errors-strings-400',
    source: 'SendGrid',
    url: 'https://github.com/sendgrid/sendgrid-go/issues/54',
    note: 'The old v2 Web API shape, printed by sendgrid-go as "code:400 ... body:". The top-level `message` is only "error"; the list holds the sentence (form-level).',
    response: {
      status: 400,
      body: {
        errors: ['Empty from email address (required)'],
        message: 'error',
      },
    },
    expect: { kind: 'bad-request', message: 'Empty from email address' },
  },

  // ───────────────────────────── Mailgun ─────────────────────────────
  {
    id: 'mailgun/forbidden-text-401',
    source: 'Mailgun',
    url: 'https://github.com/anymail/django-anymail/issues/237',
    note: 'Anymail prints "Mailgun API response 401 (UNAUTHORIZED): \'Forbidden\'": a 401 whose plain-text body is another reason phrase. No Content-Type shown.',
    response: { status: 401, body: 'Forbidden' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'mailgun/invalid-private-key-401',
    source: 'Mailgun',
    url: 'https://github.com/mailgun/mailgun.js/issues/227',
    note: "mailgun.js reports message 'Unauthorized' (the 401 status text) and the raw body in `details`.",
    response: { status: 401, body: { message: 'Invalid private key' } },
    expect: { kind: 'unauthenticated', message: 'Invalid private key' },
  },
  {
    id: 'mailgun/from-not-valid-address-400',
    source: 'Mailgun',
    url: 'https://github.com/fastlane/fastlane/issues/8568',
    note: "The body printed from RestClient's exception response; the status is not printed, 400 is assumed (the Mailgun SDKs map this invalid-parameter answer to their 400 error, per mailgun/mailgun-php#119). The parameter is named only inside the sentence, so there is no field error.",
    response: {
      status: 400,
      body: {
        message: "'from' parameter is not a valid address. please check documentation",
      },
    },
    expect: { kind: 'bad-request', message: "'from' parameter is not a valid address" },
  },

  // ───────────────────────────── Postmark ─────────────────────────────
  {
    id: 'postmark/invalid-api-token-401',
    source: 'Postmark',
    url: 'ActiveCampaign/postmark-gem/spec/unit/postmark/http_client_spec.rb@12a449c33fc520967e6a135269685fa9c3a0c9cc',
    note: 'The spec registers `{"ErrorCode" => status, "Message" => ""}` with status ["401", "Unauthorized"]. Empty Message: the default. `ErrorCode` is not named `code`, so code is not stated.',
    response: { status: 401, body: { ErrorCode: 401, Message: '' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'postmark/invalid-message-422',
    source: 'Postmark',
    url: 'ActiveCampaign/postmark-gem/spec/unit/postmark/http_client_spec.rb@12a449c33fc520967e6a135269685fa9c3a0c9cc',
    note: 'Registered with status ["422", "Invalid"] and an empty Message.',
    response: { status: 422, body: { ErrorCode: 422, Message: '' } },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'postmark/internal-server-error-500',
    source: 'Postmark',
    url: 'ActiveCampaign/postmark-gem/spec/unit/postmark/http_client_spec.rb@12a449c33fc520967e6a135269685fa9c3a0c9cc',
    note: 'Registered with status ["500", "Internal Server Error"] and an empty Message.',
    response: { status: 500, body: { ErrorCode: 500, Message: '' } },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'postmark/custom-status-485',
    source: 'Postmark',
    url: 'ActiveCampaign/postmark-gem/spec/unit/postmark/http_client_spec.rb@12a449c33fc520967e6a135269685fa9c3a0c9cc',
    note: 'The gem\'s "unknown issue" test: status ["485", "Custom HTTP response status"]. An unlisted 4xx is bad-request under rule 1.',
    response: { status: 485, body: { ErrorCode: 485, Message: '' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Mailchimp Marketing API ─────────────────────────────
  {
    id: 'mailchimp/email-blank-400',
    source: 'Mailchimp Marketing API',
    url: 'https://github.com/govhackaustralia/hackerspace3/pull/279',
    note: 'Problem-details body with an `errors` list. Title "Invalid Resource" and the detail ("could not be validated. For field-specific details, see the \'errors\' array.") are type-level generic summaries, so the message is the default. `instance` is not one of rule 5\'s ids.',
    response: {
      status: 400,
      body: {
        type: 'https://mailchimp.com/developer/marketing/docs/errors/',
        title: 'Invalid Resource',
        status: 400,
        detail: "The resource submitted could not be validated. For field-specific details, see the 'errors' array.",
        instance: '9f7949bd-9afc-10ec-1545-d6d041cec6e0',
        errors: [
          {
            field: 'email_address',
            message: 'This value should not be blank.',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['email_address', 'should not be blank']] },
  },
  {
    id: 'mailchimp/required-fields-empty-field-400',
    source: 'Mailchimp Marketing API',
    url: 'https://github.com/drewm/mailchimp-api/issues/179',
    note: 'One item has `field: ""` (form-level) and one is bound to email_address. The form-level item is occurrence-specific and beats the generic detail, so it is taken as the message; if form-level items are not message candidates, the message would be the default.',
    response: {
      status: 400,
      body: {
        type: 'http://developer.mailchimp.com/documentation/mailchimp/guides/error-glossary/',
        title: 'Invalid Resource',
        status: 400,
        detail: "The resource submitted could not be validated. For field-specific details, see the 'errors' array.",
        instance: '',
        errors: [
          { field: '', message: 'Required fields were not provided: email_address' },
          { field: 'email_address', message: 'Schema describes string, NULL found instead' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: 'Required fields were not provided',
      fields: [['email_address', 'Schema describes string']],
    },
  },
  {
    id: 'mailchimp/signup-throttle-400',
    source: 'Mailchimp Marketing API',
    url: 'https://github.com/ibericode/mailchimp-for-wordpress/issues/771',
    note: 'Logged by the plugin as "Response: 400 Bad Request" plus the body (email masked in the log). A throttle in words only: no throttling code, no status or header, so it stays a 400 bad-request, and the text has no wait.',
    response: {
      status: 400,
      body: {
        type: 'https://mailchimp.com/developer/marketing/docs/errors/',
        title: 'Invalid Resource',
        status: 400,
        detail:
          "mini****@us*****.1freehost.site has signed up to a lot of lists very recently; we're not allowing more signups for now",
        instance: '154c4982-36f5-3078-7c48-5d26574d33de',
      },
    },
    expect: { kind: 'bad-request', message: 'has signed up to a lot of lists very recently' },
  },

  // ───────────────────────────── Klaviyo ─────────────────────────────
  {
    id: 'klaviyo/duplicate-profile-409',
    source: 'Klaviyo',
    url: 'segmentio/action-destinations/packages/destination-actions/src/destinations/klaviyo/upsertProfile/__tests__/index.test.ts@140ace0275fa51895edbd802bf46a20763f64769',
    note: "Segment's Klaviyo test replies 409 with this trimmed JSON:API error (the real one also has id/code/title/detail; the test keeps only `meta.duplicate_profile_id`). No text at all: the default.",
    response: {
      status: 409,
      body: {
        errors: [
          {
            meta: {
              duplicate_profile_id: '123',
            },
          },
        ],
      },
    },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'klaviyo/server-error-empty-500',
    source: 'Klaviyo',
    url: 'segmentio/action-destinations/packages/destination-actions/src/destinations/klaviyo/upsertProfile/__tests__/index.test.ts@140ace0275fa51895edbd802bf46a20763f64769',
    note: 'The test replies 500 with an empty JSON object.',
    response: { status: 500, body: {} },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── GoCardless ─────────────────────────────
  {
    id: 'gocardless/validation-failed-422',
    source: 'GoCardless',
    url: 'gocardless/gocardless-pro-python/tests/fixtures/validation_failed_error.json@2a1da1005d555dfdad57b4658174621069375afd',
    note: 'The envelope repeats the status as a numeric `code` (422) and the category in `type`; "Validation failed" is a generic summary, so the message is the default. `request_id` sits inside `error`.',
    response: {
      status: 422,
      body: {
        error: {
          documentation_url: 'https://developer.gocardless.com/pro#validation_failed',
          message: 'Validation failed',
          type: 'validation_failed',
          code: 422,
          request_id: 'dd50eaaf-8213-48fe-90d6-5466872efbc4',
          errors: [
            {
              message: 'must be a number',
              field: 'branch_code',
            },
            {
              message: 'is invalid',
              field: 'country_code',
            },
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['branch_code', 'must be a number'],
        ['country_code', 'is invalid'],
      ],
      logId: 'dd50eaaf-8213-48fe-90d6-5466872efbc4',
    },
  },
  {
    id: 'gocardless/bank-account-exists-409',
    source: 'GoCardless',
    url: 'gocardless/gocardless-pro-python/tests/fixtures/validation_failed_duplicate_bank_account_error.json@8eaca15b6429c62271ec0caddfd3a47cbc67c47e',
    note: 'A 409 whose `type` is still "validation_failed": that token is not one of rule 1\'s validation codes (`validation_error`, `ValidationFailure`, …), so the 409 decides (conflict); the item\'s reason "bank_account_exists" agrees. The item has no field (form-level).',
    response: {
      status: 409,
      body: {
        error: {
          documentation_url: 'https://developer.gocardless.com/pro#bank_account_exists',
          message: 'Bank account already exists',
          type: 'validation_failed',
          code: 409,
          request_id: 'dd50eaaf-8213-48fe-90d6-5466872efbc4',
          errors: [
            {
              reason: 'bank_account_exists',
              message: 'Bank account already exists',
              links: {
                customer_bank_account: 'xyz',
              },
            },
          ],
        },
      },
    },
    expect: {
      kind: 'conflict',
      message: 'Bank account already exists',
      logId: 'dd50eaaf-8213-48fe-90d6-5466872efbc4',
    },
  },

  // ───────────────────────────── Wise ─────────────────────────────
  {
    id: 'wise/invalid-token',
    source: 'Wise',
    url: 'https://docs.wise.com/guides/developer/errors',
    note: 'The guide\'s "system error" example. It shows no status; 401 is assumed, and `invalid_token` is a credential code, so the kind is unauthenticated on 400/401/403 alike. The error_description is only a UUID, not a sentence, so the message is the default.',
    response: {
      status: 401,
      body: {
        error: 'invalid_token',
        error_description: '945fdc16-56cb-4039-90b4-998d583740ce',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_token' },
  },
] satisfies ConformanceCase[];
