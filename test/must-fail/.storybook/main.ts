import type { StorybookConfig } from '@storybook/react-vite';
import base from '../../../.storybook/main';

// The catalogue's configuration, pointed at the stories that must fail.
const config: StorybookConfig = { ...base, stories: ['../*.stories.tsx'], staticDirs: ['../../../public'] };
export default config;
