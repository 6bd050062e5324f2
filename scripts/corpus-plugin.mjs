// esbuild has no import.meta.glob: this plugin replaces test/conformance/corpus.ts (and waiting.ts) with a module that
// imports each case file, for the scripts that bundle the corpus (conformance, bench).
import { readdirSync } from 'node:fs';

export const corpusPlugin = {
  name: 'corpus',
  setup(build) {
    // CONFORMANCE_CASES points the run at another folder of cases (a holdout being measured before it joins).
    const dir = process.env.CONFORMANCE_CASES ?? 'test/conformance/cases';
    // The same for `waiting.ts`, the parts that wait in `pending/` (a second reading may sample them).
    const modules = { corpus: dir, waiting: 'test/conformance/pending' };
    build.onResolve({ filter: /conformance\/(?:corpus|waiting)$|^\.\/(?:corpus|waiting)$/ }, (args) => ({
      path: args.path.endsWith('waiting') ? 'waiting' : 'corpus',
      namespace: 'corpus',
    }));
    build.onLoad({ filter: /.*/, namespace: 'corpus' }, (args) => {
      const from = modules[args.path];
      const files = readdirSync(from)
        .filter((f) => f.endsWith('.ts'))
        .sort();
      return {
        resolveDir: process.cwd(),
        loader: 'ts',
        contents:
          files.map((f, i) => `import c${i} from './${from}/${f}';`).join('\n') +
          `\nexport const ${args.path} = [${files.map((f, i) => `...c${i}.map((c) => ({ ...c, file: ${JSON.stringify(f)} }))`).join(', ')}];`,
      };
    });
  },
};
