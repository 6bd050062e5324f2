// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "fetch": { "disableSameOriginPolicy": true } } }
import { render, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import useSWR, { SWRConfig } from 'swr';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { expectSameModel, failures, NOW, rawModel, refusedUrl, serveScenarios } from './harness';
import { headersDropped } from './without-headers';

// SWR 2 with the fetcher from its docs (swr.vercel.app/docs/error-handling, "Status Code and Error
// Object"), copied as it is there: the error is an `Error` with the response's `status` and its
// parsed body as `info`. What `useSWR().error` is, rendered through the real hook.

const server = serveScenarios();

const fetcher = async (url: string) => {
  const res = await fetch(url);

  // If the status code is not in the range 200-299,
  // we still try to parse and throw it.
  if (!res.ok) {
    const error = new Error('An error occurred while fetching the data.') as Error & {
      info?: unknown;
      status?: number;
    };
    // Attach extra info to the error object.
    error.info = await res.json();
    error.status = res.status;
    throw error;
  }

  return res.json();
};

/** What `useSWR(url, fetcher).error` becomes, rendered once in happy-dom. */
async function swrError(url: string, fetch = fetcher): Promise<unknown> {
  let seen: unknown;
  function Probe() {
    const { error } = useSWR(url, fetch);
    useEffect(() => {
      if (error) seen = error;
    }, [error]);
    return null;
  }
  render(
    <SWRConfig value={{ provider: () => new Map(), shouldRetryOnError: false, dedupingInterval: 0 }}>
      <Probe />
    </SWRConfig>,
  );
  await waitFor(() => expect(seen).toBeDefined());
  return seen;
}

// The docs' fetcher reads every body as JSON: a body that is not JSON throws the parse error instead.
const JSON_BODIES = failures.filter((s) => /json/.test(s.headers['content-type' as never] ?? '') && s.body.trim());

describe("SWR's documented fetcher error", () => {
  it.each(JSON_BODIES.map((s) => [s.name, s] as const))(
    '%s reads as its raw response, but for what the headers said',
    async (name, sent) => {
      const error = await swrError(`${server().url}/${name}`);
      expect(error).toMatchObject({ status: sent.status });
      expectSameModel(
        normalizeError(error, { now: NOW }),
        rawModel(sent, NOW),
        headersDropped(sent, NOW, "the docs' fetcher keeps no headers"),
      );
    },
  );

  it.each(JSON_BODIES.map((s) => [s.name, s] as const))(
    "%s: with the headers the README's fetcher adds, reads as its raw response",
    async (name, sent) => {
      const keepingHeaders = async (url: string) => {
        const res = await fetch(url);
        if (!res.ok) {
          const error = new Error('An error occurred while fetching the data.') as Error & {
            info?: unknown;
            status?: number;
            headers?: object;
          };
          error.info = await res.json();
          error.status = res.status;
          error.headers = Object.fromEntries(res.headers);
          throw error;
        }
        return res.json();
      };
      expectSameModel(
        normalizeError(await swrError(`${server().url}/${name}`, keepingHeaders), { now: NOW }),
        rawModel(sent, NOW),
      );
    },
  );

  it("a body that is not JSON: the docs' fetcher throws the SyntaxError of parsing it, nothing of the response", async () => {
    const error = await swrError(`${server().url}/html-gateway`);
    expect(error).toMatchObject({ name: 'SyntaxError' });
    expect(normalizeError(error)).toMatchObject({ kind: 'unknown' });
  });

  it('a refused connection is network', async () => {
    expect(normalizeError(await swrError(await refusedUrl()))).toMatchObject({ kind: 'network' });
  });
});
