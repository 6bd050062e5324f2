import type { ApiErrorKind } from 'api-error-kit';

/**
 * Every string the components show or announce. Override any of them through
 * `ApiErrorProvider messages`; functions receive already-formatted values.
 */
export interface ApiErrorMessages {
  /** Heading and default sentence per kind, used when the server gave nothing more specific. */
  kinds: Record<ApiErrorKind, { title: string; message: string }>;
  /** Visually hidden prefix of an inline field error. */
  errorPrefix: string;
  summaryTitle: string;
  signIn: string;
  requestAccess: string;
  switchAccount: string;
  /** 403: who the person is signed in as. */
  signedInAs: (account: string) => string;
  tryAgain: string;
  dismiss: string;
  supportId: string;
  copy: string;
  copyLabel: string;
  copied: string;
  copyFailed: string;
  contactSupport: string;
  technicalDetails: string;
  /** Visible countdown text; `time` is "0:42". */
  retryIn: (time: string) => string;
  /** Announced once when the wait starts; `duration` is "42 seconds". */
  retryInSpoken: (duration: string) => string;
  retryNow: string;
  retryUnknown: string;
  autoRetryIn: (duration: string) => string;
  cancelAutoRetry: string;
  autoRetryCancelled: string;
  offline: string;
  backOnline: string;
}

/** The English catalog: GOV.UK plain language, no status numbers, no blame. */
export const messagesEn: ApiErrorMessages = {
  kinds: {
    validation: { title: 'There is a problem', message: 'Check your answers and try again.' },
    'bad-request': { title: 'The request could not be completed', message: 'Check your answers and try again.' },
    unauthenticated: { title: 'Sign in to continue', message: 'Your session may have ended. Sign in and try again.' },
    forbidden: { title: 'You do not have access', message: 'Your account does not have permission to do this.' },
    'not-found': { title: 'Page not found', message: 'It may have been moved or deleted.' },
    conflict: { title: 'This could not be saved', message: 'It clashes with something that already exists or has just changed.' },
    'rate-limited': { title: 'Too many requests', message: 'You have made too many requests in a short time.' },
    server: { title: 'Sorry, there is a problem with the service', message: 'Try again later.' },
    unavailable: { title: 'Sorry, the service is unavailable', message: 'Try again later.' },
    timeout: { title: 'The request took too long', message: 'Try again.' },
    network: { title: 'Could not connect', message: 'Check your internet connection and try again.' },
    cancelled: { title: 'Request cancelled', message: 'The request was cancelled.' },
    unknown: { title: 'Something went wrong', message: 'Try again. If the problem continues, contact support.' },
  },
  errorPrefix: 'Error:',
  summaryTitle: 'There is a problem',
  signIn: 'Sign in',
  requestAccess: 'Request access',
  switchAccount: 'Switch account',
  signedInAs: (account) => `You are signed in as ${account}.`,
  tryAgain: 'Try again',
  dismiss: 'Dismiss',
  supportId: 'Support ID',
  copy: 'Copy',
  copyLabel: 'Copy support ID',
  copied: 'Support ID copied',
  copyFailed: 'Could not copy. Select the support ID and copy it yourself.',
  contactSupport: 'Contact support',
  technicalDetails: 'Technical details',
  retryIn: (time) => `You can try again in ${time}`,
  retryInSpoken: (duration) => `You can try again in ${duration}.`,
  retryNow: 'You can try again now.',
  retryUnknown: 'Wait a moment, then try again.',
  autoRetryIn: (duration) => `Trying again automatically in ${duration}.`,
  cancelAutoRetry: 'Cancel automatic retry',
  autoRetryCancelled: 'Automatic retry cancelled.',
  offline: 'You are offline',
  backOnline: 'Back online',
};
