import { createPublicClient, http, parseAbi, type HttpTransportConfig } from 'viem';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { viemErrors } from '../../src/clients';
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
import { caseScenario, serveBySegment } from './vendor';

// viem 2.58 (the Ethereum client under wagmi) over its HTTP transport, `createPublicClient({ transport: http(url) })`:
// every call POSTs a JSON-RPC request, and every failure throws (node_modules/viem/_esm/):
// - a response that is not ok and whose body is no JSON-RPC error: `HttpRequestError` (errors/request.js) with
//   `status`, `headers` (the fetch `Headers`), `url`, `body` (the request's, not the response's) and `details`, what
//   it kept of the body: a JSON body's `error` member as JSON, a body that is not JSON as a JSON string, the status
//   text for any other (utils/rpc/http.js);
// - a JSON-RPC error (`error.code` a number, `error.message` a string): `RpcRequestError` (`code`, `data`, `cause` the
//   body's `error` object), with `status` and `headers` only when the response was not ok (a 2xx one is made by
//   clients/transports/http.js from the result alone); `client.request` then replaces it by the `RpcError` of its code
//   (`InvalidParamsRpcError` -32602, `LimitExceededRpcError` -32005, …; errors/rpc.js) with it as `cause`, and keeps
//   it as it is for a code of no JSON-RPC meaning (a provider's 429, 402) (utils/buildRequest.js);
// - a 2xx that is no JSON-RPC response (a GraphQL body, a batch's array): `HttpRequestError` without a status, whose
//   `cause` is viem's own "Invalid JSON-RPC response" `Error`; connection refused: the same around fetch's `TypeError`;
// - its own `timeout` (10 s by default): `TimeoutError`; an app's `signal`: the signal's reason, an `AbortError`.
// Each message is developer text ("HTTP request failed.", "Status:", "URL:", "Request body:", "Details:", "Version:
// viem@2.58.8"), with `shortMessage`, `details` and `metaMessages` as members. It retries (`retryCount`, 3 by default,
// waiting out a `Retry-After`) a 403, 408, 413, 429, 5xx, -32005, -32603 or an error with no response: the tests
// turn that off, but for one.

const server = serveScenarios();

/** A client as an app makes one, without retries, and not following a redirect (the OAuth one points off this host). */
const clientOf = (url: string, config: HttpTransportConfig = {}) =>
  createPublicClient({ transport: http(url, { retryCount: 0, fetchOptions: { redirect: 'manual' }, ...config }) });

const blockNumber = (url: string, config?: HttpTransportConfig) =>
  clientOf(url, config).request({ method: 'eth_blockNumber' });

/**
 * What viem keeps of a body that is not ok and no JSON-RPC error: what `JSON.parse` makes of it (`{}` when empty), its
 * `error` member alone; a text that does not parse, whole.
 */
function keptBody({ body }: Scenario): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body || '{}');
  } catch {
    return body;
  }
  const { error } = parsed as { error?: unknown };
  return error === undefined ? undefined : { error };
}

const KEPT_WHY =
  'an HttpRequestError keeps of the body only its `error` member (the status text for a body without one), in ' +
  '`details`';

/** The model of a failure that keeps nothing of the response. */
const NOTHING = normalizeError(null, { now: NOW });
const NOT_JSON_RPC_WHY =
  'a 2xx that is no JSON-RPC response throws an HttpRequestError of viem’s own words, without the response';

const scenarioDrops: Partial<Record<ScenarioName, Dropped>> = {
  ...Object.fromEntries(
    failures.flatMap((sent) => {
      const kept = normalizeError({ status: sent.status, headers: sent.headers, body: keptBody(sent) }, { now: NOW });
      const dropped = droppedBetween(rawModel(sent, NOW), kept, KEPT_WHY);
      return dropped ? [[sent.name, dropped]] : [];
    }),
  ),
  'graphql-200': droppedBetween(rawModel('graphql-200', NOW), NOTHING, NOT_JSON_RPC_WHY),
};

describe('viem: what `client.request` throws reads as the raw response, but for what it drops', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => blockNumber(url),
    // A 2xx that is no JSON-RPC response fails too.
    fails: () => true,
    drops: scenarioDrops,
  });

  it('drops only the bodies said: a JSON body without `error`, and the rest of one with it', () => {
    expect(Object.keys(scenarioDrops).sort()).toEqual([
      'graphql-200',
      'problem-errors',
      'problem-invalid-params',
      'unavailable-503',
      'validation-422',
    ]);
  });

  it('its message is developer text, never what the person reads; its `body` is the request', async () => {
    const { value } = await settle(blockNumber(`${server().url}/plain-text`));
    expect(value).toMatchObject({
      name: 'HttpRequestError',
      shortMessage: 'HTTP request failed.',
      status: 400,
      details: JSON.stringify('The start date must be before the end date.\n'),
      body: { method: 'eth_blockNumber' },
      version: expect.stringMatching(/^2\.\d+\.\d+$/),
    });
    expect((value as Error).message).toMatch(/^URL: http:\/\/127\.0\.0\.1:\d+\/plain-text$/m);
    expect((value as Error).message).toMatch(/^Version: viem@2\.\d+\.\d+$/m);
    expect(normalizeError(value, { now: NOW }).message).toBe('The start date must be before the end date.');
  });

  it('`getBlockNumber` throws the same error, read the same', async () => {
    const { threw, value } = await settle(clientOf(`${server().url}/rate-limited-429`).getBlockNumber());
    expect(threw).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('rate-limited-429', NOW));
  });

  it('with its default retries, the error after the last one reads as the response', async () => {
    let sent = 0;
    const client = createPublicClient({
      transport: http(`${server().url}/html-gateway`, {
        onFetchRequest: () => {
          sent += 1;
        },
      }),
    });
    const { threw, value } = await settle(client.request({ method: 'eth_blockNumber' }));
    expect(threw).toBe(true);
    // The first request and three retries (150, 300 and 600 ms apart).
    expect(sent).toBe(4);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('html-gateway', NOW));
  });
});

// JSON-RPC node providers' and nodes' own error bodies from the conformance corpus, as recorded (the JSON-RPC spec's
// and Deribit's show no Content-Type: viem parses a body that is not typed JSON when it parses).
const providerCases = [
  // 429 with `error.code` 429: no JSON-RPC code, so the RpcRequestError itself, with the status and headers.
  'alchemy/compute-units-exceeded-429',
  // 403 with -32600: `InvalidRequestRpcError` around it.
  'alchemy/monthly-capacity-exceeded-403',
  'infura/daily-credit-limit-402',
  'infura/key-throughput-limit-429',
  // 400 with -32602 and the parameter in `data`: `InvalidParamsRpcError`.
  'deribit/invalid-params-instrument-name-400',
  'deribit/unauthorized-13009-401',
  // JSON-RPC errors on a 200: `MethodNotFoundRpcError`, `InternalRpcError`, `InvalidInputRpcError` (-32000).
  'geth/method-not-found-200',
  'geth/method-handler-crashed-200',
  'nethermind/internal-error-stack-trace-200',
  'json-rpc/method-not-found',
  'odoo/session-expired-200',
  'geotab/over-limit-200-retry-after',
  // A 200 whose body is an array of one error: no JSON-RPC response to a single request.
  'geth/batch-too-large-array-200',
].map((id) => caseScenario(id));

const providers = serveBySegment(providerCases);

const OK_WHY =
  'a JSON-RPC error in a 2xx is made into an RpcRequestError from the result alone: no status, no headers (a ' +
  '`Retry-After` beside it is lost)';

/** What viem drops of a provider's case: a 2xx's status and headers; all of a 2xx that is no JSON-RPC response. */
function providerDrops(sent: Scenario): Dropped | undefined {
  if (sent.status >= 300) return undefined;
  const body: unknown = JSON.parse(sent.body);
  if (Array.isArray(body)) return droppedBetween(rawModel(sent, NOW), NOTHING, NOT_JSON_RPC_WHY);
  return droppedBetween(rawModel(sent, NOW), normalizeError({ headers: {}, body }, { now: NOW }), OK_WHY);
}

describe('viem: JSON-RPC providers’ error bodies read as the raw response, but for what it drops', () => {
  it.each(providerCases.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(blockNumber(providers.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), providerDrops(sent));
  });

  it('drops a 2xx’s status, and the Retry-After beside it', () => {
    const geotab = providerCases.find((sent) => sent.name === 'geotab/over-limit-200-retry-after');
    expect(geotab && providerDrops(geotab)?.gives).toEqual({ status: undefined, retryAt: undefined });
  });

  it('a -32602 keeps its code and the parameter in `data`: a field error', async () => {
    const sent = caseScenario('deribit/invalid-params-instrument-name-400');
    const { value } = await settle(blockNumber(providers.urlOf(sent)));
    expect(value).toMatchObject({ name: 'InvalidParamsRpcError', code: -32602, cause: { status: 400 } });
    expect(normalizeError(value, { now: NOW })).toMatchObject({
      kind: 'validation',
      status: 400,
      code: '-32602',
      fieldErrors: [{ field: 'instrument_name', message: 'Wrong format' }],
    });
  });

  it('with `batch: true`, the array of one error answers the request: read but for the status', async () => {
    const sent = caseScenario('geth/batch-too-large-array-200');
    const { value } = await settle(blockNumber(providers.urlOf(sent), { batch: true }));
    expect(value).toMatchObject({ name: 'InvalidRequestRpcError', code: -32600 });
    const [envelope] = JSON.parse(sent.body) as unknown[];
    const kept = normalizeError({ headers: {}, body: envelope }, { now: NOW });
    expectSameModel(
      normalizeError(value, { now: NOW }),
      rawModel(sent, NOW),
      droppedBetween(rawModel(sent, NOW), kept, OK_WHY),
    );
  });

  it('an action’s error around it (`readContract`, `call`) reads as the response', async () => {
    const sent = caseScenario('alchemy/compute-units-exceeded-429');
    const client = clientOf(providers.urlOf(sent));
    const address = '0x0000000000000000000000000000000000000001';
    const abi = parseAbi(['function balanceOf(address) view returns (uint256)']);
    const calls = [
      client.readContract({ address, abi, functionName: 'balanceOf', args: [address] }),
      client.call({ to: address, data: '0x70a08231' }),
    ];
    const names: string[] = [];
    for (const pending of calls) {
      const { threw, value } = await settle(pending);
      expect(threw).toBe(true);
      names.push((value as Error).name);
      expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
    }
    expect(names).toEqual(['ContractFunctionExecutionError', 'CallExecutionError']);
  });
});

// Responses typed JSON whose body is not (an empty 404 recorded by a VCR cassette, a docs' headers-only 429, a bare
// word): viem's `JSON.parse` throws inside its fetch, so it throws an HttpRequestError around that SyntaxError with
// no status and no headers.
const mislabelled = [
  'strava/not-found-empty-body-404',
  'bigcommerce/rate-limit-reset-ms-429',
  'close/forbidden-word-labelled-json-403',
].map((id) => caseScenario(id));

const gateways = serveBySegment(mislabelled);

describe('viem: a body typed JSON that is not JSON keeps nothing of the response', () => {
  it.each(mislabelled.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(blockNumber(gateways.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(value).toMatchObject({ name: 'HttpRequestError', status: undefined, cause: { name: 'SyntaxError' } });
    const why = 'viem parses a body typed `application/json` inside its fetch, and throws without the response';
    expectSameModel(
      normalizeError(value, { now: NOW }),
      rawModel(sent, NOW),
      droppedBetween(rawModel(sent, NOW), NOTHING, why),
    );
  });
});

describe('viem: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => blockNumber(url),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = clientOf(url).request({ method: 'eth_blockNumber' }, { signal: controller.signal });
      controller.abort();
      return pending;
    },
    timedOut: (url) => blockNumber(url, { timeout: 50 }),
  });
});

describe('viem: read by a normalizer that names it, or by one that does not', () => {
  const models = async (name: string): Promise<[named: ApiError, unnamed: ApiError]> => {
    const { value } = await settle(blockNumber(`${server().url}/${name}`));
    return [createNormalizer({ clients: [viemErrors] })(value, { now: NOW }), createNormalizer()(value, { now: NOW })];
  };

  it('the body it keeps in `details` is read only by a normalizer that names it', async () => {
    const [named, unnamed] = await models('json-error');
    expect(named).toMatchObject({ code: 'card_declined', message: 'Your card has insufficient funds.' });
    // Without it: the status and headers, and a default sentence.
    expect(unnamed).toMatchObject({ kind: 'bad-request', status: 402, messageSource: 'default' });
    expect(unnamed.code).toBeUndefined();
  });

  it('whatever it reads with, its developer text is never the message', async () => {
    for (const name of ['json-error', 'html-gateway', 'xml-s3', 'graphql-200'])
      for (const model of await models(name)) expect(model.message).not.toMatch(/viem@|Request body|URL:|[<>]/);
  });

  it('another library’s error of the same name is left to the generic reading', () => {
    const other = Object.assign(new Error('HTTP request failed.'), {
      name: 'HttpRequestError',
      status: 400,
      headers: {},
      details: '"not a body"',
    });
    expect(viemErrors.read(other, () => ({ header: () => undefined }))).toBeUndefined();
  });
});
