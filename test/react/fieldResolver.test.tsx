import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { applyFieldErrors, ErrorSummary, FieldError, useFieldError, type SetError } from 'api-error-kit/react';
import { toConformErrors, toFormikErrors, toTanStackFormErrors } from 'api-error-kit/forms';
import { renderWithKit, response } from './helpers';

/**
 * ASP.NET Core's ValidationProblemDetails names each field by its C# property (`Email`, `Items[0].Name`),
 * while the browser sent, and the form calls, the JSON names (`email`, `items[0].name`).
 */
const aspNet = () =>
  response(400, {
    title: 'One or more validation errors occurred.',
    status: 400,
    errors: {
      Email: ['Enter an email address in the correct format, like name@example.com'],
      'Items[0].Name': ['Enter a name for item 1'],
    },
  });

const hrefs = () => screen.getAllByRole('link').map((link) => link.getAttribute('href'));

/** The form as an app writes it: `FieldError` under each control, named as the form names the field. */
function Form({
  error,
  emailName = 'email',
  itemName = 'items[0].name',
  emailId = 'email',
  itemId = 'items.0.name',
}: {
  error: unknown;
  emailName?: string;
  itemName?: string;
  emailId?: string;
  itemId?: string;
}) {
  return (
    <>
      <ErrorSummary error={error} />
      <label htmlFor={emailId}>Email</label>
      <input id={emailId} />
      <FieldError error={error} name={emailName} />
      <label htmlFor={itemId}>Item 1 name</label>
      <input id={itemId} />
      <FieldError error={error} name={itemName} />
    </>
  );
}

describe('one field resolver', () => {
  it('names one control for one error in ErrorSummary’s link, FieldError’s wiring and every form helper', () => {
    const error = aspNet();
    render(<Form error={error} />);
    expect(hrefs()).toEqual(['#email', '#items.0.name']);
    // Each link's target is the control FieldError wired up.
    for (const href of hrefs()) {
      const control = document.getElementById(href!.slice(1))!;
      expect(control).toHaveAttribute('aria-invalid', 'true');
      expect(document.getElementById(control.getAttribute('aria-describedby')!)).toHaveTextContent(/^Error: Enter/);
    }
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
      'Error: Enter an email address in the correct format, like name@example.com',
    );
    expect(screen.getByRole('textbox', { name: 'Item 1 name' })).toHaveAccessibleDescription(
      'Error: Enter a name for item 1',
    );

    const setError = vi.fn<SetError>();
    expect(applyFieldErrors(error, setError)).toEqual(['email', 'items.0.name']);
    expect(Object.keys(toTanStackFormErrors(error).fields)).toEqual(['email', 'items[0].name']);
    expect(Object.keys(toConformErrors(error).fieldErrors)).toEqual(['email', 'items[0].name']);
    expect(toFormikErrors(error).errors).toEqual({
      email: expect.any(String),
      items: [{ name: 'Enter a name for item 1' }],
    });
  });

  it('matches a field written in any case or notation, and gives it the same id', () => {
    render(<Form error={aspNet()} emailName="EMAIL" itemName="Items.0.Name" />);
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Item 1 name' })).toHaveAccessibleDescription(
      'Error: Enter a name for item 1',
    );
  });

  it('gives the headless hook the same id and message', () => {
    function Headless() {
      const field = useFieldError(aspNet(), 'items[0].name');
      return <output data-id={field.controlId}>{field.message}</output>;
    }
    render(<Headless />);
    expect(screen.getByRole('status')).toHaveAttribute('data-id', 'items.0.name');
    expect(screen.getByRole('status')).toHaveTextContent('Enter a name for item 1');
  });

  it('reads fieldIds and fieldLabels keys in any case and notation (provider), and a prop over the provider', () => {
    const error = aspNet();
    const { rerender } = renderWithKit(<Form error={error} itemId="first-item" />, {
      fieldIds: { 'items[0].name': 'first-item' },
      fieldLabels: { EMAIL: 'Work email', 'Items.0.Name': 'Item 1' },
    });
    expect(hrefs()).toEqual(['#email', '#first-item']);
    expect(
      screen.getByRole('link', {
        name: 'Work email: Enter an email address in the correct format, like name@example.com',
      }),
    ).toBeInTheDocument();
    // "Enter a name for item 1" already names its field: no prefix.
    expect(screen.getByRole('link', { name: 'Enter a name for item 1' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Item 1 name' })).toHaveAccessibleDescription(
      'Error: Enter a name for item 1',
    );

    rerender(<ErrorSummary error={error} fieldIds={{ Email: 'contact-email' }} fieldLabels={{}} />);
    expect(hrefs()).toEqual(['#contact-email', '#items.0.name']);
  });

  it('asks a fieldIds function about the same name from the summary and from FieldError', () => {
    const fieldIds = vi.fn((name: string) => `field-${name}`);
    renderWithKit(<Form error={aspNet()} emailId="field-email" itemId="field-items.0.name" />, { fieldIds });
    expect(hrefs()).toEqual(['#field-email', '#field-items.0.name']);
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Item 1 name' })).toHaveAttribute('aria-invalid', 'true');
    expect(new Set(fieldIds.mock.calls.map(([name]) => name))).toEqual(new Set(['email', 'items.0.name']));
  });

  it('renames for the form helpers with fieldNames keys in any case and notation', () => {
    expect(toTanStackFormErrors(aspNet(), { fieldNames: { 'items.0.name': 'lines.0.title', EMAIL: '' } })).toEqual({
      form: 'Enter an email address in the correct format, like name@example.com',
      fields: { 'lines[0].title': 'Enter a name for item 1' },
    });
  });

  it('camelCases as ASP.NET’s JSON serializer does, and leaves other spellings as they are', () => {
    const error = response(400, {
      errors: {
        IPAddress: ['Enter an IP address'],
        URL: ['Enter a web address'],
        first_name: ['Enter your first name'],
        lastName: ['Enter your last name'],
      },
    });
    render(<ErrorSummary error={error} />);
    expect(hrefs()).toEqual(['#ipAddress', '#url', '#first_name', '#lastName']);
  });
});
