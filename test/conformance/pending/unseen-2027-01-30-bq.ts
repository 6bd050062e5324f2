import { DEFAULT, type ConformanceCase } from '../types';

// Seventy-first unseen-API holdout, part BQ (30 January 2027): recorded HTTP cassettes in which a third-party API
// answered 4xx or 5xx, found by where the bodies are recorded (Ruby's vcr and Python's vcrpy), from APIs that no case
// file uses: two US LTL freight carriers (TForce Freight's REST API and R+L Carriers' API, as friendlycart's
// friendly_shipping gem recorded them), the buy-now-pay-later and checkout APIs of Afterpay (solidus_afterpay's
// cassettes) and Bolt (solidus_bolt's), YNAB's API (its own Ruby SDK's cassettes, recorded against YNAB's API server
// run locally), Moip (Wirecard Brasil's payment API, its own Ruby SDK's cassettes) and RcodeZero, the Austrian
// anycast DNS service (dns-lexicon's vcrpy cassette). They were collected to measure how the reader does at first
// sight on APIs it was never tuned on. Every body was copied from the cassette named in `url` (repository, path and
// the commit the index holds): each cassette records the status line, the headers and the body of one live answer.
// YAML's folded lines were joined with a space and its quoting undone; Moip's 400, stored as `!binary`, was decoded
// from its base64 (UTF-8 JSON, Portuguese); JSON bodies are given parsed. Headers were copied only where they carry a
// request id or a retry time, as the brief asks (Afterpay's `Cf-Ray` and `Http-Correlation-Id`, Bolt's
// `X-Bolt-Trace-Id`, YNAB's `X-Request-Id`); cookies, `Date`, `Content-Type`, Azure's `Request-Context` (an
// Application Insights app id, the same on every answer), RcodeZero's `x-ratelimit-limit`/`-remaining` (no reset,
// nothing exhausted) and Bolt's `X-Bolt-Error-Code` (the body's code again) were left out, and no header was added.
// One body was trimmed (Afterpay's declined authorisation, whose `orderDetails` was cut; its note says so). Every
// `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: APC Postal Logistics (friendly_shipping reaches it through ShipEngine, whose own error body
// answers: ShipEngine is already a source), ShipEngine LTL, UPS, UPS Freight and USPS (already sources), G2Mint
// (friendly_shipping holds only its success), TForce's second "does not conform … Expected String but got Null"
// pickup body (the rate body's line word for word but the position), R+L's cancelled-pickup cassette (a 200 with
// `Errors: null`), Afterpay's declined capture (a 201) and second not-found body (the refund's, under another
// `errorId`), Bolt's second 403 (the first's body word for word) and its void cassette (every answer a 200); the
// World Register of Marine Species (ropensci/worrms: its `*_error` cassettes hold a 204 with no body), Dynu and
// Dinahosting (dns-lexicon's unmanaged-domain cassettes hold a 200 listing), Zonomi (no cassette at that path), RAMCO
// (a spec names an `unauthorized_request` cassette, but its repository could not be named) and the Lexicon providers,
// OctoPrint, Cuenca, Botmaker, Ingresso TicketSwitch, Clash Royale, StatusPage, Contentful, NationBuilder, Namely and
// the AI providers whose cassettes the look-ups found (already sources). Cassettes are not in the text index, so each
// source was found by naming a client repository and listing its files. One text body (Moip's 404) and one empty body
// (Moip's 401) turned up; no XML, no HTML page, no 429 and no `Retry-After`.
//
// The part holds 19 cases from 7 sources, under the brief's aim of 25 from 8, for 57 of the 60 look-ups: the cassette
// files themselves are not searchable, 23 look-ups went to finding repositories that hold some, and many recorded
// error folders held 2xx answers (WoRMS, Dynu, Dinahosting, R+L's and Bolt's void and cancel cassettes).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-30-bq`, on ff4758c, src/ unchanged: in the frozen copy /tmp/base70): 10/19 pass, 7 sources
// (kind 19/19, message 13/19, fields 16/19, retry 19/19, logId 6/8, code 6/6). Failing at first sight:
// tforce-freight/cancel-pickup-not-authorized-401 (gave the 401's default and no support id, where the case keeps "Not
// authorized to Cancel Pickup WBU00000000", the 401's phrase with what was refused after it, rule 2.1, a judgment call
// its note names, and reads `transactionReference.transactionId` as the support id by its shape, rule 5);
// tforce-freight/cancel-pickup-path-regex-400, tforce-freight/rate-null-postal-code-400 and
// tforce-freight/create-bol-missing-name-400 (kept the gateway's schema-validation report, "… does not conform to the
// definition … Line: 1, Position: 398", as the message, where rule 2.3 reads a body that did not match its schema
// definition and a parser's position as developer text; the third also gave no support id from `transactionId`);
// rl-carriers/rate-quote-items-required-400, rl-carriers/bill-of-lading-items-required-400 and
// rl-carriers/transit-times-zip-required-400 (kept the model-state key whole, `request.RateQuote.Items`, where rule 3's
// row of the fifty-second holdout drops the action's argument that leads ASP.NET Web API's keys: `RateQuote.Items`);
// afterpay/checkout-invalid-redirect-url-422 (kept "Merchant.redirectConfirmUrl must be a valid URL", capitalised,
// where the rule row of 6 December 2026 reads a line naming only an input by its key written as code as the default;
// a judgment call its note names); bolt/account-wrong-token-forbidden-403 (kept "This action is forbidden.", which the
// case reads as the 403 restated, as the sixty-eighth holdout's row reads "Access to the requested resource is
// forbidden."; a judgment call). Every other case passed as written, including the judgment calls on Afterpay's 412
// (conflict, "Invalid token" kept), its 402s (bad-request) and its `Cf-Ray` over `Http-Correlation-Id`, YNAB's
// `X-Request-Id` over `error.id: "401"`, RcodeZero's "Zone not found" and Bolt's numeric item codes. No expectation was
// changed after the run (Prettier's line breaks were applied before it).
// Measured again by the lead on the reader the seventieth holdout taught (`d607ff8`), before this holdout's
// conventions: 10/19 pass, the same cases failing as in the first run above.

export default [
  // ───────────────────────────── TForce Freight API ─────────────────────────────
  {
    id: 'tforce-freight/cancel-pickup-not-authorized-401',
    source: 'TForce Freight API',
    url: 'friendlycart/friendly_shipping/spec/cassettes/tforce_freight/cancel_pickup/not_found.yml@679787b1bc89ec4aee84728556ed0f6a072444ea',
    note: 'friendly_shipping\'s VCR cassette of DELETE https://api.tforcefreight.com/pickup/request/WBU00000000?api-version=v1 (a pickup confirmation number of the right form that the account does not hold): 401 Unauthorized and this body, sent as JSON text with leading newlines and indentation (given parsed). No request-id header (only Azure\'s `Request-Context` app id). Kind: 401, unauthenticated (rule 1). Message: "Not authorized to Cancel Pickup WBU00000000" says what was refused, the 401\'s phrase with a reason after it, which stays (rule 2.1 and the row on "Authentication failed": with a reason after it the line stays). Judgment call: a reader could read it as the 401\'s phrase in other words and give the default. logId: `transactionReference.transactionId`, a `transaction_id` by its shape (rule 5). No code stated: `errorCode: "401"` restates the status and `code: "ERROR"` only flags the failure (rule 6).',
    response: {
      status: 401,
      body: {
        responseStatus: {
          code: 'ERROR',
          description: { errorCode: '401', errorDescription: 'Not authorized to Cancel Pickup WBU00000000' },
        },
        transactionReference: { transactionId: 'b31a21d27ca442ff9ed9f95305d0376a', confirmationNumber: 'WBU00000000' },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Not authorized to Cancel Pickup',
      logId: 'b31a21d27ca442ff9ed9f95305d0376a',
    },
  },
  {
    id: 'tforce-freight/cancel-pickup-path-regex-400',
    source: 'TForce Freight API',
    url: 'friendlycart/friendly_shipping/spec/cassettes/tforce_freight/cancel_pickup/malformed.yml@e6ad390fa54a997d7e4d222f27e8f41cb218c947',
    note: "friendly_shipping's VCR cassette of DELETE https://api.tforcefreight.com/pickup/request/NOTAREALNUMBER?api-version=v1: 400 Bad Request and this body (CRLF-indented JSON; the YAML's `\\\\d` is the body's `\\d`, one backslash in the parsed string; the HTML entities `&#39;` are as sent). No header copied. Kind: a 400 without field errors or a code (`statusCode` restates the status): bad-request (rule 1). Message: the API gateway's report that a path parameter does not match the regex of its definition, with a parser's `Line: 0, Position: 0` after it: a schema validator's report on the request, developer text (rule 2.3: a body that did not match its schema definition, a parser's position): the default. No code, no logId.",
    response: {
      status: 400,
      body: {
        statusCode: 400,
        message:
          'Value of the path parameter CONFIRMATIONNUMBER does not conform to the definition. String &#39;NOTAREALNUMBER&#39; does not match regex pattern &#39;^WBU\\d{8,10}$&#39;. Line: 0, Position: 0',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'tforce-freight/rate-null-postal-code-400',
    source: 'TForce Freight API',
    url: 'friendlycart/friendly_shipping/spec/cassettes/tforce_freight/rates/failure.yml@02511b6605280478b5d5b9dae6c172256742f08e',
    note: "friendly_shipping's VCR cassette of POST https://api.tforcefreight.com/rating/getRate?api-version=cie-v1 with `shipTo.address.postalCode: null`: 400 Bad Request and this body. No header copied. Kind: 400, no code, no field errors: bad-request (rule 1). Message: \"Body of the request does not conform to the definition … Invalid type. Expected String but got Null. Line: 1, Position: 398\" is a schema validator's report with a parser's position, developer text (rule 2.3, as above): the default. No code.",
    response: {
      status: 400,
      body: {
        statusCode: 400,
        message:
          'Body of the request does not conform to the definition which is associated with the content type application/json. Invalid type. Expected String but got Null. Line: 1, Position: 398',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'tforce-freight/create-bol-missing-name-400',
    source: 'TForce Freight API',
    url: 'friendlycart/friendly_shipping/spec/cassettes/tforce_freight/create_bol/failure.yml@6ecaa285afd49de482c3bb8e01fc2309be9e4aed',
    note: 'friendly_shipping\'s VCR cassette of POST https://api.tforcefreight.com/shipping/bol/create?api-version=v1 with an empty `shipTo.address`: status 400 with the reason phrase "ContentInvalid" and this body (CRLF-indented JSON). No header copied. Kind: 400, no field errors (the missing `name` is named only inside the report), `code: "ERROR"` a flag: bad-request (rule 1). Judgment call: a reader could take the named property `name` for a field error and read validation. Message: the schema validator\'s report ("Required properties are missing from object: name. Line: 1, Position: 441"), developer text (rule 2.3): the default. logId: `transactionReference.transactionId` (rule 5).',
    response: {
      status: 400,
      body: {
        responseStatus: {
          code: 'ERROR',
          description:
            'Body of the request does not conform to the definition which is associated with the content type application/json. Required properties are missing from object: name. Line: 1, Position: 441',
        },
        transactionReference: { transactionId: '0cb7eaff-2921-4c60-8c4f-82a16bb2ce04' },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: '0cb7eaff-2921-4c60-8c4f-82a16bb2ce04' },
  },

  // ───────────────────────────── R+L Carriers API ─────────────────────────────
  {
    id: 'rl-carriers/rate-quote-items-required-400',
    source: 'R+L Carriers API',
    url: 'friendlycart/friendly_shipping/spec/cassettes/rl/rate_quote/failure.yml@b42d0d589de6062682999bab1ff958431633fdbb',
    note: "friendly_shipping's VCR cassette of POST https://api.rlc.com/RateQuote with `Items: []`: 400 Bad Request and this body (the YAML's folded line joined). No header copied (cookies only). Kind: a 400 with a field error: validation (rule 1). Fields: `Errors` items name their field in `Property` and say it in `ErrorMessage` (rule 3); the key is ASP.NET Web API's model-state key, led by the action's argument `request`, which is no field (rule 3's row of the fifty-second holdout: `product.Name` is `Name`), so `RateQuote.Items`. Judgment call: a reader could keep `request.RateQuote.Items` whole. Message: only a field message: the default (rule 2.4). No code stated: `Code: 400` restates the status.",
    response: {
      status: 400,
      body: {
        RateQuote: null,
        Code: 400,
        Errors: [
          { Property: 'request.RateQuote.Items', ErrorMessage: 'At least one Item is required', ExceptionMessage: '' },
        ],
        Messages: [],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['RateQuote.Items', 'At least one Item is required']] },
  },
  {
    id: 'rl-carriers/bill-of-lading-items-required-400',
    source: 'R+L Carriers API',
    url: 'friendlycart/friendly_shipping/spec/cassettes/rl/create_bill_of_lading/failure.yml@8d4e2e0323178425a66322029e62ea4563cf370d',
    note: "friendly_shipping's VCR cassette of POST https://apisandbox.rlc.com/BillOfLading with `Items: []`: 400 Bad Request and this body (the YAML's folded line joined). No header copied. Kind: a 400 with a field error: validation (rule 1). Fields: `Property` and `ErrorMessage` (rule 3), the model-state key's leading argument `request` dropped (as in the rate-quote case; the same judgment call). Message: the default (rule 2.4). No code stated (`Code: 400` restates the status).",
    response: {
      status: 400,
      body: {
        ProNumber: null,
        PickupRequestNumber: null,
        Code: 400,
        Errors: [
          {
            Property: 'request.BillOfLading.Items',
            ErrorMessage: 'There must be at least one item in the list',
            ExceptionMessage: '',
          },
        ],
        Messages: [],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['BillOfLading.Items', 'There must be at least one item']],
    },
  },
  {
    id: 'rl-carriers/transit-times-zip-required-400',
    source: 'R+L Carriers API',
    url: 'friendlycart/friendly_shipping/spec/cassettes/rl/transit_times/failure.yml@8267ce999c3cf8ef42b17fb93566e36465cee7ce',
    note: "friendly_shipping's VCR cassette of POST https://api.rlc.com/TransitTimes with a destination that has no ZIP code: 400 Bad Request and this body (the YAML's folded line joined). No header copied. Kind: a 400 with a field error: validation (rule 1). Fields: `request.Destinations[0]` is `Destinations.0` (the argument dropped as above; an index as a number, rule 3's canonical path), its message the `ErrorMessage`. Message: the default (rule 2.4). No code stated.",
    response: {
      status: 400,
      body: {
        PickupDate: null,
        Origin: null,
        Destinations: null,
        Code: 400,
        Errors: [
          {
            Property: 'request.Destinations[0]',
            ErrorMessage: 'ServicePoint Zip code is required and cannot be null or empty',
            ExceptionMessage: '',
          },
        ],
        Messages: [],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['Destinations.0', 'ServicePoint Zip code is required']],
    },
  },

  // ───────────────────────────── YNAB API ─────────────────────────────
  {
    id: 'ynab/budgets-unauthorized-401',
    source: 'YNAB API',
    url: 'ynab/ynab-sdk-ruby/spec/fixtures/vcr_cassettes/budgets_unauthorized.yml@f5308781d2097e2516d193a151d008f2127000aa',
    note: 'YNAB\'s own Ruby SDK\'s VCR cassette of GET http://api.localhost:3000/v1/budgets with `Bearer 123` (YNAB\'s API server run locally by its developers for the recording): 401 Unauthorized, `WWW-Authenticate: Bearer realm="Doorkeeper", error="invalid_token", …` (not copied: no id, no retry time) and this body. `X-Request-Id` copied. Kind: 401, unauthenticated. Message: "Unauthorized" is the bare reason phrase: the default (rule 2.1). logId: the `X-Request-Id` header (rule 5). Judgment call: the body\'s `error.id` holds "401", the status as text, which rule 5 does not name as an id (only a JSON:API error\'s lone `id` is one). No code stated: `name: "unauthorized"` only restates the status (rule 6).',
    response: {
      status: 401,
      headers: { 'X-Request-Id': '20c2fa5c-9660-4e3d-b821-919da50e27a9' },
      body: { error: { id: '401', name: 'unauthorized', description: 'Unauthorized' } },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: '20c2fa5c-9660-4e3d-b821-919da50e27a9' },
  },

  // ───────────────────────────── Moip API (Wirecard Brasil) ─────────────────────────────
  {
    id: 'moip/create-order-empty-body-400',
    source: 'Moip API (Wirecard Brasil)',
    url: 'wirecardBrasil/moip-sdk-ruby/vcr_cassettes/create_order_fail.yml@70c2202aabef90a3bc1bab4076f08f465c59ca21',
    note: 'Moip\'s own Ruby SDK\'s VCR cassette of POST https://test.moip.com.br/v2/orders with the body `{}` (2014): 400 Bad Request; the body is stored as `!binary` base64 and decodes to this UTF-8 JSON (Portuguese; the accents as sent, "necessario" without one). No header copied (nginx, no id). Kind: a 400 with field errors: validation (rule 1). Fields: each item names its field in `path` and says it in `description` (rule 3): `customer` and `ownId`. Message: only field messages: the default (rule 2.4). No code stated: the two items carry two codes (ORD-014, ORD-001).',
    response: {
      status: 400,
      body: {
        errors: [
          { code: 'ORD-014', path: 'customer', description: 'É necessario informar os dados do comprador' },
          { code: 'ORD-001', path: 'ownId', description: 'É necessario informar seu identificador próprio' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['customer', 'É necessario informar os dados do comprador'],
        ['ownId', 'É necessario informar seu identificador próprio'],
      ],
    },
  },
  {
    id: 'moip/show-order-not-found-404-text',
    source: 'Moip API (Wirecard Brasil)',
    url: 'wirecardBrasil/moip-sdk-ruby/vcr_cassettes/show_order_not_found.yml@5f0acd81193b5acec76a95476fd15d9da0d5d67b',
    note: 'Moip\'s own Ruby SDK\'s VCR cassette of GET https://test.moip.com.br/v2/orders/ORD-INVALID (2014): 404 Not Found with the nine-byte body "Not Found" (sent as `Content-Type: application/json`, though it is no JSON; the header is not copied, as the brief asks, so the case sends it as text). Kind: 404, not-found. Message: a bare reason phrase: the default (rule 2.1). No code.',
    response: { status: 404, body: 'Not Found' },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'moip/bank-account-unauthorized-401-empty',
    source: 'Moip API (Wirecard Brasil)',
    url: 'wirecardBrasil/moip-sdk-ruby/vcr_cassettes/bank_account_create_fail.yml@4a559f856db6c6a27f852027028402fa2b335c4c',
    note: "Moip's own Ruby SDK's VCR cassette of POST https://sandbox.moip.com.br/v2/accounts/MPA-F00B4R123456/bankaccounts (2017): 401 Unauthorized with `Content-Length: 0` and an empty body. No header copied (Apache, a New Relic app-data header, no id). Kind: 401, unauthenticated. Message: nothing to read: the default. No code, no logId.",
    response: { status: 401, body: '' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── RcodeZero DNS API ─────────────────────────────
  {
    id: 'rcodezero/zone-not-found-404',
    source: 'RcodeZero DNS API',
    url: 'AnalogJ/lexicon/tests/fixtures/cassettes/rcodezero/IntegrationTests/test_provider_authenticate_with_unmanaged_domain_should_fail.yaml@8868e4c2127bf511ccb685a107dc0bcc789364df',
    note: 'dns-lexicon\'s vcrpy cassette of GET https://my.rcodezero.at/api/v1/zones/thisisadomainidonotown.com (2019): 404 Not Found and this body (the `!!python/unicode` tag dropped). `x-ratelimit-limit: 200` and `x-ratelimit-remaining: 186` not copied (no reset and nothing exhausted; no id). Kind: 404, not-found. Message: "Zone not found" names what was not found, a sentence (rule 2.1 and the fifth holdout\'s row: "Resource not found" is one, only the bare reason phrase restates the status). No code stated: `status: "failed"` only flags the failure (rule 6\'s row on a call\'s own flag).',
    response: { status: 404, body: { status: 'failed', message: 'Zone not found' } },
    expect: { kind: 'not-found', message: 'Zone not found' },
  },

  // ───────────────────────────── Afterpay API ─────────────────────────────
  {
    id: 'afterpay/checkout-invalid-redirect-url-422',
    source: 'Afterpay API',
    url: 'solidusio-contrib/solidus_afterpay/spec/fixtures/vcr_casettes/create_checkout/invalid.yml@1855c36b0455b6ced4abe6a42bdec138f43d67db',
    note: "solidus_afterpay's VCR cassette of POST https://global-api-sandbox.afterpay.com/v2/checkouts with `merchant.redirectConfirmUrl: \"INVALID_URL\"`: 422 Unprocessable Entity and this body (2021). `Http-Correlation-Id` and `Cf-Ray` copied. Kind: 422, validation (rule 1; `invalid_object` names no input, nor the request's encoding: judgment call, a reader could read it as a bad-request code that names the request's object, which rule 1 lets outrank a 422). Fields: none (no item or member names a field; the key is only inside the sentence, and rule 3 reads a field from a message's words only in class-validator's format). Message: \"merchant.redirectConfirmUrl must be a valid URL\" names only the input, by its key written as code, and says it is invalid (the rule row of 6 December 2026, `steps[0].role is required`): the default. Judgment call: a reader could keep the line, since it says what the value must be (the fifty-seventh holdout's NutrientAPI split). Code: `errorCode` (rule 6). logId: `errorId`, a body's own id, over the headers (rule 5).",
    response: {
      status: 422,
      headers: { 'Http-Correlation-Id': 'wcojzlfj2rfkqm4w6ayrvuynnq', 'Cf-Ray': '6845aa213deecd3a-FCO' },
      body: {
        errorCode: 'invalid_object',
        errorId: '6a7240c88a0d76d5',
        message: 'merchant.redirectConfirmUrl must be a valid URL',
        httpStatusCode: 422,
      },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'invalid_object', logId: '6a7240c88a0d76d5' },
  },
  {
    id: 'afterpay/refund-payment-not-found-404',
    source: 'Afterpay API',
    url: 'solidusio-contrib/solidus_afterpay/spec/fixtures/vcr_casettes/credit/invalid.yml@1855c36b0455b6ced4abe6a42bdec138f43d67db',
    note: 'solidus_afterpay\'s VCR cassette of POST https://global-api-sandbox.afterpay.com/v2/payments/INVALID_RESPONSE_CODE/refund: 404 Not Found and this body. `Http-Correlation-Id` and `Cf-Ray` copied. Kind: 404, not-found (and `not_found`). Message: "Afterpay payment ID not found.", a sentence. Code: `errorCode` (rule 6). logId: `errorId` (rule 5).',
    response: {
      status: 404,
      headers: { 'Http-Correlation-Id': 'niezt4yj2dkazwuaxcylyctiia', 'Cf-Ray': '6845aa2a69d4cd26-FCO' },
      body: {
        errorCode: 'not_found',
        errorId: 'c7585eb6f53f5af5',
        message: 'Afterpay payment ID not found.',
        httpStatusCode: 404,
      },
    },
    expect: {
      kind: 'not-found',
      message: 'Afterpay payment ID not found',
      code: 'not_found',
      logId: 'c7585eb6f53f5af5',
    },
  },
  {
    id: 'afterpay/checkout-invalid-token-412',
    source: 'Afterpay API',
    url: 'solidusio-contrib/solidus_afterpay/spec/fixtures/vcr_casettes/find_order/invalid.yml@34cbcdf6ae5dec058c033c48ccc5c0f934e2b19d',
    note: 'solidus_afterpay\'s VCR cassette of GET https://global-api-sandbox.afterpay.com/v2/checkouts/INVALID_TOKEN (the token names a checkout, not the merchant\'s credentials): 412 Precondition Failed and this body. `Cf-Ray` and `Http-Correlation-Id` copied. Kind: 412 is conflict (rule 1); `invalid_token` is a credential code on a 400 or a 403 only, and rule 1 lets a code outrank 400, 403, 409, 422, a status HTTP does not name and a 2xx, not a 412. Judgment call: a reader could read the credential code as deciding (unauthenticated), or the checkout token as an input (validation). Message: "Invalid token": the person\'s word for what is invalid, not a key written as code (rule 2.1 keeps "Invalid phone number" and a credential\'s name); judgment call, a reader could read it as naming only the input. Code: `errorCode`. logId: `errorId`.',
    response: {
      status: 412,
      headers: { 'Cf-Ray': '68c8cfcace07cd42-FCO', 'Http-Correlation-Id': 'n77tvm4ti5ngv6qbdz2o5vxan4' },
      body: { errorCode: 'invalid_token', errorId: '632c34635772cf87', message: 'Invalid token', httpStatusCode: 412 },
    },
    expect: { kind: 'conflict', message: 'Invalid token', code: 'invalid_token', logId: '632c34635772cf87' },
  },
  {
    id: 'afterpay/capture-expired-token-402',
    source: 'Afterpay API',
    url: 'solidusio-contrib/solidus_afterpay/spec/fixtures/vcr_casettes/immediate/capture/invalid.yml@07df85c2245ad7f31e7f961c9e59a41adaa15766',
    note: 'solidus_afterpay\'s VCR cassette of POST https://api.us-sandbox.afterpay.com/v2/payments/capture with `token: "INVALID_TOKEN"`: 402 Payment Required and this body. `Http-Correlation-Id` and `Cf-Ray` copied. Kind: a 402 is another 4xx, bad-request (rule 1); `invalid_token` decides only on a 400 or a 403, and a 402 is not among the statuses a code outranks. Judgment call: rule 1 names no kind for a 402 with a credential code (a reader could read unauthenticated; the token is the consumer\'s checkout token). Message: "Cannot complete payment, expired or invalid token.", a sentence. Code: `errorCode`. logId: `errorId`.',
    response: {
      status: 402,
      headers: { 'Http-Correlation-Id': '2m54dxammo5yivs22xpqy5ymp4', 'Cf-Ray': '6845a8e67fc5cd42-FCO' },
      body: {
        errorCode: 'invalid_token',
        errorId: 'da76c8c79d41e92b',
        message: 'Cannot complete payment, expired or invalid token.',
        httpStatusCode: 402,
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'Cannot complete payment, expired or invalid token',
      code: 'invalid_token',
      logId: 'da76c8c79d41e92b',
    },
  },
  {
    id: 'afterpay/auth-declined-402-payment-object',
    source: 'Afterpay API',
    url: 'solidusio-contrib/solidus_afterpay/spec/fixtures/vcr_casettes/deferred/authorize/declined_payment.yml@1375cf0455ae004c69cca60517fe7addcf38edb0',
    note: 'solidus_afterpay\'s VCR cassette of POST https://api.us-sandbox.afterpay.com/v2/payments/auth: 402 Payment Required with the payment object itself, `status: "DECLINED"`, `paymentState: "AUTH_DECLINED"`. Trimmed: `orderDetails` (the consumer, billing and shipping addresses and the item) was cut; every other member is as sent. `Http-Correlation-Id` and `Cf-Ray` copied. Kind: a 402 with no code a rule names: bad-request (rule 1). Message: no sentence (`DECLINED` and `AUTH_DECLINED` are words in capitals, codes at most): the default. No code stated: `status` is the payment\'s state, a call\'s flag (rule 6), and no rule names `paymentState`. logId: no body member is a support id (`id` is the payment\'s, `events[].id` the event\'s), so the headers speak; `Cf-Ray` is on rule 5\'s list, ahead of "any other header named like a request id" such as `Http-Correlation-Id`. Judgment call: a reader could prefer the correlation id.',
    response: {
      status: 402,
      headers: { 'Http-Correlation-Id': 'gnficlh6g2sky5fijzcyzjocta', 'Cf-Ray': '684e8e68ba79cd26-FCO' },
      body: {
        id: '100101773585',
        token: '002.ijlqnvko1o4ou45uabplrl9pqao8u2v52njs2972r24hje65',
        status: 'DECLINED',
        created: '2021-08-26T16:47:46.907Z',
        originalAmount: { amount: '26.24', currency: 'USD' },
        openToCaptureAmount: { amount: '26.24', currency: 'USD' },
        paymentState: 'AUTH_DECLINED',
        merchantReference: 'R735670701',
        refunds: [],
        events: [
          {
            id: '1xH0Ei1o80ZUK4uYjCo3FMilGdK',
            created: '2021-08-26T16:49:56.938Z',
            expires: null,
            type: 'AUTH_DECLINED',
            amount: { amount: '26.24', currency: 'USD' },
            paymentEventMerchantReference: null,
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: '684e8e68ba79cd26-FCO' },
  },

  // ───────────────────────────── Bolt API ─────────────────────────────
  {
    id: 'bolt/account-wrong-token-forbidden-403',
    source: 'Bolt API',
    url: 'solidusio/solidus_bolt/spec/fixtures/vcr_cassettes/SolidusBolt_Accounts_DetailService/_call/with_wrong_access_token/gives_an_error.yml@6351c52f1951e38cd8146ab14f11aae538f4e9c9',
    note: 'solidus_bolt\'s VCR cassette of GET https://api-sandbox.bolt.com/v1/account with a wrong shopper access token: 403 Forbidden and this body (the YAML\'s folded line joined). `X-Bolt-Trace-Id` copied. Kind: 403, forbidden (rule 1: no credential code; the status decides). Message: "This action is forbidden." says no more than the 403, as "Access to the requested resource is forbidden." does (the sixty-eighth holdout\'s row): the default. Judgment call: a reader could keep it as a sentence. Code: the lone item\'s numeric `code`, "18" as a string (rule 6). logId not stated: the trace id sits in a vendor-prefixed `X-Bolt-Trace-Id` as an X-Ray `Root=1-…` value, and rule 5 does not say whether such a header, or which part of its value, is the support id.',
    response: {
      status: 403,
      headers: { 'X-Bolt-Trace-Id': 'Root=1-628232d2-74004fc24c6d262b73fde049' },
      body: { result: { success: false }, errors: [{ code: 18, message: 'This action is forbidden.' }] },
    },
    expect: { kind: 'forbidden', message: DEFAULT, code: '18' },
  },
  {
    id: 'bolt/webhook-empty-event-internal-error-500',
    source: 'Bolt API',
    url: 'solidusio/solidus_bolt/spec/fixtures/vcr_cassettes/SolidusBolt_Webhooks_CreateService/_call/with_empty_event/raises_a_server_error.yml@c2355d25174cf5f9b1160623f5f694b3611627c9',
    note: 'solidus_bolt\'s VCR cassette of POST https://api-sandbox.bolt.com/v1/webhooks with `events: [""]`: 500 Internal Server Error and this body (the YAML\'s folded line joined). `X-Bolt-Trace-Id` copied; `X-Bolt-Error-Code: 46` (the body\'s code again) not copied. Kind: 500, server (rule 1). Message: "Internal error" says no more than the 500 (rule 2.1\'s "Internal … error"): the default. Code: the lone item\'s `code`, "46" (rule 6). logId not stated (as above).',
    response: {
      status: 500,
      headers: { 'X-Bolt-Trace-Id': 'Root=1-62946914-0bc27d70587a2f0b31b3cf53' },
      body: { result: { success: false }, errors: [{ code: 46, message: 'Internal error' }] },
    },
    expect: { kind: 'server', message: DEFAULT, code: '46' },
  },
] satisfies ConformanceCase[];
