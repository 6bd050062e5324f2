import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isRedirect } from '@tanstack/react-router';
import { createServerFn } from '@tanstack/react-start';
import { createClientRpc } from '@tanstack/react-start/client-rpc';
import { tanstackStart } from '@tanstack/react-start/plugin/vite';
import { runWithStartContext } from '@tanstack/start-storage-context';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, HttpError, normalizeError, readApiError } from '../../src';
import { tanstackStartErrors } from '../../src/core/clients/tanstackStart';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  NOW,
  parsedBody,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  serveScenarios,
  settle,
  type ScenarioName,
} from './harness';
import { startInstance } from './tanstack-start/src/start';

// TanStack Start 1.169 (@tanstack/react-start) server functions, as the browser calls them. The handler's outcome is
// sent as it is when it is a `Response`, else serialized by seroval (node_modules/@tanstack/start-server-core/dist/
// esm/server-functions-handler.js: a thrown `Response` gets `x-tss-raw: thrown`, a `redirect()` keeps its own 307).
// The client's fetcher (node_modules/@tanstack/start-client-core/dist/esm/client-rpc/serverFnFetcher.js,
// `getResponse`) throws a `x-tss-raw: thrown` Response as it is (status, headers, unread body), and deserializes
// anything else as `{ error }`, which the call rethrows (createServerFn.js: `throw parseRedirect(result.error) ??
// result.error`). Seroval rebuilds an `Error` of any class as `new Error(message)`: name "Error", no status, no cause
// (node_modules/@tanstack/router-core/dist/esm/ssr/serializer/ShallowErrorPlugin.js), unless the app registers a
// serialization adapter for it (start.ts's `serializationAdapters`, the README's adapter for `HttpError`). A
// `notFound()` arrives as the plain object `{ isNotFound: true }` (router-core's not-found.js); a Standard Schema
// validator's rejection (zod 4) is thrown as `new Error(JSON.stringify(issues, undefined, 2))` (createServerFn.js,
// `execValidator`) and crosses as that `Error`. A call takes a `signal`; Start has no timeout option; fetch's own
// failures reach the app as they are.
//
// The app is real: test/clients/tanstack-start/ served by Vite's dev server with the `tanstackStart()` plugin on
// 127.0.0.1, its server functions run by Start's own handler. Each call is the code the plugin compiles for the
// browser, `createServerFn(…).handler(createClientRpc(id))`, with the ids it compiled. Uncompiled, Start's
// `getStartOptions` reads the server's request context (the plugin makes it read `window.__TSS_START_OPTIONS__` in
// the browser, which `hydrateStart` sets to the app's `startInstance.getOptions()`): the calls run with those same
// options in that context.

const server = serveScenarios();
let vite: ViteDevServer | undefined;
let origin = '';
const ids = new Map<string, string>();
let startOptions: unknown;
let routeTreeDir = '';

beforeAll(async () => {
  routeTreeDir = await mkdtemp(path.join(tmpdir(), 'tanstack-start-'));
  vite = await createServer({
    root: path.join(import.meta.dirname, 'tanstack-start'),
    configFile: false,
    logLevel: 'warn',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
    // Start's router plugin always writes a route tree; the app does not use it, and the repository keeps none.
    plugins: [tanstackStart({ router: { generatedRouteTree: path.join(routeTreeDir, 'routeTree.gen.ts') } })],
  });
  await vite.listen();
  const address = vite.httpServer?.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const compiled = await vite.environments.client.transformRequest('/src/functions.ts');
  for (const [, name = '', id = ''] of compiled?.code.matchAll(
    /export const (\w+) = .*createClientRpc\("([^"]+)"\)/g,
  ) ?? [])
    ids.set(name, id);
  startOptions = await startInstance.getOptions();
}, 30_000);
afterAll(async () => {
  await vite?.close();
  if (routeTreeDir) await rm(routeTreeDir, { recursive: true, force: true });
});

interface CallOptions {
  data?: unknown;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/** A server function as the browser's bundle calls it, served at `base` (the plugin's `TSS_SERVER_FN_BASE`). */
function call(name: string, options: CallOptions = {}, base = `${origin}/_serverFn/`): Promise<unknown> {
  const id = ids.get(name);
  if (!id) throw new Error(`the plugin compiled no server function ${name}`);
  process.env.TSS_SERVER_FN_BASE = base;
  const rpc = createClientRpc(id);
  const fn = createServerFn({ method: 'POST' }).handler(rpc as never) as unknown as (opts: object) => Promise<unknown>;
  // A browser's POST says where it comes from; Start's CSRF check asks for it.
  const headers = { origin: new URL(base).origin };
  return runWithStartContext({ startOptions } as never, () => fn({ headers, ...options }));
}

/** The wire status of a call's response, seen through the call's public `fetch` option. */
async function withWireStatus(name: string, data?: unknown): Promise<{ value: unknown; status?: number }> {
  let status: number | undefined;
  const { value } = await settle(
    call(name, {
      data,
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        status = response.status;
        return response;
      },
    }),
  );
  return { value, status };
}

// A 2xx (GraphQL's errors) resolves what the handler returns: the body alone.
const GRAPHQL_WHY = 'the handler returns the body of a 2xx alone (response.json()): no status, no headers';
const bodyOnly: Partial<Record<ScenarioName, ReturnType<typeof droppedBetween>>> = {
  'graphql-200': droppedBetween(
    rawModel('graphql-200', NOW),
    normalizeError(parsedBody(scenario('graphql-200')), { now: NOW }),
    GRAPHQL_WHY,
  ),
};
const drops = Object.fromEntries(Object.entries(bodyOnly).filter(([, dropped]) => dropped));

describe('TanStack Start: a handler that throws the README’s HttpError (its adapter registered)', () => {
  itAgreesWithTheRawResponse(server, { request: (url) => call('throwsHttpError', { data: url }), drops });

  it('arrives as an HttpError, whole', async () => {
    const { value } = await settle(call('throwsHttpError', { data: `${server().url}/rate-limited-429` }));
    expect(value).toBeInstanceOf(HttpError);
    expect(value).toMatchObject({ name: 'HttpError', status: 429 });
    expect((value as HttpError).headers.get('retry-after')).toBe('5');
  });
});

// A thrown 3xx `Response` is sent as it is, and the fetcher's `fetch` follows it (Start sets no `redirect`): the
// OAuth redirect would be followed to the provider's host, off 127.0.0.1, and its error in `Location` never arrives.
// Here it is thrown as the README's `HttpError` (above), which keeps it.
const NOT_FOLLOWED = scenarios.filter((sent) => sent.name !== 'oauth-redirect');

describe('TanStack Start: a handler that throws the Response', () => {
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => call('throwsResponse', { data: url }),
      read: (value) => readApiError(value, { now: NOW }),
      drops,
    },
    NOT_FOLLOWED,
  );

  it('arrives as that Response, its body unread, marked x-tss-raw: thrown', async () => {
    const { value } = await settle(call('throwsResponse', { data: `${server().url}/rate-limited-429` }));
    expect(value).toBeInstanceOf(Response);
    const response = value as Response;
    expect([response.status, response.bodyUsed, response.headers.get('x-tss-raw')]).toEqual([429, false, 'thrown']);
    // Before its body is read: the status and headers.
    expect(normalizeError(response, { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 5000 });
  });

  it('thrown through json() with the status, it reads as the raw response', async () => {
    const sent = scenario('validation-422');
    const { value } = await settle(call('throwsJson', { data: `${server().url}/${sent.name}` }));
    expect(value).toBeInstanceOf(Response);
    expect((value as Response).headers.get('content-type')).toBe('application/json');
    expectSameModel(await readApiError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('TanStack Start: what else a handler throws', () => {
  it('an Error arrives as new Error(message): read as an app error, its text kept as details', async () => {
    const { value, status } = await withWireStatus('throwsError');
    expect(value).toBeInstanceOf(Error);
    expect(value).toMatchObject({ name: 'Error', message: 'The project could not be archived.' });
    expect(Object.keys(value as object)).toEqual([]);
    expect(status).toBe(200);
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: 'unknown', messageSource: 'default', format: 'error' });
    expect(model.details).toContain('The project could not be archived.');
  });

  it('an error class with a status loses it: Start answers 200 and the browser gets new Error(message)', async () => {
    const { value, status } = await withWireStatus('throwsOwnError');
    expect(status).toBe(200);
    expect(value).toMatchObject({ name: 'Error', message: 'The project is locked.' });
    expect(value).not.toHaveProperty('status');
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'unknown', messageSource: 'default' });
  });

  it('notFound() arrives as { isNotFound: true }, read as not-found', async () => {
    const { value, status } = await withWireStatus('throwsNotFound');
    expect(status).toBe(200);
    expect(value).toEqual({ isNotFound: true });
    for (const read of [normalizeError, createNormalizer({ clients: [tanstackStartErrors] })])
      expect(read(value, { now: NOW })).toMatchObject({ kind: 'not-found', status: 404, messageSource: 'default' });
  });

  it.each(['createsUser', 'createsUserParsed'])(
    '%s: a validator’s rejection arrives as an Error holding zod’s issues as JSON, read as their field errors',
    async (name) => {
      const { value, status } = await withWireStatus(name, { email: 'ada@', name: '' });
      expect(status).toBe(200);
      expect(value).toMatchObject({ name: 'Error', message: expect.stringMatching(/^\[\n {2}\{\n/) });
      for (const read of [normalizeError, createNormalizer({ clients: [tanstackStartErrors] })])
        expect(read(value, { now: NOW })).toMatchObject({
          kind: 'validation',
          fieldErrors: [
            { field: 'email', message: 'Invalid email address' },
            { field: 'name', message: 'Too small: expected string to have >=1 characters' },
          ],
        });
    },
  );

  it('an app’s own Error whose message is no issue list stays an app error', () => {
    for (const message of ['[\n  {\n    "code": 1\n  }\n]', '[{"message":"x"}]', '[\n  {\n    "message": "x"'])
      expect(normalizeError(new Error(message), { now: NOW })).toMatchObject({ kind: 'unknown', fieldErrors: [] });
  });

  it('redirect() arrives as the router’s redirect Response, read as its raw 307', async () => {
    const { value } = await settle(call('throwsRedirect'));
    expect(isRedirect(value)).toBe(true);
    const response = value as Response;
    expect([response.status, response.headers.get('location')]).toEqual([307, '/login']);
    const raw = normalizeError(new Response(null, { status: 307, headers: { location: '/login' } }), { now: NOW });
    expectSameModel(normalizeError(value, { now: NOW }), raw);
    expect(raw.kind).not.toBe('server');
  });
});

describe('TanStack Start: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: async (url) => call('slow', {}, `${new URL(url).origin}/_serverFn/`),
    aborted: async () => {
      const controller = new AbortController();
      const pending = call('slow', { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      return pending;
    },
  });

  it('no timeout option: a timeout signal the call is given is timeout', async () => {
    const { value } = await settle(call('slow', { signal: AbortSignal.timeout(100) }));
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout' });
  });
});
