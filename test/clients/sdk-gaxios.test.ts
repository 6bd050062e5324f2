import { Gaxios, GaxiosError, request } from 'gaxios';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, parsedBody, rawModel, refusedUrl, settle, type Scenario } from './harness';

// gaxios (the HTTP transport of google-auth-library and of every generated Google Node SDK: googleapis,
// @google-cloud/*) throws a `GaxiosError` for a status that `validateStatus` refuses (any but 2xx):
// `name` 'Error' (not the class name), `status` = the HTTP status, `response` = the fetch `Response` with
// `data` (the body: parsed JSON when the type says JSON, else the text), `config` and the fetch `headers` (a
// `Headers`: `get`), `config` (the request options: `url`, `method`, …), `cause` = what it extracted from the
// body after AIP-193: for `{ error: { … } }` the inner object with `message`, `code` (number) and `status` (the
// canonical code text: 'RESOURCE_EXHAUSTED', …), else `{ message, code: <status>, status: <status text> }`;
// `code` = that `code` (a number: the HTTP status, or the body's `error.code`); `message` = the inner error's
// `message` (its `errors[].message` joined by new lines when it has a list), else the body's text, else 'Request
// failed with status code <status>'. `error` (deprecated) is undefined for an HTTP error. A failure without a
// response is a `GaxiosError` with `code: 'ECONNREFUSED'` (from its `cause`, fetch's `TypeError: fetch failed`
// whose own cause is the socket error) and no `status`, no `response`.

// Google APIs answer errors with `application/json; charset=UTF-8` (as 'google-cloud-apis/invalid-argument-generic-
// array' and 'google-bigquery/invalid-value' show); the cases that show the body only get that header added.
const JSON_TYPE = { 'content-type': 'application/json; charset=UTF-8' } as const;

const scenarios = [
  // 'google-cloud-apis/aip193-resource-exhausted-localized':
  // aip-dev/google.aip.dev/aip/general/0193.md@007186fb38cf06b84185c08aece726e0ecd6ab7a
  fromCase('google-cloud-apis/aip193-resource-exhausted-localized'),
  // 'google-cloud-apis/cloud-run-bad-request-field-violation': https://github.com/googleapis/google-api-go-client/issues/436
  fromCase('google-cloud-apis/cloud-run-bad-request-field-violation', JSON_TYPE),
  // 'google-cloud-apis/unauthenticated-401': https://github.com/aip-dev/google.aip.dev/issues/1537
  fromCase('google-cloud-apis/unauthenticated-401', JSON_TYPE),
  // 'google-cloud-apis/quota-retry-info': https://github.com/RooCodeInc/Roo-Code/issues/3883
  fromCase('google-cloud-apis/quota-retry-info', JSON_TYPE),
  // 'google-cloud-apis/vertex-resource-exhausted-array': https://github.com/google-gemini/gemini-cli/issues/14831
  fromCase('google-cloud-apis/vertex-resource-exhausted-array', JSON_TYPE),
  // 'google-cloud-apis/invalid-argument-generic-array': https://github.com/google-gemini/gemini-cli/issues/19062
  fromCase('google-cloud-apis/invalid-argument-generic-array'),
  // 'google-cloud-storage/no-such-object-media': https://github.com/firebase/firebase-tools/pull/3647
  fromCase('google-cloud-storage/no-such-object-media'),
];

const server = serveBySegment(scenarios);

/** The two ways a Google SDK calls it: the module's `request` and an instance's (`new Gaxios(defaults)`). */
const CALLS = {
  'request()': (url: string) => request({ url, retry: false }),
  'instance.request()': (url: string) => new Gaxios({ retry: false }).request({ url }),
} as const;

/** What gaxios's AIP-193 reader makes the message: the inner error's message (or its errors' joined), else the text. */
function expectedMessage(sent: Scenario): string {
  const data = parsedBody(sent);
  if (typeof data === 'string') return data;
  const inner = (data as { error?: { message?: string; errors?: { message: string }[] } }).error;
  if (!inner) return `Request failed with status code ${sent.status}`;
  return inner.errors?.map((item) => item.message).join('\n') || inner.message || '';
}

describe('gaxios: the GaxiosError it throws reads as the raw response', () => {
  it.each(
    scenarios.flatMap((sent) =>
      Object.entries(CALLS).map(([how, call]) => [`${sent.name} (${how})`, sent, call] as const),
    ),
  )('%s', async (_, sent, call) => {
    const { threw, value } = await settle(call(`${server.urlOf(sent)}/v1/projects/p/resource`));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'GET', path: '/v1/projects/p/resource' });
    // What the SDK carries: the status, the fetch Response with its headers and the (parsed) body, the request.
    expect(value).toBeInstanceOf(GaxiosError);
    const error = value as GaxiosError;
    expect(error).toMatchObject({ name: 'Error', status: sent.status, message: expectedMessage(sent) });
    expect(error.error).toBeUndefined();
    expect(error.config.url?.toString()).toBe(`${server.urlOf(sent)}/v1/projects/p/resource`);
    expect(error.response?.status).toBe(sent.status);
    expect(error.response?.data).toEqual(parsedBody(sent));
    const type = Object.entries(sent.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
    expect(error.response?.headers.get('content-type')).toBe(type);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('gaxios: failures without a response', () => {
  it('connection refused (GaxiosError, code ECONNREFUSED, no status) is network', async () => {
    const { threw, value } = await settle(request({ url: await refusedUrl(), retry: false }));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(GaxiosError);
    expect(value).toMatchObject({ code: 'ECONNREFUSED', status: undefined, response: undefined });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
