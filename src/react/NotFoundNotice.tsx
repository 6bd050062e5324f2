import * as React from 'react';
import { normalizeError, type ApiError } from 'api-error-kit';
import { useApiErrorConfig } from './context';
import { Notice } from './Notice';
import type { NoticeProps } from './noticeProps';
import { useApiError } from './useApiError';

export interface NotFoundNoticeProps extends NoticeProps {
  /**
   * The failure, when there is one; the notice also stands alone for a route that matches nothing.
   * @default none (a plain "Not found")
   */
  error?: unknown;
  /**
   * Words for a page that does not exist ("Page not found", and how to check the address) rather
   * than for a thing a request did not find ("Not found"). For route-level use.
   * @default false
   */
  page?: boolean;
}

// Made on first use, so importing the kit does no work (and bundlers can drop what an app does not use).
let notFound: ApiError | undefined;
const standalone = () => (notFound ??= normalizeError({ status: 404, headers: {}, body: null }));

/**
 * "Not found" for what a request did not find, "Page not found" (with `page`) for a route that matches
 * nothing: no "404", no blame; the server's sentence when it has a specific one.
 */
export const NotFoundNotice = /* @__PURE__ */ React.forwardRef<HTMLElement, NotFoundNoticeProps>(
  function NotFoundNotice({ error, page, ...rest }, ref) {
    const { messages } = useApiErrorConfig();
    const apiError = useApiError(error) ?? standalone();
    return (
      <Notice
        ref={ref}
        error={apiError}
        kind="not-found"
        text={page ? messages.pageNotFound : undefined}
        data-page={page ? true : undefined}
        {...rest}
      />
    );
  },
);
