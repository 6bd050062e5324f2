// The error responses the example API sends: each seed document's bodies as written in
// shared/seeds/ (the same ones as test/fixtures/seeds.ts), with the headers a real server sends.

/** Seed 000 (Octopus Deploy): 400 with `Errors[]`. */
export const octopus400 = {
  ErrorMessage: 'There was a problem with your request.',
  Errors: ['The name field is required', 'The email address field is required'],
};

/** Seed 000: 401. */
export const octopus401 = {
  ErrorMessage:
    'Either your API key is invalid, or your account has been disabled. Please contact your Octopus administrator.',
};

/** Seed 000: 403. */
export const octopus403 = {
  ErrorMessage: 'You do not have permission to perform this action. Please see your Octopus administrator.',
};

/** Seed 000: 404, with the document's double full stop. */
export const octopus404 = { ErrorMessage: 'The resource was not found..' };

/**
 * Seed 003: the `meta.error` envelope's ValidationFailure, exactly as written: items carry `type` and `message`, no
 * field.
 */
export const validationFailure422 = {
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
};

/** Seed 001: the status table's 429 row, as a `Message`/`Description` body; `Retry-After` goes in the headers. */
export const tooManyRequests429 = {
  Message: 'Too many requests',
  Description:
    'Too many requests within the specified time slot. The HTTP header Retry-After specifies the number of seconds to wait before the next POST request can be made.',
};

export const LOG_ID = '63cb1df0-b82a-459e-accc-635e187f3b8b';

/** Seed 000: the Octopus 500's `FullException`, a server stack trace no person should see. */
export const FULL_EXCEPTION =
  'System.DivideByZeroException: An attempt was made to divide by zero.\r\n  at Foo.cs:38\r\n  at:....';

/**
 * Seed 004 (Contensis): the 500 example with `logId`, `message`, `data` and `type`, made valid JSON (the
 * document's example lacks a colon), plus seed 000's `FullException` stack trace.
 */
export const serverError500 = {
  logId: LOG_ID,
  message: 'An error occurred requesting the entry',
  data: { entryId: 'ba8a92bd-0e5f-465e-acec-3cdb3db38df6', projectId: 'moveiDb' },
  type: 'error',
  FullException: FULL_EXCEPTION,
};

/** Seed 001's 502 row ("could not reach upstream server"), as the HTML page an nginx gateway sends. */
export const badGateway502 = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.25.3</center>
</body>
</html>
`;

/** The gateway's request id, the only support ID a 502 HTML page can offer (sent as `X-Request-Id`). */
export const GATEWAY_REQUEST_ID = 'gw-5f2c9a7e-0b41';

/** Seed 002: the OAuth2 redirect error the authorization server sends back to the app. */
export const accessDenied = {
  error: 'access_denied',
  error_description: 'The resource owner or authorization server denied the request',
};
