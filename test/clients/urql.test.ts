import { Client, fetchExchange, gql } from '@urql/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { graphqlScenarios, startGraphqlServer, type GraphqlServer } from './graphql-scenarios';
import { expectSameModel, NOW, rawModel, refusedUrl } from './harness';

// urql 6 (`@urql/core`): a query's failure is the result's `error`, a `CombinedError` holding the
// response's GraphQL errors (`graphQLErrors`) or the failure in front of them (`networkError`), with
// the fetch `response` beside them: what `useQuery()`'s `result.error` is in an app.

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

async function combinedError(url: string, fetchImpl?: typeof fetch): Promise<unknown> {
  const client = new Client({ url, exchanges: [fetchExchange], ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const result = await client.query(QUERY, {}).toPromise();
  expect(result.error).toMatchObject({ name: 'CombinedError' });
  return result.error;
}

describe('urql CombinedError', () => {
  it.each(graphqlScenarios.map((s) => [s.name, s] as const))('%s reads as its raw response', async (name, sent) => {
    const error = await combinedError(`${server.url}/${name}`);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });

  it.each([
    ['bad-user-input', 'validation', 'BAD_USER_INPUT'],
    ['unauthenticated', 'unauthenticated', 'UNAUTHENTICATED'],
    ['forbidden', 'forbidden', 'FORBIDDEN'],
    ['throttled', 'rate-limited', 'THROTTLED'],
  ] as const)('%s: extensions.code is read (%s)', async (name, kind, code) => {
    const model = normalizeError(await combinedError(`${server.url}/${name}`), { now: NOW });
    expect(model).toMatchObject({ kind, code, status: 200, format: 'graphql' });
  });

  it("an argument's error reaches its field", async () => {
    const model = normalizeError(await combinedError(`${server.url}/bad-user-input-fields`), { now: NOW });
    expect(model.fieldErrors.map(({ field }) => field)).toEqual(['input.email', 'teamId']);
  });

  it('a network 500 keeps its status; urql drops its body (the error says only the status text)', async () => {
    const error = await combinedError(`${server.url}/server-500`);
    expect(error).toMatchObject({ graphQLErrors: [], networkError: { message: 'Internal Server Error' } });
    expect(normalizeError(error, { now: NOW })).toMatchObject({ kind: 'server', status: 500 });
  });
});

describe('urql: the transport', () => {
  it('a refused connection is network', async () => {
    const error = await combinedError(await refusedUrl());
    expect(normalizeError(error)).toMatchObject({ kind: 'network' });
  });

  it("a timeout in the client's fetch is timeout", async () => {
    // urql has no timeout of its own and replaces any signal in `fetchOptions` with its own; a
    // timeout goes in the `fetch` it is given. `/slow` never answers.
    const error = await combinedError(`${server.url}/slow`, (input, init) =>
      fetch(input, { ...init, signal: AbortSignal.timeout(50) }),
    );
    expect(normalizeError(error)).toMatchObject({ kind: 'timeout' });
  });
});
