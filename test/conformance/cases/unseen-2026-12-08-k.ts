import { DEFAULT, type ConformanceCase } from '../types';

// Unseen-API holdout, part K (8 December 2026): identity-verification (KYC) and workflow-automation / scraping APIs
// that no other case file uses (Onfido, Sumsub; Apache Airflow REST API, Prefect, n8n, Postman API; Apify, Firecrawl),
// collected to measure how the reader does at first sight on APIs it was never tuned on. None of the brief's APIs was
// already a source in cases/ or pending/. Persona, Veriff, Jumio, Socure, Alloy, Trulioo, Temporal, Dagster, Zapier,
// Make, Pipedream, Browserless, ScrapingBee, Jupyter Server and Gradio were looked for and dropped: Veriff's and
// Sumsub's other errors, Persona's and Trulioo's were found only as code tables or SDK constants without a whole body;
// Temporal's HTTP API and Jupyter Server's were found only as server logs (the message and status, not the body);
// Dagster's client tests hold only placeholder GraphQL results ("some conflict"); ScrapingBee's, Browserless', Gradio's
// and the others' turned up no capture with both its status and its body. The collection stopped at 21 cases from 8
// APIs, short of the 35 from 12 aimed at, because the task's time budget ran out (not the search budget). Every body
// and header was copied from the public material named in `url`: the products' own server tests (Airflow, Prefect),
// the vendor's own server source where a test shows only the status (Prefect's handlers), vendor SDK tests and
// mock-server fixtures (Onfido), vendor docs that print an error (Apify, Postman), and public issues or notes that
// paste a captured response (Onfido via tradle, Sumsub, Firecrawl, n8n). Trims, a Content-Type added where the
// capture shows none, a body rebuilt from an SDK's message, and any status taken from elsewhere than the capture, are
// said in `note`. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-08-k`, on the working tree of 8 December 2026 at 09f20aa with other engineers' uncommitted
// changes to src/core/kinds.ts, read.ts and text.ts in it): 14/21 pass, 8 sources (kind 21/21, message 15/21, fields
// 20/21, retry 21/21, logId 1/1, code 1/1). Failing at first sight: onfido/face-detection-validation-422 and
// onfido/detect-cutoff-validation-422 ("There was a validation error on this request" kept, a line that only says
// something failed validation, rule 2.1); airflow/state-not-one-of-schema-400 (the OpenAPI validator's JSON Schema
// report kept as the message, rule 2.3); prefect/csrf-token-client-missing-422 (the `exception_detail` list read as a
// record leading its paths, `exception_detail.client`, and `exception_message` read as a field holding "Invalid
// request received.", where rule 3 gives `client` alone and no field for the envelope's message);
// prefect/data-integrity-conflict-409 (the database-constraint line that sends the reader to the server logs kept,
// rule 2.3); apify/invalid-input-400 ("Invalid input: The request body contains invalid data." kept, generic by rule
// 2.1); firecrawl/feedback-invalid-body-400 ("Invalid request body" kept, generic by rule 2.1). No expectation was
// changed after the run.
//
// Measured again by the engineer on clean worktrees of 09f20aa and of 2d7b1a2 (no uncommitted change), with the
// same result, 14/21; the eighteenth holdout as a whole: 57/74 at first sight (parts P 22/31, K 14/21, T 21/22).
//
// Read now, after the changes its misses led to: 21/21 ("There was a validation error on this request", "Invalid
// request body", "Invalid request received." and a generic headline before a generic sentence as generic; a text
// that sends the reader to the server's logs and Python jsonschema's reports as developer text; Prefect's
// `exception_detail` list and `exception_message`).

export default [
  // ───────────────────────────── Onfido ─────────────────────────────
  {
    id: 'onfido/face-detection-validation-422',
    source: 'Onfido',
    url: 'tradle/plugin-onfido/src/applicants.ts@01d6fa456d9148e4cde24de1ce6c12c3e68ec348',
    note: 'A response to an Onfido live-photo upload pasted in a comment of the integration\'s uploadSelfie: `{ body: { type, message, fields }, status: 422 }`; the body is copied as the comment shows it (the client had already taken it from under `error`). A 422 is validation (rule 1). "There was a validation error on this request" only says something failed validation (rule 2.1, generic), so the default; `fields` is a map of field to a list of messages (rule 3). `validation_error` is a category that only says validation (rule 6), so no code is stated.',
    response: {
      status: 422,
      body: {
        type: 'validation_error',
        message: 'There was a validation error on this request',
        fields: {
          face_detection: [
            'Face not detected in image. Please note this validation can be disabled by setting the advanced_validation parameter to false.',
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['face_detection', 'Face not detected in image']],
    },
  },
  {
    id: 'onfido/detect-cutoff-validation-422',
    source: 'Onfido',
    url: 'onfido/onfido-sdk-ui/test/mock-server/responses.ts',
    note: "The vendor web SDK's mock-server response for a document upload with a cut-off document (`api.v3.documents.cutoff`), the API's `{ error: { type, message, fields } }` envelope. The file holds the body only; the status is 422, the one the same SDK's Confirm tests give this `validation_error` body (`onfidoRawError: { status: 422, response: … }`) and the one the captured upload above shows. Validation with the field's message (rules 1, 3); the headline is generic (rule 2.1), so the default.",
    response: {
      status: 422,
      body: {
        error: {
          type: 'validation_error',
          message: 'There was a validation error on this request',
          fields: { detect_cutoff: ['cutoff document detected in image'] },
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['detect_cutoff', 'cutoff document detected in image']],
    },
  },
  {
    id: 'onfido/not-found-text-404',
    source: 'Onfido',
    url: 'onfido/onfido-node/test/errors/OnfidoApiError.test.ts@844c722be097c27215a63010d9043294637ca2f6',
    note: 'The vendor Node SDK\'s "has the original response body and status code" test: `OnfidoApiError.fromResponse("Not Found", 404)`, a text body. Content-Type text/plain added: the test shows none. "Not Found" is a bare reason phrase (rule 2.1), so the default.',
    response: { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not Found' },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Sumsub ─────────────────────────────
  {
    id: 'sumsub/corrupted-file-400',
    source: 'Sumsub',
    url: 'https://github.com/SumSubstance/AppTokenUsageExamples/pull/26',
    note: 'A response to an image upload pasted in a pull request on the vendor\'s examples repository: "400" and this body. `code: 400` restates the status; `errorName: "corrupted-file"` names no kind in rule 1 (not an invalid/missing-value, credential or not-found code), so a 400 without field errors is bad-request. `description` is the sentence (rule 2); `correlationId` is the support id (rule 5). The code is left unchecked: `errorCode` 1004 and `errorName` both name it.',
    response: {
      status: 400,
      body: {
        code: 400,
        correlationId: 'f306dae1a6d4d06e7146310bddd3bbf7',
        errorCode: 1004,
        errorName: 'corrupted-file',
        description: 'Corrupted file for applicant 67b73bdf45092f362fb5a3dd and type imageUpload',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'Corrupted file for applicant',
      logId: 'f306dae1a6d4d06e7146310bddd3bbf7',
    },
  },

  // ───────────────────────────── Apache Airflow REST API ─────────────────────────────
  {
    id: 'airflow/dag-not-found-404',
    source: 'Apache Airflow REST API',
    url: 'apache/airflow/tests/api_connexion/endpoints/test_dag_run_endpoint.py@0065c6c007c9022b2b7190f61d498728008973c4',
    note: "The product's own test `test_response_404` (POST /api/v1/dags/TEST_DAG_ID/dagRuns for a DAG that does not exist) asserts status 404 and this problem body; `type` is `EXCEPTIONS_LINK_MAP[404]` from airflow/api_connexion/exceptions.py, filled with the 2.10.3 docs link exactly as the MWAA hook test prints a real one. Content-Type application/problem+json added (connexion's `problem()`): the test shows none. RFC 9457 `detail` beats `title` (rule 2.2).",
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        detail: "DAG with dag_id: 'TEST_DAG_ID' not found",
        status: 404,
        title: 'DAG not found',
        type: 'https://airflow.apache.org/docs/apache-airflow/2.10.3/stable-rest-api-ref.html#section/Errors/NotFound',
      },
    },
    expect: { kind: 'not-found', message: "DAG with dag_id: 'TEST_DAG_ID' not found" },
  },
  {
    id: 'airflow/dag-run-already-exists-409',
    source: 'Apache Airflow REST API',
    url: 'apache/airflow/tests/api_connexion/endpoints/test_dag_run_endpoint.py@0065c6c007c9022b2b7190f61d498728008973c4',
    note: 'The same file\'s `test_response_409`: status 409 and this body (`type` from `EXCEPTIONS_LINK_MAP[409]`, filled as above; Content-Type added). "Conflict" is a bare reason phrase; the `detail` is the sentence (rule 2.2).',
    response: {
      status: 409,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        detail: "DAGRun with DAG ID: 'TEST_DAG_ID' and DAGRun ID: 'TEST_DAG_RUN_ID_1' already exists",
        status: 409,
        title: 'Conflict',
        type: 'https://airflow.apache.org/docs/apache-airflow/2.10.3/stable-rest-api-ref.html#section/Errors/AlreadyExists',
      },
    },
    expect: { kind: 'conflict', message: "DAGRun ID: 'TEST_DAG_RUN_ID_1' already exists" },
  },
  {
    id: 'airflow/state-not-one-of-schema-400',
    source: 'Apache Airflow REST API',
    url: 'apache/airflow/tests/api_connexion/endpoints/test_dag_run_endpoint.py@0065c6c007c9022b2b7190f61d498728008973c4',
    note: "The same file's `test_should_response_400_for_non_existing_dag_run_state` (PATCH with `state: \"running\"`): status 400 and this body (`type` filled as above; Content-Type added). The `detail` is the OpenAPI request validator's JSON Schema report (`'running' is not one of [...] - 'state'`), developer text by rule 2.3 (a JSON Schema validator's report), and \"Bad Request\" a reason phrase, so the default. The property is named only inside that text, so no field error (rule 3), and a 400 without fields is bad-request (rule 1).",
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        detail: "'running' is not one of ['success', 'failed', 'queued'] - 'state'",
        status: 400,
        title: 'Bad Request',
        type: 'https://airflow.apache.org/docs/apache-airflow/2.10.3/stable-rest-api-ref.html#section/Errors/BadRequest',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'airflow/unauthenticated-401',
    source: 'Apache Airflow REST API',
    url: 'apache/airflow/tests/test_utils/api_connexion_utils.py@00523cefc7e7ef7e71e8728aa45e467763317012',
    note: "The product's own `assert_401` helper, which every endpoint test's unauthenticated case calls: status 401 and `{ detail: None, status: 401, title: 'Unauthorized', type: EXCEPTIONS_LINK_MAP[401] }` (`type` filled as above; Content-Type added). A bare reason phrase and a null detail: the default (rule 2.1).",
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        detail: null,
        status: 401,
        title: 'Unauthorized',
        type: 'https://airflow.apache.org/docs/apache-airflow/2.10.3/stable-rest-api-ref.html#section/Errors/Unauthenticated',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Prefect ─────────────────────────────
  {
    id: 'prefect/csrf-token-client-missing-422',
    source: 'Prefect',
    url: 'PrefectHQ/prefect/tests/server/api/test_csrf_token.py@0d2315c58f5584554b3a20a3c812dc2f02f08faa',
    note: 'The product\'s own `test_client_param_required` (GET /csrf-token without `client`): status 422 and this body, Prefect\'s own validation handler around pydantic\'s errors. The items under `exception_detail` each name a field in `loc` and carry `msg`, so they are field errors under any member name (rule 3), the leading `query` removed (`client`). "Invalid request received." only says the request was bad (rule 2.1, as "Invalid input" and "The request was invalid."), so the default.',
    response: {
      status: 422,
      body: {
        exception_detail: [{ loc: ['query', 'client'], msg: 'field required', type: 'value_error.missing' }],
        exception_message: 'Invalid request received.',
        request_body: null,
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['client', 'field required']] },
  },
  {
    id: 'prefect/csrf-protection-disabled-422',
    source: 'Prefect',
    url: 'PrefectHQ/prefect/tests/server/api/test_csrf_token.py@0d2315c58f5584554b3a20a3c812dc2f02f08faa',
    note: 'The same file\'s `test_422_when_csrf_protection_disabled`: status 422 and `{"detail": "CSRF protection is disabled."}`. A 422 is validation (rule 1); the `detail` is the sentence.',
    response: { status: 422, body: { detail: 'CSRF protection is disabled.' } },
    expect: { kind: 'validation', message: 'CSRF protection is disabled.' },
  },
  {
    id: 'prefect/data-integrity-conflict-409',
    source: 'Prefect',
    url: 'PrefectHQ/prefect/src/prefect/server/api/server.py@00cf4b21511716af023d28b9e147ffcb7f8bfa64',
    note: 'The server\'s `integrity_exception_handler` (database IntegrityError): `JSONResponse(content={"detail": …}, status_code=HTTP_409_CONFLICT)`, copied as the source writes it. A 409 is conflict (rule 1). The sentence reports a database failure (a unique or foreign key constraint) and sends the reader to the server\'s logs, as SuiteCRM\'s "Database failure. Please refer to suitecrm.log for details." does: developer text (rule 2.3), so the default.',
    response: {
      status: 409,
      body: {
        detail:
          'Data integrity conflict. This usually means a unique or foreign key constraint was violated. See server logs for details.',
      },
    },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'prefect/retryable-database-error-503',
    source: 'Prefect',
    url: 'PrefectHQ/prefect/src/prefect/server/api/server.py@00cf4b21511716af023d28b9e147ffcb7f8bfa64',
    note: 'The same file\'s `custom_internal_exception_handler` for errors a client can retry (SQLite busy, a dropped database connection): `JSONResponse(content={"exception_message": "Service Unavailable"}, status_code=503)`. A 503 is unavailable (rule 1); a bare reason phrase is no message (rule 2.1). No wait anywhere, so no retry time.',
    response: { status: 503, body: { exception_message: 'Service Unavailable' } },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── n8n ─────────────────────────────
  {
    id: 'n8n/webhook-wrong-method-404',
    source: 'n8n',
    url: 'Heiko888/Connection-Key-MCP-Server/N8N_WEBHOOK_404_FIX.md',
    note: "A self-hosted n8n's answer to a POST on a webhook registered for GET, pasted as the error in a troubleshooting note; the message is the one n8n's `webhookNotFoundErrorMessage` builds (packages/cli/src/errors/response-errors/webhook-not-found.error.ts). Status 404 from the body's `code` and the source's `NotFoundError`. The sentence is the message.",
    response: {
      status: 404,
      body: {
        code: 404,
        message: 'This webhook is not registered for POST requests. Did you mean to make a GET request?',
      },
    },
    expect: { kind: 'not-found', message: 'This webhook is not registered for POST requests' },
  },

  // ───────────────────────────── Postman API ─────────────────────────────
  {
    id: 'postman-api/rate-limit-error-429',
    source: 'Postman API',
    url: 'https://support.getpostman.com/hc/en-us/articles/360026236734-Postman-API-Usage-and-Rate-Limit',
    note: 'The vendor\'s support article: on hitting the rate limit "the user will receive a response similar to the following JSON, with a status code of 429 Too Many Requests". No header is shown. "Please retry at 1465452702843" names an instant (epoch milliseconds, in 2016), not a wait: rule 4.4 reads waits written as durations, and rule 4.2\'s epoch reading is for reset headers, so no retry time.',
    response: {
      status: 429,
      body: { error: { name: 'rateLimitError', message: 'Rate Limit exceeded. Please retry at 1465452702843' } },
    },
    expect: { kind: 'rate-limited', message: 'Rate Limit exceeded' },
  },
  {
    id: 'postman-api/service-unavailable-503',
    source: 'Postman API',
    url: 'https://support.getpostman.com/hc/en-us/articles/360026236734-Postman-API-Usage-and-Rate-Limit',
    note: 'The same article\'s "503 Error" section: "When a user receives a 503 response from our servers …" and this JSON. A 503 is unavailable (rule 1). `name` ("503 service unavailable") only restates the status; the `message` is a sentence for the person (JSON from the service, so rule 2.6 does not apply).',
    response: {
      status: 503,
      body: {
        error: {
          name: '503 service unavailable',
          message:
            'The server is currently not available (because it is overloaded or down for maintenance) Generally this is a temporary state',
        },
      },
    },
    expect: { kind: 'unavailable', message: 'The server is currently not available' },
  },

  // ───────────────────────────── Apify ─────────────────────────────
  {
    id: 'apify/invalid-input-400',
    source: 'Apify',
    url: 'https://pr-2326.preview.docs.apify.com/api/v2/users-me-limits-put',
    note: 'The vendor\'s API reference for PUT /v2/users/me/limits, "Status 400 — Bad request - invalid input parameters or request body." and this example. `invalid-input` says the input is invalid, a validation code in either word order (rule 1). "Invalid input: The request body contains invalid data." is a generic summary ("Invalid input") followed by one that names no input (as CaseHug\'s "Request body contains invalid fields"), rule 2.1, so the default.',
    response: {
      status: 400,
      body: { error: { type: 'invalid-input', message: 'Invalid input: The request body contains invalid data.' } },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'apify/token-not-valid-401',
    source: 'Apify',
    url: 'https://pr-2326.preview.docs.apify.com/api/v2/users-me-limits-put',
    note: 'The same reference page, "Status 401 — Unauthorized - authentication required or invalid token." and this example.',
    response: {
      status: 401,
      body: { error: { type: 'token-not-valid', message: 'Authentication token is not valid.' } },
    },
    expect: { kind: 'unauthenticated', message: 'Authentication token is not valid.' },
  },
  {
    id: 'apify/permission-denied-403',
    source: 'Apify',
    url: 'https://pr-2326.preview.docs.apify.com/api/v2/users-me-limits-put',
    note: 'The same reference page, "Status 403 — Forbidden - insufficient permissions to perform this action." and this example.',
    response: {
      status: 403,
      body: { error: { type: 'permission-denied', message: 'You do not have permission to perform this action.' } },
    },
    expect: { kind: 'forbidden', message: 'You do not have permission to perform this action.' },
  },

  // ───────────────────────────── Firecrawl ─────────────────────────────
  {
    id: 'firecrawl/rate-limit-exceeded-429',
    source: 'Firecrawl',
    url: 'https://github.com/dzhng/deep-research/issues/30',
    note: 'A user\'s log pasted in the issue: `FirecrawlError: Request failed with status code 429. Error: Rate limit exceeded. Consumed (req/min): 20, … please retry after 1s, resets at Sat Feb 08 2025 16:36:39 GMT+0000 (Coordinated Universal Time)` with `statusCode: 429`. The SDK\'s message carries the body\'s `error`; the body is rebuilt as Firecrawl\'s API sends it, `{ success: false, error }` (apps/api/src/controllers/auth.ts returns `{ success: false, error: "Rate limit exceeded. …", status: 429 }` with this template). No header is shown. "please retry after 1s" is a wait in the message (rule 4.4): 1 s.',
    response: {
      status: 429,
      body: {
        success: false,
        error:
          'Rate limit exceeded. Consumed (req/min): 20, Remaining (req/min): 0. Upgrade your plan at https://firecrawl.dev/pricing for increased rate limits or please retry after 1s, resets at Sat Feb 08 2025 16:36:39 GMT+0000 (Coordinated Universal Time)',
      },
    },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded', retry: 1 },
  },
  {
    id: 'firecrawl/insufficient-credits-402',
    source: 'Firecrawl',
    url: 'https://github.com/firecrawl/firecrawl/issues/2460',
    note: "A free-plan user's crawl call, the body's `'error': 'Insufficient credits to perform this request. …'` pasted in the issue (only that member is shown; copied alone). The status is 402, as the reporter of firecrawl/firecrawl#2189 shows for the same refusal (a crawl whose limit exceeds the remaining credits \"fails with a 402\"), which the maintainers answer there is intended behavior. A 402 is none of rule 1's listed statuses: another 4xx that signing in, waiting or changing the input field by field would not fix, so bad-request.",
    response: {
      status: 402,
      body: {
        error:
          'Insufficient credits to perform this request. For more credits, you can upgrade your plan at https://firecrawl.dev/pricing or try changing the request limit to a lower value.',
      },
    },
    expect: { kind: 'bad-request', message: 'Insufficient credits to perform this request' },
  },
  {
    id: 'firecrawl/feedback-invalid-body-400',
    source: 'Firecrawl',
    url: 'https://github.com/firecrawl/firecrawl-mcp-server/issues/326',
    note: 'The API\'s answer to a search-feedback call, relayed as text by the vendor\'s MCP server and pasted in the issue: `{"success":false,"status":400,"feedbackErrorCode":"INVALID_BODY","error":"Invalid request body","retryable":false}`; status from the body\'s `status`. `INVALID_BODY` says the request body as a whole is wrong, not an input\'s value (the issue\'s complaint is that it names no field), so a 400 without fields is bad-request (rule 1). "Invalid request body" is a generic summary (rule 2.1, as "Invalid input"), so the default. `feedbackErrorCode` is a code under its vendor\'s name (rule 1, 6).',
    response: {
      status: 400,
      body: {
        success: false,
        status: 400,
        feedbackErrorCode: 'INVALID_BODY',
        error: 'Invalid request body',
        retryable: false,
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'INVALID_BODY' },
  },
] satisfies ConformanceCase[];
