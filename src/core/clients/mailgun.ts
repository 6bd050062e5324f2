import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { statusOf, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/**
 * mailgun.js's `APIError` (its `name` is `Error`, its `type` `MailgunAPIError`): the status, the reason phrase as
 * `message`, and the body's `message` (or a text body) as `details`. A request that got no answer comes back as one
 * too, with a made-up status 400, axios's code as `message` (`ECONNREFUSED`) and axios's words as `details`.
 */
export function mailgunError(error: Loose, readWrapped: ReadWrapped): Source {
  const failed = /^E[A-Z]+$/.test(String(error.message))
    ? readWrapped({ name: 'Error', code: error.message, message: error.details })
    : undefined;
  if (failed?.kind) return failed;
  const { details } = error;
  return {
    status: statusOf(error.status),
    header: NO_HEADERS,
    body: typeof details === 'string' ? { message: details } : details,
  };
}

export const mailgunErrors: ErrorClient = { test: (error) => error.type === 'MailgunAPIError', read: mailgunError };
