import { Account, AppwriteException, Client } from 'appwrite';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// appwrite (the web SDK) throws an `AppwriteException` for a status of 400 or more: `name` 'AppwriteException',
// `message` = the body's `message`, `code` = the HTTP status, `type` = the body's `type`, `response` = the body
// as text (re-serialized from the parsed JSON; the raw text when the type is not JSON). No headers. The body is
// read as JSON only when the response's `content-type` says `application/json`. A failure without a response is
// fetch's own `TypeError` ('fetch failed', `cause` = the socket error): the SDK does not wrap it.

// Appwrite answers every error with `application/json`; the cases show the body only, so that header is added.
// No `X-RateLimit-*` headers are added to the 429: the source does not show them.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const scenarios = [
  // 'appwrite/user-already-exists': https://github.com/appwrite/appwrite/issues/5176
  fromCase('appwrite/user-already-exists', JSON_TYPE),
  // 'appwrite/general-rate-limit': https://github.com/appwrite/appwrite/issues/7879
  fromCase('appwrite/general-rate-limit', JSON_TYPE),
];

const server = serveBySegment(scenarios);

const account = (url: string) => new Account(new Client().setEndpoint(`${url}/v1`).setProject('p'));
const CALLS: Record<string, (url: string) => Promise<unknown>> = {
  'appwrite/user-already-exists': (url) =>
    account(url).create({ userId: 'unique()', email: 'user@example.com', password: 'a long password' }),
  'appwrite/general-rate-limit': (url) =>
    account(url).createEmailPasswordSession({ email: 'user@example.com', password: 'a long password' }),
};
const PATHS: Record<string, string> = {
  'appwrite/user-already-exists': '/v1/account',
  'appwrite/general-rate-limit': '/v1/account/sessions/email',
};

describe('appwrite: the AppwriteException it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const call = CALLS[sent.name];
    if (!call) throw new Error(`no call for ${sent.name}`);
    const { threw, value } = await settle(call(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: PATHS[sent.name] });
    // What the SDK carries: the status (as `code`), the body's message and type, and the body as text.
    expect(value).toBeInstanceOf(AppwriteException);
    const error = value as AppwriteException;
    const body = JSON.parse(sent.body) as { message: string; type: string };
    expect(error).toMatchObject({
      name: 'AppwriteException',
      message: body.message,
      code: sent.status,
      type: body.type,
    });
    expect(JSON.parse(error.response)).toEqual(body);
    expect(Object.keys(error)).not.toContain('headers');
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('appwrite: failures without a response', () => {
  it("connection refused (fetch's TypeError, not wrapped) is network", async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(CALLS['appwrite/user-already-exists']?.(origin) ?? Promise.resolve());
    expect(threw).toBe(true);
    expect(value).not.toBeInstanceOf(AppwriteException);
    expect(value).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
