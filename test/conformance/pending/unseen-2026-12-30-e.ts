import { DEFAULT, type ConformanceCase } from '../types';

// Fortieth unseen-API holdout, part E (30 December 2026): error responses recorded in PHP client libraries' fixtures
// (php-vcr cassettes, Omnipay drivers' raw HTTP `tests/Mock/*.txt` files with a status line, a vendor library's README)
// and one vendor documentation repository, for European and regional public APIs that no other case file uses: DIDWW
// (telecom: phone numbers and voice trunks, its API v3), Fakturoid (Czech invoicing), Picallex CloudPBX (a Latin
// American cloud PBX), Scalexpert (French e-financing, Société Générale), CoinGate (Lithuanian crypto payments), OPPWA
// (ACI Worldwide's PAY.ON gateway), paysafecard (Austrian prepaid payments: its SOAP and its REST API), Swedbank Pay
// (formerly PayEx), Checkout Finland (now Paytrail), Secure Trading (now Trust Payments, British), Worldline Direct and
// Viva Wallet (Greek), collected to measure how the reader does at first sight on APIs it was never tuned on. Every
// body was copied from the public material named in `url` with its commit: php-vcr cassettes recorded against the live
// service (DIDWW's official SDK, didww/didww-api-3-php-sdk; Picallex's, picallex/cloudpbx-php-sdk), Omnipay drivers'
// mock responses, which are raw HTTP messages with a status line and the headers the server sent
// (coingate/omnipay-coingate, vdbelt/omnipay-oppwa, dercoder/omnipay-paysafecard, sauladam/omnipay-paysafecard-rest,
// Empatix/omnipay-swedbank, vesse/omnipay-checkout.fi, digitickets/omnipay-secure-trading,
// PatronBase/omnipay-worldline, delatbabel/omnipay-vivapayments), Fakturoid's own PHP library's README (the 422 body
// under "Handling errors", beside `getCode(); // 422`) and Scalexpert's own documentation repository (the "Get internal
// server error" example; status from the body's `httpStatusCode`). The drivers were found by asking which repositories
// hold `tests/Mock/PurchaseFailure.txt` and `tests/Mock/RefundFailure.txt` and listing the European ones' other mock
// files. Each status is the one recorded; headers were copied as shown, leaving out Content-Length, Connection and
// Transfer-Encoding as the brief asks, and the long or cookie headers each note names (DIDWW's CORS headers,
// paysafecard's Set-Cookie); a header php-vcr stored as a list is joined with ", ". No header was added. A status
// line's own reason phrase (Viva Wallet's "200 Non reversible transaction", "401 Invalid password for the merchant with
// id …") cannot be carried by a case and is named in the note. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Fio banka (h4kuna/fio's `server-exception.xml` and `xml-pay-response-error.xml` hold real Fio
// XML error bodies, "Služba je momentálně nedostupná" and a Czech payment-order error, but no status is shown and Fio's
// manual gives none for them); codeofdigital/laravel-url-shortener's TinyURL, Cutt.ly, is.gd and HideUri responses
// (every file repeats one header block, one Date and one Content-Length of 263 whatever the body: assembled by the test
// author, not recorded); Spits-online/laravel-openprovider's and aftandilmmd/epoint-payment-for-php's `error.json`
// ("Test error description", "Invalid request parameters": invented); Inbank's and PayPo's Omnipay mocks
// (sylapi/omnipay-inbank, -paypo: the header block is Omnipay's Stripe template of 24 July 2013, so the bodies cannot
// be told from the author's own); PayLane's (sylapi/omnipay-paylane: a real 401 challenge header with a 3-D Secure
// enrolment error body, which PayLane would not send together); Realex's (cfreear/omnipay-realex: placeholder date and
// timestamp of 25 March 2001, headers written by hand); the Swish driver (Swish Commerce API is already a source);
// DIDWW's first cassette of the same error (address_requirement_validations.yml, the same body without headers, left
// for the recording that has them) and its orders cassette (successes only); Swedbank Pay's ReversalFailure (the same
// body as its CaptureFailure but for the URL); Worldline's HostedCompletePurchaseFailure (a 200 answer to a status
// query of a payment the customer cancelled: the call succeeded, the payment did not); Intacct's XML (a test's own
// text); Mangopay, Moneybird, Easybill, Twinfield, bpost and Fatture in Cloud (searched, no error body with a status
// within the cap). No 429 and no rate-limit header turned up; Czech, French and Finnish bodies, four XML bodies (one
// SOAP), an HTML page, a body sent as `application/jsson` and an empty 401 did. 20 cases rather than 25: 74 of the 80
// look-ups were spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-30-e`, on 6afb2fa, src/ unchanged: in the frozen copy /tmp/base40): 12/20 pass, 12 sources
// (kind 19/20, message 15/20, fields 19/20, retry 20/20, logId 5/9, code 5/10). Failing at first sight:
// coingate/order-is-not-valid-200 (the kit kept "Order is not valid", a line that names only what is invalid, generic
// under rule 2.1 as "Invalid Resource" is: a judgment call the note names); paysafecard/rest-invalid-api-key-401 (it
// kept "Authentication failed", a category line under rule 2.1 as "Authentication failure" and "Login failed" are: a
// judgment call the note names); swedbank-pay/input-error-problems-400 (it kept the detail "Input validation failed,
// error description in problems node!", a headline that sends the reader to the list, rule 2.1; and it gave the whole
// problem type URI as the code, where rule 6 reads a type URI by its last segment, `inputerror`);
// swedbank-pay/payment-not-found-status-in-body-400 (it kept "Not found!", the reason phrase, over the lone problem's
// sentence, rules 2.1 and 2.2; it read the item's `name` "Payment not found" as a field, the judgment call the note
// names; and the whole type URI again as the code); secure-trading/invalid-field-securitycode-xml-200,
// secure-trading/refund-amount-too-great-xml-200 and secure-trading/three-d-secure-unauthenticated-xml-200 (it read no
// code from the XML error element's `code`, rule 6's "the Code element of an XML error", and no support id from
// `requestreference`, the judgment call the notes name; in the refund case it read no message either, giving the
// unknown kind's default text where the error element's "Refund amount too great" is the sentence, rule 3's XML read as
// JSON); viva-wallet/non-reversible-transaction-error-code-403-200 (it kept the 200's unknown kind, not reading
// `ErrorCode: 403` beside a 2xx as the status the body means, rule 1, and took "2055", the event id, for the support id
// where rule 5 names the `X-Viva-CorrelationId` header's shape). Every other case passed as written, including the
// judgment calls on DIDWW's "/data" pointers (form-level), Fakturoid's two Czech messages on one field, Scalexpert's
// French "Une erreur est survenue" (generic), CoinGate's `OrderIsNotValid` on a 200 (validation), OPPWA's
// `result.code`, paysafecard's `param` field and "may not be null" (kept), Checkout Finland's capitals and HTML on a
// 200 (unknown), the Secure Trading 3-D Secure "Unauthenticated" (unknown, default), Worldline's item status 404 beside
// a 400 and its `errorId`, and Viva Wallet's empty 401. No expectation was changed after the run (Prettier's formatting
// was applied before it).

// Waits in `pending/`: 15/20 now (Secure Trading's three XML cases read since: a `<response>` element's `<error>` no
// longer throws the reader off, and `<requestreference>` is its support id; Swedbank Pay's "error description in
// problems node!" points to the list and "Not found!" is a reason phrase). Its misses are read both ways in the corpus:
// CoinGate's "Order is not valid" and paysafecard's "Authentication failed" (kept elsewhere: EventPalour's), a problem
// type URI as the code (the corpus keeps the whole URI: Shlink's, api.video's), Swedbank Pay's `name: "Payment not
// found"` as a path, and Viva Wallet's `ErrorCode: 403` on a 200 (T-Bank's `ErrorCode: "508"` on a 200 is a vendor's
// code); scoring it would put the corpus under the bar.

export default [
  // ───────────────────────────── DIDWW ─────────────────────────────
  {
    id: 'didww/requirement-validation-belgium-422',
    source: 'DIDWW',
    url: 'didww/didww-api-3-php-sdk/tests/fixtures/requirement_validations.yml@7a35c69d33774e2656da22e73a44a23d37654afb',
    note: 'A php-vcr cassette of POST https://sandbox-api.didww.com/v3/requirement_validations (identity, address and requirement of a Belgian number): status 422 and this JSON:API body as recorded. Headers copied as recorded but for Transfer-Encoding, Connection and the five Access-Control-* headers (left out as long); `Vary` was stored as the list [Accept, Origin] and is joined. Kind: 422, validation (rule 1). Fields: each item\'s `source.pointer` is "/data", the document\'s primary data as a whole, not a member of it: read as a path that ends at the whole body (rule 3\'s table, a bean-validation path ending at the argument), so the three items are form-level; judgment call, the other reading gives three field errors on `data`. Message: three form-level sentences and no envelope sentence; several form-level lines are not a lone one (rule 2.2), so the default (rule 2.4, as Tumblr\'s and the Problem JSON "two form-level lines" cases read). Code: every item carries "100", no lone item\'s code: not stated. logId: X-Request-Id (rule 5).',
    response: {
      status: 422,
      headers: {
        Server: 'nginx',
        Date: 'Thu, 01 Apr 2021 15:01:04 GMT',
        'Content-Type': 'application/vnd.api+json',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-XSS-Protection': '1; mode=block',
        'X-Content-Type-Options': 'nosniff',
        'X-Download-Options': 'noopen',
        'X-Permitted-Cross-Domain-Policies': 'none',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        Vary: 'Accept, Origin',
        'Cache-Control': 'no-cache',
        'X-Request-Id': '738898a4-96d6-405c-80fa-fdda1c2da06d',
        'X-Runtime': '0.044491',
      },
      body: {
        errors: [
          {
            title: 'Identity Place of Birth must be Belgium',
            detail: 'Identity Place of Birth must be Belgium',
            code: '100',
            source: { pointer: '/data' },
            status: '422',
          },
          {
            title: 'Following Supporting Document(s) required (Belgium Registration Form)',
            detail: 'Following Supporting Document(s) required (Belgium Registration Form)',
            code: '100',
            source: { pointer: '/data' },
            status: '422',
          },
          {
            title: 'Address in Belgium required',
            detail: 'Address in Belgium required',
            code: '100',
            source: { pointer: '/data' },
            status: '422',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, logId: '738898a4-96d6-405c-80fa-fdda1c2da06d' },
  },

  // ───────────────────────────── Fakturoid ─────────────────────────────
  {
    id: 'fakturoid/subject-name-required-czech-422',
    source: 'Fakturoid',
    url: 'fakturoid/fakturoid-php/README.md@0dc74c9ebcb8be756263fde35eebe25627faef1f',
    note: 'Fakturoid\'s own PHP library\'s README, "Handling errors": creating a subject with an empty name, `$e->getCode(); // 422` and `$e->getResponse()->getBody()->getContents(); // \'{"errors":{"name":["je povinná položka","je příliš krátký/á/é (min. 2 znaků)"]}}\'` (the older readme.md prints the same body). The JSON string decoded once; no headers shown. Czech: "is a required item", "is too short (min. 2 characters)". Kind: 422, validation (rule 1). Fields: `errors` maps the field to a list of messages (rule 3): two field errors on `name`, as Foreman\'s two messages on one field are read. Message: no envelope sentence, only field messages: the default (rule 2.4). No code.',
    response: {
      status: 422,
      body: { errors: { name: ['je povinná položka', 'je příliš krátký/á/é (min. 2 znaků)'] } },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['name', 'je povinná položka'],
        ['name', 'je příliš krátký'],
      ],
    },
  },

  // ───────────────────────────── Picallex CloudPBX ─────────────────────────────
  {
    id: 'picallex-cloudpbx/acl-not-found-phoenix-404',
    source: 'Picallex CloudPBX',
    url: 'picallex/cloudpbx-php-sdk/tests/cassettes/delete_acl_ipv4_from_customer_not_exists@8e03ae8c8f27327140f2119a95da4f8425e8d689',
    note: 'A php-vcr cassette of DELETE http://cloudpbxapidev.picallex.com/api/v1/management/customers/2/acl_ipv4s for a CIDR the customer does not have: status 404 and Phoenix\'s default error body as recorded (the curl_info block confirms http_code 404). Headers copied as recorded but for Content-Length and Connection. Kind: 404, not-found (rule 1). Message: "Not Found" is the bare reason phrase (rule 2.1): the default, as the Phoenix framework case with the same body reads; `errors.detail` is the envelope\'s text, no field called `detail` (rule 3). logId: x-request-id (rule 5). No code.',
    response: {
      status: 404,
      headers: {
        Date: 'Tue, 07 Dec 2021 15:59:43 GMT',
        'Content-Type': 'application/json; charset=utf-8',
        Server: 'nginx/1.14.2',
        'cache-control': 'max-age=0, private, must-revalidate',
        'content-security-policy': "script-src 'self'",
        'x-frame-options': 'deny',
        'x-request-id': 'Fr6ETbOkh-YfttkAAAQx',
      },
      body: { errors: { detail: 'Not Found' } },
    },
    expect: { kind: 'not-found', message: DEFAULT, logId: 'Fr6ETbOkh-YfttkAAAQx' },
  },

  // ───────────────────────────── Scalexpert ─────────────────────────────
  {
    id: 'scalexpert/internal-server-error-french-500',
    source: 'Scalexpert',
    url: 'scalexpert/documentation/api-reference/apis-common/error-object-and-codes.md@3c984f4b7b71ef41cf2fc19dc0499fe8d2dfee3a',
    note: 'Scalexpert\'s documentation, "Error object & codes", the example titled "Get internal server error" ("All messages returned will be structured as below"). No status line is printed; the example\'s title and the body\'s own `httpStatusCode` give 500 (taken from them). No headers shown. Kind: 500, server (rule 1). Message: `errorMessage` is French for "An error occurred", a line made only of words that say something failed (rule 2.1, generic however arranged, as "An error occurred while processing your request." is): the default; judgment call, the other reading keeps "Une erreur est survenue". `httpStatusMessage` is the reason phrase; no code (the documented `errorCode` is absent here).',
    response: {
      status: 500,
      body: {
        timestamp: '2022-07-28T22:25:51.000Z',
        httpStatusCode: '500',
        httpStatusMessage: 'Internal Server Error',
        errorMessage: 'Une erreur est survenue',
        requestMethod: 'POST',
        requestURI: '/v1/subscriptions',
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── CoinGate ─────────────────────────────
  {
    id: 'coingate/order-is-not-valid-200',
    source: 'CoinGate',
    url: 'coingate/omnipay-coingate/tests/Mock/PurchaseFailure.txt@0cf97d18a524d589a8ab63bd7fd1e0f7254336f3',
    note: 'CoinGate\'s own Omnipay driver\'s mock of a failed order creation: a Rails answer (X-Request-Id, X-Runtime) recorded with the status line "HTTP/1.1 200 OK". The status is kept as recorded; CoinGate\'s API docs give 422 for `OrderIsNotValid`, so the line may be the v1 API\'s or the driver\'s: said here, not changed. Headers copied as shown but for Transfer-Encoding and Connection. Kind: a code outranks a 2xx (rule 1); `reason: "OrderIsNotValid"` says the order submitted (the input) is not valid, and `errors` lists several messages about its inputs: validation; judgment call, the other reading takes the order for the request as a whole (`INVALID_BODY`), a bad request. Message: "Order is not valid" names only what is invalid, as "Invalid Resource" and "The supplied input entity was invalid." do (rule 2.1, generic), and four form-level lines are not a lone one: the default; judgment call, the other reading keeps "Order is not valid". Code: `reason` (rule 6, a code by its shape). logId: X-Request-Id.',
    response: {
      status: 200,
      headers: {
        Server: 'nginx/1.10.1',
        Date: 'Tue, 30 Aug 2016 11:02:19 GMT',
        'Content-Type': 'application/json',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-XSS-Protection': '1; mode=block',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
        'X-Request-Id': 'd5c5b0a1-9e30-46c3-9650-492bcbfe5ace',
        'X-Runtime': '0.004236',
      },
      body: {
        message: 'Order is not valid',
        reason: 'OrderIsNotValid',
        errors: [
          "Price can't be blank",
          'Price is not a number',
          "Btc amount can't be blank",
          'Btc amount is not a number',
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      code: 'OrderIsNotValid',
      logId: 'd5c5b0a1-9e30-46c3-9650-492bcbfe5ace',
    },
  },

  // ───────────────────────────── OPPWA ─────────────────────────────
  {
    id: 'oppwa/invalid-authentication-information-403',
    source: 'OPPWA',
    url: 'vdbelt/omnipay-oppwa/tests/Mock/PurchaseFailure.txt@05ef3d0b8e23ae93800eecb4dbb48bcfe8de38f2',
    note: 'An Omnipay driver\'s recorded answer of the OPPWA (ACI Worldwide / PAY.ON) payments API to a SOFORT debit with wrong credentials: "HTTP/1.1 403 Forbidden", its headers (Apache-Coyote, WAF action) and the body with its build number and `ndc`. Headers copied as shown but for Content-Length. Kind: 403, forbidden (rule 1); the text speaks of authentication, but text never decides, and "800.900.300" is no credential code by name. Message: `result.description`, the occurrence\'s line (it says what was wrong; `result` is the error object, as `results` are envelopes). Code: `result.code`, OPPWA\'s documented result code (rule 6); judgment call, a dotted number is not among the shapes the rules list, the other reading states none. No logId: `id` is the payment\'s, and `ndc` is no name rule 5 gives.',
    response: {
      status: 403,
      headers: {
        Date: 'Sat, 06 May 2017 09:03:57 GMT',
        Server: 'Apache-Coyote/1.1',
        'Strict-Transport-Security': 'max-age=63072000; includeSubdomains; preload',
        'X-Content-Type-Options': 'nosniff',
        'X-XSS-Protection': '1; mode=block',
        'Cache-Control': 'private, no-cache, no-store',
        Pragma: 'no-cache',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Credentials': 'true',
        'X-Application-WAF-Action': 'allow',
        'Content-Type': 'application/json;charset=UTF-8',
      },
      body: {
        id: '8a82944a5bd8e738015bdd00507d6e08',
        paymentType: 'DB',
        paymentBrand: 'SOFORTUEBERWEISUNG',
        result: { code: '800.900.300', description: 'invalid authentication information' },
        bankAccount: { country: 'AT' },
        buildNumber: '12f84ff3b13acc20971256c12de7ebf3dca5b5a8@2017-05-04 12:59:36 +0000',
        timestamp: '2017-05-06 09:03:57+0000',
        ndc: '8a829417572279ad015732d66cb427b6_f0fae40f2e7f4bcdb64b5609d7ed6eb0',
      },
    },
    expect: { kind: 'forbidden', message: 'invalid authentication information', code: '800.900.300' },
  },

  // ───────────────────────────── paysafecard ─────────────────────────────
  {
    id: 'paysafecard/soap-create-disposition-error-4005-200',
    source: 'paysafecard',
    url: 'dercoder/omnipay-paysafecard/tests/Mock/PurchaseFailure.txt@2f538e119ae6244176a3603b0d00ac29484ee142',
    note: 'An Omnipay driver\'s recorded answer of paysafecard\'s SOAP merchant API (createDisposition) refusing a disposition: "HTTP/1.1 200 OK", Content-Type, a load balancer\'s TS cookie and the SOAP envelope. Headers copied as shown. Kind: a 200 whose `resultCode` 2 and `errorCode` 4005 name no kind (neither is a status nor a code name the rules give): unknown (rule 1, "a 2xx … with nothing that says what failed"). Message: no text at all: the default. Code: two numeric members (`resultCode`, `errorCode`) and no rule saying which: not stated.',
    response: {
      status: 200,
      headers: {
        Date: 'Wed, 12 Aug 2015 12:00:00 GMT',
        'Content-Type': 'text/xml;charset=UTF-8',
        'Set-Cookie': 'TS036f01c9=012c3040cf2c0e94b44b9c98fb5cc371a856b67e8318446febba39668e5327f8c7de429b75; Path=/',
      },
      body: '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="urn:pscservice"><soap:Body><ns1:createDispositionResponse><ns1:createDispositionReturn><ns1:mtid>TX9997888</ns1:mtid><ns1:subId>shop1</ns1:subId><ns1:mid xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true" /><ns1:resultCode>2</ns1:resultCode><ns1:errorCode>4005</ns1:errorCode></ns1:createDispositionReturn></ns1:createDispositionResponse></soap:Body></soap:Envelope>',
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'paysafecard/rest-refund-exceeds-original-400',
    source: 'paysafecard',
    url: 'sauladam/omnipay-paysafecard-rest/tests/Mock/RefundFailure.txt@9d26db3b9a41ea4c151d912a34330c4ad0ca4267',
    note: 'An Omnipay driver\'s recorded answer of paysafecard\'s REST API (v1) to a refund larger than the payment: "HTTP/1.1 400 Bad Request", its headers and the body. Headers copied as shown but for Transfer-Encoding and the long Set-Cookie (a JSESSIONID and two TS cookies). Kind: a 400 without field errors; `merchant_refund_exceeds_original_transaction` says the refund breaks a rule about the payment, not that an input\'s value is invalid or missing: bad-request (rule 1); judgment call, the other reading takes "exceeds" for an amount\'s limit, a validation code. Message: `message`, a sentence. Code: `code` (rule 6); `number` 3179 is its numeric twin.',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Thu, 25 May 2017 08:33:35 GMT',
        'X-Cnection': 'close',
      },
      body: {
        code: 'merchant_refund_exceeds_original_transaction',
        message: 'Merchant refund exceeds original transaction',
        number: 3179,
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'Merchant refund exceeds original transaction',
      code: 'merchant_refund_exceeds_original_transaction',
    },
  },
  {
    id: 'paysafecard/rest-invalid-api-key-401',
    source: 'paysafecard',
    url: 'sauladam/omnipay-paysafecard-rest/tests/Mock/AuthorizeFailure.txt@2f954f817d581ddd90761e6b953ecd1f5cc167b2',
    note: 'The same driver\'s recorded answer to a payment with a wrong API key: "HTTP/1.1 401 Unauthorized", its headers and the body (the driver\'s capture and details mocks hold the same body, recorded minutes apart). Headers copied as shown but for Transfer-Encoding and the TS Set-Cookie. Kind: 401, unauthenticated (rule 1; `invalid_api_key` is a credential code too). Message: "Authentication failed" only says signing in failed, a category line as "Authentication failure" and "Login failed" are (rule 2.1): the default; judgment call, the other reading keeps it. Code: `code` (rule 6).',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json', Date: 'Sat, 20 May 2017 06:27:37 GMT' },
      body: { code: 'invalid_api_key', message: 'Authentication failed', number: 10008 },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_api_key' },
  },
  {
    id: 'paysafecard/rest-customer-id-may-not-be-null-400',
    source: 'paysafecard',
    url: 'sauladam/omnipay-paysafecard-rest/tests/Mock/ValidateRefundFailure.txt@9d26db3b9a41ea4c151d912a34330c4ad0ca4267',
    note: 'The same driver\'s recorded answer to a refund validation without the customer id: "HTTP/1.1 400 Bad Request", its headers and the body. Headers copied as shown but for Transfer-Encoding and the long Set-Cookie. Fields: the error object names its one field in `param` (rule 3, Stripe\'s `param`): `customer.id`, "may not be null". Kind: a 400 with a field error, and `invalid_request_parameter` says a parameter is invalid: validation (rule 1). Message: the error object\'s message is its field\'s too (rule 3), and it is the only text: "may not be null"; judgment call, a Bean Validation fragment that reads only beside its field, the other reading gives the default. Code: `code` (rule 6).',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Thu, 25 May 2017 08:16:21 GMT',
        'X-Cnection': 'close',
      },
      body: { code: 'invalid_request_parameter', message: 'may not be null', number: 10028, param: 'customer.id' },
    },
    expect: {
      kind: 'validation',
      message: 'may not be null',
      fields: [['customer.id', 'may not be null']],
      code: 'invalid_request_parameter',
    },
  },

  // ───────────────────────────── Swedbank Pay ─────────────────────────────
  {
    id: 'swedbank-pay/input-error-problems-400',
    source: 'Swedbank Pay',
    url: 'Empatix/omnipay-swedbank/tests/Mock/PurchaseFailure.txt@0b3cbcb4b38e810248de8354b4232b8594595ad0',
    note: 'An Omnipay driver\'s recorded answer of Swedbank Pay\'s (PayEx\'s) PSP API at api.externalintegration.payex.com to a credit-card payment with a wrong `urls` shape and payee id: "HTTP/1.1 400 Bad Request", IIS headers and the problem body. Headers copied as shown, the misspelt `Content-Type: application/jsson` included (the driver\'s other mocks repeat this header block). Kind: a 400 with field errors (rule 1): validation. Fields: `problems` items name their field in `name` and say it in `description` (rule 3); the messages are Json.NET\'s conversion reports, kept as the fields\' text. Message: the title "Error in input data" is generic ("Invalid input data") and the detail "Input validation failed, error description in problems node!" sends the reader to the list (rule 2.1): the default. Code: the problem type\'s last segment (rule 6). No logId: `instance` is a URL, and `sessionId` is no name rule 5 gives.',
    response: {
      status: 400,
      headers: {
        'Cache-Control': 'private',
        'Content-Type': 'application/jsson',
        Server: 'Microsoft-IIS/7.5',
        'X-AspNet-Version': '4.0.30319',
        'X-Powered-By': 'ASP.NET',
        Date: 'Fri, 22 Feb 2013 15:55:07 GMT',
      },
      body: {
        sessionId: 'd8ad4ec5-940d-4b56-8daa-e288d6772af0',
        type: 'https://api.payex.com/psp/errordetail/inputerror',
        title: 'Error in input data',
        status: 400,
        instance: 'http://api.externalintegration.payex.com/psp/creditcard/payments',
        detail: 'Input validation failed, error description in problems node!',
        problems: [
          {
            name: 'payment.urls',
            description:
              'Cannot deserialize the current JSON array (e.g. [1,2,3]) into type \'PayEx.Psp.InstrumentPaymentsApi.Models.Urls.UrlsModel\' because the type requires a JSON object (e.g. {"name":"value"}) to deserialize correctly.\r\nTo fix this error either change the JSON to a JSON object (e.g. {"name":"value"}) or change the deserialized type to an array or a type that implements a collection interface (e.g. ICollection, IList) like List<T> that can be deserialized from a JSON array. JsonArrayAttribute can also be added to the type to force it to deserialize from a JSON array.\r\nPath \'payment.urls\', line 16, position 10.',
          },
          {
            name: 'payment.payeeInfo.payeeId',
            description:
              "Error converting value \"foo-payee-id\" to type 'System.Guid'. Path 'payment.payeeInfo.payeeId', line 25, position 27.",
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['payment.urls', 'Cannot deserialize the current JSON array'],
        ['payment.payeeInfo.payeeId', 'Error converting value'],
      ],
      code: 'inputerror',
    },
  },
  {
    id: 'swedbank-pay/payment-not-found-status-in-body-400',
    source: 'Swedbank Pay',
    url: 'Empatix/omnipay-swedbank/tests/Mock/CaptureFailure.txt@0b3cbcb4b38e810248de8354b4232b8594595ad0',
    note: 'The same driver\'s mock of a capture on an unknown payment: the status line "HTTP/1.1 400 Bad Request" and the header block repeat the purchase mock\'s (same Date), while the body, with its own sessionId and the capture URL, says `status: 404`. Status and headers kept as shown. Kind: a body naming its own 4xx status beside a bare 400 decides (rule 1): not-found; the problem type `notfound` says the same. Message: the title "Not found" and the detail "Not found!" restate the status (rule 2.1), and the lone problem\'s `description` is the one sentence (rule 2.2, a lone form-level sentence in the error\'s list). Fields: the item\'s `name` "Payment not found" names the error, not an input (as a PascalCase `Name` naming a class is no field): none; judgment call, rule 3\'s "five words or more" line leaves a three-word `name` a path by its letter, the other reading gives one field error of that name. Code: the problem type\'s last segment (rule 6).',
    response: {
      status: 400,
      headers: {
        'Cache-Control': 'private',
        'Content-Type': 'application/jsson',
        Server: 'Microsoft-IIS/7.5',
        'X-AspNet-Version': '4.0.30319',
        'X-Powered-By': 'ASP.NET',
        Date: 'Fri, 22 Feb 2013 15:55:07 GMT',
      },
      body: {
        sessionId: '9bc80e72-02a5-4e9a-8a2b-54a57cfceb1b',
        type: 'https://api.payex.com/psp/errordetail/notfound',
        title: 'Not found',
        status: 404,
        instance:
          'http://api.externalintegration.payex.com/psp/creditcard/payments/7e6cdfc3-1276-44e9-9992-7cf4419750e1/captures',
        detail: 'Not found!',
        problems: [
          { name: 'Payment not found', description: 'The payment with the requested paymentId was not found' },
        ],
      },
    },
    expect: {
      kind: 'not-found',
      message: 'The payment with the requested paymentId was not found',
      code: 'notfound',
    },
  },

  // ───────────────────────────── Checkout Finland ─────────────────────────────
  {
    id: 'checkout-finland/payment-creation-failed-html-finnish-200',
    source: 'Checkout Finland',
    url: 'vesse/omnipay-checkout.fi/tests/Mock/PurchaseFailure.txt@d42291211c4c2166fed19d24ba80ed396efd865a',
    note: 'An Omnipay driver\'s recorded answer of Checkout Finland\'s (now Paytrail\'s) payment API to a request with a wrong MAC: "HTTP/1.1 200 OK", Apache headers and an HTML fragment in Finnish ("Creating the payment failed (-24). Error in field: MAC. Return to the web shop"). Headers copied as shown but for Content-Length and Connection. Kind: a 200 whose body is markup, with no code or status a rule reads: unknown (rule 1). Message: markup is never a message (rule 2.5): the default. No code: "-24" sits in the page\'s text.',
    response: {
      status: 200,
      headers: {
        Date: 'Mon, 15 Aug 2016 08:53:49 GMT',
        Server: 'Apache',
        'Content-Type': 'text/html; charset=utf-8',
      },
      body: "<p>Maksutapahtuman luonti ei onnistunut (-24).</p><p>Error in field/Virhekentässä: MAC</p><p><a href=''>Palaa takaisin verkkokauppaan</a></p>",
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'checkout-finland/refund-amount-too-big-xml-200',
    source: 'Checkout Finland',
    url: 'vesse/omnipay-checkout.fi/tests/Mock/RefundFailure.txt@7e6a584ff1c7dca6cb14ddfdb644c8e689c1b839',
    note: 'The same driver\'s recorded answer of the refund API: "HTTP/1.1 200 OK", Apache headers and an XML document sent as text/html (the Content-Type as shown, its doubled charset included). Headers copied as shown but for Content-Length and Connection. Read as XML would be sent as JSON (rule 3): `checkout.response` holds `statusMessage` and `statusCode`. Message: "REFUND AMOUNT TOO BIG" is words in capitals only, a code, not a sentence (rule 2.1): the default. Kind: a 200; the capitals name a refund over its limit, not an input\'s invalid value, and 2202 is no status: unknown; judgment call, the other reading takes an amount "too big" for an input\'s value breaking its rule (validation). Code: two candidates (the capitals in a message member, the numeric `statusCode`) and no rule saying which: not stated.',
    response: {
      status: 200,
      headers: {
        Date: 'Thu, 18 Aug 2016 12:25:46 GMT',
        Server: 'Apache',
        'Content-Type': 'text/html; charset: utf-8; charset=UTF-8',
      },
      body: '<?xml version="1.0"?>\n<checkout><response><statusMessage>REFUND AMOUNT TOO BIG</statusMessage><statusCode>2202</statusCode></response></checkout>\n',
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },

  // ───────────────────────────── Secure Trading ─────────────────────────────
  {
    id: 'secure-trading/invalid-field-securitycode-xml-200',
    source: 'Secure Trading',
    url: 'digitickets/omnipay-secure-trading/tests/Mock/PurchaseFailure.txt@1050858d448881018a3c32b9f3473234c765f520',
    note: 'An Omnipay driver\'s recorded answer of Secure Trading\'s (now Trust Payments\') XML web-services gateway to a card payment with a bad security code: "HTTP/1.1 200 OK", the gateway\'s headers and the `responseblock`. Headers copied as shown but for Content-Length. Kind: a 200 whose error code 30000 is no status and no code name the rules give: unknown (rule 1). Fields: `data` holds the word "securitycode" as text, not a context object naming a `param` or `field` (rule 3): no field. Message: "Invalid field" names nothing but that a field is invalid, as "Invalid option value" (rule 2.1, generic): the default. Code: the error element\'s `code` (rule 6). logId: `requestreference`, a reference member holding a token (rule 5, as `errorRef` and `logRef` are); judgment call, the rules name no request reference, the other reading states none.',
    response: {
      status: 200,
      headers: {
        Date: 'Thu, 24 Sep 2015 06:47:51 GMT',
        Server: 'webservices gateway 4 mod_fcgid/2.3.6',
        Vary: 'Accept-Encoding',
        'Content-Type': 'text/xml',
      },
      body: '<?xml version=\'1.0\' encoding=\'utf-8\'?>\n<responseblock version="3.67">\n  <requestreference>W4-1xe1vetj</requestreference>\n  <response type="ERROR">\n    <timestamp>2015-09-24 06:47:51</timestamp>\n    <transactionreference>4-9-2324005</transactionreference>\n    <error>\n      <message>Invalid field</message>\n      <code>30000</code>\n      <data>securitycode</data>\n    </error>\n  </response>\n</responseblock>\n',
    },
    expect: { kind: 'unknown', message: DEFAULT, code: '30000', logId: 'W4-1xe1vetj' },
  },
  {
    id: 'secure-trading/refund-amount-too-great-xml-200',
    source: 'Secure Trading',
    url: 'digitickets/omnipay-secure-trading/tests/Mock/RefundFailure.txt@1050858d448881018a3c32b9f3473234c765f520',
    note: "The same driver's recorded answer to a refund over the payment's amount: \"HTTP/1.1 200 OK\", the gateway's headers and the `responseblock`. Headers copied as shown but for Content-Length. Kind: a 200 whose error code 20007 names no kind: unknown (rule 1). Message: \"Refund amount too great\", the error's sentence. Code: the error element's `code` (rule 6). logId: `requestreference`, with the judgment call of the purchase case.",
    response: {
      status: 200,
      headers: {
        Date: 'Thu, 24 Sep 2015 06:52:21 GMT',
        Server: 'webservices gateway 3 mod_fcgid/2.3.6',
        Vary: 'Accept-Encoding',
        'Content-Type': 'text/xml',
      },
      body: '<?xml version=\'1.0\' encoding=\'utf-8\'?>\n<responseblock version="3.67">\n  <requestreference>W3-umbf5bv2</requestreference>\n  <response type="ERROR">\n    <timestamp>2015-09-24 06:52:21</timestamp>\n    <transactionreference>3-9-2205015</transactionreference>\n    <error>\n      <message>Refund amount too great</message>\n      <code>20007</code>\n    </error>\n  </response>\n</responseblock>\n',
    },
    expect: { kind: 'unknown', message: 'Refund amount too great', code: '20007', logId: 'W3-umbf5bv2' },
  },
  {
    id: 'secure-trading/three-d-secure-unauthenticated-xml-200',
    source: 'Secure Trading',
    url: 'digitickets/omnipay-secure-trading/tests/Mock/CompletePurchaseFailure.txt@f790efefa52577668760380ea71995627b626638',
    note: 'The same driver\'s recorded answer completing a 3-D Secure payment whose cardholder authentication failed: "HTTP/1.1 200 OK", the gateway\'s headers and an AUTH `responseblock` carrying the merchant, billing and 3-D Secure details and an error. Headers copied as shown but for Content-Length. Kind: a 200 whose error code 60022 names no kind: unknown (rule 1); the word "Unauthenticated" is the message member\'s text, not a code member, and text never decides; judgment call, the other reading takes it for the credential code `unauthenticated`. Message: a lone word is not a message (rule 2.1): the default. Code: the error element\'s `code` (rule 6). logId: `requestreference`, with the judgment call of the purchase case.',
    response: {
      status: 200,
      headers: {
        Date: 'Thu, 24 Sep 2015 13:17:12 GMT',
        Server: 'webservices gateway 7 mod_fcgid/2.3.6',
        Vary: 'Accept-Encoding',
        'Content-Type': 'text/xml',
      },
      body: '<?xml version=\'1.0\' encoding=\'utf-8\'?>\n<responseblock version="3.67">\n  <requestreference>W7-xn30tu3d</requestreference>\n  <response type="AUTH">\n    <merchant>\n      <merchantname>DummyMercha</merchantname>\n      <orderreference>test-1234</orderreference>\n      <tid>27882788</tid>\n      <merchantnumber>00000000</merchantnumber>\n      <merchantcountryiso2a>GB</merchantcountryiso2a>\n    </merchant>\n    <transactionreference>7-9-1794888</transactionreference>\n    <timestamp>2015-09-24 13:17:12</timestamp>\n    <operation>\n      <splitfinalnumber>1</splitfinalnumber>\n      <parenttransactionreference>6-9-1923517</parenttransactionreference>\n      <accounttypedescription>ECOM</accounttypedescription>\n    </operation>\n    <settlement>\n      <settleduedate>2015-09-24</settleduedate>\n      <settlestatus>3</settlestatus>\n    </settlement>\n    <billing>\n      <amount currencycode="GBP">110</amount>\n      <payment type="VISA">\n        <issuer>SecureTrading Test Issuer1</issuer>\n        <pan>411111######1111</pan>\n        <issuercountry>US</issuercountry>\n      </payment>\n      <dcc enabled="0"/>\n    </billing>\n    <threedsecure>\n      <status>N</status>\n      <enrolled>Y</enrolled>\n    </threedsecure>\n    <live>0</live>\n    <error>\n      <message>Unauthenticated</message>\n      <code>60022</code>\n    </error>\n  </response>\n</responseblock>\n',
    },
    expect: { kind: 'unknown', message: DEFAULT, code: '60022', logId: 'W7-xn30tu3d' },
  },

  // ───────────────────────────── Worldline ─────────────────────────────
  {
    id: 'worldline/payment-id-wrong-syntax-item-404-400',
    source: 'Worldline Direct',
    url: 'PatronBase/omnipay-worldline/tests/Mock/RefundFailure.txt@eb72a41ee293ac7557f115db0528789c2eb42fe7',
    note: "An Omnipay driver's mock of Worldline Direct's answer to a refund of a malformed payment id: \"HTTP/1.1 400 Bad Request\", its headers and the body. The `Correlation-Id` and `errorId` read 11111111-2222-3333-4444-abcdefabcdef, a value the driver's author put in place of the real one (kept as shown). Headers copied as shown but for Content-Length. Kind: the lone item's own `httpStatusCode` 404 beside a bare 400 is its status (rule 1, an error object's `http_status_code`), and its id `UNKNOWN_PAYMENT_ID` says not found too: not-found. Message: the lone item's `message`, a sentence (rule 2.2). logId: the body's `errorId` (rule 5), over the header. Code: the item carries `errorCode` 50001130, `code` 1002 and `id` UNKNOWN_PAYMENT_ID with no rule saying which is the one to branch on: not stated.",
    response: {
      status: 400,
      headers: {
        Date: 'Thu, 01 May 2025 01:43:28 GMT',
        'Content-Type': 'application/json; charset=utf-8',
        'Correlation-Id': '11111111-2222-3333-4444-abcdefabcdef',
        Api_Auth: 'true',
        'Strict-Transport-Security': 'max-age=16000000; includeSubDomains; preload;',
      },
      body: {
        errorId: '11111111-2222-3333-4444-abcdefabcdef',
        errors: [
          {
            errorCode: '50001130',
            category: 'DIRECT_PLATFORM_ERROR',
            code: '1002',
            httpStatusCode: 404,
            id: 'UNKNOWN_PAYMENT_ID',
            message: 'PaymentId has a wrong syntax',
            retriable: false,
          },
        ],
      },
    },
    expect: {
      kind: 'not-found',
      message: 'PaymentId has a wrong syntax',
      logId: '11111111-2222-3333-4444-abcdefabcdef',
    },
  },

  // ───────────────────────────── Viva Wallet ─────────────────────────────
  {
    id: 'viva-wallet/non-reversible-transaction-error-code-403-200',
    source: 'Viva Wallet',
    url: 'delatbabel/omnipay-vivapayments/tests/Mock/RefundFailure.txt@50006589b2ce32453264bf2055dda0bcec447232',
    note: "An Omnipay driver's recorded answer of Viva Payments' (Viva Wallet's) transactions API to a refund it cannot make: the status line \"HTTP/1.1 200 Non reversible transaction\" (a case cannot carry the reason phrase), nginx headers and the body. Headers copied as shown but for Content-Length and Connection. Kind: beside a 2xx, a numeric error code of a 4xx names the status the body means (rule 1, Twelve Data's `code: 429`): `ErrorCode` 403, forbidden; `Success: false` says it failed. Message: `ErrorText` (a message by its shape, as `errorText` is). Code: `ErrorCode` only restates the status, and `EventId` 2055 is no code member by name: not stated. logId: `X-Viva-CorrelationId`, a header named like a correlation id (rule 5); the body's `CorrelationId` is null.",
    response: {
      status: 200,
      headers: {
        Server: 'nginx/1.4.6 (Ubuntu)',
        Date: 'Fri, 09 Jun 2017 08:26:25 GMT',
        'Content-Type': 'application/json; charset=utf-8',
        Vary: 'Accept-Encoding',
        'Cache-Control': 'no-cache',
        Pragma: 'no-cache',
        Expires: '-1',
        'X-Viva-EventId': '2055',
        'X-Viva-CorrelationId': '17-160-DB6B965C',
      },
      body: {
        Emv: null,
        Amount: null,
        StatusId: 'E',
        CurrencyCode: null,
        TransactionId: null,
        ReferenceNumber: null,
        RemainingRefunds: null,
        AuthorizationId: null,
        RetrievalReferenceNumber: null,
        ErrorCode: 403,
        ErrorText: 'Non reversible transaction',
        TimeStamp: '2017-06-09T11:26:25.8335079+03:00',
        CorrelationId: null,
        EventId: 2055,
        Success: false,
      },
    },
    expect: { kind: 'forbidden', message: 'Non reversible transaction', logId: '17-160-DB6B965C' },
  },
  {
    id: 'viva-wallet/invalid-merchant-password-empty-401',
    source: 'Viva Wallet',
    url: 'delatbabel/omnipay-vivapayments/tests/Mock/RedirectPurchaseFailure.txt@50006589b2ce32453264bf2055dda0bcec447232',
    note: 'The same driver\'s recorded answer to an order with a wrong merchant password: the status line "HTTP/1.1 401 Invalid password for the merchant with id ac333b36-…" (the only text; a case cannot carry a reason phrase), nginx headers and an empty body (Content-Length: 0). Headers copied as shown but for Content-Length and Connection. Kind: 401, unauthenticated (rule 1). Message: no body: the default. logId: `X-Viva-CorrelationId` (rule 5). No code.',
    response: {
      status: 401,
      headers: {
        Server: 'nginx/1.4.6 (Ubuntu)',
        Date: 'Fri, 09 Jun 2017 08:51:20 GMT',
        'Cache-Control': 'no-cache',
        Pragma: 'no-cache',
        Expires: '-1',
        'X-Viva-CorrelationId': '17-160-B2E3749',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: '17-160-B2E3749' },
  },
] satisfies ConformanceCase[];
