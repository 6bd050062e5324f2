import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-second unseen-API holdout, part FR (20 February 2027): real-time video, voice and chat platforms that no other
// case file uses: Sendbird (the chat platform's Platform API, read through a Go client's test fixtures), Layer (the
// chat platform-as-a-service, its Client REST API documentation) and Wire (the secure messaging and calling service,
// its backend's error envelope as the iOS app's network tests stub it). They were collected to measure how the reader
// does at first sight on APIs it was never tuned on. Every body was copied from the public material named in `url`:
// nasrul21/sendbird-go's chat tests (`errors.FromHTTPErr(400, []byte(…))`, which fixes the status and the whole body
// the mocked client returns), the Markdown pages of Layer's documentation as a copy of it on GitHub holds them
// (thomasclarke1969/documentation: each example is printed under "Response `4xx (…)`", which gives its status), and
// wire-ios's AuthenticationManagerTests (an `HTTPURLResponse` with `statusCode: 403` and the JSON data beside it).
// No source shows a header, so none was given. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Owncast (its API tests check only statuses), Galène (its API test checks only statuses; a
// body would have to be read from the handlers' source), the Openfire REST API plugin (the stored readme prints no
// error body), Janus (bodies found only in third-party notes and mocks, never beside an HTTP status), CometChat (the
// code is found only in apps' login handlers; the docs list codes without bodies), Sendbird's Calls docs (the envelope
// as a schema), Webex (issues quote the Python SDK's reworded line, the docs print tables, and a schema site is not
// the vendor's), Dyte/RealtimeKit (no page found), QuickBlox and ConnectyCube (a constant and a doc sentence name
// "Required session does not exist"; the JS SDK reads `error.info.errors.base[0]`, so the wire body would have to be
// guessed), Layer's Node client (no tests stored), a second Sendbird Go client's `handleError` test (its repository
// was not named by the index; its `500901` "InternalError" is paired with a 400 by the test's author and its 418
// bodies are the author's own), a Sendbird 400 pasted in a Next.js route's comment (repository not named; the same body
// as `sendbird/user-not-found-400`), wire-ios's sync-engine tests (payloads of a lone `label`, in files whose paths the
// index did not name) and two unofficial Wire notes. Skipped as already sources: BigBlueButton, Vonage, Zoom, Stream
// Chat, Agora, Tencent Cloud API (TRTC), LiveKit, Daily, Twilio, Mux, api.video, Mattermost, Rocket.Chat, Matrix,
// Zulip, Revolt, Discord, Slack, Telegram, Centrifugo, Ably, Pusher, PubNub, MediaMTX, SRS, OvenMediaEngine, Twitch,
// Kick and the Nextcloud OCS API (whose envelope Nextcloud Talk answers in). Not reached within the cap: 100ms,
// Whereby, VideoSDK, TalkJS, Dolby.io/Millicast, Ant Media Server, mediasoup, Jitsi, OpenVidu, Tinode, ejabberd,
// Eyeson, Crisp, LiveChat and Sunshine Conversations.
//
// The part holds 10 cases from 3 sources, under the brief's aim of 15–30 from at least 5: all 38 look-ups of the cap
// were spent, most on servers whose tests check a status only and on docs that print an envelope but no occurrence.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-20-fr`, on a2dfa44, the commit /tmp/base92/READY names, src/ unchanged: in the frozen copy
// /tmp/base92; `--check` first reported no problem): 10/10 pass, 3 sources (kind 10/10, message 10/10, fields 10/10,
// retry 10/10, logId 0/0, code 3/3). No case failed at first sight, including the judgment calls on Sendbird's
// numbered codes on a 400 (bad-request) and its quoted "user_id" line (the default), Layer's `data.property` as the
// field (`participants`, `identity_token`), its invalid identity token on a 422 (validation) and its 409's
// Conversation in `data` (no fields), and Wire's `label: "invalid-credentials"` on a 403 (unauthenticated).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, having read every case right at first sight: 10/10.

export default [
  // ───────────────────────────── Sendbird ─────────────────────────────
  {
    id: 'sendbird/user-not-found-400',
    source: 'Sendbird',
    url: 'nasrul21/sendbird-go/chat/chat_user_test.go',
    note: 'TestGetUserUnreadMessages\' and TestGetUserJoinedChannelCount\'s "failed user not found" cases: GET /v3/users/000000000/unread_message_count (and /group_channel_count); the mocked client returns `errors.FromHTTPErr(400, …)` with this body, and the test asserts the same error back. The index holds four versions of the file and did not say which it showed, so no commit is given. Kind: a 400 whose only code is Sendbird\'s number 400201 ("resource not found" in its docs) and whose `error: true` is a flag: bad-request (rule 1: a vendor\'s number names no kind by itself, and text never decides). Judgment call: a reader who knows Sendbird\'s table would read not-found, as a not-found code on a 400 is. Message: "\\"User\\" not found." names the record that was missing, not an input\'s key, and is kept as "Resource not found" is (rule 2.1). Code: the `code` member, as a string (rule 6).',
    response: { status: 400, body: { message: '"User" not found.', code: 400201, error: true } },
    expect: { kind: 'bad-request', message: '"User" not found', code: '400201' },
  },
  {
    id: 'sendbird/user-id-unique-constraint-400',
    source: 'Sendbird',
    url: 'nasrul21/sendbird-go/chat/chat_user_test.go',
    note: 'TestCreateUser\'s "failed" case: POST /v3/users with `user_id: "testduplicatename"`; the mocked client returns `errors.FromHTTPErr(400, …)` with this body (whitespace trimmed). No commit given, as above. Kind: 400 with Sendbird\'s number 400202 ("unique constraint" in its docs): bad-request (rule 1, as above). Judgment call: a reader who knows the number would read a duplicate, conflict. Fields: the error object names no field member (rule 3 finds fields by structure, not in prose). Message: "\\"user_id\\" violates unique constraint." names only an input by its quoted key (rule 2.1) in a database\'s words (rule 2.3: `… violates unique constraint`): the default. Code: "400202".',
    response: { status: 400, body: { message: '"user_id" violates unique constraint.', code: 400202, error: true } },
    expect: { kind: 'bad-request', message: DEFAULT, code: '400202' },
  },
  {
    id: 'sendbird/channel-not-found-400',
    source: 'Sendbird',
    url: 'nasrul21/sendbird-go/chat/chat_channel_test.go@37ad13c3d408efd24480e3e2358c0caaa362fd23',
    note: 'The group-channel update test: PUT /v3/group_channels/invalid_sendbird_group_channel_xxxx; the mocked client returns `errors.FromHTTPErr(400, …)` with this body and the test asserts it back. The excerpt came without its path; the file is read as this one from its style and package (the repository\'s only channel test, one stored version). Kind: bad-request (rule 1, as for the user case; a judgment call). Message: "\\"Channel\\" not found." names the missing record: kept (rule 2.1). Code: "400201".',
    response: { status: 400, body: { message: '"Channel" not found.', code: 400201, error: true } },
    expect: { kind: 'bad-request', message: '"Channel" not found', code: '400201' },
  },

  // ───────────────────────────── Layer ─────────────────────────────
  {
    id: 'layer/participants-missing-422',
    source: 'Layer',
    url: 'thomasclarke1969/documentation/client/rest/errors.md',
    note: "Layer's Client REST API docs, \"Error Handling\": the example printed under \"Response `422 (Unprocessable Entity)`\" (the docs' own, for POST /conversations without participants). The repository is a copy of Layer's documentation; the index holds six versions and showed this page's opening without its commit. Kind: 422, validation (rule 1; `missing_property` says the same). Fields: `data.property` names the input the error is about, as a context's `parameter` does (rule 3, Zamzar's `context.parameter`, Deribit's `error.data.param`), so the error's sentence is the field `participants`'s. Judgment call: rule 3 lists `param`, `parameter`, `field`, `fieldName` and `argument` there, not `property`, and says a body's own `data` is its payload; the docs call it \"supplemental data specific to the error\", and this body is the error object itself. Message: a person's sentence, kept (rule 2.1). No code stated: `id` holds the string code and `code` a number, and rule 6 does not say which is the response's.",
    response: {
      status: 422,
      body: {
        id: 'missing_property',
        code: 104,
        message: 'The participants list cannot be omitted.',
        url: 'https://developer.layer.com/api.md#creating-a-conversation',
        data: { property: 'participants' },
      },
    },
    expect: {
      kind: 'validation',
      message: 'The participants list cannot be omitted',
      fields: [['participants', 'cannot be omitted']],
    },
  },
  {
    id: 'layer/distinct-conversation-metadata-conflict-409',
    source: 'Layer',
    url: 'thomasclarke1969/documentation/client/rest/conversations.md@3507b90f27c17564141d474cde4950faf8033324',
    note: '"Distinct Conversations", "Response `409 (Conflict)`": POST /conversations with `distinct: true` finds a matching Distinct Conversation whose metadata differs, and the error carries that Conversation in `data` "so that the application can determine what steps to take next". Kind: 409, conflict (rule 1). Message: a sentence, kept (rule 2.1). Fields: none: `data` is the existing Conversation (its `participants` a list of user ids, its `metadata` a map of settings), a resource and no map of messages (rule 3: a map whose values are not messages is no field errors). No code stated (`id` beside a numeric `code`, as above).',
    response: {
      status: 409,
      body: {
        id: 'resource_conflict',
        code: 108,
        message: 'The requested Distinct Conversation was found but had metadata that did not match your request.',
        url: 'https://developer.layer.com/api.md#creating-a-conversation',
        data: {
          id: 'layer:///conversations/f3cc7b32-3c92-11e4-baad-164230d1df67',
          url: 'https://api.layer.com/conversations/f3cc7b32-3c92-11e4-baad-164230d1df67',
          created_at: '2014-09-15T04:44:47+00:00',
          participants: ['1234', '5678'],
          distinct: true,
          metadata: { background_color: '#3c3c3c' },
        },
      },
    },
    expect: { kind: 'conflict', message: 'had metadata that did not match your request' },
  },
  {
    id: 'layer/conversation-not-found-404',
    source: 'Layer',
    url: 'thomasclarke1969/documentation/client/rest/conversations.md@3507b90f27c17564141d474cde4950faf8033324',
    note: '"Destroying a Conversation", "Response `404 (Not Found)`": DELETE /conversations/:uuid?destroy=true for a Conversation that was deleted or never existed. Kind: 404, not-found (rule 1). Message: a sentence naming the record, kept (rule 2.1). No code stated.',
    response: {
      status: 404,
      body: {
        id: 'not_found',
        code: 102,
        message: 'A Conversation with the specified identifier could not be found.',
        url: 'https://developer.layer.com/api.md#conversations',
      },
    },
    expect: { kind: 'not-found', message: 'A Conversation with the specified identifier could not be found' },
  },
  {
    id: 'layer/no-longer-participant-403',
    source: 'Layer',
    url: 'thomasclarke1969/documentation/client/rest/conversations.md@3507b90f27c17564141d474cde4950faf8033324',
    note: '"Destroying a Conversation", "Response `403 (Forbidden)`": the user is no longer a participant with permission to delete the Conversation. Kind: 403, forbidden (rule 1; `access_denied` says the same). Message: a sentence that says why, kept (rule 2.1). No code stated.',
    response: {
      status: 403,
      body: {
        id: 'access_denied',
        code: 101,
        message: 'You are no longer a participant in the specified Conversation.',
        url: 'https://developer.layer.com/api.md#conversations',
      },
    },
    expect: { kind: 'forbidden', message: 'You are no longer a participant in the specified Conversation' },
  },
  {
    id: 'layer/invalid-identity-token-422',
    source: 'Layer',
    url: 'thomasclarke1969/documentation/client/introduction/authentication.md@032d10c06414e4d04e68a35e1ba9f14736dfb11c',
    note: '"3. Obtain a Session Token", "Response `422 (Unprocessable Entity)`": POST /sessions with an identity token Layer cannot validate. Kind: 422 with `invalid_property`, a code that says an input\'s value is invalid: validation (rule 1). Judgment call: the request is a sign-in and the input a credential, and a reader could read unauthenticated as FOLIO\'s refused password on a 422 is; but rule 1 reads that from a credential code, and `invalid_property` is none. Fields: `identity_token` from `data.property`, as in `layer/participants-missing-422` (the same judgment call). Message: "Invalid identity token; go to the developer dashboard\'s authentication tab …" names a credential and is kept (rule 2.1: a credential\'s name stays), its pointer to the dashboard being the rest of the same sentence. No code stated.',
    response: {
      status: 422,
      body: {
        id: 'invalid_property',
        code: 105,
        message:
          "Invalid identity token; go to the developer dashboard's authentication tab and use the identity token validation form for more details.",
        url: 'https://developer.layer.com/',
        data: { property: 'identity_token' },
      },
    },
    expect: {
      kind: 'validation',
      message: 'Invalid identity token',
      fields: [['identity_token', 'Invalid identity token']],
    },
  },
  {
    id: 'layer/session-expired-401',
    source: 'Layer',
    url: 'thomasclarke1969/documentation/client/introduction/authentication.md@032d10c06414e4d04e68a35e1ba9f14736dfb11c',
    note: '"Authentication Challenges", "Response: `401 (Unauthorized)`": a request with an expired session token; the body carries a new nonce to restart authentication. Kind: 401, unauthenticated (rule 1). Message: a sentence that says why, kept (rule 2.1). Fields: none: `data.nonce` is a token for the client, no message about an input (rule 3: values that look like messages; a nonce is none, and the body\'s own `data` is its payload). No code stated.',
    response: {
      status: 401,
      body: {
        id: 'authentication_required',
        code: 4,
        message: 'The session token is no longer valid because it has expired.',
        url: 'https://developer.layer.com/api.md#authentication',
        data: { nonce: '38a9b5a41725ec2bbb51ce43328b671731496f1f' },
      },
    },
    expect: { kind: 'unauthenticated', message: 'The session token is no longer valid because it has expired' },
  },

  // ───────────────────────────── Wire ─────────────────────────────
  {
    id: 'wire/access-invalid-credentials-403',
    source: 'Wire',
    url: 'wireapp/wire-ios/WireNetwork/Tests/WireNetworkTests/Authentication/AuthenticationManagerTests.swift',
    note: "The test that \"forces the access token request to fail with 403 (invalid credentials)\": a mocked network service returns an `HTTPURLResponse` with `statusCode: 403` and this JSON; the app then logs the user out. The body is the backend's three-key envelope (`code` restating the status, `label` the machine code, `message` the text), here with an empty message. The index showed two versions of the test with the same body and did not name their commits. Kind: `label` is Wire's code, and `invalid-credentials` is a credential code on a 403 (rule 1: the request had no valid credentials; the numeric `code` only restates the status): unauthenticated. Judgment call: rule 6 does not list `label` among code members, and a reader who does not read it would keep the 403's forbidden. Message: empty, so the default (rule 2.4). No code stated, for the same reason.",
    response: { status: 403, body: { code: 403, label: 'invalid-credentials', message: '' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
] satisfies ConformanceCase[];
