import * as React from 'react';
import { useApiErrorConfig, type FieldMap } from './context';
import { cx } from './dom';
import { lookup } from './fieldMap';
import { noticeText } from './Notice';
import { sameFailure } from './sameFailure';
import { asAttributes, asClassNames, asHeadingLevel, asNode, asText } from './untrusted';
import { useApiError } from './useApiError';

export interface ErrorSummaryProps extends Omit<React.ComponentPropsWithoutRef<'div'>, 'title'> {
  /** Whatever failed: an `ApiError`, a thrown value, a response. Nothing renders when it has no messages. */
  error: unknown;
  /** Replaces "There is a problem". */
  title?: React.ReactNode;
  description?: React.ReactNode;
  /** Server path to the id of the form control the item links to; by default the path itself. */
  fieldIds?: FieldMap;
  /** Server path to the field's label, to give context to bare messages ("Email: Required"). */
  fieldLabels?: FieldMap;
  /** Keep focus where it is when the summary appears (GOV.UK's `disableAutoFocus`). */
  disableAutoFocus?: boolean;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  classNames?: Partial<Record<'root' | 'title' | 'description' | 'list' | 'item', string>>;
  unstyled?: boolean;
}

/**
 * Following a summary link scrolls the control's label (or a group's legend) into view, then
 * focuses the control, as GOV.UK does: a plain jump to the fragment hides the label off-screen.
 */
function followLink(event: React.MouseEvent<HTMLElement>) {
  const link = (event.target as Element).closest?.('a[href^="#"]');
  const control = link && document.getElementById(link.getAttribute('href')!.slice(1));
  if (!control) return;
  event.preventDefault();
  const group = /^(?:radio|checkbox)$/.test((control as HTMLInputElement).type) ? control.closest('fieldset')?.querySelector('legend') : null;
  const label = group ?? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) ?? control.closest('label');
  (label ?? control).scrollIntoView?.();
  control.focus({ preventScroll: true });
}

/**
 * The validation summary (GOV.UK error summary): a heading, then every message; an item for a
 * field links to its control, and following the link focuses it. Form-level messages are listed
 * without a link. It takes focus once when a new error arrives; `role="alert"` sits on an inner
 * wrapper so that focus and announcement do not race.
 */
export const ErrorSummary = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { error, title: titleProp, description: descriptionProp, fieldIds, fieldLabels, disableAutoFocus, headingLevel: level, classNames: slots, unstyled, className: classProp, ...rest },
  ref,
) {
  const title = asNode(titleProp);
  const description = asNode(descriptionProp);
  const headingLevel = asHeadingLevel(level);
  const classNames = asClassNames<'root' | 'title' | 'description' | 'list' | 'item'>(slots);
  const className = asText(classProp);
  const config = useApiErrorConfig();
  const apiError = useApiError(error);
  const root = React.useRef<HTMLDivElement | null>(null);
  React.useImperativeHandle(ref, () => root.current!, []);
  // Once per failure: the field errors of a body read after the status do not pull focus back.
  const focused = React.useRef<typeof apiError>(null);
  React.useEffect(() => {
    const node = root.current;
    if (node && apiError && !disableAutoFocus && !sameFailure(focused.current, apiError)) {
      // Focusable only while it has focus, as GOV.UK's: a tabindex left behind makes a click on the
      // summary's text focus (and outline) the whole box, and puts it back in reach of scripts that focus.
      node.setAttribute('tabindex', '-1');
      node.addEventListener('blur', () => node.removeAttribute('tabindex'), { once: true });
      node.focus();
    }
    focused.current = apiError;
  }, [apiError, disableAutoFocus]);
  if (!apiError) return null;

  // Without field errors, the one message is the catalog's (in the app's language) unless the server said more.
  const items = apiError.fieldErrors.length ? apiError.fieldErrors : [{ message: noticeText(config.messages, apiError, apiError.kind, config.serverText).description, field: undefined }];
  const Heading = `h${headingLevel}` as const;
  const own = (name: string) => (unstyled ? undefined : `aek-summary${name}`);
  const itemClass = cx(own('__item'), classNames.item);
  const labels = fieldLabels ?? config.fieldLabels;
  const ids = fieldIds ?? config.fieldIds;
  return (
    <div ref={root} data-kind={apiError.kind} className={cx(own(''), className, classNames.root)} {...asAttributes(rest)}>
      <div role="alert">
        <Heading className={cx(own('__title'), classNames.title)}>{title ?? config.messages.summaryTitle}</Heading>
        {description != null && <p className={cx(own('__description'), classNames.description)}>{description}</p>}
        {/* One listener for every link: a summary can list a thousand errors. */}
        <ul className={cx(own('__list'), classNames.list)} onClick={followLink}>
          {items.map(({ field, message }, index) => {
            const label = labels && field && lookup(labels, field);
            const text = label && !message.toLowerCase().includes(label.toLowerCase()) ? `${label}: ${message}` : message;
            const id = field && ((ids && lookup(ids, field)) ?? field);
            return (
              <li key={index} className={itemClass}>
                {id ? <a href={`#${id}`}>{text}</a> : text}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
});
