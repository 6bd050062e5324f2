import { ApolloClient, gql, HttpLink, InMemoryCache } from 'apollo3/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { graphqlScenarios, startGraphqlServer, type GraphqlServer } from './graphql-scenarios';
import { expectSameModel, NOW, rawModel, refusedUrl } from './harness';

// Apollo Client 3 (`apollo3` = @apollo/client 3.14): a failed query rejects with an `ApolloError`,
// the GraphQL errors of a 2xx in `graphQLErrors` and a non-2xx in `networkError` (a `ServerError`
// with `statusCode`, `response` and the body, parsed or as text, in `result`): what `useQuery().error` is.

let server: GraphqlServer;
beforeAll(async () => {
  server = await startGraphqlServer();
});
afterAll(() => server.close());

const QUERY = gql`
  query Viewer {
    viewer {
      id
    }
  }
`;

async function apolloError(url: string, signal?: AbortSignal): Promise<unknown> {
  const client = new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache() });
  return client.query({ query: QUERY, ...(signal ? { context: { fetchOptions: { signal } } } : {}) }).then(
    () => expect.fail('the query succeeded'),
    (error: unknown) => error,
  );
}

describe('Apollo Client 3 ApolloError', () => {
  it.each(graphqlScenarios.map((s) => [s.name, s] as const))('%s reads as its raw response', async (name, sent) => {
    const error = await apolloError(`${server.url}/${name}`);
    expect(error).toMatchObject({ name: 'ApolloError' });
    const model = normalizeError(error, { now: NOW });
    // Apollo 3 sends every non-2xx to `networkError` with its response; a 2xx's GraphQL errors come without it.
    if (sent.status >= 300) return expectSameModel(model, rawModel(sent, NOW));
    expectSameModel(model, rawModel(sent, NOW), {
      gives: { status: undefined },
      why: 'graphQLErrors keeps no response',
    });
  });

  it.each([
    ['bad-user-input', 'validation', 'BAD_USER_INPUT'],
    ['unauthenticated', 'unauthenticated', 'UNAUTHENTICATED'],
    ['forbidden', 'forbidden', 'FORBIDDEN'],
    ['throttled', 'rate-limited', 'THROTTLED'],
    ['validation-failed-400', 'bad-request', 'GRAPHQL_VALIDATION_FAILED'],
  ] as const)('%s: extensions.code is read (%s)', async (name, kind, code) => {
    expect(normalizeError(await apolloError(`${server.url}/${name}`), { now: NOW })).toMatchObject({
      kind,
      code,
      format: 'graphql',
    });
  });

  it("the support id of a 2xx's error is kept", async () => {
    const model = normalizeError(await apolloError(`${server.url}/internal-request-id`), { now: NOW });
    expect(model).toMatchObject({ kind: 'server', logId: 'd2f47302-8559-4961-9a5b-3de60172aa29' });
  });
});

describe('Apollo Client 3: the transport', () => {
  it('a refused connection is network', async () => {
    expect(normalizeError(await apolloError(await refusedUrl()))).toMatchObject({ kind: 'network' });
  });

  it('an aborted query is cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    expect(normalizeError(await apolloError(`${server.url}/slow`, controller.signal))).toMatchObject({
      kind: 'cancelled',
    });
  });

  it('a timed-out signal is timeout', async () => {
    expect(normalizeError(await apolloError(`${server.url}/slow`, AbortSignal.timeout(50)))).toMatchObject({
      kind: 'timeout',
    });
  });
});
