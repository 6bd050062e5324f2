import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-first unseen-API holdout, part IC (1 March 2027): Kotlin, Scala and Clojure server libraries whose own
// tests assert a whole error body, and that no other case file uses: endpoints4s (a Scala library of HTTP endpoint
// algebras; its shared server test suites, run against each server interpreter, serve an endpoint on akka-http's
// client side and check the status and the whole text of the answer), akka-http-cors (Lomig Mégard's CORS directives
// for Akka HTTP; its spec seals the route with the library's `corsRejectionHandler` and checks the status and
// `entityAs[String]`) and KGraphQL (a Kotlin GraphQL library; its Ktor plugin test checks `bodyAsText()` and the
// Content-Type). Every body was copied from those tests, each named in `url` with its commit: endpoints4s's
// EndpointsTestSuite, JsonEntitiesFromSchemasTestSuite and BasicAuthenticationTestSuite (algebras/algebra/src/test),
// akka-http-cors's CorsDirectivesSpec and KGraphQL's KtorFeatureTest. KGraphQL's test checks the body and the
// Content-Type but not the status: the status was read from the plugin's source at the same commit
// (kgraphql-ktor/src/main/kotlin/de/stuebingerb/kgraphql/KtorFeature.kt: `call.respondText(result, contentType =
// ContentType.Application.Json)`, which answers 200, and a `GraphQLError` caught and answered with
// `HttpStatusCode.OK`). Headers were copied only where the test checks one (KGraphQL's Content-Type); none was added:
// endpoints4s's 401 is checked to carry a `WWW-Authenticate` challenge with the Basic scheme, but its realm is not
// shown, so the header is left out rather than guessed. JSON arrays that the tests compare as text or parse with ujson
// are written as the JSON they are. Every `expect` was written from the source and test/conformance/README.md before
// the kit was run.
//
// Three sentences are the tests' own, kept because the case measures the library's envelope around them and says so
// in its note (a judgment call each): endpoints4s's `sys.error("Sorry.")` under its default exception handler and
// KGraphQL's resolver line "Actors above 30 don't have nicknames" (two cases). Dropped as the test's own text with no
// envelope to measure: endpoints4s's "Invalid integer: forty-two", "Invalid date value 'not a date'" and "Invalid
// combination of request header and query string parameter" (the test API's own `xmapPartial` messages were not read,
// so whether the library or the test wrote them is unknown), KGraphQL's `Exception("Error message")` and Hexagon's
// `send(999, "Weird error")` (a test's own callback, in memory, not on the wire).
//
// Looked for and dropped: http4s (its server middleware suites, Timeout and ErrorHandling, check only the status;
// an issue search and a docs search found no pasted body with its status), ring-json (its malformed-JSON tests check
// only the 400), Muuntaja (its `wrap-exception` test checks only the 400), puppetlabs' ring-middleware (its
// error-middleware tests check one member, `msg` or `kind`, or a pattern), yada (a search found only a status and a
// predicate), endpoints4s's decoding tests (`decodeUrl` results in memory, not responses), its 415 (status only) and
// its circe and play-json interpreters' bodies (`["DecodingFailure at .age: Int"]`, `["error.expected.jsnumber for
// obj.age"]`: found by an exact-string search that named no file, so they could not be cited). Not reached within
// the cap: Lagom, Scalatra, Pedestal, Sangria, graphql-kotlin, XTDB, Penpot, buddy-auth, ring-anti-forgery. Skipped
// as already sources (.tmp/sources.txt): Ktor, http4k, Tapir, ZIO HTTP, Play Framework, Akka HTTP, Apache Pekko HTTP,
// Finatra, Finch, Cask, reitit, compojure-api, lacinia-pedestal, Liberator, Micronaut, Spring Boot,
// openapi-spring-webflux-validator, Smithy4s, Caliban, Jooby, Javalin, Armeria, Puppet Server, Fluree and Metabase
// API. No XML body and no HTML page turned up; six text bodies did (akka-http-cors's) and one empty body
// (endpoints4s's 401).
//
// The part holds 16 cases from 3 sources: within the brief's aim of 15–30 cases but short of its 5 sources; all 38
// look-ups were spent, most on libraries whose tests check a status or one member, not the body.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-01-ic`, on ac978b2, the commit named in /tmp/base101/READY, src/ unchanged: in the frozen
// copy /tmp/base101; `--check` first, which reported nothing to fix): 4/16 pass, 3 sources (kind 13/16, message 6/16,
// fields 16/16, retry 16/16, logId 0/0, code 0/0). Failing at first sight:
// endpoints4s/invalid-segment-value-400 (kept "Invalid integer value 'foo' for segment 'id'"; the case reads a line
// naming an input by its quoted key as the default, rule 2.1: a judgment call its note names);
// endpoints4s/invalid-json-document-400 (kept "Invalid JSON document"; the case reads a server's failure to parse the
// request's JSON as developer text, rule 2.3); endpoints4s/invalid-integer-value-in-body-400 (kept "Invalid integer
// value: true"; the case reads a decoder's report as developer text, rule 2.3: a judgment call); the six
// akka-http-cors text bodies (kept each whole line, "CORS: malformed request", "CORS: invalid origin '…'" three times,
// "CORS: invalid method 'PATCH'", "CORS: invalid headers 'X-a X-b'"; the case reads a generic line behind an area's
// label, and lines naming only the invalid input by the protocol's name, as the default, rule 2.1: judgment calls
// their notes name); kgraphql/property-does-not-exist-validation-200 (kind unknown, message "Property 'nickname' on
// 'Actor' does not exist"; the case reads `GRAPHQL_VALIDATION_FAILED` in `extensions.type` as the code, bad-request by
// rule 1, and the GraphQL query-validation line as developer text, rule 2.3: the kind a judgment call);
// kgraphql/resolver-error-data-null-200 and kgraphql/nested-resolver-error-partial-data-200 (kind unknown; the case
// reads `INTERNAL_SERVER_ERROR` in `extensions.type` as a GraphQL server error, rule 1: a judgment call; the messages
// passed). Every other case passed as written, including the judgment calls on endpoints4s's two missing-header
// bodies (validation and bad-request, the default), its empty 401 and its "Sorry." (the default).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── endpoints4s ─────────────────────────────
  {
    id: 'endpoints4s/missing-headers-a-and-b-400',
    source: 'endpoints4s',
    url: 'endpoints4s/endpoints4s/algebras/algebra/src/test/scala/endpoints4s/algebra/server/EndpointsTestSuite.scala@f789de7bbbe3a234f1fb484300ddb7d20a66182a',
    note: '"reject requests with two missing headers": a GET to an endpoint that requires the request headers `A` and `B` (the test API\'s `joinedHeadersEndpoint`), sent with neither; the test checks `StatusCodes.BadRequest` and the whole text, `["Missing header A","Missing header B"]` (endpoints4s answers client errors as a JSON array of strings). No header is checked, none given. Kind: a 400 that lists several messages about the input (rule 1): validation. Fields: the lines are strings with no path member (rule 3): form-level, none. Message: each line names only which input is missing by the API\'s name for it (rule 2.1, the rule row of 6 December 2026): the default. Judgment call: both lines only name headers, and a reader could read a list of two such lines as one request fault, a bad request.',
    response: { status: 400, body: ['Missing header A', 'Missing header B'] },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'endpoints4s/missing-header-b-400',
    source: 'endpoints4s',
    url: 'endpoints4s/endpoints4s/algebras/algebra/src/test/scala/endpoints4s/algebra/server/EndpointsTestSuite.scala@f789de7bbbe3a234f1fb484300ddb7d20a66182a',
    note: '"reject requests with one missing header": the same endpoint, sent with header `A` only; the test checks 400 and the whole text `["Missing header B"]`. Kind: a lone line is not a list (rule 1), no code, no field: bad-request. Message: a lone form-level line is the candidate (rule 2.2), but it names only which input is missing by the API\'s name (rule 2.1): the default. Judgment call: "Missing header B" is a plain sentence a reader could keep.',
    response: { status: 400, body: ['Missing header B'] },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'endpoints4s/invalid-segment-value-400',
    source: 'endpoints4s',
    url: 'endpoints4s/endpoints4s/algebras/algebra/src/test/scala/endpoints4s/algebra/server/JsonEntitiesFromSchemasTestSuite.scala@940abc71088895946b4f9ba06a2a58e116a76eaa',
    note: '"validate query parameters and headers before validating the entity", first request: PUT /user/foo with a JSON body, to an endpoint whose path segment `id` is an integer; the test checks 400 and the body read with ujson, `["Invalid integer value \'foo\' for segment \'id\'"]` (BasicAuthenticationTestSuite at 35e6c8247a25597fe0eb68e655d5c34d521b7e15 checks the same text as a string, before authentication). Kind: a lone line, no code, no field member: bad-request (rule 1). Message: the line names the input by its quoted key, a URL segment the person never typed (rule 2.1, "the name quoted"): the default. Judgment call: it also says what the value must be (an integer), and a reader could keep it as a rule about a value.',
    response: { status: 400, body: ["Invalid integer value 'foo' for segment 'id'"] },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'endpoints4s/invalid-json-document-400',
    source: 'endpoints4s',
    url: 'endpoints4s/endpoints4s/algebras/algebra/src/test/scala/endpoints4s/algebra/server/JsonEntitiesFromSchemasTestSuite.scala@940abc71088895946b4f9ba06a2a58e116a76eaa',
    note: 'Second request of the same test: PUT /user/42 with `something that is not JSON` as an application/json body; the test checks 400 and `["Invalid JSON document"]`. Kind: 400, a lone line, no code: bad-request (rule 1). Message: a server that could not parse the request\'s JSON (rule 2.3, BigCommerce\'s "JSON data is missing or invalid"): the default.',
    response: { status: 400, body: ['Invalid JSON document'] },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'endpoints4s/invalid-integer-value-in-body-400',
    source: 'endpoints4s',
    url: 'endpoints4s/endpoints4s/algebras/algebra/src/test/scala/endpoints4s/algebra/server/JsonEntitiesFromSchemasTestSuite.scala@940abc71088895946b4f9ba06a2a58e116a76eaa',
    note: 'Third request of the same test: PUT /user/42 with `{"name":"Alice","age":true}`, where `age` is an integer in the JSON schema; the test checks 400 and `["Invalid integer value: true"]` (an older version of the suite, at 2135626c382043bde2e2ea76b6dd2170a7335958, ends it with a period). Kind: a lone line, no field named, no code: bad-request (rule 1). Message: the JSON schema decoder\'s report, quoting the value and naming no field (rule 2.3, a decoder\'s report): the default. Judgment call: a reader could keep it as a sentence about a value.',
    response: { status: 400, body: ['Invalid integer value: true'] },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'endpoints4s/basic-auth-unauthenticated-401-empty',
    source: 'endpoints4s',
    url: 'endpoints4s/endpoints4s/algebras/algebra/src/test/scala/endpoints4s/algebra/server/BasicAuthenticationTestSuite.scala@35e6c8247a25597fe0eb68e655d5c34d521b7e15',
    note: '"reject unauthenticated requests": GET /users, a Basic-authenticated endpoint, without credentials; the test checks `StatusCodes.Unauthorized`, a `WWW-Authenticate` header with a challenge of scheme "Basic", and `entity shouldBe ""`. The header is left out: the test shows only its scheme, not its realm, and the header would have to be guessed. Kind: 401, unauthenticated (rule 1). Message: an empty body: the default (rule 2.4).',
    response: { status: 401, body: '' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'endpoints4s/default-exception-handler-500',
    source: 'endpoints4s',
    url: 'endpoints4s/endpoints4s/algebras/algebra/src/test/scala/endpoints4s/algebra/server/EndpointsTestSuite.scala@f789de7bbbe3a234f1fb484300ddb7d20a66182a',
    note: '"Handle exceptions by default": the endpoint\'s implementation throws `sys.error("Sorry.")`; the test checks 500 and the whole text `["Sorry."]`: endpoints4s\'s default server-error handler sends the exception\'s message as a one-item array. The word is the test\'s own, kept because the case measures the library\'s envelope (a judgment call). Kind: 500, server (rule 1). Message: "Sorry." is a lone word (rule 2.1): the default.',
    response: { status: 500, body: ['Sorry.'] },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── akka-http-cors ─────────────────────────────
  {
    id: 'akka-http-cors/malformed-request-400-text',
    source: 'akka-http-cors',
    url: 'lomigmegard/akka-http-cors/akka-http-cors/src/test/scala/ch/megard/akka/http/cors/CorsDirectivesSpec.scala@344e81ff895ec7c1376b36e25f0f1ff84508096c',
    note: '"handle the malformed request cause": a GET without an `Origin` header to a route whose settings reject generic HTTP requests, sealed with `handleRejections(corsRejectionHandler)`; the test checks `StatusCodes.BadRequest` and `entityAs[String] shouldBe "CORS: malformed request"`. No header checked, none given. Kind: 400, no code: bad-request (rule 1). Message: the area\'s name and a colon before a line that only says the request is malformed (rule 2.1: "a reason phrase behind an area\'s name", and SmartThings\' "The request is malformed." as generic): the default. Judgment call: a reader could keep the text sent on a 4xx (rule 2.6).',
    response: { status: 400, body: 'CORS: malformed request' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'akka-http-cors/invalid-origin-null-400-text',
    source: 'akka-http-cors',
    url: 'lomigmegard/akka-http-cors/akka-http-cors/src/test/scala/ch/megard/akka/http/cors/CorsDirectivesSpec.scala@344e81ff895ec7c1376b36e25f0f1ff84508096c',
    note: '"handle a request with invalid origin" when "the origin is null": a GET with `Origin: null`; the test checks 400 and the whole text. Kind: bad-request (rule 1). Message: after the area\'s label, a line that names only which input is invalid by the protocol\'s name for it, in small letters, with its value quoted (rule 2.1: "invalid q"); the browser, not the person, sets the Origin: the default. Judgment call: the corpus reads such short lines both ways.',
    response: { status: 400, body: "CORS: invalid origin 'null'" },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'akka-http-cors/invalid-origin-one-400-text',
    source: 'akka-http-cors',
    url: 'lomigmegard/akka-http-cors/akka-http-cors/src/test/scala/ch/megard/akka/http/cors/CorsDirectivesSpec.scala@344e81ff895ec7c1376b36e25f0f1ff84508096c',
    note: '"handle a request with invalid origin" when "there is one origin": a GET with `Origin: http://invalid.com`, which the settings do not allow; the test checks 400 and the whole text. Kind: bad-request (rule 1). Message: as the null-origin case, a line naming only the invalid input (rule 2.1): the default (a judgment call).',
    response: { status: 400, body: "CORS: invalid origin 'http://invalid.com'" },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'akka-http-cors/invalid-origin-two-400-text',
    source: 'akka-http-cors',
    url: 'lomigmegard/akka-http-cors/akka-http-cors/src/test/scala/ch/megard/akka/http/cors/CorsDirectivesSpec.scala@344e81ff895ec7c1376b36e25f0f1ff84508096c',
    note: '"handle a request with invalid origin" when "there are two origins": a GET with two origins in its `Origin` header; the test checks 400 and the whole text, the origins joined by a space. Kind: bad-request (rule 1). Message: a line naming only the invalid input (rule 2.1): the default (a judgment call, as the other origin cases).',
    response: { status: 400, body: "CORS: invalid origin 'http://invalid1.com http://invalid2.com'" },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'akka-http-cors/invalid-method-preflight-400-text',
    source: 'akka-http-cors',
    url: 'lomigmegard/akka-http-cors/akka-http-cors/src/test/scala/ch/megard/akka/http/cors/CorsDirectivesSpec.scala@344e81ff895ec7c1376b36e25f0f1ff84508096c',
    note: '"handle a pre-flight request with invalid method": an OPTIONS pre-flight with `Access-Control-Request-Method: PATCH`, a method the settings do not allow; the test checks 400 and the whole text. Kind: 400, no code: bad-request (rule 1; a pre-flight refused is not a 405). Message: a line naming only the invalid input, the requested method, by the protocol\'s name (rule 2.1): the default (a judgment call).',
    response: { status: 400, body: "CORS: invalid method 'PATCH'" },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'akka-http-cors/invalid-headers-preflight-400-text',
    source: 'akka-http-cors',
    url: 'lomigmegard/akka-http-cors/akka-http-cors/src/test/scala/ch/megard/akka/http/cors/CorsDirectivesSpec.scala@344e81ff895ec7c1376b36e25f0f1ff84508096c',
    note: '"handle a pre-flight request with invalid headers": an OPTIONS pre-flight with `Access-Control-Request-Headers: X-a, X-b`, which the settings do not allow; the test checks 400 and the whole text. Kind: bad-request (rule 1). Message: a line naming only the invalid inputs, the requested headers (rule 2.1): the default (a judgment call).',
    response: { status: 400, body: "CORS: invalid headers 'X-a X-b'" },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── KGraphQL ─────────────────────────────
  {
    id: 'kgraphql/property-does-not-exist-validation-200',
    source: 'KGraphQL',
    url: 'stuebingerb/KGraphQL/kgraphql-ktor/src/test/kotlin/de/stuebingerb/kgraphql/KtorFeatureTest.kt@f14884ec8f6fefb7579a12c84bcd31390fbc7438',
    note: '"request error response test": a query for `actor { nickname }` where type `Actor` has no `nickname`; the test checks `bodyAsText()` equal to the whole JSON and `contentType()` equal to `ContentType.Application.Json`. Status 200, from the plugin\'s source at the same commit (the header comment). Kind: a 200 whose lone error carries `GRAPHQL_VALIDATION_FAILED`, which KGraphQL puts in `extensions.type` (its only code there, so it classifies: rule 1\'s category reading) and which rule 1 makes a bad request. Message: GraphQL query-validation text naming a type and a property (rule 2.3, "Cannot query field … on type …"): the default. `locations` is no field (rule 3). Code not stated: whether `extensions.type` is the code is left open (rule 6 names `extensions.code`). Judgment call: the kind rests on reading `type` as the code.',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: {
        errors: [
          {
            message: "Property 'nickname' on 'Actor' does not exist",
            locations: [{ line: 3, column: 1 }],
            extensions: { type: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'kgraphql/resolver-error-data-null-200',
    source: 'KGraphQL',
    url: 'stuebingerb/KGraphQL/kgraphql-ktor/src/test/kotlin/de/stuebingerb/kgraphql/KtorFeatureTest.kt@f14884ec8f6fefb7579a12c84bcd31390fbc7438',
    note: "\"execution error response test\": a resolver of `Actor.nickname` fails `require(actor.age <= 30) { \"Actors above 30 don't have nicknames\" }` for the second actor; the test checks the whole body and the JSON Content-Type. Status 200 (the plugin's `respondText` without a status, header comment). The sentence is the test resolver's own, kept because the case measures KGraphQL's envelope (a judgment call). Kind: a GraphQL `INTERNAL_SERVER_ERROR`, here in `extensions.type`, is server (rule 1). Message: the error's sentence, for the person: kept. Fields: `path` points into the response, never a field (rule 3). Judgment call: the kind rests on reading `extensions.type` as the code.",
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: {
        errors: [
          {
            message: "Actors above 30 don't have nicknames",
            locations: [{ line: 3, column: 1 }],
            path: ['actors', 1, 'nickname'],
            extensions: { type: 'INTERNAL_SERVER_ERROR' },
          },
        ],
        data: null,
      },
    },
    expect: { kind: 'server', message: "Actors above 30 don't have nicknames" },
  },
  {
    id: 'kgraphql/nested-resolver-error-partial-data-200',
    source: 'KGraphQL',
    url: 'stuebingerb/KGraphQL/kgraphql-ktor/src/test/kotlin/de/stuebingerb/kgraphql/KtorFeatureTest.kt@f14884ec8f6fefb7579a12c84bcd31390fbc7438',
    note: "\"nested execution error response test\": the same resolver fails inside `persons { favouriteMovie { actors { nickname } } }`, and the nullable `persons` field is answered null; the test checks the whole body and the JSON Content-Type. Status 200 (header comment). The sentence is the test resolver's own (a judgment call, as the case before). Kind: server, from `INTERNAL_SERVER_ERROR` (rule 1). Message: kept. Fields: the response path and `data.persons: null` are the response's, never fields (rule 3: a GraphQL error's `path` points into the response). Judgment call: the kind rests on reading `extensions.type` as the code.",
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: {
        errors: [
          {
            message: "Actors above 30 don't have nicknames",
            locations: [{ line: 9, column: 1 }],
            path: ['persons', 1, 'favouriteMovie', 'actors', 0, 'nickname'],
            extensions: { type: 'INTERNAL_SERVER_ERROR' },
          },
        ],
        data: { persons: null },
      },
    },
    expect: { kind: 'server', message: "Actors above 30 don't have nicknames" },
  },
] satisfies ConformanceCase[];
