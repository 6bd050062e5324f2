import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { createRoot } from 'react-dom/client';
import { act } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  ApiErrorProvider,
  ApiErrorView,
  createManualClock,
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
import { seed } from './helpers';

// What a JavaScript caller, a CMS or a deserialised payload can hand a component in place of the
// typed prop: nothing, the wrong type, or something built to break whoever touches it.
const boom = () => {
  throw new Error('hostile');
};
const throwingProxy = () =>
  new Proxy(
    {},
    Object.fromEntries(
      [
        'get',
        'set',
        'has',
        'ownKeys',
        'getPrototypeOf',
        'getOwnPropertyDescriptor',
        'apply',
        'construct',
        'defineProperty',
        'deleteProperty',
        'isExtensible',
        'preventExtensions',
        'setPrototypeOf',
      ].map((trap) => [trap, boom]),
    ),
  );
const cyclicObject = () => {
  const value: Record<string, unknown> = { status: 429, message: 'loop' };
  value.self = value;
  value.body = value;
  return value;
};
const cyclicArray = () => {
  const value: unknown[] = ['a'];
  value.push(value);
  return value;
};
const throwingGetters = () =>
  Object.defineProperties(
    {},
    Object.fromEntries(
      ['status', 'body', 'headers', 'message', 'item', 'root', 'title', 'email', 'toString', 'valueOf'].map((key) => [
        key,
        { get: boom, enumerable: true },
      ]),
    ),
  );
const badUrls = [
  'javascript:alert(1)',
  '/\\evil.example/x',
  ' JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox',
  '//evil.example/x',
];

/**
 * A value made afresh for each render and printed by its name: fast-check prints a counterexample,
 * and printing a throwing Proxy would throw.
 */
class Made {
  constructor(
    readonly name: string,
    readonly make: () => unknown,
  ) {}
  [fc.toStringMethod]() {
    return this.name;
  }
}
const made = (name: string, make: () => unknown) => fc.constant(new Made(name, make));
const materialize = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).map(([key, value]) => [key, value instanceof Made ? value.make() : value]));

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    NaN,
    Infinity,
    -0,
    0,
    7,
    1e21,
    true,
    false,
    '',
    '   ',
    10n,
    ...badUrls,
    'https://example.com/ok',
    '/ok',
    'email',
    'Email',
  ),
  made('a symbol', () => Symbol('s')),
  made('a 200 000-character string', () => 'x'.repeat(200_000)),
  made('a cyclic object', cyclicObject),
  made('a cyclic array', cyclicArray),
  made('throwing getters', throwingGetters),
  made('a Proxy that throws on every trap', throwingProxy),
  made('an invalid Date', () => new Date(Number.NaN)),
  made('an object whose toString throws', () => ({ toString: boom })),
  // Functions where strings go, and functions (for `supportHref`, `signInHref`, field maps) that return anything.
  made('a function that throws', () => boom),
  ...[...badUrls, {}, [], 42, null].map((result) => made(`a function returning ${String(result)}`, () => () => result)),
  made('a function returning a throwing Proxy', () => () => throwingProxy()),
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    withSparseArray: true,
    maxDepth: 2,
  }),
);

/** A thrown value worth rendering: one of each branch, so the props that only matter there are reached. */
const failure = fc.oneof(
  fc
    .constantFrom(
      '429 with Retry-After',
      '401 missing token',
      '403 AccessDenied',
      '500 ServerError (valid JSON)',
      '422 ValidationFailure',
      '400 validation errors',
      '404 not found',
      '503 maintenance',
    )
    .map((name) => seed(name) as unknown),
  fc.constant(null).map(() => new TypeError('Failed to fetch') as unknown),
  hostile,
);

/** Each prop missing, or set to something hostile. */
const props = (names: string[], extra: Record<string, fc.Arbitrary<unknown>> = {}) =>
  fc.record(
    { ...Object.fromEntries(names.map((name) => [name, hostile])), ...extra },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, unknown>>;

const notice = [
  'title',
  'description',
  'actions',
  'onDismiss',
  'headingLevel',
  'classNames',
  'unstyled',
  'autoFocus',
  'announce',
  'serverText',
  'className',
  'id',
];
const components: Array<[string, React.ElementType, fc.Arbitrary<Record<string, unknown>>]> = [
  [
    'ApiErrorView',
    ApiErrorView,
    props(
      [
        ...notice,
        'onSignIn',
        'signInHref',
        'onRequestAccess',
        'onSwitchAccount',
        'account',
        'fieldIds',
        'fieldLabels',
        'onRetry',
        'autoRetry',
        'page',
        'supportHref',
        'debug',
      ],
      { error: failure },
    ),
  ],
  ['ErrorSummary', ErrorSummary, props([...notice, 'fieldIds', 'fieldLabels'], { error: failure })],
  [
    'FieldError',
    FieldError,
    props(['name', 'htmlFor', 'id', 'unstyled', 'classNames', 'className'], {
      error: failure,
      name: fc.oneof(fc.constantFrom('email', 'Email', 'items.0.name'), hostile),
    }),
  ],
  [
    'PermissionNotice',
    PermissionNotice,
    props([...notice, 'onSignIn', 'signInHref', 'onRequestAccess', 'onSwitchAccount', 'account', 'onRetry'], {
      error: failure,
    }),
  ],
  ['RateLimitNotice', RateLimitNotice, props([...notice, 'onRetry', 'autoRetry'], { error: failure })],
  ['ServerErrorNotice', ServerErrorNotice, props([...notice, 'onRetry', 'supportHref', 'debug'], { error: failure })],
  ['NotFoundNotice', NotFoundNotice, props([...notice, 'page'], { error: failure })],
  ['OfflineNotice', OfflineNotice, props([...notice, 'onRetry'], { error: failure })],
  [
    'ErrorFallback',
    ErrorFallback,
    props([...notice, 'onRetry', 'resetErrorBoundary', 'supportHref', 'debug'], { error: failure }),
  ],
  [
    'SupportId',
    SupportId,
    props(['logId', 'supportHref', 'unstyled', 'classNames', 'className', 'id'], {
      logId: fc.oneof(fc.constant('req-1'), hostile),
    }),
  ],
];

/** The provider's own settings, just as hostile: its links and field maps reach every notice. */
const providerProps = props([
  'signInHref',
  'supportHref',
  'onSignIn',
  'fieldIds',
  'fieldLabels',
  'locale',
  'debug',
  'serverText',
  'messages',
]);

/** Every link target in some HTML. */
const hrefs = (html: string) =>
  Array.from(html.matchAll(/\shref="([^"]*)"/g), (match) =>
    match[1]!
      .replace(/&amp;/g, '&')
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"'),
  );

/** As a browser resolves it on this page: http(s) only, and a URL that is not absolute stays on this site. */
function isSafeLink(href: string): boolean {
  const page = 'https://app.example/account/';
  const url = new URL(href, page);
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    (/^https?:\/\//i.test(href.trim()) || url.origin === new URL(page).origin)
  );
}

function page(Component: React.ElementType, own: Record<string, unknown>, settings: Record<string, unknown>) {
  return (
    <ApiErrorProvider {...settings} clock={createManualClock(Date.UTC(2026, 0, 1))}>
      <Component {...own} />
    </ApiErrorProvider>
  );
}

function clientRender(node: React.ReactNode): string {
  const errors: unknown[] = [];
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container, {
    onUncaughtError: (error: unknown) => errors.push(error),
    onCaughtError: (error: unknown) => errors.push(error),
  } as never);
  let html: string;
  try {
    act(() => root.render(node));
    html = container.innerHTML;
  } finally {
    act(() => root.unmount());
    container.remove();
  }
  // An error React caught while rendering fails the test, once the root is cleaned up.
  if (errors.length) throw errors[0];
  return html;
}

describe('never throws', () => {
  it.each(components)(
    '%s renders hostile props on the server and the client, and links only to http(s)',
    (_, Component, ownProps) => {
      // React's development warnings (a function as a child, an unknown prop) are the caller's to read, not failures.
      const quiet = [
        vi.spyOn(console, 'error').mockImplementation(() => {}),
        vi.spyOn(console, 'warn').mockImplementation(() => {}),
      ];
      try {
        fc.assert(
          fc.property(ownProps, providerProps, (own, settings) => {
            for (const html of [
              renderToString(page(Component, materialize(own), materialize(settings))),
              clientRender(page(Component, materialize(own), materialize(settings))),
            ])
              for (const href of hrefs(html)) expect(isSafeLink(href), href).toBe(true);
          }),
          { numRuns: 150 },
        );
      } finally {
        for (const spy of quiet) spy.mockRestore();
      }
    },
  );
});
