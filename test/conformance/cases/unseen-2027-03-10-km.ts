import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-tenth unseen-API holdout, part KM (10 March 2027): inventory, warehouse, order-management and
// point-of-sale APIs in the long tail. One source no other case file uses: Veeqo (the inventory and shipping platform,
// now Amazon's). Every body was copied from the error fixtures of tr3mulant/veeqo-php-sdk, each named in `url` with its
// commit: tests/Fixtures/capture.php at the same commit says how they were made, by GET requests to the live API
// (https://api.veeqo.com) written out as `{ request, status, headers, body }`; its scrub rewrites only success bodies
// ("Error bodies (status >= 400) come from our own bad requests and are kept verbatim"), so the error bodies below are
// what Veeqo sent. The same scrub keeps only the content-type, content-length and pagination headers of every
// response, so a header the real response carried beyond those (a rate-limit or request-id header) is not in the
// fixture and not here; the pagination totals it keeps are faked (every digit set to 1) and were left out. None was
// added. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Linnworks' `{"Code":"-","Message":"Token is wrong."}` (pasted in laravel/passport#769 without
// a status; an exact-string search found no other copy) and its SDK issues (linnworks-dev/LinnworksNetSDK#3, #7, #16:
// statuses without bodies); Loyverse (an SDK's error enum and a troubleshooting note quoting "NOT_FOUND: The resource
// with ID 'xxx' not found - field: …", a client's rendering, not a body; siarheipashkevich/loyverse-sdk's run logs are
// stored without text); Zoho Inventory (Zoho's errors pages print `{ code, message }` bodies with no status tied to
// each); Veeqo's own docs (VeeqoAPI/api-docs' http_codes.md: a status table without bodies); Skubana (Extensiv Order
// Manager; skuvault-integrations/skubanaAccess has no error fixtures). Searches for Unleashed, Cin7 Core (DEAR),
// Extensiv (3PL Central), Fishbowl, inFlow, ChannelAdvisor and Epos Now found no captured or vendor-printed body with
// its status. Not reached within the cap: SOS Inventory, Ordoro, Revel, TouchBistro, Vend (Lightspeed X-Series),
// SkuVault, Sellbrite, StockTrim, and Veeqo's two further fixtures (errors.403.purchase_orders.list.json and
// errors.404.product.json, not read). Skipped as already sources: Lightspeed (Restaurant, Retail R-Series), Square,
// Toast, Odoo, Clover, ShipStation, ShipBob, ShipHero, Katana, Brightpearl, TradeGecko and Zoho's CRM, Desk and Sign.
//
// The part holds 7 cases from 1 source, short of the brief's aim of 15–30 from at least 5: the look-ups found only
// one source in this domain with whole error bodies and their statuses. 39 look-ups were spent, one over the brief's
// cap of 38 (a last batch of three searches was sent on a miscount; none of them yielded a case).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-10-km`, on aa403dc, src/ unchanged: in the frozen copy /tmp/base110; the `--check` run
// before it reported no invalid case): 6/7 pass, 1 sources (kind 7/7, message 6/7, fields 7/7, retry 7/7, logId 0/0,
// code 0/0). Failing at first sight: veeqo/invalid-api-key-401 (kept "You're not authorized"; the case reads it as the
// 401's reason phrase in other words, as rule 2.1 and the hundred-and-second holdout's row read "Not authorized" and
// "Not authorized to make this request" on a 401, and gives the default: a judgment call its note names, since the
// line is addressed to the person). Every other case passed as written, including the judgment call on the lone
// "Infinity" (bad-request, the default).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, which read Veeqo's "You're not authorized" as the 401's
// phrase: 7/7.

export default [
  {
    id: 'veeqo/page-size-not-a-number-400',
    source: 'Veeqo',
    url: 'tr3mulant/veeqo-php-sdk/tests/Fixtures/responses/errors.400.orders.bad_page_size.json@c030deba88f7729fac0ac400776e2d259a27394b',
    note: 'GET /orders?page_size=abc, captured from the live API by capture.php. The fixture also keeps `x-total-count` and `x-total-pages-count`, whose values the scrub faked ("11111"): left out. Kind: a 400 with no code and no field-bound error; the list holds one lone word, no list of several messages (rule 1): bad-request. Message: "Infinity" is a lone word, and what the server computed from the page size, not a sentence (rule 2.1): the default. Judgment call: a reader could read `error_messages` as a list of messages about the input, but one lone word is no list.',
    response: {
      status: 400,
      headers: { 'content-type': 'application/json;charset=utf-8' },
      body: { error_messages: ['Infinity'] },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'veeqo/order-needs-destination-address-400',
    source: 'Veeqo',
    url: 'tr3mulant/veeqo-php-sdk/tests/Fixtures/responses/errors.400.shipping.rates.json@c030deba88f7729fac0ac400776e2d259a27394b',
    note: "GET /shipping/rates/:allocation_id for an allocation whose order has no destination address, captured from the live API. Kind: 400, no code, no field-bound error (the sentence names the order's state, no input sent): bad-request (rule 1). Message: a sentence for the person under `error_messages`, a message member by its name's shape (rules 2.1, 5): kept.",
    response: {
      status: 400,
      headers: { 'content-type': 'application/json;charset=utf-8' },
      body: { error_messages: 'Order must have a destination address.' },
    },
    expect: { kind: 'bad-request', message: 'Order must have a destination address.' },
  },
  {
    id: 'veeqo/invalid-api-key-401',
    source: 'Veeqo',
    url: 'tr3mulant/veeqo-php-sdk/tests/Fixtures/responses/errors.401.json@c030deba88f7729fac0ac400776e2d259a27394b',
    note: 'GET /current_company with `x-api-key: invalid-key`, captured from the live API. Kind: 401, unauthenticated (rule 1). Message: "You\'re not authorized" restates the 401\'s reason phrase in other words, as "Not Authorized" and "Not authorized to make this request" do on a 401 (rule 2.1, the hundred-and-second holdout\'s row): the default. Judgment call: it is addressed to the person ("You\'re"), and a reader could keep it as a sentence.',
    response: {
      status: 401,
      headers: { 'content-type': 'application/json;charset=utf-8' },
      body: { error_messages: "You're not authorized" },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'veeqo/feature-not-on-plan-403',
    source: 'Veeqo',
    url: 'tr3mulant/veeqo-php-sdk/tests/Fixtures/responses/errors.403.suppliers.list.json@c030deba88f7729fac0ac400776e2d259a27394b',
    note: 'GET /suppliers?page_size=10 on an account whose plan lacks suppliers, captured from the live API (capture.php: "A success capture that failed (plan-gated 403 …) is an error fixture"). Kind: 403, forbidden (rule 1). Message: a sentence that says what was refused and why (rule 2.1): kept.',
    response: {
      status: 403,
      headers: { 'content-type': 'application/json;charset=utf-8' },
      body: { error_messages: 'Feature not available on your current plan' },
    },
    expect: { kind: 'forbidden', message: 'Feature not available on your current plan' },
  },
  {
    id: 'veeqo/order-not-found-404',
    source: 'Veeqo',
    url: 'tr3mulant/veeqo-php-sdk/tests/Fixtures/responses/errors.404.order.json@c030deba88f7729fac0ac400776e2d259a27394b',
    note: "GET /orders/1, an order id the account does not hold (the fixture's path shows the scrub's fake id), captured from the live API. Kind: 404, not-found (rule 1). Message: the reason phrase in other capitals (rule 2.1): the default.",
    response: {
      status: 404,
      headers: { 'content-type': 'application/json;charset=utf-8' },
      body: { error_messages: 'Not found' },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'veeqo/no-such-route-404',
    source: 'Veeqo',
    url: 'tr3mulant/veeqo-php-sdk/tests/Fixtures/responses/errors.404.route.json@c030deba88f7729fac0ac400776e2d259a27394b',
    note: "GET /no_such_resource, captured from the live API: the router's own body, in another shape than the API's `error_messages`. Headers as the fixture keeps them (content-length 34 is the compact body's length). Kind: 404, not-found (rule 1). Message: `error` holds the bare reason phrase (rule 2.1): the default. No code stated: a reason phrase is no code (rule 6), and `status` restates the response's.",
    response: {
      status: 404,
      headers: { 'content-type': 'application/json;charset=utf-8', 'content-length': '34' },
      body: { status: 404, error: 'Not Found' },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'veeqo/rate-limited-429-empty',
    source: 'Veeqo',
    url: 'tr3mulant/veeqo-php-sdk/tests/Fixtures/responses/errors.429.json@c030deba88f7729fac0ac400776e2d259a27394b',
    note: 'One of 150 concurrent GET /current_company requests (capture.php --burst: "Bucket of 100 leaking 5/s"), captured from the live API with an empty body. The scrub kept only content-length; any rate-limit header the real response carried was cut before the fixture was written, so none is here. Kind: 429, rate-limited (rule 1). Message: no body: the default. Retry: no header or hint in the response as recorded (rule 4).',
    response: { status: 429, headers: { 'content-length': '0' }, body: '' },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },
] satisfies ConformanceCase[];
