import * as React from 'react';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalizeError, toneOf } from 'api-error-kit';
import {
  ApiErrorView,
  ErrorFallback,
  ErrorSummary,
  FieldError,
  NotFoundNotice,
  OfflineNotice,
  PermissionNotice,
  RateLimitNotice,
  ServerErrorNotice,
  SupportId,
} from 'api-error-kit/react';
import {
  advance,
  announcements,
  aspNetValidation,
  laravelValidation,
  renderWithKit,
  resetAnnouncer,
  response,
  seed,
} from './helpers';

// One props family: every notice takes the same props, `ApiErrorView` passes each of them on to whichever
// notice it renders, every component hands its root element to a ref, and every part it renders is
// marked with `data-slot` (and styled by the `classNames` key of the same name).

let online = true;
beforeEach(() => {
  resetAnnouncer();
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
});
afterEach(() => vi.restoreAllMocks());

/** One failure for each notice `ApiErrorView` can choose, new on every call. */
const branches: Array<[string, () => unknown]> = [
  ['ErrorSummary (validation)', aspNetValidation],
  ['PermissionNotice (401)', () => seed('401 missing token')],
  ['PermissionNotice (403)', () => seed('403 AccessDenied')],
  ['RateLimitNotice (429)', () => seed('429 with Retry-After')],
  ['ServerErrorNotice (500)', () => seed('500 ServerError (valid JSON)')],
  ['ServerErrorNotice (503)', () => seed('503 maintenance')],
  ['NotFoundNotice (404)', () => seed('404 not found')],
  ['OfflineNotice (no response)', () => new TypeError('Failed to fetch')],
  ['ErrorFallback (409)', () => response(409, { message: 'This name is already taken.' })],
];

/** The component's outermost element: the first `data-slot="root"` in the page. */
const rootOf = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-slot="root"]')!;

describe('ApiErrorView passes every shared prop on to every notice', () => {
  it.each(branches)(
    '%s: title, description, headingLevel, actions, onDismiss, classNames, className, id, other attributes and the ref',
    async (_, failure) => {
      const user = userEvent.setup();
      const onDismiss = vi.fn();
      const ref = React.createRef<HTMLElement>();
      const { container } = renderWithKit(
        <ApiErrorView
          ref={ref}
          error={failure()}
          onRetry={() => {}}
          title="Your own heading"
          description="Your own sentence."
          headingLevel={4}
          actions={<a href="/status">Service status</a>}
          onDismiss={onDismiss}
          classNames={{
            root: 'my-root',
            title: 'my-title',
            description: 'my-description',
            actions: 'my-actions',
            dismiss: 'my-dismiss',
          }}
          className="my-notice"
          id="failure"
          data-testid="notice"
        />,
      );
      const root = rootOf(container);
      expect(root).toBe(screen.getByTestId('notice'));
      expect(ref.current).toBe(root);
      expect(root).toHaveAttribute('id', 'failure');
      expect(root).toHaveClass('my-root', 'my-notice');

      const heading = within(root).getByRole('heading', { level: 4, name: 'Your own heading' });
      expect(heading).toHaveClass('my-title');
      expect(heading).toHaveAttribute('data-slot', 'title');
      expect(within(root).getByText('Your own sentence.')).toHaveClass('my-description');

      const link = within(root).getByRole('link', { name: 'Service status' });
      expect(link.closest('[data-slot="actions"]')).toHaveClass('my-actions');

      const dismiss = within(root).getByRole('button', { name: 'Dismiss' });
      expect(dismiss).toHaveClass('my-dismiss');
      await user.click(dismiss);
      expect(onDismiss).toHaveBeenCalledTimes(1);
    },
  );

  it.each(branches)('%s: unstyled drops the kit’s classes and keeps yours', (_, failure) => {
    const { container } = renderWithKit(
      <ApiErrorView error={failure()} unstyled classNames={{ root: 'mine' }} onDismiss={() => {}} />,
    );
    const root = rootOf(container);
    expect(root).toHaveClass('mine');
    expect(root.className).toBe('mine');
    expect(container.querySelector('[class*="aek-"]')).toBeNull();
  });

  it.each(branches)('%s: announce={false} says nothing, not even through role="alert"', async (_, failure) => {
    const { container } = renderWithKit(<ApiErrorView error={failure()} announce={false} onRetry={() => {}} />);
    expect(rootOf(container)).toBeInTheDocument();
    await act(async () => {});
    expect(announcements()).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each(branches)(
    '%s: autoFocus moves focus to the notice, autoFocus={false} leaves it where it is',
    (_, failure) => {
      const first = renderWithKit(<ApiErrorView error={failure()} autoFocus />);
      expect(rootOf(first.container)).toHaveFocus();
      first.unmount();
      const second = renderWithKit(<ApiErrorView error={failure()} autoFocus={false} />);
      expect(rootOf(second.container)).not.toHaveFocus();
      expect(document.body).toHaveFocus();
    },
  );

  it.each(branches)(
    '%s: data-tone is the core’s toneOf for the error (the summary is always critical)',
    (name, failure) => {
      const error = failure();
      const { container } = renderWithKit(<ApiErrorView error={error} />);
      expect(rootOf(container)).toHaveAttribute(
        'data-tone',
        name.startsWith('ErrorSummary') ? 'critical' : toneOf(normalizeError(error)),
      );
    },
  );
});

/** Every public component, rendered so that each of its parts shows, with the slots it must have. */
const everyPart: Array<
  [string, (ref: React.Ref<HTMLElement>, classNames: Record<string, string>) => React.ReactElement, string[]]
> = [
  [
    'ErrorSummary',
    (ref, classNames) => (
      <ErrorSummary
        ref={ref}
        classNames={classNames}
        error={aspNetValidation()}
        description="Fix these."
        actions={<a href="/help">Help</a>}
        onDismiss={() => {}}
      />
    ),
    ['root', 'title', 'description', 'list', 'item', 'actions', 'dismiss'],
  ],
  [
    'PermissionNotice',
    (ref, classNames) => (
      <PermissionNotice
        ref={ref}
        classNames={classNames}
        error={seed('403 AccessDenied')}
        account="ada@example.com"
        onRequestAccess={() => {}}
        onDismiss={() => {}}
      />
    ),
    ['root', 'title', 'description', 'body', 'actions', 'dismiss'],
  ],
  [
    'RateLimitNotice',
    (ref, classNames) => (
      <RateLimitNotice
        ref={ref}
        classNames={classNames}
        error={seed('429 with Retry-After')}
        onRetry={() => {}}
        onDismiss={() => {}}
      />
    ),
    ['root', 'title', 'description', 'body', 'timer', 'actions', 'dismiss'],
  ],
  [
    'ServerErrorNotice',
    (ref, classNames) => (
      <ServerErrorNotice
        ref={ref}
        classNames={classNames}
        error={seed('500 with FullException')}
        debug
        onRetry={() => {}}
        onDismiss={() => {}}
      />
    ),
    ['root', 'title', 'description', 'body', 'details', 'actions', 'dismiss'],
  ],
  [
    'ErrorFallback',
    (ref, classNames) => (
      <ErrorFallback
        ref={ref}
        classNames={classNames}
        error={seed('500 with FullException')}
        debug
        onRetry={() => {}}
        onDismiss={() => {}}
      />
    ),
    ['root', 'title', 'description', 'body', 'details', 'actions', 'dismiss'],
  ],
  [
    'NotFoundNotice',
    (ref, classNames) => (
      <NotFoundNotice ref={ref} classNames={classNames} page actions={<a href="/">Home</a>} onDismiss={() => {}} />
    ),
    ['root', 'title', 'description', 'actions', 'dismiss'],
  ],
  [
    'OfflineNotice',
    (ref, classNames) => (
      <OfflineNotice
        ref={ref}
        classNames={classNames}
        error={new TypeError('Failed to fetch')}
        onRetry={() => {}}
        onDismiss={() => {}}
      />
    ),
    ['root', 'title', 'description', 'actions', 'dismiss'],
  ],
  [
    'FieldError',
    (ref, classNames) => (
      <>
        <input id="email" aria-label="Email" />
        <FieldError
          ref={ref as React.Ref<HTMLParagraphElement>}
          classNames={classNames}
          error={laravelValidation()}
          name="email"
        />
      </>
    ),
    ['root', 'prefix'],
  ],
  [
    'SupportId',
    (ref, classNames) => (
      <SupportId
        ref={ref as React.Ref<HTMLParagraphElement>}
        classNames={classNames}
        logId="req-42"
        supportHref={(id) => `/support/${id}`}
      />
    ),
    ['root', 'label', 'value', 'copy', 'link'],
  ],
];

/** The slots of the component at `root`, without those of a component inside it (a notice's support ID). */
const ownSlots = (root: HTMLElement) =>
  [root, ...root.querySelectorAll<HTMLElement>('[data-slot]:not([data-slot="root"])')].filter(
    (element) => element === root || element.parentElement!.closest('[data-slot="root"]') === root,
  );

describe('every component', () => {
  it.each(everyPart)(
    '%s hands its root element to an object ref and a callback ref, and lets go on unmount',
    (_, make) => {
      const objectRef = React.createRef<HTMLElement>();
      const first = renderWithKit(make(objectRef, {}));
      expect(objectRef.current).toBe(rootOf(first.container));
      expect(objectRef.current).toBeInstanceOf(HTMLElement);
      first.unmount();
      expect(objectRef.current).toBeNull();

      const callbackRef = vi.fn();
      const second = renderWithKit(make(callbackRef, {}));
      expect(callbackRef.mock.lastCall?.[0]).toBe(rootOf(second.container));
      second.unmount();
      expect(callbackRef.mock.lastCall?.[0]).toBeNull();
    },
  );

  it.each(everyPart)(
    '%s marks every part with data-slot, and classNames styles each by that name',
    (_, make, slots) => {
      const classNames = Object.fromEntries(slots.map((slot) => [slot, `my-${slot}`]));
      const { container } = renderWithKit(make(() => {}, classNames));
      const parts = ownSlots(rootOf(container));
      expect([...new Set(parts.map((part) => part.dataset.slot))].sort()).toEqual([...slots].sort());
      for (const part of parts) expect(part).toHaveClass(`my-${part.dataset.slot}`);
    },
  );
});

describe('data-state', () => {
  it('SupportId: idle, then copied', async () => {
    const user = userEvent.setup();
    const { container } = renderWithKit(<SupportId logId="req-42" />);
    const root = rootOf(container);
    expect(root).toHaveAttribute('data-state', 'idle');
    await user.click(within(root).getByRole('button', { name: 'Copy support ID' }));
    expect(root).toHaveAttribute('data-state', 'copied');
    expect(within(root).getByText('Support ID copied')).toHaveAttribute('data-slot', 'status');
  });

  it('OfflineNotice: offline, then online (the service did not answer)', () => {
    online = false;
    const { container } = renderWithKit(<OfflineNotice error={new TypeError('Failed to fetch')} onRetry={() => {}} />);
    expect(rootOf(container)).toHaveAttribute('data-state', 'offline');
    online = true;
    act(() => void window.dispatchEvent(new Event('online')));
    expect(rootOf(container)).toHaveAttribute('data-state', 'online');
  });

  it('RateLimitNotice: waiting, then ready', () => {
    const { container, clock } = renderWithKit(
      <RateLimitNotice error={seed('429 with Retry-After')} onRetry={() => {}} autoRetry={false} />,
    );
    expect(rootOf(container)).toHaveAttribute('data-state', 'waiting');
    advance(clock, 60 * 60 * 1000);
    expect(rootOf(container)).toHaveAttribute('data-state', 'ready');
  });
});

describe('FieldError', () => {
  it('takes an id for its message, and the control is described by that id', () => {
    renderWithKit(
      <>
        <input id="email" aria-label="Email" aria-describedby="email-hint" />
        <FieldError error={laravelValidation()} name="email" id="email-problem" />
      </>,
    );
    expect(screen.getByText('Enter an email address')).toHaveAttribute('id', 'email-problem');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAttribute(
      'aria-describedby',
      'email-hint email-problem',
    );
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('Error: Enter an email address');
  });
});
