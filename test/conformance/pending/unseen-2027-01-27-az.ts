import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-eighth unseen-API holdout, part AZ (27 January 2027): error responses of smaller clouds, hosts, DNS services
// and registrars, as their command-line tools', SDKs' and Terraform providers' test suites and issue trackers keep
// them: Leaseweb (its Go SDK's hand-written tests and the OpenAPI document shipped in the same SDK, the vendor's own
// examples with their statuses), STACKIT (its Terraform provider's issues, where the SDK prints "status code N, Body:
// …"), Equinix Metal (packngo's issue with the raw HTTP/2 response), Hostinger (its API repository's issue with the
// 422 body), Infomaniak (lego's pull request that printed the raw body beside "HTTPStatus: 500"), Aurora DNS
// (PCextreme; the nrdcg/auroradns client's tests), Internet.bs (lego's fixtures, served by lego's tests) and Mythic
// Beasts' DNS API (octoDNS's provider tests, which mock the API's text replies with their statuses). They were
// collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was copied from
// the file or thread named in `url`; where a test wrote the body with the HTTP status beside it (`w.WriteHeader`,
// `status_code=`), the status is the test's; lego's Internet.bs tests serve their FAILURE fixtures with the mock's
// default 200, as the API answers its errors, and the notes say so. No source showed response headers, so none was
// copied or added. STACKIT's 404 keeps the reporter's redaction (`xxxx-…`) of the ids. Every `expect` was written from
// the source and test/conformance/README.md before the kit was run.
//
// The domain's first place, go-vcr and vcrpy cassettes, gave nothing new within the cap: the index's find_string does
// not reach YAML cassettes, and dns-lexicon's "unmanaged domain" cassettes for EasyDNS, DreamHost, LuaDNS, Aurora DNS
// and ArvanCloud record only 200s (zone lists); the other lexicon cassettes with errors (PowerDNS, ClouDNS, Exoscale,
// TransIP, …) are already cases. So most bodies here are SDK tests' and issue captures.
//
// Looked for and dropped: Scaleway, Exoscale, UpCloud, Vultr, Civo, OVHcloud, IONOS, Hetzner, Linode, Akamai, Gcore,
// Fly.io, Railway, Netlify, Cloudsmith, DigitalOcean, Heroku, Vercel, Contabo, Scalingo, Tailscale, Sakura Cloud,
// Porkbun, Gandi, Namecheap, deSEC, PowerDNS and Yandex (already sources; lego's providers the corpus cites too);
// EdgeCenter (octodns-edgecenter's bodies are Gcore's, in the corpus, or invented: "bad body", "Things caught fire");
// Reg.ru (lego's tests print only "NO_AUTH: No authorization mechanism selected", no body or status); BinaryLane
// (lego's error.json is an OpenAPI placeholder, "type: title: detail: instance: property1: a"); Cloud.ru (lego's
// `{"error":"invalid_client","error_description":"client not found"}` is served by no test: no status); Technitium
// DNS and lego's Mythic Beasts v2 client (their tests mock only successes); Metaname and NameSilo (only their file
// lists were seen); Render, Koyeb, Oxide (cli-old#196 prints "400 Bad Request Bad Request" and a server log, not the
// body), Cherry Servers and Contabo (their providers' own wording of the error, not the body), Equinix Metal's other
// captures (terraform-provider-metal#42 prints packngo's "422 Virtual network 1300 not assigned", a client's format,
// not a body), Hostinger's 530 (hostinger/api#44 only describes Cloudflare's page), Name.com, cloudscale.ch, Gridscale
// and Kamatera (nothing with a body and its status in the stored corpora). No XML body and no HTML page turned up;
// three text bodies did (Mythic Beasts' two, STACKIT's 401).
//
// The part holds 20 cases from 8 sources, under the brief's aim of 25: 59 of the 60 look-ups were spent, many on
// cassettes and fixtures that held successes or placeholders; Leaseweb gives 9 of the 20 cases.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-27-az`, on 5e34f68, src/ unchanged: in the frozen copy /tmp/base67): 7/20 pass, 8 sources
// (kind 20/20, message 7/20, fields 19/20, retry 20/20, logId 7/7, code 7/7). Failing at first sight, all on the
// message and one also on the fields: leaseweb/sdk-server-error-500 and leaseweb/sdk-temporarily-unavailable-503 (kept
// RFC 9110's and RFC 2616's own definitions of the 500 and the 503, the status in words under rule 2.1; judgment
// calls); leaseweb/openapi-bad-request-400 (kept "The API could not interpret your request correctly.", the 400 in
// words as Werkzeug's stock 400 is, rule 2.1); leaseweb/openapi-not-authorized-401, leaseweb/openapi-forbidden-403 and
// leaseweb/openapi-service-unavailable-503 (kept the 401's, the 403's and the 503's phrase put in a sentence, rule
// 2.1; judgment calls); leaseweb/openapi-internal-server-error-500 (kept "'The API could not handle your request at
// this time.", a line that only says the request failed, rule 2.1); stackit/project-create-conflict-409 (read the
// item's message key `project.create_conflict` as a field path and gave the conflict's default; the case reads the key
// as naming what is wrong, rule 3's Cronofy line, and the lone item's sentence as the message, rule 2.2; judgment
// call); stackit/jwks-no-matching-key-401-text (kept the JWT check's report, token internals under rule 2.3);
// aurora-dns/authentication-required-401 (kept "Failed to parse Authorization header", a token the server could not
// parse, rule 2.3 and the sixty-fourth holdout's row; judgment call); internet-bs/invalid-fullrecordname-failure-200
// (kept a line naming only the invalid parameter by the API's name, the default under the row of 6 December 2026);
// mythic-beasts/err-not-authenticated-401-text (kept "ERR Not authenticated", a token in capitals and the 401
// restated, rule 2.1; judgment call) and mythic-beasts/nadd-record-400-text (kept the protocol reply "NADD 300 TXT
// prawf", no sentence, rules 2.1 and 2.6; judgment call). Every other case passed as written, including Leaseweb's
// ACCESS_DENIED 403 read as forbidden with its credential sentence, Hostinger's vendor number dropped before its
// sentence, Equinix Metal's lone sentence in `errors`, Internet.bs's 200s read as unknown with their numeric codes,
// and every correlation id.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// Measured again by the lead on the reader the sixty-seventh holdout taught (846a9b0, in the frozen copy /tmp/base68),
// as the holdout's first sight, since it was taken up after the sixty-seventh: conformance: 7/20 pass, 8 sources (kind
// 20/20, message 7/20, fields 19/20, retry 20/20, logId 7/7, code 7/7), the same cases failing. Waits in `pending/` (6
// December 2026): read now 16/20 (the HTTP specification's definitions of the 500 and 503, the 400 and 403 in a
// sentence, STACKIT's JWKS report and message key, Aurora DNS's unparsable Authorization header, Internet.bs's
// parameter named in quotes and Mythic Beasts' ERR line, since the holdout). Its misses: Leaseweb's 401 sentence (a
// line the corpus reads both ways), its 500 line after a stray quote, its 503 sentence (pending cases keep "The service
// is currently unavailable") and Mythic Beasts' NADD reply.

export default [
  // ───────────────────────────── Leaseweb API ─────────────────────────────
  {
    id: 'leaseweb/sdk-access-denied-403',
    source: 'Leaseweb API',
    url: 'Leaseweb/leaseweb-go-sdk/abuse_test.go@220e92db6b50b356a809df6a48033237d957f8db',
    note: "The SDK's hand-written test `TestAbuseListServerErrors` (\"error 403\"): `w.WriteHeader(http.StatusForbidden)` and this body (the same body stands in every endpoint's 403 test of the file). No header shown. Kind: 403 with `ACCESS_DENIED`, a permission code (rule 1): forbidden. Judgment call: the sentence names a token that is expired or invalid, which a reader could take for a credential code (unauthenticated); text never decides the kind (rule 1), and the code is a permission code. Message: `errorMessage`, a sentence that names the credential, kept (rule 2.1: a credential's name stays). Code: `errorCode` (rule 6).",
    response: {
      status: 403,
      body: { errorCode: 'ACCESS_DENIED', errorMessage: 'The access token is expired or invalid.' },
    },
    expect: {
      kind: 'forbidden',
      message: 'The access token is expired or invalid',
      code: 'ACCESS_DENIED',
    },
  },
  {
    id: 'leaseweb/sdk-server-error-500',
    source: 'Leaseweb API',
    url: 'Leaseweb/leaseweb-go-sdk/abuse_test.go@220e92db6b50b356a809df6a48033237d957f8db',
    note: 'The same file\'s "error 500" test: `w.WriteHeader(http.StatusInternalServerError)` and this body. No header shown. Kind: 500, server (rule 1). Message: the sentence is HTTP\'s own definition of a 500 (RFC 9110 §15.6.1: "the server encountered an unexpected condition that prevented it from fulfilling the request"), the status in words (rule 2.1, as Apache\'s "The server encountered an internal error …" is): the default. Judgment call: a reader could keep it as a sentence. Code: `errorCode` (rule 6).',
    response: {
      status: 500,
      body: {
        errorCode: 'SERVER_ERROR',
        errorMessage: 'The server encountered an unexpected condition that prevented it from fulfilling the request.',
      },
    },
    expect: { kind: 'server', message: DEFAULT, code: 'SERVER_ERROR' },
  },
  {
    id: 'leaseweb/sdk-temporarily-unavailable-503',
    source: 'Leaseweb API',
    url: 'Leaseweb/leaseweb-go-sdk/abuse_test.go@220e92db6b50b356a809df6a48033237d957f8db',
    note: 'The same file\'s "error 503" test: `w.WriteHeader(http.StatusServiceUnavailable)` and this body. No header shown. Kind: 503, unavailable (rule 1). Message: HTTP/1.1\'s own definition of a 503 (RFC 2616 §10.5.4: "unable to handle the request due to a temporary overloading or maintenance of the server"), the status in words (rule 2.1): the default. Judgment call: a reader could keep it, as it says why. Retry: none (no header, no wait named, rule 4). Code: `errorCode` (rule 6).',
    response: {
      status: 503,
      body: {
        errorCode: 'TEMPORARILY_UNAVAILABLE',
        errorMessage:
          'The server is currently unable to handle the request due to a temporary overloading or maintenance of the server.',
      },
    },
    expect: { kind: 'unavailable', message: DEFAULT, code: 'TEMPORARILY_UNAVAILABLE' },
  },
  {
    id: 'leaseweb/openapi-bad-request-400',
    source: 'Leaseweb API',
    url: 'leaseweb/leaseweb-go-sdk/abuse/api/openapi.yaml@132a0cd07177a92f6cc248d1072fe9ff928aca49',
    note: 'The vendor\'s OpenAPI document shipped in the SDK, `POST /reports/{reportId}/resolve`, response "400" (Bad Request), its `example`, written as JSON (YAML scalars as strings). No header. Kind: 400 without field errors and without a code a rule names (`errorCode: "400"` restates the status): bad-request (rule 1); `errorDetails` is empty, so no fields. Message: "The API could not interpret your request correctly." says only that the request was not understood, the 400 in words, as Werkzeug\'s stock 400 is (rule 2.1): the default. logId: `correlationId` (rule 5). No code stated: a code that only restates the status (rule 6).',
    response: {
      status: 400,
      body: {
        correlationId: '289346a1-3eaf-4da4-b707-62ef12eb08be',
        errorCode: '400',
        errorDetails: {},
        errorMessage: 'The API could not interpret your request correctly.',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: '289346a1-3eaf-4da4-b707-62ef12eb08be' },
  },
  {
    id: 'leaseweb/openapi-not-authorized-401',
    source: 'Leaseweb API',
    url: 'leaseweb/leaseweb-go-sdk/abuse/api/openapi.yaml@132a0cd07177a92f6cc248d1072fe9ff928aca49',
    note: 'The same document, response "401" (Not Authorized) of every operation, its `example`. No header. Kind: 401, unauthenticated (rule 1). Message: "You are not authorized to view this resource." is the 401\'s phrase ("Not Authorized", rule 2.1) said of the person and the resource, as Qobuz\'s "User authentication is required." is: the default. Judgment call: the corpus reads such 401 lines both ways. logId: `correlationId` (rule 5). No code stated (`"401"` restates the status).',
    response: {
      status: 401,
      body: {
        correlationId: '289346a1-3eaf-4da4-b707-62ef12eb08be',
        errorCode: '401',
        errorMessage: 'You are not authorized to view this resource.',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: '289346a1-3eaf-4da4-b707-62ef12eb08be' },
  },
  {
    id: 'leaseweb/openapi-forbidden-403',
    source: 'Leaseweb API',
    url: 'leaseweb/leaseweb-go-sdk/abuse/api/openapi.yaml@132a0cd07177a92f6cc248d1072fe9ff928aca49',
    note: 'The same document, response "403" (Forbidden), its `example`. No header. Kind: 403, forbidden (rule 1). Message: "Access to the requested resource is forbidden." is the 403\'s own phrase in a sentence about "the requested resource", which names nothing the person asked for (rule 2.1: a reason phrase restates its own status): the default. Judgment call: a reader could keep it, as "Not Authorized" on a 403 is kept; that line names another status\'s phrase, this one its own. logId: `correlationId` (rule 5). No code stated.',
    response: {
      status: 403,
      body: {
        correlationId: '289346a1-3eaf-4da4-b707-62ef12eb08be',
        errorCode: '403',
        errorMessage: 'Access to the requested resource is forbidden.',
      },
    },
    expect: { kind: 'forbidden', message: DEFAULT, logId: '289346a1-3eaf-4da4-b707-62ef12eb08be' },
  },
  {
    id: 'leaseweb/openapi-resource-not-found-404',
    source: 'Leaseweb API',
    url: 'leaseweb/leaseweb-go-sdk/abuse/api/openapi.yaml@132a0cd07177a92f6cc248d1072fe9ff928aca49',
    note: 'The same document, response "404" (Not Found), its `example`. No header. Kind: 404, not-found (rule 1). Message: "Resource not found" is a sentence, not the bare reason phrase (the fifth holdout\'s rule row names these very words). logId: `correlationId` (rule 5). No code stated.',
    response: {
      status: 404,
      body: {
        correlationId: '289346a1-3eaf-4da4-b707-62ef12eb08be',
        errorCode: '404',
        errorMessage: 'Resource not found',
      },
    },
    expect: {
      kind: 'not-found',
      message: 'Resource not found',
      logId: '289346a1-3eaf-4da4-b707-62ef12eb08be',
    },
  },
  {
    id: 'leaseweb/openapi-internal-server-error-500',
    source: 'Leaseweb API',
    url: 'leaseweb/leaseweb-go-sdk/abuse/api/openapi.yaml@132a0cd07177a92f6cc248d1072fe9ff928aca49',
    note: "The same document, response \"500\" (Internal Server Error), its `example`. The YAML scalar is `'''The API could not handle your request at this time.'`, a single-quoted string whose doubled quote is a literal apostrophe, so the value begins with one; copied so. No header. Kind: 500, server (rule 1). Message: a line that says only that the request could not be handled (rule 2.1: a line made only of words that say something failed is generic): the default. logId: `correlationId` (rule 5). No code stated.",
    response: {
      status: 500,
      body: {
        correlationId: '289346a1-3eaf-4da4-b707-62ef12eb08be',
        errorCode: '500',
        errorMessage: "'The API could not handle your request at this time.",
      },
    },
    expect: { kind: 'server', message: DEFAULT, logId: '289346a1-3eaf-4da4-b707-62ef12eb08be' },
  },
  {
    id: 'leaseweb/openapi-service-unavailable-503',
    source: 'Leaseweb API',
    url: 'leaseweb/leaseweb-go-sdk/abuse/api/openapi.yaml@132a0cd07177a92f6cc248d1072fe9ff928aca49',
    note: 'The same document, response "503" (Service Unavailable), its `example`. No header. Kind: 503, unavailable (rule 1). Message: "The API is not available at the moment." is the 503\'s phrase in other words (rule 2.1): the default. Judgment call: a reader could keep it as a sentence. Retry: none ("at the moment" names no time, rule 4). logId: `correlationId` (rule 5). No code stated.',
    response: {
      status: 503,
      body: {
        correlationId: '289346a1-3eaf-4da4-b707-62ef12eb08be',
        errorCode: '503',
        errorMessage: 'The API is not available at the moment.',
      },
    },
    expect: { kind: 'unavailable', message: DEFAULT, logId: '289346a1-3eaf-4da4-b707-62ef12eb08be' },
  },

  // ───────────────────────────── STACKIT ─────────────────────────────
  {
    id: 'stackit/external-network-not-reachable-404',
    source: 'STACKIT API',
    url: 'https://github.com/stackitcloud/terraform-provider-stackit/issues/910',
    note: 'The provider\'s diagnostic pasted in the issue: "Calling API: 404 Not Found, status code 404, Body: {…}" on creating a public IP (the reporter asks why a 404 and not a 400). The ids are redacted by the reporter as `xxxx-xxxx-xxxx-xxxx-xxxx`; copied so, with the two spaces after the first full stop. No header shown. Kind: 404, not-found (rule 1: a code never turns a 404 into another kind). Message: `msg`, a message member by its shape (rule 5), a sentence about the network (rule 2). No code stated: `code: 404` restates the status.',
    response: {
      status: 404,
      body: {
        code: 404,
        msg: 'External network xxxx-xxxx-xxxx-xxxx-xxxx is not reachable from subnet xxxx-xxxx-xxxx-xxxx-xxxx.  Therefore, cannot associate Port xxxx-xxxx-xxxx-xxxx-xxxx with a Floating IP.',
      },
    },
    expect: { kind: 'not-found', message: 'is not reachable from subnet' },
  },
  {
    id: 'stackit/project-create-conflict-409',
    source: 'STACKIT API',
    url: 'https://github.com/stackitcloud/terraform-provider-stackit/issues/1002',
    note: "The provider's diagnostic pasted in the issue: \"failed to create object storage project: 409 Conflict (…), status code 409, Body: {…}\" (the body is wrapped over two lines by Terraform's output; joined). No header shown. Kind: 409, conflict (rule 1). Fields: none: the lone item's `key` holds a message key (`project.create_conflict`), which names what is wrong, not where (rule 3, as Cronofy's `errors.required`). Judgment call: `key` is on rule 3's list of path-like members. Message: the lone item's `msg`, a form-level sentence (rule 2.2). No code stated: rule 6 names no item `key` as the code.",
    response: {
      status: 409,
      body: {
        detail: [{ key: 'project.create_conflict', msg: 'Two concurrent calls try to create the same project' }],
      },
    },
    expect: { kind: 'conflict', message: 'Two concurrent calls try to create the same project' },
  },
  {
    id: 'stackit/jwks-no-matching-key-401-text',
    source: 'STACKIT API',
    url: 'https://github.com/stackitcloud/terraform-provider-stackit/issues/378',
    note: "The provider's diagnostic pasted in the issue: \"Calling API: undefined response type, status code 401, Body: Jwks doesn't have key to match kid or alg from Jwt\" (the SDK found no JSON: a text body; the line is wrapped by Terraform's output and joined here). No header shown. Kind: 401, unauthenticated (rule 1). Message: a report of a JWT check, naming the key set and the token's `kid` and `alg` claims: token internals (rule 2.3): the default.",
    response: { status: 401, body: "Jwks doesn't have key to match kid or alg from Jwt" },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Equinix Metal ─────────────────────────────
  {
    id: 'equinix-metal/facility-cant-be-blank-422',
    source: 'Equinix Metal API',
    url: 'https://github.com/equinixmetal-archive/packngo/issues/121',
    note: 'packngo\'s debug dump pasted in the issue: "=======[RESPONSE]============ HTTP/2.0 422 Unprocessable Entity" and the body (the reporter says the plan was unavailable; the API\'s line misleads, as the title says). No header shown. Kind: 422, validation (rule 1). Fields: none (the list\'s one string names no path). Message: the lone form-level sentence in `errors` (rule 2.2); "Facility" is a person\'s word, capitalised, so the line stays (rule 2.1).',
    response: { status: 422, body: { errors: ["Facility can't be blank"] } },
    expect: { kind: 'validation', message: "Facility can't be blank" },
  },

  // ───────────────────────────── Hostinger API ─────────────────────────────
  {
    id: 'hostinger/order-architecture-not-supported-422',
    source: 'Hostinger API',
    url: 'https://github.com/hostinger/api/issues/40',
    note: "The issue on the vendor's own API repository: \"The endpoint returns a `422` error:\" and the body, for `POST /api/hosting/v1/websites`. No header shown. Kind: 422, validation (rule 1: the status decides; no code says otherwise). Judgment call: the order is valid and the plan unsupported, so a reader could prefer bad-request; rule 1 gives every 422 to validation. Message: the vendor's error number before the sentence (`[Hosting:9999] `) is dropped (rule 2.1, as Entra ID's `AADSTS50126: `); the sentence says what is unsupported. logId: `correlation_id` (rule 5). No code stated: the number sits in the text only.",
    response: {
      status: 422,
      body: {
        message: '[Hosting:9999] Order architecture not supported',
        correlation_id: 'a17d44a4-82e5-46e8-bfe3-88a283dda4ff',
      },
    },
    expect: {
      kind: 'validation',
      message: 'Order architecture not supported',
      logId: 'a17d44a4-82e5-46e8-bfe3-88a283dda4ff',
    },
  },

  // ───────────────────────────── Infomaniak API ─────────────────────────────
  {
    id: 'infomaniak/unexpected-error-500',
    source: 'Infomaniak API',
    url: 'https://github.com/go-acme/lego/pull/1332',
    note: 'The pull request\'s description shows lego\'s error for a failed DNS record creation with the raw body and the status the author saw: "unexpected API result (error): {…} (HTTPStatus: 500 Internal Server Error)". Judgment call: the line is one of the formats the author proposes, printed from the same failure as the first one (`&{unexpected_error An unexpected error occurred map[] []}`). No header shown. Kind: 500, server (rule 1). Message: "An unexpected error occurred" is generic (rule 2.1, as "An unexpected problem has occurred."): the default. Code: `error.code` (rule 6); `result: "error"` is a call\'s flag, no code.',
    response: {
      status: 500,
      body: { result: 'error', error: { code: 'unexpected_error', description: 'An unexpected error occurred' } },
    },
    expect: { kind: 'server', message: DEFAULT, code: 'unexpected_error' },
  },

  // ───────────────────────────── Aurora DNS ─────────────────────────────
  {
    id: 'aurora-dns/authentication-required-401',
    source: 'Aurora DNS API (PCextreme)',
    url: 'nrdcg/auroradns/zones_test.go@8a6537a60c78687aa280bca77479f54bd54d157d',
    note: "The client's tests `TestClient_CreateZone_error`, `TestClient_DeleteZone_error` and `TestClient_ListZones_error`: `w.WriteHeader(http.StatusUnauthorized)` and this body (the last test expects the client's error \"AuthenticationRequiredError - Failed to parse Authorization header\"). No header shown. Kind: 401, unauthenticated (rule 1). Message: `errormsg` (a message member by its shape, rule 5) reports that the server could not parse the Authorization header: a token the server could not parse is developer text (rule 2.3, the sixty-fourth holdout's row): the default. Judgment call: a reader could keep it as a line naming the credential. Code: `error`, a code in PascalCase (rule 6).",
    response: {
      status: 401,
      body: { error: 'AuthenticationRequiredError', errormsg: 'Failed to parse Authorization header' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'AuthenticationRequiredError' },
  },

  // ───────────────────────────── Internet.bs ─────────────────────────────
  {
    id: 'internet-bs/invalid-fullrecordname-failure-200',
    source: 'Internet.bs API',
    url: 'go-acme/lego/providers/dns/internetbs/internal/fixtures/Domain_DnsRecord_Add_FAILURE.json@4f7010cb2eb7af78d9339dec0efe424e90017ea9',
    note: 'lego\'s fixture for `POST /Domain/DnsRecord/Add`, served by `TestClient_AddRecord_error` (client_test.go@0bab771e) with `servermock.ResponseFromFixture` and no status of its own: the mock\'s 200, as the API answers with `status: "FAILURE"` in a 200. Judgment call: the status is the test\'s default. No header. Kind: a 200 whose codes name no kind (`status` is a call\'s flag; 100002 is a vendor number, no HTTP status): unknown (rule 1). Message: the line names only which input is invalid, by the API\'s name for it, quoted ("Invalid value … for parameter \\"fullrecordname\\"!"): the default (rule 2.1, the row of 6 December 2026). Fields: none (no member names it). Code: `code`, a number written as a string (rule 6). `transactid` left unchecked.',
    response: {
      status: 200,
      body: {
        transactid: '67e4689073df2f153e7184aeb47a98f9',
        status: 'FAILURE',
        message: 'Invalid value "www.example.com." for parameter "fullrecordname"!',
        code: 100002,
      },
    },
    expect: { kind: 'unknown', message: DEFAULT, code: '100002' },
  },
  {
    id: 'internet-bs/unsupported-extension-failure-200',
    source: 'Internet.bs API',
    url: 'go-acme/lego/providers/dns/internetbs/internal/fixtures/Domain_DnsRecord_List_FAILURE.json@b20e8f33949bc8960a47584b76432543ca37ff5a',
    note: "lego's fixture for `POST /Domain/DnsRecord/List`, served by `TestClient_ListRecords_error` (client_test.go@0bab771e) with the mock's 200, as above. Judgment call: the status is the test's default. No header. Kind: unknown, as above (rule 1). Message: a sentence about the domain the person asked for (rule 2). Code: `code` (rule 6).",
    response: {
      status: 200,
      body: {
        transactid: '5d554e0a5d145feb316b1805aae50706',
        status: 'FAILURE',
        message: 'The domain www.example.com does not have a supported extension!',
        code: 100004,
      },
    },
    expect: { kind: 'unknown', message: 'does not have a supported extension', code: '100004' },
  },

  // ───────────────────────────── Mythic Beasts DNS API ─────────────────────────────
  {
    id: 'mythic-beasts/err-not-authenticated-401-text',
    source: 'Mythic Beasts Primary DNS API',
    url: 'octodns/octodns-mythicbeasts/tests/test_octodns_provider_mythicbeasts.py@0d5a1b92d027b612f4a4af7273dd0e679f3a846a',
    note: "The provider's test `test_populate` (\"Failed authentication\"): `mock.post(ANY, status_code=401, text='ERR Not authenticated')`, the v1 API's text reply. No header shown. Kind: 401, unauthenticated (rule 1). Message: `ERR` is the API's error token in capitals (a code, rule 2.1), and \"Not authenticated\" on a 401 restates the status (rule 2.1: it is the message on any status but a 401): the default. Judgment call: a reader could keep the words after the token.",
    response: { status: 401, body: 'ERR Not authenticated' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'mythic-beasts/nadd-record-400-text',
    source: 'Mythic Beasts Primary DNS API',
    url: 'octodns/octodns-mythicbeasts/tests/test_octodns_provider_mythicbeasts.py@0d5a1b92d027b612f4a4af7273dd0e679f3a846a',
    note: "The provider's test `test_apply` (\"Record change failed\"): `mock.post(ANY, status_code=400, text='NADD 300 TXT prawf')`, the v1 API's reply to a refused ADD command: `NADD` and the record echoed (TTL, type, data). No header shown. Kind: 400 without fields or code, bad-request (rule 1). Message: a protocol token and the record, no sentence (rules 2.1, 2.6): the default. Judgment call: a reader could keep the text line on a 4xx as the API's word.",
    response: { status: 400, body: 'NADD 300 TXT prawf' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
