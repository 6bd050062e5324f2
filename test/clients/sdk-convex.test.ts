import type { AddressInfo } from 'node:net';
import { ConvexHttpClient } from 'convex/browser';
import { ConvexReactClient } from 'convex/react';
import { makeFunctionReference } from 'convex/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { convexErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  NOW,
  rawModel,
  refusedUrl,
  scenarios,
  serveRedirect,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';
import { serveBySegment } from './vendor';

// Convex (`convex` 1.51), the backend many React apps call through `ConvexHttpClient` (convex/browser) and
// `ConvexReactClient` (convex/react, behind `useQuery`, `useMutation` and `useAction`).
//
// ConvexHttpClient (node_modules/convex/dist/esm/browser/http_client.js, `queryInner`, `mutationInner`, `action`)
// POSTs `{ path, format: "convex_encoded_json", args }` to `<address>/api/query` (`/api/mutation`, `/api/action`):
// - a status that is neither 2xx nor 560 ("UDF failed", `STATUS_CODE_UDF_FAILED`) throws `new Error(await
//   response.text())`: a plain `Error` holding the body's text, no status, no headers;
// - otherwise it parses the JSON: `{ status: "success", value }` resolves the value, `{ status: "error",
//   errorMessage, errorData? }` throws a `ConvexError` (node_modules/convex/dist/esm/values/errors.js: name
//   "ConvexError", `data`, the brand `Symbol.for("ConvexError")`) whose message is `errorMessage` and whose `data` is
//   `errorData` when there is one, else a plain `Error(errorMessage)`; any other JSON throws `Error("Invalid response:
//   <JSON>")`;
// - a failed fetch rejects with fetch's own error, passed through. It takes no signal and has no timeout: its `fetch`
//   option (a fetch to call instead of the global one) is where an app adds its signal.
// ConvexReactClient speaks Convex's sync protocol over a WebSocket (browser/sync/client.js, request_manager.js,
// remote_query_set.js): a failed mutation or action rejects with a `ConvexError` (data: `errorData`) or a plain
// `Error` whose message is `[CONVEX M(<function>)] <errorMessage>\n  Called by client` (browser/logging.js,
// `createHybridErrorStacktrace`); a failed query throws the same, as `Q(…)`, from `useQuery` into the error boundary.
//
// The failures' wire: convex-backend answers a function call with `Json(UdfResponse)` (its status 200), where
// `UdfResponse::Error` is `{ status: "error", errorMessage, errorData? }`
// (github.com/get-convex/convex-backend crates/local_backend/src/public_api.rs), and words `errorMessage` as
// `RedactedJsError` does: "[Request ID: <id>] Server Error", followed on a development deployment only by a newline
// and the function's error (crates/application/src/redaction.rs, its Display and its tests); `errorData` is a
// thrown `ConvexError`'s payload, kept on production deployments too (`custom_data_if_any`). The sync protocol
// carries the same text and data in a `MutationResponse`/`ActionResponse` of `success: false` (its `result`) and a
// `QueryFailed` modification (convex-js src/browser/sync/protocol.ts; its client_node.test.ts answers a real client
// over a `ws` server the same way). Convex's local backend is a binary downloaded from GitHub and cannot run here: the
// server below sends those bodies from 127.0.0.1.

const JSON_TYPE = { 'content-type': 'application/json' };
// A production deployment's request id as a person met it: "[CONVEX Q(skills:checkSlugAvailability)] [Request ID:
// 733d42dc27711e86] Server Error Called by client" (github.com/openclaw/clawhub/issues/2178).
const REQUEST_ID = '733d42dc27711e86';
const REDACTED = `[Request ID: ${REQUEST_ID}] Server Error`;

/** A failed call's body as convex-backend's `UdfResponse::Error` serialises it (its `logLines` are left out empty). */
function udfError(name: string, errorData?: unknown, status = 200): Scenario {
  const body = JSON.stringify({
    status: 'error',
    errorMessage: REDACTED,
    ...(errorData === undefined ? {} : { errorData }),
  });
  return { name, status, headers: JSON_TYPE, body, source: 'convex-backend public_api.rs UdfResponse::Error' };
}

// Docs: https://docs.convex.dev/functions/error-handling/application-errors (`throw new ConvexError("Role is already
// taken")`; `error.data === {message: "My fancy error message", code: 123, severity: "high"}`), and the error-code
// payload apps throw, `new ConvexError({ code: "NOT_FOUND", message: "Task not found" })`
// (https://www.skills.sh/aaronvanston/skills-convex/convex-security).
const CONVEX = {
  /** A function that failed otherwise on a production deployment: only the text. */
  redacted: udfError('convex-redacted'),
  /** The same, answered 560 as ConvexHttpClient also reads it. */
  redacted560: udfError('convex-redacted-560', undefined, 560),
  notFound: udfError('convex-not-found', { code: 'NOT_FOUND', message: 'Task not found' }),
  taken: udfError('convex-role-taken', 'Role is already taken'),
  fancy: udfError('convex-fancy', { message: 'My fancy error message', code: 123, severity: 'high' }),
} as const;

/** The OAuth redirect points off this machine and fetch follows it: a redirect is followed to this machine below. */
const ANSWERED = scenarios.filter((sent) => sent.name !== 'oauth-redirect');

const served = serveBySegment([...ANSWERED, ...Object.values(CONVEX)]);

// The functions called, by name as a generated `api` object would name them (`api.tasks.get` is "tasks:get").
const GET_TASK = makeFunctionReference<'query'>('tasks:get');
const UPDATE_TASK = makeFunctionReference<'mutation'>('tasks:update');
const SYNC_TASK = makeFunctionReference<'action'>('tasks:sync');

const http = (address: string, options: { fetch?: typeof fetch } = {}): ConvexHttpClient =>
  new ConvexHttpClient(address, { logger: false, ...options });
const getTask = (address: string, options?: { fetch?: typeof fetch }): Promise<unknown> =>
  http(address, options).query(GET_TASK, { id: 't1' });

const ERROR_WHY =
  'ConvexHttpClient throws `new Error(await response.text())` for any status but 2xx and 560: no status, no ' +
  'headers, and the body only as the message of a plain `Error`, which nothing tells from the app’s own (whose ' +
  'message is never shown): nothing is left to read but that the call failed';
const OK_WHY =
  'a 2xx whose JSON is no Convex answer throws `Error("Invalid response: <JSON>")`: a plain `Error` as above';

/** A failure about which nothing else is known: what a plain `Error` of the body's text leaves. */
const NOTHING_KEPT: ApiError = normalizeError({ headers: {}, body: null }, { now: NOW });

const drops: Partial<Record<ScenarioName, Dropped>> = Object.fromEntries(
  ANSWERED.flatMap((sent) => {
    const dropped = droppedBetween(rawModel(sent, NOW), NOTHING_KEPT, sent.status < 300 ? OK_WHY : ERROR_WHY);
    return dropped ? [[sent.name, dropped]] : [];
  }),
);

describe('ConvexHttpClient: what a query throws on a response that is no Convex answer', () => {
  itAgreesWithTheRawResponse(served.server, { request: (url) => getTask(url), fails: () => true, drops }, ANSWERED);

  it.each(ANSWERED.map((sent) => [sent.name, sent] as const))(
    '%s: a plain Error holding the body’s text alone',
    async (_, sent) => {
      const { threw, value } = await settle(getTask(served.urlOf(sent)));
      expect(threw).toBe(true);
      expect(served.received(sent)).toMatchObject({ method: 'POST', path: '/api/query' });
      expect(JSON.parse(served.received(sent)?.body ?? '')).toEqual({
        path: 'tasks:get',
        format: 'convex_encoded_json',
        args: [{ id: 't1' }],
      });
      expect(value).toBeInstanceOf(Error);
      expect(Object.getPrototypeOf(value)).toBe(Error.prototype);
      expect(Object.keys(value as Error)).toEqual([]);
      expect((value as Error).message).toBe(sent.status < 300 ? `Invalid response: ${sent.body}` : sent.body);
    },
  );

  it('whatever the body, that text is never the message a person reads', async () => {
    for (const name of ['html-gateway', 'xml-s3', 'json-error', 'plain-text'] as const) {
      const sent = ANSWERED.find((one) => one.name === name) as Scenario;
      const { value } = await settle(getTask(served.urlOf(sent)));
      expect(normalizeError(value, { now: NOW })).toMatchObject({ messageSource: 'default', kind: 'unknown' });
    }
  });
});

/** What the model of a Convex failure says on the compared fields and where its message came from. */
const said = ({ kind, status, code, message, messageSource, logId, fieldErrors }: ApiError) => ({
  kind,
  status,
  code,
  message,
  messageSource,
  logId,
  fieldErrors,
});

/**
 * What an app reads from each failed call: the payload of a thrown `ConvexError` as Convex's docs hand it to the app
 * (a string is the sentence; an object an error body), or, for a plain "Server Error", a server error whose text is
 * developer-only; the request id as the log id; no HTTP status, which Convex does not give the app.
 */
const EXPECTED: Readonly<Record<keyof typeof CONVEX, ReturnType<typeof said>>> = {
  redacted: {
    kind: 'server',
    status: undefined,
    code: undefined,
    message: 'Try again later.',
    messageSource: 'default',
    logId: REQUEST_ID,
    fieldErrors: [],
  },
  redacted560: {
    kind: 'server',
    status: undefined,
    code: undefined,
    message: 'Try again later.',
    messageSource: 'default',
    logId: REQUEST_ID,
    fieldErrors: [],
  },
  notFound: {
    kind: 'not-found',
    status: undefined,
    code: 'NOT_FOUND',
    message: 'Task not found',
    messageSource: 'server',
    logId: REQUEST_ID,
    fieldErrors: [],
  },
  taken: {
    kind: 'unknown',
    status: undefined,
    code: undefined,
    message: 'Role is already taken',
    messageSource: 'server',
    logId: REQUEST_ID,
    fieldErrors: [],
  },
  fancy: {
    kind: 'unknown',
    status: undefined,
    code: '123',
    message: 'My fancy error message',
    messageSource: 'server',
    logId: REQUEST_ID,
    fieldErrors: [],
  },
};

/** The payload a thrown `ConvexError` carries: `errorData` as the wire holds it. */
const payloadOf = (sent: Scenario): unknown => (JSON.parse(sent.body) as { errorData?: unknown }).errorData;

const CASES = Object.entries(CONVEX) as [keyof typeof CONVEX, Scenario][];

describe('ConvexHttpClient: a failed function call', () => {
  it.each(CASES)('%s: query, mutation and action throw the same, and read as the call’s payload', async (key, sent) => {
    const client = http(served.urlOf(sent));
    const calls = [
      ['/api/query', () => client.query(GET_TASK, { id: 't1' })],
      ['/api/mutation', () => client.mutation(UPDATE_TASK, { id: 't1' })],
      ['/api/action', () => client.action(SYNC_TASK, { id: 't1' })],
    ] as const;
    for (const [path, call] of calls) {
      const { threw, value } = await settle(call());
      expect(threw).toBe(true);
      expect(served.received(sent)).toMatchObject({ method: 'POST', path });
      const payload = payloadOf(sent);
      expect(value).toMatchObject({ name: payload === undefined ? 'Error' : 'ConvexError', message: REDACTED });
      if (payload !== undefined) {
        expect((value as { data: unknown }).data).toEqual(payload);
        expect((value as Record<symbol, unknown>)[Symbol.for('ConvexError')]).toBe(true);
      }
      const model = normalizeError(value, { now: NOW });
      expect(said(model)).toEqual(EXPECTED[key]);
      // The text is the backend's, for a developer: kept out of sight, with the request id in it.
      expect(model.details).toContain(REDACTED);
    }
  });

  it('answered 560 or 200, the same failure reads the same', async () => {
    const [at200, at560] = await Promise.all(
      [getTask(served.urlOf(CONVEX.redacted)), getTask(served.urlOf(CONVEX.redacted560))].map(settle),
    );
    expect(said(normalizeError(at560?.value, { now: NOW }))).toEqual(said(normalizeError(at200?.value, { now: NOW })));
  });

  it('a ConvexError is read only by a normalizer that names Convex; a plain one keeps it a default', async () => {
    const { value } = await settle(getTask(served.urlOf(CONVEX.notFound)));
    const named = createNormalizer({ clients: [convexErrors] })(value, { now: NOW });
    expect(said(named)).toEqual(EXPECTED.notFound);
    expect(createNormalizer()(value, { now: NOW })).toMatchObject({ messageSource: 'default' });
  });
});

describe('ConvexHttpClient: a redirect is followed', () => {
  const hop = serveRedirect(() => served.urlOf(CONVEX.notFound));
  it('what the app gets is what the Location answers (here a function’s failure)', async () => {
    const { threw, value } = await settle(getTask(hop()));
    expect(threw).toBe(true);
    expect(said(normalizeError(value, { now: NOW }))).toEqual(EXPECTED.notFound);
  });
});

describe('ConvexHttpClient: failures without a response', () => {
  /** The app's signal, through the `fetch` option: the client has no signal or timeout of its own. */
  const withSignal =
    (signal: AbortSignal): typeof fetch =>
    (input, init) =>
      fetch(input, { ...init, signal });

  itTellsTransportFailures(served.server, refusedUrl, {
    refused: (url) => getTask(url),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = getTask(url, { fetch: withSignal(controller.signal) });
      controller.abort();
      return pending;
    },
  });

  it('it has no timeout of its own: an `AbortSignal.timeout(ms)` given through `fetch` is timeout', async () => {
    const { threw, value } = await settle(
      getTask(served.server().url + '/slow', { fetch: withSignal(AbortSignal.timeout(50)) }),
    );
    expect(threw).toBe(true);
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});

// ─────────────────────────── ConvexReactClient over its sync protocol ───────────────────────────

/** A Convex timestamp on the sync protocol: a u64, little-endian, in base64 (convex-js protocol.ts `longToU64`). */
const u64 = (n: number): string => {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(BigInt(n));
  return bytes.toString('base64');
};

/** What the sync server answers a failed call with: the backend's text, and a thrown `ConvexError`'s payload. */
interface Failure {
  readonly result: string;
  readonly errorData?: unknown;
}

/**
 * A sync server on 127.0.0.1 that fails every call with `fail`: a `MutationResponse` or `ActionResponse` of
 * `success: false`, and a `Transition` holding a `QueryFailed` for every query the client adds.
 */
function serveSync(): { address: () => string; fail: (failure: Failure) => void } {
  let server: WebSocketServer | undefined;
  let failure: Failure = { result: REDACTED };
  beforeAll(async () => {
    server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server?.once('listening', resolve));
    server.on('connection', (socket: WebSocket) => {
      let ts = 0;
      socket.on('message', (raw: Buffer) => {
        const message = JSON.parse(raw.toString()) as Record<string, unknown> & { type: string };
        const data = failure.errorData === undefined ? {} : { errorData: failure.errorData };
        if (message.type === 'Mutation')
          socket.send(
            JSON.stringify({
              type: 'MutationResponse',
              requestId: message.requestId,
              success: false,
              result: failure.result,
              ...data,
              logLines: [],
            }),
          );
        if (message.type === 'Action')
          socket.send(
            JSON.stringify({
              type: 'ActionResponse',
              requestId: message.requestId,
              success: false,
              result: failure.result,
              ...data,
              logLines: [],
            }),
          );
        if (message.type === 'ModifyQuerySet') {
          const added = (message.modifications as { type: string; queryId: number }[]).filter((m) => m.type === 'Add');
          const startVersion = { querySet: message.baseVersion, identity: 0, ts: u64(ts) };
          ts += 1;
          const endVersion = { querySet: message.newVersion, identity: 0, ts: u64(ts) };
          const modifications = added.map(({ queryId }) => ({
            type: 'QueryFailed',
            queryId,
            errorMessage: failure.result,
            ...data,
            logLines: [],
          }));
          socket.send(JSON.stringify({ type: 'Transition', startVersion, endVersion, modifications }));
        }
      });
    });
  });
  afterAll(async () => {
    for (const client of server?.clients ?? []) client.terminate();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });
  return {
    address: () => `http://127.0.0.1:${(server?.address() as AddressInfo).port}`,
    fail: (next) => {
      failure = next;
    },
  };
}

describe('ConvexReactClient: what useMutation, useAction and useQuery fail with', () => {
  const sync = serveSync();
  let client: ConvexReactClient | undefined;
  beforeAll(() => {
    client = new ConvexReactClient(sync.address(), {
      webSocketConstructor: WebSocket as unknown as typeof globalThis.WebSocket,
      unsavedChangesWarning: false,
      logger: false,
    });
  });
  afterAll(() => client?.close());
  const react = (): ConvexReactClient => {
    if (!client) throw new Error('the client is made in beforeAll');
    return client;
  };

  const FAILURES = {
    redacted: { result: REDACTED },
    notFound: { result: REDACTED, errorData: { code: 'NOT_FOUND', message: 'Task not found' } },
    taken: { result: REDACTED, errorData: 'Role is already taken' },
  } as const;

  it.each(Object.entries(FAILURES) as [keyof typeof FAILURES, Failure][])(
    '%s: the message says which function, the payload is the same, and it reads as ConvexHttpClient’s',
    async (key, failure) => {
      sync.fail(failure);
      const calls = [
        ['M(tasks:update)', () => react().mutation(UPDATE_TASK, { id: 't1' })],
        ['A(tasks:sync)', () => react().action(SYNC_TASK, { id: 't1' })],
        ['Q(tasks:get)', () => react().query(GET_TASK, { id: key })],
      ] as const;
      for (const [tag, call] of calls) {
        const { threw, value } = await settle(call());
        expect(threw, tag).toBe(true);
        expect(value).toMatchObject({
          name: failure.errorData === undefined ? 'Error' : 'ConvexError',
          message: `[CONVEX ${tag}] ${REDACTED}\n  Called by client`,
        });
        if (failure.errorData !== undefined) expect((value as { data: unknown }).data).toEqual(failure.errorData);
        expect(said(normalizeError(value, { now: NOW })), tag).toEqual(EXPECTED[key]);
      }
    },
  );
});
