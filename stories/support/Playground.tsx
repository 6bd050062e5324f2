import * as React from 'react';
import { normalizeError } from 'api-error-kit';
import { ApiErrorView } from 'api-error-kit/react';
import type { Fixture } from '../../test/fixtures/types';
import { bodyText, headerLines, modelJson, parseHeaderLines } from './describe';

export interface PlaygroundProps {
  /** The response status; empty for "no status" (a bare body, a GraphQL result). */
  status: string;
  /** Response headers, one `Name: value` per line. */
  headers: string;
  /** The body as the server sent it: JSON, HTML or plain text. */
  body: string;
  /** Responses to start from, picked from a list. */
  presets?: Fixture[];
}

/** The body text as the app would hand it over: parsed when it is JSON, the text itself otherwise. */
function bodyValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Edit a response (status, headers, body) and see the `ApiError` it becomes and the notice a
 * person would see, live.
 */
export function Playground(props: PlaygroundProps) {
  // New starting values (the story's controls) start a new editor instead of being copied into the old one's state.
  return <PlaygroundEditor key={JSON.stringify([props.status, props.headers, props.body])} {...props} />;
}

function PlaygroundEditor({
  status: initialStatus,
  headers: initialHeaders,
  body: initialBody,
  presets = [],
}: PlaygroundProps) {
  const [status, setStatus] = React.useState(initialStatus);
  const [headers, setHeaders] = React.useState(initialHeaders);
  const [body, setBody] = React.useState(initialBody);

  const error = React.useMemo(
    () =>
      normalizeError({
        status: status.trim() ? Number(status) : undefined,
        headers: parseHeaderLines(headers),
        body: bodyValue(body),
      }),
    [status, headers, body],
  );

  const pick = (event: React.ChangeEvent<HTMLSelectElement>) => {
    const preset = presets[Number(event.target.value)];
    if (!preset) return;
    setStatus(preset.status === undefined ? '' : String(preset.status));
    setHeaders(headerLines(preset.headers));
    setBody(bodyText(preset.body));
  };

  return (
    <div className="playground">
      <form className="playground__form" onSubmit={(event) => event.preventDefault()}>
        {presets.length > 0 && (
          <p>
            <label htmlFor="playground-preset">Start from a real response</label>
            <select id="playground-preset" defaultValue="" onChange={pick}>
              <option value="" disabled>
                Choose a preset…
              </option>
              {presets.map((preset, index) => (
                <option key={`${preset.format}-${preset.name}`} value={index}>
                  {preset.format}: {preset.name}
                </option>
              ))}
            </select>
          </p>
        )}
        <p>
          <label htmlFor="playground-status">Status</label>
          <input
            id="playground-status"
            inputMode="numeric"
            value={status}
            onChange={(event) => setStatus(event.target.value)}
          />
        </p>
        <p>
          <label htmlFor="playground-headers">Headers, one per line</label>
          <textarea
            id="playground-headers"
            rows={4}
            value={headers}
            onChange={(event) => setHeaders(event.target.value)}
            spellCheck={false}
          />
        </p>
        <p>
          <label htmlFor="playground-body">Body</label>
          <textarea
            id="playground-body"
            rows={12}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            spellCheck={false}
          />
        </p>
      </form>
      <section className="playground__result" aria-label="ApiError">
        <h2>ApiError</h2>
        <pre tabIndex={0} data-testid="model">
          {modelJson(error)}
        </pre>
      </section>
      <section className="playground__result" aria-label="What people see">
        <h2>What people see</h2>
        <ApiErrorView
          key={modelJson(error)}
          error={error}
          headingLevel={3}
          autoFocus={false}
          announce={false}
          onRetry={() => {}}
        />
      </section>
    </div>
  );
}
