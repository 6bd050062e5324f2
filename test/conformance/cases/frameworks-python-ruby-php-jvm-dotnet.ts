import { DEFAULT, type ConformanceCase } from '../types';

// Server frameworks' own error responses (Python, Ruby, PHP, JVM, .NET): default bodies and pages,
// validation formats with each framework's field-path convention, dev-mode leaks and throttling.
// Headers are only those the source shows; where a source shows no Content-Type, none is set.
export default [
  // ───────────────────────────── Python: FastAPI ─────────────────────────────
  {
    id: 'fastapi/http-exception-404',
    source: 'FastAPI',
    url: 'fastapi/fastapi/tests/test_tutorial/test_handling_errors/test_tutorial001.py@00ba72cd982417724758e3d19757d5f79ac66133',
    note: 'HTTPException(status_code=404, detail="Item not found"); the test asserts status and JSON body only.',
    response: { status: 404, body: { detail: 'Item not found' } },
    expect: { kind: 'not-found', message: 'Item not found' },
  },
  {
    id: 'fastapi/request-validation-int-parsing-with-body-echo',
    source: 'FastAPI',
    url: 'fastapi/fastapi/tests/test_tutorial/test_handling_errors/test_tutorial005.py@06614628b9fa5f518bcbfbda0cfb47878e6406dd',
    note:
      'Pydantic v2 variant of the asserted body. The tutorial handler echoes the raw request as a top-level "body" string: ' +
      'it is not a field map (the other member is a list of objects), so the only field error is size.',
    response: {
      status: 422,
      body: {
        detail: [
          {
            type: 'int_parsing',
            loc: ['body', 'size'],
            msg: 'Input should be a valid integer, unable to parse string as an integer',
            input: 'XL',
          },
        ],
        body: '{"title":"towel","size":"XL"}',
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['size', 'valid integer']] },
  },
  {
    id: 'fastapi/request-validation-list-body-indices',
    source: 'FastAPI',
    url: 'fastapi/fastapi/tests/test_multi_body_errors.py@00ba72cd982417724758e3d19757d5f79ac66133',
    note:
      'Older FastAPI/Pydantic v1 shape: loc keeps the body parameter name "item" after "body", then the list index. ' +
      'Only the leading "body" is dropped, so the canonical paths are item.0.name etc.',
    response: {
      status: 422,
      body: {
        detail: [
          { loc: ['body', 'item', 0, 'name'], msg: 'field required', type: 'value_error.missing' },
          { loc: ['body', 'item', 0, 'age'], msg: 'value is not a valid integer', type: 'type_error.integer' },
          { loc: ['body', 'item', 1, 'name'], msg: 'field required', type: 'value_error.missing' },
          { loc: ['body', 'item', 1, 'age'], msg: 'value is not a valid integer', type: 'type_error.integer' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['item.0.name', 'field required'],
        ['item.0.age', 'not a valid integer'],
        ['item.1.name', 'field required'],
        ['item.1.age', 'not a valid integer'],
      ],
    },
  },

  // ───────────────────────────── Python: Django ─────────────────────────────
  {
    id: 'django/404-default-html-page',
    source: 'Django',
    url: 'django/django/django/views/defaults.py@01b8efb80037598d80912f86c9ac6bb1fca227ba',
    note: 'ERROR_PAGE_TEMPLATE rendered by page_not_found() when no 404.html template exists (content_type text/html).',
    response: {
      status: 404,
      headers: { 'Content-Type': 'text/html' },
      body: `
<!doctype html>
<html lang="en">
<head>
  <title>Not Found</title>
</head>
<body>
  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>
</body>
</html>
`,
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'django/500-default-html-page',
    source: 'Django',
    url: 'django/django/django/views/defaults.py@01b8efb80037598d80912f86c9ac6bb1fca227ba',
    note: "ERROR_PAGE_TEMPLATE rendered by server_error() with title 'Server Error (500)' and empty details.",
    response: {
      status: 500,
      headers: { 'Content-Type': 'text/html' },
      body: `
<!doctype html>
<html lang="en">
<head>
  <title>Server Error (500)</title>
</head>
<body>
  <h1>Server Error (500)</h1><p></p>
</body>
</html>
`,
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'django/403-csrf-failure-html-page',
    source: 'Django',
    url: 'django/django/django/views/csrf.py@003deb6177b3429b53bcbe3e9f2c442303a5fb16',
    note:
      'CSRF_FAILURE_TEMPLATE rendered with DEBUG=False and a reason other than no-referer/no-cookie. Trimmed: the <style> ' +
      'block; blank lines left by template tags collapsed. An HTML page gives no message.',
    response: {
      status: 403,
      headers: { 'Content-Type': 'text/html' },
      body: `
<!DOCTYPE html>
<html lang="en">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8">
  <meta name="robots" content="NONE,NOARCHIVE">
  <title>403 Forbidden</title>
</head>
<body>
<div id="summary">
  <h1>Forbidden <span>(403)</span></h1>
  <p>CSRF verification failed. Request aborted.</p>
</div>
<div id="explanation">
  <p><small>More information is available with DEBUG=True.</small></p>
</div>
</body>
</html>
`,
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },

  // ───────────────────────────── Python: Django REST framework ─────────────────────────────
  {
    id: 'drf/method-not-allowed',
    source: 'Django REST framework',
    url: 'encode/django-rest-framework/docs/api-guide/exceptions.md@0455e2718e1fd397f74bae033be17a16592afa3b',
    note: 'The docs also show Content-Length: 42; left out because the runner re-serializes the body compactly.',
    response: {
      status: 405,
      headers: { 'Content-Type': 'application/json' },
      body: { detail: "Method 'DELETE' not allowed." },
    },
    expect: { kind: 'bad-request', message: "Method 'DELETE' not allowed" },
  },
  {
    id: 'drf/serializer-field-map',
    source: 'Django REST framework',
    url: 'encode/django-rest-framework/docs/api-guide/exceptions.md@0455e2718e1fd397f74bae033be17a16592afa3b',
    note:
      'A body whose members are all lists of strings is a field map; "description" here is a field, not the envelope. ' +
      'Content-Length: 94 from the docs left out (runner re-serializes).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { amount: ['A valid integer is required.'], description: ['This field may not be blank.'] },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['amount', 'valid integer is required'],
        ['description', 'may not be blank'],
      ],
    },
  },

  // ───────────────────────────── Python: Flask / Werkzeug ─────────────────────────────
  {
    id: 'werkzeug/404-html-page',
    source: 'Flask / Werkzeug',
    url: 'pallets/werkzeug/src/werkzeug/exceptions.py@015697636f6a0b89de7e8c1921e8fbe9940a8381',
    note: 'HTTPException.get_body() with NotFound.description; get_headers() gives the Content-Type.',
    response: {
      status: 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: `<!doctype html>
<html lang=en>
<title>404 Not Found</title>
<h1>Not Found</h1>
<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>
`,
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'werkzeug/405-html-page',
    source: 'Flask / Werkzeug',
    url: 'pallets/werkzeug/src/werkzeug/exceptions.py@015697636f6a0b89de7e8c1921e8fbe9940a8381',
    note: 'get_body() with MethodNotAllowed.description. The Allow header (from valid_methods) is left out: no concrete value is shown.',
    response: {
      status: 405,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: `<!doctype html>
<html lang=en>
<title>405 Method Not Allowed</title>
<h1>Method Not Allowed</h1>
<p>The method is not allowed for the requested URL.</p>
`,
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'werkzeug/401-html-page',
    source: 'Flask / Werkzeug',
    url: 'pallets/werkzeug/src/werkzeug/exceptions.py@015697636f6a0b89de7e8c1921e8fbe9940a8381',
    note: 'get_body() with Unauthorized.description (apostrophe HTML-escaped by markupsafe.escape); no WWW-Authenticate unless one is passed.',
    response: {
      status: 401,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: `<!doctype html>
<html lang=en>
<title>401 Unauthorized</title>
<h1>Unauthorized</h1>
<p>The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn&#39;t understand how to supply the credentials required.</p>
`,
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Ruby: Rails ─────────────────────────────
  {
    id: 'rails/public-exceptions-json-404',
    source: 'Ruby on Rails',
    url: 'rails/rails/actionpack/test/dispatch/public_exceptions_test.rb@9c0284e5d1cbb20a530273c5d4b43dd2bcd29f1c',
    note: 'Generic body PublicExceptions renders for a JSON request when no 404.json template exists (API-mode default).',
    response: { status: 404, body: { status: 404, error: 'Not Found' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'rails/debug-exceptions-api-format',
    source: 'Ruby on Rails',
    url: 'MallowTech/rails_tips/rails_tip/2016-03-03-debug_exception_response_format.md',
    note:
      'Development-mode body (debug_exception_response_format = :api) captured with curl. The trace arrays were shown as ' +
      '[...] and are left empty here; \\u003c decoded to "<". The exception inspect string is developer text.',
    response: {
      status: 404,
      body: {
        status: 404,
        error: 'Not Found',
        exception: '#<ActionController::RoutingError: No route matches [GET] "/posts.json">',
        traces: { 'Application Trace': [], 'Framework Trace': [] },
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'rails/public-422-html-page',
    source: 'Ruby on Rails',
    url: 'rails/rails/railties/lib/rails/generators/rails/app/templates/public/422.html@2e225b7f0230756e7baacea95e1b132c6bed8ba4',
    note:
      'Generated public/422.html (served for e.g. InvalidAuthenticityToken). Trimmed: the <style> block. Content-Type text/html ' +
      'as PublicExceptions sets it (public_exceptions_test.rb). 422 is validation by status; an HTML page gives no message.',
    response: {
      status: 422,
      headers: { 'Content-Type': 'text/html' },
      body: `<!DOCTYPE html>
<html>
<head>
  <title>The change you wanted was rejected (422)</title>
</head>

<body>
  <!-- This file lives in public/422.html -->
  <div class="dialog">
    <h1>The change you wanted was rejected.</h1>
    <p>Maybe you tried to change something you didn't have access to.</p>
  </div>
</body>
</html>
`,
    },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'rails/public-500-html-page',
    source: 'Ruby on Rails',
    url: 'rails/rails/railties/lib/rails/generators/rails/app/templates/public/500.html@16a50e5f2c96b3177590ff44925516f3f12ed898',
    note: 'Generated public/500.html. Trimmed: the <style> block. Content-Type text/html as PublicExceptions sets it.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'text/html' },
      body: `<!DOCTYPE html>
<html>
<head>
  <title>We're sorry, but something went wrong (500)</title>
</head>

<body>
  <!-- This file lives in public/500.html -->
  <div class="dialog">
    <h1>We're sorry, but something went wrong.</h1>
  </div>
  <p>If you are the application owner check the logs for more information.</p>
</body>
</html>
`,
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Ruby: Devise ─────────────────────────────
  {
    id: 'devise/failure-app-json-401',
    source: 'Devise',
    url: 'heartcombo/devise/test/failure_app_test.rb@036ee164469e22cb4b0add9adcf7612f09f2682a',
    note: "Test 'return appropriate body for json' (non-navigational format).",
    response: { status: 401, body: { error: 'You need to sign in or sign up before continuing.' } },
    expect: { kind: 'unauthenticated', message: 'You need to sign in or sign up before continuing' },
  },
  {
    id: 'devise/failure-app-xml-401',
    source: 'Devise',
    url: 'heartcombo/devise/test/failure_app_test.rb@036ee164469e22cb4b0add9adcf7612f09f2682a',
    note:
      "Tests 'return appropriate body for xml' and 'return WWW-authenticate headers if model allows'. No Content-Type is " +
      'shown; the expected substring holds whether the <error> element or the whole text is read.',
    response: {
      status: 401,
      headers: { 'WWW-Authenticate': 'Basic realm="Application"' },
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<errors>\n  <error>You need to sign in or sign up before continuing.</error>\n</errors>\n',
    },
    expect: { kind: 'unauthenticated', message: 'You need to sign in or sign up before continuing' },
  },

  // ───────────────────────────── Ruby: Rack::Attack ─────────────────────────────
  {
    id: 'rack-attack/throttled-with-retry-after',
    source: 'Rack::Attack',
    url: 'rack/rack-attack/spec/acceptance/throttling_spec.rb@08b2cc4d950cceb80d6fbbf886ac33fd2e9737cf',
    note:
      'Spec asserts status 429, Retry-After "60" and body "Retry later\\n"; Content-Type text/plain from ' +
      'DEFAULT_THROTTLED_RESPONSE in lib/rack/attack/configuration.rb. "Retry later" is read as a short sentence for the person.',
    response: {
      status: 429,
      headers: { 'Content-Type': 'text/plain', 'Retry-After': '60' },
      body: 'Retry later\n',
    },
    expect: { kind: 'rate-limited', message: 'Retry later', retry: 60 },
  },
  {
    id: 'rack-attack/throttled-default-no-retry-after',
    source: 'Rack::Attack',
    url: 'rack/rack-attack/lib/rack/attack/configuration.rb@0188a90ab26c01a859f093318bab9aecc348d68c',
    note: 'DEFAULT_THROTTLED_RESPONSE when throttled_response_retry_after_header is false (the default): no retry hint at all.',
    response: { status: 429, headers: { 'Content-Type': 'text/plain' }, body: 'Retry later\n' },
    expect: { kind: 'rate-limited', message: 'Retry later' },
  },
  {
    id: 'rack-attack/blocklisted-403',
    source: 'Rack::Attack',
    url: 'rack/rack-attack/lib/rack/attack/configuration.rb@0188a90ab26c01a859f093318bab9aecc348d68c',
    note: 'DEFAULT_BLOCKLISTED_RESPONSE: a bare reason phrase as text/plain.',
    response: { status: 403, headers: { 'Content-Type': 'text/plain' }, body: 'Forbidden\n' },
    expect: { kind: 'forbidden', message: DEFAULT },
  },

  // ───────────────────────────── PHP: Laravel ─────────────────────────────
  {
    id: 'laravel/validation-dot-paths',
    source: 'Laravel',
    url: 'https://laravel.com/docs/master/validation#validation-error-response-format',
    note:
      'The docs\' "Validation Error Response Format" JSON (read in this session from translated copies of the Laravel ' +
      'validation docs; the block is identical). Nested keys are flattened to dot notation. The envelope message repeats ' +
      'the first field message plus a count; it is the only sentence outside the field map, so it is taken as the message.',
    response: {
      status: 422,
      body: {
        message: 'The team name must be a string. (and 4 more errors)',
        errors: {
          team_name: ['The team name must be a string.', 'The team name must be at least 1 characters.'],
          'authorization.role': ['The selected authorization.role is invalid.'],
          'users.0.email': ['The users.0.email field is required.'],
          'users.2.email': ['The users.2.email must be a valid email address.'],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'The team name must be a string',
      fields: [
        ['team_name', 'must be a string'],
        ['team_name', 'at least 1 characters'],
        ['authorization.role', 'is invalid'],
        ['users.0.email', 'field is required'],
        ['users.2.email', 'valid email address'],
      ],
    },
  },
  {
    id: 'laravel/throttle-429-headers',
    source: 'Laravel',
    url: 'laravel/framework/tests/Integration/Http/ThrottleRequestsTest.php@075f2833e515e34980e53e1da4f0e544e806c78e',
    receivedAt: '2018-01-01T00:00:58Z',
    note:
      'Headers from the test: Carbon now = 2018-01-01 00:00:58, Retry-After 2, X-RateLimit-Reset = now + 2 s = 1514764860 ' +
      "(receivedAt set to that test clock). The test asserts headers only; the body is Laravel's JSON rendering of " +
      'ThrottleRequestsException ({"message": "Too Many Attempts."}) as shown in public API docs retrieved in this session. ' +
      '"Too Many Attempts." is treated as a reason-phrase-like generic summary, so the message is the default.',
    response: {
      status: 429,
      headers: {
        'X-RateLimit-Limit': '2',
        'X-RateLimit-Remaining': '0',
        'Retry-After': '2',
        'X-RateLimit-Reset': '1514764860',
      },
      body: { message: 'Too Many Attempts.' },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 2 },
  },
  {
    id: 'laravel/server-error-masked',
    source: 'Laravel',
    url: 'laravel/framework/tests/Foundation/FoundationExceptionsHandlerTest.php@01b1450b0f9e79f8229184e5f12a245ae0f03257',
    note:
      'testReturnsJsonWithoutStackTraceWhenAjaxRequestAndDebugFalseAndExceptionMessageIsMasked: the body contains ' +
      '"message": "Server Error" and no file/line/trace; reduced to that member.',
    response: { status: 500, body: { message: 'Server Error' } },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'laravel/http-exception-403-message-shown',
    source: 'Laravel',
    url: 'laravel/framework/tests/Foundation/FoundationExceptionsHandlerTest.php@01b1450b0f9e79f8229184e5f12a245ae0f03257',
    note: 'new HttpException(403, "My custom error message") with debug off: HTTP exception messages are shown.',
    response: { status: 403, body: { message: 'My custom error message' } },
    expect: { kind: 'forbidden', message: 'My custom error message' },
  },
  {
    id: 'laravel/records-not-found-404',
    source: 'Laravel',
    url: 'laravel/framework/tests/Foundation/FoundationExceptionsHandlerTest.php@01b1450b0f9e79f8229184e5f12a245ae0f03257',
    note: 'testRecordsNotFoundReturns404WithoutReporting: body contains "message": "Not found." (a reason phrase).',
    response: { status: 404, body: { message: 'Not found.' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── PHP: Symfony ─────────────────────────────
  {
    id: 'symfony/problem-normalizer-500',
    source: 'Symfony',
    url: 'symfony/symfony/src/Symfony/Component/Serializer/Tests/Normalizer/ProblemNormalizerTest.php@05f4b08a65fd5afef1bf1b9a578dcf67c8260f45',
    note: 'ProblemNormalizer(debug=false) for a RuntimeException: generic title and a reason-phrase detail; the exception text is hidden.',
    response: {
      status: 500,
      body: {
        type: 'https://tools.ietf.org/html/rfc2616#section-10',
        title: 'An error occurred',
        status: 500,
        detail: 'Internal Server Error',
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'symfony/constraint-violation-list-nested-paths',
    source: 'Symfony',
    url: 'symfony/symfony/src/Symfony/Component/Serializer/Tests/Normalizer/ConstraintViolationListNormalizerTest.php@0823b51ad0ce3a5c673c1154867655c3aaf7124b',
    note:
      'testNormalizeWithNameConverter (PHP array written as JSON). The test normalizes the list only; status 422 is what ' +
      'Symfony sends for a failed #[MapRequestPayload] (not shown by this test). The violation with propertyPath "" is ' +
      'form-level. The detail (occurrence text) beats the generic title "Validation Failed".',
    response: {
      status: 422,
      body: {
        type: 'https://symfony.com/errors/validation',
        title: 'Validation Failed',
        detail: 'short_description: too short\nproduct.short_description: too long\nerror',
        violations: [
          { propertyPath: 'short_description', title: 'too short', template: 'a', parameters: [] },
          { propertyPath: 'product.short_description', title: 'too long', template: 'b', parameters: [] },
          { propertyPath: '', title: 'error', template: 'c', parameters: [] },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: 'too short',
      fields: [
        ['short_description', 'too short'],
        ['product.short_description', 'too long'],
      ],
    },
  },

  // ───────────────────────────── PHP: API Platform ─────────────────────────────
  {
    id: 'api-platform/hydra-constraint-violation-list-400',
    source: 'API Platform',
    url: 'api-platform/core/features/error.feature',
    note: 'Older Hydra error shape (status 400). hydra:description is occurrence text; hydra:title is generic.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/ld+json' },
      body: {
        '@context': '/contexts/ConstraintViolationList',
        '@type': 'ConstraintViolationList',
        'hydra:title': 'An error occurred',
        'hydra:description': 'name: This value should not be blank.\n',
        violations: [{ propertyPath: 'name', message: 'This value should not be blank.' }],
      },
    },
    expect: {
      kind: 'validation',
      message: 'This value should not be blank',
      fields: [['name', 'should not be blank']],
    },
  },
  {
    id: 'api-platform/problem-json-violation-field-named-title',
    source: 'API Platform',
    url: 'api-platform/core/features/main/validation.feature@0411cd9cc73f085a1918a13a3798e0c5aee5bbff',
    note:
      'Scenario "Get violations constraints" (JSON should be equal to). The violated field is called "title", next to the ' +
      'envelope title "An error occurred". The type URI carries the constraint uuid, as do the items; no code stated.',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/problem+json; charset=utf-8' },
      body: {
        status: 422,
        violations: [
          {
            propertyPath: 'title',
            message: 'This value should not be blank.',
            code: 'c1051bb4-d103-4f74-8988-acbcafc7fdc3',
          },
        ],
        detail: 'title: This value should not be blank.',
        type: '/validation_errors/c1051bb4-d103-4f74-8988-acbcafc7fdc3',
        title: 'An error occurred',
      },
    },
    expect: {
      kind: 'validation',
      message: 'This value should not be blank',
      fields: [['title', 'should not be blank']],
    },
  },
  {
    id: 'api-platform/collect-denormalization-errors-with-hints',
    source: 'API Platform',
    url: 'api-platform/core/features/main/validation.feature@0411cd9cc73f085a1918a13a3798e0c5aee5bbff',
    note:
      'Scenario "Create a resource with collectDenormalizationErrors" (JSON should be a superset of: other members may exist). ' +
      'Some items carry a developer "hint" next to the message.',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/problem+json; charset=utf-8' },
      body: {
        '@context': '/contexts/ConstraintViolation',
        '@type': 'ConstraintViolation',
        'hydra:title': 'An error occurred',
        'hydra:description':
          'baz: This value should be of type string.\nqux: This value should be of type string.\nfoo: This value should be of type bool.\nbar: This value should be of type int.\nuuid: This value should be of type uuid.\nrelatedDummy: This value should be of type array|string.\nrelatedDummies: This value should be of type array.',
        violations: [
          {
            propertyPath: 'baz',
            message: 'This value should be of type string.',
            code: 'ba785a8c-82cb-4283-967c-3cf342181b40',
            hint: 'Failed to create object because the class misses the "baz" property.',
          },
          {
            propertyPath: 'qux',
            message: 'This value should be of type string.',
            code: 'ba785a8c-82cb-4283-967c-3cf342181b40',
          },
          {
            propertyPath: 'foo',
            message: 'This value should be of type bool.',
            code: 'ba785a8c-82cb-4283-967c-3cf342181b40',
          },
          {
            propertyPath: 'bar',
            message: 'This value should be of type int.',
            code: 'ba785a8c-82cb-4283-967c-3cf342181b40',
          },
          {
            propertyPath: 'uuid',
            message: 'This value should be of type uuid.',
            code: 'ba785a8c-82cb-4283-967c-3cf342181b40',
            hint: 'Invalid UUID string: y',
          },
          {
            propertyPath: 'relatedDummy',
            message: 'This value should be of type array|string.',
            code: 'ba785a8c-82cb-4283-967c-3cf342181b40',
            hint: 'The type of the "relatedDummy" attribute must be "array" (nested document) or "string" (IRI), "integer" given.',
          },
          {
            propertyPath: 'relatedDummies',
            message: 'This value should be of type array.',
            code: 'ba785a8c-82cb-4283-967c-3cf342181b40',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: 'This value should be of type string',
      fields: [
        ['baz', 'of type string'],
        ['qux', 'of type string'],
        ['foo', 'of type bool'],
        ['bar', 'of type int'],
        ['uuid', 'of type uuid'],
        ['relatedDummy', 'of type array|string'],
        ['relatedDummies', 'of type array'],
      ],
    },
  },
  {
    id: 'api-platform/collect-denormalization-errors-docs',
    source: 'API Platform',
    url: 'api-platform/core/docs/guides/collect-denormalization-errors.php',
    note: 'Guide example (422 per the guide text); the violated field is literally named "boolean"; item codes are "0".',
    response: {
      status: 422,
      body: {
        '@context': '/api/contexts/ConstraintViolationList',
        '@type': 'ConstraintViolationList',
        'hydra:title': 'An error occurred',
        'hydra:description':
          'boolean: This value should be of type bool.\nproperty1: This value should be of type string.',
        violations: [
          { propertyPath: 'boolean', message: 'This value should be of type bool.', code: '0' },
          { propertyPath: 'property1', message: 'This value should be of type string.', code: '0' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: 'This value should be of type bool',
      fields: [
        ['boolean', 'of type bool'],
        ['property1', 'of type string'],
      ],
    },
  },

  // ───────────────────────────── Java: Spring Boot ─────────────────────────────
  {
    id: 'spring-boot/webflux-400-empty-message-request-id',
    source: 'Spring Boot',
    url: 'https://github.com/spring-projects/spring-boot/issues/26589',
    note: 'Captured WebFlux default error body: message is empty (binding errors hidden by default); requestId is the support id.',
    response: {
      status: 400,
      body: {
        timestamp: '2021-05-18T14:13:17.334+00:00',
        path: '/register',
        status: 400,
        error: 'Bad Request',
        message: '',
        requestId: 'd9da178b-2',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: 'd9da178b-2' },
  },
  {
    id: 'spring-boot/500-exception-and-enum-message-leak',
    source: 'Spring Boot',
    url: 'https://github.com/spring-projects/spring-boot/issues/8798',
    note: 'Boot 1.5 default body: "exception" is a class name and "message" names a qualified enum type; both are developer text.',
    response: {
      status: 500,
      body: {
        timestamp: 1491232221140,
        status: 500,
        error: 'Internal Server Error',
        exception: 'java.lang.IllegalArgumentException',
        message: 'No enum constant org.springframework.boot.logging.LogLevel.SOME_WRONG_LEVEL',
        path: '/loggers/ROOT',
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'spring-boot/basic-error-controller-binding-errors',
    source: 'Spring Boot',
    url: 'https://nineya.com/archive/708.html',
    note:
      'Archived spring-boot issue showing the BasicErrorController body for @Valid failure with binding errors included. ' +
      'The nested "arguments" item has codes/defaultMessage but no field (not a field error). The top "message" is a ' +
      'generic "Validation failed for object=..." summary naming the internal object: default message.',
    response: {
      status: 400,
      body: {
        error: 'Bad Request',
        errors: [
          {
            arguments: [{ arguments: null, code: 'name', codes: ['customer.name', 'name'], defaultMessage: 'name' }],
            bindingFailure: false,
            code: 'NotBlank',
            codes: ['NotBlank.customer.name', 'NotBlank.name', 'NotBlank.java.lang.String', 'NotBlank'],
            defaultMessage: "name can't be blank",
            field: 'name',
            objectName: 'customer',
            rejectedValue: '',
          },
        ],
        message: "Validation failed for object='customer'. Error count: 1",
        path: '/customers',
        status: 400,
        timestamp: '2020-03-08T16:19:45.828+0000',
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['name', "name can't be blank"]] },
  },

  // ───────────────────────────── Java: Dropwizard ─────────────────────────────
  {
    id: 'dropwizard/validation-422-errors-list',
    source: 'Dropwizard',
    url: 'dropwizard/dropwizard/docs/source/manual/validation.rst@1c2c3e6d24df69f5255691d4f407aa3e7a6d5f58',
    note:
      'Testing section: a null name gives 422 and ValidationErrorMessage.errors == ["name may not be empty"]; body shape ' +
      '{"errors":[...]} as shown in the same page. The strings carry no path member, so they are form-level; the only ' +
      'sentence becomes the message.',
    response: { status: 422, body: { errors: ['name may not be empty'] } },
    expect: { kind: 'validation', message: 'name may not be empty' },
  },
  {
    id: 'dropwizard/beanparam-400-method-path-in-text',
    source: 'Dropwizard',
    url: 'dropwizard/dropwizard/docs/source/manual/validation.rst@1c2c3e6d24df69f5255691d4f407aa3e7a6d5f58',
    note:
      'Limitations section: a blank query param bound through a @BeanParam setter. Status 400 per the page (param ' +
      'violations are 400). The path sits inside the text, not in a member, so there is no field error; ' +
      '"getBean.arg0.field" is a property path, not an exception or type name. Re-derived (6 December 2026, later) to rule ' +
      '2.1 and the rule row of 6 December 2026 as written: the line names only which input is empty, by the ' +
      "API's name for it written as code, so the default (its first run expected the line kept, and called it " +
      'ambiguous).',
    response: { status: 400, body: { errors: ['getBean.arg0.field may not be empty'] } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'dropwizard/500-logged-with-id',
    source: 'Dropwizard',
    url: 'dropwizard/dropwizard/dropwizard-jersey/src/test/java/io/dropwizard/jersey/errors/LoggingExceptionMapperTest.java',
    note:
      'The test asserts the body starts with {"code":500,"message":"There was an error processing your request. It has ' +
      'been logged (ID ; the random 16-hex-digit id and the closing ")." were filled in. The id is only inside the text ' +
      '(no id member), so logId is not checked. Re-derived at the fifty-fourth holdout: the line says only that ' +
      'something failed (rule 2.1, as "An error occurred while processing your request."), and Zettle\'s identical ' +
      'Dropwizard line was written as the default, so the message is the default.',
    response: {
      status: 500,
      body: {
        code: 500,
        message: 'There was an error processing your request. It has been logged (ID 3f2a9c41d07be568).',
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── .NET: ASP.NET Core ─────────────────────────────
  {
    id: 'aspnetcore/validation-problem-json-path-traceid',
    source: 'ASP.NET Core',
    url: 'https://github.com/dotnet/aspnetcore/issues/18876',
    note:
      'System.Text.Json conversion failure: the key is a JSONPath ($.dateOfBirth) and the field message names a .NET type ' +
      '(developer text inside a field message; the field is still field-bound). Title is the generic summary; traceId is the support id.',
    response: {
      status: 400,
      body: {
        type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        traceId: '|125b177f-444ca33308cefc01.',
        errors: {
          '$.dateOfBirth': [
            'The JSON value could not be converted to System.Nullable`1[System.DateTime]. Path: $.dateOfBirth | LineNumber: 6 | BytePositionInLine: 22.',
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['dateOfBirth', 'could not be converted']],
      logId: '|125b177f-444ca33308cefc01.',
    },
  },
  {
    id: 'aspnetcore/validation-problem-json-path-array-index',
    source: 'ASP.NET Core',
    url: 'https://github.com/dotnet/aspnetcore/issues/11513',
    note: 'Example output pasted by the team: "$.Ages[1]" key, null type/detail/instance and an empty "extensions" object (not fields).',
    response: {
      status: 400,
      body: {
        errors: {
          '$.Ages[1]': [
            'The JSON value could not be converted to System.Collections.Generic.List`1[System.Int16]. Path: $.Ages[1] | LineNumber: 1 | BytePositionInLine: 24.',
          ],
        },
        type: null,
        title: 'One or more validation errors occurred.',
        status: 400,
        detail: null,
        instance: null,
        extensions: {},
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['Ages.1', 'could not be converted']] },
  },
  {
    id: 'aspnetcore/model-state-empty-key-form-level',
    source: 'ASP.NET Core',
    url: 'https://github.com/aspnet/Mvc/issues/4607',
    note:
      'BadRequest(ModelState) for a missing/empty JSON body, as listed by the team: the "" key is form-level, so there is ' +
      'no field-bound error (400 without fields) and the form-level sentence is the message. Re-derived at the ' +
      'fifteenth holdout: rule 2.3 names a server saying the request has no body (Spring\'s "Required request body ' +
      'is missing", ShipEngine\'s "Request body cannot be empty.") developer text, as this line is, so the default.',
    response: { status: 400, body: { '': ['A non-empty request body is required.'] } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'aspnetcore/model-state-field-map',
    source: 'ASP.NET Core',
    url: 'https://github.com/aspnet/Mvc/issues/4607',
    note: 'BadRequest(ModelState) after MVC model validation, as listed by the team: keys are .NET property names.',
    response: { status: 400, body: { Name: ['The Name field is required.'] } },
    expect: { kind: 'validation', message: DEFAULT, fields: [['Name', 'The Name field is required']] },
  },

  // ───────────────────────────── .NET: ABP Framework ─────────────────────────────
  {
    id: 'abp/validation-errors-members',
    source: 'ABP Framework',
    url: 'abpframework/abp/docs/en/Exception-Handling.md@00854232071db7c80e893cde84b2aa4d3ab0b03a',
    note: 'validationErrors[].members names the fields. Status 400: the page maps AbpValidationException to 400.',
    response: {
      status: 400,
      body: {
        error: {
          code: 'App:010046',
          message: 'Your request is not valid, please correct and try again!',
          validationErrors: [
            { message: 'Username should be minimum length of 3.', members: ['userName'] },
            { message: 'Password is required', members: ['password'] },
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'Your request is not valid, please correct and try again',
      fields: [
        ['userName', 'minimum length of 3'],
        ['password', 'Password is required'],
      ],
      code: 'App:010046',
    },
  },
  {
    id: 'abp/business-exception-403',
    source: 'ABP Framework',
    url: 'abpframework/abp/docs/en/Exception-Handling.md@00854232071db7c80e893cde84b2aa4d3ab0b03a',
    note: 'Error code + details example. Status 403: the page maps IBusinessException to 403 by default.',
    response: {
      status: 403,
      body: {
        error: {
          code: 'App:010042',
          message: 'This topic is locked and can not add a new message',
          details: 'A more detailed info about the error...',
        },
      },
    },
    expect: { kind: 'forbidden', message: 'This topic is locked', code: 'App:010042' },
  },

  // ───────────────────────────── .NET: ServiceStack ─────────────────────────────
  {
    id: 'servicestack/fluent-validation-field-errors',
    source: 'ServiceStack',
    url: 'ServiceStack/docs.servicestack.net/MyApp/_pages/validation.md@6b1b9fd822e9a2d89a816117186acafb23a12b2e',
    note:
      'The docs\' "You\'ll get this JSON response" for a FluentValidation failure (shown without the ResponseStatus ' +
      'wrapper, as in the docs). Status 400: validation errors are ArgumentExceptions, returned as 400 per the page. ' +
      'The top Message repeats the first field message and is the only sentence outside Errors.',
    response: {
      status: 400,
      body: {
        ErrorCode: 'GreaterThan',
        Message: "'Age' must be greater than '0'.",
        Errors: [
          { ErrorCode: 'GreaterThan', FieldName: 'Age', Message: "'Age' must be greater than '0'." },
          { ErrorCode: 'NotEmpty', FieldName: 'Company', Message: "'Company' should not be empty." },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: "must be greater than '0'",
      fields: [
        ['Age', "must be greater than '0'"],
        ['Company', 'should not be empty'],
      ],
    },
  },

  // ───────────────────────────── Python: Falcon ─────────────────────────────
  {
    id: 'falcon/503-with-numeric-code',
    source: 'Falcon',
    url: 'falconry/falcon/tests/test_httperror.py@023eb690fd76f2dae038d4129fdf6f6a71e2cd61',
    note: 'test_base_class: HTTPError(503, title, description, code=10042); the test asserts Vary: Accept.',
    response: {
      status: 503,
      headers: { Vary: 'Accept' },
      body: {
        title: 'Storage service down',
        description:
          'The configured storage service is not responding to requests. Please contact your service provider.',
        code: 10042,
      },
    },
    expect: { kind: 'unavailable', message: 'storage service is not responding', code: '10042' },
  },
  {
    id: 'falcon/403-with-help-link',
    source: 'Falcon',
    url: 'falconry/falcon/tests/test_httperror.py@023eb690fd76f2dae038d4129fdf6f6a71e2cd61',
    note: 'test_forbidden: title/description plus a "link" object whose "text" is not a message.',
    response: {
      status: 403,
      body: {
        title: 'Request denied',
        description: 'You do not have write permissions for this queue.',
        link: { text: 'Documentation related to this error', href: 'http://example.com/api/rbac', rel: 'help' },
      },
    },
    expect: { kind: 'forbidden', message: 'You do not have write permissions for this queue' },
  },
  {
    id: 'falcon/400-title-only',
    source: 'Falcon',
    url: 'falconry/falcon/tests/test_httperror.py@023eb690fd76f2dae038d4129fdf6f6a71e2cd61',
    note: 'test_no_description_json: HTTPError(400) with no title or description serializes the status line as title.',
    response: { status: 400, headers: { 'Content-Type': 'application/json' }, body: { title: '400 Bad Request' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'falcon/429-retry-after',
    source: 'Falcon',
    url: 'falconry/falcon/tests/test_httperror.py@023eb690fd76f2dae038d4129fdf6f6a71e2cd61',
    note:
      'test_429: HTTPTooManyRequests(title, description, retry_after=60); the test asserts title, description and ' +
      'Retry-After. "1 per minute" is the occurrence text (description beats the reason-phrase title); ambiguous as a sentence.',
    response: {
      status: 429,
      headers: { 'Retry-After': '60' },
      body: { title: 'Too many requests', description: '1 per minute' },
    },
    expect: { kind: 'rate-limited', message: '1 per minute', retry: 60 },
  },
  {
    id: 'falcon/400-invalid-param-with-code',
    source: 'Falcon',
    url: 'falconry/falcon/tests/test_httperror.py@023eb690fd76f2dae038d4129fdf6f6a71e2cd61',
    note: 'test_invalid_param: the parameter name is only inside the text (no path member), so 400 without fields.',
    response: {
      status: 400,
      body: {
        title: 'Invalid parameter',
        description: 'The "id" parameter is invalid. The value must be a hex-encoded UUID.',
        code: 'P1002',
      },
    },
    expect: { kind: 'bad-request', message: 'The "id" parameter is invalid', code: 'P1002' },
  },
  {
    id: 'falcon/400-missing-header',
    source: 'Falcon',
    url: 'falconry/falcon/tests/test_httperror.py@023eb690fd76f2dae038d4129fdf6f6a71e2cd61',
    note: 'test_missing_header: HTTPMissingHeader("X-Auth-Token"); a missing header, not a credential check.',
    response: {
      status: 400,
      body: { title: 'Missing header value', description: 'The "X-Auth-Token" header is required.' },
    },
    expect: { kind: 'bad-request', message: 'header is required' },
  },
] satisfies ConformanceCase[];
