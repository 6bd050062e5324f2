import { DEFAULT, type ConformanceCase } from '../types';

// GraphQL servers and RPC-over-HTTP protocols. GraphQL `errors[].path` is the path in the *response*
// (which field of the result failed), not an input field, so it is never listed under `fields` here;
// input-bound errors come from `extensions.argumentName`, Lighthouse's `extensions.validation` map,
// Saleor's mutation `errors[].field` and Twirp's `meta.argument`.
export default [
  // ───────────────────────────── Apollo Server ─────────────────────────────
  {
    id: 'apollo-server/graphql-validation-failed-v3',
    source: 'Apollo Server',
    url: 'apollographql/apollo-server/docs/source/data/errors.mdx@024990f49fb98ca288bfa9fa2273cd299129c70a',
    note:
      'Apollo Server 3 docs example (misspelled __typename). The docs show no status; 400 is what Apollo Server ' +
      'sends for a document that fails validation (stated in the v4 version of the same page, "Setting HTTP status ' +
      'code and headers"). The message is GraphQL query-validation text and the stacktrace is developer text.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            message: 'Cannot query field "__typenam" on type "Query".',
            locations: [{ line: 1, column: 2 }],
            extensions: {
              code: 'GRAPHQL_VALIDATION_FAILED',
              exception: {
                stacktrace: [
                  'GraphQLError: Cannot query field "__typenam" on type "Query".',
                  '    at Object.Field (/my_project/node_modules/graphql/validation/rules/FieldsOnCorrectTypeRule.js:48:31)',
                  '    ...additional lines...',
                ],
              },
            },
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'GRAPHQL_VALIDATION_FAILED' },
  },
  {
    id: 'apollo-server/graphql-validation-failed-v4',
    source: 'Apollo Server',
    url: 'apollographql/apollo-server/docs/source/data/errors.mdx@1e808146a8043245d9c68969fa73e085d5b1ccbd',
    note:
      'Apollo Server 4 shape (stacktrace directly under extensions). Status 400 per the same page: "If Apollo ' +
      "Server can't parse the request into a legal GraphQL document and validate it against your schema, it " +
      'responds with a 400 status code."',
    response: {
      status: 400,
      body: {
        errors: [
          {
            message: 'Cannot query field "__typenam" on type "Query".',
            locations: [{ line: 1, column: 2 }],
            extensions: {
              code: 'GRAPHQL_VALIDATION_FAILED',
              stacktrace: [
                'GraphQLError: Cannot query field "__typenam" on type "Query".',
                '    at Object.Field (/my_project/node_modules/graphql/validation/rules/FieldsOnCorrectTypeRule.js:48:31)',
                '    ...additional lines...',
              ],
            },
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'GRAPHQL_VALIDATION_FAILED' },
  },
  {
    id: 'apollo-server/bad-user-input-argument-name-v3',
    source: 'Apollo Server',
    url: 'apollographql/apollo-server/docs/source/data/errors.mdx@024990f49fb98ca288bfa9fa2273cd299129c70a',
    note:
      'UserInputError thrown by a resolver with extensions { argumentName: "id" } (Apollo Server 3 shape). A resolver ' +
      'error is sent with 200. The only message is bound to the argument `id`, so the summary is the default.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'Invalid argument value',
            locations: [{ line: 2, column: 3 }],
            path: ['userWithID'],
            extensions: {
              argumentName: 'id',
              code: 'BAD_USER_INPUT',
              exception: {
                stacktrace: [
                  'UserInputError: Invalid argument value',
                  '    at userWithID (/my-project/index.js:25:13)',
                  '    ...more lines...',
                ],
              },
            },
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['id', 'Invalid argument value']],
      code: 'BAD_USER_INPUT',
    },
  },
  {
    id: 'apollo-server/bad-user-input-argument-name-v4',
    source: 'Apollo Server',
    url: 'apollographql/apollo-server/docs/source/data/errors.mdx@1e808146a8043245d9c68969fa73e085d5b1ccbd',
    note:
      'Apollo Server 4 shape of the same resolver error. The docs mark the argumentName line with a ' +
      '`// highlight-start` comment inside the JSON; the comments are dropped. Resolver errors are sent with 200 ' +
      '("Otherwise, Apollo Server returns a 200 status code").',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'Invalid argument value',
            locations: [{ line: 2, column: 3 }],
            path: ['userWithID'],
            extensions: {
              code: 'BAD_USER_INPUT',
              argumentName: 'id',
              stacktrace: [
                'GraphQLError: Invalid argument value',
                '    at userWithID (/my-project/index.js:25:13)',
                '    ...more lines...',
              ],
            },
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['id', 'Invalid argument value']],
      code: 'BAD_USER_INPUT',
    },
  },

  // ───────────────────────────── Hasura ─────────────────────────────
  {
    id: 'hasura/validation-failed-no-mutations',
    source: 'Hasura GraphQL Engine',
    url: 'hasura/graphql-engine/server/tests-py/queries/graphql_mutation/insert/permissions/backend_user_no_admin_secret_fail.yaml@5d51f7d475dd0b1e7a119b348720794347f603e1',
    note:
      "Test fixture (YAML, converted to JSON): status 200 at /v1/graphql. Hasura's `validation-failed` is GraphQL " +
      "document validation against the role's schema (its GRAPHQL_VALIDATION_FAILED), so bad-request; " +
      '"no mutations exist" is schema-validation text for the developer. extensions.path "$" is the request root.',
    response: {
      status: 200,
      body: { errors: [{ extensions: { path: '$', code: 'validation-failed' }, message: 'no mutations exist' }] },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'validation-failed' },
  },
  {
    id: 'hasura/validation-failed-no-mutations-v1alpha1',
    source: 'Hasura GraphQL Engine',
    url: 'hasura/graphql-engine/server/tests-py/queries/graphql_mutation/insert/permissions/address_permission_error.yaml@329024d923b063df5309e6743cf8f4694c14c53d',
    note: 'Same error at the older /v1alpha1/graphql endpoint, which the fixture expects with status 400. YAML converted to JSON.',
    response: {
      status: 400,
      body: { errors: [{ extensions: { path: '$', code: 'validation-failed' }, message: 'no mutations exist' }] },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'validation-failed' },
  },
  {
    id: 'hasura/access-denied-admin-secret',
    source: 'Hasura GraphQL Engine',
    url: 'https://github.com/hasura/graphql-engine/issues/4793',
    note:
      'Response pasted in the issue; the status is not shown. Hasura answers /v1/graphql errors (auth refusals ' +
      'included) with 200, so 200 is used. `access-denied` is a permission code per rule 1 (forbidden), even though ' +
      'the cause here is a missing credential header.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            extensions: { path: '$', code: 'access-denied' },
            message: 'x-hasura-admin-secret/x-hasura-access-key required, but not found',
          },
        ],
      },
    },
    expect: { kind: 'forbidden', message: 'required, but not found', code: 'access-denied' },
  },
  {
    id: 'hasura/constraint-violation-uniqueness',
    source: 'Hasura GraphQL Engine',
    url: 'https://github.com/hasura/graphql-engine/issues/8143',
    note:
      'Response pasted in the issue (status not shown; 200 as Hasura sends for /v1/graphql). The message embeds ' +
      'Postgres text ("duplicate key value violates unique constraint") so it is developer text. A uniqueness ' +
      'violation is a duplicate → conflict. extensions.path is a JSONPath into the GraphQL request document ' +
      '(nested under extensions, not an item-level path), so no field is listed.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            extensions: {
              path: '$.selectionSet.insert_apples.args.objects[0].apple_oranges.data',
              code: 'constraint-violation',
            },
            message: 'Uniqueness violation. duplicate key value violates unique constraint "apple_oranges_pkey"',
          },
        ],
      },
    },
    expect: { kind: 'conflict', message: DEFAULT, code: 'constraint-violation' },
  },

  // ───────────────────────────── GitHub GraphQL API ─────────────────────────────
  {
    id: 'github-graphql/rate-limited',
    source: 'GitHub GraphQL API',
    url: 'https://github.com/stursby/hasvuepassedreactyet/issues/5',
    note: 'Captured body pasted in the issue; the reporter states it came back with HTTP 200. No retry hint in body or headers.',
    response: {
      status: 200,
      body: { data: null, errors: [{ message: 'API rate limit exceeded', type: 'RATE_LIMITED' }] },
    },
    expect: { kind: 'rate-limited', message: 'API rate limit exceeded' },
  },
  {
    id: 'github-graphql/rate-limit-type',
    source: 'GitHub GraphQL API',
    url: 'https://github.com/yanyongyu/githubkit/issues/271',
    note:
      'Newer rate-limit shape (type RATE_LIMIT plus code graphql_rate_limit) pasted in the issue, user id redacted ' +
      'by the reporter. Status not shown; a GitHub docs maintainer states rate-limited GraphQL responses are 200 ' +
      '(github/docs#22607), so 200 is used. No headers shown, so no retry.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            type: 'RATE_LIMIT',
            code: 'graphql_rate_limit',
            message: 'API rate limit already exceeded for user ID xxxxx.',
          },
        ],
      },
    },
    expect: { kind: 'rate-limited', message: 'API rate limit already exceeded' },
  },
  {
    id: 'github-graphql/not-found-repository',
    source: 'GitHub GraphQL API',
    url: 'SwiftPackageIndex/SwiftPackageIndex-Server/Tests/AppTests/GithubTests.swift',
    note:
      'Body decoded by a test ("no repository at all (can happen)"), found by exact-string search in a version of ' +
      'this file later than the one stored at b34544a. GitHub sends it with 200. `path` is the response path.',
    response: {
      status: 200,
      body: {
        data: { repository: null, rateLimit: { remaining: 4986 } },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['repository'],
            locations: [{ line: 2, column: 3 }],
            message: "Could not resolve to a Repository with the name 'IBM-Swift/kitura-mustachetemplateengine'.",
          },
        ],
      },
    },
    expect: { kind: 'not-found', message: 'Could not resolve to a Repository' },
  },

  // ───────────────────────────── Shopify Admin GraphQL ─────────────────────────────
  {
    id: 'shopify-admin-graphql/throttled',
    source: 'Shopify Admin GraphQL API',
    url: 'https://community.shopify.com/t/throttled/254776',
    note:
      'Throttled response pasted in the community thread (status not shown; Shopify GraphQL throttling is ' +
      'reported in the body, 200 used). "Throttled" is a one-word label, not a sentence → default. The cost ' +
      'figures (requested 752, available 666, restore 50/s) would allow computing a wait, but none of them is a ' +
      'retry hint under rule 4, so no retry is expected.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'Throttled',
            extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' },
          },
        ],
        extensions: {
          cost: {
            requestedQueryCost: 752,
            actualQueryCost: null,
            throttleStatus: { maximumAvailable: 1000.0, currentlyAvailable: 666, restoreRate: 50.0 },
          },
        },
      },
    },
    expect: { kind: 'rate-limited', message: DEFAULT, code: 'THROTTLED' },
  },
  {
    id: 'shopify-admin-graphql/internal-server-error-request-id',
    source: 'Shopify Admin GraphQL API',
    url: 'https://shopify.dev/changelog/improved-graphql-errors',
    note:
      "Example from Shopify's changelog (the docs label the block graphql; it is JSON). Status not shown; GraphQL " +
      'errors in the body come with 200. The requestId in extensions is the support id.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'Internal error. Looks like something went wrong on our end.',
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'd2f47302-8559-4961-9a5b-3de60172aa29' },
          },
        ],
      },
    },
    expect: {
      kind: 'server',
      message: 'Looks like something went wrong on our end',
      logId: 'd2f47302-8559-4961-9a5b-3de60172aa29',
      code: 'INTERNAL_SERVER_ERROR',
    },
  },

  // ───────────────────────────── Lighthouse (Laravel) ─────────────────────────────
  {
    id: 'lighthouse/validation-map',
    source: 'Lighthouse',
    url: 'nuwave/lighthouse/docs/5/security/validation.md@1ac9fbb042053e1984c3dc52080681ea5a5f1611',
    note:
      'Lighthouse 5 docs: @rules validation failure, sent with 200 and no extensions.code. "Validation failed for ' +
      'the field [createUser]." is a generic summary naming the GraphQL field, so the default summarizes and the ' +
      'argument messages go to fields.',
    response: {
      status: 200,
      body: {
        data: { createUser: null },
        errors: [
          {
            message: 'Validation failed for the field [createUser].',
            locations: [{ line: 2, column: 13 }],
            extensions: { validation: { email: ['The email field must be a valid email.'] } },
          },
        ],
      },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['email', 'must be a valid email']] },
  },
  {
    id: 'lighthouse/validation-list',
    source: 'Lighthouse',
    url: 'nuwave/lighthouse/docs/master/security/validation.md@0b4b29517bed12fb149b315ca4b9580ef42b93fe',
    note:
      'Odd shape from the master docs: message is the bare word "validation" and extensions.validation is a list ' +
      'of messages with no argument key (data key "foo" as in the docs). The sentence has no path, so it is a ' +
      'form-level message and becomes the message; no field error. Ambiguous: a reader keying on ' +
      'extensions.validation might take "validation" itself as the field name.',
    response: {
      status: 200,
      body: {
        data: { foo: null },
        errors: [
          {
            message: 'validation',
            locations: [{ line: 2, column: 13 }],
            extensions: { validation: ['The email field must be a valid email.'] },
          },
        ],
      },
    },
    expect: { kind: 'validation', message: 'must be a valid email' },
  },

  // ───────────────────────────── Twirp ─────────────────────────────
  {
    id: 'twirp/internal',
    source: 'Twirp',
    url: 'twitchtv/twirp/docs/spec_v7.md@0f72ad6556a7488a82c3c3127371bfe958e9d6f7',
    note:
      'Spec example; "internal" maps to 500 and errors are always application/json per the spec. "Something went ' +
      'wrong" is a generic summary, so the default is expected (flagged as ambiguous).',
    response: {
      status: 500,
      headers: { 'Content-Type': 'application/json' },
      body: { code: 'internal', msg: 'Something went wrong' },
    },
    expect: { kind: 'server', message: DEFAULT, code: 'internal' },
  },
  {
    id: 'twirp/permission-denied-meta',
    source: 'Twirp',
    url: 'twitchtv/twirp/docs/spec_v7.md@0f72ad6556a7488a82c3c3127371bfe958e9d6f7',
    note:
      'Spec "example with metadata"; permission_denied maps to 403. meta values ("Balrog", "999") are metadata, ' +
      'not messages, so no field errors.',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/json' },
      body: { code: 'permission_denied', msg: 'Thou shall not pass', meta: { target: 'Balrog', power: '999' } },
    },
    expect: { kind: 'forbidden', message: 'Thou shall not pass', code: 'permission_denied' },
  },
  {
    id: 'twirp/invalid-argument-meta-argument',
    source: 'Twirp',
    url: 'hnakamur/hello-twirp/README.md',
    note:
      'curl output of a Twirp Go server (twirp.InvalidArgumentError) in the README; invalid_argument maps to 400 ' +
      'and Twirp errors are application/json. meta.argument names the input the msg is about, so the msg is both ' +
      'the envelope message and the field message for `Subject` (ambiguous: a reader may leave meta alone).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { code: 'invalid_argument', msg: 'Subject must not be poo', meta: { argument: 'Subject' } },
    },
    expect: {
      kind: 'validation',
      message: 'Subject must not be poo',
      fields: [['Subject', 'must not be poo']],
      code: 'invalid_argument',
    },
  },

  // ───────────────────────────── Saleor ─────────────────────────────
  {
    id: 'saleor/permission-denied',
    source: 'Saleor',
    url: 'saleor/saleor-docs/docs/api-usage/error-handling.mdx@a65400715240f9aa92c8cb901af8d782c14e23b0',
    note: 'Query-level permission error from the docs (status not shown; Saleor sends GraphQL errors with 200). The code sits at extensions.exception.code.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: 'You need one of the following permissions: MANAGE_STAFF',
            locations: [{ line: 2, column: 3 }],
            path: ['staffUsers'],
            extensions: { exception: { code: 'PermissionDenied' } },
          },
        ],
        data: { staffUsers: null },
      },
    },
    expect: { kind: 'forbidden', message: 'You need one of the following permissions' },
  },
  {
    id: 'saleor/account-register-unique',
    source: 'Saleor',
    url: 'saleor/saleor-docs/docs/api-usage/error-handling.mdx@a65400715240f9aa92c8cb901af8d782c14e23b0',
    note:
      'Data-level (mutation payload) error from the docs; the query selected only field and code, so the item has ' +
      'no message and its message is made from its code (rule 3). `// highlight-*` comments dropped. UNIQUE on ' +
      'email is a duplicate → conflict (ambiguous: validation is also defensible). Sent with 200.',
    response: {
      status: 200,
      body: {
        data: {
          accountRegister: {
            user: null,
            errors: [{ field: 'email', code: 'UNIQUE' }],
          },
        },
      },
    },
    expect: { kind: 'conflict', message: DEFAULT, fields: [['email', 'unique']] },
  },

  // ───────────────────────────── Hot Chocolate ─────────────────────────────
  {
    id: 'hot-chocolate/variables-not-declared',
    source: 'Hot Chocolate',
    url: 'ChilliCream/graphql-platform/src/HotChocolate/AspNetCore/test/AspNetCore.Tests/__snapshots__/HttpGetMiddlewareTests.SingleRequest_ValidationError.snap@09ea551a3bd0baeb074168f912d3c60b428426b2',
    note:
      'Snapshot records ContentType, StatusCode "BadRequest", Data null and the Errors list; the body is rebuilt ' +
      'from those members. Query-validation text → default.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: {
        data: null,
        errors: [
          {
            message: 'The following variables were not declared: episode.',
            locations: [{ line: 1, column: 21 }],
            extensions: { specifiedBy: 'http://spec.graphql.org/October2021/#sec-All-Variable-Uses-Defined' },
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'hot-chocolate/persisted-query-not-found',
    source: 'Hot Chocolate',
    url: 'ChilliCream/graphql-platform/src/HotChocolate/AspNetCore/test/AspNetCore.Tests/__snapshots__/HttpGetMiddlewareTests.Get_ActivePersistedQuery_NotFound.snap@0c8b4f2d0e7b65b45aa4263f2e5706b22ed13d8b',
    note:
      'Snapshot: StatusCode BadRequest, application/graphql-response+json, Data null. "PersistedQueryNotFound" is a ' +
      'camel-case token, HC0020 an opaque code; a 400 without fields → bad-request.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/graphql-response+json; charset=utf-8' },
      body: { data: null, errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'HC0020' } }] },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'HC0020' },
  },
  {
    id: 'hot-chocolate/operation-kind-not-allowed',
    source: 'Hot Chocolate',
    url: 'ChilliCream/graphql-platform/src/HotChocolate/AspNetCore/test/AspNetCore.Tests/__snapshots__/HttpGetMiddlewareTests.SingleRequest_Mutation_ByDefault_NotAllowed_OnGet.snap@1539d8d14740483c60a130bf931fa085ca7188ca',
    note: 'Mutation sent over GET. Snapshot: StatusCode MethodNotAllowed (405), Data null.',
    response: {
      status: 405,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { data: null, errors: [{ message: 'The specified operation kind is not allowed.' }] },
    },
    expect: { kind: 'bad-request', message: 'operation kind is not allowed' },
  },

  // ───────────────────────────── Mercurius ─────────────────────────────
  {
    id: 'mercurius/syntax-error-400',
    source: 'Mercurius',
    url: 'mercurius-js/mercurius/tap-snapshots/test/routes.js.test.cjs@368b85dd131ee5a1aaca128d850b9171c13c375b',
    note: 'Snapshot "POST return 400 on error". The message is GraphQL parser text → default.',
    response: {
      status: 400,
      body: {
        data: null,
        errors: [{ message: 'Syntax Error: Expected Name, found <EOF>.', locations: [{ line: 1, column: 18 }] }],
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'mercurius/resolver-error-200',
    source: 'Mercurius',
    url: 'mercurius-js/mercurius/tap-snapshots/test/routes.js.test.cjs@368b85dd131ee5a1aaca128d850b9171c13c375b',
    note:
      'Snapshot "POST return 200 on resolver error": partial data, no extensions.code. A 2xx with nothing saying ' +
      "what kind of failure → unknown, but the resolver's sentence is still the message.",
    response: {
      status: 200,
      body: {
        data: { add: null },
        errors: [{ message: 'this is a dummy error', locations: [{ line: 1, column: 2 }], path: ['add'] }],
      },
    },
    expect: { kind: 'unknown', message: 'this is a dummy error' },
  },
  {
    id: 'mercurius/resolver-error-500',
    source: 'Mercurius',
    url: 'mercurius-js/mercurius/tap-snapshots/test-routes.js-TAP.test.js',
    note: 'Older Mercurius snapshot "POST return 500 on resolver error" (no data member then).',
    response: {
      status: 500,
      body: { errors: [{ message: 'this is a dummy error', locations: [{ line: 1, column: 2 }], path: ['add'] }] },
    },
    expect: { kind: 'server', message: 'this is a dummy error' },
  },

  // ───────────────────────────── tRPC ─────────────────────────────
  {
    id: 'trpc/bad-request-docs',
    source: 'tRPC',
    url: 'https://trpc.io/docs/server/error-handling',
    note:
      'Docs example "caused by a bad request input" (httpStatus 400 in data). data.path is the procedure path and ' +
      "there is no structured field, so no field errors; the input library's sentence is the message.",
    response: {
      status: 400,
      body: {
        id: null,
        error: {
          message: '"password" must be at least 4 characters',
          code: -32600,
          data: { code: 'BAD_REQUEST', httpStatus: 400, stack: '...', path: 'user.changepassword' },
        },
      },
    },
    expect: { kind: 'bad-request', message: 'must be at least 4 characters' },
  },
  {
    id: 'trpc/batch-internal-error',
    source: 'tRPC',
    url: 'trpc/trpc/www/docs/further/rpc.md@02986a1fcb547414b8b4b319aa17f7f7736c7bb4',
    note:
      'HTTP RPC spec "Error Response" example: a batch (array) body with the transformer-wrapped `json` member. ' +
      'JSON comments removed. One call in the batch, so its status (500) is the response status. The example pairs ' +
      'code -32600 with data.code INTERNAL_SERVER_ERROR. "Something went wrong" is a generic summary → default.',
    response: {
      status: 500,
      body: [
        {
          id: null,
          error: {
            json: {
              message: 'Something went wrong',
              code: -32600,
              data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, stack: '...', path: 'post.add' },
            },
          },
        },
      ],
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'trpc/zod-input-error-formatter',
    source: 'tRPC',
    url: 'trpc/trpc/packages/tests/server/errors.test.ts@012fea3c75e010c6f95ece5c29baa43366400044',
    note:
      'Error shape from the inline snapshot of test "formatError() simple" (a custom errorFormatter copies the Zod ' +
      "issues to data.errors; the test deletes data.stack), placed in the `{ error }` envelope of tRPC's HTTP wire " +
      'format (trpc.io/docs/server/error-handling); httpStatus 400. The top message is the JSON dump of the Zod ' +
      'issues (developer text). The one issue has `path: []`, i.e. it is form-level, so no field error, and its ' +
      'sentence is the message. BAD_REQUEST is not a validation code → bad-request.',
    response: {
      status: 400,
      body: {
        error: {
          code: -32600,
          data: {
            code: 'BAD_REQUEST',
            errors: [
              {
                code: 'invalid_type',
                expected: 'string',
                message: 'Expected string, received number',
                path: [],
                received: 'number',
              },
            ],
            httpStatus: 400,
            path: 'err',
            type: 'zod',
          },
          message:
            '[\n  {\n    "code": "invalid_type",\n    "expected": "string",\n    "received": "number",\n    "path": [],\n    "message": "Expected string, received number"\n  }\n]',
        },
      },
    },
    expect: { kind: 'bad-request', message: 'Expected string, received number' },
  },
  {
    id: 'trpc/procedure-not-found',
    source: 'tRPC',
    url: 'trpc/trpc/packages/tests/server/errors.test.ts@012fea3c75e010c6f95ece5c29baa43366400044',
    note:
      'Test "make sure object is ignoring prototype": calling a procedure that does not exist. The test snapshots ' +
      'only shape.message and shape.code (-32004, NOT_FOUND); the body keeps just those two members (data trimmed, ' +
      "not reconstructed). NOT_FOUND maps to HTTP 404 in tRPC's code table.",
    response: {
      status: 404,
      body: { error: { message: 'No "query"-procedure on path "toString"', code: -32004 } },
    },
    expect: { kind: 'not-found', message: 'No "query"-procedure on path' },
  },

  // ───────────────────────────── JSON-RPC 2.0 ─────────────────────────────
  {
    id: 'json-rpc/method-not-found',
    source: 'JSON-RPC 2.0',
    url: 'https://www.jsonrpc.org/specification#examples',
    note:
      'Spec example "rpc call of non-existent method" (text retrieved from a repository copy of the spec ' +
      'examples). The spec defines no HTTP status; JSON-RPC over HTTP commonly answers 200, used here. -32601 is a ' +
      'number, not a message; "Method not found" is the spec\'s fixed type-level text for the code → default. ' +
      'Kind not-found is a judgement (an unknown method), bad-request would also be defensible.',
    response: {
      status: 200,
      body: { jsonrpc: '2.0', error: { code: -32601, message: 'Method not found' }, id: '1' },
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'json-rpc/parse-error',
    source: 'JSON-RPC 2.0',
    url: 'https://www.jsonrpc.org/specification#examples',
    note: 'Spec example "rpc call with invalid JSON". Status 200 assumed (see method-not-found). "Parse error" is fixed type-level text.',
    response: {
      status: 200,
      body: { jsonrpc: '2.0', error: { code: -32700, message: 'Parse error' }, id: null },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'json-rpc/invalid-request',
    source: 'JSON-RPC 2.0',
    url: 'https://www.jsonrpc.org/specification#examples',
    note: 'Spec example "rpc call with invalid Request object". Status 200 assumed. "Invalid Request" is a generic summary.',
    response: {
      status: 200,
      body: { jsonrpc: '2.0', error: { code: -32600, message: 'Invalid Request' }, id: null },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Connect ─────────────────────────────
  {
    id: 'connect/unimplemented',
    source: 'Connect',
    url: 'connectrpc/connectrpc.com/docs/protocol.md@08cfe1bb86ba752509a13a9734037bbea4532dfb',
    note:
      'Unary example in the protocol spec (HTTP/1.1 501, application/json). The message names the fully qualified ' +
      'procedure, developer text → default (ambiguous: it is otherwise a plain sentence).',
    response: {
      status: 501,
      headers: { 'Content-Type': 'application/json' },
      body: { code: 'unimplemented', message: 'connectrpc.greet.v1.GreetService/Greet is not implemented' },
    },
    expect: { kind: 'server', message: DEFAULT, code: 'unimplemented' },
  },
  {
    id: 'connect/invalid-argument',
    source: 'Connect',
    url: 'https://connectrpc.com/docs/swift/errors',
    note: 'Example from the Connect-Swift errors page (HTTP/1.1 400 Bad Request, Content-Type application/json).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { code: 'invalid_argument', message: 'sentence cannot be empty' },
    },
    expect: { kind: 'validation', message: 'sentence cannot be empty', code: 'invalid_argument' },
  },
  {
    id: 'connect/unavailable-code-only',
    source: 'Connect',
    url: 'connectrpc/connectrpc.com/docs/protocol.md@08cfe1bb86ba752509a13a9734037bbea4532dfb',
    note:
      '"The simplest form of Error contains just a code". Unary errors must be application/json with the status ' +
      'from the code table (unavailable → 503).',
    response: { status: 503, headers: { 'Content-Type': 'application/json' }, body: { code: 'unavailable' } },
    expect: { kind: 'unavailable', message: DEFAULT, code: 'unavailable' },
  },
  {
    id: 'connect/unavailable-retry-info',
    source: 'Connect',
    url: 'connectrpc/connectrpc.com/docs/protocol.md@08cfe1bb86ba752509a13a9734037bbea4532dfb',
    note:
      'Error with a google.rpc.RetryInfo detail; the binary value is base64 and the JSON form sits under "debug" ' +
      '(retryDelay "30s" → 30 s per rule 4.2). Status 503 from the code table.',
    response: {
      status: 503,
      headers: { 'Content-Type': 'application/json' },
      body: {
        code: 'unavailable',
        message: 'overloaded: back off and retry',
        details: [{ type: 'google.rpc.RetryInfo', value: 'CgIIPA', debug: { retryDelay: '30s' } }],
      },
    },
    expect: { kind: 'unavailable', message: 'overloaded: back off and retry', retry: 30, code: 'unavailable' },
  },

  // ───────────────────────────── gRPC-Gateway ─────────────────────────────
  {
    id: 'grpc-gateway/invalid-argument-strconv',
    source: 'gRPC-Gateway',
    url: 'https://github.com/grpc-ecosystem/grpc-gateway/issues/5787',
    note:
      "Body pasted in the issue (query parameter conversion failure); status not shown, 400 is grpc-gateway's " +
      'mapping for InvalidArgument. The text exposes the Go function strconv.ParseUint → developer text. The ' +
      'numeric code 3 is INVALID_ARGUMENT, but the rules only name the string codes, so a 400 without fields → ' +
      'bad-request (a reader that maps gRPC numbers would say validation).',
    response: {
      status: 400,
      body: { error: 'strconv.ParseUint: parsing "invalid_value": invalid syntax', code: 3 },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'grpc-gateway/unavailable-transport-closing',
    source: 'gRPC-Gateway',
    url: 'https://github.com/grpc-ecosystem/grpc-gateway/issues/728',
    note: "grpc-gateway v1 body (error + message + code) seen with curl when the backend was down; the reporter's clients see 503 Service Unavailable.",
    response: {
      status: 503,
      body: { error: 'transport is closing', message: 'transport is closing', code: 14 },
    },
    expect: { kind: 'unavailable', message: 'transport is closing' },
  },
  {
    id: 'grpc-gateway/unknown-exception-name',
    source: 'gRPC-Gateway',
    url: 'https://github.com/pingcap/tiflow/issues/6879',
    note:
      'v2 body (code/message/details) pasted in the issue: a service error surfaced as code 2 (Unknown), which ' +
      'grpc-gateway maps to 500 (status not shown). The message starts with an exception class name followed by ' +
      'a JSON dump → developer text.',
    response: {
      status: 500,
      body: { code: 2, message: 'JobNotFoundError: {"JobID":"job-1"}', details: [] },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── GraphQL Yoga / Envelop ─────────────────────────────
  {
    id: 'graphql-yoga/masked-unexpected-error',
    source: 'GraphQL Yoga',
    url: 'dotansimha/graphql-yoga/website/src/content/docs/features/error-masking.mdx@8cfd313fc83aece0e3c1de2c3c4affcae692be72',
    note:
      'Masked resolver error (remote service unreachable). The docs show no status; a Yoga changeset states that ' +
      'unexpected errors, masked or not, get HTTP 500. "Unexpected error." is the masking placeholder, a generic ' +
      'summary → default.',
    response: {
      status: 500,
      body: {
        errors: [{ message: 'Unexpected error.', locations: [{ line: 2, column: 3 }], path: ['greeting'] }],
        data: null,
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'graphql-yoga/masked-error-dev-original-error',
    source: 'GraphQL Yoga',
    url: 'dotansimha/graphql-yoga/website/src/content/docs/features/error-masking.mdx@8cfd313fc83aece0e3c1de2c3c4affcae692be72',
    note:
      'Development mode adds extensions.originalError with the fetch failure and its stack (developer text). ' +
      'Status 500 as for the masked error.',
    response: {
      status: 500,
      body: {
        errors: [
          {
            message: 'Unexpected error.',
            locations: [{ line: 2, column: 3 }],
            path: ['greeting'],
            extensions: {
              originalError: {
                message:
                  'request to http://localhost:9876/greeting failed, reason: connect ECONNREFUSED 127.0.0.1:9876',
                stack:
                  'FetchError: request to http://localhost:9876/greeting failed, reason: connect ECONNREFUSED 127.0.0.1:9876\n    at ClientRequest.<anonymous> (C:\\Users\\XXXX\\Projects\\graphql-yoga\\node_modules\\node-fetch\\lib\\index.js:1483:11)\n    at ClientRequest.emit (events.js:376:20)\n    at Socket.socketErrorListener (_http_client.js:475:9)\n    at Socket.emit (events.js:376:20)\n    at emitErrorNT (internal/streams/destroy.js:106:8)\n    at emitErrorCloseNT (internal/streams/destroy.js:74:3)\n    at processTicksAndRejections (internal/process/task_queues.js:82:21)',
              },
            },
          },
        ],
        data: null,
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'graphql-yoga/user-not-found-code',
    source: 'GraphQL Yoga',
    url: 'dotansimha/graphql-yoga/website/src/content/docs/features/error-masking.mdx@8cfd313fc83aece0e3c1de2c3c4affcae692be72',
    note:
      'Expected error exposed with a custom code (section "Error codes and other extensions"); Yoga\'s default ' +
      'status is 200. USER_NOT_FOUND is read as a not-found code on a 2xx.',
    response: {
      status: 200,
      body: {
        errors: [
          {
            message: "User with id '6' not found.",
            locations: [{ line: 2, column: 3 }],
            path: ['user'],
            extensions: { code: 'USER_NOT_FOUND' },
          },
        ],
        data: null,
      },
    },
    expect: { kind: 'not-found', message: "User with id '6' not found", code: 'USER_NOT_FOUND' },
  },

  // ───────────────────────────── Strawberry ─────────────────────────────
  {
    id: 'strawberry/validation-cannot-query-field',
    source: 'Strawberry',
    url: 'strawberry-graphql/strawberry/docs/guides/errors.md@19ee01612fed5c4ab0c492cbd43ba5b0eda41a25',
    note:
      "Docs example of a GraphQL validation error (no extensions.code). The docs show no status; Strawberry's " +
      'JSON views answer execution results with 200, used here. Nothing says what kind of failure → unknown; the ' +
      'text is query-validation text → default.',
    response: {
      status: 200,
      body: {
        data: null,
        errors: [
          { message: "Cannot query field 'hi' on type 'Query'.", locations: [{ line: 2, column: 3 }], path: null },
        ],
      },
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'strawberry/non-null-field',
    source: 'Strawberry',
    url: 'strawberry-graphql/strawberry/docs/guides/errors.md@19ee01612fed5c4ab0c492cbd43ba5b0eda41a25',
    note: 'Type error from the docs: a resolver returned None for a non-null field; execution-engine text for the developer. Status 200 as above.',
    response: {
      status: 200,
      body: {
        data: null,
        errors: [
          {
            message: 'Cannot return null for non-nullable field Query.hello.',
            locations: [{ line: 2, column: 3 }],
            path: ['hello'],
          },
        ],
      },
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'strawberry/unhandled-exception',
    source: 'Strawberry',
    url: 'strawberry-graphql/strawberry/docs/guides/errors.md@19ee01612fed5c4ab0c492cbd43ba5b0eda41a25',
    note: 'Unhandled resolver exception exposed as-is (Exception("Can\'t find user")). Status 200 as above; no code → unknown.',
    response: {
      status: 200,
      body: {
        data: null,
        errors: [{ message: "Can't find user", locations: [{ line: 2, column: 2 }], path: ['user'] }],
      },
    },
    expect: { kind: 'unknown', message: "Can't find user" },
  },

  // ───────────────────────────── AWS AppSync ─────────────────────────────
  {
    id: 'aws-appsync/unauthorized-get-project',
    source: 'AWS AppSync',
    url: 'https://github.com/aws-amplify/amplify-cli/issues/5163',
    note:
      'Response pasted in the issue (AppSync console). AWS documents this as a "200 OK response with an ' +
      'Unauthorized type error": the resolver\'s authorization check refused a signed-in caller, so forbidden ' +
      '(errorType Unauthorized is not one of the rule-1 credential codes; ambiguous).',
    response: {
      status: 200,
      body: {
        data: { getProject: null },
        errors: [
          {
            path: ['getProject'],
            data: null,
            errorType: 'Unauthorized',
            errorInfo: null,
            locations: [{ line: 2, column: 3, sourceName: null }],
            message: 'Not Authorized to access getProject on type Query',
          },
        ],
      },
    },
    expect: { kind: 'forbidden', message: 'Not Authorized to access getProject' },
  },
  {
    id: 'aws-appsync/unauthorized-list',
    source: 'AWS AppSync',
    url: 'https://github.com/aws-amplify/amplify-category-api/issues/2422',
    note: 'Amplify Gen 2 custom query refused by AppSync (names redacted by the reporter as in the issue; the pasted block lacked its closing brace). 200 as above.',
    response: {
      status: 200,
      body: {
        data: { listM_manufacturings: null },
        errors: [
          {
            path: ['listXXXXX'],
            data: null,
            errorType: 'Unauthorized',
            errorInfo: null,
            locations: [{ line: 2, column: 3, sourceName: null }],
            message: 'Not Authorized to access listXXXXX on type Query',
          },
        ],
      },
    },
    expect: { kind: 'forbidden', message: 'Not Authorized to access listXXXXX' },
  },
] satisfies ConformanceCase[];
