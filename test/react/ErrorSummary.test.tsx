import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from 'api-error-kit/react';
import { aspNetValidation, drfValidation, laravelValidation, renderWithKit, seed } from './helpers';

afterEach(() => vi.restoreAllMocks());

/** The focus target: the element around the `role="alert"` wrapper. */
const summaryRoot = () => screen.getByRole('alert').parentElement!;

describe('ErrorSummary', () => {
  it('shows the GOV.UK heading and every message, with role="alert" on an inner wrapper', () => {
    render(<ErrorSummary error={aspNetValidation()} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2, name: 'There is a problem' })).toBeInTheDocument();
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Enter an email address in the correct format, like name@example.com', 'Required']);
    // The focused element and the alert are different nodes, so focus and announcement do not race.
    expect(summaryRoot()).not.toBe(alert);
    expect(summaryRoot()).toHaveAttribute('tabindex', '-1');
    expect(alert).not.toHaveAttribute('tabindex');
  });

  it('is focusable only while it has focus, as GOV.UK’s summary: tabindex goes on blur', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorSummary error={aspNetValidation()} />
        <input aria-label="Email" />
      </>,
    );
    expect(summaryRoot()).toHaveFocus();
    await user.click(screen.getByRole('textbox', { name: 'Email' }));
    expect(summaryRoot()).not.toHaveAttribute('tabindex');
    // A click on its text no longer focuses the whole box.
    await user.click(screen.getByRole('heading', { name: 'There is a problem' }));
    expect(summaryRoot()).not.toHaveFocus();
  });

  it('has no tabindex when it does not take focus (autoFocus={false})', () => {
    render(<ErrorSummary error={aspNetValidation()} autoFocus={false} />);
    expect(summaryRoot()).not.toHaveAttribute('tabindex');
  });

  it('takes focus once when it appears', () => {
    const { rerender } = render(<ErrorSummary error={aspNetValidation()} />);
    expect(summaryRoot()).toHaveFocus();
    const error = aspNetValidation();
    rerender(
      <>
        <input aria-label="Elsewhere" />
        <ErrorSummary error={error} />
      </>,
    );
    screen.getByRole('textbox', { name: 'Elsewhere' }).focus();
    // Re-rendering with the same error must not pull focus back.
    rerender(
      <>
        <input aria-label="Elsewhere" />
        <ErrorSummary error={error} />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Elsewhere' })).toHaveFocus();
  });

  it('takes focus again when a new error arrives (a second failed submit)', () => {
    const first = aspNetValidation();
    const ui = (error: unknown) => (
      <>
        <button type="submit">Save</button>
        <ErrorSummary error={error} />
      </>
    );
    const { rerender } = render(ui(first));
    screen.getByRole('button', { name: 'Save' }).focus();
    rerender(ui(first));
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    rerender(ui(aspNetValidation()));
    expect(summaryRoot()).toHaveFocus();
  });

  it('leaves focus where it is with autoFocus={false}', () => {
    render(
      <>
        <button type="submit">Save</button>
        <ErrorSummary error={aspNetValidation()} autoFocus={false} />
      </>,
    );
    // Rendering did not move focus from the body to the summary.
    expect(summaryRoot()).not.toHaveFocus();
    expect(document.body).toHaveFocus();
  });

  it('links each field message to its control by path, and following a link focuses the control after showing its label', async () => {
    const user = userEvent.setup();
    const scrolled = vi.fn();
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled(this);
    });
    render(
      <>
        <ErrorSummary error={aspNetValidation()} />
        <label htmlFor="email">Email address</label>
        <input id="email" />
        <label htmlFor="name">Full name</label>
        <input id="name" />
      </>,
    );
    // ASP.NET names the fields `Email` and `Name`; the form sent, and calls them, `email` and `name`.
    const link = screen.getByRole('link', { name: /^Enter an email address/ });
    expect(link).toHaveAttribute('href', '#email');
    expect(screen.getByRole('link', { name: 'Required' })).toHaveAttribute('href', '#name');

    await user.click(link);
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveFocus();
    expect(scrolled).toHaveBeenCalledWith(screen.getByText('Email address'));
    // The default jump is prevented: it would hide the label above the fold.
    expect(window.location.hash).toBe('');
  });

  it('scrolls a radio group legend into view and focuses the first option', async () => {
    const user = userEvent.setup();
    const scrolled = vi.fn();
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled(this);
    });
    render(
      <>
        <ErrorSummary error={response422({ contact: ['Select how you want to be contacted'] })} />
        <fieldset>
          <legend>How should we contact you?</legend>
          <input type="radio" id="contact" name="contact" aria-label="Email" />
          <input type="radio" id="contact-phone" name="contact" aria-label="Phone" />
        </fieldset>
      </>,
    );
    await user.click(screen.getByRole('link', { name: 'Select how you want to be contacted' }));
    expect(screen.getByRole('radio', { name: 'Email' })).toHaveFocus();
    expect(scrolled).toHaveBeenCalledWith(screen.getByText('How should we contact you?'));
  });

  it('maps server paths to control ids with fieldIds (prop or provider)', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorSummary error={laravelValidation()} fieldIds={{ 'items.0.name': 'item-name-1' }} />
        <input id="item-name-1" aria-label="Item 1 name" />
        <input id="email" aria-label="Email" />
      </>,
    );
    const itemLink = screen.getByRole('link', { name: 'Enter a name for item 1' });
    expect(itemLink).toHaveAttribute('href', '#item-name-1');
    // Unmapped paths keep the path as the id.
    expect(screen.getByRole('link', { name: 'Enter an email address' })).toHaveAttribute('href', '#email');
    await user.click(itemLink);
    expect(screen.getByRole('textbox', { name: 'Item 1 name' })).toHaveFocus();
  });

  it('uses the provider fieldIds function when the prop is absent', () => {
    renderWithKit(<ErrorSummary error={aspNetValidation()} />, { fieldIds: (path) => `field-${path.toLowerCase()}` });
    expect(screen.getByRole('link', { name: 'Required' })).toHaveAttribute('href', '#field-name');
  });

  it('lists form-level messages as text, without a link', () => {
    render(<ErrorSummary error={drfValidation()} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['The passwords do not match', 'Enter an email address']);
    expect(within(items[0]!).queryByRole('link')).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('lists a body with messages but no paths (Octopus Errors) without links', () => {
    render(<ErrorSummary error={seed('400 validation errors')} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'The name field is required',
      'The email address field is required',
    ]);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('prefixes bare messages with the field label, but not messages that already name it', () => {
    render(<ErrorSummary error={aspNetValidation()} fieldLabels={{ Name: 'Full name', Email: 'Email' }} />);
    expect(screen.getByRole('link', { name: 'Full name: Required' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Enter an email address/ })).toHaveTextContent(/^Enter an email address/);
  });

  it('takes title, description and heading level', () => {
    render(
      <ErrorSummary
        error={aspNetValidation()}
        title="Check your details"
        description="Fix these to continue."
        headingLevel={1}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Check your details' })).toBeInTheDocument();
    expect(screen.getByText('Fix these to continue.')).toBeInTheDocument();
  });

  it('renders nothing for null or undefined', () => {
    const { container, rerender } = render(<ErrorSummary error={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ErrorSummary error={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('takes focus in StrictMode, and its links still focus their controls', async () => {
    const user = userEvent.setup();
    render(
      <React.StrictMode>
        <ErrorSummary error={drfValidation()} />
        <label htmlFor="email">Email</label>
        <input id="email" />
      </React.StrictMode>,
    );
    expect(summaryRoot()).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Enter an email address' }));
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus();
  });

  it('drops the kit classes when unstyled and keeps the caller’s', () => {
    const { container } = render(
      <ErrorSummary error={aspNetValidation()} unstyled className="mine" classNames={{ title: 'my-title' }} />,
    );
    expect(container.querySelector('[class*="aek-"]')).toBeNull();
    expect(summaryRoot()).toHaveClass('mine');
    expect(screen.getByRole('heading')).toHaveClass('my-title');
  });
});

function response422(errors: Record<string, string[]>) {
  return { status: 422, headers: {}, body: { errors } };
}
