import { betterFetch } from '@better-fetch/fetch';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { betterFetchErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  failures,
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
import { headersDropped } from './without-headers';

// Better Fetch 1.3 (the client Better Auth is built on) against the shared scenarios. `betterFetch(url)` resolves
// `{ data, error }`: for a response that is not ok, `error` is the body's members (when the body parses as JSON)
// spread beside `status` and `statusText`, and nothing else of the response: no headers, no body that is not JSON.
// With `throw: true` it rejects with a `BetterFetchError(status, statusText, error)` whose `error` (and `cause`) is the
// body, parsed or as text, and whose message is the status text. Either way the response reaches only the `onError`
// hook, whose context holds it beside `responseText` and the `error` above (node_modules/@better-fetch/fetch/dist/
// index.js, `betterFetch`).
const server = serveScenarios();

/** The body as Better Fetch keeps it in `error`: only one that `JSON.parse` takes. */
function jsonBody({ body }: Scenario): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

/** What `{ data, error }` keeps of a failed response, read as a response: its status and its JSON body. */
function keptModel(sent: Scenario): ApiError {
  return normalizeError({ status: sent.status, headers: {}, body: jsonBody(sent) }, { now: NOW });
}

/** Each compared field the result loses (the headers' and a body that is not JSON), and what it is left with. */
function resultDrops(sent: Scenario, why: string): Dropped | undefined {
  return droppedBetween(rawModel(sent, NOW), keptModel(sent), why);
}

const RESULT_WHY = '`{ data, error }` keeps the status and a JSON body’s members, no headers and no other body';
const OK_WHY = 'a 2xx resolves `data` with the body alone: its status is not kept';

/** For every scenario, what `{ data, error }` drops. */
const dropsOfResult = (only: readonly Scenario[]): Partial<Record<ScenarioName, Dropped>> =>
  Object.fromEntries(
    only.flatMap((sent) => {
      const dropped = sent.status < 300 ? { gives: { status: undefined }, why: OK_WHY } : resultDrops(sent, RESULT_WHY);
      return dropped ? [[sent.name, dropped]] : [];
    }),
  );

describe('Better Fetch: the `{ data, error }` result reads as the raw response, but for what it drops', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => betterFetch(url, { redirect: 'manual' }),
    // Every answer resolves.
    fails: () => false,
    drops: dropsOfResult(scenarios),
  });
});

describe('Better Fetch: the result’s `error` alone (what `if (error)` hands on) reads as the result does', () => {
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => betterFetch(url, { redirect: 'manual' }),
      fails: () => false,
      pass: (result) => (result as { error: unknown }).error,
      drops: dropsOfResult(failures),
    },
    failures,
  );
});

describe('Better Fetch: the BetterFetchError of `throw: true` reads as the raw response, but for the headers', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => betterFetch(url, { redirect: 'manual', throw: true }),
    drops: Object.fromEntries(
      scenarios.flatMap((sent) => {
        const dropped =
          sent.status < 300
            ? { gives: { status: undefined }, why: OK_WHY }
            : headersDropped(sent, NOW, 'a BetterFetchError keeps the status and the body, no headers');
        return dropped ? [[sent.name, dropped]] : [];
      }),
    ),
  });

  it('its message is only the status text, never what the person reads', async () => {
    const { threw, value } = await settle(betterFetch(`${server().url}/html-gateway`, { throw: true }));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ message: 'Bad Gateway', status: 502, statusText: 'Bad Gateway' });
    expect(normalizeError(value, { now: NOW }).message).not.toContain('<html>');
  });
});

describe('Better Fetch: the `onError` context holds the response, and reads as it', () => {
  itAgreesWithTheRawResponse(server, {
    request: async (url) => {
      let context: unknown;
      const result = await betterFetch(url, {
        redirect: 'manual',
        onError: (handed) => {
          context = handed;
        },
      });
      return context ?? result;
    },
    fails: () => false,
    drops: { 'graphql-200': { gives: { status: undefined }, why: OK_WHY } },
  });
});

describe('Better Fetch: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => betterFetch(url),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = betterFetch(url, { signal: controller.signal });
      controller.abort();
      return pending;
    },
    timedOut: (url) => betterFetch(url, { timeout: 50 }),
    timeoutGives: {
      kind: 'cancelled',
      why:
        'its `timeout` calls `controller.abort()` with no reason, so fetch rejects with the AbortError an app’s ' +
        'abort gives; pass `signal: AbortSignal.timeout(ms)` instead to get timeout',
    },
  });

  it('a timeout given as `signal: AbortSignal.timeout(ms)` is timeout', async () => {
    const { threw, value } = await settle(betterFetch(`${server().url}/slow`, { signal: AbortSignal.timeout(50) }));
    expect(threw).toBe(true);
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});

describe('Better Fetch: read by a normalizer that names it, or by one that does not', () => {
  /** What `onError` is handed for a scenario. */
  async function contextOf(name: string): Promise<unknown> {
    let context: unknown;
    await betterFetch(`${server().url}/${name}`, {
      redirect: 'manual',
      onError: (handed) => {
        context = handed;
      },
    });
    return context;
  }

  it('the context’s text body and Location are read only by a normalizer that names it', async () => {
    const named = createNormalizer({ clients: [betterFetchErrors] });
    const [text, redirect] = [await contextOf('plain-text'), await contextOf('oauth-redirect')];
    expect(named(text, { now: NOW }).message).toBe('The start date must be before the end date.');
    expect(named(redirect, { now: NOW })).toMatchObject({ kind: 'forbidden', code: 'access_denied' });
    // Without it, the `error` beside the response (`{ status, statusText }`) hides both: a default, never a bad one.
    expect(createNormalizer()(text, { now: NOW }).messageSource).toBe('default');
    expect(createNormalizer()(redirect, { now: NOW }).messageSource).toBe('default');
  });

  it('whatever it reads with, a thrown BetterFetchError never shows its page or XML as the message', async () => {
    for (const name of ['xml-s3', 'html-gateway', 'plain-text']) {
      const { value } = await settle(betterFetch(`${server().url}/${name}`, { throw: true }));
      for (const normalize of [createNormalizer(), normalizeError])
        expect(normalize(value, { now: NOW }).message).not.toMatch(/[<>]|\[object/);
    }
  });
});
