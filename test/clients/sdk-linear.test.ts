import { LinearClient } from '@linear/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../src';
import { linearErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { graphqlScenarios, startGraphqlServer, type GraphqlServer } from './graphql-scenarios';
import {
  expectSameModel,
  NOW,
  rawModel,
  refusedUrl,
  scenario,
  serveScenarios,
  settle,
  type Dropped,
  type ScenarioName,
} from './harness';
import { caseScenario, serveBySegment } from './vendor';

// The Linear SDK 98 (`@linear/sdk`, node_modules/@linear/sdk/dist/index.mjs; types in dist/index.d.mts). Its
// `LinearGraphQLClient` POSTs the query with fetch, spreading the client's options (a `RequestInit`) into fetch's, and
// reads the body as JSON only when its Content-Type starts with `application/json`, else as text (`getResult`). For
// any answer but a 2xx with `data` and no `errors` (a 200 with `errors` too) it throws a `GraphQLClientError`
// (`name` "Error") whose `response` is the body's members spread beside `status` and the fetch `headers` (`{ error:
// text }` for a text body) and whose `request` is `{ query, variables }`; `client.client.request` throws it as it is.
// `LinearClient`'s queries (`client.viewer`) and `client.client.rawRequest` pass it through `parseLinearError`, which
// throws a `LinearError` subclass (`name` "Error" too) picked by the first GraphQL error's `extensions.type`, else by
// the status alone (403 `ForbiddenLinearError`, 429 `RatelimitedLinearError`, any other 4xx
// `AuthenticationLinearError`, 500 `InternalLinearError`, other 5xx `NetworkLinearError`, else
// `UnknownLinearError`). Its members: `type`, `errors` (the SDK's `LinearGraphQLError`s: `type`, `message` from
// `extensions.userPresentableMessage` or `message`, `userError`, `path`; no code), `query`, `variables`, `status`,
// `data` and `raw` (what it wraps); `RatelimitedLinearError` adds `retryAfter` and the `x-ratelimit-*` numbers read
// from the headers. Its message is the SDK's ("GraphQL Error (Code: 402) - [object Object]"). A failure without a
// response (fetch's `TypeError`, an abort's `DOMException`) becomes an `UnknownLinearError` whose `raw` is that
// failure. A body whose `errors` is not a list makes `parseLinearError` itself throw a `TypeError`. There is no
// timeout option; an abort is the `signal` given with the client's options.
const server = serveScenarios();

/** A client of the scenario's endpoint; `redirect: 'manual'` (fetch's, through its options) keeps a redirect seen. */
const linear = (url: string, init: RequestInit = {}) =>
  new LinearClient({ apiKey: 'lin_api_test', apiUrl: url, redirect: 'manual', ...init });

const QUERY = 'query Viewer { viewer { id name } }';

/** What a model says when it was handed nothing of the response (the kit's defaults for an unknown failure). */
const NOTHING = {
  status: undefined,
  kind: 'unknown',
  message: 'Try again. If the problem continues, contact support.',
  title: 'Something went wrong',
  fieldErrors: [],
};
const PARSE_CRASH: Partial<Record<ScenarioName, Dropped>> = {
  'validation-422': {
    gives: NOTHING,
    why:
      'the body’s `errors` is a map of fields, not a list: `parseLinearError` calls `.map` on it and throws its own ' +
      'TypeError, holding nothing of the response',
  },
};

describe('Linear SDK: what a query (`client.viewer`) throws reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => linear(url).viewer,
    // A 200 with `errors` throws too.
    fails: () => true,
    drops: PARSE_CRASH,
  });
});

describe('Linear SDK: what `client.client.rawRequest` throws reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => linear(url).client.rawRequest(QUERY),
    fails: () => true,
    drops: PARSE_CRASH,
  });
});

describe('Linear SDK: the GraphQLClientError `client.client.request` throws reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => linear(url).client.request(QUERY),
    fails: () => true,
  });
});

describe('Linear SDK against the shared GraphQL scenarios', () => {
  let graphqlServer: GraphqlServer | undefined;
  beforeAll(async () => {
    graphqlServer = await startGraphqlServer();
  });
  afterAll(() => graphqlServer?.close());
  const started = () => {
    if (!graphqlServer) throw new Error('the GraphQL server is started in beforeAll');
    return graphqlServer;
  };
  itAgreesWithTheRawResponse(started, { request: (url) => linear(url).viewer, fails: () => true }, graphqlScenarios);
});

describe('Linear SDK: what the SDK itself says is never what the person reads', () => {
  it('its message is its own "GraphQL Error (Code: …)" line, and the model keeps the server’s words', async () => {
    const { value } = await settle(linear(`${server().url}/json-error`).viewer);
    expect(value).toMatchObject({ message: 'GraphQL Error (Code: 402) - [object Object]', status: 402 });
    expect(normalizeError(value, { now: NOW })).toMatchObject({
      message: 'Your card has insufficient funds.',
      code: 'card_declined',
    });
  });

  it('its `type` calls any 4xx it cannot place an AuthenticationError; the model reads the status', async () => {
    const { value } = await settle(linear(`${server().url}/xml-s3`).viewer);
    expect(value).toMatchObject({ type: 'AuthenticationError', status: 404, errors: [] });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'not-found', code: 'NoSuchKey' });
  });

  it('a RatelimitedLinearError’s `retryAfter` (seconds) is the retry time the model reads', async () => {
    const { value } = await settle(linear(`${server().url}/rate-limited-429`).viewer);
    expect(value).toMatchObject({ type: 'Ratelimited', status: 429, retryAfter: 5 });
    expect(normalizeError(value, { now: NOW }).retryAt).toBe(NOW + 5_000);
  });

  it('a body whose `errors` is no list crashes `parseLinearError`: a TypeError of its own, nothing shown', async () => {
    const { threw, value } = await settle(linear(`${server().url}/validation-422`).viewer);
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(TypeError);
    expect(String((value as Error).message)).toMatch(/map is not a function/);
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: 'unknown', messageSource: 'default' });
    // `client.client.request` skips `parseLinearError`: the same response is read whole there.
    const direct = await settle(linear(`${server().url}/validation-422`).client.request(QUERY));
    expectSameModel(normalizeError(direct.value, { now: NOW }), rawModel('validation-422', NOW));
  });
});

// The only body of Linear's own in the corpus: its OAuth token endpoint's 400, served as the case has it (no headers,
// so the SDK reads it as text). No capture of Linear's GraphQL errors (`extensions.type`, `userPresentableMessage`)
// with a status is in the corpus (test/conformance/cases/unseen-2026-12-04-q.ts says why it was dropped).
describe('Linear SDK: Linear’s own error body from the corpus', () => {
  const invalidGrant = caseScenario('linear/oauth-token-invalid-grant-400');
  const vendor = serveBySegment([invalidGrant]);

  it(`${invalidGrant.name} reads as the raw response`, async () => {
    const { threw, value } = await settle(linear(vendor.urlOf(invalidGrant)).viewer);
    expect(threw).toBe(true);
    expect(value).toMatchObject({ type: 'AuthenticationError', status: 400 });
    expect(vendor.received(invalidGrant)).toMatchObject({ method: 'POST' });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(invalidGrant, NOW));
  });
});

describe('Linear SDK: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => linear(url).viewer,
    aborted: (url) => {
      const controller = new AbortController();
      const pending = linear(url, { signal: controller.signal }).viewer;
      controller.abort();
      return pending;
    },
  });

  it('it has no timeout option: a timeout given as `signal: AbortSignal.timeout(ms)` is timeout', async () => {
    const { threw, value } = await settle(linear(`${server().url}/slow`, { signal: AbortSignal.timeout(50) }).viewer);
    expect(threw).toBe(true);
    expect(value).toMatchObject({ type: 'Unknown', raw: { name: 'TimeoutError' } });
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});

describe('Linear SDK: read by a normalizer that names it, or by one that does not', () => {
  it('the response inside a LinearError is read only by a normalizer that names it', async () => {
    const { value } = await settle(linear(`${server().url}/plain-text`).viewer);
    const named = createNormalizer({ clients: [linearErrors] })(value, { now: NOW });
    expect(named).toMatchObject({ status: 400, message: scenario('plain-text').body.trim() });
    // Without it, the SDK's own words are never the message: a default.
    const unnamed = createNormalizer()(value, { now: NOW });
    expect(unnamed.messageSource).toBe('default');
    expect(unnamed.message).not.toMatch(/GraphQL Error|Code: 400/);
  });

  it('a refused connection inside a LinearError is network only where it is named', async () => {
    const { value } = await settle(linear(await refusedUrl()).viewer);
    expect(createNormalizer({ clients: [linearErrors] })(value, { now: NOW }).kind).toBe('network');
    expect(createNormalizer()(value, { now: NOW }).kind).not.toBe('network');
  });
});
