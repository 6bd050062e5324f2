import { ACTION_TEXT } from './defaultText';
import type { ReadingOptions } from './createNormalizer';
import { normalizerOf } from './normalizeError';

/** A button on a toast: the shape sonner's `action` takes. */
export interface ToastAction {
  label: string;
  onClick: () => void;
}

/** What a global notice shows. Pass it to sonner as `toast.error(t.title, t)`. */
export interface ToastContent {
  /**
   * The same for the same failure (kind, status, code and words), whichever request or retry threw it,
   * so sonner and react-hot-toast update the toast already shown instead of stacking a copy.
   */
  id: string;
  /** The model's title: plain text, never HTML. */
  title: string;
  /** The model's message: plain text, never HTML. */
  description: string;
  /** Sign in, or try again, when the app passed a handler for it and the failure calls for it. */
  action?: ToastAction;
}

export interface ToToastOptions extends ReadingOptions {
  /**
   * Offered as the action when signing in would fix the failure (`unauthenticated`).
   * @default undefined (no action)
   */
  onSignIn?: () => void;
  /**
   * Offered as the action when sending the request again may succeed (server, unavailable, timeout,
   * network). Not for a rate limit: the wait is the point, and a button would only fail again.
   * @default undefined (no action)
   */
  onRetry?: () => void;
  /**
   * The action labels. An `ApiErrorMessages` catalog from `api-error-kit/react` fits as it is.
   * @default { signIn: 'Sign in', tryAgain: 'Try again' }
   */
  messages?: { signIn?: string; tryAgain?: string };
}

/** FNV-1a, 32 bits, in base 36: short, stable across pages and sessions, and enough to tell failures apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The message without what differs per request inside one failure: a request id in the sentence
 * (OpenAI's "include the request ID 500d9fff… in your message"), a count of seconds. Any word with a
 * digit. Split on spaces rather than matched by one pattern, which is quadratic on a long word.
 */
const words = (message: string): string =>
  message
    .split(' ')
    .map((word) => (/\d/.test(word) ? '#' : word))
    .join(' ');

/**
 * A failure as a global notice (a toast) with a stable `id`: twenty queries failing the same way at
 * once show one toast, which sonner and react-hot-toast update in place. The id leaves out what
 * differs per request (support id, retry time, ids and numbers in the message), so it says "this
 * failure", not "this response".
 * Takes anything thrown, normalized first. Never throws.
 *
 * @example const t = toToast(error, { onRetry: () => query.fetch() }); toast.error(t.title, t);
 */
export function toToast(error: unknown, options: ToToastOptions = {}): ToastContent {
  const { kind, status, code, title, message, retryable } = normalizerOf(options)(error, { parsers: options?.parsers });
  const toast: ToastContent = {
    id: `api-error-${kind}-${hash([kind, status, code, title, words(message)].join('\n'))}`,
    title,
    description: message,
  };
  const { onSignIn, onRetry, messages } = options ?? {};
  if (kind === 'unauthenticated' && typeof onSignIn === 'function')
    toast.action = { label: messages?.signIn ?? ACTION_TEXT.signIn, onClick: onSignIn };
  else if (retryable && kind !== 'rate-limited' && typeof onRetry === 'function')
    toast.action = { label: messages?.tryAgain ?? ACTION_TEXT.tryAgain, onClick: onRetry };
  return toast;
}
