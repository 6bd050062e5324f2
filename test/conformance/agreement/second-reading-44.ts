import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 26 cases (every third case of the forty-fourth holdout’s four parts in file order, parts A
// to D, on 6 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind44/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the forty-third's, `second-reading-43.ts`) as a
// model of the format, and the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was
// thrown, so `now` is the `Date` header, else 2026-11-22T12:00:00Z; no response carried a `Retry-After`, a reset
// header, a body hint or a wait in its text, so no case states a retry), no notes, no expectations. They were told not
// to open the case files or anything else under `test/conformance/`, the kit's source, its README or changelog,
// `test/core/`, the live rules file, the git history or the rest of `.tmp/`, nor to run the kit, the conformance
// script or any test, nor to use search tools; they wrote this file by its full path without listing its folder. They
// marked 19 cases "hesitated" and named the other reading. Written once and not changed after the comparison.

export default [
  {
    id: 'knox-mobile-enrollment/resource-invalid-param-400',
    expect: {
      kind: 'validation',
      message: 'Device ID list cannot be empty',
      fields: [],
      logId: 'string',
      code: '4000000',
    },
    why: "Rule 1: a 400 whose code `RESOURCE_INVALID_PARAM` (alone in `message`, a code by its shape) says a parameter is invalid, a validation code in either word order (as `PARAM_ERROR`, `InvalidParameterValue`); the numeric `code` names no kind. Rule 3: nothing names a field by structure (the device list is named only in text), so no field error. Rule 2.1: `message` is a code, so the sentence is the string `data` (a string beside a code-only message speaks when nothing else does, as a string `details` does), which says what is wrong with the input. Rule 5: `errorId`, the body's own id, as sent ('string', the docs' placeholder). Rule 6: the explicit numeric `code` member, as a string. Hesitated on kind: the code sits in a message member and the numeric code decides nothing (other reading: bad-request); on code (other reading: 'RESOURCE_INVALID_PARAM', the code alone in a message's member); and on support id: 'string' is a schema placeholder (other reading: null).",
  },
  {
    id: 'knox-mobile-enrollment/device-not-found-404',
    expect: {
      kind: 'not-found',
      message: "Some/All devices don't exist",
      fields: [],
      logId: 'string',
      code: '4040300',
    },
    why: "Rule 1: 404 (and `DEVICE_NOT_FOUND` agrees). Rule 2.1: `message` holds a code (all capitals with `_`), so the string `data`, a sentence that says what was not found, speaks. Rule 5: `errorId`, as sent. Rule 6: the explicit numeric `code`, as a string. Hesitated on code (other reading: 'DEVICE_NOT_FOUND', the code alone in a message's member).",
  },
  {
    id: 'knox-deployment-program/customer-id-invalid-400',
    expect: {
      kind: 'validation',
      message: 'The specified customer ID is not valid.',
      fields: [],
      logId: 'string',
      code: '40000011',
    },
    why: "Rule 1: a 400 whose code `CUSTOMER_ID_INVALID` says an input's value is invalid, in either word order (Klarna's `COUNTY_CODE_INVALID`): validation. Rule 3: no member names a field by structure. Rule 2.1: `message` is a code, so `data` speaks: a sentence that names the input by what it is, as 'Invalid email address' (rule 1) is read by the person. Rule 5: `errorId`, as sent. Rule 6: the explicit numeric `code`. Hesitated on message: it names only which input is invalid, as 'Invalid value for Parameter `limit`.' (other reading: the default); and on code (other reading: 'CUSTOMER_ID_INVALID').",
  },
  {
    id: 'knox-guard/invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid Api Key',
      fields: [],
      logId: null,
      code: '4010000',
    },
    why: "Rule 1: 401. Rule 2.1: the error's `message` 'AUTHORIZATION_FAIL' is a code (capitals with `_`), and `reason`, a message-like member, holds the sentence, a credential line kept as 'Invalid API key' is; `result: \"FAIL\"` is a flag. Rule 5: no id, no headers but `Content-Type`. Rule 6: the error's explicit numeric `code`. Hesitated on code (other reading: 'AUTHORIZATION_FAIL', the code alone in a message's member).",
  },
  {
    id: 'workspace-one-uem/tenant-code-no-organization-group-403',
    expect: {
      kind: 'forbidden',
      message: 'Tenant code XYZ does not identify an Organization Group.',
      fields: [],
      logId: 'd7a5de76-0f33-4ab1-9ff6-01c38a5f3c20',
      code: '1013',
    },
    why: "Rule 1: 403, and `errorCode` 1013 names no kind; text never decides, so the tenant code (the API's key header) read as a credential does not make it unauthenticated. Rule 2: the `message`, a sentence. Rule 5: `activityId`, the body's own id of the request's activity (Azure DevOps' 'Activity Id' is such a support label). Rule 6: `errorCode`, as a string. Hesitated on support id: `activityId` is not among rule 5's names (other reading: null); and on kind: the tenant code is a credential (other reading: unauthenticated).",
  },
  {
    id: 'jamf-pro/auth-tokens-empty-errors-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 401. Rule 2.4: `errors` is empty and `httpStatus` is the status, so no sentence: the default. Rules 5 and 6: no headers, no id, no code.',
  },
  {
    id: 'frontify/graphql-endpoint-get-not-found-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.1: `error` 'Not found' is the 404's bare reason phrase (read without case), so the default; `success: false` without `data`. Rules 5 and 6: no id; `error` holds the reason phrase as text, no code.",
  },
  {
    id: 'nuxeo/delete-document-concurrent-update-409',
    expect: {
      kind: 'conflict',
      message: 'Failed to delete document',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 409, an edit conflict (the text's 'Concurrent update' agrees, but text does not decide). Rule 2: the `message`, a sentence that says what failed and why; the document path and id are the repository's, no stack, class or SQL (rule 2.3). Rule 5: no id. Rule 6: `entity-type: \"exception\"` is Nuxeo's type marker and `status` the status, so no code. Hesitated on message: a chain of exception messages joined by commas (other reading: the default).",
  },
  {
    id: 'imgproxy/image-unreachable-404-text-v1',
    expect: { kind: 'not-found', message: 'Image is unreachable', fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2.6: plain text on a 4xx is the message, a sentence that says what could not be had. Rules 5 and 6: no headers, no code. Hesitated on message: it reports a failure to reach the image's source, another host (rule 2.3, other reading: the default).",
  },
  {
    id: 'tinify/bad-signature-415',
    expect: {
      kind: 'bad-request',
      message: 'Does not appear to be a PNG or JPEG file',
      fields: [],
      logId: null,
      code: 'BadSignature',
    },
    why: "Rule 1: 415, a bad request; `BadSignature` is the uploaded file's signature (its format), the body as a whole as a checksum's `BadDigest` is the request's, and a credential code would decide only on a 400 or 403. Rule 2: the `message`, a sentence. Rule 5: no id. Rule 6: `error` holds the code (by its shape, camel case). Hesitated on kind: `Bad…` names an input's value as `invalid…` does, a validation code on any 4xx (other reading: validation).",
  },
  {
    id: 'tinify/credentials-invalid-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Credentials are invalid',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2: the `message`, a credential line kept as 'Invalid credentials' is; `error` 'Unauthorized' is the 401's reason phrase. Rule 5: no headers, no id. Rule 6: `error` only restates the status, so no code. Hesitated on code: `error` is OAuth's code member (other reading: 'Unauthorized').",
  },
  {
    id: 'media-manager/unauthorized-code-400',
    expect: { kind: 'bad-request', message: 'Unauthorized', fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors and without a code (`code: 400` is the status; 'Unauthorized' in `message` is a word, not a code by its shape); text never decides, so a bad request. Rule 2.1: 'Unauthorized' is the 401's reason phrase sent with a 400, and a 401's reason phrase is the message on any status but a 401. Rules 5 and 6: no id, no code. Hesitated on message: a lone word is not a message (other reading: the default); and on kind: the text names a credential failure (other reading: unauthenticated).",
  },
  {
    id: 'media-manager/bad-request-400',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 400 without field errors or a code. Rule 2.1: 'Bad request' is the 400's bare reason phrase, so the default. Rules 5 and 6: no id; `code: 400` restates the status.",
  },
  {
    id: 'weserv/server-could-not-reach-url-404-text',
    expect: {
      kind: 'not-found',
      message: 'Server could not reach the ?url= that you were looking for',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2.1: 'Error 404: ' is a status label and dropped; rule 2.6: the rest is plain text on a 4xx, sentences written to the person ('that you were looking for', 'The file doesn't exists, or it isn't a valid image.'). Rules 5 and 6: no headers, no code. Hesitated on message: the server's failure to reach another host is developer text by rule 2.3 (other reading: the default).",
  },
  {
    id: 'swisscom-mobile-id/user-cancel-fault-json-500',
    expect: {
      kind: 'server',
      message: 'User cancelled the request',
      fields: [],
      logId: null,
      code: 'USER_CANCEL',
    },
    why: "Rule 1: 500; `USER_CANCEL` is the end user cancelling on their phone, not the app's own abort, and a code never turns a 5xx into a 4xx kind other than rate-limited. Rule 3: a body of one member holding an object is that object (`Fault`); `Code` nests objects, no fields. Rule 2: `Reason` holds a code (capitals with `_`), so `Detail`, a sentence, speaks; JSON on a 5xx is the app's (rule 2.6 does not apply). Rule 5: no id. Rule 6: the code alone in a message's member (`Reason`); `Code.Value` 'Receiver' is SOAP's category. Hesitated on code: the SubCode's `Value` '_401' is the documented status code (other reading: '_401'); and on kind (other reading: cancelled).",
  },
  {
    id: 'signable/branding-options-required-400',
    expect: {
      kind: 'bad-request',
      message: 'To be able to update branding options you must pass in at least one option',
      fields: [],
      logId: null,
      code: '10555',
    },
    why: 'Rule 1: a 400 without field errors; `code` 10555 names no kind and `http` is the status, so a bad request. Rule 2: the `message`, a sentence that says what is needed. Rule 5: no id. Rule 6: the numeric `code`, as a string.',
  },
  {
    id: 'signhost/access-denied-by-policy-403',
    expect: {
      kind: 'forbidden',
      message: 'Access denied by authorization policy.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 403. Rule 2: `Message` (PascalCase `message`), a sentence that says what refused the request. Rules 5 and 6: no headers, no id, no code. Hesitated on message: it says no more than the 403, as 'Access forbidden' (other reading: the default).",
  },
  {
    id: 'signhost/request-entity-too-large-413',
    expect: { kind: 'bad-request', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 413 without `Retry-After`, a bad request. Rule 2.1: 'Request entity too large.' is the 413's reason phrase (HTTP/1.1's 'Request Entity Too Large'), so the default. Rules 5 and 6: no id, no code. Hesitated on message: today's phrase is 'Content Too Large', and this one ends with a full stop (other reading: 'Request entity too large.').",
  },
  {
    id: 'languagetool/text-exceeds-limit-413-text',
    expect: {
      kind: 'bad-request',
      message: 'Your text exceeds the limit of 60000 characters',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 413 without `Retry-After`, a bad request. Rule 2.6: plain text on a 4xx is the message; 'Error: ' is a label before it, and the sentences say what is wrong and what to do. Rule 4: no wait. Rules 5 and 6: no headers, no code.",
  },
  {
    id: 'languagetool/preferred-variants-without-auto-400-text',
    expect: {
      kind: 'bad-request',
      message: "You specified 'preferredVariants' but you didn't specify 'language=auto'",
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: a 400 without field errors and without a code: a bad request. Rule 2.6: plain text on a 4xx is the message, after the 'Error: ' label; it says how two parameters conflict, not only which is missing. Rule 3: parameters named in text bind no field. Rules 5 and 6: no headers, no code. Hesitated on message: it speaks of request parameters, the developer's to send (other reading: the default).",
  },
  {
    id: 'learnhouse/course-not-found-404',
    expect: { kind: 'not-found', message: 'Course not found', fields: [], logId: null, code: null },
    why: "Rule 1: 404. Rule 2: FastAPI's `detail`, a sentence that names what was not found (not the bare reason phrase, as 'Resource not found'). Rules 5 and 6: no id, no code.",
  },
  {
    id: 'coursera/api-route-does-not-exist-404-html',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404. Rule 2.5: an HTML error page gives no message (its text goes to `details`), so the default. Rules 5 and 6: no headers, no code.',
  },
  {
    id: 'openhpi-portal/invalid-request-syntax-400-problem',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'https://openhpi.stoplight.io/docs/portal-api/068d6638d8e0b-errors#invalid_request',
    },
    why: "Rule 1: 400; the problem type's last segment, `invalid_request`, is OAuth's bad-request code. Rule 2.1: the `title` 'Your request seems to contain some syntax errors. Please review it and try again.' says only that the request is malformed, with a plea to try again after it ('The request is malformed.', 'The request is invalid or malformed'), a generic line, so the default; no `detail`. Rule 5: no id, no `instance`. Rule 6: a problem `type` URI is the code when there is no other. Hesitated on message (other reading: 'Your request seems to contain some syntax errors'); and on code: the type is read by its last segment, the fragment (other reading: 'invalid_request').",
  },
  {
    id: 'openhpi-portal/email-not-updated-422-problem',
    expect: {
      kind: 'validation',
      message: 'The user email address could not be updated.',
      fields: [],
      logId: null,
      code: 'https://openhpi.stoplight.io/docs/portal-api/068d6638d8e0b-errors#parameter_missing',
    },
    why: "Rule 1: 422 (and the type's `parameter_missing`, a validation code). Rule 3: no member names a field by structure; the email is named in text only. Rule 2: the `title`, the only sentence, says what could not be done to which record. Rule 5: no id, no `instance`. Rule 6: the problem `type` URI, the only code. Hesitated on message: a line that only says something failed (other reading: the default); and on code (other reading: 'parameter_missing').",
  },
  {
    id: 'udacity/token-no-longer-valid-401',
    expect: {
      kind: 'unauthenticated',
      message: 'token is no longer valid',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401. Rule 2.2: a lone form-level item in `errors` (no path) speaks; a sentence that says the credential expired, kept as credential lines are ('Invalid token'), not a token's internals. Rules 5 and 6: no headers, no id, no code. Hesitated on message: it names only what is no longer valid (other reading: the default).",
  },
  {
    id: 'quizapi/unauthenticated-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rule 2.1: 'Unauthenticated' is a lone word (rule 2.1's own example), so the default. Rule 5: no id. Rule 6: a lone capitalised word is no code by its shape, and it only restates the 401. Hesitated on code: `error` is OAuth's code member and `unauthenticated` a listed credential code (other reading: 'Unauthenticated').",
  },
] satisfies Reading[];
