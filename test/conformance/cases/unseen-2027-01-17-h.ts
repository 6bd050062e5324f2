import { type ConformanceCase } from '../types';

// Fifty-eighth unseen-API holdout, part H (17 January 2027): error responses recorded in Python vcrpy, pytest-recording
// and betamax cassettes (tests/cassettes, tests/fixtures/cassettes) for public APIs that no other case file uses: the
// PiShock API (a hobby device-control service, `do.pishock.com/api/apioperate`) and the Bitpanda Developer API
// (`developer.bitpanda.com`, the crypto broker's public API), collected to measure how the reader does at first sight
// on APIs it was never tuned on. Every body was copied from a recording of the live service in a client's test
// fixtures, named in `url` with its commit: vcrpy cassettes in zerario/Python-PiShock and pytest-recording cassettes in
// bitpanda-labs/bitpanda-public-api-mcp. The cassettes were found by asking which repositories hold a cassette of a
// common error name (`tests/cassettes/test_unauthorized.yaml`, `test_not_found.yaml`, `test_invalid_token.yaml`,
// `test_error.yaml`, `test_invalid_auth.yaml`), by searching clients' tests that run under vcrpy or betamax, and then
// listing the repository's other cassettes. Each status is the recorded one. Headers were copied as recorded, leaving
// out Content-Length, Connection and Transfer-Encoding as the brief asks; no header was added. A string that a YAML
// cassette folds over two lines is joined with one space, as YAML reads it (Bitpanda's body is then 126 bytes, its
// recorded content-length). Every `expect` was written from the source and test/conformance/README.md before the kit
// was run.
//
// Looked for and dropped: REGON (bigzbig/regonapi's `test_not_found.yaml`: Poland's GUS BIR1 SOAP service answers a
// search that found nothing with a 200 `multipart/related` MTOM message whose SOAP body holds the error as escaped XML,
// `ErrorCode` 4 and "Nie znaleziono podmiotu dla podanych kryteriów wyszukiwania." beside its English `ErrorMessageEn`;
// no rule reads a multipart body, so an expectation would be a guess), Ingresso's TicketSwitch API
// (ingresso-group/pyticketswitch's `InvalidEventTests` cassettes: the gzip body, decoded, is a 200
// `event_search_result` with no error in it), Tiingo (hydrosquall/tiingo-python's only error cassette,
// `invalid_url.yaml`, records Google's 404 page, and Google is a source already), Raindrop.io (PBorocz/raindrop-io-py's
// cassettes are successful lifecycles only), Cryptowatch (ljnsn/pycwatch's cassettes are all named for successful
// calls), Bridge by Bankin' (the bridgeapi sdist in pypi-data/pypi-mirror-221 holds one successful cassette), KE-chain
// (KE-works/pykechain's betamax cassettes for `…_incorrect_inputs` and `…_incorrect_activity_class_fails` record only
// the successful look-ups before a client-side failure), the Bitpanda MCP server's own tests
// (bitpanda-labs/bitpanda-mcp stores no cassette), Bitpanda's other recordings (all successful), and sources already in
// the corpus whose cassettes turned up (Cuenca, Q-Detect, Arcus, Botmaker, EasyPost, Elexon BMRS, Lokalise, Genius).
// `find_string` does not index YAML or betamax JSON and the code search returned no cassette by its content, so every
// cassette had to be found by its path; most guessed paths (`test_invalid_api_key.yaml`, `test_rate_limit.yaml`,
// `test_bad_request.yaml`, `unauthorized.yaml` in three directories, `test_unauthorized.yaml` in two more, two `.yml`
// forms) are held by no stored repository. The part holds 3 cases from 2 sources, far under the brief's aim of 25,
// because all 60 look-ups were spent: 14 of them on exact paths that no repository holds and 12 on cassettes that
// recorded no error. No 429, no 5xx, no field errors and no non-English body turned up; two plain-text bodies on a 200
// did. After the run only this header's text changed (the first-run paragraph and this paragraph's wording); no case
// did.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-17-h`, on 86fe562, src/ unchanged: in the frozen copy /tmp/base57h): 2/3 pass, 2 sources
// (kind 3/3, message 2/3, fields 3/3, retry 3/3, logId 1/1, code 0/0). Failing at first sight:
// pishock/not-authorized-200-text (the kit gave the unknown kind's default text, "Try again. If the problem continues,
// contact support.", where rule 2.6 makes a sentence sent as text on a 2xx the message and rule 2.1 reads "Not
// Authorized" as a restated reason phrase only on a 401, the message on any other status: a judgment call the note
// names). Every other case passed as written, including the judgment calls on PiShock's "This code doesn't exist." on a
// 200 (unknown, the sentence kept) and Bitpanda's `message` over its `error` (the occurrence's sentence) with the
// `CF-RAY` header as its support id. No expectation was changed after the run (Prettier left the file unchanged before
// it).

// Scored in `cases/` the stop it was collected (6 December 2026): read now 3/3 ("Not Authorized." sent as text on a 200
// says what was refused, since). No miss is left.

export default [
  // ───────────────────────────── PiShock API ─────────────────────────────
  {
    id: 'pishock/not-authorized-200-text',
    source: 'PiShock API',
    url: 'zerario/Python-PiShock/tests/cassettes/test_unauthorized.yaml@a83ec0c0932a99cfb8f364b3cb4afaab895f924a',
    note: 'A vcrpy recording of `POST https://do.pishock.com/api/apioperate` with a wrong share code and a wrong API key: the service answered 200 with this text. Headers as recorded, Connection and Transfer-Encoding left out. Kind: a 2xx whose status, headers and body carry no code and no error status (text never decides the kind, rule 1): unknown. Message: a sentence sent as text on a 2xx is the message (rule 2.6, Finnhub\'s "wrong resolution"); "Not Authorized." rewords the 401\'s reason phrase, which restates only a 401 and is the message on any other status (rule 2.1: "as with any status but a 401"). Judgment call: a reader who lets the words decide would give unauthenticated and the default, which rule 1 forbids (text never decides). No code, no logId, no retry.',
    response: {
      status: 200,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        Date: 'Sun, 27 Aug 2023 23:01:28 GMT',
        Server: 'nginx/1.14.0 (Ubuntu)',
      },
      body: 'Not Authorized.',
    },
    expect: { kind: 'unknown', message: 'Not Authorized' },
  },
  {
    id: 'pishock/share-code-does-not-exist-200-text',
    source: 'PiShock API',
    url: 'zerario/Python-PiShock/tests/cassettes/test_unknown_share_code.yaml@a83ec0c0932a99cfb8f364b3cb4afaab895f924a',
    note: 'A vcrpy recording of `POST https://do.pishock.com/api/apioperate` with a valid key and an unknown share code (`Code: "wrong"`): 200 with this text. Headers as recorded, Connection and Transfer-Encoding left out. Kind: a 2xx with no code and no error status: unknown (rule 1; a reader who reads "doesn\'t exist" as not-found lets text decide, which rule 1 forbids). Message: a sentence sent as text on a 2xx (rule 2.6); the share code is what the person typed, so the line is a person\'s words, not an input named by the API\'s key (rule 2.1). No code, no logId, no retry.',
    response: {
      status: 200,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        Date: 'Sun, 27 Aug 2023 23:01:29 GMT',
        Server: 'nginx/1.14.0 (Ubuntu)',
      },
      body: "This code doesn't exist.",
    },
    expect: { kind: 'unknown', message: "This code doesn't exist" },
  },

  // ───────────────────────────── Bitpanda Developer API ─────────────────────────────
  {
    id: 'bitpanda/asset-not-found-404',
    source: 'Bitpanda Developer API',
    url: 'bitpanda-labs/bitpanda-public-api-mcp/tests/cassettes/test_get_asset_not_found.yaml@56aacf16c02bcb36bbb010f3127c6b7139decce8',
    note: 'A pytest-recording cassette of `GET https://developer.bitpanda.com/v1/assets/00000000-0000-0000-0000-000000000000` (the recorded request\'s `host` header names Bitpanda\'s staging host, so the recorder appears to have rewritten the URI to the public one; the response is the service\'s). Status 404 as recorded; headers as recorded, Connection, Transfer-Encoding and content-length left out. The YAML string folds `… with\\n id …` over two lines: joined with one space, which makes the body 126 bytes, its recorded content-length. Kind: 404, not-found; the body\'s `status: "404"` restates it (rule 1). Message: `message` names this occurrence (the asset\'s id) where `error` "Asset not found" is the type-level line, so `message` is taken (rule 2.2: occurrence-specific text beats type-level text). Judgment call: a reader who takes `error` beside `message` as the occurrence\'s text (as an `error` beside a `title` is) would expect "Asset not found". logId: no body id; `CF-RAY` is a request-id header rule 5 names (`cf-ray`). No code: `status` is the status in digits and `error` is a sentence (rule 6). No retry.',
    response: {
      status: 404,
      headers: {
        'CF-RAY': '9a48cb124bdc23b6-DUB',
        'Content-Type': 'application/json',
        Date: 'Wed, 26 Nov 2025 10:44:54 GMT',
        'cf-cache-status': 'DYNAMIC',
        server: 'cloudflare',
        vary: 'Origin,Access-Control-Request-Method,Access-Control-Request-Headers, Accept-Encoding',
        'x-envoy-upstream-service-time': '5',
      },
      body: {
        status: '404',
        error: 'Asset not found',
        message: "The Asset with id '00000000-0000-0000-0000-000000000000' was not found.",
      },
    },
    expect: { kind: 'not-found', message: 'The Asset with id', logId: '9a48cb124bdc23b6-DUB' },
  },
] satisfies ConformanceCase[];
