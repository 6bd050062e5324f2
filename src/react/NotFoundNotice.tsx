import * as React from 'react';
import { normalizeError, type ApiError } from 'api-error-kit';
import { Notice, type NoticeProps } from './Notice';
import { useApiError } from './useApiError';

export interface NotFoundNoticeProps extends NoticeProps {
  /** The failure, when there is one; the notice also stands alone for a route that matches nothing. */
  error?: unknown;
}

// Made on first use, so importing the kit does no work (and bundlers can drop what an app does not use).
let notFound: ApiError | undefined;
const standalone = () => (notFound ??= normalizeError({ status: 404, headers: {}, body: null }));

/** "Page not found": no "404", no blame; the server's sentence when it has a specific one. */
export const NotFoundNotice = /* @__PURE__ */ React.forwardRef<HTMLElement, NotFoundNoticeProps>(function NotFoundNotice(
  { error, ...rest },
  ref,
) {
  const apiError = useApiError(error) ?? standalone();
  return <Notice ref={ref} error={apiError} kind="not-found" {...rest} />;
});
