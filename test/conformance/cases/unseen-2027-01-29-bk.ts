import { DEFAULT, type ConformanceCase } from '../types';

// Seventieth unseen-API holdout, part BK (29 January 2027): error responses of third-party public APIs as Rust crates
// keep them in their test suites and errata, and as a Rust repository's issue pastes one: Hetzner Robot's webservice
// (the hrobot-rs client's errata and error-module tests), Apache Hadoop's WebHDFS REST API (Apache OpenDAL's WebHDFS
// test, and the Hadoop reference page it cites, whose 401, 403 and 404 print their status lines), six storage services
// as Apache OpenDAL's Rust services test their error parsers (pCloud, Koofr, Yandex Disk, ChainSafe Storage, Alluxio's
// REST proxy, OpenStack Swift), Axiom (its own Rust SDK's httpmock tests, with the rate-limit header names its limits
// module defines) and Hyperliquid (a 422 pasted in ccxt/ccxt#27081, a repository the index files as Rust). They were
// collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was copied from the
// public material named in `url` and `note`. Statuses are the ones the tests serve or the pages print. Where a test
// parses a body alone, the status comes from the body's own `status` member (Hetzner Robot, which the crate documents
// as the HTTP status) or from the page's own heading (Swift's "Not Found"), and `note` says so. OpenDAL's tests give
// one status the vendor may not send (Yandex Disk's `UnauthorizedError` served as 403) and one set of bodies that its
// comment misattributes (Alluxio's three, all served as 500); both are kept as the tests have them and said in `note`.
// Axiom's tests compute their reset headers from the clock (`now + 1 s`); the case writes that instant against its
// `receivedAt`. Headers were copied only where the source shows them (Axiom's limits, WebHDFS' Content-Type; the
// docs' Transfer-Encoding left out) and none was added. Two HTML pages (pCloud, Swift), two text bodies (one empty,
// Koofr's) and one Russian body. Every `expect` was written from the source and test/conformance/README.md before
// the kit was run.
//
// Looked for and dropped: Proxmox, Hetzner Cloud (Hetzner Robot is its other API, taken), OVH, Scaleway, Gandi,
// Porkbun, Namecheap, Linode, Vultr, Cloudflare (Workers KV and D1 too), Backblaze B2, Matrix and Synapse, Conduit,
// Mastodon, Misskey, Lemmy, Gitea (Forgejo answers with its API), crates.io, Zulip, Mattermost, Rocket.Chat, ntfy,
// Gotify, Pushover, Open-Meteo, Tautulli, Plex, Jellyfin, Sonarr, Radarr, qBittorrent, Transmission, Home Assistant,
// InfluxDB, QuestDB, Meilisearch, OpenRouter, Groq, Mistral, Together AI and Replicate, and OpenDAL's Seafile, UpYun,
// Google Drive, OneDrive, Dropbox, GCS, S3, Azure, GitHub, Vercel and Supabase services: already sources. Sourcehut
// and docs.rs: no Rust test body turned up. lakeFS and the Hugging Face Hub (OpenDAL's tests for both hold the same
// `{ error: "Invalid username or password." }`, with no status, copied from one to the other), Huawei OBS (an
// S3-style `NoSuchKey` XML body with no status), Aliyun Drive, iCloud, DBFS and IPFS MFS (parsers without test
// bodies): dropped. Hyperliquid's error table in nautilus_trader's test data (messages, no bodies) and dYdX's (no HTTP
// error there): dropped. Cashu mints' 400 "Token already spent." bodies sit in Rust wallets' tests whose repositories
// the index would not name. Databento's `detail.case` bodies, Backpack Exchange's `INVALID_CLIENT_REQUEST` and
// ngrok's 404 sit in Python, C#, Julia and Go clients or notes the index would not name: dropped. Svix's Rust server
// builds its bodies in source code, and the issue look-up found none printed with its status. Apollo Router's
// rate-limit and time-out errors are built in source code, and no snapshot was found within the budget. Vaultwarden's
// and Atuin's issues showed no body beside a status. Axiom's second 429 (a dashboard write) repeats the first but for
// its reset, and was left out for variety.
//
// The part holds 22 cases from 10 sources, under the brief's aim of 25: 50 of the 60 look-ups were spent, most of them
// finding that the candidate crates' APIs are already sources or that Rust tests mock bodies their authors wrote.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-29-bk`, on ff4758c, src/ unchanged: in the frozen copy /tmp/base70): 20/22 pass, 10 sources
// (kind 22/22, message 20/22, fields 22/22, retry 22/22, logId 0/0, code 8/8). Failing at first sight:
// webhdfs/illegal-argument-exception-400 (kept "Invalid value for webhdfs parameter \"permission\": ...", a line that
// names only which parameter is invalid, as rule 2.1's generic lines do: the default);
// webhdfs/security-exception-401 (kept "Failed to obtain user group information: ...", a step inside the server that
// failed, generic as rule 2.1's "Request mapping failed" is: the default; a judgment call the note names). Every other
// case passed as written, including the judgment calls on Hetzner Robot's `missing` and `invalid` name lists (no
// fields), Yandex Disk's English `description` over its Russian `message` and its Russian line on a 403, Alluxio's
// word codes on a 500 (server), Axiom's 430s (bad requests, no wait) and the two HTML pages. No expectation was
// changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Hetzner Robot ─────────────────────────────
  {
    id: 'hetzner-robot/storagebox-snapshotplan-missing-400',
    source: 'Hetzner Robot webservice',
    url: 'MathiasPius/hrobot-rs/errata.md@0e4c0119585c6b237ba72e06d21f64e289dde691',
    note: 'The Rust client\'s errata, "Storage Box": disabling a snapshot plan with only `status=disabled` in the body, "I got back the following error message", the body printed whole. Status: not printed beside it; 400 is the body\'s own `status`, which the same crate documents as "HTTP Status Code, e.g. `404`" (src/error.rs, `GenericError.status`). No header shown. Kind: `INVALID_INPUT` says the input is invalid (rule 1; the corpus reads Hetzner Cloud\'s `invalid_input` so): validation. Message: "invalid input" is a generic summary (rule 2.1, "Invalid input"): the default. Fields: none. `missing: ["minute", "hour"]` lists names with no message, under no path-like member rule 3 lists (as Apache Superset\'s `extra.missing` is read in `pending/`). Judgment call: a reader could give each missing name a "required" field error; the rules make field errors from messages bound to paths, and these names carry none. Code: `INVALID_INPUT` (rule 6).',
    response: {
      status: 400,
      body: {
        error: {
          status: 400,
          code: 'INVALID_INPUT',
          message: 'invalid input',
          missing: ['minute', 'hour'],
          invalid: null,
        },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'INVALID_INPUT' },
  },
  {
    id: 'hetzner-robot/invalid-input-rules-400',
    source: 'Hetzner Robot webservice',
    url: 'MathiasPius/hrobot-rs/src/error.rs@35a03f7d39a9d0b3cc2badf06898c5549075b306',
    note: '`test_deserialize_invalid_input` in the client\'s error module: the body deserialized as the API sends it (the `rules` input is the firewall endpoint\'s). Status: the body\'s own `status` (the crate documents it as the HTTP status, as in the case above). No header. Kind: `INVALID_INPUT`, validation (rule 1). Message: "invalid input", generic (rule 2.1): the default. Fields: none; `invalid: ["rules"]` names an input without a message, under no path-like member (rule 3; judgment call as above). Code: `INVALID_INPUT`.',
    response: {
      status: 400,
      body: {
        error: { status: 400, code: 'INVALID_INPUT', message: 'invalid input', missing: null, invalid: ['rules'] },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'INVALID_INPUT' },
  },
  {
    id: 'hetzner-robot/rate-limit-exceeded-403',
    source: 'Hetzner Robot webservice',
    url: 'MathiasPius/hrobot-rs/src/error.rs@35a03f7d39a9d0b3cc2badf06898c5549075b306',
    note: "`test_deserialize_rate_limit_exceeded` in the client's error module. Status: the body's own `status`, 403; syself/cluster-api-provider-hetzner#1262 handles the Robot API's 403s as rate-limit errors, since they come when a limit is hit. No header shown, none added. Kind: `RATE_LIMIT_EXCEEDED` is a throttling code, which decides on any status (rule 1): rate-limited. Message: \"rate limit exceeded\" is kept, as the corpus keeps that line elsewhere. Retry: none. `interval: 5` and `max_requests: 1` describe the limit's window (rule 4.4: a window is no wait), and no retry member rule 4.3 names is present. Code: `RATE_LIMIT_EXCEEDED`.",
    response: {
      status: 403,
      body: {
        error: {
          status: 403,
          code: 'RATE_LIMIT_EXCEEDED',
          max_requests: 1,
          interval: 5,
          message: 'rate limit exceeded',
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'rate limit exceeded', code: 'RATE_LIMIT_EXCEEDED' },
  },

  // ───────────────────────────── Apache Hadoop WebHDFS ─────────────────────────────
  {
    id: 'webhdfs/illegal-argument-exception-400',
    source: 'Apache Hadoop WebHDFS REST API',
    url: 'apache/opendal/core/src/services/webhdfs/error.rs@12e451f81325aaa87721c7ebf0f3815ed579b0a8',
    note: 'OpenDAL\'s WebHDFS service, `test_parse_error`: the "Error response example from https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-hdfs/WebHDFS.html#Error%20Responses", served with `StatusCode::BAD_REQUEST` (the Hadoop page prints it under "HTTP/1.1 400 Bad Request"). The "..." in the message is the docs\' own. No header in the test. The body is one member holding an object, which is that object (rule 3). Kind: 400 with no code a rule names: bad-request. `exception` holds a Java exception\'s class name (rule 2.3), and rule 6 names no `exception` member as the code. Judgment call: a reader who took `IllegalArgumentException` for a code would read "an argument is wrong", a validation code (rule 1). Message: "Invalid value for webhdfs parameter \\"permission\\": ..." names only which parameter is invalid, as rule 2.1\'s generic lines do ("Invalid value for parameter: amount", `Invalid value "…" for parameter "…"`): the default. No code stated.',
    response: {
      status: 400,
      body: {
        RemoteException: {
          exception: 'IllegalArgumentException',
          javaClassName: 'java.lang.IllegalArgumentException',
          message: 'Invalid value for webhdfs parameter "permission": ...',
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'webhdfs/security-exception-401',
    source: 'Apache Hadoop WebHDFS REST API',
    url: 'https://hadoop.apache.org/docs/current/hadoop-project-dist/hadoop-hdfs/WebHDFS.html',
    note: 'The WebHDFS reference\'s "Error Responses" examples, "Security Exception": status line, headers and body. OpenDAL\'s WebHDFS test cites this page for its 400. The same 404 example is copied into a Rust crate\'s comment, found by its text. Headers: Content-Type copied; Transfer-Encoding left out (the body is given whole). The "..." is the docs\' own. Kind: 401, unauthenticated. Message: "Failed to obtain user group information: ..." reports a step inside the server that failed (Hadoop\'s UserGroupInformation lookup). Rule 2.1 counts a step of the request that failed as generic ("Request mapping failed"): the default. Judgment call: a reader could keep it as a sentence about signing in. No code stated (`exception` is a class name, rule 2.3).',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
      body: {
        RemoteException: {
          exception: 'SecurityException',
          javaClassName: 'java.lang.SecurityException',
          message: 'Failed to obtain user group information: ...',
        },
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'webhdfs/access-control-exception-403',
    source: 'Apache Hadoop WebHDFS REST API',
    url: 'https://hadoop.apache.org/docs/current/hadoop-project-dist/hadoop-hdfs/WebHDFS.html',
    note: 'The same page\'s "Access Control Exception" example: "HTTP/1.1 403 Forbidden", Content-Type copied, Transfer-Encoding left out; "..." is the docs\' own. Kind: 403, forbidden. Message: "Permission denied: ..." says what was refused, not the 403\'s reason phrase ("Forbidden"): kept. No code stated (a class name in `exception`, rule 2.3).',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/json' },
      body: {
        RemoteException: {
          exception: 'AccessControlException',
          javaClassName: 'org.apache.hadoop.security.AccessControlException',
          message: 'Permission denied: ...',
        },
      },
    },
    expect: { kind: 'forbidden', message: 'Permission denied' },
  },
  {
    id: 'webhdfs/file-not-found-exception-404',
    source: 'Apache Hadoop WebHDFS REST API',
    url: 'https://hadoop.apache.org/docs/current/hadoop-project-dist/hadoop-hdfs/WebHDFS.html',
    note: 'The same page\'s "File Not Found Exception" example: "HTTP/1.1 404 Not Found", Content-Type copied, Transfer-Encoding left out. The same body sits in a Rust crate\'s comment above its `RemoteException` struct. Kind: 404, not-found. Message: "File does not exist: /foo/a.patch", a sentence naming the path the person asked for: kept. No code stated (a class name in `exception`, rule 2.3).',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json' },
      body: {
        RemoteException: {
          exception: 'FileNotFoundException',
          javaClassName: 'java.io.FileNotFoundException',
          message: 'File does not exist: /foo/a.patch',
        },
      },
    },
    expect: { kind: 'not-found', message: 'File does not exist' },
  },

  // ───────────────────────────── pCloud ─────────────────────────────
  {
    id: 'pcloud/invalid-link-other-ip-410-html',
    source: 'pCloud',
    url: 'apache/opendal/core/src/services/pcloud/error.rs@016bdbc94269a657e6d2a3c0ee2d528667e14844',
    note: "OpenDAL's pCloud service, `test_parse_error`: the page a pCloud download link answers when fetched from another IP address, served with `StatusCode::GONE`. The body is copied as the Rust raw string holds it (its indentation included). No header. Kind: 410, not-found (rule 1). Message: an HTML page gives no message (rule 2.5), though its `<body>` holds a sentence: the default. Judgment call: a reader could let the page's one sentence speak; rule 2.5 reads any page as markup.",
    response: {
      status: 410,
      body: '<html>\n\n                <head>\n                    <title>Invalid link</title>\n                </head>\n\n                <body>This link was generated for another IP address. Try previous step again.</body>\n\n                </html> ',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Koofr ─────────────────────────────
  {
    id: 'koofr/not-found-404-empty-body',
    source: 'Koofr',
    url: 'apache/opendal/core/src/services/koofr/error.rs@016bdbc94269a657e6d2a3c0ee2d528667e14844',
    note: 'OpenDAL\'s Koofr service, `test_parse_error`: its one case is an empty body with `StatusCode::NOT_FOUND`. The module\'s comment notes that Koofr may also answer 499 with "Client Disconnect"; that text is not a body, so no case. No header. Kind: 404, not-found. Message: nothing to read: the default.',
    response: { status: 404, body: '' },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Yandex Disk ─────────────────────────────
  {
    id: 'yandex-disk/disk-not-found-error-404',
    source: 'Yandex Disk REST API',
    url: 'apache/opendal/core/src/services/yandex_disk/error.rs@0d55a2d138c03110881e53bff3f0eb68e7a0448a',
    note: "OpenDAL's Yandex Disk service, `test_parse_error`, first case: the body served with `StatusCode::NOT_FOUND`. No header. Kind: 404, not-found. Message: rule 2.2 says a `description` beats the `message` beside it, and \"Resource not found.\" is a sentence, not the bare reason phrase (the fifth holdout's row). So the message is the English `description`, not the Russian `message`. Judgment call: Yandex writes `message` in the caller's language, and a reader could take it as the localized message that rule 2.2 prefers. Code: `DiskNotFoundError`, in `error` (rule 6, as OAuth's `error`).",
    response: {
      status: 404,
      body: {
        message: 'Не удалось найти запрошенный ресурс.',
        description: 'Resource not found.',
        error: 'DiskNotFoundError',
      },
    },
    expect: { kind: 'not-found', message: 'Resource not found', code: 'DiskNotFoundError' },
  },
  {
    id: 'yandex-disk/unauthorized-error-403',
    source: 'Yandex Disk REST API',
    url: 'apache/opendal/core/src/services/yandex_disk/error.rs@0d55a2d138c03110881e53bff3f0eb68e7a0448a',
    note: 'The same test\'s second case: this body served with `StatusCode::FORBIDDEN`. The test maps 403 and 410 to a permission error. The status is the test\'s; no other capture was looked up. No header. Kind: `UnauthorizedError` read without its `Error` suffix is an `Unauthorized` code, which without a 401 is forbidden (rule 1), as the 403 says anyway. Message: `description` holds "Unauthorized", a lone word (rule 2.1), so the sentence is `message`, "Не авторизован." ("Not authorized."). Rule 2.1 keeps "Not Authorized" on a 403 as what was refused, so it is kept here. Judgment call: a reader could call the Russian line the 401\'s phrase and give the default. Code: `UnauthorizedError` (rule 6).',
    response: {
      status: 403,
      body: { message: 'Не авторизован.', description: 'Unauthorized', error: 'UnauthorizedError' },
    },
    expect: { kind: 'forbidden', message: 'Не авторизован', code: 'UnauthorizedError' },
  },

  // ───────────────────────────── ChainSafe Storage ─────────────────────────────
  {
    id: 'chainsafe-storage/file-does-not-exist-404',
    source: 'ChainSafe Storage API',
    url: 'apache/opendal/core/src/services/chainsafe/error.rs@1c1dfb17956627559a2d795f07bcc83f56aa0e78',
    note: 'OpenDAL\'s ChainSafe service, `test_parse_error`: the body served with `StatusCode::NOT_FOUND`. No header. Kind: 404, not-found. Message: "path:test4, file doesn\'t exist": a label naming the path and a sentence for the person; the sentence is expected. Code: `404` only restates the status (rule 6): none stated.',
    response: { status: 404, body: { error: { code: 404, message: "path:test4, file doesn't exist" } } },
    expect: { kind: 'not-found', message: "file doesn't exist" },
  },

  // ───────────────────────────── Alluxio ─────────────────────────────
  {
    id: 'alluxio/already-exists-500',
    source: 'Alluxio REST API (proxy)',
    url: 'apache/opendal/core/src/services/alluxio/error.rs@1d9d065f087c1ebbeafefde67f7c6058a552a7f8',
    note: 'OpenDAL\'s Alluxio service, `test_parse_error`, first case. The test serves all three bodies with `StatusCode::INTERNAL_SERVER_ERROR` and tells them apart only by `statusCode`. Its comment names AWS\'s error page as the source, which these bodies are not. No header. Kind: 500, server. A code never turns a 5xx into a 4xx kind other than rate-limited (rule 1). Message: "The resource you requested already exist", a sentence in a JSON body: kept. Code: `ALREADY_EXISTS`, a `statusCode` written as a word (rule 6).',
    response: {
      status: 500,
      body: { statusCode: 'ALREADY_EXISTS', message: 'The resource you requested already exist' },
    },
    expect: { kind: 'server', message: 'The resource you requested already exist', code: 'ALREADY_EXISTS' },
  },
  {
    id: 'alluxio/not-found-500',
    source: 'Alluxio REST API (proxy)',
    url: 'apache/opendal/core/src/services/alluxio/error.rs@1d9d065f087c1ebbeafefde67f7c6058a552a7f8',
    note: 'The same test\'s second case, served with 500. No header. Kind: server (rule 1: a not-found code does not turn a 5xx into not-found). Judgment call: OpenDAL maps it to NotFound, and a reader could let the code decide. Message: "The resource you requested does not exist": kept. Code: `NOT_FOUND` (a `statusCode` written as a word, rule 6).',
    response: {
      status: 500,
      body: { statusCode: 'NOT_FOUND', message: 'The resource you requested does not exist' },
    },
    expect: { kind: 'server', message: 'The resource you requested does not exist', code: 'NOT_FOUND' },
  },
  {
    id: 'alluxio/internal-server-error-500',
    source: 'Alluxio REST API (proxy)',
    url: 'apache/opendal/core/src/services/alluxio/error.rs@1d9d065f087c1ebbeafefde67f7c6058a552a7f8',
    note: 'The same test\'s third case, served with 500. No header. Kind: server. Message: "Internal server error" is the 500\'s reason phrase (rule 2.1): the default. No code stated: `INTERNAL_SERVER_ERROR` only restates the status (rule 6 states a code only where it leaves no doubt).',
    response: { status: 500, body: { statusCode: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── OpenStack Swift ─────────────────────────────
  {
    id: 'openstack-swift/not-found-404-html',
    source: 'OpenStack Swift',
    url: 'apache/opendal/core/src/services/swift/error.rs@0d55a2d138c03110881e53bff3f0eb68e7a0448a',
    note: "OpenDAL's Swift service, `parse_error_response_test`: the page Swift's proxy answers for a missing object. The body is copied as the raw string holds it (leading newline and trailing indentation included). Status: the test parses the body alone. 404 is the page's own heading, \"Not Found\", the 404's reason phrase, and the service maps 404 to NotFound. Judgment call: no capture prints the status beside this page. No header. Kind: 404, not-found. Message: an HTML page gives no message (rule 2.5), even with its `<p>` sentence: the default.",
    response: {
      status: 404,
      body: '\n<html>\n<h1>Not Found</h1>\n<p>The resource could not be found.</p>\n\n</html>\n            ',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Axiom ─────────────────────────────
  {
    id: 'axiom/rate-limit-exceeded-429-headers',
    source: 'Axiom',
    url: 'axiomhq/axiom-rs/src/http.rs@013b6f26e8bdc001c3955bda01b0d1b8f718d24d',
    receivedAt: '2026-11-22T12:00:00Z',
    note: 'Axiom\'s own Rust SDK, `test_rate_limit_exceeded` (httpmock): GET /v1/datasets answered 429 with this body and the four rate-limit headers. Their names are the constants in src/limits.rs@163cdbe351faea54be06f30294cfc6bab3cd7e6c. The test sets the reset to `Utc::now() + 1 s` as epoch seconds, written here as that instant against the case\'s `receivedAt`. Kind: 429, rate-limited. Message: "rate limit exceeded": kept, as the corpus keeps it. Retry: `X-RateLimit-Reset`, an epoch within a day of now (rule 4.2): 1 s. No code.',
    response: {
      status: 429,
      headers: {
        'X-RateLimit-Scope': 'user',
        'X-RateLimit-Limit': '42',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': '1795348801',
      },
      body: { message: 'rate limit exceeded' },
    },
    expect: { kind: 'rate-limited', message: 'rate limit exceeded', retry: 1 },
  },
  {
    id: 'axiom/ingest-limit-exceeded-430',
    source: 'Axiom',
    url: 'axiomhq/axiom-rs/src/http.rs@013b6f26e8bdc001c3955bda01b0d1b8f718d24d',
    receivedAt: '2026-11-22T12:00:00Z',
    note: 'The same module\'s `test_ingest_limit_exceeded`: POST /v1/datasets/test/ingest answered with Axiom\'s own status 430 and its ingest-limit headers. The names are from src/limits.rs, which reads 430 as a query or ingest limit. The reset is `now + 1 s`, written as in the case above. Kind: 430 is a 4xx HTTP does not name, which says no more than a 400 (rule 1); there is no code, text never decides, and rule 1 reads a remaining count of 0 as a wait only on a 403: bad-request. Judgment call: the client and a reader see a quota (rate-limited), but no code or listed header says so. Message: "ingest limit exceeded": kept. Retry: none; a reset header counts only when the kind is rate-limited (rule 4.2).',
    response: {
      status: 430,
      headers: {
        'X-IngestLimit-Limit': '42',
        'X-IngestLimit-Remaining': '0',
        'X-IngestLimit-Reset': '1795348801',
      },
      body: { message: 'ingest limit exceeded' },
    },
    expect: { kind: 'bad-request', message: 'ingest limit exceeded' },
  },
  {
    id: 'axiom/query-limit-exceeded-430',
    source: 'Axiom',
    url: 'axiomhq/axiom-rs/src/http.rs@013b6f26e8bdc001c3955bda01b0d1b8f718d24d',
    receivedAt: '2026-11-22T12:00:00Z',
    note: 'The same module\'s `test_query_limit_exceeded`: POST /v1/datasets/_apl answered 430 with the query-limit headers (names from src/limits.rs; reset `now + 1 s` as above). Kind: bad-request, read as in the ingest case (judgment call as there). Message: "query limit exceeded": kept. Retry: none (rule 4.2: rate-limited only).',
    response: {
      status: 430,
      headers: {
        'X-QueryLimit-Limit': '42',
        'X-QueryLimit-Remaining': '0',
        'X-QueryLimit-Reset': '1795348801',
      },
      body: { message: 'query limit exceeded' },
    },
    expect: { kind: 'bad-request', message: 'query limit exceeded' },
  },
  {
    id: 'axiom/dashboard-version-mismatch-412',
    source: 'Axiom',
    url: 'axiomhq/axiom-rs/src/dashboards/tests.rs@0eade4d5bd275421415a27603913c1c90ebea26d',
    note: '`put_dashboard_version_conflict`: PUT /v2/dashboards/uid/dash-1 with an expected version answered 412 with this body; the SDK turns it into `DashboardVersionConflict { uid, current: 7 }`. No header. Kind: 412, a precondition on the current state: conflict (rule 1). Message: "stale version", a short line saying what is wrong: kept. Code: `version_mismatch`. `uid` names the dashboard, not the occurrence (it is no UUID, the sixty-eighth holdout\'s row): no support id.',
    response: {
      status: 412,
      body: { code: 'version_mismatch', message: 'stale version', currentVersion: 7, uid: 'dash-1' },
    },
    expect: { kind: 'conflict', message: 'stale version', code: 'version_mismatch' },
  },
  {
    id: 'axiom/dashboard-precondition-failed-412',
    source: 'Axiom',
    url: 'axiomhq/axiom-rs/src/dashboards/tests.rs@0eade4d5bd275421415a27603913c1c90ebea26d',
    note: '`put_dashboard_412_without_current_version_falls_back_to_axiom`: the same PUT answered 412 with only a message; the SDK keeps it as its generic Axiom error. No header. Kind: 412, conflict. Message: "precondition failed" is the 412\'s reason phrase (rule 2.1): the default. No code.',
    response: { status: 412, body: { message: 'precondition failed' } },
    expect: { kind: 'conflict', message: DEFAULT },
  },

  // ───────────────────────────── Hyperliquid ─────────────────────────────
  {
    id: 'hyperliquid/deserialize-json-body-422-text',
    source: 'Hyperliquid API',
    url: 'https://github.com/ccxt/ccxt/issues/27081',
    note: 'The issue pastes what ccxt raised for an order: "ExchangeError: hyperliquid POST https://api.hyperliquid.xyz/exchange 422 Unprocessable Entity Failed to deserialize the JSON body into the target type". The body is the text after the status line. NoFxAiOS/nofx#63 prints the same text from the /info endpoint as "status 422: …". No header shown. Kind: 422, validation (rule 1). Message: the text is axum\'s report that the request\'s JSON could not be deserialized. That is a deserializer\'s report, developer text (rule 2.3): the default.',
    response: { status: 422, body: 'Failed to deserialize the JSON body into the target type' },
    expect: { kind: 'validation', message: DEFAULT },
  },
] satisfies ConformanceCase[];
