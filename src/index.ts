export { normalizeError } from './core/normalizeError';
export { createNormalizer } from './core/createNormalizer';
export { isApiError } from './core/isApiError';
export { HttpError } from './core/httpError';
export { hasUnreadBody, readApiError } from './core/readApiError';
export { parseOAuthRedirect } from './core/oauthRedirect';
export { toActionError } from './core/actionResult';
export { shouldReport } from './core/shouldReport';
export { toReport } from './core/toReport';
export { toToast } from './core/toToast';
export { onUnauthorized } from './core/onUnauthorized';
export { toneOf } from './core/tone';
export { API_ERROR_KINDS, KIND_TRAITS } from './core/kindTraits';
/**
 * The kit's English: per kind the `[title, message]` that `normalizeError` gives a model when the body
 * has nothing better (`messageSource: 'default'`), with named variants (`not-found`'s `page`,
 * `network`'s `unreachable`) as a third member. The React catalog `messagesEn` is built from it.
 */
export { ACTION_TEXT as defaultActionText } from './core/defaultText';
export { DEFAULT_TEXT as defaultText } from './core/defaultText';

export type {
  ApiError,
  ApiErrorKind,
  ApiFieldError,
  ErrorParser,
  MessageSource,
  NormalizeOptions,
  ParseContext,
  ParsedError,
  RateLimit,
} from './core/types';
export type { Normalizer, NormalizerOptions, ReadingOptions } from './core/createNormalizer';
export type { ReadApiErrorOptions } from './core/readApiError';
export type { ErrorFormat, FormatHeaders } from './core/formats/format';
export type { ActionApiError, ActionErrorOptions, ActionErrorResult } from './core/actionResult';
export type { ShouldReportOptions } from './core/shouldReport';
export type { ErrorReport, ReportTags, ToReportOptions } from './core/toReport';
export type { ToastAction, ToastContent, ToToastOptions } from './core/toToast';
export type { UnauthorizedHandler } from './core/onUnauthorized';
export type { ApiErrorTone } from './core/tone';
export type { ApiErrorKindTraits } from './core/kindTraits';
