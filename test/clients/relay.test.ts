import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGraphQLError, createSchema, createYoga } from 'graphql-yoga';
import {
  commitMutation,
  createOperationDescriptor,
  Environment,
  fetchQuery,
  Network,
  RecordSource,
  Store,
  type ConcreteRequest,
  type FetchFunction,
  type Variables,
} from 'relay-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { relayErrors } from '../../src/clients';
import { graphql } from '../../src/formats';
import { itTellsTransportFailures } from './agreement';
import { graphqlScenarios, startGraphqlServer, type GraphqlServer } from './graphql-scenarios';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Dropped, type Scenario } from './harness';

// Relay 21 (`relay-runtime`; react-relay's hooks throw into an error boundary what its observables error with). The
// app's network layer is the fetchFn of relay.dev's "Network Layer" guide: `fetch` the endpoint, `return
// response.json()`. A response without `data` makes Relay's executor throw an `Error` named `RelayNetwork` whose
// message is developer text ("No data returned for operation `X`, got error(s): …") and whose `source` is `{ errors,
// operation, variables }`: the response's `errors`, nothing else of it (node_modules/relay-runtime/lib/store/
// OperationExecutor.js, `_handleErrorResponse`). What the fetchFn throws (fetch's own errors, `response.json()`'s
// SyntaxError, the quick start's `new Error("Response failed.")` on a non-ok status) reaches the app unchanged.

/** The operation as relay-compiler emits it (one `ConcreteRequest`), for a query of one root field. */
function request(
  name: string,
  text: string,
  field: ConcreteRequest['operation']['selections'][number],
  options: { args?: string[]; operationKind?: 'query' | 'mutation'; throwOnFieldError?: boolean } = {},
): ConcreteRequest {
  const argumentDefinitions = (options.args ?? []).map((arg) => ({
    defaultValue: null,
    kind: 'LocalArgument' as const,
    name: arg,
  }));
  const type = options.operationKind === 'mutation' ? 'Mutation' : 'Query';
  return {
    kind: 'Request',
    fragment: {
      argumentDefinitions,
      kind: 'Fragment',
      metadata: options.throwOnFieldError ? { throwOnFieldError: true } : null,
      name,
      selections: [field],
      type,
      abstractKey: null,
    },
    operation: { argumentDefinitions, kind: 'Operation', name, selections: [field] },
    params: {
      cacheID: name,
      id: null,
      metadata: {},
      name,
      operationKind: options.operationKind ?? 'query',
      text,
    },
  } as ConcreteRequest;
}

const scalar = (name: string, args: string[] = []) =>
  ({
    alias: null,
    args: args.length ? args.map((arg) => ({ kind: 'Variable', name: arg, variableName: arg })) : null,
    kind: 'ScalarField',
    name,
    storageKey: null,
  }) as ConcreteRequest['operation']['selections'][number];

const ViewerQuery = request('ViewerQuery', 'query ViewerQuery {\n  viewer {\n    id\n  }\n}\n', {
  alias: null,
  args: null,
  concreteType: 'User',
  kind: 'LinkedField',
  name: 'viewer',
  plural: false,
  selections: [scalar('id')],
  storageKey: null,
} as ConcreteRequest['operation']['selections'][number]);

/** relay.dev "Network Layer": the fetchFn an app copies, pointed at `url`. */
function docsFetchFn(url: string, signal?: AbortSignal): FetchFunction {
  return (operation, variables) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation.text, variables }),
      ...(signal ? { signal } : {}),
    }).then((response) => {
      return response.json();
    });
}

/** relay.dev "Quick Start" and the Environment reference: the same, with a non-ok status thrown as Relay shows it. */
function quickStartFetchFn(url: string): FetchFunction {
  return async (operation, variables) => {
    const resp = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: operation.text, variables }),
    });
    if (!resp.ok) {
      throw new Error('Response failed.');
    }
    return await resp.json();
  };
}

const environmentOf = (fetchFn: FetchFunction) =>
  new Environment({ network: Network.create(fetchFn), store: new Store(new RecordSource()) });

/** What `fetchQuery(…).toPromise()` (and a hook, into its error boundary) settles with. */
const query = (fetchFn: FetchFunction, node: ConcreteRequest, variables: Variables = {}) =>
  fetchQuery(environmentOf(fetchFn), node, variables).toPromise();

/** Developer text Relay (or a network layer built on it, react-relay-network-modern) writes into its errors. */
const RELAY_TEXT = /No data returned for operation|failed by the following reasons|source` property|Response failed/;

function expectNoDeveloperText(model: ApiError): void {
  expect(`${model.message} ${model.title ?? ''}`).not.toMatch(RELAY_TEXT);
  expect(model.message).not.toContain('[object');
}

// --- The shared GraphQL scenarios, as urql.test.ts and apollo4.test.ts read them. ---

let scenarioServer: GraphqlServer;
beforeAll(async () => {
  scenarioServer = await startGraphqlServer();
});
afterAll(() => scenarioServer.close());

/** Relay fails an operation whose response holds no `data`; a body with `data` (even null fields) is a result. */
const relayThrows = (sent: Scenario): boolean => {
  try {
    return (JSON.parse(sent.body) as { data?: unknown }).data == null;
  } catch {
    return true;
  }
};

const KEPT_ERRORS = 'a RelayNetwork error keeps the response’s `errors` only: no status, no headers, no extensions';
/** What Relay itself loses, per scenario: everything but the `errors`, and all of a body that is not GraphQL. */
const DROPS: Partial<Record<string, Dropped>> = {
  'bad-user-input': { gives: { status: undefined }, why: KEPT_ERRORS },
  throttled: { gives: { status: undefined }, why: KEPT_ERRORS },
  'internal-request-id': { gives: { status: undefined }, why: KEPT_ERRORS },
  'validation-failed-400': { gives: { status: undefined }, why: KEPT_ERRORS },
  'masked-500': {
    // Its error has no code: only the lost 500 said that the server failed.
    gives: {
      status: undefined,
      kind: 'unknown',
      message: 'Try again. If the problem continues, contact support.',
      title: 'Something went wrong',
    },
    why: KEPT_ERRORS,
  },
};

describe('Relay against the shared GraphQL scenarios: what it throws reads as the raw response', () => {
  const thrown = graphqlScenarios.filter(relayThrows);
  it.each(thrown.map((s) => [s.name, s] as const))('%s', async (name, sent) => {
    const { threw, value } = await settle(query(docsFetchFn(`${scenarioServer.url}/${name}`), ViewerQuery));
    expect(threw, 'Relay fails an operation without data').toBe(true);
    const model = normalizeError(value, { now: NOW });
    expectNoDeveloperText(model);
    if (sent.body.includes('"errors"')) {
      // The executor's own error, holding the response's `errors` as they came.
      expect(value).toMatchObject({ name: 'RelayNetwork', source: { errors: JSON.parse(sent.body).errors } });
      expectSameModel(model, rawModel(sent, NOW), DROPS[name]);
    }
  });

  it.each([
    ['bad-user-input', 'validation', 'BAD_USER_INPUT'],
    ['throttled', 'rate-limited', 'THROTTLED'],
    ['validation-failed-400', 'bad-request', 'GRAPHQL_VALIDATION_FAILED'],
  ] as const)('%s: extensions.code is read (%s)', async (name, kind, code) => {
    const { value } = await settle(query(docsFetchFn(`${scenarioServer.url}/${name}`), ViewerQuery));
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind, code, format: 'graphql' });
  });

  it('a 500 that is no GraphQL response: "(No errors)", no body kept; unknown, none of it shown', async () => {
    const { value } = await settle(query(docsFetchFn(`${scenarioServer.url}/server-500`), ViewerQuery));
    expect(value).toMatchObject({ name: 'RelayNetwork', source: { errors: null } });
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: 'unknown', messageSource: 'default' });
    expectNoDeveloperText(model);
  });

  it('a gateway’s HTML page: the docs’ fetchFn throws `response.json()`’s SyntaxError, not shown', async () => {
    const { value } = await settle(query(docsFetchFn(`${scenarioServer.url}/gateway-502`), ViewerQuery));
    expect(value).toBeInstanceOf(SyntaxError);
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: 'unknown', messageSource: 'default' });
    expect(model.message).not.toMatch(/JSON|Unexpected token/);
  });

  it.each(['server-500', 'gateway-502', 'validation-failed-400'])(
    '%s with the quick start’s fetchFn: its `Error("Response failed.")` holds no status, and is not shown',
    async (name) => {
      const { value } = await settle(query(quickStartFetchFn(`${scenarioServer.url}/${name}`), ViewerQuery));
      expect(value).toMatchObject({ message: 'Response failed.' });
      const model = normalizeError(value, { now: NOW });
      expect(model).toMatchObject({ kind: 'unknown', messageSource: 'default' });
      expectNoDeveloperText(model);
    },
  );

  it.each(graphqlScenarios.filter((s) => !relayThrows(s)).map((s) => [s.name] as const))(
    '%s: a body with `data` is a result; Relay resolves with it, the errors go to the store as field errors',
    async (name) => {
      const { threw, value } = await settle(query(docsFetchFn(`${scenarioServer.url}/${name}`), ViewerQuery));
      expect(threw).toBe(false);
      expect(JSON.stringify(value)).not.toContain('"errors"');
    },
  );
});

describe('Relay: failures without a response', () => {
  itTellsTransportFailures(() => scenarioServer, refusedUrl, {
    refused: (target) => query(docsFetchFn(target), ViewerQuery),
    // Relay hands the fetchFn no signal; an app that aborts gives it one of its own.
    aborted: (target) => {
      const controller = new AbortController();
      const pending = query(docsFetchFn(target, controller.signal), ViewerQuery);
      setTimeout(() => controller.abort(), 20);
      return pending;
    },
    timedOut: (target) => query(docsFetchFn(target, AbortSignal.timeout(50)), ViewerQuery),
  });
});

// --- A real graphql-yoga 5 server: its GraphQLError with a code, a thrown Error it masks, a field error with data. ---
// Errors are made with yoga's `createGraphQLError` (its docs' "Error Masking"): a `GraphQLError` of the `graphql` copy
// yoga itself loads, which it passes through; any other error it masks.

const yoga = createYoga({
  logging: false,
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      type Query {
        greeting(name: String!): String!
        report: String!
        profile: String
      }
      type Mutation {
        deleteProject(id: ID!): Boolean!
      }
    `,
    resolvers: {
      Query: {
        greeting: (_: unknown, { name }: { name: string }) => {
          if (name.length < 3)
            throw createGraphQLError('Name must be at least 3 characters long.', {
              extensions: { code: 'BAD_USER_INPUT', argumentName: 'name' },
            });
          return `Hello, ${name}`;
        },
        report: () => {
          throw new Error('relation "reports" does not exist');
        },
        profile: () => {
          throw createGraphQLError('You must be signed in to see your profile.', {
            extensions: { code: 'UNAUTHENTICATED' },
          });
        },
      },
      Mutation: {
        deleteProject: () => {
          throw createGraphQLError('You are not allowed to delete this project.', {
            extensions: { code: 'FORBIDDEN' },
          });
        },
      },
    },
  }),
});

let yogaServer: Server;
let endpoint: string;
beforeAll(async () => {
  yogaServer = createServer(yoga);
  await new Promise<void>((resolve) => yogaServer.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(yogaServer.address() as AddressInfo).port}/graphql`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      yogaServer.closeAllConnections();
      yogaServer.close(() => resolve());
    }),
);

const GreetingQuery = request(
  'GreetingQuery',
  'query GreetingQuery(\n  $name: String!\n) {\n  greeting(name: $name)\n}\n',
  scalar('greeting', ['name']),
  { args: ['name'] },
);
const ReportQuery = request('ReportQuery', 'query ReportQuery {\n  report\n}\n', scalar('report'));
const ProfileQuery = request('ProfileQuery', 'query ProfileQuery {\n  profile\n}\n', scalar('profile'), {
  throwOnFieldError: true,
});
const DeleteProjectMutation = request(
  'DeleteProjectMutation',
  'mutation DeleteProjectMutation(\n  $id: ID!\n) {\n  deleteProject(id: $id)\n}\n',
  scalar('deleteProject', ['id']),
  { args: ['id'], operationKind: 'mutation' },
);

/** What yoga sent for the same operation, read raw: the baseline, as the scenarios' raw responses are. */
async function yogaRaw(node: ConcreteRequest, variables: Variables): Promise<ApiError> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: node.params.text, variables }),
  });
  return normalizeError(
    { status: response.status, headers: response.headers, body: await response.json() },
    { now: NOW },
  );
}

const YOGA_DROPS: Dropped = { gives: { status: undefined }, why: KEPT_ERRORS };

describe('Relay against graphql-yoga: the person sees the server’s sentence, never Relay’s', () => {
  it('a GraphQLError with BAD_USER_INPUT: validation, its sentence at the argument it names', async () => {
    const { threw, value } = await settle(query(docsFetchFn(endpoint), GreetingQuery, { name: 'a' }));
    expect(threw).toBe(true);
    expect((value as Error).message).toMatch(/^No data returned for operation `GreetingQuery`/);
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: 'validation', code: 'BAD_USER_INPUT' });
    expect(model.fieldErrors).toEqual([
      expect.objectContaining({ field: 'name', message: 'Name must be at least 3 characters long.' }),
    ]);
    expectNoDeveloperText(model);
    expectSameModel(model, await yogaRaw(GreetingQuery, { name: 'a' }), YOGA_DROPS);
  });

  it('a GraphQLError with FORBIDDEN on a mutation (commitMutation’s onError): forbidden, its sentence', async () => {
    const environment = environmentOf(docsFetchFn(endpoint));
    const error = await new Promise<Error>((resolve, reject) =>
      commitMutation(environment, {
        mutation: DeleteProjectMutation,
        variables: { id: 'p1' },
        onCompleted: () => reject(new Error('the mutation succeeded')),
        onError: resolve,
      }),
    );
    const model = normalizeError(error, { now: NOW });
    expect(model).toMatchObject({
      kind: 'forbidden',
      code: 'FORBIDDEN',
      message: 'You are not allowed to delete this project.',
    });
    expectSameModel(model, await yogaRaw(DeleteProjectMutation, { id: 'p1' }), YOGA_DROPS);
  });

  it('a thrown Error, masked by yoga as "Unexpected error.": a server error, its text never shown', async () => {
    const environment = environmentOf(docsFetchFn(endpoint));
    const operation = createOperationDescriptor(ReportQuery, {});
    const { threw, value } = await settle(environment.execute({ operation }).toPromise());
    expect(threw).toBe(true);
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: 'server', code: 'INTERNAL_SERVER_ERROR', messageSource: 'default' });
    expect(model.message).not.toMatch(/relation|Unexpected error/);
    expectNoDeveloperText(model);
    expectSameModel(model, await yogaRaw(ReportQuery, {}), YOGA_DROPS);
  });

  it('an error beside data: a result; under `@throwOnFieldError`, Relay throws its own words, not shown', async () => {
    // Without the directive the field is null and the error goes only to the environment's `relayFieldLogger`.
    const lenient = request('ProfileQuery', ProfileQuery.params.text ?? '', scalar('profile'));
    await expect(query(docsFetchFn(endpoint), lenient)).resolves.toEqual({ profile: null });
    // With it, `fetchQuery` (and react-relay's hooks, reading the same snapshot) throw a plain Error that holds
    // nothing of the response (relay-runtime/lib/util/handlePotentialSnapshotErrors.js).
    const { threw, value } = await settle(query(docsFetchFn(endpoint), ProfileQuery));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ message: 'Relay: Unexpected response payload - check server logs for details.' });
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: 'unknown', messageSource: 'default' });
    expect(model.message).not.toMatch(/Relay|payload/);
  });

  it('is read only by a normalizer that names it; without it, Relay’s text is never the message', async () => {
    const { value } = await settle(query(docsFetchFn(endpoint), GreetingQuery, { name: 'a' }));
    // An app that names Relay names the GraphQL format with it (an argument's error is that format's reading).
    expect(createNormalizer({ clients: [relayErrors], formats: [graphql] })(value, { now: NOW })).toMatchObject({
      kind: 'validation',
      code: 'BAD_USER_INPUT',
      fieldErrors: [expect.objectContaining({ field: 'name', message: 'Name must be at least 3 characters long.' })],
    });
    const unnamed = createNormalizer()(value, { now: NOW });
    expect(unnamed).toMatchObject({ messageSource: 'default' });
    expectNoDeveloperText(unnamed);
  });
});
