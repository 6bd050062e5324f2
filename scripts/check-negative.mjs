// Proves the browser tests can fail: runs only the stories tagged `negative-check` and succeeds
// only if every one of them failed, each for the reason it was written for.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'storybook', '--reporter=json', '--outputFile=.tmp/negative.json'],
  {
    env: { ...process.env, STORIES_MUST_FAIL: '1' },
    encoding: 'utf8',
  },
);
const report = JSON.parse(readFileSync('.tmp/negative.json', 'utf8'));
const results = report.testResults.flatMap((file) => file.assertionResults);
const expected = { 'Inaccessible Contrast': /color-contrast/, 'Broken Assertion': /this text is not there/ };
let ok = run.status !== 0 && results.length === Object.keys(expected).length;
for (const result of results) {
  const reason = expected[result.title];
  const failedForReason = result.status === 'failed' && reason?.test(result.failureMessages.join('\n'));
  console.log(
    `${failedForReason ? 'ok  ' : 'BAD '} ${result.title}: ${result.status}${failedForReason ? ` (${reason})` : ''}`,
  );
  ok &&= Boolean(failedForReason);
}
console.log(ok ? 'The must-fail stories failed as they should.' : 'A must-fail story did not fail as expected.');
process.exit(ok ? 0 : 1);
