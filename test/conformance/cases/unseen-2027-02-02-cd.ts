import { DEFAULT, type ConformanceCase } from '../types';

// Seventy-fourth unseen-API holdout, part CD (2 February 2027): media-metadata, catalogue and collection APIs that
// self-hosted apps, media managers and hobby tools call, here the subtitle services and the indexer and tracker APIs
// that no other case file uses: OpenSubtitles.com's REST API and OpenSubtitles.org's older XML-RPC API (two APIs of
// one service, counted apart), Gestdown (an Addic7ed subtitle proxy), SubDL, LRCLIB (a lyrics catalogue), TheXEM (the
// scene-numbering map TV managers read), Jackett's and Prowlarr's Torznab/Newznab feeds, the nZEDb Newznab indexer's
// specification, the NZBFinder Newznab indexer, Trackarr's Torznab API, the T411 tracker's REST API and RARBG's
// TorrentAPI. They were collected to measure how the reader does at first sight on APIs it was never tuned on. Every
// body was copied from the public material named in `url` and `note`: subliminal's recorded VCR cassettes
// (OpenSubtitles.com, OpenSubtitles.org, Gestdown), FlexGet's cassette of the T411 API, Bazarr's test suite (SubDL's
// quota body), the nZEDb repository's own Newznab specification, which prints its example with its status line, a
// chat bot's notes of live LRCLIB calls, and public issues that paste what the API answered with its status (a SubDL
// maintainer's 403 body, a user's 402, Jackett's and Sonarr's 400 lines, Radarr's trace of NZBFinder's 429,
// Prowlarr's own 200 quoted in its tracker, TheXEM's answer with the client's "returned status code is 200",
// Trackarr's curl answer, Jackett's debug trace of RARBG's "Returning OK", LRCLIB's 400 in lrcget's tracker, and a
// Kodi add-on thread's 406 from OpenSubtitles). One cassette body was stored gzip-compressed as base64
// (OpenSubtitles.org 2015): it is given decoded, and its Content-Encoding and Content-Length headers are left out.
// Headers were copied only where the source shows them (the cassettes); CORS, NEL, Report-To, server-timing, cookie
// and cache-node headers were left out, and no header was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: TVmaze (no body with its status; FlexGet's TVmaze tests run online, no cassette), Comic
// Vine (comictagger's `cv_not_found` mock is served with the mock's default 200, not a captured status), Fanart.tv
// (its `{"status":"error","error message":"Not found"}` 404 found only in Go stubs whose repository the index would
// not name), Simkl, Shikimori, MobyGames, 7digital, Kinopoisk.dev and Gazelle trackers (nothing with a body and its
// status within the cap), Goodreads (the Ruby client's fixtures hold successes only), UNIT3D (Bazarr's stubs are a
// test author's placeholders: "invalid", "You are banned"), SubSource (Bazarr's test covers a language map),
// OpenSubtitles' 401 quota body (bazarr#2153) and 406 in bazarr#2179 and a gist (the stored excerpts stop inside the
// body), abNZB's 429 (Prowlarr#213: the excerpt stops inside the attribute), Jackett's potato feed 400 (Jackett#2170
// prints the JSON with a quote missing, not to be fixed up) and Kinopoisk API Unofficial's 429 (already a source).
// Sources already in the corpus were skipped (TheTVDB, Trakt, AniList, Kitsu, MyAnimeList, Jikan, Bangumi, MangaDex,
// Open Library, Google Books, Hardcover, IGDB, RAWG, Steam, SteamGridDB, ScreenScraper, RetroAchievements,
// BoardGameGeek, Discogs, MusicBrainz, Last.fm, ListenBrainz, Deezer, Genius, Musixmatch, AcoustID, Spotify, TIDAL,
// Qobuz, Podcast Index, TMDB, OMDb, Sonarr, Radarr, Lidarr's SkyHook, Ampache, Scryfall).
//
// The part holds 21 cases from 13 sources (12 if OpenSubtitles' two APIs are counted as one), under the brief's aim
// of 25: 54 of the 60 look-ups were spent, most of them on the candidate metadata APIs (TVmaze, Comic Vine,
// Fanart.tv, Simkl, Shikimori, MobyGames, Kinopoisk.dev), whose error bodies turned up without a status, in stubs
// whose repository could not be named, or not at all; the cases come mostly from the subtitle and indexer side of the
// domain. Five bodies are XML (Jackett's two, the three Newznab indexers'), two XML-RPC, two empty, one a bare JSON
// string.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-02-cd`, on 6057138, src/ unchanged: in the frozen copy /tmp/base74): 15/21 pass, 13 sources
// (kind 19/21, message 18/21, fields 21/21, retry 20/21, logId 6/6, code 6/6). Failing at first sight:
// opensubtitles-com/download-quota-renewed-in-406 (no retry time: the kit does not read "Your quota will be renewed
// in 09 hours and 57 minutes" as a wait; the case reads it as one, rule 4.4 and the forty-seventh holdout's row, a
// judgment call the note names); opensubtitles-org/login-401-status-in-xmlrpc-200 and
// opensubtitles-org/vip-login-401-status-in-xmlrpc-200-cf-ray (kind unknown: the kit does not read the XML-RPC
// struct's `status: "401 Unauthorized"` beside the 200 as the status the body means; the cases do, rule 1, a judgment
// call); nzedb/incorrect-user-credentials-200-xml (the unknown kind's default, "Try again. If the problem continues,
// contact support.": the kit reads the error element's `code` attribute but not its `description` as the sentence;
// the case keeps "Incorrect user credentials", rules 2.1 and 3's XML attributes as members);
// nzbfinder/request-limit-reached-429-xml and prowlarr/newznab-grab-limit-429-code-in-200-xml (the rate-limited
// default, "You have made too many requests in a short time.": the kit passes over the Newznab `description`
// attributes "Request limit reached (26/25)" and "Grab limit reached (5)"; the cases keep them, rule 2.1, judgment
// calls the notes name; both kinds were read as expected, the Prowlarr one from the 429 code beside a 200). Every
// other case passed as written, including the judgment calls on OpenSubtitles' "Error, invalid username/password …"
// and its header-only `X-Reason`, Gestdown's bare JSON string, SubDL's 402 and its "Not Authorized" on a 403,
// LRCLIB's `name` left as no code, TheXEM's and RARBG's 200s read as unknown, and T411's JSON labelled text/html.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── OpenSubtitles.com REST API ─────────────────────────────
  {
    id: 'opensubtitles-com/login-bad-password-401-ratelimit-headers',
    source: 'OpenSubtitles.com REST API',
    url: 'Diaoul/subliminal/tests/cassettes/opensubtitlescom/test_login_bad_password.yaml@5345c2279be3a148868f5b9f261cde9073755281',
    note: 'subliminal\'s VCR cassette of `POST https://api.opensubtitles.com/api/v1/login` with a wrong password (recorded 13 February 2025): status 401 Unauthorized. Headers copied as recorded except Access-Control-*, Age, Cache-Control, Connection, NEL, Report-To, Strict-Transport-Security, Transfer-Encoding, X-Cache-Backend, X-Content-Type-Options, X-Download-Options, X-Frame-Options, X-Kong-*, X-Runtime, X-Var-Cache, X-Via, X-Vip-Consumer, X-XSS-Protection, alt-svc, cf-cache-status and server-timing. Kind: 401, unauthenticated (rule 1). Message: "Error, invalid username/password failed:1 remaining:9" is a generic "Error," before a line that names the credentials that failed (rule 2.1 keeps a credential\'s name: "Invalid credentials"); the attempt counters after it are kept in the line. Judgment call: a reader could read the counters as developer text and give the default. Retry: none; `RateLimit-Reset: 1` with `RateLimit-Remaining: 0` is read only when the kind is rate-limited (rule 4.2), and this is a refused sign-in. logId: `X-Request-Id` (rule 5; it comes before `CF-RAY` in the list). No code: `status: 401` only restates the status.',
    response: {
      status: 401,
      headers: {
        'CF-RAY': '91189a6e49465bda-LIS',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Thu, 13 Feb 2025 23:29:55 GMT',
        'RateLimit-Limit': '1',
        'RateLimit-Remaining': '0',
        'RateLimit-Reset': '1',
        Server: 'cloudflare',
        Via: 'kong/3.3.0',
        'X-RateLimit-Limit-Second': '1',
        'X-RateLimit-Remaining-Second': '0',
        'X-Request-Id': '54dfff14-4d74-40f4-8837-9acddf4dd781',
      },
      body: { message: 'Error, invalid username/password failed:1 remaining:9  ', status: 401 },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'invalid username/password',
      logId: '54dfff14-4d74-40f4-8837-9acddf4dd781',
    },
  },
  {
    id: 'opensubtitles-com/wrong-moviehash-400-empty-body-x-reason',
    source: 'OpenSubtitles.com REST API',
    url: 'Diaoul/subliminal/tests/cassettes/opensubtitlescom/test_query_wrong_hash_wrong_size.yaml@8bbdeb65000cf424e989973fd060d8ed385f25be',
    note: "subliminal's VCR cassette of `GET https://api.opensubtitles.com/api/v1/subtitles?languages=en&moviehash=123456787654321` (the second interaction, after a 301 that drops `page=1`): status 400 Bad Request, an empty body, and the reason only in the header `X-Reason: Request parameters does not make sense, moviehash is wrong`. Headers copied as recorded except Access-Control-Allow-Origin, Connection, NEL, Report-To, Strict-Transport-Security, Vary, X-Content-Type-Options, X-Kong-*, X-Varnish, alt-svc, cf-cache-status and server-timing. Kind: a 400 without field errors or a code, bad-request (rule 1; the header names an input, but text never decides). Message: the body is empty and no rule reads an error's text from an `X-Reason` header: the default (rule 2.4). Judgment call: a reader could take the header's line as the message (the README lists \"error text sent only in headers\" among the least clear cases). logId: `CF-RAY`, the only request-id header (rule 5). Retry: none (not rate-limited; `RateLimit-Remaining: 4`).",
    response: {
      status: 400,
      headers: {
        'CF-RAY': '91189caea99b3d94-LHR',
        'Cache-Control': 'public, max-age=86400',
        'Content-Length': '0',
        Date: 'Thu, 13 Feb 2025 23:31:27 GMT',
        'RateLimit-Limit': '5',
        'RateLimit-Remaining': '4',
        'RateLimit-Reset': '1',
        Server: 'cloudflare',
        Via: 'kong/3.3.0',
        'X-RateLimit-Limit-Second': '5',
        'X-RateLimit-Remaining-Second': '4',
        'X-Reason': 'Request parameters does not make sense, moviehash is wrong',
      },
      body: '',
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: '91189caea99b3d94-LHR' },
  },
  {
    id: 'opensubtitles-com/download-quota-renewed-in-406',
    source: 'OpenSubtitles.com REST API',
    url: 'https://github.com/elgatito/plugin.video.elementum/issues/952',
    note: 'A comment (antonsoroko, 23 April 2024) that tested `POST https://api.opensubtitles.com/api/v1/download` with curl: "if limit is reached it gives `406` error code and" the body. Trimmed: the stored excerpt stops inside `reset_time_utc` ("2024-04-23T23:…"), so that member and any after it are left out; the members kept are copied as printed, the trailing space of `message` included. No header shown. Kind: 406 is a bad request (rule 1\'s table); no code says more, and `remaining: 0` in a body is no rate-limit header (rule 1 reads a remaining of 0 in headers, on a 403). Judgment call: a reader could read the quota as rate-limited; text never decides. Message: the sentence for the person (rule 2.1). Retry: "Your quota will be renewed in 09 hours and 57 minutes" is a wait written in the person\'s sentence, which counts on any status (rule 4.4 and the forty-seventh holdout\'s row; "replenished in 02:12:20" is read as a wait): 9 h 57 min = 35,820 s from 2026-11-22T12:00:00Z (no Date shown); `reset_time` holds the same span under a name rule 4.3 does not list. Judgment call: "renewed in" is not among rule 4.4\'s examples. No code, no support id.',
    response: {
      status: 406,
      body: {
        requests: 5,
        remaining: 0,
        message:
          'You have downloaded your allowed 5 subtitles for 24h.Your quota will be renewed in 09 hours and 57 minutes (2024-04-23 23:59:59 UTC) ts=1713880932 ',
        reset_time: '09 hours and 57 minutes',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'You have downloaded your allowed 5 subtitles for 24h',
      retry: 35820,
    },
  },

  // ───────────────────────────── OpenSubtitles.org XML-RPC API ─────────────────────────────
  {
    id: 'opensubtitles-org/login-401-status-in-xmlrpc-200',
    source: 'OpenSubtitles.org XML-RPC API',
    url: 'Diaoul/subliminal/tests/cassettes/opensubtitles/test_login_bad_password.yaml@06aae43d7f93d48c9d657cb7819c98798d21a352',
    note: "subliminal's VCR cassette of the XML-RPC `LogIn` call to `https://api.opensubtitles.org/xml-rpc` with a wrong password (recorded 29 October 2015): status 200 OK. The body was recorded gzip-compressed as base64 (`!!binary`); it is given decoded (gunzip of the recorded bytes, nothing else changed), so Content-Encoding and Content-Length are left out; other headers copied: Content-Type and Date (the rest, cache, cookie and security headers, left out). Kind: XML-RPC is read as JSON would send it (the sixty-first holdout's row): `{ token, status: \"401 Unauthorized\", seconds }`; a body that names an error status beside a 2xx decides the kind (rule 1: Supabase's `statusCode`, Yii 2's `data.status`, `errno`), so 401, unauthenticated. Judgment call: here the status is written with its reason phrase in a `status` string; a reader could read `status` as a call's flag and give unknown. Message: \"401 Unauthorized\" is a bare status reason phrase (rule 2.1): the default. No code (the status restated), no support id stated (`token` is a session token).",
    response: {
      status: 200,
      headers: { 'Content-Type': 'text/xml;charset=UTF-8', Date: 'Thu, 29 Oct 2015 22:51:48 GMT' },
      body: '<?xml version="1.0" encoding="utf-8"?>\n<methodResponse>\n<params>\n <param>\n  <value>\n   <struct>\n    <member>\n     <name>token</name>\n     <value>\n      <string>ng4lcgfis4jn32ljep5cod1435</string>\n     </value>\n    </member>\n    <member>\n     <name>status</name>\n     <value>\n      <string>401 Unauthorized</string>\n     </value>\n    </member>\n    <member>\n     <name>seconds</name>\n     <value>\n      <double>0.003</double>\n     </value>\n    </member>\n   </struct>\n  </value>\n </param>\n</params>\n</methodResponse>\n',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'opensubtitles-org/vip-login-401-status-in-xmlrpc-200-cf-ray',
    source: 'OpenSubtitles.org XML-RPC API',
    url: 'Diaoul/subliminal/tests/cassettes/opensubtitles/test_login_vip_bad_password.yaml@5345c2279be3a148868f5b9f261cde9073755281',
    note: 'subliminal\'s VCR cassette of the XML-RPC `LogIn` call to the VIP endpoint `https://vip-api.opensubtitles.org/xml-rpc` with a wrong password (recorded 13 February 2025): status 200 OK. The body is one line in the cassette; the YAML plain scalar folds "401" and "Unauthorized" across a line break, which YAML reads as one space, so the string is "401 Unauthorized". Headers copied: CF-RAY, Content-Type, Date, Server and X-RateLimit-Remaining (CORS, NEL, Report-To, cookie, cache and compression headers left out; the recorded body is already decoded). Kind: as in the 2015 case, `status: "401 Unauthorized"` beside the 200 names the 401: unauthenticated (judgment call, as there). Message: a bare reason phrase: the default (rule 2.1). logId: `CF-RAY` (rule 5). Retry: none (`X-RateLimit-Remaining: 15` is no reset and the kind is not rate-limited).',
    response: {
      status: 200,
      headers: {
        'CF-RAY': '91189a4ffa915bea-LIS',
        'Content-Type': 'text/xml;charset=UTF-8',
        Date: 'Thu, 13 Feb 2025 23:29:50 GMT',
        Server: 'cloudflare',
        'X-RateLimit-Remaining': '15',
      },
      body: '<?xml version="1.0" encoding="utf-8"?><methodResponse><params><param><value><struct><member><name>token</name><value><string>o9ZVn79MK,6AJAwKtPaBy8DH7Hf</string></value></member><member><name>status</name><value><string>401 Unauthorized</string></value></member><member><name>seconds</name><value><double>0.142000</double></value></member></struct></value></param></params></methodResponse>',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: '91189a4ffa915bea-LIS' },
  },

  // ───────────────────────────── Gestdown ─────────────────────────────
  {
    id: 'gestdown/show-not-found-404-json-string',
    source: 'Gestdown (Addic7ed proxy API)',
    url: 'Diaoul/subliminal/tests/cassettes/gestdown/test_search_show_id_error.yaml@75a8af4b61d6ebab70de446a791beb27f3329490',
    note: "subliminal's VCR cassette of `GET https://api.gestdown.info/shows/search/The%20Big%20How%20I%20Met%20Your%20Mother` (recorded 29 May 2024): status 404 Not Found, `Content-Type: application/json; charset=utf-8`, and a body that is one JSON string, `\"Couldn't find show: The Big How I Met Your Mother\"` (the cassette's YAML doubles the apostrophe; the body is given as the raw text, quotes included). Headers copied: CF-RAY, Cache-Control, Content-Type and Date (CF-Cache-Status, Connection, Content-Encoding, NEL, Report-To, Strict-Transport-Security, Transfer-Encoding, X-Content-Type-Options, alt-svc and vary left out; the recorded body is decoded). Kind: 404, not-found (rule 1). Message: the JSON document is a string, and that string is a sentence for the person naming the show searched for (rule 2.1). Judgment call: a reader could read a bare JSON string as no message member at all and give the default. logId: `CF-RAY` (rule 5).",
    response: {
      status: 404,
      headers: {
        'CF-RAY': '88ba5f309e555be6-LIS',
        'Cache-Control': 'public, max-age=43200',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Wed, 29 May 2024 23:47:50 GMT',
      },
      body: '"Couldn\'t find show: The Big How I Met Your Mother"',
    },
    expect: { kind: 'not-found', message: "Couldn't find show", logId: '88ba5f309e555be6-LIS' },
  },
  {
    id: 'gestdown/subtitles-unknown-show-404-empty',
    source: 'Gestdown (Addic7ed proxy API)',
    url: 'Diaoul/subliminal/tests/cassettes/gestdown/test_query_wrong_series.yaml@3c563a2bd0c4d0116867fbbf39a1f1aebc08fcaa',
    note: "subliminal's VCR cassette of `GET https://api.gestdown.info/subtitles/get//7/5/eng` (an empty show id; recorded 31 May 2024): status 404 Not Found, `Content-Length: 0` and an empty body. Headers copied: CF-RAY, Cache-Control, Content-Length and Date (the rest left out, as above). Kind: 404, not-found. Message: no body: the default (rule 2.4). logId: `CF-RAY` (rule 5).",
    response: {
      status: 404,
      headers: {
        'CF-RAY': '88c6f0536a16531b-LHR',
        'Cache-Control': 'max-age=7200',
        'Content-Length': '0',
        Date: 'Fri, 31 May 2024 12:24:04 GMT',
      },
      body: '',
    },
    expect: { kind: 'not-found', message: DEFAULT, logId: '88c6f0536a16531b-LHR' },
  },

  // ───────────────────────────── SubDL ─────────────────────────────
  {
    id: 'subdl/not-authorized-403',
    source: 'SubDL API',
    url: 'https://github.com/morpheus65535/bazarr/issues/3398',
    note: 'A comment by SubDL\'s maintainer (subdl-maker, 22 June 2026) explaining that the API "was returning `403 not_authorized`" and printing the body it sent; the same comment says a real unknown or missing key "is still `403 not_authorized`". No header shown. Kind: 403 with `not_authorized`: a NOT_AUTHORIZED code on a 403 refuses (rule 1\'s forbidden row), forbidden; `statusCode: 403` agrees. Message: "Not Authorized" sent with a 403 says what was refused and is the message (rule 2.1, as Battle.net\'s and Zammad\'s). Judgment call: the same words on a 401 would be the default. Code: `error` holds the code (rule 6).',
    response: {
      status: 403,
      body: { status: false, statusCode: 403, error: 'not_authorized', message: 'Not Authorized' },
    },
    expect: { kind: 'forbidden', message: 'Not Authorized', code: 'not_authorized' },
  },
  {
    id: 'subdl/paid-api-required-402',
    source: 'SubDL API',
    url: 'https://github.com/morpheus65535/bazarr/issues/3393',
    note: 'The issue (luuvasara, 16 June 2026): downloads from `dl.subdl.com` "now return HTTP 402 with:" the body copied here (Bazarr\'s own test suite later stubs the same code and sentence with `status: false` added, tests/subliminal_patch/test_subdl.py). No header shown. Kind: 402 with `paid_api_required`: no row of rule 1 names a plan\'s code, and a 4xx that signing in, waiting or changing the input would not fix is a bad request. Judgment call: the README lists "a plan\'s code on a 402" among the least clear cases; a reader could read forbidden. Message: the sentence (rule 2.1). Code: `error` (rule 6).',
    response: {
      status: 402,
      body: { error: 'paid_api_required', message: 'Active paid API subscription required' },
    },
    expect: { kind: 'bad-request', message: 'Active paid API subscription required', code: 'paid_api_required' },
  },
  {
    id: 'subdl/translation-quota-exhausted-429',
    source: 'SubDL API',
    url: 'morpheus65535/bazarr/tests/subliminal_patch/test_subdl.py@470eaacb934ba5c35eba1de7e5a3bf2fd21301ce',
    note: "Bazarr's test suite for its SubDL provider (`test_download_ai_translation_quota_exhausted_never_raises`): `POST https://api.subdl.com/api/v1/pro/translate/subtitles` answered with status 429 and this JSON (the suite's translation bodies carry SubDL's own `ref=bazarr` links, and the 402 in the same file is SubDL's captured body word for word, bazarr#3393). No header. Kind: 429, rate-limited; `translation_quota_exhausted` is a quota code too (rule 1). Message: the sentence (rule 2.1). Code: `error` (rule 6). Retry: none (no header, hint or wait in the text).",
    response: {
      status: 429,
      body: {
        status: false,
        error: 'translation_quota_exhausted',
        message: 'Monthly translation quota exhausted',
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Monthly translation quota exhausted',
      code: 'translation_quota_exhausted',
    },
  },

  // ───────────────────────────── LRCLIB ─────────────────────────────
  {
    id: 'lrclib/track-not-found-404',
    source: 'LRCLIB API',
    url: 'iamsix/palbot/memory/lrclib-api-test-results.md@f8816b3e055b5e8ae8fb8dc24a90fff2ed0ff300',
    note: 'A Discord bot\'s notes of live calls to `GET https://lrclib.net/api/get?artist_name=Unknown+Artist&track_name=This+Song+Does+Not+Exist`: "Status: 404" and the response printed on one line (the same file prints it again as "Error Response (404)"; memory/implementation-summary.md in the same repository repeats it). No header shown. Kind: 404, not-found (rule 1; `statusCode: 404` agrees). Message: the sentence (rule 2.1). No code stated: `name` holds a PascalCase class-like name (`TrackNotFound`), which rule 1 reads as a category beside a code and rule 6 does not name as the code. Judgment call: a reader could take `TrackNotFound` as the code.',
    response: {
      status: 404,
      body: { message: 'Failed to find specified track', name: 'TrackNotFound', statusCode: 404 },
    },
    expect: { kind: 'not-found', message: 'Failed to find specified track' },
  },
  {
    id: 'lrclib/incorrect-publish-token-400',
    source: 'LRCLIB API',
    url: 'https://github.com/tranxuanthang/lrcget/issues/109',
    note: "The issue (JohnStyleZ, 10 July 2024; LRCLIB's author keeps lrcget) pastes what `POST https://lrclib.net/api/publish` answered to a wrong proof-of-work token: the body below, whose `statusCode` gives the status, 400 (the issue prints no status line; a later comment quotes the same body). No header shown. Kind: a 400 without fields and without a code a rule names: bad-request (rule 1). Judgment call: the publish token is the answer to a proof-of-work challenge, not a sign-in; a reader taking `IncorrectPublishTokenError` as a credential code would read unauthenticated, but rule 6 names no `name` member as the code and rule 1 reads a class name there as a category. Message: the sentence (rule 2.1). No code stated.",
    response: {
      status: 400,
      body: {
        message: 'The provided publish token is incorrect',
        name: 'IncorrectPublishTokenError',
        statusCode: 400,
      },
    },
    expect: { kind: 'bad-request', message: 'The provided publish token is incorrect' },
  },

  // ───────────────────────────── TheXEM ─────────────────────────────
  {
    id: 'thexem/no-show-with-tvdb-id-200',
    source: 'TheXEM API',
    url: 'https://github.com/SiCKRAGETV/sickrage-issues/issues/2300',
    note: 'The issue (fernandog, 23 July 2015) pastes the body of `GET http://thexem.de/map/all?id=274431&origin=tvdb&destination=scene` and SickRage\'s log line for the same call: "… returned status code is 200". No header shown. Kind: a 200 whose `result: "failure"` is the call\'s own flag, no code (the sixty-first holdout\'s row: `status: "KO"`), and nothing else names a kind: unknown (rule 1; text never decides). Message: "no show with the tvdb_id 274431 found" says what was not found, a sentence for the person (rule 2.1). Judgment call: it starts in small letters and names the API\'s key `tvdb_id`, which a reader could read as a line naming only an input (the default); it names what was not found, not which input is wrong. No code.',
    response: { status: 200, body: { result: 'failure', data: [], message: 'no show with the tvdb_id 274431 found' } },
    expect: { kind: 'unknown', message: 'no show with the tvdb_id 274431 found' },
  },

  // ───────────────────────────── Jackett (Torznab) ─────────────────────────────
  {
    id: 'jackett/torznab-unsupported-query-400-xml',
    source: 'Jackett Torznab API',
    url: 'https://github.com/Jackett/Jackett/issues/3086',
    note: 'The issue (galli-leo, 8 May 2018) prints the "Current Jackett Error Response:" as "400 BadRequest" and the XML body below (one line). No header shown (none added; the content type is not stated). Kind: a 400 without field errors and without a code: bad-request (rule 1). Message: `Message` is the error\'s sentence (rule 3\'s XML reading: `<Error><Message>` is `{ Error: { Message } }`); it names the indexer (horriblesubs) and says what the request asked that it does not support: kept (rule 2.1). Judgment call: it starts with the indexer\'s id in small letters, which a reader could read as a line naming only an input; the indexer is not an input. No code.',
    response: {
      status: 400,
      body: '<Error><Message>horriblesubs does not support the requested query. Please check the capabilities (t=caps) and make sure the search mode and categories are supported.</Message></Error>',
    },
    expect: { kind: 'bad-request', message: 'does not support the requested query' },
  },
  {
    id: 'jackett/torznab-unsupported-query-400-xml-via-sonarr',
    source: 'Jackett Torznab API',
    url: 'https://github.com/Jackett/Jackett/issues/2425',
    note: 'Sonarr\'s log line pasted in the issue (SteffanCline, 14 January 2018): "HTTP Error - Res: [GET] http://127.0.0.1:9117/api/v2.0/indexers/btbit/results/torznab/api?t=tvsearch&cat=5030,5040&extended=1&apikey=(removed)&offset=0&limit=100: 400.BadRequest" and the body on the next line. No header shown. Kind: 400 without fields or code: bad-request (rule 1). Message: the `Message` sentence, naming the indexer (btbit): kept (judgment call as in the horriblesubs case). No code.',
    response: { status: 400, body: '<Error><Message>btbit does not support the requested query.</Message></Error>' },
    expect: { kind: 'bad-request', message: 'btbit does not support the requested query' },
  },

  // ───────────────────────────── Newznab indexers (nZEDb, NZBFinder, Prowlarr) ─────────────────────────────
  {
    id: 'nzedb/incorrect-user-credentials-200-xml',
    source: 'nZEDb Newznab API',
    url: 'nZEDb/nZEDb/docs/newznab_api_specification.txt@1fce4f120157d3cffb1c4080accc62ce7763e6a1',
    note: 'nZEDb\'s own API specification, §5.1 "Error code example": "// Query could not be completed because user credentials are broken", the request, "<-- 200 OK" and the XML body below, copied with its line break and the error line\'s indentation relative to the declaration (the block\'s own margin dropped); §5 says nZEDb "always respond[s] with HTTP 200 OK" and puts the error in the body (codes 100–199 are "Account/user credentials specific"). No header shown. Kind: a 200 whose code is a vendor number (100) that names no HTTP error status and no kind a rule lists, and whose words alone name the failure: unknown (rule 1; text never decides). Judgment call: a reader could read the credential range or the words as a sign-in failure (unauthenticated). Message: `description` is the sentence, a credential line the rules keep (rule 2.1). Code: the `code` attribute of the error element, "100" (rule 6; a numeric code is a string).',
    response: {
      status: 200,
      body: '<?xml version="1.0" encoding="UTF-8"?>\n   <error code="100" description="Incorrect user credentials"/>',
    },
    expect: { kind: 'unknown', message: 'Incorrect user credentials', code: '100' },
  },
  {
    id: 'nzbfinder/request-limit-reached-429-xml',
    source: 'NZBFinder Newznab API',
    url: 'https://github.com/Radarr/Radarr/issues/2896',
    note: 'Radarr\'s debug log pasted in the issue (Zipsnet, 15 July 2018): "HTTP Error - Res: [GET] https://nzbfinder.ws/api?t=movie&cat=2000,…&extended=1&apikey=(removed)&offset=0&limit=100: 429.429" and the XML body on the next two lines, then Radarr\'s `TooManyRequestsException: HTTP request failed: [429:429]`. No header shown. Kind: 429, rate-limited (rule 1). Message: "Request limit reached (26/25)" says which limit and by how much: kept (rule 2.1). Judgment call: a reader could read it as the 429\'s phrase in other words and give the default. Retry: none (no header, hint or wait). No code stated: the `code` attribute only restates the status.',
    response: {
      status: 429,
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<error code="429" description="Request limit reached (26/25)"/>',
    },
    expect: { kind: 'rate-limited', message: 'Request limit reached (26/25)' },
  },
  {
    id: 'prowlarr/newznab-grab-limit-429-code-in-200-xml',
    source: 'Prowlarr Newznab API',
    url: 'https://github.com/Prowlarr/Prowlarr/issues/1416',
    note: 'The issue (bakerboy448, 9 February 2023, quoting mmgoodnow in Prowlarr#1168) prints the exchange with Prowlarr\'s own Newznab download endpoint: "> GET /prowlarr/3/download?[REDACTED] HTTP/2", "< HTTP/2 200" and the XML body below (response headers elided in the issue as "... response headers ..."; none copied). Kind: a 200 whose error element carries `code="429"`: a numeric code of a 4xx beside a 2xx names it (rule 1, Twelve Data\'s `code: 429`), rate-limited. Judgment call: the code sits in an XML attribute. Message: "Grab limit reached (5)", kept (rule 2.1; judgment call as NZBFinder\'s). Retry: none. No code stated: the number only names the status it means.',
    response: {
      status: 200,
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<error code="429" description="Grab limit reached (5)" />',
    },
    expect: { kind: 'rate-limited', message: 'Grab limit reached (5)' },
  },

  // ───────────────────────────── Trackarr (Torznab) ─────────────────────────────
  {
    id: 'trackarr/torznab-incorrect-credentials-401',
    source: 'Trackarr Torznab API',
    url: 'https://github.com/florianjs/trackarr/issues/34',
    note: 'The issue (Dim145, 8 January 2026; "Browser (if applicable): curl") prints what `GET http://opentracker-app:3000/api/torznab?apikey=…` answered: the JSON error of Trackarr\'s Nuxt server, whose `statusCode` gives the status, 401 (no status line printed). The `apikey` value "xxxxxxx" is the reporter\'s redaction, copied as printed. No header shown. Kind: 401, unauthenticated (rule 1). Message: "Incorrect user credentials", a credential line (rule 2.1), over `statusMessage: "Server Error"` (generic) and `data`, the Newznab XML error sent as text (developer text, rule 2.3). No code stated (the XML\'s `code="100"` is inside text).',
    response: {
      status: 401,
      body: {
        error: true,
        url: 'http://opentracker-app:3000/api/torznab?apikey=xxxxxxx',
        statusCode: 401,
        statusMessage: 'Server Error',
        message: 'Incorrect user credentials',
        data: '<?xml version="1.0" encoding="UTF-8"?>\n<error code="100" description="Incorrect user credentials"/>',
      },
    },
    expect: { kind: 'unauthenticated', message: 'Incorrect user credentials' },
  },

  // ───────────────────────────── T411 tracker API ─────────────────────────────
  {
    id: 't411/invalid-token-200-json-as-text-html',
    source: 'T411 tracker API',
    url: 'Flexget/Flexget/flexget/tests/cassettes/test_t411.TestRestClient.test_error_message_handler@24a61258785d58db52a3faa6a430b2ceb7dc569b',
    note: 'FlexGet\'s VCR cassette of `GET https://api.t411.al/torrents/details/666666` with a bad token (recorded 26 January 2016): status 200 OK, `content-type: text/html; charset=windows-1252`, and a JSON body. Headers copied: cf-ray, content-type, date, server, t411-node and x-powered-by (connection, set-cookie and vary left out). Kind: a 200 whose `code` (202) names no error status and no kind, and whose `error` is words, not a code token (rule 2.1\'s shape of a code): unknown (rule 1; text never decides). Judgment call: a reader could read "Invalid token" as the credential code `invalid_token` spelled with a space (unauthenticated). Message: "Invalid token" names the credential that failed, kept (rule 2.1). Judgment call: the body is JSON though labelled text/html; it holds no markup, so rule 2.5 does not apply. Code: `code`, "202" (rule 6). logId: `cf-ray` (rule 5).',
    response: {
      status: 200,
      headers: {
        'cf-ray': '26af1080c8083bc3-CDG',
        'content-type': 'text/html; charset=windows-1252',
        date: 'Tue, 26 Jan 2016 20:45:57 GMT',
        server: 'cloudflare-nginx',
        't411-node': 'webus1',
        'x-powered-by': 'PHP/5.5.30-1+deb.sury.org~trusty+1',
      },
      body: { error: 'Invalid token', code: 202 },
    },
    expect: { kind: 'unknown', message: 'Invalid token', code: '202', logId: '26af1080c8083bc3-CDG' },
  },

  // ───────────────────────────── RARBG TorrentAPI ─────────────────────────────
  {
    id: 'rarbg-torrentapi/no-results-found-200',
    source: 'RARBG TorrentAPI',
    url: 'https://github.com/Jackett/Jackett/issues/13663',
    note: 'Jackett\'s debug trace pasted in the issue (garfield69, 23 October 2022): "WebClient(HttpWebClient2).GetResultAsync(Method: GET Url: https://torrentapi.org/pubapi_v2.php?token=…&mode=search&search_string=resident+alien+s01e08&…)", then "WebClient(HttpWebClient2): Returning OK => 59 bytes" and the body (59 bytes as printed), so the status is 200. No header shown. Kind: a 200 with `error_code: 20`, a vendor number that is no HTTP status, and a `rate_limit: 1` flag no rule names (Jackett itself reads it as a throttle and retries): unknown (rule 1). Judgment call: a reader could read `rate_limit: 1` as a throttle. Message: "No results found", a sentence for the person (rule 2.1). Code: `error_code`, "20" (rule 6).',
    response: { status: 200, body: { error: 'No results found', error_code: 20, rate_limit: 1 } },
    expect: { kind: 'unknown', message: 'No results found', code: '20' },
  },
] satisfies ConformanceCase[];
