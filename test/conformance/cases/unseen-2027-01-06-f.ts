import { DEFAULT, type ConformanceCase } from '../types';

// Forty-seventh unseen-API holdout, part F (6 January 2027): commercial satellite imagery, SAR and earth-observation
// data ordering and processing APIs that no other case file uses: Google Earth Engine's REST API
// (earthengine.googleapis.com), Microsoft Planetary Computer (its STAC API and its SAS token API), stac-fastapi,
// stac-server (stac-utils), an openEO back-end (VITO's Terrascope deployment of openeo-geopyspark-driver), the
// AxelGlobe STAC API, ASF's HyP3 on-demand SAR processing API, INPE's CBERS STAC catalogue, the Radiant MLHub API
// (Radiant Earth's earth-observation training-data API), Geocento's SEDAS API, NASA's Earth imagery API on api.nasa.gov
// and the EOPF Sentinel Zarr Explorer API (titiler-eopf), collected to measure how the reader does at first sight on
// APIs it was never tuned on. Every body was copied from the public material named in `url` and `note`: recorded VCR
// cassettes of the live services (pystac-client's, against Radiant MLHub; radiant-mlhub's own client's, against its
// production and staging APIs: each recorded Content-Length matches the body as rejoined from the YAML's folded lines),
// public issues and pull requests that paste a captured response (GDAL's EEDAI driver printing Earth Engine's body
// after "HTTP error code : 400:", `curl -i` against the Planetary Computer with its headers, a `curl -vvv` against
// api.nasa.gov with its headers, an openEO maintainer's reconstruction of a 401 with its headers, a `r.json()` printed
// in a Python session), and one vendor reference page that prints a body with its status (AxelGlobe's "STAC API
// error"). Where a status is not printed beside the body, the note says where it came from (the body's own status
// member, the title or the reporter's words). Headers are copied only where the source shows them (Planetary
// Computer's, Radiant MLHub's, api.nasa.gov's, the openEO back-end's); Content-Length, Connection and Transfer-Encoding
// were left out, and no header was added. Every `expect` was written from the source and test/conformance/README.md
// before the kit was run.
//
// Looked for and dropped: UP42, SkyWatch EarthCache, Maxar (MGP, Discover, Ordering), Airbus OneAtlas, Capella Space,
// ICEYE, Umbra Canopy, SkyFi, Satellogic Aleph, EOS Data Analytics, BlackSky, Spire, Arlula, Apollo Mapping and Open
// Cosmos (their public reference pages in the index print request and success bodies only, or status tables without a
// body (ICEYE's changelog names its 400 and 404 but prints none); the client code found for SkyFi and Capella holds
// bodies a test author wrote for nock, Tesla.Mock, axios-mock-adapter or respx, not recordings; SpaceKnow's and
// ClearSKY's pages print code tables, ClearSKY's one example with a "Property must <reason>" placeholder), Google Earth
// Engine's 403 "Not signed up for Earth Engine …" and "Caller does not have required permission …" (seen only as the
// Python client's `HttpError` rendering, not as the body), the Planetary Computer's "The request exceeded the maximum
// allowed time …" and its 504s (text seen only through pystac-client's `APIError`, no status beside it) and its blob
// storage's `ServerBusy` XML (Azure Blob Storage's body, no status shown), a 405 "Method not allowed" in a
// pystac-client cassette whose request line carries the test author's comment (edited by hand), the Copernicus Data
// Space Ecosystem (its STAC 429 shows `Retry-After: 2` without a body, its OData and token endpoints only through
// clients' `raise_for_status()` lines), Earthdata Login (redirects and HTML login pages only), ASF's search API (a 504
// status line), HyP3's 404 (only the SDK's rendering of `detail`), USGS ESPA (an R client's "Order Failed!" without the
// body), NASA GIBS (a screenshot of its XML), NASA's Earth API's `{"message": "Admins have been notified.", …}` (no
// status shown) and its "Internal Service Error" (the APOD body the corpus already holds), openEO's other back-ends
// (the Python and R clients' renderings "[400] NoDataAvailable: …", "[401] TokenExchangeFailure: …", not bodies) and
// the openEO Earth Engine driver's `/validation` answer (a 200 that the openEO API defines as a success listing the
// process graph's problems). Sources already in the corpus were skipped (Planet, Sentinel Hub, Earth Search, NASA CMR,
// NASA Harmony, USGS M2M, the Copernicus Open Access Hub; Earth Search's own 404 in pystac-client's cassettes too). No
// non-English body turned up; one HTML page per status and three plain-text bodies did. The part holds 21 cases from 12
// sources, under the brief's aim of 25, because 55 of the 60 look-ups were spent (most commercial imagery vendors print
// no error body anywhere the index reaches).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-06-f`, on 19c18cb, src/ unchanged: in the frozen copy /tmp/base47): 15/21 pass, 12 sources
// (kind 20/21, message 16/21, fields 21/21, retry 21/21, logId 1/1, code 2/2). Failing at first sight:
// google-earth-engine/eedai-grid-unknown-fields-400 (the kit kept the protobuf JSON parser's "Invalid JSON payload
// received. Unknown name … Cannot find field." lines, a server that could not read the request's JSON, rule 2.3, and
// only the field messages repeated, rule 2.4; a judgment call the note names); google-earth-engine/tile-url-invalid-
// int32-400 (kept the three "Invalid value at 'x' (TYPE_INT32), …" parser lines that only repeat the field messages,
// rules 2.3 and 2.4); planetary-computer/search-datetime-pydantic-text-400 (kept the whole text/plain body: the generic
// "Invalid parameters provided" before pydantic's report around Python's `int()` error, rules 2.1 and 2.3);
// stac-server/search-unknown-collection-index-not-found-text-400 (kept Elasticsearch's "index_not_found_exception: … no
// such index [askldjfasdf]", capitalised, a database's report, rule 2.3; a judgment call the note names);
// openeo-vito/job-results-not-finished-400 (bad-request: `JobNotFinished` not read as a resource in the wrong state, a
// conflict by the thirty-fifth holdout's `invalid-job-state`, rule 1; a judgment call the note names); and
// asf-hyp3/jobs-not-valid-under-schemas-400 (kept Python jsonschema's report in `detail`, which rule 2.3 names
// developer text by Airflow's like body). Every other case passed as written, including the judgment calls on the
// Planetary Computer's "intersects and bbox parameters are mutually exclusive" (the sentence inside pydantic's report,
// kept), stac-fastapi's "Collection <built-in function id> does not exist." (kept), Radiant MLHub's "Must provide API
// key or Bearer token to access this route." (kept), INPE's JSON-as-text `description` (the default, no fields),
// api.nasa.gov's `API_KEY_MISSING` on a 403 (a credential code) with its `X-Vcap-Request-Id` as the support id, and the
// SAS token API's "Try again in 23 seconds" (a 23 s wait). No expectation was changed after the run (Prettier's quote
// style and line breaks were applied before it).

// Scored in `cases/` the stop it was collected (6 December), at 20/21 (Google's "Invalid JSON payload received", a
// protobuf wire type, `int()`'s invalid literal, jsonschema's `anyOf` report and Elasticsearch's `…_exception` types
// are developer text since). Still missed: openEO's `JobNotFinished` (a job in the wrong state, a conflict by the
// thirty-fifth holdout's `invalid-job-state`, or the 400 it is sent with; no rule names the words).

export default [
  // ───────────────────────────── Google Earth Engine REST API ─────────────────────────────
  {
    id: 'google-earth-engine/eedai-grid-unknown-fields-400',
    source: 'Google Earth Engine REST API',
    url: 'https://github.com/OSGeo/gdal/issues/805',
    note: "GDAL's EEDAI driver prints what earthengine.googleapis.com answered: \"HTTP error code : 400: {…}\" (the driver still sent the v1alpha `grid.origin` and `grid.pixel_size`). Status: the one GDAL prints and the body's `code`. No header shown. Kind: 400 with `status: \"INVALID_ARGUMENT\"` and a google.rpc.BadRequest whose `fieldViolations` name a field: validation (rule 1). Fields: both violations name `grid` (rule 3, items with `field` and `description`). Message: the envelope's `message` is the two field lines joined, each a protobuf JSON parser's report (\"Invalid JSON payload received. Unknown name … Cannot find field.\": a server that could not read the request's JSON, rule 2.3), and beside field messages nothing else speaks: the default (rule 2.4). Judgment call: a reader could keep the parser's first line as the message. No code stated: the `status` name is Google's category beside a numeric `code` that restates the status, which rule 6 does not settle for an error without ErrorInfo.",
    response: {
      status: 400,
      body: {
        error: {
          code: 400,
          message:
            'Invalid JSON payload received. Unknown name "origin" at \'grid\': Cannot find field.\nInvalid JSON payload received. Unknown name "pixel_size" at \'grid\': Cannot find field.',
          status: 'INVALID_ARGUMENT',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.BadRequest',
              fieldViolations: [
                {
                  field: 'grid',
                  description: 'Invalid JSON payload received. Unknown name "origin" at \'grid\': Cannot find field.',
                },
                {
                  field: 'grid',
                  description:
                    'Invalid JSON payload received. Unknown name "pixel_size" at \'grid\': Cannot find field.',
                },
              ],
            },
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['grid', 'Unknown name "origin"'],
        ['grid', 'Unknown name "pixel_size"'],
      ],
    },
  },
  {
    id: 'google-earth-engine/tile-url-invalid-int32-400',
    source: 'Google Earth Engine REST API',
    url: 'https://github.com/gee-community/qgis-earthengine-plugin/issues/364',
    note: "The QGIS Earth Engine plugin's log shows what an Earth Engine tile URL answered when the plugin left `{x}`, `{y}` and `{z}` unfilled. Status: the body's own `code` (400; the log prints no status line). No header shown. Kind: `INVALID_ARGUMENT` with `fieldViolations`: validation (rule 1). Fields: `x`, `y` and `zoom` from the violations (rule 3). Message: the envelope's `message` only repeats the three field lines, a protobuf parser's \"Invalid value at 'x' (TYPE_INT32)\" reports: the default (rules 2.3, 2.4). No code stated (as above).",
    response: {
      status: 400,
      body: {
        error: {
          code: 400,
          message:
            'Invalid value at \'x\' (TYPE_INT32), "{x}"\nInvalid value at \'y\' (TYPE_INT32), "{y}&zmax=12&minzoom=5&cache=1"\nInvalid value at \'zoom\' (TYPE_INT32), "{z}"',
          status: 'INVALID_ARGUMENT',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.BadRequest',
              fieldViolations: [
                { field: 'x', description: 'Invalid value at \'x\' (TYPE_INT32), "{x}"' },
                { field: 'y', description: 'Invalid value at \'y\' (TYPE_INT32), "{y}&zmax=12&minzoom=5&cache=1"' },
                { field: 'zoom', description: 'Invalid value at \'zoom\' (TYPE_INT32), "{z}"' },
              ],
            },
          ],
        },
      },
    },
    expect: {
      kind: 'validation',
      message: DEFAULT,
      fields: [
        ['x', "Invalid value at 'x'"],
        ['y', "Invalid value at 'y'"],
        ['zoom', "Invalid value at 'zoom'"],
      ],
    },
  },
  {
    id: 'google-earth-engine/api-not-enabled-permission-denied-403',
    source: 'Google Earth Engine REST API',
    url: 'https://github.com/OSGeo/gdal/issues/1049',
    note: 'GDAL\'s EEDAI driver prints "HTTP error code : 403: {…}" for a service account whose project had not enabled the Earth Engine API (the reporter masked the project number as "XXXX9" and "XXXX"; copied as shown). No header shown. Kind: 403 with `PERMISSION_DENIED`: forbidden (rule 1). Message: the sentence for the person (rule 2); the Help link in `details` is no field and no message. Retry: "wait a few minutes" names no number, so no time (rule 4.4). No code stated (as above).',
    response: {
      status: 403,
      body: {
        error: {
          code: 403,
          message:
            'Google Earth Engine API has not been used in project XXXX9 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/earthengine.googleapis.com/overview?project=XXXX then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.',
          status: 'PERMISSION_DENIED',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.Help',
              links: [
                {
                  description: 'Google developers console API activation',
                  url: 'https://console.developers.google.com/apis/api/earthengine.googleapis.com/overview?project=XXXX',
                },
              ],
            },
          ],
        },
      },
    },
    expect: { kind: 'forbidden', message: 'Google Earth Engine API has not been used in project' },
  },

  // ───────────────────────────── Microsoft Planetary Computer ─────────────────────────────
  {
    id: 'planetary-computer/stac-items-missing-collection-404',
    source: 'Microsoft Planetary Computer',
    url: 'https://github.com/stac-utils/stac-fastapi/pull/528',
    note: 'A stac-fastapi maintainer\'s `curl -i https://planetarycomputer.microsoft.com/api/stac/v1/collections/not-a-collection/items` ("Planetary Computer check"): HTTP/2 404 with these headers and body (content-length 88, which the body matches, left out). Kind: 404, not-found. Message: `description` holds the sentence (rule 2). No code stated: `NotFoundError` restates the 404 (rule 6). logId not stated: `x-azure-ref` is Azure Front Door\'s reference, a header rule 5 does not name.',
    response: {
      status: 404,
      headers: {
        'content-type': 'application/json',
        'strict-transport-security': 'max-age=15724800; includeSubDomains',
        'access-control-allow-origin': '*',
        'access-control-allow-credentials': 'true',
        'x-cache': 'CONFIG_NOCACHE',
        'x-azure-ref':
          '03MjrYwAAAAAJokhog0B4SJ7f/1kQix/yV1NURURHRTAxMTkAOTI3YWJmYTYtMTlmNi00YWYxLWEwOWQtYzk1OWQ5YTFlNjQ0',
        date: 'Tue, 14 Feb 2023 17:46:04 GMT',
      },
      body: { code: 'NotFoundError', description: "No collection with id 'not-a-collection' found!" },
    },
    expect: { kind: 'not-found', message: "No collection with id 'not-a-collection' found" },
  },
  {
    id: 'planetary-computer/search-datetime-pydantic-text-400',
    source: 'Microsoft Planetary Computer',
    url: 'https://github.com/stac-utils/stac-fastapi/issues/465',
    note: 'A maintainer\'s `curl -i "https://planetarycomputer.microsoft.com/api/stac/v1/search?datetime=37-01-01T12:00:27.87Z"` (closing the issue "returns a 500 instead of a 400"): HTTP/2 400, text/plain, these headers, and this body (content-length 146, which the body matches exactly, left out). Kind: a 400 without a code or field errors: bad-request (rule 1; pydantic\'s `datetime` location is text, no structure, rule 3). Message: "Invalid parameters provided" only says the parameters were wrong (generic, rule 2.1, as "Invalid request parameters provided."), and what follows is pydantic v1\'s validation report around Python\'s own `int()` error ("invalid literal for int() with base 10: b\'37-0\'", "(type=value_error)"): developer text (rule 2.3). The default.',
    response: {
      status: 400,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'strict-transport-security': 'max-age=15724800; includeSubDomains',
        'access-control-allow-origin': '*',
        'access-control-allow-credentials': 'true',
        'x-cache': 'CONFIG_NOCACHE',
        'x-azure-ref':
          '0wNzaYwAAAADJ9W8EP7lRQZbxDnrsEW4CV1NURURHRTA4MTAAOTI3YWJmYTYtMTlmNi00YWYxLWEwOWQtYzk1OWQ5YTFlNjQ0',
        date: 'Wed, 01 Feb 2023 21:42:24 GMT',
      },
      body: "Invalid parameters provided 1 validation error for SearchPostRequest\ndatetime\n  invalid literal for int() with base 10: b'37-0' (type=value_error)",
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'planetary-computer/search-intersects-bbox-exclusive-text-400',
    source: 'Microsoft Planetary Computer',
    url: 'https://github.com/microsoft/planetary-computer-apis/issues/151',
    note: 'The issue ("Search errors messages should be JSON, not plain text") pastes `curl -i --json @query.json https://planetarycomputer.microsoft.com/api/stac/v1/search` with both `bbox` and `intersects`: HTTP/2 400, text/plain, these headers (content-length 124, which the body matches, left out). Kind: a 400 without a code or field errors: bad-request (rule 1; "body -> intersects" is pydantic\'s location in text, not structure, rule 3). Message: pydantic v1\'s report frames one sentence the API\'s own validator wrote: the header "1 validation error for Request" and the location line label it, "(type=value_error)" after it is the parser\'s part (rule 2.3: "the person reads the sentence before it"), so "intersects and bbox parameters are mutually exclusive". Judgment call: a reader could take the whole text for a validator\'s report (rule 2.3) and give the default.',
    response: {
      status: 400,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'strict-transport-security': 'max-age=15724800; includeSubDomains',
        'access-control-allow-origin': '*',
        'access-control-allow-credentials': 'true',
        'x-cache': 'CONFIG_NOCACHE',
        'x-azure-ref':
          '0UNLaYwAAAADvTHj17Z8kSZvAjSBV+G7DV1NURURHRTA4MTUAOTI3YWJmYTYtMTlmNi00YWYxLWEwOWQtYzk1OWQ5YTFlNjQ0',
        date: 'Wed, 01 Feb 2023 20:57:52 GMT',
      },
      body: '1 validation error for Request\nbody -> intersects\n  intersects and bbox parameters are mutually exclusive (type=value_error)',
    },
    expect: { kind: 'bad-request', message: 'intersects and bbox parameters are mutually exclusive' },
  },
  {
    id: 'planetary-computer/sas-token-rate-limit-429',
    source: 'Microsoft Planetary Computer',
    url: 'https://github.com/microsoft/PlanetaryComputer/issues/457',
    note: "The reporter's \"frequent rate limiting with url signing requests with the following response\", reproduced by visiting https://planetarycomputer.microsoft.com/api/sas/v1/token/naip (the SAS token API; its shape is Azure API Management's rate-limit policy answer). Status: the body's own `statusCode` (429) and the reporter's words. No header shown. Kind: 429, rate-limited (rule 1). Message: the sentence (rule 2). Retry: no header, no body hint; the text's \"Try again in 23 seconds\" is a wait written in the message (rule 4.4): 23 s. No code (the numeric `statusCode` is a status).",
    response: { status: 429, body: { statusCode: 429, message: 'Rate limit is exceeded. Try again in 23 seconds.' } },
    expect: { kind: 'rate-limited', message: 'Rate limit is exceeded', retry: 23 },
  },

  // ───────────────────────────── stac-fastapi ─────────────────────────────
  {
    id: 'stac-fastapi/pgstac-collection-not-found-builtin-id-404',
    source: 'stac-fastapi',
    url: 'https://github.com/stac-utils/stac-fastapi/pull/420',
    note: "The pull request fixing a bug in stac-fastapi's pgstac back-end quotes what it answered for a missing collection: \"resulting in `404` responses that look like\" this body (the `id()` built-in interpolated instead of the collection id). Status: the pull request's words. No header shown. Kind: 404, not-found. Message: `description`, a sentence; the `<built-in function id>` in it is Python's repr in angle brackets, text and not markup (rule 2.5). Judgment call: a reader could call the repr developer text (rule 2.3) and give the default. No code stated: `NotFoundError` restates the 404 (rule 6).",
    response: {
      status: 404,
      body: { code: 'NotFoundError', description: 'Collection <built-in function id> does not exist.' },
    },
    expect: { kind: 'not-found', message: 'does not exist' },
  },

  // ───────────────────────────── stac-server ─────────────────────────────
  {
    id: 'stac-server/search-unknown-collection-index-not-found-text-400',
    source: 'stac-server (stac-utils)',
    url: 'https://github.com/stac-utils/stac-server/issues/156',
    note: "stac-server's maintainer (the server behind Earth Search, which the corpus holds under its own name) reports what `http://localhost:3000/dev/search?collections=askldjfasdf` answered: \"400 with body `index_not_found_exception: [index_not_found_exception] Reason: no such index [askldjfasdf]`\". No header shown, none added. Kind: a 400 whose text body carries no code member and no fields: bad-request (rule 1; Elasticsearch's exception type inside text is no code: rules 1 and 6 read codes from members). Message: Elasticsearch's error passed through, a database's report (rule 2.3): the default. Judgment call: a reader could take the leading `index_not_found_exception` as a not-found code, which decides a 400 (rule 1), and read not-found.",
    response: {
      status: 400,
      body: 'index_not_found_exception: [index_not_found_exception] Reason: no such index [askldjfasdf]',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── openEO (VITO Terrascope back-end) ─────────────────────────────
  {
    id: 'openeo-vito/proxy-unauthorized-401',
    source: 'openEO Terrascope back-end (VITO)',
    url: 'https://github.com/Open-EO/openeo-geopyspark-driver/issues/569',
    note: 'An openEO maintainer reconstructs what a user of openeo-dev.vito.be received (the Python client renders it "[401] unknown: Unauthorized"): "HTTP status code 401", headers `Content-Type`, `Date`, `Content-Length` (26, left out) and `Strict-Transport-Security`, "response body: `{"message":"Unauthorized"}`" (from a proxy in front of the back-end, the issue says). Kind: 401, unauthenticated. Message: "Unauthorized" is the 401\'s reason phrase (rule 2.1): the default.',
    response: {
      status: 401,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Mon, 06 Nov 2023 14:17:09 GMT',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
      },
      body: { message: 'Unauthorized' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'openeo-vito/job-results-not-finished-400',
    source: 'openEO Terrascope back-end (VITO)',
    url: 'https://github.com/Open-EO/openeo-python-driver/issues/231',
    note: 'An openEO maintainer\'s session against the back-end: `con.get("/jobs/j-1001…/results", check_error=False)` for a job in status "error" printed `(<Response [400]>, {…})`; the body is Python\'s printing of `r.json()`, transcribed to JSON (single quotes to double, nothing else changed). No header shown. Kind: `JobNotFinished` names a job not in the state the request needs; rule 1\'s table names no such code, but the thirty-fifth holdout\'s row reads a resource in the wrong state (`invalid-job-state`) as a conflict, and a code outranks a 400: conflict. Judgment call: a reader could let the 400 decide (bad-request), the code being in no row. Message: the sentence (rule 2). Code: `JobNotFinished` (rule 6). logId not stated: openEO\'s `id` ("to be able to log and track errors", its spec) is a bare `id`, which rule 5 names only for a JSON:API error.',
    response: {
      status: 400,
      body: {
        code: 'JobNotFinished',
        id: 'r-047b9e98c45148acb52d812eb0694400',
        message: 'Batch job has not finished computing the results yet. Please try again later or contact our support.',
      },
    },
    expect: {
      kind: 'conflict',
      message: 'Batch job has not finished computing the results yet',
      code: 'JobNotFinished',
    },
  },

  // ───────────────────────────── AxelGlobe STAC API ─────────────────────────────
  {
    id: 'axelglobe/stac-rate-limit-429',
    source: 'AxelGlobe STAC API',
    url: 'https://docs.axelglobe.com/en/stac/api-error',
    note: 'AxelGlobe\'s "STAC API error" page: "When the API request reaches the API rate limit, the STAC API will return the following response payload with the HTTP status code 429." No header shown. Kind: 429, rate-limited. Message: "Too Many Requests" is the 429\'s reason phrase (rule 2.1): the default. Retry: none (no header, no hint).',
    response: { status: 429, body: { message: 'Too Many Requests' } },
    expect: { kind: 'rate-limited', message: DEFAULT },
  },

  // ───────────────────────────── ASF HyP3 ─────────────────────────────
  {
    id: 'asf-hyp3/jobs-not-valid-under-schemas-400',
    source: 'ASF HyP3 API',
    url: 'https://github.com/ASFHyP3/hyp3-sdk/issues/67',
    note: "A HyP3 maintainer: POSTing an AUTORIFT job with an unaccepted `LO08_` granule \"directly to the API (or with the Swagger UI) … will give a response like this\". Status: the body's own `status` (400). No header shown. Kind: a 400 without a code or field errors: bad-request (rule 1; `type` is about:blank, never a code, rule 6). Message: `detail` is Python jsonschema's report, quoting the value as Python does and ending with the path after \" - \" (rule 2.3, Airflow's \"'running' is not one of […] - 'state'\"), and `title` the reason phrase: the default. No field: the path is named only inside that text (rule 3).",
    response: {
      status: 400,
      body: {
        detail:
          "{'granules': ['LO08_L1TP_009011_20200703_20200913_02_T1', 'LC08_L1TP_009011_20200703_20200913_02_T1']} is not valid under any of the given schemas - 'jobs.0.job_parameters'",
        status: 400,
        title: 'Bad Request',
        type: 'about:blank',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── INPE CBERS STAC catalogue ─────────────────────────────
  {
    id: 'inpe-stac/search-fields-json-as-text-400',
    source: 'INPE CBERS STAC catalogue',
    url: 'https://github.com/gabriel-russo/cbers4asat/issues/17',
    note: "The maintainer of cbers4asat (a client for INPE's CBERS and Amazonia-1 catalogue) pastes what a search returned after INPE changed its STAC API (\"Error ao pesquisar: BAD REQUEST\"). Status: the body's own `code` (400) and the issue's title. No header shown. Kind: bad-request (rule 1). Message: `description` holds a JSON map as text (a validator's messages per field, encoded twice), developer text (rule 2.3: JSON as text however long), and `name` the reason phrase: the default. No fields: text encoded as JSON is no structure. Judgment call: a reader could decode the text (rule 2.1's \"text quoted whole was encoded twice\" is said of a sentence) and read five field errors, a validation failure. No code (the numeric `code` restates the status).",
    response: {
      status: 400,
      body: {
        code: 400,
        description:
          '{"bbox": ["required field"], "collections": ["unknown field"], "datetime": ["field \'datetime\' cannot be coerced: unconverted data remains: Z"], "providers": ["required field"], "query": ["unknown field"]}',
        name: 'Bad Request',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Radiant MLHub ─────────────────────────────
  {
    id: 'radiant-mlhub/search-unauthorized-html-401',
    source: 'Radiant MLHub API',
    url: 'stac-utils/pystac-client/tests/cassettes/test_stac_api_io/TestSTAC_IOOverride.test_http_error.yaml@290a7b7ee94daa7e8a9940f68f25e43e5d0598e1',
    note: "pystac-client's recorded GET https://api.radiant.earth/mlhub/v1/search without a key: 401 UNAUTHORIZED, gunicorn, this HTML page (the YAML's folded lines rejoined: its recorded Content-Length, 343, matches). Kind: 401, unauthenticated. Message: an HTML error page gives none (rule 2.5): the default.",
    response: {
      status: 401,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Content-Type': 'text/html; charset=utf-8',
        Date: 'Thu, 22 Jul 2021 04:29:22 GMT',
        Server: 'gunicorn',
      },
      body: '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<title>401 Unauthorized</title>\n<h1>Unauthorized</h1>\n<p>The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn&#x27;t understand how to supply the credentials required.</p>\n',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'radiant-mlhub/collection-not-found-html-404',
    source: 'Radiant MLHub API',
    url: 'radiantearth/radiant-mlhub/test/cassettes/test_client/TestClient.test_collection_does_not_exist.yaml@242e6cceb833a687adcd99215feab9e073c0ed41',
    note: "The radiant-mlhub client's recorded GET https://api.radiant.earth/mlhub/v1/collections/no_collection: 404 NOT FOUND, gunicorn, Werkzeug's HTML page (rejoined from the YAML's folds: its recorded Content-Length, 232, matches). Kind: 404, not-found. Message: an HTML page gives none (rule 2.5): the default.",
    response: {
      status: 404,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Content-Type': 'text/html; charset=utf-8',
        Date: 'Mon, 10 May 2021 18:54:07 GMT',
        Server: 'gunicorn',
      },
      body: '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'radiant-mlhub/anonymous-items-key-required-401',
    source: 'Radiant MLHub API',
    url: 'radiantearth/radiant-mlhub/test/cassettes/test_client/TestAnonymousClient.test_list_collection_items_anonymously_does_not_work.yaml@3952f454390d610ac21994441a61da1077e688aa',
    note: 'The client\'s recorded anonymous GET https://staging.api.radiant.earth/mlhub/v1/collections/bigearthnet_v1_source/items (the later FastAPI service): 401 Unauthorized with these headers (Content-Length 71, which the body matches, left out). Kind: 401, unauthenticated. Message: `detail`, a sentence naming the credential the route needs (rule 2), kept as the corpus keeps "Valid API key required". Judgment call: a reader could take it for a line naming only what is missing (rule 2.1) and give the default. logId not stated: `X-Azure-Ref` is no header rule 5 names.',
    response: {
      status: 401,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Thu, 16 Sep 2021 19:26:11 GMT',
        'X-Azure-Ref':
          '0VJpDYQAAAACOixAvT0yCS5woKGoRzcBIQk9TMzFFREdFMDQxOQAwODQxMTZmMC0yZjAzLTQ5N2ItOWUyMS03M2U2NDU0YzA2NzA=',
        'X-Cache': 'CONFIG_NOCACHE',
      },
      body: { detail: 'Must provide API key or Bearer token to access this route.' },
    },
    expect: { kind: 'unauthenticated', message: 'Must provide API key or Bearer token' },
  },
  {
    id: 'radiant-mlhub/collection-does-not-exist-json-404',
    source: 'Radiant MLHub API',
    url: 'radiantearth/radiant-mlhub/test/cassettes/test_client/TestClientAuthenticatedEndpoints.test_get_collection_item_errors.yaml@3d6a86f864f879caf7909e2852898d7b195b76ff',
    note: "The client's recorded GET https://staging.api.radiant.earth/mlhub/v1/collections/no_collection/items/item_id: 404 Not Found with these headers (Content-Length 53, which the body matches, left out). Kind: 404, not-found. Message: `detail`, a sentence naming what was not found (rule 2).",
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json',
        Date: 'Thu, 12 May 2022 20:45:43 GMT',
        'X-Azure-Ref':
          '093F9YgAAAACE19xvRltiS4aU8RDOfTrJU0pDRURHRTAzMTkAMDg0MTE2ZjAtMmYwMy00OTdiLTllMjEtNzNlNjQ1NGMwNjcw',
        'X-Cache': 'CONFIG_NOCACHE',
      },
      body: { detail: 'Collection no_collection does not exist.' },
    },
    expect: { kind: 'not-found', message: 'Collection no_collection does not exist' },
  },

  // ───────────────────────────── Geocento SEDAS ─────────────────────────────
  {
    id: 'geocento-sedas/search-filters-instantiation-400',
    source: 'Geocento SEDAS API',
    url: 'https://github.com/geocento/SEDAS-issues/issues/12',
    note: "A SEDAS (Sentinel data access service) user POSTing XML search criteria with empty filters to https://geobrowsertest.satapps.org/api/search: \"We get a invalid response of\" this body. Status: the body's own `errorCode` (400). No header shown. Kind: a 400 without a code (the numeric `errorCode` restates the status) or fields: bad-request (rule 1). Message: `errorMessage` is Jackson's instantiation report with a qualified class name, and the 500 it reports is another layer's (rule 2.3): the default.",
    response: {
      status: 400,
      body: {
        errorCode: 400,
        errorMessage:
          'Instantiation of [simple type, class com.geocento.webapps.sedas.extapi.server.domain.ProductFilters] value failed: HTTP 500 Internal Server Error',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── NASA Earth API ─────────────────────────────
  {
    id: 'nasa-earth/imagery-api-key-missing-403',
    source: 'NASA Earth API (api.nasa.gov)',
    url: 'https://github.com/nasa/api-docs/issues/174',
    note: "A `curl -vvv https://api.nasa.gov/planetary/earth/imagery?lon=-95.33&…` from a Windows shell that cut the query at the first `&`, so no key reached the API (the gateway of api.nasa.gov answers for every API behind it; the corpus's NASA APOD cases hold no such body). HTTP/1.1 403 with these headers (Transfer-Encoding and Connection left out; `Vary: Accept-Encoding`, sent twice, copied once). Kind: 403 with `API_KEY_MISSING`, a key another word names as missing, a credential code (rule 1): unauthenticated. Message: the sentence (rule 2). Code: `API_KEY_MISSING` (rule 6). logId: `X-Vcap-Request-Id`, a header named like a request id (rule 5).",
    response: {
      status: 403,
      headers: {
        Date: 'Sun, 18 Sep 2022 13:11:00 GMT',
        'Content-Type': 'application/json',
        Vary: 'Accept-Encoding',
        'Access-Control-Allow-Origin': '*',
        'Strict-Transport-Security': 'max-age=31536000; preload',
        'X-Cache': 'MISS',
        'X-Content-Type-Options': 'nosniff',
        'X-Vcap-Request-Id': 'd9ceac37-96aa-4406-4396-26ea7faf305c',
        'X-Xss-Protection': '1; mode=block',
        'X-Frame-Options': 'DENY',
      },
      body: {
        error: { code: 'API_KEY_MISSING', message: 'No api_key was supplied. Get one at https://api.nasa.gov:443' },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'No api_key was supplied',
      code: 'API_KEY_MISSING',
      logId: 'd9ceac37-96aa-4406-4396-26ea7faf305c',
    },
  },

  // ───────────────────────────── EOPF Sentinel Zarr Explorer ─────────────────────────────
  {
    id: 'eopf-explorer/asset-info-internal-error-500',
    source: 'EOPF Sentinel Zarr Explorer API (titiler-eopf)',
    url: 'https://github.com/EOPF-Explorer/titiler-eopf/issues/163',
    note: 'A user\'s table of what https://api.explorer.eopf.copernicus.eu/rstaging answered for `…/items/S2C_MSIL2A_…/assets/SCL_20m/info`: "**500** `{"error":"Internal server error"}`". No header shown. Kind: 500, server (rule 1). Message: "Internal server error" restates the status (rule 2.1): the default.',
    response: { status: 500, body: { error: 'Internal server error' } },
    expect: { kind: 'server', message: DEFAULT },
  },
] satisfies ConformanceCase[];
