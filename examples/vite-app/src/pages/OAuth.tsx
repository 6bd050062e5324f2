import { useMemo } from 'react';
import { parseOAuthRedirect } from 'api-error-kit';
import { ApiErrorView } from 'api-error-kit/react';
import { API } from '../api';

/** Starts the OAuth2 code flow at the example API's authorization endpoint. */
export function SignIn() {
  const authorize = new URL('/oauth/authorize', API);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: 'example-app',
    redirect_uri: `${location.origin}/callback`,
    state: 'example-state',
  }).toString();
  return (
    <p>
      <a href={authorize.href}>Sign in with Example ID</a>
    </p>
  );
}

/** Where the authorization server sends the person back: an error (seed 002) arrives in the URL, not in a body. */
export function Callback() {
  const error = useMemo(() => parseOAuthRedirect(location.href), []);
  if (!error) return <p>You are signed in.</p>;
  return (
    <>
      <ApiErrorView error={error} />
      <p>
        <a href="/sign-in">Try signing in again</a>
      </p>
    </>
  );
}
