import { DEFAULT, type ConformanceCase } from '../types';

// Eighty-sixth unseen-API holdout, part EJ (14 February 2027): open web protocols' servers and their specifications'
// examples that no other case file uses: OpenID for Verifiable Credential Issuance 1.0 (the OpenID Foundation's
// specification of a wallet's credential, deferred-credential and notification endpoints; its printed error
// examples), the Foundries.io EST server (an RFC 7030 Enrollment over Secure Transport server in Go), the SPID/CIE
// OpenID Connect Federation technical rules (Italy's profile of OpenID Federation; its printed federation-endpoint
// error), Apple's Web Push service (web.push.apple.com, the RFC 8030 push service behind Safari's web push, which the
// brief names apart from APNs' device API) and the Windows Push Notification Services' Web Push endpoints
// (*.notify.windows.com, Edge's push service). They were collected to measure how the reader does at first sight on
// APIs it was never tuned on. Bodies were copied from: the OpenID4VCI 1.0 draft in openid/OpenID4VCI (its
// non-normative "HTTP/1.1 400 Bad Request" examples, status, headers and body as printed, at the commit in `url`);
// the EST server's own HTTP test (`require.Equal(t, 400, rc, …)` and `require.Equal(t, "…", string(data))`, which
// check the status and the whole text, one text read from the error's definition in service.go); the Italian rules'
// printed example (status line, headers and body); and public issues that paste what the push services answered
// (pywebpush's and web-push's threads, each named in `url`). Headers were copied only where the source prints them:
// the OpenID4VCI examples' Content-Type and Cache-Control, the Italian example's Last-Modified and Content-Type, and
// the headers the WNS issues list (their Content-Length of 0 left out); none was added. Every `expect` was written
// from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Mozilla autopush (already a source, sources.txt) and Keycloak (its OID4VCI tests turned up;
// already a source); JMAP, SCIM, RFC 7591, PAR, DPoP and WebDAV were skipped, as the brief says. Nothing citable with a
// whole body and its status: Indiekit's Micropub and IndieAuth endpoints (its tests check
// `result.body.error_description` alone, and the body holds more), singulus' Micropub spec (`['error']` alone),
// SimpleIdServer's OpenID4VCI and back-channel features and the Bundesdruckerei PID issuer's end-to-end tests (each
// checks `error` and `error_description` one by one, never the body), Sphereon's OID4VCI issuer REST tests (not in the
// index under the path tried), GNAP (no RFC 9635 example with its status turned up; the Open Payments auth-server
// OpenAPI has schemas and no error examples; Rafiki's route tests check the thrown error, not the body its middleware
// writes), webmention4j's receiver (its test checks that Jetty's error page `contains` the message, not the page),
// Ballerina's WebSub hub and subscriber (denials come as 200s, and the texts are the test authors'), RFC 9470 step-up
// (found only in implementations' tests, never the RFC's own example), Community Solid Server and the ACA-Py OpenID4VCI
// plugin (searches found no test with a whole body, or no path to cite). Not reached within the cap: WebFinger servers,
// SCEP, OpenID4VP, walt.id, the Micropub and IndieAuth specifications' own pages and DIF's Universal Resolver. Dropped
// texts: the EST server's 401 (the test checks the status only), the WNS 401s and 406s that web-push-php users quote
// through Guzzle (status line only, the body unseen), a second copy of Apple's BadJwtToken body (sygnal's log) and the
// Italian example's copy under `federation_adv_list` (the same body).
//
// The part holds 10 cases from 5 sources, under the brief's aim of 15–30 (the brief prefers fewer well-sourced cases
// to doubtful ones); 40 of the 40 look-ups were spent, many on servers whose tests check one member, not the body.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-14-ej`, on 6b9341c, src/ unchanged: in the frozen copy /tmp/base86): 7/10 pass, 5 sources
// (kind 9/10, message 8/10, fields 10/10, retry 10/10, logId 1/1, code 6/6). Failing at first sight:
// foundries-estserver/csr-not-decoded-asn1-400-text (kept the whole text, "The CSR could not be decoded: asn1: syntax
// error: sequence truncated"; the case reads a server's failure to decode the request's body, with Go's `asn1:` report
// after the colon, as developer text, rule 2.3, and gives the default: a judgment call its note names);
// spid-cie-oidc-federation/resolve-missing-sub-400 (kept "Required request parameter [sub] was missing."; the case
// reads a line that names only a missing input by its key in brackets as the default, rule 2.1 and the seventy-sixth
// holdout's row, "Request parameter [from] is missing"); apple-web-push/bad-jwt-token-403 (gave the 403's forbidden;
// the case reads `BadJwtToken` as a code naming the sender's credential, which on a 403 makes it unauthenticated, rule
// 1, as the corpus reads APNs' `ExpiredProviderToken`: a judgment call its note names). Every other case passed as
// written, including the judgment calls on OpenID4VCI's `unknown_credential_configuration` (bad-request) and
// `invalid_transaction_id` (validation), the EST server's subject-mismatch sentence (kept) and WNS's description sent
// only in a header (the default).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── OpenID4VCI 1.0 ─────────────────────────────
  {
    id: 'openid4vci/token-error-invalid-request-400',
    source: 'OpenID for Verifiable Credential Issuance (OpenID4VCI 1.0)',
    url: 'openid/OpenID4VCI/1.0/openid-4-verifiable-credential-issuance-1_0.md@00c225ee5efa736f2dfd6dd0468f44aace60e454',
    note: 'The non-normative error example that closes the Token Endpoint section, just before "# Nonce Endpoint" (the text read began inside the sentence that introduces it, "…r Response:"): the status line, the two headers and the body as printed. Kind: OAuth\'s `invalid_request` is a bad request (rule 1). Message: no sentence, only the code: the default (rule 2.1, 2.4). Code: OAuth\'s `error` (rule 6).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      body: { error: 'invalid_request' },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'invalid_request' },
  },
  {
    id: 'openid4vci/unknown-credential-configuration-400',
    source: 'OpenID for Verifiable Credential Issuance (OpenID4VCI 1.0)',
    url: 'openid/OpenID4VCI/1.0/openid-4-verifiable-credential-issuance-1_0.md@00c225ee5efa736f2dfd6dd0468f44aace60e454',
    note: 'The Credential Error Response example ("Credential Request Errors": "Requested Credential Configuration is unknown"), printed with its status line, Content-Type and Cache-Control. Kind: 400 with a code no row of rule 1 sorts: the code names neither an input\'s value by "invalid", nor a credential, nor "not found": a bad request (rule 1). Judgment call: a reader could read "unknown" as a record not found (rule 1\'s "no <thing> found", `no_client_found`) and say not-found, or as the `credential_configuration_id` the wallet sent being invalid and say validation. Message: only a code: the default (rule 2.1). Code: the `error` (rule 6).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      body: { error: 'unknown_credential_configuration' },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'unknown_credential_configuration' },
  },
  {
    id: 'openid4vci/deferred-invalid-transaction-id-400',
    source: 'OpenID for Verifiable Credential Issuance (OpenID4VCI 1.0)',
    url: 'openid/OpenID4VCI/1.0/openid-4-verifiable-credential-issuance-1_0.md@00c225ee5efa736f2dfd6dd0468f44aace60e454',
    note: 'The Deferred Credential Error Response example ("The Deferred Credential Request contains an invalid `transaction_id`"), printed with its status line and headers. Kind: a code that begins with `invalid` and names an input (the request\'s `transaction_id`) is a validation code on any 4xx (rule 1, as `InvalidQueryParameterValue`; a missing or invalid id is an input\'s): validation. Judgment call: the spec means a transaction never issued or already used, which a reader could read as not found. Fields: none; the body names no field member (rule 3). Message: only a code: the default. Code: the `error` (rule 6).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      body: { error: 'invalid_transaction_id' },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'invalid_transaction_id' },
  },
  {
    id: 'openid4vci/notification-invalid-notification-id-400',
    source: 'OpenID for Verifiable Credential Issuance (OpenID4VCI 1.0)',
    url: 'openid/OpenID4VCI/1.0/openid-4-verifiable-credential-issuance-1_0.md@00c225ee5efa736f2dfd6dd0468f44aace60e454',
    note: 'The Notification Error Response example "when an invalid `notification_id` value was used", printed with its status line and headers. Kind: `invalid_` before the name of the request\'s input `notification_id`: a validation code (rule 1). Fields: none named by a member (rule 3). Message: only a code: the default. Code: the `error` (rule 6).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      body: { error: 'invalid_notification_id' },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'invalid_notification_id' },
  },

  // ───────────────────────────── Foundries.io EST server ─────────────────────────────
  {
    id: 'foundries-estserver/csr-not-decoded-asn1-400-text',
    source: 'Foundries.io EST server',
    url: 'foundriesio/estserver/http_test.go@10e4577582ae51b5d7087fae7a33010d4ab35d7c',
    note: 'TestSimpleEnroll (and TestSimpleReEnroll, TestSimpleReEnrollChecksSubject): an empty body POSTed as `application/pkcs10` to /.well-known/est/simpleenroll with a client certificate; the test checks 400 and `require.Equal(t, "The CSR could not be decoded: asn1: syntax error: sequence truncated", string(data))`. The test checks no header, so none is given. Kind: 400 with no code and no field: bad-request (rule 1). Message: the CSR is the request\'s body, and "could not be decoded" with Go\'s `asn1:` package report after the colon is a decoder\'s failure on the request body (rule 2.3, OpenShift.io\'s "Failed to decode request body …"; a Go package\'s error by its name, the fifty-sixth holdout\'s row): the default. Judgment call: a reader could keep "The CSR could not be decoded" before the colon as the line for whoever enrols the device.',
    response: { status: 400, body: 'The CSR could not be decoded: asn1: syntax error: sequence truncated' },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'foundries-estserver/reenroll-subject-mismatch-400-text',
    source: 'Foundries.io EST server',
    url: 'foundriesio/estserver/http_test.go@10e4577582ae51b5d7087fae7a33010d4ab35d7c',
    note: 'TestSimpleReEnrollChecksSubject: a CSR whose common name differs from the client certificate\'s, POSTed to /.well-known/est/simplereenroll; the test checks 400 and `require.Equal(t, ErrSubjectMismatch.Error(), string(data))`. The text is read from the error\'s definition in service.go (foundriesio/estserver/service.go@0cb50fabfe46b9e8204e44ae12a7d6256e0315dc, the stored version; the test\'s own commit holds no copy in the index): "Subject field of CSR must match the current client certificate". No header checked, none given. Kind: 400, no code, no field member: bad-request (rule 1). Message: a sentence sent as text on a 4xx (rule 2.6) that says a rule about the request\'s value in words ("Subject field", not a key written as code): kept (rule 2.1: a person\'s words and a rule about a value stay). Judgment call: a reader could read "Subject field of CSR" as naming only an input and give the default.',
    response: { status: 400, body: 'Subject field of CSR must match the current client certificate' },
    expect: { kind: 'bad-request', message: 'Subject field of CSR must match the current client certificate' },
  },

  // ───────────────────────────── SPID/CIE OpenID Connect Federation ─────────────────────────────
  {
    id: 'spid-cie-oidc-federation/resolve-missing-sub-400',
    source: 'SPID/CIE OpenID Connect Federation (Italian technical rules)',
    url: 'italia/spid-cie-oidc-docs/docs/it/federation_endpoint.rst',
    note: 'The "Risposta generica di errore" section\'s non-normative example ("The following is a non-normative example of an error response"), after a GET /resolve?type=relying_party&anchor=… request: status line, Last-Modified and Content-Type, and the body, as printed. The example sits in an earlier version of the file than the one stored at 0059e1ef67f87669281b7769ee47747d5403fd66, which replaces it with a pointer to OIDC-FED §7.5; the index does not name that version\'s commit. Kind: OAuth\'s `invalid_request`: a bad request (rule 1). Message: "Required request parameter [sub] was missing." names only which input is missing, by its key in brackets (rule 2.1; the seventy-sixth holdout\'s row, "Request parameter [from] is missing"): the default. Code: OAuth\'s `error` (rule 6). `operation` names the endpoint\'s operation, no field. No Date header, so the default clock.',
    response: {
      status: 400,
      headers: { 'Last-Modified': 'Wed, 22 Jul 2018 19:15:56 GMT', 'Content-Type': 'application/json' },
      body: {
        operation: 'resolve',
        error: 'invalid_request',
        error_description: 'Required request parameter [sub] was missing.',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'invalid_request' },
  },

  // ───────────────────────────── Apple Web Push ─────────────────────────────
  {
    id: 'apple-web-push/bad-jwt-token-403',
    source: 'Apple Web Push (web.push.apple.com)',
    url: 'https://github.com/web-push-libs/pywebpush/issues/175',
    note: 'The issue\'s description quotes what web.push.apple.com answered a VAPID-signed push from pywebpush: "Push failed: 403 Forbidden" and "Response body:{"reason":"BadJwtToken"}" (web-push-php#406, webpush-webcrypto#4 and sygnal#338 quote the same status and body). No header is quoted. Kind: `BadJwtToken` says the JWT the sender signs (its VAPID credential) is bad; `Bad…` reads as `invalid…` (rule 1), and a code that names a credential is a credential code, which on a 403 makes it unauthenticated (rule 1, as APNs\' `ExpiredProviderToken` is read). Judgment call: a reader could keep the 403\'s forbidden, or read the code as an input\'s value, as APNs\' `BadDeviceToken` is read (validation). Message: only a code: the default. Code: the `reason`, as the corpus reads APNs\' `{ reason }` bodies (rule 6).',
    response: { status: 403, body: { reason: 'BadJwtToken' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'BadJwtToken' },
  },

  // ───────────────────────────── WNS (Web Push) ─────────────────────────────
  {
    id: 'wns-web-push/ttl-conflicts-cache-policy-400-headers',
    source: 'Windows Push Notification Services (WNS) Web Push',
    url: 'https://github.com/web-push-libs/pywebpush/issues/162',
    note: 'The issue\'s description: a push to a WNS Web Push endpoint (wns2-….notify.windows.com) answered "400 Bad Request with no body", and the response headers it lists: copied as listed, but for `Content-Length: 0` (left out; no body is given). Kind: 400, no body, no code: bad-request (rule 1). Message: the only text is in `X-WNS-ERROR-DESCRIPTION`, a header no rule reads as a message: the default (rule 2.4). Judgment call: a reader could take the header\'s "Ttl value conflicts with X-WNS-Cache-Policy." as the sentence; the corpus\'s samples name error text sent only in headers as an open question, and the words are for the sender\'s developer in any case. logId: `mise-correlation-id` is a header named like a request id (rule 5, `…correlation-id`). `receivedAt` follows the `Date` header.',
    response: {
      status: 400,
      headers: {
        'mise-correlation-id': '927f3b90-c2cf-4649-97a9-94330058c16d',
        'X-WNS-ERROR-DESCRIPTION': 'Ttl value conflicts with X-WNS-Cache-Policy.',
        'X-WNS-STATUS': 'dropped',
        'X-WNS-NOTIFICATIONSTATUS': 'dropped',
        Date: 'Mon, 04 Mar 2024 12:24:23 GMT',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: '927f3b90-c2cf-4649-97a9-94330058c16d' },
  },
  {
    id: 'wns-web-push/unauthorized-401-headers',
    source: 'Windows Push Notification Services (WNS) Web Push',
    url: 'https://github.com/web-push-libs/web-push/issues/691',
    note: "The issue's description prints the WebPushError web-push raised for an Edge subscription: `statusCode: 401` and the response `headers`, the first of which are copied (`content-length: '0'` left out, as no body is given; the headers after `strict-transport-security` were not copied, the excerpt read ending there). Kind: 401, unauthenticated (rule 1). Message: no body: the default. logId: not stated; `x-wns-msg-id` and `ms-cv` are not among rule 5's names or shapes.",
    response: {
      status: 401,
      headers: {
        'x-wns-msg-id': '2D3CCACF3E2F45C0',
        'x-wns-debug-trace': 'DB5PEPF0000A9B6',
        'ms-cv': 'SJnuur1cvE21MhLn56+qyA.0',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
] satisfies ConformanceCase[];
