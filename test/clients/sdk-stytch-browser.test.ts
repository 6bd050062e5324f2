// @vitest-environment happy-dom
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createStytchClient,
  StytchAPIError,
  StytchAPIUnreachableError,
  type StytchClient,
  type StytchClientOptions,
} from '@stytch/vanilla-js/headless';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { stytchErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse } from './agreement';
import {
  droppedBetween,
  NOW,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioServer,
} from './harness';
import { REQUEST_ID, STYTCH } from './stytch-bodies';
import { sendScenario } from './vendor';

// Stytch's browser SDK, `@stytch/vanilla-js` 6.3 (its headless client is what `@stytch/react` and `@stytch/nextjs`
// hand an app), run in a page (happy-dom) at the address of a server on 127.0.0.1 playing Stytch's API. Read in
// node_modules/@stytch/vanilla-js/dist/esm/packages/core/src/NetworkClient.mjs (`baseFetchSDK`),
// core/src/public/SDKErrors.mjs, web/src/NetworkClient.mjs (`buildSDKUrl`), core/src/utils/api.mjs and
// web/src/utils/config.mjs, with dist/types/DFPProtectedAuthProvider-*.d.ts:
// - Every method calls `fetch(<API URL>/sdk/v1/<path>)`. A 2xx resolves the body's `data` member (Stytch's SDK
//   envelope) to the method, which reads it as Stytch's; a 2xx that is not JSON is a `StytchAPIUnreachableError`.
// - An answer of 300 or more typed `application/json` (`includes`, so not `application/problem+json`) is a
//   `StytchAPIError` (`name` "StytchAPIError") holding the body's `status_code` (the body's, not the answer's),
//   `request_id`, `error_type`, `error_message`, `error_url` and `error_details`, and no other member of the body,
//   nor the status, nor a header; its message is its own text ("[403] use_https\n…\nSee <url> for more
//   information.\nrequest_id: …"). A body with `body`, `params` or `query` is a `StytchAPISchemaError` instead.
// - Any other answer (text, HTML, XML, empty, problem+json) is a `StytchAPIUnreachableError` ("Invalid response from
//   our servers."), keeping nothing. A fetch that threw "Failed to fetch" (Chromium's words) becomes one too, in
//   other words ("Unable to contact our servers."); any other rejection is thrown as fetch threw it (Firefox's and
//   Safari's TypeError, happy-dom's DOMException "NetworkError").
// - Its API URL: `customBaseUrl` keeps only a host and forces https (`getHttpsUrl`), so a port on 127.0.0.1 is out of
//   reach; the client's `endpoints.testAPIURL` (read by `buildFinalConfig`, absent from the public option types) is
//   used as it is, for a `public-token-test-…` token. fetch follows redirects (no option reaches `redirect`).
// - No method takes an `AbortSignal`, and it has no timeout of its own: an app can neither cancel nor time out a call.
// - Its session client (`session.authenticate`, `revoke`; core/src/HeadlessClients/HeadlessSessionClient.mjs) clears
//   the local session itself on `UNRECOVERABLE_ERROR_TYPES` (`unauthorized_credentials`, `user_unauthenticated`,
//   `invalid_secret_authentication`, `session_not_found`), whatever their status: the app's hooks then see no user.

// The OAuth redirect points off this machine and fetch follows it; the GraphQL 200's `data: null` is no envelope the
// SDK's methods can read (below).
const ANSWERED: readonly Scenario[] = [
  ...scenarios.filter((sent) => sent.name !== 'oauth-redirect' && sent.name !== 'graphql-200'),
  ...STYTCH,
];

const segment = (sent: Scenario): string => sent.name.replace('/', '--');

/** Stytch's API on 127.0.0.1: the scenario is the path segment that names one (`/sdk/v1/users/emails/<id>`). */
let api: Server | undefined;
let origin = '';
beforeAll(async () => {
  const bySegment = new Map(ANSWERED.map((sent) => [segment(sent), sent]));
  const graphql = scenario('graphql-200');
  bySegment.set(graphql.name, graphql);
  const listening = createServer((req, res) => {
    const segments = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.split('/');
    req.resume();
    req.on('end', () => {
      const sent = segments.map((part) => bySegment.get(part)).find(Boolean);
      // What the client asks for by itself (its project's bootstrap, its telemetry) is no scenario's.
      if (sent) sendScenario(res, sent);
      else res.writeHead(500, { 'content-type': 'text/plain' }).end('no scenario');
    });
  });
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  api = listening;
  origin = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  // The page is served from the API's origin, as behind a CNAME: no CORS between them.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${origin}/`);
});
afterAll(async () => {
  const listening = api;
  if (!listening) return;
  listening.closeAllConnections();
  await new Promise((resolve) => listening.close(resolve));
});
const server = (): ScenarioServer => ({ url: origin, close: () => Promise.resolve() });

const PUBLIC_TOKEN = 'public-token-test-7e1bd1d4-2a0c-4f3a-9d0e-5c4b3a2f1e0d';
/** `endpoints` is read by the client but left out of its option types. */
const browserClient = (apiUrl: string): StytchClient =>
  createStytchClient(PUBLIC_TOKEN, { endpoints: { testAPIURL: apiUrl } } as StytchClientOptions);

let client: StytchClient | undefined;
/** An app's call: delete one of the user's emails (`DELETE /sdk/v1/users/emails/<email_id>`), the id a scenario. */
const deleteEmail = (url: string) => {
  client ??= browserClient(origin);
  return client.user.deleteEmail(new URL(url).pathname.slice(1).replace('/', '--'));
};

const parsed = (sent: Scenario): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(sent.body);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};
const contentType = ({ headers }: Scenario): string =>
  Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
const MEMBERS = ['status_code', 'request_id', 'error_type', 'error_message', 'error_url', 'error_details'] as const;

/** The model of what its `StytchAPIError` keeps: the six members of the body, the status only as `status_code`. */
function keptModel(sent: Scenario): ApiError {
  const body = parsed(sent);
  if (!body || !contentType(sent).includes('application/json')) return normalizeError(undefined, { now: NOW });
  const kept = Object.fromEntries(MEMBERS.map((member) => [member, body[member]]));
  const status = typeof body.status_code === 'number' ? body.status_code : undefined;
  return normalizeError({ status, headers: {}, body: kept }, { now: NOW });
}

const WHY_JSON =
  'its StytchAPIError keeps the body’s six Stytch members alone, the status only as the body’s `status_code`, no ' +
  'headers';
const WHY_OTHER =
  'an answer not typed application/json is a StytchAPIUnreachableError keeping nothing: no status, no body';

const drops: Record<string, Dropped> = {};
for (const sent of ANSWERED) {
  const json = contentType(sent).includes('application/json') && parsed(sent);
  const dropped = droppedBetween(rawModel(sent, NOW), keptModel(sent), json ? WHY_JSON : WHY_OTHER);
  if (dropped) drops[sent.name] = dropped;
}

describe('@stytch/vanilla-js: what a call throws reads as the raw response, but for its drops', () => {
  itAgreesWithTheRawResponse(server, { request: deleteEmail, drops }, ANSWERED);

  it('loses nothing of Stytch’s own error bodies; of others, all but the six Stytch members', () => {
    for (const sent of STYTCH) expect(drops[sent.name], sent.name).toBeUndefined();
    // The drops are real: a Laravel 422's fields and sentence are not Stytch's members, nor a problem+json's type.
    expect(drops['validation-422']?.gives).toMatchObject({ kind: 'unknown', status: undefined, fieldErrors: [] });
    expect(drops['problem-errors']?.gives).toMatchObject({ kind: 'unknown', status: undefined, fieldErrors: [] });
  });
});

describe('@stytch/vanilla-js: its StytchAPIError', () => {
  it('holds the six members of the body and a message of its own, read as the body', async () => {
    const [useHttps] = STYTCH;
    if (!useHttps) throw new Error('no Stytch body');
    const { threw, value } = await settle(deleteEmail(`${origin}/${useHttps.name}`));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(StytchAPIError);
    expect(value).toMatchObject({ name: 'StytchAPIError', ...parsed(useHttps) });
    expect((value as Error).message).toBe(
      '[403] use_https\nPlease use https instead of http.\nSee https://stytch.com/docs/b2b/api/errors/403#use_https ' +
        `for more information.\nrequest_id: ${REQUEST_ID}\n`,
    );
    for (const read of [normalizeError, createNormalizer({ clients: [stytchErrors] })])
      expect(read(value, { now: NOW })).toMatchObject({
        kind: 'forbidden',
        status: 403,
        code: 'use_https',
        message: 'Please use https instead of http.',
        messageSource: 'server',
        logId: REQUEST_ID,
        details: 'https://stytch.com/docs/b2b/api/errors/403#use_https',
      });
  });

  it('a session Stytch no longer has is not-found: its code does not turn a 404 into a sign-in', async () => {
    const { value } = await settle(deleteEmail(`${origin}/stytch-session-not-found-404`));
    expect(value).toMatchObject({ name: 'StytchAPIError', error_type: 'session_not_found', status_code: 404 });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'not-found', code: 'session_not_found' });
  });
});

describe('@stytch/vanilla-js: answers it keeps nothing of', () => {
  it('an answer not typed application/json is a StytchAPIUnreachableError: no answer it could read', async () => {
    const { value } = await settle(deleteEmail(`${origin}/html-gateway`));
    expect(value).toBeInstanceOf(StytchAPIUnreachableError);
    expect(value).toMatchObject({ name: 'StytchAPIUnreachableError', message: 'Invalid response from our servers.' });
    // The server answered: no network failure, and nothing says which failure it was.
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'unknown', messageSource: 'default' });
  });

  it('a 2xx that is no Stytch envelope fails inside the method: a TypeError, nothing of the answer', async () => {
    const { threw, value } = await settle(deleteEmail(`${origin}/graphql-200`));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(TypeError);
    const model = normalizeError(value, { now: NOW });
    expect(model.kind).toBe('unknown');
    expect(model.status).toBeUndefined();
  });
});

describe('@stytch/vanilla-js: failures without a response', () => {
  it('connection refused (happy-dom’s fetch rejection, thrown as it came) is network', async () => {
    const refused = browserClient(new URL(await refusedUrl()).origin);
    const { threw, value } = await settle(refused.user.deleteEmail('email-test-local'));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'NetworkError' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });

  it('Chromium’s "Failed to fetch", which it rethrows in its own words, is network', () => {
    // happy-dom's fetch cannot reject with Chromium's words, so the SDK's own class is made with its own words for it
    // (NetworkClient.mjs: `throw new StytchAPIUnreachableError('Unable to contact our servers.')`).
    const unreachable = new StytchAPIUnreachableError('Unable to contact our servers.');
    expect(normalizeError(unreachable, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });
});
