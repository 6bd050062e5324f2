import { createAdminApiClient, createAdminRestApiClient } from '@shopify/admin-api-client';
import { describe, expect, it } from 'vitest';
import { hasUnreadBody, normalizeError, readApiError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, headersOnlyModel, NOW, rawModel, refusedUrl, settle, type Scenario } from './harness';

// @shopify/admin-api-client (Shopify's official Admin API client; fetch underneath) does not throw for an answer.
// - GraphQL (`createAdminApiClient(…).request(query)`, @shopify/graphql-client 2.0.0) resolves with
//   `{ data?, extensions?, headers, errors? }`. For a 200 with a JSON (`application/json`) body carrying `errors` (or
//   no `data`): `errors` = `{ networkStatusCode: <status>, message: "GraphQL Client: An error occurred while fetching
//   from the API. Review 'graphQLErrors' for details.", graphQLErrors: <the body's errors as is>, response: <the
//   fetch Response, body read> }`, and `extensions` = the body's extensions, `headers` = the fetch `Headers`. For a
//   status that is not ok: `errors = { networkStatusCode, message: 'GraphQL Client: <statusText>', response }`
//   (body unread). A failure without a response resolves with `errors = { message: 'GraphQL Client: fetch failed' }`
//   (fetch's message only; the TypeError and its cause are not kept).
// - REST (`createAdminRestApiClient(…).get/post/put/delete`) resolves with the fetch `Response` itself, whatever
//   the status; an app checks `ok` and throws or reads it. A failure without a response rejects with a plain
//   `Error('Admin API Client: fetch failed')` (fetch's message only, no cause).
// Both retry 429 and 503 (REST: also 500) only when `retries` > 0; the default is 0.
// Both build `https://<store domain>/admin/api/<version>/…` URLs; the `customFetchApi` option is the fetch they call,
// and here it sends every request to this file's server on 127.0.0.1 instead.

// Shopify answers GraphQL and JSON REST errors with `application/json`; the cases show the body only, so that header
// is added where the body is JSON. (Without it the GraphQL client does not read the body at all: it resolves with
// 'Response returned unexpected Content-Type:'.)
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const graphql = [
  // 'shopify-admin-graphql/throttled': https://community.shopify.com/t/throttled/254776
  fromCase('shopify-admin-graphql/throttled', JSON_TYPE),
  // 'shopify-admin-graphql/internal-server-error-request-id': https://shopify.dev/changelog/improved-graphql-errors
  fromCase('shopify-admin-graphql/internal-server-error-request-id', JSON_TYPE),
];
// All from MONEI/Shopify-api-node/test/shopify.test.js, but 'shopify/429-exceeded-calls-per-second':
// https://github.com/slince/shopify-api-php/issues/64
const rest = [
  fromCase('shopify/422-errors-map', JSON_TYPE),
  fromCase('shopify/422-errors-array-of-strings', JSON_TYPE),
  fromCase('shopify/404-error-string', JSON_TYPE),
  fromCase('shopify/429-exceeded-calls-per-second', JSON_TYPE),
  fromCase('shopify/429-text-retry-after-fraction'),
];

const server = serveBySegment([...graphql, ...rest]);

const STORE = 'test-shop.myshopify.com';
const API_VERSION = 'unstable'; // always among the versions the client accepts, whatever today's date
/** fetch, sending the client's `https://<store>/…` request to `base` on 127.0.0.1 instead. */
const fetchTo =
  (base: string): typeof fetch =>
  (input, init) =>
    fetch(String(input).replace(`https://${STORE}`, base), init);
const options = (base: string) => ({
  storeDomain: STORE,
  apiVersion: API_VERSION,
  accessToken: 'shpat_test',
  customFetchApi: fetchTo(base),
});

const QUERY = 'query { products(first: 250) { nodes { id title } } }';
const graphqlRequest = (base: string) => createAdminApiClient(options(base)).request(QUERY);

/** A REST call of the kind the case answers: a create for a 422, else a read. */
const restRequest = (base: string, sent?: Scenario) =>
  sent?.status === 422
    ? createAdminRestApiClient(options(base)).post('products', { data: { product: { title: '' } } })
    : createAdminRestApiClient(options(base)).get(sent?.status === 404 ? 'products/632910392' : 'products');
/** What an app does with the REST client's answer: throws the Response when it is not ok. */
async function restOrThrow(base: string, sent?: Scenario): Promise<unknown> {
  const response = await restRequest(base, sent);
  if (!response.ok) throw response;
  return response.json();
}

describe('@shopify/admin-api-client GraphQL: the `errors` it resolves with reads as the raw response', () => {
  it.each(graphql.map((sent) => [sent.name, sent] as const))("%s (the result's `errors`)", async (_, sent) => {
    const { threw, value } = await settle(graphqlRequest(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(false);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: `/admin/api/${API_VERSION}/graphql.json` });
    // What the SDK carries: the status, the body's errors as is, and the Response (its body already read).
    const body = JSON.parse(sent.body) as { errors: unknown; extensions?: unknown };
    const result = value as { errors: { response: Response }; extensions?: unknown; headers: Headers };
    expect(result.errors).toMatchObject({
      networkStatusCode: sent.status,
      message: "GraphQL Client: An error occurred while fetching from the API. Review 'graphQLErrors' for details.",
      graphQLErrors: body.errors,
    });
    expect(result.errors.response.bodyUsed).toBe(true);
    expect(result.extensions).toEqual(body.extensions);
    expectSameModel(normalizeError(result.errors, { now: NOW }), rawModel(sent, NOW));
  });
  it.each(graphql.map((sent) => [sent.name, sent] as const))('%s (the whole result)', async (_, sent) => {
    const { value } = await settle(graphqlRequest(server.urlOf(sent)));
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@shopify/admin-api-client REST: the Response it resolves with (thrown by the app) reads as the raw response', () => {
  it.each(rest.map((sent) => [sent.name, sent] as const))('%s (readApiError)', async (_, sent) => {
    const { threw, value } = await settle(restOrThrow(server.urlOf(sent), sent));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({
      method: sent.status === 422 ? 'POST' : 'GET',
      path: `/admin/api/${API_VERSION}/${sent.status === 404 ? 'products/632910392' : 'products'}.json`,
    });
    // What the SDK carries: the fetch Response itself, body unread.
    expect(value).toBeInstanceOf(Response);
    expect(value).toMatchObject({ status: sent.status, bodyUsed: false });
    expectSameModel(await readApiError(value, { now: NOW }), rawModel(sent, NOW));
  });
  it.each(rest.map((sent) => [sent.name, sent] as const))(
    '%s (normalizeError: the model of the status and headers)',
    async (_, sent) => {
      const { value } = await settle(restOrThrow(server.urlOf(sent), sent));
      expect(hasUnreadBody(value)).toBe(true);
      expectSameModel(normalizeError(value, { now: NOW }), headersOnlyModel(sent, NOW));
    },
  );
});

describe('@shopify/admin-api-client: failures without a response', () => {
  it("GraphQL: connection refused (a result whose `errors` says 'GraphQL Client: fetch failed') is network", async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(graphqlRequest(origin));
    expect(threw).toBe(false);
    const { errors } = value as { errors: unknown };
    expect(errors).toEqual({ message: 'GraphQL Client: fetch failed' });
    expect(normalizeError(errors, { now: NOW })).toMatchObject({ kind: 'network' });
  });
  it("REST: connection refused (Error 'Admin API Client: fetch failed') is network", async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(restRequest(origin));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(Error);
    expect(value).toMatchObject({ message: 'Admin API Client: fetch failed' });
    expect((value as Error).cause).toBeUndefined();
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
