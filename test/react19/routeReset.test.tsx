import * as React from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiErrorBoundary } from 'api-error-kit/query';
import { resetAnnouncer } from '../react/helpers';

// React Router 8 needs React 19, so the README's route recipe is run here, on React 19 only.

beforeEach(() => {
  resetAnnouncer();
  // React reports every error a boundary catches; the test asserts on the boundary instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

/** The README's recipe: a boundary that resets when the route changes. */
function RouteBoundary({ children }: { children: React.ReactNode }) {
  const { pathname } = useLocation();
  return <ApiErrorBoundary resetKeys={[pathname]}>{children}</ApiErrorBoundary>;
}

function Reports(): React.ReactNode {
  throw new Error('Cannot read properties of undefined');
}

describe('ApiErrorBoundary with resetKeys={[pathname]}', () => {
  it('lets the person leave a failed page by following a link: the next route renders, not the old failure', async () => {
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/reports']}>
          <nav>
            <Link to="/settings">Settings</Link>
          </nav>
          <RouteBoundary>
            <Routes>
              <Route path="/reports" element={<Reports />} />
              <Route path="/settings" element={<h1>Settings</h1>} />
            </Routes>
          </RouteBoundary>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(screen.getByRole('region', { name: 'Something went wrong' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(screen.queryByRole('region')).toBeNull();
  });
});
