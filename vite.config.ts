import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { markClientModules } from './scripts/useClient';

/** Ships src/styles.css as dist/styles.css, minified: it is imported on its own, not through JS. */
const styles = (): Plugin => ({
  name: 'api-error-kit:styles',
  async generateBundle() {
    const { code } = await transform(readFileSync('src/styles.css', 'utf8'), { loader: 'css', minify: true });
    this.emitFile({ type: 'asset', fileName: 'styles.css', source: code });
  },
});

// Library build only; Storybook has its own config (.storybook/vite.config.ts) without the dts step.
export default defineConfig({
  plugins: [
    react(),
    dts({ tsconfigPath: './tsconfig.build.json', pathsToAliases: false, bundleTypes: true }),
    styles(),
    markClientModules(),
  ],
  publicDir: false,
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        formats: 'src/formats.ts',
        clients: 'src/clients.ts',
        react: 'src/react/index.ts',
        query: 'src/query/index.ts',
        forms: 'src/forms/index.ts',
        'locales/fr': 'src/locales/fr.ts',
        'locales/de': 'src/locales/de.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // Peers, and the kit's own entries: `api-error-kit/react` imports the core by name so one copy is shared.
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/, /^api-error-kit($|\/)/],
      // One file per module, so that 'use client' (put on by useClient) marks only the files that run
      // React: a server component can import and call the pure functions from the same entries.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
    sourcemap: true,
    minify: false,
  },
});
