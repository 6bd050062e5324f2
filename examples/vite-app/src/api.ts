import { HttpError } from 'api-error-kit';

/** The API's origin, written into index.html by the server that serves the app: another origin, so CORS applies. */
export const API = document.querySelector<HTMLMetaElement>('meta[name="api-origin"]')?.content ?? '';

/**
 * One id per page load, sent with every request: the example API answers 429 only to a session's
 * first request, and counts requests per session for the tests.
 */
export const SESSION = Math.random().toString(36).slice(2, 12);
document.documentElement.dataset.session = SESSION;

/** `fetch` from the API; a failed response is thrown as an `HttpError` with its body already read. */
export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const url = new URL(path, API);
  url.searchParams.set('session', SESSION);
  const response = await fetch(url, init);
  if (!response.ok) throw await HttpError.fromResponse(response);
  return (await response.json()) as T;
}
