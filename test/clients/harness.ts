import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import { normalizeError, type ApiError } from '../../src';
import { scenario, type Scenario, type ScenarioName } from './scenarios';

export { failures, NOW, scenario, scenarios, type Scenario, type ScenarioName } from './scenarios';

/** The path of the endpoint that never answers: for timeouts and aborts. */
export const SLOW = 'slow';

export interface ScenarioServer {
  /** `http://127.0.0.1:<port>`; scenarios are at `${url}/<name>`, the endpoint that never answers at `${url}/slow`. */
  readonly url: string;
  /** Ends every open request (the slow one too) and stops listening. */
  close(): Promise<void>;
}

function send(res: ServerResponse, { status, headers, body }: Scenario): void {
  // Clients must see only the scenario's headers: a `Date` of today's clock would move `retryAt`.
  res.sendDate = false;
  res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

/** A real HTTP server on 127.0.0.1 serving every scenario at `/<name>`. */
export async function startServer(): Promise<ScenarioServer> {
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1);
    // Read the request to its end first, so a POST body never races the answer.
    req.resume();
    req.on('end', () => {
      if (name === SLOW) return;
      const found = scenario(name);
      if (found) send(res, found);
      else {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`no scenario "${name}"`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL nobody listens on: a port bound on 127.0.0.1 and closed again, so connecting is refused. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/json-error`;
}

/**
 * The body as `HttpError.fromResponse` reads it: JSON when the type says so (or it looks like it) and parses, else
 * text; empty is null.
 */
export function parsedBody({ headers, body }: Scenario): unknown {
  if (body === '') return null;
  const type = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  if (/[/+]json\b/i.test(type) || /^\s*[[{]/.test(body)) {
    try {
      return JSON.parse(body);
    } catch {
      return body;
    }
  }
  return body;
}

/** The model read from exactly what the server sent: the baseline every client must match. */
export function rawModel(name: ScenarioName | Scenario, now: number): ApiError {
  const sent = typeof name === 'string' ? scenario(name) : name;
  return normalizeError({ status: sent.status, headers: sent.headers, body: parsedBody(sent) }, { now });
}

/** What a client's model must agree on with the raw response's. */
export type ComparedField = 'kind' | 'status' | 'code' | 'message' | 'title' | 'fieldErrors' | 'retryAt' | 'logId';
/** Every field a client's model is compared on, in the model's order. */
export const COMPARED: readonly ComparedField[] = [
  'kind',
  'status',
  'code',
  'message',
  'title',
  'fieldErrors',
  'retryAt',
  'logId',
];

/**
 * What a client itself loses on a scenario: the compared fields it cannot carry, with the value the
 * model then has for each, and why. A loss is asserted, never skipped: if the client starts to carry
 * the field, the test fails and the declaration must go.
 */
export interface Dropped {
  readonly gives: Partial<Record<ComparedField, unknown>>;
  readonly why: string;
}

function compared(error: ApiError, fields: readonly ComparedField[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of fields)
    picked[field] =
      field === 'fieldErrors'
        ? error.fieldErrors.map(({ field: path, message }) => ({ field: path, message }))
        : error[field];
  return picked;
}

/**
 * What a client that keeps less than the raw response loses: each compared field on which `kept` (the model of what
 * the client keeps) says otherwise than `raw`, with the value `kept` gives; undefined when it loses nothing.
 */
export function droppedBetween(raw: ApiError, kept: ApiError, why: string): Dropped | undefined {
  const said = compared(raw, COMPARED);
  const left = compared(kept, COMPARED);
  const lost = COMPARED.filter((field) => JSON.stringify(said[field]) !== JSON.stringify(left[field]));
  return lost.length ? { gives: Object.fromEntries(lost.map((field) => [field, left[field]])), why } : undefined;
}

/**
 * Asserts that a client's model says what the raw response's says: kind, status, code, message,
 * title, field errors (paths and messages), retry time (both read with the same `now`) and log id.
 * Fields in `dropped` must instead equal what `dropped.gives` says, and differ from the raw model.
 */
export function expectSameModel(actual: ApiError, expected: ApiError, dropped?: Dropped): void {
  const lost = Object.keys(dropped?.gives ?? {}) as ComparedField[];
  const kept = COMPARED.filter((field) => !lost.includes(field));
  expect(
    compared(actual, kept),
    `client model vs raw response (format ${actual.format} vs ${expected.format})`,
  ).toEqual(compared(expected, kept));
  if (!dropped) return;
  expect(compared(actual, lost), `what the client gives where it drops information: ${dropped.why}`).toEqual(
    dropped.gives,
  );
  expect(
    compared(expected, lost),
    `the raw response has more here, or the drop is not real: ${dropped.why}`,
  ).not.toEqual(dropped.gives);
}

/** The model from the status and headers alone: what a value whose body is not read yet can give synchronously. */
export function headersOnlyModel(name: ScenarioName | Scenario, now: number): ApiError {
  const sent = typeof name === 'string' ? scenario(name) : name;
  return normalizeError({ status: sent.status, headers: sent.headers, body: null }, { now });
}

/** Starts the scenario server before the file's tests and closes it after them. */
export function serveScenarios(): () => ScenarioServer {
  let server: ScenarioServer | undefined;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server?.close());
  return () => {
    if (!server) throw new Error('the scenario server is started in beforeAll');
    return server;
  };
}

/**
 * A second server on 127.0.0.1 that answers every request with a 302 to `to()` (a scenario's URL), as the OAuth
 * scenario's redirect points to the app's callback: for clients that follow redirects, to show that what they hand
 * over is the answer at the Location. Started in beforeAll; the returned function gives its `http://127.0.0.1:<port>`.
 */
export function serveRedirect(to: () => string): () => string {
  let hop: Server | undefined;
  beforeAll(async () => {
    const started = createServer((req, res) => {
      // Read the request to its end first, so a POST body never races the answer.
      req.resume();
      req.on('end', () => res.writeHead(302, { location: to() }).end());
    });
    await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
    hop = started;
  });
  afterAll(() => new Promise<void>((resolve) => (hop ? hop.close(() => resolve()) : resolve())));
  return () => {
    if (!hop) throw new Error('the redirect server is started in beforeAll');
    return `http://127.0.0.1:${(hop.address() as AddressInfo).port}`;
  };
}

/**
 * A server on 127.0.0.1 that answers every request with one scenario and counts the requests: for clients that ask
 * again by themselves, to show how often they ask and that the app gets the last answer. Started in beforeAll.
 */
export function serveCounting(name: ScenarioName): { url(): string; asked(): number } {
  const sent = scenario(name);
  let server: Server | undefined;
  let asked = 0;
  beforeAll(async () => {
    const started = createServer((req, res) => {
      asked += 1;
      // Read the request to its end first, so a POST body never races the answer.
      req.resume();
      req.on('end', () => send(res, sent));
    });
    await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
    server = started;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return {
    url: () => {
      if (!server) throw new Error('the counting server is started in beforeAll');
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    asked: () => asked,
  };
}

/** What an app's code gets: the value the call threw, or the one it resolved with. */
export async function settle(pending: Promise<unknown>): Promise<{ threw: boolean; value: unknown }> {
  try {
    return { threw: false, value: await pending };
  } catch (error) {
    return { threw: true, value: error };
  }
}
