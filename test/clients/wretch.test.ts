import { describe, expect, it } from 'vitest';
import wretch from 'wretch';
import AbortAddon from 'wretch/addons/abort';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { normalizeError } from '../../src';
import { NOW, refusedUrl, settle, serveScenarios } from './harness';

// wretch 3 throws a `WretchError` (its `name` is plain "Error") for any response that is not ok: the
// body it read from a clone is the error's `message`, beside `status`, `url` and the `response`, whose
// own body is left unread. On a 2xx the app's `.json()` gets the body alone.
const server = serveScenarios();

describe('wretch 3: what it throws or returns reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => wretch(url).options({ redirect: 'manual' }).get().json(),
    drops: {
      'graphql-200': {
        gives: { status: undefined },
        why: 'a 2xx resolves `.json()` with the body alone; use `.res()` and pass `{ status, headers, body }` to keep them',
      },
    },
  });
});

describe('wretch 3: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => wretch(url).get().res(),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = wretch(url).options({ signal: controller.signal }).get().res();
      controller.abort();
      return pending;
    },
    timedOut: (url) => wretch(url).addon(AbortAddon()).get().setTimeout(50).res(),
    timeoutGives: {
      kind: 'cancelled',
      why: "the abort addon's setTimeout calls controller.abort() with no reason, so fetch rejects with the same AbortError as an app's abort; pass `signal: AbortSignal.timeout(ms)` in `.options()` instead to get timeout",
    },
  });
  it('a timeout given as `signal: AbortSignal.timeout(ms)` is timeout', async () => {
    const { value } = await settle(
      wretch(`${server().url}/slow`)
        .options({ signal: AbortSignal.timeout(50) })
        .get()
        .res(),
    );
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});
