import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-seventh unseen-API holdout, part AU (26 January 2027): error responses kept in the test suites of API clients
// written in less common languages (Perl, Crystal, Scala, Erlang, Haskell), for APIs that no other case file uses:
// Floorsense (Smartalock's desk and locker controller API), whose 401 PlaceOS's Crystal driver specs answer with, and
// Apache OpenWhisk, whose 404 Apache APISIX's Perl Test::Nginx suite (t/plugin/openwhisk.t) asserts when its
// openwhisk plugin calls an OpenWhisk standalone (port 3233, OpenWhisk's default guest key) that has no such action.
// They were collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was
// copied from the file named in `url`; the OpenWhisk body is trimmed to the one member the test asserts (its note
// says so). No header is shown by either source and none was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped, already sources: Challonge (WWW-Challonge's t/json fixtures), MaxMind, Monzo, Mailjet,
// Discogs, Castle (WebService::CastleIO's Test::VCR::LWP tests), Ceph RGW (Ceph::RadosGW::Admin's), Mistral
// (crystal-mistral's spec), Amazon DynamoDB (erlcloud), Kong's ai-proxy fixtures (OpenAI, Anthropic, Cohere, Gemini,
// Bedrock, Hugging Face, Mistral), Keycloak, Splunk HEC, Open Policy Agent, Casdoor, Lago, Grafana Loki, ClickHouse,
// Cromwell, RabbitMQ, EMQX, CouchDB, Hasura, PostgREST, Kong, APISIX, Juniper Mist, BambooHR, DNS Made Easy,
// NearlyFreeSpeech.NET, Airship, Pivotal Tracker, Remember the Milk, NationBuilder, TeamCity, Redmine, Prismic,
// Geocodio, GrowthBook, OANDA, Last.fm and Runkeeper. Nothing citable: Amazon Kinesis and SimpleDB (erlcloud's eunit
// tests hold success bodies and a bodiless 503 only), AWS CloudFormation (Paws' t/10_responses holds 846 files; no
// error one was located within the cap), Sendbird (WebService::SendBird's tests mock no error), Mocean (live tests
// only), Fixflo (Business::Fixflo's client.t mocks success), Gallagher Command Centre (PlaceOS's spec mocks success),
// W3C WebDriver (WebDriver::Tiny's tests mock success; Selenium::Remote::Driver's recordings are not in the index; a
// WinAppDriver 404 captured with its headers sits in a Ruby cucumber step's comment, outside this part's languages),
// AVM FRITZ!Box TR-064 (Net::Fritz's UPnP faults are made up, errorCode 418 "teapot", and sent with 200), Google
// Cloud Pub/Sub (Alpakka's WireMock stubs answer `{}` and a 418 teapot), Recycle! (the Haskell client's fixtures are
// successes), OpenFunction (APISIX's test asserts only /not found/), OpenWhisk's 400 (APISIX's regex cuts "The
// request content was malformed" mid-sentence). Not real enough to score: Lenel OnGuard OpenAccess (PlaceOS's spec
// answers a bodiless 401 with the error as JSON in an `error` header, `openaccess.general.invalidapplicationid`, "You
// are not licensed for OpenAccess.", but the driver's own error.cr marks that header "FIXME: temp for checking header
// format", so the transport is its authors' guess) and Huawei Push Kit (Alpakka's PushKitSenderSpec answers
// `{"code":"80100003","msg":"Illegal payload","requestId":"1357"}` with a 503 it chose to exercise its error path, a
// status no source shows the service sending).
//
// The part holds 2 cases from 2 sources, far under the brief's aim of 25 from 8: the corpus already holds nearly
// every API whose client tests in these languages the index could name, and the client suites found mostly mock
// successes, or errors made up for the test (teapots, `{}`, `nope`). Look-ups: 57 of 60.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-26-au`, on 5e34f68, src/ unchanged: in the frozen copy /tmp/base67): 1/2 pass, 2 sources
// (kind 2/2, message 1/2, fields 2/2, retry 2/2, logId 0/0, code 1/1). Failing at first sight:
// floorsense/authentication-failed-code-17-401 (kept "Authentication failed" as the message; the case reads it as the
// 401's phrase in other words, the default, by the fifty-fifth holdout's row that reads "Authorization failed" and
// "Authentication Error" so on a 401; a judgment call its note names). Apache OpenWhisk's 404 passed as written. No
// expectation was changed after the run (Prettier's line breaks were applied before it).
//
// Waited in `pending/` with Floorsense's "Authentication failed" on a 401, a line the corpus read both ways; scored in
// `cases/` the same stop (6 December 2026), read 2/2, when the row of the sixty-ninth holdout's stop read the bare line
// as the 401's phrase in other words and the five scored cases that kept it were re-derived.

export default [
  // ───────────────────────────── Floorsense (Smartalock) ─────────────────────────────
  {
    id: 'floorsense/authentication-failed-code-17-401',
    source: 'Floorsense (Smartalock) controller API',
    url: 'PlaceOS/drivers/drivers/floorsense/desks_spec.cr@0f2eef6d4468e92fa3facdb29991ec9013895892',
    note: 'PlaceOS\'s Crystal spec for its Floorsense::Desks driver: `expect_http_request` answers a token request with wrong credentials with `response.status_code = 401` and this body (drivers/floorsense/desks_websocket_spec.cr answers with the same body). The success answer beside it carries a JWT issued by a controller named `smartalock-d50bcd.localdomain` (Floorsense is Smartalock\'s) and dated October 2019, the look of a token taken from a real controller; the error body is in the same envelope (`type`, `result`, `message`). No header shown. Kind: 401, unauthenticated (rule 1). Message: "Authentication failed" is the 401\'s phrase in other words, as "Authorization failed" and "Authentication Error" are (the fifty-fifth holdout\'s row): the default. Judgment call: a reader could keep it as a sentence saying the sign-in was refused. Code: `code: 17`, Floorsense\'s numeric result code, a string in the model (rule 6); `type: "response"` names the kind of message on the controller\'s protocol, not the error, and `result: false` is a flag.',
    response: {
      status: 401,
      body: { type: 'response', result: false, message: 'Authentication failed', code: 17 },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: '17' },
  },

  // ───────────────────────────── Apache OpenWhisk ─────────────────────────────
  {
    id: 'apache-openwhisk/requested-resource-does-not-exist-404',
    source: 'Apache OpenWhisk',
    url: 'apache/apisix/t/plugin/openwhisk.t@10c31c713afbee16c81bf4cea7a9e0bb71b3779f',
    note: 'Apache APISIX\'s Perl Test::Nginx suite, TEST 10 and 11: the openwhisk plugin is pointed at `http://127.0.0.1:3233` (an OpenWhisk standalone, with OpenWhisk\'s default guest key `23bc46b1-…`) and an action named `non-existent`; the plugin passes OpenWhisk\'s answer through, and the test asserts `--- error_code: 404` and `--- response_body_like qr/"error":"The requested resource does not exist."/`. Trimmed: the body is the one member the test asserts; the rest of OpenWhisk\'s body (OpenWhisk\'s error bodies also carry a `code`, a transaction id in the OpenWhisk-based docs the index holds) is not printed by the test, so no support id is stated. No header shown. Kind: 404, not-found (rule 1). Message: "The requested resource does not exist." is a sentence, not the bare reason phrase (rule 2.1 keeps "Resource not found" for the same reason). Judgment call: a reader could read it as the 404\'s phrase in other words and give the default. No code stated (none is shown).',
    response: {
      status: 404,
      body: { error: 'The requested resource does not exist.' },
    },
    expect: { kind: 'not-found', message: 'The requested resource does not exist' },
  },
] satisfies ConformanceCase[];
