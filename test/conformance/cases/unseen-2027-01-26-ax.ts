import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-seventh unseen-API holdout, part AX (26 January 2027): error responses kept as HTTP stubs and captures in
// projects' test resources, for public APIs that no other case file uses: Barclaycard ePDQ (the Ogone DirectLink XML
// API that Barclaycard runs under its own name), the Swagger Petstore demo API (petstore.swagger.io/v2), Conduit (the
// RealWorld demo API at api.realworld.io), Restful-booker (restful-booker.herokuapp.com), the Platzi Fake Store API
// (api.escuelajs.co) and the Automation Exercise API (automationexercise.com), collected to measure how the reader does
// at first sight on APIs it was never tuned on. Every body was copied from the public material named in `url` and
// `note`: ePDQ's from GOV.UK Pay's connector (alphagov/pay-connector), whose WireMock stub (`EpdqMockClient`) serves
// the XML templates under `src/test/resources/templates/epdq/` as DirectLink's answers, with the status and the
// Content-Type the stub sets (200, text/xml); they copy DirectLink's `ncresponse` with its real error numbers and texts
// (the query error keeps the sandbox merchant's name). The others come from test suites run against the live service
// that assert the status and the body: Karate features that `match response ==` a whole body (Petstore's "Pet not
// found", two of Conduit's 422 bodies, with the base URL checked in each repository's karate-config.js) or members of
// it (Petstore's NumberFormatException, the Platzi store's `name`), a Cucumber feature that notes the live answer it
// got ("actual {…}", Automation Exercise), and a tester's write-ups of Restful-booker runs that print the answer and
// the status ("At first - answer: …", "Code server 403 Forbidden"). A body a test asserts member by member is written
// with the members it asserts and no others, and each such case says so. No header was added; the only one kept is
// ePDQ's Content-Type, which the stub sets. Every `expect` was written from the source and test/conformance/README.md
// before the kit was run.
//
// Looked for and dropped: Barclaycard SmartPay (pay-connector's SOAP fault templates, "validation 167 Original
// pspReference required for this operation", are Adyen's classic SOAP API, and Adyen is a source) and Worldpay's XML
// gateway (its vendor is a source, Access Worldpay); ePDQ's `authorisation-status-error-response.xml` (NCERROR 0 and
// NCERRORPLUS "!": a placeholder, not an error the gateway writes); DemoQA's Book Store API (its 406 `{"code":"1204",
// "message":"User exists!"}` turned up only in a stored capture the index could not name to a repository), ReqRes
// (only step texts that a body "contains" "Missing password"), GoRest (a Karate feature that asserts only
// `response[0].field == 'email'` on its 422, no message), the Contact List app (a Karate suite whose base URL is a
// private address unless run with `prod`), Simple Books API, restful-api.dev and Practice Software Testing (no body
// with its status in the first results); JupiterOne's HAR recordings (an earlier part opened every one named for an
// error); vs-currency-converter's WireMock `unauthorized.json` (currency APIs are sources). The code corpus answered
// the brief's WireMock, Hoverfly and `"status" : 429` searches with tool documentation and made-up stubs (`find_string`
// does not index the mappings' JSON): no recorded WireMock mapping of an unseen API, no Hoverfly simulation, no
// Mountebank imposter, no mitmproxy dump and no HAR file outside JupiterOne's was found within the cap. No 429, no
// retry hint and no support id turned up; three XML bodies, three text bodies and two bodies on a 200 did.
//
// The part holds 13 cases from 6 sources, under the brief's aim of 25 from 8: 60 of the 60 look-ups went mostly to
// searches for recorded stubs, which the index returns only when a repository is named, and the practice APIs' bodies
// turned up only where a small feature file opened among a search's first results.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-26-ax`, on 5e34f68, src/ unchanged: in the frozen copy /tmp/base67): 11/13 pass, 6 sources
// (kind 12/13, message 12/13, fields 13/13, retry 13/13, logId 0/0, code 1/1). Failing at first sight:
// barclaycard-epdq/capture-order-not-authorized-50001127-200 (the kit gave the unknown kind's default, "Try again. If
// the problem continues, contact support.", where the case keeps NCERRORPLUS's "|this order is not authorized|" as the
// sentence for the person, rules 2 and 3 reading an XML element's attributes as its members: the judgment call its
// note names; kind unknown as expected); automation-exercise/verify-login-method-not-supported-200 (the kit read the
// 200 as unknown, where rule 1 lets a body that names an error status beside a 2xx decide, `responseCode: 405` giving
// bad-request as Twelve Data's `code: 429` gives rate-limited; the message passed). Every other case passed as
// written, including the judgment calls on ePDQ's refund and query lines (the default), Conduit's "has already been
// taken" (validation, not conflict), Restful-booker's "Bad credentials" on a 200 (unknown, kept) and the Platzi
// store's `name: "EntityNotFoundError"` on a 400 (not-found). No expectation was changed after the run (Prettier's
// line breaks were applied before it).
//
// Scored in `cases/` the stop it was collected (6 December 2026): read now 12/13 (Automation Exercise's `responseCode:
// 405` beside its 200, since the holdout). Its miss: ePDQ's `NCERRORPLUS` attribute, which both readers read as the
// message; reading it would also speak the maintenance line and the unknown order that the part's other two cases read
// as the default.

export default [
  // ───────────────────────────── Barclaycard ePDQ (Ogone DirectLink) ─────────────────────────────
  {
    id: 'barclaycard-epdq/capture-order-not-authorized-50001127-200',
    source: 'Barclaycard ePDQ (Ogone DirectLink)',
    url: 'alphagov/pay-connector/src/test/resources/templates/epdq/capture-error-response.xml@2aeed31d855d10dc826ecbeebed6e8ee4a963ee6',
    note: 'GOV.UK Pay\'s WireMock stub `EpdqMockClient.mockCaptureError()` (src/test/java/uk/gov/pay/connector/rules/EpdqMockClient.java@38ca62dfe79c47a4596c85919e3f274601aa7050) serves this template for `POST /epdq/maintenancedirect.asp` with `withStatus(200)` and `Content-Type: text/xml`, as DirectLink answers every call. Body copied whole. Kind: a 200 whose body names no HTTP status and no code a rule sorts (NCERROR 50001127 is DirectLink\'s error number, STATUS "0" its "invalid or incomplete"): unknown (rule 1). Message: the NCERRORPLUS attribute (rule 3 reads an XML element\'s attributes as its members), "|this order is not authorized|", a line for the merchant\'s person that says why the capture failed. Judgment call: NCERRORPLUS is no message name the rules list, and its text is in small letters between pipes; a reader could give the default. No code stated: rule 6 names no NCERROR attribute. logId not stated (PAYID is the payment\'s id).',
    response: {
      status: 200,
      headers: { 'Content-Type': 'text/xml' },
      body: '<?xml version="1.0"?>\n<ncresponse\n        orderID="ABREF1245"\n        PAYID="3014644340"\n        PAYIDSUB="2"\n        NCSTATUS="5"\n        NCERROR="50001127"\n        NCERRORPLUS="|this order is not authorized|"\n        ACCEPTANCE=""\n        STATUS="0"\n        amount=""\n        currency="">\n</ncresponse>',
    },
    expect: { kind: 'unknown', message: 'this order is not authorized' },
  },
  {
    id: 'barclaycard-epdq/refund-error-try-again-later-50001111-200',
    source: 'Barclaycard ePDQ (Ogone DirectLink)',
    url: 'alphagov/pay-connector/src/test/resources/templates/epdq/refund-error-response.xml@b721dccbcdd5f951257cd3e63b4d341a566a199d',
    note: 'Served by the same stub (`EpdqMockClient.mockRefundError()`, `withStatus(200)`, `Content-Type: text/xml`) for DirectLink\'s maintenance route. Body copied whole (the double space before "back office" is the template\'s). Kind: a 200 naming no HTTP status and no code a rule sorts (NCERROR 50001111): unknown (rule 1). Message: NCERRORPLUS holds "An error has occurred; please try again later." (a generic line, as rule 2.1\'s "An unexpected problem has occurred." and "Please try this operation again later." are) and a sentence that only sends the site\'s owner to the back office for the details (a pointer, generic under rule 2.1): the default. Judgment call: a reader could keep the first clause as a plea to retry. No code stated; no retry time (no number in the text).',
    response: {
      status: 200,
      headers: { 'Content-Type': 'text/xml' },
      body: '<?xml version="1.0"?>\n<ncresponse\n        orderID="ABREF1245"\n        PAYID="0"\n        NCSTATUS="5"\n        NCERROR="50001111"\n        ACCEPTANCE=""\n        STATUS="0"\n        amount=""\n        currency="GBP"\n        PM=""\n        BRAND=""\n        NCERRORPLUS="An error has occurred; please try again later. If you are the owner or the integrator of this website, please log into the  back office to see the details of the error.">\n</ncresponse>',
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'barclaycard-epdq/query-unknown-orderid-50001130-200',
    source: 'Barclaycard ePDQ (Ogone DirectLink)',
    url: 'alphagov/pay-connector/src/test/resources/templates/epdq/query-payment-status-error-response.xml@dbd4500bbde1c2b87fbfdeaa0a0c9190eb81ebcc',
    note: 'DirectLink\'s answer to a status query for an order it does not know, loaded by `BaseEpdqPaymentProviderIT.errorQueryResponse()` (pay-connector\'s provider tests, which hand it to a mocked client with a status set in the subclasses, not read); the sandbox merchant\'s id ("epdqmerchantid") is left in its text. Body copied whole. Status: 200, as the same repository\'s WireMock stub serves every DirectLink answer, errors included (`EpdqMockClient`), and as DirectLink answers its query route. Judgment call: the status of this template\'s own test was not seen. No header: the stub\'s Content-Type is not shown for this template. Kind: a 200 naming no HTTP status and no code a rule sorts (NCERROR 50001130): unknown (rule 1; the "unknown orderid" text never decides). Message: "unknown orderid … for merchant epdqmerchantid" names only which input is unknown, by the API\'s key in small letters, as "invalid q" does (rule 2.1): the default. Judgment call: a reader could keep it as "order not found".',
    response: {
      status: 200,
      body: '<?xml version="1.0"?>\n<ncresponse\norderID="ih0da12n4dnakqa9c8vpekv373"\nPAYID=""\nPAYIDSUB=""\nNCSTATUS="5"\nNCERROR="50001130"\nNCERRORPLUS="unknown orderid ih0da12n4dnakqa9c8vpekv373 for merchant epdqmerchantid"\nACCEPTANCE=""\nSTATUS="">\n</ncresponse>',
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },

  // ───────────────────────────── Swagger Petstore ─────────────────────────────
  {
    id: 'swagger-petstore/pet-not-found-404',
    source: 'Swagger Petstore (petstore.swagger.io/v2)',
    url: 'OleksandrStepaniuk/karateJava/src/test/java/pet/newPetCrud.feature@179eff92c7e3e8303366a18ebfe3f5e3bb13457d',
    note: 'A Karate feature run against the live demo (karate-config.js@60833243c2ec9096cc02573a7233197a92c8a31b sets `baseUrl: \'https://petstore.swagger.io/v2/\'`): `GET pet/191919` before the pet is created and after it is deleted, "Then status 404 And match response == {"code": 1,"type": "error","message": "Pet not found"}", a whole-body match. No header shown. Kind: 404, not-found (rule 1). Message: "Pet not found", a line that says what was not found, kept as "Resource not found" is (rule 2.1). Code: `code` 1, an explicit code member (rule 6; `type: "error"` is a category word), as a string.',
    response: { status: 404, body: { code: 1, type: 'error', message: 'Pet not found' } },
    expect: { kind: 'not-found', message: 'Pet not found', code: '1' },
  },
  {
    id: 'swagger-petstore/pet-id-number-format-exception-404',
    source: 'Swagger Petstore (petstore.swagger.io/v2)',
    url: 'natbelo/PetStoreTeste/src/test/java/petStore/name_feature/GetPetId.feature',
    note: 'A Karate feature against `https://petstore.swagger.io/v2` (its Background\'s url): `GET /pet/abc`, "Then status 404 And match response.message == "java.lang.NumberFormatException: For input string: \\"abc\\"" And match response.type == "unknown"". The body is written with the two members the test asserts and no others (the live body also carries a `code`, not asserted). No header shown. Kind: 404, not-found (rule 1). Message: a Java exception\'s qualified class name and its text, developer text (rule 2.3): the default. No code stated: `type: "unknown"` is a category word, and the `code` member was not asserted.',
    response: {
      status: 404,
      body: { type: 'unknown', message: 'java.lang.NumberFormatException: For input string: "abc"' },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Conduit (RealWorld demo API) ─────────────────────────────
  {
    id: 'conduit-realworld/sign-up-username-taken-422',
    source: 'Conduit (RealWorld demo API, api.realworld.io)',
    url: 'joao-ulisses/karate-learning/src/test/java/conduitApp/feature/SignUp.feature@3b888e172de237208d2c612349ceebd57091ebc7',
    note: 'A Karate Scenario Outline run against the live demo (the repository\'s karate-config.js@e0d6115ac8ea57b377a8f065ab2492063e4a709d points at `https://api.realworld.io/api/`): `POST users` with a new e-mail and a taken username, "Then status 422 And match response == <errorResponse>", whose first row is `{"errors":{"username":["has already been taken"]}}`, a whole-body match. No header shown. Kind: 422, validation (rule 1). Judgment call: the line says the value is taken, which a reader could read as a duplicate (conflict); rule 1 gives conflict to a duplicate code, and text never decides. Fields: the map under `errors` (rule 3): `username`. Message: only a field message, so the default (rule 2.4).',
    response: { status: 422, body: { errors: { username: ['has already been taken'] } } },
    expect: { kind: 'validation', message: DEFAULT, fields: [['username', 'has already been taken']] },
  },
  {
    id: 'conduit-realworld/sign-up-email-and-username-taken-422',
    source: 'Conduit (RealWorld demo API, api.realworld.io)',
    url: 'joao-ulisses/karate-learning/src/test/java/conduitApp/feature/SignUp.feature@3b888e172de237208d2c612349ceebd57091ebc7',
    note: 'The same Scenario Outline\'s third row: an e-mail and a username both taken, "Then status 422", body `{"errors":{"email":["has already been taken"],"username": ["has already been taken"]}}`, a whole-body match (the second row, the e-mail alone, was left out as the same shape). No header shown. Kind: 422, validation (rule 1; the same judgment call on "taken" as the row above). Fields: `email` and `username` (rule 3). Message: the default (rule 2.4).',
    response: {
      status: 422,
      body: { errors: { email: ['has already been taken'], username: ['has already been taken'] } },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'has already been taken'],
        ['username', 'has already been taken'],
      ],
    },
  },

  // ───────────────────────────── Restful-booker ─────────────────────────────
  {
    id: 'restful-booker/auth-bad-credentials-200',
    source: 'Restful-booker (restful-booker.herokuapp.com)',
    url: 'dkob1996/Postman-Collections/Restful-booker/Negative/Auth-With-Empty-Body.md',
    note: 'A tester\'s write-up of a run against the live API: `POST /auth` with an empty body; "Results: At first - answer: {"reason": "Bad credentials"}", "Code server 200 OK", and the Postman tests that assert both. Body copied whole. No header shown. Kind: a 200 with no code, no status in the body and no header that names a kind: unknown (rule 1; text never decides, so the refused sign-in does not make it unauthenticated). Message: `reason` (a message-like member, rule 3), "Bad credentials", two words that say what was wrong, kept as DummyJSON\'s "Invalid credentials" is. Judgment call: a reader could read it as a label and give the default.',
    response: { status: 200, body: { reason: 'Bad credentials' } },
    expect: { kind: 'unknown', message: 'Bad credentials' },
  },
  {
    id: 'restful-booker/update-without-token-403-text',
    source: 'Restful-booker (restful-booker.herokuapp.com)',
    url: 'dkob1996/Postman-Collections/Restful-booker/Negative/Booking-Update-Without-Token.md@4de02a3e4b179af68e477ecb9ae687fdd5104678',
    note: 'The same write-ups: `PUT /booking/{id}` without the `token` cookie; "At first - answer: Forbidden", "Code server 403 Forbidden". The body is the text shown. No header shown. Kind: 403, forbidden (rule 1). Message: the 403\'s own reason phrase restates the status (rule 2.1): the default.',
    response: { status: 403, body: 'Forbidden' },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'restful-booker/update-missing-booking-405-text',
    source: 'Restful-booker (restful-booker.herokuapp.com)',
    url: 'dkob1996/Postman-Collections/Restful-booker/Negative/Booking-Update-Not-Exist-Booking.md@4de02a3e4b179af68e477ecb9ae687fdd5104678',
    note: 'The same write-ups: `PUT https://restful-booker.herokuapp.com/booking/0`; "At first - answer: Method Not Allowed", "Code server 405 Method Not Allowed" (the API answers a booking that does not exist with 405). The body is the text shown. No header shown. Kind: 405, bad-request (rule 1; the status decides, not what the request meant). Message: the 405\'s reason phrase (rule 2.1): the default.',
    response: { status: 405, body: 'Method Not Allowed' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'restful-booker/create-without-totalprice-500-text',
    source: 'Restful-booker (restful-booker.herokuapp.com)',
    url: 'dkob1996/Postman-Collections/Restful-booker/Negative/Booking-Create-Without-TotalPrice.md@4de02a3e4b179af68e477ecb9ae687fdd5104678',
    note: 'The same write-ups: `POST /booking` without `totalprice`; "At first - answer: Internal Server Error", "Code server 500 Internal Server Error". The body is the text shown. No header shown. Kind: 500, server (rule 1). Message: a reason phrase, and plain text on a 5xx (rules 2.1 and 2.6): the default.',
    response: { status: 500, body: 'Internal Server Error' },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Platzi Fake Store API ─────────────────────────────
  {
    id: 'platzi-fake-store/product-entity-not-found-400',
    source: 'Platzi Fake Store API (api.escuelajs.co)',
    url: 'josegmez/rest-api-test-automation/src/test/resources/features/get_product_by_id.feature',
    note: 'A Cucumber feature against the live API ("Given the API base URL is "https://api.escuelajs.co/api/v1""): `GET /products/999`, "Then the response status code should be 400 And the response body should have a field "name" with value "EntityNotFoundError"". The body is written with the one member the test asserts and no others (the live body, a NestJS filter\'s, carries more). No header shown. Kind: rule 1 reads a `name` beside no code as the category that classifies, read without its `Error` suffix: `EntityNotFound`, a not-found code, which outranks a 400: not-found. Judgment call: a reader could take the exception\'s class for developer text only and keep the 400\'s bad-request. Message: an exception\'s class name, no sentence (rule 2.3): the default. No code stated.',
    response: { status: 400, body: { name: 'EntityNotFoundError' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Automation Exercise API ─────────────────────────────
  {
    id: 'automation-exercise/verify-login-method-not-supported-200',
    source: 'Automation Exercise API (automationexercise.com)',
    url: 'IrinaPleshakova/-UI-and-API-testing-/src/test/resources/features/api/verify_login.feature',
    note: 'The feature\'s notes on the site\'s "API 7" and "API 10" (`POST https://automationexercise.com/api/verifyLogin`) record what the live API answered each time: "actual {"responseCode": 405, "message": "This request method is not supported."}" (the two scenarios are tagged @ignore for it). Body copied whole. Status: not printed there; 200 is taken from another suite\'s run against the same endpoint (gburlac/automationexercise-atf/src/test/resources/features/api.feature: "POST … verifyLogin … Then the response status should be 200"), the site answering every call with 200 and the real code in `responseCode`. Judgment call: that suite asserts another error of the same endpoint. No header shown. Kind: the body names 405 beside a 2xx, which decides (rule 1, as Twelve Data\'s `code: 429`): bad-request. Message: "This request method is not supported.", a sentence that says what was refused, not the bare reason phrase "Method Not Allowed": kept. No code stated (`responseCode` is a status).',
    response: { status: 200, body: { responseCode: 405, message: 'This request method is not supported.' } },
    expect: { kind: 'bad-request', message: 'This request method is not supported' },
  },
] satisfies ConformanceCase[];
