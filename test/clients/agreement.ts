import { expect, it } from 'vitest';
import { normalizeError, type ApiError } from '../../src';
import {
  expectSameModel,
  NOW,
  rawModel,
  scenarios,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
  type ScenarioServer,
} from './harness';

/** One client as an app uses it: the call, what the app hands the kit, and what the client itself loses. */
export interface ClientUnderTest {
  /**
   * The call an app makes for `url`; the test takes what it throws or, for a response the client does not fail, what
   * it resolves with.
   */
  request(url: string): Promise<unknown>;
  /** What the app passes to the kit. @default the value as it came */
  pass?(value: unknown): unknown;
  /** How the app reads it. @default normalizeError */
  read?(value: unknown): ApiError | Promise<ApiError>;
  /** Whether the client fails the call (throws or rejects) on this response. @default a status outside 2xx */
  fails?(scenario: Scenario): boolean;
  /** What the client itself drops, per scenario, and why. */
  drops?: Partial<Record<ScenarioName, Dropped>>;
}

const notOk = (scenario: Scenario): boolean => scenario.status < 200 || scenario.status > 299;

/** A thrown value for an assertion's message; `String()` throws on a Proxy with no `toString` (Kiota's models). */
const said = (value: unknown): string => {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
};

/**
 * For every scenario (or the ones given): the client's model equals the raw response's, but for what the client
 * drops.
 */
export function itAgreesWithTheRawResponse(
  server: () => ScenarioServer,
  client: ClientUnderTest,
  only: readonly Scenario[] = scenarios,
): void {
  it.each(only.map((scenario) => [scenario.name, scenario] as const))('%s', async (name, scenario) => {
    const { threw, value } = await settle(client.request(`${server().url}/${name}`));
    expect(threw, threw ? said(value) : 'resolved').toBe((client.fails ?? notOk)(scenario));
    const passed = client.pass ? client.pass(value) : value;
    const model = client.read ? await client.read(passed) : normalizeError(passed, { now: NOW });
    expectSameModel(model, rawModel(scenario, NOW), client.drops?.[scenario.name as ScenarioName]);
  });
}

/** The calls that fail without a response, each made as the client's own API makes it. */
export interface TransportCalls {
  /** The call to a URL where the connection is refused. */
  refused(url: string): Promise<unknown>;
  /** The call to an endpoint that never answers, aborted by the app (its signal or the client's abort method). */
  aborted(url: string): Promise<unknown>;
  /** The call to an endpoint that never answers, with the client's own timeout option. */
  timedOut?(url: string): Promise<unknown>;
  /** Where the client cannot tell its timeout from an abort: the kind it gives, and why. */
  timeoutGives?: { kind: ApiError['kind']; why: string };
}

/** Connection refused is `network`, an aborted call `cancelled`, the client's own timeout `timeout`. */
export function itTellsTransportFailures(
  server: () => ScenarioServer,
  refusedUrl: () => Promise<string>,
  calls: TransportCalls,
): void {
  const failure = async (pending: Promise<unknown>): Promise<ApiError> => {
    const { threw, value } = await settle(pending);
    expect(threw, 'the call must fail').toBe(true);
    return normalizeError(value, { now: NOW });
  };
  it('connection refused is network', async () => {
    expect(await failure(calls.refused(await refusedUrl()))).toMatchObject({ kind: 'network', format: 'network' });
  });
  it('an aborted call is cancelled', async () => {
    expect(await failure(calls.aborted(`${server().url}/slow`))).toMatchObject({ kind: 'cancelled', format: 'abort' });
  });
  const { timedOut, timeoutGives } = calls;
  if (timedOut)
    it(
      timeoutGives
        ? `its own timeout comes back ${timeoutGives.kind}: ${timeoutGives.why}`
        : 'its own timeout is timeout',
      async () => {
        expect((await failure(timedOut(`${server().url}/slow`))).kind).toBe(timeoutGives?.kind ?? 'timeout');
      },
    );
}
