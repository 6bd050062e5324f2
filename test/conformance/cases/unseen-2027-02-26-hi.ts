import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-eighth unseen-API holdout, part HI (26 February 2027): Java servers, servlet containers and REST stacks that
// no other case file names as a source: Apache Juneau (the Apache REST framework: juneau-rest-server), Open Liberty
// (IBM's Jakarta EE and MicroProfile runtime, its web container's default error text), Helidon (Oracle's microservice
// framework, its SE and MP web servers), Eclipse Jetty (the default handler's page), Apache Tomcat (the error report
// valve's page) and Apache Atlas (a Java REST server whose 401 is Jetty's page with Spring Security's reason). They
// were collected to measure how the reader does at first sight on servers it was never tuned on. Bodies were copied
// from: Juneau's own test suite (juneau-rest-server-utest's exceptions/BasicTest.java, whose `MockRest` tests check the
// status and the whole body with `assertStatus().equals(…)` and `assertBody().is(…)`, for the framework's own
// exceptions thrown without a message); public issues that paste a captured body: OpenLiberty/open-liberty#2424,
// OpenLiberty/openliberty.io#2299 and OpenLiberty/guide-rest-intro#206 (Liberty's `Error <status>: <exception>` text),
// helidon-io/helidon#3974 and #8666 (`curl -v` captures with their status line and headers),
// p0dalirius/Tomcat-webshell-application#8 and adamcaudill/yawast#172 (Tomcat's HTML status report), shadow/shadow#3377
// (Jetty 12's page, quoted whole) and the Apache Atlas JIRA ATLAS-1543 as archived on mail-archive.com (a 401 page
// quoted whole). Headers were copied only where the source shows them (Helidon's captures); none was added. Every
// `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Vaadin Hilla (its EndpointControllerTest checks error bodies with `contains` only), Spring
// for GraphQL (its GraphQL-over-HTTP protocol tests check only the status and `extensions.classification`; an issue
// search found no pasted Spring GraphQL error body), Helidon's webserver tests (BadRequestTest's bodies are the test
// author's own texts, "There we go" and "Bad request in routing"; ExceptionMessageTest checks only that the entity
// contains "see server log"), Juneau's "Method 'GET' not found on resource with matching pattern …" (its tests check it
// with `contains`; the wire body would have to be rebuilt from the handler's template), Vert.x Web (issues name its
// "Resource not found" page without a captured body and status), Apache CXF (a swagger-core issue quotes "No message
// body writer has been found for response class ApiResponse." without its status), WildFly's management interface (a
// gist shows the 401's headers, but its body is cut at "401 - Unautho" in every excerpt the search returned; completing
// it from its Content-Length would be a guess), an Undertow-style "404 - Not Found" page in nmap output (no server
// named), GlassFish and Payara (the wire log is cut before the page; GRIZZLY-1490 quotes one line),
// MicroProfile Health (the docs name the statuses, print no DOWN body), Lagom (a docs search found no error body) and
// Apache Camel's REST DSL validation ("required query parameters are missing" found no Camel test). Skipped as already
// sources: Jersey, RESTEasy, Javalin, Armeria, Ktor, http4k, Jooby, Akka HTTP, Apache Pekko HTTP, Play Framework,
// Micronaut, Quarkus, Dropwizard, Spark Java, Spring Boot, Spring Security, Spring Cloud Gateway, Spring Data REST,
// Netflix DGS, graphql-java and Keycloak. Not reached within the cap: Spring HATEOAS, SmallRye GraphQL, KGraphQL,
// graphql-kotlin, Ratpack and Payara's REST admin.
//
// The part holds 19 cases from 6 sources, within the brief's aim of 15–30 from at least 5; 29 of the 32 look-ups were
// spent, many on frameworks whose tests check a status and a substring, not the body. No JSON error body with field
// errors turned up: these servers' defaults answer in text and HTML, and the part measures those.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-26-hi`, on 6927fa7, src/ unchanged: in the frozen copy /tmp/base98, after `--check` reported
// every case valid): 18/19 pass, 6 sources (kind 19/19, message 18/19, fields 19/19, retry 19/19, logId 0/0, code 0/0).
// Failing at first sight: helidon/no-handler-found-for-path-404-text (kept "No handler found for path: /greet/test2";
// the case reads the router's line as the 404 in a router's terms, as rule 2.1 reads Go's "404 page not found", and
// gives the default: a judgment call its note names, since rule 2.6 makes a sentence sent as text on a 4xx the
// message). The kit gave the default for Open Liberty's like line ("… NoTargetForURIException: No target servlet
// configured for uri: …"), which the case expects, so the two routing reports are read apart by the kit and alike by
// the part. Every other case passed as written, including the judgment calls on Liberty's "File not found: /explorer"
// behind its exception chain (the default) and the Atlas page copied with the archive's missing "<" (HTML, the
// default).
//
// No expectation was changed after the run (Prettier's formatting was applied before it).
//
// It joined `cases/` with its own holdout's conventions, which read Helidon's router line as the 404's (18/19 at
// first sight): 19/19.

export default [
  // ───────────────────────────── Apache Juneau ─────────────────────────────
  {
    id: 'apache-juneau/bad-request-400-text',
    source: 'Apache Juneau',
    url: 'apache/juneau/juneau-rest/juneau-rest-server-utest/src/test/java/org/apache/juneau/rest/exceptions/BasicTest.java@019540614f88e4ce7cdba8759c1fa93adbcdbec5',
    note: 'a01_badRequest: a `@RestMethod` throws `new BadRequest()` with no message; the test checks `assertStatus().equals(400)` and `assertBody().is("Bad Request")`, the whole body. No header is checked, none given. Kind: a 400 without code or fields, bad-request (rule 1). Message: the bare reason phrase (rule 2.1): the default.',
    response: { status: 400, body: 'Bad Request' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'apache-juneau/unauthorized-401-text',
    source: 'Apache Juneau',
    url: 'apache/juneau/juneau-rest/juneau-rest-server-utest/src/test/java/org/apache/juneau/rest/exceptions/BasicTest.java@019540614f88e4ce7cdba8759c1fa93adbcdbec5',
    note: 'a27_unauthorized: `throw new Unauthorized()`; the test checks 401 and the whole body "Unauthorized". No header checked (no WWW-Authenticate is shown), none given. Kind: 401, unauthenticated (rule 1). Message: the reason phrase (rule 2.1): the default.',
    response: { status: 401, body: 'Unauthorized' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'apache-juneau/forbidden-403-text',
    source: 'Apache Juneau',
    url: 'apache/juneau/juneau-rest/juneau-rest-server-utest/src/test/java/org/apache/juneau/rest/exceptions/BasicTest.java@019540614f88e4ce7cdba8759c1fa93adbcdbec5',
    note: 'a05_forbidden: `throw new Forbidden()`; the test checks 403 and the whole body "Forbidden". Kind: 403, forbidden (rule 1). Message: the 403\'s own reason phrase (rule 2.1): the default. No code stated: a text body carries none.',
    response: { status: 403, body: 'Forbidden' },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'apache-juneau/conflict-409-text',
    source: 'Apache Juneau',
    url: 'apache/juneau/juneau-rest/juneau-rest-server-utest/src/test/java/org/apache/juneau/rest/exceptions/BasicTest.java@019540614f88e4ce7cdba8759c1fa93adbcdbec5',
    note: 'a02_conflict: `throw new Conflict()`; the test checks 409 and the whole body "Conflict". Kind: 409, conflict (rule 1). Message: the reason phrase (rule 2.1): the default.',
    response: { status: 409, body: 'Conflict' },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'apache-juneau/gone-410-text',
    source: 'Apache Juneau',
    url: 'apache/juneau/juneau-rest/juneau-rest-server-utest/src/test/java/org/apache/juneau/rest/exceptions/BasicTest.java@019540614f88e4ce7cdba8759c1fa93adbcdbec5',
    note: 'a06_gone: `throw new Gone()`; the test checks 410 and the whole body "Gone". Kind: 410, not-found (rule 1). Message: the reason phrase, a lone word too (rule 2.1): the default.',
    response: { status: 410, body: 'Gone' },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'apache-juneau/precondition-failed-412-text',
    source: 'Apache Juneau',
    url: 'apache/juneau/juneau-rest/juneau-rest-server-utest/src/test/java/org/apache/juneau/rest/exceptions/BasicTest.java@019540614f88e4ce7cdba8759c1fa93adbcdbec5',
    note: 'a21_preconditionFailed: `throw new PreconditionFailed()`; the test checks 412 and the whole body "Precondition Failed". Kind: 412, conflict (rule 1: a precondition on the current state). Message: the reason phrase (rule 2.1): the default.',
    response: { status: 412, body: 'Precondition Failed' },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'apache-juneau/unprocessable-entity-422-text',
    source: 'Apache Juneau',
    url: 'apache/juneau/juneau-rest/juneau-rest-server-utest/src/test/java/org/apache/juneau/rest/exceptions/BasicTest.java@019540614f88e4ce7cdba8759c1fa93adbcdbec5',
    note: 'a29_unprocessableEntity: `throw new UnprocessableEntity()`; the test checks 422 and the whole body "Unprocessable Entity". Kind: 422, validation (rule 1: the status decides). Fields: none (a text body names none). Message: the reason phrase (rule 2.1): the default.',
    response: { status: 422, body: 'Unprocessable Entity' },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'apache-juneau/too-many-requests-429-text',
    source: 'Apache Juneau',
    url: 'apache/juneau/juneau-rest/juneau-rest-server-utest/src/test/java/org/apache/juneau/rest/exceptions/BasicTest.java@019540614f88e4ce7cdba8759c1fa93adbcdbec5',
    note: 'a26_tooManyRequests: `throw new TooManyRequests()`; the test checks 429 and the whole body "Too Many Requests". No header checked, none given. Kind: 429, rate-limited (rule 1). Message: the reason phrase (rule 2.1): the default. Retry: no header, no hint (rule 4): none.',
    response: { status: 429, body: 'Too Many Requests' },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },
  {
    id: 'apache-juneau/not-implemented-501-text',
    source: 'Apache Juneau',
    url: 'apache/juneau/juneau-rest/juneau-rest-server-utest/src/test/java/org/apache/juneau/rest/exceptions/BasicTest.java@019540614f88e4ce7cdba8759c1fa93adbcdbec5',
    note: 'a19_notImplemented: `throw new NotImplemented()`; the test checks 501 and the whole body "Not Implemented". Kind: 501, server (rule 1). Message: plain text on a 5xx, and a reason phrase besides (rules 2.1, 2.6): the default.',
    response: { status: 501, body: 'Not Implemented' },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'apache-juneau/service-unavailable-503-text',
    source: 'Apache Juneau',
    url: 'apache/juneau/juneau-rest/juneau-rest-server-utest/src/test/java/org/apache/juneau/rest/exceptions/BasicTest.java@019540614f88e4ce7cdba8759c1fa93adbcdbec5',
    note: 'a25_serviceUnavailable: `throw new ServiceUnavailable()`; the test checks 503 and the whole body "Service Unavailable". No header checked (no Retry-After), none given. Kind: 503, unavailable (rule 1). Message: plain text on a 5xx and a reason phrase (rules 2.1, 2.6): the default. Retry: none.',
    response: { status: 503, body: 'Service Unavailable' },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Open Liberty ─────────────────────────────
  {
    id: 'open-liberty/srve0190e-file-not-found-404-text',
    source: 'Open Liberty',
    url: 'https://github.com/OpenLiberty/open-liberty/issues/2424',
    note: 'Issue "Hitting host:port/openapi/xyz doesn\'t return 404" (2018): for `localhost:9080/openapi/explorer` the reporter quotes what Liberty answers, "Error 404: javax.servlet.ServletException: java.io.FileNotFoundException: SRVE0190E: File not found: /explorer", the web container\'s default error text. The status is the one the text names (the issue is about the 404); no header is shown, none given. Kind: 404, not-found (rule 1). Message: the body is a caught exception printed whole: a status label ("Error 404: ", as "[ERROR 400] " says no more), two qualified exception class names and the container\'s message id SRVE0190E (rule 2.3: exception class names and qualified type names are developer text): the default. Judgment call: after the classes and the message id are dropped (rule 2.1 drops a vendor\'s error number leading a line), "File not found: /explorer" is left, which a reader could keep as a sentence on a 4xx (rule 2.6).',
    response: {
      status: 404,
      body: 'Error 404: javax.servlet.ServletException: java.io.FileNotFoundException: SRVE0190E: File not found: /explorer',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'open-liberty/include-file-not-found-500-text',
    source: 'Open Liberty',
    url: 'https://github.com/OpenLiberty/openliberty.io/issues/2299',
    note: 'Issue "Catch SRVE0190E 500 Error and redirect to 404 page" (2021): openliberty.io, served by Open Liberty, answered a request for a missing docs page with "Error 500: javax.servlet.ServletException: com.ibm.ws.webcontainer.exception.IncludeFileNotFoundException: SRVE0190E: File not found: /docs/21.0.0.10/reference/config/server-configuration-overview.html.gz" (the 500 is the issue\'s title; openliberty.io#2517 quotes the same text for another path). No header shown. Kind: 500, server (rule 1: the status decides, though the text says a file was missing; a code never turns a 5xx into a 4xx kind). Message: plain text on a 5xx, and an exception chain (rules 2.3, 2.6): the default.',
    response: {
      status: 500,
      body: 'Error 500: javax.servlet.ServletException: com.ibm.ws.webcontainer.exception.IncludeFileNotFoundException: SRVE0190E: File not found: /docs/21.0.0.10/reference/config/server-configuration-overview.html.gz',
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'open-liberty/no-target-servlet-404-text',
    source: 'Open Liberty',
    url: 'https://github.com/OpenLiberty/guide-rest-intro/issues/206',
    note: 'Issue "Project code does not work" (2023), on the Open Liberty REST guide: the reporter quotes the answer to `/LibertyProject/system/properties`, "Error 404: com.ibm.ws.webcontainer.servlet.exception.NoTargetForURIException: No target servlet configured for uri: /LibertyProject/system/properties" (another app held port 9080, the thread found). The status is the one the text names; no header shown. Kind: 404, not-found (rule 1). Message: a status label, a qualified exception class (rule 2.3) and the exception\'s own text, which reports the container\'s servlet mapping for the URL path asked for: the 404 in the container\'s terms, for whoever deployed the app, as Go\'s "404 page not found" restates its status (rule 2.1): the default. Judgment call: a reader could drop the label and the class and keep "No target servlet configured for uri" as a sentence on a 4xx (rule 2.6).',
    response: {
      status: 404,
      body: 'Error 404: com.ibm.ws.webcontainer.servlet.exception.NoTargetForURIException: No target servlet configured for uri: /LibertyProject/system/properties',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Helidon ─────────────────────────────
  {
    id: 'helidon/no-handler-found-for-path-404-text',
    source: 'Helidon',
    url: 'https://github.com/helidon-io/helidon/issues/3974',
    note: 'Issue "Unwanted body from Jax-Rs endpoint returning status 404 without entity" (Helidon MP 2.x, 2022): a JAX-RS method returns `Response.status(404).build()`, and the `curl -v` capture shows `HTTP/1.1 404 Not Found`, `Content-Type: text/plain`, the Date, `transfer-encoding: chunked`, `connection: keep-alive` and the body "No handler found for path: /greet/test2", which the web server writes when nothing handled the request. Headers copied: Content-Type and Date as shown (the Date with its "+0100" offset, as Helidon wrote it); the hop-by-hop ones left out. Kind: 404, not-found (rule 1). Message: the line says only that the router found no handler for the URL path asked for, the 404 itself in a router\'s terms ("handler"), as Go\'s "404 page not found" restates its status (rule 2.1): the default. Judgment call: it is a sentence sent as text on a 4xx, which rule 2.6 makes the message, and a reader could keep it.',
    response: {
      status: 404,
      headers: { 'Content-Type': 'text/plain', Date: 'Thu, 17 Mar 2022 16:35:05 +0100' },
      body: 'No handler found for path: /greet/test2',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'helidon/cannot-parse-media-type-500-text',
    source: 'Helidon',
    url: 'https://github.com/helidon-io/helidon/issues/8666',
    note: 'Issue "Invalid Accept header results in 500 and a logged exception" (Helidon SE 4.0.7, 2024): `curl -v -H \'Accept: application.json\' …/observe/metrics` answered `HTTP/1.1 500 Internal Server Error` with Date, Connection, `Content-Length: 41`, `Content-Type: text/plain` and the body "Cannot parse media type: application.json" (41 characters, as the header says). Headers copied: Content-Type and Date as shown; Connection and Content-Length left out. Kind: 500, server (rule 1: the status decides; the fix later made it a 400). Message: plain text on a 5xx (rule 2.6), and a parser\'s report (rule 2.3): the default.',
    response: {
      status: 500,
      headers: { 'Content-Type': 'text/plain', Date: 'Tue, 16 Apr 2024 14:45:14 -0700' },
      body: 'Cannot parse media type: application.json',
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Eclipse Jetty ─────────────────────────────
  {
    id: 'eclipse-jetty/no-context-matched-404-html',
    source: 'Eclipse Jetty',
    url: 'https://github.com/shadow/shadow/pull/3377',
    note: 'PR "Add Jetty example/test" (2024): the description quotes what a bare Jetty 12 server answers, the default handler\'s page "Error 404 - Not Found." / "No context on this server matched or handled this request." with an empty table of contexts, whole. The status is the one the page names in its title and heading (the PR shows no status line); no header shown, none given. Kind: 404, not-found (rule 1). Message: an HTML page gives no message (rule 2.5): the default.',
    response: {
      status: 404,
      body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>Error 404 - Not Found</title>\n<meta charset="utf-8">\n<style>body { font-family: sans-serif; } table, td { border: 1px solid #333; } td, th { padding: 5px; } thead, tfoot { background-color: #333; color: #fff; } </style>\n</head>\n<body>\n<h2>Error 404 - Not Found.</h2>\n<p>No context on this server matched or handled this request.</p>\n<p>Contexts known to this server are:</p>\n<table class="contexts"><thead><tr><th>Context Path</th><th>Display Name</th><th>Status</th><th>LifeCycle</th></tr></thead><tbody>\n</tbody></table><hr/>\n<a href="https://jetty.org"><img alt="icon" src="/favicon.ico"/></a>&nbsp;<a href="https://jetty.org">Powered by Eclipse Jetty:// Server</a><hr/>\n</body>\n</html>\n',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Apache Tomcat ─────────────────────────────
  {
    id: 'apache-tomcat/resource-not-available-404-html',
    source: 'Apache Tomcat',
    url: 'https://github.com/p0dalirius/Tomcat-webshell-application/issues/8',
    note: 'Issue "Typo in /webshell/api.jsp in readme?" (2024): `curl -s -X POST \'http://172.16.1.11:8080/webshell/api\' …` printed Tomcat 10.0.11\'s status report, quoted whole ("I only get a 404"), with its Message paragraph "The requested resource [&#47;webshell&#47;api] is not available" (entities as sent). The status is the one the issue and the page name; no header shown. Kind: 404, not-found (rule 1). Message: an HTML page gives no message, its text goes to details (rule 2.5): the default.',
    response: {
      status: 404,
      body: '<!doctype html><html lang="en"><head><title>HTTP Status 404 – Not Found</title><style type="text/css">body {font-family:Tahoma,Arial,sans-serif;} h1, h2, h3, b {color:white;background-color:#525D76;} h1 {font-size:22px;} h2 {font-size:16px;} h3 {font-size:14px;} p {font-size:12px;} a {color:black;} .line {height:1px;background-color:#525D76;border:none;}</style></head><body><h1>HTTP Status 404 – Not Found</h1><hr class="line" /><p><b>Type</b> Status Report</p><p><b>Message</b> The requested resource [&#47;webshell&#47;api] is not available</p><p><b>Description</b> The origin server did not find a current representation for the target resource or is not willing to disclose that one exists.</p><hr class="line" /><h3>Apache Tomcat/10.0.11</h3></body></html>',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'apache-tomcat/status-report-404-html-snipped-style',
    source: 'Apache Tomcat',
    url: 'https://github.com/adamcaudill/yawast/issues/172',
    note: 'Issue "Check for Apache Tomcat version via 404" (2019): the reporter quotes the 404 status report of Tomcat 8.5.16, with the style sheet cut to "[SNIP]" by the reporter (kept as quoted; nothing else trimmed). The status is the one the issue and the page name; no header shown. Kind: 404, not-found (rule 1). Message: an HTML page (rule 2.5): the default.',
    response: {
      status: 404,
      body: '<!doctype html><html lang="en"><head><title>HTTP Status 404 - Not Found</title><style type="text/css">[SNIP]</style></head><body><h1>HTTP Status 404 - Not Found</h1><hr class="line" /><p><b>Type</b> Status Report</p><p><b>Description</b> The origin server did not find a current representation for the target resource or is not willing to disclose that one exists.</p><hr class="line" /><h3>Apache Tomcat/8.5.16</h3></body></html>',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── Apache Atlas ─────────────────────────────
  {
    id: 'apache-atlas/full-authentication-required-401-html',
    source: 'Apache Atlas',
    url: 'https://www.mail-archive.com/dev@atlas.apache.org/msg15818.html',
    note: 'JIRA ATLAS-1543 "REST API calls return HTML for 401", as the dev list archived it: "if I make an unauthorized call to any REST endpoint, I\'m presented with a HTML blob", quoted whole: Jetty\'s error page ("HTTP ERROR 401", "Powered by Jetty://") carrying Spring Security\'s reason "Full authentication is required to access this resource". Copied as the archive shows it: the opening "<" of `<html>` missing and the reason wrapped after "this" by the mail\'s line length (both kept, not repaired). No header shown. Kind: 401, unauthenticated (rule 1). Message: an HTML page gives no message (rule 2.5): the default.',
    response: {
      status: 401,
      body: 'html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>\n<title>Error 401 Full authentication is required to access this \nresource</title>\n</head>\n<body><h2>HTTP ERROR 401</h2>\n<p>Problem accessing /api/atlas/v2/types/typdefs/headers. Reason:\n<pre>    Full authentication is required to access this \nresource</pre></p><hr><i><small>Powered by Jetty://</small></i><hr/>\n</body>\n</html>',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
] satisfies ConformanceCase[];
