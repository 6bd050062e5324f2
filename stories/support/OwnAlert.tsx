import * as React from 'react';
import { toneOf, type ApiErrorTone } from 'api-error-kit';
import { announce, useApiError, useApiErrorConfig, useRetryCountdown } from 'api-error-kit/react';

/*
 * An app's own design system, as the recipes use it: an alert with a tone, and nothing of the kit's
 * markup or styles. The kit supplies the words (the model's title and sentence), the tone
 * (`toneOf`), the countdown (`useRetryCountdown`) and the catalog's button labels.
 */

/** The design system's colours per tone: text on each background meets WCAG AA. */
const palette: Record<ApiErrorTone, { border: string; background: string }> = {
  critical: { border: '#b3261e', background: '#fdf3f2' },
  warning: { border: '#8a4b00', background: '#fff7e6' },
  info: { border: '#1d4f91', background: '#f1f6fc' },
};

/** "0:42", the way the kit's own timer shows a wait. */
const clockTime = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

interface AlertProps {
  tone: ApiErrorTone;
  title: string;
  children: React.ReactNode;
  actions?: React.ReactNode;
}

/** The design system's alert: a titled region in the tone's colours. */
export function Alert({ tone, title, children, actions }: AlertProps) {
  const id = React.useId();
  const { border, background } = palette[tone];
  return (
    <section
      aria-labelledby={id}
      data-tone={tone}
      style={{
        margin: '0.75rem 0',
        padding: '0.75rem 1rem',
        borderInlineStart: `0.3rem solid ${border}`,
        background,
        color: '#0b0c0c',
        borderRadius: '0.25rem',
      }}
    >
      <h2 id={id} style={{ margin: '0 0 0.25rem', fontSize: '1.125rem' }}>
        {title}
      </h2>
      {children}
      {actions && <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.75rem' }}>{actions}</div>}
    </section>
  );
}

const button: React.CSSProperties = {
  minHeight: '2.75rem',
  padding: '0.375rem 1rem',
  font: 'inherit',
  fontWeight: 600,
  color: '#0b0c0c',
  background: '#ffffff',
  border: '0.125rem solid #0b0c0c',
  borderRadius: '0.25rem',
};

/** Says the model's words through the kit's live region once per failure, as the kit's notices do. */
function useAnnounced(title: string | undefined, sentence: string | undefined) {
  React.useEffect(() => {
    if (title) announce(`${title}. ${sentence ?? ''}`);
  }, [title, sentence]);
}

/** "Try again", disabled (but reachable) until the wait is over. */
function RetryButton({ waiting, onRetry }: { waiting: boolean; onRetry?: () => void }) {
  const { messages } = useApiErrorConfig();
  return (
    <button type="button" style={button} aria-disabled={waiting || undefined} onClick={() => !waiting && onRetry?.()}>
      {messages.tryAgain}
    </button>
  );
}

/** The wait, in the kit's words: "You can try again in 0:42", then "You can try again now." */
function Wait({ retryAt, secondsLeft }: { retryAt?: number; secondsLeft: number }) {
  const { messages } = useApiErrorConfig();
  if (retryAt === undefined) return null;
  return secondsLeft > 0 ? <p role="timer">{messages.retryIn(clockTime(secondsLeft))}</p> : <p>{messages.retryNow}</p>;
}

/** Any failure in the design system's alert: the headless hooks, and no kit component. */
export function FailureAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const apiError = useApiError(error);
  const { secondsLeft, done } = useRetryCountdown(apiError?.retryAt);
  useAnnounced(apiError?.title, apiError?.message);
  if (!apiError) return null;
  return (
    <Alert
      tone={toneOf(apiError)}
      title={apiError.title}
      actions={apiError.retryable && <RetryButton waiting={!done} onRetry={onRetry} />}
    >
      <p style={{ margin: 0 }}>{apiError.message}</p>
      <Wait retryAt={apiError.retryAt} secondsLeft={secondsLeft} />
    </Alert>
  );
}

/**
 * The same inside a native modal `<dialog>`: it opens when the failure arrives, takes focus (the
 * browser moves it to the first button), and closes with Close or Escape.
 */
export function FailureDialog({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const dialog = React.useRef<HTMLDialogElement>(null);
  const titleId = React.useId();
  const apiError = useApiError(error);
  const { secondsLeft, done } = useRetryCountdown(apiError?.retryAt);
  React.useEffect(() => {
    if (apiError && !dialog.current?.open) dialog.current?.showModal();
  }, [apiError]);
  if (!apiError) return null;
  const { border, background } = palette[toneOf(apiError)];
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      data-tone={toneOf(apiError)}
      style={{
        maxWidth: '28rem',
        padding: '1rem 1.5rem',
        border: `0.125rem solid ${border}`,
        borderInlineStartWidth: '0.4rem',
        background,
        color: '#0b0c0c',
        borderRadius: '0.375rem',
      }}
    >
      <h2 id={titleId} style={{ margin: '0 0 0.25rem', fontSize: '1.25rem' }}>
        {apiError.title}
      </h2>
      <p style={{ margin: 0 }}>{apiError.message}</p>
      <Wait retryAt={apiError.retryAt} secondsLeft={secondsLeft} />
      <form method="dialog" style={{ display: 'flex', gap: '0.5rem', marginTop: '1rem' }}>
        {apiError.retryable && <RetryButton waiting={!done} onRetry={onRetry} />}
        <button type="submit" style={button}>
          Close
        </button>
      </form>
    </dialog>
  );
}
