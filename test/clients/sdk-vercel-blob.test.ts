import {
  BlobAccessError,
  BlobError,
  BlobNotFoundError,
  BlobRequestAbortedError,
  BlobServiceNotAvailable,
  BlobServiceRateLimited,
  BlobStoreNotFoundError,
  BlobUnknownError,
  del,
  head,
  list,
  put,
} from '@vercel/blob';
import { upload } from '@vercel/blob/client';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, defaultText, normalizeError, type ApiError } from '../../src';
import { vercelBlobErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  COMPARED,
  expectSameModel,
  failures,
  NOW,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  serveRedirect,
  serveScenarios,
  settle,
  type ComparedField,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';
import { caseScenario, sendScenario, serveBySegment } from './vendor';

// @vercel/blob 2.8 (node_modules/@vercel/blob/dist/chunk-YYMLUMXS.js, built from src/api.ts `requestApi` and
// `getBlobError`, src/helpers.ts `BlobError`; dist/index.js `head`, `list`, `put`, `del`; dist/client.js `upload`,
// `retrieveClientToken`). Every call goes through `requestApi`, which sends to `VERCEL_BLOB_API_URL` (its documented
// override of https://vercel.com/api/blob) with undici's `fetch`, inside `async-retry`. On an answer outside 2xx it
// reads the body as JSON and picks a class by the body's `error.code` alone, whatever the status: `not_found` →
// `BlobNotFoundError`, `forbidden` → `BlobAccessError`, `rate_limited` → `BlobServiceRateLimited` (`retryAfter`:
// `parseInt` of Retry-After, 0 without one), `service_unavailable` → `BlobServiceNotAvailable`, `bad_request` →
// `BlobError(<error.message> ?? "Bad request")`, `store_not_found`, `store_suspended`, … their own classes, and
// anything else (another code, a body that is not JSON or has no `error.code`) → `BlobUnknownError`. Each is an
// `Error` whose `name` stays "Error" (the classes are anonymous and set none) with a fixed message "Vercel Blob: …"
// and no status, no headers, no body; only `BlobServiceRateLimited` has a member of its own (`retryAfter`).
// Retries: a body with no code (`unknown_error`, so every body that is not JSON), `service_unavailable` and
// `internal_server_error`, and fetch's own network failures, are retried `VERCEL_BLOB_RETRIES` times (default 10,
// waiting 1 s × 2^n, each randomized up to twice that: minutes); any other answer is thrown at once. An app's
// `abortSignal` ends the call with `BlobRequestAbortedError`; the SDK has no timeout option. A 2xx resolves what the
// call maps out of the JSON body (`head`: `url`, `size`, …, all undefined for another body), nothing of the response.
// undici follows a redirect. The browser `upload()` first asks the app's `handleUploadUrl` for a client token with
// its own `fetch`: any failed answer there is one `BlobError("Failed to  retrieve the client token")`.

const server = serveScenarios();

/** A read-write token as the SDK parses it (`vercel_blob_rw_<store id>_<secret>`); the server never checks it. */
const token = 'vercel_blob_rw_x_y';
const BLOB = 'https://x.public.blob.vercel-storage.com/avatar.png';

/** Sets environment variables for one call of the SDK, as a deployment sets them, and restores them after it. */
async function withEnv<T>(vars: Record<string, string>, call: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  Object.assign(process.env, vars);
  try {
    return await call();
  } finally {
    for (const [name, value] of Object.entries(before))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  }
}

/** A call of the SDK to the Blob API at `api` (its documented `VERCEL_BLOB_API_URL`). */
const at = <T>(api: string, call: () => Promise<T>): Promise<T> => withEnv({ VERCEL_BLOB_API_URL: api }, call);

// One try per call, as the tests below want it; what its retries do is tested on its own.
let retries: string | undefined;
beforeAll(() => {
  retries = process.env.VERCEL_BLOB_RETRIES;
  process.env.VERCEL_BLOB_RETRIES = '0';
});
afterAll(() => {
  if (retries === undefined) delete process.env.VERCEL_BLOB_RETRIES;
  else process.env.VERCEL_BLOB_RETRIES = retries;
});

/** The OAuth redirect points off this machine, and undici follows it: a redirect is followed to this machine below. */
const ANSWERED = scenarios.filter((sent) => sent.name !== 'oauth-redirect');

/**
 * What an error that keeps only a kind loses of the raw response: the model then has that kind's own words and
 * nothing of the response (no status, code, field errors, retry time or support ID).
 */
function keepsOnly(sent: Scenario, kind: ApiError['kind'], why: string): Dropped | undefined {
  const [title, message] = defaultText[kind];
  const kept: Record<ComparedField, unknown> = {
    kind,
    status: undefined,
    code: undefined,
    message,
    title,
    fieldErrors: [],
    retryAt: undefined,
    logId: undefined,
  };
  const raw = rawModel(sent, NOW);
  const said = (field: ComparedField): unknown =>
    field === 'fieldErrors'
      ? raw.fieldErrors.map(({ field: path, message: text }) => ({ field: path, message: text }))
      : raw[field];
  const lost = COMPARED.filter((field) => JSON.stringify(said(field)) !== JSON.stringify(kept[field]));
  return lost.length ? { gives: Object.fromEntries(lost.map((field) => [field, kept[field]])), why } : undefined;
}

const UNKNOWN_WHY =
  'every answer without a Blob `error.code` is one `BlobUnknownError`, whatever its status: no status, no headers, ' +
  'no body';
const OK_WHY = 'a 2xx resolves the members the call maps out of the body (all undefined here): nothing of the response';

/** For each scenario, what the call drops: everything, an error's and a 2xx's alike. */
const dropsOf = (only: readonly Scenario[], okWhy = OK_WHY): Partial<Record<ScenarioName, Dropped>> =>
  Object.fromEntries(
    only.flatMap((sent) => {
      const dropped = keepsOnly(sent, 'unknown', sent.status < 300 ? okWhy : UNKNOWN_WHY);
      return dropped ? [[sent.name, dropped]] : [];
    }),
  );

describe('@vercel/blob: what `head(url)` throws or resolves reads as the raw response, but for its drops', () => {
  itAgreesWithTheRawResponse(
    server,
    { request: (url) => at(url, () => head(BLOB, { token })), drops: dropsOf(ANSWERED) },
    ANSWERED,
  );

  it('every failed answer of the shared scenarios is a BlobUnknownError, which keeps nothing', async () => {
    for (const sent of failures.filter((failed) => failed.name !== 'oauth-redirect')) {
      const { threw, value } = await settle(at(`${server().url}/${sent.name}`, () => head(BLOB, { token })));
      expect(threw, sent.name).toBe(true);
      expect(value, sent.name).toBeInstanceOf(BlobUnknownError);
      expect(value, sent.name).toMatchObject({
        name: 'Error',
        message: 'Vercel Blob: Unknown error, please visit https://vercel.com/help.',
      });
      expect(Object.keys(value as object), sent.name).toEqual([]);
      // Its own words are for developers: the person reads the default.
      expect(normalizeError(value, { now: NOW }).messageSource, sent.name).toBe('default');
    }
  });
});

describe('@vercel/blob: `list()` reads as `head(url)` does', () => {
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => at(url, () => list({ token })),
      // `list` maps `blobs` out of a 2xx's body: the GraphQL 200 has none, and `response.blobs.map` throws.
      fails: (sent) => sent.status >= 300 || sent.name === 'graphql-200',
      drops: dropsOf(ANSWERED, 'a 2xx without `blobs` throws its own TypeError: nothing of the response'),
    },
    ANSWERED,
  );

  it('a 2xx without the `blobs` it maps throws its own TypeError, read as unknown', async () => {
    const { threw, value } = await settle(at(`${server().url}/graphql-200`, () => list({ token })));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(TypeError);
    expect(normalizeError(value, { now: NOW }).kind).toBe('unknown');
  });
});

// The corpus holds no answer of the Blob API itself. Two answers of other APIs, in the very shape `getBlobError`
// reads (`{ error: { code, message } }`), reach two of its branches:
// 'lob/address-not-found-404': lob/lob-openapi shared/responses/error.yml (`code: 'not_found'`);
// 'paddle/bad-request-400': https://developer.paddle.com/errors/shared/bad_request.md (`code: 'bad_request'`, its
// sentence in `detail`, so no `message`).
const NOT_FOUND = caseScenario('lob/address-not-found-404');
const BAD_REQUEST = caseScenario('paddle/bad-request-400');
const vendor = serveBySegment([NOT_FOUND, BAD_REQUEST]);

/** The four calls an app makes, each against a Blob API at `api`. */
const CALLS = {
  head: (api: string) => at(api, () => head(BLOB, { token })),
  list: (api: string) => at(api, () => list({ token })),
  put: (api: string) => at(api, () => put('avatar.png', 'bytes', { access: 'public', token })),
  del: (api: string) => at(api, () => del(BLOB, { token })),
} as const;

describe('@vercel/blob: a body with a Blob `error.code` becomes the class it names, read as its kind', () => {
  const CLASS_WHY =
    'the class says only what the code named: the message is the SDK’s own, with no status, no headers, no body';
  const cases = Object.entries(CALLS).flatMap(([call, request]) =>
    [
      {
        sent: NOT_FOUND,
        kind: 'not-found' as const,
        made: BlobNotFoundError,
        said: 'The requested blob does not exist',
      },
      { sent: BAD_REQUEST, kind: 'bad-request' as const, made: BlobError, said: 'Bad request' },
    ].map((c) => [`${call}: ${c.sent.name}`, { ...c, request }] as const),
  );

  it.each(cases)('%s', async (_, { sent, kind, made, said, request }) => {
    const { threw, value } = await settle(request(vendor.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(value).toBeInstanceOf(made);
    expect(value).toMatchObject({ name: 'Error', message: `Vercel Blob: ${said}` });
    expect(Object.keys(value as object)).toEqual([]);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), keepsOnly(sent, kind, CLASS_WHY));
  });

  it('only a normalizer that names it reads the kind; without it, unknown', async () => {
    const { value } = await settle(CALLS.head(vendor.urlOf(NOT_FOUND)));
    expect(createNormalizer({ clients: [vercelBlobErrors] })(value, { now: NOW }).kind).toBe('not-found');
    expect(createNormalizer()(value, { now: NOW }).kind).toBe('unknown');
  });
});

describe('@vercel/blob: the classes no stored answer reaches, as `getBlobError` makes them', () => {
  // Built with the package's own constructors, with what `getBlobError` passes them: no stored body has the codes.
  const read = (error: unknown): ApiError => normalizeError(error, { now: NOW });

  it('BlobServiceRateLimited is rate-limited, its `retryAfter` seconds the countdown', () => {
    const limited = new BlobServiceRateLimited(120);
    expect(Object.keys(limited)).toEqual(['retryAfter']);
    expect(read(limited)).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 120_000, messageSource: 'default' });
    expect(read(limited).status).toBeUndefined();
  });

  it('without Retry-After (0), or with an HTTP-date one (`parseInt` makes NaN), it has no countdown', () => {
    for (const seconds of [undefined, Number.parseInt('Sun, 22 Nov 2026 12:02:00 GMT', 10)]) {
      const model = read(new BlobServiceRateLimited(seconds));
      expect(model.kind).toBe('rate-limited');
      expect(model.retryAt).toBeUndefined();
    }
  });

  it('BlobAccessError is forbidden, BlobServiceNotAvailable unavailable', () => {
    expect(read(new BlobAccessError()).kind).toBe('forbidden');
    expect(read(new BlobServiceNotAvailable()).kind).toBe('unavailable');
  });

  // A missing store is the deployment's mistake, not the person's: read as any error, as the SDK's own checks are.
  it('a BlobError with the server’s sentence, a missing store, or its own check, is developer text', async () => {
    for (const error of [new BlobError('Invalid pathname'), new BlobStoreNotFoundError()])
      expect(read(error)).toMatchObject({ kind: 'unknown', messageSource: 'default' });
    const { threw, value } = await settle(put('avatar.png', '', { access: 'public', token }));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ message: 'Vercel Blob: body is required' });
    expect(read(value)).toMatchObject({ kind: 'unknown', messageSource: 'default' });
  });
});

describe('@vercel/blob: a redirect is followed, never handed over', () => {
  const hop = serveRedirect(() => vendor.urlOf(NOT_FOUND));

  it('the app gets the answer at the Location, read as that answer but for its drops', async () => {
    const { threw, value } = await settle(CALLS.head(hop()));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(BlobNotFoundError);
    expectSameModel(
      normalizeError(value, { now: NOW }),
      rawModel(NOT_FOUND, NOW),
      keepsOnly(NOT_FOUND, 'not-found', 'the class of the answer at the Location, as above'),
    );
  });
});

describe('@vercel/blob: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => CALLS.head(url),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = at(url, () => head(BLOB, { token, abortSignal: controller.signal }));
      controller.abort();
      return pending;
    },
    // No timeout option of its own: an app passes a timeout signal as `abortSignal` (below).
  });

  it('connection refused is fetch’s own TypeError, as it came', async () => {
    const { value } = await settle(CALLS.head(await refusedUrl()));
    expect(value).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
  });

  it('an aborted call is BlobRequestAbortedError', async () => {
    const { value } = await settle(
      at(`${server().url}/slow`, () => head(BLOB, { token, abortSignal: AbortSignal.abort() })),
    );
    expect(value).toBeInstanceOf(BlobRequestAbortedError);
    expect(value).toMatchObject({ name: 'Error', message: 'Vercel Blob: The request was aborted.' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'cancelled', format: 'abort' });
  });

  // Not an AbortError, so `requestApi` retries it as it retries a network failure (each retry fails at once, after its
  // wait): with the default 10 retries it reaches the app minutes late.
  it('`abortSignal: AbortSignal.timeout(ms)` is timeout: its TimeoutError comes as it was', async () => {
    const { threw, value } = await settle(
      at(`${server().url}/slow`, () => head(BLOB, { token, abortSignal: AbortSignal.timeout(50) })),
    );
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'TimeoutError' });
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});

/** A server that answers every request with one scenario, counting them. */
function serveCounting(): { url(): string; answer(sent: Scenario): void; asked(): number } {
  let listening: Server | undefined;
  let sent: Scenario = scenario('json-error');
  let count = 0;
  beforeAll(async () => {
    const started = createServer((req, res) => {
      count += 1;
      req.resume();
      req.on('end', () => sendScenario(res, sent));
    });
    await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
    listening = started;
  });
  afterAll(() => new Promise<void>((resolve) => (listening ? listening.close(() => resolve()) : resolve())));
  return {
    url: () => `http://127.0.0.1:${(listening?.address() as AddressInfo).port}`,
    answer: (next) => {
      sent = next;
      count = 0;
    },
    asked: () => count,
  };
}

describe('@vercel/blob: its retries (`VERCEL_BLOB_RETRIES`, 10 by default)', () => {
  const counting = serveCounting();
  const once = (sent: Scenario) => {
    counting.answer(sent);
    return settle(withEnv({ VERCEL_BLOB_RETRIES: '1' }, () => CALLS.head(counting.url())));
  };

  it('a body with no Blob code (a gateway’s page) is asked again, and ends as a BlobUnknownError', async () => {
    const { value } = await once(scenario('html-gateway'));
    expect(counting.asked()).toBe(2);
    expect(value).toBeInstanceOf(BlobUnknownError);
  });

  it('a JSON body with any other code is asked once', async () => {
    const { value } = await once(scenario('json-error'));
    expect(counting.asked()).toBe(1);
    expect(value).toBeInstanceOf(BlobUnknownError);
  });
});

describe('@vercel/blob/client: `upload()` whose `handleUploadUrl` (the app’s token route) fails', () => {
  // The route is the app's own, and any failure of it is one BlobError: no status, no headers, no body.
  const ROUTE_WHY = 'any failed answer of the token route is one `BlobError("Failed to  retrieve the client token")`';
  const ROUTE_FAILURES = failures.filter((sent) => sent.name !== 'oauth-redirect');
  const uploadTo = (route: string, abortSignal?: AbortSignal) =>
    upload('avatar.png', 'bytes', { access: 'public', handleUploadUrl: route, abortSignal });

  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => uploadTo(url),
      drops: Object.fromEntries(
        ROUTE_FAILURES.flatMap((sent) => {
          const dropped = keepsOnly(sent, 'unknown', ROUTE_WHY);
          return dropped ? [[sent.name, dropped]] : [];
        }),
      ),
    },
    ROUTE_FAILURES,
  );

  it('its words (with their double space) are developer text', async () => {
    const { value } = await settle(uploadTo(`${server().url}/validation-422`));
    expect(value).toMatchObject({ name: 'Error', message: 'Vercel Blob: Failed to  retrieve the client token' });
    expect(normalizeError(value, { now: NOW }).messageSource).toBe('default');
  });

  it('the token request ignores the upload’s `abortSignal`: the aborted upload fails as the route said', async () => {
    const { value } = await settle(uploadTo(`${server().url}/json-error`, AbortSignal.abort()));
    expect(value).toMatchObject({ message: 'Vercel Blob: Failed to  retrieve the client token' });
    expect(normalizeError(value, { now: NOW }).kind).toBe('unknown');
  });
});
