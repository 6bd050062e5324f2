import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  defaultActionText,
  defaultText,
  normalizeError,
  toActionError,
  toToast,
  type ApiErrorKind,
} from 'api-error-kit';
import { ErrorSummary, messagesEn, NotFoundNotice, OfflineNotice, ServerErrorNotice } from 'api-error-kit/react';
import { messagesFr } from 'api-error-kit/locales/fr';
import { renderWithKit, response } from './helpers';

const [, englishDefault] = defaultText['not-found'];
const description = () => document.querySelector('[data-slot=description]');

describe('a notice tells the server’s sentence from a default by the model’s messageSource', () => {
  it('shows the server’s sentence even when it is the very words of the English default', () => {
    renderWithKit(<NotFoundNotice error={response(404, { message: englishDefault })} />, {
      messages: messagesFr,
      locale: 'fr',
    });
    expect(description()).toHaveTextContent(englishDefault);
  });

  it('shows the catalog’s words, in the app’s language, for a default', () => {
    renderWithKit(<NotFoundNotice error={response(404)} />, { messages: messagesFr, locale: 'fr' });
    expect(description()).toHaveTextContent(messagesFr.kinds['not-found'].message);
  });

  it('shows the catalog’s words for a server’s sentence with serverText={false} (provider or notice)', () => {
    const error = response(404, { message: 'No such invoice.' });
    const { unmount } = renderWithKit(<NotFoundNotice error={error} />, { messages: messagesFr, serverText: false });
    expect(description()).toHaveTextContent(messagesFr.kinds['not-found'].message);
    unmount();
    renderWithKit(<NotFoundNotice error={error} serverText={false} />, { messages: messagesFr });
    expect(description()).toHaveTextContent(messagesFr.kinds['not-found'].message);
  });

  it('keeps telling them apart after the model went through structuredClone or a server action', () => {
    const fromServer = normalizeError(response(500, { message: defaultText.server[1] }));
    const { unmount } = renderWithKit(<ServerErrorNotice error={structuredClone(fromServer)} />, {
      messages: messagesFr,
    });
    expect(description()).toHaveTextContent(defaultText.server[1]);
    unmount();
    renderWithKit(<ServerErrorNotice error={toActionError(response(500)).error} />, { messages: messagesFr });
    expect(description()).toHaveTextContent(messagesFr.kinds.server.message);
  });

  it('lists the server’s sentence, or the catalog’s default, in a summary without field errors', () => {
    const { unmount } = renderWithKit(<ErrorSummary error={response(422, { message: defaultText.validation[1] })} />, {
      messages: messagesFr,
    });
    expect(screen.getByRole('listitem')).toHaveTextContent(defaultText.validation[1]);
    unmount();
    renderWithKit(<ErrorSummary error={response(422)} />, { messages: messagesFr });
    expect(screen.getByRole('listitem')).toHaveTextContent(messagesFr.kinds.validation.message);
  });
});

describe('one English catalog', () => {
  it('takes every kind’s title and message from the core’s table, so the model and a notice word a failure alike', () => {
    for (const [kind, [title, message]] of Object.entries(defaultText))
      expect(messagesEn.kinds[kind as ApiErrorKind], kind).toEqual({ title, message });
    const model = normalizeError(response(503));
    renderWithKit(<ServerErrorNotice error={model} />);
    expect(screen.getByRole('heading')).toHaveTextContent(model.title);
    expect(description()).toHaveTextContent(model.message);
  });

  it('takes route-level and unreachable wording from the table’s named variants', () => {
    expect(messagesEn.pageNotFound).toEqual({
      title: defaultText['not-found'][2].page[0],
      message: defaultText['not-found'][2].page[1],
    });
    expect(messagesEn.unreachable).toEqual({
      title: defaultText.network[2].unreachable[0],
      message: defaultText.network[2].unreachable[1],
    });
    const { unmount } = renderWithKit(<NotFoundNotice page />);
    expect(screen.getByRole('heading')).toHaveTextContent('Page not found');
    unmount();
    renderWithKit(<NotFoundNotice />);
    expect(screen.getByRole('heading')).toHaveTextContent('Not found');
    renderWithKit(<OfflineNotice error={new TypeError('Failed to fetch')} />);
    expect(screen.getByRole('heading', { name: 'Could not reach the service' })).toBeInTheDocument();
  });

  it('labels a toast’s actions as the notices label their buttons', () => {
    const signIn = toToast(response(401), { onSignIn: () => {} }).action;
    const retry = toToast(response(503), { onRetry: () => {} }).action;
    expect([signIn?.label, retry?.label]).toEqual([messagesEn.signIn, messagesEn.tryAgain]);
    expect(messagesEn).toMatchObject(defaultActionText);
  });
});
