import { DEFAULT, type ConformanceCase } from '../types';

// Unseen-API holdout, part S (5 December 2026): social, creator and community APIs that no other case file uses
// (Tumblr, Pinterest, LinkedIn, TikTok, YouTube Data API, Patreon, Flarum, NodeBB, PeerTube, diaspora*, Threads API,
// Invidious, Giphy, Kick, Snapchat Marketing API), collected to measure how the reader does at first sight on APIs it
// was never tuned on. Bluesky, Misskey, Lemmy, Mastodon, Reddit, Discord, Twitch, Vimeo, Medium and Imgur were left out
// because other case files already use them. Revolt, Pixelfed, Mixcloud, Tenor and Buy Me a Coffee were looked for and
// dropped: no public capture of their own error body was found (only other projects' mocks). Flickr and Disqus were
// dropped because their captures (`{"stat":"fail","code":100,…}`, `{"code":5,"response":"Invalid API key"}`) show no
// status and no vendor page read here states one. Every body and header was copied from the public material named in
// `url`: the products' own server tests (Flarum, NodeBB), vendor SDK fixtures and doc comments (Tumblr's Jumblr, a
// Patreon Go client's fixture), vendor docs that print a response (PeerTube, Patreon, diaspora*), a data-pipeline
// vendor's recorded network mock (Snapchat), and public issues that paste a captured response. Trims, a Python repr
// turned into JSON, a body decoded from the hex an iOS SDK printed, and any status taken from elsewhere than the
// capture, are said in `note`. Every `expect` was written from the source and test/conformance/README.md before the
// kit was run on it. 34 cases: one short of the 35 aimed for, the next candidates having no status in their source.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-05-s`, on the working tree of 5 December 2026 at 1d02c6d, no change to src/ in it, only
// other engineers' uncommitted change to scripts/conformance.mjs): 25/34 pass, 15 sources (kind 31/34, message 28/34,
// fields 32/34, retry 34/34, logId 3/3, code 10/10). Failing at first sight: tumblr/unauthorized-got-an-error-401
// ("Got an error. Try again." kept, a line that only says something failed, rule 2.1);
// tumblr/legacy-post-mixed-errors-400 (the validation default "Check your answers and try again." over the sentence in
// a string-and-object `errors` list, rules 2, 2.1); pinterest/v1-authorization-failed-401 ("Authorization failed."
// kept, a category line, rule 2.1); youtube/quota-exceeded-upload-403 (the sentence dropped for the default because of
// its inline link, rule 2.5); youtube/invalid-category-id-400 and youtube/invalid-description-400 (the items'
// `location` "body.snippet.…" not read as a field: bad-request, no field errors, rule 3);
// peertube/follow-constraints-403 (validation over the 403, from no validation code, rule 1);
// peertube/invalid-params-400 ("Incorrect request parameters: id" kept, a line that points at the field, rule 2.1);
// giphy/too-many-requests-try-later-429 ("Too many requests - try again later" kept, a reason phrase and advice
// without a wait, rule 2.1). No expectation was changed after the run.
//
// Read now, after the changes its misses led to: 31/34 (a line that says it got an error, a link in a sentence read as
// its text, Google's `location` in the body, a validation code on a 403, a line naming the invalid parameters, a
// service's "returned status code N" as developer text). Still missed, with why in test/core/conventions.test.ts:
// tumblr/legacy-post-mixed-errors-400, pinterest/v1-authorization-failed-401, giphy/too-many-requests-try-later-429.

export default [
  // ───────────────────────────── Tumblr ─────────────────────────────
  {
    id: 'tumblr/unauthorized-got-an-error-401',
    source: 'Tumblr',
    url: 'https://github.com/bbolli/tumblr-utils/issues/244',
    note: "The issue (\"Non-OK API repsonse: HTTP 401 Unauthorized\") pastes the body as Python printed it, `{'meta': {'status': 401, 'msg': 'Unauthorized'}, 'errors': [...], 'response': []}`; turned into JSON here. \"Unauthorized\" is the bare reason phrase of the 401, and \"Got an error. Try again.\" only says that something failed, with no wait (rule 2.1: a generic summary, as \"Request failed\" and Geoapify's \"Request failed, please try again later\"), so the default. The item's `code: 0` is no code (rule 6).",
    response: {
      status: 401,
      body: {
        meta: { status: 401, msg: 'Unauthorized' },
        errors: [{ title: 'Unauthorized', code: 0, detail: 'Got an error. Try again.' }],
        response: [],
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'tumblr/dashboard-only-blog-404',
    source: 'Tumblr',
    url: 'tumblr/jumblr/src/main/java/com/tumblr/jumblr/types/JumblrError.java@32dbdea5bc3a8d712a0db68742a8ecce1ce6d085',
    note: "The official Java client's doc comment \"Example response with an error\" (also asserted, with an extra string item, by the client's JumblrExceptionTest, which answers it with code 404). JSON:API-like items: `detail` beats the reason phrase in `title` (rules 2.1, 2.2); the lone item's `code` is the code, as a string (rule 6).",
    response: {
      status: 404,
      body: {
        meta: { status: 404, msg: 'Not Found' },
        response: [],
        errors: [
          { title: 'Not Found', code: 4012, detail: 'This Tumblr is only viewable within the Tumblr dashboard' },
        ],
      },
    },
    expect: { kind: 'not-found', message: 'only viewable within the Tumblr dashboard', code: '4012' },
  },
  {
    id: 'tumblr/rate-limit-exceeded-429',
    source: 'Tumblr',
    url: 'https://github.com/tumblr/tumblr.php/issues/94',
    note: 'The official PHP client\'s RequestException dump shows `["status"]=> int(429)` and `["body"]=> string(89) "{…}"`; the headers are cut off in the issue, so none are copied. Tumblr\'s docs (tumblr/docs api.md, "Response Format") say `meta.msg` is "The HTTP Reason-Phrase", so "Limit Exceeded" restates the status; `response.error` "Rate Limit Exceeded" is the body\'s own sentence (rule 2.1: only the bare reason phrase restates the status, as "Resource not found" is a sentence). No header or body hint, so no retry time.',
    response: {
      status: 429,
      body: { meta: { status: 429, msg: 'Limit Exceeded' }, response: { error: 'Rate Limit Exceeded' } },
    },
    expect: { kind: 'rate-limited', message: 'Rate Limit Exceeded' },
  },
  {
    id: 'tumblr/legacy-post-mixed-errors-400',
    source: 'Tumblr',
    url: 'https://github.com/tumblr/docs/issues/132',
    note: 'The legacy post endpoint\'s response as pasted (a Tumblr engineer replied that the malformed response was fixed): `response.errors` mixes a bare string and an object. Two messages about the input on a 400 are a list, so validation (rule 1); neither names a field. Of the two form-level lines the full sentence "Post cannot be empty." is taken over the label-and-value "Unknown state - published" (rule 2.1, best by quality). Two items, so no code is stated.',
    response: {
      status: 400,
      body: {
        meta: { status: 400, msg: 'Bad Request' },
        response: {
          errors: ['Unknown state - published', { code: 8001, message: 'Post cannot be empty.' }],
        },
      },
    },
    expect: { kind: 'validation', message: 'Post cannot be empty' },
  },

  // ───────────────────────────── Pinterest ─────────────────────────────
  {
    id: 'pinterest/v1-authorization-failed-401',
    source: 'Pinterest',
    url: 'https://github.com/pinterest/ios-pdk/issues/98',
    note: 'The official iOS SDK\'s NSError for POST https://api.pinterest.com/v1/pins/ prints the status (401), the headers and the body as hex (`com.alamofire.serialization.response.error.data=<7b227374 …>`); decoded here (177 bytes, the Content-Length). "Authorization failed." is a category line that says only that authorization failed, as Strava\'s "Authorization Error" and IGDB\'s "Authorization Failure" (rule 2.1), so the default. `X-Pinterest-RID` is not named like a request id (rule 5), so no logId is stated; `host` names the server.',
    response: {
      status: 401,
      headers: {
        'Accept-Ranges': 'bytes',
        'Cache-Control': 'private',
        Connection: 'close',
        'Content-Length': '177',
        'Content-Type': 'application/json',
        Date: 'Sun, 10 Jul 2016 20:31:33 GMT',
        'Pinterest-Generated-By': 'devplatform-devapi-prod-bf5af846',
        'Pinterest-Version': 'bcdafd3',
        Server: 'nginx',
        'X-Content-Type-Options': 'nosniff',
        'X-Pinterest-RID': '344012584412',
        'X-Varnish': '2026613337',
      },
      body: {
        status: 'failure',
        code: 3,
        host: 'devplatform-devapi-prod-bf5af846',
        generated_at: 'Sun, 10 Jul 2016 20:31:33 +0000',
        message: 'Authorization failed.',
        data: null,
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'pinterest/web-resource-invalid-method-400',
    source: 'Pinterest',
    url: 'https://github.com/bstoilov/py3-pinterest/issues/22',
    note: 'pinterest.com\'s own resource endpoint (POST /resource/ConversationMessagesResource/create/) answering "Response [400]" (the issue title); the printed body\'s `client_context` (dozens of members echoing the browser session) is trimmed to its first four. `resource_response.error` is the error object; its `message` is a code in capitals (rule 2.1), so the default.',
    response: {
      status: 400,
      body: {
        resource_response: {
          error: { status: 'failure', http_status: 400, code: 12, message: 'INVALID_HTTP_METHOD_FOR_RESOURCE_METHOD' },
        },
        client_context: { active_experiments: {}, app_shell: false, app_type: 5, app_version: '850267e' },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── LinkedIn ─────────────────────────────
  {
    id: 'linkedin/access-denied-403',
    source: 'LinkedIn',
    url: 'https://github.com/linkedin-developers/linkedin-api-js-client/issues/35',
    note: 'curl against https://api.linkedin.com/v2/me, titled "Error 403 | Not enough permissions to access: me.GET.NO_VERSION". `code` is the code (rule 6); the sentence names the resource key it refused, which is for the person (rule 2).',
    response: {
      status: 403,
      body: {
        status: 403,
        serviceErrorCode: 100,
        code: 'ACCESS_DENIED',
        message: 'Not enough permissions to access: me.GET.NO_VERSION',
      },
    },
    expect: { kind: 'forbidden', message: 'Not enough permissions to access', code: 'ACCESS_DENIED' },
  },
  {
    id: 'linkedin/resource-throttle-429',
    source: 'LinkedIn',
    url: 'https://github.com/Automattic/wp-calypso/issues/32007',
    note: 'A maintainer pastes `HTTP/1.1 429 Too Many Requests` and this body for /me. No Retry-After or reset header is shown and the body has no wait, so no retry time.',
    response: {
      status: 429,
      body: {
        serviceErrorCode: 101,
        message: 'Resource level throttle limit for calls to this resource is reached.',
        status: 429,
      },
    },
    expect: { kind: 'rate-limited', message: 'throttle limit for calls to this resource is reached' },
  },
  {
    id: 'linkedin/invalid-access-token-401',
    source: 'LinkedIn',
    url: 'https://github.com/xcarpentier/react-native-linkedin/issues/80',
    note: "curl against https://api.linkedin.com/v2/connections prints this body; the status is the body's own `status`, which LinkedIn sets to the HTTP status (the other LinkedIn captures here show both).",
    response: { status: 401, body: { serviceErrorCode: 65600, message: 'Invalid access token', status: 401 } },
    expect: { kind: 'unauthenticated', message: 'Invalid access token' },
  },
  {
    id: 'linkedin/v1-expired-token-401',
    source: 'LinkedIn',
    url: 'https://github.com/decioferreira/omniauth-linkedin-oauth2/issues/17',
    note: 'The v1 API\'s body for GET /v1/people/~ as OAuth2::Error printed it; status from the body (`"status": 401`) and the reporters\' "401 error". `requestId` is the support id (rule 5); `errorCode: 0` is no code (rule 6).',
    response: {
      status: 401,
      body: {
        errorCode: 0,
        message: 'The token used in the request is expired.',
        requestId: '5LVAAP7YZ2',
        status: 401,
        timestamp: 1392084765723,
      },
    },
    expect: { kind: 'unauthenticated', message: 'token used in the request is expired', logId: '5LVAAP7YZ2' },
  },

  // ───────────────────────────── TikTok ─────────────────────────────
  {
    id: 'tiktok/research-invalid-params-400',
    source: 'TikTok',
    url: 'https://github.com/CybersecurityForDemocracy/tiktok-library/issues/89',
    note: "A Research API query error as the library logged it (the trailing quote of Python's bytes repr dropped). The capture shows no status; TikTok's error handling page (developers.tiktok.com/doc/tiktok-api-v2-error-handling) lists `invalid_params` with HTTP 400. `invalid_params` says the parameters' values are invalid, a validation code (rule 1); no member names a field, so none. `log_id` is the support id (rule 5: found by the shape of `logId`).",
    response: {
      status: 400,
      body: {
        error: {
          code: 'invalid_params',
          message: 'Invalid count or cursor',
          log_id: '20241009180101BDD8B4B0A88D600D1801',
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'Invalid count or cursor',
      code: 'invalid_params',
      logId: '20241009180101BDD8B4B0A88D600D1801',
    },
  },
  {
    id: 'tiktok/web-invalid-parameters-200',
    source: 'TikTok',
    url: 'https://github.com/MiniGlome/Tiktok-uploader/issues/4',
    note: 'tiktok.com\'s web endpoint https://www.tiktok.com/api/v1/item/create/ answering `<Response [200]>` with this body. `status_code: 5` names no HTTP status and no rule maps it to a kind (rule 1: a numeric code beside a 2xx decides only when it is a 4xx or 5xx), so unknown. "Invalid parameters" is generic, as "Invalid input" and PlayFab\'s "Invalid input parameters" (rule 2.1), so the default. `log_pb.impr_id` is an impression id, not named like a request id (rule 5).',
    response: {
      status: 200,
      body: {
        log_pb: { impr_id: '20230202055607C189500C37F9B8006190' },
        status_code: 5,
        status_msg: 'Invalid parameters',
      },
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'tiktok/web-posting-too-fast-200',
    source: 'TikTok',
    url: 'https://github.com/546200350/TikTokUploder/issues/74',
    note: 'https://www.tiktok.com/api/v1/web/project/post/ answering `<Response [200]>`. No code names a kind (rule 1), so unknown; `status_msg` is a message member by its shape (rule 5) and its sentence is the message. "Take a rest." gives no duration, so no retry time (rule 4).',
    response: {
      status: 200,
      body: {
        log_pb: { impr_id: '202307262222479C702F573DD39F012B5F' },
        status_code: 2158,
        status_msg: 'You are posting too fast. Take a rest.',
      },
    },
    expect: { kind: 'unknown', message: 'You are posting too fast' },
  },

  // ───────────────────────────── YouTube Data API ─────────────────────────────
  {
    id: 'youtube/quota-exceeded-upload-403',
    source: 'YouTube Data API',
    url: 'https://github.com/ShareX/ShareX/issues/4477',
    note: "ShareX's error report for POST https://www.googleapis.com/upload/youtube/v3/videos: status (403) Forbidden, the headers and the response text; the empty `X-GUploader-UploadID` header is left out. The `\\u003c…\\u003e` escapes of the text decode to the anchor written here. `quotaExceeded` is a quota code, so rate-limited (rule 1), and the item's `reason` is the code (rule 6). The sentence carries an inline link; rule 2.5 bars markup (an HTML page, a tag) from being the message, not the sentence around it, so the expected substring stops before the anchor. No Retry-After, so no retry time.",
    response: {
      status: 403,
      headers: {
        Vary: 'Origin,X-Origin,Referer',
        'Alt-Svc': 'h3=":443"; ma=2592000,h3-29=":443"; ma=2592000',
        'Content-Length': '465',
        'Content-Type': 'application/json; charset=UTF-8',
        Date: 'Tue, 26 Nov 2024 14:13:28 GMT',
        Server: 'UploadServer',
      },
      body: {
        error: {
          code: 403,
          message:
            'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.',
          errors: [
            {
              message:
                'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.',
              domain: 'youtube.quota',
              reason: 'quotaExceeded',
            },
          ],
        },
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'The request cannot be completed because you have exceeded your',
      code: 'quotaExceeded',
    },
  },
  {
    id: 'youtube/access-not-configured-403',
    source: 'YouTube Data API',
    url: 'https://github.com/code-charity/youtube/issues/316',
    note: 'The extension\'s console shows "the following 403 errors" with this body (the legacy shape, `errors` first, with `extendedHelp`). A 403 without a throttling code is forbidden (rule 1); the item\'s `reason` is the code (rule 6).',
    response: {
      status: 403,
      body: {
        error: {
          errors: [
            {
              domain: 'usageLimits',
              reason: 'accessNotConfigured',
              message:
                'Access Not Configured. YouTube Data API has not been used in project 19214236832 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/youtube.googleapis.com/overview?project=19214236832 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.',
              extendedHelp:
                'https://console.developers.google.com/apis/api/youtube.googleapis.com/overview?project=19214236832',
            },
          ],
          code: 403,
          message:
            'Access Not Configured. YouTube Data API has not been used in project 19214236832 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/youtube.googleapis.com/overview?project=19214236832 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.',
        },
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'YouTube Data API has not been used in project 19214236832 before or it is disabled',
      code: 'accessNotConfigured',
    },
  },
  {
    id: 'youtube/invalid-category-id-400',
    source: 'YouTube Data API',
    url: 'https://github.com/tokland/youtube-upload/issues/34',
    note: '"[RequestError] Server response was:" this body on videos.insert. The item names its input in `location` "body.snippet.categoryId": a `location` that names a field, whose leading "body" names the part of the request and is dropped as FastAPI\'s leading `body` is (rule 3), giving `snippet.categoryId`; the item\'s message is only the reason phrase but is still that field\'s message. A 400 with a field error (and `invalidCategoryId`, an invalid-value code) is validation (rule 1); the envelope\'s "Bad Request" is a reason phrase, so the default (rules 2.1, 2.4).',
    response: {
      status: 400,
      body: {
        error: {
          errors: [
            {
              domain: 'youtube.video',
              reason: 'invalidCategoryId',
              message: 'Bad Request',
              locationType: 'other',
              location: 'body.snippet.categoryId',
            },
          ],
          code: 400,
          message: 'Bad Request',
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['snippet.categoryId', 'Bad Request']],
      code: 'invalidCategoryId',
    },
  },
  {
    id: 'youtube/invalid-description-400',
    source: 'YouTube Data API',
    url: 'https://github.com/WWBN/AVideo/issues/2243',
    note: "The PHP client's \"A service error occurred:\" followed by the body, on uploading to YouTube. Same shape as the category case: the item's field is `snippet.description` (rule 3). The envelope's own `message` is a sentence about the input, not only a field message, so it is the message (rules 2, 2.4).",
    response: {
      status: 400,
      body: {
        error: {
          errors: [
            {
              domain: 'youtube.video',
              reason: 'invalidDescription',
              message: 'The request metadata specifies an invalid video description.',
              locationType: 'other',
              location: 'body.snippet.description',
            },
          ],
          code: 400,
          message: 'The request metadata specifies an invalid video description.',
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'specifies an invalid video description',
      fields: [['snippet.description', 'invalid video description']],
      code: 'invalidDescription',
    },
  },

  // ───────────────────────────── Patreon ─────────────────────────────
  {
    id: 'patreon/unauthorized-jsonapi-401',
    source: 'Patreon',
    url: 'mxpv/patreon-go/error_test.go@2e4ed0dfaa1642d3eef2be3e0fac73f17ffe586c',
    note: 'The Go client\'s fixture `errorResp` (a Patreon JSON:API error list). The test serves it with 403, an arbitrary mock status; the body says `"status": "401"` and Patreon\'s docs (Patreon/platform-documentation, _errors.md) give 401 for "Authentication failed (bad API key, invalid OAuth token, incorrect scopes, etc.)", so 401. `detail` beats `title` (rule 2.2). The item\'s `id` is not named like a request id (rule 5), so no logId is stated.',
    response: {
      status: 401,
      body: {
        errors: [
          {
            code: 1,
            code_name: 'Unauthorized',
            detail: 'The server could not verify that you are authorized to access the URL requested.',
            id: 'bb16af2c-c11e-4796-af4d-19fa60007709',
            status: '401',
            title: 'Unauthorized',
          },
        ],
      },
    },
    expect: { kind: 'unauthenticated', message: 'could not verify that you are authorized' },
  },
  {
    id: 'patreon/oauth-access-denied-401',
    source: 'Patreon',
    url: 'https://github.com/GreenMeteor/humhub-oauth/issues/5',
    note: 'yii2-authclient\'s "Request failed with code: 401, message: {\\"error\\": \\"access_denied\\"}" from POST https://api.patreon.com/oauth2/token. OAuth\'s `error` is the code (rule 6); a code never turns a 401 into anything else (rule 1); no sentence, so the default.',
    response: { status: 401, body: { error: 'access_denied' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'access_denied' },
  },
  {
    id: 'patreon/request-throttled-429',
    source: 'Patreon',
    url: 'Patreon/platform-documentation/source/includes/_rate_limits.md@067b18a8f8bcf9f3962afaa574bc876f3400c9cf',
    note: 'The API docs\' "Responses for rate limited requests may optionally include the following response object … Use the `retry_after_seconds` value", for HTTP 429. The wait is in the error object (rule 4.3), so 9 s.',
    response: {
      status: 429,
      body: {
        errors: [
          {
            code: null,
            code_name: 'RequestThrottled',
            detail: 'You have made too many attempts. Please try again later.',
            id: 'eb96e70d-909f-40cc-a3dc-e922cc90ea0a',
            retry_after_seconds: 9,
            status: '429',
            title: 'You have made too many attempts. Please try again later.',
          },
        ],
      },
    },
    expect: { kind: 'rate-limited', message: 'You have made too many attempts', retry: 9 },
  },

  // ───────────────────────────── Flarum ─────────────────────────────
  {
    id: 'flarum/create-user-missing-fields-422',
    source: 'Flarum',
    url: 'flarum/framework/framework/core/tests/integration/api/users/CreateTest.php@0d94f5edefa09565a30ac3a8788e55ffb220ec46',
    note: 'cannot_create_user_without_data asserts 422 and exactly this body. JSON:API pointers `/data/attributes/…` give the field (rule 3 table); only field messages, so the default (rule 2.4).',
    response: {
      status: 422,
      body: {
        errors: [
          {
            status: '422',
            code: 'validation_error',
            detail: 'The username field is required.',
            source: { pointer: '/data/attributes/username' },
          },
          {
            status: '422',
            code: 'validation_error',
            detail: 'The email field is required.',
            source: { pointer: '/data/attributes/email' },
          },
          {
            status: '422',
            code: 'validation_error',
            detail: 'The password field is required.',
            source: { pointer: '/data/attributes/password' },
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['username', 'The username field is required.'],
        ['email', 'The email field is required.'],
        ['password', 'The password field is required.'],
      ],
    },
  },

  // ───────────────────────────── NodeBB ─────────────────────────────
  {
    id: 'nodebb/not-authorised-401',
    source: 'NodeBB',
    url: 'NodeBB/NodeBB/test/controllers.js@004bd844397d766ccb70a2e9b520912755b41ddc',
    note: '"should return 401 if user does not have view:users privilege" asserts 401 and deep-equals this body. The error sits in `status`, an object holding `code` and `message`; its sentence is the message.',
    response: {
      status: 401,
      body: {
        response: {},
        status: {
          code: 'not-authorised',
          message: 'A valid login session was not found. Please log in and try again.',
        },
      },
    },
    expect: { kind: 'unauthenticated', message: 'A valid login session was not found' },
  },

  // ───────────────────────────── PeerTube ─────────────────────────────
  {
    id: 'peertube/video-not-found-404',
    source: 'PeerTube',
    url: 'https://docs.joinpeertube.org/api-rest-reference.html',
    note: 'The REST reference\'s "Errors" section (read there and in its copy in Harwood/swift5/README.md@8179a749a229d2ec12b05fa06a9a355918c706c3): "HTTP 1.1 404 Not Found", the Content-Type and this body. `detail` beats `title` (rule 2.2); `type: about:blank` is never a code (rule 6).',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/problem+json; charset=utf-8' },
      body: {
        detail: 'Video not found',
        docs: 'https://docs.joinpeertube.org/api-rest-reference.html#operation/getVideo',
        status: 404,
        title: 'Not Found',
        type: 'about:blank',
      },
    },
    expect: { kind: 'not-found', message: 'Video not found' },
  },
  {
    id: 'peertube/follow-constraints-403',
    source: 'PeerTube',
    url: 'https://docs.joinpeertube.org/api-rest-reference.html',
    note: 'The same section\'s "HTTP 1.1 403 Forbidden" example (PeerTube\'s follow-constraints server test asserts the same `type`, `detail` and status). With no other code, the problem `type` URI is the code (rule 6).',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/problem+json; charset=utf-8' },
      body: {
        detail: 'Cannot get this video regarding follow constraints',
        docs: 'https://docs.joinpeertube.org/api-rest-reference.html#operation/getVideo',
        status: 403,
        title: 'Forbidden',
        type: 'https://docs.joinpeertube.org/api-rest-reference.html#section/Errors/does_not_respect_follow_constraints',
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'Cannot get this video regarding follow constraints',
      code: 'https://docs.joinpeertube.org/api-rest-reference.html#section/Errors/does_not_respect_follow_constraints',
    },
  },
  {
    id: 'peertube/invalid-params-400',
    source: 'PeerTube',
    url: 'https://docs.joinpeertube.org/api-rest-reference.html',
    note: 'The section\'s "Validation errors" example, "HTTP 1.1 400 Bad Request". `invalid-params` maps the field to an object holding `param` and `msg`; its `location: "params"` names a part of the request, not a field (rule 3). "Incorrect request parameters: id" only points at the field, as Payload\'s "The following field is invalid: email" (rule 2.1), so the default (rule 2.4). `instance` is a path, not an id (rule 5).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/problem+json; charset=utf-8' },
      body: {
        detail: 'Incorrect request parameters: id',
        docs: 'https://docs.joinpeertube.org/api-rest-reference.html#operation/getVideo',
        instance: '/api/v1/videos/9c9de5e8-0a1e-484a-b099-e80766180',
        'invalid-params': {
          id: { location: 'params', msg: 'Invalid value', param: 'id', value: '9c9de5e8-0a1e-484a-b099-e80766180' },
        },
        status: 400,
        title: 'Bad Request',
        type: 'about:blank',
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['id', 'Invalid value']] },
  },

  // ───────────────────────────── diaspora* ─────────────────────────────
  {
    id: 'diaspora/entity-not-found-404',
    source: 'diaspora*',
    url: 'https://diaspora.github.io/api-documentation/errors.html',
    note: 'The API documentation\'s "Response codes and errors": "the server will respond with an adequate HTTP status code alongside a JSON body", with this example; its table gives 404 "Requested entity wasn\'t found". A numeric `code` that restates the status is no code to state.',
    response: { status: 404, body: { code: 404, message: "Requested entity wasn't found" } },
    expect: { kind: 'not-found', message: "Requested entity wasn't found" },
  },

  // ───────────────────────────── Threads API ─────────────────────────────
  {
    id: 'threads/media-status-error-200',
    source: 'Threads API',
    url: 'https://github.com/restfb/restfb/issues/1591',
    note: 'The RestFB maintainer on checking a Threads media container\'s status: "we receive something like" this body "although we have an 200 status code (HTTP_OK)" (the id is the issue\'s placeholder). `status: "ERROR"` says it failed but not what; no code names a kind, so unknown (rule 1). "UNKNOWN" is capitals only, a code and not a sentence (rule 2.1), so the default.',
    response: { status: 200, body: { error_message: 'UNKNOWN', status: 'ERROR', id: '123456789' } },
    expect: { kind: 'unknown', message: DEFAULT },
  },

  // ───────────────────────────── Invidious ─────────────────────────────
  {
    id: 'invidious/youtube-returned-400',
    source: 'Invidious',
    url: 'https://github.com/iv-org/invidious/issues/5825',
    note: '"Status 400 when accessing invidious api url" (GET /api/v1/playlists/…), with this body in the issue\'s logs. The sentence reports a call to another service and its status ("Youtube API returned status code 400"), developer text (rule 2.3), and carries markup; nothing else speaks, so the default. A 400 without fields is bad-request.',
    response: {
      status: 400,
      body: {
        error:
          'Error: non 200 status code. Youtube API returned status code 400. See <a href="https://docs.invidious.io/youtube-errors-explained/"> https://docs.invidious.io/youtube-errors-explained/</a> for troubleshooting.',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Giphy ─────────────────────────────
  {
    id: 'giphy/banned-403-retry-after',
    source: 'Giphy',
    url: 'https://github.com/RSS-Bridge/rss-bridge/issues/2616',
    note: 'The issue pastes `HTTP/2 403`, the headers and the body (an IP ban on the public test key). The four access-control-* headers are left out. A 403 with Retry-After is rate-limited (rule 1), and `retry-after: 0` is a delay of 0 s (rule 4.1). "BANNED" is capitals only, a code (rule 2.1), so the default; `response_id` is empty and `x-served-by` names a cache node, so no logId (rule 5).',
    response: {
      status: 403,
      headers: {
        'retry-after': '0',
        'content-type': 'application/json',
        'accept-ranges': 'bytes',
        date: 'Thu, 07 Apr 2022 18:51:06 GMT',
        'x-served-by': 'cache-osl6535-OSL',
        'x-cache-hits': '0',
        'strict-transport-security': 'max-age=15465600',
        'content-length': '123',
      },
      body: { data: [], meta: { status: 403, msg: 'BANNED', response_id: '' } },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 0 },
  },
  {
    id: 'giphy/api-rate-limit-exceeded-429',
    source: 'Giphy',
    url: 'https://github.com/jessepollak/command/issues/59',
    note: '"Hitting Giphy API Rate limit", "Response" with this body; the capture shows no status line, the body\'s own `meta.status` gives 429. No wait anywhere, so no retry time.',
    response: {
      status: 429,
      body: { data: [], meta: { status: 429, msg: 'API rate limit exceeded', response_id: '' } },
    },
    expect: { kind: 'rate-limited', message: 'API rate limit exceeded' },
  },
  {
    id: 'giphy/api-error-503',
    source: 'Giphy',
    url: 'https://github.com/Giphy/GiphyAPI/issues/173',
    note: '"503: API_ERROR" on /v1/stickers/random, with this body (a Giphy engineer answered "We\'re working on it"). `msg` is a code in capitals (rule 2.1), so the default; 503 is unavailable (rule 1). `response_id` is not named like a request id (rule 5), so no logId is stated.',
    response: {
      status: 503,
      body: { meta: { status: 503, msg: 'API_ERROR', error_code: 503, response_id: '5af21c166f376b7a6f8c2aaa' } },
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'giphy/too-many-requests-try-later-429',
    source: 'Giphy',
    url: 'https://github.com/octalmage/HotGifs/issues/18',
    note: 'The app\'s issue quotes the API\'s answer `{"meta":{"status":429,"msg":"Too many requests - try again later"}}`; status from `meta.status`. The leading reason phrase is dropped (rule 2.1) and "try again later" only advises, with no wait, as Geoapify\'s "Request failed, please try again later" (rule 2.1), so the default and no retry time (rule 4.4).',
    response: { status: 429, body: { meta: { status: 429, msg: 'Too many requests - try again later' } } },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },

  // ───────────────────────────── Kick ─────────────────────────────
  {
    id: 'kick/unauthorized-401',
    source: 'Kick',
    url: 'https://github.com/KickEngineering/KickDevDocs/issues/253',
    note: 'Kick\'s own docs repository: "401 {"data":{},"message":"Unauthorized"}" on sending a chat message (the same body is quoted in KickDevDocs#140). "Unauthorized" restates the 401 (rule 2.1), so the default.',
    response: { status: 401, body: { data: {}, message: 'Unauthorized' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Snapchat Marketing API ─────────────────────────────
  {
    id: 'snapchat/caller-no-permission-403',
    source: 'Snapchat Marketing API',
    url: 'rudderlabs/rudder-transformer/test/integrations/destinations/snapchat_custom_audience/network.ts@2f3d4b3b9a1240b8ffdd75385399b74522d98194',
    note: "RudderStack's recorded network mock for DELETE https://adsapi.snapchat.com/v1/segments/789/users: status 403 and this body. `debug_message` is for developers by its name (rules 2.3, 7: debug members go to details); `display_message` is the sentence for the person. `request_id` is the support id (rule 5); `error_code` is the code (rules 5, 6).",
    response: {
      status: 403,
      body: {
        request_status: 'ERROR',
        request_id: '98e2a602-3cf4-4596-a8f9-7f034161f89a',
        debug_message: 'Caller does not have permission',
        display_message: "We're sorry, but the requested resource is not available at this time",
        error_code: 'E3002',
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'the requested resource is not available at this time',
      logId: '98e2a602-3cf4-4596-a8f9-7f034161f89a',
      code: 'E3002',
    },
  },
] satisfies ConformanceCase[];
