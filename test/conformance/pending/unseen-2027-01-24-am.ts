import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-fifth unseen-API holdout, part AM (24 January 2027): error responses of European and regional banking,
// e-commerce, accounting, address, messaging and government APIs that no other case file uses, found where .NET
// client libraries and other clients keep them: Sweden's BankID Relying Party API, Billbee (German e-commerce back
// office), Europace's BaufiSmart Kundenangaben API (German mortgage platform), the Banco Central do Brasil's API Pix
// specification, the Jura delivery platform (gram.tj, Tajikistan), Flowdock (Finnish team chat), Postcode.nl and
// api-postcode.nl (Dutch address look-ups), OpenDesa's Layanan API (Indonesian village administration), Kinguin
// (Polish marketplace), SUNAT's CPE API (Peru's tax authority) and Movider (Thai messaging). They were collected to
// measure how the reader does at first sight on APIs it was never tuned on. Every body was copied from the public
// material named in `url` and `note`: an integration test suite that asserts the raw bodies BankID's own test
// environment answered (Forsrobin/bankid-cpp), a pull request to Billbee's C# SDK pasting a raw answer with its
// headers, a vendor developer's reply in Europace's issue tracker, the Pix specification's example quoted in its
// repository, a .NET app's xUnit stub holding the Jura platform's Russian body, Flowdock's own gem's webmock stubs, a
// Laravel package's tests whose comments copy the Guzzle exceptions live calls raised (nickurt/laravel-postcodeapi),
// and Guzzle's "Client error: `…` resulted in a `4xx …` response: {…}" lines kept in an application log, a README's
// example outputs, a Jest test's "Respuesta real de producción" and a request-log dump. Where the index names no
// repository for a stored file, `url` gives the stored file id, as earlier parts did. Headers were copied only where
// the source shows them (Billbee's, without content-length and connection); none was added, and credentials in the
// Movider dump were not copied. Every `expect` was written from the source and test/conformance/README.md before the
// kit was run.
//
// Looked for and dropped: ActiveLogin.Authentication's BankID stubs (`details: "d"`, the test's own text; the C++
// suite's live bodies were taken instead); Judopay's .NET SDK (its stubs are written in Json.NET's lenient syntax
// with invented lines, "To large" beside `code: '200'`, and some are never yielded); KeyPay's .NET SDK, Ibanity's
// .NET SDK, Paytrail's .NET SDK (its tests assert return codes only) and billbee-csharp-sdk's JSON files (settings
// only): no error body; Scrive, finAPI, Reepay/Frisbii and Easee (exact-string and code searches found no body with a
// status; Easee only as a shape in someone's notes); SmilePay (its 403 is cut by Guzzle's "(truncated...)"), Bullish,
// TeamDynamix, ExaVault and Opportify (outside the domain); other providers of nickurt/laravel-postcodeapi (the
// stored versions read hold success fixtures only); Tripletex, eHealth Ukraine, Viva Wallet, Fakturoid, Strava,
// Telegram, GitHub and Google's APIs (already sources); more bodies from the Pix specification's issues and
// Europace's other repositories (none stored). No 429, no retry hint and no support id turned up; German, Portuguese,
// Russian and Indonesian bodies, a text 500 and an empty object did.
//
// The part holds 21 cases from 12 sources, under the brief's aim of 25: 56 of the 60 look-ups were spent, most of
// them on .NET SDK repositories whose tests hold no error body or only bodies their authors wrote, and on
// exact-string searches that found regional APIs' captured answers one at a time.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-24-am`, on 80a0fc2, src/ unchanged: in the frozen copy /tmp/base65): 14/21 pass, 12 sources
// (kind 20/21, message 14/21, fields 20/21, retry 21/21, logId 0/0, code 10/10). Failing at first sight:
// swedish-bankid/incorrect-personal-number-400, swedish-bankid/transaction-type-not-valid-400 and
// swedish-bankid/user-non-visible-data-requires-visible-400 (the kit kept "Incorrect personalNumber",
// "TransactionType is not a valid transaction type" and "UserNonVisible data requires userVisibleData", capitalising
// the key; the cases give the default to a line naming only inputs by the API's keys written as code, the rule row of
// 6 December 2026); billbee/post-new-order-model-state-german-400-headers (kept "Die Anforderung ist ungültig.",
// ASP.NET's stock "The request is invalid." in German, generic under rule 2.1);
// pix-api/cob-operacao-invalida-violacoes-400 (bad-request, no field and the type's stock `detail` as the message:
// the kit does not read `violacoes` items by their Portuguese `razao` and `propriedade` as rule 3's members in the
// API's language, and the case reads the stock detail as generic, a judgment call);
// postcode-nl/address-not-found-exception-404 (gave the not-found default, where the case reads the sentence in
// `exception`, a member named as an error that holds text, rule 3); opendesa/catat-versi-kode-desa-required- 422
// (kept Laravel's envelope line "Bidang ini wajib di isi", "This field is required", which names no input and is the
// default under the rule row of 6 December 2026, a judgment call the note names). Every other case passed as written,
// including the judgment calls on BankID's `alreadyInProgress` (bad-request, not conflict) and "No such order"
// (validation by its code), Billbee's Json.NET field lines, Movider's `name` as the category beside a numeric `code`
// and the Flowdock stubs. No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// Waits in `pending/` (6 December 2026): read now 17/21 (BankID's "Incorrect personalNumber", Billbee's German
// "Die Anforderung ist ungültig.", Postcode.nl's `exception` and the Pix API's Portuguese `violacoes` since the
// holdout, the last but for its message). Its misses: two BankID lines naming inputs in camel case with more words,
// the Pix API's stock `detail` read as generic, and OpenDesa's envelope line repeating its field's (kept by the second
// reader).

export default [
  // ───────────────────────────── Swedish BankID (RP API) ─────────────────────────────
  {
    id: 'swedish-bankid/already-in-progress-payment-400',
    source: 'Swedish BankID (Relying Party API)',
    url: 'Forsrobin/bankid-cpp/tests/test_payment.cpp',
    note: 'The library\'s integration test `Payment.PersonalNumberPaymentAlreadyInProgress` runs against BankID\'s own test environment (`BankID::Environment::TEST`): it starts a payment for a personal number, starts the same again, and asserts the error\'s raw body equal to this JSON and its `httpStatus` equal to 400. No header asserted. Kind: a 400 whose code, `alreadyInProgress`, no row of rule 1 lists, without field errors: bad-request. Judgment call: an order already in progress for the person is a clash with the current state, and a reader could read the code as rule 1\'s "already exists" and give conflict; the code says "in progress", not "exists" or "duplicate". Message: `details` is the only text (rule 2.2: a string `details` speaks when nothing else does), "Order already in progress for pno", a sentence about the order (kept; "pno" is BankID\'s short form of the personal number, no input named by its key alone). Code: `errorCode` by its shape (rules 5, 6).',
    response: {
      status: 400,
      body: { errorCode: 'alreadyInProgress', details: 'Order already in progress for pno' },
    },
    expect: { kind: 'bad-request', message: 'Order already in progress', code: 'alreadyInProgress' },
  },
  {
    id: 'swedish-bankid/incorrect-personal-number-400',
    source: 'Swedish BankID (Relying Party API)',
    url: 'Forsrobin/bankid-cpp/tests/test_payment.cpp',
    note: 'The same integration test file, `Payment.PaymentInvalidUserVisibleTransaction`: a payment with `requirement.personalNumber = "invalid_personal_number"` against BankID\'s test environment; the test asserts this raw body and `httpStatus` 400. No header asserted. Kind: `invalidParameters` says the request\'s parameters are wrong, as `PARAM_ERROR`, `wrong_parameter` and `BadParams` do (rule 1): validation. Fields: none; the text names the parameter but no member holds a path (rule 3 finds fields by structure). Message: "Incorrect personalNumber" names only which input is wrong, by the API\'s key written as code (rule 2.1, the rule row of 6 December 2026, as "Invalid jobId"): the default. Code: `errorCode` (rule 6).',
    response: { status: 400, body: { errorCode: 'invalidParameters', details: 'Incorrect personalNumber' } },
    expect: { kind: 'validation', message: DEFAULT, code: 'invalidParameters' },
  },
  {
    id: 'swedish-bankid/transaction-type-not-valid-400',
    source: 'Swedish BankID (Relying Party API)',
    url: 'Forsrobin/bankid-cpp/tests/test_payment.cpp',
    note: 'The same test, second call: a valid personal number but the payment\'s `transactionType` still "random"; the test asserts this raw body and `httpStatus` 400 from BankID\'s test environment. No header asserted. Kind: `invalidParameters`, validation (rule 1). Fields: none (no path member; rule 3). Message: "transactionType is not a valid transaction type" begins with the API\'s key written as code (camel case) and says only that its value is not valid (rule 2.1, the rule row of 6 December 2026: "`order_id is missing`", "Invalid jobId"): the default. Judgment call: the words after the key repeat it in plain words, and a reader could keep the line. Code: `errorCode` (rule 6).',
    response: {
      status: 400,
      body: { errorCode: 'invalidParameters', details: 'transactionType is not a valid transaction type' },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'invalidParameters' },
  },
  {
    id: 'swedish-bankid/recipient-name-invalid-400',
    source: 'Swedish BankID (Relying Party API)',
    url: 'Forsrobin/bankid-cpp/tests/test_payment.cpp',
    note: 'The same file, `Payment.PaymentInvalidRecipient`: a card payment whose `recipient.name` is empty; the test asserts this raw body and `httpStatus` 400 from BankID\'s test environment. No header asserted. Kind: `invalidParameters`, validation (rule 1). Fields: none (rule 3: no path member). Message: "Recipient name is invalid" names the input in a person\'s words, capitalised, as "Invalid phone number" (rule 2.1: a person\'s words stay): kept. Code: `errorCode` (rule 6).',
    response: { status: 400, body: { errorCode: 'invalidParameters', details: 'Recipient name is invalid' } },
    expect: { kind: 'validation', message: 'Recipient name is invalid', code: 'invalidParameters' },
  },
  {
    id: 'swedish-bankid/user-non-visible-data-requires-visible-400',
    source: 'Swedish BankID (Relying Party API)',
    url: 'Forsrobin/bankid-cpp/tests/test_payment.cpp',
    note: "The same file, `Payment.PaymentInvalidUserNonVisibleData`: `userNonVisibleData` set without `userVisibleData`; the test asserts this raw body and `httpStatus` 400 from BankID's test environment. No header asserted. Kind: `invalidParameters`, validation (rule 1). Fields: none (rule 3). Message: a rule between two inputs told by the API's names for them, written as code (`userNonVisible`, `userVisibleData`): no person typed those keys (rule 2.1, the rule row of 6 December 2026): the default. Code: `errorCode` (rule 6).",
    response: {
      status: 400,
      body: { errorCode: 'invalidParameters', details: 'userNonVisible data requires userVisibleData' },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'invalidParameters' },
  },
  {
    id: 'swedish-bankid/no-such-order-collect-after-cancel-400',
    source: 'Swedish BankID (Relying Party API)',
    url: 'Forsrobin/bankid-cpp/tests/test_collect.cpp@215b0ba772097f0fba12f55717136410fa39b48b',
    note: 'The integration test `CollectTest.CollectAuth` (and its sign and phone-sign twins): it starts an order in BankID\'s test environment, cancels it, collects it again, and asserts this raw body and `httpStatus` 400. No header asserted. Kind: `invalidParameters` is a validation code (rule 1); the text says the order does not exist, but text never decides the kind, and the code outranks a 400. Judgment call: a reader who reads the words would say not-found; BankID documents collecting a cancelled order under `invalidParameters`. Fields: none. Message: "No such order" says what is missing in a person\'s words, naming no input by its key (rule 2.1): kept. Code: `errorCode` (rule 6).',
    response: { status: 400, body: { errorCode: 'invalidParameters', details: 'No such order' } },
    expect: { kind: 'validation', message: 'No such order', code: 'invalidParameters' },
  },

  // ───────────────────────────── Billbee ─────────────────────────────
  {
    id: 'billbee/post-new-order-model-state-german-400-headers',
    source: 'Billbee API',
    url: 'https://github.com/billbeeio/billbee-csharp-sdk/pull/81',
    note: "The pull request to Billbee's own C# SDK (\"This PR fixes the following error on PostNewOrder endpoint\") pastes the raw answer: \"HTTP/1.1 400 Bad Request\", the headers and the body. Headers copied as shown except content-length and connection. Kind: a 400 with field errors (rule 1): validation. Fields: ASP.NET Web API's `ModelState`, each key led by the action's argument `orderData`, which is no field (rule 3: `product.Name` is `Name`): `InvoiceAddress.BillbeeId` and `ShippingAddress.BillbeeId`, each with Json.NET's \"Error converting value {null} to type 'System.Int64'…\". Judgment call: the field messages are Json.NET's report, developer text (rule 2.3); they stay the fields' lines, as the corpus reads Swedbank Pay's `payeeId`, since the key names the field. Message: \"Die Anforderung ist ungültig.\" is ASP.NET's stock \"The request is invalid.\" in the server's German, a generic summary (rule 2.1: generic lines in other languages): the default. No code; no support id (`reqtiming` is a timing).",
    response: {
      status: 400,
      headers: {
        'cache-control': 'no-cache',
        pragma: 'no-cache',
        'content-type': 'application/json; charset=utf-8',
        expires: '-1',
        'x-ua-compatible': 'IE=edge',
        'x-frame-options': 'SAMEORIGIN',
        reqtiming: '206',
        date: 'Wed, 09 Nov 2022 11:22:13 GMT',
      },
      body: {
        Message: 'Die Anforderung ist ungültig.',
        ModelState: {
          'orderData.InvoiceAddress.BillbeeId': [
            "Error converting value {null} to type 'System.Int64'. Path 'InvoiceAddress.BillbeeId', line 27, position 21.",
          ],
          'orderData.ShippingAddress.BillbeeId': [
            "Error converting value {null} to type 'System.Int64'. Path 'ShippingAddress.BillbeeId', line 44, position 21.",
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['InvoiceAddress.BillbeeId', 'Error converting value'],
        ['ShippingAddress.BillbeeId', 'Error converting value'],
      ],
    },
  },

  // ───────────────────────────── Europace BaufiSmart ─────────────────────────────
  {
    id: 'europace/kundenangaben-constraint-violation-400',
    source: 'Europace BaufiSmart Kundenangaben API',
    url: 'https://github.com/europace/baufismart-kundenangaben-api/issues/30',
    note: 'Europace\'s developer, once the API\'s model validation went live: "Wenn im Body zum Beispiel in einem Haushalt mehr als 2 Kunden geschickt werden, gibt es diese Antwort:" and this body; the status is the body\'s own `status` 400, which the reporter\'s earlier comment ("bei Status 400 …") matches. No header shown. Kind: a 400 with a field error (rule 1): validation. Fields: the `violations` item names its field in `field` and says it in `message` (rule 3): `haushalte[0].kunden` is `haushalte.0.kunden` (canonical path table). Message: the title "Constraint Violation" is Zalando Problem\'s generic title (rule 2.1), and only the field speaks: the default (rule 2.4). Code: the problem `type` URI is the code when there is no other (rule 6).',
    response: {
      status: 400,
      body: {
        type: 'https://api.europace.de/problem/constraint-violation',
        status: 400,
        violations: [{ field: 'haushalte[0].kunden', message: 'size must be between 0 and 2' }],
        title: 'Constraint Violation',
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['haushalte.0.kunden', 'size must be between 0 and 2']],
      code: 'https://api.europace.de/problem/constraint-violation',
    },
  },

  // ───────────────────────────── Pix API (Banco Central do Brasil) ─────────────────────────────
  {
    id: 'pix-api/cob-operacao-invalida-violacoes-400',
    source: 'API Pix (Banco Central do Brasil specification)',
    url: 'https://github.com/bacen/pix-api/issues/247',
    note: "A question on the Banco Central's own Pix API repository quotes the specification's example for a charge the API refuses (\"No exemplo:\"), with its status 400 in the problem's own `status`; the maintainer answers about it. A documented example, not a capture. No header shown. Kind: a 400 with a field error (rule 1): validation. Fields: `violacoes` holds items in Portuguese, `razao` (reason) the message and `propriedade` (property) the path (rule 3: members in the language the API is written in), `cob.valor.original` kept as the server spells it (judgment call: the maintainer says `cob` gives context, not a member of the request body; rule 3 keeps the server's spelling). Message: `detail` is the type's stock text, \"A requisição que busca alterar ou criar uma cobrança … não respeita o schema ou está semanticamente errada.\", which says only that the request is invalid, a generic summary in Portuguese (rule 2.1): the default, and the field speaks (rule 2.4). Judgment call: a reader could keep `detail` over the title as the occurrence's sentence (rule 2.2). Code: the problem `type` URI (rule 6).",
    response: {
      status: 400,
      body: {
        type: 'https://pix.bcb.gov.br/api/v2/error/CobOperacaoInvalida',
        title: 'Cobrança inválida.',
        status: 400,
        detail:
          'A requisição que busca alterar ou criar uma cobrança para pagamento imediato não respeita o schema ou está semanticamente errada.',
        violacoes: [{ razao: 'O campo cob.valor.original não respeita o schema.', propriedade: 'cob.valor.original' }],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['cob.valor.original', 'não respeita o schema']],
      code: 'https://pix.bcb.gov.br/api/v2/error/CobOperacaoInvalida',
    },
  },

  // ───────────────────────────── Jura (gram.tj) ─────────────────────────────
  {
    id: 'jura-gram-tj/pay-type-id-not-corporate-422',
    source: 'Jura delivery platform external API (gram.tj)',
    url: 'stored .NET unit test of a Jura client, JuraServiceTests.cs (Yalla.Application.UnitTests; stored file id 60461320865)',
    note: 'An app\'s xUnit test of its client for the Jura delivery platform (base address https://test-admin.gram.tj, Tajikistan) answers an order with a stale pay type with `Json(HttpStatusCode.UnprocessableEntity, …)` and this body, then checks that the client refreshes the corporate pay type and retries; the index does not name the repository. The Russian text is the platform\'s, not the test\'s. The helper sets `application/json` with UTF-8, which is not a header the source prints: none added. Kind: 422 (rule 1): validation. Fields: `errors` maps `pay_type_id` to a list of strings (rule 3): "Указанный тип оплаты не найден или не является корпоративным балансом." ("The given pay type was not found or is not a corporate balance."). Message: "Validation error" is generic (rule 2.1): the default (rule 2.4). No code: `status` repeats the status.',
    response: {
      status: 422,
      body: {
        status: 422,
        message: 'Validation error',
        errors: { pay_type_id: ['Указанный тип оплаты не найден или не является корпоративным балансом.'] },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['pay_type_id', 'Указанный тип оплаты не найден']],
    },
  },

  // ───────────────────────────── Flowdock ─────────────────────────────
  {
    id: 'flowdock/push-to-chat-validation-error-400',
    source: 'Flowdock API',
    url: 'flowdock/flowdock-api/spec/flowdock_spec.rb',
    note: 'Flowdock\'s own Ruby gem stubs its API (webmock) for "should raise error if backend returns anything but 200 OK" on the chat push (`/messages/chat/:token`) and again for `Flowdock::Client#chat_message` ("handles error responses"): status 400 and this body (the Ruby literal\'s `\\\'` is an apostrophe). A client\'s test stub, written by the vendor. No header stubbed. Kind: a 400 with field errors (rule 1): validation. Fields: `errors` maps `content` and `external_user_name` to lists of strings (rule 3). Message: "Validation error" is generic (rule 2.1): the default (rule 2.4). No code.',
    response: {
      status: 400,
      body: {
        message: 'Validation error',
        errors: { content: ["can't be blank"], external_user_name: ['should not contain whitespace'] },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['content', "can't be blank"],
        ['external_user_name', 'should not contain whitespace'],
      ],
    },
  },
  {
    id: 'flowdock/team-inbox-internal-server-error-text-500',
    source: 'Flowdock API',
    url: 'flowdock/flowdock-api/spec/flowdock_spec.rb',
    note: 'The same spec, team inbox push (`/messages/team_inbox/:token`), "should raise error if backend returns anything but 200 OK": `to_return(:body => "Internal Server Error", :status => 500)`. A vendor\'s own stub of a text answer; no header stubbed (none added). Kind: 500, server (rule 1). Message: plain text on a 5xx is for developers (rule 2.6), and it is only the reason phrase (rule 2.1): the default.',
    response: { status: 500, body: 'Internal Server Error' },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'flowdock/team-inbox-not-found-empty-object-404',
    source: 'Flowdock API',
    url: 'flowdock/flowdock-api/spec/flowdock_spec.rb',
    note: 'The same spec, "should raise error if backend returns 404 NotFound": `to_return(:body => "{}", :status => 404)`, which the gem turns into `Flowdock::NotFoundError`. No header stubbed. Kind: 404, not-found (rule 1). Message: an empty object says nothing: the default (rule 2.4). No code.',
    response: { status: 404, body: {} },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Postcode.nl ─────────────────────────────
  {
    id: 'postcode-nl/address-not-found-exception-404',
    source: 'Postcode.nl Address API',
    url: 'nickurt/laravel-postcodeapi/tests/Providers/nl_NL/PostcodeNLTest.php',
    note: "The Laravel package's test of its Postcode.nl provider fakes `GET https://api.postcode.nl/rest/addresses/1118CP/1` with an `HttpClientException` holding this body and 404 (the package then returns an empty address). A client's test stub; no header. Kind: 404, not-found (rule 1). Message: `exception` is a member named as an error that holds text, so it holds the message (rule 3's envelope names; the NeutronError row), \"Combination does not exist.\", the person's postcode and house number together: kept. No code stated: `exceptionId` holds a qualified exception class name (`PostcodeNl_Service_PostcodeAddress_AddressNotFoundException`), and no rule names `exceptionId` as the code (rule 6 names `exceptionCode`).",
    response: {
      status: 404,
      body: {
        exception: 'Combination does not exist.',
        exceptionId: 'PostcodeNl_Service_PostcodeAddress_AddressNotFoundException',
      },
    },
    expect: { kind: 'not-found', message: 'Combination does not exist' },
  },

  // ───────────────────────────── api-postcode.nl ─────────────────────────────
  {
    id: 'api-postcode-nl/cannot-resolve-address-404',
    source: 'api-postcode.nl',
    url: 'nickurt/laravel-postcodeapi/tests/Providers/nl_NL/ApiPostcodeTest.php@091f35d8eec269bdcfc69cd0e79152992dbe8729',
    note: 'The package\'s test of its api-postcode.nl provider copies, in a comment, the exception a live call raised: "GuzzleHttp\\Exception\\ClientException: Client error: `GET http://json.api-postcode.nl?postcode=1118CP&number=1` resulted in a `404 Not Found` response: {…}", and mocks that answer (`new Response(404, [], …)`). No header shown. Kind: 404, not-found (rule 1). Message: `error` holds a sentence, not a code: "Cannot resolve address for postcode: 1118CP" (rule 2), kept. No code.',
    response: { status: 404, body: { error: 'Cannot resolve address for postcode: 1118CP' } },
    expect: { kind: 'not-found', message: 'Cannot resolve address for postcode' },
  },
  {
    id: 'api-postcode-nl/given-postcode-incorrect-400',
    source: 'api-postcode.nl',
    url: 'nickurt/laravel-postcodeapi/tests/Providers/nl_NL/ApiPostcodeTest.php@091f35d8eec269bdcfc69cd0e79152992dbe8729',
    note: 'The same test file\'s comment for a lookup of "XXXXAB": "Client error: `GET http://json.api-postcode.nl?postcode=XXXXAB` resulted in a `400 Bad Request` response: {\\"error\\":\\"Given postcode incorrect\\"}", mocked as `new Response(400, [], …)`. No header shown. Kind: a 400 without field errors or a code (rule 1; text never decides): bad-request. Message: "Given postcode incorrect" names the input in a person\'s word (rule 2.1: a person\'s words stay, as "Invalid phone number"): kept.',
    response: { status: 400, body: { error: 'Given postcode incorrect' } },
    expect: { kind: 'bad-request', message: 'Given postcode incorrect' },
  },

  // ───────────────────────────── OpenDesa ─────────────────────────────
  {
    id: 'opendesa/catat-versi-kode-desa-required-422',
    source: 'OpenDesa Layanan API (layanan.opendesa.id)',
    url: 'stored OpenSID application log (stored file id 24751107646)',
    note: 'An OpenSID village-administration install\'s log: "ERROR - 2025-05-21 14:25:30 --> GuzzleHttp\\Exception\\ClientException: Client error: `POST https://layanan.opendesa.id/api/v1/pelanggan/catat-versi` resulted in a `422 Unprocessable Entity` response:" and this body (the index does not name the repository). No header shown. Kind: 422 (rule 1): validation. Fields: `errors` maps `kode_desa` to a list of strings (rule 3): "Bidang ini wajib di isi" ("This field is required"). Message: the envelope repeats the field\'s line, which names no input ("This field is required"), and a line naming no input says no more than the status (rule 2.1, the rule row of 6 December 2026: "Required parameter is missing."): the default. Judgment call: the corpus keeps Laravel\'s envelope `message` when it repeats a field\'s line that names its field ("The html field is required."); this one names none. No code.',
    response: {
      status: 422,
      body: { message: 'Bidang ini wajib di isi', errors: { kode_desa: ['Bidang ini wajib di isi'] } },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['kode_desa', 'Bidang ini wajib di isi']] },
  },

  // ───────────────────────────── Kinguin ─────────────────────────────
  {
    id: 'kinguin/full-authentication-required-401',
    source: 'Kinguin eCommerce API',
    url: 'stored README of a PHP Kinguin client, "Example ouputs" (stored file id 22286328608)',
    note: 'A PHP client\'s README prints what its error helpers return for `GET https://gateway.kinguin.net/esa/api/v1/products/0` without valid credentials: "Full Error : Client error: `GET …` resulted in a `401 Unauthorized` response: {…}", then "Error Code : 2401" and the message (the index does not name the repository). No header shown. Kind: 401 (rule 1): unauthenticated. Message: Spring Security\'s "Full authentication is required to access this resource.", kept as the corpus keeps it. Code: the vendor\'s numeric `code`, 2401, which the README calls "the Kinguin Error Code" (rule 6: a numeric code is a string).',
    response: {
      status: 401,
      body: { code: 2401, message: 'Full authentication is required to access this resource.' },
    },
    expect: { kind: 'unauthenticated', message: 'Full authentication is required', code: '2401' },
  },
  {
    id: 'kinguin/product-not-found-404',
    source: 'Kinguin eCommerce API',
    url: 'stored README of a PHP Kinguin client, "Example ouputs" (stored file id 22286328608)',
    note: 'The same README, "If the client is authorized but something goes wrong. For example the requested product does not exist": "Client error: `GET https://gateway.kinguin.net/esa/api/v1/products/0` resulted in a `404 Not Found` response: {…}", "Error Code : 3404". No header shown. Kind: 404, not-found (rule 1). Message: "Product not found" is a sentence about what was not found, not the bare reason phrase (rule 2.1, as "Resource not found"): kept. Code: `code` 3404 (rule 6).',
    response: { status: 404, body: { code: 3404, message: 'Product not found' } },
    expect: { kind: 'not-found', message: 'Product not found', code: '3404' },
  },

  // ───────────────────────────── SUNAT ─────────────────────────────
  {
    id: 'sunat/cpe-comprobantes-unauthorized-401',
    source: 'SUNAT CPE API (api-cpe.sunat.gob.pe)',
    url: 'stored Jest test of an electronic-dispatch app, gre-estado (stored file id 71420411836)',
    note: 'A Peruvian invoicing app\'s test keeps "Respuesta real de producción (2026-10-06): credenciales OAuth/SOL rechazadas": the client\'s error message "[401] Client error: `POST https://api-cpe.sunat.gob.pe/v1/contribuyente/gem/comprobantes/10175332796-31-V001-1` resulted in a `401 Unauthorized` response:" followed by this body (the index does not name the repository). No header shown. Kind: 401 (rule 1): unauthenticated. Message: "Unauthorized" is the bare reason phrase (rule 2.1): the default. No code: `status` repeats the status.',
    response: { status: 401, body: { status: 401, message: 'Unauthorized' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Movider ─────────────────────────────
  {
    id: 'movider/verify-invalid-receiver-number-400',
    source: 'Movider API',
    url: "stored SQL dump of an app's API log table (stored file id 27964202471)",
    note: "A database dump of an app's request log (iConnect) holds, after its request to Movider's verify API (credentials in the dump not copied here), the logged exception: \"Client error: `POST https://api.movider.co/v1/verify` resulted in a `400 Bad Request` response:\\n{…}\" with this body (the index does not name the repository). No header shown. Kind: the error's `code` 411 is Movider's own number (no member names it a status: rule 1 reads a status from `status_code`-like members, and a numeric `code` as a status only beside a 2xx), so it names no kind; the category beside it, `name` (rule 1: `type`, `error_type`, `status`, `name`), is `ERR_INVALID_RECEIVER_NUMBER`, read without `ERR_` (rule 1), a code that begins with `invalid` and names an input: validation. Judgment call: a reader who takes 411 for the status in the body would say bad-request. Fields: none (no path member). Message: `description`, \"Receivers number are invalid.\", the person's words for the input (rule 2.1): kept. No code stated: which of 411 and the name is the model's code the rules do not settle.",
    response: {
      status: 400,
      body: {
        error: { code: 411, name: 'ERR_INVALID_RECEIVER_NUMBER', description: 'Receivers number are invalid.' },
      },
    },
    expect: { kind: 'validation', message: 'Receivers number are invalid' },
  },
] satisfies ConformanceCase[];
