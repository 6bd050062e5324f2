import { DEFAULT, type ConformanceCase } from '../types';

// Twenty-ninth unseen-API holdout, part C (19 December 2026): integration platforms, workflow automation, webhook
// infrastructure, durable execution and data pipelines (ETL / reverse-ETL) that no other case file uses (Airbyte, dbt
// Cloud, Conductor OSS, Nango, Camunda 8, Fivetran, Make, Hookdeck, Restate, Inngest, Zapier, Kestra), collected to
// measure how the reader does at first sight on APIs it was never tuned on. Every body and header was copied from the
// public material named in `url`: a captured response pasted into a module's README (Airbyte's 422 with its headers), a
// reproducer's README that prints what the cluster answered (Camunda 8's 500), a public issue that pastes a response
// body (Kestra), the vendors' own API references and help pages that print an error body under a stated status
// (Fivetran, Make, Zapier, Conductor's docs), and the vendors' own tests that assert a whole body and its status
// (Airbyte's Terraform provider hooks, dbt Labs' Terraform provider, Nango's server tests, Camunda's REST controller
// tests, Hookdeck's CLI, Restate's CLI, Inngest's API v2 errors). No Content-Type was added where the source shows
// none; a status taken from elsewhere than the example itself (a table of statuses, the body's own status member, the
// test's HTTP code) is said in `note`. Every `expect` was written from the source and test/conformance/README.md before
// the kit was run on it.
//
// Looked for and dropped: Svix (its JavaScript library's mock tests answer placeholder bodies, `{"code":"400","detail":
// "text"}`, `{"detail":[{"loc":["string"],"msg":"string","type":"string"}]}`; its server's e2e tests assert statuses
// only), Temporal's HTTP API (its functional tests assert members of a 409, not a whole body; a third party's stand-in
// of a 404 with no repository to cite), Dagster (GraphQL error bodies pasted in issues without the status they came
// with), Windmill (its text 404 "Not found: script not found at name … (lib.rs:2239)" only in third-party tests the
// index could not place in a repository), Trigger.dev (its rate-limit tests assert a title, not the body), Upstash
// QStash (its tests mock empty 429s), Census (its API returns sync-run failures inside 200 successes), Fivetran's
// Terraform provider tests (bodies built by a helper around the test's own placeholders), Airbyte's token failure under
// Micronaut (`{"message":"Bad Request","_embedded":{"errors":[{"message":"Invalid client id or token",…}]}}`, quoted in
// a test the index could not place), Airbyte's platform 409 `actor-not-ready` (members asserted one by one), Camunda's
// 404 on a deletion (a controller test the index could not place), dbt Cloud's 403 (a near-duplicate of its 401),
// Hookdeck's `{"message":"Not found","data":["ignored"]}` (a test's own filler), Kestra's docs' truncated 422, and
// Workato, Tray.io, Pipedream, Hightouch, Paragon, Convoy, Hatchet, Meltano (no error body under a status found).
// Apache Airflow, Prefect, n8n, Merge and Upstash (Redis) are already in the corpus. Collection stopped at 08:45 UTC
// with the search budget still answering, at 32 cases from 12 sources; the remaining leads were all third-party
// stand-ins.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-19-c`, on 461b04c, src/ unchanged: in the frozen copy /tmp/base29): 24/32 pass, 12 sources
// (kind 30/32, message 26/32, fields 31/32, retry 32/32, logId 0/0, code 11/12). Failing at first sight:
// airbyte/primary-key-pre-defined-400 (the problem's `detail`, HTTP/1.1's stock description of a 400, kept over the
// occurrence's sentence in `data.message`, rule 2.1 and 2.2); conductor/workflow-def-duplicate-task-ref-400 (validation
// with a field `validateWorkflowDef.arg0` and the headline "Validation failed, check below errors for detail." kept: a
// bean-validation path that is only a method and its argument read as a field, rule 3, and a headline that sends the
// reader to the list below not read as generic, rule 2.1); camunda/throw-job-error-no-error-code-400 (bad-request:
// `INVALID_ARGUMENT` in a problem's `title` not read as a code, rule 1); make/permission-denied-sc403-invalid-json
// ("Access denied.": the reader recovers a body with a trailing comma, where the case expected JSON it cannot parse to
// stay text, rule 2.3; the rules do not say); hookdeck/portal-not-configured-404 (the default: the sentence in a `data`
// object beside a top-level `code` and `status` not read, rule 1's `data` that is itself an error object);
// restate/deployment-not-found-meta0003-404 (no code: `restate_code`, a code member named by its vendor, not read,
// rules 5 and 6); inngest/invalid-request-format-400 ("Invalid request format" kept: a line that only says the request
// was malformed not read as generic, rule 2.1); inngest/missing-field-and-invalid-format-400 (the default, where the
// case expected the first of two form-level sentences: the rules do not say which speaks).

export default [
  // ───────────────────────────── Airbyte ─────────────────────────────
  {
    id: 'airbyte/destination-config-spec-422',
    source: 'Airbyte API',
    url: 'airbytehq/terraform-airbyte-bigquery-destination/README.md',
    note: "The module's README, \"Errors so far\": the provider's log of the API's answer to creating a BigQuery destination (\"HTTP/2.0 422 Unprocessable Entity\" and its headers). Read in the index's stored version of the file (longer than the two commits it names), so no commit is given. The log prefixes lines with \"│ \" and breaks the body at the detail's second line break; both breaks are written back as `\\n`. Content-Length (348, the wire body's) and Alt-Svc are left out: the body is re-serialized here. 422 is validation (rule 1). The detail is the occurrence's text and leads with a sentence for the person; what follows it is a JSON Schema validator's report naming `$.loading_method.method` in text only, so no field error (rule 3). `title` is a slug; no `code` member, so the problem `type` URI is the code (rule 6).",
    response: {
      status: 422,
      headers: {
        'Content-Type': 'application/problem+json',
        Date: 'Wed, 19 Jul 2023 18:17:16 GMT',
        Server: 'envoy',
        Via: '1.1 google',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Xss-Protection': '0',
      },
      body: {
        type: 'https://reference.airbyte.com/reference/errors#unprocessable-entity',
        title: 'unprocessable-entity',
        status: 422,
        detail:
          'The provided configuration does not fulfill the specification. Errors: json schema validation failed when comparing the data to the json schema. \nErrors:\n$.loading_method.method: must be a constant value Standard ',
      },
    },
    expect: {
      kind: 'validation',
      message: 'The provided configuration does not fulfill the specification',
      code: 'https://reference.airbyte.com/reference/errors#unprocessable-entity',
    },
  },
  {
    id: 'airbyte/primary-key-pre-defined-400',
    source: 'Airbyte API',
    url: 'airbytehq/terraform-provider-airbyte/internal/sdk/internal/hooks/error_response_test.go@fe2e83ecef8c87afcd36c97bd59175198cdebbd5',
    note: "Airbyte's Terraform provider: the SDK hook's test `TestExtractAPIErrorMessage_WithDataMessage` feeds this body with status 400 and expects \"API error (HTTP 400): Primary key for stream: campaign_bidding_strategy is already pre-defined.\" No headers. A 400 without field errors, whose problem `type` names a bad request: bad-request (rule 1). `detail` is HTTP/1.1's stock description of a 400 (generic, rule 2.1); the occurrence's sentence is `data.message`. No `code` member, so the `type` URI is the code (rule 6).",
    response: {
      status: 400,
      body: {
        status: 400,
        type: 'https://reference.airbyte.com/reference/errors#bad-request',
        title: 'bad-request',
        detail: 'The request could not be understood by the server due to malformed syntax.',
        data: { message: 'Primary key for stream: campaign_bidding_strategy is already pre-defined.' },
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'campaign_bidding_strategy is already pre-defined',
      code: 'https://reference.airbyte.com/reference/errors#bad-request',
    },
  },
  {
    id: 'airbyte/insufficient-permissions-403',
    source: 'Airbyte API',
    url: 'airbytehq/terraform-provider-airbyte/internal/sdk/internal/hooks/error_response_test.go@fe2e83ecef8c87afcd36c97bd59175198cdebbd5',
    note: 'Same test file, `TestExtractAPIErrorMessage_DetailOnly`: this body with status 403. No headers. 403 is forbidden (rule 1); the problem `detail` is the sentence (rule 2.2), `title` a slug. No code stated: the body has neither a `code` member nor a `type`.',
    response: {
      status: 403,
      body: { status: 403, title: 'forbidden', detail: 'Insufficient permissions to access this resource.' },
    },
    expect: { kind: 'forbidden', message: 'Insufficient permissions to access this resource' },
  },
  {
    id: 'airbyte/internal-server-error-title-only-500',
    source: 'Airbyte API',
    url: 'airbytehq/terraform-provider-airbyte/internal/sdk/internal/hooks/error_response_test.go@fe2e83ecef8c87afcd36c97bd59175198cdebbd5',
    note: 'Same test file, `TestExtractAPIErrorMessage_TitleOnly`: this body with status 500. No headers. 500 is server (rule 1); the only text is a hyphenated slug that restates the status, a code and not a sentence (rule 2.1): the default.',
    response: { status: 500, body: { status: 500, title: 'internal-server-error' } },
    expect: { kind: 'server', message: DEFAULT },
  },

  {
    id: 'airbyte/service-unavailable-text-503',
    source: 'Airbyte API',
    url: 'airbytehq/terraform-provider-airbyte/internal/sdk/internal/hooks/error_response_test.go@fe2e83ecef8c87afcd36c97bd59175198cdebbd5',
    note: 'Same test file, `TestExtractAPIErrorMessage_NonJSON`: a plain-text body with status 503. No headers. 503 is unavailable (rule 1); plain text on a 5xx is written by proxies, and here it is only the reason phrase: the default (rules 2.1, 2.6).',
    response: { status: 503, body: 'Service Unavailable' },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── dbt Cloud ─────────────────────────────
  {
    id: 'dbt-cloud/notification-setting-not-found-404',
    source: 'dbt Cloud API',
    url: 'dbt-labs/terraform-provider-dbtcloud/pkg/dbt_cloud/notification_setting_test.go@5712589c184140102d214b9a4bc13d9973be355c',
    note: 'dbt Labs\' Terraform provider: the test double for `/private/accounts/:id/notification-settings` ("post-backend-fix, a missing setting returns 404") answers GET with this body; the mock sets `Content-Type: application/json` on every answer. The index holds two versions of the file; the one read is cited. 404 is not-found (rule 1); `status.user_message` is the sentence (a message member by the shape of its name, rule 5).',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json' },
      body: {
        status: { code: 404, is_success: false, user_message: 'Notification setting not found' },
        data: null,
      },
    },
    expect: { kind: 'not-found', message: 'Notification setting not found' },
  },
  {
    id: 'dbt-cloud/internal-error-getting-setting-500',
    source: 'dbt Cloud API',
    url: 'dbt-labs/terraform-provider-dbtcloud/pkg/dbt_cloud/notification_setting_test.go@5712589c184140102d214b9a4bc13d9973be355c',
    note: 'Same test double: "before the backend fix, a missing setting surfaced as a generic 500", this body. 500 is server (rule 1). The user message names what failed ("getting notification setting"), so it is more than a line that only says something failed (rule 2.1): the message.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json' },
      body: {
        status: {
          code: 500,
          is_success: false,
          user_message: 'Internal server error getting notification setting',
        },
      },
    },
    expect: { kind: 'server', message: 'getting notification setting' },
  },
  {
    id: 'dbt-cloud/gateway-upstream-connect-error-502',
    source: 'dbt Cloud API',
    url: 'dbt-labs/terraform-provider-dbtcloud/pkg/dbt_cloud/notification_setting_test.go@5712589c184140102d214b9a4bc13d9973be355c',
    note: 'Same test double, "matches the customer-reported failure mode — DELETE returned 502 from the gateway": Envoy\'s plain text, sent by the mock under the `Content-Type: application/json` it sets on every answer (kept: it is what the test sends, and a reader must not trust it). 502 is unavailable (rule 1); plain text on a 5xx, and an upstream connection failure, is never the message (rules 2.3, 2.6): the default.',
    response: {
      status: 502,
      headers: { 'Content-Type': 'application/json' },
      body: 'upstream connect error or disconnect/reset before headers',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'dbt-cloud/invalid-or-expired-token-401',
    source: 'dbt Cloud API',
    url: 'dbt-labs/terraform-provider-dbtcloud/pkg/dbt_cloud/client_test.go@012e44839630d43b4b4b1a4991caf7d6e578ac8a',
    note: 'Same provider, `TestParseAPIError`, case "401 unauthorized": the body the client parses; the test gives no HTTP status, so the status is the body\'s own `status.code`. No headers. 401 is unauthenticated (rule 1). "Unauthorized: " leads the sentence with the 401\'s reason phrase and is dropped (rule 2.1); the rest is the message. `developer_message` is empty.',
    response: {
      status: 401,
      body: {
        status: {
          code: 401,
          is_success: false,
          user_message: 'Unauthorized: Invalid or expired token.',
          developer_message: '',
        },
        data: null,
      },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid or expired token' },
  },

  // ───────────────────────────── Conductor OSS ─────────────────────────────
  {
    id: 'conductor/workflow-def-duplicate-task-ref-400',
    source: 'Conductor OSS',
    url: 'conductor-oss/conductor/docs/devguide/how-tos/cicd-integration.md@2c9b1cb0e744b4e0f1309fca061e8d682dfdf005',
    note: 'Conductor\'s "CI/CD Integration" guide, "Validate in CI": `POST /metadata/workflow/validate`, "An invalid one returns `400` and names the field:", this body (status from that sentence; no headers printed). The item\'s `path` is a bean-validation method path, `validateWorkflowDef.arg0`: with the method and argument removed no field is left (rule 3), so the item is form-level. The headline sends the reader to the list below it (generic, rule 2.1); the lone form-level sentence in the list is the message (rule 2.2). One message and no field error on a 400: a bad request (rule 1: a lone message is not a list).',
    response: {
      status: 400,
      body: {
        status: 400,
        message: 'Validation failed, check below errors for detail.',
        validationErrors: [
          {
            path: 'validateWorkflowDef.arg0',
            message: 'taskReferenceName: same should be unique across tasks for a given workflowDefinition: dup_wf',
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: 'same should be unique across tasks' },
  },

  // ───────────────────────────── Nango ─────────────────────────────
  {
    id: 'nango/sync-pause-invalid-body-400',
    source: 'Nango API',
    url: 'NangoHQ/nango/packages/server/lib/controllers/sync/postSyncPause.integration.test.ts@25611a6de111fc5e413ba2d40e969161e50cb75e',
    note: 'Nango\'s server test "should return 400 for invalid body" on `POST /sync/pause` asserts the status and this whole body (`toStrictEqual`). No headers asserted. Field items hold zod issues with segment paths (`["syncs", "0"]` is `syncs.0`, rule 3). A 400 carrying field errors is validation (rule 1), though the envelope\'s `invalid_body` is a code rule 1 lists for a bad request: the field errors say which inputs to change. Only field messages: the default (rule 4). No code stated: the envelope\'s and the items\' codes differ.',
    response: {
      status: 400,
      body: {
        error: {
          code: 'invalid_body',
          errors: [
            { code: 'invalid_union', message: 'Invalid input', path: ['syncs', '0'] },
            { code: 'invalid_union', message: 'Invalid input', path: ['syncs', '2'] },
            {
              code: 'invalid_type',
              message: 'Invalid input: expected string, received undefined',
              path: ['provider_config_key'],
            },
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['syncs.0', 'Invalid input'],
        ['syncs.2', 'Invalid input'],
        ['provider_config_key', 'expected string, received undefined'],
      ],
    },
  },
  {
    id: 'nango/env-query-required-400',
    source: 'Nango API',
    url: 'NangoHQ/nango/packages/server/lib/utils/tests.ts@0204f4ac385472170a5950894b7b543e2a688e7c',
    note: 'Nango\'s shared test helper `shouldRequireQueryEnv` asserts status 400 and this whole body for endpoints called without the `env` query parameter. The item names the `env` parameter (segment path, rule 3): a 400 with a field error is validation (rule 1). "Required" is the field\'s message; only field messages, so the default (rule 4).',
    response: {
      status: 400,
      body: {
        error: {
          code: 'invalid_query_params',
          errors: [{ code: 'invalid_type', message: 'Required', path: ['env'] }],
        },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['env', 'Required']] },
  },
  {
    id: 'nango/missing-auth-header-401',
    source: 'Nango API',
    url: 'NangoHQ/nango/packages/server/lib/utils/tests.ts@0204f4ac385472170a5950894b7b543e2a688e7c',
    note: 'Same helper, `shouldBeProtected`: status 401 and this whole body for a request without credentials. 401 is unauthenticated (rule 1). "Authentication failed." is a generic headline before a sentence of its own, which is judged (rule 2.1). No code stated: `type` is a category member (rule 1) and the body has no `code`.',
    response: {
      status: 401,
      body: {
        error: 'Authentication failed. The request is missing the Authorization header.',
        payload: {},
        type: 'missing_auth_header',
      },
    },
    expect: { kind: 'unauthenticated', message: 'missing the Authorization header' },
  },
  {
    id: 'nango/webhook-ingress-rate-limited-429',
    source: 'Nango API',
    url: 'NangoHQ/nango/packages/server/lib/middleware/webhook-ingress-ratelimit.middleware.unit.test.ts@43ce41c8a3842618e18da08342c15112dc801b58',
    note: 'Nango\'s webhook-ingress rate limiter, "enforce mode: breach returns 429 with Retry-After": status 429 and this body (`toEqual`). The test asserts only that `Retry-After` is at least 1, without its value, so the header is left out and no retry time is expected. 429 is rate-limited (rule 1); a code only, so the default (rule 2.1); `error.code` is the code (rule 6).',
    response: { status: 429, body: { error: { code: 'too_many_request' } } },
    expect: { kind: 'rate-limited', message: DEFAULT, code: 'too_many_request' },
  },

  // ───────────────────────────── Camunda 8 ─────────────────────────────
  {
    id: 'camunda/cancel-processing-error-500',
    source: 'Camunda 8 REST API',
    url: 'jwulf/mr-cancelation-8.8/README.md@59fc709d3906e978f0abde254bfa1193a173cedf',
    note: 'A reproducer for a Camunda 8.8.0 cancellation bug (by a Camunda developer advocate): "Observed output" of its script, "Cancellation failed, HTTP 500" and the pretty-printed body (status from that line; no headers printed). The index holds four versions of the README; the one read is cited. 500 is server (rule 1). `title` is a code; the detail is the engine\'s report (a command\'s internal id and intent, "Check your broker logs (partition 1), or ask your operator"): developer text pointing at the logs (rule 2.3), so the default. `instance` is a path, no support id (rule 5); no code stated (`about:blank`, a title in capitals).',
    response: {
      status: 500,
      body: {
        type: 'about:blank',
        title: 'INTERNAL',
        status: 500,
        detail:
          "Command 'CANCEL' rejected with code 'PROCESSING_ERROR': Expected to process command 4503599627370618 (PROCESS_INSTANCE.CANCEL) without errors, but unexpected error occurred. Check your broker logs (partition 1), or ask your operator, for more details.",
        instance: '/v2/process-instances/2251799813685370/cancellation',
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'camunda/throw-job-error-no-error-code-400',
    source: 'Camunda 8 REST API',
    url: 'camunda/camunda/zeebe/gateway-rest/src/test/java/io/camunda/zeebe/gateway/rest/controller/JobControllerTest.java@20dcb7d32744d28458b5baddea2a8f5fc7c3f07c',
    note: 'Camunda\'s REST gateway test `shouldRejectThrowErrorJobWithoutErrorCode`: `POST /v2/jobs/1/error` without `errorCode` expects status 400 (`isBadRequest`) and this body; `instance` is the test\'s `JOBS_BASE_URL + "/1/error"`, with `JOBS_BASE_URL = "/v2/jobs"`. No headers taken (other versions of the test also expect `application/problem+json`; this one was not checked for it). The problem\'s `title` is `INVALID_ARGUMENT` in capitals, a code (rule 2.1), and a validation code on any 4xx (rule 1): validation. The detail names `errorCode` in text only, so no field error; it is the sentence (rule 2.2).',
    response: {
      status: 400,
      body: {
        type: 'about:blank',
        status: 400,
        title: 'INVALID_ARGUMENT',
        detail: 'No errorCode provided.',
        instance: '/v2/jobs/1/error',
      },
    },
    expect: { kind: 'validation', message: 'No errorCode provided' },
  },

  // ───────────────────────────── Fivetran ─────────────────────────────
  {
    id: 'fivetran/connector-not-found-404',
    source: 'Fivetran REST API',
    url: 'https://fivetran.com/docs/rest-api/getting-started/api-response-codes',
    note: 'Fivetran\'s "API Response Codes" page: "Most responses also include a JSON body with a code field and a message field", with this example; its status table says of 404 "The code field identifies which resource type was not found" (status from that row, as the example\'s `NotFound_Connector` names it; no headers printed). 404 is not-found (rule 1); `message` is the sentence and `code` the code.',
    response: {
      status: 404,
      body: { code: 'NotFound_Connector', message: "Connector with id 'abc123' does not exist." },
    },
    expect: { kind: 'not-found', message: "Connector with id 'abc123' does not exist", code: 'NotFound_Connector' },
  },
  {
    id: 'fivetran/connector-creation-hourly-limit-429',
    source: 'Fivetran REST API',
    url: 'https://support.fivetran.com/hc/en-us/articles/1500003155681-Rate-Limiting',
    note: 'Fivetran\'s "Rate Limiting" help article: "If an API limit has been exceeded, it might respond with an HTTP 429 error. The response is going to contain Retry-After HTTP header", then "HTTP 429 Too Many Requests", "Retry-After=3600" (the page\'s spelling of the header line) and this body. 429 is rate-limited (rule 1); `Retry-After` gives 3600 s (rule 4.1); "hourly" in the text names a window, and the header decides anyway.',
    response: {
      status: 429,
      headers: { 'Retry-After': '3600' },
      body: { code: 'TooManyRequests', message: 'No more than 100 connectors can be created hourly' },
    },
    expect: {
      kind: 'rate-limited',
      message: 'No more than 100 connectors can be created hourly',
      retry: 3600,
      code: 'TooManyRequests',
    },
  },

  // ───────────────────────────── Make ─────────────────────────────
  {
    id: 'make/permission-denied-sc403-invalid-json',
    source: 'Make API',
    url: 'https://developers.make.com/api-documentation/troubleshooting/http-status-codes',
    note: 'Make\'s "HTTP status error codes" page: "All Make API errors have the same schema … This can happen, for example, when you request a resource you do not have access to:", this example, printed with a trailing comma after the last member (kept as printed: the body is what the reference shows, and it is not valid JSON). Status 403 from the example\'s own `SC403` and the page\'s "you do not have access to" (no status line printed); no headers. 403 is forbidden (rule 1). A reader that cannot parse it holds JSON as text, which is developer text (rule 2.3): the default.',
    response: {
      status: 403,
      body: '{\n"detail": "Access denied.",\n"message": "Permission denied",\n"code": "SC403",\n}',
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },

  // ───────────────────────────── Hookdeck ─────────────────────────────
  {
    id: 'hookdeck/metrics-dimension-requires-filter-422',
    source: 'Hookdeck API',
    url: 'hookdeck/hookdeck-cli/pkg/hookdeck/client_error_message_test.go@afdf5c7544ed39ff53d1c392ee53f199bf881e84',
    note: 'Hookdeck\'s CLI test `TestAPIErrorMessageSurfacesTheUsefulLine`, "422 validation body puts the message in data[]" ("covers the 422 bodies that were reaching callers whole"); the status is the body\'s own 422 (the test gives the body only). No headers. 422 is validation (rule 1); `level`, `handled` and `report` are the transport\'s bookkeeping. The lone sentence in the error\'s list `data` is the message (rule 2.2); it names no field by structure. `code` is the code (rule 6).',
    response: {
      status: 422,
      body: {
        level: 'info',
        handled: true,
        report: true,
        data: ['The delivery_group dimension requires a filters.destination_id filter'],
        status: 422,
        code: 'UNPROCESSABLE_ENTITY',
      },
    },
    expect: {
      kind: 'validation',
      message: 'The delivery_group dimension requires a filters.destination_id filter',
      code: 'UNPROCESSABLE_ENTITY',
    },
  },
  {
    id: 'hookdeck/measure-not-one-of-422',
    source: 'Hookdeck API',
    url: 'hookdeck/hookdeck-cli/pkg/hookdeck/client_error_message_test.go@afdf5c7544ed39ff53d1c392ee53f199bf881e84',
    note: 'Same test, "measure enum rejection": the body\'s own status 422, no `code`, no headers. Validation (rule 1). The lone sentence in `data` is the message (rule 2.2); it names `measures[0]` only in its text, a format the rules do not list as naming its field (rule 3 names class-validator\'s), so no field error.',
    response: {
      status: 422,
      body: { level: 'info', handled: true, data: ['measures[0] must be one of [count, accepted_count]'], status: 422 },
    },
    expect: { kind: 'validation', message: 'must be one of [count, accepted_count]' },
  },
  {
    id: 'hookdeck/portal-not-configured-404',
    source: 'Hookdeck API',
    url: 'hookdeck/hookdeck-cli/pkg/hookdeck/error_response_test.go@340417bc1918c9243bb2ec3dd810d1f0fb65b583',
    note: 'Hookdeck\'s CLI test `TestErrorResponseDecodesEveryDataShape`, "message nested under data": "The shape returned when a resource or a project-level feature is missing"; the body\'s own status 404, no headers. 404 is not-found (rule 1); the sentence sits under `data` (rule 1: a `data` that is itself an error object holds the error); `code` is the code.',
    response: {
      status: 404,
      body: {
        data: { message: 'Portal not configured for this project' },
        status: 404,
        code: 'NOT_FOUND',
        model: null,
      },
    },
    expect: { kind: 'not-found', message: 'Portal not configured for this project', code: 'NOT_FOUND' },
  },
  {
    id: 'hookdeck/custom-domain-invalid-429',
    source: 'Hookdeck API',
    url: 'hookdeck/hookdeck-cli/pkg/hookdeck/error_response_test.go@340417bc1918c9243bb2ec3dd810d1f0fb65b583',
    note: 'Same test, "rejected value named under data": the body\'s own status is 429 (taken as it is; no headers). 429 is named by HTTP, so the status decides over the code (rule 1): rate-limited, and no wait is given anywhere. `data` is the body\'s payload, and its member holds the rejected value, not a message: no field error (rule 3). `message` is the sentence, `code` the code.',
    response: {
      status: 429,
      body: {
        code: 'CUSTOM_DOMAIN_INVALID',
        status: 429,
        message: 'Custom domain is an invalid hostname',
        data: { hostname: 'portal.example.com' },
      },
    },
    expect: { kind: 'rate-limited', message: 'Custom domain is an invalid hostname', code: 'CUSTOM_DOMAIN_INVALID' },
  },

  // ───────────────────────────── Restate ─────────────────────────────
  {
    id: 'restate/deployment-not-found-meta0003-404',
    source: 'Restate Admin API',
    url: 'restatedev/restate/cli/src/error.rs@1e4a9b5408e9b62d3ac0323745afd8ace88d2d6b',
    note: 'Restate\'s CLI test `typed_causes_are_kept_with_their_contexts`: an `ApiError` with `StatusCode::NOT_FOUND` for `http://localhost:9070/deployments/dp_x` (the admin API) and this body; the CLI reads it as "no deployment (404 Not Found …)". No headers. 404 is not-found (rule 1). The vendor\'s error number leading the message (here twice, bracketed) is dropped (rule 2.1); `restate_code` is a code by the shape of its name (rule 5).',
    response: { status: 404, body: { restate_code: 'META0003', message: '[META0003] [META0003] no deployment' } },
    expect: { kind: 'not-found', message: 'no deployment', code: 'META0003' },
  },
  {
    id: 'restate/access-denied-403',
    source: 'Restate Admin API',
    url: 'restatedev/restate/cli/src/error.rs@1e4a9b5408e9b62d3ac0323745afd8ace88d2d6b',
    note: 'Same test file, `api_client_errors_report_the_servers_message_and_the_exchange`: an `ApiError` with `StatusCode::FORBIDDEN` for `/services/Greeter` and this body; no headers. 403 is forbidden (rule 1); `message` is the sentence.',
    response: { status: 403, body: { message: 'access denied' } },
    expect: { kind: 'forbidden', message: 'access denied' },
  },

  // ───────────────────────────── Inngest ─────────────────────────────
  {
    id: 'inngest/authorization-header-missing-401',
    source: 'Inngest REST API',
    url: 'inngest/inngest/pkg/api/v2/apiv2base/errors_test.go@15558727dd2671408220514888790fc13fcea729',
    note: 'Inngest\'s API v2 error test `TestNewSingleError`, "401 unauthorized error": `NewError(http.StatusUnauthorized, …)` gives this JSON as the status message that its grpc-gateway writes as the body ("the error format is exactly what grpc-gateway expects"); the status is the test\'s HTTP code. No headers. 401 is unauthenticated (rule 1); a lone item\'s message and code are the response\'s.',
    response: {
      status: 401,
      body: { errors: [{ code: 'authorization_header_missing', message: 'Authorization header is required' }] },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Authorization header is required',
      code: 'authorization_header_missing',
    },
  },
  {
    id: 'inngest/resource-already-exists-409',
    source: 'Inngest REST API',
    url: 'inngest/inngest/pkg/api/v2/apiv2base/errors_test.go@15558727dd2671408220514888790fc13fcea729',
    note: 'Same test, "409 conflict error": HTTP 409 and this body. 409 is conflict (rule 1). "Resource already exists" says what failed and names no resource; it is not among the generic lines (rule 2.1), so it is the message.',
    response: {
      status: 409,
      body: { errors: [{ code: 'resource_already_exists', message: 'Resource already exists' }] },
    },
    expect: { kind: 'conflict', message: 'Resource already exists', code: 'resource_already_exists' },
  },
  {
    id: 'inngest/invalid-request-format-400',
    source: 'Inngest REST API',
    url: 'inngest/inngest/pkg/api/v2/apiv2base/errors_test.go@15558727dd2671408220514888790fc13fcea729',
    note: 'Same test, "400 bad request error": HTTP 400 and this body. `invalid_request` is OAuth\'s request-level code (rule 1): bad-request. "Invalid request format" only says the request was wrong, as "Invalid request body" does (generic, rule 2.1): the default.',
    response: { status: 400, body: { errors: [{ code: 'invalid_request', message: 'Invalid request format' }] } },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'invalid_request' },
  },
  {
    id: 'inngest/missing-field-and-invalid-format-400',
    source: 'Inngest REST API',
    url: 'inngest/inngest/pkg/api/v2/apiv2base/errors_test.go@15558727dd2671408220514888790fc13fcea729',
    note: 'Same file, `TestNewError` "multiple errors": `NewErrors(http.StatusBadRequest, …)` and this expected JSON. A 400 listing several messages about the input, with `missing_field` a missing-input code: validation (rule 1). No item names a field, so no field errors. Two form-level sentences and no envelope message: the first, which names what is missing, is expected (the rules do not say which of several form-level lines speaks). No code stated: the items\' codes differ.',
    response: {
      status: 400,
      body: {
        errors: [
          { code: 'missing_field', message: 'Name required' },
          { code: 'invalid_field_format', message: 'Invalid timeout' },
        ],
      },
    },
    expect: { kind: 'validation', message: 'Name required' },
  },

  // ───────────────────────────── Zapier ─────────────────────────────
  {
    id: 'zapier/partner-api-malformed-request-400',
    source: 'Zapier API',
    url: 'http://platform.zapier.com/partner_api/errors',
    note: 'Zapier\'s Partner API "Errors" page: "All errors will be JSON object with a String array of errors", with this example; status 400 from its table ("400 | Bad Request | Invalid request, or invalid parameters"), which the example\'s text matches; no headers printed. A lone line in the list is not a list (rule 1): a 400 without fields is a bad request. "Malformed request" only says the request was wrong (generic, as SmartThings\' "The request is malformed.", rule 2.1): the default.',
    response: { status: 400, body: { errors: ['Malformed request'] } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'zapier/workflow-api-json-api-pointer-400',
    source: 'Zapier API',
    url: 'https://docs.zapier.com/powered-by-zapier/api-reference/common-types/errors.md',
    note: 'Zapier\'s Workflow API (Powered by Zapier) "Errors" page: "Errors in the API follow the recommendation from the JSON API spec. An example error object returned in a response body looks like this:"; the status is the item\'s own "400"; no headers printed. The JSON:API pointer `/data/attributes/first-name` names `first-name` (rule 3): a 400 with a field error is validation (rule 1). The item\'s `detail` (HTTP/1.1\'s stock description of a 400) is that field\'s message; `title` is a reason phrase; only a field message, so the default (rule 4).',
    response: {
      status: 400,
      body: {
        errors: [
          {
            status: '400',
            title: 'Bad Request',
            detail: 'The request could not be understood by the server due to malformed syntax.',
            source: { pointer: '/data/attributes/first-name' },
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['first-name', 'could not be understood by the server']],
    },
  },

  // ───────────────────────────── Kestra ─────────────────────────────
  {
    id: 'kestra/debug-outputs-unauthorized-401',
    source: 'Kestra API',
    url: 'https://github.com/kestra-io/kestra/issues/4508',
    note: 'A Kestra 0.18-SNAPSHOT issue, "Debug Outputs return 401 Unauthorized": "Kestra returns `401 Unauthorized` … Response body:" (status from that line; no headers pasted). Micronaut\'s HATEOAS error body. 401 is unauthenticated (rule 1); "Unauthorized" is the bare reason phrase of the status (rule 2.1): the default. `logref` is null, so no support id; `_links.self.href` is the request\'s path.',
    response: {
      status: 401,
      body: {
        message: 'Unauthorized',
        logref: null,
        path: null,
        _links: {
          self: {
            href: '/api/v1/executions/6xvWcNZVXfl5j5F9vFVlTd/eval/5yReUyiK36OVi9jiXZhO9z',
            templated: false,
            profile: null,
            deprecation: null,
            title: null,
            hreflang: null,
            type: null,
            name: null,
          },
        },
        _embedded: {},
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
] satisfies ConformanceCase[];
