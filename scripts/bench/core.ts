/**
 * Core section of `npm run bench`: per fixture family, the cost of `normalizeError` on an already
 * parsed body against `JSON.parse` of the same body text, in one run, interleaved. The ratio says
 * what normalizing adds on top of decoding the response: 1.0 means it costs as much as the parse.
 */
import { normalizeError } from '../../src/index';
import type { Fixture } from '../../test/fixtures/types';
import { seedFixtures } from '../../test/fixtures/seeds';
import { corpus } from '../../test/conformance/corpus';
import { measurePairs, table, type MeasureOptions, type Pair } from './measure';

// Written to, so neither side's work can be optimised away.
let sink: unknown;

/**
 * The body as it came over the wire and as the app holds it after decoding. A text body that is
 * not JSON (HTML, XML, plain text, broken JSON) is timed against parsing it as a JSON string
 * literal: the same bytes through the same parser, so the baseline still scales with its size.
 */
function wire(fixture: Fixture): { text: string; body: unknown } {
  if (typeof fixture.body !== 'string') {
    const text = JSON.stringify(fixture.body) ?? 'null';
    return { text, body: JSON.parse(text) };
  }
  try {
    return { text: fixture.body, body: JSON.parse(fixture.body) };
  } catch {
    return { text: JSON.stringify(fixture.body), body: fixture.body };
  }
}

function pair(name: string, fixtures: readonly Fixture[]): Pair & { bytes: number } {
  const wired = fixtures.map(wire);
  const texts = wired.map((w) => w.text);
  const inputs = fixtures.map((fixture, i) => ({ status: fixture.status, headers: fixture.headers ?? {}, body: wired[i]!.body }));
  return {
    name,
    calls: fixtures.length,
    bytes: Math.round(texts.reduce((sum, text) => sum + text.length, 0) / texts.length),
    a: () => {
      for (let i = 0; i < texts.length; i++) sink = JSON.parse(texts[i]!);
    },
    b: () => {
      for (let i = 0; i < inputs.length; i++) sink = normalizeError(inputs[i]);
    },
  };
}

export async function run(options: MeasureOptions = {}): Promise<void> {
  // formats.ts is written by another contributor; the bench still runs on the seeds without it.
  const formats: Fixture[] = await import('../../test/fixtures/formats')
    .then((module: { formatFixtures?: Fixture[] }) => module.formatFixtures ?? [])
    .catch(() => []);
  const fixtures = [...seedFixtures, ...formats];
  const families = new Map<string, Fixture[]>();
  for (const fixture of fixtures) families.set(fixture.family, [...(families.get(fixture.family) ?? []), fixture]);
  const pairs = [...families].sort(([a], [b]) => a.localeCompare(b)).map(([family, list]) => pair(family, list));
  pairs.push(pair('(all fixtures)', fixtures));
  // The conformance corpus: real bodies the fixtures were not written from.
  const cases: Fixture[] = corpus.flatMap((c) => (c.response ? [{ name: c.id, family: c.source, status: c.response.status, headers: c.response.headers, body: c.response.body ?? null, source: c.url }] : []));
  pairs.push(pair('(conformance corpus)', cases));

  const results = measurePairs(pairs, options);
  const rows = results.map((result, i) => [
    result.name,
    String(pairs[i]!.calls),
    String(pairs[i]!.bytes),
    result.a.toFixed(3),
    result.b.toFixed(3),
    result.ratio.toFixed(2),
  ]);
  console.log(`core: normalizeError vs JSON.parse, ${fixtures.length} fixtures, node ${process.version}, medians of ${options.rounds ?? 15} interleaved rounds`);
  console.log(
    table(
      [['family', 20, 'l'], ['n', 3, 'r'], ['avg bytes', 9, 'r'], ['µs JSON.parse', 13, 'r'], ['µs normalizeError', 17, 'r'], ['ratio', 6, 'r']],
      rows,
    ),
  );
  const perFamily = results.slice(0, -2);
  const under = perFamily.filter((result) => result.ratio <= 1).length;
  console.log(`\n${under}/${perFamily.length} families at or under 1.0; overall ${results.at(-2)!.ratio.toFixed(2)} over the fixtures, ${results.at(-1)!.ratio.toFixed(2)} over the corpus`);
  void sink;
}
