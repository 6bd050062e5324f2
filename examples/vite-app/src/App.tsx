import { useEffect, type ComponentType } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiErrorProvider, NotFoundNotice } from 'api-error-kit/react';
import { messagesDe } from 'api-error-kit/locales/de';
import { parsers } from './parsers';
import { BadRequest, Forbidden, MissingRelease, Unauthorized } from './pages/Resources';
import { SignUp } from './pages/SignUp';
import { RateLimited, RateLimitedHiddenHeaders } from './pages/RateLimited';
import { ServerError } from './pages/ServerError';
import { BadGateway } from './pages/BadGateway';
import { Callback, SignIn } from './pages/OAuth';

interface Route {
  path: string;
  /** The page's heading and the link's text. */
  title: string;
  Page: ComponentType;
  /** Left out of the navigation (reached by following the flow). */
  hidden?: boolean;
}

export const routes: Route[] = [
  { path: '/bad-request', title: 'Projects', Page: BadRequest },
  { path: '/unauthorized', title: 'Your account', Page: Unauthorized },
  { path: '/forbidden', title: 'Users', Page: Forbidden },
  { path: '/not-found', title: 'Release', Page: MissingRelease },
  { path: '/signup', title: 'Create an account', Page: SignUp },
  { path: '/rate-limited', title: 'Reports', Page: RateLimited },
  { path: '/rate-limited-hidden-headers', title: 'Exports', Page: RateLimitedHiddenHeaders },
  { path: '/server-error', title: 'Entry', Page: ServerError },
  { path: '/bad-gateway', title: 'Service status', Page: BadGateway },
  { path: '/sign-in', title: 'Sign in', Page: SignIn },
  { path: '/callback', title: 'Signing in', Page: Callback, hidden: true },
];

const home: Route = { path: '/', title: 'api-error-kit example', Page: Home };
const notFound: Route = {
  path: '',
  title: 'Page not found',
  Page: () => <NotFoundNotice headingLevel={2} title="There is nothing here" />,
};

// One failure, one answer: the person decides when to try again. The bad-gateway page shows the kit's retryPolicy.
const client = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
});

/** "Sign in" on a 401: go to the sign-in page, coming back here afterwards. */
const signIn = () => location.assign(`/sign-in?returnTo=${encodeURIComponent(location.pathname)}`);
const supportHref = (logId: string) => `https://help.example.com/contact?ref=${encodeURIComponent(logId)}`;

function Home() {
  return <p>Each page asks the example API for something that fails the way one of the seed documents says it can.</p>;
}

export function App() {
  const route = location.pathname === '/' ? home : (routes.find((r) => r.path === location.pathname) ?? notFound);
  useEffect(() => {
    document.title = `${route.title} – api-error-kit example`;
  }, [route]);
  const { Page } = route;
  // The kit's strings come from i18next; what it has not translated comes from the kit's catalog for the language.
  const { t, i18n } = useTranslation('translation', { keyPrefix: 'apiError' });
  return (
    <QueryClientProvider client={client}>
      <ApiErrorProvider
        translate={t}
        messages={i18n.language === 'de' ? messagesDe : undefined}
        locale={i18n.language}
        parsers={parsers}
        supportHref={supportHref}
        onSignIn={signIn}
      >
        <header className="app-header">
          <a href="/" className="app-name">
            api-error-kit example
          </a>
          <nav aria-label="Examples">
            <ul>
              {routes
                .filter((r) => !r.hidden)
                .map((r) => (
                  <li key={r.path}>
                    <a href={r.path} aria-current={r === route ? 'page' : undefined}>
                      {r.title}
                    </a>
                  </li>
                ))}
            </ul>
          </nav>
        </header>
        <main className="app-main">
          <h1>{route.title}</h1>
          <Page />
        </main>
      </ApiErrorProvider>
    </QueryClientProvider>
  );
}
