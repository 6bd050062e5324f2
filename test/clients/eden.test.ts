import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { treaty } from '@elysiajs/eden';
import { node } from '@elysiajs/node';
import { Elysia, t } from 'elysia';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../src';
import { edenErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { NOW, refusedUrl, serveScenarios } from './harness';

// Eden Treaty 1.4 against a real Elysia 1.4 server (the Node adapter), and against the shared scenarios (a gateway's
// page, a proxy's 429, other APIs' bodies). Eden resolves `{ data, error, response, status, headers }`: the app passes
// that result, or the `EdenFetchError` it throws with `throwHttpError`. Elysia's own answers are what it sends for a
// schema that fails (elysiajs.com, "Validation": `t.Object` on the body), for `status(404, 'User not found')` (its
// docs' example) and for a thrown `Error`.

type Call = () => Promise<{ data: unknown; error: unknown; response?: Response; status: number }>;

const app = new Elysia({ adapter: node() })
  .post('/users', ({ body }) => body, { body: t.Object({ name: t.String({ minLength: 3 }), age: t.Number() }) })
  .get('/missing', ({ status }) => status(404, 'User not found'))
  .get('/crashes', () => {
    throw new Error('relation "users" does not exist');
  });

/** A port bound and closed again, for Elysia to listen on (its Node adapter reports the port it was given). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

let listening: { stop(): unknown } | undefined;
let api: Record<string, Record<string, (body?: unknown) => ReturnType<Call>>>;
beforeAll(async () => {
  const port = await freePort();
  // The adapter hands its server to the callback (`app.stop()` does not know it).
  listening = await new Promise((resolve) => app.listen({ port, hostname: '127.0.0.1' }, resolve));
  api = treaty(`http://127.0.0.1:${port}`) as unknown as typeof api;
});
afterAll(() => listening?.stop());

describe('Eden Treaty against Elysia: the result and the error read as what Elysia sent', () => {
  it('a body that fails its schema: 422, the field at its canonical path, Elysia’s sentence for it', async () => {
    const result = await api.users!.post!({ name: 'a', age: 1 });
    const model = normalizeError(result, { now: NOW });
    expect(model).toMatchObject({ kind: 'validation', status: 422 });
    expect(model.fieldErrors.filter((error) => error.field)).toEqual([
      expect.objectContaining({ field: 'name', message: 'Expected string length greater or equal to 3' }),
    ]);
    // Never the error's own message, which is its body made a string.
    expect(model.message).not.toContain('[object');
    expect(normalizeError(result.error, { now: NOW })).toMatchObject({
      kind: 'validation',
      fieldErrors: model.fieldErrors,
      message: model.message,
    });
  });

  it('`status(404, "User not found")`: not-found, with its sentence', async () => {
    const result = await api.missing!.get!();
    for (const passed of [result, result.error])
      expect(normalizeError(passed, { now: NOW })).toMatchObject({
        kind: 'not-found',
        status: 404,
        message: 'User not found',
      });
  });

  it('a thrown Error is a server error whose text nobody sees', async () => {
    const model = normalizeError(await api.crashes!.get!(), { now: NOW });
    expect(model).toMatchObject({ kind: 'server', status: 500, messageSource: 'default' });
    expect(model.message + model.title).not.toContain('relation');
  });

  it('is read only by a normalizer that names it; without it, "[object Object]" is never the message', async () => {
    const { error } = await api.users!.post!({ name: 'a', age: 1 });
    expect(createNormalizer({ clients: [edenErrors] })(error, { now: NOW }).fieldErrors).toHaveLength(1);
    const unnamed = createNormalizer()(error, { now: NOW });
    expect(unnamed.message).toBe('Check your answers and try again.');
  });
});

const scenarioServer = serveScenarios();
const call = (target: string, init?: { fetch?: RequestInit }) => {
  const { origin, pathname } = new URL(target);
  const client = treaty(origin) as unknown as Record<string, { get: (options?: unknown) => ReturnType<Call> }>;
  return client[pathname.slice(1)]!.get(init);
};

describe('Eden Treaty: the result of answers no Elysia server sent reads as the raw response', () => {
  itAgreesWithTheRawResponse(scenarioServer, {
    // As the other clients here: a redirect is the answer, not followed (the OAuth one points off this machine).
    request: (target) => call(target, { fetch: { redirect: 'manual' } }),
    // Eden resolves every answer, as `{ data, error, response, status, headers }`.
    fails: () => false,
  });
});

describe('Eden Treaty: failures without a response', () => {
  // Eden resolves these too, with a 503 whose error holds what `fetch` threw: the result must not read as a 503.
  const failing = async (pending: ReturnType<Call>) => {
    const result = await pending;
    throw result.error;
  };
  itTellsTransportFailures(scenarioServer, refusedUrl, {
    refused: (target) => failing(call(target)),
    aborted: (target) => {
      const controller = new AbortController();
      const pending = call(target, { fetch: { signal: controller.signal } });
      controller.abort();
      return failing(pending);
    },
    timedOut: (target) => failing(call(target, { fetch: { signal: AbortSignal.timeout(50) } })),
  });

  it('the whole result of a refused call reads as network, not as the 503 Eden puts on it', async () => {
    const result = await call(await refusedUrl());
    expect(result.status).toBe(503);
    expect(normalizeError(result, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
