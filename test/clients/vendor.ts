import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { corpus } from '../conformance/corpus';
import { SLOW, type Scenario, type ScenarioServer } from './harness';

/**
 * A conformance case's response as the wire carries it, for a vendor SDK's own server: its status, its headers
 * plus `extra` (what the real server always sends and the source did not show, said where it is added), and
 * its body's bytes. `variant` names a second scenario made from the same case.
 */
export function caseScenario(id: string, extra: Readonly<Record<string, string>> = {}, variant = ''): Scenario {
  const found = corpus.find((c) => c.id === id);
  if (!found?.response) throw new Error(`no response in the corpus for "${id}"`);
  const { status, headers = {}, body } = found.response;
  const bytes = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const name = variant ? `${id}-${variant}` : id;
  return { name, status, headers: { ...headers, ...extra }, body: bytes, source: `${id}: ${found.url}` };
}

/** Answers with a scenario: its headers with the byte length of its body, and no `Date` of today's clock. */
export function sendScenario(res: ServerResponse, sent: Scenario): void {
  res.sendDate = false;
  const headers = Object.entries(sent.headers).filter(([name]) => name.toLowerCase() !== 'content-length');
  res.writeHead(sent.status, {
    ...Object.fromEntries(headers),
    'content-length': String(Buffer.byteLength(sent.body)),
  });
  res.end(sent.body);
}

/** What an SDK asked the server for: the method, the path after the scenario's segment, and the body. */
export interface Received {
  readonly method: string;
  readonly path: string;
  readonly body: string;
}

export interface SegmentServer {
  /** The base URL to give the SDK for a scenario: it appends its own path. */
  urlOf(sent: Scenario): string;
  /** What the SDK asked for on that scenario's URL, last. */
  received(sent: Scenario): Received | undefined;
  /** The server as the agreement harness takes it: `${url}/<name>` is a scenario's URL, `${url}/slow` never answers. */
  server(): ScenarioServer;
}

/**
 * A real server on 127.0.0.1 for a vendor SDK's tests, started before them and closed after: the first segment of
 * a request's path names the scenario it is answered with; `slow` is never answered.
 */
export function serveBySegment(scenarios: readonly Scenario[]): SegmentServer {
  const segment = (sent: Scenario): string => sent.name.replace('/', '--');
  const byKey = new Map(scenarios.map((sent) => [segment(sent), sent]));
  const asked = new Map<string, Received>();
  let server: Server | undefined;
  let url = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      const key = pathname.split('/')[1] ?? '';
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (key === SLOW) return;
        const body = Buffer.concat(chunks).toString();
        asked.set(key, { method: req.method ?? '', path: pathname.slice(key.length + 1), body });
        const sent = byKey.get(key);
        if (sent) sendScenario(res, sent);
        else res.writeHead(500, { 'content-type': 'text/plain' }).end(`no scenario "${key}"`);
      });
    });
    const listening = server;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    const listening = server;
    if (!listening) return;
    listening.closeAllConnections();
    await new Promise((resolve) => listening.close(resolve));
  });
  return {
    urlOf: (sent) => `${url}/${segment(sent)}`,
    received: (sent) => asked.get(segment(sent)),
    server: () => ({ url, close: () => Promise.resolve() }),
  };
}
