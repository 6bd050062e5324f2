import * as React from 'react';
import { useApiErrorConfig } from './context';
import { useComposedRefs } from './composeRefs';
import { fieldResolver, type FieldPathMapping } from './fieldResolver';
import { NoticeControls, noticeText } from './Notice';
import type { NoticeProps, NoticeSlot } from './noticeProps';
import { sameFailure } from './sameFailure';
import { slotAttributes } from './slots';
import { asAttributes, asClassNames, asHeadingLevel, asNode, asText } from './untrusted';
import { useApiError } from './useApiError';

export interface ErrorSummaryProps extends NoticeProps {
  /** Whatever failed: an `ApiError`, a thrown value, a response. Nothing renders when it has no messages. */
  error: unknown;
  /**
   * Server path to the id of the form control the item links to; keys match in any case and notation.
   * @default the provider's `fieldIds`, else the path in dots, camelCased as the browser sent it (`Email` → `email`)
   */
  fieldIds?: FieldPathMapping;
  /**
   * Server path to the field's label, to give context to bare messages ("Email: Required").
   * @default the provider's `fieldLabels`, else none
   */
  fieldLabels?: FieldPathMapping;
}

/**
 * Following a summary link scrolls the control's label (or a group's legend) into view, then
 * focuses the control, as GOV.UK does: a plain jump to the fragment hides the label off-screen.
 */
function followLink(event: React.MouseEvent<HTMLElement>) {
  const link = (event.target as Element).closest?.('a[href^="#"]');
  const control = link && document.getElementById((link.getAttribute('href') ?? '').slice(1));
  if (!control) return;
  event.preventDefault();
  const group = /^(?:radio|checkbox)$/.test((control as HTMLInputElement).type)
    ? control.closest('fieldset')?.querySelector('legend')
    : null;
  const label = group ?? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) ?? control.closest('label');
  (label ?? control).scrollIntoView?.();
  control.focus({ preventScroll: true });
}

/**
 * The validation summary (GOV.UK error summary): a heading, then every message; an item for a
 * field links to its control, and following the link focuses it. Form-level messages are listed
 * without a link. It takes focus once when a new error arrives (`autoFocus={false}` leaves focus
 * where it is); `role="alert"` sits on an inner wrapper so that focus and announcement do not race.
 * It is never `role="alert"` itself and never removes itself: hide it in `onDismiss`.
 */
export const ErrorSummary = /* @__PURE__ */ React.forwardRef<HTMLElement, ErrorSummaryProps>(function ErrorSummary(
  {
    error,
    title: titleProp,
    description: descriptionProp,
    fieldIds,
    fieldLabels,
    autoFocus = true,
    announce = true,
    serverText,
    actions,
    onDismiss,
    headingLevel: level,
    classNames: slots,
    unstyled,
    className: classProp,
    ...rest
  },
  ref,
) {
  const title = asNode(titleProp);
  const description = asNode(descriptionProp);
  const headingLevel = asHeadingLevel(level);
  const classNames = asClassNames<NoticeSlot>(slots);
  const className = asText(classProp);
  const config = useApiErrorConfig();
  const apiError = useApiError(error);
  const root = React.useRef<HTMLDivElement | null>(null);
  const rootRef = useComposedRefs<HTMLElement>(ref, root);
  // Once per failure: the field errors of a body read after the status do not pull focus back.
  const focused = React.useRef<typeof apiError>(null);
  React.useEffect(() => {
    const node = root.current;
    if (node && apiError && autoFocus && !sameFailure(focused.current, apiError)) {
      // Focusable only while it has focus, as GOV.UK's: a tabindex left behind makes a click on the
      // summary's text focus (and outline) the whole box, and puts it back in reach of scripts that focus.
      node.setAttribute('tabindex', '-1');
      node.addEventListener('blur', () => node.removeAttribute('tabindex'), { once: true });
      node.focus();
    }
    focused.current = apiError;
  }, [apiError, autoFocus]);
  if (!apiError) return null;

  // Without field errors, the one message is the catalog's (in the app's language) unless the server said more.
  const items = apiError.fieldErrors.length
    ? apiError.fieldErrors
    : [
        {
          message: noticeText(config.messages, apiError, apiError.kind, serverText ?? config.serverText).description,
          field: undefined,
        },
      ];
  const Heading = `h${headingLevel}` as const;
  const part = slotAttributes('aek-summary', unstyled, classNames, className);
  const item = part('item');
  // The resolver FieldError and the form helpers use too, so a link names the control they wire up.
  const resolve = fieldResolver(fieldIds ?? config.fieldIds, fieldLabels ?? config.fieldLabels);
  return (
    // A list of problems to fix is critical whatever the kind: GOV.UK's summary is always red.
    <div ref={rootRef} {...part('root')} data-kind={apiError.kind} data-tone="critical" {...asAttributes(rest)}>
      <div role={announce ? 'alert' : undefined}>
        <Heading {...part('title')}>{title ?? config.messages.summaryTitle}</Heading>
        {description != null && <p {...part('description')}>{description}</p>}
        <ul {...part('list')}>
          {items.map(({ field, message }, index) => {
            const { id, label } = field ? resolve(field) : { id: undefined, label: undefined };
            const text =
              label && !message.toLowerCase().includes(label.toLowerCase()) ? `${label}: ${message}` : message;
            return (
              <li key={index} {...item}>
                {/* One shared handler, and React listens once at the root: a summary can list a thousand errors. */}
                {id ? (
                  <a href={`#${id}`} onClick={followLink}>
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      </div>
      <NoticeControls actions={actions} onDismiss={onDismiss} classNames={classNames} unstyled={unstyled} />
    </div>
  );
});
