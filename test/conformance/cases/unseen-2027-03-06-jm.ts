import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-sixth unseen-API holdout, part JM (6 March 2027): restaurant, point-of-sale, food-ordering and
// delivery-aggregator APIs that no other case file uses: HubRise (a restaurant order and catalog hub that connects
// point-of-sale systems, online ordering and delivery platforms) and Open Delivery (the open food-ordering and delivery
// protocol of Abrasel, the Brazilian bars and restaurants association). Every body was copied from the vendors' own
// documentation kept on GitHub, each named in `url`: HubRise's API reference (HubRise/website, "General Concepts" §7
// "Errors", which ties the field breakdown to its 422s, and "Authentication" §6 "Token Invalidity", which ties its body
// to a 401) and the troubleshooting page of its WooCommerce app ("Error 422 - Private Ref Already Used", a response
// body it prints with its status), and Open Delivery v2's "Tratamento de Erros" (error handling) page, whose
// state-transition example the text says a producer MUST send with a 422. No header is printed by any of them, so
// none was added. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Loyverse (a code enum and client wrappers, no printed body), iiko (iikoCloud's error-code
// enums in generated SDKs, no body), Flipdish (generated API clients only), Glovo (its Python SDK's README shows
// successes only), Keeta (an FAQ that quotes an error message with no body), GloriaFood (its integration docs print no
// error response), Grubhub, Otter and Restaurant Brands (only schemas derived by a third party from their OpenAPI
// files, no body), DoorDash Marketplace (nothing but derived schemas turned up), iFood, Foodics and Deliveroo (searches
// found no printed body), a pasted 404 from a "restaurants-integrations-public-api" (Spring Boot's default body, but
// which product sent it could not be told), HubRise's `{ "error_type": "routing_error" }` (printed without a status)
// and Open Delivery's `ORDER_NOT_FOUND` example (its page maps "resource not found" to 404 in a table but never ties
// the example to a status, so the status would be a guess). HubRise's table of 401 messages ("The access token is
// invalid or the connection has been revoked", "The account/location has been suspended for non payment of the
// subscription") was not turned into bodies: only one body is printed, and the others would be built. Skipped as
// already sources: Toast (its loyalty error-handling page turned up), Deliverect (a forum post's pasted body turned
// up), Clover, Lightspeed Restaurant, Square, Zettle, r_keeper, Zomato, Uber, Just Eat, Wolt, 7shifts and DoorDash
// Drive.
//
// The part holds 4 cases from 2 sources, well under the brief's aim of 15–30 from at least 5: all 35 look-ups were
// spent, most on searches that returned third-party schemas, code enums or other domains; the domain's vendors keep
// their API docs behind partner portals the stored corpora barely hold.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-06-jm`, on 4adb57b, src/ unchanged: in the frozen copy /tmp/base106; `--check` first reported
// 4918 valid cases, 1820 sources, nothing to fix): 4/4 pass, 2 sources (kind 4/4, message 4/4, fields 4/4, retry 4/4,
// logId 0/0, code 1/1). No case failed at first sight, including the judgment calls on HubRise's "is already used"
// (validation, not conflict) and Open Delivery's `INVALID_STATE_TRANSITION` on a 422 (validation, its sentence kept,
// no fields from `details`). The run did not crash and was run once.
//
// No expectation was changed after the run (Prettier's formatting was applied before it).
//
// It joined `cases/` with its own holdout's conventions, having read every case right at first sight: 4/4.

export default [
  // ───────────────────────────── HubRise ─────────────────────────────
  {
    id: 'hubrise/validation-failed-price-422',
    source: 'HubRise',
    url: 'HubRise/website/content/developers/api/en/general-concepts.md@0a55515ca592e378831b07e72917a231256c4ff1',
    note: '§7 "Errors": "Depending on the error, the response may include: A field breakdown for `422` errors", then this body. Trimmed: the doc\'s `...` after the one item of `errors` (an elision, not JSON) was dropped. No header printed. Kind: 422 with a field error, validation (rule 1); `error_type: "unprocessable_entity"` says the same. Fields: the item names `price` in `field` (rule 3). Message: "Validation failed" is a generic summary (rule 2.1) and the rest is the field\'s (rule 2.4): the default. Code: not stated; `error_type` restates the status, and whether it stands as the code beside an item without one is left open.',
    response: {
      status: 422,
      body: {
        message: 'Validation failed',
        errors: [{ field: 'price', message: "'abc' is not a valid monetary amount" }],
        error_type: 'unprocessable_entity',
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['price', 'is not a valid monetary amount']],
    },
  },
  {
    id: 'hubrise/connection-blocked-401',
    source: 'HubRise',
    url: 'HubRise/website/content/developers/api/en/authentication.md@1d0637ddb3c8faa356c5ff099abbe3f85d222dbc',
    note: '§6 "Token Invalidity": "access tokens may become invalid, leading to request failures with a `401` status code with an error message in the response body", then this body (the same body is printed in "General Concepts" §7 as "An error message for `401` errors"). No header printed. Kind: 401, unauthenticated (rule 1). Message: "The connection has been blocked" is a sentence for the person (the page says to show it to the business employee): kept (rule 2). Code: `error_type: "unauthorized"` restates the status; not stated.',
    response: {
      status: 401,
      body: { message: 'The connection has been blocked', error_type: 'unauthorized' },
    },
    expect: { kind: 'unauthenticated', message: 'The connection has been blocked' },
  },
  {
    id: 'hubrise/private-ref-already-used-422',
    source: 'HubRise',
    url: 'HubRise/website, the WooCommerce app\'s English troubleshooting page, "Error 422 - Private Ref Already Used" (find_string hit 44396940954; the French page, hit 44352645345, prints the same body)',
    note: 'The page: "When WooCommerce orders fail to sync with HubRise, you may encounter a `422` error with the following response body", then this body, whole; it is HubRise\'s answer to the app\'s order creation. No header printed. Kind: 422 with a field error, validation (rule 1). Judgment call: "is already used" says the value is taken, and a reader could make it a conflict; but no code says duplicate (`error_type` is `unprocessable_entity`) and text never decides the kind (rule 1). Fields: `field: "/private_ref"` is a JSON Pointer, `private_ref` (rule 3\'s table). Message: "Validation failed" is generic (rule 2.1), the rest the field\'s: the default (rule 2.4).',
    response: {
      status: 422,
      body: {
        message: 'Validation failed',
        errors: [{ field: '/private_ref', message: "is already used ('21824' given)" }],
        error_type: 'unprocessable_entity',
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['private_ref', 'is already used']],
    },
  },

  // ───────────────────────────── Open Delivery ─────────────────────────────
  {
    id: 'open-delivery/invalid-state-transition-422',
    source: 'Open Delivery (Abrasel)',
    url: 'Abrasel-Nacional/opendelivery-v2/docs/protocol/error-handling.md@4aea9dc275cb0d320184cb7aee7baf53785c2631',
    note: '"Erros de Transição de Estado": when a consumer attempts an invalid state transition (confirming an order already cancelled), "o produtor DEVE retornar `422 Unprocessable Entity` com um código de erro que identifique a transição inválida", then this body, whole. No header printed. Kind: 422, validation (rule 1); `INVALID_STATE_TRANSITION` begins with "invalid" but names no input, and no rule makes it a conflict code. Judgment call: the state of the order is what is wrong, which a reader could read as a conflict (the page itself maps "conflito de estado ou versão" to 409, but chose 422 here). Message: "Não é possível confirmar um pedido no status CANCELLED" is a sentence (Portuguese, a status code in it): kept (rule 2). Fields: none; `details` holds the order\'s `currentStatus: "CANCELLED"` and the `attemptedTransition: "confirm"`, a code and a lone word that say nothing is wrong with an input. Judgment call: rule 3 reads a map of strings under `details` as fields when they look like messages, and a reader could take these two. Retry: `retryable: false`, no time (rule 4). Code: `error.code` (rule 6).',
    response: {
      status: 422,
      body: {
        error: {
          code: 'INVALID_STATE_TRANSITION',
          message: 'Não é possível confirmar um pedido no status CANCELLED',
          retryable: false,
          details: { currentStatus: 'CANCELLED', attemptedTransition: 'confirm' },
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'Não é possível confirmar um pedido',
      code: 'INVALID_STATE_TRANSITION',
    },
  },
] satisfies ConformanceCase[];
