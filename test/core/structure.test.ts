import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { isEnvelopeKey } from '../../src/core/keys';
import { kindOfCode } from '../../src/core/kinds';
import { folded, quality } from '../../src/core/text';
import { durationMs, waitInText } from '../../src/core/timing';

// The structural reader, one convention at a time. Each shape is the smallest piece of a real API's
// body that shows the convention (the API is named); the conformance corpus has the whole bodies.
const NOW = Date.UTC(2026, 10, 22, 12);
const read = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  normalizeError({ status, headers, body }, { now: NOW });
const fields = (status: number, body: unknown) => read(status, body).fieldErrors.map((e) => [e.field, e.message]);

describe('field errors found by structure', () => {
  it.each([
    [
      'field (GoCardless)',
      { error: { errors: [{ field: 'branch_code', message: 'must be a number' }] } },
      'branch_code',
    ],
    [
      'Field, capitalised (Square)',
      { errors: [{ code: 'VALUE_EMPTY', detail: 'Field must not be blank.', Field: 'idempotency_key' }] },
      'idempotency_key',
    ],
    [
      'propertyPath (Symfony, API Platform)',
      { violations: [{ propertyPath: 'items[0].name', message: 'This value should not be blank.' }] },
      'items.0.name',
    ],
    ['pointer (RFC 9457)', { errors: [{ detail: 'must be positive', pointer: '#/age' }] }, 'age'],
    [
      'source.pointer (JSON:API)',
      { errors: [{ detail: 'is too short', source: { pointer: '/data/attributes/firstName' } }] },
      'firstName',
    ],
    [
      'loc (FastAPI)',
      { detail: [{ loc: ['body', 'items', 0, 'name'], msg: 'Field required', type: 'missing' }] },
      'items.0.name',
    ],
    [
      'location with its transport prefix (Huma)',
      { errors: [{ message: 'expected length >= 3', location: 'body.title' }] },
      'title',
    ],
    [
      'instancePath (ajv, Fastify)',
      { validation: [{ instancePath: '/email', message: 'must match format "email"' }] },
      'email',
    ],
    [
      'members (ABP)',
      { error: { validationErrors: [{ message: 'The Email field is required.', members: ['email'] }] } },
      'email',
    ],
    [
      'FieldName (ServiceStack)',
      {
        ResponseStatus: {
          Errors: [{ ErrorCode: 'NotEmpty', FieldName: 'Name', Message: "'Name' must not be empty." }],
        },
      },
      'Name',
    ],
    ['in (HubSpot)', { errors: [{ message: 'is required', in: 'name', code: 'REQUIRED' }] }, 'name'],
    [
      'meta.param_name (Clerk)',
      {
        errors: [{ message: 'is not allowed', long_message: 'domain is not allowed', meta: { param_name: 'domain' } }],
      },
      'domain',
    ],
    [
      'a bean-validation method path (Quarkus)',
      { violations: [{ field: 'create.arg0.name', message: 'must not be blank' }] },
      'name',
    ],
  ])('%s', (_name, body, path) => {
    expect(fields(400, body).map(([field]) => field)).toEqual([path]);
  });

  it('JSend: a `fail` holds a map of fields in `data`, an `error` its error (the spec’s examples; Postal’s)', () => {
    // The JSend spec's examples (github.com/omniti-labs/jsend, README): "If the reasons for failure correspond to POST
    // values, the response object's keys SHOULD correspond to those POST values". JSend leaves the status to the API.
    for (const status of [200, 400])
      expect(read(status, { status: 'fail', data: { title: 'A title is required' } })).toMatchObject({
        kind: 'validation',
        fieldErrors: [{ field: 'title', message: 'A title is required' }],
      });
    // Postal's send API (its request specs): the error's code and sentence in `data`, with a 200.
    expect(
      read(200, {
        status: 'error',
        time: 0,
        flags: {},
        data: { code: 'UnauthenticatedFromAddress', message: 'The From address is not authorised to send mail' },
      }),
    ).toMatchObject({ code: 'UnauthenticatedFromAddress', message: 'The From address is not authorised to send mail' });
  });

  it('an item wrapped in an object naming its type (Adyen) is the item', () => {
    expect(
      fields(422, {
        invalidFields: [{ InvalidField: { name: 'email', value: 'x', message: "The 'email' 'x' is invalid." } }],
      }),
    ).toEqual([['email', "The 'email' 'x' is invalid."]]);
  });
  it('an item that names its field and lists its messages (Hetzner)', () => {
    expect(
      fields(400, {
        error: {
          code: 'invalid_input',
          message: 'invalid input',
          details: { fields: [{ name: 'name', messages: ['is too long'] }] },
        },
      }),
    ).toEqual([['name', 'Is too long']]);
  });
  it('a map of fields under `data` (PocketBase) and under `message` (GitLab)', () => {
    expect(
      fields(400, {
        code: 400,
        message: 'Failed to create record.',
        data: { email: { code: 'validation_invalid_email', message: 'Must be a valid email address.' } },
      }),
    ).toEqual([['email', 'Must be a valid email address.']]);
    expect(fields(400, { message: { bio: ['is too long (maximum is 255 characters)'] } })).toEqual([
      ['bio', 'Is too long (maximum is 255 characters)'],
    ]);
  });
  it('Discord nests fields by index, `fields` among them, with `_errors` as the leaves', () => {
    const body = {
      code: 50035,
      message: 'Invalid Form Body',
      errors: {
        embeds: {
          '0': {
            fields: {
              '1': {
                value: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 1024 or fewer in length.' }] },
              },
            },
          },
        },
      },
    };
    expect(fields(400, body)).toEqual([['embeds.0.fields.1.value', 'Must be 1024 or fewer in length.']]);
  });
  it('a field called description or title is a field, not the envelope (Django REST framework)', () => {
    const error = read(400, { title: ['This field is required.'], description: ['This field may not be blank.'] });
    expect(error).toMatchObject({
      kind: 'validation',
      format: 'field-dictionary',
      message: 'Check your answers and try again.',
    });
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['title', 'description']);
  });
  it('envelope members are never fields, and a map of values that are not messages is no map of fields', () => {
    expect(fields(404, { message: 'The user does not exist', code: 'not_found', status: 404 })).toEqual([]);
    expect(
      fields(400, { error: { message: 'Invalid request', validation: { source: 'payload', keys: ['email'] } } }),
    ).toEqual([]);
    expect(fields(400, { errors: { detail: 'Not Found' } })).toEqual([]);
  });
  it('GitHub: the field is `field`, not `resource` or `code`; the message is made from the code', () => {
    const error = read(422, {
      message: 'Validation Failed',
      errors: [{ resource: 'Label', field: 'name', code: 'already_exists' }],
      documentation_url: 'https://docs.github.com/rest',
    });
    expect(error.fieldErrors).toEqual([{ field: 'name', message: 'Name: already exists', code: 'already_exists' }]);
    expect(error).toMatchObject({
      kind: 'conflict',
      code: 'already_exists',
      message: 'It clashes with something that already exists or has just changed.',
    });
  });
  it('a body that is a list of errors is read as one', () => {
    expect(
      fields(400, [
        { field: 'email', message: 'is invalid' },
        { field: 'name', message: 'is required' },
      ]),
    ).toEqual([
      ['email', 'Is invalid'],
      ['name', 'Is required'],
    ]);
    expect(read(401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }])).toMatchObject({
      code: 'INVALID_SESSION_ID',
      message: 'Session expired or invalid',
    });
  });
  it('an error object about one field names it (Stripe `param`, Mollie `field`)', () => {
    expect(
      read(400, {
        error: {
          type: 'invalid_request_error',
          code: 'parameter_missing',
          message: 'Missing required param: amount.',
          param: 'amount',
        },
      }).fieldErrors,
    ).toEqual([{ field: 'amount', message: 'Missing required param: amount.', code: 'parameter_missing' }]);
    expect(
      fields(422, {
        status: 422,
        title: 'Unprocessable Entity',
        detail: 'The payment method is not enabled',
        field: 'payment.method',
      }),
    ).toEqual([['payment.method', 'The payment method is not enabled']]);
  });
  it('a GraphQL error path points into the response, never at a field', () => {
    expect(
      fields(200, {
        data: { user: null },
        errors: [{ message: 'User was deleted', path: ['user'], locations: [{ line: 1, column: 2 }] }],
      }),
    ).toEqual([]);
  });
  it('the search is bounded: a body of 200,000 items and 100 levels returns at most 1,000 errors', () => {
    const wide = { errors: Array.from({ length: 200_000 }, (_, i) => ({ field: `f${i}`, message: 'is required' })) };
    expect(read(422, wide).fieldErrors.length).toBeLessThanOrEqual(1000);
    let deep: unknown = { field: 'x', message: 'deep' };
    for (let i = 0; i < 100; i++) deep = { errors: [deep] };
    expect(() => read(422, deep)).not.toThrow();
  });
});

it('an issue whose path is empty is about the whole input, whatever else it lists (zod unrecognized_keys)', () => {
  // zod.dev/error-formatting: `{ code: "unrecognized_keys", keys: ["extraKey"], path: [], message }`.
  const issues = [
    {
      code: 'invalid_type',
      expected: 'string',
      path: ['username'],
      message: 'Invalid input: expected string, received number',
    },
    { code: 'unrecognized_keys', keys: ['extraKey'], path: [], message: 'Unrecognized key: "extraKey"' },
  ];
  expect(fields(400, { issues })).toEqual([
    ['username', 'Invalid input: expected string, received number'],
    [undefined, 'Unrecognized key: "extraKey"'],
  ]);
});

describe('the message chosen by quality, not position', () => {
  it.each([
    ['a sentence', 'Your card has insufficient funds.', 'sentence'],
    ['a code', 'card_declined', 'code'],
    ['an all-capitals code', 'EMAIL_EXISTS', 'code'],
    ['a lone word', 'Overloaded', 'word'],
    ['a reason phrase', 'Not Found', 'reason'],
    ['a reason phrase with its number', 'HTTP 404 Not Found', 'reason'],
    ['a generic summary', 'Validation Failed', 'generic'],
    ["ASP.NET's summary", 'One or more validation errors occurred.', 'generic'],
    ['a headline that points at the list', "For field-specific details, see the 'errors' array.", 'generic'],
    ['a Java null dereference', 'Cannot invoke "com.example.shop.Item.getOwner()" because "item" is null', 'developer'],
    ['SQL', 'duplicate key value violates unique constraint "users_email_key"', 'developer'],
    ['a JSON parse error', 'Unexpected token } in JSON at position 12', 'developer'],
    ['a GraphQL query error', 'Cannot query field "nme" on type "User".', 'developer'],
    ['infrastructure', 'error connecting to redis', 'developer'],
    ['zod issues as JSON (tRPC)', '[ { "code": "invalid_type", "path": [] } ]', 'developer'],
    ['markup', '<b>Oops</b>', 'markup'],
  ])('%s', (_name, text, kind) => {
    expect(quality(text)).toBe(kind);
  });
  it('a sentence beats a generic headline and a code, wherever each sits', () => {
    const error = read(422, {
      message: 'Validation failed',
      error: { code: 'invalid_email', detail: 'The email address is not valid.' },
    });
    expect(error.message).toBe('The email address is not valid.');
  });
  it('developer text goes to details, the default to the message (Spring Boot)', () => {
    const spring = {
      timestamp: '2026-11-22T12:00:00Z',
      status: 500,
      error: 'Internal Server Error',
      message: 'Cannot invoke "com.example.shop.Item.getOwner()" because "item" is null',
      path: '/items/1',
    };
    const error = read(500, spring);
    expect(error.message).toBe('Try again later.');
    expect(error.details).toContain('getOwner()');
  });
  it('when only field messages exist, the default summarizes', () => {
    expect(read(422, { errors: { email: ['is invalid'] } }).message).toBe('Check your answers and try again.');
  });
  it('a sentence sent as text/plain is text even when it mentions HTML', () => {
    const error = normalizeError({
      status: 400,
      headers: { 'content-type': 'text/plain' },
      body: 'HTML is not allowed in your bio.',
    });
    expect(error).toMatchObject({ format: 'text', message: 'HTML is not allowed in your bio.' });
  });
  // RFC 9110 §15 and RFC 6585 name every reason phrase; a server that sends one as its whole text says
  // only the status. Seen sent alone: wretch 2 with errorType(null) puts a 402's status text in `message`.
  it.each([
    [402, 'Payment Required'],
    [407, 'Proxy Authentication Required'],
    [416, 'Range Not Satisfiable'],
    [417, 'Expectation Failed'],
    [421, 'Misdirected Request'],
    [423, 'Locked'],
    [424, 'Failed Dependency'],
    [425, 'Too Early'],
    [426, 'Upgrade Required'],
    [428, 'Precondition Required'],
    [431, 'Request Header Fields Too Large'],
    [451, 'Unavailable For Legal Reasons'],
    [505, 'HTTP Version Not Supported'],
    [507, 'Insufficient Storage'],
    [508, 'Loop Detected'],
    [511, 'Network Authentication Required'],
  ])('a %i whose text is only its reason phrase (%s) gets the default message', (status, phrase) => {
    const error = normalizeError({ status, headers: { 'content-type': 'text/plain' }, body: phrase });
    expect(error.message).not.toContain(phrase);
    expect(normalizeError({ status, body: { message: phrase } }).message).not.toContain(phrase);
  });
  it.each([
    ["Ajv's report", 'must NOT have additional properties', 'developer'],
    ["Python jsonschema's report", "'running' is not one of ['success', 'failed'] - 'state'", 'developer'],
    ['the same words rewritten for people (GOV.UK Notify)', 'status bad is not one of [created, sending]', 'sentence'],
    ["an exception's class after its text", "cannot access local variable 'bill' (UnboundLocalError)", 'developer'],
    ['a pointer to the server logs', 'Data integrity conflict. See server logs for details.', 'developer'],
    [
      'a report of another service’s status',
      'Illegal request to https://a.example/b.tiff. HTTP Status: 404.',
      'developer',
    ],
    ['a validation error “on this request”', 'There was a validation error on this request', 'generic'],
    ['“Invalid request body”', 'Invalid request body', 'generic'],
  ])('%s', (_name, text, kind) => {
    expect(quality(text)).toBe(kind);
  });
  it('a generic headline before the sentence only introduces it, unless the whole is a developer report', () => {
    expect(read(422, { message: "Validation failed: Email can't be blank" }).message).toBe("Email can't be blank");
    // Apify's: both halves only say that the input was wrong.
    expect(read(400, { error: { message: 'Invalid input: The request body contains invalid data.' } }).message).toBe(
      'Check your answers and try again.',
    );
    // Quickwit's and libSQL's "Internal error: `…`" stays the developer's.
    expect(read(500, { message: 'Internal error: `storage error: timeout`' }).message).toBe('Try again later.');
  });
  it('a placeholder in angle brackets is text, not markup (Google LocalizedMessage)', () => {
    expect(read(429, { error: { message: 'Zone <us-east1-a> is out of capacity.' } }).message).toBe(
      'Zone us-east1-a is out of capacity.',
    );
  });
});

describe('kind from codes across vendors', () => {
  it.each([
    ['ThrottlingException', 'rate-limited'],
    ['RESOURCE_EXHAUSTED', 'rate-limited'],
    ['rate_limit_exceeded', 'rate-limited'],
    ['SlowDown', 'rate-limited'],
    ['already_exists', 'conflict'],
    ['EMAIL_EXISTS', 'conflict'],
    ['validation_not_unique', 'conflict'],
    ['invalid_grant', 'unauthenticated'],
    ['InvalidAccessKeyId', 'unauthenticated'],
    ['NotAuthorizedException', 'unauthenticated'],
    ['AccessDenied', 'forbidden'],
    ['UnauthorizedOperation', 'forbidden'],
    ['NoSuchKey', 'not-found'],
    ['resource_missing', 'not-found'],
    ['InvalidParameterValue', 'validation'],
    ['GRAPHQL_VALIDATION_FAILED', 'bad-request'],
    ['overloaded_error', 'unavailable'],
    ['DEADLINE_EXCEEDED', 'timeout'],
    ['ITEM_LOGIN_REQUIRED', undefined],
  ])('%s is %s', (code, kind) => {
    expect(kindOfCode(code)).toBe(kind);
  });
  it('a code outranks 400, 403 and a 200, a throttle code outranks a 503; a 401 and a 404 stay what they are', () => {
    expect(read(400, { error: { code: 'ThrottlingException', message: 'Rate exceeded' } }).kind).toBe('rate-limited');
    expect(read(403, { error: 'invalid_token', error_description: 'The token expired' }).kind).toBe('unauthenticated');
    expect(read(400, { code: 'already_exists', message: 'A label with this name exists.' }).kind).toBe('conflict');
    expect(read(409, { error_summary: 'path/not_found/..', error: { '.tag': 'path' } }).kind).toBe('not-found');
    expect(
      normalizeError({
        status: 503,
        headers: {},
        body: '<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>',
      }).kind,
    ).toBe('rate-limited');
    expect(read(401, { code: 'already_exists', message: 'Sign in again.' }).kind).toBe('unauthenticated');
    expect(read(404, { code: 'ThrottlingException', message: 'No such route.' }).kind).toBe('not-found');
    expect(read(500, { code: 'invalid_grant', message: 'Token service failed.' }).kind).toBe('server');
  });
  it("a lone item's code says more than its envelope's category (GoCardless)", () => {
    const error = read(409, {
      error: {
        message: 'Bank account already exists',
        type: 'validation_failed',
        code: 409,
        errors: [{ reason: 'bank_account_exists', message: 'Bank account already exists' }],
      },
    });
    expect(error).toMatchObject({ kind: 'conflict', code: 'bank_account_exists' });
  });
});

describe('retry time from every convention', () => {
  const retry = (status: number, headers: Record<string, string>, body: unknown = null) => {
    const { retryAt } = read(status, body, headers);
    return retryAt === undefined ? undefined : (retryAt - NOW) / 1000;
  };
  it('an epoch or a delta is decided against the clock the caller passes, not a calendar year', () => {
    const epoch = String(NOW / 1000 + 90);
    expect(retry(429, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': epoch })).toBe(90);
    // 2013's epoch seen from 2026 is no reset time near now: it counts as seconds, clamped to a day.
    expect(retry(429, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1372700873' })).toBe(86_400);
    // Read against a clock in 2013, the same number is an epoch 10 seconds away.
    expect(
      normalizeError(
        { status: 429, headers: { 'x-ratelimit-reset': '1372700873' }, body: null },
        { now: 1372700863_000 },
      ).retryAt,
    ).toBe(1372700873_000);
  });
  it('per-resource and vendor-prefixed reset headers: the exhausted resource that resets last', () => {
    expect(
      retry(429, {
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-reset-requests': '1s',
        'x-ratelimit-remaining-tokens': '0',
        'x-ratelimit-reset-tokens': '6m0s',
      }),
    ).toBe(360);
    expect(
      retry(429, {
        'anthropic-ratelimit-requests-remaining': '0',
        'anthropic-ratelimit-requests-reset': '2026-11-22T12:00:30Z',
      }),
    ).toBe(30); // Pushover's family says only "limit" (its 429 to an app over its monthly messages).
    expect(
      retry(429, { 'x-limit-app-limit': '10000', 'x-limit-app-remaining': '0', 'x-limit-app-reset': '1795348830' }),
    ).toBe(30);
  });
  it('body hints in seconds and milliseconds, durations and RetryInfo', () => {
    expect(retry(429, {}, { error: { message: 'Too many requests, slow down.', retry_after: 2.5 } })).toBe(2.5);
    expect(retry(429, {}, { message: 'Too many requests, slow down.', retryAfterMs: 1500 })).toBe(1.5);
    expect(
      retry(429, {}, { ok: false, description: 'Too Many Requests: retry after 5', parameters: { retry_after: 5 } }),
    ).toBe(5);
    expect(
      retry(
        503,
        {},
        {
          code: 'unavailable',
          message: 'The service is busy.',
          details: [{ type: 'google.rpc.RetryInfo', debug: { retryDelay: '30s' } }],
        },
      ),
    ).toBe(30);
  });
  it.each([
    ['1m30s', 90_000],
    ['500ms', 500],
    ['00:00:30', 30_000],
    ['1.02:03:04', 93_784_000],
    ['PT1M30S', 90_000],
  ])('the duration %s', (text, ms) => {
    expect(durationMs(text)).toBe(ms);
  });
  it.each([
    ['Please try again in 1.5s.', 1500],
    ['Rate limit is exceeded. Try again in 5 seconds.', 5000],
    ["Please try again after '5' seconds.", 5000],
    ['Request was throttled. Expected available in 59 seconds.', 59_000],
    ['Too Many Requests: retry after 3', 3000],
    // Every unit as words spell it: minutes and hours are not milliseconds.
    ['Try again in 5 minutes.', 300_000],
    ['Please try again in 2 mins', 120_000],
    ['Please wait 1 hour before trying again.', 3_600_000],
    ['try again in 500 milliseconds', 500],
    // SmartThings' item message and Home Connect's description (test/conformance/pending/unseen-2026-12-05-h.ts).
    ['attempt 20 limit 10 - retry in 43074 millis', 43_074],
    ['Requests are blocked during the remaining period of 50460 seconds.', 50_460_000],
    ['Your session expires in 30 days.', undefined],
  ])('a wait written in text: %s', (text, ms) => {
    expect(waitInText(text)).toBe(ms);
  });
});

describe('support ids', () => {
  it('a body id wins over headers; gateway, CDN and W3C trace headers are read', () => {
    expect(
      read(500, { message: 'Internal failure, quote this id.', request_id: 'body-id' }, { 'x-request-id': 'header-id' })
        .logId,
    ).toBe('body-id');
    expect(read(502, null, { 'x-amz-cf-id': 'cf-id' }).logId).toBe('cf-id');
    expect(read(500, null, { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' }).logId).toBe(
      '4bf92f3577b34da6a3ce929d0e0e4736',
    );
  });
  it('an id printed in an error page when no header names one (Cloudflare "Ray ID")', () => {
    const page =
      '<html><body><h1>Error 522</h1><p>Connection timed out</p><p>Cloudflare Ray ID: <strong>7d4c6c2f9e8b1234</strong></p></body></html>';
    expect(normalizeError({ status: 522, headers: { 'content-type': 'text/html' }, body: page }).logId).toBe(
      '7d4c6c2f9e8b1234',
    );
  });
  it('no id from words after “reference” (TeamCity’s “Check the reference is correct”): an id holds a digit', () => {
    const text = 'Could not find the entity requested. Check the reference is correct and the user has permissions.';
    expect(
      normalizeError({ status: 404, headers: { 'content-type': 'text/plain' }, body: text }).logId,
    ).toBeUndefined();
  });
});

// Where the thirty-fourth to thirty-sixth holdouts' conventions stop: each rule taught by a real body, and the nearest
// text or code it must leave alone.
describe('the newest conventions, and where they stop', () => {
  it.each([
    ["a C++ library's names", 'Cannot translate text: basic_string::_S_construct null not valid', 'developer'],
    [
      "an IPv6 address's hex groups are no C++ names",
      'Your address 2001:db8:abcd::ff00 is not on the allow list.',
      'sentence',
    ],
    [
      'an address and port behind the service',
      'None of the configured nodes are available: [{10.0.0.1:9300}]',
      'developer',
    ],
    [
      'an address and port in a URL the person sent',
      'The callback URL http://127.0.0.1:8000/done is not valid.',
      'sentence',
    ],
    [
      'a record at a position is no parser position',
      'Record at position 1 is not valid because fields cannot be empty',
      'sentence',
    ],
    ['a parser position', 'Unexpected character at position 12', 'developer'],
    [
      'a product named after its infrastructure',
      'A consumer with the specified name already exists in the Kafka Bridge.',
      'sentence',
    ],
  ])('%s', (_name, text, kind) => {
    expect(quality(text)).toBe(kind);
  });

  it('reads text quoted whole without its quotes (RabbitMQ)', () => {
    expect(read(406, { error: 'Not Acceptable', reason: '"Not Acceptable"\n' }).message).toBe(read(406, {}).message);
  });

  it('reads a problem type by its last segment, and a state only when something names it', () => {
    expect(kindOfCode('https://shlink.io/api/error/invalid-data')).toBe('validation');
    expect(kindOfCode('https://rev.ai/api/v1/errors/invalid-job-state')).toBe('conflict');
    // OAuth's `state` parameter that did not match is no resource's state.
    expect(kindOfCode('invalid_state')).not.toBe('conflict');
  });

  it('takes `Items` holding error items for the error, and leaves a lower-case `items` of records alone', () => {
    const loqate = read(200, { Items: [{ Error: '2', Description: 'Unknown key', Cause: 'The key was not found.' }] });
    expect([loqate.message, loqate.fieldErrors]).toEqual(['Unknown key', []]);
    const records = read(409, { message: 'Conflict', items: [{ id: 7, description: 'Blue mug, 300 ml' }] });
    expect(records.message).not.toContain('Blue mug');
  });
});

describe('the thirty-seventh holdout’s conventions, and where they stop', () => {
  it('keeps the brackets around a slot’s name, and takes them off a value Google filled in', () => {
    expect(read(200, { WARNING: 'Need user=<username>&password=<password>' }).message).toBe(
      'Need user=<username>&password=<password>',
    );
    expect(read(404, { error_msg: 'dtable <base_name> not found.' }).message).toBe('Dtable <base_name> not found.');
    expect(read(429, { error: { message: 'Zone <us-east1-a> is out of capacity.' } }).message).toBe(
      'Zone us-east1-a is out of capacity.',
    );
  });

  it('reads "not valid" as invalid in a code, and a key that is required as a missing credential', () => {
    expect(kindOfCode('signature_is_not_valid')).toBe('unauthenticated');
    expect(kindOfCode('token_not_valid')).toBe('unauthenticated');
    expect(kindOfCode('access_key_required')).toBe('unauthenticated');
    // A field's value that is required is no credential.
    expect(kindOfCode('email_required')).not.toBe('unauthenticated');
  });

  it('reads a sign-in refused with a 422, and leaves a new password’s rules to validation', () => {
    const folio = { errors: [{ message: 'Password does not match', code: 'password.incorrect' }] };
    expect(read(422, folio).kind).toBe('unauthenticated');
    expect(read(422, { errors: [{ message: 'Password is too short', code: 'password.invalid' }] }).kind).toBe(
      'validation',
    );
  });

  it('reads an item’s message given as a list of one beside its field, and a field called `title` stays a field', () => {
    expect(fields(422, { error: 'color is missing', errors: [{ field: 'color', message: ['is missing'] }] })).toEqual([
      ['color', 'Is missing'],
    ]);
    expect(fields(400, { title: ['This field is required.'] })).toEqual([['title', 'This field is required.']]);
  });

  it('reads an `option` as the field a rendering API’s item names', () => {
    const body = {
      error_code: 'invalid_options',
      error_message: 'One or more options are invalid.',
      errors: [{ option: 'url', message: 'The "url" option is required.' }],
    };
    expect(fields(400, body)).toEqual([['url', 'The "url" option is required.']]);
    expect(read(400, body).message).toBe(read(400, { errors: [{ field: 'url', message: 'x is bad' }] }).message);
  });

  it('reads a line that only names which parameter is missing as generic, but keeps it as a field’s message', () => {
    expect(quality("Missing 'name' parameter")).toBe('generic');
    expect(quality('Missing required parameter: templateId')).toBe('generic');
    // Zulip's names its field beside it: the line is that field's message.
    const zulip = { code: 'REQUEST_VARIABLE_MISSING', msg: "Missing 'content' argument", var_name: 'content' };
    expect(fields(400, zulip)).toEqual([['content', "Missing 'content' argument"]]);
    // So does a name after "field:" (OCPI's, NutritionSignals'), since the fifty-seventh holdout; a person's word there
    // stays (Zuora's).
    expect(quality('Missing required field: type')).toBe('generic');
    expect(quality('Missing required value: Name')).toBe('sentence');
  });

  it('reads what an HTTP client reports of another service’s answer, and a SigV4 parser, as developer text', () => {
    expect(
      quality('Server error: `GET https://api.example.com/x` resulted in a `502 Bad Gateway` response: {"m": 1}'),
    ).toBe('developer');
    expect(quality("Authorization header requires 'Credential' parameter.")).toBe('developer');
    expect(quality('Your authorization header requires a fresh token.')).toBe('sentence');
  });

  it('reads `desc` as a message, a text code as a code, and a `payload` list of one as the error', () => {
    const event = { ilsevent: 1001, textcode: 'NO_SESSION', desc: 'User login session has either timed out' };
    const evergreen = read(200, { payload: [event], status: 200 });
    expect([evergreen.kind, evergreen.code, evergreen.message]).toEqual([
      'unauthenticated',
      'NO_SESSION',
      'User login session has either timed out',
    ]);
    // A record's number beside the result is no field (`{ target: 210, result: [event] }`).
    const hold = { ilsevent: '1707', textcode: 'HOLD_EXISTS', desc: 'User already has an open hold on the item' };
    expect(read(200, { payload: [{ target: 210, result: [hold] }], status: 200 }).kind).toBe('conflict');
  });

  it('reads a `warning` only when it is the whole body: beside an error, a deprecation notice is not the error', () => {
    expect(read(400, { warning: 'Need user and password' }).message).toBe('Need user and password');
    const laravel = {
      message: 'The given data was invalid.',
      warning: 'This API version is deprecated.',
      errors: { email: ['The email has already been taken.'] },
    };
    expect(read(422, laravel).message).toBe(read(422, {}).message);
    expect(read(422, laravel).fieldErrors.map((e) => e.field)).toEqual(['email']);
  });

  it('reads an error status’s `data.errorMessage`, and a body whose other members are null', () => {
    expect(read(503, { code: 'MAINTENANCE', data: { errorMessage: '現在メンテナンス中です。' } }).message).toBe(
      '現在メンテナンス中です。',
    );
    const explanation = 'The name of the metadata field is invalid';
    const vidispine = { notFound: null, invalidInput: { context: 'metadata-field', explanation }, conflict: null };
    expect(read(400, vidispine).message).toBe(explanation);
  });

  it.each([
    ['a part that failed, by its name', 'Resource Server Error.'],
    ['some of the instructions', 'There was an error with one or more parts of the instructions.'],
    ['parameters missing or invalid', 'One or more parameters were missing or invalid.'],
    ['an option value', 'Invalid option value'],
    ['a failed sign-in, in Japanese', '認証に失敗しました'],
    ['parameters not correct, in Japanese', 'リクエストヘッダやボディのパラメタが正しくありません。'],
  ])('reads a line that says only that something failed as generic: %s', (_name, text) => {
    expect(quality(text)).toBe('generic');
  });

  it('reads an interjection and an error id around a generic line as generic (Seqera)', () => {
    const seqera = read(400, { message: 'Oops... Unable to process request - Error ID: 54apnFENQxbvCXcoqJqXbu' });
    expect(seqera.message).toBe(read(400, {}).message);
  });
});

describe('the thirty-eighth holdout’s conventions, and where they stop', () => {
  it('reads a list of one under a singular name as its line, but not a DRF field holding one message', () => {
    const autodata = { status: 403, message: 'Forbidden', code: 'M03140300', info: ['Not Authorized'] };
    expect(read(403, autodata).message).toBe('Not Authorized');
    expect(fields(400, { title: ['This field is required.'] })).toEqual([['title', 'This field is required.']]);
  });

  it('reads a month’s allowance spent as a quota', () => {
    expect(kindOfCode('FREE_PLAN_EXCEEDS_MONTHLY_TESTS')).toBe('rate-limited');
    expect(kindOfCode('monthly_limit_reached')).toBe('rate-limited');
  });

  it.each([
    ['a JWT library’s parser', 'The token was expected to have 3 parts, but got 0.'],
    ['PostgreSQL’s missing database', '3D000: database "OpenHolidaysApi" does not exist'],
    ['npm jsonschema’s report without its `instance`', 'requires property "latitude"'],
    [
      'a query compiler’s line',
      "Virtuoso 37000 Error SP030: SPARQL compiler, line 6: syntax error at '<1)' before '0'",
    ],
  ])('reads %s as developer text', (_name, text) => {
    expect(quality(text)).toBe('developer');
  });

  it('keeps a sentence that only sounds like a schema report', () => {
    expect(quality('Your plan does not match the requested region.')).toBe('sentence');
  });

  it.each([
    ['a service’s part by name', 'Backend Error'],
    ['data without an article', 'Data is invalid.'],
    ['a parameter that did not pass validation', 'One of your params did not pass validation'],
    [
      'an apology before a generic line',
      "We're sorry, but we could not complete your request. Please try again later.",
    ],
    ['an error while processing', 'An error occurred while processing your request.'],
  ])('reads a line that says only that something failed as generic: %s', (_name, text) => {
    expect(quality(text)).toBe('generic');
  });
});

describe('the thirty-ninth holdout’s conventions, and where they stop', () => {
  it.each([
    ['ActiveRecord’s lookup', 'Couldn\'t find Component with [WHERE "components"."page_id" = $1]'],
    ['R’s condition with its call', 'Argument "sigID" is missing, with no default In call: downloadSignature(x = 1)'],
  ])('reads %s as developer text', (_name, text) => {
    expect(quality(text)).toBe('developer');
  });

  it('keeps a sentence that names a call in words', () => {
    expect(quality('Your request was received. In call: support will reply shortly.')).toBe('sentence');
  });

  it('reads `problems` holding one error object as the error (Botmaker)', () => {
    const botmaker = { problems: { code: 304, message: 'Invalid channel. Valid channels are [52155]' }, result: {} };
    expect(read(200, botmaker).message).toBe('Invalid channel. Valid channels are [52155]');
    // A list of field problems stays fields.
    expect(fields(400, { problems: [{ field: 'email', message: 'is not an e-mail address' }] })).toEqual([
      ['email', 'Is not an e-mail address'],
    ]);
  });
});

describe('the fortieth holdout’s conventions, and where they stop', () => {
  it('reads an XML error whose `<error>` sits under a code’s name, with `<requestreference>` as its support id', () => {
    // Secure Trading's XML gateway: before, converting the `<error>` element to a number threw, and the read was lost.
    const secureTrading =
      "<?xml version='1.0' encoding='utf-8'?><responseblock version=\"3.67\">" +
      '<requestreference>W3-umbf5bv2</requestreference><response type="ERROR"><timestamp>2015-09-24</timestamp>' +
      '<error><message>Refund amount too great</message><code>20007</code></error></response></responseblock>';
    const error = read(200, secureTrading, { 'content-type': 'text/xml' });
    expect([error.message, error.code, error.logId]).toEqual(['Refund amount too great', '20007', 'W3-umbf5bv2']);
  });

  it('reads XML attributes as PHP writes them in JSON (`@attributes`), and an `err` object as no field', () => {
    const webPurify = {
      rsp: {
        '@attributes': { stat: 'fail' },
        err: { '@attributes': { code: '100', msg: 'Invalid API Key' } },
        text: 'x',
      },
    };
    const error = read(200, webPurify);
    expect([error.message, error.code, error.fieldErrors]).toEqual(['Invalid API Key', '100', []]);
  });

  it('reads text under `response` when the body says it failed, and only then', () => {
    const poloniex = { success: 0, response: 'You may only generate one deposit address per currency per day.' };
    expect(read(200, poloniex).message).toBe(poloniex.response);
    expect(read(500, { success: true, response: 'Queued for delivery today.' }).message).toBe(read(500, {}).message);
  });

  it('finds the error inside objects that say nothing themselves and hold one object each', () => {
    const wirecard = {
      FunctionID: 'dummy_description',
      CC_TRANSACTION: {
        TransactionID: '1',
        PROCESSING_STATUS: {
          FunctionResult: 'NOK',
          ERROR: { Message: 'Credit card number not allowed in demo mode.' },
        },
      },
    };
    expect(read(200, wirecard).message).toBe('Credit card number not allowed in demo mode.');
    // An object with its own sentence keeps it; one holding two objects names neither as the error.
    const beside = { message: 'Your card was declined.', transaction: { error: { message: 'Issuer reference 7.' } } };
    expect(read(402, beside).message).toBe('Your card was declined.');
    const two = { order: { error: { message: 'The order was cancelled.' } }, customer: { name: 'Ann' } };
    expect(read(200, two).message).toBe(read(200, {}).message);
  });

  it('reads a form-encoded reply as developer text, not a line with an equals sign', () => {
    expect(quality('response=3&responsetext=Invalid amount REFID:3502949755&authcode=&transactionid=')).toBe(
      'developer',
    );
    expect(quality('Use limit=5 to see fewer results.')).toBe('sentence');
  });

  it('reads a list under a name that ends in `Error` as errors, not a field (AirNow)', () => {
    const airNow = { WebServiceError: [{ Message: 'Invalid API key' }] };
    expect([read(401, airNow).message, read(401, airNow).fieldErrors]).toEqual(['Invalid API key', []]);
    // A field of any other name holding items stays a field.
    expect(fields(422, { postcode: [{ message: 'Postcode is not valid.' }] })).toEqual([
      ['postcode', 'Postcode is not valid.'],
    ]);
  });

  it('reads the field a lone error object names in `source.pointer` or `details.field`', () => {
    const tidepool = { code: 'type-not-string', title: 'type is not string', source: { pointer: '/deviceModel' } };
    expect(fields(400, tidepool)).toEqual([['deviceModel', 'Type is not string']]);
    expect(read(400, tidepool).kind).toBe('validation');
    const transparentMedz = {
      error: {
        code: 'BAD_REQUEST',
        message: 'Missing required parameter: drug_id',
        details: { field: 'drug_id', reason: 'required' },
      },
    };
    expect(fields(400, transparentMedz)).toEqual([['drug_id', 'Required']]);
    // A `source` in text names where the error came from, not a field (Mastercard's).
    expect(fields(400, { Source: 'Security.Credential', Description: 'The key is not valid.' })).toEqual([]);
  });

  it('reads an input named before "missing" as a validation code, and a missing resource as not found', () => {
    expect(kindOfCode('case_id_missing')).toBe('validation');
    expect(kindOfCode('resource_missing')).toBe('not-found');
  });

  it.each([
    ['a headline that points to the list by its node', 'Input validation failed, error description in problems node!'],
    ['a request invalid or malformed', 'The request is invalid or malformed'],
    ['a body with an invalid or malformed property', 'The request body contains an invalid or a malformed property'],
    ['a body that failed its schema', 'The json body provided does not match the expected schema'],
    ['a field without a name', 'Invalid field'],
    ['input data in error', 'Error in input data'],
    ['a body property', 'Invalid body property'],
  ])('reads %s as generic', (_name, text) => {
    expect(quality(text)).toBe('generic');
  });

  it('reads a reason phrase with an exclamation mark as one, and keeps a line naming which field', () => {
    expect(quality('Not found!')).toBe('reason');
    expect(quality('Invalid email field')).toBe('sentence');
  });

  it.each([
    ['a request that came without a body', 'The body within the request is empty'],
    [
      'a schema validator’s report with a lettered rule',
      "Xml-message was not in accordance to schema: cvc-complex-type.2.4.b: The content of element 'exit-urls' is not complete.",
    ],
  ])('reads %s as developer text', (_name, text) => {
    expect(quality(text)).toBe('developer');
  });
});

describe('the forty-first holdout’s conventions, and where they stop', () => {
  it.each([
    [
      'a native library’s source line and assertion',
      'OpenCV(4.2.0) /io/opencv/modules/imgproc/src/resize.cpp:4048: error: (-215:Assertion failed) inv_scale_x > 0',
    ],
    ['gojsonschema’s report on the document’s root', "(root): field 'first_name' was not filled"],
    ['a failure to parse the body, GitHub’s way', 'Problems parsing JSON'],
  ])('reads %s as developer text', (_name, text) => {
    expect(quality(text)).toBe('developer');
  });

  it('keeps a sentence that names a file without its line', () => {
    expect(quality('Upload a smaller file than photo.png, please.')).toBe('sentence');
  });

  it('reads a code naming the request’s parameters as a parameter’s, and the request as a whole as a bad request', () => {
    expect(kindOfCode('INVALID_REQUEST_PARAMS')).toBe('validation');
    expect(kindOfCode('incorrect_parameters')).toBe('validation');
    expect(kindOfCode('IncorrectParameter')).toBe('validation');
    expect(kindOfCode('INVALID_REQUEST')).toBe('bad-request');
  });

  it('reads `sub_type` as the code under its category (Method)', () => {
    const method = {
      success: false,
      data: { error: { type: 'INVALID_REQUEST', code: 400, sub_type: 'INVALID_AMOUNT', message: 'Amount too low.' } },
    };
    expect([read(400, method).code, read(400, method).kind]).toEqual(['INVALID_AMOUNT', 'validation']);
    // A field called `subtype` stays a field.
    expect(fields(400, { error: { subtype: ['This field is required.'] } })).toEqual([
      ['subtype', 'This field is required.'],
    ]);
  });

  it.each([
    ['a reason phrase behind an area’s name', 'Proxy: unauthorized', 'reason'],
    ['the 404’s reason phrase in Russian', 'Не найдено', 'generic'],
    ['an incorrect parameter, in Russian', 'Передан некорректный параметр', 'generic'],
    ['an incorrect request body, in Russian', 'Некорректное тело запроса', 'generic'],
    ['a limiter’s id', 'Limited by c122a060-a7fb-4bb4-abb0-32fd4e18d489', 'generic'],
    ['incorrect parameters', 'Incorrect request parameters', 'generic'],
    ['an error of any sort while processing', 'A simulated error occurred while processing your request.', 'generic'],
  ] as const)('reads %s as saying no more than the status', (_name, text, kind) => {
    expect(quality(text)).toBe(kind);
  });

  it('keeps a Russian sentence that says what was refused', () => {
    expect(quality('Доступ запрещен')).toBe('sentence');
  });

  it('reads lines about no field on a 2xx as no validation failure, and a field named on one as one', () => {
    const ocrSpace = { IsErroredOnProcessing: true, ErrorMessage: ['Timed out waiting for results.', 'Please retry.'] };
    expect(read(200, ocrSpace).kind).toBe('unknown');
    expect(read(200, { errors: [{ field: 'email', message: 'is not valid' }] }).kind).toBe('validation');
  });
});

describe('the forty-second holdout’s conventions, and where they stop', () => {
  const xml = (body: string) => read(200, body, { 'content-type': 'application/xml' });

  it('reads an error told in the attributes of an empty root element, and not the query’s own attributes', () => {
    // The Catalogue of Life web service answers a search with a 200 and an empty `<results>` element.
    const body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<results id="" name="asdfasdfdf" total_number_of_results="0" ' +
      'start="0" error_message="No names found" version="1.9 rev 2126ab0" rank=""/>\n';
    expect([xml(body).kind, xml(body).message, xml(body).code]).toEqual(['unknown', 'No names found', undefined]);
    // Flickr's `msg` attribute beside its `code`.
    const flickr =
      '<?xml version="1.0" encoding="utf-8" ?><rsp stat="fail"><err code="100" msg="Invalid API Key" /></rsp>';
    expect([xml(flickr).message, xml(flickr).code]).toEqual(['Invalid API Key', '100']);
  });

  it.each([
    ['an error while processing, without “while”', 'An error occurred processing your request', 'generic'],
    ['a JWT library that could not decode the signature', 'Error decoding signature.', 'developer'],
    [
      '“something is wrong with your input”, in Indonesian',
      'Ada yang salah dengan input kamu, cek kembali yuk!',
      'generic',
    ],
    ['“an error occurred”, in Indonesian', 'Terjadi kesalahan.', 'generic'],
  ] as const)('reads %s as saying no more than the status', (_name, text, kind) => {
    expect(quality(text)).toBe(kind);
  });

  it('keeps a sentence that says what went wrong in processing, and an Indonesian one that says what was refused', () => {
    expect(quality('An error occurred processing your payment: the card was declined.')).toBe('sentence');
    expect(quality('Saldo tidak mencukupi')).toBe('sentence');
  });
});

describe('the forty-third holdout’s conventions, and where they stop', () => {
  it('reads text that is the whole of `response` as the message (Brightpearl)', () => {
    expect(read(401, { response: 'Authorization token expired' }).message).toBe('Authorization token expired');
  });

  it('reads LoopBack 4’s envelope by its `code`, not as Strapi’s `name` (Katana)', () => {
    const katana = {
      error: {
        statusCode: 422,
        name: 'UnprocessableEntityError',
        message: 'The request body is invalid. See error object `details` property for more info.',
        code: 'VALIDATION_FAILED',
        details: [{ path: '.city', code: 'maxLength', message: 'should NOT be longer than 10 characters' }],
      },
    };
    expect(read(422, katana).code).toBe('maxLength');
    // Strapi's own envelope keeps its `name` as the code.
    const strapi = { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Forbidden', details: {} } };
    expect(read(403, strapi).code).toBe('ForbiddenError');
  });

  it('gives the one field an error names its generic line, and the response the kind’s default (Serpii)', () => {
    const serpii = {
      success: false,
      error: {
        code: 'VALIDATION_ERROR',
        message: 'Invalid or missing required parameter: q',
        details: { field: 'q' },
      },
    };
    expect([read(400, serpii).message, fields(400, serpii)]).toEqual([
      'Check your answers and try again.',
      [['q', 'Invalid or missing required parameter: q']],
    ]);
  });

  it.each([
    ['a key not allowed to do what it asked', 'API_KEY_NOT_ALLOWED_TO_PLAN_DOOR_TO_DOOR', 'forbidden'],
    ['“no <thing> found”', 'no_client_found', 'not-found'],
    ['HAFAS’s parameter code', 'API_PARAM', 'validation'],
  ] as const)('reads %s as its kind', (_name, code, kind) => {
    expect(kindOfCode(code)).toBe(kind);
  });

  it.each([
    ['golang-jwt’s report', 'token contains an invalid number of segments', 'developer'],
    ['Java’s number parser', 'Cannot parse parameter id as Long: For input string: "None"', 'developer'],
    ['any deserializer’s report', 'An error occurred while deserializing input data.', 'developer'],
    ['IIS’s custom error module', 'The custom error module does not recognize this error.', 'developer'],
    ['a parameter named in backticks', 'Invalid value for Parameter `limit`.', 'generic'],
    ['a parameter invalid or missing, by name', 'Invalid or missing required parameter: q', 'generic'],
  ] as const)('reads %s as saying no more to a person', (_name, text, kind) => {
    expect(quality(text)).toBe(kind);
  });

  it('keeps what the codes and lines do not cover', () => {
    expect(kindOfCode('nothing_found')).toBeUndefined();
    expect(quality('Invalid or missing API key')).toBe('sentence');
    expect(quality('Your request has a number of segments we cannot route.')).toBe('sentence');
  });
});

describe('the forty-fourth holdout’s conventions, and where they stop', () => {
  it('reads the sentence in `data` when `message` holds only a code, and that code’s kind beside a number (Samsung Knox)', () => {
    const knox = {
      errorId: 'string',
      code: 4000000,
      message: 'RESOURCE_INVALID_PARAM',
      data: 'Device ID list cannot be empty',
    };
    expect([read(400, knox).kind, read(400, knox).message, read(400, knox).code]).toEqual([
      'validation',
      'Device ID list cannot be empty',
      '4000000',
    ]);
  });

  it('reads a camel-case code alone in `message` as the code, and not a brand’s name (IDkollen)', () => {
    expect(read(400, { message: 'alreadyInProgress' }).code).toBe('alreadyInProgress');
    expect(read(400, { message: 'eBay' }).code).toBeUndefined();
  });

  it('reads a SOAP 1.2 `<Detail>` around one `<detail>` as its text (Swisscom Mobile ID)', () => {
    const fault =
      '<soapenv:Envelope xmlns:soapenv="http://www.w3.org/2003/05/soap-envelope"><soapenv:Body><soapenv:Fault>' +
      '<soapenv:Code><soapenv:Value>soapenv:Sender</soapenv:Value></soapenv:Code><soapenv:Reason>' +
      '<soapenv:Text xml:lang="en">WRONG_PARAM</soapenv:Text></soapenv:Reason><soapenv:Detail>' +
      '<ns1:detail xmlns:ns1="http://kiuru.methics.fi/mssp">Illegal msisdn</ns1:detail></soapenv:Detail>' +
      '</soapenv:Fault></soapenv:Body></soapenv:Envelope>';
    expect(read(500, fault, { 'content-type': 'application/soap+xml' }).message).toBe('Illegal msisdn');
  });

  it('keeps a GraphQL error’s “not authorized”, which says what was refused (Udacity)', () => {
    const udacity = {
      data: null,
      errors: [{ message: 'not authorized', path: ['programProgress'], extensions: { code: 'UNAUTHORIZED' } }],
    };
    expect([read(200, udacity).kind, read(200, udacity).message]).toEqual(['forbidden', 'not authorized']);
  });

  it('reads access not allowed as refused (Quizizz)', () => {
    expect(kindOfCode('user.ACCESS_NOT_ALLOWED')).toBe('forbidden');
  });

  it.each([
    ['the “specified” request parameters', 'The specified request parameters are not valid.', 'generic'],
    ['curl’s report of another server’s status', 'The requested URL returned error: 404', 'developer'],
    ['Python’s call with a wrong argument', "GuiBrowse() got an unexpected keyword argument 'foobar'", 'developer'],
  ] as const)('reads %s as saying no more to a person', (_name, text, kind) => {
    expect(quality(text)).toBe(kind);
  });
});

describe('the forty-sixth holdout’s conventions, and where they stop', () => {
  it('reads a word under a `subStatusCode` as the code beside its numeric category (Hikvision), not a number there', () => {
    const hikvision =
      '<ResponseStatus version="1.0"><requestURL>/ISAPI/System/IO/inputs/901</requestURL><statusCode>4</statusCode>' +
      '<statusString>Invalid Operation</statusString><subStatusCode>invalidOperation</subStatusCode></ResponseStatus>';
    expect(read(403, hikvision, { 'content-type': 'application/xml' }).code).toBe('invalidOperation');
    expect(read(400, { error: { code: 'OAuthException', error_subcode: 460, message: 'Session expired.' } }).code).toBe(
      'OAuthException',
    );
  });

  it('reads a body’s one line of prose under a name no part goes by (Compiler Explorer), and no date, name or second line', () => {
    expect(read(422, { exit: 2, answer: "Style 'bad-base' is not supported" }).message).toBe(
      "Style 'bad-base' is not supported",
    );
    const defaultOf422 = read(422, {}).message;
    expect(read(422, { exit: 2, at: 'Sun, 22 Mar 2020 22:42:24 GMT' }).message).toBe(defaultOf422);
    expect(read(422, { exit: 2, answer: 'Unknown format tool', output: 'the tool printed nothing' }).message).toBe(
      defaultOf422,
    );
    expect(read(404, { developerMessage: 'The requested resource does not exist.' }).message).toBe(
      read(404, {}).message,
    );
  });

  it('reads no field from an exception class in a SOAP fault’s `detail` (Correios)', () => {
    const fault =
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>' +
      '<faultcode>soap:Server</faultcode><faultstring>CEP NAO ENCONTRADO</faultstring><detail>' +
      '<ns2:SigepClienteException xmlns:ns2="http://cliente.bean.master.sigep.bsb.correios.com.br/">CEP NAO ' +
      'ENCONTRADO</ns2:SigepClienteException></detail></soap:Fault></soap:Body></soap:Envelope>';
    expect(read(500, fault, { 'content-type': 'text/xml' }).fieldErrors).toEqual([]);
  });

  it('reads a `translation` beside an English `description` as the message (QI Tech)', () => {
    const qitech = {
      title: 'Bad Request',
      description: 'No API Client Key received',
      translation: 'Nenhuma chave de API do cliente recebida',
      code: 'GDF000003',
    };
    expect(read(400, qitech).message).toBe('Nenhuma chave de API do cliente recebida');
  });

  it('reads credits none left as a quota (IBM Quantum)', () => {
    expect(kindOfCode('NOT_CREDITS_AVALIABLES')).toBe('rate-limited');
  });

  it.each([
    ['a parameter error', 'Param error', 'generic'],
    ['data sent that is not valid', 'The data sent is not valid', 'generic'],
    [
      'Docker’s daemon behind a service',
      'Sandbox not found: Error response from daemon: No such container: x',
      'developer',
    ],
    ['a command-line tool’s report', 'Error awaiting results: sbatch: error: Batch job submission failed', 'developer'],
  ] as const)('reads %s as saying no more to a person', (_name, text, kind) => {
    expect(quality(text)).toBe(kind);
  });
});

describe('the forty-seventh holdout’s conventions, and where they stop', () => {
  it('reads a message member by its shape: `returnMessage` (La Poste)', () => {
    const laPoste = {
      returnCode: 400,
      returnMessage: 'Le numéro que vous avez saisi n’est pas valide.',
      lang: 'fr_FR',
      scope: 'open',
    };
    expect(read(400, laPoste).message).toBe('Le numéro que vous avez saisi n’est pas valide.');
  });

  it('reads a lone warning beside an empty object as the error, and no field from a list of warnings (PostNL)', () => {
    const postnl = { CurrentStatus: {}, Warnings: [{ Message: 'No shipment found', Code: '2' }] };
    expect([read(200, postnl).message, read(200, postnl).fieldErrors]).toEqual(['No shipment found', []]);
    // Beside a member that says something, a warning is not the error.
    expect(
      read(200, { CurrentStatus: { Shipment: 'x' }, Warnings: [{ Message: 'No shipment found' }] }).message,
    ).not.toBe('No shipment found');
  });

  it('reads a code alone in `message` beside a reason phrase in `error` (Klevu), and no status number as a phrase', () => {
    expect(read(401, { status: 401, error: 'Unauthorized', message: 'invalid-credentials' }).code).toBe(
      'invalid-credentials',
    );
    const mercadoPago = {
      message: 'invalid parameters ',
      error: 'bad_request',
      status: 400,
      cause: [{ code: '130', description: 'Invalid customer data' }],
    };
    expect(read(400, mercadoPago).code).toBe('130');
  });

  it('reads a wait in rate-limiter-flexible’s `msBeforeNext` (Segment) and in the person’s sentence on a 401 (Tealium)', () => {
    const segment = {
      errors: [
        {
          type: 'RequestError',
          message: 'Too many requests',
          data: { remainingPoints: 0, msBeforeNext: 57647, consumedPoints: 21 },
        },
      ],
    };
    expect(read(429, segment).retryAt).toBe(NOW + 57647);
    const tealium = {
      returnCode: 1402,
      message: 'Too many unsuccessful login attempts. Please try again in 10 minutes',
    };
    expect(read(401, tealium).retryAt).toBe(NOW + 600_000);
    // A wait in developer details on a 401 sets none: only the person's sentence does.
    expect(read(401, { message: 'Invalid token', details: 'retry after 30 seconds' }).retryAt).toBeUndefined();
  });

  it.each([
    ['a request format that is invalid', 'Request format is invalid', 'generic'],
    ['a provided property', 'A provided property has an invalid format', 'generic'],
    ['a failed login', 'Failed to Login', 'generic'],
    [
      'a request submission with a plea',
      'Invalid request submission. Please check supplied parameters or request body.',
      'generic',
    ],
    [
      'Werkzeug’s stock 400',
      'BadRequest: The browser (or proxy) sent a request that this server could not understand',
      'generic',
    ],
    ['a JavaScript parser’s report', 'Function invocation failed: Unexpected identifier', 'developer'],
    ['Ruby’s nil printed as a value', 'missing parameter: json=nil, write_apikey=nil', 'developer'],
    [
      'Google’s JSON mapping',
      'Invalid JSON payload received. Unknown name "origin" at \'grid\': Cannot find field.',
      'developer',
    ],
    ['a protobuf wire type', 'Invalid value at \'x\' (TYPE_INT32), "{x}"', 'developer'],
    ['int() on text', "datetime invalid literal for int() with base 10: b'37-0'", 'developer'],
    ['jsonschema’s anyOf', "{'granules': ['a']} is not valid under any of the given schemas", 'developer'],
    ['an Elasticsearch error type', 'index_not_found_exception: no such index [x]', 'developer'],
  ] as const)('reads %s as saying no more to a person', (_name, text, kind) => {
    expect(quality(text)).toBe(kind);
  });

  it('keeps what the corpus keeps: Ajv’s “should have required property” and RFC 9457’s “Your request is not valid.”', () => {
    expect(quality("body should have required property 'name'")).toBe('sentence');
    expect(quality('Your request is not valid.')).toBe('sentence');
  });
});

describe('the forty-eighth holdout’s conventions, and where they stop', () => {
  it('reads an item’s `issue` as its message (FundraiserMax)', () => {
    const body = {
      statusCode: 400,
      error: 'Bad Request',
      message: "Validation failed: 'email' must be a valid email address.",
      details: [{ field: 'email', issue: 'must be a valid email address' }],
    };
    expect(fields(400, body)).toEqual([['email', 'Must be a valid email address']]);
  });

  it('keeps a field’s one word in any alphabet, and reads `global_error` as no field (FundraisingBox)', () => {
    expect(fields(400, { errors: [{ field: 'foo', code: 'invalid', message: 'Ungültig' }] })).toEqual([
      ['foo', 'Ungültig'],
    ]);
    const globalError = read(400, { errors: [{ field: 'global_error', code: 'invalid_json', message: '' }] });
    expect([globalError.kind, globalError.code, globalError.fieldErrors]).toEqual(['bad-request', 'invalid_json', []]);
  });

  it('reads a wait until a reset written without a unit as seconds (CharityQuery)', () => {
    const body = { code: 'rate_limited', message: 'Met daily limit for this tier, time until reset 43122' };
    expect(read(429, body).retryAt).toBe(NOW + 43_122_000);
  });

  it('reads `TokenException` as a credential code (Kite Connect)', () => {
    expect(kindOfCode('TokenException')).toBe('unauthenticated');
  });

  it.each([
    ['a value specified for a parameter', "Invalid value specified for 'instrument'", 'generic'],
    ['an error completing the request', 'An error occurred completing your request', 'generic'],
    ['not all required fields', 'Not all required fields were present in input JSON', 'generic'],
    ['JSON quoted whole', '"{"error_description":"Exception while authenticating","error":"x"}"', 'developer'],
    ['wrong JSON', 'Wrong JSON', 'developer'],
    ['a token not decoded', 'Bearer token could not be decoded properly', 'developer'],
    ['a server not reached', 'Public Key Server necessary to validate the token could not be reached', 'developer'],
    ['no nodes online', 'Cannot compute /options, no nodes are online.', 'developer'],
    ['graphql-ruby’s variable check', 'Variable $id of type EncodedId! was provided invalid value', 'developer'],
  ] as const)('reads %s as saying no more to a person', (_name, text, kind) => {
    expect(quality(text)).toBe(kind);
  });

  it('keeps what the corpus keeps: ActiveRecord’s lookup and a destination that could not be reached', () => {
    expect(quality("Couldn't find Order with 'id'=1762272")).toBe('sentence');
    expect(quality('The destination could not be reached by car.')).toBe('sentence');
  });
});

describe('the fiftieth holdout’s conventions, and where they stop', () => {
  it('reads a zod issue about an input named like a part of the request as that input (Zamp)', () => {
    const zamp = {
      code: 'BAD_REQUEST',
      message: 'Input validation failed',
      issues: [
        { code: 'invalid_type', message: 'Required', path: ['payload'], expected: 'string', received: 'undefined' },
      ],
    };
    const error = read(400, zamp);
    expect([error.kind, error.code, fields(400, zamp)]).toEqual([
      'validation',
      'invalid_type',
      [['payload', 'Required']],
    ]);
  });

  it('still reads a part of the request alone in FastAPI’s `loc` as the whole part, no field', () => {
    // FastAPI's own tests (fastapi/fastapi tests/test_tutorial/test_body/test_tutorial001.py, `body_missing`).
    const body = { detail: [{ loc: ['body'], msg: 'field required', type: 'value_error.missing' }] };
    expect(read(422, body).fieldErrors.filter((error) => error.field)).toEqual([]);
  });

  it('reads an item’s `campo` and its one line of prose, and a headline a pictograph decorates says no more (Atto)', () => {
    const atto = {
      mensaje: '📝 Items inválidos',
      errores: [
        { item: 1, campo: 'cantidad', valor: 0, regla: 'La cantidad debe ser mayor a 0' },
        { item: 2, campo: 'descripcion', regla: 'La descripción es requerida' },
      ],
      statusCode: 400,
    };
    const error = read(400, atto);
    expect([error.kind, error.messageSource, fields(400, atto)]).toEqual([
      'validation',
      'default',
      [
        ['cantidad', 'La cantidad debe ser mayor a 0'],
        ['descripcion', 'La descripción es requerida'],
      ],
    ]);
    expect(quality('⚠️ Your card was declined.')).toBe('sentence');
  });

  it('reads a code named after what failed, in kebab case (HappyTravel)', () => {
    const body = {
      status: 400,
      detail: 'Could not get availability with id 4c7569bf622e4c998a4a6b7105bc164e',
      'booking-failure-code': 'ValuationResultNotFound',
    };
    const error = read(400, body);
    expect([error.kind, error.code]).toEqual(['not-found', 'ValuationResultNotFound']);
  });

  it('reads errors that occurred, in the plural, as generic (Corpay)', () => {
    const body = {
      status: 400,
      detail: 'Errors occurred while processing the request.',
      errors: [
        {
          name: 'roomNumber',
          reason:
            'RoomNumberConflict - The room you are trying to check in is already occupied with a guest from a different company. Please verify the room number and resubmit.',
        },
      ],
    };
    expect(read(400, body).messageSource).toBe('default');
  });

  it.each([
    ['a reason phrase ending in a colon (the Go module proxy’s "not found: ")', 'not found:', 'reason'],
    [
      'git’s fatal report',
      "fatal: could not read Username for 'https://github.com': terminal prompts disabled",
      'developer',
    ],
    [
      'a command’s exit as Go reports it',
      'not found: module github.com/this-org-does-not-exist/bla: git ls-remote -q origin in /tmp/gopath/pkg/mod/cache/vcs/451f6c9522c526d03f0917c3d96d069773e43384d7f7d35301d79d02594f38ba: exit status 128:',
      'developer',
    ],
  ] as const)('reads %s as saying no more to a person', (_name, text, kind) => {
    expect(quality(text)).toBe(kind);
  });

  it('reads the fields under a Symfony form’s `children`, whatever they are called (Kimai, FOSRestBundle)', () => {
    const kimai = {
      code: 400,
      message: 'Validation Failed',
      errors: {
        errors: ['This form should not contain extra fields.'],
        children: {
          begin: {},
          end: {},
          project: { errors: ['This value is not valid.'] },
          activity: { errors: ['This value is not valid.'] },
          description: {},
          billable: {},
          tags: {},
        },
      },
    };
    expect(fields(400, kimai)).toEqual([
      [undefined, 'This form should not contain extra fields.'],
      ['project', 'This value is not valid.'],
      ['activity', 'This value is not valid.'],
    ]);
    // FOSRestBundle's own functional test (FriendsOfSymfony/FOSRestBundle Tests/Functional/SerializerErrorTest.php).
    const fosRest = {
      code: 400,
      message: 'Validation Failed',
      errors: { children: { name: { errors: ['This value should not be blank.'] } } },
    };
    expect(fields(400, fosRest)).toEqual([['name', 'This value should not be blank.']]);
  });

  it('reads the code of a `[code, message]` pair (GLPI)', () => {
    const error = read(401, ['ERROR_SESSION_TOKEN_INVALID', 'session_token seems invalid']);
    expect([error.kind, error.code, error.message]).toEqual([
      'unauthenticated',
      'ERROR_SESSION_TOKEN_INVALID',
      'Session_token seems invalid',
    ]);
    expect(read(400, ['Name is required', 'Email is required']).code).toBeUndefined();
  });
});

describe('the fifty-first holdout’s conventions, and where they stop', () => {
  it('reads a field named like an envelope member that holds `{ code, message }` items as that field (Pagoda)', () => {
    // Pagoda's (AirOne's) own API tests: Django REST framework's map of a field to its errors' details.
    expect(fields(400, { name: [{ code: 'AE-220000', message: 'specified name(hoge) already exists' }] })).toEqual([
      ['name', 'Specified name(hoge) already exists'],
    ]);
    expect(fields(400, { note: [{ code: 'AE-121000', message: 'Not a valid string.' }] })).toEqual([
      ['note', 'Not a valid string.'],
    ]);
  });

  it('still reads a list under an error’s name in another language as errors, no field (KVK’s `fout`)', () => {
    const kvk = {
      fout: [
        {
          code: 'IPD5200',
          omschrijving: 'Er zijn geen gegevens gevonden die voldoen aan de opgegeven zoekparameters.',
        },
      ],
    };
    const error = read(404, kvk);
    expect([error.kind, error.code, error.fieldErrors]).toEqual(['not-found', 'IPD5200', []]);
  });

  it('reads the one code every error carries as the response’s (ONS)', () => {
    const ons = {
      errors: [
        { code: 'ErrMissingParameters', description: 'missing properties in JSON: release_date' },
        { code: 'ErrMissingParameters', description: 'missing properties in JSON: distributions' },
        { code: 'ErrMissingParameters', description: 'missing properties in JSON: edition_title' },
      ],
    };
    expect(read(400, ons).code).toBe('ErrMissingParameters');
  });

  it('reads "rate limit", a 429’s category, as saying no more than the status (Formward)', () => {
    expect(quality('rate limit')).toBe('reason');
    expect(read(429, { ok: false, error: 'rate limit' }).messageSource).toBe('default');
  });
});

describe('the fifty-second holdout’s conventions, and where they stop', () => {
  it.each([
    [
      'Ajv’s report with the pattern it tried (EverShop)',
      'Exception in middleware finish: Exception in middleware createProduct: must match pattern "^[0-9]+$"',
    ],
    ['Django REST framework’s wrong JSON type (Misago)', 'Invalid data. Expected a dictionary, but got list.'],
    [
      'an Elixir atom printed (Pleroma)',
      'Updating config failed: :value_must_be_keyword, group: quack, key: , value: %{}',
    ],
    [
      'a token after a label (Liferay)',
      'Token: BnDK5SupcZFFKqlBiswtjHv0tw6ptDYoICH8Y/wccQAwmJzS+pvjBxSiPkDaEwnDcuvHCWuHb4slvrdSZVy3W5N2EDNbDRjljs9ksftAkp8s3Fa6bKYiu4hYsCCCCwJA',
    ],
    [
      'two digests compared (Sigstore Rekor)',
      'SHA mismatch: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 != 45c7b11fcbf07dec1694adecd8c5b85770a12a6c8dfdcf2580a2db0c47c31779',
    ],
    ['a Python object’s repr (Launchpad)', "Object: <Product at 0x2b0e6e0fdbd0>, name: u'1298369'"],
    [
      'Json.NET’s report with where it stopped (ASP.NET Web API)',
      "Required property 'Name' not found in JSON. Path '', line 1, position 17.",
    ],
    ['a signature that failed verification, without code punctuation (BaZaaRDan)', 'Signature verification failed.'],
  ] as const)('reads %s as developer text', (_name, text) => {
    expect(quality(text)).toBe('developer');
  });

  it.each([
    [
      'a plea to contact support after a generic line (Firefish)',
      'Internal error occurred. Please contact us if the error persists.',
    ],
    ['invalid post data (Trudesk)', 'Invalid Post Data'],
  ] as const)('reads %s as generic', (_name, text) => {
    expect(quality(text)).toBe('generic');
  });

  it('keeps what the corpus keeps: a sentence before the plea, a reference that is no token, a time', () => {
    expect(quality('Your card was declined. Please contact us if the error persists.')).toBe('sentence');
    expect(quality('Invalid post code')).toBe('sentence');
    expect(quality('Meeting at 10:30 is full.')).toBe('sentence');
  });

  it('reads ASP.NET Web API’s `ModelState`: a key’s leading argument is no field, the argument alone the body', () => {
    // Microsoft's "Model Validation in ASP.NET Web API" (learn.microsoft.com/aspnet/web-api/overview/
    // formats-and-model-binding/model-validation-in-aspnet-web-api), its 400 for `{ "Id":4, "Price":2.99, "Weight":5
    // }`.
    const webApi = {
      Message: 'The request is invalid.',
      ModelState: {
        product: ["Required property 'Name' not found in JSON. Path '', line 1, position 17."],
        'product.Name': ['The Name field is required.'],
        'product.Weight': ['The field Weight must be between 0 and 999.'],
      },
    };
    const error = read(400, webApi);
    expect([error.kind, error.messageSource, fields(400, webApi)]).toEqual([
      'validation',
      'default',
      [
        ['Name', 'The Name field is required.'],
        ['Weight', 'The field Weight must be between 0 and 999.'],
      ],
    ]);
    const umbraco = { Message: 'The request is invalid.', ModelState: { id: ['content with id: -1 was not found'] } };
    expect(fields(404, umbraco)).toEqual([['id', 'Content with id: -1 was not found']]);
  });
});

describe('the fifty-third holdout’s conventions, and where they stop', () => {
  it.each([
    [
      'a request to give support an id after a generic line (Novu)',
      'Internal server error, contact support and provide them with the errorId',
      'generic',
    ],
    ['a reason phrase said twice after a comma (AhaSend)', 'Too many requests, rate limited.', 'reason'],
    [
      'PyJWT’s token report (OpenStatus)',
      "invalid authentication token. Invalid token b'test': Not enough segments",
      'developer',
    ],
  ] as const)('reads %s as saying no more to a person', (_name, text, kind) => {
    expect(quality(text)).toBe(kind);
  });

  it('keeps a reason phrase with words of its own after the comma', () => {
    expect(quality('Not found, the order was deleted yesterday')).toBe('sentence');
  });

  it('keeps the support id beside Novu’s generic line', () => {
    const body = {
      statusCode: 500,
      timestamp: '2024-12-12T13:00:00Z',
      path: '/v1/events/trigger',
      message: 'Internal server error, contact support and provide them with the errorId',
      errorId: 'f1d2c3b4-a5e6-7890-1234-567890abcdef',
    };
    const error = read(500, body);
    expect([error.messageSource, error.logId]).toEqual(['default', 'f1d2c3b4-a5e6-7890-1234-567890abcdef']);
  });
});

describe('fields a body does not have: a map’s headline, a message named for its subject, data beside a problem', () => {
  it('reads text under an envelope’s name beside maps of fields as the map’s headline, no field (Tremendous)', () => {
    const body = {
      errors: {
        message: 'Order failed: validation failure',
        payload: {
          payment: {
            funding_source_id:
              'Your request was missing a funding_source_id. Tremendous requires this to determine how to pay for your order.',
          },
        },
      },
    };
    expect(fields(400, body)).toEqual([
      [
        'payment.funding_source_id',
        'Your request was missing a funding_source_id. Tremendous requires this to determine how to pay for your order.',
      ],
    ]);
  });

  it('reads a message named for what it is about as no field (Pi-hole’s `sql_msg`)', () => {
    const body = {
      error: {
        key: 'database_error',
        message: 'Could not remove domain to gravity database',
        data: { sql_msg: 'Database not available' },
      },
    };
    expect(read(402, body).fieldErrors).toEqual([]);
  });

  it('reads names listed in a problem’s `parameters` extension as data, not messages (Jooby)', () => {
    const body = {
      type: 'https://example.org/out-of-stock',
      title: 'Out of Stock',
      status: 400,
      detail: "'Coffee Grinder MX-15' is no longer available",
      parameters: { suggestions: ['Coffee Grinder MX-17', 'Coffee Grinder MX-25'] },
    };
    const error = read(400, body);
    expect([error.kind, error.fieldErrors]).toEqual(['bad-request', []]);
  });

  it('reads words with spaces in an item’s `name` as its title, no field (Swedbank Pay); a name without is a field', () => {
    const swedbank = {
      type: 'https://api.payex.com/psp/errordetail/notfound',
      title: 'Not found',
      status: 404,
      detail: 'Not found!',
      problems: [{ name: 'Payment not found', description: 'The payment with the requested paymentId was not found' }],
    };
    expect(read(400, swedbank).fieldErrors.filter((error) => error.field)).toEqual([]);
    // Hetzner Cloud's documented `invalid_input` error.
    const hetzner = {
      error: {
        code: 'invalid_input',
        message: "invalid input in field 'broken_field': is too long",
        details: { fields: [{ name: 'broken_field', messages: ['is too long'] }] },
      },
    };
    expect(fields(400, hetzner)).toEqual([['broken_field', 'Is too long']]);
  });

  it('still reads sentences listed under a weak container’s field (Petnow’s `details`)', () => {
    const body = { errors: [{ code: 'PETNOWB2B10001', details: { petId: ['This field is required.'] } }] };
    expect(fields(400, body)).toEqual([['petId', 'This field is required.']]);
  });
});

describe('the fifty-fourth holdout’s conventions, and where they stop', () => {
  it('reads a message member holding only a code as the field’s code, in words (HolidayMate’s `issue`)', () => {
    const body = {
      error: {
        code: 'VALIDATION_FAILED',
        message: '3 validation errors occurred',
        details: [
          { field: 'filter[date][gte]', issue: 'must_be_future_date' },
          { field: 'page[size]', issue: 'exceeds_max_100' },
        ],
      },
    };
    const error = read(422, body);
    expect(error.fieldErrors.map((e) => [e.field, e.message, e.code])).toEqual([
      ['filter.date.gte', 'Must be future date', 'must_be_future_date'],
      ['page.size', 'Exceeds max 100', 'exceeds_max_100'],
    ]);
    expect(error.messageSource).toBe('default');
  });

  it('still reads an item’s sentence as its message, and a code about no field as no field', () => {
    expect(fields(422, { errors: [{ field: 'email', issue: 'must be a valid email address' }] })).toEqual([
      ['email', 'Must be a valid email address'],
    ]);
    expect(fields(400, { errors: [{ issue: 'must_be_future_date' }] })).toEqual([]);
  });

  it('reads lines without their subject beside an error’s text as the field that holds them (Basecamp, Breathe HR)', () => {
    const basecamp = { error: 'Webhook is invalid', payload_url: ['is not a valid URL'] };
    expect([read(400, basecamp).kind, fields(400, basecamp)]).toEqual([
      'validation',
      [['payload_url', 'Is not a valid URL']],
    ]);
    const breathe = {
      error: { type: 'Record Invalid', 'employee[last_name]': ['missing'], 'employee[email]': ['missing'] },
    };
    expect(fields(400, breathe)).toEqual([
      ['employee.last_name', 'Missing'],
      ['employee.email', 'Missing'],
    ]);
  });

  it('still reads lists of names, values and sentences beside an error’s text as data', () => {
    const signoz = { error: { code: 'unauthenticated', message: 'Session expired', suggestions: ['sign in again'] } };
    const kakao = { msg: 'insufficient scopes.', code: -402, required_scopes: ['friends'] };
    const readme = {
      error: 'SPEC_NOTFOUND',
      message: 'The spec could not be found.',
      poem: ['We couldn’t find your spec'],
    };
    for (const body of [signoz, kakao, readme]) expect(read(400, body).fieldErrors).toEqual([]);
  });

  it.each([
    ['Dropwizard’s catch-all', 'There was an error processing your request.', 'generic'],
    ['Open Podcast’s “wrong” and “looking into it”', "Something's wrong. We're looking into it.", 'generic'],
    ['a database connection that timed out (HolidayMate)', 'Database connection timeout', 'developer'],
    ['an OSError’s number (Monarch)', 'An exception occurred: [Errno Expecting value] : 0', 'developer'],
    [
      'SolrJ’s report of the search server behind the API (ALA)',
      'Error from server at http://aws-sc4b.ala:8983/solr/biocache: undefined field locality',
      'developer',
    ],
  ] as const)('reads %s as saying nothing to a person', (_name, text, kind) => {
    expect(quality(text)).toBe(kind);
  });

  it('reads Dropwizard’s line with the id it was logged under as its catch-all (Zettle)', () => {
    const body = {
      code: 500,
      message: 'There was an error processing your request. It has been logged (ID 04ffb32b229d7a80).',
    };
    expect(read(500, body).messageSource).toBe('default');
  });

  it('keeps lines that say what went wrong with a request or its processing', () => {
    expect(quality('There was an error with the format submitted to the server.')).toBe('sentence');
    expect(quality('Something’s wrong with your card number.')).toBe('sentence');
  });
});

describe('the fifty-fifth holdout’s conventions, and where they stop', () => {
  it('reads a body’s one line of prose beside a `status` that only flags the failure (Codeforces’ `comment`)', () => {
    const body = { status: 'FAILED', comment: 'contestId: You have to be authenticated to use this method' };
    expect(read(400, body).message).toBe('ContestId: You have to be authenticated to use this method');
  });

  it('still takes a `status` written as a sentence, or holding the error, over another line', () => {
    expect(read(400, { status: 'The order was already shipped', comment: 'see the order history' }).message).toBe(
      'The order was already shipped',
    );
    const nested = { status: { message: 'Quota exhausted for today' }, comment: 'please upgrade your plan' };
    expect(read(400, nested).message).toBe('Quota exhausted for today');
  });

  it('reads Django REST framework’s form-level key camel-cased as the form’s (MetaMetrics’ `nonFieldErrors`)', () => {
    const body = {
      message: 'Invalid input.',
      validationErrors: {
        nonFieldErrors: ['Number correct must be between 0 and the number of items in the test instance: [0, 2].'],
        framework: ["'bad_framework' is NOT a valid framework. Please use one of 'lexile', 'quantile', or 'logit'."],
      },
    };
    const error = read(400, body);
    expect(error.fieldErrors.map((e) => e.field)).toEqual([undefined, 'framework']);
    expect(error.message).toBe(
      'Number correct must be between 0 and the number of items in the test instance: [0, 2].',
    );
  });

  it.each([
    [
      'a generic line with a plea to mail support the request’s id (Thinkific)',
      'Sorry, something went wrong. Please contact support@thinkific.com and include this request ID 32858202-4212-49a4-9eb5-bfa11ea41a7b in your email.',
      'generic',
    ],
    ['Go’s end of input after a summary (Soft Serve)', 'Validation error in request: EOF', 'developer'],
    [
      'Mongoose’s cast (Videsk)',
      'Cast to string failed for value "{}" (type Object) at path "cancelReason"',
      'developer',
    ],
    [
      'the database behind the service (OpenFn Lightning)',
      'Unable to process request due to temporary database issues. Please try again in 1s.',
      'developer',
    ],
  ] as const)('reads %s as saying nothing to a person', (_name, text, kind) => {
    expect(quality(folded(text) ?? '')).toBe(kind);
  });

  it('keeps a sentence before a request to mail support its id', () => {
    expect(
      quality(
        'Your card has expired. Please contact support@example.com and include this request ID abc123 in your email.',
      ),
    ).toBe('sentence');
  });

  it('reads "Authorization failed" and "Authentication Error" as the 401’s phrase: the default on a 401, what was refused on a 403', () => {
    expect(read(401, { message: 'Authorization failed.' }).messageSource).toBe('default');
    expect(read(401, { error: 'Authentication Error' }).messageSource).toBe('default');
    expect(read(403, { error: 'Authentication Error' }).message).toBe('Authentication Error');
    expect(read(403, { message: 'Authorization failed' }).message).toBe('Authorization failed');
    // Canvas Medical's FHIR OperationOutcome, whose issue code says what was refused.
    const canvas = {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'forbidden', details: { text: 'Authorization failed' } }],
    };
    expect(read(403, canvas).message).toBe('Authorization failed');
  });
});

describe('the fifty-sixth holdout’s conventions, and where they stop', () => {
  it('reads a sentence given in several languages as the first, and no field (publiq’s `endUserMessage`)', () => {
    const body = {
      type: 'https://api.publiq.be/probs/uitpas/invalid-uitpasnumber',
      title: 'UiTPAS number invalid',
      status: '400',
      detail: 'UiTPAS numbers must be exactly 13 digits.',
      endUserMessage: {
        nl: 'Het UiTPAS nummer dat je opgaf is niet geldig. (Een UiTPAS nummer bestaat uit exact 13 cijfers.)',
        en: 'The UiTPAS number you entered is not valid. (An UiTPAS number is exactly 13 digits.)',
      },
    };
    const error = read(400, body);
    expect([error.message, error.fieldErrors]).toEqual([
      'Het UiTPAS nummer dat je opgaf is niet geldig. (Een UiTPAS nummer bestaat uit exact 13 cijfers.)',
      [],
    ]);
  });

  it('reads a hostile language map without throwing', () => {
    const trap = new Proxy(
      { nl: 'Niet geldig.' },
      {
        get() {
          throw new Error('hostile getter');
        },
      },
    );
    expect(() => read(400, { title: 'Invalid', endUserMessage: trap })).not.toThrow();
    expect(read(400, { endUserMessage: { nl: 42, en: 'Not valid.' } }).messageSource).toBe('default');
  });

  it('still reads a map of fields named like languages under `errors`', () => {
    expect(fields(422, { errors: { de: ['is not a supported locale'], fr: ['is missing'] } })).toEqual([
      ['de', 'Is not a supported locale'],
      ['fr', 'Is missing'],
    ]);
  });

  it('reads Czech member names: `popis` is the sentence and `subKod` the code under `kod` (ARES)', () => {
    const body = {
      kod: 'CHYBA_VSTUPU',
      subKod: 'VYSTUP_PRILIS_MNOHO_VYSLEDKU',
      popis: 'Výsledek hledání obsahuje příliš mnoho výsledků.',
    };
    const error = read(400, body);
    expect([error.message, error.code]).toEqual([
      'Výsledek hledání obsahuje příliš mnoho výsledků.',
      'VYSTUP_PRILIS_MNOHO_VYSLEDKU',
    ]);
  });

  it.each([
    ['a count of errors found after a generic line (e-conomic)', 'Validation failed. 1 error found.', 'generic'],
    ['invalid posted data (Kinto)', 'Invalid posted data', 'generic'],
    ['invalid body data (publiq)', 'Invalid body data', 'generic'],
    ['a Go package’s error by its name (the OpenTelemetry Collector)', 'gzip: invalid header', 'developer'],
    [
      'poem-openapi’s parameter parser (Aptos)',
      'failed to parse parameter `ledger_version`: failed to parse "string(U64)": Parsing u64 string "-1" failed',
      'developer',
    ],
  ] as const)('reads %s as saying nothing to a person', (_name, text, kind) => {
    expect(quality(folded(text) ?? '')).toBe(kind);
  });

  it('keeps a search query that failed to parse (Quickwit), and a count beside what was found', () => {
    expect(quality('failed to parse query: `ERROR AND name:something`')).toBe('sentence');
    expect(quality('2 errors found in your address: the postcode does not match the city')).toBe('sentence');
  });
});

describe('a line naming only which input is missing or invalid, as the API names it (rule row of 6 December 2026)', () => {
  it.each([
    ['a lone key in small letters (Scrapio)', 'url is required'],
    ['a key in camel case (softgarden)', 'Invalid jobId'],
    ['a key with an underscore (Alpaca)', 'order_id is missing'],
    ['a quoted key (Joi, through Fastify)', '"name" is required'],
    ['a key called a parameter (Statuspage)', 'Parameter component is required'],
    ['a key called an argument (Zulip)', "Missing 'content' argument"],
    ['a key in Laravel’s words (Emitlo)', 'The from_email field is required.'],
    ['a path (Obsrv)', 'steps[0].messages[0].role is required'],
    ['two keys (AgentVoice)', 'agentId and contactId are required'],
    ['a query parameter named after its kind (Global Fishing Watch)', 'Query param dataset is required'],
    ['required parameters, none named (Maybe Finance)', 'Required parameters are missing or invalid'],
  ])('reads %s as saying nothing a person typed', (_name, line) => {
    expect(quality(folded(line) ?? '')).toBe('generic');
  });

  it.each([
    ['a person’s word for the field (WordPress)', 'Name is required'],
    ['a thing in words (Sent)', 'Invalid phone number'],
    ['a field in Laravel’s words', 'The title field is required.'],
    ['a credential by its key (Etsy)', 'access_token is invalid'],
    ['a credential called a key (TfL)', 'Invalid app_key is provided.'],
    ['a value that is not valid (Shipwire)', "unknown SKU 'FAKE-PRODUCT'"],
  ])('keeps %s', (_name, line) => {
    expect(quality(folded(line) ?? '')).toBe('sentence');
  });

  it('gives the kind’s default for such a line alone, and keeps it beside the field an error object names', () => {
    expect(read(400, { error: 'url is required' }).messageSource).toBe('default');
    const zulip = read(400, {
      code: 'REQUEST_VARIABLE_MISSING',
      msg: "Missing 'content' argument",
      result: 'error',
      var_name: 'content',
    });
    expect([zulip.messageSource, fields(400, { msg: "Missing 'content' argument", var_name: 'content' })]).toEqual([
      'default',
      [['content', "Missing 'content' argument"]],
    ]);
  });

  it('counts such lines as problems: two make a validation failure, and one beside a sentence no lone sentence', () => {
    const radius = read(400, {
      errors: [
        { status: 400, detail: 'data.attributes.uprn is required' },
        { status: 400, detail: 'data.attributes.agents is required' },
      ],
    });
    expect([radius.kind, radius.messageSource]).toEqual(['validation', 'default']);
    const mailtrap = read(400, { errors: ["'subject' is required", 'must specify either text or html body'] });
    expect([mailtrap.kind, mailtrap.messageSource]).toEqual(['validation', 'default']);
  });
});

describe('the fifty-seventh and fifty-eighth holdouts’ conventions, and where they stop', () => {
  it.each([
    ['a name after “field:” (NutritionSignals)', 'Missing required field: text'],
    ['a value for a named filter (Represent)', 'Invalid value for intersects filter'],
    ['a filter’s value (Represent)', 'Invalid filter value'],
    ['violated constraints (FROST-Server)', 'Data violates constraints.'],
    ['a query parameter (Hanks)', 'query parameter error'],
    [
      'a catch-all with a plea to give an id to support (INVERS)',
      "Internal Server Error occurred during request. Make sure to provide the 'flow_id' for troubleshooting or support requests.",
    ],
    ['a plea to call the administrator, in Portuguese (Câmara dos Deputados)', 'Erro - Contate o Administrador'],
    [
      'an unexpected error, in Spanish (Softruck)',
      'El servidor encontró un error inesperado mientras procesaba la solicitud.',
    ],
    [
      'missing parameters by their keys, in Spanish (Softruck)',
      "Faltan los parámetros obligatorios 'param1' y 'param2'.",
    ],
  ])('reads %s as generic', (_name, line) => {
    expect(quality(folded(line) ?? '')).toBe('generic');
  });

  it.each([
    ['PostGIS’s report (MapIt)', 'GetProj4StringSPI: Cannot find SRID (84) in spatial_ref_sys'],
    ['a signature that does not match (Hanks)', 'url signature no match'],
    ['a JWT check (Upbit)', 'Failed to verify the query of Jwt.'],
    ['a JWT check in Korean (Upbit)', 'Jwt의 query를 검증하는데 실패하였습니다.'],
    ['a code before a token (Douban)', 'invalid_access_token: 4b19728adfd624be'],
    [
      'JSONP (Douban)',
      ';jQuery331_157({"msg":"invalid_apikey: 0df9?q=Anker, Please contact bd-team@douban.com for authorized access.","code":104});',
    ],
  ])('reads %s as developer text', (_name, line) => {
    expect(quality(folded(line) ?? '')).toBe('developer');
  });

  it('keeps a person’s word after a colon, and a signature that is only incorrect (read both ways)', () => {
    expect(quality('Missing required value: Name')).toBe('sentence');
    expect(quality('Signature is incorrect')).toBe('sentence');
  });

  it('reads credential codes: a word beside a number, a provider’s credential, an authorization header', () => {
    expect(read(403, { error: 'BadCredentials', code: 401, message: 'Unknown user or wrong credentials.' }).kind).toBe(
      'unauthenticated',
    );
    expect(
      read(200, { state: 'error', error_type: 'provider_credential_error', error: 'Invalid username or password' })
        .kind,
    ).toBe('unauthenticated');
    expect(read(403, { error_code: '7010', error_message: 'error_authorization_header_has_wrong_format' }).kind).toBe(
      'unauthenticated',
    );
    expect(read(403, { status: 'BAD_INTERFACE_CODE_PASSWORD', comment: 'Bad Interface Code/Password' }).kind).toBe(
      'unauthenticated',
    );
  });

  it('a bare `invalid_request` says less than a 422; a GraphQL parse failure still says more', () => {
    expect(read(422, { type: 'invalid_request', message: 'Missing required field: text' }).kind).toBe('validation');
    expect(read(422, { errors: [{ message: 'x', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] }).kind).toBe(
      'bad-request',
    );
  });

  it('reads prose under the name of what holds an error, and an incident id spelled out', () => {
    const empatica = read(401, {
      status: 'error',
      statusText: 'Unauthorized',
      errorCode: 3010,
      payload: 'Invalid username or password',
    });
    expect(empatica.message).toBe('Invalid username or password');
    expect(read(404, { message: 'Not found.', incidentIdentifier: '-741931119374001616' }).logId).toBe(
      '-741931119374001616',
    );
    // A number blocks nothing it did not block before: Zephyr's catch-all beside its number stays the default.
    expect(
      read(500, {
        errorType: 'ERROR',
        clientMessage: 'We encountered some problems during processing this request. Please try again!',
        errorCode: 104,
      }).messageSource,
    ).toBe('default');
  });

  it('reads a dotted code alone in `message` (SIS ID), and not one of three segments beside a number (KuCoin)', () => {
    expect(read(400, { message: 'error.validation', fieldErrors: [] }).code).toBe('error.validation');
    expect(read(200, { code: '400600', msg: 'validation.createOrder.symbolNotAvailable' }).kind).toBe('unknown');
  });

  it('reads “Not Authorized.” sent as text on a 200 as what was refused, and on a 401 as the reason phrase', () => {
    const text = (status: number) =>
      normalizeError({ status, headers: { 'content-type': 'text/plain' }, body: 'Not Authorized.' }, { now: NOW });
    expect(text(200).message).toBe('Not Authorized.');
    expect(text(401).messageSource).toBe('default');
  });
});

describe('the fifty-ninth holdout’s conventions, and where they stop', () => {
  it('reads a short line that spells out the code beside it, word for word, as that code for a person (KQI Documatica)', () => {
    expect(read(404, { status: 'DOCUMENT_DELETED', comment: 'Document deleted' }).message).toBe('Document deleted');
    expect(read(403, { status: 'BAD_INTERFACE_CODE_PASSWORD', comment: 'Bad Interface Code/Password' }).message).toBe(
      'Bad Interface Code/Password',
    );
    // A line of other words beside a code is not its reading, and a name is no line.
    expect(read(404, { status: 'DOCUMENT_DELETED', comment: 'Archive one' }).message).toBe(read(404, {}).message);
    expect(read(404, { status: 'DOCUMENT_DELETED', owner: 'Documentdeleted' }).message).toBe(read(404, {}).message);
  });

  it('reads a lone `detail` under `errors` as the error (Phoenix’s error view), and other names there as fields', () => {
    const nerveshub = read(404, { errors: { detail: 'Resource Not Found or Authorization Insufficient' } });
    expect(nerveshub.message).toBe('Resource Not Found or Authorization Insufficient');
    expect(nerveshub.fieldErrors).toEqual([]);
    // Forms have fields called `title` (Shopify's), and `detail` beside others is one of them.
    expect(fields(422, { errors: { title: 'is required' } })).toEqual([['title', 'Is required']]);
    expect(fields(422, { errors: { title: ['is required'], detail: ['is too long'] } })).toEqual([
      ['title', 'Is required'],
      ['detail', 'Is too long'],
    ]);
  });

  it('reads Dart’s `ArgumentError` as it prints itself as developer text (Pharaoh)', () => {
    expect(quality('Invalid argument(s): Type Mismatch between ezOptional(int) & DTOTypeMismatch')).toBe('developer');
    expect(quality('Invalid argument (count): must be positive')).toBe('developer');
    expect(quality('Invalid argument: the date is in the past.')).toBe('sentence');
  });

  it('reads a problem in a GraphQL error’s extensions: its `detail` for the occurrence, its `field` for the field', () => {
    const problem = (message: string, extensions: Record<string, unknown>) =>
      read(200, { errors: [{ message, path: ['bdr', 'deviceCreate'], extensions }] });
    const notFound = problem('Device not found', {
      status: 404,
      detail: "Device with ID '019a' does not exist",
      code: 'NOT_FOUND',
    });
    expect(notFound.kind).toBe('not-found');
    expect(notFound.message).toBe("Device with ID '019a' does not exist");
    const validation = problem('Validation failed', {
      detail: "Field 'title' must not be empty",
      code: 'VALIDATION_ERROR',
      field: 'title',
    });
    expect(validation.fieldErrors.map((e) => [e.field, e.message])).toEqual([
      ['title', "Field 'title' must not be empty"],
    ]);
    expect(validation.messageSource).toBe('default');
    // An error about one field under another kind's code still names that field, and keeps its sentence.
    const duplicate = problem('A device identifier with this value already exists', {
      detail: 'A device identifier with this value already exists',
      code: 'DUPLICATE',
      field: 'identifier',
    });
    expect(duplicate.fieldErrors.map((e) => e.field)).toEqual(['identifier']);
    expect(duplicate.message).toBe('A device identifier with this value already exists');
  });

  it('reads .NET’s inner-exception pointer and “Parameter name:” line as developer text, in German too (SelectLine)', () => {
    expect(quality('Client.Send failed. See InnerException')).toBe('developer');
    expect(quality('ArticleKind.FromValue() Parametername: value Der tatsächliche Wert war .')).toBe('developer');
    expect(quality('Value cannot be null. Parameter name: source')).toBe('developer');
    expect(quality('Enter the parameter name and its value.')).toBe('sentence');
  });

  it('reads the support id in the header every answer carries (Saferpay’s `ResponseHeader.RequestId`)', () => {
    const saferpay = read(402, {
      ResponseHeader: { SpecVersion: '1.10', RequestId: '5cd2b290c5f39' },
      Behavior: 'ABORT',
      ErrorName: 'CONDITION_NOT_SATISFIED',
      ErrorMessage: "Condition 'WITH_LIABILITY_SHIFT' not satisfied",
    });
    expect(saferpay.logId).toBe('5cd2b290c5f39');
    expect(saferpay.message).toBe("Condition 'WITH_LIABILITY_SHIFT' not satisfied");
  });
});

describe('the sixtieth holdout’s conventions, and where they stop', () => {
  it('reads the error in a member no part goes by that says itself it failed (Beget’s `answer`)', () => {
    const beget = read(200, {
      status: 'success',
      answer: {
        status: 'error',
        errors: [{ error_code: 'INVALID_DATA', error_text: 'Login length cannot be greater than 12 characters' }],
      },
    });
    expect(beget.message).toBe('Login length cannot be greater than 12 characters');
    expect(beget.code).toBe('INVALID_DATA');
    // `details` that say they failed are another service’s answer (Pollinations’ upstream gateway): not the message.
    const relayed = read(500, {
      error: 'Portkey Gateway API error: 400 Bad Request',
      status: 500,
      details: { status: 'failure', message: 'Either x-portkey-config or x-portkey-provider header is required' },
    });
    expect(relayed.messageSource).toBe('default');
  });

  it('reads a reason phrase, a comma and a pointer to a page as the reason phrase (Azure Container Registry)', () => {
    expect(quality('authentication required, visit https://aka.ms/acr/authorization for more information.')).toBe(
      'reason',
    );
    expect(quality('Payment declined, visit https://example.org/help for more details')).toBe('sentence');
  });

  it('reads an error item’s `scope` as its path, unless written in capitals (the ČBA standard; Astra DB)', () => {
    expect(
      fields(400, { errors: [{ error: 'FIELD_MISSING', scope: 'merchant.identification', message: null }] }),
    ).toEqual([['merchant.identification', 'Field missing']]);
    expect(
      fields(200, {
        errors: [{ message: 'Collection does not exist', errorCode: 'COLLECTION_NOT_EXIST', scope: 'EMPTY' }],
      }),
    ).toEqual([]);
  });

  it('reads etcd’s package error by its name as developer text', () => {
    expect(quality('etcdserver: ID exists')).toBe('developer');
    expect(quality('The server ID exists already.')).toBe('sentence');
  });
});

describe('the sixty-first holdout’s conventions, and where they stop', () => {
  const xml = (body: string) =>
    normalizeError({ status: 200, headers: { 'content-type': 'text/xml' }, body }, { now: NOW });

  it('reads XML-RPC as JSON would send it: a result’s struct (INWX) and a fault (WordPress)', () => {
    const inwx = xml(
      '<?xml version="1.0" encoding="UTF-8"?><methodResponse><params><param><value><struct><member><name>code</name>' +
        '<value><int>2303</int></value></member><member><name>msg</name><value><string>Object does not exist</string>' +
        '</value></member><member><name>svTRID</name><value><string>20180918-1830945-ote</string></value></member>' +
        '</struct></value></param></params></methodResponse>',
    );
    expect(inwx.message).toBe('Object does not exist');
    expect(inwx.fieldErrors).toEqual([]);
    // wordpress-mobile/wpxmlrpc's tests hold WordPress's fault for a wrong password.
    const wordpress = xml(
      '<methodResponse><fault><value><struct><member><name>faultCode</name><value><int>403</int></value></member>' +
        '<member><name>faultString</name><value><string>Incorrect username or password.</string></value></member>' +
        '</struct></value></fault></methodResponse>',
    );
    expect(wordpress.message).toBe('Incorrect username or password.');
    // Its 403, beside the 200, is the status the fault means (the hundred-and-tenth holdout's convention), and a number
    // that only repeats the status is no code.
    expect([wordpress.kind, wordpress.code]).toEqual(['forbidden', undefined]);
  });

  it('reads “not authorized” as a code beside a 2xx as a refusal, as `Unauthorized` is (MyLight Systems)', () => {
    expect(read(200, { status: 'error', error: 'not.authorized' }).kind).toBe('forbidden');
    expect(read(401, { status: 'error', error: 'not.authorized' }).kind).toBe('unauthenticated');
  });

  it('reads a timeout code on a gateway’s status as the gateway’s failure, and its 522 phrase as no sentence (Tenon)', () => {
    const tenon = read(522, {
      response: { status: '522', message: 'Connection Time Out', code: 'request_timeout' },
    });
    expect(tenon.kind).toBe('unavailable');
    expect(tenon.messageSource).toBe('default');
    // On a 500 the code still says which failure.
    expect(read(500, { code: 'request_timeout', message: 'x' }).kind).toBe('timeout');
  });

  it('reads no code from a call’s own success or failure flag (ZenTao’s and Beget’s `status`, Authelia’s `KO`)', () => {
    expect(read(200, { status: 'success', data: { message: 'Not found' } }).code).toBeUndefined();
    expect(
      read(409, { status: 'KO', message: 'Another device is already registered with that description.' }).code,
    ).toBeUndefined();
  });

  it('reads an error object’s messages keyed by the rules it broke as its own field’s (Paymill)', () => {
    const paymill = read(400, {
      error: {
        messages: { regexNotMatch: "'tok_123' does not match against pattern '/^[a-zA-Z0-9_]{32}$/'" },
        field: 'token',
      },
    });
    expect(paymill.fieldErrors.map((e) => [e.field, e.code])).toEqual([['token', 'regexNotMatch']]);
    // Rules in capitals, or more than a few, are no rule-keyed messages: they stay what they were.
    expect(
      read(400, { error: { messages: { REGEX: 'x does not match' }, field: 'token' } }).fieldErrors.map((e) => e.code),
    ).not.toEqual(['REGEX']);
  });

  it('reads kvmd’s `ValidatorError` as a validation code, and “Mandatory Field missing” as generic (ZeptoMail)', () => {
    expect(read(400, { ok: false, result: { error: 'ValidatorError', error_msg: 'Bad value' } }).kind).toBe(
      'validation',
    );
    expect(quality('Mandatory Field missing')).toBe('generic');
    expect(quality('Required fields are missing')).toBe('generic');
    expect(quality('The mandatory field Name is missing from your profile.')).toBe('sentence');
  });
});

describe('the sixty-second holdout’s conventions, and where they stop', () => {
  it('reads a headline “due to the following error(s)” as one that points to the list below it (Stamps)', () => {
    expect(quality('Your transaction cannot be completed due to the following error(s)')).toBe('generic');
    expect(quality('The order failed with the following errors:')).toBe('generic');
    expect(quality('Payment failed due to the following reason: card expired')).toBe('sentence');
  });
});

describe('support ids both blind readers read where the kit read none', () => {
  it('reads an id the error’s text labels as one, when no member or header holds one', () => {
    expect(read(404, { message: 'Not found. Correlation ID: 5e2cf393-650e-4ea5-b713-6e3759573be9' }).logId).toBe(
      '5e2cf393-650e-4ea5-b713-6e3759573be9',
    );
    const fieldview = {
      code: 429,
      title: 'TooManyRequests',
      detail:
        'The amount of requests has reached the maximum limit of 5 within the recent 15m time period (Request ID: ac422ebf)',
    };
    expect(read(429, fieldview).logId).toBe('ac422ebf');
    // A member's id wins over the text's, and words after "id" without a colon are no id.
    expect(read(500, { message: 'Failed (Request ID: aaaaaaaa)', requestId: 'bbbbbbbb' }).logId).toBe('bbbbbbbb');
    expect(read(400, { message: 'Enter the reference id of your order' }).logId).toBeUndefined();
  });

  it('reads an activity’s, an operation’s and an invocation’s id as the support id', () => {
    expect(read(500, { errorCode: 1013, message: 'x', activityId: 'd7a5de76' }).logId).toBe('d7a5de76');
    expect(read(401, { meta: { invocationId: '95cdcc21' }, error: { status: 401, message: 'x' } }).logId).toBe(
      '95cdcc21',
    );
  });
});

describe('the sixty-fourth holdout’s conventions, and where they stop', () => {
  it('reads a context member that is a list of one object as that object (NissanConnect’s `meta: [{ traceId }]`)', () => {
    const nissan = {
      status: 'Unauthorized',
      code: '401000',
      title: 'Unauthorized',
      detail: 'Invalid or missing token',
      meta: [{ spanId: 'af4707148860b9d6', traceId: 'd93d9f2dbaf06035', component: 'alliance-platform' }],
    };
    expect(read(401, { errors: nissan }).logId).toBe('d93d9f2dbaf06035');
    // Of several, none speaks for the error.
    expect(read(401, { errors: { ...nissan, meta: [{ traceId: 'aaaaaaaa' }, { traceId: 'bbbbbbbb' }] } }).logId).toBe(
      undefined,
    );
  });

  it('reads a plural member keyed by two letters as a map of fields, not one sentence in languages (Graphite-API)', () => {
    const graphite = read(400, { errors: { tz: "Unknown timezone: 'Europe/Lausanne'." } });
    expect(graphite.kind).toBe('validation');
    expect(graphite.messageSource).toBe('default');
    expect(graphite.fieldErrors.map((e) => e.field)).toEqual(['tz']);
    // Under a singular name, a map keyed by language is still one sentence (publiq’s `endUserMessage`).
    const publiq = read(400, { endUserMessage: { nl: 'Ongeldige invoer voor de titel.', en: 'Invalid title input.' } });
    expect(publiq.message).toBe('Ongeldige invoer voor de titel.');
  });

  it('reads a response’s id in the body as the support id, as its header is, but not a number there (Timeweb Cloud)', () => {
    const timeweb = {
      status_code: 401,
      message: 'Unauthorized',
      error_code: 'unauthorized',
      response_id: '15095f25-aac3-4d60-a788-96cb5136f186',
    };
    expect(read(401, timeweb).logId).toBe('15095f25-aac3-4d60-a788-96cb5136f186');
    // SelectLine’s `ResponseId` numbers a kind of answer, beside its description.
    const selectline = { Message: 'Der AppKey ist ungültig.', ResponseId: 39, ResponseIdDescription: 'AppKeyInvalid' };
    expect(read(400, selectline).logId).toBeUndefined();
  });

  it('reads `errtext` as a message member by its shape, beside other members (Plesk’s XML API)', () => {
    const plesk = normalizeError(
      {
        status: 200,
        headers: { 'content-type': 'text/xml' },
        body:
          '<?xml version="1.0" encoding="UTF-8"?><packet version="1.6.9.1"><site><get><result><status>error</status>' +
          '<errcode>1013</errcode><errtext>Site does not exist</errtext><filter-id>bollox.com</filter-id></result>' +
          '</get></site></packet>',
      },
      { now: NOW },
    );
    expect(plesk.message).toBe('Site does not exist');
    expect(plesk.code).toBe('1013');
  });

  it('reads another service’s status and a schema’s report as developer text (Microsoft Teams, Power Automate)', () => {
    expect(
      quality(
        'Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 413 with ContextId ' +
          'tcid=622824298674363899,server=DB5PEPF00003FC8',
      ),
    ).toBe('developer');
    expect(
      quality(
        "The input body for trigger 'manual' of type 'Request' did not match its schema definition. Error details: " +
          "'Invalid type. Expected String but got Null.'.",
      ),
    ).toBe('developer');
    // A person’s word for a refused delivery stays.
    expect(quality('Your message could not be delivered because the mailbox is full.')).toBe('sentence');
  });

  it('reads a token the server could not parse, and its expiry as a timestamp, as developer text (web3.storage, Feedly)', () => {
    expect(quality('Could not parse provided API token')).toBe('developer');
    expect(quality('Token expired: 1430646225282 (-61365)')).toBe('developer');
    expect(quality('Your access token has expired. Sign in again.')).toBe('sentence');
  });

  it('reads more lines that say only that the request was bad as generic (Mozilla accounts, Azure Monitor, Teams)', () => {
    expect(quality('Invalid parameter in request body')).toBe('generic');
    expect(quality('The request had some invalid properties')).toBe('generic');
    expect(quality('Bad payload received by generic incoming webhook.')).toBe('generic');
    expect(quality('Invalid email address in the request body')).toBe('sentence');
  });

  it('reads a name written as code that “may not be empty” as naming only an input (KairosDB), not a word (Confluent)', () => {
    expect(quality('metric[0].name may not be empty.')).toBe('generic');
    expect(quality('The user_id cannot be blank.')).toBe('generic');
    expect(quality('records may not be empty')).toBe('sentence');
    expect(quality('Subject cannot be blank')).toBe('sentence');
  });

  it('reads an X-Ray trace id after the sentence as the support id, and the 401’s phrase said of the user (Qobuz)', () => {
    const qobuz = read(401, {
      code: 401,
      status: 'error',
      message: 'User authentication is required. (Root=1-69ec8f93-5ed141636423afde3e07ea4d)',
    });
    expect(qobuz.messageSource).toBe('default');
    expect(qobuz.logId).toBe('1-69ec8f93-5ed141636423afde3e07ea4d');
    expect(folded('Playlist is private. (Root=1-69ec8f93-5ed141636423afde3e07ea4d)')).toBe('Playlist is private.');
  });
});

describe('the sixty-fifth holdout’s conventions, and where they stop', () => {
  it('reads a Redfish item’s `MessageId` as its code, over a code that says only that an error occurred (Dell OME)', () => {
    const ome = read(400, {
      error: {
        code: 'Base.1.0.GeneralError',
        message: 'A general error has occurred. See ExtendedInfo for more information.',
        '@Message.ExtendedInfo': [
          {
            MessageId: 'CJOB4041',
            RelatedProperties: [],
            Message: 'Unable to retrieve the job information because no record exists for the job ID entered.',
            Severity: 'Warning',
          },
        ],
      },
    });
    expect(ome.code).toBe('CJOB4041');
    expect(ome.message).toContain('no record exists for the job ID entered');
    // A specific envelope code stays the code.
    expect(
      read(400, {
        error: { code: 'Base.1.0.ResourceInUse', '@Message.ExtendedInfo': [{ MessageId: 'X1', Message: 'A b c.' }] },
      }).code,
    ).toBe('Base.1.0.ResourceInUse');
  });

  it('reads the error a list of one result holds, whatever the list is called (Cisco APIC, JSON and XML)', () => {
    const json = read(401, {
      totalCount: '1',
      imdata: [
        {
          error: {
            attributes: { code: '401', text: 'Username or password is incorrect - FAILED local authentication' },
          },
        },
      ],
    });
    expect(json.message).toBe('Username or password is incorrect - FAILED local authentication');
    const xml = normalizeError(
      {
        status: 401,
        headers: { 'content-type': 'text/xml' },
        body:
          '<?xml version="1.0" encoding="UTF-8"?><imdata totalCount="1"><error code="401" ' +
          'text="Username or password is incorrect - FAILED local authentication"/></imdata>',
      },
      { now: NOW },
    );
    expect(xml.message).toBe('Username or password is incorrect - FAILED local authentication');
  });

  it('reads an exception told as a sentence as the message when nothing else speaks (Postcode.nl), not a class name', () => {
    const postcode = read(404, {
      exception: 'Combination does not exist.',
      exceptionId: 'PostcodeNl_Service_PostcodeAddress_AddressNotFoundException',
    });
    expect(postcode.message).toBe('Combination does not exist.');
    expect(read(500, { exception: 'java.lang.IllegalStateException' }).messageSource).toBe('default');
  });

  it('reads the Pix API’s Portuguese violations as field errors (Banco Central do Brasil)', () => {
    const pix = read(400, {
      type: 'https://pix.bcb.gov.br/api/v2/error/CobOperacaoInvalida',
      title: 'Cobrança inválida.',
      status: 400,
      detail: 'A requisição não respeita o schema.',
      violacoes: [{ razao: 'O campo cob.valor.original não respeita o schema.', propriedade: 'cob.valor.original' }],
    });
    expect(pix.kind).toBe('validation');
    expect(pix.fieldErrors.map((e) => e.field)).toEqual(['cob.valor.original']);
  });

  it('reads a token that is required or missing as a credential code, and a status written as a word (TurboSMS)', () => {
    expect(kindOfCode('REQUIRED_TOKEN')).toBe('unauthenticated');
    expect(kindOfCode('access_token_missing')).toBe('unauthenticated');
    expect(read(400, { response_code: 103, response_status: 'REQUIRED_TOKEN', response_result: null }).kind).toBe(
      'unauthenticated',
    );
    // A token among an input's words is still the input’s.
    expect(kindOfCode('tokenizer_missing')).not.toBe('unauthenticated');
  });

  it('reads a tracking id as the support id (Sophos Central)', () => {
    const sophos = { errorCode: 'oauth.invalid_client_secret', message: 'Unauthorized', trackingId: '197a2922-65e4' };
    expect(read(401, sophos).logId).toBe('197a2922-65e4');
  });

  it('reads more lines that name only an input, and ASP.NET’s stock line in German, as generic (BankID, eAPI, Billbee)', () => {
    expect(quality('Incorrect personalNumber')).toBe('generic');
    expect(quality("Expected field 'jsonrpc' not specified")).toBe('generic');
    expect(quality('Die Anforderung ist ungültig.')).toBe('generic');
    // A person’s word after “Incorrect” stays.
    expect(quality('Incorrect password')).not.toBe('generic');
  });
});

describe('the sixty-sixth holdout’s conventions, and where they stop', () => {
  it('reads a Portuguese `erros` list as the error list, its lone item the error (Banco do Brasil)', () => {
    const bb = read(400, {
      erros: [
        { codigo: '4432632', versao: '1', mensagem: 'Convenio/Carteira/Variacao nao cadastrado.', ocorrencia: 'C1' },
      ],
    });
    expect(bb.kind).toBe('bad-request');
    expect(bb.message).toBe('Convenio/Carteira/Variacao nao cadastrado.');
    expect(bb.code).toBe('4432632');
    expect(bb.fieldErrors).toEqual([]);
  });

  it('reads more lines that say only that the request failed or a parameter is missing as generic (MoMo, BCE, Hydrocron)', () => {
    expect(quality('Bad format request.')).toBe('generic');
    expect(quality('We encountered an internal error Please try again.')).toBe('generic');
    expect(quality("This required parameter is missing: 'feature'")).toBe('generic');
    // A person’s words after the same start stay.
    expect(quality('We encountered an error saving your card: the expiry date has passed.')).toBe('sentence');
  });

  it('reads AWS’s request signature that does not match as developer text, as the fifty-seventh’s row has it', () => {
    const volcengine = read(401, {
      ResponseMetadata: {
        Error: {
          Code: 'SignatureDoesNotMatch',
          Message: 'The request signature we calculated does not match the signature you provided.',
        },
      },
    });
    expect(volcengine.messageSource).toBe('default');
    expect(volcengine.code).toBe('SignatureDoesNotMatch');
    // A person's line about a signature on a document stays.
    expect(quality('The signature on page 2 is missing.')).toBe('sentence');
  });

  it('reads the error’s own `uuid` or `reference` beside its message as the support id (PSA, Lens), not a resource’s', () => {
    const psa = {
      uuid: '230ae667-8c30-41c0-b107-449fc93bd712',
      code: 40000,
      message: ' Invalid parameter: X-MPHSource',
    };
    expect(read(400, psa).logId).toBe('230ae667-8c30-41c0-b107-449fc93bd712');
    const lens = { reference: 'c90e4ecb-2eb6-460b-88d4-6ac94e38a016', message: 'Unable to authorize user.', code: 401 };
    expect(read(401, lens).logId).toBe('c90e4ecb-2eb6-460b-88d4-6ac94e38a016');
    // A resource the body carries beside the error keeps its id (Giftbit's `campaign.uuid`), and so does a body that
    // says nothing.
    const giftbit = {
      error: { code: 'ERROR_CAMPAIGN_NO_CONTACTS', message: 'x' },
      campaign: { uuid: 'b7de888384fa46a9' },
    };
    expect(read(422, giftbit).logId).toBeUndefined();
    expect(read(409, { uuid: 'b7de888384fa46a9', name: 'x' }).logId).toBeUndefined();
    // A payment's reference in words is the merchant's own.
    expect(read(402, { reference: 'ORDER-2024-0001', message: 'Card declined.' }).logId).toBeUndefined();
  });

  it('reads a `name` in small letters as a resource’s name, not the error’s code (Getnet, FortiGate)', () => {
    const getnet = read(400, {
      message: 'Bad Request',
      name: 'payments',
      status_code: 400,
      details: [
        { status: 'DENIED', error_code: 'GENERIC-400', description: 'debit.authenticated is invalid' },
        { status: 'DENIED', error_code: 'GENERIC-400', description: 'debit.delayed is invalid' },
      ],
    });
    expect(getnet.code).toBe('GENERIC-400');
    expect(read(424, { path: 'router', name: 'bgp', status: 'error', http_status: 424 }).code).toBeUndefined();
    // An error's own name stays its code (moleculer-web's, PayPal's).
    expect(read(422, { name: 'UNPROCESSABLE_ENTITY', message: 'x' }).code).toBe('UNPROCESSABLE_ENTITY');
    expect(read(400, { name: 'ValidationError', message: 'x' }).code).toBe('ValidationError');
  });
});

describe('the sixty-seventh holdout’s conventions, and where they stop', () => {
  it('reads the head of a head-and-body envelope for the error’s code (SAP Product Lifecycle Costing)', () => {
    const plc = read(404, {
      body: {},
      head: { messages: [{ code: 'GENERAL_ENTITY_NOT_FOUND_ERROR', severity: 'Error' }] },
    });
    expect(plc.kind).toBe('not-found');
    expect(plc.code).toBe('GENERAL_ENTITY_NOT_FOUND_ERROR');
    expect(plc.messageSource).toBe('default');
  });

  it('reads a body’s `responseCode` of an error status beside a 200 as the status it means (Automation Exercise)', () => {
    const exercise = read(200, { responseCode: 405, message: 'This request method is not supported.' });
    expect(exercise.kind).toBe('bad-request');
    expect(exercise.message).toBe('This request method is not supported.');
    // A success's own code says no error (a payment's `responseCode: "00"`, a 200 written again).
    expect(read(200, { responseCode: 200, message: 'Order placed.' }).kind).toBe('unknown');
  });

  it('reads lines that say only that the server failed, or restate the 422, as generic (TruSTAR, Whop, Apiera)', () => {
    expect(quality('Could not execute operation due to server error')).toBe('generic');
    expect(quality('The request was well-formed but contains semantic errors.')).toBe('generic');
    expect(quality('Bad Login')).toBe('generic');
    expect(
      quality(
        'Uh oh, something went wrong. This is something we need to fix, and isn’t on your end. We’ve been notified and are working on a fix',
      ),
    ).toBe('generic');
    // What the operation was and why it failed stays.
    expect(quality('Could not execute the transfer because the account is frozen.')).toBe('sentence');
  });

  it('reads a parameter named only by the API’s key with "an unexpected value" as generic (Digital Realty)', () => {
    expect(quality("Query parameter 'status' has an unexpected value.")).toBe('generic');
    // A person’s word stays: the line says which thing they typed was wrong.
    expect(quality('Your postcode has an unexpected value.')).toBe('sentence');
  });

  it('reads a schema validator’s report, an unparsable body and a downstream service as developer text', () => {
    expect(quality('[object has missing required properties (["operation"])]')).toBe('developer');
    expect(quality('Unparsable request body')).toBe('developer');
    expect(quality('A required downstream service is currently unavailable. Please try again later.')).toBe(
      'developer',
    );
    // A person’s service being down is theirs to know.
    expect(quality('The payment service is currently unavailable. Please try again later.')).toBe('sentence');
  });

  it('reads a problem `type` that links the HTTP spec’s section for the status as no code, as `about:blank` (DealCloud)', () => {
    const dealcloud = read(415, {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.16',
      title: 'Unsupported Media Type',
      status: 415,
    });
    expect(dealcloud.code).toBeUndefined();
    expect(
      read(400, { type: 'http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html', status: 400 }).code,
    ).toBeUndefined();
    // A vendor's own problem type is its code (RFC 9457's example).
    expect(read(403, { type: 'https://example.com/probs/out-of-credit', title: 'x', status: 403 }).code).toBe(
      'https://example.com/probs/out-of-credit',
    );
  });
});

describe('the sixty-eighth holdout’s conventions, and where they stop', () => {
  it('reads the HTTP specification’s own definitions of a status as generic (Leaseweb, LiveCoinWatch)', () => {
    expect(
      quality('The server encountered an unexpected condition that prevented it from fulfilling the request.'),
    ).toBe('generic');
    expect(
      quality(
        'The server is currently unable to handle the request due to a temporary overloading or maintenance of the server.',
      ),
    ).toBe('generic');
    const livecoinwatch = read(401, {
      error: {
        code: 401,
        status: 'Unauthorized',
        description:
          'The requester is not authorized to access the resource. This is similar to 403 but is used in cases where authentication is expected but has failed or has not been provided.',
      },
    });
    expect(livecoinwatch.messageSource).toBe('default');
    expect(quality('Access to the requested resource is forbidden.')).toBe('generic');
    expect(quality('The API could not interpret your request correctly.')).toBe('generic');
    // What was refused, and why, stays.
    expect(quality('The server is currently unable to handle exports larger than 2 GB.')).toBe('sentence');
  });

  it('reads more lines that say only that validation failed or name only inputs as generic (Videomail, Ripple)', () => {
    expect(quality('Validation for videomail failed')).toBe('generic');
    expect(quality('Invalid value "www.example.com." for parameter "fullrecordname"!')).toBe('generic');
    expect(quality('You need to pass either querystring parameters name or id')).toBe('generic');
    expect(quality('Refer to API docs at https://dev.telstra.com')).toBe('generic');
    // A person's words stay: which of two things they typed to give.
    expect(quality('You must provide either email or phone.')).toBe('sentence');
  });

  it('reads token internals, another service’s status and text for the server’s operator as developer text', () => {
    expect(quality("Jwks doesn't have key to match kid or alg from Jwt")).toBe('developer');
    expect(quality('Failed to parse Authorization header')).toBe('developer');
    expect(quality("Couldn't get Blizzard page (HTTP 503 error) : Service Unavailable")).toBe('developer');
    expect(quality('Your JSON for this request is invalid.')).toBe('developer');
    expect(quality('ERR Not authenticated')).toBe('developer');
    expect(
      quality(
        'Horizon could not decode the transaction envelope in this request. A transaction should be an XDR TransactionEnvelope struct encoded using base64.',
      ),
    ).toBe('developer');
    expect(
      quality(
        'This horizon instance is configured to reject client requests. If you operate this server, please ensure that the ingestion system is properly running.',
      ),
    ).toBe('developer');
    expect(
      quality(
        'Error from provider (Console Go): Upstream request failed: [invalid_request_error] invalid request body: json: unknown field "thinking"',
      ),
    ).toBe('developer');
    // An API gateway's policy that failed (Apigee's, before Telstra's API).
    expect(
      quality(
        'Technical error : JSONThreatProtection[cp_JSONThreatProtection.DoSAEvaluation]: Execution failed. reason: Expecting { or [ at line 1',
      ),
    ).toBe('developer');
    // A person's own document that could not be read is theirs to know.
    expect(quality('We could not decode the QR code on your ticket.')).toBe('sentence');
  });

  it('reads a message key that ends in what went wrong as no field, its lone item the message (STACKIT)', () => {
    const stackit = read(409, {
      detail: [{ key: 'project.create_conflict', msg: 'Two concurrent calls try to create the same project' }],
    });
    expect(stackit.fieldErrors).toEqual([]);
    expect(stackit.message).toBe('Two concurrent calls try to create the same project');
    // A key that names an input stays its field.
    expect(fields(422, { detail: [{ key: 'project.name', msg: 'Name is too long' }] })).toEqual([
      ['project.name', 'Name is too long'],
    ]);
  });

  it('reads the error’s own `uid` holding a UUID as its support id (MindLogger), not a user’s id', () => {
    const mindlogger = { message: 'x', type: 'internal', uid: 'e937fbda-2825-4e03-b5fc-deb9fc1be3a4' };
    expect(read(500, mindlogger).logId).toBe('e937fbda-2825-4e03-b5fc-deb9fc1be3a4');
    expect(read(404, { message: 'User not found.', uid: 'hM3kz9Qp2LX1' }).logId).toBeUndefined();
  });
});

describe('the sixty-ninth holdout’s conventions, and where they stop', () => {
  it('reads a database’s failure, a claim check, another API’s answer and a printed null as developer text', () => {
    expect(quality('Database query failed')).toBe('developer');
    expect(quality('Database connection unavailable')).toBe('developer');
    expect(quality('Claims could not be validated: Not logged in web user.')).toBe('developer');
    expect(quality('An invalid response was received from EDAP API. No meter asset ID returned.')).toBe('developer');
    expect(quality('Unexpected error checking partners: null')).toBe('developer');
    expect(quality('Authorization header malformed')).toBe('developer');
    // A person's sentence that names the key first stays (E2B's "Invalid API key, … authorization header is
    // malformed").
    expect(
      quality(
        'Invalid API key, please visit https://e2b.dev/docs to get your API key. authorization header is malformed',
      ),
    ).toBe('sentence');
  });

  it('reads OAuth’s own definition of `invalid_request`, however long, and more restatements as generic', () => {
    expect(
      quality(
        'The request is missing a required parameter, includes an unsupported parameter value (other than grant type), repeats a parameter, includes multiple credentials, utilizes more than one mechanism for authenticating the client, or is otherwise malformed.',
      ),
    ).toBe('generic');
    expect(quality("Couldn't load data")).toBe('generic');
    expect(quality('Functionality not supported by server')).toBe('generic');
    expect(quality('Access to resource forbidden')).toBe('generic');
    expect(quality('A server-side error occurred')).toBe('generic');
    expect(quality('Capture Payload too large')).toBe('reason');
    // The definition with what went wrong after it keeps that (Wolt's).
    expect(
      quality(
        'The request is missing a required parameter, includes an invalid parameter value, or is otherwise malformed. Client credentials missing or malformed in both HTTP Authorization header and HTTP POST body.',
      ),
    ).toBe('sentence');
  });

  it('reads DCSA’s error body: its item’s message, its correlation reference, a wait told beside them', () => {
    const dcsa = read(429, {
      statusCode: 429,
      statusCodeText: 'Too Many Requests',
      statusCodeMessage: 'Too many requests to fetch Port Calls has been requested. Please try again in 1 hour',
      providerCorrelationReference: '4426d965-0dd8-4005-8c63-dc68b01c4962',
      errors: {
        errorCode: 7003,
        errorCodeText: 'Max Port Call requests reached',
        errorCodeMessage: 'A maximum of 500 Port Calls can be requested per hour',
      },
    });
    expect(dcsa.message).toBe('A maximum of 500 Port Calls can be requested per hour');
    expect(dcsa.logId).toBe('4426d965-0dd8-4005-8c63-dc68b01c4962');
    expect(dcsa.retryAt).toBe(NOW + 3_600_000);
  });

  it('reads JSON-LD’s `api:has…` members by what they hold (IATA ONE Record)', () => {
    const oneRecord = read(404, {
      '@context': { api: 'https://onerecord.iata.org/ns/api#' },
      '@type': 'api:Error',
      'api:hasTitle': 'Logistics Object not found',
      'api:hasErrorDetail': [
        {
          '@type': 'api:ErrorDetail',
          'api:hasCode': '404',
          'api:hasMessage': 'Logistics Object with the specified URI could not be found in the database.',
        },
      ],
    });
    expect(oneRecord.message).toBe('Logistics Object with the specified URI could not be found in the database.');
    // Foursquare's `meta.errorDetail` string stays its message.
    expect(read(400, { meta: { code: 400, errorDetail: 'Missing access credentials.' } }).message).toBe(
      'Missing access credentials.',
    );
  });

  it('reads a bare "Authentication failed" as the 401’s phrase in other words, as "Authorization failed" is', () => {
    expect(read(401, { status: 401, message: 'Authentication Failed' }).messageSource).toBe('default');
    expect(read(401, { errorCode: 'A1', errorMessage: 'Authentication failed!' }).messageSource).toBe('default');
    expect(read(401, { error: { type: 'unauthorized', messages: ['Unauthorized request'] } }).messageSource).toBe(
      'default',
    );
    expect(read(403, { message: 'Unauthorized request' }).message).toBe('Unauthorized request');
    // Beside any other status it says what was refused (Barion's 400, NeverBounce's 200).
    expect(read(400, { Errors: [{ Title: 'Authentication failed.' }] }).message).toBe('Authentication failed.');
    // A reason after it stays (Naver's "… : Authentication failed. (…)", Cisco APIC's "… - FAILED local
    // authentication").
    expect(quality('Authentication failed: the API key has been revoked.')).toBe('sentence');
  });
});

describe('the seventieth holdout’s conventions, and where they stop', () => {
  it('reads a field error wrapped in `error` beside its links, with the sentence over the summary', () => {
    const sell = read(422, {
      errors: [
        {
          error: {
            resource: 'contact',
            field: '/invalid_field',
            code: 'unknown',
            message: 'unknown attribute',
            details: "The attribute '/invalid_field' is not a known attribute for the 'contact' resource.",
          },
          meta: { type: 'error' },
        },
      ],
      meta: { type: 'errors', logref: 'b5h8u-qn0oj-8mr2n-94mug' },
    });
    expect(sell.messageSource).toBe('default');
    expect(sell.fieldErrors.map((e) => [e.field, e.message])).toEqual([
      ['invalid_field', "The attribute '/invalid_field' is not a known attribute for the 'contact' resource."],
    ]);
    // An item whose one message is a sentence keeps it, and one with two keeps the first sentence.
    expect(fields(422, { errors: [{ field: 'name', message: 'is required', details: 'x' }] })).toEqual([
      ['name', 'Is required'],
    ]);
    // The Weather Company's `errors: [{ error: { code, message } }]` names no field: its sentence speaks.
    expect(read(400, { errors: [{ error: { code: 'X1', message: 'The location is not supported.' } }] }).message).toBe(
      'The location is not supported.',
    );
  });

  it('reads a JSON Pointer beside a problem’s `detail` as the field it is about', () => {
    const lookup = read(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'name is required',
      code: 'MISSING_NAME',
      pointer: '/subjects/0/name',
    });
    expect(lookup.kind).toBe('validation');
    expect(lookup.fieldErrors.map((e) => [e.field, e.message])).toEqual([['subjects.0.name', 'name is required']]);
  });

  it('reads a UUID given as a reference in parentheses as the support id', () => {
    const doaj = read(400, {
      status: 'bad_request',
      error: 'Supplied data was not valid JSON (ref: 7c4c2a64-bb04-11e7-932a-04015bfb3501)',
    });
    expect(doaj.logId).toBe('7c4c2a64-bb04-11e7-932a-04015bfb3501');
    // A reference that is no UUID is a word in a sentence.
    expect(read(400, { error: 'See the guide (ref: chapter-two)' }).logId).toBeUndefined();
  });

  it('reads a JWT’s claim by name, JSON that could not be read, a zod enum and a printed list of keys as developer text', () => {
    expect(quality('No user found matching the "sub" claim of the token.')).toBe('developer');
    expect(quality('Token is missing the aud claim')).toBe('developer');
    expect(quality('Invalid JSON Input format. Please correct the data.')).toBe('developer');
    expect(quality("Querystring.status: Invalid enum value. Expected 'live' | 'partial'")).toBe('developer');
    expect(quality("Missing one of the required parameters ['season_year', 'race_round'].")).toBe('developer');
    // A list of values a person may pick from stays (Evomi's "mode must be one of ['request', 'browser', 'auto']").
    expect(quality("mode must be one of ['request', 'browser', 'auto']")).not.toBe('developer');
  });

  it('reads more lines that only restate that the request was wrong as generic', () => {
    expect(quality('Invalid request method.')).toBe('generic');
    expect(quality('Check input parameters.')).toBe('generic');
    expect(quality('Invalid details were provided. Please submit valid details.')).toBe('generic');
    expect(quality('The request could not be completed due to an error.')).toBe('generic');
    expect(quality('Business_name: Required')).toBe('generic');
    expect(quality('Input JSON data does not have caseId.')).toBe('generic');
    // A person's words stay: a capitalised word before "Required", and a lone word a person would write.
    expect(quality('Email: Required')).toBe('sentence');
    expect(quality('Input data does not have a name.')).toBe('sentence');
    // "Invalid value for …" with what was wrong after a colon stays (Zammad's, TomTom's).
    expect(quality("Invalid value for param 'owner_id': must be a number")).toBe('sentence');
  });

  it('reads a reason phrase in PascalCase beside an OAuth code as no code', () => {
    const eight = read(400, { status: 400, code: 'BadRequest', error: 'invalid_grant' });
    expect(eight.code).toBe('invalid_grant');
    expect(eight.kind).toBe('unauthenticated');
    // Alone it is the code there is.
    expect(read(400, { code: 'BadRequest', message: 'The date is in the past.' }).code).toBe('BadRequest');
  });
});

describe('the seventy-first holdout’s conventions, and where they stop', () => {
  it('reads a description that is itself an error object, and the transaction reference an answer echoes', () => {
    const tforce = read(401, {
      responseStatus: {
        code: 'ERROR',
        description: { errorCode: '401', errorDescription: 'Not authorized to Cancel Pickup WBU00000000' },
      },
      transactionReference: { transactionId: 'b31a21d27ca442ff9ed9f95305d0376a', confirmationNumber: '' },
    });
    expect(tforce.message).toBe('Not authorized to Cancel Pickup WBU00000000');
    expect(tforce.logId).toBe('b31a21d27ca442ff9ed9f95305d0376a');
  });

  it('reads a schema validator’s position written with colons as developer text', () => {
    expect(
      quality(
        'Body of the request does not conform to the definition which is associated with the content type application/json. Invalid type. Expected String but got Null. Line: 1, Position: 398',
      ),
    ).toBe('developer');
  });

  it('drops an ASP.NET action’s argument before the model’s members in an item’s path', () => {
    expect(
      fields(400, {
        Code: 400,
        Errors: [
          { Property: 'request.RateQuote.Items', ErrorMessage: 'At least one Item is required', ExceptionMessage: '' },
          {
            Property: 'request.Destinations[0]',
            ErrorMessage: 'ServicePoint Zip code is required',
            ExceptionMessage: '',
          },
        ],
      }),
    ).toEqual([
      ['RateQuote.Items', 'At least one Item is required'],
      ['Destinations.0', 'ServicePoint Zip code is required'],
    ]);
    // A camelCase path keeps its first name (Salla's `columns.0`, a JS API's `user.address`).
    expect(fields(422, { errors: [{ field: 'columns.0', message: 'is invalid' }] })[0]?.[0]).toBe('columns.0');
  });

  it('reads a `path` beside the same `field` as the item it is in, and `returnCode` as a code', () => {
    const transfeera = read(400, {
      errorCode: 'DBA_6',
      field: 'account',
      message: 'Account is required and must have between 7 and 8 numbers',
      path: '$.transfers[0].destination_bank_account.account',
    });
    expect(transfeera.fieldErrors.map((e) => e.field)).toEqual(['transfers.0.destination_bank_account.account']);
    expect(read(401, { returnCode: '25', returnMessage: 'Affiliation: Invalid parameter format.' }).code).toBe('25');
  });

  it('reads more restatements, in Portuguese and Indonesian too, as generic', () => {
    expect(quality('There are invalid parameters.')).toBe('generic');
    expect(quality('This action is forbidden.')).toBe('generic');
    // Laravel's "This action is unauthorized." on a 403 says what was refused (Active24's, plentymarkets').
    expect(quality('This action is unauthorized.')).toBe('sentence');
    expect(quality('A solicitação possui erros de validação.')).toBe('generic');
    expect(quality('Corpo ou parâmetro fora do formato.')).toBe('generic');
    expect(quality('Ocorreu um erro interno durante a chamada da api.')).toBe('generic');
    expect(quality('Data tidak valid. Mohon periksa kembali parameter dan header')).toBe('generic');
  });
});

describe('the seventy-second holdout’s conventions, and where they stop', () => {
  it('reads a namespaced class name anywhere, and Echo’s report of a JWT, as developer text', () => {
    expect(quality("Couldn't find WebStore::Product with 'id'=1000")).toBe('developer');
    expect(quality('invalid or expired jwt, internal=token is expired by 1m31s')).toBe('developer');
    // A class named without a namespace stays a person's sentence (the forty-eighth holdout's row).
    expect(quality("Couldn't find Project with id=42")).toBe('sentence');
  });

  it('reads the status a 2xx body names in `errno`, or is', () => {
    const narodmon = read(200, { error: 'Отсутствует ключ приложения: api_key', errno: 400 });
    expect(narodmon.kind).toBe('bad-request');
    expect(read(200, '404').kind).toBe('not-found');
    expect(read(200, 400).kind).toBe('bad-request');
    // A number that is no error status says nothing of one.
    expect(read(200, '200').kind).toBe('unknown');
  });

  it('reads HL7 FHIR’s XML, whose primitives are `value` attributes, as its JSON', () => {
    const spine = read(
      409,
      '<!-- Spine-operationOutcome-1 instance -->\n<OperationOutcome xmlns="http://hl7.org/fhir"><issue><severity value="error"/><code value="forbidden"/><details><coding><system value="https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1"/><code value="CONFLICT"/><display value="Conflict"/></coding></details></issue></OperationOutcome>',
      { 'content-type': 'application/xml+fhir' },
    );
    expect(spine.format).toBe('xml');
    expect(spine.code).toBe('CONFLICT');
    const invalid = read(
      400,
      '<OperationOutcome xmlns="http://hl7.org/fhir"><issue><severity value="error"/><code value="invalid"/><details><text value="The birth date cannot be in the future."/></details><expression value="Patient.birthDate"/></issue></OperationOutcome>',
      { 'content-type': 'application/fhir+xml' },
    );
    expect(invalid.fieldErrors.map((e) => [e.field, e.message])).toEqual([
      ['birthDate', 'The birth date cannot be in the future.'],
    ]);
    // A qualified name ending in a code is the server's (CareEvolution's "… the term CareEvolution.OrderStatus.RE …").
    expect(quality('Unable to map the term CareEvolution.OrderStatus.RE to a FHIR code')).toBe('developer');
  });

  it('reads a request id in parentheses after the line as the support id, not its words', () => {
    const myparcel = read(422, { message: 'Shipment validation error (request_id: 1752047820.9951686e20ccf2f3b)' });
    expect(myparcel.messageSource).toBe('default');
    expect(myparcel.logId).toBe('1752047820.9951686e20ccf2f3b');
  });
});

describe('the seventy-third holdout’s conventions, and where they stop', () => {
  it('reads a field’s messages keyed by the validator rule they broke as that field’s', () => {
    expect(
      fields(400, {
        validationErrors: {
          fname: { 'LengthBetween::TOO_LONG': 'First Name must be 255 characters or shorter' },
          password: { 'LengthBetween::TOO_SHORT': 'Password must be 9 characters or longer' },
        },
        internalErrors: [],
        data: [],
      }),
    ).toEqual([
      ['fname', 'First Name must be 255 characters or shorter'],
      ['password', 'Password must be 9 characters or longer'],
    ]);
    // A nested record keeps its members' names (`address.streetName`).
    expect(fields(422, { errors: { address: { streetName: ['is required'] } } })[0]?.[0]).toBe('address.streetName');
  });

  it('reads OData v3’s verbose `odata.error`, without its request id and time lines', () => {
    const table = read(412, {
      'odata.error': {
        code: 'UpdateConditionNotSatisfied',
        message: {
          lang: 'en-US',
          value:
            'The update condition specified in the request was not satisfied.\nRequestId:75a49a95-6002-007c-5a3b-1f7c1e000000\nTime:2020-04-30T22:03:13.2443954Z',
        },
      },
    });
    expect(table.message).toBe('The update condition specified in the request was not satisfied.');
    expect(table.code).toBe('UpdateConditionNotSatisfied');
  });

  it('reads a request id cut short (`req-id`) in the answer’s invocation info', () => {
    const yandex = read(403, {
      invocationInfo: { 'exec-duration-millis': 0, hostname: 'music-stable-back-sas-57', 'req-id': '3edfec77-f1f4' },
      error: { name: 'not-allowed', message: 'Not allowed' },
    });
    expect(yandex.logId).toBe('3edfec77-f1f4');
  });

  it('keeps a status before a `#` as part of the code, and cuts an AWS namespace', () => {
    expect(read(400, { code: '400#givenName', message: 'Given name is required.' }).code).toBe('400#givenName');
    expect(
      read(400, {
        __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException',
        message: 'Requested resource not found',
      }).code,
    ).toBe('ResourceNotFoundException');
  });
});

describe('the seventy-fourth holdout’s conventions, and where they stop', () => {
  it('reads a message by its shape under a response’s name (`responseMsg`) and as a result’s explanation', () => {
    const waafipay = read(200, {
      responseId: 'zidi-probe-1',
      responseCode: '5010',
      errorCode: 'E10015',
      responseMsg: 'You are not authorized to access the requested service',
    });
    expect(waafipay.message).toBe('You are not authorized to access the requested service');
    const dpo = read(
      200,
      '<?xml version="1.0" encoding="utf-8"?><API3G><Result>802</Result><ResultExplanation>Company is not active</ResultExplanation></API3G>',
      { 'content-type': 'application/xml' },
    );
    expect(dpo.message).toBe('Company is not active');
    // A document that would not parse is the client's code at fault, not the person's.
    expect(quality('Error in XML')).toBe('developer');
  });

  it('reads an XML error told in a `description` attribute (Newznab)', () => {
    const newznab = read(
      429,
      '<?xml version="1.0" encoding="UTF-8"?>\n<error code="429" description="Request limit reached (26/25)"/>',
      {
        'content-type': 'text/xml',
      },
    );
    expect(newznab.kind).toBe('rate-limited');
    expect(newznab.message).toBe('Request limit reached (26/25)');
  });

  it('reads a status line in a 2xx body’s `status` as the status it means', () => {
    expect(read(200, { token: 'ng4lcgfis4', status: '401 Unauthorized', seconds: 0.004 }).kind).toBe('unauthenticated');
    // "200 OK" means no error.
    expect(read(200, { status: '200 OK', seconds: 0.004 }).kind).toBe('unknown');
  });

  it('adds a second unit to a wait written in words', () => {
    expect(waitInText('Your quota will be renewed in 09 hours and 57 minutes (2024-04-23 23:59:59 UTC)')).toBe(
      35_820_000,
    );
    expect(waitInText('Try again in 1 minute, 30 seconds.')).toBe(90_000);
    // A number after "and" that counts nothing of time adds nothing.
    expect(waitInText('Try again in 5 minutes and 3 more')).toBe(300_000);
  });

  it('reads DRF’s "This field …" as a field’s, under a name an envelope goes by', () => {
    expect(fields(400, { name: 'This field may not be blank.' })).toEqual([['name', 'This field may not be blank.']]);
    // Under a message’s own name it is still the envelope’s line.
    expect(fields(400, { message: 'This field is required.' })).toEqual([]);
  });

  it('reads a line that names only an input in brackets, by a key pair’s name or after "your request", as generic', () => {
    expect(quality('The key_name is invalid')).toBe('generic');
    expect(quality('Parameter(name) is invalid!')).toBe('generic');
    expect(quality('Your request is missing (timestamp) parameter. Please check again')).toBe('generic');
    expect(quality('Invalid input/settings.')).toBe('generic');
    expect(quality('Authentication failed. Check authentication header.')).toBe('generic');
    // A credential's name stays: it says that signing in failed.
    expect(quality('Invalid api_key')).toBe('sentence');
  });
});

describe('the seventy-fifth holdout’s conventions, and where they stop', () => {
  it('reads "unknown" before a plain word as the record not found, and before a key as the key', () => {
    expect(read(404, { response: 'unknown aircraft' }).message).toBe('Unknown aircraft');
    expect(quality('Unknown mbid')).toBe('sentence');
    expect(quality('Unknown field_name')).toBe('generic');
  });

  it('reads "rate limited for 60 seconds" as a wait', () => {
    expect(waitInText('rate limited for 60 seconds')).toBe(60_000);
    // A limit's window is no wait.
    expect(waitInText('You are limited to 100 requests in 60 seconds')).toBeUndefined();
  });

  it('reads a regular expression to match, a database connection and the admin panel as developer text', () => {
    expect(quality('Value for "box" must follow the pattern ^[0-9\\.\\,\\-]*$')).toBe('developer');
    expect(quality('Database connection error')).toBe('developer');
    expect(quality('Error details can be found in the admin panel')).toBe('developer');
  });

  it('reads "Forbidden request", "Missing required fields" and "Aggregator error" as saying no more than the kind', () => {
    expect(quality('Forbidden request')).toBe('reason');
    expect(quality('Missing required fields')).toBe('generic');
    expect(quality('Aggregator error')).toBe('generic');
    // One parameter missing is still said (EasyPost's).
    expect(quality('Missing required parameter')).toBe('sentence');
  });

  it('reads an item’s `properties` list as its fields, and a `referenceCode` token as the support id', () => {
    const van = read(400, {
      errors: [
        {
          code: 'INVALID_PARAMETER',
          text: "'resultCodeId' must be a valid result code in the current context.",
          properties: ['resultCodeId'],
        },
      ],
    });
    expect(van.fieldErrors.map((e) => e.field)).toEqual(['resultCodeId']);
    expect(van.messageSource).toBe('default');
    const reference = read(400, {
      errors: [{ code: 'INTERNAL_SERVER_ERROR', text: 'An unknown error occurred', referenceCode: '88A111-E2FF8' }],
    });
    expect(reference.logId).toBe('88A111-E2FF8');
  });
});

describe('the seventy-sixth holdout’s conventions, and where they stop', () => {
  it('reads an error id under a vendor’s prefix as the support id', () => {
    const vicare = read(500, {
      viErrorId: 'req-dd5644cdb8114bc6b023b5d021a212bc',
      statusCode: 500,
      errorType: 'INTERNAL_ERROR',
      message: 'Internal server error',
    });
    expect(vicare.logId).toBe('req-dd5644cdb8114bc6b023b5d021a212bc');
  });

  it('reads the system’s own entry in an errors map as the error, not a field', () => {
    const pixiv = read(400, { has_error: true, errors: { system: { message: 'Invalid refresh token', code: 1508 } } });
    expect(pixiv.fieldErrors).toEqual([]);
    expect(pixiv.message).toBe('Invalid refresh token');
    expect(pixiv.kind).toBe('bad-request');
  });

  it('reads a current password that does not match as a failed sign-in', () => {
    expect(read(400, { detail: 'invalid_current_password' }).kind).toBe('unauthenticated');
  });

  it('reads lines that name only inputs in more orders and brackets as generic', () => {
    expect(quality('Request parameter [from] is missing')).toBe('generic');
    expect(quality("Request parameter 'cmd' is mandatory.")).toBe('generic');
    expect(quality('Either template_id or form_id should be added to query.')).toBe('generic');
    expect(quality('Invalid grant_type parameter or parameter missing')).toBe('generic');
    expect(quality('Request missing parameters or request format incorrect.')).toBe('generic');
    // A person's words stay.
    expect(quality('Either your email or your phone number should be added.')).toBe('sentence');
  });

  it('reads Korean generic lines, Spring’s parameter conditions and failures behind the service as no message', () => {
    expect(quality('잘못된 파라미터 형식입니다.')).toBe('generic');
    expect(quality('NASH 서버 오류가 발생했습니다.')).toBe('generic');
    expect(
      quality('Parameter conditions "nccAdgroupId" OR "ids" OR "nccLabelId" not met for actual request parameters:'),
    ).toBe('developer');
    expect(quality('DB system error due to db system')).toBe('developer');
    expect(quality('External system integration failure')).toBe('developer');
  });
});

describe('the seventy-seventh holdout’s conventions, and where they stop', () => {
  it('reads the v1 `errors[].reason` beside RESOURCE_EXHAUSTED as the code, and no other status', () => {
    const error = (status: string, reason: string) => ({
      error: { code: 429, message: 'Rate limited for the user.', errors: [{ domain: 'global', reason }], status },
    });
    expect(read(429, error('RESOURCE_EXHAUSTED', 'rateLimitExceeded')).code).toBe('rateLimitExceeded');
    expect(read(400, error('INVALID_ARGUMENT', 'badRequest')).code).toBe('INVALID_ARGUMENT');
  });

  it('reads a fault’s id as the support id, and `missing_param` as a validation code', () => {
    const justEat = read(404, {
      errors: [{ description: 'Order could not be found' }],
      faultId: 'b6a1d658-dda4-41b6-a9a5-dbfb7ba7b2aa',
    });
    expect(justEat.logId).toBe('b6a1d658-dda4-41b6-a9a5-dbfb7ba7b2aa');
    expect(read(400, { error: 'missing_param', error_description: 'missing device_id' }).kind).toBe('validation');
  });

  it('reads routers’, parsers’ and body readers’ reports as developer text', () => {
    expect(quality('No route matches [POST] "/api/v2/feeds/121601.csv"')).toBe('developer');
    expect(quality("parse error: after key and value, inside map, I expect ',' or '}'")).toBe('developer');
    expect(quality('JSON Parser Error')).toBe('developer');
    expect(quality('Invalid format, element start and end names do not match at 6:17')).toBe('developer');
    expect(quality('Missing data from post-body')).toBe('developer');
  });

  it('reads more lines that name only an input, or say only that it failed validation, as generic', () => {
    expect(quality("The mandatory 'grant_type' parameter is missing.")).toBe('generic');
    expect(quality('Missing enum field "type"')).toBe('generic');
    expect(quality("Unknown filter 'shcool_id'")).toBe('generic');
    expect(quality('Invalid value 0 for parameter limit.')).toBe('generic');
    expect(
      quality('The supplied restaurantId does not meet one or more validation requirements (e.g encryption failed).'),
    ).toBe('generic');
    // A credential's name stays: it says that signing in failed.
    expect(quality("The mandatory 'client_id' parameter is missing.")).toBe('sentence');
  });
});

describe('the seventy-eighth holdout’s conventions, and where they stop', () => {
  it('reads "Invalid JSON body.", Python’s type printout and a JWT that would not parse as developer text', () => {
    expect(quality('Invalid JSON body.')).toBe('developer');
    expect(quality("Parameter `entries` of incorrect type - expected <class 'list'>.")).toBe('developer');
    expect(quality('Malformed JWT token')).toBe('developer');
    expect(quality('Invalid JWT header')).toBe('developer');
    // Greenhouse's scored "Invalid JSON Payload" stays a message, and so does a token the person must send.
    expect(quality('Invalid JSON Payload')).toBe('sentence');
    expect(quality('JWT is missing or invalid')).toBe('sentence');
  });
});

describe('a header named as required', () => {
  it('reads a header’s name as the protocol’s, so a line naming only it is generic; a credential’s stays', () => {
    expect(quality('User-Agent header is required')).toBe('generic');
    expect(read(400, { message: 'User-Agent header is required', status: 400 }).messageSource).toBe('default');
    // A credential's header says that signing in failed, as its name does elsewhere.
    expect(quality('Authorization header is required')).toBe('sentence');
  });
});

describe('the seventy-ninth holdout’s conventions, and where they stop', () => {
  it('reads more lines that name only inputs, or say only that parameters are wrong, as generic', () => {
    expect(quality('Either polymarket_market_slug or kalshi_market_ticker is required')).toBe('generic');
    expect(quality("Request must include 'items' and 'warehouses' arrays")).toBe('generic');
    expect(quality('input field not available. Only author, title, lines, linecount, and poemcount allowed.')).toBe(
      'generic',
    );
    expect(quality('Some parameters are wrong or missing')).toBe('generic');
    expect(quality('Invalid request params input')).toBe('generic');
    expect(quality('unknown value "garbage" for parameter \'type\'')).toBe('generic');
    // A person's words stay: the rule the line states, and a line that starts as a sentence does.
    expect(quality('Only letters and numbers allowed.')).toBe('sentence');
    expect(quality('Request must include a delivery address')).toBe('sentence');
  });

  it('reads the server’s own file system and the commands it ran as developer text', () => {
    expect(quality('Error interacting with filesystem, Command failed with bad status')).toBe('developer');
  });

  it('reads `details.property` as the one field a lone error object is about', () => {
    const pocketId = read(409, {
      error: 'email is already in use',
      code: 'already_in_use',
      details: { property: 'email' },
    });
    expect(pocketId.fieldErrors.map(({ field }) => field)).toEqual(['email']);
  });
});

describe('the eightieth holdout’s conventions, and where they stop', () => {
  it('reads a traded token’s name as an input’s, and more lines that name only inputs or say only that it failed', () => {
    expect(quality('"tokenInAddress" is required')).toBe('generic');
    // A token sent to sign in is still a credential: the line says that signing in failed.
    expect(quality('"token" is required')).toBe('sentence');
    expect(quality('Exactly one of all, station, name, (latitude and longitude) or sql is required')).toBe('generic');
    expect(quality('Invalid parameter(s)')).toBe('generic');
    expect(quality('This is an invalid request.')).toBe('generic');
  });

  it('reads validators’, Rust’s and Node’s reports and a malformed JWT as developer text', () => {
    expect(quality('"amount" with value "-1" fails to match the required pattern: /^[0-9]+$/')).toBe('developer');
    expect(quality('"configs[0]" does not match any of the allowed types')).toBe('developer');
    expect(quality('/fromAmountForGas must pass "isBigNumberish" keyword validation')).toBe('developer');
    expect(quality('Query parameter amount cannot be parsed: ParseIntError { kind: InvalidDigit }')).toBe('developer');
    expect(quality("The argument 'encoding' is invalid for data of length 1151. Received 'hex'")).toBe('developer');
    expect(
      quality('Signatur på JWT fra helseid ikke gyldig, signert med ukjent sertifkat eller JWT er malformed.'),
    ).toBe('developer');
  });

  it('reads a `reason_code` as the code', () => {
    const brainCloud = read(403, {
      status_message: 'Processing exception (message): Call blocked from client.',
      reason_code: 40346,
      status: 403,
    });
    expect(brainCloud.code).toBe('40346');
  });

  it('leaves a WWW-Authenticate challenge’s description to developers: RFC 6750 §3 writes it for them', () => {
    const challenge = 'Bearer error="invalid_token", error_description="The access token expired"';
    const error = read(401, '', { 'www-authenticate': challenge });
    expect(error).toMatchObject({
      code: 'invalid_token',
      messageSource: 'default',
      details: 'The access token expired',
    });
  });
});

describe('the eighty-first holdout’s conventions, and where they stop', () => {
  it('reads an error inside a reply’s `content`, and `LOGIN_ERROR` as a failed sign-in', () => {
    const notLoggedIn = read(200, { seq: 0, status: 1, content: { error: 'NOT_LOGGED_IN' } });
    expect(notLoggedIn).toMatchObject({ kind: 'unauthenticated', code: 'NOT_LOGGED_IN' });
    expect(read(200, { seq: 0, status: 1, content: { error: 'LOGIN_ERROR' } }).kind).toBe('unauthenticated');
  });

  it('reads a code in capitals before a reason phrase as the phrase, and AutoMapper’s report as developer text', () => {
    expect(quality('M_NOT_FOUND: Not found.')).toBe('reason');
    expect(quality('Missing type map configuration or unsupported mapping. Mapping types: A -> B')).toBe('developer');
  });

  it('reads the 401’s phrase, a plea for valid credentials and a pointer to the docs as no more than the status', () => {
    const line =
      'Authentication failed. Please provide valid credentials or contact administrator for access. Refer to API ' +
      'documentation for deployment details.';
    expect(quality(line)).toBe('generic');
    // A plea after a reason phrase alone is still a message.
    expect(quality('Too many requests. Please try again later.')).toBe('sentence');
  });
});

describe('the eighty-second holdout’s conventions, and where they stop', () => {
  it('reads more lines that name only inputs, or say only that the request or a resource failed, as generic', () => {
    expect(quality('A required parameter (amount) is missing')).toBe('generic');
    expect(quality("The direction parameter must be 'request' or 'response'")).toBe('generic');
    expect(quality('One or more redirect_uri values are invalid')).toBe('generic');
    expect(quality('bbox-crs specified without bbox parameter')).toBe('generic');
    expect(quality('非法的时间戳参数')).toBe('generic');
    expect(quality('Could not process a resource')).toBe('generic');
    expect(quality('An server side error occured.')).toBe('generic');
    expect(quality("The requested resource does not support http method 'PUT'.")).toBe('generic');
    expect(quality('Authentication is required to access this API.')).toBe('reason');
    // A credential's name stays: an app's id is one.
    expect(quality('无效的AppID参数')).toBe('sentence');
    expect(quality('Invalid or missing app_id parameter')).toBe('sentence');
  });

  it('reads another service’s status, a JMAP type signature and a DPoP proof as developer text', () => {
    expect(quality('tcp://10.42.0.179:9502: Bad status: 500 500 Internal Server Error')).toBe('developer');
    expect(
      quality('The request was successfully parsed as JSON but did not match the type signature of the Request object'),
    ).toBe('developer');
    expect(quality('Authorization server requires nonce in DPoP proof')).toBe('developer');
  });

  it('reads `sub_msg` as a message, a code without its namespace, and more codes for their kind', () => {
    const alipay = read(200, {
      alipay_trade_query_response: {
        sub_code: 'isv.invalid-app-id',
        code: '40002',
        sub_msg: '无效的AppID参数',
        msg: 'Invalid Arguments',
      },
    });
    expect(alipay).toMatchObject({ kind: 'unauthenticated', code: 'isv.invalid-app-id', message: '无效的AppID参数' });
    expect(kindOfCode('isv.invalid-timestamp')).toBe('validation');
    expect(kindOfCode('MISSING_ARG_TOPIC')).toBe('validation');
    // RFC 7591's client metadata is what was sent, not the client's credential.
    expect(kindOfCode('invalid_client_metadata')).toBe('validation');
    expect(kindOfCode('invalid_client')).toBe('unauthenticated');
  });
});

describe('the eighty-third holdout’s conventions, and where they stop', () => {
  it('reads a code in capitals before the line as its name, and Matrix’s `M_BAD_JSON` as a bad request', () => {
    const conduit = read(400, { errcode: 'M_BAD_JSON', error: 'M_BAD_JSON: Bad json.' });
    expect(conduit).toMatchObject({ kind: 'bad-request', messageSource: 'default' });
    expect(read(400, { message: 'INVALID_REQUEST: encryptedPayload is required' }).messageSource).toBe('default');
  });

  it('reads axum’s rejections, Rust’s integer errors and the database layer’s reports as developer text', () => {
    expect(quality('Invalid URL: invalid infohash param: string "X", expected a 40 character long string')).toBe(
      'developer',
    );
    expect(quality('Invalid URL: failed to parse sat `=`: invalid integer: invalid digit found in string')).toBe(
      'developer',
    );
    expect(quality('no rows returned')).toBe('developer');
    expect(quality('Insufficient database privilege to perform this operation.')).toBe('developer');
    // A URL the person typed, refused in words, stays theirs.
    expect(quality('Invalid URL: please use https')).toBe('sentence');
  });

  it('reads an input’s value refused by its quoted key as generic', () => {
    expect(quality("Invalid 'upstream_verify' value, 'peer' is not allowed without certificate")).toBe('generic');
    expect(quality("Invalid 'password' value, 'x' is not allowed")).toBe('sentence');
  });
});

describe('lines both blind readers and the corpus read as no more than the status', () => {
  it('reads a failed query, params "was error", an invalid API request or path and syntax errors as generic', () => {
    expect(quality('Cannot perform query. Invalid query parameters.')).toBe('generic');
    expect(quality('Request params was error')).toBe('generic');
    expect(quality('The API request was not valid.')).toBe('generic');
    expect(quality('Invalid value for...')).toBe('generic');
    expect(quality('Invalid request path /')).toBe('generic');
    expect(quality('Your request seems to contain some syntax errors. Please review it and try again.')).toBe(
      'generic',
    );
    expect(quality('CSRF Error')).toBe('generic');
    // A CSRF failure said in words stays a message (Pretix's scored case keeps it).
    expect(quality('CSRF Failed: CSRF cookie not set.')).toBe('sentence');
  });

  it('reads more of them: a missing parameter or wrong type, the 401 in other words, a gateway’s own reports', () => {
    expect(quality('A required parameter is missing or an invalid type was supplied.')).toBe('generic');
    expect(quality('You are unauthorized to perform this request.')).toBe('generic');
    expect(quality('Missing non optional `repoid` arg in JSON DATA')).toBe('generic');
    expect(quality('Policy Falsified')).toBe('developer');
    expect(quality("HMAC signature cannot be verified:enforced header 'host' not used for signature creation")).toBe(
      'developer',
    );
    // Refusing an action, not the request, stays a message.
    expect(quality('You are not authorized to perform this action.')).toBe('sentence');
  });

  it('reads a status and its phrase in brackets as the phrase', () => {
    expect(quality('Response code 403 (Forbidden)')).toBe('reason');
    expect(quality('Response code 403 (your key is not allowed here)')).toBe('sentence');
  });
});

describe('the eighty-fourth holdout’s conventions, and where they stop', () => {
  it('reads 3GPP’s `MANDATORY_IE_INCORRECT` as an input’s value refused, as `…_INVALID`', () => {
    expect(kindOfCode('MANDATORY_IE_INCORRECT')).toBe('validation');
    expect(read(400, { title: 'Malformed request syntax', status: 400, cause: 'MANDATORY_IE_INCORRECT' }).kind).toBe(
      'validation',
    );
  });

  it('reads RFC 9110’s “malformed request syntax”, an erroneous parameter list and a missing field or header as generic', () => {
    expect(quality('Malformed request syntax')).toBe('generic');
    expect(quality('Erroneous parameters (file invalid, md5 invalid)')).toBe('generic');
    expect(quality("Invalid value of 'before'")).toBe('generic');
    expect(quality('Missing Required Field')).toBe('generic');
    expect(quality('Missing Required Header')).toBe('generic');
    expect(quality('Invalid query string')).toBe('generic');
    // A missing parameter named in the singular stays, as the corpus reads EasyPost's and Predexon's.
    expect(quality('Missing required parameter')).toBe('sentence');
  });

  it('reads keys offered as alternatives, a parameter refused by its key and the only values taken as generic', () => {
    expect(quality('Missing one of afAppId, trafficFilters or ethTrafficFilters')).toBe('generic');
    expect(quality('cdr_arrangement_jwt or cdr_arrangement_id')).toBe('generic');
    expect(quality('The following parameter is not allowed: `mamamia`')).toBe('generic');
    expect(quality('Only filter-lang=cql2-text or filter-lang=cql2-json is handled')).toBe('generic');
    // Credentials asked for alone, and a person's words, stay.
    expect(quality('api_key or access_token')).toBe('sentence');
    expect(quality('Card or cash')).toBe('sentence');
    expect(quality('The following field is not allowed: Name')).toBe('sentence');
  });

  it('reads the Consumer Data Standards’ URN codes by their last segment, and a header’s as the request’s', () => {
    expect(kindOfCode('urn:au-cds:error:cds-all:Field/InvalidPageSize')).toBe('validation');
    // A header's code names no kind of its own: the 400 decides.
    expect(kindOfCode('urn:au-cds:error:cds-all:Header/Invalid')).toBeUndefined();
    expect(kindOfCode('urn:au-cds:error:cds-all:Header/Missing')).toBeUndefined();
    // A category outside a URN is no namespace (Microsoft's `validation/internal`), nor is ACME's last segment alone.
    expect(kindOfCode('validation/internal')).toBe('validation');
    expect(kindOfCode('urn:ietf:params:acme:error:badNonce')).toBeUndefined();
    const cds = read(400, {
      errors: [
        { code: 'urn:au-cds:error:cds-all:Header/Invalid', title: 'Invalid Header', detail: 'x-fapi-auth-date' },
      ],
    });
    expect(cds).toMatchObject({ kind: 'bad-request', messageSource: 'default' });
  });

  it('reads a C function before its report and a pointer to the config file as developer text', () => {
    expect(
      quality('msOWSDispatch(): General error message. OWS Common exception: exceptionCode=MissingParameterValue.'),
    ).toBe('developer');
    expect(quality('map (foo) not configured. check your config file')).toBe('developer');
    expect(quality('Your map is not configured yet.')).toBe('sentence');
  });

  it('drops a vendor’s number within its area and a server’s signature from the line', () => {
    expect(folded('ERR-DCR-005: SSA validation failed.')).toBe('SSA validation failed.');
    expect(
      read(400, { error: 'invalid_client_metadata', error_description: 'ERR-DCR-005: SSA validation failed.' }),
    ).toMatchObject({ messageSource: 'default' });
    expect(folded('Not Found Fuseki - version 2.4.0 (Build date: 2016-05-10T11:59:39+0000)')).toBe('Not Found');
    expect(
      read(404, 'Error 404: Not Found\nFuseki - version 2.4.0 (Build date: 2016-05-10T11:59:39+0000)'),
    ).toMatchObject({ kind: 'not-found', messageSource: 'default' });
  });
});

describe('the eighty-fifth holdout’s conventions, and where they stop', () => {
  it('reads RESTCONF’s `error-tag` as the code under its `error-type`, and NETCONF’s tags as kinds', () => {
    const restconf = (status: number, error: object) =>
      read(status, { 'ietf-restconf:errors': { error: [{ 'error-type': 'protocol', ...error }] } });
    expect(
      restconf(400, { 'error-tag': 'invalid-value', 'error-message': 'Content-type header missing.' }),
    ).toMatchObject({ kind: 'validation', code: 'invalid-value' });
    expect(restconf(400, { 'error-tag': 'missing-element', 'error-message': 'Mandatory variable' }).kind).toBe(
      'validation',
    );
    expect(restconf(409, { 'error-tag': 'lock-denied', 'error-message': 'Lock failed; lock already held' }).kind).toBe(
      'conflict',
    );
    expect(kindOfCode('data-missing')).toBe('not-found');
    expect(kindOfCode('in-use')).toBe('conflict');
  });

  it('reads a query that failed, arguments in the user request and a parameter by its query string as generic', () => {
    expect(quality('Query failed')).toBe('generic');
    expect(quality('Invalid arguments supplied in the user request')).toBe('generic');
    expect(quality('The name query string parameter is invalid')).toBe('generic');
    expect(quality('output=foobar not supported')).toBe('generic');
    // A person's word before "parameter" stays theirs.
    expect(quality('The Name parameter is invalid')).toBe('sentence');
  });

  it('reads a server setting by its environment variable and another service not reached as developer text', () => {
    expect(quality('Token denied. Please check your MAIL_PROVISIONING_API_CREDENTIALS.')).toBe('developer');
    expect(quality('Cannot connect to Gotenberg service')).toBe('developer');
    expect(quality('There is no 100-continue header')).toBe('generic');
    expect(quality('Please check your CARD_NUMBER')).toBe('sentence');
  });

  it('keeps `payload` in a dotted path as the record’s member, and drops it from a location list', () => {
    const invenio = fields(400, {
      errors: [{ field: 'payload.content', messages: ['Shorter than minimum length 1.'] }],
      message: 'A validation error occurred.',
      status: 400,
    });
    expect(invenio).toEqual([['payload.content', 'Shorter than minimum length 1.']]);
    expect(fields(422, { detail: [{ loc: ['payload', 'name'], msg: 'field required', type: 'missing' }] })).toEqual([
      ['name', 'Field required'],
    ]);
  });
});

describe('the eighty-sixth holdout’s conventions, and where they stop', () => {
  it('reads a quoted key “not defined”, a parameter named in brackets “was missing” and Rails’ missing param as generic', () => {
    expect(quality("'type' not defined")).toBe('generic');
    expect(quality('Required request parameter [sub] was missing.')).toBe('generic');
    expect(quality('param is missing or the value is empty: title')).toBe('generic');
    expect(quality('The request could not be understood: param is missing or the value is empty: title')).toBe(
      'generic',
    );
    expect(quality('Error while querying.')).toBe('generic');
    // The framework's words name a key, even a sign-in's (both readers of Acoustic Workbench's `login`); a
    // credential's name in an API's own words stays.
    expect(quality('param is missing or the value is empty: login')).toBe('generic');
    expect(quality('api_key is required')).toBe('sentence');
  });

  it('reads JSON that cannot be decoded, a JWT in a header, a corrupt auth header and missing signing keys as developer text', () => {
    expect(quality('Cannot decode json parameter dictionary')).toBe('developer');
    expect(quality('Invalid JWT in header')).toBe('developer');
    expect(quality('S2S auth header corrupt')).toBe('developer');
    expect(quality('Unable to verify token, no signing keys found')).toBe('developer');
    // A sentence before it keeps the line the person's (E2B's "Invalid API key, … authorization header is malformed").
    expect(
      read(401, {
        message:
          'Invalid API key, please visit https://e2b.dev/docs to get your API key. authorization header is malformed',
      }).message,
    ).toMatch(/^Invalid API key/);
  });

  it('reads Apple Web Push’s `BadJwtToken` as a credential refused', () => {
    expect(kindOfCode('BadJwtToken')).toBe('unauthenticated');
    expect(read(403, { reason: 'BadJwtToken' }).kind).toBe('unauthenticated');
  });

  it('takes no message from a field called `text` in a map of fields', () => {
    const pontoon = read(400, { locale: ['This field is required.'], text: ['This field is required.'] });
    expect(pontoon).toMatchObject({ kind: 'validation', messageSource: 'default' });
    expect(pontoon.fieldErrors.map((e) => e.field)).toEqual(['locale', 'text']);
  });
});

describe('the eighty-seventh holdout’s conventions, and where they stop', () => {
  it('reads an undefined parameter by its key, and every one of several required, as generic', () => {
    expect(quality('Undefined parameter: currency')).toBe('generic');
    expect(quality('All of name, scope and redirect_uri parameters are required to create an application')).toBe(
      'generic',
    );
    // What a query asked for and the server does not know stays (Solr's and Copernicus' "undefined field xxx").
    expect(quality('undefined field xxx')).toBe('sentence');
  });

  it('reads an error number in digits before a code as its name, and the 401 “to access the api” in other words', () => {
    expect(read(400, '5043: RtcInvalidSdp', { 'Content-Type': 'text/plain' }).messageSource).toBe('default');
    expect(read(401, { message: 'You must be logged in to access the api' }).messageSource).toBe('default');
    expect(read(401, { message: 'You must be logged in to vote' }).message).toBe('You must be logged in to vote');
  });
});

describe('the eighty-eighth holdout’s conventions, and where they stop', () => {
  const fields = (error: ReturnType<typeof read>) => error.fieldErrors.map((e) => [e.field, e.message]);

  it('reads a list of items under the part of the request they came in without that part in their paths', () => {
    const foal = read(400, {
      pathParams: [{ instancePath: '/productId', keyword: 'type', message: 'must be integer' }],
    });
    expect(fields(foal)).toEqual([['productId', 'Must be integer']]);
    const pydantic = read(400, {
      validation_error: { body_params: [{ loc: ['search_term'], msg: 'Field required', type: 'missing' }] },
    });
    expect(fields(pydantic)).toEqual([['search_term', 'Field required']]);
    // Lines under `body` are the field `body`'s (a comment's body), and lines under webargs' `json` the whole body's.
    expect(fields(read(400, { body: ['This field may not be blank.'] }))).toEqual([
      ['body', 'This field may not be blank.'],
    ]);
    expect(read(400, { json: ['Invalid JSON body.'] })).toMatchObject({ kind: 'bad-request', fieldErrors: [] });
  });

  it('reads class-validator’s errors: constraints as the field’s messages, children as its members’', () => {
    const foal = read(400, [
      {
        property: 'title',
        constraints: { isLength: 'title must be longer than or equal to 10 characters' },
        children: [],
      },
      {
        property: 'address',
        children: [{ property: 'city', constraints: { isNotEmpty: 'city should not be empty' } }],
      },
    ]);
    expect(foal.kind).toBe('validation');
    expect(fields(foal)).toEqual([
      ['title', 'Title must be longer than or equal to 10 characters'],
      ['address.city', 'City should not be empty'],
    ]);
  });

  it('reads Goyave’s tree of errors, fields and elements by name and by position', () => {
    const goyave = read(422, {
      error: {
        body: {
          fields: {
            user: {
              errors: ['The user must be an object'],
              fields: { roles: { elements: { '2': { errors: ['The roles elements must have one of …'] } } } },
            },
          },
        },
        query: { fields: { group: { errors: ['The group ID is required.'] } } },
      },
    });
    expect(fields(goyave)).toEqual([
      ['user', 'The user must be an object'],
      ['user.roles.2', 'The roles elements must have one of …'],
      ['group', 'The group ID is required.'],
    ]);
  });

  it('reads validators generated from an API description, GraphQL.NET’s parser and PyJWT’s words as developer text', () => {
    for (const line of [
      'request.params.id should be integer',
      ".response should have required property 'name'",
      'Bad request on parameter "request.query.test". Value must be number. Given value: "error"',
      'request body has an error: value is required but missing',
      'operation CreateUser: decode request: decode application/json: invalid: name (field required)',
      'body in body is required',
      "JSON body text could not be parsed. 'O' is an invalid start of a value. Path: $ | LineNumber: 0 | BytePositionInLine: 0.",
      'Error parsing query: Expected "query/mutation", found Name "parseError"',
      'Document does not contain any operations.',
      'GraphQL query is missing.',
      'No query document supplied',
      'Missing claim: identity',
      'The specified alg value is not allowed',
    ])
      expect(quality(line), line).toBe('developer');
    // go-openapi's rule for a value is a person's (Weaviate's), as is a query parameter named in a sentence (Kutt's).
    expect(quality('id in body must be of type uuid: "abc"')).toBe('sentence');
    expect(quality("missing required query 'Shaqs'")).toBe('generic');
    expect(quality('limit query is not valid.')).toBe('sentence');
  });

  it('reads a code that says the body is invalid as a bad request, an input’s as validation', () => {
    expect(kindOfCode('JSON_INVALID')).not.toBe('validation');
    expect(read(400, { errors: [{ message: 'Bad.', extensions: { code: 'JSON_INVALID' } }] }).kind).toBe('bad-request');
    expect(kindOfCode('BODY_MISSING')).not.toBe('validation');
    expect(kindOfCode('EMAIL_INVALID')).toBe('validation');
  });
});

describe('the eighty-ninth holdout’s conventions, and where they stop', () => {
  const fields = (error: ReturnType<typeof read>) => error.fieldErrors.map((e) => [e.field, e.message]);

  it('reads a GraphQL result that holds an error instead of its data, and an error result by its type', () => {
    const webiny = read(200, {
      data: {
        fileManager: { listFiles: { data: null, meta: null, error: { code: 'X_DENIED', message: 'Not yours.' } } },
      },
    });
    expect(webiny).toMatchObject({ code: 'X_DENIED', message: 'Not yours.' });
    const dagster = read(200, { data: { pipelineRunOrError: { __typename: 'RunNotFoundError' } } });
    expect(dagster).toMatchObject({ kind: 'not-found', code: 'RunNotFoundError' });
    // A result with its data is no error, whatever member it has beside it.
    expect(read(200, { data: { fileManager: { getFile: { data: { id: '1' }, error: { message: 'x' } } } } }).kind).toBe(
      'unknown',
    );
  });

  it('reads a member named for the invalid fields, and an error’s causes, as holders, not fields', () => {
    const webiny = read(400, {
      error: { message: 'Validation failed.', data: { invalidFields: { tags: { code: 'X', message: 'Too long.' } } } },
    });
    expect(fields(webiny)).toEqual([['tags', 'Too long.']]);
    const ibm = read(404, {
      userMessage: { text: 'The specified object type is not a valid object type.' },
      underlyingDetails: { causes: ['More detailed message 1'] },
    });
    expect(ibm.message).toBe('The specified object type is not a valid object type.');
    expect(ibm.fieldErrors.filter((e) => e.field)).toEqual([]);
  });

  it('reads the arguments of a named resource “invalid” as generic', () => {
    expect(quality('Invalid Subscription ACL Arguments')).toBe('generic');
    expect(quality('Pull Parameters Invalid')).toBe('generic');
    expect(quality('Invalid ack id parameter')).toBe('generic');
    expect(quality('Semantic constraint violation')).toBe('generic');
  });

  it('reads schema reports, parser tokens, wrapped runtime errors and Joi’s lists as developer text', () => {
    for (const line of [
      'Incorrect request matcher json format for: { "path" : 500 } schema validation errors: 4 errors: - $.path: …',
      'POST only accepts a JSON body.',
      "Set_op_rhs not implemented for use with OPERATOR. Given: [Token('HAS', 'HAS'), Token('OPERATOR', '<'), 1]",
      'Internal error occurred: services "details" not found',
      'Guest call failure: guest code interrupted, execution deadline exceeded',
      'Field "getTask" argument "id" of type "ID!" is required but not provided.',
      '"action" must be one of [info, entriesByFolder]',
      '"params" must contain at least one of [entry, dataFiles]',
    ])
      expect(quality(line), line).toBe('developer');
  });
});

describe('the ninetieth holdout’s conventions, and where they stop', () => {
  it('reads Rodauth’s field-error pair as the field’s error', () => {
    const rodauth = read(400, {
      error: 'There was an error logging in',
      'field-error': ['login', 'no matching login'],
    });
    expect(rodauth.kind).toBe('validation');
    expect(rodauth.fieldErrors.map((e) => [e.field, e.message])).toEqual([['login', 'No matching login']]);
  });

  it('reads a serde enum named for a status as the code and its sentence, not a field', () => {
    const utoipa = read(401, { Unauthorized: 'missing api key' });
    expect(utoipa).toMatchObject({ kind: 'unauthenticated', code: 'Unauthorized', message: 'Missing api key' });
    expect(utoipa.fieldErrors).toEqual([]);
    // A one-member map of a field that is not a status's name stays a field.
    expect(read(400, { Email: 'is invalid' }).fieldErrors.map((e) => e.field)).toEqual(['Email']);
  });

  it('never lets a format’s code turn a 5xx into a 4xx kind', () => {
    const aria2 = read(500, { id: null, jsonrpc: '2.0', error: { code: -32700, message: 'Parse error.' } });
    expect(aria2).toMatchObject({ kind: 'server', code: '-32700' });
    expect(read(200, { jsonrpc: '2.0', id: 1, error: { code: -32700, message: 'Parse error.' } }).kind).toBe(
      'bad-request',
    );
    expect(kindOfCode('parse_error')).toBe('bad-request');
    expect(read(422, { error: { message: 'Invalid literal', type: 'parse_error' } }).kind).toBe('bad-request');
  });

  it('reads text escaped for HTML as its characters', () => {
    expect(folded('Unknown collection &#39;unknown&#39; &amp; &quot;more&quot;')).toBe(
      'Unknown collection \'unknown\' & "more"',
    );
    expect(quality(folded('&lt;b&gt;bold&lt;/b&gt;') ?? '')).toBe('markup');
    expect(
      quality(folded('Error converting from &#39;String&#39; to &#39;Long&#39; For input string: &#34;a&#34;') ?? ''),
    ).toBe('developer');
  });

  it('reads status phrases reworded, a promise that engineers were told and more lines as generic or developer text', () => {
    for (const line of ['The URI is too long', 'Too large request', 'Unknown Media Type', 'Header fields are too long'])
      expect(quality(line), line).toBe('reason');
    for (const line of [
      'Something bad happened.',
      "We've notified our engineers and hope to address this issue shortly.",
      'Unexpected field: inValid2',
      'OAuth 2.0 Parameter: grant_type',
    ])
      expect(quality(line), line).toBe('generic');
    for (const line of [
      'Expecting JSON to decode to an object.',
      'Invalid boolean. Got: string',
      'Only JSON format requests are allowed',
      'Only application/json content-type bodies are supported on POST /reg',
      `Bad Request Body'[{"op":"add","path":"/parent"}]'`,
      'id = 1',
    ])
      expect(quality(line), line).toBe('developer');
    // What older cases keep: IGDB's bare "Syntax Error", Bird's header format, Cromwell's options after an arrow.
    expect(quality('Syntax Error')).not.toBe('developer');
    expect(quality('Invalid authorization header format.')).toBe('sentence');
    expect(
      quality('Invalid workflow options provided: Unsupported key/value pair: defaultRuntimeOptions -> {"cpu":1}'),
    ).not.toBe('developer');
  });
});

describe('the ninety-first holdout’s conventions, and where they stop', () => {
  it('reads an OpenAPI runtime expression as the pointer into the part it names', () => {
    const kappa = read(400, {
      errors: [{ dataLocation: '$request.body#/country (line 1, position 13)', message: 'exceeds maxLength 2' }],
    });
    expect(kappa.fieldErrors.map((e) => [e.field, e.message])).toEqual([['country', 'Exceeds maxLength 2']]);
    // The whole body is no field.
    const whole = read(400, { errors: [{ dataLocation: '$request.body (line 1, position 1)', message: 'Bad.' }] });
    expect(whole.fieldErrors.filter((e) => e.field)).toEqual([]);
  });

  it('reads Flask-Rebar’s `_general` as about the whole form, or the record that holds it', () => {
    const rebar = read(400, {
      message: 'JSON body parameters are invalid.',
      errors: { _general: 'Unexpected field: baz', nested: { _general: 'Unexpected field: x' } },
    });
    expect(rebar.messageSource).toBe('default');
    expect(rebar.fieldErrors.map((e) => e.field ?? null)).toEqual([null, 'nested']);
  });

  it('reads GraphQL over HTTP’s framing and OpenAPI validators’ reports as developer text', () => {
    for (const line of [
      'POST body sent invalid JSON.',
      'Unsupported charset "ASCII".',
      "Query parameter 'query' is missing or blank.",
      'Field "__schema" of type "__Schema!" must have a selection of subfields.',
      'required properties are missing: name, email',
      'Failed to cast value bar to type integer',
      'Security not valid for any requirement',
      "'not-a-valid-uuid' does not match '^[0-9]{2}$'",
      '8 is less than the minimum of 10',
      "'An' is too short",
      'Fields must be in JSON body.',
      'Error getting active endpoint: revision.serving.knative.dev "fake-name" not found',
    ])
      expect(quality(line), line).toBe('developer');
    // graphene-django's and IP Location API's lines, which their cases keep.
    expect(quality('Must provide query string.')).toBe('sentence');
    expect(quality('Content-Type must be application/json.')).toBe('sentence');
  });

  it('reads a part of the request called bad, failed schema validation and an apology for an internal error as generic', () => {
    for (const line of [
      'Bad Request Body',
      'Bad Query Parameter',
      'JSON body parameters are invalid.',
      'Parameter (pet) failed schema validation',
      'Sorry, there was an internal error.',
    ])
      expect(quality(line), line).toBe('generic');
  });
});

describe('the ninety-second holdout’s conventions, and where they stop', () => {
  it('reads Sails’ headline for missing or invalid parameters and a request missing its parameters as generic', () => {
    for (const line of [
      'The server could not fulfill this request (`POST /api/access-tokens`) due to 2 missing or invalid parameters.',
      'The change password request is missing new auth parameters. Please try again.',
    ])
      expect(quality(line), line).toBe('generic');
    // What a person's request lacks, in their words, stays.
    expect(quality('Your order request is missing shipping address details')).toBe('sentence');
  });

  it('reads an input refused for this call, or a header that would not parse, as naming only an input', () => {
    for (const line of [
      "Property 'isProtected' is not allowed for this method.",
      'Could not parse Upload-Length',
      'Could not parse the X-Api-Version header',
    ])
      expect(quality(line), line).toBe('generic');
    // A person's word that would not parse is no header's name.
    expect(quality('Could not parse Date')).toBe('sentence');
    const trilium = read(400, {
      status: 400,
      code: 'PROPERTY_NOT_ALLOWED',
      message: "Property 'isProtected' is not allowed for this method.",
    });
    expect([trilium.kind, trilium.messageSource, trilium.code]).toEqual([
      'validation',
      'default',
      'PROPERTY_NOT_ALLOWED',
    ]);
  });

  it('reads an `innererror` with a code of its own as what happened, in its sentence', () => {
    const textAnalytics = read(400, {
      error: {
        code: 'InvalidRequest',
        message: 'Invalid document in request.',
        innererror: {
          code: 'InvalidDocument',
          message: 'Request contains duplicated Ids. Make sure each document has a unique Id.',
        },
      },
    });
    expect([textAnalytics.kind, textAnalytics.code, textAnalytics.message]).toEqual([
      'validation',
      'InvalidDocument',
      'Request contains duplicated Ids. Make sure each document has a unique Id.',
    ]);
    // A type of error said to occur is no sentence to show (Azure Monitor's inner lines), nor is a debug message.
    const monitor = read(400, {
      error: {
        code: 'BadArgumentError',
        message: 'The request had some invalid properties',
        innererror: { code: 'SemanticError', message: 'A semantic error occurred.' },
      },
    });
    expect(monitor.messageSource).toBe('default');
    for (const line of ['A recognition error occurred in the query.', 'Connection error'])
      expect(quality(line), line).toBe('generic');
  });

  it('reads an unexpected error’s code on a 4xx as no server failure, and a server error’s as one', () => {
    const topwr = read(400, { error: { message: 'Unexpected error', code: 'E_UNEXPECTED_ERROR' } });
    expect(topwr.kind).toBe('bad-request');
    expect(read(400, { error: { message: 'Unexpected error', code: 'server_error' } }).kind).toBe('server');
    expect(read(500, { error: { message: 'Unexpected error', code: 'E_UNEXPECTED_ERROR' } }).kind).toBe('server');
  });
});

describe('the ninety-third holdout’s conventions, and where they stop', () => {
  it('reads class-validator’s lines under nestjs-i18n’s `errors` as field errors, under a reason phrase only', () => {
    const i18n = read(400, {
      statusCode: 400,
      message: 'Bad Request',
      errors: ['email is invalid', 'extra.min with value: "1" needs to be at least 5'],
    });
    expect(i18n.fieldErrors.map((e) => e.field)).toEqual(['email', 'extra.min']);
    // An app's own headline over one line keeps the line as the message (Lusha's).
    const own = read(400, {
      statusCode: 400,
      message: 'Validation failed',
      errors: ['entityType must be one of: contact, company'],
    });
    expect(own.fieldErrors.filter((e) => e.field)).toEqual([]);
  });

  it('reads a zod issue with a path of segments under `errors` as a field error, not a GraphQL error', () => {
    const zod = read(400, {
      statusCode: 400,
      message: 'Validation failed',
      errors: [{ code: 'too_small', message: 'String must contain at least 8 character(s)', path: ['password'] }],
    });
    expect([zod.kind, zod.messageSource, zod.fieldErrors.map((e) => e.field)]).toEqual([
      'validation',
      'default',
      ['password'],
    ]);
  });

  it('reads a route’s signature, a timeout on a GraphQL field, a Rust parse report and a Go map as developer text', () => {
    for (const line of [
      'Missing argument: (param: String) Arguments provided did not match expected signature: getArticle articleId Int',
      'Timeout on Query.sleepFor',
      "Bad parameter in URL path: unable to parse 'asdf' as bool",
      'Authentication failed : bindings results[[{[true] map[x:false]}]] ok[true]',
    ])
      expect(quality(line), line).toBe('developer');
    // Meilisearch's reason, which its case keeps.
    expect(quality('could not parse `doggo` as a positive integer')).toBe('sentence');
  });

  it('reads a malformed header, status phrases reworded and stock apologies as saying no more than the status', () => {
    for (const line of [
      'Malformed Accept header',
      'Application encountered an internal error. Please try again later.',
      'We encountered an error while processing your request.',
      'Your request is in a bad format.',
      'You are not authenticated to perform the requested action.',
    ])
      expect(quality(line), line).toBe('generic');
    for (const line of ['Request URI too long.', 'Length limit exceeded']) expect(quality(line), line).toBe('reason');
    expect(quality('Malformed email')).toBe('sentence');
  });

  it('reads too many attempts of any kind as a throttle, and a code led by its operation by its reason', () => {
    expect(kindOfCode('too_many_login_attempts')).toBe('rate-limited');
    expect(kindOfCode('REGISTER_INVALID_PASSWORD')).toBe('validation');
    expect(kindOfCode('RESET_PASSWORD_BAD_TOKEN')).toBe('validation');
    // Other words after an operation keep their own reading.
    expect(kindOfCode('LOGIN_BAD_CREDENTIALS')).toBe('unauthenticated');
    expect(kindOfCode('ITEM_LOGIN_REQUIRED')).toBeUndefined();
  });
});

describe('the ninety-fourth holdout’s conventions, and where they stop', () => {
  it('reads the reason inside Spring’s status line, and stock lines, as saying no more than the status', () => {
    const spring = read(405, { message: '405 METHOD_NOT_ALLOWED "Request method \'OPTIONS\' not supported"' });
    expect(spring.messageSource).toBe('default');
    for (const line of [
      'A runtime exception has happened',
      'Request failed during generation',
      "Request method 'OPTIONS' not supported",
      'Request is not a valid OAuth request.',
    ])
      expect(quality(line), line).toBe('generic');
    // A quoted line after a status that is not Spring's name for it is left as it is.
    expect(folded('405 "Request method not supported"')).toBe('405 "Request method not supported"');
  });

  it('reads JSON Schema and RAML reports, .NET and OData internals, DBAL and jsonwebtoken’s words as developer text', () => {
    for (const line of [
      'Value "cats" is not allowed in enum.',
      'Required property api_key was not present.',
      'Request body validation failed. Required properties client_id, client_secret are missing at #.',
      'Offset-BAD-REQUEST parameters are not defined in RAML.',
      "Decoding of the property with path '$.failedExample.[1].intProperty' failed because the expected type is 'Integer'",
      "The query specified in the URI is not valid. IFeatureCollection has been disposed. Object name: 'Collection'.",
      'The query specified in the URI is not valid. Query options $filter and $top can be applied only on collections.',
      'A DBAL error occured while writing var/site/storage/images/thumb.jpg',
      'jwt expired',
    ])
      expect(quality(line), line).toBe('developer');
    // A person's words about an expiry stay.
    expect(quality('Your session has expired.')).toBe('sentence');
  });
});

describe('the ninety-fifth holdout’s conventions, and where they stop', () => {
  it('reads a GraphQL response’s partial `data` as what resolved, never as a map of fields', () => {
    const juniper = read(200, {
      data: { example: { contents: 'Some file text', foo: null } },
      errors: [{ message: 'Could not read the file', locations: [{ line: 2, column: 4 }] }],
    });
    expect(juniper.fieldErrors).toEqual([]);
    // A mutation payload's error list there still gives fields (Shopify's `userErrors`).
    const shopify = read(200, {
      data: {
        productCreate: { product: null, userErrors: [{ field: ['input', 'title'], message: 'Title is blank' }] },
      },
      errors: [{ message: 'Mutation failed', locations: [] }],
    });
    expect(shopify.fieldErrors.map((e) => e.field)).toEqual(['input.title']);
  });

  it('reads a device’s code labelled after its sentence as the developer’s part, and a plea to retry as generic', () => {
    const kapua = read(500, {
      httpErrorCode: 500,
      message: 'The device has not found the requested resource. Error Code: NOT_FOUND - Error Message: null',
    });
    expect(kapua.message).toBe('The device has not found the requested resource.');
    expect(quality('Error occurred. Please, retry again')).toBe('generic');
  });

  it('reads a JWT’s signing method and Rust’s I/O and UTF-8 errors as developer text', () => {
    for (const line of [
      'Expected RS256 signing method but token specified HS256',
      'Permission denied (os error 13)',
      'invalid utf-8 sequence of 2 bytes from index 0',
    ])
      expect(quality(line), line).toBe('developer');
    expect(quality('Permission denied')).not.toBe('developer');
  });
});

describe('the ninety-sixth holdout’s conventions, and where they stop', () => {
  it('reads a map of lists under `param` as field errors, below a headline that sends the reader there', () => {
    const ilovepdf = read(400, {
      error: {
        type: 'StartError',
        message: "The task can't be initialized, check why in the params",
        code: 400,
        param: { task: ["You don't have enough signatures to start a request."] },
      },
    });
    expect(ilovepdf.kind).toBe('validation');
    expect(ilovepdf.fieldErrors.map((e) => e.field)).toEqual(['task']);
    expect(ilovepdf.message).not.toMatch(/check why/);
    // Stripe's `param` names the field an error is about: a string, never a map of fields.
    expect(read(400, { error: { message: 'Invalid email', param: 'email' } }).fieldErrors).toEqual([
      expect.objectContaining({ field: 'email' }),
    ]);
  });

  it('reads PHP’s null given, a null pointer and Go’s time parser as developer text', () => {
    for (const line of [
      'Pin code should be non-empty string. NULL given',
      'Null Pointer',
      'invalid from parameter: parsing time "2023-12-12T00:00:00" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00"',
    ])
      expect(quality(line), line).toBe('developer');
    expect(quality('Pointer events are not allowed here.')).not.toBe('developer');
  });

  it('reads a count of violations, an illegal argument, a read error and the 418 in words as saying no more than the status', () => {
    expect(quality('6 violations failed')).toBe('generic');
    expect(quality('Illegal Argument')).toBe('generic');
    expect(quality('read error')).toBe('generic');
    expect(quality('I am a teapot')).toBe('reason');
    // A line that says what was read keeps it.
    expect(quality('Could not read the uploaded file')).toBe('sentence');
  });

  it('reads a key the request lacks, named as code, as naming only an input', () => {
    const xsolla = read(422, {
      error: { code: 'INVALID_PARAMETER', message: 'notification_type key not found in Xsolla webhook request' },
    });
    expect(xsolla.message).not.toMatch(/notification_type/i);
    // A person's word for what was not found stays.
    expect(quality('Account key not found')).not.toBe('generic');
  });
});

describe('the ninety-seventh holdout’s conventions, and where they stop', () => {
  it('reads JSON-RPC codes sent as strings, the spec’s meanings, and the server’s own range as naming no kind', () => {
    const zonemaster = read(200, {
      jsonrpc: '2.0',
      id: null,
      error: {
        message: 'The JSON sent is not a valid request object.',
        code: '-32600',
        data: '/method: Missing property.',
      },
    });
    expect(zonemaster.kind).toBe('bad-request');
    expect(zonemaster.code).toBe('-32600');
    expect(zonemaster.message).not.toMatch(/JSON sent|Missing property/);
    const besu = read(200, {
      jsonrpc: '2.0',
      id: 4,
      error: { code: -32000, message: 'total blob gas 917504 exceeds max blob gas per block 786432' },
    });
    expect(besu.kind).toBe('unknown');
    expect(besu.message).toMatch(/exceeds max blob gas per block/);
    // The exception named in `data` still names the kind (Geotab's).
    const geotab = read(200, {
      jsonrpc: '2.0',
      error: { code: -32000, message: 'Incorrect login credentials', data: { type: 'InvalidUserException' } },
    });
    expect(geotab.kind).toBe('unauthenticated');
    // A code written in words is no JSON-RPC code.
    expect(read(200, { jsonrpc: '2.0', error: { code: 'oops', message: 'Failed' } }).code).toBe('oops');
  });

  it('reads a JSON Schema validator’s `params` as its keyword’s arguments, never a map of fields', () => {
    const typebox = read(400, {
      success: false,
      errors: [
        {
          keyword: 'required',
          schemaPath: '#',
          instancePath: '',
          params: { requiredProperties: ['title'] },
          message: 'must have required properties title',
        },
      ],
    });
    expect(typebox.fieldErrors.filter((e) => e.field)).toEqual([]);
    expect(typebox.kind).toBe('bad-request');
  });

  it('reads Fastify’s validation line, serde, RLP, Go’s counts and structs and gRPC’s connections as developer text', () => {
    for (const line of [
      'body/name Invalid input: expected string, received undefined',
      'querystring/jobId Invalid input: expected number, received NaN',
      "Response doesn't match the schema",
      '/method: Missing property.',
      'Expected object - got null.',
      'Invalid params: invalid length 0, expected a tuple of size 1.',
      'Invalid block, unable to parse RLP',
      'expected 1 macaroon, got 0',
      'all SubConns are in TransientFailure, latest connection error: connection error: desc = "transport: …"',
      'TransactionPool.Remember: transaction J7A6: overspend (account HRLD, data {_struct:{} Status:Offline}',
      'Invalid request json',
    ])
      expect(quality(line), line).toBe('developer');
    // A person's sentence that mentions a body or a count stays.
    expect(quality('The body of your message is too long')).toBe('sentence');
    expect(quality('Dr.Smith: your appointment is cancelled')).toBe('sentence');
  });

  it('reads too few fields, a body in the wrong format and an input’s one-word error as saying nothing more', () => {
    expect(quality('Not enough fields provided')).toBe('generic');
    expect(quality('request body does not follow the required format')).toBe('generic');
    expect(quality('未提供参数')).toBe('generic');
    expect(quality('Error with parameter "ll": Required')).toBe('generic');
    // A field named in a person's words stays.
    expect(quality('Error with field Name: Required')).toBe('sentence');
  });

  it('reads a JSON body that is only a code, Apple’s `userString`, a method the URL refuses and a range of minutes', () => {
    const apple = read(403, '"token_rejected"');
    expect(apple.kind).toBe('unauthenticated');
    expect(apple.code).toBe('token_rejected');
    // A bare word sent as text stays text (Open Charge Map's).
    expect(read(403, 'REJECTED_APIKEY_INVALID').kind).toBe('forbidden');
    const portal = read(200, {
      resultCode: 2170,
      resultString: 'Your developer account needs to be updated.',
      userString: 'Your developer account needs to be updated.  Please visit Apple Developer Registration.',
    });
    expect(portal.message).toMatch(/developer account needs to be updated/);
    expect(kindOfCode('InvalidMethod')).toBe('bad-request');
    expect(kindOfCode('invalid_method_name')).toBe('validation');
    expect(waitInText('The package is being compiled, please try again in 3-5 minutes')).toBe(180_000);
  });
});

describe('the ninety-eighth holdout’s conventions, and where they stop', () => {
  it('reads GraphQL over HTTP’s framing, graphql-js’s coercion, an aborted fetch and PyJWT’s segments as developer text', () => {
    for (const line of [
      'GraphQL operation field `query` missing.',
      'Request body JSON `variables` field must be an object.',
      "Variables must be an object, not 'number'.",
      "Operation name must be a string, not 'number'.",
      'POST body missing. Did you forget use body-parser middleware?',
      'Boolean cannot represent a non boolean value: "wrong type"',
      'The operation was aborted due to timeout',
      'Not enough segments',
      'Malformed JSON',
    ])
      expect(quality(line), line).toBe('developer');
    // A person's words about an operation stay.
    expect(quality('The operation was cancelled by your administrator.')).toBe('sentence');
  });

  it('reads "whilst", a gRPC code before a failed validation, a router’s 404 and a reworded 413 as the status', () => {
    expect(quality('An error occurred whilst processing your request')).toBe('generic');
    expect(quality('invalid argument: validation failed')).toBe('generic');
    expect(quality('No handler found for path: /greet/test2')).toBe('reason');
    expect(quality('payload is too large')).toBe('reason');
  });

  it('reads a JSON-RPC server code’s stock text aside for the sentence in its `data`', () => {
    const jsonrpsee = read(413, {
      jsonrpc: '2.0',
      error: { code: -32701, message: 'Request is too big', data: 'Exceeded max limit of 100' },
      id: null,
    });
    expect(jsonrpsee.message).toBe('Exceeded max limit of 100');
    // A server's own sentence keeps its place over `data`.
    const own = read(200, {
      jsonrpc: '2.0',
      error: { code: -32000, message: 'Account is locked', data: 'see the admin console' },
      id: 1,
    });
    expect(own.message).toBe('Account is locked');
  });

  it('reads a validator’s rule under an envelope’s name as that field’s, when nothing else is there', () => {
    const apistar = read(400, { name: 'Must have no more than 10 characters.' });
    expect(apistar.kind).toBe('validation');
    expect(apistar.fieldErrors.map((e) => e.field)).toEqual(['name']);
    // An error's name beside its message stays the error's.
    expect(read(400, { name: 'ValidationError', message: 'Must be a number' }).fieldErrors).toEqual([]);
  });
});

describe('the ninety-ninth holdout’s conventions, and where they stop', () => {
  it('reads an application that "has encountered an unknown error" as saying no more than the status', () => {
    expect(quality('The application has encountered an unknown error')).toBe('generic');
    // What it encountered, said, stays.
    expect(quality('The application has encountered a problem with your card')).toBe('sentence');
  });
});

describe('the hundredth holdout’s conventions, and where they stop', () => {
  it('reads `parameters` at the head of a location list as where the input came from, not a field', () => {
    const rororo = read(422, { detail: [{ loc: ['parameters', 'owner'], message: "'ab' is too short" }] });
    expect(rororo.fieldErrors.map((e) => e.field)).toEqual(['owner']);
    // A lone `parameters` is a field of that name, as a lone `query` is.
    expect(fields(422, { errors: [{ field: 'parameters', message: 'must be an object' }] })).toEqual([
      ['parameters', 'Must be an object'],
    ]);
  });

  it('reads a sentence with a link in it, sent as HTML, as a sentence; a page of lines stays a page', () => {
    const headers = { 'content-type': 'text/html' };
    const tycho = read(
      200,
      'Invalid API key. Please see the <a href="/dataset/api">API Help</a> (https://www.tycho.pitt.edu/dataset/api) for more information.',
      headers,
    );
    expect(tycho.message).toMatch(/^Invalid API key\. Please see the API Help \(/);
    const waf = read(
      406,
      'Your request was blocked due to suspicious behavior<br/>\n<br/>\n Incident ID : X39p6JpB3449QZ0xftOhrgAABhU',
      headers,
    );
    expect(waf.message).not.toMatch(/blocked/);
  });

  it('searches a map named for the error’s parts beside an OAuth-style `error` for fields', () => {
    const paysera = read(400, {
      error: 'invalid_request',
      error_description: 'Validation failed',
      error_properties: { 'purchase.amount': ['Amount should be greater than 0'] },
    });
    expect(paysera.kind).toBe('validation');
    expect(paysera.fieldErrors.map((e) => [e.field, e.message])).toEqual([
      ['purchase.amount', 'Amount should be greater than 0'],
    ]);
    // A list of codes under such a name is no field.
    expect(read(400, { error: 'invalid_grant', error_codes: [70008] }).fieldErrors).toEqual([]);
  });

  it('reads JWT internals named by a key or a claim, a parameter "required" by name and a plea to contact support', () => {
    expect(quality('No matching JWK')).toBe('developer');
    expect(quality("Invalid claim 'jti'")).toBe('developer');
    expect(quality('Require params: recipient.')).toBe('generic');
    expect(quality('Something went wrong, try again or contact support.')).toBe('generic');
    // What a person is asked to do about their own input stays.
    expect(quality('Your claim number is not valid.')).toBe('sentence');
  });

  it('finds class-validator’s errors where Apollo Server put TypeGraphQL’s, and never takes the echoed value', () => {
    const item = {
      target: { title: 'Lorem ipsum dolor sit amet, Lorem ipsum dolor sit amet' },
      value: 'Lorem ipsum dolor sit amet, Lorem ipsum dolor sit amet',
      property: 'title',
      children: [],
      constraints: { maxLength: 'title must be shorter than or equal to 30 characters' },
    };
    const error = { message: 'Argument Validation Error', locations: [{ line: 2, column: 3 }], path: ['addRecipe'] };
    const apollo = read(200, {
      errors: [
        {
          ...error,
          extensions: { code: 'INTERNAL_SERVER_ERROR', exception: { validationErrors: [item], stacktrace: ['Error'] } },
        },
      ],
      data: null,
    });
    expect(apollo.fieldErrors.map((e) => [e.field, e.message])).toEqual([
      ['title', 'Title must be shorter than or equal to 30 characters'],
    ]);
    const lifted = read(200, { errors: [{ ...error, validationErrors: [item] }], data: null });
    expect(lifted.kind).toBe('validation');
    expect(lifted.fieldErrors.map((e) => e.field)).toEqual(['title']);
    // Apollo's stack trace under `exception` is no field.
    const trace = read(400, {
      errors: [
        { message: 'x', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', exception: { stacktrace: ['at a'] } } },
      ],
    });
    expect(trace.fieldErrors).toEqual([]);
  });
});

describe('the hundred-and-first holdout’s conventions, and where they stop', () => {
  it('reads Swift’s decoding errors, jsonwebtoken’s claim checks, CORS, an open circuit and JSON that would not parse as developer text', () => {
    for (const line of [
      'Coding key `name` not found.',
      'Type mismatch for `value` key, expected `Int` type.',
      'Value not found for `name` key.',
      'Jwt audience invalid. expected: not-expected-audience',
      'Jwt issuer invalid. expected: http://wrong',
      "CORS: invalid origin 'http://invalid.com'",
      'Not allowed by CORS',
      'Circuit open',
      'Invalid JSON document',
    ])
      expect(quality(line), line).toBe('developer');
    // A person's words about the same things stay.
    expect(quality('The circuit must be an object')).toBe('sentence');
    expect(quality('Your request was not allowed by your administrator.')).toBe('sentence');
  });

  it('reads the data "not valid input", a note that the developers were told and a pointer to the docs as no message', () => {
    expect(quality('The given data was not valid input.')).toBe('generic');
    expect(quality("We've encountered unexpected error, but our developers had been already notified about it")).toBe(
      'generic',
    );
    expect(quality('Check out http://jsonapi.org/format/#crud for more info.')).toBe('generic');
    // What the docs are for, said, stays.
    expect(quality('See the docs: amounts are in cents.')).toBe('sentence');
  });

  it('gives a JSON:API error’s field its title when its detail only points to the docs', () => {
    const jsonapi = read(400, {
      errors: [
        {
          detail: 'Check out http://jsonapi.org/format/#crud for more info.',
          source: { pointer: '/data/id' },
          status: '400',
          title: 'Missing id in data parameter',
        },
      ],
    });
    expect(jsonapi.fieldErrors.map((e) => [e.field, e.message])).toEqual([['data.id', 'Missing id in data parameter']]);
  });
});

describe('the hundred-and-second holdout’s conventions, and where they stop', () => {
  it('reads a pointer to a status page, "not authorized to make this request" and tide’s label before serde as no message', () => {
    expect(read(500, { error: 'Whoops. Check status.httpush.com for details.' }).message).toBe('Try again later.');
    // "Not authorized to make this request" restates a 401, and says what was refused on a 403.
    const iceberg = { error: { message: 'Not authorized to make this request', type: 'NotAuthorizedException' } };
    expect(read(401, iceberg).message).toBe('Your session may have ended. Sign in and try again.');
    expect(read(403, iceberg).message).toBe('Not authorized to make this request');
    expect(read(400, 'failed with reason: missing field `msg`').message).toBe('Check your answers and try again.');
    // What to check, said for the person, stays.
    expect(quality('Check your email for details.')).toBe('sentence');
  });

  it('reads a Rust value printed with `{:?}` as developer text', () => {
    expect(quality('name: Validation error: length [{"min": Number(5), "value": String("1234")}]')).toBe('developer');
  });

  it('reads a `fields` member inside a map as the holder of its fields, not a field', () => {
    const plugnotas = read(400, {
      error: { message: 'Falha na validacao', data: { fields: { certificado: 'Preenchimento obrigatorio' } } },
    });
    expect(plugnotas.fieldErrors.map((e) => [e.field, e.message])).toEqual([
      ['certificado', 'Preenchimento obrigatorio'],
    ]);
    // Keyed by position, it is a list the record holds: a step of the path (Discord's embed `fields`).
    const embed = { fields: { '1': { value: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Too long.' }] } } } };
    const discord = read(400, { code: 50035, errors: { embeds: { '0': embed } }, message: 'Invalid Form Body' });
    expect(discord.fieldErrors.map((e) => e.field)).toEqual(['embeds.0.fields.1.value']);
  });
});

describe('the hundred-and-third holdout’s conventions, and where they stop', () => {
  it('reads a request validator’s line that names the request’s part by a slashed path as developer text', () => {
    expect(quality('Request/params/holidayId must be <= 32')).toBe('developer');
    expect(quality('request/body/name must be string')).toBe('developer');
    // A sentence that begins with the word stays.
    expect(quality('Request must be sent before noon.')).toBe('sentence');
  });

  it('judges a dotted name by its last member: a scope under an authorization request is no credential', () => {
    expect(read(400, { detail: '"authorizationRequest.scope" is required' }).message).toBe(
      'Check your answers and try again.',
    );
    // A credential asked for alone still stays, with a dot after it too.
    expect(read(403, { message: 'Unknown x-api-key.' }).message).toBe('Unknown x-api-key.');
  });
});

describe('the hundred-and-fourth holdout’s conventions, and where they stop', () => {
  it('reads a code in the message’s member as the kind when the code beside it is a number behind a prefix', () => {
    const unicourt = (status: number, message: string) =>
      read(status, { code: 'UN400', details: 'Please provide your client code.', message, object: 'Exception' });
    expect(unicourt(400, 'INVALID_INPUT').kind).toBe('validation');
    expect(unicourt(400, 'INVALID_INPUT').code).toBe('UN400');
    // A limit reached is a quota, on a 403 too.
    expect(unicourt(403, 'LIMIT_REACHED').kind).toBe('rate-limited');
    expect(kindOfCode('LIMIT_REACHED')).toBe('rate-limited');
    // A word beside a word keeps the code’s reading.
    expect(read(400, { code: 'SEALED', message: 'INVALID_INPUT' }).kind).toBe('bad-request');
  });

  it('reads an error class named after a status before the text as a label, and any other class as a developer’s', () => {
    const groundhog = {
      error: { message: "BadRequestError: The 'year' must be between 1886 and 2022 (inclusive).", status: 400 },
    };
    expect(read(400, groundhog).message).toBe("The 'year' must be between 1886 and 2022 (inclusive).");
    expect(folded('NotFoundError: No groundhog with that name')).toBe('No groundhog with that name');
    expect(quality("TypeError: Cannot read properties of undefined (reading 'x')")).toBe('developer');
    expect(quality('ValidationError: name: Path `name` is required.')).toBe('developer');
  });

  it('reads more pleas and pointers after a summary as generic', () => {
    const complycube =
      'An error has occurred, try your request again. If you still keep getting this error, please get in touch with Support.';
    expect(quality(complycube)).toBe('generic');
    expect(quality('Validation failed, please modify your request and try again.')).toBe('generic');
    expect(quality('Bad request. Please review errors.')).toBe('generic');
    expect(quality('Invalid operation.')).toBe('generic');
    // A plea alone, without the condition, is the message some APIs send (Flutterwave’s "Please contact support").
    expect(quality('An error occurred. Please contact support')).toBe('sentence');
  });

  it('reads a lone FHIR issue that says only that the request failed as no form error', () => {
    const outcome = (diagnostics: string) => ({
      resourceType: 'OperationOutcome',
      issue: [
        { severity: 'error', code: 'invalid', details: { coding: [{ code: 'INVALID_OPERATION' }] }, diagnostics },
      ],
    });
    const generic = read(400, outcome('Invalid request.'));
    expect([generic.kind, generic.code, generic.fieldErrors]).toEqual(['bad-request', 'INVALID_OPERATION', []]);
    // One that names what is wrong still speaks.
    expect(read(400, outcome('The provided event ID is missing.')).message).toBe('The provided event ID is missing.');
  });

  it('reads text in `data` as the message when it is all the body holds', () => {
    expect(read(403, { data: "The syntax of the user's email is invalid." }).message).toBe(
      "The syntax of the user's email is invalid.",
    );
    // Beside other members, `data` stays the payload.
    expect(read(403, { data: 'The syntax is invalid.', id: 7 }).message).toBe(
      'Your account does not have permission to do this.',
    );
  });
});

describe('the hundred-and-fifth holdout’s conventions, and where they stop', () => {
  it('reads an `unsupported…` value named on a 422 as the input’s fault, and an unsupported media type as the request’s', () => {
    const camara = {
      status: 422,
      code: 'UNSUPPORTED_IDENTIFIER',
      message: 'The identifier provided is not supported.',
    };
    expect(read(422, camara).kind).toBe('validation');
    expect(read(422, { error: 'unsupported_schema' }).kind).toBe('validation');
    expect(read(422, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Use JSON.' }).kind).toBe('bad-request');
    // On a 400 the code still says the request was bad.
    expect(read(400, { code: 'UNSUPPORTED_IDENTIFIER', message: 'Not supported.' }).kind).toBe('bad-request');
  });

  it('reads gRPC’s own wording of its codes, CAMARA’s invalid combination and an update-and-try-again plea as generic', () => {
    expect(quality('Client specified an invalid range.')).toBe('generic');
    expect(quality('Unknown server error. Typically a server bug.')).toBe('generic');
    expect(quality('Indicated parameter combination is invalid')).toBe('generic');
    expect(quality('The request is invalid and cannot be processed. Update your request and try again.')).toBe(
      'generic',
    );
    expect(quality('Invalid format: phoneNumber')).toBe('generic');
    // A range the person can fix, said in words, stays.
    expect(quality('The start date must be before the end date.')).toBe('sentence');
  });

  it('reads Play JSON’s types named in a line as developer text', () => {
    expect(quality('Expected Map as JsObject')).toBe('developer');
    expect(quality('error.path.missing: expected JsString')).toBe('developer');
  });
});

describe('the hundred-and-sixth holdout’s conventions, and where they stop', () => {
  it('reads a key repeated in the request’s JSON as the body’s fault, and the parser’s report of it as a developer’s', () => {
    const digit = { code: 'REQUEST_JSON_DUPLICATE_KEY', message: 'Request body contains a duplicate property' };
    expect(read(400, { Errors: [digit] }).kind).toBe('bad-request');
    expect(quality('Request body contains a duplicate property')).toBe('developer');
    // A duplicate of a stored value is still a conflict.
    expect(kindOfCode('DUPLICATE_KEY')).toBe('conflict');
  });

  it('reads "The request is unauthorized." as the 401’s phrase, which says what was refused on a 403', () => {
    expect(read(401, { msg: 'The request is unauthorized.', status_code: '401' }).message).toBe(
      'Your session may have ended. Sign in and try again.',
    );
    expect(read(403, { msg: 'The request is unauthorized.' }).message).toBe('The request is unauthorized.');
  });

  it('reads a gateway’s own words for a 502 and a 504, a plea for every required parameter and a count as generic', () => {
    expect(quality('Publisher service returned an invalid response')).toBe('generic');
    expect(quality('Publisher service did not respond in time')).toBe('generic');
    expect(quality('Please provide all mandatory parameters')).toBe('generic');
    expect(quality('2 fields are invalid (profileUuid,userUuid)')).toBe('generic');
    // What the service said it could not do, for the person, stays.
    expect(quality('The payment service could not charge your card.')).toBe('sentence');
  });
});

describe('the hundred-and-seventh holdout’s conventions, and where they stop', () => {
  it('reads a Rails app’s `reasons` as its record’s messages: a lone one speaks, several make a validation failure', () => {
    const one = { error: { status: 400, message: 'Could not create entity', reasons: ['Email already exists'] } };
    expect(read(400, one).message).toBe('Email already exists');
    const several = {
      error: { message: 'Could not create encounter', reasons: ["Date can't be blank", 'Latitude is not a number'] },
    };
    expect(read(400, several).kind).toBe('validation');
    // A code there is a code, no message (Letta's).
    expect(read(429, { error: 'Rate limited', reasons: ['premium-usage-exceeded'] }).fieldErrors).toEqual([]);
  });

  it('reads a log record passed through as the message as developer text', () => {
    expect(quality('ERROR - 2018-10-08T18:15:11Z - Missing or expired authorization token')).toBe('developer');
    expect(quality('Error - please check the date you entered.')).toBe('sentence');
  });

  it('reads a gateway’s line about its backend as generic, and the backend’s error in `rootCause`', () => {
    const bc = {
      errorMessage: 'API backend third party service error.',
      rootCause: { message: 'You are not allowed to submit this type of filing for BC0887882.' },
    };
    expect(read(403, bc).message).toBe('You are not allowed to submit this type of filing for BC0887882.');
    expect(quality('Object is not valid')).toBe('generic');
  });
});

describe('the hundred-and-eighth holdout’s conventions, and where they stop', () => {
  it('reads Ajv 6’s "should NOT …", in its own capitals, as a validator’s report', () => {
    expect(quality('should NOT have additional properties')).toBe('developer');
    expect(read(400, { errors: ['should NOT have additional properties'] }).message).toBe(
      'Check your answers and try again.',
    );
    // The same words in a person’s sentence stay.
    expect(quality('Your password should not be your email address.')).toBe('sentence');
  });
});

describe('the hundred-and-ninth holdout’s conventions, and where they stop', () => {
  it('reads `sub_msg` beside `msg` as what happened, as `sub_code` is the specific code (Taobao, Alipay)', () => {
    const error = read(200, {
      error_response: {
        code: 560,
        msg: 'Remote service error',
        sub_code: 'isv.user-not-exist:invalid-nick',
        sub_msg: '查询不到对应的用户信息',
      },
    });
    expect(error.message).toBe('查询不到对应的用户信息');
    // Alone, `msg` still speaks.
    expect(read(200, { error_response: { code: 560, msg: 'Remote service error' } }).message).toBe(
      'Remote service error',
    );
  });

  it('reads the lone item of a list named for whose errors it holds, its `errorHint` the message (BrightPay)', () => {
    const error = read(400, {
      isSuccess: true,
      apiErrors: [
        {
          errorCode: 'USERHASNOACCESSTOEMPLOYER',
          errorHint: 'The user account you are connecting with does not have access to the Employer.',
        },
      ],
    });
    expect([error.kind, error.code, error.message]).toEqual([
      'forbidden',
      'USERHASNOACCESSTOEMPLOYER',
      'The user account you are connecting with does not have access to the Employer.',
    ]);
    const unknown = read(400, {
      apiErrors: [{ errorCode: 'UNKNOWNERROR', errorId: '83ce3515-f1b2-48f0-95de-6d0d325efc12', errorHint: 'x' }],
    });
    expect(unknown.logId).toBe('83ce3515-f1b2-48f0-95de-6d0d325efc12');
    // Of two items, neither speaks for the whole.
    expect(
      read(400, {
        apiErrors: [
          { errorId: 'a1b2c3d4e5', errorHint: 'x' },
          { errorId: 'f6a7b8c9d0', errorHint: 'y' },
        ],
      }).logId,
    ).toBeUndefined();
  });

  it('keeps a 4xx a client error beside a code that only says the error is unknown', () => {
    expect(read(400, { errorCode: 'UNKNOWNERROR', message: 'x' }).kind).toBe('bad-request');
    expect(read(400, { code: 'UNKNOWN_ERROR', message: 'x' }).kind).toBe('bad-request');
    // On a 2xx, where the status says nothing, the code still says the server failed.
    expect(read(200, { code: 'UNKNOWN_ERROR', message: 'x' }).kind).toBe('server');
  });

  it('reads an error description under a vendor’s short prefix (Cardmarket’s `mkm_error_description`)', () => {
    const body = {
      mkm_error_description: 'Service currently not available',
      internal_error_code: null,
      http_status_code: 400,
      http_status_code_description: 'Bad Request',
      rfc2616_description_link: 'http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html',
    };
    expect(read(400, body).message).toBe('Service currently not available');
    expect(isEnvelopeKey('mkm_error_description')).toBe(true);
    // A longer word before it names a field (`company_error_description` is no envelope's member).
    expect(isEnvelopeKey('company_error_description')).toBe(false);
  });

  it('reads a wrapper’s line about a malformed request, and a plea naming the error id, as generic', () => {
    expect(quality('We could not process your request due to malformed request, please check again')).toBe('generic');
    expect(
      quality(
        'An error has occurred. Please try again later. If the issue persists please contact support with your Error Id.',
      ),
    ).toBe('generic');
    // A sentence that says what failed stays.
    expect(quality('We could not process your request because the card has expired.')).toBe('sentence');
  });

  it('reads hapi’s “Invalid request payload JSON format” as a parser’s report', () => {
    expect(quality('Invalid request payload JSON format')).toBe('developer');
    expect(
      read(400, { statusCode: 400, error: 'Bad Request', message: 'Invalid request payload JSON format' }).message,
    ).toBe('Check your answers and try again.');
  });
});

describe('the hundred-and-tenth holdout’s conventions, and where they stop', () => {
  it('reads an incident’s id as the support id (GatewayAPI’s `incident_uuid`)', () => {
    const body = { code: '0x0213', incident_uuid: 'd8127429-fa0c-4316-b1f2-e610c3958f43', message: 'Unauthorized IP' };
    expect(read(403, body).logId).toBe('d8127429-fa0c-4316-b1f2-e610c3958f43');
  });

  it('reads an error status HTTP defines, under any code’s name beside a 2xx, as the status the body means', () => {
    const hostex = read(200, { error_code: 429, error_msg: 'Too many requests. Try again in 60 seconds.' });
    expect([hostex.kind, (hostex.retryAt ?? NOW) - NOW]).toEqual(['rate-limited', 60_000]);
    expect(read(200, { status: 'ERROR', err_code: '404', err_msg: 'Not found', errors: [] }).kind).toBe('not-found');
    // A vendor’s own number that only looks like a status is not one (T-Bank’s `ErrorCode: "508"`).
    expect(read(200, { Success: false, ErrorCode: '508', Message: 'Неверные параметры.' }).kind).toBe('unknown');
  });

  it('reads `params` naming the parameters an item is about as its field (Siigo)', () => {
    const error = read(400, {
      Status: 400,
      Errors: [
        {
          Code: 'parameter_required',
          Message: 'The field mail_to is required',
          Params: ['mail_to'],
          Detail: 'Check the API documentation: https://developer.siigo.com/introduction',
        },
      ],
    });
    expect([error.kind, error.message]).toEqual(['validation', 'Check your answers and try again.']);
    expect(error.fieldErrors.map((e) => [e.field, e.message])).toEqual([['mail_to', 'The field mail_to is required']]);
    expect(quality('Check the API documentation: https://developer.siigo.com/introduction')).toBe('generic');
  });

  it('reads “Possible required parameter missing.” after a reason phrase as generic (Getty Images)', () => {
    expect(quality('Invalid Request. Possible required parameter missing.')).toBe('generic');
  });

  it('reads JSON data that did not parse and a Python validator’s repr as developer text', () => {
    expect(quality('Invalid JSON data in request body.')).toBe('developer');
    expect(
      quality(
        "Value {'key': 'a.mp4', 'bucket_id': None} not valid for schema of type object: (<ValidationError: 'None for not nullable'>)",
      ),
    ).toBe('developer');
    expect(
      read(400, {
        message: 'Request body validation error',
        details: "Value {'a': None} not valid for schema of type object",
      }).message,
    ).toBe('Check your answers and try again.');
  });

  it('reads “You’re not authorized” as the 401’s phrase, and as what was refused on a 403 (Veeqo, Nhost)', () => {
    expect(read(401, { error_messages: "You're not authorized" }).message).toBe(
      'Your session may have ended. Sign in and try again.',
    );
    expect(read(403, { error: { message: 'you are not authorized' } }).message).toBe('You are not authorized');
  });
});

describe('the hundred-and-eleventh holdout’s conventions, and where they stop', () => {
  it('reads “Auth failed.” as the 401’s phrase, and “Query Param is error.” as generic (Huawei Cloud)', () => {
    expect(read(401, { error_code: 'AOM.0401', error_msg: 'Auth failed.' }).message).toBe(
      'Your session may have ended. Sign in and try again.',
    );
    expect(quality('Query Param is error.')).toBe('generic');
  });

  it('reads JSON that could not be processed, a Python dict printed and a table insert as developer text', () => {
    expect(quality('Unable to process JSON')).toBe('developer');
    expect(
      quality(
        "Body_validation_errors: {'media': {'text_role': [\"The following property is invalid: ({'color': ['Must be an hexadecimal color.']}).\"]}}",
      ),
    ).toBe('developer');
    expect(quality('Fatal Error: Error inserting into itPortfolioTBMAudit table')).toBe('developer');
    // A sentence that mentions a table stays.
    expect(quality('The table you booked is no longer available.')).toBe('sentence');
  });

  it('reads a missing parameter named with “or”, something unexpected, and an unknown error as generic', () => {
    expect(quality('Missing required parameter: html or url')).toBe('generic');
    expect(quality('Something unexpected happened in Hilma')).toBe('generic');
    expect(quality('Unknown Hilma error')).toBe('generic');
  });

  it('reads a JSON:API error with only its `id`, `status` and `code` as one, its `id` the support id (Airlock IAM)', () => {
    const error = read(400, {
      meta: { type: 'jsonapi.metadata.document', nextAuthStep: 'PASSWORD_REQUIRED' },
      errors: [{ id: '5112:9070', status: 400, code: 'USERNAME_PASSWORD_WRONG' }],
    });
    expect([error.kind, error.logId, error.code]).toEqual(['unauthenticated', '5112:9070', 'USERNAME_PASSWORD_WRONG']);
    expect(read(400, { errors: [{ id: '9420:5816', status: 400, code: 'OTP_WRONG' }] }).kind).toBe('unauthenticated');
    // Of two errors, neither id speaks for the whole.
    expect(
      read(400, {
        errors: [
          { id: 'a1', status: 400, code: 'X' },
          { id: 'b2', status: 400, code: 'Y' },
        ],
      }).logId,
    ).toBeUndefined();
  });
});

describe('the hundred-and-twelfth holdout’s conventions, and where they stop', () => {
  it('reads Go’s JSON decoder on a quoted punctuation mark as developer text (Spike API)', () => {
    expect(quality("Invalid character ',' looking for beginning of value")).toBe('developer');
    // A quoted mark in a person’s sentence stays.
    expect(quality("Your name can't contain the character '@'.")).toBe('sentence');
  });

  it('reads “Invalid syntax.”, “Query timed out.” and a bracketed missing parameter as generic', () => {
    expect(quality('Invalid syntax.')).toBe('generic');
    expect(quality('Query timed out.')).toBe('generic');
    expect(quality('Mandatory parameter [to] missing')).toBe('generic');
  });

  it('reads a search that found nothing as not found (Trainline’s `no_results` on a 400)', () => {
    expect(read(400, { error: { code: 'no_results', message: {} } }).kind).toBe('not-found');
    expect(kindOfCode('no_results')).toBe('not-found');
  });
});
