export { normalizeError } from './core/normalizeError';
export { isApiError } from './core/isApiError';
export { HttpError } from './core/httpError';
export { hasUnreadBody, readApiError } from './core/readApiError';
export { parseOAuthRedirect } from './core/oauthRedirect';
export { toActionError } from './core/actionResult';
export { shouldReport } from './core/shouldReport';
export { toReport } from './core/toReport';
export { toToast } from './core/toToast';
export { onUnauthorized } from './core/onUnauthorized';
/** The plain `[title, message]` per kind that `normalizeError` uses when a body has nothing better. */
export { DEFAULT_TEXT as defaultText } from './core/kinds';

export type {
  ApiError,
  ApiErrorKind,
  ErrorParser,
  FieldError,
  NormalizeOptions,
  ParseContext,
  ParsedError,
  RateLimit,
} from './core/types';
export type { ActionApiError, ActionErrorOptions, ActionErrorResult } from './core/actionResult';
export type { ShouldReportOptions } from './core/shouldReport';
export type { Report, ReportTags, ToReportOptions } from './core/toReport';
export type { ToastAction, ToastContent, ToToastOptions } from './core/toToast';
export type { UnauthorizedHandler } from './core/onUnauthorized';
