import { aiSdkErrors } from './aiSdk';
import { airtableErrors } from './airtable';
import { amplifyErrors } from './amplify';
import { alovaErrors } from './alova';
import { apimaticErrors } from './apimatic';
import { apisauceErrors } from './apisauce';
import { auth0Errors } from './auth0';
import { awsSdkErrors } from './awsSdk';
import { azureErrors } from './azure';
import { betterFetchErrors } from './betterFetch';
import { clerkErrors } from './clerk';
import type { ErrorClient } from './client';
import { connectErrors } from './connect';
import { contentfulErrors } from './contentful';
import { convexErrors } from './convex';
import { discordErrors } from './discord';
import { edenErrors } from './eden';
import { effectErrors } from './effect';
import { falErrors } from './fal';
import { fernErrors } from './fern';
import { ethersErrors } from './ethers';
import { feathersErrors } from './feathers';
import { firebaseErrors } from './firebase';
import { generativeAiErrors } from './generativeAi';
import { gitbeakerErrors } from './gitbeaker';
import { graphqlClientErrors } from './graphqlErrors';
import { heyApiErrors } from './heyApi';
import { honoErrors } from './hono';
import { jiraErrors } from './jira';
import { kiotaErrors } from './kiota';
import { lemonSqueezyErrors } from './lemonSqueezy';
import { linearErrors } from './linear';
import { mailgunErrors } from './mailgun';
import { mastoErrors } from './masto';
import { minioErrors } from './minio';
import { msalErrors } from './msal';
import { nextErrors } from './next';
import { nextAuthErrors } from './nextAuth';
import { openapiTypescriptCodegenErrors } from './openapiTypescriptCodegen';
import { orpcErrors } from './orpc';
import { nextSafeActionErrors } from './nextSafeAction';
import { orvalErrors } from './orval';
import { pineconeErrors } from './pinecone';
import { prismicErrors } from './prismic';
import { reactRouterErrors } from './reactRouter';
import { refineErrors } from './refine';
import { relayErrors } from './relay';
import { rtkQueryErrors } from './rtkQuery';
import { slackErrors } from './slack';
import { storyblokErrors } from './storyblok';
import { stripeSdkErrors } from './stripeNode';
import { stytchErrors } from './stytch';
import { supabaseErrors } from './supabase';
import { swaggerTypescriptApiErrors } from './swaggerTypescriptApi';
import { swrErrors } from './swr';
import { tanstackStartErrors } from './tanstackStart';
import { trpcErrors } from './trpc';
import { tusErrors } from './tus';
import { twitterErrors } from './twitter';
import { typesenseErrors } from './typesense';
import { uploadthingErrors } from './uploadthing';
import { vercelBlobErrors } from './vercelBlob';
import { viemErrors } from './viem';
import { wpApiFetchErrors } from './wpApiFetch';
import { xhrErrors } from './xhr';
import { xrpcErrors } from './xrpc';

/**
 * Every client the kit reads, as `normalizeError` reads them. Named ones, listed first (through Hono's `DetailedError`,
 * Gitbeaker's and UploadThing's), are told by name whatever their place; the ones told by shape are tried in this
 * order, the most specific shape first: MSAL's `errorCode`, `errorMessage` and `subError` beside one of its names, the
 * "[GoogleGenerativeAI Error]: " prefix of @google/generative-ai's messages, Convex's "[Request ID: …] Server Error" at
 * a plain `Error`'s start (its `ConvexError` by name), TanStack Start's `isNotFound` (or its validator's issues as a
 * bare `Error`'s whole message), Effect's type ids (a `Cause`, a failed `Exit`) and its interrupted fiber's text,
 * viem's `shortMessage` and `version` around its request error, ethers' `code` at the end of its message (or its 599's
 * text), RTK Query's word `status`, a Next.js `digest`, oRPC's `defined`, Eden's `value`, hey-api's result of exactly
 * an empty `error`, `request` and `response`, orval's of exactly an empty `data`, `status` and `headers`,
 * Lemon Squeezy's of exactly a null `statusCode` and `data` beside its `error` (its "Lemon Squeezy Error" by name),
 * swagger-typescript-api's fetch `Response` with only `data` and `error` of its own, next-safe-action's of only `data`,
 * `serverError` and `validationErrors` with a failure among them, apisauce's `problem` and numeric `duration` beside
 * `ok: false`, alova's timeout by its exact message, Typesense's `httpStatus` beside its "Request failed with HTTP
 * code" message (or its abort's exact message), an APIMatic-generated SDK's abort (PayPal's) by its exact message,
 * MinIO's retried status by its exact message (its `S3Error` by name), tus-js-client's "tus: " message beside its
 * request's methods, an `XMLHttpRequest`'s (or jqXHR's, or an event's `target`) `getAllResponseHeaders` beside a
 * numeric `status`, Better Fetch's `statusText` beside its body (or its `onError` context's `responseText`), Amplify's
 * GraphQL result of an empty `data` and one `GraphQLError` wrapping the failure, the Linear SDK's `type` of its enum
 * beside `errors` and `raw` (or its GraphQL client's `response` beside a `request.query`), Kiota's own
 * `responseStatusCode` and `responseHeaders` (its DefaultApiError or the mapped model it throws), Bluesky's XRPC
 * errors' `success: false` beside exactly their own keys, the AWS SDK's `$metadata`, a Fern-generated SDK's
 * (ElevenLabs', Cohere's) `rawResponse` of exactly Fern's six members beside `statusCode` and `body` (or its
 * `ParseError` whose message is its `errors` spelled out), fal.ai's `ApiError` of exactly its five own members (or
 * its `subscribe` timeout's exact message), Stripe's `type`, Stytch's Node
 * SDK's five snake-case members on an "Error" (or its `RequestError`'s lone `request` beside fetch's words),
 * discord.js's and mailgun.js's names and types, twitter-api-v2's `type` beside `error: true`, jira.js's
 * `Symbol.for('jira.js:error-kinds')` brand, masto.js's numeric `statusCode` beside its own `description`, `details`
 * and `additionalProperties` (its minified `MastoHttpError`), contentful.js's JSON message, Prismic's `url` and
 * `response` alone on an `Error`, Vercel Blob's exact "Vercel Blob: …" sentences (or its rate limit's `retryAfter`),
 * Auth0's SPA SDK's bare `Error` whose whole message is the `error_description` beside its `error` (or its fetch
 * timeout's exact message), Airtable.js's `error` beside `statusCode`, Refine's axios `HttpError` (`statusCode` beside
 * `isAxiosError`, no response), Feathers' `type: 'FeathersError'` (or the spent `response` its fetch connection leaves
 * last), React Router's `internal`, NextAuth.js's page query with an `error` (a `URLSearchParams`, a `URL`'s, or
 * `router.query`'s strings holding one of its codes), WordPress api-fetch's plain objects (exactly `code` and
 * `message` with one of its own codes, or a REST error's members with `data`), SWR's `info` (a member many errors may
 * have), and last storyblok-js-client's plain object of a lone `message` (taken only for its timeout's or fetch's
 * failure words).
 */
export const builtInClients: readonly ErrorClient[] = [
  trpcErrors,
  graphqlClientErrors,
  relayErrors,
  connectErrors,
  clerkErrors,
  firebaseErrors,
  supabaseErrors,
  aiSdkErrors,
  slackErrors,
  pineconeErrors,
  azureErrors,
  openapiTypescriptCodegenErrors,
  honoErrors,
  gitbeakerErrors,
  uploadthingErrors,
  msalErrors,
  generativeAiErrors,
  convexErrors,
  tanstackStartErrors,
  effectErrors,
  viemErrors,
  ethersErrors,
  rtkQueryErrors,
  nextErrors,
  orpcErrors,
  edenErrors,
  heyApiErrors,
  orvalErrors,
  lemonSqueezyErrors,
  swaggerTypescriptApiErrors,
  nextSafeActionErrors,
  apisauceErrors,
  alovaErrors,
  typesenseErrors,
  apimaticErrors,
  minioErrors,
  tusErrors,
  xhrErrors,
  betterFetchErrors,
  amplifyErrors,
  linearErrors,
  kiotaErrors,
  xrpcErrors,
  awsSdkErrors,
  fernErrors,
  falErrors,
  stripeSdkErrors,
  stytchErrors,
  discordErrors,
  mailgunErrors,
  twitterErrors,
  jiraErrors,
  mastoErrors,
  contentfulErrors,
  prismicErrors,
  vercelBlobErrors,
  auth0Errors,
  airtableErrors,
  refineErrors,
  feathersErrors,
  reactRouterErrors,
  nextAuthErrors,
  wpApiFetchErrors,
  swrErrors,
  storyblokErrors,
];
