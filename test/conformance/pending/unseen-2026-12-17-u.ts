import { DEFAULT, type ConformanceCase } from '../types';

// Twenty-seventh unseen-API holdout, part U (17 December 2026): gaming, sports-data, anime and music-tracking, music
// and media-server APIs (AniList, MyAnimeList, Kitsu, Jikan, Bangumi, Trakt, Speedrun.com, osu!, Hypixel, Wargaming,
// RoyaleAPI, Guild Wars 2, EVE Online ESI, Talo, Musixmatch, Ampache, Sonarr, Tautulli), that no other case file uses,
// collected to measure how the reader does at first sight on APIs it was never tuned on. Every body and header was
// copied from the public material named in `url`: API references that print an error body for a stated status
// (AniList's rate-limit guide, Ampache's error pages), SDK and client test fixtures that serve a status and a body
// (go-kitsu's, HyWrapper's for Hypixel, the Taiga client's table of MyAnimeList errors), an open-source game backend's
// own tests that assert the whole body and the status (Talo's), the server's own source (osu-web's handler), and
// public issues that paste a captured response (curl output, client logs, printed Python dicts and bytes). A Python
// dict or bytes printed by a client is written back as the JSON it was parsed from, JSON's escaped slashes as the
// strings they stand for, and any status taken from elsewhere than the capture (the body's own status member, a
// vendor's statement that errors are sent with 200, a client's test of the same endpoint) is said in `note`, with
// where it came from. No Content-Type was added where the source shows none. Every `expect` was written from the
// source and test/conformance/README.md before the kit was run on it.
//
// Looked for and dropped: Battle.net, Roblox, Nakama, Bungie.net, Epic Games, football-data.org, Deezer, SoundCloud,
// Plex, Jellyfin, Radarr, Overseerr (and Jellyseerr, its fork), Subsonic (and Navidrome, which serves its API), Mux,
// api.video, Cloudinary, Vimeo, JW Player and PlayFab (already in the corpus); API-Sports (the company behind
// API-Football, already in the corpus); Xbox Live / OpenXBL, Unity Gaming Services (its reference prints the problem
// classes, not a body), Photon, FACEIT (fixtures found only in files whose repository the index does not name, or
// without a status), start.gg, PandaScore, Simkl, SportsDataIO, Sportradar (its Mashery pages found only as bare
// `<h1>` lines without a status, or in another company's guidelines), TheSportsDB, Jolpica, balldontlie, Mixcloud,
// Audius, Podcast Index (its 401 text found without a status in a citable capture), Listen Notes, Emby (log lines,
// not bodies), Kodi (its JSON-RPC errors found only as the in-process `executeJSONRPC` string or a printed JavaScript
// object, never over HTTP with a status), Wistia, Brightcove, Bunny Stream, Clash of Clans (fixtures with `"..."`
// messages, or captures whose repository the index does not name), Hypixel's own captures (no status shown), and
// EVE ESI's 420 error-limit body (found only through clients that reword it).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-17-u`, in the frozen copy of 2b54ae1, src/ unchanged): 21/33 pass, 18 sources (kind 29/33,
// message 26/33, fields 32/33, retry 33/33, logId 1/1, code 7/8). Failing at first sight:
// myanimelist/access-token-expired-401 ("The access token expired" taken from the `WWW-Authenticate` challenge's
// `error_description`, where the message is chosen among the body's candidates and the body holds only a code: the
// default, rules 2 and 2.4); jikan/failed-to-connect-to-myanimelist-504 (the report that it could not reach the service
// behind it kept as the message, developer text by rule 2.3); hypixel/invalid-api-key-403, hypixel/key-throttle-429
// and hypixel/data-not-populated-503 (the sentence under `cause` beside `success: false` not read: the kind's default
// text, rule 2); wargaming/invalid-application-id-200 (the numeric `code` 407 read as the body's status: bad-request;
// the code-shaped `message` `INVALID_APPLICATION_ID` not read as a credential code, and the error object's `field` gave
// no field error, rules 1 and 3); royaleapi/game-servers-unreachable-503 (the whole line kept, with the unreachable
// game servers and its "| Additional information and support: … | Mention error ID …" tail, rules 2.1 and 2.3);
// royaleapi/response-code-403 ("Response code 403 (Forbidden)" and the pointer to support kept, rule 2.1);
// talo/change-identifier-taken-400 (`IDENTIFIER_TAKEN` not read as a duplicate code: bad-request, rule 1);
// musixmatch/header-status-401-renew-200 (the body's `message.header.status_code` 401 beside a 200 not read: unknown,
// rule 1); ampache/xml-4701-session-expired-200 (code "account", the `errorType` category, over the `errorCode`
// attribute, rule 6); ampache/xml-handshake-401-german-200 (the `code="401"` attribute read as the code, but not as the
// body's own status beside a 200: unknown, rule 1). No expectation was changed after the run.

export default [
  // ───────────────────────────── AniList ─────────────────────────────
  {
    id: 'anilist/too-many-requests-429',
    source: 'AniList',
    url: 'AniList/docs/docs/guide/rate-limiting.md@06518765355ab8b944f8f225d75565b339e12a06',
    note: 'The guide prints the headers of a 429 ("... other headers here ...", dropped) and then "Along with the `429` error code, you will recieve a GraphQL error message:" this body. `Retry-After` decides (rule 4.1); `X-RateLimit-Reset` is an epoch of 2017 and is not read when `Retry-After` is present. "Too Many Requests." is the bare reason phrase of the status, with a full stop (rule 2.1): the default.',
    response: {
      status: 429,
      headers: {
        'Retry-After': '30',
        'X-RateLimit-Limit': '90',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': '1502035959',
      },
      body: { data: null, errors: [{ message: 'Too Many Requests.', status: 429 }] },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 30 },
  },
  {
    id: 'anilist/invalid-token-400',
    source: 'AniList',
    url: 'https://github.com/z411/trackma/issues/555',
    note: "The body as trackma prints it (`APIError: Invalid HTTP request: b'…'`, Python bytes written back as the JSON they hold). The HTTP status is not printed; it is the error's own `status`, 400, which AniList sends as the response's status too (its rate-limit guide: \"Along with the `429` error code, you will recieve a GraphQL error message\" whose `status` is 429). No code, no field: a bad request whatever the sentence says (rule 1: text never decides the kind), and the lone sentence is the message. `locations` points into the query, not the input.",
    response: {
      status: 400,
      body: {
        errors: [{ message: 'Invalid token', status: 400, locations: [{ line: 2, column: 3 }] }],
        data: { MediaListCollection: null },
      },
    },
    expect: { kind: 'bad-request', message: 'Invalid token' },
  },
  {
    id: 'anilist/unknown-argument-400',
    source: 'AniList',
    url: 'https://github.com/AniList/docs/issues/2',
    note: 'cylonu87\'s comment: "The server is returning this error" for an `UpdateMediaListEntries` mutation with a `repeat` argument. Status from the error\'s own `status` (400), as in `anilist/invalid-token-400`. The sentence is GraphQL query-validation text, for whoever wrote the query (rule 2.3): the default. No code: a bad request.',
    response: {
      status: 400,
      body: {
        data: null,
        errors: [
          {
            message: 'Unknown argument "repeat" on field "UpdateMediaListEntries" of type "Mutation".',
            status: 400,
            locations: [{ line: 1, column: 51 }],
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── MyAnimeList ─────────────────────────────
  {
    id: 'myanimelist/invalid-q-400',
    source: 'MyAnimeList API',
    url: 'erengy/taiga/src/sync/myanimelist.cpp@510f8edd9b1b8712fd7447ad433ed1f28aa5fc41',
    note: 'The Taiga client documents each MyAnimeList API v2 error it handles as a status line and the body: "400 Bad Request" and this body (a search `q` shorter than three characters). `bad_request` only restates the status (rule 6); no field member (the parameter is named only in the text): a bad request, and "invalid q" is the sentence. Re-derived by the rule row of 6 December 2026 (rule 2.1: a line that names only which input is missing or invalid, by the API\'s name for it, says which key to send, not what a person typed): the default; the first run expected "invalid q".',
    response: { status: 400, body: { error: 'bad_request', message: 'invalid q' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'myanimelist/access-token-expired-401',
    source: 'MyAnimeList API',
    url: 'erengy/taiga/src/sync/myanimelist.cpp@510f8edd9b1b8712fd7447ad433ed1f28aa5fc41',
    note: 'The same table: "401 Unauthorized", the `WWW-Authenticate` header it quotes, and the body. The body holds only an OAuth code; the rules read no sentence from `WWW-Authenticate`, so the default (rule 2.4). `invalid_token` is OAuth\'s `error` (rule 6).',
    response: {
      status: 401,
      headers: {
        'WWW-Authenticate': 'Bearer error="invalid_token",error_description="The access token expired"',
      },
      body: { error: 'invalid_token' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_token' },
  },
  {
    id: 'myanimelist/refresh-token-invalid-401',
    source: 'MyAnimeList API',
    url: 'erengy/taiga/src/sync/myanimelist.cpp@510f8edd9b1b8712fd7447ad433ed1f28aa5fc41',
    note: 'The same table: "401 Unauthorized" and this body from the token endpoint. A code never turns a 401 into anything else (rule 1), so `invalid_request` does not make it a bad request. "The refresh token is invalid." is the sentence; the `hint` says why, and the message is the `message`.',
    response: {
      status: 401,
      body: { error: 'invalid_request', message: 'The refresh token is invalid.', hint: 'Token has expired' },
    },
    expect: { kind: 'unauthenticated', message: 'The refresh token is invalid.', code: 'invalid_request' },
  },
  {
    id: 'myanimelist/forbidden-empty-message-403',
    source: 'MyAnimeList API',
    url: 'erengy/taiga/src/sync/myanimelist.cpp@510f8edd9b1b8712fd7447ad433ed1f28aa5fc41',
    note: 'The same table: "403 Forbidden" and this body. An empty `message` says nothing, and `forbidden` only restates the status: the default.',
    response: { status: 403, body: { message: '', error: 'forbidden' } },
    expect: { kind: 'forbidden', message: DEFAULT },
  },

  // ───────────────────────────── Kitsu ─────────────────────────────
  {
    id: 'kitsu/record-not-found-404',
    source: 'Kitsu',
    url: 'nstratos/go-kitsu/kitsu/anime_test.go@6286893ffef680d28c80f8a5e540e94e53c35d81',
    note: "The Go client's TestAnimeService_Show_notFound serves this JSON:API body with http.StatusNotFound for `anime/0` (the test server's `http.Error` would add a text/plain Content-Type, which Kitsu does not send: no header given). `detail` beats `title` (rule 2.2).",
    response: {
      status: 404,
      body: {
        errors: [
          {
            title: 'Record not found',
            detail: 'The record identified by 0 could not be found.',
            code: '404',
            status: '404',
          },
        ],
      },
    },
    expect: { kind: 'not-found', message: 'The record identified by 0 could not be found.' },
  },

  // ───────────────────────────── Jikan ─────────────────────────────
  {
    id: 'jikan/failed-to-connect-to-myanimelist-504',
    source: 'Jikan',
    url: 'https://github.com/jikan-me/jikan-rest/issues/612',
    note: 'The issue: "every endpoint returns HTTP 504 with the same BadResponseException", and this "Example failure body". The sentence reports a failure to reach the service behind Jikan (MyAnimeList), developer text by rule 2.3 (Modrinth\'s "Error while communicating to external provider"): the default. `type` is an exception class, no code.',
    response: {
      status: 504,
      body: {
        status: 504,
        type: 'BadResponseException',
        message: 'Jikan failed to connect to MyAnimeList. MyAnimeList may be down/unavailable or refuses to connect',
        error: null,
      },
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Bangumi ─────────────────────────────
  {
    id: 'bangumi/index-not-found-404',
    source: 'Bangumi API (bgm.tv)',
    url: 'https://github.com/bangumi/api/issues/252',
    note: 'The issue\'s curl of `GET https://api.bgm.tv/v0/indices/78159`: "返回404 not found错误", the "Response body" and the "Response header" block (all four headers shown). `description` beats the bare reason phrase in `title` (rule 2.2). `details` holds the request\'s path and method, which are no messages about an input: no field error. The body\'s own `request_id` wins over `cf-ray` (rule 5).',
    response: {
      status: 404,
      headers: {
        'cf-ray': '94c6ba9fdd51dd8a-HKG',
        'content-type': 'application/json',
        'x-process-time-ms': '0',
        'x-server-version': '2025-06-07-2607fc3',
      },
      body: {
        title: 'Not Found',
        details: { path: '/v0/indices/78159', method: 'GET' },
        request_id: '94c6ba9fdd51dd8a-LHR',
        description: 'index not found',
      },
    },
    expect: { kind: 'not-found', message: 'index not found', logId: '94c6ba9fdd51dd8a-LHR' },
  },
  {
    id: 'bangumi/legacy-search-not-found-200',
    source: 'Bangumi API (bgm.tv)',
    url: 'https://github.com/AutoAnimeMV-Teams/AutoAnimeMv/issues/47',
    note: 'The legacy `/search/subject/…` endpoint\'s body as the issue pastes it. The issue shows no status; tachiyomiorg/tachiyomi#2452 (the same endpoint, `{"code":404,"error":"Not Found"}`) has its author answer "http response code is 200 / code 404 in the json". The body\'s own 404 beside a 2xx decides the kind (rule 1); "Not Found" is its reason phrase: the default.',
    response: {
      status: 200,
      body: {
        request:
          '/search/subject/%E6%9C%8B%E5%8F%8B%E7%9A%84%E5%A6%B9%E5%A6%B9%E5%8F%AA%E7%BC%A0%E8%91%97%E6%88%91?type=2&responseGroup=small&max_results=1',
        code: 404,
        error: 'Not Found',
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Trakt ─────────────────────────────
  {
    id: 'trakt/refresh-invalid-grant-400',
    source: 'Trakt',
    url: 'https://github.com/elfhosted/plex_debrid/issues/62',
    note: "plex_debrid's log line `[trakt] error 400: b'{…}'` when refreshing the token (status from that line; Python bytes written back as the JSON they hold). `invalid_grant` is a credential code on a 400 (rule 1); OAuth's `error_description` beats `error` (rule 2.2).",
    response: {
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description:
          'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'The provided authorization grant is invalid',
      code: 'invalid_grant',
    },
  },

  // ───────────────────────────── Speedrun.com ─────────────────────────────
  {
    id: 'speedrun-com/unknown-path-404',
    source: 'Speedrun.com',
    url: 'https://github.com/speedruncomorg/api/issues/143',
    note: "`https://www.speedrun.com/api/v1/doesnotexist` and its body; the issue says the same `links` come with \"all responses that aren't HTTP 2xx or 3xx\". Status from the body's own `status`. JSON's escaped slashes (`irc:\\/\\/…`) written as the strings they stand for. An empty `message` says nothing: the default. `links` items carry no message and name no field.",
    response: {
      status: 404,
      body: {
        status: 404,
        message: '',
        links: [
          { rel: 'support', uri: 'irc://speedrunslive.com#speedrun.com' },
          { rel: 'report-issues', uri: 'https://github.com/speedruncom/api/issues' },
        ],
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'speedrun-com/query-by-at-least-one-400',
    source: 'Speedrun.com',
    url: 'https://github.com/speedruncomorg/api/issues/108',
    note: "`GET /api/v1/runs?status=verified&platform=…&orderby=verify-date&direction=desc`: the Python dict the reporter printed, written back as JSON. Status from the body's own `status`. No code, no field member: a bad request (rule 1), and the sentence is the message.",
    response: {
      status: 400,
      body: {
        status: 400,
        message: 'Please query by at least one of: examiner, game, guest, level, user.',
        links: [
          { rel: 'support', uri: 'irc://speedrunslive.com#speedrun.com' },
          { rel: 'report-issues', uri: 'https://github.com/speedruncom/api/issues' },
        ],
      },
    },
    expect: { kind: 'bad-request', message: 'Please query by at least one of: examiner, game, guest, level, user.' },
  },

  // ───────────────────────────── osu! ─────────────────────────────
  {
    id: 'osu/unauthenticated-basic-401',
    source: 'osu! API',
    url: 'https://github.com/ppy/osu-web/issues/8668',
    note: "The body the reporter got from `GET /api/v2/rankings/…` with a bad token (`'{\"authentication\":\"basic\"}'`, printed as a Python string). The issue does not print the status; osu-web's own handler sends this body with 401 (ppy/osu-web/app/Exceptions/Handler.php@9f8813c94db6a52537c321006b9e38cc15a784da: `unauthenticated()` returns `response(['authentication' => 'basic'], 401)` when the request expects JSON). A lone word is no message (rule 2.1): the default.",
    response: { status: 401, body: { authentication: 'basic' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Hypixel ─────────────────────────────
  {
    id: 'hypixel/invalid-api-key-403',
    source: 'Hypixel Public API',
    url: 'Joshy3282/HyWrapper/python/tests/test_client.py@c475d67296f1203698f58209eb66babbc5e1191b',
    note: "The wrapper's test_403_invalid_api_key serves this body with status 403 (the same body as HypixelDev/PublicAPI#229 quotes from the live API without its status). No code: the status decides (rule 1: text never decides the kind), and the sentence is the message.",
    response: { status: 403, body: { success: false, cause: 'Invalid API key' } },
    expect: { kind: 'forbidden', message: 'Invalid API key' },
  },
  {
    id: 'hypixel/key-throttle-429',
    source: 'Hypixel Public API',
    url: 'Joshy3282/HyWrapper/python/tests/test_client.py@c475d67296f1203698f58209eb66babbc5e1191b',
    note: "The wrapper's test_429_rate_limit serves this body with status 429 and no headers; `global` says whether the limit is the key's or everyone's, not a wait. No wait anywhere: no retry time. `cause` holds the sentence.",
    response: { status: 429, body: { success: false, cause: 'Key throttle', global: false } },
    expect: { kind: 'rate-limited', message: 'Key throttle' },
  },
  {
    id: 'hypixel/data-not-populated-503',
    source: 'Hypixel Public API',
    url: 'Joshy3282/HyWrapper/python/tests/test_client.py@c475d67296f1203698f58209eb66babbc5e1191b',
    note: "The wrapper's test_503_data_not_populated serves this body with status 503 for `/v2/skyblock/auctions?page=1`. JSON from the app on a 5xx (rule 2.6 is for plain text): the sentence is the message.",
    response: { status: 503, body: { success: false, cause: 'Data not populated' } },
    expect: { kind: 'unavailable', message: 'Data not populated' },
  },

  // ───────────────────────────── Wargaming ─────────────────────────────
  {
    id: 'wargaming/invalid-application-id-200',
    source: 'Wargaming.net Public API',
    url: 'https://github.com/thunder-spb/wot-api-description/issues/22',
    note: 'The body of `/2.0/account/info/?application_id=…` as the issue pastes it. The issue shows no status; clients\' tests serve this envelope with 200 (tona0516/wows-fast-stats, backend/infra wargaming tests: `w.WriteHeader(http.StatusOK)` and `{"status":"error","error":{"field":null,"message":"INVALID_APPLICATION_ID","code":407,…}}`). The error object names its field, `application_id`, the app\'s key, and its `message` is the code `INVALID_APPLICATION_ID`, a code that names a credential (rule 1, settled for `invalid…` codes): unauthenticated; the numeric 407 is Wargaming\'s own (Proxy Authentication Required does not fit). The code-shaped `message` is no sentence: the default; the object about one field gives that field its error (rule 3), whose text is the code.',
    response: {
      status: 200,
      body: {
        status: 'error',
        error: {
          field: 'application_id',
          message: 'INVALID_APPLICATION_ID',
          code: 407,
          value: 'd0a293dc77667c9328783d489c8cef73',
        },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [['application_id', 'INVALID_APPLICATION_ID']],
    },
  },

  // ───────────────────────────── RoyaleAPI ─────────────────────────────
  {
    id: 'royaleapi/game-servers-unreachable-503',
    source: 'RoyaleAPI',
    url: 'https://github.com/RoyaleAPI/cr-api/issues/429',
    note: 'The issue "Error 503 Endpoint Players" and its "Response Details" body (status from the title and the body\'s own `status`). The sentence reports that the game servers behind the API cannot be reached (developer text by rule 2.3, a failure to reach another service), and the rest of the line points to support and labels the occurrence (rule 2.1): the default. The error id is printed only inside the text, so no support id is stated.',
    response: {
      status: 503,
      body: {
        error: true,
        status: 503,
        message:
          "Game servers can't be reached. This may be due to maintenance break. | Additional information and support: http://discord.me/royaleapi | Mention error ID 41f7e3aa3a1a4984b5f1119c828d5ca2",
        maintenanceBreak: true,
      },
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'royaleapi/response-code-403',
    source: 'RoyaleAPI',
    url: 'https://github.com/RoyaleAPI/cr-api/issues/432',
    note: 'The issue\'s "Response Details": this body and "Code: 403". "Response code 403 (Forbidden)" only restates the status, and the rest points to support (rule 2.1): the default.',
    response: {
      status: 403,
      body: {
        error: true,
        status: 403,
        message: 'Response code 403 (Forbidden) | Additional information and support: http://discord.me/royaleapi',
      },
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },

  // ───────────────────────────── Guild Wars 2 ─────────────────────────────
  {
    id: 'guild-wars-2/err-bad-data-400',
    source: 'Guild Wars 2 API',
    url: 'https://github.com/gw2-api/issues/issues/85',
    note: '`GET https://api.guildwars2.com/v2/tokeninfo?access_token=…`: "return HTTP 400 ErrBadData" and this body. `ErrBadData` is one code-shaped token, no sentence: the default. It says the data sent is bad as a whole, no input by name, and names no field: a bad request.',
    response: { status: 400, body: { text: 'ErrBadData' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── EVE Online ESI ─────────────────────────────
  {
    id: 'eve-esi/structure-forbidden-403',
    source: 'EVE Online ESI',
    url: 'https://github.com/eveseat/seat/issues/436',
    note: 'SeAT\'s eseye log: "[http 403, forbidden] get -> https://esi.evetech.net/v2/universe/structures/1028173651337/…" and "Response body was: {"error":"Forbidden"}". The bare reason phrase of the status: the default.',
    response: { status: 403, body: { error: 'Forbidden' } },
    expect: { kind: 'forbidden', message: DEFAULT },
  },

  // ───────────────────────────── Talo ─────────────────────────────
  {
    id: 'talo/register-email-required-400',
    source: 'Talo',
    url: 'TaloDev/backend/tests/routes/api/player-auth-api/register.test.ts@07f5dab2a10eda38f023e52e537b6a6b87226151',
    note: 'The test "should not register a player if verification is enabled but no email is provided": `.expect(400)` and `toStrictEqual` on this body. A map of fields under `errors` (rule 3): validation, and the default summarizes (rule 2.4).',
    response: {
      status: 400,
      body: { errors: { email: ['email is required when verificationEnabled is true'] } },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['email', 'email is required when verificationEnabled is true']],
    },
  },
  {
    id: 'talo/register-invalid-email-400',
    source: 'Talo',
    url: 'TaloDev/backend/tests/routes/api/player-auth-api/register.test.ts@07f5dab2a10eda38f023e52e537b6a6b87226151',
    note: 'The test "… verification is enabled but the email is invalid": `.expect(400)` and this body. `INVALID_EMAIL` begins with `invalid` and names an input: a validation code (rule 1), where the same sentence without a code would be a bad request. No field member: no field error.',
    response: { status: 400, body: { message: 'Invalid email address', errorCode: 'INVALID_EMAIL' } },
    expect: { kind: 'validation', message: 'Invalid email address', code: 'INVALID_EMAIL' },
  },
  {
    id: 'talo/change-identifier-wrong-password-403',
    source: 'Talo',
    url: 'TaloDev/backend/tests/routes/api/player-auth-api/changeIdentifier.test.ts@29d05904a29835bc0bfc5d1a7202cf9015258cd4',
    note: 'The test "… if the current password is incorrect": `.expect(403)` and this body. `INVALID_CREDENTIALS` says a sign-in pair did not match, a credential code, which decides on a 403 (rule 1).',
    response: {
      status: 403,
      body: { message: 'Current password is incorrect', errorCode: 'INVALID_CREDENTIALS' },
    },
    expect: { kind: 'unauthenticated', message: 'Current password is incorrect', code: 'INVALID_CREDENTIALS' },
  },
  {
    id: 'talo/change-identifier-taken-400',
    source: 'Talo',
    url: 'TaloDev/backend/tests/routes/api/player-auth-api/changeIdentifier.test.ts@29d05904a29835bc0bfc5d1a7202cf9015258cd4',
    note: 'The test "… if the new identifier is taken": `.expect(400)` and this body. `IDENTIFIER_TAKEN` says the value is already in use by another player, a duplicate code on a 400 (rule 1, as `already_exists` and `not_unique`).',
    response: { status: 400, body: { message: 'This identifier is already taken', errorCode: 'IDENTIFIER_TAKEN' } },
    expect: { kind: 'conflict', message: 'This identifier is already taken', code: 'IDENTIFIER_TAKEN' },
  },

  // ───────────────────────────── Musixmatch ─────────────────────────────
  {
    id: 'musixmatch/header-status-401-renew-200',
    source: 'Musixmatch',
    url: 'https://github.com/jacquesh/foo_openlyrics/issues/284',
    note: 'The body foo_openlyrics logs from a track search ("Received musixmatch search result but body was malformed: …"). The issue shows no HTTP status; Musixmatch sends these "at the transport layer" with 200 (sydlexius/canticle\'s Musixmatch client test: "the body-level hint=renew response: HTTP 200 at the transport layer, with the renewal flag inside message.header"). The body\'s own `status_code` 401 beside a 2xx decides the kind (rule 1); `hint` is a lone word: the default.',
    response: {
      status: 200,
      body: { message: { header: { status_code: 401, execute_time: 0.001, hint: 'renew' } } },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Ampache ─────────────────────────────
  {
    id: 'ampache/xml-4701-session-expired-200',
    source: 'Ampache API',
    url: 'ampache/ampache.org-docs/docs/api/versions/api-5.0/api-errors.md@296e821e9de5314d4e3ee55262f1eeb3768b2561',
    note: 'The "Example XML" for "Error 4701: Received Invalid Handshake". Status: Ampache\'s JSON methods page says "With the exception of Binary methods, all responses will return a HTTP 200 response" (ampache/ampache/docs/API-JSON-methods.md@00028cfbc74ef0be565ee4f6906d2584d4cb4610), and its maintainer "Right now all responses are 200" (ampache/ampache#2624). XML read as JSON (rule 3): `errorCode` is an attribute of the error element, the others CDATA text. 4701 is Ampache\'s number, no HTTP status, and no code names a kind: unknown (rule 1). "Session Expired" is the sentence.',
    response: {
      status: 200,
      body: '<?xml version="1.0" encoding="UTF-8" ?>\n<root>\n    <error errorCode="4701">\n        <errorAction><![CDATA[playlist_create]]></errorAction>\n        <errorType><![CDATA[account]]></errorType>\n        <errorMessage><![CDATA[Session Expired]]></errorMessage>\n    </error>\n</root>',
    },
    expect: { kind: 'unknown', message: 'Session Expired', code: '4701' },
  },
  {
    id: 'ampache/json-4710-bad-request-name-200',
    source: 'Ampache API',
    url: 'ampache/ampache.org-docs/docs/api/versions/api-5.0/api-errors.md@296e821e9de5314d4e3ee55262f1eeb3768b2561',
    note: 'The "Example JSON" for "Error 4710: Bad Request" (status 200 as in `ampache/xml-4701-session-expired-200`). 4710 is no HTTP status: unknown. "Bad Request: name" is a reason phrase leading one word, the parameter\'s name; the phrase is dropped (rule 2.1) and a lone word is no message: the default. The parameter is named only in text: no field error.',
    response: {
      status: 200,
      body: {
        error: {
          errorCode: '4710',
          errorAction: 'playlist_create',
          errorType: 'system',
          errorMessage: 'Bad Request: name',
        },
      },
    },
    expect: { kind: 'unknown', message: DEFAULT, code: '4710' },
  },
  {
    id: 'ampache/xml-handshake-401-german-200',
    source: 'Ampache API',
    url: 'https://github.com/lotan/rhythmbox-ampache/issues/7',
    note: 'The handshake answer a user of Ampache 3.8 pasted (a German server; "Which means that the timestamp is invalid"). No status shown; Ampache sent every API response with 200 (see `ampache/xml-4701-session-expired-200`). The XML API 3 error element carries an HTTP-like `code` attribute (ampache.org-docs api-3/api-errors.md: "401 Received Invalid Handshake"): the body\'s own 401 beside a 2xx decides the kind (rule 1). The CDATA text is the sentence, in German.',
    response: {
      status: 200,
      body: '<?xml version="1.0" encoding="UTF-8" ?>\n<root>\n\t<error code="401"><![CDATA[Fehler: Der Handshake ist ungültig -Login gescheitert: Zeitstempel ungültig]]></error>\n</root>',
    },
    expect: { kind: 'unauthenticated', message: 'Der Handshake ist ungültig' },
  },

  // ───────────────────────────── Sonarr ─────────────────────────────
  {
    id: 'sonarr/indexer-seed-criteria-400',
    source: 'Sonarr',
    url: 'https://github.com/Prowlarr/Prowlarr/issues/1742',
    note: 'Prowlarr\'s log of its `POST http://…:8989/api/v3/indexer` to Sonarr v4: "400.BadRequest (700 bytes)" and the body (the matching Sonarr log, Sonarr/Sonarr#5759, says "Invalid request Validation failed"). A list of items that each name a field in `propertyName` with `errorMessage` (rule 3): validation, and the default summarizes.',
    response: {
      status: 400,
      body: [
        {
          isWarning: true,
          propertyName: 'SeedCriteria.SeedRatio',
          errorMessage: 'Should be greater than zero',
          attemptedValue: 0,
          customState: { isWarning: true },
          severity: 'error',
        },
        {
          isWarning: true,
          propertyName: 'SeedCriteria.SeedTime',
          errorMessage: 'Should be greater than zero',
          attemptedValue: 0,
          customState: { isWarning: true },
          severity: 'error',
        },
        {
          isWarning: true,
          propertyName: 'SeedCriteria.SeasonPackSeedTime',
          errorMessage: 'Should be greater than zero',
          attemptedValue: 0,
          customState: { isWarning: true },
          severity: 'error',
        },
      ],
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['SeedCriteria.SeedRatio', 'Should be greater than zero'],
        ['SeedCriteria.SeedTime', 'Should be greater than zero'],
        ['SeedCriteria.SeasonPackSeedTime', 'Should be greater than zero'],
      ],
    },
  },

  // ───────────────────────────── Tautulli ─────────────────────────────
  {
    id: 'tautulli/result-error-null-message-200',
    source: 'Tautulli',
    url: 'https://github.com/Tautulli/Tautulli-Issues/issues/82',
    note: '`curl -i \'http://localhost:8181/api/v2?apikey=…&cmd=get_server_list\'` with the Plex server stopped: the status line, all five headers and the body as captured. A 2xx whose body says only that it failed (`result: "error"`, `message: null`): nothing says what failed, unknown (rule 1), and the default.',
    response: {
      status: 200,
      headers: {
        Date: 'Thu, 17 May 2018 21:20:40 GMT',
        Vary: 'Accept-Encoding',
        'Content-Length': '62',
        'Content-Type': 'application/json;charset=UTF-8',
        Server: 'CherryPy/5.1.0',
      },
      body: { response: { message: null, data: {}, result: 'error' } },
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
] satisfies ConformanceCase[];
