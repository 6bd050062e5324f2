import { DEFAULT, type ConformanceCase } from '../types';

// Unseen-API holdout, part P (8 December 2026): public-sector, open-data and science APIs that no other case file uses
// (Socrata SODA, Semantic Scholar Academic Graph API, OpenAlex, iNaturalist API, Sentinel Hub, US Census Bureau Data
// API, OpenFEC API, ClinicalTrials.gov API, NASA APOD API, Congress.gov API, Eurostat Statistics API, Ensembl REST API,
// NOAA NCEI Climate Data Online API), collected to measure how the reader does at first sight on APIs it was never
// tuned on. Crossref, DataCite, GBIF, NCBI E-utilities, Zenodo, ORCID, arXiv, CKAN, Europeana, the National Weather
// Service and api.data.gov (the gateway in front of NASA's, FEC's and Congress.gov's keys, whose `API_KEY_*` bodies
// were therefore not used) are already sources elsewhere. openFDA, the UK Police API, World Bank, Europe PMC, Open
// Library, Internet Archive, USGS, PubChem, UniProt and Copernicus' Climate Data Store were looked for and dropped:
// openFDA's and the UK Police API's error bodies were not found in a capture; World Bank's 200-with-`message` body and
// PubChem's `Fault` body were found only in files the index could not name by repository and path; the others showed no
// whole body with its status. Two US Census text bodies ("error: error: unknown variable …", "error:
// unknown/unsupported geography heirarchy") were dropped because only a third-party client's PR, not the capture nor
// Census' docs, gives their status. The collection stopped at 31 cases from 13 APIs, short of the 35 aimed at, because
// the task's time budget ran out (not the search budget). Every body and header was copied from the public material
// named in `url`: vendor docs that print an error (Socrata, OpenAlex), a client library's recorded cassettes (Semantic
// Scholar, in danielnsilva/semanticscholar) and recorded payloads (NASA APOD, in kernjackson/SpacePod), a client's test
// that replays the service's body (Sentinel Hub, in openeo-geotrellis-extensions), and public issues that paste a
// captured response (the rest). Trims, a body rebuilt from what a client printed, and any status taken from elsewhere
// than the capture, are said in `note`. Every `expect` was written from the source and test/conformance/README.md
// before the kit was run on it.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-08-p`, on the working tree of 8 December 2026 at 09f20aa with other engineers' uncommitted
// changes to src/core/kinds.ts, read.ts and text.ts in it): 22/31 pass, 13 sources (kind 30/31, message 23/31, fields
// 30/31, retry 31/31, logId 3/3, code 7/7). Failing at first sight: socrata/query-compiler-malformed-400 (`data.query`,
// the echoed query, read as a field error holding the query: validation and an invented field);
// inaturalist/v2-additional-properties-400 and inaturalist/v2-response-validation-500 (Ajv's schema-validator reports
// kept as the message, rule 2.3); sentinel-hub/renderer-upstream-404-500 (the report of an S3 call that answered 404
// kept, rule 2.3); nasa-apod/internal-service-error-500 ("Internal Service Error" kept, generic by rule 2.1);
// congress-gov/unbound-local-error-500 and congress-gov/no-reverse-match-500 (Python's UnboundLocalError and Django's
// NoReverseMatch texts kept, rule 2.3); eurostat/invalid-query-dimension-400 and eurostat/dataset-not-available-404
// (the lone item's `label` under `error` not read as its sentence: a stock status text, "Check your answers and try
// again." and "It may have been moved or deleted.", in its place). No expectation was changed after the run.
//
// Measured again by the engineer on clean worktrees of 09f20aa and of 2d7b1a2 (no uncommitted change), with the
// same result, 22/31; the eighteenth holdout as a whole: 57/74 at first sight (parts P 22/31, K 14/21, T 21/22).
//
// Read now, after the changes its misses led to: 30/31 (Ajv's and Python jsonschema's reports, a report of another
// service's HTTP status after its URL and an exception's class in parentheses after its text as developer text;
// "Internal Service Error" as generic; JSON-stat's `label` as the error's sentence). Still read wrong:
// socrata/query-compiler-malformed-400 (the echoed query under `data` is read as a field's message: a field map's
// values are not judged for developer text, as a validator writes them for the field).

export default [
  // ───────────────────────────── Socrata SODA ─────────────────────────────
  {
    id: 'socrata/query-compiler-malformed-400',
    source: 'Socrata SODA',
    url: 'https://dev.socrata.com/docs/response-codes.html',
    note: 'The docs\' "standard error message format" example ("For any variety of error, we return a standard error message format that looks like the following"). The example prints no status; the same page\'s table gives 400 for a malformed request ("Probably your request was malformed. See the error message in the body for details"). The message is about the SoQL query the person wrote, not a request body the server could not read, so it is read as the sentence (rule 2.3 names a body the server could not parse, not a query language\'s own error). `data.query` echoes the query: a value that is no message, so no field (rule 3: maps of path to messages only when the values look like messages). `code` is the explicit code member (rule 6).',
    response: {
      status: 400,
      body: {
        code: 'query.compiler.malformed',
        error: true,
        message: 'Could not parse SoQL query "select * where string_column > 42"',
        data: { query: 'select * where string_column > 42' },
      },
    },
    expect: { kind: 'bad-request', message: 'Could not parse SoQL query', code: 'query.compiler.malformed' },
  },

  // ───────────────────────────── Semantic Scholar ─────────────────────────────
  {
    id: 'semantic-scholar/unrecognized-fields-400',
    source: 'Semantic Scholar Academic Graph API',
    url: 'danielnsilva/semanticscholar/tests/data/test_bad_query_parameters.yaml@69ef3ee7aba2726079d8c11dfe3c572213dfd5a8',
    note: "The client's recorded VCR cassette for GET /graph/v1/paper/…?fields=unknown: status_code 400 and this content. Headers as recorded (the x-amzn-Remapped-* copies and Connection trimmed). The field named is only inside the sentence, and `fields` is a query parameter named in text, so no field error and no validation kind (rules 1, 3). No body id: the support id is `x-amzn-RequestId`, which rule 5 lists before `x-amz-cf-id`.",
    response: {
      status: 400,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Content-Length': '58',
        'Content-Type': 'application/json',
        Date: 'Wed, 13 Sep 2023 21:45:56 GMT',
        Via: '1.1 b6217766ccd41d69658fea04297b7c24.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Id': 'e98Cj3bmP0ZHX6Rnclk_otvw6ewcsdlwsG8n39gdGfJRnQzxR4mtkA==',
        'X-Amz-Cf-Pop': 'EWR50-C1',
        'X-Cache': 'Error from cloudfront',
        'x-amz-apigw-id': 'LNwPSGY9PHcFsFA=',
        'x-amzn-RequestId': '8b2f928e-25d9-4784-a3b5-375ae7ba5641',
      },
      body: { error: 'Unrecognized or unsupported fields: [unknown]' },
    },
    expect: {
      kind: 'bad-request',
      message: 'Unrecognized or unsupported fields: [unknown]',
      logId: '8b2f928e-25d9-4784-a3b5-375ae7ba5641',
    },
  },
  {
    id: 'semantic-scholar/paper-not-found-404',
    source: 'Semantic Scholar Academic Graph API',
    url: 'danielnsilva/semanticscholar/tests/data/test_not_found.yaml@202945c188a77e859ed36be054014901547887e3',
    note: "The cassette's first interaction (GET /graph/v1/paper/0?fields=…): status_code 404 and this content. Headers as recorded (the x-amzn-Remapped-* copies and Connection trimmed). Support id from `x-amzn-RequestId` (rule 5).",
    response: {
      status: 404,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Content-Length': '38',
        'Content-Type': 'application/json',
        Date: 'Fri, 01 Dec 2023 02:36:20 GMT',
        Via: '1.1 1cade90c506e3a5b44b4196f2bc2fb5c.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Id': 'zRXQvI7PdAbfeI4ae11IrzYz5c-XWul_pLcfkPK75EPF1IayiU32zg==',
        'X-Amz-Cf-Pop': 'GRU3-P4',
        'X-Cache': 'Error from cloudfront',
        'x-amz-apigw-id': 'PPf5sGSwvHcEltg=',
        'x-amzn-RequestId': '7e9f485a-d5fa-43d7-a849-ab681e38ff00',
      },
      body: { error: 'Paper with id 0 not found' },
    },
    expect: { kind: 'not-found', message: 'Paper with id 0 not found', logId: '7e9f485a-d5fa-43d7-a849-ab681e38ff00' },
  },
  {
    id: 'semantic-scholar/too-many-requests-apply-for-key-429',
    source: 'Semantic Scholar Academic Graph API',
    url: 'https://github.com/SakanaAI/AI-Scientist/issues/84',
    note: 'The issue\'s log: "Response Status Code: 429" and "Response Content: {…}". The leading reason phrase "Too Many Requests." only restates the status and is dropped (rule 2.1); the rest is the sentence, and the link after it is text (rule 5 concerns markup, this is a bare URL). `code: "429"` only restates the status, so no code is stated (rule 6). No Retry-After, reset header or wait in the text: no retry time (rule 4).',
    response: {
      status: 429,
      body: {
        message:
          'Too Many Requests. Please wait and try again or apply for a key for higher rate limits. https://www.semanticscholar.org/product/api#api-key-form',
        code: '429',
      },
    },
    expect: { kind: 'rate-limited', message: 'apply for a key for higher rate limits' },
  },
  {
    id: 'semantic-scholar/too-many-requests-gateway-429',
    source: 'Semantic Scholar Academic Graph API',
    url: 'https://github.com/blackadad/paper-scraper/issues/3',
    note: 'The issue prints the body (`{"message":"Too Many Requests"}`) and aiohttp\'s response line `[429 ]` with its headers (all kept). A bare reason phrase is no message: the default (rule 2.1). `x-amzn-ErrorType` gives the code without its namespace (rule 6); `x-amzn-RequestId` the support id (rule 5). No wait anywhere: no retry time.',
    response: {
      status: 429,
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': '31',
        Connection: 'keep-alive',
        Date: 'Tue, 28 Feb 2023 22:02:05 GMT',
        'x-amzn-RequestId': 'b1f264a0-c316-4c37-ba98-c9f715f0570d',
        'x-amzn-ErrorType': 'TooManyRequestsException',
        'x-amz-apigw-id': 'BEf6lHMjPHcF6Sg=',
        'X-Cache': 'Error from cloudfront',
        Via: '1.1 487e313569291f74bde8bb30db9e6efa.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Pop': 'ARN54-C1',
        'X-Amz-Cf-Id': 'f5E67rhjzpuYrO-47Ax_PpUZjc-BIrsna6mCandN8g0QpRE02DCXCQ==',
      },
      body: { message: 'Too Many Requests' },
    },
    expect: {
      kind: 'rate-limited',
      message: DEFAULT,
      logId: 'b1f264a0-c316-4c37-ba98-c9f715f0570d',
      code: 'TooManyRequestsException',
    },
  },

  // ───────────────────────────── OpenAlex ─────────────────────────────
  {
    id: 'openalex/unknown-filter-field-400',
    source: 'OpenAlex',
    url: 'https://developers.openalex.org/api-reference/errors',
    note: 'The docs\' "Error Response Format" example; the page\'s "Unknown Filter Field" entry gives its status, 400 Bad Request. `error` is a category line ("Invalid filter"), `message` the occurrence\'s sentence (rule 2.1: a category line is generic; rule 2.2: occurrence-specific text wins). The filter field is named only in the sentence: no field error (rule 3), so bad-request.',
    response: {
      status: 400,
      body: {
        error: 'Invalid filter',
        message: 'Unknown filter field: author_name. Did you mean: authorships.author.id?',
      },
    },
    expect: { kind: 'bad-request', message: 'Unknown filter field: author_name' },
  },
  {
    id: 'openalex/invalid-query-parameters-403',
    source: 'OpenAlex',
    url: 'https://github.com/ropensci/openalexR/issues/202',
    note: 'openalexR prints "OpenAlex API request failed [403]" and then the body\'s two members on their own lines: "Invalid query parameters error." and "< is not a valid field. Valid fields are …". The body is rebuilt as `{ error, message }`, the shape OpenAlex\'s own errors page prints. The list of valid fields after "are" is trimmed (it runs to hundreds of names). A 403 without Retry-After or a remaining of 0 refuses (rule 1), whatever OpenAlex\'s docs say 403 is used for; the lone "<" is no markup (rule 5), and the sentence is `message` (rule 2.2: "Invalid query parameters error." is a category line).',
    response: {
      status: 403,
      body: {
        error: 'Invalid query parameters error.',
        message:
          '< is not a valid field. Valid fields are underscore or hyphenated versions of: abstract.search, apc_list.currency, apc_list.provenance, apc_list.value, apc_list.value_usd, apc_paid.currency, …',
      },
    },
    expect: { kind: 'forbidden', message: 'is not a valid field' },
  },

  // ───────────────────────────── iNaturalist ─────────────────────────────
  {
    id: 'inaturalist/controlled-terms-error-422',
    source: 'iNaturalist API',
    url: 'https://github.com/inaturalist/iNaturalistAPI/issues/258',
    note: 'The issue\'s curl of GET /v1/controlled_terms/for_taxon?taxon_id=99999999 prints this body; the title and the maintainer\'s reply give the status, 422. "Error" is a generic summary (rule 2.1), so the default; a 422 is validation (rule 1).',
    response: { status: 422, body: { error: 'Error', status: 422 } },
    expect: { kind: 'validation', message: DEFAULT },
  },
  {
    id: 'inaturalist/v2-observation-field-required-422',
    source: 'iNaturalist API',
    url: 'https://github.com/pyinat/pyinaturalist/issues/649',
    note: "The v2 POST /observations error body the issue prints (a Python repr with single quotes and a line wrapped inside the `path` string; rebuilt as JSON with the wrap joined). The item carries both `path` (the field in the request's terms) and Ajv's `instancePath` (`/body/observation/observation_field_values_attributes`, the parent object); `path` names the input the message is about, so it is the field (rule 3 lists `path` among path-like members). Only a field message: the default (rule 2.4).",
    response: {
      status: 422,
      body: {
        status: 422,
        errors: [
          {
            path: 'observation.observation_field_values_attributes.observation_field_id',
            message: "must have required property 'observation_field_id'",
            instancePath: '/body/observation/observation_field_values_attributes',
            params: { missingProperty: 'observation_field_id' },
          },
        ],
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [['observation.observation_field_values_attributes.observation_field_id', 'must have required property']],
    },
  },
  {
    id: 'inaturalist/v2-additional-properties-400',
    source: 'iNaturalist API',
    url: 'https://github.com/inaturalist/iNaturalistAPI/issues/331',
    note: 'The body the issue quotes for PUT /v2/users/:id (status 400 in the body). `location: "body"` names a part of the request, not a field (rule 3). The lone item\'s `errorCode` says the request failed validation, a validation code on a 4xx (rule 1), and is the code (rule 6: an item-level code). "must NOT have additional properties" is Ajv\'s, a schema validator\'s report, developer text (rule 2.3): the default.',
    response: {
      status: 400,
      body: {
        errors: [
          {
            errorCode: 'additionalProperties.openapi.requestValidation',
            location: 'body',
            message: 'must NOT have additional properties',
          },
        ],
        status: 400,
      },
    },
    expect: { kind: 'validation', message: DEFAULT, code: 'additionalProperties.openapi.requestValidation' },
  },
  {
    id: 'inaturalist/v2-response-validation-500',
    source: 'iNaturalist API',
    url: 'https://github.com/inaturalist/iNaturalistAPI/issues/423',
    note: 'The v2 computervision/score_image body the issue pastes (status "500" in the body). The message is the server\'s own response-schema validator reporting on what it was about to send: developer text (rule 2.3), so the default. `errorCode: "500"` only restates the status (rule 6): no code stated.',
    response: {
      status: 500,
      body: {
        status: '500',
        errors: [
          {
            errorCode: '500',
            message:
              'Invalid response for status code 200: common_ancestor/taxon/establishment_means: must NOT have additional properties',
          },
        ],
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Sentinel Hub ─────────────────────────────
  {
    id: 'sentinel-hub/renderer-exception-java-500',
    source: 'Sentinel Hub',
    url: 'https://github.com/sentinel-hub/sentinelhub-py/issues/124',
    note: 'sentinelhub-py\'s DownloadFailedException: "500 Server Error: Internal Server Error for url: …/api/v1/process" and "Server response: \\"{…}\\"". The message is a chain of Java exception class names (rule 2.3): the default. `code` is the explicit code (rule 6).',
    response: {
      status: 500,
      body: {
        error: {
          status: 500,
          reason: 'Internal Server Error',
          message:
            'java.util.concurrent.ExecutionException: java.util.concurrent.ExecutionException: java.lang.RuntimeException: Index service failure: 500 Internal Server Error',
          code: 'RENDERER_EXCEPTION',
        },
      },
    },
    expect: { kind: 'server', message: DEFAULT, code: 'RENDERER_EXCEPTION' },
  },
  {
    id: 'sentinel-hub/method-not-allowed-405',
    source: 'Sentinel Hub',
    url: 'https://github.com/sentinel-hub/sentinelhub-py/issues/124',
    note: 'The same issue: "The link reports the following: {…}" (opening the process URL in a browser, a GET); the status is the body\'s own `status`, 405. "HTTP 405 Method Not Allowed" is a status line, a reason phrase (rule 2.1): the default. A 405 is bad-request (rule 1).',
    response: {
      status: 405,
      body: {
        error: {
          status: 405,
          reason: 'Method Not Allowed',
          message: 'HTTP 405 Method Not Allowed',
          code: 'COMMON_METHOD_NOT_ALLOWED',
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'COMMON_METHOD_NOT_ALLOWED' },
  },
  {
    id: 'sentinel-hub/s1-missing-polarization-400',
    source: 'Sentinel Hub',
    url: 'Open-EO/openeo-geotrellis-extensions/geotrellis-sentinelhub/src/test/scala/org/openeo/geotrellissentinelhub/DefaultProcessApiTest.scala@766af9e5ed877cf1249870fed66e9d04968f366f',
    note: "testBandUnavailableWithImprovedErrorMessageRequestIsNotRetried replays Sentinel Hub's response body with status 400. A sentence about the data asked for, with no field member: bad-request (rule 1). Backticks are no markup (rule 5).",
    response: {
      status: 400,
      body: {
        error: {
          status: 400,
          reason: 'Bad Request',
          message:
            "Requested band 'VH' is not present in Sentinel 1 tile 'S1B_EW_GRDM_1SDH_20181125T043340_20181125T043419_013756_0197D4_BC1C' returned by criteria specified in `dataFilter` parameter.",
          code: 'RENDERER_S1_MISSING_POLARIZATION',
        },
      },
    },
    expect: {
      kind: 'bad-request',
      message: "Requested band 'VH' is not present in Sentinel 1 tile",
      code: 'RENDERER_S1_MISSING_POLARIZATION',
    },
  },
  {
    id: 'sentinel-hub/renderer-upstream-404-500',
    source: 'Sentinel Hub',
    url: 'Open-EO/openeo-geotrellis-extensions/geotrellis-sentinelhub/src/test/scala/org/openeo/geotrellissentinelhub/DefaultProcessApiTest.scala@766af9e5ed877cf1249870fed66e9d04968f366f',
    note: 'testBandUnavailableRequestIsNotRetried replays this body with status 500. The message reports another service\'s status (an S3 GET that answered 404): developer text (rule 2.3, as Invidious\'s "Youtube API returned status code 400"), so the default.',
    response: {
      status: 500,
      body: {
        error: {
          status: 500,
          reason: 'Internal Server Error',
          message:
            'Illegal request to https://sentinel-s1-l1c.s3.amazonaws.com/GRD/2018/11/25/EW/DH/S1B_EW_GRDM_1SDH_20181125T043340_20181125T043419_013756_0197D4_BC1C/measurement/ew-vh.tiff. HTTP Status: 404.',
          code: 'RENDERER_EXCEPTION',
        },
      },
    },
    expect: { kind: 'server', message: DEFAULT, code: 'RENDERER_EXCEPTION' },
  },

  // ───────────────────────────── US Census Bureau ─────────────────────────────
  {
    id: 'census/sf3-tomcat-404-html',
    source: 'US Census Bureau Data API',
    url: 'https://github.com/walkerke/tidycensus/issues/300',
    note: 'tidycensus prints "Your API call has errors. The API message returned is …" followed by the body, a Tomcat error report for /data/2000/sf3. The status is the one the page states, 404. No Content-Type is shown and none is added. An HTML page gives no message (rule 5): the default.',
    response: {
      status: 404,
      body: '<html><head><title>Error report</title></head><body><h1>HTTP Status 404 - /data/2000/sf3</h1></body></html>',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── OpenFEC ─────────────────────────────
  {
    id: 'openfec/per-page-out-of-range-422',
    source: 'OpenFEC API',
    url: 'https://github.com/fecgov/fec-cms/issues/6147',
    note: 'The issue: the browser console shows a 422 from the FEC API, "The query response for this example is {…}". A 422 is validation (rule 1); the parameter is named only inside the sentence, so no field error (rule 3).',
    response: { status: 422, body: { message: "Parameter 'per_page' must be between 1 and 100", status: 422 } },
    expect: { kind: 'validation', message: "Parameter 'per_page' must be between 1 and 100" },
  },

  // ───────────────────────────── ClinicalTrials.gov ─────────────────────────────
  {
    id: 'clinicaltrials-gov/unknown-parameter-400-text',
    source: 'ClinicalTrials.gov API',
    url: 'https://github.com/Cicatriiz/healthcare-mcp-public/issues/11',
    note: 'The app logs the API\'s error text ("… API error response: `query.recrs` is unknown parameter") and then requests\' "400 Client Error: Bad Request for url: https://clinicaltrials.gov/api/v2/studies?…". The body is that text; no Content-Type is shown and none is added. A sentence in text on a 4xx is the message (rule 6); backticks are no markup (rule 5).',
    response: { status: 400, body: '`query.recrs` is unknown parameter' },
    expect: { kind: 'bad-request', message: 'is unknown parameter' },
  },
  {
    id: 'clinicaltrials-gov/invalid-field-name-400-text',
    source: 'ClinicalTrials.gov API',
    url: 'https://github.com/cyanheads/clinicaltrialsgov-mcp-server/issues/17',
    note: 'The issue: "the upstream ClinicalTrials.gov API rejects with a 400 and the raw body is surfaced verbatim" (this line). No Content-Type is shown and none is added. The parameter is named in text only: no field error (rule 3), so bad-request.',
    response: { status: 400, body: "Parameter 'fields' contains invalid field name: 'StudyDesign'" },
    expect: { kind: 'bad-request', message: "contains invalid field name: 'StudyDesign'" },
  },

  // ───────────────────────────── NASA APOD ─────────────────────────────
  {
    id: 'nasa-apod/date-out-of-range-400',
    source: 'NASA APOD API',
    url: 'kernjackson/SpacePod/SpacePod/Payloads/400-bad-request-1.json@820f2ff672b0f8ad8a870d73faea142cfef92f1c',
    note: 'A payload recorded with curl from api.nasa.gov/planetary/apod?date=1995-06-15; the status is the one the recorder labels it with in the file name and in nasa.sh ("## 400 BAD REQUEST 1"). `msg` is a message member by its shape (rule 5). `code: 400` restates the status (rule 6). The date parameter is named only in the sentence: no field.',
    response: {
      status: 400,
      body: { code: 400, msg: 'Date must be between Jun 16, 1995 and Dec 13, 2021.', service_version: 'v1' },
    },
    expect: { kind: 'bad-request', message: 'Date must be between Jun 16, 1995 and Dec 13, 2021.' },
  },
  {
    id: 'nasa-apod/start-after-end-400',
    source: 'NASA APOD API',
    url: 'kernjackson/SpacePod/SpacePod/Payloads/400-bad-request-2.json@820f2ff672b0f8ad8a870d73faea142cfef92f1c',
    note: 'Recorded from …/apod?start_date=2021-11-08&end_date=2021-11-07…; status from the recorder\'s label ("## 400 BAD REQUEST 2" in nasa.sh). The sentence names two parameters but the body has no field member: no field error (rule 3), so bad-request.',
    response: { status: 400, body: { code: 400, msg: 'start_date cannot be after end_date', service_version: 'v1' } },
    expect: { kind: 'bad-request', message: 'start_date cannot be after end_date' },
  },
  {
    id: 'nasa-apod/no-data-for-date-404',
    source: 'NASA APOD API',
    url: 'kernjackson/SpacePod/SpacePod/Payloads/404-no-data.json@820f2ff672b0f8ad8a870d73faea142cfef92f1c',
    note: 'Recorded from …/apod?date=1995-06-17; status from the recorder\'s label ("## 404 No Data" in nasa.sh).',
    response: {
      status: 404,
      body: { code: 404, msg: 'No data available for date: 1995-06-17', service_version: 'v1' },
    },
    expect: { kind: 'not-found', message: 'No data available for date: 1995-06-17' },
  },
  {
    id: 'nasa-apod/internal-service-error-500',
    source: 'NASA APOD API',
    url: 'https://github.com/nasa/apod-api/issues/1',
    note: 'The issue\'s "Response:" for …/apod?date=2010-07-25 (status 500 in the title and in `code`). "Internal Service Error" says no more than the 500\'s reason phrase, one word changed: a generic summary that only says something failed (rule 2.1), so the default.',
    response: { status: 500, body: { code: 500, msg: 'Internal Service Error', service_version: 'v1' } },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Congress.gov ─────────────────────────────
  {
    id: 'congress-gov/unbound-local-error-500',
    source: 'Congress.gov API',
    url: 'https://github.com/LibraryOfCongress/api.congress.gov/issues/232',
    note: 'The issue: GET /v3/bill/118/s/2 "Returns 500:" and this body. The message is a Python exception\'s text with its class name (UnboundLocalError): developer text (rule 2.3), so the default. `request` echoes the request\'s parameters; its values are no messages, so no field (rule 3).',
    response: {
      status: 500,
      body: {
        error: "cannot access local variable 'bill' where it is not associated with a value (UnboundLocalError)",
        request: { billNumber: '2', billType: 's', congress: '118', contentType: 'application/json', format: 'json' },
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'congress-gov/unknown-resource-404',
    source: 'Congress.gov API',
    url: 'https://github.com/LibraryOfCongress/api.congress.gov/issues/169',
    note: 'The scraper\'s log: "Error: Code # 404" and the body as a JSON string (unescaped here).',
    response: { status: 404, body: { error: 'Unknown resource: bill/6/cen_doc_h/73/actions' } },
    expect: { kind: 'not-found', message: 'Unknown resource: bill/6/cen_doc_h/73/actions' },
  },
  {
    id: 'congress-gov/no-reverse-match-500',
    source: 'Congress.gov API',
    url: 'https://github.com/LibraryOfCongress/api.congress.gov/issues/116',
    note: 'The issue: GET /v3/committee/House/hshf00/bills?… "I receive a 500:" and this body. Trimmed: the two URL patterns the message lists after "2 pattern(s) tried:" (long regular expressions) are replaced by "[…]"; the response headers the issue shows afterwards are cut off in the capture and not used. Django\'s NoReverseMatch text is developer text (rule 2.3): the default. `request` echoes the request: no field (rule 3).',
    response: {
      status: 500,
      body: {
        error:
          "Reverse for 'bill_details' with keyword arguments '{'congress': 7, 'billType': 'cen_doc_h', 'billNumber': '54'}' not found. 2 pattern(s) tried: […] (NoReverseMatch)",
        request: {
          chamber: 'house',
          committeeUrl: 'https://api.congress.gov/v3/committee/house/hshf00?format=json',
          contentType: 'application/json',
          format: 'json',
          systemCode: 'hshf00',
        },
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Eurostat ─────────────────────────────
  {
    id: 'eurostat/invalid-query-dimension-400',
    source: 'Eurostat Statistics API',
    url: 'https://github.com/rOpenGov/eurostat/pull/262',
    note: 'The PR\'s erroneous query (fromTimePeriod instead of sinceTimePeriod) "produces the following error" (this body), and the R client logs "Request failed [400]". A list under `error` is a list of errors and its lone item the error (rule 3); the vendor\'s code word before the colon is a leading label, and the sentence after it is the message either way. The numeric `id` (150, "Semantic error") is not stated as the code: rule 6 leaves whether it or the label\'s prefix is the code in doubt.',
    response: {
      status: 400,
      body: {
        error: [
          {
            status: 400,
            id: 150,
            label:
              'INVALID_QUERY_DIMENSION: Query is invalid as per its structure\'s definition. Dimension "FROMTIMEPERIOD" is not defined',
          },
        ],
      },
    },
    expect: { kind: 'bad-request', message: 'Dimension "FROMTIMEPERIOD" is not defined' },
  },
  {
    id: 'eurostat/dataset-not-available-404',
    source: 'Eurostat Statistics API',
    url: 'https://github.com/rOpenGov/eurostat/issues/286',
    note: 'The R client prints "HTTP status: 404 (Not found)", "Error id: 100 (No results found)" and "Error label from API: ERR_NOT_FOUND_4: ROAD_GO_IA_RC2 (DATA_SET:ESTAT,1.0) is not available for dissemination."; the body is rebuilt from those values in the shape Eurostat sends (`{ "error": [{ status, id, label }] }`, as captured in rOpenGov/eurostat#262).',
    response: {
      status: 404,
      body: {
        error: [
          {
            status: 404,
            id: 100,
            label: 'ERR_NOT_FOUND_4: ROAD_GO_IA_RC2 (DATA_SET:ESTAT,1.0) is not available for dissemination.',
          },
        ],
      },
    },
    expect: { kind: 'not-found', message: 'is not available for dissemination' },
  },

  // ───────────────────────────── Ensembl ─────────────────────────────
  {
    id: 'ensembl/species-internal-name-400',
    source: 'Ensembl REST API',
    url: 'https://github.com/Ensembl/ensembl-rest/issues/688',
    note: 'The issue\'s curl of /info/assembly/escherichia_coli_gca_900607665 prints this body; the issue says these are "400 errors". A lone sentence about the species asked for: bad-request (rule 1).',
    response: {
      status: 400,
      body: { error: "Can not find internal name for species 'escherichia_coli_gca_900607665'" },
    },
    expect: { kind: 'bad-request', message: 'Can not find internal name for species' },
  },
  {
    id: 'ensembl/bad-gateway-502-html',
    source: 'Ensembl REST API',
    url: 'https://github.com/Ensembl/ensembl-rest/issues/488',
    note: 'The issue\'s curl of /lookup/id/ENSG00000157764?expand=1 prints this page; requests reports "502 Server Error: Bad Gateway". No Content-Type is shown and none is added. An HTML page gives no message (rule 5) and a 502 is unavailable (rule 1).',
    response: {
      status: 502,
      body: '<html><body><h1>502 Bad Gateway</h1>\nThe server returned an invalid or incomplete response.\n</body></html>',
    },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── NOAA NCEI Climate Data Online ─────────────────────────────
  {
    id: 'noaa-cdo/invalid-token-400',
    source: 'NOAA NCEI Climate Data Online API',
    url: 'https://github.com/okgrow/rest2ddp/issues/12',
    note: 'The issue title quotes the client\'s error: "failed [400] {…}" for the weather-stations example against the CDO v2 API. The token is a credential, but the body carries no credential code and the status is 400, so by rule 1 (401, or a credential code on a 400 or 403) it is bad-request; the sentence is the message.',
    response: { status: 400, body: { status: '400', message: 'The token parameter provided is not valid.' } },
    expect: { kind: 'bad-request', message: 'The token parameter provided is not valid.' },
  },
] satisfies ConformanceCase[];
