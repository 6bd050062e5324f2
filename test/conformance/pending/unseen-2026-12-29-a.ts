import { DEFAULT, type ConformanceCase } from '../types';

// Thirty-ninth unseen-API holdout, part A (29 December 2026): error responses recorded in Ruby client gems' VCR
// cassettes (spec/cassettes, spec/fixtures/vcr_cassettes, spec/fixtures/cassettes), for public APIs that no other case
// file uses: Statuspage (Atlassian's status-page API), Smarty (SmartyStreets' US Street Address API), BigPanda, The
// Hype Machine, OpenCPU, Aikido Security, KLADR API (the Russian address register's API), Stack Exchange, Affiliate
// Window (Awin's SOAP API), Gem Prospector and TwitterCounter, collected to measure how the reader does at first sight
// on APIs it was never tuned on. Every body was copied from a recording of the live service in a gem's test fixtures,
// named in `url` with its commit (nulty/spage, florrain/smartystreets_api, gregory-m/big-panda,
// MrRuru/hypem-recommendator, roqua/opencpu, anakinj/aikido-ruby-client, rustsadb/kladr-client,
// PowerCodeGirls/ruby-stackoverflow, reevoo/affiliate_window, madebylotus/prospector, zigotto/twittercounter). The gems
// were found by asking which repositories hold a cassette of a common error name (`unauthorized.yml`, `not_found.yml`,
// `bad_request.yml`, `invalid_credentials.yml`, `error.yml`, `invalid_api_key.yml`, `forbidden.yml`), then listing the
// gem's other cassettes. Each status is the recorded one; headers were copied as recorded, leaving out Content-Length,
// Connection and Transfer-Encoding as the brief asks, a header the cassette lists twice joined with ", ", and the few
// long or encoding headers named in a case's note left out (Aikido's Content-Security-Policy and Content-Encoding,
// KLADR's Report-To, Nel and Alt-Svc); no header was added. A YAML literal block keeps its final line break, as YAML
// reads it. The Hype Machine's HTML page was trimmed (its note says how). Every `expect` was written from the source
// and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Feedly (khelll/feedlr's 54 cassettes are all named for successful calls and none was opened);
// Chargify, Paymill and Moip (maxio-com/chargify2, dkd/paymill-ruby and moip/moip-sdk-ruby hold no stored cassette);
// Brickset (its `not_found.yml` is a 200 HTML page: the site answers an unknown set with a page, no error status);
// NOAA's National Data Buoy Center (ryanhertz/ndbc's `not_found.yml` is a real 404 HTML page, but NOAA is the first
// word of a source already, NOAA NCEI Climate Data Online); Smarty's other cassettes (`invalid.yml`, `not_found.yml`,
// `international/not_found.yml`: 200 answers with candidates or an empty analysis, no error); Statuspage's fifth and
// sixth errors (a 400 `{"error":"page is missing"}` and the second recording of the 401, left out to keep at most five
// cases to an API); Contentful, LinkedIn, Jikan, Mapbox and Google Maps (sources already: their cassettes turned up
// under the same common names, `weather-forecaster`'s `invalid_api_key.yml` being Google's Geocoding API); The Hype
// Machine's first interaction in the same cassette (a 301 with an empty body, a redirect, not an error). No 429, no
// field-bound error list and no non-English body turned up within the cap; one SOAP fault (XML), one HTML page and four
// plain-text bodies (Smarty's, BigPanda's, OpenCPU's, KLADR's) did. 49 of the 50 look-ups were spent.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-29-a`, on cc9c13e, src/ unchanged: in the frozen copy /tmp/base39): 10/15 pass, 11 sources
// (kind 15/15, message 10/15, fields 15/15, retry 15/15, logId 7/7, code 1/1). Failing at first sight, all on the
// message: statuspage/could-not-authenticate-401 (the kit kept "Could not authenticate", a line that only says signing
// in failed, a category line under rule 2.1 as "Authentication failure" and "Login failed" are: a judgment call the
// note names); statuspage/parameter-component-required-403 (it kept "Parameter component is required", a line that
// names only which parameter is missing, generic under rule 2.1 as "Missing required parameter: templateId" is: a
// judgment call the note names); statuspage/component-not-found-sql-404 (it kept ActiveRecord's "Couldn't find
// Component with [WHERE "components"."page_id" = $1 AND …]", SQL text, developer-only under rule 2.3);
// statuspage/component-status-not-valid-value-400 (it kept "component[status] does not have a valid value", a line that
// says only that a parameter's value is not valid, generic under rule 2.1 as "The value provided for parameter '…' was
// not valid." is: a judgment call the note names); and opencpu/unused-argument-r-error-400 (it kept R's "unused
// argument (some = "data") In call: identity(some = "data")", an interpreter's report of a function call, developer
// text under rule 2.3: a judgment call the note names). Every other case passed as written, including the judgment
// calls on Statuspage's "Name can't be blank" (form-level, no field), KLADR's "contentType incorrect" (kept, sent as
// text/html without markup), Stack Exchange's 400 with `error_id` 404 (bad-request, no code), Affiliate Window's SOAP
// fault (server, the `detail` sentence over the faultstring) and BigPanda's Www-Authenticate (no code stated). No
// expectation was changed after the run (Prettier's quote style was applied before it).

// Waits in `pending/`: 12/15 now (a line naming only which input is missing or invalid, by the API's name for it, since
// the rule row of 6 December 2026; its misses are lines read both ways in the corpus: "Could not authenticate", a line
// saying only that a parameter has no valid value, and R's report whose call sits in a second paragraph).

export default [
  // ───────────────────────────── Statuspage ─────────────────────────────
  {
    id: 'statuspage/could-not-authenticate-401',
    source: 'Statuspage',
    url: 'nulty/spage/spec/fixtures/vcr_cassettes/unauthorized.yml@50501605091f91ee279f5761e79b237cee1250d5',
    note: 'The spage gem\'s recording of GET https://api.statuspage.io/v1/pages with a bad OAuth key (the cassette\'s second interaction; the first, to a mistyped /v1/v1/pages, got the same body). Headers as recorded but for Transfer-Encoding; the two Vary values joined. Kind: 401, unauthenticated (rule 1). Message: "Could not authenticate" only says that signing in failed, a category line as "Authentication failure", "Login failure" and "Login failed" are (rule 2.1, the thirty-second and thirty-fourth holdouts\' rows): the default; judgment call, the other reading keeps it as a sentence. logId: X-Request-Id (rule 5). No code.',
    response: {
      status: 401,
      headers: {
        Vary: 'Accept-Encoding, Origin',
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json',
        'X-Request-Id': 'ff4af083-3564-4377-9603-74c10b924593',
        'X-Runtime': '0.028473',
      },
      body: { error: 'Could not authenticate' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: 'ff4af083-3564-4377-9603-74c10b924593' },
  },
  {
    id: 'statuspage/parameter-component-required-403',
    source: 'Statuspage',
    url: 'nulty/spage/spec/fixtures/vcr_cassettes/components/create_403_missing_params.yml@615907722fffc659863047dcf8f0d3ebd4238b23',
    note: 'POST /v1/pages/{id}/components with `{"component":{}}`, recorded: Statuspage answers a missing parameter with a 403. Headers as recorded but for Transfer-Encoding; the two Vary values joined. Kind: a 403 without a code: forbidden (rule 1: text never decides; a 403 refuses). Message: "Parameter component is required" names only which parameter is missing, as "Missing required parameter: templateId" and "Missing \'name\' parameter" do (rule 2.1, generic, the thirty-seventh holdout\'s row): the default; judgment call, the other reading keeps the line (UniProt\'s "\'query\' is a required parameter" split the tenth sample\'s readers). No field: the parameter is named only in the text. logId: X-Request-Id (rule 5). No code.',
    response: {
      status: 403,
      headers: {
        Vary: 'Accept-Encoding, Origin',
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json',
        'X-Request-Id': 'dc799382-2063-4d5d-859c-95632f2262ae',
        'X-Runtime': '0.021679',
      },
      body: { error: 'Parameter component is required' },
    },
    expect: { kind: 'forbidden', message: DEFAULT, logId: 'dc799382-2063-4d5d-859c-95632f2262ae' },
  },
  {
    id: 'statuspage/name-cant-be-blank-422',
    source: 'Statuspage',
    url: 'nulty/spage/spec/fixtures/vcr_cassettes/components/create_422_incomplete_params.yml@615907722fffc659863047dcf8f0d3ebd4238b23',
    note: "POST /v1/pages/{id}/components with only a description, recorded. The YAML single-quoted string's doubled quote read as one. Headers as recorded but for Transfer-Encoding; the two Vary values joined. Kind: 422, validation (rule 1). Fields: a list under `error` is a list of errors (rule 3), and its one item is a string, a Rails full message with no path member: form-level, no field; judgment call, a reader who takes the leading \"Name\" for the field would state `name` (no rule names Rails' full messages as field-bound). Message: the lone form-level sentence of the error's list (rule 2.2). logId: X-Request-Id (rule 5). No code.",
    response: {
      status: 422,
      headers: {
        Vary: 'Accept-Encoding, Origin',
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json',
        'X-Request-Id': 'b5181c2a-6830-4b2c-8911-7cfd4a7745a8',
        'X-Runtime': '0.047824',
      },
      body: { error: ["Name can't be blank"] },
    },
    expect: { kind: 'validation', message: "Name can't be blank", logId: 'b5181c2a-6830-4b2c-8911-7cfd4a7745a8' },
  },
  {
    id: 'statuspage/component-not-found-sql-404',
    source: 'Statuspage',
    url: 'nulty/spage/spec/fixtures/vcr_cassettes/components/update_400_components_invalid.yml@98af9fcd0c8d715efb5f2ef004141d7082cdd73d',
    note: "The cassette's first interaction: PUT /v1/pages/{id}/components/72vkct8p5tk8 for a component that does not exist, recorded with a 404. The folded YAML line joined with one space (as YAML reads it). Headers as recorded but for Transfer-Encoding; the two Vary values joined. Kind: 404, not-found (rule 1). Message: ActiveRecord's RecordNotFound text quoting the SQL WHERE clause with its bind placeholders, SQL text (rule 2.3: \"a statement, a SQL error of any kind\"): the default; judgment call, the other reading keeps \"Couldn't find Component\" and drops the bracket as the developer's part (as a parser's report in parentheses after the sentence is, rule 2.3). logId: X-Request-Id (rule 5). No code.",
    response: {
      status: 404,
      headers: {
        Vary: 'Accept-Encoding, Origin',
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json',
        'X-Request-Id': '999bd973-be99-4a9d-8c84-635fa839175e',
        'X-Runtime': '0.036467',
      },
      body: {
        error: 'Couldn\'t find Component with [WHERE "components"."page_id" = $1 AND "components"."code" = $2]',
      },
    },
    expect: { kind: 'not-found', message: DEFAULT, logId: '999bd973-be99-4a9d-8c84-635fa839175e' },
  },
  {
    id: 'statuspage/component-status-not-valid-value-400',
    source: 'Statuspage',
    url: 'nulty/spage/spec/fixtures/vcr_cassettes/components/update_400_components_invalid.yml@98af9fcd0c8d715efb5f2ef004141d7082cdd73d',
    note: 'The same cassette\'s second interaction: PUT of a component with `"status":"major_outag"`, recorded with a 400. Headers as recorded but for Connection; the two Vary values joined. Kind: a 400 without a code and without field errors by structure (`component[status]` is named only in the text): bad-request (rule 1). Message: "component[status] does not have a valid value" says only that a parameter\'s value is not valid, as "The value provided for parameter \'…\' was not valid." and "Invalid value for contentid \'…\'" do (rule 2.1, the twenty-ninth holdout\'s row): the default; judgment call, the other reading keeps it (it names the parameter, as Fize\'s "Invalid connection_id", kept by the ninth sample\'s first reader). logId: X-Request-Id (rule 5). No code.',
    response: {
      status: 400,
      headers: {
        Vary: 'Accept-Encoding, Origin',
        'Cache-Control': 'no-cache',
        'Content-Type': 'application/json',
        'X-Request-Id': 'a9c9550b-d1ac-48c0-8808-2f7e92da524a',
        'X-Runtime': '0.026961',
        'X-Statuspage-Version': '74d6192c1766f9eae00982f412d09eefd4fad2b8',
      },
      body: { error: 'component[status] does not have a valid value' },
    },
    expect: { kind: 'bad-request', message: DEFAULT, logId: 'a9c9550b-d1ac-48c0-8808-2f7e92da524a' },
  },

  // ───────────────────────────── Smarty (SmartyStreets) ─────────────────────────────
  {
    id: 'smarty/unauthorized-text-401',
    source: 'Smarty',
    url: 'florrain/smartystreets_api/spec/cassettes/unauthorized.yml@2d50c34fcde042c060467513c11fc827d90c39de',
    note: "GET https://api.smartystreets.com/street-address with `auth-id=fake&auth-token=fake`, recorded (the YAML literal block keeps its final line break). Headers as recorded but for Content-Length. Kind: 401, unauthenticated. Message: a text body that is only the 401's reason phrase (rule 2.1): the default. No logId (no id header), no code.",
    response: {
      status: 401,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'X-Content-Type-Options': 'nosniff',
        Date: 'Mon, 02 Jan 2017 10:11:56 GMT',
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
      },
      body: 'Unauthorized\n',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── BigPanda ─────────────────────────────
  {
    id: 'bigpanda/unauthorized-bearer-invalid-token-401',
    source: 'BigPanda',
    url: 'gregory-m/big-panda/spec/fixtures/cassettes/unauthorized.yml@327b3d2aff6f57b1885203cc60ada7a8dece4028',
    note: 'POST https://api.bigpanda.io/test with `Authorization: Bearer bad-access-token`, recorded (2013). The recording shows no Content-Type; headers as recorded but for Transfer-Encoding and Connection. Kind: 401, unauthenticated. Message: the body is the 401\'s reason phrase (rule 2.1): the default. Code: not stated; the `error="invalid_token"` in Www-Authenticate is OAuth\'s code, but no rule names a code read from that header (the other reading states `invalid_token`). No logId.',
    response: {
      status: 401,
      headers: {
        Server: 'nginx/1.2.7',
        Date: 'Sat, 16 Mar 2013 22:03:50 GMT',
        'X-Powered-By': 'Express',
        'Www-Authenticate': 'Bearer realm="Users", error="invalid_token"',
      },
      body: 'Unauthorized',
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── The Hype Machine ─────────────────────────────
  {
    id: 'hype-machine/file-not-found-html-404',
    source: 'The Hype Machine API',
    url: 'MrRuru/hypem-recommendator/spec/fixtures/vcr_cassettes/bad_request.yml@57724864e4d7bfeedfffb399355089b9a9d8c415',
    note: "GET http://api.hypem.com/playlist/item/badid/json/1 was answered with a 301 to /track/ (the cassette's first interaction, an empty body), and GET /track/ with this 404 page. Body trimmed: the rules inside <style>, the header's logo and menu, and the olark chat script after the content were cut; the title, the message block and the paragraph are as recorded (YAML's folded whitespace approximated). Headers as recorded but for Content-Length and Connection. Kind: 404, not-found. Message: an HTML page gives no message (rule 2.5): the default. No code, no logId.",
    response: {
      status: 404,
      headers: {
        Server: 'nginx/1.2.3',
        Date: 'Thu, 15 Nov 2012 01:39:01 GMT',
        'Content-Type': 'text/html',
        'Keep-Alive': 'timeout=10',
      },
      body: '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n\n<title>Error 404: Not Found</title>\n\n<link rel="icon" href="http://static.hypem.net/favicon.ico" type="image/x-icon">\n<link rel="shortcut icon" href="http://static.hypem.net/favicon.ico" type="image/x-icon">\n\n<style type="text/css">\n</style>\n</head>\n<body>\n    \n<div id="content-wrapper">\n    <div id="message">\n        <h1>Error 404: File not found</h1>\n    </div><!-- message -->\n\n    <div id="container">    \n\n        <div id="content-left">\n\n            <h2></h2>\n            \n            <a target="_blank" href="http://flickr.com/photos/dvs/11951382/"><img src="http://static.hypem.net/images/error_notfound.jpg" /></a><br/><br/>\n            \n            <p>You\'ve asked for a page that doesn\'t exist.  Sorry to disappoint. :(<br/><br/>\n\n                If you believe you are getting this message in error, please <a href="http://hypem.com/contact">click here</a>. Be sure to provide your e-mail as well as a description of what you were doing when this error occurred.\n                <br/><br/>\n                <a target="_blank" href="http://flickr.com/photos/dvs/">photo by dvs</a>\n            </p>\n\n        </div>\n   \n        <div id="content-right">\n        </div>\n\n    </div>\n\n</div><!-- content-wrapper -->\n\n</body></html>',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },

  // ───────────────────────────── OpenCPU ─────────────────────────────
  {
    id: 'opencpu/unused-argument-r-error-400',
    source: 'OpenCPU',
    url: 'roqua/opencpu/spec/fixtures/vcr_cassettes/bad_request.yml@06f9698d7afd20ba19dbd073fbbd87da3878af10',
    note: 'POST https://public.opencpu.org/ocpu/library/base/R/identity/json with `{"some":"data"}`, recorded: OpenCPU returns R\'s error and the call as text. The YAML literal block read as YAML reads it (final line break kept). Headers as recorded but for Transfer-Encoding and Connection. Kind: a 400 without a code: bad-request (rule 1). Message: R\'s own evaluation error followed by "In call:" and the R expression, an interpreter\'s report of a function call (rule 2.3, as Go\'s, Swift\'s and a C++ member function\'s reports are): the default; judgment call, the other reading keeps "unused argument (some = "data")" as the sentence of a 4xx text body (rule 2.6). No code, no logId.',
    response: {
      status: 400,
      headers: {
        Server: 'nginx/1.10.0 (Ubuntu)',
        Date: 'Thu, 30 Jun 2016 10:16:58 GMT',
        'Content-Type': 'text/plain; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Expose-Headers': 'Location, X-ocpu-session, Content-Type, Cache-Control',
        'Access-Control-Allow-Headers': 'Origin, Content-Type, Accept, Accept-Encoding, Cache-Control, Authorization',
        'Access-Control-Allow-Credentials': 'true',
        'X-Ocpu-R': 'R version 3.3.1 (2016-06-21)',
        'X-Ocpu-Locale': 'en_US.UTF-8',
        'X-Ocpu-Time': '2016-06-30 06:16:58 EDT',
        'X-Ocpu-Version': '1.6.3',
        'X-Ocpu-Server': 'rApache',
        Vary: 'Accept-Encoding',
      },
      body: 'unused argument (some = "data")\n\nIn call:\nidentity(some = "data")\n',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },

  // ───────────────────────────── Aikido Security ─────────────────────────────
  {
    id: 'aikido/invalid-client-credentials-401',
    source: 'Aikido Security',
    url: 'anakinj/aikido-ruby-client/spec/fixtures/vcr_cassettes/invalid_credentials.yml@541a79cdb76de3b2955615ce1f403a440551d468',
    note: "POST https://app.aikido.dev/api/oauth/token (client_credentials) with wrong credentials, recorded (2024). The folded YAML line joined with one space. Headers as recorded but for the long Content-Security-Policy and for Content-Encoding (the recorded body is the decoded text, so a gzip marker would misdescribe it). Kind: 401, unauthenticated (and `invalid_client` is a credential code, rule 1). Message: OAuth's `error_description` beats `error` (rule 2.2). Code: OAuth's `error` (rule 6). No logId.",
    response: {
      status: 401,
      headers: {
        Date: 'Sun, 10 Mar 2024 19:03:07 GMT',
        'Content-Type': 'application/json',
        Server: 'Apache',
        'X-Ua-Compatible': 'IE=Edge',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Xss-Protection': '1; mode=block',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
        Vary: 'Accept-Encoding',
      },
      body: { error: 'invalid_client', error_description: 'The provided credentials are invalid' },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'The provided credentials are invalid',
      code: 'invalid_client',
    },
  },

  // ───────────────────────────── KLADR API ─────────────────────────────
  {
    id: 'kladr/content-type-incorrect-400',
    source: 'KLADR API',
    url: 'rustsadb/kladr-client/spec/fixtures/vcr_cassettes/error.yml@bb5946c53ef5b9c767ec45e08da4493052e924de',
    note: 'GET https://kladr-api.ru/api.php?contentType=bebra&limit=5&query=Мо, recorded (2022) behind Cloudflare. Sent as text/html but holding no markup (rule 2.5: markup is a tag, a comment or a doctype): plain text. Headers as recorded but for Transfer-Encoding, Connection and the long Report-To, Nel and Alt-Svc. Kind: a 400 without a code: bad-request (rule 1). Message: "contentType incorrect" names the parameter and says its value is wrong, kept as Fize\'s "Invalid connection_id" was by the corpus (the ninth sample); judgment call, the other reading takes it for a line that names only what is invalid (PeerTube\'s "Incorrect request parameters: id", rule 2.1) and gives the default. logId: Cf-Ray (rule 5). No code.',
    response: {
      status: 400,
      headers: {
        Date: 'Mon, 10 Oct 2022 19:57:20 GMT',
        'Content-Type': 'text/html; charset=UTF-8',
        'Cf-Cache-Status': 'DYNAMIC',
        Server: 'cloudflare',
        'Cf-Ray': '7581ecad8eb79048-FRA',
      },
      body: 'contentType incorrect',
    },
    expect: { kind: 'bad-request', message: 'contentType incorrect', logId: '7581ecad8eb79048-FRA' },
  },

  // ───────────────────────────── Stack Exchange ─────────────────────────────
  {
    id: 'stack-exchange/no-method-400',
    source: 'Stack Exchange API',
    url: 'PowerCodeGirls/ruby-stackoverflow/spec/fixtures/vcr_cassettes/error.yml@82c5554587fbfd88d7fdb9f228d354df319b8ca6',
    note: "GET https://api.stackexchange.com/2.2/users/1363236&&?… (a malformed path), recorded (2015). Headers as recorded but for Content-Length. Kind: a 400 whose `error_name` `no_method` is no code the table lists: bad-request (rule 1); judgment call, Stack Exchange's `error_id` 404 mirrors an HTTP status, and a reader who takes it for the body's own status (as Supabase Storage's `statusCode`) reads not-found. Message: `error_message`, a sentence (rule 5's shapes of message names). Code: not stated; `error_name` and the numeric `error_id` are both codes by shape and the rules do not say which wins (rule 6: state a code only without doubt); the other reading states `no_method`. No logId.",
    response: {
      status: 400,
      headers: {
        'Cache-Control': 'private',
        'Content-Type': 'application/json; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Credentials': 'false',
        'X-Content-Type-Options': 'nosniff',
        Date: 'Mon, 20 Jul 2015 16:59:08 GMT',
      },
      body: { error_id: 404, error_message: 'no method found with this name', error_name: 'no_method' },
    },
    expect: { kind: 'bad-request', message: 'no method found with this name' },
  },

  // ───────────────────────────── Affiliate Window (Awin) ─────────────────────────────
  {
    id: 'affiliate-window/soap-auth-fault-500',
    source: 'Affiliate Window API',
    url: 'reevoo/affiliate_window/spec/fixtures/vcr_cassettes/invalid_credentials.yml@3557df85f0f343ac8ede4764a31c92babf77e89f',
    note: 'The cassette\'s second interaction (the first fetches the WSDL with a 200): the SOAP call getMerchantList to http://api.affiliatewindow.com/v6/AffiliateService with a wrong password, recorded with "500 Internal Service Error" (2016). The YAML literal block read as YAML reads it. Headers as recorded but for Content-Length. Kind: 500, server (rule 1: a code never turns a 5xx into a 4xx kind other than rate-limited; the faultcode `ns1:Client.AUTH` names a sign-in failure). Message: `faultstring` "Authentication Failed" is a category line ("Authentication failure", rule 2.1), and the fault\'s `detail` holds the exception\'s own sentence, occurrence-specific (rule 2.2); judgment call, the other reading takes the faultstring. Code: not stated; a SOAP `faultcode` with its namespace prefix in the value is not named by rule 6 (the other reading states `Client.AUTH`). No logId.',
    response: {
      status: 500,
      headers: {
        Date: 'Wed, 21 Sep 2016 13:05:46 GMT',
        Server: 'Apache',
        Node: 'ws40',
        'Content-Type': 'text/xml; charset=utf-8',
      },
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="http://api.affiliatewindow.com/"><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>ns1:Client.AUTH</faultcode><faultstring>Authentication Failed</faultstring><faultactor>http://api.affiliatewindow.com/</faultactor><detail><ns1:ApiException><message>Invalid combination of username/password/usertype or account disabled</message></ns1:ApiException></detail></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>\n',
    },
    expect: { kind: 'server', message: 'Invalid combination of username/password/usertype or account disabled' },
  },

  // ───────────────────────────── Gem Prospector ─────────────────────────────
  {
    id: 'gem-prospector/empty-object-401',
    source: 'Gem Prospector',
    url: 'madebylotus/prospector/spec/fixtures/vcr_cassettes/invalid_credentials.yml@5a57e6dfb5462bffecbc6a7f2ee0614a283212d2',
    note: 'POST http://api.gemprospector.com/v1/specifications.json with X-Auth-Token/X-Auth-Secret set to placeholders, recorded (2015) with "401 Unauthorized " and an empty JSON object. Headers as recorded but for Content-Length and Connection. Kind: 401, unauthenticated. Message: nothing in the body: the default (rule 2.4). logId: X-Request-Id (rule 5). No code.',
    response: {
      status: 401,
      headers: {
        'X-Frame-Options': 'SAMEORIGIN',
        'X-Xss-Protection': '1; mode=block',
        'X-Content-Type-Options': 'nosniff',
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-cache',
        'X-Request-Id': '1d2b81a8-328e-4cd3-ade0-47e0d49cca2d',
        'X-Runtime': '0.551746',
        Server: 'WEBrick/1.3.1 (Ruby/2.2.2/2015-04-13)',
        Date: 'Wed, 17 Jun 2015 00:58:09 GMT',
      },
      body: {},
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, logId: '1d2b81a8-328e-4cd3-ade0-47e0d49cca2d' },
  },

  // ───────────────────────────── TwitterCounter ─────────────────────────────
  {
    id: 'twittercounter/api-credentials-incorrect-401',
    source: 'TwitterCounter',
    url: 'zigotto/twittercounter/spec/fixtures/vcr_cassettes/invalid_credentials.yml@76b8a3421cf825136017ab27e658e759e26a703f',
    note: "GET http://api.twittercounter.com/?output=json&count=14&apikey=invalid_api, recorded in VCR 1's Ruby-struct format (2011). Headers as recorded but for content-length. Kind: 401, unauthenticated. Message: `error`, a sentence that says what was wrong with the credentials. `version` is the API's version, no code. No logId, no code.",
    response: {
      status: 401,
      headers: {
        date: 'Tue, 26 Jul 2011 03:35:20 GMT',
        server: 'Apache/2.2.17 (Fedora)',
        'x-powered-by': 'PHP/5.3.3',
        'cache-control': 'no-cache, must-revalidate',
        expires: 'Mon, 26 Jul 1997 05:00:00 GMT',
        'content-type': 'application/json',
      },
      body: { version: '1.1', error: 'API credentials are incorrect' },
    },
    expect: { kind: 'unauthenticated', message: 'API credentials are incorrect' },
  },
] satisfies ConformanceCase[];
