import { DEFAULT, type ConformanceCase } from '../types';

// Seventy-second unseen-API holdout, part BV (31 January 2027): error responses of third-party APIs as client
// libraries keep them beside their tests as mocked answers and fixture files, found by where the bodies are recorded:
// Python clients' `tests/fixtures/*.json` and the mocks that load them (aresponses, aioclient_mock, a fake session),
// and, where the Python vein ran thin under the cap, the mocks of TypeScript clients and the research notes kept
// beside clients for three Japanese and Korean public-sector APIs. The APIs: AlfaStrah's travel-insurance TES API
// (Russia), gBizINFO (Japan's Ministry of Economy, Trade and Industry), DNSlytics, Korea's Public Data Portal gateway
// (data.go.kr), Pinboard, Narodmon (the Russian sensor-network map), e-Stat (Japan's government statistics) and RESAS
// (Japan's regional-economy analysis system). Every body was copied from the public material named in `url` and
// `note`: an SDK's error fixtures named by their status (AlfaStrah's `errors/401_unauthorized.json`), a plugin's
// fixtures recorded from the live API with a README table that gives each one's request and status (gBizINFO), a
// client's research notes that print what the API answered to `curl` beside its status and the client's own tests
// that mock the same body with that status (DNSlytics, e-Stat), a README table of the error responses the API's
// specification documents, with the status each comes with (RESAS), a client's test whose mock other clients' notes
// confirm (data.go.kr), and clients' fixtures whose status the test that loads them gives (Pinboard, Narodmon). Where
// the status is not printed beside the body it is taken from another capture of the same error, and `note` says so.
// No header was shown with any body that is used, and none was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: PurpleAir, Spotify, the GitHub API, OpenUV, WattTime, SimpliSafe, Ridwell, 17TRACK, the
// Husqvarna Automower API, ZenTao, MyLight Systems, Fieldy, Spamhaus, GL.iNet's KVM, Ozon and the NED API (already
// sources); OpenEI's utility-rate API (its fixture is API Umbrella's rate-limit body with the code cut to `RATE_LIMIT`
// and mocked with a 200, where the gateway sends `OVER_RATE_LIMIT` with a 429: no status and not the vendor's body);
// PriceLabs (`{"error": "Invalid API key", "status": 401}` and its 429 twin: generic bodies no source shows), Combined
// Energy ("Something went wrong"), Bring! (an empty template), Unicommerce (a made-up order code), KAP's and TEFAS'
// Turkish clients and Conta Azul (rate-limit bodies with no provenance), Mackerel (`{"error":"Service Not Found."}`:
// no status found), the DNSlytics 400 "Invalid API key." and 429 "Too Many Requests" (the notes give only the text, not
// the body), Opinet and an OpenVPN Access Server client (fixtures the index could not name), and Trade Republic (no
// public API). Most `httpx_mock`, `respx` and `responses` mocks the string searches turned up were written by the test
// authors (`{"error": "forbidden"}`, `{"message": "bad key"}`) and were not taken.
//
// The part holds 19 cases from 8 sources, under the brief's aim of 25: of the 57 look-ups spent (the cap is 60), most
// went to string searches for mock calls, whose hits were nearly all bodies the test authors made up, and to fixture
// files that turned out to be generic; the cases come from the few fixture directories recorded from live APIs and from
// notes that print what an API answered. Eight bodies are sent with a 200 (Pinboard's, Narodmon's, e-Stat's, RESAS'),
// two are XML and three are text.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-31-bv`, on ff4758c, src/ unchanged: in the frozen copy /tmp/base70): 12/19 pass, 8 sources
// (kind 13/19, message 18/19, fields 19/19, retry 19/19, logId 0/0, code 2/4). Failing at first sight:
// dnslytics/forbidden-access-denied-403 (kept "Forbidden access denied!"; the case reads the 403's phrase and "access
// denied" as saying no more than the status, rule 2.1's "Access forbidden" and "Access to resource forbidden");
// data-go-kr/service-key-not-registered-403 (forbidden, from the status; the case reads
// `SERVICE_KEY_IS_NOT_REGISTERED_ERROR`, a code alone in `returnAuthMsg`, as a credential code that makes a 403
// unauthenticated, rules 1 and 6: a judgment call its note names); pinboard/item-not-found-result-code-200 and
// pinboard/item-not-found-xml-200 (unknown with no code; the case reads `result_code` and the XML `code` attribute as
// the code, "item not found", a not-found code that outranks a 2xx, rules 1 and 6);
// narodmon/missing-app-key-errno-400-200 (unknown; the case reads `errno: 400` beside a 200 as the status the body
// means, as rule 1 reads Twelve Data's `code: 429`); resas/bad-request-text-400-200 and resas/not-found-text-404-200
// (unknown; the case reads a text body that is only a 4xx status's number, beside a 200, as naming that status, rule
// 1: judgment calls their notes name). Every other case passed as written, including the judgment calls on e-Stat's
// Japanese sentence after its failed sign-in (kept, on a 403 and on a 200 left unknown), RESAS' `statusCode` beside a
// 200 and its web server's 404 line in `description`, DNSlytics' JSend `data` and Narodmon's Russian line naming the
// application key. No expectation was changed after the run (Prettier's line breaks were applied before it).
// Measured again by the lead on the reader the seventy-first holdout taught (`9956dea`), before this holdout's
// conventions: 12/19 pass, the same cases failing as in the first run above.

export default [
  // ───────────────────────────── AlfaStrah TES API ─────────────────────────────
  {
    id: 'alfastrah-tes/transport-error-unauthorized-401',
    source: 'AlfaStrah Travel Insurance (TES) API',
    url: 'gurza/alfastrah-tes-python-sdk/tests/test_api_responses/errors/401_unauthorized.json@58779697db09e939f220f4f417e4a04c1f75e5ae',
    note: "The Python SDK's error fixture, named by its status (`errors/401_unauthorized.json`), which `tests/test_models.py` loads into the SDK's `ApiProblem` model; the SDK's tests otherwise run against the vendor's UAT host (`uat-tes.alfastrah.ru`). Status: 401, from the fixture's name. No header shown. Kind: 401, unauthenticated (rule 1; no code turns a 401 into anything else). Message: `detail` holds only the 401's reason phrase, \"Unauthorized\" (rule 2.1): the default. Code: `TRANSPORT_ERROR`, a code alone in a problem's `title`, a message member (rule 6, Camunda's `title: \"INVALID_ARGUMENT\"`).",
    response: { status: 401, body: { title: 'TRANSPORT_ERROR', detail: 'Unauthorized' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'TRANSPORT_ERROR' },
  },
  {
    id: 'alfastrah-tes/transport-error-internal-500',
    source: 'AlfaStrah Travel Insurance (TES) API',
    url: 'gurza/alfastrah-tes-python-sdk/tests/test_api_responses/errors/500_internal_error.json@a6de52f29aa96977b776d4b0c7052b2e57c5f84f',
    note: 'The SDK\'s fixture `errors/500_internal_error.json` (a sibling, `500_transport_error.json`, holds the same body and is not repeated). Status: 500, from the fixture\'s name. No header shown. Kind: 500, server (rule 1). Message: "Internal error" says no more than the status (rule 2.1\'s generic lines: "Internal … error", NASA\'s "Internal Service Error"): the default. Code: `TRANSPORT_ERROR`, alone in the problem\'s `title` (rule 6).',
    response: { status: 500, body: { title: 'TRANSPORT_ERROR', detail: 'Internal error' } },
    expect: { kind: 'server', message: DEFAULT, code: 'TRANSPORT_ERROR' },
  },

  // ───────────────────────────── gBizINFO ─────────────────────────────
  {
    id: 'gbizinfo/unauthorized-invalid-token-401',
    source: 'gBizINFO API (METI, Japan)',
    url: 'TakeshiTGAL/hermes-plugin-jp-corporate/tests/fixtures/unauthorized.json@c6f7c9a69a7dbb2f751ae5d7ecd7e79029fc7e7e',
    note: 'The fixtures\' README (tests/fixtures/README.md): "Responses of the gBizINFO REST API v2, all retrieved on 2026-10-02", and for this file `GET /v2/hojin/{番号}（無効なトークン）` (an invalid token), "無加工（401 応答）" (unedited, a 401 answer). No header shown. Kind: 401, unauthenticated (rule 1). Message: "401 - Unauthorized" is the status\'s number and reason phrase (rule 2.1: "HTTP 404", a reason phrase before " - "): the default. `id: null` is no support id and `errors` is empty. No code.',
    response: { status: 401, body: { id: null, message: '401 - Unauthorized', errors: [] } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'gbizinfo/search-not-found-404',
    source: 'gBizINFO API (METI, Japan)',
    url: 'TakeshiTGAL/hermes-plugin-jp-corporate/tests/fixtures/search_not_found.json@c6f7c9a69a7dbb2f751ae5d7ecd7e79029fc7e7e',
    note: 'The same README: `GET /v2/hojin?name=（該当なし）` (a name that matches no company), "無加工（404 応答）" (unedited, a 404 answer); another gBizINFO client\'s fixture README (stored file id 55950658497) says the same of the live API: "検索で0件は **404**" (a search with no hits is a 404). No header shown. Kind: 404, not-found (rule 1). Message: "404 - Not Found." is the status\'s number and reason phrase: the default (rule 2.1). No code.',
    response: { status: 404, body: { id: null, message: '404 - Not Found.', errors: [] } },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── DNSlytics ─────────────────────────────
  {
    id: 'dnslytics/no-valid-ip-address-400',
    source: 'DNSlytics API',
    url: 'stored research notes on DNSlytics kept beside a client of its API, "Error states verified firsthand" (stored file id 69284248405)',
    note: 'The notes: "Error states verified firsthand: malformed IP -> 400 `{"status":"error","data":"No valid IP address."}`" (verified by `curl`, 2026-09-15 and -16). No header shown. Kind: a 400 with no code and no field errors: bad-request (rule 1). Message: a body that says it failed (`status: "error"`) holds its sentence in a string `data` (rule 1\'s JSend row, the thirty-second holdout\'s row); "No valid IP address." says what is wrong in the person\'s words (rule 2.1: "Invalid phone number" stays). No code: `status: "error"` is the call\'s own flag (rule 6).',
    response: { status: 400, body: { status: 'error', data: 'No valid IP address.' } },
    expect: { kind: 'bad-request', message: 'No valid IP address' },
  },
  {
    id: 'dnslytics/forbidden-access-denied-403',
    source: 'DNSlytics API',
    url: 'stored test of a DNSlytics client (dnslytics_client; stored file id 68680474481) and research notes (stored file id 69284248405)',
    note: 'The client\'s test answers with `FakeResponse(403, load_fixture("error_forbidden.json"))` and asserts the reason "Forbidden access denied!"; the same client\'s connector tests mock `FakeResponse(403, {"status": "error", "data": "Forbidden access denied!"})` (stored file ids 68497624016, 68762985678), and the notes give the body as the API\'s documented rate-limit answer: "Documented rate-limit responses: HTTP 403/429 `{"status":"error","data":"Forbidden access denied!"}`". No header shown. Kind: 403, forbidden (rule 1). Judgment call: the docs call it the daily limit\'s answer, but no header says so (no Retry-After, no remaining count of 0) and text never decides: not rate-limited. Message: the 403\'s phrase and "access denied" say only that access was refused (rule 2.1\'s "Access forbidden", "Access to resource forbidden"): the default. No code.',
    response: { status: 403, body: { status: 'error', data: 'Forbidden access denied!' } },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'dnslytics/service-unavailable-503',
    source: 'DNSlytics API',
    url: 'stored test of a DNSlytics client (dnslytics_client; stored file id 68680474481)',
    note: 'The client\'s test `test_retries_are_bounded` answers every call with `FakeResponse(503, {"status": "error", "data": "Service Unavailable"})`; the research notes beside it (stored file id 69284248405) give the same answer from the API\'s docs: "HTTP 503 `\\"Service Unavailable\\"` for a global limit". No header shown. Kind: 503, unavailable (rule 1). Message: `data` holds only the 503\'s reason phrase: the default (rule 2.1). No code.',
    response: { status: 503, body: { status: 'error', data: 'Service Unavailable' } },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Korea Public Data Portal (data.go.kr) ─────────────────────────────
  {
    id: 'data-go-kr/service-key-not-registered-403',
    source: 'Korea Public Data Portal (data.go.kr) OpenAPI gateway',
    url: 'stored test of a Korea Tourism Organization (TourAPI) client, "prioritizes the OpenAPI gateway JSON error over its HTTP status" (stored file id 68611268120)',
    note: 'A TypeScript client\'s test answers with this JSON and `{ status: 403 }`; another client\'s comment (stored file id 61435764995) says of the same gateway "나라장터는 HTTP 403 + 본문에 SERVICE_KEY_IS_NOT_REGISTERED_ERROR" (the procurement service answers HTTP 403 with SERVICE_KEY_IS_NOT_REGISTERED_ERROR in the body), and a client\'s code table (stored file id 52367383265) lists "30 | SERVICE_KEY_IS_NOT_REGISTERED_ERROR | 등록되지 않은 서비스키" (an unregistered service key). A Python test\'s mock of the same answer (stored file id 70194790850) swaps the members\' contents and was not used. Judgment call on provenance: the body is a client\'s mock, taken because its members and values are those every other copy names. No header shown. Kind: `returnAuthMsg` holds only a code (a code alone in a message\'s member, rule 6) that says the caller\'s key is not registered, a credential code (rule 1: "the caller\'s key was not found"), which on a 403 makes it unauthenticated. Judgment call: the other reading keeps the 403 (forbidden), as a key that exists but is not enrolled for this service. Message: `errMsg` is "SERVICE ERROR", words in capitals only, a code (rule 2.1): the default. No code stated: `returnReasonCode` ("30") and `returnAuthMsg` both hold one.',
    response: {
      status: 403,
      body: {
        OpenAPI_ServiceResponse: {
          cmmMsgHeader: {
            errMsg: 'SERVICE ERROR',
            returnAuthMsg: 'SERVICE_KEY_IS_NOT_REGISTERED_ERROR',
            returnReasonCode: '30',
          },
        },
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Pinboard ─────────────────────────────
  {
    id: 'pinboard/item-not-found-result-code-200',
    source: 'Pinboard API',
    url: 'bachya/aiopinboard/tests/fixtures/error_response.json@be763160625f4012305e9373236cfb69854dd509',
    note: 'aiopinboard\'s fixture for the JSON format of `GET /v1/posts/delete` on a bookmark that does not exist. Status: 200, from the same client\'s `tests/test_errors.py`, which answers the same error in Pinboard\'s XML format with `status=200` ("Test that a Pinboard data error is handled properly") and asserts the message "item not found"; Pinboard v1 reports a failed call in its result code, not in the status. No header shown. Kind: `result_code` is a code by its shape (the twenty-eighth holdout\'s row), and "item not found" read without case or separators says a thing was not found (rule 1: "no <thing> found" is a not-found code), which outranks a 2xx: not-found. Judgment call: a reader who takes the words for text would leave the 2xx unknown. Message: the only text is the code: the default. Code: "item not found" (rule 6).',
    response: { status: 200, body: { result_code: 'item not found' } },
    expect: { kind: 'not-found', message: DEFAULT, code: 'item not found' },
  },
  {
    id: 'pinboard/item-not-found-xml-200',
    source: 'Pinboard API',
    url: 'bachya/aiopinboard/tests/fixtures/error_response.xml@6962c3bcb46a1a713d852c3b8fb67c8758f49678',
    note: 'aiopinboard\'s `tests/test_errors.py` answers `GET api.pinboard.in/v1/posts/delete` with this fixture and `status=200`, and asserts the error\'s text "item not found". Copied as stored (the XML declaration with its space before `?>`). No header shown (none added; the content type is not stated). Kind: XML read as JSON would send it (rule 3): the one-element wrapper `<result>` is dropped and its `code` attribute is its code member; "item not found" is a not-found code (as in the JSON case), which outranks a 2xx: not-found. Message: no text but the code: the default. Code: "item not found" (rule 6: a code in an XML error element\'s attribute).',
    response: { status: 200, body: '<?xml version="1.0" encoding="UTF-8" ?>\n<result code="item not found" />\n' },
    expect: { kind: 'not-found', message: DEFAULT, code: 'item not found' },
  },

  // ───────────────────────────── Narodmon ─────────────────────────────
  {
    id: 'narodmon/missing-app-key-errno-400-200',
    source: 'Narodmon API (narodmon.ru)',
    url: 'Limych/ha-narodmon/tests/fixtures/error.json@23d1fcbec1ec78a74ae56d4edb634caedf89e14d',
    note: "The Home Assistant integration's `tests/test_api.py` answers `POST` to the API's endpoint with this fixture (aioclient_mock's default status, 200) and asserts the log line \"[400] Отсутствует ключ приложения: api_key\"; the client treats any status but 200 as an invalid response and reads the error from `errno` and `error`, so the API sends this body with a 200. Judgment call on the status: it is the mock's default, which the client's code requires. No header shown. Kind: `errno: 400`, a numeric code of a 4xx beside a 2xx, names the status the body means (rule 1: Twelve Data's `code: 429`); a 400 with no field errors is a bad request. Judgment call: the text says the application key is missing, which a reader could take for unauthenticated, but text never decides. Message: \"Отсутствует ключ приложения: api_key\" (the application key is missing) names a credential in the person's words, which stays (rule 2.1: \"a credential's name\"). No code stated: `errno` holds a status.",
    response: { status: 200, body: { error: 'Отсутствует ключ приложения: api_key', errno: 400 } },
    expect: { kind: 'bad-request', message: 'Отсутствует ключ приложения' },
  },

  // ───────────────────────────── e-Stat ─────────────────────────────
  {
    id: 'e-stat/auth-failed-xml-403',
    source: 'e-Stat API (Japan government statistics)',
    url: 'stored research notes of a data project on e-Stat, "Network reachability — verified-from-source" (stored file id 70571989788)',
    note: 'The notes: "`api.e-stat.go.jp` | HTTP 403 — **but with a valid e-Stat body**", then "Response body, verbatim:" and this XML; they add that the answer is "Served through `Server: ZENEDGE` / Oracle WAF, which returns HTTP 403 where the API itself signals `STATUS=100`". A sibling note of the same project (stored file id 70616549404) prints a `curl -i` of `getStatsList` with "HTTP/1.1 403 Forbidden", `Server: ZENEDGE` and the same `RESULT` inside `<GET_STATS_LIST>`; its body is cut before the closing tag, so this one is used, without headers. Kind: 403, forbidden (rule 1): `STATUS` 100 is e-Stat\'s own number, no HTTP status and no code a rule sorts. Judgment call: the text says authentication failed, which a reader could take for unauthenticated; text never decides. Message: "認証に失敗しました。アプリケーションIDを確認して下さい。" (authentication failed; please check the application ID): the failed sign-in alone would be generic (the thirty-seventh holdout\'s row), but a sentence after it saying what to check, which names the credential, stays (the rule row on "Authentication failed": "with a reason after it the line stays"). No code stated.',
    response: {
      status: 403,
      body: '<RESULT>\n    <STATUS>100</STATUS>\n    <ERROR_MSG>認証に失敗しました。アプリケーションIDを確認して下さい。</ERROR_MSG>\n</RESULT>',
    },
    expect: { kind: 'forbidden', message: 'アプリケーションIDを確認して下さい' },
  },
  {
    id: 'e-stat/auth-failed-status-100-200',
    source: 'e-Stat API (Japan government statistics)',
    url: 'stored test of a Python e-Stat client, a fake API whose `reject_app_id` answer is this body (stored file id 71372044134)',
    note: 'The Python test\'s fake returns `{"GET_STATS_LIST": {"RESULT": {"STATUS": 100, "ERROR_MSG": "認証に失敗しました。アプリケーションIDを確認して下さい。"}}}` as the JSON the client parsed; a Rust client\'s test (stored file id 27702945436) decodes the same answer with `PARAMETER` and `DATE` beside `RESULT`, and a sweep\'s notes (stored file id 70120372407) say "`api.e-stat.go.jp` answers HTTP **200** with `{"RESULT":{"STATUS":100,"ERROR_MSG":"…"}}`". Status: 200, from those notes (the 403 of the case above is the WAF in front of another route to the host). No header shown. Kind: a 2xx whose only number, `STATUS: 100`, names no HTTP status and whose code no rule sorts: unknown (rule 1: "a 2xx or 3xx with nothing that says what failed"; text never decides). Judgment call: a reader could take `ERROR_MSG`\'s words for an authentication failure. Message: the body of one member is that object and `RESULT` holds the error\'s sentence in `ERROR_MSG`, a message by its shape (rule 5); the sentence is kept as in the case above. No code stated.',
    response: {
      status: 200,
      body: {
        GET_STATS_LIST: {
          RESULT: { STATUS: 100, ERROR_MSG: '認証に失敗しました。アプリケーションIDを確認して下さい。' },
        },
      },
    },
    expect: { kind: 'unknown', message: 'アプリケーションIDを確認して下さい' },
  },

  // ───────────────────────────── RESAS ─────────────────────────────
  {
    id: 'resas/bad-request-text-400-200',
    source: 'RESAS API (Regional Economy Society Analyzing System, Japan)',
    url: 'pokuwagata/yumemi-fe-test/README.md',
    note: 'The project\'s README tables the error answers its mocks return "RESAS-API の仕様に準拠した" (as RESAS-API\'s specification has them), with each one\'s status: "400 | 200 | \\"400\\"" (the table wraps every body in quotes); its test of the response handler (stored file id 23309248089) mocks a 200 whose text is `400` and expects "400 Bad Request". No header shown (none added; the content type is not stated). Kind: the body is the number of the status it means beside a 2xx, as a numeric code of a 4xx beside a 2xx names it (rule 1): a 400, bad-request. Judgment call: a reader could read a text body of digits as nothing that says what failed and leave the 2xx unknown. Message: a number is no sentence (rule 2.1): the default. No code.',
    response: { status: 200, body: '400' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'resas/forbidden-status-code-403-200',
    source: 'RESAS API (Regional Economy Society Analyzing System, Japan)',
    url: 'pokuwagata/yumemi-fe-test/README.md',
    note: 'The README\'s table: "403 | 200 | {\\"statusCode\\":\\"403\\",\\"message\\":\\"Forbidden.\\",\\"description\\":\\"\\"}" (the quotes around the table\'s cell dropped); the project\'s handler test (stored file id 23309248089) mocks the same text on a 200 and expects "403 Forbidden". No header shown. Kind: `statusCode` "403", the body\'s own 4xx status beside a 2xx, decides (rule 1): forbidden. Message: "Forbidden." is the reason phrase and `description` is empty: the default (rule 2.1). No code: `statusCode` in digits is a status (rule 6).',
    response: { status: 200, body: { statusCode: '403', message: 'Forbidden.', description: '' } },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'resas/not-found-status-code-404-200',
    source: 'RESAS API (Regional Economy Society Analyzing System, Japan)',
    url: 'pokuwagata/yumemi-fe-test/README.md',
    note: 'The README\'s table, "404-1 | 200 |" with this body (the quotes around the cell dropped); the handler test (stored file id 23309248089) mocks the same text on a 200 and expects "404 Not Found". No header shown. Kind: `statusCode` "404" beside a 2xx decides (rule 1): not-found. Message: a `description` beats the `message` beside it (rule 2.2), and "404. That\'s an error." only restates the status; "The requested URL /404 was not found on this server." is the occurrence\'s sentence, kept as kiwix-serve\'s identical line is in `pending/` (rule 2.1 lists it nowhere as generic). Judgment call: a reader could read the stock line of a web server\'s 404 page as saying no more than the status. No code.',
    response: {
      status: 200,
      body: {
        statusCode: '404',
        message: "404. That's an error.",
        description: 'The requested URL /404 was not found on this server.',
      },
    },
    expect: { kind: 'not-found', message: 'was not found on this server' },
  },
  {
    id: 'resas/not-found-text-404-200',
    source: 'RESAS API (Regional Economy Society Analyzing System, Japan)',
    url: 'pokuwagata/yumemi-fe-test/README.md',
    note: 'The README\'s table: "404-2 | 200 | \\"404\\"" (the second form of RESAS\' 404, a text body of the number; the quotes are the table\'s). No header shown (none added). Kind: the number of the status the body means beside a 2xx (rule 1, as in the 400 case): not-found. Judgment call as there (unknown by the other reading). Message: a number is no sentence: the default. No code.',
    response: { status: 200, body: '404' },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'resas/rate-limited-message-null-429',
    source: 'RESAS API (Regional Economy Society Analyzing System, Japan)',
    url: 'pokuwagata/yumemi-fe-test/README.md',
    note: 'The README\'s table: "429 | 429 | \\"{\\"message\\":null}\\"" (the quotes around the cell dropped). No header shown (no Retry-After in the source). Kind: 429, rate-limited (rule 1). Message: `message` is null, nothing to read: the default. Retry: none (rule 4: no header, no hint). No code.',
    response: { status: 429, body: { message: null } },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },
  {
    id: 'resas/server-error-text-500',
    source: 'RESAS API (Regional Economy Society Analyzing System, Japan)',
    url: 'pokuwagata/yumemi-fe-test/README.md',
    note: 'The README\'s table: "500 | 500 | \\"Server Error\\"" (a text body; the quotes are the table\'s). No header shown (none added). Kind: 500, server (rule 1). Message: plain text on a 5xx is for developers (rule 2.6), and "Server Error" is a reason phrase besides: the default. No code.',
    response: { status: 500, body: 'Server Error' },
    expect: { kind: 'server', message: DEFAULT },
  },
] satisfies ConformanceCase[];
