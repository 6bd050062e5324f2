import { ClientError, GraphQLClient } from 'graphql-request';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// graphql-request throws a `ClientError` (`name: 'Error'`) for a GraphQL body with `errors` (on a 200 too, with the
// default `errorPolicy: 'none'`) and for any status outside 2xx. Its `response` is the parsed GraphQL result
// spread flat (`errors`, `data`, `extensions`) plus `status`, `headers` (the fetch `Headers`) and `body` (the
// text it read); `request` is the query and variables. A body that is not GraphQL JSON (a gateway's page) gives
// `response: { status, headers, body }`. A failure without a response is fetch's `TypeError`, thrown as is.
// It has no retries of its own.

// The GraphQL cases show bodies only. Each of these servers answers GraphQL with `application/json` (GitHub
// with `; charset=utf-8`; Apollo Server 4 with `application/json` to a client that accepts it, as
// graphql-request does), so that header is added; without it graphql-request does not parse the body.
const JSON_TYPE = { 'content-type': 'application/json' } as const;
const GITHUB_JSON = { 'content-type': 'application/json; charset=utf-8' } as const;

const scenarios = [
  // 'github-graphql/rate-limited': https://github.com/stursby/hasvuepassedreactyet/issues/5 (HTTP 200)
  fromCase('github-graphql/rate-limited', GITHUB_JSON),
  // 'github-graphql/rate-limit-type': https://github.com/yanyongyu/githubkit/issues/271 (HTTP 200)
  fromCase('github-graphql/rate-limit-type', GITHUB_JSON),
  // 'github-graphql/not-found-repository': SwiftPackageIndex/SwiftPackageIndex-Server/Tests/AppTests/GithubTests.swift
  fromCase('github-graphql/not-found-repository', GITHUB_JSON),
  // 'apollo-server/graphql-validation-failed-v4':
  // apollographql/apollo-server/docs/source/data/errors.mdx@1e808146a8043245d9c68969fa73e085d5b1ccbd (HTTP 400)
  fromCase('apollo-server/graphql-validation-failed-v4', JSON_TYPE),
  // 'hasura/access-denied-admin-secret': https://github.com/hasura/graphql-engine/issues/4793 (HTTP 200)
  fromCase('hasura/access-denied-admin-secret', JSON_TYPE),
  // 'shopify-admin-graphql/throttled': https://community.shopify.com/t/throttled/254776 (HTTP 200)
  fromCase('shopify-admin-graphql/throttled', JSON_TYPE),
  // 'shopify-admin-graphql/internal-server-error-request-id': https://shopify.dev/changelog/improved-graphql-errors
  fromCase('shopify-admin-graphql/internal-server-error-request-id', JSON_TYPE),
  // 'nginx/502-bad-gateway' (nginx src/http/ngx_http_special_response.c): a gateway in front of the endpoint,
  // with its own headers.
  fromCase('nginx/502-bad-gateway'),
];

const server = serveBySegment(scenarios);

const QUERY = 'query Repository($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { id } }';
const call = (endpoint: string) => new GraphQLClient(endpoint).request(QUERY, { owner: 'IBM-Swift', name: 'kitura' });

describe('graphql-request: the ClientError it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(call(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    // What the SDK carries: the status, the headers, the text it read, and the GraphQL result spread flat.
    expect(value).toBeInstanceOf(ClientError);
    const { response } = value as ClientError;
    expect(response.status).toBe(sent.status);
    expect((response.headers as Headers).get('content-type')).toBe(
      Object.entries(sent.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1],
    );
    expect(response.body).toBe(sent.body);
    if (sent.body.startsWith('{')) expect(response.errors).toEqual(JSON.parse(sent.body).errors);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('graphql-request: failures without a response', () => {
  it('connection refused (the fetch TypeError) is network', async () => {
    const { threw, value } = await settle(call(await refusedUrl()));
    expect(threw).toBe(true);
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });
});
