import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { createNormalizer, normalizeError } from 'api-error-kit';
import { jsonRpc, nestjs } from 'api-error-kit/formats';
import { corpus } from '../../test/conformance/corpus';
import { formatFixtures } from '../../test/fixtures/formats';
import type { Fixture } from '../../test/fixtures/types';
import { FormatGallery } from '../support/FormatGallery';

// The JSON-RPC 2.0 spec's "rpc call of non-existent method" (test/conformance/cases/graphql-rpc.ts), and
// NestJS's ValidationPipe, whose messages start with the field's path.
const rpc = corpus.find((c) => c.id === 'json-rpc/method-not-found')!;
const fixtures: Fixture[] = [
  {
    name: 'JSON-RPC: method not found, over HTTP 200',
    format: 'json-rpc',
    status: rpc.response!.status,
    body: rpc.response!.body,
    source: rpc.url,
  },
  formatFixtures.find((f) => f.name === 'ValidationPipe array with nested paths')!,
];

const meta = {
  title: 'Formats/Only the formats you use',
  component: FormatGallery,
  args: { fixtures },
  parameters: {
    docs: {
      description: {
        component:
          "`createNormalizer({ formats })` reads only the formats an app names, plus the structural reader, which reads any body by its shape. The same two responses, read three ways: what a format adds is what only it knows (JSON-RPC's fixed text for -32601, NestJS's paths inside messages).",
      },
    },
  },
} satisfies Meta<typeof FormatGallery>;
export default meta;
type Story = StoryObj<typeof meta>;

export const EveryFormat: Story = {
  name: 'normalizeError: every format',
  args: { normalize: normalizeError, source: 'normalizeError (every format the kit knows)' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The spec's fixed text names the code; the person reads the not-found default instead.
    await expect(canvas.queryByText('Method not found')).toBeNull();
    await expect(canvas.getAllByText(/"format": "json-rpc"/).length).toBe(1);
    await expect(canvas.getAllByText(/"field": "items\.0\.name"/).length).toBe(1);
  },
};

export const StructureAlone: Story = {
  name: 'createNormalizer(): the structural reader alone',
  args: { normalize: createNormalizer(), source: 'createNormalizer() (no format: structure alone)' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Method not found')).toBeVisible();
    await expect(canvas.getAllByText(/"format": "generic"/).length).toBe(2);
    await expect(canvas.queryByText(/"field": "items\.0\.name"/)).toBeNull();
  },
};

export const OneFormat: Story = {
  name: 'createNormalizer({ formats: [jsonRpc, nestjs] })',
  args: {
    normalize: createNormalizer({ formats: [jsonRpc, nestjs] }),
    source: 'createNormalizer({ formats: [jsonRpc, nestjs] })',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByText('Method not found')).toBeNull();
    await expect(canvas.getAllByText(/"format": "(?:json-rpc|nestjs)"/).length).toBe(2);
  },
};
