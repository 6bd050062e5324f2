import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spokenDuration } from '../../src/react/duration';

/*
 * The spoken wait on runtimes without `Intl.DurationFormat` (Node 20, Safari before 16.4, Firefox
 * before 131): removed here when present, so this path is tested on every Node. The
 * `Intl.DurationFormat` path runs in Chromium, in the `German` story of RateLimitNotice.
 */
const intl = Intl as { DurationFormat?: unknown };
let durationFormat: unknown;
beforeEach(() => {
  durationFormat = intl.DurationFormat;
  delete intl.DurationFormat;
});
afterEach(() => {
  if (durationFormat) intl.DurationFormat = durationFormat;
});

/** `Intl` puts a no-break space before some units in some locales; people hear a space. */
const spoken = (seconds: number, locale: string) => spokenDuration(seconds, locale).replace(/\s/g, ' ');

describe('spokenDuration without Intl.DurationFormat', () => {
  it('says one and many in English: "1 minute", "2 minutes", "42 seconds"', () => {
    expect(spoken(60, 'en')).toBe('1 minute');
    expect(spoken(120, 'en')).toBe('2 minutes');
    expect(spoken(42, 'en')).toBe('42 seconds');
    expect(spoken(1, 'en')).toBe('1 second');
    expect(spoken(61, 'en')).toBe('1 minute, 1 second');
    expect(spoken(3725, 'en')).toBe('1 hour, 2 minutes, 5 seconds');
    expect(spoken(0, 'en')).toBe('0 seconds');
  });

  it('uses each locale’s plural forms, not English’s one/other', () => {
    // Polish: one, few, many.
    expect(spoken(60, 'pl')).toBe('1 minuta');
    expect(spoken(120, 'pl')).toBe('2 minuty');
    expect(spoken(300, 'pl')).toBe('5 minut');
    // German and French, with their own word for "and".
    expect(spoken(61, 'de')).toBe('1 Minute, 1 Sekunde');
    expect(spoken(42, 'de')).toBe('42 Sekunden');
    expect(spoken(90, 'fr')).toBe('1 minute et 30 secondes');
    // Arabic has a dual: "two minutes" is one word.
    expect(spoken(120, 'ar')).toBe('دقيقتان');
  });

  it('never throws and never says "NaN": a wait that is not a number of seconds is no wait', () => {
    for (const odd of [Number.NaN, -5, Number.POSITIVE_INFINITY]) expect(spoken(odd, 'en')).toBe('0 seconds');
    expect(spoken(42.9, 'en')).toBe('42 seconds');
  });

  it('still speaks on a runtime without Intl.ListFormat (Safari before 14.1)', () => {
    const runtime = Intl as { ListFormat?: unknown };
    const listFormat = runtime.ListFormat;
    delete runtime.ListFormat;
    try {
      expect(spoken(61, 'en')).toBe('1 minute 1 second');
    } finally {
      runtime.ListFormat = listFormat;
    }
  });
});
