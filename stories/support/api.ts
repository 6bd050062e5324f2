import { HttpError } from 'api-error-kit';

/** fetch, as an app would write it: a failed response becomes an `HttpError` with its body read once. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw await HttpError.fromResponse(response);
  return (await response.json()) as T;
}
