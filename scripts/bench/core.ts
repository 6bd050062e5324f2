/**
 * Core section of `npm run bench`: per fixture format, the cost of `normalizeError` on an already
 * parsed body against `JSON.parse` of the same body text, in one run, interleaved. The ratio says
 * what normalizing adds on top of decoding the response: 1.0 means it costs as much as the parse.
 * The last rows time `createNormalizer()` (the structural reader, no format) the same way.
 */
import { createNormalizer, normalizeError, type Normalizer } from '../../src/index';
import { formatFixtures } from '../../test/fixtures/formats';
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

function pair(
  name: string,
  fixtures: readonly Fixture[],
  normalize: Normalizer = normalizeError,
): Pair & { bytes: number } {
  const wired = fixtures.map(wire);
  const texts = wired.map((w) => w.text);
  const inputs = fixtures.map((fixture, i) => ({
    status: fixture.status,
    headers: fixture.headers ?? {},
    body: wired[i]!.body,
  }));
  return {
    name,
    calls: fixtures.length,
    bytes: Math.round(texts.reduce((sum, text) => sum + text.length, 0) / texts.length),
    a: () => {
      for (let i = 0; i < texts.length; i++) sink = JSON.parse(texts[i]!);
    },
    b: () => {
      for (let i = 0; i < inputs.length; i++) sink = normalize(inputs[i]);
    },
  };
}

export async function run(options: MeasureOptions = {}): Promise<void> {
  const fixtures = [...seedFixtures, ...formatFixtures];
  const byFormat = new Map<string, Fixture[]>();
  for (const fixture of fixtures) byFormat.set(fixture.format, [...(byFormat.get(fixture.format) ?? []), fixture]);
  const pairs = [...byFormat].sort(([a], [b]) => a.localeCompare(b)).map(([format, list]) => pair(format, list));
  pairs.push(pair('(all fixtures)', fixtures));
  // The conformance corpus: real bodies the fixtures were not written from.
  const cases: Fixture[] = corpus.flatMap((c) =>
    c.response
      ? [
          {
            name: c.id,
            format: c.source,
            status: c.response.status,
            headers: c.response.headers,
            body: c.response.body ?? null,
            source: c.url,
          },
        ]
      : [],
  );
  pairs.push(pair('(conformance corpus)', cases));
  // The structural reader alone: what an app that names no format pays.
  const structural = createNormalizer();
  pairs.push(pair('(fixtures) no format', fixtures, structural), pair('(corpus) no format', cases, structural));

  const results = measurePairs(pairs, options);
  const rows = results.map((result, i) => [
    result.name,
    String(pairs[i]!.calls),
    String(pairs[i]!.bytes),
    result.a.toFixed(3),
    result.b.toFixed(3),
    result.ratio.toFixed(2),
  ]);
  console.log(
    `core: normalizeError vs JSON.parse, ${fixtures.length} fixtures, node ${process.version}, medians of ${options.rounds ?? 15} interleaved rounds`,
  );
  console.log(
    table(
      [
        ['format', 20, 'l'],
        ['n', 3, 'r'],
        ['avg bytes', 9, 'r'],
        ['µs JSON.parse', 13, 'r'],
        ['µs normalizeError', 17, 'r'],
        ['ratio', 6, 'r'],
      ],
      rows,
    ),
  );
  const perFormat = results.slice(0, -4);
  const under = perFormat.filter((result) => result.ratio <= 1).length;
  const [all, corpusAll, minimal, corpusMinimal] = results.slice(-4).map((result) => result.ratio.toFixed(2));
  console.log(`\n${under}/${perFormat.length} formats at or under 1.0`);
  console.log(
    `normalizeError: ${all} over the fixtures, ${corpusAll} over the corpus (targets: at most 10.05, 1.5 times the reader before issue 8; at most 4 in the pay-for-what-you-use issue)`,
  );
  console.log(
    `createNormalizer(), no format: ${minimal} over the fixtures, ${corpusMinimal} over the corpus (target: at most 2)`,
  );
  void sink;
}
