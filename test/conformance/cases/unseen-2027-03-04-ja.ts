import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-fourth unseen-API holdout, part JA (4 March 2027): market-data, trading, brokerage and crypto-exchange
// APIs of the long tail that no other case file uses: WhiteBIT (a European crypto exchange; its private v4 REST API),
// Bitvavo (a Dutch crypto exchange), Financial Modeling Prep (a market-data API), Bitso (a Mexican crypto exchange),
// Openmarkets (an Australian broker's order-management API), MarketPulse (a market-data API), CoinMarketCal (a crypto
// events calendar API), Lirium (a crypto brokerage-as-a-service API) and PegasusSwap (an instant crypto exchange API).
// They were collected to measure how the reader does at first sight on APIs it was never tuned on. Where the bodies
// were copied from: WhiteBIT's own API documentation in its repository (whitebit-exchange/api-docs, the Markdown
// sources of docs.whitebit.com: each endpoint lists its statuses and prints its error bodies, the status read from
// that endpoint's list as each note says); Bitvavo's, Openmarkets', MarketPulse's, CoinMarketCal's, Lirium's and
// PegasusSwap's error pages (an example body with the status its table or heading gives, or the body's own
// `statusCode`); Financial Modeling Prep's body and its 200 from a merged pull request that pasted the captured
// response (halessi/DCF#2); Bitso's body from a question that pasted the captured response (CSDN), its 401 from Bitso's
// documentation of the error's category. A comment inside the docs' JSON (`// In case of throttling`) was dropped;
// nothing else was changed. Headers were copied only where a source shows one (none
// does); none was added. Every `expect` was written from the source and test/conformance/README.md before the kit
// was run.
//
// Looked for and dropped: CoinMarketCap (its docs' 401 body, `status: { error_code: 1002, error_message: "API key
// missing." }`, turned up only in third-party test files the index would not name, and the docs pages stored stop
// before their examples), HTX/Huobi (bodies pasted in issues, `{ status: "error", err-code, err-msg }`, with no status;
// the docs stored do not say which HTTP status carries them), MEXC (a blog's pasted body, no status), Saxo OpenAPI
// (the stored copy of its order-placement return codes stops before the error examples), Luno, VALR, Mercado Bitcoin,
// Crypto.com Exchange, Questrade, Tiingo and Databento (searches found a format or a status table but no whole body),
// Kaiko's index API (a body with no status), BTC Direct (a body whose status the page gives only as "4xx"),
// StockContext (messages listed without their envelope) and WhiteBIT's own bodies whose status its docs leave open
// (`{ success: false, message: "You don't have permission to use this endpoint. …", code: 0 }`, code 10 "Failed to
// generate deposit url", and the deposit-address endpoint's "Inner validation failed", listed where only 400 and 503
// are). Skipped as already sources: Alpaca, Tradier, tastytrade, Interactive Brokers' Web API, OANDA, Twelve Data,
// Gate.io, KuCoin, Bitstamp, Gemini, Bitget, Deribit, Upbit, Bithumb, CoinGecko, Polygon.io, Finnhub, Alpha Vantage,
// Upvest, Tradovate, Banxa, Binance, OKX, Coinbase, Upstox and CoinGate. No XML body, no HTML page and no text body
// turned up.
//
// The part holds 22 cases from 9 sources, within the brief's aim of 15–30 from at least 5; 30 of the 35 look-ups were
// spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-04-ja`, on c1ca48f, src/ unchanged: in the frozen copy /tmp/base104; the `--check` run before
// it found every case valid): 21/22 pass, 9 sources (kind 22/22, message 21/22, fields 22/22, retry 22/22, logId 2/2,
// code 10/10). Failing at first sight: openmarkets/invalid-lifetime-400 (kept "Bad request. Please review errors.";
// the case reads it as a reason phrase leading a line that only sends the reader to the errors list below, a generic
// headline under rule 2.1 ("Please check the errors.", "Invalid resource. Please fix errors and try again."), and gives
// the default; not a judgment call its note names, though a reader could take the two short sentences for the message).
// Every other case passed as written, including the judgment calls on WhiteBIT's "has already been taken" and its
// `postOnly` cancel (validation), its unstated code 30 and the wait in a field message (no retry), Financial Modeling
// Prep's 200 (unknown, the credential line kept), Bitso's status taken from its category, and PegasusSwap's statuses
// taken from `statusCode` and its 403 without a code (forbidden).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, which read Openmarkets' "Bad request. Please review
// errors." as a reason phrase and a pointer to the list below it: 22/22.

export default [
  // ───────────────────────────── WhiteBIT ─────────────────────────────
  {
    id: 'whitebit/balance-ticker-invalid-400',
    source: 'WhiteBIT',
    url: 'whitebit-exchange/api-docs/pages/private/http-main-v4.md@0e062b7ceb9ddd8215ce7c8ff5e34eb6c5d97f1a',
    note: '"Main balance" (POST /api/v4/main-account/balance): "Available statuses: Status 200, Status 400 if request validation failed"; the Errors section prints this body. Kind: a 400 with a field error, validation (rule 1). Fields: `errors` maps the parameter to its messages (rule 3). Message: "Validation failed" is generic (rule 2.1): the default. Code: `code: 0`, and zero is no code (rule 6): not stated.',
    response: {
      status: 400,
      body: { code: 0, message: 'Validation failed', errors: { ticker: ['The selected ticker is invalid.'] } },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['ticker', 'The selected ticker is invalid']] },
  },
  {
    id: 'whitebit/fiat-deposit-fields-required-400',
    source: 'WhiteBIT',
    url: 'whitebit-exchange/api-docs/pages/private/http-main-v4.md@0e062b7ceb9ddd8215ce7c8ff5e34eb6c5d97f1a',
    note: '"Get fiat deposit address" (POST /api/v4/main-account/fiat-deposit-url): statuses 200, "400 if request validation failed" and 503; one of the printed errors. Kind: validation (rule 1: a 400 with field errors). Fields: four, each "The … field is required." (Laravel\'s wording, a person\'s sentence). Message: generic, the default (rule 2.1).',
    response: {
      status: 400,
      body: {
        code: 0,
        message: 'Validation failed',
        errors: {
          amount: ['The amount field is required.'],
          provider: ['The provider field is required.'],
          ticker: ['The ticker field is required.'],
          uniqueId: ['The unique id field is required.'],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['amount', 'The amount field is required'],
        ['provider', 'The provider field is required'],
        ['ticker', 'The ticker field is required'],
        ['uniqueId', 'The unique id field is required'],
      ],
    },
  },
  {
    id: 'whitebit/withdraw-unique-id-taken-400',
    source: 'WhiteBIT',
    url: 'whitebit-exchange/api-docs/pages/private/http-main-v4.md@0e062b7ceb9ddd8215ce7c8ff5e34eb6c5d97f1a',
    note: '"Create withdraw request" (POST /api/v4/main-account/withdraw): "Status 400 if request validation failed", "Status 422 if inner validation failed"; this body carries the request validation\'s `code: 0` and "Validation failed", so 400. Kind: validation (rule 1). A judgment call: the field\'s words say the value is taken, but no code says so (the conflict row needs a duplicate code, and text never decides the kind), so it stays a validation failure, as the corpus reads Laravel\'s "has already been taken". Message: the default.',
    response: {
      status: 400,
      body: { code: 0, message: 'Validation failed', errors: { uniqueId: ['The unique id has already been taken.'] } },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['uniqueId', 'has already been taken']] },
  },
  {
    id: 'whitebit/withdraw-not-enough-money-422',
    source: 'WhiteBIT',
    url: 'whitebit-exchange/api-docs/pages/private/http-main-v4.md@0e062b7ceb9ddd8215ce7c8ff5e34eb6c5d97f1a',
    note: '"Create withdraw request": "Status 422 if inner validation failed", and "Response error codes: … 5 - not enough balance"; this body is the inner validation\'s (`code: 5`, "Inner validation failed"). Kind: 422, validation (rule 1). Fields: `amount` with "Not enough money, Ethereum balance = 1". Message: "Inner validation failed" only says something failed validation (rule 2.1): the default. Code: the documented `code` member, "5" (rule 6: a numeric code is a string).',
    response: {
      status: 422,
      body: {
        code: 5,
        message: 'Inner validation failed',
        errors: { amount: ['Not enough money, Ethereum balance = 1'] },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['amount', 'Not enough money']], code: '5' },
  },
  {
    id: 'whitebit/transfer-amount-not-a-number-400',
    source: 'WhiteBIT',
    url: 'whitebit-exchange/api-docs/pages/private/http-main-v4.md@0e062b7ceb9ddd8215ce7c8ff5e34eb6c5d97f1a',
    note: '"Transfer between main and trade balances" (POST /api/v4/main-account/transfer): "Status 400 if request validation failed"; this body is the request validation\'s. Kind: validation (rule 1). Fields: two messages for `amount`, one field error each (rule 3). Message: the default.',
    response: {
      status: 400,
      body: {
        code: 0,
        message: 'Validation failed',
        errors: { amount: ['The amount must be a number.', 'Invalid number'] },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['amount', 'The amount must be a number'],
        ['amount', 'Invalid number'],
      ],
    },
  },
  {
    id: 'whitebit/withdraw-too-many-attempts-429',
    source: 'WhiteBIT',
    url: 'whitebit-exchange/api-docs/pages/private/http-main-v4.md@0e062b7ceb9ddd8215ce7c8ff5e34eb6c5d97f1a',
    note: '"Create withdraw request": "The limit is 100 requests per minute. In case the limit is exceeded you will receive an 429 error code"; the Errors section prints this body with the comment "// In case of throttling", dropped here. No header shown. Kind: 429, rate-limited (rule 1). Message: "Too Many Attempts." is Laravel\'s throttle text, the 429\'s phrase in other words, the default as in Laravel\'s own case. Code: zero is no code (rule 6). Retry: none named.',
    response: { status: 429, body: { message: 'Too Many Attempts.', code: 0 } },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },
  {
    id: 'whitebit/limit-order-fields-required-422',
    source: 'WhiteBIT',
    url: 'whitebit-exchange/api-docs/pages/private/http-trade-v4.md@00e401286bd16a8a1518f743c83f800ce23f7da6',
    note: '"Create limit order" (POST /api/v4/order/new): "Status 400 if inner validation failed", "Status 422 if request validation failed" (the trade endpoints turn the main account\'s two statuses round); "30 - default validation error code". Kind: 422, validation (rule 1). Fields: four, "… field is required.". Message: the default. Code: 30 only says the request failed validation (its docs: "default validation error code"), a category with no other code beside it; not stated, a judgment call.',
    response: {
      status: 422,
      body: {
        code: 30,
        message: 'Validation failed',
        errors: {
          amount: ['Amount field is required.'],
          market: ['Market field is required.'],
          price: ['Price field is required.'],
          side: ['Side field is required.'],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['amount', 'Amount field is required'],
        ['market', 'Market field is required'],
        ['price', 'Price field is required'],
        ['side', 'Side field is required'],
      ],
    },
  },
  {
    id: 'whitebit/limit-order-client-order-id-used-422',
    source: 'WhiteBIT',
    url: 'whitebit-exchange/api-docs/pages/private/http-trade-v4.md@00e401286bd16a8a1518f743c83f800ce23f7da6',
    note: '"Create limit order": request validation is 422; "36 - clientOrderId validation failed". Kind: validation (rule 1); the id is in use, but 36 names a failed validation of the input, not a duplicate, and text never decides the kind. Fields: `clientOrderId`. Message: the default. Code: "36". Retry: none, a judgment call: the wait ("It will become available in 24 hours (86400 seconds).") is in the field\'s message, not the error\'s, and says when the id may be reused, not when to retry the request.',
    response: {
      status: 422,
      body: {
        code: 36,
        message: 'Validation failed',
        errors: {
          clientOrderId: [
            'This client order id is already used by the current account. It will become available in 24 hours (86400 seconds).',
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['clientOrderId', 'already used by the current account']],
      code: '36',
    },
  },
  {
    id: 'whitebit/limit-order-not-enough-balance-400',
    source: 'WhiteBIT',
    url: 'whitebit-exchange/api-docs/pages/private/http-trade-v4.md@00e401286bd16a8a1518f743c83f800ce23f7da6',
    note: '"Create limit order": "Status 400 if inner validation failed"; this body is the inner validation\'s (`code: 10`, "Inner validation failed"). Kind: a 400 with a field error, validation (rule 1). Fields: `amount`, "Not enough balance.". Message: the default (rule 2.1). Code: "10".',
    response: {
      status: 400,
      body: { code: 10, message: 'Inner validation failed', errors: { amount: ['Not enough balance.'] } },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['amount', 'Not enough balance']], code: '10' },
  },
  {
    id: 'whitebit/limit-order-post-only-canceled-400',
    source: 'WhiteBIT',
    url: 'whitebit-exchange/api-docs/pages/private/http-trade-v4.md@00e401286bd16a8a1518f743c83f800ce23f7da6',
    note: '"Create limit order": inner validation is 400; `code: 13`. Kind: a 400 with a field error, validation (rule 1). A judgment call: the order was canceled by the market, not for its input, but the body binds the sentence to `postOnly` and the rules read field errors by structure. Message: the default. Code: "13".',
    response: {
      status: 400,
      body: {
        code: 13,
        message: 'Inner validation failed',
        errors: { postOnly: ["This order couldn't be executed as a maker order and was canceled."] },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['postOnly', "couldn't be executed as a maker order"]],
      code: '13',
    },
  },

  // ───────────────────────────── Bitvavo ─────────────────────────────
  {
    id: 'bitvavo/invalid-parameter-price-400',
    source: 'Bitvavo',
    url: 'https://docs.bitvavo.com/docs/errors',
    note: '"REST API error response", printed above the heading "HTTP 400: Bad Request", whose table lists 205: "You provided an invalid parameter value." No header shown. Kind: a 400 with no field member and a numeric code no row names, bad-request (rule 1). Message: "Invalid parameter: price" names only the input by the API\'s name for it, as "Invalid parameter \'x\'" does (rule 2.1): the default. Code: "205" (rule 6).',
    response: { status: 400, body: { errorCode: 205, error: 'Invalid parameter: price' } },
    expect: { kind: 'bad-request', message: DEFAULT, code: '205' },
  },

  // ───────────────────────────── Financial Modeling Prep ─────────────────────────────
  {
    id: 'financial-modeling-prep/invalid-api-key-200',
    source: 'Financial Modeling Prep',
    url: 'https://github.com/halessi/DCF/pull/2',
    note: 'The pull request\'s description: "Without such API-Key the endpoint might just return" this body, and "Unfortunately the status code of the response is `200`". No header shown. Kind: a 200 with no code, no `success: false` and no status in the body, unknown (rule 1), as Alpha Vantage\'s 200 is; a judgment call, since the member\'s name says it is an error. Message: "Invalid API KEY. Please retry or visit our documentation …" names the credential (rule 2.1: a credential\'s name stays): kept.',
    response: {
      status: 200,
      body: {
        'Error Message':
          'Invalid API KEY. Please retry or visit our documentation to create one FREE https://financialmodelingprep.com/developer/docs',
      },
    },
    expect: { kind: 'unknown', message: 'Invalid API KEY' },
  },

  // ───────────────────────────── Bitso ─────────────────────────────
  {
    id: 'bitso/invalid-nonce-or-credentials-401',
    source: 'Bitso',
    url: 'https://blog.csdn.net/weixin_39866741/article/details/111082553',
    note: "The question pastes the failed POST's response as Python printed it (`{'error': {'code': '0201', 'message': 'Invalid Nonce or Invalid Credentials'}, 'success': False}`), written here as the JSON it was decoded from. The status is not in the post: Bitso's docs (https://docs.bitso.com/bitso-api/docs/authentication-error-02-http-401) give the category \"Authentication Errors: 02 (HTTP 401)\", which holds 0201; a judgment call that the status is the category's. Kind: 401, unauthenticated (rule 1). Message: names the nonce and the credentials that failed (rule 2.1: a credential's name stays): kept. Code: \"0201\".",
    response: {
      status: 401,
      body: { error: { code: '0201', message: 'Invalid Nonce or Invalid Credentials' }, success: false },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid Nonce or Invalid Credentials', code: '0201' },
  },

  // ───────────────────────────── Openmarkets ─────────────────────────────
  {
    id: 'openmarkets/invalid-lifetime-400',
    source: 'Openmarkets OMS API',
    url: 'https://dev.openmarkets.com.au/docs/oms/errors',
    note: '"All error responses contain an appropriate HTTP status code and have the following format:" this body; the table gives 400 for `InvalidRequestParameters` ("The errors with the invalid parameters will be in the errors array"). No header shown. Kind: a 400 with a field error, validation (rule 1). Fields: the item names its field in `fieldName` (rule 3), `Lifetime`; its message leads with the field\'s name, which stays. Message: "Bad request. Please review errors." sends the reader to the list (rule 2.1): the default. Code: the lone item\'s `InvalidLifetime` over the envelope\'s category (rule 6).',
    response: {
      status: 400,
      body: {
        errorCode: 'InvalidRequestParameters',
        message: 'Bad request. Please review errors.',
        errors: [
          {
            errorCode: 'InvalidLifetime',
            fieldName: 'Lifetime',
            fieldValue: '123',
            message:
              "Lifetime: '123' is invalid. Choose from: Date, EndOfDay, GoodTillCancel, FillAndKill, FillOrKill.",
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['Lifetime', "'123' is invalid"]],
      code: 'InvalidLifetime',
    },
  },

  // ───────────────────────────── MarketPulse ─────────────────────────────
  {
    id: 'marketpulse/invalid-api-token-401',
    source: 'MarketPulse',
    url: 'https://data-api-web.pages.dev/docs/errors',
    note: '"All error responses follow this structure:" this body; the code table gives `AUTH_INVALID_TOKEN` 401 ("The provided API token is invalid or malformed."). No header shown. Kind: 401, unauthenticated (rule 1). Message: a sentence naming the credential (rule 2.1): kept. Code: `AUTH_INVALID_TOKEN`. Support id: the body\'s `meta.requestId` (rule 5).',
    response: {
      status: 401,
      body: {
        success: false,
        error: { code: 'AUTH_INVALID_TOKEN', message: 'The provided API token is invalid.' },
        meta: { requestId: 'req_abc123', timestamp: '2026-04-15T10:30:00Z' },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'The provided API token is invalid',
      code: 'AUTH_INVALID_TOKEN',
      logId: 'req_abc123',
    },
  },

  // ───────────────────────────── CoinMarketCal ─────────────────────────────
  {
    id: 'coinmarketcal/daily-quota-exceeded-429',
    source: 'CoinMarketCal API',
    url: 'https://v3.coinmarketcal.com/developer/docs/errors',
    note: '"Response shape": this body; the status table gives 429 for `rate_limit_exceeded` ("You\'ve exceeded your daily request quota or a short-term burst limit"). The page says a 429 carries Retry-After, but the example shows no header, so none is given. Kind: 429, rate-limited (rule 1). Message: a sentence about the person\'s quota: kept. Code: `rate_limit_exceeded`. Support id: the error\'s `requestId` (rule 5). Retry: none named in the body.',
    response: {
      status: 429,
      body: {
        error: {
          code: 'rate_limit_exceeded',
          message: 'You have exceeded your daily request quota.',
          requestId: 'req_9e3779b1',
          docs: 'https://coinmarketcal.com/developer/docs/rate-limits',
        },
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'You have exceeded your daily request quota',
      code: 'rate_limit_exceeded',
      logId: 'req_9e3779b1',
    },
  },

  // ───────────────────────────── Lirium ─────────────────────────────
  {
    id: 'lirium/expired-order-400',
    source: 'Lirium API',
    url: 'https://lirium.readme.io/reference/error-codes',
    note: '"All error messages have the following structure" this body; the table gives `expired_order` HTTP status 400. No header shown. Kind: a 400 whose code names neither an input nor a credential, a missing record or a limit: bad-request (rule 1). Message: a sentence about the order (rule 2.1): kept. Code: `expired_order` (`error_code`, rule 6).',
    response: {
      status: 400,
      body: { error_code: 'expired_order', error_msg: 'The order has expired and cannot be confirmed' },
    },
    expect: { kind: 'bad-request', message: 'The order has expired', code: 'expired_order' },
  },

  // ───────────────────────────── PegasusSwap ─────────────────────────────
  {
    id: 'pegasusswap/amount-below-min-400',
    source: 'PegasusSwap instant exchange API',
    url: 'https://pegasusswap.com/api-docs-errors',
    note: '"Amount to exchange is below the possible min amount to exchange": the page prints this body. Its status is the body\'s `statusCode`, the status NestJS\'s exception filter writes into its body (the page\'s other bodies are NestJS\'s, with "Bad Request" beside 400): a judgment call, since the page prints no status line. Kind: 400, no field member, no code: bad-request (rule 1). Message: a sentence for the person: kept.',
    response: {
      status: 400,
      body: { statusCode: 400, message: 'Amount to exchange is below the possible min amount to exchange' },
    },
    expect: { kind: 'bad-request', message: 'Amount to exchange is below the possible min amount' },
  },
  {
    id: 'pegasusswap/invalid-withdrawal-address-400',
    source: 'PegasusSwap instant exchange API',
    url: 'https://pegasusswap.com/api-docs-errors',
    note: '"Invalid withdrawal address: This error occurs when the specified withdrawal address is invalid or not supported." Status from the body\'s `statusCode`, as in the case above. Kind: bad-request (rule 1: no field member; text never decides). Message: "Invalid withdrawal address." is a person\'s words about a value, as "Invalid phone number" is (rule 2.1): kept.',
    response: { status: 400, body: { statusCode: 400, message: 'Invalid withdrawal address.' } },
    expect: { kind: 'bad-request', message: 'Invalid withdrawal address' },
  },
  {
    id: 'pegasusswap/id-validation-messages-400',
    source: 'PegasusSwap instant exchange API',
    url: 'https://pegasusswap.com/api-docs-errors',
    note: '"Errors about incorrectly passed keys … Example of an error with the id key": NestJS\'s ValidationPipe body (class-validator\'s messages, `error: "Bad Request"`, `statusCode: 400`). Kind: a 400 listing messages that name their field, validation (rules 1 and 3: class-validator begins each message with the property path). Fields: `id` three times. Message: "Bad Request" is a reason phrase: the default.',
    response: {
      status: 400,
      body: {
        message: ['id should not be null or undefined', 'id must be a string', 'id should not be empty'],
        error: 'Bad Request',
        statusCode: 400,
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['id', 'should not be null or undefined'],
        ['id', 'must be a string'],
        ['id', 'should not be empty'],
      ],
    },
  },
  {
    id: 'pegasusswap/invalid-signature-403',
    source: 'PegasusSwap instant exchange API',
    url: 'https://pegasusswap.com/api-docs-errors',
    note: '"Invalid signature: This error indicates that the value provided in the x-api-signature header does not match the expected signature." Status from the body\'s `statusCode`. Kind: a 403 with no code, forbidden (rule 1: the status decides; a credential code would make it unauthenticated, and there is none). Message: "Invalid signature." names the credential, as Fireblocks\' "invalid signature" is kept (rule 2.1): kept.',
    response: { status: 403, body: { statusCode: 403, message: 'Invalid signature.' } },
    expect: { kind: 'forbidden', message: 'Invalid signature' },
  },
  {
    id: 'pegasusswap/not-found-404',
    source: 'PegasusSwap instant exchange API',
    url: 'https://pegasusswap.com/api-docs-errors',
    note: '"Not found: This error occurs when the requested data is not found." Status from the body\'s `statusCode`. Kind: 404, not-found (rule 1). Message: "Not found." is the reason phrase (rule 2.1): the default.',
    response: { status: 404, body: { statusCode: 404, message: 'Not found.' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
] satisfies ConformanceCase[];
