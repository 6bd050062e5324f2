import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The modules an entry pulls in that import React. The build puts `'use client'` on exactly those
 * (scripts/useClient.ts), and a server action cannot call a function from a `'use client'` file.
 */
async function reactImporters(entry: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
    external: ['react', 'react/*', 'api-error-kit'],
  });
  return Object.entries(metafile.inputs)
    .filter(([, input]) => input.imports.some((imported) => /^react($|\/)/.test(imported.path)))
    .map(([file]) => file);
}

describe('api-error-kit/forms', () => {
  it('reaches no module that imports React, so Conform’s reply can be made in a server action', async () => {
    expect(await reactImporters('src/forms/index.ts')).toEqual([]);
  });
});
