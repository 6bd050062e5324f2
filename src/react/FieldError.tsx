import * as React from 'react';
import { useApiErrorConfig } from './context';
import { cx, visuallyHidden } from './dom';
import { asAttributes, asText } from './untrusted';
import { useFieldError } from './useFieldError';

export interface FieldErrorProps extends React.ComponentPropsWithoutRef<'p'> {
  error: unknown;
  /** The server path of the field (`email`, `items.0.name`). */
  name: string;
  /** The id of the control; by default the provider's `fieldIds` mapping, or `name`. */
  htmlFor?: string;
  unstyled?: boolean;
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
  { error, name, htmlFor, unstyled, className, ...rest },
  ref,
) {
  const { messages } = useApiErrorConfig();
  const { message, controlId, errorProps } = useFieldError(error, name, { controlId: asText(htmlFor) });

  React.useEffect(() => {
    const control = message ? document.getElementById(controlId) : null;
    if (!control) return;
    const hadInvalid = control.getAttribute('aria-invalid');
    control.setAttribute('aria-invalid', 'true');
    const removeDescription = addToken(control, 'aria-describedby', errorProps.id);
    return () => {
      removeDescription();
      if (hadInvalid === null) control.removeAttribute('aria-invalid');
      else control.setAttribute('aria-invalid', hadInvalid);
    };
  }, [message, controlId, errorProps.id]);

  if (!message) return null;
  return (
    <p ref={ref} {...errorProps} className={cx(!unstyled && 'aek-field-error', asText(className))} {...asAttributes(rest)}>
      <span style={visuallyHidden}>{messages.errorPrefix} </span>
      {message}
    </p>
  );
});
