import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-second unseen-API holdout, part IN (2 March 2027): self-hosted business apps' REST APIs (ERP, CRM,
// helpdesk, accounting, inventory) that no other case file uses: OTRS (the helpdesk's GenericInterface REST
// web service), the Oro API (the JSON:API of OroPlatform, under OroCRM and OroCommerce) and iTop (Combodo's ITSM and
// CMDB, its REST/JSON web service). They were collected to measure how the reader does at first sight on APIs it was
// never tuned on. Where the bodies were copied from: OTRS's from the VCR cassettes recorded against a live OTRS by
// Tessera, a Ruby client (redrick/tessera spec/vcr, each with its commit; the cassette gives the status, the headers
// and the body, and each Content-Length matches the body as written here byte for byte); the Oro API's from Oro's
// own documentation (the "Error Messages" page and the Storefront Checkout API Guide, which print whole bodies;
// their status is the one each error object names in `status`, which JSON:API defines as the HTTP status
// applicable); iTop's from the authent-token extension's PersonalTokenRestTest, which checks webservices/rest.php's
// whole output with `assertEquals` (the status is not checked there: see the iTop notes). Headers were copied only
// where the source shows one (the cassettes' Content-Type; their Content-Length left out, as the harness writes its
// own body); none was added. Every `expect` was written from the source and test/conformance/README.md before the
// kit was run.
//
// Looked for and dropped: the Oro checkout-readiness reply (`meta: { message, errors: [...] }` with the errors'
// source pointers: its status is not shown and its shape is a success's, so the wire status would be guessed), Oro's
// asynchronous-operation error listing (a resource of errors, not an error response) and a third-party guide's Oro
// 422 example (not Oro's own material); iTop's `{"code":100,"message":"Error: Missing parameter 'operation'"}` (the
// same test checks it with `strpos`, a needle, not the whole output) and a C# client's comment pasting
// `{"code":3,"message":"Error: Missing parameter 'json_data"}` (its quote is unbalanced: a transcription slip, so not
// the wire body); Tessera's ticket_list_fail cassette (the same body as ticket_get_fail) and ticket_search_failure
// (`{}` on a 200: no error); Znuny's and OTRS's own GenericInterface tests (they check the operation's return value
// and often only `ErrorCode`, not the wire); MantisBT (its REST tests and PR #2030 check only the status; no printed
// body found), EspoCRM (errors told in an `X-Status-Reason` header; no body found), Vtiger, Axelor, Akaunting and
// Part-DB (searches found nothing citable). Skipped as already sources: ERPNext/Frappe, SugarCRM, InvenTree,
// FreeScout, osTicket, UVdesk, Kanboard, OpenProject, Taiga, Redmine and Bugzilla (the corpus's "Ralph" is France
// Université Numérique's learning record store, not Allegro's Ralph, which was not reached). Not reached within the
// cap: Tryton, Openbravo, Leantime, Trac, Tuleap, Pimcore, Wekan, Huly and Allegro's Ralph.
//
// The part holds 11 cases from 3 sources, under the brief's aim of 15–30 from at least 5: all 38 look-ups were spent,
// many on searches that returned other products or on products whose tests check a status or one member, not the
// body. The iTop cases rest on one judgment the source does not fix, the status (200): said in their notes.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-02-in`, on 4ff439b, src/ unchanged: in the frozen copy /tmp/base102, after `--check` found
// every case valid): 9/11 pass, 3 sources (kind 10/11, message 10/11, fields 11/11, retry 11/11, logId 0/0, code
// 0/0). Failing at first sight: otrs/session-create-auth-fail-200 (kept unknown; the case reads `AuthFail`, behind the
// operation's name `SessionCreate.`, as the credential code `auth_failed` and lets it outrank the 200, rule 1:
// unauthenticated, a judgment call its note names, as `AuthFail` is not listed); otrs/ticket-create-missing-customer-
// user-200 (the kind, validation, passed; the message kept "TicketCreate: Ticket->CustomerUser parameter is
// missing!", where the case reads a line that names only which input is missing, by the API's key written as code and
// called a parameter, as the default, rule 2.1: a judgment call its note names). Every other case passed as written,
// including the judgment calls on the OTRS `AccessDenied` on a 200 (forbidden), Oro's "payment is being processed" on
// a 400 (bad-request) and iTop's numeric `code` 1 on an assumed 200 (unknown, "Invalid login" kept). The run was made
// once and did not crash.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── OTRS ─────────────────────────────
  {
    id: 'otrs/session-create-auth-fail-200',
    source: 'OTRS',
    url: 'redrick/tessera/spec/vcr/session_create_failure.yml@8ea056bb59904c072c48c71e97d5af2d3319328d',
    note: 'A VCR cassette recorded on 7 October 2017 against an OTRS GenericInterface web service: POST …/Webservice/tickets/Session with `{"UserLogin":"tester","Password":"wrong_pwd"}`; the response is 200 OK, `Content-Type: application/json; charset=UTF-8` (Content-Length 103, which the body as written matches; left out). Kind: the 200 gives way to the code (rule 1: a code outranks any 2xx); `SessionCreate.AuthFail` is read without the operation\'s name before it, as CAMARA\'s `ONE_TIME_PASSWORD_SMS.INVALID_OTP` is, and `AuthFail` says the sign-in failed as `auth_failed` does (a credential code): unauthenticated. Judgment call: `AuthFail` is not listed as such, and a reader could leave a 200 with an unlisted code unknown. Message: "SessionCreate: Authorization failing!" is the only sentence (the PascalCase `ErrorMessage` is `errorMessage`). Code not stated (the operation prefix leaves its form in the model open).',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
      body: { Error: { ErrorMessage: 'SessionCreate: Authorization failing!', ErrorCode: 'SessionCreate.AuthFail' } },
    },
    expect: { kind: 'unauthenticated', message: 'Authorization failing' },
  },
  {
    id: 'otrs/ticket-get-access-denied-200',
    source: 'OTRS',
    url: 'redrick/tessera/spec/vcr/ticket_get_fail.yml@14d853bb5448337c102b5e8787a9dabcd6ec828d',
    note: 'A VCR cassette recorded on 4 November 2017: after a session is created, GET …/Webservice/tickets/Ticket/999 with the session id; the response is 200 OK, `Content-Type: application/json; charset=UTF-8` (Content-Length 117, matching; left out). The cassette\'s single-quoted YAML folds the message over two lines, which YAML reads as one space. Kind: `TicketGet.AccessDenied`, read without the operation\'s name, is `AccessDenied`, a permission code, and a code outranks a 2xx (rule 1): forbidden. Message: "TicketGet: User does not have access to the ticket!" is a sentence for the person (rule 2.1): kept.',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
      body: {
        Error: {
          ErrorMessage: 'TicketGet: User does not have access to the ticket!',
          ErrorCode: 'TicketGet.AccessDenied',
        },
      },
    },
    expect: { kind: 'forbidden', message: 'User does not have access to the ticket' },
  },
  {
    id: 'otrs/ticket-create-missing-customer-user-200',
    source: 'OTRS',
    url: 'redrick/tessera/spec/vcr/ticket_create_failure.yml@a07d2cbbbef0dc1075dcb8b331951b18e9828211',
    note: 'A VCR cassette recorded on 4 January 2018: POST …/Webservice/tickets/Ticket with `"CustomerUser":null` (and a base64 PDF attachment); the response is 200 OK, `Content-Type: application/json; charset=UTF-8` (Content-Length 129, matching; left out); the spec (spec/tessera/ticket_spec.rb) expects the parsed body to equal this hash. Kind: `TicketCreate.MissingParameter`, read without the operation\'s name, is `MissingParameter`, `missing_parameter` in other separators, a validation code; it outranks the 200 (rule 1): validation. Fields: none; the error object has no field member, and the input is named only in its prose (rule 3 finds fields by structure). Message: "TicketCreate: Ticket->CustomerUser parameter is missing!" names only which input is missing, by the API\'s own key written as code and called a parameter (rule 2.1, "Parameter component is required"): the default. Judgment call: a reader could keep the line, or take `Ticket->CustomerUser` as the field `Ticket.CustomerUser`.',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
      body: {
        Error: {
          ErrorMessage: 'TicketCreate: Ticket->CustomerUser parameter is missing!',
          ErrorCode: 'TicketCreate.MissingParameter',
        },
      },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },

  // ───────────────────────────── Oro API ─────────────────────────────
  {
    id: 'oro-api/entity-not-found-404',
    source: 'Oro API',
    url: 'https://doc.oroinc.com/5.1/api/error-messages',
    note: 'The "Error Messages" page of the Oro API docs (the same body on the 4.1, 5.0, 5.1 and master pages): "the API displays an error message in a consumable format". The status is the one the error object names (`status: "404"`); the page shows no header, so none is given. Kind: 404, not-found (rule 1). Message: `detail` beats `title` (rule 2.2), and "not found http exception" is a category line built from an exception\'s name: "An entity with the requested identifier does not exist." is kept.',
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
    expect: { kind: 'not-found', message: 'An entity with the requested identifier does not exist' },
  },
  {
    id: 'oro-api/paypal-express-payment-on-merchant-page-400',
    source: 'Oro API',
    url: 'oroinc/documentation: Storefront Checkout API Guide (rst label bundle-docs-commerce-checkout-bundle--checkout-api), "PayPal Express Payment"',
    note: 'The guide\'s response to POST /api/checkouts/{id}/paymentPayPalExpress, "when initial payment request is sent"; the status is the error object\'s (`status: "400"`); no header shown. The repository path of the guide was not resolved within the look-up cap (the rst label is cited). Kind: 400 with no code (the `title` "payment action constraint" is a category in words) and no field-bound error: `meta.data` holds the payment\'s URLs and method, none under a member that names a parameter (rule 3): bad-request (rule 1). Message: `detail` beats `title` (rule 2.2); it tells the person what to do: kept.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            status: '400',
            title: 'payment action constraint',
            detail:
              "Payment should be completed on the merchant's page, follow the link provided in the error details.",
            meta: {
              data: {
                paymentMethod: 'oro_paypal_express_1',
                paymentMethodSupportsValidation: false,
                errorUrl: 'http://oro-application.ltd/payment/callback/error/e111111c-1111-1111-1abc-11dc1d1111f1',
                returnUrl: 'http://oro-application.ltd/payment/callback/return/e111111c-1111-1111-1abc-11dc1d1111f1',
                failureUrl: 'https://my-application.ltd/checkout/payment/paypal-express/failure',
                successUrl: 'https://my-application.ltd/checkout/payment/paypal-express/success',
                purchaseRedirectUrl: 'http://paypal-express-domain.com/redirectUrl',
              },
            },
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: "Payment should be completed on the merchant's page" },
  },
  {
    id: 'oro-api/checkout-not-ready-for-payment-400',
    source: 'Oro API',
    url: 'oroinc/documentation: Storefront Checkout API Guide (rst label bundle-docs-commerce-checkout-bundle--checkout-api), "Error Handling and Security Considerations"',
    note: '"another response when checkout is not ready for payment"; the status is the error object\'s (`status: "400"`); no header shown. Kind: 400, no code, no field-bound error (`meta.validatePaymentUrl` is a link): bad-request (rule 1). Message: the `detail` sentence (rule 2.2): kept.',
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
    expect: { kind: 'bad-request', message: 'The checkout is not ready for payment' },
  },
  {
    id: 'oro-api/payment-being-processed-400',
    source: 'Oro API',
    url: 'oroinc/documentation: Storefront Checkout API Guide (rst label bundle-docs-commerce-checkout-bundle--checkout-api), "Error Handling and Security Considerations"',
    note: '"a response when for payment is still in progress"; status from the error object (`status: "400"`); no header shown. Kind: 400 with no code and no fields: bad-request (rule 1). Judgment call: the state it reports (a payment under way) is what a 409 says, but the status is 400 and the title is words, not a code, and text never decides the kind. Message: `detail` (rule 2.2): kept. Retry: no time is named (rule 4).',
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
    expect: { kind: 'bad-request', message: 'Payment is being processed' },
  },
  {
    id: 'oro-api/payment-failed-400',
    source: 'Oro API',
    url: 'oroinc/documentation: Storefront Checkout API Guide (rst label bundle-docs-commerce-checkout-bundle--checkout-api), "Error Handling and Security Considerations"',
    note: '"a response when for payment failed with an error"; status from the error object; no header shown. Kind: 400, no code, no fields: bad-request (rule 1). Message: `detail`, a sentence that tells the person what to do (rule 2.2): kept. Retry: "please try again" names no time (rule 4): none.',
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
    expect: { kind: 'bad-request', message: 'Payment failed, please try again or select a different payment method' },
  },
  {
    id: 'oro-api/stripe-payment-requires-action-400',
    source: 'Oro API',
    url: 'oroinc/documentation: Storefront Checkout API Guide (rst label bundle-docs-commerce-checkout-bundle--checkout-api), "Error Handling and Security Considerations"',
    note: '"a response when additional actions are required" (a Stripe payment awaiting 3-D Secure); status from the error object; no header shown; the ids and the client secret are the guide\'s placeholders. Kind: 400, no code; `meta.data` holds the payment\'s state (`successful`, `requires_action`) and URLs, no parameter named (rule 3): bad-request (rule 1). Message: `detail` (rule 2.2): kept.',
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
    expect: { kind: 'bad-request', message: 'The payment requires additional actions' },
  },

  // ───────────────────────────── iTop ─────────────────────────────
  {
    id: 'itop/rest-invalid-login-200',
    source: 'iTop',
    url: 'Combodo iTop authent-token extension: PersonalTokenRestTest.php (namespace Combodo\\iTop\\AuthentToken\\Test), testApiWithExpiredToken; repository path not resolved within the look-up cap',
    note: 'testApiWithExpiredToken (and testApiWithAnotherScope and the two tests of a token whose profile is not allowed) call webservices/rest.php to create a ticket with a personal token that must be refused, and `assertEquals` the whole output with `{"code":1,"message":"Error: Invalid login"}`. The test does not check the status: 200 is taken, as iTop\'s REST/JSON service tells its outcome in the body\'s `code` (its documented RestResult results, UNAUTHORIZED among them; a pasted success reads `"code":0`): a judgment call on the status; if iTop sent another, the case would rest on a guess. No header checked, none given. Kind: on a 200, the numeric `code` 1 is no error status and names no kind, and text never decides (rule 1): unknown. Judgment call: a reader could read a non-zero `code` beside "Error:" as the failure and "Invalid login" as a credential refusal. Message: "Error: " is a generic headline before a line of its own (rule 2.1), and "Invalid login" is a person\'s words: kept.',
    response: { status: 200, body: { code: 1, message: 'Error: Invalid login' } },
    expect: { kind: 'unknown', message: 'Invalid login' },
  },
  {
    id: 'itop/rest-services-user-profile-required-200',
    source: 'iTop',
    url: 'Combodo iTop authent-token extension: PersonalTokenRestTest.php (namespace Combodo\\iTop\\AuthentToken\\Test), testApiShouldFailWithoutConfToByPassRestProfile; repository path not resolved within the look-up cap',
    note: 'testApiShouldFailWithoutConfToByPassRestProfile: `allow_rest_services_via_tokens` is false, so an administrator\'s valid token signs in but lacks the REST Services User profile; the test `assertEquals` the whole output of webservices/rest.php. The status is not checked: 200 is taken, as in itop/rest-invalid-login-200 (a judgment call). No header. Kind: numeric `code` 1 on a 200 names no kind (rule 1): unknown (judgment call, as above). Message: after the generic "Error: " headline, a sentence for the person with its reason in parentheses: kept.',
    response: {
      status: 200,
      body: {
        code: 1,
        message:
          'Error: This user is not authorized to use the web services. (The profile REST Services User is required to access the REST web services)',
      },
    },
    expect: { kind: 'unknown', message: 'This user is not authorized to use the web services' },
  },
] satisfies ConformanceCase[];
