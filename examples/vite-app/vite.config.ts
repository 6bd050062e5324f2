import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const installed = fileURLToPath(new URL('./node_modules/api-error-kit/', import.meta.url));
const ENTRIES = ['api-error-kit', 'api-error-kit/react', 'api-error-kit/query', 'api-error-kit/styles.css'];

/**
 * No aliases: `api-error-kit` must come from this app's node_modules, where `npm run test:e2e`
 * installs the packed tarball. Fails the build if any import of it resolves anywhere else (the
 * repository's src/ or dist/, or a symlink to them), and lists what it resolved.
 */
function fromInstalledPackage(): Plugin {
  const resolved = new Map<string, string>();
  return {
    name: 'example:api-error-kit-from-node-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/^api-error-kit(?:\/|$)/.test(source)) return null;
      const result = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!result || !result.id.startsWith(installed)) {
        this.error(
          `"${source}" resolved to ${result?.id ?? 'nothing'}, not into ${installed}: install the packed tarball first`,
        );
      }
      resolved.set(source, result.id.slice(installed.length));
      return result;
    },
    buildEnd(error) {
      if (error) return;
      const missing = ENTRIES.filter((entry) => !resolved.has(entry));
      if (missing.length) this.error(`never imported: ${missing.join(', ')}`);
      this.info(`api-error-kit from node_modules: ${[...resolved].map(([from, to]) => `${from} -> ${to}`).join(', ')}`);
    },
  };
}

export default defineConfig({
  plugins: [fromInstalledPackage(), react()],
  build: { sourcemap: false },
});
