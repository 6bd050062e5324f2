import { defaultText } from '../../src';
import type { ConformanceCase } from './types';

/** What is wrong with the cases' form (not with the kit): one line per problem. */
export function check(cases: readonly (ConformanceCase & { file: string })[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const c of cases) {
    const at = `${c.id ?? '(no id)'} in ${c.file}`;
    const say = (problem: string) => problems.push(`${at}: ${problem}`);
    if (typeof c.id !== 'string' || !/^[a-z0-9][\w.+-]*\/[\w.+-]+$/.test(c.id))
      say('id must be `<source-slug>/<what>`');
    if (ids.has(c.id)) say('duplicate id');
    ids.add(c.id);
    if (!c.source?.trim()) say('no source');
    if (!c.url?.trim() || /example\.com\/?$/.test(c.url)) say('no url or repository path');
    if (!c.response === !c.thrown) say('needs exactly one of `response` and `thrown`');
    const status = c.response?.status;
    if (c.response && !(Number.isInteger(status) && status! >= 200 && status! <= 599)) say('status must be 200-599');
    if (c.receivedAt !== undefined && Number.isNaN(Date.parse(c.receivedAt))) say('receivedAt is not a date');
    const { expect } = c;
    if (!expect || !Object.hasOwn(defaultText, expect.kind)) say('expect.kind is not a kind');
    if (typeof expect?.message !== 'string' || !expect.message.trim())
      say('expect.message must be a substring or DEFAULT');
    for (const field of expect?.fields ?? [])
      if (!Array.isArray(field) || !field[0] || typeof field[1] !== 'string') say('a field must be [path, message]');
    if (expect?.retry !== undefined && !(expect.retry >= 0)) say('retry must be seconds');
    try {
      if (c.response) new Headers(c.response.headers);
    } catch {
      say('headers are not valid HTTP headers');
    }
  }
  return problems;
}
