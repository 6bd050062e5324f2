import { DEFAULT, type ConformanceCase } from '../types';

// Fifty-eighth unseen-API holdout, part G (17 January 2027): error responses recorded in Ruby gems' VCR cassettes
// (spec/fixtures/vcr_cassettes, spec/fixtures/cassettes, spec/vcr) for public APIs that no other case file uses:
// RescueTime (its Analytic Data API), Arctic Elvis (an API that sends e-mail messages when an account's events are
// triggered, api.arcticelvis.com), the Alfa-Bank payment gateway (Alfa-Bank's acquiring REST API on the RBS platform,
// its test host web.rbsuat.com), ProZ.com (the translators' marketplace API and its OAuth 2 server) and Todoable (a
// to-do list API Teachable hosts at todoable.teachable.tech), collected to measure how the reader does at first sight
// on APIs it was never tuned on. Every body was copied from a recording of the live service in a gem's test fixtures,
// named in `url` with its commit (leesharma/rescuetime, arcticelvis/arcticelvis-ruby, mendab1e/alfabank, diasks2/proz,
// Nick-t-go/todoable_gem). The gems were found by asking which repositories hold a cassette of an error's name
// (`unauthorized.yml`, `not_found.yml`, `bad_request.yml` and `invalid_api_key.yml` again, and names and folders the
// thirty-ninth holdout's part A had not tried: `server_error.yml`, `invalid_key.yml`, `invalid_request.yml`,
// `invalid_token.yml`, `rate_limit.yml`, `rate_limited.yml`, `too_many_requests.yml`, `unprocessable_entity.yml`, under
// spec/vcr, spec/vcr_cassettes, test/vcr_cassettes, test/fixtures/vcr_cassettes and fixtures/vcr_cassettes), and by
// searching client specs that play a cassette and expect an error class (RescueTime's and Arctic Elvis's), then listing
// the gem's other cassettes. Each status is the recorded one; where a cassette holds a successful call before the
// failing one (Alfa-Bank's duplicate order, Todoable's 500), only the failing interaction was taken. Headers were
// copied as recorded, leaving out Content-Length, Connection and Transfer-Encoding as the brief asks, and Set-Cookie
// (ProZ's PHP session cookie, Todoable's `__cfduid`), as earlier cassette parts did; no header was added. A string that
// a YAML cassette folds over two lines is joined with one space, YAML's doubled quote (`doesn''t`) is read as one, and
// the Alfa-Bank bodies, stored as `!binary` base64, were decoded as UTF-8 (the gateway sends them as text/plain JSON).
// Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Quaderno (quaderno/quaderno-ruby: its `rate_limit.yml` and `create_*_on_downgraded_API.yml`
// are 200, 201 and 204 successes recorded against a developer's local server, quaderno.lvh.me:3000, not the live
// service); Bugsnag (bugsnag/bugsnag-api-ruby: its cassettes are named for successful calls; none opened); Pivotal
// Tracker (dashofcode/tracker_api) and Desk.com (chriswarren/desk): no stored cassette; AniList
// (Eternal-Flame085/hotel-engine-code-test's `not_found.yml`, a GraphQL 404: a source already); GitHub
// (chaserx/wheelhouse's `bad_request.yml`), LinkedIn (emorikawa/linkedin-oauth2), DocuSign (phanle/docu_sign,
// roomorama/docu_sign), Twilio (TwilioDevEd/sample-template-rails), Google Play (SPBTV/android_in_app_billing), Have I
// Been Pwned (k3integrations/hibp_check), Contentful, Smarty, Jikan, Brickset, The Hype Machine and OpenCPU (sources
// already, or collected and dropped by the thirty-ninth holdout's part A; not opened); Alfa-Bank's `server_error.yml`
// (a 200 with an empty body: nothing in the response says it failed, only the gem calls it a server error) and
// `status_server_error.yml` (not opened, for the cap); Arctic Elvis's `event_message_preview_404.yml` (the same body as
// `event_trigger_404.yml`, "Could not find event with id 1", from another endpoint: kept once); ProZ's
// `freelancer_matches_invalid_key.yml` (not opened: the per-API cap, and the invalid key is kept from
// `invalid_key.yml`); RescueTime's older recording of the same answer
// (`spec/fixtures/cassettes/invalid_credentials.yml`, April 2015: the same body and the same recorded Content-Length,
// read only to confirm the newer one) and its `raises_an_InvalidFormatError.yml` (a 200 CSV report, no error);
// Todoable's other cassettes (successes). No 429 and no rate-limit header on an error, no field-bound error list and no
// XML body turned up within the cap; three Russian bodies (Alfa-Bank's, sent with 200), one HTML body (Todoable's 500),
// one empty 401 with a Www-Authenticate challenge and an OAuth 2 server's bodies (ProZ's) did. The part holds 14 cases
// from 5 sources, under the brief's aim of 25 from 8: all 60 look-ups were spent, 36 of them on path guesses,
// repository listings, searches and files that gave no case, as the corpus already holds most APIs whose gems record
// their errors.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-17-g`, on 86fe562, src/ unchanged: in the frozen copy /tmp/base57h): 12/14 pass, 5 sources
// (kind 14/14, message 12/14, fields 14/14, retry 14/14, logId 6/6, code 7/7). Failing at first sight, both on the
// message: alfa-bank/register-access-denied-200 and alfa-bank/get-order-status-access-denied-pascal-200 (the kit kept
// "Доступ запрещён", "Access denied", a line that only says access was refused, generic under rule 2.1 as "Access
// forbidden" is, in Russian as "Не найдено" is: a judgment call both notes name). Every other case passed as written,
// including the judgment calls on RescueTime's "key not found" on a 200 (unknown, the line kept as a credential's
// name), Arctic Elvis's numeric `error.id` (no support id, no code: the `X-Request-Id` read instead), Alfa-Bank's
// duplicate order on a 200 (unknown, its code "1"), ProZ's "No freelancer was found with that UUID." on a 400
// (bad-request) and Todoable's `X-Request-Id` before `Cf-Ray`. No expectation was changed after the run (Prettier's
// line breaks were applied before it).

// Scored in `cases/` the stop it was collected (6 December 2026): read now 12/14, as at first sight. Its misses:
// Alfa-Bank's Russian "Доступ запрещён" ("Access denied", read both ways in the corpus in English).

export default [
  // ───────────────────────────── RescueTime ─────────────────────────────
  {
    id: 'rescuetime/key-not-found-200',
    source: 'RescueTime API',
    url: 'leesharma/rescuetime/spec/fixtures/cassettes/Rescuetime_Requester/_get/api_key_is_incorrect/raises_an_invalid_credentials_error.yml@df3e291a3c29de3918fba464a3a40e35ad825059',
    note: 'A recording of `GET https://www.rescuetime.com/anapi/data?key=INVALID%20KEY` (May 2016): RescueTime answers an unknown API key with a 200. The recorded Content-Length is 61 where the body is 54 bytes: 61 is the body\'s gzip size (the request offered gzip, the answer says `Vary: Accept-Encoding`, and Ruby\'s Net::HTTP inflates the body and drops Content-Encoding), so the length fits the body; an older recording of the same error in the same gem (`spec/fixtures/cassettes/invalid_credentials.yml`, April 2015, another query) holds the same body with the same 61. Headers as recorded (Content-Length and Connection left out). Kind: a 2xx whose body carries no code (`error: "# key not found"` is words with spaces and a `#`, not one token) and no error status: unknown (rule 1; text never decides). Judgment call: a reader who lets the words decide gives unauthenticated. Message: `messages` holding one string is the message (the thirty-second holdout\'s row), over the `error` copy with its `# `; "key not found" names the API key, a credential, which rule 2.1 keeps ("access_token is invalid"), not an input by its API name. Judgment call: `key` is also the query parameter\'s name in small letters at the start of the line, which rule 2.1 would give the default if it were not a credential. logId: no id in the body; `X-Request-Id` (rule 5). No code.',
    response: {
      status: 200,
      headers: {
        'Cache-Control': 'max-age=0, private, must-revalidate',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Thu, 26 May 2016 17:33:16 GMT',
        Server: 'nginx',
        Vary: 'Accept-Encoding',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Request-Id': 'b85e0aa3-2cf9-4bf9-9b15-01a4c6f5a48b',
        'X-Runtime': '0.007204',
        'X-Xss-Protection': '1; mode=block',
      },
      body: { error: '# key not found', messages: 'key not found' },
    },
    expect: { kind: 'unknown', message: 'key not found', logId: 'b85e0aa3-2cf9-4bf9-9b15-01a4c6f5a48b' },
  },

  // ───────────────────────────── Arctic Elvis ─────────────────────────────
  {
    id: 'arctic-elvis/public-access-token-invalid-4001-401',
    source: 'Arctic Elvis API',
    url: 'arcticelvis/arcticelvis-ruby/spec/fixtures/vcr_cassettes/request_4001.yml@a904c2e5553277efc2f706106f6d5511243d5765',
    note: "A recording of `POST http://api.arcticelvis.com/api/v2/events/1/trigger.json` with the token `abc` (January 2014). Headers as recorded (Transfer-Encoding and Connection left out; Rails' `Status` header kept). Kind: 401, unauthenticated. Message: `error.message`, a sentence naming the credential that was refused (rule 2.1 keeps a credential's name). logId: `X-Request-Id` (rule 5). Judgment call: `error.id` (4001) is the vendor's error number (its 404s carry `id: 404`), not an occurrence id: rule 5 reads a lone error's `id` as one only in JSON:API, and reads a reference holding a number as a code; a reader who took `id` for the support id would give \"4001\". No code stated: `id` is no code member rule 6 names, so it leaves the number in doubt.",
    response: {
      status: 401,
      headers: {
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Wed, 08 Jan 2014 21:42:59 GMT',
        Status: '401 Unauthorized',
        'X-Rack-Cache': 'invalidate, pass',
        'X-Request-Id': '2c492e7c254d13d676711e1e0bc6d996',
        'X-Runtime': '0.108615',
        'X-Ua-Compatible': 'IE=Edge,chrome=1',
      },
      body: { error: { id: 4001, message: 'Public access token is invalid' } },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Public access token is invalid',
      logId: '2c492e7c254d13d676711e1e0bc6d996',
    },
  },
  {
    id: 'arctic-elvis/event-not-found-404',
    source: 'Arctic Elvis API',
    url: 'arcticelvis/arcticelvis-ruby/spec/fixtures/vcr_cassettes/event_404.yml@56793329444291650ded10aec2fb83a1aaf86d31',
    note: 'A recording of `GET http://api.arcticelvis.com/api/v2/events/123.json` (January 2014). Headers as recorded (Transfer-Encoding and Connection left out). Kind: 404, not-found. Message: `error.message`, a sentence naming what was not found (rule 2). logId: `X-Request-Id` (rule 5); `error.id` (404) restates the status and is no occurrence id. No code: the `id` only restates the status.',
    response: {
      status: 404,
      headers: {
        'Cache-Control': 'no-cache, private',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Wed, 08 Jan 2014 20:15:49 GMT',
        Status: '404 Not Found',
        'X-Rack-Cache': 'miss',
        'X-Request-Id': 'cf64b768a923e64b1bc27e98d4cde404',
        'X-Runtime': '0.012949',
        'X-Ua-Compatible': 'IE=Edge,chrome=1',
      },
      body: { error: { id: 404, message: 'Could not find event with id 123' } },
    },
    expect: {
      kind: 'not-found',
      message: 'Could not find event with id 123',
      logId: 'cf64b768a923e64b1bc27e98d4cde404',
    },
  },
  {
    id: 'arctic-elvis/trigger-unknown-event-404',
    source: 'Arctic Elvis API',
    url: 'arcticelvis/arcticelvis-ruby/spec/fixtures/vcr_cassettes/event_trigger_404.yml@56793329444291650ded10aec2fb83a1aaf86d31',
    note: 'A recording of `POST http://api.arcticelvis.com/api/v2/events/1/trigger.json` with a recipient and a payload, for an event the account does not have (January 2014). Headers as recorded (Transfer-Encoding and Connection left out). Kind: 404, not-found. Message: `error.message` (rule 2). logId: `X-Request-Id` (rule 5). No code (`id: 404` restates the status). The same body came back from the message-preview endpoint (`event_message_preview_404.yml`), kept once.',
    response: {
      status: 404,
      headers: {
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Wed, 08 Jan 2014 21:08:36 GMT',
        Status: '404 Not Found',
        'X-Rack-Cache': 'invalidate, pass',
        'X-Request-Id': '416da34c22fa6e67cfcd411732c66506',
        'X-Runtime': '0.133511',
        'X-Ua-Compatible': 'IE=Edge,chrome=1',
      },
      body: { error: { id: 404, message: 'Could not find event with id 1' } },
    },
    expect: {
      kind: 'not-found',
      message: 'Could not find event with id 1',
      logId: '416da34c22fa6e67cfcd411732c66506',
    },
  },

  // ───────────────────────────── Alfa-Bank payment gateway ─────────────────────────────
  {
    id: 'alfa-bank/order-number-already-processed-200',
    source: 'Alfa-Bank Payment Gateway (RBS)',
    url: 'mendab1e/alfabank/spec/fixtures/vcr_cassettes/order_number_is_not_uniq.yml@0ad7f9e0cb4e10ea45d80f6d97b52d958bed5bea',
    note: 'The second interaction of the cassette: `POST https://web.rbsuat.com/ab/rest/register.do` (a form: userName, password, orderNumber, amount, …) repeating an order number the first interaction had just registered (January 2016). The body was recorded as `!binary` base64 and decoded as UTF-8; the gateway sends its JSON as `text/plain;charset=UTF-8`. Headers as recorded (Transfer-Encoding and Connection left out). Russian: "An order with this number has already been processed". Kind: a 200 whose only code is the gateway\'s number `"1"`, which names no HTTP status and no kind (rule 1: a numeric code beside a 2xx names a kind only when it is a 4xx or 5xx): unknown. Judgment call: the words say a duplicate (conflict), but text never decides the kind. Message: `errorMessage`, a sentence (rule 5\'s message shapes). Code: `errorCode` "1" (rule 6: a numeric code is a string in the model). No logId.',
    response: {
      status: 200,
      headers: {
        Server: 'nginx/1.8.0',
        Date: 'Sat, 09 Jan 2016 14:21:39 GMT',
        'Content-Type': 'text/plain;charset=UTF-8',
        'Access-Control-Allow-Origin': 'https://playground.paymentgate.ru',
      },
      body: { errorCode: '1', errorMessage: 'Заказ с таким номером уже обработан' },
    },
    expect: { kind: 'unknown', message: 'Заказ с таким номером уже обработан', code: '1' },
  },
  {
    id: 'alfa-bank/register-access-denied-200',
    source: 'Alfa-Bank Payment Gateway (RBS)',
    url: 'mendab1e/alfabank/spec/fixtures/vcr_cassettes/wrong_credentials.yml@0ad7f9e0cb4e10ea45d80f6d97b52d958bed5bea',
    note: 'A recording of `POST https://web.rbsuat.com/ab/rest/register.do` with a wrong merchant userName and password (January 2016). Body decoded from `!binary` base64 as UTF-8. Headers as recorded (Transfer-Encoding and Connection left out). Russian: "Access denied". Kind: a 200 whose only code, `"5"`, names no kind: unknown (rule 1). Judgment call: the words say the credentials were refused (unauthenticated or forbidden), but text never decides. Message: "Доступ запрещён" says only that access was refused, as "Access forbidden" does, which rule 2.1\'s generic lines name (the thirty-second holdout\'s row), and generic lines in Russian are generic too ("Не найдено"): the default. Judgment call: a reader could keep it as a category line that still says what happened. Code: `errorCode` "5" (rule 6).',
    response: {
      status: 200,
      headers: {
        Server: 'nginx/1.8.0',
        Date: 'Sat, 09 Jan 2016 14:25:33 GMT',
        'Content-Type': 'text/plain;charset=UTF-8',
        'Access-Control-Allow-Origin': 'https://playground.paymentgate.ru',
      },
      body: { errorCode: '5', errorMessage: 'Доступ запрещён' },
    },
    expect: { kind: 'unknown', message: DEFAULT, code: '5' },
  },
  {
    id: 'alfa-bank/get-order-status-access-denied-pascal-200',
    source: 'Alfa-Bank Payment Gateway (RBS)',
    url: 'mendab1e/alfabank/spec/fixtures/vcr_cassettes/status_wrong_credentials.yml@0ad7f9e0cb4e10ea45d80f6d97b52d958bed5bea',
    note: 'A recording of `POST https://web.rbsuat.com/ab/rest/getOrderStatus.do` with a wrong merchant userName and password (January 2016): the same error as register.do\'s, but this endpoint names its members in PascalCase (`ErrorCode`, `ErrorMessage`). Body decoded from `!binary` base64 as UTF-8. Headers as recorded (Transfer-Encoding and Connection left out). Kind: unknown, as for register.do (a 200, and `"5"` names no kind). Message: "Доступ запрещён" ("Access denied"), generic as "Access forbidden" is: the default (the same judgment call). Code: `ErrorCode`, a member in PascalCase read as the listed one (rule 3), "5" (rule 6).',
    response: {
      status: 200,
      headers: {
        Server: 'nginx/1.8.0',
        Date: 'Sun, 10 Jan 2016 12:53:52 GMT',
        'Content-Type': 'text/plain;charset=UTF-8',
        'Access-Control-Allow-Origin': 'https://playground.paymentgate.ru',
      },
      body: { ErrorCode: '5', ErrorMessage: 'Доступ запрещён' },
    },
    expect: { kind: 'unknown', message: DEFAULT, code: '5' },
  },

  // ───────────────────────────── ProZ.com ─────────────────────────────
  {
    id: 'proz/invalid-api-key-401',
    source: 'ProZ.com API',
    url: 'diasks2/proz/spec/fixtures/vcr_cassettes/invalid_key.yml@772068921a9718e6a93fdb610eacb559f2caadc5',
    note: 'A recording of `GET https://api.proz.com/v2/freelancer/<uuid>` with a wrong `X-Proz-Api-Key` (February 2015). The YAML folds "Invalid\\n API key." in `error_messages`; joined with one space. Headers as recorded (Content-Length left out). Kind: 401, unauthenticated (and `invalid_api_key` is a credential code). Message: `error_description` (rule 2.2: OAuth\'s `error_description` beats `error`), "Invalid API key.", a credential\'s name, which rule 2.1 keeps ("Invalid app_key is provided."); the same line in `error_messages` says it once. Code: `error`, `invalid_api_key` (rule 6: OAuth\'s `error`). No logId.',
    response: {
      status: 401,
      headers: {
        Date: 'Wed, 04 Feb 2015 06:49:20 GMT',
        Server: 'Apache',
        'Cache-Control': 'no-store',
        'Content-Type': 'application/json',
      },
      body: {
        error: 'invalid_api_key',
        error_description: 'Invalid API key.',
        error_messages: ['Invalid API key.'],
        success: 0,
      },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid API key', code: 'invalid_api_key' },
  },
  {
    id: 'proz/no-freelancer-with-uuid-400',
    source: 'ProZ.com API',
    url: 'diasks2/proz/spec/fixtures/vcr_cassettes/invalid_uuid.yml@772068921a9718e6a93fdb610eacb559f2caadc5',
    note: "A recording of `GET https://api.proz.com/v2/freelancer/xxxxx` (a malformed UUID, February 2015). Headers as recorded (Connection and Transfer-Encoding left out). Kind: a 400 with no code and no field error, and one message is not a list of several: bad-request (rule 1). Judgment call: the words say nothing was found (not-found), but text never decides, and no code or body status names a 404. Message: the lone sentence in `error_messages` (rule 2.2, as Midtrans' `error_messages`), a person's sentence naming what was not found. No code, no logId.",
    response: {
      status: 400,
      headers: {
        Date: 'Wed, 04 Feb 2015 07:12:07 GMT',
        Server: 'Apache',
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json',
      },
      body: { success: 0, error_messages: ['No freelancer was found with that UUID.'] },
    },
    expect: { kind: 'bad-request', message: 'No freelancer was found with that UUID' },
  },
  {
    id: 'proz/oauth-token-invalid-grant-400',
    source: 'ProZ.com API',
    url: 'diasks2/proz/spec/fixtures/vcr_cassettes/exchange_code_for_token_invalid_code.yml@7f6c10d55ccd1f017e3d593b9edf480693f95e7b',
    note: "A recording of `POST https://www.proz.com/oauth/token` exchanging an authorization code that is not valid (`grant_type=authorization_code`, February 2015). The YAML writes `doesn''t` and folds the line after it; read as one quote and joined with one space. Headers as recorded (Content-Length, Connection and Set-Cookie, a PHP session cookie, left out); the recorded Content-Length, 107, is the gzip size of this 109-byte body (the request offered gzip; Net::HTTP inflated it), so the joined line fits the recording. Kind: `invalid_grant` on a 400 is a credential code: unauthenticated (rule 1). Message: `error_description`, a sentence (rule 2.2). Code: `invalid_grant` (rule 6). No logId.",
    response: {
      status: 400,
      headers: {
        Date: 'Wed, 04 Feb 2015 08:27:48 GMT',
        Server: 'Apache',
        Expires: 'Thu, 19 Nov 1981 08:52:00 GMT',
        'Cache-Control': 'no-store',
        Pragma: 'no-cache',
        Vary: 'Accept-Encoding',
        'Content-Type': 'application/json',
      },
      body: {
        error: 'invalid_grant',
        error_description: "Authorization code doesn't exist or is invalid for the client",
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: "Authorization code doesn't exist or is invalid for the client",
      code: 'invalid_grant',
    },
  },
  {
    id: 'proz/access-token-expired-401',
    source: 'ProZ.com API',
    url: 'diasks2/proz/spec/fixtures/vcr_cassettes/profile_query_access_token_expired.yml@7f6c10d55ccd1f017e3d593b9edf480693f95e7b',
    note: 'A recording of `GET https://api.proz.com/v2/freelancer/me` with an expired bearer token (February 2015). The YAML folds the body and the Www-Authenticate value over two lines; joined with one space. Headers as recorded (Content-Length left out). Kind: 401, unauthenticated. Message: `error_description` (rule 2.2). Code: `expired_token` (rule 6; the challenge header says the same). No logId.',
    response: {
      status: 401,
      headers: {
        Date: 'Wed, 04 Feb 2015 08:23:11 GMT',
        Server: 'Apache',
        'Cache-Control': 'no-store',
        'Www-Authenticate':
          'Bearer realm="Service", error="expired_token", error_description="The access token provided has expired"',
        'Content-Type': 'application/json',
      },
      body: { error: 'expired_token', error_description: 'The access token provided has expired' },
    },
    expect: { kind: 'unauthenticated', message: 'The access token provided has expired', code: 'expired_token' },
  },
  {
    id: 'proz/access-token-invalid-401',
    source: 'ProZ.com API',
    url: 'diasks2/proz/spec/fixtures/vcr_cassettes/profile_query_invalid_access_token.yml@7f6c10d55ccd1f017e3d593b9edf480693f95e7b',
    note: 'A recording of `GET https://api.proz.com/v2/freelancer/me` with a bearer token the server never issued (February 2015). Folded YAML lines joined with one space. Headers as recorded (Content-Length left out). Kind: 401, unauthenticated. Message: `error_description`, a sentence naming the credential (rule 2.1 keeps "access_token is invalid"). Code: `invalid_token` (rule 6). No logId.',
    response: {
      status: 401,
      headers: {
        Date: 'Wed, 04 Feb 2015 08:19:59 GMT',
        Server: 'Apache',
        'Cache-Control': 'no-store',
        'Www-Authenticate':
          'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid"',
        'Content-Type': 'application/json',
      },
      body: { error: 'invalid_token', error_description: 'The access token provided is invalid' },
    },
    expect: { kind: 'unauthenticated', message: 'The access token provided is invalid', code: 'invalid_token' },
  },

  // ───────────────────────────── Todoable (Teachable) ─────────────────────────────
  {
    id: 'todoable/authenticate-basic-refused-401-empty',
    source: 'Todoable (Teachable)',
    url: 'Nick-t-go/todoable_gem/spec/vcr/unauthorized.yml@613a3745bca1fb1490e2749301282ecb67619ad1',
    note: 'A recording of `POST http://todoable.teachable.tech/api/authenticate` with Basic credentials the service does not know (March 2019): an empty body with a Basic challenge. Headers as recorded (Transfer-Encoding, Connection and Set-Cookie left out). Kind: 401, unauthenticated. Message: no body, the default (rule 2.4). logId: the first request-id header present, `X-Request-Id`, before `Cf-Ray` (rule 5). No code: the challenge carries no `error` parameter.',
    response: {
      status: 401,
      headers: {
        Date: 'Fri, 08 Mar 2019 17:50:12 GMT',
        'Content-Type': 'text/html;charset=utf-8',
        'Www-Authenticate': 'Basic realm="Restricted Area"',
        'X-Xss-Protection': '1; mode=block',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Request-Id': '30F584B6D35F4E088A4C580C0DCE2EAC',
        Server: 'cloudflare',
        'Cf-Ray': '4b46a670ff73ccd8-EWR',
      },
      body: '',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: '30F584B6D35F4E088A4C580C0DCE2EAC' },
  },
  {
    id: 'todoable/create-list-internal-server-error-500-html',
    source: 'Todoable (Teachable)',
    url: 'Nick-t-go/todoable_gem/spec/vcr/wrong_list.yml@613a3745bca1fb1490e2749301282ecb67619ad1',
    note: 'The second interaction of the cassette: after a successful `/api/authenticate`, `POST http://todoable.teachable.tech/api/lists` with `{"list":{"name":"nobazimr","items":[{"name":"Get er done"}]}}` (items the endpoint does not take) answered with a one-line HTML page (March 2019). Headers as recorded (Transfer-Encoding, Connection and Set-Cookie left out). Kind: 500, server. Message: an HTML body gives no message (rule 2.5), and its text is the bare reason phrase anyway (rule 2.1): the default. logId: `X-Request-Id` (rule 5); `X-Error-Digest` is a digest of the error, not named like a request id. No code.',
    response: {
      status: 500,
      headers: {
        Date: 'Fri, 08 Mar 2019 17:50:18 GMT',
        'Content-Type': 'text/html;charset=utf-8',
        'X-Xss-Protection': '1; mode=block',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Request-Id': '2210087ABC52432194DBE0295EBADAED',
        'X-Error-Digest': '6198f23cc0b320faf781fe2beb6f453d83436901fda76a2a8d10985d1978bcd6',
        Server: 'cloudflare',
        'Cf-Ray': '4b46a694bf5fcd04-EWR',
      },
      body: '<h1>Internal Server Error</h1>',
    },
    expect: { kind: 'server', message: DEFAULT, logId: '2210087ABC52432194DBE0295EBADAED' },
  },
] satisfies ConformanceCase[];
