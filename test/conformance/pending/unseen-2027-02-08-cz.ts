import { DEFAULT, type ConformanceCase } from '../types';

// Eightieth unseen-API holdout, part CZ (8 February 2027): web3 wallet, chain-infrastructure and DeFi aggregator APIs
// that no other case file uses: Uniswap Labs' Routing API (`/quote`, the v1 router) and its unified routing API (the
// UniswapX `/quote` service), the Blockscout explorer's REST API (its `/api/v2` and account API), the Safe{Wallet}
// Transaction Service, the CoW Protocol orderbook API, the ParaSwap prices API, Jupiter's swap API (the self-hosted
// `jupiter-swap-api` binary), the LI.FI API and Reown's (WalletConnect's) Blockchain API. They were collected to
// measure how the reader does at first sight on APIs it was never tuned on. Every body was copied from the public
// material named in `url` and `note`: the servers' own test suites that assert a whole response and its status
// (Uniswap's integration tests run against the deployed API, Blockscout's Phoenix controller tests, CoW Protocol's
// orderbook unit test), Safe's own client gateway test that parses the Transaction Service's error body with its
// status, and public issues that paste what a live API answered (ParaSwap's 400 in a CowSwap issue, Jupiter's 500 in
// metis-binary#36, LI.FI's bodies in lifinance/sdk#274, Reown's body in reown-com/appkit#3136). Where the status is
// not printed beside the body it is taken from the vendor's own table (LI.FI's error playbook) or from the server's
// own error mapping (Reown's `src/error.rs`), and `note` says so. The Uniswap tests assert with chai-subset, so the
// live bodies may carry members the tests leave unchecked; the bodies are written as asserted, and `note` says so. No
// header was shown by any source, and none was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: 0x, Etherscan, GoldRush (Covalent), Tatum, mempool.space, Alchemy, Infura, QuickNode, Ankr,
// Coinbase, OpenSea, Hyperliquid, MoonPay and Banxa (already sources); Moralis, Helius (a 429 status line only, in
// metis-binary#33), thirdweb (Engine's issues and PRs in reach print no body), Magic, Privy, Dynamic, Turnkey,
// NOWNodes, GetBlock, Chainstack, Blast API, Reservoir, Solscan and Subscan (nothing citable with a body and its
// status within the cap); CoinMarketCap (its error guide gives a code-to-status table, 1002 on 401 and 1008 on 429,
// but the stored excerpts print no body); 1inch (gemwallet's PR #226 prints a wrapper's own JSON, and wallet PRs
// that handle "cannot estimate" print none); Jupiter's `COULD_NOT_FIND_ANY_ROUTE` body (metis-binary#109, no
// status), jupiter-quote-api-node#64 (status and headers of a 400, the body printed as a `ReadableStream`) and
// hummingbot/gateway#691 (an upstream 401 whose body the excerpt does not show); the Safe Client Gateway (the spec
// read held no error bodies, and searches for its error shapes returned other projects); Blockscout's three-item 422
// for a block id and its v1 `status: "0"` bodies (found only in versions whose repository path could not be opened,
// or asserted with a regular expression, not whole); Uniswap's unified routing `"tokenIn" is required` (the same
// Joi line as the Routing API's case). No rate limit, 401 or 403 with a body and its status turned up in this domain
// within the cap; no XML, HTML or text body did either.
//
// The part holds 20 cases from 9 sources (the brief's aim of 20-32 from at least 6), with 45 of the 55 look-ups spent:
// most of the domain's vendors are closed services whose bodies are quoted without a status, so the cases come
// mostly from the open-source servers among them.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-08-cz`, on 5546e1b, src/ unchanged: in the frozen copy /tmp/base79): 11/20 pass, 9 sources
// (kind 20/20, message 12/20, fields 19/20, retry 20/20, logId 0/0, code 12/12). Failing at first sight:
// uniswap-routing/token-in-address-required-400 (kept `"tokenInAddress" is required`, a line naming only an input by
// its quoted key, the default by rule 2.1's row of 6 December 2026); uniswap-routing/amount-negative-pattern-400
// (kept Joi's report ending in `/^[0-9]+$/`, a regular expression, developer text by the seventy-fifth holdout's row);
// uniswap-routing/amount-length-77-400 (kept `"amount" length must be less than or equal to 77 characters long`, a
// quoted key: the default, a judgment call the note names); uniswap-routing/token-in-out-same-400 (kept "TokenIn and
// tokenOut must be different", capitalised, inputs named only by their camel-case keys: the default, a judgment call);
// uniswap-unified-routing/configs-not-allowed-types-400 (kept `"configs[0]" does not match any of the allowed types`,
// a schema validator's report on a quoted path: the default); blockscout/transaction-logs-invalid-parameters-422 (kept
// "Invalid parameter(s)", generic by rule 2.1 as "Invalid parameters" is); jupiter/amount-parse-int-error-500 (kept
// Rust's `ParseIntError { kind: InvalidDigit }` report, a parser's, developer text by rule 2.3);
// lifi/from-amount-for-gas-keyword-validation-1011-400 (kept Ajv's "must pass "isBigNumberish" keyword validation"
// report, developer text by rule 2.3); lifi/no-available-quotes-1002-404 (read `errors.filteredOut` as a field
// `filteredOut` with the route's `reason`, where the case reads no input named: a judgment call the note names). Every
// other case passed as written, including Blockscout's JSON:API field and its 500s' sentences, the Safe Transaction
// Service's generic "… validation failed" and its numeric code, CoW Protocol's duplicate code as a conflict, ParaSwap's
// code alone in `error` and Reown's lone form-level item in `reasons`.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Uniswap Routing API ─────────────────────────────
  {
    id: 'uniswap-routing/token-in-address-required-400',
    source: 'Uniswap Routing API',
    url: 'Uniswap/routing-api/test/mocha/e2e/quote.test.ts@07a81d7750c17f4e333c565083d6c18e7854dd9b',
    note: 'The routing API\'s own end-to-end test, run against the deployed API (`UNISWAP_ROUTING_API`), "field is missing in body": `GET /quote` without `tokenInAddress`; `callAndExpectFail` asserts `status: 400` and `data: { detail, errorCode }` with chai-subset, so the live body may carry members the test leaves unchecked (written as asserted). Kind: `VALIDATION_ERROR`, a validation code on a 4xx (rule 1). Message: `"tokenInAddress" is required` names only which input is missing, quoted by the API\'s own key (rule 2.1, the row of 6 December 2026): the default. Fields: none; the key sits only in the text, and rule 3 finds fields by structure (Joi\'s line is no format whose text the rules read for a path). Judgment call: a reader could take the quoted key as the field. Code: `errorCode`, a code member by its shape (rule 6).',
    response: { status: 400, body: { detail: '"tokenInAddress" is required', errorCode: 'VALIDATION_ERROR' } },
    expect: { kind: 'validation', message: DEFAULT, code: 'VALIDATION_ERROR' },
  },
  {
    id: 'uniswap-routing/amount-negative-pattern-400',
    source: 'Uniswap Routing API',
    url: 'Uniswap/routing-api/test/mocha/e2e/quote.test.ts@07a81d7750c17f4e333c565083d6c18e7854dd9b',
    note: 'The same end-to-end suite, "amount is negative": `amount=-10000000000`; status 400 and `data` asserted with chai-subset (written as asserted). Kind: `VALIDATION_ERROR` (rule 1). Message: Joi\'s report names the input by its quoted key and ends with the regular expression it failed, developer text (the seventy-fifth holdout\'s row: "a regular expression to match"): the default. Fields: none (no path member). Code: `errorCode` (rule 6).',
    response: {
      status: 400,
      body: {
        detail: '"amount" with value "-10000000000" fails to match the required pattern: /^[0-9]+$/',
        errorCode: 'VALIDATION_ERROR',
      },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'VALIDATION_ERROR' },
  },
  {
    id: 'uniswap-routing/amount-length-77-400',
    source: 'Uniswap Routing API',
    url: 'Uniswap/routing-api/test/mocha/e2e/quote.test.ts@07a81d7750c17f4e333c565083d6c18e7854dd9b',
    note: 'The same suite, "amount is too big for uint256": an amount of 111 digits; status 400 and `data` asserted with chai-subset (written as asserted). Kind: `VALIDATION_ERROR` (rule 1). Message: `"amount" length must be less than or equal to 77 characters long` names the input by its quoted key (rule 2.1: "the name quoted") and a length rule: the default. Judgment call: the line says what the value must be, which NutrientAPI\'s "ingredients must be a non-empty array" was kept for by its collector; the quoted key is read here as deciding, as rule 2.1 lists it. Fields: none (no path member). Code: `errorCode` (rule 6).',
    response: {
      status: 400,
      body: {
        detail: '"amount" length must be less than or equal to 77 characters long',
        errorCode: 'VALIDATION_ERROR',
      },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'VALIDATION_ERROR' },
  },
  {
    id: 'uniswap-routing/token-out-symbol-not-found-400',
    source: 'Uniswap Routing API',
    url: 'Uniswap/routing-api/test/mocha/e2e/quote.test.ts@07a81d7750c17f4e333c565083d6c18e7854dd9b',
    note: 'The same suite, "symbol doesnt exist": `tokenOutAddress=NONEXISTANTTOKEN` (the test\'s own value, echoed by the API); status 400 and `data` asserted with chai-subset (written as asserted). Kind: `TOKEN_OUT_INVALID` says an input\'s value (the output token) is invalid, a validation code in either word order (rule 1). Message: "Could not find token with address …" is a sentence for the person about what they chose (rule 2): kept. Fields: none (no path member). Code: `errorCode` (rule 6).',
    response: {
      status: 400,
      body: { detail: 'Could not find token with address "NONEXISTANTTOKEN"', errorCode: 'TOKEN_OUT_INVALID' },
    },
    expect: { kind: 'validation', message: 'Could not find token with address', code: 'TOKEN_OUT_INVALID' },
  },
  {
    id: 'uniswap-routing/token-in-out-same-400',
    source: 'Uniswap Routing API',
    url: 'Uniswap/routing-api/test/mocha/e2e/quote.test.ts@07a81d7750c17f4e333c565083d6c18e7854dd9b',
    note: 'The same suite, "tokens are the same symbol" (and "… same address", the same body): `USDT` for both tokens; status 400 and `data` asserted with chai-subset (written as asserted). Kind: `TOKEN_IN_OUT_SAME` is no code a row of rule 1 sorts (it neither says invalid nor missing), and there are no field errors: a bad request. Judgment call: the code is about two inputs, which a reader could take for a validation code. Message: "tokenIn and tokenOut must be different" names the inputs only by their camel-case keys, as BankID\'s "UserNonVisible data requires userVisibleData" (read as the default by both readers of the sixty-fifth holdout) and "Either template_id or form_id should be added to query." (the seventy-sixth holdout\'s row): the default. Judgment call: the line does say what to change. Code: `errorCode` (rule 6).',
    response: {
      status: 400,
      body: { detail: 'tokenIn and tokenOut must be different', errorCode: 'TOKEN_IN_OUT_SAME' },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'TOKEN_IN_OUT_SAME' },
  },
  {
    id: 'uniswap-routing/no-route-found-404',
    source: 'Uniswap Routing API',
    url: 'Uniswap/routing-api/test/mocha/e2e/quote.test.ts@07a81d7750c17f4e333c565083d6c18e7854dd9b',
    note: 'The same suite, "erc20 -> erc20 forceMixedRoutes true for v2,v3": BOND to APE with only mixed routes forced; `status: 404` and `data` asserted with chai-subset (written as asserted). Kind: 404, not-found (rule 1; `NO_ROUTE` says the same). Message: "No route found" is a sentence that says what was not found, as "Resource not found" is (the fifth holdout\'s row), not the bare reason phrase: kept. Code: `errorCode` (rule 6).',
    response: { status: 404, body: { detail: 'No route found', errorCode: 'NO_ROUTE' } },
    expect: { kind: 'not-found', message: 'No route found', code: 'NO_ROUTE' },
  },

  // ───────────────────────────── Uniswap unified routing API (UniswapX) ─────────────────────────────
  {
    id: 'uniswap-unified-routing/quote-error-no-quotes-404',
    source: 'Uniswap unified routing API (UniswapX)',
    url: 'Uniswap/unified-routing-api/test/integ/quote-gouda.test.ts@dd714b3b4b772c9fbe1b2f5da92a4368117f5659',
    note: 'The unified routing API\'s integration test, run against the deployed API (`UNISWAP_API`), "Fails on small size": `POST /quote` for a Dutch limit order of 0.00001 USDC; `callAndExpectFail` asserts `status: 404` and `data: { detail, errorCode }` with chai-subset (written as asserted). Kind: 404, not-found (rule 1; `QUOTE_ERROR` names no kind). Message: "No quotes available" is a sentence for the person: kept. Code: `errorCode` (rule 6).',
    response: { status: 404, body: { detail: 'No quotes available', errorCode: 'QUOTE_ERROR' } },
    expect: { kind: 'not-found', message: 'No quotes available', code: 'QUOTE_ERROR' },
  },
  {
    id: 'uniswap-unified-routing/configs-not-allowed-types-400',
    source: 'Uniswap unified routing API (UniswapX)',
    url: 'Uniswap/unified-routing-api/test/integ/quote-gouda.test.ts@dd714b3b4b772c9fbe1b2f5da92a4368117f5659',
    note: 'The same test file, "Params: invalid exclusivity override" (and "Params: invalid auction period", the same body): a Dutch limit config with `exclusivityOverrideBps: -1`; status 400 and `data` asserted with chai-subset (written as asserted). Kind: `VALIDATION_ERROR` (rule 1). Message: Joi\'s report on its alternatives names the input only by its quoted path and says it matched none of the schema\'s types, as jsonschema\'s "… is not valid under any of the given schemas" (developer text, the forty-seventh holdout\'s row) and a line naming only an input by its key (rule 2.1) would: the default. Fields: none (no path member). Code: `errorCode` (rule 6).',
    response: {
      status: 400,
      body: { detail: '"configs[0]" does not match any of the allowed types', errorCode: 'VALIDATION_ERROR' },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'VALIDATION_ERROR' },
  },

  // ───────────────────────────── Blockscout ─────────────────────────────
  {
    id: 'blockscout/siwe-message-invalid-address-422',
    source: 'Blockscout API',
    url: 'blockscout/blockscout/apps/block_scout_web/test/block_scout_web/controllers/account/api/v2/authenticate_controller_test.exs@a5d78186ac51f3de170ffe013cbd9257caebdb0e',
    note: 'Blockscout\'s own controller test, "return error for an invalid address": `GET /api/account/v2/siwe_message?address=invalid_address`, `json_response(422)` compared whole (`assert response == %{…}`) with the Elixir map written as JSON. Kind: 422, validation (rule 1). Fields: the lone item\'s JSON:API `source.pointer` `/address` names the field `address` (rule 3), its message the occurrence\'s `detail` over the type-level `title` (rule 2.2). Judgment call: the detail ends in the regular expression the value failed, developer text for the response\'s message; the field keeps its own line, and a reader who drops it would give the field "Invalid value". Message: only a field message: the default (rule 2.4).',
    response: {
      status: 422,
      body: {
        errors: [
          {
            title: 'Invalid value',
            source: { pointer: '/address' },
            detail: 'Invalid format. Expected ~r/^0x([A-Fa-f0-9]{40})$/',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['address', 'Invalid format']] },
  },
  {
    id: 'blockscout/transaction-logs-not-found-404',
    source: 'Blockscout API',
    url: 'blockscout/blockscout/apps/block_scout_web/test/block_scout_web/controllers/api/v2/transaction_controller_test.exs@0009cae77cfc982702bbb64554633d38e8fe6d17',
    note: 'Blockscout\'s own controller test, "return 404 on non existing tx": `GET /api/v2/transactions/{hash}/logs` for a hash never inserted; `assert %{"message" => "Not found"} = json_response(request, 404)` (an Elixir pattern that would let other members pass; the v2 fallback controller renders only `message`). Kind: 404, not-found (rule 1). Message: "Not found" is the bare reason phrase (rule 2.1): the default.',
    response: { status: 404, body: { message: 'Not found' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'blockscout/transaction-logs-invalid-parameters-422',
    source: 'Blockscout API',
    url: 'blockscout/blockscout/apps/block_scout_web/test/block_scout_web/controllers/api/v2/transaction_controller_test.exs@0009cae77cfc982702bbb64554633d38e8fe6d17',
    note: 'The same test file, "return 422 on invalid tx hash": `GET /api/v2/transactions/0x/logs`; `assert %{"message" => "Invalid parameter(s)"} = json_response(request, 422)` (a pattern; the fallback controller renders only `message`). Kind: 422, validation (rule 1). Message: "Invalid parameter(s)" only says the parameters were invalid, as "Invalid parameters" and Circle\'s "API parameter invalid" (rule 2.1\'s generic list): the default. Fields: none.',
    response: { status: 422, body: { message: 'Invalid parameter(s)' } },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'blockscout/send-otp-email-already-exists-500',
    source: 'Blockscout API',
    url: 'blockscout/blockscout/apps/block_scout_web/test/block_scout_web/controllers/account/api/v2/authenticate_controller_test.exs@a5d78186ac51f3de170ffe013cbd9257caebdb0e',
    note: 'Blockscout\'s own controller test, "do not send OTP for linking email to an existing account when email is already linked": `POST /api/account/v2/send_otp` (its identity provider mocked with Tesla), `json_response(500)` compared whole: `assert response == %{"message" => "Account with this email already exists"}`. Kind: 500, server (rule 1: the status decides; text never decides, though the words say a duplicate). Message: a sentence for the person in JSON (rule 2.6 concerns plain text only): kept.',
    response: { status: 500, body: { message: 'Account with this email already exists' } },
    expect: { kind: 'server', message: 'Account with this email already exists' },
  },
  {
    id: 'blockscout/send-otp-account-already-has-email-500',
    source: 'Blockscout API',
    url: 'blockscout/blockscout/apps/block_scout_web/test/block_scout_web/controllers/account/api/v2/authenticate_controller_test.exs@a5d78186ac51f3de170ffe013cbd9257caebdb0e',
    note: 'The same test file, "do nothing for an account with an existing email": `POST /api/account/v2/send_otp` from a signed-in user who already has an email; `json_response(500)` compared whole: `assert response == %{"message" => "This account already has an email"}`. Kind: 500, server (rule 1). Message: a sentence for the person: kept.',
    response: { status: 500, body: { message: 'This account already has an email' } },
    expect: { kind: 'server', message: 'This account already has an email' },
  },

  // ───────────────────────────── Safe Transaction Service ─────────────────────────────
  {
    id: 'safe-transaction-service/checksum-address-validation-failed-422',
    source: 'Safe Transaction Service',
    url: '5afe/safe-client-gateway/src/utils/tests/errors.rs@0df3f57630af2c7bfe926e8ccf47d8f57095fd8b',
    note: 'Safe\'s own client gateway (the Rust service that reads the Transaction Service for Safe{Wallet}) tests how it parses "a known error JSON structure" from the Transaction Service: `ApiError::from_backend_error(422, …)` with this body, and asserts status 422; the Transaction Service\'s views answer a lower-case address with this body and `HTTP_422_UNPROCESSABLE_ENTITY`. Written as the test\'s raw JSON (its indentation dropped). Kind: 422, validation (rule 1). Message: "Checksum address validation failed" is two words before "validation failed", generic (the thirty-fourth holdout\'s row): the default. Fields: none (`arguments` is a list of values, no path member). Code: `code: 1`, the explicit code member, as a string (rule 6).',
    response: {
      status: 422,
      body: {
        code: 1,
        message: 'Checksum address validation failed',
        arguments: ['0x1230b3d59858296A31053C1b8562Ecf89A2f888b'],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, code: '1' },
  },

  // ───────────────────────────── CoW Protocol orderbook API ─────────────────────────────
  {
    id: 'cow-protocol/duplicated-order-400',
    source: 'CoW Protocol orderbook API',
    url: 'cowprotocol/services/crates/orderbook/src/api/post_order.rs@0162c1cc0729fd0ef78f7459c255d1c4a9113c3c',
    note: 'The orderbook\'s own unit test `create_order_response_duplicate`: the reply to `POST /api/v1/orders` for `AddOrderError::DuplicatedOrder`, asserting `StatusCode::BAD_REQUEST` and the whole body `json!({"errorType": "DuplicatedOrder", "description": "order already exists"})` (the server\'s e2e test asserts the same body when an order is posted twice). Kind: `errorType` is a category member (rule 1: `error_type`) holding a duplicate code, which on a 400 is a conflict (rule 1; `DUPE` and "already exists" as duplicates). Message: `description`, "order already exists", a line about the person\'s order in small letters, kept, as Coincheck\'s "order temporally disabled" is (rule 2.1 gives the default to a lone key in small letters, which "order" is not here). No code stated: whether `errorType` is the code or only its category, rule 6 does not say.',
    response: { status: 400, body: { errorType: 'DuplicatedOrder', description: 'order already exists' } },
    expect: { kind: 'conflict', message: 'order already exists' },
  },

  // ───────────────────────────── ParaSwap ─────────────────────────────
  {
    id: 'paraswap/estimated-loss-greater-than-max-impact-400',
    source: 'ParaSwap API',
    url: 'https://github.com/gnosis/cowswap/issues/825',
    note: "CowSwap's maintainer pasted what `GET https://apiv4.paraswap.io/v2/prices/?from=…&to=…&amount=64874567200413376&side=SELL&network=1` answered, saying \"this return a 400 error, because the amount is so small\". The browser printed JSON with unquoted keys; written back as the JSON it was. Trimmed: `priceRoute` keeps its `bestRoute` (one route, whole), `blockNumber`, `destAmount`, `srcAmount` and `adapterVersion`; its `others` list (other exchanges' rates) and what followed were cut. Kind: a 400 whose code no row of rule 1 sorts (an estimated loss over the allowed impact) and no field errors: a bad request. Message: `error` holds only a code (rule 2.1): the default. Code: the code alone in `error` (rule 6). Fields: none (`path` lists token addresses inside the route's data, no error's path).",
    response: {
      status: 400,
      body: {
        error: 'ESTIMATED_LOSS_GREATER_THAN_MAX_IMPACT',
        value: '99.99%',
        priceRoute: {
          bestRoute: [
            {
              exchange: 'UniswapV2',
              srcAmount: '64874567200413376',
              destAmount: '1',
              percent: '100',
              data: {
                router: '0x86d3579b043585A97532514016dCF0C2d6C4b6a1',
                path: ['0xba100000625a3754423978a60c9317c58a424e3d', '0xdac17f958d2ee523a2206206994597c13d831ec7'],
                factory: '0x5C69bEe701ef814a2B6a3EDD4B1652CB9cc5aA6f',
                initCode: '0x96e8ac4277198ff8b6f785478aa9a39f403cb768dd02cbee326c3e7da348845f',
                tokenFrom: '0xba100000625a3754423978a60c9317c58a424e3d',
                tokenTo: '0xdac17f958d2ee523a2206206994597c13d831ec7',
                gasUSD: '3.047673',
              },
              destAmountFeeDeducted: '1',
            },
          ],
          blockNumber: 12734395,
          destAmount: '1',
          srcAmount: '64874567200413376',
          adapterVersion: '4.0.0',
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'ESTIMATED_LOSS_GREATER_THAN_MAX_IMPACT' },
  },

  // ───────────────────────────── Jupiter ─────────────────────────────
  {
    id: 'jupiter/amount-parse-int-error-500',
    source: 'Jupiter Swap API (self-hosted jupiter-swap-api)',
    url: 'https://github.com/jup-ag/metis-binary/issues/36',
    note: 'The issue reports that `GET /quote?…&amount=15716.256&…` "will return a 500 - Internal Server Error from the jupiter-swap-api server" and pastes "The error message is:" this body (the reporter asks for a 400). No header shown. Kind: 500, server (rule 1: the status decides, whatever the cause). Message: Rust\'s debug print of a `ParseIntError` after the parameter\'s name, a parser\'s report (rule 2.3): the default. No code.',
    response: {
      status: 500,
      body: { error: 'Query parameter amount cannot be parsed: ParseIntError { kind: InvalidDigit }' },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── LI.FI ─────────────────────────────
  {
    id: 'lifi/from-amount-for-gas-keyword-validation-1011-400',
    source: 'LI.FI API',
    url: 'https://github.com/lifinance/sdk/issues/274',
    note: 'The reporter queried `https://li.quest/v1/quote?…&fromAmountForGas=0&…` and pasted "I got this error response". Status: not printed; 400 from LI.FI\'s own error playbook (https://docs.li.fi/agents/reference/error-playbooks: "400 Bad Request — Invalid parameters in the request"), and `1011` is `ValidationError` in its code list (docs.li.fi/api-reference/error-codes). No header shown. Kind: a 400 whose only code is a number no rule sorts, without field errors: a bad request (rule 1). Judgment call: the vendor names 1011 a validation error, which a reader could take as the kind. Message: Ajv\'s keyword report on a JSON Pointer ("must pass \\"isBigNumberish\\" keyword validation"), developer text (rule 2.3: Ajv\'s reports): the default. Fields: none (the pointer sits in the text only). Code: `1011` (rule 6).',
    response: {
      status: 400,
      body: { message: '/fromAmountForGas must pass "isBigNumberish" keyword validation', code: 1011 },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: '1011' },
  },
  {
    id: 'lifi/no-available-quotes-1002-404',
    source: 'LI.FI API',
    url: 'https://github.com/lifinance/sdk/issues/274',
    note: 'The same issue: "After changing some params, I got this response". Trimmed: `errors.filteredOut` keeps its first item (the paste lists more, the second cut short in the stored copy). Status: not printed; 404 from LI.FI\'s error playbook ("404 Not Found — No route available for the requested transfer"), and `1002` is `NoQuoteError` in its code list. No header shown. Kind: 404, not-found (rule 1). Message: "No available quotes for the requested transfer", a sentence for the person: kept. Fields: none. Judgment call: `filteredOut` lists routes the search left out, each with its `overallPath` through bridges and its `reason`; neither names an input, though a reader could read `errors` as a map of fields. Code: `1002` (rule 6).',
    response: {
      status: 404,
      body: {
        message: 'No available quotes for the requested transfer',
        code: 1002,
        errors: {
          filteredOut: [
            {
              overallPath: '8453:USDC~8453:ETH-8453:ETH-hop-137:WETH-137:WETH~137:USDC',
              reason:
                'Bridge hop does not support destination call and the request options do not allow multiple signatures',
            },
          ],
        },
      },
    },
    expect: { kind: 'not-found', message: 'No available quotes for the requested transfer', code: '1002' },
  },

  // ───────────────────────────── Reown (WalletConnect) Blockchain API ─────────────────────────────
  {
    id: 'reown/conversion-insufficient-liquidity-400',
    source: 'Reown Blockchain API',
    url: 'https://github.com/reown-com/appkit/issues/3136',
    note: 'The reporter\'s in-app swap (AppKit calls Reown\'s Blockchain API for conversion quotes) got "the following error in browser console", this body. Status: not printed; 400 from the server\'s own error mapping (reown-com/blockchain-api/src/error.rs@00cc375a487cb3ea0d548eab4fc5bc32a5af565a: `ConversionInvalidParameter` answers `StatusCode::BAD_REQUEST` with `new_error_response("", format!("Conversion parameter error: {}", e))`, the `{ status: "FAILED", reasons: [{ field, description }] }` envelope). No header shown. Kind: a 400 without a code (`status: "FAILED"` is the call\'s own flag, no code: the sixty-first holdout\'s row) and without field errors (the item\'s `field` is empty: form-level): a bad request. Message: the lone form-level item in `reasons` (rule 1: a list under `reasons` holds the error), "Conversion parameter error: insufficient liquidity"; the substring holds whether the category before the colon is kept or dropped as a generic headline. No code.',
    response: {
      status: 400,
      body: {
        status: 'FAILED',
        reasons: [{ field: '', description: 'Conversion parameter error: insufficient liquidity' }],
      },
    },
    expect: { kind: 'bad-request', message: 'insufficient liquidity' },
  },
] satisfies ConformanceCase[];
