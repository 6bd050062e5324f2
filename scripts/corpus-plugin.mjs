// esbuild has no import.meta.glob: this plugin replaces test/conformance/corpus.ts with a module that
// imports each case file, for the scripts that bundle the corpus (conformance, bench).
import { readdirSync } from 'node:fs';

export const corpusPlugin = {
  name: 'corpus',
  setup(build) {
    // CONFORMANCE_CASES points the run at another folder of cases (a holdout being measured before it joins).
    const dir = process.env.CONFORMANCE_CASES ?? 'test/conformance/cases';
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort();
    build.onResolve({ filter: /conformance\/corpus$|^\.\/corpus$/ }, () => ({ path: 'corpus', namespace: 'corpus' }));
    build.onLoad({ filter: /.*/, namespace: 'corpus' }, () => ({
      resolveDir: process.cwd(),
      loader: 'ts',
      contents:
        files.map((f, i) => `import c${i} from './${dir}/${f}';`).join('\n') +
        `\nexport const corpus = [${files.map((f, i) => `...c${i}.map((c) => ({ ...c, file: ${JSON.stringify(f)} }))`).join(', ')}];`,
    }));
  },
};
