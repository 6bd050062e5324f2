import * as React from 'react';
import { expectTypeOf, test } from 'vitest';
import { ErrorBoundary, type FallbackProps as ReactErrorBoundaryFallbackProps } from 'react-error-boundary';
import { toneOf, type ApiErrorTone } from 'api-error-kit';
import {
  ApiErrorView,
  ErrorFallback,
  ErrorSummary,
  FieldError,
  NotFoundNotice,
  OfflineNotice,
  PermissionNotice,
  RateLimitNotice,
  ServerErrorNotice,
  SupportId,
  type ApiErrorViewProps,
  type ErrorSummaryProps,
  type NoticeProps,
} from 'api-error-kit/react';
import { ApiErrorBoundary, type ApiErrorBoundaryProps, type FallbackProps } from 'api-error-kit/query';

test('every notice takes the shared props, and ApiErrorView takes each of them', () => {
  expectTypeOf<ErrorSummaryProps>().toExtend<NoticeProps>();
  expectTypeOf<ApiErrorViewProps>().toExtend<NoticeProps>();
  type Notices =
    | typeof ApiErrorView
    | typeof ErrorSummary
    | typeof PermissionNotice
    | typeof RateLimitNotice
    | typeof ServerErrorNotice
    | typeof ErrorFallback;
  // Checked for each member: `ComponentProps` distributes over the union.
  expectTypeOf<React.ComponentProps<Notices>>().toExtend<NoticeProps>();
  expectTypeOf<React.ComponentProps<typeof NotFoundNotice>>().toExtend<NoticeProps>();
  expectTypeOf<React.ComponentProps<typeof OfflineNotice>>().toExtend<NoticeProps>();
  // One polarity: the summary's opt-out is `autoFocus={false}`.
  expectTypeOf<ErrorSummaryProps['autoFocus']>().toEqualTypeOf<boolean | undefined>();
  // @ts-expect-error the old name is gone
  <ErrorSummary error={null} disableAutoFocus />;
});

test('every component takes a ref to its root element', () => {
  const section = React.createRef<HTMLElement>();
  const paragraph = React.createRef<HTMLParagraphElement>();
  <ApiErrorView ref={section} error={null} />;
  <ErrorSummary ref={section} error={null} />;
  <RateLimitNotice ref={section} error={null} />;
  <FieldError ref={paragraph} error={null} name="email" />;
  <SupportId ref={paragraph} logId="req-1" />;
});

test('ApiErrorBoundary takes react-error-boundary’s props, one fallback at a time', () => {
  expectTypeOf<FallbackProps>().toEqualTypeOf<ReactErrorBoundaryFallbackProps>();
  <ApiErrorBoundary fallback={<p>Could not load</p>} resetKeys={['/reports']} onReset={(details) => details.reason} />;
  <ApiErrorBoundary
    fallbackRender={({ error, resetErrorBoundary }) => (
      <button onClick={() => resetErrorBoundary()}>{String(error)}</button>
    )}
  />;
  <ApiErrorBoundary FallbackComponent={ErrorFallback} />;
  <ApiErrorBoundary headingLevel={3} supportHref={(id) => `/help/${id}`} />;
  // @ts-expect-error only one way to render the fallback
  <ApiErrorBoundary fallback={<p />} FallbackComponent={ErrorFallback} />;
  // @ts-expect-error `fallback` is a node: a render function goes in `fallbackRender`
  <ApiErrorBoundary fallback={({ error }: { error: unknown }) => String(error)} />;
  expectTypeOf<ApiErrorBoundaryProps['resetKeys']>().toEqualTypeOf<unknown[] | undefined>();
});

test('ErrorFallback is react-error-boundary’s FallbackComponent as it is', () => {
  <ErrorBoundary FallbackComponent={ErrorFallback}>
    <p />
  </ErrorBoundary>;
  expectTypeOf(ErrorFallback).toExtend<React.ComponentType<ReactErrorBoundaryFallbackProps>>();
});

test('toneOf gives one of three tones, from a model or a plain copy of one', () => {
  expectTypeOf(toneOf).returns.toEqualTypeOf<ApiErrorTone>();
  expectTypeOf<ApiErrorTone>().toEqualTypeOf<'critical' | 'warning' | 'info'>();
  toneOf({ kind: 'rate-limited' });
  // @ts-expect-error not a kind
  toneOf({ kind: 'teapot' });
});
