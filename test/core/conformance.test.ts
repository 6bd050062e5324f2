import { describe, expect, it } from 'vitest';
import { corpus } from '../conformance/corpus';
import { judge, MIN_CASES, MIN_SOURCES, modelOf, PASS_BAR } from '../conformance/run';
import { check } from '../conformance/validate';

// The corpus as part of `npm test`, so a change to the reader meets it before CI does. `npm run
// conformance` prints each failure and the figures by dimension.
describe('the conformance corpus', () => {
  it(`holds at least ${MIN_CASES} well-formed cases from ${MIN_SOURCES} sources`, () => {
    expect(check(corpus)).toEqual([]);
    expect(corpus.length).toBeGreaterThanOrEqual(MIN_CASES);
    expect(new Set(corpus.map((c) => c.source)).size).toBeGreaterThanOrEqual(MIN_SOURCES);
  });
  // Over five thousand bodies read one by one: a few seconds on a quiet machine, more beside other work. What it checks
  // is the share read right, never the time (`npm run bench` measures that), so it may take as long as it needs.
  it(`is read right at least ${PASS_BAR * 100}% of the time`, { timeout: 120_000 }, async () => {
    const failed: string[] = [];
    for (const c of corpus) {
      const verdict = judge(c, await modelOf(c));
      const wrong = Object.values(verdict).filter(Boolean);
      if (wrong.length) failed.push(`${c.id}: ${wrong.join('; ')}`);
    }
    const share = 1 - failed.length / corpus.length;
    expect(share, failed.join('\n')).toBeGreaterThanOrEqual(PASS_BAR);
  });
});
