import { DEFAULT, type ConformanceCase } from '../types';

// Eighty-first unseen-API holdout, part DH (9 February 2027): fediverse, social and community servers' HTTP APIs that
// no other case file uses as a source: Iceshrimp.NET (a C# fediverse server), Sharkey (a Misskey fork, through its
// Mastodon-compatible API), Revolt (now Stoat, a chat platform), and two Matrix homeservers other than Synapse,
// Dendrite and Tuwunel (the conduwuit fork). They were collected to measure how the reader does at first sight on APIs
// it was never tuned on. Every body was copied from a public issue that pastes what the live server answered: a
// Mastodon tool's issue for Iceshrimp.NET's 501 (eramdam/tokimeki-mastodon#14), the Fedicat client's request log for
// Sharkey's 401 with its headers (technicat/fedicat#482), a Revolt API client's issue for the 401 page (stoatchat/
// javascript-client-api#34), Dendrite's own tracker for its text 404 (matrix-org/dendrite#2739) and Tuwunel's own
// tracker for its Matrix 404 (matrix-construct/tuwunel#457). Where the status is not printed beside the body, `note`
// says where it came from (the title or text, a maintainer's comment, the body's own `statusCode`). Headers
// were copied only where the capture shows them (Sharkey's), and no header was added. Every `expect` was written from
// the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Mastodon, Misskey, Pleroma, PeerTube, Pixelfed, Lemmy, GoToSocial, Friendica, Firefish,
// Matrix (Synapse), Zulip, Rocket.Chat, Mattermost, Discourse, NodeBB, Flarum, Misago, WriteFreely, diaspora*,
// Bluesky, Castopod, Loops and Kitsune (already sources; the corpus's "Conduit" sources are the RealWorld demo and
// Phabricator, not the Matrix homeserver); Takahē (its API tests in jointakahe/takahe assert statuses and single
// members, never a whole error body), Owncast (its automated API tests assert statuses only, in the file read),
// Funkwhale (the RYGhub/funkwhale mirror's throttling and common-view tests hold no error body), Iceshrimp.NET's own
// tests (the kaido2ki mirror's tests are parsing and signature unit tests), nostrcheck-server (its DOCS.md prints
// success bodies, and errors only as a status list), NIP-86 and NIP-96 (the specs print placeholders; issues name a
// 400 from nostr.build without its body), Spacebar, Mbin/Kbin, Plume, BookWyrm, Akkoma, Mobilizon, Hubzilla and
// ActivityPub relays (no captured body with a status found; fedia.io's Mbin line "Full authentication is required to
// access this resource." in tgxn/lemmy-explorer#298 is printed without its status), Dendrite's 403 in element-hq/
// dendrite#2902 (a bridge's log reformats the body and cuts its sentence short), Tuwunel's `M_UNRECOGNIZED` for a POST
// to a PUT route (#404: no status printed, and the spec allows 404 or 405 there) and a conduwuit client error
// (x86pup/conduwuit#489: the client's toast, not the body). No XML body turned up; there is one HTML page (Revolt's,
// the Rocket framework's stock catcher) and one plain-text body (Dendrite's).
//
// Dropped in review, after the first run: Revolt's 401 page (`revolt/bots-unauthorized-401-rocket-html`), the same
// capture of the same issue that part DF, collected the same day, holds as `revolt/rocket-default-401-html`; the part
// keeps 4 cases from 4 sources. The figures below are the first run's, on all 5.
//
// The part holds 5 cases from 5 sources, well under the brief's aim of 20 cases from 6 sources: the cap of 55 look-ups
// (55 spent) went into finding bodies with a status in a domain whose servers mostly live off GitHub or whose test
// suites assert statuses only; semantic searches of issues matched few pastes, and the client request logs that do
// paste whole answers (Fedicat's) could not be found again by their emoji-marked lines.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-09-dh`, on 52ff0b7, src/ unchanged: in the frozen copy /tmp/base81): 4/5 pass, 5 sources
// (kind 5/5, message 4/5, fields 5/5, retry 5/5, logId 1/1, code 1/1). Failing at first sight:
// tuwunel/well-known-server-not-found-404 (kept "M_NOT_FOUND: Not found." whole as the message; the case follows rule
// 2.1: the code before the colon is dropped and "Not found." is the 404's bare reason phrase, so the default speaks).
// Every other case passed as written, including the judgment call on Iceshrimp.NET's "This API method has not been
// implemented" (kept) and its `requestId` as the support id, Sharkey's null dereference beside the 401's phrase (the
// default), Revolt's Rocket page and Dendrite's Go text 404 (the default).
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  {
    id: 'iceshrimp-net/not-implemented-501-request-id',
    source: 'Iceshrimp.NET',
    url: 'https://github.com/eramdam/tokimeki-mastodon/issues/14',
    note: 'A Mastodon tool run against an Iceshrimp.NET server hits a lists endpoint, "which is then a 501 like this:", and the issue pastes the JSON body whole. Status: 501, from the issue\'s text and the body\'s own `statusCode`. No header shown. Kind: a 501 is server (rule 1). Message: "This API method has not been implemented", a sentence naming what is missing (rule 2.1); JSON on a 5xx is the app\'s, not rule 2.6\'s plain text. Judgment call: a reader could take it as the 501 restated, as the sixty-ninth holdout\'s row reads "Functionality not supported by server"; the corpus keeps REDCap\'s "The requested method is not implemented." and Friendica\'s "… is not implemented …" as messages, and this line is of their kind. logId: `requestId`, the ASP.NET trace identifier (rule 5). Code not checked: `error: "NotImplemented"` is the reason phrase in PascalCase, a code that only restates the status (rule 6).',
    response: {
      status: 501,
      body: {
        statusCode: 501,
        error: 'NotImplemented',
        message: 'This API method has not been implemented',
        requestId: '0HNMPGIJ9A12G:00000024',
      },
    },
    expect: {
      kind: 'server',
      message: 'This API method has not been implemented',
      logId: '0HNMPGIJ9A12G:00000024',
    },
  },
  {
    id: 'sharkey/mastodon-api-unauthorized-401-headers',
    source: 'Sharkey',
    url: 'https://github.com/technicat/fedicat/issues/482',
    note: 'The Fedicat client\'s request log (comment of 2024-01-04, "flavour: sharkey"): POST https://plasmatrap.com/api/v1/statuses through Sharkey\'s Mastodon-compatible API, "⬅️ 🚦 HTTP 401", the response headers and this body, printed pretty (written back as the same JSON). Headers: Content-Type, Date and Server copied as shown; Strict-Transport-Security, Alt-Svc, Access-Control-Allow-Origin and Content-Length (106, the pretty-printed length) left out. Kind: 401, unauthenticated (rule 1). Message: the default. `message` is a null dereference, "Cannot read properties of undefined (reading \'data\')", developer text (rule 2.3), and `error: "Unauthorized"` is the 401\'s reason phrase (rule 2.1). Code not checked: `error` only restates the status (rule 6). No support id in body or headers.',
    response: {
      status: 401,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Thu, 04 Jan 2024 03:00:51 GMT',
        Server: 'nginx/1.25.1',
      },
      body: {
        error: 'Unauthorized',
        statusCode: 401,
        message: "Cannot read properties of undefined (reading 'data')",
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'dendrite/unrecognized-endpoint-404-text',
    source: 'Dendrite',
    url: 'https://github.com/matrix-org/dendrite/issues/2739',
    note: 'Issue "Unrecognized APIs yield a non-JSON error response": `curl \'https://$DENDRITE/_matrix/client/v1/rooms/roomId/hierarchy\'` on a Dendrite without MSC2946 "returns `404 page not found` error instead of a Matrix JSON `M_UNRECOGNIZED` errcode", a "404 response with non-JSON response" (the issue\'s words). The body is the text the issue quotes (Go\'s http.NotFound; the trailing newline Go writes is not shown, so none is added). Status: 404, from the issue. No header shown. Kind: 404, not-found (rule 1). Message: the default: Go\'s stock "404 page not found" is a reason phrase with the status\'s number (rule 2.1 and the fifth holdout\'s row), not a sentence.',
    response: { status: 404, body: '404 page not found' },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'tuwunel/well-known-server-not-found-404',
    source: 'Tuwunel',
    url: 'https://github.com/matrix-construct/tuwunel/issues/457',
    note: 'Issue "`.well-known/matrix/server` gives a M_NOT_FOUND error" (Tuwunel 1.6.2): `curl localhost:8008/.well-known/matrix/server` prints this body (the same body is pasted in #218 for both well-known endpoints). Status: 404, from the maintainer\'s answer, "The endpoint is opt-in: it returns 404 unless `[global.well_known].server` is set". No header shown. Kind: 404, not-found (rule 1; `M_NOT_FOUND` agrees). Message: the default: `error` is the code repeated before a colon and then "Not found.", the 404\'s reason phrase (rule 2.1: a code before the sentence is dropped, and the bare phrase restates the status). Code: `errcode`, the Matrix spec\'s machine code, stated with its `M_` as the corpus\'s Synapse cases state theirs (rule 6).',
    response: { status: 404, body: { errcode: 'M_NOT_FOUND', error: 'M_NOT_FOUND: Not found.' } },
    expect: { kind: 'not-found', message: DEFAULT, code: 'M_NOT_FOUND' },
  },
] satisfies ConformanceCase[];
