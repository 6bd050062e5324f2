import type { ApiErrorKind } from 'api-error-kit';
import type { ApiErrorMessages, NoticeText } from './messages';

type TextKey = {
  [K in keyof ApiErrorMessages]: ApiErrorMessages[K] extends string ? K : never;
}[keyof ApiErrorMessages];
type FunctionKey = {
  [K in keyof ApiErrorMessages]: ApiErrorMessages[K] extends (value: string) => string ? K : never;
}[keyof ApiErrorMessages];
type PairKey = {
  [K in keyof ApiErrorMessages]: ApiErrorMessages[K] extends NoticeText ? K : never;
}[keyof ApiErrorMessages];

/**
 * The name of one catalog string, as a translation key: the path into `ApiErrorMessages`
 * (`kinds.forbidden.title`, `pageNotFound.message`, `tryAgain`, `retryIn`).
 */
export type ApiErrorMessageKey =
  `kinds.${ApiErrorKind}.${keyof NoticeText}` | `${PairKey}.${keyof NoticeText}` | TextKey | FunctionKey;

/**
 * The value each catalog function receives, by the name a translation uses for it:
 * `signedInAs` gets `{ account }`, `retryIn` gets `{ time }` ("0:42"), `retryInSpoken` and
 * `autoRetryIn` get `{ duration }` ("1 minute, 30 seconds", already in the locale's words).
 * Fails to compile when the catalog gains a function without a name here.
 */
export const messageParams: Record<FunctionKey, string> = {
  signedInAs: 'account',
  retryIn: 'time',
  retryInSpoken: 'duration',
  autoRetryIn: 'duration',
};

/**
 * What libraries give back for a key they lack: the key, or the key under the app's prefix or
 * namespace (i18next's `keyPrefix` gives `apiError.tryAgain`; an adapter that adds `errors:` gives that).
 */
const isKey = (text: string, key: string): boolean =>
  text === key || text.endsWith(`.${key}`) || text.endsWith(`:${key}`);

/**
 * Looks up one catalog string in the app's translations: i18next's `t`, react-intl's
 * `formatMessage` or Lingui's `i18n._` behind a one-line adapter. Anything but a non-empty string
 * other than the key itself (what i18next, react-intl and Lingui give back for a missing key, also
 * under a prefix or namespace) counts as missing, and the catalog's text is used.
 */
export type Translate = (key: ApiErrorMessageKey, params: Readonly<Record<string, string>>) => unknown;

/**
 * `base` with each string the app's translation has replaced by it. Resolved once per provider
 * render (the strings), or per call (the functions, which need their value); a translation that
 * throws or is missing leaves the catalog's text.
 */
export function translateMessages(base: ApiErrorMessages, translate: unknown): ApiErrorMessages {
  if (typeof translate !== 'function') return base;
  // Always with a params object, empty for plain strings: i18next's `t` is typed to want one.
  const lookUp = (key: string, fallback: string, params: Record<string, string> = {}): string => {
    try {
      const text: unknown = translate(key, params);
      return typeof text === 'string' && text !== '' && !isKey(text, key) ? text : fallback;
    } catch {
      return fallback;
    }
  };
  // The catalog's own shape, walked: a string, a function of one value, or a record of either.
  const walk = (value: unknown, key: string): unknown =>
    typeof value === 'string'
      ? lookUp(key, value)
      : typeof value === 'function'
        ? (argument: string) => lookUp(key, value(argument), { [messageParams[key as FunctionKey]]: argument })
        : Object.fromEntries(
            Object.entries(value as object).map(([name, entry]) => [name, walk(entry, key ? `${key}.${name}` : name)]),
          );
  return walk(base, '') as ApiErrorMessages;
}
