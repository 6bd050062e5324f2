import { DEFAULT, type ConformanceCase } from '../types';

// Sixtieth unseen-API holdout, part R (19 January 2027): error bodies recorded in Java and Kotlin client libraries'
// test resources (`src/test/resources/*.json`), for APIs of any domain that no other case file uses: etcd's v2 HTTP
// API (keys, members and auth), the Pega Platform REST API, NAV's SAF (Sak- og arkivfasade) GraphQL API and the
// Wattpad API. They were collected to measure how the reader does at first sight on APIs it was never tuned on. Every
// body was copied from the public repository file named in `url`; the status is the one the library's own test serves
// the file with (cdancy/etcd-rest's and cdancy/pega-rest's MockWebServer tests, `setResponseCode(…)`; wattpad4j's
// Mockito test, `Response.Status.BAD_REQUEST`), except NAV's, whose Spring Boot error body carries its own `status:
// 401` (its test serves it through a mock engine whose status the stored files do not show). The bodies are the
// servers' own (etcd's `errorCode`/`cause`/`index` envelope and its Go error strings, Pega's `pxObjClass` envelope, a
// Spring Boot error from NAV's token-support library); a mock test's status is the test author's choice, and each
// note says so. No header is shown by any source and none was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: WireMock recorded mappings and `__files` (the text index holds few JSON test resources, and
// exact-path look-ups for `mappings/unauthorized.json`, `__files/error.json`, `fixtures/error.json`, `401.json` found
// only demo apps and APIs already in the corpus: Cloudflare, YouTube, Bilibili, Trafiklab, SonarQube, postcodes.io,
// NeverBounce, Zalando); Nitrado (Nitrapi-Java's `error.json`, "Unauthorized access, sorry you need to be a employee
// for this…", is served by a mock client with no status), Clearbit (springml/clearbit-api's `domain_invalid` body is
// returned by a mocked HTTP helper with no status, and the docs corpus printed none), LBRY (lbry-java's JSON-RPC
// error with a Python traceback, no status), WealthEngine (wealthengine4j's "Whiskey Tango Foxtrot!" body is a
// placeholder), NowSecure (auto-circleci-plugin's `error.json` holds `"message": "message"`), NAV's PDL (its
// `error-response.json`, "PDL kunne ikke finne Chuck Norris…" with classification "Tullefeil", is a joke, served with
// 200) and SAF's GraphQL `error.json` ("Dette er en feilmelding", a placeholder); etcd's
// `keys-compare-and-delete-index-fail.json` (the same "Compare failed" body as the compare-and-swap case, on a
// DELETE: left out as a near duplicate) and `keys-compare-and-swap-exist-fail.json` (no stored test serves it with a
// status); Kotlin tests that enqueue bodies written inline (`{"detail":"bad"}` and the like: invented, not captured).
// Many other Java, Kotlin and .NET SDK vendors checked with the brief's grep (Datadog, Amadeus, Adyen, Auth0, Okta,
// Mangopay, Checkout.com, Smartcar, Sinch, Telnyx, Mailtrap, MailerSend, Bitbucket Server, Rundeck, Graylog,
// Confluent Schema Registry, Kafka Connect, Flowable and others) are already sources.
//
// The part holds 10 cases from 4 sources, well under the brief's aim of 25 from 8: 56 of the 60 look-ups were spent,
// most on finding JSON test resources (which the text index does not search) and on reading the test that gives each
// body its status; several files found were placeholders or had no status.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-19-r`, on 0628d39, src/ unchanged: in the frozen copy /tmp/base60): 8/10 pass, 4 sources
// (kind 10/10, message 8/10, fields 10/10, retry 10/10, logId 0/0, code 4/4). Failing at first sight:
// etcd/compare-failed-101-412 (kept "Compare failed", which the case reads as a line that only says which operation
// failed, generic as "Operation failed." is under rule 2.1; a judgment call its note names);
// etcd/member-id-exists-409 (kept "Etcdserver: ID exists", capitalised, where the case reads a Go package's error by
// its name as developer text, rule 2.3 as the fifty-sixth holdout's row has "gzip: invalid header"). Every other case
// passed as written, including the judgment calls on etcd's "Not a file" on a 403 (forbidden, kept), the package
// label before "Role rkt already exists.", Pega's TLS line on a 403 and Wattpad's `error_type: "NotFound"` on a 400.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

// Scored in `cases/` the stop it was collected (6 December 2026): read now 9/10 (etcd's "etcdserver: ID exists" as a Go
// package's error by its name, since). Its miss: etcd's "Compare failed" (which operation failed, kept by the kit).

export default [
  // ───────────────────────────── etcd v2 API ─────────────────────────────
  {
    id: 'etcd/key-not-found-100-404',
    source: 'etcd v2 API',
    url: 'cdancy/etcd-rest/src/test/resources/keys-dir-delete-nonexistent.json@2e95dcc4f541dc25cd8b12bc9a6da0fb91d022a2',
    note: 'etcd\'s v2 keys error, kept by the etcd-rest Java client as a test resource; KeysApiMockTest (`testListInOrderKeyNonExistent`, same commit) serves it with `setResponseCode(404)` (a mock test: the status is the test author\'s, matching etcd\'s 404 for a missing key). No header shown. Kind: 404, not-found (rule 1). Message: "Key not found" names what was not found, a sentence and not the bare reason phrase (rule 2.1, as "Resource not found" is). Code: `errorCode` is a code member by its shape (rule 5), a number written as a string (rule 6): "100". `cause` ("/fish", the key) is no path-like member and names no input field; `index` is etcd\'s raft index, no support id.',
    response: { status: 404, body: { errorCode: 100, message: 'Key not found', cause: '/fish', index: 140 } },
    expect: { kind: 'not-found', message: 'Key not found', code: '100' },
  },
  {
    id: 'etcd/not-a-file-102-403',
    source: 'etcd v2 API',
    url: 'cdancy/etcd-rest/src/test/resources/keys-dir-create-already-exists.json@2e95dcc4f541dc25cd8b12bc9a6da0fb91d022a2',
    note: 'The etcd-rest client\'s resource for creating a directory where a node exists; KeysApiMockTest (`testCreateDirAlreadyExists`, same commit and f76e899) serves it with `setResponseCode(403)` (a mock test\'s status). No header shown. Kind: 403, forbidden (rule 1: the numeric `errorCode` 102 names no kind). Judgment call: the client maps it to "already exists", which a reader could take for a conflict; no code word says so, and the status decides. Message: "Not a file", three words that say what is wrong with the node, kept as a sentence as "Insufficient funds" is. Judgment call: a reader could read it as a label and give the default. Code: "102" (`errorCode`, rule 6).',
    response: { status: 403, body: { errorCode: 102, message: 'Not a file', cause: '/dir', index: 136 } },
    expect: { kind: 'forbidden', message: 'Not a file', code: '102' },
  },
  {
    id: 'etcd/compare-failed-101-412',
    source: 'etcd v2 API',
    url: 'cdancy/etcd-rest/src/test/resources/keys-compare-and-swap-value-fail.json@f76e899d550a3cdccd485c44183f35680956c5c5',
    note: 'A compare-and-swap whose `prevValue` did not match; KeysApiMockTest at the same commit (`testCompareAndSwapKeyValueWithWrongValue`) serves it with `setResponseCode(412)` (a mock test\'s status, matching etcd\'s Precondition Failed for error 101). No header shown. Kind: 412, conflict (rule 1: a precondition on the current state). Message: "Compare failed" only says which operation failed, as "Operation failed." and "Request failed" do (rule 2.1): the default. Judgment call: a reader could keep it as naming the comparison. `cause` ("[hello != world]") compares two values, developer text, and no field. Code: "101" (`errorCode`, rule 6).',
    response: {
      status: 412,
      body: { errorCode: 101, message: 'Compare failed', cause: '[hello != world]', index: 8 },
    },
    expect: { kind: 'conflict', message: DEFAULT, code: '101' },
  },
  {
    id: 'etcd/member-id-exists-409',
    source: 'etcd v2 API',
    url: 'cdancy/etcd-rest/src/test/resources/members-add-existent.json@a60bfd4ac13587dfaaeb87ed727579d27dbabf3e',
    note: 'Adding a cluster member whose peer URL is already a member; MembersApiMockTest (`testAddExistingMember`, @6c74b63) serves it with `setResponseCode(409)` (a mock test\'s status). No header shown. Kind: 409, conflict (rule 1). Message: "etcdserver: ID exists" is a Go package\'s error by its name (etcd\'s `etcdserver` package), developer text as "gzip: invalid header" is (rule 2.3, the fifty-sixth holdout\'s row), and "ID exists" alone names an id the person never typed: the default. Judgment call: a reader could keep "ID exists" after the prefix. No code.',
    response: { status: 409, body: { message: 'etcdserver: ID exists' } },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'etcd/member-url-scheme-400',
    source: 'etcd v2 API',
    url: 'cdancy/etcd-rest/src/test/resources/members-add-malformed-url.json@a60bfd4ac13587dfaaeb87ed727579d27dbabf3e',
    note: "Adding a member with a malformed peer URL; MembersApiMockTest (`testAddMemberWithMalformedURL`, @6c74b63) serves it with `setResponseCode(400)` (a mock test's status). No header shown. Kind: a 400 with no code and no field errors: bad-request (rule 1; text never decides). Message: \"URL scheme must be http or https: 1234567890\" says what the value must be, a rule about a value, kept (rule 2.1: a person's words and rules about a value stay). Judgment call: the value after the colon is the rejected input, not a developer's detail. No code.",
    response: { status: 400, body: { message: 'URL scheme must be http or https: 1234567890' } },
    expect: { kind: 'bad-request', message: 'URL scheme must be http or https' },
  },
  {
    id: 'etcd/member-url-not-host-port-400',
    source: 'etcd v2 API',
    url: 'cdancy/etcd-rest/src/test/resources/members-add-illegal-format.json@a60bfd4ac13587dfaaeb87ed727579d27dbabf3e',
    note: 'Adding a member whose peer URL has no port; MembersApiMockTest (`testAddMemberWithIllegalFormat`, @6c74b63) serves it with `setResponseCode(400)` (a mock test\'s status). No header shown. Kind: a 400 with no code and no field errors: bad-request (rule 1). Message: "URL address does not have the form \\"host:port\\": http://www.google.com", a sentence about the value\'s form, kept (rule 2.1). No code.',
    response: {
      status: 400,
      body: { message: 'URL address does not have the form "host:port": http://www.google.com' },
    },
    expect: { kind: 'bad-request', message: 'does not have the form' },
  },
  {
    id: 'etcd/auth-role-already-exists-409',
    source: 'etcd v2 API',
    url: 'cdancy/etcd-rest/src/test/resources/auth-roles-create-exists.json@9f61528294fea968c2f3e52a8d69f05d96f8235c',
    note: 'Creating an auth role that exists; RolesApiMockTest (`testCreateRoleAlreadyExists`, same commit) serves it with `setResponseCode(409)` (a mock test\'s status). No header shown. Kind: 409, conflict (rule 1). Message: "auth: Role rkt already exists." is a sentence that names the role the person chose, after the Go package\'s label `auth:`. Judgment call: unlike "etcdserver: ID exists", the words after the label are a person\'s sentence, so the case expects them, whether the label is kept or dropped (the substring holds either way); a reader could read the whole line as a Go package\'s error (rule 2.3) and give the default. No code.',
    response: { status: 409, body: { message: 'auth: Role rkt already exists.' } },
    expect: { kind: 'conflict', message: 'Role rkt already exists' },
  },

  // ───────────────────────────── Pega Platform ─────────────────────────────
  {
    id: 'pega/tls-ssl-required-pega-api-022-403',
    source: 'Pega Platform REST API',
    url: 'cdancy/pega-rest/src/test/resources/error.json@c2a7c5aefc99d12b92247c9684fb24fdeaa5b2bf',
    note: "The pega-rest Java client's error resource; ExceptionsApiMockTest (same commit, `testThrowsTslSslException`) serves it with `setResponseCode(403)` (a mock test's status; the client raises its TlsSslException on it). No header shown. Kind: 403, forbidden (rule 1: no code a rule names). Judgment call: the refusal is about the connection, not the person, and a reader could prefer a bad request; the status decides. Message: the lone item's \"Use of TLS/SSL is required\", a sentence (rule 2.2: a lone form-level sentence in the error list). No field: the item names none. Code and support id left unchecked: the item's `ID` holds the code-shaped `Pega_API_022`, but rule 6 names no `ID` member as the code, and rule 5's lone error `id` is JSON:API's occurrence id, which this is not.",
    response: {
      status: 403,
      body: {
        pxObjClass: 'Pega-API-CaseManagement',
        errors: [{ ID: 'Pega_API_022', message: 'Use of TLS/SSL is required', pxObjClass: 'Pega-API-Error' }],
      },
    },
    expect: { kind: 'forbidden', message: 'Use of TLS/SSL is required' },
  },

  // ───────────────────────────── NAV SAF ─────────────────────────────
  {
    id: 'nav-saf/jwt-token-missing-spring-401',
    source: 'NAV SAF (Sak- og arkivfasade) API',
    url: 'navikt/helsearbeidsgiver-saf-klient/src/test/resources/responses/unautorized.json@256312034dd67fdd576d94a9636d415fff5b9993',
    note: 'The Kotlin SAF client\'s resource `unautorized.json` (sic): a Spring Boot error body from SAF\'s `/graphql` endpoint, dated 2021-09-07 in its `timestamp`. Status: the body\'s own `status: 401`, which Spring Boot\'s error attributes copy from the response; the stored test files do not show the status the mock engine serves it with. No header shown. Kind: 401, unauthenticated (rule 1). Message: `message` is an exception\'s qualified class name before its text ("no.nav.security.token.support.core.exceptions.JwtTokenMissingException: …"), developer text (rule 2.3), and `error` is the bare reason phrase "Unauthorized" (rule 2.1): the default. Judgment call: "no valid token found in validation context" after the class name is token internals too. No code stated (`error` only restates the status); `path` at the top is the request\'s path, no field (rule 3).',
    response: {
      status: 401,
      body: {
        timestamp: '2021-09-07T10:01:50.656+00:00',
        status: 401,
        error: 'Unauthorized',
        message:
          'no.nav.security.token.support.core.exceptions.JwtTokenMissingException: no valid token found in validation context',
        path: '/graphql',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Wattpad ─────────────────────────────
  {
    id: 'wattpad/user-not-found-1014-400',
    source: 'Wattpad API',
    url: 'wattpad4j/wattpad4j-api/src/test/resources/error.json@f1c2e31cd2325b9c00984c8cc07d7157b1b2e77a',
    note: 'The wattpad4j Java client\'s error resource; WattpadApiTest at the same commit (`testStoriesUserNotFound`, `testListsUserNotFound`) serves it with `Response.Status.BAD_REQUEST`, 400 (a Mockito test\'s status). No header shown. Kind: a 400 whose category `error_type: "NotFound"` classifies where the numeric `error_code` does not (rule 1: a category beside the code; a not-found code on a 400): not-found. Message: "User not found", a sentence (rule 2.1). Fields: none. Judgment call: `fields: ["name"]` lists the user name the lookup failed on, with no message per item, and rule 3\'s error object about one field names `field`, not a list under `fields`; a reader could bind the message to `name`. Code: `error_code`, a code member by its shape, as a string: "1014" (rule 6: a code over its category).',
    response: {
      status: 400,
      body: { error_code: 1014, error_type: 'NotFound', message: 'User not found', fields: ['name'] },
    },
    expect: { kind: 'not-found', message: 'User not found', code: '1014' },
  },
] satisfies ConformanceCase[];
