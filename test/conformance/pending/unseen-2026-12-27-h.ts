import { DEFAULT, type ConformanceCase } from '../types';

// Thirty-seventh unseen-API holdout, part H (27 December 2026): recorded HTTP error responses in client libraries' test
// fixtures, for public APIs that no other case file uses: Pin Payments (Australian card payments), Cuenca (a Mexican
// bank's API), Vidispine (VidiCore, the media asset management API), Boleto Simples (Brazilian bank slips), Arcus
// (Regalii's bill-payment API), Mati (now MetaMap, identity verification), Fat Zebra (Australian card payments) and
// Species+ (the CITES / UNEP-WCMC species database API), collected to measure how the reader does at first sight on
// APIs it was never tuned on. Every body was copied from a recording of the live service in a client library's test
// fixtures, named in `url` with its commit: Ruby VCR cassettes (dNitza/pin_up, BoletoSimples/boletosimples-ruby,
// fatzebra/Ruby-Library), Python vcrpy cassettes (cuenca-mx/cuenca-python, cuenca-mx/arcus-python,
// cuenca-mx/mati-python, newmediaresearch/vidispine-adapter) and an R vcr cassette (ropensci/rcites). Each status is
// the recorded one; headers were copied as recorded, leaving out Content-Length, Connection and Transfer-Encoding as
// the brief asks; no header was added. A body that a YAML cassette folds over several lines is joined with single
// spaces, and a doubled quote in a single-quoted YAML string is read as one, as YAML reads them. Every `expect` was
// written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: a Kabuk Platform "cassette" with a 422 (it sits in an implementation plan with a 2026
// `recorded_at`: written for a test, not recorded); an OpenAI 429 written into a vcrpy how-to by hand (injected, and
// OpenAI is a source already); httptest captures of QuartzBio EDP, PubChem and Posit Connect (sources already, or a
// mocked relative URL); Edamam's, Facturapi's and Namely's recorded errors (sources already); Untappd (cmar/untappd's
// cassettes hold only successful calls); eBird (ropensci/rebird's cassettes are named by endpoint, none by an error,
// and were not opened within the cap); SHERPA/RoMEO (ropensci/rromeo: the error text the test expects is the R
// package's own wording; the cassette was not opened); NASA POWER (ropensci/nasapower's `API_failure.yml` holds a bare
// status 503 with no header and no body: a webmockr stub, not a recording); CloudAMQP (its Terraform provider's go-vcr
// cassette `TestAccPlugin_Error.yaml` is 95,000 characters recorded against `localhost:9393`, and its error interaction
// was not reached within the cap); Elexon BMRS, STP (stpmex-python), Moip, Insightly and Pivotal Tracker (their
// clients' cassettes are not stored, or the repositories are not); Turkle (a Django app on localhost, no public API);
// ERDDAP (ropensci/rerddap's fixtures are data files); recordings that held only successes (Cuenca's expired-token
// cassette, Vidispine's shape and import "invalid_input" cassettes, which recorded only the successful placeholder
// call, Mati's verification cassettes); and Pin Payments' expired-card 422, the same shape as its invalid-card 422,
// left out for the per-API cap. Every case's status is the one the recording holds. No 429 with headers, no 5xx and no
// XML turned up in recordings of these APIs; two Portuguese bodies did (Boleto Simples). 79 of the 90 look-ups were
// spent collecting.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-27-h`, on f549895, src/ unchanged: in the frozen copy /tmp/base37): 19/25 pass, 8 sources
// (kind 24/25, message 20/25, fields 24/25, retry 24/25, logId 22/22, code 6/6). Failing at first sight:
// pin-payments/charge-card-number-invalid-422 and pin-payments/customer-update-card-number-required-422 (the kit kept
// the `error_description` "One or more parameters were missing or invalid." as the message, where rule 2.1 makes a line
// that only says some input was missing or invalid generic: the default); cuenca/api-keys-wrong-creds-401 (the kit
// dropped Chalice's `UnauthorizedError: ` and kept "Wrong creds", where rule 2.3 makes an exception's class and a
// `TypeError:`-style prefix developer text, a judgment call the note names; the kit read the same shape on the 404 and
// the 403 as the default, so it is not consistent across the three); cuenca/user-lists-validation-invalid-inputs-400
// (the kit kept "There is an error with the inputs", a line rule 2.1 reads as generic); vidispine/metadata-field-
// invalid-name-400 (the kit read the error object `invalidInput` as a map of fields, made `invalidInput.metadata-field`
// a field from its `context`, and so a validation failure with the validation default, where rule 3 makes an error
// object named by its kind the envelope and a `context` naming a resource type no path, rule 1 keeps a 400 without
// fields or a code a bad request, and rule 2 takes `explanation` as the sentence); arcus/bill-pay-duplicate-blocked-422
// (the kit set no retry time from "are blocked for 1 hour", which rule 4.4 reads as a wait written in the message, a
// judgment call the note names). Every other case passed as written, including the judgment calls on Arcus's numbered
// codes on a 400 (bad-request), Boleto Simples' `errors.status` field, Fat Zebra's several form-level lines (the
// default) and the Chalice 404 and 403 (the default). No expectation was changed after the run (Prettier's quote style
// was applied before it).

// Waits in `pending/`: 22/25 now (its misses are judgment calls: a Chalice class prefix dropped as a label, Vidispine's
// `context` as a field, a wait in a 422's message).

export default [
  // ───────────────────────────── Pin Payments ─────────────────────────────
  {
    id: 'pin-payments/charge-card-number-invalid-422',
    source: 'Pin Payments',
    url: 'dNitza/pin_up/spec/vcr/Errors/should_raise_a_422_error_when_trying_to_make_a_payment_with_an_invalid_card.yml@b3ef121c5bed09e84ee71ec030a0f6c479040570',
    note: 'A VCR recording (2013-07-08) of `POST https://test-api.pin.net.au/1/charges` with the test card 5520000000000099, in the pin_up gem\'s error specs. Headers as recorded, without Content-Length and Connection. A 422 is validation (rule 1). `messages` is a list of items with `param` (a path member) and `message`: one field error at `card.number` (rule 3, the dotted path kept as canonical). `error_description` ("One or more parameters were missing or invalid.") only says that some input was invalid, without which or why (rule 2.1, as "There were missing or invalid data or parameters in the request."): the default. Code: the lone item\'s `card_number_invalid` over the envelope\'s category `invalid_resource` (rule 6: an item-level code over a category); judgment call, the other reading keeps OAuth-style `error` as the code. Support id: `X-Request-Id` (rule 5).',
    response: {
      status: 422,
      headers: {
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Mon, 08 Jul 2013 15:54:22 GMT',
        Server: 'Apache/2.2.20 (Ubuntu)',
        Status: '422',
        'Strict-Transport-Security': 'max-age=31536000',
        Vary: 'User-Agent',
        'X-Powered-By': 'Phusion Passenger (mod_rails/mod_rack) 3.0.11',
        'X-Rack-Cache': 'invalidate, pass',
        'X-Request-Id': '62a02a23ec2654bee73ea0f2de18d551',
        'X-Runtime': '0.026801',
        'X-Ua-Compatible': 'IE=Edge,chrome=1',
      },
      body: {
        error: 'invalid_resource',
        error_description: 'One or more parameters were missing or invalid.',
        messages: [
          {
            param: 'card.number',
            code: 'card_number_invalid',
            message: 'Card number is not a valid credit card number',
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['card.number', 'Card number is not a valid credit card number']],
      logId: '62a02a23ec2654bee73ea0f2de18d551',
      code: 'card_number_invalid',
    },
  },
  {
    id: 'pin-payments/customer-update-card-number-required-422',
    source: 'Pin Payments',
    url: 'dNitza/pin_up/spec/vcr/Errors/should_raise_a_422_error_when_trying_to_update_missing_a_param.yml@b3ef121c5bed09e84ee71ec030a0f6c479040570',
    note: "A VCR recording (2013-07-08) of `PUT https://test-api.pin.net.au/1/customers/cus_…` with a card hash that lacks its number. Headers as recorded, without Content-Length and Connection. As the invalid-card case: validation (422, rule 1), one field error at `card.number` (rule 3), the default for the generic `error_description` (rule 2.1), the lone item's code (rule 6; the same judgment call) and `X-Request-Id` as the support id.",
    response: {
      status: 422,
      headers: {
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Mon, 08 Jul 2013 15:06:10 GMT',
        Server: 'Apache/2.2.20 (Ubuntu)',
        Status: '422',
        'Strict-Transport-Security': 'max-age=31536000',
        Vary: 'User-Agent',
        'X-Powered-By': 'Phusion Passenger (mod_rails/mod_rack) 3.0.11',
        'X-Rack-Cache': 'invalidate, pass',
        'X-Request-Id': '8affa411927ff9a518c7d56035d50b7b',
        'X-Runtime': '0.019063',
        'X-Ua-Compatible': 'IE=Edge,chrome=1',
      },
      body: {
        error: 'invalid_resource',
        error_description: 'One or more parameters were missing or invalid.',
        messages: [{ param: 'card.number', code: 'card_number_invalid', message: 'Card number is required' }],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['card.number', 'Card number is required']],
      logId: '8affa411927ff9a518c7d56035d50b7b',
      code: 'card_number_invalid',
    },
  },
  {
    id: 'pin-payments/charge-card-declined-400',
    source: 'Pin Payments',
    url: 'dNitza/pin_up/spec/vcr/Errors/should_raise_a_400_error_when_trying_to_make_a_payment_and_a_valid_card_gets_declined.yml@b3ef121c5bed09e84ee71ec030a0f6c479040570',
    note: "A VCR recording (2013-07-08) of `POST https://test-api.pin.net.au/1/charges` with the test card that is always declined. Headers as recorded, without Content-Length and Connection. Kind: a 400 without fields whose code `card_declined` names no kind in rule 1: bad-request. Message: OAuth-style `error_description` beats `error` (rule 2.2). Code: `error` (rule 6). `charge_token` is the charge's id, no support id by rule 5's names; the support id is `X-Request-Id`.",
    response: {
      status: 400,
      headers: {
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Mon, 08 Jul 2013 15:52:35 GMT',
        Server: 'Apache/2.2.20 (Ubuntu)',
        Status: '400',
        'Strict-Transport-Security': 'max-age=31536000',
        Vary: 'User-Agent',
        'X-Powered-By': 'Phusion Passenger (mod_rails/mod_rack) 3.0.11',
        'X-Rack-Cache': 'invalidate, pass',
        'X-Request-Id': 'cfe75967616a6b701038fe093d797543',
        'X-Runtime': '0.070216',
        'X-Ua-Compatible': 'IE=Edge,chrome=1',
      },
      body: {
        error: 'card_declined',
        error_description: 'The card was declined',
        charge_token: 'ch_9ElYaQ-OpRjlRWvDTpKY8Q',
      },
    },
    expect: {
      kind: 'bad-request',
      message: 'The card was declined',
      logId: 'cfe75967616a6b701038fe093d797543',
      code: 'card_declined',
    },
  },
  {
    id: 'pin-payments/customer-not-found-404',
    source: 'Pin Payments',
    url: 'dNitza/pin_up/spec/vcr/Errors/should_raise_a_404_error_when_looking_for_a_customer_that_doesn_t_exist.yml@4e698b09b782ad956c8a4cf1a20c58029241947a',
    note: 'A VCR recording (2013-07-07) of `GET https://test-api.pin.net.au/1/customers/foo`. Headers as recorded, without Content-Length and Connection. A 404 is not-found (rule 1). `error_description` is the sentence (rule 2.2); "The requested resource could not be found." is a sentence, not the bare reason phrase (the fifth holdout\'s row: "Resource not found" is a sentence); judgment call: a reader could take it as type-level stock text (the default). No code stated: `not_found` only restates the 404 (rule 6 leaves doubt). Support id: `X-Request-Id`.',
    response: {
      status: 404,
      headers: {
        'Cache-Control': 'no-cache, private',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Sun, 07 Jul 2013 15:49:31 GMT',
        Server: 'Apache/2.2.20 (Ubuntu)',
        Status: '404',
        'Strict-Transport-Security': 'max-age=31536000',
        Vary: 'User-Agent',
        'X-Powered-By': 'Phusion Passenger (mod_rails/mod_rack) 3.0.11',
        'X-Rack-Cache': 'miss',
        'X-Request-Id': '19a42c2ac49949c998b435422b058797',
        'X-Runtime': '0.012857',
        'X-Ua-Compatible': 'IE=Edge,chrome=1',
      },
      body: { error: 'not_found', error_description: 'The requested resource could not be found.' },
    },
    expect: {
      kind: 'not-found',
      message: 'The requested resource could not be found',
      logId: '19a42c2ac49949c998b435422b058797',
    },
  },

  // ───────────────────────────── Cuenca ─────────────────────────────
  {
    id: 'cuenca/api-keys-wrong-creds-401',
    source: 'Cuenca API',
    url: 'cuenca-mx/cuenca-python/tests/http/cassettes/test_invalid_auth.yaml@1381e450fbbfff66969d727aa1d2c4e0fd2577b7',
    note: "A vcrpy recording (2020-05-14) of `POST https://api.cuenca.com/api_keys` with wrong credentials, in Cuenca's Python client (test_invalid_auth asserts the 401). The body is AWS Chalice's error shape (`Code` is the exception's class, `Message` its class and text). Headers as recorded, without Content-Length and Connection. A 401 is unauthenticated (rule 1). Message: `Message` begins with the exception's class (`UnauthorizedError: `), and rule 2.3 makes exception class names and `TypeError:`-style prefixes developer text; nothing else speaks: the default; judgment call, the other reading drops the class as a label and keeps \"Wrong creds\". No code stated: `UnauthorizedError` read without its suffix only restates the 401 (rule 6 leaves doubt). Support id: `x-amzn-RequestId`, before `X-Amz-Cf-Id` and `X-Amzn-Trace-Id` in rule 5's order.",
    response: {
      status: 401,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Thu, 14 May 2020 03:30:43 GMT',
        Via: '1.1 5c58021efde9831dc4a4b288db2f5256.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Id': 'rCbapXA22ztNBD-TrY9YvjAWupeTqPLuiBoGyX4qh9xz44U5y6rp1w==',
        'X-Amz-Cf-Pop': 'DFW3-C1',
        'X-Amzn-Trace-Id': 'Root=1-5ebcbb61-a371ad289b02ea22a93466be;Sampled=0',
        'X-Cache': 'Error from cloudfront',
        'x-amz-apigw-id': 'MgI3QHg-oAMFykQ=',
        'x-amzn-RequestId': 'a099594c-cec8-4459-9330-c68db0a34841',
      },
      body: { Code: 'UnauthorizedError', Message: 'UnauthorizedError: Wrong creds' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: 'a099594c-cec8-4459-9330-c68db0a34841' },
  },
  {
    id: 'cuenca/card-not-found-404',
    source: 'Cuenca API',
    url: 'cuenca-mx/cuenca-python/tests/resources/cassettes/test_card_not_found.yaml@7e4544e78bc9b3805aca24a0106118101d6fb045',
    note: 'A vcrpy recording (2020-08-10) of `GET https://sandbox.cuenca.com/cards/not-existing-id`. Headers as recorded, without Content-Length and Connection. A 404 is not-found (rule 1). Message: as the 401, the Chalice `Message` is the exception\'s class before its text (rule 2.3): the default; judgment call, the other reading keeps "Not valid id". No code stated (`NotFoundError` restates the 404). Support id: `x-amzn-RequestId` (rule 5).',
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Mon, 10 Aug 2020 17:24:18 GMT',
        Via: '1.1 f6ad3563e874b96539258a95e577e34b.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Id': 'lj04mkj7qWKFVRRotuK-KL61RytegoFH0Q7OKgXEHxx7IqPLOpupVA==',
        'X-Amz-Cf-Pop': 'DFW50-C1',
        'X-Amzn-Trace-Id': 'Root=1-5f3182c2-e64f41cee8ecee0ac3acdbc6;Sampled=0',
        'X-Cache': 'Error from cloudfront',
        'x-amz-apigw-id': 'REFeaHfEIAMFTvA=',
        'x-amzn-RequestId': '9269b548-75c7-40b0-8b3b-a42749a07024',
      },
      body: { Code: 'NotFoundError', Message: 'NotFoundError: Not valid id' },
    },
    expect: { kind: 'not-found', message: DEFAULT, logId: '9269b548-75c7-40b0-8b3b-a42749a07024' },
  },
  {
    id: 'cuenca/user-lists-validation-invalid-inputs-400',
    source: 'Cuenca API',
    url: 'cuenca-mx/cuenca-python/tests/resources/cassettes/test_create_user_validation_invalid_inputs.yaml@67cf94b99c9f78ab4d6a72dbdedc3376d3a1c98d',
    note: 'A vcrpy recording (2023-01-26) of `POST https://sandbox.cuenca.com/user_lists_validations` with every input null. Headers as recorded, without Content-Length and Connection (the API Gateway\'s `x-amzn-Remapped-*` headers are copied as they are, under their own names). A 400 without fields or a code is a bad request (rule 1). "There is an error with the inputs" only says that the input failed, without which or why (rule 2.1, as Kraken\'s "Invalid inputs" and "Error in provided request."): the default; judgment call, the other reading keeps it as the sentence. Support id: `x-amzn-RequestId` (rule 5).',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Thu, 26 Jan 2023 22:34:19 GMT',
        'x-amz-apigw-id': 'fXzszEKAiYcFpjA=',
        'x-amzn-Remapped-Connection': 'keep-alive',
        'x-amzn-Remapped-Content-Length': '45',
        'x-amzn-Remapped-Date': 'Thu, 26 Jan 2023 22:34:19 GMT',
        'x-amzn-Remapped-Server': 'nginx/1.22.1',
        'x-amzn-RequestId': '7c91e271-c8ab-4fd7-a2c9-b7ab66f48daf',
      },
      body: { error: 'There is an error with the inputs' },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: '7c91e271-c8ab-4fd7-a2c9-b7ab66f48daf' },
  },
  {
    id: 'cuenca/card-update-deactivated-forbidden-403',
    source: 'Cuenca API',
    url: 'cuenca-mx/cuenca-python/tests/resources/cassettes/test_card_can_not_be_updated_if_it_is_deactivated.yaml@1f3f2ad9bfd4edba68850c6614cf489566839371',
    note: 'A vcrpy recording (2020-08-17) of `PATCH …/api/cards/CA5x_xAHmYSE2DXhia0G0DTA` (`{"status": "active"}` on a deactivated card) through Cuenca\'s API Gateway. Headers as recorded, without Content-Length and Connection. A 403 is forbidden (rule 1). Message: the Chalice `Message` is the exception\'s class before "Invalid operation" (rule 2.3): the default; judgment call, the other reading keeps "Invalid operation" (which could itself be read as generic). No code stated (`ForbiddenError` restates the 403). Support id: `x-amzn-RequestId` (rule 5).',
    response: {
      status: 403,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Mon, 17 Aug 2020 20:28:21 GMT',
        Via: '1.1 2b1e040abc964b2bf72a1919ab3ea875.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Id': 'nipNRPiAbxHH1KmDwE2jODjd2H_rGUPBFqrmR9HLb-w1CdDb5IJlMQ==',
        'X-Amz-Cf-Pop': 'DFW55-C2',
        'X-Amzn-Trace-Id': 'Root=1-5f3ae864-89b9f20435cb6544be8f37e8;Sampled=0',
        'X-Cache': 'Error from cloudfront',
        'x-amz-apigw-id': 'Rbk_wH6AoAMFRBw=',
        'x-amzn-RequestId': 'bce1728d-1341-4002-8908-be535415043c',
      },
      body: { Code: 'ForbiddenError', Message: 'ForbiddenError: Invalid operation' },
    },
    expect: { kind: 'forbidden', message: DEFAULT, logId: 'bce1728d-1341-4002-8908-be535415043c' },
  },

  // ───────────────────────────── Vidispine ─────────────────────────────
  {
    id: 'vidispine/item-shape-not-found-404',
    source: 'Vidispine API',
    url: 'newmediaresearch/vidispine-adapter/tests/test_items/test_shape/cassettes/test_get/get_shape_not_found.yaml@d7e79c2285432eb9e7f4b13daf4aa6b72f93d12a',
    note: "A vcrpy recording (2020-10-27) of `GET /API/item/VX-134/shape/VX-1000000` against a Vidispine (VidiCore) server the adapter's tests ran on localhost:8080; the second of two interactions (the first, a successful placeholder import, is left out). Vidispine answers every error with one object whose member names the error's kind, the others null. Headers as recorded, without Content-Length. A 404 is not-found (rule 1). `notFound` holds only a type, an id and a null context: no message member, so no field errors (rule 3: objects without messages are not field errors) and no sentence: the default. No code stated: the kind is a member's name, not a code member's value (rule 6).",
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Tue, 27 Oct 2020 15:49:51 GMT',
        'Set-Cookie': 'rememberMe=deleteMe; Path=/; Max-Age=0; Expires=Mon, 26-Oct-2020 15:49:51 GMT',
      },
      body: {
        notFound: { type: 'shape', id: 'VX-1000000', context: null },
        internalServer: null,
        forbidden: null,
        notYetImplemented: null,
        conflict: null,
        invalidInput: null,
        licenseFault: null,
        fileAlreadyExists: null,
        notAuthorized: null,
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'vidispine/collection-metadata-field-not-found-404',
    source: 'Vidispine API',
    url: 'newmediaresearch/vidispine-adapter/tests/test_collections/cassettes/test_update/update_field_does_not_exist.yaml@2f1722c58f3209f035c31f9c61936746f3ef96df',
    note: 'A vcrpy recording (2020-09-23) of `PUT /API/collection/VX-277/metadata` naming a metadata field (`field_three`) that was never created; the fourth of four interactions (the three successful setup calls are left out). Headers as recorded, without Content-Length. A 404 is not-found (rule 1). As the shape case: `notFound` names the missing metadata field by `type` and `id`, which are no message and no path member (rule 3: no field error; judgment call, a reader could bind the error to the field named in `id`), and no sentence: the default.',
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Wed, 23 Sep 2020 10:52:54 GMT',
        'Set-Cookie': 'rememberMe=deleteMe; Path=/; Max-Age=0; Expires=Tue, 22-Sep-2020 10:52:54 GMT',
      },
      body: {
        notFound: { type: 'metadata-field', id: 'field_three', context: null },
        internalServer: null,
        forbidden: null,
        notYetImplemented: null,
        conflict: null,
        invalidInput: null,
        licenseFault: null,
        fileAlreadyExists: null,
        notAuthorized: null,
      },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'vidispine/metadata-field-invalid-name-400',
    source: 'Vidispine API',
    url: 'newmediaresearch/vidispine-adapter/tests/cassettes/test_create_metadata_field/create_metadata_field_invalid_field_name.yaml@01f9d6ecab8681aca611c388c54de728381206c0',
    note: "A vcrpy recording (2020-09-25) of `PUT /API/metadata-field/fieldone` (a field name without the prefix Vidispine requires) against the same local server. Headers as recorded, without Content-Length. The lone non-null member `invalidInput` is the error object, named by its kind as `detailedError` is (the README's thirteenth-holdout row); its `explanation` holds the sentence (the thirty-fourth holdout's row). Kind: a 400 without field errors (`id` and `context` are no path members, rule 3) and without a code member: bad-request; judgment call, the other reading takes the member's name `invalidInput` as a validation code (validation). No code stated.",
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Fri, 25 Sep 2020 15:53:16 GMT',
        'Set-Cookie': 'rememberMe=deleteMe; Path=/; Max-Age=0; Expires=Thu, 24-Sep-2020 15:53:16 GMT',
      },
      body: {
        notFound: null,
        internalServer: null,
        forbidden: null,
        notYetImplemented: null,
        conflict: null,
        invalidInput: {
          context: 'metadata-field',
          id: 'fieldone',
          explanation: 'The name of the metadata field is invalid',
          value: 'fieldone',
        },
        licenseFault: null,
        fileAlreadyExists: null,
        notAuthorized: null,
      },
    },
    expect: { kind: 'bad-request', message: 'The name of the metadata field is invalid' },
  },

  // ───────────────────────────── Boleto Simples ─────────────────────────────
  {
    id: 'boleto-simples/customer-create-blank-fields-422',
    source: 'Boleto Simples',
    url: 'BoletoSimples/boletosimples-ruby/spec/fixtures/vcr_cassettes/resources/customer/create/invalid_params.yml@5c59951e88170a827b2eef4ecffc4b48296c3339',
    note: 'A VCR recording (2015-03-08) of `POST https://sandbox.boletosimples.com.br/api/v1/customers` with an empty `person_name`, in the vendor\'s Ruby client. Headers as recorded, without Connection and Transfer-Encoding. A 422 is validation (rule 1). `errors` is a container whose keys are the fields (rule 3), each with Rails\' Portuguese "não pode ficar em branco" ("can\'t be blank"): three field errors, and no other sentence: the default (rule 2.4). The rate-limit headers carry no reset and the kind is no rate limit: no retry. Support id: `X-Request-Id`.',
    response: {
      status: 422,
      headers: {
        Server: 'Cowboy',
        'Strict-Transport-Security': 'max-age=2592000',
        'Content-Type': 'application/json; charset=utf-8',
        'X-Ratelimit-Limit': '500',
        'X-Ratelimit-Remaining': '455',
        'Cache-Control': 'no-cache',
        'X-Request-Id': 'bdd0e8f4-4742-4b6f-87af-abd3c192ee33',
        'X-Runtime': '0.045134',
        Date: 'Sun, 08 Mar 2015 19:59:21 GMT',
        'X-Rack-Cache': 'invalidate, pass',
        Vary: 'Accept-Encoding',
        Via: '1.1 vegur',
      },
      body: {
        errors: {
          person_name: ['não pode ficar em branco'],
          cnpj_cpf: ['não pode ficar em branco'],
          zipcode: ['não pode ficar em branco'],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['person_name', 'não pode ficar em branco'],
        ['cnpj_cpf', 'não pode ficar em branco'],
        ['zipcode', 'não pode ficar em branco'],
      ],
      logId: 'bdd0e8f4-4742-4b6f-87af-abd3c192ee33',
    },
  },
  {
    id: 'boleto-simples/customer-create-missing-root-422',
    source: 'Boleto Simples',
    url: 'BoletoSimples/boletosimples-ruby/spec/fixtures/vcr_cassettes/resources/customer/create/invalid_root.yml@5c59951e88170a827b2eef4ecffc4b48296c3339',
    note: "A VCR recording (2015-03-08) of the same call with an empty `customer` object. Headers as recorded, without Connection and Transfer-Encoding. A 422 is validation (rule 1). The `errors` container's one key, `customer`, is the field (rule 3), though it names the request's root object; judgment call, a reader could take a key naming the whole record as form-level. The default (rule 2.4). Support id: `X-Request-Id`.",
    response: {
      status: 422,
      headers: {
        Server: 'Cowboy',
        'Strict-Transport-Security': 'max-age=2592000',
        'Content-Type': 'application/json; charset=utf-8',
        'X-Ratelimit-Limit': '500',
        'X-Ratelimit-Remaining': '456',
        'Cache-Control': 'no-cache',
        'X-Request-Id': '1119bf7c-038c-4c5a-a2c2-e5c5c66097fd',
        'X-Runtime': '0.119195',
        Date: 'Sun, 08 Mar 2015 19:59:20 GMT',
        'X-Rack-Cache': 'invalidate, pass',
        Vary: 'Accept-Encoding',
        Via: '1.1 vegur',
      },
      body: { errors: { customer: ['não pode ficar em branco'] } },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['customer', 'não pode ficar em branco']],
      logId: '1119bf7c-038c-4c5a-a2c2-e5c5c66097fd',
    },
  },
  {
    id: 'boleto-simples/userinfo-not-authenticated-401',
    source: 'Boleto Simples',
    url: 'BoletoSimples/boletosimples-ruby/spec/fixtures/vcr_cassettes/extra/userinfo/not_authenticated.yml@49f195699817a98e10ca7ba347a08c5d2fc0586c',
    note: 'A VCR recording (2015-02-12) of `GET https://sandbox.boletosimples.com.br/api/v1/userinfo.json` with an invalid token. Headers as recorded, without Connection and Transfer-Encoding. A 401 is unauthenticated (rule 1). `error` holds Devise\'s Portuguese sentence ("You need to sign in or sign up before continuing."), which asks the person to sign in: the message. Support id: `X-Request-Id`.',
    response: {
      status: 401,
      headers: {
        Server: 'Cowboy',
        'Strict-Transport-Security': 'max-age=2592000',
        'Www-Authenticate': 'Basic realm="Boleto Simples"',
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-cache, private',
        'X-Request-Id': '0c2cfc93-76e8-4a4b-908e-e012c5569f8b',
        'X-Runtime': '0.015539',
        Date: 'Thu, 12 Feb 2015 00:06:27 GMT',
        'X-Rack-Cache': 'miss',
        Vary: 'Accept-Encoding',
        Via: '1.1 vegur',
      },
      body: { error: 'Você precisa se logar ou registrar antes de prosseguir.' },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Você precisa se logar ou registrar antes de prosseguir',
      logId: '0c2cfc93-76e8-4a4b-908e-e012c5569f8b',
    },
  },
  {
    id: 'boleto-simples/bank-billet-cancel-paid-422',
    source: 'Boleto Simples',
    url: 'BoletoSimples/boletosimples-ruby/spec/fixtures/vcr_cassettes/resources/bank_billet/cancel/failure.yml@5f23dca546ea098acff56416fa5262b9073d2e3f',
    note: "A VCR recording (2015-03-08) of `PUT https://sandbox.boletosimples.com.br/api/v1/bank_billets/863/cancel` on a bank slip already paid; the second of two interactions (the first, a successful `GET` of the slip, is left out). Headers as recorded, without Connection and Transfer-Encoding. A 422 without a code is validation (rule 1; judgment call: the state machine's refusal reads as a conflict, but text never decides). `status` is a key of the `errors` container, so a field of the record, not the envelope's `status` (rule 3: envelope members are never fields only at the envelope's level; a container's keys are fields): one field error and the default (rule 2.4); judgment call, the other reading takes `status` for the envelope and gives no field. Support id: `X-Request-Id`.",
    response: {
      status: 422,
      headers: {
        Server: 'Cowboy',
        'Strict-Transport-Security': 'max-age=2592000',
        'Content-Type': 'application/json; charset=utf-8',
        'X-Ratelimit-Limit': '500',
        'X-Ratelimit-Remaining': '475',
        'Cache-Control': 'no-cache',
        'X-Request-Id': 'c81a3615-db53-4419-806d-5e35dc23aee8',
        'X-Runtime': '0.035312',
        Date: 'Sun, 08 Mar 2015 21:15:41 GMT',
        'X-Rack-Cache': 'invalidate, pass',
        Vary: 'Accept-Encoding',
        Via: '1.1 vegur',
      },
      body: { errors: { status: ['cannot transition via cancel'] } },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['status', 'cannot transition via cancel']],
      logId: 'c81a3615-db53-4419-806d-5e35dc23aee8',
    },
  },

  // ───────────────────────────── Arcus (Regalii) ─────────────────────────────
  {
    id: 'arcus/account-unauthorized-401',
    source: 'Arcus (Regalii) API',
    url: 'cuenca-mx/arcus-python/tests/cassettes/test_invalid_auth.yaml@ab613a00ffc21c8b106344dc40583792582c6ed6',
    note: 'A vcrpy recording (2019-02-15) of `GET https://api.regalii.com/account` signed with a wrong key, in Cuenca\'s Arcus client. Headers as recorded, without Connection and Transfer-Encoding. A 401 is unauthenticated (rule 1); "Unauthorized" is the 401\'s reason phrase (rule 2.1): the default. Support id: `X-Request-Id`.',
    response: {
      status: 401,
      headers: {
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Fri, 15 Feb 2019 00:13:13 GMT',
        'Strict-Transport-Security': 'max-age=31536000',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Request-Id': '0f28eb91-687a-4f01-8b8e-fcf7db5a7592',
        'X-Runtime': '0.006800',
        'X-XSS-Protection': '1; mode=block',
      },
      body: { message: 'Unauthorized' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: '0f28eb91-687a-4f01-8b8e-fcf7db5a7592' },
  },
  {
    id: 'arcus/bill-pay-name-on-account-required-400',
    source: 'Arcus (Regalii) API',
    url: 'cuenca-mx/arcus-python/tests/resources/cassettes/test_missing_parameters.yaml@33d69ba08b8e970d0292734f3bb1b5606553023d',
    note: "A vcrpy recording (2019-09-03) of `POST https://api.casiregalii.com/bills/8390/pay` without a name on the account; the second of two interactions (the first, a successful bill creation, is left out). Headers as recorded, without Connection and Transfer-Encoding. Kind: a 400 without fields whose code `R13` (Arcus's numbered error codes) names no kind: bad-request (rule 1: text never decides; judgment call, the other reading takes the missing input for validation). The `message` is the sentence; judgment call: it names only what is missing, which a reader could take as generic. Code: `R13` (rule 6). Support id: `X-Request-Id`.",
    response: {
      status: 400,
      headers: {
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Tue, 03 Sep 2019 02:11:52 GMT',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        'X-Request-Id': '3635edcd-5483-430b-a6d5-2fdc416a4594',
        'X-Runtime': '0.018366',
      },
      body: { code: 'R13', message: 'Name on account is required' },
    },
    expect: {
      kind: 'bad-request',
      message: 'Name on account is required',
      logId: '3635edcd-5483-430b-a6d5-2fdc416a4594',
      code: 'R13',
    },
  },
  {
    id: 'arcus/bill-pay-daily-limit-400',
    source: 'Arcus (Regalii) API',
    url: 'cuenca-mx/arcus-python/tests/resources/cassettes/test_daily_limit.yaml@33d69ba08b8e970d0292734f3bb1b5606553023d',
    note: "A vcrpy recording (2019-09-03) of the same pay call once the account's payments for the day were spent; the second of two interactions. Headers as recorded, without Connection and Transfer-Encoding. Kind: a 400 whose code `R45` names no kind in words: bad-request (rule 1; judgment call, the other reading takes a day's limit as a quota, rate-limited, as `dailyLimitExceeded` is read, but that is a code in words). The sentence is the message; no wait is written in it (rule 4.4): no retry. Code: `R45`. Support id: `X-Request-Id`.",
    response: {
      status: 400,
      headers: {
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Tue, 03 Sep 2019 05:10:47 GMT',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        'X-Request-Id': 'c0f298ac-b1d2-46e7-a749-2bfefcfc3b54',
        'X-Runtime': '0.019875',
      },
      body: { code: 'R45', message: 'The maximum number of payments for this account on this day was reached' },
    },
    expect: {
      kind: 'bad-request',
      message: 'The maximum number of payments for this account on this day was reached',
      logId: 'c0f298ac-b1d2-46e7-a749-2bfefcfc3b54',
      code: 'R45',
    },
  },
  {
    id: 'arcus/bill-pay-duplicate-blocked-422',
    source: 'Arcus (Regalii) API',
    url: 'cuenca-mx/arcus-python/tests/resources/cassettes/test_duplicate_payment.yaml@31d0aafef4632dfa94f134e5dd1163099e2b713a',
    note: 'A vcrpy recording (2019-02-15) of `POST https://api.casiregalii.com/bills/8390/pay` repeating a payment; the second of two interactions. Headers as recorded, without Connection and Transfer-Encoding. Kind: a 422 whose code `R36` names no kind: validation (rule 1; judgment call, the text says "duplicate", which a reader could take for a conflict, but text never decides). Message: the first sentence. Retry: "are blocked for 1 hour" is a wait written in the message (rule 4.4, as Home Connect\'s "Requests are blocked during the remaining period of N seconds."): 3600 s from the `Date`; judgment call, the other reading sets no time (the block counts from the first attempt and holds only for this account and amount). Code: `R36`. Support id: `X-Request-Id`.',
    response: {
      status: 422,
      headers: {
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Fri, 15 Feb 2019 00:14:19 GMT',
        'Strict-Transport-Security': 'max-age=31536000',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Request-Id': 'f31525f1-6f1c-4af6-842e-19d749a287e7',
        'X-Runtime': '20.039162',
        'X-XSS-Protection': '1; mode=block',
      },
      body: {
        code: 'R36',
        message:
          'Blocked attempt to make a possible duplicate payment. Requests for this account number with this payment amount are blocked for 1 hour',
      },
    },
    expect: {
      kind: 'validation',
      message: 'Blocked attempt to make a possible duplicate payment',
      retry: 3600,
      logId: 'f31525f1-6f1c-4af6-842e-19d749a287e7',
      code: 'R36',
    },
  },

  // ───────────────────────────── Mati (MetaMap) ─────────────────────────────
  {
    id: 'mati/oauth-invalid-client-401',
    source: 'Mati (MetaMap) API',
    url: 'cuenca-mx/mati-python/tests/cassettes/test_failed_auth.yaml@998a13f15362293a58b39f95b9580663b68f687e',
    note: 'A vcrpy recording (2019-10-08) of `POST https://api.getmati.com/oauth` (client credentials grant) with a wrong client, in Cuenca\'s Mati client. The body is the node oauth2-server\'s `InvalidClientError`. Headers as recorded, without Content-Length and Connection. A 401 is unauthenticated (rule 1). The `message` is the sentence ("Invalid client: client is invalid"; the substring holds whether a reader keeps or drops the leading "Invalid client: "). No code stated: the numeric `code` only restates the 401, and `name` holds OAuth\'s `invalid_client` under a member rule 6 does not name as a code (rule 1 names `name` a category), so rule 6 leaves doubt. Support id: `X-Request-Id`.',
    response: {
      status: 401,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Tue, 08 Oct 2019 21:23:36 GMT',
        'X-Request-Id': '7a533161-8245-4b1f-ab14-0d455d1776ee',
      },
      body: {
        code: 401,
        message: 'Invalid client: client is invalid',
        name: 'invalid_client',
        status: 401,
        statusCode: 401,
      },
    },
    expect: { kind: 'unauthenticated', message: 'client is invalid', logId: '7a533161-8245-4b1f-ab14-0d455d1776ee' },
  },

  // ───────────────────────────── Fat Zebra ─────────────────────────────
  {
    id: 'fat-zebra/customer-create-blank-422',
    source: 'Fat Zebra API',
    url: 'fatzebra/Ruby-Library/spec/cassettes/FatZebra_Customer/_create/validations/1_1_7_1.yml@e58b797e6c5bf2c3b09acaad796ef45f37494bf3',
    note: "A VCR recording (2017-07-03) of `POST https://gateway.sandbox.fatzebra.com.au/v1.0/customers` with an empty body, in the vendor's Ruby library. Headers as recorded, without Connection and Transfer-Encoding. A 422 is validation (rule 1). `errors` is a list of four plain strings, no path beside them: form-level (rule 3); `response` holds the empty record (nulls and objects without messages: no fields). Several form-level lines are not a lone one: the default (rule 2.2, as SignatureAPI's two lines are read). Support id: `X-Request-Id`.",
    response: {
      status: 422,
      headers: {
        Date: 'Mon, 03 Jul 2017 04:16:10 GMT',
        'Content-Type': 'application/json; charset=utf-8',
        Status: '422 Unprocessable Entity',
        'X-Rack-Cache': 'invalidate, pass',
        'Cache-Control': 'no-store',
        'X-Request-Version': '1.19.41',
        'X-Runtime': '0.130528',
        Pragma: 'no-cache',
        'X-Request-Id': 'bec85172a1aad1504e5dda054c359019',
        'X-Backend': 'sbox-priv-gateway-a',
      },
      body: {
        successful: false,
        response: {
          id: null,
          email: null,
          reference: null,
          first_name: null,
          last_name: null,
          created_at: null,
          address: { address: null, city: null, state: null, postcode: null, country: null },
          card_token: null,
          card_number: null,
          bank_account: null,
          metadata: {},
        },
        errors: [
          "First name can't be blank",
          "Last name can't be blank",
          "Reference can't be blank",
          "Card token Card '' could not be found.",
        ],
        test: true,
      },
    },
    expect: { kind: 'validation', message: DEFAULT, logId: 'bec85172a1aad1504e5dda054c359019' },
  },
  {
    id: 'fat-zebra/card-create-blank-422',
    source: 'Fat Zebra API',
    url: 'fatzebra/Ruby-Library/spec/cassettes/FatZebra_Card/_create/validations/1_1_7_1.yml@29aa2af359ebdaf695343721b25ca36d706f1391',
    note: 'A VCR recording (2017-07-03) of `POST https://gateway.sandbox.fatzebra.com.au/v1.0/credit_cards` with an empty body. Headers as recorded, without Connection and Transfer-Encoding. As the customer case: validation (422), five form-level strings (one begins with a space where the card type was empty), no fields, the default (rules 2.2, 3). Support id: `X-Request-Id`.',
    response: {
      status: 422,
      headers: {
        Date: 'Mon, 03 Jul 2017 04:16:09 GMT',
        'Content-Type': 'application/json; charset=utf-8',
        Status: '422 Unprocessable Entity',
        'Cache-Control': 'no-store',
        'X-Request-Version': '1.19.41',
        Pragma: 'no-cache',
        'X-Request-Id': '33b75b8b2e97a9a6af9416c3ccd9aa19',
        'X-Runtime': '0.238130',
        'X-Rack-Cache': 'invalidate, pass',
        'X-Backend': 'sbox-priv-gateway-a',
      },
      body: {
        successful: false,
        response: {
          token: 'fke860ti',
          card_holder: '',
          card_number: null,
          card_expiry: null,
          card_type: null,
          card_category: null,
          card_subcategory: null,
          authorized: false,
          transaction_count: 0,
          alias: null,
        },
        errors: [
          "Card holder can't be blank",
          "Card number can't be blank",
          'Expiry date is missing or invalid.',
          'CVV is required',
          ' is not an accepted card type',
        ],
        test: true,
      },
    },
    expect: { kind: 'validation', message: DEFAULT, logId: '33b75b8b2e97a9a6af9416c3ccd9aa19' },
  },
  {
    id: 'fat-zebra/authenticate-card-not-found-422',
    source: 'Fat Zebra API',
    url: 'fatzebra/Ruby-Library/spec/cassettes/FatZebra_Authenticate/_authenticate/with_invalid_input/1_3_1_1.yml@154af201d9e25c352553fe009ba7a5a9e9fc81a7',
    note: 'A VCR recording (2019-12-13) of `POST https://gateway.sandbox.fatzebra.com.au/v1.0/authenticate` (3-D Secure) with `card_token: "INVALID"`; the second of two interactions (the first, a successful card tokenisation, is left out). Headers as recorded, without Transfer-Encoding. Kind: a 422 without a code is validation (rule 1; judgment call, the text says the card was not found, but text never decides and no not-found code is sent). The lone form-level line in `errors` is the message (rule 2.2). Support id: `X-Request-Id`.',
    response: {
      status: 422,
      headers: {
        'Cache-Control': 'no-store',
        Pragma: 'no-cache',
        'Content-Type': 'application/json; charset=utf-8',
        'X-Request-Version': '1.21.8',
        'X-Request-Id': '657e9ed464b17ddc7408080b39c08602',
        'X-Runtime': '0.090252',
      },
      body: { successful: false, response: null, errors: ['Card not found'], test: true },
    },
    expect: { kind: 'validation', message: 'Card not found', logId: '657e9ed464b17ddc7408080b39c08602' },
  },
  {
    id: 'fat-zebra/authenticate-session-amount-invalid-422',
    source: 'Fat Zebra API',
    url: 'fatzebra/Ruby-Library/spec/cassettes/FatZebra_Authenticate/_session/returns_error_when_amount_is_invalid.yml@07f99337b7d34fdb15eb0199168a867d242a5259',
    note: 'A VCR recording (2019-10-22) of `POST https://gateway.sandbox.fatzebra.com.au/v1.0/authenticate/session` with `amount: "INVALID"`. Headers as recorded, without Transfer-Encoding. Here `errors` is a single string, not a list: the error\'s sentence under an errors-like envelope member (rule 3: envelope members are never fields), so no field, though the text names the amount. A 422 is validation (rule 1). Message: "Amount is invalid"; judgment call, a line that names only what is invalid could be read as generic (the default). Support id: `X-Request-Id`.',
    response: {
      status: 422,
      headers: {
        'Cache-Control': 'no-store',
        Pragma: 'no-cache',
        'Content-Type': 'application/json; charset=utf-8',
        'X-Request-Version': '1.21.8',
        'X-Request-Id': '419d283db39c727ebe7c4f2cf473af23',
        'X-Runtime': '0.025645',
      },
      body: { successful: false, response: null, errors: 'Amount is invalid', test: true },
    },
    expect: { kind: 'validation', message: 'Amount is invalid', logId: '419d283db39c727ebe7c4f2cf473af23' },
  },

  // ───────────────────────────── Species+ (CITES) ─────────────────────────────
  {
    id: 'species-plus/wrong-token-401',
    source: 'Species+ API (CITES)',
    url: 'ropensci/rcites/tests/fixtures/wrong_token.yml@6dc41d38dbc70260f1dffeb6fb10874e39874a6c',
    note: "An R vcr recording (2021-10-30, vcr 1.0.2 with webmockr) of `GET https://api.speciesplus.net/api/v1/taxon_concepts/4521/distributions.json` with a wrong `X-Authentication-Token`, in rOpenSci's rcites. The recorded body is empty (`string: ''`); headers as recorded (a folded `alt-svc` value joined with a space). A 401 is unauthenticated (rule 1); no body, no sentence: the default. Support id: `x-request-id`, before `cf-ray` in rule 5's order.",
    response: {
      status: 401,
      headers: {
        date: 'Sat, 30 Oct 2021 19:54:37 GMT',
        'content-type': 'text/html',
        status: '401 Unauthorized',
        'cache-control': 'no-cache',
        'x-xss-protection': '1; mode=block',
        'x-request-id': '00a2893c-1f8d-4a73-8f6a-a31599a5a152',
        'x-runtime': '0.109603',
        'x-frame-options': 'SAMEORIGIN',
        'x-content-type-options': 'nosniff',
        'x-powered-by': 'Phusion Passenger 6.0.2',
        'cf-cache-status': 'DYNAMIC',
        'expect-ct': 'max-age=604800, report-uri="https://report-uri.cloudflare.com/cdn-cgi/beacon/expect-ct"',
        'report-to':
          '{"endpoints":[{"url":"https:\\/\\/a.nel.cloudflare.com\\/report\\/v3?s=hnpWz7obQvxgiH6wq2DrJexMuBL2uvxZtiJhHMZklfcD3TGU5LGpEwKtEIssK7huDXL%2Fc85c4ll84gLJES13nG9ToUFmDaIaCW3UiGE3yo1K3XocTzW1UGLebiFD9nNlH614SnsU"}],"group":"cf-nel","max_age":604800}',
        nel: '{"success_fraction":0,"report_to":"cf-nel","max_age":604800}',
        server: 'cloudflare',
        'cf-ray': '6a67324d6cc5715a-YUL',
        'alt-svc': 'h3=":443"; ma=86400, h3-29=":443"; ma=86400, h3-28=":443"; ma=86400, h3-27=":443"; ma=86400',
      },
      body: '',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: '00a2893c-1f8d-4a73-8f6a-a31599a5a152' },
  },
] satisfies ConformanceCase[];
