import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FieldError, useFieldError } from 'api-error-kit/react';
import { messagesFr } from 'api-error-kit/locales/fr';
import { aspNetValidation, laravelValidation, renderWithKit, response } from './helpers';

function EmailField({ error, htmlFor }: { error: unknown; htmlFor?: string }) {
  const id = htmlFor ?? 'email';
  return (
    <div>
      <label htmlFor={id}>Email address</label>
      <p id="email-hint">We will only use this to send your receipt.</p>
      <input id={id} aria-describedby="email-hint" />
      <FieldError error={error} name="email" htmlFor={htmlFor} />
    </div>
  );
}

const emailError = () => response(422, { errors: { email: ['Enter an email address'] } });

describe('FieldError', () => {
  it('renders nothing when the field has no error', () => {
    const { container, rerender } = render(
      <FieldError error={response(422, { errors: { name: ['Enter your name'] } })} name="email" />,
    );
    expect(container).toBeEmptyDOMElement();
    rerender(<FieldError error={null} name="email" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows a visually hidden "Error:" prefix and the message, with id `${controlId}-error`', () => {
    render(<EmailField error={emailError()} />);
    const message = document.getElementById('email-error')!;
    expect(message).toHaveTextContent('Error: Enter an email address');
    const prefix = screen.getByText('Error:');
    expect(message).toContainElement(prefix);
    // Hidden on screen without the stylesheet, still in the accessibility tree.
    expect(prefix).toHaveStyle({ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden' });
  });

  it('marks the control invalid and adds the message to its existing description, keeping the hint', () => {
    render(<EmailField error={emailError()} />);
    const input = screen.getByRole('textbox', { name: 'Email address' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-describedby', 'email-hint email-error');
    expect(input).toHaveAccessibleDescription(
      'We will only use this to send your receipt. Error: Enter an email address',
    );
  });

  it('takes both away again when the error clears, leaving the hint', () => {
    const { rerender } = render(<EmailField error={emailError()} />);
    rerender(<EmailField error={null} />);
    const input = screen.getByRole('textbox', { name: 'Email address' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAttribute('aria-describedby', 'email-hint');
    expect(document.getElementById('email-error')).toBeNull();
  });

  it('takes both away when it unmounts', () => {
    const Form = ({ show }: { show: boolean }) => (
      <div>
        <input id="email" aria-label="Email" aria-describedby="email-hint" />
        {show && <FieldError error={emailError()} name="email" />}
      </div>
    );
    const { rerender } = render(<Form show />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    rerender(<Form show={false} />);
    expect(screen.getByRole('textbox', { name: 'Email' })).toBe(input);
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAttribute('aria-describedby', 'email-hint');
  });

  it('wires a control whose id differs from the path through htmlFor', () => {
    render(<EmailField error={emailError()} htmlFor="contact-email" />);
    const input = screen.getByRole('textbox', { name: 'Email address' });
    expect(input).toHaveAttribute('aria-describedby', 'email-hint contact-email-error');
    expect(document.getElementById('contact-email-error')).toHaveTextContent('Enter an email address');
  });

  it('matches the server path ignoring case (ASP.NET sends "Email")', () => {
    render(<EmailField error={aspNetValidation()} />);
    expect(document.getElementById('email-error')).toHaveTextContent(
      'Enter an email address in the correct format, like name@example.com',
    );
  });

  it('finds nested paths and uses the provider fieldIds for the control id', () => {
    renderWithKit(
      <>
        <input id="item-1-name" aria-label="Item 1 name" />
        <FieldError error={laravelValidation()} name="items.0.name" />
      </>,
      { fieldIds: { 'items.0.name': 'item-1-name' } },
    );
    expect(screen.getByRole('textbox', { name: 'Item 1 name' })).toHaveAccessibleDescription(
      'Error: Enter a name for item 1',
    );
  });

  it('translates the prefix from the catalog', () => {
    renderWithKit(<EmailField error={emailError()} />, { messages: messagesFr, locale: 'fr' });
    expect(document.getElementById('email-error')).toHaveTextContent('Erreur : Enter an email address');
  });
});

describe('useFieldError', () => {
  function Headless({ error, describedBy }: { error: unknown; describedBy?: string }) {
    const field = useFieldError(error, 'email', { describedBy });
    return (
      <>
        <label htmlFor={field.controlId}>Email</label>
        <input id={field.controlId} {...field.controlProps} />
        {field.message && <span {...field.errorProps}>{field.message}</span>}
      </>
    );
  }

  it('gives props for the control and the message', () => {
    render(<Headless error={emailError()} describedBy="email-hint" />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toHaveAttribute('id', 'email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-describedby', 'email-hint email-error');
    expect(input).toHaveAccessibleDescription('Enter an email address');
  });

  it('keeps only the caller’s description and no aria-invalid without an error', () => {
    render(<Headless error={null} describedBy="email-hint" />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAttribute('aria-describedby', 'email-hint');
  });

  it('joins several messages for one field', () => {
    render(
      <Headless
        error={response(422, { errors: { email: ['Enter an email address', 'Use 254 characters or fewer'] } })}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
      'Enter an email address Use 254 characters or fewer',
    );
  });
});
