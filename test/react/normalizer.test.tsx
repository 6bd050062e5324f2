import * as React from 'react';
import { renderHook, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createNormalizer, type ErrorParser } from 'api-error-kit';
import { builtInFormats, nestjs } from 'api-error-kit/formats';
import { ApiErrorProvider, ApiErrorView, toFieldErrorRecord, useApiError } from 'api-error-kit/react';
import { createThrowOnError, retryPolicy, throwOnError } from 'api-error-kit/query';
import { formatFixtures } from '../fixtures/formats';
import { conformanceCase } from './caseServer';
import { renderWithKit } from './helpers';

/** A conformance case's response, as a client throws it. */
const failure = (id: string) => {
  const { response } = conformanceCase(id);
  return { status: response!.status, headers: response!.headers ?? {}, body: response!.body };
};
const fixture = (name: string) => {
  const found = formatFixtures.find((f) => f.name === name)!;
  return { status: found.status, headers: found.headers ?? {}, body: found.body };
};

// The JSON-RPC 2.0 spec's "rpc call of non-existent method", over HTTP 200: only the JSON-RPC format
// knows that -32601 is a missing method and that "Method not found" is the spec's fixed text for it.
const METHOD_NOT_FOUND = 'json-rpc/method-not-found';
// The structural reader alone: any body by its shape, no format's own knowledge.
const structural = createNormalizer();

describe("the provider's normalizer", () => {
  it('is what useApiError reads with, and nested providers inherit it', () => {
    const error = failure(METHOD_NOT_FOUND);
    expect(renderHook(() => useApiError(error)).result.current).toMatchObject({
      format: 'json-rpc',
      kind: 'not-found',
    });
    const wrapper = ({ children }: { children: React.ReactNode }) => (
      <ApiErrorProvider normalize={structural}>
        <ApiErrorProvider locale="en-GB">{children}</ApiErrorProvider>
      </ApiErrorProvider>
    );
    expect(renderHook(() => useApiError(failure(METHOD_NOT_FOUND)), { wrapper }).result.current).toMatchObject({
      format: 'generic',
      kind: 'unknown',
    });
  });

  it('decides which notice shows and what it says', () => {
    renderWithKit(<ApiErrorView error={failure(METHOD_NOT_FOUND)} />, { normalize: structural });
    expect(screen.getByText('Method not found')).toBeInTheDocument();
    const { container } = renderWithKit(<ApiErrorView error={failure(METHOD_NOT_FOUND)} />, {
      normalize: createNormalizer({ formats: builtInFormats }),
    });
    expect(container).not.toHaveTextContent('Method not found');
  });

  it('a value that is not a function reads with normalizeError', () => {
    const wrapper = ({ children }: { children: React.ReactNode }) => (
      <ApiErrorProvider normalize={'nope' as never}>{children}</ApiErrorProvider>
    );
    expect(renderHook(() => useApiError(failure(METHOD_NOT_FOUND)), { wrapper }).result.current).toMatchObject({
      format: 'json-rpc',
    });
  });
});

describe('the form helpers, retryPolicy and throwOnError read with the normalizer they are given', () => {
  it('toFieldErrorRecord: NestJS ValidationPipe paths are known to the NestJS format', () => {
    const error = fixture('ValidationPipe array with nested paths');
    const withNest = toFieldErrorRecord(error, { normalize: createNormalizer({ formats: [nestjs] }) });
    expect(Object.keys(withNest)).toEqual(['email', 'items.0.name', 'password']);
    const withoutNest = toFieldErrorRecord(error, { normalize: structural });
    expect(Object.keys(withoutNest)).not.toContain('items.0.name');
  });

  it('createThrowOnError: a missing JSON-RPC method stays with the component only when the format reads it', () => {
    expect(throwOnError(failure(METHOD_NOT_FOUND))).toBe(false);
    expect(createThrowOnError(structural)(failure(METHOD_NOT_FOUND))).toBe(true);
    expect(createThrowOnError(createNormalizer({ formats: builtInFormats }))(failure(METHOD_NOT_FOUND))).toBe(false);
  });

  it("retryPolicy: the app's parser, given once to its normalizer, decides the retry", () => {
    // The app's own backend says "try again" its own way; its parser is the one place that knows.
    const busy: ErrorParser = {
      name: 'busy',
      parse: (body) => ((body as { busy?: boolean })?.busy ? { kind: 'unavailable' } : undefined),
    };
    const normalize = createNormalizer({ formats: builtInFormats, parsers: [busy] });
    const error = { status: 200, headers: {}, body: { busy: true } };
    expect(retryPolicy({ normalize }).retry(0, error)).toBe(true);
    expect(retryPolicy().retry(0, error)).toBe(false);
  });
});
