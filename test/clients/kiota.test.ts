import {
  AnonymousAuthenticationProvider,
  HttpMethod,
  InMemoryBackingStoreFactory,
  ParseNodeFactoryRegistry,
  RequestInformation,
  type ErrorMappings,
  type Parsable,
  type ParsableFactory,
  type ParseNode,
} from '@microsoft/kiota-abstractions';
import {
  FetchRequestAdapter,
  KiotaClientFactory,
  RedirectHandlerOptions,
  RetryHandlerOptions,
} from '@microsoft/kiota-http-fetchlibrary';
import { JsonParseNodeFactory } from '@microsoft/kiota-serialization-json';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../src';
import { kiotaErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  failures,
  headersOnlyModel,
  NOW,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  serveScenarios,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';

// Kiota's TypeScript HTTP layer (@microsoft/kiota-http-fetchlibrary and @microsoft/kiota-abstractions
// 1.0.0-preview.109), what every Kiota-generated client (the Microsoft Graph SDK among them) sends through. On a status
// outside 2xx, or a 3xx with a `Location` its RedirectHandler did not follow, `FetchRequestAdapter`'s
// `throwIfFailedResponse` throws, before any body is read. With no error mapping for the status it throws a
// `DefaultApiError` (an `Error` whose name stays "Error", message "the server returned an unexpected status code and
// no error class is registered for this code <status>") with `responseStatusCode` and `responseHeaders`: the
// lower-cased names, each value split at every comma. It keeps no body (node_modules/@microsoft/
// kiota-http-fetchlibrary/dist/es/src/fetchRequestAdapter.js, node_modules/@microsoft/kiota-abstractions/dist/es/src/
// apiError.js). With a mapping it parses the body through the adapter's parse node for its content type, first
// throwing a bare `Error` when the response has no Content-Type. A 2xx resolves the parsed value: `sendPrimitive(…,
// 'ArrayBuffer')` the body's bytes, `sendNoResponseContent` nothing. The default middlewares retry 429, 503 and 504
// three times, waiting out `Retry-After` (middlewares/retryHandler.js), and follow redirects (redirectHandler.js):
// each call here turns both off with the request options generated code takes (`requestConfiguration.options`). It
// has no signal and no timeout option: a failure without a response is what its fetch threw, unchanged, so a signal
// goes in the `customFetch` given to `KiotaClientFactory.create`. With a mapping and a JSON body, the JSON parse node
// (@microsoft/kiota-serialization-json 1.0.0-preview.109, node_modules/@microsoft/kiota-serialization-json/dist/es/
// src/jsonParseNode.js) fills the generated model and the adapter throws that, the same two members set on it: a plain
// object (no `Error`), each member the model has no property for in `additionalData`. Other types (text, HTML, XML)
// have no parse node here, and the adapter throws its own `Error` instead. test/clients/sdk-msgraph.test.ts runs the
// same path through the Microsoft Graph SDK, whose models sit behind a backing store.

const server = serveScenarios();

/** An adapter as a generated client's is built: anonymous auth, the default middlewares over `customFetch`. */
function adapterFor(origin: string, customFetch?: (url: string, init: RequestInit) => Promise<Response>) {
  const adapter = new FetchRequestAdapter(
    new AnonymousAuthenticationProvider(),
    undefined,
    undefined,
    KiotaClientFactory.create(customFetch),
  );
  adapter.baseUrl = origin;
  return adapter;
}

/**
 * A GET as generated code builds it (`to…RequestInformation`): the URL template under `{+baseurl}`, `Accept`, and the
 * request options. No retry, so a 429 arrives at once; no redirect, so the OAuth one stays on this machine.
 */
function requestFor(url: string): RequestInformation {
  const info = new RequestInformation(HttpMethod.GET, `{+baseurl}${new URL(url).pathname}`);
  info.headers.tryAdd('Accept', 'application/json');
  info.addRequestOptions([
    new RetryHandlerOptions({ maxRetries: 0 }),
    new RedirectHandlerOptions({ shouldRedirect: () => false }),
  ]);
  return info;
}

const origin = (url: string): string => new URL(url).origin;

/** `adapter.sendPrimitive(info, 'ArrayBuffer')`: the bytes of a 2xx, parsed by nothing. */
const sendBytes = (url: string) =>
  adapterFor(origin(url)).sendPrimitive<ArrayBuffer>(requestFor(url), 'ArrayBuffer', undefined);

/** What an app that asked for bytes hands the kit on a 2xx: the body as JSON. */
function passBytes(value: unknown): unknown {
  return value instanceof ArrayBuffer ? JSON.parse(new TextDecoder().decode(value)) : value;
}

/**
 * A model's factory, as generated code's `create…FromDiscriminatorValue`: the adapter calls it only to deserialize a
 * body, which no call here reaches (a failed status is checked first; a body without a type fails before it).
 */
const unreachable: ParsableFactory<Parsable> = () => {
  throw new Error('no body reaches a model factory here');
};

const BODY_WHY =
  'with no error mapping, its DefaultApiError keeps the status and headers and no body: the adapter never reads it';
const OK_WHY = 'a 2xx resolves the body’s bytes alone: its status is not kept';

/** What a DefaultApiError loses on a scenario: each field only the body decided; on a 2xx, the status. */
function dropsOf(only: readonly Scenario[]): Partial<Record<ScenarioName, Dropped>> {
  return Object.fromEntries(
    only.flatMap((sent) => {
      const dropped =
        sent.status < 300
          ? droppedBetween(rawModel(sent, NOW), normalizeError(JSON.parse(sent.body), { now: NOW }), OK_WHY)
          : droppedBetween(rawModel(sent, NOW), headersOnlyModel(sent, NOW), BODY_WHY);
      return dropped ? [[sent.name, dropped]] : [];
    }),
  );
}

describe('Kiota: `sendPrimitive(…, "ArrayBuffer")` with no error mapping reads as the raw, but for the body', () => {
  itAgreesWithTheRawResponse(server, { request: sendBytes, pass: passBytes, drops: dropsOf(scenarios) });
});

describe('Kiota: `sendNoResponseContent` and `send` throw the same DefaultApiError', () => {
  const drops = dropsOf(failures);
  itAgreesWithTheRawResponse(
    server,
    { request: (url) => adapterFor(origin(url)).sendNoResponseContent(requestFor(url), undefined), drops },
    failures,
  );
  itAgreesWithTheRawResponse(
    server,
    { request: (url) => adapterFor(origin(url)).send<Parsable>(requestFor(url), unreachable, undefined), drops },
    failures,
  );
});

describe('Kiota: the DefaultApiError', () => {
  it('keeps the status and headers (values cut at commas): a 429’s Retry-After is its countdown', async () => {
    const { threw, value } = await settle(sendBytes(`${server().url}/rate-limited-429`));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(Error);
    expect(value).toMatchObject({
      name: 'Error',
      message: 'the server returned an unexpected status code and no error class is registered for this code 429',
      responseStatusCode: 429,
      responseHeaders: { 'retry-after': ['5'], 'request-id': ['a15c7ea4-d7e4-4d57-9cf0-d5b8fd22aad0'] },
    });
    expect(Object.keys(value as object).sort()).toEqual(['responseHeaders', 'responseStatusCode']);
    for (const read of [normalizeError, createNormalizer({ clients: [kiotaErrors] })])
      expect(read(value, { now: NOW })).toMatchObject({
        kind: 'rate-limited',
        status: 429,
        retryAt: NOW + 5000,
        logId: 'a15c7ea4-d7e4-4d57-9cf0-d5b8fd22aad0',
      });
  });

  it('an HTTP-date Retry-After and a WWW-Authenticate challenge, split at their commas, are read whole', async () => {
    const unavailable = await settle(sendBytes(`${server().url}/whitespace-503`));
    expect(unavailable.value).toMatchObject({
      responseHeaders: { 'retry-after': ['Sun', ' 22 Nov 2026 12:02:00 GMT'] },
    });
    expect(normalizeError(unavailable.value, { now: NOW }).retryAt).toBe(Date.UTC(2026, 10, 22, 12, 2));
    const challenged = await settle(sendBytes(`${server().url}/unauthorized-401`));
    expect(
      (challenged.value as { responseHeaders: Record<string, string[]> }).responseHeaders['www-authenticate'],
    ).toHaveLength(3);
    expect(normalizeError(challenged.value, { now: NOW })).toMatchObject(
      (({ kind, code, message }) => ({ kind, code, message }))(rawModel('unauthorized-401', NOW)),
    );
  });

  it('its message is developer text: never what the person reads, kept in the details', async () => {
    const { value } = await settle(sendBytes(`${server().url}/empty-502`));
    const model = normalizeError(value, { now: NOW });
    expect(model.message).not.toContain('no error class is registered');
    expect(model.details).toContain('no error class is registered for this code 502');
  });

  it('an error of its shape with hostile headers reads with the headers it can', () => {
    const responseHeaders = JSON.parse(
      '{"__proto__": ["x"], "retry-after": [7, "7"], "request-id": {"a": 1}}',
    ) as object;
    Object.defineProperty(responseHeaders, 'x-ms-ags-diagnostic', {
      enumerable: true,
      get: () => {
        throw new Error('hostile getter');
      },
    });
    const hostile = Object.assign(new Error('the server returned an unexpected status code'), {
      responseHeaders,
      responseStatusCode: 429,
    });
    expect(kiotaErrors.test?.(hostile)).toBe(true);
    expect(kiotaErrors.read(hostile, (value) => ({ header: () => undefined, body: value }))).toBeDefined();
    expect(createNormalizer({ clients: [kiotaErrors] })(hostile, { now: NOW })).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      retryAt: NOW + 7000,
    });
  });

  it('read by a normalizer that does not name it, it is an Error with no status', async () => {
    const { value } = await settle(sendBytes(`${server().url}/rate-limited-429`));
    expect(createNormalizer()(value, { now: NOW }).status).toBeUndefined();
  });
});

describe('Kiota: with an error mapping, a body with no Content-Type fails before any parse node', () => {
  // As generated code maps a schema's errors: `{ XXX: createODataErrorFromDiscriminatorValue }`.
  const errorMappings: ErrorMappings = { XXX: unreachable };
  const untyped = failures.filter((sent) => !Object.keys(sent.headers).some((name) => name === 'content-type'));
  const WHY =
    'with a mapping, the adapter asks a parse node for the body’s type and throws a bare Error ("no response ' +
    'content type found for deserialization") when there is none: no status, no headers';
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => adapterFor(origin(url)).sendNoResponseContent(requestFor(url), errorMappings),
      drops: Object.fromEntries(
        untyped.flatMap((sent) => {
          const dropped = droppedBetween(
            rawModel(sent, NOW),
            normalizeError(new Error('no response content type found for deserialization'), { now: NOW }),
            WHY,
          );
          return dropped ? [[sent.name, dropped]] : [];
        }),
      ),
    },
    untyped,
  );

  it('that Error is the adapter’s own, with nothing of the response on it', async () => {
    const url = `${server().url}/empty-404`;
    const { threw, value } = await settle(
      adapterFor(origin(url)).sendNoResponseContent(requestFor(url), errorMappings),
    );
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'Error', message: 'no response content type found for deserialization' });
    expect(Object.keys(value as object)).toEqual([]);
    expect(kiotaErrors.test?.(value)).toBe(false);
  });
});

describe('Kiota: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => sendBytes(url),
    // No signal option: the app's signal goes in the fetch it gives the client factory.
    aborted: (url) => {
      const controller = new AbortController();
      const adapter = adapterFor(origin(url), (target, init) => fetch(target, { ...init, signal: controller.signal }));
      const pending = adapter.sendPrimitive<ArrayBuffer>(requestFor(url), 'ArrayBuffer', undefined);
      controller.abort();
      return pending;
    },
  });

  it('has no timeout of its own: `AbortSignal.timeout(ms)` in its fetch is timeout', async () => {
    const url = `${server().url}/slow`;
    const adapter = adapterFor(origin(url), (target, init) =>
      fetch(target, { ...init, signal: AbortSignal.timeout(50) }),
    );
    const { threw, value } = await settle(
      adapter.sendPrimitive<ArrayBuffer>(requestFor(url), 'ArrayBuffer', undefined),
    );
    expect(threw).toBe(true);
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});

describe('Kiota: with an error mapping and the JSON parse node, the generated model reads as the raw response', () => {
  /** RFC 9457's problem details as Kiota generates its model: no backing store, so a plain object. */
  interface Problem extends Parsable {
    additionalData?: Record<string, unknown>;
    detail?: string | null;
    instance?: string | null;
    status?: number | null;
    title?: string | null;
    type?: string | null;
  }
  const deserializeIntoProblem = (problem: Partial<Problem> = {}): Record<string, (node: ParseNode) => void> => ({
    detail: (node) => {
      problem.detail = node.getStringValue();
    },
    instance: (node) => {
      problem.instance = node.getStringValue();
    },
    status: (node) => {
      problem.status = node.getNumberValue();
    },
    title: (node) => {
      problem.title = node.getStringValue();
    },
    type: (node) => {
      problem.type = node.getStringValue();
    },
  });
  const createProblemFromDiscriminatorValue: ParsableFactory<Problem> = () => deserializeIntoProblem;
  const errorMappings: ErrorMappings = { XXX: createProblemFromDiscriminatorValue };

  /** An adapter that reads JSON bodies, as a generated client's is set up (kiota-bundle registers the same). */
  function jsonAdapterFor(origin: string) {
    const parseNodes = new ParseNodeFactoryRegistry();
    parseNodes.registerDefaultDeserializer(JsonParseNodeFactory, new InMemoryBackingStoreFactory());
    const adapter = new FetchRequestAdapter(
      new AnonymousAuthenticationProvider(),
      parseNodes,
      undefined,
      KiotaClientFactory.create(),
    );
    adapter.baseUrl = origin;
    return adapter;
  }
  const sendMapped = (url: string) => jsonAdapterFor(origin(url)).sendNoResponseContent(requestFor(url), errorMappings);

  /** The adapter's own `Error` where no parse node reads the body; undefined for a JSON one. */
  function parseFailure(sent: Scenario): string | undefined {
    const type = Object.entries(sent.headers)
      .find(([name]) => name === 'content-type')?.[1]
      .split(';')[0];
    if (type === undefined) return 'no response content type found for deserialization';
    return /[/+]json$/.test(type) ? undefined : `Content type ${type} does not have a factory registered to be parsed`;
  }
  const WHY =
    'a body only the JSON parse node could read is not JSON (or has no type): the adapter throws its own Error in ' +
    'place of the model, with no status, no headers and no body';
  itAgreesWithTheRawResponse(
    server,
    {
      request: sendMapped,
      drops: Object.fromEntries(
        failures.flatMap((sent) => {
          const thrown = parseFailure(sent);
          const dropped =
            thrown === undefined
              ? undefined
              : droppedBetween(rawModel(sent, NOW), normalizeError(new Error(thrown), { now: NOW }), WHY);
          return dropped ? [[sent.name, dropped]] : [];
        }),
      ),
    },
    failures,
  );

  it('the model is a plain object: its properties, `additionalData`, and the two members', async () => {
    const { threw, value } = await settle(sendMapped(`${server().url}/problem-errors`));
    expect(threw).toBe(true);
    expect(value).not.toBeInstanceOf(Error);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value).toEqual({
      title: 'Your request is not valid.',
      type: 'https://example.net/validation-error',
      additionalData: { errors: (JSON.parse(scenario('problem-errors').body) as { errors: unknown }).errors },
      responseStatusCode: 422,
      responseHeaders: expect.objectContaining({ 'content-type': ['application/problem+json'] }),
    });
    for (const read of [normalizeError, createNormalizer({ clients: [kiotaErrors] })])
      expectSameModel(read(value, { now: NOW }), rawModel('problem-errors', NOW));
    expect(createNormalizer()(value, { now: NOW }).status).toBeUndefined();
  });

  it('a hostile model reads with what it can: a cycle, a throwing member, a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const cyclic: Record<string, unknown> = { title: 'Slow down.' };
    cyclic.self = cyclic;
    const hostile = {
      responseStatusCode: 429,
      responseHeaders: { 'retry-after': ['7'] },
      errorEscaped: cyclic,
      additionalData: { revoked: proxy, '0': 'x' },
      get detail(): string {
        throw new Error('hostile getter');
      },
    };
    expect(kiotaErrors.test?.(hostile)).toBe(true);
    expect(kiotaErrors.read(hostile, (body) => ({ header: () => undefined, body }))).toBeDefined();
    expect(createNormalizer({ clients: [kiotaErrors] })(hostile, { now: NOW })).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      retryAt: NOW + 7000,
    });
  });
});
