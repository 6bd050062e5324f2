/**
 * Failed responses a story's `error` control can choose from by name: one per kind, shaped like
 * what real APIs send. They are response-like inputs, so `retryAt` is stamped by the story's clock.
 */
export const samples = {
  'Validation (422 problem+json)': {
    status: 422,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      type: 'https://example.net/validation-error',
      title: 'Your request is not valid.',
      status: 422,
      errors: [
        { detail: 'Enter an email address in the correct format, like name@example.com', pointer: '#/email' },
        { detail: 'Enter a date of birth in the past', pointer: '#/dateOfBirth' },
      ],
    },
  },
  'Validation with a form-level message (meta.error)': {
    status: 422,
    headers: {},
    body: {
      meta: {
        status: 422,
        error: {
          type: 'ValidationFailure',
          message: 'data validation failed',
          errors: [
            { type: 'InvalidEmail', message: 'invalid email' },
            { type: 'InvalidPassword', message: 'invalid password' },
          ],
        },
      },
    },
  },
  '401 Sign in (Octopus)': {
    status: 401,
    headers: {},
    body: {
      ErrorMessage:
        'Either your API key is invalid, or your account has been disabled. Please contact your Octopus administrator.',
    },
  },
  '403 No access (Contensis)': {
    status: 403,
    headers: {},
    body: {
      logId: 'd1b8f1a2-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
      message: 'The action is not authorised for the current user.',
      data: null,
      type: 'error',
    },
  },
  '429 Retry-After 42 s': {
    status: 429,
    headers: { 'retry-after': '42' },
    body: { Message: 'Too many requests', Description: 'Too many requests within the specified time slot.' },
  },
  '429 without a deadline': { status: 429, headers: {}, body: { message: 'Rate limit exceeded' } },
  '500 with support ID (Contensis)': {
    status: 500,
    headers: {},
    body: {
      logId: '63cb1df0-b82a-459e-accc-635e187f3b8b',
      message: 'An error occurred requesting the entry',
      data: { entryId: 'ba8a92bd-0e5f-465e-acec-3cdb3db38df6' },
      type: 'error',
    },
  },
  '500 with FullException (Octopus)': {
    status: 500,
    headers: { 'x-request-id': 'req-7f3c9a' },
    body: {
      ErrorMessage: 'There was a problem with your request.',
      FullException:
        'System.DivideByZeroException: An attempt was made to divide by zero.\r\n  at Foo.cs:38\r\n  at:....',
    },
  },
  '503 Unavailable (HTML page)': {
    status: 503,
    headers: { 'content-type': 'text/html' },
    body: '<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>',
  },
  '404 Not found': { status: 404, headers: {}, body: { ErrorMessage: 'The resource was not found..' } },
  '409 Conflict (AlreadyExists)': {
    status: 409,
    headers: {},
    body: {
      meta: {
        status: 409,
        error: { status: 409, type: 'AlreadyExists', message: 'A user with this email address already exists.' },
      },
    },
  },
  'No response (offline)': new TypeError('Failed to fetch'),
  'Timeout (408)': { status: 408, headers: {}, body: null },
  'Bad request (OAuth invalid_request)': {
    status: 400,
    headers: {},
    body: { error: 'invalid_request', error_description: 'The redirect URI is not registered for this application' },
  },
  'Thrown Error (a bug)': new Error("Cannot read properties of undefined (reading 'name')"),
} satisfies Record<string, unknown>;

export type SampleName = keyof typeof samples;
export const sampleNames = Object.keys(samples) as SampleName[];

/** `argTypes` entry that lets a story's `error` arg be chosen from `samples` by name. */
export const errorArgType = {
  control: { type: 'select' as const },
  options: sampleNames,
  mapping: samples,
  description: 'A sample failure, chosen by name (a response-like object, an Error, or a TypeError).',
};
