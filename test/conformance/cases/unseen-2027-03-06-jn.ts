import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-sixth unseen-API holdout, part JN (6 March 2027): creator-economy, podcast-hosting, newsletter, music
// and audio APIs. The brief's domain was creator-economy, podcast-hosting, newsletter, music and audio-distribution
// APIs; within the cap of 35 look-ups only two vendors printed a whole error body with its status: Amazon Music (the
// Amazon Music Web API, a music-streaming catalogue and library API, its V1 and V2 error pages) and Hume (its Audio
// Decisions and Expression Measurement APIs, which evaluate audio recordings: audio APIs at the edge of the domain,
// taken as a judgment call because nothing nearer turned up). Every body was copied from the vendors' own error
// pages as the docs corpus stores them (developer.amazon.com/docs/music/API_web_errors.html and
// API_web_errors_v2.html; dev.hume.ai/audio-decisions/docs/errors and dev.hume.ai/expression-measurement/docs/errors);
// each status is the one the page prints beside the body or ties to its code. No header is printed on those pages, so
// none is given. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Beehiiv, Buttondown, Listen Notes, Transistor, Podbean, Audius, Ko-fi, Buy Me a Coffee,
// Kajabi, Epidemic Sound, Songkick, Podchaser, Audiomack, Jamendo, Blubrry and the pod.place resolver. Nothing citable
// with a whole body and its status: Buttondown's docs print only `{}` for a 400 and a placeholder `ErrorMessage`
// fixture ("Your call is very important to us."), not a response; Listen Notes' SDK repositories hold no error body;
// AudiusProject/api holds no Go test the index stores; issue searches for Beehiiv, Buttondown, Audius, Ko-fi and Buy
// Me a Coffee found no pasted body; Podbean, Kajabi, Epidemic Sound, Songkick, Podchaser, Audiomack and Transistor
// searches found SDK docs and catalogue pages without bodies; Jamendo's response-codes page prints its `headers`
// envelope without an HTTP status; Blubrry's record names a 401 without a body; pod.place's resolver shows only the
// code that builds its errors. An AudD body pasted in a client's comment (`status: "error"`, `error_code: 901`) was
// dropped: no status is printed and none is tied to it. The rows of Amazon Music V2's code table (code, status and an
// example message each) were not made into bodies: the page prints one whole body, and the rest would be assembled.
// Skipped as already sources: Lemon Squeezy, Paddle, Spreaker, Podcast Index, Mixcloud, Patreon, Gumroad, Kit
// (ConvertKit), Mailchimp, Ghost, SoundCloud, Spotify, Deezer, TIDAL, Last.fm, Musixmatch, Apple Music, Qobuz,
// Ampache, AcoustID, Castopod, Whop, ElevenLabs, Deepgram and AssemblyAI.
//
// The part holds 5 cases from 2 vendors (3 APIs), below the brief's aim of 15–30 cases from at least 5 sources: all
// 35 look-ups were spent, most of them on products whose stored public material prints no error body at all. One
// body is trimmed (Amazon Music V1's 403, whose stored copy ends inside its message; the note says so).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-06-jn`, on 4adb57b, src/ unchanged: in the frozen copy /tmp/base106): 5/5 pass, 3 sources
// (kind 5/5, message 5/5, fields 5/5, retry 5/5, logId 3/3, code 4/4). No case failed at first sight, including the
// judgment calls on Amazon Music's `AUTH_NO_MUSIC_ACCOUNT_FOUND` (forbidden), Hume's `question_invalid` sentence kept
// beside its `param` field and `config_invalid` read as validation with the default message. The `--check` run
// before it crashed once in esbuild (only the trace's tail was kept; most likely another collector's file changing in
// the shared pending folder), and was run once more: "4919 valid cases, 1821 sources". With 5 cases the figure says
// little.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, having read every case right at first sight: 5/5.

export default [
  // ───────────────────────────── Amazon Music Web API ─────────────────────────────
  {
    id: 'amazon-music/v2-not-found-404',
    source: 'Amazon Music Web API',
    url: 'https://developer.amazon.com/docs/music/API_web_errors_v2.html',
    note: 'The V2 errors page\'s one printed body ("Every error response carries a single top-level error object"); its code table ties `NOT_FOUND` to HTTP status 404. Kind: 404, not-found (rule 1). Message: "The requested resource could not be found." is a sentence, kept as other cases keep it (rule 2.1). `traceId` is the support id, "an identifier that correlates this request with Amazon Music\'s service-side logs. Include the traceId when you contact…" (rule 5); `code` is the code (rule 6).',
    response: {
      status: 404,
      body: {
        error: {
          code: 'NOT_FOUND',
          message: 'The requested resource could not be found.',
          traceId: '1-abc-def',
        },
      },
    },
    expect: {
      kind: 'not-found',
      message: 'The requested resource could not be found',
      logId: '1-abc-def',
      code: 'NOT_FOUND',
    },
  },
  {
    id: 'amazon-music/v1-no-music-account-403-trimmed',
    source: 'Amazon Music Web API',
    url: 'https://developer.amazon.com/docs/music/API_web_errors.html',
    note: 'The V1 errors page\'s "Error Object" example, whose `status` is "HTTP error code" (the page\'s table), here "403". Trimmed: the stored copy of the page ends inside the message, after "No Amazon Music account found. Your"; the body is cut after the first sentence, and any members after `message` (the page lists optional `url`, `reference` and `payload`) are not given, so no support id is checked. Kind: 403, forbidden (rule 1): the caller signed in with Amazon, and the code says the account holds no Amazon Music account, which is a refusal, not a credential the request lacked, and a not-found code does not turn a 403 (it does a 400 or 409). Judgment call: the `AUTH_` prefix could be read as a credential code (unauthenticated). Message: the sentence (rule 2.1). Code: `AUTH_NO_MUSIC_ACCOUNT_FOUND` (rule 6).',
    response: {
      status: 403,
      body: {
        error: {
          status: '403',
          code: 'AUTH_NO_MUSIC_ACCOUNT_FOUND',
          message: 'No Amazon Music account found.',
        },
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'No Amazon Music account found',
      code: 'AUTH_NO_MUSIC_ACCOUNT_FOUND',
    },
  },

  // ───────────────────────────── Hume Audio Decisions ─────────────────────────────
  {
    id: 'hume-audio-decisions/question-invalid-400',
    source: 'Hume Audio Decisions',
    url: 'https://dev.hume.ai/audio-decisions/docs/errors',
    note: 'The errors page\'s "Response format" example, printed under "400 Bad Request". Kind: `question_invalid` says an input\'s value (a question) is invalid, in either word order: validation on a 4xx (rule 1). Fields: the error object names its one field in `param`, "a JSON Pointer into the request part", so its message is that field\'s error (rule 3: `/questions/clarity/criteria` is `questions.clarity.criteria`), as ISA\'s `param` pointer is read. Message: "score criteria must define at least 2 levels" says what is wrong, not only which input, so it stays (rule 2.1). Judgment call: the page calls `message` "a description for logs and debugging", and a reader could give the default; no rule makes a vendor\'s word on its member developer text. `request_id` is the support id ("Quote it when contacting support", rule 5); `code` the code (rule 6).',
    response: {
      status: 400,
      body: {
        type: 'error',
        code: 'question_invalid',
        message: 'score criteria must define at least 2 levels',
        param: '/questions/clarity/criteria',
        request_id: 'req_01JB8XA3C5RD',
      },
    },
    expect: {
      kind: 'validation',
      message: 'score criteria must define at least 2 levels',
      fields: [['questions.clarity.criteria', 'at least 2 levels']],
      logId: 'req_01JB8XA3C5RD',
      code: 'question_invalid',
    },
  },
  {
    id: 'hume-audio-decisions/gateway-rate-limit-429',
    source: 'Hume Audio Decisions',
    url: 'https://dev.hume.ai/audio-decisions/docs/errors',
    note: 'The "Gateway errors" example, printed under "429 Too Many Requests": Hume\'s API gateway answers it before the request reaches the service, with "a message but no type or code". Kind: 429, rate-limited (rule 1). Message: "API rate limit exceeded" is kept, as other cases keep it (rule 2.1). Retry: no header is printed and the body names no wait (rule 4), so none.',
    response: { status: 429, body: { message: 'API rate limit exceeded' } },
    expect: { kind: 'rate-limited', message: 'API rate limit exceeded' },
  },

  // ───────────────────────────── Hume Expression Measurement ─────────────────────────────
  {
    id: 'hume-expression-measurement/config-invalid-400',
    source: 'Hume Expression Measurement',
    url: 'https://dev.hume.ai/expression-measurement/docs/errors',
    note: 'The HTTP errors\' "Response format" example, printed under "400 Bad Request" (the upload and run endpoints). Kind: `config_invalid` names an input, the request\'s `config` part, as invalid: a validation code on a 4xx (rule 1). Judgment call: the config part is a multipart part that could not be deserialized, and a reader could take the code for one that names the request\'s body or encoding (bad-request). No field: the object has no `param` and the pointer-like text is a parser\'s (rule 3). Message: "the config part is not valid" names only which input, and the rest ("unknown field `timer_ms`, expected `measurement_timer_ms` at line 1 column 11") is a deserializer\'s report with its position (rules 2.1, 2.3): the default. `request_id` is the support id (rule 5); `code` the code (rule 6).',
    response: {
      status: 400,
      body: {
        type: 'error',
        code: 'config_invalid',
        message:
          'the config part is not valid: unknown field `timer_ms`, expected `measurement_timer_ms` at line 1 column 11',
        request_id: '3f9a1c07e2b84d56a0c7e19b5d2f8a64',
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      logId: '3f9a1c07e2b84d56a0c7e19b5d2f8a64',
      code: 'config_invalid',
    },
  },
] satisfies ConformanceCase[];
