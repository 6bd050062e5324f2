import { DEFAULT, type ConformanceCase } from '../types';

// Seventy-first unseen-API holdout, part BS (30 January 2027): error responses of third-party APIs that PHP packages
// keep in their tests as recorded or mocked HTTP answers, found by where the bodies are recorded rather than by
// domain: Wizaplace (a French marketplace-software vendor's REST API: baskets, orders, users), Fakturan.nu (Swedish
// invoicing, its API v2) and Numverify (apilayer's phone-number validation). They were collected to measure how the
// reader does at first sight on APIs it was never tuned on. Every body was copied from the file named in `url` with
// its commit: php-vcr cassettes that Wizaplace's own PHP SDK (wizaplace/wizaplace-php-sdk) recorded against a running
// Wizaplace API server (`wizaplace.loc`, the vendor's local deployment of its own API, 2017 to 2021), php-vcr
// cassettes that the Fakturan.nu PHP client (imagine-it/fakturan.nu-api-v2-client-php) recorded against the vendor's
// sandbox (`sandbox.fakturan.nu`, April 2015), and a Numverify PHP client's PHPUnit mock
// (markrogoyski/numverify-api-client-php) whose body is apilayer's documented error 101 word for word, served with
// the 200 apilayer sends. Each status is the one recorded or served; headers were copied as recorded, leaving out
// Connection, Transfer-Encoding, Content-Length and Set-Cookie; none was added. Two bodies a cassette holds as a JSON
// string (Wizaplace's 409 and its French 400) are written as the raw text the server sent, quotes and `\u` escapes
// included. No body was trimmed or mended. Where two recordings hold the same body, one was kept and the note names
// the other. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Laravel `Http::fake` and Guzzle `MockHandler` bodies in application tests (Shopify's `{
// errors: "Unauthorized" }`, Asaas's "Cliente inválido", Railway's GraphQL 200, a Sabre `ERR.VALIDATION` stub, a Qi
// Card `REFUNDS_NOT_ALLOWED` body, a VirusTotal `NotFoundError` stub, Meta's bare `80002`: either written by the test
// author, `'error' => 'foo'`-style, or APIs already in the corpus); Productive.io (axyr's package serves its
// successes from the vendor's OpenAPI examples, but its 422 is written inline with nothing saying it was copied);
// Laravel Forge's SDK (`{"name": ["The name is required."]}` inline, nothing ties it to the live API); Steam Web API,
// EasyPost, Contentful, Currencycloud, Unsplash, Archivematica, iugu, MailerSend, Mailtrap, UPS and Mollie (already
// sources); wizaplace-php-sdk's testAuthenticationInvalidApiToken and testAddCommentToProductWithWrongDeclinationId
// cassettes (the stored versions hold only successes); its testGetCategoryTreeWithWrongKey (a 200 with the tree: the
// API ignored the bad key); Fakturan.nu's 500 (the test names it, the stored cassette does not hold it); Numverify's
// 500 `server error` text (the test author's); MALL's marketplace client (mallgroup/mpapi-client-php: Codeception
// tests that run against the live API and keep no body), SMSGlobal's REST client (no error body in its tests),
// Simpro's SDK (Saloon fixtures of successes only) and the JSON fixtures named `tests/fixtures/error.json` or
// `unauthorized.json` (already used by earlier parts, invented, or not PHP). No 429 or rate-limit header, no 5xx and
// no XML body turned up with a status; one text body did (Fakturan.nu's 401) and one empty body (Wizaplace's 401).
//
// The part holds 16 cases from 3 sources, well under the brief's aim of 25 from 8: 59 of the 60 look-ups were spent.
// `find_string` reaches PHP tests but not the YAML cassettes and JSON fixtures they load, and the inline bodies it
// found in `Http::fake`, `MockHandler` and `MockResponse` calls were, nearly all, written by the test's author or
// belong to APIs the corpus already holds; the recorded cassettes that qualified cost a listing and one look-up per
// response.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-30-bs`, on ff4758c, src/ unchanged: in the frozen copy /tmp/base70): 15/16 pass, 3 sources
// (kind 16/16, message 15/16, fields 16/16, retry 16/16, logId 4/4, code 4/4). Failing at first sight:
// fakturan-nu/http-basic-access-denied-text-401 (kept "HTTP Basic: Access denied.", Rails' stock text for a refused
// Basic sign-in, as the message; the case gives the default: the scheme's name and a colon before a refusal that
// restates the 401, as the forty-first holdout's row reads "Proxy: unauthorized" under rule 2.1; a judgment call its
// note names). Every other case passed as written, including the judgment calls on Wizaplace's lines in small letters
// ("basket not found", "order not cancellable", "order not found", kept), its "The Dispatch could not be processed."
// and "You are not allowed to perform this action" (kept), its JSON-string bodies, Fakturan.nu's Rails
// `errors.details` fields and Numverify's `invalid_access_key` on a 200 with its sentence in `info`.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
// Measured again by the lead on the reader the seventieth holdout taught (`d607ff8`), before this holdout's
// conventions: 15/16 pass, the same cases failing as in the first run above.

export default [
  // ───────────────────────────── Wizaplace API ─────────────────────────────
  {
    id: 'wizaplace/bad-credentials-401-empty-body',
    source: 'Wizaplace API',
    url: 'wizaplace/wizaplace-php-sdk/tests/ApiClientTest/testBadCredentialsAuthentication.yml@7629c0aee5edd541babb7f92984f050e92fcadcf',
    note: "A php-vcr cassette that Wizaplace's own PHP SDK recorded against a running Wizaplace API server (`GET /api/v1/users/authenticate` with a wrong password in Basic auth): status 401 Unauthorized, an empty body (`Content-Length: 0`) sent as `text/html`, and a Basic challenge. Headers copied as recorded except Content-Length. Kind: 401, unauthenticated (rule 1). Message: no body, so the default (rule 2.4). No support id: `X-Debug-Token` is the Symfony profiler's token, no request-id header by its name (rule 5), so none is stated. No retry, no code.",
    response: {
      status: 401,
      headers: {
        Date: 'Mon, 11 Sep 2017 07:19:20 GMT',
        Server: 'Apache/2.4.10 (Debian)',
        'Cache-Control': 'no-cache, private',
        'WWW-Authenticate': 'Basic realm="Secured Area"',
        'X-Debug-Token': '627a73',
        'X-Debug-Token-Link': 'http://wizaplace.loc/_profiler/627a73',
        'Content-Type': 'text/html; charset=UTF-8',
      },
      body: '',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'wizaplace/basket-not-found-code-1-404',
    source: 'Wizaplace API',
    url: 'wizaplace/wizaplace-php-sdk/tests/Basket/BasketServiceTest/testAddCouponToNonExistingBasket.yml@3cc130be6c0d62f84179e01b46f1620b8a86e7dd',
    note: "The SDK's cassette (recorded from branch `API-error-codes`): `POST /api/v1/basket/404/coupons/SUPERPROMO` answered 404 Not Found with Wizaplace's error envelope `{ error: { code, message, context } }`. Headers copied as recorded except Content-Length. Kind: 404, not-found (rule 1). Message: \"basket not found\", kept: it says what was not found in a word a shopper uses (a basket), no API key (rule 2.1 reads \"Resource not found\" as a sentence). Judgment call: a reader could take a line in small letters for a key-named line (rule 2.1's row of 6 December 2026) and give the default. Fields: none; `context` holds `basket_id` with the id that was asked for, a record's id, not a parameter named under `param`/`field` with a reason (rule 3). Code: the error's numeric `code`, 1 (rule 6: an explicit code member; the SDK's own branch was written for these codes).",
    response: {
      status: 404,
      headers: {
        Date: 'Fri, 02 Feb 2018 15:30:29 GMT',
        Server: 'Apache/2.4.25 (Debian)',
        'Cache-Control': 'no-cache, private',
        'Content-Language': 'fr',
        'X-Debug-Token': '8b34bf',
        'X-Debug-Token-Link': 'http://wizaplace.loc/_profiler/8b34bf',
        'Content-Type': 'application/json',
      },
      body: { error: { code: 1, message: 'basket not found', context: { basket_id: '404' } } },
    },
    expect: { kind: 'not-found', message: 'basket not found', code: '1' },
  },
  {
    id: 'wizaplace/cannot-checkout-empty-basket-code-10-400',
    source: 'Wizaplace API',
    url: 'wizaplace/wizaplace-php-sdk/tests/Basket/BasketServiceTest/testCheckingOutAnEmptyBasketYieldsAnError.yml@31dfa17cc3033d0c6f88cabe98a1bb146c6deabf',
    note: "The SDK's cassette (2021): a new basket is created, then `POST /api/v1/basket/{id}/order` answers 400 Bad Request. Headers copied as recorded except Connection and Transfer-Encoding. Kind: a 400 whose only code is a number that names no kind, without field errors: bad-request (rule 1; text never decides). Message: \"Cannot checkout empty basket\", a sentence for the shopper (rule 2). Fields: none (`context.basketId` is a record's id, rule 3). Code: 10, the error's `code` (rule 6).",
    response: {
      status: 400,
      headers: {
        Server: 'nginx',
        'Content-Type': 'application/json',
        'X-Powered-By': 'PHP/7.4.23',
        'Cache-Control': 'no-cache, private',
        Date: 'Mon, 18 Oct 2021 10:51:48 GMT',
        'Content-Language': 'fr',
        'Access-Control-Allow-Origin': '*',
        'X-Debug-Token': '855867',
        'X-Debug-Token-Link': 'http://wizaplace.loc/_profiler/855867',
        'X-Robots-Tag': 'noindex',
      },
      body: {
        error: {
          code: 10,
          message: 'Cannot checkout empty basket',
          context: { basketId: '795e93db-fd6d-41c2-a71a-c0fc56574c7e' },
        },
      },
    },
    expect: { kind: 'bad-request', message: 'Cannot checkout empty basket', code: '10' },
  },
  {
    id: 'wizaplace/user-already-exists-409-json-string',
    source: 'Wizaplace API',
    url: 'wizaplace/wizaplace-php-sdk/tests/User/UserServiceTest/testCreateAlreadyExistingUser.yml@5267be5834751de1ae77c9dab1c406f6d181a6eb',
    note: 'The SDK\'s cassette (2020): the same `POST /api/v1/users` sent twice; the second answer is 409 Conflict whose body is a JSON string, `"The user already exists."`, written here as the raw text the server sent (quotes included) with its `application/json` type. Headers copied as recorded except Connection and Transfer-Encoding. Kind: 409, conflict (rule 1). Message: the string is the body\'s one sentence, for the person (rules 2, 2.6: a sentence on a 4xx). No code, no fields.',
    response: {
      status: 409,
      headers: {
        Server: 'nginx',
        'Content-Type': 'application/json',
        'X-Powered-By': 'PHP/7.2.29',
        'Cache-Control': 'no-cache, private',
        Date: 'Fri, 19 Jun 2020 15:03:08 GMT',
        'Content-Language': 'fr',
        'Access-Control-Allow-Origin': '*',
        'X-Debug-Token': '8a8db4',
        'X-Debug-Token-Link': 'http://wizaplace.loc/_profiler/8a8db4',
      },
      body: '"The user already exists."',
    },
    expect: { kind: 'conflict', message: 'The user already exists' },
  },
  {
    id: 'wizaplace/password-rules-french-json-string-400',
    source: 'Wizaplace API',
    url: 'wizaplace/wizaplace-php-sdk/tests/User/UserServiceTest/testCreateUserWithInvalidPassword.yml@417fc4d28c2e108e3125be266fa8ed21a1905923',
    note: 'The SDK\'s cassette (2020): `POST /api/v1/users` with the password `password` answered 400 Bad Request with a JSON string in French (`Content-Language: fr`), written here as the raw text the server sent, its `\\u00e8`-style escapes included. The same body answers `PUT /api/v1/users/{id}/password` in testChangePasswordWithInvalidPassword.yml@3cc130be6c0d62f84179e01b46f1620b8a86e7dd; it is kept once. Headers copied as recorded except Connection and Transfer-Encoding. Kind: a 400 with no field errors and no code: bad-request (rule 1: text never decides, although the sentence is about the password). Message: "Règles de sécurité de mot de passe non respectées. …" ("password security rules not met; the password must contain at least 1 digit, …"), a sentence for the person in the API\'s language (rule 2). No code.',
    response: {
      status: 400,
      headers: {
        Server: 'nginx',
        'Content-Type': 'application/json',
        'X-Powered-By': 'PHP/7.2.29',
        'Cache-Control': 'no-cache, private',
        Date: 'Fri, 19 Jun 2020 15:03:05 GMT',
        'Content-Language': 'fr',
        'Access-Control-Allow-Origin': '*',
        'X-Debug-Token': '93f945',
        'X-Debug-Token-Link': 'http://wizaplace.loc/_profiler/93f945',
      },
      body: '"R\\u00e8gles de s\\u00e9curit\\u00e9 de mot de passe non respect\\u00e9es. Le mot de passe choisi doit contenir au moins 1 chiffre, 1 caract\\u00e8re majuscule, 1 caract\\u00e8re minuscule, 1 caract\\u00e8re sp\\u00e9cial ou accentu\\u00e9 ET avoir une longueur d\\u2019au moins 10 caract\\u00e8res."',
    },
    expect: { kind: 'bad-request', message: 'Règles de sécurité de mot de passe non respectées' },
  },
  {
    id: 'wizaplace/dispatch-could-not-be-processed-400',
    source: 'Wizaplace API',
    url: 'wizaplace/wizaplace-php-sdk/tests/Order/OrderServiceTest/testDispatchFundsOrderAlreadyDispatched.yml@87ebae9185e117d64d544566f2b46fd12ec0de94',
    note: 'The SDK\'s cassette (2020): an order whose funds were already dispatched (`workflow_funds_dispatch_pending_funds_dispatch_completed`), then `POST /api/v1/orders/190054/dispatch` answers 400 Bad Request. Headers copied as recorded except Connection and Transfer-Encoding. Kind: a 400 without code or fields: bad-request (rule 1). Message: "The Dispatch could not be processed." names what failed, the funds\' dispatch, and is kept; the sentence after it, "Check out the response payload to identify the issue", only points elsewhere (rule 2.1). Judgment call: a reader could read the first sentence as a line that only says something failed (rule 2.1\'s "Operation failed.") and give the default. No code.',
    response: {
      status: 400,
      headers: {
        Server: 'nginx',
        'Content-Type': 'application/json',
        'X-Powered-By': 'PHP/7.2.29',
        'Cache-Control': 'no-cache, private',
        Date: 'Thu, 05 Nov 2020 14:20:45 GMT',
        'Content-Language': 'fr',
        'Access-Control-Allow-Origin': '*',
        'X-Debug-Token': '66e036',
        'X-Debug-Token-Link': 'http://wizaplace.loc/_profiler/66e036',
      },
      body: { message: 'The Dispatch could not be processed. Check out the response payload to identify the issue' },
    },
    expect: { kind: 'bad-request', message: 'The Dispatch could not be processed' },
  },
  {
    id: 'wizaplace/insufficient-permission-not-marketplace-admin-403',
    source: 'Wizaplace API',
    url: 'wizaplace/wizaplace-php-sdk/tests/Order/OrderServiceTest/testDispatchFundsOrderInsufficientPermission.yml@051a15e07fcdd8269f4408c742ed3a14a016349c',
    note: "The SDK's cassette (2020): a signed-in customer (not an administrator) calls `POST /api/v1/orders/1/dispatch` and gets 403 Forbidden. Headers copied as recorded except Connection and Transfer-Encoding. Kind: 403, forbidden (rule 1). Message: \"Insufficient permission (The logged user is not a marketplace admin)\", a refusal with its reason in words a person reads (rule 2.1: with a reason after it the line stays; the parentheses hold no parser's or exception's report, rule 2.3). No code.",
    response: {
      status: 403,
      headers: {
        Server: 'nginx',
        'Content-Type': 'application/json',
        'X-Powered-By': 'PHP/7.2.29',
        'Cache-Control': 'no-cache, private',
        Date: 'Thu, 05 Nov 2020 14:20:43 GMT',
        'Content-Language': 'fr',
        'Access-Control-Allow-Origin': '*',
        'X-Debug-Token': 'c1f97c',
        'X-Debug-Token-Link': 'http://wizaplace.loc/_profiler/c1f97c',
      },
      body: { message: 'Insufficient permission (The logged user is not a marketplace admin)' },
    },
    expect: { kind: 'forbidden', message: 'Insufficient permission' },
  },
  {
    id: 'wizaplace/order-not-cancellable-code-19-400',
    source: 'Wizaplace API',
    url: 'wizaplace/wizaplace-php-sdk/tests/Order/OrderServiceTest/testPostOrderCancelsCantCancel.yml@53cce40daa1ad35ef82ec48042fa1c6d0c2394b3',
    note: 'The SDK\'s cassette (2019): an administrator\'s `POST /api/v1/orders/13/cancels` answered 400 Bad Request with the error envelope. Headers copied as recorded except Connection and Transfer-Encoding. Kind: a 400 whose numeric code names no kind and with no field errors: bad-request (rule 1). Judgment call: the order\'s state refuses the cancellation, which a reader could call a conflict; no code word says so, and the status decides. Message: "order not cancellable" says what the person tried and why it failed, kept (as "basket not found" is; judgment call, the small first letter). Fields: none (`context.orderId` is a record\'s id, a number). Code: 19 (rule 6).',
    response: {
      status: 400,
      headers: {
        Server: 'nginx',
        'Content-Type': 'application/json',
        'X-Powered-By': 'PHP/7.2.17',
        'Cache-Control': 'no-cache, private',
        Date: 'Thu, 31 Oct 2019 16:04:05 GMT',
        'Content-Language': 'fr',
        'Access-Control-Allow-Origin': '*',
        'X-Debug-Token': 'ab74fc',
        'X-Debug-Token-Link': 'http://wizaplace.loc/_profiler/ab74fc',
      },
      body: { error: { code: 19, message: 'order not cancellable', context: { orderId: 13 } } },
    },
    expect: { kind: 'bad-request', message: 'order not cancellable', code: '19' },
  },
  {
    id: 'wizaplace/order-not-found-code-14-404',
    source: 'Wizaplace API',
    url: 'wizaplace/wizaplace-php-sdk/tests/Order/OrderServiceTest/testGetInexistingOrderYieldsAnError.yml@6cda21c14e2d84500ee93f52b4a0a24d3288a7af',
    note: 'The SDK\'s cassette (2018, branch `error-code_order-not-found`): a customer\'s `GET /api/v1/user/orders/404` answered 404 Not Found. The same body answers `POST /api/v1/user/orders/404/commitment` in testCommitOrderWhichDoesNotExist.yml@051a15e07fcdd8269f4408c742ed3a14a016349c; it is kept once. Headers copied as recorded except Content-Length. Kind: 404, not-found. Message: "order not found", kept (as "basket not found"; judgment call). Fields: none. Code: 14 (rule 6).',
    response: {
      status: 404,
      headers: {
        Date: 'Thu, 22 Mar 2018 14:06:18 GMT',
        Server: 'Apache/2.4.25 (Debian)',
        'Cache-Control': 'no-cache, private',
        'Content-Language': 'fr',
        'X-Debug-Token': 'd123d0',
        'X-Debug-Token-Link': 'http://wizaplace.loc/_profiler/d123d0',
        'Content-Type': 'application/json',
      },
      body: { error: { code: 14, message: 'order not found', context: { orderId: 404 } } },
    },
    expect: { kind: 'not-found', message: 'order not found', code: '14' },
  },
  {
    id: 'wizaplace/cancel-not-allowed-403',
    source: 'Wizaplace API',
    url: 'wizaplace/wizaplace-php-sdk/tests/Order/OrderServiceTest/testPostOrderCancelsForbidden.yml@417fc4d28c2e108e3125be266fa8ed21a1905923',
    note: 'The SDK\'s cassette (2019): a vendor account\'s `POST /api/v1/orders/13/cancel` answered 403 Forbidden. Headers copied as recorded except Connection and Transfer-Encoding. Kind: 403, forbidden. Message: "You are not allowed to perform this action", a sentence that tells the person they lack the right, kept (rule 2.1 lists no such line among the generic ones). Judgment call: a reader could read it as the 403\'s meaning in other words, as the sixty-eighth holdout\'s row reads "Access to the requested resource is forbidden.", and give the default. No code.',
    response: {
      status: 403,
      headers: {
        Server: 'nginx',
        'Content-Type': 'application/json',
        'X-Powered-By': 'PHP/7.2.17',
        'Cache-Control': 'no-cache, private',
        Date: 'Thu, 31 Oct 2019 16:04:07 GMT',
        'Content-Language': 'fr',
        'Access-Control-Allow-Origin': '*',
        'X-Debug-Token': 'eaaadd',
        'X-Debug-Token-Link': 'http://wizaplace.loc/_profiler/eaaadd',
      },
      body: { message: 'You are not allowed to perform this action' },
    },
    expect: { kind: 'forbidden', message: 'You are not allowed to perform this action' },
  },
  {
    id: 'wizaplace/dispatch-order-not-found-message-404',
    source: 'Wizaplace API',
    url: 'wizaplace/wizaplace-php-sdk/tests/Order/OrderServiceTest/testDispatchFundsOrderNotFound.yml@d1376fe75399c176dbc499dfe63b62c801b6e7b2',
    note: 'The SDK\'s cassette (2020): an administrator\'s `POST /api/v1/orders/404/dispatch` answered 404 Not Found, in the newer `{ message }` envelope (no `error` object, no code). Headers copied as recorded except Connection and Transfer-Encoding. Kind: 404, not-found. Message: "order not found", kept (judgment call, as above). No code.',
    response: {
      status: 404,
      headers: {
        Server: 'nginx',
        'Content-Type': 'application/json',
        'X-Powered-By': 'PHP/7.2.29',
        'Cache-Control': 'no-cache, private',
        Date: 'Thu, 05 Nov 2020 14:20:42 GMT',
        'Content-Language': 'fr',
        'Access-Control-Allow-Origin': '*',
        'X-Debug-Token': 'de7513',
        'X-Debug-Token-Link': 'http://wizaplace.loc/_profiler/de7513',
      },
      body: { message: 'order not found' },
    },
    expect: { kind: 'not-found', message: 'order not found' },
  },

  // ───────────────────────────── Fakturan.nu API (v2) ─────────────────────────────
  {
    id: 'fakturan-nu/http-basic-access-denied-text-401',
    source: 'Fakturan.nu API (v2)',
    url: 'imagine-it/fakturan.nu-api-v2-client-php/tests/fixtures/exception_requests@d7a31a8edb534fd179f4b5023c07aee4e3d22d88',
    note: 'A php-vcr cassette that the PHP client of Fakturan.nu (Swedish invoicing) recorded against `https://sandbox.fakturan.nu/api/v2/clients` with a wrong API id (its ExceptionTest, "testTrowsAccessDenied"): status 401 Unauthorized, the Rails stock text "HTTP Basic: Access denied." and a newline, sent as `text/html` without markup. Headers copied as recorded except Transfer-Encoding. Kind: 401, unauthenticated. Message: the default: "HTTP Basic: Access denied." is the scheme\'s name, a colon and a refusal that restates the 401, as a reason phrase behind an area\'s name and a colon says no more (the forty-first holdout\'s row, "Proxy: unauthorized"). Judgment call: a reader could keep it as a sentence (plain text on a 4xx, rule 2.6). logId: `X-Request-Id` (rule 5). No code.',
    response: {
      status: 401,
      headers: {
        Date: 'Tue, 28 Apr 2015 13:25:44 GMT',
        Server: 'Apache/2.2.14 (Ubuntu)',
        'Strict-Transport-Security': 'max-age=31536000',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-XSS-Protection': '1; mode=block',
        'X-Content-Type-Options': 'nosniff',
        'WWW-Authenticate': 'Basic realm="Application"',
        'Cache-Control': 'no-cache',
        'X-Request-Id': 'd7334587-cae2-42c2-8a49-a37276181d78',
        'X-Runtime': '0.002317',
        'X-Powered-By': 'Phusion Passenger 4.0.50',
        Status: '401 Unauthorized',
        Vary: 'Accept-Encoding',
        'Content-Type': 'text/html; charset=utf-8',
      },
      body: 'HTTP Basic: Access denied.\n',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: 'd7334587-cae2-42c2-8a49-a37276181d78' },
  },
  {
    id: 'fakturan-nu/client-not-found-404',
    source: 'Fakturan.nu API (v2)',
    url: 'imagine-it/fakturan.nu-api-v2-client-php/tests/fixtures/exception_requests@d7a31a8edb534fd179f4b5023c07aee4e3d22d88',
    note: 'The same cassette\'s second recording: `GET /api/v2/clients/999999999` answered 404 Not Found. Headers copied as recorded except Transfer-Encoding. Kind: 404, not-found. Message: "404 Not Found" is the status\'s number and its reason phrase (rule 2.1): the default. No code stated: `error` holds the reason phrase, no code (rule 6). logId: `X-Request-Id` (rule 5).',
    response: {
      status: 404,
      headers: {
        Date: 'Tue, 28 Apr 2015 13:25:44 GMT',
        Server: 'Apache/2.2.14 (Ubuntu)',
        'Strict-Transport-Security': 'max-age=31536000',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-XSS-Protection': '1; mode=block',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
        'X-Request-Id': '6f7d3953-25e9-4f88-b630-e8226a479643',
        'X-Runtime': '0.012363',
        'X-Powered-By': 'Phusion Passenger 4.0.50',
        Status: '404 Not Found',
        'Content-Type': 'application/json; charset=utf-8',
      },
      body: { error: '404 Not Found' },
    },
    expect: { kind: 'not-found', message: DEFAULT, logId: '6f7d3953-25e9-4f88-b630-e8226a479643' },
  },
  {
    id: 'fakturan-nu/client-company-blank-422',
    source: 'Fakturan.nu API (v2)',
    url: 'imagine-it/fakturan.nu-api-v2-client-php/tests/fixtures/exception_requests@d7a31a8edb534fd179f4b5023c07aee4e3d22d88',
    note: 'The same cassette\'s third recording: `POST /api/v2/clients` with `{"name":false}` answered 422 Unprocessable Entity with Rails\' `errors.details` shape, each field mapped to a list of `{ error: <validator> }`. Headers copied as recorded except Transfer-Encoding. Kind: 422, validation (rule 1). Fields: `company` with "blank" (rule 3: a map of fields to lists of items, `error` a message member; a one-word field message is kept). Message: only field messages, so the default (rule 2.4). logId: `X-Request-Id`. No code stated (`blank` is the field\'s, not the response\'s).',
    response: {
      status: 422,
      headers: {
        Date: 'Tue, 28 Apr 2015 13:25:44 GMT',
        Server: 'Apache/2.2.14 (Ubuntu)',
        'Strict-Transport-Security': 'max-age=31536000',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-XSS-Protection': '1; mode=block',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
        'X-Request-Id': '1f0cde35-396e-42bb-b789-e53dfdeaf625',
        'X-Runtime': '0.019622',
        'X-Powered-By': 'Phusion Passenger 4.0.50',
        Status: '422 Unprocessable Entity',
        'Content-Type': 'application/json; charset=utf-8',
      },
      body: { errors: { company: [{ error: 'blank' }] } },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['company', 'blank']],
      logId: '1f0cde35-396e-42bb-b789-e53dfdeaf625',
    },
  },
  {
    id: 'fakturan-nu/product-name-blank-422',
    source: 'Fakturan.nu API (v2)',
    url: 'imagine-it/fakturan.nu-api-v2-client-php/tests/fixtures/base_model_requests@8bbd60baec458dec082e88e1601a762bb44775c1',
    note: 'The client\'s other cassette (its ModelTest, recorded against the sandbox on 28 April 2015): `POST /api/v2/products` with `{"name":""}` answered 422 Unprocessable Entity. Headers copied as recorded except Transfer-Encoding. Kind: 422, validation. Fields: `name` with "blank" (rule 3; a field called `name` inside a map of fields is a field, not the envelope). Message: the default (rule 2.4). logId: `X-Request-Id`.',
    response: {
      status: 422,
      headers: {
        Date: 'Tue, 28 Apr 2015 13:25:45 GMT',
        Server: 'Apache/2.2.14 (Ubuntu)',
        'Strict-Transport-Security': 'max-age=31536000',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-XSS-Protection': '1; mode=block',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
        'X-Request-Id': 'd1d38436-a1b6-4970-b6d5-375a0e5a55ab',
        'X-Runtime': '0.012864',
        'X-Powered-By': 'Phusion Passenger 4.0.50',
        Status: '422 Unprocessable Entity',
        'Content-Type': 'application/json; charset=utf-8',
      },
      body: { errors: { name: [{ error: 'blank' }] } },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'blank']],
      logId: 'd1d38436-a1b6-4970-b6d5-375a0e5a55ab',
    },
  },

  // ───────────────────────────── Numverify (apilayer) ─────────────────────────────
  {
    id: 'numverify/invalid-access-key-101-200',
    source: 'Numverify (apilayer)',
    url: 'markrogoyski/numverify-api-client-php/tests/ApiPhoneNumberTest.php@34afc0afd0f11920262683e4d2fcdf672ffa4f5c',
    note: "The PHP client's test \"validatePhoneNumber exception - invalid access key\" serves this body with status 200 (`getStatusCode` returns 200). The body is apilayer's documented error 101 word for word, with the support address apilayer prints; the corpus already holds the same sentence from another apilayer API's live capture (the Exchange Rates API's `invalid_access_key`), and Fixer's own tracker says apilayer answers such errors with a 200 (fixerAPI/fixer#106). No header. Kind: a 2xx whose `success: false` holds the error (rule 1); `type: \"invalid_access_key\"` is a credential code (a key that is invalid, rule 1), which outranks a 2xx: unauthenticated. Message: `info`, \"You have not supplied a valid API Access Key. …\", the sentence (the bracketed address is no support id, rule 5). Judgment call: rule 2 names `info` as MediaWiki's sentence, not among message members in general. No code stated: the numeric `code` 101 beside the `type` leaves doubt which is the code (rule 6), as the corpus's Fixer case reads it.",
    response: {
      status: 200,
      body: {
        success: false,
        error: {
          code: 101,
          type: 'invalid_access_key',
          info: 'You have not supplied a valid API Access Key. [Technical Support: support@apilayer.com]',
        },
      },
    },
    expect: { kind: 'unauthenticated', message: 'You have not supplied a valid API Access Key' },
  },
] satisfies ConformanceCase[];
