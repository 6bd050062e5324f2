import { expectTypeOf, test } from 'vitest';
import { isApiError, normalizeError, toActionError, type ApiError, type ApiErrorKind } from 'api-error-kit';

test('isApiError narrows unknown to ApiError, and leaves the rest', () => {
  const caught: unknown = new Error('x');
  if (isApiError(caught)) {
    expectTypeOf(caught).toEqualTypeOf<ApiError>();
    expectTypeOf(caught.kind).toEqualTypeOf<ApiErrorKind>();
  } else {
    expectTypeOf(caught).toEqualTypeOf<unknown>();
  }
  const either = normalizeError(caught) as ApiError | string;
  if (!isApiError(either)) expectTypeOf(either).toEqualTypeOf<string>();
});

test('normalizeError takes anything and gives the model, read-only', () => {
  expectTypeOf(normalizeError).parameter(0).toEqualTypeOf<unknown>();
  expectTypeOf(normalizeError).returns.toEqualTypeOf<ApiError>();
  const error = normalizeError(null);
  // @ts-expect-error the model is read-only: a notice must not be able to rewrite what the server said
  error.message = 'changed';
  expectTypeOf(error.retryAt).toEqualTypeOf<number | undefined>();
});

test('toActionError returns something a server action can hand to useActionState', () => {
  const result = toActionError(new Error('x'));
  // Serializable: no functions, no class instances beyond plain data.
  expectTypeOf(result).not.toBeFunction();
  expectTypeOf(JSON.parse(JSON.stringify(result)) as typeof result).toEqualTypeOf<typeof result>();
});
