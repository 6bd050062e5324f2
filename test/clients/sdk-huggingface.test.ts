import { InferenceClient, InferenceClientProviderApiError } from '@huggingface/inference';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Scenario } from './harness';

// @huggingface/inference (the official JS client; fetch underneath) throws, for an answer that is not ok, an
// `InferenceClientProviderApiError` (`name` 'ProviderApiError'): `message` = 'Failed to perform inference: ' + the
// body's `error` (else `detail`, else `message`) when the body is JSON (`application/json` or
// `application/problem+json`) with such a string, else fixed text; `httpRequest` = `{ url, method, headers (the
// Authorization redacted), body }`; `httpResponse` = `{ requestId (the `x-request-id` header, else ''), status, body
// (the parsed JSON; the text for `text/plain;`; else '') }`. No other response header is kept. A 503 is sent again
// at once, without end, unless the call's options say `retry_on_error: false`. A failure without a response is
// fetch's own `TypeError: fetch failed` (`cause` = the socket error), rethrown as is.

// The Inference API and Text Embeddings Inference answer errors with `application/json`; the cases show the body
// only, so that header is added. (Without it the SDK keeps neither the body nor its message.)
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const scenarios = [
  // 'huggingface/model-loading-503': https://github.com/huggingface/unity-api/issues/18 (question answering with
  // distilbert-base-cased-distilled-squad on the serverless Inference API)
  fromCase('huggingface/model-loading-503', JSON_TYPE),
  // 'hf-tei/inputs-cannot-be-empty-413':
  // infiniflow/ragflow/test/testcases/test_web_api/test_chunk_app/test_update_chunk.py
  // (a Text Embeddings Inference endpoint given an empty input)
  fromCase('hf-tei/inputs-cannot-be-empty-413', JSON_TYPE),
];

const server = serveBySegment(scenarios);

// With `endpointUrl` the call goes to that URL as is (no provider may be named with it, and no model is looked up on
// the Hub).
const hf = new InferenceClient('hf_test');
const MODEL = 'distilbert-base-cased-distilled-squad';
const CALLS: Record<string, { path: string; call: (endpointUrl: string) => Promise<unknown> }> = {
  'huggingface/model-loading-503': {
    path: `/models/${MODEL}`,
    call: (endpointUrl) =>
      hf.questionAnswering(
        {
          endpointUrl,
          inputs: { question: 'What is my name?', context: 'My name is Clara and I live in Berkeley.' },
        },
        { retry_on_error: false },
      ),
  },
  'hf-tei/inputs-cannot-be-empty-413': {
    path: '/embed',
    call: (endpointUrl) => hf.featureExtraction({ endpointUrl, inputs: '' }, { retry_on_error: false }),
  },
};
const callFor = (sent: Scenario) => {
  const found = CALLS[sent.name];
  if (!found) throw new Error(`no call for ${sent.name}`);
  return found;
};

describe('@huggingface/inference: the InferenceClientProviderApiError it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { path, call } = callFor(sent);
    const { threw, value } = await settle(call(`${server.urlOf(sent)}${path}`));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path });
    // What the SDK carries: the status and the parsed body (no header: the answers have no x-request-id).
    expect(value).toBeInstanceOf(InferenceClientProviderApiError);
    const error = value as InferenceClientProviderApiError;
    const body = JSON.parse(sent.body) as { error: string };
    expect(error.name).toBe('ProviderApiError');
    expect(error.message).toBe(`Failed to perform inference: ${body.error}`);
    expect(error.httpResponse).toEqual({ requestId: '', status: sent.status, body });
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@huggingface/inference: failures without a response', () => {
  it("connection refused (fetch's TypeError) is network", async () => {
    const { origin } = new URL(await refusedUrl());
    const { call, path } = callFor(scenarios[1] as Scenario);
    const { threw, value } = await settle(call(`${origin}${path}`));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(TypeError);
    expect(value).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
