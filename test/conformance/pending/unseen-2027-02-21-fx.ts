import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-third unseen-API holdout, part FX (21 February 2027): Scala and JVM-functional HTTP stacks and libraries that
// no other case file uses: Smithy4s (Disney Streaming's Smithy code generator and http4s server), alloy's
// simpleRestJson protocol (Disney Streaming's Smithy protocol library, whose compliance tests Smithy4s runs; not the
// Alloy identity-decisioning API that sources.txt lists, a different product), Cask (Li Haoyi's Scala micro-framework),
// ZIO HTTP and Misk (Cash App's Kotlin service framework). They were collected to measure how the reader does at first
// sight on APIs it was never tuned on. Every body was copied from the projects' own tests, each named in `url` with its
// commit: Smithy4s's PizzaSpec (weaver `expect(code == …)`, `expect(body == …)` and the `X-Error-Type` and `X-CODE`
// headers), alloy's `@httpResponseTests` compliance cases (status, headers and body as the protocol test fixes them),
// Cask's variableRoutes example test (`requests.get(…, check = false).text() ==> """…""".stripMargin`; the status,
// which the test leaves to `check = false`, read from `handleEndpointError` in cask/src/cask/main/Main.scala at
// 0460ad2eca7fcdec1ff29c289dad4ecc76dde9c6: mismatched arguments answer 400 with `ErrorMsgs.formatInvokeError` in debug
// mode, the default), ZIO HTTP's BadRequestSpec (`assertTrue(body == expectedBody)`; the status is the spec's subject,
// a codec error's 400, which the same file's replacement codec also pins with `StatusCodec.BadRequest`) and Misk's
// ExceptionMapperTest (AssertJ `isEqualTo` on the code and the whole text). Headers were copied only where the test
// states them (Smithy4s's and alloy's); none was added. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: http4s (TimeoutSuite checks only statuses; the bodies of MessageFailure's responses, "The
// request body was malformed." and "The request body was invalid.", turned up only in the library's source, never in
// a test or a page that shows them on the wire), Lagom (ExceptionsSpec round-trips each TransportException through the
// DefaultExceptionSerializer and never shows the serialized body), Helidon (BadRequestTest's 400 body and reason
// phrase, "There we go" and "Custom-bad-request", are the test's own direct handler's, and its routing error handler
// answers 200), Scalatra (NotFoundTest's 404 body is the test's own `notFound` block, "notFound block executed", and
// the default 404 is checked by status only), Misk's WebActionExceptionMapperTest (log levels only), Lagom's and Cask's
// other suites (Cask's FailureTests are compile errors; its older ExampleTests repeat the same text without a status).
// Dropped as guessed or repeated bodies: Smithy4s's 502 GenericServerError and 418 GenericClientError and its two
// parse-error cases (checked with `contains` on one member; the wire body would be inferred from the error adapter and
// the schema), ZIO HTTP's HTML rendering (the expected page is built with ZIO HTTP's template DSL, so its markup would
// have to be guessed), its empty-body `emptyErrorResponse` case (the status would be inferred), its fallback for an
// unsupported Accept (the same JSON body as the case kept) and its replacement codec's `name2`/`message2` body (a test
// schema's renamed members), and Misk's tests beyond ExceptionMapperTest. Not reached within the cap: Sangria, Vert.x
// web validation, Lift and Skinny Framework. Skipped as already sources: Tapir, Caliban, Finatra, Apache Pekko HTTP
// (and Akka HTTP), Quarkus, RESTEasy and Armeria (and, wider on the JVM, Play Framework, http4k, Finch, Jooby, Javalin,
// Micronaut, Ktor and Spring). No XML body and no HTML page was kept; five text bodies were (Cask's two, Misk's three).
//
// The part holds 10 cases from 5 sources, short of the brief's aim of 15–30 (at least 5 sources met): all 34 of the 34
// look-ups were spent, many on suites that check only a status (http4s, Scalatra's default 404) or round-trip an
// exception without its body (Lagom), and on test-authored handlers (Helidon).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-21-fx`, on 4f5be46, src/ unchanged: in the frozen copy /tmp/base93; `--check` first reported
// no problem): 7/10 pass, 5 sources (kind 10/10, message 7/10, fields 10/10, retry 10/10, logId 0/0, code 0/0).
// Failing at first sight: cask/missing-argument-signature-400-text and cask/missing-seq-argument-signature-400-text
// (kept the whole text joined on one line, "Missing argument: (param: String) Arguments provided did not match
// expected signature: getArticle articleId Int param String", and its `Seq[String]` twin; the cases expect the
// default: the first line names only an input by its key, as rule 2.1's "Missing 'content' argument" does, and the
// rest is the router's debug-mode print of the Scala method's signature, developer text by rule 2.3; the first half
// follows a listed example, the second is a judgment call, as the rules name no router's signature dump);
// zio-http/codec-error-single-value-json-400 (kept "Expected single value for query parameter age, but got 2 instead";
// the case reads the endpoint codec's decoding report as developer text, rule 2.3, and gives the default: a judgment
// call its note names, since the corpus keeps Tapir's "Invalid value for: path parameter customer_id"). Every other
// case passed as written, including the judgment calls on the 404s' `{ "name": "unknown" }` (no field, the default),
// ZIO HTTP's `SchemaTransformationFailure` (a bad request, no code) and Misk's masked "SERVICE_UNAVAILABLE" (the
// default, no code).
//
// No expectation was changed after the run (the header's case count was corrected from 11 to 10, and Prettier's line
// breaks were applied before it).

export default [
  // ───────────────────────────── Smithy4s ─────────────────────────────
  {
    id: 'smithy4s/price-error-header-discriminator-400',
    source: 'Smithy4s',
    url: 'disneystreaming/smithy4s/modules/tests/src/smithy4s/tests/PizzaSpec.scala@f4f7827d3fb6e377b1c486cd2fd942c8140bfaba',
    note: 'The router test "Negative: custom error, default client error code, header discriminator, document response body": POST /restaurant/bad1/menu/item with `price: 1.5`; the test expects `X-CODE: 1`, code 400, `body == Json.obj("message" -> "Prices must be whole numbers: 1.5")` and the discriminator `X-Error-Type: PriceError` (both headers copied; the test checks no Content-Type, none given). The sentence is the test service\'s, the envelope and the headers Smithy4s\'s (alloy\'s `PriceError { message, @httpHeader("X-CODE") code }`, a client error with no `@httpError`, so the default 400). Kind: a 400 with no field member and no code the rules read (`X-Error-Type` is the protocol\'s discriminator, a header rule 6 does not name; `X-CODE` a number in a header): bad-request (rule 1). Message: a sentence that states the rule a value broke, with the value: kept (rule 2.1). No code stated: the rules name neither header.',
    response: {
      status: 400,
      headers: { 'X-Error-Type': 'PriceError', 'X-CODE': '1' },
      body: { message: 'Prices must be whole numbers: 1.5' },
    },
    expect: { kind: 'bad-request', message: 'Prices must be whole numbers' },
  },
  {
    id: 'smithy4s/not-found-error-name-404',
    source: 'Smithy4s',
    url: 'disneystreaming/smithy4s/modules/tests/src/smithy4s/tests/PizzaSpec.scala@f4f7827d3fb6e377b1c486cd2fd942c8140bfaba',
    note: 'The router test "path that returns NotFound": GET /restaurant/unknown/menu; the test expects code 404, `X-Error-Type: NotFoundError` (copied) and `body == Json.obj("name" -> "unknown")`: alloy\'s `@httpError(404) NotFoundError { @required name: String }`, whose one member carries the restaurant\'s name from the path. No Content-Type checked, none given. Kind: 404, not-found (rule 1). Message: "unknown" is the name the request asked for, a lone word and no sentence (rule 2.1): the default. Fields: none. Judgment call: rule 3 reads `{ "email": "is invalid" }` as a map of fields, and a reader could read `name: "unknown"` as the field `name`; but its value is a value, not a message, and `name` beside an error is the member rule 1 reads as a category. No code stated: the discriminator sits in a header rule 6 does not name.',
    response: {
      status: 404,
      headers: { 'X-Error-Type': 'NotFoundError' },
      body: { name: 'unknown' },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── alloy simpleRestJson ─────────────────────────────
  {
    id: 'alloy-simplerestjson/price-error-400',
    source: 'alloy simpleRestJson',
    url: 'disneystreaming/alloy/modules/protocol-tests/resources/META-INF/smithy/AddMenuItem.smithy@57de8467435e3bb2726813522d166cd5df98dadd',
    note: 'The protocol compliance case `PriceError` (`apply PriceError @httpResponseTests`, protocol `simpleRestJson`): code 400, headers `Content-Type: application/json` and `X-ADDED-AT: 1576540098` (both as the case gives them; the second is the operation\'s success header, an epoch second in 2019, no wait), body `{"message":"Price must be greater than 0"}`. The params\' `code: 400` is the `X-CODE` header member, which the case\'s headers do not list, so none is given. Kind: a 400 with no field member and no code: bad-request (rule 1). Message: a sentence stating what a value must be: kept (rule 2.1). Retry: `X-ADDED-AT` is no rate-limit or retry header (rule 4): none.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json', 'X-ADDED-AT': '1576540098' },
      body: { message: 'Price must be greater than 0' },
    },
    expect: { kind: 'bad-request', message: 'Price must be greater than 0' },
  },
  {
    id: 'alloy-simplerestjson/not-found-error-404',
    source: 'alloy simpleRestJson',
    url: 'disneystreaming/alloy/modules/protocol-tests/resources/META-INF/smithy/GetMenu.smithy@f4582483e4a11ea78991aa8621f88c8103b01d09',
    note: 'The protocol compliance case `NotFoundError` (`apply NotFoundError @httpResponseTests`): code 404, headers `Content-Type: application/json` and `X-Error-Type: NotFoundError`, body `{"name":"unknown"}` (Pizza.smithy at the same repository: `@httpError(404) structure NotFoundError { @required name: String }`). The same body Smithy4s\'s PizzaSpec asserts from its server; here the protocol\'s own case, with its Content-Type. Kind: 404, not-found (rule 1). Message: the lone word "unknown" is the restaurant\'s name, no sentence (rule 2.1): the default. Fields: none; the same judgment call as `smithy4s/not-found-error-name-404` (a reader could read `name` as a field). No code stated.',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json', 'X-Error-Type': 'NotFoundError' },
      body: { name: 'unknown' },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Cask ─────────────────────────────
  {
    id: 'cask/missing-argument-signature-400-text',
    source: 'Cask',
    url: 'com-lihaoyi/cask/example/variableRoutes/app/test/src/ExampleTests.scala@db650abf0a86935a5f5a2bc55650f10a0faab192',
    note: 'The example test "VariableRoutes": `requests.get(s"$host/article/123", check = false).text() ==> """…""".stripMargin`, an endpoint `getArticle(articleId: Int, param: String)` called without its query parameter `param`; the text is copied with the line breaks `stripMargin` leaves. The status is not checked by the test (`check = false` keeps requests-scala from throwing on it): cask/src/cask/main/Main.scala (at 0460ad2eca7fcdec1ff29c289dad4ecc76dde9c6) answers `Router.Result.Error.MismatchedArguments` with 400 and, in debug mode (`debugMode = true`, the default), `ErrorMsgs.formatInvokeError`, this text. No header checked, none given. Kind: a 400 with no field member and no code; the parameter is named only in the text, which never decides (rule 1): bad-request. Message: "Missing argument: (param: String)" names only an input by the API\'s key, with its Scala type, as rule 2.1\'s "Missing \'content\' argument" does, and the rest is the Scala method\'s signature printed by the router in debug mode (developer text, rule 2.3): the default (rule 2.4).',
    response: {
      status: 400,
      body: 'Missing argument: (param: String)\n\nArguments provided did not match expected signature:\n\ngetArticle\n  articleId  Int\n  param  String\n\n',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'cask/missing-seq-argument-signature-400-text',
    source: 'Cask',
    url: 'com-lihaoyi/cask/example/variableRoutes/app/test/src/ExampleTests.scala@db650abf0a86935a5f5a2bc55650f10a0faab192',
    note: 'The same test: `requests.get(s"$host/article4/123", check = false).text() ==> …`, the endpoint `getArticleSeq(articleId: Int, param: Seq[String])` without any `param`; status 400 from Main.scala as in `cask/missing-argument-signature-400-text`. No header. Kind: bad-request (rule 1). Message: the line names only the input and its Scala type (`Seq[String]`, brackets and all), and the signature below it is the router\'s debug report (rules 2.1, 2.3): the default.',
    response: {
      status: 400,
      body: 'Missing argument: (param: Seq[String])\n\nArguments provided did not match expected signature:\n\ngetArticleSeq\n  articleId  Int\n  param  Seq[String]\n\n',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── ZIO HTTP ─────────────────────────────
  {
    id: 'zio-http/codec-error-single-value-json-400',
    source: 'ZIO HTTP',
    url: 'zio/zio-http/zio-http/jvm/src/test/scala/zio/http/endpoint/BadRequestSpec.scala@a4aa63ff59f24fd1f3ef444452cc5679a5c0f62a',
    note: "BadRequestSpec's \"should return json rendered error message by default for json accept header\": an endpoint with `query(QueryCodec.queryInt(\"age\"))` called as `/test?age=1&age=2` with `Accept: application/json`; `assertTrue(body == expectedBody)` with this exact JSON, the default codec-error body (`name` the HttpCodecError's case, `message` its text). The test checks the body only: the status is the spec's subject, the 400 ZIO HTTP answers a codec error with, which the replacement codec in the same file also pins (`ContentCodec.content(…) ++ StatusCodec.BadRequest`). No header checked, none given. Kind: bad-request (rule 1): no field member, and `SchemaTransformationFailure` names the codec's step, not an input's value (rule 1's validation codes say an input is invalid or missing). Judgment call: a reader could read a query value that failed its schema as an input's invalid value, a validation failure. Message: \"Expected single value for query parameter age, but got 2 instead\" is the endpoint codec's decoding report about how the query string was built, as rule 2.3 gives decoders' and OpenAPI validators' reports to developers (OpenApiSpex's \"Invalid boolean. Got: string\", openapi-core's \"Failed to cast value bar to type integer\"): the default. Judgment call: Tapir's \"Invalid value for: path parameter customer_id\" is kept in the corpus, and a reader could keep this line the same way. No code stated: `name` is the member rule 1 reads as a category.",
    response: {
      status: 400,
      body: {
        name: 'SchemaTransformationFailure',
        message: 'Expected single value for query parameter age, but got 2 instead',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Misk ─────────────────────────────
  {
    id: 'misk/server-error-masked-503-text',
    source: 'Misk',
    url: 'cashapp/misk/misk/src/test/kotlin/misk/web/exceptions/ExceptionMapperTest.kt@9c93e390d4ec84acbed628bbe35e8ebbf039aa84',
    note: '`masksMessageOnServerError`: an action (response type text/plain UTF-8) throws `ActionException(StatusCode.SERVICE_UNAVAILABLE, "you asked for an error")`; the test checks code 503 and `response.body?.string()` equal to `StatusCode.SERVICE_UNAVAILABLE.name`, "SERVICE_UNAVAILABLE": Misk masks a server error\'s message with the status\'s name. No header checked, none given. Kind: 503, unavailable (rule 1). Message: plain text on a 5xx (rule 2.6), and a code in capitals at that (rule 2.1): the default. No code stated: a text body in capitals is a code to rule 2.1, but rule 6 names no text body as the code\'s place.',
    response: { status: 503, body: 'SERVICE_UNAVAILABLE' },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'misk/client-error-message-403-text',
    source: 'Misk',
    url: 'cashapp/misk/misk/src/test/kotlin/misk/web/exceptions/ExceptionMapperTest.kt@9c93e390d4ec84acbed628bbe35e8ebbf039aa84',
    note: "`returnsMessageOnClientErrors`: the same action throws `ActionException(StatusCode.FORBIDDEN, \"you asked for an error\")`; the test checks code 403 and the whole text. The sentence is the test action's own, kept because passing a client error's message through is what the test asserts of Misk. No header checked. Kind: 403, forbidden (rule 1). Message: a sentence as text on a 4xx (rule 2.6); it starts with a plain word, no input's key (rule 2.1): kept.",
    response: { status: 403, body: 'you asked for an error' },
    expect: { kind: 'forbidden', message: 'you asked for an error' },
  },
  {
    id: 'misk/unmapped-error-500-text',
    source: 'Misk',
    url: 'cashapp/misk/misk/src/test/kotlin/misk/web/exceptions/ExceptionMapperTest.kt@9c93e390d4ec84acbed628bbe35e8ebbf039aa84',
    note: '`handlesUnmappedErrorsAsInternalServerError`: an action throws `AssertionError("this was bad")`, which no mapper handles; the test checks code 500 and the whole text "internal server error" (the error\'s own text is not sent). No header checked. Kind: 500, server (rule 1). Message: the status\'s reason phrase in small letters, and plain text on a 5xx (rules 2.1, 2.6): the default.',
    response: { status: 500, body: 'internal server error' },
    expect: { kind: 'server', message: DEFAULT },
  },
] satisfies ConformanceCase[];
