import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-ninth unseen-API holdout, part KF (9 March 2027): Chinese and Asian super-app and open-platform APIs
// (commerce, messaging, maps, cloud) that no other case file uses. Two responses from two sources: the Taobao Open
// Platform (TOP, the router at gw.api.taobao.com / gw.api.tbsandbox.com) and Alibaba Cloud API Gateway (the gateway
// in front of API-market and customer APIs, which answers its own errors with an empty body and `X-Ca-*` headers).
// Where the bodies were copied from: TOP's from a Ruby client's test (`Taobao::ClientTest`, "::execute
// 返回错误结果应该抛ResponseError"), which stubs the router with `status: 200` and a body whose sandbox nickname
// (`asandbox_c_1`) and old top-level code (560) read as a captured sandbox answer, not one the test author made up;
// API Gateway's from a PHP client's comment that pastes a `var_dump` of the gateway's whole 403 (status line,
// headers, `body => NULL`, `httpStatusCode => int(403)`). The index named neither repository at first; both were
// found afterwards by their paths (mangege/inav, muzhibenying001/wwwcity-service), and the urls name them. Headers
// were copied only where the source shows them (API Gateway's); none was added.
// Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Pinduoduo (`error_response` bodies found only in code comments, with no status), Amap /
// Gaode (`INVALID_USER_KEY` bodies only in apps' own stub servers, which the test authors wrote, and in a Go example's
// commented output with no status), Baidu Maps (status tables and comments only), Taobao again (the node `top`
// client's test asserts the body of a live sandbox call but no status; a Python router that imitates TOP's "App Call
// Limited" is no TOP), Shopee Open Platform (`error_auth` bodies only in SDK tests with made-up request ids such as
// `req123`, and a doc site's answer with no status), JD Open Platform (a PHP mock with no status), Alibaba Cloud ECS /
// Image Search / Live (bodies printed in reference pages and comments with "4xx or 5xx" and no status of their own),
// Baidu Object Storage (its error page prints one body, but the status row for its code was not in the excerpt),
// Volcengine's other services (envelopes assembled by test authors), LINE Login, LINE WORKS, LINE Pay, Grab, Yahoo!
// JAPAN and Tokopedia (searches reached only status tables, page openings or test authors' illustrations; LINE's
// OpenAPI repository holds no error examples), Tencent Cloud API Gateway (a body in a comment with no status) and
// Alibaba Cloud API Gateway's error-code tables (a status and a header text per row, no printed response).
// Found but dropped as already a source: iFlytek's xf-yun.com gateway (a doc table of its HMAC 401s and 403, a
// captured WebSocket handshake 401 "HMAC signature cannot be verified: apikey not found" and an SDK FAQ's "httpPost
// failed! 401{…}"): part AP's "iFlytek Spark (HTTP API)" cases are this same gateway's answers, `{"message":
// "Unauthorized"}` among them. Skipped as already sources without a look-up: Alibaba Cloud DNS, OSS, SLS, TSDB and
// Model Studio, Alipay, Tencent Cloud API and COS, Baidu AI Cloud DNS and ERNIE, Kakao, KakaoPay, Naver (Open API,
// Papago, Search Ad, Cloud Platform API Gateway), LINE Messaging API and LINE Notify, Rakuten (Web Service, RMS),
// Yahoo! JAPAN YConnect, Zalo Official Account, freee, SmartHR, Money Forward Cloud Invoice, Lazada, Coupang, TikTok,
// WeChat (Official Accounts, Pay, WeCom), DingTalk, Feishu / Lark, Youzan, JPush, Huawei Cloud, JD Cloud OSS, Midtrans,
// Xendit, PayPay, Toss Payments, Upbit and iFlytek Spark. Judgment call: Alibaba Cloud API Gateway is kept although
// other Alibaba Cloud products are sources, because the brief checks Alibaba Cloud by product and no case holds this
// gateway's header-only answers; TOP is kept as Taobao's platform, which no source names.
//
// The part holds 2 cases from 2 sources, far under the brief's aim of 15–30 from at least 5: all 38 look-ups of the
// cap were spent (the last ones on exact strings), most of them reaching bodies printed without a status (these
// platforms answer errors with a 200 and a body code, and clients' comments paste the body alone) or bodies that
// test authors wrote into stub servers.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-09-kf`, on 4b7e47a, src/ unchanged: in the frozen copy /tmp/base109; `--check` first
// reported every case valid): 1/2 pass, 2 sources (kind 2/2, message 1/2, fields 2/2, retry 2/2, logId 1/1, code 0/0).
// Failing at first sight: taobao-top/user-not-exist-invalid-nick-200 (kept "Remote service error", TOP's `msg`; the
// case expects `sub_msg`, "根据用户昵称:asandbox_c_1查询不到对应的用户信息", the occurrence's sentence over the
// type-level line beside it, rule 2.2, and "Remote service error" only says that something failed, rule 2.1: a
// judgment call, since no rule names `sub_msg`; said here after the run, the note left as written before it). Every
// other expectation held as written, including the judgment calls on TOP's 560 beside a 200 (server) and on API
// Gateway's header-only 403 (forbidden, the default message, `X-Ca-Request-Id` as the support id). No expectation was
// changed after the run (Prettier's line breaks were applied before it); the run needed no second attempt.
//
// It joined `cases/` with its own holdout's conventions, which read TOP's `sub_msg` beside its `msg`: 2/2.

export default [
  // ───────────────────────────── Taobao Open Platform (TOP) ─────────────────────────────
  {
    id: 'taobao-top/user-not-exist-invalid-nick-200',
    source: 'Taobao Open Platform (TOP)',
    url: 'mangege/inav/test/unit/taobao/client_test.rb@2717d3983fa529fd93795970592b40495d577c27',
    note: 'The test "::execute 返回错误结果应该抛ResponseError": `taobao.sellercats.list.update` against the router, stubbed with `to_return(body: body, status: 200)` and the body as written (a heredoc; its trailing newline dropped). Judgment call on provenance: a stub in a client\'s test, kept because its sandbox nickname and its top-level code 560 (the old TOP number beside "Remote service error") read as an answer captured from the sandbox. No headers shown. Kind: beside a 200, `code: 560` is a number in the 5xx range, and rule 1 reads a numeric code of a 5xx beside a 2xx as the status the body means ("other 5xx": server); a code never turns a 5xx into a 4xx kind, so the sub-code\'s "user-not-exist" does not make it not-found. Judgment call: 560 is TOP\'s own error number, not an HTTP status, and a reader could read the sub-code as a not-found code on a 2xx (not-found) instead. Message: `sub_msg`, a Chinese sentence naming the nickname that matched no user, is occurrence-specific over `msg` "Remote service error" (rule 2.2; Chinese written without spaces is a sentence, rule 2.1): kept. No code stated (the sub-code or 560: rule 6 leaves a doubt). No support id in the body.',
    response: {
      status: 200,
      body: {
        error_response: {
          code: 560,
          msg: 'Remote service error',
          sub_code: 'isv.user-not-exist:invalid-nick',
          sub_msg: '根据用户昵称:asandbox_c_1查询不到对应的用户信息',
        },
      },
    },
    expect: { kind: 'server', message: '查询不到对应的用户信息' },
  },

  // ───────────────────────────── Alibaba Cloud API Gateway ─────────────────────────────
  {
    id: 'alibaba-cloud-api-gateway/unauthorized-403-empty-body',
    source: 'Alibaba Cloud API Gateway',
    url: 'muzhibenying001/wwwcity-service/src/Libs/MicroService/AGRequest.php@bed142090ebabd2a61dd2ae10525e3ddf8bab306',
    note: 'The comment pastes the object the gateway\'s PHP SDK built: `content` and `header` both hold "HTTP/1.1 403 Forbidden" with the headers below, `body => NULL`, `errorMessage => "Unauthorized"`, `httpStatusCode => int(403)`. Every header is copied as printed, in order; the body is empty (Content-Length: 0), so none is given. Kind: 403 and no code: forbidden (rule 1; `X-Ca-Error-Message` is text in a header, and text never decides the kind). Message: the gateway says its error only in `X-Ca-Error-Message`, which is no body candidate under rule 2: the default. Judgment call: a reader that reads the header\'s text would keep "Unauthorized", which rule 2.1 keeps on a 403 as saying what was refused. Support id: `X-Ca-Request-Id` is a header named like a request id (rule 5).',
    response: {
      status: 403,
      headers: {
        Server: 'Tengine',
        Date: 'Mon, 11 Mar 2019 07:30:59 GMT',
        'Content-Type': 'text/plain;charset=UTF-8',
        'Content-Length': '0',
        Connection: 'keep-alive',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET,POST,PUT,DELETE,HEAD,OPTIONS,PATCH',
        'Access-Control-Allow-Headers':
          'X-Requested-With,X-Sequence,X-Ca-Key,X-Ca-Secret,X-Ca-Version,X-Ca-Timestamp,X-Ca-Nonce,X-Ca-API-Key,X-Ca-Stage,X-Ca-Client-DeviceId,X-Ca-Client-AppId,X-Ca-Signature,X-Ca-Signature-Headers,X-Ca-Signature-Method,X-Forwarded-For,X-Ca-Date,X-Ca-Request-Mode,Authorization,Content-Type,Accept,Accept-Ranges,Cache-Control,Range,Content-MD5',
        'Access-Control-Max-Age': '172800',
        'X-Ca-Request-Id': '6D13BEB2-C37A-4CCA-92FA-4095DDD5B52F',
        'X-Ca-Error-Message': 'Unauthorized',
      },
    },
    expect: { kind: 'forbidden', message: DEFAULT, logId: '6D13BEB2-C37A-4CCA-92FA-4095DDD5B52F' },
  },
] satisfies ConformanceCase[];
