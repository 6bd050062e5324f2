import { serve, type ServerType } from '@hono/node-server';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { hc, parseResponse, type ClientRequestOptions, type ClientResponse } from 'hono/client';
import { HTTPException } from 'hono/http-exception';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createNormalizer, HttpError, normalizeError, readApiError, type ApiError } from '../../src';
import { honoErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  expectSameModel,
  NOW,
  parsedBody,
  refusedUrl,
  scenario,
  serveScenarios,
  settle,
  type ComparedField,
  type Dropped,
  type ScenarioName,
} from './harness';

// Hono's RPC client (`hc`, hono 4.13) against a real Hono app on Node (@hono/node-server), and against the shared
// scenarios. `hc` resolves the fetch `Response` for every status: the app hands the kit that `Response` (read with
// `readApiError`, which reads its body), or calls `parseResponse`, which throws a `DetailedError` for a response that
// is not ok. The routes are written as hono.dev shows them: `zValidator('json', schema)` (@hono/zod-validator, whose
// default answer to a failure is `c.json(result, 400)`), `HTTPException` with a message and with a `res`
// (hono.dev/docs/api/exception), `c.json({ message }, 404)`, a thrown `Error` (Hono's default `onError`),
// `c.notFound()` and a 429 whose `Retry-After` is set with `c.header`.

const user = z.object({ name: z.string().min(3), tags: z.array(z.string()) });

/** A query the app makes, failing as a database that lacks the table does. */
const db = {
  users(): string[] {
    throw new Error('relation "users" does not exist');
  },
};

const app = new Hono()
  .post('/users', zValidator('json', user), (c) => c.json(c.req.valid('json'), 201))
  .get('/session', (c) => {
    if (!c.req.header('authorization'))
      throw new HTTPException(401, { message: 'Your session has expired. Sign in again.' });
    return c.json({ signedIn: true });
  })
  .get('/token', (c) => {
    if (!c.req.header('authorization')) {
      // hono.dev/docs/api/exception, "Custom Response".
      const errorResponse = new Response('Unauthorized', {
        status: 401,
        headers: { Authenticate: 'error="invalid_token"' },
      });
      throw new HTTPException(401, { res: errorResponse });
    }
    return c.json({ valid: true });
  })
  .get('/posts/:id', (c) => c.json({ message: 'Post not found' }, 404))
  .get('/crashes', (c) => c.json(db.users()))
  .get('/gone', (c) => c.notFound())
  .get('/limited', (c) => {
    c.header('Retry-After', '30');
    return c.json({ message: 'Too many requests. Try again in a moment.' }, 429);
  });

let server: ServerType;
let client: ReturnType<typeof hc<typeof app>>;
let base: string;
beforeAll(async () => {
  server = await new Promise<ServerType>((resolve) => {
    const listening = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  client = hc<typeof app>(base);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const INVALID_USER = { name: 'a', tags: ['ok', 5] } as unknown as z.infer<typeof user>;
const calls = {
  invalid: () => client.users.$post({ json: INVALID_USER }),
  session: () => client.session.$get(),
  token: () => client.token.$get(),
  missing: () => client.posts[':id'].$get({ param: { id: '7' } }),
  crashes: () => client.crashes.$get(),
  gone: () => client.gone.$get(),
  limited: () => client.limited.$get(),
};
type CallName = keyof typeof calls;

/** Both ways an app reads a failed call: the `Response` through `readApiError`, and `parseResponse`'s error. */
async function bothReads(name: CallName): Promise<{ response: ApiError; detailed: ApiError; thrown: unknown }> {
  const res = await calls[name]();
  expect(res.ok).toBe(false);
  const response = await readApiError(res, { now: NOW });
  const { threw, value } = await settle(parseResponse(calls[name]()));
  expect(threw, `parseResponse must throw for ${name}`).toBe(true);
  return { response, detailed: normalizeError(value, { now: NOW }), thrown: value };
}

/** What Hono sent, fetched without `hc`: the baseline. */
async function raw(path: string): Promise<ApiError> {
  return normalizeError(await HttpError.fromResponse(await fetch(`${base}${path}`)), { now: NOW });
}

describe('hc against Hono: the Response and parseResponse’s DetailedError read as what Hono sent', () => {
  // The body is `{ success: false, error: { name: "ZodError", message } }`: zod 4's `ZodError` keeps its issues
  // non-enumerable, so JSON holds them only as the pretty-printed text of `message`. The kit reads that body only
  // with the zod format, which parses it (src/core/formats/zod.ts).
  it('zValidator’s failure: validation, each issue at its canonical path with zod’s sentence', async () => {
    const { response, detailed } = await bothReads('invalid');
    for (const [how, model] of Object.entries({ response, detailed })) {
      expect(model, how).toMatchObject({ kind: 'validation', status: 400 });
      expect(
        model.fieldErrors.filter((error) => error.field).map(({ field, message }) => ({ field, message })),
        how,
      ).toEqual([
        { field: 'name', message: 'Too small: expected string to have >=3 characters' },
        { field: 'tags.1', message: 'Invalid input: expected string, received number' },
      ]);
      // Never the ZodError's message, which is its issues as pretty-printed JSON.
      expect(model.message, how).not.toMatch(/[[{"]|object/);
    }
    expectSameModel(detailed, response);
  });

  it('HTTPException(401, { message }): unauthenticated, with the sentence the app gave it', async () => {
    const { response, detailed } = await bothReads('session');
    for (const [how, model] of Object.entries({ response, detailed }))
      expect(model, how).toMatchObject({
        kind: 'unauthenticated',
        status: 401,
        message: 'Your session has expired. Sign in again.',
      });
    expectSameModel(response, await raw('/session'));
    expectSameModel(detailed, response);
  });

  it('HTTPException(401, { res }) as the docs throw it: unauthenticated, in the kit’s words', async () => {
    const { response, detailed } = await bothReads('token');
    for (const [how, model] of Object.entries({ response, detailed })) {
      expect(model, how).toMatchObject({ kind: 'unauthenticated', status: 401 });
      expect(model.message, how).not.toBe('Unauthorized');
    }
    expectSameModel(detailed, response);
  });

  it('c.json({ message }, 404): not-found, with its sentence', async () => {
    const { response, detailed } = await bothReads('missing');
    for (const [how, model] of Object.entries({ response, detailed }))
      expect(model, how).toMatchObject({ kind: 'not-found', status: 404, message: 'Post not found' });
    expectSameModel(response, await raw('/posts/7'));
  });

  it('a thrown Error: Hono’s 500 "Internal Server Error", a server error in the kit’s words', async () => {
    const { response, detailed } = await bothReads('crashes');
    for (const [how, model] of Object.entries({ response, detailed })) {
      expect(model, how).toMatchObject({ kind: 'server', status: 500, messageSource: 'default' });
      expect(JSON.stringify(model), how).not.toContain('relation');
    }
    expectSameModel(detailed, response);
  });

  it('c.notFound(): not-found in the kit’s words, never "404 Not Found"', async () => {
    const { response, detailed } = await bothReads('gone');
    for (const [how, model] of Object.entries({ response, detailed })) {
      expect(model, how).toMatchObject({ kind: 'not-found', status: 404, messageSource: 'default' });
      expect(model.message, how).not.toContain('404');
    }
    expectSameModel(detailed, response);
  });

  it('a 429 with Retry-After from c.header: rate-limited; the Response keeps the wait, DetailedError cannot', async () => {
    const { response, detailed } = await bothReads('limited');
    expect(response).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      message: 'Too many requests. Try again in a moment.',
      retryAt: NOW + 30_000,
    });
    expectSameModel(response, await raw('/limited'));
    // parseResponse keeps no headers (hono/dist/client/fetch-result-please.js): the wait is lost, the rest kept.
    expectSameModel(detailed, response, { gives: { retryAt: undefined }, why: 'DetailedError holds no headers' });
    // Before its body is read, the Response gives the wait too.
    expect(normalizeError(await calls.limited(), { now: NOW }).retryAt).toBe(NOW + 30_000);
  });

  it('DetailedError is read only by a normalizer that names it; without it, never "404 Not Found"', async () => {
    const { thrown } = await bothReads('missing');
    expect(createNormalizer({ clients: [honoErrors] })(thrown, { now: NOW }).message).toBe('Post not found');
    const unnamed = createNormalizer()(thrown, { now: NOW });
    expect(unnamed).toMatchObject({ kind: 'not-found', status: 404 });
    expect(unnamed.message).not.toMatch(/404|object/);
  });
});

const scenarioServer = serveScenarios();
type Get = (args?: unknown, options?: ClientRequestOptions) => Promise<ClientResponse<unknown>>;
const get = (target: string, init?: RequestInit) => {
  const { origin, pathname } = new URL(target);
  const any = hc(origin) as unknown as Record<string, { $get: Get }>;
  // As the other clients here: a redirect is the answer, not followed (the OAuth one points off this machine).
  return any[pathname.slice(1)]!.$get(undefined, { init: { redirect: 'manual', ...init } });
};

/** The model of a scenario's status and body without its headers: what a DetailedError keeps of it. */
const withoutHeaders = (name: ScenarioName): ApiError => {
  const sent = scenario(name);
  return normalizeError({ status: sent.status, headers: {}, body: parsedBody(sent) }, { now: NOW });
};
const WHY = 'parseResponse’s DetailedError keeps the status and the body, no headers (fetch-result-please.js)';
/** The fields only a header said, as the model without headers gives them. */
const lost = (name: ScenarioName, fields: readonly ComparedField[]): [ScenarioName, Dropped] => {
  const model = withoutHeaders(name);
  return [name, { gives: Object.fromEntries(fields.map((field) => [field, model[field]])), why: WHY }];
};
const droppedByDetailedError: Partial<Record<ScenarioName, Dropped>> = Object.fromEntries([
  // `Retry-After` and `x-ms-request-id`.
  lost('rate-limited-429', ['retryAt', 'logId']),
  lost('unavailable-503', ['retryAt']),
  lost('plain-text-429', ['retryAt']),
  lost('whitespace-503', ['retryAt']),
  lost('empty-404', ['logId']),
  // What `WWW-Authenticate` said: the code and its description.
  lost('unauthorized-401', ['code', 'message']),
  // What the `Location` said: the OAuth error, so not even its kind is left.
  lost('oauth-redirect', ['kind', 'code', 'title', 'message']),
  ['graphql-200', { gives: { status: undefined }, why: 'a 2xx resolves with the parsed body alone, not its status' }],
]);

describe('hc: the Response of answers no Hono app sent reads as the raw response', () => {
  itAgreesWithTheRawResponse(scenarioServer, {
    request: (target) => get(target),
    read: (value) => readApiError(value, { now: NOW }),
    // `hc` resolves every answer.
    fails: () => false,
  });
});

describe('hc + parseResponse: its DetailedError reads as the raw response, but for the headers it drops', () => {
  itAgreesWithTheRawResponse(scenarioServer, {
    request: (target) => parseResponse(get(target)),
    drops: droppedByDetailedError,
  });
});

describe('hc: failures without a response', () => {
  itTellsTransportFailures(scenarioServer, refusedUrl, {
    refused: (target) => get(target),
    aborted: (target) => {
      const controller = new AbortController();
      const pending = get(target, { signal: controller.signal });
      controller.abort();
      return pending;
    },
    // hc has no timeout option; the app's own signal is the way.
    timedOut: (target) => get(target, { signal: AbortSignal.timeout(50) }),
  });
});
