import { DEFAULT, type ConformanceCase } from '../types';

// Fifty-second unseen-API holdout, part A (11 January 2027): open-source e-commerce platforms' REST and GraphQL APIs,
// as their own test suites and reference pages show the error bodies they send, that no other case file uses: Spree
// Commerce (its Storefront API v2 request specs, its rswag-generated Platform API v2 reference and its Store API
// "Errors" page), OroCommerce (the Oro API's "Error Messages" and storefront "Checkout API" pages in
// oroinc/documentation), Cargo (the Statamic e-commerce add-on's JSON API "Errors" page) and EverShop (a captured
// response pasted in its issue tracker), collected to measure how the reader does at first sight on APIs it was never
// tuned on. Every body was copied from the public material named in `url` and `note`: Spree's request spec
// `errors_spec.rb`, which asserts the status and the whole `error` member (the body's shape, `{ error: … }` for a
// string error, read from `render_error_payload` in `base_controller.rb`, as the fifty-first holdout read
// Formspree's from its `errors.py`), Spree's Platform API OpenAPI files (rswag-generated; the 422 example sits beside
// 200 and 201 examples that carry a test run's ids and timestamps), the vendors' own reference pages that print an
// error body with its status or beside a status table (Spree's Store API errors, Oro's two pages, Cargo's errors page),
// and a public issue that pastes a captured response with its status (EverShop #713). Where a status is not printed
// beside the body, the note says where it came from (the body's own `status` member for Oro, the page's status table
// for Spree's Store API, the file that references the response for Spree's 401). No header was shown beside any of
// these bodies and none was added. Every `expect` was written from the source and test/conformance/README.md before the
// kit was run.
//
// Looked for and dropped: Saleor, Medusa, Sylius, Solidus, Vendure, Shopware (its Admin API; the Store API is the same
// product), PrestaShop (Webservice; its newer Admin API is the same product), Magento, WooCommerce (REST API; the Store
// API is the same product), Odoo, Lightspeed (Retail and Restaurant are in the corpus; the eCom API's error page was
// not found), Commerce Layer, SureCart, Oracle Commerce, Etsy and Akeneo, already in the corpus; Bagisto (its REST and
// GraphQL issues show screenshots and videos, no body with a status), Aimeos (its JSON API client renders a stack trace
// into `detail`, and its docs print `"detail": "<stack trace where the error occurred>"`, a placeholder), Sharetribe
// (its API reference prints an error-code table, and no stored excerpt reached an error body), Spryker (its Glue API
// pages' stored excerpts stop before the error samples), CS-Cart, Thelia, Broadleaf, Shopizer, nopCommerce (the
// SevenSpikes API plugin's `{"errors":{"server_error":["Please contact the store owner!"]}}` was pasted without a
// status), django-oscar-api (the basket tests read assert statuses only), Reaction Commerce, Unchained, Vue Storefront
// API, OpenCart (its issues quote the API's permission warning without a body or a status), Microweber and Smartstore
// (nothing found within the cap); Spree's `spree_auth_devise` account spec (it asserts only the `error` line of a 422
// whose `errors` map it does not show), a multi-vendor Spree deployment's rspec_api_documentation pages (the index gave
// the file without its repository), Oro's checkout `meta` report (printed without a status) and its PayPal Express
// example (read only in part), and Aimeos's root `GET` template (its body is assembled at runtime from a URL). No
// rate-limit header, no XML body and no non-English body turned up in this domain within the cap; the part holds 13
// cases from 4 sources, under the brief's aim of 25 from 8, after 56 of the 60 look-ups (most of these platforms'
// suites assert statuses or single members, and most of their docs print schemas or tables, not bodies).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-11-a`, on ef274aa, src/ unchanged: in the frozen copy /tmp/base52): 12/13 pass, 4 sources
// (kind 13/13, message 12/13, fields 13/13, retry 13/13, logId 0/0, code 2/2). Failing at first sight:
// evershop/create-product-pattern-exception-500 (the message "Exception in middleware finish: Exception in middleware
// createProduct: must match pattern \"^[0-9]+$\"" kept where rule 2.3 makes a chain of exceptions ending in a schema
// validator's report (Ajv's "must match pattern") developer text, so the 500's message is the default). Every other
// case passed as written, including the judgment calls on Spree's envelope sentences that repeat their fields (kept),
// its "The access token is invalid" (kept), Oro's "Payment failed, please try again …" (kept), Oro's `title` left
// unstated as a code, and Cargo's "Invalid discount code" (kept). No expectation was changed after the run (Prettier's
// line breaks were applied before it).

// Scored in `cases/` the stop it was collected (6 December), at 13/13 (Ajv's report with the pattern it tried is
// developer text since: EverShop's 'must match pattern "^[0-9]+$"').

export default [
  // ───────────────────────────── Spree Commerce ─────────────────────────────
  {
    id: 'spree/v2-storefront-product-not-found-404',
    source: 'Spree Commerce',
    url: 'spree/spree/api/spec/requests/spree/api/v2/errors_spec.rb@146e47d3cd4ffb0177c170627e4d38a668b5ae1f',
    note: "Request spec \"API v2 Errors spec\", context 'record not found': `GET /api/v2/storefront/products/product-that-doesn-t-exist`, `it_behaves_like 'returns 404 HTTP status'` and `expect(json_response['error']).to eq('The resource you were looking for could not be found.')`. The spec asserts the `error` member; the body holds nothing else: the v2 `BaseController#record_not_found` calls `render_error_payload(I18n.t(:resource_not_found, scope: 'spree.api'), 404)`, which renders a string error as `{ error: error }` (`api/app/controllers/spree/api/v2/base_controller.rb@0accb80ddf3ee48a244108f7b1f76a9ce1e29240`). No header shown (the controller's `application/vnd.api+json` content type was not printed, so none is copied). Kind: 404, not-found (rule 1). Message: a sentence saying what was not found, not a bare reason phrase (rule 2.1: \"Resource not found\" is a sentence). No code member.",
    response: { status: 404, body: { error: 'The resource you were looking for could not be found.' } },
    expect: { kind: 'not-found', message: 'The resource you were looking for could not be found.' },
  },
  {
    id: 'spree/v2-storefront-cart-access-denied-403',
    source: 'Spree Commerce',
    url: 'spree/spree/api/spec/requests/spree/api/v2/errors_spec.rb@146e47d3cd4ffb0177c170627e4d38a668b5ae1f',
    note: "The same spec, context 'authorization failure': a signed-in user empties another user's cart (`PATCH /api/v2/storefront/cart/empty`), `it_behaves_like 'returns 403 HTTP status'` and `expect(json_response['error']).to eq('You are not authorized to access this page.')` (CanCan's `AccessDenied` text). Body shape as in the 404 case: `access_denied` calls `render_error_payload(exception.message, 403)`, a string error rendered as `{ error: … }` (same controller file). No header shown. Kind: 403, forbidden (rule 1). Message: the refusal's sentence; \"not authorized\" on a 403 says what was refused and is the message (rule 2.1, as Battle.net's and Zammad's). No code.",
    response: { status: 403, body: { error: 'You are not authorized to access this page.' } },
    expect: { kind: 'forbidden', message: 'You are not authorized to access this page.' },
  },
  {
    id: 'spree/platform-access-token-invalid-401',
    source: 'Spree Commerce',
    url: 'spree/spree/api/docs/v2/platform/responses/AuthenticationFailedError.yaml@8bbb65501f5fbf9158775a18b0525e13e3a54997',
    note: "Spree's Platform API v2 OpenAPI reference: the shared \"Authentication Failed\" response, example value `error: The access token is invalid` (Doorkeeper's text for an unknown bearer token; the rswag shared example 'authentication failed' in `api/lib/spree/api/testing_support/v2/platform_contexts.rb` sends a bogus bearer token and expects `response '401'`). Status: 401, from the resource files that reference this response under `'401'` (e.g. `api/docs/v2/platform/resources/addresses.yaml@756bdad2…`). No header shown. Kind: 401, unauthenticated (rule 1). Message: \"The access token is invalid\" is a sentence about the credential the request carried, kept as the corpus keeps credential lines (\"Invalid token\", \"Invalid credentials\"; the forty-first holdout's sample). Judgment call: a reader could take it for a line naming only what is invalid and give the default (rule 2.1's open question). No code member.",
    response: { status: 401, body: { error: 'The access token is invalid' } },
    expect: { kind: 'unauthenticated', message: 'The access token is invalid' },
  },
  {
    id: 'spree/platform-create-address-blank-fields-422',
    source: 'Spree Commerce',
    url: 'spree/spree/api/docs/v2/platform/resources/addresses.yaml@756bdad231e9eda7dc01fefe6e7486eabc85f94a',
    note: "Spree's Platform API v2 OpenAPI file for `/api/v2/platform/addresses`, `post` → `'422'` \"Invalid request\", `examples.Example.value`: by all signs the body rswag recorded from the shared example 'invalid request' (`run_test!` with the spec's `invalid_param_value`; the 200 and 201 examples beside it carry a test run's ids and `2022-11-08T19:33:5x` timestamps). The YAML folds the long `error` scalar over three lines; read as YAML it is one line joined by spaces (\"… Address can't be blank, City …\"). The body is `render_error_payload(ActiveModel::Errors)`: `{ error: full_messages.to_sentence, errors: messages }`. No header shown. Kind: 422 with field errors, validation (rule 1). Fields: the `errors` map of field to list of strings (rule 3), seven fields. Message: the envelope's `error`, a sentence for the person that repeats the fields' full messages; kept, as the corpus keeps Laravel's envelope `message` that repeats its first field (`laravel/validation-dot-paths`). Judgment call: rule 2.4's \"(or only field messages)\" could make it the default (the forty-eighth holdout's sample disagreed on FundraiserMax's like line). No code member. The URL's commit is the one the index gave for this file.",
    response: {
      status: 422,
      body: {
        error:
          "First Name can't be blank, Last Name can't be blank, Address can't be blank, City can't be blank, Country can't be blank, Zip Code can't be blank, and Phone can't be blank",
        errors: {
          firstname: ["can't be blank"],
          lastname: ["can't be blank"],
          address1: ["can't be blank"],
          city: ["can't be blank"],
          country: ["can't be blank"],
          zipcode: ["can't be blank"],
          phone: ["can't be blank"],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: "First Name can't be blank",
      fields: [
        ['firstname', "can't be blank"],
        ['lastname', "can't be blank"],
        ['address1', "can't be blank"],
        ['city', "can't be blank"],
        ['country', "can't be blank"],
        ['zipcode', "can't be blank"],
        ['phone', "can't be blank"],
      ],
    },
  },
  {
    id: 'spree/store-api-v3-validation-error-422',
    source: 'Spree Commerce',
    url: 'https://spreecommerce.org/docs/api-reference/store-api/errors',
    note: 'Spree\'s Store API (v3) "Errors" page: "Validation errors include an additional details field with per-field error messages", printed under its Stripe-style format. Status: the page\'s status table, "422 Unprocessable Content — Validation failed, invalid state transition, payment error" (the stored excerpt ended before the per-code table). No header shown. Kind: 422, validation, and `validation_error` is a validation code (rule 1). Fields: `details` is a map of field to list of strings inside the error object, a member that holds errors (rule 3, as Mautic\'s `details`). Message: `error.message`, the sentence joining the two fields\' full messages; kept as in the Platform API case above (same judgment call). Code: `error.code` (rule 6; the only code member, nothing more specific beside it).',
    response: {
      status: 422,
      body: {
        error: {
          code: 'validation_error',
          message: "Name can't be blank and Email is invalid",
          details: { name: ["can't be blank"], email: ['is invalid'] },
        },
      },
    },
    expect: {
      kind: 'validation',
      message: "Name can't be blank and Email is invalid",
      fields: [
        ['name', "can't be blank"],
        ['email', 'is invalid'],
      ],
      code: 'validation_error',
    },
  },
  {
    id: 'spree/store-api-v3-record-not-found-404',
    source: 'Spree Commerce',
    url: 'https://spreecommerce.org/docs/api-reference/store-api/errors',
    note: 'The same page\'s first example ("All errors return a JSON object with a single error key"). Status: its status table, "404 Not Found — Resource doesn\'t exist or isn\'t accessible", the status for a `record_not_found`. No header shown. Kind: 404, not-found (and `record_not_found` is a not-found code, rule 1). Message: "Product not found" names what was not found, a sentence rather than the bare reason phrase (rule 2.1). Code: `error.code` (rule 6). A sixth Spree case, over the brief\'s ~5 per API: its shape (a Stripe-style error object with a code) differs from the v2 API\'s bare `error` string.',
    response: { status: 404, body: { error: { code: 'record_not_found', message: 'Product not found' } } },
    expect: { kind: 'not-found', message: 'Product not found', code: 'record_not_found' },
  },

  // ───────────────────────────── OroCommerce ─────────────────────────────
  {
    id: 'orocommerce/entity-not-found-404',
    source: 'OroCommerce API',
    url: 'oroinc/documentation/api/error-messages.rst@02585717a3c8f81956bdeb302fd38f841086e703',
    note: 'Oro\'s web API "Error Messages" page prints this JSON:API error document as the representation of an error. Status: the error object\'s own `status` ("404"); the page prints no status line. No header shown. Kind: 404, not-found (rule 1). Message: `detail`, the occurrence\'s sentence, over the type-level `title` (rule 2.2). No code stated: `title` "not found http exception" is the exception\'s class in lower-case words with spaces, not a code token, and rule 6 names no `title` as a code unless a code stands alone in it (a reader could read it as a category in words, as CKAN\'s `__type`).',
    response: {
      status: 404,
      body: {
        errors: [
          {
            status: '404',
            title: 'not found http exception',
            detail: 'An entity with the requested identifier does not exist.',
          },
        ],
      },
    },
    expect: { kind: 'not-found', message: 'An entity with the requested identifier does not exist.' },
  },
  {
    id: 'orocommerce/checkout-not-ready-for-payment-400',
    source: 'OroCommerce API',
    url: 'oroinc/documentation/api/checkout-api.rst@10febba9d1eba544e7ddb2e9810057e60695a05c',
    note: 'Oro\'s storefront "Checkout API" page, "Error Handling and Security Considerations": "another response when checkout is not ready for payment". Read from a stored version of this file the index returned for its text (14,237 characters); the version at the commit in `url` (14,527 characters) ends with the same examples. Status: the error object\'s own `status` ("400"). No header shown. Kind: a 400 without field errors and without a code (`title` "payment constraint" is a category in words): bad-request (rule 1). Message: `detail` (rule 2.2). The `meta.validatePaymentUrl` is a link for the program, no field and no message (rule 3). No code stated.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            status: '400',
            title: 'payment constraint',
            detail: 'The checkout is not ready for payment.',
            meta: { validatePaymentUrl: 'https://oro-application.ltd/api/checkouts/1/payment' },
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: 'The checkout is not ready for payment.' },
  },
  {
    id: 'orocommerce/payment-still-in-progress-400',
    source: 'OroCommerce API',
    url: 'oroinc/documentation/api/checkout-api.rst@10febba9d1eba544e7ddb2e9810057e60695a05c',
    note: 'The same section: "a response when for payment is still in progress" (sic). Status: the error object\'s `status` ("400"). No header shown. Kind: 400 without fields or code, bad-request (rule 1). Message: `detail`, two sentences for the shopper (rule 2.2). No code stated (`title` "payment status constraint" is a category in words).',
    response: {
      status: 400,
      body: {
        errors: [
          {
            status: '400',
            title: 'payment status constraint',
            detail: "Payment is being processed. Please follow the payment provider's instructions to complete it.",
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: 'Payment is being processed.' },
  },
  {
    id: 'orocommerce/payment-failed-400',
    source: 'OroCommerce API',
    url: 'oroinc/documentation/api/checkout-api.rst@10febba9d1eba544e7ddb2e9810057e60695a05c',
    note: 'The same section: "a response when for payment failed with an error". Status: the error object\'s `status` ("400"). No header shown. Kind: 400 without fields or code, bad-request (rule 1). Message: `detail`, kept: it names what failed (the payment) and what the shopper can do (try again or choose another method), more than a line that only says something failed (rule 2.1\'s generic list). Judgment call: a reader could hold "Payment failed, please try again" to the thirty-seventh holdout\'s "lines that only say that something failed" and give the default. No code stated.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            status: '400',
            title: 'payment constraint',
            detail: 'Payment failed, please try again or select a different payment method.',
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: 'Payment failed, please try again or select a different payment method.' },
  },
  {
    id: 'orocommerce/payment-requires-additional-actions-400',
    source: 'OroCommerce API',
    url: 'oroinc/documentation/api/checkout-api.rst@10febba9d1eba544e7ddb2e9810057e60695a05c',
    note: 'The same section: "a response when additional actions are required" (Stripe\'s 3-D Secure step), copied whole, `meta.data` included; read from the same stored version as the cases above, and its end matches the version at the commit in `url`. Status: the error object\'s `status` ("400"). No header shown. Kind: 400 without field errors or code, bad-request (rule 1). Fields: none; `meta.data` is the payment method\'s data for the program (URLs, ids, `successful: false`), no error\'s parameter named `param`, `field` or the like (rule 3), and no map of messages. Message: `detail` (rule 2.2). No code stated.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            status: '400',
            title: 'payment action constraint',
            detail: 'The payment requires additional actions.',
            meta: {
              data: {
                paymentMethod: 'stripe_payment_1',
                paymentMethodSupportsValidation: false,
                errorUrl: 'http://oro-application.ltd/payment/callback/error/e111111c-1111-1111-1abc-11dc1d1111f1',
                returnUrl: 'http://oro-application.ltd/payment/callback/return/e111111c-1111-1111-1abc-11dc1d1111f1',
                failureUrl: 'https://my-application.ltd/checkout/payment/stripe/failure',
                partiallyPaidUrl: 'https://my-application.ltd/checkout/payment/stripe/partiallyPaid',
                successUrl: 'https://my-application.ltd/checkout/payment/stripe/success',
                additionalData: {
                  stripePaymentMethodId: 'pm_stripepaymentmethodid',
                  customerId: 'cus_stripecustomerid',
                  paymentIntentId: 'pi_stripepaymentintentid',
                },
                successful: false,
                requires_action: true,
                payment_intent_client_secret: 'pi_stripe_secret_key',
              },
            },
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: 'The payment requires additional actions.' },
  },

  // ───────────────────────────── Cargo ─────────────────────────────
  {
    id: 'cargo/invalid-discount-code-422',
    source: 'Cargo',
    url: 'https://builtwithcargo.dev/frontend/json-api/errors',
    note: 'Cargo\'s (the Statamic e-commerce add-on\'s) JSON API "Errors" page, "Validation errors": "When invalid data is submitted, Cargo will return a 422 status code with a similar looking response to this", the body below. No header shown. Kind: 422 with a field error, validation (rule 1). Fields: the Laravel-style `errors` map (rule 3). Message: the envelope `message`, which repeats the field\'s line, kept as the corpus keeps Laravel\'s (`laravel/validation-dot-paths`). Judgment call: "Invalid discount code" names only what is invalid, which several readings have given the default (rule 2.1\'s open question); it is the words a shop shows a shopper, so it is kept. No code.',
    response: {
      status: 422,
      body: { message: 'Invalid discount code', errors: { discount_code: ['Invalid discount code'] } },
    },
    expect: {
      kind: 'validation',
      message: 'Invalid discount code',
      fields: [['discount_code', 'Invalid discount code']],
    },
  },

  // ───────────────────────────── EverShop ─────────────────────────────
  {
    id: 'evershop/create-product-pattern-exception-500',
    source: 'EverShop',
    url: 'https://github.com/evershopcommerce/evershop/issues/713',
    note: 'A captured response pasted in the issue: a client\'s log line "Product creation error: 500 Server Error: Internal Server Error for url: https://…/api/products, Response: {…}" (`POST /api/products`); status 500 from that line. No header shown. Kind: 500, server (rule 1). Message: the whole `message` is developer text, a chain of middleware exceptions ending in Ajv\'s "must match pattern \\"^[0-9]+$\\"" (rule 2.3: exception chains and schema validators\' reports): the default. No code: the numeric `status` restates the response\'s.',
    response: {
      status: 500,
      body: {
        error: {
          status: 500,
          message:
            'Exception in middleware finish: Exception in middleware createProduct: must match pattern "^[0-9]+$"',
        },
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
] satisfies ConformanceCase[];
