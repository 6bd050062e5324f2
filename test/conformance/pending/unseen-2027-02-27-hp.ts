import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-ninth unseen-API holdout, part HP (27 February 2027): Go SDKs' testdata fixtures and httptest mocks that copy
// a vendor's error body, for vendors no other case file uses: Cherry Servers (cherrygo, the vendor's own Go SDK), WeCom
// (WeChat Work, 企业微信: the debug dump of a live response in the README of go-laoji/wecom-go-sdk), Joker.com's DMAPI,
// Hurricane Electric's dynamic DNS endpoint (dyn.dns.he.net) and DreamHost's API (the last three from the Go clients
// in go-acme/lego's DNS providers). Bodies were copied from: cherrygo's cherrygo_test.go (TestErrorResponse writes 400
// and the body), wecom-go-sdk's README (status, headers and body of a GET /cgi-bin/gettoken as the SDK's debug mode
// printed them), lego's joker/internal/dmapi/client_test.go (the mock's DMAPI text), hurricane/internal/client_test.go
// with the reply words defined in hurricane/internal/client.go at the same commit, and dreamhost/dreamhost_test.go
// (TestDNSProvider_PresentFailed). Statuses are the ones the mocks write (a Go handler that writes no status sends
// 200). No header was added: only WeCom's dump shows headers. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Technitium DNS Server (lego's fixtures/error.json holds placeholders: "error message",
// "application stack trace"), CloudSigma (cloudsigma-sdk-go's client tests send `[{"error_message":"error"}]` and
// "unknown error" with a request id "long-uuid", test authors' placeholders in the vendor's shape), tado (gotado's
// errors_test.go: codes "1" and "2" titled "One" and "Two"), Oxide (oxide.go's errors_test.go: a raw body "{error:
// Some error}"), gridscale (gsclient-go's request_test.go tests only network failures), servers.com
// (serverscom-go-client's fixtures hold no error body), Apache CloudStack (a code search found no Go test with a
// whole error body), a second WeCom body (`errcode` 40058, "markdown.content exceed max length 4096. …", pasted in a
// comment of a Go module hosted off GitHub, gl.king.im/king-lib, whose path the store does not give: no citable
// URL), the Go test handlers' own `http.Error` texts in lego's Hurricane Electric and Joker tests ("invalid form
// data", Go's "404 page not found") and Hurricane Electric's success replies (`good`, `nochg`). Skipped as already
// sources (grepped in sources.txt before any look-up): Linode, Vultr, Hetzner, Scaleway, Exoscale, Equinix Metal,
// OVHcloud, Cloudflare, UpCloud, Civo, Gandi, NS1, DNSimple, DigitalOcean, Leaseweb, cloudscale.ch, Sakura Cloud,
// Selectel, Gcore, IONOS DNS, WeChat Official Accounts and WeChat Pay, and most of lego's other DNS providers.
//
// The part holds 9 cases from 5 sources, under the brief's aim of 15–30 (the sources are 5, as it asks): all 30
// look-ups of the cap were spent, many on SDKs whose error tests hold placeholders instead of a vendor's body.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-27-hp`, on f3b5e3e, src/ unchanged: in the frozen copy /tmp/base99, after `--check`
// reported every case valid): 7/9 pass, 5 sources (kind 8/9, message 8/9, fields 9/9, retry 9/9, logId 0/0, code
// 1/2). Failing at first sight: joker/dmapi-authorization-error-200-text (kept "Status-Code: 2202 Status-Text:
// Authorization error" as a 2xx text body's sentence; the case reads DMAPI's header lines, a number and a category
// line, as the default, rule 2.1: a judgment call its note names); dreamhost/record-already-exists-200 (kind unknown
// and no code; the case reads `result: "error"` as saying the body failed with its error in `data`, the string there
// as a code alone in a message's member, rule 6, and that "already exists" code as outranking the 2xx, rule 1: kind
// conflict, code `record_already_exists_remove_first`: a judgment call its note names). Every other case passed as
// written, including the judgment calls on Cherry Servers' "Bad Request", WeCom's "invalid credential" on a 200
// (kept, unknown, code 40001) and Hurricane Electric's lone reply words on a 200 (unknown, the default).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Cherry Servers ─────────────────────────────
  {
    id: 'cherry-servers/bad-request-400',
    source: 'Cherry Servers',
    url: 'cherryservers/cherrygo/cherrygo_test.go@0184598552d71d46699bf7a00ddcffb5aad892f4',
    note: 'TestErrorResponse: the mock writes 400 and `{"code": 400, "message": "Bad Request"}` (indented in the source), and the SDK must report "Error response from API: Bad Request (error code: 400)". No header is set. Kind: 400 with no field and a numeric `code` that only restates the status: bad-request (rule 1). Message: the bare reason phrase (rule 2.1): the default. The code is not stated (a number restating the status; rule 6 leaves it in doubt). Judgment call: the shape is the vendor\'s (code and message), the phrase may be the test author\'s; it was kept because the expectation is the default either way.',
    response: { status: 400, body: { code: 400, message: 'Bad Request' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── WeCom ─────────────────────────────
  {
    id: 'wecom/invalid-credential-200',
    source: 'WeCom (WeChat Work)',
    url: 'go-laoji/wecom-go-sdk/README.md',
    note: 'The README shows SetDebug\'s dump of a live GET /cgi-bin/gettoken to qyapi.weixin.qq.com: "STATUS : 200 OK", the headers and the body, received 2023-06-10. Copied whole but for Content-Length (176, the pretty-printed body\'s length; the runner re-serializes the body). The stored copy names no commit or path; the repository is named by the README\'s own `go get github.com/go-laoji/wecom-go-sdk/v2`, the path is the README\'s (store id 18520573784). Kind: 200 with `errcode` 40001, a vendor number and no HTTP status: unknown (rule 1), as WeChat Official Accounts\' 40001 is read in unseen-2026-12-14-a. Message: "invalid credential" names the credential (rule 2.1: a credential\'s name stays); the hint, IP and "more info at" link after it label the occurrence. Code: `errcode` (rule 6). The `hint: [...]` is left unchecked as a support id.',
    response: {
      status: 200,
      headers: {
        'Content-Type': 'application/json; charset=UTF-8',
        Date: 'Sat, 10 Jun 2023 13:03:58 GMT',
        'Error-Code': '40001',
        'Error-Msg':
          'invalid credential, hint: [1686402237354962763423746], from ip: 123.116.182.237, more info at https://open.work.weixin.qq.com/devtool/query?e=40001',
        Server: 'nginx',
      },
      body: {
        errcode: 40001,
        errmsg:
          'invalid credential, hint: [1686402237354962763423746], from ip: 123.116.182.237, more info at https://open.work.weixin.qq.com/devtool/query?e=40001',
      },
    },
    expect: { kind: 'unknown', message: 'invalid credential', code: '40001' },
  },

  // ───────────────────────────── Joker.com DMAPI ─────────────────────────────
  {
    id: 'joker/dmapi-authorization-error-200-text',
    source: 'Joker.com DMAPI',
    url: 'go-acme/lego/providers/dns/joker/internal/dmapi/client_test.go@3371145f01c3dcbca5ba905e1f479b589f0a772e',
    note: 'TestClient_GetZone\'s mock of POST /dns-zone-get for a wrong auth-sid or an unknown domain writes the DMAPI reply "Status-Code: 2202\\nStatus-Text: Authorization error" with no status (200); the client reads Status-Code 2202 from it. No header checked, none given. Kind: a 2xx text body: text never decides the kind, and no member carries a code (rule 1): unknown. Message: the two lines are DMAPI\'s header lines, a number and a category line ("Authorization error", as "Authorization Error" is generic in rule 2.1): the default. Judgment call: a reader could keep "Authorization error" as the sentence of a 2xx text body (rule 2.6), or read 2202 as a code.',
    response: { status: 200, body: 'Status-Code: 2202\nStatus-Text: Authorization error' },
    expect: { kind: 'unknown', message: DEFAULT },
  },

  // ───────────────────────────── Hurricane Electric Dynamic DNS ─────────────────────────────
  {
    id: 'hurricane-electric/dyndns-badauth-200-text',
    source: 'Hurricane Electric Dynamic DNS',
    url: 'go-acme/lego/providers/dns/hurricane/internal/client_test.go@25322628e49711f78c92048fa4719c8a4a8903b6',
    note: 'TestClient_UpdateTxtRecord: the mock of POST https://dyn.dns.he.net/nic/update writes the reply word with no status (200); client.go at the same commit defines `codeBadAuth = "badauth"` ("wrong authentication token provided"). No header checked, none given. Kind: a 2xx whose text body is one lowercase token; text never decides the kind and no member carries a code: unknown (rule 1). Message: a lone word/code (rule 2.1): the default. Judgment call: a reader could read the token as a credential code (a code outranks any 2xx) and give unauthenticated.',
    response: { status: 200, body: 'badauth' },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'hurricane-electric/dyndns-nohost-200-text',
    source: 'Hurricane Electric Dynamic DNS',
    url: 'go-acme/lego/providers/dns/hurricane/internal/client_test.go@25322628e49711f78c92048fa4719c8a4a8903b6',
    note: 'As badauth: `codeNoHost = "nohost"` ("the record provided does not exist in this account"), sent with 200. Kind: unknown (a lone text token on a 2xx, rule 1). Message: the default (rule 2.1). Judgment call: a reader could read it as a not-found code.',
    response: { status: 200, body: 'nohost' },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'hurricane-electric/dyndns-abuse-200-text',
    source: 'Hurricane Electric Dynamic DNS',
    url: 'go-acme/lego/providers/dns/hurricane/internal/client_test.go@25322628e49711f78c92048fa4719c8a4a8903b6',
    note: 'As badauth: `codeAbuse = "abuse"` ("blocked hostname for abuse"), sent with 200. Kind: unknown (rule 1). Message: a lone word (rule 2.1): the default.',
    response: { status: 200, body: 'abuse' },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'hurricane-electric/dyndns-badagent-200-text',
    source: 'Hurricane Electric Dynamic DNS',
    url: 'go-acme/lego/providers/dns/hurricane/internal/client_test.go@25322628e49711f78c92048fa4719c8a4a8903b6',
    note: 'As badauth: `codeBadAgent = "badagent"` ("user agent not sent or HTTP method not recognized"), sent with 200. Kind: unknown (rule 1). Message: a lone word/code (rule 2.1): the default.',
    response: { status: 200, body: 'badagent' },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'hurricane-electric/dyndns-notfqdn-200-text',
    source: 'Hurricane Electric Dynamic DNS',
    url: 'go-acme/lego/providers/dns/hurricane/internal/client_test.go@25322628e49711f78c92048fa4719c8a4a8903b6',
    note: 'As badauth: `codeNotFqdn = "notfqdn"` ("the record provided isn\'t an FQDN"), sent with 200. Kind: unknown (rule 1). Message: a lone word/code (rule 2.1): the default.',
    response: { status: 200, body: 'notfqdn' },
    expect: { kind: 'unknown', message: DEFAULT },
  },

  // ───────────────────────────── DreamHost API ─────────────────────────────
  {
    id: 'dreamhost/record-already-exists-200',
    source: 'DreamHost API',
    url: 'go-acme/lego/providers/dns/dreamhost/dreamhost_test.go@1669bb65a79640e8f4c625abb82276d0b5c6daae',
    note: 'TestDNSProvider_PresentFailed: the mock of GET /?cmd=dns-add_record writes `{"data":"record_already_exists_remove_first","result":"error"}` with no status (200), and lego reports "add TXT record failed: record_already_exists_remove_first". No header checked, none given. `result: "error"` says it failed and `data` holds its error (rule 1), here a code alone in the member (rule 6). Kind: an "already exists" code, which outranks a 2xx: conflict (rule 1). Message: a code only (rule 2.1): the default. Judgment call: the code says more than "already exists" ("…_remove_first"), and a reader could leave a 2xx with no listed code unknown.',
    response: { status: 200, body: { data: 'record_already_exists_remove_first', result: 'error' } },
    expect: { kind: 'conflict', message: DEFAULT, code: 'record_already_exists_remove_first' },
  },
] satisfies ConformanceCase[];
