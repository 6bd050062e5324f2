import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { IntlProvider, useIntl } from 'react-intl';
import {
  ApiErrorProvider,
  createManualClock,
  messagesEn,
  PermissionNotice,
  RateLimitNotice,
  type Translate,
} from 'api-error-kit/react';
import { messagesDe } from 'api-error-kit/locales/de';
import { translateMessages } from '../../src/react/translate';
import { announcements, resetAnnouncer, response } from './helpers';

beforeEach(resetAnnouncer);

const forbidden = () => response(403, null, { 'x-request-id': '7f3a-19c2' });
const tooMany = () => response(429, null, { 'Retry-After': '61' });

/**
 * An app's own i18next resources, nested as i18next keeps them: the kit's keys are the paths into its
 * catalog, under the app's `apiError` prefix. Only part of the catalog is translated here.
 */
const resources = {
  de: {
    translation: {
      apiError: {
        kinds: { forbidden: { title: 'Kein Zugriff' }, 'rate-limited': { title: 'Bitte etwas Geduld' } },
        requestAccess: 'Zugang beantragen',
        signedInAs: 'Angemeldet als {{account}}.',
        retryIn: 'Wieder möglich in {{time}}',
        retryInSpoken: 'Wieder möglich in {{duration}}.',
        copied: 'Kopiert',
      },
    },
  },
  en: { translation: { apiError: { kinds: { forbidden: { title: 'No entry' } } } } },
};

async function i18n(lng: string) {
  const instance = i18next.createInstance();
  // React escapes what it renders; i18next escaping too would show "&amp;" (react-i18next's documented setting).
  await instance.use(initReactI18next).init({ lng, resources, interpolation: { escapeValue: false } });
  return instance;
}

/** What an app writes: `translate={t}`, with the kit's keys under a prefix of the app's choosing. */
function WithI18next({ children, messages }: { children: React.ReactNode; messages?: typeof messagesDe }) {
  const { t, i18n: instance } = useTranslation('translation', { keyPrefix: 'apiError' });
  return (
    <ApiErrorProvider translate={t} messages={messages} locale={instance.language} clock={clock}>
      {children}
    </ApiErrorProvider>
  );
}

let clock = createManualClock();
beforeEach(() => {
  clock = createManualClock();
});

describe('translate with i18next and react-i18next', () => {
  it('takes each string the app has translated from `t`, with its params interpolated, and the catalog for the rest', async () => {
    const instance = await i18n('de');
    render(
      <I18nextProvider i18n={instance}>
        <WithI18next>
          <PermissionNotice
            error={forbidden()}
            account="ada&lovelace@example.com"
            onRequestAccess={() => {}}
            onSwitchAccount={() => {}}
          />
        </WithI18next>
      </I18nextProvider>,
    );
    const notice = screen.getByRole('region', { name: 'Kein Zugriff' });
    expect(notice).toHaveTextContent('Angemeldet als ada&lovelace@example.com.');
    expect(screen.getByRole('button', { name: 'Zugang beantragen' })).toBeVisible();
    // Keys the app has not translated: i18next gives back "apiError.switchAccount", the kit its own text.
    expect(screen.getByRole('button', { name: 'Switch account' })).toBeVisible();
    expect(notice).toHaveTextContent('Your account does not have permission to do this.');
    expect(notice).not.toHaveTextContent('apiError.');
  });

  it('falls back to the catalog given as `messages` (German) where `t` has no translation', async () => {
    const instance = await i18n('de');
    render(
      <I18nextProvider i18n={instance}>
        <WithI18next messages={messagesDe}>
          <PermissionNotice error={forbidden()} onSwitchAccount={() => {}} />
        </WithI18next>
      </I18nextProvider>,
    );
    expect(screen.getByRole('region', { name: 'Kein Zugriff' })).toHaveTextContent(
      'Ihr Konto hat keine Berechtigung dafür.',
    );
    expect(screen.getByRole('button', { name: 'Konto wechseln' })).toBeVisible();
  });

  it('follows a change of language: react-i18next hands over a new `t`', async () => {
    const instance = await i18n('de');
    render(
      <I18nextProvider i18n={instance}>
        <WithI18next>
          <PermissionNotice error={forbidden()} />
        </WithI18next>
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Kein Zugriff' })).toBeVisible();
    await act(() => instance.changeLanguage('en'));
    expect(screen.getByRole('heading', { name: 'No entry' })).toBeVisible();
  });

  it('translates the visible countdown and the spoken wait, with the wait in German words', async () => {
    const instance = await i18n('de');
    render(
      <I18nextProvider i18n={instance}>
        <WithI18next messages={messagesDe}>
          <RateLimitNotice error={tooMany()} autoRetry={false} onRetry={() => {}} />
        </WithI18next>
      </I18nextProvider>,
    );
    expect(screen.getByRole('timer')).toHaveTextContent(/^Wieder möglich in 1:01$/);
    expect(announcements()).toEqual(['Bitte etwas Geduld. Wieder möglich in 1 Minute, 1 Sekunde.']);
  });
});

describe('translate with react-intl', () => {
  /** react-intl's messages are flat, ICU-formatted, keyed by id: the kit's keys are the ids. */
  const messages = {
    'kinds.forbidden.title': 'Accès refusé',
    signedInAs: 'Vous utilisez le compte {account}.',
    'kinds.rate-limited.title': 'Trop de demandes',
    retryIn: 'Encore {time}',
    retryInSpoken: 'Réessayez dans {duration}.',
  };

  function WithIntl({ children }: { children: React.ReactNode }) {
    const intl = useIntl();
    const translate = React.useCallback<Translate>((key, params) => intl.formatMessage({ id: key }, params), [intl]);
    return (
      <ApiErrorProvider translate={translate} locale={intl.locale} clock={clock}>
        {children}
      </ApiErrorProvider>
    );
  }

  const missing: string[] = [];
  const renderIntl = (ui: React.ReactElement) =>
    render(
      // A missing id is reported here (react-intl's default logs it) and given back as the id itself.
      <IntlProvider locale="fr" messages={messages} onError={(error) => missing.push(error.code)}>
        <WithIntl>{ui}</WithIntl>
      </IntlProvider>,
    );

  it('takes the app’s messages from `formatMessage`, with ICU params, and the catalog for missing ids', () => {
    renderIntl(<PermissionNotice error={forbidden()} account="ada@example.com" onRequestAccess={() => {}} />);
    const notice = screen.getByRole('region', { name: 'Accès refusé' });
    expect(notice).toHaveTextContent('Vous utilisez le compte ada@example.com.');
    expect(screen.getByRole('button', { name: 'Request access' })).toBeVisible();
    expect(missing).toContain('MISSING_TRANSLATION');
  });

  it('formats the countdown through the app’s message, in the locale’s words when spoken', () => {
    renderIntl(<RateLimitNotice error={tooMany()} autoRetry={false} onRetry={() => {}} />);
    expect(screen.getByRole('timer')).toHaveTextContent(/^Encore 1:01$/);
    // CLDR's French puts a no-break space before some units ("1\u00a0seconde"), a plain one before others.
    expect(announcements()).toHaveLength(1);
    expect(announcements()[0]).toMatch(/^Trop de demandes\. Réessayez dans 1\sminute et 1\sseconde\.$/);
  });
});

describe('translate, whatever it does', () => {
  it('asks for every catalog string by its path, and for each function’s value by name', () => {
    const asked: [string, unknown][] = [];
    const messages = translateMessages(messagesEn, (key: string, params?: object) => void asked.push([key, params]));
    messages.signedInAs('ada');
    messages.retryIn('0:42');
    messages.retryInSpoken('42 seconds');
    messages.autoRetryIn('42 seconds');
    const keys = asked.map(([key]) => key);
    expect(keys).toContain('kinds.rate-limited.title');
    expect(keys).toContain('pageNotFound.message');
    expect(keys).toContain('copied');
    // One key per string of the catalog: 13 kinds and 2 notices, a title and a sentence each, then the rest.
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(Object.keys(messagesEn.kinds).length * 2 + 4 + Object.keys(messagesEn).length - 3);
    expect(asked.filter(([, params]) => Object.keys(params as object).length)).toEqual([
      ['signedInAs', { account: 'ada' }],
      ['retryIn', { time: '0:42' }],
      ['retryInSpoken', { duration: '42 seconds' }],
      ['autoRetryIn', { duration: '42 seconds' }],
    ]);
  });

  it('keeps the catalog’s text when the function throws, or gives back nothing, an object or an empty string', () => {
    for (const translate of [
      () => {
        throw new Error('no');
      },
      () => undefined,
      () => ({ title: 'x' }),
      () => '',
      (key: string) => `errors:${key}`,
    ]) {
      const messages = translateMessages(messagesEn, translate);
      expect(messages.kinds.forbidden.title).toBe('You do not have access');
      expect(messages.signedInAs('ada')).toBe('You are signed in as ada.');
    }
    render(
      <ApiErrorProvider translate={'t' as unknown as Translate}>
        <PermissionNotice error={forbidden()} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('heading', { name: 'You do not have access' })).toBeVisible();
  });
});
