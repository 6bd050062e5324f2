import * as React from 'react';
import { toneOf, type ApiError, type ApiErrorKind } from 'api-error-kit';
import { announce as say } from './announcer';
import { useComposedRefs } from './composeRefs';
import { useApiErrorConfig } from './context';
import { sameFailure } from './sameFailure';
import { cx } from './dom';
import { slotAttributes } from './slots';
import type { ApiErrorMessages, NoticeText } from './messages';
import type { NoticeProps, NoticeSlot } from './noticeProps';
import { asAttributes, asCallback, asClassNames, asHeadingLevel, asNode, asText } from './untrusted';

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? React.useEffect : React.useLayoutEffect;

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
 * The heading and sentence a notice shows: the catalog's for the kind (in the app's language), with
 * the server's sentence when the model says the server wrote it (`messageSource`) and `serverText`
 * allows it. A model without a source (made by hand, or by an older version) counts as the server's.
 */
export function noticeText(
  messages: ApiErrorMessages,
  error: ApiError,
  kind: ApiErrorKind = error.kind,
  serverText = true,
  text: NoticeText = messages.kinds[kind],
) {
  const fromServer = serverText && error.messageSource !== 'default';
  return { title: text.title, description: fromServer ? error.message : text.message };
}

// `false` and `undefined` children count in `Children.count`; an empty wrapper would still take up space.
const some = (node: React.ReactNode) => React.Children.toArray(node).length > 0;

/** Class names of the kit's buttons and links, unless the notice is unstyled. */
export const actionClass = (unstyled: boolean | undefined, primary?: boolean) =>
  unstyled ? undefined : cx('aek-action', primary && 'aek-action--primary');

/** One of a notice's own buttons. */
export const Action = ({
  unstyled,
  primary,
  ...props
}: React.ComponentPropsWithoutRef<'button'> & { unstyled?: boolean; primary?: boolean }) => (
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
 * The notice's own actions, then the app's, then the dismiss button: the same parts, slots and
 * classes on every notice and on the summary.
 */
export function NoticeControls({
  ownActions,
  actions: actionsProp,
  onDismiss: onDismissProp,
  classNames,
  unstyled,
}: {
  ownActions?: React.ReactNode;
  actions: unknown;
  onDismiss: unknown;
  classNames: Partial<Record<NoticeSlot, string>>;
  unstyled?: boolean;
}) {
  const { messages } = useApiErrorConfig();
  const actions = asNode(actionsProp);
  const onDismiss = asCallback<() => void>(onDismissProp);
  const part = slotAttributes('aek-notice', unstyled, classNames);
  return (
    <>
      {(some(ownActions) || some(actions)) && (
        <div {...part('actions')}>
          {ownActions}
          {actions}
        </div>
      )}
      {onDismiss && (
        <button type="button" {...part('dismiss')} aria-label={messages.dismiss} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </>
  );
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
  const {
    title: titleProp,
    description: descriptionProp,
    actions,
    onDismiss,
    headingLevel: level,
    classNames: slots,
    unstyled,
    autoFocus,
    className: classProp,
    ...rest
  } = props;
  const title = asNode(titleProp) ?? text.title;
  const description = asNode(descriptionProp) ?? text.description;
  const headingLevel = asHeadingLevel(level);
  const classNames = asClassNames<NoticeSlot>(slots);
  const className = asText(classProp);
  const id = React.useId();
  const root = React.useRef<HTMLElement | null>(null);
  const rootRef = useComposedRefs(ref, root);
  const said = React.useRef<ApiError>(undefined);
  const Heading = `h${headingLevel}` as const;
  const part = slotAttributes('aek-notice', unstyled, classNames, className);

  React.useEffect(() => {
    if (autoFocus) root.current?.focus();
    // Only when the notice appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on mount only: a later autoFocus must not pull focus
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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new error speaks, not a change of `announce`
  }, [error]);

  return (
    <section
      ref={rootRef}
      aria-labelledby={id}
      tabIndex={-1}
      {...part('root')}
      data-kind={error.kind}
      data-status={error.status}
      data-tone={toneOf(error)}
      {...asAttributes(rest)}
    >
      <Heading id={id} {...part('title')}>
        {title}
      </Heading>
      {description != null && description !== '' && <p {...part('description')}>{description}</p>}
      {some(children) && <div {...part('body')}>{children}</div>}
      <NoticeControls
        ownActions={ownActions}
        actions={actions}
        onDismiss={onDismiss}
        classNames={classNames}
        unstyled={unstyled}
      />
    </section>
  );
});
