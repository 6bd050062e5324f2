import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ServerErrorNotice } from 'api-error-kit/react';
import { samples } from '../../stories/support/samples';

/**
 * Stories that must FAIL. They prove that an axe violation or a false expectation fails a story
 * test. Only `npm run test:browser:negative` runs them, through their own Storybook config, so
 * neither the catalogue nor the normal browser run ever sees them.
 */
const meta = {
  title: 'Checks/Must fail',
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;

/** Light grey on white: axe's color-contrast rule must fail this story. */
export const InaccessibleContrast: StoryObj = {
  render: () => <ServerErrorNotice error={samples['500 with support ID (Contensis)']} style={{ color: '#d0d0d0' }} />,
};

/** A play function whose expectation is false must fail the story. */
export const BrokenAssertion: StoryObj = {
  render: () => <ServerErrorNotice error={samples['500 with support ID (Contensis)']} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Sorry, there is a problem with the service' })).toHaveTextContent(
      'this text is not there',
    );
  },
};
