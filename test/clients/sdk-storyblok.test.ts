import StoryblokClient, { type ISbConfig, type ISbCustomFetch } from 'storyblok-js-client';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../src';
import { storyblokErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, type ClientUnderTest } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  failures,
  NOW,
  parsedBody,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';
import { serveBySegment } from './vendor';

// storyblok-js-client 7.7.6 (what @storyblok/js and @storyblok/react hand apps through `getStoryblokApi()`;
// node_modules/storyblok-js-client/dist/index.mjs, `SbFetch` and `Storyblok`; its types in dist/index.d.mts) talks
// to the `endpoint` it is given (else `region` and `https` pick Storyblok's host) through fetch. `SbFetch` reads every
// answer but a 204 with `res.json()` and builds `{ data, headers, status, statusText }` (`headers` a plain object of
// the lowercased names); a status outside 200–206 is rejected as `{ message, status, response }` (`ISbError`:
// `message` its own pick from the body: an array's first item, `error`, the first member as "key: value", else
// "Unknown error").
// Whatever throws on the way (fetch's refused connection, `res.json()` on a body that is not JSON, or an empty one)
// is caught and *resolved* as `{ message }` alone, what was thrown reduced to its message; an `AbortError` (its
// `timeout` option, in seconds, or an app's `signal` in the fetch options) becomes "Request timeout: The request was
// aborted due to timeout".
// The Content Delivery API's reads (`get`, `getStories`, `getStory`, `getAll`: `cacheResponse`) reject anything that
// is not a 200, so that `{ message }` too, and resolve a 200 as `{ data, headers }` (plus `perPage` and `total` on a
// listing): no status. A read that got a 429 with a JSON body is asked again after `retriesDelay` (300 ms by default,
// whatever Retry-After says) up to `maxRetries` times (`maxRetries || 10`: 0 means 10), then the last 429's
// `ISbError` is rejected, whole. The Management API's writes (`post`, `put`, `delete` with an `oauthToken`) are never
// retried, reject only an HTTP error with a JSON body, and resolve everything else as it came. An app's `signal` in
// the fetch options takes the place of the one its `timeout` aborts (spread after it): give one or the other.
// The conformance corpus holds no Storyblok body (test/conformance/cases/unseen-2026-12-14-e.ts and
// pending/unseen-2026-12-17-t.ts looked for one and say why they dropped it), so it runs on the shared scenarios.

const server = serveBySegment(scenarios);

/** Every call keeps a redirect as the answer: the OAuth scenario's Location points off this machine. */
const MANUAL: ISbCustomFetch = { redirect: 'manual' };
const STORY = { story: { name: 'Home', slug: 'home', content: { component: 'page' } } };
/** The client's own sentence for an aborted fetch (dist/index.mjs, `_methodHandler`). */
const ABORTED = 'Request timeout: The request was aborted due to timeout';

const delivery = (endpoint: string, config: ISbConfig = {}) =>
  new StoryblokClient({ accessToken: 'cda-preview-token', endpoint, maxRetries: 1, retriesDelay: 0, ...config });
const management = (endpoint: string, config: ISbConfig = {}) =>
  new StoryblokClient({ oauthToken: 'mapi-personal-token', endpoint, maxRetries: 1, retriesDelay: 0, ...config });

/** What `res.json()` throws on a body that is not JSON, or on none; undefined for a JSON body. */
function parserWords({ body }: Scenario): string | undefined {
  try {
    JSON.parse(body);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const NOT_JSON =
  'a body that is not JSON (or none) makes `res.json()` throw: the client keeps only that SyntaxError’s message, ' +
  '`{ message }`, without the status, the headers or the body';

/** What a call loses of a scenario: all but the JSON parser’s words of a body that is not JSON, or else `also`’s. */
function dropsOf(also?: (sent: Scenario) => Dropped | undefined): Partial<Record<ScenarioName, Dropped>> {
  const drops: Partial<Record<ScenarioName, Dropped>> = {};
  for (const sent of scenarios) {
    const words = parserWords(sent);
    const dropped =
      words === undefined
        ? also?.(sent)
        : droppedBetween(rawModel(sent, NOW), normalizeError({ message: words }, { now: NOW }), NOT_JSON);
    if (dropped) drops[sent.name] = dropped;
  }
  return drops;
}

/** A read's 200: `{ data, headers }`, the response without its status. */
const readDrops = dropsOf((sent) =>
  sent.status === 200
    ? droppedBetween(
        rawModel(sent, NOW),
        normalizeError({ headers: sent.headers, body: parsedBody(sent) }, { now: NOW }),
        'a read resolves a 200 as `{ data, headers }`: only a 200 resolves, and the status is not kept',
      )
    : undefined,
);
const writeDrops = dropsOf();

/** A write fails the call only on an HTTP error whose body is JSON; the rest resolves. */
const writeFails = (sent: Scenario): boolean => (sent.status < 200 || sent.status > 299) && !parserWords(sent);

describe('storyblok: what `getStories` (Content Delivery API) rejects or resolves with reads as the raw', () => {
  itAgreesWithTheRawResponse(server.server, {
    request: (url) => delivery(url).getStories({ starts_with: 'blog/' }, MANUAL),
    drops: readDrops,
  });
});

describe('storyblok: what `post` (Management API) rejects or resolves with reads as the raw response', () => {
  itAgreesWithTheRawResponse(server.server, {
    request: (url) => management(url).post('spaces/606/stories', STORY, MANUAL),
    fails: writeFails,
    drops: writeDrops,
  });
});

const otherCalls: Record<string, ClientUnderTest> = {
  'getStory (Content Delivery API)': {
    request: (url) => delivery(url).getStory('home', {}, MANUAL),
    drops: readDrops,
  },
  'getAll (Content Delivery API)': {
    request: (url) => delivery(url).getAll('cdn/stories', {}, undefined, MANUAL),
    drops: readDrops,
  },
  'get (Management API)': {
    request: (url) => management(url).get('spaces/606/stories/42', {}, MANUAL),
    drops: readDrops,
  },
  'put (Management API)': {
    request: (url) => management(url).put('spaces/606/stories/42', STORY, MANUAL),
    fails: writeFails,
    drops: writeDrops,
  },
  'delete (Management API)': {
    request: (url) => management(url).delete('spaces/606/stories/42', {}, MANUAL),
    fails: writeFails,
    drops: writeDrops,
  },
};
for (const [call, client] of Object.entries(otherCalls))
  describe(`storyblok: what \`${call}\` rejects or resolves with on an error reads as the raw response`, () => {
    itAgreesWithTheRawResponse(server.server, client, failures);
  });

describe('storyblok: what the client hands over', () => {
  const validation = scenario('validation-422');

  it('asks the paths of the API it is pointed at', async () => {
    await settle(delivery(server.urlOf(validation)).getStories({}, MANUAL));
    expect(server.received(validation)).toMatchObject({ method: 'GET', path: '/cdn/stories' });
    await settle(management(server.urlOf(validation)).post('spaces/606/stories', STORY, MANUAL));
    expect(server.received(validation)).toMatchObject({
      method: 'POST',
      path: '/spaces/606/stories',
      body: JSON.stringify(STORY),
    });
  });

  it('a Management API 422 is an ISbError whose response keeps the body and headers: its field errors', async () => {
    const { threw, value } = await settle(
      management(server.urlOf(validation)).post('spaces/606/stories', STORY, MANUAL),
    );
    expect(threw).toBe(true);
    expect(value).not.toBeInstanceOf(Error);
    expect(value).toMatchObject({
      // The client's own pick from the body: its first member that is a string, as "key: value".
      message: 'message: The email field is required. (and 2 more errors)',
      status: 422,
      response: {
        status: 422,
        statusText: 'Unprocessable Entity',
        data: JSON.parse(validation.body),
        headers: { 'content-type': 'application/json' },
      },
    });
    for (const read of [normalizeError, createNormalizer()]) {
      const model = read(value, { now: NOW });
      expect(model).toMatchObject({ kind: 'validation', status: 422, message: rawModel(validation, NOW).message });
      expect(model.fieldErrors.map(({ field }) => field)).toEqual(['email', 'items.0.qty', 'password']);
    }
  });

  const notJson = failures.filter((sent) => parserWords(sent) !== undefined);
  it.each(notJson.map((sent) => [sent.name, sent] as const))(
    '%s: a body that is not JSON comes back as the parser’s words alone, never shown to a person',
    async (_, sent) => {
      const words = parserWords(sent);
      const read = await settle(delivery(server.urlOf(sent)).getStories({}, MANUAL));
      const write = await settle(management(server.urlOf(sent)).post('spaces/606/stories', STORY, MANUAL));
      expect(read).toEqual({ threw: true, value: { message: words } });
      expect(write).toEqual({ threw: false, value: { message: words } });
      const model = normalizeError(read.value, { now: NOW });
      expect(model).toMatchObject({ kind: 'unknown', messageSource: 'default' });
      expect(model.status).toBeUndefined();
      expect(model.message).not.toContain('JSON');
    },
  );
});

describe('storyblok: its own retries of a 429', () => {
  const limited = scenario('rate-limited-429');
  /** The client with fetch, as its `fetch` option takes it, counting the requests it makes. */
  const counting = (make: typeof delivery, endpoint: string, config: ISbConfig = {}) => {
    const asked = { count: 0 };
    const client = make(endpoint, {
      ...config,
      fetch: (input, init) => {
        asked.count += 1;
        return fetch(input, init);
      },
    });
    return { client, asked };
  };

  it('a read asks again `maxRetries` times, then rejects the last 429 whole: body, headers, Retry-After', async () => {
    const { client, asked } = counting(delivery, server.urlOf(limited), { maxRetries: 2 });
    const { threw, value } = await settle(client.getStories({}, MANUAL));
    expect(threw).toBe(true);
    expect(asked.count).toBe(3);
    expect(value).toMatchObject({ status: 429, response: { headers: { 'retry-after': '5' } } });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(limited, NOW));
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 5000 });
  });

  it('`maxRetries: 0` is no setting: a read is asked 10 more times (`maxRetries || 10`)', async () => {
    const { client, asked } = counting(delivery, server.urlOf(limited), { maxRetries: 0 });
    const { value } = await settle(client.getStories({}, MANUAL));
    expect(asked.count).toBe(11);
    expect(normalizeError(value, { now: NOW }).kind).toBe('rate-limited');
  });

  it('a write is never asked again: the app gets the first 429', async () => {
    const { client, asked } = counting(management, server.urlOf(limited), { maxRetries: 3 });
    const { threw, value } = await settle(client.post('spaces/606/stories', STORY, MANUAL));
    expect(threw).toBe(true);
    expect(asked.count).toBe(1);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(limited, NOW));
  });

  it('a 429 whose body is not JSON is not retried: the client lost its status with its body', async () => {
    const text = scenario('plain-text-429');
    const { client, asked } = counting(delivery, server.urlOf(text), { maxRetries: 3 });
    const { value } = await settle(client.getStories({}, MANUAL));
    expect(asked.count).toBe(1);
    expect(value).toEqual({ message: parserWords(text) });
  });
});

describe('storyblok: failures without a response', () => {
  const readers = [normalizeError, createNormalizer({ clients: [storyblokErrors] })];
  const slow = () => `${server.server().url}/slow`;

  it('connection refused: a read rejects, a write resolves, `{ message: "fetch failed" }`; both network', async () => {
    const { origin } = new URL(await refusedUrl());
    const read = await settle(delivery(origin).getStories({}, MANUAL));
    const write = await settle(management(origin).post('spaces/606/stories', STORY, MANUAL));
    expect(read).toEqual({ threw: true, value: { message: 'fetch failed' } });
    expect(write).toEqual({ threw: false, value: { message: 'fetch failed' } });
    for (const read of readers)
      expect(read(write.value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });

  it('its own `timeout` (seconds) is timeout', async () => {
    const { threw, value } = await settle(delivery(slow(), { timeout: 0.05 }).getStories({}, MANUAL));
    expect(threw).toBe(true);
    expect(value).toEqual({ message: ABORTED });
    for (const read of readers) expect(read(value, { now: NOW })).toMatchObject({ kind: 'timeout', format: 'timeout' });
  });

  it('an app’s abort comes back timeout: the client puts its timeout’s sentence for any AbortError', async () => {
    const controller = new AbortController();
    const pending = delivery(slow()).getStories({}, { ...MANUAL, signal: controller.signal });
    controller.abort();
    const { threw, value } = await settle(pending);
    expect(threw).toBe(true);
    expect(value).toEqual({ message: ABORTED });
    for (const read of readers) expect(read(value, { now: NOW }).kind).toBe('timeout');
  });

  it('`signal: AbortSignal.timeout(ms)` keeps its TimeoutError’s words: timeout', async () => {
    const { value } = await settle(delivery(slow()).getStories({}, { ...MANUAL, signal: AbortSignal.timeout(50) }));
    expect(value).toEqual({ message: 'The operation was aborted due to timeout' });
    for (const read of readers) expect(read(value, { now: NOW }).kind).toBe('timeout');
  });

  it('an abort with a reason of the app’s keeps only its message: left to the generic reading', async () => {
    const controller = new AbortController();
    const pending = management(slow()).post('spaces/606/stories', STORY, { ...MANUAL, signal: controller.signal });
    controller.abort(new Error('The editor closed the story'));
    const { threw, value } = await settle(pending);
    expect(threw).toBe(false);
    expect(value).toEqual({ message: 'The editor closed the story' });
    expect(createNormalizer({ clients: [storyblokErrors] })(value, { now: NOW })).toEqual(
      createNormalizer()(value, { now: NOW }),
    );
  });

  it('a hostile object is read as no storyblok failure, without a throw', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
        getPrototypeOf: () => {
          throw new Error('trap');
        },
      },
    );
    // Each client's test and read run guarded (src/core/clients/client.ts): a throwing trap leaves the generic reading.
    expect(normalizeError(hostile, { now: NOW })).toMatchObject({ kind: 'unknown', messageSource: 'default' });
  });
});
