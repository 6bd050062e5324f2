import * as React from 'react';
import { FailureNotice, type FailureProps } from './FailureNotice';
import type { NoticeProps } from './noticeProps';
import { useApiError } from './useApiError';

export interface ServerErrorNoticeProps extends NoticeProps, FailureProps {
  /** The failure (a 5xx, or any error to show in its words). Nothing renders for null or undefined. */
  error: unknown;
}

/**
 * A failure on the service's side (5xx), in plain words: no status number or jargon in the
 * title. Shows the support ID as selectable text with a Copy button, an optional support link, and
 * developer details only in debug mode.
 */
export const ServerErrorNotice = /* @__PURE__ */ React.forwardRef<HTMLElement, ServerErrorNoticeProps>(
  function ServerErrorNotice({ error, ...rest }, ref) {
    const apiError = useApiError(error);
    if (!apiError) return null;
    return (
      <FailureNotice
        ref={ref}
        error={apiError}
        kind={apiError.kind === 'unavailable' ? 'unavailable' : 'server'}
        {...rest}
      />
    );
  },
);
