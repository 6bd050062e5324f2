// Runs with plain `node` in a directory where only the packed api-error-kit is installed (see
// check.mjs): the core must load and work with no React, no DOM and nothing else.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalizeError, HttpError, parseOAuthRedirect, isApiError } from 'api-error-kit';

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ✔ ${name}`);
  } catch (error) {
    failed++;
    console.log(
      `  ✘ ${name}\n    ${String(error?.message ?? error)
        .split('\n')
        .join('\n    ')}`,
    );
  }
}

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('./node_modules/api-error-kit/package.json', import.meta.url), 'utf8'));
const now = Date.UTC(2026, 0, 1, 12, 0, 0);

console.log(
  `api-error-kit ${pkg.version} under Node ${process.version}, from ${require.resolve('api-error-kit/package.json')}`,
);

await check('the tarball brings no dependencies: api-error-kit is alone in node_modules', () => {
  assert.equal(pkg.dependencies, undefined);
  assert.deepEqual(
    readdirSync(new URL('./node_modules', import.meta.url)).filter((name) => !name.startsWith('.')),
    ['api-error-kit'],
  );
});

await check('plain Node: no window, no document, and react cannot be resolved', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  assert.throws(() => require.resolve('react'), { code: 'MODULE_NOT_FOUND' });
});

await check('the core entry imports nothing by package name (only its own files)', () => {
  const entry = fileURLToPath(import.meta.resolve('api-error-kit'));
  const seen = new Set();
  const bare = [];
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Comments first: prose such as "a bulk import's report" must not read as an import statement.
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const [, specifier] of source.matchAll(
      /(?:^|[;\s])(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?['"]([^'"]+)['"]/g,
    )) {
      if (specifier.startsWith('.')) visit(fileURLToPath(new URL(specifier, pathToFileURL(file))));
      else bare.push(specifier);
    }
    for (const [, specifier] of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g))
      bare.push(`import(${specifier})`);
  };
  visit(entry);
  assert.deepEqual(bare, [], `bare imports in ${[...seen].join(', ')}`);
});

await check('seed 001: 429 with Retry-After: 30 and Date -> rate-limited, retryAt 30 s later', () => {
  const error = normalizeError(
    {
      status: 429,
      headers: { 'Retry-After': '30', Date: new Date(now).toUTCString() },
      body: {
        Message: 'Too many requests',
        Description:
          'Too many requests within the specified time slot. The HTTP header Retry-After specifies the number of seconds to wait before the next POST request can be made.',
      },
    },
    { now },
  );
  assert.equal(error.kind, 'rate-limited');
  assert.equal(error.status, 429);
  assert.equal(error.retryAt, now + 30_000);
  assert.equal(error.retryable, true);
  assert.match(error.message, /^Too many requests within the specified time slot\./);
});

await check(
  'seed 004: the Contensis 500 as written (not valid JSON) -> server, logId, message, no stack in message',
  () => {
    const body = `{
  "logId": "63cb1df0-b82a-459e-accc-635e187f3b8b",
  "message": "An error occurred requesting the entry",
  "data": {
      "entryId": "ba8a92bd-0e5f-465e-acec-3cdb3db38df6",
      "projectId" "moveiDb"
  },
  "type": "error"
}`;
    const error = normalizeError({ status: 500, headers: {}, body });
    assert.equal(error.kind, 'server');
    assert.equal(error.format, 'contensis');
    assert.equal(error.logId, '63cb1df0-b82a-459e-accc-635e187f3b8b');
    assert.equal(error.message, 'An error occurred requesting the entry');
  },
);

await check('seed 000: the Octopus 500 keeps FullException in details, never in message', () => {
  const error = normalizeError({
    status: 500,
    headers: {},
    body: {
      ErrorMessage: 'There was a problem with your request.',
      FullException:
        'System.DivideByZeroException: An attempt was made to divide by zero.\r\n  at Foo.cs:38\r\n  at:....',
    },
  });
  assert.equal(error.kind, 'server');
  assert.equal(error.message, 'There was a problem with your request.');
  assert.match(error.details ?? '', /DivideByZeroException/);
  assert.doesNotMatch(JSON.stringify({ ...error, details: undefined }), /DivideByZero|Foo\.cs/);
});

await check(
  "HttpError.fromResponse on Node's own Response (429, Retry-After: 2) -> retryAt about 2 s ahead",
  async () => {
    const response = new Response(JSON.stringify({ Message: 'Too many requests' }), {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '2' },
    });
    const thrown = await HttpError.fromResponse(response);
    assert.ok(thrown instanceof Error);
    assert.deepEqual(thrown.body, { Message: 'Too many requests' });
    const before = Date.now();
    const error = normalizeError(thrown);
    assert.equal(error.kind, 'rate-limited');
    assert.ok(
      error.retryAt >= before + 2000 && error.retryAt <= Date.now() + 2000,
      `retryAt ${error.retryAt - before} ms ahead`,
    );
  },
);

await check('seed 003: the 422 ValidationFailure -> validation with two messages', () => {
  const error = normalizeError({
    status: 422,
    headers: {},
    body: {
      meta: {
        status: 422,
        error: {
          type: 'ValidationFailure',
          message: 'data validation failed',
          errors: [
            { type: 'InvalidEmail', message: 'invalid email' },
            { type: 'InvalidPassword', message: 'invalid password' },
          ],
        },
      },
    },
  });
  assert.equal(error.kind, 'validation');
  assert.deepEqual(
    error.fieldErrors.map((e) => e.code),
    ['InvalidEmail', 'InvalidPassword'],
  );
});

await check('seed 002: parseOAuthRedirect(access_denied) -> forbidden with the description', () => {
  const error = parseOAuthRedirect(
    'https://app.example.com/callback?error=access_denied&error_description=The%20resource%20owner%20denied%20the%20request&state=xyz',
  );
  assert.equal(error?.kind, 'forbidden');
  assert.equal(error?.code, 'access_denied');
  assert.equal(error?.message, 'The resource owner denied the request');
  assert.equal(parseOAuthRedirect('https://app.example.com/callback?code=abc&state=xyz'), null);
});

await check('the model survives structuredClone and is frozen', () => {
  const error = normalizeError({ status: 404, headers: {}, body: { ErrorMessage: 'The resource was not found..' } });
  assert.ok(Object.isFrozen(error));
  assert.ok(isApiError(structuredClone(error)));
});

await check("import('api-error-kit/react') fails here: Cannot find package 'react'", async () => {
  await assert.rejects(
    import('api-error-kit/react'),
    (error) => error.code === 'ERR_MODULE_NOT_FOUND' && /Cannot find package 'react'/.test(error.message),
  );
});

await check("import('api-error-kit/query') fails here too (it needs React and TanStack Query)", async () => {
  await assert.rejects(
    import('api-error-kit/query'),
    (error) =>
      error.code === 'ERR_MODULE_NOT_FOUND' &&
      /Cannot find package '(react|@tanstack\/react-query)'/.test(error.message),
  );
});

console.log(`node consumer: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
