import 'api-error-kit/styles.css';
import type { ReactNode } from 'react';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError } from 'react-router';
import { ApiErrorProvider, ErrorFallback, NotFoundNotice } from 'api-error-kit/react';
import { normalizeError } from 'api-error-kit';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <title>api-error-kit with React Router</title>
        <Meta />
        <Links />
      </head>
      <body>
        <ApiErrorProvider>
          <main>{children}</main>
        </ApiErrorProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

// The app's last boundary: a URL no route matches, or a failure a route did not catch.
export function ErrorBoundary() {
  const error = useRouteError();
  return (
    <>
      <h1>api-error-kit with React Router</h1>
      {normalizeError(error).kind === 'not-found' ? <NotFoundNotice page /> : <ErrorFallback error={error} />}
    </>
  );
}
