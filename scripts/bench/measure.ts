/**
 * Side-by-side timing shared by every bench section: two functions measured in the same process,
 * interleaved round by round (A then B, then B then A) so that JIT state, GC pressure and CPU
 * frequency affect both alike. Reports medians, never means: one GC pause must not move a figure.
 */

export interface Pair {
  /** Row label, e.g. a fixture format. */
  name: string;
  /** How many calls one run of `a` or `b` makes (the fixtures of the format). */
  calls: number;
  /** The baseline. */
  a: () => void;
  /** The code under test. */
  b: () => void;
}

export interface PairResult {
  name: string;
  /** Median microseconds per call. */
  a: number;
  b: number;
  /** Median of the per-round ratios b / a (paired, so drift cancels out). */
  ratio: number;
}

export interface MeasureOptions {
  /** Measured rounds per pair; the median is reported. */
  rounds?: number;
  /** Target duration of one timed batch, in milliseconds. */
  batchMs?: number;
  /** Warm-up per function before any measurement, in milliseconds. */
  warmupMs?: number;
}

const now = () => process.hrtime.bigint();
const ms = (from: bigint) => Number(now() - from) / 1e6;
const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Runs `fn` repeatedly for about `duration` ms; returns how many runs fit. */
function runFor(fn: () => void, duration: number): number {
  const start = now();
  let runs = 0;
  do {
    fn();
    runs++;
  } while (ms(start) < duration);
  return runs;
}

/** Milliseconds for `runs` runs of `fn`. */
function time(fn: () => void, runs: number): number {
  const start = now();
  for (let i = 0; i < runs; i++) fn();
  return ms(start);
}

export function measurePairs(
  pairs: readonly Pair[],
  { rounds = 15, batchMs = 8, warmupMs = 40 }: MeasureOptions = {},
): PairResult[] {
  // Warm every function first, so the optimiser has seen every shape before anything is timed.
  const batches = pairs.map((pair) => {
    const a = runFor(pair.a, warmupMs);
    const b = runFor(pair.b, warmupMs);
    return {
      a: Math.max(1, Math.round((a * batchMs) / warmupMs)),
      b: Math.max(1, Math.round((b * batchMs) / warmupMs)),
    };
  });
  return pairs.map((pair, index) => {
    const runs = batches[index]!;
    const a: number[] = [];
    const b: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      let ta: number, tb: number;
      if (round % 2) {
        tb = time(pair.b, runs.b);
        ta = time(pair.a, runs.a);
      } else {
        ta = time(pair.a, runs.a);
        tb = time(pair.b, runs.b);
      }
      const perA = (ta * 1000) / (runs.a * pair.calls);
      const perB = (tb * 1000) / (runs.b * pair.calls);
      a.push(perA);
      b.push(perB);
      ratios.push(perB / perA);
    }
    return { name: pair.name, a: median(a), b: median(b), ratio: median(ratios) };
  });
}

/** A fixed-width table; `columns` are [header, width, align]. */
export function table(
  columns: ReadonlyArray<readonly [string, number, 'l' | 'r']>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
): string {
  const cell = (text: string, [, width, align]: readonly [string, number, 'l' | 'r']) =>
    align === 'l' ? text.padEnd(width) : text.padStart(width);
  const line = (cells: ReadonlyArray<string>) =>
    cells
      .map((text, i) => cell(text, columns[i]!))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map(([header]) => header)),
    line(columns.map(([, width]) => '-'.repeat(width))),
    ...rows.map(line),
  ].join('\n');
}
