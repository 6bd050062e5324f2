import { DEFAULT, type ConformanceCase } from '../types';

// Twenty-first unseen-API holdout, part P (11 December 2026): collaboration, project-management, wiki and whiteboard
// APIs that no other case file uses (Atlassian Confluence, Miro, Linear, Pivotal Tracker, YouTrack, Plane, Vikunja,
// OpenShift.io Planner), collected to measure how the reader does at first sight on APIs it was never tuned on.
// Coda, Shortcut, Wrike, Canva Connect, Lucid, Loom, Productboard, Aha!, Teamwork.com, Zoho Projects, Height, Nuclino,
// Productive, Wiki.js, Wekan, HackMD, Nextcloud Deck and Zenhub were looked for and dropped: no public capture with
// both its status and its whole body was found in the time box (Wrike's `{ errorDescription, error: "not_authorized"
// }`, Canva's `{ code: "invalid_access_token", message }`, Wiki.js's GraphQL errors and Wekan's `{ error, reason }`
// were found without a status the capture or the vendor's docs show, so they are not cases). Collection stopped at the
// brief's time box (reached at about 50 minutes) with 15 cases from 8 APIs, short of the 35-45 from 12+ the brief
// aimed at. Every body was copied from the public material named in `url`: public issues that paste a captured
// response (Confluence, Miro, Linear, Plane, Vikunja, OpenShift.io Planner), the vendor's own troubleshooting docs
// that print the body and the HTTP response code (YouTrack), and a third-party API test suite that asserts the status
// and the body's members (Pivotal Tracker; the library index named that file only by its id, not by repository).
// Trims, a body converted from a Python repr, and any status taken from elsewhere than the capture, are said in
// `note`. Every `expect` was written from the source and test/conformance/README.md before the kit was run on it.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-11-p`, in a clean worktree at 1b6f529 without other engineers' uncommitted changes to src/):
// 12/15 pass, 8 sources (kind 15/15, message 12/15, fields 15/15, retry 15/15, logId 0/0, code 4/4). Failing at first
// sight: pivotal-tracker/label-delete-invalid-parameter-400 ("One or more request parameters was missing or invalid."
// kept over `general_problem` "No label found to delete.", where rule 2.1 makes the former a generic summary and
// `general_problem` is not read as a message member); openshiftio-planner/workitem-create-body-decode-400 ("failed to
// decode request body with content type "application/json": uuid: …" kept, where rule 2.3 makes a body the server
// could not decode developer text); openshiftio-planner/workitemtypes-uuid-not-found-404 ("uuid: UUID string too short:
// workitemtypes" kept, a library's parse report, developer text by rule 2.3). No expectation was changed after the run.
//
// Dropped by the engineer after the run, for provenance: the two Pivotal Tracker cases, whose file the library named
// only by an index id; no repository or URL could be found for it, and a case must cite one. Without them the first
// run reads 11/13 (pivotal-tracker/label-delete-invalid-parameter-400 was one of its three misses).
//
// Measured again by the engineer on a clean worktree of 1b6f529, with the same result, 12/15 (11/13 without the cases
// dropped below); the twenty-first holdout as a whole: 50/63 at first sight (parts L 16/19, P 12/15, S 22/29).
//
// Read now, after the changes its misses led to: 12/13 (a decoder's failure on the request body is developer text).
// Still read wrong: openshiftio-planner/workitemtypes-uuid-not-found-404 ("uuid: UUID string too short: …": a Go
// package's prefix, or a field's name before its message, as Claid's "name: …"?).

export default [
  // ───────────────────────────── Atlassian Confluence ─────────────────────────────
  {
    id: 'confluence/space-key-empty-500-java-exception',
    source: 'Atlassian Confluence',
    url: 'https://github.com/vogoltsov/visual-paradigm-plugins/issues/9',
    note: 'The issue "HTTP error code 500 is returned by Confluence API when a space is not found by key" pastes this body (Confluence Server, CONFSERVER-55445); status from the issue title and the body\'s `statusCode`. The only sentence is a Java exception\'s text led by its qualified class name, developer-only text (rule 2.3), and `reason` is a bare reason phrase (rule 2.1), so the default. A 500 is server (rule 1).',
    response: {
      status: 500,
      body: {
        statusCode: 500,
        message: 'java.lang.IllegalArgumentException: parameters should not be empty',
        reason: 'Internal Server Error',
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'confluence/v2-page-not-found-404',
    source: 'Atlassian Confluence',
    url: 'https://github.com/hunyadi/md2conf/issues/113',
    note: "md2conf logs \"404 Client Error: Not Found for url: https://COMPANY.atlassian.net/wiki/api/v2/pages/PAGEID?body-format=storage\" and then the body as a Python repr: `{'errors': [{'status': 404, 'code': 'NOT_FOUND', 'title': 'Not Found', 'detail': None}]}`, converted here to JSON (`None` is `null`). The lone item's `title` is a bare reason phrase and `detail` is empty (rule 2.1), so the default. `NOT_FOUND` only restates the status, so no code is stated (rule 6).",
    response: {
      status: 404,
      body: { errors: [{ status: 404, code: 'NOT_FOUND', title: 'Not Found', detail: null }] },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Miro ─────────────────────────────
  {
    id: 'miro/frame-items-route-not-found-404',
    source: 'Miro',
    url: 'https://github.com/olgasafonova/miro-mcp-server/issues/9',
    note: 'The issue "miro_get_frame_items returns 404 — wrong API endpoint path": `GET /v2/boards/{board}/frames/{frame}/items` (a route Miro\'s REST API v2 does not have) "always returns a 404 error" with this body, Spring\'s default error attributes. `message` is a bare reason phrase (rule 2.1), so the default; `url` at the top of the body is the request\'s path, no field (rule 3); `status` names the same 404 as a string.',
    response: {
      status: 404,
      body: {
        servlet: 'dispatcherServlet',
        message: 'Not Found',
        url: '/v2/boards/uXjVGEwcttk=/frames/3458764658698664656/items',
        status: '404',
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Linear ─────────────────────────────
  {
    id: 'linear/oauth-token-invalid-grant-400',
    source: 'Linear',
    url: 'https://github.com/raycast/extensions/issues/23050',
    note: "The Linear extension's error: \"Error while fetching tokens: 400 (Bad Request)\" and then this body from Linear's OAuth token endpoint. `invalid_grant` is a credential code on a 400 (rule 1); OAuth's `error_description` beats `error` (rule 2.2); the code is OAuth's `error` (rule 6).",
    response: {
      status: 400,
      body: { error: 'invalid_grant', error_description: 'Invalid grant: authorization code is invalid' },
    },
    expect: { kind: 'unauthenticated', message: 'authorization code is invalid', code: 'invalid_grant' },
  },

  // ───────────────────────────── YouTrack ─────────────────────────────
  {
    id: 'youtrack/ring-id-invalid-entity-id-400',
    source: 'YouTrack',
    url: 'https://www.jetbrains.com/help/youtrack/devportal/api-troubleshoot-ring-id.html',
    note: 'The vendor\'s troubleshooting page "400 Bad Request When Using a Ring ID": POST /api/issues with a Ring ID as project.id; "Error Message" is this body, "HTTP response code 400". `bad_request` only restates the status (rule 6), so bad-request with no code stated; `error_description` beats `error` (rule 2.2).',
    response: {
      status: 400,
      body: {
        error: 'bad_request',
        error_description: 'Invalid structure of entity id: 039de813-e6e5-4b14-9d55-1361df908adf',
      },
    },
    expect: { kind: 'bad-request', message: 'Invalid structure of entity id' },
  },
  {
    id: 'youtrack/create-user-invalid-properties-400',
    source: 'YouTrack',
    url: 'https://www.jetbrains.com/help/youtrack/devportal/api-troubleshoot-create-user-endpoint.html',
    note: 'The vendor\'s page "400 Bad Request When Creating a User": POST /api/users, this body, "HTTP response code 400". `invalid_properties` begins with `invalid` and names the input (rule 1), so validation; no member names a field (the child item has only `error`, `error_description`, `error_developer_message`), so no field error. `<no user>` is not an HTML element: angle brackets around a placeholder are text (rule 2.5), so the sentence is kept whole. `error_developer_message` is for developers (rule 2.3).',
    response: {
      status: 400,
      body: {
        error: 'invalid_properties',
        error_description: '<no user> is not a valid user login.',
        error_children: [
          {
            error: 'User-is-invalid',
            error_description: '<no user> is not a valid user login.',
            error_developer_message: '<no user> is not a valid user login.',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: '<no user> is not a valid user login' },
  },
  {
    id: 'youtrack/conditional-field-invalid-properties-400',
    source: 'YouTrack',
    url: 'https://www.jetbrains.com/help/youtrack/devportal/api-troubleshoot-updating-conditional-field.html',
    note: 'The vendor\'s page "400 Bad Request When Updating a Conditional Field": POST /api/issues/{issueID}/customFields/{customFieldID}, this body, "HTTP response code 400". `invalid_properties` is a validation code (rule 1); the field names are only inside the sentence, so no field error (rule 3).',
    response: {
      status: 400,
      body: {
        error: 'invalid_properties',
        error_description:
          'You can only update the value for the Estimation field when the value for the Type field is Task',
        error_children: [
          {
            error: 'Issue-is-invalid',
            error_description:
              'You can only update the value for the Estimation field when the value for the Type field is Task',
            error_developer_message:
              'You can only update the value for the Estimation field when the value for the Type field is Task',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: 'You can only update the value for the Estimation field when the value for the Type field is Task',
    },
  },
  {
    id: 'youtrack/incorrect-request-url-404',
    source: 'YouTrack',
    url: 'https://www.jetbrains.com/help/youtrack/devportal/api-troubleshoot-incorrect-issue-url.html',
    note: 'The vendor\'s page "404 Not Found Caused by an Incorrect Request URL": POST /api/admin/issues%C2%A0, this body, "HTTP response code 404". `error` is a bare reason phrase and `error_description` "HTTP 404 Not Found" is one too (rule 2.1 lists `HTTP 404`), so the default.',
    response: { status: 404, body: { error: 'Not Found', error_description: 'HTTP 404 Not Found' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Plane ─────────────────────────────
  {
    id: 'plane/comment-required-key-missing-400',
    source: 'Plane',
    url: 'https://github.com/makeplane/plane/issues/7505',
    note: 'The issue "API Call [POST COMMENTS] Gets Error 400 - But it is Woking" (Plane Cloud): creating a comment on an issue gives `400 - "{\\"error\\":\\"The required key does not exist.\\"}"` (the reporter\'s client printed the body as a JSON string; the body is the object inside). A lone sentence with no code and no field member, on a 400: bad-request (rule 1).',
    response: { status: 400, body: { error: 'The required key does not exist.' } },
    expect: { kind: 'bad-request', message: 'The required key does not exist.' },
  },

  // ───────────────────────────── Vikunja ─────────────────────────────
  {
    id: 'vikunja/route-not-found-404',
    source: 'Vikunja',
    url: 'https://github.com/go-vikunja/vikunja/issues/2163',
    note: 'The issue "Not found 404 errors in API and UI in RC4" (v1.0.0-rc4): reloading /tasks/<id> "returns JSON `{\\"message\\":\\"Not Found\\"}`"; status from the issue\'s title. A bare reason phrase (rule 2.1), so the default.',
    response: { status: 404, body: { message: 'Not Found' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── OpenShift.io Planner (fabric8 WIT) ─────────────────────────────
  {
    id: 'openshiftio-planner/workitem-create-body-decode-400',
    source: 'OpenShift.io Planner',
    url: 'https://github.com/fabric8-ui/fabric8-planner/issues/1347',
    note: 'The issue "workitem API throw 400 bad request": POST http://api.prod-preview.openshift.io/api/spaces/{space}/workitems, "Status Code:400 Bad Request", "Response :" this JSON:API body from the work item tracker. The lone item\'s `detail` is the server failing to decode the request\'s JSON body with a UUID parser\'s report, developer text (rule 2.3: a body the server could not parse or convert, a decoder\'s report), and `title` is a bare reason phrase, so the default. `bad_request` only restates the status (rule 6), no code stated.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            code: 'bad_request',
            detail:
              'failed to decode request body with content type "application/json": uuid: UUID string too short: new',
            id: 'U0VVdC0B',
            status: '400',
            title: 'Bad Request',
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'openshiftio-planner/assignee-bad-parameter-400',
    source: 'OpenShift.io Planner',
    url: 'https://github.com/fabric8-ui/fabric8-planner/issues/1151',
    note: 'The issue "Unable to edit description (Error 400 Bad Request)": "I get an error 400 from the server with the following message" and this body. `bad_parameter` says an input\'s value is bad, as `BadParams` does (rule 1), so validation; the parameter is named only inside the sentence, so no field error (rule 3). `detail` beats the category line `title` "Bad parameter error" (rules 2.1, 2.2); the lone item\'s code is the response\'s (rule 6).',
    response: {
      status: 400,
      body: {
        errors: [
          {
            code: 'bad_parameter',
            detail: "Bad value for parameter 'data.relationships.assignees.data.id': 'pranav'",
            status: '400',
            title: 'Bad parameter error',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: "Bad value for parameter 'data.relationships.assignees.data.id'",
      code: 'bad_parameter',
    },
  },
  {
    id: 'openshiftio-planner/workitemtypes-uuid-not-found-404',
    source: 'OpenShift.io Planner',
    url: 'https://github.com/fabric8-ui/fabric8-planner/issues/1347',
    note: 'A maintainer\'s reproduction in the same issue with alm-cli: POST http://localhost:8080/api/spaces//workitemtypes "completed ... status=404" and "error: 404: {…}" with this body. `detail` is the Go uuid library\'s parse report ("uuid: UUID string too short: …"), developer text (rule 2.3: a parser\'s or library\'s report), and `title` a bare reason phrase, so the default.',
    response: {
      status: 404,
      body: {
        errors: [
          {
            code: 'not_found',
            detail: 'uuid: UUID string too short: workitemtypes',
            id: 'kiA3UWLM',
            status: '404',
            title: 'Not Found',
          },
        ],
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
] satisfies ConformanceCase[];
