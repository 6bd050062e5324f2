import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-fourth unseen-API holdout, part AG (23 January 2027): error responses kept as test data by a Go project for
// cloud, hosting and CDN platforms no other case file uses. Every body was found in go-acme/lego, the ACME client
// whose DNS providers each carry a small HTTP client and its tests: the fixtures under
// `providers/dns/<provider>/internal/fixtures/` (copied by lego's authors from each vendor's API documentation or
// answers, in the vendor's own format) and one body its test writes inline (StackPath's). Eight APIs: the IONOS DNS API
// (IONOS Cloud's DNS product), Timeweb Cloud, Websupport's REST API (Slovak hosting), StackPath (CDN and edge), the
// hosttech DNS API (Swiss hosting), and three hosting control panels' APIs that hosting providers expose: KeyHelp,
// ISPConfig's remote JSON API and Plesk's XML API. The status of each case is the one lego's test serves the fixture
// with (`WithStatusCode(…)`, `mockHandler(…, http.StatusUnauthorized, …)`, `setupTest(…, http.StatusNotFound, …)`);
// where the test sets none the test server answers 200, as ISPConfig's and Plesk's APIs report a failure in the body
// (`code: "remote_fault"`, `<status>error</status>`), and the note says so. Two statuses are not lego's: Timeweb
// Cloud's unauthorized fixture is served by its test with 400 while the body names `status_code: 401`, and hosttech's
// Laravel validation body ("The given data was invalid.") is served with 401 by a test that copies its neighbour's
// status, where Laravel answers that body with 422; both notes name the judgment call. No source showed a header and
// none was added. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: already sources: Fastly, Civo, UpCloud, Exoscale, OVHcloud, Gcore, Selectel, Yandex, Sakura
// Cloud, NIFCLOUD, Heroku, Netlify, Tailscale, Doppler, 1Password, DigitalOcean, Linode, Hetzner, Vultr, Pulumi Cloud,
// Scaleway, NearlyFreeSpeech.NET (its lego fixture, "The API request could not be authenticated.", was read before
// the check), Latitude.sh, UKFast SafeDNS and cPanel. Nothing citable: oxidecomputer/oxide.go (its recordings are
// successes and its error test writes `{error: Some error}`), stackitcloud/stackit-sdk-go (generated clients; no
// recorded error), packethost/packngo, LeaseWeb, cloudscale.ch and Cherry Servers (the index holds no test files for
// them); lego's BinaryLane fixture (OpenAPI placeholders: "type: title: detail: instance: property1: a"), Cloud.ru,
// ConoHa v3 (its test writes "OOPS"), GleSYS, DreamHost and DirectAdmin (no error body, or one the mock invents), and
// the IONOS DNS fixture `remove_record_error.json` (three documented error objects, `UNAUTHORIZED`, `RECORD_NOT_FOUND`
// and `INTERNAL_SERVER_ERROR`, joined in one array under a 500: no single answer). No status: Infomaniak (lego's
// `error.json`, `{ result: "error", error: { code: "object_not_found", description: "Object not found" } }`, and
// `errors.json`, a `validation_failed` envelope with two `attribute_…` items, are served by its test with the mock's
// default 200, which the API does not send for them, and a docs search found no status table; its `zone_exists_not`
// fixture is a success body). Documentation searches for IONOS Cloud's, Kinsta's and Leaseweb's error bodies returned
// other vendors' pages; Outscale's errors page gives a code-to-status table but no body.
//
// The part holds 14 cases from 8 sources, under the brief's aim of 25: 59 of the 60 look-ups were spent, a third of
// them on the brief's candidates (most already sources, the rest without recorded errors) and on documentation
// searches; lego's fixtures gave the rest at two or three look-ups a provider (its test for the status, then the
// fixture). Three of the bodies are XML (Plesk's packets); no HTML or plain-text body turned up.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-23-ag`, on dbb664b, src/ unchanged: in the frozen copy /tmp/base64): 10/14 pass, 8 sources
// (kind 14/14, message 12/14, fields 14/14, retry 14/14, logId 0/2, code 4/4). Failing at first sight:
// timeweb-cloud/value-must-be-a-number-400 and timeweb-cloud/unauthorized-401 (no support id: the kit does not read
// `response_id`, which the cases read as the answer's id by the shape of rule 5's `…_id` members, a judgment call their
// notes name); stackpath/unauthorized-request-401 (kept "An unauthorized request is attempted.", capitalised, as the
// message; the case reads it as the 401's phrase in other words under rule 2.1, a judgment call); and
// plesk/site-does-not-exist-1013-200-xml (gave the default, "Try again. If the problem continues, contact support.",
// where the case keeps `errtext`, "Site does not exist", as its two siblings without a `filter-id` are kept; the code
// 1013 was read). Every other case passed as written, including the judgment calls on IONOS's "The customer is not
// authorized to do this operation." on a 401 (kept), Timeweb's class-validator line (kept), ISPConfig's and Plesk's
// 200s (unknown), and hosttech's 422. No body was corrected after the run, and no expectation was changed after it
// (Prettier's line breaks were applied before it).
//
// Scored in `cases/` the stop it was collected (6 December 2026): read now 13/14, by the conventions the holdout
// showed (a response's id in the body, `errtext` by its shape). Its miss: StackPath's "An unauthorized request is
// attempted." on a 401, which its collector read as the 401's phrase in other words and the kit keeps, as the corpus
// keeps Mux's "Unauthorized request" on a 401 (a judgment call its note names; HMRC's same words wait in `pending/`).

export default [
  // ───────────────────────────── IONOS DNS API ─────────────────────────────
  {
    id: 'ionos-dns/customer-not-authorized-401',
    source: 'IONOS DNS API',
    url: 'go-acme/lego/providers/dns/ionos/internal/fixtures/get_records_error.json@79be5072c711dce02741dd7fc26946599753db1b',
    note: 'lego\'s fixture for `GET /v1/zones/{zoneId}` with a rejected API key; its test (providers/dns/ionos/internal/client_test.go, `TestClient_GetRecords_error`) serves it with `http.StatusUnauthorized` and asserts the 401. The body is a JSON array of one error object, the IONOS DNS API\'s error format. Kind: 401, unauthenticated (rule 1). Message: "The customer is not authorized to do this operation." names who and what, so it is kept as the sentence (rule 2.1: only the bare reason phrase restates the status). Judgment call: the corpus reads a 401\'s phrase with a subject both ways; a reader could take it as "Not Authorized" in other words and give the default. No field. Code not stated: `UNAUTHORIZED` only restates the status (rule 6 leaves such a lone code in doubt).',
    response: {
      status: 401,
      body: [{ code: 'UNAUTHORIZED', message: 'The customer is not authorized to do this operation.' }],
    },
    expect: { kind: 'unauthenticated', message: 'The customer is not authorized to do this operation' },
  },

  // ───────────────────────────── Timeweb Cloud ─────────────────────────────
  {
    id: 'timeweb-cloud/value-must-be-a-number-400',
    source: 'Timeweb Cloud API',
    url: 'go-acme/lego/providers/dns/timewebcloud/internal/fixtures/error_bad_request.json@755164c9394c237dd0247242ef771d81c5ef8a31',
    note: "lego's fixture for `POST /v2/domains/{fqdn}/dns-records` with an empty record; its test (`TestClient_CreateRecord_error`) serves it with `http.StatusBadRequest` and expects \"400: Value must be a number conforming to the specified constraints (bad_request) [15095f25-…]\". Kind: a 400 without field errors whose code, `bad_request`, says only that the request was bad: bad request (rule 1). Message: the sentence says what the value must be and names no API key, so it stays (rule 2.1). Judgment call: it is class-validator's wording with the property replaced by the word \"Value\"; a reader could read it as a validator's report that names no field and give the default. No field (the line names none). logId: `response_id`, the id of this answer, read by the shape of rule 5's `…_id` members (judgment call: rule 5 names request ids, and a response id only as bunq's header). Code not stated: `bad_request` only restates the status (rule 6).",
    response: {
      status: 400,
      body: {
        status_code: 400,
        message: 'Value must be a number conforming to the specified constraints',
        error_code: 'bad_request',
        response_id: '15095f25-aac3-4d60-a788-96cb5136f186',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'Value must be a number conforming to the specified constraints',
      logId: '15095f25-aac3-4d60-a788-96cb5136f186',
    },
  },
  {
    id: 'timeweb-cloud/unauthorized-401',
    source: 'Timeweb Cloud API',
    url: 'go-acme/lego/providers/dns/timewebcloud/internal/fixtures/error_unauthorized.json@df825628a491413d81e11f9e65d2281482f05e09',
    note: "lego's fixture for a rejected token. Status: 401, as the body's own `status_code` says and as lego's test expects in its error (\"401: Unauthorized (unauthorized) [15095f25-…]\"). Judgment call: `TestClient_DeleteRecord_error` serves this fixture with `http.StatusBadRequest`, a status copied from the test above it; by rule 1 the body's own 4xx beside a bare 400 would decide the same kind. Kind: unauthenticated (rule 1). Message: \"Unauthorized\" is the 401's reason phrase: the default (rule 2.1). logId: `response_id` (rule 5, as above; the vendor's example id, shared with the fixture above). Code not stated: `unauthorized` restates the status.",
    response: {
      status: 401,
      body: {
        status_code: 401,
        message: 'Unauthorized',
        error_code: 'unauthorized',
        response_id: '15095f25-aac3-4d60-a788-96cb5136f186',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: '15095f25-aac3-4d60-a788-96cb5136f186' },
  },

  // ───────────────────────────── Websupport ─────────────────────────────
  {
    id: 'websupport/record-wrong-ip-invalid-name-400',
    source: 'Websupport REST API',
    url: 'go-acme/lego/providers/dns/websupport/internal/fixtures/add-record-error-400.json@4149ed2e45b4a2b220592300cbedf2921c547fd5',
    note: 'lego\'s fixture for `POST /v1/user/self/zone/{domain}/record` with a bad A record, the example of Websupport\'s REST API documentation (the record echoed in `item`, its errors in `errors`); the test (`TestClient_AddRecord_error_400`) serves it with `http.StatusBadRequest` and parses `errors` into `name` and `content`. Kind: a 400 with field errors: validation (rule 1). Fields: `errors` maps each field to its messages (rule 3): `content` "Wrong IP address format", `name` "Invalid input."; `item` is the record sent back, not errors. Message: only field messages and a `status: "error"` flag: the default (rule 2.4). No code.',
    response: {
      status: 400,
      body: {
        status: 'error',
        item: {
          id: null,
          type: 'A',
          name: 'something bad !@#$%^&*(',
          content: '123.456.789.123',
          ttl: 600,
          prio: null,
          weight: null,
          port: null,
          zone: { id: 1, name: 'scaledo.com', updateTime: 1381169608 },
        },
        errors: { content: ['Wrong IP address format'], name: ['Invalid input.'] },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['content', 'Wrong IP address format'],
        ['name', 'Invalid input'],
      ],
    },
  },
  {
    id: 'websupport/zone-not-found-404',
    source: 'Websupport REST API',
    url: 'go-acme/lego/providers/dns/websupport/internal/fixtures/add-record-error-404.json@ad612e639e6cc8f6b4dbc73f0fb123dad690aef7',
    note: 'lego\'s fixture for adding a record to a zone the account does not hold; the test (`TestClient_AddRecord_error_404`) serves it with `http.StatusNotFound`. Kind: 404, not-found (rule 1). Message: "Zone not found" says what was not found, a sentence, not the bare reason phrase (rule 2.1). Code not stated: the numeric `code` is the status itself.',
    response: { status: 404, body: { code: 404, message: 'Zone not found' } },
    expect: { kind: 'not-found', message: 'Zone not found' },
  },
  {
    id: 'websupport/record-not-found-404',
    source: 'Websupport REST API',
    url: 'go-acme/lego/providers/dns/websupport/internal/fixtures/delete-record-error-404.json@ad612e639e6cc8f6b4dbc73f0fb123dad690aef7',
    note: 'lego\'s fixture for `DELETE /v1/user/self/zone/{domain}/record/{id}` on a record that does not exist; the test (`TestClient_DeleteRecord_error`) serves it with `http.StatusNotFound`. Kind: not-found (rule 1). Message: "Record not found", a sentence (rule 2.1). Code not stated (the status in `code`).',
    response: { status: 404, body: { code: 404, message: 'Record not found' } },
    expect: { kind: 'not-found', message: 'Record not found' },
  },

  // ───────────────────────────── StackPath ─────────────────────────────
  {
    id: 'stackpath/unauthorized-request-401',
    source: 'StackPath API',
    url: 'go-acme/lego/providers/dns/stackpath/internal/client_test.go@0bab771ed61879d38c84ea578f3411a5a5d80173',
    note: 'The body lego\'s `TestClient_GetZoneRecords_apiError` writes inline for `GET /{stackId}/zones/{zoneId}/records` (`RawStringResponse(…).WithStatusCode(http.StatusUnauthorized)`), in StackPath\'s gRPC-gateway error shape (`code`, `error`), which the client decodes into its ErrorResponse. Kind: 401, unauthenticated (rule 1). Message: "an unauthorized request is attempted." says only that the request was unauthorized, the 401\'s phrase in other words (rule 2.1, as "Authorization failed" is on a 401): the default. Judgment call: a reader could keep it as a sentence. Code not stated: the numeric `code` is the status.',
    response: { status: 401, body: { code: 401, error: 'an unauthorized request is attempted.' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── KeyHelp ─────────────────────────────
  {
    id: 'keyhelp/api-key-missing-or-invalid-401',
    source: 'KeyHelp API',
    url: 'go-acme/lego/providers/dns/keyhelp/internal/fixtures/error.json@5229540f84be157e49298e45deb9dfbabcc779aa',
    note: 'lego\'s fixture for KeyHelp\'s API v2 (the hosting control panel\'s REST API) without a valid `X-API-Key`; its tests serve it with `http.StatusUnauthorized` and expect "401 Unauthorized: API key is missing or invalid.". Kind: 401, unauthenticated (rule 1). Message: "API key is missing or invalid." names the credential, which stays (rule 2.1: a credential\'s name stays). Code not stated: `code` holds the status line, "401 Unauthorized".',
    response: { status: 401, body: { code: '401 Unauthorized', message: 'API key is missing or invalid.' } },
    expect: { kind: 'unauthenticated', message: 'API key is missing or invalid' },
  },

  // ───────────────────────────── ISPConfig ─────────────────────────────
  {
    id: 'ispconfig/login-failed-remote-fault-200',
    source: 'ISPConfig Remote API',
    url: 'go-acme/lego/providers/dns/ispconfig/internal/fixtures/error.json@b2a5c14a91ca51189fda4d797c7a167ed434ac12',
    note: 'lego\'s fixture for ISPConfig\'s remote JSON API (`POST /remote/json.php?login`) with a wrong user name or password; `TestClient_Login_error` serves it without setting a status, so lego\'s test server answers 200, and reads the fault from the body ("code: remote_fault, message: The login failed. Username or password wrong., response: false"). Kind: a 200 whose code, `remote_fault`, names no kind: unknown (rule 1: text never decides, so the failed login in the sentence does not make it unauthenticated). Judgment call: a reader could read a refused sign-in. Message: "The login failed. Username or password wrong.", the body\'s sentence (rule 2.1). Code: the `code` member, `remote_fault` (rule 6).',
    response: {
      status: 200,
      body: { code: 'remote_fault', message: 'The login failed. Username or password wrong.', response: false },
    },
    expect: { kind: 'unknown', message: 'Username or password wrong', code: 'remote_fault' },
  },

  // ───────────────────────────── Plesk XML API ─────────────────────────────
  {
    id: 'plesk/site-does-not-exist-1013-200-xml',
    source: 'Plesk XML API',
    url: 'go-acme/lego/providers/dns/plesk/internal/fixtures/get-site-error.xml@08e58f8f76f91f794b3290d6c523d93282c4e887',
    note: 'lego\'s fixture for a `<site><get>` packet naming a site the server does not host; `TestClient_GetSite_error` serves it from `/enterprise/control/agent.php` without setting a status (200, as the XML API answers: each operation\'s `<result>` carries its own `<status>`). Kind: a 200 whose code is a number that names no HTTP status: unknown (rule 1; text never decides). Message: `errtext`, "Site does not exist", by the shape of its name (rules 2 and 5: `…Text` and `err…` members). Code: `errcode`, "1013" (rule 6, found by the shape of `err_code`). `filter-id` echoes the request\'s filter; no field.',
    response: {
      status: 200,
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<packet version="1.6.9.1">\n    <site>\n        <get>\n            <result>\n                <status>error</status>\n                <errcode>1013</errcode>\n                <errtext>Site does not exist</errtext>\n                <filter-id>bollox.com</filter-id>\n            </result>\n        </get>\n    </site>\n</packet>\n',
    },
    expect: { kind: 'unknown', message: 'Site does not exist', code: '1013' },
  },
  {
    id: 'plesk/incorrect-username-or-password-1001-200-xml',
    source: 'Plesk XML API',
    url: 'go-acme/lego/providers/dns/plesk/internal/fixtures/global-error.xml@d2ed9934cf6296cddbb9e5d74ac4d79a1d648e7b',
    note: 'lego\'s fixture for a packet refused as a whole (`<system>` error) because the `HTTP_AUTH_LOGIN`/`HTTP_AUTH_PASSWD` pair is wrong; the `…_system_error` tests serve it without setting a status (200). Kind: unknown (rule 1: the code 1001 names no kind and text never decides). Judgment call: a reader could read the wrong password as unauthenticated. Message: "You have entered incorrect username or password." (rule 2.1). Code: `errcode`, "1001" (rule 6).',
    response: {
      status: 200,
      body: '<?xml version="1.0"?>\n<packet version="1.6.9.1">\n    <system>\n        <status>error</status>\n        <errcode>1001</errcode>\n        <errtext>You have entered incorrect username or password.</errtext>\n    </system>\n</packet>\n',
    },
    expect: { kind: 'unknown', message: 'You have entered incorrect username or password', code: '1001' },
  },
  {
    id: 'plesk/domain-does-not-exist-1015-200-xml',
    source: 'Plesk XML API',
    url: 'go-acme/lego/providers/dns/plesk/internal/fixtures/add-record-error.xml@d2ed9934cf6296cddbb9e5d74ac4d79a1d648e7b',
    note: 'lego\'s fixture for a `<dns><add_rec>` packet on a site id the server does not hold; `TestClient_AddRecord_error` serves it without setting a status (200). Kind: unknown (rule 1). Message: "Domain does not exist." (rule 2.1). Code: `errcode`, "1015" (rule 6).',
    response: {
      status: 200,
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<packet version="1.6.9.1">\n    <dns>\n        <add_rec>\n            <result>\n                <status>error</status>\n                <errcode>1015</errcode>\n                <errtext>Domain does not exist.</errtext>\n            </result>\n        </add_rec>\n    </dns>\n</packet>\n',
    },
    expect: { kind: 'unknown', message: 'Domain does not exist', code: '1015' },
  },

  // ───────────────────────────── hosttech DNS API ─────────────────────────────
  {
    id: 'hosttech/unauthenticated-401',
    source: 'hosttech DNS API',
    url: 'go-acme/lego/providers/dns/hosttech/internal/fixtures/error.json@f239cf75182a4a40dd207da5d1ac3978a6252d49',
    note: 'lego\'s fixture for hosttech\'s DNS API (`/user/v1/zones…`, a Laravel application) without a valid bearer token; its tests serve it with `http.StatusUnauthorized` and expect "401: Unauthenticated.". Kind: 401, unauthenticated (rule 1). Message: "Unauthenticated." is a lone word: the default (rule 2.1, as Firebase\'s `unauthenticated`).',
    response: { status: 401, body: { message: 'Unauthenticated.' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'hosttech/type-required-german-422',
    source: 'hosttech DNS API',
    url: 'go-acme/lego/providers/dns/hosttech/internal/fixtures/error-details.json@e973225e337465a34372b5ca24014af7095438ac',
    note: 'lego\'s fixture for `POST /user/v1/zones/{id}/records` without a record type, Laravel\'s validation answer with a German message ("must not be empty"). Status: 422, the status Laravel\'s ValidationException renders this body with ("The given data was invalid." is its message before Laravel 8). Judgment call: lego\'s `TestClient_AddRecord_error` serves the fixture with `http.StatusUnauthorized`, copied from the tests beside it (it expects "401: The given data was invalid. type: [Darf nicht leer sein.]"); under a 401 rule 1 would give unauthenticated whatever the body says, which hosttech does not send. Kind: 422, validation (rule 1). Fields: `errors.type`, "Darf nicht leer sein." (rule 3). Message: "The given data was invalid." is a generic summary: the default (rule 2.1).',
    response: {
      status: 422,
      body: { message: 'The given data was invalid.', errors: { type: ['Darf nicht leer sein.'] } },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['type', 'Darf nicht leer sein']] },
  },
] satisfies ConformanceCase[];
