import { DEFAULT, type ConformanceCase } from '../types';

// Seventy-third unseen-API holdout, part CB (1 February 2027): error responses of third-party APIs as C#/.NET and Java
// client libraries' tests keep them, from APIs no other case file uses: GSMA Mobile Connect (the operator identity
// service's reference OAuth server, in the Java server-side library's test utilities), and five Azure services whose
// error bodies the Azure SDK for .NET recorded while its live tests ran against them (`tests/SessionRecords/**.json`):
// Azure Table Storage, Azure App Configuration, Azure Remote Rendering, Azure Device Update for IoT Hub and Azure
// Attestation. They were collected to measure how the reader does at first sight on APIs it was never tuned on. Every
// body was copied from the test material named in `url` and `note`: a session record holds the status, the response
// headers and the body as the live service sent them, and the Java library's `RestResponse` fixture holds the status
// and the body the reference server's OAuth library writes (its sentence is that library's, captured live elsewhere).
// Headers were copied only as recorded: Content-Length, Transfer-Encoding, Connection and CORS headers were left out,
// and a `Server` header the recorder split at its space into two values is given as one line with the space; no header
// was added. JSON escapes were decoded; no body was trimmed. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run.
//
// Looked for and dropped: most of the brief's look-ups for RichardSzalay.MockHttp `.Respond(HttpStatusCode.…)`,
// `HttpStatusCode.TooManyRequests`, OkHttp `setResponseCode(422)`/`(429)`, WireMock `bodyFileName`/`withBodyFile`
// error stubs and `"StatusCode": 429` mappings returned bodies test authors made up (`{"error":"codec"}`,
// `{"errors":["nope"]}`, `"Rate limit exceeded"`, `SENTINEL_…`) or vendors already in the corpus (Scryfall, kintone,
// Keycloak, Spotify, Gemini, BunnyCDN, TMDB, Agify, GitHub); exact-path searches for `src/test/resources/error.json`,
// `error_response.json`, `error-response.json`, `json/error.json` and `bad_request.json` named only repositories
// earlier parts mined (WealthEngine, Nitrado, Clearbit, Wattpad, Postcodes.io, Trafiklab, NeverBounce, LBRY, NAV's PDL,
// Backlog, Coinbase) or in-house mediators; FlexiBee/ABRA Flexi (the C# SDK holds only success schemas), Beanstream
// (bambora-na/beanstream-java's tests hold no bodies), Payment Highway and XChange's Bitget module (WireMock successes
// only); GSMA Mobile Connect's other fixtures (a discovery `{"error":"Not_Found_Entity","description":"Operator Not
// Found"}` the test serves with a 200 of its own choosing, a header-only 401 and a bare `unsupported_token_type` whose
// status variants, 400 and 300, the test author chose); Azure Data Lake Storage Gen2 (its dfs endpoint's JSON error is
// already a case under Azure Blob Storage, and its filesystem create answers from the Blob endpoint, already a source);
// the Cosmos DB Table API's twin recordings (Azure Cosmos DB is a source); Azure Confidential Ledger (its recordings
// hold successes and `Loading` polls) and Text Analytics (its errors sit inside 200 batches). No 429, no 5xx and no
// field-bound error turned up in a recording with a body that qualified.
//
// The part holds 9 cases from 6 sources, under the brief's aim of 25 from 8: 55 of the 60 look-ups were spent (one more
// was refused for its arguments and not charged), 34 of them on MockHttp, MockWebServer, WireMock and fixture-path
// searches whose hits were invented bodies or known vendors, before the Azure SDK's .NET session records turned up as
// the one rich vein of vendor-recorded errors; the last ones found only successes, and the part stops there rather
// than pad.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-01-cb`, on c3055ae, src/ unchanged: in the frozen copy /tmp/base73): 7/9 pass, 6 sources
// (kind 9/9, message 7/9, fields 9/9, retry 9/9, logId 6/6, code 5/5). Failing at first sight:
// azure-table-storage/update-condition-not-satisfied-412 (gave the conflict default, "It clashes with something that
// already exists or has just changed.", where the case reads OData v3's `message: { lang, value }` beside its code,
// rule 2 and the twenty-ninth holdout's row, and keeps the sentence before the "RequestId:" and "Time:" labels, rule
// 2.1); azure-table-storage/authorization-permission-mismatch-sas-403 (gave the forbidden default, "Your account does
// not have permission to do this.", for the same reason: the row names that shape beside a `null` code, and the kit
// reads it only there). Every other case passed as written, including the judgment calls on Remote Rendering's
// "cannot be negative" line and its storage-permission sentence kept, App Configuration's `name` read as no field,
// Attestation's `InvalidOperation` as a bad request and its native report as developer text. No expectation was
// changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── GSMA Mobile Connect ─────────────────────────────
  {
    id: 'gsma-mobile-connect/invalid-grant-authorization-code-400',
    source: 'GSMA Mobile Connect',
    url: 'gautamhazari/java_server_side_library/mobile-connect-library/src/test/java/com/gsma/mobileconnect/r2/utils/TestUtils.java@7c76508b476a43755c50beb97186e678f5b74903',
    note: "The GSM Association's Java server-side library (a fork that keeps its copyright and tests): `INVALID_CODE_RESPONSE`, a `RestResponse` built with `HttpStatus.SC_BAD_REQUEST` and this content, the token endpoint's answer to an unknown authorization code. The same file's provider metadata names the reference operator (reference.mobileconnect.io/mobileconnect/index.php/token), a PHP OAuth server; the sentence is the one its OAuth library writes, which another case holds as captured live from an Apache server, so the body is the vendor's, not the test author's. No header shown. Kind: OAuth's `invalid_grant`, a credential code on a 400: unauthenticated (rule 1). Message: `error_description` beats `error` (rule 2.2), a sentence for the person. Code: OAuth's `error` (rule 6).",
    response: {
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description: "Authorization code doesn't exist or is invalid for the client",
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: "Authorization code doesn't exist or is invalid for the client",
      code: 'invalid_grant',
    },
  },

  // ───────────────────────────── Azure Table Storage ─────────────────────────────
  {
    id: 'azure-table-storage/update-condition-not-satisfied-412',
    source: 'Azure Table Storage',
    url: 'Azure/azure-sdk-for-net/sdk/tables/Azure.Data.Tables/tests/SessionRecords/TableClientLiveTests/EntityDeleteRespectsEtag.json@1deecc5f5ed9de95cb9a0274772447fc0556a1c4',
    note: 'The Azure SDK for .NET\'s session record of `EntityDeleteRespectsEtag` against a live storage account (chrissprim.table.core.windows.net): the eighth entry, a DELETE of an entity with `If-Match` set to the entity\'s first ETag after it was replaced, answered 412. Headers as recorded (Transfer-Encoding left out; `Server` recorded as two values, given as one line). Kind: 412, conflict (rule 1; `UpdateConditionNotSatisfied` is no code the table sorts). Message: OData v3\'s `message.value` (the README reads `message: { lang, value }`), its sentence with the "RequestId:…" and "Time:…" lines after it dropped as labels of the occurrence (rule 2.1). Judgment call: a reader could take the sentence for the 412\'s own phrase ("Precondition Failed") in other words and give the default; the rules name only HTTP\'s own definition of a status so. logId: `x-ms-request-id` (rule 5; the body has no id member, and the header outranks an id labelled in text; the two are the same). Code: `odata.error.code` (rule 6).',
    response: {
      status: 412,
      headers: {
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json; odata=fullmetadata; streaming=true; charset=utf-8',
        Date: 'Thu, 30 Apr 2020 22:03:12 GMT',
        Server: 'Windows-Azure-Table/1.0 Microsoft-HTTPAPI/2.0',
        'X-Content-Type-Options': 'nosniff',
        'x-ms-client-request-id': 'aa62eb6cc0fbbf1ba0066a0d7763f44a',
        'x-ms-request-id': '75a49a95-6002-007c-5a3b-1f7c1e000000',
        'x-ms-version': '2019-02-02',
      },
      body: {
        'odata.error': {
          code: 'UpdateConditionNotSatisfied',
          message: {
            lang: 'en-US',
            value:
              'The update condition specified in the request was not satisfied.\nRequestId:75a49a95-6002-007c-5a3b-1f7c1e000000\nTime:2020-04-30T22:03:13.2443954Z',
          },
        },
      },
    },
    expect: {
      kind: 'conflict',
      message: 'The update condition specified in the request was not satisfied',
      logId: '75a49a95-6002-007c-5a3b-1f7c1e000000',
      code: 'UpdateConditionNotSatisfied',
    },
  },
  {
    id: 'azure-table-storage/authorization-permission-mismatch-sas-403',
    source: 'Azure Table Storage',
    url: 'Azure/azure-sdk-for-net/sdk/tables/Azure.Data.Tables/tests/SessionRecords/TableClientLiveTests/ValidateSasCredentials.json@0d73377ff9a1a1e3bb3b06457ce3e192c601e2d3',
    note: 'The session record of `ValidateSasCredentials` against a live storage account: the third entry, a PUT of an entity with a read-only SAS (`sp=r`), answered 403. Headers as recorded (Transfer-Encoding left out; `Server` given as one line). Kind: 403, forbidden (rule 1; `AuthorizationPermissionMismatch` names no kind the 403 does not). Message: OData v3\'s `message.value`, its "RequestId:…" and "Time:…" lines dropped (rule 2.1): a sentence that says what was refused and why, so it stays on a 403. logId: `x-ms-request-id` (rule 5). Code: `odata.error.code` (rule 6).',
    response: {
      status: 403,
      headers: {
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json; odata=fullmetadata; streaming=true; charset=utf-8',
        Date: 'Wed, 06 May 2020 20:08:07 GMT',
        Server: 'Windows-Azure-Table/1.0 Microsoft-HTTPAPI/2.0',
        'X-Content-Type-Options': 'nosniff',
        'x-ms-client-request-id': 'ef072e62cb4ed7d6a6d2ca6075ab0c4d',
        'x-ms-request-id': '2de3622b-f002-0071-05e2-23b6d1000000',
        'x-ms-version': '2019-02-02',
      },
      body: {
        'odata.error': {
          code: 'AuthorizationPermissionMismatch',
          message: {
            lang: 'en-US',
            value:
              'This request is not authorized to perform this operation using this permission.\nRequestId:2de3622b-f002-0071-05e2-23b6d1000000\nTime:2020-05-06T20:08:07.8417310Z',
          },
        },
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'This request is not authorized to perform this operation using this permission',
      logId: '2de3622b-f002-0071-05e2-23b6d1000000',
      code: 'AuthorizationPermissionMismatch',
    },
  },

  // ───────────────────────────── Azure App Configuration ─────────────────────────────
  {
    id: 'azure-app-configuration/key-locked-problem-409',
    source: 'Azure App Configuration',
    url: 'Azure/azure-sdk-for-net/sdk/appconfiguration/Azure.Data.AppConfiguration/tests/SessionRecords/ConfigurationLiveTests/DeleteSettingReadOnly.json@27502545f0398a96737704cab41a2919ebc2c939',
    note: "The session record of `DeleteSettingReadOnly` against a live store (….azconfig.io): the third entry, a DELETE of a setting the test had locked, answered 409 with `application/problem+json`. Headers as recorded, the three `Access-Control-*` headers, Connection and Transfer-Encoding left out. Kind: 409, conflict (rule 1). Message: the problem's `detail`, the occurrence's text, beats its `title` (rule 2.2); a sentence telling the person what to do. Fields: none; `name` holds the key the problem is about, a resource's name, and no rule reads a problem's `name` as a field (rule 3 reads `param`, `parameter`, `field`, `fieldName`, `argument`, `var_name`). Judgment call: a reader could read `name` beside the problem as the field it is about. logId: `x-ms-request-id` (rule 5; `x-ms-correlation-request-id` holds the same value). No code stated: the problem `type` (`https://azconfig.io/errors/key-locked`) is the only code, and the corpus reads a type URI both whole and by its last segment, so rule 6 leaves doubt.",
    response: {
      status: 409,
      headers: {
        'Content-Type': 'application/problem+json; charset=utf-8',
        Date: 'Mon, 08 Feb 2021 19:06:20 GMT',
        Server: 'openresty/1.17.8.2',
        'Strict-Transport-Security': 'max-age=15724800; includeSubDomains',
        'x-ms-client-request-id': 'c12ce3a8208d9feef7661e3deefc06e6',
        'x-ms-correlation-request-id': '037c4fe2-4470-4611-b82d-9471d8a53049',
        'x-ms-request-id': '037c4fe2-4470-4611-b82d-9471d8a53049',
        'x-ms-tenant-name': 'pakrymappconfiguration-azconfig-net',
      },
      body: {
        type: 'https://azconfig.io/errors/key-locked',
        title: "Modifing key 'key-127278410' is not allowed",
        name: 'key-127278410',
        detail: 'The key is read-only. To allow modification unlock it first.',
        status: 409,
      },
    },
    expect: {
      kind: 'conflict',
      message: 'The key is read-only. To allow modification unlock it first.',
      logId: '037c4fe2-4470-4611-b82d-9471d8a53049',
    },
  },

  // ───────────────────────────── Azure Remote Rendering ─────────────────────────────
  {
    id: 'azure-remote-rendering/negative-max-lease-time-400',
    source: 'Azure Remote Rendering',
    url: 'Azure/azure-sdk-for-net/sdk/remoterendering/Azure.MixedReality.RemoteRendering/tests/SessionRecords/RemoteRenderingLiveTests/TestFailedSessionRequest.json@75403a5e9ab481372b55bcda7e3c4d0ef4b41f48',
    note: 'The session record of `TestFailedSessionRequest` against the live service (remoterendering.westeurope.mixedreality.azure.com): a PUT of a session with `maxLeaseTimeMinutes: -4`, answered 400. Headers as recorded (Content-Length left out). Kind: a 400 without field errors whose code, `BadRequest`, only restates the status: bad-request (rule 1). Fields: none (`target` is null). Message: "The maxLeaseTimeMinutes value cannot be negative." says what the value must not be, more than which input is invalid, so the rule row of 6 December 2026 does not make it the default. Judgment call: the line names the input by the API\'s camel-case key, which the person never typed, and a reader could read "cannot be negative" as the 64th holdout\'s "cannot be blank" and give the default. No code stated (`BadRequest` restates the status, rule 6). No logId stated: `MS-CV` is a correlation vector no rule 5 name covers.',
    response: {
      status: 400,
      headers: {
        'api-supported-versions': '2021-01-01-preview, 2021-01-01',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Fri, 29 Jan 2021 16:07:43 GMT',
        'MS-CV': '+4U9n+1jNUS1W/ipHGuszw.0',
        'X-Content-Type-Options': 'nosniff',
      },
      body: {
        error: {
          code: 'BadRequest',
          message: 'The maxLeaseTimeMinutes value cannot be negative.',
          details: null,
          target: null,
          innerError: null,
        },
      },
    },
    expect: { kind: 'bad-request', message: 'The maxLeaseTimeMinutes value cannot be negative' },
  },
  {
    id: 'azure-remote-rendering/delegated-resource-access-error-403',
    source: 'Azure Remote Rendering',
    url: 'Azure/azure-sdk-for-net/sdk/remoterendering/Azure.MixedReality.RemoteRendering/tests/SessionRecords/RemoteRenderingLiveTests/TestFailedConversionsNoAccess.json@1cceaacd8a63cd7617cd5ddfbd53db65515e6c59',
    note: 'The session record of `TestFailedConversionsNoAccess`: a PUT of an asset conversion whose input and output storage container the account was given no access to, answered 403. Headers as recorded (Content-Length left out). Kind: 403, forbidden (rule 1). Message: the two sentences of `error.message`, which say what was refused and what to check. Judgment call: a reader could read "Error accessing connected storage account …" as a service\'s failure to reach another (rule 2.3) and give the default; the storage account is the person\'s own resource and the line asks them to grant it permissions. Code: `error.code` (rule 6). No logId stated (`MS-CV` only).',
    response: {
      status: 403,
      headers: {
        'api-supported-versions': '2021-01-01-preview, 2021-01-01',
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Fri, 29 Jan 2021 15:49:14 GMT',
        'MS-CV': '1ZKa7etFS02Ejuo3kLRV/g.0',
        'X-Content-Type-Options': 'nosniff',
      },
      body: {
        error: {
          code: 'DelegatedResourceAccessError',
          message:
            'Error accessing connected storage account due to insufficient permissions. Check if the Mixed Reality resource has correct permissions assigned.',
        },
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'due to insufficient permissions',
      code: 'DelegatedResourceAccessError',
    },
  },

  // ───────────────────────────── Azure Device Update for IoT Hub ─────────────────────────────
  {
    id: 'azure-device-update/device-not-found-problem-404',
    source: 'Azure Device Update for IoT Hub',
    url: 'Azure/azure-sdk-for-net/sdk/deviceupdate/Azure.IoT.DeviceUpdate/tests/SessionRecords/DeviceManagementClientTest/GetDevice_NotFound.json@11e7049d0866494b6f02252bd3281efc7342f800',
    note: "The session record of `GetDevice_NotFound` against a live instance (adu-sdk-testing.api.adu.microsoft.com, api-version 2022-10-01): a GET of device `foo`, answered 404 with ASP.NET Core's default problem details. Headers as recorded (Content-Length left out). Kind: 404, not-found. Message: `title` is the bare reason phrase: the default (rule 2.1). logId: the body's own `traceId` wins over the headers (rule 5; the corpus states ASP.NET's `traceId` whole). No code stated: the problem `type` links the HTTP specification's section for the status, which says no more than the status (the sixty-seventh holdout's row).",
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/problem+json; charset=utf-8',
        Date: 'Wed, 10 Aug 2022 00:40:39 GMT',
        'mise-correlation-id': '3a75368b-ceee-4979-b706-e2d23ec59042',
        traceparent: '00-b9e9c514a9e00fa188044850b7c25498-59de0a79d712bec8-00',
      },
      body: {
        type: 'https://tools.ietf.org/html/rfc7231#section-6.5.4',
        title: 'Not Found',
        status: 404,
        traceId: '00-b9e9c514a9e00fa188044850b7c25498-5f91f8b32fc4b74e-00',
      },
    },
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      logId: '00-b9e9c514a9e00fa188044850b7c25498-5f91f8b32fc4b74e-00',
    },
  },
  {
    id: 'azure-device-update/update-version-not-found-problem-404',
    source: 'Azure Device Update for IoT Hub',
    url: 'Azure/azure-sdk-for-net/sdk/deviceupdate/Azure.IoT.DeviceUpdate/tests/SessionRecords/DeviceUpdateClientTest/GetUpdate_NotFound.json@0a47496b7f00e8c3e02720bfa8381ec40f0b46e9',
    note: "The session record of `GetUpdate_NotFound` (api-version 2022-07-01-preview): a GET of update `foo/bar/1.2`, answered 404 with the same default problem details. Headers as recorded (Content-Length left out). Kind: not-found. Message: the bare reason phrase in `title`: the default (rule 2.1). logId: the body's `traceId` (rule 5). No code stated (the `type` links RFC 7231's section for the status).",
    response: {
      status: 404,
      headers: {
        'Cache-Control': 'max-age=60, private',
        'Content-Type': 'application/problem+json; charset=utf-8',
        Date: 'Fri, 01 Jul 2022 21:48:02 GMT',
        'mise-correlation-id': 'aa79ebb6-8a34-4dbb-83a3-0e846f37ac10',
        traceparent: '00-c39277f611a78340ab4fcfbc1d775d82-26935a5055e6b742-00',
      },
      body: {
        type: 'https://tools.ietf.org/html/rfc7231#section-6.5.4',
        title: 'Not Found',
        status: 404,
        traceId: '00-c39277f611a78340ab4fcfbc1d775d82-6f1c33c902cc334a-00',
      },
    },
    expect: {
      kind: 'not-found',
      message: DEFAULT,
      logId: '00-c39277f611a78340ab4fcfbc1d775d82-6f1c33c902cc334a-00',
    },
  },

  // ───────────────────────────── Azure Attestation ─────────────────────────────
  {
    id: 'azure-attestation/unsigned-policy-isolated-native-400',
    source: 'Azure Attestation',
    url: 'Azure/azure-sdk-for-net/sdk/attestation/Azure.Security.Attestation/tests/SessionRecords/PolicyGetSetTests/SetPolicyUnsecuredIsolated.json@0bdd5e7a1bffd080739006600a6995c34260d946',
    note: 'The session record of `SetPolicyUnsecuredIsolated` against a live attestation provider in isolated mode (….wus.attest.azure.net): a PUT of an unsigned policy JWS (`alg: none`), answered 400. Headers as recorded (Content-Length left out). Kind: a 400 without field errors: bad-request (rule 1). Judgment call: `InvalidOperation` begins with "Invalid" but names the operation, not an input, so it is no validation code (rule 1 reads an `invalid` code that names the request as a whole as a bad request). Message: the enclave\'s native report, source files and lines (`..\\Enclave\\enclave.cpp(2359)`), HRESULTs and a JWS named in it: developer text (rule 2.3 and the forty-first holdout\'s row on a native library\'s source file and line); the default. The bracketed "Unsigned JWS specified but enclave is configured with signing certificates." is part of that report. Code: `error.code` (rule 6). logId: `x-ms-request-id`, whose value is a W3C traceparent, given as sent (rule 5).',
    response: {
      status: 400,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        Date: 'Tue, 30 Mar 2021 23:42:11 GMT',
        Server: 'Kestrel',
        'x-ms-maa-service-version': '1.10.01516.0001',
        'x-ms-request-id': '00-82b3a084aef0004ba8c63c2c041aa053-60603c0281644c49-00',
      },
      body: {
        error: {
          code: 'InvalidOperation',
          message:
            'Native operation failed with 74: ..\\Enclave\\enclave.cpp(2359)\\(null)!: (caller: ) Exception(0) 83FF004A Bad message    Msg:[Unsigned JWS specified but enclave is configured with signing certificates.] \n\r\n..\\Enclave\\api.cpp(663)\\(null)!: (caller: ) LogHr(0) 83FF004A Bad message    Msg:[Unhandled Enclave Exception: "Bad message"] \n\r\n',
        },
      },
    },
    expect: {
      kind: 'bad-request',
      message: DEFAULT,
      logId: '00-82b3a084aef0004ba8c63c2c041aa053-60603c0281644c49-00',
      code: 'InvalidOperation',
    },
  },
] satisfies ConformanceCase[];
