import { DEFAULT, type ConformanceCase } from '../types';

// Thirty-fifth unseen-API holdout, part A (25 December 2026): ML-ops platforms (experiment tracking, model registries
// and serving, notebooks and data-labelling platforms) that no other case file uses: the JupyterHub REST API, Jupyter
// Server, the Ray Jobs API and Ray Serve, ClearML, Seldon Core, Kubeflow Pipelines, CVAT, Argilla, Polyaxon and the
// Kaggle API, collected to measure how the reader does at first sight on APIs it was never tuned on. Every body and
// header was copied from the public material named in `url` and `note`: public issues and pull requests that paste a
// captured response with its status (curl and `-v` output, the `HTTPHeaderDict` dumps of generated Python clients,
// `resp.__dict__`, an Emacs client's raw debug log, Django REST Framework's browsable page, the status and body a web
// UI or a CLI prints), a security write-up that prints a ClearML server's body beside its status (0xdf's HTB Blurry),
// and the Argilla server's own handler tests, which post through the server app and assert the status and the whole
// body. No header was added; Content-Length was left out where shown, and so was Kaggle's `Set-Cookie` (two session
// cookies, nothing about the error). Two header values GitHub had turned into links (Ray's `text/plain`, its `Server`)
// were restored to their text, and bodies printed pretty or as a JSON string were transcribed to JSON or decoded text;
// the notes say where. Where a capture showed no status and one was taken from elsewhere (another capture of the same
// error from the same server, the gateway's mapping of a gRPC code, the framework's documented status, a log line
// beside the body) the case's `note` says where. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Neptune (only client pull requests and exception names, no body), Comet (only the SDK's
// `InvalidRestAPIKey` and its warnings), Labelbox (the SDK's own exception texts, and a debug log whose only body is a
// 200 result listing `notFoundGlobalKeys`, Labelbox/labelbox-python#1260), Roboflow (clients print only "401 Client
// Error: Unauthorized for url"), Scale AI (its errors page lists statuses and sentences but prints no body), Hex,
// Deepnote, SuperAnnotate, Aim, Prodigy and Determined AI (nothing citable with a status and a body); BentoML (a
// runner's 404 whose 9-byte text body is not printed, bentoml/BentoML#4089; Flask's 400 page cut off in #742); the
// Hugging Face Hub (only huggingface_hub's rewording, "Repository Not Found for url: …", never the Hub's body);
// JupyterHub's 429 for too many concurrent spawns (only its configuration's description) and its 500s (logs only);
// ClearML's 401 (only the SDK's rendering, "Action failed <401/22: projects.get_all/v1.0 (Unauthorized (invalid
// credentials) …)>", clearml/clearml#158, #1118); Argilla's 401 `argilla.api.errors::UnauthorizedError`
// (argilla-io/argilla#3187 gives the status but only the client's rendering of the error's `detail`; the raw body was
// found in a scanner's report the index does not locate); a second Ray Serve body, "internal error, please use python
// API to debug" (ray-project/ray#6012: no status); Seldon's `MICROSERVICE_INTERNAL_ERROR` body (found by string in a
// file whose repository the index does not name); Kubeflow Pipelines bodies without a status or cut where stored
// (kubeflow/kubeflow#5012, the Go decoder's error again; kubeflow/kubeflow#4504 and kubeflow/pipelines#8682, cut
// mid-body; kubeflow/pipelines#5576) and a Kubernetes API `Status` body met through the KFP client
// (kubeflow/pipelines#5774: Kubernetes', not KFP's); Kaggle's 403s (Kaggle/kaggle-cli#87, #448: the dump is cut before
// the body; #548: a body without a status; the CLI's own "403 - Forbidden - Permission … was denied"); CVAT's 400 of
// cvat-ai/cvat#1452 (headers shown, body not printed) and repeats of its 403 sentence (#3834, #6221); Jupyter's 403
// "'_xsrf' argument missing" answers (the Notebook's HTML page, cut where stored) and `{"message": "Not Found",
// "reason": null}` (jupyter/jupyter#391: no status). CVAT, checked as asked, is in no case file. No 429, no 5xx, no XML
// and no non-English body turned up with a status in this domain. Argilla's five cases come from one test file, and
// three of them share a shape.
//
// Judgment calls (the other reading in parentheses): Seldon's `MICROSERVICE_BAD_DATA` names the request's data as a
// whole, a bad request (`Bad…` naming an input's value: validation); Kubeflow Pipelines' numeric gRPC `code` 3 names no
// kind (INVALID_ARGUMENT: validation); ClearML's "Invalid request path /" only names what is invalid, generic (a
// sentence); CVAT's "Invalid token." is a sentence (generic); CVAT's "already exists" field messages carry no duplicate
// code, validation (conflict); Polyaxon's "Authentication credentials were not provided." on a 403 is forbidden
// (unauthenticated); Jupyter Server's "No such file or directory: foobar.ipynb" is a sentence (an OS error string); Ray
// Serve's "Path /echo not found. Please ping …" is a sentence (a developer's pointer); Argilla's pydantic field message
// is the field's message (developer text), its union-member tags stay path segments (dropped, or split as indices), and
// its sentence ending in a Python list of MIME types is a sentence (a validator's report); Kaggle's
// `X-Kaggle-RequestId` is left unchecked (a request-id header).
//
// The part holds 24 cases from 11 sources, one short of the 25–35 asked for: the search stopped after 59 of the 65
// look-ups allowed, the rest being kept for checks, and most of those spent went to vendors whose errors are printed
// only through their clients' own wording.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-25-a`, on b21bafe, src/ unchanged: in the frozen copy /tmp/base35): 17/24 pass, 11 sources
// (kind 23/24, message 17/24, fields 23/24, retry 24/24, logId 0/0, code 0/0). Failing at first sight:
// clearml/invalid-request-path-400 ("Invalid request path /" kept as the message, where it only names what is invalid,
// as "Invalid value for parameter: amount" does, rule 2.1; a judgment call); seldon-core/cant-find-json-in-data-400 and
// seldon-core/empty-json-parameter-in-data-400 ("Can't find JSON in data" and "Empty json parameter in data" kept as
// the message, where a server that could not find or read the request's JSON speaks to the developer, rule 2.3, as
// BigCommerce's "JSON data is missing or invalid" and phpList's "Empty JSON data");
// cvat/task-status-message-may-not-be- null-400 (CVAT's `{ message: ["This field may not be null."] }` read as the
// envelope's message on a bad request, where a body whose members are all lists of strings is a map of fields and a
// field called `message` is never the envelope, rule 3: validation with the field `message`);
// argilla/records-bulk-fields-empty-422, argilla/records-bulk- invalid-image-url-422 and
// argilla/records-bulk-unsupported-mime-type-422 (FastAPI's string `detail` on a 422 dropped for the validation
// default, "Check your answers and try again.", where it is the one sentence written for the person, rule 2, and the
// default is for bodies without one, rule 2.4). Met as written, among the expectations closest to the edge: CVAT's
// nested `owner.username` field maps, Argilla's union-member tags kept as path segments and its pydantic report as a
// field's message, Kubeflow Pipelines' `api.Error` detail sentences and its numeric gRPC codes naming no kind,
// Polyaxon's 403 about credentials read as forbidden, and the HTML pages. No expectation was changed after the run
// (Prettier's formatting was applied before it).
//
// Scored in `cases/` the stop it was collected (5 December), at 23/24.

export default [
  // ───────────────────────────── JupyterHub REST API ─────────────────────────────
  {
    id: 'jupyterhub/api-users-forbidden-403',
    source: 'JupyterHub REST API',
    url: 'https://github.com/kubeflow/kubeflow/issues/1303',
    note: 'The reporter\'s `curl -X GET http://<server-address.com>:<port>/hub/api/users` against the JupyterHub of a Kubeflow install (2018): "I get" this body, pretty-printed in the issue (transcribed to JSON); the body\'s own `status` is 403, and the issue title and text speak of the 403. No header shown. A 403 is forbidden (rule 1). "Forbidden" is the 403\'s bare reason phrase, which restates the status (rule 2.1): the default. `status` is a number that restates the status: no code stated.',
    response: { status: 403, body: { status: 403, message: 'Forbidden' } },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  // ───────────────────────────── Ray Jobs API ─────────────────────────────
  {
    id: 'ray-jobs/submit-method-not-allowed-405-text',
    source: 'Ray Jobs API',
    url: 'https://github.com/ray-project/ray/issues/22356',
    note: 'The reporter\'s `requests.post("http://127.0.0.1:8265/api/jobs/submit", json={…})` against the Ray 1.x dashboard, printed as `resp.__dict__`: `_content: b\'405: Method Not Allowed\'`, `status_code: 405` and its headers. The issue renders two header values through GitHub\'s auto-linking (`text[/plain](); charset=utf-8`, `Python[/3.7]() aiohttp[/3.7.4.post0]()`); they are restored to the text the server sent, nothing else changed; Content-Length left out. A 405 is a bad request (rule 1). "405: Method Not Allowed" is the status and its reason phrase (aiohttp\'s stock text), which only restates the status (rule 2.1, as "HTTP 404" and "404 Route Not Found"): the default.',
    response: {
      status: 405,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        Allow: 'GET,HEAD',
        Date: 'Mon, 14 Feb 2022 18:01:27 GMT',
        Server: 'Python/3.7 aiohttp/3.7.4.post0',
      },
      body: '405: Method Not Allowed',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  // ───────────────────────────── Ray Serve ─────────────────────────────
  {
    id: 'ray-serve/path-not-found-404',
    source: 'Ray Serve',
    url: 'https://github.com/ray-project/ray/issues/6012',
    note: "The reporter ran Ray Serve's first example (echo.py, 2019) and got this body, pretty-printed in the issue (transcribed to JSON), with the HTTP server's access line printed right after it: `INFO: ('127.0.0.1', 34444) - \"GET /echo HTTP/1.1\" 404`, which gives the status. No header shown. The `...` in the URL is the server's own text (the route table's address left unfilled), kept as sent. A 404 is not-found (rule 1). The `error` string is the message (rule 2); judgment call: \"Path /echo not found.\" is a sentence, as \"Resource not found\" is (rule 2.1), and the pointer to the routing table after it is part of the same string (the other reading would take the whole line as a developer's pointer and give the default).",
    response: { status: 404, body: { error: 'Path /echo not found. Please ping http://.../ for routing table' } },
    expect: { kind: 'not-found', message: 'Path /echo not found' },
  },
  // ───────────────────────────── ClearML ─────────────────────────────
  {
    id: 'clearml/invalid-request-path-400',
    source: 'ClearML',
    url: 'https://0xdf.gitlab.io/2024/10/12/htb-blurry.html',
    note: 'A write-up of the Hack The Box machine Blurry, which runs a ClearML server: `curl http://api.blurry.htb -s | jq .` ("The API root returns JSON for an error") prints this body, pretty-printed (transcribed to JSON). Status 400 from the same page\'s `ffuf` run over the same request (`api [Status: 400, Size: 280, …]`) and from the body\'s own `meta.result_code`. No header shown. A 400 without field errors; `result_subcode` 0 is no code (rule 6: zero is no code) and `result_code` restates the status: bad request (rule 1). Judgment call: "Invalid request path /" only names what is invalid, as "Invalid value for parameter: amount" and PeerTube\'s "Incorrect request parameters: id" do (rule 2.1): the default (the other reading keeps it as a sentence). `meta.id` and `meta.trx` (the transaction id) are not among rule 5\'s names: no support id stated.',
    response: {
      status: 400,
      body: {
        meta: {
          id: 'bfd4cb8b217f49b2907d7a78b29526ad',
          trx: 'bfd4cb8b217f49b2907d7a78b29526ad',
          endpoint: { name: '', requested_version: 1, actual_version: null },
          result_code: 400,
          result_subcode: 0,
          result_msg: 'Invalid request path /',
          error_stack: null,
          error_data: {},
        },
        data: {},
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  // ───────────────────────────── Seldon Core ─────────────────────────────
  {
    id: 'seldon-core/cant-find-json-in-data-400',
    source: 'Seldon Core',
    url: 'https://github.com/SeldonIO/seldon-core/issues/1770',
    note: 'A maintainer\'s `curl -v localhost:8000/api/v0.1/predictions -d \'{"data":{"ndarray":[[1.0,2.0]]}}\'` against the executor\'s local metrics sample (2020), sent as a form post: `< HTTP/1.1 400 Bad Request`, its headers and this body. The body is JSON sent as `text/plain`; it is given here as the object whose JSON text is byte for byte the body shown. Content-Length left out. Kind: a body of one member holding an object is that object (rule 3), whose `reason` `MICROSERVICE_BAD_DATA` and `code` -1 sit beside `info`; judgment call: `…_BAD_DATA` names the request\'s `data` payload as a whole, as `INVALID_BODY` does: bad request (the other reading takes `Bad…` as naming an input\'s value, rule 1, and reads validation). Message: "Can\'t find JSON in data" says the server could not find the request\'s JSON, which rule 2.3 gives to the developer (BigCommerce\'s "JSON data is missing or invalid", Acuity\'s "Expected a JSON object."): the default. No code stated: `reason` and the numeric `code` leave doubt which is the code (rule 6). `Seldon-Puid` is not named like a request id (rule 5): no support id stated.',
    response: {
      status: 400,
      headers: {
        'Seldon-Puid': 'cbb894b6-f4af-443c-9b1f-a9362620f79d',
        Date: 'Thu, 30 Apr 2020 13:52:48 GMT',
        'Content-Type': 'text/plain; charset=utf-8',
      },
      body: { status: { code: -1, info: "Can't find JSON in data", reason: 'MICROSERVICE_BAD_DATA', status: 1 } },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'seldon-core/empty-json-parameter-in-data-400',
    source: 'Seldon Core',
    url: 'https://github.com/intro-to-ml-with-kubeflow/intro-to-ml-with-kubeflow-examples/issues/141',
    note: 'The body a reader of "Introduction to Machine Learning with Kubeflow" got from a Seldon Core deployment\'s `/seldon/ml/mnist-classifier/api/v0.1/predictions` (2021), pretty-printed in the issue (transcribed to JSON), without a status. Status 400 from another capture of the same error: SeldonIO/seldon-core#1770 shows Seldon\'s `reason: "MICROSERVICE_BAD_DATA"` body answered with `HTTP/1.1 400 Bad Request`. No header shown. Kind as in that case: bad request (judgment call: `…_BAD_DATA` read as the request\'s data as a whole; the other reading is validation). Message: "Empty json parameter in data" says the request\'s JSON was empty, which rule 2.3 gives to the developer (phpList\'s "Empty JSON data"): the default. No code stated (rule 6: `reason` or the numeric `code`).',
    response: {
      status: 400,
      body: { status: { code: -1, info: 'Empty json parameter in data', reason: 'MICROSERVICE_BAD_DATA', status: 1 } },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  // ───────────────────────────── Kubeflow Pipelines ─────────────────────────────
  {
    id: 'kubeflow-pipelines/cannot-unmarshal-string-400',
    source: 'Kubeflow Pipelines API',
    url: 'https://github.com/kubeflow/pipelines/issues/4772',
    note: "The KFP benchmark script run from a notebook (2020): `kfp_server_api` raised `ApiException: (400) Reason: Bad Request` and printed the response headers and body. Content-Length left out. A 400 without field errors: bad request (rule 1). Judgment call: the numeric `code` 3 is the gRPC status INVALID_ARGUMENT that grpc-gateway passes through; read as a number that names no kind (the other reading takes it as `INVALID_ARGUMENT` and reads validation). Message: Go's JSON decoder error, in both `error` and `message`, is developer text (rule 2.3): the default. No code stated (a bare gRPC number: rule 6 leaves doubt).",
    response: {
      status: 400,
      headers: {
        'x-powered-by': 'Express',
        'content-type': 'application/json',
        date: 'Sun, 15 Nov 2020 09:56:22 GMT',
        'x-envoy-upstream-service-time': '7',
        server: 'istio-envoy',
      },
      body: {
        error: 'json: cannot unmarshal string into Go value of type map[string]json.RawMessage',
        message: 'json: cannot unmarshal string into Go value of type map[string]json.RawMessage',
        code: 3,
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'kubeflow-pipelines/job-has-no-experiment-400',
    source: 'Kubeflow Pipelines API',
    url: 'https://github.com/kubeflow/kfctl/issues/502',
    note: 'The body the Kubeflow Pipelines UI showed when a default sample pipeline was run (2022), pasted without a status. Status 400 from the gateway\'s mapping of this body\'s gRPC `code` 3 (InvalidArgument), which grpc-gateway answers with 400, and from another capture of a code-3 body from the same API server answered with 400 (kubeflow/pipelines#4772). No header shown. A 400 without field errors: bad request (judgment call on the numeric `code` 3 as in kubeflow-pipelines/cannot-unmarshal-string-400; the other reading is validation). Message: the `api.Error` detail\'s `error_message` "Job has no experiment." is the sentence; `error` and `message` say the same after a generic headline, "Invalid input error: " (rule 2.1: a generic headline before a sentence of its own), so either reading gives the same sentence. No code stated.',
    response: {
      status: 400,
      body: {
        error: 'Invalid input error: Job has no experiment.',
        code: 3,
        message: 'Invalid input error: Job has no experiment.',
        details: [
          {
            '@type': 'type.googleapis.com/api.Error',
            error_message: 'Job has no experiment.',
            error_details: 'Invalid input error: Job has no experiment.',
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: 'Job has no experiment' },
  },
  {
    id: 'kubeflow-pipelines/workflow-spec-manifest-not-found-404',
    source: 'Kubeflow Pipelines API',
    url: 'https://github.com/canonical/bundle-kubeflow/issues/479',
    note: 'The body the Kubeflow Pipelines UI showed under "Run creation failed" for a built-in sample (Charmed Kubeflow, 2022), pasted without a status. Status 404 from another capture of the same error from the same API server: kubeflow/kubeflow#4504 prints `ApiException: (404) Reason: Not Found` with a `ResourceNotFoundError` body of this shape (`"code":5`, an `api.Error` detail), and grpc-gateway answers gRPC NotFound (5) with 404. No header shown. A 404 is not-found (rule 1). Message: the `api.Error` detail\'s `error_message` is the sentence; `error` and `message` chain the server\'s call path and the exception\'s class (`ResourceNotFoundError: `, rule 2.3) before the same words, so the expected substring is the sentence either way. No code stated (rule 6: the numeric gRPC code).',
    response: {
      status: 404,
      body: {
        error:
          'Failed to create a new run.: Failed to fetch workflow spec manifest.: ResourceNotFoundError: WorkflowSpecManifest Run of [Tutorial] Data passing in python components (67c32) not found.',
        code: 5,
        message:
          'Failed to create a new run.: Failed to fetch workflow spec manifest.: ResourceNotFoundError: WorkflowSpecManifest Run of [Tutorial] Data passing in python components (67c32) not found.',
        details: [
          {
            '@type': 'type.googleapis.com/api.Error',
            error_message:
              'WorkflowSpecManifest Run of [Tutorial] Data passing in python components (67c32) not found.',
            error_details:
              'Failed to create a new run.: Failed to fetch workflow spec manifest.: ResourceNotFoundError: WorkflowSpecManifest Run of [Tutorial] Data passing in python components (67c32) not found.',
          },
        ],
      },
    },
    expect: { kind: 'not-found', message: 'Data passing in python components (67c32) not found' },
  },
  {
    id: 'kubeflow-pipelines/ui-cannot-get-v2beta1-404-html',
    source: 'Kubeflow Pipelines API',
    url: 'https://github.com/kubeflow/pipelines/issues/9940',
    note: "kfp 2.0.1 against an older Kubeflow Pipelines behind Istio (2023): `kfp_server_api.exceptions.ApiException: (404) Reason: Not Found`, its headers and body. The Pipelines UI's Express server, which proxies `/pipeline/apis/…` to the API server, answered a v2beta1 path it does not route with Express's stock page. Content-Length left out. A 404 is not-found (rule 1); an HTML page gives no message (rule 2.5): the default.",
    response: {
      status: 404,
      headers: {
        'x-powered-by': 'Express',
        'content-security-policy': "default-src 'none'",
        'x-content-type-options': 'nosniff',
        'content-type': 'text/html; charset=utf-8',
        date: 'Mon, 28 Aug 2023 23:52:33 GMT',
        'x-envoy-upstream-service-time': '2',
        server: 'istio-envoy',
      },
      body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /pipeline/apis/v2beta1/pipelines</pre>\n</body>\n</html>',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  // ───────────────────────────── Jupyter Server ─────────────────────────────
  {
    id: 'jupyter-server/contents-no-such-file-404',
    source: 'Jupyter Server',
    url: 'https://github.com/millejoh/emacs-ipython-notebook/issues/783',
    note: 'The Emacs IPython Notebook client\'s debug log (2021) against a JupyterLab server: `request--callback: UNPARSED` followed by the raw response, `HTTP/1.1 404 Not Found`, its headers and this body, for a contents request about foobar.ipynb. Content-Length left out. A 404 is not-found (rule 1). Judgment call: `message` "No such file or directory: foobar.ipynb" is the contents service\'s sentence naming the missing file (the other reading takes it as an operating-system error string and gives the default); `reason: null` says nothing.',
    response: {
      status: 404,
      headers: {
        Server: 'TornadoServer/6.1',
        'Content-Type': 'application/json',
        Date: 'Tue, 16 Feb 2021 10:35:25 GMT',
        'Content-Security-Policy': "frame-ancestors 'self'; report-uri /api/security/csp-report; default-src 'none'",
      },
      body: { message: 'No such file or directory: foobar.ipynb', reason: null },
    },
    expect: { kind: 'not-found', message: 'No such file or directory: foobar.ipynb' },
  },
  // ───────────────────────────── CVAT ─────────────────────────────
  {
    id: 'cvat/task-status-message-may-not-be-null-400',
    source: 'CVAT',
    url: 'https://github.com/cvat-ai/cvat/issues/5215',
    note: 'A maintainer\'s report (2022) of `/api/tasks/{id}/status` failing in CI, as the SDK printed it: `Status Code: 400`, `Reason: Bad Request`, the response headers and `HTTP response body: {"message":["This field may not be null."]}`. Content-Length left out. Here `message` is a field of the status serializer (the request status\'s message), not an envelope: a body whose members are all lists of strings is a map of fields, and a field called `message` is never taken for the envelope (rule 3). A 400 with field errors is validation (rule 1); with only field messages, the message is the default (rule 2.4).',
    response: {
      status: 400,
      headers: {
        Allow: 'GET, HEAD, OPTIONS',
        'Content-Type': 'application/vnd.cvat+json',
        Date: 'Sat, 29 Oct 2022 10:29:58 GMT',
        'Referrer-Policy': 'same-origin',
        Server: 'Apache',
        Vary: 'Accept,Origin',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
      },
      body: { message: ['This field may not be null.'] },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['message', 'may not be null']] },
  },
  {
    id: 'cvat/task-data-image-quality-required-400',
    source: 'CVAT',
    url: 'https://github.com/cvat-ai/cvat/issues/1496',
    note: 'CVAT\'s UI on creating a task (v1.0.0-beta.2, 2020): "Error: Request failed with status code 400. {"image_quality":["This field is required."]}." (the UI writes the status, then the body); the server log in the issue shows `Bad Request: /api/v1/tasks/12/data`. No header shown. A map of field to messages is field errors (rule 3); a 400 with field errors is validation (rule 1); only field messages: the default (rule 2.4).',
    response: { status: 400, body: { image_quality: ['This field is required.'] } },
    expect: { kind: 'validation', message: DEFAULT, fields: [['image_quality', 'This field is required']] },
  },
  {
    id: 'cvat/task-owner-assignee-username-exists-400',
    source: 'CVAT',
    url: 'https://github.com/cvat-ai/cvat/issues/2679',
    note: 'The server\'s answer to the reporter\'s `curl -X POST "https://<domain>/api/v1/tasks"` with `owner` and `assignee` objects naming existing users (2021), pasted as "Server responds:" without a status. Status 400 from the framework that wrote it: CVAT\'s API is Django REST Framework, whose serializer `ValidationError` answers "400 Bad Request" with a map of fields (its documentation), as CVAT\'s other captures of such maps show (cvat-ai/cvat#5215 with 400, #1496 "Request failed with status code 400. {"image_quality":["This field is required."]}"). No header shown. Fields: nested maps of fields (rule 3: a record leads its errors\' paths), `owner.username` and `assignee.username`. Kind: a 400 with field errors is validation (rule 1); judgment call: every field message says "already exists", but the messages carry no duplicate code and text never decides (the other reading would take every field error as a duplicate and read conflict). Message: only field messages, the default (rule 2.4).',
    response: {
      status: 400,
      body: {
        owner: { username: ['A user with that username already exists.'] },
        assignee: { username: ['A user with that username already exists.'] },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['owner.username', 'A user with that username already exists'],
        ['assignee.username', 'A user with that username already exists'],
      ],
    },
  },
  {
    id: 'cvat/project-permission-denied-403',
    source: 'CVAT',
    url: 'https://github.com/cvat-ai/cvat/issues/4981',
    note: 'The page app.cvat.ai showed a user creating a task in their project (2022), Django REST Framework\'s browsable rendering of the response: "HTTP 403 Forbidden", the headers `Allow`, `Content-Type` and `Vary`, and this body, pretty-printed (transcribed to JSON). A 403 is forbidden (rule 1); DRF\'s `detail` is the sentence.',
    response: {
      status: 403,
      headers: {
        Allow: 'GET, POST, DELETE, HEAD, OPTIONS',
        'Content-Type': 'application/vnd.cvat+json',
        Vary: 'Accept',
      },
      body: { detail: 'You do not have permission to perform this action.' },
    },
    expect: { kind: 'forbidden', message: 'You do not have permission to perform this action.' },
  },
  {
    id: 'cvat/save-annotations-invalid-token-401',
    source: 'CVAT',
    url: 'https://github.com/cvat-ai/cvat/issues/7284',
    note: 'The issue title quotes CVAT\'s UI (2023): "Could not save annotations Error: Request failed with status code 401. {"detail":"Invalid token."}." (the UI writes the status, then the body). No header shown. A 401 is unauthenticated (rule 1). Judgment call: DRF\'s "Invalid token." is the sentence (the other reading takes it as a line naming only what is invalid, generic under rule 2.1, and gives the default).',
    response: { status: 401, body: { detail: 'Invalid token.' } },
    expect: { kind: 'unauthenticated', message: 'Invalid token.' },
  },
  {
    id: 'cvat/repository-status-forbidden-403-html',
    source: 'CVAT',
    url: 'https://github.com/cvat-ai/cvat/issues/3389',
    note: 'CVAT\'s UI (2021): "Could not receive repository status Error: Request failed with status code 403." followed by the response text as the UI quotes it, a JSON string (`"\\n<!doctype html>\\n<html lang=\\"en\\">…"`), decoded here to the text it encodes; the indentation is as the issue shows it. No header shown. A 403 is forbidden (rule 1); an HTML page gives no message (rule 2.5): the default.',
    response: {
      status: 403,
      body: '\n<!doctype html>\n<html lang="en">\n<head>\n <title>403 Forbidden</title>\n</head>\n<body>\n <h1>403 Forbidden</h1><p></p>\n</body>\n</html>\n',
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  // ───────────────────────────── Argilla ─────────────────────────────
  {
    id: 'argilla/records-bulk-fields-empty-422',
    source: 'Argilla',
    url: 'argilla-io/argilla/argilla-server/tests/unit/api/handlers/v1/datasets/records/records_bulk/test_create_dataset_records_bulk.py@03b56334fb98eb06525146d180d464ad22e33a07',
    note: "The Argilla server's own handler test `test_create_dataset_records_bulk_with_empty_fields`, which posts two records to `/api/v1/datasets/{id}/records/bulk` through the server app and asserts `response.status_code == 422` and `response.json()` equal to this body (the server's answer, not a client's stub). No header asserted. A 422 is validation (rule 1). FastAPI's string `detail` is the sentence; it names the record by its position in words, with no path member: no field error (rule 3).",
    response: { status: 422, body: { detail: 'Record at position 1 is not valid because fields cannot be empty' } },
    expect: { kind: 'validation', message: 'Record at position 1 is not valid because fields cannot be empty' },
  },
  {
    id: 'argilla/records-bulk-invalid-image-url-422',
    source: 'Argilla',
    url: 'argilla-io/argilla/argilla-server/tests/unit/api/handlers/v1/datasets/records/records_bulk/test_create_dataset_records_bulk.py@03b56334fb98eb06525146d180d464ad22e33a07',
    note: 'The same server test file, `test_create_dataset_records_bulk_with_invalid_image_field_url` (an image field given `invalid-url` and similar values): status 422 and this body asserted. No header asserted. A 422 is validation (rule 1); the `detail` string is the sentence; no path member, so no field error (rule 3).',
    response: {
      status: 422,
      body: { detail: "Record at position 0 is not valid because image field 'image' has an invalid URL value" },
    },
    expect: { kind: 'validation', message: "image field 'image' has an invalid URL value" },
  },
  {
    id: 'argilla/records-bulk-unsupported-mime-type-422',
    source: 'Argilla',
    url: 'argilla-io/argilla/argilla-server/tests/unit/api/handlers/v1/datasets/records/records_bulk/test_create_dataset_records_bulk.py@03b56334fb98eb06525146d180d464ad22e33a07',
    note: "The same server test file, `test_create_dataset_records_bulk_with_image_field_data_url_using_invalid_mime_type` (a `data:image/invalid;base64,…` image): status 422 and this body asserted. No header asserted. A 422 is validation (rule 1); the `detail` string is the sentence, the list of MIME types quoted as Python prints a list (judgment call: a sentence that ends with the accepted values, not a validator's report; the other reading would call the Python list developer text, rule 2.3, and keep only what is before it or the default).",
    response: {
      status: 422,
      body: {
        detail:
          "Record at position 0 is not valid because image field 'image' value is using an unsupported MIME type, supported MIME types are: ['image/avif', 'image/gif', 'image/ico', 'image/jpeg', 'image/jpg', 'image/png', 'image/svg', 'image/webp']",
      },
    },
    expect: { kind: 'validation', message: 'is using an unsupported MIME type' },
  },
  {
    id: 'argilla/records-bulk-chat-field-missing-content-422',
    source: 'Argilla',
    url: 'argilla-io/argilla/argilla-server/tests/unit/api/handlers/v1/datasets/records/records_bulk/test_create_dataset_records_bulk.py@03b56334fb98eb06525146d180d464ad22e33a07',
    note: "The same server test file, `test_create_dataset_records_bulk_with_chat_field_without_content_key` (a chat message without `content`): status 422 and this body asserted, Argilla's error envelope `detail: { code, params }` around pydantic's error list. No header asserted. A 422 is validation (rule 1). Fields: the list of items with `loc` and `msg` (rule 3), the FastAPI `loc` with its leading `body` removed: `items.0.fields`. Judgment call: the item's `msg` quotes pydantic's nested report as Python prints it, but it is the field's message, and the expected substring is its opening words (the other reading would call the whole message developer text, rule 2.3, and leave the field without one). Message: only a field message, the default (rule 2.4). No code stated: `argilla.api.errors::ValidationError` only says validation (rule 6: a category).",
    response: {
      status: 422,
      body: {
        detail: {
          code: 'argilla.api.errors::ValidationError',
          params: {
            errors: [
              {
                loc: ['body', 'items', 0, 'fields'],
                msg: "Value error, Error parsing chat field 'chat': [{'type': 'missing', 'loc': ('content',), 'msg': 'Field required', 'input': {'role': 'user'}, 'url': 'https://errors.pydantic.dev/2.9/v/missing'}]",
                type: 'value_error',
              },
            ],
          },
        },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['items.0.fields', "Error parsing chat field 'chat'"]] },
  },
  {
    id: 'argilla/records-bulk-text-field-wrong-type-422',
    source: 'Argilla',
    url: 'argilla-io/argilla/argilla-server/tests/unit/api/handlers/v1/datasets/records/records_bulk/test_create_dataset_records_bulk.py@03b56334fb98eb06525146d180d464ad22e33a07',
    note: "The same server test file, a test parametrized over wrong values for a text field (its name falls past the part of the file read; this is its first parameter, the number 1, with the body it expects): status 422 and this body asserted. No header asserted. A 422 is validation (rule 1). Fields: three items with `loc` and `msg` (rule 3); each FastAPI `loc` loses its leading `body`, and its segments are joined as sent (rule 3: a path as a list of segments, segments keeping the server's spelling), so pydantic's union-member tags (`constrained-str`, `list[ChatFieldValue]`, `dict[constrained-str,any]`) stay as the last segment. Judgment call: the other reading would drop those tags as no field of the request, leaving three errors on `items.0.fields.text-field`, or split the brackets as indices. Message: only field messages, the default (rule 2.4). No code stated (`argilla.api.errors::ValidationError` only says validation, rule 6).",
    response: {
      status: 422,
      body: {
        detail: {
          code: 'argilla.api.errors::ValidationError',
          params: {
            errors: [
              {
                loc: ['body', 'items', 0, 'fields', 'text-field', 'constrained-str'],
                msg: 'Input should be a valid string',
                type: 'string_type',
              },
              {
                loc: ['body', 'items', 0, 'fields', 'text-field', 'list[ChatFieldValue]'],
                msg: 'Input should be a valid list',
                type: 'list_type',
              },
              {
                loc: ['body', 'items', 0, 'fields', 'text-field', 'dict[constrained-str,any]'],
                msg: 'Input should be a valid dictionary',
                type: 'dict_type',
              },
            ],
          },
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['items.0.fields.text-field.constrained-str', 'valid string'],
        ['items.0.fields.text-field.list[ChatFieldValue]', 'valid list'],
        ['items.0.fields.text-field.dict[constrained-str,any]', 'valid dictionary'],
      ],
    },
  },
  // ───────────────────────────── Polyaxon ─────────────────────────────
  {
    id: 'polyaxon/create-experiment-credentials-not-provided-403',
    source: 'Polyaxon',
    url: 'https://github.com/polyaxon/polyaxon/issues/294',
    note: 'A user\'s `polyaxon run` against Polyaxon 0.3.7 (2019): "Request to http://…/api/v1/root/test/experiments/ failed with status code 403. Reason: {"detail":"Authentication credentials were not provided."}" (the CLI prints the status, then the body). No header shown. A 403 without a credential code is forbidden (rule 1: text never decides; the other reading would take the words about authentication as a credential failure and read unauthenticated). DRF\'s `detail` is the sentence.',
    response: { status: 403, body: { detail: 'Authentication credentials were not provided.' } },
    expect: { kind: 'forbidden', message: 'Authentication credentials were not provided.' },
  },
  // ───────────────────────────── Kaggle API ─────────────────────────────
  {
    id: 'kaggle/competition-submit-not-found-404',
    source: 'Kaggle API',
    url: 'https://github.com/Kaggle/kaggle-cli/issues/21',
    note: '`kaggle competitions submit -c dogs-vs-cats …` (2018): `kaggle.rest.ApiException: (404) Reason: Not Found`, the response headers and `HTTP response body: {"code":404,"message":"NotFound"}`. Left out: Content-Length, and `Set-Cookie` (two session cookies in one value, nothing about the error). A 404 is not-found (rule 1). "NotFound" is one camel-case token, the 404\'s reason phrase without its space (rule 2.1: a code or a reason phrase): the default. `code` restates the status: no code stated. Support id not stated: `X-Kaggle-RequestId` may or may not be "named like a request id" (rule 5 lists hyphenated names).',
    response: {
      status: 404,
      headers: {
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Kaggle-RequestId': '4eeb1e0a4c44eb1de1e91c1b1465ff17',
        'X-Kaggle-MillisecondsElapsed': '99',
        Date: 'Wed, 04 Apr 2018 06:06:33 GMT',
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'private',
        'X-Kaggle-ApiVersion': '1.1.0',
      },
      body: { code: 404, message: 'NotFound' },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
] satisfies ConformanceCase[];
