import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-first unseen-API holdout, part FP (19 February 2027): serverless and function platforms that no other case
// file uses, the error bodies their gateways and runtimes send in front of (or instead of) the function: Supabase Edge
// Functions (the platform's relay and edge runtime), Knative Serving (its activator, which holds requests for revisions
// scaled to zero), Azure Functions (the function host), OpenFaaS (its gateway), Google Cloud Functions (Google's front
// end before the function) and Fission (its router). They were collected to measure how the reader does at first sight
// on APIs it was never tuned on. Where the bodies were copied from: Supabase's own troubleshooting articles in
// supabase/supabase (apps/docs/content/troubleshooting/edge-function-401-, -404-, -500- and -503- pages, each named in
// `url` with its commit), its 546 article as published (read through a stored copy of the page) and the copy of that
// article Supabase posted in its GitHub discussions after the code was renamed; Knative Serving's activator handler
// test (`TestActivationHandler` compares the status and the whole body, `string(gotBody) != test.wantBody`, the 404 and
// 500 bodies built by the test's `errMsg`, read in the same file at the same commit); and public issues that paste a
// captured response: Azure/azure-functions-host#1209 (status line, headers and body from curl), Azure/static-web-apps
// #155, openfaas/faas#1777, GoogleCloudPlatform/python-docs-samples#1724 and fission/fission#2877. Headers were copied
// only where the source shows them (the Azure Functions host's 503); none was added. Every `expect` was written from
// the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Nuclio (its dashboard tests check errors with `NewErrorContainsVerifier`, a substring), Fn
// Project (its server tests check `strings.Contains(resp.Error.Message, …)`), the OpenFaaS provider's proxy test (its
// 4xx/5xx body is the test's own "upstream error") and gateway basic-auth test (status only), Knative's queue-proxy
// breaker tests ("pending request queue full" checked with `Contains`), the activator's overload 503 (compared with
// `activator.ErrActivatorOverload.Error()`, whose text the file does not show: the body would be guessed) and an older
// activator 404 ("Error getting active endpoint: not found", where "not found" is the test's own stub message), the
// Google Functions Framework for Node.js (its HTTP test compares a parsed `{}` for text bodies, so the wire text is not
// fixed), Supabase's 504 article (it prints no body), OpenFaaS's older "Can't reach service: hello-openfaas" (openfaas
// /faas#670: the block under a screenshot may be the UI's text, not the body), Cloud Run's and Cloud Functions' 403
// pages quoted as rendered text ("Error: Forbidden / Your client does not have permission …", not the HTML sent), Spin
// (the issues found show the status and headers but not the body) and Azure Functions' 401s (issues state the status
// with no body). Skipped as already sources: AWS Lambda (function URLs and the invoke API), Apache OpenWhisk (and IBM
// Cloud Functions on it), Vercel, Netlify, Deno Deploy, Cloudflare, Appwrite, Firebase, RunPod Serverless, Modal,
// Baseten and Fly.io. Not reached within the cap: Kubeless, wasmCloud, Google Cloud Run's own front end, Alibaba
// Function Compute, Huawei FunctionGraph and Scaleway Serverless Functions.
//
// The part holds 19 cases from 6 sources, within the brief's aim of 15–30 from at least 5; all 34 look-ups were spent,
// many on platforms whose tests check a status and a substring, not the body.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-19-fp`, on ea5193d, src/ unchanged: in the frozen copy /tmp/base91; `--check` first reported
// nothing to fix): 16/19 pass, 6 sources (kind 19/19, message 16/19, fields 19/19, retry 19/19, logId 0/0, code 4/4).
// Failing at first sight, all three Knative Serving's activator 404s, where the kit kept the whole text line and the
// cases expect the default: knative-serving/activator-revision-not-found-404-text (kept "Error getting active
// endpoint: revision.serving.knative.dev "fake-name" not found"), knative-serving/activator-sks-not-found-404-text
// (kept "Error getting active endpoint: serverlessservice.networking.internal.knative.dev "real-name" not found") and
// knative-serving/activator-service-not-found-404-text (kept "Error getting active endpoint: service "real-name" not
// found"). The cases read each line as the activator's report of a lookup in the Kubernetes API behind it, the first
// two naming the resource by its group-qualified type (rule 2.3: infrastructure behind the service, qualified type
// names), where the kit reads text on a 4xx as the sentence (rule 2.6): judgment calls their notes name, the third the
// closest, as it carries no qualified name. Every other case passed as written, including the judgment calls on
// Supabase's "Invalid JWT" (kept), "Function failed to start (please check logs)" and the two 546 lines (the sentence
// before the parenthesis kept; 546 read as server, not rate-limited), the OpenFaaS body read from the UI's line and
// Azure Static Web Apps' managed API counted as Azure Functions.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, which read Knative's activator naming a Kubernetes resource
// as developer text: 19/19.

export default [
  // ───────────────────────────── Supabase Edge Functions ─────────────────────────────
  {
    id: 'supabase-edge-functions/invalid-jwt-401',
    source: 'Supabase Edge Functions',
    url: 'supabase/supabase/apps/docs/content/troubleshooting/edge-function-401-error-response.mdx@0098b29f9f5584e6c6bc0cbd45c6fd9b65ed1ba9',
    note: 'The article "Edge Function 401 error response", Case 1: the body the platform\'s legacy JWT check sends before the function runs, printed as `{ "code": 401, "message": "Invalid JWT" }`. No header shown. Kind: 401, unauthenticated (rule 1). Message: "Invalid JWT" names the credential as invalid, which says signing in failed (rule 2.1: a credential\'s name stays, as "Invalid token" does): kept. Judgment call: a reader could read the acronym and two words as a token check\'s internals (rule 2.3) and give the default. Code: the numeric `code` only restates the status, so none is stated.',
    response: { status: 401, body: { code: 401, message: 'Invalid JWT' } },
    expect: { kind: 'unauthenticated', message: 'Invalid JWT' },
  },
  {
    id: 'supabase-edge-functions/missing-authorization-header-401',
    source: 'Supabase Edge Functions',
    url: 'supabase/supabase/apps/docs/content/troubleshooting/edge-function-401-error-response.mdx@0098b29f9f5584e6c6bc0cbd45c6fd9b65ed1ba9',
    note: 'The same article, Case 1\'s second body: `{ "code": 401, "message": "Missing authorization header" }`, sent when the request has no `Authorization` header and the built-in check is on. No header shown. Kind: 401, unauthenticated (rule 1). Message: a credential named as missing (rule 2.1: a credential\'s name stays; the corpus keeps Dott\'s "Missing authorization header." and LiteLLM\'s "No authorization header"): kept. Code: none stated (the number restates the status).',
    response: { status: 401, body: { code: 401, message: 'Missing authorization header' } },
    expect: { kind: 'unauthenticated', message: 'Missing authorization header' },
  },
  {
    id: 'supabase-edge-functions/function-not-found-404',
    source: 'Supabase Edge Functions',
    url: 'supabase/supabase/apps/docs/content/troubleshooting/edge-function-404-error-response.mdx@03f042a60b7318656ad9aef356306ac36d37c70c',
    note: 'The article "Edge Function 404 error response": "When an edge function fails due to a platform 404 error, it will return the error" with this body (the function name in the URL is not recognized). No header shown. Kind: 404, not-found (rule 1). Message: a sentence (rule 2.1): kept. Code: `NOT_FOUND` only restates the status and is the only code, which the rules leave in doubt (rule 6), so none is stated.',
    response: { status: 404, body: { code: 'NOT_FOUND', message: 'Requested function was not found' } },
    expect: { kind: 'not-found', message: 'Requested function was not found' },
  },
  {
    id: 'supabase-edge-functions/function-blob-not-found-404',
    source: 'Supabase Edge Functions',
    url: 'supabase/supabase/apps/docs/content/troubleshooting/edge-function-404-error-response.mdx@03f042a60b7318656ad9aef356306ac36d37c70c',
    note: 'The same article: "A different platform 404 error, `NOT_FOUND_FUNCTION_BLOB`, can occur when the function name is recognized but the runtime cannot find the deployed bundle", with this body. No header shown. Kind: 404, not-found (rule 1; a code never turns a 404 into anything else). Message: a sentence (rule 2.1): kept. Code: `NOT_FOUND_FUNCTION_BLOB`, the vendor\'s code (rule 6).',
    response: {
      status: 404,
      body: { code: 'NOT_FOUND_FUNCTION_BLOB', message: 'Function deployment bundle not found' },
    },
    expect: {
      kind: 'not-found',
      message: 'Function deployment bundle not found',
      code: 'NOT_FOUND_FUNCTION_BLOB',
    },
  },
  {
    id: 'supabase-edge-functions/internal-server-error-500-text',
    source: 'Supabase Edge Functions',
    url: 'supabase/supabase/apps/docs/content/troubleshooting/edge-function-500-error-response.mdx@158b0a936833b81d5f208dd6f5d45c26f69c19d2',
    note: 'The article "Edge Function 500 error response", Quick triage: "If you received back the below message" (an unhandled JavaScript error in the function), the body being the text `Internal Server Error`. Status: 500, from the article. No header shown. Kind: 500, server (rule 1). Message: the bare reason phrase (rule 2.1), and plain text on a 5xx (rule 2.6): the default.',
    response: { status: 500, body: 'Internal Server Error' },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'supabase-edge-functions/boot-error-503',
    source: 'Supabase Edge Functions',
    url: 'supabase/supabase/apps/docs/content/troubleshooting/edge-function-503-response.mdx@23e846d388c976165bc67c33306cdc15906096ad',
    note: 'The article "Edge Function 503 error response": "If you received back a `BOOT_ERROR` message, like the one below" (the function failed to boot, e.g. a SyntaxError), with this body. No header shown. Kind: 503, unavailable (rule 1). Message: "Function failed to start" says what happened; "(please check logs)" after it is a pointer to logs (rule 2.3), and text in parentheses after the sentence is the developer\'s part while the person reads the sentence before it (rule 2.3, Gotenberg\'s): kept. Judgment call: a reader could take the whole line as a pointer to logs for the function\'s owner and give the default. Code: `BOOT_ERROR` (rule 6).',
    response: {
      status: 503,
      body: { code: 'BOOT_ERROR', message: 'Function failed to start (please check logs)' },
    },
    expect: { kind: 'unavailable', message: 'Function failed to start', code: 'BOOT_ERROR' },
  },
  {
    id: 'supabase-edge-functions/worker-limit-546',
    source: 'Supabase Edge Functions',
    url: 'https://supabase.com/docs/guides/troubleshooting/edge-function-546-error-response',
    note: 'The article "546 - WORKER_LIMIT Exceeded" ("A 546 error indicates that an edge function used more resources (CPU or Memory) than it was allocated"), Step 1: "When an edge function fails due to internal CPU or memory limits, it will return the error" with this body; read from a stored copy of the published page (and of apps/docs/content/troubleshooting/edge-function-546-error-response.mdx). No header shown. Kind: 546 is a 5xx no row lists under unavailable: server (rule 1). `WORKER_LIMIT` says the isolate ran out of its per-request CPU or memory, no quota over time that waiting restores, so it is read as no throttling or quota code: a judgment call (the sixteenth holdout\'s row reads `QUERY_LIMIT_EXCEEDED` as a quota, and a reader could read this one so and make it rate-limited). Message: as in BOOT_ERROR\'s case, the sentence before "(please check logs)": kept (judgment call). Code: `WORKER_LIMIT` (rule 6).',
    response: {
      status: 546,
      body: {
        code: 'WORKER_LIMIT',
        message: 'Function failed due to not having enough compute resources (please check logs)',
      },
    },
    expect: {
      kind: 'server',
      message: 'Function failed due to not having enough compute resources',
      code: 'WORKER_LIMIT',
    },
  },
  {
    id: 'supabase-edge-functions/worker-resource-limit-546',
    source: 'Supabase Edge Functions',
    url: 'https://github.com/orgs/supabase/discussions/42537',
    note: 'Supabase\'s copy of the same article in its GitHub discussions ("This is a copy of a troubleshooting article on Supabase\'s docs site"), after the code was renamed ("Previously it was WORKER_LIMIT"; supabase/supabase#46051 "Update Edge Function error code from WORKER_LIMIT to WORKER_RESOURCE_LIMIT"), read from a stored mirror of the discussion. No header shown. Kind: server, as for `WORKER_LIMIT` (rule 1; the same judgment call: a resource limit per request, not a quota). Message: the sentence before "(please check logs)": kept (judgment call). Code: `WORKER_RESOURCE_LIMIT` (rule 6).',
    response: {
      status: 546,
      body: {
        code: 'WORKER_RESOURCE_LIMIT',
        message: 'Function failed due to not having enough compute resources (please check logs)',
      },
    },
    expect: {
      kind: 'server',
      message: 'Function failed due to not having enough compute resources',
      code: 'WORKER_RESOURCE_LIMIT',
    },
  },

  // ───────────────────────────── Knative Serving ─────────────────────────────
  {
    id: 'knative-serving/activator-revision-not-found-404-text',
    source: 'Knative Serving',
    url: 'knative/serving/pkg/activator/handler/handler_test.go@5e35572597a556423e69d8f555dafd6bb0b8beb6',
    note: 'TestActivationHandler, "no active endpoint": a request for revision `fake-name` in namespace `fake-namespace`, which the revision lister does not hold; the test checks 404 and the whole body, `errMsg("revision.serving.knative.dev \\"fake-name\\" not found")`, where `errMsg` (same file) is `fmt.Sprintf("Error getting active endpoint: %v\\n", msg)`. The names are the test\'s; the wording is the activator\'s and the Kubernetes lister\'s NotFound error. No header checked, none given. Kind: 404, not-found (rule 1). Message: a report of a lookup the activator made in the Kubernetes API behind it, naming the resource by its group-qualified type (rule 2.3: infrastructure behind the service, qualified type names): the default. Judgment call: text on a 4xx is a sentence (rule 2.6), and a reader could keep it.',
    response: {
      status: 404,
      body: 'Error getting active endpoint: revision.serving.knative.dev "fake-name" not found\n',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'knative-serving/activator-sks-not-found-404-text',
    source: 'Knative Serving',
    url: 'knative/serving/pkg/activator/handler/handler_test.go@5e35572597a556423e69d8f555dafd6bb0b8beb6',
    note: 'The same test, "broken get SKS": the ServerlessService lister holds the revision\'s SKS only in another namespace; the test checks 404 and the whole body, `errMsg("serverlessservice.networking.internal.knative.dev \\"real-name\\" not found")`. No header checked. Kind: 404, not-found (rule 1). Message: a report of an internal resource lookup by its qualified type (rule 2.3): the default (judgment call, as above).',
    response: {
      status: 404,
      body: 'Error getting active endpoint: serverlessservice.networking.internal.knative.dev "real-name" not found\n',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'knative-serving/activator-service-not-found-404-text',
    source: 'Knative Serving',
    url: 'knative/serving/pkg/activator/handler/handler_test.go@5e35572597a556423e69d8f555dafd6bb0b8beb6',
    note: 'The same test, "broken get k8s svc": the Kubernetes Service lister holds the revision\'s service only in another namespace; the test checks 404 and the whole body, `errMsg("service \\"real-name\\" not found")`. No header checked. Kind: 404, not-found (rule 1). Message: the activator\'s report of a Kubernetes Service lookup behind it (rule 2.3: infrastructure behind the service): the default. Judgment call: without a qualified type name the line reads like a sentence about something not found, and a reader could keep it (rule 2.6).',
    response: { status: 404, body: 'Error getting active endpoint: service "real-name" not found\n' },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'knative-serving/activator-no-http-port-500-text',
    source: 'Knative Serving',
    url: 'knative/serving/pkg/activator/handler/handler_test.go@5e35572597a556423e69d8f555dafd6bb0b8beb6',
    note: 'The same test, "k8s svc incorrectly spec\'d": the revision\'s Kubernetes Service names its port `bogus` instead of `http`; the test checks 500 and the whole body, `errMsg("revision needs external HTTP port")`. No header checked. Kind: 500, server (rule 1). Message: plain text on a 5xx (rule 2.6): the default.',
    response: { status: 500, body: 'Error getting active endpoint: revision needs external HTTP port\n' },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'knative-serving/activator-request-error-502-empty',
    source: 'Knative Serving',
    url: 'knative/serving/pkg/activator/handler/handler_test.go@5e35572597a556423e69d8f555dafd6bb0b8beb6',
    note: 'The same test, "request error": the transport to the revision fails (`errors.New("request error")`, the test\'s, which the body does not carry); the test checks 502 and an empty body (`wantBody: ""`). No header checked. Kind: 502, unavailable (rule 1). Message: no body: the default (rule 2.4).',
    response: { status: 502, body: '' },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'knative-serving/activator-endpoints-error-500-empty',
    source: 'Knative Serving',
    url: 'knative/serving/pkg/activator/handler/handler_test.go@5e35572597a556423e69d8f555dafd6bb0b8beb6',
    note: 'The same test, "broken get endpoints": the endpoints informer holds the revision\'s endpoints only in another namespace; the test checks 500 and an empty body. No header checked. Kind: 500, server (rule 1). Message: no body: the default (rule 2.4).',
    response: { status: 500, body: '' },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Azure Functions ─────────────────────────────
  {
    id: 'azure-functions/host-not-running-503-text',
    source: 'Azure Functions',
    url: 'https://github.com/Azure/azure-functions-host/issues/1209',
    note: 'Issue "Troubleshooting Reason for a 502 Error", a comment of 23 February 2017 pasting the whole response a function URL gave (status line, headers and body) while the function app\'s host would not start. Headers as pasted (Content-Length 29 is the body\'s length, with no newline). Kind: 503, unavailable (rule 1). Message: plain text on a 5xx, written by the host in front of the function (rule 2.6): the default. No support id among the headers.',
    response: {
      status: 503,
      headers: {
        'Cache-Control': 'no-cache',
        Pragma: 'no-cache',
        'Content-Length': '29',
        'Content-Type': 'text/plain; charset=utf-8',
        Expires: '-1',
        Server: 'Microsoft-IIS/8.0',
        'X-AspNet-Version': '4.0.30319',
        'X-Powered-By': 'ASP.NET',
        Date: 'Thu, 23 Feb 2017 12:39:55 GMT',
        Connection: 'close',
      },
      body: 'Function host is not running.',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'azure-functions/static-web-apps-api-host-not-running-503',
    source: 'Azure Functions',
    url: 'https://github.com/Azure/static-web-apps/issues/155',
    note: 'Issue "API throws 503 error since yesterday": a GET to a Static Web Apps app\'s `/api/v1/notification` (its managed API, an Azure Functions app) answered 503, the body quoted under "Current status" (the cause, per the maintainer: the host could not parse a function.json). Status from the title; no header shown. The same host text as the case above, from another front door. Kind: 503, unavailable (rule 1). Message: plain text on a 5xx (rule 2.6): the default.',
    response: { status: 503, body: 'Function host is not running.' },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── OpenFaaS ─────────────────────────────
  {
    id: 'openfaas/cant-reach-service-500-text',
    source: 'OpenFaaS',
    url: 'https://github.com/openfaas/faas/issues/1777',
    note: "Issue \"can't reach service for some inputs, but in the logs the execution ends correctly\": invoking a Python function through the gateway gave \"`Status 500, Message: Can't reach service for: obj-ocr.`\" (the OpenFaaS UI's report of the status and the body). The text is the gateway proxy's `\"Can't reach service for: %s.\"` with the function's name. No header shown, none given; no trailing newline shown, none added. Judgment call: the body is read from the UI's line, not a raw capture. Kind: 500, server (rule 1). Message: plain text on a 5xx from the gateway (rule 2.6), a report that it could not reach the function behind it (rule 2.3): the default.",
    response: { status: 500, body: "Can't reach service for: obj-ocr." },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Google Cloud Functions ─────────────────────────────
  {
    id: 'google-cloud-functions/forbidden-403-html',
    source: 'Google Cloud Functions',
    url: 'https://github.com/GoogleCloudPlatform/python-docs-samples/issues/1724',
    note: 'Issue "403 Error with Google Cloud Functions Python Runtime": `curl -X POST https://<PROJECT_ID>.cloudfunctions.net/hello_get` on a function deployed without public access; "I receive a 403 error", and "The response:" pastes Google\'s HTML error page. Trimmed after its `<title>`: the style and the page\'s text were not copied (the stored excerpt ends inside the style), and nothing was added. No header shown. Kind: 403, forbidden (rule 1). Message: an HTML page gives none (rule 2.5): the default.',
    response: {
      status: 403,
      body: '<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <meta name=viewport content="initial-scale=1, minimum-scale=1, width=device-width">\n  <title>Error 403 (Forbidden)!!1</title>\n',
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },

  // ───────────────────────────── Fission ─────────────────────────────
  {
    id: 'fission/router-page-not-found-404-text',
    source: 'Fission',
    url: 'https://github.com/fission/fission/issues/2877',
    note: 'Issue "404 error when testing fission function": `fission fn test --name hello` printed "Error calling function hello: 404; Please try again or fix the error: 404 page not found", the CLI\'s report of the router\'s status and body (the same in fission/fission#2860 and #2985). The body is the text after "fix the error: " (Go\'s http.NotFound text; the trailing newline Go writes is not shown, so none is added). No header shown. Kind: 404, not-found (rule 1). Message: Go\'s stock "404 page not found" is the status\'s number and reason phrase (rule 2.1 and the fifth holdout\'s row): the default.',
    response: { status: 404, body: '404 page not found' },
    expect: { kind: 'not-found', message: DEFAULT },
  },
] satisfies ConformanceCase[];
