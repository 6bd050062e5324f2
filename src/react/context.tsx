import * as React from 'react';
import type { ErrorParser, Normalizer } from 'api-error-kit';
import { ensureLiveRegions } from './announcer';
import { systemClock, type Clock } from './clock';
import type { FieldPathMapping } from './fieldResolver';
import { mergeMessages, messagesEn, type ApiErrorMessages, type ApiErrorMessagesOverride } from './messages';
import { translateMessages, type Translate } from './translate';

export interface ApiErrorConfig {
  /** Every text the notices show and speak, merged from the providers above (English at the top). */
  messages: ApiErrorMessages;
  /**
   * BCP 47 locale for numbers and durations; set it with `messages`.
   * @default the runtime's (`Intl`'s default, not the page's `lang`)
   */
  locale?: string;
  /**
   * Tried before the normalizer's formats by `useApiError` and every notice.
   * @default none
   */
  parsers?: readonly ErrorParser[];
  /**
   * What `useApiError`, every notice and the form helpers read errors with: a `createNormalizer` that
   * reads only your API's formats. Give the same one to `retryPolicy` and `createThrowOnError`.
   * @default normalizeError (every format the kit knows)
   */
  normalize?: Normalizer;
  /**
   * Show developer details (`FullException`, stack traces). Keep it off in production.
   * @default false
   */
  debug: boolean;
  /**
   * Show the server's sentence when it is written for people (the core never passes on exceptions,
   * stack traces or SQL). `false` shows the catalog's text for each kind instead, everywhere below.
   * @default true
   */
  serverText: boolean;
  /**
   * The time countdowns count against: the system clock, or a manual one in tests and stories (`createManualClock`).
   */
  clock: Clock;
  /** What "Sign in" does on a 401, when signing in is not a page to go to (a modal, an SDK's redirect). */
  onSignIn?: () => void;
  /**
   * Where "Sign in" goes; a function receives the URL to come back to. Only http(s) URLs become links.
   * @default none: without it or `onSignIn`, a 401 offers no way forward (and warns once in development)
   */
  signInHref?: string | ((returnTo: string) => string);
  /** A support page for an ID; only http(s) URLs become links. */
  supportHref?: (logId: string) => string;
  /**
   * A field's path to the id of its control, for `ErrorSummary`'s links and `FieldError`'s wiring:
   * `{ 'items.0.name': 'item-1-name' }` or a function. Keys match in any case and notation.
   * @default none: the id is the path in dots, camelCased as the browser sent it (`Items[0].Name` → `items.0.name`)
   */
  fieldIds?: FieldPathMapping;
  /**
   * A field's path to its label, which `ErrorSummary` puts before a message that does not name it ("Email: Required").
   * @default none
   */
  fieldLabels?: FieldPathMapping;
}

export interface ApiErrorProviderProps extends Partial<Omit<ApiErrorConfig, 'messages'>> {
  /**
   * Any part of the catalog to replace, deep-merged over the parent provider's (English by default):
   * `{ kinds: { forbidden: { title: 'No entry' } } }` changes one title and keeps the rest.
   * @default the parent provider's catalog (English, `messagesEn`, at the top)
   */
  messages?: ApiErrorMessagesOverride;
  /**
   * The app's own translations, looked up by catalog key (`kinds.forbidden.title`, `tryAgain`,
   * `retryIn` with `{ time }`): i18next's `t`, or react-intl's and Lingui's behind a one-line adapter.
   * A key it has wins; a key it lacks (it gives back the key, or nothing) keeps `messages`, then the
   * parent's text. Pass a new function when the language changes (react-i18next and react-intl do).
   * @default undefined (the catalog only)
   */
  translate?: Translate;
  /**
   * The time countdowns count against.
   * @default the parent provider's, else the system clock
   */
  clock?: Clock;
  /**
   * Show developer details (`FullException`, stack traces). Keep it off in production.
   * @default the parent provider's, else false
   */
  debug?: boolean;
  /**
   * BCP 47 locale for numbers and durations; set it with `messages`.
   * @default the parent provider's, else the runtime's
   */
  locale?: string;
  /**
   * Tried before the normalizer's formats.
   * @default the parent provider's, else none
   */
  parsers?: readonly ErrorParser[];
  /**
   * What `useApiError`, every notice and the form helpers below read errors with: a `createNormalizer`
   * that reads only your API's formats. Give the same one to `retryPolicy` and `createThrowOnError`.
   * @default the parent provider's, else `normalizeError` (every format the kit knows)
   */
  normalize?: Normalizer;
  /**
   * Where "Sign in" goes; a function receives the URL to come back to. Only http(s) URLs become links.
   * @default the parent provider's, else none (a 401 then warns once in development)
   */
  signInHref?: string | ((returnTo: string) => string);
  /**
   * What "Sign in" does on a 401, when it is not a page to go to (a modal, an SDK's redirect). The parent's when
   * absent.
   */
  onSignIn?: () => void;
  /**
   * The part of the app these settings apply to.
   * @default none
   */
  children?: React.ReactNode;
}

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? React.useEffect : React.useLayoutEffect;

/** A locale tag `Intl` accepts, or none: a malformed one would throw in every countdown. */
function usableLocale(locale: unknown): string | undefined {
  try {
    return typeof locale === 'string' && new Intl.NumberFormat(locale) ? locale : undefined;
  } catch {
    return undefined;
  }
}

const defaults: ApiErrorConfig = { messages: messagesEn, debug: false, serverText: true, clock: systemClock };
const ConfigContext = /* @__PURE__ */ React.createContext(defaults);

/** The nearest provider's settings, or the defaults when there is none. */
export const useApiErrorConfig = (): ApiErrorConfig => React.useContext(ConfigContext);

/**
 * Settings for every api-error-kit component below it: messages (i18n), locale, the normalizer and parsers,
 * debug details, sign-in and support links, field mapping, and the clock. Providers nest: each
 * overrides only what it sets. Also creates the page's live regions before anything is announced.
 */
export function ApiErrorProvider({ children, messages, translate, ...settings }: ApiErrorProviderProps) {
  const parent = useApiErrorConfig();
  // A layout effect runs before any child's effect, so the live regions exist before the first announcement.
  useIsomorphicLayoutEffect(ensureLiveRegions, []);
  const {
    locale,
    parsers,
    normalize,
    debug,
    serverText,
    clock,
    onSignIn,
    signInHref,
    supportHref,
    fieldIds,
    fieldLabels,
  } = settings;
  const value = React.useMemo<ApiErrorConfig>(() => {
    const set = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
    const locale = 'locale' in set ? (usableLocale(set.locale) ?? parent.locale) : undefined;
    if (locale) set.locale = locale;
    else delete set.locale;
    return { ...parent, ...set, messages: translateMessages(mergeMessages(parent.messages, messages), translate) };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `settings` is new each render; its fields are listed
  }, [
    parent,
    messages,
    translate,
    locale,
    parsers,
    normalize,
    debug,
    serverText,
    clock,
    onSignIn,
    signInHref,
    supportHref,
    fieldIds,
    fieldLabels,
  ]);
  return <ConfigContext.Provider value={value}>{children}</ConfigContext.Provider>;
}
