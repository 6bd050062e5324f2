import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const installed = fileURLToPath(new URL('./node_modules/api-error-kit/', import.meta.url));

/**
 * No aliases, as in examples/vite-app: `api-error-kit` must come from this app's node_modules,
 * where `npm run test:e2e` installs the packed tarball. Fails the build if any import of it
 * resolves anywhere else, or if the Quick start imports nothing from it, and lists what it resolved.
 * Which entries are imported is up to the README, so none is required by name.
 */
function fromInstalledPackage(): Plugin {
  const resolved = new Map<string, string>();
  return {
    name: 'quick-start:api-error-kit-from-node-modules',
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
      if (!resolved.size) this.error('the Quick start imports nothing from api-error-kit');
      this.info(`api-error-kit from node_modules: ${[...resolved].map(([from, to]) => `${from} -> ${to}`).join(', ')}`);
    },
  };
}

export default defineConfig({
  plugins: [fromInstalledPackage(), react()],
  build: { sourcemap: false },
});
