import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * The app's translations, as an i18next app keeps them. The kit's strings sit under `apiError`, keyed
 * by their path in its catalog; a key left out keeps the kit's own text (English, or the German
 * catalog the provider is given), so only the wording the app wants different is written here.
 * `?lang=de` shows the German pages.
 */
const resources = {
  en: { translation: { apiError: {} } },
  de: {
    translation: {
      apiError: {
        kinds: { 'rate-limited': { title: 'Bitte warten Sie kurz' } },
        retryInSpoken: 'Sie können es in {{duration}} noch einmal versuchen.',
      },
    },
  },
};

const requested = new URLSearchParams(location.search).get('lang');
export const language = requested === 'de' ? 'de' : 'en';
document.documentElement.lang = language;

// Inline resources and no backend: ready before the first render.
void i18next.use(initReactI18next).init({
  lng: language,
  fallbackLng: false,
  resources,
  initAsync: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
});
