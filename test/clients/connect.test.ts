import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { create, createFileRegistry } from '@bufbuild/protobuf';
import {
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FileDescriptorProtoSchema,
} from '@bufbuild/protobuf/wkt';
import { createClient } from '@connectrpc/connect';
import { createConnectTransport } from '@connectrpc/connect-web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { expectSameModel, NOW, rawModel, refusedUrl, type Scenario } from './harness';

// Connect-ES 2 (`@connectrpc/connect` with connect-web's Connect transport, over fetch) against a
// node:http server that speaks the Connect protocol's unary error format: what a client call rejects
// with is a `ConnectError` (code, `rawMessage`, `details`, `metadata`).

/**
 * The greet service of Connect's docs (connectrpc.com/docs/node/getting-started, `connectrpc.greet.v1`),
 * described at runtime: no code generation, no binary.
 */
const file = create(FileDescriptorProtoSchema, {
  name: 'connectrpc/greet/v1/greet.proto',
  package: 'connectrpc.greet.v1',
  syntax: 'proto3',
  messageType: [
    {
      name: 'GreetRequest',
      field: [
        {
          name: 'name',
          jsonName: 'name',
          number: 1,
          type: FieldDescriptorProto_Type.STRING,
          label: FieldDescriptorProto_Label.OPTIONAL,
        },
      ],
    },
    {
      name: 'GreetResponse',
      field: [
        {
          name: 'greeting',
          jsonName: 'greeting',
          number: 1,
          type: FieldDescriptorProto_Type.STRING,
          label: FieldDescriptorProto_Label.OPTIONAL,
        },
      ],
    },
  ],
  service: [
    {
      name: 'GreetService',
      method: [
        {
          name: 'Greet',
          inputType: '.connectrpc.greet.v1.GreetRequest',
          outputType: '.connectrpc.greet.v1.GreetResponse',
        },
      ],
    },
  ],
});
const GreetService = createFileRegistry(file, () => undefined).getService('connectrpc.greet.v1.GreetService')!;

const json = (value: unknown): string => JSON.stringify(value);
// Unary errors are `application/json` with the status of the code's row in the protocol's table.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

/** test/conformance/cases/graphql-rpc.ts, the Connect cases, with the sources they name. */
const scenarios = [
  // 'connect/unimplemented': connectrpc/connectrpc.com/docs/protocol.md@08cfe1bb86ba752509a13a9734037bbea4532dfb
  {
    name: 'unimplemented',
    status: 501,
    headers: JSON_TYPE,
    body: json({ code: 'unimplemented', message: 'connectrpc.greet.v1.GreetService/Greet is not implemented' }),
    source: 'connect/unimplemented: connectrpc.com docs/protocol.md',
  },
  // 'connect/invalid-argument': https://connectrpc.com/docs/swift/errors
  {
    name: 'invalid-argument',
    status: 400,
    headers: JSON_TYPE,
    body: json({ code: 'invalid_argument', message: 'sentence cannot be empty' }),
    source: 'connect/invalid-argument: connectrpc.com/docs/swift/errors',
  },
  // 'connect/unavailable-code-only':
  // connectrpc/connectrpc.com/docs/protocol.md@08cfe1bb86ba752509a13a9734037bbea4532dfb
  {
    name: 'unavailable',
    status: 503,
    headers: JSON_TYPE,
    body: json({ code: 'unavailable' }),
    source: 'connect/unavailable-code-only: connectrpc.com docs/protocol.md',
  },
  // 'connect/unavailable-retry-info':
  // connectrpc/connectrpc.com/docs/protocol.md@08cfe1bb86ba752509a13a9734037bbea4532dfb
  {
    name: 'retry-info',
    status: 503,
    headers: JSON_TYPE,
    body: json({
      code: 'unavailable',
      message: 'overloaded: back off and retry',
      details: [{ type: 'google.rpc.RetryInfo', value: 'CgIIPA', debug: { retryDelay: '30s' } }],
    }),
    source: 'connect/unavailable-retry-info: connectrpc.com docs/protocol.md',
  },
] as const satisfies readonly Scenario[];

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    // `/<scenario>/connectrpc.greet.v1.GreetService/Greet`; `/slow/…` never answers.
    const name = (req.url ?? '').split('/')[1];
    req.resume();
    req.on('end', () => {
      const sent = scenarios.find((s) => s.name === name);
      if (!sent) return;
      res.sendDate = false;
      res.writeHead(sent.status, sent.headers).end(sent.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function connectError(
  baseUrl: string,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<unknown> {
  const client = createClient(GreetService, createConnectTransport({ baseUrl })) as unknown as {
    greet: (request: { name: string }, options: object) => Promise<unknown>;
  };
  return client.greet({ name: 'Jane' }, options).then(
    () => expect.fail('the call succeeded'),
    (error: unknown) => error,
  );
}

describe('Connect-ES ConnectError', () => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s reads as its raw response', async (name, sent) => {
    const error = await connectError(`${url}/${name}`);
    expect(error).toMatchObject({ name: 'ConnectError' });
    const expected = rawModel(sent, NOW);
    // A ConnectError keeps the code the status was chosen by, not the status.
    expectSameModel(normalizeError(error, { now: NOW }), expected, {
      gives: { status: undefined },
      why: 'ConnectError keeps the code, not the HTTP status',
    });
  });

  it('the code, the raw message and the RetryInfo of the details are read', async () => {
    const error = await connectError(`${url}/retry-info`);
    expect(error).toMatchObject({
      message: '[unavailable] overloaded: back off and retry',
      rawMessage: 'overloaded: back off and retry',
    });
    expect(normalizeError(error, { now: NOW })).toMatchObject({
      kind: 'unavailable',
      code: 'unavailable',
      message: 'Overloaded: back off and retry',
      retryAt: NOW + 30_000,
    });
  });

  it('an invalid argument is validation with the server sentence', async () => {
    expect(normalizeError(await connectError(`${url}/invalid-argument`), { now: NOW })).toMatchObject({
      kind: 'validation',
      code: 'invalid_argument',
      message: 'Sentence cannot be empty',
    });
  });
});

describe('Connect-ES: the transport', () => {
  it('a refused connection is network', async () => {
    const error = await connectError((await refusedUrl()).replace(/\/json-error$/, ''));
    expect(error).toMatchObject({ name: 'ConnectError', cause: { name: 'TypeError' } });
    expect(normalizeError(error)).toMatchObject({ kind: 'network' });
  });

  it('an aborted call is cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    expect(normalizeError(await connectError(`${url}/slow`, { signal: controller.signal }))).toMatchObject({
      kind: 'cancelled',
      code: 'canceled',
    });
  });

  it("Connect's own timeout (timeoutMs) is timeout", async () => {
    expect(normalizeError(await connectError(`${url}/slow`, { timeoutMs: 50 }))).toMatchObject({
      kind: 'timeout',
      code: 'deadline_exceeded',
    });
  });

  it('Connect turns a timed-out signal into canceled, dropping its reason: cancelled', async () => {
    // ConnectError.from maps both AbortError and TimeoutError to Code.Canceled without a cause; `timeoutMs` is the way.
    expect(normalizeError(await connectError(`${url}/slow`, { signal: AbortSignal.timeout(50) }))).toMatchObject({
      kind: 'cancelled',
    });
  });
});
