import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 16 cases (every third case of the eighty-first holdout's four parts, DE to DH, in file
// order, on 7 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind81/rules.md`, as it stood when these cases were first run, its rule rows
// read as amending the rules above them), an excerpt of `types.ts` (`DEFAULT` and the case type), the `Reading`
// interface and one finished second reading (the eightieth's) as a model of the format, and the cases' ids, sources,
// URLs and responses (none was thrown and none sends a `Date` header, so every `now` is 2026-11-22T12:00:00Z), no
// notes, no expectations, no kit answers. They were told not to open the case files or anything else under
// `/work/main` but the files the brief names, nor to run the kit, any script or any test, nor to use search tools,
// nor to list folders. They opened only the files the brief names, by their full paths (the rules read whole, in
// pieces), checked by its full path that this file did not exist yet, and wrote it by its full path; they listed no
// folder. They marked 9 cases "hesitated" and named the other reading. Written once and not changed after the
// comparison.
export default [
  {
    id: 'invoice-ninja/invalid-token-403',
    expect: { kind: 'forbidden', message: 'Invalid token', fields: [], logId: null, code: null },
    why: "Rule 1: 403: forbidden; no code is sent, and text never decides the kind (an invalid token in text makes no credential code). Rule 2.1: `message` 'Invalid token' names a credential, which says that signing in failed ('access_token is invalid', 'Token invalid.'): kept. Rule 3: `errors` is an empty map (an empty member says nothing): no field. Rules 5 and 6: no id, no code. Hesitated on kind (other reading: unauthenticated, the credential line read as the code would be).",
  },
  {
    id: 'grav-api/invalid-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid username or password',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.2: RFC 9457 `detail` beats `title`; 'Invalid username or password.' is a person's sentence about a refused sign-in (a credential's name stays), where `title` 'Unauthorized' is the bare reason phrase: kept. Rule 6: no code (`status: 401` is the status; no `type`). Rule 5: no id.",
  },
  {
    id: 'grav-api/etag-conflict-409',
    expect: {
      kind: 'conflict',
      message: 'The resource has been modified since you last retrieved it',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 409: conflict (an edit conflict). Rule 2.2: RFC 9457 `detail` beats `title` 'Conflict' (the bare reason phrase); 'The resource has been modified since you last retrieved it. Please fetch the latest version and try again.' says what happened and what to do: kept. Rule 6: no code (`status` is the status; no `type`). Rule 5: no id.",
  },
  {
    id: 'grav-api/rate-limit-exceeded-429',
    expect: {
      kind: 'rate-limited',
      message: 'Rate limit exceeded. Try again later',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.2: RFC 9457 `detail` beats `title` 'Too Many Requests' (the bare reason phrase). Rule 2.1 and the row that restated it: a plea to try again after a reason phrase alone stays the message ('Too many requests, please try again later.'), and 'Rate limit exceeded. Try again later.' is the 429's phrase in other words with such a plea: kept. Rule 4: no `Retry-After`, no reset header, no body hint, and 'later' gives no figure: no wait. Rule 6: no code (`status` is the status). Rule 5: no id. Hesitated on message (other reading: the default, 'Rate limit exceeded' read as a summary rather than the reason phrase, so the plea after it says no more, as Geoapify's 'Request failed, please try again later').",
  },
  {
    id: 'chevereto/duplicated-upload-101-400',
    expect: {
      kind: 'bad-request',
      message: 'Duplicated upload',
      fields: [],
      logId: null,
      code: '101',
    },
    why: "Rule 1: a 400 without field errors whose only code is the number 101, which names no kind (`status_code: 400` restates the status; `context: 'Exception'` is no category that classifies); text never decides, so 'Duplicated upload' makes no duplicate code: a bad request. Rule 2.1: `error.message` 'Duplicated upload' is a person's short line saying what was wrong (two words, not a lone word, no code's shape), where `status_txt` 'Bad Request' (a message by its shape) is the bare reason phrase: kept. Rule 3: `context` holds a word, not a parameter: no field. Rule 6: `error.code` 101, the vendor's number: '101'. Rule 5: no id. Hesitated on kind (other reading: conflict, the upload a duplicate).",
  },
  {
    id: 'tt-rss/login-error-200',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'LOGIN_ERROR',
    },
    why: "Rule 3: the body's members `seq` and `status` are numbers that say nothing themselves, so the one object among its values, `content`, holds the error (We the People's `metadata.responseInfo`), and its `error` holds a code (one token in capitals with `_`). Rule 1: `LOGIN_ERROR` says a sign-in failed (a failed sign-in in either word order is a credential code: `err_login_failed`, `invalid.login`), and a code outranks any 2xx: unauthenticated. Rule 2.1: no sentence, only a code: the default (rule 2.4). Rule 6: `LOGIN_ERROR` (`status: 1` is the call's own flag, no code). Rule 5: no id. Hesitated on kind (other reading: unknown, 'login error' read as a category that names no failed credential, on a 2xx).",
  },
  {
    id: 'uvdesk/no-such-user-cc-001-403',
    expect: {
      kind: 'forbidden',
      message: 'No such user found',
      fields: [],
      logId: null,
      code: 'CC-001',
    },
    why: "Rule 1: 403: forbidden; `CC-001` is a vendor's code no row sorts, and text never decides (a user not found in text makes no not-found). Rule 1's `success: false` reading: `status: false` only flags the failure. Rule 2.1: `message` 'No such user found' is a person's sentence: kept. Rule 6: `error_code` 'CC-001' (a code by its name). Rule 5: no id.",
  },
  {
    id: 'postiz/public-api-class-validator-list-400',
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['shortLink', 'should not be null or undefined'],
        ['shortLink', 'must be a boolean value'],
        ['tags', 'should not be null or undefined'],
        ['tags', 'must be an array'],
        ['posts.0.value.0.image.0.path', 'should not be null or undefined'],
        ['posts.0.value.0.image.0.path', 'must be a string'],
      ],
      logId: null,
      code: null,
    },
    why: "Rule 1 and its row for NestJS: a 400 listing several messages about the input, from class-validator (NestJS's ValidationPipe): validation. Rule 3: class-validator begins each message with the property path, so each line is that field's error: `shortLink` (two), `tags` (two) and `posts.0.value.0.image.0.path` (two, already canonical). Rule 2.4: only field messages; `error` 'Bad Request' is the bare reason phrase: the default. Rule 6: `error` 'Bad Request' only restates the status: no code (`statusCode` is the status). Rule 5: no id. Hesitated on fields (other reading: three fields, each field's two lines one error with two messages).",
  },
  {
    id: 'ms-oauth2api-next/authentication-failed-plea-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401: unauthenticated. Rule 2.1 and the row on 'Authentication failed': the bare 'Authentication failed.' is the 401's phrase in other words; what follows gives no reason: 'Please provide valid credentials or contact administrator for access.' is a plea that asks what the kind's default asks (as a plea to check the headers after the 401's phrase is the default, the seventy-fourth holdout's row), and 'Refer to API documentation for deployment details.' only sends the reader to the docs: the default (rule 2.4). Rule 6: `code: \"401\"` only restates the status: no code. Rule 5: no id. Hesitated on message (other reading: kept, 'Authentication failed. Please provide valid credentials …', as a plea after a reason phrase alone stays the message).",
  },
  {
    id: 'lavalink/session-not-found-404-docs',
    expect: { kind: 'not-found', message: 'Session not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: Spring Boot's body: `error` 'Not Found' is the bare reason phrase and `message` 'Session not found' a sentence naming what was not found (only the bare phrase restates the status, as 'Resource not found' is a sentence): kept. Rule 2.3 and 7: `trace` is the developer's. Rule 3: `path` at the top is the request's URL path: no field. Rule 6: `error` only restates the status: no code (`status` is the status). Rule 5: no id (`timestamp` is a time).",
  },
  {
    id: 'nacos/service-not-found-500-text',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500: server (text never decides: 'is not found' makes no not-found, and a 5xx takes no 4xx kind from text). Rule 2.6: plain text on a 5xx is written by proxies and runtimes: the kind's default ('caused: …' is a runtime's report besides). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'komga/next-book-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: `error` 'Not Found' is the bare reason phrase and `message` '404 NOT_FOUND' is the status's number before its phrase written as a code (Spring's `HttpStatus` name, as 'HTTP 404'): no sentence, the default (rule 2.4). Rule 6: both only restate the status: no code (`status` is the status). Rule 5: no id. Hesitated on code (other reading: 'NOT_FOUND', a code alone in a message's member after the status's number).",
  },
  {
    id: 'halo/plugin-endpoint-not-found-404',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [],
      logId: '047fbe03-350',
      code: null,
    },
    why: "Rule 1: 404: not-found. Rule 2.1: the problem's `title` 'Not Found' is the bare reason phrase and there is no `detail`: the default (rule 2.4). Rule 5: the body's own `requestId` '047fbe03-350' (`instance` is a URL, not a token). Rule 6: `type` is `about:blank`, never a code: no code. Rule 3: no field.",
  },
  {
    id: 'kafka-ui/failed-to-parse-record-500',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: '2c1db961',
      code: '5000',
    },
    why: "Rule 1: 500: server. Rule 2.3: 'Failed to parse record from topic configuration-service' is a deserializer's report on a record the server read from its own broker (parser and serializer internals, any deserializer's report, a failure to parse or convert): developer text, the default (rule 2.4). Rule 3: `fieldsErrors` is null: no field. Rule 5: the body's own `requestId` '2c1db961'. Rule 6: the numeric `code` 5000, the vendor's, not a status: '5000'. Hesitated on message (other reading: kept, a sentence saying what failed and in which topic, for the person who runs the cluster in this UI) and on code (other reading: none, a number that carries the 500's).",
  },
  {
    id: 'iceshrimp-net/not-implemented-501-request-id',
    expect: {
      kind: 'server',
      message: DEFAULT,
      fields: [],
      logId: '0HNMPGIJ9A12G:00000024',
      code: null,
    },
    why: "Rule 1: 501: server. Rule 2.1: `error` 'NotImplemented' is the reason phrase in PascalCase, and `message` 'This API method has not been implemented' is the 501 restated (the sixty-ninth holdout's row: 'Functionality not supported by server', the 501 restated, says no more than the status): the default (rule 2.4). Rule 5: the body's own `requestId` '0HNMPGIJ9A12G:00000024' (ASP.NET's trace identifier). Rule 6: `error` only restates the status (`code: \"BadRequest\"` as a reason phrase in PascalCase is no code): no code. Hesitated on message (other reading: kept, a sentence naming what was not implemented, an API method) and on code (other reading: 'NotImplemented', the only code-shaped member).",
  },
  {
    id: 'dendrite/unrecognized-endpoint-404-text',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404: not-found. Rule 2.1: '404 page not found' is Go's stock reason phrase (the fifth holdout's row): the default (rule 2.4). Rules 5 and 6: no id, no code.",
  },
] satisfies Reading[];
