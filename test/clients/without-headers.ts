import { normalizeError, type ApiError } from '../../src';
import { droppedBetween, parsedBody, rawModel, type Dropped, type Scenario } from './harness';

/** The model of the same response without its headers: what an error that keeps none can say. */
export function withoutHeaders(sent: Scenario, now: number): ApiError {
  return normalizeError({ status: sent.status, headers: {}, body: parsedBody(sent) }, { now });
}

/**
 * What a client that keeps the status and body but no headers loses on a scenario: each compared
 * field only the headers decided (a retry time, a support id, a challenge's code, a redirect's
 * OAuth error), with the value left without them; undefined when the headers decided nothing.
 */
export function headersDropped(sent: Scenario, now: number, why: string): Dropped | undefined {
  return droppedBetween(rawModel(sent, now), withoutHeaders(sent, now), why);
}
