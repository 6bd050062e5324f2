import * as React from 'react';
import { useApiErrorConfig } from './context';
import { visuallyHidden } from './dom';
import type { SlotProps } from './noticeProps';
import { slotAttributes } from './slots';
import { asAttributes, asClassNames, asText } from './untrusted';
import { useFieldError } from './useFieldError';

/**
 * The parts of `FieldError`, each marked with its name in `data-slot`: the message, and its visually hidden "Error:".
 */
export type FieldErrorSlot = 'root' | 'prefix';

export interface FieldErrorProps extends React.ComponentPropsWithoutRef<'p'>, SlotProps<FieldErrorSlot> {
  /**
   * Whatever failed: an `ApiError`, a thrown value, a response, a server action's result. Nothing renders without a
   * message for the field.
   */
  error: unknown;
  /**
   * The field, as the server or the form writes it: any case and notation (`email` finds ASP.NET's `Email`,
   * `items[0].name` finds `items.0.name`).
   */
  name: string;
  /**
   * The id of the control.
   * @default the provider's `fieldIds` mapping, else `name` in dots, camelCased (`Items[0].Name` → `items.0.name`),
   * as `ErrorSummary` links to it
   */
  htmlFor?: string;
  /**
   * The message's own id, which the control's `aria-describedby` then names.
   * @default `${controlId}-error`
   */
  id?: string;
}

/** Adds `id` to a space-separated attribute on an element, and gives back a function that takes it out again. */
function addToken(element: Element, attribute: string, id: string): () => void {
  const tokens = (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
  if (!tokens.includes(id)) element.setAttribute(attribute, [...tokens, id].join(' '));
  return () => {
    const rest = (element.getAttribute(attribute) ?? '').split(/\s+/).filter((token) => token && token !== id);
    if (rest.length) element.setAttribute(attribute, rest.join(' '));
    else element.removeAttribute(attribute);
  };
}

/**
 * The inline message for one field, after its label and hint (GOV.UK error message). Renders
 * nothing when the field has no error. While shown, the control gets `aria-invalid="true"` and
 * this message's id in `aria-describedby`, and loses both when the message goes. A visually hidden
 * "Error:" prefix (from the catalog) tells screen reader users what kind of text this is.
 */
export const FieldError = /* @__PURE__ */ React.forwardRef<HTMLParagraphElement, FieldErrorProps>(function FieldError(
  { error, name, htmlFor, id, unstyled, className, classNames: slots, ...rest },
  ref,
) {
  const { messages } = useApiErrorConfig();
  const { message, controlId, errorProps } = useFieldError(error, name, { controlId: asText(htmlFor) });
  const errorId = asText(id) || errorProps.id;
  const part = slotAttributes('aek-field-error', unstyled, asClassNames<FieldErrorSlot>(slots), asText(className));

  React.useEffect(() => {
    const control = message ? document.getElementById(controlId) : null;
    if (!control) return;
    const hadInvalid = control.getAttribute('aria-invalid');
    control.setAttribute('aria-invalid', 'true');
    const removeDescription = addToken(control, 'aria-describedby', errorId);
    return () => {
      removeDescription();
      if (hadInvalid === null) control.removeAttribute('aria-invalid');
      else control.setAttribute('aria-invalid', hadInvalid);
    };
  }, [message, controlId, errorId]);

  if (!message) return null;
  return (
    <p ref={ref} id={errorId} {...part('root')} {...asAttributes(rest)}>
      <span {...part('prefix', false)} style={visuallyHidden}>
        {messages.errorPrefix}{' '}
      </span>
      {message}
    </p>
  );
});
