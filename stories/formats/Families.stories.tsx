import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { formatFixtures } from '../../test/fixtures/formats';
import { FormatGallery } from '../support/FormatGallery';

const meta = {
  title: 'Formats/Families',
  component: FormatGallery,
  parameters: {
    docs: {
      description: {
        component:
          'Each supported family, with real-shaped responses (from each vendor’s or framework’s documentation): what the server sent, the `ApiError` it becomes, and what a person sees.',
      },
    },
  },
} satisfies Meta<typeof FormatGallery>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A story showing every fixture of the given families, which checks that each one rendered. */
const family = (...names: string[]): Story => {
  const fixtures = formatFixtures.filter((fixture) => names.includes(fixture.family));
  return {
    args: { fixtures },
    play: async ({ canvasElement }) => {
      await expect(canvasElement.querySelectorAll('article')).toHaveLength(fixtures.length);
      await expect(fixtures.length).toBeGreaterThan(0);
    },
  };
};

export const ProblemDetails: Story = { name: 'RFC 9457 problem+json (and ASP.NET, Spring 6)', ...family('problem+json') };
export const JsonApi: Story = { name: 'JSON:API', ...family('json:api') };
export const GraphQL: Story = { name: 'GraphQL', ...family('graphql') };
export const OAuth: Story = { name: 'OAuth 2.0 and RFC 6750', ...family('oauth') };
export const Google: Story = { name: 'Google AIP-193 and Firebase', ...family('google') };
export const Stripe: Story = { name: 'Stripe', ...family('stripe') };
export const GitHub: Story = { name: 'GitHub', ...family('github') };
export const MicrosoftGraph: Story = { name: 'Microsoft Graph and OData', ...family('odata') };
export const Slack: Story = { name: 'Slack', ...family('slack') };
export const Laravel: Story = { name: 'Laravel', ...family('laravel') };
export const RailsAndDrf: Story = { name: 'Rails and Django REST framework', ...family('field-dictionary', 'detail') };
export const FastAPI: Story = { name: 'FastAPI', ...family('fastapi') };
export const Spring: Story = { name: 'Spring Boot', ...family('spring') };
export const NestJS: Story = { name: 'NestJS', ...family('nestjs') };
export const ExpressValidator: Story = { name: 'express-validator', ...family('express-validator') };
export const Zod: Story = { name: 'Zod', ...family('zod') };
export const Strapi: Story = { name: 'Strapi', ...family('strapi') };
export const PostgREST: Story = { name: 'PostgREST and Supabase', ...family('postgrest') };
export const Discord: Story = { name: 'Discord', ...family('discord') };
export const Cloudflare: Story = { name: 'Cloudflare', ...family('cloudflare') };
export const Jira: Story = { name: 'Jira', ...family('jira') };
export const NotJson: Story = { name: 'HTML pages, plain text, empty bodies', ...family('html', 'text', 'empty', 'generic') };
