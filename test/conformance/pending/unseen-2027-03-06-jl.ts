import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-sixth unseen-API holdout, part JL (6 March 2027): affiliate, partner-network, referral and mobile
// ad-attribution APIs that no other case file uses: Tolt (affiliate software for SaaS), Everflow (a partner-marketing
// and affiliate-tracking platform), the Invoca Network Integration API (Invoca's API for affiliate and performance
// networks: advertisers, affiliates, advertiser and affiliate campaigns, RingPools), Rewardful (affiliate and referral
// software for Stripe businesses), Affilync (an affiliate platform) and Affixo (an affiliate-tracking API). They were
// collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was copied from
// the vendor's own documentation, which prints it whole with its status: Tolt's API errors page (the envelope example,
// its code tied to 400 by the page's table of codes), Everflow's errors page (the "invalid request" curl example with
// "# Response:" and "HTTP Status: 400"), Invoca's developer docs in the Invoca/developer-docs repository (the
// basics/error_handling.md page, each body under its status, and the affiliate campaigns page's POST example with its
// "Response Code"), Rewardful's REST API reference (the "Failures" tables of the retrieve-affiliate and
// retrieve-affiliate-link pages: response code and body), Affilync's errors page (the error envelope with its `status`
// and the validation example with 422) and Affixo's authentication page (its table of status and body). No header was
// printed beside any of them, so none is given. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Everflow's 401 ("returned as No Authentication Method Found" in the table: the page prints no
// body for it, and the wire body would have to be guessed); Affixo's 403 (`{ "error": "insufficient_scope", "need":
// "…" }`) and 400 (`{ "error": "…_required" }`), whose values the vendor elided; Rewardful's create-affiliate 422
// (the stored page lists the status, but its body did not come through whole); the Rewardful 401 on the affiliate-link
// page (the same body as the affiliate page's, not repeated); PartnersMy's error page (its example is a placeholder,
// "Error description", and its validation example names no status); ReferralHero's (a JavaScript-like sketch with
// comments, no status); RefCampaign's (schema placeholders, `"message": "string"`); Partnerize's API Blueprint docs
// (PerformanceHorizonGroup/apidocs: the intro and common data files hold no error example, and the error section was
// not reached within the cap); Rewardful's SDK tests on the code corpus (nock mocks the test authors wrote). Searches
// found no error body with its status for PartnerStack, impact.com, Awin, Tapfiliate (its REST page says only that
// errors are JSON), Admitad, Affise, Singular, Voluum and FirstPromoter, nor in one query each naming GrowSurf,
// ReferralCandy and Friendbuy, and Trackdesk and Refersion (the docs and pages corpora answered with other vendors'
// pages; GitHub issues with no pasted body). Not reached within the cap: Kochava, CJ Affiliate, ShareASale,
// Tradedoubler, TUNE, Post Affiliate Pro, Webgains, CAKE, RedTrack and Viral Loops. Skipped
// as already sources: Branch, AppsFlyer, Adjust, Dub (its partner API), Rakuten (Rakuten Web Service and RMS: not
// Rakuten Advertising, which searches did not reach) and LoyaltyLion (its headless API's referral errors).
//
// The part holds 14 cases from 6 sources, one under the brief's aim of 15–30, from at least 5: all 35 look-ups were
// spent, most on vendors whose documentation is not in the stored corpora or prints no error body.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-06-jl`, on 4adb57b, src/ unchanged: in the frozen copy /tmp/base106, after `--check`
// reported the cases valid): 10/14 pass, 6 sources (kind 14/14, message 11/14, fields 14/14, retry 14/14, logId 0/1,
// code 3/3). Failing at first sight:
// - tolt/validation-error-amount-400: the kit kept the envelope's "Amount: Invalid input: expected number, received
//   undefined" (capitalized); the case reads it as the field's own error again, with zod's type report (rules 2.3 and
//   2.4, as the holdout of 25 February read Fastify's zod lines), and gives the default: a judgment call its note
//   names.
// - invoca/advertiser-campaign-ringpool-not-found-404 and invoca/affiliate-campaign-ringpool-not-found-404: the kit
//   gave the not-found default ("It may have been moved or deleted."), reading no sentence in `errors.invalid_data`
//   (and, as the cases expect, no field); the cases read `errors` as the error object and `invalid_data` as its text,
//   "Could not find RingPool 123 for …", kept (rules 2.1 and 3): a judgment call the notes name, since no rule names
//   `invalid_data` as a message member.
// - invoca/internal-service-error-handle-500: the kit read no support id; the case reads "refer to error handle
//   1228118400" as an id the text labels (rule 5): a judgment call its note names, "error handle" being a label no
//   rule 5 example uses.
// Every other case passed as written, including the judgment calls on Everflow's "Invalid parameters." (the default),
// Invoca's 403s with field errors (forbidden) and its `errors` objects read as no fields, and Rewardful's "Affiliate
// not found: " (kept).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Tolt ─────────────────────────────
  {
    id: 'tolt/validation-error-amount-400',
    source: 'Tolt',
    url: 'https://docs.tolt.com/api-reference/errors',
    note: 'The errors page\'s envelope example, printed whole; the page\'s table of codes gives `validation_error` the status 400 ("Fix the request"). Kind: a validation code on a 4xx and a field error (rule 1): validation. Fields: the `errors` item names `amount` in `field` with its `message` (rule 3). Message: the envelope\'s "amount: Invalid input: expected number, received undefined" is the field\'s error again with its key before it, and the words are zod\'s type report (rule 2.3, as the holdout of 25 February read "body/jobId Invalid input: expected number, received NaN"); only field messages remain (rule 2.4): the default. Judgment call: a reader could keep the envelope line, as a field\'s name leading a line "says which field and stays" (rule 2.1). Code: `code` (rule 6). `doc_url` is a link to the docs, no id.',
    response: {
      status: 400,
      body: {
        success: false,
        message: 'amount: Invalid input: expected number, received undefined',
        code: 'validation_error',
        doc_url: 'https://docs.tolt.com/errors#validation_error',
        errors: [{ field: 'amount', message: 'Invalid input: expected number, received undefined' }],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['amount', 'expected number']],
      code: 'validation_error',
    },
  },

  // ───────────────────────────── Everflow ─────────────────────────────
  {
    id: 'everflow/invalid-parameters-400',
    source: 'Everflow',
    url: 'https://everflowtechnologies.mintlify.app/user-guide/errors',
    note: 'Everflow\'s errors page (developers.everflow.io/user-guide/errors, the same text on the docs host it is served from): "Handling errors in code", a GET of /v1/networks/reporting/entity/table with curl, then "# Response:" `{"error": "Invalid parameters."}` and "# HTTP Status: 400". The page says every error is `{ "error": "…" }`. Kind: 400, no code, no field: bad-request (rule 1). Message: "Invalid parameters." says only that the parameters are wrong, as "Invalid input parameters" and "Missing/invalid parameters" do (rule 2.1\'s generic list): the default. Judgment call: a reader could keep it as a short sentence.',
    response: { status: 400, body: { error: 'Invalid parameters.' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Invoca Network Integration API ─────────────────────────────
  {
    id: 'invoca/advertiser-campaign-ringpool-not-found-404',
    source: 'Invoca Network Integration API',
    url: 'Invoca/developer-docs/source/basics/error_handling.md@50f65cf5e62c04da06ba8c2a29969ab4e93ec65e',
    note: 'Error Handling, "AdvertiserCampaign RingPools": "Not found – 404", a GET of /api/2014-01-01/<network_id>/advertisers/1/advertiser_campaigns/100/ring_pools/123.json, and the body, printed whole. Kind: 404, not-found (rule 1; a code never turns a 404 into anything else). Fields: none. `errors` here is the error object itself: `invalid_data` is Invoca\'s member for the error\'s text and `class` the exception\'s class; neither is an input (a judgment call: rule 3 reads a map of strings under `errors` as fields, and a reader could take `invalid_data` and `class` for two). Message: "Could not find RingPool 123 for advertiser campaign 100 and advertiser 1" names what was not found: kept. Code: `class` holds an exception\'s class name, which no rule names a code member: not stated.',
    response: {
      status: 404,
      body: {
        errors: {
          invalid_data: 'Could not find RingPool 123 for advertiser campaign 100 and advertiser 1',
          class: 'RecordNotFound',
        },
      },
    },
    expect: { kind: 'not-found', message: 'Could not find RingPool 123 for advertiser campaign 100' },
  },
  {
    id: 'invoca/affiliate-campaign-ringpool-not-found-404',
    source: 'Invoca Network Integration API',
    url: 'Invoca/developer-docs/source/basics/error_handling.md@50f65cf5e62c04da06ba8c2a29969ab4e93ec65e',
    note: 'Error Handling, "Affiliate Campaign RingPools": "Not found – 404", a GET of …/advertiser_campaigns/100/affiliates/300/affiliate_campaigns/ring_pools/123.json, and the body, printed whole. Kind: 404, not-found (rule 1). Fields: none, as in the advertiser campaign\'s case (a judgment call, the same). Message: kept (rule 2.1). Code: not stated.',
    response: {
      status: 404,
      body: {
        errors: {
          invalid_data: 'Could not find RingPool 123 for affiliate 300 and advertiser campaign 100',
          class: 'RecordNotFound',
        },
      },
    },
    expect: { kind: 'not-found', message: 'Could not find RingPool 123 for affiliate 300' },
  },
  {
    id: 'invoca/ringpool-fields-blank-403',
    source: 'Invoca Network Integration API',
    url: 'Invoca/developer-docs/source/basics/error_handling.md@50f65cf5e62c04da06ba8c2a29969ab4e93ec65e',
    note: 'Error Handling, "Common RingPool errors": "Validation failed – 403 – Body contains a json with validation errors for each field", and the body, printed whole (Invoca\'s table of statuses: "403 Failure. Request arguments are invalid."). Kind: a 403 refuses; field errors without a code that says an input is wrong do not make it a validation failure (rule 1, as MISP\'s and William Hill\'s 403s with field errors read): forbidden. Judgment call: Invoca uses 403 for every invalid request, and a reader could read validation from the fields. Fields: the map under `errors` holds `pool_type`, `destination_type` and `name`, each "can\'t be blank" (rule 3). Message: only field messages (rule 2.4): the default.',
    response: {
      status: 403,
      body: {
        errors: {
          pool_type: ["can't be blank"],
          destination_type: ["can't be blank"],
          name: ["can't be blank"],
        },
      },
    },
    expect: {
      kind: 'forbidden',
      message: DEFAULT,
      fields: [
        ['pool_type', "can't be blank"],
        ['destination_type', "can't be blank"],
        ['name', "can't be blank"],
      ],
    },
  },
  {
    id: 'invoca/internal-service-error-handle-500',
    source: 'Invoca Network Integration API',
    url: 'Invoca/developer-docs/source/basics/error_handling.md@50f65cf5e62c04da06ba8c2a29969ab4e93ec65e',
    note: 'Error Handling: "Service error – 500 – Body contains a json Error with a unique handle (to use as a cross‐reference with Invoca)", and the body, printed whole. Kind: 500, server (rule 1). Fields: none (`errors` is the error object, as in the 404s; a judgment call). Message: "refer to error handle 1228118400" only sends the reader to support with an id (rule 2.1: CrowdStrike\'s "Please provide trace-id=… to support"): the default. Support id: no member or header holds one, and the text labels the number as the error\'s handle, which the page says is for cross-reference with Invoca (rule 5: "an id the error\'s text labels as one"): 1228118400. Judgment call: "error handle" is a label no example in rule 5 uses.',
    response: {
      status: 500,
      body: { errors: { invalid_data: 'refer to error handle 1228118400', class: 'InternalServiceError' } },
    },
    expect: { kind: 'server', message: DEFAULT, logId: '1228118400' },
  },
  {
    id: 'invoca/affiliate-campaign-cannot-transition-403',
    source: 'Invoca Network Integration API',
    url: 'Invoca/developer-docs/source/api_documentation/network_integration/affiliate_campaigns.md@0292e319f0ac5edfbe07d490b2e9e7710d740519',
    note: 'Affiliate Campaigns, "Create an Affiliate Campaign (POST)": POST …/advertisers/354/advertiser_campaigns/13/affiliates/976/affiliate_campaigns.json with `{ "status": "Approved" }`, then "Response Code: 403" and the body, printed whole (the rst version of the page, affiliate_campaigns/_post_affiliate_affiliate_campaigns.rst, prints the same). The example\'s heading says "Not Found - 404", but the page prints the response code as 403, and the body is a refused transition: the printed code is taken (a judgment call). Kind: 403, forbidden (rule 1; a field error does not make a 403 a validation failure). Fields: under `errors`, `status` is a field (rule 3: a field called like an envelope member inside the errors map is a field), "cannot transition from \'Approved\'". The top-level `status: "Applied"` is the record\'s current state, no code and no kind. Message: only a field\'s message (rule 2.4): the default.',
    response: {
      status: 403,
      body: { errors: { status: ["cannot transition from 'Approved'"] }, status: 'Applied' },
    },
    expect: {
      kind: 'forbidden',
      message: DEFAULT,
      fields: [['status', 'cannot transition from']],
    },
  },

  // ───────────────────────────── Rewardful ─────────────────────────────
  {
    id: 'rewardful/affiliate-not-found-404',
    source: 'Rewardful',
    url: 'https://developers.rewardful.com/rest-api/affiliates/retrieve',
    note: 'Retrieve affiliate, "Failures", "Not found": response code 404, "JSON object describing the error.", and the body as printed, with nothing after the colon (the page shows no id there; copied as printed). Kind: 404, not-found (rule 1). Message: "Affiliate not found" names what was not found in a person\'s word, as "Resource not found" is a sentence (rule 2.1): kept.',
    response: { status: 404, body: { error: 'Affiliate not found: ' } },
    expect: { kind: 'not-found', message: 'Affiliate not found' },
  },
  {
    id: 'rewardful/affiliate-link-not-found-404',
    source: 'Rewardful',
    url: 'https://developers.rewardful.com/rest-api/affiliate-links/retrieve',
    note: 'Retrieve affiliate link, "Failures", "Not found": response code 404 and the body as printed (nothing after the colon). Kind: not-found (rule 1). Message: kept, as the affiliate\'s (rule 2.1).',
    response: { status: 404, body: { error: 'Affiliate link not found: ' } },
    expect: { kind: 'not-found', message: 'Affiliate link not found' },
  },
  {
    id: 'rewardful/invalid-api-secret-401',
    source: 'Rewardful',
    url: 'https://developers.rewardful.com/rest-api/affiliates/retrieve',
    note: 'Retrieve affiliate, "Failures", "Authentication failure": response code 401, "Description of the authentication failure.", and the body (the affiliate-link page prints the same). Kind: 401, unauthenticated (rule 1). Message: "Invalid API Secret." names the credential that failed, and a credential\'s name stays (rule 2.1: "Invalid app_key is provided."): kept.',
    response: { status: 401, body: { error: 'Invalid API Secret.' } },
    expect: { kind: 'unauthenticated', message: 'Invalid API Secret' },
  },

  // ───────────────────────────── Affilync ─────────────────────────────
  {
    id: 'affilync/campaign-not-found-404',
    source: 'Affilync',
    url: 'https://docs.affilync.com/api/errors',
    note: 'Errors & Rate Limits, "Error Response Format": "All API errors return a consistent JSON structure", the example printed whole; its `status` names 404, and the page\'s error-code table lists `RESOURCE_NOT_FOUND`. Kind: 404, not-found (rule 1). Message: `detail` "Campaign not found" names what was not found: kept (rule 2.1). Code: `error_code` (rule 6).',
    response: {
      status: 404,
      body: { detail: 'Campaign not found', error_code: 'RESOURCE_NOT_FOUND', status: 404 },
    },
    expect: { kind: 'not-found', message: 'Campaign not found', code: 'RESOURCE_NOT_FOUND' },
  },
  {
    id: 'affilync/validation-failed-fields-422',
    source: 'Affilync',
    url: 'https://docs.affilync.com/api/errors',
    note: 'The same page: "Validation errors include a fields array", the example printed whole, its `status` 422. Kind: 422 with field errors and a validation code (rule 1): validation. Fields: the `fields` items name `commission_amount` and `name` with their messages (rule 3). Message: `detail` "Validation failed" is a generic summary (rule 2.1): the default. Code: `error_code`, the body\'s only code (rule 6; the items carry none).',
    response: {
      status: 422,
      body: {
        detail: 'Validation failed',
        error_code: 'VALIDATION_ERROR',
        status: 422,
        fields: [
          { field: 'commission_amount', message: 'Must be a positive number' },
          { field: 'name', message: 'Required field' },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['commission_amount', 'Must be a positive number'],
        ['name', 'Required field'],
      ],
      code: 'VALIDATION_ERROR',
    },
  },

  // ───────────────────────────── Affixo ─────────────────────────────
  {
    id: 'affixo/unauthorized-401',
    source: 'Affixo',
    url: 'https://docs.affixo.dev/authentication',
    note: 'Authentication, "Errors": a table of status, body and meaning; 401, `{ "error": "unauthorized" }`, "Missing / invalid token". Kind: 401, unauthenticated (rule 1). Message: a lone code-shaped word that restates the status (rule 2.1): the default. Code: it only restates the status (rule 6): not stated.',
    response: { status: 401, body: { error: 'unauthorized' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'affixo/unknown-resource-404',
    source: 'Affixo',
    url: 'https://docs.affixo.dev/authentication',
    note: 'The same table: 404, `{ "error": "unknown_resource" }`, "Unknown path / not in workspace". Kind: 404, not-found (rule 1). Message: a code, no sentence (rule 2.1): the default. Code: `unknown_resource` says little more than the 404 does; left unstated, as rule 6 states a code only where the rules leave no doubt.',
    response: { status: 404, body: { error: 'unknown_resource' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
] satisfies ConformanceCase[];
