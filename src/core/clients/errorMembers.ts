import { isObject, type Loose } from '../util';

// The class's name, the stack, the cause, and the HTTP status the error was made with (the source's already).
const NOT_THE_BODY: ReadonlySet<string> = new Set(['name', 'stack', 'cause', 'status']);

/**
 * What an SDK's `Error` carries of the body it was made from, as a body: its own members (`code`, `details`,
 * `hint`, the body's own `statusCode`, …) and its `message`, which is the server's (Supabase's `AuthApiError`,
 * `StorageApiError` and `PostgrestError`).
 */
export function errorMembers(error: Loose): Loose {
  // Some put the body itself, as JSON, in the message (`@google/genai`'s `ApiError`).
  const message = typeof error.message === 'string' ? error.message.trim() : '';
  if (/^[[{]/.test(message))
    try {
      const parsed: unknown = JSON.parse(message);
      if (isObject(parsed)) return parsed;
    } catch {
      // a message that only looks like JSON is a message
    }
  const body: Loose = {};
  for (const key of Object.keys(error).slice(0, 32)) if (!NOT_THE_BODY.has(key)) body[key] = error[key];
  body.message = error.message;
  return body;
}
