import { describe, expect, it } from 'vitest';
import wretch from 'wretch2';
import AbortAddon from 'wretch2/addons/abort';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { hasUnreadBody, normalizeError, readApiError } from '../../src';
import { expectSameModel, failures, headersOnlyModel, NOW, refusedUrl, settle, serveScenarios } from './harness';

// wretch 2 throws a `WretchError` (its `name` is plain "Error") for any response that is not ok. By
// default it reads the body as text: a JSON body (by content type) is parsed into `json` and kept as
// `text`, any other is `text`, and the text is the error's `message` too. With `errorType(null)` it
// reads nothing and the body stays in the unread `response`: the async `readApiError` reads it.
// On a 2xx the app's `.json()` gets the body alone.
const server = serveScenarios();

describe('wretch 2: what it throws or returns reads as the raw response', () => {
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

describe('wretch 2 with errorType(null): the body is unread', () => {
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => wretch(url).errorType(null).options({ redirect: 'manual' }).get().res(),
      read: (value) => readApiError(value, { now: NOW }),
    },
    failures,
  );
  it.each(failures.map((scenario) => [scenario.name, scenario] as const))(
    '%s: the sync model has the status and headers',
    async (name, scenario) => {
      const { value } = await settle(
        wretch(`${server().url}/${name}`).errorType(null).options({ redirect: 'manual' }).get().res(),
      );
      expect(hasUnreadBody(value)).toBe(true);
      expectSameModel(normalizeError(value, { now: NOW }), headersOnlyModel(scenario, NOW));
    },
  );
});

describe('wretch 2: failures without a response', () => {
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
