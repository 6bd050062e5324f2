import * as React from 'react';
import type { ErrorParser } from 'api-error-kit';
import { ensureLiveRegions } from './announcer';
import { systemClock, type Clock } from './clock';
import { mergeMessages, messagesEn, type ApiErrorMessages, type ApiErrorMessagesOverride } from './messages';
import { translateMessages, type Translate } from './translate';

/** Maps a server field path (`items.0.name`) to something of the form's: an element id or a label. */
export type FieldMap = Record<string, string> | ((path: string) => string | undefined);

export interface ApiErrorConfig {
  messages: ApiErrorMessages;
  /** BCP 47 locale for numbers and durations; defaults to the runtime's (not the page's `lang`), so set it with `messages`. */
  locale?: string;
  /** Tried before the built-in parsers by `useApiError`. */
  parsers?: readonly ErrorParser[];
  /** Show developer details (`FullException`, stack traces). Off by default; keep it off in production. */
  debug: boolean;
  /**
   * Show the server's sentence when it is written for people (the core never passes on exceptions,
   * stack traces or SQL). `false` shows the catalog's text for each kind instead, everywhere below.
   * @default true
   */
  serverText: boolean;
  clock: Clock;
  onSignIn?: () => void;
  /** Where "Sign in" goes; a function receives the URL to come back to. Only http(s) URLs become links. */
  signInHref?: string | ((returnTo: string) => string);
  /** A support page for an ID; only http(s) URLs become links. */
  supportHref?: (logId: string) => string;
  fieldIds?: FieldMap;
  fieldLabels?: FieldMap;
}

export interface ApiErrorProviderProps extends Partial<Omit<ApiErrorConfig, 'messages'>> {
  /**
   * Any part of the catalog to replace, deep-merged over the parent provider's (English by default):
   * `{ kinds: { forbidden: { title: 'No entry' } } }` changes one title and keeps the rest.
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
 * Settings for every api-error-kit component below it: messages (i18n), locale, custom parsers,
 * debug details, sign-in and support links, field mapping, and the clock. Providers nest: each
 * overrides only what it sets. Also creates the page's live regions before anything is announced.
 */
export function ApiErrorProvider({ children, messages, translate, ...settings }: ApiErrorProviderProps) {
  const parent = useApiErrorConfig();
  // A layout effect runs before any child's effect, so the live regions exist before the first announcement.
  useIsomorphicLayoutEffect(ensureLiveRegions, []);
  const { locale, parsers, debug, serverText, clock, onSignIn, signInHref, supportHref, fieldIds, fieldLabels } = settings;
  const value = React.useMemo<ApiErrorConfig>(() => {
    const set = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
    const locale = 'locale' in set ? (usableLocale(set.locale) ?? parent.locale) : undefined;
    if (locale) set.locale = locale;
    else delete set.locale;
    return { ...parent, ...set, messages: translateMessages(mergeMessages(parent.messages, messages), translate) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [parent, messages, translate, locale, parsers, debug, serverText, clock, onSignIn, signInHref, supportHref, fieldIds, fieldLabels]);
  return <ConfigContext.Provider value={value}>{children}</ConfigContext.Provider>;
}
