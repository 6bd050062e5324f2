import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-fourth unseen-API holdout, part GK (22 February 2027): PHP frameworks' and CMSs' core API errors, from
// products no other case file uses: Craft CMS (its own controllers' JSON answers, Craft 3 and Craft 4), GraphQL
// Authentication (a Craft CMS plugin that guards Craft's GraphQL API; CraftQL, another plugin, is already a source),
// Mezzio Problem Details (the Mezzio framework's RFC 7807 middleware, formerly zend-problem-details), eZ Platform's
// REST API (the CMS now called Ibexa DXP) and graphql-laravel (rebing's GraphQL server for Laravel). They were
// collected to measure how the reader does at first sight on APIs it was never tuned on.
//
// Where the bodies were copied from: Mezzio's ProblemDetailsNotFoundHandlerTest (`assertEquals($expectedBody, …)` on
// the whole payload, with the status and the Content-Type); graphql-laravel's test of an aliased argument's validation
// (`assertEquals($expected, $result)` on the whole body, the status from its TestCase's `httpGraphql`, 200 unless a
// test asks for another); responses pasted in public issues and pull requests: craftcms/cms#2495 (three Craft 3 AJAX
// answers), craftcms/cms#15170 (a Craft 4 answer with its 400), jamesedmonston/graphql-authentication#31 (the
// maintainer's "Returns:") and ezsystems/ezpublish-kernel#1805 (the maintainer's "After:" output). No header was
// added; only Mezzio's test checks one (Content-Type). Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Lumen (the stored FullApplicationTest, at an old commit, checks only the 404's and 405's
// status; a string search for its validation body found only apps), Winter CMS and October CMS (their AJAX handlers'
// `X_WINTER_ERROR_MESSAGE`/`X_OCTOBER_ERROR_MESSAGE` bodies appear only in client code, type definitions and a docs
// template with placeholder values; two issue searches and a page search found no captured body), Ibexa's REST
// functional tests (their helpers only read `errorDescription` when a status is wrong) and eZ Platform UI's YUI fixture
// (a client mock holding its test authors' texts, "Explosion in 10, 9, 8..."), graphql-laravel's CsrfGuardTest (status
// and a substring only: "GET requests are not allowed", "Request lacks indicators"), its GraphQLQueryTest (single
// members) and its LaravelValidatorTest (the validator, not a response), Mezzio's ProblemDetailsResponseFactoryTest
// (single members) and the XML form of its 404 (`application/problem+xml`: the wire XML would be guessed), the same
// 404 test in zend-problem-details (the package's earlier name, not counted twice), the GraphQL Authentication
// plugin's dev-mode exception dump (graphql-authentication#53: no status, the trace cut by the reporter), a Craft 5
// GraphQL "Cannot query field" answer (graphql-authentication#166: no status, cut in the excerpt), craftcms/cms#12433
// (no body), gesdinet's JWTRefreshTokenBundle (only an app's test and the bundle's message-key unit test turned up),
// and Sulu, Pimcore and TYPO3 Headless (issue searches found no captured error body). Not reached within the cap:
// Hyperf, Phalcon, Nette, BEAR.Sunday, SilverStripe GraphQL, Pimcore Studio, Bagisto.
//
// Skipped as already sources (grepped in .tmp/sources.txt before any look-up): Laravel, Laravel Passport, Laravel
// JSON:API, Lighthouse, Symfony, LexikJWTAuthenticationBundle, FOSRestBundle, API Platform, Drupal core REST, Drupal
// JSON:API, Joomla Web Services, Statamic, Kirby REST API, Concrete CMS REST API, CraftQL (Craft CMS), Grav CMS API,
// Flarum, BookStack, Kimai, wallabag, Laminas API Tools, Slim, CakePHP, CodeIgniter 4, Yii 2, Yii 3, Spiral, Flight,
// league/oauth2-server, Mautic, Matomo, Magento, Shopware, Sylius and WordPress.
//
// The part holds 8 cases from 5 sources, under the brief's aim of 15–30: all 34 look-ups were spent, most on
// frameworks whose tests check a status and one member, not the body. Judgment calls are named in the notes: the
// statuses of the two GraphQL cases and of eZ Platform's, Craft 3's 200s, and two messages.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-22-gk`, on d22d327, src/ unchanged: in the frozen copy /tmp/base94; the `--check` run before
// it reported no problem): 7/8 pass, 5 sources (kind 8/8, message 7/8, fields 8/8, retry 8/8, logId 0/0, code 2/2).
// Failing at first sight: ez-platform/dbal-error-writing-image-500 (kept "A DBAL error occured while writing
// var/site/storage/images/4/8/3/0/384-1-eng-GB/thumb_IMG_3164_1024.jpg"; the case reads a database layer's failure
// that names a storage path as developer text, rule 2.3's "a database's failure", and gives the default; not a
// judgment call its note names, though a reader could take "DBAL" for a word the rules do not list). Every other case
// passed as written, including the judgment calls on Mezzio's "Cannot POST …" (kept), both GraphQL statuses, Craft
// 3's 200s (validation for the field map, unknown for the login and forgot-password lines, the login's code "2"),
// Craft 4's "Couldn’t save user." (kept) and its "Incorrect current password." (validation).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, which read Doctrine's DBAL as developer text: 8/8.

export default [
  // ───────────────────────────── Mezzio Problem Details ─────────────────────────────
  {
    id: 'mezzio-problem-details/route-not-found-404',
    source: 'Mezzio Problem Details',
    url: 'mezzio/mezzio-problem-details/test/ProblemDetailsNotFoundHandlerTest.php@174afe01102489b5c7e086484fdd58c628b20d56',
    note: 'testReturnsResponseWith404StatusAndErrorMessageInBodyWithDefaultFactory, the `application/json` row: a POST to `https://example.com/foo` that no route answers, handled by ProblemDetailsNotFoundHandler with its default factory; the test checks `assertEquals($expectedBody, …)` on the whole payload, the 404 and `Content-Type: application/problem+json`. The URL is the one the test gave the request, echoed. Kind: 404, not-found (rule 1). Message: `detail` beats `title` (rule 2.2), and "Cannot POST https://example.com/foo!" names the method and the address that found no route, as the corpus keeps "Cannot GET:/" sent as text. Judgment call: a reader could read a method and a URL as no person\'s sentence and give the default. Code: none stated; `https://httpstatus.es/404` only names the status, as the corpus reads that type elsewhere.',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/problem+json' },
      body: {
        title: 'Not Found',
        type: 'https://httpstatus.es/404',
        status: 404,
        detail: 'Cannot POST https://example.com/foo!',
      },
    },
    expect: { kind: 'not-found', message: 'Cannot POST https://example.com/foo' },
  },

  // ───────────────────────────── graphql-laravel ─────────────────────────────
  {
    id: 'graphql-laravel/aliased-argument-not-in-list-200',
    source: 'graphql-laravel',
    url: 'rebing/graphql-laravel/tests/Unit (testValidationUsesOriginalArgNameNotAlias; status from tests/TestCase.php@083eee5d05e3d6eae8476ed101d2b2f6d1a225ce)',
    note: 'testValidationUsesOriginalArgNameNotAlias: the mutation `aliasedArgValidation(test_arg: $testArg)` with `testArg: "invalid_value"` against the rule `in:valid_value`; `self::assertEquals($expected, $result)` on the whole body. The test file was found by its text (a string search that names no repository or path); its `httpGraphql` helper and options are graphql-laravel\'s, and the file path and commit were not resolved within the cap. Status: the TestCase\'s `httpGraphql` asserts 200 unless the test passes `httpStatusCode`, which this one does not. Trimmed: the helper unsets `extensions.trace`, `file` and `line` of the first error before comparing; they are left out, not guessed. Kind: a 200 whose error says `category: "validation"` and holds a `validation` map (rule 1, a category classifies; rule 3, a GraphQL error\'s `extensions` hold input fields): validation. Fields: `test_arg`; the GraphQL `path` points into the response and is no field (rule 3). Message: "validation" is a lone word (rule 2.1): the default. Code: none stated; the category only says validation (rule 6).',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'validation',
            extensions: {
              category: 'validation',
              validation: { test_arg: ['The selected test arg is invalid.'] },
            },
            locations: [{ line: 2, column: 3 }],
            path: ['aliasedArgValidation'],
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['test_arg', 'The selected test arg is invalid.']],
    },
  },

  // ───────────────────────────── eZ Platform REST API ─────────────────────────────
  {
    id: 'ez-platform/dbal-error-writing-image-500',
    source: 'eZ Platform REST API',
    url: 'https://github.com/ezsystems/ezpublish-kernel/pull/1805',
    note: 'The maintainer\'s "After:" output in "Added previous exception to the REST exception output": the REST API\'s JSON ErrorMessage for an image upload whose write failed, from a development install. Status: the PR prints the body only; the ErrorMessage\'s `errorCode` is the HTTP status the REST layer sends with it, so 500 (a judgment call: read from the body). Trimmed: `trace` is cut after its first frame (the PR\'s runs on for many frames, and the members after it are not shown in the excerpt copied); the JSON escapes `\\/` are read as `/`. No header shown. Kind: 500, server (rule 1). Message: `errorMessage` is the reason phrase (rule 2.1) and `errorDescription`, "A DBAL error occured while writing var/site/storage/images/…", is a database layer\'s failure naming a storage path (rule 2.3): the default. Code: `errorCode` only restates the status: none stated.',
    response: {
      status: 500,
      body: {
        ErrorMessage: {
          '_media-type': 'application/vnd.ez.api.ErrorMessage+json',
          errorCode: 500,
          errorMessage: 'Internal Server Error',
          errorDescription:
            'A DBAL error occured while writing var/site/storage/images/4/8/3/0/384-1-eng-GB/thumb_IMG_3164_1024.jpg',
          trace:
            '#0 /Users/bdunogier/ezplatform/vendor/ezsystems/ezpublish-kernel/eZ/Publish/Core/IO/IOService.php(131): ' +
            'eZ\\Publish\\Core\\IO\\IOMetadataHandler\\LegacyDFSCluster->create(Object(eZ\\Publish\\SPI\\IO\\BinaryFileCreateStruct))',
        },
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── GraphQL Authentication (Craft CMS plugin) ─────────────────────────────
  {
    id: 'graphql-authentication/invalid-authorization-header-200',
    source: 'GraphQL Authentication (Craft CMS plugin)',
    url: 'https://github.com/jamesedmonston/graphql-authentication/issues/31',
    note: 'The maintainer\'s comment of 28 December 2020: after commit 50c2d77, the query `{ viewer { id } }` without a valid token "Returns:" this body, the data it asked for null. Status: the comment prints none; Craft\'s GraphQL endpoint sends a result that carries `data` with 200 (craftcms/cms#10907 reports 200s from it), so 200 (a judgment call). No header shown. Kind: `code: "FORBIDDEN"` on the lone error outranks a 2xx (rule 1): forbidden. Message: "Invalid Authorization Header" says the credential sent was refused, kept as "Invalid authorization header format." is (rule 2.1). Fields: none; `path` points into the response (rule 3). Code: the error\'s own `code` (rule 6).',
    response: {
      status: 200,
      body: {
        errors: [
          {
            code: 'FORBIDDEN',
            message: 'Invalid Authorization Header',
            category: 'graphql',
            locations: [{ line: 2, column: 3 }],
            path: ['viewer'],
          },
        ],
        data: { viewer: null },
      },
    },
    expect: { kind: 'forbidden', message: 'Invalid Authorization Header', code: 'FORBIDDEN' },
  },

  // ───────────────────────────── Craft CMS ─────────────────────────────
  {
    id: 'craft-cms/save-user-field-errors-400',
    source: 'Craft CMS',
    url: 'https://github.com/craftcms/cms/issues/15170',
    note: 'Craft 4.9.6: a front-end `users/save-user` POST sent with jQuery (JSON accepted) whose current password was wrong and whose new one was too short; the reporter pasted "Response with any field error (400 status)", and the maintainer answered that the 400 is on purpose since Craft 4. Trimmed: `user` (the model, which the reporter elided as `.....`) is left out, not guessed; `modelName` kept. No header shown. Kind: a 400 with field errors, validation (rule 1). Judgment call: "Incorrect current password." says a password was wrong, which a reader could take for a refused sign-in (FOLIO\'s `password.incorrect`, rule 1); here it is text beside a second field error, and text never decides the kind. Fields: `currentPassword`, `newPassword`. Message: "Couldn’t save user." says which operation failed, as the corpus keeps "Couldn\'t update user password". Judgment call: a reader could read it as a headline over the field list and give the default (rule 2.1).',
    response: {
      status: 400,
      body: {
        modelName: 'user',
        errors: {
          currentPassword: ['Incorrect current password.'],
          newPassword: ['New Password should contain at least 6 characters.'],
        },
        message: 'Couldn’t save user.',
      },
    },
    expect: {
      kind: 'validation',
      message: 'Couldn’t save user',
      fields: [
        ['currentPassword', 'Incorrect current password.'],
        ['newPassword', 'New Password should contain at least 6 characters.'],
      ],
    },
  },
  {
    id: 'craft-cms/register-username-taken-200',
    source: 'Craft CMS',
    url: 'https://github.com/craftcms/cms/issues/2495',
    note: '"Unify the JSON response bodies of the register, login and forgot password actions when performing AJAX requests" (Craft 3, February 2018): the reporter lists the three bodies as they were; this is "Register:". Status: Craft 3 sent its controllers\' JSON errors with 200, as craftcms/cms#3890 ("anywhere that returns JSON with errors, the response is a 200") and #5561 say and the maintainer confirmed (changed in Craft 4, #11738); 200 is read from those (a judgment call). The address is the reporter\'s placeholder. No header shown. Kind: a 200 whose body binds errors to fields says the input failed, as Wufoo\'s field errors on a 200 are read: validation (rule 1). Judgment call: "is already taken" would make it a conflict if a code said so; text never decides the kind, and a reader could also read a 2xx as unknown. Fields: `username`, `email`. Message: only field messages (rule 2.4): the default.',
    response: {
      status: 200,
      body: {
        errors: {
          username: ['Username "email@domain.com" is already taken.'],
          email: ['Email "email@domain.com" is already taken.'],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['username', 'is already taken'],
        ['email', 'is already taken'],
      ],
    },
  },
  {
    id: 'craft-cms/login-invalid-credentials-200',
    source: 'Craft CMS',
    url: 'https://github.com/craftcms/cms/issues/2495',
    note: 'The same issue\'s "Login:" body (Craft 3, `users/login` over AJAX with wrong credentials). Status: 200, as for the register body (craftcms/cms#5561: "Failed logins currently return 200 responses, with error/errorCode"; a judgment call read from those issues). No header shown. Kind: a 2xx whose numeric `errorCode` 2 names no status and no kind, and whose line names no field (rule 1: lines on a 2xx say what failed, as OCR.space\'s are read): unknown. Judgment call: a refused sign-in could be read as unauthenticated; the rules give the kind to the status, codes and headers only. Message: "Invalid email address or password" says the sign-in was refused, in the person\'s words (rule 2.1). Code: `errorCode` 2, a string in the model (rule 6).',
    response: { status: 200, body: { errorCode: 2, error: 'Invalid email address or password' } },
    expect: { kind: 'unknown', message: 'Invalid email address or password', code: '2' },
  },
  {
    id: 'craft-cms/forgot-password-invalid-200',
    source: 'Craft CMS',
    url: 'https://github.com/craftcms/cms/issues/2495',
    note: 'The same issue\'s "Forgot password:" body (Craft 3, `users/send-password-reset-email` over AJAX with an unknown name). Status: 200, as above (a judgment call read from craftcms/cms#3890 and #5561). No header shown. A list under `error` is a list of errors (rule 3), and its lone sentence is form-level: no field. Kind: a 2xx with no code and no field (rule 1): unknown. Message: the lone form-level sentence (rule 2.2); "Username or email address invalid." names what the person typed in words, not by a key, and stays (rule 2.1: "Invalid phone number").',
    response: { status: 200, body: { error: ['Username or email address invalid.'] } },
    expect: { kind: 'unknown', message: 'Username or email address invalid.' },
  },
] satisfies ConformanceCase[];
