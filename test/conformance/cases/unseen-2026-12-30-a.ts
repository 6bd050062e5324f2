import { DEFAULT, type ConformanceCase } from '../types';

// Fortieth unseen-API holdout, part A (30 December 2026): error responses recorded or copied into the test fixtures of
// Java and Kotlin SDKs and API clients (WireMock stubs, OkHttp MockWebServer and other stub-server fixtures, recorded
// tapes) for public APIs that no other case file uses: Currencycloud, Worldline Connect (Ingenico ePayments Connect),
// the Esendex Surveys API and Airship (Urban Airship), collected to measure how the reader does at first sight on APIs
// it was never tuned on. Every body was copied from the repository file named in `url`: Currencycloud's own Java SDK
// keeps Betamax tapes recorded against its demo API (the host rewritten to localhost; the recorded `Content-Length`
// agrees with the body of the 400, 401 and 404 tapes, so those bodies are as recorded); Worldline's own Connect SDK
// keeps the JSON its tests feed the client (bodies with the platform's `errorId`s and `requestId`s, the vendor's own
// server text), and the status comes from the SDK's own test that serves the body (`PaymentsClientTest`, which also
// names the exception the vendor's client raises for it), from the error item's own `httpStatusCode`, or from the SDK's
// logging fixture that prints the same body under its status line (the 402); Esendex's and Airship's bodies are the
// vendor's own SDK tests' stubs of their servers' answers (a stub server in Esendex's, a mocked body part and status in
// Airship's). YAML folding in the tapes (a line break inside a JSON string read as a space) was undone as YAML reads
// it. Headers are copied only where the fixture shows them (Currencycloud's tapes, Worldline's logging fixture,
// Esendex's stub, Airship's mocked header); Content-Length, Connection and Transfer-Encoding were left out and no
// header was added. Where a status is not printed beside the body, the note says where it came from. Every `expect` was
// written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Currencycloud's 403 and 500 tapes (their recorded `Content-Length: 49` disagrees with the
// bodies, which were edited after recording; the 403 repeats the 401's body) and its payment-authorisation tape (a 200
// whose `Content-Length: 865` disagrees with its body), and its `contains_full_details_for_api_error` tape (the 400
// again); Worldline Connect's `notFound.response` and `not_found.html` (a test's "Not Found" with a `Dummy` header) and
// its `idempotence_rejected.json` (the Luhn-check body again); Worldline Direct's (Online Payments') `rejected.json`
// and `idempotence_rejected.json` (the Connect bodies with ids rewritten by the test author); Smart-ID's and
// Mobile-ID's Java clients (SK ID Solutions: session results on a 200 and WireMock stubs that send a status without a
// body); Unzer's, Bitso's, Ecwid's, PAYONE Commerce Platform's, FullContact's, CM.com's and Zerodha Kite Connect's Java
// SDKs and Realex's remote Java SDK (no error fixture stored: success bodies or requests only); Swedbank Pay's Android
// SDK (its MockWebServer responses are success bodies; the problem bodies found were in its .NET SDK's tests, another
// language, and its docs); the Stellar Horizon Java SDK (its tests are not stored); Viessmann's ViCare, Alipay and Keen
// IO (the bodies found were in Python, Go, Rust and TypeScript projects' hand-written stubs, not a Java client's);
// Appstax (its fixture's "Hmm." is a test author's); HMRC's Scala services and Alibaba Cloud's Java SDK (their first
// word names a source already in the corpus); Telegram, NeverBounce and Datadog (already sources). Two look-ups to
// confirm the Currencycloud 429 body and Airship's `40101` body in the vendors' docs found neither page; both are kept
// as the vendors' own SDK fixtures and their notes say so. No non-English body turned up within the cap; one XML body
// (Esendex's) did, and no plain-text body. 80 of the 80 look-ups were spent, which is why this part holds 12 cases from
// 4 sources rather than the 25 the brief aims at.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-30-a`, on 6afb2fa, src/ unchanged: in the frozen copy /tmp/base40): 11/12 pass, 4 sources
// (kind 11/12, message 12/12, fields 12/12, retry 12/12, logId 9/9, code 10/10). Failing at first sight:
// esendex-surveys/date-in-future-xml-200 (the kit kept the 200's unknown, not reading `date_in_future`, a code that
// says an input's value, the report's date, breaks its rule, as a validation code that outranks a 2xx, rule 1: a
// judgment call the note names, the other reading being unknown). Every other case passed as written, including the
// judgment calls on Currencycloud's `auth_invalid_user_login_details` (a credential code on a 400, unauthenticated,
// with its `api_key` field error kept), its field-bound sentences on the 401 and the 404 with the default as the
// message, Worldline Connect's capitals-only texts (read as codes: the default), its numeric item codes and `errorId`
// as the support id, "Not authorised" on a 402 (kept) and Airship's numeric `error_code`. No expectation was changed
// after the run (Prettier's quote style and line breaks were applied before it).

// Scored in `cases/` the stop it was collected (5 December), at 11/12: esendex-surveys/date-in-future-xml-200 still
// misses (`date_in_future` on a 200, a code no row of rule 1 names: the collector read it as a broken rule, validation;
// the reader reads no kind from it). Worldline Connect's source name is the one part B uses for the same API (its
// GlobalCollect platform), one name per product.

export default [
  // ───────────────────────────── Currencycloud ─────────────────────────────
  {
    id: 'currencycloud/auth-invalid-login-details-api-key-length-400',
    source: 'Currencycloud API',
    url: 'CurrencyCloud/currencycloud-java/src/test/resources/betamax/tapes/Error/is_raised_on_a_bad_request.yaml@0654e1db0d4b6f06454149a3011704ae03a81278',
    note: "A Betamax tape of the Java SDK, recorded for POST /v2/authenticate/api with a 40-character api_key (the host rewritten to localhost:5555; the recorded Content-Length, 190, is the body's length). Headers as recorded, less Content-Length and Connection. Kind: `auth_invalid_user_login_details` says the sign-in details were refused, a credential code on a 400 as `err_login_failed` and `invalid.login` are (rule 1): unauthenticated; judgment call, the other reading is validation (a 400 with a field error, whose item code `api_key_length_is_invalid` says an input breaks its length rule, as `PASSWORD_TOO_SHORT` does). Fields: `error_messages` is a map of field to items with `message` (rule 3): `api_key`. Message: only a field message speaks, so the default (rule 2.4). Code: not stated, two codes (the envelope's `error_code` and the item's `code`) and rule 6 leaves which is the response's in doubt. logId: X-Request-Id (rule 5).",
    response: {
      status: 400,
      headers: {
        Server: 'nginx',
        'Content-Type': 'application/json;charset=utf-8',
        Date: 'Fri, 24 Apr 2015 20:47:14 GMT',
        'X-Request-Id': '2771569299808580066',
        'X-Content-Type-Options': 'nosniff',
      },
      body: {
        error_code: 'auth_invalid_user_login_details',
        error_messages: {
          api_key: [
            {
              code: 'api_key_length_is_invalid',
              message: 'api_key should be 64 character(s) long',
              params: { length: 64 },
            },
          ],
        },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [['api_key', 'should be 64 character(s) long']],
      logId: '2771569299808580066',
    },
  },
  {
    id: 'currencycloud/auth-failed-supplied-credentials-401',
    source: 'Currencycloud API',
    url: 'CurrencyCloud/currencycloud-java/src/test/resources/betamax/tapes/Error/is_raised_on_incorrect_authentication_details.yaml@0484d9bdef9b0b1443ee9aa85c76756889b6f094',
    note: "A Betamax tape recorded for POST /v2/authenticate/api with a login id that does not exist (the recorded Content-Length, 176, is the body's length). Headers as recorded, less Content-Length and Connection. Kind: 401, unauthenticated (rule 1). Fields: `error_messages` maps `username` to an item with a message (rule 3), so the sentence is bound to `username`. Message: only a field message speaks, so the default (rule 2.4); judgment call, the other reading takes the lone sentence \"Authentication failed with the supplied credentials\" as the response's. Code: not stated (`auth_failed` beside the item's `invalid_supplied_credentials`, rule 6 leaves it in doubt). logId: X-Request-Id (rule 5).",
    response: {
      status: 401,
      headers: {
        Server: 'nginx',
        Date: 'Fri, 24 Apr 2015 20:47:15 GMT',
        'Content-Type': 'application/json;charset=utf-8',
        'X-Request-Id': '2771569303323356643',
        'X-Content-Type-Options': 'nosniff',
      },
      body: {
        error_code: 'auth_failed',
        error_messages: {
          username: [
            {
              code: 'invalid_supplied_credentials',
              message: 'Authentication failed with the supplied credentials',
              params: {},
            },
          ],
        },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [['username', 'Authentication failed with the supplied credentials']],
      logId: '2771569303323356643',
    },
  },
  {
    id: 'currencycloud/beneficiary-not-found-404',
    source: 'Currencycloud API',
    url: 'CurrencyCloud/currencycloud-java/src/test/resources/betamax/tapes/Error/is_raised_when_a_resource_is_not_found.yaml@03e84dad64c5ec4f0c86f1dfd0030780354fd701',
    note: "A Betamax tape recorded for GET /v2/beneficiaries/{id} of an id that does not exist (the recorded Content-Length, 159, is the body's length). Headers as recorded, less Content-Length and Connection. Kind: 404, not-found (rule 1). Fields: `error_messages` maps `id` to an item with a message (rule 3); judgment call, the other reading would not bind a not-found to the path's id. Message: only a field message speaks, the default (rule 2.4). Code: the envelope's `error_code` and the lone item's `code` are the same, `beneficiary_not_found` (rule 6). logId: X-Request-Id (rule 5).",
    response: {
      status: 404,
      headers: {
        Server: 'nginx',
        Date: 'Sat, 25 Apr 2015 11:16:53 GMT',
        'Content-Type': 'application/json;charset=utf-8',
        'X-Request-Id': '2772007003121723883',
        'X-Content-Type-Options': 'nosniff',
      },
      body: {
        error_code: 'beneficiary_not_found',
        error_messages: {
          id: [{ code: 'beneficiary_not_found', message: 'Beneficiary was not found for this id', params: {} }],
        },
      },
    },
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [['id', 'Beneficiary was not found for this id']],
      code: 'beneficiary_not_found',
      logId: '2772007003121723883',
    },
  },
  {
    id: 'currencycloud/too-many-requests-429',
    source: 'Currencycloud API',
    url: 'CurrencyCloud/currencycloud-java/src/test/resources/betamax/tapes/Error/is_raised_when_too_many_requests_have_been_issued.yaml@03e84dad64c5ec4f0c86f1dfd0030780354fd701',
    note: "A Betamax tape for POST /v2/authenticate/api answered 429. Headers as recorded, less Transfer-Encoding and Connection; the tape records no Content-Length and no X-Request-Id, so unlike the 400, 401 and 404 it cannot be checked against a recorded length (a docs look-up did not find the body printed); kept as the vendor's own SDK fixture. Kind: 429, rate-limited (rule 1). Fields: none, `base` is a form-level key (rule 3). Message: the lone form-level sentence (rule 2.2); its second sentence only sends the reader to the Developer Center (rule 2.1). Code: `too_many_requests`, the envelope's and the item's (rule 6). Retry: no header and no hint (rule 4).",
    response: {
      status: 429,
      headers: {
        Server: 'nginx',
        Date: 'Sat, 25 Apr 2015 06:45:44 GMT',
        'Content-Type': 'application/json',
        'X-Content-Type-Options': 'nosniff',
      },
      body: {
        error_code: 'too_many_requests',
        error_messages: {
          base: [
            {
              code: 'too_many_requests',
              message:
                'Too many requests have been made to the api. Please refer to the Developer Center for more information',
              params: {},
            },
          ],
        },
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Too many requests have been made to the api',
      code: 'too_many_requests',
    },
  },

  // ───────────────────────────── Worldline Connect (Ingenico ePayments) ─────────────────────────────
  {
    id: 'worldline-connect/luhn-check-failed-400',
    source: 'Worldline Connect (GlobalCollect, Ingenico ePayments Connect)',
    url: 'Ingenico-ePayments/connect-sdk-java/src/test/resources/com/ingenico/connect/gateway/sdk/java/defaultimpl/createPayment.failure.invalidCardNumber.json@96d3958ef22ab4d0119adaa73da0c53761394b16',
    note: "The Connect SDK's fixture for a create-payment call with a card number that fails the Luhn check. No header shown. Status: 400, the error item's own `httpStatusCode`. Kind: a 400 without field errors (no `propertyName`) and a numeric code no rule names: bad-request (rule 1; text never decides, though it names CREDITCARDNUMBER). Message: the text is in capitals only, which rule 2.1 reads as a code, not a sentence: the default; judgment call, the other reading keeps it as a sentence. Code: the lone item's `code` (rule 6). logId: `errorId`, the envelope's id of this error response (rule 5 names `errorId`); judgment call, the item's `requestId` \"24146\" is the other reading.",
    response: {
      status: 400,
      body: {
        errorId: '0953f236-9e54-4f23-9556-d66bc757dda8',
        errors: [
          {
            code: '21000020',
            requestId: '24146',
            message: 'VALUE **************** OF FIELD CREDITCARDNUMBER DID NOT PASS THE LUHNCHECK',
            httpStatusCode: 400,
          },
        ],
      },
    },
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      code: '21000020',
      logId: '0953f236-9e54-4f23-9556-d66bc757dda8',
    },
  },
  {
    id: 'worldline-connect/expiry-date-property-400',
    source: 'Worldline Connect (GlobalCollect, Ingenico ePayments Connect)',
    url: 'Ingenico-ePayments/connect-sdk-java/src/test/resources/com/ingenico/connect/gateway/sdk/java/merchant/payments/invalid_request.json@96d3958ef22ab4d0119adaa73da0c53761394b16',
    note: "The Connect SDK's fixture for a create-payment call with a past expiry date. No header shown. Status: 400, from the SDK's own PaymentsClientTest (testCreateInvalidRequest serves this body with 400 and expects the client's ValidationException; PaymentsClientTest.java@737abc7a). Kind: a 400 with a field error, validation (rule 1). Fields: the item names its field in `propertyName` (rule 3), kept as sent. Message: only the field's message speaks, the default (rule 2.4). Code: the lone item's `code` (rule 6). logId: `errorId` (rule 5); judgment call, the item's `requestId` \"2001803\" is the other reading.",
    response: {
      status: 400,
      body: {
        errorId: '2c164323-20d3-4e9e-8578-dc562cd7506c-00000058',
        errors: [
          {
            code: '21000120',
            requestId: '2001803',
            propertyName: 'cardPaymentMethodSpecificInput.card.expiryDate',
            message: 'paymentMethodSpecificInput.card.expiryDate (1210) IS IN THE PAST OR NOT IN CORRECT MMYY FORMAT',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['cardPaymentMethodSpecificInput.card.expiryDate', 'IS IN THE PAST OR NOT IN CORRECT MMYY FORMAT']],
      code: '21000120',
      logId: '2c164323-20d3-4e9e-8578-dc562cd7506c-00000058',
    },
  },
  {
    id: 'worldline-connect/missing-or-invalid-authorization-401',
    source: 'Worldline Connect (GlobalCollect, Ingenico ePayments Connect)',
    url: 'Ingenico-ePayments/connect-sdk-java/src/test/resources/com/globalcollect/gateway/sdk/java/gc/merchant/payments/invalid_authorization.json@00fddc6128d6d2167fc276b34d917cbfd2dd5525',
    note: "The SDK's fixture (from its GlobalCollect-era package) for a call whose signature was refused. No header shown. Status: 401, from the SDK's own PaymentsClientTest (testCreateInvalidAuthorization serves this body with 401). Kind: 401, unauthenticated (rule 1). Message: `MISSING_OR_INVALID_AUTHORIZATION` is a code, not a sentence (rule 2.1): the default. Code: the item's explicit `code`, \"9002\" (rule 6); judgment call, the code-shaped `message` is the other reading (rule 6 takes a code in a message's member when it is alone). logId: `errorId` (rule 5).",
    response: {
      status: 401,
      body: {
        errorId: 'fbd8d914-c889-45d3-a396-9e0d9ff9db88-0000006f',
        errors: [{ code: '9002', message: 'MISSING_OR_INVALID_AUTHORIZATION' }],
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      code: '9002',
      logId: 'fbd8d914-c889-45d3-a396-9e0d9ff9db88-0000006f',
    },
  },
  {
    id: 'worldline-connect/duplicate-request-in-progress-409',
    source: 'Worldline Connect (GlobalCollect, Ingenico ePayments Connect)',
    url: 'Ingenico-ePayments/connect-sdk-java/src/test/resources/com/ingenico/connect/gateway/sdk/java/merchant/payments/duplicate_request.json@96d3958ef22ab4d0119adaa73da0c53761394b16',
    note: "The SDK's fixture for a create-payment call made again while the first is in progress. No header shown. Status: 409, the item's own `httpStatusCode` and the SDK's PaymentsClientTest (testCreateReferenceError and testCreateIdempotenceError serve it with 409). Kind: 409, conflict (rule 1). Message: the text is in capitals only, a code (rule 2.1): the default; judgment call as in the Luhn case. Code: the item's `code` (rule 6). logId: `errorId` (rule 5).",
    response: {
      status: 409,
      body: {
        errorId: '75b0f13a-04a5-41b3-83b8-b295ddb23439-000013c6',
        errors: [{ code: '1409', message: 'DUPLICATE REQUEST IN PROGRESS', httpStatusCode: 409 }],
      },
    },
    expect: {
      kind: 'conflict',
      message: DEFAULT,
      code: '1409',
      logId: '75b0f13a-04a5-41b3-83b8-b295ddb23439-000013c6',
    },
  },
  {
    id: 'worldline-connect/not-authorised-rejected-402',
    source: 'Worldline Connect (GlobalCollect, Ingenico ePayments Connect)',
    url: 'Ingenico-ePayments/connect-sdk-java/src/test/resources/com/ingenico/connect/gateway/sdk/java/defaultimpl/createPayment.failure.rejected.json@96d3958ef22ab4d0119adaa73da0c53761394b16',
    note: "The SDK's fixture for a card payment the acquirer declined; its logging fixture createPayment.failure.rejected.response prints the same body under \"status-code: '402'\" with Content-Type application/json (its `Dummy` header is the test's and was left out). Kind: a 402 and a numeric code no rule names: bad-request (rule 1: signing in, waiting or changing a field would not fix it). Fields: none; `paymentResult` is the payment's record, and its nested `statusOutput.errors` item names no field. Message: \"Not authorised\" restates only a 401's reason phrase, so on a 402 it says what was refused and is the message (rule 2.1). Code: the lone item's `code` (rule 6). logId: `errorId` (rule 5).",
    response: {
      status: 402,
      headers: { 'Content-Type': 'application/json' },
      body: {
        errorId: '833dfd83-52ae-419c-b871-9df1278da93e',
        errors: [{ code: '430330', message: 'Not authorised', httpStatusCode: 402 }],
        paymentResult: {
          creationOutput: {
            additionalReference: '00000200001000059614',
            externalReference: '000002000010000596140000100001',
          },
          payment: {
            id: '000002000010000596140000100001',
            paymentOutput: {
              amountOfMoney: { amount: 2345, currencyCode: 'CAD' },
              references: { paymentReference: '0' },
              paymentMethod: 'card',
              cardPaymentMethodSpecificOutput: { paymentProductId: 1 },
            },
            status: 'REJECTED',
            statusOutput: {
              errors: [{ code: '430330', requestId: '24162', message: 'Not authorised', httpStatusCode: 402 }],
              isCancellable: false,
              statusCategory: 'UNSUCCESSFUL',
              statusCode: 100,
              statusCodeChangeDateTime: '20160310121151',
              isAuthorized: false,
            },
          },
        },
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'Not authorised',
      code: '430330',
      logId: '833dfd83-52ae-419c-b871-9df1278da93e',
    },
  },
  {
    id: 'worldline-connect/unknown-server-error-500',
    source: 'Worldline Connect (GlobalCollect, Ingenico ePayments Connect)',
    url: 'Ingenico-ePayments/connect-sdk-java/src/test/resources/com/globalcollect/gateway/sdk/java/defaultimpl/unknownServerError.json@6e01ab251d30bef780974d8ce2f791cc8f415ee7',
    note: "The SDK's fixture (GlobalCollect-era package) for an unknown server error. No header shown. Status: 500, the item's own `httpStatusCode`. Kind: 500, server (rule 1). Message: `UNKNOWN_SERVER_ERROR` is a code (rule 2.1): the default. Code: the item's `code` (rule 6). logId: `errorId` (rule 5).",
    response: {
      status: 500,
      body: {
        errorId: 'fbff1179-7ba4-4894-9021-d8a0011d23a7',
        errors: [{ code: '9999', message: 'UNKNOWN_SERVER_ERROR', httpStatusCode: 500 }],
      },
    },
    expect: {
      kind: 'server',
      message: DEFAULT,
      code: '9999',
      logId: 'fbff1179-7ba4-4894-9021-d8a0011d23a7',
    },
  },

  // ───────────────────────────── Esendex Surveys API ─────────────────────────────
  {
    id: 'esendex-surveys/date-in-future-xml-200',
    source: 'Esendex Surveys API',
    url: 'esendex/esendex-java-sdk/src/test/java/com/esendex/java/sdk/Surveys/SurveyReportService/StandardReportWithBadRequestTests.java@9fe1acf65a0c79dad22ac6c4acd1af7532d14a18',
    note: "Esendex's own Java SDK stubs its Surveys server's answer to GET /v1.0/surveys/{id}/report/standard with a start date in the future: status 200, Content-Type application/xml and this body (the SDK reads `errors` from the report response instead of throwing). Kind: a 2xx whose code says what failed; `date_in_future` says an input's value (the date) breaks its rule, as `PASSWORD_TOO_SHORT` says of a length, a validation code, and a code outranks any 2xx (rule 1): validation; judgment call, the other reading is unknown (a code no rule lists on a 200). Fields: none (no element names a field). Message: the error's `description`, read as JSON would have sent it (rule 3: the one-element wrapper dropped, `<errors><error>` a list of one). Code: the `code` element (rule 6).",
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/xml' },
      body: '<?xml version="1.0" encoding="utf-8"?><response xmlns="http://api.esendex.com/ns/"><errors><error><code>date_in_future</code><description>Cannot download report for dates in future</description></error></errors></response>',
    },
    expect: {
      kind: 'validation',
      message: 'Cannot download report for dates in future',
      code: 'date_in_future',
    },
  },

  // ───────────────────────────── Airship ─────────────────────────────
  {
    id: 'airship/unauthorized-40101-401',
    source: 'Airship API (Urban Airship)',
    url: 'urbanairship/java-library/src/test/java/com/urbanairship/api/client/ClientExceptionTest.java@a06b63552cc9ed582b9bbb1fc107f8e36ce5433c',
    note: 'Airship\'s own Java library mocks its server\'s answer: status 401 ("401 Unauthorized"), Content-type application/vnd.urbanairship+json;version=3 and this body (testResponseAsyncHandler). A docs look-up did not find the body printed; kept as the vendor\'s own SDK text. Kind: 401, unauthenticated (rule 1). Message: "Unauthorized" is the 401\'s bare reason phrase and a lone word (rule 2.1): the default. Code: `error_code`, the numeric code Airship documents, as a string (rule 6); judgment call, the other reading takes the reason phrase in `error` as the code.',
    response: {
      status: 401,
      headers: { 'Content-type': 'application/vnd.urbanairship+json;version=3' },
      body: { ok: false, error: 'Unauthorized', error_code: 40101 },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: '40101' },
  },
] satisfies ConformanceCase[];
