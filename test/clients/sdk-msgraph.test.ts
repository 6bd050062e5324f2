import { AnonymousAuthenticationProvider } from '@microsoft/kiota-abstractions';
import { RedirectHandlerOptions, RetryHandlerOptions } from '@microsoft/kiota-http-fetchlibrary';
import { createGraphServiceClient, GraphRequestAdapter } from '@microsoft/msgraph-sdk';
import { createUserCollectionResponseFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/index.js';
import { createODataErrorFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/oDataErrors/index.js';
import { createGraphClientFactory, PageIterator } from '@microsoft/msgraph-sdk-core';
// Adds `me` and `users` to the client, as an app imports it.
import '@microsoft/msgraph-sdk-users';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../src';
import { kiotaErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  failures,
  NOW,
  rawModel,
  refusedUrl,
  scenarios,
  serveScenarios,
  settle,
  type Dropped,
  type Scenario,
} from './harness';
import { caseScenario, serveBySegment } from './vendor';

// The Microsoft Graph SDK (@microsoft/msgraph-sdk 1.0.0-preview.90 over @microsoft/msgraph-sdk-core 1.0.0-preview.17,
// Kiota 1.0.0-preview.109). `GraphRequestAdapter` is kiota-bundle's `DefaultRequestAdapter`: Kiota's
// `FetchRequestAdapter` with the JSON, text and form parse nodes registered and models kept in an in-memory backing
// store (node_modules/@microsoft/kiota-bundle/dist/es/src/defaultRequestAdapter.js). Every generated request builder
// passes `{ XXX: createODataErrorFromDiscriminatorValue }`, so on a status outside 2xx (or a 3xx with a `Location`)
// `throwIfFailedResponse` reads the body with the parse node for its Content-Type and throws what it gets, with
// `responseStatusCode` and `responseHeaders` (lower-cased names, each value split at every comma) set on it
// (node_modules/@microsoft/kiota-http-fetchlibrary/dist/es/src/fetchRequestAdapter.js):
// - a JSON body: the `ODataError` model, no `Error` but a plain object behind a Proxy over its backing store (no
//   `name`, no `stack`: every read goes to the store; `Object.keys` gives the target's, which each write fills too:
//   node_modules/@microsoft/kiota-abstractions/dist/es/src/store/backedModelProxy.js). Its `errorEscaped` is the
//   body's `error` as a `MainError` (`code`, `message`, `target`, `details`, `innerError: { date (a Date),
//   requestId, clientRequestId }`), its `message` that `error.message` (or ""), and every member with no property
//   in `additionalData`, as the JSON had it (node_modules/@microsoft/msgraph-sdk/models/oDataErrors/index.js,
//   node_modules/@microsoft/kiota-serialization-json/dist/es/src/jsonParseNode.js `assignFieldValues`: an `error`
//   that is a string is read as an object, each character in `additionalData` under its index);
// - no Content-Type: a bare `Error` "no response content type found for deserialization";
// - `text/plain`: the text parse node's `Error` "text does not support structured data"
//   (node_modules/@microsoft/kiota-serialization-text/dist/es/src/textParseNode.js);
// - any other type (HTML, XML): the registry's `Error` "Content type text/html does not have a factory registered to
//   be parsed" (node_modules/@microsoft/kiota-abstractions/dist/es/src/serialization/parseNodeFactoryRegistry.js).
// A 2xx resolves the response's model (`User`), the status not kept. A failure without a response is what its fetch
// threw; the adapter has no signal and no timeout option (the app's fetch goes in `createGraphClientFactory`). The
// default middlewares retry 429, 503 and 504 and follow redirects: each call here turns both off with the request
// options a request builder takes. The request builders live in per-path packages: `@microsoft/msgraph-sdk-users`
// adds `me` on import (node_modules/@microsoft/msgraph-sdk-users/users/item/index.js, its `get` sent with the `XXX`
// mapping). msgraph-sdk-core's `PageIterator`
// (node_modules/@microsoft/msgraph-sdk-core/dist/tasks/PageIterator.js) sends its `@odata.nextLink` with the error
// mapping its constructor requires.

const NO_RETRY_NO_REDIRECT = [
  new RetryHandlerOptions({ maxRetries: 0 }),
  new RedirectHandlerOptions({ shouldRedirect: () => false }),
];
const errorMappings = { XXX: createODataErrorFromDiscriminatorValue };

/** The adapter as Graph's README builds it, at `baseUrl`; an app's own fetch goes in Graph's client factory. */
function adapterAt(baseUrl: string, customFetch?: (url: string, init: RequestInit) => Promise<Response>) {
  const adapter = customFetch
    ? new GraphRequestAdapter(
        new AnonymousAuthenticationProvider(),
        undefined,
        undefined,
        createGraphClientFactory({}, customFetch),
      )
    : new GraphRequestAdapter(new AnonymousAuthenticationProvider());
  adapter.baseUrl = baseUrl;
  return adapter;
}

/** `graphServiceClient.me.get()`, no retry (a 429 arrives at once), no redirect (the OAuth one stays here). */
function getMe(baseUrl: string, customFetch?: (url: string, init: RequestInit) => Promise<Response>) {
  return createGraphServiceClient(adapterAt(baseUrl, customFetch)).me.get({ options: NO_RETRY_NO_REDIRECT });
}

/** `pageIterator.iterate()` on a page whose `@odata.nextLink` is `url`: the next page's request fails. */
function nextPage(url: string, customFetch?: (url: string, init: RequestInit) => Promise<Response>) {
  const iterator = new PageIterator(
    adapterAt(new URL(url).origin, customFetch),
    { value: [], odataNextLink: url },
    () => true,
    createUserCollectionResponseFromDiscriminatorValue,
    errorMappings,
    { requestOption: NO_RETRY_NO_REDIRECT },
  );
  return iterator.iterate();
}

// Graph's own error bodies. Graph answers every error `application/json`; the pasted responses leave it out.
const GRAPH = [
  'msgraph/too-many-requests-subscriptions',
  'msgraph/throttled-as-access-denied',
  'msgraph/throttled-unknown-error-empty-message',
].map((id) => caseScenario(id, { 'Content-Type': 'application/json' }));

const typeOf = (sent: Scenario): string | undefined =>
  Object.entries(sent.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];

/** The `Error` the adapter throws in place of the model when no parse node reads the body; undefined for JSON. */
function parseFailure(sent: Scenario): string | undefined {
  const type = typeOf(sent)?.split(';')[0];
  if (type === undefined) return 'no response content type found for deserialization';
  if (type === 'text/plain') return 'text does not support structured data';
  if (/[/+]json$/.test(type)) return undefined;
  return `Content type ${type} does not have a factory registered to be parsed`;
}

const PARSE_WHY =
  'with the error mapping every request builder passes, a body no parse node reads (no Content-Type, text, HTML, ' +
  'XML) makes the adapter throw its own Error in place of the model: no status, no headers, no body';
const OK_WHY = 'a 2xx resolves the response’s model (the body’s members in `additionalData`): its status is not kept';

/** What the SDK loses on a scenario: everything where no parse node reads the body; on a 2xx, the status. */
function dropOf(sent: Scenario): Dropped | undefined {
  const raw = rawModel(sent, NOW);
  if (sent.status < 300) return droppedBetween(raw, normalizeError(JSON.parse(sent.body), { now: NOW }), OK_WHY);
  const thrown = parseFailure(sent);
  return thrown === undefined
    ? undefined
    : droppedBetween(raw, normalizeError(new Error(thrown), { now: NOW }), PARSE_WHY);
}

const dropsOf = (only: readonly Scenario[]): Partial<Record<string, Dropped>> =>
  Object.fromEntries(only.flatMap((sent) => (dropOf(sent) ? [[sent.name, dropOf(sent)]] : [])));

/** What a failed call is, for an assertion's message: `String()` of the model throws (its Proxy has no `toString`). */
const said = (value: unknown): string => (value instanceof Error ? value.message : typeof value);

const ALL = [...scenarios, ...GRAPH];
const JSON_FAILURES = ALL.filter((sent) => sent.status >= 300 && parseFailure(sent) === undefined);
const segments = serveBySegment(ALL);
const server = serveScenarios();

describe('Microsoft Graph SDK: what `client.me.get()` throws reads as the raw response, but for what it drops', () => {
  const drops = dropsOf(ALL);
  it.each(ALL.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(getMe(segments.urlOf(sent)));
    expect(threw, said(value)).toBe(sent.status >= 300);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), drops[sent.name]);
  });
});

describe('Microsoft Graph SDK: what `PageIterator.iterate()` throws when the next page fails is the same', () => {
  itAgreesWithTheRawResponse(server, { request: nextPage, fails: () => true, drops: dropsOf(failures) }, failures);
});

describe('Microsoft Graph SDK: the ODataError', () => {
  const [subscriptions] = GRAPH;
  if (!subscriptions) throw new Error('the Graph cases are in the corpus');

  it('is a plain object behind a backing store: keys of the target, values of the store, no name or stack', async () => {
    const { threw, value } = await settle(getMe(segments.urlOf(subscriptions)));
    expect(threw).toBe(true);
    expect(value).not.toBeInstanceOf(Error);
    const error = value as Record<string, unknown> & { errorEscaped: Record<string, unknown> };
    expect(Object.keys(error).sort()).toEqual(['errorEscaped', 'message', 'responseHeaders', 'responseStatusCode']);
    expect(error.name).toBeUndefined();
    expect(error.stack).toBeUndefined();
    expect(error).toMatchObject({
      message: expect.stringContaining('Please try again later.'),
      responseStatusCode: 429,
      responseHeaders: { 'retry-after': ['5'], 'request-id': ['a15c7ea4-d7e4-4d57-9cf0-d5b8fd22aad0'] },
    });
    expect(error.errorEscaped).toMatchObject({ code: 'TooManyRequests', innerError: { date: expect.any(Date) } });
    // A BackedModel: the Proxy answers every read from the store, this one too.
    expect(error.backingStore).toBeDefined();
    expect((error.errorEscaped.backingStore as { get(key: string): unknown }).get('code')).toBe('TooManyRequests');
  });

  it('read by a normalizer that names Kiota, it is the response; by one that does not, it has no status', async () => {
    const { value } = await settle(getMe(segments.urlOf(subscriptions)));
    const raw = rawModel(subscriptions, NOW);
    expectSameModel(createNormalizer({ clients: [kiotaErrors] })(value, { now: NOW }), raw);
    const unnamed = createNormalizer()(value, { now: NOW });
    expect([unnamed.status, unnamed.retryAt, unnamed.logId]).toEqual([undefined, undefined, undefined]);
  });

  it('a body whose `error` is a string keeps it only as characters by index: read back as the string', async () => {
    const sent = ALL.find((scenario) => scenario.name === 'unavailable-503');
    if (!sent) throw new Error('the scenario is in the list');
    const { value } = await settle(getMe(segments.urlOf(sent)));
    const error = value as { message: string; errorEscaped: { additionalData: Record<string, string> } };
    expect(error.message).toBe('');
    expect(Object.values(error.errorEscaped.additionalData).join('')).toBe('temporarily_unavailable');
    expect(normalizeError(value, { now: NOW })).toMatchObject({ code: 'temporarily_unavailable', kind: 'unavailable' });
  });

  it('the members it has no property for stay in `additionalData`, read back under their own names', async () => {
    const sent = ALL.find((scenario) => scenario.name === 'validation-422');
    if (!sent) throw new Error('the scenario is in the list');
    const { value } = await settle(getMe(segments.urlOf(sent)));
    expect(Object.keys(value as object).sort()).toEqual(['additionalData', 'responseHeaders', 'responseStatusCode']);
    expect((value as { additionalData: unknown }).additionalData).toEqual(JSON.parse(sent.body));
    expect(normalizeError(value, { now: NOW }).fieldErrors.map(({ field }) => field)).toEqual([
      'email',
      'items.0.qty',
      'password',
    ]);
  });

  it.each(JSON_FAILURES.map((sent) => [sent.name, sent] as const))(
    '%s: told by the two members the adapter sets',
    async (_, sent) => {
      const { value } = await settle(getMe(segments.urlOf(sent)));
      expect(kiotaErrors.test?.(value)).toBe(true);
    },
  );
});

describe('Microsoft Graph SDK: where no parse node reads the body, the adapter’s own Error', () => {
  const unread = ALL.filter((sent) => sent.status >= 300 && parseFailure(sent) !== undefined);
  it.each(unread.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(getMe(segments.urlOf(sent)));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(Error);
    expect(value).toMatchObject({ name: 'Error', message: parseFailure(sent) });
    expect(Object.keys(value as object)).toEqual([]);
    expect(kiotaErrors.test?.(value)).toBe(false);
  });
});

describe('Microsoft Graph SDK: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => getMe(new URL(url).origin),
    // No signal option: the app's signal goes in the fetch it gives Graph's client factory.
    aborted: (url) => {
      const controller = new AbortController();
      const pending = nextPage(url, (target, init) => fetch(target, { ...init, signal: controller.signal }));
      controller.abort();
      return pending;
    },
  });

  it('has no timeout of its own: `AbortSignal.timeout(ms)` in its fetch is timeout', async () => {
    const { threw, value } = await settle(
      nextPage(`${server().url}/slow`, (target, init) => fetch(target, { ...init, signal: AbortSignal.timeout(50) })),
    );
    expect(threw).toBe(true);
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});
