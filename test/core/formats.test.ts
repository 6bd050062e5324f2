import { describe, expect, it } from 'vitest';
import { formatFixtures } from '../fixtures/formats';
import { normalize } from './formats/fixture';

// What every format fixture must give. What each format reads is tested in ./formats/<format>.test.ts,
// next to its fixtures in test/fixtures/formats/<format>.ts.

const REASON_PHRASE =
  /^(?:\d{3} )?(?:bad request|unauthori[sz]ed|forbidden|not found|conflict|too many requests|internal server error|bad gateway|service unavailable|gateway timeout)\.?$/i;

describe('every format fixture', () => {
  it.each(formatFixtures.map((f) => [f.format, f.name] as const))('%s: %s is read by its format', (format, name) => {
    expect(normalize(name).format).toBe(format);
  });
  it.each(formatFixtures.map((f) => [f.format, f.name] as const))(
    '%s: %s has a plain message and title',
    (_format, name) => {
      const error = normalize(name);
      for (const text of [error.message, error.title]) {
        expect(text).not.toMatch(/<\/?[a-z!][^>]*>/i);
        expect(text).not.toMatch(/\n|^\s*at |\bat [\w$.]+ ?\(|Exception\b|\.java:\d/);
        expect(text).not.toMatch(/^\d+$/);
      }
      // Titles may be the kind's own heading ("Not found"); a message never just names the status.
      expect(error.message).not.toMatch(REASON_PHRASE);
      expect(error.message.length).toBeGreaterThan(0);
    },
  );
  it.each(formatFixtures.filter((f) => f.status).map((f) => [f.format, f.name, f.status!] as const))(
    '%s: %s keeps the response status',
    (_format, name, status) => {
      expect(normalize(name).status).toBe(status);
    },
  );
});
