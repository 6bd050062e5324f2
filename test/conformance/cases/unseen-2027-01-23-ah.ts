import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-fourth unseen-API holdout, part AH (23 January 2027): error responses of data and analytics backends with
// HTTP APIs, as their own test suites and their clients' recordings keep them: the CrateDB HTTP endpoint (`/_sql`),
// Graphite-API (the Flask render and metrics API for Graphite data), KairosDB's REST API, Datasette's JSON write API,
// the Azure Monitor Logs query API (api.loganalytics.io), OpenTSDB's HTTP API and Humio (now Falcon LogScale). They
// were collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was copied
// from the public material named in `url` and `note`: the servers' own integration tests, which run a real server
// and assert the status and the body (CrateDB's RestSQLActionIntegrationTest, Graphite-API's test_render.py and
// test_metrics.py, KairosDB's MetricsResourceTest, Datasette's test_api_write.py); the Azure SDK for JavaScript's
// recordings of live calls (a nock recording and two test-proxy recordings, with their headers); a vcrpy cassette of
// humiolib's test against cloud.humio.com (its gzipped body decoded to text); and the opentsdb-consumer client's
// spec (a mocked response with its status). Where a test pins only the start of a body (CrateDB's `startsWith` and
// `contains`), the body is written as far as it is pinned and the note says what was left out. Headers were copied
// only where a recording shows them, without Content-Length, Connection, Content-Encoding and Transfer-Encoding; no
// header was added. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Grafana (its HTTP API, Loki and Tempo), InfluxDB, Elasticsearch, OpenSearch, Zipkin,
// Jaeger, ClickHouse, Metabase, Superset, Druid, Pinot, Trino, Databricks, Snowflake, QuestDB, Couchbase, Neo4j,
// ArangoDB, SurrealDB, Typesense, Qdrant, Weaviate, Milvus, Chroma, Vespa, Prometheus, Alertmanager, VictoriaMetrics,
// Cortex, Kylin, Cube, Socrata, Dune, Sentry, Splunk and the Google Analytics Data API (already sources); Redash
// (its handler tests assert statuses, not bodies, in the stored corpus), Dgraph (the only pinned body is in a
// commented-out test), Kusto / Azure Data Explorer (the Python client's test inputs are all 200s), Grafana Mimir,
// Pyroscope, Parca, GreptimeDB, Tinybird, Apache Drill, Axiom and Lightdash (no body with its status found
// in the stored corpora within the cap), the Prometheus Pushgateway (its text answer is printed only in READMEs and
// set by its source code, no capture with a status), graphite-web (Grafana's parseGraphiteError tests hold bodies
// written for the test, such as `{"error": "Invalid target format"}`, not Graphite's), Grafana's Log Analytics
// fixture (a 200 holding rows beside a `PartialError`), CrateDB's documented 4045 example (no status printed) and its
// bulk-insert rows (a 200 holding per-row errors), and OpenTSDB's stack traces in a pentest write-up (only the tail
// of the trace is printed). No XML body turned up; two text bodies did (CrateDB's 403, Humio's 400).
//
// The part holds 26 cases from 7 sources, one source short of the brief's aim of 8: 57 of the 60 look-ups were spent,
// many on semantic searches that returned other products' pages and on exact strings shared with unrelated code.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-23-ah`, on dbb664b, src/ unchanged: in the frozen copy /tmp/base64): 20/26 pass, 7 sources
// (kind 25/26, message 20/26, fields 25/26, retry 26/26, logId 3/3, code 2/2). Failing at first sight:
// graphite-api/render-unknown-timezone-400 (read `errors: { tz: "Unknown timezone: 'Europe/Lausanne'." }` as no
// field, so a bad request with the field's line as its message, where rule 3 makes every key of the `errors`
// container a field and its four siblings of the same shape pass); kairosdb/metric-name-may-not-be-empty-400
// (kept "Metric[0].name may not be empty.", capitalised, a line naming only the API's key written as code: the
// default by the row of 6 December 2026); datasette/insert-bad-token-permission-denied-403 (kept "Permission
// denied", which the case reads as "Access forbidden" in other words, generic by rule 2.1; a judgment call its note
// names); azure-monitor-logs/syntax-error-bad-argument-400 and azure-monitor-logs/semantic-error-unresolved-table-400
// (kept "The request had some invalid properties", read by the cases as generic, as "The request was invalid." is);
// humio/query-function-parameter-not-supported-400-text (kept "Parameter func is not supported in function
// timeChart ``` ```", the text line naming a query function's parameter, the default by the row of 6 December 2026;
// a judgment call its note names). Every other case passed as written, including the judgment calls on CrateDB's
// `SQLParseException[…]` lines, KairosDB's rules about a value, Datasette's two row lines and content-type line,
// OpenTSDB's unknown metric and the Log Analytics codes read as validation. No expectation was changed after the
// run (Prettier's line breaks were applied before it).
//
// Scored in `cases/` the stop it was collected (6 December 2026): read now 24/26, by the conventions the holdout
// showed (a plural member keyed by two letters is a map of fields; lines that say only that the request was bad; a
// name written as code that "may not be empty"). Its misses, judgment calls its notes name: Datasette's "Permission
// denied" on a 403 (the corpus keeps refusals in other words, and is split on them) and Humio's line naming a query
// function's parameter (text, not an input of the request).

export default [
  // ───────────────────────────── CrateDB HTTP endpoint ─────────────────────────────
  {
    id: 'cratedb/post-not-allowed-403-text',
    source: 'CrateDB HTTP endpoint',
    url: 'crate/crate/server/src/test/java/io/crate/integrationtests/RestSQLActionIntegrationTest.java',
    note: "CrateDB's own integration test `test_post_not_allowed_for_incorrect_paths` posts to `/file/path/notexists` on a running node and asserts `statusCode()` 403 and `body()` isEqualTo this text (twice, with and without a body). No header is asserted, none added. Kind: 403, forbidden (rule 1). Judgment call: the words describe a method not allowed (a 405's meaning), but text never decides the kind. Message: a sentence sent as text on a 4xx is the message (rule 2.6); the bracketed path is text, not markup (rule 2.5).",
    response: { status: 403, body: 'POST method is not allowed for [//file/path/notexists]' },
    expect: { kind: 'forbidden', message: 'POST method is not allowed for' },
  },
  {
    id: 'cratedb/missing-request-body-4000-400',
    source: 'CrateDB HTTP endpoint',
    url: 'crate/crate/server/src/test/java/io/crate/integrationtests/RestSQLActionIntegrationTest.java',
    note: 'The same test class, `test_without_body`: a POST to `/_sql` without a body, asserted 400 and a body that `startsWith` `{"error":{"message":"SQLParseException[Missing request body]","code":4000},`. Trimmed: what follows the `error` object is not pinned by the test (the sibling test `test_execution_error_contains_stack_trace` finds a Java stack trace in an error body, the `error_trace` member CrateDB\'s docs describe) and is left out. Kind: 400 without field errors, and `code: 4000` is CrateDB\'s own number, which no row of rule 1 sorts: bad-request. Message: an exception class name around a report of a request without a body (rule 2.3: exception class names; "a request without a body" is developer text): the default. Code: the explicit `code` member, a number written as a string (rule 6).',
    response: { status: 400, body: { error: { message: 'SQLParseException[Missing request body]', code: 4000 } } },
    expect: { kind: 'bad-request', message: DEFAULT, code: '4000' },
  },
  {
    id: 'cratedb/args-and-bulk-args-400',
    source: 'CrateDB HTTP endpoint',
    url: 'crate/crate/server/src/test/java/io/crate/integrationtests/RestSQLActionIntegrationTest.java',
    note: 'The same test class, `test_with_args_and_bulk_args`: a statement sent with both `args` and `bulk_args`, asserted 400 and a body that `startsWith` `{"error":{"message":"SQLParseException[request body contains args and bulk_args. It\'s forbidden to provide both]"`. Trimmed: the rest of the body (the `code` and whatever follows) is not pinned by the test and is left out, so no code is stated. Kind: 400, no fields, no code: bad-request (rule 1). Message: the text sits inside an exception class name, as ClickHouse\'s `DB::Exception` and Cuenca\'s `NotFoundError: …` do (rule 2.3), and names only the API\'s own keys (`args`, `bulk_args`; rule 2.1\'s row of 6 December 2026): the default. Judgment call: a reader could strip `SQLParseException[…]` as a label and keep the sentence inside.',
    response: {
      status: 400,
      body: {
        error: {
          message: "SQLParseException[request body contains args and bulk_args. It's forbidden to provide both]",
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'cratedb/cannot-cast-value-4000-400',
    source: 'CrateDB HTTP endpoint',
    url: 'crate/crate/server/src/test/java/io/crate/integrationtests/RestSQLActionIntegrationTest.java',
    note: 'The same test class, `test_insert_with_failing_bulk_args_analysis_error`: an INSERT whose `bulk_args` hold `"abc"` for an integer column, asserted 400 ("the request should fail with a 400 status code and a proper error message") and a body that `contains` `"error":{"message":"SQLParseException[Cannot cast value `abc` to type `integer`]","code":4000}`. Written as that object alone; the rest of the body is not pinned and is left out. Kind: 400, no fields, a numeric vendor code no row sorts: bad-request. Message: a SQL engine\'s cast failure inside an exception class name (rule 2.3: exception names, SQL and database text): the default. Code: `4000` (rule 6).',
    response: {
      status: 400,
      body: { error: { message: 'SQLParseException[Cannot cast value `abc` to type `integer`]', code: 4000 } },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: '4000' },
  },

  // ───────────────────────────── Graphite-API ─────────────────────────────
  {
    id: 'graphite-api/render-target-required-400',
    source: 'Graphite-API',
    url: 'brutasse/graphite-api/tests/test_render.py',
    note: "Graphite-API's own test suite (`test_render_validation`): `GET /render` without `target`, checked with `assertJSON(response, {…}, status_code=400)`, which compares the whole parsed body. No header shown. Kind: a 400 carrying field errors: validation (rule 1). Fields: `errors` is a container whose keys are the fields (rule 3). Message: only field messages, so the default (rule 2.4).",
    response: { status: 400, body: { errors: { target: 'This parameter is required.' } } },
    expect: { kind: 'validation', message: DEFAULT, fields: [['target', 'This parameter is required']] },
  },
  {
    id: 'graphite-api/render-invalid-graphtype-400',
    source: 'Graphite-API',
    url: 'brutasse/graphite-api/tests/test_render.py',
    note: "The same test: `graphType=foo`, the whole body and status 400 asserted. Kind: validation (a 400 with field errors, rule 1). Fields: `graphType` under the `errors` container (rule 3; the server's spelling kept). Message: the default (only field messages, rule 2.4).",
    response: {
      status: 400,
      body: { errors: { graphType: "Invalid graphType 'foo', must be one of 'line', 'pie'." } },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['graphType', "Invalid graphType 'foo'"]] },
  },
  {
    id: 'graphite-api/render-empty-time-range-two-fields-400',
    source: 'Graphite-API',
    url: 'brutasse/graphite-api/tests/test_render.py',
    note: 'The same test: `from` and `until` both `21:2020140313`, the whole body and status 400 asserted. Kind: validation (rule 1). Fields: one error under each of the two keys of the `errors` container (rule 3). Message: the default (rule 2.4).',
    response: {
      status: 400,
      body: { errors: { from: 'Invalid empty time range', until: 'Invalid empty time range' } },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['from', 'Invalid empty time range'],
        ['until', 'Invalid empty time range'],
      ],
    },
  },
  {
    id: 'graphite-api/render-unknown-timezone-400',
    source: 'Graphite-API',
    url: 'brutasse/graphite-api/tests/test_render.py',
    note: 'The same test: `tz=Europe/Lausanne`, the whole body and status 400 asserted. Kind: validation (rule 1). Fields: `tz` (rule 3). Message: the default (rule 2.4).',
    response: { status: 400, body: { errors: { tz: "Unknown timezone: 'Europe/Lausanne'." } } },
    expect: { kind: 'validation', message: DEFAULT, fields: [['tz', "Unknown timezone: 'Europe/Lausanne'"]] },
  },
  {
    id: 'graphite-api/metrics-search-two-fields-400',
    source: 'Graphite-API',
    url: 'brutasse/graphite-api/tests/test_metrics.py',
    note: "Graphite-API's `test_search`: `GET /metrics/search?max_results=a` without `query`, checked with `assertJSON(…, status_code=400)` on the whole body. Kind: validation (a 400 with field errors, rule 1). Fields: `max_results` and `query` under the `errors` container (rule 3); lines in small letters are a field's messages, which rule 2.1 does not judge. Message: the default (rule 2.4).",
    response: {
      status: 400,
      body: { errors: { max_results: 'must be an integer.', query: 'this parameter is required.' } },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['max_results', 'must be an integer'],
        ['query', 'this parameter is required'],
      ],
    },
  },
  {
    id: 'graphite-api/dashboard-does-not-exist-404',
    source: 'Graphite-API',
    url: 'brutasse/graphite-api/tests/test_metrics.py',
    note: 'Graphite-API\'s `test_noop`: `GET /dashboard/load/foo`, checked with `assertJSON(response, {"error": "Dashboard \'foo\' does not exist."}, status_code=404)`. Kind: 404, not-found (rule 1). Message: the string under `error`, a sentence naming the dashboard the person asked for (rule 2.1). No code (`error` holds a sentence, not a code).',
    response: { status: 404, body: { error: "Dashboard 'foo' does not exist." } },
    expect: { kind: 'not-found', message: "Dashboard 'foo' does not exist" },
  },

  // ───────────────────────────── KairosDB ─────────────────────────────
  {
    id: 'kairosdb/empty-body-invalid-json-400',
    source: 'KairosDB REST API',
    url: 'kairosdb/kairosdb/src/test/java/org/kairosdb/core/http/rest/MetricsResourceTest.java',
    note: "KairosDB's own resource test `testAddEmptyBody` posts an empty body to `/api/v1/datapoints` on a running Jetty server; `assertResponse` asserts status 400, a `Content-Type` that starts with `application/json` (its exact value is not shown, so no header is copied) and the whole body. Read at the stored version that holds `test_datastoreThrowsException`. Kind: a 400 whose `errors` list holds one line: no list of several messages, no field: bad-request (rule 1). Message: a JSON parser's end-of-input report on an empty request body (rule 2.3: \"Invalid JSON\", Jackson's end-of-input report, a request without a body): the default.",
    response: { status: 400, body: { errors: ['Invalid json. No content due to end of input.'] } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'kairosdb/metric-name-may-not-be-empty-400',
    source: 'KairosDB REST API',
    url: 'kairosdb/kairosdb/src/test/java/org/kairosdb/core/http/rest/MetricsResourceTest.java',
    note: "The same test class, `testAddMissingName`: a data point without a metric name, status 400 and the whole body asserted. Kind: one line in `errors`, no field member: bad-request (rule 1). Judgment call: the line begins with a path (`metric[0].name`), but rule 3 reads a path at the start of a message only in class-validator's format, so no field is stated. Message: a line naming only which input is missing by the API's key written as code (rule 2.1's `steps[0].role is required`): the default.",
    response: { status: 400, body: { errors: ['metric[0].name may not be empty.'] } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'kairosdb/timestamp-must-be-at-least-1-400',
    source: 'KairosDB REST API',
    url: 'kairosdb/kairosdb/src/test/java/org/kairosdb/core/http/rest/MetricsResourceTest.java',
    note: 'The same test class, `testAddInvalidTimestamp`: status 400 and the whole body asserted. Kind: one line, no field: bad-request (rule 1). Message: the line names the input by its key but says what its value must be, a rule about a value, which the collectors and blind readers kept (README, thirtieth sample; NutrientAPI\'s "ingredients must be a non-empty array"): kept. Judgment call: a reader applying the row of 6 December 2026 strictly could give the default for a line that starts with the API\'s key. No field stated (as above).',
    response: { status: 400, body: { errors: ['datapoints.timestamp must be greater than or equal to 1.'] } },
    expect: { kind: 'bad-request', message: 'must be greater than or equal to 1' },
  },
  {
    id: 'kairosdb/not-a-valid-time-unit-400',
    source: 'KairosDB REST API',
    url: 'kairosdb/kairosdb/src/test/java/org/kairosdb/core/http/rest/MetricsResourceTest.java',
    note: 'The same test class, `testQueryWithBeanValidationException`: a query whose relative time unit is `bogus`, status 400 and the whole body asserted. Kind: one line, no field: bad-request (rule 1). Message: it names the value and says what it must be (a rule about a value, kept as in the case above; judgment call). No field stated: `query.bogus` begins the line, which rule 3 does not read outside class-validator.',
    response: {
      status: 400,
      body: {
        errors: [
          'query.bogus is not a valid time unit, must be one of MILLISECONDS,SECONDS,MINUTES,HOURS,DAYS,WEEKS,MONTHS,YEARS',
        ],
      },
    },
    expect: { kind: 'bad-request', message: 'is not a valid time unit' },
  },
  {
    id: 'kairosdb/datastore-exception-500',
    source: 'KairosDB REST API',
    url: 'kairosdb/kairosdb/src/test/java/org/kairosdb/core/http/rest/MetricsResourceTest.java',
    note: 'The same test class, `test_datastoreThrowsException`: the datastore throws `DatastoreException("bogus")` during a query; status 500 and the whole body (`getJson()`) asserted. Kind: 500, server (rule 1). Message: a qualified exception class name and its text (rule 2.3): the default.',
    response: { status: 500, body: { errors: ['org.kairosdb.core.exception.DatastoreException: bogus'] } },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Datasette ─────────────────────────────
  {
    id: 'datasette/insert-table-not-found-404',
    source: 'Datasette',
    url: 'simonw/datasette/tests/test_api_write.py',
    note: 'Datasette\'s own write-API test `test_write_row_errors` (the stored early version): `POST /data/docs2/-/insert` with a valid token; it asserts `status_code` 404, `json()["ok"] is False` and `json()["errors"]` equal to this list, the body written as those two members (the view answers through its `_errors` helper). No header shown. Kind: 404, not-found (rule 1). Message: the lone line in `errors`, a sentence naming the table (rule 2.2: a lone form-level sentence). `ok: false` says the body failed; it has no `data`.',
    response: { status: 404, body: { ok: false, errors: ['Table not found: docs2'] } },
    expect: { kind: 'not-found', message: 'Table not found: docs2' },
  },
  {
    id: 'datasette/insert-bad-token-permission-denied-403',
    source: 'Datasette',
    url: 'simonw/datasette/tests/test_api_write.py',
    note: 'The same parametrised test, case `bad_token`: the signed `dstok_` token with `bad` appended, status 403 and `ok`/`errors` asserted. Kind: 403, forbidden (rule 1; the cause is a broken token, but text never decides and the status is not a 401). Message: "Permission denied" only restates the refusal, as "Access forbidden" does (rule 2.1, the thirty-second holdout\'s row): the default. Judgment call: a reader could keep two words with a verb as a sentence.',
    response: { status: 403, body: { ok: false, errors: ['Permission denied'] } },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'datasette/insert-invalid-json-400',
    source: 'Datasette',
    url: 'simonw/datasette/tests/test_api_write.py',
    note: 'The same test, case `invalid_json`: the body `{bad json`, status 400 and `ok`/`errors` asserted. Kind: one line, no field: bad-request (rule 1). Message: "Invalid JSON:" and Python\'s JSON decoder report with its line and column (rule 2.3): the default.',
    response: {
      status: 400,
      body: {
        ok: false,
        errors: ['Invalid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'datasette/insert-invalid-content-type-400',
    source: 'Datasette',
    url: 'simonw/datasette/tests/test_api_write.py',
    note: "The same test, case `invalid_content_type`: sent as `text/plain`, status 400 and `ok`/`errors` asserted. Kind: bad-request (one line, no field, rule 1). Message: a line that names what is wrong and what it must be, kept. Judgment call: it names a header by HTTP's name, which a reader could read as the developer's concern and give the default; rule 2.3 lists no such line.",
    response: { status: 400, body: { ok: false, errors: ['Invalid content-type, must be application/json'] } },
    expect: { kind: 'bad-request', message: 'Invalid content-type, must be application/json' },
  },
  {
    id: 'datasette/insert-too-many-rows-400',
    source: 'Datasette',
    url: 'simonw/datasette/tests/test_api_write.py',
    note: "The same test: 101 rows against the default `max_insert_rows` of 100, status 400 and `ok`/`errors` asserted. Kind: bad-request (one line, no field, no code; a limit on the request's size sent as a 400, not a 413). Message: the lone sentence (rule 2.2).",
    response: { status: 400, body: { ok: false, errors: ['Too many rows, maximum allowed is 100'] } },
    expect: { kind: 'bad-request', message: 'Too many rows, maximum allowed is 100' },
  },
  {
    id: 'datasette/insert-rows-invalid-columns-400',
    source: 'Datasette',
    url: 'simonw/datasette/tests/test_api_write.py',
    note: 'The same test ("Validate columns of each row"): two rows with unknown columns `bad` and `worse`, status 400 and `ok`/`errors` asserted. Kind: a 400 listing several messages about the input: validation (rule 1). Fields: none; the lines name rows by number and columns in prose, no path member (rule 3). Message: two form-level lines make no lone sentence (rule 2.1\'s row of 6 December 2026: "two such lines … are still several problems"): the default. Judgment call: a reader could keep the first line.',
    response: {
      status: 400,
      body: { ok: false, errors: ['Row 0 has invalid columns: bad, worse', 'Row 1 has invalid columns: bad, worse'] },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },

  // ───────────────────────────── Azure Monitor Logs (Log Analytics query API) ─────────────────────────────
  {
    id: 'azure-monitor-logs/syntax-error-bad-argument-400',
    source: 'Azure Monitor Logs query API (Log Analytics)',
    url: 'Azure/azure-sdk-for-js/sdk/monitor/monitor-query/recordings/node/logsqueryclient_live_tests/recording_querylogs_bad_query.js@1919cd4d5e834a40ad819d00ad517b743a1c3008',
    note: 'A nock recording of the Azure SDK\'s live test: `POST https://api.loganalytics.io/v1/workspaces/<workspace-id>/query` with the query "completely invalid syntax", `.reply(400, {…}, [headers])`. Headers copied as recorded except Content-Length and Connection. Kind: `BadArgumentError` is `Bad…` before an argument, read as `invalid_argument` is (rule 1: a validation code on any 4xx; `Bad…` names an input\'s value): validation. Judgment call: the inner codes (`SyntaxError`, `SYN0002`) say the query does not parse, which would make a bad request if the inner code decided; the rules name the envelope\'s code, not these. Message: "The request had some invalid properties" is generic (as "The request was invalid."), "A recognition error occurred in the query." a category line, and "Query could not be parsed at \'invalid\' on line [1,11]" a query parser\'s position (rule 2.3, Prismic\'s): the default. Judgment call: the person typed the KQL query, and a reader could keep the parser\'s line for them. logId: `correlationId` (rule 5). No code stated: which of the three nested codes is the response\'s the rules leave open.',
    response: {
      status: 400,
      headers: {
        Date: 'Tue, 28 Sep 2021 00:32:39 GMT',
        'Content-Type': 'application/json; charset=utf-8',
        'Strict-Transport-Security': 'max-age=15724800; includeSubDomains',
        via: '1.1 draft-oms-65975698db-5h6ll',
        'X-Content-Type-Options': 'nosniff',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Expose-Headers': 'Retry-After,Age,WWW-Authenticate,x-resource-identities,x-ms-status-location',
        Vary: 'Accept-Encoding',
      },
      body: {
        error: {
          message: 'The request had some invalid properties',
          code: 'BadArgumentError',
          correlationId: '1cb281be-bc1c-41b5-a52e-db0051cdac06',
          innererror: {
            code: 'SyntaxError',
            message: 'A recognition error occurred in the query.',
            innererror: {
              code: 'SYN0002',
              message: "Query could not be parsed at 'invalid' on line [1,11]",
              line: 1,
              pos: 11,
              token: 'invalid',
            },
          },
        },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, logId: '1cb281be-bc1c-41b5-a52e-db0051cdac06' },
  },
  {
    id: 'azure-monitor-logs/semantic-error-unresolved-table-400',
    source: 'Azure Monitor Logs query API (Log Analytics)',
    url: 'Azure/azure-sdk-for-js/sdk/monitor/monitor-query/recordings/node/logsqueryclient_live_tests/recording_queryresource_bad_query_with_invalid_table.json',
    note: "A test-proxy recording of the Azure SDK's live test `queryResource` with the query \"resource | summarize count()\": `StatusCode` 400, `ResponseHeaders` and `ResponseBody` as recorded (headers copied except Content-Length and Connection; the host is sanitized in the recording). Kind: `BadArgumentError`, validation (as in the case above; judgment call: the inner `SemanticError` says a name in the query does not resolve). Message: the two outer lines are generic and a category line; \"'summarize' operator: Failed to resolve table or column expression named 'resource'\" is a query engine's report of an unknown relation, as PostgreSQL's `relation \"x\" does not exist` is (rule 2.3, SQL and database text): the default. Judgment call as above. logId: `correlationId` (rule 5).",
    response: {
      status: 400,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Expose-Headers': 'Retry-After,Age,WWW-Authenticate,x-resource-identities,x-ms-status-location',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Mon, 27 May 2024 22:01:13 GMT',
        'Strict-Transport-Security': 'max-age=15724800; includeSubDomains',
        Vary: 'Accept-Encoding',
        Via: '1.1 draft-oms-84fccbf47-gntm6',
        'X-Content-Type-Options': 'nosniff',
      },
      body: {
        error: {
          message: 'The request had some invalid properties',
          code: 'BadArgumentError',
          correlationId: '70b4754e-7abc-47e5-a14a-a330bd12ee11',
          innererror: {
            code: 'SemanticError',
            message: 'A semantic error occurred.',
            innererror: {
              code: 'SEM0100',
              message: "'summarize' operator: Failed to resolve table or column expression named 'resource'",
            },
          },
        },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, logId: '70b4754e-7abc-47e5-a14a-a330bd12ee11' },
  },
  {
    id: 'azure-monitor-logs/gateway-timeout-504',
    source: 'Azure Monitor Logs query API (Log Analytics)',
    url: 'Azure/azure-sdk-for-js/sdk/monitor/monitor-query/recordings/node/logsqueryclient_live_tests__server_timeout/recording_servertimeoutinseconds.json',
    note: "A test-proxy recording of the Azure SDK's live server-timeout test: a query of ten billion rows sent with `Prefer: wait=1`; `StatusCode` 504, headers and body as recorded (headers copied except Content-Length and Connection). Kind: 504, unavailable; `GatewayTimeout` and the inner `ESOCKETTIMEDOUT` are a timeout on a gateway's status, the gateway's failure to reach the service (rule 1, the sixty-first holdout's row). Message: \"Gateway timeout\" is the 504's reason phrase and \"Connection error\" a socket failure behind the service (rules 2.1 and 2.3): the default. logId: `correlationId` (rule 5). No code stated (`GatewayTimeout` only restates the status, rule 6).",
    response: {
      status: 504,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Expose-Headers': 'Retry-After,Age,WWW-Authenticate,x-resource-identities,x-ms-status-location',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Fri, 11 Feb 2022 18:58:38 GMT',
        'Preference-Applied': 'wait=1',
        'Strict-Transport-Security': 'max-age=15724800; includeSubDomains',
        Vary: 'Accept-Encoding',
        Via: '1.1 draft-oms-5565f6c877-h4vjt',
        'X-Content-Type-Options': 'nosniff',
      },
      body: {
        error: {
          message: 'Gateway timeout',
          code: 'GatewayTimeout',
          correlationId: 'ebf79211-bbda-43b8-bbb4-dfc0a0a11c31',
          innererror: {
            code: 'GatewayTimeout',
            message: 'Connection error',
            statusDetails: { code: 'ESOCKETTIMEDOUT', connect: false },
          },
        },
      },
    },
    expect: { kind: 'unavailable', message: DEFAULT, logId: 'ebf79211-bbda-43b8-bbb4-dfc0a0a11c31' },
  },

  // ───────────────────────────── OpenTSDB ─────────────────────────────
  {
    id: 'opentsdb/no-such-metric-name-400',
    source: 'OpenTSDB HTTP API',
    url: 'ninech/opentsdb-consumer/spec/opentsdb-consumer/query_spec.rb',
    note: 'The opentsdb-consumer client\'s spec, context "invalid metric": the mocked Excon response has `status` 400 and the body `{"error":{"code":400,"message":"No such name for \'metrics\': \'#{metric.name}\'"}}`, with `metric.name` defined in the spec as `my.metric` and interpolated here. The client maps this message to its `InvalidMetric` error. OpenTSDB\'s real answers also carry `details` and `trace`; the client\'s fixture does not, and none is added. Kind: 400, no field, `code: 400` only restates the status: bad-request (rule 1). Message: the sentence names the metric the person asked for and says it is unknown, kept. Judgment call: it is the UID layer\'s `NoSuchUniqueName` text, which a reader could read as database text (rule 2.3) and give the default. No code stated (a numeric code equal to the status).',
    response: { status: 400, body: { error: { code: 400, message: "No such name for 'metrics': 'my.metric'" } } },
    expect: { kind: 'bad-request', message: "No such name for 'metrics': 'my.metric'" },
  },

  // ───────────────────────────── Humio (Falcon LogScale) ─────────────────────────────
  {
    id: 'humio/query-function-parameter-not-supported-400-text',
    source: 'Humio',
    url: 'humio/python-humio/tests/cassettes/humioclient/test_create_queryjob_incorrect_query_syntax',
    note: "A vcrpy cassette of humiolib's test against `https://cloud.humio.com/api/v1/dataspaces/sandbox/queryjobs` with the query `timechart(func=nowork)`: status 400 Bad Request, `text/plain`, the body stored gzipped as `!!binary`; decoded here to its text, the trailing Markdown fences included as sent. Headers copied except Connection, Content-Encoding and Transfer-Encoding (the body is given decoded). Humio is now sold as CrowdStrike Falcon LogScale, an API apart from the CrowdStrike Falcon API the corpus holds. Kind: 400, a text body, no code: bad-request (rule 1). Message: the line starts with a lone word in small letters and names the parameter (`func`) of a query function by the query language's name (rule 2.1's row of 6 December 2026): the default. Judgment call: the person typed that query, and a reader could keep the line as a sentence sent as text on a 4xx (rule 2.6).",
    response: {
      status: 400,
      headers: {
        'Content-Type': 'text/plain; charset=UTF-8',
        Date: 'Wed, 25 Mar 2020 14:12:46 GMT',
        Server: 'nginx',
      },
      body: 'parameter func is not supported in function timeChart\n```\n\n```',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
