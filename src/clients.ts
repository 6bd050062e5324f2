// `api-error-kit/clients`: the clients whose own errors the kit reads as the responses they came from, one import
// each, for `createNormalizer({ clients })`. `normalizeError` reads them all; an app names the ones it uses.
export { builtInClients } from './core/clients/index';
export { aiSdkErrors } from './core/clients/aiSdk';
export { airtableErrors } from './core/clients/airtable';
export { awsSdkErrors } from './core/clients/awsSdk';
export { azureErrors } from './core/clients/azure';
export { betterFetchErrors } from './core/clients/betterFetch';
export { clerkErrors } from './core/clients/clerk';
export { connectErrors } from './core/clients/connect';
export { contentfulErrors } from './core/clients/contentful';
export { discordErrors } from './core/clients/discord';
export { edenErrors } from './core/clients/eden';
export { firebaseErrors } from './core/clients/firebase';
export { graphqlClientErrors } from './core/clients/graphqlErrors';
export { heyApiErrors } from './core/clients/heyApi';
export { honoErrors } from './core/clients/hono';
export { mailgunErrors } from './core/clients/mailgun';
export { nextErrors } from './core/clients/next';
export { orpcErrors } from './core/clients/orpc';
export { pineconeErrors } from './core/clients/pinecone';
export { reactRouterErrors } from './core/clients/reactRouter';
export { rtkQueryErrors } from './core/clients/rtkQuery';
export { slackErrors } from './core/clients/slack';
export { stripeSdkErrors } from './core/clients/stripeNode';
export { supabaseErrors } from './core/clients/supabase';
export { swrErrors } from './core/clients/swr';
export { trpcErrors } from './core/clients/trpc';
export type { ErrorClient, ReadWrapped } from './core/clients/client';
