import { normalizeError } from '../../../src';
import { FIXED, formatFixtures } from '../../fixtures/formats';

/** The format fixture of that name (test/fixtures/formats/). */
export const fixture = (name: string) => {
  const found = formatFixtures.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture named ${name}`);
  return found;
};
/** That fixture's response, normalized on the fixtures' clock. */
export const normalize = (name: string) => {
  const f = fixture(name);
  return normalizeError({ status: f.status, headers: f.headers ?? {}, body: f.body }, { now: FIXED });
};
