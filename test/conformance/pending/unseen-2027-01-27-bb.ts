import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-eighth unseen-API holdout, part BB (27 January 2027): error responses recorded where Elixir packages (Hex)
// that wrap third-party APIs keep them, for APIs that no case file uses: the Stellar network's Horizon API, Coinbase
// Pro's exchange API under its first name GDAX, Craftgate (a Turkish payment platform), Amazon SimpleDB and Discovergy
// (now inexogy, a German smart-meter API). They were collected to measure how the reader does at first sight on APIs it
// was never tuned on. Every body was copied from the file named in `url`, with its commit: the Horizon problem
// documents kept by kommitters/stellar_sdk (`test/support/fixtures/horizon/<status>….json`, each named by its status
// and carrying it in its own `status` member, but for the async submission's DUPLICATE, whose status is the file's
// name); ExVCR cassettes recorded against GDAX's sandbox (api-public.sandbox.pro.coinbase.com) in
// fremantle-industries/tai's `fixture/vcr_cassettes/exchange_adapters/gdax/` and against sdb.amazonaws.com in
// adamkittelson/simplex's `fixture/vcr_cassettes/` (each holding the request, the status, the headers and the body as
// the recorder saw them); Craftgate's error documents in ygunayer/craftgate-elixir-client's `test/fixtures/`, paired
// with their statuses in the `%HTTPoison.Response{}` structs of its serializable_test.exs; and the text body
// adriankumpf/discovergy's error_test.exs serves through Tesla.Mock with its status. Bodies recorded as JSON text were
// decoded once into the JSON they are; SimpleDB's XML and Discovergy's text are kept as strings. Headers were copied
// only where the source shows them (the cassettes), and only Date, Content-Type, Server and the request id (`CF-RAY`):
// Content-Length, Connection, Transfer-Encoding, Set-Cookie, CORS, ETag and security headers were left out, and no
// header was added. No body was trimmed. Every `expect` was written from the source and test/conformance/README.md
// before the kit was run.
//
// Looked for and dropped, already sources: Razorpay and OpenCPU (the only other holders of a
// `fixture/vcr_cassettes/bad_request.json`), WebPurify (`invalid_api_key.json`), Overpass API (koichirose/overpex's
// `test/support/fixtures/error.json`), Mailtrap (railsware/mailtrap-elixir), Mangopay, Omise and DNSimple (their
// vendors' Elixir SDKs), GitHub (gtil's custom cassette), and Binance, BitMEX, FTX, OKX, Poloniex, Deribit, Bybit,
// Delta Exchange, Bitstamp and Polygon.io (tai's other venue cassettes and fremantle-industries' per-exchange
// libraries). Nothing citable: Huobi (tai holds only a success cassette), Medium (roperzh/medium-sdk-elixir answers
// `{ errors: [{ code: 3434, message: "some error" }] }`, the test's own text), the XRP Ledger (an Elixir client's
// middleware test answers "Uoh!" and "All bad"), Ibanity (ibanity-elixir's tests build request URLs only), Azupay and
// a Kubo (IPFS) client (a code search showed their tests without naming the repository, and neither excerpt held the
// vendor's body), and Discovergy's OAuth test (successes only). Dropped from the sources kept: SimpleDB's
// `server_error.json` (the `client_error.json` recording with its code and message replaced, keeping the same
// RequestID and Date: an edit, not a recording); Craftgate's 10051 body served with a 200 (the test's own pairing, to
// check its parser) and its `response_error_raw_404.html` (a five-line page written for the test); GDAX's
// `order_status_error.json` (the same body, status and headers as the cancel cassette kept, from a GET to the same
// path); Horizon's `409_async_transaction_try_again_later.json` (the file's name pairs TRY_AGAIN_LATER with 409, the
// status the same SDK gives DUPLICATE, and no source within the cap confirmed it), and its other 400 fixtures (invalid
// send and receive paths, trade aggregations, an async error result), not opened within the cap. No Erlang or Gleam
// package with a recorded error turned up within the cap. Semantic searches of the code corpus for ExVCR cassettes,
// Bypass, Tesla.Mock and Req.Test bodies returned mostly web apps' own error views, and the cassettes' JSON is not
// reached by exact-string search; the sources were found by listing repositories holding an error-named fixture path
// and by listing a found repository's fixtures.
//
// The part holds 17 cases from 5 sources, under the brief's aim of 25 from 8: the cap of 60 look-ups (60 spent) went
// mostly to searches that found no Elixir wrapper of an unseen API, and most wrappers found wrap APIs the corpus holds.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-27-bb`, on 5e34f68, src/ unchanged: in the frozen copy /tmp/base67): 14/17 pass, 5 sources
// (kind 17/17, message 14/17, fields 17/17, retry 17/17, logId 5/5, code 3/3). Failing at first sight, all messages:
// stellar-horizon/transaction-failed-insufficient-fee-400 (kept the whole `detail`, "The transaction failed when
// submitted to the stellar network. The `extras.result_codes` field … Descriptions of each code can be found at: …",
// where the case reads a line that only says the transaction failed, then pointers to a member and to the docs: rule
// 2.1, a judgment call its note names); stellar-horizon/transaction-malformed-400 (kept "Horizon could not decode the
// transaction envelope in this request. …", a decoder's failure on the request body: rule 2.3, OpenShift.io's);
// stellar-horizon/stale-history-503 (kept "This horizon instance is configured to reject client requests when … the
// history database is lagging too far behind the connected instance of stellar-core. …", infrastructure behind the
// service, a replica's lag: rule 2.3, a judgment call its note names). Every other case passed as written, including
// the judgment calls on Horizon's `invalid_order_book` (validation, its detail kept) and its 504 detail, GDAX's 400s
// with a credential's name and no code (bad-request), its `CF-RAY` support ids, Craftgate's `errors` object on a 422
// (validation, code `errorCode` over `errorGroup`), SimpleDB's XML `MissingParameter` with "No attributes" kept, and
// Discovergy's text after "400 Bad Request: ". No expectation was changed after the run (Prettier's line breaks were
// applied before it).
//
// Measured again by the lead on the reader the sixty-seventh holdout taught (846a9b0, in the frozen copy /tmp/base68),
// as the holdout's first sight, since it was taken up after the sixty-seventh: conformance: 14/17 pass, 5 sources (kind
// 17/17, message 14/17, fields 17/17, retry 17/17, logId 5/5, code 3/3), the same cases failing. Waits in `pending/` (6
// December 2026): read now 14/17; Stellar Horizon's developer `detail` is read as such since the holdout, but its
// problem `title` then speaks ("Transaction Malformed", "Historical DB Is Too Stale"), and its transaction-failed
// detail stays kept.

export default [
  // ───────────────────────────── Stellar Horizon API ─────────────────────────────
  {
    id: 'stellar-horizon/transaction-failed-insufficient-fee-400',
    source: 'Stellar Horizon API',
    url: 'kommitters/stellar_sdk/test/support/fixtures/horizon/400.json@0d2799591328a0773c95c57d8d2d5f21da88ab99',
    note: 'The SDK\'s Horizon fixture for a 400 (named by its status, which the body\'s own `status` repeats): an RFC 7807 problem for a transaction the network rejected, with the XDR envelope and result in `extras`. No header shown. Kind: a 400 with no field errors and no code a rule names (the problem type `transaction_failed` says only that it failed; `tx_insufficient_fee` sits under `extras.result_codes`, no code member): bad-request (rule 1). Message: `detail` beats `title` (rule 2.2), but its first sentence only says the transaction failed (rule 2.1: "The transaction was unsuccessful.", a line made only of words that say something failed), the second sends the reader to a member ("… see details in `fields`") and the third to the docs; "Transaction Failed" is a category line: the default. Judgment call: a reader could keep "The transaction failed when submitted to the stellar network" for naming where. No code stated: whether a problem type is read whole or by its last segment, and whether the result code under `extras` speaks, are open (rule 6). The base64 members of `extras` are no messages, so no fields (rule 3).',
    response: {
      status: 400,
      body: {
        type: 'https://stellar.org/horizon-errors/transaction_failed',
        title: 'Transaction Failed',
        status: 400,
        detail:
          'The transaction failed when submitted to the stellar network. The `extras.result_codes` field on this response contains further details.  Descriptions of each code can be found at: https://www.stellar.org/developers/guides/concepts/list-of-operations.html',
        extras: {
          envelope_xdr:
            'AAAAAgAAAADdfhHDs4Vaug6p8Oxb1QRjNRdJt3pYKKBVhFHrEgd9QAAAAAoAEi4YAAAAAwAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAACwAAAAAAAAAAAAAAAAAAAAESB31AAAAAQFhc/liVXbLk3NtB2BtweFJ064JdDIfrTSrqKMhb1oIRK+0PSyvjzZTkRCJmQY3bHNXYNuepa2TF7aBdibrb1gI=',
          result_codes: { transaction: 'tx_insufficient_fee' },
          result_xdr: 'AAAAAAAAAAr////3AAAAAA==',
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'stellar-horizon/invalid-order-book-parameters-400',
    source: 'Stellar Horizon API',
    url: 'kommitters/stellar_sdk/test/support/fixtures/horizon/400_invalid_order_book.json@093d5a15522f72a79b1808fd18313a98a99d7eb7',
    note: "The SDK's Horizon fixture `400_invalid_order_book.json` (status in its name and in the body). No header shown. Kind: the problem type's last segment, `invalid_order_book`, begins with `invalid` and names the input the request gives (the order book, picked by its six query parameters; the title says \"Invalid Order Book Parameters\"), a validation code (rule 1; the sixty-first-and-later rows read a problem type by its last segment, and a code naming the request's parameters is a parameter's): validation, with no field errors (no item names a field). Judgment call: a reader could read the order book as the query as a whole, a bad request as OSRM's `InvalidQuery`. Message: `detail` (rule 2.2); its first sentence is generic (\"… are invalid in some way\"), but the sentences after it say which values are valid and what must be given, sentences of their own (rule 2.1, a generic headline before a sentence of its own), so the detail is kept. Judgment call: the instructions name the API's own keys, which the rule row of 6 December 2026 reads as the default only when a line names nothing but the input. No code stated (rule 6, open whether a problem type is read whole).",
    response: {
      status: 400,
      body: {
        type: 'https://stellar.org/horizon-errors/invalid_order_book',
        title: 'Invalid Order Book Parameters',
        status: 400,
        detail:
          "The parameters that specify what order book to view are invalid in some way. Please ensure that your type parameters (selling_asset_type and buying_asset_type) are one the following valid values: native, credit_alphanum4, credit_alphanum12.  Also ensure that you have specified selling_asset_code and selling_asset_issuer if selling_asset_type is not 'native', as well as buying_asset_code and buying_asset_issuer if buying_asset_type is not 'native'",
      },
    },
    expect: { kind: 'validation', message: 'valid values: native, credit_alphanum4' },
  },
  {
    id: 'stellar-horizon/transaction-malformed-400',
    source: 'Stellar Horizon API',
    url: 'kommitters/stellar_sdk/test/support/fixtures/horizon/400_transaction_malformed.json@a3dc209275670128c29bfd558af1bd0a712da612',
    note: 'The SDK\'s Horizon fixture `400_transaction_malformed.json` (status in its name and in the body); `extras.envelope_xdr` echoes what the test sent ("tx_malformed") and `extras.error` is empty. No header shown. Kind: `transaction_malformed` says the request\'s body could not be read, a bad request (rule 1: a code that says the request as a whole, its body or its encoding is invalid). Message: `detail` reports that the server "could not decode the transaction envelope in this request", a decoder\'s failure on the request body, developer text (rule 2.3, OpenShift.io\'s), with the XDR format and a pointer to a member after it; "Transaction Malformed" is a title that only says the request is malformed (rule 2.1, "The request is malformed."): the default. No code stated (rule 6).',
    response: {
      status: 400,
      body: {
        type: 'https://stellar.org/horizon-errors/transaction_malformed',
        title: 'Transaction Malformed',
        status: 400,
        detail:
          'Horizon could not decode the transaction envelope in this request. A transaction should be an XDR TransactionEnvelope struct encoded using base64.  The envelope read from this request is echoed in the `extras.envelope_xdr` field of this response for your convenience.',
        extras: { envelope_xdr: 'tx_malformed', error: {} },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'stellar-horizon/resource-missing-404',
    source: 'Stellar Horizon API',
    url: 'kommitters/stellar_sdk/test/support/fixtures/horizon/404.json@d7f8b134a29fe07cfecd5e4768904cb1ce82a361',
    note: 'The SDK\'s Horizon fixture `404.json` (status in its name and in the body). No header shown. Kind: 404, not-found (rule 1). Message: `detail` beats `title` (rule 2.2); "The resource at the url requested was not found." is a sentence, not the bare reason phrase (the fifth holdout\'s row: "Resource not found" is a sentence), and the reasons after it are the person\'s to read: kept. No code stated (rule 6).',
    response: {
      status: 404,
      body: {
        type: 'https://stellar.org/horizon-errors/not_found',
        title: 'Resource Missing',
        status: 404,
        detail:
          'The resource at the url requested was not found.  This usually occurs for one of two reasons:  The url requested is not valid, or no data in our database could be found with the parameters provided.',
      },
    },
    expect: { kind: 'not-found', message: 'The resource at the url requested was not found' },
  },
  {
    id: 'stellar-horizon/not-acceptable-406',
    source: 'Stellar Horizon API',
    url: 'kommitters/stellar_sdk/test/support/fixtures/horizon/406.json@58397edb0bb71b4042ca910ae24d09e2f430dbe2',
    note: "The SDK's Horizon fixture `406.json` (status in its name and in the body). No header shown. Kind: 406, bad-request (rule 1); `not_acceptable` restates the status. Message: the title is the 406's reason phrase (rule 2.1); `detail` is a sentence that says what was not acceptable: kept (rule 2.2). No code stated: the problem type only restates the status (rule 6).",
    response: {
      status: 406,
      body: {
        type: 'https://stellar.org/horizon-errors/not_acceptable',
        title: 'Not Acceptable',
        status: 406,
        detail: 'The request does not have an acceptable response content-type.',
      },
    },
    expect: { kind: 'bad-request', message: 'does not have an acceptable response content-type' },
  },
  {
    id: 'stellar-horizon/async-submission-duplicate-409',
    source: 'Stellar Horizon API',
    url: 'kommitters/stellar_sdk/test/support/fixtures/horizon/409_async_transaction_duplicate.json@15c05d10fd6603736db8555fc1ebe39116e5dddc',
    note: "The SDK's fixture for Horizon's asynchronous transaction submission answering DUPLICATE; the status is the file's name (409), the body carries none. No header shown. Kind: 409, conflict (rule 1; DUPLICATE, were it read as a code, is a duplicate code, the same kind). Message: no sentence, only a status word and the transaction's hash: the default (rule 2.4). No code stated: whether `tx_status` is a code member or a call's own flag is open (rules 1 and 6). The hash names the transaction, not the request: no support id is stated.",
    response: {
      status: 409,
      body: {
        tx_status: 'DUPLICATE',
        hash: '822a283337b124f82b0b8725b39738d2f3e86b699e25b9b646809336384bf41c',
      },
    },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'stellar-horizon/before-history-410',
    source: 'Stellar Horizon API',
    url: 'kommitters/stellar_sdk/test/support/fixtures/horizon/410.json@d7f8b134a29fe07cfecd5e4768904cb1ce82a361',
    note: "The SDK's Horizon fixture `410.json` (status in its name and in the body). No header shown. Kind: 410, not-found (rule 1). Message: `detail` (rule 2.2), two sentences that say why the data is gone: kept. No code stated (rule 6).",
    response: {
      status: 410,
      body: {
        type: 'https://stellar.org/horizon-errors/before_history',
        title: 'Data Requested Is Before Recorded History',
        status: 410,
        detail:
          "This horizon instance is configured to only track a portion of the stellar network's latest history. This request is asking for results prior to the recorded history known to this horizon instance.",
      },
    },
    expect: { kind: 'not-found', message: 'only track a portion of the stellar network' },
  },
  {
    id: 'stellar-horizon/stale-history-503',
    source: 'Stellar Horizon API',
    url: 'kommitters/stellar_sdk/test/support/fixtures/horizon/503.json@58397edb0bb71b4042ca910ae24d09e2f430dbe2',
    note: "The SDK's Horizon fixture `503.json` (status in its name and in the body). No header shown. Kind: 503, unavailable (rule 1). Message: `detail` reports the history database lagging behind the stellar-core instance it follows, infrastructure behind the service (rule 2.3: a replica's lag, MediaWiki's), and asks the server's operator to check its ingestion; the title says the same of the database: the default. Judgment call: a reader could keep the detail's first sentence as the service's own account. No Retry-After and no wait in the text: no retry time (rule 4). No code stated (rule 6).",
    response: {
      status: 503,
      body: {
        type: 'https://stellar.org/horizon-errors/stale_history',
        title: 'Historical DB Is Too Stale',
        status: 503,
        detail:
          'This horizon instance is configured to reject client requests when it can determine that the history database is lagging too far behind the connected instance of stellar-core.  If you operate this server, please ensure that the ingestion system is properly running.',
      },
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'stellar-horizon/transaction-submission-timeout-504',
    source: 'Stellar Horizon API',
    url: 'kommitters/stellar_sdk/test/support/fixtures/horizon/504.json@37cd8f0ae3eeb76c0c9948866bafb7d8901b59fd',
    note: 'The SDK\'s Horizon fixture `504.json` (status in its name and in the body; the stored version read is at commit 37cd8f0, the listing names 8c7fa99), with the submitted transaction\'s hash and envelope in `extras`. No header shown. Kind: 504, unavailable (rule 1: a timeout code on a gateway\'s status is unavailable, as the 504\'s phrase is). Message: `detail` (rule 2.2); its first sentence says the request timed out (rule 2.1 lists "Request timed out" as generic), and the sentences after it say what that means and what to do, sentences of their own (a generic headline before a sentence of its own): kept; the substring is taken from the second sentence so that either reading of the first holds. No wait is written ("for sometime"): no retry time (rule 4). No code stated (rule 6).',
    response: {
      status: 504,
      body: {
        type: 'https://developers.stellar.org/docs/data/horizon/api-reference/errors/http-status-codes/horizon-specific/timeout',
        title: 'Transaction Submission Timeout',
        status: 504,
        detail:
          'Your transaction submission request has timed out. This does not necessarily mean the submission has failed. Before resubmitting, please use the transaction hash provided in `extras.hash` to poll the GET /transactions endpoint for sometime and check if it was included in a ledger.',
        extras: {
          hash: '12958c37b341802a19ddada4c2a56b453a9cba728b2eefdfbc0b622e37379222',
          envelope_xdr:
            'AAAAAJ2kP2xLaOVLj6DRwX1mMyA0mubYnYvu0g8OdoDqxXuFAAAAZADjfzAACzBMAAAAAQAAAAAAAAAAAAAAAF4vYIYAAAABAAAABjI5ODQyNAAAAAAAAQAAAAAAAAABAAAAAKdeYELovtcnTxqPEVsdbxHLMoMRalZsK7lo/+3ARzUZAAAAAAAAAADUFJPYAAAAAAAAAAHqxXuFAAAAQBpLpQyh+mwDd5nDSxTaAh5wopBBUaSD1eOK9MdiO+4kWKVTqSr/Ko3kYE/+J42Opsewf81TwINONPbY2CtPggE=',
        },
      },
    },
    expect: { kind: 'unavailable', message: 'This does not necessarily mean the submission has failed' },
  },

  // ───────────────────────────── Coinbase Pro (GDAX) ─────────────────────────────
  {
    id: 'gdax/invalid-api-key-400',
    source: 'Coinbase Pro (GDAX) Exchange API',
    url: 'fremantle-industries/tai/fixture/vcr_cassettes/exchange_adapters/gdax/account/all_balances_error_invalid_api_key.json@17f3008ff0578c4d841f210ede4a27574f867790',
    note: 'An ExVCR cassette of GET https://api-public.sandbox.pro.coinbase.com/accounts with an invalid key, recorded 20 May 2018: status 400 and this body, headers kept to Date, Content-Type and CF-RAY (Content-Length, Connection, Set-Cookie, CORS, ETag, security headers and Server left out). Judgment call on the source: Coinbase Pro\'s exchange API (first GDAX) is another product than the Coinbase API v2 and the Developer Platform the corpus holds, one name per product. Kind: a 400 with no code and no field errors: bad-request (rule 1: text never decides the kind, so "Invalid API Key" does not make it unauthenticated). Message: "Invalid API Key" names the credential, kept (rule 2.1: a credential\'s name stays). logId: the `CF-RAY` header (rule 5). No code.',
    response: {
      status: 400,
      headers: {
        Date: 'Sun, 20 May 2018 03:11:07 GMT',
        'Content-Type': 'application/json; charset=utf-8',
        'CF-RAY': '41db9d3438612a61-SEA',
      },
      body: { message: 'Invalid API Key' },
    },
    expect: { kind: 'bad-request', message: 'Invalid API Key', logId: '41db9d3438612a61-SEA' },
  },
  {
    id: 'gdax/invalid-passphrase-400',
    source: 'Coinbase Pro (GDAX) Exchange API',
    url: 'fremantle-industries/tai/fixture/vcr_cassettes/exchange_adapters/gdax/account/all_balances_error_invalid_passphrase.json@17f3008ff0578c4d841f210ede4a27574f867790',
    note: 'An ExVCR cassette of GET …/accounts on the GDAX sandbox with a wrong API passphrase, recorded 20 May 2018: status 400 and this body, headers kept to Date, Content-Type and CF-RAY (the rest left out as in the invalid-key cassette). Kind: a 400 with no code: bad-request (rule 1, text never decides). Message: "Invalid Passphrase" names the credential that failed, kept (rule 2.1). logId: `CF-RAY` (rule 5). No code.',
    response: {
      status: 400,
      headers: {
        Date: 'Sun, 20 May 2018 03:08:30 GMT',
        'Content-Type': 'application/json; charset=utf-8',
        'CF-RAY': '41db9960ca012a55-SEA',
      },
      body: { message: 'Invalid Passphrase' },
    },
    expect: { kind: 'bad-request', message: 'Invalid Passphrase', logId: '41db9960ca012a55-SEA' },
  },
  {
    id: 'gdax/under-maintenance-503',
    source: 'Coinbase Pro (GDAX) Exchange API',
    url: 'fremantle-industries/tai/fixture/vcr_cassettes/exchange_adapters/gdax/account/all_balances_error_maintenance.json@17f3008ff0578c4d841f210ede4a27574f867790',
    note: 'An ExVCR cassette of GET …/accounts on the GDAX sandbox during maintenance, recorded 4 June 2018: status 503 and this JSON body, headers kept to Date, Content-Type and CF-RAY. Kind: 503, unavailable (rule 1). Message: the JSON sentence is the service\'s own (rule 2.6 concerns plain text on a 5xx only): "GDAX is currently under maintenance.", with its status-page pointer after it. No Retry-After and no wait: no retry time (rule 4). logId: `CF-RAY` (rule 5). No code.',
    response: {
      status: 503,
      headers: {
        Date: 'Mon, 04 Jun 2018 03:47:05 GMT',
        'Content-Type': 'application/json; charset=utf-8',
        'CF-RAY': '42576a834d1d2a61-SEA',
      },
      body: { message: 'GDAX is currently under maintenance. For updates please see https://status.gdax.com/' },
    },
    expect: { kind: 'unavailable', message: 'GDAX is currently under maintenance', logId: '42576a834d1d2a61-SEA' },
  },
  {
    id: 'gdax/cancel-invalid-order-id-400',
    source: 'Coinbase Pro (GDAX) Exchange API',
    url: 'fremantle-industries/tai/fixture/vcr_cassettes/exchange_adapters/gdax/account/cancel_order_error.json@17f3008ff0578c4d841f210ede4a27574f867790',
    note: 'An ExVCR cassette of DELETE https://api-public.sandbox.pro.coinbase.com/orders/invalid-order-id, recorded 22 November 2017: status 400 and this body, headers kept to Date, Content-Type and CF-RAY. Kind: a 400 with no code and no field: bad-request (rule 1). Message: "Invalid order id" names what is invalid in words (not a key written as code, quoted or called a parameter, and not a lone word in small letters: the rule row of 6 December 2026), as "Invalid phone number" stays: kept. Judgment call: a reader could read "order id" as the API\'s name for a path parameter, the default. logId: `CF-RAY` (rule 5). No code.',
    response: {
      status: 400,
      headers: {
        Date: 'Wed, 22 Nov 2017 03:05:25 GMT',
        'Content-Type': 'application/json; charset=utf-8',
        'CF-RAY': '3c18aabbd96a79bb-SEA',
      },
      body: { message: 'Invalid order id' },
    },
    expect: { kind: 'bad-request', message: 'Invalid order id', logId: '3c18aabbd96a79bb-SEA' },
  },

  // ───────────────────────────── Craftgate ─────────────────────────────
  {
    id: 'craftgate/not-sufficient-funds-10051-422',
    source: 'Craftgate API',
    url: 'ygunayer/craftgate-elixir-client/test/fixtures/serializable/response_error_10051.json@39b01feedbf103b706497df565ad85447adb209f',
    note: "Craftgate's error document for code 10051, which test/craftgate_test/serializable_test.exs (same commit) serves in `%HTTPoison.Response{body: …, status_code: 422}`; the status is the test's pairing (the same test also serves it with a 200 to check its parser, a case dropped). No header shown. The Turkish line reads \"Card limit insufficient, insufficient balance\". Kind: 422, validation by its status (rule 1): `NOT_SUFFICIENT_FUNDS` is no code the kind table sorts (funds are no quota and no input's format), so the status decides, as Quoine's 422 was read. `errors` here holds one error object, its members a code, a message and a group by the shape of their names, not a map of fields (rule 3): no fields. Message: `errorDescription`, a sentence in Turkish, kept. Code: `errorCode` \"10051\", the vendor's code, over `errorGroup`, a group and so a category (rule 6).",
    response: {
      status: 422,
      body: {
        errors: {
          errorCode: '10051',
          errorDescription: 'Kart limiti yetersiz, yetersiz bakiye',
          errorGroup: 'NOT_SUFFICIENT_FUNDS',
        },
      },
    },
    expect: { kind: 'validation', message: 'Kart limiti yetersiz, yetersiz bakiye', code: '10051' },
  },
  {
    id: 'craftgate/payment-not-found-9001-404',
    source: 'Craftgate API',
    url: 'ygunayer/craftgate-elixir-client/test/fixtures/serializable/response_error_9001.json@39b01feedbf103b706497df565ad85447adb209f',
    note: 'Craftgate\'s error document for code 9001, which test/craftgate_test/serializable_test.exs (same commit) serves with status_code 404. No header shown. Kind: 404, not-found (rule 1). `errors` holds one error object (rule 3): no fields. Message: "Payment not found!" names what was not found, a sentence, not the bare "Not found!" (rule 2.1): kept. Code: `errorCode` "9001" (rule 6).',
    response: {
      status: 404,
      body: { errors: { errorCode: '9001', errorDescription: 'Payment not found!' } },
    },
    expect: { kind: 'not-found', message: 'Payment not found', code: '9001' },
  },

  // ───────────────────────────── Amazon SimpleDB ─────────────────────────────
  {
    id: 'amazon-simpledb/missing-parameter-no-attributes-400-xml',
    source: 'Amazon SimpleDB',
    url: 'adamkittelson/simplex/fixture/vcr_cassettes/client_error.json@a245ddcab4b4127b98f9e4e3cdb3abb08b8948a6',
    note: 'An ExVCR cassette of a PutAttributes call without attributes to https://sdb.amazonaws.com/ (key and signature replaced by the recorder), recorded 14 September 2014: status 400 and this XML body (the `\\n` after the declaration as recorded); headers kept to Date and Server (Transfer-Encoding and the obfuscated "Cneonction: close" left out; no Content-Type was recorded and none is added). test/errors_test.exs asserts the status and the parsed code and message. Kind: `MissingParameter` says an input is missing, a validation code (rule 1: a missing input is a validation code, as `MissingArgument` and `parameter_missing` are), with no field named: validation. XML is read as JSON would send it, `<Errors><Error>` a list of one error (rule 3). Message: "No attributes" says in words what the request lacked (not a key written as code, quoted, called a parameter, nor a lone word in small letters: the rule row of 6 December 2026), kept as TruSTAR\'s "No search term provided." is. Judgment call: a reader could read "attributes" as the API\'s name for the input, the default. logId: the `RequestID` element (rule 5). Code: the `Code` element (rule 6). `BoxUsage` is a usage figure.',
    response: {
      status: 400,
      headers: { Date: 'Sun, 14 Sep 2014 02:20:35 GMT', Server: 'Amazon SimpleDB' },
      body: '<?xml version="1.0"?>\n<Response><Errors><Error><Code>MissingParameter</Code><Message>No attributes</Message><BoxUsage>0.0000219907</BoxUsage></Error></Errors><RequestID>2cc5d1ca-2e08-7d24-06d3-cbc84698c503</RequestID></Response>',
    },
    expect: {
      kind: 'validation',
      message: 'No attributes',
      logId: '2cc5d1ca-2e08-7d24-06d3-cbc84698c503',
      code: 'MissingParameter',
    },
  },

  // ───────────────────────────── Discovergy ─────────────────────────────
  {
    id: 'discovergy/not-a-virtual-meter-400-text',
    source: 'Discovergy API',
    url: 'adriankumpf/discovergy/test/discovergy/error_test.exs',
    note: 'The text body the Discovergy client\'s error test serves through Tesla.Mock (`text(error_msg, status: 400)`) for GET https://api.discovergy.com/public/v1/virtual_meter, read from a code search\'s copy of the file (the repository lists it at commit 456ab70715d1955dd5b4743c87b904f0a910b372); `$meter_id` is the test\'s placeholder for the meter id it asked for, as every value in its mocks is (`$email`, `$key`). No header shown, none added (Tesla.Mock\'s `text` sends text/plain). Kind: a 400 with no code: bad-request (rule 1). Message: plain text on a 4xx is the message (rule 2.6); the reason phrase and status leading it ("400 Bad Request: ") restate the status and are dropped (rule 2.1), leaving "The meter $meter_id is not a virtual meter", a sentence: kept. No code.',
    response: {
      status: 400,
      body: '400 Bad Request: The meter $meter_id is not a virtual meter',
    },
    expect: { kind: 'bad-request', message: 'is not a virtual meter' },
  },
] satisfies ConformanceCase[];
