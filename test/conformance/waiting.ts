import type { ConformanceCase } from './types';

// The holdout parts measured but not scored yet (`pending/`), gathered as `corpus.ts` gathers `cases/`: a blind second
// reading may sample them, since their expectations were written by the same rules.
const files = import.meta.glob<{ default: ConformanceCase[] }>('./pending/*.ts', { eager: true });

/** Every waiting case, in file order, each with the file it came from. */
export const waiting: readonly (ConformanceCase & { file: string })[] = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([file, module]) => module.default.map((c) => ({ ...c, file: file.replace('./pending/', '') })));
