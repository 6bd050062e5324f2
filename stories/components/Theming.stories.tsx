import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { FieldError, PermissionNotice, RateLimitNotice, ServerErrorNotice } from 'api-error-kit/react';
import { samples } from '../support/samples';

/**
 * The app's own CSS as a Vite app loads it: a `<style>` at the very start of `<head>`, BEFORE the kit's
 * stylesheet. Used as a story's `beforeEach`; the returned cleanup removes it after the story.
 */
const appCssFirst = (css: string) => () => {
  const style = document.createElement('style');
  style.dataset.appCss = '';
  style.textContent = css;
  document.head.prepend(style);
  return () => style.remove();
};

/** The node (`<style>` or `<link>`) of the stylesheet that declares the kit's cascade layer. */
function kitStylesheetNode(): Node | null {
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      if (Array.from(sheet.cssRules).some((rule) => rule instanceof CSSLayerBlockRule && rule.name === 'api-error-kit'))
        return sheet.ownerNode;
    } catch {
      // A cross-origin sheet cannot be read; it is not the kit's.
    }
  }
  return null;
}

/** The element, or the story fails saying which one is missing. */
function found<T>(element: T | null | undefined, what: string): T {
  if (element == null) throw new Error(`${what} is missing`);
  return element;
}

/** `#6b21a8` as `getComputedStyle` writes it: `rgb(107, 33, 168)`. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;
const style = (element: Element | null | undefined) => getComputedStyle(found(element, 'an element to measure'));
const box = (element: Element | null | undefined) => found(element, 'an element to measure').getBoundingClientRect();
/** Two boxes on one line: their vertical centres within 2 px. */
const onOneLine = (a: Element, b: Element) =>
  Math.abs(box(a).top + box(a).height / 2 - (box(b).top + box(b).height / 2)) < 2;

const noop = () => {};
const LOG_ID = '63cb1df0-b82a-459e-accc-635e187f3b8b';

const meta = {
  title: 'Components/Theming',
  // Some stories add `:root` rules to the whole page; on a shared docs page they would restyle every story.
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The default stylesheet sits in the `api-error-kit` cascade layer: the app’s own CSS wins in any order. Each colour has a light and a dark value (`--aek-light-*`, `--aek-dark-*`); notices follow the system, and `data-theme="light"`/`"dark"` on the nearest ancestor pins them.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const purple = '#6b21a8';

/**
 * The app's `:root { --aek-error: … }` and `.aek-notice { … }` come BEFORE the kit's stylesheet (as
 * `src/index.css` does in a Vite app) and still win: the kit's rules are in a layer, and unlayered rules
 * beat layered ones. The primary action follows the notice's tone, so it changes with it.
 */
export const AppOverrideBeforeTheKit: Story = {
  beforeEach: appCssFirst(`:root { --aek-error: ${purple}; } .aek-notice { border-radius: 0; }`),
  render: () => <ServerErrorNotice error={samples['500 with support ID (Contensis)']} onRetry={noop} />,
  play: async ({ canvas }) => {
    const app = found(document.querySelector('style[data-app-css]'), "the app's <style>");
    const kit = found(kitStylesheetNode(), "the kit's stylesheet");
    await expect(app.compareDocumentPosition(kit) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const notice = canvas.getByRole('region', { name: 'Sorry, there is a problem with the service' });
    await expect(style(notice).borderInlineStartColor).toBe(rgb(purple));
    await expect(style(notice).borderTopLeftRadius).toBe('0px');
    await expect(style(canvas.getByRole('button', { name: 'Try again' })).backgroundColor).toBe(rgb(purple));
  },
};

/**
 * The light and the dark value overridden apart, in the app's stylesheet. The page is dark; the dark value
 * shows there, and the light one in a region pinned light.
 */
export const DarkOverride: Story = {
  globals: { theme: 'dark' },
  beforeEach: appCssFirst(':root { --aek-light-warning: #6b21a8; --aek-dark-warning: #f0abfc; }'),
  render: () => (
    <>
      <RateLimitNotice error={samples['429 without a deadline']} onRetry={noop} />
      <div data-theme="light" style={{ padding: '0.5rem 1rem', background: '#ffffff', color: '#0b0c0c' }}>
        <RateLimitNotice error={samples['429 without a deadline']} onRetry={noop} />
      </div>
    </>
  ),
  play: async ({ canvas }) => {
    const [dark, light] = canvas.getAllByRole('region', { name: 'Too many requests' });
    const [darkRetry, lightRetry] = canvas.getAllByRole('button', { name: 'Try again' });
    await expect(style(dark).borderInlineStartColor).toBe(rgb('#f0abfc'));
    await expect(style(darkRetry).backgroundColor).toBe(rgb('#f0abfc'));
    await expect(style(darkRetry).color).toBe(rgb('#0b0c0c'));
    await expect(style(light).borderInlineStartColor).toBe(rgb(purple));
    await expect(style(lightRetry).backgroundColor).toBe(rgb(purple));
    await expect(style(lightRetry).color).toBe(rgb('#ffffff'));
  },
};

/**
 * A light part of an app on a dark page. The outer wrapper stands for the dark system (a story cannot
 * switch the system, so it pins dark); `data-theme="light"` on the app's part pins its notice and field
 * error light, as `<html data-theme="light">` does for a light-only app.
 */
export const PinnedLightInDarkSystem: Story = {
  render: () => (
    <div data-theme="dark" style={{ padding: '0.5rem 1rem', background: '#17191c', color: '#f3f3f3' }}>
      <ServerErrorNotice error={samples['500 with support ID (Contensis)']} onRetry={noop} />
      <div data-theme="light" style={{ padding: '0.5rem 1rem', background: '#ffffff', color: '#0b0c0c' }}>
        <PermissionNotice error={samples['403 No access (Contensis)']} onRequestAccess={noop} />
        <label htmlFor="pinned-email" style={{ display: 'block', fontWeight: 600 }}>
          Email address
        </label>
        <FieldError error={samples['Validation (422 problem+json)']} name="email" htmlFor="pinned-email" />
        <input id="pinned-email" type="email" defaultValue="ada@" />
      </div>
    </div>
  ),
  play: async ({ canvas }) => {
    const dark = canvas.getByRole('region', { name: 'Sorry, there is a problem with the service' });
    await expect(style(dark).backgroundColor).toBe(rgb('#2b1715'));
    await expect(style(dark).color).toBe(rgb('#f3f3f3'));

    const light = canvas.getByRole('region', { name: 'You do not have access' });
    await expect(style(light).backgroundColor).toBe(rgb('#fdf3f2'));
    await expect(style(light).color).toBe(rgb('#0b0c0c'));
    await expect(style(canvas.getByRole('button', { name: 'Request access' })).color).toBe(rgb('#ffffff'));
    await expect(style(canvas.getByText(/Enter an email address/)).color).toBe(rgb('#b3261e'));
  },
};

/** Notices bring their own font when the page sets none, instead of the browser's serif default. */
export const SystemFontByDefault: Story = {
  render: () => (
    <div style={{ fontFamily: 'initial' }}>
      <p>The page’s text, in the browser’s default font.</p>
      <ServerErrorNotice error={samples['500 with support ID (Contensis)']} onRetry={noop} />
    </div>
  ),
  play: async ({ canvas }) => {
    const notice = canvas.getByRole('region', { name: 'Sorry, there is a problem with the service' });
    await expect(style(notice).fontFamily).toMatch(/^system-ui,/);
    await expect(style(canvas.getByRole('button', { name: 'Try again' })).fontFamily).toBe(style(notice).fontFamily);
  },
};

/**
 * A sign-in link (`<a class="aek-action aek-action--primary">`) and buttons are one height: 2.75rem,
 * border-box. The button is measured in a notice of its own, where nothing stretches it to a neighbour.
 */
export const LinkAndButtonActionsShareOneHeight: Story = {
  render: () => (
    <>
      <PermissionNotice
        error={samples['401 Sign in (Octopus)']}
        signInHref="/login"
        actions={
          <button type="button" className="aek-action">
            Create an account
          </button>
        }
      />
      <PermissionNotice error={samples['401 Sign in (Octopus)']} onSignIn={noop} />
    </>
  ),
  play: async ({ canvas }) => {
    const link = canvas.getByRole('link', { name: 'Sign in' });
    const button = canvas.getByRole('button', { name: 'Sign in' });
    const neighbour = canvas.getByRole('button', { name: 'Create an account' });
    const rem = parseFloat(style(document.documentElement).fontSize);
    await expect(box(button).height).toBeCloseTo(2.75 * rem, 1);
    await expect(box(link).height).toBeCloseTo(box(button).height, 1);
    await expect(box(neighbour).height).toBeCloseTo(box(button).height, 1);
    // The same fill and text colour as the button: the link is a primary action, not a blue underline.
    await expect(style(link).backgroundColor).toBe(style(button).backgroundColor);
    await expect(style(link).color).toBe(style(button).color);
  },
};

/** Each tone's primary action is filled with the tone: red on red, amber on amber, blue on blue. */
export const PrimaryActionFollowsTheTone: Story = {
  render: () => (
    <>
      <ServerErrorNotice error={samples['500 with support ID (Contensis)']} onRetry={noop} />
      <RateLimitNotice error={samples['429 without a deadline']} onRetry={noop} />
      <PermissionNotice error={samples['401 Sign in (Octopus)']} onSignIn={noop} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const notices = canvasElement.querySelectorAll('.aek-notice');
    await expect(notices).toHaveLength(3);
    const fills = new Set<string>();
    for (const notice of Array.from(notices)) {
      const primary = notice.querySelector('.aek-action--primary');
      await expect(style(primary).backgroundColor).toBe(style(notice).borderInlineStartColor);
      fills.add(style(primary).backgroundColor);
    }
    await expect(fills.size).toBe(3);
  },
};

export const PrimaryActionFollowsTheToneDark: Story = { ...PrimaryActionFollowsTheTone, globals: { theme: 'dark' } };

/**
 * The support row at 600 px: the Copy button stays on the ID's line, before and after "Support ID
 * copied" appears; what does not fit wraps as a whole to the next line, with room between the parts.
 */
export const SupportRowAt600px: Story = {
  beforeEach: () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => {} } });
    return () =>
      original
        ? Object.defineProperty(navigator, 'clipboard', original)
        : delete (navigator as { clipboard?: unknown }).clipboard;
  },
  render: () => (
    <div style={{ width: 600 }}>
      <ServerErrorNotice
        error={samples['500 with support ID (Contensis)']}
        onRetry={noop}
        supportHref={(id) => `https://help.example.com/contact?ref=${id}`}
      />
    </div>
  ),
  play: async ({ canvas, canvasElement, userEvent }) => {
    const id = canvas.getByText(LOG_ID);
    const copy = canvas.getByRole('button', { name: 'Copy support ID' });
    const link = canvas.getByRole('link', { name: 'Contact support' });
    await expect(box(canvasElement.querySelector('.aek-notice')).width).toBe(600);
    const rowHolds = async () => {
      await expect(onOneLine(id, copy)).toBe(true);
      await expect(box(copy).left - box(id).right).toBeGreaterThanOrEqual(6);
      // Whatever shares Copy's line keeps clear of it; whatever does not starts a new line below it.
      for (const next of [canvasElement.querySelector('.aek-support__status'), link]) {
        if (!next) continue;
        if (onOneLine(copy, next)) await expect(box(next).left - box(copy).right).toBeGreaterThanOrEqual(6);
        else await expect(box(next).top).toBeGreaterThanOrEqual(box(copy).bottom);
      }
    };
    await rowHolds();

    await userEvent.click(copy);
    await waitFor(() =>
      expect(canvasElement.querySelector('.aek-support__status')).toHaveTextContent('Support ID copied'),
    );
    await rowHolds();
    const status = found(canvasElement.querySelector('.aek-support__status'), 'the copy status');
    if (onOneLine(status, link)) await expect(box(link).left - box(status).right).toBeGreaterThanOrEqual(12);
  },
};
