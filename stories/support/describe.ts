import type { ApiError } from 'api-error-kit';

/** The model as developers read it: formatted JSON, `cause` left out (it is the input, shown beside). */
export const modelJson = (error: ApiError): string =>
  JSON.stringify(error, (_key, value) => (typeof value === 'bigint' ? `${value}n` : value), 2);

/** "Name: value" lines to a headers object; lines without a colon are ignored. */
export function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export const headerLines = (headers: Record<string, string> = {}): string =>
  Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');

/** The body as the server sent it: pretty JSON for parsed bodies, the text itself otherwise. */
export const bodyText = (body: unknown): string =>
  typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body, null, 2);
