import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-fourth unseen-API holdout, part GI (22 February 2027): headless commerce and commerce platforms' APIs that no
// other case file uses as a source: the Salesforce B2C Commerce API (SCAPI, the REST API of Salesforce Commerce Cloud,
// a product apart from the Salesforce Platform APIs the corpus already reads) and Spryker's Glue API. They were
// collected to measure how the reader does at first sight on APIs it was never tuned on. SCAPI's bodies were copied
// from two places, each named in `url` with its commit: the API specifications Salesforce ships in its own Node SDK
// (SalesforceCommerceCloud/commerce-sdk, `testIntegration/stagingApis/…/traits/*.raml`: each RAML trait names the
// status, the media type and the example body of one error), and an integrator's documentation of SCAPI endpoints
// (JoelTorresGluo/starterkit-composable, `docs/integrations/SFCC/endpoints/…`: each page prints the example body under
// a tab named by its status; a judgment call to use it, as it is no Salesforce page, though its bodies follow SCAPI's
// reference and problem types word for word). Spryker's body was copied from the Glue API's "Authentication and
// Authorization" page as the spryker/spryker-docs repository stores it; `url` is the page's own `originalLink`. Headers
// were copied only where the source declares one (the RAML traits' media types); none was added. Every `expect` was
// written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: SCAPI's "Customer Temporary Baskets Quota Exceeded" example (its RAML example file names no
// status; the status sits in an API file not read within the cap), the commerce-sdk README's "Product Not Found" body
// (printed from `e.response.text()` without its status), one more page of the integrator's documentation whose
// example body was seen only as an excerpt of a file not identified within the cap, B2C Commerce's OCAPI fault
// document (its "HTTP Status Codes and Faults" page prints `{ fault: { type: "NotFoundException", … } }` without the
// status it came with), Spryker's 403 "Missing access token." body (printed in a feature-integration include whose
// repository path was not found within the cap) and its Robot Framework API tests (they check the status, the error
// code and the detail one by one; the wire body would have to be assembled), SAP Commerce's OCC (a SmartEdit end-to-end
// mock's `errors: [{ message, type: "UnknownIdentifierError" }]` on a 400 was found only as an excerpt without its
// repository and path; no OCC documentation page printed a body), fabric (its error-handling overview prints a
// `SERVICE-4006` body without a status), Ecwid (its error-code page is a table of codes and statuses, no body), Wix
// (its "About Errors" page's stored excerpts stop before the examples), and Snipcart, Commerce.js, Swell, Kibo,
// Sitecore OrderCloud, VTEX and Lightspeed eCom (searches reached no body with a status; Lightspeed's K-Series hit is
// Lightspeed Restaurant, already a source). Not reached within the cap: Crystallize, Reaction Commerce, Vue
// Storefront/Alokai middleware, Volusion, Shift4Shop and Wix eCommerce's own reference pages. Skipped as already
// sources: Saleor, Medusa, Commerce Layer, EverShop, Sylius, Shopware (its Admin API; the Store API is the same
// product), Salesforce, Oracle Commerce, commercetools, BigCommerce, Lightspeed (Retail and Restaurant) and
// Elastic Path. No XML body, text body or HTML page turned up.
//
// The part holds 12 cases from 2 sources, under the brief's aim of 15–30 from at least 5: all 34 look-ups of the cap
// were spent, many on searches whose stored pages print code tables or bodies without a status, and two on files that
// proved unusable (the quota example without its status, a Spryker include without a citable path).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-22-gi`, after `--check` passed, on d22d327, src/ unchanged: in the frozen copy /tmp/base94):
// 9/12 pass, 2 sources (kind 12/12, message 9/12, fields 12/12, retry 12/12, logId 0/0, code 9/9). Failing at first
// sight, all three on the message: salesforce-b2c-commerce-api/invalid-expand-parameter-400 (kept "An invalid expand
// parameter 'link' was found."; the case reads a line naming only a parameter and its value by the API's names as the
// default, rule 2.1 and the rule row of 6 December 2026: a judgment call its note names);
// salesforce-b2c-commerce-api/query-parameter-not-defined-400 (kept "Offset-BAD-REQUEST parameters are not defined in
// RAML.", capitalized; the case reads a line naming only the refused parameter by its key and pointing into the API
// description as the default, rules 2.1 and 2.3 and the ninety-first and ninety-second holdouts' rows);
// salesforce-b2c-commerce-api/property-decoding-failed-400 (kept "Decoding of the property with path
// '$.failedExample.[1].intProperty' failed because …"; the case reads a decoder's report on the request body, with a
// JSONPath and type names, as developer text, rule 2.3). Every other case passed as written, including the judgment
// calls on the `invalid-order-total`, `invalid-query-parameter` and `invalid-customer` problem types (validation), on
// "The request is unauthorized, the access token is invalid." and "The customer is invalid." (kept), and on the
// problems' id extensions (`customerListId`, `customerId`, `accessToken`: no field).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

const SCAPI_ERRORS = 'https://api.commercecloud.salesforce.com/documentation/error/v1/errors';
const COMMERCE_SDK = 'SalesforceCommerceCloud/commerce-sdk/testIntegration/stagingApis/checkout';
const STARTERKIT = 'JoelTorresGluo/starterkit-composable/docs/integrations/SFCC/endpoints';
const STARTERKIT_COMMIT = 'b9fd5b4e8482454f4ac92f747645ddf8d491e0c3';

export default [
  // ───────────────────────────── Salesforce B2C Commerce API (SCAPI): commerce-sdk's RAML ────────────────────────────
  {
    id: 'salesforce-b2c-commerce-api/place-order-conflict-409',
    source: 'Salesforce B2C Commerce API (SCAPI)',
    url: `${COMMERCE_SDK}/orders/traits/place-order-conflict.raml@51d4f5b1ff1683719136413eecf79b2fdcde553e`,
    note: 'The Orders API\'s trait "for a 409 response when an order placement failed": `responses: 409:` with `application/json` and this example body (an RFC 9457-style problem without `status`). Content-Type from the declared media type. Kind: 409, conflict (rule 1; the problem type names no other kind). Message: `detail` is the occurrence\'s sentence and beats the `title` "Place Order" (rule 2.2): kept. Code: no code member, so the problem `type` URI (rule 6).',
    response: {
      status: 409,
      headers: { 'Content-Type': 'application/json' },
      body: {
        title: 'Place Order',
        type: `${SCAPI_ERRORS}/place-order`,
        detail: "Order with number '00001547' can't be placed.",
      },
    },
    expect: {
      kind: 'conflict',
      message: "Order with number '00001547' can't be placed",
      code: `${SCAPI_ERRORS}/place-order`,
    },
  },
  {
    id: 'salesforce-b2c-commerce-api/cancel-order-conflict-409',
    source: 'Salesforce B2C Commerce API (SCAPI)',
    url: `${COMMERCE_SDK}/orders/traits/cancel-order-conflict.raml@3a8f67822cd33ee8f3df6ec4482810b8b297ef54`,
    note: 'The Orders API\'s trait "for a 409 response when an order cancellation failed": `responses: 409:` with `application/problem+json` and this example body. Content-Type from the declared media type. Kind: 409, conflict (rule 1). Message: `detail` over `title` (rule 2.2): kept. Code: the problem `type` URI (rule 6).',
    response: {
      status: 409,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        title: 'Cancel Order',
        type: `${SCAPI_ERRORS}/cancel-order`,
        detail: "Order with number '00001547' can't be cancelled.",
      },
    },
    expect: {
      kind: 'conflict',
      message: "Order with number '00001547' can't be cancelled",
      code: `${SCAPI_ERRORS}/cancel-order`,
    },
  },
  {
    id: 'salesforce-b2c-commerce-api/invalid-order-total-400',
    source: 'Salesforce B2C Commerce API (SCAPI)',
    url: `${COMMERCE_SDK}/orders/traits/invalid-order-total.raml@2fece80ba92902fb29b8ef0ef6b15077ed6c9a9d`,
    note: "The Orders API's trait \"for a 400 response due to an invalid orderTotal passed in Orders API\" (\"The passed orderTotal is not equal to the calculated orderTotal.\"): `responses: 400:` with `application/json` and this example body. Content-Type from the declared media type. Kind: the problem type's `invalid-order-total` begins with `invalid` and names an input, the request's `orderTotal` (rule 1, as Shlink's `invalid-data` type decides a 400): validation, with no field-bound error (no member names the field; text never decides, rule 3). Judgment call: a reader could keep the 400's bad request, as the code names a total the server computes against. Message: `detail` is a sentence that says what is wrong with the value (rule 2.2): kept. Code: the problem `type` URI (rule 6).",
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: {
        title: 'Invalid Order Total',
        type: `${SCAPI_ERRORS}/invalid-order-total`,
        detail: "The passed order total '72.96' does not match the calculated order total '74.96'.",
      },
    },
    expect: {
      kind: 'validation',
      message: "The passed order total '72.96' does not match the calculated order total '74.96'",
      code: `${SCAPI_ERRORS}/invalid-order-total`,
    },
  },
  {
    id: 'salesforce-b2c-commerce-api/invalid-expand-parameter-400',
    source: 'Salesforce B2C Commerce API (SCAPI)',
    url: `${COMMERCE_SDK}/baskets/traits/bad-request.raml@712d9be5be2e9b194fc8af8bb98bb6846abfa81d`,
    note: 'The Data Baskets API\'s trait "for a 400 response" ("Request body or path violate required syntax."): `responses: 400:` with `application/json` and this example body. Content-Type from the declared media type. Kind: 400, and the problem type `bad-request` only restates the status (rule 1): bad-request. Message: "An invalid expand parameter \'link\' was found." names only which parameter value is invalid, by the API\'s names (`expand`, `link`), as "Invalid jobId" does (rule 2.1, the rule row of 6 December 2026): the default. Judgment call: a reader could keep it as a sentence. Code: not stated, as the only code restates the status (rule 6 leaves it open).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: {
        title: 'Bad Request',
        type: `${SCAPI_ERRORS}/bad-request`,
        detail: "An invalid expand parameter 'link' was found.",
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Salesforce B2C Commerce API (SCAPI): an integrator's endpoint pages ─────────────────
  {
    id: 'salesforce-b2c-commerce-api/customer-list-not-found-404',
    source: 'Salesforce B2C Commerce API (SCAPI)',
    url: `${STARTERKIT}/customer/Customers/create-address-for-customers-in-customer-list.md@${STARTERKIT_COMMIT}`,
    note: 'The page for `createAddressForCustomerInCustomerList` (Shopper Customers\' admin twin, the Customers API), its "404" tab: "Requested Resource Not Found. This error is thrown if the ID does not match any of the customer group sites or if the ID is ill-formed." No header shown. Kind: 404, not-found (rule 1). Message: `detail` is the occurrence\'s sentence (rule 2.2): kept. Fields: none; `customerListId` is the problem\'s extension naming the missing record\'s id, not a message (rule 3: a map of fields only when its values look like messages). Code: the problem `type` URI (rule 6).',
    response: {
      status: 404,
      body: {
        title: 'Customer List Not Found',
        type: `${SCAPI_ERRORS}/customer-list-not-found`,
        detail: "No customer list with ID 'SiteGenesis-NOT-FOUND' could be found.",
        customerListId: 'SiteGenesis-NOT-FOUND',
      },
    },
    expect: {
      kind: 'not-found',
      message: "No customer list with ID 'SiteGenesis-NOT-FOUND' could be found",
      code: `${SCAPI_ERRORS}/customer-list-not-found`,
    },
  },
  {
    id: 'salesforce-b2c-commerce-api/query-parameter-not-defined-400',
    source: 'Salesforce B2C Commerce API (SCAPI)',
    url: `${STARTERKIT}/customer/Customers/create-address-for-customers-in-customer-list.md@${STARTERKIT_COMMIT}`,
    note: 'The same page\'s "400" tab ("Bad Request"). No header shown. Kind: the problem type `invalid-query-parameter` begins with `invalid` and names an input, a query parameter, as Azure\'s `InvalidQueryParameterValue` does (rule 1): validation, with no field-bound error (no member names the parameter). Judgment call: the parameter is one the API does not define, and a reader could read the code as the request\'s, a bad request. Message: "offset-BAD-REQUEST parameters are not defined in RAML." names only the refused parameter, by its key, and points into the API description (RAML), as the ninety-first and ninety-second holdouts\' rows read an OpenAPI validator\'s report and "Property \'isProtected\' is not allowed for this method." (rules 2.1 and 2.3): the default. Code: the problem `type` URI (rule 6).',
    response: {
      status: 400,
      body: {
        title: 'Bad Request',
        type: `${SCAPI_ERRORS}/invalid-query-parameter`,
        detail: 'offset-BAD-REQUEST parameters are not defined in RAML.',
      },
    },
    expect: { kind: 'validation', message: DEFAULT, code: `${SCAPI_ERRORS}/invalid-query-parameter` },
  },
  {
    id: 'salesforce-b2c-commerce-api/invalid-access-token-401',
    source: 'Salesforce B2C Commerce API (SCAPI)',
    url: `${STARTERKIT}/customer/Customers/create-address-for-customers-in-customer-list.md@${STARTERKIT_COMMIT}`,
    note: 'The same page\'s "401" tab: "Your Client ID is invalid, or you are not allowed to access the content provided by the requested URL." The body\'s `accessToken` is the page\'s placeholder fragment of a JWT, copied as printed. No header shown. Kind: 401, unauthenticated (rule 1; a code never turns a 401 into anything else). Message: "The request is unauthorized, the access token is invalid." names the credential that failed, which stays (rule 2.1: "access_token is invalid"): kept. Judgment call: its first clause rewords the 401\'s phrase, and a reader could read the whole line as the phrase in other words. Fields: none; `accessToken` holds a token, not a message (rule 3). Code: the problem `type` URI (rule 6).',
    response: {
      status: 401,
      body: {
        title: 'Invalid Access Token',
        type: `${SCAPI_ERRORS}/invalid-access-token`,
        detail: 'The request is unauthorized, the access token is invalid.',
        accessToken: 'hbGciOiJIUzI1NiIsInR5cCI6Ikp',
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'the access token is invalid',
      code: `${SCAPI_ERRORS}/invalid-access-token`,
    },
  },
  {
    id: 'salesforce-b2c-commerce-api/basket-not-found-404',
    source: 'Salesforce B2C Commerce API (SCAPI)',
    url: `${STARTERKIT}/customer/ShopperCustomers/update-shipping-address-on-shipment.md@${STARTERKIT_COMMIT}`,
    note: 'The page for Shopper Baskets\' `updateShippingAddressForShipment`, its "404" tab: "The basket with the given basket ID is unknown." No header shown. Kind: 404, not-found (rule 1). Message: `detail` over `title` (rule 2.2): kept. Code: the problem `type` URI (rule 6).',
    response: {
      status: 404,
      body: {
        type: `${SCAPI_ERRORS}/basket-not-found`,
        title: 'Basket Not Found',
        detail: "No basket with ID '123' could be found.",
      },
    },
    expect: {
      kind: 'not-found',
      message: "No basket with ID '123' could be found",
      code: `${SCAPI_ERRORS}/basket-not-found`,
    },
  },
  {
    id: 'salesforce-b2c-commerce-api/property-decoding-failed-400',
    source: 'Salesforce B2C Commerce API (SCAPI)',
    url: `${STARTERKIT}/customer/ShopperCustomers/update-shipping-address-on-shipment.md@${STARTERKIT_COMMIT}`,
    note: 'The same page\'s "400" tab: "The shipment with the given shipment ID is unknown or the customer assigned to the basket does not match the verified customer represented by the JSON Web Token (JWT)." The body printed under it is SCAPI\'s decoding error. No header shown. Kind: 400, the problem type `bad-request` restates the status, and no member names a field (the JSONPath sits in the sentence; text never decides, rules 1 and 3): bad-request. Message: a decoder\'s report on the request body, with a JSONPath and type names (rule 2.3: "a decoder\'s failure on the request body", Swift\'s "Cannot initialize … from invalid String value"): the default. Code: not stated, as the only code restates the status (rule 6 leaves it open).',
    response: {
      status: 400,
      body: {
        type: `${SCAPI_ERRORS}/bad-request`,
        title: 'Bad Request',
        detail:
          "Decoding of the property with path '$.failedExample.[1].intProperty' failed because the expected type is 'Integer|Decimal' but the actual type was 'String'.",
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'salesforce-b2c-commerce-api/invalid-customer-400',
    source: 'Salesforce B2C Commerce API (SCAPI)',
    url: `${STARTERKIT}/customer/ShopperCustomers/create-customer-product-list-item.md@${STARTERKIT_COMMIT}`,
    note: 'The page for creating a customer product list item, its "400" tab (labelled "Requested Resource Not Found", the page\'s own slip; its 404 tab carries the JWT-mismatch text). Read as an excerpt by content: the repository holds one page for that endpoint at this commit, whose request and 200 body the excerpt shows. No header shown. Kind: the problem type `invalid-customer` begins with `invalid` and names the request\'s customer (the `customerId` path parameter): validation (rule 1), with no field-bound error. Judgment call: a reader could read a customer that does not match the token as a credential or permission failure, or the code as naming no input. Message: "The customer is invalid." is a person\'s words about what is wrong, not an API key (rule 2.1: "Invalid phone number" stays): kept. Judgment call: it names only what is invalid, and a reader could give the default. Code: the problem `type` URI (rule 6).',
    response: {
      status: 400,
      body: {
        title: 'Invalid Customer',
        type: `${SCAPI_ERRORS}/invalid-customer`,
        detail: 'The customer is invalid.',
      },
    },
    expect: { kind: 'validation', message: 'The customer is invalid', code: `${SCAPI_ERRORS}/invalid-customer` },
  },
  {
    id: 'salesforce-b2c-commerce-api/customer-not-found-404',
    source: 'Salesforce B2C Commerce API (SCAPI)',
    url: `${STARTERKIT}/customer/ShopperCustomers/create-customer-product-list-item.md@${STARTERKIT_COMMIT}`,
    note: 'The same page\'s "404" tab ("CustomerId URL parameter does not match the verified customer represented by the JWT token."). No header shown. Kind: 404, not-found (rule 1). Message: `detail` over the `title` "Not Found", a bare reason phrase (rules 2.1 and 2.2): kept. Fields: none; `customerId` is the problem\'s extension naming the record, not a message (rule 3). Code: not stated, as the problem type `not-found` only restates the status (rule 6 leaves it open).',
    response: {
      status: 404,
      body: {
        title: 'Not Found',
        type: `${SCAPI_ERRORS}/not-found`,
        detail: "No customer with ID 'abfTWMDZOgi3JPzkHjv9IhmziI' could be found.",
        customerId: 'abfTWMDZOgi3JPzkHjv9IhmziI',
      },
    },
    expect: { kind: 'not-found', message: "No customer with ID 'abfTWMDZOgi3JPzkHjv9IhmziI' could be found" },
  },

  // ───────────────────────────── Spryker Glue API ─────────────────────────────
  {
    id: 'spryker-glue-api/invalid-access-token-401',
    source: 'Spryker Glue API',
    url: 'https://documentation.spryker.com/v5/docs/authentication-and-authorization',
    note: 'The Glue API\'s "Authentication and Authorization" page (spryker/spryker-docs stores it with this `originalLink`): "If authorization fails, a **401 Unathorized** error will be returned. … Sample error response:" with this body; its table lists code 001 as "Invalid access token". No header shown. Kind: 401, unauthenticated (rule 1). Message: the lone item\'s "Invalid access token." names the credential that failed (rule 2.1: a credential\'s name stays; rule 2.2: a lone item\'s sentence): kept. Code: the lone item\'s `code`, which the page documents for programs (rule 6).',
    response: {
      status: 401,
      body: { errors: [{ detail: 'Invalid access token.', status: 401, code: '001' }] },
    },
    expect: { kind: 'unauthenticated', message: 'Invalid access token', code: '001' },
  },
] satisfies ConformanceCase[];
