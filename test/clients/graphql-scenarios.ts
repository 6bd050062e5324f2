import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Scenario } from './harness';

// GraphQL error responses for the GraphQL clients (urql, Apollo Client 3 and 4), each copied from a
// conformance case (test/conformance/cases/graphql-rpc.ts) or a fixture (test/fixtures/formats/)
// with the source that case names. Bodies are the exact bytes on the wire. Every server below answers
// JSON with `application/json` unless its source says otherwise; no other header is added.

const json = (value: unknown): string => JSON.stringify(value);
const JSON_TYPE = { 'content-type': 'application/json' } as const;

export const graphqlScenarios = [
  // test/conformance/cases/graphql-rpc.ts 'apollo-server/bad-user-input-argument-name-v4',
  // apollographql/apollo-server/docs/source/data/errors.mdx@1e808146a8043245d9c68969fa73e085d5b1ccbd
  // (a resolver error: 200, "Otherwise, Apollo Server returns a 200 status code").
  {
    name: 'bad-user-input',
    status: 200,
    headers: JSON_TYPE,
    body: json({
      errors: [
        {
          message: 'Invalid argument value',
          locations: [{ line: 2, column: 3 }],
          path: ['userWithID'],
          extensions: {
            code: 'BAD_USER_INPUT',
            argumentName: 'id',
            stacktrace: [
              'GraphQLError: Invalid argument value',
              '    at userWithID (/my-project/index.js:25:13)',
              '    ...more lines...',
            ],
          },
        },
      ],
    }),
    source: 'apollo-server/bad-user-input-argument-name-v4: apollo-server docs/source/data/errors.mdx',
  },
  // test/fixtures/formats/graphql.ts 'BAD_USER_INPUT with argumentName and field', source: GraphQL spec §7.1.2 Errors;
  // Apollo Server 4 error codes.
  {
    name: 'bad-user-input-fields',
    status: 200,
    headers: JSON_TYPE,
    body: json({
      errors: [
        {
          message: 'Enter an email address in the correct format, like name@example.com',
          locations: [{ line: 2, column: 3 }],
          path: ['createUser'],
          extensions: { code: 'BAD_USER_INPUT', field: 'input.email' },
        },
        {
          message: 'Invalid argument value',
          locations: [{ line: 2, column: 3 }],
          path: ['createUser'],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'teamId' },
        },
      ],
      data: { createUser: null },
    }),
    source: "fixture 'BAD_USER_INPUT with argumentName and field': GraphQL spec §7.1.2, Apollo Server 4 error codes",
  },
  // test/fixtures/formats/graphql.ts 'UNAUTHENTICATED' (its own content-type), source: GraphQL spec §7.1.2;
  // Apollo Server 4 codes.
  {
    name: 'unauthenticated',
    status: 200,
    headers: JSON_TYPE,
    body: json({
      data: { viewer: null },
      errors: [
        {
          message: 'Not authenticated',
          locations: [{ line: 2, column: 3 }],
          path: ['viewer'],
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    }),
    source: "fixture 'UNAUTHENTICATED': GraphQL spec §7.1.2, Apollo Server 4 error codes",
  },
  // test/fixtures/formats/graphql.ts 'FORBIDDEN', source: GraphQL spec §7.1.2; Apollo Server 4 error codes.
  {
    name: 'forbidden',
    status: 200,
    headers: JSON_TYPE,
    body: json({
      errors: [
        {
          message: 'You are not allowed to delete this project.',
          locations: [{ line: 2, column: 3 }],
          path: ['deleteProject'],
          extensions: { code: 'FORBIDDEN' },
        },
      ],
      data: { deleteProject: null },
    }),
    source: "fixture 'FORBIDDEN': GraphQL spec §7.1.2, Apollo Server 4 error codes",
  },
  // test/conformance/cases/graphql-rpc.ts 'shopify-admin-graphql/throttled', https://community.shopify.com/t/throttled/254776
  {
    name: 'throttled',
    status: 200,
    headers: JSON_TYPE,
    body: json({
      errors: [
        {
          message: 'Throttled',
          extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' },
        },
      ],
      extensions: {
        cost: {
          requestedQueryCost: 752,
          actualQueryCost: null,
          throttleStatus: { maximumAvailable: 1000.0, currentlyAvailable: 666, restoreRate: 50.0 },
        },
      },
    }),
    source: 'shopify-admin-graphql/throttled: community.shopify.com/t/throttled/254776',
  },
  // test/conformance/cases/graphql-rpc.ts 'shopify-admin-graphql/internal-server-error-request-id',
  // https://shopify.dev/changelog/improved-graphql-errors
  {
    name: 'internal-request-id',
    status: 200,
    headers: JSON_TYPE,
    body: json({
      errors: [
        {
          message: 'Internal error. Looks like something went wrong on our end.',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'd2f47302-8559-4961-9a5b-3de60172aa29' },
        },
      ],
    }),
    source: 'shopify-admin-graphql/internal-server-error-request-id: shopify.dev/changelog/improved-graphql-errors',
  },
  // test/fixtures/formats/graphql.ts 'GRAPHQL_VALIDATION_FAILED (400)' with its own content-type (the GraphQL over
  // HTTP media type), source: GraphQL spec §7.1.2; Apollo Server 4 error codes.
  {
    name: 'validation-failed-400',
    status: 400,
    headers: { 'content-type': 'application/graphql-response+json' },
    body: json({
      errors: [
        {
          message: 'Cannot query field "nam" on type "User". Did you mean "name"?',
          locations: [{ line: 3, column: 5 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    }),
    source: "fixture 'GRAPHQL_VALIDATION_FAILED (400)': GraphQL spec §7.1.2, Apollo Server 4 error codes",
  },
  // test/conformance/cases/graphql-rpc.ts 'graphql-yoga/masked-unexpected-error' (500, per Yoga's changeset),
  // eslint-disable-next-line max-len -- a repository path at a commit, which cannot wrap
  // dotansimha/graphql-yoga/website/src/content/docs/features/error-masking.mdx@8cfd313fc83aece0e3c1de2c3c4affcae692be72
  {
    name: 'masked-500',
    status: 500,
    headers: JSON_TYPE,
    body: json({
      errors: [{ message: 'Unexpected error.', locations: [{ line: 2, column: 3 }], path: ['greeting'] }],
      data: null,
    }),
    source: 'graphql-yoga/masked-unexpected-error: graphql-yoga docs features/error-masking.mdx',
  },
  // A 500 that is no GraphQL response, from the server behind the endpoint:
  // test/fixtures/formats/generic.ts '500 Server Error (production)', source: Laravel 11 exception JSON responses.
  {
    name: 'server-500',
    status: 500,
    headers: JSON_TYPE,
    body: json({ message: 'Server Error' }),
    source: "fixture '500 Server Error (production)': Laravel 11 validation and exception JSON responses",
  },
  // A gateway in front of the endpoint: test/conformance/cases/gateways-cdn.ts 'nginx/502-bad-gateway',
  // nginx/nginx/src/http/ngx_http_special_response.c@05b1a8f1e3595beab4397e25c2a6db9d832a6a97
  {
    name: 'gateway-502',
    status: 502,
    headers: { 'content-type': 'text/html' },
    body:
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body bgcolor="white">\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
      '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    source: 'nginx/502-bad-gateway: nginx src/http/ngx_http_special_response.c',
  },
] as const satisfies readonly Scenario[];

export type GraphqlScenarioName = (typeof graphqlScenarios)[number]['name'];

/**
 * The scenarios that are GraphQL responses (a body with `errors`), as opposed to a failure in front of the endpoint.
 */
export const graphqlResponses = graphqlScenarios.filter((s) => s.body.includes('"errors"'));

export interface GraphqlServer {
  /** The endpoint of a scenario: `${url}/<name>` answers every request (GET or POST) with it. */
  readonly url: string;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 answering every GraphQL request to `/<name>` with that scenario. */
export async function startGraphqlServer(): Promise<GraphqlServer> {
  const byName = new Map<string, Scenario>(graphqlScenarios.map((s) => [s.name, s]));
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1);
    req.resume();
    req.on('end', () => {
      const sent = byName.get(name);
      if (name === 'slow') return; // never answers: aborts and timeouts
      if (!sent) {
        res.writeHead(404).end();
        return;
      }
      // No `Date` of today's clock: `retryAt` is read against the test's fixed `now`.
      res.sendDate = false;
      res.writeHead(sent.status, { ...sent.headers, 'content-length': String(Buffer.byteLength(sent.body)) });
      res.end(sent.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
