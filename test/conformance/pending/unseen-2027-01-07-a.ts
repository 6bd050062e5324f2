import { DEFAULT, type ConformanceCase } from '../types';

// Forty-eighth unseen-API holdout, part A (7 January 2027): retail brokerage, stock and forex trading APIs that no
// other case file uses: Tradovate, IG's REST Trading API, Robinhood (as its unofficial clients capture it), TD
// Ameritrade (legacy), Upstox (its legacy v1 API), Zerodha Kite Connect, Alice Blue's ANT API, E*TRADE, OANDA's v20
// REST API, the Charles Schwab Trader API, tastytrade, Tradier, Kotak Securities' Trade API, the Interactive Brokers
// Web API (Client Portal), Wealthsimple Trade and au Kabucom's kabu STATION API, collected to measure how the reader
// does at first sight on APIs it was never tuned on. Every body was copied from the public material named in `url` and
// `note`: mostly public issues of the brokers' client libraries that paste a captured response with its status
// (`requests`' `HTTPError` text, a `reply: 'HTTP/1.1 …'` debug trace, `curl -v`, a swagger client's `ApiException`
// dump, an axios error dumped to pastebin), and two vendor pages (tastytrade's error-handling guide, whose status comes
// from its own error reference; OANDA's troubleshooting page, which gives the status of a body captured in an issue).
// Where the status is not printed beside the body, the note says where it came from (the body's own `code`,
// `status_code` or `statusCode`, another capture of the same error, or the vendor's own table for that error). Python
// dict reprs were transcribed as the JSON they print (quotes and `None`/`False` only); two long bodies were trimmed and
// say so (an E*TRADE Tomcat page and a Robinhood field map, both cut where the stored excerpt ends). Headers are copied
// only where the source shows them (Tradovate's, TD Ameritrade's and Tradier's); Content-Length, Connection and
// Transfer-Encoding were left out as the brief asks, and no header was added. Every `expect` was written from the
// source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Firstrade (its 403 `"statusCode":403,"error":"Forbidden","message":"Access denied"}` is
// pasted without its opening brace, and supplying it would complete a body; its login 401 shows headers but no body;
// `{"success": false, "error_code": 1210, "error": "Invalid PIN"}` has no status); Webull (`trade.webull.
// DAY_BUYING_POWER_INSUFFICIENT` on a 200 is cut before its end; `auth.token.expire` and `trade.token.expire` bodies
// show no status); TD Ameritrade's "The access token being passed has expired or is invalid." (the one capture with its
// 401 and headers stops before the body; the bodies shown elsewhere carry no status); tastytrade's `invalid_grant` /
// "Invalid JWT" (no status) and its FAQ's User-Agent 401 (the stored page stops before the body); E*TRADE's XML
// `<Error>` on a 400 order preview (the stored excerpt stops at `<Error>`), its `{"Error":{"code":100,…}` (unclosed, no
// status) and code 101 bodies (no status); OANDA's `NO_SUCH_ORDER` body (no status beside it), "Missing JSON body" (no
// status), the troubleshooting page's other lines ("The provided request was forbidden.", "The request was missing
// required data": members printed without their object) and the legacy v1 API (only a client's parsed form); Kite
// Connect's forum example (`"message": "Error message"`, a template) and its 400 `InputException`s (no body); IG's
// `error.public-api.exceeded-account-historical-data-allowance`, `error.security.client-token-invalid` and
// `account-token-invalid` (no status); Kotak Neo's `stCode`/`errMsg` bodies (no status) and Kotak Securities' `999003`
// fault (no status, cut); Upstox v2's `UDAPI100050` and `UDAPI100060` (no body with its status found) and a legacy
// client's parsed `{'message': 'Forbidden'}`; DEGIRO (`{"errors":[{"text":"Method not allowed"}]}` and
// `{"status":1,"statusText":"error"}` without a status; a CDN's block page); Schwab's Akamai "Access Denied" page (no
// status) and a Java client's whitespace-stripped copy of the 400 kept here; TradeStation (`{"Message": "not found
// /accounts/…", "Error": "NotFound"}` is quoted in a third party's debugging notes that never state the vendor's
// status); Tradovate's partner docs (`{"errorText": "Operation failed", "ok": false}`, a template on a "200-level"
// response); kabu STATION's `4001009 APIキー不一致` and `4001012 リクエスト不正` (no status shown, and the vendor's table was not
// reached); oandapyV20's own test strings (a test author's); and SAS Online's and Alice Blue's "Request Unauthorised"
// (no status). Saxo OpenAPI, Dhan, Capital.com, Trading 212, Questrade, moomoo/Futu, Tiger Brokers, Exness and cTrader
// gave no body with its status within the cap (Saxo's one captured 500 had no body). Sources already in the corpus were
// skipped (Alpaca, Angel One SmartAPI, FYERS, Noren OMS/Shoonya, Binance, Kraken, Coinbase, Polygon.io, Finnhub, Twelve
// Data, Alpha Vantage, T-Bank), and Quoine's 422 was left out as a crypto exchange. The part holds 23 cases from 16
// sources, under the brief's aim of 25: 51 of the 58 look-ups were spent, most of the brokers' own pages printing
// status tables or templates rather than bodies. One HTML page (E*TRADE's Tomcat 401), two text bodies (Tradovate's
// 500, Tradier's 400), two Japanese bodies (kabu STATION) and one rate limit with its headers (TD Ameritrade's 429,
// without a reset header) turned up; no XML body did.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-07-a`, on 77a7795, src/ unchanged: in the frozen copy /tmp/base48): 16/23 pass, 16 sources
// (kind 22/23, message 17/23, fields 23/23, retry 23/23, logId 0/0, code 9/9). Failing at first sight:
// tradovate/place-order-access-denied-200 (the message "Access is denied", a refusal's category line that rule 2.1
// reads as "Access forbidden", kept instead of the default; a judgment call the note names);
// kite-connect/invalid-session-credentials-token-exception-403 (forbidden: `error_type: "TokenException"` not read as a
// credential code on a 403, rule 1; a judgment call the note names); oanda-v20/invalid-value-instrument-400 (the
// message "Invalid value specified for 'instrument'", a line naming only which parameter is invalid, rule 2.1, kept
// instead of the default); schwab/refresh-unsupported-token-type-400 (the message: the "400 Bad Request: " label
// dropped and the JSON document after it kept, where rule 2.3 names JSON as text developer text);
// wealthsimple-trade/place-order- quantity-invalid-400 (the message "Quantity is invalid.", capitalised, a line naming
// only which input is invalid, rule 2.1; a judgment call the note names);
// kabu-station/sendorder-one-shot-amount-error-400 (the message "ワンショット：金額エラー", a category and the word "error" behind
// a check's name, rule 2.1; a judgment call the note names); kabu-station/sendorder-parameter-conversion-error-400 (the
// message "パラメータ変換エラー - 詳細はkabuSログ ファイルを確認してください", a failure to convert the parameters and a pointer to the server's
// logs, both developer text under rule 2.3). Every other case passed as written, including the judgment calls on IG's
// `error.security.api-key-invalid` (a credential code on a 403), Upstox's `error.reason` over "Access Denied", Alice
// Blue's RFC 6749 definition and Tradier's "Invalid authorization code" (kept), IBKR's "no bridge" after its reason
// phrase, Kotak's WSO2 `description`, Tradovate's text 500 (the default, no support id from its text) and TD
// Ameritrade's 429 without a retry time. Prettier's quoting was applied before the run; no expectation was changed
// after it.

// Waits in `pending/`: 20/23 now (a line naming only which input is missing or invalid, by the API's name for it, since
// the rule row of 6 December 2026; a JSON document quoted whole as text is developer text, Kite Connect's
// `TokenException` a credential code, and "Invalid value specified for 'instrument'" generic, since). Its misses are
// read both ways in the corpus: Tradovate's "Access is denied" (kept elsewhere, as Intervals.icu's "Access denied"),
// Wealthsimple's "Quantity is invalid." (a line naming only what is invalid) and kabu STATION's two Japanese lines (a
// category and the word "error"; a parameter conversion that points to the server's log), which no Japanese pattern of
// the kit reads.

export default [
  // ───────────────────────────── Tradovate ─────────────────────────────
  {
    id: 'tradovate/access-token-request-500-text-error-id',
    source: 'Tradovate API',
    url: 'https://github.com/tradovate/api/issues/15',
    note: 'A `curl -v` of POST https://demo-api-d.tradovate.com/v1/auth/accesstokenrequest pasted in Tradovate\'s own API repository: `< HTTP/1.1 500 Internal Server Error` with these headers (Content-Length and Connection left out; no Content-Type was shown) and this text body. Kind: 500, server. Message: plain text on a 5xx is the default (rule 2.6). logId: not stated; the uuid after "error id:" is printed in text, which rule 5 does not name as a support-id shape (a reader could take it, as an id printed in text that holds a digit). No code.',
    response: {
      status: 500,
      headers: {
        Server: 'nginx',
        Date: 'Thu, 12 Oct 2017 16:44:41 GMT',
        'access-control-allow-origin': '*',
        'access-control-allow-credentials': 'true',
      },
      body: 'Internal Server Error, error id: 79ba8c34-bbbc-446a-9c31-0773e4fa566a',
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'tradovate/place-order-access-denied-200',
    source: 'Tradovate API',
    url: 'https://github.com/tradovate/api/issues/45',
    note: 'POST https://demo-api-d.tradovate.com/v1/order/placeorder, the response printed in the issue as "Response Header: HTTP/1.1 200 OK" with these headers (content-length left out) and "Response Body". Tradovate answers business errors with a 200 (its partner docs: "business-level errors will produce a 200-level response"). Kind: a 2xx whose only code, `failureReason: "UnknownReason"`, is a category that names no kind (rule 1: `failureReason` is a category; text never decides): unknown. Message: "Access is denied" says no more than a refusal\'s category, as "Access forbidden" (rule 2.1\'s generic lines): the default. Judgment call: a reader could keep it as the only line saying what failed. No code stated (a category, and "UnknownReason" names nothing).',
    response: {
      status: 200,
      headers: {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
        'access-control-allow-credentials': 'true',
        Date: 'Wed, 09 Jan 2019 22:29:48 GMT',
        Via: '1.1 google',
        'Alt-Svc': 'clear',
      },
      body: { failureReason: 'UnknownReason', failureText: 'Access is denied' },
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },

  // ───────────────────────────── IG REST Trading API ─────────────────────────────
  {
    id: 'ig/api-key-invalid-403',
    source: 'IG REST Trading API',
    url: 'https://github.com/ig-python/trading-ig/issues/346',
    note: 'trading-ig\'s exception text "HTTP error: 403 {"errorCode":"error.security.api-key-invalid"}" (a live API key used with the demo settings): the status and the body as the client printed them. No header shown. Kind: a 403 whose code names an invalid API key, a credential code in either word order (rule 1: `invalid_api_key`, `app-key-invalid`), read past its `error.security.` namespace: unauthenticated. Judgment call: a reader who keeps the namespace as part of an unlisted code would say forbidden from the status. Message: a code only: the default. Code: `errorCode` (rule 6).',
    response: { status: 403, body: { errorCode: 'error.security.api-key-invalid' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'error.security.api-key-invalid' },
  },

  // ───────────────────────────── Robinhood (unofficial clients) ─────────────────────────────
  {
    id: 'robinhood/incorrect-authentication-credentials-401',
    source: 'Robinhood API',
    url: 'https://github.com/torreyleonard/algotrader/issues/66',
    note: 'The issue\'s title quotes the algotrader client\'s error: "Robinhood responded with code 401: unauthorized. { "detail": "Incorrect authentication credentials." }" (Django REST framework\'s `AuthenticationFailed`). No header shown. Kind: 401, unauthenticated. Message: `detail`, a sentence (rule 2). No code.',
    response: { status: 401, body: { detail: 'Incorrect authentication credentials.' } },
    expect: { kind: 'unauthenticated', message: 'Incorrect authentication credentials' },
  },
  {
    id: 'robinhood/order-fields-required-400',
    source: 'Robinhood API',
    url: 'https://github.com/robinhood-unofficial/pyrh/issues/28',
    note: 'POST https://api.robinhood.com/orders/ from pyrh\'s `place_order()`, which the thread shows failing with "400 Client Error: Bad Request for url"; a commenter printed `res.json()` of that response as a Python dict (transcribed to JSON). Trimmed: the stored excerpt ends after `type`, mid-object, so any later members are not copied. No header shown. Kind: a 400 with field errors: validation (rule 1). Fields: a DRF map of field to a list of messages (rule 3). Message: only field messages: the default (rule 2.4). No code.',
    response: {
      status: 400,
      body: {
        side: ['This field is required.'],
        quantity: ['This field is required.'],
        time_in_force: ['This field is required.'],
        account: ['This field is required.'],
        symbol: ['This field is required.'],
        instrument: ['This field is required.'],
        type: ['This field is required.'],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['side', 'This field is required'],
        ['quantity', 'This field is required'],
        ['time_in_force', 'This field is required'],
        ['account', 'This field is required'],
        ['symbol', 'This field is required'],
        ['instrument', 'This field is required'],
        ['type', 'This field is required'],
      ],
    },
  },

  // ───────────────────────────── TD Ameritrade (legacy) ─────────────────────────────
  {
    id: 'td-ameritrade/refresh-invalid-grant-400',
    source: 'TD Ameritrade API',
    url: 'https://github.com/areed1192/td-ameritrade-python-api/issues/124',
    note: 'The td-ameritrade-python-api client\'s log of a token refresh: "after that i get a 400 errors" and `RESPONSE TEXT: { "error" : "invalid_grant" }`. No header shown. Kind: OAuth\'s `invalid_grant` is a credential code on a 400 (rule 1): unauthenticated. Message: a code only: the default. Code: OAuth\'s `error` (rule 6).',
    response: { status: 400, body: { error: 'invalid_grant' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_grant' },
  },
  {
    id: 'td-ameritrade/order-validation-error-occurred-400',
    source: 'TD Ameritrade API',
    url: 'https://github.com/areed1192/td-ameritrade-python-api/issues/11',
    note: 'An order placed through `place_order()` answered `{\'error\': \'A validation error occurred while processing the request.\'}` (printed as a Python dict, transcribed). Status: the same error from the same API is reported as "response.status_code 400: Validation error" with the same text (areed1192/python-trading-robot#10), and the client raises this text as its 400 exception (`NotNulError`). No header shown. Kind: a 400 without fields or a code: bad-request (rule 1; text never decides). Message: "A validation error occurred while processing the request." only says something failed validation (rule 2.1: "A validation exception occurred", "A … error occurred while processing your request."): the default. No code.',
    response: { status: 400, body: { error: 'A validation error occurred while processing the request.' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'td-ameritrade/transactions-per-second-restriction-429',
    source: 'TD Ameritrade API',
    url: 'https://github.com/areed1192/td-ameritrade-python-api/issues/59',
    note: 'GET https://api.tdameritrade.com/v1/marketdata/chains?symbol=VOOG, logged by the client as "RESPONSE STATUS CODE: 429", "RESPONSE HEADERS: {…}" (copied as shown; Content-Length and Connection left out) and "RESPONSE TEXT" (the body, indented with spaces and a tab, parsed). Kind: 429, rate-limited. Message: the `error` sentence (rule 2). Retry: none; no `Retry-After` or reset header, no wait in the body or text (rule 4). No code.',
    response: {
      status: 429,
      headers: {
        Date: 'Thu, 09 Jul 2020 21:09:31 GMT',
        'Content-Type': 'application/json',
        'Cache-Control': 'no-cache,no-store,must-revalidate',
        'Access-Control-Allow-Origin': '',
        'Access-Control-Allow-Headers': 'origin, x-requested-with, accept, authorization, content-type',
        'Access-Control-Max-Age': '3628800',
        'Access-Control-Allow-Methods': 'GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH',
        'X-Xss-Protection': '1; mode=block',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'SAMEORIGIN',
        'Content-Security-Policy': "frame-ancestors 'self'",
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains, max-age=31536000',
      },
      body: {
        error:
          "Individual App's transactions per seconds restriction reached. Please contact us with further questions",
      },
    },
    expect: { kind: 'rate-limited', message: "Individual App's transactions per seconds restriction reached" },
  },

  // ───────────────────────────── Upstox (legacy v1) ─────────────────────────────
  {
    id: 'upstox/invalid-bearer-token-401',
    source: 'Upstox API',
    url: 'https://github.com/upstox/upstox-python/issues/36',
    note: 'The legacy upstox-python SDK raised the response text as `requests.exceptions.HTTPError: {…}` (Upstox closed the issue as about its v1 API). Status: the body\'s own `code` (401) and `status` ("Unauthorized"). No header shown. Kind: 401, unauthenticated. Message: `message: "Access Denied"` is a refusal\'s category line (rule 2.1: "Access forbidden"), and the error object `error: { reason }` holds the occurrence\'s text (rule 2.2, as a context named as the error\'s speaks over a generic envelope line): "Invalid Bearer token". Judgment call: a reader could keep "Access Denied" as the message, or give "Invalid Bearer token" the default as a line naming only what is invalid (rule 2.1\'s contested class; the corpus keeps credential lines such as "Invalid token"). No code: `code: 401` and `status: "Unauthorized"` restate the status. The `timestamp` is no support id.',
    response: {
      status: 401,
      body: {
        code: 401,
        status: 'Unauthorized',
        timestamp: '2021-03-02T06:03:17+05:30',
        message: 'Access Denied',
        error: { reason: 'Invalid Bearer token' },
      },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid Bearer token' },
  },

  // ───────────────────────────── Zerodha Kite Connect ─────────────────────────────
  {
    id: 'kite-connect/invalid-session-credentials-token-exception-403',
    source: 'Zerodha Kite Connect API',
    url: 'https://github.com/zerodha/pykiteconnect/issues/9',
    note: 'pykiteconnect\'s `request_access_token()` "always throws \'{"status": "error", "message": "Invalid session credentials", "error_type": "TokenException"}\' … even when i make curl calls the response is the same" (the same body again in zerodha/kiteconnectjs#3). Status: Zerodha\'s own client docs give TokenException "Default code is 403" (kite.trade/docs/phpkiteconnect/v3, TokenException), and the Kite forum shows the same call, POST /session/token, answered "403" with a TokenException (kite.trade/forum/discussion/12524). No header shown. Kind: a 403 whose `error_type`, read without its `Exception` suffix (rule 1), is Kite\'s class for "all token and authentication related errors": a credential code on a 403, unauthenticated. Judgment call: `Token` is no listed credential code, and a reader could leave the 403 to decide, forbidden. Message: "Invalid session credentials", a credential line kept as the corpus keeps "Invalid credentials". No code stated: `error_type` is a category member (rule 1) and the only code-like member, which rule 6 leaves in doubt.',
    response: {
      status: 403,
      body: { status: 'error', message: 'Invalid session credentials', error_type: 'TokenException' },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid session credentials' },
  },

  // ───────────────────────────── Alice Blue ANT API ─────────────────────────────
  {
    id: 'alice-blue/login-invalid-grant-status-code-400',
    source: 'Alice Blue ANT API',
    url: 'https://github.com/krishnavelu/alice_blue/issues/229',
    note: "The alice_blue client's \"Couldn't get access token {…}\" with the token endpoint's answer as a Python dict (transcribed; the same body in krishnavelu/alice_blue#228). Status: the body's own `status_code` (400; the shape of an Ory Hydra OAuth2 error). No header shown. Kind: `invalid_grant` is a credential code on a 400 (rule 1): unauthenticated. Message: `error_description` beats `error` (rule 2.2); it is RFC 6749's own definition of `invalid_grant`, kept as a sentence. Judgment call: a reader could call a spec's stock definition type-level text and give the default. Code: `invalid_grant` (rule 6).",
    response: {
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description:
          'The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client',
        status_code: 400,
      },
    },
    expect: {
      kind: 'unauthenticated',
      message:
        'The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid',
      code: 'invalid_grant',
    },
  },

  // ───────────────────────────── E*TRADE ─────────────────────────────
  {
    id: 'etrade/oauth-token-rejected-401-html',
    source: 'E*TRADE API',
    url: 'https://github.com/jessecooper/pyetrade/issues/5',
    note: "requests-oauthlib's \"Token request failed with code 401, response was '<html>…'\" from E*TRADE's OAuth access-token endpoint: the status and the body's start. Trimmed: the stored issue stops inside the Tomcat page's `description` paragraph, so the body is copied up to the last complete element before it (nothing was added). No header shown. Kind: 401, unauthenticated. Message: an HTML error page gives none (rule 2.5): the default. No code: `oauth_problem=token_rejected` sits in the page's text, where no rule reads a code.",
    response: {
      status: 401,
      body: '<html><head><title> - Error report</title><style></style> </head><body><h1>HTTP Status 401 - oauth_problem=token_rejected</h1><HR size="1" noshade="noshade"><p><b>type</b> Status report</p><p><b>message</b> <u>oauth_problem=token_rejected</u></p>',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── OANDA v20 REST API ─────────────────────────────
  {
    id: 'oanda-v20/invalid-value-instrument-400',
    source: 'OANDA v20 REST API',
    url: 'https://github.com/hootnot/oandapyV20-examples/pull/21',
    note: 'oandapyV20\'s `V20Error: {"errorMessage":"Invalid value specified for \'instrument\'"}` (the exception\'s text is the response body) from the simplebot example run without an instrument. Status: OANDA\'s "Troubleshooting & Errors" page (developer.oanda.com/rest-live-v20/troubleshooting-errors) prints this `errorMessage` under "400 Bad Request — Invalid Instrument". No header shown. Kind: a 400 without fields or a code: bad-request (rule 1). Message: a line that names only which parameter is invalid (rule 2.1: "Invalid value for contentid \'…\'", "Invalid value "…" for parameter …"): the default. Judgment call: a reader could keep it as naming the input, as rule 1\'s "Invalid email address" is read. No code (no `errorCode` in this body).',
    response: { status: 400, body: { errorMessage: "Invalid value specified for 'instrument'" } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'oanda-v20/insufficient-authorization-401',
    source: 'OANDA v20 REST API',
    url: 'https://github.com/hootnot/oanda-api-v20/issues/129',
    note: 'oandapyV20\'s `V20Error: {"errorMessage":"Insufficient authorization to perform request."}` (a practice token used against the wrong environment; the same body in saeed349/Microservices-Based-Algorithmic-Trading-System#6 and hootnot/oanda-api-v20#196). Status: another capture of the same error, "GET https://api-fxpractice.oanda.com:443/v3/accounts/…/summary expected status 200, got 401 (Unauthorized) Insufficient authorization to perform request." (happydasch/btoandav20#37), and OANDA\'s troubleshooting page, which prints it under "401 Unauthorized". No header shown. Kind: 401, unauthenticated. Message: `errorMessage`, a sentence (rule 2). No code.',
    response: { status: 401, body: { errorMessage: 'Insufficient authorization to perform request.' } },
    expect: { kind: 'unauthenticated', message: 'Insufficient authorization to perform request' },
  },

  // ───────────────────────────── Charles Schwab Trader API ─────────────────────────────
  {
    id: 'schwab/oauth-invalid-client-401',
    source: 'Charles Schwab Trader API',
    url: 'https://github.com/go-schwab/trader/issues/26',
    note: "The go-schwab client's issue \"error: oAuth Leg 2 - error401 invalid client\": \"oAuth Leg 2 is generating the following response\" (Schwab's token endpoint). Status: the title's 401. No header shown. Kind: 401, unauthenticated (and `invalid_client` is a credential code, rule 1). Message: `error_description` is only the 401's reason phrase (rule 2.1): the default. Code: OAuth's `error` (rule 6).",
    response: { status: 401, body: { error: 'invalid_client', error_description: 'Unauthorized' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_client' },
  },
  {
    id: 'schwab/refresh-unsupported-token-type-400',
    source: 'Charles Schwab Trader API',
    url: 'https://github.com/tylerebowers/Schwabdev/issues/40',
    note: "Schwabdev's log line `ERROR:Schwabdev.Tokens:{…}` (the token endpoint's response text) under the issue \"Access Token not refreshed - 400 Bad Request - unsupported_token_type\". Transcribed as the JSON it is: the `\\/` escapes read as `/`; the `error_description` holds an inner JSON document as text. No header shown. Kind: a 400 whose OAuth code says the request's token type is not one the endpoint takes, read as `unsupported_grant_type` is (rule 1): bad-request. Judgment call: the inner `refresh_token_authentication_error` says the refresh token failed, a credential's failure; but it is text inside a string (JSON as text, rule 2.3), and a reader who read it would say unauthenticated. Message: \"400 Bad Request: \" restates the status and what follows is JSON as text (rule 2.3): the default. Code: OAuth's `error`, `unsupported_token_type` (rule 6).",
    response: {
      status: 400,
      body: {
        error: 'unsupported_token_type',
        error_description:
          '400 Bad Request: "{"error_description":"Exception while authenticating refresh token [tokenDigest=R8QKLpffOFVUJuvqbJ0/1RNzqtrrnXrtTqQ6bCiRCMw=, Exception=Failed refresh token authentication [tokenDigest=R8QKLpffOFVUJuvqbJ0/1RNzqtrrnXrtTqQ6bCiRCMw=]]","error":"refresh_token_authentication_error"}"',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'unsupported_token_type' },
  },

  // ───────────────────────────── tastytrade ─────────────────────────────
  {
    id: 'tastytrade/invalid-credentials-login-failed-401',
    source: 'tastytrade API',
    url: 'https://developer.tastytrade.com/docs/guides/error-handling',
    note: 'tastytrade\'s "Error handling" guide prints this envelope as what failed responses carry. Status: tastytrade\'s error reference (developer.tastytrade.com/reference/errors, "Unauthorized": "Invalid username/password at login") and its FAQ ("Why do I keep getting invalid_credentials errors? This error occurs when your username or password is wrong during login"). No header shown. Kind: 401, unauthenticated (and `invalid_credentials` is a credential code, rule 1). Message: "Login failed." is generic (rule 2.1, the thirty-fourth holdout\'s "Login failed"): the default. Code: the error object\'s `code` (rule 6).',
    response: { status: 401, body: { error: { code: 'invalid_credentials', message: 'Login failed.' } } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_credentials' },
  },

  // ───────────────────────────── Tradier ─────────────────────────────
  {
    id: 'tradier/oauth-invalid-authorization-code-400-text',
    source: 'Tradier Brokerage API',
    url: 'https://pastebin.com/8NJ9hdPk',
    note: 'An axios error dumped to pastebin after POST https://api.tradier.com/v1/oauth/accesstoken: `response.status: 400`, `response.data: "Invalid authorization code"` and these response headers (content-length and connection left out). Kind: a 400 without a code or fields: bad-request (rule 1; text never decides). Message: a sentence sent as text on a 4xx is the message (rule 2.6); the `text/html` type carries no markup, and markup is a tag (rule 2.5). Judgment call: a reader could read it as a line naming only what is invalid and give the default; it is kept as a credential line, as the corpus keeps "Invalid token". No code.',
    response: {
      status: 400,
      headers: {
        date: 'Mon, 24 Jul 2017 22:33:33 GMT',
        'content-type': 'text/html; charset=utf-8',
        server: 'Apigee Router',
      },
      body: 'Invalid authorization code',
    },
    expect: { kind: 'bad-request', message: 'Invalid authorization code' },
  },

  // ───────────────────────────── Kotak Securities Trade API ─────────────────────────────
  {
    id: 'kotak-securities/session-invalid-credentials-fault-401',
    source: 'Kotak Securities Trade API',
    url: 'https://github.com/paramatrixtech/ksapi/issues/12',
    note: "Kotak Securities' swagger-generated ks_api client: \"ApiException: (401) Reason: Unauthorized HTTP response body: {…}\" for POST …/apim/session/1.0 (the same body in paramatrixtech/ksapi#17). The body is the WSO2 API gateway's fault in front of Kotak's API, here wrapped in `fault` with a numeric `code`. No header shown. Kind: 401, unauthenticated. Message: `description` beats `message` (rule 2.2, WSO2's), the sentence after the gateway's status label. Code: `code` 900901 as a string (rule 6).",
    response: {
      status: 401,
      body: {
        fault: {
          code: 900901,
          message: 'Invalid Credentials',
          description:
            'Access failure for API: /apim/session/1.0, version: 1.0 status: (900901) - Invalid Credentials. Make sure you have provided the correct security credentials',
        },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Make sure you have provided the correct security credentials',
      code: '900901',
    },
  },

  // ───────────────────────────── Interactive Brokers Web API ─────────────────────────────
  {
    id: 'ibkr/iserver-accounts-no-bridge-400',
    source: 'Interactive Brokers Web API',
    url: 'https://github.com/Voyz/ibind/issues/44',
    note: 'iBind\'s error for GET https://api.ibkr.com/v1/api/iserver/accounts: "response error … :: 400 :: Bad Request :: {"error":"Bad Request: no bridge","statusCode":400}" (the status, its reason and the body). No header shown. Kind: a 400 without a code or fields: bad-request (rule 1). Message: the leading reason phrase is dropped (rule 2.1: "Bad Request: failed to process audio"), leaving "no bridge". Judgment call: "no bridge" names the gateway\'s missing link to the brokerage backend, which a reader could call infrastructure behind the service (rule 2.3) and give the default. No code: `statusCode` restates the status.',
    response: { status: 400, body: { error: 'Bad Request: no bridge', statusCode: 400 } },
    expect: { kind: 'bad-request', message: 'no bridge' },
  },

  // ───────────────────────────── Wealthsimple Trade ─────────────────────────────
  {
    id: 'wealthsimple-trade/place-order-quantity-invalid-400',
    source: 'Wealthsimple Trade API',
    url: 'https://github.com/MarkGalloway/wealthsimple-trade/issues/15',
    note: 'The wealthsimple-trade client\'s issue "Place order gives HTTP `<Response [400]>`": "The error that `<Response [400]>` yields is `b\'{"error":"quantity is invalid."}\'`" (the same body in #16). No header shown. Kind: a 400 without a code or fields: bad-request (rule 1; text never decides). Message: a line that names only which input is invalid (rule 2.1\'s generic "Invalid field" and "Invalid value for Parameter `limit`.", as "… is required" lines are read): the default. Judgment call: a reader could keep it, as rule 1\'s "Invalid email address" is read. No code.',
    response: { status: 400, body: { error: 'quantity is invalid.' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── kabu STATION API (au Kabucom Securities) ─────────────────────────────
  {
    id: 'kabu-station/sendorder-one-shot-amount-error-400',
    source: 'kabu STATION API',
    url: 'https://github.com/kabucom/kabusapi/issues/155',
    note: 'kabu STATION API\'s own repository: POST http://localhost:18080/kabusapi/sendorder answered "HTTP Error 400: Bad Request" and `{\'Code\': 4003001, \'Message\': \'ワンショット：金額エラー\'}` ("one-shot: amount error"; a Python dict, transcribed). No header shown. Kind: a 400 whose numeric code names no kind: bad-request (rule 1). Message: "ワンショット：金額エラー" is a category and the word "error" behind the check\'s name, as "Authorization Error" and Bitfinex\'s "ratelimit: error" (rule 2.1): the default. Judgment call: "amount" names what failed, and a reader could keep it (a Japanese line is a sentence, rule 2.1). Code: `Code` 4003001 as a string (rule 6, a PascalCase member).',
    response: { status: 400, body: { Code: 4003001, Message: 'ワンショット：金額エラー' } },
    expect: { kind: 'bad-request', message: DEFAULT, code: '4003001' },
  },
  {
    id: 'kabu-station/sendorder-parameter-conversion-error-400',
    source: 'kabu STATION API',
    url: 'https://github.com/kabucom/kabusapi/issues/1065',
    note: "The same repository: \"HTTP Error 400: Bad Request\" and `{'Code': 4001005, 'Message': 'パラメータ変換エラー - 詳細はkabuSログファイルを確認してください'}` (\"parameter conversion error - see the kabuS log file for details\"; the same body in #160 and #1230). No header shown. Kind: a 400 whose numeric code names no kind: bad-request (rule 1). Message: a failure to convert the request's parameters (rule 2.3, Keap's \"Input could not be converted to a valid request\") and a pointer to the server's logs (rule 2.3): the default. Code: `Code` 4001005 as a string (rule 6).",
    response: {
      status: 400,
      body: { Code: 4001005, Message: 'パラメータ変換エラー - 詳細はkabuSログファイルを確認してください' },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: '4001005' },
  },
] satisfies ConformanceCase[];
