import { DEFAULT, type ConformanceCase } from '../types';

// Forty-first unseen-API holdout, part A (31 December 2026): document AI, OCR, resume parsing and invoice extraction,
// and speech/voice AI APIs that no other case file uses: Mathpix, OCR.space, Rossum, Affinda, accessful (PDF
// accessibility remediation), LandingAI's Agentic Document Extraction, OpenALPR's cloud plate OCR, Soniox, Speech is
// Cheap, ZenHire (speech assessment, CV matching) and Somya AI (speech synthesis and recognition), collected to measure
// how the reader does at first sight on APIs it was never tuned on. The candidates named in the brief were checked
// against .tmp/sources.txt and test/conformance/ first: Speechmatics, Deepgram, AssemblyAI, Rev.ai, Mindee, Veryfi,
// ElevenLabs, Unstructured, Wit.ai, Agora and the Azure, Google and Tencent platforms are already sources and were
// skipped. Every body was copied from the public material named in `url` and `note`: the vendors' reference pages that
// print a body (Mathpix's error handling page, Soniox's error reference, Rossum's OpenAPI reference, accessful's error
// page, LandingAI's troubleshooting page, Speech is Cheap's word-for-word error list, ZenHire's and Somya AI's error
// guides), Affinda's own OpenAPI repository, public issues that paste a captured response (Mathpix/api-examples#5 and
// #8, OpenALPR through ShreyAmbesh/Traffic-Rule-Violation-Detection-System#23) and the sample output a CPAN client
// prints in its documentation (OCR::OcrSpace). Where a status is not printed beside the body, the note says where it
// came from (the vendor's status table for that error id, the body's own status member, the code each stock example
// names, a client's code that returns the body only on success). Bodies printed as a Python dict were written back as
// the JSON they were parsed from; Affinda's two bodies are the two members its OpenAPI response objects define
// (`additionalProperties: false`), each with the example value the spec prints, and the note says so. Headers are
// copied only where the source shows them (OpenALPR's log prints its response headers; Content-Length and Connection
// were left out); no header was added. Every `expect` was written from the source and test/conformance/README.md
// before the kit was run.
//
// Looked for and dropped: Nanonets (issues show only `KeyError: 'model_id'` tracebacks and a 500 in a screenshot; its
// docs pages were not in the corpora), Klippa, Docsumo, Base64.ai, Sensible (its SDK types name `errors` items but no
// body with a status turned up), Taggun, Picovoice (SDK errors, no HTTP body), Voicegain and Symbl.ai (no error body
// found within the cap); Eden AI (its docs list statuses and provider messages without a body; its open-source
// `edenai-apis` holds providers' errors, not its own); Gladia (only client-side error types: a Vercel AI SDK schema, a
// pydantic model, a C++ struct; an old 500 issue without a body); Play.ht's v1 `{"error":"Voice is required."}`
// (playht/text-to-speech-api#3, no status anywhere); Hume AI's Apigee `fault` body (only in client code and tests of
// other Apigee APIs); LlamaParse's `{"detail":"Invalid authentication token"}` and its vendor-key `detail` (no status
// printed); OCR.space's 403 (DavideViolante/ocr-space-api-wrapper#4 prints the headers but not the 88-byte body), its
// `Parameter name 'file' is invalid` capture (#22: the body was pasted cut off, unterminated) and its E216/E99 bodies
// in client tests (test authors' strings or repositories the index does not name); Extend's `INVALID_REQUEST` example
// (no status beside it or in its code table); Baidu AI OCR's `{'error_code': 18, 'error_msg': 'Open api qps request
// limit reached'}` (a Python dict in an issue comment, no status); Yandex Vision OCR's per-file errors (printed with
// `{ ... }` placeholders, no status); Huawei Cloud OCR's and SIS's sample bodies (no status per code); Speechace's
// sample (its status not stated); nagovori.ru's and SpeakEasy's tables (messages or types without a printed body);
// Alibaba Cloud's OCR table, Matil, DocuClipper and Parzo (shapes or tables only); Google Document AI's gRPC text and
// Azure Speech's 400 (sources already in the corpus). No XML body and no non-English body turned up in this domain
// within the cap; one text body (Speech is Cheap's) and four 2xx error bodies (Mathpix, OCR.space) did. 62 of the 75
// look-ups were spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-31-a`, on c5808e9, src/ unchanged: in the frozen copy /tmp/base41): 18/21 pass, 11 sources
// (kind 20/21, message 18/21, fields 21/21, retry 21/21, logId 3/3, code 3/3). Failing at first sight:
// mathpix/sys-exception-opencv-200 (the kit kept OpenCV's assertion, with its source path and line
// `resize.cpp:4048` and `(-215:Assertion failed)`, as the message: developer text, rule 2.3; its kind, unknown, and
// its support id passed); ocr-space/parameter-name-invalid-e99-200 (validation and validation's default text: the
// kit read the two `ErrorMessage` lines on a 200 as a list of input problems, where rule 1 reads a 2xx by its codes
// and a list of several messages only on a 400, and rule 2 keeps the line that says which parameter is invalid and
// which are valid: a judgment call the note names); and rossum/access-forbidden-403 (the kit kept "Access to the
// requested resource is forbidden.", which the case reads as generic, as "Access forbidden" is: a judgment call the
// note names). Every other case passed as written, including the judgment calls on Mathpix's 2xx errors (unknown),
// its and OpenALPR's "Invalid credentials" (kept), Rossum's codes that restate the status (unchecked), accessful's
// 413 extension members (no fields), LandingAI's "structure: Field required" (kept, no field), Speech is Cheap's text
// body and ZenHire's invalid-code 400 (validation). No expectation was changed after the run (Prettier's quote style
// was applied before it).

// Scored in `cases/` the stop it was collected (5 December), at 19/21 (Mathpix's OpenCV assertion with its source file
// and line is developer text since). Still missed: OCR.space's two `ErrorMessage` lines on a 200 (the reader gives the
// kind's default for several lines, as the corpus does; the collector took the first) and Rossum's "Access to the
// requested resource is forbidden." (Amazon SP-API's "Access to requested resource is denied." is a message in the
// corpus).

export default [
  // ───────────────────────────── Mathpix ─────────────────────────────
  {
    id: 'mathpix/http-unauthorized-401',
    source: 'Mathpix OCR API',
    url: 'https://github.com/Mathpix/api-examples/issues/5',
    note: 'The body a user of Mathpix\'s own example script printed for POST https://api.mathpix.com/v3/latex with the retired trial key (the same body is pasted in Mathpix/api-examples#7). The status is not printed beside it: Mathpix\'s error handling page (docs.mathpix.com/reference/error-handling) lists `http_unauthorized` — "Invalid or missing app_id/app_key headers" — as HTTP 401, one of the two errors not sent with a 200: 401 taken from it. No header shown. Kind: 401, unauthenticated (rule 1). Message: "Invalid credentials", kept as the corpus keeps it elsewhere (a line that names the credential refused). No code stated: Mathpix documents `error_info.id` as the identifier to branch on, but rule 6 names no `id` member inside an error object as a code, and rule 5 reads some `id`s as support ids: judgment call, left unchecked. No support id.',
    response: {
      status: 401,
      body: { error: 'Invalid credentials', error_info: { id: 'http_unauthorized', message: 'Invalid credentials' } },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid credentials' },
  },
  {
    id: 'mathpix/http-max-requests-429',
    source: 'Mathpix OCR API',
    url: 'https://docs.mathpix.com/reference/error-handling',
    note: 'The page\'s "Example http_max_requests response", under "http_max_requests HTTP 429" (monthly page quota or per-minute limit exceeded). No header shown (no Retry-After or reset header printed). Kind: 429, rate-limited (rule 1). Message: `error` and `error_info.message` are both "Too many requests", the 429\'s reason phrase (rule 2.1): the default. No fields: `error_info` is an error object (an `error_info` object holds the error, twenty-sixth holdout) whose `limit_name`, `limit_value` and `count` are quota figures, not a map of fields (rule 3: not all messages). No retry: no header, no body hint, no wait in the text (rule 4). No code stated (see mathpix/http-unauthorized-401).',
    response: {
      status: 429,
      body: {
        error: 'Too many requests',
        error_info: {
          id: 'http_max_requests',
          message: 'Too many requests',
          limit_name: 'page_monthly_limit',
          limit_value: 5000,
          count: 5001,
        },
      },
    },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },
  {
    id: 'mathpix/image-no-content-200',
    source: 'Mathpix OCR API',
    url: 'https://docs.mathpix.com/reference/error-handling',
    note: 'The same page\'s "Example response with image_no_content error". Status: the page says "Most API errors return HTTP 200 with error details in the response body. The exceptions are: http_unauthorized — HTTP 401, http_max_requests — HTTP 429": 200. No header shown. Kind: a 2xx whose only code, `image_no_content`, names no kind in rule 1\'s table (not a credential, permission, not-found, quota or validation code: it says the image held nothing to read), and no error status in the body: unknown (rule 1). Judgment call: a reader who reads "no content" as an input\'s value being wrong would give validation. Message: the body\'s one sentence, in `error` and `error_info.message` alike (rule 2): "Image has no content". No code stated (see mathpix/http-unauthorized-401).',
    response: {
      status: 200,
      body: { error: 'Image has no content', error_info: { id: 'image_no_content', message: 'Image has no content' } },
    },
    expect: { kind: 'unknown', message: 'Image has no content' },
  },
  {
    id: 'mathpix/sys-exception-opencv-200',
    source: 'Mathpix OCR API',
    url: 'https://github.com/Mathpix/api-examples/issues/8',
    note: "The response a user printed (a Python dict, written back as JSON) for a latex request that hit a server-side OpenCV assertion. Status: Mathpix's error table lists `sys_exception` (\"Internal server error … Something went wrong on our servers while processing your request\") with HTTP Status 200: 200 taken from it. No header shown. Kind: a 2xx; `sys_exception` is no code rule 1 lists (read without its `Exception` suffix it names nothing), so no code names a kind: unknown. Judgment call: the vendor's table calls it an internal server error, and a reader who lets that decide gives server; text never decides (rule 1). Message: `error` and `error_info.message` are an OpenCV assertion with a source path and line (`resize.cpp:4048`, `(-215:Assertion failed)`): developer text (rule 2.3, C++ library internals): the default. Support id: the body's own `request_id` (rule 5). No code stated (see mathpix/http-unauthorized-401).",
    response: {
      status: 200,
      body: {
        request_id: 'c590d176a336a9eaa488383fcd8f78c4',
        error:
          "OpenCV(4.2.0) /io/opencv/modules/imgproc/src/resize.cpp:4048: error: (-215:Assertion failed) inv_scale_x > 0 in function 'resize'\n",
        error_info: {
          id: 'sys_exception',
          message:
            "OpenCV(4.2.0) /io/opencv/modules/imgproc/src/resize.cpp:4048: error: (-215:Assertion failed) inv_scale_x > 0 in function 'resize'\n",
        },
      },
    },
    expect: { kind: 'unknown', message: DEFAULT, logId: 'c590d176a336a9eaa488383fcd8f78c4' },
  },

  // ───────────────────────────── OCR.space ─────────────────────────────
  {
    id: 'ocr-space/parameter-name-invalid-e99-200',
    source: 'OCR.space API',
    url: 'https://metacpan.org/pod/OCR::OcrSpace',
    note: 'The CPAN client OCR::OcrSpace (sushrut pajai), POD "Sample Ouput error": the body api.ocr.space/parse/image answered a request with an unknown `attributes` parameter. Status: the module\'s `_process_request` returns `$res->content` only `if ( $res->is_success )` and the status line otherwise, so the printed body came with a 2xx: 200 taken from that (OCR.space reports processing errors inside `IsErroredOnProcessing`). No header shown. Kind: a 2xx; `OCRExitCode: 99` is the vendor\'s exit code, no HTTP status and no code rule 1 lists, and `IsErroredOnProcessing: true` says it failed without naming a kind: unknown (rule 1). Message: `ErrorMessage` (a message member by its shape, rule 5) holds two lines; the first says which parameter is invalid and lists the valid ones, the second asks the developer to check URL encoding. Judgment call: rule 2.1 calls a line that names only which parameter is invalid generic ("Invalid parameter \'x\'"); this one also gives the valid names, and is kept; the other readings give the default or the URL-encoding line. No code stated: `OCRExitCode` is a number no rule names as a code. No fields: the parameter is named only in text (rule 3).',
    response: {
      status: 200,
      body: {
        OCRExitCode: 99,
        IsErroredOnProcessing: true,
        ErrorMessage: [
          "Parameter name 'attributes' is invalid. Valid parameters: apikey,url,language,isoverlayrequired,base64image,iscreatesearchablepdf,issearchablepdfhidetextlayer,filetype,addressparsing,scale,detectorientation,istable,ocrengine,detectcheckbox,checkboxtemplate,checkboxtemplateregex",
          'Please check if you need to URL encode the URL passed in request parameters.',
        ],
        ProcessingTimeInMilliseconds: '0',
      },
    },
    expect: { kind: 'unknown', message: "Parameter name 'attributes' is invalid" },
  },

  // ───────────────────────────── Rossum ─────────────────────────────
  {
    id: 'rossum/authentication-failed-401',
    source: 'Rossum API',
    url: 'https://rossum.app/api/docs/openapi/api/label/',
    note: 'Rossum\'s API reference (List labels) prints one body for each error response of the endpoint, in the order of its responses (400, 401, 403, 404, 409, 429, 500, 502, 503, 504); each names its status in its DRF `code` (`authentication_failed` is Django REST framework\'s code for a 401). No header shown. Kind: 401, unauthenticated (rule 1). Message: "Invalid token.", kept as the corpus keeps it. Code: the explicit `code` (rule 6).',
    response: { status: 401, body: { detail: 'Invalid token.', code: 'authentication_failed' } },
    expect: { kind: 'unauthenticated', message: 'Invalid token.', code: 'authentication_failed' },
  },
  {
    id: 'rossum/access-forbidden-403',
    source: 'Rossum API',
    url: 'https://rossum.app/api/docs/openapi/api/label/',
    note: 'The same reference\'s 403 body (see rossum/authentication-failed-401 for the order). No header shown. Kind: 403, forbidden (rule 1). Message: "Access to the requested resource is forbidden." says no more than the 403 does, as "Access forbidden" (a generic line, thirty-second holdout): the default. Judgment call: the other reading keeps the sentence. No code stated: `access_forbidden` rewords the status\'s reason phrase (rule 6: a code that only restates the status is a category; with no other code it is left unchecked).',
    response: {
      status: 403,
      body: { detail: 'Access to the requested resource is forbidden.', code: 'access_forbidden' },
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'rossum/not-found-404',
    source: 'Rossum API',
    url: 'https://rossum.app/api/docs/openapi/api/label/',
    note: 'The same reference\'s 404 body. No header shown. Kind: 404, not-found (rule 1). Message: "Not found." is the 404\'s reason phrase (rule 2.1): the default. No code stated: `not_found` restates the status (rule 6).',
    response: { status: 404, body: { detail: 'Not found.', code: 'not_found' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'rossum/conflict-status-409',
    source: 'Rossum API',
    url: 'https://rossum.app/api/docs/openapi/api/label/',
    note: "The same reference's 409 body. No header shown. Kind: 409, conflict (rule 1). Message: \"Conflict.\" is the 409's reason phrase: the default. No code stated: `conflict_status` names the status's reason phrase and little more (rule 6); a reader could state it.",
    response: { status: 409, body: { detail: 'Conflict.', code: 'conflict_status' } },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'rossum/rate-limited-429',
    source: 'Rossum API',
    url: 'https://rossum.app/api/docs/openapi/api/label/',
    note: 'The same reference\'s 429 body, with a link to the rate-limiting section of its guide. No header shown (the guide\'s headers are not printed with this body, and none is added). Kind: 429, rate-limited (rule 1). Message: "Request was rate limited." says what happened to this request, kept as "You are being rate limited" is in the corpus. No retry: no header, no body hint, no wait in the text (rule 4). Code: `rate_limited`, an explicit throttling code (rule 6). `url` is a docs link, no support id.',
    response: {
      status: 429,
      body: {
        detail: 'Request was rate limited.',
        code: 'rate_limited',
        url: 'https://rossum.app/api/docs/openapi/guides/overview/#rate-limiting',
      },
    },
    expect: { kind: 'rate-limited', message: 'Request was rate limited.', code: 'rate_limited' },
  },
  {
    id: 'rossum/service-unavailable-503',
    source: 'Rossum API',
    url: 'https://rossum.app/api/docs/openapi/api/label/',
    note: 'The same reference\'s 503 body. No header shown. Kind: 503, unavailable (rule 1). Message: "Service Unavailable." is the 503\'s reason phrase: the default. No code stated: `service_unavailable` restates the status (rule 6).',
    response: { status: 503, body: { detail: 'Service Unavailable.', code: 'service_unavailable' } },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Affinda ─────────────────────────────
  {
    id: 'affinda/invalid-token-header-401',
    source: 'Affinda API',
    url: 'affinda/affinda-api-spec/components/responses/401Error.yaml@207debcaaccc568156895cda45660de7de219ce1',
    note: 'Affinda\'s own OpenAPI (resume parser API), response "Authorisation error": an object with `additionalProperties: false` and exactly two properties, `detail` (example "Invalid token header. No credentials provided.", Django REST framework\'s TokenAuthentication text) and `statusCode` (example 401); the body is those two members with the spec\'s example values, nothing added. Status: the response object is the spec\'s 401 and the body\'s own `statusCode`. No header shown. Kind: 401, unauthenticated (rule 1). Message: `detail`; "No credentials provided" says what the request lacked (the substring holds for the whole line too). No code: `statusCode` restates the status.',
    response: { status: 401, body: { detail: 'Invalid token header. No credentials provided.', statusCode: 401 } },
    expect: { kind: 'unauthenticated', message: 'No credentials provided' },
  },
  {
    id: 'affinda/not-found-404',
    source: 'Affinda API',
    url: 'affinda/affinda-api-spec/components/responses/404Error.yaml@207debcaaccc568156895cda45660de7de219ce1',
    note: 'The same spec\'s 404 response object: `detail` (example "Not found.") and `statusCode` (example \'404\', a string in the spec, kept so). No header shown. Kind: 404, not-found (rule 1). Message: "Not found." is the reason phrase: the default. No code: `statusCode` restates the status.',
    response: { status: 404, body: { detail: 'Not found.', statusCode: '404' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── accessful ─────────────────────────────
  {
    id: 'accessful/case-id-not-found-404',
    source: 'accessful API',
    url: 'https://docs.accessful.de/errors/',
    note: 'accessful (PDF accessibility remediation) errors page: "Application-level errors are returned as RFC 7807 Problem Details" and this example, its `instance` printed cut with "…" and kept so. Status: the body\'s own `status` (404). The page names the Content-Type (application/problem+json) but prints no response headers; none is added. Kind: 404, not-found (rule 1). Message: `detail` over `title` (rule 2.2). No code: `type` is about:blank (rule 6). No support id: `instance` is the request path, not a token (rule 5).',
    response: {
      status: 404,
      body: {
        type: 'about:blank',
        title: 'Case ID not found',
        status: 404,
        detail: 'No case exists for the given ID.',
        instance: '/api/v1/upload-service/job-status/7c2f1e4a-…',
      },
    },
    expect: { kind: 'not-found', message: 'No case exists for the given ID.' },
  },
  {
    id: 'accessful/payload-too-large-per-file-413',
    source: 'accessful API',
    url: 'https://docs.accessful.de/errors/',
    note: 'The same page: "Some problems add extra fields. A 413 carries the configured limits, for example:" and this body. Status: the body\'s own `status` (413). No header shown (no Retry-After). Kind: 413 without Retry-After: bad-request (rule 1). Message: `detail`, "Maximum upload size exceeded." No fields: the problem\'s extension members (`maxFileSize`, `maxRequestSize`, `maxFileCount`, `limitExceeded`) are limits beside the envelope, not a map of fields (rule 3: only a body whose members are all messages is such a map). No code stated: the problem type\'s last segment restates the 413\'s reason phrase (a `gateway-timeout` type on a 504 says no more than the status, nineteenth holdout); judgment call, a reader taking rule 6\'s "a problem type URI is the code when there is no other" literally would state the URI.',
    response: {
      status: 413,
      body: {
        type: 'https://accessful.de/problems/upload/payload-too-large',
        title: 'Payload Too Large',
        status: 413,
        detail: 'Maximum upload size exceeded.',
        maxFileSize: '200MB',
        maxRequestSize: '815MB',
        maxFileCount: '1000',
        limitExceeded: 'per-file',
      },
    },
    expect: { kind: 'bad-request', message: 'Maximum upload size exceeded.' },
  },

  // ───────────────────────────── LandingAI Agentic Document Extraction ─────────────────────────────
  {
    id: 'landingai/ground-field-required-422',
    source: 'LandingAI Agentic Document Extraction API',
    url: 'https://docs.landing.ai/dpt3/ground-troubleshoot',
    note: 'LandingAI\'s Ground API troubleshooting page, "Error Response Format": "Every error from the v2 APIs returns a JSON body with two fields" and this body. Status: the same page\'s "Status 422: Unprocessable Entity … Error: Field Required — This error occurs when the request is missing extraction_metadata or structure": 422. No header shown. Kind: 422 with a validation code: validation (rule 1). Message: a field\'s name leading the line says which field and stays (rule 2.1, "Name: This value should not be blank."): "structure: Field required". No fields: the field is named only inside the text, and only class-validator\'s messages are read for their field (rule 3); judgment call, a reader who reads the leading name as the path gives `structure`. No code stated: `validation_error` only says "validation" (rule 6: a category; with no other code left unchecked).',
    response: { status: 422, body: { code: 'validation_error', message: 'structure: Field required' } },
    expect: { kind: 'validation', message: 'structure: Field required' },
  },

  // ───────────────────────────── OpenALPR ─────────────────────────────
  {
    id: 'openalpr/invalid-credentials-401',
    source: 'OpenALPR Cloud API',
    url: 'https://github.com/ShreyAmbesh/Traffic-Rule-Violation-Detection-System/issues/23',
    note: 'A traffic-camera project\'s log of OpenALPR\'s cloud plate-recognition API (api.openalpr.com, named in the same log of #18) refusing its key: "(401) Reason: Unauthorized", the response headers (Content-Length and Connection left out) and "HTTP response body". No Retry-After. Kind: 401, unauthenticated (rule 1). Message: "Invalid credentials", kept as the corpus keeps it. No code: `error_code` 401 restates the status (rule 6).',
    response: {
      status: 401,
      headers: {
        'Access-Control-Allow-Headers': 'x-requested-with',
        'Access-Control-Allow-Origin': '*',
        'Content-Type': 'application/json; charset="utf-8"',
        Date: 'Fri, 21 Feb 2020 15:58:06 GMT',
        Server: 'nginx/1.10.3',
      },
      body: { error_code: 401, error: 'Invalid credentials' },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid credentials' },
  },

  // ───────────────────────────── Soniox ─────────────────────────────
  {
    id: 'soniox/unauthenticated-401',
    source: 'Soniox API',
    url: 'https://soniox.com/docs/api-reference/errors',
    note: 'Soniox\'s error reference (speech-to-text), "REST API error response": the ApiError body printed for a wrong key. Status: the body\'s own `status_code` ("HTTP status code, mirrored in the response body"). No header shown. Kind: 401, unauthenticated (rule 1). Message: the first sentence of `message`, "Incorrect API key provided", followed by where to get a key. Support id: `request_id` (rule 5; "Server logs are keyed on it"). No fields: `validation_errors` is empty. No code stated: `error_type` is the member rule 1 reads as a category, and Soniox calls it the identifier to branch on; with doubt, left unchecked (rule 6). `more_info` is a docs link.',
    response: {
      status: 401,
      body: {
        status_code: 401,
        error_type: 'unauthenticated',
        message: 'Incorrect API key provided. You can get an API key at https://console.soniox.com',
        validation_errors: [],
        request_id: '3d37a3bd-5078-47ee-a369-b204e3bbedda',
        more_info: 'https://soniox.com/docs/api-reference/errors#unauthenticated',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Incorrect API key provided',
      logId: '3d37a3bd-5078-47ee-a369-b204e3bbedda',
    },
  },

  // ───────────────────────────── Speech is Cheap ─────────────────────────────
  {
    id: 'speech-is-cheap/unauthorized-api-key-401-text',
    source: 'Speech is Cheap API',
    url: 'https://docs.speechischeap.com/errors/',
    note: 'Speech is Cheap (transcription) "returns the messages on this page word for word"; Jobs API errors from https://api.speechischeap.com/v2/jobs/ have a plain-text body, and this one is listed with "Status: 401 Unauthorized". No header shown (the page says the body is plain text; no Content-Type is added). Kind: 401, unauthenticated (rule 1). Message: a sentence sent as text on a 4xx is the message (rule 2.6); "Unauthorized API Key" names the refused credential after the product\'s name; the rest is a sign-up offer. Judgment call: a reader could take the product name for a label and the offer for more of the sentence; the substring holds either way. No code.',
    response: {
      status: 401,
      body: 'Speech is Cheap: Unauthorized API Key. Sign up at https://speechischeap.com/ and use code E401 for a special discount while supplies last.',
    },
    expect: { kind: 'unauthenticated', message: 'Unauthorized API Key' },
  },

  // ───────────────────────────── ZenHire ─────────────────────────────
  {
    id: 'zenhire/invalid-language-code-400',
    source: 'ZenHire API',
    url: 'https://platform.zenhire.ai/docs/guides/error-handling/',
    note: 'ZenHire\'s error handling guide (speech assessment, interview and CV matching APIs), "Standard error shape": the envelope printed with this error; trimmed: its `details` member held only a comment ("/* optional, code-specific extras */", no value) and was left out. Status: the same guide lists INVALID_LANGUAGE_CODE among the typical codes under "400 Bad Request". No header shown. Kind: a code that begins with `invalid` and names an input (the language code) is a validation code, which decides on a 400 (rule 1): validation. Message: "Invalid language code." then what the value must be; the substring is the second sentence, which holds whether the whole line is kept or the first is read as a generic headline (rule 2.1). Support id: `requestId` (rule 5). Code: `code` (rule 6). No fields: the input is named only in the text.',
    response: {
      status: 400,
      body: {
        error: {
          code: 'INVALID_LANGUAGE_CODE',
          message: 'Invalid language code. Must be a 2-letter ISO 639-1 code.',
          timestamp: '2026-04-21T12:34:56.789Z',
          requestId: 'req_1705412345678_abc123',
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'Must be a 2-letter ISO 639-1 code',
      logId: 'req_1705412345678_abc123',
      code: 'INVALID_LANGUAGE_CODE',
    },
  },

  // ───────────────────────────── Somya AI ─────────────────────────────
  {
    id: 'somya/unauthorized-code-only-401',
    source: 'Somya AI API',
    url: 'https://docs.somya.ai/guides/errors',
    note: 'Somya AI\'s errors guide (speech synthesis and recognition), "Response envelope": the failure example. Status: the guide\'s "Common HTTP statuses" table gives 401 for a missing or invalid API key, the failure this example\'s `UNAUTHORIZED` names ("Always branch on the HTTP status first, then read error.code"): 401 taken from it. No header shown. Kind: 401, unauthenticated (rule 1). Message: the body has no sentence (a code only): the default (rule 2.4). No code stated: `UNAUTHORIZED` restates the 401\'s reason phrase (rule 6). `success: false` with `data: null`: the error sits in `error`.',
    response: { status: 401, body: { success: false, data: null, error: { code: 'UNAUTHORIZED' } } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
] satisfies ConformanceCase[];
