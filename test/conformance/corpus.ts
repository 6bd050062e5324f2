import type { ConformanceCase } from './types';

// Every case file, gathered by Vite's glob in tests and by esbuild's glob import in the runner.
const files = import.meta.glob<{ default: ConformanceCase[] }>('./cases/*.ts', { eager: true });

/** All cases, in file order, each with the file it came from. */
export const corpus: readonly (ConformanceCase & { file: string })[] = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([file, module]) => module.default.map((c) => ({ ...c, file: file.replace('./cases/', '') })));
