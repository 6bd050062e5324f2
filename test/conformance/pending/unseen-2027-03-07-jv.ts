import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-seventh unseen-API holdout, part JV (7 March 2027): captured HTTP transcripts kept in public GitHub
// repositories (curl -v and curl -i output pasted into READMEs, runbooks, tutorials and vendor docs kept as Markdown,
// and one public issue), each holding a 4xx or 5xx response with its body. Ten sources no other case file uses: the
// ipfs.io public path gateway (Protocol Labs' fleet, with dweb.link and w3s.link), ClawHub (the OpenClaw skills
// registry's HTTP API, its rate-limit docs), Dbrain (a document-recognition API, its docs), a calculator API deployed
// on Render (`sezzle-calculator`, its smoke-test record), Hashbang (hashbang.sh's server stats endpoint, from an
// issue), DK Hostmaster's Domain Availability Service (DAS, its sandbox docs), IBM DataPower API Gateway (API
// Connect's gateway, a user-defined concurrency-limit policy's README), Smarti (Redlink's conversational search
// server, its configuration docs), detour (a Go controller library, its example's transcript) and F5 Distributed
// Cloud WAAP (a Japanese lab guide's rate-limit transcript). They were collected to measure how the reader does at
// first sight on APIs it was never tuned on. Every body was copied from the transcript as printed: status from the
// status line (`< HTTP/2 429`, `HTTP/1.1 422 …`; Hashbang's from the title and the body's own `status`), the
// headers the transcript prints (curl's `< ` prefix dropped; a header a transcript elides is not filled in), the body
// as the text after the headers. Most of the library's hits come from its find_string index, which names no
// repository: `url` says so and gives the index's id, as earlier parts did. Every `expect` was written from the source
// and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: HAR files proper. The index of searchable text holds no `.har` file (`"_transferSize"`-style
// and `"text": "{\"error\"…` searches met only MCP tool-result docs), and the two Polly.js recording sets read
// (web3data/web3data-js, Amberdata's SDK; inspirehep/inspirehep's UI tests, which record failed requests) held only
// 200s in the pages read within the cap. Bodies printed without a body or with placeholders: Planday's 429 (headers
// only, `...`), arXiv's export 429 (0 bytes), KingsChat's 401 and Harbor-behind-Istio's 400 (`content-length: 0`),
// Dbrain's 422 and 500 (`{"loc":[...],"msg":"...",…}`), the Docker Hub registry's 401 (`...`), a Laravel app on
// Heroku (`{ [178 bytes data]`), a Sinatra tutorial's and nodeshift's 422 (status line only). Not captures: a security
// explainer's "what an attacker sees" 429 (an expected answer written out), Railway and Express runbooks' "Expected:"
// bodies, a quiz's FastAPI 422, a CDP interceptor test's simulated 422 and a Go test table's status lines. No product
// to name: a Linked Data Platform server's 422 ("container configured not deleteable", the README names no product)
// and a Go OpenAPI library's 422 (`WithOpID`, the excerpt names neither library nor repository). Test-built or
// reconstructed: Vanilla API's 400 (PHP `print_r` of the decoded body: the types would be guessed). Envoy's texts
// behind Envoy Gateway and Kyma (`User authentication failed. Missing username and password.`, `local_rate_limited`),
// the AWS Lambda authorizer's and WAF's API Gateway bodies and Bing's Azure Front Door page were dropped as their
// senders' (Envoy, Amazon API Gateway, Azure Front Door) are sources.
//
// Skipped as already sources (sources.txt): Wildberries, Akamai, SignatureAPI, Apiera, MetaApi, Strava, Spotify,
// Sage, Standard Notes, phpIPAM, Vanilla Forums, GitHub, ClickUp (a 400 `{ err, ECODE }` and a 403 in curl -v
// output), Adobe Learning Manager (its 429 transcript), Azure Functions, Azure Front Door, SentinelOne (its Singularity
// Data Lake ingest 401), InfluxDB (its v3 partial-write 400), Micronaut, Istio, Kubernetes, Traefik, nginx, Apache,
// Express, FastAPI and Laravel bodies met on the way.
//
// The part holds 12 cases from 10 sources, short of the brief's aim of 15 (at least 5 sources are met): all 32
// look-ups were spent, many on HAR recordings and issue searches that held no error body.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-07-jv`, on fb8f384, the commit /tmp/base107/READY names, src/ unchanged: in the frozen copy
// /tmp/base107; `--check` first reported no problem): 8/12 pass, 10 sources (kind 12/12, message 9/12, fields 11/12,
// retry 12/12, logId 3/3, code 2/2). Failing at first sight: sezzle-calculator/malformed-json-400 (kept "Malformed
// JSON request body"; the case reads JSON malformed in the request body as developer text, rule 2.3 and the
// twenty-ninth holdout's row, and gives the default); dk-hostmaster-das/user-authentication-error-401 (kept the whole
// text, "Status:error message:User authentication error"; the case reads "User authentication error" as a category
// line, rule 2.1, and gives the default: a judgment call its note names, and either way the kit kept the `status:`
// and `message:` labels as words of the sentence); ibm-datapower-api-gateway/assembly-rate-limit-exceeded-429 (gave
// its own text, "You have made too many requests in a short time.", so it read no sentence in `moreInformation`; the
// case keeps "Assembly Rate Limit exceeded", rule 2.1: a judgment call its note names);
// smarti/illegal-solr-endpoint-422 (read the field as `illegal.queryBuilder.1.solrEndpoint`; the case reads
// `illegal` as a member that holds errors by name, whose keys are the fields, rule 3: a judgment call its note
// names). Every other case passed as written, including the judgment calls on the ipfs.io gateway's sunset 429
// (rate-limited, its sentence kept, 900 s), sezzle-calculator's "division by zero" (kept) and Dbrain's lone `detail`
// item (form-level, its sentence kept).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// Dropped after the first run, by the holdout's maintainer: the two sezzle-calculator cases (a calculator API
// someone deployed on Render, which its collector judged may be a hiring exercise): not an API a user of the kit
// meets. The part keeps 10 cases from 9 sources; on the first run they read 7/10 (the DK Hostmaster, DataPower and
// Smarti misses above).

export default [
  // ───────────────────────────── ipfs.io public gateway ─────────────────────────────
  {
    id: 'ipfs-gateway/service-worker-sunset-429-text',
    source: 'ipfs.io public gateway',
    url: 'public capture found by find_string (library index id 71403812601, a media-probe experiment\'s README, "Gateway verification, 2026-09-21T22:06Z, from this workstation"; the index names no repository)',
    note: 'The README says `ipfs.io`, `dweb.link` and `w3s.link` are "the same Protocol Labs path-gateway fleet" and that every non-browser request gets this answer: `HTTP/2 429`, the headers `sunset`, `link` and `retry-after: 900`, and the text body. Copied as printed; no Content-Type or Date is printed, so none is given (the run\'s default clock stands). Kind: 429, rate-limited (rule 1). Judgment call: the capture\'s author reads the 429 as a terminal sunset, not rate limiting ("`Retry-After` is cosmetic"), but rule 1 reads the status and the header, not the prose. Message: a sentence sent as text on a 4xx is the message (rule 2.6). Retry: `Retry-After: 900` seconds (rule 4.1).',
    response: {
      status: 429,
      headers: {
        sunset: 'Mon, 21 Sep 2026 00:00:00 GMT',
        link: '<https://gatewaychanges.ipfs.io/>; rel="sunset"',
        'retry-after': '900',
      },
      body: 'This IPFS gateway is switching to a service worker gateway only.',
    },
    expect: {
      kind: 'rate-limited',
      message: 'This IPFS gateway is switching to a service worker gateway only',
      retry: 900,
    },
  },

  // ───────────────────────────── ClawHub ─────────────────────────────
  {
    id: 'clawhub/rate-limit-exceeded-429-text',
    source: 'ClawHub',
    url: "public captures found by find_string (library index ids 56764677606 and 56913250911, ClawHub's HTTP API docs in Arabic and Dutch; 56712774201, the Ukrainian copy, prints the same headers without the Content-Type and the body; the index names no repository)",
    note: 'The docs\' "example 429 response" (```http block): `HTTP/2 429`, the headers and the text body `Rate limit exceeded`; the docs add that v1 errors are plain text (`text/plain; charset=utf-8`). Copied as printed. Kind: 429, rate-limited (rule 1). Message: "Rate limit exceeded" is a sentence about the caller\'s limit; the corpus keeps it (the rule 2.1 lists are not it). Retry: `Retry-After: 34` wins over the reset headers (rule 4.1; `ratelimit-reset: 34` agrees).',
    response: {
      status: 429,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'x-ratelimit-limit': '20',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '1771404540',
        'ratelimit-limit': '20',
        'ratelimit-remaining': '0',
        'ratelimit-reset': '34',
        'retry-after': '34',
      },
      body: 'Rate limit exceeded',
    },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded', retry: 34 },
  },

  // ───────────────────────────── Dbrain ─────────────────────────────
  {
    id: 'dbrain/license-not-valid-403',
    source: 'Dbrain',
    url: 'public capture found by find_string (library index id 41963212514, Dbrain\'s recognition API docs: "Response if license is not valid"; the index names no repository)',
    note: "Printed as a transcript: `HTTP/2 403`, `content-type: application/json`, `date`, `server: uvicorn`, `content-length: 66`, then the body. Copied as printed (the printed length is the docs', not the body's). Kind: 403, forbidden (rule 1); `license_error` is no credential code. Message: the lone item of `detail` names no field (no `loc`), so it is form-level and its sentence is the message (rule 3; rule 2.2). No code stated: `type` beside `msg` is the item's category in FastAPI's shape, and rule 6 leaves doubt.",
    response: {
      status: 403,
      headers: {
        'content-type': 'application/json',
        date: 'Mon, 07 Oct 2019 17:46:06 GMT',
        server: 'uvicorn',
        'content-length': '66',
      },
      body: { detail: [{ msg: 'License is not valid', type: 'license_error' }] },
    },
    expect: { kind: 'forbidden', message: 'License is not valid' },
  },

  // ───────────────────────────── sezzle-calculator ─────────────────────────────
  // ───────────────────────────── Hashbang ─────────────────────────────
  {
    id: 'hashbang/server-stats-internal-server-error-500',
    source: 'Hashbang',
    url: 'https://github.com/hashbang/hashbang.sh/issues/79',
    note: 'The issue "internal server error on server/stats page" pastes `curl https://hashbang.sh/server/stats` and its output, `{"status": 500, "message": "Internal Server Error"}`; curl was run without -i, so the status is the one the issue\'s title and the body\'s own `status` name (a maintainer answered "Fixed"). No header shown. Kind: 500, server (rule 1). Message: the reason phrase (rule 2.1): the default.',
    response: { status: 500, body: { status: 500, message: 'Internal Server Error' } },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── DK Hostmaster DAS ─────────────────────────────
  {
    id: 'dk-hostmaster-das/unsupported-media-type-415',
    source: 'DK Hostmaster Domain Availability Service',
    url: 'public capture found by find_string (library index id 6778655228, the DAS sandbox README, "Example with bad domain parameter"; the index names no repository)',
    note: 'curl -v with `Accept: text/plain` against das-sandbox.dk-hostmaster.dk ("the response has been stripped down", the README says): `HTTP/1.1 415 Unsupported Media Type`, the headers below, and the body `"Unsupported media type"`, a JSON string (a stray backtick after it is the Markdown\'s and is dropped). Headers copied as printed, the Content-Type with its trailing `;` (`Connection` and `Content-Length` left out). Kind: 415, bad-request (rule 1). Message: the 415\'s reason phrase (rule 2.1): the default.',
    response: {
      status: 415,
      headers: {
        'Content-Type': 'application/json; charset=utf-8;',
        'Cache-Control': 'max-age=1, no-cache',
        Date: 'Wed, 23 Oct 2013 11:59:30 GMT',
        Server: 'Mojolicious (Perl)',
      },
      body: '"Unsupported media type"',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'dk-hostmaster-das/user-authentication-error-401',
    source: 'DK Hostmaster Domain Availability Service',
    url: 'public capture found by find_string (library index id 6778655228, the DAS sandbox README, "Example with bad credentials"; the index names no repository)',
    note: 'curl -v with `Accept: text/plain`, stripped down by the README: `HTTP/1.1 401 Unauthorized`, the headers below (curl\'s own "* Authentication problem. Ignoring this." line dropped; `Connection` and `Content-Length` left out) and the text body `status:error` / `message:User authentication error`, sent although the Content-Type says JSON (copied as printed). Kind: 401, unauthenticated (rule 1). Message: "User authentication error" is a category line, as "Authorization Error" is (rule 2.1): the default. Judgment call: a reader could keep it as a sentence that says signing in failed.',
    response: {
      status: 401,
      headers: {
        'Content-Type': 'application/json; charset=utf-8;',
        'Cache-Control': 'max-age=1, no-cache',
        Date: 'Wed, 23 Oct 2013 12:05:22 GMT',
        'WWW-Authenticate': 'Basic realm=DKH Domain Availability Service (DAS)',
        Server: 'Mojolicious (Perl)',
      },
      body: 'status:error\nmessage:User authentication error',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── IBM DataPower API Gateway ─────────────────────────────
  {
    id: 'ibm-datapower-api-gateway/assembly-rate-limit-exceeded-429',
    source: 'IBM DataPower API Gateway',
    url: 'public capture found by find_string (library index id 18554092947, the README of a `concurrent-limit-basic` user-defined policy for API Connect 10 and DataPower 10, "Example Request and Response"; the index names no repository)',
    note: 'The README prints the 6th concurrent request\'s `curl -kv` answer, `HTTP/2 429` with its headers, and then "you get a 429 response:" with the body; the two are paired here, both the 429 the README shows. Headers: `content-type`, `x-global-transaction-id` and the two `x-countlimit-*` headers; the `user-agent` and `accept` lines printed among them are the request\'s echoed and are dropped. Kind: 429, rate-limited (rule 1). Message: "Assembly Rate Limit exceeded" says the caller\'s limit was reached (the gateway\'s "assembly" is the API\'s policy flow), over `httpMessage`, the reason phrase: kept. Judgment call: a reader could read the capitalised words as a category line. Retry: none (no Retry-After, no reset header). logId: IBM\'s `x-global-transaction-id` (rule 5). No code: `httpCode` restates the status.',
    response: {
      status: 429,
      headers: {
        'content-type': 'application/json',
        'x-global-transaction-id': '196c55656568e74f000f4dc2',
        'x-countlimit-limit': 'name=concurrent-limit-basic_1.0.0-max-5-rld,5;',
        'x-countlimit-remaining': 'name=concurrent-limit-basic_1.0.0-max-5-rld,0;',
      },
      body: { httpCode: '429', httpMessage: 'Too Many Requests', moreInformation: 'Assembly Rate Limit exceeded' },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Assembly Rate Limit exceeded',
      logId: '196c55656568e74f000f4dc2',
    },
  },

  // ───────────────────────────── Smarti ─────────────────────────────
  {
    id: 'smarti/illegal-solr-endpoint-422',
    source: 'Smarti',
    url: 'public capture found by find_string (library index id 23162277031, Smarti\'s configuration docs: "an illegal URL was configured as `solrEndpoint` for the 2nd configuration of the `queryBuilder` category"; the index names no repository)',
    note: "A PUT to /config/client25 (the request's `[..]` are the docs' elisions of the request, not of the response): `HTTP/1.1 422`, `Content-Type: application/json;charset=UTF-8`, then the whole body. Kind: 422, validation (rule 1). Fields: `data.illegal` maps a JSON Path to its message (the docs: \"JSON Path pointer to missing and illegal fields\"); `illegal` holds errors by name (beside `missing`), so its keys are the fields, `queryBuilder[1].solrEndpoint` written `queryBuilder.1.solrEndpoint` (rule 3). Judgment call: `data` is read as the error's, not a payload, and a reader could make `illegal` a segment. Message: the envelope's line names a qualified Java type (`io.redlink.smarti.model.config.Configuration`) and counts paths, developer text (rule 2.3): the default.",
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json;charset=UTF-8' },
      body: {
        data: { illegal: { 'queryBuilder[1].solrEndpoint': 'unknown protocol: dummy' } },
        message:
          'Unable to process io.redlink.smarti.model.config.Configuration because of 1 illegal [queryBuilder[1].solrEndpoint] and 0 missing fields []',
        status: 422,
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['queryBuilder.1.solrEndpoint', 'unknown protocol']],
    },
  },

  // ───────────────────────────── detour ─────────────────────────────
  {
    id: 'detour/field-required-422',
    source: 'detour',
    url: 'public capture found by find_string (library index id 16512568171, the example main.go of detour, a Go controller library imported as `…ystreets/detour`; the index names no repository)',
    note: 'The example\'s comment holds the curl -v transcript of `GET /hello` without `name`: `HTTP/1.1 422 status code 422` (Go\'s reason for a code it had no name for), `Content-Type: application/json; charset=utf-8`, `Date`, `Content-Length: 55`, then the body. Kind: 422, validation (rule 1). Fields: a body that is an array of error objects is read as an `errors` list, and `fields: ["name"]` is the item\'s path (rule 3): `name`, "The field is required". Message: only a field message (rule 2.4): the default.',
    response: {
      status: 422,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Wed, 25 Nov 2015 23:37:44 GMT',
        'Content-Length': '55',
      },
      body: [{ fields: ['name'], message: 'The field is required' }],
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['name', 'The field is required']] },
  },

  // ───────────────────────────── F5 Distributed Cloud WAAP ─────────────────────────────
  {
    id: 'f5-distributed-cloud/rate-limit-error-page-429-html',
    source: 'F5 Distributed Cloud WAAP',
    url: 'public capture found by find_string (library index id 48139002820, a Japanese F5 Distributed Cloud lab guide, its rate-limit step against echoapp.f5demo.net; the index names no repository)',
    note: 'The guide\'s second curl -v answer: `HTTP/2 429`, `content-type: text/html; charset=UTF-8`, and the error page, which the guide trims itself ("** 省略 **", omitted). Trimmed: only the part the guide prints is copied, the page\'s `<!-- Body -->` comment and its `error-body` heading. Kind: 429, rate-limited (rule 1). Message: an HTML page gives no message (rule 5): the default. Retry: none shown.',
    response: {
      status: 429,
      headers: { 'content-type': 'text/html; charset=UTF-8' },
      body: '<!-- Body -->\n<div class="error-body">\n  <h1>\n  Error 429 - Too Many Requests\n  </h1>',
    },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },
] satisfies ConformanceCase[];
