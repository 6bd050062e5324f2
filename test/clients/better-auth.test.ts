import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { createAuthClient } from 'better-auth/client';
import { toNodeHandler } from 'better-auth/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, HttpError, normalizeError, type ApiError } from '../../src';
import { betterFetchErrors } from '../../src/clients';
import { expectSameModel, NOW, settle } from './harness';

// Better Auth 1.7 against a real Better Auth server (`toNodeHandler(auth)` on node:http, the memory adapter, email and
// password, its rate limiter on), called through its vanilla client (`better-auth/react` makes the same calls). The
// client is Better Fetch's `createFetch`: a call resolves `{ data, error }` whose `error` is the body's members beside
// `status` and `statusText` (better-auth.com/docs/concepts/client, "Handling Errors"), or, with `fetchOptions: { throw:
// true }`, rejects with a `BetterFetchError`. The docs read the rate limiter's `X-Retry-After` in `onError`'s context
// (better-auth.com/docs/concepts/rate-limit, "Handling Rate Limit Errors"), which is the response itself.

const EMAIL = 'ada@example.com';
const PASSWORD = 'correct horse battery staple';

let server: Server;
let baseURL: string;
// Set once the server knows its port, which Better Auth's `baseURL` needs.
let handle: ReturnType<typeof toNodeHandler> | undefined;
beforeAll(async () => {
  server = createServer((req, res) => void handle?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const auth = betterAuth({
    baseURL,
    secret: 'a-test-secret-of-at-least-32-characters!',
    database: memoryAdapter({ user: [], session: [], account: [], verification: [] }),
    emailAndPassword: { enabled: true },
    rateLimit: { enabled: true, window: 60, max: 3 },
    logger: { disabled: true },
  });
  handle = toNodeHandler(auth);
  // Made on the server, so no client call spends the limiter's allowance on it.
  await auth.api.signUpEmail({ body: { name: 'Ada', email: EMAIL, password: PASSWORD } });
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

// The limiter counts per address and path: each test comes from its own, so none spends another's allowance.
let lastAddress = 0;
const nextAddress = (): string => `10.0.0.${++lastAddress}`;

type Result = { data: unknown; error: unknown };
type Call = (body: Record<string, unknown>, options?: Record<string, unknown>) => Promise<Result>;
interface Client {
  signIn: { email: Call };
  signUp: { email: Call };
}

/** The client an app makes, as it would call from one address. */
function client(address: string, fetchOptions: Record<string, unknown> = {}): Client {
  const headers = { 'x-forwarded-for': address };
  return createAuthClient({ baseURL, fetchOptions: { ...fetchOptions, headers } }) as unknown as Client;
}

/** The same call made with `fetch`, read as the raw response: the baseline the client's model must match. */
async function fetched(path: string, body: Record<string, unknown>, address: string): Promise<ApiError> {
  const response = await fetch(`${baseURL}/api/auth${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify(body),
  });
  return normalizeError(await HttpError.fromResponse(response), { now: NOW });
}

const WRONG_PASSWORD = { email: EMAIL, password: 'not the password' };

describe('Better Auth: what the client resolves reads as what the server sent', () => {
  it('a wrong password: unauthenticated, Better Auth’s sentence and code, from the result and its error', async () => {
    const address = nextAddress();
    const result = await client(address).signIn.email(WRONG_PASSWORD);
    const raw = await fetched('/sign-in/email', WRONG_PASSWORD, address);
    for (const passed of [result, result.error]) {
      const model = normalizeError(passed, { now: NOW });
      expect(model).toMatchObject({
        kind: 'unauthenticated',
        status: 401,
        code: 'INVALID_EMAIL_OR_PASSWORD',
        message: 'Invalid email or password',
        messageSource: 'server',
      });
      expectSameModel(model, raw);
    }
  });

  it('a password too short: a code that names the input and says its value fails, so validation', async () => {
    const address = nextAddress();
    const body = { name: 'Grace', email: 'grace@example.com', password: 'short' };
    const result = await client(address).signUp.email(body);
    const raw = await fetched('/sign-up/email', body, address);
    for (const passed of [result, result.error]) {
      const model = normalizeError(passed, { now: NOW });
      expect(model).toMatchObject({ status: 400, code: 'PASSWORD_TOO_SHORT', message: 'Password too short' });
      // Rule 1: a code that says an input's value is invalid is a validation failure on any 4xx.
      expect(model.kind).toBe('validation');
      // Fields are found by structure; the body names none, so none is made up from the code.
      expect(model.fieldErrors.filter((error) => error.field)).toEqual([]);
      expectSameModel(model, raw);
    }
  });

  it('an email already signed up: a 422 whose "already exists" code makes it a conflict', async () => {
    const address = nextAddress();
    const body = { name: 'Ada', email: EMAIL, password: PASSWORD };
    const result = await client(address).signUp.email(body);
    const raw = await fetched('/sign-up/email', body, address);
    for (const passed of [result, result.error]) {
      const model = normalizeError(passed, { now: NOW });
      expect(model).toMatchObject({
        kind: 'conflict',
        status: 422,
        code: 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL',
        message: 'User already exists. Use another email.',
      });
      expectSameModel(model, raw);
    }
  });

  it('`fetchOptions: { throw: true }`: the BetterFetchError it throws reads as the result does', async () => {
    const address = nextAddress();
    const { threw, value } = await settle(client(address, { throw: true }).signIn.email(WRONG_PASSWORD));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'Error', status: 401, message: 'Unauthorized' });
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({
      kind: 'unauthenticated',
      status: 401,
      code: 'INVALID_EMAIL_OR_PASSWORD',
      message: 'Invalid email or password',
    });
    expectSameModel(model, await fetched('/sign-in/email', WRONG_PASSWORD, address));
  });
});

describe('Better Auth’s rate limiter', () => {
  /** Signs in wrongly from one address until the limiter answers, keeping what `onError` was handed each time. */
  async function limited(fetchOptions: Record<string, unknown> = {}) {
    const address = nextAddress();
    let context: { response: Response } | undefined;
    const onError = (handed: { response: Response }) => {
      context = handed;
    };
    const auth = client(address, { ...fetchOptions, onError });
    // Sign-in allows 3 calls in 10 s from one address (its special rule); the fourth is refused.
    for (let call = 0; call < 3; call++) await settle(auth.signIn.email(WRONG_PASSWORD));
    const outcome = await settle(auth.signIn.email(WRONG_PASSWORD));
    expect(context?.response.status).toBe(429);
    const seconds = Number(context?.response.headers.get('X-Retry-After'));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(10);
    return { outcome, context, seconds };
  }

  it('the onError context, as the docs read it: rate-limited, counting down the X-Retry-After seconds', async () => {
    const { context, seconds } = await limited();
    expect(normalizeError(context, { now: NOW })).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      message: 'Too many requests. Please try again later.',
      messageSource: 'server',
      retryAt: NOW + seconds * 1000,
    });
  });

  it('X-Retry-After counts down whether the normalizer names Better Fetch or not: it is a header of the response', async () => {
    const { context, seconds } = await limited();
    for (const normalize of [createNormalizer({ clients: [betterFetchErrors] }), createNormalizer()])
      expect(normalize(context, { now: NOW })).toMatchObject({
        kind: 'rate-limited',
        message: 'Too many requests. Please try again later.',
        retryAt: NOW + seconds * 1000,
      });
  });

  it('the result: rate-limited with the server’s sentence; the client keeps no headers, so no countdown', async () => {
    const { outcome } = await limited();
    const result = outcome.value as Result;
    for (const passed of [result, result.error]) {
      const model = normalizeError(passed, { now: NOW });
      expect(model).toMatchObject({
        kind: 'rate-limited',
        status: 429,
        message: 'Too many requests. Please try again later.',
      });
      expect(model.retryAt).toBeUndefined();
    }
  });

  it('the BetterFetchError of `throw: true`: the same, and no countdown either', async () => {
    const { outcome } = await limited({ throw: true });
    expect(outcome.threw).toBe(true);
    const model = normalizeError(outcome.value, { now: NOW });
    expect(model).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      message: 'Too many requests. Please try again later.',
    });
    expect(model.retryAt).toBeUndefined();
  });
});
