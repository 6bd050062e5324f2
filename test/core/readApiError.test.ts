import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ky1 from 'ky1';
import wretch2 from 'wretch2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasUnreadBody, HttpError, normalizeError, readApiError, type ApiError, type ErrorParser } from '../../src';
import { corpus } from '../conformance/corpus';
import { judge, receivedAt } from '../conformance/run';
import type { ConformanceCase } from '../conformance/types';

// Real responses from the corpus, each with its source in test/conformance/cases (the id names it):
// one per body format a body-less model loses.
const CASE_IDS = [
  'rfc9457/out-of-credit', // problem+json, RFC 9457 §3 (example.ts)
  'rfc9457/validation-errors-extension', // problem+json with field errors, RFC 9457 §3 (example.ts)
  'anthropic/overloaded-529', // JSON, request id in a header, anthropic-sdk-typescript#616 (ai-baas-identity.ts)
  'express-rate-limit/429-retry-after', // plain text with Retry-After, express-rate-limit's tests (frameworks-go-node-elixir-rust.ts)
  'amazon-s3/no-such-key', // XML, Amazon S3 ErrorResponses docs (cloud.ts)
  'linode/nginx-502-html', // an nginx HTML page, linodego's tests (cloud.ts)
  'scaleway/empty-text-plain-404', // an empty text/plain body, scaleway-sdk-go's tests (cloud.ts)
];
const cases = CASE_IDS.map((id) => {
  const found = corpus.find((c) => c.id === id);
  if (!found) throw new Error(`no conformance case ${id}`);
  return found;
});

/** The bytes the server sends for a case: JSON as text, text as it is. */
const wire = (c: ConformanceCase): string => {
  const body = c.response!.body;
  return body === undefined || body === null ? '' : typeof body === 'string' ? body : JSON.stringify(body);
};
// Set by the server itself from what it really sends.
const HOP_HEADERS = new Set(['content-length', 'connection', 'transfer-encoding']);

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(req.url!.slice(1));
    if (path === 'endless') {
      // A body that never ends: the reader must stop at its cap.
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const more = () => {
        while (res.write(chunk));
      };
      res.on('drain', more);
      more();
      return;
    }
    if (path === 'cut-off') {
      // The connection drops halfway through a JSON body: the body cannot be read.
      res.writeHead(503, { 'Content-Type': 'application/json', 'Content-Length': '1000', 'Retry-After': '30' });
      res.write('{"message":"Service temporarily', () => res.destroy());
      return;
    }
    const c = cases.find((k) => k.id === path);
    if (!c) {
      res.writeHead(404).end();
      return;
    }
    const { status, headers = {} } = c.response!;
    res.writeHead(
      status,
      Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_HEADERS.has(name.toLowerCase()))),
    );
    res.end(wire(c));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const url = (c: ConformanceCase | string) => `${base}/${encodeURIComponent(typeof c === 'string' ? c : c.id)}`;

/**
 * The model of exactly what the server sent, read the documented way: a fresh fetch through `HttpError.fromResponse`.
 */
async function rawModel(c: ConformanceCase): Promise<ApiError> {
  return normalizeError(await HttpError.fromResponse(await fetch(url(c))), { now: receivedAt(c) });
}

/** The dimensions of a case that do not hold, by name: empty when the model reads the case right. */
const misses = (c: ConformanceCase, model: ApiError) => Object.entries(judge(c, model)).filter(([, wrong]) => wrong);

describe('readApiError: a thrown fetch Response', () => {
  it.each(cases.map((c) => [c.id, c] as const))(
    '%s: the full model, and the app can still read the body',
    async (_, c) => {
      const response = await fetch(url(c));
      expect(hasUnreadBody(response)).toBe(true);
      const model = await readApiError(response, { now: receivedAt(c) });
      expect(model).toEqual(await rawModel(c));
      expect(misses(c, model)).toEqual([]);
      expect(model.cause).toBe(response);
      // Read from a clone: the response is the app's to read as before.
      expect(response.bodyUsed).toBe(false);
      expect(await response.text()).toBe(wire(c));
    },
  );

  it('reads what the status alone cannot tell: the server sentence, fields, support id and code', async () => {
    const c = cases.find((k) => k.id === 'rfc9457/validation-errors-extension')!;
    const response = await fetch(url(c));
    const statusOnly = normalizeError(response);
    const full = await readApiError(response);
    expect(statusOnly.fieldErrors).toEqual([]);
    expect(full.fieldErrors.map((f) => f.field)).toEqual(['age', 'profile.color']);
    expect(full.message).toBe('Your request is not valid.');
  });

  it('takes the clock and the custom parsers of normalizeError', async () => {
    const rateLimit = cases.find((c) => c.id === 'express-rate-limit/429-retry-after')!;
    const now = Date.UTC(2026, 0, 1);
    expect((await readApiError(await fetch(url(rateLimit)), { now })).retryAt).toBe(now + 60_000);

    const seen: unknown[] = [];
    const spy: ErrorParser = {
      name: 'spy',
      parse: (body) => (seen.push(body), { message: 'Read by the app’s own parser.' }),
    };
    const problem = cases.find((c) => c.id === 'rfc9457/out-of-credit')!;
    const model = await readApiError(await fetch(url(problem)), { parsers: [spy] });
    expect(seen).toEqual([problem.response!.body]);
    expect(model).toMatchObject({ format: 'spy', message: 'Read by the app’s own parser.' });
  });

  it('stops at 1 MiB of a body that never ends', async () => {
    const response = await fetch(url('endless'));
    const model = await readApiError(response);
    expect(model).toMatchObject({ kind: 'server', status: 500 });
    expect(model.details!.length).toBeLessThanOrEqual(1 << 20);
    await response.body!.cancel();
  });

  it('never rejects: a body cut off mid-way leaves the model from status and headers', async () => {
    const now = Date.UTC(2026, 0, 1);
    const response = await fetch(url('cut-off'));
    const model = await readApiError(response, { now });
    expect(model).toEqual(normalizeError(new HttpError(503, response.headers, null), { now }));
    expect(model).toMatchObject({ kind: 'unavailable', retryAt: now + 30_000 });
  });
});

describe('readApiError: ky 1 HTTPError', () => {
  it.each(cases.filter((c) => c.response!.status >= 400).map((c) => [c.id, c] as const))('%s', async (_, c) => {
    const error = await ky1.get(url(c), { retry: 0 }).then(
      () => expect.unreachable('ky 1 resolved a failed request'),
      (thrown: unknown) => thrown,
    );
    expect(error).toMatchObject({ name: 'HTTPError' });
    expect(hasUnreadBody(error)).toBe(true);
    const model = await readApiError(error, { now: receivedAt(c) });
    expect(model).toEqual(await rawModel(c));
    expect(misses(c, model)).toEqual([]);
    expect(model.cause).toBe(error);
    // ky 1's documented way to read the body still works afterwards.
    expect(await (error as { response: Response }).response.text()).toBe(wire(c));
  });
});

describe('readApiError: wretch 2 errors', () => {
  const caught = (request: Promise<unknown>) =>
    request.then(
      () => expect.unreachable('wretch 2 resolved a failed request'),
      (thrown: unknown) => thrown,
    );

  it.each(cases.map((c) => [c.id, c] as const))(
    '%s, errorType(null): the body wretch left unread is read',
    async (_, c) => {
      const error = await caught(wretch2(url(c)).errorType(null).get().res());
      expect(error).toMatchObject({ name: 'Error', status: c.response!.status });
      expect(hasUnreadBody(error)).toBe(true);
      const model = await readApiError(error, { now: receivedAt(c) });
      expect(model).toEqual(await rawModel(c));
      expect(model.cause).toBe(error);
    },
  );

  it.each(cases.map((c) => [c.id, c] as const))(
    '%s, default errorType: wretch read the body itself, so nothing is read twice',
    async (_, c) => {
      const error = await caught(wretch2(url(c)).get().res());
      expect(hasUnreadBody(error)).toBe(false);
      const now = receivedAt(c);
      expect(await readApiError(error, { now })).toEqual(normalizeError(error, { now }));
    },
  );
});

describe('readApiError: nothing to read', () => {
  it('gives normalizeError(value) for values without an unread body', async () => {
    const used = await fetch(url(cases[0]!));
    await used.text();
    const hostile = {
      get response(): unknown {
        throw new Error('no');
      },
    };
    const values: unknown[] = [
      used,
      new HttpError(404, { 'X-Request-Id': 'r-1' }, { message: 'Gone for good.' }),
      { status: 429, headers: { 'Retry-After': '30' }, body: { message: 'Slow down' } },
      new TypeError('fetch failed'),
      'Something broke',
      null,
      undefined,
      hostile,
    ];
    const now = Date.UTC(2026, 0, 1);
    for (const value of values) {
      expect(hasUnreadBody(value)).toBe(false);
      const model = await readApiError(value, { now });
      expect(model).toEqual(normalizeError(value, { now }));
      expect(model.cause).toBe(value);
    }
  });
});

describe('readApiError: a body held as a Blob (ts-rest hands XML so)', () => {
  const s3 = cases.find((c) => c.id === 'amazon-s3/no-such-key')!;
  const now = Date.UTC(2026, 0, 1);
  const held = (body: Blob) => ({ status: s3.response!.status, headers: new Headers(s3.response!.headers), body });

  it('reads the Blob of a result, and of the result an error keeps as `response`', async () => {
    const expected = normalizeError({ ...held(new Blob()), body: wire(s3) }, { now });
    expect(expected.code).toBe('NoSuchKey');
    for (const value of [held(new Blob([wire(s3)])), { message: 'unexpected', response: held(new Blob([wire(s3)])) }]) {
      expect(hasUnreadBody(value)).toBe(true);
      const model = await readApiError(value, { now });
      expect({ ...model }).toEqual({ ...expected });
      expect(model.cause).toBe(value);
    }
  });

  it('never rejects: a Blob that cannot be read leaves the model from status and headers', async () => {
    const broken = new Blob(['x']);
    broken.text = () => Promise.reject(new Error('read failed'));
    broken.slice = () => broken;
    const value = held(broken);
    const model = await readApiError(value, { now });
    expect(model).toMatchObject({ kind: 'not-found', status: 404, messageSource: 'default' });
  });
});
