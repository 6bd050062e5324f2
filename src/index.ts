export { normalizeError } from './core/normalizeError';
export { isApiError } from './core/isApiError';
export { HttpError } from './core/httpError';
export { hasUnreadBody, readApiError } from './core/readApiError';
export { parseOAuthRedirect } from './core/oauthRedirect';
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
