import { DEFAULT, type ConformanceCase } from '../types';

// Gateways, proxies, load balancers and CDNs: the error responses they generate themselves (default HTML
// pages, plain-text proxy errors, gateway JSON envelopes), copied from their source, docs, and public issues.

// nginx: ngx_http_special_response.c builds each page from a fixed head plus a tail. With `server_tokens off`
// the tail is `<hr><center>nginx</center>` (with it on, the tail names `nginx/<version>`); the MSIE/Chrome
// padding comments are only added for those browsers. Content-Type is set to text/html by the same file.
const NGINX = 'nginx/nginx/src/http/ngx_http_special_response.c@05b1a8f1e3595beab4397e25c2a6db9d832a6a97';
const NGINX_NOTE =
  'Body is the page string plus ngx_http_error_tail (server_tokens off), CRLF line ends as in the source; Content-Type from ngx_str_set(..., "text/html") in the same file.';

const HAPROXY = (file: string) =>
  `haproxy/haproxy/examples/errorfiles/${file}@3f49b302842800b9388366420b59cf37ab9f9859`;
const HAPROXY_HEADERS = { 'Cache-Control': 'no-cache', Connection: 'close', 'Content-Type': 'text/html' };

export default [
  // ───────────────────────────── nginx ─────────────────────────────
  {
    id: 'nginx/404-not-found',
    source: 'nginx',
    url: NGINX,
    note: NGINX_NOTE,
    response: {
      status: 404,
      headers: { 'Content-Type': 'text/html' },
      body:
        '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body bgcolor="white">\r\n<center><h1>404 Not Found</h1></center>\r\n' +
        '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'nginx/413-request-entity-too-large',
    source: 'nginx',
    url: NGINX,
    note: NGINX_NOTE,
    response: {
      status: 413,
      headers: { 'Content-Type': 'text/html' },
      body:
        '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body bgcolor="white">\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n' +
        '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'nginx/502-bad-gateway',
    source: 'nginx',
    url: NGINX,
    note: NGINX_NOTE,
    response: {
      status: 502,
      headers: { 'Content-Type': 'text/html' },
      body:
        '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body bgcolor="white">\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
        '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'nginx/503-service-temporarily-unavailable',
    source: 'nginx',
    url: NGINX,
    note: NGINX_NOTE,
    response: {
      status: 503,
      headers: { 'Content-Type': 'text/html' },
      body:
        '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body bgcolor="white">\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n' +
        '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'nginx/504-gateway-time-out',
    source: 'nginx',
    url: NGINX,
    note: NGINX_NOTE,
    response: {
      status: 504,
      headers: { 'Content-Type': 'text/html' },
      body:
        '<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body bgcolor="white">\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n' +
        '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'nginx/408-request-time-out',
    source: 'nginx',
    url: NGINX,
    note: NGINX_NOTE,
    response: {
      status: 408,
      headers: { 'Content-Type': 'text/html' },
      body:
        '<html>\r\n<head><title>408 Request Time-out</title></head>\r\n<body bgcolor="white">\r\n<center><h1>408 Request Time-out</h1></center>\r\n' +
        '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    },
    expect: { kind: 'timeout', message: DEFAULT },
  },
  {
    id: 'nginx/497-plain-http-to-https-port',
    source: 'nginx',
    url: NGINX,
    note:
      NGINX_NOTE +
      ' Internal code 497 is sent as 400 (r->err_status = NGX_HTTP_BAD_REQUEST). The page carries a sentence in a <center>, but it is an HTML page: no message.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'text/html' },
      body:
        '<html>\r\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head>\r\n<body bgcolor="white">\r\n<center><h1>400 Bad Request</h1></center>\r\n<center>The plain HTTP request was sent to HTTPS port</center>\r\n' +
        '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'nginx/429-no-page-empty-body',
    source: 'nginx',
    url: NGINX,
    note: 'ngx_http_error_pages has no entry for 429 (the 4xx table stops at 416), so ngx_http_special_response_handler takes the "unknown code, zero body" branch: a 429 with no body and no Content-Type.',
    response: { status: 429 },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },

  // ───────────────────────────── HAProxy ─────────────────────────────
  {
    id: 'haproxy/503-no-server-available',
    source: 'HAProxy',
    url: HAPROXY('503.http'),
    note: 'Status line and headers from the errorfile itself. The sentence is inside an HTML page, so no message.',
    response: {
      status: 503,
      headers: HAPROXY_HEADERS,
      body: '<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n\n',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'haproxy/504-gateway-time-out',
    source: 'HAProxy',
    url: HAPROXY('504.http'),
    response: {
      status: 504,
      headers: HAPROXY_HEADERS,
      body: "<html><body><h1>504 Gateway Time-out</h1>\nThe server didn't respond in time.\n</body></html>\n\n",
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'haproxy/502-invalid-response',
    source: 'HAProxy',
    url: HAPROXY('502.http'),
    response: {
      status: 502,
      headers: HAPROXY_HEADERS,
      body: '<html><body><h1>502 Bad Gateway</h1>\nThe server returned an invalid or incomplete response.\n</body></html>\n\n',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'haproxy/403-administrative-rules',
    source: 'HAProxy',
    url: HAPROXY('403.http'),
    response: {
      status: 403,
      headers: HAPROXY_HEADERS,
      body: '<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>\n\n',
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'haproxy/408-request-time-out',
    source: 'HAProxy',
    url: HAPROXY('408.http'),
    response: {
      status: 408,
      headers: HAPROXY_HEADERS,
      body: "<html><body><h1>408 Request Time-out</h1>\nYour browser didn't send a complete request in time.\n</body></html>\n\n",
    },
    expect: { kind: 'timeout', message: DEFAULT },
  },
  {
    id: 'haproxy/400-bad-request',
    source: 'HAProxy',
    url: HAPROXY('400.http'),
    response: {
      status: 400,
      headers: HAPROXY_HEADERS,
      body: '<html><body><h1>400 Bad request</h1>\nYour browser sent an invalid request.\n</body></html>\n\n',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Cloudflare ─────────────────────────────
  {
    id: 'cloudflare/522-json-problem-details',
    source: 'Cloudflare',
    url: 'https://github.com/anthropics/claude-code/issues/90947',
    note: "Cloudflare's JSON (RFC 9457-style) edge error, pasted inside a client's error log; the issue shows no headers. detail beats title. retry_after is a body hint (120 s). ray_id/instance are not among rule 5's body id names, so logId is not stated; code left unstated (type URI vs error_code/error_name).",
    response: {
      status: 522,
      body: {
        type: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
        title: 'Error 522: Connection timed out',
        status: 522,
        detail:
          'Cloudflare could not establish a TCP connection to the origin server. The TCP handshake timed out, which may indicate the origin is overloaded, firewalling Cloudflare, or unreachable at the network level.',
        instance: 'a33b33122e36ea89',
        error_code: 522,
        error_name: 'connection_timeout',
        error_category: 'origin',
        ray_id: 'a33b33122e36ea89',
        timestamp: '2026-08-31T10:02:46Z',
        zone: 'api.anthropic.com',
        cloudflare_error: true,
        retryable: true,
        retry_after: 120,
        owner_action_required: true,
        what_you_should_do:
          '**Wait and retry.** Back off for at least 120 seconds. If the error persists, the website operator should verify firewall rules and ensure the origin accepts connections from Cloudflare IP ranges.',
        footer: 'This error was generated by Cloudflare on behalf of the website owner.',
      },
    },
    expect: { kind: 'unavailable', message: 'could not establish a TCP connection to the origin', retry: 120 },
  },
  {
    id: 'cloudflare/522-html-page',
    source: 'Cloudflare',
    url: 'https://github.com/Helicone/helicone/issues/798',
    note: 'Trimmed: the page continues after the <h1> (landing link, Ray ID, footer); the issue shows the body inside an openai APIError, without headers.',
    response: {
      status: 522,
      body: `<!DOCTYPE html>
<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
<!--[if IE 7]>    <html class="no-js ie7 oldie" lang="en-US"> <![endif]-->
<!--[if IE 8]>    <html class="no-js ie8 oldie" lang="en-US"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="en-US"> <!--<![endif]-->
<head>


<title>oai.hconeai.com | 522: Connection timed out</title>
<meta charset="UTF-8" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="robots" content="noindex, nofollow" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/main.css" />


</head>
<body>
<div id="cf-wrapper">
    <div id="cf-error-details" class="p-0">
        <header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-8">
            <h1 class="inline-block sm:block sm:mb-2 font-light text-60 lg:text-4xl text-black-dark leading-tight mr-2">
              <span class="inline-block">Connection timed out</span>
              <span class="code-label">Error code 522</span>
            </h1>
`,
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'cloudflare/1020-access-denied-text',
    source: 'Cloudflare',
    url: 'https://github.com/hadoanngoc/php-bypass-cloudflare-challenge/issues/2',
    note: 'Firewall-rule block (1020) as text/plain for a non-browser client. The set-cookie (__cf_bm) header is left out. "error code: 1020" is a code label, not a sentence: default message. cf-ray is the support id.',
    response: {
      status: 403,
      headers: {
        date: 'Wed, 31 Aug 2022 20:02:12 GMT',
        'content-type': 'text/plain; charset=UTF-8',
        'content-length': '16',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'same-origin',
        'cache-control': 'private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0',
        expires: 'Thu, 01 Jan 1970 00:00:01 GMT',
        server: 'cloudflare',
        'cf-ray': '74385ccaab1ab3d3-MIA',
        'alt-svc': 'h3=":443"; ma=86400, h3-29=":443"; ma=86400',
      },
      body: 'error code: 1020',
    },
    expect: { kind: 'forbidden', message: DEFAULT, logId: '74385ccaab1ab3d3-MIA' },
  },

  // ───────────────────────────── Amazon API Gateway ─────────────────────────────
  {
    id: 'amazon-api-gateway/missing-authentication-token',
    source: 'Amazon API Gateway',
    url: 'oren/test-awsm-users/README.md',
    note: 'curl -i output pasted in the README (repository found by name; the file is its only stored README). The x-amzn-ErrorType carries a ":http://internal.amazon.com/coral/..." suffix, so code is not stated. MissingAuthenticationToken says the request had no credentials: read as a credential code on a 403 -> unauthenticated (API Gateway also sends it for unknown routes). x-amzn-RequestId comes before X-Amz-Cf-Id in rule 5.',
    response: {
      status: 403,
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': '42',
        Connection: 'keep-alive',
        Date: 'Mon, 28 Sep 2015 01:20:07 GMT',
        'x-amzn-ErrorType':
          'MissingAuthenticationTokenException:http://internal.amazon.com/coral/com.amazon.coral.service/',
        'x-amzn-RequestId': '0db69701-657f-11e5-8100-7750da63aac3',
        'X-Cache': 'Error from cloudfront',
        Via: '1.1 3ccccbb11cd13ec9757e157d25a18093.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Id': 'pEdS3aaiZ-PoYmdcr4VwOTAAtFM_8SqNk6B6s-c3VVUxK65hrCOjZg==',
      },
      body: { message: 'Missing Authentication Token' },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Missing Authentication Token',
      logId: '0db69701-657f-11e5-8100-7750da63aac3',
    },
  },
  {
    id: 'amazon-api-gateway/too-many-requests-headers-only',
    source: 'Amazon API Gateway',
    url: 'https://github.com/amberelectric/public-api/issues/280',
    note: 'The issue logs the status and headers of the 429 but not its 31-byte body, so the body is left out (and Content-Length with it); the two Access-Control-* headers logged with empty values are left out too. Throttled at API Gateway behind CloudFront.',
    response: {
      status: 429,
      headers: {
        'Content-Type': 'application/json',
        Connection: 'keep-alive',
        Date: 'Wed, 25 Feb 2026 00:55:30 GMT',
        'X-Amzn-Trace-Id': 'Root=1-699e4882-01d7d0c003396d7931cdb212',
        'x-amzn-RequestId': 'f99318c6-72fd-48ff-9c32-3710d3a9596d',
        'x-amzn-ErrorType': 'TooManyRequestsException',
        'x-amz-apigw-id': 'ZUBEgEhOywMEQSg=',
        'X-Cache': 'Error from cloudfront',
        Via: '1.1 cfa596227fb0df4fed98f6e3b10d419c.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Pop': 'BNE50-P2',
        'X-Amz-Cf-Id': 'Y34SlCjGbzCo28ipbKGxZTC8cm7ynOy9_jGp0NNuafzvkykgrK9XEQ==',
      },
    },
    expect: {
      kind: 'rate-limited',
      message: DEFAULT,
      logId: 'f99318c6-72fd-48ff-9c32-3710d3a9596d',
      code: 'TooManyRequestsException',
    },
  },

  // ───────────────────────────── Amazon CloudFront ─────────────────────────────
  {
    id: 'amazon-cloudfront/503-lambda-function-invalid',
    source: 'Amazon CloudFront',
    url: 'https://github.com/reimagined/resolve/issues/2125',
    note: 'CloudFront error page (Lambda@Edge misconfigured); the issue shows the body only. The Request ID is inside the HTML: no message, logId not stated.',
    response: {
      status: 503,
      body: `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<TITLE>ERROR: The request could not be satisfied</TITLE>
</HEAD><BODY>
<H1>503 ERROR</H1>
<H2>The request could not be satisfied.</H2>
<HR noshade size="1px">
The Lambda function associated with the CloudFront distribution is invalid or doesn't have the required permissions.
We can't connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.
<BR clear="all">
If you provide content to customers through CloudFront, you can find steps to troubleshoot and help prevent this error by reviewing the CloudFront documentation.
<BR clear="all">
<HR noshade size="1px">
<PRE>
Generated by cloudfront (CloudFront)
Request ID: 3Ibv7uyyHp5s-gaTbJTx4DqfdTQMU9hkeC4haV-rG6fmh3mqmtlllw==
</PRE>
<ADDRESS>
</ADDRESS>
</BODY></HTML>`,
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'amazon-cloudfront/403-request-blocked',
    source: 'Amazon CloudFront',
    url: 'https://github.com/labnol/covid19-vaccine-tracker/issues/5',
    note: 'CloudFront "Request blocked" page (WAF/geo block); the issue shows the status and body only.',
    response: {
      status: 403,
      body: `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<TITLE>ERROR: The request could not be satisfied</TITLE>
</HEAD><BODY>
<H1>403 ERROR</H1>
<H2>The request could not be satisfied.</H2>
<HR noshade size="1px">
Request blocked.
We can't connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.
<BR clear="all">
If you provide content to customers through CloudFront, you can find steps to troubleshoot and help prevent this error by reviewing the CloudFront documentation.
<BR clear="all">
<HR noshade size="1px">
<PRE>
Generated by cloudfront (CloudFront)
Request ID: yaPSSJzUvDS5TF06LGBzHqc43V_VZkPAX8zVdX0KQnW12QD4bAcBbA==
</PRE>
<ADDRESS>
</ADDRESS>
</BODY></HTML>`,
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },

  // ───────────────────────────── Kong Gateway ─────────────────────────────
  {
    id: 'kong/no-api-key-found',
    source: 'Kong Gateway',
    url: 'https://github.com/sharmalab/bindaas/wiki/Configure-the-key-auth-plugin-for-a-Service-with-Kong',
    note: 'key-auth plugin, curl -i output (Kong 0.14.0).',
    response: {
      status: 401,
      headers: {
        Date: 'Tue, 31 Jul 2018 20:03:46 GMT',
        'Content-Type': 'application/json; charset=utf-8',
        Connection: 'keep-alive',
        'WWW-Authenticate': 'Key realm="kong"',
        Server: 'kong/0.14.0',
        'Content-Length': '41',
      },
      body: { message: 'No API key found in request' },
    },
    expect: { kind: 'unauthenticated', message: 'No API key found in request' },
  },
  {
    id: 'kong/no-route-matched',
    source: 'Kong Gateway',
    url: 'https://developer.konghq.com/kubernetes-ingress-controller/install/#test-connectivity-to-kong',
    note: 'Kong proxy with no routes configured (Kong 3.9.1), as the KIC install guide shows it.',
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        Connection: 'keep-alive',
        'Content-Length': '48',
        'X-Kong-Response-Latency': '0',
        Server: 'kong/3.9.1',
      },
      body: { message: 'no Route matched with those values' },
    },
    expect: { kind: 'not-found', message: 'no Route matched with those values' },
  },
  {
    id: 'kong/api-rate-limit-exceeded',
    source: 'Kong Gateway',
    url: 'Kong/docs.konghq.com/app/_hub/kong-inc/rate-limiting/_index.md',
    note: 'The rate-limiting plugin docs give the 429 status and body; the RateLimit-* headers they show belong to a response that was still allowed, so none are added here.',
    response: { status: 429, body: { message: 'API rate limit exceeded' } },
    expect: { kind: 'rate-limited', message: 'API rate limit exceeded' },
  },
  {
    id: 'kong/unauthorized-reason-phrase',
    source: 'Kong Gateway',
    url: 'https://gist.github.com/36653f7f4430059124527221839d76db',
    note: 'Kong 1.4.0 auth plugin rejection; only a reason phrase in message: default message.',
    response: {
      status: 401,
      headers: { 'X-Kong-Response-Latency': '1', Server: 'kong/1.4.0' },
      body: { message: 'Unauthorized' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Envoy ─────────────────────────────
  {
    id: 'envoy/local-rate-limited',
    source: 'Envoy',
    url: 'envoyproxy/envoy/docs/root/start/sandboxes/local_ratelimit.rst@2e415303bf3775724850d2b16c588fe24e2e0f6b',
    note: 'The sandbox greps the curl output, so only x-local-rate-limit is shown among the headers. "local_rate_limited" is a code-like token, not a sentence: default message.',
    response: { status: 429, headers: { 'x-local-rate-limit': 'true' }, body: 'local_rate_limited' },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },
  {
    id: 'envoy/rbac-access-denied',
    source: 'Envoy',
    url: 'https://envoyproxy.io/docs/envoy/latest/start/sandboxes/rbac',
    note: 'RBAC filter denial, text/plain. Read as a short plain-text sentence on a 4xx (the "RBAC:" prefix names the filter, not an exception), so it is the message; arguable.',
    response: {
      status: 403,
      headers: {
        'content-length': '19',
        'content-type': 'text/plain',
        date: 'Thu, 28 Jul 2022 06:48:43 GMT',
        server: 'envoy',
      },
      body: 'RBAC: access denied',
    },
    expect: { kind: 'forbidden', message: 'access denied' },
  },
  {
    id: 'envoy/upstream-connect-error',
    source: 'Envoy',
    url: 'https://github.com/knative-extensions/net-contour/issues/237',
    note: "Second response in the issue (the first is the same text with chunked framing). Plain-text sentence on a 5xx, not one of rule 3's developer-text kinds, so it is the message; a reader may find it technical. Re-derived under the changed rule 2.6 (plain text on a 5xx is for developers): see README, rule changes.",
    response: {
      status: 503,
      headers: {
        'Content-Type': 'text/plain',
        Date: 'Tue, 01 Sep 2020 03:18:29 GMT',
        Server: 'envoy',
        Vary: 'Accept-Encoding',
        'X-Envoy-Upstream-Service-Time': '269',
      },
      body: 'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Istio ─────────────────────────────
  {
    id: 'istio/sidecar-upstream-connect-error',
    source: 'Istio',
    url: 'https://github.com/istio/istio/issues/9324',
    note: 'Istio sidecar (Envoy) 503 from curl -iv; the trailing "%" in the paste is the shell\'s no-newline marker and is dropped (the 57 bytes match content-length). Re-derived under the changed rule 2.6 (plain text on a 5xx is for developers): see README, rule changes.',
    response: {
      status: 503,
      headers: {
        'content-length': '57',
        'content-type': 'text/plain',
        date: 'Sun, 14 Oct 2018 23:47:04 GMT',
        server: 'envoy',
      },
      body: 'upstream connect error or disconnect/reset before headers',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Google Cloud Load Balancer ─────────────────────────────
  {
    id: 'google-cloud-load-balancer/no-healthy-upstream',
    source: 'Google Cloud Load Balancer',
    url: 'https://github.com/HumanSecurity/restringer/issues/94',
    note: 'HTTP/2 503 from a site fronted by Google ("via: 1.1 google"): the load balancer had no healthy backend. Short plain-text sentence on a 5xx: the message. Re-derived under the changed rule 2.6 (plain text on a 5xx is for developers): see README, rule changes.',
    response: {
      status: 503,
      headers: {
        'content-length': '19',
        'content-type': 'text/plain',
        via: '1.1 google',
        date: 'Sun, 05 Nov 2023 02:33:13 GMT',
        'alt-svc': 'h3=":443"; ma=2592000,h3-29=":443"; ma=2592000',
      },
      body: 'no healthy upstream',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Traefik ─────────────────────────────
  {
    id: 'traefik/404-page-not-found',
    source: 'Traefik',
    url: 'https://github.com/traefik/traefik/issues/8420',
    note: 'No router matched (Traefik 2.5.2); curl without -i, so no headers. "404 page not found" is the status restated (like "HTTP 404"), not a sentence for the person: default message.',
    response: { status: 404, body: '404 page not found' },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'traefik/429-too-many-requests',
    source: 'Traefik',
    url: 'traefik/traefik/pkg/middlewares/ratelimiter/rate_limiter.go@001e9aa4597ca675f614c7d4a72c34ae7835531e',
    note: 'serveDelayError writes http.StatusText(429). It also sets Retry-After (ceil of the delay) and X-Retry-In (delay string), whose values are computed per request; the source gives no concrete values, so they are left out and there is no retry hint here.',
    response: { status: 429, body: 'Too Many Requests' },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },
  {
    id: 'traefik/429-no-bursty-traffic',
    source: 'Traefik',
    url: 'traefik/traefik/pkg/middlewares/ratelimiter/rate_limiter.go@001e9aa4597ca675f614c7d4a72c34ae7835531e',
    note: 'http.Error(w, "No bursty traffic allowed", 429) when the reservation fails; the headers http.Error adds are not shown in the source, so none are added.',
    response: { status: 429, body: 'No bursty traffic allowed' },
    expect: { kind: 'rate-limited', message: 'No bursty traffic allowed' },
  },

  // ───────────────────────────── Apache httpd ─────────────────────────────
  {
    id: 'apache-httpd/404-not-found',
    source: 'Apache httpd',
    url: 'siunam321/CTF-Writeups/Portswigger-Labs/File-Upload-Vulnerabilities/FUV-3/README.md@b6ff313b44c26ce05fde8c0c1d151b1001841f11',
    note: 'Default Apache 2.4 page from a curl in a write-up; body only.',
    response: {
      status: 404,
      body: `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>404 Not Found</title>
</head><body>
<h1>Not Found</h1>
<p>The requested URL was not found on this server.</p>
<hr>
<address>Apache/2.4.41 (Ubuntu) Server at 0be9fd0d8348 Port 80</address>
</body></html>
`,
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'apache-httpd/503-service-unavailable',
    source: 'Apache httpd',
    url: 'canonical/spread/spread/openstack_test.go@d2ba60d073c47c65161db9add8d377a0d05bd48f',
    note: 'A test fixture holding the 503 page that an Apache-fronted OpenStack Keystone endpoint returned; body only.',
    response: {
      status: 503,
      body: `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>503 Service Unavailable</title>
</head><body>
<h1>Service Unavailable</h1>
<p>The server is temporarily unable to service your
request due to maintenance downtime or capacity
problems. Please try again later.</p>
<hr>
<address>Apache/2.4.29 (Ubuntu) Server at 10.48.7.10 Port 5000</address>
</body></html>`,
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Azure API Management ─────────────────────────────
  {
    id: 'azure-api-management/rate-limit-exceeded',
    source: 'Azure API Management',
    url: 'https://learn.microsoft.com/zh-cn/microsoft-cloud/dev/dev-proxy/concepts/implement-rate-limiting-azure-api-management',
    note: 'Default rate-limit policy response. Retry-After (60) and the wait in the message agree.',
    response: {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '60' },
      body: { statusCode: 429, message: 'Rate limit is exceeded. Try again in 60 seconds.' },
    },
    expect: { kind: 'rate-limited', message: 'Rate limit is exceeded', retry: 60 },
  },
  {
    id: 'azure-api-management/missing-subscription-key',
    source: 'Azure API Management',
    url: 'MicrosoftDocs/SupportArticles-docs/support/azure/api-mgmt/availability/unauthorized-errors-invoke-apis.md',
    note: 'Body only, as the troubleshooting article shows it.',
    response: {
      status: 401,
      body: {
        statusCode: 401,
        message:
          'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
      },
    },
    expect: { kind: 'unauthenticated', message: 'missing subscription key' },
  },
  {
    id: 'azure-api-management/invalid-subscription-key',
    source: 'Azure API Management',
    url: 'MicrosoftDocs/SupportArticles-docs/support/azure/api-mgmt/availability/unauthorized-errors-invoke-apis.md',
    note: 'Body only, as the troubleshooting article shows it.',
    response: {
      status: 401,
      body: {
        statusCode: 401,
        message:
          'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
      },
    },
    expect: { kind: 'unauthenticated', message: 'invalid subscription key' },
  },

  // ───────────────────────────── Tyk ─────────────────────────────
  {
    id: 'tyk/key-not-authorised',
    source: 'Tyk',
    url: 'https://github.com/CanDIG/tyk-kc-demo',
    note: 'README of a Tyk demo: a request without a token "get[s] a 401 error" with this body. No headers shown.',
    response: { status: 401, body: { error: 'Key not authorised' } },
    expect: { kind: 'unauthenticated', message: 'Key not authorised' },
  },

  // ───────────────────────────── Apigee ─────────────────────────────
  {
    id: 'apigee/quota-violation-500',
    source: 'Apigee',
    url: 'https://discuss.google.dev/t/http-429-as-default-status-code-for-quota-policy-violation/17548',
    note: "Apigee Edge's default Quota violation: a 500. The post's body lacks the last closing brace; it is restored to make valid JSON. The quota code outranks the 5xx (rule 1) -> rate-limited; errorcode is Apigee's documented fault code.",
    response: {
      status: 500,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Fri, 06 May 2016 20:16:25 GMT',
        Server: 'Apigee Router',
        'Content-Length': '159',
        Connection: 'keep-alive',
      },
      body: {
        fault: {
          faultstring: 'Rate limit quota violation. Quota limit exceeded. Identifier : _default',
          detail: { errorcode: 'policies.ratelimit.QuotaViolation' },
        },
      },
    },
    expect: { kind: 'rate-limited', message: 'Quota limit exceeded', code: 'policies.ratelimit.QuotaViolation' },
  },
  {
    id: 'apigee/spike-arrest-violation',
    source: 'Apigee',
    url: 'https://community.apigee.com/questions/71991/maxburstmessagecount-explanation.html',
    note: 'Body from the question (its status is not shown there); 429 is what Apigee now sends for Spike Arrest/Quota violations per https://discuss.google.dev/t/error-429-vs-error-500/16324 (older Edge orgs sent 500). The faultstring embeds a MessageRate{...} dump; the sentence before it is the message.',
    response: {
      status: 429,
      body: {
        fault: {
          faultstring:
            'Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod=300, periodInMicroseconds=60000000, maxBurstMessageCount=30.0}',
          detail: { errorcode: 'policies.ratelimit.SpikeArrestViolation' },
        },
      },
    },
    expect: {
      kind: 'rate-limited',
      message: 'Spike arrest violation',
      code: 'policies.ratelimit.SpikeArrestViolation',
    },
  },

  // ───────────────────────────── Akamai ─────────────────────────────
  {
    id: 'akamai/access-denied-reference',
    source: 'Akamai',
    url: 'https://github.com/Ekultek/WhatWaf/issues/1162',
    note: 'AkamaiGHost WAF block of an XSS probe; the Reference # is inside HTML, so no message and no logId is stated.',
    response: {
      status: 403,
      headers: {
        Server: 'AkamaiGHost',
        'Mime-Version': '1.0',
        'Content-Type': 'text/html',
        'Content-Length': '631',
        'Cache-Control': 'max-age=0',
        Expires: 'Thu, 22 Apr 2021 23:13:14 GMT',
        Date: 'Thu, 22 Apr 2021 23:13:14 GMT',
        Connection: 'close',
        'Akamai-Cache-Status': 'Error from child',
        'report-to':
          '{"group":"network-errors","max_age":604800,"endpoints":[{"url":"https://mdec.nelreports.net/api/report?cat=mdocs"}]}',
        nel: '{"report_to":"network-errors","max_age":604800,"success_fraction":0.01,"failure_fraction":1.0}',
      },
      body: `<html><head>
<title>Access Denied</title>
</head><body>
<h1>Access Denied</h1>
 
You don't have permission to access "http://docs.microsoft.com/en-us/aspnet/web-forms/overview/getting-started/getting-started-with-aspnet-45-web-forms/display_data_items_and_details/%3Cframeset%3E%3Cframe%20src=%5C%22javascript:alert(%27XSS%27);%5C%22%3E%3C/frameset%3E" on this server.<p>
Reference #18.ef3a2f17.1619133194.15bcf105
</p></body>
</html>
`,
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'akamai/access-denied-x-reference-error',
    source: 'Akamai',
    url: 'https://github.com/Ekultek/WhatWaf/issues/1139',
    note: 'Same page with the reference repeated in an X-Reference-Error header (not a rule-5 request-id header, so logId is not stated).',
    response: {
      status: 403,
      headers: {
        Server: 'AkamaiGHost',
        'Mime-Version': '1.0',
        'Content-Type': 'text/html',
        'Content-Length': '438',
        Expires: 'Wed, 21 Apr 2021 01:25:37 GMT',
        'X-Reference-Error': '18.5def2e17.1618968337.589c8e7',
        Date: 'Wed, 21 Apr 2021 01:25:37 GMT',
        Connection: 'close',
        'X-N': 'S',
      },
      body: `<html><head>
<title>Access Denied</title>
</head><body>
<h1>Access Denied</h1>
 
You don't have permission to access "http://rtl.fusionaws.nike.com/%3Cframeset%3E%3Cframe%20src=%5C%22javascript:alert(%27XSS%27);%5C%22%3E%3C/frameset%3E" on this server.<p>
Reference #18.5def2e17.1618968337.589c8e7
</p></body>
</html>
`,
    },
    expect: { kind: 'forbidden', message: DEFAULT },
  },

  // ───────────────────────────── Varnish Cache ─────────────────────────────
  {
    id: 'varnish/503-backend-fetch-failed-guru-meditation',
    source: 'Varnish Cache',
    url: 'https://github.com/bootlin/elixir/issues/251',
    note: 'Varnish built-in "Guru Meditation" page; body only. Trimmed: two <style> tags a browser extension had injected into the pasted page (jw-rightclick/jw-icon-pip) are removed.',
    response: {
      status: 503,
      body: `<!doctype html>
<html><head>
    <title>503 Backend fetch failed</title>
  </head>
  <body>
    <h1>Error 503 Backend fetch failed</h1>
    <p>Backend fetch failed</p>
    <h3>Guru Meditation:</h3>
    <p>XID: 129238619</p>
    <hr>
    <p>Varnish cache server</p>
  

</body></html>`,
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Vercel ─────────────────────────────
  {
    id: 'vercel/function-invocation-timeout-text',
    source: 'Vercel',
    url: 'https://github.com/musistudio/claude-code-router/issues/271',
    note: "Vercel's plain-text platform error, quoted (with its \\n line breaks) inside a proxy's 504 error; no headers shown. The first line is a sentence: the message. The error code and the request id (fra1::...) sit in free text, so neither code nor logId is stated. Re-derived under the changed rule 2.6 (plain text on a 5xx is for developers): see README, rule changes.",
    response: {
      status: 504,
      body: 'An error occurred with your deployment\n\nFUNCTION_INVOCATION_TIMEOUT\n\nfra1::46n92-1753107905195-02e151215b22\n',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Heroku ─────────────────────────────
  {
    id: 'heroku/application-error-page',
    source: 'Heroku',
    url: 'https://github.com/AkhileshNS/heroku-deploy/issues/64',
    note: 'Heroku router "Application Error" page (an iframe to herokucdn), printed by the Heroku CLI as "HTTP Error 503"; body only.',
    response: {
      status: 503,
      body: `<!DOCTYPE html>
<html>
  <head>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta charset="utf-8">
    <title>Application Error</title>
    <style media="screen">
      html,body,iframe {
        margin: 0;
        padding: 0;
      }
      html,body {
        height: 100%;
        overflow: hidden;
      }
      iframe {
        width: 100%;
        height: 100%;
        border: 0;
      }
    </style>
  </head>
  <body>
    <iframe src="//www.herokucdn.com/error-pages/application-error.html"></iframe>
  </body>
</html>`,
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
] satisfies ConformanceCase[];
