import { DEFAULT, type ConformanceCase } from '../types';

// Forty-seventh unseen-API holdout, part A (6 January 2027): sports clubs, team and league management, youth and
// amateur sports, and athlete-performance platforms, from APIs that no other case file uses: TeamSnap (team and league
// management), Intervals.icu (training analysis for endurance athletes), iFit (connected-fitness training), Runkeeper's
// Health Graph (run tracking) and MPG, Mon Petit Gazon (a fantasy-football league game whose players manage a team in a
// league among friends, found on the way), collected to measure how the reader does at first sight on APIs it was never
// tuned on. Every body and header was copied from the public material named in `url` and `note`: TeamSnap's own Ruby
// SDK's recorded VCR cassettes (teamsnap/teamsnap_rb: recordings of TeamSnap's apiv3 service run on a TeamSnap
// developer's machine, `localhost:3000`, not of production; taken as the vendor's live service, a judgment call the
// notes name), a log file attached to a public GitHub issue that prints each iFit response after its status ("Server
// responded to request with error code 403 - Forbidden. … Response: {…}"), the Intervals.icu forum's API threads, where
// users paste the bodies they got with the status they got them with (the forum renders straight quotes as curly ones;
// they are written back as the JSON they were), a public issue of a client (axel3rd/mpg-coach-bot) whose exception
// prints "Unsupported status code: 403 Forbidden / Content: {…}", and Runkeeper's own "Error Messages" page of the
// Health Graph documentation, which prints each sample response with its status line and `Content-Type`. No header was
// added: only TeamSnap's cassettes and Runkeeper's page show any (Content-Length, Connection and the cassettes'
// request-side headers left out); where a status is taken from elsewhere than the capture, the note says so. Every
// `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Spond (an aiohttp `ContentTypeError: 403 … text/html` from api.spond.com/core/v1/login, the
// page itself not shown), Zwift (issues quote only axios's "Request failed with status code 403"), WHOOP (issues and
// the developer pages reached show no error body; a CLI's "fixture-backed" tests are its author's), Concept2's Logbook
// API (its documentation page was only ever shown from its beginning, before its errors section, and no capture was
// found), Smashrun (its documentation prints an OAuth `{"error":"invalid_client","error_description":"Could not
// authenticate with client_id and client_secret"}` without a status, and the vendor states none for it), TrainingPeaks
// (its PartnersAPI wiki pages reached print no error body), Wahoo's Cloud API (its page was only shown up to its
// rate-limit headers, no body), Runalyze (no error body), LeagueApps (a registration export sample, no error), assignr
// (its "Requests & Response Codes" page was cut at its 422 entry, before any body), Mindbody (schemas only, and the
// forty-sixth holdout found no named repository for its `DeniedAccess` body), MyFitnessPal's developer documentation
// kept in a public repository (its "Error Responses" page is placeholder Latin; its error-code appendix is a table),
// MapMyFitness (a gist of a 400's headers whose body was cut in every excerpt), Sportmonks (its error-codes page seen
// only as its status table), a second TeamSnap cassette of the bulk-load error (2016, the same body as the 2020 one
// taken) and the Intervals.icu 404 for `/fitness` and its 500 "Input byte array has incorrect ending byte" (shapes
// already taken from the same threads). Skipped as already in the corpus: Garmin Connect, Strava, Fitbit, Oura, Terra,
// Polar (the corpus's "Polar" is Polar.sh; Polar AccessLink was left out too, as its first word matches), FACEIT,
// Challonge, start.gg and Front9. Nothing was found for SportsEngine, Heja, TeamApp, ClubSpark, Playtomic, GameChanger,
// Hudl, Catapult, Stack Sports, Sportlomo, Pitchero, Exercise.com, Final Surge, COROS or Suunto (other than Azure API
// Management's own bodies, another product). No XML body, no non-English body and no 429 turned up within the cap; the
// part holds 14 cases from 5 sources, under the brief's aim of 25 from 8, because 59 of the 60 look-ups were spent and
// most vendors in this domain publish no error bodies at all (or none the search tools hold).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-06-a`, on 19c18cb, src/ unchanged: in the frozen copy /tmp/base47): 13/14 pass, 5 sources
// (kind 13/14, message 14/14, fields 14/14, retry 14/14, logId 3/3, code 2/2). Failing at first sight:
// mpg/mercato-not-good-status-403 (forbidden, from the 403: MPG's `notGoodStatus` not read as a code that says the
// resource is in the wrong state, which the thirty-fifth holdout's row reads as a conflict and which outranks a 403,
// rule 1; a judgment call the note names, no row of the kind table listing such a code). Every other case passed as
// written, including the judgment calls on TeamSnap's "You must include a team_id parameter" and "You must provide the
// member_id." (kept), its `X-Ratelimit-Reset` on a 400 (no retry time), iFit's `NotAuthorized` on a 403 at the token
// endpoint (forbidden, with the code), Intervals.icu's "Access denied" (kept) and its one-item array "Name is too long"
// (the message, no field), MPG's `goodTry` beside a numeric `code` (forbidden, no code stated) and Runkeeper's `reason:
// "Revoked"` (forbidden, the default). No expectation was changed after the run (one expectation, MPG's
// `notGoodStatus`, was changed from forbidden to conflict before the run, on a second reading of the thirty-fifth
// holdout's row; Prettier's quote style was applied before it).

// Scored in `cases/` the stop it was collected (6 December), at 13/14. Still missed: MPG's `notGoodStatus` on a 403
// (a resource in the wrong state, a conflict as `invalid-job-state` is, or a refusal as the status says; no rule names
// the words).

export default [
  // ───────────────────────────── TeamSnap ─────────────────────────────
  {
    id: 'teamsnap/bulk-load-missing-team-id-400',
    source: 'TeamSnap API',
    url: 'teamsnap/teamsnap_rb/spec/cassettes/teamsnap_rb/_bulk_load/can_handle_an_error_with_bulk_load_without_a_team_id.yml@03cd92eb73abe442a63bf84a32036e47f14c75af',
    note: 'TeamSnap\'s own Ruby SDK cassette (VCR 5.0.0, recorded 22 May 2020): `GET /bulk_load?types=team,member` without a `team_id`, answered `400 Bad Request` with a Collection+JSON body; the service is TeamSnap\'s apiv3 run at `localhost:3000` (a judgment call: the vendor\'s own service, not production). Headers as recorded, Content-Length left out. Kind: a 400 without field errors and without a code: bad-request (rule 1; the parameter is named only in text, which never decides). The body is one member (`collection`) holding an object, read as that object, whose `error.message` is the sentence (rules 2, 3). Message: "You must include a team_id parameter" tells the person what to add; kept, as the corpus keeps "You must provide an original or thumbnail property". Judgment call: a reader could hold that it names only which parameter is missing and give the default (rule 2.1, "Missing required parameter: templateId"). logId: `X-Request-Id` (rule 5). No code.',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/vnd.collection+json',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
        'X-Request-Id': 'b9c7216f-2a9b-4565-b9c9-7321cd7de404',
        'X-Runtime': '0.384816',
        Vary: 'Origin',
      },
      body: { collection: { error: { message: 'You must include a team_id parameter' } } },
    },
    expect: {
      kind: 'bad-request',
      message: 'You must include a team_id parameter',
      logId: 'b9c7216f-2a9b-4565-b9c9-7321cd7de404',
    },
  },
  {
    id: 'teamsnap/disable-member-missing-member-id-400-rate-headers',
    source: 'TeamSnap API',
    url: 'teamsnap/teamsnap_rb/spec/cassettes/teamsnap_rb/can_handle_errors_generated_by_command.yml@105d73494f05008a9bb06be3e6810c98c0270b8e',
    note: 'The same SDK\'s cassette (VCR 2.9.3, recorded 6 March 2015): `POST /members/disable_member` with an empty body, answered `400 Bad Request ` (sic) by TeamSnap\'s apiv3 on `localhost:3000` (WEBrick), with its rate-limit headers and a `Date`. Headers as recorded, Content-Length and Connection left out. Kind: a 400 without fields or code: bad-request (rule 1). Message: "You must provide the member_id." kept as above (judgment call: the default, if a line naming the missing parameter says no more than the status). Retry: none; `X-Ratelimit-Reset` is read only when the kind is rate-limited (rule 4.2), and `X-Ratelimit-Remaining` is 4897. logId: `X-Request-Id` (rule 5). No code.',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/vnd.collection+json',
        'X-Content-Type-Options': 'nosniff',
        'X-Ratelimit-Limit': '5000',
        'X-Ratelimit-Remaining': '4897',
        'X-Ratelimit-Reset': '1425673858',
        'Cache-Control': 'no-cache',
        'X-Request-Id': '73ea44ff-afa3-4dfd-a674-9e82d6c6825e',
        'X-Runtime': '0.020118',
        Server: 'WEBrick/1.3.1 (Ruby/2.1.5/2014-11-13)',
        Date: 'Fri, 06 Mar 2015 19:34:05 GMT',
      },
      body: { collection: { error: { message: 'You must provide the member_id.' } } },
    },
    expect: {
      kind: 'bad-request',
      message: 'You must provide the member_id',
      logId: '73ea44ff-afa3-4dfd-a674-9e82d6c6825e',
    },
  },
  {
    id: 'teamsnap/division-locations-search-500-sinatra-html',
    source: 'TeamSnap API',
    url: 'teamsnap/teamsnap_rb/spec/cassettes/teamsnap_rb/_server_error/Specifies_call_and_endpoint_that_was_unsuccessful.yml@3bbd6c2fe2eabc0874b44e8bdd8d600bd170c794',
    note: "The same SDK's cassette (recorded 5 April 2016): `GET /division_locations/search?division_id=0` answered `500 Internal Server Error` with Sinatra's development error page (`text/html`, 443,021 bytes) by TeamSnap's apiv3 on `localhost:3000`. Trimmed: the page's `<script>` and `<style>` between `</title>` and `</head>` are left out, and the page is cut after its summary `<h2>` (the file and line list, the backtrace and the request data follow); the YAML's folded lines are written back as the string they encode. Headers as recorded, Content-Length and Connection left out. Kind: 500, server (rule 1). Message: an HTML page gives none (rule 2.5), and its text is developer text besides (an exception class, a Ruby object, rule 2.3): the default. logId: `X-Request-Id` (rule 5). No code.",
    response: {
      status: 500,
      headers: {
        'Content-Type': 'text/html',
        'Cache-Control': 'no-cache',
        'X-Request-Id': 'ec86c825-f9ed-49aa-9e36-fbc1884d2d33',
        'X-Runtime': '0.170747',
        Server: 'thin',
      },
      body: '<!DOCTYPE html>\n<html>\n<head>\n  <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>\n  <title>NoMethodError at &#x2F;division_locations&#x2F;search</title>\n</head>\n<body>\n  <div id="wrap">\n    <div id="header">\n      <img src="/__sinatra__/500.png" alt="application error" height="161" width="313" />\n      <div id="summary">\n        <h1><strong>NoMethodError</strong> at <strong>&#x2F;division_locations&#x2F;search\n          </strong></h1>\n        <h2>undefined method `search_action&#x27; for #&lt;DivisionLocationCurator:0x007fa521813eb8&gt;</h2>\n',
    },
    expect: { kind: 'server', message: DEFAULT, logId: 'ec86c825-f9ed-49aa-9e36-fbc1884d2d33' },
  },

  // ───────────────────────────── iFit ─────────────────────────────
  {
    id: 'ifit/oauth-token-invalid-login-credentials-403',
    source: 'iFit API',
    url: 'https://github.com/user-attachments/files/15532077/BadResponse_03Jun2024.txt',
    note: 'A log attached to a public GitHub issue (the repository holding the issue is not named by the index) prints "[6/3/2024 5:44:05 AM] Server responded to request with error code 403 - Forbidden. Request Uri: https://api.ifit.com/oauth/token, Response: {…}". Status: the log\'s 403. No header shown. Kind: a 403 whose code `NotAuthorized` rewords the 401\'s reason phrase where the status says Forbidden: forbidden (rule 1, as Polygon\'s `NOT_AUTHORIZED` on a 403 and the corpus\'s restify `NotAuthorized` on a 403 are read). Judgment call: rule 1 also keeps Cognito\'s `NotAuthorizedException` ("Incorrect username or password") a credential code, and this is a sign-in refused at the token endpoint, so a reader could give unauthenticated. Message: "Invalid login credentials", a credential line kept as "Invalid credentials" is (rule 2). Code: `NotAuthorized` (rule 6). No logId.',
    response: { status: 403, body: { code: 'NotAuthorized', message: 'Invalid login credentials' } },
    expect: { kind: 'forbidden', message: 'Invalid login credentials', code: 'NotAuthorized' },
  },
  {
    id: 'ifit/workout-of-the-day-not-found-404',
    source: 'iFit API',
    url: 'https://github.com/user-attachments/files/15532077/BadResponse_03Jun2024.txt',
    note: 'The same log, "[6/3/2024 5:44:35 AM] Server responded to request with error code 404 - NotFound. Request Uri: https://api.ifit.com/v1/workout_of_the_day/cycle/405989, Response: {…}" (repeated several times with the same body). Status: the log\'s 404. No header shown. Kind: 404, not-found (and `ResourceNotFound` is a not-found code, rule 1). Message: `message`, a sentence naming what was not found (rule 2). Code: `ResourceNotFound` (rule 6). No logId.',
    response: {
      status: 404,
      body: { code: 'ResourceNotFound', message: 'No Workout of the Day matches the given parameters' },
    },
    expect: {
      kind: 'not-found',
      message: 'No Workout of the Day matches the given parameters',
      code: 'ResourceNotFound',
    },
  },

  // ───────────────────────────── Intervals.icu ─────────────────────────────
  {
    id: 'intervals-icu/api-access-denied-403',
    source: 'Intervals.icu API',
    url: 'https://forum.intervals.icu/t/solved-api-access-denied-403-after-upgrading-to-supporter/123106',
    note: 'A user\'s forum post, "Error: HTTP 403 {"status":403,"error":"Access denied"}" on `/api/v1/athlete/i256066/activities` (the same body is pasted with "Error 403 while accessing /athlete/i87631" and from the Swagger UI in the "API access to Intervals.icu" thread). The forum\'s curly quotes are written back as JSON\'s. No header shown. Kind: 403, forbidden (rule 1; that the key was wrong is the thread\'s diagnosis, not the response\'s). Message: "Access denied" says what was refused and is not the 403\'s reason phrase ("Forbidden"): kept, as the corpus keeps "Access denied." (rule 2.1). Judgment call: a reader could take two words that restate a 403 for a generic line. No code: `status` restates the status; no logId.',
    response: { status: 403, body: { status: 403, error: 'Access denied' } },
    expect: { kind: 'forbidden', message: 'Access denied' },
  },
  {
    id: 'intervals-icu/athlete-profile-path-not-found-404-spring',
    source: 'Intervals.icu API',
    url: 'https://forum.intervals.icu/t/api-access-to-intervals-icu/609?page=29',
    note: 'A user\'s post in the "API access to Intervals.icu" thread: "Error 404 while accessing /athlete-profile / Response: {"timestamp":"2025-05-26T14:42:42.070+00:00","status":404,"error":"Not Found","path":"/api/v1/athlete-profile"}" (Spring Boot\'s default error body: the endpoint does not exist). Curly quotes written back as JSON\'s. No header shown. Kind: 404, not-found. Message: "Not Found" is the bare reason phrase (rule 2.1): the default. Fields: none; `path` at the top of a body is the request\'s URL path (rule 3). No code (`error` restates the status), no logId.',
    response: {
      status: 404,
      body: {
        timestamp: '2025-05-26T14:42:42.070+00:00',
        status: 404,
        error: 'Not Found',
        path: '/api/v1/athlete-profile',
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'intervals-icu/workout-name-too-long-422-array',
    source: 'Intervals.icu API',
    url: 'https://forum.intervals.icu/t/api-access-to-intervals-icu/609?page=21',
    note: 'A developer\'s post: "I\'m trying to create a workout via API and I got an error `[{"status":422,"error":"Name is too long"}]`" (POST `/api/v1/athlete/i55661/workouts` with an 89-character name; the maintainer answers that workout names are limited to 80 characters). Status: the body\'s own `status` (422); the post shows no status line. No header shown. Kind: 422, validation (rule 1). A body that is a JSON array of error objects is read as an `errors` list (rule 3); its one item names no field (the name is in the text only, and rule 3 finds fields by structure), so it is form-level, and a lone form-level sentence is the message (rule 2.2). Message: "Name is too long" says what is wrong with the value, not only which input (kept). Judgment call: a reader could bind it to a field `name` from the text, or give the default as a short line. No code, no logId.',
    response: { status: 422, body: [{ status: 422, error: 'Name is too long' }] },
    expect: { kind: 'validation', message: 'Name is too long' },
  },
  {
    id: 'intervals-icu/activity-map-bounds-422',
    source: 'Intervals.icu API',
    url: 'https://forum.intervals.icu/t/api-access-to-intervals-icu/609?page=24',
    note: "A user's post: `http://intervals.icu/api/v1/activity/i47602392/map?boundsOnly=true&bounds=0` returns this body (pretty-printed in the post). Status: the body's own `status` (422). No header shown. Kind: 422, validation (rule 1). Message: `error`, a sentence saying what the parameter must hold (rule 2). Fields: none (no path member; `bounds` is named in text only, rule 3). No code, no logId.",
    response: { status: 422, body: { status: 422, error: 'Expected left, top, right, bottom for bounds' } },
    expect: { kind: 'validation', message: 'Expected left, top, right, bottom for bounds' },
  },
  {
    id: 'intervals-icu/activity-map-bounds-type-mismatch-500',
    source: 'Intervals.icu API',
    url: 'https://forum.intervals.icu/t/api-access-to-intervals-icu/609?page=24',
    note: "The same post: `…/map?boundsOnly=true&bounds=left` returns this body. Status: the body's own `status` (500). No header shown. Kind: 500, server (rule 1). Message: `error` is a Spring exception's qualified class name and its report, with a nested `java.lang.NumberFormatException` and Java's \"For input string\" (rule 2.3: developer text): the default. No code, no logId.",
    response: {
      status: 500,
      body: {
        status: 500,
        error:
          "org.springframework.web.method.annotation.MethodArgumentTypeMismatchException: Failed to convert value of type 'java.lang.String' to required type 'float[]'; nested exception is java.lang.NumberFormatException: For input string: \"left\"",
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── MPG (Mon Petit Gazon) ─────────────────────────────
  {
    id: 'mpg/update-coach-good-try-403',
    source: 'MPG (Mon Petit Gazon) API',
    url: 'https://github.com/axel3rd/mpg-coach-bot/issues/91',
    note: "A public issue of an MPG client: updating a team's line-up (`POST` to api.monpetitgazon.com, `MpgClient.updateCoach`) with an attackers/defenders switch fails with \"java.lang.UnsupportedOperationException: Unsupported status code: 403 Forbidden / Content: {…}\". Status: the client's 403. No header shown. Kind: 403; `goodTry` names no kind in rule 1's table: forbidden. `success: false` puts the error in `data`, and there is none (rule 1). Message: `goodTry` is a code (camel case, rule 2.1), not a sentence: the default. No code stated: `error` holds a code word and `code` a number (839), and which of the two is the vendor's code rule 6 leaves in doubt (the forty-fourth holdout's open question). No logId.",
    response: { status: 403, body: { success: false, error: 'goodTry', code: 839 } },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'mpg/mercato-not-good-status-403',
    source: 'MPG (Mon Petit Gazon) API',
    url: 'https://github.com/axel3rd/mpg-coach-bot/issues/97',
    note: "The same client's issue \"Crash with 'notGoodStatus' when Mercato is ending\": `GET` of a league's transfer window (`MpgClient.getMercato`) fails with \"Unsupported status code: 403 Forbidden / Content: {…}\" once the last round is over. Status: the client's 403. No header shown. Kind: `notGoodStatus` says the league is not in a state that allows the call, a resource in the wrong state, which the rules read as a conflict code (the thirty-fifth holdout's row: `invalid-job-state`), and a code outranks a 403 (rule 1): conflict. Judgment call: no row of rule 1's table lists such a code, and its words could be read as naming no kind, which leaves the 403's forbidden. Message: a code word (rule 2.1): the default. No code stated, as above (`error` beside a numeric `code`, 801). No logId.",
    response: { status: 403, body: { success: false, error: 'notGoodStatus', code: 801 } },
    expect: { kind: 'conflict', message: DEFAULT },
  },

  // ───────────────────────────── Runkeeper Health Graph ─────────────────────────────
  {
    id: 'runkeeper/user-revoked-keep-data-403',
    source: 'Runkeeper Health Graph API',
    url: 'http://developer.runkeeper.com/healthgraph/error-messages',
    note: 'Runkeeper\'s Health Graph "Error Messages" page, "User has Disconnected the Application, but Does Not Want to Delete Information": sample response `HTTP/1.1 403 Forbidden`, `Content-Type: application/vnd.com.runkeeper.ErrorMessage+json` (Content-Length `nnn` left out) and this body; `reason` is documented as one of "Revoked", "Insufficient permission". Kind: 403; "Revoked" names no kind in rule 1\'s table: forbidden. Judgment call: an authorization the user revoked could be read as a credential code (`invalid_token`, `expired_token`), giving unauthenticated. Message: "Revoked" is a lone word (rule 2.1): the default. No code stated: `reason` is no code member rule 6 names (only `ErrorInfo.reason` and a `reasons` list), though the page calls its values machine-readable. `delete_health` is a flag, no field error (rule 3). No logId.',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/vnd.com.runkeeper.ErrorMessage+json' },
      body: { reason: 'Revoked', delete_health: 'false' },
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'runkeeper/user-revoked-delete-data-403',
    source: 'Runkeeper Health Graph API',
    url: 'http://developer.runkeeper.com/healthgraph/error-messages',
    note: 'The same page, "User has Disconnected the Application, and Wants to Delete Information": `HTTP/1.1 403 Forbidden`, the same `Content-Type` and this body. (Its third sample, "Application Does Not Have Sufficient Permission", was cut before its body in every excerpt and is not taken.) Kind, message and code as the case above: forbidden, the default, none stated (judgment calls as there). No logId.',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/vnd.com.runkeeper.ErrorMessage+json' },
      body: { reason: 'Revoked', delete_health: 'true' },
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
] satisfies ConformanceCase[];
