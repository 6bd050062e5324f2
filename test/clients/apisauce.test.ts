import { CancelToken, create, type ApiResponse, type PROBLEM_CODE } from 'apisauce';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { apisauceErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse } from './agreement';
import { NOW, refusedUrl, serveScenarios, settle } from './harness';

// apisauce 3 (axios with "standardized errors") never rejects: every call resolves `{ ok, problem, originalError,
// data, status, headers, config, duration }` (node_modules/apisauce/dist/apisauce.js, apisauce.d.ts). With a
// response, `status`, `headers` (axios's `AxiosHeaders`) and `data` (the body as axios parsed it, `''` when empty)
// are the response's, `ok` is false outside 2xx and `problem` is `CLIENT_ERROR`, `SERVER_ERROR` or, for a 3xx,
// `UNKNOWN_ERROR`. Without one, `status`, `headers` and `data` are null, `problem` is apisauce's guess from the error
// axios threw (`CONNECTION_ERROR` for ECONNREFUSED, `TIMEOUT_ERROR` for ECONNABORTED, `CANCEL_ERROR` when
// `axios.isCancel`) and `originalError` is that error. The app hands the kit the whole result.
// `maxRedirects: 0` so the OAuth redirect reaches the app, as it would in a browser.

const server = serveScenarios();
const api = (baseURL: string) => create({ baseURL, maxRedirects: 0 });
const path = (url: string): string => new URL(url).pathname;

describe('apisauce: the `{ ok, problem, data, status, headers, … }` it resolves with reads as the raw', () => {
  itAgreesWithTheRawResponse(server, { request: (url) => api(server().url).get(path(url)), fails: () => false });

  it('a response that is not ok says so, with the status and headers axios kept', async () => {
    const result = await api(server().url).get('/rate-limited-429');
    expect(result).toMatchObject({ ok: false, problem: 'CLIENT_ERROR', status: 429 });
    expect(result.headers?.['retry-after']).toBe('5');
    for (const read of [normalizeError, createNormalizer(), createNormalizer({ clients: [apisauceErrors] })])
      expect(read(result, { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 5000 });
  });
});

describe('apisauce: failures without a response, resolved with their `problem`', () => {
  /** Each with its `problem` as the app gets it: a result with no status, headers or body; and how the kit reads it. */
  async function noResponse(
    pending: Promise<ApiResponse<unknown>>,
    problem: PROBLEM_CODE,
    expected: Pick<ApiError, 'kind' | 'format'>,
  ): Promise<void> {
    const { threw, value } = await settle(pending);
    expect(threw, 'apisauce resolves every call').toBe(false);
    expect(value).toMatchObject({ ok: false, problem, status: null, headers: null, data: null });
    expect((value as { originalError: unknown }).originalError).toBeInstanceOf(Error);
    // And an app that builds its own normalizer naming apisauce.
    for (const read of [normalizeError, createNormalizer({ clients: [apisauceErrors] })])
      expect(read(value, { now: NOW })).toMatchObject(expected);
  }

  it('connection refused is CONNECTION_ERROR: network', async () => {
    const { origin, pathname } = new URL(await refusedUrl());
    await noResponse(api(origin).get(pathname), 'CONNECTION_ERROR', { kind: 'network', format: 'network' });
  });

  it('an app’s aborted signal is CANCEL_ERROR: cancelled', async () => {
    const controller = new AbortController();
    const pending = api(server().url).get('/slow', {}, { signal: controller.signal });
    controller.abort();
    await noResponse(pending, 'CANCEL_ERROR', { kind: 'cancelled', format: 'abort' });
  });

  it('its README’s `CancelToken.source().cancel()` is CANCEL_ERROR: cancelled', async () => {
    const source = CancelToken.source();
    const pending = api(server().url).get('/slow', {}, { cancelToken: source.token });
    source.cancel();
    await noResponse(pending, 'CANCEL_ERROR', { kind: 'cancelled', format: 'abort' });
  });

  it('its own `timeout` is TIMEOUT_ERROR: timeout', async () => {
    const timed = create({ baseURL: server().url, timeout: 50 });
    await noResponse(timed.get('/slow'), 'TIMEOUT_ERROR', { kind: 'timeout', format: 'timeout' });
  });
});
