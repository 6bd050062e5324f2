import { DEFAULT, type ConformanceCase } from '../types';

// Forty-first unseen-API holdout, part B (31 December 2026): crypto custody, wallets-as-a-service, on/off-ramps,
// blockchain analytics and crypto-compliance APIs that no other case file uses: Fireblocks, Chainalysis (its sanctions
// screening, KYT and address-screening hosts and its legacy API host), BitGo (through BitGo Express), NOWPayments,
// Banxa, MoonPay, BTCPay Server's Greenfield API and Upvest's Investment API (a BaFin-licensed crypto custodian and
// broker), collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was copied
// from the public material named in `url` and `note`: the vendors' own support and reference pages that print a body
// with its status (Fireblocks' support articles, each titled with its status and code, with the JavaScript SDK's
// printed response; Upvest's error pages, each an HTTP message with its status line and headers; Banxa's error page;
// MoonPay's platform "Using the API" page, through a catalogue that copied its example), public issues that paste a
// captured response with its status or beside another capture that states it (BitGo's, NOWPayments', BTCPay Server's),
// and a public catalogue of live probes of Chainalysis' hosts (api-evangelist/chainalysis, which records each body
// "observed on a live host" with its status and content type, Chainalysis publishing no anonymous error reference).
// Where a status is not printed beside the body, the note says where it came from (the vendor's error table, another
// capture of the same error, the body's own status member). Bodies printed as JavaScript object literals or inside an
// escaped log line were written back as the JSON they were; no body was completed. Headers are copied only where the
// source shows them (Fireblocks' `date` and `server`, Upvest's `content-type`, `date` and `upvest-request-id`, the
// `content-type` Chainalysis' probes recorded); Content-Length and Connection were left out, and Fireblocks' two
// conflicting Content-Type lines were left out too; no header was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: NOWPayments' 403 `INVALID_API_KEY` body and its raw nginx 429 page (a developer's notes of
// "measured" probes found only through `find_string`, in a file whose repository the index does not name); MoonPay's
// widget error shape (`4_SYS_BAD_REQUEST`, printed without a status) and two captured widget bodies (`On-Ramp is not
// yet enabled for live use`, `Currency not supported in test mode`: unnamed repositories, no status); BitGo's "You have
// called a BitGo Express endpoint…" (BitGo/BitGoJS#135, a Python dict without a status), its "invalid key sources" and
// "Coin type tbch not supported" (#509, no status) and "502 Bad Gateway" (#1063, the SDK's rewording); BTCPay Server's
// validation lists `[{"path":"expiryDate",…}]` (btcpayserver#3222) and `[{"path":"permissions[1]",…}]` (#4765), whose
// status is printed nowhere beside them and whose 422 could not be confirmed from the Greenfield OpenAPI within the
// cap; BitPay's `errors: [{ error, param }]` (its Python client's unit-test fixture, mocked without a status);
// Fireblocks' embedded-wallet error tables, its API error-code table rows, its rate-limit page and its idempotency-key
// changelog (no bodies); OpenNode's `{ success: false, message: 'Error details' }` (a placeholder); Chainalysis' KYT
// and risk docs (behind a login); TRM Labs (a status table only), Elliptic, Transak, Wyre, Ramp Network, Anchorage
// Digital, Copper, Paxos, Alchemy Pay and Mercuryo (no error body with a status within the cap); Helius (a 429 status
// line only); Moralis (dropped by an earlier part for want of a status, and nothing new found); CoinPayments (a
// fragment, `"error":"This API Key does not have permission to use that command!"`, without a status); LNbits (a
// `detail` holding a JSON string, without a status); Crypto APIs (a placeholder envelope and generated model examples);
// StraitsX and Onramper (code tables only); BTC Direct (an example whose status is only "a 4xx"); xMoney's Crypto API
// (the vendor is already in the corpus as xMoney Card Issuing API); and CoinGate, Tatum, Alchemy, Circle, Covalent
// (GoldRush), QuickNode and Coinbase Commerce, which the corpus already holds. No XML body and no non-English body
// turned up in this domain within the cap; one text body (Chainalysis' 410) did. The collection stopped at 20 cases
// from 8 sources, short of the brief's 25, because the cap was reached: 71 of the 75 look-ups were spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-31-b`, on c5808e9, src/ unchanged: in the frozen copy /tmp/base41): 18/20 pass, 8 sources
// (kind 19/20, message 19/20, fields 20/20, retry 20/20, logId 7/7, code 7/7). Failing at first sight:
// nowpayments/invalid-request-params-payment-id-400 (bad-request: `INVALID_REQUEST_PARAMS` not read as a code that says
// a parameter is wrong, rule 1's `PARAM_ERROR` and `invalid…` naming an input; a judgment call the note names, the
// other reading taking "request" for the request as a whole) and upvest/invalid-request-root-field-not-filled-400 (the
// kit kept `details`, "(root): field 'first_name' was not filled", where the case reads a JSON Schema validator's
// report, developer text under rule 2.3, beside a generic title; a judgment call the note names, rule 2.2 letting a
// string `details` speak). Every other case passed as written, including the judgment calls on Fireblocks' "invalid
// signature" (kept) and its "(iat)" sentence, Chainalysis' "Invalid API Key" and "Invalid token" (kept; the 403 stays
// forbidden), its 410 text pointer (kept), BitGo's "needs unlock" on a 400 (bad-request, kept) and "Insufficient funds"
// on a 500, Banxa's swapped `status`/`code`, MoonPay's generic headline before its sentence and Upvest's support ids.
// No expectation was changed after the run (Prettier's line wrapping was applied before it).

// Scored in `cases/` the stop it was collected (5 December), at 20/20 (NOWPayments' `INVALID_REQUEST_PARAMS` is a
// parameter's code, and Go's gojsonschema report "(root): …" developer text, since).

export default [
  // ───────────────────────────── Fireblocks ─────────────────────────────
  {
    id: 'fireblocks/invalid-signature-code-minus-1-401',
    source: 'Fireblocks API',
    url: 'https://support.fireblocks.io/hc/en-us/articles/8928210868380-401-Error-invalid-signature-code-1',
    note: 'Fireblocks\' support article "401 Error: invalid signature (code -1)": "Fireblocks API body response `{ message: \'invalid signature\', code: -1 }`" (a JavaScript object literal, written back as JSON; the Python SDK line on the same page prints it as JSON, `{ "message": "invalid signature", "code": -1}`). Status: the article\'s title and Fireblocks\' "API responses and error codes" table (`-1 | 401 | All | Invalid signature`). The JavaScript SDK response printed on the same page carries a -7 body, so its headers were not taken for this one. Kind: 401, unauthenticated (rule 1). Message: "invalid signature" says which part of the request was refused, kept as the corpus keeps short credential lines ("Invalid or missing API key"). Judgment call: rule 2.3 counts signature internals as developer text and rule 2.1 lines that name only what is invalid as generic; a reader who reads either gives the default. Code: the numeric `code`, as a string (rule 6).',
    response: { status: 401, body: { message: 'invalid signature', code: -1 } },
    expect: { kind: 'unauthenticated', message: 'invalid signature', code: '-1' },
  },
  {
    id: 'fireblocks/token-not-accepted-code-minus-7-401',
    source: 'Fireblocks API',
    url: 'https://support.fireblocks.io/hc/en-us/articles/10570293455388-401-Error-Unauthorized-Token-was-not-accepted-code-7',
    note: 'Fireblocks\' support article "401 Error: Unauthorized: Token was not accepted (code -7)": the JavaScript SDK error response prints `status: 401` and `data: { "message": "Unauthorized: Token was not accepted.", "code": -7 }` with its headers. Headers: `server` and `date` copied (the date\'s typographic quotes dropped); the page prints two conflicting Content-Type lines (`application/octet-stream` and `application/json`), both left out, and Content-Length and Connection were left out. Kind: 401, unauthenticated. Message: a reason phrase leading a sentence only restates the status and is dropped (rule 2.1): "Token was not accepted." Code: `-7` (rule 6).',
    response: {
      status: 401,
      headers: { server: 'nginx', date: 'Tue, 28 Feb 2023 20:58:37 GMT' },
      body: { message: 'Unauthorized: Token was not accepted.', code: -7 },
    },
    expect: { kind: 'unauthenticated', message: 'Token was not accepted', code: '-7' },
  },
  {
    id: 'fireblocks/request-expired-code-minus-10-401',
    source: 'Fireblocks API',
    url: 'https://support.fireblocks.io/hc/en-us/articles/8927972341020-401-Error-The-request-has-expired-code-10',
    note: 'Fireblocks\' support article "401 Error: The request has expired (code -10)": "Fireblocks API body response `{"message": "The request has expired.", "code": -10}`", and the JavaScript SDK response with `status: 401` and the same `data`. Headers: `server` and `date` as printed there (typographic quotes dropped; the conflicting Content-Type lines, Content-Length and Connection left out). Kind: 401, unauthenticated. Message: a sentence, kept (it names the JWT\'s expiry in words a person can act on, no claim name). Code: `-10` (rule 6).',
    response: {
      status: 401,
      headers: { server: 'nginx', date: 'Tue, 28 Feb 2023 20:58:37 GMT' },
      body: { message: 'The request has expired.', code: -10 },
    },
    expect: { kind: 'unauthenticated', message: 'The request has expired', code: '-10' },
  },
  {
    id: 'fireblocks/future-issuance-timestamp-code-minus-12-401',
    source: 'Fireblocks API',
    url: 'https://support.fireblocks.io/hc/en-us/articles/8928497562268-401-Error-The-request-is-with-a-future-issuance-timestamp-iat-code-12',
    note: 'Fireblocks\' support article "401 Error: The request is with a future issuance timestamp (iat) (code -12)": "Fireblocks API body response `{"message": "The request is with a future issuance timestamp (iat).", "code": -12}`", and the JavaScript SDK response with `status: 401` and the same `data`. Headers: `server` and `date` as printed (the rest left out as in the -7 case). Kind: 401, unauthenticated. Message: the sentence, whose parenthesised JWT claim name (`iat`) is the developer\'s part (rule 2.3: JWT claim names; a report in parentheses after the sentence) — the substring "The request is with a future issuance timestamp" holds whether or not the kit drops "(iat)". Judgment call: a reader who counts the whole line as token internals gives the default. Code: `-12` (rule 6).',
    response: {
      status: 401,
      headers: { server: 'nginx', date: 'Tue, 28 Feb 2023 20:58:37 GMT' },
      body: { message: 'The request is with a future issuance timestamp (iat).', code: -12 },
    },
    expect: { kind: 'unauthenticated', message: 'The request is with a future issuance timestamp', code: '-12' },
  },

  // ───────────────────────────── Chainalysis ─────────────────────────────
  {
    id: 'chainalysis/sanctions-screening-invalid-api-key-401',
    source: 'Chainalysis API',
    url: 'api-evangelist/chainalysis/errors/chainalysis-problem-types.yml@95b2ac05e240a6f93aebe02f7c23b2a5ddf98efb',
    note: 'A public catalogue of live probes of Chainalysis\' hosts ("DERIVED FROM OBSERVED LIVE RESPONSES", each problem marked `observed: true`): the sanctions-screening API (public.chainalysis.com/api/v1) answered a well-formed but unknown `X-API-Key` with status 401, content type application/json and `{ "message":"Invalid API Key" }` (also in the same repository\'s authentication/chainalysis-authentication.yml, "http_status: 401"). Header: the recorded content type. Judgment call on provenance: a third party\'s probe record, not the vendor\'s page; Chainalysis publishes its reference only behind a login. Kind: 401, unauthenticated. Message: a line naming the refused credential, kept as the corpus keeps "Invalid or missing API key". Judgment call: rule 2.1\'s lines that name only what is invalid would give the default. No code (rule 6: no code member).',
    response: { status: 401, headers: { 'content-type': 'application/json' }, body: { message: 'Invalid API Key' } },
    expect: { kind: 'unauthenticated', message: 'Invalid API Key' },
  },
  {
    id: 'chainalysis/kyt-spring-forbidden-403',
    source: 'Chainalysis API',
    url: 'api-evangelist/chainalysis/errors/chainalysis-problem-types.yml@95b2ac05e240a6f93aebe02f7c23b2a5ddf98efb',
    note: 'The same probe catalogue\'s KYT envelope (api.chainalysis.com/api/kyt/v2), "Spring Boot default error envelope", observed with status 403 ("Credential absent, invalid, or not entitled to the requested KYT resource"), content type application/json. Kind: 403, forbidden (rule 1). Message: `error` is the 403\'s reason phrase (rule 2.1), nothing else speaks: the default. `path` at the top of a body is the request\'s URL path, no field (rule 3). No code: "Forbidden" restates the status (rule 6); `status` is the number.',
    response: {
      status: 403,
      headers: { 'content-type': 'application/json' },
      body: { timestamp: '2026-08-27T19:02:09.002+00:00', status: 403, error: 'Forbidden', path: '/api/kyt/v2/users' },
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'chainalysis/address-screening-invalid-token-403',
    source: 'Chainalysis API',
    url: 'api-evangelist/chainalysis/errors/chainalysis-problem-types.yml@95b2ac05e240a6f93aebe02f7c23b2a5ddf98efb',
    note: 'The same catalogue\'s risk (address-screening) envelope, api.chainalysis.com/api/risk/v2, observed with status 403 ("The supplied token was rejected by the risk/address-screening service"), content type application/json. Kind: 403, forbidden: "Invalid token" sits in `message` as words, not a code (no code member; rule 1: text never decides, and a code alone in a message member must look like one, rule 6). Judgment call: a reader who takes the line as a credential refusal gives unauthenticated. Message: `message` over the reason phrase in `error` (rule 2.1), kept as a line naming the refused credential (judgment as in the sanctions case). No fields (`path` is the URL path). Support id: `requestId` (rule 5). No code.',
    response: {
      status: 403,
      headers: { 'content-type': 'application/json' },
      body: {
        timestamp: '2026-08-27T19:02:09.183+00:00',
        path: '/api/risk/v2/entities',
        status: 403,
        error: 'Forbidden',
        requestId: '497459b3',
        message: 'Invalid token',
      },
    },
    expect: { kind: 'forbidden', message: 'Invalid token', logId: '497459b3' },
  },
  {
    id: 'chainalysis/legacy-host-gone-410-text',
    source: 'Chainalysis API',
    url: 'api-evangelist/chainalysis/errors/chainalysis-problem-types.yml@95b2ac05e240a6f93aebe02f7c23b2a5ddf98efb',
    note: 'The same catalogue: "The legacy Entities / Investigations surface on api.chainalysis.com has been sunset. The host answers HTTP 410 Gone with a 35-byte plaintext pointer to its replacement", `content_type: text/plain`, `body: Use reactor.chainalysis.com instead` (35 bytes as quoted). Header: the recorded content type. Kind: 410, not-found (rule 1). Message: a sentence sent as text on a 4xx is the message (rule 2.6); it tells the person what to use instead. Judgment call: rule 2.1 calls a line that only sends the reader to a page for details generic; this one names a replacement host rather than a page of details, so it is kept. No code.',
    response: { status: 410, headers: { 'content-type': 'text/plain' }, body: 'Use reactor.chainalysis.com instead' },
    expect: { kind: 'not-found', message: 'Use reactor.chainalysis.com instead' },
  },
  {
    id: 'chainalysis/developer-portal-openapi-unauthorized-401',
    source: 'Chainalysis API',
    url: 'api-evangelist/chainalysis/errors/chainalysis-problem-types.yml@95b2ac05e240a6f93aebe02f7c23b2a5ddf98efb',
    note: 'The same catalogue: developers.chainalysis.com/openapi.json answered status 401 with `{"error":"Unauthorized"}` ("The developer portal\'s OpenAPI document requires an authenticated session"; the authentication file says "developers.chainalysis.com/openapi.json returns HTTP 401"). No content type recorded for it, so no header. Kind: 401, unauthenticated. Message: `error` holds the 401\'s reason phrase: the default (rule 2.1). Code: not stated — "Unauthorized" only restates the status (rule 6; the second readings left such a lone restating code open).',
    response: { status: 401, body: { error: 'Unauthorized' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── BitGo ─────────────────────────────
  {
    id: 'bitgo/express-send-coins-needs-unlock-400',
    source: 'BitGo API',
    url: 'https://github.com/BitGo/BitGoJS/issues/98',
    note: 'The response a user got for `POST http://$EXPRESS_API_HOST/api/v2/txrp/wallet/$WALLET_ID/sendcoins` through BitGo Express (which relays BitGo\'s answer), "I get the following response:". The status is not printed beside it: BitGo/BitGoJS#102 reports the same refusal on the same Express route as "error 400 - needs unlock." (title "Needs Unlock | Error 400"), and the same body (as a PHP dump, with another requestId) is in neto737/BitGoSDK-PHP#7: 400 taken from #102. No header shown. Kind: a 400 without a code that names a kind (`error` and `message` hold words, not a code; `needsOTP`/`needsUnlock` are flags; `name: "Response"` names a class): bad-request (rule 1). Judgment call: the session must be unlocked with a one-time password, which a reader could take for a credential refusal (unauthenticated), but text and flags do not decide. Message: "needs unlock" (both members), two words that say what the session needs; kept. Judgment call: a reader who takes it for a label gives the default. Support id: `requestId` (rule 5). No code.',
    response: {
      status: 400,
      body: {
        error: 'needs unlock',
        needsOTP: true,
        needsUnlock: true,
        name: 'Response',
        requestId: 'cjd6dflt4b70sdjrscvgks22d',
        message: 'needs unlock',
      },
    },
    expect: { kind: 'bad-request', message: 'needs unlock', logId: 'cjd6dflt4b70sdjrscvgks22d' },
  },
  {
    id: 'bitgo/send-coins-insufficient-funds-500',
    source: 'BitGo API',
    url: 'https://github.com/BitGo/BitGoJS/issues/17',
    note: '"When the wallet balance is too low, the \\"Send Coins to Address\\" API returns a 500 HTTP status and something like this:" and the body (2015, the v1 API; the reporter notes the documented `error` member is missing and BitGo fixed it later). Status: 500, stated there. No header shown. Kind: 500, server (rule 1: no code). Message: "Insufficient funds", the app\'s own JSON (rule 2.6 concerns text bodies only), a short line a person can act on; kept. Judgment call: a reader who reads two words as a label gives the default. No fields: `available` and `fee` hold numbers (rule 3). No code.',
    response: { status: 500, body: { available: 406245, message: 'Insufficient funds', fee: 14160 } },
    expect: { kind: 'server', message: 'Insufficient funds' },
  },

  // ───────────────────────────── NOWPayments ─────────────────────────────
  {
    id: 'nowpayments/invalid-request-params-payment-id-400',
    source: 'NOWPayments API',
    url: 'https://github.com/PrevailExcel/laravel-nowpayments/issues/8',
    note: 'Guzzle\'s message pasted in the issue: "Client error: `GET https://api.nowpayments.io/v1/payment/status` resulted in a `400 Bad Request` response:" and the body. Status: 400, stated there (and the body\'s own `statusCode`). No header shown. Kind: `INVALID_REQUEST_PARAMS` says the request\'s parameters are invalid, a code that says a parameter is wrong (rule 1: `PARAM_ERROR`, `wrong_parameter`; a code beginning with `invalid` that names an input): validation. Judgment call: a reader who reads "request" in the code as the request as a whole gives bad-request. Message: a sentence. No fields: the field is named only in the text. `status: false` says it failed; nothing in `data`. Code: `code` (rule 6).',
    response: {
      status: 400,
      body: { status: false, statusCode: 400, code: 'INVALID_REQUEST_PARAMS', message: 'Payment id must be a number' },
    },
    expect: { kind: 'validation', message: 'Payment id must be a number', code: 'INVALID_REQUEST_PARAMS' },
  },

  // ───────────────────────────── Banxa ─────────────────────────────
  {
    id: 'banxa/legacy-api-not-authorized-401',
    source: 'Banxa API',
    url: 'https://docs.banxa.com/products/legacy-api/docs/resources/errors',
    note: 'Banxa\'s error page ("If any request returns an error it will be in the following format:") prints this body. Its field table says `errors.status` is "The HTTP Status code of the error" and `errors.code` the internal code, but the example holds them the other way round (`status: "40103"`, `code: "401"`); the HTTP status, 401, is taken from the example\'s `"401"` and the page\'s status table ("401 | Unauthorized -- Your API key is incorrect or the packet was malformed"). No header shown. Kind: 401, unauthenticated. Message: the lone item\'s `title`, a sentence (rule 2.2: a lone form-level sentence in the error list). No code stated: `"401"` restates the status, and `"40103"` sits where the table puts the status (rule 6 leaves doubt).',
    response: {
      status: 401,
      body: { errors: [{ status: '40103', code: '401', title: 'You are not authorized to access this resource.' }] },
    },
    expect: { kind: 'unauthenticated', message: 'You are not authorized to access this resource' },
  },

  // ───────────────────────────── MoonPay ─────────────────────────────
  {
    id: 'moonpay/platform-invalid-request-source-amount-400',
    source: 'MoonPay API',
    url: 'api-evangelist/moonpay/errors/moonpay-problem-types.yml@0f94b3b4c05ecb28b1e4db13a22e670f9513361a',
    note: 'The example error object of MoonPay\'s platform API, as a public catalogue copied it from MoonPay\'s "Using the API" page (its `source`, https://dev.moonpay.com/api-reference/platform/documentation/using-the-api; the page\'s own excerpt reached here stops before its error section, so the body is second-hand). Status: the body\'s own `code` (400; the catalogue: "The `code` mirrors the HTTP status"). No header shown. Kind: a 400 without fields and without a code that names a kind (`type: "Invalid request"` is a category in words that only says the request was bad, rule 1): bad-request. Message: a generic headline ("Invalid request.") before a sentence of its own is judged by the second sentence (rule 2.1); the substring holds either way. No fields: `sourceAmount` is named only in the text. No code: the numeric `code` restates the status.',
    response: {
      status: 400,
      body: { code: 400, type: 'Invalid request', message: 'Invalid request. sourceAmount must be greater than 0.' },
    },
    expect: { kind: 'bad-request', message: 'sourceAmount must be greater than 0' },
  },

  // ───────────────────────────── BTCPay Server ─────────────────────────────
  {
    id: 'btcpay-server/greenfield-missing-permission-403',
    source: 'BTCPay Server Greenfield API',
    url: 'https://github.com/btcpayserver/btcpayserver/issues/5785',
    note: 'A store\'s plugin log pasted in the issue: "Got response (403): {…}" for `POST /api/v1/stores/…/invoices`, the body escaped inside the plugin\'s own error string (unescaped here: `\\"` and `\\/` written back), and the server\'s access log for the same call, "POST /api/v1/stores/…/invoices HTTP/2.0" 403 261. Status: 403, stated there; btcpayserver#5855 ("Getting \\"missing-permission\\" … forbidden 403") prints the same body. No header shown. Kind: 403, forbidden (rule 1; `missing-permission` is a permission code, consistent). Message: the sentence (its first words "Insufficient API Permissions." and the instruction after them). No fields: `missingPermission` names the permission the key lacks, a member of the error object, not a map of fields (rule 3). Code: `code` (rule 6).',
    response: {
      status: 403,
      body: {
        missingPermission: 'btcpay.store.cancreateinvoice',
        code: 'missing-permission',
        message:
          'Insufficient API Permissions. Please use an API key with permission "btcpay.store.cancreateinvoice". You can create an API key in your account\'s settings / Api Keys.',
      },
    },
    expect: { kind: 'forbidden', message: 'Insufficient API Permissions', code: 'missing-permission' },
  },

  // ───────────────────────────── Upvest ─────────────────────────────
  {
    id: 'upvest/signature-incorrect-401',
    source: 'Upvest Investment API',
    url: 'https://docs.upvest.co/api_errors',
    note: 'Upvest\'s "API errors" page, "Example error response": an HTTP message with its status line (`HTTP/1.1 401 Unauthorized`), headers and body (RFC 9457). Headers copied but Content-Length. Kind: 401, unauthenticated. Message: `detail` over `title` (rule 2.2); "Signature is incorrect" says which part of the request was refused, kept (no key id or claim, rule 2.3). Judgment call: a reader who counts request signing as developer text gives the default. Support id: the body\'s `request_id`, which wins over the `upvest-request-id` header (the same id; rule 5). Code: not stated — the problem type\'s last segment `unauthorised` only restates the status (rule 6).',
    response: {
      status: 401,
      headers: {
        'content-type': 'application/problem+json',
        date: 'Mon, 11 Oct 2021 10:42:01 GMT',
        'upvest-request-id': 'afcd3c2f-6965-4e1b-bb3e-87a3b481ce29',
      },
      body: {
        detail: 'Signature is incorrect',
        request_id: 'afcd3c2f-6965-4e1b-bb3e-87a3b481ce29',
        status: 401,
        title: 'Unauthorised',
        type: 'https://docs.upvest.co/errors/unauthorised',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Signature is incorrect',
      logId: 'afcd3c2f-6965-4e1b-bb3e-87a3b481ce29',
    },
  },
  {
    id: 'upvest/invalid-request-root-field-not-filled-400',
    source: 'Upvest Investment API',
    url: 'https://docs.upvest.co/api_errors/invalid_request',
    note: 'Upvest\'s "400 - Invalid request" page, "Example": status line `HTTP/1.1 400 Bad Request`, headers and body. Headers copied but Content-Length. Kind: a 400 without field errors by structure (`details` is one string naming the field only in its text) and a problem type whose last segment is OAuth\'s `invalid_request`: bad-request (rule 1). Message: `details` is a JSON Schema validator\'s report ("(root): field \'first_name\' was not filled", gojsonschema\'s `(root)` context; rule 2.3), and the `title` "Invalid request" is generic (rule 2.1, as "Invalid input" and "Your request is invalid."): the default. Judgment call: rule 2.2 lets a string `details` speak when nothing else does; a reader who does not take it for a validator\'s report keeps it. Support id: `request_id` (rule 5). Code: the problem type URI, the body\'s only code, which names more than the status (rule 6).',
    response: {
      status: 400,
      headers: {
        'content-type': 'application/problem+json',
        date: 'Mon, 11 Oct 2021 10:42:01 GMT',
        'upvest-request-id': 'e7378103-7d45-4052-a049-7c9ac88d041c',
      },
      body: {
        type: 'https://docs.upvest.co/errors/invalid_request',
        status: 400,
        title: 'Invalid request',
        request_id: 'e7378103-7d45-4052-a049-7c9ac88d041c',
        details: "(root): field 'first_name' was not filled",
      },
    },
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      logId: 'e7378103-7d45-4052-a049-7c9ac88d041c',
      code: 'https://docs.upvest.co/errors/invalid_request',
    },
  },
  {
    id: 'upvest/forbidden-403',
    source: 'Upvest Investment API',
    url: 'https://docs.upvest.co/api_errors/forbidden',
    note: 'Upvest\'s "403 - Forbidden" page, "Example": status line `HTTP/1.1 403 Forbidden`, headers and body. Headers copied but Content-Length. Kind: 403, forbidden. Message: `title` is the reason phrase: the default (rule 2.1). Support id: `request_id` (rule 5). Code: not stated (the type\'s last segment restates the status, rule 6).',
    response: {
      status: 403,
      headers: {
        'content-type': 'application/problem+json',
        date: 'Mon, 11 Oct 2021 10:42:01 GMT',
        'upvest-request-id': '307e1425-37d5-4052-8ad3-7b9c43ce9be8',
      },
      body: {
        type: 'https://docs.upvest.co/errors/forbidden',
        status: 403,
        title: 'Forbidden',
        request_id: '307e1425-37d5-4052-8ad3-7b9c43ce9be8',
      },
    },
    expect: { kind: 'forbidden', message: DEFAULT, logId: '307e1425-37d5-4052-8ad3-7b9c43ce9be8' },
  },
  {
    id: 'upvest/not-found-404',
    source: 'Upvest Investment API',
    url: 'https://docs.upvest.co/api_errors/not_found',
    note: 'Upvest\'s "404 - Not found" page, "Example": status line `HTTP/1.1 404 Not Found`, headers and body. Headers copied but Content-Length. Kind: 404, not-found. Message: `title` "Not found" is the reason phrase (rule 2.1): the default. Support id: `request_id` (rule 5). Code: not stated (restates the status).',
    response: {
      status: 404,
      headers: {
        'content-type': 'application/problem+json',
        date: 'Mon, 11 Oct 2021 10:42:01 GMT',
        'upvest-request-id': '2970a7ac-cbcb-4744-8e38-50e70cac8e7b',
      },
      body: {
        type: 'https://docs.upvest.co/errors/not_found',
        status: 404,
        title: 'Not found',
        request_id: '2970a7ac-cbcb-4744-8e38-50e70cac8e7b',
      },
    },
    expect: { kind: 'not-found', message: DEFAULT, logId: '2970a7ac-cbcb-4744-8e38-50e70cac8e7b' },
  },
  {
    id: 'upvest/too-many-requests-429',
    source: 'Upvest Investment API',
    url: 'https://docs.upvest.co/api_errors/too_many_requests',
    note: 'Upvest\'s "429 - Too Many Requests" page, "Example": status line `HTTP/1.1 429 Too Many Requests`, headers and body ("Retry with exponential backoff"). Headers copied but Content-Length. Kind: 429, rate-limited. Message: `title` "Too many requests" is the reason phrase: the default. Retry: none — no Retry-After, no reset header, no hint in the body or text (rule 4). Support id: `request_id` (rule 5). Code: not stated (restates the status).',
    response: {
      status: 429,
      headers: {
        'content-type': 'application/problem+json',
        date: 'Wed, 17 Apr 2024 10:42:01 GMT',
        'upvest-request-id': 'afcd3c2f-6965-4e1b-bb3e-87a3b481ce29',
      },
      body: {
        type: 'https://docs.upvest.co/errors/too_many_requests',
        status: 429,
        title: 'Too many requests',
        request_id: 'afcd3c2f-6965-4e1b-bb3e-87a3b481ce29',
      },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, logId: 'afcd3c2f-6965-4e1b-bb3e-87a3b481ce29' },
  },
] satisfies ConformanceCase[];
