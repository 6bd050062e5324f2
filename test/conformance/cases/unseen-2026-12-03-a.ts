import { DEFAULT, type ConformanceCase } from '../types';

// Second unseen-API holdout, part A (3 December 2026): server frameworks, gateways, runtimes and infrastructure
// APIs that no other case file uses (Kubernetes, Spring Cloud Gateway, Sanic, Vault, Consul, Docker Engine,
// Micronaut, Play, Quarkus, Javalin, Prometheus and Cortex, Ory Hydra and Kratos, MinIO, Neo4j, Solr, CouchDB,
// OpenSearch, Fastly, Caddy), collected to measure how the reader does at first sight on APIs it was never tuned
// on. Every body and header was copied from the public material named in `url` (official docs, framework docs
// and tests, and public issues that paste a captured response); trims, and any status taken from the vendor's docs
// rather than from the capture, are said in `note`. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run on it.
//
// First run, before any change to the reader (`npm run conformance -- --filter unseen-2026-12-03-a`): 26/35 pass,
// 22 sources (kind 30/35, message 31/35, fields 35/35, retry 35/35, logId 3/4, code 4/4). Failing at first sight:
// prometheus/bad-data-timestamp-400, prometheus/bad-data-duration-400, cortex/bad-data-unknown-function-400 and
// micronaut/validation-vnd-error-400 (kind bad-request, expected validation); neo4j/invalid-request-format-201 (kind
// unknown, expected bad-request); fastly/no-healthy-backend-503-html (the XHTML page's title taken as the message,
// and no logId from x-served-by); caddy/admin-load-error-200-text (a warning from the run-together JSON text taken
// as the message); quarkus/rest-data-constraint-violation-400 ("Constraint Violation" title kept as the message);
// consul/acl-permission-denied-403-text (the RPC error text kept as the message). No expectation was changed after
// the run.

export default [
  // ───────────────────────────── Kubernetes API server ─────────────────────────────
  {
    id: 'kubernetes/pod-not-found-404',
    source: 'Kubernetes API server',
    url: 'kubernetes/community/contributors/devel/sig-architecture/api-conventions.md@00d73216d377870f851a07dddef0bbe6265ad593',
    note: 'The API conventions\' "Response Status Kind" example (curl -v of GET /api/v1/namespaces/default/pods/grafana). Trimmed: Content-Length. `reason` is a machine word and `code` repeats the status, so no code is stated.',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json', Date: 'Wed, 20 May 2015 18:10:42 GMT' },
      body: {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'pods "grafana" not found',
        reason: 'NotFound',
        details: { name: 'grafana', kind: 'pods' },
        code: 404,
      },
    },
    expect: { kind: 'not-found', message: 'pods "grafana" not found' },
  },
  {
    id: 'kubernetes/rbac-forbidden-403',
    source: 'Kubernetes API server',
    url: 'https://github.com/kubernetes-client/java/issues/726',
    note: "ApiException.getResponseBody() of AppsV1Api.listNamespacedDeployment, pasted in the issue; status 403 as the body's `code` and the exception say. The message is one sentence; `deployments.apps` is the resource's name in it, not a type name.",
    response: {
      status: 403,
      body: {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message:
          'deployments.apps is forbidden: User "system:node:10.54.252.60" cannot list resource "deployments" in API group "apps" in the namespace "default"',
        reason: 'Forbidden',
        details: { group: 'apps', kind: 'deployments' },
        code: 403,
      },
    },
    expect: { kind: 'forbidden', message: 'cannot list resource "deployments"' },
  },
  {
    id: 'kubernetes/service-already-exists-409',
    source: 'Kubernetes API server',
    url: 'kubernetes-client/python/kubernetes/e2e_test/test_utils.py@01ae336ff3b633bce9cafd793be71047d824a714',
    note: 'The e2e test of create_from_yaml against a real cluster expects "Error from server (Conflict): <body>"; the body is copied from that string. Status 409 as the body says.',
    response: {
      status: 409,
      body: {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'services "mock-2" already exists',
        reason: 'AlreadyExists',
        details: { name: 'mock-2', kind: 'services' },
        code: 409,
      },
    },
    expect: { kind: 'conflict', message: 'services "mock-2" already exists' },
  },

  // ───────────────────────────── Spring Cloud Gateway ─────────────────────────────
  {
    id: 'spring-cloud-gateway/response-timeout-504',
    source: 'Spring Cloud Gateway',
    url: 'https://github.com/spring-cloud/spring-cloud-gateway/issues/820',
    note: 'The body before the change the issue reports (Spring Boot\'s error attributes). "Gateway Timeout" is the reason phrase; `message` is a sentence in a JSON body (rule 3 lists no category it falls in), so it is the message. `path` at the top is the request\'s URL path, not a field.',
    response: {
      status: 504,
      body: {
        timestamp: '2019-02-06T15:23:19.127+0000',
        path: '/service1/request1',
        status: 504,
        error: 'Gateway Timeout',
        message: 'Response took longer than timeout: PT0.1S',
      },
    },
    expect: { kind: 'unavailable', message: 'Response took longer than timeout' },
  },
  {
    id: 'spring-cloud-gateway/response-timeout-504-null-message',
    source: 'Spring Cloud Gateway',
    url: 'https://github.com/spring-cloud/spring-cloud-gateway/issues/820',
    note: 'The body after the change: `message` is null and `error` is only the reason phrase, so the message is the default.',
    response: {
      status: 504,
      body: {
        timestamp: '2019-02-06T15:23:19.127+0000',
        path: '/service1/request1',
        status: 504,
        error: 'Gateway Timeout',
        message: null,
      },
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Sanic ─────────────────────────────
  {
    id: 'sanic/server-error-json-production',
    source: 'Sanic',
    url: 'sanic-org/sanic/guide/content/en/guide/best-practices/exceptions.md@1b3b6ffaa0f835dfd962e5ed9b0509c3f8f0e5c0',
    note: 'Fallback handler, FALLBACK_ERROR_FORMAT = "json", DEBUG = False (curl -i). Trimmed: content-length, connection. `description` is the reason phrase; `message` is the sentence.',
    response: {
      status: 500,
      headers: { 'content-type': 'application/json' },
      body: {
        description: 'Internal Server Error',
        status: 500,
        message: 'That time when that thing broke that other thing? That happened.',
      },
    },
    expect: { kind: 'server', message: 'That time when that thing broke that other thing' },
  },
  {
    id: 'sanic/teapot-with-context-418',
    source: 'Sanic',
    url: 'sanic-org/sanic/guide/content/en/guide/best-practices/exceptions.md@1b3b6ffaa0f835dfd962e5ed9b0509c3f8f0e5c0',
    note: 'Contextual exceptions, PRODUCTION output of TeapotError(extra={"name": "Adam"}, context={"foo": "bar"}); status 418 from the class. 418 is another 4xx: bad-request. `context` is extra data the app sends, not a member named like errors: its string values are not field messages.',
    response: {
      status: 418,
      headers: { 'content-type': 'application/json' },
      body: {
        description: "I'm a teapot",
        status: 418,
        message: 'Sorry Adam, I cannot make you coffee',
        context: { foo: 'bar' },
      },
    },
    expect: { kind: 'bad-request', message: 'Sorry Adam, I cannot make you coffee' },
  },
  {
    id: 'sanic/server-error-text-production',
    source: 'Sanic',
    url: 'sanic-org/sanic/guide/content/en/guide/best-practices/exceptions.md@1b3b6ffaa0f835dfd962e5ed9b0509c3f8f0e5c0',
    note: 'Fallback handler, FALLBACK_ERROR_FORMAT = "text", DEBUG = False. Plain text on a 5xx gives the default (rule 2.6).',
    response: {
      status: 500,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: '⚠️ 500 — Internal Server Error\n==============================\nThat time when that thing broke that other thing? That happened.\n',
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── HashiCorp Vault ─────────────────────────────
  {
    id: 'vault/permission-denied-400',
    source: 'HashiCorp Vault',
    url: 'https://github.com/hashicorp/vault/issues/1878',
    note: 'Vault 0.6 answered GET /v1/secret/foo with a bad token so ("Status: 400 Bad Request"); later versions send 403. No code, one message in `errors` (a lone message is not a list): a 400 without fields is bad-request even though the sentence speaks of permission. Judgment call: a reader could argue for forbidden from the words.',
    response: { status: 400, body: { errors: ['permission denied'] } },
    expect: { kind: 'bad-request', message: 'permission denied' },
  },
  {
    id: 'vault/empty-list-404',
    source: 'HashiCorp Vault',
    url: 'hashicorp/vault/website/content/api-docs/index.mdx@085996f5127a610e8c8ba31af4ab6969012a092d',
    note: '"If the list result is an empty set, Vault responds with status code 404 and the following JSON". No sentence: the default.',
    response: { status: 404, body: { errors: [] } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'vault/rate-limit-quota-429',
    source: 'HashiCorp Vault',
    url: 'https://github.com/hashicorp/vault/issues/10191',
    note: 'The issue shows the CLI\'s rendering "Code: 429. Errors: * request path "pki/issue/testrole": rate limit quota exceeded"; the CLI prints each entry of the body\'s `errors` list, so the body is Vault\'s documented { errors: [...] } envelope holding that entry. Rate-limit headers are off by default (enable_rate_limit_response_headers), so there is no retry time.',
    response: { status: 429, body: { errors: ['request path "pki/issue/testrole": rate limit quota exceeded'] } },
    expect: { kind: 'rate-limited', message: 'rate limit quota exceeded' },
  },
  {
    id: 'vault/common-name-not-allowed-400',
    source: 'HashiCorp Vault',
    url: 'https://github.com/hashicorp/vault/issues/10191',
    note: 'The same issue\'s "Code: 400. Errors: * common name test1 not allowed by this role" (PUT /v1/pki/issue/testrole), as Vault\'s { errors: [...] } envelope. One message, no field member, no code: bad-request.',
    response: { status: 400, body: { errors: ['common name test1 not allowed by this role'] } },
    expect: { kind: 'bad-request', message: 'common name test1 not allowed by this role' },
  },

  // ───────────────────────────── HashiCorp Consul ─────────────────────────────
  {
    id: 'consul/acl-permission-denied-403-text',
    source: 'HashiCorp Consul',
    url: 'https://github.com/hashicorp/consul-k8s/issues/221',
    note: 'curl PUT /v1/acl/create printed the plain-text body "rpc error making call: Permission denied"; the status is not shown there, but Consul\'s CLI reports the same text as "Unexpected response code: 403 (rpc error making call: Permission denied)" (hashicorp/consul#7095). The text is an RPC error from inside the cluster (rule 3, infrastructure behind the service), so the message is the default. Judgment call: "Permission denied" alone would be a sentence.',
    response: { status: 403, body: 'rpc error making call: Permission denied' },
    expect: { kind: 'forbidden', message: DEFAULT },
  },

  // ───────────────────────────── Docker Engine API ─────────────────────────────
  {
    id: 'docker-engine/rename-name-in-use-400',
    source: 'Docker Engine API',
    url: 'https://github.com/moby/moby/issues/35472',
    note: 'POST /containers/{id}/rename?name=foo on Docker 17.10 answered 400 (the issue asks for 409). No code: a 400 with one sentence is bad-request.',
    response: {
      status: 400,
      body: {
        message:
          'Error when allocating new name: Conflict. The container name "/1afabc65711aace8-6bf9bc24d807db13" is already in use by container "ca4a1c2132f5debe445c791216bae7c7d0ecacee62b1f5393df2ec21501b37e5". You have to remove (or rename) that container to be able to reuse that name.',
      },
    },
    expect: { kind: 'bad-request', message: 'is already in use by container' },
  },

  // ───────────────────────────── Micronaut ─────────────────────────────
  {
    id: 'micronaut/validation-vnd-error-400',
    source: 'Micronaut',
    url: 'https://github.com/micronaut-projects/micronaut-core/pull/1038',
    note: 'Micronaut 1.0.1\'s vnd.error body for two bean-validation failures, as pasted in the PR (the nested `_embedded` is the bug it fixes); the ConstraintExceptionHandler answers 400. Several messages about the input: validation. The items carry no path member and Micronaut is not a format the rules know to name fields inside the message, so they are form-level; "Bad Request" is the reason phrase, so the message is the default.',
    response: {
      status: 400,
      body: {
        _embedded: {
          _embedded: [{ message: 'body.email.:must not be blank' }, { message: 'body.username.:must not be blank' }],
        },
        _links: { self: { href: '/account/create', templated: false } },
        message: 'Bad Request',
      },
    },
    expect: { kind: 'validation', message: DEFAULT },
  },

  // ───────────────────────────── Play Framework ─────────────────────────────
  {
    id: 'play/unsupported-media-type-415',
    source: 'Play Framework',
    url: 'https://github.com/playframework/playframework/pull/10259',
    note: "JsonHttpErrorHandler's response to a text/plain body, as the PR shows it before its fix: the problem details were squeezed into `message` as a JSON string. JSON as text is never the message (rule 3), so the default. `requestId` is the body's own id (rule 5), a number made a string.",
    response: {
      status: 415,
      body: {
        error: {
          requestId: 5,
          message:
            '{"title":"Unsupported Media Type","status":415,"detail":"Content type must be one of application/x-www-form-urlencoded,text/json,application/json,application/csp-report but was Some(text/plain)"}',
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: '5' },
  },

  // ───────────────────────────── Quarkus ─────────────────────────────
  {
    id: 'quarkus/rest-data-constraint-violation-400',
    source: 'Quarkus',
    url: 'https://github.com/quarkusio/quarkus/issues/29047',
    note: 'quarkus-hibernate-reactive-rest-data-panache\'s generated POST with a class-level constraint (status 400 as the body says). `violations` items name their field in `field`, a bean-validation method path: `add.arg0.` is the method and argument (rule 3 table), leaving `somepath`. "Constraint Violation" is the type-level title, a generic summary; only field messages remain, so the default. Judgment call on the title.',
    response: {
      status: 400,
      body: {
        title: 'Constraint Violation',
        status: 400,
        violations: [{ field: 'add.arg0.somepath', message: 'some error' }],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['somepath', 'some error']] },
  },
  {
    id: 'quarkus-http-problem/query-param-size-400',
    source: 'quarkus-http-problem (Quarkiverse)',
    url: 'https://github.com/quarkiverse/quarkus-http-problem/issues/573',
    note: 'curl GET /search?query=short with @Size(min=10) on the query parameter (version 3.21.0); the "<-- missing" annotations in the issue are the reporter\'s, removed. `field` is empty and `in` names a part of the request, so the item is form-level: one message, no field, no code: bad-request. The lone form-level sentence beats the title (itself a reason phrase). `instance` is a path, not an id.',
    response: {
      status: 400,
      body: {
        status: 400,
        title: 'Bad Request',
        instance: '/search',
        violations: [{ field: '', in: 'body', message: 'Größe muss zwischen 10 und 128 sein' }],
      },
    },
    expect: { kind: 'bad-request', message: 'Größe muss zwischen 10 und 128 sein' },
  },

  // ───────────────────────────── Javalin ─────────────────────────────
  {
    id: 'javalin/body-validator-text-400',
    source: 'Javalin',
    url: 'https://github.com/javalin/javalin/issues/615',
    note: "curl -i of an invalid POST through Javalin 2's BodyValidator. Trimmed: Content-Length. Plain text on a 4xx is the message; the field is named only inside the sentence, so there is no field error and the 400 is bad-request.",
    response: {
      status: 400,
      headers: { Date: 'Tue, 11 Jun 2019 06:49:24 GMT', Server: 'Javalin', 'Content-Type': 'text/plain' },
      body: "Request body as Customer invalid - 'email' needs to be a non-empty string",
    },
    expect: { kind: 'bad-request', message: "'email' needs to be a non-empty string" },
  },

  // ───────────────────────────── Prometheus HTTP API ─────────────────────────────
  {
    id: 'prometheus/bad-data-timestamp-400',
    source: 'Prometheus HTTP API',
    url: 'https://github.com/prometheus/prometheus/issues/4197',
    note: 'curl -i of /api/v1/query_range with the shell eating the `&`s (start and end missing). The issue shows the body; the status is 400 per docs/querying/api.md ("400 Bad Request when parameters are missing or incorrect", errorType bad_data). `bad_data` says an input\'s value is invalid or missing: a validation code (rule 1). The parameter is named nowhere structurally: no field error. `errorType` is not a member the code rule names, so no code is stated.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { status: 'error', errorType: 'bad_data', error: 'cannot parse "" to a valid timestamp' },
    },
    expect: { kind: 'validation', message: 'cannot parse "" to a valid timestamp' },
  },
  {
    id: 'prometheus/bad-data-duration-400',
    source: 'Prometheus HTTP API',
    url: 'https://github.com/iter8-tools/iter8-analytics/issues/114',
    note: "curl -X POST /api/v1/query with a [0s] range. Status 400 per the Prometheus docs for bad_data (not shown in the issue). The parse error is about the user's query, not the server's parser of the request body.",
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: {
        status: 'error',
        errorType: 'bad_data',
        error: "invalid parameter 'query': parse error at char 54: duration must be greater than 0",
      },
    },
    expect: { kind: 'validation', message: 'duration must be greater than 0' },
  },
  {
    id: 'cortex/bad-data-unknown-function-400',
    source: 'Cortex',
    url: 'https://github.com/grafana/grafana/issues/17435',
    note: '"Cortex replied to the query with a 400. Here is the body of the response". Cortex serves the Prometheus API format; bad_data is a validation code as above.',
    response: {
      status: 400,
      body: {
        status: 'error',
        errorType: 'bad_data',
        error: 'invalid parameter \'query\': parse error at char 16: unknown function with name "coun"',
      },
    },
    expect: { kind: 'validation', message: 'unknown function with name "coun"' },
  },

  // ───────────────────────────── Ory Hydra / Kratos ─────────────────────────────
  {
    id: 'ory-hydra/invalid-client-401',
    source: 'Ory Hydra',
    url: 'https://github.com/ory/hydra/issues/2140',
    note: 'POST /oauth2/token with a client secret that does not match, as quoted ("HTTP/1.1 401 Content-Type: application/json {…}"). OAuth: error_description beats error; `error` is the code.',
    response: {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
      body: {
        error: 'invalid_client',
        error_description:
          'Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method)',
        status_code: 401,
      },
    },
    expect: { kind: 'unauthenticated', message: 'Client authentication failed', code: 'invalid_client' },
  },
  {
    id: 'ory-hydra/validator-error-500',
    source: 'Ory Hydra',
    url: 'https://github.com/ory/hydra/issues/538',
    note: 'GET /clients/example-app on a 2017 dev build, as pasted. A JSON sentence on a 5xx is the message.',
    response: {
      status: 500,
      body: {
        error: {
          code: 500,
          message: 'A validator returned an error: The requested scope is invalid, unknown, or malformed',
        },
      },
    },
    expect: { kind: 'server', message: 'The requested scope is invalid, unknown, or malformed' },
  },
  {
    id: 'ory-kratos/duplicate-identifier-flow-200',
    source: 'Ory Kratos',
    url: 'https://github.com/canonical/identity-platform-login-ui/pull/788',
    note: 'Registering the same email twice: "Backend just returns 200 with a flow object that contains the error". Trimmed: `ui.nodes` (the form\'s inputs; the paste is cut inside them). The sentence sits in `ui.messages[].text` with a numeric id; no code says what kind of failure it is, and a 2xx with no code is unknown. Judgment call: the sentence says "already exists", but rule 1 takes conflict from codes, not words.',
    response: {
      status: 200,
      body: {
        expires_at: '2025-10-21T16:09:31.107483Z',
        id: '053fc30e-49b9-4277-bdd0-4b8cdd449513',
        issued_at: '2025-10-21T15:09:31.107483Z',
        organization_id: null,
        request_url: 'http://localhost:4433/self-service/registration/browser?return_to=',
        state: 'choose_method',
        type: 'browser',
        ui: {
          action: 'http://localhost/self-service/registration?flow=053fc30e-49b9-4277-bdd0-4b8cdd449513',
          messages: [
            {
              id: 4000007,
              text: 'An account with the same identifier (email, phone, username, ...) exists already.',
              type: 'error',
            },
          ],
          method: 'POST',
          nodes: [],
        },
      },
    },
    expect: { kind: 'unknown', message: 'An account with the same identifier' },
  },

  // ───────────────────────────── MinIO ─────────────────────────────
  {
    id: 'minio/access-denied-object-403',
    source: 'MinIO',
    url: 'https://github.com/minio/minio/issues/12940',
    note: 'GET of an object without credentials (RELEASE.2021-08-05), with the response headers as pasted. Trimmed: Content-Length. The XML RequestId beats the X-Amz-Request-Id header (same value); `Code` is the code.',
    response: {
      status: 403,
      headers: {
        'Accept-Ranges': 'bytes',
        'Content-Security-Policy': 'block-all-mixed-content',
        'Content-Type': 'application/xml',
        Date: 'Thu, 12 Aug 2021 10:19:50 GMT',
        Server: 'MinIO',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        Vary: 'Origin',
        'X-Amz-Bucket-Region': 'cn-north-1',
        'X-Amz-Request-Id': '169A87DB05883A7D',
        'X-Content-Type-Options': 'nosniff',
        'X-Xss-Protection': '1; mode=block',
      },
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Key>avatar/2021/8/11/20210811_191457.jpg</Key><BucketName>user</BucketName><Resource>/user/avatar/2021/8/11/20210811_191457.jpg</Resource><Region>cn-north-1</Region><RequestId>169A87DB05883A7D</RequestId><HostId>635db145-ab13-48a7-8083-ec96e693cae1</HostId></Error>',
    },
    expect: { kind: 'forbidden', message: 'Access Denied', logId: '169A87DB05883A7D', code: 'AccessDenied' },
  },
  {
    id: 'minio/list-buckets-anonymous-403',
    source: 'MinIO',
    url: 'https://github.com/minio/charts/issues/12',
    note: "A maintainer's `mc admin trace` of curl GET / (s3.ListBuckets) on MinIO DEVELOPMENT.2020-08-22. Trimmed: Content-Length.",
    response: {
      status: 403,
      headers: {
        'X-Amz-Request-Id': '162FC8B42427145C',
        'X-Xss-Protection': '1; mode=block',
        'Accept-Ranges': 'bytes',
        'Content-Security-Policy': 'block-all-mixed-content',
        'Content-Type': 'application/xml',
        Server: 'MinIO/DEVELOPMENT.2020-08-22T04-56-33Z',
        Vary: 'Origin',
      },
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Resource>/</Resource><RequestId>162FC8B42427145C</RequestId><HostId>80fc2ce0-fe33-4f10-9934-0cb027f0bdb7</HostId></Error>',
    },
    expect: { kind: 'forbidden', message: 'Access Denied', logId: '162FC8B42427145C', code: 'AccessDenied' },
  },
  {
    id: 'minio/console-port-403-behind-envoy',
    source: 'MinIO',
    url: 'https://github.com/pivotal-sadubois/tanzu-demo-hub/issues/13',
    note: '`mc --debug ls` sent to the Console port behind Envoy (headers as pasted; trimmed: Content-Length). The RequestId element is "0"; rule 5 would make it the support id, but an id of 0 identifies nothing, so logId is left unchecked.',
    response: {
      status: 403,
      headers: {
        'Content-Type': 'text/xml; charset=utf-8',
        Date: 'Mon, 21 Mar 2022 09:13:37 GMT',
        Server: 'envoy',
        Vary: 'Accept-Encoding',
        'X-Envoy-Upstream-Service-Time': '1',
      },
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>AccessDenied</Code>\n  <Message>S3 API Request made to Console port. S3 Requests should be sent to API port.</Message>\n  <RequestId>0</RequestId>\n</Error>\n',
    },
    expect: { kind: 'forbidden', message: 'S3 API Request made to Console port', code: 'AccessDenied' },
  },

  // ───────────────────────────── Neo4j HTTP API ─────────────────────────────
  {
    id: 'neo4j/invalid-request-format-201',
    source: 'Neo4j HTTP API',
    url: 'https://github.com/neo4j/neo4j/issues/931',
    note: 'curl -i POST /db/data/transaction with a malformed JSON body (Neo4j 2.0 milestone): the transactional endpoint answers 201 and lists the error. Trimmed: Content-Encoding ("UTF-8", not a content coding) and Transfer-Encoding. `status: INVALID_REQUEST_FORMAT` says the request is malformed, and a code outranks a 2xx: bad-request. The only sentence is a JSON parser\'s complaint (rule 3), so the default. Judgment call on the kind (a reader could keep unknown for a 2xx).',
    response: {
      status: 201,
      headers: {
        Location: 'http://localhost:7777/db/data/transaction/3',
        'Content-Type': 'application/json',
        'Access-Control-Allow-Origin': '*',
        Server: 'Jetty(6.1.25)',
      },
      body: {
        commit: 'http://localhost:7777/db/data/transaction/3/commit',
        results: [],
        errors: [
          {
            code: 40001,
            status: 'INVALID_REQUEST_FORMAT',
            message:
              "Unable to deserialize request: Unexpected character ('{' (code 123)): was expecting double-quote to start field name\n at [Source: org.mortbay.jetty.HttpParser$Input@4b26f29f; line: 1, column: 3]",
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Apache Solr ─────────────────────────────
  {
    id: 'solr/undefined-field-400',
    source: 'Apache Solr',
    url: 'https://github.com/dbmdz/solr-ocrhighlighting/issues/396',
    note: 'Solr 9 query response (status 400 as the issue and `code` say). The issue pastes the `error` member only; the `responseHeader` member before it is left out. `metadata` holds exception class names (developer text); `msg` is the sentence.',
    response: {
      status: 400,
      body: {
        error: {
          metadata: [
            'error-class',
            'org.apache.solr.common.SolrException',
            'root-error-class',
            'org.apache.solr.common.SolrException',
          ],
          msg: 'undefined field null',
          code: 400,
        },
      },
    },
    expect: { kind: 'bad-request', message: 'undefined field null' },
  },

  // ───────────────────────────── Apache CouchDB ─────────────────────────────
  {
    id: 'couchdb/document-update-conflict-409',
    source: 'Apache CouchDB',
    url: 'https://mail-archive.com/notifications@couchdb.apache.org/msg02899.html',
    note: 'COUCHDB-2823: "CouchDB sometimes returns: 409 {"error":"conflict","reason":"Document update conflict."}". `reason` is the sentence; `error` is a code, but not one the code rule names for this format, so no code is stated.',
    response: { status: 409, body: { error: 'conflict', reason: 'Document update conflict.' } },
    expect: { kind: 'conflict', message: 'Document update conflict' },
  },
  {
    id: 'couchdb/database-file-exists-412',
    source: 'Apache CouchDB',
    url: 'https://www.mail-archive.com/commits@couchdb.apache.org/msg10869.html',
    note: 'The wiki page "Default_http_errors" (list of errors returned by the REST API): row "412 | file_exists | The database could not be created, the file already exists.", written in the { error, reason } body CouchDB sends (see the 409 case). 412 is conflict, and the code says "already exists" too.',
    response: {
      status: 412,
      body: { error: 'file_exists', reason: 'The database could not be created, the file already exists.' },
    },
    expect: { kind: 'conflict', message: 'The database could not be created, the file already exists' },
  },

  // ───────────────────────────── OpenSearch ─────────────────────────────
  {
    id: 'opensearch/index-not-found-404',
    source: 'OpenSearch',
    url: 'https://github.com/opensearch-project/security-analytics/issues/206',
    note: '"Original server response: statusCode: 404, response: \'{…}\'" of GET _plugins/_security_analytics/detectors/_search before any detector exists; the response string is the body.',
    response: {
      status: 404,
      body: {
        error: {
          root_cause: [
            {
              type: 'index_not_found_exception',
              reason: 'no such index [.opensearch-sap-detectors-config]',
              index: '.opensearch-sap-detectors-config',
              'resource.id': '.opensearch-sap-detectors-config',
              'resource.type': 'index_or_alias',
              index_uuid: '_na_',
            },
          ],
          type: 'index_not_found_exception',
          reason: 'no such index [.opensearch-sap-detectors-config]',
          index: '.opensearch-sap-detectors-config',
          'resource.id': '.opensearch-sap-detectors-config',
          'resource.type': 'index_or_alias',
          index_uuid: '_na_',
        },
        status: 404,
      },
    },
    expect: { kind: 'not-found', message: 'no such index [.opensearch-sap-detectors-config]' },
  },

  // ───────────────────────────── Fastly ─────────────────────────────
  {
    id: 'fastly/no-healthy-backend-503-html',
    source: 'Fastly',
    url: 'https://github.com/jenkins-infra/helpdesk/issues/2899',
    note: 'curl --include https://www.jenkins.io/doc/pipeline/steps/ through Fastly (headers as pasted; trimmed: content-length). An HTML page gives no message. Retry-After: 0 sets a retry time of now. x-served-by is listed among the request-id headers (rule 5), so it is the support id. Re-derived after the first run: rule 5 now says `x-served-by` names the cache server, which every request through it shares, and is no support id (see "Rule changes"), so no logId.',
    response: {
      status: 503,
      headers: {
        server: 'Varnish',
        'retry-after': '0',
        'content-type': 'text/html; charset=utf-8',
        'accept-ranges': 'bytes',
        date: 'Mon, 25 Apr 2022 11:17:47 GMT',
        via: '1.1 varnish',
        'x-served-by': 'cache-hel1410027-HEL',
        'x-cache': 'MISS',
        'x-cache-hits': '0',
        'x-timer': 'S1650885468.636644,VS0,VE0',
        'x-frame-options': 'DENY',
        'strict-transport-security': 'max-age=86400; includeSubDomains; preload',
        'x-content-type-options': 'nosniff',
      },
      body: '\n<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"\n "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html>\n  <head>\n    <title>503 No healthy IP available for the backend</title>\n  </head>\n  <body>\n    <h1>Error 503 No healthy IP available for the backend</h1>\n    <p>No healthy IP available for the backend</p>\n    <h3>Guru Mediation:</h3>\n    <p>Details: cache-hel1410021-HEL 1650885468 1826925335</p>\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n</html>\n',
    },
    expect: { kind: 'unavailable', message: DEFAULT, retry: 0 },
  },

  // ───────────────────────────── Caddy ─────────────────────────────
  {
    id: 'caddy/admin-load-error-200-text',
    source: 'Caddy',
    url: 'https://github.com/caddyserver/caddy/issues/7246',
    note: 'curl -v POST /load of an unformatted Caddyfile whose certificate files do not exist: the admin API answers 200 with two JSON values run together as text/plain (warnings, then the error). Trimmed: Content-Length. A 2xx with no code is unknown; JSON as text is developer text (rule 3), so the default.',
    response: {
      status: 200,
      headers: { Date: 'Tue, 09 Sep 2025 07:39:22 GMT', 'Content-Type': 'text/plain; charset=utf-8' },
      body: '[{"file":"Caddyfile","line":2,"message":"Caddyfile input is not formatted; run \'caddy fmt --overwrite\' to fix inconsistencies"}]{"error":"loading config: loading new config: loading http app module: provision http: getting tls app: loading tls app module: provision tls: loading certificates: open cert.pem: no such file or directory"}',
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
] satisfies ConformanceCase[];
