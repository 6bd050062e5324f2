import { STATUS_CODES } from 'node:http';
import { createAlova } from 'alova';
import adapterFetch from 'alova/fetch';
import { describe, expect, it } from 'vitest';
import { createNormalizer, HttpError, normalizeError, readApiError } from '../../src';
import { alovaErrors } from '../../src/clients';
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

// alova 3 with its fetch adapter (`alova/fetch`, node_modules/alova/dist/adapter/fetch.esm.js) hands the app's
// `responded` hook a clone of fetch's `Response` for every status: a 4xx or 5xx is an error only if that hook throws,
// and what it throws is what the call rejects with, unchanged (node_modules/alova/dist/alova.esm.js, `sendRequest`).
// `useRequest().error` is that same value (node_modules/alova/dist/clienthook/index.esm.js, `errorState.v = error`).
// Without a `responded` hook the call resolves with the `Response` itself. alova.js.org's "Global Interceptor" page
// throws `new Error(response.statusText)` when `response.status >= 400` and returns `response.json()` otherwise.
// A failure without a response is what fetch threw, but for the method's own `timeout`: the adapter aborts its own
// signal and rejects with `new Error("fetchError: network timeout")`. The adapter gives fetch only its own signal (an
// app's `signal` is overwritten): a call is aborted with `method.abort()`. `redirect: 'manual'` (passed to fetch as
// it is) so the OAuth redirect reaches the app; `cacheFor: null` so every call goes to the server.

const server = serveScenarios();

const client = (responded?: (response: Response) => unknown, baseURL = server().url) =>
  createAlova({ baseURL, requestAdapter: adapterFetch(), cacheFor: null, responded });
const path = (url: string): string => new URL(url).pathname;

/** The docs' interceptor, as alova.js.org's "Global Interceptor" writes it (less its app's own `json.code`). */
const documented = async (response: Response) => {
  if (response.status >= 400) {
    throw new Error(response.statusText);
  }
  return response.json();
};

/** What the documented interceptor hands the app for a scenario: the status text alone, or what `json()` makes. */
function documentedKeeps(sent: Scenario): unknown {
  if (sent.status >= 400) return new Error(STATUS_CODES[sent.status]);
  try {
    return JSON.parse(sent.body) as unknown;
  } catch (error) {
    return error;
  }
}

describe('alova: the docs’ interceptor (`throw new Error(response.statusText)`) keeps the status text alone', () => {
  const drops: Partial<Record<ScenarioName, Dropped>> = {};
  for (const sent of scenarios) {
    const dropped = droppedBetween(
      rawModel(sent, NOW),
      normalizeError(documentedKeeps(sent), { now: NOW }),
      sent.status >= 400
        ? 'the docs’ interceptor throws an Error of the status text: no status, headers or body'
        : sent.status >= 300
          ? 'the docs’ interceptor throws only from 400: `response.json()` fails on the redirect’s empty body'
          : 'the docs’ interceptor resolves `response.json()`: the body alone, no status or headers',
    );
    if (dropped) drops[sent.name] = dropped;
  }
  itAgreesWithTheRawResponse(server, {
    request: (url) => client(documented).Get(path(url), { redirect: 'manual' }),
    fails: (sent) => documentedKeeps(sent) instanceof Error,
    drops,
  });
});

describe('alova: an interceptor that throws the `Response` (`if (!response.ok) throw response`) loses nothing', () => {
  const keeping = (response: Response) => {
    if (!response.ok) throw response;
    return response.json();
  };
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => client(keeping).Get(path(url), { redirect: 'manual' }),
      read: (value) => readApiError(value, { now: NOW }),
    },
    failures,
  );
});

describe('alova: an interceptor that throws `await HttpError.fromResponse(response)` loses nothing', () => {
  const throwing = async (response: Response) => {
    if (!response.ok) throw await HttpError.fromResponse(response);
    return response.json();
  };
  itAgreesWithTheRawResponse(
    server,
    { request: (url) => client(throwing).Get(path(url), { redirect: 'manual' }) },
    failures,
  );
});

describe('alova: without `responded`, the `Response` it resolves with for every status reads as the raw', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => client().Get(path(url), { redirect: 'manual' }),
    fails: () => false,
    read: (value) => readApiError(value, { now: NOW }),
  });
});

describe('alova: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => client(undefined, new URL(url).origin).Get(path(url)),
    aborted: (url) => {
      const method = client().Get(path(url));
      const pending = method.send();
      void method.abort();
      return pending;
    },
    timedOut: (url) => client().Get(path(url), { timeout: 50 }),
  });

  it('its timeout rejects with a plain Error of its own words: timeout, alova alone named too', async () => {
    const { threw, value } = await settle(client().Get('/slow', { timeout: 50 }));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'Error', message: 'fetchError: network timeout' });
    expect(createNormalizer({ clients: [alovaErrors] })(value, { now: NOW })).toMatchObject({ kind: 'timeout' });
  });

  it('an app’s `signal` never reaches fetch: an aborted one leaves the call to its timeout', async () => {
    const { value } = await settle(client().Get('/slow', { signal: AbortSignal.abort(), timeout: 50 }));
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});
