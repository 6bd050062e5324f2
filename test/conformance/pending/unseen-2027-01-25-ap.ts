import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-sixth unseen-API holdout, part AP (25 January 2027): Asian cloud, AI-model and DNS platforms that no case
// file uses yet, several answering in Chinese: Volcengine's OpenAPI (its DNS service, the `ResponseMetadata.Error`
// envelope that Volcengine Ark, already a source, does not use), Baidu AI Cloud's DNS API (the BCE
// `code`/`message`/`requestId` envelope), the legacy DNSPod API, West.cn (西部数码) API v2, DNS.LA, Huawei Cloud DNS (its
// `code`/`message` errors, not the API gateway's `error_code`/`error_msg`, a source already), NIFCLOUD DNS (Fujitsu's
// Route 53-style XML), Tencent Hunyuan's OpenAI-compatible endpoint, iFlytek Spark's HTTP API and SenseTime's
// SenseNova. They were collected to measure how the reader does at first sight on APIs it was never tuned on. Every
// body was copied from the public material named in `url` and `note`: a DNS helper's provider tests
// (marvinli001/edgeweir, helpers/certd/providers/*: each test file says which vendor reference page its requests and
// responses follow, and serves each error body with the status written beside it), lego's NIFCLOUD client test
// (status and XML side by side), and public issues that paste what a live API answered with its status (OpenManus for
// Hunyuan, two chat front-ends for iFlytek Spark, Hermes Agent and sub2api for SenseNova). Bodies a client printed as
// a Python dict are written back as the JSON they were parsed from (`None` as null). Headers were copied only where
// the source shows them (DNS.LA's text/plain 401); West.cn's GBK-encoded bodies are given decoded, without the test's
// `text/html; charset=gbk`, and `note` says so. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Zhipu, MiniMax, Moonshot, DeepSeek, SiliconFlow, DashScope, Qianfan (Baidu ERNIE),
// Volcengine Ark (so Doubao), UCloud, JD Cloud's object storage, Kingsoft KS3, Qiniu, UpYun, Naver Cloud, Kakao,
// Rakuten, Yahoo! JAPAN, Sakura Cloud, NHN Cloud, Alibaba Cloud DNS, Tencent Cloud API 3.0 and Tencent COS (already
// sources, also as the edgeweir repository's alidns and tencentcloud tests); the Huawei Cloud API gateway's
// `APIGW.0301` 401 in the same Huawei test (the gateway's own envelope, a source already); Huawei's Go SDK core tests
// (placeholder bodies, `XXX.0001` "Some errors occurred."); West.cn's lego fixture (the JSON file is not stored) and
// the edgeweir West.cn body that appends the test's password to "认证失败" (Baidu's that appends its key id is kept, and
// its note says so); Baichuan, StepFun, 01.AI, Upstage, CLOVA Studio (troubleshooting tables print status, code and
// message, never a body), LINE WORKS, WeCom, Alipay, IIJ, NTT and ConoHa (nothing with a body and its status in the
// stored corpora: ConoHa's lego test answers "OOPS"); iFlytek Spark's WebSocket frames (`header.code` 10003, 11200:
// no HTTP status); Volcengine CV's `SignatureDoesNotMatch` report (no status); Huawei DRS's `err code` example
// (placeholders, no status). No HTML page turned up; one XML body (NIFCLOUD) and one text body (DNS.LA) did.
//
// The part holds 26 cases from 10 sources, within the brief's aim. 44 of the 60 look-ups were spent. Six of the
// sources come from one repository's tests, written from the vendors' reference pages rather than captured; the notes
// say so.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-25-ap`, on 1348a57, src/ unchanged: in the frozen copy /tmp/base66): 20/26 pass, 10 sources
// (kind 26/26, message 20/26, fields 26/26, retry 26/26, logId 9/9, code 20/20). Failing at first sight, all on the
// message: volcengine-dns/signature-does-not-match-401, baidu-cloud-dns/signature-does-not-match-400 and
// nifcloud-dns/auth-failed-401-xml (kept "The request signature we calculated does not match the signature you
// provided.", Baidu's with the test's key id after it; the cases read a signature that does not match as developer
// text, rule 2.3 as the fifty-seventh holdout's row names it, where three older cases, cloud.ts's,
// unseen-2026-12-15-i's and unseen-2026-12-24-f's, keep the same AWS line: the corpus reads it both ways);
// iflytek-spark/hmac-enforced-header-host-401 (kept "HMAC signature cannot be verified:enforced header 'host' not
// used for signature creation", a signature check's report, token and signature internals under rule 2.3);
// volcengine-dns/internal-error-500 (kept "Service has some internal Error. Pls Contact With Admin.", a generic line
// and a plea to contact an administrator, the default under rule 2.1 as the fifty-second holdout's row reads "Please
// contact us if the error persists."); baidu-cloud-dns/internal-error-500 (kept "We encountered an internal error
// Please try again.", a generic summary and a plea to retry, the default under rule 2.1). Every other case passed as
// written, including the judgment calls on Volcengine's `ErrZoneNotFound` on a 400 (not-found), its RequestId "1",
// "zone not found" and "zone not exist" kept, Baidu's "Access denied." on a 403, DNSPod's and West.cn's 2xx read as
// unknown (West.cn's `result: 500` not read as a status), DNS.LA's `code: 500` beside a 200 (server), Huawei's lock
// line kept, Hunyuan's Chinese rule about `messages` kept, and SenseNova's "Authorization Not Found" kept. No
// expectation was changed after the run (Prettier's line breaks were applied before it).
//
// Waits in `pending/` (6 December 2026): read now 24/26 (Baidu's "We encountered an internal error Please try again."
// is generic, and AWS's "The request signature we calculated does not match the signature you provided." developer
// text, since the holdout: three scored cases that kept that line, written before the fifty-seventh holdout's row named
// a signature that does not match developer text, were re-derived to the row). Its misses: iFlytek's HMAC report and
// Volcengine's "Service has some internal Error. Pls Contact With Admin.". Six of its sources are one project's
// provider tests written from the vendors' pages, not captured, as its header says.

export default [
  // ───────────────────────────── Volcengine DNS (OpenAPI) ─────────────────────────────
  {
    id: 'volcengine-dns/invalid-access-key-401',
    source: 'Volcengine DNS (OpenAPI)',
    url: 'marvinli001/edgeweir/helpers/certd/providers/volcengine/volcengine_test.go@80b0fbed5c2321e1f8fded3c4d3632feea0c99f2',
    note: 'TestErrors serves `failure(401, "InvalidAccessKey", "100009", "The accesskey [" + ak + "] included in the request is invalid.")`, the body built by `failure()` from the envelope the file says follows Volcengine\'s DNS and OpenAPI error references (docs 6758/155089, 6369/68677); `ak` is the test\'s own `VOLCENGINETESTACCESSKEY1`, filled in. No headers set. Kind: 401, unauthenticated (rule 1). Message: the sentence names the credential (rule 2.1: a credential\'s name stays); the key id in brackets is an id, no secret. Code: `Error.Code` (rule 6; `CodeN` is its number, and the word is the member named `Code`). Judgment call: a reader could state `100009`. logId: `RequestId` inside `ResponseMetadata`, a body member by its shape (rule 5).',
    response: {
      status: 401,
      body: {
        ResponseMetadata: {
          RequestId: '2023041116283931DC4B51E4C8C7660227',
          Action: 'ListZones',
          Version: '2018-08-01',
          Service: 'dns',
          Region: 'cn-beijing',
          Error: {
            CodeN: 100009,
            Code: 'InvalidAccessKey',
            Message: 'The accesskey [VOLCENGINETESTACCESSKEY1] included in the request is invalid.',
          },
        },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'included in the request is invalid',
      code: 'InvalidAccessKey',
      logId: '2023041116283931DC4B51E4C8C7660227',
    },
  },
  {
    id: 'volcengine-dns/signature-does-not-match-401',
    source: 'Volcengine DNS (OpenAPI)',
    url: 'marvinli001/edgeweir/helpers/certd/providers/volcengine/volcengine_test.go@80b0fbed5c2321e1f8fded3c4d3632feea0c99f2',
    note: 'The same test: `failure(401, "SignatureDoesNotMatch", "100010", "The request signature we calculated does not match the signature you provided.")`. No headers. Kind: 401, unauthenticated. Message: a signature that does not match is developer text (rule 2.3, the fifty-seventh holdout\'s row): the default. Code: `Error.Code` (rule 6). logId: `ResponseMetadata.RequestId` (rule 5).',
    response: {
      status: 401,
      body: {
        ResponseMetadata: {
          RequestId: '2023041116283931DC4B51E4C8C7660227',
          Action: 'ListZones',
          Version: '2018-08-01',
          Service: 'dns',
          Region: 'cn-beijing',
          Error: {
            CodeN: 100010,
            Code: 'SignatureDoesNotMatch',
            Message: 'The request signature we calculated does not match the signature you provided.',
          },
        },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      code: 'SignatureDoesNotMatch',
      logId: '2023041116283931DC4B51E4C8C7660227',
    },
  },
  {
    id: 'volcengine-dns/zone-not-found-400',
    source: 'Volcengine DNS (OpenAPI)',
    url: 'marvinli001/edgeweir/helpers/certd/providers/volcengine/volcengine_test.go@80b0fbed5c2321e1f8fded3c4d3632feea0c99f2',
    note: 'The same test answers ListRecords with `e.Status = 400` and this body, written out whole. No headers. Kind: `ErrZoneNotFound` is a not-found code (rule 1: read without its `Err` prefix, a not-found code on a 400 decides): not-found. Message: "zone not found" says what was not found; only the bare reason phrase restates a status (rule 2.1, "Resource not found" is a sentence). Judgment call: it starts in small letters, which rule 2.1 reads as an API\'s key only for lines naming a missing or invalid input. Code: `Error.Code`. logId: `RequestId` "1", the body\'s own id (rule 5), a test value kept as sent.',
    response: {
      status: 400,
      body: {
        ResponseMetadata: {
          RequestId: '1',
          Action: 'ListRecords',
          Version: '2018-08-01',
          Service: 'dns',
          Region: 'cn-beijing',
          Error: { CodeN: 400105, Code: 'ErrZoneNotFound', Message: 'zone not found' },
        },
      },
    },
    expect: { kind: 'not-found', message: 'zone not found', code: 'ErrZoneNotFound', logId: '1' },
  },
  {
    id: 'volcengine-dns/flow-limit-exceeded-429',
    source: 'Volcengine DNS (OpenAPI)',
    url: 'marvinli001/edgeweir/helpers/certd/providers/volcengine/volcengine_test.go@80b0fbed5c2321e1f8fded3c4d3632feea0c99f2',
    note: 'The same test: `failure(429, "FlowLimitExceeded", "100018", "Request was rejected because the request speed of this openAPI is beyond the current flow control limit.")`. No headers, so no retry time (rule 4: no header, hint or wait in the text). Kind: 429, rate-limited. Message: the sentence (rule 2.1). Code: `Error.Code`. logId: `ResponseMetadata.RequestId`.',
    response: {
      status: 429,
      body: {
        ResponseMetadata: {
          RequestId: '2023041116283931DC4B51E4C8C7660227',
          Action: 'ListZones',
          Version: '2018-08-01',
          Service: 'dns',
          Region: 'cn-beijing',
          Error: {
            CodeN: 100018,
            Code: 'FlowLimitExceeded',
            Message:
              'Request was rejected because the request speed of this openAPI is beyond the current flow control limit.',
          },
        },
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'beyond the current flow control limit',
      code: 'FlowLimitExceeded',
      logId: '2023041116283931DC4B51E4C8C7660227',
    },
  },
  {
    id: 'volcengine-dns/internal-error-500',
    source: 'Volcengine DNS (OpenAPI)',
    url: 'marvinli001/edgeweir/helpers/certd/providers/volcengine/volcengine_test.go@80b0fbed5c2321e1f8fded3c4d3632feea0c99f2',
    note: 'The same test: `failure(500, "InternalError", "100014", "Service has some internal Error. Pls Contact With Admin.")`. No headers. Kind: 500, server. Message: a line that only says an internal error happened ("Internal … error", rule 2.1\'s generic lines) and then asks to contact an administrator, as "Please contact us if the error persists." after a generic line says no more (the fifty-second holdout\'s row): the default. Judgment call: the corpus keeps Amadeus\' and SonarQube\'s "please contact your administrator" lines. Code: `Error.Code`. logId: `ResponseMetadata.RequestId`.',
    response: {
      status: 500,
      body: {
        ResponseMetadata: {
          RequestId: '2023041116283931DC4B51E4C8C7660227',
          Action: 'ListZones',
          Version: '2018-08-01',
          Service: 'dns',
          Region: 'cn-beijing',
          Error: {
            CodeN: 100014,
            Code: 'InternalError',
            Message: 'Service has some internal Error. Pls Contact With Admin.',
          },
        },
      },
    },
    expect: {
      kind: 'server',
      message: DEFAULT,
      code: 'InternalError',
      logId: '2023041116283931DC4B51E4C8C7660227',
    },
  },

  // ───────────────────────────── Baidu AI Cloud DNS (BCE) ─────────────────────────────
  {
    id: 'baidu-cloud-dns/access-denied-403',
    source: 'Baidu AI Cloud DNS (BCE)',
    url: 'marvinli001/edgeweir/helpers/certd/providers/baiducloud/baiducloud_test.go@80b0fbed5c2321e1f8fded3c4d3632feea0c99f2',
    note: 'TestErrors serves `failing(403, …)` with this body; the file says its responses follow Baidu AI Cloud\'s DNS reference and its error page (cloud.baidu.com/doc/DNS/s/lkk5elv58). No headers. Kind: 403 with `AccessDenied`, a permission code: forbidden (rule 1). Message: "Access denied." on a 403 says what was refused, kept as the sixty-fifth holdout\'s collector kept SMSGateway.me\'s "Access Denied." (rule 2.1). Judgment call: the second reader of that holdout read it as the 403\'s phrase in other words, the default. Code: `code` (rule 6). logId: `requestId` (rule 5).',
    response: {
      status: 403,
      body: {
        code: 'AccessDenied',
        message: 'Access denied.',
        requestId: 'c4abab14-ebc4-4eb0-85d2-03c4d51eed18',
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'Access denied',
      code: 'AccessDenied',
      logId: 'c4abab14-ebc4-4eb0-85d2-03c4d51eed18',
    },
  },
  {
    id: 'baidu-cloud-dns/signature-does-not-match-400',
    source: 'Baidu AI Cloud DNS (BCE)',
    url: 'marvinli001/edgeweir/helpers/certd/providers/baiducloud/baiducloud_test.go@80b0fbed5c2321e1f8fded3c4d3632feea0c99f2',
    note: 'The same test: `failing(400, …)` whose message ends with the test\'s access key id (`ak`, "0123456789abcdef0123456789abcdef", appended to check that the provider\'s error does not repeat it), filled in as served. No headers. Kind: `SignatureDoesNotMatch` is a credential code on a 400: unauthenticated (rule 1). Message: a signature that does not match is developer text (rule 2.3): the default. Code: `code`. logId: `requestId`.',
    response: {
      status: 400,
      body: {
        code: 'SignatureDoesNotMatch',
        message:
          'The request signature we calculated does not match the signature you provided. 0123456789abcdef0123456789abcdef',
        requestId: 'c4abab14',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'SignatureDoesNotMatch', logId: 'c4abab14' },
  },
  {
    id: 'baidu-cloud-dns/no-such-object-404',
    source: 'Baidu AI Cloud DNS (BCE)',
    url: 'marvinli001/edgeweir/helpers/certd/providers/baiducloud/baiducloud_test.go@80b0fbed5c2321e1f8fded3c4d3632feea0c99f2',
    note: 'The same test: `failing(404, …)`, the zone unknown. No headers. Kind: 404, not-found. Message: "zone not exist" says what does not exist, no bare reason phrase (rule 2.1). Judgment call: as Volcengine\'s "zone not found", a short line in small letters that a reader could take for a label. Code: `code`. logId: `requestId`.',
    response: {
      status: 404,
      body: { code: 'NoSuchObject', message: 'zone not exist', requestId: 'c4abab14' },
    },
    expect: { kind: 'not-found', message: 'zone not exist', code: 'NoSuchObject', logId: 'c4abab14' },
  },
  {
    id: 'baidu-cloud-dns/internal-error-500',
    source: 'Baidu AI Cloud DNS (BCE)',
    url: 'marvinli001/edgeweir/helpers/certd/providers/baiducloud/baiducloud_test.go@80b0fbed5c2321e1f8fded3c4d3632feea0c99f2',
    note: 'The same test: `failing(500, …)`. No headers. Kind: 500, server. Message: "We encountered an internal error Please try again." only says an internal error happened and asks to try again, a plea after a generic summary (rule 2.1: "An unexpected error has occurred. Please try this operation again later." is generic): the default. No wait in it (rule 4). Code: `code`. logId: `requestId`.',
    response: {
      status: 500,
      body: {
        code: 'InternalError',
        message: 'We encountered an internal error Please try again.',
        requestId: 'c4abab14',
      },
    },
    expect: { kind: 'server', message: DEFAULT, code: 'InternalError', logId: 'c4abab14' },
  },

  // ───────────────────────────── DNSPod API (legacy) ─────────────────────────────
  {
    id: 'dnspod/login-failed-200',
    source: 'DNSPod API (legacy)',
    url: 'marvinli001/edgeweir/helpers/certd/providers/dnspod/dnspod_test.go@0f36c0fc570c9f77202a13f540fe38fa7ba30307',
    note: 'TestErrors answers Record.List with this body and no `Status`, so the test server answers 200, as the legacy API (docs.dnspod.cn/api, "共通返回", which the file cites) puts every result in `status.code`. No headers. Kind: a 2xx whose only code, "-1", is a vendor number that names no kind and no HTTP status: unknown (rule 1; text never decides). Message: "Login failed" is generic (the thirty-fourth holdout\'s row): the default. No code stated: `status` here is the envelope object, and rule 6 leaves a negative result number under it in doubt.',
    response: { status: 200, body: { status: { code: '-1', message: 'Login failed' } } },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'dnspod/domain-id-invalid-200',
    source: 'DNSPod API (legacy)',
    url: 'marvinli001/edgeweir/helpers/certd/providers/dnspod/dnspod_test.go@0f36c0fc570c9f77202a13f540fe38fa7ba30307',
    note: 'The same test, the next Record.List answer (200, as above). No headers. Kind: unknown (rule 1: a 2xx whose code "6" names no kind; lines about no field on a 2xx say what failed, OCR.space\'s). Message: "Domain id invalid" names the input in a person\'s words, capitalised, not the API\'s `domain_id` key (rule 2.1: "Invalid phone number" stays). Judgment call: a reader could read it as a line naming only which input is invalid, the default. No code stated (as above).',
    response: { status: 200, body: { status: { code: '6', message: 'Domain id invalid' } } },
    expect: { kind: 'unknown', message: 'Domain id invalid' },
  },

  // ───────────────────────────── West.cn API v2 ─────────────────────────────
  {
    id: 'westcn/ip-authorization-failed-200',
    source: 'West.cn (西部数码) API v2',
    url: 'marvinli001/edgeweir/helpers/certd/providers/westcn/westcn_test.go@80b0fbed5c2321e1f8fded3c4d3632feea0c99f2',
    note: 'TestErrors answers getdnsrecord with this body through `post()`, status 200 (none set), `Content-Type: text/html; charset=gbk` and the body GBK-encoded, as the file says West.cn sends it (apiv2.html 1.4, the result envelope; domain_v2.html 6.1, error codes). The body is given decoded and the header left out (its charset names the encoding of bytes not reproduced here). Kind: a 2xx; `result: 500` is the envelope\'s failure flag, a member rule 1 does not read as a status (it names `code`, `status_code`, `statusCode`), and `errcode` names no kind: unknown. Judgment call: a reader could take `result: 500` for the status the body means (server). Message: "ip 授权失败" ("IP authorisation failed") says what was refused (rule 2.1, a sentence in Chinese with a Latin word). Code: `errcode`, a code by its shape (rule 5, as Matrix\'s).',
    response: { status: 200, body: { result: 500, clientid: '2', msg: 'ip 授权失败', errcode: 10002 } },
    expect: { kind: 'unknown', message: 'ip 授权失败', code: '10002' },
  },
  {
    id: 'westcn/no-permission-or-no-data-200',
    source: 'West.cn (西部数码) API v2',
    url: 'marvinli001/edgeweir/helpers/certd/providers/westcn/westcn_test.go@80b0fbed5c2321e1f8fded3c4d3632feea0c99f2',
    note: 'The same test, the next answer (200, GBK, given decoded as above). Kind: unknown (as above; `errcode` 20001 names no kind). Message: "无权操作或数据不存在" ("no permission for the operation, or the data does not exist"), a sentence (rule 2.1). Code: `errcode`.',
    response: { status: 200, body: { result: 500, clientid: '3', msg: '无权操作或数据不存在', errcode: 20001 } },
    expect: { kind: 'unknown', message: '无权操作或数据不存在', code: '20001' },
  },
  {
    id: 'westcn/record-already-exists-200',
    source: 'West.cn (西部数码) API v2',
    url: 'marvinli001/edgeweir/helpers/certd/providers/westcn/westcn_test.go@80b0fbed5c2321e1f8fded3c4d3632feea0c99f2',
    note: 'TestAppendRecords answers the second adddnsrecord with this body (200, GBK, given decoded as above); the provider treats it as the record being there already. Kind: unknown: `errcode` 20118 is a number, no duplicate code word, and text never decides (rule 1). Message: "记录已经存在重复添加" ("the record already exists; added twice"), a sentence. Code: `errcode`.',
    response: { status: 200, body: { result: 500, clientid: '2', msg: '记录已经存在重复添加', errcode: 20118 } },
    expect: { kind: 'unknown', message: '记录已经存在重复添加', code: '20118' },
  },

  // ───────────────────────────── DNS.LA ─────────────────────────────
  {
    id: 'dnsla/unauthorized-text-401',
    source: 'DNS.LA API',
    url: 'marvinli001/edgeweir/helpers/certd/providers/dnsla/dnsla_test.go@0f36c0fc570c9f77202a13f540fe38fa7ba30307',
    note: 'TestErrors: `unauthorized.Status, unauthorized.Response = 401, "Unauthorized"` with `Content-Type: text/plain; charset=utf-8` (copied); the file says it follows DNS.LA\'s API reference (dns.la/docs/ApiDoc, 开发必读). Kind: 401, unauthenticated. Message: the 401\'s reason phrase alone (rule 2.1): the default. No code.',
    response: { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Unauthorized' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'dnsla/domain-not-exist-601-200',
    source: 'DNS.LA API',
    url: 'marvinli001/edgeweir/helpers/certd/providers/dnsla/dnsla_test.go@0f36c0fc570c9f77202a13f540fe38fa7ba30307',
    note: 'The same test: `unknown.Response = {"code":601,"msg":"域名不存在","data":null}` on the domain lookup, status 200 (none set). No headers. Kind: a numeric `code` beside a 2xx names the status the body means only when it is an error status (rule 1); 601 is none, a vendor number: unknown. Message: "域名不存在" ("the domain does not exist"), a sentence. Code: `code`, a vendor number (rule 6: a string in the model).',
    response: { status: 200, body: { code: 601, msg: '域名不存在', data: null } },
    expect: { kind: 'unknown', message: '域名不存在', code: '601' },
  },
  {
    id: 'dnsla/internal-error-500-in-body-200',
    source: 'DNS.LA API',
    url: 'marvinli001/edgeweir/helpers/certd/providers/dnsla/dnsla_test.go@0f36c0fc570c9f77202a13f540fe38fa7ba30307',
    note: 'The same test: `business.Response = {"code":500,"msg":"internal error","data":null}`, status 200. No headers. Kind: beside a 2xx, a `code` of an error status in digits is the status the body means (rule 1, Twelve Data\'s): server. Message: "internal error" only says an internal error happened (rule 2.1\'s "Internal … error"): the default. No code stated: the 500 is read as the status, not a vendor code.',
    response: { status: 200, body: { code: 500, msg: 'internal error', data: null } },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Huawei Cloud DNS ─────────────────────────────
  {
    id: 'huawei-cloud-dns/no-permission-403',
    source: 'Huawei Cloud DNS',
    url: 'marvinli001/edgeweir/helpers/certd/providers/huaweicloud/huaweicloud_test.go@0f36c0fc570c9f77202a13f540fe38fa7ba30307',
    note: "TestErrors answers ListPublicZones with `Status: 403` and this body; the file says it follows Huawei Cloud DNS's API reference and error-code page (support.huaweicloud.com/api-dns/ErrorCode.html). No headers. Kind: 403, forbidden. Message: the sentence. Code: `code` (rule 6).",
    response: {
      status: 403,
      body: {
        code: 'DNS.0013',
        message: 'You do not have the permission to perform this operation using the API.',
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'You do not have the permission to perform this operation',
      code: 'DNS.0013',
    },
  },
  {
    id: 'huawei-cloud-dns/zone-not-exist-404',
    source: 'Huawei Cloud DNS',
    url: 'marvinli001/edgeweir/helpers/certd/providers/huaweicloud/huaweicloud_test.go@0f36c0fc570c9f77202a13f540fe38fa7ba30307',
    note: 'The same test answers the record-set list with `Status: 404` and this body. No headers. Kind: 404, not-found. Message: the sentence. Code: `code`.',
    response: { status: 404, body: { code: 'DNS.0302', message: 'This zone does not exist.' } },
    expect: { kind: 'not-found', message: 'This zone does not exist', code: 'DNS.0302' },
  },
  {
    id: 'huawei-cloud-dns/lock-busy-500',
    source: 'Huawei Cloud DNS',
    url: 'marvinli001/edgeweir/helpers/certd/providers/huaweicloud/huaweicloud_test.go@0f36c0fc570c9f77202a13f540fe38fa7ba30307',
    note: 'The same test answers with `Status: 500` and this body (the provider treats it as a limit). No headers. Kind: 500, server (rule 1; the code is no throttling code a rule names). Message: "Could not acquire the lock, please try again later." tells the person the operation is busy and to retry; rule 2.3 names no lock among developer text. Judgment call: a reader could read a lock as infrastructure behind the service (rule 2.3) and give the default. Retry: "try again later" names no time (rule 4). Code: `code`.',
    response: {
      status: 500,
      body: { code: 'DNS.0021', message: 'Could not acquire the lock, please try again later.' },
    },
    expect: { kind: 'server', message: 'Could not acquire the lock', code: 'DNS.0021' },
  },

  // ───────────────────────────── NIFCLOUD DNS ─────────────────────────────
  {
    id: 'nifcloud-dns/auth-failed-401-xml',
    source: 'NIFCLOUD DNS',
    url: 'go-acme/lego/providers/dns/nifcloud/internal/client_test.go@0bab771ed61879d38c84ea578f3411a5a5d80173',
    note: 'lego\'s TestClient_ChangeResourceRecordSets_errors and TestClient_GetChange_errors, case "API error": this XML served with `http.StatusUnauthorized` (the client answers "Sender(AuthFailed): …"). NIFCLOUD DNS is another product than NIFCLOUD mobile backend, already a source. No headers set. XML read as JSON would send it (rule 3). Kind: 401, unauthenticated. Message: a signature that does not match is developer text (rule 2.3): the default. Code: the `Code` element (rule 6); `Type` "Sender" is its category.',
    response: {
      status: 401,
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse>\n  <Error>\n    <Type>Sender</Type>\n    <Code>AuthFailed</Code>\n    <Message>The request signature we calculated does not match the signature you provided.</Message>\n  </Error>\n</ErrorResponse>\n',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'AuthFailed' },
  },

  // ───────────────────────────── Tencent Hunyuan ─────────────────────────────
  {
    id: 'tencent-hunyuan/roles-must-alternate-400',
    source: 'Tencent Hunyuan (OpenAI-compatible API)',
    url: 'https://github.com/FoundationAgents/OpenManus/issues/894',
    note: 'The issue\'s log line, base URL api.hunyuan.cloud.tencent.com/v1: "OpenAI API error: Error code: 400 - {\'error\': {…}}", a Python dict written back as JSON (`None` as null). No headers shown. Kind: a 400; `code` "1001" is a vendor number that names no kind, `type: "invalid_request_error"` only says the request was bad, and `param` names no field: bad-request (rule 1). Message: the Chinese sentence ("in `messages`, user (tool) and assistant roles must alternate (one question, one answer), starting with a user question and ending with a user (tool) question; tool may repeat"), which says what the value must be, kept as rule 2.1 keeps a rule about a value (NutrientAPI\'s). Judgment call: it begins with the API\'s key `messages`. Code: `code` (rule 6). No logId stated: rule 5 names an error\'s `id` only for JSON:API.',
    response: {
      status: 400,
      body: {
        error: {
          id: '3d98282009c094e0c9b7b11afc919ada',
          message:
            'messages 中 user（tool） 和 assistant 角色需交替出现 (一问一答)，以 user 提问开始， user（tool）提问结束, tool 可以连续出现多次',
          type: 'invalid_request_error',
          param: null,
          code: '1001',
        },
      },
    },
    expect: { kind: 'bad-request', message: 'assistant 角色需交替出现', code: '1001' },
  },

  // ───────────────────────────── iFlytek Spark ─────────────────────────────
  {
    id: 'iflytek-spark/hmac-enforced-header-host-401',
    source: 'iFlytek Spark (HTTP API)',
    url: 'https://github.com/Usagi-org/ai-goofish-monitor/issues/36',
    note: 'The issue: "调用 OpenAI API 时出错: Error code: 401 - {\'message\': "HMAC signature cannot be verified:enforced header \'host\' not used for signature creation"}" with "用的是讯飞的API", and a comment naming the base URL spark-api-open.xf-yun.com/v1 with the same error; the same body and status are pasted in VideoCaptioner#165 and xiaozhi-esp32-server#2481. A Python dict written back as JSON. No headers shown. Kind: 401, unauthenticated. Message: a signature check\'s report about which headers were signed is token and signature internals (rule 2.3): the default. No code.',
    response: {
      status: 401,
      body: {
        message: "HMAC signature cannot be verified:enforced header 'host' not used for signature creation",
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'iflytek-spark/unauthorized-401',
    source: 'iFlytek Spark (HTTP API)',
    url: 'https://github.com/chatchat-space/Langchain-Chatchat/issues/1580',
    note: 'The issue (base URL configured as spark-api.xf-yun.com): "Invalid response object from API: \'{"message":"Unauthorized"}\' (HTTP response code was 401)", the raw body quoted by the openai client. No headers shown. Judgment call: the request went to iFlytek\'s gateway on a path the client built (…/chat/completions), and the gateway answered. Kind: 401, unauthenticated. Message: the 401\'s reason phrase (rule 2.1): the default. No code.',
    response: { status: 401, body: { message: 'Unauthorized' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── SenseTime SenseNova ─────────────────────────────
  {
    id: 'sensenova/forbidden-code-16-401',
    source: 'SenseTime SenseNova',
    url: 'https://github.com/NousResearch/hermes-agent/issues/53673',
    note: 'The issue, base URL token.sensenova.cn/v1: "Status: 401 Response: {"error": {"code": 16, "message": "Forbidden"}}". No headers shown. Kind: 401, unauthenticated (rule 1: a code never turns a 401 into anything else). Message: "Forbidden", a lone word and another status\'s reason phrase (rule 2.1): the default. Code: `error.code`, 16 (gRPC\'s number for unauthenticated), a string in the model (rule 6).',
    response: { status: 401, body: { error: { code: 16, message: 'Forbidden' } } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: '16' },
  },
  {
    id: 'sensenova/authorization-not-found-401',
    source: 'SenseTime SenseNova',
    url: 'https://github.com/Wei-Shaw/sub2api/issues/3621',
    note: 'The issue (接入商汤日日新 anthropic 协议, SenseNova\'s Anthropic-style endpoint): "API returned 401: {"error": {"code": 16,"message": "Authorization Not Found"}}". No headers shown. Kind: 401, unauthenticated. Message: "Authorization Not Found" names the credential that was missing (the Authorization header), kept as a credential\'s name is (rule 2.1). Judgment call: a reader could read it as a 401 restated, the default (the sixty-fifth holdout\'s second reading). Code: `error.code` (rule 6).',
    response: { status: 401, body: { error: { code: 16, message: 'Authorization Not Found' } } },
    expect: { kind: 'unauthenticated', message: 'Authorization Not Found', code: '16' },
  },
] satisfies ConformanceCase[];
