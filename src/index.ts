export { normalizeError } from './core/normalizeError';
export { isApiError } from './core/isApiError';
export { HttpError } from './core/httpError';
export { parseOAuthRedirect } from './core/oauthRedirect';

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
