import { Amplify } from 'aws-amplify';
import { ApiError as AmplifyApiError, generateClient, get, isCancelError, type GraphQLQuery } from 'aws-amplify/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, HttpError, normalizeError } from '../../src';
import { amplifyErrors } from '../../src/clients';
import { builtInFormats } from '../../src/formats';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { graphqlScenarios, startGraphqlServer, type GraphqlServer } from './graphql-scenarios';
import {
  droppedBetween,
  expectSameModel,
  failures,
  headersOnlyModel,
  NOW,
  parsedBody,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  serveScenarios,
  serveRedirect,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';
import { caseScenario, serveBySegment } from './vendor';

// AWS Amplify v6 (`aws-amplify` 6.22), its API category against real servers on 127.0.0.1; no polyfill (Node 20 has
// the fetch, AbortController and URL it uses).
//
// REST (`get({ apiName, path }).response`): every call goes through @aws-amplify/core's fetchTransferHandler
// (dist/esm/clients/handlers/fetch.mjs), which gives fetch no `redirect` (a 3xx is followed) and turns the TypeError
// of a failed fetch into an `AmplifyError` named "NetworkError" ("A network error has occurred."). A status of 300 or
// more is thrown by @aws-amplify/api-rest's utils/createCancellableOperation.mjs as what utils/serviceError.mjs
// builds: a `RestApiError` (an `ApiError`, exported by aws-amplify/api) named after `x-amzn-errortype`, the body's
// `code` or `__type`, else "UnknownError", whose message is the body's `message` (or `Message`), else "Unknown
// error", and whose `response` (a getter, core's errors/APIError.mjs) is `{ statusCode, headers, body }`: the headers
// lower-cased in a plain object, the body as text; `$metadata` beside it. `operation.cancel()` rejects with a
// `CanceledError` (isCancelError), its `timeout` option with an `Error` named "TimeoutError". A 2xx resolves `{
// statusCode, headers, body }`, `body` the stream with memoised `json()` and `text()`. The default retry (core's
// clients/middleware/retry/defaultRetryDecider.mjs: 429, 500, 502, 503, 504, network errors; three attempts) hands
// over the last answer. With no Auth configured, `fetchAuthSession()` gives no credentials and the call goes out
// unsigned (apis/common/transferHandler.mjs; with Auth it is signed with SigV4 unless `defaultAuthMode: 'none'` or an
// `Authorization` header is given).
//
// GraphQL (`generateClient().graphql()`): a response with `errors` REJECTS with its body `{ data, errors }` as parsed
// (@aws-amplify/api-graphql's internals/InternalGraphQLAPI.mjs, `_graphql`): no status, no headers. Anything else that
// fails (a REST error above, a network error) rejects with `{ data: {}, errors: [new GraphQLError(error.message, …,
// error)] }` (utils/errors/createGraphQLResultWithError.mjs): the REST error survives as `errors[0].originalError`,
// read through amplifyErrors (src/core/clients/amplify.ts). `client.cancel(promise)` rejects with the CanceledError
// itself. It has no timeout option. Amplify Data's `client.models` RESOLVES both results, `data` set to `null` (`[]`
// for a list) (@aws-amplify/data-schema's runtime/internals/operations/utils.mjs).

const server = serveScenarios();

// Amazon API Gateway (what Amplify's REST category calls) and AWS AppSync (its GraphQL one), from the corpus.
const MISSING_TOKEN = caseScenario('amazon-api-gateway/missing-authentication-token');
const GATEWAY = [
  MISSING_TOKEN,
  caseScenario('amazon-api-gateway/too-many-requests-headers-only'),
  caseScenario('semantic-scholar/too-many-requests-gateway-429'),
];
const APPSYNC = [caseScenario('aws-appsync/unauthorized-get-project'), caseScenario('aws-appsync/unauthorized-list')];
const vendor = serveBySegment([...GATEWAY, ...APPSYNC]);

let graphqlServer: GraphqlServer;
/** The GraphQL scenarios' server, as the agreement harness takes a server. */
const graphqlEndpoints = () => graphqlServer;

const REGION = 'us-east-1';
/** An AppSync API key's form; the servers here check none. */
const API_KEY = 'da2-abcdefghijklmnopqrstuvwxyz';

/** The model introspection `client.models` is built from (what amplify_outputs.json holds): one model, `Todo`. */
const TODO_SCHEMA = {
  version: 1 as const,
  models: {
    Todo: {
      name: 'Todo',
      fields: { id: { name: 'id', isArray: false, type: 'ID' as const, isRequired: true, attributes: [] } },
      syncable: true,
      pluralName: 'Todos',
      attributes: [{ type: 'model', properties: {} }],
      primaryKeyInfo: { isCustomPrimaryKey: false, primaryKeyFieldName: 'id', sortKeyFieldNames: [] },
    },
  },
  enums: {},
  nonModels: {},
};

/** The app's `Amplify.configure`: its REST APIs by name, and the GraphQL endpoint `generateClient()` calls. */
function configure(graphqlEndpoint: string, moreRest: Readonly<Record<string, string>> = {}): void {
  const rest = { scenarios: server().url, gateway: new URL(vendor.urlOf(MISSING_TOKEN)).origin, ...moreRest };
  Amplify.configure({
    API: {
      REST: Object.fromEntries(Object.entries(rest).map(([name, endpoint]) => [name, { endpoint, region: REGION }])),
      GraphQL: {
        endpoint: graphqlEndpoint,
        region: REGION,
        defaultAuthMode: 'apiKey',
        apiKey: API_KEY,
        modelIntrospection: TODO_SCHEMA,
      },
    },
  });
}

beforeAll(async () => {
  graphqlServer = await startGraphqlServer();
  configure(`${server().url}/graphql-200`);
});
afterAll(() => graphqlServer.close());

const path = (url: string): string => new URL(url).pathname;

/** The REST call as an app makes it, for a URL on the scenario server. */
const restGet = (url: string, apiName = 'scenarios') => get({ apiName, path: path(url) }).response;

/**
 * The kit's pattern for a body that says it failed under a 2xx (as with fetch): the app reads the JSON and throws it as
 * an HttpError with the status and headers Amplify resolved.
 */
async function restOrThrow(url: string, apiName = 'scenarios'): Promise<unknown> {
  const { statusCode, headers, body } = await restGet(url, apiName);
  const data = await body.json();
  if (typeof data === 'object' && data !== null && 'errors' in data) throw new HttpError(statusCode, headers, data);
  return data;
}

/** Amplify follows a redirect (no `redirect` given to fetch): the OAuth one would leave this machine. */
const ANSWERED = scenarios.filter((sent) => sent.status < 300 || sent.status >= 400);

/** What the query asks for: the GraphQL scenarios answer it with errors only. */
interface Viewer {
  viewer: { id: string } | null;
}

const QUERY = /* GraphQL */ `
  query Viewer {
    viewer {
      id
    }
  }
`;

/** A client of one endpoint, as Amplify's docs have it for a GraphQL API beside the app's own. */
const graphqlAt = (endpoint: string) => generateClient({ endpoint, authMode: 'apiKey', apiKey: API_KEY });
const query = (url: string): Promise<unknown> => graphqlAt(url).graphql<GraphQLQuery<Viewer>>({ query: QUERY });

const GRAPHQL_WHY = 'a GraphQL response with `errors` is handed over as its parsed body: no status, no headers';

/** What the body alone (all a GraphQL response with `errors` leaves) loses of a 2xx scenario. */
function bodyOnly(sent: Scenario): Dropped | undefined {
  return droppedBetween(rawModel(sent, NOW), normalizeError(parsedBody(sent), { now: NOW }), GRAPHQL_WHY);
}

/** The drops of the 2xx scenarios among these: the ones Amplify hands over as a body alone. */
const okDrops = (only: readonly Scenario[]): Partial<Record<ScenarioName, Dropped>> =>
  Object.fromEntries(
    only.flatMap((sent) => {
      const dropped = sent.status < 300 ? bodyOnly(sent) : undefined;
      return dropped ? [[sent.name, dropped]] : [];
    }),
  );

interface TodoModel {
  get(key: { id: string }): Promise<unknown>;
  list(): Promise<unknown>;
}

/** Amplify Data's `client.models.Todo`, against the GraphQL endpoint the app configured. */
function todos(endpoint: string): TodoModel {
  configure(endpoint);
  return (generateClient().models as unknown as { Todo: TodoModel }).Todo;
}

/** A normalizer of every format the kit reads and no client. */
const everyFormat = createNormalizer({ formats: builtInFormats });

describe('Amplify REST: what `get().response` rejects with reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, { request: (url) => restOrThrow(url), fails: () => true }, ANSWERED);
});

describe('Amplify REST: its RestApiError needs no reader', () => {
  itAgreesWithTheRawResponse(
    server,
    { request: (url) => restGet(url), read: (value) => everyFormat(value, { now: NOW }) },
    failures.filter((sent) => sent.status >= 400),
  );

  it('is an ApiError whose `response` keeps the status, the headers and the body as text', async () => {
    const { threw, value } = await settle(restGet(`${server().url}/rate-limited-429`));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(AmplifyApiError);
    expect(value).toMatchObject({
      name: 'UnknownError',
      message: 'Unknown error',
      $metadata: { httpStatusCode: 429 },
      response: {
        statusCode: 429,
        headers: { 'retry-after': '5', 'request-id': 'a15c7ea4-d7e4-4d57-9cf0-d5b8fd22aad0' },
        body: scenario('rate-limited-429').body,
      },
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 5000 });
  });

  it('its message is the body’s `message` or "Unknown error", which the model never shows', async () => {
    const { value } = await settle(restGet(`${server().url}/validation-422`));
    expect(value).toMatchObject({ name: 'UnknownError', message: 'The email field is required. (and 2 more errors)' });
    for (const name of ['html-gateway', 'xml-s3', 'empty-502'] as const) {
      const { value: other } = await settle(restGet(`${server().url}/${name}`));
      expect(other).toMatchObject({ name: 'UnknownError', message: 'Unknown error' });
      expect(normalizeError(other, { now: NOW }).message).not.toMatch(/[<>]|Unknown error/);
    }
  });

  it('a 2xx resolves with the body unread: the status and headers read, the body is the app’s to read', async () => {
    const resolved = await restGet(`${server().url}/graphql-200`);
    expect(resolved).toMatchObject({ statusCode: 200, headers: { 'content-type': 'application/json' } });
    expectSameModel(normalizeError(resolved, { now: NOW }), headersOnlyModel('graphql-200', NOW));
  });
});

describe('Amplify REST: a redirect is followed, never handed over', () => {
  const hop = serveRedirect(() => `${server().url}/json-error`);

  it('the app gets the answer at the Location, read as that answer', async () => {
    configure(`${server().url}/graphql-200`, { hop: hop() });
    const { threw, value } = await settle(get({ apiName: 'hop', path: '/anywhere' }).response);
    expect(threw).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('json-error', NOW));
  });
});

describe('Amplify REST: Amazon API Gateway’s own errors read as their raw responses', () => {
  it.each(GATEWAY.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(restGet(vendor.urlOf(sent), 'gateway'));
    expect(threw).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('Amplify REST: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => {
      configure(`${server().url}/graphql-200`, { refused: new URL(url).origin });
      return restGet(url, 'refused');
    },
    aborted: (url) => {
      const operation = get({ apiName: 'scenarios', path: path(url) });
      operation.cancel();
      return operation.response;
    },
    timedOut: (url) => get({ apiName: 'scenarios', path: path(url), options: { timeout: 50 } }).response,
  });

  it('a cancelled call is what `isCancelError` tells, with the app’s reason as its message', async () => {
    const operation = get({ apiName: 'scenarios', path: '/slow' });
    operation.cancel('the user left the page');
    const { value } = await settle(operation.response);
    expect(isCancelError(value)).toBe(true);
    expect(value).toMatchObject({ name: 'CanceledError', message: 'the user left the page' });
    expect(normalizeError(value).kind).toBe('cancelled');
  });
});

describe('Amplify GraphQL: what `graphql()` rejects with reads as the raw response', () => {
  itAgreesWithTheRawResponse(
    graphqlEndpoints,
    { request: query, fails: () => true, drops: okDrops(graphqlScenarios) },
    graphqlScenarios,
  );
});

describe('Amplify GraphQL: the shared scenarios, at a GraphQL endpoint', () => {
  itAgreesWithTheRawResponse(server, { request: query, fails: () => true, drops: okDrops(ANSWERED) }, ANSWERED);
});

describe('Amplify GraphQL: the failure it wraps in a GraphQLError', () => {
  it('keeps the REST error, with the response, as the one error’s `originalError`', async () => {
    const { value } = await settle(query(`${graphqlServer.url}/masked-500`));
    expect(value).toMatchObject({
      data: {},
      errors: [{ message: 'Unknown error', originalError: { name: 'UnknownError', response: { statusCode: 500 } } }],
    });
    expect(amplifyErrors.test?.(value)).toBe(true);
  });

  it('read without the reader, it is an "unknown" GraphQL error; with it, the response', async () => {
    for (const sent of graphqlScenarios.filter((one) => one.status >= 300)) {
      const { value } = await settle(query(`${graphqlServer.url}/${sent.name}`));
      const unread = everyFormat(value, { now: NOW });
      expect([unread.kind, unread.status, unread.messageSource]).toEqual(['unknown', undefined, 'default']);
      const named = createNormalizer({ formats: builtInFormats, clients: [amplifyErrors] });
      expectSameModel(named(value, { now: NOW }), rawModel(sent, NOW));
    }
  });

  it('a GraphQL response’s own `errors` are not taken for a wrapped failure', async () => {
    const { value } = await settle(query(`${graphqlServer.url}/bad-user-input`));
    expect(amplifyErrors.test?.(value)).toBe(false);
  });

  it('the client `Amplify.configure` sets up rejects with the body of a GraphQL 200', async () => {
    configure(`${server().url}/graphql-200`);
    const { threw, value } = await settle(generateClient().graphql<GraphQLQuery<Viewer>>({ query: QUERY }));
    expect(threw).toBe(true);
    expectSameModel(
      normalizeError(value, { now: NOW }),
      rawModel('graphql-200', NOW),
      bodyOnly(scenario('graphql-200')),
    );
  });
});

describe('Amplify GraphQL: AWS AppSync’s own errors read as their raw responses, but for the status', () => {
  it.each(APPSYNC.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(query(vendor.urlOf(sent)));
    expect(threw).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), bodyOnly(sent));
  });
});

describe('Amplify GraphQL: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: query,
    aborted: (url) => {
      const client = graphqlAt(url);
      const pending = client.graphql<GraphQLQuery<Viewer>>({ query: QUERY });
      client.cancel(pending);
      return pending;
    },
  });

  it('a cancelled query is what `client.isCancelError` tells', async () => {
    const client = graphqlAt(`${server().url}/slow`);
    const pending = client.graphql<GraphQLQuery<Viewer>>({ query: QUERY });
    expect(client.cancel(pending, 'the user left the page')).toBe(true);
    const { value } = await settle(pending);
    expect(client.isCancelError(value)).toBe(true);
    expect(normalizeError(value).kind).toBe('cancelled');
  });
});

describe('Amplify Data: the `{ data, errors }` `client.models` resolves reads as the raw response', () => {
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => todos(url).get({ id: '1' }),
      fails: () => false,
      drops: okDrops(ANSWERED),
    },
    ANSWERED,
  );

  it('a list’s result, and its `errors` handed on alone, read the same', async () => {
    for (const name of ['rate-limited-429', 'html-gateway', 'unauthorized-401'] as const) {
      const result = await todos(`${server().url}/${name}`).list();
      expect(result).toMatchObject({ data: [] });
      expectSameModel(normalizeError(result, { now: NOW }), rawModel(name, NOW));
      const { errors } = result as { errors: unknown };
      expectSameModel(normalizeError(errors, { now: NOW }), rawModel(name, NOW));
    }
  });

  it('a refused connection resolves too, and reads as network', async () => {
    const result = await todos(await refusedUrl()).get({ id: '1' });
    expect(result).toMatchObject({ data: null, errors: [{ message: 'A network error has occurred.' }] });
    expect(normalizeError(result)).toMatchObject({ kind: 'network', format: 'network' });
  });
});
