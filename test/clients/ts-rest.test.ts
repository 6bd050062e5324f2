import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { initClient, initContract, TsRestResponseError, validateIfSchema } from '@ts-rest/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createNormalizer, hasUnreadBody, normalizeError, readApiError } from '../../src';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  expectSameModel,
  headersOnlyModel,
  NOW,
  rawModel,
  refusedUrl,
  scenario,
  serveScenarios,
  settle,
  type Scenario,
} from './harness';

// ts-rest 3.53 (`@ts-rest/core`): `initClient(contract, { baseUrl })` resolves every answer as `{ status, body,
// headers }` (its `tsRestFetchApi`: the body parsed as JSON for an `application/…json` type, as text for `text/…`,
// else a Blob; `headers` the fetch `Headers`). With `throwOnUnknownStatus` a status the contract does not declare
// throws `UnknownStatusError`, which keeps that result as `response`; with `validateResponse` a body that does not
// match its schema throws the validator's error itself (node_modules/@ts-rest/core/index.esm.mjs).
//
// No ts-rest server package is installed: a node:http server answers the contract's routes with what ts-rest's
// servers send (libs/ts-rest/serverless/src/lib/types.ts `RequestValidationError`, router.ts `errorHandler`; the
// docs' `TsRestResponseError` 404, apps/docs/docs/core/server-errors.md) and the shared scenarios' bodies.

const c = initContract();
const Message = z.object({ message: z.string() });
const User = z.object({ id: z.string(), name: z.string() });
/** The body a sign-up sends: a nested object and a list, for canonical paths. */
const NewUser = z.object({
  name: z.string().min(3),
  address: z.object({ zip: z.string().regex(/^\d{5}$/) }),
  tags: z.array(z.string()),
});
const INVALID_USER = { name: 'Al', address: { zip: 'abc' }, tags: ['ok', 7] };

const contract = c.router({
  createUser: {
    method: 'POST',
    path: '/users',
    body: NewUser,
    // ts-rest's own request-validation body (`RequestValidationErrorSchema` in @ts-rest/core).
    responses: { 201: User, 400: c.type<{ message: string; bodyErrors: unknown }>() },
  },
  getUser: { method: 'GET', path: '/users/:id', responses: { 200: User, 404: Message } },
  me: { method: 'GET', path: '/me', responses: { 200: User, 401: c.noBody() } },
  // The contract's 429 is ts-rest's docs' `{ message }`; the proxy in front sends Microsoft Graph's.
  search: { method: 'GET', path: '/search', responses: { 200: z.array(User), 429: Message } },
  crashes: { method: 'GET', path: '/crashes', responses: { 200: User, 500: Message } },
  report: { method: 'GET', path: '/report', responses: { 200: User, 500: c.type<string>() } },
  // The contract knows 200 only: the gateway in front answers 502.
  gateway: { method: 'GET', path: '/gateway', responses: { 200: User } },
  // The server answers 200 with a body its contract does not describe (a deploy ahead of the app).
  profile: { method: 'GET', path: '/profile', responses: { 200: User } },
});

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.sendDate = false;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function sendScenario(res: ServerResponse, { status, headers, body }: Scenario): void {
  res.sendDate = false;
  res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
}

/** The contract's routes, answered as ts-rest's servers answer them. */
async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const route = `${req.method} ${new URL(req.url ?? '/', 'http://127.0.0.1').pathname}`;
  switch (route) {
    case 'POST /users': {
      // @ts-rest/serverless validates with core's `validateIfSchema` and answers its `RequestValidationError`:
      // 400 `{ message: 'Request validation failed', pathParameterErrors, headerErrors, queryParameterErrors,
      // bodyErrors }`, the validator's error serialized (its `name` and `issues`).
      const { value, error } = validateIfSchema(await readJson(req), NewUser);
      if (!error) return sendJson(res, 201, { id: 'u1', ...(value as object) });
      return sendJson(res, 400, {
        message: 'Request validation failed',
        pathParameterErrors: null,
        headerErrors: null,
        queryParameterErrors: null,
        bodyErrors: error,
      });
    }
    // apps/docs/docs/core/server-errors.md: `throw new TsRestResponseError(contract.getPost, { status: 404, body: {
    // message: 'Not Found' } })`.
    case 'GET /users/missing':
      return sendJson(res, 404, { message: 'Not Found' });
    case 'GET /me':
      return sendScenario(res, scenario('unauthorized-401'));
    case 'GET /search':
      return sendScenario(res, scenario('rate-limited-429'));
    // @ts-rest/serverless router.ts `errorHandler`: any other thrown error is 500 `{ message: 'Server Error' }`.
    case 'GET /crashes':
      return sendJson(res, 500, { message: 'Server Error' });
    // A Go service behind the contract: test/conformance/cases/unseen-2026-12-03-t.ts
    // 'rudderstack/jobsdb-store-error-500-text', the store's error passed through as text.
    case 'GET /report':
      res.sendDate = false;
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
      return void res.end('tx error\n');
    case 'GET /gateway':
      return sendScenario(res, scenario('html-gateway'));
    case 'GET /profile':
      return sendJson(res, 200, { id: 42, displayName: 'Ada' });
    default:
      return sendJson(res, 404, { message: 'Not Found' });
  }
}

let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = createServer((req, res) => void answer(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

const client = () => initClient(contract, { baseUrl });
const strict = () => initClient(contract, { baseUrl, throwOnUnknownStatus: true });

describe('ts-rest: the result `{ status, body, headers }` reads as what the server sent', () => {
  it('a body that fails its schema: validation, each field at its canonical path, zod’s sentence', async () => {
    const result = await client().createUser({ body: INVALID_USER as z.infer<typeof NewUser> });
    expect(result.status).toBe(400);
    const model = normalizeError(result, { now: NOW });
    const issues = NewUser.safeParse(INVALID_USER).error?.issues ?? [];
    expect(model).toMatchObject({ kind: 'validation', status: 400 });
    expect(model.fieldErrors.filter((error) => error.field)).toEqual(
      issues.map((issue) => expect.objectContaining({ field: issue.path.join('.'), message: issue.message })),
    );
    expect(model.fieldErrors.map((error) => error.field)).toEqual(['name', 'address.zip', 'tags.1']);
    // "Request validation failed" says no more than the kind does: the kind's own words.
    expect(model).toMatchObject({ messageSource: 'default', message: 'Check your answers and try again.' });
  });

  it('a 404 the contract declares, with the docs’ `{ message: "Not Found" }`: not-found', async () => {
    const result = await client().getUser({ params: { id: 'missing' } });
    expect(result.status).toBe(404);
    expect(normalizeError(result, { now: NOW })).toMatchObject({ kind: 'not-found', status: 404 });
  });

  it('a 401 with no body but its challenge: unauthenticated', async () => {
    const model = normalizeError(await client().me(), { now: NOW });
    expect(model).toMatchObject({ kind: 'unauthenticated', status: 401 });
    expectSameModel(model, rawModel('unauthorized-401', NOW));
  });

  it('a 429 with Retry-After: rate-limited, a wait counted from now', async () => {
    const model = normalizeError(await client().search(), { now: NOW });
    expect(model).toMatchObject({ kind: 'rate-limited', status: 429, retryAt: NOW + 5_000 });
    expectSameModel(model, rawModel('rate-limited-429', NOW));
  });

  it('ts-rest’s own 500 `{ message: "Server Error" }`: server, in the kit’s words', async () => {
    const model = normalizeError(await client().crashes(), { now: NOW });
    expect(model).toMatchObject({ kind: 'server', status: 500, messageSource: 'default' });
  });

  it('a 500 whose text is the store’s error: server, and that text is never shown', async () => {
    const result = await client().report();
    expect(result.body).toBe('tx error\n');
    const model = normalizeError(result, { now: NOW });
    expect(model).toMatchObject({ kind: 'server', status: 500, messageSource: 'default' });
    expect(model.message + model.title).not.toContain('tx error');
  });
});

describe('ts-rest: what it throws reads as the response it came from', () => {
  it('an undeclared status with `throwOnUnknownStatus`: the gateway’s 502, not ts-rest’s sentence', async () => {
    const { threw, value } = await settle(strict().gateway());
    expect(threw).toBe(true);
    expect(value).toMatchObject({ message: expect.stringContaining('Server returned unexpected response') });
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: 'unavailable', status: 502 });
    expect(model.message).not.toContain('unexpected response');
    expectSameModel(model, rawModel('html-gateway', NOW));
  });

  it('a declared status still resolves with `throwOnUnknownStatus`', async () => {
    const result = await strict().getUser({ params: { id: 'missing' } });
    expect(normalizeError(result, { now: NOW })).toMatchObject({ kind: 'not-found', status: 404 });
  });

  // The validator's error is all ts-rest throws: no status, no response. The body is the server's, not the person's
  // input, so nothing is theirs to fix: not validation, no field errors (its paths are the answer's), the issues
  // only in the developer's details. What the app cannot use is a fault nobody recognised: unknown, reported.
  it('a 200 whose body does not match (`validateResponse`): unknown, never the person’s fields', async () => {
    const { threw, value } = await settle(initClient(contract, { baseUrl, validateResponse: true }).profile());
    expect(threw).toBe(true);
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: 'unknown', messageSource: 'default', fieldErrors: [] });
    expect(model.message).not.toMatch(/expected|"path"|\[/i);
    expect(model.details).toContain('Invalid input: expected string, received number');
    // Read by a normalizer without any client too: the same.
    expect(createNormalizer()(value, { now: NOW })).toMatchObject({ kind: 'unknown', fieldErrors: [] });
  });

  // ts-rest validates an error status's body too, and throws only the issues: the 429 and its wait are gone.
  it('a declared 429 whose body does not match (`validateResponse`): unknown, for its status is not kept', async () => {
    const strictSearch = initClient(contract, { baseUrl, validateResponse: true });
    const { threw, value } = await settle(strictSearch.search());
    expect(threw).toBe(true);
    expect(value).not.toHaveProperty('status');
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'unknown', fieldErrors: [] });
  });

  // Thrown by a handler (apps/docs/docs/core/server-errors.md); caught before it is sent (a Next.js server component
  // calling its own handler), it holds the response as `statusCode` and `body`.
  it('a `TsRestResponseError` as the docs throw it reads as the response it stands for', () => {
    const notFound = new TsRestResponseError(contract.getUser, { status: 404, body: { message: 'Not Found' } });
    expect(normalizeError(notFound, { now: NOW })).toMatchObject({ kind: 'not-found', status: 404 });
    const named = new TsRestResponseError(contract.getUser, { status: 404, body: { message: 'No user u7' } });
    expect(normalizeError(named, { now: NOW })).toMatchObject({ kind: 'not-found', message: 'No user u7' });
  });

  it('without any client named, an undeclared status never shows ts-rest’s sentence', async () => {
    const { value } = await settle(strict().gateway());
    const model = createNormalizer()(value, { now: NOW });
    expect(model.message).not.toContain('unexpected response');
    expect(model.kind).toBe('unavailable');
  });
});

// Answers no ts-rest server sent (a gateway's page, a proxy's 429, other APIs' bodies), through one route whose
// contract declares only 200.
const scenarioServer = serveScenarios();
const scenarioContract = c.router({
  get: { method: 'GET', path: '/:name', responses: { 200: c.type<unknown>() } },
});
const scenarioCall = (target: string, throwOnUnknownStatus: boolean, fetchOptions: RequestInit = {}) => {
  const { origin, pathname } = new URL(target);
  return initClient(scenarioContract, { baseUrl: origin, throwOnUnknownStatus }).get({
    params: { name: pathname.slice(1) },
    // As the other clients here: a redirect is the answer, not followed (the OAuth one points off this machine).
    fetchOptions: { redirect: 'manual', ...fetchOptions },
  });
};

/** ts-rest hands a body that is neither JSON nor `text/…` as a Blob, which only an await reads. */
const blobDrops = {
  'xml-s3': {
    gives: (({ message, code, title, logId }) => ({ message, code, title, logId }))(headersOnlyModel('xml-s3', NOW)),
    why: 'ts-rest hands `application/xml` as a Blob, and the kit reads synchronously',
  },
};

describe('ts-rest: the result of answers no ts-rest server sent reads as the raw response', () => {
  itAgreesWithTheRawResponse(scenarioServer, {
    request: (target) => scenarioCall(target, false),
    fails: () => false,
    drops: blobDrops,
  });
});

describe('ts-rest: a Blob body is read by `readApiError`', () => {
  // S3's XML error, which ts-rest hands as a Blob: awaited, the result and the UnknownStatusError of a contract that
  // does not declare it both read as the raw response, its code, message and request id included.
  it.each([false, true])('throwOnUnknownStatus %s', async (throwOnUnknownStatus) => {
    const { threw, value } = await settle(scenarioCall(`${scenarioServer().url}/xml-s3`, throwOnUnknownStatus));
    expect(threw).toBe(throwOnUnknownStatus);
    expect(hasUnreadBody(value)).toBe(true);
    const model = await readApiError(value, { now: NOW });
    expectSameModel(model, rawModel('xml-s3', NOW));
    expect(model.cause).toBe(value);
  });
});

describe('ts-rest with `throwOnUnknownStatus`: its UnknownStatusError reads as the raw response', () => {
  itAgreesWithTheRawResponse(scenarioServer, {
    request: (target) => scenarioCall(target, true),
    fails: (one) => one.status !== 200,
    drops: blobDrops,
  });
});

describe('ts-rest: failures without a response', () => {
  itTellsTransportFailures(scenarioServer, refusedUrl, {
    // `tsRestFetchApi` calls `fetch` and lets what it throws through.
    refused: (target) => scenarioCall(target, false),
    aborted: (target) => {
      const controller = new AbortController();
      const pending = scenarioCall(target, false, { signal: controller.signal });
      controller.abort();
      return pending;
    },
    // ts-rest has no timeout option; the app's own signal is the way.
    timedOut: (target) => scenarioCall(target, false, { signal: AbortSignal.timeout(50) }),
  });
});
