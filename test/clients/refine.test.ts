import type { HttpError } from '@refinedev/core';
import dataProvider, { axiosInstance } from '@refinedev/simple-rest';
import axios, { type AxiosError, type AxiosInstance } from 'axios';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../src';
import { refineErrors } from '../../src/clients';
import { toFieldErrorRecord } from '../../src/react';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  expectSameModel,
  NOW,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  serveScenarios,
  settle,
  type Scenario,
} from './harness';
import { serveBySegment } from './vendor';

// Refine 5 (@refinedev/core 5.0.12) hands an app what its data provider rejects with, unchanged: `useList().error`,
// `useOne().error`, `useForm`'s `onMutationError`, and the notification's `description: err.message`
// (node_modules/@refinedev/core/src/hooks/data/useList.ts, useCreate.ts). Its `HttpError` type is `{ message,
// statusCode, errors?: { [field]: string | string[] | … } }` (src/contexts/data/types.ts); `useForm` shows a server's
// field errors only from that `errors` map. @refinedev/simple-rest 6.0.1 calls axios 1 (`getOne`: GET
// `${apiUrl}/${resource}/${id}`, `getList`: GET `${apiUrl}/${resource}?_start…`, `create`: POST
// `${apiUrl}/${resource}`, `update`: PATCH; src/provider.ts) through its own instance, whose response interceptor
// rejects with `{ ...error, message: error.response?.data?.message, statusCode: error.response?.status }`
// (src/utils/axios.ts): a plain object, no `Error`, keeping axios's enumerable members (`name: "AxiosError"`,
// `isAxiosError`, `code`, `config`, `request`, `response` with its `AxiosHeaders` and parsed `data`, `status`) and
// losing its prototype, `stack`, `cause` and message (undefined when the body has no `message`). It never sets
// `errors`. A 2xx resolves `{ data: body }` (and `total` for a list): the status and headers stay behind. It passes
// Refine's `meta.signal` nowhere (only `meta.headers` and `meta.method`), so an app's abort or timeout goes on the
// axios instance: `axiosInstance.defaults.signal` or `.timeout`, or an instance of its own, `dataProvider(apiUrl,
// http)`.

const server = serveScenarios();
const segments = serveBySegment(scenarios);
// A redirect is the answer, not followed (the OAuth one points off this machine), as axios's own test does.
axiosInstance.defaults.maxRedirects = 0;

const nameOf = (url: string): string => new URL(url).pathname.slice(1);
/** The scenario a harness URL names, for the server that answers by the first segment of the path. */
function sentTo(url: string): Scenario {
  const found = scenario(nameOf(url));
  if (!found) throw new Error(`no scenario at ${url}`);
  return found;
}
const variables = { email: '', items: [{ qty: 0 }], password: 'short' };

/** A 2xx: the list or record is the body, the status stays in simple-rest. */
const GRAPHQL_200 = {
  'graphql-200': {
    gives: { status: undefined },
    why: 'a 2xx resolves `{ data: body }`: the status and headers stay in simple-rest',
  },
} as const;
const passBody = (value: unknown): unknown =>
  value instanceof Object && 'data' in value && !('isAxiosError' in value) ? value.data : value;

/** Axios's own setting on simple-rest's instance for one call: how an app gives it a signal or a timeout. */
function withDefaults(set: { signal?: AbortSignal; timeout?: number }, call: () => Promise<unknown>): Promise<unknown> {
  Object.assign(axiosInstance.defaults, set);
  return call().finally(() => {
    delete axiosInstance.defaults.signal;
    axiosInstance.defaults.timeout = 0;
  });
}

describe('Refine simple-rest: what `getOne` rejects with (useOne, useShow, an edit form) reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => dataProvider(segments.urlOf(sentTo(url))).getOne({ resource: 'posts', id: 1 }),
    pass: passBody,
    drops: GRAPHQL_200,
  });
});

describe('Refine simple-rest: what `getList` rejects with (useList, useTable) reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => dataProvider(server().url).getList({ resource: nameOf(url) }),
    pass: passBody,
    drops: GRAPHQL_200,
  });
});

const validation = scenarios.filter(({ name }) =>
  ['problem-invalid-params', 'problem-errors', 'validation-422'].includes(name),
);

describe('Refine simple-rest: what `create` and `update` reject with (useForm’s onMutationError)', () => {
  describe('create (POST)', () => {
    itAgreesWithTheRawResponse(
      server,
      { request: (url) => dataProvider(segments.urlOf(sentTo(url))).create({ resource: 'posts', variables }) },
      validation,
    );
  });
  describe('update (PATCH)', () => {
    itAgreesWithTheRawResponse(
      server,
      { request: (url) => dataProvider(segments.urlOf(sentTo(url))).update({ resource: 'posts', id: 7, variables }) },
      validation,
    );
  });

  it('the POST carried the form; the HttpError has no `errors` for useForm, the kit has the body’s fields', async () => {
    const sent = scenario('validation-422');
    const { threw, value } = await settle(dataProvider(segments.urlOf(sent)).create({ resource: 'posts', variables }));
    expect(threw).toBe(true);
    expect(segments.received(sent)).toEqual({ method: 'POST', path: '/posts', body: JSON.stringify(variables) });
    const error = value as HttpError;
    expect(error).toMatchObject({ message: 'The email field is required. (and 2 more errors)', statusCode: 422 });
    expect(error.errors, 'simple-rest never sets `errors`: Refine’s useForm shows no field error').toBeUndefined();
    const { fieldErrors } = normalizeError(error, { now: NOW });
    expect(fieldErrors.map(({ field }) => field)).toEqual(['email', 'items.0.qty', 'password']);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('Refine simple-rest: what its interceptor keeps', () => {
  it('a plain object, not an Error, keeping axios’s response whole, headers too', async () => {
    const { value } = await settle(dataProvider(server().url).getList({ resource: 'rate-limited-429' }));
    expect(value).not.toBeInstanceOf(Error);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    const error = value as HttpError;
    expect(error).toMatchObject({ name: 'AxiosError', isAxiosError: true, code: 'ERR_BAD_REQUEST', statusCode: 429 });
    expect(error.message, 'the body has no top-level `message`: nor has the HttpError').toBeUndefined();
    expect(error.response.headers.get('retry-after')).toBe('5');
    for (const read of [normalizeError, createNormalizer()])
      expect(read(error, { now: NOW })).toMatchObject({ kind: 'rate-limited', status: 429, retryAt: NOW + 5000 });
  });

  it('drops Refine’s `meta.signal`: an aborted query’s request still goes out and its answer comes back', async () => {
    const signal = AbortSignal.abort();
    const { value } = await settle(dataProvider(server().url).getList({ resource: 'json-error', meta: { signal } }));
    expect(value).toMatchObject({ name: 'AxiosError', statusCode: 402 });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'bad-request', status: 402 });
  });
});

describe('Refine simple-rest: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => dataProvider(new URL(url).origin).getList({ resource: nameOf(url) }),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = withDefaults({ signal: controller.signal }, () =>
        dataProvider(server().url).getList({ resource: nameOf(url) }),
      );
      controller.abort();
      return pending;
    },
    timedOut: (url) =>
      withDefaults({ timeout: 50 }, () => dataProvider(server().url).getList({ resource: nameOf(url) })),
  });

  it('its timeout comes back without axios’s words; `code` and `config.timeout` still tell it', async () => {
    const { value } = await settle(
      withDefaults({ timeout: 50 }, () => dataProvider(server().url).getList({ resource: 'slow' })),
    );
    expect(value).toMatchObject({
      name: 'AxiosError',
      code: 'ECONNABORTED',
      message: undefined,
      statusCode: undefined,
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout', format: 'timeout' });
    expect(createNormalizer({ clients: [refineErrors] })(value)).toMatchObject({ kind: 'timeout' });
    // The same error with no timeout of the request's is what a browser's abort of it also gives: no response.
    const config = { ...(value as AxiosError).config, timeout: 0 };
    expect(normalizeError({ ...(value as object), config }, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});

/**
 * An app's own instance for `dataProvider(apiUrl, http)`: the axios error kept whole (its stack, its timeout's words),
 * with what Refine reads from it: the kit's message for the notification, the status, and the field errors as the
 * `errors` map `useForm` sets on its fields.
 */
function appInstance(): AxiosInstance {
  const http = axios.create({ maxRedirects: 0 });
  http.interceptors.response.use(undefined, (error: AxiosError) => {
    const model = normalizeError(error);
    return Promise.reject(
      Object.assign(error, {
        message: model.message,
        statusCode: model.status,
        errors: model.fieldErrors.length ? toFieldErrorRecord(model) : undefined,
      }),
    );
  });
  return http;
}

describe('Refine simple-rest on an app’s instance that keeps what Refine reads', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => dataProvider(server().url, appInstance()).getList({ resource: nameOf(url) }),
    pass: passBody,
    drops: GRAPHQL_200,
  });

  it('useForm gets the field errors as `errors`, the notification the kit’s message', async () => {
    const sent = scenario('problem-errors');
    const { value } = await settle(
      dataProvider(segments.urlOf(sent), appInstance()).create({ resource: 'posts', variables }),
    );
    const model = rawModel(sent, NOW);
    expect(model.fieldErrors).toHaveLength(2);
    expect(value).toBeInstanceOf(Error);
    expect(value).toMatchObject({
      message: model.message,
      statusCode: 422,
      errors: Object.fromEntries(model.fieldErrors.map(({ field, message }) => [field, message])),
    });
    expectSameModel(normalizeError(value, { now: NOW }), model);
  });

  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => dataProvider(new URL(url).origin, appInstance()).getList({ resource: nameOf(url) }),
    aborted: (url) => {
      const controller = new AbortController();
      const http = appInstance();
      http.defaults.signal = controller.signal;
      const pending = dataProvider(server().url, http).getList({ resource: nameOf(url) });
      controller.abort();
      return pending;
    },
    timedOut: (url) => {
      const http = appInstance();
      http.defaults.timeout = 50;
      return dataProvider(server().url, http).getList({ resource: nameOf(url) });
    },
  });
});
