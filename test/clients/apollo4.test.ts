import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { graphqlScenarios, startGraphqlServer, type GraphqlServer } from './graphql-scenarios';
import { expectSameModel, NOW, rawModel, refusedUrl } from './harness';

// Apollo Client 4: a failed query's error is `CombinedGraphQLErrors` (the GraphQL errors of a
// GraphQL response, with its `data`), `ServerError` (a non-2xx that is not a GraphQL response:
// `statusCode`, `response`, `bodyText`) or `ServerParseError` (a body that does not parse). What
// `client.query()` rejects with and what `useQuery().error` is.

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
    (result) => result.error ?? expect.fail('the query succeeded'),
    (error: unknown) => error,
  );
}

/**
 * What Apollo Client 4 makes of each scenario (its HttpLink's rules: a GraphQL response media type or a 2xx is parsed
 * as GraphQL).
 */
const THROWN: Record<string, string> = {
  'masked-500': 'ServerError',
  'server-500': 'ServerError',
  'gateway-502': 'ServerError',
};

describe('Apollo Client 4', () => {
  it.each(graphqlScenarios.map((s) => [s.name, s] as const))('%s reads as its raw response', async (name, sent) => {
    const error = await apolloError(`${server.url}/${name}`);
    const thrown = THROWN[name] ?? 'CombinedGraphQLErrors';
    expect(error).toMatchObject({ name: thrown });
    const model = normalizeError(error, { now: NOW });
    if (thrown === 'ServerError') return expectSameModel(model, rawModel(sent, NOW));
    // CombinedGraphQLErrors keeps the errors and data, not the response: no status, no headers.
    expectSameModel(model, rawModel(sent, NOW), {
      gives: { status: undefined },
      why: 'CombinedGraphQLErrors keeps no response',
    });
  });

  it('a body that is not JSON is a ServerParseError, read by its status', async () => {
    // The nginx page of `gateway-502` sent with a 200 and a JSON type, as a misconfigured proxy does: Apollo
    // parses a 2xx and fails. The status is kept; the text is HTML.
    const url = `${server.url}/gateway-502`;
    const client = new ApolloClient({
      link: new HttpLink({
        uri: url,
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          return new Response(await response.text(), { status: 200, headers: { 'content-type': 'application/json' } });
        },
      }),
      cache: new InMemoryCache(),
    });
    const error = await client.query({ query: QUERY }).then(
      () => expect.fail('the query succeeded'),
      (thrown: unknown) => thrown,
    );
    expect(error).toMatchObject({ name: 'ServerParseError', statusCode: 200 });
    expect(normalizeError(error, { now: NOW })).toMatchObject({ kind: 'unknown', status: 200, format: 'html' });
  });
});

describe('Apollo Client 4: the transport', () => {
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
