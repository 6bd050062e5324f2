import { visuallyHidden } from './dom';

/**
 * One pair of visually hidden live regions for the whole page, created before anything is said:
 * a freshly mounted `role="alert"` is often not read out. Messages are cleared after a while so
 * the same words can be announced again.
 */
export type Politeness = 'polite' | 'assertive';

const CLEAR_AFTER_MS = 7000;
let regions: Record<Politeness, HTMLElement> | undefined;

/** Creates the live regions if the page has none yet. Safe to call during SSR (does nothing). */
export function ensureLiveRegions(): void {
  if (typeof document === 'undefined' || (regions && document.body.contains(regions.polite))) return;
  const root = document.createElement('div');
  root.setAttribute('data-api-error-announcer', '');
  Object.assign(root.style, visuallyHidden);
  const make = (politeness: Politeness) => {
    const region = document.createElement('div');
    // A log of additions (as React Aria's announcer): each new line is read once, old ones are not repeated.
    region.setAttribute('role', 'log');
    region.setAttribute('aria-live', politeness);
    region.setAttribute('aria-relevant', 'additions');
    root.appendChild(region);
    return region;
  };
  regions = { polite: make('polite'), assertive: make('assertive') };
  document.body.prepend(root);
}

/**
 * A line as a sentence of its own. Two announcements made close together are read one after the
 * other; without an end, "…is null" and "Support ID copied" ran together as one.
 */
const asSentence = (message: string): string =>
  /[.!?…:;]$/.test(message.trimEnd()) ? message.trimEnd() : `${message.trimEnd()}.`;

/** Says `message` through the page's live region, as a line and a sentence of its own. */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  if (typeof document === 'undefined' || !message?.trim()) return;
  const fresh = !regions || !document.body.contains(regions.polite);
  ensureLiveRegions();
  if (!regions) return;
  const region = regions[politeness];
  // A region that has just been created needs a moment before screen readers pick up changes.
  const write = () => {
    // By then the page may be gone (a window closed, a test's DOM torn down, the global `document` with it): a timer
    // of the kit's never throws into the app, so the line is made by the region's own document, if it still can.
    try {
      const line = region.ownerDocument.createElement('div');
      line.textContent = asSentence(message);
      region.appendChild(line);
      setTimeout(() => line.remove(), CLEAR_AFTER_MS);
    } catch {
      // Nowhere left to say it.
    }
  };
  if (fresh) setTimeout(write, 100);
  else write();
}
