import { DEFAULT, type ConformanceCase } from '../types';

// Fiftieth unseen-API holdout, part C (9 January 2027): package registries, artifact repositories and extension
// marketplaces (their HTTP APIs' error responses) that no other case file uses: Hex (hex.pm), Cloudsmith, the Visual
// Studio Marketplace (VS Code extensions), the Go module proxy (proxy.golang.org), Hackage, addons.mozilla.org (AMO),
// the Chrome Web Store API and Gemfury, collected to measure how the reader does at first sight on APIs it was never
// tuned on. Every body was copied from the public material named in `url` and `note`: vendors' own reference text that
// prints an error body with its status (Hex's API Blueprint in hexpm/specifications, "a specification with examples
// from the implementation at https://hex.pm/api"; Cloudsmith's "Error Handling" page; AMO's API overview in
// mozilla/addons-server), and public issues that paste a captured response (hexpm/hexpm, microsoft/vsmarketplace,
// microsoft/vscode-vsce, golang/go, go-mod-proxy, haskell/cabal, haskell/hackage-server, nirum-lang/nirum,
// GoogleChrome/developer.chrome.com, fregante/chrome-webstore-upload and -cli, gemfury/gemfury). Where a client
// printed the body (cabal's and stack's "http code …" lines, a Node client's JavaScript-object dump, transcribed to
// JSON unchanged) the note says so; where the status was not printed beside the body, the note says where it came
// from (the body's own status member, the vendor's rate-limit page the body links, another capture of the same error,
// or for the Chrome Web Store's 200 upload failure a public review that states it). Headers were copied only where a
// capture or page shows them (Cloudsmith's `Allow`/`Server`, the Go proxy's `curl -i` headers), never
// `Content-Length`; no header was added. Every `expect` was written from the source and test/conformance/README.md
// before the kit was run.
//
// Looked for and dropped: Open VSX (issues show only the `ovsx` CLI's rendering of the body's `error` member, and the
// server's `RegistryAPI.java` builds its bodies at run time), JSR (the `deno publish` output reprints `message`,
// `(code)` and the `x-deno-ray` header, not the body), pub.dev (an issue shows the HTML help page rendered for
// `MissingAuthentication`, without a status; the repository spec prints only a templated `{ "error": { "code",
// "message" } }`), Verdaccio (server logs and npm's one-line reprints), Anaconda.org (anaconda-client prints
// `('message', status)` tuples, not bodies), JetBrains Marketplace (curl and Retrofit captures stop before any body),
// Packagecloud, ProGet, Clojars, Chocolatey (choco prints only the status description), Artifact Hub (its issues show
// 429s without a body), Snap Store (its pages print snapd's local API, not the store's), CocoaPods Trunk (the stored
// README predates its API notes), Bintray (a third-party page's paraphrase; the archived docs' excerpts stop before
// any error body), Gemfury's full 409 capture (cut after its headers in the stored copy), the Chrome Web Store's
// `PKG_INTERNAL_ERROR` and `IN_PROGRESS` upload answers (no kind the rules name for either on a 200), AMO's 409
// duplicate-version texts (templated `{version_string}`), and Hackage's 401 "Username or password incorrect" (told in
// prose, not pasted). Sources already in the corpus were skipped by name or by first word (crates.io, Quay, Ansible
// Galaxy, ChartMuseum, JFrog Artifactory, so Artifactory's Conan and Conan Center too, HCP Terraform, so the Terraform
// Registry, Sonatype Nexus Repository, so the Sonatype Central Portal, Deno Deploy, so Deno Land, and npm, PyPI,
// RubyGems.org, NuGet, Packagist and Docker Hub). Gradle Plugin Portal, Homebrew's formulae API and MetaCPAN/PAUSE gave
// nothing with a status within the cap. The part holds 25 cases from 8 sources (Hex has six: four from its spec, two
// live); 57 of the 60 look-ups were spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-09-c`, on 6881c25, src/ unchanged: in the frozen copy /tmp/base50): 17/25 pass, 8 sources
// (kind 24/25, message 18/25, fields 25/25, retry 25/25, logId 0/0, code 2/2). Failing at first sight:
// hex-pm/spec-failed-to-authorize-401 (kept "failed to authorize", a line that only says signing in failed, generic
// under rule 2.1 as "Failed to Login"; a judgment call the note names); hex-pm/user-agent-header-required-400 (kept
// "User-Agent header is required", a line naming only what the request lacks, generic under rule 2.1; judgment call);
// go-module-proxy/not-found-empty-reason-410-text (kept "not found:", a bare reason phrase with nothing after it, rule
// 2.1; judgment call, the phrase being 404's on a 410); go-module-proxy/module-not-found-git-ls-remote-410-text (took
// the whole text, git's command, cache path and `fatal:` line included, and cut it before the person's sentence: rule
// 2.3 makes that developer text and rule 2.6 leaves the last line, "Confirm the import path was entered correctly.");
// hackage/no-authorization-provided-401-text (kept "No authorization provided", read here as the 401's "Authorization
// Required" reworded, rule 2.1; judgment call); hackage/page-not-found-404-text (kept "Page not found Sorry, it's just
// not here.", a reason phrase and stock text that say no more than the status, rule 2.1; judgment call);
// chrome-web-store/upload-invalid-version-number-200 (unknown: `PKG_INVALID_VERSION_NUMBER` on a 200 not read as an
// invalid-value code that outranks a 2xx, rule 1; judgment call on the `PKG_` prefix; its message and code passed);
// chrome-web-store/v2-invalid-package-manifest-version-400 (kept "The uploaded package was invalid. Check the
// additional details for more information.", a headline that sends the reader to the details, generic under rule
// 2.1). Every other case passed as written, including the judgment calls on Hex's "invalid API key" (kept), the Go
// proxy's "unknown revision …" (kept), Hackage's "No access for this resource" (kept), AMO's lone `non_field_errors`
// line, the Chrome Web Store's "Publish condition not met" (kept) and `INVALID_PACKAGE` as the code, and Gemfury's
// one-member array. No expectation was changed after the run (Prettier's quoting was applied before it).

// Waits in `pending/`: 20/25 now (a reason phrase ending in a colon, the Go module proxy's "not found: ", is one since;
// its git report is developer text, `fatal:` and "exit status 128", though the plea after it is still not read alone;
// "User-Agent header is required" names only an input since the closing sitting of 7 December 2026; and the Chrome Web
// Store's `PKG_INVALID_VERSION_NUMBER` on a 200 is a validation code since the ninety-third holdout read a code led by
// what it was about). Its misses are read both ways in the corpus: Hex's "Failed to authorize", Hackage's "No
// authorization provided" (the corpus keeps "Authentication credentials were not provided.") and its stock 404 page,
// the Go proxy's plea, and the Chrome Web Store's headline sending the reader to the details.

export default [
  // ───────────────────────────── Hex (hex.pm) ─────────────────────────────
  {
    id: 'hex-pm/spec-bad-request-400',
    source: 'Hex (hex.pm) API',
    url: 'hexpm/specifications/apiary.apib@00b906a03e5f7e95c615d3cfdbe2a0cbb2604a6c',
    note: 'Hex\'s API Blueprint ("a specification with examples from the implementation at https://hex.pm/api"), "Client errors" item 1: "Sending invalid JSON or Erlang will result in `400 Bad Request`", printed under `HTTP/1.1 400 Bad Request`. No other header shown. Kind: a 400 without a code and without field errors (the numeric `status` restates the status): bad-request (rule 1). Message: "bad request" is the bare reason phrase (rule 2.1): the default. No code.',
    response: { status: 400, body: { status: 400, message: 'bad request' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'hex-pm/spec-failed-to-authorize-401',
    source: 'Hex (hex.pm) API',
    url: 'hexpm/specifications/apiary.apib@00b906a03e5f7e95c615d3cfdbe2a0cbb2604a6c',
    note: 'The same section, item 2: "Failed authentication attempts will result in `401 Unauthorized`", printed under `HTTP/1.1 401 Unauthorized`. Kind: 401, unauthenticated (rule 1). Message: "failed to authorize" only says that signing in failed, as "Failed to Login" and "Login failed" do (rule 2.1, generic): the default. Judgment call: the other reading keeps it as a short credential line, as the corpus keeps "Invalid credentials". No code.',
    response: { status: 401, body: { status: 401, message: 'failed to authorize' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'hex-pm/spec-not-found-404',
    source: 'Hex (hex.pm) API',
    url: 'hexpm/specifications/apiary.apib@00b906a03e5f7e95c615d3cfdbe2a0cbb2604a6c',
    note: 'The same section, item 3: "Making a request to a missing resource will result in `404 Not Found`", printed under `HTTP/1.1 404 Not Found`. Kind: 404, not-found. Message: "not found" is the bare reason phrase (rule 2.1): the default. No code.',
    response: { status: 404, body: { status: 404, message: 'not found' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'hex-pm/spec-validation-failed-email-422',
    source: 'Hex (hex.pm) API',
    url: 'hexpm/specifications/apiary.apib@00b906a03e5f7e95c615d3cfdbe2a0cbb2604a6c',
    note: 'The same section, item 4: "Validation errors or invalid parameters will return `422 Unprocessable Entity`", printed under `HTTP/1.1 422 Unprocessable Entity`. Kind: 422, validation (rule 1). Fields: `errors` is a map of path to message (rule 3): `email` "has invalid format". Message: "validation failed" is a generic summary (rule 2.1), and the only other text is a field\'s (rule 2.4): the default. No code.',
    response: {
      status: 422,
      body: { status: 422, message: 'validation failed', errors: { email: 'has invalid format' } },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['email', 'has invalid format']] },
  },
  {
    id: 'hex-pm/user-agent-header-required-400',
    source: 'Hex (hex.pm) API',
    url: 'https://github.com/hexpm/hexpm/issues/1022',
    note: 'A CI user\'s request to `https://hex.pm/api/packages/phoenix_pubsub` from Python failed with "HTTP Error 400: Bad Request"; asked for the body, they pasted it. Status: the error line and the body\'s own `status` (400). No header shown. Kind: a 400 without a code and without field errors: bad-request (rule 1). Message: "User-Agent header is required" names only what the request lacks, as "Missing required parameter: templateId" and Halo\'s "Halo GUID must be provided." do (rule 2.1, generic): the default. Judgment call: the other reading keeps it as the one sentence in the body. No code.',
    response: { status: 400, body: { message: 'User-Agent header is required', status: 400 } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'hex-pm/invalid-api-key-401',
    source: 'Hex (hex.pm) API',
    url: 'https://github.com/hexpm/hexpm/issues/1022',
    note: 'The same thread: "After sending an user-agent on the build server we receive" this body. Status: the body\'s own `status` (401). No header shown. Kind: 401, unauthenticated (rule 1). Message: "invalid API key" says which credential was refused; kept as the corpus keeps "Invalid token" and "Invalid credentials". Judgment call: the second readings have read such lines both ways (Gigya\'s "Invalid ApiKey parameter" took the default); the other reading gives the default. No code.',
    response: { status: 401, body: { message: 'invalid API key', status: 401 } },
    expect: { kind: 'unauthenticated', message: 'invalid API key' },
  },

  // ───────────────────────────── Cloudsmith ─────────────────────────────
  {
    id: 'cloudsmith/not-authenticated-401',
    source: 'Cloudsmith API',
    url: 'https://help.cloudsmith.io/reference/error-handling',
    note: 'Cloudsmith\'s "Error Handling" reference, "Not Authenticated", prints this response (`HTTP/1.0 401 Unauthorized`, `Allow`, `Content-Length`, `Server`, then the body); `Content-Length` left out. Kind: 401, unauthenticated. Message: `detail`, a sentence for the person (rule 2). No code, no logId.',
    response: {
      status: 401,
      headers: { Allow: 'POST, OPTIONS', Server: 'Cloudsmith MCP' },
      body: { detail: 'Authentication credentials were not provided.' },
    },
    expect: { kind: 'unauthenticated', message: 'Authentication credentials were not provided' },
  },
  {
    id: 'cloudsmith/no-permission-403',
    source: 'Cloudsmith API',
    url: 'https://help.cloudsmith.io/reference/error-handling',
    note: 'The same page, "No Permissions": "A 403 Forbidden status code is sent when …", printed under `HTTP/1.0 403 Forbidden` in the current page (an older copy of the page, help.cloudsmith.io/v1.0/…, prints the same body under a `401 Unauthorized` status line, a slip the text around it contradicts; the 403 is taken). `Content-Length` left out. Kind: 403, forbidden. Message: `detail` (rule 2). No code.',
    response: {
      status: 403,
      headers: { Allow: 'POST, OPTIONS', Server: 'Cloudsmith MCP' },
      body: { detail: 'You do not have permission to perform this action.' },
    },
    expect: { kind: 'forbidden', message: 'You do not have permission to perform this action' },
  },
  {
    id: 'cloudsmith/invalid-json-object-400',
    source: 'Cloudsmith API',
    url: 'https://help.cloudsmith.io/reference/error-handling',
    note: 'The same page, "Invalid JSON Object Error": "A 400 Bad Request status code is sent when the body of the document is expected to be JSON encoded, but the actual content is otherwise", printed under `HTTP/1.0 400 Bad Request` with `Allow`, `Content-Type` and `Server` (`Content-Length` left out). Kind: a 400 without a code or fields: bad-request. Message: a parser\'s report that it could not read the request\'s JSON is developer text (rule 2.3: "JSON parse error"): the default. No code. (The page\'s later sections, malformed JSON and field validation, were past the stored excerpt.)',
    response: {
      status: 400,
      headers: { Allow: 'POST, OPTIONS', 'Content-Type': 'application/json', Server: 'Cloudsmith MCP' },
      body: { detail: 'JSON parse error - No JSON object could be decoded' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Visual Studio Code Marketplace ─────────────────────────────
  {
    id: 'vs-code-marketplace/request-blocked-anonymous-count-429',
    source: 'Visual Studio Marketplace (VS Code extensions)',
    url: 'https://github.com/microsoft/vsmarketplace/issues/208',
    note: 'A user opening a `marketplace.visualstudio.com/_apis/public/gallery/…/vspackage` download "returns the following json"; the same body is pasted again in microsoft/vsmarketplace#870 and #869. Status: not printed beside it; the body points to Microsoft\'s "Rate limits" topic (learn.microsoft.com/azure/devops/integrate/concepts/rate-limits), which says blocked requests "receive responses with HTTP code 429 (too many requests)" and a "Request was blocked due to exceeding usage of resource …" message: 429. No header shown. Kind: 429, rate-limited (rule 1). Message: the first sentence of `message`; the pointer to the docs after it is generic (rule 2.1). `typeName` is a qualified .NET type (rule 2.3). Retry: none (no header shown, no wait in the text). No code stated: `errorCode: 0` is no code (rule 6), and `typeKey` is a member no rule names; no logId stated (`eventId: 3000` is an event kind, not an occurrence).',
    response: {
      status: 429,
      body: {
        $id: '1',
        innerException: null,
        message:
          "Request was blocked due to exceeding usage of resource 'Count' in namespace 'AnonymousId'. For more information on why your request was blocked, see the topic \"Rate limits\" on the Microsoft Web site (https://go.microsoft.com/fwlink/?LinkId=823950).",
        typeName:
          'Microsoft.TeamFoundation.Framework.Server.RequestBlockedException, Microsoft.TeamFoundation.Framework.Server',
        typeKey: 'RequestBlockedException',
        errorCode: 0,
        eventId: 3000,
      },
    },
    expect: { kind: 'rate-limited', message: 'Request was blocked due to exceeding usage of resource' },
  },
  {
    id: 'vs-code-marketplace/unauthorized-request-tf400813-401',
    source: 'Visual Studio Marketplace (VS Code extensions)',
    url: 'https://github.com/microsoft/vscode-vsce/issues/852',
    note: '`vsce login <publisher>` with a new personal access token printed "The Personal Access Token verification has failed. Additional information:" and this body (pretty-printed by the reporter). Status: not printed beside it; the same PAT verification answers `Failed request: (401)` in microsoft/vscode-vsce#523, and the exception is `UnauthorizedRequestException`: 401. No header shown. Kind: 401, unauthenticated. Message: the `message` sentence, with Azure DevOps\' error number `TF400813: ` before it dropped (rule 2.1 names it). No code stated (`errorCode: 0`, rule 6; `typeKey` unnamed).',
    response: {
      status: 401,
      body: {
        $id: '1',
        innerException: null,
        message: 'TF400813: Resource not available for anonymous access. Client authentication required.',
        typeName:
          'Microsoft.TeamFoundation.Framework.Server.UnauthorizedRequestException,Microsoft.TeamFoundation.Framework.Server',
        typeKey: 'UnauthorizedRequestException',
        errorCode: 0,
        eventId: 3000,
      },
    },
    expect: { kind: 'unauthenticated', message: 'Resource not available for anonymous access' },
  },

  // ───────────────────────────── Go module proxy (proxy.golang.org) ─────────────────────────────
  {
    id: 'go-module-proxy/not-found-empty-reason-410-text',
    source: 'Go module proxy (proxy.golang.org)',
    url: 'https://github.com/golang/go/issues/34141',
    note: 'A user\'s `curl -i https://proxy.golang.org/github.com/gohugoio/hugo\\!test\\!modules1_darwin/modh2/@v/v1.4.0.info` (HTTP/2 410, headers, body). The body is "not found: " (its `content-length: 11`); the `%` after it in the paste is zsh\'s mark for output without a final newline, not part of the body. Headers copied as shown but `content-length`. Kind: 410, not-found (rule 1). Message: plain text on a 4xx is the message when it is a sentence (rule 2.6); "not found: " with nothing after it is a bare reason phrase (rule 2.1): the default. Judgment call: the phrase is 404\'s, not 410\'s ("Gone"), and rule 2.1 lets a reason phrase sent with another status speak; the other reading keeps "not found". No code; no retry.',
    response: {
      status: 410,
      headers: {
        'content-type': 'text/plain; charset=UTF-8',
        date: 'Fri, 06 Sep 2019 11:03:59 GMT',
        expires: 'Fri, 06 Sep 2019 11:33:59 GMT',
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'x-xss-protection': '0',
        'cache-control': 'public, max-age=1800',
        age: '945',
        'alt-svc': 'quic=":443"; ma=2592000; v="46,43,39"',
      },
      body: 'not found: ',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'go-module-proxy/unknown-revision-410-text',
    source: 'Go module proxy (proxy.golang.org)',
    url: 'https://github.com/golang/go/issues/34141',
    note: 'The same issue, a Go team member\'s run of the same `curl -i` three hours later (HTTP/2 410; `content-length: 61`, which is the body below without zsh\'s trailing `%`). Headers copied as shown but `content-length`. Kind: 410, not-found. Message: plain text on a 4xx (rule 2.6); the leading "not found: " only restates a not-found status (rule 2.1: a reason phrase leading the line is dropped), and what follows names what was not found. Judgment call: "unknown revision …" is git\'s wording relayed by the proxy; the other reading takes it for a report of another tool (rule 2.3) and gives the default. No code.',
    response: {
      status: 410,
      headers: {
        'content-type': 'text/plain; charset=UTF-8',
        date: 'Fri, 06 Sep 2019 14:42:46 GMT',
        expires: 'Fri, 06 Sep 2019 15:12:46 GMT',
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'x-xss-protection': '0',
        'cache-control': 'public, max-age=1800',
        age: '93',
        'alt-svc': 'quic=":443"; ma=2592000; v="46,43,39"',
      },
      body: 'not found: unknown revision Test/Modules1_darwin/modh2/v1.4.0',
    },
    expect: { kind: 'not-found', message: 'unknown revision Test/Modules1_darwin/modh2/v1.4.0' },
  },
  {
    id: 'go-module-proxy/module-not-found-git-ls-remote-410-text',
    source: 'Go module proxy (proxy.golang.org)',
    url: 'https://github.com/go-mod-proxy/go-mod-proxy/issues/36',
    note: 'The body `curl -v https://proxy.golang.org/github.com/this-org-does-not-exist/bla/@v/list` gave (April 2021), pasted without its status line. Status: stated elsewhere for the same error: the proxy answered "not found: …" bodies with 410 (golang/go#34141, 2019, above) until it "switched from returning 410 to 404" (icholy/gomajor#17, August 2022): 410; either status is not-found. No header shown. Kind: not-found. Message: plain text on a 4xx (rule 2.6); the git command, the module-cache path, `exit status 128` and git\'s `fatal:` line are developer text (rule 2.3), and the last line is the one written for the person. Judgment call: the other reading takes the whole text for developer text and gives the default. No code.',
    response: {
      status: 410,
      body: "not found: module github.com/this-org-does-not-exist/bla: git ls-remote -q origin in /tmp/gopath/pkg/mod/cache/vcs/451f6c9522c526d03f0917c3d96d069773e43384d7f7d35301d79d02594f38ba: exit status 128:\n\tfatal: could not read Username for 'https://github.com': terminal prompts disabled\nConfirm the import path was entered correctly.",
    },
    expect: { kind: 'not-found', message: 'Confirm the import path was entered correctly' },
  },

  // ───────────────────────────── Hackage ─────────────────────────────
  {
    id: 'hackage/no-authorization-provided-401-text',
    source: 'Hackage',
    url: 'https://github.com/haskell/cabal/issues/7666',
    note: '`cabal upload -v` ran curl against `https://hackage.haskell.org/packages/candidates` with `Accept: text/plain` and printed "Error uploading …: http code 401" followed by the response body, "Error: No authorization provided" (the same body follows a 401 in a bare curl run in haskell/cabal#10252). No header shown. Kind: 401, unauthenticated. Message: plain text on a 4xx (rule 2.6); "Error: " is a label, and "No authorization provided" rewords the 401\'s "Authorization Required" (rule 2.1: a reason phrase restates the status it names): the default. Judgment call: the other reading keeps it as a short credential line, as Cloudsmith\'s "Authentication credentials were not provided." is kept here. No code.',
    response: { status: 401, body: 'Error: No authorization provided' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'hackage/page-not-found-404-text',
    source: 'Hackage',
    url: 'https://github.com/haskell/hackage-server/issues/772',
    note: '`cabal upload --publish` printed "Error uploading …: http code 404" and the body, two lines with a blank line between (the same body, with "it is" for "it\'s", follows a 404 in haskell/cabal#2237). No header shown. Kind: 404, not-found. Message: plain text on a 4xx (rule 2.6), but "Error: Page not found" is a label and a reason phrase, and "Sorry, it\'s just not here." is stock text that says no more than the status, as "Not found!" does (rule 2.1, generic): the default. Judgment call: the other reading keeps the apology as the sentence. No code.',
    response: { status: 404, body: "Error: Page not found\n\nSorry, it's just not here." },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'hackage/forbidden-no-access-403-text',
    source: 'Hackage',
    url: 'https://github.com/haskell/hackage-server/issues/248',
    note: '`cabal upload` of a new package printed "…: 403 Forbidden" and then the body, "Error: Forbidden", a blank line and "No access for this resource." (the reporter: a wrong password gives "a different error (401 Unauthorized …)"). No header shown. Kind: 403, forbidden. Message: plain text on a 4xx (rule 2.6); "Error: Forbidden" is a label and the reason phrase, and the line after it says what was refused. Judgment call: the other reading reads "No access for this resource." as a restated 403 and gives the default. No code.',
    response: { status: 403, body: 'Error: Forbidden\n\nNo access for this resource.' },
    expect: { kind: 'forbidden', message: 'No access for this resource' },
  },
  {
    id: 'hackage/invalid-package-ghc-options-400-text',
    source: 'Hackage',
    url: 'https://github.com/nirum-lang/nirum/issues/325',
    note: '`stack upload` to Hackage from Travis CI printed "unhandled status code: 400" and then the response body, "Error: Invalid package" and the package check\'s sentence on the next line; copied as printed (stack\'s own `Control.Exception.Safe.throwString` lines after it are the client\'s, not the body). No header shown. Kind: a 400 with neither code nor fields (text never decides, rule 1): bad-request. Message: plain text on a 4xx (rule 2.6); "Error: Invalid package" is a generic headline before a sentence of its own (rule 2.1), and the sentence after it is the person\'s. No code.',
    response: {
      status: 400,
      body: "Error: Invalid package\n'ghc-options: -Werror' makes the package easy to break with future GHC versions because new GHC versions often add new warnings.  Alternatively, if you want to use this, make it conditional based on a Cabal configuration flag (with 'manual: True' and 'default: False') and enable that flag during development.",
    },
    expect: { kind: 'bad-request', message: 'makes the package easy to break with future GHC versions' },
  },
  {
    id: 'hackage/happstack-internal-server-error-500-html',
    source: 'Hackage',
    url: 'https://github.com/haskell/hackage-server/issues/643',
    note: "`cabal upload --publish` printed \"Error uploading …: http code 500\" and Happstack's HTML error page, copied with the line breaks as printed (the page's own breaks or cabal's wrapping; the stored paste does not tell which). No header shown. Kind: 500, server. Message: an HTML page gives no message (rule 2.5): the default. No code.",
    response: {
      status: 500,
      body: '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"\n"http://www.w3.org/TR/html4/strict.dtd"><html><head><title>Happstack 7.5.0.1\nInternal Server Error</title></head><body><h1>Happstack\n7.5.0.1</h1><p>Something went wrong here<br>Internal server\nerror<br>Everything has stopped</p><p>The error was "thread\nkilled"</p></body></html>',
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── addons.mozilla.org ─────────────────────────────
  {
    id: 'amo/bad-request-field-and-non-field-400',
    source: 'addons.mozilla.org (AMO) API',
    url: 'mozilla/addons-server/docs/topics/api/overview.rst@968c7636bf82d2b6a0fb71881e81f8e1f03481fb',
    note: 'The AMO API overview, "Bad Requests": "When returning a `HTTP 400 Bad Request` response, the API will try to return some information about the error(s) in the body of the response, as a JSON object. The keys of that object indicate the field(s) that caused an error … If the error is not attached to a specific field the key `non_field_errors` will be used instead", with this example. No header shown. Kind: a 400 with field errors: validation (rule 1). Fields: `username` (rule 3, a map of path to lists of strings); `non_field_errors` is form-level (rule 3). Message: the lone form-level sentence (rule 2.2). Judgment call: the docs\' example line says only that an error is not tied to a field; the other reading takes it for generic and gives the default. No code.',
    response: {
      status: 400,
      body: {
        username: ['This field is required.'],
        non_field_errors: ['Error not linked to a specific field.'],
      },
    },
    expect: {
      kind: 'validation',
      message: 'Error not linked to a specific field',
      fields: [['username', 'This field is required']],
    },
  },

  // ───────────────────────────── Chrome Web Store API ─────────────────────────────
  {
    id: 'chrome-web-store/publish-condition-not-met-empty-400',
    source: 'Chrome Web Store API',
    url: 'https://github.com/GoogleChrome/developer.chrome.com/issues/2819',
    note: 'A developer publishing through the Chrome Web Store Publish API: "The server responded 400 with the following response body". No header shown. Kind: a 400; Google\'s `reason: "badRequest"` and the numeric `code` only restate the status, and there are no fields: bad-request (rule 1). Message: `error.message`, "Publish condition not met: " with its reason left empty (the issue is about that). Judgment call: the other reading calls a line that only says a condition failed generic (rule 2.1) and gives the default. No code stated (`badRequest` restates the status, rule 6).',
    response: {
      status: 400,
      body: {
        error: {
          code: 400,
          message: 'Publish condition not met: ',
          errors: [{ message: 'Publish condition not met: ', domain: 'chromewebstore.access', reason: 'badRequest' }],
        },
      },
    },
    expect: { kind: 'bad-request', message: 'Publish condition not met' },
  },
  {
    id: 'chrome-web-store/publish-item-in-review-400',
    source: 'Chrome Web Store API',
    url: 'https://github.com/fregante/chrome-webstore-upload/issues/83',
    note: 'The client library\'s maintainer lists "some responses" of the API; this is the publish call\'s error, printed as a JavaScript object (unquoted keys, single quotes) and transcribed to JSON unchanged. Status: the body\'s own `error.code` (400), as the 400 above for the same error. No header shown. Kind: bad-request (rule 1: `badRequest` restates the status; text never decides, so "in review" makes no conflict). Message: "Publish condition not met: " labels the sentence after it, which is the person\'s (rule 2.1: a generic headline before a sentence of its own). No code stated.',
    response: {
      status: 400,
      body: {
        error: {
          code: 400,
          message: 'Publish condition not met: You may not edit or publish an item that is in review.',
          errors: [
            {
              message: 'Publish condition not met: You may not edit or publish an item that is in review.',
              domain: 'chromewebstore.access',
              reason: 'badRequest',
            },
          ],
        },
      },
    },
    expect: { kind: 'bad-request', message: 'You may not edit or publish an item that is in review' },
  },
  {
    id: 'chrome-web-store/upload-invalid-version-number-200',
    source: 'Chrome Web Store API',
    url: 'https://github.com/fregante/chrome-webstore-upload/issues/83',
    note: "The same list, \"upload existing\": the items.update (v1.1 upload) answer for a package whose version is not above the published one, printed as a JavaScript object and transcribed to JSON. Status: not printed; stated in a public review of a workflow that uploads through this API (MetaMask/metamask-extension#42774: \"The CWS v1.1 API can return HTTP 200 with `uploadState: 'FAILURE'` and an `itemError` array (e.g., for invalid version numbers …)\"), and the client library treats the upload's HTTP call as successful and reads `uploadState`: 200. No header shown. Kind: a 2xx whose item code says an input's value (the version number) is invalid: a code outranks any 2xx, and `PKG_INVALID_VERSION_NUMBER` reads as an invalid-value code (rule 1): validation, without field errors (the item names no path). Judgment call: `PKG_` is a prefix no rule strips, and the other reading, the code naming no listed kind, leaves a 2xx unknown. Message: the lone item's `error_detail` (rule 2.2); its second sentence is quoted so the substring holds whether or not the first, which names only what is invalid, is read as a headline. Code: the item's `error_code` (rule 6).",
    response: {
      status: 200,
      body: {
        kind: 'chromewebstore#item',
        id: 'nphhdjlnhlicpjcpanamejkfehegdclg',
        uploadState: 'FAILURE',
        itemError: [
          {
            error_code: 'PKG_INVALID_VERSION_NUMBER',
            error_detail:
              'Invalid version number in manifest: 23.12.30.553. Please make sure the newly uploaded package has a larger version in file manifest.json than the published package: 23.12.30.554.',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: 'Please make sure the newly uploaded package has a larger version',
      code: 'PKG_INVALID_VERSION_NUMBER',
    },
  },
  {
    id: 'chrome-web-store/v2-invalid-package-manifest-version-400',
    source: 'Chrome Web Store API',
    url: 'https://github.com/fregante/chrome-webstore-upload-cli/issues/112',
    note: 'The CLI\'s maintainer, on the Chrome Web Store API v2: "The whole message looks like this", a google.rpc status printed as a JavaScript object (transcribed to JSON; the string `description` was printed as two concatenated literals, joined here). It is the status object as the client printed it, without the `{ "error": … }` wrapper Google\'s JSON APIs put around it; nothing was added. Status: its own `code` (400). No header shown. Kind: `INVALID_ARGUMENT` on a 400, with a field violation: validation (rule 1). Fields: the `google.rpc.BadRequest` violation names `media` (rule 3), its text a sentence whose only markup is a link (rule 2.5). Message: "The uploaded package was invalid. Check the additional details for more information." sends the reader to the details (rule 2.1, generic, as Sendle\'s and awork\'s headlines), and the `LocalizedMessage` repeats it: the default. Code: `ErrorInfo.reason` (rule 6, also when the status comes unwrapped); judgment call: the violation\'s own `PKG_MANIFEST_PARSE_ERROR` is the other candidate.',
    response: {
      status: 400,
      body: {
        code: 400,
        message: 'The uploaded package was invalid. Check the additional details for more information.',
        status: 'INVALID_ARGUMENT',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'INVALID_PACKAGE',
            domain: 'chromewebstore.googleapis.com',
          },
          {
            '@type': 'type.googleapis.com/google.rpc.LocalizedMessage',
            locale: 'en-US',
            message: 'The uploaded package was invalid. Check the additional details for more information.',
          },
          {
            '@type': 'type.googleapis.com/google.rpc.BadRequest',
            fieldViolations: [
              {
                field: 'media',
                description:
                  'The manifest has an invalid version: 0.0.0. Please format the version as defined \n      <a href="https://developer.chrome.com/extensions/manifest/version" target="_blank"> here</a>.',
                reason: 'PKG_MANIFEST_PARSE_ERROR',
              },
            ],
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['media', 'The manifest has an invalid version: 0.0.0']],
      code: 'INVALID_PACKAGE',
    },
  },

  // ───────────────────────────── Gemfury ─────────────────────────────
  {
    id: 'gemfury/push-dupe-version-409',
    source: 'Gemfury',
    url: 'https://github.com/gemfury/gemfury/issues/41',
    note: 'A user pushing a gem version that already exists to `push.fury.io`: "the current gemfury API is returning which is now:" this body. Status: the reporter\'s `curl -isS -F package=@… https://TOKEN@push.fury.io/NAME/ -H "Accept: application/json"` of the same push in the next comment answers `HTTP/1.1 409 Conflict`. That capture\'s headers and body are cut in the stored copy, and the reporter says the full response also carries the `Conflict` error; so no header is copied, and the body is the one the description quotes as the API\'s answer. Kind: 409, conflict (rule 1). Fields: none (`base` is form-level, rule 3). Message: "Version already exists", the error object\'s `message` and the form-level line alike (rule 2). No code stated: `type: "DupeVersion"` is the only code-like member, a category by its name (rule 1), which rule 6 leaves in doubt.',
    response: {
      status: 409,
      body: [
        {
          UploadResult: {
            errors: { base: 'Version already exists' },
            error: { type: 'DupeVersion', message: 'Version already exists' },
          },
        },
      ],
    },
    expect: { kind: 'conflict', message: 'Version already exists' },
  },
] satisfies ConformanceCase[];
