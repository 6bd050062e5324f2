import { DEFAULT, type ConformanceCase } from '../types';

// Hundred-and-tenth unseen-API holdout, part KL (10 March 2027): media, content and asset APIs in the long tail
// (headless CMSs, video hosting and streaming, image CDNs, podcast hosting, stock media). Four sources no other case
// file uses: Livepeer Studio (the video streaming and transcoding API; its API server's own Jest tests in
// livepeer/studio), the Getty Images Connect API (stock media; the "Errors" and "Request Throttling" sections of
// Getty's Connect v3 README, read in a fork of gettyimages/gettyimages-api that keeps it, whose upstream README now
// only points to the developer portal), Tator (the video annotation and media platform; a 400 its Python client printed
// with every header, pasted in cvisionai/tator#1969) and CDS Videos (CERN Document Server's video platform; a body
// quoted in CERNDocumentServer/cds-videos#289). Livepeer Studio's bodies are the ones its tests assert whole:
// `expect(await res.json()).toEqual({ errors: [...] })` with the status in generate.test.ts, and `toMatchObject({
// status, body: { errors: [...] } })` in auth.test.ts (the array checked item by item; the wire form `{ errors }`
// is the one generate.test.ts checks with toEqual). Headers were copied only where the source shows them (Getty's
// Content-Type and X-Error-Detail, Tator's whole header block, the CORS headers Livepeer's test checks); none was
// added. Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Livepeer Studio's 418 "I'm not Jason" (the test's mocked upstream body, passed through: the
// test author's text), its 422 schema errors (checked with `expect.stringContaining`), its 429s (status and Retry-After
// only), "user can only request information on their own user object" (asserted only inside a branch the test never
// takes) and "credential disallows CORS access from origin …" (a pattern); Livepeer's access-control and playback tests
// check statuses only. Getty's 401 challenge (`WWW-Authenticate: Bearer … error="invalid_token"`) is printed without a
// body, and the README does not say it has none: dropped rather than guessed. A 403 the Getty API sent through
// CloudFront (gettyimages/gettyimages-api#1) shows its headers but not its 23-byte body: dropped. Cobalt's
// `{"status":"error","text":"Unauthorized"}` (imputnet/cobalt#91) and IPTV-Restream's `{"success":false,"message":
// "Invalid token."}` are printed without a status: dropped. Ontime's 400 text (cpvalente/ontime#70) is a live-event
// timer's, outside the domain. VHX (Vimeo OTT)'s error page in vhx/api-documentation prints a status table and no body;
// FastPix's SDK models print examples assembled from per-property examples; AutoPod's page prints bodies without one
// status each (and AutoPod is a source already). Searches for Wistia, Shutterstock, Pexels, Envato, imgix, Sirv,
// Podbean, Freepik, Shotstack, Bitmovin, Squidex, Owncast and Tenor found no captured or vendor-printed body with its
// status. Skipped as already sources: Vimeo, Kaltura, Buzzsprout, Unsplash, Pixabay, Mux, Cloudinary, Storyblok,
// Sanity, Strapi, Directus, Prismic, Contentful, DatoCMS, ButterCMS, Contentstack, Kontent.ai, Hygraph, Uploadcare,
// ImageKit, Bunny, api.video, JW Player, Brightcove, Giphy, Filestack, Spreaker, Imgur, Openverse, Flickr, Transloadit,
// Boosta (docs.boosta.pro, found again), PeerTube, Jellyfin and Castopod. No XML body and no HTML page turned up.
//
// The part holds 10 cases from 4 sources, under the brief's aim of 15–30 from at least 5: all 38 look-ups of the cap
// were spent, most on searches that found error formats described without a body, or bodies without a status.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-03-10-kl`, on aa403dc, the commit /tmp/base110/READY names, src/ unchanged: in the frozen copy
// /tmp/base110; the `--check` run before it reported no problem): 8/10 pass, 4 sources (kind 10/10, message 8/10,
// fields 10/10, retry 10/10, logId 0/0, code 1/1). Failing at first sight: getty-images/invalid-request-400 (kept
// "Invalid Request. Possible required parameter missing."; the case reads a generic headline and a line that names no
// input as saying no more than the status, rule 2.1's "Required parameter is missing.", and gives the default: not
// marked a judgment call, the rule names the line); tator/upload-completion-body-validation-400 (kept `details`, "Value
// {'key': … } not valid for schema of type object: (<ValidationError: …>, …)"; the case reads it as a JSON Schema
// validator's report with Python reprs of its exceptions, developer text by rule 2.3, beside the generic "Request body
// validation error" (rule 2.1), and gives the default: not a judgment call). Every other case passed as written,
// including the judgment calls on Livepeer Studio's "Failed to generate text-to-image" (kept) and its CORS line (kept),
// Getty's "Account Inactive" and throttling 403s (forbidden, kept); CDS Videos' status is the body's own, as its note
// says.
//
// No expectation was changed after the run (Prettier's and the header's line breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, which read Getty Images' "Possible required parameter
// missing." as generic and Tator's validator repr as developer text: 10/10.

export default [
  // ───────────────────────────── Livepeer Studio ─────────────────────────────
  {
    id: 'livepeer-studio/generate-upstream-error-hidden-500',
    source: 'Livepeer Studio API',
    url: 'livepeer/studio/packages/api/src/controllers/generate.test.ts@24ed76004b59e43c0565c53272f9c691bbae29af',
    note: '"should log failed requests to db": the AI gateway behind the API is mocked to answer 500 `{"details":{"msg":"sudden error"}}`; POST /generate/text-to-image then answers `expect(res.status).toBe(500)` and `expect(await res.json()).toEqual({ errors: ["Failed to generate text-to-image"] })` (the test\'s comment: "5xx errors get hidden from end users"). No header checked, none given. Kind: 500, server (rule 1). Message: the lone line of the `errors` list (rule 2.2) says which operation failed, as "Failed to process audio" does (rule 2.1): kept. Judgment call: "text-to-image" is the route\'s name, and a reader could read the line as "Operation failed." with a name in it and give the default.',
    response: { status: 500, body: { errors: ['Failed to generate text-to-image'] } },
    expect: { kind: 'server', message: 'Failed to generate text-to-image' },
  },
  {
    id: 'livepeer-studio/exception-internal-server-error-500',
    source: 'Livepeer Studio API',
    url: 'livepeer/studio/packages/api/src/controllers/generate.test.ts@24ed76004b59e43c0565c53272f9c691bbae29af',
    note: '"should log exceptions to db": the call to the gateway throws `new Error("on your face")` (logged, not sent); the test checks 500 and `toEqual({ errors: ["Internal server error: Error"] })`. No header checked. Kind: 500, server (rule 1). Message: the 500\'s reason phrase followed by the thrown exception\'s class name, `Error` (rule 2.1: a leading reason phrase is dropped; what is left is a lone word and an exception\'s name, rule 2.3): the default.',
    response: { status: 500, body: { errors: ['Internal server error: Error'] } },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'livepeer-studio/cors-key-restricted-access-403',
    source: 'Livepeer Studio API',
    url: 'livepeer/studio/packages/api/src/controllers/auth.test.ts@345898ec73673a53f1e2a250ed42fcad85f6237f',
    note: '"should allow only specific APIs to be called with CORS key": an API key created with `access: { cors: { allowedOrigins } }` calls GET /stream (among other admin routes) from an allowed origin; the test checks `toMatchObject({ corsAllowed: true, status: 403, body: { errors: ["access forbidden for CORS-enabled API key with restricted access"] } })`, `corsAllowed` meaning `access-control-allow-origin` equals the request\'s origin, and every response checks `access-control-allow-credentials: true`: both are given. Kind: 403, forbidden (rule 1). Message: the lone line says what the key may not do and why (rule 2.2): kept. Judgment call: it opens in small letters with "access forbidden", the 403\'s phrase reworded, but goes on to name the key\'s restriction, which a reader keeps as the corpus keeps "Not Authorized" on a 403.',
    response: {
      status: 403,
      headers: { 'access-control-allow-origin': 'http://localhost:3000', 'access-control-allow-credentials': 'true' },
      body: { errors: ['access forbidden for CORS-enabled API key with restricted access'] },
    },
    expect: { kind: 'forbidden', message: 'CORS-enabled API key with restricted access' },
  },

  // ───────────────────────────── Getty Images ─────────────────────────────
  {
    id: 'getty-images/invalid-request-400',
    source: 'Getty Images API',
    url: 'tamaragevorgyan/gettyimages-api/README.md@004d7152f11c407207132612f78708cda1e146f4',
    note: 'Getty\'s Connect v3 README, "Errors": "Sending misspelled or improperly formatted request bodies or querystring parameters will result in a `400 Bad Request` response", printed with its Content-Type and this body. Kind: 400, no code, no fields: bad-request (rule 1). Message: "Invalid Request." is a generic summary and "Possible required parameter missing." names no input (rule 2.1: "so is one that names no input (\'Required parameter is missing.\')"): the default.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { message: 'Invalid Request. Possible required parameter missing.' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'getty-images/account-inactive-403',
    source: 'Getty Images API',
    url: 'tamaragevorgyan/gettyimages-api/README.md@004d7152f11c407207132612f78708cda1e146f4',
    note: 'The README\'s "Errors": "Omitting, misspelling or sending invalid Api-Key will result in a `403 Forbidden: Account Inactive` response", printed with this body. Kind: 403 with no code: forbidden (rule 1; the README ties it to a bad key, but text never decides the kind). Message: "Account Inactive" says what was refused, kept as the corpus keeps Blizzard\'s "Account Inactive" on a 403 (Mashery\'s words: both APIs sat behind it, the README\'s own 200 shows `Server: Mashery Proxy`). Judgment call: a reader could take the two words for a label and give the default.',
    response: {
      status: 403,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { message: 'Account Inactive' },
    },
    expect: { kind: 'forbidden', message: 'Account Inactive' },
  },
  {
    id: 'getty-images/image-not-found-404',
    source: 'Getty Images API',
    url: 'tamaragevorgyan/gettyimages-api/README.md@004d7152f11c407207132612f78708cda1e146f4',
    note: 'The README\'s "Errors": "Submitting invalid image `id`\'s will result in a `404 Not Found` response", printed with its Content-Type and this body. Kind: 404, not-found (rule 1). Message: a sentence naming the record, with the id the request sent: kept. Code: `ImageNotFound` (rule 6: an explicit `code` member).',
    response: {
      status: 404,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { code: 'ImageNotFound', message: 'Image not found: 452O76944' },
    },
    expect: { kind: 'not-found', message: 'Image not found', code: 'ImageNotFound' },
  },
  {
    id: 'getty-images/over-queries-per-second-limit-403',
    source: 'Getty Images API',
    url: 'tamaragevorgyan/gettyimages-api/README.md@004d7152f11c407207132612f78708cda1e146f4',
    note: 'The README\'s "Errors" and "Request Throttling": exceeding the key\'s calls-per-second limit "will result in a `403 Forbidden: Account Over Queries Per Second Limit` response", printed with `X-Error-Detail` (two spaces after its colon in the README; the value is copied without them), the Content-Type and this body. Kind: a 403 without `Retry-After`, without a rate-limit remaining of 0 and without a code (rule 1): forbidden, as the corpus reads TfNSW\'s same header and words. Judgment call: the README calls it a throttle, and a reader could read the words as a throttling code; rule 1 lets text never decide. Message: the phrase says what happened: kept. Retry: no time named (rule 4).',
    response: {
      status: 403,
      headers: {
        'X-Error-Detail': 'Account Over Queries Per Second Limit',
        'Content-Type': 'application/json; charset=utf-8',
      },
      body: { message: 'Account Over Queries Per Second Limit' },
    },
    expect: { kind: 'forbidden', message: 'Account Over Queries Per Second Limit' },
  },
  {
    id: 'getty-images/over-rate-limit-403',
    source: 'Getty Images API',
    url: 'tamaragevorgyan/gettyimages-api/README.md@004d7152f11c407207132612f78708cda1e146f4',
    note: 'The README\'s "Errors" and "Request Throttling": exceeding the key\'s calls-per-day limit "will result in a `403 Forbidden: Account Over Rate Limit` response", printed with `X-Error-Detail`, the Content-Type and this body. Kind: forbidden, as for the per-second limit above (rule 1: no Retry-After, no remaining 0, no code; TfNSW\'s "Account over rate limit" with the same header is read so). Judgment call: the same as above. Message: kept, as TfNSW\'s is. Retry: none (a day\'s limit names no wait, rule 4).',
    response: {
      status: 403,
      headers: { 'X-Error-Detail': 'Account Over Rate Limit', 'Content-Type': 'application/json; charset=utf-8' },
      body: { message: 'Account Over Rate Limit' },
    },
    expect: { kind: 'forbidden', message: 'Account Over Rate Limit' },
  },

  // ───────────────────────────── Tator ─────────────────────────────
  {
    id: 'tator/upload-completion-body-validation-400',
    source: 'Tator',
    url: 'https://github.com/cvisionai/tator/issues/1969',
    note: 'The issue pastes what tator-py\'s `ApiException` printed while completing a multipart upload of a video: "(400) Reason: Bad Request", the HTTP response headers (copied as printed) and the body (Content-Length 451, which the body below matches byte for byte as compact JSON). Kind: 400 with no code and no field-bound error (`details` is one string): bad-request (rule 1). Message: "Request body validation error" is a generic summary (rule 2.1, as "Validation error" is), and `details`, a string, speaks only when nothing else does and only if it is for the person (rule 2.2): it is a JSON Schema validator\'s report on the request body with Python reprs of its `ValidationError` objects (rule 2.3): the default.',
    response: {
      status: 400,
      headers: {
        Server: 'gunicorn',
        Date: 'Thu, 23 Jan 2025 12:55:26 GMT',
        Connection: 'keep-alive',
        'Content-Type': 'application/json',
        Vary: 'Accept, Cookie',
        Allow: 'POST',
        'X-Frame-Options': 'DENY',
        'Content-Length': '451',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'same-origin',
        'Cross-Origin-Opener-Policy': 'same-origin',
      },
      body: {
        message: 'Request body validation error',
        details:
          "Value {'key': '1/1/8/1080_RaySnKwOuo.mp4', 'upload_id': 'db81db25-eb42-4106-850a-9d982a9e37da', 'parts': [{'ETag': '\"463709357ceb18a41fcb710e1a5b7f3e\"', 'PartNumber': 1}, {'ETag': '\"0eed70aba122da5b0ce756b95f87cb73\"', 'PartNumber': 2}], 'bucket_id': None} not valid for schema of type object: (<ValidationError: 'None for not nullable'>, <ValidationError: \"None is not of type 'integer'\">)",
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── CDS Videos ─────────────────────────────
  {
    id: 'cds-videos/validation-error-400',
    source: 'CDS Videos (CERN Document Server)',
    url: 'https://github.com/CERNDocumentServer/cds-videos/issues/289',
    note: 'The issue, by the project\'s developers: "Right now the API returns `{"status": 400, "message": "Validation error."}`" for a deposit the UI could not save. Status: the body\'s own `status` (400), which the Invenio REST error it comes from writes from its HTTP code, as the corpus reads Zenodo\'s "status 400 in the body"; no header shown. Kind: 400, no fields, no code: bad-request (rule 1). Message: "Validation error." is a generic summary (rule 2.1): the default.',
    response: { status: 400, body: { status: 400, message: 'Validation error.' } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
] satisfies ConformanceCase[];
