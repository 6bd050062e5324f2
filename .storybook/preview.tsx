import * as React from 'react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { ApiErrorProvider } from 'api-error-kit/react';
import { messagesDe } from 'api-error-kit/locales/de';
import { messagesFr } from 'api-error-kit/locales/fr';
import 'api-error-kit/styles.css';
import './preview.css';

/** The story's canvas in one theme, set on `<html data-theme>` as well. */
function ThemedCanvas({ theme, children }: { theme: 'light' | 'dark'; children: React.ReactNode }) {
  React.useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div data-theme={theme} className="story-canvas">
      {children}
    </div>
  );
}

/** Light or dark from the toolbar; the kit's styles follow `data-theme` on any ancestor. */
const withTheme: Decorator = (Story, { globals }) => (
  <ThemedCanvas theme={globals.theme === 'dark' ? 'dark' : 'light'}>
    <Story />
  </ThemedCanvas>
);

/** English, French or German from the toolbar. */
const withLocale: Decorator = (Story, { globals }) =>
  globals.locale === 'fr' || globals.locale === 'de' ? (
    <ApiErrorProvider messages={globals.locale === 'fr' ? messagesFr : messagesDe} locale={globals.locale}>
      <Story />
    </ApiErrorProvider>
  ) : (
    <ApiErrorProvider locale="en">
      <Story />
    </ApiErrorProvider>
  );

/** Provides a QueryClient made when it mounts and kept for as long as it stays mounted. */
function FreshQueryClient({ children }: { children: React.ReactNode }) {
  const [client] = React.useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/** A fresh QueryClient per story, so one story's cache never leaks into the next. */
const withQueryClient: Decorator = (Story) => (
  <FreshQueryClient>
    <Story />
  </FreshQueryClient>
);

const preview: Preview = {
  loaders: [mswLoader()],
  decorators: [withQueryClient, withLocale, withTheme],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Catalog language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Any axe violation fails the story when it runs as a test.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
    options: {
      storySort: { order: ['Introduction', 'Components', 'Formats', 'Playground', 'Integrations', '*'] },
    },
  },
  tags: ['autodocs'],
};
export default preview;
