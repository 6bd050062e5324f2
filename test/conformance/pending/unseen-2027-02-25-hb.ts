import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-seventh unseen-API holdout, part HB (25 February 2027): self-hosted deployment, PaaS and
// infrastructure-automation services that no other case file uses: the Cloud Foundry Cloud Controller API (the PaaS's
// v3 and v2 APIs), the Cloud Foundry Routing API (its TCP router groups) and Tsuru (an open-source PaaS in Go). They
// were collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was copied
// from a test that fixes it whole: the Cloud Foundry CLI's ccv3 error-wrapper test (ghttp's `RespondWith(status,
// body, headers)`, the server's answers the CLI is written against) and its connection test, the Cloud Controller's
// own app-manifests controller spec (`match_array` over every error item, `test_mode_info` stripped: a member only
// test mode adds), the Routing API's router-groups handler test (`MatchJSON`, which compares the whole body, with
// the status) and Tsuru's API auth test (gocheck's `Equals` on `recorder.Body.String()`, and its `Matches`, which
// anchors the pattern at both ends, so a pattern of plain words is the whole body). Headers were copied only where
// the test sends one (the CLI's `X-Vcap-Request-Id`, two values, written as Fetch joins them); none was added.
// Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Provenance: find_string answers carry no repository or path, and the index's dated copies of three of the files
// are other versions. Tsuru's `api/auth_test.go` at c748b1a (the one dated copy) is a 2013 version that tests the
// handlers' errors, not bodies; the bodies here were read in a later stored copy of the same file (71,610 characters,
// tsuru's own `authTypes` and `permTypes`), so its `url` names no commit. The CLI's `ccv3/errors_test.go` at b2bdc10
// is an earlier, shorter version than the copy read, so no commit either. The Routing API's test is cited in the
// fork winvijay/routing-api, whose copy shows three of the four bodies word for word (with the fork's `FIt` focus
// markers); the fourth was read in another stored copy of the same test, identical wherever both were read; the
// canonical cloudfoundry/routing-api copy in the index is a 2,307-character stub. The Cloud Controller spec's and the
// CLI connection test's paths were not confirmed by a look-up within the cap: they are given as the repositories lay
// such files out (the spec's described class `AppManifestsController`; the test's `RawHTTPStatusError` block), and
// their notes say so.
//
// Looked for and dropped: Fly.io Machines API, Railway, Coolify, CapRover, Heroku, Vercel and Netlify (already
// sources, as are HCP Terraform, Pulumi Cloud, Nomad, Consul, Rancher, Portainer, Spinnaker and Concourse). Korifi
// (Cloud Foundry's API on Kubernetes): its handler tests' `expectJSONResponse` helpers fix a 500 `UnknownError` and a
// 400 `CF-MessageParseError` body whole, but the stored copy's repository and path could not be found within the cap
// (cloudfoundry/korifi and cloudfoundry/cf-k8s-controllers list no such file), so it was dropped. BOSH Director: a
// fake director's 404 (`{"code":70000,"description":"Deployment 'missing' doesn't exist"}`) turned up in a test
// whose repository the answer does not name: dropped. IBM Cloud's docs print a 503 `CF-StagerUnavailable` body from
// `cf` output, likewise unplaced: dropped. Deis Workflow's controller tests check bodies with `assertContains` (a
// pattern); most Cloud Controller request specs check `include(include({…}))` (a pattern over the list); Atlantis's
// controller tests use `ResponseContains`. Render, Koyeb and Spacelift: searches of docs and issues found no
// printed body with its status. Test authors' own texts were dropped: the CLI's "SomeCC Error Message",
// "I am not unmarshallable" and "I am some text", the Routing API's injected "db communication failed", and a CF v2
// `cf curl` tutorial body whose description the author elided ("...") and whose status it does not show. Not
// reached within the cap: Scalr, Digger, Dokploy, Northflank, Qovery, Porter, Epinio, Kubero, Terrakube and Semaphore
// UI. Dokku, Piku and Kamal have no HTTP API.
//
// The part holds 23 cases from 3 sources, short of the brief's aim of 5 sources (within its 15–30 cases); all 32 of
// the 32 look-ups were spent, a third of them placing files that find_string had found without a path.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-25-hb`, on 830049e, the commit named in /tmp/base97/READY, src/ unchanged: in the frozen copy
// /tmp/base97; the `--check` run before it reported no problem): 21/23 pass, 3 sources (kind 23/23, message 21/23,
// fields 23/23, retry 23/23, logId 0/0, code 0/0). Failing at first sight:
// cloud-foundry-routing-api/missing-reservable-ports-400 (kept "Missing reservable_ports in router group:
// default-tcp", the generic headline dropped; the case reads a line naming only a missing input by the API's key
// written as code as the default, rule 2.1 and the rule row of 6 December 2026: a judgment call its note names);
// tsuru/create-user-invalid-email-400-text (gave the kind's default text, "Check your answers and try again.", with
// the bad-request kind the case expects; the case keeps the text "invalid email" as a sentence on a 4xx, rule 2.6, with
// the person's word "email": a judgment call its note names, since the line starts in small letters as "invalid q"
// does). Every other case passed as written, including the judgment calls on "Invalid Auth Token" (kept), "name must
// be unique in space" (validation, kept), the 503's sentence before a socket report, the nine-item manifest 422 (the
// default), "user not found" (kept) and the Routing API's "Cannot process request: " headline.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Cloud Foundry Cloud Controller API ─────────────────────────────
  {
    id: 'cloud-foundry-cc/invalid-auth-token-401',
    source: 'Cloud Foundry Cloud Controller API',
    url: 'cloudfoundry/cli/api/cloudcontroller/ccv3/errors_test.go',
    note: 'The CLI\'s ccv3 "Error Wrapper" test, "(401) Unauthorized" / "invalid token": a GET /v3/apps answered with 401, the body written whole in the test, and the `X-Vcap-Request-Id` header the test sends with every answer (two values; written joined with ", " as Fetch joins them). No commit: the index\'s dated copy of this file is an earlier version than the one read (see the header). Kind: 401, unauthenticated (rule 1). Message: the lone item\'s `detail` (rule 2.2, over its `title` code) "Invalid Auth Token" is a credential line, which rule 2.1 keeps ("access_token is invalid"). Judgment call: a reader could read three capitalised words as a label and give the default. logId not stated: the header holds two ids, and the rules do not say which of them support asks for. Code not stated (a numeric `code` beside a `title` that is also code-shaped).',
    response: {
      status: 401,
      headers: {
        'X-Vcap-Request-Id':
          '6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95, 6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95::7445d9db-c31e-410d-8dc5-9f79ec3fc26f',
      },
      body: { errors: [{ code: 1000, detail: 'Invalid Auth Token', title: 'CF-InvalidAuthToken' }] },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid Auth Token' },
  },
  {
    id: 'cloud-foundry-cc/empty-errors-list-401',
    source: 'Cloud Foundry Cloud Controller API',
    url: 'cloudfoundry/cli/api/cloudcontroller/ccv3/errors_test.go',
    note: 'The same test, "when an empty list of errors is returned": 401 with `{ "errors": [] }` and the shared `X-Vcap-Request-Id` header (joined as above). Kind: 401, unauthenticated (rule 1). Message: nothing to read, the default (rule 2.4). logId not stated (two ids in one header, as above).',
    response: {
      status: 401,
      headers: {
        'X-Vcap-Request-Id':
          '6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95, 6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95::7445d9db-c31e-410d-8dc5-9f79ec3fc26f',
      },
      body: { errors: [] },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'cloud-foundry-cc/process-not-found-404',
    source: 'Cloud Foundry Cloud Controller API',
    url: 'cloudfoundry/cli/api/cloudcontroller/ccv3/errors_test.go',
    note: 'The same test, "(404) Not Found" / "when a process is not found" (the CLI maps this `detail` to its ProcessNotFoundError). Headers as above. Kind: 404, not-found (rule 1; `CF-ResourceNotFound` agrees). Message: the lone item\'s `detail`, a sentence naming the record (rule 2.1: "Resource not found" is a sentence).',
    response: {
      status: 404,
      headers: {
        'X-Vcap-Request-Id':
          '6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95, 6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95::7445d9db-c31e-410d-8dc5-9f79ec3fc26f',
      },
      body: { errors: [{ code: 10010, detail: 'Process not found', title: 'CF-ResourceNotFound' }] },
    },
    expect: { kind: 'not-found', message: 'Process not found' },
  },
  {
    id: 'cloud-foundry-cc/app-not-found-404',
    source: 'Cloud Foundry Cloud Controller API',
    url: 'cloudfoundry/cli/api/cloudcontroller/ccv3/errors_test.go',
    note: 'The same test, "when an application is not found" (mapped to ApplicationNotFoundError). Headers as above. Kind: not-found (rule 1). Message: the lone item\'s `detail` (rule 2.2).',
    response: {
      status: 404,
      headers: {
        'X-Vcap-Request-Id':
          '6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95, 6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95::7445d9db-c31e-410d-8dc5-9f79ec3fc26f',
      },
      body: { errors: [{ code: 10010, detail: 'App not found', title: 'CF-ResourceNotFound' }] },
    },
    expect: { kind: 'not-found', message: 'App not found' },
  },
  {
    id: 'cloud-foundry-cc/name-not-unique-in-space-422',
    source: 'Cloud Foundry Cloud Controller API',
    url: 'cloudfoundry/cli/api/cloudcontroller/ccv3/errors_test.go',
    note: 'The same test, "(422) Unprocessable Entity" / "when the name isn\'t unique to space" (mapped to NameNotUniqueInSpaceError). Headers as above. Kind: 422, and `CF-UnprocessableEntity` (read without the API\'s name before it, rule 1) is `unprocessable_entity`, a validation code; no duplicate code is sent (the words "must be unique" are text, which never decides): validation. Judgment call: a reader could read the uniqueness rule as a conflict. Fields: none (the item names no field member). Message: "name must be unique in space" starts with the API\'s key in small letters but states a rule about its value, as NutrientAPI\'s "ingredients must be a non-empty array" was kept: kept. Judgment call: the rule row of 6 December 2026 gives the default to lines that name only which input is wrong, and a reader could put this one there.',
    response: {
      status: 422,
      headers: {
        'X-Vcap-Request-Id':
          '6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95, 6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95::7445d9db-c31e-410d-8dc5-9f79ec3fc26f',
      },
      body: { errors: [{ code: 10008, detail: 'name must be unique in space', title: 'CF-UnprocessableEntity' }] },
    },
    expect: { kind: 'validation', message: 'name must be unique in space' },
  },
  {
    id: 'cloud-foundry-cc/invalid-buildpack-422',
    source: 'Cloud Foundry Cloud Controller API',
    url: 'cloudfoundry/cli/api/cloudcontroller/ccv3/errors_test.go',
    note: 'The same test, "when the buildpack is invalid" (mapped to InvalidBuildpackError). Headers as above. Kind: 422 with a validation code, validation (rule 1). Fields: none by structure. Message: the lone item\'s `detail`, a sentence saying what the value must be: kept.',
    response: {
      status: 422,
      headers: {
        'X-Vcap-Request-Id':
          '6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95, 6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95::7445d9db-c31e-410d-8dc5-9f79ec3fc26f',
      },
      body: {
        errors: [
          {
            code: 10008,
            detail: 'Buildpack must be an existing admin buildpack or a valid git URI',
            title: 'CF-UnprocessableEntity',
          },
        ],
      },
    },
    expect: { kind: 'validation', message: 'Buildpack must be an existing admin buildpack or a valid git URI' },
  },
  {
    id: 'cloud-foundry-cc/task-workers-unavailable-503',
    source: 'Cloud Foundry Cloud Controller API',
    url: 'cloudfoundry/cli/api/cloudcontroller/ccv3/errors_test.go',
    note: 'The same test, "(503) Service Unavailable" / "when the title is \'CF-TaskWorkersUnavailable\'": the body a Cloud Controller sends when it cannot reach the task workers. Headers as above. Kind: 503, unavailable (rule 1). Message: "Task workers are unavailable" is the sentence; what follows the colon ("Failed to open TCP connection to nsync.service.cf.internal:8787 (getaddrinfo: Name or service not known)") is a socket error reaching a service behind it (rule 2.3: infrastructure), the developer\'s part. The case states the sentence before the colon, which holds whether or not the reader drops the report. Judgment call: a reader could read the whole line as developer text and give the default.',
    response: {
      status: 503,
      headers: {
        'X-Vcap-Request-Id':
          '6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95, 6e0b4379-f5f7-4b2b-56b0-9ab7e96eed95::7445d9db-c31e-410d-8dc5-9f79ec3fc26f',
      },
      body: {
        errors: [
          {
            code: 170020,
            detail:
              'Task workers are unavailable: Failed to open TCP connection to nsync.service.cf.internal:8787 (getaddrinfo: Name or service not known)',
            title: 'CF-TaskWorkersUnavailable',
          },
        ],
      },
    },
    expect: { kind: 'unavailable', message: 'Task workers are unavailable' },
  },
  {
    id: 'cloud-foundry-cc/v2-service-binding-not-found-404',
    source: 'Cloud Foundry Cloud Controller API',
    url: 'cloudfoundry/cli/api/cloudcontroller/cloud_controller_connection_test.go',
    note: 'The CLI\'s Cloud Controller connection test, "RawHTTPStatusError": a GET /v2/foo answered with 404 and the v2 error body (`code`, `description`, `error_code`), written whole in the test. The path was not confirmed by a look-up within the cap (the copy was found by exact string, which names no file); it is where the CLI keeps this test. The test also sends `X-Vcap-Request-Id` with two values, the second cut off in the copy read: left out. "some-guid" is the id the test asked for, echoed. Kind: 404, not-found (rule 1). Message: `description`, a sentence naming the record (rule 2.1); the id after the colon is the record\'s, kept in the line. Code not stated (`error_code` beside a numeric `code`).',
    response: {
      status: 404,
      body: {
        code: 90004,
        description: 'The service binding could not be found: some-guid',
        error_code: 'CF-ServiceBindingNotFound',
      },
    },
    expect: { kind: 'not-found', message: 'The service binding could not be found' },
  },
  {
    id: 'cloud-foundry-cc/app-manifest-validation-errors-422',
    source: 'Cloud Foundry Cloud Controller API',
    url: 'cloudfoundry/cloud_controller_ng/spec/unit/controllers/v3/app_manifests_controller_spec.rb',
    note: 'The Cloud Controller\'s own AppManifestsController spec, "when specified manifest fails validations": POST apply_manifest with a manifest whose web process has -1 instances, memory "10NOTaUnit", an empty command, `env: 42`, a health-check endpoint with type "foo", timeout -42, `random-route: -42` and route "garbage"; the spec checks 422, `errors.size == 9` and `match_array` over every item with `test_mode_info` (a member only test mode adds) removed. The items are written in the spec\'s order (`match_array` ignores order). The path was not confirmed by a look-up within the cap (the copy was found by exact string; the path is CAPI\'s layout for the described class), and the copy is an older version of the spec (a later one answers 14 items for space manifests). No header checked. Kind: 422 with a validation code, validation (rule 1). Fields: none; no item has a path member, and their lines begin with a process or input name in words, which rule 3 reads only for class-validator. Message: nine form-level lines and no lone one: the default (rules 2.2, 2.4, as the corpus reads several form-level lines).',
    response: {
      status: 422,
      body: {
        errors: [
          {
            detail: 'Process "web": Memory must use a supported unit: B, K, KB, M, MB, G, GB, T, or TB',
            title: 'CF-UnprocessableEntity',
            code: 10008,
          },
          {
            detail: 'Process "web": Instances must be greater than or equal to 0',
            title: 'CF-UnprocessableEntity',
            code: 10008,
          },
          {
            detail: 'Process "web": Command must be between 1 and 4096 characters',
            title: 'CF-UnprocessableEntity',
            code: 10008,
          },
          { detail: 'Env must be a hash of keys and values', title: 'CF-UnprocessableEntity', code: 10008 },
          {
            detail: 'Process "web": Health check type must be "http" to set a health check HTTP endpoint',
            title: 'CF-UnprocessableEntity',
            code: 10008,
          },
          {
            detail: 'Process "web": Health check type must be "port", "process", or "http"',
            title: 'CF-UnprocessableEntity',
            code: 10008,
          },
          {
            detail: 'Process "web": Timeout must be greater than or equal to 1',
            title: 'CF-UnprocessableEntity',
            code: 10008,
          },
          { detail: "The route 'garbage' is not a properly formed URL", title: 'CF-UnprocessableEntity', code: 10008 },
          { detail: 'Random-route must be a boolean', title: 'CF-UnprocessableEntity', code: 10008 },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },

  // ───────────────────────────── Cloud Foundry Routing API ─────────────────────────────
  {
    id: 'cloud-foundry-routing-api/reservable-port-out-of-range-400',
    source: 'Cloud Foundry Routing API',
    url: 'winvijay/routing-api/handlers/router_groups_handler_test.go@f32a70c5e78b5c342c3ed85a72b7c57e31026af7',
    note: 'The router-groups handler test, UpdateRouterGroup "when reservable port field is invalid": PUT /routing/v1/router_groups/:guid with `reservable_ports: "fadfadfasdf"`; the test checks 400 and `MatchJSON` of the whole body. Read in another stored copy of this test, identical to the fork\'s wherever both were read (see the header). No header checked. Kind: 400, no field member and no code the kind table names (`name: "ProcessRequestError"` reads as "process request", which names the request as a whole): bad-request (rule 1). Message: "Cannot process request: " is a generic headline before a sentence of its own (rule 2.1, as Apify\'s "Invalid input: …"); the sentence says what the value must be. The case states it, which holds either way.',
    response: {
      status: 400,
      body: { name: 'ProcessRequestError', message: 'Cannot process request: Port must be between 1024 and 65535' },
    },
    expect: { kind: 'bad-request', message: 'Port must be between 1024 and 65535' },
  },
  {
    id: 'cloud-foundry-routing-api/reservable-ports-on-http-group-400',
    source: 'Cloud Foundry Routing API',
    url: 'winvijay/routing-api/handlers/router_groups_handler_test.go@f32a70c5e78b5c342c3ed85a72b7c57e31026af7',
    note: '"when adding reservable ports to type: http": PUT with `reservable_ports: "8001"` to the http router group; the test checks 400 and the whole body. No header checked. Kind: bad-request (rule 1, as above). Message: the sentence after the generic headline says what is not supported for this group (rule 2.1): kept.',
    response: {
      status: 400,
      body: {
        name: 'ProcessRequestError',
        message: 'Cannot process request: Reservable ports are not supported for router groups of type http',
      },
    },
    expect: { kind: 'bad-request', message: 'Reservable ports are not supported for router groups of type http' },
  },
  {
    id: 'cloud-foundry-routing-api/missing-reservable-ports-400',
    source: 'Cloud Foundry Routing API',
    url: 'winvijay/routing-api/handlers/router_groups_handler_test.go@f32a70c5e78b5c342c3ed85a72b7c57e31026af7',
    note: '"when reservable port field is the empty string for a TCP router group": PUT with an empty router group to the TCP group "default-tcp"; the test checks 400 and the whole body. No header checked. Kind: bad-request (rule 1). Message: after the generic headline, "Missing reservable_ports in router group: default-tcp" names only a missing input by the API\'s key written as code, with the group it is missing from (rule 2.1 and the rule row of 6 December 2026: "order_id is missing"): the default. Judgment call: a reader could keep the line for naming the router group.',
    response: {
      status: 400,
      body: {
        name: 'ProcessRequestError',
        message: 'Cannot process request: Missing reservable_ports in router group: default-tcp',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'cloud-foundry-routing-api/router-group-not-found-404',
    source: 'Cloud Foundry Routing API',
    url: 'winvijay/routing-api/handlers/router_groups_handler_test.go@f32a70c5e78b5c342c3ed85a72b7c57e31026af7',
    note: '"when the router group does not exist": PUT /routing/v1/router_groups/not-exist; the test checks 404 and the whole body ("not-exist" is the id in the path, echoed). No header checked. Kind: 404, not-found (rule 1; `ResourceNotFoundError` agrees). Message: a sentence naming the record: kept.',
    response: {
      status: 404,
      body: { name: 'ResourceNotFoundError', message: "Router Group 'not-exist' does not exist" },
    },
    expect: { kind: 'not-found', message: "Router Group 'not-exist' does not exist" },
  },

  // ───────────────────────────── Tsuru ─────────────────────────────
  {
    id: 'tsuru/create-user-invalid-email-400-text',
    source: 'Tsuru',
    url: 'tsuru/tsuru/api/auth_test.go',
    note: 'TestCreateUserEmailIsNotValid: POST /users with `email=nobody&password=123456`; the test checks 400 and `recorder.Body.String()` Equals "invalid email\\n" (Go\'s `http.Error` adds the newline). No commit: the index\'s one dated copy of the file is a 2013 version (see the header). No header checked, none given. Kind: 400 sent as text, no code, no field: bad-request (rule 1: "Invalid email address" on a 400 is a bad request). Message: a sentence sent as text on a 4xx (rule 2.6); "email" is the person\'s word for what they typed, as in "Invalid phone number": kept. Judgment call: it starts in small letters and names the form\'s key, which the rule row of 6 December 2026 gives the default ("invalid q").',
    response: { status: 400, body: 'invalid email\n' },
    expect: { kind: 'bad-request', message: 'invalid email' },
  },
  {
    id: 'tsuru/create-user-password-length-400-text',
    source: 'Tsuru',
    url: 'tsuru/tsuru/api/auth_test.go',
    note: "TestCreateUserPasswordHasLessThan6CharactersOrMoreThan50Characters: POST /users with a 3-character and a 52-character password; the test checks 400 and the body Equals the whole line (its `errMsg`). No header checked. Kind: bad-request (rule 1). Message: a rule about the password's length in a person's words: kept (the server's \"should be least\" is as sent).",
    response: { status: 400, body: 'password length should be least 6 characters and at most 50 characters\n' },
    expect: { kind: 'bad-request', message: 'password length should be least 6 characters and at most 50 characters' },
  },
  {
    id: 'tsuru/create-user-email-already-registered-409-text',
    source: 'Tsuru',
    url: 'tsuru/tsuru/api/auth_test.go',
    note: 'TestCreateUserEmailAlreadyExists: POST /users for an email already stored; the test checks 409 and that the body Matches "this email is already registered\\n" (gocheck\'s `Matches` anchors the pattern at both ends, and these are plain words: the whole body). No header checked. Kind: 409, conflict (rule 1). Message: a sentence: kept.',
    response: { status: 409, body: 'this email is already registered\n' },
    expect: { kind: 'conflict', message: 'this email is already registered' },
  },
  {
    id: 'tsuru/login-password-missing-400-text',
    source: 'Tsuru',
    url: 'tsuru/tsuru/api/auth_test.go',
    note: 'TestLoginPasswordMissing: POST /users/nobody@globo.com/tokens with an empty form; the test checks 400 and that the body Matches "^you must provide a password to login\\n$" (the whole body). No header checked. Kind: 400 without code or field: bad-request (rule 1; a missing password at sign-in is no credential refused). Message: a sentence telling the person what to do, with the person\'s word "password": kept.',
    response: { status: 400, body: 'you must provide a password to login\n' },
    expect: { kind: 'bad-request', message: 'you must provide a password to login' },
  },
  {
    id: 'tsuru/login-user-not-found-404-text',
    source: 'Tsuru',
    url: 'tsuru/tsuru/api/auth_test.go',
    note: 'TestLoginUserDoesNotExist: POST /users/nobody@globo.com/tokens for a user that does not exist; the test checks 404 and that the body Matches "^user not found\\n$". No header checked. Kind: 404, not-found (rule 1). Message: "user not found" names the record that was not found; rule 2.1 reads "Resource not found" as a sentence (only the bare reason phrase restates the status): kept. Judgment call: a reader could read the short small-letter line as the 404\'s phrase in other words.',
    response: { status: 404, body: 'user not found\n' },
    expect: { kind: 'not-found', message: 'user not found' },
  },
  {
    id: 'tsuru/login-wrong-password-401-text',
    source: 'Tsuru',
    url: 'tsuru/tsuru/api/auth_test.go',
    note: 'TestLoginPasswordDoesNotMatch: POST /users/nobody@globo.com/tokens with a wrong password; the test checks 401 and that the body Matches "^Authentication failed, wrong password.\\n$" (the last "." of the pattern matches any character; the 2013 copy of the test checks the same line with a full stop as the handler\'s error). No header checked. Kind: 401, unauthenticated (rule 1). Message: a refused sign-in that says why, a credential line (rule 2.1): kept.',
    response: { status: 401, body: 'Authentication failed, wrong password.\n' },
    expect: { kind: 'unauthenticated', message: 'Authentication failed, wrong password' },
  },
  {
    id: 'tsuru/create-team-already-exists-409-text',
    source: 'Tsuru',
    url: 'tsuru/tsuru/api/auth_test.go',
    note: 'TestCreateTeamAlreadyExists: POST /teams where the team service answers ErrTeamAlreadyExists; the test checks 409 and the body Equals "team already exists\\n" (the error\'s own text, not one the test wrote). No header checked. Kind: 409, conflict (rule 1). Message: a sentence: kept.',
    response: { status: 409, body: 'team already exists\n' },
    expect: { kind: 'conflict', message: 'team already exists' },
  },
  {
    id: 'tsuru/remove-team-not-found-404-text',
    source: 'Tsuru',
    url: 'tsuru/tsuru/api/auth_test.go',
    note: 'TestRemoveTeamGives404WhenTeamDoesNotExist: DELETE /teams/unknown; the test checks 404 and the body Equals "Team \\"unknown\\" not found.\\n" ("unknown" is the team named in the path, echoed). No header checked. Kind: 404, not-found (rule 1). Message: a sentence naming the record: kept.',
    response: { status: 404, body: 'Team "unknown" not found.\n' },
    expect: { kind: 'not-found', message: 'Team "unknown" not found' },
  },
  {
    id: 'tsuru/remove-team-no-access-404-text',
    source: 'Tsuru',
    url: 'tsuru/tsuru/api/auth_test.go',
    note: 'TestRemoveTeamGives404WhenUserDoesNotHaveAccessToTheTeam: DELETE /teams/painofsalvation by a user whose delete permission is for another team; the test checks 404 and the whole body: Tsuru hides a team the caller may not see behind a 404. No header checked. Kind: 404, not-found (rule 1: the status decides). Message: kept, as above.',
    response: { status: 404, body: 'Team "painofsalvation" not found.\n' },
    expect: { kind: 'not-found', message: 'Team "painofsalvation" not found' },
  },
  {
    id: 'tsuru/remove-team-still-used-403-text',
    source: 'Tsuru',
    url: 'tsuru/tsuru/api/auth_test.go',
    note: 'TestRemoveTeamGives403WhenTeamHasAccessToAnyApp: DELETE /teams/evergrey where the team service answers ErrTeamStillUsed with the app "i-should"; the test checks 403 and the body Equals its `expected`, two lines written out in the test. No header checked. Kind: 403, forbidden (rule 1). Message: the first line says what cannot be done and why; the second lists the apps that hold the team. The case states the first line.',
    response: {
      status: 403,
      body: 'This team cannot be removed because there are still references to it:\nApps: i-should\n',
    },
    expect: { kind: 'forbidden', message: 'This team cannot be removed because there are still references to it' },
  },
] satisfies ConformanceCase[];
