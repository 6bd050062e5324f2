// What the Quick start's API answers for GET /api/users/:id in each scenario: bodies and headers as
// real servers send them, developer text included, so the test can prove none of it reaches a person.

/** The user the Quick start shows once a request succeeds. */
export const USER = { name: 'Ada Lovelace' };

/** The Spring Boot 500's X-Request-Id: the only support ID the response offers. */
export const REQUEST_ID = '4bf92f35-77b3-4da6-a3ce-929d0e0e4736';

/** Seconds the 429 asks the app to wait. */
export const RETRY_AFTER_SECONDS = 20;

const NPE = 'Cannot invoke "com.example.shop.Item.getOwner()" because "item" is null';

const json = 'application/json';

/** Scenario name -> [status, headers, body]. */
export const SCENARIOS = {
  ok: [200, { 'Content-Type': json }, USER],
  // RFC 6750 §3: an expired bearer token, the challenge in WWW-Authenticate and the same in the body.
  401: [
    401,
    { 'Content-Type': json, 'WWW-Authenticate': 'Bearer error="invalid_token"' },
    { error: 'invalid_token', error_description: 'The access token expired' },
  ],
  // Spring's default since 6 (ProblemDetail): RFC 9457 problem details with only the status's title.
  404: [404, { 'Content-Type': 'application/problem+json' }, { type: 'about:blank', title: 'Not Found', status: 404 }],
  // A rate limiter's plain JSON message, with Retry-After in seconds.
  429: [
    429,
    { 'Content-Type': json, 'Retry-After': String(RETRY_AFTER_SECONDS) },
    { message: 'Too many requests, please slow down.' },
  ],
  // Spring Boot's default error body (BasicErrorController) with the message and trace a
  // misconfigured server includes (server.error.include-message/include-stacktrace=always).
  500: [
    500,
    { 'Content-Type': json, 'X-Request-Id': REQUEST_ID },
    {
      timestamp: '2026-11-22T12:00:00.000+00:00',
      status: 500,
      error: 'Internal Server Error',
      message: NPE,
      path: '/api/users/1',
      trace: `java.lang.NullPointerException: ${NPE}\n\tat com.example.shop.ItemService.owner(ItemService.java:42)`,
    },
  ],
};
