import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-fourth unseen-API holdout, part GJ (22 February 2027): ML model servers and AI gateways that no other case
// file uses as a source: Hugging Face Text Generation Inference (TGI, the Rust LLM server), OpenVINO Model Server
// (Intel's model server, its TensorFlow Serving-style REST API), Bifrost (Maxim's Go AI gateway), KoboldCpp (the
// llama.cpp-based local LLM server), Unsloth Studio (its local OpenAI-compatible API) and LocalAI (the Go
// OpenAI-compatible server). They were collected to measure how the reader does at first sight on servers it was never
// tuned on. Bodies were copied from: TGI's own OpenAPI document (docs/openapi.json, generated from the router's utoipa
// annotations, which gives each error response its status and an example body); OpenVINO Model Server's Python client
// test fixtures (client/python/ovmsclient/lib/tests/config.py, which pairs each server body with its HTTPStatus);
// Bifrost's error reference (docs/usage/errors.md, whose "HTTP API" examples print whole bodies, each with its status
// in the body's own `status_code` and in the page's tables of codes and statuses); an SDK's test fixtures for KoboldCpp
// (SwiftLLMSDK's ErrorHandlingTests.swift: the 503 and its Content-Type in a mocked response; the same body is the one
// koboldcpp.py writes when the model is busy); and two public issues that paste a captured answer (Unsloth Studio's 400
// as openai-python prints it, "Error code: 400 - {…}", unslothai/unsloth#8376; LocalAI's 403 as Guzzle prints it,
// "resulted in a `403 Forbidden` response:\nmissing or malformed API Key", nextcloud/integration_openai#138). A Python
// dict printed by a client is written back as the JSON it was parsed from. Headers were copied only where the source
// shows one (the KoboldCpp fixture's Content-Type); none was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: TensorFlow Serving (issues print `{ "error": "Malformed request: POST …" }`,
// tensorflow/serving#1095 and bitnami/containers#63420, but never beside the HTTP status, and #1133 cuts its 400's
// body off); Helicone (its AI Gateway "error handling" page gives a table of statuses, no body); Cloudflare AI Gateway
// (a developer's notes, 478690/test-repository/TOKEN_TEST_RESULTS.md, print
// `{"success":false,"result":[],"messages":[],"error":[{"code":2001,"message":"Please configure AI Gateway in the
// Cloudflare dashboard"}]}` without its status; the 401s with code 2009 sit in files the exact-string index could not
// name; its docs print no body); BentoML (bentoml/BentoML#4089 prints a 404's headers, Content-Length 9, but not the
// body); DJL Serving (its LMI input/output schema page holds no error body); new-api (QuantumNous/new-api#434 prints a
// body without its status, #5496's body is not in the stored excerpt); AIClient-2-API (a body without its status);
// LMDeploy (the search returned only vLLM's and RunPod's captures, both already sources); LocalAI's 500s
// (`{"error":{"code":500,…}}` only in titles or truncated excerpts). Dropped from the sources used: OpenVINO Model
// Server's two HTML fixtures (`<h1>503 SERVICE UNAVAILABLE</h1>` and `<h1>413 REQUEST ENTITY TOO LARGE</h1>`, the test
// author's stand-ins for a page in front of the server, not its own bodies); three of Bifrost's examples:
// `invalid_json` (printed under a valid curl request in the "Fallback Behavior" section, so not that request's answer),
// `timeout` on a 504 (its `param` names a setting and rule 1 does not settle a `timeout` code on a 504) and
// `configuration_error` on a 500 (its `param` is the gateway's own configuration path, no input); KoboldCpp's source,
// which fixes the same 503 body but is code, not a test or a page (the SDK fixture is used instead). Skipped without
// look-ups as already sources: Ray Serve, KServe, TorchServe, Xinference, LM Studio, GPUStack, Portkey AI Gateway,
// LiteLLM proxy, OpenRouter, TensorZero Gateway, Kong Gateway (Kong AI Gateway is its plugin set), vLLM, Ollama,
// llama.cpp server, NVIDIA Triton, Seldon Core, MLflow, Hugging Face Inference and Text Embeddings Inference, RunPod
// Serverless, Apache APISIX, Envoy and agentgateway. Not reached within the cap: OpenLLM, llamafile, Jan, SGLang,
// MLServer, LangServe, Envoy AI Gateway and Infinity (the embeddings server; the corpus's "Infinity" is InfiniFlow's
// database). No XML body and no HTML page turned up; one text body did (LocalAI's 403).
//
// The part holds 25 cases from 6 sources, within the brief's aim of 15–30 from at least 5; 30 of the 34 look-ups were
// spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-22-gj`, on d22d327, src/ unchanged: in the frozen copy /tmp/base94; the `--check` run before
// it reported nothing to fix): 23/25 pass, 6 sources (kind 25/25, message 23/25, fields 25/25, retry 25/25, logId 0/0,
// code 10/10). Failing at first sight, both on the message: tgi/request-failed-during-generation-424 (kept "Request
// failed during generation"; the case reads a line saying only that the request failed at a step as generic, as
// "Request mapping failed" is, rule 2.1 and the twenty-ninth holdout's row: a judgment call its note names);
// bifrost/provider-service-unavailable-503 (kept "OpenAI API is currently unavailable. Please try again later."; the
// case reads the gateway's report of the provider behind it as developer text, rule 2.3, a service's report of another
// service's status: a judgment call its note names). Every other case passed as written, including the judgment calls
// on TGI's "Model is overloaded", "Incomplete generation" and "No fast tokenizer available" (kept), OpenVINO Model
// Server's "Invalid input precision" and "Missing input with specific name" (kept), Bifrost's `api_key` field on a 401,
// its "Server is overloaded" line and no retry from a debug member, KoboldCpp's "Server is busy" and LocalAI's text 403
// (forbidden, kept).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Text Generation Inference ─────────────────────────────
  {
    id: 'tgi/input-validation-error-422',
    source: 'Text Generation Inference',
    url: 'huggingface/text-generation-inference/docs/openapi.json@003eaec0fbe00aacf03547b317163363cef56ab9',
    note: 'POST /invocations (the SageMaker-compatible route): the "422" response, "Input validation error", example `{"error": "Input validation error", "error_type": "validation"}` (the /generate and /v1/chat/completions examples give the same line without `error_type`). No header shown. Kind: 422, validation (rule 1; `error_type: "validation"` agrees). Message: "Input validation error" only says the input failed validation, as "Validation error" does (rule 2.1): the default. Fields: none. No code stated: `error_type` is a category in one word (rule 6).',
    response: { status: 422, body: { error: 'Input validation error', error_type: 'validation' } },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'tgi/request-failed-during-generation-424',
    source: 'Text Generation Inference',
    url: 'huggingface/text-generation-inference/docs/openapi.json@003eaec0fbe00aacf03547b317163363cef56ab9',
    note: 'POST /invocations: the "424" response, "Generation Error", example `{"error": "Request failed during generation", "error_type": "generation"}`. No header shown. Kind: a 424 (Failed Dependency) is a 4xx rule 1 does not list otherwise, and `generation` is no listed code: bad-request, as the corpus reads PowerFGT\'s 424. Message: "Request failed during generation" says only that the request failed at a step, as "Request mapping failed" does (rule 2.1, the twenty-ninth holdout\'s row): the default. Judgment call: a reader could keep it for naming the step. No code stated.',
    response: { status: 424, body: { error: 'Request failed during generation', error_type: 'generation' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'tgi/model-overloaded-429',
    source: 'Text Generation Inference',
    url: 'huggingface/text-generation-inference/docs/openapi.json@003eaec0fbe00aacf03547b317163363cef56ab9',
    note: 'POST /invocations: the "429" response, "Model is overloaded", example `{"error": "Model is overloaded", "error_type": "overloaded"}` (TGI answers so when its queue is full). No header shown. Kind: 429, rate-limited (rule 1; an overload code names unavailable only on a 5xx). Message: "Model is overloaded" is a sentence naming what is overloaded, kept as the corpus keeps "The model is overloaded" (a lone "Overloaded" would be the default, rule 2.1). Judgment call: a reader could read it as the category in words. Retry: none named (rule 4). No code stated.',
    response: { status: 429, body: { error: 'Model is overloaded', error_type: 'overloaded' } },
    expect: { kind: 'rate-limited', message: 'Model is overloaded' },
  },
  {
    id: 'tgi/incomplete-generation-500',
    source: 'Text Generation Inference',
    url: 'huggingface/text-generation-inference/docs/openapi.json@003eaec0fbe00aacf03547b317163363cef56ab9',
    note: 'POST /invocations: the "500" response, "Incomplete generation", example `{"error": "Incomplete generation", "error_type": "incomplete_generation"}`. No header shown. Kind: 500, server (rule 1). Message: "Incomplete generation" says what went wrong (the text was cut short), kept as the corpus keeps "Incomplete client information". Judgment call: it is the `error_type` in words, and a reader could read it as a category line (rule 2.1: "Authorization Error") and give the default. No code stated.',
    response: { status: 500, body: { error: 'Incomplete generation', error_type: 'incomplete_generation' } },
    expect: { kind: 'server', message: 'Incomplete generation' },
  },
  {
    id: 'tgi/health-unhealthy-503',
    source: 'Text Generation Inference',
    url: 'huggingface/text-generation-inference/docs/openapi.json@003eaec0fbe00aacf03547b317163363cef56ab9',
    note: 'GET /health: the "503" response, "Text generation inference is down", example `{"error": "unhealthy", "error_type": "healthcheck"}`. No header shown. Kind: 503, unavailable (rule 1). Message: a lone word (rule 2.1): the default. No code stated.',
    response: { status: 503, body: { error: 'unhealthy', error_type: 'healthcheck' } },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'tgi/no-fast-tokenizer-404',
    source: 'Text Generation Inference',
    url: 'huggingface/text-generation-inference/docs/openapi.json@003eaec0fbe00aacf03547b317163363cef56ab9',
    note: 'POST /tokenize: the "404" response, "No tokenizer found", example `{"error": "No fast tokenizer available"}`. No header shown. Kind: 404, not-found (rule 1). Message: a sentence saying what is missing, kept (rule 2.1). Judgment call: a tokenizer is the server\'s own machinery, and a reader could read the line as developer text; rule 2.3 lists no such case.',
    response: { status: 404, body: { error: 'No fast tokenizer available' } },
    expect: { kind: 'not-found', message: 'No fast tokenizer available' },
  },

  // ───────────────────────────── OpenVINO Model Server ─────────────────────────────
  {
    id: 'ovms/model-name-not-found-404',
    source: 'OpenVINO Model Server',
    url: 'openvinotoolkit/model_server/client/python/ovmsclient/lib/tests/config.py',
    note: 'COMMON_RESPONSE_ERROR, the ovmsclient tests\' table of server answers "((response_output, http_error_code), …)": `{"error": "Model with requested name is not found"}` with `HTTPStatus.NOT_FOUND`, which the client raises as ModelNotFoundError. The text is the server\'s status message for MODEL_NAME_MISSING. The index gave this version without its commit (the version it lists at 301b794 is an older, shorter file). No header given. Kind: 404, not-found (rule 1). Message: a sentence naming what was not found, kept (rule 2.1).',
    response: { status: 404, body: { error: 'Model with requested name is not found' } },
    expect: { kind: 'not-found', message: 'Model with requested name is not found' },
  },
  {
    id: 'ovms/model-version-not-found-404',
    source: 'OpenVINO Model Server',
    url: 'openvinotoolkit/model_server/client/python/ovmsclient/lib/tests/config.py',
    note: 'COMMON_RESPONSE_ERROR: `{"error": "Model with requested version is not found"}` with `HTTPStatus.NOT_FOUND`. No header given. Kind: 404, not-found (rule 1). Message: kept (rule 2.1).',
    response: { status: 404, body: { error: 'Model with requested version is not found' } },
    expect: { kind: 'not-found', message: 'Model with requested version is not found' },
  },
  {
    id: 'ovms/invalid-input-precision-400',
    source: 'OpenVINO Model Server',
    url: 'openvinotoolkit/model_server/client/python/ovmsclient/lib/tests/config.py',
    note: 'PREDICT_RESPONSE_ERROR: `{"error": "Invalid input precision - Expected: FP32; Actual: I64"}` with `HTTPStatus.BAD_REQUEST`, raised as InvalidInputError. No header given. Kind: a 400 without a code and without field errors: bad-request (rule 1; text never decides). Message: "Invalid input precision" names what is wrong in words, with the expected and actual types after it, kept as "Invalid phone number" is (rule 2.1). Judgment call: the precision names are tensor types a person may not know.',
    response: { status: 400, body: { error: 'Invalid input precision - Expected: FP32; Actual: I64' } },
    expect: { kind: 'bad-request', message: 'Invalid input precision' },
  },
  {
    id: 'ovms/invalid-number-of-inputs-400',
    source: 'OpenVINO Model Server',
    url: 'openvinotoolkit/model_server/client/python/ovmsclient/lib/tests/config.py',
    note: 'PREDICT_RESPONSE_ERROR: `{"error": "Invalid number of inputs - Expected: 1; Actual: 0"}` with `HTTPStatus.BAD_REQUEST`. No header given. Kind: bad-request (rule 1). Message: a sentence saying what is wrong and what was expected, kept (rule 2.1).',
    response: { status: 400, body: { error: 'Invalid number of inputs - Expected: 1; Actual: 0' } },
    expect: { kind: 'bad-request', message: 'Invalid number of inputs' },
  },
  {
    id: 'ovms/missing-input-with-specific-name-400',
    source: 'OpenVINO Model Server',
    url: 'openvinotoolkit/model_server/client/python/ovmsclient/lib/tests/config.py',
    note: 'PREDICT_RESPONSE_ERROR: `{"error": "Missing input with specific name - Required input: 0"}` with `HTTPStatus.BAD_REQUEST`. No header given. Kind: bad-request (rule 1): "Required input: 0" is text, not a field member (rule 3 finds fields by structure). Message: "Missing input with specific name" is in words, not an input\'s key, so the rule row of 6 December 2026 does not make it the default: kept. Judgment call: it names only which input is missing (the model\'s input "0"), and a reader could give the default.',
    response: { status: 400, body: { error: 'Missing input with specific name - Required input: 0' } },
    expect: { kind: 'bad-request', message: 'Missing input with specific name' },
  },
  {
    id: 'ovms/invalid-number-of-shape-dimensions-400',
    source: 'OpenVINO Model Server',
    url: 'openvinotoolkit/model_server/client/python/ovmsclient/lib/tests/config.py',
    note: 'PREDICT_RESPONSE_ERROR: `{"error": "Invalid number of shape dimensions - Expected: (1,300); Actual: (3)"}` with `HTTPStatus.BAD_REQUEST`. No header given. Kind: bad-request (rule 1). Message: kept (rule 2.1).',
    response: { status: 400, body: { error: 'Invalid number of shape dimensions - Expected: (1,300); Actual: (3)' } },
    expect: { kind: 'bad-request', message: 'Invalid number of shape dimensions' },
  },

  // ───────────────────────────── Bifrost ─────────────────────────────
  {
    id: 'bifrost/rate-limit-exceeded-event-id-429',
    source: 'Bifrost',
    url: 'maximhq/bifrost/docs/usage/errors.md@60792d85882e15ec2ff8fab6c161eb3cb01861ec',
    note: '"HTTP API - Error Response Format", the page\'s first example. Status: the body\'s `status_code` (429), as the page\'s table gives for `rate_limit_exceeded`. No header shown. Kind: 429, rate-limited (rule 1). Message: kept. Fields: none, a 429\'s `param` names no field (rule 3). Retry: no header and no hint member, so the wait written in the text, "retry after 60 seconds" (rule 4.4): 60. Code: `code` over the `type` category (rule 6). `event_id` is no listed support id: not checked.',
    response: {
      status: 429,
      body: {
        error: {
          type: 'rate_limit_error',
          code: 'rate_limit_exceeded',
          message: 'Rate limit exceeded for model gpt-4o. Please retry after 60 seconds.',
          param: 'model',
        },
        is_bifrost_error: true,
        status_code: 429,
        event_id: 'evt_abc123def456',
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded for model gpt-4o',
      retry: 60,
      code: 'rate_limit_exceeded',
    },
  },
  {
    id: 'bifrost/invalid-api-key-401',
    source: 'Bifrost',
    url: 'maximhq/bifrost/docs/usage/errors.md@60792d85882e15ec2ff8fab6c161eb3cb01861ec',
    note: '"HTTP API - Authentication Error Examples", "Invalid API Key". Status: the body\'s `status_code`, 401 in the table too. No header shown. Kind: 401, unauthenticated (rule 1). Message: a credential\'s name stays (rule 2.1): kept. Fields: the error object names its one field in `param` (rule 3), so `api_key` carries the sentence, as the corpus reads LiteLLM\'s `param: "key"` on a 401. Judgment call: a reader could hold that a credential is no input of a form. Code: `invalid_api_key` (rule 6).',
    response: {
      status: 401,
      body: {
        error: {
          type: 'authentication_error',
          code: 'invalid_api_key',
          message: 'Invalid API key provided. Please check your API key and try again.',
          param: 'api_key',
        },
        is_bifrost_error: true,
        status_code: 401,
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid API key provided',
      fields: [['api_key', 'Invalid API key provided']],
      code: 'invalid_api_key',
    },
  },
  {
    id: 'bifrost/insufficient-quota-429',
    source: 'Bifrost',
    url: 'maximhq/bifrost/docs/usage/errors.md@60792d85882e15ec2ff8fab6c161eb3cb01861ec',
    note: '"HTTP API - Authentication Error Examples", "Quota Exceeded". Status: the body\'s `status_code`, 429 in the table too. No header shown. Kind: 429 and `insufficient_quota`, a quota code (rule 1): rate-limited, whatever the `authentication_error` category says. Message: kept. Retry: "wait for the quota to reset" names no time (rule 4): none. Code: `insufficient_quota` (rule 6).',
    response: {
      status: 429,
      body: {
        error: {
          type: 'authentication_error',
          code: 'insufficient_quota',
          message: 'You have exceeded your API quota. Please upgrade your plan or wait for the quota to reset.',
          param: null,
        },
        is_bifrost_error: true,
        status_code: 429,
      },
    },
    expect: { kind: 'rate-limited', message: 'You have exceeded your API quota', code: 'insufficient_quota' },
  },
  {
    id: 'bifrost/rate-limit-exceeded-retry-after-429',
    source: 'Bifrost',
    url: 'maximhq/bifrost/docs/usage/errors.md@60792d85882e15ec2ff8fab6c161eb3cb01861ec',
    note: '"HTTP API - Rate Limit Error Examples", "Rate Limit Exceeded": the first example with a top-level `retry_after` in place of `event_id`. Status: the body\'s `status_code`. No header shown. Kind: rate-limited (rule 1). Fields: none (a 429\'s `param`, rule 3). Retry: `retry_after: 60` beside the error object, seconds (rule 4.3); the text says the same. Code: `rate_limit_exceeded`.',
    response: {
      status: 429,
      body: {
        error: {
          type: 'rate_limit_error',
          code: 'rate_limit_exceeded',
          message: 'Rate limit exceeded for model gpt-4o. Please retry after 60 seconds.',
          param: 'model',
        },
        is_bifrost_error: true,
        status_code: 429,
        retry_after: 60,
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded for model gpt-4o',
      retry: 60,
      code: 'rate_limit_exceeded',
    },
  },
  {
    id: 'bifrost/concurrent-requests-exceeded-429',
    source: 'Bifrost',
    url: 'maximhq/bifrost/docs/usage/errors.md@60792d85882e15ec2ff8fab6c161eb3cb01861ec',
    note: '"HTTP API - Rate Limit Error Examples", "Concurrent Requests Exceeded". Status: the body\'s `status_code`. No header shown. Kind: rate-limited (rule 1). Message: kept, its figures with it. Fields: none, a 429\'s `param` (`concurrency`) names no field (rule 3). Retry: none named. Code: `concurrent_requests_exceeded`.',
    response: {
      status: 429,
      body: {
        error: {
          type: 'rate_limit_error',
          code: 'concurrent_requests_exceeded',
          message: 'Too many concurrent requests. Maximum allowed: 20, current: 25.',
          param: 'concurrency',
        },
        is_bifrost_error: true,
        status_code: 429,
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Too many concurrent requests',
      code: 'concurrent_requests_exceeded',
    },
  },
  {
    id: 'bifrost/invalid-model-400',
    source: 'Bifrost',
    url: 'maximhq/bifrost/docs/usage/errors.md@60792d85882e15ec2ff8fab6c161eb3cb01861ec',
    note: '"HTTP API - Request Error Examples", "Invalid Model". Status: the body\'s `status_code`, 400 in the table too. No header shown. Kind: `invalid_model` begins with `invalid` and names an input, as Perplexity\'s does (rule 1): validation. Fields: `param: "model"` (rule 3). Message: a sentence naming the value and the models supported, kept (rule 2.1). Code: `invalid_model`.',
    response: {
      status: 400,
      body: {
        error: {
          type: 'invalid_request_error',
          code: 'invalid_model',
          message:
            "Model 'gpt-5' is not supported by provider 'openai'. Supported models: gpt-4o, gpt-4o-mini, gpt-4-turbo.",
          param: 'model',
        },
        is_bifrost_error: true,
        status_code: 400,
      },
    },
    expect: {
      kind: 'validation',
      message: "Model 'gpt-5' is not supported by provider 'openai'",
      fields: [['model', "Model 'gpt-5' is not supported"]],
      code: 'invalid_model',
    },
  },
  {
    id: 'bifrost/context-length-exceeded-400',
    source: 'Bifrost',
    url: 'maximhq/bifrost/docs/usage/errors.md@60792d85882e15ec2ff8fab6c161eb3cb01861ec',
    note: '"HTTP API - Request Error Examples", "Context Length Exceeded". Status: the body\'s `status_code`. No header shown. Kind: a 400 whose error object names its field (`param: "messages"`, rule 3) carries a field error: validation, as the corpus reads OpenAI\'s `context_length_exceeded` with `param: "messages"`. Message: kept. Code: `context_length_exceeded` over the category (rule 6).',
    response: {
      status: 400,
      body: {
        error: {
          type: 'invalid_request_error',
          code: 'context_length_exceeded',
          message: 'Request length (150,000 tokens) exceeds maximum context length (128,000 tokens) for model gpt-4o.',
          param: 'messages',
        },
        is_bifrost_error: true,
        status_code: 400,
      },
    },
    expect: {
      kind: 'validation',
      message: 'exceeds maximum context length',
      fields: [['messages', 'exceeds maximum context length']],
      code: 'context_length_exceeded',
    },
  },
  {
    id: 'bifrost/provider-service-unavailable-503',
    source: 'Bifrost',
    url: 'maximhq/bifrost/docs/usage/errors.md@60792d85882e15ec2ff8fab6c161eb3cb01861ec',
    note: '"HTTP API - Provider Error Examples", "Service Unavailable". Status: the body\'s `status_code`, 503 in the table too. No header shown. Kind: 503, unavailable (rule 1). Message: "OpenAI API is currently unavailable. Please try again later." is the gateway\'s report of the provider behind it (rule 2.3: a service\'s report of another service\'s status, a gateway\'s failure to reach the service behind it), and the plea alone says nothing: the default. Judgment call: to a person using an AI app the provider\'s name may be the point, and a reader could keep it. Retry: `retry_after: 300` (rule 4.3). Code: `service_unavailable`.',
    response: {
      status: 503,
      body: {
        error: {
          type: 'provider_error',
          code: 'service_unavailable',
          message: 'OpenAI API is currently unavailable. Please try again later.',
          param: null,
        },
        is_bifrost_error: true,
        status_code: 503,
        retry_after: 300,
      },
    },
    expect: { kind: 'unavailable', message: DEFAULT, retry: 300, code: 'service_unavailable' },
  },
  {
    id: 'bifrost/buffer-full-503',
    source: 'Bifrost',
    url: 'maximhq/bifrost/docs/usage/errors.md@60792d85882e15ec2ff8fab6c161eb3cb01861ec',
    note: '"HTTP API - System Error Examples", "Buffer Full". Status: the body\'s `status_code`, 503 in the table too. No header shown. Kind: 503, unavailable (rule 1). Message: "Request buffers are full. Server is overloaded, please retry later." says the gateway itself is overloaded, kept as "The system is currently overloaded" is. Judgment call: "request buffers" is the gateway\'s machinery. Retry: `retry_after: 30` (rule 4.3). Code: `buffer_full`.',
    response: {
      status: 503,
      body: {
        error: {
          type: 'system_error',
          code: 'buffer_full',
          message: 'Request buffers are full. Server is overloaded, please retry later.',
          param: null,
        },
        is_bifrost_error: true,
        status_code: 503,
        retry_after: 30,
      },
    },
    expect: { kind: 'unavailable', message: 'Server is overloaded', retry: 30, code: 'buffer_full' },
  },
  {
    id: 'bifrost/debug-rate-limit-429',
    source: 'Bifrost',
    url: 'maximhq/bifrost/docs/usage/errors.md@60792d85882e15ec2ff8fab6c161eb3cb01861ec',
    note: '"HTTP API - Error Debugging": the answer with `X-Debug: true`, "Debug response includes additional context". Status: the body\'s `status_code`. No header shown. Kind: rate-limited (rule 1). Message: "Rate limit exceeded for model gpt-4o" names the model, kept. Fields: none (a 429\'s `param`). Retry: none: the provider\'s `retry-after` sits in `debug_info.provider_response.headers`, a debug member (rule 7), neither a header of this response nor a hint in the error object (rule 4); judgment call, a reader could take it. Code: `rate_limit_exceeded`. Support id not checked (`event_id`, and `debug_info.request_id` echoing the client\'s X-Request-ID inside the debug member).',
    response: {
      status: 429,
      body: {
        error: {
          type: 'rate_limit_error',
          code: 'rate_limit_exceeded',
          message: 'Rate limit exceeded for model gpt-4o',
          param: 'model',
        },
        is_bifrost_error: true,
        status_code: 429,
        event_id: 'evt_abc123',
        debug_info: {
          request_id: 'req_debug_123',
          provider_response: {
            status_code: 429,
            headers: { 'retry-after': '60' },
            body: 'Rate limit exceeded',
          },
          request_timestamp: '2024-01-15T10:30:45.123Z',
          error_timestamp: '2024-01-15T10:30:46.456Z',
          latency_ms: 1333,
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded for model gpt-4o', code: 'rate_limit_exceeded' },
  },

  // ───────────────────────────── KoboldCpp ─────────────────────────────
  {
    id: 'koboldcpp/server-busy-503',
    source: 'KoboldCpp',
    url: 'DevonJerothe/SwiftLLMSDK/Tests/SwiftLLMSDKTests/ErrorHandlingTests.swift@0de3a81cc3f97f7ed39b1eccbe7e837fc5f9fbba',
    note: 'koboldSendMessageMapsHTTPErrorToLLMError: the mocked KoboldCpp answer to POST /api/v1/generate, status 503 with `Content-Type: application/json` and the body (parsesKoboldHTTPError feeds the same body with 503); koboldcpp.py writes exactly this body with a 503 while the model is busy. Kind: 503, unavailable (rule 1). Message: "Server is busy; please try again later." says the server\'s state, kept as "The model is overloaded. Please try again later." is. Judgment call: a reader could read it as a plea with the status in other words. Retry: "try again later" names no time (rule 4). No code stated: `detail.type` is a category beside a sentence.',
    response: {
      status: 503,
      headers: { 'Content-Type': 'application/json' },
      body: { detail: { msg: 'Server is busy; please try again later.', type: 'service_unavailable' } },
    },
    expect: { kind: 'unavailable', message: 'Server is busy' },
  },

  // ───────────────────────────── Unsloth Studio ─────────────────────────────
  {
    id: 'unsloth-studio/image-not-supported-400',
    source: 'Unsloth Studio',
    url: 'https://github.com/unslothai/unsloth/issues/8376',
    note: "A user's grading app, pointed at Unsloth Studio's API endpoint with a text-only GGUF model loaded, logs \"Error code: 400 - {'error': {'message': 'Image provided but current GGUF model does not support vision.', 'type': 'invalid_request_error', 'param': None, 'code': None}}\" (openai-python's print of the body, written back as JSON). Status: the 400 in that line. No header shown. Kind: a 400 without fields; `invalid_request_error` only says the request was bad: bad-request (rule 1). Message: kept (rule 2.1). No code: `code` is null and `type` a category.",
    response: {
      status: 400,
      body: {
        error: {
          message: 'Image provided but current GGUF model does not support vision.',
          type: 'invalid_request_error',
          param: null,
          code: null,
        },
      },
    },
    expect: { kind: 'bad-request', message: 'current GGUF model does not support vision' },
  },

  // ───────────────────────────── LocalAI ─────────────────────────────
  {
    id: 'localai/missing-or-malformed-api-key-403-text',
    source: 'LocalAI',
    url: 'https://github.com/nextcloud/integration_openai/issues/138',
    note: "Nextcloud's OpenAI integration fetching a LocalAI-generated image: \"Client error: `GET http://my.domain.lan:8080/generated-images/b641846089601.png` resulted in a `403 Forbidden` response:\\nmissing or malformed API Key\", Guzzle's message, which prints the status and the body (its summary, whole when short; the newline after it is Guzzle's). No header shown. Kind: 403 with no code: forbidden (rule 1; text never decides, though the line is about a credential). Message: a sentence sent as text on a 4xx (rule 2.6); \"API Key\" is a credential's name, which stays (rule 2.1): kept. Judgment call: the line starts in small letters, and a reader could read it as the key-auth middleware's stock text.",
    response: { status: 403, body: 'missing or malformed API Key' },
    expect: { kind: 'forbidden', message: 'missing or malformed API Key' },
  },
] satisfies ConformanceCase[];
