import * as React from 'react';
import { normalizeError } from 'api-error-kit';
import { useApiErrorConfig } from './context';
import { Notice, noticeText, type NoticeProps } from './Notice';
import { useApiError } from './useApiError';

export interface NotFoundNoticeProps extends NoticeProps {
  /** The failure, when there is one; the notice also stands alone for a route that matches nothing. */
  error?: unknown;
}

const NOT_FOUND = normalizeError({ status: 404, headers: {}, body: null });

/** "Page not found": no "404", no blame; the server's sentence when it has a specific one. */
export const NotFoundNotice = React.forwardRef<HTMLElement, NotFoundNoticeProps>(function NotFoundNotice(
  { error, title, description, ...rest },
  ref,
) {
  const { messages } = useApiErrorConfig();
  const apiError = useApiError(error) ?? NOT_FOUND;
  const text = noticeText(messages, apiError, 'not-found');
  return <Notice ref={ref} error={apiError} title={title ?? text.title} description={description ?? text.description} {...rest} />;
});
