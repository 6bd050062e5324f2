import { createClient, type Client, type RequestInitLike } from '@prismicio/client';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { prismicErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  NOW,
  parsedBody,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  serveScenarios,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
  type ScenarioServer,
} from './harness';
import { caseScenario, sendScenario } from './vendor';

// @prismicio/client 7.22 (node_modules/@prismicio/client/src/errors.ts, src/Client.ts, src/lib/request.ts; the same
// in dist/errors.js, dist/Client.js). Every query (`getByUID`, `getSingle`, `get`, …) first asks the entry API
// (`/api/v2`, `getRepository`) for the master ref, then `documents/search`. What it throws on a failed answer:
// - entry API 404: `RepositoryNotFoundError("Prismic repository not found. Check that …", url, undefined)`;
// - 400: `ParsingError(body.message, url, body)`; 401: `ForbiddenError`; 404: `RefNotFoundError` (body `type`
//   "api_notfound_error"), `PreviewTokenExpiredError`, else `NotFoundError`; 410: `RefExpiredError`: each with the
//   body as `response`, parsed by `response.json()`, whose `SyntaxError` is thrown instead when the body is not JSON;
// - 429: nothing: `request` waits Retry-After seconds (else 1.5 s) and asks again, for ever, deaf to the signal
//   while it waits; only an app's signal ends it, at the next ask, with fetch's `AbortError`;
// - any other status: `PrismicError("An invalid API response was returned", url, <the body's text>)`;
// - a 2xx query that matched nothing (`getFirst`, under `getByUID` and `getSingle`):
//   `NotFoundError("No documents were returned", url, undefined)`.
// Every one is an `Error` whose `name` stays "Error" (the classes are anonymous and set none), with only `url` and
// `response` of its own: no status, no headers. A failure without a response is fetch's own error, as it came; the
// client has no timeout option (an app passes `fetchOptions.signal`).
const server = serveScenarios();

// The entry API's document, as the client reads it (src/types/api/repository.ts `Repository`: `refs`, and
// `integrationFieldsRef`, which `buildQueryURL` reads; src/types/api/ref.ts `Ref`). The ref is the example of
// `getRefByID`'s doc comment in src/Client.ts.
const REPOSITORY = {
  refs: [{ id: 'master', ref: 'YhE3YhEAACIA4321', label: 'Master', isMasterRef: true }],
  integrationFieldsRef: null,
};
// A query that matched no document: of src/types/api/query.ts `Query`, only the `results` `getFirst` reads.
const NO_RESULTS: Scenario = {
  name: 'no-results',
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ results: [] }),
  source: 'src/types/api/query.ts `Query`: the `results` getFirst reads, empty',
};
// Prismic's own error: 'prismic/query-parsing-error-400' (github.com/prismicio/prismic-client/issues/8, the answer
// to `getByIDs` on /api/v2/documents/search). The issue shows the body alone; the client parses it whatever its type.
const PARSING_ERROR = caseScenario('prismic/query-parsing-error-400');

/** What a Prismic-shaped server was asked, in order: path and query. */
const asked: string[] = [];

/**
 * A Prismic-shaped server on 127.0.0.1: `/<scenario>/api/v2` is the entry API, answered with `REPOSITORY`;
 * `/<scenario>/api/v2/documents/search` answers with the scenario.
 */
function servePrismic(): () => ScenarioServer {
  const served = new Map<string, Scenario>([...scenarios, NO_RESULTS, PARSING_ERROR].map((sent) => [sent.name, sent]));
  const prismic = createServer((req, res) => {
    const { pathname, search } = new URL(req.url ?? '/', 'http://127.0.0.1');
    asked.push(pathname + search);
    const [, name = '', query] = /^\/(.+?)\/api\/v2(\/documents\/search)?$/.exec(pathname) ?? [];
    req.resume();
    req.on('end', () => {
      const sent = served.get(name);
      if (sent && !query) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(REPOSITORY));
      } else if (sent) sendScenario(res, sent);
      else res.writeHead(500, { 'content-type': 'text/plain' }).end(`no scenario "${name}"`);
    });
  });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => prismic.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(prismic.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    prismic.closeAllConnections();
    await new Promise((resolve) => prismic.close(resolve));
  });
  return () => ({ url, close: async () => {} });
}
const prismic = servePrismic();

// On an endpoint whose host is not Prismic's, `createClient` warns that it cannot tell the repository's name.
beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
});

/**
 * An app's call through the client with an endpoint, as an app makes it: its own signal in `fetchOptions`, and its
 * own `fetch` (the client's `fetch` option), which keeps a redirect as the answer. On a 429 the client waits
 * Retry-After seconds and asks again, for ever: the test's clock skips that wait (only `setTimeout` is faked, and
 * only from the 429 on), and the app gives up when the client asks the same URL again, with its signal.
 */
async function asApp(endpoint: string, call: (client: Client) => Promise<unknown>): Promise<unknown> {
  const controller = new AbortController();
  const times = new Map<string, number>();
  let rateLimited = (): void => {};
  const sawRateLimit = new Promise<void>((resolve) => (rateLimited = resolve));
  let retried = false;
  const appFetch = async (input: string, init?: RequestInitLike) => {
    const time = (times.get(input) ?? 0) + 1;
    times.set(input, time);
    if (time > 1) {
      retried = true;
      controller.abort();
    }
    const response = await fetch(input, { ...init, redirect: 'manual' });
    if (response.status === 429) {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      rateLimited();
    }
    return response;
  };
  const client = createClient(endpoint, { fetch: appFetch, fetchOptions: { signal: controller.signal } });
  const pending = settle(call(client));
  if ((await Promise.race([pending.then(() => false), sawRateLimit.then(() => true)])) === true) {
    try {
      while (!retried) {
        vi.advanceTimersToNextTimer();
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      vi.useRealTimers();
    }
  }
  const { threw, value } = await pending;
  if (threw) throw value;
  return value;
}

const getByUID = (client: Client) => client.getByUID('page', 'home');

/** The model of what a thrown `SyntaxError` or `TypeError` says of the response: nothing. */
const NOTHING = normalizeError({ headers: {}, body: null }, { now: NOW });
/** The model of the body alone, without its status and headers. */
const bodyAlone = (sent: Scenario): ApiError => normalizeError({ headers: {}, body: parsedBody(sent) }, { now: NOW });
/** fetch's error for the app's abort, as undici makes it. */
const CANCELLED = normalizeError(new DOMException('This operation was aborted', 'AbortError'), { now: NOW });

const parses = ({ body }: Scenario): boolean => {
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
};

/** What the client keeps of a scenario's answer on the entry API or on a query, and why the rest is lost. */
function kept(sent: Scenario, on: 'entry' | 'query'): { model: ApiError; why: string } {
  if (sent.status < 300)
    return {
      model: NOTHING,
      why:
        on === 'entry'
          ? 'a 2xx entry document without `refs`: the client throws a TypeError reading them, and keeps nothing'
          : 'a 2xx query without `results`: `getFirst` throws a TypeError reading them, and keeps nothing',
    };
  if (sent.status === 429)
    return {
      model: CANCELLED,
      why: 'a 429 is never thrown: the client asks again after Retry-After, until the app’s signal ends it',
    };
  if (on === 'entry' && sent.status === 404)
    return {
      model: normalizeError({ status: 404, headers: {} }, { now: NOW }),
      why: 'a RepositoryNotFoundError keeps that it was a 404, and neither body nor headers',
    };
  if ([400, 401, 404, 410].includes(sent.status))
    return parses(sent)
      ? { model: bodyAlone(sent), why: 'its error keeps the parsed body, no status and no headers' }
      : { model: NOTHING, why: '`response.json()` fails on a body that is not JSON: a bare SyntaxError is thrown' };
  return { model: bodyAlone(sent), why: 'PrismicError keeps the body’s text, no status and no headers' };
}

const dropsOn = (on: 'entry' | 'query'): Partial<Record<ScenarioName, Dropped>> =>
  Object.fromEntries(
    scenarios.flatMap((sent) => {
      const { model, why } = kept(sent, on);
      const dropped = droppedBetween(rawModel(sent, NOW), model, why);
      return dropped ? [[sent.name, dropped]] : [];
    }),
  );

describe('Prismic: the entry API (/api/v2) fails: what `getByUID` throws reads as the answer, but for drops', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => asApp(url, getByUID),
    fails: () => true,
    drops: dropsOn('entry'),
  });
});

describe('Prismic: a query (documents/search) fails: what `getByUID` throws reads as the answer, but for drops', () => {
  itAgreesWithTheRawResponse(prismic, {
    request: (url) => asApp(`${url}/api/v2`, getByUID),
    fails: () => true,
    drops: dropsOn('query'),
  });
});

describe('Prismic: its own error body', () => {
  itAgreesWithTheRawResponse(
    prismic,
    {
      request: (url) => asApp(`${url}/api/v2`, (client) => client.getByIDs(['XXXX', 'YYYY'])),
      drops: {
        [PARSING_ERROR.name]: {
          gives: { status: undefined },
          why: 'a ParsingError keeps the body, not the status: its Prismic `type` says the bad request it was',
        },
      } as Partial<Record<ScenarioName, Dropped>>,
    },
    [PARSING_ERROR],
  );

  it('the query parser’s 400 is a ParsingError: the body’s message and the body, no status', async () => {
    asked.length = 0;
    const url = `${prismic().url}/${PARSING_ERROR.name}/api/v2`;
    const { threw, value } = await settle(asApp(url, (client) => client.getByIDs(['XXXX', 'YYYY'])));
    expect(threw).toBe(true);
    expect(asked[0]).toBe(`/${PARSING_ERROR.name}/api/v2`);
    const search = new URL(asked[1] ?? '', 'http://127.0.0.1');
    expect(search.pathname).toBe(`/${PARSING_ERROR.name}/api/v2/documents/search`);
    expect(search.searchParams.get('ref')).toBe('YhE3YhEAACIA4321');
    const body = JSON.parse(PARSING_ERROR.body) as { message: string };
    expect(value).toMatchObject({ name: 'Error', message: body.message, response: body });
    expect(Object.keys(value as object)).toEqual(['url', 'response']);
    expect(createNormalizer()(value, { now: NOW })).toMatchObject({ kind: 'unknown', format: 'error' });
    const named = createNormalizer({ clients: [prismicErrors] })(value, { now: NOW });
    expect(named).toMatchObject({ kind: 'bad-request', messageSource: 'default' });
  });
});

describe('Prismic: what its errors keep, read by a normalizer that names the client or not', () => {
  const named = createNormalizer({ clients: [prismicErrors] });
  const bare = createNormalizer();

  it('a PrismicError keeps the text of the body as `response`, and nothing of the status and headers', async () => {
    const sent = scenario('validation-422');
    const { value } = await settle(asApp(`${server().url}/${sent.name}`, getByUID));
    expect(value).toMatchObject({ name: 'Error', message: 'An invalid API response was returned' });
    expect(value).toMatchObject({ url: `${server().url}/${sent.name}`, response: sent.body });
    expect(Object.keys(value as object)).toEqual(['url', 'response']);
    // Without the client named, the body it holds is not read: a default, never the client's sentence.
    expect(bare(value, { now: NOW })).toMatchObject({ kind: 'unknown', messageSource: 'default', fieldErrors: [] });
    expect(named(value, { now: NOW })).toMatchObject({ kind: 'validation', messageSource: 'server' });
    expect(named(value, { now: NOW }).fieldErrors).toHaveLength(3);
  });

  it('`getByUID` of a UID no page has is not-found (NotFoundError "No documents were returned", a 2xx)', async () => {
    const { threw, value } = await settle(asApp(`${prismic().url}/${NO_RESULTS.name}/api/v2`, getByUID));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'Error', message: 'No documents were returned', response: undefined });
    expect(bare(value, { now: NOW }).kind).toBe('unknown');
    for (const read of [named, normalizeError]) {
      expect(read(value, { now: NOW })).toMatchObject({ kind: 'not-found', messageSource: 'default' });
      // The server's answer was a 2xx: no status is made up.
      expect(read(value, { now: NOW }).status).toBeUndefined();
    }
  });

  it('a 429 is never thrown: the client asks again after Retry-After; only the app’s signal ends it', async () => {
    const { threw, value } = await settle(asApp(`${prismic().url}/rate-limited-429/api/v2`, getByUID));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'AbortError' });
    expect(normalizeError(value, { now: NOW }).kind).toBe('cancelled');
  });

  it('an entry API’s 404 is a RepositoryNotFoundError: the 404, never its sentence for developers', async () => {
    const { value } = await settle(asApp(`${server().url}/empty-404`, (client) => client.getSingle('settings')));
    expect((value as Error).message).toMatch(/^Prismic repository not found\. Check that "/);
    expect(bare(value, { now: NOW }).kind).toBe('unknown');
    expect(named(value, { now: NOW })).toMatchObject({ kind: 'not-found', status: 404, messageSource: 'default' });
  });

  it('a PrismicError of its setup (no response, no URL) is read as any error', () => {
    const value = captured(() => createClient('http://127.0.0.1:1/api/v2').repositoryName);
    expect(value).toMatchObject({ name: 'Error', url: undefined, response: undefined });
    expect(named(value, { now: NOW })).toEqual(bare(value, { now: NOW }));
  });
});

/** What a synchronous call throws. */
function captured(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('it did not throw');
}

describe('Prismic: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => createClient(url).getByUID('page', 'home'),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = createClient(url).getByUID('page', 'home', { fetchOptions: { signal: controller.signal } });
      controller.abort();
      return pending;
    },
  });

  it('no timeout option: a timeout as `fetchOptions.signal: AbortSignal.timeout(ms)` is timeout', async () => {
    const { threw, value } = await settle(
      createClient(`${server().url}/slow`).getSingle('settings', { fetchOptions: { signal: AbortSignal.timeout(50) } }),
    );
    expect(threw).toBe(true);
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});
