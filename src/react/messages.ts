import { defaultActionText, defaultText, type ApiErrorKind } from 'api-error-kit';

/** A notice's heading and the sentence under it. */
export interface NoticeText {
  title: string;
  message: string;
}

/**
 * Every string the components show or announce. Override any of them through
 * `ApiErrorProvider messages`; functions receive already-formatted values.
 */
export interface ApiErrorMessages {
  /** Heading and default sentence per kind, used when the server gave nothing more specific. */
  kinds: Record<ApiErrorKind, NoticeText>;
  /** `NotFoundNotice page`: a route that matches nothing, as opposed to a thing a request did not find. */
  pageNotFound: NoticeText;
  /** A request that got no answer while the device is online: the service, not the connection, is the problem. */
  unreachable: NoticeText;
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
  /** Announced as an automatic retry fires. */
  autoRetryNow: string;
  cancelAutoRetry: string;
  autoRetryCancelled: string;
  offline: string;
  backOnline: string;
}

const pair = ([title, message]: readonly [string, string, ...unknown[]]): NoticeText => ({ title, message });

/**
 * The English catalog: GOV.UK plain language, no status numbers, no blame. Its kinds and their
 * variants are the core's `defaultText`, the one English table, so a notice and the model never
 * word the same failure two ways; this adds only the words of the interface (buttons, labels, the countdown).
 */
export const messagesEn: ApiErrorMessages = {
  kinds: Object.fromEntries(Object.entries(defaultText).map(([kind, text]) => [kind, pair(text)])) as Record<
    ApiErrorKind,
    NoticeText
  >,
  pageNotFound: pair(defaultText['not-found'][2].page),
  unreachable: pair(defaultText.network[2].unreachable),
  errorPrefix: 'Error:',
  summaryTitle: defaultText.validation[0],
  signIn: defaultActionText.signIn,
  requestAccess: 'Request access',
  switchAccount: 'Switch account',
  signedInAs: (account) => `You are signed in as ${account}.`,
  tryAgain: defaultActionText.tryAgain,
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
  autoRetryNow: 'Trying again now.',
  cancelAutoRetry: 'Cancel automatic retry',
  autoRetryCancelled: 'Automatic retry cancelled.',
  offline: 'You are offline',
  backOnline: 'Back online',
};

/**
 * Any part of a catalog: one kind's title, one string, one function. What it leaves out stays as the
 * catalog it is merged over has it.
 */
export type ApiErrorMessagesOverride = {
  [K in keyof ApiErrorMessages]?: ApiErrorMessages[K] extends Record<ApiErrorKind, NoticeText>
    ? Partial<Record<ApiErrorKind, Partial<NoticeText>>>
    : ApiErrorMessages[K] extends NoticeText
      ? Partial<NoticeText>
      : ApiErrorMessages[K];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A title and sentence over another, each only when it is a string. */
function mergeText(base: NoticeText, over: unknown): NoticeText {
  if (!isRecord(over)) return base;
  const title = typeof over.title === 'string' ? over.title : base.title;
  const message = typeof over.message === 'string' ? over.message : base.message;
  return title === base.title && message === base.message ? base : { title, message };
}

/**
 * `override` deep-merged over `base`. Each entry replaces the base's only when it is of the same
 * type (a string for a string, a function for a function): a JavaScript caller's typo or a stray
 * `null` leaves the base's text, so no shape of `messages` can break a render.
 */
export function mergeMessages(base: ApiErrorMessages, override: unknown): ApiErrorMessages {
  if (!isRecord(override)) return base;
  const merged: Record<string, unknown> = { ...base };
  try {
    for (const key of Object.keys(base) as (keyof ApiErrorMessages)[]) {
      if (!Object.hasOwn(override, key)) continue;
      const value = override[key];
      const current = base[key];
      if (key === 'kinds') {
        if (!isRecord(value)) continue;
        const kinds = { ...base.kinds };
        for (const kind of Object.keys(kinds) as ApiErrorKind[]) kinds[kind] = mergeText(base.kinds[kind], value[kind]);
        merged.kinds = kinds;
      } else if (isRecord(current)) merged[key] = mergeText(current as unknown as NoticeText, value);
      else if (typeof value === typeof current) merged[key] = value;
    }
  } catch {
    // A hostile override (a throwing getter, a Proxy) leaves the rest of the base.
  }
  return merged as unknown as ApiErrorMessages;
}
