import { readHeaders } from './headers';

const MAX_BODY_BYTES = 1 << 20;

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
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  return (text + decoder.decode()).slice(0, MAX_BODY_BYTES);
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
    let body: unknown = null;
    try {
      if (!response.bodyUsed) {
        const text = await readCapped(response);
        const type = readHeaders(response.headers)('content-type') ?? '';
        body = text;
        if (/[/+]json\b/i.test(type) || /^\s*[[{]/.test(text)) {
          try {
            body = JSON.parse(text);
          } catch {
            // Invalid JSON stays text, so the normalizer still sees what the server sent.
          }
        }
        if (body === '') body = null;
      }
    } catch {
      body = null;
    }
    return new HttpError(response.status, response.headers, body, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: ${response.url || 'request'} failed`);
  }
}
