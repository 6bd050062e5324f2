// @vitest-environment happy-dom
import {
  CacheLookupPolicy,
  loadExternalTokens,
  PublicClientApplication,
  type AuthenticationResult,
  type Configuration,
} from '@azure/msal-browser';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { msalErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  NOW,
  rawModel,
  refusedUrl,
  scenarios,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';
import { caseScenario, serveBySegment } from './vendor';

// Microsoft's MSAL for the browser, `@azure/msal-browser` 5.31 on `@azure/msal-common` 16.18 (what `@azure/msal-react`
// runs), in a page (happy-dom) at the origin of a server on 127.0.0.1 that plays the Entra ID authority's token
// endpoint. `acquireTokenSilent` with `cacheLookupPolicy: RefreshToken` posts the refresh-token grant through the
// page's fetch (msal-browser/dist/network/FetchClient.mjs, `sendPostRequestAsync`) and reads the answer's body as JSON
// whatever its status; the body alone goes on (msal-common/dist/protocol/Token.mjs, `sendPostRequest`):
// - a body that is not JSON (text, HTML, XML, empty) rejects with a `BrowserAuthError` `failed_to_parse_response`
//   (its `errorMessage` ends with the parser's message); status and headers reach only MSAL's telemetry;
// - a JSON body with `error`, `error_description` or `suberror` (msal-common/dist/response/ResponseHandler.mjs,
//   `validateTokenResponse`) rejects with a `ServerError` (error/ServerError.mjs): `errorCode` is the body's `error`
//   (whatever it is: an object on a body that is not OAuth's), `errorNo` the first of `error_codes`, `status` the
//   body's own `status` member (never the HTTP status), and `errorMessage` one line "Error(s): <error_codes> -
//   Timestamp: … - Description: <error_description> - Correlation ID: … - Trace ID: …"; or, when the code, the
//   description or `suberror` asks for the person (`interaction_required`, `consent_required`, `login_required`,
//   error/InteractionRequiredAuthError.mjs), an `InteractionRequiredAuthError` with `traceId`, `timestamp`, `claims`;
// - a JSON body with none of them resolves an empty `AuthenticationResult` (`accessToken: ''`), whatever the status;
// - a 429 or 5xx (or any answer with `Retry-After`) is remembered (network/ThrottlingUtils.mjs): the same request
//   rejects from MSAL's cache with a `ServerError` of the body's `error_codes` and description until then, and the
//   time is kept nowhere the app reads.
// `correlationId` is the `client-request-id` MSAL sent (Entra ID answers with the same id). A fetch that gets no answer
// is retried once, then rejects with a `BrowserAuthError` `post_request_failed` (`no_network_connectivity` when
// `navigator.onLine` is false). No call takes a signal and the token request has no timeout (`system.networkClient`
// can replace the fetch); `popupBridgeTimeout` and `iframeBridgeTimeout` end an interaction with `timed_out`
// (MSAL 2–4 said `monitor_window_timeout`) and a closed popup ends with `user_cancelled` (utils/PopupMonitor.mjs).
// MSAL refuses an `authority` that is not https (msal-common/dist/url/UrlString.mjs, `authority_uri_insecure`): the
// authority is `https://127.0.0.1:<port>/<scenario>`, never fetched, with `knownAuthorities` and `authorityMetadata`
// naming this server's http token endpoint. The reader `msalErrors` reads the body back from what the error keeps.

/** Entra ID's answers on its token endpoint, from the conformance corpus. */
const entra = [
  caseScenario('entra-id/invalid-client-secret-401'),
  caseScenario('entra-id/invalid-username-or-password-400'),
];
// MSAL's fetch follows redirects: the OAuth scenario's 302 would send it to the app's callback off 127.0.0.1, and a
// token endpoint never answers with one.
const answers = scenarios.filter(({ name }) => name !== 'oauth-redirect');
const served = serveBySegment([...answers, ...entra]);

// The page is at the authority's origin: Entra ID answers a SPA's cross-origin token request with CORS headers the
// scenarios do not have.
beforeAll(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${served.server().url}/app`);
});

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
/** The signed-in person's ID token as MSAL caches it (it reads the claims and checks no signature in the cache). */
const ID_TOKEN = [
  base64url({ alg: 'none', typ: 'JWT' }),
  base64url({ aud: 'client-id', oid: 'oid-1', sub: 'sub-1', tid: 'tenant-1', preferred_username: 'ada@example.com' }),
  '',
].join('.');

/** An app's MSAL whose authority's token endpoint is `base`'s, with the signed-in person's ID token cached. */
async function signedIn(
  base: string,
  refreshToken?: string,
  system: Configuration['system'] = {},
): Promise<{ app: PublicClientApplication; request: Loaded }> {
  const { host, pathname } = new URL(base);
  const authority = `https://${host}${pathname}`;
  const config: Configuration = {
    auth: {
      clientId: 'client-id',
      authority,
      knownAuthorities: [host],
      authorityMetadata: JSON.stringify({
        token_endpoint: `${base}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        issuer: `${authority}/v2.0`,
      }),
      redirectUri: `${window.location.origin}/app`,
    },
    cache: { cacheLocation: 'sessionStorage' },
    system,
  };
  window.sessionStorage.clear();
  // MSAL's own way to seed its cache with tokens the app got elsewhere (msal-browser/dist/cache/TokenCache.mjs).
  const loaded = await loadExternalTokens(
    config,
    { scopes: ['User.Read'], authority },
    { id_token: ID_TOKEN, refresh_token: refreshToken, client_info: base64url({ uid: 'oid-1', utid: 'tenant-1' }) },
    {},
  );
  const app = new PublicClientApplication(config);
  await app.initialize();
  return { app, request: { account: loaded.account } };
}
type Loaded = { account: AuthenticationResult['account'] };

/** The silent renewal an app makes before each API call: the refresh token straight to the token endpoint. */
async function renew(base: string): Promise<AuthenticationResult> {
  const { app, request } = await signedIn(base, 'refresh-token');
  if (!request.account) throw new Error('loadExternalTokens cached no account');
  return app.acquireTokenSilent({
    scopes: ['User.Read'],
    account: request.account,
    forceRefresh: true,
    // `Default` would go on to a hidden iframe after `invalid_grant`: the refresh token's answer is what is read here.
    cacheLookupPolicy: CacheLookupPolicy.RefreshToken,
  });
}

/** The body as MSAL's fetch reads it: `response.json()`, or nothing when that throws. */
function jsonBody({ body }: Scenario): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether MSAL rejects on this answer: a body that is not JSON, or one with an OAuth error member. */
function rejects(sent: Scenario): boolean {
  const body = jsonBody(sent);
  return !body || 'error' in body || 'error_description' in body || 'suberror' in body;
}

/** The members of an error body the `ServerError` keeps, as its `errorCode` and `errorMessage` hold them. */
const KEPT = ['error', 'error_description', 'error_codes', 'timestamp', 'trace_id', 'correlation_id'];

/** The model of what MSAL keeps of an answer: those members of a JSON body; no status, no header, no other body. */
function keptModel(sent: Scenario): ApiError {
  const body = jsonBody(sent);
  const kept =
    body && rejects(sent) ? Object.fromEntries(KEPT.filter((k) => k in body).map((k) => [k, body[k]])) : null;
  return normalizeError({ headers: {}, body: kept }, { now: NOW });
}

const REJECTED_WHY =
  'MSAL keeps a JSON error body’s OAuth members in its ServerError, and neither the status nor a header nor a body ' +
  'that is not JSON (failed_to_parse_response)';
const RESOLVED_WHY =
  'a JSON body without `error` resolves an empty AuthenticationResult whatever the status: the kit reads only its ' +
  '`correlationId` (the client-request-id MSAL sent) as the support id';

/** What the silent renewal loses on each answer, and why. */
function renewalDrops(only: readonly Scenario[]): Partial<Record<ScenarioName, Dropped>> {
  return Object.fromEntries(
    only.flatMap((sent) => {
      if (!rejects(sent)) {
        const dropped = droppedBetween(rawModel(sent, NOW), keptModel(sent), RESOLVED_WHY);
        return dropped ? [[sent.name, { ...dropped, gives: { ...dropped.gives, logId: expect.any(String) } }]] : [];
      }
      const dropped = droppedBetween(rawModel(sent, NOW), keptModel(sent), REJECTED_WHY);
      return dropped ? [[sent.name, dropped]] : [];
    }),
  );
}

describe('MSAL: what acquireTokenSilent rejects with reads as the raw answer, but for what MSAL drops', () => {
  itAgreesWithTheRawResponse(served.server, { request: renew, fails: rejects, drops: renewalDrops(answers) }, answers);
});

describe('MSAL: Entra ID’s own error answers on the token endpoint', () => {
  it.each(entra.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(renew(served.urlOf(sent)));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'ServerError', errorCode: jsonBody(sent)?.error, status: undefined });
    const model = normalizeError(value, { now: NOW });
    // Only the HTTP status is lost: kind, code, message without "AADSTS…:" and the trace lines, and the trace id.
    expectSameModel(
      model,
      rawModel(sent, NOW),
      droppedBetween(rawModel(sent, NOW), keptModel(sent), 'a ServerError keeps no HTTP status'),
    );
    expect(model).toMatchObject({ kind: 'unauthenticated', logId: jsonBody(sent)?.trace_id });
    expect(model.message).not.toMatch(/AADSTS|Trace ID|Error\(s\)/);
  });

  it('read with only the clients an app names, `msalErrors` reads it', async () => {
    const sent = entra[1] as Scenario;
    const { value } = await settle(renew(served.urlOf(sent)));
    const read = createNormalizer({ clients: [msalErrors] });
    expect(read(value, { now: NOW })).toMatchObject({
      kind: 'unauthenticated',
      code: 'invalid_grant',
      message: rawModel(sent, NOW).message,
      logId: 'a287413d-c526-4d4a-a6eb-ac9108b03000',
    });
  });

  it('a 503 is remembered: the renewal fails from MSAL’s cache, with the description, no retry time', async () => {
    const sent = answers.find(({ name }) => name === 'unavailable-503') as Scenario;
    const { app, request } = await signedIn(served.urlOf(sent), 'refresh-token');
    if (!request.account) throw new Error('loadExternalTokens cached no account');
    const silent = {
      scopes: ['User.Read'],
      account: request.account,
      cacheLookupPolicy: CacheLookupPolicy.RefreshToken,
    };
    const first = await settle(app.acquireTokenSilent({ ...silent, forceRefresh: true }));
    const asked = served.received(sent);
    const again = await settle(app.acquireTokenSilent({ ...silent, forceRefresh: true }));
    expect([first.threw, again.threw]).toEqual([true, true]);
    // Nothing was sent the second time: the server's last request is still the first one.
    expect(served.received(sent)).toBe(asked);
    expect(again.value).toMatchObject({ name: 'ServerError', errorCode: '' });
    const raw = rawModel(sent, NOW);
    const replayed = normalizeError(again.value, { now: NOW });
    // The description is kept; the code (`error`), the status and the Retry-After time are not.
    expect(replayed).toMatchObject({ message: raw.message, kind: 'unknown' });
    expect([replayed.code, replayed.status, replayed.retryAt]).toEqual([undefined, undefined, undefined]);
    expect([raw.code, raw.status, raw.kind]).toEqual(['temporarily_unavailable', 503, 'unavailable']);
    expect(raw.retryAt).toBeDefined();
  });
});

describe('MSAL: failures without an answer', () => {
  it('connection refused is network (post_request_failed, after one retry)', async () => {
    const refused = (await refusedUrl()).replace(/\/json-error$/, '/refused');
    const { threw, value } = await settle(renew(refused));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'BrowserAuthError', errorCode: 'post_request_failed' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });

  it('a popup past `popupBridgeTimeout` is timeout (timed_out)', async () => {
    // MSAL 5 waits for the popup's answer on its redirect bridge for that long, whether the person closed it or not
    // (msal-browser/dist/interaction_client/PopupClient.mjs, utils/BrowserUtils.mjs `waitForBridgeResponse`).
    const { app } = await signedIn(served.urlOf(entra[0] as Scenario), undefined, { popupBridgeTimeout: 200 });
    const { threw, value } = await settle(app.acquireTokenPopup({ scopes: ['User.Read'] }));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'BrowserAuthError', errorCode: 'timed_out' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout', format: 'timeout' });
  });

  it('no refresh token in the cache is unauthenticated (InteractionRequiredAuthError no_tokens_found)', async () => {
    const { app, request } = await signedIn(served.urlOf(entra[0] as Scenario));
    if (!request.account) throw new Error('loadExternalTokens cached no account');
    const { threw, value } = await settle(
      app.acquireTokenSilent({
        scopes: ['User.Read'],
        account: request.account,
        cacheLookupPolicy: CacheLookupPolicy.RefreshToken,
      }),
    );
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'InteractionRequiredAuthError', errorCode: 'no_tokens_found' });
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: 'unauthenticated', code: 'no_tokens_found' });
    // MSAL's own text is a link for the developer, not a sentence for the person.
    expect(model.message).not.toContain('aka.ms');
  });
});
