import { createClient, type RealtimeClientOptions } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Dropped, type Scenario } from './harness';

// @supabase/supabase-js does not throw: every call resolves with `{ data, error }`.
// - Database (postgrest-js): `{ success, error, data, count, status, statusText }`, `error` = the parsed body as
//   is (a plain object: `{ code, details, hint, message }`). No headers anywhere. With `.throwOnError()` it throws a
//   `PostgrestError` (`name`, `message`, `details`, `hint`, `code`) instead: the body's members, no status.
//   A failure without a response resolves with `status: 0` and `error = { message: 'TypeError: fetch failed',
//   details: '…Caused by: Error: connect ECONNREFUSED … (ECONNREFUSED)…', hint: '', code: '' }` (the thrown error
//   itself is not kept).
// - Auth (auth-js): `error` = `AuthApiError` (`name`, `message` from the body's `msg`/`message`, `status`, `code`
//   from the body's `code` when the response says `X-Supabase-Api-Version` 2024-01-01 or later, else from
//   `error_code`). No headers, no body. A failure without a response is an `AuthRetryableFetchError` with
//   `status: 0` and fetch's message ('fetch failed'), no `cause`.
// - Storage (storage-js): `error` = `StorageApiError` (`name`, `message`, `status` = the HTTP status, `statusCode`
//   = the body's `statusCode` (or `code`, or the status), `code` = the body's `code`). No headers, no body.
// What an app hands over: the whole result for the database (it alone has the status), `error` for auth and
// storage (their errors carry the status).

// PostgREST, Supabase Auth and Storage answer errors with `application/json`; added where the case shows the
// body only.
const JSON_TYPE = { 'content-type': 'application/json' } as const;
// Supabase Auth answers in the `{ code, message }` shape only to a request that asks for API version
// 2024-01-01 (auth-js does), and then echoes `X-Supabase-Api-Version: 2024-01-01` (supabase/auth
// internal/api/errors.go, HandleResponseError); older servers answer `{ code: <status>, error_code, msg }`
// without it.
const AUTH_2024 = { ...JSON_TYPE, 'x-supabase-api-version': '2024-01-01' } as const;

const database = [
  // 'postgrest/not-null-violation-400': https://docs.postgrest.org/en/latest/references/errors.html
  fromCase('postgrest/not-null-violation-400'),
  // 'postgrest/relation-does-not-exist-404': https://docs.postgrest.org/en/v10/errors.html
  fromCase('postgrest/relation-does-not-exist-404'),
  // 'postgrest/unique-violation-409': https://github.com/tanojericko/bantay-baha/issues/4
  fromCase('postgrest/unique-violation-409', JSON_TYPE),
  // 'postgrest/unique-violation-legacy-400': https://github.com/PostgREST/postgrest/issues/469
  fromCase('postgrest/unique-violation-legacy-400', JSON_TYPE),
];
const auth = [
  // 'supabase-auth/invalid-credentials': https://github.com/stackblitz/bolt.new/issues/8471
  fromCase('supabase-auth/invalid-credentials', AUTH_2024),
  // 'supabase-auth/email-rate-limit': https://github.com/supabase/supabase/issues/45743
  fromCase('supabase-auth/email-rate-limit', AUTH_2024),
  // 'supabase-auth/email-address-invalid-error-code-msg': https://github.com/supabase/auth/issues/2252 (older shape)
  fromCase('supabase-auth/email-address-invalid-error-code-msg', JSON_TYPE),
];
const storage = [
  // 'supabase-storage/object-not-found-status-in-body': https://github.com/supabase/storage-js/issues/209
  fromCase('supabase-storage/object-not-found-status-in-body', JSON_TYPE),
];

const server = serveBySegment([...database, ...auth, ...storage]);

/**
 * Realtime is never used here, but the client builds it at once and, on Node 20 (no global `WebSocket`), throws
 * without a transport: this one is never constructed.
 */
class NoWebSocket {
  constructor() {
    throw new Error('realtime is not used in these tests');
  }
}
const supabase = (projectUrl: string) =>
  createClient(projectUrl, 'anon-key', {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: NoWebSocket as unknown as NonNullable<RealtimeClientOptions['transport']> },
  });
/** An insert (a POST: never retried); for the 404 case, a select with its retries off. */
const query = (projectUrl: string, sent?: Scenario) =>
  sent?.status === 404
    ? supabase(projectUrl).from('nonexistent_table').select().retry(false)
    : supabase(projectUrl).from('projects').insert({ id: null, name: 'foo' });
const AUTH_CALLS: Record<string, (projectUrl: string) => Promise<{ error: unknown }>> = {
  'supabase-auth/invalid-credentials': (projectUrl) =>
    supabase(projectUrl).auth.signInWithPassword({ email: 'user@example.com', password: 'wrong password' }),
  'supabase-auth/email-rate-limit': (projectUrl) =>
    supabase(projectUrl).auth.signInWithOtp({ email: 'user@example.com' }),
  'supabase-auth/email-address-invalid-error-code-msg': (projectUrl) =>
    supabase(projectUrl).auth.signUp({ email: 'a@a.com', password: 'a long enough password' }),
};

describe('supabase-js database: the `{ error, status }` result reads as the raw response', () => {
  it.each(database.map((sent) => [sent.name, sent] as const))('%s (the whole result)', async (_, sent) => {
    const { threw, value } = await settle(Promise.resolve(query(server.urlOf(sent), sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(false);
    // What the SDK carries: the status beside the body, no headers.
    expect(value).toMatchObject({ status: sent.status, error: JSON.parse(sent.body), data: null });
    expect(Object.keys(value as object)).not.toContain('headers');
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });

  // `.throwOnError()` throws a PostgrestError: the body's members only. The status is not on it (nor on the
  // result's `error`), so what only the status tells cannot be asked of it: the status, the kind, and the
  // title and default message that follow from the kind are declared dropped, with the values the model of the
  // body alone has. Everything else (the code above all: PostgrestError carries it) must still agree.
  const noStatus = (sent: Scenario): Dropped => {
    const raw = rawModel(sent, NOW);
    const bodyAlone = normalizeError(JSON.parse(sent.body), { now: NOW });
    const fromStatus = (['status', 'kind', 'title', 'message'] as const).filter(
      (field) => raw[field] !== bodyAlone[field],
    );
    return {
      gives: Object.fromEntries(fromStatus.map((field) => [field, bodyAlone[field]])),
      why:
        'no status member: neither on the PostgrestError { name, message, details, hint, code } `.throwOnError()` ' +
        "throws nor on the result's `error` (the parsed body)",
    };
  };
  it.each(database.map((sent) => [sent.name, sent] as const))('%s (.throwOnError())', async (_, sent) => {
    const { threw, value } = await settle(Promise.resolve(query(server.urlOf(sent), sent).throwOnError()));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(value).toMatchObject({ name: 'PostgrestError', ...JSON.parse(sent.body) });
    expect(value).not.toHaveProperty('status');
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), noStatus(sent));
  });
  // What many apps do instead: `if (error) throw error` and pass that. It is the parsed body alone (a plain object).
  it.each(database.map((sent) => [sent.name, sent] as const))("%s (the result's `error` alone)", async (_, sent) => {
    const { value } = await settle(Promise.resolve(query(server.urlOf(sent), sent)));
    const { error } = value as { error: unknown };
    expect(error).toEqual(JSON.parse(sent.body));
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW), noStatus(sent));
  });
});

describe('supabase-js auth: the AuthApiError it returns reads as the raw response', () => {
  it.each(auth.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const call = AUTH_CALLS[sent.name];
    if (!call) throw new Error(`no auth call for ${sent.name}`);
    const { threw, value } = await settle(call(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(false);
    const { error } = value as { error: unknown };
    // What the SDK carries: the status, the body's message and code; no headers, no body.
    const body = JSON.parse(sent.body) as { message?: string; msg?: string; code: unknown; error_code?: string };
    expect(error).toMatchObject({
      name: 'AuthApiError',
      status: sent.status,
      message: body.msg ?? body.message,
      code: body.error_code ?? body.code,
    });
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('supabase-js storage: the StorageApiError it returns reads as the raw response', () => {
  it.each(storage.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(
      supabase(server.urlOf(sent)).storage.from('avatars').download('folder/avatar1.png'),
    );
    expect(threw, threw ? String(value) : 'resolved').toBe(false);
    const { error } = value as { error: unknown };
    // What the SDK carries: the status, the body's message and statusCode; the body's `error: 'not_found'` is
    // not kept (storage-js reads `code` into `code`, and this body has none).
    expect(error).toMatchObject({
      name: 'StorageApiError',
      status: 400,
      statusCode: '404',
      message: 'Object not found',
      code: undefined,
    });
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW), {
      gives: { code: undefined },
      why: "StorageApiError keeps the body's message and statusCode, not its `error: 'not_found'`",
    });
  });
});

describe('supabase-js: failures without a response', () => {
  it('database: connection refused (a `status: 0` result whose error says "TypeError: fetch failed") is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(Promise.resolve(query(origin)));
    expect(threw).toBe(false);
    expect(value).toMatchObject({ status: 0, error: { message: 'TypeError: fetch failed', code: '' } });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
  it('auth: connection refused (AuthRetryableFetchError, status 0) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { error } = await supabase(origin).auth.signInWithPassword({ email: 'user@example.com', password: 'x' });
    expect(error).toMatchObject({ name: 'AuthRetryableFetchError', status: 0, message: 'fetch failed' });
    expect(normalizeError(error, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
