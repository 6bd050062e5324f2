import * as React from 'react';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { ApiErrorView, type ApiErrorViewProps } from 'api-error-kit/react';

export interface ApiErrorBoundaryProps extends Omit<ApiErrorViewProps, 'error' | 'onRetry' | 'onError'> {
  children?: React.ReactNode;
  /** Renders instead of `ApiErrorView`; `reset` clears the boundary and resets the failed queries. */
  fallback?: (props: { error: unknown; reset: () => void }) => React.ReactNode;
  /** Called after a reset, e.g. to clear state that caused the failure. */
  onReset?: () => void;
  /** Called with every error the boundary catches, e.g. to report it. */
  onError?: (error: unknown, info: React.ErrorInfo) => void;
}

interface BoundaryProps {
  children?: React.ReactNode;
  onReset: () => void;
  onError?: (error: unknown, info: React.ErrorInfo) => void;
  render: (error: unknown, reset: () => void) => React.ReactNode;
}

// Made by a pure factory rather than a top-level `class … extends React.Component`, which bundlers must
// keep for its side effects: an app that imports only `retryPolicy` does not get React with it.
const Boundary = /* @__PURE__ */ (() =>
  class Boundary extends React.Component<BoundaryProps, { failed: boolean; error: unknown }> {
    override state = { failed: false, error: undefined as unknown };

    static getDerivedStateFromError(error: unknown) {
      return { failed: true, error };
    }

    override componentDidCatch(error: unknown, info: React.ErrorInfo) {
      this.props.onError?.(error, info);
    }

    reset = () => {
      this.props.onReset();
      this.setState({ failed: false, error: undefined });
    };

    override render() {
      return this.state.failed ? this.props.render(this.state.error, this.reset) : this.props.children;
    }
  })();

/**
 * An error boundary for queries: renders `ApiErrorView` for whatever a query (or anything) threw
 * during render, and its Try again resets the failed queries inside it and renders the children
 * again. Use it with `throwOnError` so only failures on the service's side reach it.
 *
 * It does not catch errors in event handlers or async code outside React Query (React's rule).
 */
export function ApiErrorBoundary({ children, fallback, onReset, onError, ...view }: ApiErrorBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary
          onReset={() => {
            reset();
            onReset?.();
          }}
          onError={onError}
          render={(error, resetBoundary) =>
            fallback ? fallback({ error, reset: resetBoundary }) : <ApiErrorView error={error} onRetry={resetBoundary} {...view} />
          }
        >
          {children}
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}
