import type { ServerResponse } from 'node:http';
import { corpus } from '../conformance/corpus';
import type { Scenario } from './harness';

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
