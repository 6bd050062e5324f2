import { DEFAULT, type ConformanceCase } from '../types';

// Thirty-third unseen-API holdout, part C (23 December 2026): construction, field-service and trades software, CAD/BIM
// and 3D-model, and podcast APIs that no other case file uses (Procore, Onshape, Bentley's iModels API, Autodesk
// Platform Services Design Automation, Rigyd's 3D-asset conversion API, FieldAware, Field Nation, HireDispatcher, the
// Podcast Index API and AutoPod), collected to measure how the reader does at first sight on APIs it was never tuned
// on. Every body and header was copied from the public material named in `url` and `note`: the vendors' own reference
// pages that print an error body beside its status or under a status's tab (Procore's rate-limiting guide, Bentley's
// iModels operation page, Rigyd's error table, FieldAware's background page with a whole `HTTP/1.1 400` response,
// Field Nation's error-code pages, HireDispatcher's error page, Podcast Index's OpenAPI source, AutoPod's error guide),
// one issue pasting a captured Onshape 429, and developers' notes that print what a live API answered (Onshape,
// Autodesk). Where a file was found with `find_string`, the `url` or `note` gives its hit id (the tool names no
// repository for a hit). No header is added that the source does not show, except a Content-Type a source states; a
// status taken from elsewhere than the capture (a status table beside the bodies, the body's own `status`, the
// response description under which a body is printed) is said in `note`. Every `expect` was written from the source
// and test/conformance/README.md before the kit was run on it.
//
// Looked for and dropped: Spotify (already a source) and Autodesk Forge OSS (already a source: the Design Automation
// case here is another APS service); Procore's error-reference and troubleshooting pages and its Ruby SDK's tests
// (status tables and a stubbed `{ errors: "Unauthorized" }` only); Jobber (its rate-limit page names the THROTTLED
// error but the excerpt shows no body); ServiceM8 (a forum post quoting CloudFront's "The request could not be
// satisfied" without the page); Autodesk's Authentication errors (AUTH-007, AUTH-008 bodies in a gem's comment, without
// a status) and a third-party APS error cheat sheet (example bodies not captured from the API); Podwise and Podbean
// (tables of messages, success examples only); Bentley's `DataConflict` body (printed under a description that names no
// status); Rigyd's second 401 and second 422 bodies (the same shape as those taken); Buzzsprout's API README, Listen
// Notes, Speckle, Sketchfab, Transistor, Captivate, Simplecast, ServiceTitan, Housecall Pro, CompanyCam, Fieldwire,
// Buildertrend and simPRO (no error body under a status where the tools reach). No XML body, no HTML page, no 5xx
// capture but Rigyd's documented 502 and no non-English message was found. Collection stopped at 28 cases from 10
// sources after 45 of the 50 lookups allowed.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-23-c`, on 9d06b6b, src/ unchanged: in the frozen copy /tmp/base33): 25/28 pass, 10 sources
// (kind 27/28, message 26/28, fields 28/28, retry 28/28, logId 1/1, code 7/7). Failing at first sight:
// onshape/error-processing-json-400 ("Error processing json" kept as the message: a line that says only that the server
// could not process the request's JSON is developer text, rule 2.3); rigyd/conversion-service-unavailable-502
// ("Conversion service unavailable: ..." kept as the message: a service behind the API that could not be reached, with
// its report after the colon, is developer text on a 5xx, rule 2.3); fieldaware/invalid-protocol-400 (validation: the
// exception class `InvalidProtocolError` in the error's `name` read as a code naming an invalid input, where it names
// the request's protocol, rule 1's `invalid` codes). No expectation was changed after the run.

export default [
  // ───────────────────────────── Procore ─────────────────────────────
  {
    id: 'procore/hourly-rate-limit-429-text',
    source: 'Procore REST API',
    url: 'procore/documentation/api_essentials/rate_limiting.md@04001d1669144fbbfa761669c96b9ec2aef98a93',
    note: 'Procore\'s rate-limiting guide: "you will receive a response with the HTTP code 429, a body of \\"You have surpassed the max number of requests for an hour. Please wait until your limit resets.\\", and the three rate limit headers described above". The guide shows the `X-Rate-Limit-*` headers only for a request that succeeded (remaining 3599), not their values on a 429, so none is added. A 429 (rule 1); a text body on a 4xx is the sentence (rule 2.6). No `Retry-After`, no reset header, no body hint, and the text names no wait ("until your limit resets" is no duration): no retry time (rule 4).',
    response: {
      status: 429,
      body: 'You have surpassed the max number of requests for an hour. Please wait until your limit resets.',
    },
    expect: { kind: 'rate-limited', message: 'You have surpassed the max number of requests for an hour' },
  },

  // ───────────────────────────── Onshape ─────────────────────────────
  {
    id: 'onshape/error-processing-json-400',
    source: 'Onshape REST API',
    url: 'https://cad.onshape.com/glassworks/explorer (find_string hit 60333254441)',
    note: 'A developer\'s notes on driving Onshape from a C++ client (find_string hit 60333254441) print `Box Sketch HTTP: 400` and then `Response:` with this body, Jackson-pretty-printed, for a feature POST whose JSON did not match Onshape\'s BTM schema. No headers printed. A 400 without fields; `code: 0` is no code (rule 6: zero is no code), so a bad request (rule 1). "Error processing json" says only that the server could not read the request\'s JSON, which rule 2.3 makes developer text (a failure to parse or convert something as JSON, "JSON parsing error"): the default.',
    response: {
      status: 400,
      body: { message: 'Error processing json', status: 400, code: 0, moreInfoUrl: '' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'onshape/no-visible-parts-to-export-400',
    source: 'Onshape REST API',
    url: 'https://cad.onshape.com/glassworks/explorer (find_string hit 22470453439)',
    note: 'A developer\'s write-up of an Onshape translation (export) request (find_string hit 22470453439) prints the configuration it sent and then "And error response:" with `body:` and this JSON. The HTTP status is not printed apart: it is taken from the body\'s own `status`, which Onshape\'s error body sets to the response\'s status (the two other Onshape captures here print both, and they agree). No headers printed. A 400 without fields or a code (`code: 0` is none, rule 6): a bad request (rule 1). "No visible parts to export" is a sentence for the person (rule 2).',
    response: {
      status: 400,
      body: { moreInfoUrl: '', message: 'No visible parts to export', status: 400, code: 0 },
    },
    expect: { kind: 'bad-request', message: 'No visible parts to export' },
  },
  {
    id: 'onshape/too-many-requests-429',
    source: 'Onshape REST API',
    url: 'https://github.com/Rhoban/onshape-to-robot/issues/170 (as copied in find_string hit 58112363882)',
    note: 'onshape-to-robot issue 170 ("Onshape API rate limit"), downloading an assembly of ~1000 parts: the tool prints `! ERROR (429) while using Onshape API` and then this body. No headers printed. A 429 (rule 1). "Too many requests." is the 429\'s reason phrase (rule 2.1): the default. No `Retry-After` or other hint: no retry time (rule 4). `code: 0` is no code.',
    response: {
      status: 429,
      body: { message: 'Too many requests.', moreInfoUrl: '', status: 429, code: 0 },
    },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },

  // ───────────────────────────── Bentley iModels ─────────────────────────────
  {
    id: 'bentley-imodels/authorization-header-not-found-401',
    source: 'Bentley iModels API',
    url: 'https://developer.bentley.com/apis/imodels-v2/operations/complete-imodel-baseline-file-upload',
    note: 'The "Complete iModel Baseline File upload" operation page prints each response\'s body under its description; this one under "This response indicates that request lacks valid authentication credentials. Access token might not been provided, …", the page\'s description of its 401 (RFC 9110\'s wording for a 401): the status is taken from it. No headers shown. A 401 (rule 1). The message is the error\'s sentence; `error.code` the code (rule 6).',
    response: {
      status: 401,
      body: {
        error: {
          code: 'HeaderNotFound',
          message: 'Header Authorization was not found in the request. Access denied.',
        },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Header Authorization was not found in the request',
      code: 'HeaderNotFound',
    },
  },
  {
    id: 'bentley-imodels/insufficient-permissions-403',
    source: 'Bentley iModels API',
    url: 'https://developer.bentley.com/apis/imodels-v2/operations/complete-imodel-baseline-file-upload',
    note: 'The same page, the body under "User is not authorized to complete Baseline File upload.", its 403 tab (the operation lists 401, 403, 404, 409, 422 and 429; this description is the 403\'s). No headers shown. A 403 is forbidden (rule 1); the sentence is the message; `error.code` the code (rule 6).',
    response: {
      status: 403,
      body: {
        error: {
          code: 'InsufficientPermissions',
          message: 'The user has insufficient permissions for the requested operation.',
        },
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'insufficient permissions for the requested operation',
      code: 'InsufficientPermissions',
    },
  },
  {
    id: 'bentley-imodels/imodel-not-found-404',
    source: 'Bentley iModels API',
    url: 'https://developer.bentley.com/apis/imodels-v2/operations/complete-imodel-baseline-file-upload',
    note: 'The same page, the body under "Specified iModel was not found, it does not have an associated Baseline File entity or the file was not uploaded to the storage.", its 404 tab. No headers shown. A 404 (rule 1); the sentence is the message; `error.code` the code (rule 6).',
    response: {
      status: 404,
      body: { error: { code: 'iModelNotFound', message: 'Requested iModel is not available.' } },
    },
    expect: { kind: 'not-found', message: 'Requested iModel is not available', code: 'iModelNotFound' },
  },
  {
    id: 'bentley-imodels/baseline-upload-not-in-progress-422',
    source: 'Bentley iModels API',
    url: 'https://developer.bentley.com/apis/imodels-v2/operations/complete-imodel-baseline-file-upload',
    note: "The same page, under \"The 422 (Unprocessable Entity) status code indicates that the request cannot be processed by the server due to a client error\". No headers shown. A 422 (rule 1); the envelope's `InvalidiModelsRequest` only says the request was bad, a category that says less than a 422 (rule 1, Easyship's), and the lone item's `InvalidChange` names no kind. Message: the lone form-level sentence in the error's list (\"Baseline File upload is not in progress.\") beats the envelope's (rule 2.2); no item names a field. Code: the lone item's code over the envelope's category (rule 6).",
    response: {
      status: 422,
      body: {
        error: {
          code: 'InvalidiModelsRequest',
          message: 'Cannot complete Baseline File upload.',
          details: [{ code: 'InvalidChange', message: 'Baseline File upload is not in progress.' }],
        },
      },
    },
    expect: { kind: 'validation', message: 'Baseline File upload is not in progress', code: 'InvalidChange' },
  },
  {
    id: 'bentley-imodels/subscription-rate-limit-429',
    source: 'Bentley iModels API',
    url: 'https://developer.bentley.com/apis/imodels-v2/operations/complete-imodel-baseline-file-upload',
    note: 'The same page, under "This response indicates that the user has sent too many requests in a given amount of time." (RFC 6585\'s wording for a 429), its 429 tab. No headers shown. A 429 (rule 1); the sentence is the message; no header or hint gives a wait (rule 4); `error.code` the code (rule 6).',
    response: {
      status: 429,
      body: {
        error: {
          code: 'TooManyRequests',
          message: 'More requests were received than the subscription rate-limit allows.',
        },
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'More requests were received than the subscription rate-limit allows',
      code: 'TooManyRequests',
    },
  },

  // ───────────────────────────── Autodesk Platform Services Design Automation ─────────────────────────────
  {
    id: 'autodesk-design-automation/activity-not-found-404',
    source: 'Autodesk Platform Services Design Automation',
    url: 'https://aps.autodesk.com/en/docs/design-automation/v3/ (find_string hit 67522226460)',
    note: 'A DWG-to-PDF service\'s status notes (in Russian; find_string hit 67522226460, and its follow-up 67438351182) print `Forge upload failed: 404 { "developerMessage":"The requested resource does not exist." }`: the Design Automation work item named Activities that did not exist (the fix was to create `BTI2PDFActivity` and `TZ2PDFActivity`). The status is printed before the body. No headers printed. A 404 (rule 1). `developerMessage` says by its name whom it is for (rule 2.3): the default.',
    response: { status: 404, body: { developerMessage: 'The requested resource does not exist.' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Rigyd ─────────────────────────────
  {
    id: 'rigyd/unsupported-format-400',
    source: 'Rigyd API',
    url: 'https://docs.rigyd.com/reference/errors',
    note: 'Rigyd (3D model to simulation-ready asset conversion) prints its errors as a table of status, meaning and body; this is the 400 "Bad request" row, copied as printed (its "..." is the page\'s). No headers shown. A 400 without fields or a code (the `error` string is a sentence, not a token): a bad request (rule 1: text never decides). The sentence is the message (rule 2).',
    response: { status: 400, body: { error: 'Unsupported format: .xyz. Allowed: glb, gltf, ...' } },
    expect: { kind: 'bad-request', message: 'Unsupported format: .xyz' },
  },
  {
    id: 'rigyd/invalid-api-key-401',
    source: 'Rigyd API',
    url: 'https://docs.rigyd.com/reference/errors',
    note: 'The table\'s 401 "Missing / invalid auth" row, its second body (the first, "Authentication required", only restates a 401 and is left out as the same shape). No headers shown. A 401 (rule 1). "Invalid API key" says what is wrong with the credential, a line for the person (rule 2; a short line, not a lone word).',
    response: { status: 401, body: { error: 'Invalid API key' } },
    expect: { kind: 'unauthenticated', message: 'Invalid API key' },
  },
  {
    id: 'rigyd/insufficient-credits-402',
    source: 'Rigyd API',
    url: 'https://docs.rigyd.com/reference/errors',
    note: 'The table\'s 402 "Out of credits" row. No headers shown. A 402 with no code: rule 1 makes spent credits a quota only by a code (CloudConvert\'s `CREDITS_EXCEEDED` on a 402), and text never decides, so another 4xx: a bad request. "Insufficient credits" is the message (two words that say what is wrong, no code token).',
    response: { status: 402, body: { error: 'Insufficient credits' } },
    expect: { kind: 'bad-request', message: 'Insufficient credits' },
  },
  {
    id: 'rigyd/conversion-job-not-found-404',
    source: 'Rigyd API',
    url: 'https://docs.rigyd.com/reference/errors',
    note: 'The table\'s 404 "Not found / not your job" row. No headers shown. A 404 (rule 1); the sentence is the message.',
    response: { status: 404, body: { error: 'Conversion job not found' } },
    expect: { kind: 'not-found', message: 'Conversion job not found' },
  },
  {
    id: 'rigyd/job-not-yet-completed-409',
    source: 'Rigyd API',
    url: 'https://docs.rigyd.com/reference/errors',
    note: 'The table\'s 409 "Wrong job state" row: the error beside the job\'s `status`. No headers shown. A 409 is a conflict (rule 1; `status: "running"` is the job\'s state, a lone word, no code of the error). The sentence is the message.',
    response: { status: 409, body: { error: 'Job not yet completed', status: 'running' } },
    expect: { kind: 'conflict', message: 'Job not yet completed' },
  },
  {
    id: 'rigyd/image-too-large-413',
    source: 'Rigyd API',
    url: 'https://docs.rigyd.com/reference/errors',
    note: 'The table\'s 413 "Image too big" row. No headers shown. A 413 without `Retry-After` is a bad request (rule 1); the sentence, naming the file, is the message.',
    response: { status: 413, body: { error: 'Image too large (max 10MB): front.jpg' } },
    expect: { kind: 'bad-request', message: 'Image too large (max 10MB)' },
  },
  {
    id: 'rigyd/prompt-too-long-422',
    source: 'Rigyd API',
    url: 'https://docs.rigyd.com/reference/errors',
    note: 'The table\'s 422 "Prompt too long" row (of its six 422 rows, the others of the same shape are left out). No headers shown. A 422 is a validation failure (rule 1); the sentence is the message; no member names a field (the input is named only in the text), so no field errors (rule 3).',
    response: { status: 422, body: { error: 'Prompt must be 500 characters or less' } },
    expect: { kind: 'validation', message: 'Prompt must be 500 characters or less' },
  },
  {
    id: 'rigyd/conversion-service-unavailable-502',
    source: 'Rigyd API',
    url: 'https://docs.rigyd.com/reference/errors',
    note: 'The table\'s 502 "Upstream pipeline unavailable" row, copied as printed: the page elides what follows the colon with "...". No headers shown. A 502 is unavailable (rule 1). The line reports that a service behind the API (its conversion pipeline) could not be reached, with that service\'s report after the colon: infrastructure behind the service, developer text (rule 2.3): the default.',
    response: { status: 502, body: { error: 'Conversion service unavailable: ...' } },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── FieldAware ─────────────────────────────
  {
    id: 'fieldaware/invalid-protocol-400',
    source: 'FieldAware API',
    url: 'https://api.fieldaware.net/doc/background.html',
    note: 'FieldAware (field-service management) "Background", HTTPS: "Any attempt to access the API over plain HTTP will be met with an error response", printed whole: `HTTP/1.1 400 BAD REQUEST`, `Content-Type: application/json`, `Content-Length: 92`, `Connection: keep-alive` and this body. Content-Length is left out (the body is re-serialized here). A 400 without fields: a bad request (rule 1); `InvalidProtocolError` in `name` names the exception\'s class, and its "invalid" names the request\'s protocol, no input, so it would say bad request too. The error\'s `message` is the sentence (rule 2).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json', Connection: 'keep-alive' },
      body: { error: { name: 'InvalidProtocolError', message: 'Invalid protocol, please use HTTPS' } },
    },
    expect: { kind: 'bad-request', message: 'Invalid protocol, please use HTTPS' },
  },

  // ───────────────────────────── Field Nation ─────────────────────────────
  {
    id: 'fieldnation/webhook-url-not-https-400',
    source: 'Field Nation API',
    url: 'https://developer.fieldnation.com/docs/resources/error-codes',
    note: 'Field Nation\'s "Error Codes" page (field-service work-order marketplace; API and webhook errors), "400 Bad Request … Example Error Response". No headers shown. A 400; its lone item names no field (the `url` parameter is named only in the text) and its `code` only restates the status: a bad request (rule 1). Message: "Invalid request: " is a generic headline before a sentence of its own, which is judged (rule 2.1, Apify\'s): "\'url\' must be a valid HTTPS URL".',
    response: {
      status: 400,
      body: {
        metadata: { timestamp: '2025-01-15T12:00:00Z', path: '/api/v1/webhooks' },
        errors: [{ code: 400, message: "Invalid request: 'url' must be a valid HTTPS URL" }],
        result: {},
      },
    },
    expect: { kind: 'bad-request', message: 'must be a valid HTTPS URL' },
  },
  {
    id: 'fieldnation/invalid-or-expired-token-401',
    source: 'Field Nation API',
    url: 'https://developer.fieldnation.com/docs/resources/error-codes',
    note: 'The same page, "401 Unauthorized … Example Error Response". No headers shown. A 401 (rule 1); the lone item\'s sentence is the message (rule 2.2).',
    response: {
      status: 401,
      body: {
        metadata: { timestamp: '2025-01-15T12:00:00Z' },
        errors: [{ code: 401, message: 'Invalid or expired access token' }],
        result: {},
      },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid or expired access token' },
  },
  {
    id: 'fieldnation/events-empty-422',
    source: 'Field Nation API',
    url: 'https://developer.fieldnation.com/docs/resources/error-codes',
    note: 'The same page, the 422 section ("Request is well-formed but contains semantic errors or fails validation") and its example. No headers shown. A 422 (rule 1). "Validation failed: " is a generic headline before a sentence of its own (rule 2.1), which is the message: "\'events\' must contain at least one valid event name". No member names a field: no field errors (rule 3).',
    response: {
      status: 422,
      body: {
        metadata: { timestamp: '2025-01-15T12:00:00Z' },
        errors: [{ code: 422, message: "Validation failed: 'events' must contain at least one valid event name" }],
        result: {},
      },
    },
    expect: { kind: 'validation', message: 'must contain at least one valid event name' },
  },
  {
    id: 'fieldnation/rate-limit-exceeded-429-problem',
    source: 'Field Nation API',
    url: 'https://developer.fieldnation.com/error-codes/rate-limit-exceeded/',
    note: 'Field Nation\'s RFC 9457 catalog page for `RATE_LIMIT_EXCEEDED`, "Example response": `HTTP/1.1 429 Rate Limit Exceeded`, `Content-Type: application/problem+json` and this body. A 429 (rule 1). Message: `detail` beats `title` (rule 2.2; the title only restates the status). Retry: no header; the body\'s `agent.backoffMs` (milliseconds by its name, in an object the error holds, as `backoff_ms` is read) gives 60 s, and the detail\'s "Retry after 60 seconds" says the same (rule 4). Support id: `correlationId` (rule 5). Code: the explicit `code` over the `type` URI (rule 6).',
    response: {
      status: 429,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        type: 'https://developer.fieldnation.com/error-codes/rate-limit-exceeded',
        title: 'Rate Limit Exceeded',
        status: 429,
        detail: 'Rate limit exceeded. Retry after 60 seconds.',
        code: 'RATE_LIMIT_EXCEEDED',
        retryable: true,
        correlationId: '01J9X7Q3F6E2K8B1Z5C4M0V2HA',
        agent: { action: 'RETRY', backoffMs: 60000, maxAttempts: 3 },
        errors: [],
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Retry after 60 seconds',
      retry: 60,
      logId: '01J9X7Q3F6E2K8B1Z5C4M0V2HA',
      code: 'RATE_LIMIT_EXCEEDED',
    },
  },

  // ───────────────────────────── HireDispatcher ─────────────────────────────
  {
    id: 'hiredispatcher/no-availability-422',
    source: 'HireDispatcher API',
    url: 'https://docs.hiredispatcher.com/error-handling',
    note: 'HireDispatcher (booking and dispatch into field-service software) prints its "Error Response Format" with this body, and its error table gives `NO_AVAILABILITY` the HTTP status 422 ("No available slots for requested date"): the status is taken from that row. No headers shown. A 422 (rule 1); `NO_AVAILABILITY` names no other kind. The error\'s sentence is the message. `details` holds two dates (`requested_date`, `next_available`), values that are not messages, so no field errors (rule 3: a map is fields only when its values look like messages). Code: `error.code` (rule 6).',
    response: {
      status: 422,
      body: {
        status: 'error',
        error: {
          code: 'NO_AVAILABILITY',
          message: 'No available time slots found for the requested date',
          details: { requested_date: '2026-03-15', next_available: '2026-03-17' },
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'No available time slots found for the requested date',
      code: 'NO_AVAILABILITY',
    },
  },

  // ───────────────────────────── Podcast Index ─────────────────────────────
  {
    id: 'podcastindex/invalid-parameters-400',
    source: 'Podcast Index API',
    url: 'Podcastindex-org/docs-api/api_src/components/responses/400.yaml@50d7164870c849bf6ce839d08b2ed37915cc832f',
    note: 'The Podcast Index API\'s OpenAPI source: the shared 400 response ("Invalid request"), `application/json`, with this example (the Content-Type is the one the response states). A 400 without fields or a code (`status: "false"` is a result flag): a bad request (rule 1). "Invalid parameters" is a generic summary (rule 2.1, as "Invalid input parameters" and "Missing/invalid parameters" are): the default.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { status: 'false', description: 'Invalid parameters' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── AutoPod ─────────────────────────────
  {
    id: 'autopod/missing-api-key-header-401',
    source: 'AutoPod API',
    url: 'https://docs.autopod.xyz/api/error-handling',
    note: 'AutoPod (podcast production and publishing) "Error Handling": every error is `{ "message": … }`, and its status table gives 401 as "Include the X-API-Key header"; the "Missing API key" body printed under "Authentication errors" is taken with that status. No headers shown. A 401 (rule 1); the line says which credential is missing, the message for the person (rule 2).',
    response: { status: 401, body: { message: 'Missing X-API-Key header' } },
    expect: { kind: 'unauthenticated', message: 'Missing X-API-Key header' },
  },
  {
    id: 'autopod/read-only-key-write-403',
    source: 'AutoPod API',
    url: 'https://docs.autopod.xyz/api/error-handling',
    note: 'The same page, "Read-only key trying to write"; its status table gives 403 as "Check your API key is valid and has the right permissions": the status is taken from it. No headers shown. A 403 is forbidden (rule 1); the two sentences are the message.',
    response: {
      status: 403,
      body: {
        message: "Write access is not enabled for this API key. Enable 'Read & Write' mode in Stream Settings.",
      },
    },
    expect: { kind: 'forbidden', message: 'Write access is not enabled for this API key' },
  },
  {
    id: 'autopod/title-required-400',
    source: 'AutoPod API',
    url: 'https://docs.autopod.xyz/api/error-handling',
    note: 'The same page, "Validation errors", "Missing required field"; its status table gives 400 as "a required field is missing or a value is invalid": the status is taken from it. No headers shown. A 400 with no field error (no member names the field; "title" is named only in the text) and no code: a bad request (rule 1: text never decides). The line is the message. Re-derived by the rule row of 6 December 2026 (rule 2.1: a line that names only which input is missing or invalid, by the API\'s name for it, says which key to send, not what a person typed): the default; the first run expected "title is required".',
    response: { status: 400, body: { message: 'title is required' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
