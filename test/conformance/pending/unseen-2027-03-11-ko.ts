import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-eleventh unseen-API holdout, part KO (11 March 2027): AI and ML API startups in the long tail (speech to
// text, vision, model hosting and inference gateways). Five sources no other case file uses: LandingLens (Landing AI's
// computer-vision platform; its hosted inference API at predict.app.landing.ai), Lemonfox.ai (a Whisper-based
// speech-to-text API), the WP Engine AI API (an inference gateway in front of several model vendors), Selektable (an
// AI image API for product visualisation) and ModelsLab's GGUF Cloud (a gateway in front of dedicated llama.cpp
// deployments). Where the bodies come from: LandingLens's from the recorded responses in landing-ai/landingai-python's
// tests (files written by the `responses` library's recorder, each with the status and the URL of a real call; the
// recorder writes `content_type: text/plain` for every file, since it records no header, so no header is given);
// Lemonfox's from a RapidAPI discussion that pastes the raw error a transcription API passed on, with its status; WP
// Engine's, Selektable's and ModelsLab's from the vendors' own error pages, which tie each printed body to its status
// (WP Engine: "error.code … Matches the HTTP status code"; Selektable: the status table gives `invalid_request_error`
// as the 400's type; ModelsLab: each example sits under its status's heading). Every `expect` was written from the
// source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Roboflow (roboflow/inference's error-handler tests check only the status and a substring of
// the body), three more LandingLens fixtures (the 429, 503 and 504 files hold only a bare "429 Too Many Requests",
// "503 Service Unavailable" and "504 Gateway Timeout": nothing tells a recording from a file a test author wrote to
// drive the SDK's retries, while the API's own 500 is API Gateway's JSON, so they were dropped; the 300 file is no
// error), Cloudflare Workers AI (maruel/genai's recorded cassettes hold three of its errors, but they are Cloudflare
// API v4's envelope from api.cloudflare.com/client/v4, already a source), PlayHT (an issue quotes `{"error":"Voice is
// required."}` with no status), Speechace (its sample error body is printed with no status), Sightengine (its sample
// body, "Incorrect API user or API secret", is tied to no status on the stored page), Copyleaks (its error body is
// tied to no status in the stored excerpt), EasyAR's cloud recognition (its example carries `statusCode: 422` in a
// body the page says is "generally" sent with HTTP 200: the wire status would be a guess), Sarvam AI, Aldea and
// Civitai (their error pages print only placeholders, "Human-readable description", "Error message", "descriptive
// message"), Gladia (its reference pages found show only success bodies), Eden AI, Novita AI, Speechify, NeoSpeech,
// TTS Monster, Audixa, Featherless and CoreWeave (status tables with no body), ModelsLab's Enterprise LLM Endpoint (the
// stored excerpt cuts off before its bodies) and ModelsLab GGUF Cloud's 503 and 502 (not reached in the stored
// excerpts). Retell AI, Ideogram and Murf were searched for without finding a body with its status. Skipped as already
// sources (sources.txt): Deepgram, Speechmatics, Vapi, HeyGen (four of its forum threads surfaced with bodies), D-ID,
// Runway, Leonardo.Ai, Stability AI, ElevenLabs, AssemblyAI, LMNT, YourVoic (its text-to-speech error page surfaced;
// its speech-to-text API is a source), Speech is Cheap, Mathpix, Veryfi, Nutrient, Unstructured, mittwald, Cloudflare
// API v4, OpenRouter, Cohere and Fireworks AI. The corpus's Landing AI source is its Agentic Document Extraction API, a
// different product on another host; LandingLens's inference API is not in sources.txt, so it was kept (a judgment
// call).
//
// The part holds 11 cases from 5 sources, short of the brief's aim of 15–30 but from the 5 sources it asks for; all 38
// of the 38 look-ups were spent, four on Cloudflare's cassettes before finding the API was already a source, and most
// of the rest on searches that answered with other domains' pages or with vendors' code tables. Collecting stopped at
// the cap.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-11-ko`, on 52c1308, src/ unchanged: in the frozen copy /tmp/base111, after `--check`, which
// reported all cases valid): 9/11 pass, 5 sources (kind 11/11, message 9/11, fields 11/11, retry 11/11, logId 1/1,
// code 1/1). Failing at first sight: landinglens/missing-file-parameter-400 (kept "Missing parameter: either file
// (bytes) or file_url (s3 presigned url) should be provided."; the case reads a line that names the inputs only by the
// API's keys, after a "Missing parameter:" headline, as the default, rule 2.1: a judgment call its note names) and
// landinglens/missing-user-record-401 (kept "Missing user record with either apikey key or id -1"; the case reads a
// report of the server's record lookup, with its sentinel id, as developer text, rule 2.3, and gives the default: a
// judgment call its note names). Every other case passed as written, including the judgment calls on LandingLens's
// `QuotaExceeded` on a 403 (rate-limited, code kept), WP Engine's "model not found: …" (kept), Selektable's `param`
// error (validation, with the field) and ModelsLab's 404 read from the page's order. The run did not crash.
//
// No expectation was changed after the run.

export default [
  // ───────────────────────────── LandingLens ─────────────────────────────
  {
    id: 'landinglens/missing-file-parameter-400',
    source: 'LandingLens',
    url: 'landing-ai/landingai-python/tests/data/responses/v1_predict_status_400.yaml@810622c94d7bf440d90bebbdbb5e8033036bf07d',
    note: 'A recorded POST to https://predict.app.landing.ai/inference/v1/predict with no image; the YAML folds the body across two lines, which reads as one space ("s3 presigned url"). No header recorded, none given. Kind: a 400 with no code and no field-bound error: bad-request (rule 1). Message: "Missing parameter:" heads a line that names the inputs only by the API\'s keys, `file` and `file_url` (rule 2.1: Agify\'s "Missing \'name\' parameter", a parameter named by its key): the default. Judgment call: the line also says one of the two must be given, which a reader could keep as a rule about the input.',
    response: {
      status: 400,
      body: {
        detail: 'Missing parameter: either file (bytes) or file_url (s3 presigned url) should be provided.',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'landinglens/missing-user-record-401',
    source: 'LandingLens',
    url: 'landing-ai/landingai-python/tests/data/responses/v1_predict_status_401.yaml@5ac48a5918dc5018d317a59c71c3c51eb51d5238',
    note: 'A recorded predict call with an unknown API key; the YAML folds the body across two lines. No header recorded. Kind: 401, unauthenticated (rule 1). Message: "Missing user record with either apikey key or id -1" reports the server\'s record lookup (a user record, the sentinel id -1), internals rather than words for the person (rule 2.3): the default. Judgment call: it names the API key, and a reader could keep it as a credential line (rule 2.1). Code: `errorCode: "UNAUTHORIZED"` only restates the status, so none is stated (rule 6).',
    response: {
      status: 401,
      body: { errorCode: 'UNAUTHORIZED', message: 'Missing user record with either apikey key or id -1', data: {} },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'landinglens/usage-quota-exceeded-403',
    source: 'LandingLens',
    url: 'landing-ai/landingai-python/tests/data/responses/v1_predict_status_403.yaml@7aac825dc5d626f3fcf2e17c3aa0f53cca81ae01',
    note: 'A recorded predict call by an organisation over its usage quota; the YAML folds the body across two lines. No header recorded. Kind: `QuotaExceeded` is a quota code, which decides on any status and outranks a 403 (rule 1: "a throttling or quota code on any status"): rate-limited. Retry: no header, no body hint, no wait in the text (rule 4). Message: the code before the colon labels the sentence (rule 2.1); what follows says the usage quota was exceeded: kept. Code: `errorCode` (rule 6).',
    response: {
      status: 403,
      body: {
        errorCode: 'QuotaExceeded',
        message: 'QuotaExceeded: feature "Usage" exceeded usage quota, org_id: 22635583588352',
        data: { policy: 'Usage' },
      },
    },
    expect: { kind: 'rate-limited', message: 'exceeded usage quota', code: 'QuotaExceeded' },
  },
  {
    id: 'landinglens/page-not-found-404-text',
    source: 'LandingLens',
    url: 'landing-ai/landingai-python/tests/data/responses/v1_predict_status_404.yaml@7281ee3da45af4855c4d752d2df631c7fb7360f7',
    note: 'A recorded POST to an unknown path (https://predict.app.landing.ai/v0/foo); the YAML\'s quoted scalar holds "404 page not found" and a line break, Go\'s stock text. No header recorded. Kind: 404, not-found (rule 1). Message: Go\'s "404 page not found" stays a reason phrase (rule 2.1, the fifth holdout\'s row): the default.',
    response: { status: 404, body: '404 page not found\n' },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'landinglens/endpoint-id-not-uuid-422',
    source: 'LandingLens',
    url: 'landing-ai/landingai-python/tests/data/responses/v1_predict_status_422.yaml@7aac825dc5d626f3fcf2e17c3aa0f53cca81ae01',
    note: "A recorded predict call with `endpoint_id=12345`; FastAPI's (pydantic 1) validation body. No header recorded. Kind: 422, validation (rule 1). Fields: the item's `loc` with the leading `query` removed gives `endpoint_id` (rule 3). Message: only field messages (rule 2.4): the default.",
    response: {
      status: 422,
      body: {
        detail: [{ loc: ['query', 'endpoint_id'], msg: 'value is not a valid uuid', type: 'type_error.uuid' }],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['endpoint_id', 'not a valid uuid']] },
  },
  {
    id: 'landinglens/internal-server-error-500',
    source: 'LandingLens',
    url: 'landing-ai/landingai-python/tests/data/responses/v1_predict_status_500.yaml@7aac825dc5d626f3fcf2e17c3aa0f53cca81ae01',
    note: "A recorded predict call that failed on the server; the body is API Gateway's stock JSON. No header recorded. Kind: 500, server (rule 1). Message: the status's reason phrase (rule 2.1): the default.",
    response: { status: 500, body: { message: 'Internal server error' } },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Lemonfox.ai ─────────────────────────────
  {
    id: 'lemonfox/invalid-api-key-401',
    source: 'Lemonfox.ai',
    url: 'https://rapidapi.com/zh/info-kAsZdTpxN/api/tiktok-transcript/discussions/139046',
    note: 'A RapidAPI user of a TikTok-transcript API quotes what its provider reported: "The service WhisperAPI - Transcribe just returned an error (HTTP 401). … Raw error: {…}"; the body names lemonfox.ai\'s key page, so the response is Lemonfox\'s. Copied whole; no header printed. Judgment call: the `status` member is not in the OpenAI-style envelope the rest follows, and could have been added by the service that passed the error on; it matches the 401 either way. Kind: 401, unauthenticated (rule 1). Message: the first sentence says the API key is invalid, a credential line, and the rest is a pointer and a plea (rule 2.1): kept. `code` is null and `type` a category, so no code is stated (rule 6).',
    response: {
      status: 401,
      body: {
        status: 401,
        error: {
          message:
            'You provided an invalid API key. You can find your API key at https://lemonfox.ai/apis/keys. Make sure you have an active subscription or unused credits.',
          type: 'invalid_request_error',
          param: null,
          code: null,
        },
      },
    },
    expect: { kind: 'unauthenticated', message: 'You provided an invalid API key' },
  },

  // ───────────────────────────── WP Engine AI API ─────────────────────────────
  {
    id: 'wp-engine-ai/model-not-found-404',
    source: 'WP Engine AI API',
    url: 'https://developers.wpengine.com/docs/ai/api/errors',
    note: 'The "standard error envelope" the errors page prints; the page says `error.code` "Matches the HTTP status code" and that `request_id` is "also returned in the X-Request-Id response header" (its value is not printed, so no header is given). Kind: 404, not-found (rule 1). Message: "model not found: openai/does-not-exist" says the requested model does not exist, as "Resource not found" and Honeycomb\'s "Dataset not found" do (rule 2.1): kept. Judgment call: "model" is also the request\'s key, and a reader could read the line as naming an input by its key (the default). logId: `request_id` (rule 5). Code: the numeric `code` restates the status and `type` is a category, so none is stated (rule 6).',
    response: {
      status: 404,
      body: {
        error: {
          message: 'model not found: openai/does-not-exist',
          type: 'not_found_error',
          code: 404,
          request_id: '9f4dc8fb8841f0b0cc67612b6ef54fb7',
        },
      },
    },
    expect: { kind: 'not-found', message: 'model not found', logId: '9f4dc8fb8841f0b0cc67612b6ef54fb7' },
  },

  // ───────────────────────────── Selektable ─────────────────────────────
  {
    id: 'selektable/image-not-https-400',
    source: 'Selektable',
    url: 'https://docs.selektable.com/api-reference/errors',
    note: 'The envelope the errors page prints; its status table gives 400 for `invalid_request_error` ("Malformed body or invalid field (param points at it)"). No header printed. Fields: the error object names its field in `param` (rule 3: an error object about one field), so `image` gets its message. Kind: a 400 that carries a field error is validation (rule 1); `code: "invalid_request"` beside `type: "invalid_request_error"` only says the request was bad, as the 400 does (rule 6: a code that only restates the status is a category). Judgment call: rule 1 lists OAuth\'s `invalid_request` as a bad-request code, and a reader could let it decide. Message: "image must be an https URL or a data:image/* URI" says what the value must be, a rule about it, not only which input is wrong (rule 2.1, as NutrientAPI\'s "ingredients must be a non-empty array" was kept): kept, and it is the field\'s too, as OpenAI\'s `param` error is.',
    response: {
      status: 400,
      body: {
        error: {
          type: 'invalid_request_error',
          code: 'invalid_request',
          message: 'image must be an https URL or a data:image/* URI',
          param: 'image',
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'must be an https URL',
      fields: [['image', 'must be an https URL']],
    },
  },

  // ───────────────────────────── ModelsLab GGUF Cloud ─────────────────────────────
  {
    id: 'modelslab-gguf-cloud/invalid-api-key-401',
    source: 'ModelsLab GGUF Cloud',
    url: 'https://docs.modelslab.com/gguf-cloud/errors',
    note: 'The "Example Response" under the errors page\'s "401 - Unauthorized" heading (the gateway\'s own envelope, not the llama-server\'s). No header printed. Kind: 401, unauthenticated (rule 1). Message: "Invalid API key." names the credential that failed, which stays (rule 2.1): kept. `type` is a category; no code is stated (rule 6).',
    response: { status: 401, body: { error: { type: 'authentication_error', message: 'Invalid API key.' } } },
    expect: { kind: 'unauthenticated', message: 'Invalid API key' },
  },
  {
    id: 'modelslab-gguf-cloud/no-deployment-404',
    source: 'ModelsLab GGUF Cloud',
    url: 'https://docs.modelslab.com/gguf-cloud/errors',
    note: 'The second "Example Response" on the errors page, for "no deployment for this deployment_id, or it does not belong to your account". Its heading is not in the stored excerpt of the rendered page; the page\'s summary lists its sections as "401, 404, 503, and 502 responses", in that order, and the example is the second, with `type: "not_found_error"`: the status is read from the page (a judgment call). No header printed. Kind: 404, not-found (rule 1). Message: a sentence (rule 2.1): kept.',
    response: {
      status: 404,
      body: { error: { type: 'not_found_error', message: 'No deployment found for this endpoint.' } },
    },
    expect: { kind: 'not-found', message: 'No deployment found for this endpoint' },
  },
] satisfies ConformanceCase[];
