import Medusa, { FetchError } from '@medusajs/js-sdk';
import { describe, expect, it } from 'vitest';
import { normalizeError, type ApiError } from '../../src';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { caseScenario as fromCase, serveBySegment } from './vendor';
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
  type ScenarioName,
} from './harness';

// @medusajs/js-sdk 2.21 (node_modules/@medusajs/js-sdk/dist/esm/client.js, `normalizeResponse` and `FetchError`):
// `client.fetch(path, init)` (beneath every `sdk.store.*` and `sdk.admin.*` call) throws, for a status of 300 or
// more, a `FetchError(message, statusText, status)`: `message` = the JSON body's `message`, or the status text when
// the body is not JSON or has no `message` (it reads `resp.json()` and drops what fails to parse); `statusText`;
// `status`. Its `name` stays 'Error' (the class sets none) and it keeps nothing else: no headers, no other member of
// the body (Medusa's `type` and `code`). On a 2xx it resolves the parsed body alone, as the SDK asks with
// `accept: application/json`. A failure without a response is fetch's own `TypeError`, an app's abort (its `signal`
// passes to fetch as is) fetch's `AbortError`. It has no timeout option.

const server = serveScenarios();
const sdk = (baseUrl: string) => new Medusa({ baseUrl });
const path = (url: string): string => new URL(url).pathname;

/** The body as the SDK reads it: `resp.json()`, nothing when it does not parse. */
function jsonBody({ body }: Scenario): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** What a FetchError keeps, read as a response: the status and the body's `message` alone; no headers. */
function keptModel(sent: Scenario): ApiError {
  const parsed = jsonBody(sent) as { message?: unknown } | undefined;
  const message = typeof parsed?.message === 'string' ? parsed.message : undefined;
  return normalizeError(
    { status: sent.status, headers: {}, body: message === undefined ? null : { message } },
    {
      now: NOW,
    },
  );
}

const ERROR_WHY = 'a FetchError keeps the status and the body’s `message`: no headers, no other member of the body';
const OK_WHY = 'a 2xx resolves the parsed body alone: its status is not kept';

const drops: Partial<Record<ScenarioName, Dropped>> = Object.fromEntries(
  scenarios.flatMap((sent) => {
    const dropped =
      sent.status < 300
        ? { gives: { status: undefined }, why: OK_WHY }
        : droppedBetween(rawModel(sent, NOW), keptModel(sent), ERROR_WHY);
    return dropped ? [[sent.name, dropped]] : [];
  }),
);

describe('@medusajs/js-sdk: what `client.fetch` throws or returns reads as the raw response, but for its drops', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => sdk(server().url).client.fetch(path(url), { redirect: 'manual' }),
    drops,
  });

  it.each(failures.map((sent) => [sent.name, sent] as const))(
    '%s: a FetchError of the status and message',
    async (name, sent) => {
      const { threw, value } = await settle(sdk(server().url).client.fetch(`/${name}`, { redirect: 'manual' }));
      expect(threw).toBe(true);
      expect(value).toBeInstanceOf(FetchError);
      const error = value as FetchError;
      const parsed = jsonBody(sent) as { message?: unknown } | undefined;
      expect(error.name).toBe('Error');
      expect(error.status).toBe(sent.status);
      expect(error.message).toBe(typeof parsed?.message === 'string' ? parsed.message : error.statusText);
      expect(Object.keys(error).sort()).toEqual(['status', 'statusText']);
    },
  );
});

// Medusa (Express's `res.json`) answers its errors with `application/json; charset=utf-8`; the case shows the body
// only, so that header is added.
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' } as const;
// 'medusa/inventory-not-allowed-400': https://github.com/medusajs/medusa/issues/4048 (raising a cart line above
// the stock).
const notAllowed = fromCase('medusa/inventory-not-allowed-400', JSON_TYPE);
const vendor = serveBySegment([notAllowed]);

describe('@medusajs/js-sdk: Medusa’s own error body through `store.cart.updateLineItem`', () => {
  it('medusa/inventory-not-allowed-400: the FetchError reads as the raw response', async () => {
    const pending = sdk(vendor.urlOf(notAllowed)).store.cart.updateLineItem('cart_01', 'cali_01', { quantity: 12 });
    const { threw, value } = await settle(pending);
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(vendor.received(notAllowed)).toMatchObject({
      method: 'POST',
      path: '/store/carts/cart_01/line-items/cali_01',
      body: JSON.stringify({ quantity: 12 }),
    });
    expect(value).toBeInstanceOf(FetchError);
    expect(value).toMatchObject({
      status: 400,
      statusText: 'Bad Request',
      message: "Inventory doesn't cover the desired quantity",
    });
    // The body's `type` is what the FetchError leaves out, and the raw response's code is read from it.
    const raw = rawModel(notAllowed, NOW);
    const dropped = droppedBetween(raw, keptModel(notAllowed), ERROR_WHY);
    expect(dropped?.gives).toEqual({ code: undefined });
    expectSameModel(normalizeError(value, { now: NOW }), raw, dropped);
  });
});

describe('@medusajs/js-sdk: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => sdk(new URL(url).origin).client.fetch(path(url)),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = sdk(new URL(url).origin).client.fetch(path(url), { signal: controller.signal });
      controller.abort();
      return pending;
    },
  });
});
