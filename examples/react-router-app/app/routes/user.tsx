import { data, useRevalidator, useRouteError } from 'react-router';
import { HttpError } from 'api-error-kit';
import { ApiErrorView } from 'api-error-kit/react';
import type { Route } from './+types/user';

export async function loader({ params }: Route.LoaderArgs) {
  const response = await fetch(`${process.env.API_ORIGIN}/api/users/${encodeURIComponent(params.id)}`);
  if (!response.ok) {
    // The server's body and status reach the boundary; the kit reads them as it would the response.
    const { status, body } = await HttpError.fromResponse(response);
    throw data(body, { status });
  }
  return (await response.json()) as { name: string };
}

export default function User({ loaderData }: Route.ComponentProps) {
  return <h1>{loaderData.name}</h1>;
}

// The route's own boundary: the layout and its heading stay, the notice fits the failure.
export function ErrorBoundary() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  return (
    <>
      <h1>User</h1>
      <ApiErrorView error={error} onRetry={() => void revalidator.revalidate()} />
    </>
  );
}
