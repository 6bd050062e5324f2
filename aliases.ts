import { fileURLToPath } from 'node:url';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * The layers import each other by their public names (`api-error-kit/react` imports
 * `api-error-kit`), so each rests only on the public API of the one before. In development,
 * tests and Storybook those names point at the sources; the library build keeps them external.
 */
export const sourceAliases = [
  { find: /^api-error-kit\/formats$/, replacement: src('formats.ts') },
  { find: /^api-error-kit\/clients$/, replacement: src('clients.ts') },
  { find: /^api-error-kit\/react$/, replacement: src('react/index.ts') },
  { find: /^api-error-kit\/query$/, replacement: src('query/index.ts') },
  { find: /^api-error-kit\/forms$/, replacement: src('forms/index.ts') },
  { find: /^api-error-kit\/locales\/fr$/, replacement: src('locales/fr.ts') },
  { find: /^api-error-kit\/locales\/de$/, replacement: src('locales/de.ts') },
  { find: /^api-error-kit\/styles\.css$/, replacement: src('styles.css') },
  { find: /^api-error-kit$/, replacement: src('index.ts') },
];
