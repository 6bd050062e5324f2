import { FirebaseError, initializeApp, type FirebaseApp } from 'firebase/app';
import {
  connectAuthEmulator,
  createUserWithEmailAndPassword,
  getAuth,
  signInWithEmailAndPassword,
  type Auth,
} from 'firebase/auth';
import { connectFirestoreEmulator, doc, getFirestore, setDoc, setLogLevel } from 'firebase/firestore/lite';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { googleFixtures } from '../fixtures/formats/google';
import { caseScenario as fromCase, sendScenario } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Scenario } from './harness';

// The Firebase JS SDK (`firebase`, modular API) throws a `FirebaseError` (from @firebase/util): `name`
// 'FirebaseError', `code`, `message`, `customData`. No status, no headers, no response.
// - Auth (`firebase/auth`, Identity Toolkit REST over fetch): `code` is `auth/…`, from the body's
//   `error.message` through the SDK's map (EMAIL_EXISTS → `auth/email-already-in-use`,
//   TOO_MANY_ATTEMPTS_TRY_LATER → `auth/too-many-requests`). `message` is the SDK's own
//   "Firebase: Error (auth/…)." unless the server's `error.message` has a text after " : ": then
//   "Firebase: <that text> (auth/…).". `customData` is `{ appName }`; for EMAIL_EXISTS (and
//   FEDERATED_USER_ID_ALREADY_LINKED, USER_DISABLED) it also holds `_tokenResponse`: the whole parsed body.
//   A failure without a response is `auth/network-request-failed`, `customData.message` = String(the fetch
//   error) ('TypeError: fetch failed').
// - Firestore Lite (`firebase/firestore/lite`, REST over fetch): a `FirestoreError` (a FirebaseError subclass):
//   `code` is the canonical code the HTTP status maps to, lower-case with dashes (403 → 'permission-denied'),
//   not the body's `error.status`; `message` is "Request failed with error: " + the body's `error.message`
//   (the first item when the body is an array). `customData` is undefined; the body's `details` (RetryInfo …)
//   are not kept. A failure without a response has code 'unknown' and the fetch error's message and cause.

/** A fixture of test/fixtures/formats/google.ts as the wire carries it. */
function fromFixture(name: string, id: string, extra: Readonly<Record<string, string>> = {}): Scenario {
  const found = googleFixtures.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture "${name}"`);
  const bytes = typeof found.body === 'string' ? found.body : JSON.stringify(found.body);
  return {
    name: id,
    status: found.status ?? 500,
    headers: { ...found.headers, ...extra },
    body: bytes,
    source: `${name}: ${found.source}`,
  };
}

// Google APIs answer errors with `application/json; charset=UTF-8`; added where the case shows the body only.
const JSON_TYPE = { 'content-type': 'application/json; charset=UTF-8' } as const;

const auth = {
  // 'firebase/auth-email-exists': https://github.com/firebase/firebase-ios-sdk/issues/13671
  emailExists: fromCase('firebase/auth-email-exists', JSON_TYPE),
  // test/fixtures/formats/google.ts 'Firebase Auth TOO_MANY_ATTEMPTS_TRY_LATER', source: Firebase Auth REST API
  // (identitytoolkit) legacy errors.
  tooManyAttempts: fromFixture('Firebase Auth TOO_MANY_ATTEMPTS_TRY_LATER', 'fixture/too-many-attempts', JSON_TYPE),
};
const firestore = [
  // 'firebase/firestore-permission-denied': https://github.com/AsifArmanRahman/firebase-rest-api/issues/32
  fromCase('firebase/firestore-permission-denied', JSON_TYPE),
  // 'google-cloud-apis/unauthenticated-401': https://github.com/aip-dev/google.aip.dev/issues/1537
  fromCase('google-cloud-apis/unauthenticated-401', JSON_TYPE),
  // 'google-cloud-apis/quota-retry-info': https://github.com/RooCodeInc/Roo-Code/issues/3883
  fromCase('google-cloud-apis/quota-retry-info', JSON_TYPE),
  // 'gemini/model-overloaded-503': https://github.com/appatalks/eva-agent/issues/50
  fromCase('gemini/model-overloaded-503', JSON_TYPE),
];

/** The key a request names its scenario by: in the e-mail address (auth) or the document id (Firestore). */
const key = (sent: Scenario): string => sent.name.replace('/', '--');

/** What the server was asked, per scenario key: the SDK's method and path. */
const asked = new Map<string, string>();
let server: Server;
let port: number;
beforeAll(async () => {
  setLogLevel('silent');
  const all = [...Object.values(auth), ...firestore];
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = Buffer.concat(chunks).toString();
      const sent = all.find((s) => request.includes(key(s)));
      // No `Date` of today's clock: `retryAt` is read against the test's fixed `now`.
      res.sendDate = false;
      if (!sent) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`no scenario in ${request}`);
        return;
      }
      asked.set(key(sent), `${req.method ?? ''} ${new URL(req.url ?? '/', 'http://127.0.0.1').pathname}`);
      sendScenario(res, sent);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let apps = 0;
/** A fresh app (each emulator connection is made once per app), as the brief's config: no real project. */
const app = (): FirebaseApp => initializeApp({ apiKey: 'test', projectId: 'demo-test' }, `app-${++apps}`);
const authAt = (origin: string): Auth => {
  const instance = getAuth(app());
  connectAuthEmulator(instance, origin, { disableWarnings: true });
  return instance;
};
const firestoreAt = (host: string, at: number) => {
  const db = getFirestore(app());
  connectFirestoreEmulator(db, host, at);
  return db;
};

/** The FirebaseError's own members, as an app's catch block sees them. */
const members = (error: FirebaseError) => ({
  name: error.name,
  code: error.code,
  message: error.message,
  customData: error.customData,
});

describe('firebase/auth: the FirebaseError it throws reads as the raw response', () => {
  it('firebase/auth-email-exists (createUserWithEmailAndPassword)', async () => {
    const sent = auth.emailExists;
    const instance = authAt(`http://127.0.0.1:${port}`);
    const { threw, value } = await settle(
      createUserWithEmailAndPassword(instance, `${key(sent)}@example.com`, 'password123'),
    );
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(asked.get(key(sent))).toBe('POST /identitytoolkit.googleapis.com/v1/accounts:signUp');
    // What the SDK carries: its own code and boilerplate, and the whole body in `customData._tokenResponse`.
    expect(value).toBeInstanceOf(FirebaseError);
    const error = value as FirebaseError;
    expect(members(error)).toEqual({
      name: 'FirebaseError',
      code: 'auth/email-already-in-use',
      message: 'Firebase: Error (auth/email-already-in-use).',
      customData: { appName: instance.app.name, _tokenResponse: JSON.parse(sent.body) },
    });
    // A FirebaseError has no status (nor headers): `customData._tokenResponse` is the body alone, whose `error.code`
    // (Google's error model) is the HTTP status, which a body's error code beside no status says.
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });

  it('Firebase Auth TOO_MANY_ATTEMPTS_TRY_LATER (signInWithEmailAndPassword)', async () => {
    const sent = auth.tooManyAttempts;
    const instance = authAt(`http://127.0.0.1:${port}`);
    const { threw, value } = await settle(
      signInWithEmailAndPassword(instance, `${key(sent)}@example.com`, 'wrong password'),
    );
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(asked.get(key(sent))).toBe('POST /identitytoolkit.googleapis.com/v1/accounts:signInWithPassword');
    // What the SDK carries: its own code, the server's text after " : " inside its own frame; no body.
    expect(value).toBeInstanceOf(FirebaseError);
    const error = value as FirebaseError;
    expect(members(error)).toEqual({
      name: 'FirebaseError',
      code: 'auth/too-many-requests',
      message:
        'Firebase: Access to this account has been temporarily disabled due to many failed login attempts. You can immediately restore it by resetting your password or you can try again later. (auth/too-many-requests).',
      customData: { appName: instance.app.name },
    });
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW), {
      gives: { status: undefined, code: 'auth/too-many-requests' },
      why:
        "a FirebaseError has no status (nor headers), and here no body: the server's code " +
        "TOO_MANY_ATTEMPTS_TRY_LATER is only in the SDK's own 'auth/too-many-requests'",
    });
  });

  it('connection refused (auth/network-request-failed) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(
      signInWithEmailAndPassword(authAt(origin), 'user@example.com', 'password123'),
    );
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(FirebaseError);
    expect(value).toMatchObject({
      code: 'auth/network-request-failed',
      message: 'Firebase: Error (auth/network-request-failed).',
      customData: { message: 'TypeError: fetch failed' },
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});

describe('firebase/firestore/lite: the FirebaseError it throws reads as the raw response', () => {
  it.each(firestore.map((sent) => [sent.name, sent] as const))('%s (setDoc)', async (_, sent) => {
    const db = firestoreAt('127.0.0.1', port);
    const { threw, value } = await settle(setDoc(doc(db, 'cities', key(sent)), { name: 'San Francisco' }));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(asked.get(key(sent))).toBe('POST /v1/projects/demo-test/databases/(default)/documents:commit');
    // What the SDK carries: the status's canonical code and the body's `error.message`, nothing else.
    const body = JSON.parse(sent.body) as { error: { status: string; message: string } };
    const code = body.error.status.toLowerCase().replace(/_/g, '-');
    expect(value).toBeInstanceOf(FirebaseError);
    const error = value as FirebaseError;
    expect(members(error)).toEqual({
      name: 'FirebaseError',
      code,
      message: `Request failed with error: ${body.error.message}`,
      customData: undefined,
    });
    const raw = rawModel(sent, NOW);
    expectSameModel(normalizeError(error, { now: NOW }), raw, {
      gives: { status: undefined, code, ...(raw.retryAt === undefined ? {} : { retryAt: undefined }) },
      why:
        `a FirestoreError has no status (nor headers); its code '${code}' is the status's, not the body's ` +
        `${body.error.status}; the body's details (RetryInfo) are not kept`,
    });
  });

  it('connection refused (code unknown, "Request failed with error: fetch failed …") is network', async () => {
    const { hostname, port: closed } = new URL(await refusedUrl());
    const db = firestoreAt(hostname, Number(closed));
    const { threw, value } = await settle(setDoc(doc(db, 'cities', 'SF'), { name: 'San Francisco' }));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(FirebaseError);
    const error = value as FirebaseError;
    expect(error.code).toBe('unknown');
    expect(error.message).toMatch(/^Request failed with error: fetch failed \(Error: connect ECONNREFUSED /);
    expect(normalizeError(error, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});

// Cloud Functions (`firebase/functions`, `httpsCallable`): a callable answers an `HttpsError` as `{ error: { status,
// message, details } }` with the HTTP status its code maps to (firebase-functions `src/common/providers/https.ts`,
// `HttpsError.toJSON` and `httpErrorCode`; the protocol: firebase.google.com/docs/functions/callable-reference).
// The SDK throws a `FunctionsError`: `code` is `functions/` and the status's code, `message` the server's with the
// status after it ("… [400]"), `details` as sent; no headers (@firebase/functions `_errorForResponse`).
const callable = (name: string, status: number, error: Record<string, unknown>, source: string): Scenario => ({
  name,
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ error }),
  source,
});
// firebase/functions-samples Node/quickstarts/callable-functions/functions/index.js, `[START messageHttpsErrors]`.
const SAMPLES = 'firebase/functions-samples: Node/quickstarts/callable-functions/functions/index.js';
const calls = [
  callable(
    'add-message-invalid-argument',
    400,
    {
      status: 'INVALID_ARGUMENT',
      message: 'The function must be called with one arguments "text" containing the message text to add.',
    },
    SAMPLES,
  ),
  callable(
    'add-message-failed-precondition',
    400,
    { status: 'FAILED_PRECONDITION', message: 'The function must be called while authenticated.' },
    SAMPLES,
  ),
  // 'firebase/callable-unauthenticated': https://github.com/firebase/firebase-functions/issues/769
  { ...fromCase('firebase/callable-unauthenticated', JSON_TYPE), name: 'callable-unauthenticated' },
  // An unhandled exception in the function: firebase-functions answers `new HttpsError("internal", "INTERNAL")`.
  callable('unhandled-internal', 500, { status: 'INTERNAL', message: 'INTERNAL' }, 'firebase-functions https.ts'),
];

describe('firebase/functions: the FunctionsError httpsCallable throws reads as the raw response', () => {
  let functionsServer: Server;
  let at: number;
  beforeAll(async () => {
    functionsServer = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const name = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.split('/').pop();
        const sent = calls.find((call) => call.name === name);
        // The slow function never answers: the call's own timeout ends it.
        if (name === 'slow') return;
        if (sent) sendScenario(res, sent);
        else res.writeHead(500, { 'content-type': 'text/plain' }).end(`no callable ${name ?? ''}`);
      });
    });
    await new Promise<void>((resolve) => functionsServer.listen(0, '127.0.0.1', resolve));
    at = (functionsServer.address() as AddressInfo).port;
  });
  afterAll(async () => {
    functionsServer.closeAllConnections();
    await new Promise((resolve) => functionsServer.close(resolve));
  });
  const functionsAt = (port: number) => {
    const functions = getFunctions(app());
    connectFunctionsEmulator(functions, '127.0.0.1', port);
    return functions;
  };

  it.each(calls.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(httpsCallable(functionsAt(at), sent.name)({ text: '' }));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    const body = JSON.parse(sent.body) as { error: { status: string; message: string } };
    const code = `functions/${body.error.status.toLowerCase().replace(/_/g, '-')}`;
    expect(value).toBeInstanceOf(FirebaseError);
    expect(value).toMatchObject({ code, message: `${body.error.message} [${sent.status}]` });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), {
      gives: { code },
      why: `a FunctionsError keeps the SDK's code '${code}', not the body's ${body.error.status}`,
    });
  });

  it('connection refused (code internal, "internal [0]") is network, not a server error', async () => {
    const { port: closed } = new URL(await refusedUrl());
    const { threw, value } = await settle(httpsCallable(functionsAt(Number(closed)), 'addMessage')({ text: 'hi' }));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ code: 'functions/internal', message: 'internal [0]' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });

  it('a streaming call the app aborts (its signal) is cancelled', async () => {
    const controller = new AbortController();
    const pending = httpsCallable(functionsAt(at), 'slow').stream({ text: 'hi' }, { signal: controller.signal });
    controller.abort();
    const { threw, value } = await settle((await pending).data);
    expect(threw).toBe(true);
    expect(value).toMatchObject({ code: 'functions/cancelled', message: 'Request was cancelled.' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'cancelled' });
  });

  it('its own timeout (deadline-exceeded) is timeout', async () => {
    const { threw, value } = await settle(httpsCallable(functionsAt(at), 'slow', { timeout: 50 })({ text: 'hi' }));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ code: 'functions/deadline-exceeded' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout' });
  });
});
