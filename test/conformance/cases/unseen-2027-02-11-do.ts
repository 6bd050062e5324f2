import { DEFAULT, type ConformanceCase } from '../types';

// Eighty-third unseen-API holdout, part DO (11 February 2027): job-queue, job-scheduler and realtime engines' HTTP
// APIs and Elixir apps that no other case file uses: River UI (the web UI and JSON API of the River job queue for Go
// and Postgres), Dkron (a distributed job scheduler in Go), Supabase Realtime (the Elixir broadcast and presence
// server), Supavisor (Supabase's Elixir Postgres pooler, its tenant management API) and the Tuist server (an Elixir
// and Phoenix app; its project-token endpoints). They were collected to measure how the reader does at first sight on
// APIs it was never tuned on. Every body was copied from the engines' own test suites, each named in `url` with its
// commit: River UI's endpoint framework test (`requireStatusAndJSONResponse` checks the status, the whole JSON body
// and the Content-Type; `requireStatusAndResponse` the status and the whole text), its API error test (the wire form
// `{"message": …}`), Supabase Realtime's broadcast and fallback controller tests, Supavisor's tenant controller test
// and Tuist's project-tokens controller test (ExUnit's `json_response(conn, status) == %{…}` and `Jason.decode!(…)
// ==`, which check the status and the whole body), and Dkron's API test (`assert.Equal(t,
// ErrParentJobNotFound.Error(), string(body))` with the 404, the text read from the error's definition in
// dkron/job.go at the same commit). Elixir maps are written as the JSON they were decoded from. Headers were copied
// only where the test checks one (River UI's Content-Type); none was added. Every `expect` was written from the
// source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Kestra, Conductor, Camunda, Flowable, Inngest, Restate, Airflow, Argo Workflows, Prefect,
// n8n, Node-RED, Huginn, Kafka Connect, Centrifugo, Ably, Pusher (Channels and Beams), OpenFn Lightning, Logflare,
// Papercups, Phoenix, Plausible and Pleroma (already sources). Nothing citable with a whole body and its status:
// Sequin (its controller tests check only the status or `["errors"] != %{}`, and its ErrorJSON test renders Phoenix's
// own defaults), Temporal's HTTP API (its functional test checks only that the 409's message contains "already
// running"; an issue search found no pasted body), Soketi (its HTTP API tests check only that `error` is defined and
// the `code`), Trigger.dev (its rate-limit middleware test checks only the problem's `title`), Hatchet and
// Automatisch (searches found no test or issue with a whole error body), Supabase Realtime's older tenant controller
// test (`errors != %{}`), Dkron's 400s (checked with `Contains` or not at all) and a 503 health body of Supavisor's
// (a pattern with a timestamp). Test authors' own texts were dropped: River UI's "Bad request." and "Bad request. Try
// sending JSON next time." and Supabase Realtime's fallback `{ message: "invalid input" }`. Not reached within the
// cap: Bonfire, Oban Web, Faktory, Asynq/asynqmon, Celery Flower, TeslaMate, Activepieces and Windmill (left to other
// parts, as the brief prefers). No XML body and no HTML page turned up; two text bodies did (River UI's 405, Dkron's
// 404).
//
// The part holds 19 cases from 5 sources, within the brief's aim of 15–30 from at least 5; 35 of the 40 look-ups were
// spent, many on engines whose tests check a status and one member, not the body.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-11-do`, on 83af84f, src/ unchanged: in the frozen copy /tmp/base83): 17/19 pass, 5 sources
// (kind 19/19, message 17/19, fields 19/19, retry 19/19, logId 0/0, code 0/0). Failing at first sight:
// river-ui/insufficient-database-privilege-400 (kept "Insufficient database privilege to perform this operation.";
// the case reads a report of what the database behind the service refused as developer text, rule 2.3, and gives the
// default: a judgment call its note names); supavisor/upstream-verify-peer-without-certificate-400 (kept "Invalid
// 'upstream_verify' value, 'peer' is not allowed without certificate"; the case reads a line naming an input by its
// quoted key and a value that needs another input as the default, as the eighty-second holdout's row reads "bbox-crs
// specified without bbox parameter": a judgment call its note names). Every other case passed as written, including
// the judgment calls on River UI's "Field `message` is required." (bad-request, the default) and "Request timed out."
// on a 503 (kept), Supabase Realtime's `messages.N.…` paths, its "You have exceeded your rate limit" (kept) and
// "Unknown error" on a 422 (validation, the default), Supavisor's `require_user: true` line (kept) and Tuist's 403
// and token-ID lines (kept).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── River UI ─────────────────────────────
  {
    id: 'river-ui/field-required-400',
    source: 'River UI',
    url: 'riverqueue/riverui/internal/apiendpoint/api_endpoint_test.go@17f901b455b48036e05a3139d398c70d7cc2d37e',
    note: 'TestMountAndServe\'s "ValidationError" case: a POST with no body to an endpoint whose request struct requires `message` (`validate:"required"`); `requireStatusAndJSONResponse` checks 400, the body unmarshalled into `apierror.APIError{Message: "Field `message` is required."}` and `Content-Type: application/json; charset=utf-8`; internal/apierror/api_error_test.go shows the wire form, `{"message":"…"}`. The field is the test endpoint\'s, the sentence River UI\'s validator\'s. Kind: a 400 with no code and no field-bound error (the error object names no field member; rule 3 finds fields by structure): bad-request (rule 1). Message: "Field `message` is required." names only an input by its key written as code, as "Field \'npn\' is required" does (rule 2.1, the rule row of 6 December 2026): the default. Judgment call: a reader could read the name in backticks as the field and make it a validation failure.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { message: 'Field `message` is required.' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'river-ui/insufficient-database-privilege-400',
    source: 'River UI',
    url: 'riverqueue/riverui/internal/apiendpoint/api_endpoint_test.go@17f901b455b48036e05a3139d398c70d7cc2d37e',
    note: 'TestMountAndServe\'s "InterpretedPostgresError" case: the endpoint returns a wrapped Postgres error with code 42501 (insufficient_privilege), which River UI\'s endpoint framework interprets; the test checks 400, the whole body and the Content-Type. Kind: 400, no code, no fields: bad-request (rule 1). Message: "Insufficient database privilege to perform this operation." reports what the database behind the service refused (rule 2.3: infrastructure behind the service, a database\'s failure): the default. Judgment call: River UI rewrote the raw Postgres error as a sentence for whoever runs the UI, and a reader could keep it.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { message: 'Insufficient database privilege to perform this operation.' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'river-ui/request-timed-out-503',
    source: 'River UI',
    url: 'riverqueue/riverui/internal/apiendpoint/api_endpoint_test.go@17f901b455b48036e05a3139d398c70d7cc2d37e',
    note: 'TestMountAndServe\'s "Timeout" case: the request\'s context deadline has passed; the test checks 503, the whole body and the Content-Type. Kind: 503, unavailable (rule 1). Message: "Request timed out. Retrying the request might work." is a sentence for the person; "Request timed out" rewords the 408\'s phrase, and a reason phrase sent with another status says what happened (rule 2.1): kept. Judgment call: a reader could read it as a status phrase with a plea and give the default. Retry: no time is named (rule 4).',
    response: {
      status: 503,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { message: 'Request timed out. Retrying the request might work.' },
    },
    expect: { kind: 'unavailable', message: 'Request timed out' },
  },
  {
    id: 'river-ui/internal-server-error-check-logs-500',
    source: 'River UI',
    url: 'riverqueue/riverui/internal/apiendpoint/api_endpoint_test.go@17f901b455b48036e05a3139d398c70d7cc2d37e',
    note: 'TestMountAndServe\'s "InternalServerError" case: the endpoint returns a plain Go error; the test checks 500, the whole body and the Content-Type. Kind: 500, server (rule 1). Message: "Internal server error." is the status\'s reason phrase and "Check logs for more information." a pointer to the server\'s logs (rule 2.1; rule 2.3: "a pointer to any logs"): the default.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { message: 'Internal server error. Check logs for more information.' },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'river-ui/method-not-allowed-405-text',
    source: 'River UI',
    url: 'riverqueue/riverui/internal/apiendpoint/api_endpoint_test.go@17f901b455b48036e05a3139d398c70d7cc2d37e',
    note: 'TestMountAndServe\'s "MethodNotAllowed" case: a POST to a GET route; "This error comes from net/http" (the test\'s comment: Go\'s ServeMux under River UI\'s API). `requireStatusAndResponse` checks 405 and the whole text, "Method Not Allowed\\n"; the test checks no header, so none is given. Kind: 405, bad-request (rule 1). Message: the bare reason phrase (rule 2.1): the default.',
    response: { status: 405, body: 'Method Not Allowed\n' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Dkron ─────────────────────────────
  {
    id: 'dkron/parent-job-not-found-404-text',
    source: 'Dkron',
    url: 'distribworks/dkron/dkron/api_test.go@05915984385432438543e60b3d94c8d1b3801867',
    note: 'TestAPIJobCreateUpdateJobWithInvalidParentIsNotCreated: POST /v1/jobs with `parent_job: "parent_test_job"`, which does not exist; the test checks 404 and `assert.Equal(t, ErrParentJobNotFound.Error(), string(body))`, and dkron/job.go at the same commit defines `ErrParentJobNotFound = errors.New("specified parent job not found")` (TestAPIJobCreateUpdateParentJob_NoParent checks the same body is contained in its JSON quoting, which the bare text is). No header checked, none given. Kind: 404, not-found (rule 1). Message: a sentence sent as text on a 4xx is the message (rule 2.6); it starts with a plain word, no input\'s key: kept.',
    response: { status: 404, body: 'specified parent job not found' },
    expect: { kind: 'not-found', message: 'specified parent job not found' },
  },

  // ───────────────────────────── Supabase Realtime ─────────────────────────────
  {
    id: 'supabase-realtime/broadcast-messages-blank-422',
    source: 'Supabase Realtime',
    url: 'supabase/realtime/test/realtime_web/controllers/broadcast_controller_test.exs@04b3b4c1ec2c8aa7879b3c58a301902719a881c4',
    note: '"returns 422 when batch of messages includes badly formed messages": POST /api/broadcast with `messages: [{ topic }, { payload }, { topic, payload, event }]`; the test checks `Jason.decode!(conn.resp_body) == %{…}` and `conn.status == 422`. Written as the JSON it was decoded from (Ecto changeset errors of the embedded `messages`). No header checked. Kind: 422 with field errors, validation (rule 1). Fields: under the top `errors` container, `messages` is the request\'s own list (the body sent was `{ messages: [...] }`), the record leading its items\' paths (rule 3: "among errors, a record leads its errors\' paths"), so `messages.0.payload`, `messages.0.event`, `messages.1.topic`, `messages.1.event`; the third item is an empty map and says nothing. Judgment call: rule 3 also says a member that holds errors by name is no field below the top, and a reader could take `messages` for such a member and drop the segment. Message: only field messages (rule 2.4): the default.',
    response: {
      status: 422,
      body: {
        errors: {
          messages: [
            { payload: ["can't be blank"], event: ["can't be blank"] },
            { topic: ["can't be blank"], event: ["can't be blank"] },
            {},
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['messages.0.payload', "can't be blank"],
        ['messages.0.event', "can't be blank"],
        ['messages.1.topic', "can't be blank"],
        ['messages.1.event', "can't be blank"],
      ],
    },
  },
  {
    id: 'supabase-realtime/too-many-messages-batch-429',
    source: 'Supabase Realtime',
    url: 'supabase/realtime/test/realtime_web/controllers/broadcast_controller_test.exs@04b3b4c1ec2c8aa7879b3c58a301902719a881c4',
    note: '"batch will exceed rate limit": a batch of 1,000 messages against a tenant whose events rate counter is stubbed; the test checks `conn.status == 429` and `conn.resp_body == Jason.encode!(%{message: "…"})`. No header checked, none given. Kind: 429, rate-limited (rule 1). Message: a sentence that says what to do, kept (rule 2.1). Retry: none named (rule 4).',
    response: { status: 429, body: { message: 'Too many messages to broadcast, please reduce the batch size' } },
    expect: { kind: 'rate-limited', message: 'Too many messages to broadcast' },
  },
  {
    id: 'supabase-realtime/rate-limit-exceeded-429',
    source: 'Supabase Realtime',
    url: 'supabase/realtime/test/realtime_web/controllers/broadcast_controller_test.exs@04b3b4c1ec2c8aa7879b3c58a301902719a881c4',
    note: '"user has hit the rate limit": the tenant\'s events rate counter is stubbed above its limit; the test checks `conn.status == 429` and the whole body. No header checked. Kind: 429, rate-limited (rule 1). Message: "You have exceeded your rate limit" is a sentence about the person\'s limit, kept as the corpus keeps "You have exceeded the rate limit" (rule 2.1 lists it as no generic line). Judgment call: a reader could read it as the 429\'s phrase in other words. Retry: none.',
    response: { status: 429, body: { message: 'You have exceeded your rate limit' } },
    expect: { kind: 'rate-limited', message: 'You have exceeded your rate limit' },
  },
  {
    id: 'supabase-realtime/fallback-not-found-404',
    source: 'Supabase Realtime',
    url: 'supabase/realtime/test/realtime_web/controllers/fallback_controller_test.exs@4df1a9f9579ee98a6d4f7e4e44e4eb8c61002713',
    note: '"returns 404 with not found message": `FallbackController.call(conn, {:error, :not_found})`, the reply every controller gives a missing record; the test checks `json_response(conn, 404) == %{"message" => "not found"}`. No header checked. Kind: 404, not-found (rule 1). Message: the reason phrase in small letters (rule 2.1): the default.',
    response: { status: 404, body: { message: 'not found' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'supabase-realtime/fallback-unauthorized-401',
    source: 'Supabase Realtime',
    url: 'supabase/realtime/test/realtime_web/controllers/fallback_controller_test.exs@4df1a9f9579ee98a6d4f7e4e44e4eb8c61002713',
    note: '"returns 401 for generic error tuple": `FallbackController.call(conn, {:error, "something went wrong"})` (the test\'s input, not in the body) answers `json_response(conn, 401) == %{"message" => "Unauthorized"}`. No header checked. Kind: 401, unauthenticated (rule 1). Message: the 401\'s reason phrase (rule 2.1): the default. No code stated: the phrase sits in `message`, and a reason phrase is no code (rule 6).',
    response: { status: 401, body: { message: 'Unauthorized' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'supabase-realtime/fallback-unknown-error-422',
    source: 'Supabase Realtime',
    url: 'supabase/realtime/test/realtime_web/controllers/fallback_controller_test.exs@4df1a9f9579ee98a6d4f7e4e44e4eb8c61002713',
    note: '"returns 422 for unknown error format": `FallbackController.call(conn, :unexpected_value)` answers `json_response(conn, 422) == %{"message" => "Unknown error"}`. No header checked. Kind: 422, validation (rule 1: the status decides; no code says otherwise). Judgment call: nothing names an input, so a reader could prefer bad-request; rule 1 gives every 422 to validation. Fields: none. Message: "Unknown error" says only that something failed (rule 2.1: "Error", "An unexpected problem has occurred."): the default.',
    response: { status: 422, body: { message: 'Unknown error' } },
    expect: { kind: 'validation', message: DEFAULT },
  },

  // ───────────────────────────── Supavisor ─────────────────────────────
  {
    id: 'supavisor/invalid-upstream-tls-ca-400',
    source: 'Supavisor',
    url: 'supabase/supavisor/test/supavisor_web/controllers/tenant_controller_test.exs@02112fab696970ea10431e96c1d3519ffe179920',
    note: '"renders error when upstream_tls_ca is invalid": PUT /api/tenants/:id with `upstream_tls_ca: "-----BEGIN"`; the test checks `%{"error" => "…"} == … |> json_response(400)`. No header checked. Kind: 400, no code, no field member: bad-request (rule 1). Message: "Invalid \'upstream_tls_ca\' certificate" names only an input by its quoted key (rule 2.1, the rule row of 6 December 2026), and ", reason: :cant_decode_certificate" is an Elixir atom, the decoder\'s report (rule 2.3): the default. No code stated: `error` holds a sentence.',
    response: {
      status: 400,
      body: { error: "Invalid 'upstream_tls_ca' certificate, reason: :cant_decode_certificate" },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'supavisor/upstream-verify-peer-without-certificate-400',
    source: 'Supavisor',
    url: 'supabase/supavisor/test/supavisor_web/controllers/tenant_controller_test.exs@02112fab696970ea10431e96c1d3519ffe179920',
    note: '"renders errors when data is invalid": PUT /api/tenants/:id with `upstream_ssl: true, upstream_verify: "peer"` and no certificate; the test checks the whole body with the 400. No header checked. Kind: bad-request (rule 1). Message: "Invalid \'upstream_verify\' value, \'peer\' is not allowed without certificate" names an input by its quoted key and a value that needs another input, as "bbox-crs specified without bbox parameter" does (the eighty-second holdout\'s row: the default). Judgment call: it says a rule about a value, which a reader could keep as NutrientAPI\'s "ingredients must be a non-empty array" was kept.',
    response: {
      status: 400,
      body: { error: "Invalid 'upstream_verify' value, 'peer' is not allowed without certificate" },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'supavisor/tenant-not-found-404',
    source: 'Supavisor',
    url: 'supabase/supavisor/test/supavisor_web/controllers/tenant_controller_test.exs@02112fab696970ea10431e96c1d3519ffe179920',
    note: '"returns 404 not found for non-existing tenant": GET /api/tenants/non_existing_tenant_id; the test checks `%{"error" => "not found"} == … |> json_response(404)` (the update_auth_credentials test answers the same for a missing tenant). No header checked. Kind: 404, not-found (rule 1). Message: the reason phrase in small letters (rule 2.1): the default. No code stated (a reason phrase in `error`, rule 6 leaves it open).',
    response: { status: 404, body: { error: 'not found' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'supavisor/require-user-credentials-400',
    source: 'Supavisor',
    url: 'supabase/supavisor/test/supavisor_web/controllers/tenant_controller_test.exs@02112fab696970ea10431e96c1d3519ffe179920',
    note: '"rejects update for require_user: true tenant": POST /api/tenants/:id/update_auth_credentials for a tenant created with `require_user: true`; the test checks the whole body with the 400. No header checked. Kind: 400, no code, no fields: bad-request (rule 1). Message: "Cannot update credentials for tenants with require_user: true" says what cannot be done and why, a sentence (rule 2.1); the setting written as code inside it names the tenant\'s state, not an input the person sent. Judgment call: a reader could read the key as the API\'s and give the default.',
    response: { status: 400, body: { error: 'Cannot update credentials for tenants with require_user: true' } },
    expect: { kind: 'bad-request', message: 'Cannot update credentials for tenants' },
  },

  // ───────────────────────────── Tuist server ─────────────────────────────
  {
    id: 'tuist/project-not-found-404',
    source: 'Tuist server API',
    url: 'tuist/tuist/server/test/tuist_web/controllers/api/project_tokens_controller_test.exs@9226f19721e47229cc18ec430d5398175d669f56',
    note: '"returns not_found when a project does not exist": POST /api/projects/tuist/tuist-project/tokens by a signed-in user; the test checks `json_response(conn, :not_found)` and `response == %{"message" => "…"}` (the GET and DELETE tests check the same body). The handle in it is the one the test put in the path, echoed. No header checked. Kind: 404, not-found (rule 1). Message: a sentence naming the record (rule 2.1): kept.',
    response: { status: 404, body: { message: 'The project tuist/tuist-project was not found' } },
    expect: { kind: 'not-found', message: 'The project tuist/tuist-project was not found' },
  },
  {
    id: 'tuist/subject-not-authorized-403',
    source: 'Tuist server API',
    url: 'tuist/tuist/server/test/tuist_web/controllers/api/project_tokens_controller_test.exs@9226f19721e47229cc18ec430d5398175d669f56',
    note: '"returns forbidden when a user can\'t create a new project access token" (and five more tests, for a user and for a project token, on POST, GET and DELETE): the test checks `json_response(conn, :forbidden)` and the whole body. No header checked. Kind: 403, forbidden (rule 1). Message: "The authenticated subject is not authorized to perform this action" says what was refused, as Laravel\'s "This action is unauthorized." does (the seventy-first holdout\'s row keeps it, where "This action is forbidden." is generic): kept. Judgment call: a reader could read it as the 403\'s phrase in other words.',
    response: { status: 403, body: { message: 'The authenticated subject is not authorized to perform this action' } },
    expect: { kind: 'forbidden', message: 'not authorized to perform this action' },
  },
  {
    id: 'tuist/invalid-token-id-400',
    source: 'Tuist server API',
    url: 'tuist/tuist/server/test/tuist_web/controllers/api/project_tokens_controller_test.exs@9226f19721e47229cc18ec430d5398175d669f56',
    note: '"returns bad request when a token is invalid": DELETE /api/projects/:account/:project/tokens/invalid-token; the test checks `json_response(conn, :bad_request)` and the whole body. "invalid-token" is the id the test put in the path, echoed. No header checked. Kind: 400, no code, no fields: bad-request (rule 1). Message: "The provided token ID invalid-token is not valid. Make sure to pass a valid identifier." names the input in words ("token ID"), not by a key written as code, and says what to do: kept (rule 2.1: a person\'s words stay). Judgment call: the id sits in the URL path, which the person never typed, and a reader could read the line as naming only an invalid input and give the default.',
    response: {
      status: 400,
      body: { message: 'The provided token ID invalid-token is not valid. Make sure to pass a valid identifier.' },
    },
    expect: { kind: 'bad-request', message: 'The provided token ID invalid-token is not valid' },
  },
] satisfies ConformanceCase[];
