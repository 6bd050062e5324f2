import { DEFAULT, type ConformanceCase } from '../types';

// Forty-second unseen-API holdout, part E (1 January 2027): consumer hobby APIs (food, recipes, nutrition, drinks,
// books and reading, film, TV, anime, manga, comics and game tracking and databases) that no other case file uses:
// MangaDex, TheTVDB (API v4), Kinopoisk API Unofficial (kinopoiskapiunofficial.tech), BookLore (a self-hosted book
// library), the Kobo Store API (as relayed by BookLore's Kobo sync endpoint) and AniMapper (an anime id-mapping API),
// collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was copied from the
// public material named in `url` and `note`: a response a MangaDex client saved to a file as its example of the API's
// error (its status the body's own), public issues that paste a captured response with its status (TheTVDB's two,
// Kinopoisk API Unofficial's 429 in a Jellyfin plugin's log, BookLore's 400 in an uploader's log, the Kobo store's 401
// through BookLore), and AniMapper's own rate-limit page, which prints a 429's status line and headers and no body.
// Where a status is not printed beside the body, the note says where it came from. No header was added: only
// AniMapper's page shows headers, and they are copied as printed. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Spoonacular (its 401 `{"status":"failure","code":401,"message":"You are not authorized.
// Please read https://spoonacular.com/food-api/docs#Authentication"}` and its 402 daily-points body were found only in
// code comments whose repository the index would not name, and in client tests that assert them member by member or
// stub a different shape), Kinopoisk.dev (api.kinopoisk.dev: a Java client's comment holds a captured 401 "В запросе не
// указан токен!" and a 400 whose `message` is a list of two Russian lines, but the index gave the file without its
// repository; its OpenAPI types give only member examples), TheTVDB's 404 `NotFoundException: not found`
// (thetvdb/v4-api#291 prints the body without a status) and its `InvalidAPIKey: apikey invalid` 401 (quoted only inside
// a client's exception text, or in notes whose repository could not be named), Kinopoisk API Unofficial's 402 quota
// line (lugovskovp/Kinopoisk3.bundle #29 prints only the `"message": …` member, without its object), Comic Vine and
// Giant Bomb (the `status_code: 100` "Invalid API Key" body on a 401 appears only in a Go client's table test, a test
// author's string, whose repository the index would not name), Open Brewery DB (its "Couldn't find Brewery" 404 is
// asserted member by member in testers' suites or stubbed in mocks, never shown whole), Punk API (a Ruby client's
// stubbed 404 and a schema site's member examples only), TVmaze (issues show only clients' log lines, no body),
// trace.moe (a client's formatted "ResponseError (Code 500 - …)", not the body), MangaDex's validation and captcha
// errors (the crates' docs describe them, no body printed), Komga, Tandoor, Simkl, Shikimori, MangaUpdates and
// Watchmode (no error body with a status found within the cap). Sources already in the corpus were skipped
// (BoardGameGeek, Nutritionix, USDA FoodData Central, MyAnimeList, IGDB, RAWG, Trakt, TMDB, OMDb, Open Library, Google
// Books, Edamam, Kitsu, AniList, Jikan, Bangumi, Hardcover, Open Food Facts, Kavita, Audiobookshelf, Untappd, Mealie,
// Grocy; TheMealDB, TheCocktailDB, Goodreads, FatSecret and ISBNdb were looked for by earlier parts and not found
// either). The part holds 7 cases from 6 sources, far under the brief's aim of 25, because most of the 53 look-ups
// found bodies without a status, without a nameable repository, or written by a test author; no XML body turned up, and
// the one non-English page (AniMapper's, in Vietnamese) shows no body.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-01-e`, on 595aa7c, src/ unchanged: in the frozen copy /tmp/base42): 6/7 pass, 6 sources (kind
// 7/7, message 6/7, fields 7/7, retry 7/7, logId 1/1, code 2/2). Failing at first sight: thetvdb/login-pin-required-400
// (the message "InvalidValueType: pin required" kept whole: the exception type before the colon not dropped as
// developer text, rule 2.3, and what is left, "pin required", names only the missing input, generic under rule 2.1; a
// judgment call the note names). Every other case passed as written, including the judgment calls on MangaDex's router
// line "No route found for …" (kept), its `title` as the code and its lone error's `id` as the support id, BookLore's
// "Invalid library path" (kept), the Kobo store's "Missing authentication token" and its `ErrorCode`, and AniMapper's
// headers-only 429 (Retry-After over the reset header). No expectation was changed after the run.

// Scored in `cases/` the stop it was collected (6 December), at 6/7. Still missed: TheTVDB's "InvalidValueType: pin
// required", a type name before a line naming only the missing input (read both ways in the corpus).

export default [
  // ───────────────────────────── MangaDex ─────────────────────────────
  {
    id: 'mangadex/no-route-found-404',
    source: 'MangaDex API',
    url: '0Mayank/Mangakekw/example_responses/error/1.txt@003a3bf78c35ca2e2c9be625a5eab6f7048af73d',
    note: 'A MangaDex client keeps this file as its example of the API\'s error response (its test `error_json` reads it and asserts each member); the body is the MangaDex error envelope `{ result: "error", errors: [{ id, status, title, detail, context }] }` for a GET of an author id that is not a UUID. Status: the lone item\'s own `status` (404); the file holds the body only. No header shown. Kind: 404, not-found. Message: the lone item speaks for the envelope (rule 2.2), and its `detail` is the occurrence\'s text over the `title` (rule 2.2); "No route found for "GET /author/…"" is read as a sentence (the corpus keeps "No route found on this path"). Judgment call: it is Symfony\'s router text naming the method and path, which a reader could call developer text (rule 2.3) and give the default. Code: the `title` holds a code alone (`not_found_http_exception`, "the error code" in MangaDex\'s docs; rule 6: a code alone in a message\'s member). logId: the lone error\'s `id`, a UUID per occurrence, read as JSON:API\'s `id` of a lone error (rule 5); judgment call, MangaDex does not call its envelope JSON:API.',
    response: {
      status: 404,
      body: {
        result: 'error',
        errors: [
          {
            id: '524eb5f9-8408-5783-b4fc-5b176572e923',
            status: 404,
            title: 'not_found_http_exception',
            detail: 'No route found for "GET /author/dbf8af05-71as73-49f3-bf60-f4ea3f586486"',
            context: null,
          },
        ],
      },
    },
    expect: {
      kind: 'not-found',
      message: 'No route found for',
      logId: '524eb5f9-8408-5783-b4fc-5b176572e923',
      code: 'not_found_http_exception',
    },
  },

  // ───────────────────────────── TheTVDB (API v4) ─────────────────────────────
  {
    id: 'thetvdb/login-pin-required-400',
    source: 'TheTVDB API',
    url: 'https://github.com/thetvdb/v4-api/issues/303',
    note: 'A user pasted this body with "still 400 response while try /login" (POST https://api4.thetvdb.com/v4/login with a v4 key and no PIN). No header shown. Kind: a 400 without field errors and without a code member: bad-request (rule 1; `status: "failure"` is a result flag, and text never decides). Message: "InvalidValueType: " is an exception type named before the text (rule 2.3, as `TypeError:` prefixes), and what is left, "pin required", names only which input is missing, generic under rule 2.1 ("Missing required parameter: templateId"): the default. Judgment calls: a reader could keep "pin required" as the sentence, or read `InvalidValueType` as a code that says an input\'s value is invalid (validation); no rule reads a code out of a message\'s prefix. No code stated.',
    response: {
      status: 400,
      body: { status: 'failure', message: 'InvalidValueType: pin required', data: null },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'thetvdb/unauthorized-401',
    source: 'TheTVDB API',
    url: 'https://github.com/mynttt/UpdateTool/issues/105',
    note: 'The tool\'s log: "TVDB v4 authorization failed with code 401 and status failure … This is the received response: … Payload:{…}" (login to the v4 API). No header shown. Kind: 401, unauthenticated. Message: "Unauthorized" is the bare reason phrase (rule 2.1): the default. No code (`status: "failure"` is a result flag).',
    response: { status: 401, body: { status: 'failure', message: 'Unauthorized', data: null } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Kinopoisk API Unofficial ─────────────────────────────
  {
    id: 'kinopoisk-api-unofficial/rate-limit-exceeded-429',
    source: 'Kinopoisk API Unofficial',
    url: 'https://github.com/LinFor/jellyfin-plugin-kinopoisk/issues/35',
    note: 'The Jellyfin plugin\'s log: "Received non-success result status code 429 from Kinopoisk API, response content is: {"message":"Rate limit exceeded"}", and again "Status: 429 Response: {…}" (kinopoiskapiunofficial.tech, the staff endpoint). No header shown. The Russian line beside it ("Слишком много запросов. Лимит 10 запросов в секунду") is the client\'s own exception text, not the body. Kind: 429, rate-limited. Message: "Rate limit exceeded" is a short sentence, not the reason phrase (the corpus keeps it). Retry: none (no header, no wait in the body). No code.',
    response: { status: 429, body: { message: 'Rate limit exceeded' } },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded' },
  },

  // ───────────────────────────── BookLore ─────────────────────────────
  {
    id: 'booklore/invalid-library-path-400',
    source: 'BookLore',
    url: 'https://github.com/OrwellianEpilogue/ephemera/issues/12',
    note: 'An uploader\'s log: "[Booklore Uploader] Upload failed with status 400: {…}" (a book upload to BookLore with a library id and path id). No header shown. Kind: a 400 without field errors and without a code: bad-request (rule 1; the body\'s `status` restates the status). Message: "Invalid library path" says which choice was wrong, kept as a sentence (as the corpus keeps Argyle\'s "Invalid environment."). Judgment call: a reader could call it a line that names only what is invalid (rule 2.1, "Invalid parameter \'x\'") and give the default. `timestamp` is no id. No code, no logId.',
    response: {
      status: 400,
      body: { status: 400, message: 'Invalid library path', timestamp: '2025-11-12T14:52:36.372271141' },
    },
    expect: { kind: 'bad-request', message: 'Invalid library path' },
  },

  // ───────────────────────────── Kobo Store API (through BookLore) ─────────────────────────────
  {
    id: 'kobo-store/unauthorized-request-missing-token-401',
    source: 'Kobo Store API',
    url: 'https://github.com/booklore-app/booklore/issues/1256',
    note: 'A user opened BookLore\'s Kobo sync URL (http://LOCAL_IP:6060/api/kobo/<token>) and pasted "the response when opening the url"; BookLore proxies such requests to storeapi.kobo.com, and the body is ServiceStack\'s `ResponseStatus` shape, which the Kobo store sends and BookLore (Spring) does not write. Status: the logs pasted with it for the same request via local IP, "Kobo proxy response status: 401" (and the issue\'s title); it is not printed beside the body. No header shown. Kind: 401, unauthenticated (a code never turns a 401 into anything else, rule 1). Message: a body of one member holding an object is that object (rule 3), and its `Message` holds "Unauthorized Request. Missing authentication token.": the second sentence says what was missing and is kept. Judgment call: a reader could read the whole line as a reason phrase and a line that names only what is missing, and give the default. Code: `ErrorCode` (rule 6: PascalCase `errorCode`), `UnauthorizedAccessException` as sent; judgment call, it is .NET\'s exception class name, which ServiceStack uses as its error code.',
    response: {
      status: 401,
      body: {
        ResponseStatus: {
          ErrorCode: 'UnauthorizedAccessException',
          Message: 'Unauthorized Request. Missing authentication token.',
        },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Missing authentication token',
      code: 'UnauthorizedAccessException',
    },
  },

  // ───────────────────────────── AniMapper ─────────────────────────────
  {
    id: 'animapper/rate-limited-429-headers-only',
    source: 'AniMapper API',
    url: 'https://animapper.net/docs/introduction/rate-limiting',
    note: 'AniMapper\'s "Rate Limiting" page (in Vietnamese: 60 requests a minute) prints this response as its example ("Ví dụ"): the status line `HTTP/1.1 429 Too Many Requests` and four headers, with no body. Headers copied as printed; no `Date` is shown, so the wait is counted from 2026-11-22T12:00:00Z. Kind: 429, rate-limited. Message: no body, the default. Retry: `Retry-After: 30` decides first (rule 4.1), over `X-RateLimit-Reset: 60` (rule 4.2). No code, no logId.',
    response: {
      status: 429,
      headers: {
        'Retry-After': '30',
        'X-RateLimit-Limit': '60',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': '60',
      },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, retry: 30 },
  },
] satisfies ConformanceCase[];
