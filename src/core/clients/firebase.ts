import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, str, type Loose } from '../util';
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
/**
 * Cloud Functions' `FunctionsError` (`httpsCallable`): its message is the server's own (`HttpsError`'s, sent as `{
 * error: { status, message, details } }`) with the status after it ("… [400]"), or the SDK's words for a body without
 * one ("Backend error status: …", the code itself); status 0 is a call that got no response (@firebase/functions,
 * `_errorForResponse`). Its `details` are the app's own, kept for developers.
 */
function functionsError(error: Loose, code: string): Source {
  const [, text = '', status] = /^([^]*?)(?: \[(\d+)\])?$/.exec(str(error.message) ?? '') ?? [];
  if (status === '0') return { header: NO_HEADERS, kind: 'network', format: 'network', details: text };
  if (code === 'functions/cancelled') return { header: NO_HEADERS, kind: 'cancelled', format: 'abort', details: text };
  const own = /^(?:unknown )?backend error status: |^[a-z-]+$/i.test(text) ? undefined : text;
  return { status: statusOf(status), header: NO_HEADERS, body: { code, message: own, details: error.details } };
}

export function firebaseError(error: Loose): Source {
  const code = str(error.code);
  if (code?.startsWith('functions/')) return functionsError(error, code);
  const message = str(error.message) ?? '';
  // No response: Auth says so in its code, Firestore only in its message.
  if (code === 'auth/network-request-failed' || (code === 'unknown' && /\bfetch failed\b/.test(message)))
    return { header: NO_HEADERS, kind: 'network', format: 'network', details: message };
  const said = WRAPPED.exec(message);
  const body: unknown = error.customData?._tokenResponse;
  return { header: NO_HEADERS, body: isObject(body) ? body : { code, message: said?.[1] ?? said?.[2] } };
}

export const firebaseErrors: ErrorClient = { errorNames: ['FirebaseError'], read: firebaseError };
