import * as React from 'react';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { ApiErrorView, type ApiErrorViewProps } from 'api-error-kit/react';

/** What a fallback gets: react-error-boundary's `FallbackProps`, so the same components fit both. */
export interface FallbackProps {
  /** Whatever was thrown. */
  error: unknown;
  /** Clears the boundary, resets the failed queries inside it, and renders the children again. */
  resetErrorBoundary: (...args: unknown[]) => void;
}

/** Why the boundary reset, as react-error-boundary's `onReset` is told. */
export type ResetDetails =
  | { reason: 'imperative-api'; args: unknown[] }
  | { reason: 'keys'; prev: unknown[] | undefined; next: unknown[] | undefined };

interface SharedProps extends Omit<ApiErrorViewProps, 'error' | 'onRetry' | 'onError' | 'onReset'> {
  /**
   * What the boundary guards: rendered until something in it throws, and again after a reset.
   * @default nothing
   */
  children?: React.ReactNode;
  /**
   * Called after a reset (Try again, `resetErrorBoundary`, or a change of `resetKeys`), e.g. to clear
   * the state that caused the failure. The failed queries inside are reset already.
   * @default none
   */
  onReset?: (details: ResetDetails) => void;
  /**
   * Called with every error the boundary catches, e.g. to report it.
   * @default none
   */
  onError?: (error: unknown, info: React.ErrorInfo) => void;
  /**
   * Resets the boundary when any of them changes (compared with `Object.is`), as react-error-boundary
   * does: `resetKeys={[pathname]}` lets a person leave a failed page by following any link.
   * @default none
   */
  resetKeys?: unknown[];
}

/**
 * One way to render the failure, or none for `ApiErrorView`: as in react-error-boundary, only one
 * of `fallback`, `fallbackRender` and `FallbackComponent` is accepted.
 */
type FallbackChoice =
  | { fallback?: never; fallbackRender?: never; FallbackComponent?: never }
  | {
      /**
       * What to render instead, as it is (a node: it gets neither the error nor a reset).
       * @default `ApiErrorView` for the error
       */
      fallback: React.ReactNode;
      fallbackRender?: never;
      FallbackComponent?: never;
    }
  | {
      fallback?: never;
      /**
       * Renders the fallback from the error and a reset: `({ error, resetErrorBoundary }) => …`.
       * @default `ApiErrorView` for the error
       */
      fallbackRender: (props: FallbackProps) => React.ReactNode;
      FallbackComponent?: never;
    }
  | {
      fallback?: never;
      fallbackRender?: never;
      /**
       * A component rendered with `{ error, resetErrorBoundary }`; the kit's `ErrorFallback` fits.
       * @default `ApiErrorView` for the error
       */
      FallbackComponent: React.ComponentType<FallbackProps>;
    };

export type ApiErrorBoundaryProps = SharedProps & FallbackChoice;

interface BoundaryProps {
  children?: React.ReactNode;
  resetKeys?: unknown[];
  onReset: (details: ResetDetails) => void;
  onError?: (error: unknown, info: React.ErrorInfo) => void;
  render: (props: FallbackProps) => React.ReactNode;
}

type BoundaryState = { failed: boolean; error?: unknown };

const changed = (prev: unknown[] = [], next: unknown[] = []) =>
  prev.length !== next.length || prev.some((key, index) => !Object.is(key, next[index]));

// Made by a pure factory rather than a top-level `class … extends React.Component`, which bundlers must
// keep for its side effects: an app that imports only `retryPolicy` does not get React with it.
const Boundary = /* @__PURE__ */ (() =>
  class Boundary extends React.Component<BoundaryProps, BoundaryState> {
    override state: BoundaryState = { failed: false };

    static getDerivedStateFromError(error: unknown): BoundaryState {
      return { failed: true, error };
    }

    override componentDidCatch(error: unknown, info: React.ErrorInfo) {
      this.props.onError?.(error, info);
    }

    // Only a boundary that was already showing a failure resets: keys that change in the same
    // update as the throw belong to the render that failed.
    override componentDidUpdate({ resetKeys: prev }: BoundaryProps, { failed }: BoundaryState) {
      const next = this.props.resetKeys;
      if (failed && changed(prev, next)) this.reset({ reason: 'keys', prev, next });
    }

    reset(details: ResetDetails) {
      if (this.state.failed) {
        this.props.onReset(details);
        this.setState({ failed: false, error: undefined });
      }
    }

    resetErrorBoundary = (...args: unknown[]) => this.reset({ reason: 'imperative-api', args });

    override render() {
      return this.state.failed
        ? this.props.render({ error: this.state.error, resetErrorBoundary: this.resetErrorBoundary })
        : this.props.children;
    }
  })();

/**
 * An error boundary for queries, with react-error-boundary's props: renders `ApiErrorView` for
 * whatever a query (or anything) threw during render, or the `fallback`, `fallbackRender` or
 * `FallbackComponent` given. Try again (`resetErrorBoundary`) resets the failed queries inside it and
 * renders the children again; so does a change of `resetKeys`. Use it with `throwOnError` so only
 * failures on the service's side reach it.
 *
 * It does not catch errors in event handlers or async code outside React Query (React's rule).
 */
export function ApiErrorBoundary({
  children,
  fallback,
  fallbackRender,
  FallbackComponent,
  onReset,
  onError,
  resetKeys,
  ...view
}: ApiErrorBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary
          resetKeys={resetKeys}
          onReset={(details) => {
            reset();
            onReset?.(details);
          }}
          onError={onError}
          render={(props) =>
            typeof fallbackRender === 'function' ? (
              fallbackRender(props)
            ) : FallbackComponent ? (
              <FallbackComponent {...props} />
            ) : fallback !== undefined ? (
              fallback
            ) : (
              <ApiErrorView error={props.error} onRetry={() => props.resetErrorBoundary()} {...view} />
            )
          }
        >
          {children}
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}
