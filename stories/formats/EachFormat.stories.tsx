import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { formatFixtures } from '../../test/fixtures/formats';
import { FormatGallery } from '../support/FormatGallery';

const meta = {
  title: 'Formats/Each format',
  component: FormatGallery,
  parameters: {
    docs: {
      description: {
        component:
          'Each supported format, with real-shaped responses (from each vendor’s or framework’s documentation): what the server sent, the `ApiError` it becomes, and what a person sees.',
      },
    },
  },
} satisfies Meta<typeof FormatGallery>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A story showing every fixture of the given formats, which checks that each one rendered. */
const formats = (...names: string[]): Story => {
  const fixtures = formatFixtures.filter((fixture) => names.includes(fixture.format));
  return {
    args: { fixtures },
    play: async ({ canvasElement }) => {
      await expect(canvasElement.querySelectorAll('article')).toHaveLength(fixtures.length);
      await expect(fixtures.length).toBeGreaterThan(0);
    },
  };
};

export const ProblemDetails: Story = {
  name: 'RFC 9457 problem+json (and ASP.NET, Spring 6)',
  ...formats('problem+json'),
};
export const JsonApi: Story = { name: 'JSON:API', ...formats('json:api') };
export const GraphQL: Story = { name: 'GraphQL', ...formats('graphql') };
export const OAuth: Story = { name: 'OAuth 2.0 and RFC 6750', ...formats('oauth') };
export const Google: Story = { name: 'Google AIP-193 and Firebase', ...formats('google') };
export const Stripe: Story = { name: 'Stripe', ...formats('stripe') };
export const GitHub: Story = { name: 'GitHub', ...formats('github') };
export const MicrosoftGraph: Story = { name: 'Microsoft Graph and OData', ...formats('odata') };
export const Slack: Story = { name: 'Slack', ...formats('slack') };
export const Laravel: Story = { name: 'Laravel', ...formats('laravel') };
export const RailsAndDrf: Story = { name: 'Rails and Django REST framework', ...formats('field-dictionary', 'detail') };
export const FastAPI: Story = { name: 'FastAPI', ...formats('fastapi') };
export const Spring: Story = { name: 'Spring Boot', ...formats('spring') };
export const NestJS: Story = { name: 'NestJS', ...formats('nestjs') };
export const ExpressValidator: Story = { name: 'express-validator', ...formats('express-validator') };
export const Zod: Story = { name: 'Zod', ...formats('zod') };
export const Strapi: Story = { name: 'Strapi', ...formats('strapi') };
export const PostgREST: Story = { name: 'PostgREST and Supabase', ...formats('postgrest') };
export const Discord: Story = { name: 'Discord', ...formats('discord') };
export const Cloudflare: Story = { name: 'Cloudflare', ...formats('cloudflare') };
export const Jira: Story = { name: 'Jira', ...formats('jira') };
export const Fhir: Story = { name: 'HL7 FHIR OperationOutcome', ...formats('fhir') };
export const Aws: Story = { name: 'AWS JSON protocols', ...formats('aws') };
export const NotJson: Story = {
  name: 'HTML pages, plain text, empty bodies',
  ...formats('html', 'text', 'empty', 'generic'),
};
