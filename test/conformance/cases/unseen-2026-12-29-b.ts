import { DEFAULT, type ConformanceCase } from '../types';

// Thirty-ninth unseen-API holdout, part B (29 December 2026): error responses recorded in client libraries' cassettes
// (Python vcrpy and pytest-recording; no Go go-vcr or PHP php-vcr cassette of an absent API was reached within the cap)
// for public APIs that no other case file uses: the SecureDrop Journalist API, Botmaker (a Latin American chatbot and
// WhatsApp platform), Quién es Quién (Q-Detect, a Mexican watch-list screening API), iVoy (a Mexican same-day delivery
// API) and Banxico's CEP service (the Bank of Mexico's electronic payment receipt endpoints, `valida.do` and
// `descarga.do`, which the client posts forms to), collected to measure how the reader does at first sight on APIs it
// was never tuned on. Every body was copied from a recording of the live service in a client library's test fixtures,
// named in `url` with its commit: vcrpy cassettes in cuenca-mx/botmaker-python, cuenca-mx/quienesquien-python,
// cuenca-mx/ivoy-python and cuenca-mx/cep-python, and SecureDrop's own recording format in
// freedomofpress/securedrop-client (a vcrpy cassette whose response is the client's `JSONResponse` object: status,
// headers and the parsed JSON, written back here as that JSON; recorded against a development SecureDrop server, whose
// Journalist API is the documented public one). Each status is the recorded one. Headers were copied as recorded,
// leaving out Content-Length, Connection and Transfer-Encoding as the brief asks, and also Set-Cookie (QeQ's recorder
// replaced it with a placeholder, and the Banxico recordings repeat it as a list a single header map cannot hold) and
// Botmaker's Content-Encoding (its gzip body is given decoded); a Date recorded twice (Botmaker's) is given once. No
// header was added. A string that a YAML cassette folds over several lines is joined with single spaces, YAML escapes
// (`\xFA`, `\u00f3`) are read as YAML reads them, and each HTML body was parsed with PyYAML and checked against its
// recorded Content-Length (iVoy's 500 page had its favicon's base64 data URI trimmed to "…", said in its note). Every
// `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Elexon BMRS and RunningBox (their clients' cassettes are not stored), Nord Pool
// (kipe/nordpool: its "prices not available" cassette is a 204 with no body, no error), Turkle (a local Django app),
// Tuneup Technology (its PHP client's php-vcr cassettes are CRUD successes only), Cuenca and Mati (sources already),
// GitGuardian, Better Stack, EasyPost, Tenable and Twitch (sources already, or a source's first word); SecureDrop's
// bad-password, bad-user and bad-OTP recordings (the cassette holds a pickled client exception, `AuthError: Forbidden`,
// not a response; its two 404s, one Flask body from two endpoints, are both kept); Botmaker's
// `{"problems":null,"result":{}}` (no error); iVoy's "already exists" (-208), "Invalid Phone" (-101) and "Saldo
// insuficiente" (-139) recordings (their bodies were edited by hand: the recorded Content-Length, 3849 to 3859, does
// not fit the 40 to 60 character bodies, and the login bodies beside them were trimmed the same way; only iVoy's login
// failure, whose Content-Length 41 fits its body, and its 500 page were kept); and QeQ's remaining error cassettes, for
// the per-API cap. No 429, no XML error body and no field errors turned up in these recordings; four Spanish JSON
// bodies and four HTML bodies (two of them Spanish) did. 48 of the 50 look-ups were spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-29-b`, on cc9c13e, src/ unchanged: in the frozen copy /tmp/base39): 13/14 pass, 5 sources
// (kind 14/14, message 13/14, fields 14/14, retry 14/14, logId 2/2, code 1/1). Failing at first sight:
// botmaker/invalid-channel-problems-200 (the kit gave the unknown kind's default text, "Try again. If the problem
// continues, contact support.", not reading the error object under `problems`, whose `message` "Invalid channel. Valid
// channels are [5215513285364]" is a sentence for the person (rule 2.1); rule 3 names `problem` among an error's names
// but not the plural, a judgment call the note names). Every other case passed as written, including the judgment calls
// on the 2xx bodies with `success: false` or a vendor number and no kind (unknown, with their sentences), Q-Detect's
// `status` sentences, iVoy's "Correo Invalido" and `-192`, the header's id over the id printed in iVoy's error page,
// Botmaker's "401 - Unauthorized" and `Reason-Phrase` header (the default) and Banxico's HTML fragment and rate-limit
// page on a 200 (unknown, the default, no retry). No expectation was changed after the run (Prettier's formatting was
// applied before it); after it only comment text changed: this header was rewrapped, and a parenthesis in
// securedrop/source-not-found-404's note saying the recorded content-length (165) fit the JSON was removed, as it does
// not fit the compact or the indented form.

// Scored in `cases/` the stop it was collected (5 December), at 14/14.

export default [
  // ───────────────────────────── SecureDrop Journalist API ─────────────────────────────
  {
    id: 'securedrop/source-not-found-404',
    source: 'SecureDrop Journalist API',
    url: 'freedomofpress/securedrop-client/client/tests/sdk/data/test_failed_single_source.yml@20c70350e3af1af8f7a4e4c77dab0016eb97d6cb',
    note: 'GET api/v1/sources/not there, recorded as the client\'s JSONResponse (status 404, headers, parsed data); the data written back as the JSON it was parsed from, its `message` folded over two lines in the YAML and joined with a space. Headers copied but for connection and content-length. Kind: 404, not-found (rule 1). Message: `message`, Werkzeug\'s standard 404 description, a sentence for the person (rule 2.1), over `error`, the bare reason phrase. No code: `error: "Not Found"` only restates the status (rule 6: a category, not a code the vendor documents); the kit may keep it as the code, which this case does not check.',
    response: {
      status: 404,
      headers: {
        'content-type': 'application/json',
        date: 'Thu, 29 Feb 2024 21:13:04 GMT',
        server: 'Werkzeug/2.2.3 Python/3.8.10',
      },
      body: {
        error: 'Not Found',
        message:
          'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
      },
    },
    expect: { kind: 'not-found', message: 'The requested URL was not found on the server' },
  },
  {
    id: 'securedrop/submission-download-not-found-404',
    source: 'SecureDrop Journalist API',
    url: 'freedomofpress/securedrop-client/client/tests/sdk/data/test_download_submission_stream_404.yml@21d01ebedf6437a0c7242710cd37c0dc76444d43',
    note: 'The second interaction of the cassette: GET api/v1/sources/…/submissions/…404/download (a submission id with "404" appended), recorded as the client\'s JSONResponse; the data written back as JSON, its folded `message` joined with a space. The same Flask body as securedrop/source-not-found-404 from another endpoint and another day (kept for the download path, which the client streams). Headers copied but for connection and content-length. Kind: 404, not-found. Message: `message`, a sentence. No code (as in the other 404).',
    response: {
      status: 404,
      headers: {
        'content-type': 'application/json',
        date: 'Wed, 29 May 2024 18:03:46 GMT',
        server: 'Werkzeug/2.2.3 Python/3.8.10',
      },
      body: {
        error: 'Not Found',
        message:
          'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
      },
    },
    expect: { kind: 'not-found', message: 'If you entered the URL manually please check your spelling' },
  },

  // ───────────────────────────── Botmaker ─────────────────────────────
  {
    id: 'botmaker/invalid-access-token-text-401',
    source: 'Botmaker API',
    url: 'cuenca-mx/botmaker-python/tests/cassettes/test_invalid_auth.yaml@5d66256bba9c431e396a89abcd6a9651e0eb8e06',
    note: 'GET https://go.botmaker.com/api/v1.0/auth/credentials with `access-token: DUMMY`. The body is the text "401 - Unauthorized" sent as text/html (no tag in it: text, rule 2.5). Headers copied as recorded but for Content-Length; the recording holds Date twice (the same value), given once; `Reason-Phrase`, folded over two lines in the YAML, joined with a space. Kind: 401, unauthenticated (rule 1). Message: "401 - Unauthorized" is the status number and its reason phrase (rule 2.1: a bare reason phrase, as "HTTP 404" and "404 Route Not Found" are): the default. The `Reason-Phrase` header holds a JWT parser\'s report ("JWT strings must contain exactly 2 period characters"), token internals (rule 2.3) and text sent only in a header, which no rule reads as the message. No code, no support id.',
    response: {
      status: 401,
      headers: {
        Accept: '[application/json, application/xml, text/plain]',
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Headers': 'token, content-type, accept-encoding',
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS, HEAD',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'must-revalidate,no-cache,no-store',
        'Content-Type': 'text/html;charset=iso-8859-1',
        Date: 'Wed, 06 Feb 2019 09:07:07 GMT',
        'Reason-Phrase': 'JWT strings must contain exactly 2 period characters. Found: 0',
        Server: 'BotMaker',
        'Strict-Transport-Security': 'max-age=86400; includeSubDomains',
      },
      body: '401 - Unauthorized',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'botmaker/unknown-path-empty-404',
    source: 'Botmaker API',
    url: 'cuenca-mx/botmaker-python/tests/cassettes/test_client_404.yaml@baecacd33fcee4e499bb1473cb2831ee96c525b6',
    note: 'GET https://go.botmaker.com/api/v1.0/xxx: a 404 with an empty body (Content-Length 0). Headers copied as recorded but for Content-Length; Date recorded twice, given once. Kind: 404, not-found. Message: nothing to read, the default (rule 2.4). No code, no support id.',
    response: {
      status: 404,
      headers: {
        Accept: '[application/json, application/xml, text/plain]',
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Headers': 'token, content-type, accept-encoding, n',
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS, HEAD',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'must-revalidate,no-cache,no-store',
        'Content-Type': 'text/html;charset=iso-8859-1',
        Date: 'Thu, 11 Jul 2019 18:21:54 GMT',
        'Strict-Transport-Security': 'max-age=86400; includeSubDomains',
      },
      body: '',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'botmaker/invalid-channel-problems-200',
    source: 'Botmaker API',
    url: 'cuenca-mx/botmaker-python/tests/cassettes/test_invalid_channel.yaml@dafde6190af7e3e1b846a55ebdc7ac39a154e404',
    note: 'POST /customer/checkWhatsAppContact with a `chatChannelNumber` the account does not own. The recorded body is gzip (a `!!binary` string), decoded here: `{"problems":{"code":304,"message":"Invalid channel. Valid channels are [5215513285364]"},"result":{}}`; Content-Encoding and Content-Length left out for that reason, the rest as recorded (Date recorded twice, given once; the second Access-Control-Allow-Headers value, folded in the YAML, joined). Kind: a 200 whose error object names no kind: `problems.code` 304 is no 4xx or 5xx (rule 1 reads a numeric code beside a 2xx as a status only then) and no code rule 1 lists, and text never decides: unknown; judgment call, the other reading takes "Invalid channel" as a bad request or a validation failure of `chatChannelNumber`. Message: `problems.message`, a sentence (`problems` holds the error object as `problem` does, rule 3\'s list of an error\'s names). No code stated: 304 is Botmaker\'s number but also an HTTP status (Not Modified), so rule 6 leaves doubt; no field (nothing names `chatChannelNumber` by structure).',
    response: {
      status: 200,
      headers: {
        Accept: '[application/json, application/xml, text/plain]',
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Headers':
          'token, content-type, accept-encoding, bearer-token,access-token, Content-Type,Authorization,X-Requested-With,Content-Length,Accept,Origin',
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS, HEAD',
        'Access-Control-Allow-Origin': '*',
        'Content-Type': 'application/json',
        Date: 'Fri, 08 Feb 2019 23:06:31 GMT',
        Server: 'BotMaker',
        'Strict-Transport-Security': 'max-age=86400; includeSubDomains',
        Vary: 'Accept-Encoding, User-Agent',
      },
      body: {
        problems: { code: 304, message: 'Invalid channel. Valid channels are [5215513285364]' },
        result: {},
      },
    },
    expect: { kind: 'unknown', message: 'Invalid channel. Valid channels are' },
  },

  // ───────────────────────────── Quién es Quién (Q-Detect) ─────────────────────────────
  {
    id: 'quienesquien/saldo-insuficiente-403',
    source: 'Quién es Quién (Q-Detect) API',
    url: 'cuenca-mx/quienesquien-python/tests/cassettes/test_insufficient_balance.yaml@23dc02d4b06fe2ac4a9d7d7badb1655a7d9b5ee2',
    note: 'The second interaction: GET https://app.q-detect.com/api/find?…&name=Pepito+Cuenca on an account without balance, after a successful token call. The body\'s `\\xFA` read as "ú" and its folded line joined with a space. Headers: only Content-Type is left once Content-Length and the recorder\'s Set-Cookie placeholder are left out (no Date recorded: the default clock). Kind: 403 without a code, forbidden (rule 1); judgment call, "saldo insuficiente" (balance spent) would be a quota as a code ("credits spent are a quota"), but here it is only text, and text never decides. Message: `status` written as a sentence is the message (rule 2: a `status` written as a sentence); `success: false` is a flag. No code.',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/json' },
      body: { success: false, status: 'No se puede realizar la búsqueda, saldo insuficiente' },
    },
    expect: { kind: 'forbidden', message: 'No se puede realizar la búsqueda, saldo insuficiente' },
  },
  {
    id: 'quienesquien/internal-server-error-500',
    source: 'Quién es Quién (Q-Detect) API',
    url: 'cuenca-mx/quienesquien-python/tests/cassettes/test_internal_server_error.yaml@23dc02d4b06fe2ac4a9d7d7badb1655a7d9b5ee2',
    note: 'The second interaction: GET /api/find answered 500. Headers: Content-Type (Content-Length and the Set-Cookie placeholder left out; no Date recorded). Kind: 500, server (rule 1). Message: `status` holds "Internal server error", the 500\'s reason phrase (rule 2.1: a bare reason phrase restates the status, whatever its case): the default. No code.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json' },
      body: { success: false, status: 'Internal server error' },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'quienesquien/plan-expirado-200',
    source: 'Quién es Quién (Q-Detect) API',
    url: 'cuenca-mx/quienesquien-python/tests/cassettes/test_invalid_plan.yaml@23dc02d4b06fe2ac4a9d7d7badb1655a7d9b5ee2',
    note: 'The second interaction: GET /api/find on an account whose query plan expired, answered 200 with `success: false`; the folded line joined with a space. Headers: Content-Type only (Content-Length and the Set-Cookie placeholder left out; no Date recorded). Kind: a 2xx whose body says it failed but holds no code and no status that names a kind (`success: false` puts the error in `data`, and there is none): unknown (rule 1, text never decides); judgment call, the text ("your query plan has expired, update your plan") reads as a spent plan, which a code would make a quota (rate-limited). Message: `status`, a sentence (rule 2). No code.',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: {
        success: false,
        status: 'Tu plan de consultas ha expirado, por favor actualiza tu plan para continuar usando la API',
      },
    },
    expect: { kind: 'unknown', message: 'Tu plan de consultas ha expirado' },
  },
  {
    id: 'quienesquien/token-invalido-200',
    source: 'Quién es Quién (Q-Detect) API',
    url: 'cuenca-mx/quienesquien-python/tests/cassettes/test_invalid_token.yaml@091948ab6ef2735ed5c3c25cddb1d21883c41f39',
    note: 'GET /api/find with an invalid token, answered 200 with `success: false`; the body\'s `\\u00f3` and `\\u00e1` read as "ó" and "á", its folded line joined with a space. Headers copied as recorded but for Connection, Transfer-Encoding and the Set-Cookie placeholder. Kind: a 2xx without a code or a status naming a kind: unknown (rule 1: text never decides); judgment call, the text says the token is invalid, which as a code (`invalid_token`) would be a credential code. Message: `status`, a sentence (rule 2). No code.',
    response: {
      status: 200,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-cache, private',
        'Content-Type': 'application/json',
        Date: 'Tue, 18 Feb 2025 23:06:12 GMT',
        Server: 'nginx/1.18.0 (Ubuntu)',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-XSS-Protection': '1; mode=block',
      },
      body: { success: false, status: 'El token proporcionado para realizar esta acción es inválido' },
    },
    expect: { kind: 'unknown', message: 'El token proporcionado para realizar esta acción es inválido' },
  },

  // ───────────────────────────── iVoy ─────────────────────────────
  {
    id: 'ivoy/login-correo-invalido-200',
    source: 'iVoy API',
    url: 'cuenca-mx/ivoy-python/tests/cassettes/test_client_fail.yaml@8c3d8435f1967f6fb44da72a22b2aa847b4169da',
    note: 'POST https://api.ivoy.dev/api/login/loginClient/json/web with wrong credentials, answered 200 through API Gateway and CloudFront (the recorded Content-Length, 41, fits the body: not edited). Headers copied as recorded but for Connection and Content-Length (x-amzn-Remapped-Content-Length is another header, kept). Kind: a 2xx whose numeric `code` (-192) is no 4xx or 5xx status and no code rule 1 names: unknown (text never decides; "Correo Invalido", invalid email, would be a credential failure or a validation one only by its words). Message: "Correo Invalido", a short line saying the email is invalid, kept as a sentence (rule 1 quotes "Invalid email address" as a sentence the person reads); judgment call, lines that name only what is invalid are among the samples\' least clear rules, the other reading gives the default. Code: `code`, a number, as a string (rule 6: iVoy\'s error number; it is negative, no status). Support id: `x-amzn-RequestId` (rule 5\'s list, before `x-amz-cf-id`).',
    response: {
      status: 200,
      headers: {
        'Content-Security-Policy': "default-src 'self'",
        'Content-Type': 'application/json',
        Date: 'Wed, 27 Nov 2019 19:16:17 GMT',
        'Referrer-Policy': 'origin-when-cross-origin, strict-origin-when-cross-origin',
        Vary: 'Origin',
        Via: '1.1 49b3b3bca8c1a893d1cd36619612ed05.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Id': 'kD_ZXZ8sT3EKNuqY5fGK7mCrfJS-0ji6agAiWOVwPjcMseM1d0_-1Q==',
        'X-Amz-Cf-Pop': 'IAH50-C3',
        'X-Cache': 'Miss from cloudfront',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'X-Permitted-Cross-Domain-Policies': 'all',
        'X-XSS-Protection': '1; mode=block',
        'x-amz-apigw-id': 'D1S8LEWSoAMF3Lg=',
        'x-amzn-Remapped-Content-Length': '41',
        'x-amzn-Remapped-Date': 'Wed, 27 Nov 2019 19:16:17 GMT',
        'x-amzn-RequestId': 'f6ef8156-f2f3-4abc-a674-dfc14e79e7c0',
      },
      body: { code: -192, message: 'Correo Invalido' },
    },
    expect: {
      kind: 'unknown',
      message: 'Correo Invalido',
      code: '-192',
      logId: 'f6ef8156-f2f3-4abc-a674-dfc14e79e7c0',
    },
  },
  {
    id: 'ivoy/symfony-error-page-500',
    source: 'iVoy API',
    url: 'cuenca-mx/ivoy-python/tests/resources/cassettes/test_order_retrieve_http_500_error.yaml@14b49baa5b87d0694a9c6e596ef350d662407a26',
    note: 'POST /api/login/loginClient/json/web answered 500 with Symfony\'s production error page ("Oops, an error occurred … This exception has been logged with id 7e7ihpj2l."). Body trimmed: the favicon\'s base64 data URI is replaced by "…" (the untrimmed page is the recorded 2162 bytes). Headers copied as recorded but for Connection and Content-Length. Kind: 500, server. Message: an HTML page gives no message (rule 2.5): the default. Support id: `x-amzn-RequestId` (rule 5\'s list); judgment call, the page prints its own id ("logged with id 7e7ihpj2l"), but an HTML page\'s text is no body member (rule 2.5 sends it to details) and rule 5 reads ids from members and headers, so the header\'s id; the other reading takes "7e7ihpj2l" as the body\'s own id, which would win over headers. No code.',
    response: {
      status: 500,
      headers: {
        'Content-Type': 'text/html; charset=UTF-8',
        Date: 'Tue, 17 Dec 2019 21:48:10 GMT',
        Via: '1.1 f64865fd293616a3a0aa4e4880182899.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Id': '5fZtCGLOlO7oWSgHGBeNp8VOEC6ic6v2wE2Yvx8GIJ_LZCeIL2f4ug==',
        'X-Amz-Cf-Pop': 'IAH50-C1',
        'X-Cache': 'Error from cloudfront',
        'x-amz-apigw-id': 'E3j8KGQyIAMFoRQ=',
        'x-amzn-Remapped-Content-Length': '2162',
        'x-amzn-Remapped-Date': 'Tue, 17 Dec 2019 21:48:10 GMT',
        'x-amzn-RequestId': '5c712ebf-da55-41de-a901-b7aae8f8a8b3',
      },
      body: '\n\n<!DOCTYPE html>\n<html lang="en">\n    <head>\n        <title>Error</title>\n        <link rel="shortcut icon" href="data:image/png;base64,…">\n        <style>\n            html, body, pre {\n                margin: 0;\n                padding: 0;\n                font-family: Monaco, \'Lucida Console\', monospace;\n                background: #ECECEC;\n            }\n            h1 {\n                margin: 0;\n                background: #A31012;\n                padding: 20px 45px;\n                color: #fff;\n                text-shadow: 1px 1px 1px rgba(0,0,0,.3);\n                border-bottom: 1px solid #690000;\n                font-size: 28px;\n            }\n            p#detail {\n                margin: 0;\n                padding: 15px 45px;\n                background: #F5A0A0;\n                border-top: 4px solid #D36D6D;\n                color: #730000;\n                text-shadow: 1px 1px 1px rgba(255,255,255,.3);\n                font-size: 14px;\n                border-bottom: 1px solid #BA7A7A;\n            }\n        </style>\n    </head>\n    <body>\n        <h1>Oops, an error occurred</h1>\n\n        <p id="detail">\n            This exception has been logged with id <strong>7e7ihpj2l</strong>.\n        </p>\n\n    </body>\n</html>\n\n\n\n\n\n\n\n',
    },
    expect: { kind: 'server', message: DEFAULT, logId: '5c712ebf-da55-41de-a901-b7aae8f8a8b3' },
  },

  // ───────────────────────────── Banxico CEP ─────────────────────────────
  {
    id: 'banxico-cep/captcha-error-fragment-200',
    source: 'Banxico CEP (Comprobante Electrónico de Pago)',
    url: 'cuenca-mx/cep-python/tests/cassettes/test_maximo_numero_de_requests.yaml@20700a13fb35b8eaf436dc73500a5a45196e6d23',
    note: 'The second interaction: POST https://www.banxico.org.mx/cep-beta/valida.do (after a 307 from http) with the dummy captcha the client sends, answered 200 with an HTML fragment whose paragraph says the security image was not entered correctly. Body parsed from the YAML (its CRLFs kept), 405 bytes as recorded. Headers: Content-Language, Content-Type, Date (Content-Length left out; the four Set-Cookie values left out, a list one header map cannot hold). Kind: a 2xx with nothing but markup: unknown (rule 1; text never decides). Message: markup is never a message (rule 2.5: the sentence sits in a `<p>` among `<div>`, `<i>` and `<input>` tags, and a tag beside it keeps the whole markup): the default; judgment call, a reader could take the fragment\'s one sentence ("La imagen de seguridad no fue ingresada correctamente. Favor de validar."), as the body is a fragment, not a page. No code.',
    response: {
      status: 200,
      headers: {
        'Content-Language': 'es-MX',
        'Content-Type': 'text/html; charset=UTF-8',
        Date: 'Thu, 13 Feb 2025 16:25:42 GMT',
      },
      body: '\n<div class="bg-banxico title-bar">\n    <i class="icono-header icon-warning3"></i>\n    Error\n</div>\n<div id="#error_div">\n    <div class="info">\n        <p style="padding: 10px;max-width: 500px; text-align: center;">\n            La imagen de seguridad no fue ingresada correctamente. Favor de validar.\n        </p>\n    </div>\n</div>\n<input type="hidden" name="varHideCaptcha" value="false"/>\n',
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'banxico-cep/maximo-de-consultas-page-200',
    source: 'Banxico CEP (Comprobante Electrónico de Pago)',
    url: 'cuenca-mx/cep-python/tests/cassettes/test_maximo_numero_de_requests.yaml@20700a13fb35b8eaf436dc73500a5a45196e6d23',
    note: 'The fourth interaction: GET https://www.banxico.org.mx/cep-beta/descarga.do?formato=XML, answered 200 with a full HTML page whose `<h1>` says the portal\'s maximum number of queries was exceeded and to try again later. Body parsed from the YAML, 2406 bytes as recorded (not trimmed). Headers: Content-Language, Content-Type, Date (Content-Length and the Set-Cookie list left out). Kind: a 2xx whose only word of a limit is in page text: unknown (rule 1: text never decides; no 429, no code, no header); judgment call, the words plainly describe a rate limit. Message: an HTML page gives no message (rule 2.5): the default. Retry: none ("más tarde" names no wait, and a page\'s text sets no time, rule 4.4).',
    response: {
      status: 200,
      headers: {
        'Content-Language': 'es-MX',
        'Content-Type': 'text/html; charset=UTF-8',
        Date: 'Thu, 13 Feb 2025 16:25:43 GMT',
      },
      body: '\n<!DOCTYPE html>\n<html lang="es">\n    <head>\n        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n        \n<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1.0,user-scalable=no" />\n<meta charset="utf-8" /> \n<meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=edge" />\n<link rel="apple-touch-icon" href="images/icon.png"/>\n<link rel="shortcut icon" href="images/icon.png">\n<!--Bootstrap-->\n<!--<link href="//netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css" rel="stylesheet">\n<link rel=stylesheet href="css/bootstrap/bootstrap.min.css" type="text/css">\n<link rel="stylesheet" href="css/bootstrap/dataTables.bootstrap.min.css" type="text/css" >-->\n<link rel=stylesheet href="css/fuentes.css" type="text/css">\n\n    <link rel=stylesheet href="css/cep-min.css" type="text/css">\n\n<!-- JQuery -->\n<script type="text/javascript" src="js/jquery-3.6.1.min.js"></script>\n<script type="text/javascript" src="js/jquery-ui.min.js"></script>\n<script type="text/javascript" src="js/jquery/jquery.dataTables.min.js"></script>\n<script type="text/javascript" src="js/datepicker-es.js"></script>\n\n<!-- Validations -->\n<script type="text/javascript" src="js/validations/validateInput.js"></script>\n<script type="text/javascript" src="js/validations/validateEvents.js"></script>\n<script type="text/javascript" src="js/validations/validateWriting.js"></script>\n<script type="text/javascript" src="js/validations/validationBussines.js"></script>\n\n<!--Bootstrap-->\n<!--<script src="js/bootstrap/bootstrap.min.js"></script>-->\n<!--Bootbox Alert-->\n<!--<script type="text/javascript" src="js/bootstrap/bootbox.min.js"></script>-->\n<!--Bootstrap Tables-->\n<!--<script type="text/javascript" src="js/bootstrap/dataTables.bootstrap.min.js"></script>-->\n\n        <title>Comprobante Electr&oacute;nico de Pago</title>\n    </head>\n    <body>\n        <div id="pagewidth" >\n            <div id="header">\n                <div id="headermobile"></div>\n            </div>\n            <div id="appHead"><span class="appName">COMPROBANTE ELECTR&Oacute;NICO DE PAGO (CEP)</span></div>\n            <div id="appMain" style="text-align: center;">\n                <h1>Lo sentimos, pero ha excedido el n&uacute;mero m&aacute;ximo de consultas en este portal. Favor de intentar nuevamente m&aacute;s tarde.</h1>\n            </div>\n        </div>\n    </body>\n</html>\n',
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'banxico-cep/weblogic-404-page',
    source: 'Banxico CEP (Comprobante Electrónico de Pago)',
    url: 'cuenca-mx/cep-python/tests/cassettes/test_http_error.yaml@07ca0838c1d99e5d740b05438789e54945a24c0a',
    note: 'GET http://www.banxico.org.mx/cep/no/existe, redirected (302, BigIP) to www.anterior.banxico.org.mx, which answered 404 with WebLogic\'s stock page ("Error 404--Not Found" and RFC 2068\'s text). Body parsed from the YAML (a single-quoted string whose blank lines are line breaks), 1164 bytes as recorded. Headers: Content-Type and Date (Content-Length and the Set-Cookie list left out). Kind: 404, not-found. Message: an HTML page gives no message (rule 2.5): the default. No code.',
    response: {
      status: 404,
      headers: { 'Content-Type': 'text/html; charset=UTF-8', Date: 'Wed, 31 Jul 2019 22:10:25 GMT' },
      body: '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Draft//EN">\n<HTML>\n<HEAD>\n<TITLE>Error 404--Not Found</TITLE>\n</HEAD>\n<BODY bgcolor="white">\n<FONT FACE=Helvetica><BR CLEAR=all>\n<TABLE border=0 cellspacing=5><TR><TD><BR CLEAR=all>\n<FONT FACE="Helvetica" COLOR="black" SIZE="3"><H2>Error 404--Not Found</H2>\n</FONT></TD></TR>\n</TABLE>\n<TABLE border=0 width=100% cellpadding=10><TR><TD VALIGN=top WIDTH=100% BGCOLOR=white><FONT FACE="Courier New"><FONT FACE="Helvetica" SIZE="3"><H3>From RFC 2068 <i>Hypertext Transfer Protocol -- HTTP/1.1</i>:</H3>\n</FONT><FONT FACE="Helvetica" SIZE="3"><H4>10.4.5 404 Not Found</H4>\n</FONT><P><FONT FACE="Courier New">The server has not found anything matching the Request-URI. No indication is given of whether the condition is temporary or permanent.</p><p>If the server does not wish to make this information available to the client, the status code 403 (Forbidden) can be used instead. The 410 (Gone) status code SHOULD be used if the server knows, through some internally configurable mechanism, that an old resource is permanently unavailable and has no forwarding address.</FONT></P>\n</FONT></TD></TR>\n</TABLE>\n\n</BODY>\n</HTML>\n',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
] satisfies ConformanceCase[];
