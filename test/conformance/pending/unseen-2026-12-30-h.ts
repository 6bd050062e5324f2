import { DEFAULT, type ConformanceCase } from '../types';

// Fortieth unseen-API holdout, part H (30 December 2026): error responses in .NET, Swift/iOS and Android SDKs' test
// fixtures and recordings that copy the live service or its documents, for public APIs that no other case file uses:
// Posten signering (the Norwegian e-signature API), Digipost (the Norwegian digital-mailbox API), Access Worldpay (its
// Sessions API, through the Access Checkout SDKs), Azure Maps, Azure Communication Services (SMS and Phone Numbers),
// Azure Service Bus (its management REST API) and Azure Schema Registry, collected to measure how the reader does at
// first sight on APIs it was never tuned on. Every body was copied from the public material named in `url` and `note`:
// the Azure SDK for .NET's recorded test sessions (`tests/SessionRecords/*.json`, the test proxy's recordings of the
// live service: status, response headers and body as recorded; most cases); Posten's own .NET clients
// (digipost/signature-api-client-dotnet, digipost/digipost-api-client-dotnet), whose error documents are the API's XML
// schema examples, embedded as resources and served by the clients' fake HTTP handlers with the status the note names;
// and Worldpay's own Android SDK, whose Pact consumer contract for the Sessions service states each error response with
// its status (the same bodies appear in the SDK's WireMock stubs and iOS tests). Where a status is not recorded beside
// the body, the note says where it came from (the vendor SDK's stub for that document). Headers are copied only where a
// recording shows them; Content-Length, Connection and Transfer-Encoding were left out (an empty 404's `Content-Length:
// 0` among them) and no header was added; JSON escapes in recorded headers (`\u002B`) were decoded. No body was
// trimmed. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Trustly (its .NET client's only WireMock recording, deposit.json, is not an error); HiPay
// (its iOS SDK's `example_error.json`, "Something bad.", is a test invention); Worldline/Ingenico Connect, Direct and
// Online Payments (their error bodies with a 400 turned up only in the PHP SDKs' tests, outside this part's .NET,
// Swift, Android and Dart domain; the .NET SDKs' repositories are stored only as their documentation branches); Access
// Worldpay's deserializer test with four broken rules and its `methodNotAllowed`, `bodyIsNotJson` bodies (no status
// beside them, and the four-rule body is a composite no contract or stub sends); Posten signering's
// `TooManyRequestsResponse.txt` (not stored) and its 429 stub's `X-Next-permitted-poll-time` header (computed from the
// clock, not a recorded value); Azure Communication Services' `GetPurchasedUnauthorizedNumber` recording (no entries);
// Azure Web PubSub and Azure Notification Hubs (no error recorded); CM.com (only a Perl client's expected text, no body
// or status); Sendsay, Appcues, BunnyCDN, Affirm (no stored error fixture within the cap); Dart and Flutter fixture
// searches returned only apps' own invented bodies. Fewer than the aimed 25 cases and 8 sources: broad code searches
// for MockHttp, OHHTTPStubs, Mocker, MockWebServer and Flutter fixtures mostly returned apps' invented bodies or APIs
// already in the corpus, and the cap was reached. No 429, no 5xx status and no non-English body turned up; four XML
// bodies (Posten's two products, Service Bus) and one empty body did. 77 of the 80 look-ups were spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-30-h`, on 6afb2fa, src/ unchanged: in the frozen copy /tmp/base40): 11/22 pass, 7 sources
// (kind 18/22, message 13/22, fields 22/22, retry 22/22, logId 0/0, code 6/6). Failing at first sight:
// posten-signering/schema-validation-error-400-xml (the kit read `SCHEMA_VALIDATION_ERROR` as a validation code, the
// judgment call's other reading, where the note takes a body that does not match its schema for a bad request, rule 1;
// and it kept "Xml-message was not in accordance to schema: cvc-complex-type.2.4.b: …", a generic line before an XML
// schema validator's report, rules 2.1 and 2.3); posten-signering/broker-not-authorized-400-xml (it read
// `BROKER_NOT_AUTHORIZED` as a credential code, unauthenticated, where rule 1 makes a not-authorized code sent without
// a 401 a refusal: forbidden); access-worldpay/card-session-pan-failed-luhn-400, -expiry-month-too-small-400,
// cvc-session-cvc-not-numeric-400 and card-session-identity-invalid-400 (it kept "The json body provided does not match
// the expected schema", a line that only says the body failed validation, generic under rule 2.1, where only field
// messages speak and rule 2.4 gives the default; every field passed); access-worldpay/card-session-body-is-empty-400
// (it kept "The body within the request is empty", a request without a body, developer text under rule 2.3);
// azure-maps/fuzzy-search-query-missing-400 and azure-maps/get-polygons-geometries-missing-400 (it kept "Query is
// missing or empty" and "Geometries is missing or empty", lines that name only which parameter is missing, generic
// under rule 2.1: the judgment call the notes name);
// azure-communication-services/phone-plans-no-match-internal-error-code-400 (it let the outer `InternalError` decide,
// server, the judgment call's other reading, and gave the server default "Try again later." without reading the
// `innererror`'s sentence, the occurrence's text under rule 2.2); and azure-schema-registry/invalid-schema-type-415 (it
// read `InvalidSchemaType` as an `invalid…` code naming an input, validation, the judgment call's other reading, where
// the note reads a code about the body's serialization on a 415 as a bad request, rule 1). Every other case passed as
// written, including the XML bodies of Digipost and Service Bus (their vendor numbers, reason phrases, aka.ms pointers
// and tracking labels dropped), the empty 404, ASP.NET Core's `From` map, the Microsoft `target` field on a 404 and the
// tracking labels after Schema Registry's sentences. No expectation was changed after the run (Prettier's quote style
// and line breaks were applied before it).

// Waits in `pending/`: 19/22 now (a line naming only which input is missing or invalid, by the API's name for it, since
// the rule row of 6 December 2026; Access Worldpay's "The json body provided does not match the expected schema" and
// "The body within the request is empty" read since, as the rules' generic headline and developer text; and Azure
// Communication Services' `BadRequest` inner error under its `InternalError`, whose code and sentence speak since the
// ninety-second holdout). Its misses: Azure Maps' "Query is missing or empty" (kept elsewhere: "query is required"),
// codes on a 400 and a 415 the corpus reads the other way (Posten's `BROKER_NOT_AUTHORIZED`, a credential code as
// Cognito's `NotAuthorizedException` on a 400; `SCHEMA_VALIDATION_ERROR` and `InvalidSchemaType`, validation). Its four
// Azure services share their first word with sources already in the corpus (Azure Resource Manager, Azure Blob Storage,
// …) but not their APIs or bodies; scoring it would put the corpus under the bar.

export default [
  // ───────────────────────────── Posten signering ─────────────────────────────
  {
    id: 'posten-signering/schema-validation-error-400-xml',
    source: 'Posten signering',
    url: 'digipost/signature-api-client-dotnet/Digipost.Signature.Api.Client.Core.Tests/Schema/Examples/Response/ErrorResponse.xml@78828f889fb008a700c53cfe07d707ace58139d8',
    note: 'The signature API\'s error document as its .NET client embeds it among the schema examples; the client\'s `FakeHttpClientHandlerForErrorResponse` (Core.Tests/Fakes) serves it with `HttpStatusCode.BadRequest`: 400 taken from that stub. No header shown (the stub\'s StringContent sets none by name). XML read as JSON would send it (rule 3): `error-code`, `error-message`, `error-type` are the code, message and category in kebab-case. Kind: a 400 whose code says the XML message as a whole did not match the schema, a code that says the body is invalid (rule 1: `INVALID_BODY`, `invalid_payload_format`): bad-request; judgment call, the other reading takes `SCHEMA_VALIDATION_ERROR` for a validation code (`validation_error` with a qualifier) and says validation. Message: "Xml-message was not in accordance to schema:" only says the message failed validation (rule 2.1, generic) and what follows is an XML schema validator\'s report (rule 2.3: "… is invalid according to its datatype"): the default. Code: `error-code` (rule 6).',
    response: {
      status: 400,
      body: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n\n<error xmlns="http://signering.posten.no/schema/v1" xmlns:ns2="http://uri.etsi.org/01903/v1.3.2#"\n       xmlns:ns3="http://www.w3.org/2000/09/xmldsig#" xmlns:ns4="http://uri.etsi.org/2918/v1.2.1#">\n  <error-code>SCHEMA_VALIDATION_ERROR</error-code>\n  <error-message>\n    Xml-message was not in accordance to schema:\n    cvc-complex-type.2.4.b: The content of element \'exit-urls\' is not complete. One of \'{&quot;http://signering.posten.no/schema/v1&quot;:error-url}\' is expected.\n  </error-message>\n  <error-type>CLIENT</error-type>\n</error>',
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'SCHEMA_VALIDATION_ERROR' },
  },
  {
    id: 'posten-signering/broker-not-authorized-400-xml',
    source: 'Posten signering',
    url: 'digipost/signature-api-client-dotnet/Digipost.Signature.Api.Client.Core.Tests/Schema/Examples/Response/BrokerNotAuthorizedErrorResponse.xml@da5235687f8303d701e02ae95280b8ea529837f5',
    note: 'The schema example the client serves from `FakeHttpClientHanderForBrokerNotAuthorizedErrorResponse` (Core.Tests/Fakes) with `HttpStatusCode.BadRequest`: 400 taken from that stub. No header shown. Kind: `BROKER_NOT_AUTHORIZED` says a known broker (the organisation sending on the signer\'s behalf, authenticated by its certificate) may not do this: a permission code, which outranks a 400 (rule 1: a permission code on other statuses; an `Unauthorized`/`NOT_AUTHORIZED` code without a 401 refuses someone the server knows): forbidden; judgment call, a reader could keep the 400\'s bad request (the table names no broker code). Message: `error-message`, "Broker is not authorized", a sentence with its subject (not the bare reason phrase "Not Authorized", rule 2.1). Code: `error-code`.',
    response: {
      status: 400,
      body: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n\n<error xmlns="http://signering.posten.no/schema/v1" xmlns:ns2="http://uri.etsi.org/01903/v1.3.2#"\n       xmlns:ns3="http://www.w3.org/2000/09/xmldsig#" xmlns:ns4="http://uri.etsi.org/2918/v1.2.1#">\n  <error-code>BROKER_NOT_AUTHORIZED</error-code>\n  <error-message>Broker is not authorized</error-message>\n  <error-type>CLIENT</error-type>\n</error>',
    },
    expect: { kind: 'forbidden', message: 'Broker is not authorized', code: 'BROKER_NOT_AUTHORIZED' },
  },

  // ───────────────────────────── Digipost ─────────────────────────────
  {
    id: 'digipost/unknown-recipient-404-xml',
    source: 'Digipost',
    url: 'digipost/digipost-api-client-dotnet/Digipost.Api.Client.Resources/Xml/Data/SendMessageErrorUnknownRecipient.xml@4abe6a30c2e4c68acc1cc4bae3987aad943025eb',
    note: "The API's error document (schema v8) as the .NET client embeds it; the client's `ShouldSerializeErrorMessage` tests serve it from `FakeResponseHandler { ResultCode = HttpStatusCode.NotFound }` for a message sent to a recipient by id: 404 taken from that stub. No header shown. Kind: 404, not-found (rule 1; a code never turns a 404 into anything else). Message: `error-message`, a sentence. Code: `error-code` (rule 6); `error-type` (`CLIENT_DATA`) is its category.",
    response: {
      status: 404,
      body: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<error xmlns="http://api.digipost.no/schema/v8">\n  <error-code>UNKNOWN_RECIPIENT</error-code>\n  <error-message>The recipient does not have a Digipost account.</error-message>\n  <error-type>CLIENT_DATA</error-type>\n</error>\n',
    },
    expect: { kind: 'not-found', message: 'The recipient does not have a Digipost account', code: 'UNKNOWN_RECIPIENT' },
  },
  {
    id: 'digipost/inbox-general-error-empty-message-404-xml',
    source: 'Digipost',
    url: 'digipost/digipost-api-client-dotnet/Digipost.Api.Client.Resources/Xml/Data/InboxDocumentNotExisting.xml@48fd1db945968908feb967fbfc2da9c24cdb07cb',
    note: "The error document the client's `InboxApiIntegrationTests` serve for an inbox document that does not exist, from `FakeResponseHandler { ResultCode = HttpStatusCode.NotFound }`: 404 taken from that stub. No header shown. Kind: 404, not-found; `error-type` SERVER is a category and no code turns a 404 into another kind (rule 1). Message: `error-message` is empty, and the code is no sentence: the default (rule 2.4). Code: `error-code`, `GENERAL_ERROR` (rule 6), however little it says.",
    response: {
      status: 404,
      body: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<error xmlns="http://api.digipost.no/schema/v8">\n  <error-code>GENERAL_ERROR</error-code>\n  <error-message></error-message>\n  <error-type>SERVER</error-type>\n</error>\n',
    },
    expect: { kind: 'not-found', message: DEFAULT, code: 'GENERAL_ERROR' },
  },

  // ───────────────────────────── Access Worldpay ─────────────────────────────
  {
    id: 'access-worldpay/card-session-pan-failed-luhn-400',
    source: 'Access Worldpay',
    url: 'Worldpay/access-checkout-android/access-checkout/src/test/java/com/worldpay/access/checkout/api/pact/SessionsPactTest.kt@12d7da1121455fd04113624804a6f6c036781e4c',
    note: 'Worldpay\'s own Pact consumer contract for its Sessions service: `cardSessionCreateInvalidLuhnRequestInteraction`, POST /sessions/card with a card number that fails the Luhn check, `.status(400)` and `generateResponse("panFailedLuhnCheck", …, "$.cardNumber")`, whose body (errorName, message, validationErrors[{ errorName, message, jsonPath }]) is written out here; the SDK\'s demo-app WireMock stub sends the same body verbatim. The Content-Type header is a named constant whose value the file does not show: left out. Kind: a 400 with a field error (rule 1): validation. Fields: the item names its field in `jsonPath` (JSONPath `$.cardNumber` is `cardNumber`, rule 3). Message: "The json body provided does not match the expected schema" only says the body failed validation (rule 2.1, generic), and the field message is the field\'s: the default (rule 2.4). No code stated: `errorName` is no member rule 6 names, and the envelope\'s `bodyDoesNotMatchSchema` beside the item\'s `panFailedLuhnCheck` leaves the choice open.',
    response: {
      status: 400,
      body: {
        errorName: 'bodyDoesNotMatchSchema',
        message: 'The json body provided does not match the expected schema',
        validationErrors: [
          {
            errorName: 'panFailedLuhnCheck',
            message: 'The identified field contains a PAN that has failed the Luhn check.',
            jsonPath: '$.cardNumber',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['cardNumber', 'failed the Luhn check']],
    },
  },
  {
    id: 'access-worldpay/card-session-expiry-month-too-small-400',
    source: 'Access Worldpay',
    url: 'Worldpay/access-checkout-android/access-checkout/src/test/java/com/worldpay/access/checkout/api/pact/SessionsPactTest.kt@12d7da1121455fd04113624804a6f6c036781e4c',
    note: 'The same contract\'s `cardSessionCreateIntegerMonthTooSmallRequestInteraction`: expiry month 0, `.status(400)`, `generateResponse("integerIsTooSmall", "Card expiry month is too small - must be between 1 & 12", "$.cardExpiryDate.month")`. No header value shown. Kind: validation (a 400 with a field error). Fields: `$.cardExpiryDate.month` is `cardExpiryDate.month` (rule 3). Message: the generic schema headline: the default. No code stated, as in access-worldpay/card-session-pan-failed-luhn-400.',
    response: {
      status: 400,
      body: {
        errorName: 'bodyDoesNotMatchSchema',
        message: 'The json body provided does not match the expected schema',
        validationErrors: [
          {
            errorName: 'integerIsTooSmall',
            message: 'Card expiry month is too small - must be between 1 & 12',
            jsonPath: '$.cardExpiryDate.month',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['cardExpiryDate.month', 'must be between 1 & 12']],
    },
  },
  {
    id: 'access-worldpay/cvc-session-cvc-not-numeric-400',
    source: 'Access Worldpay',
    url: 'Worldpay/access-checkout-android/access-checkout/src/test/java/com/worldpay/access/checkout/api/pact/SessionsPactTest.kt@12d7da1121455fd04113624804a6f6c036781e4c',
    note: 'The same contract\'s `cvcSessionCreateStringNonNumericalCvcRequestInteraction`: POST /sessions/payments/cvc with cvc "aaa", `.status(400)`, `generateResponse("fieldMustBeNumber", "CVC must be numeric", "$.cvc")`. No header value shown. Kind: validation. Fields: `cvc`. Message: the default (generic headline, rule 2.1; rule 2.4). No code stated.',
    response: {
      status: 400,
      body: {
        errorName: 'bodyDoesNotMatchSchema',
        message: 'The json body provided does not match the expected schema',
        validationErrors: [{ errorName: 'fieldMustBeNumber', message: 'CVC must be numeric', jsonPath: '$.cvc' }],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['cvc', 'CVC must be numeric']] },
  },
  {
    id: 'access-worldpay/card-session-identity-invalid-400',
    source: 'Access Worldpay',
    url: 'Worldpay/access-checkout-android/access-checkout/src/test/java/com/worldpay/access/checkout/api/pact/SessionsPactTest.kt@12d7da1121455fd04113624804a6f6c036781e4c',
    note: 'The same contract\'s `cardSessionCreateInvalidIdentityRequestInteraction`: identity "ABC" (the merchant\'s checkout id), `.status(400)`, `generateResponse("fieldHasInvalidValue", "Identity is invalid", "$.identity")`; the SDK\'s HttpsClient test stubs the same body with a 400. No header value shown. Kind: validation (a 400 with a field error; the item\'s code also says a value is invalid). Fields: `identity`, "Identity is invalid" (the field\'s own message, whatever one thinks of it as a sentence: rule 3 binds it to its field). Message: the default. No code stated.',
    response: {
      status: 400,
      body: {
        errorName: 'bodyDoesNotMatchSchema',
        message: 'The json body provided does not match the expected schema',
        validationErrors: [
          { errorName: 'fieldHasInvalidValue', message: 'Identity is invalid', jsonPath: '$.identity' },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['identity', 'Identity is invalid']] },
  },
  {
    id: 'access-worldpay/card-session-body-is-empty-400',
    source: 'Access Worldpay',
    url: 'Worldpay/access-checkout-android/access-checkout/src/test/java/com/worldpay/access/checkout/api/pact/SessionsPactTest.kt@12d7da1121455fd04113624804a6f6c036781e4c',
    note: 'The same contract\'s `cardSessionCreateEmptyBodyErrorInteractionRequestInteraction`: POST /sessions/card with an empty body, `.status(400)`, body `PactDslJsonBody().stringValue("errorName", "bodyIsEmpty").stringValue("message", "The body within the request is empty")`. No header value shown. Kind: a 400 without field errors, whose name says the request body is missing (rule 1: the request\'s body, not an input): bad-request. Message: a request without a body is a developer\'s matter (rule 2.3: ShipEngine\'s "Request body cannot be empty.", ASP.NET Core\'s "A non-empty request body is required."): the default. No code stated (`errorName`, as above).',
    response: {
      status: 400,
      body: { errorName: 'bodyIsEmpty', message: 'The body within the request is empty' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Azure Maps ─────────────────────────────
  {
    id: 'azure-maps/fuzzy-search-query-missing-400',
    source: 'Azure Maps',
    url: 'Azure/azure-sdk-for-net/sdk/maps/Azure.Maps.Search/tests/SessionRecords/FuzzySearchTests/InvalidFuzzySearchTest.json@0b56ba926357e9923b6ccdeda0d642f0120e1061',
    note: 'The test proxy\'s recording of GET https://atlas.microsoft.com/search/fuzzy/json?api-version=1.0&query= (an empty query), StatusCode 400. Headers as recorded but for Content-Length. Kind: a 400 without fields; `code` "400 BadRequest" only restates the status (rule 6: a category, no code): bad-request. Message: "query is missing or empty" names only which parameter is missing (rule 2.1: "Missing \'name\' parameter", "Missing required parameter: templateId"): the default; judgment call, the other reading keeps the line. No code stated (it restates the status). No logId stated: `X-MSEdge-Ref` is no request-id header rule 5 names.',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Thu, 21 Jul 2022 09:28:55 GMT',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        'X-Cache': 'CONFIG_NOCACHE',
        'X-Content-Type-Options': 'nosniff',
        'x-ms-azuremaps-region': 'West US 2',
        'X-MSEdge-Ref': 'Ref A: C6524E59284849558D1D5A2887F6E52F Ref B: PAOEDGE0518 Ref C: 2022-07-21T09:28:55Z',
      },
      body: { error: { code: '400 BadRequest', message: 'query is missing or empty' } },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'azure-maps/get-polygons-geometries-missing-400',
    source: 'Azure Maps',
    url: 'Azure/azure-sdk-for-net/sdk/maps/Azure.Maps.Search/tests/SessionRecords/GeoJsonSearchTests/InvalidGetPolygonsTest.json@12a7807823020fceaaa816ad85bfbb312be68e4a',
    note: 'Recording of GET https://atlas.microsoft.com/search/polygon/json?api-version=1.0&geometries= , StatusCode 400. Headers as recorded but for Content-Length. Kind: bad-request (as azure-maps/fuzzy-search-query-missing-400). Message: "geometries is missing or empty" names only which parameter is missing: the default; the same judgment call. No code, no logId stated.',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Tue, 30 Aug 2022 05:39:37 GMT',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        'X-Cache': 'CONFIG_NOCACHE',
        'X-Content-Type-Options': 'nosniff',
        'x-ms-azuremaps-region': 'West US 2',
        'X-MSEdge-Ref': 'Ref A: 4D1CC87B2D5C4E4B88B9E95F5724E638 Ref B: PAOEDGE0616 Ref C: 2022-08-30T05:39:37Z',
      },
      body: { error: { code: '400 BadRequest', message: 'geometries is missing or empty' } },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'azure-maps/cross-street-coordinates-invalid-400',
    source: 'Azure Maps',
    url: 'Azure/azure-sdk-for-net/sdk/maps/Azure.Maps.Search/tests/SessionRecords/ReverseSearchAddressTests/InvalidCrossStreetSearchAddressTest.json@0b56ba926357e9923b6ccdeda0d642f0120e1061',
    note: 'Recording of GET https://atlas.microsoft.com/search/address/reverse/crossStreet/json?api-version=1.0&query=-1000,121 (a latitude out of range), StatusCode 400. Headers as recorded but for Content-Length. Kind: a 400 without fields or a code (the "400 BadRequest" code restates the status): bad-request (rule 1: text never decides, though the sentence says the coordinates are wrong). Message: `message`, a sentence that says how the value is wrong (invalid, out of range or malformed), more than a name. No code, no logId stated.',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Thu, 21 Jul 2022 09:29:03 GMT',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        'X-Cache': 'CONFIG_NOCACHE',
        'X-Content-Type-Options': 'nosniff',
        'x-ms-azuremaps-region': 'West US 2',
        'X-MSEdge-Ref': 'Ref A: 2DAF9A0718A9490B8191AAF6B146E268 Ref B: PAOEDGE0518 Ref C: 2022-07-21T09:29:04Z',
      },
      body: {
        error: {
          code: '400 BadRequest',
          message: 'The provided coordinates in query are invalid, out of range, or not in the expected format',
        },
      },
    },
    expect: { kind: 'bad-request', message: 'The provided coordinates in query are invalid, out of range' },
  },

  // ───────────────────────────── Azure Communication Services ─────────────────────────────
  {
    id: 'azure-communication-services/sms-from-unauthorized-number-404-empty',
    source: 'Azure Communication Services',
    url: 'Azure/azure-sdk-for-net/sdk/communication/Azure.Communication.Sms/tests/SessionRecords/SmsClientLiveTests/SendingSmsMessageFromUnauthorizedNumber.json@03e11bc06cd6aa597bfdafa8aa3ca3e77075fec7',
    note: "Recording of POST https://smstestapp.communication.azure.com/sms?api-version=2021-03-07 from a number the resource does not own, StatusCode 404, `Content-Length: 0` (the recorder writes the empty body as `[]`): no body. Headers as recorded but for Content-Length; `\\u002B` in MS-CV and X-Azure-Ref decoded to `+`. Kind: 404, not-found (rule 1). Message: nothing to read: the default (rule 2.4). No logId stated: `MS-CV` (a correlation vector) and `X-Azure-Ref` are not request-id headers by rule 5's names; judgment call, a reader could take `X-Azure-Ref` for a CDN request id (as `x-akamai-request-id`).",
    response: {
      status: 404,
      headers: {
        'api-supported-versions': '2020-07-20-preview1, 2020-08-20-preview, 2021-03-07',
        Date: 'Tue, 02 Mar 2021 23:44:40 GMT',
        'MS-CV': 'YJ+dZ9ajL0+HLUFSJ7zfGw.0',
        'Request-Context': 'appId=',
        'X-Azure-Ref':
          '06c0+YAAAAABLRzenLO5iRKhbBEh8DINARVdSMzBFREdFMDUwOAA5ZmM3YjUxOS1hOGNjLTRmODktOTM1ZS1jOTE0OGFlMDllODE=',
        'X-Processing-Time': '327ms',
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'azure-communication-services/sms-invalid-from-number-400',
    source: 'Azure Communication Services',
    url: 'Azure/azure-sdk-for-net/sdk/communication/Azure.Communication.Sms/tests/SessionRecords/SmsClientLiveTests/SendingSmsMessageFromFakeNumber.json@15cf5a433f170510d6d3db8ac5725d8015421494',
    note: 'Recording of POST …/sms?api-version=2021-03-07 with a made-up sender number, StatusCode 400, body `{ "From": ["Invalid From phone number format"] }` (ASP.NET Core\'s model-state shape). Headers as recorded but for Transfer-Encoding; `\\u002B` in MS-CV and X-Azure-Ref decoded to `+`. Kind: a 400 with field errors: validation (rule 1). Fields: a map of a field to a list of strings (rule 3): `From`, its spelling kept. Message: only a field message: the default (rule 2.4). No code.',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Tue, 09 Mar 2021 21:32:27 GMT',
        'MS-CV': 'xi+BalkGe0Oj8cjZk/jY7Q.0',
        'Request-Context': 'appId=',
        'X-Azure-Ref':
          '0bOlHYAAAAACu6TEY+d1xSKM/ynSeXx8FRVdSMzBFREdFMDYyMAA5ZmM3YjUxOS1hOGNjLTRmODktOTM1ZS1jOTE0OGFlMDllODE=',
        'X-Processing-Time': '152ms',
      },
      body: { From: ['Invalid From phone number format'] },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['From', 'Invalid From phone number format']] },
  },
  {
    id: 'azure-communication-services/phone-plans-no-match-internal-error-code-400',
    source: 'Azure Communication Services',
    url: 'Azure/azure-sdk-for-net/sdk/communication/Azure.Communication.PhoneNumbers/tests/SessionRecords/PhoneNumbersClientLiveTests/CreateSearchErrorState.json@19eac85e3f1910d49fa4c67dc7e7cc44f1c6d854',
    note: 'Recording of POST …/availablePhoneNumbers/countries/US/:search?api-version=2023-05-01-preview for toll-free numbers with calling but no SMS in area code 212, StatusCode 400. Headers as recorded but for Transfer-Encoding; `\\u002B` decoded. Body: Microsoft\'s REST error, `InternalError` and "The server encountered an internal error." outside, an `innererror` ("more specific information than the current object", Microsoft\'s REST guidelines) with `BadRequest` and the occurrence\'s sentence. Kind: the innermost code only restates the 400 (rule 6: a category), so no code says more than the status: bad-request; judgment call, the other reading lets the outer `InternalError` decide as a `server_error` code on a 4xx does (rule 1, Huntflow\'s on a 400): server. Message: the outer line is a generic server headline (rule 2.1: "The server encountered an error while processing the request"); the inner `message` is the occurrence\'s sentence (rule 2.2). No code stated: `InternalError` and `BadRequest` leave it open.',
    response: {
      status: 400,
      headers: {
        'api-supported-versions':
          '2021-03-07, 2022-01-11-preview2, 2022-06-01-preview, 2022-12-01, 2022-12-02-preview2, 2023-05-01-preview',
        'Content-Type': 'application/json',
        Date: 'Thu, 25 May 2023 19:06:02 GMT',
        'MS-CV': 'n4E3uROYmk+8VF7ZQG7FZA.0',
        'Strict-Transport-Security': 'max-age=2592000',
        'X-Azure-Ref':
          '0mbFvZAAAAACu7WbUKTs9T50JQtIOe2RPV1NURURHRTAxMDgAOWZjN2I1MTktYThjYy00Zjg5LTkzNWUtYzkxNDhhZTA5ZTgx',
        'X-Cache': 'CONFIG_NOCACHE',
        'X-Processing-Time': '1174ms',
      },
      body: {
        error: {
          code: 'InternalError',
          message: 'The server encountered an internal error.',
          innererror: {
            code: 'BadRequest',
            message: 'We are unable to find phone plans to match your requested capabilities.',
          },
        },
      },
    },
    expect: { kind: 'bad-request', message: 'unable to find phone plans to match your requested capabilities' },
  },
  {
    id: 'azure-communication-services/operator-information-one-number-400',
    source: 'Azure Communication Services',
    url: 'Azure/azure-sdk-for-net/sdk/communication/Azure.Communication.PhoneNumbers/tests/SessionRecords/PhoneNumbersClientLiveTests/SearchOperatorInformation_TooManyPhoneNumbers.json@19eac85e3f1910d49fa4c67dc7e7cc44f1c6d854',
    note: 'Recording of POST …/operatorInformation/:search?api-version=2023-05-01-preview with two phone numbers, StatusCode 400. Headers as recorded but for Transfer-Encoding; `\\u002B` decoded. Kind: a 400 whose code only restates the status and no field: bad-request. Message: `message`, a sentence. No code stated (`BadRequest` restates the status, rule 6).',
    response: {
      status: 400,
      headers: {
        'api-supported-versions': '2023-05-01-preview',
        'Content-Type': 'application/json',
        Date: 'Thu, 25 May 2023 19:06:29 GMT',
        'MS-CV': '49uXkjFEr06A1CI1vjU9Tw.0',
        'Strict-Transport-Security': 'max-age=2592000',
        'X-Azure-Ref':
          '0trFvZAAAAABeuAFYfziGSo+fhzDqvwsiV1NURURHRTAxMDgAOWZjN2I1MTktYThjYy00Zjg5LTkzNWUtYzkxNDhhZTA5ZTgx',
        'X-Cache': 'CONFIG_NOCACHE',
        'X-Processing-Time': '12ms',
      },
      body: { error: { code: 'BadRequest', message: 'Can only accept one phoneNumber' } },
    },
    expect: { kind: 'bad-request', message: 'Can only accept one phoneNumber' },
  },
  {
    id: 'azure-communication-services/purchase-search-id-not-found-404',
    source: 'Azure Communication Services',
    url: 'Azure/azure-sdk-for-net/sdk/communication/Azure.Communication.PhoneNumbers/tests/SessionRecords/PhoneNumbersClientLiveTests/StartPurchaseInvalidSearchId.json@0d12c3e42bb599ae77be7343628c8dd3c9fa7bc3',
    note: 'Recording of POST …/availablePhoneNumbers/:purchase?api-version=2022-12-01 with `{ "searchId": "some-invalid-id" }`, StatusCode 404. Headers as recorded but for Transfer-Encoding; `\\u002B` decoded. Kind: 404, not-found. Fields: a `target` beside the error\'s message names its field (rule 3, Microsoft\'s REST guidelines): `searchid`, as spelt; judgment call, a reader could hold that a 404 carries no field error. Message: `message`, a sentence. No code stated (`NotFound` restates the status).',
    response: {
      status: 404,
      headers: {
        'api-supported-versions':
          '2021-03-07, 2022-01-11-preview2, 2022-06-01-preview, 2022-12-01, 2022-12-02-preview2, 2023-05-01-preview',
        'Content-Type': 'application/json',
        Date: 'Wed, 21 Jun 2023 01:16:51 GMT',
        'MS-CV': 'UiceSx6VfE2lNM+pgg2iEQ.0',
        'Strict-Transport-Security': 'max-age=2592000',
        'X-Azure-Ref':
          '0hE+SZAAAAAB8ype+KmmLSblhOy+4e+2FV1NURURHRTAxMDkAOWZjN2I1MTktYThjYy00Zjg5LTkzNWUtYzkxNDhhZTA5ZTgx',
        'X-Cache': 'CONFIG_NOCACHE',
        'X-Processing-Time': '157ms',
      },
      body: {
        error: { code: 'NotFound', message: 'Input searchId some-invalid-id cannot be found.', target: 'searchid' },
      },
    },
    expect: {
      kind: 'not-found',
      message: 'Input searchId some-invalid-id cannot be found',
      fields: [['searchid', 'cannot be found']],
    },
  },

  // ───────────────────────────── Azure Service Bus ─────────────────────────────
  {
    id: 'azure-service-bus/put-queue-if-match-operation-not-found-404-xml',
    source: 'Azure Service Bus',
    url: 'Azure/azure-sdk-for-net/sdk/servicebus/Azure.Messaging.ServiceBus/tests/SessionRecords/ServiceBusManagementClientLiveTests/ThrowsIfEntityDoesNotExistAsync.json@08c6ce492e18b02a1e80110ff1785f7f1f9ffb3b',
    note: 'The recording\'s fourth entry: PUT https://sb-jolovservicebus.servicebus.windows.net/NonExistingPath?api-version=2021-05 with `If-Match: *` (an update of a queue that does not exist), StatusCode 404, an XML error (the JSON escapes `\\u003C`, `\\u0027` decoded). Headers as recorded but for Transfer-Encoding. Kind: 404, not-found. Message: `Detail` (RFC 9457\'s name, rule 2.2); its vendor number ("SubCode=40400.") and the reason phrase ("Not Found.") before the sentence are dropped, the pointer to aka.ms sends the reader elsewhere, and "TrackingId:…, SystemTracker:…, Timestamp:…" labels the occurrence for support (rule 2.1): "The Operation doesn\'t exist." No code stated: `Code` 404 only restates the status (rule 6). No logId stated: the TrackingId sits in text (rule 5 names no such place).',
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/xml; charset=utf-8',
        Date: 'Fri, 01 Oct 2021 00:06:00 GMT',
        Server: 'Microsoft-HTTPAPI/2.0',
        'Strict-Transport-Security': 'max-age=31536000',
      },
      body: "<Error><Code>404</Code><Detail>SubCode=40400. Not Found. The Operation doesn't exist. To know more visit https://aka.ms/sbResourceMgrExceptions. . TrackingId:a0c66efc-bde0-4f2c-9890-f7075f9fa2f9_G13, SystemTracker:sb-jolovservicebus.servicebus.windows.net:NonExistingPath, Timestamp:2021-10-01T00:06:01</Detail></Error>",
    },
    expect: { kind: 'not-found', message: "The Operation doesn't exist" },
  },
  {
    id: 'azure-service-bus/delete-no-service-hosted-404-xml',
    source: 'Azure Service Bus',
    url: 'Azure/azure-sdk-for-net/sdk/servicebus/Azure.Messaging.ServiceBus/tests/SessionRecords/ServiceBusManagementClientLiveTests/ThrowsIfEntityDoesNotExistAsync.json@08c6ce492e18b02a1e80110ff1785f7f1f9ffb3b',
    note: "The same recording's seventh entry: DELETE …/NonExistingPath?api-version=2021-05, StatusCode 404. Headers as recorded but for Transfer-Encoding. Kind: not-found. Message: `Detail`'s sentence, the support labels after it dropped (rule 2.1). No code (`Code` restates the status), no logId stated.",
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/xml; charset=utf-8',
        Date: 'Fri, 01 Oct 2021 00:06:02 GMT',
        Server: 'Microsoft-HTTPAPI/2.0',
        'Strict-Transport-Security': 'max-age=31536000',
      },
      body: '<Error><Code>404</Code><Detail>No service is hosted at the specified address. TrackingId:2f7cb69e-a67b-40dc-98d7-94b095c652cb_G13, SystemTracker:sb-jolovservicebus.servicebus.windows.net:NonExistingPath, Timestamp:2021-10-01T00:06:02</Detail></Error>',
    },
    expect: { kind: 'not-found', message: 'No service is hosted at the specified address' },
  },
  {
    id: 'azure-service-bus/create-existing-queue-conflict-409-xml',
    source: 'Azure Service Bus',
    url: 'Azure/azure-sdk-for-net/sdk/servicebus/Azure.Messaging.ServiceBus/tests/SessionRecords/ServiceBusManagementClientLiveTests/ThrowsIfEntityAlreadyExistsAsync.json@08c6ce492e18b02a1e80110ff1785f7f1f9ffb3b',
    note: 'Recording of PUT https://sb-jolovservicebus.servicebus.windows.net/3eae48da?api-version=2021-05 creating a queue that was just created, StatusCode 409 (escapes decoded). Headers as recorded but for Transfer-Encoding (ETag kept). Kind: 409, conflict (rule 1). Message: `Detail` without its "SubCode=40900." number, the "Conflict." reason phrase, the aka.ms pointer and the support labels (rule 2.1). No code (`Code` 409 restates the status), no logId stated.',
    response: {
      status: 409,
      headers: {
        'Content-Type': 'application/xml; charset=utf-8',
        Date: 'Fri, 01 Oct 2021 00:06:47 GMT',
        ETag: '637686436060930000',
        Server: 'Microsoft-HTTPAPI/2.0',
        'Strict-Transport-Security': 'max-age=31536000',
      },
      body: "<Error><Code>409</Code><Detail>SubCode=40900. Conflict. You're requesting an operation that isn't allowed in the resource's current state. To know more visit https://aka.ms/sbResourceMgrExceptions. . TrackingId:142958eb-98ce-45fb-b9a3-c10638860b1b_G2, SystemTracker:sb-jolovservicebus.servicebus.windows.net:3eae48da, Timestamp:2021-10-01T00:06:47</Detail></Error>",
    },
    expect: {
      kind: 'conflict',
      message: "You're requesting an operation that isn't allowed in the resource's current state",
    },
  },

  // ───────────────────────────── Azure Schema Registry ─────────────────────────────
  {
    id: 'azure-schema-registry/schema-id-item-not-found-404',
    source: 'Azure Schema Registry',
    url: 'Azure/azure-sdk-for-net/sdk/schemaregistry/Azure.Data.SchemaRegistry/tests/SessionRecords/SchemaRegistryClientLiveTests/GetSchemaForNonexistentSchemaIdReturnsItemNotFoundErrorCode.json@33a3b100d7dc6f63a1432e04c891dc89c40d54f8',
    note: 'Recording of GET https://mreddingschemaregistry-avro.servicebus.windows.net/$schemaGroups/$schemas/6bbdee00-…?api-version=2021-10 (Event Hubs\' schema registry; not Confluent\'s), StatusCode 404. Headers as recorded but for Transfer-Encoding. Kind: 404, not-found. Message: `message`, its sentence; the "TrackingId:…, SystemTracker:…, Timestamp:…" after it on its line labels the occurrence (rule 2.1). Code: `error.code` (and `x-ms-error-code`), `ItemNotFound` (rule 6). No logId stated (the tracking id is in text).',
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Thu, 03 Nov 2022 23:22:35 GMT',
        Server: 'Microsoft-HTTPAPI/2.0',
        'Strict-Transport-Security': 'max-age=31536000',
        'x-ms-error-code': 'ItemNotFound',
      },
      body: {
        error: {
          code: 'ItemNotFound',
          message:
            'Schema id 6bbdee00-904f-7b81-d514-f3b71c3493b7 does not exist. TrackingId:26c45c3f-22ed-47ad-a37f-a7abf40caf87_G9, SystemTracker:mreddingschemaregistry-avro.servicebus.windows.net:$schemaGroups/$schemas/6bbdee00-904f-7b81-d514-f3b71c3493b7, Timestamp:2022-11-03T23:22:36',
        },
      },
    },
    expect: {
      kind: 'not-found',
      message: 'Schema id 6bbdee00-904f-7b81-d514-f3b71c3493b7 does not exist',
      code: 'ItemNotFound',
    },
  },
  {
    id: 'azure-schema-registry/invalid-schema-type-415',
    source: 'Azure Schema Registry',
    url: 'Azure/azure-sdk-for-net/sdk/schemaregistry/Azure.Data.SchemaRegistry/tests/SessionRecords/SchemaRegistryClientLiveTests/CanCreateRegisterRequestForUnknownFormatType.json@0936c5964be9d2c0d16255b27cbe8541531e2508',
    note: "Recording of PUT https://jolovschemaregistry.servicebus.windows.net/$schemaGroups/azsdk_net_test_group/schemas/test-82804?api-version=2021-10 sent as `application/json; serialization=JSON` to a group that takes Avro, StatusCode 415 (`\\u0027` decoded). Headers as recorded but for Transfer-Encoding. Kind: a 415, and the code names the body's serialization format, the request's encoding (rule 1: a code that says the request's body or encoding is invalid is a bad request; 415 is a bad request): bad-request; judgment call, a reader could read `InvalidSchemaType` as an `invalid…` code naming an input and say validation. Message: the line's sentences before the support labels; the substring holds whether or not \"Invalid schema type for PUT request.\" is read as a headline. Code: `InvalidSchemaType`.",
    response: {
      status: 415,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Tue, 22 Mar 2022 01:54:08 GMT',
        Server: 'Microsoft-HTTPAPI/2.0',
        'Strict-Transport-Security': 'max-age=31536000',
        'x-ms-error-code': 'InvalidSchemaType',
      },
      body: {
        error: {
          code: 'InvalidSchemaType',
          message:
            "Invalid schema type for PUT request. 'json' is not supported. TrackingId:c6678bdd-48b9-45d8-b58d-e33eedf5bc2e_G28, SystemTracker:jolovschemaregistry.servicebus.windows.net:$schemaGroups/azsdk_net_test_group/schemas/test-82804, Timestamp:2022-03-22T01:54:09",
        },
      },
    },
    expect: { kind: 'bad-request', message: "'json' is not supported", code: 'InvalidSchemaType' },
  },
] satisfies ConformanceCase[];
