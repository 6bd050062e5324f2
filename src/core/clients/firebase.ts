import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, str, type Loose } from '../util';
import type { ErrorClient } from './client';

/** The SDK's words around the server's sentence: Auth's and Firestore Lite's. */
const WRAPPED = /^(?:Firebase: (.*?) \([\w/-]+\)\.?|Request failed with error: (.*))$/s;

/**
 * The Firebase JS SDK's `FirebaseError`. Its `code` is the SDK's: Auth's (`auth/email-already-in-use`) or, from
 * Firestore, gRPC's canonical codes (`permission-denied`, `resource-exhausted`), which the code table reads. Its
 * `message` wraps the server's sentence, when there is one, in the SDK's words ("Firebase: <sentence>
 * (auth/…).", "Request failed with error: <sentence>"); "Firebase: Error (auth/…)." says nothing more. Auth keeps
 * the whole body for a few codes (`customData._tokenResponse`); no status and no headers are kept.
 */
export function firebaseError(error: Loose): Source {
  const code = str(error.code);
  const message = str(error.message) ?? '';
  // No response: Auth says so in its code, Firestore only in its message.
  if (code === 'auth/network-request-failed' || (code === 'unknown' && /\bfetch failed\b/.test(message)))
    return { header: NO_HEADERS, kind: 'network', format: 'network', details: message };
  const said = WRAPPED.exec(message);
  const body: unknown = error.customData?._tokenResponse;
  return { header: NO_HEADERS, body: isObject(body) ? body : { code, message: said?.[1] ?? said?.[2] } };
}

export const firebaseErrors: ErrorClient = { errorNames: ['FirebaseError'], read: firebaseError };
