import { DEFAULT, type ConformanceCase } from '../types';

// Eighty-ninth unseen-API holdout, part EX (17 February 2027): Kubernetes ecosystem servers, webhooks and dashboards
// that no other case file uses: the Pinniped Supervisor (the OIDC login service of VMware's Pinniped, its callback
// endpoint), Kubewarden (its policy server's admission responses, and an admission denial relayed by the API server
// as its docs print it), the Kubernetes Dashboard (the web UI's own API, not the API server behind it), Kiali (the
// Istio console's API) and Kubeapps (its Helm 3 API, kubeops). They were collected to measure how the reader does at
// first sight on APIs it was never tuned on. Where each body was copied from: Pinniped's callback handler test
// (`wantStatus` and `wantBody`, which check the status and the whole text body), Kubewarden's policy-server
// integration test (`assert_eq!` on the status and on the whole `response.status` object of the AdmissionReview it
// answers), the Kubewarden docs' "Configuring policies" page (kubectl -v4's print of the server's response object),
// and three public issues that paste a captured response: the Dashboard's (the AngularJS rejection, which gives the
// status and the text body), Kiali's (Firefox's JSON view of a 500 body) and Kubeapps' (the body the UI hid). Each
// `url` names its file with the commit where the index gave one, or the issue. Headers: none of the sources shows one
// (Pinniped's test checks a Content-Type constant whose value the part did not see), so none is given. Every
// `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Kyverno (a whole Status body of a denial by its mutating webhook, `code: 400`, pasted in
// a Cray CSM troubleshooting page; the page's repository path was not recovered within the cap, so the case has no
// citable url), cert-manager (a Ginkgo dump of a 406 StatusError from its webhook, in a build-log parser's test whose
// repository was not recovered, and the wire body would have had to be rebuilt from a Go struct print), OPA
// Gatekeeper (its denials turn up as kubectl's one-line output or inside other tools' test strings; three "Full HTTP
// Response" blocks found are illustrative articles with made-up headers, not captures), Tekton Triggers (its sink
// tests check only the status and a log line), Knative Serving (its queue-proxy test checks that the 503's text
// contains "pending request queue full"), Headlamp (its backend tests check statuses), KEDA (issues show kubectl's
// summary lines, no body), Kiali's `{"error":"invalid character 'm' …"}` (no status given), Kubeapps' 409 (the
// message is cut in the search excerpt), Kubewarden's 404 and 422 answers (status only), Pinniped's token endpoint
// (Fosite's bodies, whose statuses the part did not reach; Ory Hydra, on Fosite, is a source) and GKE Warden's and
// IBM Code Engine's denials (vendors' own webhooks outside the domain). Capsule and Argo Rollouts were searched
// without a hit. Skipped as already sources: the Kubernetes API server, Argo CD, Argo Workflows, Backstage, Rancher,
// Portainer, Istio, KServe, Open Policy Agent, Ory Hydra (checked in .tmp/sources.txt before any look-up).
//
// The part holds 16 cases from 5 sources, within the brief's aim of 15–30 from at least 5. Look-ups: 40, two over
// the brief's cap of 38 (a miscount during the search; the last two, an Argo Rollouts search and a search for the
// Cray page's path, found nothing and nothing from them is used).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-17-ex`, on 3dcc730, src/ unchanged: in the frozen copy /tmp/base89): 9/16 pass, 5 sources
// (kind 16/16, message 9/16, fields 16/16, retry 16/16, logId 0/0, code 0/0). Every miss is a message the kit kept
// where the case expects the default. Failing at first sight:
// - pinniped/callback-put-method-not-allowed-405-text (kept "PUT (try GET)"; the case reads what follows the reason
//   phrase as HTTP methods no person chose, rule 2.1: a judgment call its note names);
// - pinniped/callback-code-param-not-found-400-text (kept "Code param not found"; the case reads a line naming only
//   the `code` parameter by its key, in small letters, as the rule row of 6 December 2026 does, rule 2.1);
// - pinniped/callback-error-reading-state-400-text (kept "Error reading state"; the case reads failure words around
//   the `state` parameter's key as generic, rule 2.1: a judgment call);
// - pinniped/callback-state-format-version-invalid-422-text (kept "State format version is invalid"; the case reads
//   a line that starts with the `state` parameter's key and speaks of its encoding as the default, rule 2.1: a
//   judgment call);
// - pinniped/callback-required-claim-missing-422-text (kept "Required claim in upstream ID token missing"; the case
//   reads a token's internals as developer text, rule 2.3: a judgment call);
// - kubewarden/admission-review-timeout-code-500-on-200 (kept "Guest call failure: guest code interrupted, execution
//   deadline exceeded" after dropping "internal server error: "; the case reads the wasm runtime's report of its own
//   failure after that prefix as developer text, rule 2.3's "Internal error: " row; its kind, server from the
//   nested `code: 500` beside the 200, passed);
// - kiali/apispec-internal-error-service-not-found-500 (kept "Internal error occurred: services "details" not
//   found"; the case reads the Kubernetes client's internal-error wrapper as rule 2.3's "Internal error: " row: a
//   judgment call its note names, since the corpus keeps the API server's `pods "grafana" not found`).
// Every other case passed as written, including the judgment calls on Kubewarden's lone cause over the envelope's
// "Nops! You cannot do that" (rule 2.2), its `allowed: false` on a 200 read as unknown, Pinniped's kept "upstream
// provider not found" and "CSRF cookie is missing", and Kubeapps' Helm chain read as developer text.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Pinniped Supervisor ─────────────────────────────
  {
    id: 'pinniped/callback-put-method-not-allowed-405-text',
    source: 'Pinniped Supervisor',
    url: 'vmware-tanzu/pinniped/internal/federationdomain/endpoints/callback/callback_handler_test.go@048f05d39cc5686afad0f9bfdd5e7e2169e1f23f',
    note: 'TestCallbackEndpoint\'s "PUT method is invalid": the test checks 405 and the whole body, "Method Not Allowed: PUT (try GET)\\n" (Pinniped\'s httperr writes the status text, a colon and its line). No header given (the test\'s content-type constant is not shown in the part read). Kind: 405, bad-request (rule 1). Message: the leading reason phrase is dropped (rule 2.1), and what is left names only the HTTP methods, which no person chose: the default. Judgment call: a reader could keep "PUT (try GET)" as the line after the phrase.',
    response: { status: 405, body: 'Method Not Allowed: PUT (try GET)\n' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'pinniped/callback-code-param-not-found-400-text',
    source: 'Pinniped Supervisor',
    url: 'vmware-tanzu/pinniped/internal/federationdomain/endpoints/callback/callback_handler_test.go@048f05d39cc5686afad0f9bfdd5e7e2169e1f23f',
    note: '"code param was not included on request": the OAuth callback without its `code` query parameter; the test checks 400 and the whole body. Kind: 400 with no code and no field: bad-request (rule 1; text never decides). Message: after the reason phrase (dropped, rule 2.1), "code param not found" names only an input by the API\'s name for it, in small letters, called a parameter (rule 2.1, the rule row of 6 December 2026): the default.',
    response: { status: 400, body: 'Bad Request: code param not found\n' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'pinniped/callback-error-reading-state-400-text',
    source: 'Pinniped Supervisor',
    url: 'vmware-tanzu/pinniped/internal/federationdomain/endpoints/callback/callback_handler_test.go@048f05d39cc5686afad0f9bfdd5e7e2169e1f23f',
    note: '"state param was not signed correctly, has expired, or otherwise cannot be decoded for any reason": the test checks 400 and the whole body. Kind: bad-request (rule 1). Message: "error reading state" is a line of words that say something failed around the OAuth `state` parameter\'s name in small letters (rule 2.1: generic, and an input named by its key): the default. Judgment call: a reader could keep it as the only line there is.',
    response: { status: 400, body: 'Bad Request: error reading state\n' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'pinniped/callback-state-format-version-invalid-422-text',
    source: 'Pinniped Supervisor',
    url: 'vmware-tanzu/pinniped/internal/federationdomain/endpoints/callback/callback_handler_test.go@048f05d39cc5686afad0f9bfdd5e7e2169e1f23f',
    note: '"state\'s internal version does not match what we want": the test checks 422 and the whole body. Kind: 422, validation (rule 1), with no field-bound error (a text body names none). Message: "state format version is invalid" starts with the `state` parameter\'s name in small letters and speaks of its encoded format, which no person typed (rule 2.1, the rule row of 6 December 2026): the default. Judgment call: a reader could keep it as a sentence.',
    response: { status: 422, body: 'Unprocessable Entity: state format version is invalid\n' },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'pinniped/callback-authcode-save-failed-500-text',
    source: 'Pinniped Supervisor',
    url: 'vmware-tanzu/pinniped/internal/federationdomain/endpoints/callback/callback_handler_test.go@048f05d39cc5686afad0f9bfdd5e7e2169e1f23f',
    note: '"state param contains authorization request params which fail validation": the test checks 500 and the whole body. Kind: 500, server (rule 1). Message: plain text on a 5xx is the kind\'s default (rule 2.6), and the line after the reason phrase reports the server\'s own step that failed.',
    response: { status: 500, body: 'Internal Server Error: error while generating and saving authcode\n' },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'pinniped/callback-upstream-provider-not-found-422-text',
    source: 'Pinniped Supervisor',
    url: 'vmware-tanzu/pinniped/internal/federationdomain/endpoints/callback/callback_handler_test.go@048f05d39cc5686afad0f9bfdd5e7e2169e1f23f',
    note: '"the OIDCIdentityProvider CRD has been deleted": the test checks 422 and the whole body. Kind: 422, validation (rule 1), no field. Message: "upstream provider not found" says what is missing in words (the identity provider the login started with), no input\'s key: kept (rule 2.6). Judgment call: its lower-case start is Go\'s error style, not an input\'s name, and it reports no call to the upstream provider, so rule 2.3 does not take it.',
    response: { status: 422, body: 'Unprocessable Entity: upstream provider not found\n' },
    expect: { kind: 'validation', message: 'upstream provider not found' },
  },
  {
    id: 'pinniped/callback-csrf-cookie-missing-403-text',
    source: 'Pinniped Supervisor',
    url: 'vmware-tanzu/pinniped/internal/federationdomain/endpoints/callback/callback_handler_test.go@048f05d39cc5686afad0f9bfdd5e7e2169e1f23f',
    note: '"the CSRF cookie does not exist on request": the test checks 403 and the whole body. Kind: 403, forbidden (rule 1). Message: the reason phrase is dropped (rule 2.1); "CSRF cookie is missing" names the cookie in words, as a credential\'s name stays (rule 2.1): kept. Judgment call: a reader could read it as a line naming only what is missing.',
    response: { status: 403, body: 'Forbidden: CSRF cookie is missing\n' },
    expect: { kind: 'forbidden', message: 'CSRF cookie is missing' },
  },
  {
    id: 'pinniped/callback-csrf-value-mismatch-403-text',
    source: 'Pinniped Supervisor',
    url: 'vmware-tanzu/pinniped/internal/federationdomain/endpoints/callback/callback_handler_test.go@048f05d39cc5686afad0f9bfdd5e7e2169e1f23f',
    note: '"cookie csrf value does not match state csrf value": the test checks 403 and the whole body. Kind: forbidden (rule 1). Message: "CSRF value does not match" says what was refused: kept (rule 2.1, the reason phrase dropped).',
    response: { status: 403, body: 'Forbidden: CSRF value does not match\n' },
    expect: { kind: 'forbidden', message: 'CSRF value does not match' },
  },
  {
    id: 'pinniped/callback-upstream-token-exchange-502-text',
    source: 'Pinniped Supervisor',
    url: 'vmware-tanzu/pinniped/internal/federationdomain/endpoints/callback/callback_handler_test.go@048f05d39cc5686afad0f9bfdd5e7e2169e1f23f',
    note: '"upstream auth code exchange fails": the upstream identity provider\'s exchange returns an error; the test checks 502 and the whole body. Kind: 502, unavailable (rule 1). Message: plain text on a 5xx (rule 2.6), and a report of a call to another service that failed (rule 2.3): the default.',
    response: { status: 502, body: 'Bad Gateway: error exchanging and validating upstream tokens\n' },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'pinniped/callback-required-claim-missing-422-text',
    source: 'Pinniped Supervisor',
    url: 'vmware-tanzu/pinniped/internal/federationdomain/endpoints/callback/callback_handler_test.go@048f05d39cc5686afad0f9bfdd5e7e2169e1f23f',
    note: '"upstream ID token does not contain requested username claim": the test checks 422 and the whole body. Kind: 422, validation (rule 1), no field. Message: "required claim in upstream ID token missing" reports a token\'s internals (a claim of another service\'s ID token, rule 2.3): the default. Judgment call: it names no claim and no key, and a reader could keep it.',
    response: { status: 422, body: 'Unprocessable Entity: required claim in upstream ID token missing\n' },
    expect: { kind: 'validation', message: DEFAULT },
  },

  // ───────────────────────────── Kubewarden ─────────────────────────────
  {
    id: 'kubewarden/custom-message-denial-with-cause-400',
    source: 'Kubewarden',
    url: 'kubewarden/docs/docs/howtos/policies.md',
    note: 'The "Configuring policies" page, on a policy\'s `message`: "the original reject message returned by the policy is stored in the `causes` field of the response", shown by `kubectl -v4 run … --privileged`, whose "server response object" is copied (the same print is in a versioned copy of the page; no commit was recorded). kubectl prints the decoded Status without the `kind: "Status"` and `apiVersion: "v1"` it was sent with; they are not added. The API server wraps the policy server\'s status in the prefix "admission webhook … denied the request: "; the status 400 is the body\'s `code`. No header shown. Kind: 400; the lone cause names no field: bad-request (rule 1). Message: the lone form-level sentence in the error\'s list beats the envelope\'s `message` (rule 2.2): "Privileged container is not allowed". Judgment call: the envelope\'s "Nops! You cannot do that" is the line the policy\'s author set for people, and a reader could keep it. No code (there is no `reason`).',
    response: {
      status: 400,
      body: {
        metadata: {},
        status: 'Failure',
        message:
          'admission webhook "clusterwide-pod-privileged-with-message.kubewarden.admission" denied the request: Nops! You cannot do that',
        details: { causes: [{ message: 'Privileged container is not allowed' }] },
        code: 400,
      },
    },
    expect: { kind: 'bad-request', message: 'Privileged container is not allowed' },
  },
  {
    id: 'kubewarden/admission-review-timeout-code-500-on-200',
    source: 'Kubewarden',
    url: 'kubewarden/policy-server/tests/integration_test.rs@9cccaa1236f490cc0ca32ff8bdf4495496c1f943',
    note: "test_timeout_protection_reject: POST /validate/sleep with a pod that makes the policy sleep 4 s; the test checks 200, `allowed: false` and the whole `response.status`: `{ message: \"internal server error: Guest call failure: guest code interrupted, execution deadline exceeded\", code: 500 }` (the other members default, so none is given). Trimmed: the AdmissionReview's `apiVersion` and `kind` and the response's `uid` (the request fixture's, not shown). Kind: the body's numeric `code` of a 5xx beside a 2xx names the kind (rule 1): server. Judgment call: the code sits two levels down, in `response.status`. Message: a reason phrase before the wasm runtime's report of its own failure (rule 2.3, \"a service's own internal failure spelled out after 'Internal error: '\"): the default. No code stated (500 restates the status).",
    response: {
      status: 200,
      body: {
        response: {
          allowed: false,
          status: {
            message: 'internal server error: Guest call failure: guest code interrupted, execution deadline exceeded',
            code: 500,
          },
        },
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'kubewarden/admission-review-privileged-rejected-200',
    source: 'Kubewarden',
    url: 'kubewarden/policy-server/tests/integration_test.rs@9cccaa1236f490cc0ca32ff8bdf4495496c1f943',
    note: 'test_validate: POST /validate/pod-privileged with a privileged pod; the test checks 200, `allowed: false` and the whole `response.status`: `{ message: "Privileged container is not allowed", code: None }` (no code; the other members default). Trimmed as the case above: `apiVersion`, `kind`, `uid`. Kind: a 2xx with no status, code or category that names a kind; `allowed: false` is no listed failure flag (rule 1: what failed is said, not of what kind, as OCR.space\'s lines on a 2xx): unknown. Judgment call: a reader could read `allowed: false` as a refusal, forbidden. Message: the policy\'s sentence: kept.',
    response: {
      status: 200,
      body: { response: { allowed: false, status: { message: 'Privileged container is not allowed' } } },
    },
    expect: { kind: 'unknown', message: 'Privileged container is not allowed' },
  },

  // ───────────────────────────── Kubernetes Dashboard ─────────────────────────────
  {
    id: 'kubernetes-dashboard/rbac-status-login-unauthorized-401-text',
    source: 'Kubernetes Dashboard',
    url: 'https://github.com/kubernetes-retired/dashboard/issues/3570',
    note: 'Dashboard v1.x\'s own API: the browser console\'s "Possibly unhandled rejection" of GET api/v1/rbac/status prints the AngularJS response: `data: "MSG_LOGIN_UNAUTHORIZED_ERROR\\n"`, `status: 401`, `statusText: "Unauthorized"`. The text body is copied; no header shown. Kind: 401, unauthenticated (rule 1). Message: a code in capitals is no sentence (rule 2.1): the default. No code stated: rule 6 names a code alone in a message\'s member, not a whole text body.',
    response: { status: 401, body: 'MSG_LOGIN_UNAUTHORIZED_ERROR\n' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Kiali ─────────────────────────────
  {
    id: 'kiali/apispec-internal-error-service-not-found-500',
    source: 'Kiali',
    url: 'https://github.com/kiali/kiali/issues/1713',
    note: 'GET api/namespaces/bookinfo/services/details/apispec "returned 500 instead of 200 with API description with `error "Internal error occurred: services \\"details\\" not found"`" (Firefox\'s JSON view: one member, `error`); the JSON form is that view\'s. No header shown. Kind: 500, server (rule 1). Message: the Kubernetes client\'s internal-error wrapper before the lookup that failed ("Internal error occurred: …", rule 2.3, a service\'s own internal failure spelled out after "Internal error: "): the default. Judgment call: the corpus keeps the API server\'s own `pods "grafana" not found` as a sentence, and a reader could keep what follows the wrapper.',
    response: { status: 500, body: { error: 'Internal error occurred: services "details" not found' } },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Kubeapps ─────────────────────────────
  {
    id: 'kubeapps/release-failed-validation-404',
    source: 'Kubeapps',
    url: 'https://github.com/vmware-tanzu/kubeapps/issues/1508',
    note: 'Kubeapps\' Helm 3 API (kubeops) when an install fails and the failed release cannot be deleted: the issue says the "not found" in the error made the service answer 404, and pastes "the real message", the body copied here; the status is the 404 the issue names and the body\'s `code` repeats. No header shown. Kind: 404, not-found (rule 1: a code never turns a 404 into anything else). Message: Helm\'s chain of errors names a qualified type (`io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`, rule 2.3) and a validator\'s `ValidationError(Deployment.metadata)`: developer text, the default. No code stated (404 restates the status).',
    response: {
      status: 404,
      body: {
        code: 404,
        message:
          'Release "mellow-level" failed: unable to build kubernetes objects from release manifest: error validating "": error validating data: ValidationError(Deployment.metadata): unknown field "selector" in io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta. Unable to delete failed release: uninstall: Release not loaded: mellow-level: release: not found',
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
] satisfies ConformanceCase[];
