import { DEFAULT, type ConformanceCase } from '../types';

// Seventy-fifth unseen-API holdout, part CJ (3 February 2027): error responses that client libraries and SDKs written
// in the brief's languages keep as recordings or test fixtures, for APIs that no other case file uses as a source:
// Selenium Server's JSON Wire Protocol (the remote end Selenium 2.x served on port 4444), whose answers the Perl CPAN
// client Selenium::Remote::Driver recorded with LWP into its t/mock-recordings (one 500 from Selenium 2.44.0 with
// Firefox, one bodiless 404 from 2.24.1); the Frollo API (Australian personal-finance and open-banking platform), whose
// error bodies the vendor's own Swift SDK keeps as JSON fixtures in its test bundle (Tests/Resources/API/Error) and
// decodes in Tests/Error/APIErrorTests.swift with the status each code comes with; and the Judopay API (UK card
// payments), whose error bodies the vendor's iOS SDK keeps beside its API tests (Tests/APITests/requests/…), each file
// named by the status it answers with. They were collected to measure how the reader does at first sight on APIs it
// was never tuned on. Every body was copied from the file named in `url`; Selenium's is decoded from the JSON string
// the recording stores (its `\u0027`, `\u003c` and `\u003e` escapes written as the characters), and its headers are
// those the recording shows, less the ones LWP adds itself (Client-Date, Client-Peer, Client-Response-Num), a repeated
// Cache-Control and Expires (kept once), Connection and Content-Length; no header was added. Frollo's and Judopay's
// fixtures show no headers. Where a status is not in the fixture it is taken from the test that sends it (Frollo) or
// the fixture's file name (Judopay), and `note` says so. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Koha REST API (a Perl self-service door client's t::Mocks::HTTPResponses holds LWP captures
// with their statuses, but Koha is already a source, and the stored copy names no repository), WordPress.com, TMDb,
// Telegram, Keycloak, Apache APISIX, Apache OpenWhisk, Splunk HEC, Casdoor, Open Policy Agent, Kinvey, NIFCLOUD mobile
// backend, Flagsmith, Bitwarden, GitHub, Uber, Vimeo, Stream, Mapbox, App Store Connect and Apple's App Store Server
// API (already sources, or their fixtures' APIs are); Kickstarter (the iOS app's ErrorEnvelope tests decode
// placeholders, `error_messages: ["hello"]`; the one captured 401 found sits in a blog post, outside this part's
// languages); Frollo's OAuth2 fixtures (copied from a generic OAuth example, "https://authorization-server.com/docs/…",
// with no status) and its `error_bad_format`, `error_unknown_code` and `error_missing_code` fixtures (sent with a 302
// to test the SDK's parser, not an answer of the API); Leanplum (its iOS SDK's "error" fixture is a success body with
// placeholders, `accountId: "accId"`); Lyft (its iOS SDK holds no response fixtures); SimpleMDM (the Swift client's
// fixtures are successes); WeTransfer's iOS SDK (not in the index); FoxESS Cloud (the Energy Stats app's stubs were
// not located within the cap); MAGE, Optimizely, Clubjudge and other OHHTTPStubs suites the searches surfaced (bodies
// the tests write inline, `{"key":"value"}`, or none); generic searches for Crystal, Clojure, Scala, Julia and Lua
// client tests returned mocking libraries' READMEs and made-up bodies (`Some bad request message`, teapots).
//
// The part holds 15 cases from 3 sources, well under the brief's aim of 25 from 8: as the sixty-seventh holdout's part
// AU found for the same languages, the corpus already holds nearly every API whose client tests here the index could
// name, and most suites mock successes or write their own error lines. Look-ups: 53 of 60.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-03-cj`, on 6057138, src/ unchanged: in the frozen copy /tmp/base74): 12/15 pass, 3 sources
// (kind 15/15, message 12/15, fields 15/15, retry 15/15, logId 0/0, code 7/7). Failing at first sight:
// selenium-server/no-such-element-status-7-500 (gave the server kind's default, "Try again later.", where the case
// keeps "Unable to locate element", the sentence before the colon that the JSON selector and the Build/System/Driver
// info lines follow, under rules 2.1 and 2.3; a judgment call its note names); frollo/invalid-value-f0001-400 (gave the
// default, "Check your answers and try again.", reading "Invalid value for ID" as a line that names only an input; the
// case keeps it, as "ID" is in none of the forms the rule row of 6 December 2026 lists, a judgment call its note
// names); frollo/aggregator-error-f9000-503 (kept "Aggregator error", which the case reads as a category line, a name
// and the word "error", the default under rule 2.1 as "Upstream Error" is). Every other case passed as written,
// including the judgment calls on Frollo's "ID not allowed" and "Payment invalid BSB", Judopay's two lines for one
// field and its "Unknown Judo ID" kept, and Selenium's bodiless 404.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Selenium Server (JSON Wire Protocol) ─────────────────────────────
  {
    id: 'selenium-server/no-such-element-status-7-500',
    source: 'Selenium Server (JSON Wire Protocol)',
    url: 'teodesian/Selenium-Remote-Driver/t/mock-recordings/finders-mock-linux.json@84321751db14b911e72e6cc00a15e013cc853073',
    note: 'The recording of `POST session/0e088be8-…/element {"using":"class name","value":"missing"}` (Selenium::Remote::Driver\'s finders test, run against Selenium Server 2.44.0 driving Firefox 27 on 30 January 2015): the first of its two recorded answers, status line "HTTP/1.1 500 Internal Server Error", headers and body as LWP stored them; the body is decoded from the stored string (`\\u0027` written as `\'`, `\\u003c`/`\\u003e` as `<`/`>`), nothing trimmed. Headers: as shown, less LWP\'s own Client-* lines, the repeated Cache-Control and Expires (kept once), Connection and Content-Length. Kind: 500, server (rule 1: a code never turns a 5xx into a 4xx kind; the protocol\'s `status: 7` and `state: "no such element"` are no code a rule names, and words with spaces are no code token). Message: `value.message` (and its `localizedMessage`, the same text) is an exception\'s message: the sentence "Unable to locate element", the selector the client sent printed as JSON after its colon (JSON as text, rule 2.3), a line that only sends the reader to a page, and Build/System/Driver info lines (the server\'s environment, developer text): the person reads the sentence before the colon (rule 2.3\'s parser report after the sentence; rule 2.1\'s pointing line). Judgment call: a reader could give the default, as the whole string is a Java exception\'s message with its JSON and environment dump; the class name and stack trace sit in their own members (rule 7). No code stated: rule 6 names neither `state` nor the Wire Protocol\'s numeric `status`. No logId: `sessionId` names the browser session every command of the test shares, not this occurrence (rule 5 names no session id).',
    response: {
      status: 500,
      headers: {
        'Cache-Control': 'no-cache',
        Date: 'Fri, 30 Jan 2015 21:21:04 GMT',
        Server: 'Jetty/5.1.x (Linux/3.2.0-23-generic-pae i386 java/1.7.0_51',
        'Content-Type': 'application/json; charset=utf-8',
        Expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
      },
      body: {
        sessionId: '0e088be8-95f3-4aaf-8373-48ea7730183b',
        status: 7,
        state: 'no such element',
        value: {
          message:
            "Unable to locate element: {\"method\":\"class name\",\"selector\":\"missing\"}\nFor documentation on this error, please visit: http://seleniumhq.org/exceptions/no_such_element.html\nBuild info: version: '2.44.0', revision: '76d78cf', time: '2014-10-23 20:02:37'\nSystem info: host: 'precise32', ip: '127.0.1.1', os.name: 'Linux', os.arch: 'i386', os.version: '3.2.0-23-generic-pae', java.version: '1.7.0_51'\nDriver info: driver.version: unknown",
          suppressed: [],
          localizedMessage:
            "Unable to locate element: {\"method\":\"class name\",\"selector\":\"missing\"}\nFor documentation on this error, please visit: http://seleniumhq.org/exceptions/no_such_element.html\nBuild info: version: '2.44.0', revision: '76d78cf', time: '2014-10-23 20:02:37'\nSystem info: host: 'precise32', ip: '127.0.1.1', os.name: 'Linux', os.arch: 'i386', os.version: '3.2.0-23-generic-pae', java.version: '1.7.0_51'\nDriver info: driver.version: unknown",
          buildInformation: {
            releaseLabel: '2.44.0',
            buildTime: '2014-10-23 20:02:37',
            class: 'org.openqa.selenium.internal.BuildInfo',
            buildRevision: '76d78cf',
            hCode: 2447962,
          },
          cause: null,
          systemInformation:
            "System info: host: 'precise32', ip: '127.0.1.1', os.name: 'Linux', os.arch: 'i386', os.version: '3.2.0-23-generic-pae', java.version: '1.7.0_51'",
          supportUrl: 'http://seleniumhq.org/exceptions/no_such_element.html',
          class: 'org.openqa.selenium.NoSuchElementException',
          additionalInformation: '\nDriver info: driver.version: unknown',
          hCode: 23099138,
          stackTrace: [
            {
              fileName:
                'file:///tmp/anonymous5048620155493337741webdriver-profile/extensions/fxdriver@googlecode.com/components/driver-component.js',
              class: 'java.lang.StackTraceElement',
              lineNumber: 9641,
              className: '<anonymous class>',
              nativeMethod: false,
              methodName: 'FirefoxDriver.prototype.findElementInternal_',
              hCode: 339849533,
            },
            {
              fileName:
                'file:///tmp/anonymous5048620155493337741webdriver-profile/extensions/fxdriver@googlecode.com/components/driver-component.js',
              class: 'java.lang.StackTraceElement',
              lineNumber: 9650,
              className: '<anonymous class>',
              nativeMethod: false,
              methodName: 'FirefoxDriver.prototype.findElement',
              hCode: -27566856,
            },
            {
              fileName:
                'file:///tmp/anonymous5048620155493337741webdriver-profile/extensions/fxdriver@googlecode.com/components/command-processor.js',
              class: 'java.lang.StackTraceElement',
              lineNumber: 11635,
              className: '<anonymous class>',
              nativeMethod: false,
              methodName: 'DelayedCommand.prototype.executeInternal_/h',
              hCode: -1446974370,
            },
            {
              fileName:
                'file:///tmp/anonymous5048620155493337741webdriver-profile/extensions/fxdriver@googlecode.com/components/command-processor.js',
              class: 'java.lang.StackTraceElement',
              lineNumber: 11640,
              className: '<anonymous class>',
              nativeMethod: false,
              methodName: 'DelayedCommand.prototype.executeInternal_',
              hCode: -138170358,
            },
            {
              fileName:
                'file:///tmp/anonymous5048620155493337741webdriver-profile/extensions/fxdriver@googlecode.com/components/command-processor.js',
              class: 'java.lang.StackTraceElement',
              lineNumber: 11582,
              className: '<anonymous class>',
              nativeMethod: false,
              methodName: 'DelayedCommand.prototype.execute/<',
              hCode: 400056739,
            },
          ],
          screen: null,
        },
        class: 'org.openqa.selenium.remote.Response',
        hCode: 24405989,
      },
    },
    expect: { kind: 'server', message: 'Unable to locate element' },
  },
  {
    id: 'selenium-server/unknown-command-toggle-404-empty',
    source: 'Selenium Server (JSON Wire Protocol)',
    url: 'teodesian/Selenium-Remote-Driver/t/mock-recordings/02-webelement-mock-linux.json@02bf1b24f04b169fe6191d65cfbeea37cff320c2',
    note: 'The recording of `POST http://localhost:4444/wd/hub/session/1342835311100/element/4/toggle` (the webelement test, against Selenium Server 2.24.1 on 21 July 2012): status "404", the headers listed and an empty body (the stored body is `""`); the toggle command had left the protocol, and the server answers a command it does not know with a bare 404. Headers: as shown, less LWP\'s Client-* lines and Connection; no Content-Type was sent. Kind: 404, not-found (rule 1). Message: no body, the default (rule 2.4). No code, no support id.',
    response: {
      status: 404,
      headers: {
        'Cache-Control': 'no-cache',
        Date: 'Sat, 21 Jul 2012 01:49:12 GMT',
        Server: 'Jetty/5.1.x (Linux/2.6.38-11-generic amd64 java/1.6.0_22',
        Expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
      },
      body: '',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  // ───────────────────────────── Frollo API ─────────────────────────────
  {
    id: 'frollo/invalid-value-f0001-400',
    source: 'Frollo API',
    url: 'frollous/frollo-swift-sdk/Tests/Resources/API/Error/error_invalid_value.json@460b05363896cd921a9e8057ed985bf685b8b570',
    note: 'The Frollo Swift SDK\'s fixture (the vendor\'s own SDK, decoding its own API\'s error envelope `{ error: { error_code, error_message } }`; Sources/Model/API/Shared/APIErrorResponse.swift documents the F-codes). No header shown. Status: the one Tests/Error/APIErrorTests.swift@121553d80360a45a1f01afd76c2353efa84694ff sends with this fixture (`APIError(statusCode: 400, response: errorJSON)`). Kind: a 400 without field errors and with a code no rule names (`F0001` is opaque; the SDK calls it "Invalid Value", but a code is read from its own text, rule 1, and text never decides): bad-request. Judgment call: a reader who took the SDK\'s name for the code would read a validation code. Message: "Invalid value for ID" names the input in words, not quoted, not written as code and not called a parameter, the forms the rule row of 6 December 2026 lists: kept. Judgment call: "ID" reads like a parameter\'s name filled into a template, which a reader could take for the API\'s name and give the default. Code: `error_code` (rule 6).',
    response: { status: 400, body: { error: { error_code: 'F0001', error_message: 'Invalid value for ID' } } },
    expect: { kind: 'bad-request', message: 'Invalid value for ID', code: 'F0001' },
  },
  {
    id: 'frollo/invalid-access-token-f0101-401',
    source: 'Frollo API',
    url: 'frollous/frollo-swift-sdk/Tests/Resources/API/Error/error_invalid_access_token.json@460b05363896cd921a9e8057ed985bf685b8b570',
    note: 'The Frollo Swift SDK\'s fixture (the vendor\'s own SDK, decoding its own API\'s error envelope `{ error: { error_code, error_message } }`; Sources/Model/API/Shared/APIErrorResponse.swift documents the F-codes). No header shown. Status: the one Tests/Error/APIErrorTests.swift@121553d80360a45a1f01afd76c2353efa84694ff sends with this fixture (`APIError(statusCode: 401, response: errorJSON)`). Kind: 401, unauthenticated (rule 1). Message: "Invalid access token" names a credential, which stays (rule 2.1: "access_token is invalid"). Code: `error_code`.',
    response: { status: 401, body: { error: { error_code: 'F0101', error_message: 'Invalid access token' } } },
    expect: { kind: 'unauthenticated', message: 'Invalid access token', code: 'F0101' },
  },
  {
    id: 'frollo/id-not-allowed-f0200-403',
    source: 'Frollo API',
    url: 'frollous/frollo-swift-sdk/Tests/Resources/API/Error/error_not_allowed.json@460b05363896cd921a9e8057ed985bf685b8b570',
    note: 'The Frollo Swift SDK\'s fixture (the vendor\'s own SDK, decoding its own API\'s error envelope `{ error: { error_code, error_message } }`; Sources/Model/API/Shared/APIErrorResponse.swift documents the F-codes). No header shown. Status: the one Tests/Error/APIErrorTests.swift@121553d80360a45a1f01afd76c2353efa84694ff sends with this fixture (`APIError(statusCode: 403, response: errorJSON)`). Kind: 403, forbidden (rule 1; `F0200` is the SDK\'s "Unauthorised", but an opaque code decides nothing). Message: "ID not allowed" says what was refused, no line about a missing or invalid input: kept. Judgment call: a reader could read a bare name and two words as a label and give the default. Code: `error_code`.',
    response: { status: 403, body: { error: { error_code: 'F0200', error_message: 'ID not allowed' } } },
    expect: { kind: 'forbidden', message: 'ID not allowed', code: 'F0200' },
  },
  {
    id: 'frollo/id-already-exists-f0400-409',
    source: 'Frollo API',
    url: 'frollous/frollo-swift-sdk/Tests/Resources/API/Error/error_duplicate.json@460b05363896cd921a9e8057ed985bf685b8b570',
    note: "The Frollo Swift SDK's fixture (the vendor's own SDK, decoding its own API's error envelope `{ error: { error_code, error_message } }`; Sources/Model/API/Shared/APIErrorResponse.swift documents the F-codes). No header shown. Status: the one Tests/Error/APIErrorTests.swift@121553d80360a45a1f01afd76c2353efa84694ff sends with this fixture (`APIError(statusCode: 409, response: errorJSON)`). Kind: 409, conflict (rule 1). Message: \"ID already exists\", a sentence that says what is taken: kept. Code: `error_code`.",
    response: { status: 409, body: { error: { error_code: 'F0400', error_message: 'ID already exists' } } },
    expect: { kind: 'conflict', message: 'ID already exists', code: 'F0400' },
  },
  {
    id: 'frollo/aggregator-error-f9000-503',
    source: 'Frollo API',
    url: 'frollous/frollo-swift-sdk/Tests/Resources/API/Error/error_aggregator.json@460b05363896cd921a9e8057ed985bf685b8b570',
    note: 'The Frollo Swift SDK\'s fixture (the vendor\'s own SDK, decoding its own API\'s error envelope `{ error: { error_code, error_message } }`; Sources/Model/API/Shared/APIErrorResponse.swift documents the F-codes). No header shown. Status: the one Tests/Error/APIErrorTests.swift@121553d80360a45a1f01afd76c2353efa84694ff sends with this fixture (`APIError(statusCode: 503, response: errorJSON)`). Kind: 503, unavailable (rule 1). Message: "Aggregator error" is a category line, a name and the word "error", as "Authorization Error" and "Upstream Error" are (rule 2.1): the default. Code: `error_code`.',
    response: { status: 503, body: { error: { error_code: 'F9000', error_message: 'Aggregator error' } } },
    expect: { kind: 'unavailable', message: DEFAULT, code: 'F9000' },
  },
  {
    id: 'frollo/payment-insufficient-funds-f1010-400',
    source: 'Frollo API',
    url: 'frollous/frollo-swift-sdk/Tests/Resources/API/Error/Payments/error_payment_insufficient_funds.json@49e41edc0db59f0af09c0912fbd184edebb78d7b',
    note: 'The Frollo Swift SDK\'s fixture (the vendor\'s own SDK, decoding its own API\'s error envelope `{ error: { error_code, error_message } }`; Sources/Model/API/Shared/APIErrorResponse.swift documents the F-codes). No header shown. Status: 400, from `validatePaymentErrors` in a later stored version of Tests/Error/APIErrorTests.swift, which sends every payment fixture with `APIError(statusCode: 400, …)` and expects `.badRequest`. Kind: a 400 without field errors and with an opaque code: bad-request (rule 1; "Payment validation" in the text decides nothing). Message: "Insufficient funds" after a category label and " - " (rule 2.1 reads a generic headline before a sentence of its own by the sentence; the substring holds either way). Code: `error_code`.',
    response: {
      status: 400,
      body: { error: { error_code: 'F1010', error_message: 'Payment validation - Insufficient funds' } },
    },
    expect: { kind: 'bad-request', message: 'Insufficient funds', code: 'F1010' },
  },
  {
    id: 'frollo/payment-invalid-bsb-f1031-400',
    source: 'Frollo API',
    url: 'frollous/frollo-swift-sdk/Tests/Resources/API/Error/Payments/error_payment_invalid_bsb.json@fddc4bc7ea828c2ffa618b0e1de7e3763ecb68a8',
    note: "The Frollo Swift SDK's fixture (the vendor's own SDK, decoding its own API's error envelope `{ error: { error_code, error_message } }`; Sources/Model/API/Shared/APIErrorResponse.swift documents the F-codes). No header shown. Status: 400, from `validatePaymentErrors` in a later stored version of Tests/Error/APIErrorTests.swift, which sends every payment fixture with `APIError(statusCode: 400, …)` and expects `.badRequest`. Kind: bad-request, as above (no field member names the BSB, rule 3). Message: \"Payment invalid BSB\" names the bank-branch number by the word the person types it under in an Australian payment form, a person's word (rule 2.1's \"Invalid phone number\"), not the API's key: kept. Judgment call: a reader could read it as naming only which input is invalid and give the default. Code: `error_code`.",
    response: { status: 400, body: { error: { error_code: 'F1031', error_message: 'Payment invalid BSB' } } },
    expect: { kind: 'bad-request', message: 'Payment invalid BSB', code: 'F1031' },
  },
  // ───────────────────────────── Judopay API ─────────────────────────────
  {
    id: 'judopay/payment-missing-amount-400',
    source: 'Judopay API',
    url: 'Judopay/JudoKit-iOS/Tests/APITests/requests/payment/400-payment-missing-amount.json@c8a1eb3aec6888085fff6c7d4e303b848b24aec0',
    note: "A file of the vendor's iOS SDK's API tests (Tests/APITests/requests/<endpoint>/<status>-<case>.json, the answers Judopay's API gives each scenario), in Judopay's documented error envelope `{ errorMessage, errorType, modelErrors: [{ fieldName, errorMessage }] }`. No header shown. Status: the number the file's name begins with. Kind: a 400 with field errors, validation (rule 1). Fields: each `modelErrors` item names its field in `fieldName` (rule 3), spelled as sent. Message: \"Invalid request\" is a generic summary (rule 2.1): the default. No code stated: `errorType` is Judopay's numeric category (1, the same for every invalid request), a member rule 6 does not name.",
    response: {
      status: 400,
      body: {
        errorMessage: 'Invalid request',
        errorType: 1,
        modelErrors: [{ fieldName: 'Amount', errorMessage: 'The amount specified must be greater than 0' }],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['Amount', 'amount specified must be greater than 0']] },
  },
  {
    id: 'judopay/payment-missing-cv2-expired-card-400',
    source: 'Judopay API',
    url: 'Judopay/JudoKit-iOS/Tests/APITests/requests/payment/400-payment-missing-cv2.json@c8a1eb3aec6888085fff6c7d4e303b848b24aec0',
    note: "A file of the vendor's iOS SDK's API tests (Tests/APITests/requests/<endpoint>/<status>-<case>.json, the answers Judopay's API gives each scenario), in Judopay's documented error envelope `{ errorMessage, errorType, modelErrors: [{ fieldName, errorMessage }] }`. No header shown. Status: the number the file's name begins with. Kind: a 400 with field errors, validation (rule 1). Fields: each `modelErrors` item names its field in `fieldName` (rule 3), spelled as sent. Message: \"Invalid request\" is a generic summary (rule 2.1): the default. No code stated: `errorType` is Judopay's numeric category (1, the same for every invalid request), a member rule 6 does not name.",
    response: {
      status: 400,
      body: {
        errorMessage: 'Invalid request',
        errorType: 1,
        modelErrors: [
          { fieldName: 'Cv2', errorMessage: 'Please enter the 3 digit card security code.' },
          { fieldName: 'ExpiryDate', errorMessage: 'Expiry date is in the past!' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['Cv2', '3 digit card security code'],
        ['ExpiryDate', 'Expiry date is in the past'],
      ],
    },
  },
  {
    id: 'judopay/payment-unsupported-currency-400',
    source: 'Judopay API',
    url: 'Judopay/JudoKit-iOS/Tests/APITests/requests/payment/400-payment-unsupported-currency.json@c8a1eb3aec6888085fff6c7d4e303b848b24aec0',
    note: "A file of the vendor's iOS SDK's API tests (Tests/APITests/requests/<endpoint>/<status>-<case>.json, the answers Judopay's API gives each scenario), in Judopay's documented error envelope `{ errorMessage, errorType, modelErrors: [{ fieldName, errorMessage }] }`. No header shown. Status: the number the file's name begins with. Kind: a 400 with field errors, validation (rule 1). Fields: each `modelErrors` item names its field in `fieldName` (rule 3), spelled as sent. Message: \"Invalid request\" is a generic summary (rule 2.1): the default. No code stated: `errorType` is Judopay's numeric category (1, the same for every invalid request), a member rule 6 does not name.",
    response: {
      status: 400,
      body: {
        errorMessage: 'Invalid request',
        errorType: 1,
        modelErrors: [
          {
            fieldName: 'Currency',
            errorMessage:
              'JudoPay does not support your currency. If you require additional currencies please contact us.',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['Currency', 'does not support your currency']] },
  },
  {
    id: 'judopay/preauth-missing-judo-id-two-lines-400',
    source: 'Judopay API',
    url: 'Judopay/JudoKit-iOS/Tests/APITests/requests/preauth/400-preauth-missing-judoid.json@c8a1eb3aec6888085fff6c7d4e303b848b24aec0',
    note: "A file of the vendor's iOS SDK's API tests (Tests/APITests/requests/<endpoint>/<status>-<case>.json, the answers Judopay's API gives each scenario), in Judopay's documented error envelope `{ errorMessage, errorType, modelErrors: [{ fieldName, errorMessage }] }`. No header shown. Status: the number the file's name begins with. Kind: a 400 with field errors, validation (rule 1). Fields: each `modelErrors` item names its field in `fieldName` (rule 3), spelled as sent. Message: \"Invalid request\" is a generic summary (rule 2.1): the default. No code stated: `errorType` is Judopay's numeric category (1, the same for every invalid request), a member rule 6 does not name. Judgment call: the two items name one field; each item is a field error of its own (rule 3 reads items, not fields), so both are listed; a reader could expect them merged under one path.",
    response: {
      status: 400,
      body: {
        errorMessage: 'Invalid request',
        errorType: 1,
        modelErrors: [
          { fieldName: 'JudoId', errorMessage: 'Judo Id must be supplied.' },
          {
            fieldName: 'JudoId',
            errorMessage:
              'We are sorry but the judo ID you have entered is not valid. Please re-enter a valid judo ID.',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['JudoId', 'Judo Id must be supplied'],
        ['JudoId', 'judo ID you have entered is not valid'],
      ],
    },
  },
  {
    id: 'judopay/payment-blocked-account-409',
    source: 'Judopay API',
    url: 'Judopay/JudoKit-iOS/Tests/APITests/requests/payment/409-payment-blocked-account.json@c8a1eb3aec6888085fff6c7d4e303b848b24aec0',
    note: "A file of the vendor's iOS SDK's API tests (Tests/APITests/requests/<endpoint>/<status>-<case>.json, the answers Judopay's API gives each scenario), in Judopay's documented error envelope `{ errorMessage, errorType, modelErrors: [{ fieldName, errorMessage }] }`. No header shown. Status: the number the file's name begins with. Kind: 409, conflict (rule 1: the status decides; no code a rule names). Judgment call: the sentence describes a refusal (the merchant account is blocked), which a reader could prefer to call forbidden; the rules leave that to the status. Message: `errorMessage`, a sentence for the person. Fields: none (`modelErrors` is empty). No code stated (`errorType: 9`, as above).",
    response: {
      status: 409,
      body: {
        errorMessage: 'Unable to accept payments to this account; please contact customer services.',
        errorType: 9,
        modelErrors: [],
      },
    },
    expect: { kind: 'conflict', message: 'Unable to accept payments to this account' },
  },
  {
    id: 'judopay/preauth-unknown-judo-id-404',
    source: 'Judopay API',
    url: 'Judopay/JudoKit-iOS/Tests/APITests/requests/preauth/404-preauth-invalid-judoid.json@c8a1eb3aec6888085fff6c7d4e303b848b24aec0',
    note: "A file of the vendor's iOS SDK's API tests (Tests/APITests/requests/<endpoint>/<status>-<case>.json, the answers Judopay's API gives each scenario), in Judopay's documented error envelope `{ errorMessage, errorType, modelErrors: [{ fieldName, errorMessage }] }`. No header shown. Status: the number the file's name begins with. Kind: 404, not-found (rule 1). Message: \"Unknown Judo ID\" names the merchant's account number in words with capitals, none of the forms the rule row of 6 December 2026 lists (quoted, written as code, called a parameter, a lone word in small letters): kept. Judgment call: the person paying never typed it, and a reader could read it as naming only which input is unknown (the forty-second holdout's first reader gave Halo Connect's \"Halo GUID must be provided.\" the default). No code stated (`errorType: 12`).",
    response: { status: 404, body: { errorMessage: 'Unknown Judo ID', errorType: 12, modelErrors: [] } },
    expect: { kind: 'not-found', message: 'Unknown Judo ID' },
  },
] satisfies ConformanceCase[];
