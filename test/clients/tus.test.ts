import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import type { ClientRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { ERRORS, Server } from '@tus/server';
import { DefaultHttpStack, Upload, type HttpRequest, type HttpStack, type UploadOptions } from 'tus-js-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../src';
import { tusErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { expectSameModel, NOW, rawModel, refusedUrl, serveScenarios, settle, type Scenario } from './harness';

// tus-js-client 4.3 (resumable uploads, also under Uppy's `@uppy/tus`) against a real tus server, `@tus/server` 2.4
// with `@tus/file-store` 2.1, and against the scenario server standing in for a proxy before it. An upload reports
// its failure only to `onError(error)` (and, before that, to `onShouldRetry(error)` when retries are on); it throws
// nothing and returns nothing. What it hands is a `DetailedError` (node_modules/tus-js-client/lib.es5/error.js, the
// same as lib.esm/error.js): an `Error` named "Error" whose message is developer text ("tus: unexpected response while
// creating upload, originated from request (method: POST, url: …, response code: 413, response text: …, request id:
// n/a)"), with `originalRequest`, `originalResponse` and `causingError`. The response is an `HttpResponse` of methods
// (`getStatus()`, `getHeader(name)`, `getBody()` its text, `getUnderlyingObject()` Node's `IncomingMessage` here,
// the `XMLHttpRequest` in browsers: lib.esm/node/httpStack.js, lib.esm/browser/httpStack.js), so nothing of it is
// read as a response's members: the kit reads it through `tusErrors` (src/core/clients/tus.ts). Any status outside
// 2xx fails the POST that creates the upload, and so does a 2xx without a Location (lib.es5/upload.js,
// `_createUpload`). A request that gets no response keeps the socket's error as `causingError`. `upload.abort()`
// calls no handler at all (`_emitError` returns while `_aborted`), and there is no timeout option.

const server = serveScenarios();

/** The tus server: uploads up to 1 KiB, and an `onUploadCreate` hook that refuses executables. */
let tus: { url: string; close(): Promise<void> } | undefined;
const tusUrl = (): string => {
  if (!tus) throw new Error('the tus server is started in beforeAll');
  return tus.url;
};

beforeAll(async () => {
  const directory = await mkdtemp(join(tmpdir(), 'api-error-kit-tus-'));
  const handler = new Server({
    path: '/files',
    datastore: new FileStore({ directory }),
    maxSize: 1024,
    // Throwing `{ status_code, body }` is how its README tells a hook to refuse (node_modules/@tus/server/README.md,
    // `onUploadCreate`).
    onUploadCreate: async (_req, upload) => {
      if (upload.metadata?.filename?.endsWith('.exe')) throw { status_code: 403, body: 'Not allowed\n' };
      return {};
    },
  });
  const listening = handler.listen(0, '127.0.0.1');
  await new Promise((resolve) => listening.once('listening', resolve));
  tus = {
    url: `http://127.0.0.1:${(listening.address() as AddressInfo).port}/files`,
    close: async () => {
      listening.closeAllConnections();
      await new Promise((resolve) => listening.close(resolve));
      await rm(directory, { recursive: true, force: true });
    },
  };
});
afterAll(() => tus?.close());

/** An upload as an app starts one, without retries: what `onError` is handed, or what `onSuccess` is. */
function upload(file: Buffer, options: UploadOptions): Promise<unknown> {
  return new Promise((resolve, reject) => {
    new Upload(file, { retryDelays: null, ...options, onError: reject, onSuccess: resolve }).start();
  });
}

const TUS = { 'Tus-Resumable': '1.0.0' };

/** The same request made with fetch: what the server answered, as a scenario the harness reads. */
async function raw(url: string, init: RequestInit): Promise<Scenario> {
  const response = await fetch(url, { ...init, headers: { ...TUS, ...init.headers } });
  return {
    name: `${init.method} ${url}`,
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
    source: '@tus/server 2.4.5 on 127.0.0.1',
  };
}

/** tus metadata: each value in base64 (tus-js-client's `encodeMetadata`). */
const metadata = (name: string): string => `filename ${Buffer.from(name).toString('base64')}`;

/** The PATCH tus-js-client sends for a whole file: its bytes at an offset. */
const patch = (file: Buffer, offset: number): RequestInit => ({
  method: 'PATCH',
  headers: { 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
  body: new Uint8Array(file),
});

describe('tus-js-client against @tus/server: the DetailedError reads as the same request’s raw response', () => {
  it('an upload over `maxSize` is refused with 413 when it is created', async () => {
    const file = Buffer.alloc(2048);
    const { threw, value } = await settle(upload(file, { endpoint: tusUrl() }));
    expect(threw).toBe(true);
    const sent = await raw(tusUrl(), { method: 'POST', headers: { 'Upload-Length': String(file.length) } });
    expect(sent).toMatchObject({
      status: ERRORS.ERR_MAX_SIZE_EXCEEDED.status_code,
      body: ERRORS.ERR_MAX_SIZE_EXCEEDED.body,
    });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
    expect(normalizeError(value, { now: NOW })).toMatchObject({ status: 413, message: 'Maximum size exceeded' });
  });

  it('an `onUploadCreate` hook that throws `{ status_code: 403, body }` refuses it with its words', async () => {
    const file = Buffer.alloc(16);
    const { threw, value } = await settle(upload(file, { endpoint: tusUrl(), metadata: { filename: 'setup.exe' } }));
    expect(threw).toBe(true);
    const sent = await raw(tusUrl(), {
      method: 'POST',
      headers: { 'Upload-Length': String(file.length), 'Upload-Metadata': metadata('setup.exe') },
    });
    expect(sent).toMatchObject({ status: 403, body: 'Not allowed\n' });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'forbidden', message: 'Not allowed' });
  });

  it('a PATCH to an upload removed since it was created is 404', async () => {
    const file = Buffer.alloc(16);
    let uploadUrl = '';
    const { threw, value } = await settle(
      upload(file, {
        endpoint: tusUrl(),
        // Another tab (or the server's expiry) ends the upload between its creation and its first PATCH.
        onBeforeRequest: async (req) => {
          if (req.getMethod() !== 'PATCH') return;
          uploadUrl = req.getURL();
          await raw(uploadUrl, { method: 'DELETE' });
        },
      }),
    );
    expect(threw).toBe(true);
    const sent = await raw(uploadUrl, patch(file, 0));
    expect(sent).toMatchObject({ status: ERRORS.FILE_NOT_FOUND.status_code, body: ERRORS.FILE_NOT_FOUND.body });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });

  it('a PATCH at an offset the server has moved past is 409', async () => {
    const file = Buffer.alloc(16);
    let uploadUrl = '';
    const { threw, value } = await settle(
      upload(file, {
        endpoint: tusUrl(),
        // Another client writes the first byte before this one's PATCH at offset 0 goes out.
        onBeforeRequest: async (req) => {
          if (req.getMethod() !== 'PATCH') return;
          uploadUrl = req.getURL();
          await raw(uploadUrl, patch(file.subarray(0, 1), 0));
        },
      }),
    );
    expect(threw).toBe(true);
    const sent = await raw(uploadUrl, patch(file, 0));
    expect(sent).toMatchObject({ status: ERRORS.INVALID_OFFSET.status_code, body: ERRORS.INVALID_OFFSET.body });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });

  it('resuming an upload the server no longer has is a 404 to its HEAD, a response without a body', async () => {
    const uploadUrl = `${tusUrl()}/gone-since-yesterday`;
    // Without an `endpoint` it cannot start over, and reports the HEAD's response.
    const { threw, value } = await settle(upload(Buffer.alloc(16), { uploadUrl }));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ message: expect.stringMatching(/^tus: unable to resume upload/) });
    const sent = await raw(uploadUrl, { method: 'HEAD' });
    expect(sent).toMatchObject({ status: 404, body: '' });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });

  it('a complete upload calls onSuccess, with nothing for the kit', async () => {
    const { threw, value } = await settle(upload(Buffer.alloc(16), { endpoint: tusUrl() }));
    expect(threw).toBe(false);
    expect(value).toHaveProperty('lastResponse');
  });
});

describe('tus-js-client behind a proxy: each scenario answering the POST that creates the upload', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => upload(Buffer.alloc(16), { endpoint: url }),
    // A 2xx without a Location fails too: "tus: invalid or missing Location header".
    fails: () => true,
  });

  it('`onShouldRetry` is handed the same DetailedError, which reads as the response', async () => {
    const seen: unknown[] = [];
    const { value } = await settle(
      upload(Buffer.alloc(16), {
        endpoint: `${server().url}/rate-limited-429`,
        retryDelays: [0],
        onShouldRetry: (error) => {
          seen.push(error);
          return false;
        },
      }),
    );
    expect(seen).toEqual([value]);
    expect(normalizeError(seen[0], { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 5000 });
  });
});

describe('tus-js-client: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => upload(Buffer.alloc(16), { endpoint: url }),
    // The Node stack hands its options to `http.request`, so an app's signal ends the request and reaches onError as
    // the DetailedError's `causingError`.
    aborted: (url) => {
      const controller = new AbortController();
      return upload(Buffer.alloc(16), {
        endpoint: url,
        httpStack: new DefaultHttpStack({ signal: controller.signal }),
        // Once the request is out.
        onBeforeRequest: () => {
          setImmediate(() => controller.abort());
        },
      });
    },
  });

  it('it has no timeout option: an `AbortSignal.timeout` given to the Node stack is timeout', async () => {
    // Node's `http.request` fails with an `AbortError` whose `cause` is the signal's `TimeoutError`.
    const { value } = await settle(
      upload(Buffer.alloc(16), {
        endpoint: `${server().url}/slow`,
        httpStack: new DefaultHttpStack({ signal: AbortSignal.timeout(50) }),
      }),
    );
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout', format: 'timeout' });
  });

  it('`upload.abort()` ends the request and calls neither onError nor onSuccess: nothing reaches the kit', async () => {
    const called: string[] = [];
    const stack = new DefaultHttpStack({});
    let sent: (request: HttpRequest) => void = () => undefined;
    const sending = new Promise<HttpRequest>((resolve) => {
      sent = resolve;
    });
    // The stack tells when the request went out.
    const watching: HttpStack = {
      getName: () => 'watching',
      createRequest: (method, url): HttpRequest => {
        const request = stack.createRequest(method, url);
        const send = request.send.bind(request);
        request.send = (body) => {
          const answer = send(body);
          sent(request);
          return answer;
        };
        return request;
      },
    };
    const started = new Upload(Buffer.alloc(16), {
      endpoint: `${server().url}/slow`,
      retryDelays: null,
      httpStack: watching,
      onError: () => called.push('onError'),
      onSuccess: () => called.push('onSuccess'),
    });
    started.start();
    // Node's `ClientRequest`, which `abort()` closes without an 'error': the pending send never settles.
    const request: ClientRequest = (await sending).getUnderlyingObject();
    const closed = once(request, 'close');
    await started.abort();
    await closed;
    expect(request.destroyed).toBe(true);
    // Anything the close set off has run by the next macrotask.
    await new Promise((resolve) => setImmediate(resolve));
    expect(called).toEqual([]);
  });
});

describe('tus-js-client: read by a normalizer that names it, or by one that does not', () => {
  it('its response is read only through `tusErrors`: the bare Error says nothing of the server', async () => {
    const { value } = await settle(upload(Buffer.alloc(16), { endpoint: `${server().url}/plain-text` }));
    const named = createNormalizer({ clients: [tusErrors] })(value, { now: NOW });
    expect(named).toMatchObject({ status: 400, message: 'The start date must be before the end date.' });
    const unnamed = createNormalizer()(value, { now: NOW });
    expect(unnamed).toMatchObject({ messageSource: 'default', format: 'error' });
    expect(unnamed.status).toBeUndefined();
    // Its developer text, with the URL and the body, is never what a person reads.
    for (const read of [named, unnamed]) expect(read.message).not.toMatch(/^tus: /);
  });
});

describe('tus-js-client: a stack whose response lists no headers (as the browser’s) reads the same', () => {
  // The browser stack's `getUnderlyingObject()` is the XMLHttpRequest, which has no `headers` list: the kit then asks
  // `getHeader` for each name it reads. Here the Node stack's response, its `IncomingMessage` hidden the same way.
  const stack = new DefaultHttpStack({});
  const unlisted: HttpStack = {
    getName: () => 'unlisted',
    createRequest: (method, url): HttpRequest => {
      const request = stack.createRequest(method, url);
      const send = request.send.bind(request);
      request.send = async (body) => {
        const response = await send(body);
        response.getUnderlyingObject = () => null;
        return response;
      };
      return request;
    },
  };
  itAgreesWithTheRawResponse(server, {
    request: (url) => upload(Buffer.alloc(16), { endpoint: url, httpStack: unlisted }),
    fails: () => true,
  });
});
