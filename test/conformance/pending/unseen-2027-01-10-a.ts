import { DEFAULT, type ConformanceCase } from '../types';

// Fifty-first unseen-API holdout, part A (10 January 2027): open-source self-hosted web applications' REST APIs, second
// batch (the backends people run themselves and put React front ends on), that no other case file uses: Twenty CRM, the
// Frappe Framework (the REST API under ERPNext), Maybe Finance, Karakeep (formerly Hoarder), AFFiNE, Healthchecks.io,
// Pagoda (DMM's AirOne) and Dawarich, collected to measure how the reader does at first sight on APIs it was never
// tuned on. Every body was copied from the apps' own test suites, where a test asserts the error body the server sends
// with its status: Twenty's Jest snapshots of whole REST responses (`{ status, body }`) and its authentication spec;
// Frappe's `test_api.py`; Maybe Finance's API base-controller test with the controller that renders those bodies (the
// test asserts status, `error` and part of `message`; the controller's `render_json` call prints the whole body beside
// its status, one commit with the test); Karakeep's end-to-end public-API test; AFFiNE's AVA snapshot reports and its
// throttler test; Healthchecks.io's ping and check-creation tests; Pagoda's DRF API tests, which compare `resp.json()`
// whole; and Dawarich's request specs. Where a test asserts only some members of a body, only those members are copied
// and the note says so (Twenty's authentication spec, Frappe's 403 and 503, Karakeep's `objectContaining`,
// Healthchecks' `r.json()["error"]`, Dawarich's `['error']`); where a snapshot holds a Jest matcher (`Any<String>`) in
// place of a value, that member is left out and the note says so; AFFiNE's snapshot wrote `<doc-id>` where the id was,
// and it is kept as written. Pagoda's three test files were read from the index by excerpt, which names no repository;
// the paths were then found in dmm-com/pagoda (a fork, syucream/airone, holds the user tests too), so those URLs carry
// no commit. No header was added: the only header in the part is AFFiNE's `Retry-After: 10`, which its throttler test
// asserts, and that case carries no body because the test shows none. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Formbricks (its `response.test.ts` compares whole bodies, but part B of this holdout took the
// same `notAuthenticatedResponse` and `unauthorizedResponse` bodies from its `response.ts`, so they are kept once,
// there; its other helper tests pass the test author's own messages, "Invalid input", "Access denied", "Rate limit
// exceeded", "Something went wrong", and its JSON-body validator test matches `details` with `expect.any(String)`);
// Appsmith (issues about `responseMeta` found, no error body with its status); Invoice Ninja (a v5 issue prints a 422's
// headers from a .NET client but not its body, a v4 issue prints a field map with no status, and no docs page printed a
// body); Komga (its issues paste only the Kobo store's bodies, which Komga proxies, not its own); Penpot and Apache
// Answer (no body found); Linkwarden (an issue reports "You must be logged in." as a 404's output without the body);
// Frappe's issues (tracebacks, and third parties' summaries of Frappe's shape, not captures); Dawarich's throttle specs
// (`error: "rate_limit_exceeded"` with `upgrade_url` and `Retry-After` only asserted present, values not shown), its
// area specs (statuses only) and its login specs (statuses only); Maybe Finance's transactions test (statuses only) and
// rate limiter (not found in its tests); Karakeep's asset-scope tests (statuses only); Healthchecks' other
// check-creation errors (the stored version of the test asserts no status beside them). Candidate APIs already in the
// corpus were skipped: Vikunja, wallabag, FreshRSS, Miniflux, Mealie, Grocy, Firefly III, Outline, BookStack, Snipe-IT,
// NetBox, Uptime Kuma, Gotify, ntfy, authentik, Shlink, Kavita, Audiobookshelf, Navidrome, Overseerr (and Jellyseerr,
// its fork), Chatwoot, Focalboard, Rocket.Chat, Zulip, Plane, Baserow, NocoDB, Budibase, Umami, Plausible, Matomo,
// PostHog, listmonk, Mautic, OpenProject, Redmine, Taiga, Odoo and Dolibarr; Kimai, Monica, sabre/dav, Linkding,
// Ghostfolio, GLPI, Nautobot and Etherpad belong to another part. Tandoor Recipes, Kanboard, Wekan, Wiki.js, Akaunting,
// Huly, Teable, Hoppscotch and Leantime were not reached within the cap (earlier parts found no body with a status for
// Tandoor, Kanboard, Wekan and Wiki.js). No XML body and no non-English body turned up; the text body is Healthchecks'
// 404, the 5xx Frappe's 503, the 429 with a header AFFiNE's. The part holds 28 cases from 8 sources; 54 of the 60
// look-ups were spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-10-a`, on 6881c25, src/ unchanged: in the frozen copy /tmp/base51): 21/28 pass, 8 sources
// (kind 25/28, message 24/28, fields 24/28, retry 28/28, logId 0/0, code 6/6). Failing at first sight:
// twenty/view-group-metadata-validation-400 (kept the envelope's "Multiple validation errors occurred while creating
// view groups", a line that only says validation failed, generic under rule 2.1, over the lone form-level item's "Field
// metadata not found", rule 2.2; and bound a field `viewGroup` to "Fail", the failed operation's `status: "fail"` read
// as its message, where rule 3 finds a message in a message-like member and `status` is an envelope's; kind passed);
// frappe/run-doc-method-not-permitted-403 (the 403's default text: the whole "frappe.exceptions.PermissionError: Not
// permitted" dropped as developer text, where the case drops only the qualified class name before the colon, rule 2.3,
// and keeps "Not permitted"; the judgment call the note names); maybe-finance/parameter-missing-400 (kept "Required
// parameters are missing or invalid", which only says some parameters were wrong, generic under rule 2.1 as Pin
// Payments' line is; a judgment call the note names); healthchecks/create-check-missing-body-wrong-api-key-400 (kept
// "Wrong api_key", a line naming only what is wrong, read as Gigya's "Invalid ApiKey parameter" is, rule 2.1; a
// judgment call the note names); pagoda/entry-name-already-exists-400, pagoda/entry-name-tab-character-400 and
// pagoda/entity-note-not-a-string-400 (bad-request with no field errors: Pagoda's DRF map of a field to a list of `{
// code, message }` items not read as that field's errors, rule 3, as Canvas's `url: [{ attribute, message }]` is, so no
// field error made the 400 a validation failure, rule 1). Every other case passed as written, including the judgment
// calls on Twenty's "Token invalid." and "Missing authentication token" (kept, the latter forbidden on its 403),
// Karakeep's "Invalid or expired token" (kept, forbidden), Maybe Finance's `record_not_found` as the code, AFFiNE's
// header-only 429 (a wait of 10 s), Pagoda's `AE-…` codes, Frappe's empty 404 and Dawarich's `cannot_delete_account` on
// a 422 (validation). No expectation was changed after the run (Prettier's quoting was applied before it).

// Waits in `pending/`: 25/28 now (a line naming only which input is missing or invalid, by the API's name for it, since
// the rule row of 6 December 2026; a Django REST framework map of a field to `{ code, message }` items is that field's
// errors at the top too, Pagoda's `name` and `note` though an envelope goes by those names, since). Its misses are read
// both ways in the corpus: Maybe Finance's "Required parameters are missing or invalid" and Healthchecks' "Wrong
// api_key" (lines naming only what is missing or invalid), Frappe's "frappe.exceptions.PermissionError: Not permitted"
// (the corpus reads Cuenca's "NotFoundError: Not valid id" as developer text) and Twenty's metadata report (a JSend
// `status: "fail"` read as an item's message, and the lone item's sentence under a generic headline).

export default [
  // ───────────────────────────── Twenty CRM ─────────────────────────────
  {
    id: 'twenty/application-token-other-application-403',
    source: 'Twenty CRM',
    url: 'twentyhq/twenty/packages/twenty-server/test/integration/rest/suites/__snapshots__/failing-cross-application-rest-access.integration-spec.ts.snap@85f86cfa5e62d3ed101fe9156a780ec091205c2e',
    note: 'Twenty\'s Jest snapshot of the whole REST response ("should refuse the SDK client module of another application"): `status: 403` and this body. No header shown. Kind: 403, forbidden; `code: "FORBIDDEN"` is a permission code and says the same (rule 1). Message: the lone line in `messages` (rule 2.2: a lone form-level sentence in the error\'s list), a sentence for the person. `error: "ForbiddenException"` is an exception\'s class name (rule 2.3). No code stated: `FORBIDDEN` restates the 403 (rule 6).',
    response: {
      status: 403,
      body: {
        code: 'FORBIDDEN',
        error: 'ForbiddenException',
        messages: ['An application token can only target its own application'],
        statusCode: 403,
      },
    },
    expect: { kind: 'forbidden', message: 'An application token can only target its own application' },
  },
  {
    id: 'twenty/webhook-write-principal-refused-403',
    source: 'Twenty CRM',
    url: 'twentyhq/twenty/packages/twenty-server/test/integration/rest/suites/__snapshots__/failing-application-token-rest-webhook-writes.integration-spec.ts.snap@ea5897be89a0f2f2704694f737f49463c81bd96f',
    note: 'The snapshot "should refuse to create a webhook" (an application token writing webhooks): `status: 403` and this body, the same for update and delete. No header shown. Kind: 403, forbidden (rule 1). Message: the lone line in `messages` (rule 2.2). No code stated: `error` holds an exception\'s class name, `AuthPrincipalRefusedException`, which rule 6 does not name as a code (a judgment call: read without its `Exception` suffix it could be taken for a code).',
    response: {
      status: 403,
      body: {
        error: 'AuthPrincipalRefusedException',
        messages: ['This endpoint is not available to this caller'],
        statusCode: 403,
      },
    },
    expect: { kind: 'forbidden', message: 'This endpoint is not available to this caller' },
  },
  {
    id: 'twenty/view-group-metadata-validation-400',
    source: 'Twenty CRM',
    url: 'twentyhq/twenty/packages/twenty-server/test/integration/rest/suites/__snapshots__/view-group.integration-spec.ts.snap@02f6ad1034aa3d5b0380664c7750854855a676a7',
    note: "The snapshot \"POST /metadata/viewGroups should fail to create view group with missing required fields\" (the body only; its status is the body's own `statusCode`, 400). Trimmed: the view group's `flatEntityMinimalInformation` (`{ id: Any<String>, viewId: Any<String> }`, Jest matchers, not values) is left out; every other member is as snapshotted. No header shown. Kind: `METADATA_VALIDATION_ERROR` is a validation code on a 400 (rule 1). Fields: none; `errors` maps entity types to lists of failed operations, and the one failed operation's own `errors` item names no field (rule 3: items without a path are form-level). Judgment call: a reader could let the record `viewGroup.0` lead the item's path (rule 3, \"a record leads its errors' paths\") and bind the line there. Message: the envelope's \"Multiple validation errors occurred while creating view groups\" only says validation failed (generic, rule 2.1); the lone form-level item's \"Field metadata not found\" (its `message` and its `userFriendlyMessage` alike) speaks (rule 2.2). No code stated: the item's `INVALID_VIEW_DATA` sits two levels under the category, and rule 6 leaves which one is the response's in doubt.",
    response: {
      status: 400,
      body: {
        error: 'METADATA_VALIDATION_ERROR',
        errors: {
          cronTrigger: [],
          databaseEventTrigger: [],
          fieldMetadata: [],
          index: [],
          objectMetadata: [],
          role: [],
          roleTarget: [],
          routeTrigger: [],
          serverlessFunction: [],
          view: [],
          viewField: [],
          viewFilter: [],
          viewGroup: [
            {
              errors: [
                {
                  code: 'INVALID_VIEW_DATA',
                  message: 'Field metadata not found',
                  userFriendlyMessage: 'Field metadata not found',
                },
              ],
              status: 'fail',
              type: 'create_view_group',
            },
          ],
        },
        message: 'Multiple validation errors occurred while creating view groups',
        statusCode: 400,
        summary: {
          invalidCronTrigger: 0,
          invalidDatabaseEventTrigger: 0,
          invalidFieldMetadata: 0,
          invalidIndex: 0,
          invalidObjectMetadata: 0,
          invalidRole: 0,
          invalidRoleTarget: 0,
          invalidRouteTrigger: 0,
          invalidServerlessFunction: 0,
          invalidView: 0,
          invalidViewField: 0,
          invalidViewFilter: 0,
          invalidViewGroup: 0,
          totalErrors: 0,
        },
      },
    },
    expect: { kind: 'validation', message: 'Field metadata not found' },
  },
  {
    id: 'twenty/rest-token-invalid-401',
    source: 'Twenty CRM',
    url: 'twentyhq/twenty/packages/twenty-server/test/integration/rest/suites/rest-api-core-authentication.integration-spec.ts@41d242555963991041c474c5267df7d174c6a972',
    note: 'Twenty\'s core REST authentication spec, "should return an Unauthenticated when an invalid token is provided": `.expect(401)`, `res.body.error` is "UNAUTHENTICATED" and `res.body.messages[0]` is "Token invalid.". Only the asserted members are copied (the spec shows no other; the snapshots above show that Twenty\'s bodies also carry `statusCode`). No header shown. Kind: 401, unauthenticated (rule 1). Message: "Token invalid." names the credential that failed, kept as the corpus keeps "Invalid token" (judgment call: a reader could call it a line naming only what is invalid and give the default). No code stated: `UNAUTHENTICATED` on a 401 says no more than the status.',
    response: { status: 401, body: { error: 'UNAUTHENTICATED', messages: ['Token invalid.'] } },
    expect: { kind: 'unauthenticated', message: 'Token invalid.' },
  },
  {
    id: 'twenty/rest-missing-token-forbidden-403',
    source: 'Twenty CRM',
    url: 'twentyhq/twenty/packages/twenty-server/test/integration/rest/suites/rest-api-core-authentication.integration-spec.ts@41d242555963991041c474c5267df7d174c6a972',
    note: 'The same spec, "should return an UnauthorizedException when no token is provided": `.expect(403)`, `res.body.error` is "FORBIDDEN_EXCEPTION" and `res.body.messages[0]` is "Missing authentication token". Only the asserted members are copied. No header shown. Kind: a 403 with `FORBIDDEN_EXCEPTION`, read without its suffix a permission code: forbidden (rule 1); the text says a credential is missing, but text never decides, and no credential code is sent. Message: "Missing authentication token" says what the request lacked, kept (judgment call: a line naming only what is missing could be read as generic under rule 2.1). No code stated: `FORBIDDEN_EXCEPTION` restates the 403.',
    response: { status: 403, body: { error: 'FORBIDDEN_EXCEPTION', messages: ['Missing authentication token'] } },
    expect: { kind: 'forbidden', message: 'Missing authentication token' },
  },

  // ───────────────────────────── Frappe Framework (ERPNext) ─────────────────────────────
  {
    id: 'frappe/delete-missing-document-404-empty-object',
    source: 'Frappe Framework',
    url: 'frappe/frappe/frappe/tests/test_api.py@0122f88a97ff998c4e61c3335e61e40c69233bc6',
    note: "Frappe's `TestResourceAPI.test_delete_document`: deleting a ToDo that does not exist, `self.assertEqual(response.status_code, 404)` and `self.assertDictEqual(response.json, {})`: the whole body is an empty object. No header shown. Kind: 404, not-found (rule 1). Message: the body says nothing: the default (rule 2.4). No code.",
    response: { status: 404, body: {} },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'frappe/run-doc-method-not-permitted-403',
    source: 'Frappe Framework',
    url: 'frappe/frappe/frappe/tests/test_api.py@0122f88a97ff998c4e61c3335e61e40c69233bc6',
    note: 'The same file, `test_run_doc_method` when not logged in: status 403, the body\'s keys exactly `exc_type`, `exception`, `exc` and `_server_messages`, with `exc_type` "PermissionError" and `exception` "frappe.exceptions.PermissionError: Not permitted". Trimmed to the two members whose values the test asserts: `exc` (a string, the traceback) and `_server_messages` (not asserted) are left out because their values are not shown. No header shown. Kind: 403, forbidden (rule 1; `PermissionError` is an exception\'s class, no code the table names). Message: the qualified class name before the colon is developer text (rule 2.3: qualified type names and `TypeError:`-style prefixes), and "Not permitted" after it says what was refused, kept as "Not Authorized" on a 403 is (rule 2.1). Judgment call: a reader could call the whole line developer text and give the default. No code stated (`exc_type` is an exception class).',
    response: {
      status: 403,
      body: { exc_type: 'PermissionError', exception: 'frappe.exceptions.PermissionError: Not permitted' },
    },
    expect: { kind: 'forbidden', message: 'Not permitted' },
  },
  {
    id: 'frappe/write-in-read-only-mode-503',
    source: 'Frappe Framework',
    url: 'frappe/frappe/frappe/tests/test_api.py@0122f88a97ff998c4e61c3335e61e40c69233bc6',
    note: 'The same file, `TestReadOnlyMode.test_blocked_writes` (maintenance mode with reads allowed): a POST to /api/resource/ToDo gets `status_code == 503` and `response.json["exc_type"] == "InReadOnlyMode"`. Only the asserted member is copied; the test shows no other. No header shown. Kind: 503, unavailable (rule 1). Message: no sentence in what is shown: the default. No code stated: `exc_type` names an exception class, which rule 6 does not name as a code.',
    response: { status: 503, body: { exc_type: 'InReadOnlyMode' } },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Maybe Finance ─────────────────────────────
  {
    id: 'maybe-finance/invalid-api-key-401',
    source: 'Maybe Finance',
    url: 'maybe-finance/maybe/app/controllers/api/v1/base_controller.rb@4ba560c177917c7536bbf9771cdd590170b7fbf7',
    note: 'Maybe\'s `Api::V1::BaseController#render_unauthorized` renders this body with `status: :unauthorized`; its `base_controller_test.rb` at the same commit ("should reject invalid API key") asserts the 401, `error` "unauthorized" and a `message` that includes "Access token or API key". No header shown. Kind: 401, unauthenticated (rule 1). Message: a sentence saying which credentials failed and how (rule 2). No code stated: `unauthorized` restates the 401.',
    response: {
      status: 401,
      body: { error: 'unauthorized', message: 'Access token or API key is invalid, expired, or missing' },
    },
    expect: { kind: 'unauthenticated', message: 'Access token or API key is invalid, expired, or missing' },
  },
  {
    id: 'maybe-finance/insufficient-scope-403',
    source: 'Maybe Finance',
    url: 'maybe-finance/maybe/app/controllers/api/v1/base_controller.rb@4ba560c177917c7536bbf9771cdd590170b7fbf7',
    note: 'The same controller, `authorize_scope!("write")`: `render_json({ error: "insufficient_scope", message: "This action requires the \'#{required_scope}\' scope" }, status: :forbidden)`; the test "should reject API key without required scope" asserts the 403, `error` "insufficient_scope" and a message that includes "write" (the scope the route requires, filled in here). No header shown. Kind: 403, and `insufficient_scope` is a permission code: forbidden (rule 1). Message: the sentence. Code: `insufficient_scope` (rule 6: the `error` member, as OAuth\'s).',
    response: {
      status: 403,
      body: { error: 'insufficient_scope', message: "This action requires the 'write' scope" },
    },
    expect: {
      kind: 'forbidden',
      message: "This action requires the 'write' scope",
      code: 'insufficient_scope',
    },
  },
  {
    id: 'maybe-finance/record-not-found-404',
    source: 'Maybe Finance',
    url: 'maybe-finance/maybe/app/controllers/api/v1/base_controller.rb@4ba560c177917c7536bbf9771cdd590170b7fbf7',
    note: 'The same controller, `handle_not_found` (rescuing `ActiveRecord::RecordNotFound`): this body with `status: :not_found`; the test "should handle ActiveRecord::RecordNotFound errors" asserts the 404 and `error` "record_not_found". No header shown. Kind: 404, not-found. Message: "The requested resource was not found" is a sentence, not the bare reason phrase (rule 2.1, the fifth holdout\'s row: "Resource not found" is kept). Code: `record_not_found`, the vendor\'s own code in `error`, more specific than the status (judgment call: a reader could call any not-found code a restatement of the 404 and state none).',
    response: {
      status: 404,
      body: { error: 'record_not_found', message: 'The requested resource was not found' },
    },
    expect: { kind: 'not-found', message: 'The requested resource was not found', code: 'record_not_found' },
  },
  {
    id: 'maybe-finance/other-family-access-denied-403',
    source: 'Maybe Finance',
    url: 'maybe-finance/maybe/app/controllers/api/v1/base_controller.rb@4ba560c177917c7536bbf9771cdd590170b7fbf7',
    note: 'The same controller, `ensure_current_family_access`: this body with `status: :forbidden`; the tests "should enforce family-based access control" (OAuth and API key) assert the 403 and `error` "forbidden". No header shown. Kind: 403, forbidden. Message: "Access denied to this resource" says what was refused (rule 2). No code stated: `forbidden` restates the 403.',
    response: { status: 403, body: { error: 'forbidden', message: 'Access denied to this resource' } },
    expect: { kind: 'forbidden', message: 'Access denied to this resource' },
  },
  {
    id: 'maybe-finance/parameter-missing-400',
    source: 'Maybe Finance',
    url: 'maybe-finance/maybe/app/controllers/api/v1/base_controller.rb@4ba560c177917c7536bbf9771cdd590170b7fbf7',
    note: 'The same controller, `handle_bad_request` (rescuing `ActionController::ParameterMissing`): this body with `status: :bad_request`. The status is the render call\'s; no test beside it was found. No header shown. Kind: a 400 without field errors, `bad_request` restating the status: bad-request (rule 1). Message: "Required parameters are missing or invalid" only says that some parameters were wrong, generic as Pin Payments\' "One or more parameters were missing or invalid." (rule 2.1): the default. No code stated.',
    response: { status: 400, body: { error: 'bad_request', message: 'Required parameters are missing or invalid' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Karakeep ─────────────────────────────
  {
    id: 'karakeep/public-asset-invalid-token-403',
    source: 'Karakeep',
    url: 'karakeep-app/karakeep/packages/e2e_tests/tests/api/public.test.ts@6e24a2f87451874032f9050e0ede9146ab27f0b1',
    note: 'Karakeep\'s end-to-end public-API test, "should fail with a malformed token string": `GET /api/public/assets/{id}?token=…` gets `res.status` 403 and a body matching `expect.objectContaining({ error: "Invalid or expired token" })` (also for an expired token, a token for another asset and a malformed payload). Only the asserted member is copied. No header shown. Kind: 403 with no code: forbidden (rule 1; the text speaks of a token, but text never decides). Message: "Invalid or expired token" says what was wrong with the credential, kept as the corpus keeps "Invalid token" (judgment call, as for Twenty\'s "Token invalid.").',
    response: { status: 403, body: { error: 'Invalid or expired token' } },
    expect: { kind: 'forbidden', message: 'Invalid or expired token' },
  },
  {
    id: 'karakeep/public-asset-not-found-404',
    source: 'Karakeep',
    url: 'karakeep-app/karakeep/packages/e2e_tests/tests/api/public.test.ts@6e24a2f87451874032f9050e0ede9146ab27f0b1',
    note: 'The same test, "should fail for a token referencing a non-existent assetId (expect 404)": `res.status` 404 and `expect.objectContaining({ error: "Asset not found" })`. Only the asserted member is copied. No header shown. Kind: 404, not-found. Message: "Asset not found" names what was not found, a sentence (rule 2.1: only the bare reason phrase restates the status).',
    response: { status: 404, body: { error: 'Asset not found' } },
    expect: { kind: 'not-found', message: 'Asset not found' },
  },

  // ───────────────────────────── AFFiNE ─────────────────────────────
  {
    id: 'affine/comment-attachment-not-found-404',
    source: 'AFFiNE',
    url: 'toeverything/AFFiNE/packages/backend/server/src/__tests__/e2e/workspace/__snapshots__/controller.spec.ts.md@8befab0d2a6965f0dd71ad3821ffa37d5fc30e3f',
    note: 'AFFiNE\'s AVA snapshot report, "should get comment attachment not found when key is not exists": `{ body: {…}, status: 404 }`. No header shown. Kind: 404, not-found (and `type: "RESOURCE_NOT_FOUND"` says the same). Message: the sentence in `message`. No code stated: `code` is the reason phrase "Not Found", and whether `name` (`COMMENT_ATTACHMENT_NOT_FOUND`) or `type` is the code rule 6 does not say.',
    response: {
      status: 404,
      body: {
        code: 'Not Found',
        message: 'Comment attachment not found.',
        name: 'COMMENT_ATTACHMENT_NOT_FOUND',
        status: 404,
        type: 'RESOURCE_NOT_FOUND',
      },
    },
    expect: { kind: 'not-found', message: 'Comment attachment not found.' },
  },
  {
    id: 'affine/doc-action-denied-403',
    source: 'AFFiNE',
    url: 'toeverything/AFFiNE/packages/backend/server/src/__tests__/e2e/workspace/__snapshots__/controller.spec.ts.md@8befab0d2a6965f0dd71ad3821ffa37d5fc30e3f',
    note: 'The same report, "should get comment attachment no permission when user is not member": `{ body: {…}, status: 403 }`. The snapshot wrote `<doc-id>` where the document id was; it is kept as written (rule 2.5: angle brackets around a slot\'s name are text). No header shown. Kind: 403, forbidden (`type: "NO_PERMISSION"` agrees). Message: the sentence in `message`. Fields: none; `data.action` names the action refused, no parameter (rule 3 reads a context\'s `param`, `parameter`, `field`, `fieldName`, `argument`). No code stated (as above).',
    response: {
      status: 403,
      body: {
        code: 'Forbidden',
        data: { action: 'Doc.Read' },
        message: 'You do not have permission to perform Doc.Read action on doc <doc-id>.',
        name: 'DOC_ACTION_DENIED',
        status: 403,
        type: 'NO_PERMISSION',
      },
    },
    expect: { kind: 'forbidden', message: 'You do not have permission to perform Doc.Read action on doc' },
  },
  {
    id: 'affine/doc-markdown-doc-not-found-404',
    source: 'AFFiNE',
    url: 'toeverything/AFFiNE/packages/backend/server/src/__tests__/e2e/doc-service/__snapshots__/controller.spec.ts.md@66624090edfb314b3e25928a77a79fec5ade6d76',
    note: 'AFFiNE\'s doc-service snapshot report, "should get doc markdown return null when doc not exists": the body alone; its status is the body\'s own `status`, 404. No header shown. Kind: 404, not-found. Message: "Doc not found" names what was not found, a sentence (rule 2.1). No code stated: `name: "NOT_FOUND"` and `code: "Not Found"` restate the status.',
    response: {
      status: 404,
      body: { code: 'Not Found', message: 'Doc not found', name: 'NOT_FOUND', status: 404, type: 'RESOURCE_NOT_FOUND' },
    },
    expect: { kind: 'not-found', message: 'Doc not found' },
  },
  {
    id: 'affine/throttled-retry-after-429',
    source: 'AFFiNE',
    url: 'toeverything/AFFiNE/packages/backend/server/src/__tests__/nestjs/throttler.spec.ts@3d206e150b4abb05a0c98efd35ae408b0a56e1a7',
    note: 'AFFiNE\'s throttler test, "should be able to prevent requests if limit is reached" (the storage stubbed to `isBlocked: true, timeToBlockExpire: 10`): `.expect(HttpStatus.TOO_MANY_REQUESTS)` and `t.is(headers.retryAfter, "10")`, read from `res.header["retry-after"]`. The test shows no body and no other header value, so the case holds the status and that one header only. Kind: 429, rate-limited (rule 1). Message: no body, the default. Retry: `Retry-After: 10`, ten seconds from 2026-11-22T12:00:00Z (rule 4.1; no `Date` shown).',
    response: { status: 429, headers: { 'Retry-After': '10' } },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 10 },
  },

  // ───────────────────────────── Healthchecks.io ─────────────────────────────
  {
    id: 'healthchecks/ping-missing-check-404-text',
    source: 'Healthchecks.io',
    url: 'healthchecks/healthchecks/hc/api/tests/test_ping.py@027920ef2b3dc67757b8c98556ea480d139cb9a8',
    note: 'Healthchecks\' `PingTestCase.test_it_handles_missing_check`: `GET /ping/<uuid of no check>/`, `r.status_code == 404` and `r.content.decode() == "not found"`, the whole body as text. No header shown (the content type is not asserted, so none is copied). Kind: 404, not-found. Message: "not found" is the bare reason phrase (rule 2.1): the default.',
    response: { status: 404, body: 'not found' },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'healthchecks/create-check-missing-body-wrong-api-key-400',
    source: 'Healthchecks.io',
    url: 'healthchecks/healthchecks/hc/api/tests/test_create_check.py@00d18e86bd89d404af27d954095bacfec13e66c3',
    note: 'Healthchecks\' `CreateCheckTestCase.test_it_handles_missing_request_body` (an early version of the API, which read the key from the body): a POST to /api/v1/checks/ with no body, `r.status_code == 400` and `r.json()["error"] == "wrong api_key"`. Only the asserted member is copied. No header shown. Kind: a 400 with no code and no field errors: bad-request (rule 1; the text speaks of a key, but text never decides). Message: "wrong api_key" names only what is wrong, with the parameter\'s name, as Gigya\'s "Invalid ApiKey parameter" does, which both readings give the default (the twenty-first sample): the default. Judgment call: a reader keeping credential lines ("Invalid token") could keep it.',
    response: { status: 400, body: { error: 'wrong api_key' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Pagoda (AirOne) ─────────────────────────────
  {
    id: 'pagoda/delete-user-permission-denied-403',
    source: 'Pagoda (AirOne)',
    url: 'dmm-com/pagoda/user/tests/test_api_v2.py',
    note: "Pagoda's `user/tests/test_api_v2.py`, `test_delete_user_without_permission`: a guest deleting a user gets `resp.status_code == 403` and `resp.json()` equal to this whole body. The file was read from the index by its id, which gave no repository or commit; the path is dmm-com/pagoda's (DMM's data-management app, formerly AirOne). No header shown. Kind: 403, forbidden. Message: Django REST framework's permission sentence (rule 2). Code: `AE-210000`, Pagoda's own error code in `code` (rule 6).",
    response: {
      status: 403,
      body: { code: 'AE-210000', message: 'You do not have permission to perform this action.' },
    },
    expect: {
      kind: 'forbidden',
      message: 'You do not have permission to perform this action.',
      code: 'AE-210000',
    },
  },
  {
    id: 'pagoda/user-token-not-found-404',
    source: 'Pagoda (AirOne)',
    url: 'dmm-com/pagoda/user/tests/test_api_v2.py',
    note: 'The same file, `test_get_user_token_via_apiv2_without_creation`: `GET /user/api/v2/token/` before a token exists, `resp.status_code == 404` and `resp.json() == {"message": "Not found.", "code": "AE-230000"}`. No header shown. Kind: 404, not-found. Message: "Not found." is the bare reason phrase (rule 2.1): the default. Code: `AE-230000` (rule 6).',
    response: { status: 404, body: { message: 'Not found.', code: 'AE-230000' } },
    expect: { kind: 'not-found', message: DEFAULT, code: 'AE-230000' },
  },
  {
    id: 'pagoda/entry-name-already-exists-400',
    source: 'Pagoda (AirOne)',
    url: 'dmm-com/pagoda/entry/tests/test_api_v2.py',
    note: "Pagoda's `entry/tests/test_api_v2.py` (read from the index by excerpt; the path is dmm-com/pagoda's), the entry-update test: renaming an entry to a name another entry holds, `resp.status_code == 400` and `resp.json()` equal to this whole body. No header shown. Kind: a 400 with a field error: validation (rule 1). Judgment call: the message says the name already exists, and Pagoda gives the same `AE-220000` to \"Duplication error. There is same named Entity\", but the code carries no words that say duplicate, and text never decides, so not conflict. Fields: `name` (rule 3, a map of fields to items with `message`). Message: only field messages: the default (rule 2.4). No code stated: the field item's `code` is the field's, and rule 6 leaves in doubt whether it is the response's.",
    response: {
      status: 400,
      body: { name: [{ code: 'AE-220000', message: 'specified name(hoge) already exists' }] },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['name', 'specified name(hoge) already exists']] },
  },
  {
    id: 'pagoda/entry-name-tab-character-400',
    source: 'Pagoda (AirOne)',
    url: 'dmm-com/pagoda/entry/tests/test_api_v2.py',
    note: 'A later version of the same test (read from the index by excerpt): renaming an entry to "hoge\\thoge", `resp.status_code == 400` and `resp.json()` equal to this whole body. No header shown. Kind: a 400 with a field error: validation (rule 1). Fields: `name` with its sentence (rule 3). Message: the default (rule 2.4). No code stated (as above).',
    response: {
      status: 400,
      body: { name: [{ code: 'AE-250000', message: 'Names containing tab characters cannot be specified.' }] },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['name', 'Names containing tab characters cannot be specified.']],
    },
  },
  {
    id: 'pagoda/entity-note-not-a-string-400',
    source: 'Pagoda (AirOne)',
    url: 'dmm-com/pagoda/entity/tests/test_api_v2.py',
    note: 'Pagoda\'s `entity/tests/test_api_v2.py` (read from the index by excerpt; the path is dmm-com/pagoda\'s), creating an entity with `note: ["hoge"]`: `resp.status_code == 400` and `resp.json() == {"note": [{"code": "AE-121000", "message": "Not a valid string."}]}`. No header shown. Kind: a 400 with a field error: validation. Fields: `note` with DRF\'s "Not a valid string." (rule 3; a field\'s own line is kept whatever its length). Message: the default (rule 2.4). No code stated.',
    response: { status: 400, body: { note: [{ code: 'AE-121000', message: 'Not a valid string.' }] } },
    expect: { kind: 'validation', message: DEFAULT, fields: [['note', 'Not a valid string.']] },
  },

  // ───────────────────────────── Dawarich ─────────────────────────────
  {
    id: 'dawarich/account-destroy-rate-limited-429',
    source: 'Dawarich',
    url: 'Freika/dawarich/spec/requests/api/v1/users/destroy_spec.rb@1cd6dcc9d500fd04f7423f21833c0df9e2bf9b42',
    note: 'Dawarich\'s request spec for `DELETE /api/v1/users/me`, "rate-limits a second destroy request to 429 within the window": `have_http_status(:too_many_requests)` and `JSON.parse(response.body)["error"] == "rate_limited"`. Only the asserted member is copied; no header is asserted, so none is copied. Kind: 429, rate-limited (and `rate_limited` is `ratelimited`, a throttling code, rule 1). Message: no sentence in what is shown: the default. Retry: none shown. Code: `rate_limited` (rule 6).',
    response: { status: 429, body: { error: 'rate_limited' } },
    expect: { kind: 'rate-limited', message: DEFAULT, code: 'rate_limited' },
  },
  {
    id: 'dawarich/cannot-delete-account-family-owner-422',
    source: 'Dawarich',
    url: 'Freika/dawarich/spec/requests/api/v1/users/destroy_spec.rb@1cd6dcc9d500fd04f7423f21833c0df9e2bf9b42',
    note: 'The same spec, "when the user owns a family with other members … returns 422 and does NOT soft-delete (cloud)": `have_http_status(:unprocessable_content)` and `JSON.parse(response.body)["error"] == "cannot_delete_account"`. Only the asserted member is copied. No header shown. Kind: 422, validation (rule 1: the status decides, and `cannot_delete_account` is no code the kind table names; judgment call: the refusal is about the account\'s state, which a reader could call a conflict, but no duplicate or conflict code is sent). Message: no sentence in what is shown: the default. Code: `cannot_delete_account` (rule 6).',
    response: { status: 422, body: { error: 'cannot_delete_account' } },
    expect: { kind: 'validation', message: DEFAULT, code: 'cannot_delete_account' },
  },
] satisfies ConformanceCase[];
