// The error responses the scenario server sends, each copied from a conformance case
// (test/conformance/cases/*.ts) or a fixture (test/fixtures/*.ts) with the source that case names.
// Bodies are the exact bytes on the wire; a header the source does not show is added only where the
// server it comes from always sends it (said in the note), so every client reads the same response.

/** The client's clock in every client test: Sun, 22 Nov 2026 12:00:00 GMT (as in test/fixtures/formats/clock.ts). */
export const NOW = Date.UTC(2026, 10, 22, 12);

export interface Scenario {
  /** The path the server answers on (`/<name>`) and the test name. */
  readonly name: string;
  readonly status: number;
  /**
   * Exactly the headers sent. The server sends no `Date` of its own, so clock-skew reading is the same for every
   * client.
   */
  readonly headers: Readonly<Record<string, string>>;
  /** The exact body sent. */
  readonly body: string;
  /** Where the response comes from: the conformance case id or fixture name, and its source. */
  readonly source: string;
}

const json = (value: unknown): string => JSON.stringify(value);

export const scenarios = [
  // test/fixtures/formats/stripe.ts 'card_error card_declined (402)', source: Stripe API reference: Errors.
  // Stripe always answers `application/json`; the fixture lists only its own headers.
  {
    name: 'json-error',
    status: 402,
    headers: { 'content-type': 'application/json', 'request-id': 'req_Q1w2E3r4T5y6U7', 'stripe-version': '2024-06-20' },
    body: json({
      error: {
        charge: 'ch_3PqRsT2eZvKYlo2C0aBcDeFg',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        doc_url: 'https://stripe.com/docs/error-codes/card-declined',
        message: 'Your card has insufficient funds.',
        request_log_url: 'https://dashboard.stripe.com/test/logs/req_Q1w2E3r4T5y6U7?t=1732276800',
        type: 'card_error',
      },
    }),
    source: "fixture 'card_error card_declined (402)': Stripe API reference, Errors",
  },
  // test/fixtures/formats/problemJson.ts 'RFC 7807 invalid-params', source: RFC 7807 §3.
  {
    name: 'problem-invalid-params',
    status: 400,
    headers: { 'content-type': 'application/problem+json', 'content-language': 'en' },
    body: json({
      type: 'https://example.net/validation-error',
      title: "Your request parameters didn't validate.",
      'invalid-params': [
        { name: 'age', reason: 'must be a positive integer' },
        { name: 'color', reason: "must be 'green', 'red' or 'blue'" },
      ],
    }),
    source: "fixture 'RFC 7807 invalid-params': RFC 7807 §3",
  },
  // test/conformance/cases/example.ts 'rfc9457/validation-errors-extension',
  // https://www.rfc-editor.org/rfc/rfc9457#section-3
  {
    name: 'problem-errors',
    status: 422,
    headers: { 'content-type': 'application/problem+json', 'content-language': 'en' },
    body: json({
      type: 'https://example.net/validation-error',
      title: 'Your request is not valid.',
      errors: [
        { detail: 'must be a positive integer', pointer: '#/age' },
        { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
      ],
    }),
    source: 'rfc9457/validation-errors-extension: https://www.rfc-editor.org/rfc/rfc9457#section-3',
  },
  // test/fixtures/formats/laravel.ts '422 validation with dot paths', source: Laravel 11 validation JSON responses.
  // Laravel sends these with `application/json`; the fixture lists no headers.
  {
    name: 'validation-422',
    status: 422,
    headers: { 'content-type': 'application/json' },
    body: json({
      message: 'The email field is required. (and 2 more errors)',
      errors: {
        email: ['The email field is required.'],
        'items.0.qty': ['The items.0.qty field must be at least 1.'],
        password: ['The password field must be at least 8 characters.'],
      },
    }),
    source: "fixture '422 validation with dot paths': Laravel 11 validation and exception JSON responses",
  },
  // test/conformance/cases/saas.ts 'msgraph/too-many-requests-subscriptions',
  // https://learn.microsoft.com/en-us/answers/questions/1138873/receiving-toomanyrequest-with-message-too-many-req
  // Graph answers JSON with `application/json`; the pasted headers leave Content-Type out.
  {
    name: 'rate-limited-429',
    status: 429,
    headers: {
      'content-type': 'application/json',
      'retry-after': '5',
      'strict-transport-security': 'max-age=31536000',
      'request-id': 'a15c7ea4-d7e4-4d57-9cf0-d5b8fd22aad0',
      'client-request-id': 'a15c7ea4-d7e4-4d57-9cf0-d5b8fd22aad0',
      date: 'Thu, 22 Dec 2022 08:00:18 GMT',
    },
    body: json({
      error: {
        code: 'TooManyRequests',
        message:
          'Too many requests from Identifier:West Europe under category:throttle.aad.ags.subscriptionservice.dc.list. Please try again later.',
        innerError: { date: '2022-12-22T08:00:18' },
      },
    }),
    source: 'msgraph/too-many-requests-subscriptions: learn.microsoft.com Q&A 1138873',
  },
  // test/fixtures/formats/oauth.ts 'temporarily_unavailable with Retry-After', source: RFC 6749 §5.2.
  {
    name: 'unavailable-503',
    status: 503,
    headers: { 'content-type': 'application/json', 'retry-after': '120' },
    body: json({
      error: 'temporarily_unavailable',
      error_description: 'The authorization server is temporarily unable to handle the request due to maintenance.',
    }),
    source: "fixture 'temporarily_unavailable with Retry-After': RFC 6749 §5.2 token endpoint errors",
  },
  // test/fixtures/formats/text.ts 'Go http.Error 400 sentence', source: Go net/http Error.
  {
    name: 'plain-text',
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
    body: 'The start date must be before the end date.\n',
    source: "fixture 'Go http.Error 400 sentence': Go net/http Error",
  },
  // test/conformance/cases/frameworks-python-ruby-php-jvm-dotnet.ts 'rack-attack/throttled-with-retry-after',
  // rack/rack-attack/spec/acceptance/throttling_spec.rb@08b2cc4d950cceb80d6fbbf886ac33fd2e9737cf
  {
    name: 'plain-text-429',
    status: 429,
    headers: { 'content-type': 'text/plain', 'retry-after': '60' },
    body: 'Retry later\n',
    source: 'rack-attack/throttled-with-retry-after: rack/rack-attack spec/acceptance/throttling_spec.rb',
  },
  // test/conformance/cases/gateways-cdn.ts 'nginx/502-bad-gateway',
  // nginx/nginx/src/http/ngx_http_special_response.c@05b1a8f1e3595beab4397e25c2a6db9d832a6a97
  {
    name: 'html-gateway',
    status: 502,
    headers: { 'content-type': 'text/html' },
    body:
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body bgcolor="white">\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
      '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    source: 'nginx/502-bad-gateway: nginx src/http/ngx_http_special_response.c',
  },
  // test/conformance/cases/cloud.ts 'amazon-s3/no-such-key',
  // https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
  {
    name: 'xml-s3',
    status: 404,
    headers: { 'content-type': 'application/xml' },
    body: `<?xml version="1.0" encoding="UTF-8"?> <Error> <Code>NoSuchKey</Code> <Message>The resource you requested does not exist</Message> <Resource>/mybucket/myfoto.jpg</Resource> <RequestId>4442587FB7D0A2F9</RequestId> </Error>`,
    source: 'amazon-s3/no-such-key: docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html',
  },
  // test/conformance/cases/cloud.ts 'amazon-s3/head-404-empty-body',
  // boto/botocore/tests/unit/test_parsers.py@060da24490e1715a09442e3253b30fcf55893e57
  {
    name: 'empty-404',
    status: 404,
    headers: { 'x-amz-id-2': 'second-id', 'x-amz-request-id': 'request-id' },
    body: '',
    source: 'amazon-s3/head-404-empty-body: boto/botocore tests/unit/test_parsers.py',
  },
  // test/conformance/cases/payments-commerce.ts 'checkoutcom/bad-gateway-no-body-502',
  // ioan-ghisoi-cko/checkout-node-sdk/test/Payments.test.ts@027924bbc3982637920b0812c17234e01643d4e8
  {
    name: 'empty-502',
    status: 502,
    headers: {},
    body: '',
    source: 'checkoutcom/bad-gateway-no-body-502: checkout-node-sdk test/Payments.test.ts',
  },
  // test/fixtures/formats/empty.ts '503 empty with an HTTP-date Retry-After', source: RFC 9110 §10.2.3.
  {
    name: 'whitespace-503',
    status: 503,
    headers: { date: 'Sun, 22 Nov 2026 12:00:00 GMT', 'retry-after': 'Sun, 22 Nov 2026 12:02:00 GMT' },
    body: '   \n',
    source: "fixture '503 empty with an HTTP-date Retry-After': RFC 9110 §10.2.3",
  },
  // test/fixtures/formats/empty.ts '401 empty with RFC 6750 challenge', source: RFC 6750 §3.
  {
    name: 'unauthorized-401',
    status: 401,
    headers: {
      'www-authenticate': 'Bearer realm="api", error="invalid_token", error_description="The access token expired"',
    },
    body: '',
    source: "fixture '401 empty with RFC 6750 challenge': RFC 6750 §3 WWW-Authenticate Bearer challenge",
  },
  // test/fixtures/seeds.ts seedRedirects 'access_denied (query)', source: seed 002 (OAuth2 error/error_description);
  // RFC 6749 §4.1.2.1 sends the error on the redirect to the client's callback, with no body.
  {
    name: 'oauth-redirect',
    status: 302,
    headers: {
      location:
        'https://app.example.com/callback?error=access_denied&error_description=The%20resource%20owner%20denied%20the%20request&state=xyz',
    },
    body: '',
    source: "seed redirect 'access_denied (query)': seed 002 OAuth2 error/error_description, RFC 6749 §4.1.2.1",
  },
  // test/conformance/cases/graphql-rpc.ts 'github-graphql/rate-limited',
  // https://github.com/stursby/hasvuepassedreactyet/issues/5 (HTTP 200, as the reporter states).
  // GitHub's GraphQL endpoint answers `application/json`; the paste shows only the body.
  {
    name: 'graphql-200',
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: json({ data: null, errors: [{ message: 'API rate limit exceeded', type: 'RATE_LIMITED' }] }),
    source: 'github-graphql/rate-limited: github.com/stursby/hasvuepassedreactyet/issues/5',
  },
] as const satisfies readonly Scenario[];

export type ScenarioName = (typeof scenarios)[number]['name'];

/** The scenarios a client reports as a failure: every status outside 2xx. */
export const failures = scenarios.filter((scenario) => scenario.status >= 300);

const byName: ReadonlyMap<string, Scenario> = new Map(scenarios.map((s) => [s.name, s]));

/** The scenario of a name; undefined for a path the server does not serve. */
export function scenario(name: ScenarioName): Scenario;
export function scenario(name: string): Scenario | undefined;
export function scenario(name: string): Scenario | undefined {
  return byName.get(name);
}
