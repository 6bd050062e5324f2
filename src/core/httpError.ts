import { readHeaders } from './headers';

/** What the kit reads of a body: past 1 MiB it is a dump, not an error report. */
export const MAX_BODY_BYTES = 1 << 20;

async function readCapped(response: Response): Promise<string> {
  if (!response.body) return (await response.text()).slice(0, MAX_BODY_BYTES);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    text += decoder.decode(value, { stream: true });
    if (size >= MAX_BODY_BYTES) {
      // Not awaited: cancelling one branch of a cloned (teed) response settles only once the other
      // branch is cancelled too, so awaiting it would hang while the app still holds the original.
      reader.cancel().catch(() => undefined);
      break;
    }
  }
  return (text + decoder.decode()).slice(0, MAX_BODY_BYTES);
}

/**
 * The body of a response, read once (up to 1 MiB): JSON when the content type says so (`json`,
 * `problem+json`, any `+json`) or the text looks like JSON and parses, else the text; null when empty,
 * already used, or unreadable. Never rejects.
 */
async function readResponseBody(response: Response): Promise<unknown> {
  try {
    if (response.bodyUsed) return null;
    const text = await readCapped(response);
    if (text === '') return null;
    const type = readHeaders(response.headers)('content-type') ?? '';
    if (/[/+]json\b/i.test(type) || /^\s*[[{]/.test(text)) {
      try {
        return JSON.parse(text);
      } catch {
        // Invalid JSON stays text, so the normalizer still sees what the server sent.
      }
    }
    return text;
  } catch {
    return null;
  }
}

/**
 * A failed HTTP response with its body already read, so it can be thrown from a `queryFn` and
 * normalized synchronously later.
 *
 * @example
 * const res = await fetch('/api/users/1');
 * if (!res.ok) throw await HttpError.fromResponse(res);
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, or the text of an HTML, plain-text or invalid-JSON body, or null when empty. */
  readonly body: unknown;

  constructor(status: number, headers?: HeadersInit | Headers, body: unknown = null, message = `HTTP ${status}`) {
    super(message);
    this.status = status;
    this.headers = headers instanceof Headers ? headers : new Headers(headers);
    this.body = body;
  }

  /**
   * Reads the body once (up to 1 MiB), as JSON when the content type says so and it parses, else
   * as text. Never rejects: a body that cannot be read becomes null.
   */
  static async fromResponse(response: Response): Promise<HttpError> {
    const body = await readResponseBody(response);
    return new HttpError(
      response.status,
      response.headers,
      body,
      `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: ${response.url || 'request'} failed`,
    );
  }
}
