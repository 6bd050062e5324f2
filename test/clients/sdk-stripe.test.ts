import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, sendScenario } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Scenario } from './harness';

// stripe (the official Node SDK) throws a `StripeError` subclass for an answer whose JSON has an `error` member,
// picked by status (and type/code): 402 → `StripeCardError`, 401 → `StripeAuthenticationError`, 429 or 400 with
// code 'rate_limit' → `StripeRateLimitError`, other 400/404 → `StripeInvalidRequestError` (or
// `StripeIdempotencyError` for type 'idempotency_error'), 403 → `StripePermissionError`, anything else →
// `StripeAPIError`. Members: `type` (the class name), `rawType` (the body's `error.type`), `raw` = the body's inner
// `error` object plus `headers`, `statusCode` and `requestId`; `headers` (a plain object of the response's headers,
// lower-case names), `statusCode`, `requestId` (the `request-id` header), `code`, `param`, `decline_code`,
// `doc_url`, `userMessage`, … copied from the inner error. `message` is the inner error's message, prefixed with
// `[<request id>] ` when the response has a `Request-Id` header. `name` is 'Error' for every class. A failure
// without a response is a `StripeConnectionError` (`type` 'StripeConnectionError', message 'An error occurred
// with our connection to Stripe.', `detail` = the socket error; no status).

// Stripe answers every error with `application/json`; the cases show the body only, so that header is added.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const scenarios = [
  // 'stripe/card-declined-402': SIXwishlist/Better-WebSite/stripe/tests/CardErrorTest.php
  fromCase('stripe/card-declined-402', JSON_TYPE),
  // 'stripe/legacy-rate-limit-400': https://github.com/codecombat/codecombat/issues/2588
  fromCase('stripe/legacy-rate-limit-400', JSON_TYPE),
  // 'stripe/invalid-api-key-401': https://github.com/stripe/stripe-node/issues/1437
  fromCase('stripe/invalid-api-key-401', JSON_TYPE),
];
const CLASS_OF: Record<string, typeof Stripe.errors.StripeError> = {
  'stripe/card-declined-402': Stripe.errors.StripeCardError,
  'stripe/legacy-rate-limit-400': Stripe.errors.StripeRateLimitError,
  'stripe/invalid-api-key-401': Stripe.errors.StripeAuthenticationError,
};

// The SDK's `host` option takes a host name only and every path starts at `/v1/`, so the scenario cannot be the
// first path segment: one server answers every request with the scenario the request's body names in
// `metadata[scenario]`.
const key = (sent: Scenario): string => sent.name.replace('/', '--');
const byKey = new Map(scenarios.map((sent) => [key(sent), sent]));
/** What the server was asked, per scenario key: the method, the path and the form body. */
const asked = new Map<string, { method: string; path: string; body: string }>();
let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const name = new URLSearchParams(body).get('metadata[scenario]') ?? '';
      asked.set(name, { method: req.method ?? '', path: req.url ?? '', body });
      const sent = byKey.get(name);
      if (sent) sendScenario(res, sent);
      else res.writeHead(500, { 'content-type': 'text/plain' }).end(`no scenario "${name}"`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const stripe = (at: number) =>
  new Stripe('sk_test_x', { host: '127.0.0.1', port: at, protocol: 'http', maxNetworkRetries: 0, telemetry: false });
const call = (at: number, scenario = 'none') =>
  stripe(at).paymentIntents.create({ amount: 2000, currency: 'usd', metadata: { scenario } });

describe('stripe: the StripeError it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(call(port, key(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(asked.get(key(sent))).toMatchObject({ method: 'POST', path: '/v1/payment_intents' });
    // What the SDK carries: the status, the headers, the request id, and the body's inner `error` object.
    const Class = CLASS_OF[sent.name];
    if (!Class) throw new Error(`no class for ${sent.name}`);
    expect(value).toBeInstanceOf(Class);
    const error = value as Stripe.errors.StripeError;
    const inner = (JSON.parse(sent.body) as { error: { message: string; type: string; code?: string } }).error;
    const requestId = sent.headers['request-id'];
    expect(error).toMatchObject({
      name: 'Error',
      type: Class.name,
      rawType: inner.type,
      statusCode: sent.status,
      requestId,
      code: inner.code,
      message: requestId ? `[${requestId}] ${inner.message}` : inner.message,
      headers: { 'content-type': 'application/json' },
      raw: { ...inner, statusCode: sent.status, requestId },
    });
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('stripe: failures without a response', () => {
  it('connection refused (StripeConnectionError) is network', async () => {
    const refused = Number(new URL(await refusedUrl()).port);
    const { threw, value } = await settle(call(refused));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(value).toMatchObject({
      name: 'Error',
      type: 'StripeConnectionError',
      message: 'An error occurred with our connection to Stripe.',
      detail: { code: 'ECONNREFUSED' },
      statusCode: undefined,
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
