import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ApiErrorView } from 'api-error-kit/react';
import { request } from '../api';

/**
 * Loads one thing from the API and shows it; if the request fails, `ApiErrorView` picks the notice:
 * the 400's `Errors[]` become an error summary, 401 asks to sign in (the provider's `onSignIn`), 403
 * says there is no access, 404 says the page is not found.
 */
function Resource<T>({ path, children }: { path: string; children: (data: T) => ReactNode }) {
  const query = useQuery({ queryKey: [path], queryFn: () => request<T>(path) });
  if (query.error) return <ApiErrorView error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <p role="status">Loading…</p>;
  return <>{children(query.data)}</>;
}

const List = ({ items }: { items: string[] }) => (
  <ul>
    {items.map((item) => (
      <li key={item}>{item}</li>
    ))}
  </ul>
);

/** Seed 000's 400 with `Errors[]`. */
export const BadRequest = () => (
  <Resource<{ projects: string[] }> path="/api/projects">{(data) => <List items={data.projects} />}</Resource>
);

/** Seed 000's 401. */
export const Unauthorized = () => (
  <Resource<{ name: string }> path="/api/account">{(data) => <p>{data.name}</p>}</Resource>
);

/** Seed 000's 403. */
export const Forbidden = () => (
  <Resource<{ users: string[] }> path="/api/admin/users">{(data) => <List items={data.users} />}</Resource>
);

/** Seed 000's 404. */
export const MissingRelease = () => (
  <Resource<{ version: string }> path="/api/releases/Releases-404">{(data) => <p>{data.version}</p>}</Resource>
);
