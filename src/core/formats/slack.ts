import type { ErrorFormat } from './format';

/**
 * Slack Web API: HTTP 200 with `{ ok: false, error: "channel_not_found", response_metadata: { messages } }`;
 * `error` is the code. https://api.slack.com/web#evaluating_responses
 */
export const slack: ErrorFormat = {
  name: 'slack',
  keys: ['ok'],
  test: (b) => b.ok === false,
};
