import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Gitlab } from '@gitbeaker/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { gitbeakerErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  NOW,
  parsedBody,
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

// Gitbeaker 43.8 (`@gitbeaker/rest`: `new Gitlab({ host, token })`, calls at `<host>/api/v4/…`) makes every call
// through `defaultRequestHandler` (node_modules/@gitbeaker/rest/dist/index.mjs), with fetch and no redirect option (a
// redirect is followed). A 2xx resolves the body alone: parsed for `application/json`, text for `text/*`, a `Blob`
// else; with `showExpanded: true`, `{ data, status, headers }` with the headers as a plain object
// (node_modules/@gitbeaker/core/dist/index.mjs, `packageResponse`). Any other status but 429 and 502 throws a
// `GitbeakerRequestError` (node_modules/@gitbeaker/requester-utils/dist/index.mjs) from `throwFailedRequestError`:
// its `cause` is `{ description, request, response }`, `response` the fetch `Response` with its headers and its body
// already read, and `description` (its message too) what it kept of the body: for a type that includes
// `application/json` the `error` member or else the `message` (stringified when it is not a string), for any other
// type the whole text. A 429 or a 502 is asked again, ten times in all and with no option to stop it, and then a
// `GitbeakerRetryError` says only "…after 10 retries, last status code: 429. …". Fetch failing is rethrown as it is
// (connection refused: its `TypeError`), but an `AbortError` or `TimeoutError` becomes a `GitbeakerTimeoutError`
// ("Query timeout was reached"): its `queryTimeout` option (300 000 ms by default) is the only signal a call gets, as
// `AbortSignal.timeout(queryTimeout)` (core's `RequestHelper`); a call takes no signal of an app's.

// 'gitlab/validation-message-map': gitlabhq doc/api/rest/troubleshooting.md (a field map under `message`).
const FIELD_MAP = caseScenario('gitlab/validation-message-map');
// 'gitlab/rack-attack-retry-later': doc/administration/settings/user_and_ip_rate_limits.md (429, `RateLimit-*`).
const RETRY_LATER = caseScenario('gitlab/rack-attack-retry-later');
/** GitLab's own error bodies from the corpus. */
const GITLAB = [
  FIELD_MAP,
  // 'gitlab/required-attribute-not-given': troubleshooting.md as above (one string under `message`).
  caseScenario('gitlab/required-attribute-not-given'),
  RETRY_LATER,
  // 'gitlab/internal-server-error': gitlab.com merge request 74310.
  caseScenario('gitlab/internal-server-error'),
];

/** The OAuth redirect points off this machine, and fetch follows it: a redirect is followed to this machine below. */
const ANSWERED = [...scenarios.filter((sent) => sent.name !== 'oauth-redirect'), ...GITLAB];
const segments = serveBySegment(ANSWERED);
const byName = new Map(ANSWERED.map((sent) => [sent.name, sent]));

/** The scenarios' server as the agreement harness calls it: each at `${url}/<name>`, which `hostOf` maps back. */
const server = (): ScenarioServer => ({
  url: new URL(segments.urlOf(FIELD_MAP)).origin,
  close: () => Promise.resolve(),
});

/** The host to give Gitbeaker for the harness's `${url}/<name>`: the segment that names the scenario. */
function hostOf(url: string): string {
  const sent = byName.get(new URL(url).pathname.slice(1));
  if (!sent) throw new Error(`no scenario at ${url}`);
  return segments.urlOf(sent);
}

const api = (host: string, options: { queryTimeout?: number } = {}) => new Gitlab({ host, token: 'x', ...options });
/** The call an app makes: `GET /api/v4/projects/1`. */
const showProject = (host: string) => api(host).Projects.show(1);

const RETRIED = new Set([429, 502]);
const RETRY_WHY = 'a 429 or a 502 is asked ten times, then a GitbeakerRetryError names only the last status';
const MEMBER_WHY = 'for a JSON type it keeps only the body’s `error` or else its `message` member';
const OK_WHY = 'a 2xx resolves the body alone: its status is not kept';

/** The type Gitbeaker looks at, as `response.headers.get('Content-Type')` gives it. */
const typeOf = (sent: Scenario): string =>
  Object.entries(sent.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';

/** What Gitbeaker keeps of a failed response, as its source says, read as a response. */
function keptModel(sent: Scenario): ApiError {
  if (RETRIED.has(sent.status)) return normalizeError({ status: sent.status, headers: {}, body: null }, { now: NOW });
  let body = parsedBody(sent);
  if (typeOf(sent).includes('application/json')) {
    const json = body as { error?: unknown; message?: unknown } | null;
    body = (json?.error || json?.message) ?? null;
  }
  return normalizeError({ status: sent.status, headers: sent.headers, body: body === '' ? null : body }, { now: NOW });
}

function whyOf(sent: Scenario): string {
  if (sent.status < 300) return OK_WHY;
  return RETRIED.has(sent.status) ? RETRY_WHY : MEMBER_WHY;
}

/** What it drops, per scenario: everything but the status for a retried one, a JSON body but for one member. */
const drops: Partial<Record<ScenarioName, Dropped>> = Object.fromEntries(
  ANSWERED.flatMap((sent) => {
    const dropped =
      sent.status < 300
        ? { gives: { status: undefined }, why: OK_WHY }
        : droppedBetween(rawModel(sent, NOW), keptModel(sent), whyOf(sent));
    return dropped ? [[sent.name, dropped]] : [];
  }),
);

describe('Gitbeaker: what a call throws or resolves reads as the raw response, but for what it drops', () => {
  itAgreesWithTheRawResponse(server, { request: (url) => showProject(hostOf(url)), drops }, ANSWERED);

  it('what it drops is what its source says, no more', () => {
    // Each the reader cannot help: Laravel's `errors` beside a JSON body's `message`, OAuth's `error_description`
    // beside its `error` (whose word, alone, is no longer a code), the headers and body of a retried status, a 2xx's
    // status.
    expect(Object.keys(drops).sort()).toEqual([
      'gitlab/rack-attack-retry-later',
      'graphql-200',
      'plain-text-429',
      'rate-limited-429',
      'unavailable-503',
      'validation-422',
    ]);
    expect(drops['validation-422']?.gives).toEqual({ fieldErrors: [] });
  });
});

describe('Gitbeaker: the errors it throws', () => {
  it('a GitbeakerRequestError keeps the Response (its body read) and what it made of the body', async () => {
    const { threw, value } = await settle(showProject(hostOf(`${server().url}/problem-invalid-params`)));
    expect(threw).toBe(true);
    const sent = scenario('problem-invalid-params');
    // problem+json is not `application/json` to it: the whole text is kept.
    expect(value).toMatchObject({
      name: 'GitbeakerRequestError',
      message: sent.body,
      cause: { description: sent.body },
    });
    const { response, request } = (value as { cause: { response: Response; request: Request } }).cause;
    expect(response).toBeInstanceOf(Response);
    expect(response.bodyUsed).toBe(true);
    expect(response.headers.get('content-language')).toBe('en');
    expect(new URL(request.url).pathname).toBe('/problem-invalid-params/api/v4/projects/1');
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });

  it('for a JSON type it keeps one member: GitLab’s field map under `message`, stringified, is read', async () => {
    const sent = FIELD_MAP;
    const { value } = await settle(showProject(segments.urlOf(sent)));
    expect(value).toMatchObject({
      name: 'GitbeakerRequestError',
      cause: { description: '{"bio":["is too long (maximum is 255 characters)"]}' },
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({
      kind: 'validation',
      status: 400,
      fieldErrors: [{ field: 'bio', message: 'Is too long (maximum is 255 characters)' }],
    });
  });

  it('a 429 is retried until a GitbeakerRetryError names the status, and read as that status', async () => {
    const sent = RETRY_LATER;
    const { value } = await settle(showProject(segments.urlOf(sent)));
    expect(value).toMatchObject({
      name: 'GitbeakerRetryError',
      message:
        'Could not successfully complete this request after 10 retries, last status code: 429. Check the ' +
        'applicable rate limits for this endpoint.',
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'rate-limited', status: 429 });
  });

  it('a 502 too, read as that status alone is', async () => {
    const { value } = await settle(showProject(hostOf(`${server().url}/html-gateway`)));
    expect(value).toMatchObject({ name: 'GitbeakerRetryError' });
    expect(String((value as Error).message)).toContain('last status code: 502. Verify the status of the endpoint');
    // 'empty-502' is a 502 with no headers and no body: all that is left here.
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('empty-502', NOW));
  });

  it('`showExpanded: true` resolves `{ data, status, headers }`, which keeps a 2xx’s status', async () => {
    const sent = scenario('graphql-200');
    const resolved = await api(hostOf(`${server().url}/${sent.name}`)).Projects.show(1, { showExpanded: true });
    expect(resolved).toMatchObject({ status: 200, headers: { 'content-type': 'application/json' } });
    expectSameModel(normalizeError(resolved, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('Gitbeaker: a redirect is followed, never handed over', () => {
  const hop = serveRedirect(() => `${hostOf(`${server().url}/json-error`)}/api/v4/projects/1`);

  it('the app gets the answer at the Location, read as that answer', async () => {
    const { threw, value } = await settle(showProject(hop()));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'GitbeakerRequestError' });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('json-error', NOW), drops['json-error']);
  });
});

describe('Gitbeaker: failures without a response', () => {
  /** An endpoint that never answers: `serveBySegment` answers every path. */
  let silent: Server | undefined;
  const silentUrl = () => `http://127.0.0.1:${(silent?.address() as AddressInfo).port}`;
  beforeAll(async () => {
    const started = createServer(() => undefined);
    await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
    silent = started;
  });
  afterAll(async () => {
    const started = silent;
    if (!started) return;
    started.closeAllConnections();
    await new Promise((resolve) => started.close(resolve));
  });

  it('connection refused (fetch’s TypeError, rethrown) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(showProject(origin));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });

  it('its `queryTimeout` is timeout (a GitbeakerTimeoutError)', async () => {
    const { threw, value } = await settle(api(silentUrl(), { queryTimeout: 50 }).Projects.show(1));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'GitbeakerTimeoutError', message: 'Query timeout was reached' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout', format: 'timeout' });
  });

  it('an app’s signal is not taken: an aborted one leaves the call to its answer', async () => {
    const controller = new AbortController();
    controller.abort();
    const sent = scenario('json-error');
    // Its options type takes any member (`BaseRequestOptions`), so this compiles; the signal is never used.
    const { threw, value } = await settle(
      api(hostOf(`${server().url}/${sent.name}`)).Groups.show(1, { signal: controller.signal }),
    );
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'GitbeakerRequestError' });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('Gitbeaker: read by a normalizer that names it, or by one that does not', () => {
  it('the kept body and the retried status are read only by a normalizer that names it', async () => {
    const named = createNormalizer({ clients: [gitbeakerErrors] });
    const { value: kept } = await settle(showProject(hostOf(`${server().url}/plain-text`)));
    const { value: retried } = await settle(showProject(hostOf(`${server().url}/empty-502`)));
    expect(named(kept, { now: NOW }).message).toBe('The start date must be before the end date.');
    expectSameModel(named(retried, { now: NOW }), rawModel('empty-502', NOW));
    // Without it, the spent Response gives the status and headers but no body, and the retried status is unknown.
    expect(createNormalizer()(kept, { now: NOW }).messageSource).toBe('default');
    expect(createNormalizer()(retried, { now: NOW }).kind).toBe('unknown');
  });
});
