import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { corpus } from '../conformance/corpus';
import type { ConformanceCase } from '../conformance/types';

/** A case of the conformance corpus by id; each names its source in test/conformance/cases. */
export function conformanceCase(id: string): ConformanceCase {
  const found = corpus.find((c) => c.id === id);
  if (!found) throw new Error(`no conformance case ${id}`);
  return found;
}

/** The bytes a server sends for a case: JSON as text, text as it is. */
export const wire = (c: ConformanceCase): string => {
  const body = c.response!.body;
  return body == null ? '' : typeof body === 'string' ? body : JSON.stringify(body);
};

export interface CaseServer {
  /**
   * A `Response` of the page's own class, streaming what the server sends as it arrives: a thrown
   * `Response` as an app holds it. Not happy-dom's `fetch`: in happy-dom 21 a fetched response's
   * `clone()` loses the body of both copies (each reads ""), which no browser does.
   * With `hold`, the body waits for `release(c)`: a slow network, so a read can be overtaken.
   */
  respond(c: ConformanceCase, options?: { hold?: boolean }): Promise<Response>;
  release(c: ConformanceCase): void;
  close(): Promise<void>;
}

/** A `node:http` server on 127.0.0.1 that answers `/<case id>` with the case's status, headers and body. */
export async function startCaseServer(cases: readonly ConformanceCase[]): Promise<CaseServer> {
  const held = new Map<string, () => void>();
  const server = createServer((req, res) => {
    const [, hold, id] = /^\/(held\/|)(.*)$/.exec(decodeURIComponent(req.url!))!;
    const c = cases.find((k) => k.id === id);
    if (!c) return void res.writeHead(404).end();
    res.writeHead(c.response!.status, c.response!.headers);
    if (!hold) return void res.end(wire(c));
    res.flushHeaders();
    held.set(c.id, () => res.end(wire(c)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    respond: (c, { hold = false } = {}) =>
      new Promise((resolve, reject) => {
        get(`${base}/${hold ? 'held/' : ''}${encodeURIComponent(c.id)}`, (message) => {
          const headers = Object.entries(message.headers).map(([name, value]): [string, string] => [
            name,
            String(value),
          ]);
          resolve(
            new Response(Readable.toWeb(message) as ReadableStream, {
              status: message.statusCode,
              statusText: message.statusMessage,
              headers,
            }),
          );
        }).on('error', reject);
      }),
    release: (c) => held.get(c.id)!(),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
