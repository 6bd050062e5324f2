import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-ninth unseen-API holdout, part HS (27 February 2027). The domain asked for was Rust, Swift and Dart client
// crates' and packages' test fixtures that hold a vendor's real error response, for vendors not yet in the corpus.
// What the look-ups found citable is two crypto-exchange APIs no other case file uses: Gate.io (API v4, spot and
// USDT-settled futures) and Bitget (API v2, spot and USDC-margined futures). Both bodies were copied from one .NET
// trading engine's adapter tests, BYTEX-TRADE/bytex, whose instrument-not-found parity test keeps, per market family,
// the status and body each venue answered when asked about a symbol it does not list, "measured live on 2026-09-25"
// (the test's words), and whose Fixtures/BitgetPayloads.cs says of its payloads "recorded from the live venue on
// 2026-09-25, byte for byte as it answered". It is not a Rust, Swift or Dart package: a judgment call, made because
// these were the only vendor bodies the search turned up that were recorded from the live API with their status, for
// vendors absent from the corpus. No header was shown by the source and none was added. Every `expect` was written
// from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: SimpleMDM's Swift SDK (its tests mock a 401 without a body and check the SDK's own
// error text); krunker-rs (its tests/fixtures/error.json is a placeholder, `{"error": "Error message description"}`,
// and its client tests' bodies, `{"error":"Missing player"}`, `{"error":"Limited","retry_after":3}`, are the test
// author's); FlexVault's fxv-api-rs (its error fixture is a CLI's JSON report, no HTTP response); a FatSecret fixture
// in a Rust meal planner (fatsecret Platform API is already a source); Gate.io's `{"label":"INVALID_PARAM_VALUE",
// "message":"range from/to must in 1 hour"}`, captured live in a Chinese analysis note but without its status (a
// status would have to be guessed); a Kotlin MockWebServer test's `{"label":"INVALID_CURRENCY","message":"Invalid
// currency NOPE"}` (the test author's symbol, the same shape as the live body kept below); Bytex's own Gate tests
// (`GatePayloads.Error("INVALID_PARAM_VALUE", "bad thing")`, `("LEVERAGE_TOO_HIGH", "not entitled")`: the test
// author's words) and its Bitget tiers stub's `("40034", "Parameter does not exist")` (a shortened message); a Bitget
// `{"code":"40774","msg":"mode mismatch"}` in a Python test (not Bitget's text for that code); WhiteBIT's bodies in
// ccxt's comments and a Bitso body (no status, or not found). Duplicates dropped: Gate's delivery family answers the
// futures family's body word for word, and Bitget's USDT-futures family its spot family's. Skipped as already
// sources: the Supercell developer API (Clash Royale's and Brawl Stars' `{"reason":"accessDenied.invalidIp",…}`,
// `{"reason":"inMaintenance",…}`, found in Swift, Go, Python and JavaScript tests), Binance, Bybit, KuCoin, OKX,
// Kraken and Hyperliquid (the same Bytex test records them), and fatsecret.
//
// The part holds 4 cases from 2 sources, well under the brief's aim of 15–30 from at least 5: all 30 look-ups were
// spent, most of them on Rust, Swift and Dart fixtures that turned out to be the test authors' own bodies, or on
// vendors already in the corpus.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-27-hs`, on f3b5e3e, src/ unchanged: in the frozen copy /tmp/base99; `--check` first found
// nothing to fix; the first attempt crashed because another collector's file, unseen-2027-02-27-hq.ts, vanished from
// the shared copy mid-run, so it was run once more): 2/4 pass, 2 sources (kind 4/4, message 2/4, fields 4/4, retry
// 4/4, logId 0/0, code 2/2). Failing at first sight: bitget/parameter-does-not-exist-spot-400 (kept "Parameter
// NOTACOINUSDT does not exist"; the case reads a line that only says an input, called a parameter, is wrong as the
// default, rule 2.1, "Parameter component is required": a judgment call its note names) and
// bitget/parameter-does-not-exist-usdc-futures-400 (kept "Parameter NOTACOINPERP does not exist"; the same rule and
// the same judgment call). Both Gate.io cases passed as written, the kit reading `label` as the code (validation for
// `INVALID_CURRENCY` with its sentence kept, not-found for `CONTRACT_NOT_FOUND` with the default).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Gate.io ─────────────────────────────
  {
    id: 'gate-io/invalid-currency-spot-400',
    source: 'Gate.io API v4',
    url: 'BYTEX-TRADE/bytex/tests/Bytex.Adapters.Tests/InstrumentNotFoundParityTests.cs@eedb8a2c948ff47d1d98634cdd2b1a2daf7231ac',
    note: 'The test\'s `NotFound("Gate.spot")` row: GET /api/v4/spot/currency_pairs/NOTACOIN_USDT answered 400 with this body, "measured live on 2026-09-25" (the file\'s header; the stored version read is one of fifteen, the listing names eedb8a2). NOTACOIN is the symbol the test asked about, echoed. No header shown, none given. Kind: Gate\'s `label` is its error code (API v4 documents `label` and `message`); `INVALID_CURRENCY` begins with "invalid" and names an input, a validation code on a 4xx (rule 1, as Perplexity\'s `invalid_model`): validation, with no field-bound error (nothing names a field member). Judgment call: rule 6 does not list `label` among the members that hold a code, so the code is not stated, and a reader who does not read it gives bad-request. Message: "Invalid currency NOTACOIN" names the input in a person\'s word, as "Invalid phone number" does (rule 2.1), with the value sent: kept. Judgment call: a reader could take it for a line naming only which input is invalid and give the default.',
    response: { status: 400, body: { label: 'INVALID_CURRENCY', message: 'Invalid currency NOTACOIN' } },
    expect: { kind: 'validation', message: 'Invalid currency NOTACOIN' },
  },
  {
    id: 'gate-io/contract-not-found-futures-400',
    source: 'Gate.io API v4',
    url: 'BYTEX-TRADE/bytex/tests/Bytex.Adapters.Tests/InstrumentNotFoundParityTests.cs@eedb8a2c948ff47d1d98634cdd2b1a2daf7231ac',
    note: 'The test\'s `NotFound("Gate.futures")` row: GET /api/v4/futures/usdt/contracts/NOTACOIN_USDT answered 400 with only a label, measured live ("Both derivative markets answer the same label and send no message at all with it"; the delivery family\'s identical answer, on /api/v4/delivery/usdt/contracts/NOTACOIN_USDT_20261009, is not repeated as a case). No header shown. Kind: `CONTRACT_NOT_FOUND` is a not-found code on a 400 (rule 1, as `channel_not_found`): not-found. Judgment call: it rests on reading Gate\'s `label` as the code, which rule 6 does not name; read as nothing, the 400 would be a bad request. Message: the body holds only a code, no sentence (rules 2.1 and 2.4): the default. Code not stated, for the same doubt.',
    response: { status: 400, body: { label: 'CONTRACT_NOT_FOUND' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Bitget ─────────────────────────────
  {
    id: 'bitget/parameter-does-not-exist-spot-400',
    source: 'Bitget API v2',
    url: 'BYTEX-TRADE/bytex/tests/Bytex.Adapters.Tests/InstrumentNotFoundParityTests.cs',
    note: 'A later stored version of the same parity test (its commit not shown by the index) adds the `Bitget.spot` row: the spot symbols endpoint asked about NOTACOINUSDT answered 400 with `BitgetPayloads.Error("40034", "Parameter NOTACOINUSDT does not exist")`, "measured live on all three families" (the test\'s comment). The wire body is that helper\'s, in tests/Bytex.Adapters.Tests/Fixtures/BitgetPayloads.cs@67b3e103043476a0490bb7afa146ec9ac339b116: `{"code":"…","msg":"…","requestTime":1790358274804,"data":null}`; the `requestTime` is the fixture\'s recorded one, not this answer\'s. No header shown. Kind: 400, no field, and `40034` is a vendor number that names no kind (rule 1): bad-request. Message: "Parameter NOTACOINUSDT does not exist" says only that an input, called a parameter, is wrong, as "Parameter component is required" does (rule 2.1): the default. Judgment call: it names the value sent and says it does not exist, which a reader could keep as a sentence. Code: the `code` member, a string (rule 6). No support id: `requestTime` is a time.',
    response: {
      status: 400,
      body: { code: '40034', msg: 'Parameter NOTACOINUSDT does not exist', requestTime: 1790358274804, data: null },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: '40034' },
  },
  {
    id: 'bitget/parameter-does-not-exist-usdc-futures-400',
    source: 'Bitget API v2',
    url: 'BYTEX-TRADE/bytex/tests/Bytex.Adapters.Tests/InstrumentNotFoundParityTests.cs',
    note: 'The same test\'s `Bitget.usdc-futures` row: the contracts endpoint asked about NOTACOINPERP (the USDC-margined family leaves the quote currency out of its symbols) answered 400 with `BitgetPayloads.Error("40034", "Parameter NOTACOINPERP does not exist")`, measured live; the USDT-futures row, word for word the spot case\'s body, is not repeated. Body written from the helper in Fixtures/BitgetPayloads.cs@67b3e10, as in the spot case. Kind: bad-request (rule 1). Message: the default, for the spot case\'s reason (rule 2.1; the same judgment call). Code: `40034` (rule 6).',
    response: {
      status: 400,
      body: { code: '40034', msg: 'Parameter NOTACOINPERP does not exist', requestTime: 1790358274804, data: null },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: '40034' },
  },
] satisfies ConformanceCase[];
