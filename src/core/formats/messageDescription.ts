import type { ErrorFormat } from './format';

/**
 * `{ Message, Description }` and `{ message, description }` bodies; a `message` that only repeats the
 * status ("Not Found") is passed over by the reader for the description. Seeds 001 and 002.
 */
export const messageDescription: ErrorFormat = {
  name: 'message-description',
  keys: ['description', 'Description', 'Message'],
  test: (b) => (b.description ?? b.Description ?? b.Message) !== undefined,
};
