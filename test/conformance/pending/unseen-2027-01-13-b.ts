import { DEFAULT, type ConformanceCase } from '../types';

// Fifty-fourth unseen-API holdout, part B (13 January 2027): podcast and audio hosting, publishing and directory APIs
// that no other case file uses: Spreaker, Castopod (self-hosted podcast hosting, its REST API), Podlove Radiator
// (Podlove's podcast publishing server), Buzzsprout, fyyd (the German podcast directory and curation API) and Open
// Podcast (podcast analytics), collected to measure how the reader does at first sight on APIs it was never tuned on.
// Every body was copied from the public material named in `url` and `note`: Spreaker's developer guide ("Request and
// Response Format", its error example), Castopod's own feature tests (CodeIgniter's `assertJSONExact`, with the status
// and the Content-Type they assert), Radiator's ExUnit controller tests (a string pattern matched whole against
// `json_response(conn, 401)`, and two `%{"error" => …}` patterns on 400s, which name every member they match: the notes
// say the body could in principle hold more), a public issue on Buzzsprout's API repository where a Buzzsprout
// developer's `curl` printed the body (its status stated in another issue about the same error), fyyd's API
// documentation (its README's "Error Handling" examples, each carrying its own `http_code`) and two ExVCR cassettes an
// Elixir fyyd client recorded from the live service, and a public issue of Open Podcast's connector pipelines that logs
// its API's status and reply. Where a status is not printed beside the body, the note says where it came from (the
// body's own `code` or `http_code`, another capture of the same error). No header was added: the ones copied are those
// a cassette recorded or a test asserts (Content-Length left out). Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Listen Notes (its SDKs' error classes and status tables, no body; its SDK tests call a mock
// server and assert statuses only), Podbean (OAuth error types in clients' TypeScript declarations, not bodies),
// Podchaser and Taddy (GraphQL APIs; no captured error with a status where the tools reach), Transistor, Simplecast,
// Megaphone, Captivate, Castos, Podigee, RSS.com, Acast and Audioboom (no error body beside a status in the stored
// pages, issues or code; API Evangelist's generated specs for Buzzsprout and Megaphone are a third party's, not the
// vendors'), Buzzsprout's 422 (issue #51 states the status, never the body) and its transcript 500 (issue #43: a
// Make.com line, no body), the Podcast Index API (already a source), AutoPod (already a source), Podwise (a table of
// messages, no bodies), PodRead and Inlet (their stored pages stop before any error example), Funkwhale's channel
// (podcast) tests on a GitHub mirror (they assert statuses only), Radiator's other controller tests (statuses or
// `%{"errors" => %{"title" => _}}` patterns that hide the value), Castopod's other versions of its API tests (not
// reachable by commit), Open Podcast's own API tests (`toContain('Not authorized')`, not the whole body), Apple
// Podcasts Connect's 401 in the same pipelines tracker (the stored excerpt stops at the headers, before the body), a
// Podimo GraphQL error (printed by the `gql` client without a status), TS3AudioBot's
// `{"ErrorCode":2,"ErrorName":"Unauthorized","ErrorMessage":""}` (no status shown), the Kirby Podcaster plugin's 401
// (Kirby's own error body: the Kirby REST API is already a source), fyyd's README 401 "not authorized!" (kept out to
// stay at five fyyd cases; the cassette's live 401 has the same shape), and Spreaker's legacy v1 overview (the same
// body as v2, printed as a JavaScript literal). No XML body, no HTML page with content, no 5xx, no rate-limit headers,
// no field errors and no non-English message turned up in this domain: the part holds 13 cases from 6 sources, under
// the brief's aim of 25 from 8, after all 55 look-ups allowed (most vendors here print status tables, not bodies, and
// earlier holdouts had already searched the same vendors without finding any).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-13-b`, on 4853c07, src/ unchanged: in the frozen copy /tmp/base54): 10/13 pass, 6 sources
// (kind 12/13, message 11/13, fields 13/13, retry 13/13, logId 0/0, code 0/0). Failing at first sight:
// podlove-radiator/api-outline-invalid-token-params-400 (validation, expected bad-request: the lone word `params` in
// `error` read as a code naming a parameter, as rule 1 reads HAFAS's `API_PARAM`, where the case read it as a word and
// stated no code, rule 6 leaving a lone lowercase `error` in doubt; a judgment call the note names);
// fyyd/no-nick-or-user-id-provided-400 (kept "No nick or user id provided", a line naming only which inputs are
// missing, which rule 2.1 reads as generic, as it reads "Missing 'name' parameter"; a judgment call the note names);
// open-podcast/connector-store-failed-400-text (kept "Something's wrong. We're looking into it.", a line that only says
// something failed, generic under rule 2.1 as "Something went wrong" is; a judgment call the note names). Every other
// case passed as written, including the judgment calls on Spreaker's "The provided API uri is unknown", Buzzsprout's
// "Bad credentials" and fyyd's "invalid or unknown token" (kept), Radiator's JSON string "Unauthorized" and "missing
// params" (the default), fyyd's `errors` object read as the error, not a map of fields, and its "user not found" on a
// 400 (bad-request, the line kept). No expectation was changed after the run.

// Waits in `pending/`: 11/13 now (Open Podcast's "Something's wrong. We're looking into it." says no more since). Its
// misses: Radiator's `error: "params"` (read as a parameter's code) and fyyd's "no nick or user id provided" (a line
// naming only which input is missing, read both ways in the corpus).

export default [
  // ───────────────────────────── Spreaker ─────────────────────────────
  {
    id: 'spreaker/provided-api-uri-unknown-404',
    source: 'Spreaker API',
    url: 'https://developers.spreaker.com/guides/overview/',
    note: 'Spreaker\'s developer guide, "Request and Response Format", "Example: Error Response" ("If there are any errors, you will receive the most appropriate 4xx or 5xx HTTP status code and the response will include an error object containing one or more error messages"). Status: the error object\'s own `code` (404; the legacy v1 overview defines it as "the response status code"). No header shown. Kind: 404, not-found. Message: a body of one member holding an object is that object (rule 3: `response`), and the lone line in its `messages` list is the error\'s sentence (rule 2.2). No code stated: the numeric `code` only restates the status (rule 6). Judgment call: "API uri" is a developer\'s word; a reader could call the line developer text and give the default, but no rule 2.3 names it.',
    response: {
      status: 404,
      body: { response: { error: { messages: ['The provided API uri is unknown'], code: 404 } } },
    },
    expect: { kind: 'not-found', message: 'The provided API uri is unknown' },
  },

  // ───────────────────────────── Castopod ─────────────────────────────
  {
    id: 'castopod/rest-v1-episode-not-found-404',
    source: 'Castopod REST API',
    url: 'ad-aures/castopod/tests/modules/Api/Rest/V1/EpisodeTest.php@d4a36f811ba0ed2508d96fee4230a32530bc894e',
    note: "Castopod's feature test `testViewNotFound` (GET `episodes/2` on its REST API v1): `assertStatus(404)`, `assertJSONExact` with this body (CodeIgniter 4's API response shape) and `assertHeader('Content-Type', 'application/json; charset=UTF-8')`; the header is copied because the test asserts it. Kind: 404, not-found. Message: `messages: { error: \"…\" }` is the error's own sentence (rule 3); \"Episode not found\" names the thing not found, more than the bare reason phrase (rule 2.1, as \"Resource not found\" is kept). No code: `error: 404` and `status: 404` only restate the status (rule 6).",
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
      body: { status: 404, error: 404, messages: { error: 'Episode not found' } },
    },
    expect: { kind: 'not-found', message: 'Episode not found' },
  },
  {
    id: 'castopod/rest-v1-podcast-not-found-404',
    source: 'Castopod REST API',
    url: 'ad-aures/castopod/tests/modules/Api/Rest/V1/PodcastTest.php@94cea0ce91e0c3e37d1cf1938e8b4a254a818213',
    note: 'The same suite\'s `PodcastTest::testViewNotFound` (GET `podcasts/2`): `assertStatus(404)`, `assertJSONExact` with this body and the asserted Content-Type. The same shape as the episode case, for another resource. Kind: 404, not-found. Message: "Podcast not found" (rule 3\'s `messages: { error }`; rule 2.1 keeps a line naming what was not found). No code (the numeric members restate the status).',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
      body: { status: 404, error: 404, messages: { error: 'Podcast not found' } },
    },
    expect: { kind: 'not-found', message: 'Podcast not found' },
  },

  // ───────────────────────────── Podlove Radiator ─────────────────────────────
  {
    id: 'podlove-radiator/api-episode-no-user-json-string-401',
    source: 'Podlove Radiator',
    url: 'podlove/radiator/test/radiator_web/controllers/api/episode_controller_test.exs@220ce1f8bc6f98a527707ef63faa9266eac2f8a2',
    note: 'Radiator\'s REST API test "renders errors no user is present" (POST the episodes endpoint without an Authorization header): `assert "Unauthorized" = json_response(conn, 401)`, a string pattern that matches the decoded JSON body whole, so the body is the JSON string `"Unauthorized"` (copied as that JSON text). `json_response` also checks a JSON content type, but no header value is shown, so none is copied. Kind: 401, unauthenticated. Message: the 401\'s bare reason phrase (rule 2.1): the default. No code (a reason phrase, not a code member).',
    response: { status: 401, body: '"Unauthorized"' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'podlove-radiator/api-outline-missing-params-400',
    source: 'Podlove Radiator',
    url: 'podlove/radiator/test/radiator_web/controllers/api/outline_controller_test.exs@393c169014609c439857175c90b759e2144414ae',
    note: 'Radiator\'s newer outline API test "can\'t create node when content is missing" (POST `/api/v1/outline` with no body): `assert %{"error" => "missing params"} = json_response(conn, 400)`. A map pattern matches a body that may hold more members; the test names only `error`, so the body is copied as the pattern shows it (judgment call: a reader could drop a body the test matches only in part). No header shown. Kind: a 400 without field errors and without a code (rule 1): bad-request. Message: "missing params" says only that parameters are missing, generic under rule 2.1 (as "Parameter is missing" and "Missing/invalid parameters" are): the default; a reader could keep it as the only line. No code: `error` holds words with a space, not a code.',
    response: { status: 400, body: { error: 'missing params' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'podlove-radiator/api-outline-invalid-token-params-400',
    source: 'Podlove Radiator',
    url: 'podlove/radiator/test/radiator_web/controllers/api/outline_controller_test.exs@393c169014609c439857175c90b759e2144414ae',
    note: 'The same test file, "can\'t create node when token is wrong" (POST `/api/v1/outline` with `token: "invalid"` in the body): `assert %{"error" => "params"} = json_response(conn, 400)`; copied as the pattern shows it (see the case above). No header shown. Kind: a 400 without fields; the request\'s token was wrong, but no credential code says so (`params` names none) and text never decides (rule 1): bad-request. Judgment call: a reader could take the wrong token for unauthenticated. Message: a lone word (rule 2.1): the default. No code stated: a lone lowercase word in `error` could be read as a code (OAuth keeps its code there, rule 6) or as a word; rule 6 leaves it in doubt.',
    response: { status: 400, body: { error: 'params' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Buzzsprout ─────────────────────────────
  {
    id: 'buzzsprout/bad-credentials-401-text',
    source: 'Buzzsprout API',
    url: 'https://github.com/buzzsprout/buzzsprout-api/issues/11',
    note: 'A Buzzsprout developer (johnloringpollard) ran the reporter\'s `curl` against `https://buzzsprout.com/api/XXXXXXX/episodes.json?api_token=…` and pasted its output: "Bad credentials" followed on the same line by curl\'s own "curl: (3) URL using bad/illegal format…", so the body is those two words without a newline. Status: not printed there; buzzsprout/buzzsprout-api#32 reports the same answer to a bad token as "a 401 error with bad credentials". No header shown. Kind: 401, unauthenticated. Message: a plain-text sentence on a 4xx is the message (rule 2.6); "Bad credentials" says what was wrong with the sign-in, kept as the corpus keeps athenaPractice\'s and Overkiz\'s "Bad credentials". Judgment call: a reader could call two words a category line (rule 2.1) and give the default.',
    response: { status: 401, body: 'Bad credentials' },
    expect: { kind: 'unauthenticated', message: 'Bad credentials' },
  },

  // ───────────────────────────── fyyd ─────────────────────────────
  {
    id: 'fyyd/account-info-invalid-token-401-cassette',
    source: 'fyyd API',
    url: 'optikfluffel/fyyd_ex/fixture/vcr_cassettes/api_authorized_invalid.json@37e36f59b78fb29569d6a8978f365b416f9c1072',
    note: 'An ExVCR cassette the Elixir client fyyd_ex recorded from `GET https://api.fyyd.de/0.2/account/info` with a bad token: `status_code: 401` and these headers (Content-Length left out); the body text is recorded as pretty-printed JSON with `\\/` escapes, copied here as the object it decodes to. Kind: 401, unauthenticated. Message: `errors` is the error object here, not a map of fields (its members are a code, a message and numbers: rule 3\'s envelope members), and its `message` is the sentence; "invalid or unknown token" says what was wrong with the credential, kept as the corpus keeps "Invalid token" (judgment call: a reader could read it as naming only what is invalid, rule 2.1, and give the default). `http_message` ("HTTP 401 (GET …)") is the status restated with the request line. No fields. No code: `code: 0` (zero is no code, rule 6) and `http_code` restates the status. No support id.',
    response: {
      status: 401,
      headers: {
        Date: 'Mon, 12 Feb 2018 13:15:15 GMT',
        Server: 'Apache/2.4.10 (Debian)',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        'X-Powered-By': 'Fat-Free Framework',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-XSS-Protection': '1; mode=block',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'max-age=-1',
        Expires: 'Mon, 12 Feb 2018 13:15:14 +0000',
        'Last-Modified': 'Mon, 12 Feb 2018 13:15:15 +0000',
        Vary: 'User-Agent',
        'Content-Type': 'application/json; charset=UTF-8',
      },
      body: {
        errors: {
          code: 0,
          message: 'invalid or unknown token',
          http_code: 401,
          http_message: 'HTTP 401 (GET /0.2/account/info)',
        },
        meta: { API_INFO: { API_VERSION: 0.2 } },
      },
    },
    expect: { kind: 'unauthenticated', message: 'invalid or unknown token' },
  },
  {
    id: 'fyyd/unknown-path-404-empty-body-cassette',
    source: 'fyyd API',
    url: 'optikfluffel/fyyd_ex/fixture/vcr_cassettes/api_non_existing.json@ad38cc433dd841bbe26525b5c526673a997ed27d',
    note: "The same client's cassette for `GET https://api.fyyd.de/0.2/nothing/to/be/found/here`: `status_code: 404`, an empty body (fyyd's README: \"in case it's not a 404, a more or less helpful msg along inside a JSON object\") and these headers (Content-Length: 0 left out). Kind: 404, not-found. Message: no body, the default.",
    response: {
      status: 404,
      headers: {
        Date: 'Fri, 08 Feb 2019 20:54:55 GMT',
        Server: 'Apache/2.4.25 (Debian)',
        'X-Powered-By': 'Fat-Free Framework',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-XSS-Protection': '1; mode=block',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'max-age=-1',
        Expires: 'Fri, 08 Feb 2019 20:54:54 +0000',
        'Last-Modified': 'Fri, 08 Feb 2019 20:54:55 +0000',
        Vary: 'Accept-Encoding,User-Agent',
        'Content-Type': 'text/html; charset=UTF-8',
      },
      body: '',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'fyyd/personal-feed-cannot-be-deleted-403',
    source: 'fyyd API',
    url: 'eazyliving/fyyd-api/README.md@0951eb6976b4c2b25e16f4b697667e4981d620fc',
    note: 'fyyd\'s API documentation (the README of its author\'s fyyd-api repository), "Error Handling", "Doing smth really forbidden". Status: the error object\'s own `http_code` (403; the README: "the API repsonses with an appropriate HTTP status code"). No header shown. Kind: 403, forbidden. Message: `errors.message`, a sentence saying what was refused (rule 2; `errors` is the error object, rule 3). No code (`code: 0` is none, rule 6).',
    response: {
      status: 403,
      body: {
        errors: {
          code: 0,
          message: 'this is a personal feed and cannot be deleted',
          http_code: 403,
          http_message: 'HTTP 403 (POST /0.2/curation/delete)',
        },
        meta: { API_INFO: { API_VERSION: 0.2 } },
      },
    },
    expect: { kind: 'forbidden', message: 'this is a personal feed and cannot be deleted' },
  },
  {
    id: 'fyyd/no-nick-or-user-id-provided-400',
    source: 'fyyd API',
    url: 'eazyliving/fyyd-api/README.md@0951eb6976b4c2b25e16f4b697667e4981d620fc',
    note: 'The same README, "Missing parameter" (`http_message` printed with `\\/` escapes, copied as it decodes). Status: the body\'s `http_code` (400). No header shown. Kind: a 400 without field errors and without a code (`code: 0`): bad-request (rule 1). Message: "no nick or user id provided" names only which inputs are missing, generic under rule 2.1 (as "Missing \'name\' parameter" and "Missing required parameter: templateId" are): the default. Judgment call: a reader could keep it as a sentence. No fields: the parameters are named only in text.',
    response: {
      status: 400,
      body: {
        errors: {
          code: 0,
          message: 'no nick or user id provided',
          http_code: 400,
          http_message: 'HTTP 400 (GET /0.2/user/curations)',
        },
        meta: { API_INFO: { API_VERSION: 0.2 } },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'fyyd/user-not-found-400',
    source: 'fyyd API',
    url: 'eazyliving/fyyd-api/README.md@0951eb6976b4c2b25e16f4b697667e4981d620fc',
    note: 'The same README, "Unknown resource": fyyd answers an unknown user with a 400 (the body\'s `http_code`). No header shown. Kind: a 400 without a code (`code: 0`) and without a body status naming 404: bad-request; the text says not found, but text never decides the kind (rule 1). Judgment call: a reader could let "not found" make it not-found. Message: "user not found" names what was not found, kept (rule 2.1 keeps "Resource not found").',
    response: {
      status: 400,
      body: {
        errors: {
          code: 0,
          message: 'user not found',
          http_code: 400,
          http_message: 'HTTP 400 (GET /0.2/user/curations)',
        },
        meta: { API_INFO: { API_VERSION: 0.2 } },
      },
    },
    expect: { kind: 'bad-request', message: 'user not found' },
  },

  // ───────────────────────────── Open Podcast ─────────────────────────────
  {
    id: 'open-podcast/connector-store-failed-400-text',
    source: 'Open Podcast API',
    url: 'https://github.com/openpodcast/pipelines/issues/82',
    note: 'Open Podcast\'s pipelines log, pasted in the issue: "Failed to store `episodesPage` … with status code 400 and response Something\'s wrong. We\'re looking into it." (the same for `podcastEpisode`), the connector printing its API\'s status and reply text; the maintainer\'s server log that follows ("Status 400: data/data/0/publishOnUnixTimestamp must be number …") is the server\'s own log, not the response, and is not copied. No header shown. Kind: a plain-text 400 without a code: bad-request. Message: "Something\'s wrong. We\'re looking into it." says only that something failed, generic under rule 2.1 (as "Something went wrong" is): the default. Judgment call: a reader could keep it as the one sentence of a text body (rule 2.6).',
    response: { status: 400, body: "Something's wrong. We're looking into it." },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
