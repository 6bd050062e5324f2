import type { Plugin } from 'vite';

/** What makes a module a client module: it runs React (hooks, context, JSX) at run time. */
const REACT =
  /^(?:react|react\/jsx-runtime|react\/jsx-dev-runtime|react-dom|@tanstack\/react-query|api-error-kit\/react)$/;
const DIRECTIVE = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"];?/;

/**
 * Puts `'use client'` on exactly the built files whose modules run React, and on no other. With
 * one file per module (`preserveModules`), `retryPolicy`, `throwOnError`, `messagesEn` or
 * `toFieldErrorRecord` import and run in a React Server Component, while a server component that
 * renders `<RateLimitNotice>` gets a client reference, as React expects. A `'use client'` on an
 * entry barrel would turn every export into a client reference, pure functions included, so the
 * build stops if an entry or a pure module carries one.
 */
export function markClientModules(): Plugin {
  const runsReact = (chunk: { imports: string[]; dynamicImports: string[] }) =>
    [...chunk.imports, ...chunk.dynamicImports].some((id) => REACT.test(id));
  return {
    name: 'api-error-kit:use-client',
    // A banner, not a code change: the source maps stay right.
    banner: (chunk) => (runsReact(chunk) ? "'use client';" : ''),
    renderChunk(code, chunk) {
      if (!runsReact(chunk) && DIRECTIVE.test(code))
        this.error(
          `${chunk.fileName} says 'use client' but runs no React: its pure exports could not be called on the server`,
        );
      return null;
    },
  };
}
