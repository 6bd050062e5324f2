import * as React from 'react';
import { defaultText, type ApiError, type ApiErrorKind } from 'api-error-kit';
import { announce as say } from './announcer';
import { useApiErrorConfig } from './context';
import { sameFailure } from './sameFailure';
import { cx } from './dom';
import type { ApiErrorMessages, NoticeText } from './messages';
import { asAttributes, asCallback, asClassNames, asHeadingLevel, asNode, asText } from './untrusted';

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? React.useEffect : React.useLayoutEffect;

export type NoticeSlot = 'root' | 'title' | 'description' | 'body' | 'actions' | 'dismiss';

/** The vocabulary every notice shares. */
export interface NoticeProps extends Omit<React.ComponentPropsWithoutRef<'section'>, 'title'> {
  /** Replaces the heading (by default the catalog's title for the error's kind). */
  title?: React.ReactNode;
  /** Replaces the sentence under the heading (by default the server's message, or the kind's default). */
  description?: React.ReactNode;
  /** Extra buttons or links, after the notice's own. */
  actions?: React.ReactNode;
  /** Shows a dismiss button. The notice never removes itself: hide it in this handler. */
  onDismiss?: () => void;
  /** The heading element, `h2` by default. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  classNames?: Partial<Record<NoticeSlot, string>>;
  /** Drops the kit's class names, keeping yours, so the notice can be styled from scratch. */
  unstyled?: boolean;
  /** Moves focus to the notice when it appears: right when it replaces what the person was looking at. */
  autoFocus?: boolean;
  /** Says the heading and sentence through the page's live region when the notice appears (default true). */
  announce?: boolean;
  /**
   * Show the server's sentence (when it is written for people) or, with `false`, the catalog's text
   * for the kind. Defaults to the provider's `serverText`.
   */
  serverText?: boolean;
}

interface BaseProps extends NoticeProps {
  error: ApiError;
  /** Whose catalog title and sentence fill in a missing `title` or `description`. */
  kind: ApiErrorKind;
  /** Catalog text other than the kind's (a page not found, a service that did not answer). */
  text?: NoticeText;
  /** The kit's own actions, rendered before `actions`. */
  ownActions?: React.ReactNode;
}

/**
 * The heading and sentence a notice shows: the catalog's for the kind, with the server's sentence
 * when it said more than the kind's default and `serverText` allows it.
 */
export function noticeText(messages: ApiErrorMessages, error: ApiError, kind: ApiErrorKind = error.kind, serverText = true, text: NoticeText = messages.kinds[kind]) {
  const fromServer = serverText && error.message !== defaultText[error.kind][1];
  return { title: text.title, description: fromServer ? error.message : text.message };
}

// `false` and `undefined` children count in `Children.count`; an empty wrapper would still take up space.
const some = (node: React.ReactNode) => React.Children.toArray(node).length > 0;

/** Class names of the kit's buttons and links, unless the notice is unstyled. */
export const actionClass = (unstyled: boolean | undefined, primary?: boolean) =>
  unstyled ? undefined : cx('aek-action', primary && 'aek-action--primary');

/** One of a notice's own buttons. */
export const Action = ({ unstyled, primary, ...props }: React.ComponentPropsWithoutRef<'button'> & { unstyled?: boolean; primary?: boolean }) => (
  <button type="button" className={actionClass(unstyled, primary)} {...props} />
);

/**
 * When the notice leaves the page while focus is in it (its Try again worked and the content came
 * back), focus would fall to `<body>` and a keyboard or screen reader user would start over at the
 * top. It goes to the notice's container instead, which is made focusable for the moment.
 */
function useKeepFocus(root: React.RefObject<HTMLElement | null>): void {
  // A layout effect's cleanup runs while the leaving notice is still in the page, so it can still see
  // whether focus is inside it (a passive effect's runs after, when focus has already fallen away).
  useIsomorphicLayoutEffect(() => {
    const node = root.current;
    const container = node?.parentElement;
    if (!node || !container) return;
    return () => {
      if (!node.contains(document.activeElement)) return;
      // After the notice is gone from the page, and only if nothing else took focus.
      setTimeout(() => {
        const active = document.activeElement;
        if ((active && active !== document.body) || !container.isConnected) return;
        if (!container.hasAttribute('tabindex')) {
          container.setAttribute('tabindex', '-1');
          container.addEventListener('blur', () => container.removeAttribute('tabindex'), { once: true });
        }
        container.focus({ preventScroll: true });
      });
    };
  }, [root]);
}

/**
 * A `<section>` landmark named by its heading, focusable but outside the tab order. It announces
 * itself through the pre-mounted live region (once per error) instead of relying on a freshly
 * mounted alert.
 */
export const Notice = /* @__PURE__ */ React.forwardRef<HTMLElement, BaseProps>(function Notice(
  { error, kind, text: catalogText, ownActions, announce = true, serverText, children, ...props },
  ref,
) {
  const config = useApiErrorConfig();
  const { messages } = config;
  const text = noticeText(messages, error, kind, serverText ?? config.serverText, catalogText);
  const { title: titleProp, description: descriptionProp, actions: actionsProp, onDismiss: onDismissProp, headingLevel: level, classNames: slots, unstyled, autoFocus, className: classProp, ...rest } = props;
  const title = asNode(titleProp) ?? text.title;
  const description = asNode(descriptionProp) ?? text.description;
  const actions = asNode(actionsProp);
  const onDismiss = asCallback<() => void>(onDismissProp);
  const headingLevel = asHeadingLevel(level);
  const classNames = asClassNames<NoticeSlot>(slots);
  const className = asText(classProp);
  const id = React.useId();
  const root = React.useRef<HTMLElement | null>(null);
  const said = React.useRef<ApiError>(undefined);
  const Heading = `h${headingLevel}` as const;
  const own = (name: string) => (unstyled ? undefined : `aek-notice${name}`);

  React.useEffect(() => {
    if (autoFocus) root.current?.focus();
    // Only when the notice appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useKeepFocus(root);

  // When it appears, and again when a new error replaces the one shown (a retry that failed
  // again): otherwise a screen reader user hears nothing after pressing Try again. Not when the body
  // of the same failure arrives: the words change in place, without a second notice.
  React.useEffect(() => {
    const fresh = !sameFailure(said.current, error);
    said.current = error;
    if (announce && fresh) {
      const heading = root.current?.querySelector('[data-slot=title]')?.textContent;
      const sentence = root.current?.querySelector('[data-slot=description]')?.textContent;
      say([heading, sentence].filter(Boolean).join('. '));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);

  const setRef = (node: HTMLElement | null) => {
    root.current = node;
    if (typeof ref === 'function') ref(node);
    else if (ref) ref.current = node;
  };

  return (
    <section
      ref={setRef}
      aria-labelledby={id}
      tabIndex={-1}
      data-kind={error.kind}
      data-status={error.status}
      className={cx(own(''), className, classNames.root)}
      {...asAttributes(rest)}
    >
      <Heading id={id} data-slot="title" className={cx(own('__title'), classNames.title)}>
        {title}
      </Heading>
      {description != null && description !== '' && (
        <p data-slot="description" className={cx(own('__description'), classNames.description)}>
          {description}
        </p>
      )}
      {some(children) && <div className={cx(own('__body'), classNames.body)}>{children}</div>}
      {(some(ownActions) || some(actions)) && (
        <div className={cx(own('__actions'), classNames.actions)}>
          {ownActions}
          {actions}
        </div>
      )}
      {onDismiss && (
        <button type="button" className={cx(own('__dismiss'), classNames.dismiss)} aria-label={messages.dismiss} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </section>
  );
});
