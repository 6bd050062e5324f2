import { configureStore, createAsyncThunk } from '@reduxjs/toolkit';
import { createApi, fetchBaseQuery, type BaseQueryApi } from '@reduxjs/toolkit/query';
import { describe, expect, it } from 'vitest';
import { HttpError, normalizeError } from '../../src';
import { expectSameModel, failures, NOW, rawModel, refusedUrl, SLOW, serveScenarios } from './harness';
import { headersDropped } from './without-headers';

// RTK Query 2 (`@reduxjs/toolkit` 2.16) with `fetchBaseQuery`, in a real store: a failed query's
// `error` is `{ status, data }` for an HTTP error, `{ status: 'PARSING_ERROR', originalStatus, data,
// error }` for a body its response handler could not parse, and `FETCH_ERROR` / `TIMEOUT_ERROR`
// without a response (`CUSTOM_ERROR` is the app's own, from a `queryFn` or `catchSchemaFailure`); a
// thunk's failure is a `SerializedError`. What `useQuery().error` is. RTK Query keeps no response
// headers in `error`.

const server = serveScenarios();

type Options = { timeout?: number; keepHeaders?: boolean };

/** A store with one API whose one endpoint fetches `/<path>`: `error` as the hook would hand it over. */
function storeWith({ timeout, keepHeaders }: Options = {}, baseUrl = server().url) {
  const api = createApi({
    // `redirect: 'manual'`: the OAuth redirect is the answer, not a hop to another host.
    baseQuery: fetchBaseQuery({ baseUrl, redirect: 'manual', ...(timeout ? { timeout } : {}) }),
    endpoints: (build) => ({
      get: build.query<unknown, string>({
        query: (path) => path,
        // The README's recipe: keep the headers the error leaves behind.
        ...(keepHeaders
          ? {
              transformErrorResponse: (error: object, meta?: { response?: Response }) => ({
                ...error,
                headers: meta?.response ? Object.fromEntries(meta.response.headers) : undefined,
              }),
            }
          : {}),
      }),
    }),
  });
  const store = configureStore({
    reducer: { [api.reducerPath]: api.reducer },
    middleware: (defaults) => defaults().concat(api.middleware),
  });
  return { api, store };
}

async function queryError(path: string, options?: Options, baseUrl?: string): Promise<unknown> {
  const { api, store } = storeWith(options, baseUrl);
  const result = await store.dispatch(api.endpoints.get.initiate(path));
  expect(result.isError).toBe(true);
  return result.error;
}

describe('RTK Query fetchBaseQuery', () => {
  it.each(failures.map((s) => [s.name, s] as const))(
    '%s reads as its raw response, but for what the headers said',
    async (name, sent) => {
      const error = await queryError(name);
      expectSameModel(
        normalizeError(error, { now: NOW }),
        rawModel(sent, NOW),
        headersDropped(sent, NOW, 'RTK Query keeps no headers in error'),
      );
    },
  );

  it.each(failures.map((s) => [s.name, s] as const))(
    '%s: with the headers kept by transformErrorResponse, reads as its raw response',
    async (name, sent) => {
      expectSameModel(normalizeError(await queryError(name, { keepHeaders: true }), { now: NOW }), rawModel(sent, NOW));
    },
  );

  it('a body its JSON handler cannot parse is a PARSING_ERROR, read from its text', async () => {
    const error = await queryError('html-gateway');
    expect(error).toMatchObject({ status: 'PARSING_ERROR', originalStatus: 502 });
    expect(normalizeError(error, { now: NOW })).toMatchObject({ kind: 'unavailable', status: 502, format: 'html' });
  });
});

describe('RTK Query: the transport', () => {
  it('a refused connection is FETCH_ERROR: network', async () => {
    const error = await queryError('json-error', {}, (await refusedUrl()).replace(/\/json-error$/, ''));
    expect(error).toMatchObject({ status: 'FETCH_ERROR' });
    expect(normalizeError(error)).toMatchObject({ kind: 'network' });
  });

  it("fetchBaseQuery's timeout is TIMEOUT_ERROR: timeout", async () => {
    const error = await queryError(SLOW, { timeout: 50 });
    expect(error).toMatchObject({ status: 'TIMEOUT_ERROR' });
    expect(normalizeError(error)).toMatchObject({ kind: 'timeout' });
  });

  it("an aborted query is the thunk's AbortError: cancelled", async () => {
    const { api, store } = storeWith();
    const pending = store.dispatch(api.endpoints.get.initiate(SLOW));
    setTimeout(() => pending.abort(), 20);
    const result = await pending;
    expect(result.error).toMatchObject({ name: 'AbortError' });
    expect(normalizeError(result.error)).toMatchObject({ kind: 'cancelled' });
  });

  it("fetchBaseQuery's own answer to an aborted signal (what a wrapping baseQuery sees) is cancelled, not network", async () => {
    const controller = new AbortController();
    const api = {
      signal: controller.signal,
      abort: () => controller.abort(),
      dispatch: () => undefined,
      getState: () => ({}),
      extra: undefined,
      endpoint: 'get',
      type: 'query',
    } as unknown as BaseQueryApi;
    const pending = fetchBaseQuery({ baseUrl: server().url })(SLOW, api, {});
    setTimeout(() => controller.abort(), 20);
    const { error } = await pending;
    expect(error).toMatchObject({ status: 'FETCH_ERROR', error: expect.stringMatching(/^AbortError/) });
    expect(normalizeError(error)).toMatchObject({ kind: 'cancelled' });
  });
});

describe('createAsyncThunk SerializedError', () => {
  async function rejected(payloadCreator: () => Promise<unknown>) {
    const thunk = createAsyncThunk('load', payloadCreator);
    const store = configureStore({ reducer: () => ({}) });
    return store.dispatch(thunk());
  }

  it('keeps only name, message, stack and code: an HttpError thrown in a thunk loses its response', async () => {
    const action = await rejected(async () => {
      throw await HttpError.fromResponse(await fetch(`${server().url}/rate-limited-429`));
    });
    const { error } = action as { error: unknown };
    expect(error).toMatchObject({ name: 'HttpError' });
    expect(error).not.toHaveProperty('status');
    expect(normalizeError(error, { now: NOW })).toMatchObject({ kind: 'unknown' });
  });

  it('rejectWithValue with the response as plain data reads as the raw response', async () => {
    const thunk = createAsyncThunk('load', async (_: void, { rejectWithValue }) => {
      const response = await fetch(`${server().url}/rate-limited-429`);
      const error = await HttpError.fromResponse(response);
      return rejectWithValue({ status: error.status, headers: Object.fromEntries(error.headers), body: error.body });
    });
    const store = configureStore({ reducer: () => ({}) });
    const action = await store.dispatch(thunk());
    expectSameModel(normalizeError(action.payload, { now: NOW }), rawModel('rate-limited-429', NOW));
  });

  it('a network failure in a thunk is network, an abort cancelled', async () => {
    const refused = await refusedUrl();
    const failed = await rejected(() => fetch(refused));
    expect(normalizeError((failed as { error: unknown }).error)).toMatchObject({ kind: 'network' });
    const thunk = createAsyncThunk('load', () => fetch(`${server().url}/${SLOW}`));
    const store = configureStore({ reducer: () => ({}) });
    const pending = store.dispatch(thunk());
    pending.abort();
    const aborted = await pending;
    expect(normalizeError((aborted as { error: unknown }).error)).toMatchObject({ kind: 'cancelled' });
  });
});
