import { DEFAULT, type ConformanceCase } from '../types';

// Seventy-fourth unseen-API holdout, part CC (2 February 2027): error responses of smaller vendors' APIs as they are
// quoted in infrastructure-as-code providers' GitHub issues and kept in their tests, for vendors other than AWS, Azure
// and Google Cloud that no other case file uses: Sysdig (observability and cloud security; its Terraform provider's
// pull requests), LogDNA/Mezmo's Configuration API (observability; its Terraform provider's issues, both captures made
// against IBM Log Analysis, IBM's hosting of LogDNA), Open Telekom Cloud (T-Systems' cloud; its Terraform provider's
// issues and Gardener's OTC issue), Cloud.ru Advanced (formerly SberCloud.Advanced; its Terraform provider's issues and
// one in the Huawei Cloud provider's tracker, run against Cloud.ru's endpoints), ScyllaDB Cloud (database-as-a-service;
// the page Cloudflare answered in front of its API), cloudscale.ch (its Go SDK, which the Terraform provider uses,
// keeps a body in its unit test), phpIPAM (IPAM for network teams; its Terraform provider's issue) and ZeroTier (a VPN
// vendor; a curl capture of the local service API in the vendor's own tracker, the one source outside an IaC
// project). Every body was copied from the public material named in `url` and `note`: Terraform errors and DEBUG lines
// that print the status with the body ("status 400 NOT OK! {…}", "409 Conflict {…}", gophertelekomcloud's and the
// Huawei-derived SDKs' "Bad request with: [POST …], error message: {…}", whose wording is the client's fixed text for
// a 400, "Resource not found" for a 404 and "Action Forbidden" for a 403), a maintainer quoting what the API answered,
// and one unit test body. Headers were copied only where the capture shows them (ZeroTier's); none was added. Values a
// reporter redacted ("76xxxxxxx-…", "xxx") were kept as printed; no test author's placeholder was kept. Every `expect`
// was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Pingdom (go-pingdom's only error body is a test author's "This is an error"), Redis Cloud
// (rediscloud-go-api's tests write empty bodies), UptimeRobot (its 429 is quoted only as a provider's summary line and
// an HTML Content-Type without the body), Imperva Incapsula (`{"res":3015,"res_message":"Internal error",…}` in
// terraform-provider-incapsula#86, with no status, and Imperva's docs give only the ApiResult schema), Outscale,
// Cherry Servers, Magalu Cloud, phpIPAM's other errors and ScyllaDB Cloud's other errors (only the providers' own
// wording, "Error from API (409): …", "(unknown) 409 Conflict - …", `Error "040703": …`, not the body), Spacelift,
// Site24x7, CockroachDB Cloud, Koyeb, Scalr, Aqua Security, VK Cloud, ilert, DevCycle, A10 Thunder, Aviatrix,
// FlexibleEngine (its 429 is quoted only as the provider's line), ngrok (an HTML error page with no status) and
// Uptime.com (nothing with a body and its status in the issues found); Sysdig's `{"errors":[{"reason","message"}]}`
// (only in a unit test with "error1"/"message1"), Sysdig's second 401 capture in its client test (the same body as
// PR #511's), a Cloud.ru DDS 404 (the same body as its RDS one) and the NetApp BlueXP 403 (NetApp is a source);
// OneUptime, StatusCake, Fastly, Auth0, Aiven, Confluent, DigitalOcean, STACKIT, IBM Cloud, Huawei Cloud, Hetzner,
// Scaleway, Railway, Vultr, Zscaler, Netskope, Jamf and Citrix ADC, met in the searches or checked first, are already
// sources. No XML body turned up; one HTML page (ScyllaDB Cloud's Cloudflare 400) and one empty text body
// (ZeroTier's) did.
//
// The part holds 18 cases from 8 sources, under the brief's aim of 25 to 35: 54 of the 60 look-ups were spent, most on
// issue searches whose excerpts stop before the pasted body (the issues corpus prints each thread's opening, not the
// comment that holds the capture) and on vendors whose providers print only their own summary of the error.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-02-cc`, on 6057138, src/ unchanged: in the frozen copy /tmp/base74): 14/18 pass, 8 sources
// (kind 17/18, message 15/18, fields 17/18, retry 18/18, logId 2/2, code 5/5). Failing at first sight:
// logdna/archiving-invalid-input-settings-400 (kept "Invalid input/settings.", which the case reads as rule 2.1's
// generic "Invalid input" with a second noun, the default; a judgment call its note names);
// open-telekom-cloud/ecs-key-name-invalid-400 (kept "The key_name is invalid", a line naming only an input by the API's
// key written as code, the default by the rule row of 6 December 2026); cloud-ru/ims-parameter-name-invalid-400 (kept
// "Parameter(name) is invalid!", a line naming only which parameter is invalid, the default by the same row and rule
// 2.1's "Invalid parameter 'x'"); cloudscale/name-may-not-be-blank-400 (bad-request with no field error: the case reads
// `{ name: "This field may not be blank." }` as a map of field to message, rule 3's `{ "email": "is invalid" }`, which
// makes the 400 a validation failure, rule 1). Every other case passed as written, including the judgment calls on
// Sysdig's "entity already exists", LogDNA's "Rate limit exceeded", OTC's policy line, CSBS's JSON-as-text
// `error_msg` (the default), Cloud.ru's `errorcode` list (no code stated) and duplicate-entry line, and phpIPAM's
// `success: 0` on a 200 (unknown).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Sysdig ─────────────────────────────
  {
    id: 'sysdig/alerts-v2-unauthorized-401',
    source: 'Sysdig',
    url: 'https://github.com/sysdiglabs/terraform-provider-sysdig/pull/511',
    note: 'The pull request ("fix(client): correctly handle nonstandard json errors") prints the provider\'s DEBUG log of a read of `sysdig_monitor_alert_v2_downtime`: the response ends "X-Content-Type-Options: nosniff" and then this body, whose own `status` is 401; the provider\'s client test keeps the same shape sent with "401 Unauthorized" (sysdig/internal/client/v2/client_test.go, another timestamp). No other header shown, none copied. Kind: 401, unauthenticated (rule 1). Message: `error: "Unauthorized"` is the 401\'s reason phrase, and nothing else speaks: the default (rule 2.1). Fields: none (`path` at the top of a body is the request\'s URL path, rule 3). No code stated: "Unauthorized" only restates the status (rule 6). No support id (a `timestamp` is no id).',
    response: {
      status: 401,
      body: { timestamp: 1715251965029, status: 401, error: 'Unauthorized', path: '/api/v2/alerts/46667521' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'sysdig/cloud-auth-account-entity-exists-409',
    source: 'Sysdig',
    url: 'https://github.com/sysdiglabs/terraform-provider-sysdig/pull/455',
    note: 'The pull request ("(secure-onboarding) Handle and populate errors from secure backend") shows what the provider prints once it surfaces the backend\'s answer to creating a `sysdig_secure_cloud_auth_account`: "Error creating resource: 409 Conflict {…}". The `accountId` was redacted by the author ("76xxxxxxx-xxxx-xxxx-xx-xx") and is kept as printed. No header shown. Kind: 409, conflict (rule 1). Message: "entity already exists" says what is wrong with the request (the record is there already) and names no input by its key; kept. Judgment call: it is a short line in small letters, and a reader who reads it as a category line gives the default. Fields: none (`accountId` is data, not an error member). No code, no support id.',
    response: { status: 409, body: { error: 'entity already exists', accountId: '76xxxxxxx-xxxx-xxxx-xx-xx' } },
    expect: { kind: 'conflict', message: 'entity already exists' },
  },

  // ───────────────────────────── LogDNA (Mezmo) Configuration API ─────────────────────────────
  {
    id: 'logdna/archiving-invalid-input-settings-400',
    source: 'LogDNA (Mezmo) Configuration API',
    url: 'https://github.com/logdna/terraform-provider-logdna/issues/74',
    note: 'IBM Schematics running the LogDNA provider prints "Error: POST https://api.us-east.logging.cloud.ibm.com/v1/config/archiving, status 400 NOT OK! {…}" (IBM Log Analysis is IBM\'s hosting of LogDNA; the body is LogDNA\'s Configuration API\'s). No header shown. Kind: 400; `code: "BadRequest"` is the status\'s reason phrase in PascalCase and `status: "error"` a result flag, so no code says more: bad-request (rule 1). Message: "Invalid input/settings." is "Invalid input" (rule 2.1\'s generic summaries) with a second noun; the default. Judgment call: a reader could keep it as a line that names what was invalid. No code stated: `BadRequest` only restates the status (rule 6). No support id.',
    response: { status: 400, body: { error: 'Invalid input/settings.', code: 'BadRequest', status: 'error' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'logdna/config-view-etoomany-429',
    source: 'LogDNA (Mezmo) Configuration API',
    url: 'https://github.com/logdna/terraform-provider-logdna/issues/104',
    note: 'The provider\'s error on reading a `logdna_view` against IBM Log Analysis\'s LogDNA endpoint: "GET https://api.eu-gb.logging.cloud.ibm.com/v1/config/view/xxxxxxx, status 429 NOT OK! {…}" (the view id redacted in the issue; only the URL carries it). No header shown. Kind: 429, rate-limited (rule 1; `ETOOMANY` is no code a row lists, and the status decides). Message: "Rate limit exceeded" names the limit that was reached, not the bare reason phrase; kept, as the corpus keeps AlphaNeural\'s and Homedata\'s same words. Retry: none (no header, no number). Code: `ETOOMANY` (rule 6); the string `status: "429"` restates the status.',
    response: { status: 429, body: { code: 'ETOOMANY', message: 'Rate limit exceeded', status: '429' } },
    expect: { kind: 'rate-limited', message: 'Rate limit exceeded', code: 'ETOOMANY' },
  },

  // ───────────────────────────── Open Telekom Cloud ─────────────────────────────
  {
    id: 'open-telekom-cloud/vpc-api-not-found-404',
    source: 'Open Telekom Cloud',
    url: 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/issues/809',
    note: 'The provider\'s error on creating an `opentelekomcloud_vpc_v1` without a tenant (the URL has an empty project segment): "Error creating OpenTelekomCloud VPC: Resource not found: [POST https://vpc.eu-de.otc.t-systems.com/v1//vpcs], error message: {…}". Status: "Resource not found" is gophertelekomcloud\'s fixed text for a 404 (its ErrDefault404), so 404. No header shown. Kind: 404, not-found (rule 1). Message: "API not found" is a sentence, as rule 2.1 reads "Resource not found"; kept. Support id: the body\'s `request_id` (rule 5). No code.',
    response: { status: 404, body: { message: 'API not found', request_id: '8d5d97e7922979d99a632b0642c85bd3' } },
    expect: { kind: 'not-found', message: 'API not found', logId: '8d5d97e7922979d99a632b0642c85bd3' },
  },
  {
    id: 'open-telekom-cloud/iam-identity-provider-policy-forbidden-403',
    source: 'Open Telekom Cloud',
    url: 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/issues/1641',
    note: 'Creating an `opentelekomcloud_identity_provider_v3`: "Error: error creating identity provider v3: Action Forbidden, error message: {…}". Status: "Action Forbidden" is the client\'s fixed text for a 403 (its ErrDefault403), and the body\'s own `code` is 403. No header shown. Kind: 403, forbidden (rule 1). Message: "Policy doesn\'t allow iam:identityProviders:createIdentityProvider to be performed." says what was refused; kept (judgment call: the action\'s name is written as code, and a reader could take the line for a policy engine\'s report and give the default). `title: "Forbidden"` is the reason phrase. No code stated: the numeric `code` restates the status (rule 6). No support id.',
    response: {
      status: 403,
      body: {
        error: {
          message: "Policy doesn't allow iam:identityProviders:createIdentityProvider to be performed.",
          code: 403,
          title: 'Forbidden',
        },
      },
    },
    expect: { kind: 'forbidden', message: "Policy doesn't allow" },
  },
  {
    id: 'open-telekom-cloud/ecs-key-name-invalid-400',
    source: 'Open Telekom Cloud',
    url: 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/issues/3064',
    note: 'A maintainer\'s answer on a failed CCE node: "When you submit the POST request to https://ecs.eu-de.otc.t-systems.com/v2.1/<project>/servers, and API responds with {…}. This error means that is returned directly by the Open Telekom Cloud API". Status: the body\'s `badRequest` and its `code` "400" (a Nova-style fault); no header shown. Kind: a 400 with no code a row lists and no field errors: bad-request (rule 1). Message: "the key_name is invalid" names only which input is invalid, by the API\'s key written as code: the default (rule 2.1, the row of 6 December 2026). Fields: none (no member names a field). No code stated (the string `code` restates the status). No support id.',
    response: { status: 400, body: { badRequest: { message: 'the key_name is invalid', code: '400' } } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'open-telekom-cloud/ecs-block-device-mapping-invalid-400',
    source: 'Open Telekom Cloud',
    url: 'https://github.com/gardener/gardener-extension-provider-openstack/issues/122',
    note: 'Gardener\'s umbrella issue "Support Open Telekom Cloud (OTC)" lists the identified problems, one of them "VM root disk size is not configurable", with the error the OTC API gave: "error message: {…}" (gophercloud\'s wording). Status: the body\'s `badRequest` and its `code` 400; no header shown. Kind: a 400 with no listed code and no field errors: bad-request (rule 1). Message: the line "Block Device Mapping is Invalid: Boot sequence for the instance and image/block device mapping combination is not valid." is the person\'s, its head naming the setting and its tail what is wrong; the substring is taken from the tail, which either reading keeps. No code stated (the numeric `code` restates the status). No support id.',
    response: {
      status: 400,
      body: {
        badRequest: {
          message:
            'Block Device Mapping is Invalid: Boot sequence for the instance and image/block device mapping combination is not valid.',
          code: 400,
        },
      },
    },
    expect: { kind: 'bad-request', message: 'Boot sequence for the instance and image/block device mapping' },
  },
  {
    id: 'open-telekom-cloud/rds-vpc-not-found-dbs-404',
    source: 'Open Telekom Cloud',
    url: 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/issues/344',
    note: 'Creating an `opentelekomcloud_rds_instance_v3` with a wrong VPC id: the DEBUG line "[DEBUG] OpenTelekomCloud Response Body: {…}" and then "Error creating RdsInstanceV3, err=Error running api(create), err=Resource not found". Status: "Resource not found" is the client\'s fixed text for a 404 (ErrDefault404), so 404. No header shown. Kind: 404, not-found (rule 1; `DBS.200503` is no code a row lists, and none turns a 404 into another kind). Message: "Either the VPC does not exist or does not belong to this user." (rule 2.1). Code: `DBS.200503` (rule 6, `error_code` by its shape). No support id.',
    response: {
      status: 404,
      body: {
        error_code: 'DBS.200503',
        error_msg: 'Either the VPC does not exist or does not belong to this user.',
      },
    },
    expect: { kind: 'not-found', message: 'Either the VPC does not exist', code: 'DBS.200503' },
  },
  {
    id: 'open-telekom-cloud/csbs-resource-in-service-json-text-400',
    source: 'Open Telekom Cloud',
    url: 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/issues/298',
    note: 'Applying an `opentelekomcloud_csbs_backup_policy_v1` a second time: "Error creating Backup Policy : Bad request with: [POST https://xxx.t-systems.com/v1/xxx/policies], error message: {…}". Status: "Bad request with" is the client\'s fixed text for a 400 (ErrDefault400). The reporter replaced the resource and plan ids with "xxx"; kept as printed. No header shown. Kind: 400; `CSBS.6004` is no code a row lists, and text never decides (the JSON inside says "already in service"): bad-request (rule 1). Message: `error_msg` holds JSON as text (`{"msg": …, "plan_id": …}`), developer text (rule 2.3), and nothing else speaks: the default. Judgment call: a reader could dig the `msg` sentence out of the JSON and keep it. Code: `CSBS.6004` (rule 6).',
    response: {
      status: 400,
      body: {
        error_code: 'CSBS.6004',
        error_msg: '{"msg": "The resource xxx is already in service.", "plan_id": "xxx", "plan_name": "backup-daily"}',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'CSBS.6004' },
  },

  // ───────────────────────────── Cloud.ru Advanced (formerly SberCloud.Advanced) ─────────────────────────────
  {
    id: 'cloud-ru/iam-create-user-errorcode-list-400',
    source: 'Cloud.ru Advanced',
    url: 'https://github.com/sbercloud-terraform/terraform-provider-sbercloud/issues/203',
    note: 'Creating a `sbercloud_identity_user`: "Error creating sbercloud iam user: Bad request with: [POST https://iam.ru-moscow-1.hc.sbercloud.ru/v3.0/OS-USER/users], error message: {…}" (the provider is built on the Huawei Cloud SDK, whose "Bad request with" is its fixed text for a 400). No header shown. Kind: a 400 with no field errors and no code a row lists: bad-request (rule 1). Message: the body holds only a number in a list; no sentence: the default (rule 2.4). No code stated: `errorcode` holds a list of one number, which rule 6 names nowhere (judgment call: a reader could read "1115" as the code, as a list holding one code gives it).',
    response: { status: 400, body: { errorcode: ['1115'] } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'cloud-ru/ims-parameter-name-invalid-400',
    source: 'Cloud.ru Advanced',
    url: 'https://github.com/sbercloud-terraform/terraform-provider-sbercloud/issues/379',
    note: 'Looking up a GPU image for a VM: "unable to query images: Bad request with: [GET https://ims.ru-moscow-1.hc.sbercloud.ru/v2/cloudimages?…], request_id: 4813f0dddc0f4a3282fd6defea8ac5ea, error message: {…}". Status: the client\'s "Bad request with", a 400. The request id is printed by the client beside the body, not in it, and its header\'s name is not shown, so no header was added. Kind: 400; `IMG.0017` is no code a row lists: bad-request (rule 1). Message: "parameter(name) is invalid!" names only which parameter is invalid, by the API\'s name: the default (rule 2.1, as "Invalid parameter \'x\'"). Code: `IMG.0017` (rule 6).',
    response: { status: 400, body: { error: { message: 'parameter(name) is invalid!', code: 'IMG.0017' } } },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'IMG.0017' },
  },
  {
    id: 'cloud-ru/iam-identity-provider-duplicate-409',
    source: 'Cloud.ru Advanced',
    url: 'https://github.com/huaweicloud/terraform-provider-huaweicloud/issues/3440',
    note: 'The Huawei Cloud provider pointed at Cloud.ru\'s endpoints (`auth_url = "https://iam.ru-moscow-1.hc.sbercloud.ru/v3"`, `cloud = "hc.sbercloud.ru"`) creating an OIDC `huaweicloud_identity_provider`; its DEBUG log prints "API Response Body: {…}" for the 409 the title names, and the body\'s own `code` is 409. No header shown. Kind: 409, conflict (rule 1). Message: "Conflict occurred attempting to store identity_provider - Duplicate entry: sso-openid" says what is wrong and with which value; kept (judgment call: it names the record type as code, `identity_provider`, and a reader could take it for the store\'s report). `title: "Conflict"` is the reason phrase; `error_code` and `error_msg` are null. No code stated (the numeric `code` restates the status). No support id.',
    response: {
      status: 409,
      body: {
        error: {
          code: 409,
          error_code: null,
          error_msg: null,
          message: 'Conflict occurred attempting to store identity_provider - Duplicate entry: sso-openid',
          title: 'Conflict',
        },
      },
    },
    expect: { kind: 'conflict', message: 'Conflict occurred attempting to store identity_provider' },
  },
  {
    id: 'cloud-ru/rds-binlog-api-not-published-apigw-404',
    source: 'Cloud.ru Advanced',
    url: 'https://github.com/sbercloud-terraform/terraform-provider-sbercloud/issues/306',
    note: 'Refreshing a `sbercloud_rds_instance`: "error getting RDS binlog retention hours: Resource not found: [GET https://rds.ru-moscow-1.hc.sbercloud.ru/v3/…/binlog/clear-policy], request_id: b5722a31…, error message: {…}". Status: "Resource not found" is the client\'s fixed text for a 404. No header shown (the request id is also in the body). Kind: 404, not-found (rule 1). Message: "The API does not exist or has not been published in the environment" (rule 2.1). Code: `APIGW.0101` (rule 6). Support id: the body\'s `request_id` (rule 5). The same body came back for a DDS instance (sbercloud#308); kept once.',
    response: {
      status: 404,
      body: {
        error_msg: 'The API does not exist or has not been published in the environment',
        error_code: 'APIGW.0101',
        request_id: 'b5722a31a69fc4a9d4bc24e14c20ddf1',
      },
    },
    expect: {
      kind: 'not-found',
      message: 'The API does not exist or has not been published',
      code: 'APIGW.0101',
      logId: 'b5722a31a69fc4a9d4bc24e14c20ddf1',
    },
  },

  // ───────────────────────────── ScyllaDB Cloud ─────────────────────────────
  {
    id: 'scylladb-cloud/cloudflare-400-html',
    source: 'ScyllaDB Cloud API',
    url: 'https://github.com/scylladb/terraform-provider-scylladbcloud/issues/29',
    note: 'The provider\'s DEBUG line "[DEBUG] (400) GET https://api.cloud.scylladb.com/account/default:" and the page it received, Cloudflare\'s stock 400 in front of the API (the provider then prints `Error "" (http status 400, …): "". Trace id: "".`). No header shown. Kind: 400 without fields or code: bad-request (rule 1). Message: an HTML page gives no message (rule 2.5): the default. No support id (none in the page).',
    response: {
      status: 400,
      body: '<html>\n<head><title>400 Bad Request</title></head>\n<body>\n<center><h1>400 Bad Request</h1></center>\n<hr><center>cloudflare</center>\n</body>\n</html>\n',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── cloudscale.ch ─────────────────────────────
  {
    id: 'cloudscale/name-may-not-be-blank-400',
    source: 'cloudscale.ch API',
    url: 'cloudscale-ch/cloudscale-go-sdk/cloudscale_test.go@03383828b72efdd37bb30c1bcf8406a5a54ea873',
    note: 'The Go SDK\'s `TestCheckResponse` builds a 400 response with this body and expects `ErrorResponse{StatusCode: 400, Message: {"name": "This field may not be blank."}}`; the text is Django REST framework\'s stock message, which the API sends (not a test author\'s placeholder). No header. Kind: a 400 with a field error: validation (rule 1). Fields: a map of field to message, `name` (rule 3). Message: only a field message, so the default (rule 2.4). No code, no support id.',
    response: { status: 400, body: { name: 'This field may not be blank.' } },
    expect: { kind: 'validation', message: DEFAULT, fields: [['name', 'This field may not be blank']] },
  },

  // ───────────────────────────── phpIPAM ─────────────────────────────
  {
    id: 'phpipam/address-not-found-success-0-200',
    source: 'phpIPAM API',
    url: 'https://github.com/lord-kyron/terraform-provider-phpipam/issues/37',
    note: 'The provider fails to parse the answer for an unallocated address ("JSON parsing error: json: cannot unmarshal number into Go struct field APIResponse.Success of type bool - Response body: {…}"). Status: not printed; phpIPAM\'s API sends its `code` as the HTTP status, so 200 (judgment call, from the body). No header shown. Kind: a 200 whose body says it failed (`success: 0`) without a code or an error status that names what failed: unknown (rule 1; text never decides, and the body\'s `code` is 200). Message: "Address not found" (rule 2.1: a sentence, as "Resource not found" is). No code stated (`code` is the status), no support id (`time` is a duration).',
    response: { status: 200, body: { code: 200, success: 0, message: 'Address not found', time: 0.006 } },
    expect: { kind: 'unknown', message: 'Address not found' },
  },

  // ───────────────────────────── ZeroTier ─────────────────────────────
  {
    id: 'zerotier-one/local-api-401-empty-text',
    source: 'ZeroTier One service API',
    url: 'https://github.com/zerotier/ZeroTierOne/issues/533',
    note: '`curl -vv` against the node\'s local JSON API (`GET http://127.0.0.1:9993/join` with an `X-ZT1-Auth` token, which the same call over IPv6 accepted): "< HTTP/1.1 401 Unauthorized" with the headers copied as printed and no body (Content-Length 0). Kind: 401, unauthenticated (rule 1). Message: no body, the default (rule 2.4). No retry, no support id, no code.',
    response: {
      status: 401,
      headers: {
        'Cache-Control': 'no-cache',
        Pragma: 'no-cache',
        'Content-Type': 'text/plain',
        'Content-Length': '0',
      },
      body: '',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
] satisfies ConformanceCase[];
