import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-eighth unseen-API holdout, part HL (26 February 2027): PHP frameworks, CMSs and API packages that no other
// case file uses: OverblogGraphQLBundle (the Symfony bundle over webonyx/graphql-php), League Route (thephpleague's
// PSR-15 router, its JSON strategy's HTTP exceptions), the Slim Skeleton (the Slim framework's application skeleton,
// whose `ActionPayload` envelope is the skeleton's own, not Slim's error renderers, which the corpus holds), Crud JSON
// API (FriendsOfCake's JSON:API plugin for CakePHP's Crud, whose JSON:API error documents are the plugin's, not
// CakePHP's own error bodies) and JWTRefreshTokenBundle (gesdinet's refresh-token bundle for Symfony). They were
// collected to measure how the reader does at first sight on APIs it was never tuned on. Every body was copied from a
// test that asserts it whole, named in `url` with its commit: OverblogGraphQLBundle's functional tests (AccessTest's
// `assertResponse`, which sends the query through the kernel and `assertSame`s the whole decoded body, and
// InputValidatorTest, which `assertSame`s `errors[0]` whole against ExpectedErrors and checks the field's `data`
// null; the status from the bundle's GraphController, which sends every result with 200), League Route's
// ExceptionTest (the mocked stream must receive exactly `json_encode(['status_code' => …, 'reason_phrase' => …])`
// and the response `withStatus(code, phrase)`, each pair fixed by the test's own `assertSame`s), the Slim Skeleton's
// ViewUserActionTest (`assertEquals` on the whole serialized payload; the envelope read from ActionPayload and
// ActionError, the status from HttpErrorHandler, all at the commits named), Crud JSON API's ErrorsIntegrationTest
// (`assertResponseCode(404)` and the body compared with a fixture file, found by a string search that names no
// repository, the fixture read at the commit named) and a Symfony app's functional test of JWTRefreshTokenBundle
// (`assertResponseStatusCodeSame(401)` and `assertJsonEquals` on the whole body; a string search found it and named
// neither its repository nor its path, a judgment call its note names). PHP arrays are written as the JSON they
// encode. Headers were copied only where a test checks one; none does here, so none was added. Every `expect` was
// written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: GraphQLite's Symfony bundle (its FunctionalTest checks `errors[0].message` and one
// extension at a time, never a whole body), Crud JSON API's `404-error-not-found-resource.json` (the only test that
// named it had its `assertResponseEquals` commented out) and `validation-error-multiple-reasons.json` (named by an
// older renderer test, not stored), League Route's throwable handler and JsonStrategyTest (mocks, and the test's own
// "Exception thrown"), the Slim Skeleton's other HttpErrorHandler texts (no test asserts them), OverblogGraphQLBundle's
// cascade-with-groups map (its message depends on the Symfony version branch in ExpectedErrors; the collection case
// reads the same shape) and Lumen (a string search for its flat validation body found no Lumen test). Skipped as
// already sources: Laravel, Laravel Passport, Laravel JSON:API, graphql-laravel, Lighthouse, FOSRestBundle, API
// Platform, Drupal JSON:API and core REST, Statamic, Kirby, Sylius, Shopware, Magento, PrestaShop, Symfony, Slim,
// CakePHP, LexikJWTAuthenticationBundle, league/oauth2-server, OroCommerce, Laminas API Tools, Mezzio, Yii 2 and 3,
// CodeIgniter 4, Craft CMS, Concrete CMS, Grav, eZ Platform, Flarum, Mautic and Matomo. Not reached within the cap:
// Phalcon, Laravel Sanctum, NelmioApiDocBundle (a documentation bundle, no error bodies of its own), October CMS,
// ProcessWire, Bolt CMS, Pimcore, TYPO3, Contao, webonyx/graphql-php's server, bshaffer's oauth2-server-php,
// CodeIgniter Shield and Hyperf. No XML body, no HTML page and no text body turned up.
//
// The part holds 18 cases from 5 sources, within the brief's aim of 15–30 from at least 5; all 32 look-ups of the cap
// were spent, many on tests that check members one by one or through mocks.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-26-hl`, on 6927fa7, src/ unchanged: in the frozen copy /tmp/base98; `--check` first
// reported every case valid): 16/18 pass, 5 sources (kind 17/18, message 17/18, fields 17/18, retry 18/18, logId 0/0,
// code 0/0). Failing at first sight: overblog-graphql-bundle/linked-constraints-validation-200 (kept the empty key's
// form-level line "This value is not valid."; the case reads it as no more than Bitly's "The value provided is
// invalid." and gives the default, rule 2.1: a judgment call its note names, as it is whether the empty key names a
// field at all); overblog-graphql-bundle/field-access-denied-warning-200 (read the warning under the response's
// `extensions.warnings` as the error, its GraphQL `path` as the field `user.name`, and the kind as validation; the case
// reads a warning beside `data` as no error, the thirty-seventh holdout's row of rule 2, and a GraphQL `path` as
// pointing into the response, never a field, rule 3: unknown, the default, no field; the reading of the warning is a
// judgment call its note names, the path is not). Every other case passed as written, including the judgment calls on
// the access-denied error on a 200 (unknown, kept), League Route's "Unsupported Media" (the default) and 418 and 451
// (bad-request), the Slim Skeleton's `type` (no code stated) and the JWTRefreshTokenBundle case whose repository was
// not identified.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── OverblogGraphQLBundle ─────────────────────────────
  {
    id: 'overblog-graphql-bundle/simple-validation-username-too-short-200',
    source: 'OverblogGraphQLBundle',
    url: 'overblog/GraphQLBundle/tests/Functional/Validator/InputValidatorTest.php@19c9ac707aef4dd04fac84b78035f97af4099424',
    note: 'testSimpleValidationFails: `mutation { simpleValidation(username: "Tim") }`; the test `assertSame`s `errors[0]` with ExpectedErrors::simpleValidation("simpleValidation") (tests/Functional/Validator/ExpectedErrors.php@11f3f8ca8c58bd81d1999c42a3ba0e2e75cbd779) and checks `data.simpleValidation` null. The body is written as those two members (the query asks for that one field; the test does not check that no other top-level member is sent, a judgment call). Status: the test calls the request executor directly, whose `toArray()` is what src/Controller/GraphController.php@0b11153c4d7775cc9551abc6d2aaa755ac365b64 sends, always as `new JsonResponse($payload, 200)`. Kind: a 200 whose GraphQL error holds a `validation` map of input fields in `extensions`, as Lighthouse\'s does (rule 3; the corpus reads Lighthouse\'s as validation): validation. Fields: `username`; the GraphQL `path` points into the response (rule 3). Message: "validation" is a lone word (rule 2.1): the default. Code: none stated; the UUID under the field is Symfony\'s constraint code for that field\'s violation, not the response\'s.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'validation',
            locations: [{ line: 3, column: 17 }],
            path: ['simpleValidation'],
            extensions: {
              validation: {
                username: [
                  {
                    message: 'This value is too short. It should have 5 characters or more.',
                    code: '9ff3fdc4-b214-49db-8718-39c315e33d45',
                  },
                ],
              },
            },
          },
        ],
        data: { simpleValidation: null },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['username', 'This value is too short']],
    },
  },
  {
    id: 'overblog-graphql-bundle/linked-constraints-validation-200',
    source: 'OverblogGraphQLBundle',
    url: 'overblog/GraphQLBundle/tests/Functional/Validator/ExpectedErrors.php@11f3f8ca8c58bd81d1999c42a3ba0e2e75cbd779',
    note: 'InputValidatorTest::testLinkedConstraintsValidationFails (@19c9ac707aef4dd04fac84b78035f97af4099424): `linkedConstraintsValidation(string1: "Dolor Sit Amet", string2: "Lorem Ipsum", string3: "Lorem Ipsum")`; `errors[0]` is `assertSame`d with ExpectedErrors::LINKED_CONSTRAINTS and `data.linkedConstraintsValidation` checked null, written as the body as in the case above (status 200 from GraphController, as above). Kind: a validation map in `extensions` (rule 3): validation. Fields: `string1`, `string2` and `string3` twice (one item per message). The map\'s empty key `""` is a violation of the whole input object (Symfony\'s empty property path), no field: form-level, not scored (a judgment call: rule 3 lists form-level keys by name and the empty name is not among them). Message: "validation" is a lone word, and the one form-level line, "This value is not valid.", says no more than Bitly\'s "The value provided is invalid." (rule 2.1): the default.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'validation',
            locations: [{ line: 3, column: 17 }],
            path: ['linkedConstraintsValidation'],
            extensions: {
              validation: {
                '': [{ message: 'This value is not valid.', code: '6b3befbc-2f01-4ddf-be21-b57898905284' }],
                string1: [
                  {
                    message: 'This value should be equal to "Lorem Ipsum".',
                    code: '478618a7-95ba-473d-9101-cabd45e49115',
                  },
                ],
                string2: [
                  {
                    message: 'This value should be equal to "Dolor Sit Amet".',
                    code: '478618a7-95ba-473d-9101-cabd45e49115',
                  },
                ],
                string3: [
                  {
                    message: 'This value should be equal to "{"text":"Lorem Ipsum"}".',
                    code: '478618a7-95ba-473d-9101-cabd45e49115',
                  },
                  { message: 'This value should be valid JSON.', code: '0789c8ad-2d2b-49a4-8356-e2ce63998504' },
                ],
              },
            },
          },
        ],
        data: { linkedConstraintsValidation: null },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['string1', 'equal to "Lorem Ipsum"'],
        ['string2', 'equal to "Dolor Sit Amet"'],
        ['string3', 'This value should be equal to'],
        ['string3', 'valid JSON'],
      ],
    },
  },
  {
    id: 'overblog-graphql-bundle/collection-validation-200',
    source: 'OverblogGraphQLBundle',
    url: 'overblog/GraphQLBundle/tests/Functional/Validator/ExpectedErrors.php@11f3f8ca8c58bd81d1999c42a3ba0e2e75cbd779',
    note: 'InputValidatorTest::testCollectionValidationFails (@19c9ac707aef4dd04fac84b78035f97af4099424): `collectionValidation` with one address (`street: "ul. Lazo"`, `zipCode: -15`, an end date before its start) and `emails: ["nonUniqueString", "nonUniqueString"]`; `errors[0]` is `assertSame`d with ExpectedErrors::COLLECTION and `data.collectionValidation` checked null, written as the body as above (status 200 from GraphController). Kind: validation (rule 3, as above). Fields: Symfony property paths made canonical (`addresses[0].street` is `addresses.0.street`, `emails[0]` is `emails.0`; rule 3\'s table), `emails` twice (one item per message). Message: the lone word "validation" (rule 2.1): the default.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'validation',
            locations: [{ line: 3, column: 17 }],
            path: ['collectionValidation'],
            extensions: {
              validation: {
                'addresses[0].street': [
                  {
                    message: 'This value is too short. It should have 10 characters or more.',
                    code: '9ff3fdc4-b214-49db-8718-39c315e33d45',
                  },
                ],
                'addresses[0].zipCode': [
                  { message: 'This value is not valid.', code: '6b3befbc-2f01-4ddf-be21-b57898905284' },
                ],
                'addresses[0].period.endDate': [
                  {
                    message: 'This value should be greater than "2020-01-01".',
                    code: '778b7ae0-84d3-481a-9dec-35fdb64b1d78',
                  },
                ],
                emails: [
                  {
                    message: 'This collection should contain only unique elements.',
                    code: '7911c98d-b845-4da0-94b7-a8dac36bc55a',
                  },
                  {
                    message: 'This collection should contain 3 elements or more.',
                    code: 'bef8e338-6ae5-4caf-b8e2-50e7b0579e69',
                  },
                ],
                'emails[0]': [
                  {
                    message: 'The email ""nonUniqueString"" is not a valid email.',
                    code: 'bd79c0ab-ddba-46cc-a703-a7a4b08de310',
                  },
                ],
                'emails[1]': [
                  {
                    message: 'The email ""nonUniqueString"" is not a valid email.',
                    code: 'bd79c0ab-ddba-46cc-a703-a7a4b08de310',
                  },
                ],
              },
            },
          },
        ],
        data: { collectionValidation: null },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['addresses.0.street', 'too short'],
        ['addresses.0.zipCode', 'This value is not valid.'],
        ['addresses.0.period.endDate', 'greater than "2020-01-01"'],
        ['emails', 'only unique elements'],
        ['emails', '3 elements or more'],
        ['emails.0', 'is not a valid email'],
        ['emails.1', 'is not a valid email'],
      ],
    },
  },
  {
    id: 'overblog-graphql-bundle/mutation-access-denied-200',
    source: 'OverblogGraphQLBundle',
    url: 'overblog/GraphQLBundle/tests/Functional/Security/AccessTest.php@10ac76267a0649c0ea4af0eeef64226b17b219c9',
    note: 'testMutationNotAllowedUser: `mutation M { simpleMutationWithThunkFields(input: {inputData: 123, clientMutationId: "bac"}) { … } }` sent as user ryan (HTTP basic auth, signed in without the right); `assertResponse` `assertSame`s the whole decoded body. Status: GraphController sends every result with 200 (src/Controller/GraphController.php@0b11153c4d7775cc9551abc6d2aaa755ac365b64). No header checked. Kind: a 2xx whose GraphQL error carries no code; `extensions.category: "user"` is graphql-php\'s mark of an error safe to show, which names no kind (rule 1: a category classifies only when it says what failed): unknown, as Strawberry\'s "Can\'t find user" is read. Judgment call: "Access denied" reads as a refusal, but text never decides the kind (rule 1). Message: a sentence (rule 2.1): kept. Code: none stated.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'Access denied to this field.',
            extensions: { category: 'user' },
            locations: [{ line: 2, column: 3 }],
            path: ['simpleMutationWithThunkFields'],
          },
        ],
        data: { simpleMutationWithThunkFields: null },
      },
    },
    expect: { kind: 'unknown', message: 'Access denied to this field.' },
  },
  {
    id: 'overblog-graphql-bundle/field-access-denied-warning-200',
    source: 'OverblogGraphQLBundle',
    url: 'overblog/GraphQLBundle/tests/Functional/Security/AccessTest.php@10ac76267a0649c0ea4af0eeef64226b17b219c9',
    note: 'testNotAuthenticatedUserAccessToUserName: `query { user { name } }` sent anonymously; `assertResponse` `assertSame`s the whole body: the denied field is null and the denial is a warning under the response\'s `extensions`, with no `errors` member (status 200 from GraphController, as above). No header checked. Kind: a warning beside anything else is not the error (rule 2, the thirty-seventh holdout\'s row: "a body that is only a `warning` holds the error\'s text, and a warning beside anything else is not the error"), so a 2xx with nothing that says what failed: unknown. Message: the default. Judgment call: a reader could take the lone warning as the response\'s error and keep "Access denied to this field." (or read an anonymous caller as unauthenticated).',
    response: {
      status: 200,
      body: {
        data: { user: { name: null } },
        extensions: {
          warnings: [
            {
              message: 'Access denied to this field.',
              extensions: { category: 'user' },
              locations: [{ line: 1, column: 16 }],
              path: ['user', 'name'],
            },
          ],
        },
      },
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },

  // ───────────────────────────── League Route ─────────────────────────────
  {
    id: 'league-route/bad-request-400',
    source: 'League Route',
    url: 'thephpleague/route/tests/Http/ExceptionTest.php@09b6d570b216540e66537998b5d481fd70aee6ce',
    note: 'testBadRequestHttpExceptionIsBuiltCorrectly: `throw new Exception\\BadRequestException`; the test `assertSame`s 400 and "Bad Request", and `responseTester` requires the stream to be written exactly `json_encode(["status_code" => 400, "reason_phrase" => "Bad Request"])` and the response `withStatus(400, "Bad Request")`. The content-type header the exception adds is allowed by the mock, not checked: none given. Kind: 400 without a code or fields: bad-request (rule 1). Message: the reason phrase (rule 2.1): the default. Code: none; `reason_phrase` holds the status\'s phrase.',
    response: { status: 400, body: { status_code: 400, reason_phrase: 'Bad Request' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'league-route/unauthorized-401',
    source: 'League Route',
    url: 'thephpleague/route/tests/Http/ExceptionTest.php@09b6d570b216540e66537998b5d481fd70aee6ce',
    note: 'testUnauthorizedHttpExceptionIsBuiltCorrectly: `UnauthorizedException`, 401 and "Unauthorized", written and set as in the 400 case. No header checked. Kind: 401, unauthenticated (rule 1). Message: the reason phrase (rule 2.1): the default.',
    response: { status: 401, body: { status_code: 401, reason_phrase: 'Unauthorized' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'league-route/not-found-404',
    source: 'League Route',
    url: 'thephpleague/route/tests/Http/ExceptionTest.php@09b6d570b216540e66537998b5d481fd70aee6ce',
    note: 'testNotFoundHttpExceptionIsBuiltCorrectly: `NotFoundException`, 404 and "Not Found", written and set as in the 400 case; the JSON strategy answers an unmatched route with it. No header checked. Kind: 404, not-found (rule 1). Message: the reason phrase (rule 2.1): the default.',
    response: { status: 404, body: { status_code: 404, reason_phrase: 'Not Found' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'league-route/method-not-allowed-405',
    source: 'League Route',
    url: 'thephpleague/route/tests/Http/ExceptionTest.php@09b6d570b216540e66537998b5d481fd70aee6ce',
    note: 'testMethodNotAllowedHttpExceptionIsBuiltCorrectly: `new MethodNotAllowedException(["GET", "POST"])`, 405 and "Method Not Allowed", written and set as in the 400 case. The `Allow` header the exception carries is added through `withAddedHeader`, which the mock allows and does not check: not given. Kind: 405, bad-request (rule 1). Message: the reason phrase (rule 2.1): the default.',
    response: { status: 405, body: { status_code: 405, reason_phrase: 'Method Not Allowed' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'league-route/unsupported-media-415',
    source: 'League Route',
    url: 'thephpleague/route/tests/Http/ExceptionTest.php@09b6d570b216540e66537998b5d481fd70aee6ce',
    note: 'testUnsupportedMediaHttpExceptionIsBuiltCorrectly: `UnsupportedMediaException`, 415 and "Unsupported Media" (the library\'s phrase, a word short of RFC 9110\'s "Unsupported Media Type"), written and set as in the 400 case. No header checked. Kind: 415, bad-request (rule 1). Message: the 415\'s phrase reworded says no more than the status, as "Unknown Media Type" (the ninetieth holdout\'s row): the default. Judgment call: a reader matching reason phrases word for word would keep it.',
    response: { status: 415, body: { status_code: 415, reason_phrase: 'Unsupported Media' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'league-route/im-a-teapot-418',
    source: 'League Route',
    url: 'thephpleague/route/tests/Http/ExceptionTest.php@09b6d570b216540e66537998b5d481fd70aee6ce',
    note: 'testImATeapotHttpExceptionIsBuiltCorrectly: `ImATeapotException`, 418 and "I\'m a teapot", written and set as in the 400 case. No header checked. Kind: 418 is a 4xx rule 1 does not list, so "any other 4xx": bad-request, as the corpus reads a bare 418 (a judgment call: a joke status, and nothing in the body says more). Message: the 418 in words says no more than the status (the ninety-sixth holdout\'s row, "I am a teapot"): the default.',
    response: { status: 418, body: { status_code: 418, reason_phrase: "I'm a teapot" } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'league-route/unprocessable-entity-422',
    source: 'League Route',
    url: 'thephpleague/route/tests/Http/ExceptionTest.php@09b6d570b216540e66537998b5d481fd70aee6ce',
    note: 'testUnprocessableEntityHttpExceptionIsBuiltCorrectly: `UnprocessableEntityException`, 422 and "Unprocessable Entity", written and set as in the 400 case. No header checked. Kind: 422, validation (rule 1: the status decides; no field and no code). Fields: none. Message: the reason phrase (rule 2.1): the default.',
    response: { status: 422, body: { status_code: 422, reason_phrase: 'Unprocessable Entity' } },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'league-route/too-many-requests-429',
    source: 'League Route',
    url: 'thephpleague/route/tests/Http/ExceptionTest.php@09b6d570b216540e66537998b5d481fd70aee6ce',
    note: 'testTooManyRequestsHttpExceptionIsBuiltCorrectly: `TooManyRequestsException`, 429 and "Too Many Requests", written and set as in the 400 case. No header checked, none given. Kind: 429, rate-limited (rule 1). Message: the reason phrase (rule 2.1): the default. Retry: no header, no hint in the body (rule 4): none.',
    response: { status: 429, body: { status_code: 429, reason_phrase: 'Too Many Requests' } },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },
  {
    id: 'league-route/unavailable-for-legal-reasons-451',
    source: 'League Route',
    url: 'thephpleague/route/tests/Http/ExceptionTest.php@09b6d570b216540e66537998b5d481fd70aee6ce',
    note: 'testUnavailableForLegalReasonsHttpExceptionIsBuiltCorrectly: `UnavailableForLegalReasonsException`, 451 and "Unavailable For Legal Reasons", written and set as in the 400 case. No header checked. Kind: rule 1 lists no 451; signing in, waiting or changing the input would not fix it, so "any other 4xx": bad-request. Judgment call: a reader could read a refusal on legal grounds as forbidden. Message: the 451\'s reason phrase (rule 2.1): the default.',
    response: { status: 451, body: { status_code: 451, reason_phrase: 'Unavailable For Legal Reasons' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Slim Skeleton ─────────────────────────────
  {
    id: 'slim-skeleton/user-not-found-404',
    source: 'Slim Skeleton',
    url: 'slimphp/Slim-Skeleton/tests/Application/Actions/User/ViewUserActionTest.php@05d36507348895a7064627e2958c2b652f33ba44',
    note: "testActionThrowsUserNotFoundException: GET /users/1 with a repository that throws UserNotFoundException, under the skeleton's HttpErrorHandler; the test `assertEquals` the whole body with `json_encode(new ActionPayload(404, null, new ActionError(ActionError::RESOURCE_NOT_FOUND, \"The user you requested does not exist.\")), JSON_PRETTY_PRINT)`. The envelope is read from src/Application/Actions/ActionPayload.php and ActionError.php@0380fe306028594230566fcb38ce5290fb2724fa (`statusCode`, then `error: { type, description }`; the constant's value is its name). Status: src/Application/Handlers/HttpErrorHandler.php@05707b61a799b83af290d90f912040c15e88deb5 creates the response with the same status it puts in the payload (the HttpNotFoundException's 404); the test checks the body only. The handler's Content-Type is not checked by the test: not given. Kind: 404, not-found (rule 1). Message: `description`, a sentence (rule 2.1): kept. Code: not stated; `type: \"RESOURCE_NOT_FOUND\"` is the likeliest code, but `type` is also a category's name (rule 1), so the rules leave it open.",
    response: {
      status: 404,
      body: {
        statusCode: 404,
        error: { type: 'RESOURCE_NOT_FOUND', description: 'The user you requested does not exist.' },
      },
    },
    expect: { kind: 'not-found', message: 'The user you requested does not exist.' },
  },

  // ───────────────────────────── Crud JSON API ─────────────────────────────
  {
    id: 'crud-json-api/collection-not-found-production-404',
    source: 'Crud JSON API',
    url: 'FriendsOfCake/crud-json-api/tests/Fixture/JsonApiResponseBodies/Errors/404-error-for-collection-in-production-mode.json@08a2e40fbf8c0336c5146e9b20d91eab713fa386',
    note: "ErrorsIntegrationTest::test404ForCollectionInProductionMode (found by a string search that names no repository; the fixture directory and the test's `CrudJsonApi\\Test` namespace are this plugin's): with `debug` false, GET /nonexistents; the test checks `assertResponseCode(404)`, the JSON:API headers, and `assertResponseSameAsFile` with this fixture. The headers helper's exact values are not in the excerpt: none given. Kind: 404, not-found (rule 1). Message: `title` is the reason phrase (rule 2.1): the default. Code: none stated; the item's `code: \"404\"` only restates the status (rule 6).",
    response: { status: 404, body: { errors: [{ code: '404', title: 'Not Found' }] } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'crud-json-api/resource-not-found-debug-404',
    source: 'Crud JSON API',
    url: 'FriendsOfCake/crud-json-api/tests/Fixture/JsonApiResponseBodies/Errors/404-error-for-resource-in-debug-mode.json@540292be183a1aee72e8a191d807c57d826b9723',
    note: 'ErrorsIntegrationTest::test404ForResourceInDebugMode (the same search): with `debug` true, GET /countries/666 for a country that does not exist; the test checks `assertResponseCode(404)` and compares the body, after `_getResponseWithEmptyDebugNode` has emptied its `debug` member, with this fixture. Trimmed: the `debug` member is written as the test compares it, empty; what the plugin sends there in debug mode (developer detail, rule 7) is not shown and was not guessed. No header given. Kind: 404, not-found (rule 1). Message: `title` is the reason phrase (rule 2.1): the default. Code: none; `status: "404"` restates the status.',
    response: { status: 404, body: { errors: [{ status: '404', title: 'Not Found' }], debug: {} } },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── JWTRefreshTokenBundle ─────────────────────────────
  {
    id: 'jwt-refresh-token-bundle/missing-refresh-token-401',
    source: 'JWTRefreshTokenBundle',
    url: 'tests/Api/Native/NativeTokenRefreshTest.php of a Symfony app using gesdinet/jwt-refresh-token-bundle (find_string hit 69001402999; repository and commit not named by the search)',
    note: "test_a_refresh_token_arriving_as_a_cookie_is_not_even_read: POST /api/native/token/refresh with the refresh token only in a cookie, which that endpoint is configured not to read; the test checks `assertResponseStatusCodeSame(401)` and `assertJsonEquals(['code' => 401, 'message' => 'Missing JWT Refresh Token'])`. The message is the bundle's MissingTokenException message key (another app's test in the same search asserts `getMessageKey()` so), and `{ code, message }` the authentication-failure response it is sent through. Judgment call: the repository holding the test was not identified within the cap; the case stands on the file's text alone. No header checked. Kind: 401, unauthenticated (rule 1). Message: \"Missing JWT Refresh Token\" says which credential was not sent; a credential's name stays (rule 2.1), and a token missing is the person's to send (the seventy-eighth holdout's row, \"JWT is missing or invalid\"): kept. Code: none; `code: 401` restates the status.",
    response: { status: 401, body: { code: 401, message: 'Missing JWT Refresh Token' } },
    expect: { kind: 'unauthenticated', message: 'Missing JWT Refresh Token' },
  },
] satisfies ConformanceCase[];
