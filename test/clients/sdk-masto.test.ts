import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRestAPIClient, type mastodon } from 'masto';
import { SerializerNativeImpl } from 'masto/adapters/serializers/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { mastoErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
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
  SLOW,
  type Dropped,
  type Scenario,
  type ScenarioName,
  type ScenarioServer,
} from './harness';
import { caseScenario, sendScenario } from './vendor';

// masto 8.0.0 (`createRestAPIClient({ url, accessToken })`, calls at `<url>/api/v1/…`) makes every call with the global
// fetch in `HttpNativeImpl.request` (node_modules/masto/dist/adapters/http/http-native-impl.js). A 2xx resolves the
// body alone, parsed and every key camelCased (adapters/serializers/serializer-native-impl.js); `.$raw()` resolves
// `{ headers, data }`, still without the status. A response that is not ok is thrown to `createError`, which looks only
// at the type (adapters/http/get-encoding.js): for exactly `application/json` it throws a `MastoHttpError`
// (adapters/errors/masto-http-error.js) whose `statusCode` is the status, whose `message`, `description`, `details`
// and `additionalProperties` are the parsed body's `error`, `errorDescription`, `details` and the rest, and whose
// `cause` is the `Response` (headers kept, body read); JSON that does not parse throws a `MastoDeserializeError`
// (`contentType`, `data`: the text, no status); `text/html` parses to no body, which `createError` then destructures:
// a `TypeError`; any other type (problem+json, text, XML, none) throws a `MastoUnexpectedError` ("The server returned
// data with an unknown encoding. The server may be down.") with no cause. Without a response, fetch's error is
// rethrown as it is (connection refused: `TypeError: fetch failed`; an app's signal: its `AbortError`), but for its
// `timeout` option: `AbortSignal.timeout`'s `TimeoutError` becomes a `MastoTimeoutError` ("Request timed out") with it
// as `cause` (adapters/config/http-config.js puts every signal under `AbortSignal.any`). It retries nothing. A
// redirect is followed unless `requestInit: { redirect: 'manual' }` asks otherwise. It declares Node ≥ 22; on Node 20
// every test here passes as it is.

/** Mastodon is a Rails API: it answers JSON with this type, which the printed body of the case does not show. */
const RAILS_JSON = { 'content-type': 'application/json; charset=utf-8' };
// 'mastodon/too-many-requests': github.com/h3poteto/megalodon-rs/issues/253 (GET /api/v1/timelines/home, mamot.fr).
const MASTODON_429 = caseScenario('mastodon/too-many-requests', RAILS_JSON);
// Rails' `{ error, description, details: { field: [{ error, description }] } }`, the shape `MastoHttpErrorDetails`
// types: 'zendesk/duplicate-email' (cloudbees-oss/zendesk-java-client#91), 'zendesk/name-too-short'
// (blakmatrix/node-zendesk#3). The corpus holds no Mastodon validation body.
const DUPLICATE = caseScenario('zendesk/duplicate-email');
const RAILS_DETAILS = [DUPLICATE, caseScenario('zendesk/name-too-short')];
// Labelled JSON, and not JSON: 'close/forbidden-word-labelled-json-403' (a word), and
// 'anthropic/rate-limit-headers-requests-exhausted' (empty, with its rate-limit headers).
const LABELLED_JSON = caseScenario('close/forbidden-word-labelled-json-403');
const NOT_JSON = [LABELLED_JSON, caseScenario('anthropic/rate-limit-headers-requests-exhausted')];
const ALL: readonly Scenario[] = [...scenarios, MASTODON_429, ...RAILS_DETAILS, ...NOT_JSON];

/** A scenario's id as a path segment: a corpus id's `/` would be two. */
const segmentOf = (name: string): string => name.replace('/', '--');

interface Asked {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

/**
 * A real server on 127.0.0.1 for masto's absolute `/api/v1/…` paths: the last segment of a path names the scenario it
 * is answered with (`statuses.$select(id)`, or a segment `routes` names), `slow` is never answered. For the harness,
 * `${url}/<name>` is that name.
 */
function serveByLastSegment(
  answered: readonly Scenario[],
  routes: Readonly<Record<string, Scenario>>,
): { server: () => ScenarioServer; asked: () => Asked[] } {
  const bySegment = new Map([
    ...answered.map((sent) => [segmentOf(sent.name), sent] as const),
    ...Object.entries(routes),
  ]);
  const asked: Asked[] = [];
  let listening: Server | undefined;
  beforeAll(async () => {
    const started = createServer((req, res) => {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      asked.push({ method: req.method ?? '', path: pathname, headers: req.headers });
      const sent = bySegment.get(pathname.split('/').pop() ?? '');
      // Read the request to its end first, so a body never races the answer.
      req.resume();
      req.on('end', () => {
        if (pathname.endsWith(`/${SLOW}`)) return;
        if (sent) sendScenario(res, sent);
        else res.writeHead(500, { 'content-type': 'text/plain' }).end(`no scenario at ${pathname}`);
      });
    });
    await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
    listening = started;
  });
  afterAll(async () => {
    const started = listening;
    if (!started) return;
    started.closeAllConnections();
    await new Promise((resolve) => started.close(resolve));
  });
  const server = (): ScenarioServer => {
    if (!listening) throw new Error('the server is started in beforeAll');
    return { url: `http://127.0.0.1:${(listening.address() as AddressInfo).port}`, close: () => Promise.resolve() };
  };
  return { server, asked: () => asked };
}

// The case's own call, `GET /api/v1/timelines/home`, is answered with it.
const { server, asked } = serveByLastSegment(ALL, { home: MASTODON_429 });

type MastoConfig = Parameters<typeof createRestAPIClient>[0];

/** A client as an app makes one; a redirect is the answer, not followed: the OAuth one points off this machine. */
const masto = (url: string, config: Partial<MastoConfig> = {}): mastodon.rest.Client =>
  createRestAPIClient({ url, accessToken: 'x', requestInit: { redirect: 'manual' }, ...config });

/** The call an app makes for the harness's `${url}/<name>`: `GET /api/v1/statuses/<name>`. */
function fetchStatus(url: string, config: Partial<MastoConfig> = {}, requestInit: RequestInit = {}) {
  const { origin, pathname } = new URL(url);
  return masto(origin, config)
    .v1.statuses.$select(segmentOf(pathname.slice(1)))
    .fetch(undefined, { requestInit });
}

const typeOf = (sent: Scenario): string =>
  Object.entries(sent.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
/** The type as `getEncoding` compares it: parameters cut, case kept. */
const encodingOf = (sent: Scenario): string => typeOf(sent).replace(/\s*;.*$/, '');

/** The body as masto parses it, with its own serializer: every key camelCased; undefined when it does not parse. */
function mastoParsed({ body }: Scenario): unknown {
  try {
    return new SerializerNativeImpl().deserialize('json', body);
  } catch {
    return undefined;
  }
}

/** What a `MastoHttpError` holds of the body: masto's parse, its `errorDescription` kept apart as `description`. */
function heldBody(sent: Scenario): unknown {
  const parsed = mastoParsed(sent);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return parsed;
  const { errorDescription, ...rest } = parsed as Record<string, unknown>;
  return errorDescription === undefined ? rest : { ...rest, error_description: errorDescription };
}

/** The model of an error that holds nothing of the response. */
const NOTHING = normalizeError({ headers: {}, body: null }, { now: NOW });

const HELD_WHY = 'a MastoHttpError keeps the status, the headers and the body, but every key of it camelCased';
const OK_WHY = 'a 2xx resolves the body alone, its keys camelCased: the status is not kept';
const HTML_WHY = 'masto parses `text/html` as no body, then destructures that: a TypeError, nothing of the response';
const UNPARSED_WHY = 'JSON that does not parse throws a MastoDeserializeError: its text, no status and no headers';
const TYPE_WHY = 'a type other than `application/json` throws a MastoUnexpectedError: nothing of the response';

/** What masto keeps of a scenario's answer, as its source says, read as a response; and why the rest is lost. */
function kept(sent: Scenario): { model: ApiError; why: string } {
  if (sent.status < 300) return { model: normalizeError(mastoParsed(sent), { now: NOW }), why: OK_WHY };
  const encoding = encodingOf(sent);
  if (encoding === 'text/html') return { model: NOTHING, why: HTML_WHY };
  if (encoding !== 'application/json') return { model: NOTHING, why: TYPE_WHY };
  if (mastoParsed(sent) === undefined) return { model: NOTHING, why: UNPARSED_WHY };
  const model = normalizeError({ status: sent.status, headers: sent.headers, body: heldBody(sent) }, { now: NOW });
  return { model, why: HELD_WHY };
}

const drops: Partial<Record<ScenarioName, Dropped>> = Object.fromEntries(
  ALL.flatMap((sent) => {
    const { model, why } = kept(sent);
    const dropped = droppedBetween(rawModel(sent, NOW), model, why);
    return dropped ? [[sent.name, dropped]] : [];
  }),
);

describe('masto: what a call throws or resolves reads as the raw response, but for what masto drops', () => {
  itAgreesWithTheRawResponse(server, { request: (url) => fetchStatus(url), drops }, ALL);

  it('it drops what its source says, no more: every JSON answer is kept but for the keys’ spelling', () => {
    const whole = ALL.filter((sent) => !drops[sent.name as ScenarioName]).map((sent) => sent.name);
    expect(whole).toEqual([
      'json-error',
      'rate-limited-429',
      'unavailable-503',
      'mastodon/too-many-requests',
      'zendesk/duplicate-email',
      'zendesk/name-too-short',
    ]);
    // Laravel's field `items.0.qty` comes back `items_0Qty`: the only JSON error body whose reading that changes.
    expect(drops['validation-422']).toEqual({
      gives: {
        fieldErrors: [
          { field: 'email', message: 'The email field is required.' },
          { field: 'items_0Qty', message: 'The items.0.qty field must be at least 1.' },
          { field: 'password', message: 'The password field must be at least 8 characters.' },
        ],
      },
      why: HELD_WHY,
    });
  });

  it('the call is the one an app makes: `GET /api/v1/statuses/<id>` with its token', async () => {
    await settle(fetchStatus(`${server().url}/json-error`));
    expect(asked().at(-1)).toMatchObject({
      method: 'GET',
      path: '/api/v1/statuses/json-error',
      headers: { authorization: 'Bearer x' },
    });
  });
});

describe('masto: the call of the case, `GET /api/v1/timelines/home`, as a paginator', () => {
  const home = () => masto(server().url).v1.timelines.home.list();

  it('awaited, it throws the MastoHttpError of its first page, read as the response', async () => {
    const { threw, value } = await settle(Promise.resolve(home()));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'MastoHttpError', statusCode: 429, message: 'Too many requests' });
    expect(asked().at(-1)).toMatchObject({ method: 'GET', path: '/api/v1/timelines/home' });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(MASTODON_429, NOW));
  });

  it('iterated with `for await`, the same', async () => {
    const iterate = async () => {
      for await (const page of home()) return page;
      return undefined;
    };
    const { threw, value } = await settle(iterate());
    expect(threw).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(MASTODON_429, NOW));
  });
});

describe('masto: the MastoHttpError it throws', () => {
  it('holds the status, the body taken apart (keys camelCased) and the Response, its body read', async () => {
    const { threw, value } = await settle(fetchStatus(`${server().url}/${DUPLICATE.name}`));
    expect(threw).toBe(true);
    expect(value).toMatchObject({
      name: 'MastoHttpError',
      statusCode: 422,
      message: 'RecordInvalid',
      description: undefined,
      details: { email: [{ error: 'DuplicateValue' }] },
      additionalProperties: { description: 'Record validation errors' },
    });
    const { cause } = value as { cause: Response };
    expect(cause).toBeInstanceOf(Response);
    expect(cause.bodyUsed).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(DUPLICATE, NOW));
  });

  it('the OAuth `error_description` it keeps as `description` is read as the server said it', async () => {
    const sent = scenario('unavailable-503');
    const { value } = await settle(fetchStatus(`${server().url}/${sent.name}`));
    expect(value).toMatchObject({
      name: 'MastoHttpError',
      message: 'temporarily_unavailable',
      description: JSON.parse(sent.body).error_description,
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({
      kind: 'unavailable',
      code: 'temporarily_unavailable',
      message: JSON.parse(sent.body).error_description,
      retryAt: NOW + 120_000,
    });
  });

  it('an `error` that is an object (Stripe’s) is its `message`, never shown as "[object Object]"', async () => {
    const { value } = await settle(fetchStatus(`${server().url}/json-error`));
    expect((value as { message: unknown }).message).toMatchObject({
      code: 'card_declined',
      declineCode: 'insufficient_funds',
    });
    const model = normalizeError(value, { now: NOW });
    expect(model.message).toBe('Your card has insufficient funds.');
    expect(model.message).not.toContain('[object');
  });

  it('a bundle that minifies its class name is told by its own fields', async () => {
    const { value } = await settle(fetchStatus(`${server().url}/unavailable-503`));
    // What esbuild's or terser's renaming leaves of `new.target.name`, which ts-custom-error makes the `name`.
    Object.defineProperty(value, 'name', { value: 't' });
    for (const read of [normalizeError, createNormalizer({ clients: [mastoErrors] })])
      expectSameModel(read(value, { now: NOW }), rawModel('unavailable-503', NOW));
  });

  it('is read only by a normalizer that names it: without it, the body is lost', async () => {
    const { value } = await settle(fetchStatus(`${server().url}/json-error`));
    expectSameModel(createNormalizer({ clients: [mastoErrors] })(value, { now: NOW }), rawModel('json-error', NOW));
    expect(createNormalizer()(value, { now: NOW })).toMatchObject({ status: 402, messageSource: 'default' });
  });
});

describe('masto: what it throws for a body it cannot parse', () => {
  it('a type it does not know is a MastoUnexpectedError with nothing of the response', async () => {
    const { value } = await settle(fetchStatus(`${server().url}/problem-errors`));
    expect(value).toMatchObject({
      name: 'MastoUnexpectedError',
      message: 'The server returned data with an unknown encoding. The server may be down.',
    });
    expect(Object.hasOwn(value as object, 'cause')).toBe(false);
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'unknown', messageSource: 'default' });
  });

  it('`text/html` is a TypeError of its own destructuring, never the page', async () => {
    const { value } = await settle(fetchStatus(`${server().url}/html-gateway`));
    expect(value).toBeInstanceOf(TypeError);
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'unknown', messageSource: 'default' });
  });

  it('JSON that does not parse is a MastoDeserializeError: its text is developer text, never the message', async () => {
    const { value } = await settle(fetchStatus(`${server().url}/${segmentOf(LABELLED_JSON.name)}`));
    expect(value).toMatchObject({ name: 'MastoDeserializeError', contentType: 'json', data: LABELLED_JSON.body });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'unknown', messageSource: 'default' });
  });
});

describe('masto: a 2xx and a redirect', () => {
  it('`.$raw()` resolves `{ headers, data }`: the headers are kept, the status still is not', async () => {
    const sent = scenario('graphql-200');
    const { origin } = new URL(server().url);
    const resolved = await masto(origin).v1.statuses.$select(sent.name).fetch.$raw();
    expect(resolved.headers.get('content-type')).toBe('application/json');
    expectSameModel(normalizeError(resolved, { now: NOW }), rawModel(sent, NOW), drops['graphql-200']);
  });

  const hop = serveRedirect(() => `${server().url}/api/v1/statuses/json-error`);
  it('by default a redirect is followed: the app gets the answer at the Location, read as that answer', async () => {
    const { threw, value } = await settle(
      createRestAPIClient({ url: hop(), accessToken: 'x' }).v1.statuses.$select('1').fetch(),
    );
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'MastoHttpError', statusCode: 402 });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('json-error', NOW), drops['json-error']);
  });
});

describe('masto: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => fetchStatus(url),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = fetchStatus(url, {}, { signal: controller.signal });
      controller.abort();
      return pending;
    },
    timedOut: (url) => fetchStatus(url, { timeout: 50 }),
  });

  it('what each is: fetch’s TypeError and AbortError as they are, its timeout a MastoTimeoutError', async () => {
    const refused = await settle(fetchStatus(await refusedUrl()));
    expect(refused.value).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    const timedOut = await settle(fetchStatus(`${server().url}/${SLOW}`, { timeout: 50 }));
    expect(timedOut.value).toMatchObject({
      name: 'MastoTimeoutError',
      message: 'Request timed out',
      cause: { name: 'TimeoutError' },
    });
  });
});
