// Writes src/App.tsx from README.md's Quick start, verbatim: the first ```tsx block under the
// heading "## Quick start" (not "## Quick start for contributors"), before the next heading.
// The README is what a person copies in their first hour, so the test builds exactly that; a
// missing or renamed block fails loudly instead of testing a stale copy.
// Usage: node examples/quick-start/extract.mjs [path/to/README.md]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const HEADING = '## Quick start';

/** The block's source and the README line its first line comes from (1-based); throws when there is none. */
export function extractQuickStart(markdown, heading = HEADING) {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trimEnd() === heading);
  if (start < 0) throw new Error(`no "${heading}" heading`);
  // The section ends at the next heading of the same or a higher level.
  const level = /^#+/.exec(heading)[0].length;
  let end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}} `).test(line));
  if (end < 0) end = lines.length;

  for (let i = start + 1; i < end; i++) {
    const open = /^(`{3,}|~{3,})\s*tsx\b/.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    // CommonMark: the closing fence is the same character, at least as long, with nothing after it.
    const close = lines.findIndex(
      (line, j) =>
        j > i &&
        /^ {0,3}(`{3,}|~{3,})\s*$/.test(line) &&
        line.trim()[0] === fence[0] &&
        line.trim().length >= fence.length,
    );
    if (close < 0) throw new Error(`the \`\`\`tsx block at README line ${i + 1} is never closed`);
    if (close > end) throw new Error(`the \`\`\`tsx block at README line ${i + 1} runs past the end of its section`);
    return { source: lines.slice(i + 1, close).join('\n') + '\n', line: i + 2 };
  }
  throw new Error(`no \`\`\`tsx block under "${heading}" (README lines ${start + 1}-${end})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const readme = resolve(process.argv[2] ?? resolve(here, '../../README.md'));
  const out = resolve(here, 'src/App.tsx');
  // Never leave an earlier copy behind: a failed extraction must not build yesterday's Quick start.
  rmSync(out, { force: true });
  try {
    const { source, line } = extractQuickStart(readFileSync(readme, 'utf8'));
    // main.tsx renders <App />: say so here rather than as a puzzling type error later.
    if (!/export\s+(?:const|let|function|class)\s+App\b|export\s*\{[^}]*\bApp\b/.test(source))
      throw new Error('the Quick start block does not export App');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, source);
    const count = source.split('\n').length - 1;
    console.log(
      `wrote ${relative(process.cwd(), out) || out}: ${count} lines from ${relative(process.cwd(), readme) || readme} lines ${line}-${line + count - 1} (App.tsx line n = README line n + ${line - 1})`,
    );
  } catch (error) {
    console.error(`✘ README Quick start: ${error.message} in ${readme}`);
    process.exit(1);
  }
}
