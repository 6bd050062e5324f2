import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError, normalizeError, onUnauthorized, shouldReport, toReport, toToast } from '../../src';
import { corpus } from '../conformance/corpus';
import type { ConformanceCase } from '../conformance/types';
import { conformanceCase, startCaseServer, type CaseServer } from '../react/caseServer';

// The W3C Trace Context specification's own example header (https://www.w3.org/TR/trace-context/#examples-of-http-traceparent-headers).
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

const withHeaders = (c: ConformanceCase, id: string, headers: Record<string, string>): ConformanceCase => ({
  ...c,
  id,
  response: { ...c.response!, headers: { ...c.response!.headers, ...headers } },
});

// Secrets a careless server puts in a 500: a Spring Boot body (test/conformance/cases, issue 8798) with
// the kind of members debug handlers add, and the same secrets in an HTML debug page and a text body.
const SECRETS = [
  'hunter2',
  'sk_live_51HxSecretKey',
  'eyJhbGciOiJIUzI1NiJ9.payload.sig',
  'postgres://admin:pw@db/prod',
  'SESSIONSECRET',
];
const springBoot = conformanceCase('spring-boot/500-exception-and-enum-message-leak');
const leakyJson = withHeaders(springBoot, 'leaky/json', {
  'set-cookie': `session=${SECRETS[4]}; HttpOnly`,
  'x-request-id': 'req-42',
});
leakyJson.response!.body = {
  ...(springBoot.response!.body as object),
  trace: `java.lang.IllegalArgumentException at Db.connect(${SECRETS[3]})`,
  request: { headers: { authorization: `Bearer ${SECRETS[2]}` }, body: { password: SECRETS[0] } },
  env: { STRIPE_KEY: SECRETS[1] },
};
const leakyHtml: ConformanceCase = {
  ...leakyJson,
  id: 'leaky/html',
  response: {
    status: 500,
    headers: { 'content-type': 'text/html' },
    body: `<html><body><h1>Error</h1><pre>${SECRETS.join('\n')}</pre></body></html>`,
  },
};
const leakyText: ConformanceCase = {
  ...leakyJson,
  id: 'leaky/text',
  response: { status: 500, body: `panic: ${SECRETS.join(' ')}` },
};

const gemini503 = withHeaders(conformanceCase('gemini/model-overloaded-503'), 'gemini/traced', {
  traceparent: TRACEPARENT,
  'x-request-id': 'req-7',
});
const traceOnly = withHeaders(conformanceCase('gemini/model-overloaded-503'), 'gemini/trace-only', {
  traceparent: TRACEPARENT,
});
const traceResponse = withHeaders(conformanceCase('gemini/model-overloaded-503'), 'gemini/traceresponse', {
  traceresponse: TRACEPARENT,
});
const zeroTrace = withHeaders(conformanceCase('gemini/model-overloaded-503'), 'gemini/zero-trace', {
  traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01',
});
const notion401 = conformanceCase('notion/unauthorized-invalid-token');
// OpenAI writes the request id into the sentence; a second request gets another id (changed here).
const openai503 = conformanceCase('openai/model-overloaded-503');
const openaiAgain: ConformanceCase = {
  ...openai503,
  id: 'openai/again',
  response: {
    status: 503,
    body: JSON.parse(
      JSON.stringify(openai503.response!.body).replace(
        '500d9fff2057e4af93a280f67002c342',
        '7c1e2a90b4d34f0e9a8b6c5d4e3f2a1b',
      ),
    ),
  },
};
const directus500 = conformanceCase('directus/internal-error-sql-text');

let server: CaseServer;
beforeAll(async () => {
  server = await startCaseServer([
    openai503,
    openaiAgain,
    leakyJson,
    leakyHtml,
    leakyText,
    gemini503,
    traceOnly,
    traceResponse,
    zeroTrace,
    notion401,
    directus500,
  ]);
});
afterAll(() => server.close());
/** What an app's fetch wrapper throws: `HttpError.fromResponse` of a real response. */
const thrown = async (c: ConformanceCase) => HttpError.fromResponse(await server.respond(c));

describe('shouldReport', () => {
  // Every case of the corpus, each read twice: seconds, more beside other work; the verdicts are what it checks.
  it(
    'never reports a 4xx, a rate limit, a cancel or a network failure, and reports 5xx, across the conformance corpus',
    { timeout: 120_000 },
    () => {
      for (const c of corpus) {
        const error = c.response
          ? { status: c.response.status, headers: c.response.headers ?? {}, body: c.response.body }
          : Object.assign(new Error(c.thrown!.message), c.thrown);
        const { kind, status } = normalizeError(error);
        const quiet =
          (status !== undefined && status >= 400 && status < 500) ||
          ['rate-limited', 'cancelled', 'network'].includes(kind);
        if (quiet) expect(shouldReport(error), c.id).toBe(false);
        else if (status !== undefined && status >= 500 && ['server', 'unavailable', 'timeout'].includes(kind))
          expect(shouldReport(error), c.id).toBe(true);
      }
    },
  );

  it('reports what failed on the service side, and errors nobody recognised', async () => {
    expect(shouldReport(await thrown(gemini503))).toBe(true);
    expect(shouldReport(await thrown(directus500))).toBe(true);
    expect(shouldReport(new TypeError("Cannot read properties of undefined (reading 'map')"))).toBe(true);
    expect(shouldReport(await thrown(notion401))).toBe(false);
    expect(shouldReport(new TypeError('Failed to fetch'))).toBe(false);
    expect(shouldReport(new DOMException('The operation was aborted.', 'AbortError'))).toBe(false);
  });

  it('takes overrides per kind', async () => {
    expect(shouldReport(await thrown(notion401), { kinds: { unauthenticated: true } })).toBe(true);
    expect(shouldReport(await thrown(gemini503), { kinds: { unavailable: false } })).toBe(false);
  });
});

describe('toReport', () => {
  it('tags kind, status, code, support id, W3C trace id and format', async () => {
    const report = toReport(await thrown(gemini503));
    expect(report.tags).toEqual({
      kind: 'unavailable',
      status: '503',
      code: 'UNAVAILABLE',
      logId: 'req-7',
      traceId: TRACE_ID,
      format: 'google',
    });
    expect(report.message).toBe('unavailable 503 UNAVAILABLE: The model is overloaded. Please try again later.');
  });

  it('reads the trace id from the thrown value behind a model, and from traceresponse', async () => {
    const model = normalizeError(await thrown(traceOnly));
    expect(toReport(model).tags.traceId).toBe(TRACE_ID);
    expect(toReport(await server.respond(traceResponse)).tags.traceId).toBe(TRACE_ID);
    // The specification calls an all-zero trace id invalid.
    expect(toReport(await thrown(zeroTrace)).tags).not.toHaveProperty('traceId');
  });

  it('leaves absent values out instead of setting them to undefined', () => {
    const { tags } = toReport(new TypeError('Failed to fetch'));
    expect(tags).toEqual({ kind: 'network', format: 'network' });
  });

  it.each([leakyJson, leakyHtml, leakyText])(
    'never carries a response body, even one full of secrets ($id)',
    async (c) => {
      const report = toReport(await thrown(c));
      const text = JSON.stringify(report);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      expect(report.tags.kind).toBe('server');
      expect(report.message).toBe('server 500: Try again later.');
    },
  );

  it('keeps prose out of tags, even from an app’s own parser', () => {
    const parser = {
      name: 'legacy',
      parse: () => ({ code: 'Something broke\nfor ada@example.com', logId: 'see the logs', message: 'Try later.' }),
    };
    const { tags } = toReport({ status: 500, headers: {}, body: { any: 'thing' } }, { parsers: [parser] });
    expect(tags).toEqual({ kind: 'server', status: '500', format: 'legacy' });
  });

  it('keeps prose out of tags: a SQL statement in a 500 body stays out', async () => {
    const report = toReport(await thrown(directus500));
    expect(JSON.stringify(report)).not.toContain('insert into');
    for (const value of Object.values(report.tags)) expect(value).toMatch(/^\S{1,200}$/);
  });
});

describe('toToast', () => {
  it('gives the same id to the same failure from two responses, and another to another failure', async () => {
    const first = toToast(await thrown(gemini503));
    const second = toToast(await thrown(traceOnly)); // another request: no request id, same failure
    expect(second.id).toBe(first.id);
    expect(toToast(await thrown(directus500)).id).not.toBe(first.id);
    expect(first).toEqual({
      id: first.id,
      title: 'Sorry, the service is unavailable',
      description: 'The model is overloaded. Please try again later.',
    });
  });

  it('gives the same id when only a request id inside the message differs', async () => {
    const [first, again] = [toToast(await thrown(openai503)), toToast(await thrown(openaiAgain))];
    expect(again.description).not.toBe(first.description);
    expect(again.id).toBe(first.id);
  });

  it('offers sign-in on a 401 and a retry on a failure worth retrying, with the app’s labels', async () => {
    const signIn = () => {};
    const retry = () => {};
    expect(toToast(await thrown(notion401), { onSignIn: signIn, onRetry: retry }).action).toEqual({
      label: 'Sign in',
      onClick: signIn,
    });
    expect(
      toToast(await thrown(gemini503), { onSignIn: signIn, onRetry: retry, messages: { tryAgain: 'Réessayer' } })
        .action,
    ).toEqual({
      label: 'Réessayer',
      onClick: retry,
    });
    expect(
      toToast({ status: 429, headers: { 'retry-after': '30' }, body: null }, { onRetry: retry }),
    ).not.toHaveProperty('action');
  });
});

describe('onUnauthorized', () => {
  it('fires once for twenty sign-in failures, answers for each, and again after reset', async () => {
    const calls: string[] = [];
    const signInOnce = onUnauthorized((error) => calls.push(error.kind));
    const failures = await Promise.all(Array.from({ length: 20 }, () => thrown(notion401)));
    expect(failures.map(signInOnce)).toEqual(Array(20).fill(true));
    expect(calls).toEqual(['unauthenticated']);
    expect(signInOnce(await thrown(gemini503))).toBe(false);
    signInOnce.reset();
    signInOnce(failures[0]);
    expect(calls).toHaveLength(2);
  });
});

describe('never throws', () => {
  it('on anything thrown', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }), (value) => {
        expect(typeof shouldReport(value)).toBe('boolean');
        expect(typeof toReport(value).tags.kind).toBe('string');
        expect(typeof toToast(value).id).toBe('string');
        onUnauthorized(() => {})(value);
      }),
      { numRuns: 300 },
    );
  });
});
