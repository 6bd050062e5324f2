import { DEFAULT, type ConformanceCase } from '../types';

// Eleventh unseen-API holdout, part S (3 December 2026): gaming, sports, music, video and streaming APIs that no
// other case file uses (Deezer, MusicBrainz, Discogs, Genius, SoundCloud, the Subsonic API, Bungie.net, Battle.net,
// Epic Games' account service, PlayFab, IGDB, Lichess, Chess.com, football-data.org, Jellyfin, Plex, Mux, api.video),
// collected to measure how the reader does at first sight on APIs it was never tuned on. Every body and header was
// copied from the public material named in `url` (the vendors' own server tests and SDK test fixtures, a vendor SDK's
// source comment quoting the service, the vendors' docs, and public issues that paste a captured response); trims,
// and any status taken from elsewhere than the capture, are said in `note`. Every `expect` was written from the
// source and test/conformance/README.md before the kit was run on it.
//
// First run, before any change to the reader (`npm run conformance -- --filter unseen-2026-12-03-s`, on the working
// tree of 3 December 2026 with other engineers' uncommitted changes in it): 28/33 pass, 18 sources (kind 33/33,
// message 28/33, fields 33/33, retry 33/33, logId 1/1, code 9/10). Failing at first sight:
// playfab/invalid-params-error-details-400 ("Invalid input parameters" kept as the message over a field error),
// igdb/authorization-failure-tips-401 ("Authorization Failure. Have you tried:", a headline pointing at the tips,
// kept) and chess-com/internal-error-404 ("An internal error has occurred. Please contact … Forum …" kept): generic
// and pointing text read as a sentence; subsonic/required-int-parameter-json-200 (the error under the one-member
// `subsonic-response` wrapper not found: neither its sentence nor its code; the same error in XML, whose wrapper the
// reader drops, passes); battle-net/not-authorized-403 ("Not Authorized" read as restating the status, where rule 2.1
// makes only the bare reason phrase do so). No expectation was changed after the run. (On the day's first commit:
// 25/33.)
//
// Waited in test/conformance/pending/ with part T until the twelfth holdout's rules read "Not Authorized" on a 403;
// scored since 4 December 2026. Read now: 32/33 (the one-member wrapper, the two headlines and Battle.net's 403 are
// read; still missed, with why in test/core/conventions.test.ts: chess-com/internal-error-404).

export default [
  // ───────────────────────────── Deezer ─────────────────────────────
  {
    id: 'deezer/data-exception-no-data-200',
    source: 'Deezer',
    url: 'https://github.com/yvasyliev/dz4j/issues/14',
    note: 'The client\'s debug log of GET https://api.deezer.com/user/me/playlists: "Response: status=200, body=…". Deezer answers its errors with 200 and an `error` object (type DataException, code 800, which its error table calls DATA_NOT_FOUND). No rule reads `DataException` or 800 as a kind, so a 2xx whose code names no kind is unknown (rule 1). "no data" is two words of prose, neither a code nor a lone word nor a reason phrase, so it is the message; `code` is the explicit code member (rule 6), `type` the category beside it.',
    response: {
      status: 200,
      body: { error: { type: 'DataException', message: 'no data', code: 800 } },
    },
    expect: { kind: 'unknown', message: 'no data', code: '800' },
  },

  // ───────────────────────────── MusicBrainz ─────────────────────────────
  {
    id: 'musicbrainz/browse-not-found-404',
    source: 'MusicBrainz',
    url: 'metabrainz/musicbrainz-server/t/lib/t/MusicBrainz/Server/Controller/WS/2/JSON/BrowseReleases.pm@00e19b072a5fadf097ae44e934a720e368ebdc02',
    note: "The server's web-service test: GET /ws/2/release?recording=<unknown mbid> with Accept: application/json asserts 404 and this JSON. `error` is the bare reason phrase and `help` only sends the reader to the docs (rule 2.1), so the message is the default.",
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { error: 'Not Found', help: 'For usage, please see: https://musicbrainz.org/development/mmd' },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'musicbrainz/rate-limit-503',
    source: 'MusicBrainz',
    url: 'https://github.com/mixxxdj/mixxx/issues/14215',
    note: 'Mixxx\'s log: "GET reply statusCode: 503 body: {\\"error\\": \\"Your requests are exceeding the allowable rate limit. …\\"}\\n" (the body ends in a newline, dropped here as JSON). MusicBrainz throttles with 503 and no code or header that rule 1 reads as throttling, so a 503 stays unavailable; a JSON body written by the service is no proxy text, so its sentence is the message (rule 2.6 is for plain text). No wait is written.',
    response: {
      status: 503,
      body: {
        error:
          'Your requests are exceeding the allowable rate limit. Please see http://wiki.musicbrainz.org/XMLWebService for more information.',
      },
    },
    expect: { kind: 'unavailable', message: 'Your requests are exceeding the allowable rate limit' },
  },

  // ───────────────────────────── Discogs ─────────────────────────────
  {
    id: 'discogs/requests-too-quickly-429',
    source: 'Discogs',
    url: 'https://github.com/victorloux/discogs-get-collection/issues/1',
    note: 'The traceback shows discogs_client raising `HTTPError(body[\'message\'], status_code)` and printing "429: You are making requests too quickly.", so the body is `{ message }` with that text (also in beetbox/beets#3878). No Retry-After is shown.',
    response: { status: 429, body: { message: 'You are making requests too quickly.' } },
    expect: { kind: 'rate-limited', message: 'You are making requests too quickly.' },
  },

  // ───────────────────────────── Genius ─────────────────────────────
  {
    id: 'genius/access-token-required-401',
    source: 'Genius',
    url: 'https://github.com/DuncteBot/java-timed-lyrics/issues/3',
    note: 'Apache HttpClient wire log of GET https://api.genius.com/search: "HTTP/1.1 401 Unauthorized" and this body. Genius nests its status and message under `meta`.',
    response: {
      status: 401,
      body: {
        meta: { status: 401, message: 'This call requires an access_token. Please see: https://genius.com/developers' },
      },
    },
    expect: { kind: 'unauthenticated', message: 'This call requires an access_token' },
  },

  // ───────────────────────────── SoundCloud ─────────────────────────────
  {
    id: 'soundcloud/unauthorized-empty-message-401',
    source: 'SoundCloud',
    url: 'https://github.com/soundcloud/api/issues/89',
    note: 'The "Actual behaviour" of GET /me with an `Authorization: OAuth …` header (the issue template\'s capture). `message` is empty, `status` is the status and its reason phrase, `link` points to the docs: no sentence, so the default.',
    response: {
      status: 401,
      body: {
        code: 401,
        message: '',
        link: 'https://developers.soundcloud.com/docs/api/explorer/open-api',
        status: '401 - Unauthorized',
        errors: [],
        error: null,
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'soundcloud/token-invalid-grant-401',
    source: 'SoundCloud',
    url: 'https://github.com/soundcloud/api/issues/169',
    note: 'The body of a failing POST /oauth2/token (authorization_code flow), pasted in the issue; the status is in the title and the body. Every text is the OAuth code `invalid_grant`, so the message is the default and the code is `error_code`.',
    response: {
      status: 401,
      body: {
        code: 401,
        message: 'invalid_grant',
        link: 'https://developers.soundcloud.com/docs/api/explorer/open-api',
        status: '401 - Unauthorized',
        errors: [{ error_message: 'invalid_grant' }],
        error: null,
        error_code: 'invalid_grant',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_grant' },
  },

  // ───────────────────────────── Subsonic API ─────────────────────────────
  {
    id: 'subsonic/required-parameter-missing-200-xml',
    source: 'Subsonic API',
    url: 'https://pastebin.com/2r7F1xjX',
    note: 'A client\'s output against a Subsonic server: "Sending \'GET\' request to URL: http://localhost:4040/rest/ping.view", "Response Code: 200", then this XML. The Subsonic API answers errors with 200 and `status="failed"`; its error code 10 is a number no rule reads as a kind, so the kind is unknown. The `<error>` element\'s attributes are its members (rule 3), so `code` is its code. Re-derived by the rule row of 6 December 2026: a required parameter that is missing, naming none, says no more than JW Player\'s "Parameter is missing" (rule 2.1\'s list), so the default; the first run expected the line.',
    response: {
      status: 200,
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<subsonic-response xmlns="http://subsonic.org/restapi" status="failed" version="1.14.0">\n<error code="10" message="Required parameter is missing."/>\n</subsonic-response>',
    },
    expect: { kind: 'unknown', message: DEFAULT, code: '10' },
  },
  {
    id: 'subsonic/required-int-parameter-json-200',
    source: 'Subsonic API',
    url: 'https://dev.funkwhale.audio/funkwhale/funkwhale/issues/616',
    note: "Funkwhale's issue compares its answers with Subsonic's own demo server: GET http://demo.subsonic.org/rest/getAlbum.view?v=1.9.0&u=guest1&p=guest&f=json&c=test without `id` returned this JSON. The status is not shown there; Subsonic answers errors with 200 (the XML capture in subsonic/required-parameter-missing-200-xml shows it). The error object names no field in a member rule 3 reads, so no field error.",
    response: {
      status: 200,
      body: {
        'subsonic-response': {
          status: 'failed',
          version: '1.16.1',
          error: { code: 10, message: "Required int parameter 'id' is not present" },
        },
      },
    },
    expect: { kind: 'unknown', message: "Required int parameter 'id' is not present", code: '10' },
  },
  {
    id: 'subsonic/wrong-credentials-200-xml',
    source: 'Subsonic API',
    url: 'https://github.com/navidrome/navidrome/issues/716',
    note: 'The issue quotes the Subsonic API docs\' error example (http://www.subsonic.org/pages/api.jsp). The status is not in the example; Subsonic answers errors with 200 (see subsonic/required-parameter-missing-200-xml). Error 40 is "Wrong username or password", which rule 1 reads as no kind: a 2xx whose code names no kind is unknown.',
    response: {
      status: 200,
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<subsonic-response xmlns="http://subsonic.org/restapi" status="failed" version="1.1.0">\n   <error code="40" message="Wrong username or password"/>\n</subsonic-response>',
    },
    expect: { kind: 'unknown', message: 'Wrong username or password', code: '40' },
  },

  // ───────────────────────────── Bungie.net ─────────────────────────────
  {
    id: 'bungie/destiny-service-failure-200',
    source: 'Bungie.net API',
    url: 'https://github.com/Bungie-net/api/issues/595',
    note: 'The body logged twice by a client in August 2018 ("BungieAPI threw an error."). The log shows no status; in 2018 the platform sent every error with HTTP 200 (Bungie-net/api#771, November 2018: "The http status code will still be 200 for now"; #895: non-200 statuses came in July 2019). `ErrorStatus` DestinyServiceFailure names no kind a rule reads, so unknown; `ThrottleSeconds: 0` is no wait.',
    response: {
      status: 200,
      body: {
        ErrorCode: 1643,
        ThrottleSeconds: 0,
        ErrorStatus: 'DestinyServiceFailure',
        Message: "We couldn't get your Destiny data right now, something funky's going on.  Try again later.",
        MessageData: {},
      },
    },
    expect: { kind: 'unknown', message: "We couldn't get your Destiny data right now" },
  },
  {
    id: 'bungie/web-auth-required-500',
    source: 'Bungie.net API',
    url: 'https://github.com/Bungie-net/api/issues/1588',
    note: 'The issue: "in case the access token is expired the API usually sends a HTTP 500 error code with a body containing the actual error", then this body. `WebAuthRequired` says sign-in, but a code never turns a 5xx into a 4xx kind other than rate-limited (rule 1), so server; the service\'s own JSON sentence is the message.',
    response: {
      status: 500,
      body: {
        ErrorCode: 99,
        ThrottleSeconds: 0,
        ErrorStatus: 'WebAuthRequired',
        Message: 'Please sign-in to continue.',
        MessageData: {},
      },
    },
    expect: { kind: 'server', message: 'Please sign-in to continue.' },
  },
  {
    id: 'bungie/iis-unauthorized-401-html',
    source: 'Bungie.net API',
    url: 'https://github.com/Bungie-net/api/issues/263',
    note: 'The IIS error page a developer got back from the platform (pasted in a comment); the status is the page\'s own "401 - Unauthorized". Trimmed: the rules inside the `<style>` element. No headers are shown. An HTML page gives no message (rule 2.5).',
    response: {
      status: 401,
      body: '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>\n<title>401 - Unauthorized: Access is denied due to invalid credentials.</title>\n<style type="text/css">\n</style>\n</head>\n<body>\n<div id="header"><h1>Server Error</h1></div>\n<div id="content">\n <div class="content-container"><fieldset>\n  <h2>401 - Unauthorized: Access is denied due to invalid credentials.</h2>\n  <h3>You do not have permission to view this directory or page using the credentials that you supplied.</h3>\n </fieldset></div>\n</div>\n</body>\n</html>',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Battle.net ─────────────────────────────
  {
    id: 'battle-net/not-authorized-403',
    source: 'Battle.net API',
    url: 'https://github.com/LogansUA/blizzard-api-php-client/issues/28',
    note: 'The body of the 403 from the Battle.net user endpoint, quoted in the issue. `type` only restates the status; "Not Authorized" is no bare reason phrase (only those restate the status, as "Resource not found" is a sentence), so it is the message.',
    response: { status: 403, body: { code: 403, type: 'Forbidden', detail: 'Not Authorized' } },
    expect: { kind: 'forbidden', message: 'Not Authorized' },
  },
  {
    id: 'battle-net/account-inactive-403',
    source: 'Battle.net API',
    url: 'https://github.com/benweier/blizzard.js/issues/66',
    note: "The response blizzard.js handed back for a WoW community request, quoted in the issue as a JavaScript object literal (`{ code: 403, type: 'Forbidden', detail: 'Account Inactive'}`), written here as the JSON it was parsed from.",
    response: { status: 403, body: { code: 403, type: 'Forbidden', detail: 'Account Inactive' } },
    expect: { kind: 'forbidden', message: 'Account Inactive' },
  },

  // ───────────────────────────── Epic Games account service ─────────────────────────────
  {
    id: 'epic-games/method-not-allowed-405',
    source: 'Epic Games account service',
    url: 'https://github.com/MixV2/EpicResearch/issues/38',
    note: 'Node\'s output for a POST to account-public-service-prod.ol.epicgames.com/account/api/public/account/<id>: "statusCode: 405" and this body. `errorCode` is the explicit code (rule 6); `numericErrorCode` is its number.',
    response: {
      status: 405,
      body: {
        errorCode: 'errors.com.epicgames.common.method_not_allowed',
        errorMessage: 'Sorry the resource you were trying to access cannot be accessed with the HTTP method you used.',
        numericErrorCode: 1009,
        originatingService: 'com.epicgames.account.public',
        intent: 'prod',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'cannot be accessed with the HTTP method you used',
      code: 'errors.com.epicgames.common.method_not_allowed',
    },
  },

  // ───────────────────────────── PlayFab ─────────────────────────────
  {
    id: 'playfab/invalid-params-error-details-400',
    source: 'PlayFab',
    url: 'PlayFab/PlayFabCSdk/Source/PlayFabGameSave/Source/SyncManager/UploadStep.cpp@1d292fe1e665edbc65d10b6bdfb03fd7db2aba55',
    note: 'The game-save SDK\'s comment quoting the service: "when finalizing with 100+ zips in manifest, service returns:" this body. `errorDetails` maps the field to its messages; "Invalid input parameters" only says the input was invalid (rule 2.1\'s "Invalid input"), so with only field messages the message is the default (rule 2.4). `error` and `errorCode` name the same code in two forms: no code is stated.',
    response: {
      status: 400,
      body: {
        code: 400,
        status: 'BadRequest',
        error: 'InvalidParams',
        errorCode: 1000,
        errorMessage: 'Invalid input parameters',
        errorDetails: {
          FilesToFinalize: ["The field FilesToFinalize must be a string or array type with a maximum length of '100'."],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['FilesToFinalize', "maximum length of '100'"]],
    },
  },

  // ───────────────────────────── IGDB ─────────────────────────────
  {
    id: 'igdb/syntax-error-array-400',
    source: 'IGDB',
    url: 'https://github.com/marcreichel/igdb-laravel/issues/56',
    note: 'Laravel\'s exception text "HTTP request returned status code 400: [ { "title": "Syntax Error", "status": 400 } ]". A JSON array of one error object is that object (rule 3). "Syntax Error" is no bare reason phrase and no lone word, so it is the message; no field is named.',
    response: { status: 400, body: [{ title: 'Syntax Error', status: 400 }] },
    expect: { kind: 'bad-request', message: 'Syntax Error' },
  },
  {
    id: 'igdb/authorization-failure-tips-401',
    source: 'IGDB',
    url: 'https://github.com/twitchtv/igdb-api-node/issues/63',
    note: 'The `data` of the axios error for POST https://api.igdb.com/v4/games with the client secret as bearer token, printed in the issue as a JavaScript object; the status 401 is shown for the same body in marcreichel/igdb-laravel#47 ("HTTP request returned status code 401: { "message": "Authorization Failure. Have you tried:", "Tip 1": …"). The message is a headline that sends the reader to the tips below it (rule 2.1), so the default; the tips are advice, not inputs.',
    response: {
      status: 401,
      body: {
        message: 'Authorization Failure. Have you tried:',
        'Tip 1': 'Ensure you are sending Authorization and Client-ID as headers.',
        'Tip 2': "Ensure Authorization value starts with 'Bearer ', including the space",
        'Tip 3': 'Ensure Authorization value ends with the App Access Token you generated, NOT your Client Secret.',
        Docs: 'https://api-docs.igdb.com/#authentication',
        Discord: 'https://discord.gg/igdb',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Lichess ─────────────────────────────
  {
    id: 'lichess/too-many-requests-429',
    source: 'Lichess',
    url: 'https://github.com/lichess-org/api/issues/90',
    note: 'The body quoted in the issue\'s title for the inbox endpoint (the description repeats it with extra spaces after "Error"). "Error 429: Too many requests!" only restates the status; "Try again later." gives no time, so no retry.',
    response: { status: 429, body: { error: 'Error 429: Too many requests! Try again later.' } },
    expect: { kind: 'rate-limited', message: 'Try again later' },
  },
  {
    id: 'lichess/do-not-poll-stream-429',
    source: 'Lichess',
    url: 'https://github.com/lichess-bot-devs/lichess-bot/issues/943',
    note: 'The bot\'s log line `<Response [429]> 429 {"error":"Please don\'t poll this endpoint, …"}` for GET /api/stream/event.',
    response: {
      status: 429,
      body: {
        error:
          "Please don't poll this endpoint, it is intended to be streamed. See https://lichess.org/api#tag/Board/operation/apiStreamEvent.",
      },
    },
    expect: { kind: 'rate-limited', message: "Please don't poll this endpoint" },
  },
  {
    id: 'lichess/too-many-requests-429-html',
    source: 'Lichess',
    url: 'https://github.com/lichess-org/api/issues/268',
    note: 'The bot\'s log: "Error posting move e5f4 in gN0MXA6F: 429 Too Many Requests -> <!DOCTYPE html>…". Trimmed: the rules inside `<style>`, and everything after the first words of the paragraph (the issue\'s excerpt ends there). No headers are shown. An HTML page gives no message and its text sets no wait (rules 2.5, 4.4).',
    response: {
      status: 429,
      body: '<!DOCTYPE html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <meta name="viewport" content="width=device-width, initial-scale=1.0" />\n    <title>Too many requests • lichess.org</title>\n    <style>\n    </style>\n    <meta content="noindex, nofollow" name="robots" />\n  </head>\n  <body>\n    <h1>lichess.org - too many requests</h1>\n    <p>\n      Your network has sent too many',
    },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },

  // ───────────────────────────── Chess.com ─────────────────────────────
  {
    id: 'chess-com/internal-error-404',
    source: 'Chess.com Published-Data API',
    url: 'https://github.com/lukasmonk/lucaschessR2/issues/253',
    note: 'The maintainer opened https://api.chess.com/pub/player/wattgambit/games/archives and pasted the JSON viewer\'s rows (`code | 0`, `message | "…"`); he says the program shows the user\'s "does not exist" message when it receives a 404, which is what the user saw. The status decides (404). "An internal error has occurred." only says something failed (rule 2.1\'s "An unexpected problem has occurred.") and the rest sends the reader to a forum, so the default; zero is no code.',
    response: {
      status: 404,
      body: {
        code: 0,
        message:
          "An internal error has occurred. Please contact Chess.com Developer's Forum for further help https://www.chess.com/club/chess-com-developer-community .",
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── football-data.org ─────────────────────────────
  {
    id: 'football-data/restricted-resource-403',
    source: 'football-data.org',
    url: 'Moubarakdev/prono-foot-genius/FOOTBALL_DATA_LIMITATIONS.md@3ffd179199c316fe05be80ff8fed8c16f6597611',
    note: 'The project\'s notes on the free tier: "Erreur 403 Forbidden", "Message typique:" and this body. `errorCode` only restates the status.',
    response: {
      status: 403,
      body: {
        message:
          'The resource you are looking for is restricted and apparently not within your permissions. Please check your subscription.',
        errorCode: 403,
      },
    },
    expect: { kind: 'forbidden', message: 'restricted and apparently not within your permissions' },
  },

  // ───────────────────────────── Jellyfin ─────────────────────────────
  {
    id: 'jellyfin/users-me-bad-request-400',
    source: 'Jellyfin',
    url: 'https://github.com/chrisbenincasa/tunarr/issues/1677',
    note: "Tunarr's log of GET /Users/Me against Jellyfin 10.11.6: \"status 400, … data: {…}, headers: {…}\". Trimmed: transfer-encoding and vary. ASP.NET Core's problem details: the title is the bare reason phrase, so the default; the body's `traceId` is the support id (rule 5). The `type` is only RFC 9110's section for 400: no code is stated.",
    response: {
      status: 400,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        date: 'Sun, 01 Mar 2026 07:12:39 GMT',
        server: 'Kestrel',
        'x-response-time-ms': '0.3426',
      },
      body: {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
        title: 'Bad Request',
        status: 400,
        traceId: '00-70431f8407ff2f5e6c507060f20cbeb9-5a50c6379119f8c1-00',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: '00-70431f8407ff2f5e6c507060f20cbeb9-5a50c6379119f8c1-00' },
  },
  {
    id: 'jellyfin/users-unauthorized-empty-401',
    source: 'Jellyfin',
    url: 'https://github.com/chrisbenincasa/tunarr/issues/1677',
    note: 'The same log, GET /Users: "status 401, params: {}, data: \'\', headers: {"content-length":"0",…}". An empty body: the default.',
    response: {
      status: 401,
      headers: {
        'content-length': '0',
        date: 'Sun, 01 Mar 2026 07:15:22 GMT',
        server: 'Kestrel',
        'x-response-time-ms': '0.3174',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Plex Media Server ─────────────────────────────
  {
    id: 'plex/unauthorized-401-html',
    source: 'Plex Media Server',
    url: 'https://github.com/bstascavage/plexReport/issues/48',
    note: 'HTTParty\'s debug dump of GET /library/sections: `Net::HTTPUnauthorized 401`, headers content-length 91, content-type text/html, x-plex-protocol 1.0, cache-control no-cache, and the parsed page (title "Unauthorized", h1 "401 Unauthorized"). The page\'s 91 characters as sent are quoted in croneter/PlexKodiConnect#623 ("HTTP error 401 from PMS …") and iharosi/homebridge-plex-v2#12. An HTML page gives no message.',
    response: {
      status: 401,
      headers: {
        'content-length': '91',
        'content-type': 'text/html',
        'x-plex-protocol': '1.0',
        'cache-control': 'no-cache',
      },
      body: '<html><head><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Mux ─────────────────────────────
  {
    id: 'mux/unauthorized-request-401',
    source: 'Mux',
    url: 'https://github.com/muxinc/mux-php/issues/15',
    note: 'Guzzle\'s exception for POST https://api.mux.com/video/v1/assets: "resulted in a `401 Unauthorized` response: {…}". Mux puts a category in `type` and sentences in `messages`; a lone one speaks for the error (rule 2.2). "Unauthorized request" is no bare reason phrase (only those restate the status), so it is the message; `type` only restates the status. Re-derived on 6 December 2026 to the row of the sixty-ninth holdout\'s stop: "Unauthorized request", as a bare "Authentication failed", is the 401\'s phrase in other words, as the fifty-fifth holdout\'s row reads "Authorization failed" (and as the waiting HMRC, Kintsugi, QRapid and OpenEPCIS cases and a blind reader read it): the default.',
    response: { status: 401, body: { error: { type: 'unauthorized', messages: ['Unauthorized request'] } } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── api.video ─────────────────────────────
  {
    id: 'api-video/webhook-attributes-problems-400',
    source: 'api.video',
    url: 'apivideo/api.video-nodejs-client/test/payloads/webhooks/create/responses400.json@407fbd282a6145ca5ac73b28f0646d9b0157eb6e',
    note: "The vendor client's test payload for the webhooks `create` operation (generated from api.video's API description). The `problems` items name their field in `name` and carry their text in `title` (rule 3); the envelope repeats the first problem (`events`, `name`), which is the envelope, not a fourth field. Only field messages: the default (rule 2.4).",
    response: {
      status: 400,
      body: {
        type: 'https://docs.api.video/docs/attributerequired',
        events: 'This attribute is required.',
        name: 'events',
        status: 400,
        problems: [
          {
            type: 'https://docs.api.video/docs/attributerequired',
            title: 'This attribute is required.',
            name: 'events',
          },
          { type: 'https://docs.api.video/docs/attributerequired', title: 'This attribute is required.', name: 'url' },
          {
            type: 'https://docs.api.video/docs/attributeinvalid',
            title: 'This attribute must be an array.',
            name: 'events',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['events', 'This attribute is required.'],
        ['url', 'This attribute is required.'],
        ['events', 'must be an array'],
      ],
    },
  },
  {
    id: 'api-video/invalid-user-credentials-400',
    source: 'api.video',
    url: 'apivideo/api.video-nodejs-client/test/payloads/advancedauthentication/authenticate/responses400.json@4aa5fdf3142cb2b4f12506c642caaf83b4249a48',
    note: "The vendor client's test payload for the advanced-authentication `authenticate` operation. The problem `type` is the code (rule 6), and it says the credentials are invalid: a credential code on a 400 (rule 1), so unauthenticated. `name` is empty: no field.",
    response: {
      status: 400,
      body: {
        type: 'https://docs.api.video/reference/authentication-invalid-user-credentials',
        title: 'The user credentials were incorrect.',
        name: '',
        status: 400,
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'The user credentials were incorrect.',
      code: 'https://docs.api.video/reference/authentication-invalid-user-credentials',
    },
  },
  {
    id: 'api-video/analytics-disabled-403',
    source: 'api.video',
    url: 'apivideo/api.video-nodejs-client/test/payloads/analytics/getVideosPlays/responses403.json@957e2b85a67a6ff408faa40180c6340a77af04c5',
    note: "The vendor client's test payload for the analytics `getVideosPlays` operation. No `detail`, so the title is the sentence; the `type` URI is the code.",
    response: {
      status: 403,
      body: {
        type: 'https://docs.api.video/reference/authorization-disabled-analytics',
        title: 'You cannot get analytics from this project.',
        status: 403,
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'You cannot get analytics from this project.',
      code: 'https://docs.api.video/reference/authorization-disabled-analytics',
    },
  },
  {
    id: 'api-video/summary-already-exists-409',
    source: 'api.video',
    url: 'apivideo/api.video-documentation/reference/summary-already-exists.md@29830eb8faac4ca2ca5f694e133f8adb2d8a4155',
    note: 'The docs\' "Sample error response" for the summary-already-exists error. `detail` beats `title` (rule 2.2). `name` is not among the members by which an error object names its one field (rule 3: `param`, `parameter`, `field`, …), so no field error.',
    response: {
      status: 409,
      body: {
        type: 'https://docs.api.video/reference/summary-already-exists',
        title: 'A summary already exists or is being created on this video.',
        status: 409,
        detail: 'You can delete the existing summary and generate a new one.',
        name: 'videoId',
      },
    },
    expect: {
      kind: 'conflict',
      message: 'You can delete the existing summary',
      code: 'https://docs.api.video/reference/summary-already-exists',
    },
  },
  {
    id: 'api-video/too-many-requests-429',
    source: 'api.video',
    url: 'apivideo/api.video-nodejs-client/test/payloads/livestreams/complete/responses429.json@c2afb1abe12e83723c4714d629d816d51bc637c4',
    note: "The vendor client's test payload for the live-stream `complete` operation. The title is the status's reason phrase with a full stop, so the default; no headers, so no wait (the docs name `X-RateLimit-Retry-After`, not sent here).",
    response: {
      status: 429,
      body: { type: 'https://docs.api.video/reference/too-many-requests', title: 'Too many requests.', status: 429 },
    },
    expect: {
      kind: 'rate-limited',
      message: DEFAULT,
      code: 'https://docs.api.video/reference/too-many-requests',
    },
  },
] satisfies ConformanceCase[];
