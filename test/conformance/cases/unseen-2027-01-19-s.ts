import { DEFAULT, type ConformanceCase } from '../types';

// Sixtieth unseen-API holdout, part S (19 January 2027): error responses recorded by JavaScript client libraries' HTTP
// recordings (nock recordings and nock cassettes), for APIs of any domain that no other case file uses: the Twingly
// Search API (blog search), Azure Key Vault, Azure Key Vault Managed HSM, Azure Digital Twins, Azure Container
// Registry, Azure AI Document Intelligence (Form Recognizer), Azure AI Search and Azure Files, collected to measure how
// the reader does at first sight on APIs it was never tuned on. Every body was copied from a recording of the live
// service named in `url` and `note`: Twingly's own Node client's nock cassette (test/cassettes, recorded with a wrong
// API key), and the Azure SDK for JavaScript's nock recordings (`sdk/*/recordings/node/**/recording_*.js`, which the
// SDK's recorder wrote while its tests ran against the live services: status, response headers and body as
// recorded). Where a recording path holds several versions, `note` names the one copied by its Date or request id.
// Headers were copied only as recorded; Content-Length, Connection and Transfer-Encoding were left out, a header
// recorded twice with one value is given once, and Azure Container Registry's four `Access-Control-Expose-Headers`
// lines are joined with ", " as HTTP folds them; no header was added. No body was trimmed; JSON escapes were decoded.
// Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: HarperDB (a nock.define recording of a local HarperDB server in a client's tests held only
// 200 answers in the part read); Azure AI Metrics Advisor (its recorded 401 is the Cognitive Services gateway's
// "Access denied due to invalid subscription key …", already the body of several cases under other names); AWS
// CloudFormation (a nock.define recording of DescribeStacks' `ValidationError`, "Stack with id doesntexist does not
// exist", with `x-amzn-RequestId`, turned up only as an excerpt the index could not name, so no address to cite);
// Jira (a grunt plugin's recorded 400, but Atlassian Jira is already a source); Amberdata's web3data-js Polly
// recordings (recording.har files found, no error located within the cap); YNAB (only apps' own mocks and the
// generated SDKs' error model, no recorded or documented body with its status); Azure App Configuration, Tables,
// Event Grid, Monitor Query, Text Analytics, Anomaly Detector and Attestation (searches for their recorded errors
// returned other recordings or successes); broad searches for Polly.js `recording.har` files, nock back JSON fixtures
// and recorded 429s outside Azure returned rate-limiter tests, nock's own tests and apps' invented bodies.
//
// The part holds 12 cases from 8 sources, under the brief's aim of 25 from 8: 41 of the 60 look-ups were spent, and
// the part stops there rather than pad, as the last ten searches for other services' recorded errors returned
// successes, recordings already used, or excerpts the index could not name. Outside the Azure SDK's recordings the
// stored corpus named few JavaScript recordings of error responses, so seven of the eight sources are Azure services
// (Microsoft's REST error shapes, an XML storage error, a Docker-registry error list, an OData-style search error, an
// empty 404 and a 401 whose body is the text "OK"). No 429, no 5xx and no field-bound error turned up in a recording.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-19-s`, on 0628d39, src/ unchanged: in the frozen copy /tmp/base60): 10/12 pass, 8 sources
// (kind 12/12, message 10/12, fields 12/12, retry 12/12, logId 8/8, code 5/5). Failing at first sight:
// azure-container-registry/catalog-authentication-required-401 (kept "Authentication required, visit
// https://aka.ms/acr/authorization for more information.", capitalised, where the case reads the 401's own phrase
// followed by a line that only sends the reader to a page, neither a sentence for the person under rule 2.1: the
// default; a judgment call the note names); azure-document-intelligence/invalid-locale-400 (gave the validation
// default, "Check your answers and try again.", reading neither the envelope's generic "Invalid argument." nor the
// inner error's sentence, where the case takes the occurrence's text in `innererror.message`, rule 2.2, after the
// colon that follows the parameter's name). Every other case passed as written, including the judgment calls on Key
// Vault's "Request is missing a Bearer or PoP token." (kept), Managed HSM's "OK" under a JSON content type (the
// default), Twingly's XML "Unauthorized" (the default) and the codes left unstated.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

// Scored in `cases/` the stop it was collected (6 December 2026): read now 11/12 (Azure Container Registry's reason
// phrase with a pointer to a page after a comma, since). Its miss: Document Intelligence's inner message after a
// generic one.

export default [
  // ───────────────────────────── Twingly Search API ─────────────────────────────
  {
    id: 'twingly/invalid-api-key-401-xml',
    source: 'Twingly Search API',
    url: 'twingly/twingly-search-api-node/test/cassettes/search_without_valid_api_key.js',
    note: 'The Node client\'s nock cassette of `GET /blog/search/api/v3/search?apikey=wrong&q=something` on api.twingly.com: `.reply(401, "<?xml …?><error code=\\"40101\\"><message>Unauthorized</message></error>", { server, date, content-type, … })` (the cassette b1e3cb47… in the same folder stores the same body). Headers as recorded except Content-Length and Connection. Kind: 401, unauthenticated (rule 1). Message: "Unauthorized" is the 401\'s reason phrase and a lone word (rule 2.1): the default. No support id in body or headers. Judgment call: no code stated; the error element\'s `code` attribute (a member, rule 3\'s XML note) holds 40101, a vendor number that carries the status (401 and 01), which rule 6 does not settle.',
    response: {
      status: 401,
      headers: {
        server: 'nginx',
        date: 'Fri, 05 May 2017 11:51:05 GMT',
        'content-type': 'application/xml; charset=utf-8',
        'cache-control': 'no-cache',
        pragma: 'no-cache',
        expires: '-1',
      },
      body: '<?xml version="1.0" encoding="utf-8"?><error code="40101"><message>Unauthorized</message></error>',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Azure Key Vault ─────────────────────────────
  {
    id: 'azure-key-vault/key-not-found-404',
    source: 'Azure Key Vault',
    url: 'Azure/azure-sdk-for-js/sdk/keyvault/keyvault-keys/recordings/node/keys_client__restore_keys_and_recover_backups/recording_fails_to_generate_a_backup_of_a_nonexisting_key.js',
    note: 'The SDK\'s nock recording of `POST /keys/key156056287773600801/backup` on a vault (the version recorded on 15 June 2019, x-ms-request-id 5f66d613-…). Headers as recorded except Content-Length and Connection. Kind: 404, not-found (rule 1). Message: "Key not found: key156056287773600801", a sentence naming the key (rule 2.1); the expected substring is its first words. logId: `x-ms-request-id` (rule 5; the body has no id). Code: `error.code`, "KeyNotFound" (rule 6).',
    response: {
      status: 404,
      headers: {
        'Cache-Control': 'no-cache',
        Pragma: 'no-cache',
        'Content-Type': 'application/json; charset=utf-8',
        Expires: '-1',
        Server: 'Microsoft-IIS/10.0',
        'x-ms-keyvault-region': 'westus',
        'x-ms-request-id': '5f66d613-b2da-4ce5-9bad-c4b2d1c91878',
        'x-ms-keyvault-service-version': '1.1.0.866',
        'x-ms-keyvault-network-info': 'addr=108.226.109.105;act_addr_fam=InterNetwork;',
        'X-AspNet-Version': '4.0.30319',
        'X-Powered-By': 'ASP.NET',
        'Strict-Transport-Security': 'max-age=31536000;includeSubDomains',
        'X-Content-Type-Options': 'nosniff',
        Date: 'Sat, 15 Jun 2019 01:41:22 GMT',
      },
      body: { error: { code: 'KeyNotFound', message: 'Key not found: key156056287773600801' } },
    },
    expect: {
      kind: 'not-found',
      message: 'Key not found',
      logId: '5f66d613-b2da-4ce5-9bad-c4b2d1c91878',
      code: 'KeyNotFound',
    },
  },
  {
    id: 'azure-key-vault/missing-bearer-token-401-challenge',
    source: 'Azure Key Vault',
    url: 'Azure/azure-sdk-for-js/sdk/keyvault/keyvault-secrets/recordings/node/secrets_client__long_running_operations__recoverdelete/recording_can_wait_until_a_secret_is_recovered.js',
    note: "The SDK's nock recording of the first, unauthenticated `PUT /secrets/lroRecoverSecretName-…` (Key Vault's challenge: the client sends no token until the 401 names the authority), the version recorded on 28 April 2021 (x-ms-request-id 969bbb86-…). Headers as recorded except Content-Length. Kind: 401, unauthenticated (rule 1). Message: \"Request is missing a Bearer or PoP token.\" is a sentence that names the missing credential (rule 2.1: a credential's name stays). Judgment call: a reader could take it for the 401's reason in other words. logId: `x-ms-request-id`, listed by name in rule 5 ahead of the `…request-id` shape that `x-ms-client-request-id` (the id the client sent) matches. No code stated: `Unauthorized` only restates the 401 (rule 6).",
    response: {
      status: 401,
      headers: {
        'Cache-Control': 'no-cache',
        Pragma: 'no-cache',
        'Content-Type': 'application/json; charset=utf-8',
        Expires: '-1',
        'WWW-Authenticate':
          'Bearer authorization="https://login.windows.net/12345678-1234-1234-1234-123456789012", resource="https://vault.azure.net"',
        'x-ms-keyvault-region': 'eastus',
        'x-ms-client-request-id': '90a12533-e9ef-4cf8-8d09-30601abaecee',
        'x-ms-request-id': '969bbb86-0088-480d-a54f-79c1b274317f',
        'x-ms-keyvault-service-version': '1.2.265.0',
        'x-ms-keyvault-network-info': 'conn_type=Ipv4;addr=24.19.55.121;act_addr_fam=InterNetwork;',
        'X-Powered-By': 'ASP.NET',
        'Strict-Transport-Security': 'max-age=31536000;includeSubDomains',
        'X-Content-Type-Options': 'nosniff',
        Date: 'Wed, 28 Apr 2021 01:30:36 GMT',
      },
      body: { error: { code: 'Unauthorized', message: 'Request is missing a Bearer or PoP token.' } },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Request is missing a Bearer or PoP token',
      logId: '969bbb86-0088-480d-a54f-79c1b274317f',
    },
  },

  // ───────────────────────────── Azure Key Vault Managed HSM ─────────────────────────────
  {
    id: 'azure-key-vault-managed-hsm/challenge-401-ok-text',
    source: 'Azure Key Vault Managed HSM',
    url: 'Azure/azure-sdk-for-js/sdk/keyvault/keyvault-admin/recordings/node/keyvaultaccesscontrolclient_role_assignments/recording_can_create_read_and_delete_role_assignments.js',
    note: 'The SDK\'s nock recording of the first, unauthenticated `GET ///providers/Microsoft.Authorization/roleDefinitions` on a Managed HSM (azure_managedhsm.managedhsm.azure.net): `.reply(401, "OK", [content-type: application/json; charset=utf-8, …, content-length: 2, …])`, the body the two letters "OK" under a JSON content type. No Date was recorded, so the case uses the default clock. Headers as recorded except content-length. Kind: 401, unauthenticated (rule 1). Message: "OK" is a lone word, and the 200\'s reason phrase (rule 2.1), not JSON either: the default. logId: `x-ms-request-id` (rule 5). Judgment call: Managed HSM is counted as its own product (its own endpoint, managedhsm.azure.net, and its own role-based data plane), beside the vaults above.',
    response: {
      status: 401,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-content-type-options': 'nosniff',
        'www-authenticate':
          'Bearer authorization="https://login.microsoftonline.com/12345678-1234-1234-1234-123456789012", resource="https://managedhsm.azure.net"',
        'x-frame-options': 'SAMEORIGIN',
        'x-ms-request-id': 'b5754cbe-605c-11ed-a993-0022488d4c2b',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'content-security-policy': "default-src 'self'",
        'x-ms-build-version': '1.0.20221020-1-945ffe56-develop',
        'cache-control': 'no-cache',
        'x-ms-server-latency': '0',
      },
      body: 'OK',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: 'b5754cbe-605c-11ed-a993-0022488d4c2b' },
  },

  // ───────────────────────────── Azure Digital Twins ─────────────────────────────
  {
    id: 'azure-digital-twins/model-not-found-404',
    source: 'Azure Digital Twins',
    url: 'Azure/azure-sdk-for-js/sdk/digitaltwins/digital-twins-core/recordings/node/digitaltwins_relationships__create_read_list_delete_operations/recording_create_invalid_relationship__invalid_twin_target_id.js@17f19b12fe1b6159c598e83079a308c99aab31dd',
    note: 'The SDK\'s nock recording (9 January 2021) of the test\'s clean-up, `DELETE /models/dtmi%3Asamples%3ADTRelationshipsTestsRoom%3B1` before the model existed. Headers as recorded except Content-Length. Kind: 404, not-found (rule 1). Message: the first sentence, "There is no Model(s) available that matches the provided id(s) …", is for the person; the second names an API call ("Model_List"), and the expected substring is the first. No support id recorded. Code: "ModelNotFound" (rule 6).',
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Strict-Transport-Security': 'max-age=2592000',
        Date: 'Sat, 09 Jan 2021 01:20:56 GMT',
      },
      body: {
        error: {
          code: 'ModelNotFound',
          message:
            'There is no Model(s) available that matches the provided id(s) dtmi:samples:DTRelationshipsTestsRoom;1. Check that the Model ID provided is valid by doing a Model_List API call.',
        },
      },
    },
    expect: {
      kind: 'not-found',
      message: 'There is no Model(s) available that matches the provided id(s)',
      code: 'ModelNotFound',
    },
  },
  {
    id: 'azure-digital-twins/digital-twin-not-found-404',
    source: 'Azure Digital Twins',
    url: 'Azure/azure-sdk-for-js/sdk/digitaltwins/digital-twins-core/recordings/node/digitaltwins_relationships__create_read_list_delete_operations/recording_create_invalid_relationship__invalid_twin_target_id.js@17f19b12fe1b6159c598e83079a308c99aab31dd',
    note: 'The same recording: `DELETE /digitaltwins/DTRelationshipsTestsBuildingTwin` before the twin existed. Headers as recorded except Content-Length. Kind: 404, not-found. Message: a sentence naming the twin, then a plea to verify and a pointer to the docs (rule 2.1); the expected substring is the first sentence. Code: "DigitalTwinNotFound" (rule 6).',
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Strict-Transport-Security': 'max-age=2592000',
        Date: 'Sat, 09 Jan 2021 01:20:56 GMT',
      },
      body: {
        error: {
          code: 'DigitalTwinNotFound',
          message:
            'There is no digital twin instance that exists with the ID DTRelationshipsTestsBuildingTwin. Please verify that the twin id is valid and ensure that the twin is not deleted. See section on querying the twins http://aka.ms/adtv2query.',
        },
      },
    },
    expect: {
      kind: 'not-found',
      message: 'There is no digital twin instance that exists with the ID DTRelationshipsTestsBuildingTwin',
      code: 'DigitalTwinNotFound',
    },
  },
  {
    id: 'azure-digital-twins/target-twin-not-found-put-relationship-404',
    source: 'Azure Digital Twins',
    url: 'Azure/azure-sdk-for-js/sdk/digitaltwins/digital-twins-core/recordings/node/digitaltwins_relationships__create_read_list_delete_operations/recording_create_invalid_relationship__invalid_twin_target_id.js@17f19b12fe1b6159c598e83079a308c99aab31dd',
    note: 'The same recording: `PUT /digitaltwins/DTRelationshipsTestsFloorTwin/relationships/FloorContainsRoom` with `$targetId: "foo"`, a relationship to a twin that does not exist (the test\'s subject). Headers as recorded except Content-Length. Kind: 404, not-found; a code never turns a 404 into another kind (rule 1), though the request\'s input named the missing twin. Message: "The target digital twin is invalid or does not exist", a sentence (rule 2.1). No field: the body names none by structure (rule 3). Code: "TargetDigitalTwinNotFound" (rule 6).',
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Strict-Transport-Security': 'max-age=2592000',
        Date: 'Sat, 09 Jan 2021 01:20:56 GMT',
      },
      body: {
        error: {
          code: 'TargetDigitalTwinNotFound',
          message:
            'The target digital twin is invalid or does not exist Please validate that the target twin is valid and ensure that the target twin is not deleted. See section on querying the twins http://aka.ms/adtv2query .',
        },
      },
    },
    expect: {
      kind: 'not-found',
      message: 'The target digital twin is invalid or does not exist',
      code: 'TargetDigitalTwinNotFound',
    },
  },

  // ───────────────────────────── Azure Container Registry ─────────────────────────────
  {
    id: 'azure-container-registry/catalog-authentication-required-401',
    source: 'Azure Container Registry',
    url: 'Azure/azure-sdk-for-js/sdk/containerregistry/container-registry/recordings/node/anonymous_access_tests/recording_should_list_repositories_with_anonymous_access.js',
    note: 'The SDK\'s nock recording (6 May 2021) of the first, unauthenticated `GET /acr/v1/_catalog` (the registry\'s token challenge). Headers as recorded except Content-Length and Connection; the four `Access-Control-Expose-Headers` lines (Docker-Content-Digest, WWW-Authenticate, Link, X-Ms-Correlation-Request-Id) are joined with ", ", and Strict-Transport-Security, recorded twice with one value, is given once. Kind: 401, unauthenticated (rule 1). Message: "authentication required" is the 401\'s phrase ("Authentication required", rule 2.1) and "visit https://aka.ms/acr/authorization for more information" only sends the reader to a page (rule 2.1): the default. Judgment call: the line could be kept as a sentence. Fields: none; the item\'s `detail` list holds `{ Type, Name, Action }`, the access the token lacks, with no message member (rule 3). logId: `X-Ms-Correlation-Request-Id`, a header named like a request id (rule 5). No code stated: `UNAUTHORIZED` only restates the 401 (rule 6).',
    response: {
      status: 401,
      headers: {
        Server: 'openresty',
        Date: 'Thu, 06 May 2021 00:21:32 GMT',
        'Content-Type': 'application/json; charset=utf-8',
        'Access-Control-Expose-Headers': 'Docker-Content-Digest, WWW-Authenticate, Link, X-Ms-Correlation-Request-Id',
        'Docker-Distribution-Api-Version': 'registry/2.0',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        'Www-Authenticate':
          'Bearer realm="https://myregistry.azurecr.io/oauth2/token",service="myregistry.azurecr.io",scope="registry:catalog:*"',
        'X-Content-Type-Options': 'nosniff',
        'X-Ms-Correlation-Request-Id': '70dcc8af-b0d7-41dc-8c65-d6136577dd41',
      },
      body: {
        errors: [
          {
            code: 'UNAUTHORIZED',
            message: 'authentication required, visit https://aka.ms/acr/authorization for more information.',
            detail: [{ Type: 'registry', Name: 'catalog', Action: '*' }],
          },
        ],
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: '70dcc8af-b0d7-41dc-8c65-d6136577dd41' },
  },

  // ───────────────────────────── Azure AI Document Intelligence ─────────────────────────────
  {
    id: 'azure-document-intelligence/invalid-locale-400',
    source: 'Azure AI Document Intelligence (Form Recognizer)',
    url: 'Azure/azure-sdk-for-js/sdk/formrecognizer/ai-form-recognizer/recordings/node/api_key_analysis_node_content_analysis/recording_invalid_locale_throws.js',
    note: "The SDK's nock recording of `POST /formrecognizer/documentModels/prebuilt-layout:analyze` with an invalid locale, the version recorded on 27 January 2022 (apim-request-id 4350f809-…). Headers as recorded except Transfer-Encoding. Kind: `InvalidArgument` is a validation code (rule 1: `invalid_argument` read without case or separators), and the inner `InvalidParameter` says a parameter is wrong: validation. Message: the envelope's \"Invalid argument.\" is a generic summary (rule 2.1); the inner error's sentence is the occurrence's (rule 2.2), and its part after the colon says what is wrong in a person's words: the expected substring is that part. Fields: none; Locale is named only in the text, no member names a field (rule 3). logId: `apim-request-id`, named like a request id (rule 5). Judgment call: no code stated; the envelope's `InvalidArgument` and the inner error's `InvalidParameter` both qualify and rule 6 names no `innererror`.",
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'x-envoy-upstream-service-time': '113',
        'apim-request-id': '4350f809-6556-4742-bf34-3d00c71c0787',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains; preload',
        'x-content-type-options': 'nosniff',
        Date: 'Thu, 27 Jan 2022 19:13:15 GMT',
      },
      body: {
        error: {
          code: 'InvalidArgument',
          message: 'Invalid argument.',
          innererror: {
            code: 'InvalidParameter',
            message: 'The parameter Locale is invalid: The language code is invalid or not supported.',
          },
        },
      },
    },
    expect: {
      kind: 'validation',
      message: 'The language code is invalid or not supported',
      logId: '4350f809-6556-4742-bf34-3d00c71c0787',
    },
  },

  // ───────────────────────────── Azure AI Search ─────────────────────────────
  {
    id: 'azure-ai-search/index-not-found-404',
    source: 'Azure AI Search',
    url: 'Azure/azure-sdk-for-js/sdk/search/search-documents/recordings/node/searchindexclient_indexes/recording_throws_error_for_invalid_index_object.js',
    note: "The SDK's nock recording of `GET /indexes('garbxyz')`, the version recorded on 2 September 2021 (request-id fa6ad51f-…). Headers as recorded except Content-Length. Kind: 404, not-found (rule 1). Message: \"No index with the name 'garbxyz' was found in the service 'testsearchcases'.\", a sentence (rule 2.1). logId: `request-id` (rule 5). No code stated: `code` is the empty string.",
    response: {
      status: 404,
      headers: {
        'Cache-Control': 'no-cache',
        Pragma: 'no-cache',
        'Content-Type': 'application/json; odata.metadata=minimal',
        'Content-Language': 'en',
        Expires: '-1',
        'request-id': 'fa6ad51f-b816-497c-9a73-7311927018c6',
        'elapsed-time': '20',
        'OData-Version': '4.0',
        'Preference-Applied': 'odata.include-annotations="*"',
        'Strict-Transport-Security': 'max-age=15724800; includeSubDomains',
        Date: 'Thu, 02 Sep 2021 05:58:01 GMT',
      },
      body: {
        error: { code: '', message: "No index with the name 'garbxyz' was found in the service 'testsearchcases'." },
      },
    },
    expect: {
      kind: 'not-found',
      message: "No index with the name 'garbxyz' was found",
      logId: 'fa6ad51f-b816-497c-9a73-7311927018c6',
    },
  },
  {
    id: 'azure-ai-search/document-not-found-404-empty',
    source: 'Azure AI Search',
    url: 'Azure/azure-sdk-for-js/sdk/search/search-documents/recordings/node/searchclient/recording_getdocument_throws_error_for_invalid_getdocument_value.js',
    note: "The SDK's nock recording (27 September 2021) of `GET /indexes('hotel-live-test1')/docs('garbxyz')`: `.reply(404, \"\", [...])`, an empty body with `Content-Length: 0` (left out) and no Content-Type. Kind: 404, not-found (rule 1). Message: nothing in the body: the default (rule 2.4). logId: `request-id` (rule 5).",
    response: {
      status: 404,
      headers: {
        'Cache-Control': 'no-cache',
        Pragma: 'no-cache',
        Expires: '-1',
        'request-id': 'cd48bf47-a760-40c9-b432-2b34c85e668c',
        'elapsed-time': '4',
        'Strict-Transport-Security': 'max-age=15724800; includeSubDomains',
        Date: 'Mon, 27 Sep 2021 23:52:10 GMT',
      },
      body: '',
    },
    expect: { kind: 'not-found', message: DEFAULT, logId: 'cd48bf47-a760-40c9-b432-2b34c85e668c' },
  },

  // ───────────────────────────── Azure Files ─────────────────────────────
  {
    id: 'azure-files/share-not-found-404-xml',
    source: 'Azure Files',
    url: 'Azure/azure-sdk-for-js/sdk/storage/storage-file-share/recordings/node/fileserviceclient/recording_undelete_share_negative.js',
    note: 'The SDK\'s nock recording of `PUT /share159833757028600651` (its query not recorded: the test, "undelete share negative", restores a share that was never deleted), the version recorded on 25 August 2020 against sd-fakestorageaccount (x-ms-request-id def68e88-…). The body\'s `\\n` are the recorded newlines. Headers as recorded except Content-Length. Kind: 404, not-found (rule 1). Message: "The specified share does not exist."; the lines after it label the occurrence for support (`RequestId:`, `Time:`) and are dropped (rule 2.1). logId: `x-ms-request-id` (rule 5; the body\'s RequestId is only text in the message, with the same value). Code: the XML error\'s `Code` element, "ShareNotFound" (rule 6; `x-ms-error-code` says the same).',
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/xml',
        Server: 'Windows-Azure-File/1.0 Microsoft-HTTPAPI/2.0',
        'x-ms-request-id': 'def68e88-501a-0020-69aa-7a4cde000000',
        'x-ms-client-request-id': '9e559064-201a-4ea5-8cff-21ae53bc2fe2',
        'x-ms-version': '2019-12-12',
        'x-ms-error-code': 'ShareNotFound',
        Date: 'Tue, 25 Aug 2020 06:39:29 GMT',
      },
      body: '<?xml version="1.0" encoding="utf-8"?><Error><Code>ShareNotFound</Code><Message>The specified share does not exist.\nRequestId:def68e88-501a-0020-69aa-7a4cde000000\nTime:2020-08-25T06:39:30.2810780Z</Message></Error>',
    },
    expect: {
      kind: 'not-found',
      message: 'The specified share does not exist',
      logId: 'def68e88-501a-0020-69aa-7a4cde000000',
      code: 'ShareNotFound',
    },
  },
] satisfies ConformanceCase[];
