import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTRPCClient, httpBatchLink, httpLink, type TRPCLink } from '@trpc/client';
import { initTRPC, TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z, ZodError } from 'zod';
import { createNormalizer, HttpError, normalizeError, type ApiError } from '../../src';
import { builtInClients, trpcErrors, type ErrorClient } from '../../src/clients';
import { builtInFormats } from '../../src/formats';
import { expectSameModel, NOW, refusedUrl } from './harness';

// tRPC 11 against a real tRPC server (the standalone adapter on node:http), called through
// @trpc/client's httpLink and httpBatchLink, under the default error formatter and under the zod
// formatter from tRPC's docs. Every answer is what tRPC itself sends for what the procedure throws;
// the expectation is the model read from that same answer fetched with plain `fetch`.

/**
 * Every TRPCError code, with the HTTP status tRPC answers it with (trpc.io/docs/server/error-handling, "Error
 * codes").
 */
const CODES = {
  PARSE_ERROR: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  PAYMENT_REQUIRED: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_SUPPORTED: 405,
  TIMEOUT: 408,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE_CONTENT: 422,
  PRECONDITION_REQUIRED: 428,
  TOO_MANY_REQUESTS: 429,
  CLIENT_CLOSED_REQUEST: 499,
  INTERNAL_SERVER_ERROR: 500,
  NOT_IMPLEMENTED: 501,
  BAD_GATEWAY: 502,
  SERVICE_UNAVAILABLE: 503,
  GATEWAY_TIMEOUT: 504,
} as const;
type Code = keyof typeof CODES;

/**
 * zod.dev/error-formatting: the schema and the invalid input its examples start from (three issues:
 * `username`, `favoriteNumbers.1`, and an unrecognized key, which names no field).
 */
const signUp = z.strictObject({ username: z.string(), favoriteNumbers: z.array(z.number()) });
const INVALID_SIGN_UP = { username: 1234, favoriteNumbers: [1234, '4567'], extraKey: 1234 };

/**
 * The tRPC docs' zod formatter (trpc.io/docs/server/error-formatting, "Adding custom formatting"; also @trpc/server's
 * skills/error-handling/SKILL.md).
 */
const docsZodFormatter = {
  errorFormatter(opts: { shape: { data: object }; error: TRPCError }) {
    const { shape, error } = opts;
    return {
      ...shape,
      data: {
        ...shape.data,
        zodError: error.code === 'BAD_REQUEST' && error.cause instanceof ZodError ? error.cause.flatten() : null,
      },
    };
  },
};

function appRouter(t: ReturnType<typeof initTRPC.create>) {
  // A TRPCError without a message says its code (tRPC's own default), so these need no invented text.
  const byCode = Object.fromEntries(
    (Object.keys(CODES) as Code[]).map((code) => [
      code,
      t.procedure.query(() => {
        throw new TRPCError({ code });
      }),
    ]),
  );
  return t.router({
    ...byCode,
    // trpc.io/docs/server/error-handling: the example input error and the example INTERNAL_SERVER_ERROR.
    changePassword: t.procedure.mutation(() => {
      throw new TRPCError({ code: 'BAD_REQUEST', message: '"password" must be at least 4 characters' });
    }),
    hello: t.procedure.query(() => {
      throw new TRPCError({
        code: 'INTERNAL_SERVER_ERROR',
        message: 'An unexpected error occurred, please try again later.',
        cause: new Error('something went wrong'),
      });
    }),
    // Not a TRPCError: tRPC sends it as INTERNAL_SERVER_ERROR with the thrown message ("Secure error
    // reporting" in the docs). The text is PostgreSQL's for a failed login (SQLSTATE 28P01).
    unexpected: t.procedure.query(() => {
      throw new Error('password authentication failed for user "postgres"');
    }),
    signUp: t.procedure.input(signUp).mutation(() => 'never'),
  });
}

type AppRouter = ReturnType<typeof appRouter>;

type Procedure = { path: string; type: 'query' | 'mutation'; input?: unknown };
const PROCEDURES: readonly Procedure[] = [
  ...(Object.keys(CODES) as Code[]).map((path) => ({ path, type: 'query' as const })),
  { path: 'changePassword', type: 'mutation' },
  { path: 'hello', type: 'query' },
  { path: 'unexpected', type: 'query' },
  { path: 'signUp', type: 'mutation', input: INVALID_SIGN_UP },
];

/** A real HTTP server on 127.0.0.1: tRPC's standalone handler, and one path where a gateway answers instead. */
async function listen(formatter: 'default' | 'zod'): Promise<{ url: string; server: Server }> {
  const t = formatter === 'zod' ? initTRPC.create(docsZodFormatter) : initTRPC.create();
  const handler = createHTTPHandler({ router: appRouter(t) });
  const server = createServer((req, res) => {
    if (!req.url?.startsWith('/gateway/')) return void handler(req, res);
    // test/conformance/cases/gateways-cdn.ts 'nginx/502-bad-gateway' (nginx src/http/ngx_http_special_response.c):
    // a proxy in front of the tRPC server answering for it.
    res.writeHead(502, { 'content-type': 'text/html' });
    res.end(
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body bgcolor="white">\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const servers: Record<'default' | 'zod', { url: string; server: Server }> = {} as never;
beforeAll(async () => {
  servers.default = await listen('default');
  servers.zod = await listen('zod');
});
afterAll(async () => {
  for (const { server } of Object.values(servers)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/**
 * The same procedure's answer fetched with plain `fetch` (tRPC's HTTP RPC spec: GET for a query, POST with the input
 * for a mutation).
 */
async function rawAnswer(url: string, { path, type, input }: Procedure): Promise<ApiError> {
  const response =
    type === 'query'
      ? await fetch(`${url}/${path}`)
      : await fetch(`${url}/${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? null),
        });
  return normalizeError(await HttpError.fromResponse(response), { now: NOW });
}

/** What the app's catch block gets from the typed client. */
async function clientError(
  link: TRPCLink<AppRouter>,
  { path, type, input }: Procedure,
  signal?: AbortSignal,
): Promise<unknown> {
  const client = createTRPCClient<AppRouter>({ links: [link] }) as unknown as Record<
    string,
    Record<string, (input: unknown, opts?: object) => Promise<unknown>>
  >;
  return client[path]![type === 'query' ? 'query' : 'mutate']!(input, { signal }).then(
    () => expect.fail(`${path} resolved`),
    (error: unknown) => error,
  );
}

const LINKS = {
  httpLink: (options: { url: string }) => httpLink<AppRouter>(options),
  httpBatchLink: (options: { url: string }) => httpBatchLink<AppRouter>(options),
} as const;

describe.each(['default', 'zod'] as const)('tRPC 11, %s error formatter', (formatter) => {
  describe.each(Object.keys(LINKS) as (keyof typeof LINKS)[])('%s', (linkName) => {
    it.each(PROCEDURES.map((procedure) => [procedure.path, procedure] as const))(
      '%s reads as its raw response',
      async (_, procedure) => {
        const { url } = servers[formatter];
        const error = await clientError(LINKS[linkName]({ url }), procedure);
        expect(error).toMatchObject({ name: 'TRPCClientError' });
        const expected = await rawAnswer(url, procedure);
        const model = normalizeError(error, { now: NOW });
        expectSameModel(model, expected);
        // What the raw reading itself must say, so agreeing with it means something.
        const code =
          procedure.path in CODES
            ? (procedure.path as Code)
            : procedure.path === 'signUp' || procedure.path === 'changePassword'
              ? 'BAD_REQUEST'
              : 'INTERNAL_SERVER_ERROR';
        expect(model).toMatchObject({ status: CODES[code], code, format: 'trpc' });
        expect(model.kind).not.toBe('unknown');
      },
    );
  });

  it('a NOT_FOUND is not-found', async () => {
    const error = await clientError(LINKS.httpLink({ url: servers[formatter].url }), {
      path: 'NOT_FOUND',
      type: 'query',
    });
    expect(normalizeError(error, { now: NOW })).toMatchObject({
      kind: 'not-found',
      status: 404,
      code: 'NOT_FOUND',
      title: 'Not found',
    });
  });

  it.each(Object.keys(LINKS) as (keyof typeof LINKS)[])(
    'zod field errors reach fieldErrors with canonical paths, never its JSON as the message (%s)',
    async (linkName) => {
      const error = await clientError(LINKS[linkName]({ url: servers[formatter].url }), {
        path: 'signUp',
        type: 'mutation',
        input: INVALID_SIGN_UP,
      });
      const model = normalizeError(error, { now: NOW });
      expect(model.kind).toBe('validation');
      // zod's own messages (zod.dev/error-formatting shows the same three issues).
      expect(model.fieldErrors).toEqual([
        { field: 'username', message: 'Invalid input: expected string, received number', code: 'invalid_type' },
        {
          field: 'favoriteNumbers.1',
          message: 'Invalid input: expected number, received string',
          code: 'invalid_type',
        },
        { message: 'Unrecognized key: "extraKey"', code: 'unrecognized_keys' },
      ]);
      expect(model.message).toBe('Check your answers and try again.');
      expect(model.details).toContain('"code": "invalid_type"');
    },
  );

  it.each([
    ['an unexpected throw', 'unexpected', 'password authentication failed'],
    ["the docs' own INTERNAL_SERVER_ERROR", 'hello', 'An unexpected error occurred'],
  ])('%s: a 500 never shows the server message', async (_, path, text) => {
    const error = await clientError(LINKS.httpBatchLink({ url: servers[formatter].url }), { path, type: 'query' });
    const model = normalizeError(error, { now: NOW });
    expect(model).toMatchObject({ kind: 'server', status: 500, message: 'Try again later.' });
    expect(model.title).not.toContain(text);
  });

  it('the input error of the docs keeps its sentence', async () => {
    const error = await clientError(LINKS.httpLink({ url: servers[formatter].url }), {
      path: 'changePassword',
      type: 'mutation',
    });
    expect(normalizeError(error, { now: NOW })).toMatchObject({
      kind: 'bad-request',
      status: 400,
      message: '"password" must be at least 4 characters',
    });
  });
});

describe('tRPC 11: the transport', () => {
  it.each(Object.keys(LINKS) as (keyof typeof LINKS)[])('a refused connection is network (%s)', async (linkName) => {
    const url = (await refusedUrl()).replace(/\/json-error$/, '');
    const error = await clientError(LINKS[linkName]({ url }), { path: 'NOT_FOUND', type: 'query' });
    expect(normalizeError(error)).toMatchObject({ kind: 'network' });
  });

  it.each(Object.keys(LINKS) as (keyof typeof LINKS)[])('an aborted call is cancelled (%s)', async (linkName) => {
    const controller = new AbortController();
    controller.abort();
    const error = await clientError(
      LINKS[linkName]({ url: servers.default.url }),
      { path: 'NOT_FOUND', type: 'query' },
      controller.signal,
    );
    expect(normalizeError(error)).toMatchObject({ kind: 'cancelled' });
  });

  it('tRPC has no timeout of its own and drops the reason of a signal it is given: a timed-out signal reads as cancelled', async () => {
    // The links race the app's signal with their own and abort the fetch without a reason, so
    // `AbortSignal.timeout()` reaches the app as a plain AbortError (httpUtils' raceAbortSignals). The signal has timed
    // out before the call starts: a timer racing a server on 127.0.0.1 can lose on a busy machine.
    const timedOut = AbortSignal.timeout(0);
    await new Promise((resolve) => timedOut.addEventListener('abort', resolve, { once: true }));
    expect(timedOut.reason).toMatchObject({ name: 'TimeoutError' });
    const error = await clientError(
      LINKS.httpLink({ url: servers.default.url }),
      { path: 'NOT_FOUND', type: 'query' },
      timedOut,
    );
    expect(normalizeError(error)).toMatchObject({ kind: 'cancelled' });
  });

  it("a timeout set in the link's fetch keeps its reason: timeout", async () => {
    // The README's recipe. A server that never answers, so only the timeout can end the call.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const link = httpLink<AppRouter>({
        url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
        fetch: (url, init) =>
          fetch(url, {
            ...init,
            signal: AbortSignal.any(
              [init?.signal, AbortSignal.timeout(50)].filter((s): s is AbortSignal => Boolean(s)),
            ),
          }),
      });
      const error = await clientError(link, { path: 'NOT_FOUND', type: 'query' });
      expect(normalizeError(error)).toMatchObject({ kind: 'timeout' });
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('tRPC drops the response of an answer that is not JSON (a gateway in front of it): only the failure is left', async () => {
    const { url } = servers.default;
    const error = await clientError(LINKS.httpLink({ url: `${url}/gateway` }), { path: 'NOT_FOUND', type: 'query' });
    // The SyntaxError of parsing the page is all the error carries: no status, no headers, no body.
    expect(error).toMatchObject({ name: 'TRPCClientError', cause: { name: 'SyntaxError' } });
    expect((error as { meta?: unknown }).meta).toBeUndefined();
    const expected = await rawAnswer(`${url}/gateway`, { path: 'NOT_FOUND', type: 'query' });
    expect(expected).toMatchObject({ kind: 'unavailable', status: 502 });
    expect(normalizeError(error, { now: NOW })).toMatchObject({ kind: 'unknown' });
  });
});

describe('createNormalizer({ clients }): pay for the clients you use', () => {
  const procedure = { path: 'NOT_FOUND', type: 'query' } as const;
  const caught = () => clientError(LINKS.httpLink({ url: servers.default.url }), procedure);

  it('without the tRPC client, its error is read as a plain Error: no status, no code', async () => {
    const model = createNormalizer({ formats: builtInFormats })(await caught(), { now: NOW });
    expect(model).toMatchObject({ kind: 'unknown', format: 'error' });
    expect(model.status).toBeUndefined();
    expect(model.code).toBeUndefined();
  });

  it('with it, exactly as normalizeError reads it', async () => {
    const error = await caught();
    const model = createNormalizer({ formats: builtInFormats, clients: [trpcErrors] })(error, { now: NOW });
    expect(model).toEqual(normalizeError(error, { now: NOW }));
    expect(model).toMatchObject({ kind: 'not-found', status: 404, code: 'NOT_FOUND' });
    expect(createNormalizer({ formats: builtInFormats, clients: builtInClients })(error, { now: NOW })).toEqual(model);
  });

  it("an app's own client is read the same way, and one that throws costs only its reading", async () => {
    const error = await caught();
    // The same reader under the app's own name for it: an error told by a name, or by a shape.
    const named: ErrorClient = { errorNames: ['TRPCClientError'], read: trpcErrors.read };
    const shaped: ErrorClient = { test: (e) => 'shape' in e, read: trpcErrors.read };
    for (const client of [named, shaped])
      expect(createNormalizer({ formats: builtInFormats, clients: [client] })(error, { now: NOW })).toEqual(
        normalizeError(error, { now: NOW }),
      );
    const throws: ErrorClient = {
      test: () => true,
      read: () => {
        throw new Error('boom');
      },
    };
    expect(createNormalizer({ clients: [throws] })(error, { now: NOW })).toEqual(
      createNormalizer()(error, { now: NOW }),
    );
  });
});
