import * as React from 'react';
import { announce } from './announcer';
import { useApiErrorConfig } from './context';
import { cx, safeHref } from './dom';
import { asAttributes, asText, callSafely } from './untrusted';

export interface SupportIdProps extends React.ComponentPropsWithoutRef<'p'> {
  /** The ID to quote to support (`ApiError.logId`). */
  logId: string;
  /** A support page for the ID; only http(s) URLs become links. Defaults to the provider's. */
  supportHref?: (logId: string) => string;
  unstyled?: boolean;
}

/** Copies with the Clipboard API, or by selecting the text where that is missing or refused. */
async function copyText(text: string, node: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const selection = node && window.getSelection();
    if (!selection) return false;
    selection.selectAllChildren(node!);
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/**
 * "Support ID: 63cb1df0-…" as selectable text with a Copy button. Focus stays on the button; the
 * result ("copied" or how to copy by hand) is announced through the live region, which screen
 * readers read reliably, unlike a change inside the button.
 */
export function SupportId({ logId: logIdProp, supportHref, unstyled, className, ...rest }: SupportIdProps) {
  const config = useApiErrorConfig();
  const { messages } = config;
  const code = React.useRef<HTMLElement>(null);
  const [copied, setCopied] = React.useState<boolean>();
  React.useEffect(() => {
    if (copied === undefined) return;
    const reset = setTimeout(() => setCopied(undefined), 2000);
    return () => clearTimeout(reset);
  }, [copied]);
  // An ID that is not text cannot be quoted to anyone: nothing renders (after the hooks, which must always run).
  const logId = asText(logIdProp);
  const href = logId ? safeHref(callSafely(typeof supportHref === 'function' ? supportHref : config.supportHref, logId)) : undefined;
  if (!logId) return null;

  const copy = async () => {
    const ok = await copyText(logId, code.current);
    setCopied(ok);
    announce(ok ? messages.copied : messages.copyFailed);
  };

  return (
    <p className={cx(!unstyled && 'aek-support', asText(className))} data-copied={copied === undefined ? undefined : String(copied)} {...asAttributes(rest)}>
      <span className={cx(!unstyled && 'aek-support__label')}>{messages.supportId}: </span>
      <code ref={code} className={cx(!unstyled && 'aek-support__id')}>
        {logId}
      </code>{' '}
      <button type="button" className={cx(!unstyled && 'aek-action aek-action--small')} aria-label={messages.copyLabel} onClick={copy}>
        {messages.copy}
      </button>
      {copied !== undefined && (
        // Shown for sighted people; screen readers hear the same words from the live region.
        <span className={cx(!unstyled && 'aek-support__status')} aria-hidden="true">
          {' '}
          {copied ? messages.copied : messages.copyFailed}
        </span>
      )}
      {href && (
        <>
          {' '}
          <a className={cx(!unstyled && 'aek-support__link')} href={href}>
            {messages.contactSupport}
          </a>
        </>
      )}
    </p>
  );
}
