import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { genUploader } from 'uploadthing/client';
import { createRouteHandler, createUploadthing, UploadThingError, type FileRouter } from 'uploadthing/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { uploadthingErrors } from '../../src/clients';
import { corpus } from '../conformance/corpus';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  NOW,
  rawModel,
  refusedUrl,
  scenarios,
  serveScenarios,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';
import { caseScenario, serveBySegment } from './vendor';

// UploadThing 7.7.4. `genUploader({ url })`'s `uploadFiles(slug, { files, signal })` first POSTs the files' metadata
// to the app's route handler (`?actionType=upload&slug=<slug>`) and parses the answer as JSON
// (node_modules/uploadthing/dist/ut-reporter-Dlppchbx.js, `createUTReporter`; node_modules/@uploadthing/shared/dist/
// index.js, `fetchEff` and `parseResponseJson`). On an answer that is not ok it rejects with an `UploadThingError`
// (name "UploadThingError", `_tag` the same) whose `code` is `getErrorTypeFromStatusCode(status)`: the first code of
// that status in `ERROR_CODES` (400 BAD_REQUEST, 403 FORBIDDEN, 404 NOT_FOUND, 413 TOO_LARGE; every other status,
// 500 too, INTERNAL_SERVER_ERROR), whose `message` is the body's `message` or else "Request to <url> failed with
// status <status>", whose `cause` is the parsed body, and whose `data` is undefined: no status, no headers. An answer
// that is not JSON (a gateway page, an empty 502, a redirect) rejects with code INTERNAL_CLIENT_ERROR, "Failed to
// parse response from UploadThing server", and an `InvalidJson` cause: nothing of it is kept. No answer: code
// INTERNAL_CLIENT_ERROR, "Failed to report event "upload" to UploadThing server", and a `FetchError` cause whose
// `error` is fetch's TypeError spread into a plain object (name, message, stack; its `cause` is not enumerable, so
// ECONNREFUSED is gone). A 2xx resolves with the upload results made from the body (the per-file PUTs to the storage
// ingest follow, and fail with UPLOAD_FAILED, "XHR failed <status> <text>", the answer in `data`:
// node_modules/uploadthing/client/index.js, `uploadWithProgress`). An app's `signal` interrupts the run and the call
// rejects with an `UploadAbortedError` (name and `_tag` "UploadAborted", no message, no reason); there is no timeout
// option. `@uploadthing/react`'s `useUploadThing` and `UploadButton` call the same `uploadFiles` and hand that error to
// `onUploadError`.
//
// On the server, `createRouteHandler({ router })` (node_modules/uploadthing/server/index.js, a web `Request` in, a
// `Response` out; node_modules/uploadthing/dist/upload-builder-BlFOAnsv.js, `createRequestHandler`) answers an
// `UploadThingError` with `getStatusCodeFromError(error)` and the router's `errorFormatter` body (by default
// `{ message }`); a middleware's other error becomes INTERNAL_SERVER_ERROR "Failed to run middleware" (500), and a file
// too large or too many files BAD_REQUEST "Invalid config: FileSizeMismatch" / "FileCountMismatch" (400). The
// middleware and the file checks run before the handler reads its token or calls UploadThing's servers; the token
// below is only well formed (base64 JSON `{ apiKey: 'sk_…', appId, regions }`, `ParsedToken` in
// node_modules/uploadthing/dist/shared-schemas-BmG5ARoX.js), and `ingestUrl` (where the handler would call next)
// points at a refused port on 127.0.0.1, so no test can reach UploadThing even if a route were let through.

const server = serveScenarios();

const file = (bytes: number): File => new File(['x'.repeat(bytes)], 'notes.txt', { type: 'text/plain' });

/** The uploader an app makes for `url`: Node's fetch, as `window.fetch` is in a browser. */
const uploaderFor = (url: string, follow = true) =>
  genUploader<FileRouter>({
    url,
    package: '@uploadthing/react',
    // A redirect is the answer, not followed: the OAuth one points off this machine.
    fetch: follow ? globalThis.fetch : (input, init) => globalThis.fetch(input, { ...init, redirect: 'manual' }),
  });

/** The body as the client keeps it in `cause`: one `res.json()` takes; the rest fails the parse and is lost. */
function jsonBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

// The statuses `getErrorTypeFromStatusCode` gives a code of their own; any other becomes INTERNAL_SERVER_ERROR.
const CODED_STATUSES = [400, 403, 404, 413];

/**
 * The status the error still tells: its own sentence names it when the body has no `message`; else only a code that
 * stands for one status does.
 */
function keptStatus(status: number, body: unknown): number | undefined {
  const hasMessage =
    typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string';
  return !hasMessage || CODED_STATUSES.includes(status) ? status : undefined;
}

/** The model of what the UploadThingError keeps of an answer: the parsed body and the status it still tells. */
function keptModel(sent: Scenario): ApiError {
  const body = jsonBody(sent.body);
  if (body === undefined || sent.status < 300)
    return normalizeError({ status: undefined, headers: {}, body: null }, { now: NOW });
  return normalizeError({ status: keptStatus(sent.status, body), headers: {}, body }, { now: NOW });
}

const WHY_JSON =
  'the UploadThingError keeps the JSON body as `cause`, the status only as a code (400, 403, 404, 413; every other ' +
  'as INTERNAL_SERVER_ERROR) or in its own sentence when the body has no `message`, and no headers';
const WHY_NOT_JSON = 'an answer that is not JSON is an InvalidJson failure: its status, headers and text are gone';
const WHY_OK = 'a 2xx resolves with the upload results made from the body: nothing of the answer is an error';

/** Each compared field the client loses on a scenario, and what it is left with. */
function dropsOf(sent: Scenario): Dropped | undefined {
  const why = sent.status < 300 ? WHY_OK : jsonBody(sent.body) === undefined ? WHY_NOT_JSON : WHY_JSON;
  return droppedBetween(rawModel(sent, NOW), keptModel(sent), why);
}

describe('UploadThing: what uploadFiles rejects with reads as the raw answer, but for what it drops', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => uploaderFor(url, false).uploadFiles('avatar', { files: [file(4)] }),
    drops: Object.fromEntries(
      scenarios.flatMap((sent) => {
        const dropped = dropsOf(sent);
        return dropped ? [[sent.name as ScenarioName, dropped]] : [];
      }),
    ),
  });

  it('a JSON answer is an UploadThingError whose code stands for its status and whose cause is its body', async () => {
    const { value } = await settle(
      uploaderFor(`${server().url}/rate-limited-429`).uploadFiles('a', { files: [file(1)] }),
    );
    expect(value).toMatchObject({ name: 'UploadThingError', code: 'INTERNAL_SERVER_ERROR', data: undefined });
    expect((value as Error).message).toMatch(
      /^Request to http:\/\/127\.0\.0\.1:\d+\/rate-limited-429\?.* failed with status 429$/,
    );
    expect((value as { cause: unknown }).cause).toEqual(
      jsonBody(scenarios.find((s) => s.name === 'rate-limited-429')!.body),
    );
  });

  it('an answer that is not JSON leaves only the client’s own sentence, never the page', async () => {
    const { value } = await settle(uploaderFor(`${server().url}/html-gateway`).uploadFiles('a', { files: [file(1)] }));
    expect(value).toMatchObject({
      name: 'UploadThingError',
      code: 'INTERNAL_CLIENT_ERROR',
      message: 'Failed to parse response from UploadThing server',
      cause: { _tag: 'InvalidJson' },
    });
    for (const read of [normalizeError, createNormalizer()])
      expect(read(value, { now: NOW }).message).not.toMatch(/<|UploadThing server/);
  });
});

/** A node `http` server on 127.0.0.1 that hands each request to `createRouteHandler`'s web handler. */
function serveRouteHandler(router: FileRouter): () => string {
  let http: Server | undefined;
  const toRequest = async (req: IncomingMessage): Promise<Request> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks);
    return new Request(`http://127.0.0.1${req.url ?? '/'}`, { method: req.method, headers, body });
  };
  beforeAll(async () => {
    const nowhere = await refusedUrl();
    const token = Buffer.from(
      JSON.stringify({ apiKey: 'sk_live_0000000000000000', appId: 'local-app', regions: ['sea1'] }),
    ).toString('base64');
    const handler = createRouteHandler({
      router,
      config: { token, ingestUrl: nowhere, logLevel: 'None', isDev: false },
    });
    http = createServer((req, res) => {
      void toRequest(req)
        .then(handler)
        .then(async (response) => {
          res.writeHead(response.status, Object.fromEntries(response.headers));
          res.end(Buffer.from(await response.arrayBuffer()));
        });
    });
    const listening = http;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    const listening = http;
    if (!listening) return;
    listening.closeAllConnections();
    await new Promise((resolve) => listening.close(resolve));
  });
  return () => `http://127.0.0.1:${(http?.address() as AddressInfo).port}/api/uploadthing`;
}

const f = createUploadthing();
const router = {
  signedIn: f({ blob: { maxFileSize: '1MB' } })
    .middleware(() => {
      throw new UploadThingError({ code: 'FORBIDDEN', message: 'You must be signed in to upload files' });
    })
    .onUploadComplete(() => undefined),
  appThrew: f({ blob: { maxFileSize: '1MB' } })
    .middleware(() => {
      throw new Error('connect ECONNREFUSED 10.0.0.7:5432');
    })
    .onUploadComplete(() => undefined),
  tiny: f({ blob: { maxFileSize: '4B', maxFileCount: 1 } })
    .middleware(() => ({}))
    .onUploadComplete(() => undefined),
} satisfies FileRouter;

describe('UploadThing: its own route handler on 127.0.0.1, its own client', () => {
  const url = serveRouteHandler(router);

  /** What the route handler answers the client's first request with, as it came. */
  async function answer(slug: string, files: readonly File[]): Promise<Scenario> {
    const response = await fetch(`${url()}?actionType=upload&slug=${slug}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ input: null, files: files.map(({ name, size, type }) => ({ name, size, type })) }),
    });
    const headers = Object.fromEntries([...response.headers].filter(([name]) => name !== 'date'));
    return { name: slug, status: response.status, headers, body: await response.text(), source: 'route handler' };
  }

  const cases: readonly { slug: string; files: readonly File[]; status: number; code: string; kept: boolean }[] = [
    { slug: 'signedIn', files: [file(1)], status: 403, code: 'FORBIDDEN', kept: true },
    { slug: 'appThrew', files: [file(1)], status: 500, code: 'INTERNAL_SERVER_ERROR', kept: false },
    { slug: 'tiny', files: [file(64)], status: 400, code: 'BAD_REQUEST', kept: true },
    { slug: 'tiny', files: [file(1), file(1)], status: 400, code: 'BAD_REQUEST', kept: true },
    { slug: 'noSuchRoute', files: [file(1)], status: 404, code: 'NOT_FOUND', kept: true },
  ];

  it.each(cases.map((c) => [`${c.slug} (${c.files.length} file(s), ${c.status})`, c] as const))(
    '%s: the error reads as the handler’s answer',
    async (_, { slug, files, status, code, kept }) => {
      const sent = await answer(slug, files);
      expect(sent.status).toBe(status);
      const { threw, value } = await settle(uploaderFor(url()).uploadFiles(slug, { files: [...files] }));
      expect(threw).toBe(true);
      expect(value).toMatchObject({ name: 'UploadThingError', code, cause: JSON.parse(sent.body) });
      const raw = rawModel(sent, NOW);
      const dropped = kept
        ? undefined
        : droppedBetween(
            raw,
            keptModel(sent),
            'its 500 comes back INTERNAL_SERVER_ERROR, the code of every status without one',
          );
      expect(dropped === undefined).toBe(kept);
      expectSameModel(normalizeError(value, { now: NOW }), raw, dropped);
    },
  );

  it('the middleware’s own UploadThingError comes to the app as forbidden, with its sentence', async () => {
    const { value } = await settle(uploaderFor(url()).uploadFiles('signedIn', { files: [file(1)] }));
    expect(normalizeError(value, { now: NOW })).toMatchObject({
      kind: 'forbidden',
      status: 403,
      message: 'You must be signed in to upload files',
    });
  });

  it('a file too large is a bad request, as the handler answered it', async () => {
    const { value } = await settle(uploaderFor(url()).uploadFiles('tiny', { files: [file(64)] }));
    expect(value).toMatchObject({ code: 'BAD_REQUEST', message: 'Invalid config: FileSizeMismatch' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'bad-request', status: 400 });
  });

  it('is read only by a normalizer that names the client, or by normalizeError', async () => {
    const { value } = await settle(uploaderFor(url()).uploadFiles('signedIn', { files: [file(1)] }));
    for (const read of [createNormalizer({ clients: [uploadthingErrors] }), normalizeError])
      expect(read(value, { now: NOW })).toMatchObject({ kind: 'forbidden', status: 403, messageSource: 'server' });
    // Without it, the error is an Error like any: its message is not shown, and its code says no status.
    expect(createNormalizer()(value, { now: NOW })).toMatchObject({ kind: 'unknown', messageSource: 'default' });
  });
});

describe('UploadThing: its route handler’s own answers from the corpus, read through the client', () => {
  const sent = corpus
    .filter((c) => c.source === 'UploadThing' && c.response)
    .map((c) => caseScenario(c.id, { 'content-type': 'application/json' }));
  const served = serveBySegment(sent);

  it('has cases to read', () => expect(sent.length).toBeGreaterThanOrEqual(5));

  it.each(sent.map((s) => [s.name, s] as const))('%s', async (_, scenario) => {
    const { threw, value } = await settle(
      uploaderFor(`${served.urlOf(scenario)}/api/uploadthing`).uploadFiles('avatar', { files: [file(1)] }),
    );
    expect(threw).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(scenario, NOW), dropsOf(scenario));
  });
});

describe('UploadThing: failures without an answer', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => uploaderFor(url).uploadFiles('avatar', { files: [file(1)] }),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = uploaderFor(url).uploadFiles('avatar', { files: [file(1)], signal: controller.signal });
      controller.abort();
      return pending;
    },
  });

  it('has no timeout option; a timeout signal comes back cancelled: the interrupt drops its reason', async () => {
    const { threw, value } = await settle(
      uploaderFor(`${server().url}/slow`).uploadFiles('avatar', { files: [file(1)], signal: AbortSignal.timeout(50) }),
    );
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'UploadAborted', _tag: 'UploadAborted', message: '' });
    expect(normalizeError(value, { now: NOW }).kind).toBe('cancelled');
  });
});
