import { ErrorBoundary } from 'react-error-boundary';
import { useForm } from 'react-hook-form';
import { expectTypeOf, test } from 'vitest';
import { type ApiErrorKind } from 'api-error-kit';
import {
  ApiErrorProvider,
  applyFieldErrors,
  ErrorFallback,
  type ApiErrorMessageKey,
  type ApiErrorProviderProps,
  type Translate,
} from 'api-error-kit/react';

interface SignUp {
  email: string;
  items: { name: string }[];
}

test('applyFieldErrors takes the setError of a typed react-hook-form form', () => {
  // A hook inside a type test is never run: only its types are checked.
  const form = useForm<SignUp>();
  expectTypeOf(applyFieldErrors(new Error('x'), form.setError)).toEqualTypeOf<string[]>();
  expectTypeOf(
    applyFieldErrors(new Error('x'), form.setError, { shouldFocus: false, rootKey: 'root.server' }),
  ).toEqualTypeOf<string[]>();
  // @ts-expect-error a setter whose error is not `{ type, message }` is not react-hook-form's setError
  applyFieldErrors(new Error('x'), (name: string, error: { code: number }) => [name, error]);
});

test('ErrorFallback is react-error-boundary’s FallbackComponent as it is', () => {
  const boundary = (
    <ErrorBoundary FallbackComponent={ErrorFallback}>
      <p>content</p>
    </ErrorBoundary>
  );
  expectTypeOf(boundary).toEqualTypeOf<React.JSX.Element>();
  expectTypeOf(ErrorFallback).toBeCallableWith({ error: new Error('x'), resetErrorBoundary: () => {} });
});

test('the provider takes a partial catalog, a translate function, and nothing it does not know', () => {
  expectTypeOf<ApiErrorProviderProps>().toHaveProperty('translate').toEqualTypeOf<Translate | undefined>();
  // One kind's title, nothing else: a partial catalog is enough.
  const partial = (
    <ApiErrorProvider messages={{ kinds: { forbidden: { title: 'No entry' } } }}>{null}</ApiErrorProvider>
  );
  expectTypeOf(partial).toEqualTypeOf<React.JSX.Element>();
  // i18next's `t` and react-intl's `formatMessage` fit once wrapped: a key in, a string (or nothing) out.
  const t = (key: ApiErrorMessageKey, params?: Record<string, string | number>) => `${key}${params ? '' : ''}`;
  expectTypeOf(t).toMatchTypeOf<Translate>();
  // @ts-expect-error a kind the model does not have is a typo, caught before it ships
  <ApiErrorProvider messages={{ kinds: { forbiden: { title: 'No entry' } } }}>{null}</ApiErrorProvider>;
  const kind: ApiErrorKind = 'rate-limited';
  expectTypeOf(kind).toMatchTypeOf<string>();
});
