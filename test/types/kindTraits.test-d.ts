import { expectTypeOf, test } from 'vitest';
import { API_ERROR_KINDS, KIND_TRAITS, defaultText, type ApiErrorKind, type ApiErrorKindTraits } from 'api-error-kit';

const row: ApiErrorKindTraits = { retryable: false, toBoundary: false, reported: false, tone: 'critical' };
const traitsTable = (table: typeof KIND_TRAITS) => table;
const traitsRow = (traits: ApiErrorKindTraits) => traits;
const textTable = (table: typeof defaultText) => table;

test('the list of kinds is ApiErrorKind, and read-only', () => {
  expectTypeOf<(typeof API_ERROR_KINDS)[number]>().toEqualTypeOf<ApiErrorKind>();
  expectTypeOf<keyof typeof KIND_TRAITS>().toEqualTypeOf<ApiErrorKind>();
  // @ts-expect-error the kit's list of kinds is not the app's to change
  API_ERROR_KINDS.push('teapot');
});

test('a table of traits missing a kind, or with one too many, does not compile', () => {
  const everyKind = {
    validation: row,
    'bad-request': row,
    unauthenticated: row,
    forbidden: row,
    'not-found': row,
    conflict: row,
    'rate-limited': row,
    server: row,
    unavailable: row,
    timeout: row,
    network: row,
    cancelled: row,
    unknown: row,
  };
  traitsTable(everyKind);
  const { unknown: _unknown, ...allButUnknown } = everyKind;
  // @ts-expect-error `unknown` has no row
  traitsTable(allButUnknown);
  // @ts-expect-error `teapot` is not a kind
  traitsTable({ ...everyKind, teapot: row });
});

test('a row missing a decision does not compile', () => {
  // @ts-expect-error a row says whether the kind goes to the error boundary
  traitsRow({ retryable: true, reported: true, tone: 'warning' });
  // @ts-expect-error a tone is one of the three
  traitsRow({ ...row, tone: 'danger' });
});

test('the default text is a table of every kind', () => {
  textTable(defaultText);
  const { unknown: _unknown, ...allButUnknown } = defaultText;
  // @ts-expect-error `unknown` has no text
  textTable(allButUnknown);
});
