import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 10 cases (every third case of the thirty-ninth holdout's two parts in file order, parts
// A and B, on 5 December 2026), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of
// `test/conformance/README.md` (`.tmp/blind39/rules.md`), an excerpt of `types.ts` (`DEFAULT` and the case type's first
// lines), the `Reading` interface and one finished second reading (the thirty-eighth's, `second-reading-38.ts`) as a
// model of the format, and the cases' ids, sources, URLs and responses (no case carried a `receivedAt` and none was
// thrown, so `now` is the `Date` header, else 2026-11-22T12:00:00Z; no response carried a `Retry-After` or a reset
// header, and no body carried a wait: Banxico's "más tarde" is an HTML page's text and names no time); no notes, no
// expectations. They were told not to open the case files or anything else under `test/conformance/`, the kit's
// source, its README or changelog, `test/core/`, the live rules file, the git history or the rest of `.tmp/`, nor to
// run the kit, the conformance script or any test, nor to use search tools. They marked 8 cases "hesitated" and named
// the other reading. Written once and not changed after the comparison.

export default [
  {
    id: 'statuspage/could-not-authenticate-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: 'ff4af083-3564-4377-9603-74c10b924593',
      code: null,
    },
    why: "Rule 1: 401. Rule 2.1: 'Could not authenticate' only says that signing in failed, a line made only of words that say something failed (as 'Login failed', 'Authentication failure', 'Login failure'), so the default. Rule 5: no body id, so the `X-Request-Id` header. Rule 6: `error` holds words with a space, no code. Hesitated on message: the line does tell the person the credentials were not accepted (other reading: 'Could not authenticate').",
  },
  {
    id: 'statuspage/component-not-found-sql-404',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [],
      logId: '999bd973-be99-4a9d-8c84-635fa839175e',
      code: null,
    },
    why: "Rule 1: 404. Rule 2.3: the `error` is Active Record's not-found report with the SQL condition it ran (`WHERE \"components\".\"page_id\" = $1 AND …`), SQL and database text, developer text, so the default. Rule 5: the `X-Request-Id` header. Rule 6: no code member. Hesitated on message: the clause before the bracketed SQL, 'Couldn't find Component', may be read as the sentence with the developer's part after it, as a parser's report in parentheses is (other reading: \"Couldn't find Component\").",
  },
  {
    id: 'bigpanda/unauthorized-bearer-invalid-token-401',
    expect: { kind: 'unauthenticated', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 401. Rules 2.1 and 2.6: the plain-text body 'Unauthorized' is the bare reason phrase (and a lone word), so the default. Rule 5: no request-id header (`Server`, `X-Powered-By` and `Date` only). Rule 6: no body member holds a code, and no rule reads one from `WWW-Authenticate`. Hesitated on code: the `Www-Authenticate` challenge carries RFC 6750's `error=\"invalid_token\"`, OAuth's code (other reading: 'invalid_token').",
  },
  {
    id: 'aikido/invalid-client-credentials-401',
    expect: {
      kind: 'unauthenticated',
      message: 'The provided credentials are invalid',
      fields: [],
      logId: null,
      code: 'invalid_client',
    },
    why: "Rule 1: 401, and `invalid_client` is a credential code. Rule 2.2: OAuth's `error_description` beats `error`; it is a sentence that says what was refused. Rule 5: no body id and no request-id header. Rule 6: OAuth's `error`. Hesitated on message: the line names only what is invalid (as 'Missing or invalid api credentials'; other reading: the default).",
  },
  {
    id: 'affiliate-window/soap-auth-fault-500',
    expect: {
      kind: 'server',
      message: 'Invalid combination of username/password/usertype or account disabled',
      fields: [],
      logId: null,
      code: 'Client.AUTH',
    },
    why: "Rule 1: 500; a code never turns a 5xx into a 4xx kind other than rate-limited, so the credential fault stays server. Rule 3: XML is read as JSON would send it, the one-element wrappers (`Envelope`, `Body`) dropped: a structured body, not the plain text of rule 2.6. Rule 2.1: `faultstring` 'Authentication Failed' only says something failed (a category line, as 'Authentication failure'); rule 2.2: the occurrence's text in `detail` (the `ApiException`'s `message`) is a sentence for the person, and the element's class name is only its wrapper. Rule 5: no id (`Node: ws40` names a server, as `x-served-by` does). Rule 6: SOAP's `faultcode`, the XML error's code, without its namespace prefix (as AWS's `__type` is read). Hesitated on message and code: `ApiException` is an exception's name around the text on a 5xx (other reading: the default); the prefix is part of the QName as sent (other reading: 'ns1:Client.AUTH').",
  },
  {
    id: 'securedrop/source-not-found-404',
    expect: {
      kind: 'not-found',
      message: 'The requested URL was not found on the server.',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 404. Rule 2.1: `error` is the bare reason phrase ('Not Found'); the `message` is a sentence that says what was not found and what the person can do, no bare phrase (as 'Resource not found' is a sentence). Rule 5: no body id and no request-id header. Rule 6: `error` holds the reason phrase in words, no code. Hesitated on message: it is Werkzeug's stock text for any 404, a framework's stock sentence (other reading: the default).",
  },
  {
    id: 'botmaker/unknown-path-empty-404',
    expect: { kind: 'not-found', message: DEFAULT, fields: [], logId: null, code: null },
    why: 'Rule 1: 404. Rule 2.4: an empty body holds no sentence, so the default. Rule 5: no request-id header (CORS, cache and transport headers only). Rule 6: no code.',
  },
  {
    id: 'quienesquien/internal-server-error-500',
    expect: { kind: 'server', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: 500; `success: false` without `data` keeps the error in the envelope. Rule 2.1: the `status` written as words is a message member, but 'Internal server error' is the 500's bare reason phrase, so the default. Rules 5 and 6: no id; `status` holds words with spaces, no code.",
  },
  {
    id: 'ivoy/login-correo-invalido-200',
    expect: {
      kind: 'unknown',
      message: 'Correo Invalido',
      fields: [],
      logId: 'f6ef8156-f2f3-4abc-a674-dfc14e79e7c0',
      code: '-192',
    },
    why: "Rule 1: a 200 whose code (`-192`) is no HTTP status and names no kind; text never decides, so unknown. Rule 2: the `message`, Spanish for 'Invalid email', a line for the person in the API's language (as 'Invalid email address' is read as the sentence in rule 1). Rule 5: no body id; of the request-id headers `x-amzn-RequestId` comes before `X-Amz-Cf-Id`. Rule 6: the numeric `code`, as a string. Hesitated on kind and message: the case is a sign-in whose email was refused (other reading: unauthenticated, or validation); the line names only what is invalid (as 'Invalid format'; other reading: the default).",
  },
  {
    id: 'banxico-cep/maximo-de-consultas-page-200',
    expect: { kind: 'unknown', message: DEFAULT, fields: [], logId: null, code: null },
    why: "Rule 1: a 200 with no code and no error status in the body; only the page's text says the query limit was reached, and text never decides, so unknown. Rule 2.5: an HTML page gives no message, its `h1` included. Rule 4.4: a page's text sets no wait, and 'más tarde' names no time. Rules 5 and 6: no id header, no code. Hesitated on kind: the page plainly says the portal's maximum number of queries was exceeded, a quota (other reading: rate-limited).",
  },
] satisfies Reading[];
