// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import $ from 'jquery';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../src';
import { xhrErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { NOW, rawModel, refusedUrl, serveScenarios, settle } from './harness';
import { scenarios } from './scenarios';

// The browser's XMLHttpRequest (happy-dom's, which makes real requests; the spec: https://xhr.spec.whatwg.org/) and
// jQuery 4's `$.ajax`, against the scenario server. Code that wraps the request itself settles its promise in
// `onload` and rejects with the request when the status is not 2xx (`reject(xhr)`), and with the `ProgressEvent`
// its `onerror`, `ontimeout` or `onabort` listener is handed (its `target` is the request). Neither keeps the
// response headers as members: they are the text `getAllResponseHeaders()` returns. jQuery rejects with its `jqXHR`
// (node_modules/jquery/dist-module/jquery.module.js, `done`): `status`, `statusText` ("canceled" after `abort()`,
// "timeout" after its `timeout` option, "error" otherwise), `responseText`, `responseJSON` when the body parsed as
// JSON, and `getAllResponseHeaders()`; the same object resolves a 2xx, with the body.
//
// happy-dom's request has no `timeout` (node_modules/happy-dom/lib/xml-http-request/XMLHttpRequest.js): its own
// timeout is told through jQuery's, whose `statusText` says "timeout".
//
// A request follows redirects: the 302 that carries an OAuth error in its Location never reaches the app (the
// browser requests the callback instead), so that scenario is left out of the agreement and stated below.

const server = serveScenarios();
const followed = scenarios.filter((scenario) => scenario.name !== 'oauth-redirect');

/** The request as code that wraps it writes it: resolves a 2xx, rejects with the request or the failure's event. */
function send(url: string, setup: (request: XMLHttpRequest) => void = () => {}): Promise<XMLHttpRequest> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('GET', url);
    setup(request);
    request.onload = () => (request.status >= 200 && request.status < 300 ? resolve(request) : reject(request));
    request.onerror = request.ontimeout = request.onabort = reject;
    request.send();
  });
}

/**
 * `$.ajax` awaited, as an app awaits it: the jqXHR is a thenable whose rejection is the jqXHR itself and whose
 * fulfilment is the body alone.
 */
const ajax = async (url: string, settings: JQuery.AjaxSettings = {}): Promise<unknown> =>
  await $.ajax({ url, ...settings });

describe('XMLHttpRequest: the request an app rejects with reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, { request: (url) => send(url) }, followed);

  it('its headers are text behind a method, and the countdown comes from them', async () => {
    const { value } = await settle(send(`${server().url}/rate-limited-429`));
    expect(value).toBeInstanceOf(XMLHttpRequest);
    expect((value as XMLHttpRequest).getAllResponseHeaders()).toMatch(/retry-after: 5\r\n/i);
    for (const read of [normalizeError, createNormalizer({ clients: [xhrErrors] })])
      expect(read(value, { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 5000 });
  });

  it('a body it was asked to parse (responseType "json") is read from `response`', async () => {
    const { value } = await settle(
      send(`${server().url}/validation-422`, (request) => (request.responseType = 'json')),
    );
    expect(() => (value as XMLHttpRequest).responseText).toThrow();
    expect(normalizeError(value, { now: NOW })).toEqual(rawModel('validation-422', NOW));
  });

  it('a redirect is followed: its OAuth error never reaches the app, and the callback it requests fails', async () => {
    const { value } = await settle(send(`${server().url}/oauth-redirect`));
    expect(value).toMatchObject({ type: 'error' });
    expect(rawModel('oauth-redirect', NOW)).toMatchObject({ kind: 'forbidden' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});

describe('XMLHttpRequest: failures without a response, by the event the listener is handed', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => send(url),
    aborted: (url) =>
      send(url, (request) => {
        setTimeout(() => request.abort(), 20);
      }),
  });

  it('the request itself, rejected from those listeners, tells an abort from a failed connection', async () => {
    const rejectWithRequest = (url: string, setup: (request: XMLHttpRequest) => void) =>
      settle(
        new Promise((_resolve, reject) => {
          const request = new XMLHttpRequest();
          request.open('GET', url);
          setup(request);
          request.onerror = request.onabort = request.ontimeout = () => reject(request);
          request.send();
        }),
      );
    const refused = await rejectWithRequest(await refusedUrl(), () => {});
    const aborted = await rejectWithRequest(`${server().url}/slow`, (request) => {
      setTimeout(() => request.abort(), 20);
    });
    expect(normalizeError(refused.value, { now: NOW })).toMatchObject({ kind: 'network' });
    expect(normalizeError(aborted.value, { now: NOW })).toMatchObject({ kind: 'cancelled' });
  });
});

describe('jQuery: the jqXHR $.ajax rejects with reads as the raw response', () => {
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => ajax(url),
      drops: {
        'graphql-200': {
          gives: { status: undefined },
          why: 'awaiting $.ajax gives a 2xx as its body alone (its done callbacks get the jqXHR third)',
        },
      },
    },
    followed,
  );

  it('its jqXHR keeps the parsed body and the headers as text', async () => {
    const { value } = await settle(ajax(`${server().url}/validation-422`));
    expect(value).toMatchObject({ status: 422, responseJSON: expect.any(Object) });
    expect(normalizeError(value, { now: NOW })).toEqual(rawModel('validation-422', NOW));
  });
});

describe('jQuery: failures without a response, by the jqXHR statusText', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => ajax(url),
    aborted: async (url) => {
      const pending = $.ajax({ url });
      setTimeout(() => pending.abort(), 20);
      return await pending;
    },
    timedOut: (url) => ajax(url, { timeout: 50 }),
  });
});

describe('tus-js-client in a browser: an upload that gets no response fails with the request’s event', () => {
  it('a refused connection is network, as in Node', async () => {
    const { Upload } = await import('tus-js-client/lib.esm/browser/index.js');
    const endpoint = await refusedUrl();
    const error = await new Promise<unknown>((resolve) => {
      new Upload(new Blob(['0123456789abcdef']), { endpoint, retryDelays: [], onError: resolve }).start();
    });
    expect((error as { causingError?: unknown }).causingError).toMatchObject({ type: 'error' });
    expect(normalizeError(error, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
