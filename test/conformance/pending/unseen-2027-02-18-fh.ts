import { DEFAULT, type ConformanceCase } from '../types';

// Ninetieth unseen-API holdout, part FH (18 February 2027): OAuth 2.0 and OpenID Connect servers and libraries that no
// other case file uses: node-oidc-provider (panva's certified OpenID provider for Node), Doorkeeper (the Rails OAuth
// provider), django-oauth-toolkit, Dex (the federated OpenID Connect provider in Go), Laravel Passport (Laravel's
// OAuth server on league/oauth2-server), IdentityServer4 (Duende IdentityServer's predecessor), OpenIddict (the
// ASP.NET Core OpenID Connect server), Spring Authorization Server, TIBCO API Exchange Gateway (its OAuth server) and
// wicked.haufe.io (Haufe's API portal and its authorization server). They were collected to measure how the reader
// does at first sight on servers it was never tuned on. Bodies were copied from: node-oidc-provider's own tests, which
// check the status and the whole body with supertest's `.expect(status)` and `.expect({ … })` (each test file named in
// `url` with the commit the stored copy was read at); Doorkeeper's password-flow request spec (`response.status` and
// `json_response` matched whole, its `error_description` the gem's English locale, read at two commits that give the
// same line); public issues that paste a captured body with its status (django-oauth-toolkit, Dex, Laravel Passport,
// IdentityServer4, OpenIddict, wicked.haufe.io) or without it (Spring Authorization Server, whose status is taken from
// the failure handler in its own source, as the case's note says); and TIBCO's user guide, which prints two error
// responses. Headers were copied only where the source shows them (a django-oauth-toolkit capture, a TIBCO example);
// none was added. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: bodies a test author wrote into a fixture (node-oidc-provider's `access_denied` "user has
// denied access" and `foo`/`bar`, stored on the device code by the test), node-oidc-provider tests that check one
// member (`to.have.property('error', 'invalid_grant')`), its `failWith` helper (status and two members, not the body),
// its `unauthorized_client` body (asserted without a status) and its WWW-Authenticate header (checked by pattern);
// Doorkeeper's `invalid_client` specs (the description only `an_instance_of(String)`) and its `invalid_grant` and
// `unsupported_grant_type` specs (no status asserted); Ory Fosite's access-error test (the body built from variables;
// Ory Hydra, which runs on it, is a source); Spring Authorization Server's `{"error": "invalid_client"}`
// (spring-attic/spring-authorization-server#120, no status, and the 2020 filter's status not checked); Spring Security
// OAuth's "Missing grant type" (no status printed); OpenIddict's ID2055 body (jumbojett/OpenID-Connect-PHP#410, no
// status) and ID2129 (printed as prose); node-oauth2-server's body in oauthjs/node-oauth2-server#666 (no status; its
// other two bodies are what the reporter expected, not what came back); Laravel Passport's bodies in
// laravel/passport#589 and joselfonseca/laravel-api#89 and #90 (no status); IdentityServer3's `invalid_grant` (no
// status); Dex's 401 in opencloud-eu/ios#52 (its body cut off in what was seen); Planning Center's Doorkeeper text (no
// status); a CIBA example in a Russian financial-API standard on consultant.ru (the standard could not be named with
// certainty); an Oracle data service's example ("400 or 401"). Searches found no whole body for Authlib, Duende
// IdentityServer, go-oauth2/oauth2, Connect2id, Curity or Janssen/Gluu. Skipped as already sources: Ory Hydra, ZITADEL
// (zitadel/oidc), oauth2orize, Keycloak, Authelia, authentik, Logto, Casdoor, FusionAuth, Okta, Auth0, Microsoft Entra
// ID, Amazon Cognito, Rauthy, Pocket ID, Gravitee (its Access Management beside the API Management already met),
// SimaPro, Spring Boot, and the RFC 7591, 9126 and 9449 examples. No XML body, HTML page or text body turned up;
// every body is OAuth's JSON.
//
// The part holds 25 cases from 10 sources, within the brief's aim of 15–30 from at least 5; 30 of the 38 look-ups were
// spent (31 calls; one `find_string` was refused for its length, uncharged).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-18-fh`, on 25829a7, src/ unchanged: in the frozen copy /tmp/base90; `--check` first reported
// nothing to fix): 22/25 pass, 10 sources (kind 25/25, message 22/25, fields 25/25, retry 25/25, logId 0/0, code
// 25/25). Failing at first sight, all three messages the case reads as the default where the kit kept the line:
// node-oidc-provider/invalid-authorization-header-format-400 (kept "Invalid authorization header value format"; the
// case reads an Authorization header the server could not parse as developer text, rule 2.3 and the sixty-eighth and
// sixty-ninth holdouts' rows); node-oidc-provider/registration-json-only-400 (kept "Only application/json content-type
// bodies are supported on POST /reg"; the case reads a media type and a route as text for whoever wrote the client,
// rule 2.3: a judgment call its note names); spring-authorization-server/unsupported-grant-type-400 (kept "OAuth 2.0
// Parameter: grant_type"; the case reads a line naming only the parameter by its key as the default, rule 2.1). Every
// other case passed as written, including the judgment calls on node-oidc-provider's `scope` members (no field), its
// "client authentication failed", "invalid token provided" and "requested scope is not allowed" (kept), its quoted
// `device_code` (the default), Doorkeeper's RFC definition of `invalid_scope` (kept) and wicked.haufe.io's 500 (kept).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// After the run, the OpenIddict case (`openiddict/token-invalid-credentials-400`, capesean/openiddict-test#22) was
// dropped: the eighty-eighth holdout's part ER, committed while this part was collected, holds the same response from
// the same issue (`openiddict/invalid-grant-invalid-credentials-400`), and the list of sources this part was checked
// against predates it. It had passed at first sight; without it the first run reads 21/24, 9 sources.

export default [
  // ───────────────────────────── node-oidc-provider ─────────────────────────────
  {
    id: 'node-oidc-provider/client-credentials-scope-not-allowed-400',
    source: 'node-oidc-provider',
    url: 'panva/node-oidc-provider/test/client_credentials/client_credentials.grant.test.js@10ddb25c4aa8a5f23261f2aa85f19f4750ee7333',
    note: '"checks clients scope allow list": POST /token with `grant_type=client_credentials` and `scope: "api:read api:write"` for a client allowed only `api:read`; `.expect(400)` and `.expect({ … })` (the whole body). No header checked. Kind: OAuth\'s `invalid_scope` is a bad request (rule 1). Message: `error_description` beats `error` (rule 2.2); "requested scope is not allowed" is a sentence in small letters that starts with a plain word, not an input\'s key, as the corpus keeps Logto\'s "grant request is invalid" from the same provider: kept. Fields: none; `scope` is the OAuth member that names the scope refused (its value `api:write`, a scope, no message). Judgment calls: a reader could read "scope" as the API\'s parameter named alone and give the default, or read `scope: "api:write"` as a map of a field to its message. Code: OAuth\'s `error` (rule 6).',
    response: {
      status: 400,
      body: { error: 'invalid_scope', error_description: 'requested scope is not allowed', scope: 'api:write' },
    },
    expect: { kind: 'bad-request', message: 'requested scope is not allowed', code: 'invalid_scope' },
  },
  {
    id: 'node-oidc-provider/device-code-missing-parameter-400',
    source: 'node-oidc-provider',
    url: 'panva/node-oidc-provider/test/device_code/device_code_grant.test.js@0bc71ad1b8e75026871c0853852f19e3a7980f5f',
    note: "\"device_code param presence\": POST /token with the device-code grant type and no `device_code`; `.expect(400)`, `.expect('content-type', /application\\/json/)` (a pattern, so no header is given) and the whole body. Kind: OAuth's `invalid_request` is a bad request (rule 1). Message: \"missing required parameter 'device_code'\" names only which input is missing, by its quoted key (rule 2.1, as \"Missing required parameter: templateId\"): the default. Judgment call: `device_code` is the grant's name, and rule 2.1 keeps a credential's name where signing in failed; here nothing was refused, the request lacked a member. Code: `invalid_request` (rule 6).",
    response: {
      status: 400,
      body: { error: 'invalid_request', error_description: "missing required parameter 'device_code'" },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'invalid_request' },
  },
  {
    id: 'node-oidc-provider/device-code-expired-400',
    source: 'node-oidc-provider',
    url: 'panva/node-oidc-provider/test/device_code/device_code_grant.test.js@0bc71ad1b8e75026871c0853852f19e3a7980f5f',
    note: '"validates code is not expired": a device code saved with a TTL of 0, then polled; `.expect(400)` and the whole body. No header checked. Kind: `expired_token` is a credential code, which outranks a 400 (rule 1): unauthenticated. Message: `error_description` (rule 2.2), "device code is expired", a sentence that says which grant expired: kept, as the corpus keeps Mobilizon\'s "The given device_code has expired". Code: `expired_token` (rule 6).',
    response: { status: 400, body: { error: 'expired_token', error_description: 'device code is expired' } },
    expect: { kind: 'unauthenticated', message: 'device code is expired', code: 'expired_token' },
  },
  {
    id: 'node-oidc-provider/device-code-authorization-pending-400',
    source: 'node-oidc-provider',
    url: 'panva/node-oidc-provider/test/device_code/device_code_grant.test.js@0bc71ad1b8e75026871c0853852f19e3a7980f5f',
    note: '"responds with authorization_pending if interactions are still pending resolving": a device code with neither an account nor an error, polled; `.expect(400)` and the whole body. No header checked. Kind: RFC 8628\'s `authorization_pending` names no kind rule 1 lists, so the 400 decides: bad-request (as the corpus reads Mobilizon\'s). Message: `error_description` (rule 2.2), a sentence: kept. Retry: no time is named (rule 4). Code: `authorization_pending` (rule 6).',
    response: {
      status: 400,
      body: {
        error: 'authorization_pending',
        error_description:
          "authorization request is still pending as the end-user hasn't yet completed the user interaction steps",
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'authorization request is still pending',
      code: 'authorization_pending',
    },
  },
  {
    id: 'node-oidc-provider/client-authentication-failed-401',
    source: 'node-oidc-provider',
    url: 'panva/node-oidc-provider/test/client_auth/client_auth.test.js@02877f6ce8ff03a9105e8e572cb97c8a53a7e33c',
    note: '"rejects when no client is found" (and the invalid-secret tests for client_secret_basic and client_secret_post): POST /token with an unknown `client_id`; `.expect(401)` and `.expect(tokenAuthRejected)`, the constant `{ error: "invalid_client", error_description: "client authentication failed" }` at the top of the file (the whole body). No header checked. Kind: 401, unauthenticated (rule 1). Message: "client authentication failed" says whose authentication failed, the client\'s (the app\'s), not the person\'s: kept, as the corpus keeps "Client authentication failed" (five cases). Judgment call: the fifty-fifth holdout\'s row reads a bare "Authentication failed" on a 401 as the 401\'s phrase, and a reader could read one word before it as no reason. Code: `invalid_client` (rule 6).',
    response: { status: 401, body: { error: 'invalid_client', error_description: 'client authentication failed' } },
    expect: { kind: 'unauthenticated', message: 'client authentication failed', code: 'invalid_client' },
  },
  {
    id: 'node-oidc-provider/no-client-authentication-400',
    source: 'node-oidc-provider',
    url: 'panva/node-oidc-provider/test/client_auth/client_auth.test.js@02877f6ce8ff03a9105e8e572cb97c8a53a7e33c',
    note: '"expects auth to be provided": POST /token with an empty form; `.expect(400)` and the whole body. No header checked. Kind: OAuth\'s `invalid_request` is a bad request (rule 1): the client sent no credentials at all, which RFC 6749 files under a malformed request. Message: `error_description` (rule 2.2), a sentence that names no input by its key: kept. Code: `invalid_request` (rule 6).',
    response: {
      status: 400,
      body: { error: 'invalid_request', error_description: 'no client authentication mechanism provided' },
    },
    expect: { kind: 'bad-request', message: 'no client authentication mechanism provided', code: 'invalid_request' },
  },
  {
    id: 'node-oidc-provider/client-secret-expired-400',
    source: 'node-oidc-provider',
    url: 'panva/node-oidc-provider/test/client_auth/client_auth.test.js@02877f6ce8ff03a9105e8e572cb97c8a53a7e33c',
    note: '"rejects expired secrets" (client_secret_basic, and the same for client_secret_post): a client whose secret has expired; `.expect(400)` and the whole body. No header checked. Kind: `invalid_client` is a credential code, which outranks a 400 (rule 1): unauthenticated. Message: `error_description` (rule 2.2), a sentence that says why the client was refused: kept. Code: `invalid_client` (rule 6).',
    response: {
      status: 400,
      body: {
        error: 'invalid_client',
        error_description: 'could not authenticate the client - its client secret is expired',
      },
    },
    expect: { kind: 'unauthenticated', message: 'its client secret is expired', code: 'invalid_client' },
  },
  {
    id: 'node-oidc-provider/double-client-authentication-400',
    source: 'node-oidc-provider',
    url: 'panva/node-oidc-provider/test/client_auth/client_auth.test.js@02877f6ce8ff03a9105e8e572cb97c8a53a7e33c',
    note: '"rejects double auth" (and "… (no client_id in body)"): Basic credentials and a `client_secret` in the body at once; `.expect(400)` and the whole body. No header checked. Kind: OAuth\'s `invalid_request` (rule 1). Message: `error_description` (rule 2.2), a sentence that names no input by its key: kept. Code: `invalid_request` (rule 6).',
    response: {
      status: 400,
      body: {
        error: 'invalid_request',
        error_description: 'client authentication must only be provided using one mechanism',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'client authentication must only be provided using one mechanism',
      code: 'invalid_request',
    },
  },
  {
    id: 'node-oidc-provider/invalid-authorization-header-format-400',
    source: 'node-oidc-provider',
    url: 'panva/node-oidc-provider/test/client_auth/client_auth.test.js@02877f6ce8ff03a9105e8e572cb97c8a53a7e33c',
    note: '"validates the Basic scheme format (parts)" (and "(Basic)", "(no :)"): `Authorization: Basic` with nothing after it; `.expect(400)` and the whole body. No header checked. Kind: OAuth\'s `invalid_request` (rule 1). Message: an Authorization header the server could not parse is developer text (rule 2.3, the sixty-eighth holdout\'s row; "Authorization header malformed", the sixty-ninth\'s): the default. Code: `invalid_request` (rule 6).',
    response: {
      status: 400,
      body: { error: 'invalid_request', error_description: 'invalid authorization header value format' },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'invalid_request' },
  },
  {
    id: 'node-oidc-provider/userinfo-invalid-token-401',
    source: 'node-oidc-provider',
    url: 'panva/node-oidc-provider/test/userinfo/userinfo.test.js@025f60a861ce2bd82301cb6ef4033aa010b270ec',
    note: '"validates access token is found" (and the two tests for a token whose client or account is gone): GET /me with a bearer token the provider does not know; `.expect(401)` and the whole body. The WWW-Authenticate header is checked in the same file only by patterns, so none is given. Kind: 401, unauthenticated (rule 1). Message: `error_description` (rule 2.2), "invalid token provided": a credential\'s name stays, as "access_token is invalid" does (rule 2.1): kept. Judgment call: a reader could read a line in small letters that starts with "invalid" and a name as "invalid q" and give the default. Code: `invalid_token` (rule 6).',
    response: { status: 401, body: { error: 'invalid_token', error_description: 'invalid token provided' } },
    expect: { kind: 'unauthenticated', message: 'invalid token provided', code: 'invalid_token' },
  },
  {
    id: 'node-oidc-provider/userinfo-scope-not-granted-400',
    source: 'node-oidc-provider',
    url: 'panva/node-oidc-provider/test/userinfo/userinfo.test.js@025f60a861ce2bd82301cb6ef4033aa010b270ec',
    note: '"does not allow for scopes to be extended": GET /me?scope=openid profile with a token granted `openid email`; `.expect(400)` and the whole body (members in the test\'s order). No header checked. Kind: OAuth\'s `invalid_scope` is a bad request (rule 1). Message: `error_description` (rule 2.2), a sentence: kept. Fields: none; `scope` names the scope missing from the token (`profile`), no message. Judgment call: a reader could read `scope: "profile"` as a field and its message. Code: `invalid_scope` (rule 6).',
    response: {
      status: 400,
      body: { error: 'invalid_scope', scope: 'profile', error_description: 'access token missing requested scope' },
    },
    expect: { kind: 'bad-request', message: 'access token missing requested scope', code: 'invalid_scope' },
  },
  {
    id: 'node-oidc-provider/registration-json-only-400',
    source: 'node-oidc-provider',
    url: 'panva/node-oidc-provider/test/dynamic_registration/dynamic_registration.test.js@120ca819ada92bc5728be213125c8e57c1389b6b',
    note: '"only accepts application/json POSTs": POST /reg with a form body; `.expect(400)` and the whole body. No header checked. Kind: OAuth\'s `invalid_request` (rule 1). Message: a line that names the media type and the route the server accepts is for whoever wrote the client, as a parser expecting JSON is (rule 2.3, Acuity\'s "Expected a JSON object."): the default. Judgment call: a reader could keep it as a sentence, since it names no input. Code: `invalid_request` (rule 6).',
    response: {
      status: 400,
      body: {
        error: 'invalid_request',
        error_description: 'only application/json content-type bodies are supported on POST /reg',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'invalid_request' },
  },

  // ───────────────────────────── Doorkeeper ─────────────────────────────
  {
    id: 'doorkeeper/password-grant-invalid-scope-400',
    source: 'Doorkeeper',
    url: 'doorkeeper-gem/doorkeeper/spec/requests/flows/password_spec.rb',
    note: '"returns invalid_scope error": the password grant with `scope: "random"`; `expect(response.status).to eq(400)` and `expect(json_response).to match("error" => "invalid_scope", "error_description" => translated_error_message(:invalid_scope))` (the whole body). The stored copy was read by its id, without a commit. The description is the gem\'s English locale, `doorkeeper.errors.messages.invalid_scope` in config/locales/en.yml, read at 02a7def25d190140b98e51cecfe3619cd0058907 and 0bde4f7d5bf6c9965cef9177453df5cdb6a10d6a, both with this line (a judgment call: the spec\'s own commit is not known, and the line is taken as unchanged). No header checked. Kind: OAuth\'s `invalid_scope` is a bad request (rule 1). Message: RFC 6749\'s own definition of `invalid_scope`; it says which part of the request was refused (the scope), where the definition of `invalid_request` says only that the request was malformed (the sixty-ninth holdout\'s row), and the corpus keeps the same words in Ory Hydra\'s case: kept. Judgment call: a reader could read the RFC\'s definition of the code as saying no more than the code. Code: `invalid_scope` (rule 6).',
    response: {
      status: 400,
      body: { error: 'invalid_scope', error_description: 'The requested scope is invalid, unknown, or malformed.' },
    },
    expect: { kind: 'bad-request', message: 'The requested scope is invalid', code: 'invalid_scope' },
  },

  // ───────────────────────────── django-oauth-toolkit ─────────────────────────────
  {
    id: 'django-oauth-toolkit/invalid-credentials-given-400',
    source: 'django-oauth-toolkit',
    url: 'https://github.com/django-oauth/django-oauth-toolkit/issues/1393',
    note: 'The issue\'s title gives the body a password-grant token request received from POST /o/token/, and Django\'s log beside it gives the status: "POST /o/token/ HTTP/1.1" 400 77 (77 bytes, the length of this body as Python\'s json.dumps writes it). No header shown. Kind: `invalid_grant` is a credential code on a 400 (rule 1): unauthenticated. Message: `error_description` (rule 2.2), "Invalid credentials given.", a line that names the credential refused: kept, as the corpus keeps "Invalid credentials". Code: `invalid_grant` (rule 6).',
    response: { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid credentials given.' } },
    expect: { kind: 'unauthenticated', message: 'Invalid credentials given', code: 'invalid_grant' },
  },
  {
    id: 'django-oauth-toolkit/invalid-client-400',
    source: 'django-oauth-toolkit',
    url: 'https://github.com/django-oauth/django-oauth-toolkit/issues/52',
    note: 'The issue\'s `curl -v` of a password-grant request to /o/token/ following the Django REST framework tutorial: "HTTP/1.0 400 BAD REQUEST" with its headers, and the body `{"error": "invalid_client"}` quoted above it. Headers copied as shown, except `Content-Type` (cut off in what was seen, "application/…"), `Server`, `Vary` and `X-Frame-Options`, which say nothing of the error. Kind: `invalid_client` is a credential code on a 400 (rule 1): unauthenticated. Message: no sentence, only the code (rule 2.1): the default. Code: `invalid_client` (rule 6).',
    response: {
      status: 400,
      headers: {
        Date: 'Sun, 08 Sep 2013 17:30:37 GMT',
        'Content-Language': 'it',
        Pragma: 'no-cache',
        'Cache-Control': 'no-store',
      },
      body: { error: 'invalid_client' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_client' },
  },
  {
    id: 'django-oauth-toolkit/authorization-code-invalid-grant-401',
    source: 'django-oauth-toolkit',
    url: 'https://github.com/django-oauth/django-oauth-toolkit/issues/458',
    note: "The issue: \"While fetching access token http://localhost:8000/o/token/, I am getting `{'error': 'invalid_grant'}` error with 401 status code\" (an authorization-code exchange, toolkit 1.1.0 era). The body is printed as a Python dict; written as the JSON it was decoded from. No header shown. Kind: 401, unauthenticated (rule 1). Message: only the code: the default. Code: `invalid_grant` (rule 6).",
    response: { status: 401, body: { error: 'invalid_grant' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_grant' },
  },

  // ───────────────────────────── Dex ─────────────────────────────
  {
    id: 'dex/invalid-client-credentials-401',
    source: 'Dex',
    url: 'https://github.com/dexidp/dex/issues/1818',
    note: 'Gangway\'s error after a Dex login: "oauth2: cannot fetch token: 401 Unauthorized\\nResponse: {…}" (golang.org/x/oauth2 prints the status and the body as received); the issue quotes the handler that writes it, `s.tokenErrHelper(w, errInvalidClient, "Invalid client credentials.", http.StatusUnauthorized)`. No header shown. Kind: 401, unauthenticated (rule 1). Message: `error_description` (rule 2.2), a line that names the credential refused: kept. Code: `invalid_client` (rule 6).',
    response: { status: 401, body: { error: 'invalid_client', error_description: 'Invalid client credentials.' } },
    expect: { kind: 'unauthenticated', message: 'Invalid client credentials', code: 'invalid_client' },
  },

  // ───────────────────────────── Laravel Passport ─────────────────────────────
  {
    id: 'laravel-passport/client-authentication-failed-401',
    source: 'Laravel Passport',
    url: 'https://github.com/LaravelDaily/Laravel-Passport-API-Server-Client-Demo/issues/1',
    note: 'Guzzle\'s ClientException from the demo\'s client app: "Client error: `POST http://passport-server.dev/oauth/token` resulted in a `401 Unauthorized` response: {…}" (the body is short enough that Guzzle printed it whole). This is league/oauth2-server\'s older body, `message` in place of `error_description`. No header shown. Kind: 401, unauthenticated (rule 1). Message: "Client authentication failed", kept as the corpus keeps it (five cases). Code: `invalid_client` (rule 6).',
    response: { status: 401, body: { error: 'invalid_client', message: 'Client authentication failed' } },
    expect: { kind: 'unauthenticated', message: 'Client authentication failed', code: 'invalid_client' },
  },
  {
    id: 'laravel-passport/client-authentication-failed-description-401',
    source: 'Laravel Passport',
    url: 'https://github.com/pktharindu/nuxt-laravel-passport-example/issues/17',
    note: "The issue: the password-grant token request through the Nuxt app \"return Status Code: 401 Unauthorized\" and the body as the browser's preview lists it (`error`, `error_description`, `message`), written as the JSON it shows: league/oauth2-server's newer body, with both the RFC's member and the older `message`. No header shown. Kind: 401, unauthenticated (rule 1). Message: `error_description` (rule 2.2); `message` says the same. Code: `invalid_client` (rule 6).",
    response: {
      status: 401,
      body: {
        error: 'invalid_client',
        error_description: 'Client authentication failed',
        message: 'Client authentication failed',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Client authentication failed', code: 'invalid_client' },
  },

  // ───────────────────────────── IdentityServer4 ─────────────────────────────
  {
    id: 'identityserver4/connect-token-invalid-request-400',
    source: 'IdentityServer4',
    url: 'https://github.com/emonney/QuickApp/issues/174',
    note: 'The issue (QuickApp, an ASP.NET Core template whose token endpoint is IdentityServer4\'s /connect/token): from Postman "an error is showing { "error": "invalid_request" } The Status code: 400 Bad Request." No header shown. Kind: OAuth\'s `invalid_request` is a bad request (rule 1). Message: only the code: the default. Code: `invalid_request` (rule 6).',
    response: { status: 400, body: { error: 'invalid_request' } },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'invalid_request' },
  },

  // ───────────────────────────── Spring Authorization Server ─────────────────────────────
  {
    id: 'spring-authorization-server/unsupported-grant-type-400',
    source: 'Spring Authorization Server',
    url: 'https://github.com/spring-attic/spring-authorization-server/issues/1637',
    note: 'The issue (spring-security-oauth2-authorization-server 1.3.0): POST /oauth2/token answered "response: {…}". The status is not printed: 400 from the token endpoint\'s failure handler, OAuth2ErrorAuthenticationFailureHandler (spring-projects/spring-authorization-server at 1093b5032d1f632d110f424425ad0e47f65cb733), which sends 400 for every code but `unauthorized_client`, `access_denied`, `server_error` and `temporarily_unavailable`. No header shown. Kind: OAuth\'s `unsupported_grant_type` is a bad request (rule 1). Message: "OAuth 2.0 Parameter: grant_type" names only the parameter at fault, by its key (rule 2.1): the default. Code: `unsupported_grant_type` (rule 6); `error_uri` links the RFC\'s section, no support id.',
    response: {
      status: 400,
      body: {
        error_description: 'OAuth 2.0 Parameter: grant_type',
        error: 'unsupported_grant_type',
        error_uri: 'https://datatracker.ietf.org/doc/html/rfc6749#section-5.2',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'unsupported_grant_type' },
  },

  // ───────────────────────────── TIBCO API Exchange Gateway ─────────────────────────────
  {
    id: 'tibco-api-exchange-gateway/access-token-invalid-username-password-400',
    source: 'TIBCO API Exchange Gateway',
    url: 'https://docs.tibco.com/pub/api-exchange-gateway/2.4.0/doc/html/GUID-9D5B26D8-225E-49FA-9473-4CD9C2A8D91D.html',
    note: 'The user guide\'s "Access Token Error Example" for its OAuth server: "Invalid Response: 400 Bad Request" and the body. No header shown. Kind: `invalid_grant` is a credential code on a 400 (rule 1): unauthenticated. Message: `error_description` (rule 2.2), a line that names the credentials refused: kept. Code: `invalid_grant` (rule 6).',
    response: { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid username or password' } },
    expect: { kind: 'unauthenticated', message: 'Invalid username or password', code: 'invalid_grant' },
  },
  {
    id: 'tibco-api-exchange-gateway/token-validation-invalid-grant-400',
    source: 'TIBCO API Exchange Gateway',
    url: 'https://docs.tibco.com/pub/api-exchange-gateway/2.5.1/doc/html/user-guide/token-validation-error.htm',
    note: 'The user guide\'s "Token Validation Error Example": "HTTP/1.1 400 Bad Request" with its headers and the body, copied as printed. Kind: `invalid_grant` is a credential code on a 400 (rule 1): unauthenticated. Message: only the code: the default. Code: `invalid_grant` (rule 6).',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json;charset=UTF-8',
        'Cache-Control': 'no-store',
        Pragma: 'no-cache',
      },
      body: { error: 'invalid_grant' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_grant' },
  },

  // ───────────────────────────── wicked.haufe.io ─────────────────────────────
  {
    id: 'wicked-haufe-io/token-server-error-500',
    source: 'wicked.haufe.io',
    url: 'https://github.com/Haufe-Lexware/wicked.haufe.io/issues/131',
    note: "The issue: an authorization-code exchange at wicked's authorization server `/token` with an altered code, \"The Authorization answers with a `500`\" and the body as Node printed it (`{ error: 'server_error', error_description: … }`), written as the JSON it was decoded from. No header shown. Kind: 500, server (rule 1); `server_error` on a 5xx says no more than the status. Message: `error_description` (rule 2.2), a sentence that says what the server could not do; it names no database, host or other service (rule 2.3): kept. Judgment call: a reader could read it as the server's report of its own internal call and give the default. Code: `server_error` (rule 6).",
    response: {
      status: 500,
      body: {
        error: 'server_error',
        error_description: 'could not retrieve user profile for given authorization code',
      },
    },
    expect: { kind: 'server', message: 'could not retrieve user profile', code: 'server_error' },
  },
] satisfies ConformanceCase[];
