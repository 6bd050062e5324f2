/**
 * The conformance run: every case in the corpus through the path a fetch app takes
 * (`HttpError.fromResponse`, then `normalizeError`), compared with its expectations by dimension.
 * Prints each failure, then `conformance: P/N pass, S sources (kind …, message …, fields …, retry …,
 * logId …, code …)`. Returns the exit code: 1 below the bar, or when the corpus is short of its size.
 */
import { defaultText, HttpError, normalizeError, type ApiError } from '../../src';
import { corpus } from './corpus';
import { check } from './validate';
import { DEFAULT, type ConformanceCase, type Thrown } from './types';

/** The share of cases that must pass, and the size the corpus must keep. */
export const PASS_BAR = 0.97;
export const MIN_CASES = 300;
export const MIN_SOURCES = 100;
const DEFAULT_NOW = Date.parse('2026-11-22T12:00:00Z');

type Dimension = 'kind' | 'message' | 'fields' | 'retry' | 'logId' | 'code';
const DIMENSIONS: readonly Dimension[] = ['kind', 'message', 'fields', 'retry', 'logId', 'code'];

/** When the response was received: the case's own time, its `Date` header, or the corpus clock. */
export function receivedAt(c: ConformanceCase): number {
  const date = Object.entries(c.response?.headers ?? {}).find(([name]) => name.toLowerCase() === 'date')?.[1];
  const at = Date.parse(c.receivedAt ?? date ?? '');
  return Number.isNaN(at) ? DEFAULT_NOW : at;
}

/** What a runtime throws, rebuilt: a real DOMException for aborts and timeouts, else an Error. */
function thrownError(t: Thrown): Error {
  const error: Error =
    t.name === 'AbortError' || t.name === 'TimeoutError'
      ? new DOMException(t.message, t.name)
      : Object.assign(new Error(t.message), { name: t.name });
  if (t.code !== undefined) Object.defineProperty(error, 'code', { value: t.code, enumerable: true });
  if (t.cause) error.cause = Object.assign(new Error(t.cause.message ?? ''), t.cause);
  return error;
}

/** The model of a case, read as a fetch app reads it. */
export async function modelOf(c: ConformanceCase): Promise<ApiError> {
  const now = receivedAt(c);
  if (c.thrown) return normalizeError(thrownError(c.thrown), { now });
  const { status, headers, body } = c.response!;
  const text = body === undefined || body === null ? null : typeof body === 'string' ? body : JSON.stringify(body);
  const nullBody = status === 204 || status === 205 || status === 304;
  const response = new Response(nullBody ? null : text, { status, headers });
  return normalizeError(await HttpError.fromResponse(response), { now });
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Each stated dimension of a case, with what was wrong when it does not hold. */
export function judge(c: ConformanceCase, error: ApiError): Partial<Record<Dimension, string | null>> {
  const { expect } = c;
  const now = receivedAt(c);
  const result: Partial<Record<Dimension, string | null>> = {};
  result.kind = error.kind === expect.kind ? null : `kind ${error.kind}, expected ${expect.kind}`;
  const isDefault = error.message === defaultText[error.kind][1];
  result.message =
    expect.message === DEFAULT
      ? isDefault
        ? null
        : `message ${JSON.stringify(error.message)}, expected the default`
      : folded(error.message).includes(folded(expect.message))
        ? null
        : `message ${JSON.stringify(error.message)}, expected …${expect.message}…`;
  const actual = error.fieldErrors.filter((f) => f.field);
  const wanted = expect.fields ?? [];
  const unused = [...actual];
  const missing = wanted.filter(([path, message]) => {
    const at = unused.findIndex((f) => f.field === path && folded(f.message).includes(folded(message)));
    if (at < 0) return true;
    unused.splice(at, 1);
    return false;
  });
  result.fields =
    missing.length || unused.length
      ? `fields: missing ${JSON.stringify(missing)}, unexpected ${JSON.stringify(unused.map((f) => [f.field, f.message]))}`
      : null;
  const retry = error.retryAt === undefined ? undefined : (error.retryAt - now) / 1000;
  result.retry =
    expect.retry === undefined
      ? retry === undefined
        ? null
        : `retry ${retry} s, expected none`
      : retry !== undefined && Math.abs(retry - expect.retry) <= 1
        ? null
        : `retry ${retry ?? 'none'}, expected ${expect.retry} s`;
  if ('logId' in expect)
    result.logId =
      error.logId === expect.logId
        ? null
        : `logId ${JSON.stringify(error.logId)}, expected ${JSON.stringify(expect.logId)}`;
  if ('code' in expect)
    result.code =
      error.code === expect.code ? null : `code ${JSON.stringify(error.code)}, expected ${JSON.stringify(expect.code)}`;
  return result;
}

export async function run({
  check: onlyCheck = false,
  quiet = false,
  filter,
}: {
  check?: boolean;
  quiet?: boolean;
  filter?: string;
}): Promise<number> {
  const problems = check(corpus);
  const sources = new Set(corpus.map((c) => c.source));
  if (problems.length) {
    for (const problem of problems) console.log(`invalid: ${problem}`);
    console.log(`conformance: ${problems.length} invalid case(s)`);
    return 1;
  }
  if (onlyCheck) {
    console.log(`conformance --check: ${corpus.length} valid cases, ${sources.size} sources`);
    return 0;
  }
  const cases = filter
    ? corpus.filter((c) => c.id.includes(filter) || c.source.includes(filter) || c.file.includes(filter))
    : corpus;
  const tally = Object.fromEntries(DIMENSIONS.map((d) => [d, { pass: 0, of: 0 }])) as Record<
    Dimension,
    { pass: number; of: number }
  >;
  let passed = 0;
  for (const c of cases) {
    const verdict = judge(c, await modelOf(c));
    const failures: string[] = [];
    for (const dimension of DIMENSIONS) {
      if (!(dimension in verdict)) continue;
      tally[dimension].of++;
      const wrong = verdict[dimension];
      if (wrong) failures.push(wrong);
      else tally[dimension].pass++;
    }
    if (failures.length === 0) passed++;
    else if (!quiet) console.log(`✗ ${c.id} (${c.file}, ${c.source})\n    ${failures.join('\n    ')}`);
  }
  const dims = DIMENSIONS.map((d) => `${d} ${tally[d].pass}/${tally[d].of}`).join(', ');
  const share = cases.length ? passed / cases.length : 0;
  console.log(
    `conformance: ${passed}/${cases.length} pass, ${new Set(cases.map((c) => c.source)).size} sources (${dims})`,
  );
  if (filter) return 0;
  let code = 0;
  if (share < PASS_BAR) {
    console.log(`conformance: ${(share * 100).toFixed(1)}% is below the bar of ${PASS_BAR * 100}%`);
    code = 1;
  }
  if (corpus.length < MIN_CASES || sources.size < MIN_SOURCES) {
    console.log(`conformance: the corpus needs at least ${MIN_CASES} cases from ${MIN_SOURCES} sources`);
    code = 1;
  }
  return code;
}
