import * as React from 'react';
import { announce } from './announcer';
import { useApiErrorConfig } from './context';
import { safeHref } from './dom';
import type { SlotProps } from './noticeProps';
import { slotAttributes } from './slots';
import { asAttributes, asClassNames, asText, callSafely } from './untrusted';

/** The parts of `SupportId`, each marked with its name in `data-slot`. */
export type SupportIdSlot = 'root' | 'label' | 'value' | 'copy' | 'status' | 'link';

export interface SupportIdProps extends React.ComponentPropsWithoutRef<'p'>, SlotProps<SupportIdSlot> {
  /** The ID to quote to support (`ApiError.logId`). Nothing renders when it is not text. */
  logId: string;
  /**
   * A support page for the ID; only http(s) URLs become links.
   * @default the provider's `supportHref`, else no link
   */
  supportHref?: (logId: string) => string;
}

/** Copies with the Clipboard API, or by selecting the text where that is missing or refused. */
async function copyText(text: string, node: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const selection = node && window.getSelection();
    if (!node || !selection) return false;
    selection.selectAllChildren(node);
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
 * readers read reliably, unlike a change inside the button. `data-state` says how the last copy went:
 * `idle`, then `copied` or `failed` for two seconds.
 */
export const SupportId = /* @__PURE__ */ React.forwardRef<HTMLParagraphElement, SupportIdProps>(function SupportId(
  { logId: logIdProp, supportHref, unstyled, className, classNames: slots, ...rest },
  ref,
) {
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
  const href = logId
    ? safeHref(callSafely(typeof supportHref === 'function' ? supportHref : config.supportHref, logId))
    : undefined;
  if (!logId) return null;
  const part = slotAttributes('aek-support', unstyled, asClassNames<SupportIdSlot>(slots), asText(className));

  const copy = async () => {
    const ok = await copyText(logId, code.current);
    setCopied(ok);
    announce(ok ? messages.copied : messages.copyFailed);
  };

  return (
    <p
      ref={ref}
      {...part('root')}
      data-state={copied === undefined ? 'idle' : copied ? 'copied' : 'failed'}
      {...asAttributes(rest)}
    >
      <span {...part('label')}>{messages.supportId}: </span>
      <code ref={code} {...part('value', 'aek-support__id')}>
        {logId}
      </code>{' '}
      <button
        type="button"
        {...part('copy', 'aek-action aek-action--small')}
        aria-label={messages.copyLabel}
        onClick={copy}
      >
        {messages.copy}
      </button>
      {copied !== undefined && (
        // Shown for sighted people; screen readers hear the same words from the live region.
        <span {...part('status')} aria-hidden="true">
          {' '}
          {copied ? messages.copied : messages.copyFailed}
        </span>
      )}
      {href && (
        <>
          {' '}
          <a {...part('link')} href={href}>
            {messages.contactSupport}
          </a>
        </>
      )}
    </p>
  );
});
