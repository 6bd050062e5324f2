import { DEFAULT, type ConformanceCase } from '../types';

// Hundredth unseen-API holdout, part HW (28 February 2027): database, analytics and query engines with HTTP APIs, the
// long tail that no other case file uses: Couchbase Sync Gateway (the REST API in front of Couchbase Server for
// Couchbase Lite), Dremio (the lakehouse query engine's REST API v3), Stargate (the HTTP data gateway for Apache
// Cassandra, its REST API), TDengine (the time-series database's REST interface), GreptimeDB (the time-series
// database's SQL HTTP API), CnosDB (the time-series database's REST API) and Alibaba Cloud TSDB (Alibaba Cloud's Time
// Series Database HTTP API). They were collected to measure how the reader does at first sight on APIs it was never
// tuned on. Bodies were copied from public issues that paste a captured response (couchbase/sync_gateway #5380 and
// #112, dremio/dbt-dremio #69, stargate/stargate #52 and #2231, taosdata/TDengine #6770, GreptimeTeam/greptimedb
// #1412) and from official docs that print an error response (Couchbase's Sync Gateway data-modelling page, CnosDB's
// REST API reference, Alibaba Cloud's TSDB "Responses" page). Headers were copied only where the source shows them
// (Stargate's 500, GreptimeDB's 401, CnosDB's 500); none was added. Where the source shows no status line the status
// was read from the body itself, and the note says so (Sync Gateway writes the status's text in `error`, Stargate its
// number in `code`, Alibaba's TSDB documents `code` as the HTTP status). Every `expect` was written from the source
// and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: GreptimeDB's integration tests (tests-integration/tests/http.rs checks `code` and `error`
// one member at a time, and the wire body carries an `execution_time_ms` the test does not fix) and the 401 body a
// later comment on #1412 shows (not reached within the cap); Grafbase's JWT tests (whole GraphQL bodies, but no status
// is asserted); Apache Drill's query.json failures (PR #2194 prints the bodies but no status); TDengine #937's
// `{"status":"error","code":1011,"desc":"no auth info input"}` (no status shown, and TDengine 1.6's status for it
// would be guessed); a Couchbase QA suite's comments pairing Sync Gateway bodies with 401 and 400 checks (its
// repository could not be named from the index, so it could not be cited); Sync Gateway log lines ("--> 403 missing
// channel access", "--> 404 missing": a log, not a body); CnosDB's `/api/v1/sql` failure (its body is elided in the
// docs); ApsaraDB for Lindorm's TSDB page (the same body as Alibaba Cloud TSDB's, word for word); Stargate Data API
// issue text (a client's error line, not a body). Searches for RavenDB, EdgeDB/Gel, TigerGraph, Tinybird, Xata,
// Convex, StarRocks and Presto found no citable whole error body with its status. Skipped as already sources: Apache
// Druid, Apache Pinot, Trino, Apache Doris, Materialize, VictoriaMetrics, OpenObserve, Couchbase Query Service,
// Cloudflare (D1 answers with the Cloudflare API v4 envelope), QuestDB, CrateDB, Neon, Turso/libSQL, SurrealDB,
// Dgraph, ArangoDB, ClickHouse, InfluxDB, Hasura, PostgREST, Supabase, Fauna, Domo API, OpenTSDB and Apache Kylin.
// No XML body and no HTML page turned up; two responses have an empty body (GreptimeDB's 401, CnosDB's 500).
//
// The part holds 10 cases from 7 sources, under the brief's aim of 15–30 (at least 5 sources was met): all 38
// look-ups of the cap were spent, most on engines whose docs print no error body and whose tests check one member at a
// time.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-28-hw`, on feeaa8c, src/ unchanged: in the frozen copy /tmp/base100; the `--check` run
// before it reported every case valid): 9/10 pass, 7 sources (kind 10/10, message 9/10, fields 10/10, retry 10/10,
// logId 0/0, code 1/1). Failing at first sight: couchbase-sync-gateway/invalid-login-401 (kept "Invalid login"; the
// case reads it as a category line on a 401, as the thirty-fourth holdout's row reads "Login failed", rule 2.1, and
// gives the default: a judgment call its note names). Every other case passed as written, including the judgment
// calls on Sync Gateway's statuses read from `error`, its "login required: …" line and its small-letter sentence,
// Stargate's "Server error: null" and its gRPC-wrapped Cassandra report (both the default), TDengine's "invalid url
// format" (kept) and the markup in Alibaba Cloud TSDB's message. The run had no crash.
//
// No expectation was changed after the run.

export default [
  // ───────────────────────────── Couchbase Sync Gateway ─────────────────────────────
  {
    id: 'couchbase-sync-gateway/invalid-login-401',
    source: 'Couchbase Sync Gateway',
    url: 'https://github.com/couchbase/sync_gateway/issues/5380',
    note: 'The issue (Sync Gateway 2.8.3) fetches `_all_docs` with basic auth while Couchbase Server is down and reports "I received 401 with content" this body, the same one sent when a user\'s credentials have changed. No header shown, none given. Kind: 401, unauthenticated (rule 1). Message: `error` is the 401\'s reason phrase; "Invalid login" is a category line in the manner of "Login failed" (the thirty-fourth holdout\'s row, RabbitMQ\'s case), so the default. Judgment call: a reader could keep the two words as a short sentence.',
    response: { status: 401, body: { error: 'Unauthorized', reason: 'Invalid login' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'couchbase-sync-gateway/login-required-not-allowed-401',
    source: 'Couchbase Sync Gateway',
    url: 'https://github.com/couchbase/sync_gateway/issues/112',
    note: 'The issue (Sync Gateway 0.59) GETs a document on the admin port with curl and pastes this body; curl shows no status line. Status: Sync Gateway writes the status\'s text in `error` ("Unauthorized" is 401\'s), so 401 is read from the body; a judgment call, since the status line itself was not pasted. Kind: unauthenticated (rule 1). Message: "login required" restates the 401 as "Authentication required" does and leads the sentence, so it is dropped (rule 2.1) and "You are not allowed to see this" is the message (a reader keeping the whole line also passes, the case checks a substring).',
    response: {
      status: 401,
      body: { error: 'Unauthorized', reason: 'login required: You are not allowed to see this' },
    },
    expect: { kind: 'unauthenticated', message: 'You are not allowed to see this' },
  },
  {
    id: 'couchbase-sync-gateway/underscore-top-level-property-400',
    source: 'Couchbase Sync Gateway',
    url: 'https://docs.couchbase.com/sync-gateway/3.1/data-modeling.html',
    note: 'The docs\' "Example 1. Property prefix error message" for a document whose top-level property starts with `_`; the page prints the JSON inside a pair of quotes, which were dropped. No status line is printed: `error` is the status\'s text, "Bad Request", so 400 (a judgment call read from the body). Kind: 400 with no code and no field-bound error: bad-request (rule 1). Message: a sentence about a rule on the document, not a line naming only an input: kept (rule 2.1). Judgment call: it starts with a small letter, and a reader could take it for a developer\'s line.',
    response: {
      status: 400,
      body: {
        error: 'Bad Request',
        reason: "user defined top level properties beginning with '_' are not allowed in document body",
      },
    },
    expect: { kind: 'bad-request', message: "top level properties beginning with '_' are not allowed" },
  },

  // ───────────────────────────── Dremio ─────────────────────────────
  {
    id: 'dremio/job-in-failed-state-400',
    source: 'Dremio',
    url: 'https://github.com/dremio/dbt-dremio/issues/69',
    note: 'The issue quotes dbt-dremio\'s error for an invalid query: "(400 Client Error: Bad Request for url: http://dremiocluster/api/v3/job/…/results?offset=0&limit=100)" followed by the response text, this body (Dremio\'s documented `{ errorMessage, moreInfo }` form). No header shown. Kind: 400, no code, no fields: bad-request (rule 1). Message: `errorMessage` holds a sentence about the job the request named: kept (rule 2.1).',
    response: {
      status: 400,
      body: { errorMessage: 'Can not fetch details for a job that is in [FAILED] state.', moreInfo: '' },
    },
    expect: { kind: 'bad-request', message: 'Can not fetch details for a job that is in [FAILED] state' },
  },

  // ───────────────────────────── Stargate ─────────────────────────────
  {
    id: 'stargate/server-error-null-500',
    source: 'Stargate',
    url: 'https://github.com/stargate/stargate/issues/52',
    note: 'The issue POSTs to REST v1 `/v1/keyspaces/ks1/tables/table8/rows/query` with an unknown parameter; httpie prints "HTTP/1.1 500 Internal Server Error", the three headers given here and the body (pretty-printed by httpie; Content-Length 47 is the compact form with `code` first, as given). Kind: 500, server (rule 1). Message: "Server error: " is the status in other words and "null" the message of a Java exception that had none: nothing for the person (rule 2.1, rule 2.3), the default. Judgment call: a reader could keep the line as written.',
    response: {
      status: 500,
      headers: {
        'Content-Length': '47',
        'Content-Type': 'application/json',
        Date: 'Mon, 14 Sep 2020 12:25:55 GMT',
      },
      body: { code: 500, description: 'Server error: null' },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'stargate/failed-precondition-strategy-option-400',
    source: 'Stargate',
    url: 'https://github.com/stargate/stargate/issues/2231',
    note: 'The issue POSTs `/v2/schemas/keyspaces/` to the stargateio/restapi:v2 image with `datacenters` and pastes the "Error Messages" body. No status line is pasted: Stargate\'s `ApiError` carries the HTTP status in `code`, and the description itself says "FAILED_PRECONDITION->400", so 400 (a judgment call read from the body). Kind: 400, no validation or credential code (`grpcStatus: "FAILED_PRECONDITION"` names no kind rule 1 lists), no fields: bad-request. Message: the description is a gRPC status named as a Java enum constant (`Status.Code.FAILED_PRECONDITION`) before Cassandra\'s own report on the keyspace\'s replication strategy: developer text (rule 2.3: qualified type names, a gRPC status before the failure, the database\'s report), the default. Judgment call: a reader could keep "Unrecognized strategy option {dc1} passed to NetworkTopologyStrategy for keyspace ks3".',
    response: {
      status: 400,
      body: {
        description:
          'Invalid state or argument(s) for gRPC operation (Status.Code.FAILED_PRECONDITION->400): FAILED_PRECONDITION: Unrecognized strategy option {dc1} passed to NetworkTopologyStrategy for keyspace ks3',
        code: 400,
        grpcStatus: 'FAILED_PRECONDITION',
        internalTxId: null,
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── TDengine ─────────────────────────────
  {
    id: 'tdengine/invalid-url-format-400',
    source: 'TDengine',
    url: 'https://github.com/taosdata/TDengine/issues/6770',
    note: 'The issue: GET http://127.0.0.1:6041/rest/login/root/taosdata "sometime return 400 (Bad Request)" with this body, pasted from the browser console\'s object view (`{status: "error", code: 4354, desc: "invalid url format"}`), written here as the JSON it was read from. No header shown. Kind: 400, no fields; `status: "error"` only says it failed and `code` 4354 is TDengine\'s own number, which names no kind: bad-request (rule 1). Message: "invalid url format" says what was wrong with the request\'s URL, not an input\'s key: kept (rule 2.1). Judgment call: three words in small letters, which a reader could read as "invalid q" is read and give the default. Code: TDengine\'s documented error number in `code`, as a string (rule 6).',
    response: { status: 400, body: { status: 'error', code: 4354, desc: 'invalid url format' } },
    expect: { kind: 'bad-request', message: 'invalid url format', code: '4354' },
  },

  // ───────────────────────────── GreptimeDB ─────────────────────────────
  {
    id: 'greptimedb/unauthorized-empty-body-401',
    source: 'GreptimeDB',
    url: 'https://github.com/GreptimeTeam/greptimedb/issues/1412',
    note: 'The issue runs `curl -i \'http://localhost:4000/v1/sql?sql=show%20tables&db=public\'` with a wrong Basic authorization and pastes the whole response: "HTTP/1.1 401 Unauthorized", the five headers given here and no body ("There is no response when the authorization is wrong", the bug the issue reports). Kind: 401, unauthenticated (rule 1). Message: no body, the default (rule 2.4). Support id: none sent.',
    response: {
      status: 401,
      headers: {
        Connection: 'keep-alive',
        Date: 'Tue, 18 Apr 2023 08:39:00 GMT',
        'Keep-Alive': 'timeout=4',
        'Proxy-Connection': 'keep-alive',
        'Content-Length': '0',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── CnosDB ─────────────────────────────
  {
    id: 'cnosdb/write-failed-500-empty-body',
    source: 'CnosDB',
    url: 'https://docs.cnosdb.com/docs/2.4.x/reference/rest_api',
    note: 'The REST API reference\'s `/api/v1/write` section, "请求失败" (request failed) after `curl -i … /api/v1/write?db=example -d \'t1,foo=a,bar=b v=1\'`: "HTTP/1.1 500 Internal Server Error", `content-length: 0` and the `date` header given here, no body. (The `/api/v1/sql` failure on the same page elides its body and was dropped.) Kind: 500, server (rule 1). Message: no body, the default.',
    response: {
      status: 500,
      headers: { 'content-length': '0', date: 'Sat, 08 Oct 2022 07:03:33 GMT' },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Alibaba Cloud TSDB ─────────────────────────────
  {
    id: 'alibaba-cloud-tsdb/missing-parameter-type-400',
    source: 'Alibaba Cloud TSDB',
    url: 'https://www.alibabacloud.com/help/doc-detail/62383.html',
    note: 'Time Series Database\'s "Responses" page, "Example Error Response", copied whole; its field table documents `code` as "HTTP status code" with the example 400, so the status is 400. No header shown. Kind: 400, no fields (the error object names no field member), no code beyond the status: bad-request (rule 1). Message: "Missing parameter <code>type</code>" holds an HTML tag other than a link, so the line is markup (rule 2.5), and it names only which parameter is missing, Agify\'s line in other words (rule 2.1): the default either way.',
    response: { status: 400, body: { error: { code: 400, message: 'Missing parameter <code>type</code>' } } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
