import * as React from 'react';
import { useApiErrorConfig } from './context';
import { safeHref } from './dom';
import { Action, actionClass, Notice, type NoticeProps } from './Notice';
import { SupportId } from './SupportId';
import { useApiError } from './useApiError';
import { warnOnce } from './dev';

export interface PermissionNoticeProps extends NoticeProps {
  error: unknown;
  /** 401: what "Sign in" does. Defaults to the provider's. */
  onSignIn?: () => void;
  /** 401: where "Sign in" goes; a function receives the current URL to return to. Only http(s) URLs become links. */
  signInHref?: string | ((returnTo: string) => string);
  /** 403: offers "Request access". */
  onRequestAccess?: () => void;
  /** 403: offers "Switch account". */
  onSwitchAccount?: () => void;
  /** 403: the account the person is signed in as, so they can tell whether it is the wrong one. */
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
export const PermissionNotice = /* @__PURE__ */ React.forwardRef<HTMLElement, PermissionNoticeProps>(function PermissionNotice(
  { error, onSignIn, signInHref, onRequestAccess, onSwitchAccount, account, onRetry, title, description, unstyled, ...rest },
  ref,
) {
  const config = useApiErrorConfig();
  const apiError = useApiError(error);
  // The return URL is read after mount: rendering never touches `window`, so it also renders on a server.
  const [returnTo, setReturnTo] = React.useState('');
  React.useEffect(() => setReturnTo(window.location.href), []);
  if (!apiError) return null;

  const { messages } = config;
  const signIn = apiError.kind === 'unauthenticated';
  const onSignInAction = onSignIn ?? config.onSignIn;
  const target = signInHref ?? config.signInHref;
  const href = safeHref(typeof target === 'function' ? target(returnTo) : target);
  if (process.env.NODE_ENV !== 'production' && signIn && !onSignInAction && !target) warnOnce(
      'sign-in',
      'a 401 notice has no way to sign in. Set `signInHref` or `onSignIn` on ApiErrorProvider (or on the notice), so the person is not stuck.',
    );
  const ownActions = signIn ? (
    onSignInAction ? (
      <Action unstyled={unstyled} primary onClick={onSignInAction}>
        {messages.signIn}
      </Action>
    ) : href ? (
      <a className={actionClass(unstyled, true)} href={href}>
        {messages.signIn}
      </a>
    ) : (
      onRetry && (
        <Action unstyled={unstyled} primary onClick={onRetry}>
          {messages.tryAgain}
        </Action>
      )
    )
  ) : (
    (onRequestAccess || onSwitchAccount) && (
    <>
      {onRequestAccess && (
        <Action unstyled={unstyled} primary onClick={onRequestAccess}>
          {messages.requestAccess}
        </Action>
      )}
      {onSwitchAccount && (
        <Action unstyled={unstyled} onClick={onSwitchAccount}>
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
      title={title}
      description={description}
      ownActions={ownActions}
      unstyled={unstyled}
      {...rest}
    >
      {!signIn && account ? <p>{messages.signedInAs(account)}</p> : undefined}
      {/* Help is offered the same way on every error surface (WCAG 3.2.6): a 403 may need support too. */}
      {apiError.logId && <SupportId logId={apiError.logId} unstyled={unstyled} />}
    </Notice>
  );
});
