import { Contract, FetchRequest, JsonRpcProvider, Network, type FetchGetUrlFunc } from 'ethers';
import { describe, expect, it, vi } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { ethersErrors } from '../../src/clients';
// The getUrl of ethers' browser build (the `browser` field maps utils/geturl.js to it): what a dApp's bundle runs.
import { createGetUrl } from '../../node_modules/ethers/lib.esm/utils/geturl-browser.js';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  NOW,
  parsedBody,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  serveScenarios,
  serveRedirect,
  settle,
  type Dropped,
  type Scenario,
} from './harness';
import { caseScenario, serveBySegment } from './vendor';

// ethers 6.17 (`JsonRpcProvider`, the other Ethereum client of React dApps beside viem) against real servers on
// 127.0.0.1. Every call POSTs a JSON-RPC request through a `FetchRequest` (node_modules/ethers/lib.esm/):
// - providers/provider-jsonrpc.js `_send`: `response.assertOk()`, so a response that is not 2xx rejects with a
//   SERVER_ERROR (utils/fetch.js `assertOk`): `response` the `FetchResponse` (`statusCode`, `statusMessage`,
//   `headers` lower-cased in a plain object, `body` the bytes), `request` the `FetchRequest`, `info: { requestUrl,
//   responseBody, responseStatus }`. It never parses such a body as JSON-RPC;
// - a 2xx JSON-RPC answer to the request's `id` whose `error` is set: `getRpcError` makes the error of its code,
//   keeping the node's error object and the request, never the response: UNKNOWN_ERROR "could not coalesce error"
//   (`error`, `payload`), UNSUPPORTED_OPERATION for "the method … does not exist" and CALL_EXCEPTION for `eth_call`
//   (`info: { error, payload }`), INSUFFICIENT_FUNDS, NONCE_EXPIRED, ACTION_REJECTED…;
// - a 2xx JSON body holding no answer of the request's `id` (a GraphQL body, an error with a null `id`, another
//   request's): BAD_DATA "missing response for request", `value` the body (put in a list when it was none);
// - a 2xx that is not JSON: UNSUPPORTED_OPERATION "response body is not valid JSON", `info.response` the response;
// - a 301, 302, 307 or 308 is followed (utils/fetch.js `#send`, a POST stays a POST), so an OAuth redirect's error
//   never arrives: the tests leave the one that points off this machine out, and follow one to this machine;
// - a 429 is retried (`#send`): up to 12 attempts (`setThrottleParams({ maxAttempts })`), waiting Retry-After's number
//   as MILLISECONDS, else 250 ms × a random number below 2^attempt; a `retryFunc` that answers false hands the 429
//   over. When the attempts run out, the SERVER_ERROR's response is ethers' own 599 with the 429's headers and body,
//   the 429 written only in its status text; when the backoff outlasts the request's `timeout` (5 minutes by
//   default), the app gets TIMEOUT and nothing of the response. The tests turn retries off, but where they say;
// - without a response: Node's getUrl (utils/geturl.js) rejects with Node's own `ECONNREFUSED` error, the browser's
//   (utils/geturl-browser.js) with fetch's `TypeError`; the request's `timeout` with TIMEOUT "request timeout";
//   `FetchRequest.cancel()` with CANCELLED "request cancelled". A provider takes no signal: `destroy()` rejects the
//   calls not yet sent with UNSUPPORTED_OPERATION "provider destroyed; cancelled request" (a call in flight settles
//   when its answer comes, as destroyed too, or with its failure).
// Every message is developer text: the members as JSON and "(…, code=SERVER_ERROR, version=6.17.0)". Without a
// `staticNetwork`, a provider first asks `eth_chainId` and, on failure, asks again each second for as long as it lives
// (`_start`), so every provider here has one and is destroyed after its call.

const server = serveScenarios();

const mainnet = Network.from('mainnet');

/** The connection a provider is given: a `FetchRequest`, with what the app sets on it. */
type Setup = (request: FetchRequest) => void;

/** Hands a 429 over at once, as the other clients here do without their retries. */
const noRetry: Setup = (request) => {
  request.retryFunc = async () => false;
};

function connection(url: string, ...setups: Setup[]): FetchRequest {
  const request = new FetchRequest(url);
  for (const setup of setups) setup(request);
  return request;
}

/** A provider on a static network, as an app makes one, for one call; destroyed after it. */
async function once(request: FetchRequest, call: (provider: JsonRpcProvider) => Promise<unknown>): Promise<unknown> {
  const provider = new JsonRpcProvider(request, mainnet, { staticNetwork: mainnet });
  try {
    return await call(provider);
  } finally {
    provider.destroy();
  }
}

/** `getBlockNumber()` on a provider of `url`: a 429 handed over at once, unless `setups` say otherwise. */
const blockNumber = (url: string, ...setups: Setup[]) =>
  once(connection(url, ...(setups.length ? setups : [noRetry])), (provider) => provider.getBlockNumber());

/** What an error that keeps only the body says: no status, no headers. */
const bodyModel = (body: unknown): ApiError => normalizeError({ headers: {}, body }, { now: NOW });

const BODY_WHY =
  'a 2xx whose JSON is no answer to the request throws BAD_DATA holding the body alone: no status, no headers';
const RPC_WHY =
  'a JSON-RPC error in a 2xx throws the error of its code holding the node’s error object alone: no status, no ' +
  'headers (a Retry-After beside it is lost)';

/** The OAuth redirect points off this machine, and ethers follows it: it is followed to this machine below. */
const ANSWERED = scenarios.filter((sent) => sent.name !== 'oauth-redirect');

const GRAPHQL_DROP = droppedBetween(
  rawModel('graphql-200', NOW),
  bodyModel(parsedBody(scenario('graphql-200'))),
  BODY_WHY,
);

describe('ethers: what a JsonRpcProvider call throws reads as the raw response, but for what it drops', () => {
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => blockNumber(url),
      // A 2xx that is no JSON-RPC answer fails too.
      fails: () => true,
      drops: { 'graphql-200': GRAPHQL_DROP },
    },
    ANSWERED,
  );

  it('drops only a 2xx’s status', () => {
    expect(GRAPHQL_DROP?.gives).toEqual({ status: undefined });
  });

  it('throws SERVER_ERROR holding the response; its message is developer text, never what a person reads', async () => {
    const { value } = await settle(blockNumber(`${server().url}/plain-text`));
    expect(value).toMatchObject({
      code: 'SERVER_ERROR',
      shortMessage: 'server response 400 Bad Request',
      response: { statusCode: 400, statusMessage: 'Bad Request' },
      info: { responseBody: 'The start date must be before the end date.\n', responseStatus: '400 Bad Request' },
    });
    expect((value as Error).message).toMatch(/"requestUrl": "http:\/\/127\.0\.0\.1:\d+\/plain-text"/);
    expect((value as Error).message).toMatch(/code=SERVER_ERROR, version=6\.\d+\.\d+\)$/);
    expect(normalizeError(value, { now: NOW }).message).toBe('The start date must be before the end date.');
  });

  it('`send` throws the same error, read the same', async () => {
    const { threw, value } = await settle(
      once(connection(`${server().url}/validation-422`, noRetry), (provider) => provider.send('eth_blockNumber', [])),
    );
    expect(threw).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('validation-422', NOW));
  });

  it('a 2xx GraphQL body: BAD_DATA "missing response for request" holding the body', async () => {
    const { value } = await settle(blockNumber(`${server().url}/graphql-200`));
    expect(value).toMatchObject({
      code: 'BAD_DATA',
      shortMessage: 'missing response for request',
      value: [JSON.parse(scenario('graphql-200').body)],
      info: { payload: { method: 'eth_blockNumber', id: 1 } },
    });
  });

  it('a provider without a static network throws the same error for the call', async () => {
    // Its detection of the network fails beside the call, and says so on the console each second until destroyed.
    const quiet = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const provider = new JsonRpcProvider(connection(`${server().url}/json-error`, noRetry));
    const { threw, value } = await settle(provider.getBlockNumber());
    provider.destroy();
    quiet.mockRestore();
    expect(threw).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('json-error', NOW));
  });
});

describe('ethers: a redirect is followed, never handed over', () => {
  const hop = serveRedirect(() => `${server().url}/json-error`);

  it('the app gets the answer at the Location, read as that answer', async () => {
    const { threw, value } = await settle(blockNumber(`${hop()}/`));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ code: 'SERVER_ERROR', response: { statusCode: 402 } });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('json-error', NOW));
  });
});

/** Counts the attempts a request makes: `preflightFunc` runs before each (utils/fetch.js `#send`). */
function counted(): { setup: Setup; attempts: () => number } {
  let attempts = 0;
  return {
    setup: (request) => {
      request.preflightFunc = async (sent) => {
        attempts += 1;
        return sent;
      };
    },
    attempts: () => attempts,
  };
}

describe('ethers: a 429 through its own retries', () => {
  it('12 attempts by default (Retry-After read as ms), then its 599 holding the 429: read as the 429', async () => {
    const { setup, attempts } = counted();
    const { threw, value } = await settle(blockNumber(`${server().url}/rate-limited-429`, setup));
    expect(threw).toBe(true);
    expect(attempts()).toBe(12);
    expect(value).toMatchObject({
      code: 'SERVER_ERROR',
      shortMessage: 'exceeded maximum retry limit',
      response: {
        statusCode: 599,
        statusMessage: 'CLIENT ESCALATED SERVER ERROR (429 Too Many Requests; exceeded maximum retry limit)',
      },
    });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('rate-limited-429', NOW));
  });

  it('with `maxAttempts: 1`, one attempt and the same 599: read as the 429', async () => {
    const { setup, attempts } = counted();
    const single: Setup = (request) => request.setThrottleParams({ maxAttempts: 1 });
    const { value } = await settle(blockNumber(`${server().url}/plain-text-429`, setup, single));
    expect(attempts()).toBe(1);
    expect(value).toMatchObject({ response: { statusCode: 599 } });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('plain-text-429', NOW));
  });

  it('the 599 a `FetchRequest` resolves with reads as the 429 too', async () => {
    const request = connection(`${server().url}/plain-text-429`, (sent) => sent.setThrottleParams({ maxAttempts: 1 }));
    const response = await request.send();
    expect(response.statusCode).toBe(599);
    expectSameModel(normalizeError(response, { now: NOW }), rawModel('plain-text-429', NOW));
  });
});

// JSON-RPC node providers' and nodes' own error bodies from the conformance corpus, as recorded (the `id` too: ethers
// answers a call only with the body's answer of its request's `id`).
const providerCases = [
  // Not 2xx: SERVER_ERROR with the response, whatever the body.
  'alchemy/compute-units-exceeded-429',
  'alchemy/monthly-capacity-exceeded-403',
  'infura/daily-credit-limit-402',
  'infura/key-throughput-limit-429',
  'quicknode/rps-over-plan-429',
  'ankr/api-key-not-allowed-403-text',
  'deribit/invalid-params-instrument-name-400',
  // Typed JSON and not JSON (viem throws these without the response): ethers never parses a body that is not 2xx.
  'strava/not-found-empty-body-404',
  'bigcommerce/rate-limit-reset-ms-429',
  'close/forbidden-word-labelled-json-403',
  // JSON-RPC errors on a 200 answering id 1, the first call's: UNKNOWN_ERROR holding the error object.
  'geth/invalid-request-bad-version-200',
  'nethermind/method-not-supported-200',
  // Answering another id (2, 952, the string "1", null, none) or in a list: BAD_DATA holding the body.
  'geth/method-not-found-200',
  'geth/method-handler-crashed-200',
  'nethermind/internal-error-stack-trace-200',
  'json-rpc/method-not-found',
  'json-rpc/invalid-request',
  'odoo/session-expired-200',
  'geotab/over-limit-200-retry-after',
  'geth/batch-too-large-array-200',
].map((id) => caseScenario(id));

const providers = serveBySegment(providerCases);

/** What ethers drops of a provider's case: a 2xx's status and headers (its body it keeps, or its error object). */
function providerDrops(sent: Scenario): Dropped | undefined {
  if (sent.status >= 300) return undefined;
  const body = parsedBody(sent) as { id?: unknown; error?: unknown };
  const answered = !Array.isArray(body) && body.id === 1;
  return answered
    ? droppedBetween(rawModel(sent, NOW), bodyModel({ jsonrpc: '2.0', error: body.error }), RPC_WHY)
    : droppedBetween(rawModel(sent, NOW), bodyModel(body), BODY_WHY);
}

describe('ethers: JSON-RPC providers’ error bodies read as the raw response, but for what it drops', () => {
  it.each(providerCases.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(blockNumber(providers.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), providerDrops(sent));
  });

  it('drops a 2xx’s status, and the Retry-After beside it', () => {
    const geotab = providerCases.find((sent) => sent.name === 'geotab/over-limit-200-retry-after');
    expect(geotab && providerDrops(geotab)?.gives).toEqual({ status: undefined, retryAt: undefined });
  });

  it('the answer to the call’s id throws the error of its code, another’s BAD_DATA: both read alike', async () => {
    const sent = caseScenario('geth/method-not-found-200');
    const thrown = await once(connection(providers.urlOf(sent), noRetry), async (provider) => [
      (await settle(provider.send('eth_blockNumber', []))).value,
      // The second call's id is 2, the one the body answers.
      (await settle(provider.send('eth_blockNumber', []))).value,
    ]);
    expect(thrown).toMatchObject([
      { code: 'BAD_DATA', value: [JSON.parse(sent.body)] },
      { code: 'UNSUPPORTED_OPERATION', info: { error: JSON.parse(sent.body).error, payload: { id: 2 } } },
    ]);
    for (const value of thrown as unknown[])
      expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), providerDrops(sent));
  });

  it('UNKNOWN_ERROR keeps the node’s error object in `error`', async () => {
    const sent = caseScenario('nethermind/method-not-supported-200');
    const { value } = await settle(blockNumber(providers.urlOf(sent)));
    expect(value).toMatchObject({ code: 'UNKNOWN_ERROR', error: JSON.parse(sent.body).error });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'not-found', code: '-32601' });
  });

  it('a contract call’s CALL_EXCEPTION reads as the node’s error', async () => {
    const sent = caseScenario('geth/invalid-request-bad-version-200');
    const address = '0x0000000000000000000000000000000000000001';
    const { threw, value } = await settle(
      once(connection(providers.urlOf(sent), noRetry), (provider) =>
        new Contract(address, ['function balanceOf(address) view returns (uint256)'], provider).getFunction(
          'balanceOf',
        )(address),
      ),
    );
    expect(threw).toBe(true);
    expect(value).toMatchObject({ code: 'CALL_EXCEPTION', info: { error: JSON.parse(sent.body).error } });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), providerDrops(sent));
  });
});

// A 2xx that is not JSON (a text answer, a site's outage page on a 200), from the corpus.
const notJson = ['finnhub/wrong-resolution-200-text', 'isir/outage-page-200-html'].map((id) => caseScenario(id));
const pages = serveBySegment(notJson);

describe('ethers: a 2xx that is not JSON keeps the response', () => {
  it.each(notJson.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(blockNumber(pages.urlOf(sent)));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ code: 'UNSUPPORTED_OPERATION', info: { response: { statusCode: 200 } } });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('ethers: a FetchRequest an app sends itself', () => {
  itAgreesWithTheRawResponse(
    server,
    {
      // `assertOk()` throws the SERVER_ERROR a provider throws; a 2xx resolves the `FetchResponse`.
      request: async (url) => {
        const response = await connection(url, noRetry).send();
        response.assertOk();
        return response;
      },
    },
    ANSWERED,
  );
});

/** The call of a provider destroyed while it is in flight: from its request's `preflightFunc`, just before it goes. */
function destroyedInFlight(url: string, ...setups: Setup[]): Promise<unknown> {
  const destroying: Setup = (request) => {
    request.preflightFunc = async (sent) => {
      provider.destroy();
      return sent;
    };
  };
  const provider = new JsonRpcProvider(connection(url, ...setups, destroying), mainnet, { staticNetwork: mainnet });
  return provider.getBlockNumber();
}

describe('ethers: failures without a response, through a provider', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => blockNumber(url),
    // A provider takes no signal: `destroy()` ends the calls it has not sent.
    aborted: (url) => {
      const provider = new JsonRpcProvider(connection(url), mainnet, { staticNetwork: mainnet });
      const pending = provider.getBlockNumber();
      provider.destroy();
      return pending;
    },
    timedOut: (url) =>
      blockNumber(url, (request) => {
        request.timeout = 50;
      }),
  });

  it('a call in flight when the provider is destroyed: a 2xx answer is dropped, the call cancelled', async () => {
    const { threw, value } = await settle(destroyedInFlight(`${server().url}/graphql-200`));
    expect(threw).toBe(true);
    expect(value).toMatchObject({
      code: 'UNSUPPORTED_OPERATION',
      shortMessage: 'provider destroyed; cancelled request',
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'cancelled', format: 'abort' });
  });

  it('one whose answer fails still throws that failure, read as the response', async () => {
    const { value } = await settle(destroyedInFlight(`${server().url}/json-error`));
    expect(value).toMatchObject({ code: 'SERVER_ERROR' });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('json-error', NOW));
  });

  it('one that gets no answer waits for the request’s timeout: timeout', async () => {
    const { value } = await settle(
      destroyedInFlight(`${server().url}/slow`, (request) => {
        request.timeout = 50;
      }),
    );
    expect(value).toMatchObject({ code: 'TIMEOUT', shortMessage: 'request timeout' });
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });

  it('a 429 whose backoff outlasts the request’s timeout: TIMEOUT, nothing of the response', async () => {
    const sent = caseScenario('alchemy/compute-units-exceeded-429');
    // No Retry-After: before attempt n, a wait of 250 ms × a random number below 2^(n-1), and the time is checked
    // against the request's `timeout` before each attempt. With the default, five minutes, the first eleven waits add
    // up to about four minutes on average, so an app most often gets the 599 after minutes, and TIMEOUT otherwise;
    // with 100 ms, TIMEOUT at once.
    const { value } = await settle(
      blockNumber(providers.urlOf(sent), (request) => {
        request.timeout = 100;
      }),
    );
    expect(value).toMatchObject({ code: 'TIMEOUT', shortMessage: 'timeout', operation: 'request.send' });
    expect(value).not.toHaveProperty('response');
    const model = normalizeError(value, { now: NOW });
    expect(model.kind).toBe('timeout');
    expect(model.status).toBeUndefined();
  });
});

describe('ethers: failures without a response, through a FetchRequest', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => connection(url).send(),
    aborted: (url) => {
      const request = connection(url);
      const pending = request.send();
      request.cancel();
      return pending;
    },
    timedOut: (url) =>
      connection(url, (request) => {
        request.timeout = 50;
      }).send(),
  });
});

// ethers' browser build fetches with `fetch` (utils/geturl-browser.js), which a dApp's bundler picks by the `browser`
// field; Node's resolution picks utils/geturl.js. A request takes either as its `getUrlFunc`.
const browserGetUrl: FetchGetUrlFunc = createGetUrl();
const inBrowser: Setup = (request) => {
  request.getUrlFunc = browserGetUrl;
};

describe('ethers in a browser bundle (fetch): what a call throws reads as the raw response', () => {
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => blockNumber(url, noRetry, inBrowser),
      fails: () => true,
      drops: { 'graphql-200': GRAPHQL_DROP },
    },
    ANSWERED,
  );

  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => blockNumber(url, noRetry, inBrowser),
    aborted: (url) => {
      const request = connection(url, inBrowser);
      const pending = request.send();
      request.cancel();
      return pending;
    },
    timedOut: (url) =>
      blockNumber(url, inBrowser, (request) => {
        request.timeout = 50;
      }),
  });
});

describe('ethers: read by a normalizer that names it, or by one that does not', () => {
  const models = async (pending: Promise<unknown>): Promise<[named: ApiError, unnamed: ApiError]> => {
    const { value } = await settle(pending);
    return [
      createNormalizer({ clients: [ethersErrors] })(value, { now: NOW }),
      createNormalizer()(value, { now: NOW }),
    ];
  };

  it('the 599 of spent retries is read as the 429 only by a normalizer that names it', async () => {
    const [named, unnamed] = await models(
      blockNumber(`${server().url}/plain-text-429`, (request) => request.setThrottleParams({ maxAttempts: 1 })),
    );
    expect(named).toMatchObject({ kind: 'rate-limited', status: 429, message: 'Retry later' });
    expect(unnamed).toMatchObject({ status: 599 });
  });

  it('a timeout and a cancel are told only by a normalizer that names it', async () => {
    const timedOut = await models(
      blockNumber(`${server().url}/slow`, (request) => {
        request.timeout = 50;
      }),
    );
    const cancelled = await models(destroyedInFlight(`${server().url}/graphql-200`));
    expect([...timedOut, ...cancelled].map((model) => model.kind)).toEqual([
      'timeout',
      'unknown',
      'cancelled',
      'unknown',
    ]);
  });

  it('whatever it reads with, its developer text is never the message', async () => {
    for (const name of ['json-error', 'html-gateway', 'xml-s3', 'graphql-200', 'slow'])
      for (const model of await models(
        blockNumber(`${server().url}/${name}`, noRetry, (request) => {
          request.timeout = 200;
        }),
      ))
        expect(model.message).not.toMatch(/version=|code=|requestUrl|[<>]/);
  });

  it('another library’s error with the same code is left to the generic reading', () => {
    const other = Object.assign(new Error('request timeout'), { code: 'TIMEOUT', shortMessage: 'request timeout' });
    expect(ethersErrors.test?.(other)).toBe(false);
    const response = { statusCode: 599, statusMessage: 'Network Connect Timeout Error', headers: {}, body: '' };
    expect(ethersErrors.test?.(response)).toBe(false);
  });
});
