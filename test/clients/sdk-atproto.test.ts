import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AtpAgent, ComAtprotoServerRefreshSession, XRPCError } from '@atproto/api';
import ky from 'ky';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../src';
import { xrpcErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  expectSameModel,
  NOW,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  serveRedirect,
  serveScenarios,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
  type ScenarioServer,
} from './harness';
import { caseScenario, sendScenario, type Received } from './vendor';

// @atproto/api 0.21 (Bluesky's `AtpAgent`) on @atproto/xrpc 0.8. Every method is `XrpcClient.call` (node_modules/
// @atproto/xrpc/dist/xrpc-client.js): it fetches `/xrpc/<nsid>` of the service (`redirect: 'follow'`), reads the body
// whole and parses it only under a type containing `application/json` (text under `text/*`, else bytes: util.js
// `httpResponseBodyParse`). For a status outside 2xx it throws `new XRPCError(status, error, message, headers)`
// (types.js), `error` and `message` the body's strings when it is an object, and `XRPCError` fills them in:
// `status` is its `ResponseType`, the HTTP status where it has a name for it, else its class's (402 and 422 → 400,
// 3xx → 404); `error` defaults to that name ('InvalidRequest'), `message` to `error`; `headers` is the response's as a
// plain object. Nothing else of the body is kept. A 2xx whose body fails the method's lexicon throws an
// `XRPCInvalidResponseError` (status 2, `InvalidResponse`) holding `responseBody`, no status, no headers. A failure
// without a response is `XRPCError.from(fetchError)`: status 1 (`Unknown`), the fetch error as `cause`. Each method
// of @atproto/api then remakes an `error` its lexicon names as that method's subclass (`toKnownErr` in node_modules/
// @atproto/api/dist/client/types/**, e.g. refreshSession's `ExpiredTokenError`), with the same members. None sets a
// `name` ("Error"). An app's own `fetch` (`AtpAgentOptions.fetch`) that throws is wrapped by `XRPCError.from` too:
// its error as `cause`, its message as the XRPCError's. The client has no timeout of its own; a call takes the app's
// `signal`. The package declares Node ≥ 22; everything below runs on Node 20.

// The agent sends every method to `/xrpc/<nsid>` of its service, whatever the service's path: each scenario is served
// at every path of a host of its own. The shared server names the scenario in the URL the harness hands over, and
// answers at the redirect's Location.
const server = serveScenarios();
/** The host that never answers. */
const SLOW = 'slow';

/** A host per scenario on 127.0.0.1, answering every path with it (and one that never answers): the agent's service. */
function serveAtEveryPath(served: readonly Scenario[]) {
  const hosts = new Map<string, { host: Server; url: string; asked?: Received }>();
  const start = async (name: string, answer?: Scenario): Promise<void> => {
    const entry: { host: Server; url: string; asked?: Received } = { host: createServer(), url: '' };
    entry.host.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        entry.asked = { method: req.method ?? '', path: req.url ?? '', body: Buffer.concat(chunks).toString() };
        if (answer) sendScenario(res, answer);
      });
    });
    await new Promise<void>((resolve) => entry.host.listen(0, '127.0.0.1', resolve));
    entry.url = `http://127.0.0.1:${(entry.host.address() as AddressInfo).port}`;
    hosts.set(name, entry);
  };
  beforeAll(async () => {
    for (const sent of served) await start(sent.name, sent);
    await start(SLOW);
  });
  afterAll(async () => {
    for (const { host } of hosts.values()) {
      host.closeAllConnections();
      await new Promise((resolve) => host.close(resolve));
    }
  });
  const entry = (name: string) => {
    const found = hosts.get(name);
    if (!found) throw new Error(`no host for "${name}"`);
    return found;
  };
  return {
    /** The `service` that answers with the scenario of that name. */
    serviceOf: (name: string): string => entry(name).url,
    /** What the agent asked that host, last. */
    asked: (name: string): Received | undefined => entry(name).asked,
    /** The host that never answers, as the transport tests take a server. */
    slow: (): ScenarioServer => ({ url: entry(SLOW).url, close: async () => undefined }),
  };
}

/** Bluesky's own answers. Its PDS sends every XRPC error as `application/json; charset=utf-8` (the 429 shows it). */
const RATE_LIMITED = caseScenario('bluesky/rate-limit-exceeded-429');
const EXPIRED = caseScenario('bluesky/expired-token-400', { 'content-type': 'application/json; charset=utf-8' });
const hosts = serveAtEveryPath([...scenarios, RATE_LIMITED, EXPIRED]);

/** The agent an app makes, on the host serving the scenario a harness URL names. */
const agentFor = (url: string): AtpAgent => new AtpAgent({ service: hosts.serviceOf(new URL(url).pathname.slice(1)) });
const profileOf = (url: string, signal?: AbortSignal) =>
  agentFor(url).getProfile({ actor: 'alice.test' }, signal && { signal });

/** The OAuth redirect points off this machine, and the client follows it: it is followed to this machine below. */
const ANSWERED = scenarios.filter((sent) => sent.name !== 'oauth-redirect');

const dropped = (gives: Dropped['gives'], why: string): Dropped => ({ gives, why });
const FOLDED = 'its `status` is its ResponseType, which has no name for';
const NOT_JSON = 'a body it does not parse (it parses only under a type containing `application/json`) is kept nowhere';
const NOT_STRINGS = 'of a JSON body it keeps only a string `error` and `message`';

/** What XRPCError itself loses, per scenario: what the model then says, and why. */
const drops: Partial<Record<ScenarioName, Dropped>> = {
  'json-error': dropped(
    { status: 400, code: undefined, message: 'Check your answers and try again.' },
    `${FOLDED} 402 (400); ${NOT_STRINGS}, and Stripe's \`error\` is an object`,
  ),
  'problem-invalid-params': dropped(
    { kind: 'bad-request', code: undefined, title: 'The request could not be completed', fieldErrors: [] },
    `\`application/problem+json\`: ${NOT_JSON}`,
  ),
  'problem-errors': dropped(
    {
      kind: 'bad-request',
      status: 400,
      code: undefined,
      message: 'Check your answers and try again.',
      title: 'The request could not be completed',
      fieldErrors: [],
    },
    `${FOLDED} 422 (400); \`application/problem+json\`: ${NOT_JSON}`,
  ),
  'validation-422': dropped(
    { kind: 'bad-request', status: 400, title: 'The request could not be completed', fieldErrors: [] },
    `${FOLDED} 422 (400); ${NOT_STRINGS}: Laravel's \`message\`, not its \`errors\``,
  ),
  'rate-limited-429': dropped(
    { code: undefined, message: 'You have made too many requests in a short time.' },
    `${NOT_STRINGS}, and Graph's \`error\` is an object`,
  ),
  'unavailable-503': dropped(
    { message: 'Try again later.' },
    `${NOT_STRINGS}: the OAuth \`error\`, not its \`error_description\``,
  ),
  'plain-text': dropped({ message: 'Check your answers and try again.' }, `text: ${NOT_JSON}`),
  'plain-text-429': dropped({ message: 'You have made too many requests in a short time.' }, `text: ${NOT_JSON}`),
  'xml-s3': dropped(
    { code: undefined, message: 'It may have been moved or deleted.', logId: undefined },
    `XML: ${NOT_JSON}`,
  ),
  'graphql-200': dropped(
    { status: undefined },
    'a 2xx whose body fails the lexicon throws XRPCInvalidResponseError, which keeps the body, not the status',
  ),
};

describe('@atproto/api: what `getProfile()` throws reads as the raw response, but for what XRPCError drops', () => {
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => profileOf(url),
      // A 2xx that is not a profile throws too.
      fails: () => true,
      drops,
    },
    ANSWERED,
  );

  it('asks the service for the method’s own path', async () => {
    await settle(profileOf(`${server().url}/json-error`));
    expect(hosts.asked('json-error')).toMatchObject({
      method: 'GET',
      path: '/xrpc/app.bsky.actor.getProfile?actor=alice.test',
    });
  });

  it('a status its ResponseType has no name for is folded into its class', async () => {
    const { value } = await settle(profileOf(`${server().url}/validation-422`));
    expect(value).toBeInstanceOf(XRPCError);
    expect(value).toMatchObject({
      name: 'Error',
      status: 400,
      error: 'InvalidRequest',
      message: 'The email field is required. (and 2 more errors)',
      success: false,
    });
    // Laravel's sentence is kept; its own words for the status are no code the server sent.
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({
      status: 400,
      message: 'The email field is required. (and 2 more errors)',
      messageSource: 'server',
    });
    expect(model.code).toBeUndefined();
  });

  it('its fills for a body without `error` and `message` are never read as the server’s', async () => {
    const { value } = await settle(profileOf(`${server().url}/plain-text`));
    expect(value).toMatchObject({ status: 400, error: 'InvalidRequest', message: 'InvalidRequest' });
    const model = normalizeError(value, { now: NOW });
    expect(model.messageSource).toBe('default');
    expect(model.code).toBeUndefined();
    expect(model.details).toContain('InvalidRequest');
  });

  // A body that is no error at all (a profile missing a member) is read as the raw 2xx response is, too.
  it('a 2xx that fails the lexicon keeps its body, read as that body', async () => {
    const { value } = await settle(profileOf(`${server().url}/graphql-200`));
    expect(value).toMatchObject({
      status: 2,
      lexiconNsid: 'app.bsky.actor.getProfile',
      responseBody: JSON.parse(scenario('graphql-200').body),
      headers: undefined,
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({
      kind: 'rate-limited',
      code: 'RATE_LIMITED',
      message: 'API rate limit exceeded',
    });
  });
});

describe('@atproto/api: Bluesky’s own errors', () => {
  it('a 429 on `agent.login()` (createSession) is rate-limited until its `ratelimit-reset`', async () => {
    const agent = new AtpAgent({ service: hosts.serviceOf(RATE_LIMITED.name) });
    const { threw, value } = await settle(agent.login({ identifier: 'alice.test', password: 'hunter2' }));
    expect(threw).toBe(true);
    expect(hosts.asked(RATE_LIMITED.name)).toMatchObject({
      method: 'POST',
      path: '/xrpc/com.atproto.server.createSession',
    });
    expect(value).toMatchObject({ status: 429, error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' });
    const model = normalizeError(value, { now: NOW });
    expectSameModel(
      model,
      rawModel(RATE_LIMITED, NOW),
      dropped(
        { code: undefined },
        '`RateLimitExceeded` is also what XRPCError puts in `error` for a 429 whose body has none: the body’s ' +
          'cannot be told from it, and says no more than the status',
      ),
    );
    expect(model).toMatchObject({ kind: 'rate-limited', message: 'Rate Limit Exceeded', messageSource: 'server' });
    expect(model.retryAt).toBeGreaterThan(NOW);
  });

  it('an expired token on `resumeSession()` is refreshSession’s ExpiredTokenError: unauthenticated', async () => {
    const agent = new AtpAgent({ service: hosts.serviceOf(EXPIRED.name) });
    const session = { did: 'did:plc:alice', handle: 'alice.test', accessJwt: 'a', refreshJwt: 'r', active: true };
    const { threw, value } = await settle(agent.resumeSession(session));
    expect(threw).toBe(true);
    expect(hosts.asked(EXPIRED.name)).toMatchObject({
      method: 'POST',
      path: '/xrpc/com.atproto.server.refreshSession',
    });
    expect(value).toBeInstanceOf(ComAtprotoServerRefreshSession.ExpiredTokenError);
    expect(value).toMatchObject({ name: 'Error', status: 400, error: 'ExpiredToken', message: 'Token has expired' });
    // The agent drops the session: the app signs the person in again.
    expect(agent.session).toBeUndefined();
    const model = normalizeError(value, { now: NOW });
    expectSameModel(model, rawModel(EXPIRED, NOW));
    expect(model).toMatchObject({ kind: 'unauthenticated', code: 'ExpiredToken', message: 'Token has expired' });
  });

  it('the same answer to `agent.getProfile()` is a plain XRPCError, read the same', async () => {
    const { value } = await settle(profileOf(`${server().url}/${EXPIRED.name}`));
    expect(value).not.toBeInstanceOf(ComAtprotoServerRefreshSession.ExpiredTokenError);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(EXPIRED, NOW));
  });
});

describe('@atproto/api: read by a normalizer that names its client, or by one that does not', () => {
  it('only the client’s reader reads the code and sentence XRPCError keeps', async () => {
    const { value } = await settle(profileOf(`${server().url}/${EXPIRED.name}`));
    expect(createNormalizer({ clients: [xrpcErrors] })(value, { now: NOW })).toMatchObject({
      kind: 'unauthenticated',
      code: 'ExpiredToken',
      message: 'Token has expired',
    });
    // Without it, the status and headers alone: never its developer text as the message.
    const unnamed = createNormalizer()(value, { now: NOW });
    expect(unnamed).toMatchObject({ kind: 'bad-request', status: 400, messageSource: 'default' });
    expect(unnamed.code).toBeUndefined();
  });

  it('a failure without a response is left to the generic reading', async () => {
    const agent = new AtpAgent({ service: new URL(await refusedUrl()).origin });
    const { value } = await settle(agent.getProfile({ actor: 'alice.test' }));
    expect(value).toMatchObject({ status: 1, error: 'Unknown', success: false });
    expect(xrpcErrors.test?.(value)).toBe(false);
  });
});

describe('@atproto/api: with an app’s own `fetch` that throws (ky), what that threw is read through XRPCError', () => {
  // ky's error keeps the response and its body: nothing is lost but a 2xx's status.
  /** `AtpAgentOptions.fetch`, as an app passes one: ky, which throws its `HTTPError` for a status outside 2xx. */
  const kyFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    ky(input instanceof URL ? input.href : input, { ...init, retry: 0 });
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) =>
        new AtpAgent({ service: hosts.serviceOf(new URL(url).pathname.slice(1)), fetch: kyFetch }).getProfile({
          actor: 'alice.test',
        }),
      fails: () => true,
      drops: { 'graphql-200': drops['graphql-200'] },
    },
    ANSWERED,
  );

  it('XRPCError keeps ky’s error as its `cause`, and ky’s developer text as its message', async () => {
    const agent = new AtpAgent({ service: hosts.serviceOf('validation-422'), fetch: kyFetch });
    const { value } = await settle(agent.getProfile({ actor: 'alice.test' }));
    expect(value).toMatchObject({ status: 400, error: 'InvalidRequest', cause: { name: 'HTTPError' } });
    expect((value as Error).message).toMatch(/^Request failed with status code 422/);
  });
});

describe('@atproto/api: a redirect is followed, never handed over', () => {
  const hop = serveRedirect(() => `${server().url}/json-error`);

  it('the app gets the answer at the Location, read as that answer but for its drops', async () => {
    const { threw, value } = await settle(new AtpAgent({ service: hop() }).getProfile({ actor: 'alice.test' }));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ status: 400, headers: { 'request-id': 'req_Q1w2E3r4T5y6U7' } });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('json-error', NOW), drops['json-error']);
  });
});

describe('@atproto/api: failures without a response', () => {
  itTellsTransportFailures(hosts.slow, refusedUrl, {
    refused: (url) => new AtpAgent({ service: new URL(url).origin }).getProfile({ actor: 'alice.test' }),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = profileOf(url, controller.signal);
      controller.abort();
      return pending;
    },
  });

  it('has no timeout of its own: `signal: AbortSignal.timeout(ms)` is timeout', async () => {
    const { threw, value } = await settle(profileOf(`${hosts.slow().url}/slow`, AbortSignal.timeout(50)));
    expect(threw).toBe(true);
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});
