import { DEFAULT, type ConformanceCase } from '../types';

// Framework defaults (Go, Node, Elixir, Rust) and runtime/library failures without a response.
// Bodies are copied from the frameworks' own sources, tests and docs, or from public issues that paste
// a captured response. Where a body is produced by a template in the framework's source, the note says so.

const expressHtml = (message: string) =>
  '<!DOCTYPE html>\n' +
  '<html lang="en">\n' +
  '<head>\n' +
  '<meta charset="utf-8">\n' +
  '<title>Error</title>\n' +
  '</head>\n' +
  '<body>\n' +
  '<pre>' +
  message +
  '</pre>\n' +
  '</body>\n' +
  '</html>\n';

export default [
  // ───────────────────────────── Go: Gin ─────────────────────────────
  {
    id: 'gin/binding-required-field',
    source: 'Gin',
    url: 'https://gin-gonic.com/zh-cn/docs/examples/binding-and-validation',
    note:
      'curl transcript from the Gin docs (the Chinese edition of the binding-and-validation page, found in the site source). ' +
      "The only text is go-playground/validator's default error string, which names the Go struct field (Login.Password) and " +
      "the struct tag ('required'): developer text under rule 2 item 3 (qualified type names), so the message is the default. " +
      'The field is inside a string, not a structure, so there is no field error and a 400 without fields is bad-request.',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Fri, 04 Aug 2017 03:51:31 GMT',
        'Content-Length': '100',
      },
      body: { error: "Key: 'Login.Password' Error:Field validation for 'Password' failed on the 'required' tag" },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'gin/binding-custom-validator',
    source: 'Gin',
    url: 'https://gin-gonic.com/zh-cn/docs/examples/binding-and-validation',
    note:
      'Custom validator example (bookabledate/gtfield) from the same Gin docs page; the handler answers ' +
      'c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()}). Validator text naming Booking.CheckOut and the gtfield tag ' +
      'is developer text, so the default message; no structured field errors.',
    response: {
      status: 400,
      body: { error: "Key: 'Booking.CheckOut' Error:Field validation for 'CheckOut' failed on the 'gtfield' tag" },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'gin/default-404',
    source: 'Gin',
    url: 'gin-gonic/gin/gin.go',
    note: 'default404Body = []byte("404 page not found"). The text is the status code plus its reason phrase, so the default message.',
    response: { status: 404, body: '404 page not found' },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'gin/default-405',
    source: 'Gin',
    url: 'gin-gonic/gin/gin.go',
    note: 'default405Body = []byte("405 method not allowed") (sent when HandleMethodNotAllowed is on). Reason phrase only.',
    response: { status: 405, body: '405 method not allowed' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Go: Echo ─────────────────────────────
  {
    id: 'echo/default-404',
    source: 'Echo',
    url: 'labstack/echo/middleware/static_test.go',
    note:
      'Echo\'s default HTTP error handler for ErrNotFound; the static-middleware tests expect the body "{\\"message\\":\\"Not Found\\"}\\n". ' +
      'Only a reason phrase, so the default message.',
    response: { status: 404, headers: { 'Content-Type': 'application/json' }, body: { message: 'Not Found' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'echo/plain-error-500',
    source: 'Echo',
    url: 'https://echo.labstack.com/docs/error-handling',
    note:
      "The docs' example of the default handler's JSON for a plain Go error, which becomes a 500 (the original text is only " +
      'sent when errors are exposed / debug mode). "error connecting to redis" is infrastructure (data store connection) text ' +
      'leaking from the server, treated as developer-only database text under rule 2 item 3, so the default message. Ambiguous: ' +
      'it is a plain sentence with no stack, exception name or SQL.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json' },
      body: { message: 'error connecting to redis' },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Go: Huma ─────────────────────────────
  {
    id: 'huma/validation-problem',
    source: 'Huma',
    url: 'danielgtaylor/huma/docs/docs/features/response-errors.md@e803722942888c03498368f5f3857dac7ab0d3de',
    note:
      'RFC 9457 body from the Huma docs. detail "validation failed" is a generic summary and title is the reason phrase, so the ' +
      'default message. errors[].location is "body.title": by analogy with FastAPI loc (rule 3), the leading "body" segment names ' +
      'the request part and is dropped, giving canonical "title" and "reviews".',
    response: {
      status: 422,
      headers: {
        'Cache-Control': 'private',
        'Content-Length': '241',
        'Content-Type': 'application/problem+json',
        Link: '</schemas/ErrorModel.json>; rel="describedBy"',
      },
      body: {
        $schema: 'https://api.rest.sh/schemas/ErrorModel.json',
        status: 422,
        title: 'Unprocessable Entity',
        detail: 'validation failed',
        errors: [
          { location: 'body.title', message: 'expected string', value: true },
          { location: 'body.reviews', message: 'unexpected property', value: { reviews: 5, title: true } },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['title', 'expected string'],
        ['reviews', 'unexpected property'],
      ],
    },
  },

  // ───────────────────────────── Go: net/http ─────────────────────────────
  {
    id: 'net-http/not-found',
    source: 'Go net/http',
    url: 'golang/go/src/net/http/server.go',
    note:
      'http.NotFound calls http.Error(w, "404 page not found", 404), which sets Content-Type text/plain; charset=utf-8 and ' +
      'X-Content-Type-Options: nosniff and writes the text with fmt.Fprintln (trailing newline). Reason phrase only: default message.',
    response: {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
      body: '404 page not found\n',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Node: Express (finalhandler) ─────────────────────────────
  {
    id: 'express/cannot-get-html',
    source: 'Express',
    url: 'pillarjs/finalhandler/index.js@d925d442178a0cf7e5fc90d8de0e2295d80d5448',
    note:
      "finalhandler's 404 for an unmatched route: createHtmlDocument('Cannot ' + req.method + ' ' + path) with the security and " +
      'standard headers it sets. Body built from the source template for GET /. An HTML page gives no message (rule 5).',
    response: {
      status: 404,
      headers: {
        'Content-Security-Policy': "default-src 'none'",
        'X-Content-Type-Options': 'nosniff',
        'Content-Type': 'text/html; charset=utf-8',
      },
      body: expressHtml('Cannot GET /'),
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'express/production-500-html',
    source: 'Express',
    url: 'pillarjs/finalhandler/index.js@d925d442178a0cf7e5fc90d8de0e2295d80d5448',
    note:
      'With NODE_ENV=production finalhandler sends statuses[status] ("Internal Server Error") inside the same HTML document ' +
      '(in development it sends err.stack instead). Body built from the source template. HTML: default message.',
    response: {
      status: 500,
      headers: {
        'Content-Security-Policy': "default-src 'none'",
        'X-Content-Type-Options': 'nosniff',
        'Content-Type': 'text/html; charset=utf-8',
      },
      body: expressHtml('Internal Server Error'),
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'express/cannot-get-legacy-text',
    source: 'Express',
    url: 'pillarjs/finalhandler/index.js@05d3864562805066810a1365072f2beaed3a602f',
    note:
      'Older finalhandler: the 404 body is just "Cannot GET /\\n" but still labelled text/html. Routing text naming the method and ' +
      'path, not written for the person, and declared as HTML, so the default message. Ambiguous: the body itself has no markup.',
    response: {
      status: 404,
      headers: { 'X-Content-Type-Options': 'nosniff', 'Content-Type': 'text/html; charset=utf-8' },
      body: 'Cannot GET /\n',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Node: NestJS ─────────────────────────────
  {
    id: 'nestjs/validation-pipe-messages',
    source: 'NestJS',
    url: 'https://zenn.dev/hid3/articles/e7beb32cae1c8d',
    note:
      'Default ValidationPipe (class-validator) response for an empty body, as captured in the article. message is a list of ' +
      'plain strings without paths, so there are no field-bound errors (rule 3) and a 400 without fields is bad-request; the ' +
      'first sentence is the message ("Bad Request" is only the reason phrase). Ambiguous: the strings start with the property name. Re-derived under the changed rules 1 and 3 (a 400 listing messages is a validation failure; class-validator messages name their field): see README, rule changes.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: {
        message: ['email must be an email', 'password should not be empty'],
        error: 'Bad Request',
        statusCode: 400,
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['email', 'must be an email'],
        ['password', 'should not be empty'],
      ],
    },
  },
  {
    id: 'nestjs/forbidden',
    source: 'NestJS',
    url: 'https://docs.nestjs.com/exception-filters',
    note: "throw new HttpException('Forbidden', HttpStatus.FORBIDDEN) → the docs' response. Reason phrase only.",
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/json' },
      body: { statusCode: 403, message: 'Forbidden' },
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'nestjs/unrecognized-exception-500',
    source: 'NestJS',
    url: 'https://docs.nestjs.com/exception-filters',
    note: "Built-in global filter's response for any exception that is not an HttpException. Reason phrase only.",
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json' },
      body: { statusCode: 500, message: 'Internal server error' },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Node: Fastify ─────────────────────────────
  {
    id: 'fastify/ajv-required-property',
    source: 'Fastify',
    url: 'fastify/fastify/test/validation-error-handling.test.js@01ca0e7a8dfd581c8a60e82cf13bfc94b7f404b0',
    note:
      'Fastify v3 schema validation failure (before the FST_ERR_VALIDATION code was added). The Ajv text is readable and names ' +
      'what is missing, so it is the message; it is not a structure, so no field errors and a 400 without fields is bad-request.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { statusCode: 400, error: 'Bad Request', message: "body should have required property 'name'" },
    },
    expect: { kind: 'bad-request', message: "should have required property 'name'" },
  },
  {
    id: 'fastify/attach-validation-raw-ajv',
    source: 'Fastify',
    url: 'fastify/fastify/test/validation-error-handling.test.js@01ca0e7a8dfd581c8a60e82cf13bfc94b7f404b0',
    note:
      'Route with attachValidation that sends req.validationError.validation (raw Ajv errors) as the 400 body. The body is an array ' +
      'of error objects; dataPath is "" (the root), so the item is form-level, not field-bound (schemaPath is a schema location, ' +
      'not an input path). Its sentence is still the message.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: [
        {
          keyword: 'required',
          dataPath: '',
          schemaPath: '#/required',
          params: { missingProperty: 'name' },
          message: "should have required property 'name'",
        },
      ],
    },
    expect: { kind: 'bad-request', message: "should have required property 'name'" },
  },
  {
    id: 'fastify/joi-validator-compiler',
    source: 'Fastify',
    url: 'fastify/fastify/test/validation-error-handling.test.js@01ca0e7a8dfd581c8a60e82cf13bfc94b7f404b0',
    note: 'Joi used as validatorCompiler; the test asserts the exact payload string. Joi\'s text is a readable sentence. Re-derived by the rule row of 6 December 2026 (rule 2.1: a line that names only which input is missing or invalid, by the API\'s name for it, says which key to send, not what a person typed): the default; the first run expected ""name" is required".',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: '{"statusCode":400,"error":"Bad Request","message":"\\"name\\" is required"}',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'fastify/custom-handler-422',
    source: 'Fastify',
    url: 'fastify/fastify/test/validation-error-handling.test.js@01ca0e7a8dfd581c8a60e82cf13bfc94b7f404b0',
    note: "setErrorHandler replying 422 with new Error('validation failed'): a generic summary, so the default message.",
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { statusCode: 422, error: 'Unprocessable Entity', message: 'validation failed' },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'fastify/response-serialization-500',
    source: 'Fastify',
    url: 'fastify/fastify/test/validation-error-handling.test.js@01ca0e7a8dfd581c8a60e82cf13bfc94b7f404b0',
    note:
      "The handler's own reply failed the response schema and the serializer error was sent as a 500. '\"name\" is required!' comes " +
      "from the response serializer (fast-json-stringify) about the server's output, not the user's input: serializer internals " +
      '(rule 2 item 3), so the default message.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: '{"statusCode":500,"error":"Internal Server Error","message":"\\"name\\" is required!"}',
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'fastify/rate-limit-retry-after',
    source: 'Fastify',
    url: 'fastify/fastify-rate-limit/test/route-rate-limit.test.js',
    note:
      '@fastify/rate-limit (old release) test: max 2 per 1000 ms. That release sent Retry-After in milliseconds ("1000"), but ' +
      'rule 4 reads Retry-After as delay seconds and it comes first, so 1000 s (under the one-day clamp). The body\'s "retry in ' +
      '1 second" and the reset header are not consulted because Retry-After is present.',
    response: {
      status: 429,
      headers: {
        'content-type': 'application/json',
        'x-ratelimit-limit': '2',
        'x-ratelimit-remaining': '0',
        'retry-after': '1000',
        'x-ratelimit-reset': '0',
      },
      body: { statusCode: 429, error: 'Too Many Requests', message: 'Rate limit exceeded, retry in 1 second' },
    },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded, retry in 1 second', retry: 1000 },
  },

  // ───────────────────────────── Node: hapi / @hapi/boom ─────────────────────────────
  {
    id: 'hapi/payload-validation-default',
    source: 'hapi / @hapi/boom',
    url: 'https://hapi.dev/tutorials/validation/',
    note:
      'hapi\'s default failAction for a payload that fails joi validation (hapi 17+ sends no details). "Invalid request payload ' +
      'input" is a generic summary like "Invalid input" (rule 2 item 1): default message; no fields, so bad-request.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { error: 'Bad Request', message: 'Invalid request payload input', statusCode: 400 },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'boom/unauthorized-www-authenticate',
    source: 'hapi / @hapi/boom',
    url: 'hapijs/boom/API.md@0a591794a91e29d389960394a46191bd16568147',
    note: "Boom.unauthorized('invalid password', 'sample'): payload plus the WWW-Authenticate header from the docs.",
    response: {
      status: 401,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'WWW-Authenticate': 'sample error="invalid password"',
      },
      body: {
        statusCode: 401,
        error: 'Unauthorized',
        message: 'invalid password',
        attributes: { error: 'invalid password' },
      },
    },
    expect: { kind: 'unauthenticated', message: 'invalid password' },
  },
  {
    id: 'boom/method-not-allowed',
    source: 'hapi / @hapi/boom',
    url: 'hapijs/boom/API.md@0a591794a91e29d389960394a46191bd16568147',
    note: "Boom.methodNotAllowed('that method is not allowed').",
    response: {
      status: 405,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { statusCode: 405, error: 'Method Not Allowed', message: 'that method is not allowed' },
    },
    expect: { kind: 'bad-request', message: 'that method is not allowed' },
  },
  {
    id: 'boom/precondition-failed-no-message',
    source: 'hapi / @hapi/boom',
    url: 'hapijs/boom/API.md@0a591794a91e29d389960394a46191bd16568147',
    note: 'Boom.preconditionFailed() without a message: no message member at all, only the reason phrase. 412 is conflict.',
    response: {
      status: 412,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { statusCode: 412, error: 'Precondition Failed' },
    },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'boom/bad-data-422',
    source: 'hapi / @hapi/boom',
    url: 'hapijs/boom/API.md@0a591794a91e29d389960394a46191bd16568147',
    note: "Boom.badData('your data is bad and you should feel bad').",
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { statusCode: 422, error: 'Unprocessable Entity', message: 'your data is bad and you should feel bad' },
    },
    expect: { kind: 'validation', message: 'your data is bad' },
  },
  {
    id: 'boom/too-many-requests',
    source: 'hapi / @hapi/boom',
    url: 'hapijs/boom/API.md@0a591794a91e29d389960394a46191bd16568147',
    note: "Boom.tooManyRequests('you have exceeded your request limit'); no Retry-After in the docs' example, so no retry time.",
    response: {
      status: 429,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { statusCode: 429, error: 'Too Many Requests', message: 'you have exceeded your request limit' },
    },
    expect: { kind: 'rate-limited', message: 'exceeded your request limit' },
  },
  {
    id: 'boom/bad-implementation-500',
    source: 'hapi / @hapi/boom',
    url: 'hapijs/boom/API.md@0a591794a91e29d389960394a46191bd16568147',
    note:
      'Boom hides 5xx messages from the end user and sends a fixed text. "An internal server error occurred" only restates the ' +
      'reason phrase (a generic summary), so the default message. Ambiguous: it is phrased as a sentence.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { statusCode: 500, error: 'Internal Server Error', message: 'An internal server error occurred' },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'boom/gateway-timeout-no-message',
    source: 'hapi / @hapi/boom',
    url: 'hapijs/boom/API.md@0a591794a91e29d389960394a46191bd16568147',
    note: 'Boom.gatewayTimeout(): no message member; 504 is unavailable.',
    response: {
      status: 504,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { statusCode: 504, error: 'Gateway Time-out' },
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Node: express-rate-limit ─────────────────────────────
  {
    id: 'express-rate-limit/429-retry-after',
    source: 'express-rate-limit',
    url: 'express-rate-limit/express-rate-limit/test/library/headers-test.ts@84d5bc7eeafe5ce56578946607427862974b3dbc',
    note:
      'windowMs 60 s, limit 1: the second request gets 429 with retry-after: 60 (the test checks only that header; other ' +
      'headers left out). The body is the default `message` option, "Too many requests, please try again later." (as in ' +
      'https://app.unpkg.com/express-rate-limit@5.2.6/files/lib/express-rate-limit.js), sent with res.send.',
    response: { status: 429, headers: { 'retry-after': '60' }, body: 'Too many requests, please try again later.' },
    expect: { kind: 'rate-limited', message: 'please try again later', retry: 60 },
  },

  // ───────────────────────────── Node: Feathers ─────────────────────────────
  {
    id: 'feathers/general-error-with-errors',
    source: 'Feathers',
    url: 'feathersjs/feathers/packages/errors/test/index.test.ts@04d4d159fc13f0fd4fc33e6bdec48c82fda7bf9e',
    note:
      "The JSON serialization of new GeneralError('Custom Error', { errors: {...}, foo: 'bar' }) asserted by the test; Feathers' " +
      'REST error handler sends toJSON() with status = code. errors is a map of field to message, so two field errors even on a ' +
      '500; "Custom Error" is the message.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: '{"name":"GeneralError","message":"Custom Error","code":500,"className":"general-error","data":{"foo":"bar"},"errors":{"email":"Email Taken","password":"Invalid Password"}}',
    },
    expect: {
      kind: 'server',
      message: 'Custom Error',
      fields: [
        ['email', 'Email Taken'],
        ['password', 'Invalid Password'],
      ],
    },
  },

  // ───────────────────────────── Node: LoopBack 4 ─────────────────────────────
  {
    id: 'loopback4/validation-max-length',
    source: 'LoopBack 4',
    url: 'loopbackio/loopback-next/docs/site/Validation-REST-layer.md@2293a5aa092a84d36a66a28dda33f48ece7f698e',
    note:
      'Envelope under "error". The message points the developer at the `details` property and only says the body is invalid: ' +
      'a generic summary, so the default message. details[].path ".city" is an Ajv dataPath → "city". Code not stated: both ' +
      'VALIDATION_FAILED (envelope) and maxLength (item) are present.',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: {
        error: {
          statusCode: 422,
          name: 'UnprocessableEntityError',
          message: 'The request body is invalid. See error object `details` property for more info.',
          code: 'VALIDATION_FAILED',
          details: [
            {
              path: '.city',
              code: 'maxLength',
              message: 'should NOT be longer than 10 characters',
              info: { limit: 10 },
            },
          ],
        },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['city', 'should NOT be longer than 10 characters']] },
  },
  {
    id: 'loopback4/validation-type',
    source: 'LoopBack 4',
    url: 'loopbackio/loopback-next/docs/site/Validation-REST-layer.md',
    note: 'Type validation example ("capacity": "100" for a number property) from another version of the same doc page.',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: {
        error: {
          statusCode: 422,
          name: 'UnprocessableEntityError',
          message: 'The request body is invalid. See error object `details` property for more info.',
          code: 'VALIDATION_FAILED',
          details: [{ path: '.capacity', code: 'type', message: 'should be number', info: { type: 'number' } }],
        },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['capacity', 'should be number']] },
  },

  // ───────────────────────────── Elixir: Phoenix ─────────────────────────────
  {
    id: 'phoenix/error-json-404',
    source: 'Phoenix',
    url: 'phoenixframework/phoenix/installer/templates/phx_test/controllers/error_json_test.exs.eex@a7c164f7e9510f52038668ee96c5a58aa02a458d',
    note:
      'The phx.new ErrorJSON test (copies in generated apps assert ErrorJSON.render("404.json", %{}) == %{errors: %{detail: ' +
      '"Not Found"}}). errors.detail is Phoenix\'s message slot, not an input called "detail", so no field error; its text is ' +
      'the reason phrase, so the default message.',
    response: {
      status: 404,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: { errors: { detail: 'Not Found' } },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'phoenix/error-json-500',
    source: 'Phoenix',
    url: 'phoenixframework/phoenix/installer/templates/phx_test/controllers/error_json_test.exs.eex@a7c164f7e9510f52038668ee96c5a58aa02a458d',
    note: 'Same template: ErrorJSON.render("500.json", %{}) == %{errors: %{detail: "Internal Server Error"}}.',
    response: {
      status: 500,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: { errors: { detail: 'Internal Server Error' } },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Rust: Axum ─────────────────────────────
  {
    id: 'axum/json-missing-field',
    source: 'Axum',
    url: 'https://github.com/dxps/fullstack-rust-axum-dioxus-rwa/issues/8',
    note:
      "Default JsonDataError rejection (422, text/plain) as captured in the issue. The text is serde's deserializer error with " +
      'line/column positions: parser internals (rule 2 item 3), so the default message; the field name is inside a string, so no ' +
      'structured field error.',
    response: {
      status: 422,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'Failed to deserialize the JSON body into the target type: missing field `password` at line 5 column 3',
    },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'axum/json-nested-missing-field',
    source: 'Axum',
    url: 'https://github.com/foundation-model-stack/fms-guardrails-orchestrator/issues/91',
    note: 'Same rejection with a nested serde path (guardrail_config.output); developer text, default message. Headers not shown in the issue.',
    response: {
      status: 422,
      body: 'Failed to deserialize the JSON body into the target type: guardrail_config.output: missing field `models` at line 9 column 3',
    },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'axum/missing-json-content-type',
    source: 'Axum',
    url: 'tokio-rs/axum/axum/src/extract/rejection.rs@02f4f9297f9ca399c4ad9228419866ec1ea76e12',
    note:
      'MissingJsonContentType rejection: status UNSUPPORTED_MEDIA_TYPE with this fixed body. A plain-text sentence on a 4xx that ' +
      'is not a trace, type name or parser dump, so it is the message (rule 2 item 6). Ambiguous: it talks about a header.',
    response: { status: 415, body: 'Expected request with `Content-Type: application/json`' },
    expect: { kind: 'bad-request', message: 'Expected request with' },
  },

  // ───────────────────────────── Rust: Actix-web ─────────────────────────────
  {
    id: 'actix-web/json-error-empty-body',
    source: 'Actix-web',
    url: 'https://github.com/actix/examples/issues/60',
    note: 'Older actix-web: a Json deserialize error (logged server-side only) answered as an empty 400. Nothing to read: default message.',
    response: { status: 400, headers: { 'content-length': '0', date: 'Sun, 11 Nov 2018 23:43:04 GMT' }, body: '' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'actix-web/query-deserialize-error',
    source: 'Actix-web',
    url: 'https://github.com/actix/actix-web/issues/1684',
    note:
      'The issue quotes the body actix-web sends for a web::Query extraction failure. serde error text behind an extractor ' +
      'prefix: parser internals, so the default message; 400 without structured fields is bad-request.',
    response: { status: 400, body: 'Query deserialize error: missing field `first`' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Rust: Rocket ─────────────────────────────
  {
    id: 'rocket/default-catcher-404-json',
    source: 'Rocket',
    url: 'rwf2/Rocket/core/lib/src/catcher/catcher.rs@78776eead7d09dbf38085a65731ae5ed760c22bb',
    note:
      'Default catcher when the client prefers JSON: json_error_template!(404, "Not Found", "The requested resource could not be ' +
      'found."), served with ContentType::JSON. The description is a sentence and beats the reason phrase.',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json' },
      body: { error: { code: 404, reason: 'Not Found', description: 'The requested resource could not be found.' } },
    },
    expect: { kind: 'not-found', message: 'requested resource could not be found' },
  },
  {
    id: 'rocket/default-catcher-422-json',
    source: 'Rocket',
    url: 'rwf2/Rocket/core/lib/src/catcher/catcher.rs@78776eead7d09dbf38085a65731ae5ed760c22bb',
    note: 'Default JSON catcher for 422 (e.g. a Json<T> guard that fails to deserialize). No fields.',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: {
        error: {
          code: 422,
          reason: 'Unprocessable Entity',
          description: 'The request was well-formed but was unable to be followed due to semantic errors.',
        },
      },
    },
    expect: { kind: 'validation', message: 'unable to be followed due to semantic errors' },
  },
  {
    id: 'rocket/default-catcher-429-json',
    source: 'Rocket',
    url: 'rwf2/Rocket/core/lib/src/catcher/catcher.rs@78776eead7d09dbf38085a65731ae5ed760c22bb',
    note: 'Default JSON catcher for 429; no Retry-After and no wait in the text, so no retry time.',
    response: {
      status: 429,
      headers: { 'Content-Type': 'application/json' },
      body: {
        error: {
          code: 429,
          reason: 'Too Many Requests',
          description: 'Too many requests have been received recently.',
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'received recently' },
  },
  {
    id: 'rocket/default-catcher-503-json',
    source: 'Rocket',
    url: 'rwf2/Rocket/core/lib/src/catcher/catcher.rs@78776eead7d09dbf38085a65731ae5ed760c22bb',
    note: 'Default JSON catcher for 503.',
    response: {
      status: 503,
      headers: { 'Content-Type': 'application/json' },
      body: {
        error: { code: 503, reason: 'Service Unavailable', description: 'The server is currently unavailable.' },
      },
    },
    expect: { kind: 'unavailable', message: 'server is currently unavailable' },
  },
  {
    id: 'rocket/default-catcher-404-html',
    source: 'Rocket',
    url: 'rwf2/Rocket/core/lib/src/catcher/catcher.rs@78776eead7d09dbf38085a65731ae5ed760c22bb',
    note:
      'Default catcher otherwise: html_error_template!(404, "Not Found", ...) with ContentType::HTML (text/html; charset=utf-8). ' +
      'The sentence sits inside an HTML page, so no message (rule 5).',
    response: {
      status: 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: `<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="color-scheme" content="light dark">
    <title>404 Not Found</title>
</head>
<body align="center">
    <div role="main" align="center">
        <h1>404: Not Found</h1>
        <p>The requested resource could not be found.</p>
        <hr />
    </div>
    <div role="contentinfo" align="center">
        <small>Rocket</small>
    </div>
</body>
</html>`,
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Runtime failures without a response ─────────────────────────────
  // The engine's text is for the developer, never the person: every thrown case expects the kind's default message.
  {
    id: 'node-undici/fetch-failed-econnrefused',
    source: 'Node.js undici',
    url: 'https://github.com/The-Vibe-Company/quivr/issues/1827',
    note: 'Node 18+ global fetch: TypeError "fetch failed" with the socket error as cause.',
    thrown: {
      name: 'TypeError',
      message: 'fetch failed',
      cause: { name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:8000', code: 'ECONNREFUSED' },
    },
    expect: { kind: 'network', message: DEFAULT },
  },
  {
    id: 'node-undici/fetch-failed-enotfound',
    source: 'Node.js undici',
    url: 'https://github.com/scalar/scalar/issues/569',
    note: 'DNS failure: cause is getaddrinfo ENOTFOUND (errno -3008).',
    thrown: {
      name: 'TypeError',
      message: 'fetch failed',
      cause: { name: 'Error', message: 'getaddrinfo ENOTFOUND api', code: 'ENOTFOUND' },
    },
    expect: { kind: 'network', message: DEFAULT },
  },
  {
    id: 'node-undici/fetch-failed-connect-timeout',
    source: 'Node.js undici',
    url: 'https://github.com/mckaywrigley/ai-code-translator/issues/38',
    note:
      'cause ConnectTimeoutError / UND_ERR_CONNECT_TIMEOUT. Ambiguous between network ("fetch failed with a connection cause") ' +
      'and timeout; the cause is a runtime timeout of the same nature as ETIMEDOUT, so timeout.',
    thrown: {
      name: 'TypeError',
      message: 'fetch failed',
      cause: { name: 'ConnectTimeoutError', message: 'Connect Timeout Error', code: 'UND_ERR_CONNECT_TIMEOUT' },
    },
    expect: { kind: 'timeout', message: DEFAULT },
  },
  {
    id: 'node-undici/fetch-failed-socket-connection-timeout',
    source: 'Node.js undici',
    url: 'https://github.com/nodejs/undici/issues/2182',
    note:
      'Node 20 happy-eyeballs connect timeout: cause Error [ERR_SOCKET_CONNECTION_TIMEOUT]: Socket connection timeout. A runtime ' +
      'timeout like the previous case, so timeout (ambiguous with network).',
    thrown: {
      name: 'TypeError',
      message: 'fetch failed',
      cause: { name: 'Error', message: 'Socket connection timeout', code: 'ERR_SOCKET_CONNECTION_TIMEOUT' },
    },
    expect: { kind: 'timeout', message: DEFAULT },
  },
  {
    id: 'node-abort/abort-controller-abort',
    source: 'Node.js AbortController',
    url: 'nodejs/node/lib/internal/abort_controller.js@d3aa6230cfa6bdf1f529910d1bf0b3b1054e7819',
    note: "controller.abort() without a reason: new DOMException('This operation was aborted', 'AbortError'); fetch rejects with it.",
    thrown: { name: 'AbortError', message: 'This operation was aborted' },
    expect: { kind: 'cancelled', message: DEFAULT },
  },
  {
    id: 'node-abort/abort-signal-timeout',
    source: 'Node.js AbortController',
    url: 'nodejs/node/lib/internal/abort_controller.js@d3aa6230cfa6bdf1f529910d1bf0b3b1054e7819',
    note: "AbortSignal.timeout(ms) aborts with new DOMException('The operation was aborted due to timeout', 'TimeoutError').",
    thrown: { name: 'TimeoutError', message: 'The operation was aborted due to timeout' },
    expect: { kind: 'timeout', message: DEFAULT },
  },
  {
    id: 'chromium/failed-to-fetch',
    source: 'Chromium fetch',
    url: 'https://github.com/rsuurd/killpoints/issues/2',
    note: 'Reported in Chrome ("Oh snap! TypeError: Failed to fetch"): Chromium\'s network-error TypeError.',
    thrown: { name: 'TypeError', message: 'Failed to fetch' },
    expect: { kind: 'network', message: DEFAULT },
  },
  {
    id: 'chromium/user-aborted-request',
    source: 'Chromium fetch',
    url: 'https://github.com/mdn/browser-compat-data/issues/20381',
    note: 'Chromium-based browser: an aborted fetch rejects with AbortError "The user aborted a request." (older Chromium wording).',
    thrown: { name: 'AbortError', message: 'The user aborted a request.' },
    expect: { kind: 'cancelled', message: DEFAULT },
  },
  {
    id: 'firefox/network-error',
    source: 'Firefox fetch',
    url: 'http://www.bqtyf.cn/networking/fetch-network-errors-in-production-environments-1765952147.html',
    note: 'The page lists "NetworkError when attempting to fetch resource." (Firefox\'s TypeError text) next to Chrome\'s "Failed to fetch".',
    thrown: { name: 'TypeError', message: 'NetworkError when attempting to fetch resource.' },
    expect: { kind: 'network', message: DEFAULT },
  },
  {
    id: 'safari/load-failed',
    source: 'Safari fetch',
    url: 'https://github.com/axios/axios/issues/6766',
    note: 'Safari 18.2: a failed fetch rejects with TypeError "Load failed" (the issue shows it as "TypeError: Load failed").',
    thrown: { name: 'TypeError', message: 'Load failed' },
    expect: { kind: 'network', message: DEFAULT },
  },
  {
    id: 'axios/network-error',
    source: 'axios',
    url: 'axios/axios/lib/adapters/xhr.js@000badde87c233eccfc8233fea4efb4c53e4b1ce',
    note: "XHR onerror: new AxiosError('Network Error', AxiosError.ERR_NETWORK, ...).",
    thrown: { name: 'AxiosError', message: 'Network Error', code: 'ERR_NETWORK' },
    expect: { kind: 'network', message: DEFAULT },
  },
  {
    id: 'axios/timeout-econnaborted',
    source: 'axios',
    url: 'axios/axios/lib/adapters/xhr.js@000badde87c233eccfc8233fea4efb4c53e4b1ce',
    note:
      "XHR ontimeout with config.timeout = 1000: 'timeout of ' + timeout + 'ms exceeded' with code ECONNABORTED (unless " +
      'transitional.clarifyTimeoutError). ECONNABORTED with a timeout message is timeout; the 1000 ms is the limit, not a retry hint.',
    thrown: { name: 'AxiosError', message: 'timeout of 1000ms exceeded', code: 'ECONNABORTED' },
    expect: { kind: 'timeout', message: DEFAULT },
  },
  {
    id: 'axios/canceled',
    source: 'axios',
    url: 'axios/axios/lib/cancel/CanceledError.js@255811df7060799ded43cabc4ef2bfd4520961dd',
    note: "CanceledError: message defaults to 'canceled', code ERR_CANCELED, name 'CanceledError' (the app's own cancel/abort).",
    thrown: { name: 'CanceledError', message: 'canceled', code: 'ERR_CANCELED' },
    expect: { kind: 'cancelled', message: DEFAULT },
  },
  {
    id: 'axios/browser-request-aborted',
    source: 'axios',
    url: 'axios/axios/lib/adapters/xhr.js@000badde87c233eccfc8233fea4efb4c53e4b1ce',
    note:
      'XHR onabort ("browser request cancellation (as opposed to a manual cancellation)"): new AxiosError(\'Request aborted\', ' +
      "ECONNABORTED). Not a timeout message, and not the app's own abort (that is ERR_CANCELED), so the request was torn down " +
      'without a response: network. Ambiguous (could be read as cancelled).',
    thrown: { name: 'AxiosError', message: 'Request aborted', code: 'ECONNABORTED' },
    expect: { kind: 'network', message: DEFAULT },
  },
] satisfies ConformanceCase[];
