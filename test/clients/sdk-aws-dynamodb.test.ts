import { DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, sendScenario } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// @aws-sdk/client-dynamodb (AWS SDK v3, awsJson1_0) throws a `ServiceException` subclass for an error
// response: the modeled class for a known `__type` (`ResourceNotFoundException`, …; an unknown one gives a
// `DynamoDBServiceException` named after it). It carries:
// - `name`: the `__type` without its namespace (`ResourceNotFoundException`); the body's `__type` itself is gone;
// - `message`: the body's `message`;
// - `$fault` ('client' | 'server'), `$retryable`;
// - `$metadata`: `{ httpStatusCode, requestId (x-amzn-requestid), extendedRequestId, cfId, attempts,
//   totalRetryDelay }`;
// - `$response` (not enumerable): the smithy `HttpResponse`, `{ statusCode, reason, headers (lower-cased plain
//   object), body }`, its body a stream already read.
// There is no `status` member, no `response` and no `headers`. A failure without a response is the Node
// socket error (`code: 'ECONNREFUSED'`) with `$metadata` added.

// 'amazon-dynamodb/resource-not-found': https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ErrorHandling.html
const notFound = fromCase('amazon-dynamodb/resource-not-found');

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      // No `Date` of today's clock: the case sends its own.
      sendScenario(res, notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

// Retries off (`maxAttempts: 1`); static credentials and a region, so nothing is looked up elsewhere.
const client = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
    maxAttempts: 1,
  });
const call = (endpoint: string) => client(endpoint).send(new DescribeTableCommand({ TableName: 'tablename' }));

interface Thrown {
  name: string;
  message: string;
  $fault: string;
  $metadata: { httpStatusCode?: number; requestId?: string };
  $response?: { statusCode: number; headers: Record<string, string> };
}

describe('@aws-sdk/client-dynamodb: the ServiceException it throws reads as the raw response', () => {
  it(notFound.name, async () => {
    const { threw, value } = await settle(call(url));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    // What the SDK carries: the status and request id in `$metadata`, the code as `name`, the body's message,
    // and the response's status and headers in `$response`.
    expect(value).toBeInstanceOf(ResourceNotFoundException);
    const error = value as Thrown;
    expect(error).toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'Requested resource not found: Table: tablename not found',
      $fault: 'client',
      $metadata: { httpStatusCode: 400, requestId: 'LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG' },
    });
    expect(error.$response).toMatchObject({
      statusCode: 400,
      headers: { 'x-amzn-requestid': 'LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG' },
    });
    expect(Object.keys(error)).not.toContain('$response');
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(notFound, NOW));
  });
});

describe('@aws-sdk/client-dynamodb: failures without a response', () => {
  it('connection refused is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(call(origin));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ code: 'ECONNREFUSED' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });
});
