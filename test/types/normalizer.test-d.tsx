import { expectTypeOf, test } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import {
  createNormalizer,
  normalizeError,
  readApiError,
  type ApiError,
  type ErrorFormat,
  type Normalizer,
} from 'api-error-kit';
import { builtInFormats, problemJson, stripe } from 'api-error-kit/formats';
import { awsSdkErrors, builtInClients, trpcErrors, type ErrorClient } from 'api-error-kit/clients';
import { toTanStackFormErrors } from 'api-error-kit/forms';
import { ApiErrorProvider, applyFieldErrors } from 'api-error-kit/react';
import { createThrowOnError, retryPolicy, throwOnError } from 'api-error-kit/query';

test('createNormalizer gives what normalizeError is, and takes formats, not strings', () => {
  const normalize = createNormalizer({ formats: [problemJson, stripe] });
  expectTypeOf(normalize).toEqualTypeOf<Normalizer>();
  expectTypeOf(normalizeError).toEqualTypeOf<Normalizer>();
  expectTypeOf(normalize(new Error('x'))).toEqualTypeOf<ApiError>();
  expectTypeOf(builtInFormats).toEqualTypeOf<readonly ErrorFormat[]>();
  // @ts-expect-error a format is an object the kit exports, not its name
  createNormalizer({ formats: ['stripe'] });
});

test('createNormalizer takes the clients an app uses, which are objects, not names', () => {
  expectTypeOf(
    createNormalizer({ formats: [problemJson], clients: [trpcErrors, awsSdkErrors] }),
  ).toEqualTypeOf<Normalizer>();
  expectTypeOf(builtInClients).toEqualTypeOf<readonly ErrorClient[]>();
  // @ts-expect-error a client is an object the kit exports, not its name
  createNormalizer({ clients: ['trpc'] });
  // @ts-expect-error a client reads: `read` is required
  const noRead: ErrorClient = { errorNames: ['MyError'] };
  void noRead;
});

test('an app can write a format of its own', () => {
  const acme: ErrorFormat = {
    name: 'acme',
    keys: ['fault'],
    test: (body) => typeof body.fault?.reference === 'string',
    read: (body) => ({ logId: body.fault.reference, kind: 'conflict' }),
  };
  // The README's format that reads its vendor's headers.
  const acmeGateway: ErrorFormat = {
    name: 'acme',
    keys: ['acme_error'],
    test: (body) => typeof body.acme_error === 'object',
    read: (body) => ({ code: body.acme_error.slug }),
    readHeaders: (header) => ({
      code: header('acme-error-code'),
      retryable: header('acme-retry') === 'never' ? false : undefined,
    }),
  };
  const kindFromHeaders: ErrorFormat = {
    name: 'k',
    keys: [],
    test: () => true,
    // @ts-expect-error what headers say is a code and a verdict, not a kind
    readHeaders: () => ({ kind: 'server' }),
  };
  createNormalizer({ formats: [acmeGateway, ...builtInFormats] });
  // @ts-expect-error a format says which keys it needs (none: `[]`)
  const keyless: ErrorFormat = { name: 'keyless', test: () => true };
  createNormalizer({ formats: [acme, keyless, kindFromHeaders] });
});

test('the same normalizer is given to every layer, as the README shows', () => {
  const normalize = createNormalizer({ formats: [problemJson] });
  const provider = <ApiErrorProvider normalize={normalize}>{null}</ApiErrorProvider>;
  expectTypeOf(provider).not.toBeAny();
  new QueryClient({
    defaultOptions: { queries: { ...retryPolicy({ normalize }), throwOnError: createThrowOnError(normalize) } },
  });
  expectTypeOf(createThrowOnError(normalize)).toEqualTypeOf(throwOnError);
  const { setError } = useForm<{ email: string }>();
  applyFieldErrors(new Error('x'), setError, { normalize });
  toTanStackFormErrors(new Error('x'), { normalize });
  expectTypeOf(readApiError(new Error('x'), { normalize })).resolves.toEqualTypeOf<ApiError>();
  // @ts-expect-error the provider takes a normalizer, not its options
  <ApiErrorProvider normalize={{ formats: [problemJson] }} />;
});
