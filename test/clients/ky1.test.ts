import ky from 'ky1';
import { describe, expect, it } from 'vitest';
import { hasUnreadBody, normalizeError, readApiError } from '../../src';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { expectSameModel, failures, headersOnlyModel, NOW, refusedUrl, settle, serveScenarios } from './harness';

// ky 1 throws an `HTTPError` for any response that is not ok (a manual redirect included) holding
// the `Response` with its body unread: `normalizeError` gives the model of the status and headers at
// once, `readApiError` reads the body (from a clone) and gives the full model. On a 2xx the app's
// `.json()` gets the body alone.
const server = serveScenarios();
const call = (url: string) => ky.get(url, { retry: 0, redirect: 'manual' }).json();

describe('ky 1: readApiError of what it throws or returns reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: call,
    read: (value) => readApiError(value, { now: NOW }),
    drops: {
      'graphql-200': {
        gives: { status: undefined },
        why: 'a 2xx resolves `.json()` with the body alone; pass `{ status: res.status, headers: res.headers, body }` from `await ky(url)` to keep them',
      },
    },
  });
});

describe('ky 1: normalizeError of its HTTPError, before the body is read', () => {
  it.each(failures.map((scenario) => [scenario.name, scenario] as const))(
    '%s: the model of the status and headers',
    async (name, scenario) => {
      const { value } = await settle(call(`${server().url}/${name}`));
      expect(value).toMatchObject({ name: 'HTTPError' });
      expect(hasUnreadBody(value)).toBe(true);
      expectSameModel(normalizeError(value, { now: NOW }), headersOnlyModel(scenario, NOW));
    },
  );
});

describe('ky 1: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => ky.get(url, { retry: 0 }),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = ky.get(url, { retry: 0, signal: controller.signal });
      controller.abort();
      return pending;
    },
    timedOut: (url) => ky.get(url, { retry: 0, timeout: 50 }),
  });
});
