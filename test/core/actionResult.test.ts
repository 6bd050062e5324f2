import { describe, expect, it } from 'vitest';
import { isApiError, normalizeError, toActionError } from 'api-error-kit';
import { seedFixtures } from '../fixtures/seeds';

/** A seed body as a client throws it (status, headers, body); the seeds note their public sources. */
const seed = (name: string) => {
  const fixture = seedFixtures.find((candidate) => candidate.name === name)!;
  return { status: fixture.status, headers: { ...fixture.headers }, body: fixture.body };
};

/** Every value in a tree, to prove there is nothing but data in it. */
const leaves = (value: unknown): unknown[] =>
  value && typeof value === 'object' ? Object.values(value).flatMap(leaves) : [value];

const laravel = {
  status: 422,
  headers: {},
  body: {
    message: 'The given data was invalid.',
    errors: { 'items.0.name': ['Enter a name for item 1'], email: ['Enter an email address'] },
  },
};

describe('toActionError', () => {
  it('keeps what the components need and survives structuredClone and JSON unchanged', () => {
    const now = Date.UTC(2026, 11, 3);
    for (const input of [
      laravel,
      seed('429 with Retry-After'),
      seed('500 ServerError (valid JSON)'),
      new TypeError('Failed to fetch'),
      'boom',
      null,
    ]) {
      const result = toActionError(input, { now });
      const model = normalizeError(input, { now });
      expect(result.ok).toBe(false);
      expect(isApiError(result.error)).toBe(true);
      const { cause: _cause, details: _details, data: _data, ...kept } = model;
      expect(result.error).toEqual(kept);
      expect(structuredClone(result)).toEqual(result);
      expect(JSON.parse(JSON.stringify(result))).toStrictEqual(structuredClone(result));
      expect(leaves(result).every((leaf) => ['string', 'number', 'boolean'].includes(typeof leaf))).toBe(true);
    }
  });

  it('leaves on the server what must stay there: the thrown value, developer text and extra data', () => {
    const failure = seed('500 with FullException');
    expect(normalizeError(failure).details).toContain('DivideByZeroException');
    const { error } = toActionError(failure);
    expect(error).not.toHaveProperty('cause');
    expect(error).not.toHaveProperty('details');
    expect(error).not.toHaveProperty('data');
    expect(JSON.stringify(error)).not.toContain('DivideByZero');
  });

  it('echoes what the person typed, a list for a repeated name, and never a password or a file', () => {
    const formData = new FormData();
    formData.set('email', 'ada@example.com');
    formData.append('tags', 'tea');
    formData.append('tags', 'cake');
    formData.set('newPassword', 'hunter2');
    formData.set('avatar', new File(['x'], 'a.png'));
    formData.set('$ACTION_ID_abc', '');
    expect(toActionError(laravel, { formData }).values).toEqual({ email: 'ada@example.com', tags: ['tea', 'cake'] });
    expect(toActionError(laravel, { formData, omit: (name) => name === 'email' }).values).toEqual({
      tags: ['tea', 'cake'],
      newPassword: 'hunter2',
    });
  });

  it('keeps a __proto__ field name as a plain key and pollutes nothing', () => {
    const formData = new FormData();
    formData.set('__proto__', 'x');
    const { values } = toActionError(laravel, { formData });
    expect(Object.getOwnPropertyDescriptor(values, '__proto__')?.value).toBe('x');
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
  });

  it('never throws on what a JavaScript caller may pass', () => {
    const hostile = [
      undefined,
      null,
      42,
      {},
      { formData: 'text' },
      {
        formData: {
          [Symbol.iterator]: () => {
            throw new Error('no');
          },
        },
      },
      {
        omit: () => {
          throw new Error('no');
        },
        formData: new FormData(),
      },
    ];
    for (const options of hostile) expect(() => toActionError(laravel, options as never)).not.toThrow();
  });
});
