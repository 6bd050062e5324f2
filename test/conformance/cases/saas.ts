import { DEFAULT, type ConformanceCase } from '../types';

// Real error responses from SaaS / developer-platform APIs, copied from official docs, vendor SDK
// fixtures and recorded cassettes, and public issues that paste a captured response.
export default [
  // ───────────────────────────── GitHub REST ─────────────────────────────
  {
    id: 'github-rest/validation-failed-invalid-label-color',
    source: 'GitHub REST',
    url: 'octokit/fixtures/scenarios/api.github.com/errors/raw-fixture.json@0fe797ec8a06f1d081d6657145351157e64d0289',
    note: 'Recorded POST /repos/:owner/:repo/labels with color "invalid". Trimmed: security/CORS headers (Strict-Transport-Security, X-Frame-Options, CSP, Access-Control-*, X-OAuth-Scopes …) left out. The item has no message, so its message comes from its code (rule 3).',
    response: {
      status: 422,
      headers: {
        Server: 'GitHub.com',
        Date: 'Wed, 31 Oct 2018 07:00:49 GMT',
        'Content-Type': 'application/json; charset=utf-8',
        Status: '422 Unprocessable Entity',
        'X-RateLimit-Limit': '5000',
        'X-RateLimit-Remaining': '4969',
        'X-RateLimit-Reset': '1540972789',
        'X-GitHub-Media-Type': 'github.v3; param=speedy-preview; format=json',
        'X-GitHub-Request-Id': 'B6EE:251D:200932:4E0318:5BD95321',
      },
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'Label', code: 'invalid', field: 'color' }],
        documentation_url: 'https://developer.github.com/v3/issues/labels/#create-a-label',
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['color', 'invalid']],
      logId: 'B6EE:251D:200932:4E0318:5BD95321',
    },
  },
  {
    id: 'github-rest/release-asset-already-exists',
    source: 'GitHub REST',
    url: 'octokit/fixtures/scenarios/api.github.com/release-assets-conflict/normalized-fixture.json@0658729338b7ed78fc770a4123c05771a5edac07',
    note: 'Upload of a release asset whose name is taken. octokit/fixtures normalizes ids (request ids are zeroed). Trimmed: security headers. A 422 whose item code is already_exists is a conflict (rule 1); the field is still listed, its message made from the code.',
    response: {
      status: 422,
      headers: {
        'cache-control': 'no-cache',
        'content-type': 'application/json; charset=utf-8',
        date: 'Tue, 10 Oct 2017 16:00:00 GMT',
        'x-github-media-type': 'github.v3; format=json',
        'x-github-request-id': '0000:00000:0000000:0000000:00000000',
      },
      body: {
        message: 'Validation Failed',
        request_id: '0000:00000:0000000:0000000:00000000',
        documentation_url: 'https://developer.github.com/v3',
        errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
      },
    },
    expect: {
      kind: 'conflict',
      message: DEFAULT,
      fields: [['name', 'already exists']],
      logId: '0000:00000:0000000:0000000:00000000',
      code: 'already_exists',
    },
  },
  {
    id: 'github-rest/primary-rate-limit-403',
    source: 'GitHub REST',
    url: 'https://docs.github.com/en/rest/overview/resources-in-the-rest-api#rate-limiting',
    note: 'Found in the github/docs markdown source of this page (find_string; the tool did not name the file path). documentation_url kept verbatim with its Liquid placeholder. 403 with x-ratelimit-remaining 0 is rate-limited; x-ratelimit-reset is epoch seconds: 1377013266 − Date (14:50:41) = 3025 s.',
    response: {
      status: 403,
      headers: {
        Date: 'Tue, 20 Aug 2013 14:50:41 GMT',
        'x-ratelimit-limit': '60',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '60',
        'x-ratelimit-reset': '1377013266',
      },
      body: {
        message:
          "API rate limit exceeded for xxx.xxx.xxx.xxx. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
        documentation_url: '{% data variables.product.doc_url_pre %}/overview/resources-in-the-rest-api#rate-limiting',
      },
    },
    expect: { kind: 'rate-limited', message: 'API rate limit exceeded for', retry: 3025 },
  },
  {
    id: 'github-rest/branch-not-protected',
    source: 'GitHub REST',
    url: 'octokit/fixtures/scenarios/api.github.com/branch-protection/normalized-fixture.json@02de466eadd689edef40f9316a244b7a70ca1e61',
    note: 'GET branch protection on an unprotected branch. Trimmed: security/CORS headers. x-ratelimit-reset is normalized by octokit/fixtures (milliseconds); irrelevant for a 404.',
    response: {
      status: 404,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        date: 'Tue, 10 Oct 2017 16:00:00 GMT',
        status: '404 Not Found',
        'x-github-media-type': 'github.v3; format=json',
        'x-github-request-id': '0000:00000:0000000:0000000:00000000',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': '1507651200000',
      },
      body: {
        message: 'Branch not protected',
        documentation_url: 'https://developer.github.com/v3/repos/branches/#get-branch-protection',
      },
    },
    expect: { kind: 'not-found', message: 'Branch not protected', logId: '0000:00000:0000000:0000000:00000000' },
  },

  // ───────────────────────────── GitLab ─────────────────────────────
  {
    id: 'gitlab/validation-message-map',
    source: 'GitLab',
    url: 'gitlabhq/gitlabhq/doc/api/rest/troubleshooting.md@07a9524568513ae546463194955fc96ab82fcc41',
    note: 'GitLab puts the field map under the envelope key "message". The only text is a field message, so the message is the default.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { message: { bio: ['is too long (maximum is 255 characters)'] } },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['bio', 'is too long']] },
  },
  {
    id: 'gitlab/required-attribute-not-given',
    source: 'GitLab',
    url: 'gitlabhq/gitlabhq/doc/api/rest/troubleshooting.md@07a9524568513ae546463194955fc96ab82fcc41',
    note: 'A missing attribute is reported as one string that starts with the status and reason phrase; no structured field error, so a 400 without fields.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { message: '400 (Bad request) "title" not given' },
    },
    expect: { kind: 'bad-request', message: '"title" not given' },
  },
  {
    id: 'gitlab/rack-attack-retry-later',
    source: 'GitLab',
    url: 'gitlabhq/gitlabhq/doc/administration/settings/user_and_ip_rate_limits.md@0286e4c628d68960d0ca9e961d82c3ea6ac90633',
    receivedAt: '2021-01-05T10:59:30Z',
    note: 'Body: the documented default plain-text body "Retry later". Headers: the example values from the docs tables (RateLimit-Remaining 33 left out: it contradicts a 429). receivedAt = RateLimit-ResetTime − Retry-After. Whether "Retry later" counts as a sentence is a judgment call; rule 6 reads it as one.',
    response: {
      status: 429,
      headers: {
        'RateLimit-Limit': '60',
        'RateLimit-Name': 'throttle_authenticated_api',
        'RateLimit-Observed': '67',
        'RateLimit-Reset': '1609844400',
        'RateLimit-ResetTime': 'Tue, 05 Jan 2021 11:00:00 GMT',
        'Retry-After': '30',
      },
      body: 'Retry later',
    },
    expect: { kind: 'rate-limited', message: 'Retry later', retry: 30 },
  },
  {
    id: 'gitlab/internal-server-error',
    source: 'GitLab',
    url: 'https://gitlab.com/gitlab-org/gitlab/-/merge_requests/74310',
    note: 'Response pasted in the MR as seen on gitlab.com production before the fix; the status (500) is the one the body names. Only a status + reason phrase, so the default message.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json' },
      body: { message: '500 Internal Server Error' },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Slack Web API ─────────────────────────────
  {
    id: 'slack/invalid-auth-200',
    source: 'Slack Web API',
    url: 'slackapi/python-slack-sdk/tests/slack_sdk/web/mock_web_api_server.py@08c6f0f6b760608641b0bdeb2827040fd9eeb437',
    note: 'Slack answers errors with HTTP 200 and ok:false; the code outranks the 2xx. invalid_auth is Slack\'s "authentication cannot be validated" code (not in rule 1\'s example list, but a credential code by meaning). Only a code, so the default message.',
    response: {
      status: 200,
      headers: { 'content-type': 'application/json;charset=utf-8', connection: 'close' },
      body: { ok: false, error: 'invalid_auth' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_auth' },
  },
  {
    id: 'slack/rate-limited-retry-after',
    source: 'Slack Web API',
    url: 'slackapi/python-slack-sdk/tests/slack_sdk/web/mock_web_api_server.py@08c6f0f6b760608641b0bdeb2827040fd9eeb437',
    note: 'The SDK mock spells the code "rate_limited" (Slack itself sends "ratelimited"); copied as written.',
    response: {
      status: 429,
      headers: { 'Retry-After': '30', 'content-type': 'application/json;charset=utf-8', connection: 'close' },
      body: { ok: false, error: 'rate_limited' },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 30 },
  },
  {
    id: 'slack/html-404-page',
    source: 'Slack Web API',
    url: 'slackapi/python-slack-sdk/tests/slack_sdk/web/mock_web_api_server.py@08c6f0f6b760608641b0bdeb2827040fd9eeb437',
    note: 'An HTML 404 page instead of JSON (the SDK tests it as a response Slack can return). Markup is never a message.',
    response: {
      status: 404,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL /api/team.info was not found on this server.</p>\n</body></html>\n',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'slack/server-error-html-503',
    source: 'Slack Web API',
    url: 'slackapi/python-slack-sdk/tests/slack_sdk/web/mock_web_api_server.py@08c6f0f6b760608641b0bdeb2827040fd9eeb437',
    note: 'Slack\'s "Server Error | Slack" HTML page (as kept in the SDK tests, svg path already emptied there), sent with content-type text/html and no charset. Markup gives no message.',
    response: {
      status: 503,
      headers: { 'content-type': 'text/html', connection: 'close' },
      body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n\t<meta charset="utf-8">\n\t<title>Server Error | Slack</title>\n\t<meta name="author" content="Slack">\n\t<style></style>\n</head>\n<body>\n\t<nav class="top persistent">\n\t\t<a href="https://status.slack.com/" class="logo" data-qa="logo"></a>\n\t</nav>\n\t<div id="page">\n\t\t<div id="page_contents">\n\t\t\t<h1>\n\t\t\t\t<svg width="30px" height="27px" viewBox="0 0 60 54" class="warning_icon"><path d="" fill="#D94827"/></svg>\n\t\t\t\tServer Error\n\t\t\t</h1>\n\t\t\t<div class="card">\n\t\t\t\t<p>It seems like there’s a problem connecting to our servers, and we’re investigating the issue.</p>\n\t\t\t\t<p>Please <a href="https://status.slack.com/">check our Status page for updates</a>.</p>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n\t<script type="text/javascript">\n\t\tif (window.desktop) {\n\t\t\tdocument.documentElement.className = \'desktop\';\n\t\t}\n\n\t\tvar FIVE_MINS = 5 * 60 * 1000;\n\t\tvar TEN_MINS = 10 * 60 * 1000;\n\n\t\tfunction randomBetween(min, max) {\n\t\t\treturn Math.floor(Math.random() * (max - (min + 1))) + min;\n\t\t}\n\n\t\twindow.setTimeout(function () {\n\t\t\twindow.location.reload(true);\n\t\t}, randomBetween(FIVE_MINS, TEN_MINS));\n\t</script>\n</body>\n</html>',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Discord ─────────────────────────────
  {
    id: 'discord/invalid-form-body-array-error',
    source: 'Discord',
    url: 'https://discord.com/developers/docs/reference#error-messages',
    note: 'The docs show the body without a status line; 400 is the status Discord documents for an invalid form body (code 50035). Nested _errors under array indices. "Invalid Form Body" is read as a generic summary (like "Invalid input"), so the default message.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: {
        code: 50035,
        errors: {
          activities: {
            '0': {
              platform: {
                _errors: [
                  { code: 'BASE_TYPE_CHOICES', message: "Value must be one of ('desktop', 'android', 'ios')." },
                ],
              },
              type: {
                _errors: [{ code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (0, 1, 2, 3, 4, 5).' }],
              },
            },
          },
        },
        message: 'Invalid Form Body',
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['activities.0.platform', "Value must be one of ('desktop'"],
        ['activities.0.type', 'Value must be one of (0, 1'],
      ],
      code: '50035',
    },
  },
  {
    id: 'discord/invalid-form-body-request-error',
    source: 'Discord',
    url: 'https://discord.com/developers/docs/reference#error-messages',
    note: 'The "Request Error" example: the only _errors sit at the root, so they are form-level (no path) and the 400 has no field errors → bad-request. The form-level sentence beats the generic "Invalid Form Body". Status 400 as for the other 50035 examples.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: {
        code: 50035,
        message: 'Invalid Form Body',
        errors: {
          _errors: [{ code: 'APPLICATION_COMMAND_TOO_LARGE', message: 'Command exceeds maximum size (4000)' }],
        },
      },
    },
    expect: { kind: 'bad-request', message: 'Command exceeds maximum size', code: '50035' },
  },
  {
    id: 'discord/user-rate-limit',
    source: 'Discord',
    url: 'https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit',
    note: 'Example Exceeded User Rate Limit Response. Retry-After (65) comes first; body retry_after 64.57 and the reset headers are not consulted.',
    response: {
      status: 429,
      headers: {
        'Content-Type': 'application/json',
        'Retry-After': '65',
        'X-RateLimit-Limit': '10',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': '1470173023.123',
        'X-RateLimit-Reset-After': '64.57',
        'X-RateLimit-Bucket': 'abcd1234',
        'X-RateLimit-Scope': 'user',
      },
      body: { message: 'You are being rate limited.', retry_after: 64.57, global: false },
    },
    expect: { kind: 'rate-limited', message: 'You are being rate limited', retry: 65 },
  },
  {
    id: 'discord/shared-resource-rate-limit',
    source: 'Discord',
    url: 'https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit',
    note: 'Example Exceeded Resource Rate Limit Response: remaining is 9 (the shared resource, not the caller, is limited); Retry-After 1337 decides.',
    response: {
      status: 429,
      headers: {
        'Content-Type': 'application/json',
        'Retry-After': '1337',
        'X-RateLimit-Limit': '10',
        'X-RateLimit-Remaining': '9',
        'X-RateLimit-Reset': '1470173023.123',
        'X-RateLimit-Reset-After': '64.57',
        'X-RateLimit-Bucket': 'abcd1234',
        'X-RateLimit-Scope': 'shared',
      },
      body: { message: 'The resource is being rate limited.', retry_after: 1336.57, global: false },
    },
    expect: { kind: 'rate-limited', message: 'The resource is being rate limited', retry: 1337 },
  },
  {
    id: 'discord/global-rate-limit',
    source: 'Discord',
    url: 'https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit',
    note: 'Example Exceeded Global Rate Limit Response: no bucket/reset headers, only Retry-After and X-RateLimit-Global.',
    response: {
      status: 429,
      headers: {
        'Content-Type': 'application/json',
        'Retry-After': '65',
        'X-RateLimit-Global': 'true',
        'X-RateLimit-Scope': 'global',
      },
      body: { message: 'You are being rate limited.', retry_after: 64.57, global: true },
    },
    expect: { kind: 'rate-limited', message: 'You are being rate limited', retry: 65 },
  },

  // ───────────────────────────── Atlassian Jira ─────────────────────────────
  {
    id: 'jira/rate-limit-html-error-page',
    source: 'Atlassian Jira',
    url: 'https://github.com/apache/devlake/issues/2932',
    note: 'Jira Cloud answered a 429 with its HTML "Oops - an error has occurred" page (pasted from a DevLake log). Trimmed: the page continues after <div id="error-state">. No headers were shown, so no retry time.',
    response: {
      status: 429,
      body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>Oops - an error has occurred</title><link type='text/css' rel='stylesheet' href='/static-assets/metal-all.css' media='all'><script src='/static-assets/metal-all.js'></script><meta name="decorator" content="none" /></head><body class=" error-page error429"><script type="text/javascript">document.body.className += " js-enabled";</script><div id="page"><header id="header" role="banner"></header><!-- #header --><section id="content" role="main"><div class="aui-page-panel"><div class="aui-page-panel-inner"><section class="aui-page-panel-content lowerContent"><div id="error-state">`,
    },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },
  {
    id: 'jira/project-not-found',
    source: 'Atlassian Jira',
    url: 'https://github.com/tenable/integration-jira-cloud/issues/165',
    note: 'Jira Cloud ErrorCollection, GET /rest/api/3/project/VULN, from a restfly error log (status 404).',
    response: {
      status: 404,
      body: { errorMessages: ["No project could be found with key 'VULN'."], errors: {} },
    },
    expect: { kind: 'not-found', message: 'No project could be found with key' },
  },
  {
    id: 'jira/not-authenticated',
    source: 'Atlassian Jira',
    url: 'https://github.com/tenable/integration-jira-cloud/issues/165',
    note: 'Same log, POST /rest/api/3/project answered 401.',
    response: {
      status: 401,
      body: {
        errorMessages: ['You are not authenticated. Authentication required to perform this operation.'],
        errors: {},
      },
    },
    expect: { kind: 'unauthenticated', message: 'You are not authenticated' },
  },
  {
    id: 'jira/no-access-403',
    source: 'Atlassian Jira',
    url: 'https://github.com/jira-node/node-jira-client/issues/337',
    note: 'StatusCodeError "403 - {…}" from jira-client; the body is the JSON after the status.',
    response: {
      status: 403,
      body: { errorMessages: ["You currently don't have access to perform this operation."], errors: {} },
    },
    expect: { kind: 'forbidden', message: "You currently don't have access" },
  },

  // ───────────────────────────── HubSpot ─────────────────────────────
  {
    id: 'hubspot/validation-error-envelope',
    source: 'HubSpot',
    url: 'https://developers.hubspot.com/docs/faq/api-error-responses',
    note: 'The documented example error body (no status shown; HubSpot sends VALIDATION_ERROR with 400). category VALIDATION_ERROR is a validation code. The item names its input in "in" — read here as a path-like member (rule 3 lists open-ended path names); if the kit does not take "in" as a path this item is form-level.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: {
        status: 'error',
        message: 'This will be a human readable message with details about the error.',
        errors: [{ message: 'This will be a message with additional details about the error', in: 'name' }],
        category: 'VALIDATION_ERROR',
        correlationId: 'a43683b0-5717-4ceb-80b4-104d02915d8c',
      },
    },
    expect: {
      kind: 'validation',
      message: 'human readable message with details about the error',
      fields: [['name', 'additional details about the error']],
      logId: 'a43683b0-5717-4ceb-80b4-104d02915d8c',
    },
  },

  // ───────────────────────────── Salesforce ─────────────────────────────
  {
    id: 'salesforce/marketing-cloud-rate-limit-50100',
    source: 'Salesforce',
    url: 'https://developer.salesforce.com/docs/atlas.en-us.noversion.mc-apis.meta/mc-%20%20apis/rate-limiting-errors.htm',
    note: 'Marketing Cloud REST API, Error Code 50100. Retry-After and body retryAfter agree (5 s).',
    response: {
      status: 429,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '5' },
      body: {
        message: 'Rate limit exceeded',
        errorcode: 50100,
        retryAfter: 5,
        documentation: 'https://developer.salesforce.com/docs/atlas.en-us.mc-apis.meta/mc-apis/error-handling.htm',
      },
    },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded', retry: 5 },
  },
  {
    id: 'salesforce/marketing-cloud-temporarily-blocked-50200',
    source: 'Salesforce',
    url: 'https://developer.salesforce.com/docs/atlas.en-us.noversion.mc-apis.meta/mc-%20%20apis/rate-limiting-errors.htm',
    note: 'Marketing Cloud REST API, Error Code 50200: a 429 without Retry-After or any wait, so no retry time.',
    response: {
      status: 429,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: {
        message: 'Your requests are temporarily blocked.',
        errorcode: 50200,
        documentation: 'https://developer.salesforce.com/docs/atlas.en-us.mc-apis.meta/mc-apis/error-handling.htm',
      },
    },
    expect: { kind: 'rate-limited', message: 'Your requests are temporarily blocked' },
  },
  {
    id: 'salesforce/invalid-session-id',
    source: 'Salesforce',
    url: 'https://github.com/restforce/restforce/issues/284',
    note: 'Faraday debug log of POST /services/data/v38.0/sobjects/Contact. Trimmed: set-cookie, CSP and XSS headers. The body is a JSON array of error objects.',
    response: {
      status: 401,
      headers: {
        date: 'Sat, 04 Feb 2017 17:49:48 GMT',
        'www-authenticate': 'Token',
        'content-type': 'application/json;charset=UTF-8',
      },
      body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }],
    },
    expect: { kind: 'unauthenticated', message: 'Session expired or invalid', code: 'INVALID_SESSION_ID' },
  },

  // ───────────────────────────── Telegram Bot API ─────────────────────────────
  {
    id: 'telegram/flood-retry-after-parameter',
    source: 'Telegram Bot API',
    url: 'https://github.com/tdlib/telegram-bot-api/issues/184',
    note: 'Body as pasted in the issue; the HTTP status equals error_code (see the captured 429 in telegram/flood-captured-with-headers). The wait is in parameters.retry_after and in the description text; both say 2282 s.',
    response: {
      status: 429,
      headers: { 'Content-Type': 'application/json' },
      body: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 2282',
        parameters: { retry_after: 2282 },
      },
    },
    expect: { kind: 'rate-limited', message: 'retry after 2282', retry: 2282 },
  },
  {
    id: 'telegram/flood-captured-with-headers',
    source: 'Telegram Bot API',
    url: 'https://github.com/hdghg/cjbot/issues/13',
    note: 'clj-http response map (status, headers, body) from 2016, before Telegram added "parameters"; the only hint is the wait in the text.',
    response: {
      status: 429,
      headers: {
        Server: 'nginx/1.10.0',
        Date: 'Wed, 20 Jul 2016 16:25:04 GMT',
        'Content-Type': 'application/json',
        'Content-Length': '78',
        Connection: 'close',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Expose-Headers': 'Content-Length,Content-Type,Date,Server,Connection',
      },
      body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 3' },
    },
    expect: { kind: 'rate-limited', message: 'retry after 3', retry: 3 },
  },
  {
    id: 'telegram/bot-blocked-by-user',
    source: 'Telegram Bot API',
    url: 'https://github.com/botman/driver-telegram/issues/89',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/json' },
      body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' },
    },
    expect: { kind: 'forbidden', message: 'bot was blocked by the user' },
  },
  {
    id: 'telegram/chat-not-found-400',
    source: 'Telegram Bot API',
    url: 'https://github.com/botman/driver-telegram/issues/89',
    note: 'Telegram reports a missing chat as a 400 with only a description (numeric error_code, no not-found code), so by rule 1 it is a 400 without fields: bad-request, even though the text says "not found".',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' },
    },
    expect: { kind: 'bad-request', message: 'chat not found' },
  },

  // ───────────────────────────── Dropbox ─────────────────────────────
  {
    id: 'dropbox/too-many-write-operations',
    source: 'Dropbox',
    url: 'https://github.com/dropbox/dropbox-sdk-go-unofficial/issues/33',
    note: 'Raw HTTP response pasted in the issue (status line "429 too_many_write_operations/."; chunked framing removed). X-Dropbox-Request-Id is "XXX" in the paste and is not one of rule 5\'s headers, so logId is not checked. Only codes in the body → default message.',
    response: {
      status: 429,
      headers: {
        Connection: 'keep-alive',
        'Content-Type': 'application/json',
        Date: 'Thu, 02 Nov 2017 14:25:01 GMT',
        'Retry-After': '1',
        Server: 'nginx',
        'X-Dropbox-Request-Id': 'XXX',
        'X-Robots-Tag': 'noindex, nofollow, noimageindex',
      },
      body: {
        error_summary: 'too_many_write_operations/.',
        error: { reason: { '.tag': 'too_many_write_operations' } },
      },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 1 },
  },
  {
    id: 'dropbox/expired-access-token',
    source: 'Dropbox',
    url: 'https://github.com/froemken/dropbox/issues/23',
    note: 'Guzzle ClientException: POST /2/users/get_current_account resulted in a 401 Unauthorized response with this body.',
    response: {
      status: 401,
      body: { error_summary: 'expired_access_token/.', error: { '.tag': 'expired_access_token' } },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'dropbox/path-not-found-409',
    source: 'Dropbox',
    url: 'https://github.com/stevenmaguire/oauth2-dropbox/issues/17',
    note: 'Body from the issue (files/get_temporary_link); the issue does not show the status — Dropbox sends endpoint-specific errors with 409. The nested tag not_found (error_summary path/not_found/…) is a not-found code, which outranks 409 (rule 1).',
    response: {
      status: 409,
      body: { error_summary: 'path/not_found/...', error: { '.tag': 'path', path: { '.tag': 'not_found' } } },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Box ─────────────────────────────
  {
    id: 'box/bad-digest',
    source: 'Box',
    url: 'box/developer.box.com/content/guides/api-calls/permissions-and-errors/common-errors.md',
    note: 'The standard client error object from the Box docs. A 400 without fields; bad_digest is not a validation code.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: {
        type: 'error',
        status: 400,
        code: 'bad_digest',
        help_url: 'http://developers.box.com/docs/#errors',
        message: 'The specified content-md5 did not match what we received',
        request_id: 'abcdef123456',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'content-md5 did not match',
      logId: 'abcdef123456',
      code: 'bad_digest',
    },
  },

  // ───────────────────────────── Zendesk ─────────────────────────────
  {
    id: 'zendesk/duplicate-email',
    source: 'Zendesk',
    url: 'https://github.com/cloudbees-oss/zendesk-java-client/issues/91',
    note: 'HTTP/422 when creating a user whose email exists (body seen with curl). The field item\'s error DuplicateValue is a duplicate code on a 422 → conflict (rule 1); the field is still listed. "Record validation errors" is a generic summary → default message.',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: {
          email: [
            { description: 'Email: scooby@doo.com is already being used by another user', error: 'DuplicateValue' },
          ],
        },
      },
    },
    expect: { kind: 'conflict', message: DEFAULT, fields: [['email', 'is already being used by another user']] },
  },
  {
    id: 'zendesk/name-too-short',
    source: 'Zendesk',
    url: 'https://github.com/blakmatrix/node-zendesk/issues/3',
    note: "users.create response pasted in the issue; the issue does not show the status — RecordInvalid is Zendesk's 422 (see zendesk/duplicate-email).",
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { name: [{ description: 'Name: is too short (minimum is 1 characters)' }] },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['name', 'is too short']] },
  },
  {
    id: 'zendesk/closed-ticket-status',
    source: 'Zendesk',
    url: 'https://github.com/Speedygeek/ZendeskApi_v2/issues/59',
    note: '(422) Unprocessable Entity on a ticket update; body seen in Fiddler. The problem is keyed by the field "status" (a field that happens to share an envelope name sits inside details, so it is a field).',
    response: {
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { status: [{ description: 'Status closed prevents ticket update' }] },
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['status', 'closed prevents ticket update']] },
  },
  {
    id: 'zendesk/single-user-update-rate-limit-text',
    source: 'Zendesk',
    url: 'https://support.zendesk.com/hc/ko/community/posts/4887103531674-Retrieve-Retry-After-on-429',
    note: 'A 429 whose body is plain text (the poster: "I don\'t retrieve any JSON"); the email and external id were masked by the poster. The headers the poster pasted were the request\'s, so none are included and there is no retry time.',
    response: {
      status: 429,
      body: 'You have exceeded the rate limit for updating a single unique user. user email: xxxxxxxxx@xxxxxx  id:  external_id: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    },
    expect: { kind: 'rate-limited', message: 'exceeded the rate limit for updating a single unique user' },
  },

  // ───────────────────────────── Notion ─────────────────────────────
  {
    id: 'notion/unauthorized-invalid-token',
    source: 'Notion',
    url: 'ramnes/notion-sdk-py/tests/cassettes/test_api_response_error_additional_data.yaml@02a66432ea116bd9f2a527f6e0ab31641a3ef014',
    note: 'VCR cassette of GET /v1/users with a bad token.',
    response: {
      status: 401,
      headers: { 'Content-Length': '139', 'Content-Type': 'application/json; charset=utf-8' },
      body: {
        object: 'error',
        status: 401,
        code: 'unauthorized',
        message: 'API token is invalid.',
        request_id: '7ee2afd6-079d-4203-af08-d622988d8e19',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'API token is invalid',
      logId: '7ee2afd6-079d-4203-af08-d622988d8e19',
      code: 'unauthorized',
    },
  },
  {
    id: 'notion/invalid-request-url',
    source: 'Notion',
    url: 'ramnes/notion-sdk-py/tests/cassettes/test_api_response_error.yaml@15196fc3306c74d4e58b20b535d80ff74ca490ed',
    note: 'VCR cassette of GET /v1/invalid.',
    response: {
      status: 400,
      headers: { 'Content-Length': '145', 'Content-Type': 'application/json; charset=utf-8' },
      body: {
        object: 'error',
        status: 400,
        code: 'invalid_request_url',
        message: 'Invalid request URL.',
        request_id: 'd7a11923-e694-4dea-9924-468fe422c571',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'Invalid request URL',
      logId: 'd7a11923-e694-4dea-9924-468fe422c571',
      code: 'invalid_request_url',
    },
  },

  // ───────────────────────────── X (Twitter) API ─────────────────────────────
  {
    id: 'x-api/rate-limit-code-88-with-reset',
    source: 'X (Twitter) API',
    url: 'https://docs.x.com/fundamentals/rate-limits',
    receivedAt: '2024-01-16T15:45:00Z',
    note: 'Body: the documented 429 body. Headers: the example the same page says "every API response includes". The page says most limits reset every 15 minutes, so receivedAt = x-rate-limit-reset (1705420800 = 16:00:00Z) − 900 s. x-rate-limit-reset is epoch seconds; it is used because the kind is rate-limited.',
    response: {
      status: 429,
      headers: {
        'x-rate-limit-limit': '900',
        'x-rate-limit-remaining': '847',
        'x-rate-limit-reset': '1705420800',
      },
      body: { errors: [{ code: 88, message: 'Rate limit exceeded' }] },
    },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded', retry: 900, code: '88' },
  },
  {
    id: 'x-api/v2-too-many-requests-problem',
    source: 'X (Twitter) API',
    url: 'https://github.com/geduldig/TwitterAPI/issues/180',
    note: 'API v2 (2/tweets/search/all) problem-style body whose title and detail are only the reason phrase; no headers were shown.',
    response: {
      status: 429,
      body: { title: 'Too Many Requests', type: 'about:blank', status: 429, detail: 'Too Many Requests' },
    },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },
  {
    id: 'x-api/v1-rate-limit-as-400',
    source: 'X (Twitter) API',
    url: 'https://github.com/avianflu/ntwitter/issues/38',
    note: 'Old API v1: the rate limit came back as HTTP 400 with the limit only in the text (no code, no headers shown). By rule 1 a 400 without fields or codes is bad-request even though the text says rate limit; "350 requests per hour" is a quota, not a wait. The JSON "\\/" escapes are decoded.',
    response: {
      status: 400,
      body: {
        error: 'Rate limit exceeded. Clients may not make more than 350 requests per hour.',
        request: '/1/lists.json?screen_name=JFSIII&cursor=-1',
      },
    },
    expect: { kind: 'bad-request', message: 'Clients may not make more than 350 requests per hour' },
  },

  // ───────────────────────────── Microsoft Graph ─────────────────────────────
  {
    id: 'msgraph/too-many-requests-subscriptions',
    source: 'Microsoft Graph',
    url: 'https://learn.microsoft.com/en-us/answers/questions/1138873/receiving-toomanyrequest-with-message-too-many-req',
    note: 'Headers and content pasted in the Q&A. Trimmed: innerError is cut after "date" in the copy retrieved (its request-id was not visible), so logId comes from the request-id header. Transfer-Encoding and x-ms-ags-diagnostic left out.',
    response: {
      status: 429,
      headers: {
        'Retry-After': '5',
        'Strict-Transport-Security': 'max-age=31536000',
        'request-id': 'a15c7ea4-d7e4-4d57-9cf0-d5b8fd22aad0',
        'client-request-id': 'a15c7ea4-d7e4-4d57-9cf0-d5b8fd22aad0',
        Date: 'Thu, 22 Dec 2022 08:00:18 GMT',
      },
      body: {
        error: {
          code: 'TooManyRequests',
          message:
            'Too many requests from Identifier:West Europe under category:throttle.aad.ags.subscriptionservice.dc.list. Please try again later.',
          innerError: { date: '2022-12-22T08:00:18' },
        },
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Please try again later',
      retry: 5,
      logId: 'a15c7ea4-d7e4-4d57-9cf0-d5b8fd22aad0',
    },
  },
  {
    id: 'msgraph/throttled-as-access-denied',
    source: 'Microsoft Graph',
    url: 'https://learn.microsoft.com/en-us/answers/questions/1328107/getting-error-message',
    note: 'createLink throttled: status 429 but the top-level code is accessDenied (innerError.code throttledRequest). A code only outranks 400/403/409/422/2xx, so the 429 decides: rate-limited. message is only the reason phrase → default. No headers were shown.',
    response: {
      status: 429,
      body: {
        error: {
          code: 'accessDenied',
          message: 'Too Many Requests',
          innerError: {
            code: 'throttledRequest',
            date: '2023-07-11T05:05:13',
            'request-id': 'cfda74a9-8b11-43c9-a558-bb2ca29a6271',
            'client-request-id': 'cfda74a9-8b11-43c9-a558-bb2ca29a6271',
          },
        },
      },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, logId: 'cfda74a9-8b11-43c9-a558-bb2ca29a6271' },
  },
  {
    id: 'msgraph/throttled-unknown-error-empty-message',
    source: 'Microsoft Graph',
    url: 'https://learn.microsoft.com/en-us/archive/blogs/deva/gotchas-microsoft-graphoutlook-rest-api-throttling-best-practices',
    note: 'A 429 seen on Outlook mail endpoints: code UnknownError and an empty message (request-id partly masked by the author). The Retry-After the post mentions was not shown, so it is left out.',
    response: {
      status: 429,
      body: {
        error: {
          code: 'UnknownError',
          message: '',
          innerError: { 'request-id': 'xxxxxx-esse0-4480-90d4-xxxxxxx', date: '2018-05-05T09:12:35' },
        },
      },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, logId: 'xxxxxx-esse0-4480-90d4-xxxxxxx' },
  },

  // ───────────────────────────── Spotify Web API ─────────────────────────────
  {
    id: 'spotify/api-rate-limit-exceeded',
    source: 'Spotify Web API',
    url: 'https://github.com/kokarare1212/librespot-python/issues/328',
    note: 'r.json() of a 429 from /v1/me/tracks; no headers were printed.',
    response: {
      status: 429,
      body: { error: { status: 429, message: 'API rate limit exceeded' } },
    },
    expect: { kind: 'rate-limited', message: 'API rate limit exceeded' },
  },

  // ───────────────────────────── Zoom ─────────────────────────────
  {
    id: 'zoom/invalid-access-token-124',
    source: 'Zoom',
    url: 'https://github.com/MacsiDigital/laravel-zoom/issues/22',
    note: 'The issue shows the body as a PHP array dump of a 401 response; written back as JSON.',
    response: { status: 401, body: { code: 124, message: 'Invalid access token.' } },
    expect: { kind: 'unauthenticated', message: 'Invalid access token', code: '124' },
  },
  {
    id: 'zoom/token-missing-scopes-400',
    source: 'Zoom',
    url: 'https://github.com/JubaerHossain/zoom-laravel/issues/15',
    note: 'Guzzle "resulted in a 400 Bad Request response" with this body. The numeric code 4711 is not a credential or permission code, so by rule 1 a 400 without fields is bad-request, although the text is about missing scopes.',
    response: {
      status: 400,
      body: { code: 4711, message: 'Invalid access token, does not contain scopes:[user:read:list_users:admin].' },
    },
    expect: { kind: 'bad-request', message: 'does not contain scopes', code: '4711' },
  },

  // ───────────────────────────── Airtable ─────────────────────────────
  {
    id: 'airtable/meta-tables-not-found',
    source: 'Airtable',
    url: 'grouparoo/grouparoo/plugins/@grouparoo/airtable/__tests__/fixtures/no-meta-access/client.js',
    note: 'nock recording of GET /v0/meta/bases/:id/tables without metadata access. Trimmed: the header list after ETag (Server and the rest) was cut in the copy retrieved; CORS headers left out.',
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Sat, 08 Jan 2022 00:09:50 GMT',
        ETag: 'W/"1e-3T2XZ8YB2JlzFYjAqmnw+s2G3pA"',
      },
      body: { error: { type: 'NOT_FOUND' } },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Trello ─────────────────────────────
  {
    id: 'trello/extension-rate-limit',
    source: 'Trello',
    url: 'https://github.com/trapias/TrelloExport/issues/81',
    note: '"error 429: {…}" as logged by the extension.',
    response: {
      status: 429,
      body: {
        message: 'Rate limit exceeded: missing x-trello-user-agent-extension header',
        error: 'UNKNOWN_EXTENSION_LIMIT_EXCEEDED',
      },
    },
    expect: { kind: 'rate-limited', message: 'missing x-trello-user-agent-extension header' },
  },
  {
    id: 'trello/invalid-token-plain-text',
    source: 'Trello',
    url: 'https://github.com/sarumont/py-trello/issues/367',
    note: 'py-trello raises Unauthorized("%s at %s" % (response.text, url)) on 401; the exception reads "invalid token at …", so the body is the plain text "invalid token". No headers were shown.',
    response: { status: 401, body: 'invalid token' },
    expect: { kind: 'unauthenticated', message: 'invalid token' },
  },
] satisfies ConformanceCase[];
