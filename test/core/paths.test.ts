import { describe, expect, it } from 'vitest';
import { normalizeError, type ApiError, type ErrorParser } from '../../src';
import { kindOfCode } from '../../src/core/kinds';
import { formatFixtures } from '../fixtures/formats';
import { seedFixtures } from '../fixtures/seeds';

// The normalizer takes shortcuts for the common case (no headers; a small plain JSON body, read in
// one pass over its keys and tested only against the formats its keys can match). These tests
// hold each shortcut to what the general path reads.

const NOW = Date.UTC(2026, 10, 22, 12);
/** The model as plain data, `cause` aside. */
const plain = (error: ApiError) => ({ ...error });
const objectBodies = [...seedFixtures, ...formatFixtures].filter(
  (f) => f.body && typeof f.body === 'object' && !Array.isArray(f.body),
);
const run = (body: unknown, headers: unknown = {}, status = 400) =>
  plain(normalizeError({ status, headers, body }, { now: NOW }));

describe('headers', () => {
  // A reader holding only headers the normalizer does not read takes the general path.
  const unread = { 'content-language': 'en', server: 'nginx' };
  it.each([
    ['an empty object', {}],
    ['an empty Headers', new Headers()],
    ['an empty Map', new Map()],
    ['headers with no usable value', { 'retry-after': '', 'x-request-id': {} }],
  ])('%s reads like headers it does not read', (_, headers) => {
    for (const f of objectBodies) expect(run(f.body, headers, f.status)).toEqual(run(f.body, unread, f.status));
  });
  it('absent headers read like empty ones when there is a status', () => {
    for (const f of objectBodies.filter((f) => f.status))
      expect(plain(normalizeError({ status: f.status, body: f.body }, { now: NOW }))).toEqual(
        run(f.body, {}, f.status),
      );
  });
  it('a later spelling of a name replaces an earlier one', () => {
    expect(
      normalizeError({ status: 429, headers: { 'Retry-After': '5', 'retry-after': '7' }, body: null }, { now: NOW })
        .retryAt,
    ).toBe(NOW + 7000);
  });
  it('a header given as a list reads as its values joined', () => {
    expect(normalizeError({ status: 500, headers: { 'x-request-id': ['a', 'b'] }, body: null }).logId).toBe('a, b');
  });
  it('custom parsers read headers by any spelling, and the first present of several names', () => {
    const names: ErrorParser = {
      name: 'names',
      parse: (_body, { header }) => ({ message: `${header('X-Acme-Code')} ${header('x-missing', 'x-acme-ref')}` }),
    };
    const error = normalizeError(
      { status: 400, headers: { 'x-acme-code': 'A1', 'X-Acme-Ref': 'R2' }, body: {} },
      { parsers: [names] },
    );
    expect(error.message).toBe('A1 R2');
  });
});

describe('bodies', () => {
  // A class instance is always probed key by key, as every body once was: the reference.
  class Body {}
  const probed = (body: object) => Object.assign(new Body(), body);
  const wide = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`extra${i}`, i]));
  it.each([
    ['a plain JSON body', (body: object) => JSON.parse(JSON.stringify(body))],
    ['a null-prototype object', (body: object) => Object.assign(Object.create(null), body)],
  ])('%s, walked in one pass, reads like the same keys probed', (_, shape) => {
    for (const f of objectBodies)
      expect(run(shape(f.body as object), f.headers, f.status)).toEqual(
        run(probed(f.body as object), f.headers, f.status),
      );
  });
  it('a body of more than 64 keys, where the walk gives up, reads like the same keys probed', () => {
    for (const f of objectBodies)
      for (const body of [
        { ...wide, ...(f.body as object) },
        { ...(f.body as object), ...wide },
      ])
        expect(run(body, f.headers, f.status)).toEqual(run(probed(body), f.headers, f.status));
  });
  it('an Error used as a body keeps its non-enumerable message', () => {
    const body = Object.assign(new Error('The basket is empty.'), { errors: [] });
    expect(normalizeError({ status: 400, headers: {}, body })).toMatchObject({
      message: 'The basket is empty.',
      format: 'generic',
    });
  });
  it('non-enumerable members of a plain object count', () => {
    const body = Object.defineProperty({ code: 'E1' }, 'message', { value: 'Hidden but read.' });
    expect(normalizeError({ status: 400, headers: {}, body })).toMatchObject({
      message: 'Hidden but read.',
      code: 'E1',
    });
  });
  it('inherited members count, as for any object', () => {
    const body = Object.create({ message: 'Inherited sentence.' });
    expect(normalizeError({ status: 400, headers: {}, body }).message).toBe('Inherited sentence.');
  });
  it('the best-ranked key wins whatever the key order', () => {
    const forward = { title: 'A heading', detail: 'The detail sentence.', type: 'about:blank', status: 400 };
    const backward = { status: 400, type: 'about:blank', detail: 'The detail sentence.', title: 'A heading' };
    expect(run(backward)).toEqual(run(forward));
    expect(run(forward)).toMatchObject({ title: 'A heading', message: 'The detail sentence.' });
  });
});

describe('messages are cleaned once, wherever they come from', () => {
  it('built-in parsers that set a message themselves clean it', () => {
    const google = {
      error: {
        code: 400,
        status: 'INVALID_ARGUMENT',
        message: 'x',
        details: [{ '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', message: '  pick   a\n date ' }],
      },
    };
    expect(run(google).message).toBe('Pick a date');
    expect(run({ error: { code: 'NotFound', message: { value: 'not   found' } } }).message).toBe(
      'It may have been moved or deleted.',
    );
    expect(run({ errors: [{ message: ' the  <b>id</b> is wrong', path: ['x'] }], data: null }).message).toBe(
      'Check your answers and try again.',
    );
    expect(run({ code: 'P0001', message: 'insufficient   balance', details: null, hint: null }, {}, 400).message).toBe(
      'Insufficient balance',
    );
    const s3 = '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>Not Found</Message></Error>';
    expect(run(s3, {}, 404).message).toBe('It may have been moved or deleted.');
  });
  it('a sentence whose only markup is a link reads as its text; any other tag keeps it markup', () => {
    // YouTube's quota sentence (test/conformance/cases/unseen-2026-12-05-s.ts).
    const link = 'You have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.';
    expect(run({ error: { code: 403, message: link } }, {}, 403).message).toBe('You have exceeded your quota.');
    // Text around a link and another tag is still markup: nothing of it is shown.
    const img = 'See <a href="https://example.com">this</a><img src=x onerror="alert(1)"> now.';
    expect(run({ message: img }, {}, 400).messageSource).toBe('default');
    expect(run({ message: 'Read <b>the</b> <a href="/docs">docs</a> first.' }, {}, 400).messageSource).toBe('default');
  });
  it("a custom parser's message is cleaned like a built-in one's", () => {
    const says = (message: string): ErrorParser => ({ name: 'says', parse: () => ({ message }) });
    const clean = (message: string) =>
      normalizeError({ status: 400, headers: {}, body: {} }, { parsers: [says(message)] }).message;
    expect(clean('  must   be\tpositive ')).toBe('Must be positive');
    expect(clean('Bad Request')).toBe('Check your answers and try again.');
  });
  it('a long message is cut once, capitalised first, and a cut line that reads as boilerplate is dropped', () => {
    const sharp = run({ message: 'ß' + ' xx'.repeat(110) }).message;
    expect(sharp.length).toBeLessThanOrEqual(300);
    expect(sharp.startsWith('SS')).toBe(true);
    expect(run({ message: 'cannot get /' + 'a'.repeat(320) + ' b' }).message).toBe('Check your answers and try again.');
  });
});

describe('kindOfCode', () => {
  it('has nothing to say about an empty or missing code', () => {
    for (const code of ['', undefined, 'Error', 'Exception', '_error']) expect(kindOfCode(code)).toBeUndefined();
    expect(kindOfCode('ThrottlingException')).toBe('rate-limited');
  });
});
