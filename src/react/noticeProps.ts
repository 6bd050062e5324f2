import type * as React from 'react';

/**
 * The parts of a component that `classNames` styles, each marked with the same name in `data-slot`.
 * A component has the slots it renders: every one has `root`; notices have `title`, `description`,
 * `body`, `actions` and `dismiss`; `ErrorSummary` has `list` and `item` where a notice has `body`;
 * `RateLimitNotice` has `timer`; `ServerErrorNotice` and `ErrorFallback` have `details`.
 */
export type NoticeSlot =
  'root' | 'title' | 'description' | 'body' | 'list' | 'item' | 'timer' | 'details' | 'actions' | 'dismiss';

/** What every component of the kit takes to be styled: class names per part, and the kit's own on or off. */
export interface SlotProps<Slot extends string> {
  /**
   * Class names per part, added to the kit's: `{ title: 'my-heading' }`. Each part also carries its
   * name in `data-slot` (`[data-slot='title']`), with or without these.
   * @default {}
   */
  classNames?: Partial<Record<Slot, string>>;
  /**
   * Drops the kit's class names (`aek-…`), keeping yours, so the component can be styled from scratch.
   * Its `data-slot`, `data-state` and `data-tone` attributes stay.
   * @default false
   */
  unstyled?: boolean;
}

/**
 * The props every notice shares: `ErrorSummary`, `PermissionNotice`, `RateLimitNotice`,
 * `ServerErrorNotice`, `NotFoundNotice`, `OfflineNotice`, `ErrorFallback`, and `ApiErrorView`, which
 * passes each of them on to whichever of these it renders. Any other attribute (`id`, `style`,
 * `data-*`, `aria-*`, handlers) goes on the root element, which a `ref` reaches.
 */
export interface NoticeProps extends Omit<React.ComponentPropsWithoutRef<'section'>, 'title'>, SlotProps<NoticeSlot> {
  /**
   * Replaces the heading.
   * @default the catalog's title for the error's kind ("There is a problem" for `ErrorSummary`)
   */
  title?: React.ReactNode;
  /**
   * Replaces the sentence under the heading. On `ErrorSummary`, a sentence shown above the list.
   * @default the server's sentence, or the catalog's for the kind (none on `ErrorSummary`)
   */
  description?: React.ReactNode;
  /**
   * Extra buttons or links, after the notice's own.
   * @default none
   */
  actions?: React.ReactNode;
  /**
   * Shows a dismiss button that calls this. The notice never removes itself: hide it in this handler.
   * @default none (no dismiss button)
   */
  onDismiss?: () => void;
  /**
   * The heading element: `h1` to `h6`.
   * @default 2
   */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /**
   * Moves focus to the notice when it appears: right when it replaces what the person was looking at.
   * `ErrorSummary` does so by default, as GOV.UK's error summary: `autoFocus={false}` keeps focus where it is.
   * @default false (`true` on `ErrorSummary`)
   */
  autoFocus?: boolean;
  /**
   * Says the heading and sentence to screen reader users when the notice appears: through the page's
   * live region, or, on `ErrorSummary`, with `role="alert"` on its inner wrapper.
   * @default true
   */
  announce?: boolean;
  /**
   * Shows the server's sentence when it is written for people; `false` shows the catalog's text for the kind.
   * @default the provider's `serverText` (true)
   */
  serverText?: boolean;
}
