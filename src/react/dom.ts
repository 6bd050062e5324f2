import type * as React from 'react';

/** Class names joined, empties skipped. */
export const cx = (...names: Array<string | false | null | undefined>): string | undefined =>
  names.filter(Boolean).join(' ') || undefined;

/**
 * The URL as a link target only if it is http(s) (absolute, or relative to this site); anything
 * else (`javascript:`, `data:`, `//other.site`, `/\\other.site`, which browsers read as `//`) yields
 * undefined and is rendered as text, not a link.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  return /^(?:https?:\/\/|\/(?![/\\])|\.\.?\/|[?#])/i.test(trimmed) && !/[\s<>"\\]/.test(trimmed) ? trimmed : undefined;
}

/**
 * Hidden on screen, read by screen readers; inline so it holds without the stylesheet. Strings with
 * units, so the live regions' `Object.assign(element.style, …)` takes the same values as React does.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: '0',
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: '0',
} satisfies React.CSSProperties;
