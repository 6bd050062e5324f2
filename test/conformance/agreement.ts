/**
 * How well the written rules decide a case: a sample of the corpus read a second time, blind (the second reader saw
 * the rules and the responses, never the first reader's expectations nor the kit's answers), compared with the
 * corpus's own expectations dimension by dimension. Where two careful readers of the same rules disagree, a rule is
 * unclear, and a figure the kit is held to there measures the rules as much as the reader. The kit is also judged by
 * the second reading, so the conformance figure can be set beside one the first reader did not write.
 *
 * `npm run conformance -- --agreement` prints each disagreement, then per sample
 * `agreement (sample): A/N cases read alike (kind …, message …, fields …, retry …, logId …, code …); the kit passes K/N
 * by the second reading, F/N by the first`.
 */
import { corpus } from './corpus';
import { waiting } from './waiting';
import { judge, modelOf } from './run';
import { DEFAULT, type ConformanceCase } from './types';
import secondReading from './agreement/second-reading';
import secondReadingOfHoldouts from './agreement/second-reading-holdouts';
import secondReadingOfNewer from './agreement/second-reading-newer';
import secondReadingOfLatest from './agreement/second-reading-latest';
import secondReadingOf26 from './agreement/second-reading-26';
import secondReadingOf27 from './agreement/second-reading-27';
import secondReadingOf28 from './agreement/second-reading-28';
import secondReadingOf29 from './agreement/second-reading-29';
import secondReadingOf30 from './agreement/second-reading-30';
import secondReadingOf32 from './agreement/second-reading-32';
import secondReadingOf34 from './agreement/second-reading-34';
import secondReadingOf35 from './agreement/second-reading-35';
import secondReadingOf37 from './agreement/second-reading-37';
import secondReadingOf38 from './agreement/second-reading-38';
import secondReadingOf39 from './agreement/second-reading-39';
import secondReadingOf40 from './agreement/second-reading-40';
import secondReadingOf41 from './agreement/second-reading-41';
import secondReadingOf42 from './agreement/second-reading-42';
import secondReadingOf43 from './agreement/second-reading-43';
import secondReadingOf44 from './agreement/second-reading-44';
import secondReadingOf45 from './agreement/second-reading-45';
import secondReadingOf46 from './agreement/second-reading-46';
import secondReadingOf47 from './agreement/second-reading-47';
import secondReadingOf48 from './agreement/second-reading-48';
import secondReadingOf49 from './agreement/second-reading-49';
import secondReadingOf50 from './agreement/second-reading-50';
import secondReadingOf51 from './agreement/second-reading-51';
import secondReadingOf52 from './agreement/second-reading-52';
import secondReadingOf54 from './agreement/second-reading-54';
import secondReadingOf55 from './agreement/second-reading-55';
import secondReadingOf56 from './agreement/second-reading-56';
import secondReadingOf57 from './agreement/second-reading-57';
import secondReadingOf59 from './agreement/second-reading-59';
import secondReadingOf60 from './agreement/second-reading-60';
import secondReadingOf61 from './agreement/second-reading-61';
import secondReadingOf62 from './agreement/second-reading-62';
import secondReadingOf63 from './agreement/second-reading-63';
import secondReadingOf64 from './agreement/second-reading-64';
import secondReadingOf65 from './agreement/second-reading-65';
import secondReadingOf66 from './agreement/second-reading-66';
import secondReadingOf67 from './agreement/second-reading-67';
import secondReadingOf68 from './agreement/second-reading-68';
import secondReadingOf69 from './agreement/second-reading-69';
import secondReadingOf70 from './agreement/second-reading-70';
import secondReadingOf71 from './agreement/second-reading-71';
import secondReadingOf72 from './agreement/second-reading-72';
import secondReadingOf73 from './agreement/second-reading-73';
import secondReadingOf74 from './agreement/second-reading-74';
import secondReadingOf75 from './agreement/second-reading-75';
import secondReadingOf76 from './agreement/second-reading-76';
import secondReadingOf77 from './agreement/second-reading-77';
import secondReadingOf78 from './agreement/second-reading-78';
import secondReadingOf79 from './agreement/second-reading-79';
import secondReadingOf80 from './agreement/second-reading-80';
import secondReadingOf81 from './agreement/second-reading-81';
import secondReadingOf82 from './agreement/second-reading-82';
import secondReadingOf83 from './agreement/second-reading-83';
import secondReadingOf84 from './agreement/second-reading-84';
import secondReadingOf85 from './agreement/second-reading-85';
import secondReadingOf86 from './agreement/second-reading-86';
import secondReadingOf87 from './agreement/second-reading-87';
import secondReadingOf88 from './agreement/second-reading-88';
import secondReadingOf89 from './agreement/second-reading-89';
import secondReadingOf90 from './agreement/second-reading-90';
import secondReadingOf91 from './agreement/second-reading-91';
import secondReadingOf92 from './agreement/second-reading-92';
import secondReadingOf93 from './agreement/second-reading-93';
import secondReadingOf94 from './agreement/second-reading-94';
import secondReadingOf95 from './agreement/second-reading-95';
import secondReadingOf96 from './agreement/second-reading-96';
import secondReadingOf97 from './agreement/second-reading-97';
import secondReadingOf98 from './agreement/second-reading-98';
import secondReadingOf99 from './agreement/second-reading-99';
import secondReadingOf100 from './agreement/second-reading-100';
import secondReadingOf101 from './agreement/second-reading-101';
import secondReadingOf102 from './agreement/second-reading-102';
import secondReadingOf103 from './agreement/second-reading-103';
import secondReadingOf104 from './agreement/second-reading-104';
import secondReadingOf105 from './agreement/second-reading-105';
import secondReadingOf106 from './agreement/second-reading-106';
import secondReadingOf107 from './agreement/second-reading-107';
import secondReadingOf108 from './agreement/second-reading-108';
import secondReadingOf109 from './agreement/second-reading-109';
import secondReadingOf110 from './agreement/second-reading-110';
import secondReadingOf111 from './agreement/second-reading-111';
import secondReadingOf112 from './agreement/second-reading-112';

/** The samples read twice: each is reported on its own line, as they were drawn from different parts of the corpus. */
const SAMPLES: ReadonlyArray<readonly [string, readonly Reading[]]> = [
  ['every sixteenth case, 3 December', secondReading],
  ['every fifth case of the fifteenth to eighteenth holdouts, 4 December', secondReadingOfHoldouts],
  [
    'every fourth case of parts Y, V and Z and the twentieth and twenty-first holdouts, 4 December',
    secondReadingOfNewer,
  ],
  ['every third case of the twenty-fourth and twenty-fifth holdouts, 4 December', secondReadingOfLatest],
  ['every third case of the twenty-sixth holdout’s six parts, four waiting in pending/, 5 December', secondReadingOf26],
  [
    'every third case of the twenty-seventh holdout’s seven parts, three waiting in pending/, 5 December',
    secondReadingOf27,
  ],
  [
    'every third case of the twenty-eighth holdout’s seven parts, four waiting in pending/, 5 December',
    secondReadingOf28,
  ],
  [
    'every third case of the twenty-ninth holdout’s seven parts, five waiting in pending/, 5 December',
    secondReadingOf29,
  ],
  ['every third case of the thirtieth holdout’s seven parts, two waiting in pending/, 5 December', secondReadingOf30],
  [
    'every third case of the thirty-second holdout’s nine parts, five waiting in pending/, 5 December',
    secondReadingOf32,
  ],
  [
    'every third case of the thirty-fourth holdout’s eight parts, four waiting in pending/, 5 December',
    secondReadingOf34,
  ],
  ['every third case of the thirty-fifth holdout’s six parts, one waiting in pending/, 5 December', secondReadingOf35],
  [
    'every third case of the thirty-seventh holdout’s nine parts, two waiting in pending/, 5 December',
    secondReadingOf37,
  ],
  [
    'every third case of the thirty-eighth holdout’s four parts, one waiting in pending/, 5 December',
    secondReadingOf38,
  ],
  ['every third case of the thirty-ninth holdout’s two parts, one waiting in pending/, 5 December', secondReadingOf39],
  ['every third case of the fortieth holdout’s eight parts, three waiting in pending/, 5 December', secondReadingOf40],
  ['every third case of the forty-first holdout’s five parts, 5 December', secondReadingOf41],
  ['every third case of the forty-second holdout’s six parts, 6 December', secondReadingOf42],
  ['every third case of the forty-third holdout’s six parts, 6 December', secondReadingOf43],
  ['every third case of the forty-fourth holdout’s four parts, 6 December', secondReadingOf44],
  ['every third case of the forty-fifth holdout’s two parts, 6 December', secondReadingOf45],
  ['every third case of the forty-sixth holdout’s six parts, 6 December', secondReadingOf46],
  ['every third case of the forty-seventh holdout’s six parts, 6 December', secondReadingOf47],
  ['every third case of the forty-eighth holdout’s five parts, 6 December', secondReadingOf48],
  ['every third case of the forty-ninth holdout’s one part, 6 December', secondReadingOf49],
  ['every third case of the fiftieth holdout’s six parts, 6 December', secondReadingOf50],
  ['every third case of the fifty-first holdout’s six parts, 6 December', secondReadingOf51],
  ['every third case of the fifty-second holdout’s five parts, 6 December', secondReadingOf52],
  ['every third case of the fifty-third holdout’s part and the fifty-fourth’s eight, 6 December', secondReadingOf54],
  ['every third case of the fifty-fifth holdout’s eight parts, 6 December', secondReadingOf55],
  ['every third case of the fifty-sixth holdout’s four parts, 6 December', secondReadingOf56],
  ['every third case of the fifty-seventh holdout’s six parts, 6 December', secondReadingOf57],
  [
    'every third case of the fifty-ninth holdout’s five parts, three waiting in pending/, 6 December',
    secondReadingOf59,
  ],
  ['every third case of the sixtieth holdout’s four parts, two waiting in pending/, 6 December', secondReadingOf60],
  [
    'every third case of the sixty-first holdout’s four parts, three waiting in pending/, 6 December',
    secondReadingOf61,
  ],
  ['every third case of the sixty-second holdout’s two parts, one waiting in pending/, 6 December', secondReadingOf62],
  ['every third case of the sixty-third holdout’s three parts, all waiting in pending/, 6 December', secondReadingOf63],
  [
    'every third case of the sixty-fourth holdout’s six parts, three waiting in pending/, 6 December',
    secondReadingOf64,
  ],
  ['every third case of the sixty-fifth holdout’s five parts, all waiting in pending/, 6 December', secondReadingOf65],
  ['every third case of the sixty-sixth holdout’s five parts, all waiting in pending/, 6 December', secondReadingOf66],
  [
    'every third case of the sixty-seventh holdout’s five parts, three waiting in pending/, 6 December',
    secondReadingOf67,
  ],
  ['every third case of the sixty-eighth holdout’s six parts, five waiting in pending/, 6 December', secondReadingOf68],
  ['every third case of the sixty-ninth holdout’s five parts, 6 December', secondReadingOf69],
  ['every third case of the seventieth holdout’s five parts, 6 December', secondReadingOf70],
  ['every third case of the seventy-first holdout’s four parts, 6 December', secondReadingOf71],
  ['every third case of the seventy-second holdout’s four parts, 6 December', secondReadingOf72],
  ['every third case of the seventy-third holdout’s five parts, 6 December', secondReadingOf73],
  ['every third case of the seventy-fourth holdout’s four parts, 7 December', secondReadingOf74],
  ['every third case of the seventy-fifth holdout’s four parts, 7 December', secondReadingOf75],
  ['every third case of the seventy-sixth holdout’s six parts, 7 December', secondReadingOf76],
  ['every third case of the seventy-seventh holdout’s four parts, 7 December', secondReadingOf77],
  ['every third case of the seventy-eighth holdout’s one part, 7 December', secondReadingOf78],
  ['every third case of the seventy-ninth holdout’s four parts, 7 December', secondReadingOf79],
  ['every third case of the eightieth holdout’s five parts, 7 December', secondReadingOf80],
  ['every third case of the eighty-first holdout’s four parts, 7 December', secondReadingOf81],
  ['every third case of the eighty-second holdout’s five parts, 7 December', secondReadingOf82],
  ['every third case of the eighty-third holdout’s two parts, 7 December', secondReadingOf83],
  ['every third case of the eighty-fourth holdout’s seven parts, 7 December', secondReadingOf84],
  ['every third case of the eighty-fifth holdout’s seven parts, 7 December', secondReadingOf85],
  ['every third case of the eighty-sixth holdout’s seven parts, 7 December', secondReadingOf86],
  ['every third case of the eighty-seventh holdout’s four parts, 7 December', secondReadingOf87],
  ['every third case of the eighty-eighth holdout’s seven parts, 7 December', secondReadingOf88],
  ['every third case of the eighty-ninth holdout’s seven parts, 7 December', secondReadingOf89],
  ['every third case of the ninetieth holdout’s seven parts, 7 December', secondReadingOf90],
  ['every third case of the ninety-first holdout’s six parts, 7 December', secondReadingOf91],
  ['every third case of the ninety-second holdout’s six parts, 7 December', secondReadingOf92],
  ['every third case of the ninety-third holdout’s seven parts, 7 December', secondReadingOf93],
  ['every third case of the ninety-fourth holdout’s seven parts, 7 December', secondReadingOf94],
  ['every third case of the ninety-fifth holdout’s seven parts, 7 December', secondReadingOf95],
  ['every third case of the ninety-sixth holdout’s seven parts, 7 December', secondReadingOf96],
  ['every third case of the ninety-seventh holdout’s seven parts, 7 December', secondReadingOf97],
  ['every third case of the ninety-eighth holdout’s seven parts, 7 December', secondReadingOf98],
  ['every third case of the ninety-ninth holdout’s six parts, 7 December', secondReadingOf99],
  ['every third case of the hundredth holdout’s seven parts, 7 December', secondReadingOf100],
  ['every third case of the hundred-and-first holdout’s seven parts, 7 December', secondReadingOf101],
  ['every third case of the hundred-and-second holdout’s seven parts, 7 December', secondReadingOf102],
  ['every third case of the hundred-and-third holdout’s six parts, 7 December', secondReadingOf103],
  ['every third case of the hundred-and-fourth holdout’s seven parts, 7 December', secondReadingOf104],
  ['every third case of the hundred-and-fifth holdout’s six parts, 7 December', secondReadingOf105],
  ['every third case of the hundred-and-sixth holdout’s seven parts, 7 December', secondReadingOf106],
  ['every third case of the hundred-and-seventh holdout’s six parts, 7 December', secondReadingOf107],
  ['every third case of the hundred-and-eighth holdout’s four parts, 7 December', secondReadingOf108],
  ['every third case of the hundred-and-ninth holdout’s six parts, 8 December', secondReadingOf109],
  ['every third case of the hundred-and-tenth holdout’s eight parts, 8 December', secondReadingOf110],
  ['every third case of the hundred-and-eleventh holdout’s eight parts, 8 December', secondReadingOf111],
  ['every third case of the hundred-and-twelfth holdout’s six parts, 8 December', secondReadingOf112],
];

/** One case as the second reader read it: `null` says "none" where the first reader may have left a member out. */
export interface Reading {
  id: string;
  expect: Omit<ConformanceCase['expect'], 'logId' | 'code' | 'kind'> & {
    kind: string;
    logId?: string | null;
    code?: string | null;
  };
  why: string;
}

type Dimension = 'kind' | 'message' | 'fields' | 'retry' | 'logId' | 'code';
const DIMENSIONS: readonly Dimension[] = ['kind', 'message', 'fields', 'retry', 'logId', 'code'];

const folded = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Every string a response holds, folded: where a message substring can have come from. */
function textsOf(c: ConformanceCase): string[] {
  const found: string[] = [];
  const visit = (value: unknown, depth: number) => {
    // A link's tags are left out too, as rule 2.5 reads a sentence whose only markup is a link.
    if (typeof value === 'string') found.push(folded(value), folded(value.replace(/<a\s[^<>]*>|<\/a>/gi, '')));
    else if (value && typeof value === 'object' && depth < 20)
      for (const member of Object.values(value)) visit(member, depth + 1);
  };
  visit(c.response?.body ?? c.thrown, 0);
  return found;
}

/**
 * Whether two message substrings name the same text: one holds the other, or both come from one string of the
 * response (two readers may quote different words of the same sentence).
 */
function sameText(a: string, b: string, texts: readonly string[]): boolean {
  if (a === DEFAULT || b === DEFAULT) return a === b;
  const [x, y] = [folded(a), folded(b)];
  return x.includes(y) || y.includes(x) || texts.some((text) => text.includes(x) && text.includes(y));
}

/** Whether the two readings of one case agree, dimension by dimension; a dimension the first left out is not asked. */
export function compare(first: ConformanceCase, second: Reading): Partial<Record<Dimension, boolean>> {
  const [a, b] = [first.expect, second.expect];
  const texts = textsOf(first);
  const fieldsA = a.fields ?? [];
  const fieldsB = b.fields ?? [];
  const unmatched = [...fieldsB];
  const fields =
    fieldsA.length === fieldsB.length &&
    fieldsA.every(([path, message]) => {
      const at = unmatched.findIndex(([other, said]) => other === path && sameText(message, said, texts));
      if (at >= 0) unmatched.splice(at, 1);
      return at >= 0;
    });
  const result: Partial<Record<Dimension, boolean>> = {
    kind: a.kind === b.kind,
    message: sameText(a.message, b.message, texts),
    fields,
    retry: a.retry === undefined ? b.retry === undefined : b.retry !== undefined && Math.abs(a.retry - b.retry) <= 1,
  };
  if ('logId' in a) result.logId = a.logId === (b.logId ?? undefined);
  if ('code' in a) result.code = a.code === (b.code ?? undefined);
  return result;
}

/** The second reading as a case to judge the kit by: a "none" it states is checked (a kit that finds one fails). */
function asCase(first: ConformanceCase, second: Reading): ConformanceCase {
  const { logId, code, kind, ...rest } = second.expect;
  const expect: ConformanceCase['expect'] = { ...rest, kind: kind as ConformanceCase['expect']['kind'] };
  if (logId !== undefined) expect.logId = logId ?? undefined;
  if (code !== undefined) expect.code = code ?? undefined;
  return { ...first, expect };
}

export async function agreement({ quiet = false }: { quiet?: boolean } = {}): Promise<number> {
  let failed = 0;
  for (const [name, readings] of SAMPLES) failed += await agreementOf(name, readings, quiet);
  return failed ? 1 : 0;
}

async function agreementOf(name: string, readings: readonly Reading[], quiet: boolean): Promise<number> {
  // A sample may reach into the parts that wait in `pending/`: their expectations were written by the same rules.
  const byId = new Map([...corpus, ...waiting].map((c) => [c.id, c]));
  const tally = Object.fromEntries(DIMENSIONS.map((d) => [d, { same: 0, of: 0 }])) as Record<
    Dimension,
    { same: number; of: number }
  >;
  let alike = 0;
  let kitBySecond = 0;
  let kitByFirst = 0;
  const missing: string[] = [];
  for (const reading of readings) {
    const first = byId.get(reading.id);
    if (!first) {
      missing.push(reading.id);
      continue;
    }
    const verdict = compare(first, reading);
    const differ = DIMENSIONS.filter((d) => d in verdict && !verdict[d]);
    for (const d of DIMENSIONS)
      if (d in verdict) {
        tally[d].of++;
        if (verdict[d]) tally[d].same++;
      }
    if (!differ.length) alike++;
    else if (!quiet)
      console.log(
        `≠ ${first.id} (${first.source}): ${differ
          .map((d) => `${d} ${JSON.stringify(first.expect[d] ?? null)} / ${JSON.stringify(reading.expect[d] ?? null)}`)
          .join(', ')}\n    second reader: ${reading.why}`,
      );
    const model = await modelOf(first);
    const wrong = Object.values(judge(asCase(first, reading), model)).filter(Boolean);
    if (!wrong.length) kitBySecond++;
    else if (!quiet) console.log(`✗ ${first.id} by the second reading\n    ${wrong.join('\n    ')}`);
    if (Object.values(judge(first, model)).every((wrong) => !wrong)) kitByFirst++;
  }
  // A case the corpus no longer holds (renamed, moved to pending) is reported, not silently dropped.
  for (const id of missing) console.log(`agreement: ${id} is not in the corpus`);
  const n = readings.length - missing.length;
  const dims = DIMENSIONS.map((d) => `${d} ${tally[d].same}/${tally[d].of}`).join(', ');
  console.log(
    `agreement (${name}): ${alike}/${n} cases read alike (${dims}); the kit passes ${kitBySecond}/${n} by the second reading, ${kitByFirst}/${n} by the first`,
  );
  return missing.length ? 1 : 0;
}
