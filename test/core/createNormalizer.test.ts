import { describe, expect, it } from 'vitest';
import {
  createNormalizer,
  normalizeError,
  readApiError,
  shouldReport,
  toReport,
  toToast,
  type ErrorFormat,
  type ErrorParser,
} from '../../src';
import { builtInFormats, jsonRpc, problemJson, stripe } from '../../src/formats';
import { corpus } from '../conformance/corpus';
import { formatFixtures, FIXED } from '../fixtures/formats';
import { seedFixtures } from '../fixtures/seeds';

const inputOf = (id: string) => {
  const found = corpus.find((c) => c.id === id);
  if (!found?.response) throw new Error(`no conformance case ${id}`);
  return { status: found.response.status, headers: found.response.headers ?? {}, body: found.response.body };
};

// JSON-RPC 2.0 spec example "rpc call of non-existent method" (test/conformance/cases/graphql-rpc.ts).
const METHOD_NOT_FOUND = 'json-rpc/method-not-found';

describe('createNormalizer', () => {
  it('with every built-in format reads every fixture exactly as normalizeError does', () => {
    const normalize = createNormalizer({ formats: builtInFormats });
    for (const fixture of [...formatFixtures, ...seedFixtures]) {
      const input = { status: fixture.status, headers: fixture.headers ?? {}, body: fixture.body };
      expect(normalize(input, { now: FIXED }), fixture.name).toEqual(normalizeError(input, { now: FIXED }));
    }
  });

  it('with no format still reads any body by structure, but not what only a format knows', () => {
    const structural = createNormalizer();
    // The spec's fixed text for -32601 names the code; only the JSON-RPC format knows it says nothing to a person.
    expect(structural(inputOf(METHOD_NOT_FOUND))).toMatchObject({
      format: 'generic',
      kind: 'unknown',
      message: 'Method not found',
    });
    expect(createNormalizer({ formats: [jsonRpc] })(inputOf(METHOD_NOT_FOUND))).toMatchObject({
      format: 'json-rpc',
      kind: 'not-found',
      messageSource: 'default',
    });
  });

  it('reads a format it was given and names it, and leaves out the ones it was not', () => {
    const fixture = formatFixtures.find((f) => f.name === 'card_error card_declined (402)')!;
    const input = { status: fixture.status, headers: fixture.headers ?? {}, body: fixture.body };
    expect(createNormalizer({ formats: [problemJson, stripe] })(input)).toMatchObject({
      format: 'stripe',
      code: 'card_declined',
    });
    expect(createNormalizer({ formats: [problemJson] })(input)).toMatchObject({
      format: 'generic',
      code: 'card_declined',
      message: 'Your card has insufficient funds.',
    });
  });

  it('tries its formats in the order given, the first that recognises the body reading it', () => {
    const first: ErrorFormat = {
      name: 'first',
      keys: ['error'],
      test: () => true,
      read: () => ({ code: 'from_first' }),
    };
    const second: ErrorFormat = {
      name: 'second',
      keys: ['error'],
      test: () => true,
      read: () => ({ code: 'from_second' }),
    };
    const input = { status: 400, headers: {}, body: { error: { message: 'The name is taken.' } } };
    expect(createNormalizer({ formats: [first, second] })(input)).toMatchObject({
      format: 'first',
      code: 'from_first',
    });
    expect(createNormalizer({ formats: [second, first] })(input)).toMatchObject({
      format: 'second',
      code: 'from_second',
    });
  });

  it('tests a format only on bodies with one of its keys, past 32 formats too', () => {
    // One format per key, 40 of them: a bit set per format in one number breaks at the 33rd (`1 << 32 === 1`).
    const tested: string[] = [];
    const formats: ErrorFormat[] = Array.from({ length: 40 }, (_, i) => ({
      name: `format-${i}`,
      keys: [`key${i}`],
      test: (body) => (tested.push(`format-${i}`), `key${i}` in body),
    }));
    const normalize = createNormalizer({ formats });
    expect(normalize({ status: 400, headers: {}, body: { key32: 'x', message: 'The name is taken.' } }).format).toBe(
      'format-32',
    );
    expect(tested).toEqual(['format-32']);
    tested.length = 0;
    expect(normalize({ status: 400, headers: {}, body: { key0: 'x', message: 'The name is taken.' } }).format).toBe(
      'format-0',
    );
    expect(tested).toEqual(['format-0']);
  });

  it('skips a format whose test or reader throws, and reads on', () => {
    const throws: ErrorFormat = {
      name: 'throws',
      keys: [],
      test: () => {
        throw new Error('boom');
      },
    };
    const readThrows: ErrorFormat = {
      name: 'read-throws',
      keys: [],
      test: () => true,
      read: () => {
        throw new Error('boom');
      },
    };
    const input = { status: 409, headers: {}, body: { message: 'That email address is already registered.' } };
    expect(createNormalizer({ formats: [throws, readThrows] })(input)).toMatchObject({
      format: 'generic',
      kind: 'conflict',
      message: 'That email address is already registered.',
    });
  });

  it("reads each format's headers on any body: the first format to say a member decides it, a throwing one says nothing", () => {
    const header = (name: string, readHeaders: ErrorFormat['readHeaders']): ErrorFormat => ({
      name,
      keys: ['never'],
      test: () => false,
      readHeaders,
    });
    const throws = header('throws', () => {
      throw new Error('boom');
    });
    const wrong = header('wrong', () => ({ code: 42 as unknown as string, retryable: 'no' as unknown as boolean }));
    const first = header('first', (read) => ({ code: read('x-error-code'), retryable: false }));
    const second = header('second', () => ({ code: 'second', retryable: true }));
    const normalize = createNormalizer({ formats: [throws, wrong, first, second] });
    const input = { status: 503, headers: { 'X-Error-Code': 'maintenance' }, body: 'Down for maintenance.' };
    expect(normalize(input)).toMatchObject({ kind: 'unavailable', code: 'maintenance', retryable: false });
    // Without headers no format is asked.
    expect(normalize({ status: 503, body: null })).toMatchObject({ kind: 'unavailable', retryable: true });
    expect(normalize({ status: 503, body: null }).code).toBeUndefined();
  });

  it("tries the app's parsers first, held to the formats' rules, and the call's before its own", () => {
    const acme: ErrorParser = {
      name: 'acme',
      parse: (body) => ((body as { acme?: string }).acme ? { message: '<b>Card declined</b>' } : undefined),
    };
    const call: ErrorParser = { name: 'call', parse: () => ({ message: 'Read by the call.' }) };
    const normalize = createNormalizer({ formats: builtInFormats, parsers: [acme] });
    const input = { status: 402, headers: {}, body: { acme: 'x', message: 'Your card was declined.' } };
    // Markup from a parser is never shown: what the parser said is a verdict, so the kind's default speaks.
    expect(normalize(input)).toMatchObject({ format: 'acme', messageSource: 'default' });
    expect(normalize(input, { parsers: [call] })).toMatchObject({ format: 'call', message: 'Read by the call.' });
  });

  it('takes what a JavaScript caller passes that is no list as none', () => {
    const normalize = createNormalizer({ formats: 'stripe' as never, parsers: {} as never });
    expect(normalize(inputOf(METHOD_NOT_FOUND)).format).toBe('generic');
  });
});

describe('the core helpers read with the normalizer they are given', () => {
  const structural = createNormalizer();
  it('toReport, toToast, shouldReport and readApiError', async () => {
    const error = inputOf(METHOD_NOT_FOUND);
    expect(toReport(error).tags.format).toBe('json-rpc');
    expect(toReport(error, { normalize: structural }).tags.format).toBe('generic');
    expect(toToast(error, { normalize: structural }).description).toBe('Method not found');
    expect(toToast(error).description).not.toBe('Method not found');
    // A missing method is a not-found the person can act on; read by structure alone it is an unknown failure, which
    // is reported.
    expect(shouldReport(error)).toBe(false);
    expect(shouldReport(error, { normalize: structural })).toBe(true);
    expect((await readApiError(error, { normalize: structural })).format).toBe('generic');
    expect((await readApiError(error)).format).toBe('json-rpc');
  });
});
