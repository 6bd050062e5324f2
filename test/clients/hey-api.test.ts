import { createClient } from '@hey-api/client-fetch';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { heyApiErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  failures,
  NOW,
  rawModel,
  refusedUrl,
  serveScenarios,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';

// @hey-api/client-fetch 0.13 (the client @hey-api/openapi-ts generates SDKs on) resolves every answer as `{ data,
// error, request, response }`: the body of a response that is not ok read as text, parsed as JSON when it parses,
// `{}` when empty. With `throwOnError: true` it throws that body itself, no `Error` around it: the status and headers
// are gone (node_modules/@hey-api/client-fetch/src/client.ts, `throw finalError`). An error interceptor
// (`client.interceptors.error.use((error, response) => …)`) is how an app keeps the response beside it. A failure
// without a response is what fetch threw; the client has no timeout of its own.

const server = serveScenarios();
/** A redirect is the answer, not followed: the OAuth one points off this machine. */
const client = () => createClient({ baseUrl: server().url, redirect: 'manual' });
const path = (url: string): string => new URL(url).pathname;

/** What `throwOnError` throws for a scenario: its text as JSON when it parses, else the text; `{}` when empty. */
function thrownBody({ body }: Scenario): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body || {};
  }
}

/** A model's field errors as the comparison reads them: paths and messages. */
const paths = (model: ApiError) => model.fieldErrors.map(({ field, message }) => ({ field, message }));

/** What the bare body cannot say that the response did: each field only the status or headers decided. */
function statusDropped(sent: Scenario): Dropped | undefined {
  return droppedBetween(
    rawModel(sent, NOW),
    normalizeError(thrownBody(sent), { now: NOW }),
    '`throwOnError` throws the parsed body alone: no status, no headers',
  );
}

describe('hey-api client-fetch: the `{ data, error, request, response }` it resolves with reads as the raw', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => client().get({ url: path(url) }),
    fails: () => false,
  });
});

describe('hey-api client-fetch: what `throwOnError` throws', () => {
  const drops: Partial<Record<ScenarioName, Dropped>> = {};
  for (const sent of failures) {
    const dropped = statusDropped(sent);
    if (dropped) drops[sent.name] = dropped;
  }
  itAgreesWithTheRawResponse(
    server,
    { request: (url) => client().get({ url: path(url), throwOnError: true }), drops },
    failures,
  );

  // Text thrown bare is what a developer's `throw 'text'` is too: its words go to the details, never to the person.
  const TEXT: readonly ScenarioName[] = ['plain-text', 'plain-text-429', 'html-gateway'];
  // Their sentence was in a header (WWW-Authenticate, the redirect's Location), which the thrown body lacks.
  const FROM_HEADERS: readonly ScenarioName[] = ['unauthorized-401', 'oauth-redirect'];
  it.each(failures.map((sent) => [sent.name, sent] as const))(
    '%s: a structured body keeps its sentence and fields; never markup, JSON or "[object Object]" as the message',
    async (name, sent) => {
      const { threw, value } = await settle(client().get({ url: `/${name}`, throwOnError: true }));
      expect(threw).toBe(true);
      expect(value).not.toBeInstanceOf(Error);
      const raw = rawModel(sent, NOW);
      for (const read of [normalizeError, createNormalizer()]) {
        const model = read(value, { now: NOW });
        expect(model.message).toMatch(/^[^<>{}[\]]+$/);
        expect(model.message).not.toContain('[object');
        // A body with a structure says its sentence without a status too; S3's XML through the AWS SDK's reader.
        const said =
          raw.messageSource === 'server' &&
          !TEXT.includes(name) &&
          !FROM_HEADERS.includes(name) &&
          (name !== 'xml-s3' || read === normalizeError);
        if (said) expect(model.message).toBe(raw.message);
        else expect(model.messageSource).toBe('default');
        if (TEXT.includes(name)) expect(model.details).toMatch(/\w/);
        expect(paths(model)).toEqual(paths(raw));
      }
    },
  );

  it('a validation body keeps its fields at their canonical paths, and says it is a validation failure', async () => {
    const { value } = await settle(client().get({ url: '/validation-422', throwOnError: true }));
    const model = normalizeError(value, { now: NOW });
    expect(model.kind).toBe('validation');
    expect(model.fieldErrors.map((error) => error.field)).toEqual(['email', 'items.0.qty', 'password']);
  });
});

describe('hey-api client-fetch: the `{}` it puts in place of an empty body', () => {
  it('is no body: the OAuth error the redirect’s Location carries is read from the response', async () => {
    const result = await client().get({ url: '/oauth-redirect' });
    expect(result.error).toEqual({});
    const expected = {
      kind: 'forbidden',
      status: 302,
      code: 'access_denied',
      message: rawModel('oauth-redirect', NOW).message,
    };
    expect(normalizeError(result, { now: NOW })).toMatchObject(expected);
    expect(createNormalizer({ clients: [heyApiErrors] })(result, { now: NOW })).toMatchObject(expected);
  });

  it('read without the client, it is still never shown as "[object Object]"', async () => {
    const unnamed = createNormalizer()(await client().get({ url: '/oauth-redirect' }), { now: NOW });
    expect(unnamed).toMatchObject({ status: 302, messageSource: 'default' });
  });

  it('a result whose error holds a body is left to the generic reading', async () => {
    expect(heyApiErrors.test?.(await client().get({ url: '/validation-422' }))).toBe(false);
    expect(heyApiErrors.test?.(await client().get({ url: '/empty-404' }))).toBe(true);
  });
});

describe('hey-api client-fetch: an error interceptor that keeps the response loses nothing', () => {
  it.each(failures.map((sent) => [sent.name, sent] as const))('%s', async (name, sent) => {
    const keeping = client();
    keeping.interceptors.error.use((error, response) => ({ error, response }));
    const { threw, value } = await settle(keeping.get({ url: `/${name}`, throwOnError: true }));
    expect(threw).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('hey-api client-fetch: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    // Its `url` is a path: an absolute one without `baseUrl` becomes "/http://…", which fetch cannot parse.
    refused: (url) => createClient({ baseUrl: new URL(url).origin }).get({ url: path(url) }),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = client().get({ url: path(url), signal: controller.signal });
      controller.abort();
      return pending;
    },
  });

  it('has no timeout of its own: `signal: AbortSignal.timeout(ms)` is timeout', async () => {
    const { value } = await settle(client().get({ url: '/slow', signal: AbortSignal.timeout(50) }));
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});
