import type { ApiErrorKind } from './types';

/** A heading and the sentence under it. */
export type TextPair = readonly [title: string, message: string];

/**
 * Words for a kind in a situation the model alone does not tell apart, which a notice chooses:
 * - `not-found` → `page`: an address that matches no page (route-level), not a thing a request did not find.
 * - `network` → `unreachable`: no answer while the device is online, so the service, not the connection, is the
 * problem.
 */
export interface TextVariants {
  readonly 'not-found': { readonly page: TextPair };
  readonly network: { readonly unreachable: TextPair };
}

/** Per kind its `[title, message]`; a kind with variants has them as a third member. */
export type DefaultTextTable = {
  readonly [K in ApiErrorKind]: K extends keyof TextVariants
    ? readonly [title: string, message: string, variants: TextVariants[K]]
    : TextPair;
};

/**
 * The kit's one English table: the title and message `normalizeError` gives a model when the body
 * has nothing better, and the English catalog of the React notices (`messagesEn`), which reads its
 * kinds and variants from here. GOV.UK's rules: no status numbers, no jargon, no blame; say what to
 * do next.
 */
export const DEFAULT_TEXT: DefaultTextTable = {
  validation: ['There is a problem', 'Check your answers and try again.'],
  'bad-request': ['The request could not be completed', 'Check your answers and try again.'],
  unauthenticated: ['Sign in to continue', 'Your session may have ended. Sign in and try again.'],
  forbidden: ['You do not have access', 'Your account does not have permission to do this.'],
  'not-found': [
    'Not found',
    'It may have been moved or deleted.',
    {
      page: [
        'Page not found',
        'If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.',
      ],
    },
  ],
  conflict: ['This could not be saved', 'It clashes with something that already exists or has just changed.'],
  'rate-limited': ['Too many requests', 'You have made too many requests in a short time.'],
  server: ['Sorry, there is a problem with the service', 'Try again later.'],
  unavailable: ['Sorry, the service is unavailable', 'Try again later.'],
  timeout: ['The request took too long', 'Try again.'],
  network: [
    'Could not connect',
    'Check your internet connection and try again.',
    {
      unreachable: [
        'Could not reach the service',
        'Your connection is working, but the service did not answer. Try again in a moment.',
      ],
    },
  ],
  cancelled: ['Request cancelled', 'The request was cancelled.'],
  unknown: ['Something went wrong', 'Try again. If the problem continues, contact support.'],
};

/** The two actions the core itself offers (on a toast): the English catalog's buttons say the same. */
export const ACTION_TEXT = { signIn: 'Sign in', tryAgain: 'Try again' } as const;
