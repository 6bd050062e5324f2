// @vitest-environment happy-dom
import { createSign, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Auth0Client, type Auth0ClientOptions } from '@auth0/auth0-spa-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeError, parseOAuthRedirect, type ApiError } from '../../src';
import { itAgreesWithTheRawResponse } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  NOW,
  parsedBody,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';
import { caseScenario, sendScenario } from './vendor';

// Auth0's SPA SDK 2.28 (`@auth0/auth0-spa-js`, what `@auth0/auth0-react` wraps), run in a page (happy-dom) against a
// server on 127.0.0.1 playing the Auth0 tenant (`/authorize`, `/oauth/token`). Read in node_modules/@auth0/
// auth0-spa-js/dist/auth0-spa-js.production.esm.js (vitest loads the same code as dist/lib/auth0-spa-js.cjs.js), its
// sources there (src/errors.ts, src/http.ts `getJSON`, src/api.ts `oauthToken`, src/utils.ts `runIframe` and
// `runPopup`, src/Auth0Client.ts, src/worker/token.worker.ts) and dist/typings/errors.d.ts:
// - `GenericError(error, error_description)` extends `Error`, its message the description, with no `name` of its own
//   ("Error"); `AuthenticationError` adds `state` and `appState` (`handleRedirectCallback` with `?error=` in the URL,
//   the description falling back to the code), `MfaRequiredError` `mfa_token` and `mfa_requirements`,
//   `MissingRefreshTokenError` `audience` and `scope`; `TimeoutError` is `("timeout", "Timeout")`, `PopupTimeoutError`
//   (a popup's `timeoutInSeconds`, else `authorizeTimeoutInSeconds`) extends it, `PopupCancelledError` is
//   `("cancelled", "Popup closed")`.
// - Every token call (`getTokenSilently` with refresh tokens, `handleRedirectCallback`'s and `loginWithPopup`'s code
//   exchange) goes through `oauthToken` → `getJSON`: `fetch` (without a Web Worker: happy-dom has none; a browser's
//   `cacheLocation: 'memory'` refresh goes through the SDK's worker, which answers the same members) then
//   `response.json()`, tried 3 times when either throws, the last failure thrown as it came (fetch's `TypeError`, the
//   `SyntaxError` of a body that is not JSON). An answer that is not ok becomes
//   `GenericError(error || "request_error", error_description || "HTTP error. Unable to fetch <url>")` (`mfa_required`
//   an `MfaRequiredError`): the status and the headers are not kept. An ok answer with no `id_token` fails its check
//   with a bare `Error("ID token is required but missing")`.
// - Its `fetch` timeout (`httpTimeoutInSeconds`, default 10 s; `getTokenSilently({ timeoutInSeconds })`) aborts the
//   fetch and rejects with a bare `Error("Timeout when executing 'fetch'")`, after its 3 tries.
// - No call takes an `AbortSignal`: an app cannot cancel a token call (the signal in `FetchOptions` is the SDK's own).

const CLIENT_ID = 'spa-app';
/** The tenant's signing key: the SDK checks the ID token's claims, as Auth0 signs them (RS256). */
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const segment = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An ID token as Auth0 issues one, for the client and nonce the code was asked for. */
function idToken(issuer: string, audience: string, nonce: string | undefined): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: issuer, sub: 'auth0|ada', aud: audience, iat: now, exp: now + 3600, nonce };
  const signed = `${segment({ alg: 'RS256', typ: 'JWT' })}.${segment(claims)}`;
  return `${signed}.${createSign('RSA-SHA256').update(signed).sign(privateKey).toString('base64url')}`;
}

/** The code the tenant grants tokens for; any other is answered with `answer`. */
const GOOD_CODE = 'the-code';
/** What `/oauth/token` answers a refresh (or another code) with: a scenario, or nothing at all. */
let answer: Scenario | 'never' | undefined;
/** The nonce of the last `/authorize` URL the SDK built, as Auth0 keeps it with the code. */
let nonce: string | undefined;
let tenant: Server;
let origin = '';

beforeAll(async () => {
  tenant = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      const form = new URLSearchParams(Buffer.concat(chunks).toString());
      if (pathname === '/oauth/token' && form.get('code') === GOOD_CODE) {
        const tokens = {
          access_token: 'an-access-token',
          refresh_token: 'a-refresh-token',
          id_token: idToken(`${origin}/`, form.get('client_id') ?? '', nonce),
          token_type: 'Bearer',
          expires_in: 86400,
          scope: 'openid profile email offline_access',
        };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(tokens));
        return;
      }
      const answered = pathname === '/oauth/token' ? answer : undefined;
      if (answered === 'never') return;
      if (answered) return sendScenario(res, answered);
      // The app's pages, and `/authorize` in an iframe or a popup: a page that never answers the SDK's message.
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>page</title>');
    });
  });
  await new Promise<void>((resolve) => tenant.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(tenant.address() as AddressInfo).port}`;
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${origin}/`);
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      tenant.closeAllConnections();
      tenant.close(() => resolve());
    }),
);

let clients = 0;
/**
 * A client as an app configures one (each its own `clientId`, so none shares another's transaction or cache), its
 * tenant at `domain`; short timeouts keep the tests quick.
 */
function newClient(options: Partial<Auth0ClientOptions> = {}, domain = origin): Auth0Client {
  clients += 1;
  return new Auth0Client({
    domain,
    clientId: `${CLIENT_ID}-${clients}`,
    useRefreshTokens: true,
    cacheLocation: 'memory',
    httpTimeoutInSeconds: 0.2,
    authorizationParams: { redirect_uri: `${domain}/callback` },
    ...options,
  });
}

/** `loginWithRedirect` as the SDK builds it (its URL kept, not visited): the `state` the callback must carry. */
async function startLogin(client: Auth0Client): Promise<string> {
  let authorize = '';
  await client.loginWithRedirect({
    openUrl: (url) => {
      authorize = url;
    },
  });
  const asked = new URL(authorize).searchParams;
  nonce = asked.get('nonce') ?? undefined;
  return asked.get('state') ?? '';
}

/** A client back from Auth0 with a code, so signed in with a refresh token in its memory cache. */
async function signedIn(): Promise<Auth0Client> {
  const client = newClient();
  const state = await startLogin(client);
  await client.handleRedirectCallback(`${origin}/callback?code=${GOOD_CODE}&state=${encodeURIComponent(state)}`);
  return client;
}

/** The body's members `getJSON` keeps (`error`, `error_description`) when it parses as JSON; null when it does not. */
function kept(sent: Scenario): Record<string, unknown> | null {
  const body = parsedBody(sent);
  if (typeof body !== 'object' || body === null) return null;
  const { error, error_description: description } = body as Record<string, unknown>;
  return {
    ...(error === undefined ? {} : { error }),
    ...(description === undefined ? {} : { error_description: description }),
  };
}

/** The model of what the SDK keeps of an answer: those members, no status, no headers. */
const keptModel = (sent: Scenario): ApiError => normalizeError({ headers: {}, body: kept(sent) }, { now: NOW });

const NOT_JSON = 'the body is not JSON: `response.json()` throws, and the SDK rethrows its SyntaxError, nothing else';
const NO_ID_TOKEN = 'a 2xx is read as tokens: with no `id_token` the SDK throws its own "ID token is required"';
const MEMBERS_ONLY = 'the SDK keeps the body’s `error` and `error_description` only, never the status or headers';

/** Why the SDK keeps less than the answer, per scenario. */
function whyDropped(sent: Scenario): string {
  if (sent.status < 300) return NO_ID_TOKEN;
  return kept(sent) === null ? NOT_JSON : MEMBERS_ONLY;
}

/** Auth0's own error answers from the corpus (its token endpoint's), beside the shared scenarios. */
const auth0Answers = [caseScenario('auth0/invalid-grant-403'), caseScenario('auth0/access-denied-401-reason-phrase')];
// The token endpoint never redirects; where Auth0 sends `?error=` to the app's callback is below.
const asked = [...scenarios.filter((sent) => sent.name !== 'oauth-redirect'), ...auth0Answers];

const drops: Partial<Record<ScenarioName, Dropped>> = {};
for (const sent of asked) {
  const dropped = droppedBetween(
    rawModel(sent, NOW),
    sent.status < 300 ? normalizeError(new Error('ID token is required but missing'), { now: NOW }) : keptModel(sent),
    whyDropped(sent),
  );
  if (dropped) drops[sent.name as ScenarioName] = dropped;
}

describe('getTokenSilently() with refresh tokens: what /oauth/token answered, as the SDK keeps it', () => {
  const byName = new Map(asked.map((sent) => [sent.name, sent]));
  itAgreesWithTheRawResponse(
    () => ({ url: origin, close: () => Promise.resolve() }),
    {
      request: async (url) => {
        const client = await signedIn();
        answer = byName.get(new URL(url).pathname.slice(1));
        return client.getTokenSilently({ cacheMode: 'off' });
      },
      // A 2xx without tokens fails too.
      fails: () => true,
      drops,
    },
    asked,
  );

  it('Auth0’s invalid_grant: unauthenticated, with its sentence and code; its 403 is not kept', async () => {
    const client = await signedIn();
    answer = caseScenario('auth0/invalid-grant-403');
    const { threw, value } = await settle(client.getTokenSilently({ cacheMode: 'off' }));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ error: 'invalid_grant', error_description: 'Wrong email or password.' });
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({
      kind: 'unauthenticated',
      code: 'invalid_grant',
      message: 'Wrong email or password.',
      messageSource: 'server',
    });
    expect(model.status).toBeUndefined();
  });

  it('an answer with no OAuth members: the SDK’s own code and sentence are not the server’s', async () => {
    const client = await signedIn();
    answer = scenario('problem-invalid-params');
    const { value } = await settle(client.getTokenSilently({ cacheMode: 'off' }));
    expect(value).toMatchObject({ error: 'request_error' });
    expect((value as Error).message).toBe(`HTTP error. Unable to fetch ${origin}/oauth/token`);
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: 'unknown', messageSource: 'default' });
    expect(model.code).toBeUndefined();
  });

  it('signed out: MissingRefreshTokenError asks the person to sign in; its English is not for the person', async () => {
    const { threw, value } = await settle(newClient().getTokenSilently());
    expect(threw).toBe(true);
    expect(value).toMatchObject({ error: 'missing_refresh_token' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({
      kind: 'unauthenticated',
      code: 'missing_refresh_token',
      messageSource: 'default',
    });
  });
});

describe('handleRedirectCallback(): the code exchange and Auth0’s `?error=` on the callback', () => {
  it('the code exchange answered with Auth0’s invalid_grant rejects as the refresh does', async () => {
    const client = newClient();
    const state = await startLogin(client);
    const sent = caseScenario('auth0/invalid-grant-403');
    answer = sent;
    const { threw, value } = await settle(
      client.handleRedirectCallback(`${origin}/callback?code=spent&state=${encodeURIComponent(state)}`),
    );
    expect(threw).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), drops[sent.name as ScenarioName]);
  });

  it('Auth0’s `?error=` on the callback: an AuthenticationError, read as parseOAuthRedirect reads it', async () => {
    const client = newClient();
    await startLogin(client);
    // The shared scenario's redirect, at this app's callback: `state` is the one the scenario carries.
    const { location } = scenario('oauth-redirect').headers as { location: string };
    const callback = `${origin}/callback${new URL(location).search}`;
    const { threw, value } = await settle(client.handleRedirectCallback(callback));
    expect(threw).toBe(true);
    expect(value).toMatchObject({
      error: 'access_denied',
      error_description: 'The resource owner denied the request',
      state: 'xyz',
    });
    const redirected = parseOAuthRedirect(location);
    expect(redirected).toMatchObject({ kind: 'forbidden', code: 'access_denied' });
    if (redirected) expectSameModel(normalizeError(value, { now: NOW }), redirected);
  });
});

describe('what fails without an answer: no connection, the SDK’s timeouts, a closed popup', () => {
  it('connection refused (the code exchange) is network', async () => {
    const domain = new URL(await refusedUrl()).origin;
    const client = newClient({}, domain);
    const state = await startLogin(client);
    const { threw, value } = await settle(
      client.handleRedirectCallback(`${domain}/callback?code=x&state=${encodeURIComponent(state)}`),
    );
    expect(threw).toBe(true);
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });

  it('its fetch timeout (httpTimeoutInSeconds) is timeout', async () => {
    const client = await signedIn();
    answer = 'never';
    const { threw, value } = await settle(client.getTokenSilently({ cacheMode: 'off' }));
    expect(threw).toBe(true);
    expect((value as Error).message).toBe("Timeout when executing 'fetch'");
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout', messageSource: 'default' });
  });

  it('the authorize iframe’s wait (authorizeTimeoutInSeconds) ends in a TimeoutError: timeout', async () => {
    const client = newClient({ useRefreshTokens: false, authorizeTimeoutInSeconds: 0.2 });
    const { threw, value } = await settle(client.getTokenSilently({ cacheMode: 'off' }));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ error: 'timeout', error_description: 'Timeout' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout', messageSource: 'default' });
  });

  it('a popup left open past its timeout: PopupTimeoutError, timeout', async () => {
    const popup = window.open('', 'auth0:authorize:popup');
    const { threw, value } = await settle(newClient().loginWithPopup({}, { popup, timeoutInSeconds: 0.2 }));
    popup?.close();
    expect(threw).toBe(true);
    expect(value).toMatchObject({ error: 'timeout', popup });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout', messageSource: 'default' });
  });

  it('a popup the person closed: PopupCancelledError, cancelled, not the SDK’s "Popup closed"', async () => {
    const popup = window.open('', 'auth0:authorize:popup');
    const pending = settle(newClient().loginWithPopup({}, { popup, timeoutInSeconds: 30 }));
    popup?.close();
    const { threw, value } = await pending;
    expect(threw).toBe(true);
    expect(value).toMatchObject({ error: 'cancelled', error_description: 'Popup closed' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'cancelled', messageSource: 'default' });
  });
});
