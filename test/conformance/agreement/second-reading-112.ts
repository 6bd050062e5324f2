import type { Reading } from '../agreement';
import { DEFAULT } from '../types';

// A blind second reading of 12 cases (every third case of the hundred-and-twelfth holdout's parts KW to LB, in file
// order, on 12 March 2027), for `npm run conformance -- --agreement`. The second reader was given a frozen copy of the
// written rules, `test/conformance/README.md` (`.tmp/blind112/rules.md`, its rule rows read as amending the rules
// above them, later rows winning), an excerpt of `types.ts` (`.tmp/blind112/types-excerpt.ts`: `DEFAULT` and the case
// type), the `Reading` interface (`.tmp/blind112/reading-interface.ts`) and one finished second reading (the
// hundred-and-eleventh's, `.tmp/blind112/model-reading.ts`) as a model of the format, and the cases' ids, sources,
// URLs, `now`s and responses (`.tmp/blind112/cases.json`; none was thrown, none sends headers, every one sends a JSON
// body, two are sent with a 200, and every one is read at the default `now`), no notes, no expectations, no kit
// answers. They were told not to open the case files or anything else under `/work/main` but the files the brief
// names, nor to run the kit, any script or any test, nor to use search tools, nor to list folders. They opened only
// the files the brief names, each by its full name (the rules read whole, in pieces), listed no folder, checked by its
// full path that this file did not exist yet, and wrote it by its full path. They marked 6 cases "hesitated" and named
// the other reading. Written once and not changed after.
export default [
  {
    id: 'trainline/search-no-results-400',
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: 'no_results',
    },
    why: "Rule 1: `error.code` 'no_results' says the search found nothing, a not-found code ('no <thing> found', `no_client_found`; `NoSuchKey`), which outranks a 400: not-found. Rule 2.4: `error.message` is an empty object, no sentence anywhere: the default. Rule 6: `error.code` 'no_results'. Rules 3 and 5: no field, no id. Hesitated on kind (other reading: bad-request, `no_results` lacking the 'found' of the forty-third holdout's row and naming no resource that is missing).",
  },
  {
    id: 'gamequery/api-token-required-401',
    expect: {
      kind: 'unauthenticated',
      message: 'API token is required',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'API token is required' names the credential that is missing (a credential's name stays, as 'Authorization header is required' still says that signing in failed): kept. Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the default, 'Authentication required' in other words restating the 401).",
  },
  {
    id: 'gamequery/daily-quota-exceeded-429',
    expect: {
      kind: 'rate-limited',
      message: 'Daily quota exceeded for this API key',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `message` 'Daily quota exceeded for this API key' says which allowance was spent, more than the 429's phrase: kept. Rule 3: `quota` and `used` are numbers, no messages: no field. Rule 4: no header, no hint by a retry name, and 'Daily' names a window, not a wait: no retry time. Rules 5 and 6: no id, no code.",
  },
  {
    id: 'ponjo/invalid-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid API key provided',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `message` 'Invalid API key provided.' names the credential that failed ('Invalid app_key is provided.'): kept. Rule 6: `status` 401 is the status: no code. Rule 5: `timestamps` hold a date and a Unix time, no id. Rule 3: no field.",
  },
  {
    id: 'ponjo/too-many-requests-429',
    expect: {
      kind: 'rate-limited',
      message: 'Too many requests. Please try again later',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 429: rate-limited. Rule 2.1: `message` 'Too many requests. Please try again later.' is a plea to try again after a reason phrase alone, which stays the message (the row restating the thirty-second holdout's: 'Too many requests, please try again later.'): kept. Rule 4: no header, no body hint, no number in the text: no retry time. Rule 6: `status` 429 is the status: no code. Rules 3 and 5: no field, no id; `timestamps` hold no id.",
  },
  {
    id: 'staty/invalid-or-missing-api-key-401',
    expect: {
      kind: 'unauthenticated',
      message: 'Invalid or missing API key',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. `success: false` with no `data`: the envelope is the error. Rule 2.1: `error` 'Invalid or missing API key' names the credential (Qobuz's 'Invalid or missing app_id parameter' stays, the eighty-second holdout's row): kept. Rule 6: `error` holds a sentence, no code. Rules 3 and 5: no field, no id.",
  },
  {
    id: 'isports/invalid-api-key-illegal-access-200',
    expect: {
      kind: 'unknown',
      message: 'Invalid [api_key], illegal access',
      fields: [],
      logId: null,
      code: '2',
    },
    why: "Rule 1: a 200 whose numeric `code` 2 is no HTTP error status and names no kind, and text never decides the kind: unknown. Rule 2.1: `message` 'Invalid [api_key], illegal access.' names a credential (a credential's name stays, 'Invalid app_key is provided.') and says access was refused: kept. Rule 6: `code` 2, the vendor's code, a string in the model. Rules 3 and 5: `[api_key]` in text is no path member: no field; no id. Hesitated on kind (other reading: unauthenticated, read from the invalid API key the line names) and on code (other reading: none, a bare vendor number).",
  },
  {
    id: 'auto-dev/invalid-location-zip-400',
    expect: {
      kind: 'validation',
      message: 'Invalid ZIP code format',
      fields: [],
      logId: 'a1b2c3d4e5f6g7h8',
      code: 'INVALID_LOCATION',
    },
    why: "Rule 1: `code` 'INVALID_LOCATION' begins with `invalid` and names an input (the location, a ZIP code), a validation code, which outranks a 400: validation. Rule 2.1: `error` 'Invalid ZIP code format. ZIP code must be 5 digits (e.g., 90210) or 5+4 format (e.g., 90210-1234)' names the input in a person's words and says the rule for its value: kept, over the `suggestion` beside it. Rule 3: no field member; the top-level `path` '/taxes/invalidzip' is the request's URL path: no field. Rule 5: `requestId` 'a1b2c3d4e5f6g7h8'. Rule 6: `code` 'INVALID_LOCATION'; `status` 400 is the status. Hesitated on kind (other reading: bad-request, a 400 without field errors whose code names a location, not a field the form has).",
  },
  {
    id: 'vinreveal/credentials-not-provided-401',
    expect: {
      kind: 'unauthenticated',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 401: unauthenticated. Rule 2.1: `detail` 'Authentication credentials were not provided.' (Django REST framework's stock line) says only that no credentials came, the 401's phrase in other words ('Authentication is required to access this API.', 'User authentication is required.'): the default (rule 2.4). Rules 3, 5 and 6: no field, no id, no code. Hesitated on message (other reading: the line kept, as Probely's collector kept the same words).",
  },
  {
    id: 'garanti-bbva-fleet-cars/invalid-request-400',
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 400 without field errors and without a code: bad-request. Rule 3: a body of one member holding an object is that object (`result`). Rule 2.1: `messageText` (a message by its shape, ADP's) 'Invalid Request' says no more than the status ('Bad Request', 'This is an invalid request.'): the default (rule 2.4). Rule 6: `returnCode` 400 only restates the status and `reasonCode` 0 is zero, no code. Rule 5: no id.",
  },
  {
    id: 'parkingtoll/parking-lot-full-503',
    expect: {
      kind: 'unavailable',
      message: 'Parking lot is full for this type of car',
      fields: [],
      logId: null,
      code: null,
    },
    why: "Rule 1: 503: unavailable (no code says more). Rule 2.1: Spring Boot's `message` 'Parking lot is full for this type of car' is the app's own sentence in JSON (rule 2.6 reads only plain text on a 5xx as a proxy's), over `error` 'Service Unavailable', a bare reason phrase: kept. Rule 3: the top-level `path` is the request's URL path: no field. Rule 6: `error` is the reason phrase and `status` 503 the status: no code. Rules 4 and 5: no wait, no id; `timestamp` is no id.",
  },
  {
    id: 'safecube/no-events-200',
    expect: {
      kind: 'not-found',
      message: 'did not provide information on events',
      fields: [],
      logId: null,
      code: 'NO_EVENTS',
    },
    why: "Rule 1: `errorCode` 200 is no error status, but `message` 'NO_EVENTS' is a code alone in a message's member saying no events were found, a not-found code, which outranks any 2xx: not-found. Rule 2.2: `details`, a list of one line, gives the lone sentence over the envelope's code: 'Request completed successfully. The line provided information on containers, but did not provide information on events', read by what it says of this occurrence. Rule 6: `message` 'NO_EVENTS', a code alone in a message's member. Rules 3 and 5: no field; `time` is a date, no id. Hesitated on kind (other reading: unknown, `NO_EVENTS` naming no kind the table lists beside a 200 that says the request succeeded) and on message (other reading: the default, the line opening by saying the request succeeded).",
  },
] satisfies Reading[];
