import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { COMMON_ORPC_ERROR_DEFS, createORPCClient, type ORPCError } from '@orpc/client';
import { RPCLink } from '@orpc/client/fetch';
import { ORPCError as ServerError, os } from '@orpc/server';
import { RPCHandler } from '@orpc/server/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createNormalizer, HttpError, normalizeError, type ApiError, type ApiErrorKind } from '../../src';
import { orpcErrors } from '../../src/clients';
import { itTellsTransportFailures } from './agreement';
import { expectSameModel, failures, headersOnlyModel, NOW, refusedUrl, serveScenarios, settle } from './harness';

// oRPC 1.16 against a real oRPC server (`RPCHandler` from @orpc/server/node on node:http), called through
// `createORPCClient` over `RPCLink`, and the same answer fetched with plain `fetch`. The procedures throw what oRPC's
// docs throw (orpc.dev, "Error Handling": `new ORPCError('NOT_FOUND')`, the rate-limit middleware's `RATE_LIMITED`
// with `data: { retryAfter: 60 }`); the input schema is the one zod's docs format errors with.

/** What each status means to a person (conformance rule 1), for oRPC's own codes. */
const KIND_OF_STATUS: Record<number, ApiErrorKind> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'bad-request',
  406: 'bad-request',
  408: 'timeout',
  409: 'conflict',
  412: 'conflict',
  413: 'bad-request',
  415: 'bad-request',
  422: 'validation',
  429: 'rate-limited',
  499: 'cancelled',
  500: 'server',
  501: 'server',
  502: 'unavailable',
  503: 'unavailable',
  504: 'unavailable',
};
const CODES = Object.keys(COMMON_ORPC_ERROR_DEFS) as (keyof typeof COMMON_ORPC_ERROR_DEFS)[];

/** zod.dev/error-formatting: its schema and the invalid input its examples start from. */
const signUp = z.strictObject({ username: z.string(), favoriteNumbers: z.array(z.number()) });
const INVALID_SIGN_UP = { username: 1234, favoriteNumbers: [1234, '4567'], extraKey: 1234 };

const router = {
  // orpc.dev "Error Handling": the rate-limit middleware's error, thrown as the docs throw it.
  rateLimited: os.handler(() => {
    throw new ServerError('RATE_LIMITED', { message: 'You are being rate limited', data: { retryAfter: 60 } });
  }),
  notFound: os.handler(() => {
    throw new ServerError('NOT_FOUND');
  }),
  signUp: os.input(signUp).handler(({ input }) => input),
  // A bug on the server: oRPC answers 500 "Internal server error" and keeps the text to itself.
  crashes: os.handler(() => {
    throw new Error('relation "users" does not exist');
  }),
  ...Object.fromEntries(
    CODES.map((code) => [
      code,
      os.handler(() => {
        throw new ServerError(code);
      }),
    ]),
  ),
};

let server: Server;
let url: string;
beforeAll(async () => {
  const handler = new RPCHandler(router);
  server = createServer((req, res) => void handler.handle(req, res, { prefix: '/rpc' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rpc`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Procedure = (input?: unknown, options?: { signal?: AbortSignal }) => Promise<unknown>;
const client = () => createORPCClient<Record<string, Procedure>>(new RPCLink({ url }));

/** What the oRPC client throws for a call. */
async function thrown(name: string, input?: unknown): Promise<unknown> {
  const { threw, value } = await settle(client()[name]!(input));
  expect(threw, `${name} must fail`).toBe(true);
  return value;
}

/** The same call made with `fetch`, as oRPC's RPC protocol makes it, read as the raw response. */
async function fetched(name: string, input?: unknown): Promise<ApiError> {
  const response = await fetch(`${url}/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: input }),
  });
  return normalizeError(await HttpError.fromResponse(response), { now: NOW });
}

describe('oRPC: what the client throws reads as what the server sent', () => {
  it('the docs’ RATE_LIMITED with `data.retryAfter`: a wait of 60 s, the server’s sentence, its code', async () => {
    const model = normalizeError(await thrown('rateLimited'), { now: NOW });
    // A code oRPC does not define answers 500; a throttling code outranks a 5xx (rule 1).
    expect(model).toMatchObject({
      kind: 'rate-limited',
      status: 500,
      code: 'RATE_LIMITED',
      message: 'You are being rate limited',
      messageSource: 'server',
      retryAt: NOW + 60_000,
    });
    expectSameModel(model, await fetched('rateLimited'));
  });

  it('an input that fails its schema: a field error per issue, at its path, and the kind’s summary', async () => {
    const model = normalizeError(await thrown('signUp', INVALID_SIGN_UP), { now: NOW });
    expect(model.kind).toBe('validation');
    expect(model.code).toBe('BAD_REQUEST');
    // The issue about no field (an unrecognized key) speaks for the whole (rule 2); the others are the fields'.
    expect(model.message).toBe('Unrecognized key: "extraKey"');
    expect(model.fieldErrors.filter((error) => error.field).map((error) => error.field)).toEqual([
      'username',
      'favoriteNumbers.1',
    ]);
    expectSameModel(model, await fetched('signUp', INVALID_SIGN_UP));
  });

  it('a bug on the server is a server error whose text nobody sees', async () => {
    const model = normalizeError(await thrown('crashes'), { now: NOW });
    expect(model).toMatchObject({ kind: 'server', status: 500, messageSource: 'default' });
    expect(JSON.stringify(model)).not.toContain('relation');
  });

  it.each(CODES)('%s: the status oRPC gives it, and the kind that status means', async (code) => {
    const error = (await thrown(code)) as ORPCError<string, unknown>;
    const model = normalizeError(error, { now: NOW });
    expect(model.status).toBe(COMMON_ORPC_ERROR_DEFS[code].status);
    expect(model.kind).toBe(KIND_OF_STATUS[model.status ?? 0]);
    expect(model.code).toBe(code);
    // oRPC's default message is the code's reason phrase ("Not Found"): the kind's own words say more.
    expect(model.messageSource).toBe('default');
    expectSameModel(model, await fetched(code));
  });

  it('is read only by a normalizer that names it', async () => {
    const error = await thrown('rateLimited');
    expect(createNormalizer({ clients: [orpcErrors] })(error, { now: NOW })).toMatchObject({
      code: 'RATE_LIMITED',
      retryAt: NOW + 60_000,
    });
    expect(createNormalizer()(error, { now: NOW }).code).toBeUndefined();
  });
});

// Responses no oRPC server sent, through the oRPC client: a gateway's page, a proxy's 429, an API beside it. RPCLink
// keeps their status and headers in the error's `data` and drops the body it cannot decode as oRPC's.
const scenarioServer = serveScenarios();
const foreignCall = (target: string, signal?: AbortSignal) => {
  const { origin, pathname } = new URL(target);
  return createORPCClient<Record<string, Procedure>>(new RPCLink({ url: origin }))[pathname.slice(1)]!(undefined, {
    signal,
  });
};
describe('oRPC: answers no oRPC server sent read as their status and headers', () => {
  // A 3xx is no error to oRPC, and a body of only whitespace fails to decode before any status is kept.
  const thrownWithStatus = failures.filter((one) => one.status >= 400 && one.body.trim() !== '');
  it.each(thrownWithStatus.map((one) => [one.name, one] as const))('%s', async (name, scenario) => {
    const { threw, value } = await settle(foreignCall(`${scenarioServer().url}/${name}`));
    expect(threw).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), headersOnlyModel(scenario, NOW));
  });
});

describe('oRPC: failures without a response', () => {
  const call = foreignCall;
  itTellsTransportFailures(scenarioServer, refusedUrl, {
    refused: (target) => call(target),
    aborted: (target) => {
      const controller = new AbortController();
      const pending = call(target, controller.signal);
      controller.abort();
      return pending;
    },
    // oRPC has no timeout option; the app's own signal is the way.
    timedOut: (target) => call(target, AbortSignal.timeout(50)),
  });
});
