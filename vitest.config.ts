import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      // The core must work in plain Node: no DOM globals.
      { extends: true, test: { name: 'core', include: ['test/core/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
