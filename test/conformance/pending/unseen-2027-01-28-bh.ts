import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-ninth unseen-API holdout, part BH (28 January 2027): error responses that Kotlin, Android and other JVM
// client libraries keep in their tests, from four APIs no case file uses: Forage (the EBT/SNAP payments API, whose
// own Android SDK keeps its API's error bodies as MockWebServer fixtures), Hyperwallet (PayPal's payouts REST API v3,
// whose own Android core and UI SDKs keep its error bodies as test resources), the Marvel Comics API and Skyflow's
// data-privacy vault API. They were collected to measure how the reader does at first sight on APIs it was never
// tuned on. Every body was copied from the public material named in `url` and `note`: teamforage/forage-android-sdk's
// `src/test/resources/fixtures/**` files with the status its hiroaki fixture functions serve them with (`error(400,
// …)`, `error(404, …)`, `error(401, …)`, `success(…)`; the bare `error(…)` serves a 401, as the SDK's test asserting
// `expectedStatusCode = 401` for it shows); hyperwallet/hyperwallet-android-sdk's and
// hyperwallet/hyperwallet-android-ui-sdk's `errors/*.json` and `*_response.json` files with the HTTP_BAD_REQUEST the
// UI SDK's instrumented tests enqueue them with; Marvel bodies that Android, JVM, Elixir and JavaScript clients'
// tests keep, with the status their live API tests assert against gateway.marvel.com; and Skyflow's Java SDK tests,
// which throw the SDK's exception with the status beside the body (a JVM client library, not an Android one: judgment
// call on the part's domain, taken because the vault's envelope is the same one its Android SDK parses). How each
// body is known to be the API's own and not the test writer's: the vendor's own SDK fixtures (Forage, Hyperwallet,
// Skyflow) whose wording no test writer would invent (Hyperwallet's "Routing Number [211179531] is not valid. Please
// modify Routing Number to a valid ACH Routing Number of the branch of your bank.", Skyflow's "Object Name table was
// not found for Vault vault123" for a request the test sent with the table `invalid_table`), and for Marvel the same
// body asserted by tests that call the live API. Where the index names no repository (find_string hits), `url` says
// so and gives the hit's id. No header was shown with any of these bodies and none was added. Every `expect` was
// written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Mapbox's Search SDK 422 fixture and Nakadi's (Zalando) 422 (already sources); Hyperwallet's
// `FORBIDDEN`, `JWT_EXPIRED` and `INVALID_FIELD_VALUE` (transition) bodies (the core SDK's tests only parse them,
// with no status, and its vendor's status table is not in the stored docs) and its
// `transfer_commit_already_committed.json` (served with a 400, but the file is not in the index); Forage's iOS SDK
// mock, which gives `missing_merchant_account` a 400 where the Android SDK serves and asserts a 401 (the Android
// fixture was kept); Marvel's "You must pass an integer limit greater than 0." and "POST is not allowed" (live tests
// assert the line and status, but no whole body is shown); Skyflow's newer SDK tests ("unsupported format",
// "configuration not found", with an `x-request-id: req-9`: lines the test writers chose); CoinMarketCap,
// Coinranking, CoinCap, Passbolt's Android app and Basis Theory's Android SDK (nothing with a body and its status
// found, or no files stored); the many made-up bodies the Ktor `MockEngine` and OkHttp `MockWebServer` searches
// return (`{"detail":"no face"}`, `{"message":"bad author"}`, `{"status":"error","message":"limit server error"}`).
// Popular public APIs that Android demo apps test against (NewsAPI, TMDB, OpenWeather, Spoonacular, Rick and Morty,
// CoinGecko, WeatherAPI.com and the like) are already sources or were dropped by earlier parts.
//
// The part holds 18 cases from 4 sources, under the brief's aim of 25 from 8: of the 60 look-ups, 57 were spent, most
// of them on finding, among the Kotlin and Android tests the search verbs return, the few whose bodies are a real
// API's (the exact-string verb returns C# and made-up Kotlin bodies for status names, and the semantic verb returns
// test helpers), and on the reads needed to pair each fixture with the status its test serves it with; a smaller
// honest part was preferred to a padded one.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-28-bh`, on 846a9b0, src/ unchanged: in the frozen copy /tmp/base68): 15/18 pass, 4 sources
// (kind 18/18, message 15/18, fields 18/18, retry 18/18, logId 0/0, code 11/11). Failing at first sight:
// forage/unauthorized-encryption-key-401 (kept Django REST framework's "Authentication credentials were not
// provided."; the case gives the default, reading it as the 401's phrase in other words under rule 2.1, a line the
// corpus reads both ways, as its note says); forage/rosetta-auth-header-malformed-401 (kept "Authorization header
// malformed", capitalised; the case gives the default for an Authorization header the server could not parse,
// developer text by rule 2.3 as the sixty-eighth holdout's row names it); skyflow/could-not-load-data-500 (kept
// "Couldn't load data"; the case gives the default for a line made only of words that say something failed, generic
// by rule 2.1). Every other case passed as written, including the judgment calls on Forage's
// `cannot_parse_request_body` (bad-request), its expired-card message on a 200 (bad-request from its item's
// `status_code`), Hyperwallet's `CONSTRAINT_VIOLATIONS` alone (validation) and its duplicate account (conflict),
// Marvel's hash line kept, its 409 kept as conflict and its `MissingParameter` read as validation, and Skyflow's 400
// taken from its body's `http_code`. No expectation was changed after the run (Prettier's line breaks were applied
// before it).
//
// Measured again by the lead on the reader the sixty-eighth holdout taught (92ceb80, in the frozen copy /tmp/base69),
// as the holdout's first sight, since it was taken up after the sixty-eighth: conformance: 15/18 pass, 4 sources (kind
// 18/18, message 15/18, fields 18/18, retry 18/18, logId 0/0, code 11/11), the same cases failing. Waits in `pending/`
// (6 December 2026): read now 17/18 (Forage's "Authorization header malformed" as developer text and Skyflow's
// "Couldn't load data" as generic, since the holdout). Its miss: Django REST framework's "Authentication credentials
// were not provided." on a 401, a line the corpus reads both ways.

export default [
  // ───────────────────────────── Forage ─────────────────────────────
  {
    id: 'forage/cannot-parse-request-body-400',
    source: 'Forage API',
    url: 'teamforage/forage-android-sdk/forage-android/src/test/resources/fixtures/payment/methods/failed_create_payment_method.json@fc980c143a1634d29d141ad7d50bbbbddfa30ac0',
    note: "Forage's own Android SDK fixture for `POST api/payment_methods/`; `CreatePaymentMethodFixtures.kt` (@0bb7834684baa890022435f29d8737bb2210f245) serves it with `error(400, …)`. Kind: the lone item's code `cannot_parse_request_body` says the request's body could not be read, a code naming the body as a whole (rule 1's bad-request row, as `INVALID_BODY`); the item's `source: { resource, ref }` names a resource, no field (rule 3: `resource` is not a path member), so no field error: bad-request. Judgment call: the sentence is about the card number's length, which a reader could take for a validation failure; text never decides the kind (rule 1). Message: the lone item's sentence, written for the person (rule 2). Code: the lone item's `code` (rule 6). The top-level `path` is the request's URL path (rule 3), no field.",
    response: {
      status: 400,
      body: {
        path: '/api/payment_methods/',
        errors: [
          {
            code: 'cannot_parse_request_body',
            message: 'EBT Cards must be 16-19 digits long!',
            source: { resource: 'Payment_Methods', ref: '' },
          },
        ],
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'EBT Cards must be 16-19 digits long',
      code: 'cannot_parse_request_body',
    },
  },
  {
    id: 'forage/missing-merchant-account-401',
    source: 'Forage API',
    url: 'teamforage/forage-android-sdk/forage-android/src/test/resources/fixtures/message/unauthorized_get_message.json@0c0b7e281cb5e745679caea6e9781f5542ba01c9',
    note: "Forage's own Android SDK fixture for `GET api/message/{contentId}`; `GetMessageFixtures.kt` (@0c0b7e281cb5e745679caea6e9781f5542ba01c9) serves it with hiroaki's bare `error(…)`, and the SDK's repository tests (find_string hits 27266019334 and 27213838560) assert `expectedStatusCode = 401` with this code and message. (The same body sits in `fixtures/vault/unauthorized_capture_request.json` with another `path`; kept once. Forage's iOS SDK mocks the code with a 400: not taken.) Kind: 401, unauthenticated (rule 1: a code never turns a 401 into anything else). Message: \"No merchant account FNS number was provided.\" names what is missing in a person's words (a merchant account's FNS number, the USDA's retailer number), not by an API key: it stays (rule 2.1's row of 6 December 2026 keeps a person's words). Judgment call: a reader could read it as naming only a missing header's value, the default. Code: the lone item's `code` (rule 6).",
    response: {
      status: 401,
      body: {
        path: '/api/message/1c53e9e0-92e9-4568-a128-deecf4c2194a/',
        errors: [
          {
            code: 'missing_merchant_account',
            message: 'No merchant account FNS number was provided.',
            source: { resource: 'Merchant_Account_Header', ref: '' },
          },
        ],
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'No merchant account FNS number was provided',
      code: 'missing_merchant_account',
    },
  },
  {
    id: 'forage/unauthorized-encryption-key-401',
    source: 'Forage API',
    url: 'teamforage/forage-android-sdk/forage-android/src/test/resources/fixtures/encryption/key/unauthorized_get_encryption_key.json@22fa404c55d42beca9b5c64078d491b7cba2b226',
    note: "Forage's own Android SDK fixture for `GET iso_server/encryption_alias`; `EncryptionKeyFixtures.kt` (@fd4a81ce0b8c983386f56143eab4f6e6251e7292) serves it with hiroaki's bare `error(…)`, the 401 the SDK's tests assert for the same call on the message fixture (see forage/missing-merchant-account-401). Kind: 401, unauthenticated. Message: Django REST framework's stock \"Authentication credentials were not provided.\" says only that authentication is missing, the 401's phrase in other words (rule 2.1: \"Authentication required\" and \"User authentication is required.\" restate a 401): the default. Judgment call: the corpus reads this line both ways (Probely's collector kept it; the fortieth sample's second reader gave the default). No code stated: `unauthorized` only restates the status, rule 6's open question.",
    response: {
      status: 401,
      body: {
        path: 'iso_server/encryption_alias',
        errors: [
          {
            code: 'unauthorized',
            message: 'Authentication credentials were not provided.',
            source: { resource: 'Access Token', ref: '' },
          },
        ],
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'forage/payment-not-found-404',
    source: 'Forage API',
    url: 'teamforage/forage-android-sdk/forage-android/src/test/resources/fixtures/payments/capture/failed_get_payment.json@2cfb8f807d1da91947e7fda832a91ffc9c464967',
    note: 'Forage\'s own Android SDK fixture for `GET api/payments/{ref}`; `GetPaymentFixtures.kt` (@2cfb8f807d1da91947e7fda832a91ffc9c464967) serves it with `error(404, …)`. Kind: 404, not-found (rule 1; the code `not_found` agrees). Message: "Cannot find payment." is a sentence, not the bare reason phrase (rule 2.1: "Resource not found" is a sentence). Code: the lone item\'s `code` (rule 6).',
    response: {
      status: 404,
      body: {
        path: '/api/payments/',
        errors: [{ code: 'not_found', message: 'Cannot find payment.', source: { resource: 'Payments', ref: '' } }],
      },
    },
    expect: { kind: 'not-found', message: 'Cannot find payment', code: 'not_found' },
  },
  {
    id: 'forage/expired-card-message-failed-200',
    source: 'Forage API',
    url: 'teamforage/forage-android-sdk/forage-android/src/test/resources/fixtures/message/expired_card_message_response.json@22fa404c55d42beca9b5c64078d491b7cba2b226',
    note: 'Forage\'s own Android SDK fixture for the message the SDK polls after a PIN capture (`GET api/message/{contentId}`); `GetMessageFixtures.kt` (@0c0b7e281cb5e745679caea6e9781f5542ba01c9) serves it with `success(…)`, a 200. Kind: the body says it failed (`failed: true`) and its lone error names its status, `status_code: 400`, beside the 2xx; an error object\'s own status decides (rule 1: a body naming an error status beside a 2xx; an error object\'s `http_status_code` is its status), and `forage_code: "ebt_error_54"` is a vendor\'s number no row sorts: bad-request. Message: "Expired card - Expired Card" says the same thing twice (rule 2.1: said once) and tells the person what is wrong: kept. Judgment call: two words repeated could read as a label. No code stated: `forage_code` is a code by its shape, but rule 6 names no such member (left unchecked). `content_id` identifies the message resource, not an occurrence for support (logId left unchecked).',
    response: {
      status: 200,
      body: {
        content_id: '36058ff7-0e9d-4025-94cd-80ef04a3bb1c',
        message_type: '0200',
        status: 'received_on_django',
        failed: true,
        errors: [{ status_code: 400, forage_code: 'ebt_error_54', message: 'Expired card - Expired Card' }],
      },
    },
    expect: { kind: 'bad-request', message: 'Expired card' },
  },
  {
    id: 'forage/rosetta-auth-header-malformed-401',
    source: 'Forage API',
    url: 'teamforage/forage-android-sdk/forage-android/src/test/resources/fixtures/vault/rosetta_vault_error_response.json@b0c80b21afb2132c8e7242438d61a739e91bc2be',
    note: 'Forage\'s own Android SDK fixture for its vault proxy ("Rosetta", Forage\'s own proxy in front of the same API: `POST proxy/api/payments/{ref}/capture`); `VaultProxyFixtures.kt` (find_string hit 27684006993) serves it with `error(401, …)`. Kind: 401, unauthenticated. Message: "authorization header malformed" reports an Authorization header the server could not parse, developer text (rule 2.3, the sixty-eighth holdout\'s row): the default. No code stated: the numeric `code` restates the status, and `name` holds `auth_header_malformed`, which rule 1 reads as a category beside a code and rule 6 does not name as the code.',
    response: {
      status: 401,
      body: { code: 401, description: 'authorization header malformed', name: 'auth_header_malformed' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Hyperwallet ─────────────────────────────
  {
    id: 'hyperwallet/invalid-routing-number-400',
    source: 'Hyperwallet REST API',
    url: 'hyperwallet/hyperwallet-android-ui-sdk/transfermethodui/src/test/resources/bank_account_invalid_routing_response.json@5f0890f249212f3bf234db35fc920c389c94be3e',
    note: "Hyperwallet's own Android UI SDK test resource; its instrumented test `testAddTransferMethod_displaysErrorOnInvalidRoutingNumber` enqueues it with `withHttpResponseCode(HTTP_BAD_REQUEST)` (find_string hit 32192286735). Kind: a 400 with a field error (rule 1): validation. Fields: the item names `branchId` in `fieldName` (rule 3). Message: only a field message: the default (rule 2.4). Code: the lone item's `code` (rule 6).",
    response: {
      status: 400,
      body: {
        errors: [
          {
            message:
              'Routing Number [211179531] is not valid. Please modify Routing Number to a valid ACH Routing Number of the branch of your bank.',
            fieldName: 'branchId',
            code: 'CONSTRAINT_VIOLATIONS',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['branchId', 'Routing Number [211179531] is not valid']],
      code: 'CONSTRAINT_VIOLATIONS',
    },
  },
  {
    id: 'hyperwallet/constraint-violations-two-fields-400',
    source: 'Hyperwallet REST API',
    url: 'hyperwallet/hyperwallet-android-sdk/core/src/test/resources/errors/constraint_error_response.json@701b44f79bd6906a30f1349d8f4c40534ec93b3f',
    note: "Hyperwallet's own Android core SDK test resource, which its JSON tests parse without a status (find_string hit 27543672700). Status: 400, from the UI SDK's tests, which serve the same `CONSTRAINT_VIOLATIONS` errors (one routing number's, hyperwallet/invalid-routing-number-400) with HTTP_BAD_REQUEST: another capture of the same error, as the brief allows. Kind: a 400 with field errors: validation (rule 1). Fields: `bankAccountId` and `branchId` from `fieldName` (rule 3); \"Routing Number: You must provide a value for this field\" is the field's line with its label, kept as the field's message. Message: only field messages: the default (rule 2.4). Code: every item carries `CONSTRAINT_VIOLATIONS`, which gives it (the fifty-first holdout's row).",
    response: {
      status: 400,
      body: {
        errors: [
          {
            message: 'Account Number is invalid. The maximum length of this field is 17.',
            fieldName: 'bankAccountId',
            code: 'CONSTRAINT_VIOLATIONS',
          },
          {
            message: 'Routing Number: You must provide a value for this field',
            fieldName: 'branchId',
            code: 'CONSTRAINT_VIOLATIONS',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['bankAccountId', 'Account Number is invalid'],
        ['branchId', 'You must provide a value for this field'],
      ],
      code: 'CONSTRAINT_VIOLATIONS',
    },
  },
  {
    id: 'hyperwallet/paypal-email-mismatch-400',
    source: 'Hyperwallet REST API',
    url: 'hyperwallet/hyperwallet-android-ui-sdk/transfermethodui/src/test/resources/paypal_invalid_email_response.json@aa2d3bb76e9844c177fb9993b8ecba29b8054b53',
    note: "Hyperwallet's own Android UI SDK test resource; `testAddTransferMethod_displaysErrorOnInvalidEmailAddress` enqueues it with `withHttpResponseCode(HTTP_BAD_REQUEST)` (find_string hits 32206172769 and 32180563593). Kind: the lone item names no field, but its code `CONSTRAINT_VIOLATIONS` says the input broke the API's constraints, Bean Validation's name for a validation failure: a validation code on a 4xx (rule 1). Judgment call: rule 1's list does not name it; a reader who reads no validation code gives a 400 without fields, bad-request. Fields: none (no `fieldName`). Message: the lone form-level sentence (rule 2.2). Code: the lone item's `code` (rule 6).",
    response: {
      status: 400,
      body: {
        errors: [
          {
            message: 'PayPal transfer method email address should be same as profile email address.',
            code: 'CONSTRAINT_VIOLATIONS',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: 'PayPal transfer method email address should be same as profile email address',
      code: 'CONSTRAINT_VIOLATIONS',
    },
  },
  {
    id: 'hyperwallet/duplicate-external-account-400',
    source: 'Hyperwallet REST API',
    url: 'hyperwallet/hyperwallet-android-ui-sdk/transfermethodui/src/test/resources/bank_account_duplicate_routing_response.json@da2877c68f92b85a43aa12a8a17f78842b9cea39',
    note: "Hyperwallet's own Android UI SDK test resource; `testAddTransferMethod_verifyInsightEventCreatedOnClickCreateTransferMethodWithBusinessError` enqueues it with `withHttpResponseCode(HTTP_BAD_REQUEST)` (find_string hit 32753791865). The token in `relatedResources` is the SDK authors' placeholder (`test-fake-token`), copied as stored. Kind: a duplicate code on a 400 (`DUPLICATE_EXTERNAL_ACCOUNT_CREATION`): conflict (rule 1). Fields: none (`relatedResources` lists a resource's token, no field). Message: the item's first sentence says the account is already registered, for the person (rule 2). Code: the lone item's `code` (rule 6).",
    response: {
      status: 400,
      body: {
        errors: [
          {
            message:
              'The account information you provided is already registered. Based on the external account configuration duplications are not allowed.',
            code: 'DUPLICATE_EXTERNAL_ACCOUNT_CREATION',
            relatedResources: ['test-fake-token'],
          },
        ],
      },
    },
    expect: {
      kind: 'conflict',
      message: 'The account information you provided is already registered',
      code: 'DUPLICATE_EXTERNAL_ACCOUNT_CREATION',
    },
  },
  {
    id: 'hyperwallet/card-cannot-be-registered-400',
    source: 'Hyperwallet REST API',
    url: 'hyperwallet/hyperwallet-android-ui-sdk/transfermethodui/src/test/resources/error_bank_card_response.json@aa2d3bb76e9844c177fb9993b8ecba29b8054b53',
    note: "Hyperwallet's own Android UI SDK test resource; `testAddTransferMethod_returnsErrorOnInvalidCardNumber` enqueues it with `withHttpResponseCode(HTTP_BAD_REQUEST)` (find_string hits 32194584382 and 32494592745). Kind: a 400 with a field error: validation (rule 1). Judgment call: the card was refused by its issuer, not mistyped, but the item binds the line to `cardNumber` and rule 1 counts the field error. Fields: `cardNumber` (rule 3). Message: only a field message: the default (rule 2.4). Code: the lone item's `code`, Visa Direct's `VISADIRECT_UI_008` (rule 6).",
    response: {
      status: 400,
      body: {
        errors: [
          {
            message: 'The card cannot be registered - Please contact your issuer or the bank for further information.',
            fieldName: 'cardNumber',
            code: 'VISADIRECT_UI_008',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['cardNumber', 'The card cannot be registered']],
      code: 'VISADIRECT_UI_008',
    },
  },
  {
    id: 'hyperwallet/invalid-transfer-amount-400',
    source: 'Hyperwallet REST API',
    url: 'hyperwallet/hyperwallet-android-ui-sdk/transferui/src/test/resources/errors/create_transfer_error_invalid_amount_response.json@721978887c6841d0b60cac6cc3809b0bde2b1f7a',
    note: "Hyperwallet's own Android UI SDK test resource for creating a transfer; three of the transfer UI's instrumented tests enqueue it with `withHttpResponseCode(HTTP_BAD_REQUEST)` after a transfer quote (find_string hits 32252413713, 32179506882 and 32172486005). Kind: a 400 with a field error: validation (rule 1). Fields: `destinationAmount` (rule 3). Message: only a field message: the default (rule 2.4). Code: the lone item's `code` (rule 6).",
    response: {
      status: 400,
      body: { errors: [{ message: 'Invalid amount.', fieldName: 'destinationAmount', code: 'INVALID_AMOUNT' }] },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['destinationAmount', 'Invalid amount']],
      code: 'INVALID_AMOUNT',
    },
  },

  // ───────────────────────────── Marvel Comics API ─────────────────────────────
  {
    id: 'marvel/invalid-credentials-401',
    source: 'Marvel Comics API',
    url: "find_string hits 12199530668 (a Java client's MarvelAPIClientTest), 16617126336 (an Elixir app's Bypass test) and 4910125150 (a Chai test against gateway.marvel.com); the index names no repository",
    note: "The Java client's `testResponseFromMarvelUnauthorized401` stubs this exact JSON with `getStatus()` 401; an Elixir app's test serves the same body with `Plug.Conn.resp(401, …)`; a Chai suite calling the live gateway.marvel.com with a wrong hash asserts status 401 and this message; an Android app's Kotlin MockWebServer test (hit 15119586325) asserts the same `code` and `message` for its `STATUS_401` resource. Kind: 401, unauthenticated (rule 1). Message: the sentence names the credentials that failed together (the request's hash, timestamp and public key), a credential line that stays (rule 2.1), as the corpus keeps Fireblocks' \"invalid signature\". Judgment call: a reader could read it as a signature that does not match, developer text (rule 2.3, AWS's computed-signature report), and give the default. Code: `code` (rule 6).",
    response: {
      status: 401,
      body: { code: 'InvalidCredentials', message: 'That hash, timestamp and key combination is invalid.' },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'That hash, timestamp and key combination is invalid',
      code: 'InvalidCredentials',
    },
  },
  {
    id: 'marvel/limit-over-100-409',
    source: 'Marvel Comics API',
    url: "find_string hits 27507441026 (a TypeScript client's test mocking fetch) and 6926011239 (a Playwright test against the live API); the index names no repository",
    note: "The TypeScript client's test answers with `{ ok: false, status: 409, json: () => ({ code: 409, status: 'You may not request more than 100 items.' }) }`, the body written back as the JSON it stands for; a Playwright suite against the live API with `limit=101` asserts status 409 and this `status`, and a Cypress suite asserts `code: 409` and the same `status` in the body; an Android app's Kotlin MockWebServer test (hit 15119586325) asserts the same two members for its `STATUS_409` resource. Kind: 409, conflict (rule 1: the status decides; the numeric `code` restates it). Judgment call: nothing conflicts (a limit over 100 is an input's value), but no code says more than the status. Message: a `status` written as a sentence is a message (the thirtieth holdout's row); it states the rule the request broke for the person: kept. No code stated: `code` only restates the status.",
    response: { status: 409, body: { code: 409, status: 'You may not request more than 100 items.' } },
    expect: { kind: 'conflict', message: 'You may not request more than 100 items' },
  },
  {
    id: 'marvel/missing-user-key-409',
    source: 'Marvel Comics API',
    url: "find_string hits 7746250855 (a Swift client's comment printing the body), 4471218596 (a RestAssured test against the live API) and 32314925655 (a Playwright test); the index names no repository",
    note: 'A Swift client\'s comment prints what the API answered when the key was sent as `apiKey`: `code: "MissingParameter", message: "You must provide a user key."` (written back as JSON); a RestAssured suite against the live API asserts status 409 (CONFLICT), `code` "MissingParameter" and this `message` for a request without `apikey`, and a Playwright suite asserts 409 and the message. Kind: `MissingParameter` says an input is missing, a validation code (rule 1: a missing input is a validation code, the thirtieth holdout\'s row), and a code outranks a 409 (rule 1). Judgment call: the missing input is the API key, which a reader could take for a credential code; the code names a parameter, not a credential, and text never decides. Fields: none. Message: the sentence names a credential in a person\'s words ("a user key"), which stays (rule 2.1). Code: `code` (rule 6).',
    response: { status: 409, body: { code: 'MissingParameter', message: 'You must provide a user key.' } },
    expect: { kind: 'validation', message: 'You must provide a user key', code: 'MissingParameter' },
  },

  // ───────────────────────────── Skyflow ─────────────────────────────
  {
    id: 'skyflow/token-not-found-404',
    source: 'Skyflow Data Privacy Vault API',
    url: "find_string hit 15985565423 (Skyflow's Java SDK detokenize test, by its package and classes; the index names no repository)",
    note: "The SDK's test makes its HTTP layer throw `new SkyflowException(404, mockResponse)` with this body for `detokenize` of the token `invalidToken`: the status is the exception's (and the body's own `http_code`). The envelope is grpc-gateway's (`grpc_code`, `http_code`, `http_status`, `details`), the one Skyflow's vault answers with. Kind: 404, not-found (rule 1). Message: \"Token not found for invalidToken\" is a sentence that names which vault token (a stored value's token, no credential) was not found, not a bare reason phrase (rule 2.1): kept. Judgment call: the token value in the line is the test's input, so a reader could doubt the body was captured rather than written; the wording is the vault's. No code stated: `grpc_code: 5` is a numeric gRPC code, an open question of rule 6. logId: none shown.",
    response: {
      status: 404,
      body: {
        error: {
          grpc_code: 5,
          http_code: 404,
          message: 'Token not found for invalidToken',
          http_status: 'Not Found',
          details: [],
        },
      },
    },
    expect: { kind: 'not-found', message: 'Token not found for invalidToken' },
  },
  {
    id: 'skyflow/object-name-not-found-400',
    source: 'Skyflow Data Privacy Vault API',
    url: "find_string hit 16193367839 (Skyflow's Java SDK update test, by its package and classes; the index names no repository)",
    note: "The SDK's test makes its HTTP layer return this body for an update of the table `invalid_table` (the line names a table `table` and a vault `vault123`, so it was not composed from the test's input). Status: the test's stub returns the body without a status; 400 is the body's own `http_code` and `http_status: \"Bad Request\"`, which grpc-gateway writes from the status it sends (judgment call). Kind: a 400 without field errors and with no code a rule names (`grpc_code: 3` is a numeric gRPC code): bad-request (rule 1). Message: a sentence for the person (rule 2). No code stated (rule 6's open question on numeric gRPC codes).",
    response: {
      status: 400,
      body: {
        error: {
          grpc_code: 3,
          http_code: 400,
          message: 'Object Name table was not found for Vault vault123',
          http_status: 'Bad Request',
          details: [],
        },
      },
    },
    expect: { kind: 'bad-request', message: 'Object Name table was not found for Vault vault123' },
  },
  {
    id: 'skyflow/could-not-load-data-500',
    source: 'Skyflow Data Privacy Vault API',
    url: "find_string hits 16134067077 and 16172933952 (Skyflow's Java SDK get and getById tests, by their package and classes; the index names no repository)",
    note: "The SDK's tests make its HTTP layer throw `new SkyflowException(500, mockResponse)` with this body for `get` and `getById` of records in a table that does not exist: the status is the exception's (and the body's own `http_code`). Kind: 500, server (rule 1). Message: \"Couldn't load data\" is made only of words that say something failed (rule 2.1, the twenty-eighth holdout's row): the default. Judgment call: a reader could keep it as a sentence. No code stated (`grpc_code: 13`, numeric).",
    response: {
      status: 500,
      body: {
        error: {
          grpc_code: 13,
          http_code: 500,
          message: "Couldn't load data",
          http_status: 'Internal Server Error',
        },
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
] satisfies ConformanceCase[];
