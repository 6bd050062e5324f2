import { normalizeError, type Normalizer } from 'api-error-kit';
import { ApiErrorView } from 'api-error-kit/react';
import type { Fixture } from '../../test/fixtures/types';
import { bodyText, headerLines, modelJson } from './describe';

export interface FormatGalleryProps {
  /** Real-shaped responses of one format. */
  fixtures: Fixture[];
  /** Where the shapes come from, shown under the title. */
  source?: string;
  /** What reads them: a `createNormalizer`, to show what a format adds over the structural reader. */
  normalize?: Normalizer;
}

/**
 * For each response: what the server sent, the `ApiError` it becomes, and what a person sees,
 * side by side, so a developer can find "what will my API look like?" in seconds.
 */
export function FormatGallery({ fixtures, source, normalize = normalizeError }: FormatGalleryProps) {
  return (
    <div className="gallery">
      {source && <p className="gallery__source">{source}</p>}
      {fixtures.map((fixture) => {
        const error = normalize({ status: fixture.status, headers: fixture.headers ?? {}, body: fixture.body });
        const id = fixture.name.replace(/\W+/g, '-');
        return (
          <article key={fixture.name} className="gallery__item" aria-labelledby={id}>
            <h2 id={id} className="gallery__name">
              {fixture.name}
            </h2>
            <div className="gallery__columns">
              <section aria-label={`${fixture.name}: response`}>
                <h3>Response</h3>
                <pre tabIndex={0}>
                  {[
                    fixture.status ? `HTTP ${fixture.status}` : '(no status)',
                    headerLines(fixture.headers),
                    bodyText(fixture.body),
                  ]
                    .filter(Boolean)
                    .join('\n')}
                </pre>
              </section>
              <section aria-label={`${fixture.name}: ApiError`}>
                <h3>ApiError</h3>
                <pre tabIndex={0}>{modelJson(error)}</pre>
              </section>
              <section aria-label={`${fixture.name}: what people see`}>
                <h3>What people see</h3>
                <ApiErrorView error={error} headingLevel={4} autoFocus={false} announce={false} onRetry={() => {}} />
              </section>
            </div>
          </article>
        );
      })}
    </div>
  );
}
