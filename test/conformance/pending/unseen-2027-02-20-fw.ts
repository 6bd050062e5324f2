import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-second unseen-API holdout, part FW (20 February 2027): recorded and mocked HTTP interactions in JavaScript and
// TypeScript clients' tests (nock recordings, Polly.js HARs, msw handlers) that fix an error body from a product no
// other case file uses: Liveblocks (the realtime collaboration platform's REST API, as its Node client's tests mock
// it), Azure AI Metrics Advisor and Azure AI Language's Text Analytics API (as the Azure SDK for JavaScript's nock
// recordings of live runs keep them), the Natterbox Sapien API (Natterbox's platform REST API, formerly Redmatter's)
// and the ToPWR API (Solvro's backend for the Wrocław University of Science and Technology app). They were collected to
// measure how the reader does at first sight on APIs it was never tuned on. Liveblocks' bodies were copied from the msw
// handlers of @liveblocks/node's client test (each test returns `HttpResponse.json(error, { status })` and asserts the
// LiveblocksError's status and message); the two Azure bodies, with their headers, from the SDK's nock recordings
// (`.reply(status, body, headers)` as recorded; Transfer-Encoding left out); the Natterbox body from a portal's mock of
// GraphQL errors that carry, in `extensions.response`, the URL, status and body Apollo's REST data source kept from the
// Sapien API's answer; the ToPWR bodies from the web client's msw response constants. Each source is named in `url`,
// with its commit where the index gave one. Headers were copied only where a recording keeps them; none was added.
// Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Skipped as already sources: runZero (Rumble; JupiterOne's graph-rumble HARs hold its 401s, read before the check),
// Sailthru and Airtable (grouparoo's nock recordings), NS1, DNSimple, kintone, GitHub, Freshdesk, Anthropic, Feedly,
// Strava, Azure Blob Storage (its AuthorizationServiceMismatch recording) and Azure Key Vault Managed HSM (a 401 with
// an empty body). Looked for and dropped: Oracle Eloqua (grouparoo's recording is a 1 MB file, and an exact-string
// search found its ObjectValidationError only in Adobe's docs), Bento (its tests build `{ error: message }` from a
// variable in a helper, and the body read depends on which of `json()` and `text()` the client calls), Cognite (its
// error tests build the body with a helper), Kandji (JupiterOne's only validate-invocation HAR is a 200), Automox,
// KnowBe4 and Addigy (their HARs are named for collection steps, none for an error test), Salable and Apideck (no error
// fixture reached), Atlassian Bamboo's msw helper (`{ message, 'status-code' }` from a variable), Liveblocks' three 499
// tests (the test's own status and texts, "I'm not a JSON response" and a misspelled `messsag`, which test the client's
// fallback, not Liveblocks' answer), a Landscape UI handler whose text describes the test's own switch ("The endpoint
// status is set to \"error\"."), and app templates' mocks with no product behind them ("mock 에러입니다",
// `{ message: '400' }`, `{ code: 500, msg: 'test error' }`). An exact-string search for `.reply(429, {` found a
// PromptOps README and a beta.gouv client test, but the index gave no repository or path for either: dropped. Judgment
// call on scope: the corpus's "Azure AI services" source holds the shared Cognitive Services key gate's 401
// (azure-ai-services/invalid-subscription-key-401); Metrics Advisor's and Text Analytics' own API errors are taken as
// products of their own. No XML body, no HTML page and no text body was kept.
//
// The part holds 14 cases from 5 sources, one short of the brief's aim of 15–30 and from the 5 sources it asks for; all
// 38 look-ups allowed were spent (the cap), many on recordings that hold only successful calls and on large fixture
// files read a chunk at a time.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-20-fw`, on a2dfa44, src/ unchanged: in the frozen copy /tmp/base92; `--check` first reported
// no problem): 11/14 pass, 5 sources (kind 11/14, message 13/14, fields 14/14, retry 14/14, logId 2/2, code 10/10).
// Failing at first sight: liveblocks/invalid-presence-data-422 (kind validation, from the 422; the case reads
// `INVALID_REQUEST` as OAuth's `invalid_request`, a bad-request code that outranks a 422, rule 1: a judgment call its
// note names); azure-text-analytics/duplicated-document-ids-400 (kind bad-request, from the envelope's
// `InvalidRequest`, and the envelope's "Invalid document in request." as the message; the case lets the inner
// `InvalidDocument`, the more specific code naming an input, decide, rules 1 and 6, and takes the inner error's
// occurrence sentence over the envelope's generic line, rules 2.1 and 2.2: a judgment call its note names);
// topwr/unexpected-error-400 (kind server, reading `E_UNEXPECTED_ERROR` as a server failure; the case reads a code no
// row of rule 1 lists on a 400 as a bad request, since only a `server_error` code makes a 4xx a server error: its note
// names the message, not the kind, as its judgment call). Every other case passed as written, including the judgment
// calls on Liveblocks' `INVALID_SECRET_KEY` on a 404 (not-found, the line kept), "Payload too large" (the default),
// Metrics Advisor's "datafeedId is invalid." (the default), Natterbox's "No route found for …" (kept) and ToPWR's
// "Validation failure" and "Unexpected error" (the default).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Liveblocks ─────────────────────────────
  {
    id: 'liveblocks/room-not-found-suggestion-404',
    source: 'Liveblocks',
    url: 'liveblocks/liveblocks/packages/liveblocks-node/src/__tests__/client.test.ts@0263eade084e5415d60d1bc8416dc219c7101590',
    note: '"should throw a LiveblocksError when getRoom receives an error response": the msw handler for GET /v2/rooms/:roomId returns this body with 404; the test asserts the status, the message "Room not found" and the error\'s string, which adds the `suggestion` and `docs` lines. Kind: 404 (rule 1). Message: "Room not found" names what was not found, a sentence and no bare reason phrase (rule 2.1); the `suggestion` is advice beside it, not the error\'s message. Code: `error` beside `message` holds the machine code (rule 6).',
    response: {
      status: 404,
      body: {
        error: 'ROOM_NOT_FOUND',
        message: 'Room not found',
        suggestion:
          'Please use a valid room ID, room IDs are available in the dashboard: https://liveblocks.io/dashboard/rooms',
        docs: 'https://liveblocks.io/docs/api-reference/rest-api-endpoints',
      },
    },
    expect: { kind: 'not-found', message: 'Room not found', code: 'ROOM_NOT_FOUND' },
  },
  {
    id: 'liveblocks/invalid-secret-key-on-404',
    source: 'Liveblocks',
    url: 'liveblocks/liveblocks/packages/liveblocks-node/src/__tests__/client.test.ts@0263eade084e5415d60d1bc8416dc219c7101590',
    note: '"should throw a LiveblocksError when getRooms receives an error response": the handler for GET /v2/rooms returns `{ error: "INVALID_SECRET_KEY", message: "Invalid secret key" }` with 404 (the test\'s pairing; the test asserts both). Kind: a code never turns a 404 into anything but not-found (rule 1), so the credential code does not make it unauthenticated. Message: "Invalid secret key" names the credential, which stays (rule 2.1: "access_token is invalid"). Code: `error` (rule 6). Judgment call: the status is the test author\'s, and a reader could let the credential code decide.',
    response: { status: 404, body: { error: 'INVALID_SECRET_KEY', message: 'Invalid secret key' } },
    expect: { kind: 'not-found', message: 'Invalid secret key', code: 'INVALID_SECRET_KEY' },
  },
  {
    id: 'liveblocks/invalid-presence-data-422',
    source: 'Liveblocks',
    url: 'liveblocks/liveblocks/packages/liveblocks-node/src/__tests__/client.test.ts@0263eade084e5415d60d1bc8416dc219c7101590',
    note: '"set presence" / "should throw LiveblocksError on failure": the handler for POST /v2/rooms/:roomId/presence returns this body with 422; the test asserts the status and the message. Kind: `INVALID_REQUEST` is OAuth\'s `invalid_request` read without case or separators, a code that says the request as a whole is invalid: bad-request, and a code outranks a 422 (rule 1). Message: "Invalid presence data" names the data in plain words, as "Invalid phone number" does, not by a key written as code: kept (rule 2.1). Code: `error` (rule 6). Judgment call: a reader could let the 422 make it a validation failure.',
    response: { status: 422, body: { error: 'INVALID_REQUEST', message: 'Invalid presence data' } },
    expect: { kind: 'bad-request', message: 'Invalid presence data', code: 'INVALID_REQUEST' },
  },
  {
    id: 'liveblocks/comment-not-found-404',
    source: 'Liveblocks',
    url: 'liveblocks/liveblocks/packages/liveblocks-node/src/__tests__/client.test.ts@0263eade084e5415d60d1bc8416dc219c7101590',
    note: '"should throw a LiveblocksError when editComment receives an error response": POST /v2/rooms/:roomId/threads/:threadId/comments/:commentId answers this body with 404; the test asserts the status and the message. Kind: 404 (rule 1). Message: a sentence naming what was not found (rule 2.1). Code: `error` (rule 6).',
    response: { status: 404, body: { error: 'RESOURCE_NOT_FOUND', message: 'Comment not found' } },
    expect: { kind: 'not-found', message: 'Comment not found', code: 'RESOURCE_NOT_FOUND' },
  },
  {
    id: 'liveblocks/thread-already-exists-409',
    source: 'Liveblocks',
    url: 'liveblocks/liveblocks/packages/liveblocks-node/src/__tests__/client.test.ts@0263eade084e5415d60d1bc8416dc219c7101590',
    note: '"should throw a LiveblocksError when createThread receives an error response": POST /v2/rooms/:roomId/threads answers this body with 409; the test asserts the status and the message. Kind: 409, and the code is an "already exists" code too (rule 1). Message: the sentence (rule 2.1). Code: `error` (rule 6).',
    response: { status: 409, body: { error: 'RESOURCE_ALREADY_EXISTS', message: 'Thread already exists' } },
    expect: { kind: 'conflict', message: 'Thread already exists', code: 'RESOURCE_ALREADY_EXISTS' },
  },
  {
    id: 'liveblocks/thread-not-found-404',
    source: 'Liveblocks',
    url: 'liveblocks/liveblocks/packages/liveblocks-node/src/__tests__/client.test.ts@0263eade084e5415d60d1bc8416dc219c7101590',
    note: '"should throw a LiveblocksError when deleteThread receives an error response": DELETE /v2/rooms/:roomId/threads/:threadId answers this body with 404; the test asserts the status and the message. Kind: 404 (rule 1). Message: the sentence (rule 2.1). Code: `error` (rule 6).',
    response: { status: 404, body: { error: 'THREAD_NOT_FOUND', message: 'Thread not found' } },
    expect: { kind: 'not-found', message: 'Thread not found', code: 'THREAD_NOT_FOUND' },
  },
  {
    id: 'liveblocks/attachment-not-found-404',
    source: 'Liveblocks',
    url: 'liveblocks/liveblocks/packages/liveblocks-node/src/__tests__/client.test.ts@0263eade084e5415d60d1bc8416dc219c7101590',
    note: '"should throw a LiveblocksError when getAttachment receives an error response": GET /v2/rooms/:roomId/attachments/:attachmentId answers this body with 404; the test asserts the status and the message. Kind: 404 (rule 1). Message: the sentence (rule 2.1). Code: `error` (rule 6).',
    response: { status: 404, body: { error: 'ATTACHMENT_NOT_FOUND', message: 'Attachment not found' } },
    expect: { kind: 'not-found', message: 'Attachment not found', code: 'ATTACHMENT_NOT_FOUND' },
  },
  {
    id: 'liveblocks/storage-file-not-found-404',
    source: 'Liveblocks',
    url: 'liveblocks/liveblocks/packages/liveblocks-node/src/__tests__/client.test.ts@0263eade084e5415d60d1bc8416dc219c7101590',
    note: '"should throw a LiveblocksError when getFileUrl receives an error response": GET /v2/rooms/:roomId/storage/files/:fileId answers this body with 404; the test asserts the status and the message. Kind: 404 (rule 1). Message: the sentence (rule 2.1). Code: `error` (rule 6).',
    response: { status: 404, body: { error: 'STORAGE_FILE_NOT_FOUND', message: 'Storage file not found' } },
    expect: { kind: 'not-found', message: 'Storage file not found', code: 'STORAGE_FILE_NOT_FOUND' },
  },
  {
    id: 'liveblocks/payload-too-large-413',
    source: 'Liveblocks',
    url: 'liveblocks/liveblocks/packages/liveblocks-node/src/__tests__/client.test.ts@0263eade084e5415d60d1bc8416dc219c7101590',
    note: '"should throw a LiveblocksError when uploadFile receives an error response": PUT /v2/rooms/:roomId/storage/files/:fileId/upload/:name answers this body with 413; the test asserts the status and the message. Kind: 413 (rule 1). Message: "Payload too large" is the 413\'s reason phrase (RFC 7231\'s "Payload Too Large") and restates the status (rule 2.1): the default. Code: `PAYLOAD_TOO_LARGE` only restates the status too; not stated (rule 6: only where the rules leave no doubt).',
    response: { status: 413, body: { error: 'PAYLOAD_TOO_LARGE', message: 'Payload too large' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Azure AI Metrics Advisor ─────────────────────────────
  {
    id: 'azure-metrics-advisor/datafeed-id-invalid-404',
    source: 'Azure AI Metrics Advisor',
    url: 'Azure/azure-sdk-for-js/sdk/metricsadvisor/ai-metrics-advisor/recordings/node/aad_metricsadvisoradministrationclient_datafeed_datafeed/recording_deletes_mysql_data_feed.js@0a88eaf4ad146d21ee977bc599486b6ca7a14366',
    note: 'The SDK\'s nock recording of the live test "deletes MySQL data feed", recorded on 8 November 2021: after DELETE /metricsadvisor/v1.0/dataFeeds/{id} (204), GET of the same feed answers this body with 404 and these headers (Content-Length left out). Kind: 404 (rule 1). Message: "datafeedId is invalid." names only an input by its key written as code (rule 2.1, the rule row of 6 December 2026: "Invalid jobId"): the default. Code: "404 NOT_FOUND" only restates the status; not stated (rule 6). logId: `x-request-id`, the first request-id header (rule 5; `apim-request-id` holds the same id).',
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'x-request-id': '675843de-ae65-451c-9f6f-c76824853e48',
        'x-envoy-upstream-service-time': '16',
        'apim-request-id': '675843de-ae65-451c-9f6f-c76824853e48',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains; preload',
        'x-content-type-options': 'nosniff',
        Date: 'Mon, 08 Nov 2021 09:38:45 GMT',
      },
      body: { code: '404 NOT_FOUND', message: 'datafeedId is invalid.' },
    },
    expect: { kind: 'not-found', message: DEFAULT, logId: '675843de-ae65-451c-9f6f-c76824853e48' },
  },

  // ───────────────────────────── Azure AI Language (Text Analytics) ─────────────────────────────
  {
    id: 'azure-text-analytics/duplicated-document-ids-400',
    source: 'Azure AI Language (Text Analytics)',
    url: 'Azure/azure-sdk-for-js/sdk/textanalytics/ai-text-analytics/recordings/node/apikey_textanalyticsclient_lros_health/recording_documents_with_duplicate_ids.js',
    note: 'The SDK\'s nock recording of the live test "documents with duplicate ids" (healthcare analysis, v3.1): POST /text/analytics/v3.1/entities/health/jobs with two documents whose id is "1" answers this body with 400; the version recorded on 25 June 2021 at 19:56:55 (apim-request-id dd4d5c09-…; another stored version, recorded that morning, holds the same body). Headers as recorded except Transfer-Encoding; the index gave no commit. Kind: the envelope\'s `InvalidRequest` says the request is invalid, the inner `InvalidDocument` begins with "invalid" and names an input, the documents (rule 1), and the inner code is the more specific one (rule 6): validation. Message: the envelope\'s "Invalid document in request." only says an input is invalid in the request (rule 2.1, generic); the inner error\'s sentence is the occurrence\'s (rule 2.2). Fields: none; no member names a field (rule 3). logId: `apim-request-id`, named like a request id (rule 5). Judgment call: a reader could let the envelope\'s `InvalidRequest` make it a bad request; no code stated, as both codes qualify and rule 6 names no `innererror` (as azure-document-intelligence/invalid-locale-400 reads it).',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'x-envoy-upstream-service-time': '4',
        'apim-request-id': 'dd4d5c09-0930-44c4-98b2-2d2d3a0cc3d3',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains; preload',
        'x-content-type-options': 'nosniff',
        Date: 'Fri, 25 Jun 2021 19:56:55 GMT',
      },
      body: {
        error: {
          code: 'InvalidRequest',
          message: 'Invalid document in request.',
          innererror: {
            code: 'InvalidDocument',
            message: 'Request contains duplicated Ids. Make sure each document has a unique Id.',
          },
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'Request contains duplicated Ids',
      logId: 'dd4d5c09-0930-44c4-98b2-2d2d3a0cc3d3',
    },
  },

  // ───────────────────────────── Natterbox Sapien API ─────────────────────────────
  {
    id: 'natterbox-sapien/no-route-found-404',
    source: 'Natterbox Sapien API',
    url: 'sukeshjph/Natterbox/portal-web/src/mocks/jsonError.ts',
    note: 'A portal\'s mock of the GraphQL errors its gateway returns: each error\'s `extensions.response` keeps what Apollo\'s REST data source received from the Sapien API, `url: "https://sapien.stage.redmatter.com/v1/organisation/828/user/null"`, `status: 404`, `statusText: "Not Found"` and this `body` (the first of the list; the others repeat it). The wire body is that `body`; no header was kept. Judgment call on scope: the file is a client\'s mock, not a recording, but the body is the upstream API\'s answer as the data source copied it. Kind: 404 (rule 1). Message: `description` holds the sentence; "No route found for \\"GET /…\\"" names the route not found and is kept, as MangaDex\'s same line is (its case keeps "No route found for"). Code: `code: 404` only restates the status; not stated (rule 6). The empty `errors` list says nothing.',
    response: {
      status: 404,
      body: {
        error: {
          code: 404,
          description: 'No route found for "GET /organisation/828/user/null"',
          errors: [],
        },
      },
    },
    expect: { kind: 'not-found', message: 'No route found for' },
  },

  // ───────────────────────────── ToPWR API (Solvro) ─────────────────────────────
  {
    id: 'topwr/validation-failure-422',
    source: 'ToPWR API (Solvro)',
    url: 'Solvro/web-topwr/src/tests/unit/mocks/constants.ts',
    note: "The web client's msw response constant `MOCK_RESPONSE.validationFailure`: `HttpResponse.json({ error: { message, code } }, { status: 422 })`, the ToPWR backend's (AdonisJS) error envelope as the client's tests mock it; the index gave no commit. Kind: 422, and `E_VALIDATION_ERROR` is a validation code (rule 1). Message: \"Validation failure\" is a generic summary (rule 2.1, the twenty-sixth holdout's row): the default, with no field to list. Code: `E_VALIDATION_ERROR`, the error object's own code (rule 6).",
    response: { status: 422, body: { error: { message: 'Validation failure', code: 'E_VALIDATION_ERROR' } } },
    expect: { kind: 'validation', message: DEFAULT, code: 'E_VALIDATION_ERROR' },
  },
  {
    id: 'topwr/unexpected-error-400',
    source: 'ToPWR API (Solvro)',
    url: 'Solvro/web-topwr/src/tests/unit/mocks/constants.ts',
    note: 'The same file\'s `MOCK_RESPONSE.unexpectedError`: `{ error: { message: "Unexpected error", code: "E_UNEXPECTED_ERROR" } }` with 400. Kind: a 400 without fields, and `E_UNEXPECTED_ERROR` names no kind rule 1 lists: bad-request. Message: "Unexpected error" only says something failed, as "An unexpected problem has occurred." and "Unknown exception" do (rule 2.1, generic): the default. Code: the error object\'s `code` (rule 6). Judgment call: a reader could keep the two words.',
    response: { status: 400, body: { error: { message: 'Unexpected error', code: 'E_UNEXPECTED_ERROR' } } },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'E_UNEXPECTED_ERROR' },
  },
] satisfies ConformanceCase[];
