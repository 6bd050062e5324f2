import { createCloudClient, type ClientConfig } from 'jira.js';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../src';
import { jiraErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  NOW,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  serveRedirect,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
  type ScenarioServer,
} from './harness';
import { caseScenario, serveBySegment } from './vendor';

// jira.js 6.2 (node_modules/jira.js/dist/core/createClient.js `sendRequest`; errors in dist/core/errors/apiError.js,
// fromResponse.js `createApiError`, networkError.js, schemaMismatchError.js, kinds.js) has no `Version3Client` any
// more: `createCloudClient({ host, auth })` (dist/cloud/createCloudClient.js) binds flat functions that call
// `sendRequest`, which calls the global `fetch` (redirects followed) with no signal. For a response that is not ok it
// reads the body as text, parses it as JSON when it parses (else keeps the text, '' for none) and throws `ApiError`,
// or its subclass by status: `AuthError` (401; `ScopeError` when the body says "scope does not match"),
// `ForbiddenError` (403), `NotFoundError` (404), `RateLimitError` (429, with `retryAfterMs` read from Retry-After
// against the clock when it threw), `ServerError` (5xx). Each has `name` = its class's, `status`, `statusText`,
// `body` and `message` = 'Request failed: <status> <status text> - <body text>'; no headers. Each carries the kinds
// it belongs to under `Symbol.for('jira.js:error-kinds')` (its `instanceof` and `is…Error` read that). On a 2xx it
// resolves the JSON body, checked against the endpoint's zod schema, which is loose (dist/core/apiObject.js): a body
// of other members passes and is resolved as it came (a 2xx whose type is not JSON is a `SchemaMismatchError`, which
// keeps nothing of the body; no scenario has one). A failure without a response is fetch's `TypeError` wrapped in a
// `NetworkError` (`code` from the cause chain, e.g. 'ECONNREFUSED', `transient`, `cause`). It has no timeout option
// and takes no signal (dist/core/schemas/sendRequestOptions.js, clientConfig.js): an app can neither abort a call nor
// time it out, so neither is tested here.

const OWN_WHY =
  'jira.js keeps the status and the body but no header: a 429’s Retry-After only as `retryAfterMs`, any other ' +
  'status’s Retry-After, the request id and WWW-Authenticate not at all';
const OK_WHY = 'on a 2xx jira.js resolves the parsed body alone: no status, no headers';

/** The OAuth redirect points off this machine and fetch follows it: a redirect is followed to this machine below. */
const ANSWERED = scenarios.filter((sent) => sent.name !== 'oauth-redirect');

// The shared scenarios at `/<name>/rest/api/3/…`: the SDK appends its path to `host`.
const shared = serveBySegment(scenarios);
const server = (): ScenarioServer => ({
  url: new URL(shared.urlOf(scenario('json-error'))).origin,
  close: () => Promise.resolve(),
});

/** The options beside `host` and `auth` an app may set. */
type Options = Pick<ClientConfig, 'onSchemaMismatch'>;
const jira = (host: string, options: Options = {}) =>
  createCloudClient({ host, auth: { type: 'basic', email: 'ada@example.com', apiToken: 'x' }, ...options });
const getIssue = (host: string, config?: Options) => jira(host, config).issues.getIssue({ issueIdOrKey: 'X-1' });

/** The body as `sendRequest` keeps it on a failure: JSON when the text parses, else the text. */
function keptBody(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

/** The model of what jira.js keeps of a response (read as the raw response is, with only that). */
function keptModel(sent: Scenario) {
  if (sent.status < 300) return normalizeError(keptBody(sent.body), { now: NOW });
  const retryAfter = Object.entries(sent.headers).find(([name]) => name.toLowerCase() === 'retry-after')?.[1];
  const headers = sent.status === 429 && retryAfter ? { 'retry-after': retryAfter } : {};
  return normalizeError({ status: sent.status, headers, body: keptBody(sent.body) }, { now: NOW });
}

const drops: Partial<Record<ScenarioName, Dropped>> = Object.fromEntries(
  ANSWERED.flatMap((sent) => {
    const dropped = droppedBetween(rawModel(sent, NOW), keptModel(sent), sent.status < 300 ? OK_WHY : OWN_WHY);
    return dropped ? [[sent.name, dropped]] : [];
  }),
);

describe('jira.js: what `issues.getIssue` throws or resolves reads as the raw response, but for its drops', () => {
  itAgreesWithTheRawResponse(server, { request: (url) => getIssue(url), drops }, ANSWERED);

  it('drops only headers: Retry-After but a 429’s, request ids, the challenge; and a 2xx’s status', () => {
    expect(drops).toEqual({
      'rate-limited-429': { gives: { logId: undefined }, why: OWN_WHY },
      'unavailable-503': { gives: { retryAt: undefined }, why: OWN_WHY },
      'empty-404': { gives: { logId: undefined }, why: OWN_WHY },
      'whitespace-503': { gives: { retryAt: undefined }, why: OWN_WHY },
      'unauthorized-401': { gives: expect.objectContaining({ code: undefined }), why: OWN_WHY },
      'graphql-200': { gives: { status: undefined }, why: OK_WHY },
    });
  });

  const NAMES: Readonly<Record<number, string>> = {
    401: 'AuthError',
    403: 'ForbiddenError',
    404: 'NotFoundError',
    429: 'RateLimitError',
  };
  it.each(ANSWERED.filter((sent) => sent.status >= 300).map((sent) => [sent.name, sent] as const))(
    '%s: its error by status, with the status and the body it read, and no headers',
    async (_, sent) => {
      const { threw, value } = await settle(getIssue(shared.urlOf(sent)));
      expect(threw).toBe(true);
      expect(shared.received(sent)).toMatchObject({ method: 'GET', path: '/rest/api/3/issue/X-1' });
      expect(value).toMatchObject({
        name: NAMES[sent.status] ?? (sent.status >= 500 ? 'ServerError' : 'ApiError'),
        status: sent.status,
        body: keptBody(sent.body),
      });
      expect(value).not.toHaveProperty('headers');
      expect(value).not.toHaveProperty('response');
    },
  );

  it('a RateLimitError’s `retryAfterMs` is the retry time the model reads', async () => {
    const sent = scenario('rate-limited-429');
    const { value } = await settle(getIssue(shared.urlOf(sent)));
    expect(value).toMatchObject({ name: 'RateLimitError', status: 429, retryAfterMs: 5_000 });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 5_000 });
    // Told by its brand, so an app that names its clients reads it with `jiraErrors`, and without it does not.
    expect(createNormalizer({ clients: [jiraErrors] })(value, { now: NOW }).retryAt).toBe(NOW + 5_000);
    expect(createNormalizer()(value, { now: NOW }).retryAt).toBeUndefined();
  });

  it('a ServerError keeps no `retryAfterMs`: a 503’s Retry-After is gone', async () => {
    const { value } = await settle(getIssue(shared.urlOf(scenario('unavailable-503'))));
    expect(value).toMatchObject({ name: 'ServerError', status: 503 });
    expect(value).not.toHaveProperty('retryAfterMs');
  });

  it('a 200 resolves its body as it came, even under `throw`: the schemas let unknown members through', async () => {
    const sent = scenario('graphql-200');
    const { threw, value } = await settle(getIssue(shared.urlOf(sent), { onSchemaMismatch: 'throw' }));
    expect(threw).toBe(false);
    expect(value).toEqual(JSON.parse(sent.body));
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), drops['graphql-200']);
  });
});

describe('jira.js: a redirect is followed, never handed over', () => {
  const hop = serveRedirect(() => shared.urlOf(scenario('json-error')));

  it('the app gets the error of the answer at the Location, read as that answer', async () => {
    const { threw, value } = await settle(getIssue(hop()));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'ApiError', status: 402 });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('json-error', NOW));
  });
});

// Jira Cloud answers its REST API with `application/json;charset=UTF-8` and its error pages with
// `text/html;charset=UTF-8`; the cases show no headers, so that one is added (jira.js reads the body whatever the
// type).
const JSON_TYPE = { 'content-type': 'application/json;charset=UTF-8' } as const;
const HTML_TYPE = { 'content-type': 'text/html;charset=UTF-8' } as const;
const LEAD = '5b10a2844c20165700ede21g';
const cases: ReadonlyArray<
  readonly [Scenario, string, string, (client: ReturnType<typeof jira>) => Promise<unknown>, string]
> = [
  // 'jira/project-not-found': https://github.com/tenable/integration-jira-cloud/issues/165, GET /rest/api/3/project/…
  [
    caseScenario('jira/project-not-found', JSON_TYPE),
    'GET',
    '/rest/api/3/project/VULN',
    (client) => client.projects.getProject({ projectIdOrKey: 'VULN' }),
    'NotFoundError',
  ],
  // 'jira/not-authenticated': the same log, POST /rest/api/3/project answered 401.
  [
    caseScenario('jira/not-authenticated', JSON_TYPE),
    'POST',
    '/rest/api/3/project',
    (client) => client.projects.createProject({ key: 'VULN', name: 'Vulnerabilities', leadAccountId: LEAD }),
    'AuthError',
  ],
  // 'jira/no-access-403': https://github.com/jira-node/node-jira-client/issues/337
  [
    caseScenario('jira/no-access-403', JSON_TYPE),
    'GET',
    '/rest/api/3/issue/X-1',
    (client) => client.issues.getIssue({ issueIdOrKey: 'X-1' }),
    'ForbiddenError',
  ],
  // 'jira/rate-limit-html-error-page': https://github.com/apache/devlake/issues/2932 (no Retry-After was shown)
  [
    caseScenario('jira/rate-limit-html-error-page', HTML_TYPE),
    'GET',
    '/rest/api/3/myself',
    (client) => client.myself.getCurrentUser(),
    'RateLimitError',
  ],
];
const vendor = serveBySegment(cases.map(([sent]) => sent));

describe('jira.js: Jira’s own error bodies from the corpus read as the raw response', () => {
  it.each(cases.map(([sent, ...rest]) => [sent.name, sent, ...rest] as const))(
    '%s',
    async (_, sent, method, path, call, name) => {
      const { threw, value } = await settle(call(jira(vendor.urlOf(sent))));
      expect(threw, threw ? String(value) : 'resolved').toBe(true);
      expect(vendor.received(sent)).toMatchObject({ method, path });
      expect(value).toMatchObject({ name, status: sent.status, body: keptBody(sent.body) });
      expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
    },
  );

  it('an ErrorCollection’s `errorMessages` is the message', async () => {
    const [first] = cases;
    if (!first) throw new Error('no case');
    const [sent, , , call] = first;
    const { value } = await settle(call(jira(vendor.urlOf(sent))));
    expect(normalizeError(value, { now: NOW })).toMatchObject({
      kind: 'not-found',
      status: 404,
      message: "No project could be found with key 'VULN'.",
      messageSource: 'server',
    });
  });
});

describe('jira.js: failures without a response', () => {
  it('connection refused (a NetworkError, code ECONNREFUSED, fetch’s TypeError as its cause) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(jira(origin).myself.getCurrentUser());
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'NetworkError', code: 'ECONNREFUSED', transient: true });
    expect((value as Error).cause).toBeInstanceOf(TypeError);
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });
});
