import PocketBase, { ClientResponseError } from 'pocketbase';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// pocketbase (the JavaScript SDK) throws a `ClientResponseError` for a status of 400 or more: `url` (the request's),
// `status`, `response` = the parsed body as is (`{ code, message, data }`; `data` is a getter for the same object),
// `isAbort` false, `originalError` = the `{ url, status, data }` it was made from (also `cause`), `message` = the
// body's `message`, `name` = 'ClientResponseError <status>'. No headers. A failure without a response is a
// `ClientResponseError` too, with `status: 0`, `response: {}`, `originalError` (and `cause`) = fetch's `TypeError`
// and `message` 'Something went wrong.'.

// PocketBase answers every error with `application/json`; the cases show the body only, so that header is added.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const scenarios = [
  // 'pocketbase/invalid-email-data-map': https://github.com/pocketbase/pocketbase/issues/5572
  fromCase('pocketbase/invalid-email-data-map', JSON_TYPE),
  // 'pocketbase/value-not-unique-field': https://github.com/pocketbase/pocketbase/issues/4426
  fromCase('pocketbase/value-not-unique-field', JSON_TYPE),
  // 'pocketbase/something-went-wrong-empty-data': https://github.com/pocketbase/pocketbase/issues/5837
  fromCase('pocketbase/something-went-wrong-empty-data', JSON_TYPE),
];

const server = serveBySegment(scenarios);

const pocketbase = (url: string) => {
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  return pb;
};
const CALLS: Record<string, (url: string) => Promise<unknown>> = {
  'pocketbase/invalid-email-data-map': (url) =>
    pocketbase(url)
      .collection('users')
      .create({ email: 'not an email', password: '12345678', passwordConfirm: '12345678' }),
  'pocketbase/value-not-unique-field': (url) => pocketbase(url).collection('tags').create({ name: 'news' }),
  'pocketbase/something-went-wrong-empty-data': (url) =>
    pocketbase(url).collection('users').authWithPassword('user@example.com', 'a password'),
};
const PATHS: Record<string, string> = {
  'pocketbase/invalid-email-data-map': '/api/collections/users/records',
  'pocketbase/value-not-unique-field': '/api/collections/tags/records',
  'pocketbase/something-went-wrong-empty-data': '/api/collections/users/auth-with-password',
};

describe('pocketbase: the ClientResponseError it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const call = CALLS[sent.name];
    if (!call) throw new Error(`no call for ${sent.name}`);
    const { threw, value } = await settle(call(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: PATHS[sent.name] });
    // What the SDK carries: the status, the URL and the parsed body; no headers.
    expect(value).toBeInstanceOf(ClientResponseError);
    const error = value as ClientResponseError;
    const body = JSON.parse(sent.body) as { message: string };
    expect(error).toMatchObject({
      name: `ClientResponseError ${sent.status}`,
      status: sent.status,
      url: `${server.urlOf(sent)}${PATHS[sent.name]}`,
      response: body,
      data: body,
      isAbort: false,
      message: body.message,
    });
    expect(error.originalError).toMatchObject({ status: sent.status, data: body });
    expect(Object.keys(error)).not.toContain('headers');
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('pocketbase: failures without a response', () => {
  it('connection refused (ClientResponseError, status 0) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(CALLS['pocketbase/invalid-email-data-map']?.(origin) ?? Promise.resolve());
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(ClientResponseError);
    expect(value).toMatchObject({
      name: 'ClientResponseError 0',
      status: 0,
      response: {},
      isAbort: false,
      message: 'Something went wrong.',
      originalError: { name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNREFUSED' } },
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
