import { DEFAULT, type ConformanceCase } from '../types';

// Hundredth unseen-API holdout, part HY (28 February 2027): CI/CD, code hosting and artifact registry APIs (the long
// tail) that no other case file uses: Artipie (an artifact repository server in Java; its Docker adapter), zot (the
// CNCF OCI-native container registry), Tekton Results (the Tekton pipelines' results API server, a gRPC service with
// a REST gateway) and Kellnr (a self-hosted Rust crate registry). They were collected to measure how the reader does at
// first sight on APIs it was never tuned on. Bodies were copied from: Artipie's own test of its Docker error body
// (`RsHasBody` compares the whole byte string of a response the test builds with `BaseResponse.notFound()`), Kellnr's
// registry API tests (each checks the status and, after deserializing the body into Kellnr's `ErrorDetails`, the lone
// item's `detail`; the wire shape is fixed by `crates/error/src/api_error.rs`, which answers `Json(ErrorDetails)`,
// `{ errors: [{ detail }] }` and nothing else, so no member is guessed) and two public issues that paste a captured
// body (zot's and Tekton Results'), each named in `url`. Neither issue prints the status line: each case's note says
// where its status was taken from (a judgment call). Headers were copied only where the source shows one; none did, so
// no case has headers. Every `expect` was written from the source and test/conformance/README.md before the kit was
// run.
//
// Looked for and dropped: Artipie's REST API tests (RepositoryRestTest checks only statuses) and its Docker
// ErrorHandlingSliceTest (its `IsErrorsResponse` matcher checks the status and the code, not the body); Kellnr's
// 401, 404 and yank tests (a status alone, or only that the body deserializes); zot PR #596 (describes its 415 body,
// prints none) and the crane and regctl renderings of zot's errors in knative/func#2721 and bazel-contrib/rules_oci#68
// (the client's formatting, not the wire body); the body Tekton Results #337 says it expected (the reporter's wish,
// not a capture); Atlantis #4318 (only "500 Internal Server Error", a status line); Artifact Hub #2694 (a 500 with no
// body); anaconda.org's errors as anaconda-client prints them (Python tuples of message and status, not the wire
// body); the Harness Terraform provider's issues (the provider's own text, or a request with no response shown);
// SourceHut's GraphQL docs, Codemagic's REST API docs and Bamboo's REST API docs (no error body printed); and searches
// for Forgejo/Codeberg, Scalr, Radicle, Attic and Gitness that found no body. Skipped as already sources (grepped in
// .tmp/sources.txt): Gitea (so Forgejo, its fork, was looked for only as itself), Bitbucket Server, Azure DevOps,
// Drone, Woodpecker CI, Concourse, Semaphore CI, TeamCity, Argo CD, Argo Workflows, Spinnaker, JFrog Artifactory,
// Sonatype Nexus Repository, Harbor, Quay, Verdaccio, Gemfury, Cloudsmith, SonarQube, Codecov, Buildkite, CircleCI,
// GitLab, Travis CI, Jenkins, GoCD, Gerrit, Gogs, Pagure, Kallithea, Ansible Galaxy, the CNCF Distribution registry,
// the GitHub Container Registry and crates.io.
//
// The part holds 5 cases from 4 sources, under the brief's aim of 15–30 from at least 5: all 38 look-ups of the cap
// were spent, most on semantic searches that found no body and on servers whose tests check a status or one member.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-28-hy`, on feeaa8c, src/ unchanged: in the frozen copy /tmp/base100; the `--check` run
// before it reported no problem): 4/5 pass, 4 sources (kind 4/5, message 4/5, fields 5/5, retry 5/5, logId 0/0, code
// 2/2). Failing at first sight: zot/manifest-invalid-media-type-changed-400 (the kit read `MANIFEST_INVALID` as a
// validation code and kept the `description`, "During upload, manifests undergo several checks …"; the case reads the
// code as one that says the request's whole body is invalid, a bad request by rule 1, and the description as the
// code's stock text pointing to `detail`, rules 2.1 and 2.2, so the default: both judgment calls its note names).
// Every other case passed as written, including the judgment calls on Artipie's "blob unknown to registry" (kept),
// Tekton Results' database and `rpc error` text (the default) and Kellnr's "ERROR: "-labelled sentences on a 400
// (bad-request, kept).
//
// No expectation was changed after the run.

export default [
  // ───────────────────────────── Artipie ─────────────────────────────
  {
    id: 'artipie/docker-blob-unknown-404',
    source: 'Artipie',
    url: 'artipie/artipie/docker-adapter/src/test/java/com/artipie/docker/http/ErrorsResponseTest.java@0e10935918113d4ea42077c1dfe053fc625d74f7',
    note: 'ErrorsResponseTest.shouldHaveExpectedBody: `BaseResponse.notFound().jsonBody(new BlobUnknownError(new Digest.Sha256("123")).json())` must have the body `{"errors":[{"code":"BLOB_UNKNOWN","message":"blob unknown to registry","detail":"sha256:123"}]}`, compared whole as bytes; the digest is the test\'s. The status is the one the test builds the response with (404, the OCI distribution spec\'s for `BLOB_UNKNOWN`). No header checked, none given. Kind: 404, not-found (rule 1). Message: "blob unknown to registry" says what was not found, as "repository name not known to registry" does in part B of the twenty-eighth: kept (rule 2.1: it names no input by its key). Judgment call: it begins with a word in small letters, and a reader could take it for the code restated. `detail` holds a digest, no sentence. Code: the lone item\'s `code` (rule 6).',
    response: {
      status: 404,
      body: { errors: [{ code: 'BLOB_UNKNOWN', message: 'blob unknown to registry', detail: 'sha256:123' }] },
    },
    expect: { kind: 'not-found', message: 'blob unknown to registry', code: 'BLOB_UNKNOWN' },
  },

  // ───────────────────────────── zot ─────────────────────────────
  {
    id: 'zot/manifest-invalid-media-type-changed-400',
    source: 'zot',
    url: 'https://github.com/project-zot/zot/issues/1411',
    note: '"error report for changed media type is obscure": pushing a manifest whose media type differs from the one its tag referred to, "Here\'s an example error response when this happens", copied as printed (the `description` with its newlines and tabs as its JSON escapes show them). The issue prints no status line: 400 is the OCI distribution spec\'s status for `MANIFEST_INVALID` and zot\'s for a bad manifest (a judgment call). No header shown. Kind: `MANIFEST_INVALID` says the manifest, the whole body of the PUT, is invalid, as `INVALID_BODY` does: bad-request (rule 1). Judgment call: a reader could take the manifest for an input and read a validation code. Message: "manifest invalid" only restates the code in small letters, naming what is invalid and nothing else (rule 2.1), and `description` is the spec\'s stock text for the code, which ends by sending the reader to `detail` (rule 2.1: a headline that points elsewhere; rule 2.2: type-level text): the default. Judgment call: rule 2.2 puts a `description` over a `message`, and a reader could keep it. `detail` holds `{ reference: "test" }`, the tag from the URL, no field error. Code: the lone item\'s `code` (rule 6).',
    response: {
      status: 400,
      body: {
        errors: [
          {
            code: 'MANIFEST_INVALID',
            message: 'manifest invalid',
            description:
              'During upload, manifests undergo several checks ensuring\n\t\t\tvalidity. If those checks fail, this error MAY be returned, unless a more\n\t\t\tspecific error is included. The detail will contain information the failed\n\t\t\tvalidation.',
            detail: [{ reference: 'test' }],
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'MANIFEST_INVALID' },
  },

  // ───────────────────────────── Tekton Results ─────────────────────────────
  {
    id: 'tekton-results/record-not-found-rpc-error-404',
    source: 'Tekton Results',
    url: 'https://github.com/tektoncd/results/issues/337',
    note: '"List invalid results error message": `curl -k https://localhost:8080/apis/results.tekton.dev/v1alpha2/parents/default/results/<uuid>` for a result that does not exist; the "Actual Behavior" body, copied as printed (the "Expected Behavior" body is the reporter\'s wish and was not used). The issue prints no status line: the REST gateway maps gRPC code 5 (NOT_FOUND) to 404 (a judgment call). No header shown. Kind: 404, not-found (rule 1). Message: "failed to query on database: rpc error: code = NotFound desc = record not found" reports a database query and a call between services (rule 2.3: infrastructure behind the service, gRPC-Go\'s `rpc error: code = … desc = …`): the default. No code stated: the numeric `code` is gRPC\'s status, which only restates the HTTP status (rule 6 states a code only where the rules leave no doubt).',
    response: {
      status: 404,
      body: {
        code: 5,
        message: 'failed to query on database: rpc error: code = NotFound desc = record not found',
        details: [],
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Kellnr ─────────────────────────────
  {
    id: 'kellnr/crate-version-already-exists-400',
    source: 'Kellnr',
    url: 'kellnr/kellnr/crates/registry/src/kellnr_api.rs',
    note: 'The registry API test `add_empty_existing`: after publishing test_lib 0.2.0, PUT /api/v1/crates/new_empty with `{"name": "test_lib"}`; the test checks 400 and, deserializing the body into `ErrorDetails`, `error.errors[0].detail == "ERROR: Crate with version already exists: test_lib-0.2.0"`. The wire body is the whole of what crates/error/src/api_error.rs (@25539c94b3664ab0d80afe434de0346229a4cf5c) sends: `(self.status, Json(self.details))` with `ErrorDetails { errors: vec![ErrorDetail { detail }] }` and the text prefixed "ERROR: ". The stored copy of the test was read by its index id, so no commit is pinned, and the path is the registry crate\'s API module, inferred from the repository\'s listing (a judgment call). No header checked, none given. Kind: a 400 with no code and no field: bad-request (rule 1: text never decides, so "already exists" in prose makes no conflict). Message: the sentence after the "ERROR: " label, kept. Judgment call: a reader could take "ERROR:" for a log line\'s level (rule 2.3, `[ERROR] …`) and give the default.',
    response: {
      status: 400,
      body: { errors: [{ detail: 'ERROR: Crate with version already exists: test_lib-0.2.0' }] },
    },
    expect: { kind: 'bad-request', message: 'Crate with version already exists' },
  },
  {
    id: 'kellnr/read-only-user-cannot-modify-400',
    source: 'Kellnr',
    url: 'kellnr/kellnr/crates/registry/src/kellnr_api.rs',
    note: 'The same test module, `try_publish_as_read_only_non_admin`: PUT /api/v1/crates/new with a valid crate and a read-only user\'s token; the test checks 400 and `error.errors[0].detail == "ERROR: Read-only users cannot modify the registry"` (`RegistryError::ReadOnlyModify`, which crates/registry/src/registry_error.rs @4215970abb05e9cfe810411a4112948175bbac85 maps to 400). Wire shape and provenance as in the case above. No header checked, none given. Kind: a 400 with no code and no field: bad-request (rule 1: the refusal is said only in prose, and text never decides). Message: the sentence after the "ERROR: " label, kept. Judgment call: the same "ERROR:" label as above.',
    response: {
      status: 400,
      body: { errors: [{ detail: 'ERROR: Read-only users cannot modify the registry' }] },
    },
    expect: { kind: 'bad-request', message: 'Read-only users cannot modify the registry' },
  },
] satisfies ConformanceCase[];
