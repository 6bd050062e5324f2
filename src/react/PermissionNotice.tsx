import * as React from 'react';
import { useApiErrorConfig } from './context';
import { safeHref } from './dom';
import { Action, actionClass, Notice } from './Notice';
import type { NoticeProps } from './noticeProps';
import { SupportId } from './SupportId';
import { asCallback, asText, callSafely } from './untrusted';
import { useApiError } from './useApiError';
import { warnOnce } from './dev';

const staySubscribed = () => () => {};
const currentUrl = () => window.location.href;
const noUrl = () => '';

export interface PermissionNoticeProps extends NoticeProps {
  /** The 401 or 403. Nothing renders for null or undefined. */
  error: unknown;
  /** 401: what "Sign in" does. Defaults to the provider's. */
  onSignIn?: () => void;
  /**
   * 401: where "Sign in" goes; a function receives the current URL to return to. Only http(s) URLs become links.
   * @default the provider's `signInHref`
   */
  signInHref?: string | ((returnTo: string) => string);
  /** 403: offers "Request access". */
  onRequestAccess?: () => void;
  /** 403: offers "Switch account". */
  onSwitchAccount?: () => void;
  /**
   * 403: the account the person is signed in as, so they can tell whether it is the wrong one.
   * @default none (not shown)
   */
  account?: string;
  /**
   * 401 with no sign-in set up anywhere: offers "Try again" (credentials refreshed elsewhere, a
   * session restored in another tab), so the notice is never a dead end.
   */
  onRetry?: () => void;
}

/**
 * 401 and 403 told apart. 401 (or any `unauthenticated` error) asks the person to sign in and
 * offers a sign-in action that keeps the URL to come back to; anything else says they do not have
 * access and offers request-access or switch-account actions. It never retries: the same
 * credentials would fail the same way.
 */
export const PermissionNotice = /* @__PURE__ */ React.forwardRef<HTMLElement, PermissionNoticeProps>(
  function PermissionNotice(
    { error, onSignIn, signInHref, onRequestAccess, onSwitchAccount, account, onRetry, unstyled, ...rest },
    ref,
  ) {
    const config = useApiErrorConfig();
    const apiError = useApiError(error);
    // The page's URL from the first client render on. A server does not know it ('' there); hydration
    // starts from the server's '' so the HTML agrees, and React re-renders with the URL as soon as it has hydrated.
    const returnTo = React.useSyncExternalStore(staySubscribed, currentUrl, noUrl);
    if (!apiError) return null;

    const { messages } = config;
    const signIn = apiError.kind === 'unauthenticated';
    const onSignInAction = asCallback<() => void>(onSignIn) ?? asCallback<() => void>(config.onSignIn);
    const target = signInHref ?? config.signInHref;
    const hrefFor = (url: string) => safeHref(typeof target === 'function' ? callSafely(target, url) : target);
    const href = hrefFor(returnTo);
    // A single-page app may have moved to another route since this rendered: the link returns to where the person is
    // now.
    const refreshReturnTo = (event: React.SyntheticEvent<HTMLAnchorElement>) => {
      const now = hrefFor(window.location.href);
      if (now) event.currentTarget.href = now;
    };
    const onRequestAccessAction = asCallback<() => void>(onRequestAccess);
    const onSwitchAccountAction = asCallback<() => void>(onSwitchAccount);
    const onRetryAction = asCallback<() => void>(onRetry);
    const accountName = asText(account);
    if (process.env.NODE_ENV !== 'production' && signIn && !onSignInAction && !target)
      warnOnce(
        'sign-in',
        'a 401 notice has no way to sign in. Set `signInHref` or `onSignIn` on ApiErrorProvider (or on the notice), so the person is not stuck.',
      );
    const ownActions = signIn ? (
      onSignInAction ? (
        <Action unstyled={unstyled} primary onClick={onSignInAction}>
          {messages.signIn}
        </Action>
      ) : href ? (
        <a
          className={actionClass(unstyled, true)}
          href={href}
          onClick={refreshReturnTo}
          onAuxClick={refreshReturnTo}
          onContextMenu={refreshReturnTo}
        >
          {messages.signIn}
        </a>
      ) : (
        onRetryAction && (
          <Action unstyled={unstyled} primary onClick={onRetryAction}>
            {messages.tryAgain}
          </Action>
        )
      )
    ) : (
      (onRequestAccessAction || onSwitchAccountAction) && (
        <>
          {onRequestAccessAction && (
            <Action unstyled={unstyled} primary onClick={onRequestAccessAction}>
              {messages.requestAccess}
            </Action>
          )}
          {onSwitchAccountAction && (
            <Action unstyled={unstyled} onClick={onSwitchAccountAction}>
              {messages.switchAccount}
            </Action>
          )}
        </>
      )
    );

    return (
      <Notice
        ref={ref}
        error={apiError}
        kind={signIn ? 'unauthenticated' : 'forbidden'}
        ownActions={ownActions}
        unstyled={unstyled}
        {...rest}
      >
        {!signIn && accountName ? <p>{messages.signedInAs(accountName)}</p> : undefined}
        {/* Help is offered the same way on every error surface (WCAG 3.2.6): a 403 may need support too. */}
        {apiError.logId && <SupportId logId={apiError.logId} unstyled={unstyled} />}
      </Notice>
    );
  },
);
