import { DEFAULT, type ConformanceCase } from '../types';

// Thirty-second unseen-API holdout, part I (22 December 2026): self-hosted home-lab, NAS, media and download-manager
// apps' own HTTP APIs that no other case file uses (Pi-hole, Snipe-IT, Transmission RPC, Deluge Web, qBittorrent Web
// API, Frigate, AdGuard Home, OpenMediaVault, Emby, SABnzbd, Synology DSM Web API, Actual Budget's sync server and
// Navidrome's native API), collected to measure how the reader does at first sight on APIs it was never tuned on. Every
// body was copied from the public material named in `url`: Pi-hole's own API reference (pi-hole/docs, which prints each
// error body under its response line), Frigate's own API test that asserts a whole body and status, public issues that
// paste a captured response with its status (a curl -i, a client's "200 (OK): {…}" line, a debug dialog whose title is
// the status's reason phrase), and client libraries' tests that serve the app's error with its status (read through the
// index by id; the index did not name their repository, and `url` says so). Synology's answers come from three such
// client tests that serve them with a 200 (DSM's Web API answers its errors with a 200 and `success: false`). No header
// was added but the Content-Type a source states. Every `expect` was written from the source and
// test/conformance/README.md before the kit was run on it.
//
// Looked for and dropped: Synology bodies pasted without their status (python-synology#8's curl output,
// synology-drive-api's exception text), a Synology Download Station test's code 400 (the same shape as the Auth API's,
// kept once); TrueNAS (only pull-request titles, no captured body); pfSense's REST package (one client test of its v2
// envelope with the placeholder "field x is required"); Kodi JSON-RPC (Radarr#4405 logs the 200 but the index cut the
// body after `{"error":{"code":-3260`; other pastes show no status); NZBGet (`{"version":"1.1","error":{"name":
// "JSONRPCError",…}}` pasted from a browser, without status; the one served copy is a third party's imitation of the
// server); Jackett's XML `<string …>Incorrect API key</string>` and Headscale's "Unauthorized" (no status);
// Transmission's 403 whitelist page and current 409 page (pasted only as rendered text, not the HTML sent); a Frigate
// export test (asserts only `success` and a substring of `message`); python-adguardhome's `status=400, text="NOT OK"`
// (an SDK author's placeholder, not AdGuard Home's text); Nginx Proxy Manager (a 400 on /api/tokens whose body the
// issue does not show); Ombi, Linkding, Komga, Appsmith, Piwigo, Shlink, Passbolt and Technitium DNS (no error body
// with its status found; Technitium only in its source). Navidrome's Subsonic-protocol errors were left out (the
// Subsonic API is in the corpus); its native /auth/login answer is its own API. Vaultwarden is Bitwarden's API (in the
// corpus); Sonarr, Radarr, Jellyfin, Kavita, FreshRSS, Miniflux, wallabag, Mealie, Firefly III, Paperless-ngx, Immich,
// Audiobookshelf, Tautulli, Uptime Kuma, Portainer and Proxmox VE are already in the corpus. Collection used 77 of the
// 100 look-ups and stopped with 27 cases from 13 sources, short of the 30–40 asked: most home-lab apps' errors are
// pasted as rendered text or without their status.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-22-i`, on 65e5bab, src/ unchanged: in the frozen copy /tmp/base32): 20/27 pass, 13 sources
// (kind 25/27, message 23/27, fields 25/27, retry 27/27, logId 0/0, code 3/5). Failing at first sight:
// pi-hole/database-error-402 (read the error's `data: { sql_msg }` as a field error, hence validation, and kept "Could
// not remove domain to gravity database", a database's failure, as the message; rules 1, 2.3, 3);
// snipe-it/statuslabel-not-found-200 and snipe-it/checkin-failed-200 (did not read the sentence held as a string in
// `messages` beside `status: "error"`: the kind's default; rules 2.1, 3); openmediavault/config-property-missing-500
// (kept the sentence naming the internal model `conf.system.network.interface` as the message; rule 2.3);
// synology/auth-code-400-200 (kind right from `code: 400` beside the 200, but no code kept; rule 6);
// synology/auth-otp-required-403-200 (read `errors.types[0].type: "otp"` as a field error "Otp", and no code kept;
// rules 3, 6); actual-budget/invalid-password-400 (read `reason: "invalid-password"` as an input's invalid value,
// validation, not as a credential code; rule 1).

export default [
  // ───────────────────────────── Pi-hole ─────────────────────────────
  {
    id: 'pi-hole/unauthorized-401',
    source: 'Pi-hole',
    url: 'pi-hole/docs/docs/api/index.md@14710581adf76b7931df09ce7ce9df4501ffde41',
    note: 'The API reference\'s "Example reply: Error (unauthorized access)", printed under "Response code: `HTTP/1.1 401 Unauthorized`". 401 is unauthenticated (rule 1). `message` is "Unauthorized", the 401\'s reason phrase, so the message is the default (rule 2.1). `key` is Pi-hole\'s error key ("may be used for internal categorization"); rule 6 does not name the member and "unauthorized" only restates the status, so the code is left unstated. The error object is not an item of a list, so its `key` names no field (rule 3).',
    response: {
      status: 401,
      body: { error: { key: 'unauthorized', message: 'Unauthorized', data: null } },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'pi-hole/no-password-in-payload-400',
    source: 'Pi-hole',
    url: 'pi-hole/docs/docs/api/auth.md@169a3530be44911558fff9a469748b099813cb9f',
    note: 'The authentication page\'s "Error response", printed under "Response code: `HTTP/1.1 400 - Bad Request`" for `POST /api/auth` without a password. A 400 without field errors and with a key that only restates the status (`bad_request`) is a bad request (rule 1; text never decides the kind). The `message` is a sentence written for the person (Pi-hole\'s docs: "This string may be shown to the user"), and it names a missing input rather than reporting a parser\'s failure, so it is the message (rule 2.1; judgment: rule 2.3 lists a body that is missing or not JSON, not a missing member). `hint` is null and `took` is a timing.',
    response: {
      status: 400,
      body: { error: { key: 'bad_request', message: 'No password found in JSON payload', hint: null }, took: 0.0001 },
    },
    expect: { kind: 'bad-request', message: 'No password found in JSON payload' },
  },
  {
    id: 'pi-hole/password-wrong-type-400',
    source: 'Pi-hole',
    url: 'pi-hole/docs/docs/api/auth.md@169a3530be44911558fff9a469748b099813cb9f',
    note: "The same page's second body under the same 400 line (\"or\"). Bad request as above (rule 1). \"Field password has to be of type 'string'\" is Pi-hole's own sentence about one input; it names the field only in text, and a field named in prose binds no field error (rule 3), so there is none. It is the message (rule 2.1; judgment: it is no schema validator's report in the sense of rule 2.3, which names Ajv, jsonschema and everit).",
    response: {
      status: 400,
      body: {
        error: { key: 'bad_request', message: "Field password has to be of type 'string'", hint: null },
        took: 0.0003,
      },
    },
    expect: { kind: 'bad-request', message: "Field password has to be of type 'string'" },
  },
  {
    id: 'pi-hole/database-error-402',
    source: 'Pi-hole',
    url: 'pi-hole/docs/docs/api/dns/lists.md@6446bcb13190d756adc1e735c75944eca48fb94a',
    note: 'The domain-lists page\'s "Error response (database not available)", printed under "Response code: `HTTP/1.1 402 - Request failed`" (Pi-hole\'s table: "402 Request Failed: The parameters were valid but the request failed"). 402 is no status rule 1\'s table names, and `database_error` is no code the table lists: any other 4xx is a bad request (rule 1). The `message` reports that a write to the database failed and `data.sql_msg` is the database\'s own text: both are developer text (rule 2.3: "a database\'s failure", "a database that could not be accessed", SQL text), so the message is the default (rule 2.4). The code is left unstated (`key` is no member rule 6 names).',
    response: {
      status: 402,
      body: {
        error: {
          key: 'database_error',
          message: 'Could not remove domain to gravity database',
          data: { sql_msg: 'Database not available' },
        },
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'pi-hole/item-already-present-400',
    source: 'Pi-hole',
    url: 'GitHub file read through the index (id 68575556007; repository not named): a Pi-hole v6 Flutter client test',
    note: 'A Pi-hole client\'s test "host duplicate maps generated 400 to AlreadyExists" raises `HttpStatusCodeException(400, \'{"error":{"key":"bad_request","message":"Item already present","hint":"Uniqueness of items is enforced"}}\')`: the body the client author captured from Pi-hole v6 for a duplicate local DNS entry (the same repository\'s constants hold it with `"took":0.0002`, trimmed here as in the test). The key only restates the status and rule 1 reads no text, so a 400 without fields and without a duplicate code is a bad request (judgment: the sentence says "already present", but "text never decides the kind"). "Item already present" is the occurrence\'s sentence and is the message; `hint` is a member the rules do not name (rule 2.2 says nothing of it).',
    response: {
      status: 400,
      body: { error: { key: 'bad_request', message: 'Item already present', hint: 'Uniqueness of items is enforced' } },
    },
    expect: { kind: 'bad-request', message: 'Item already present' },
  },

  // ───────────────────────────── Snipe-IT ─────────────────────────────
  {
    id: 'snipe-it/checkout-note-required-200',
    source: 'Snipe-IT',
    url: 'https://github.com/Callandt/SnipeMobile/issues/21',
    note: 'The issue (a Snipe-IT mobile client\'s) says "Snipe-IT returns `HTTP 200` even for validation failures" and prints the checkout body when the server requires a note. The body says it failed (`status: "error"`) and `messages` holds a map of field to list of sentences, read as a map under `errors` (rule 3: CodeIgniter\'s `messages`), so `note` carries its error. Field errors beside a body that says it failed make a validation failure on a 2xx too (rule 1; the corpus\'s CiviCRM case reads it so). The fields carry the only sentence: the message is the default (rule 2.4). `payload` is null.',
    response: {
      status: 200,
      body: { status: 'error', messages: { note: ['The note field is required.'] }, payload: null },
    },
    expect: { kind: 'validation', message: DEFAULT, fields: [['note', 'The note field is required.']] },
  },
  {
    id: 'snipe-it/statuslabel-not-found-200',
    source: 'Snipe-IT',
    url: 'https://github.com/jameshgordy/snipeit-mcp/pull/19',
    note: 'The pull request says `GET /statuslabels/assets`, removed in Snipe-IT v8, "answers HTTP 200 with `{"status": "error", "messages": "Statuslabel not found"}`". A 2xx with no code, no field and no status in the body: nothing says which kind of failure (rule 1: unknown; text never decides it). `messages` holding a string is the error\'s own sentence (rule 3: `messages: { error: "…" }`; a message member by its name), and it is the message.',
    response: { status: 200, body: { status: 'error', messages: 'Statuslabel not found' } },
    expect: { kind: 'unknown', message: 'Statuslabel not found' },
  },
  {
    id: 'snipe-it/checkin-failed-200',
    source: 'Snipe-IT',
    url: 'https://github.com/grokability/snipe-it/pull/10630',
    note: 'The fix for issue #10629 prints the corrected answer of `POST /api/v1/hardware/{id}/checkin` with an invalid `status_id`; the status is #10629\'s ("with status 200, unfortunately"), which the fix did not change (it changed only `status` from "success" to "error"). Unknown as above (rule 1). The sentence in `messages` is the message (rule 2.1); `payload` names the asset, a value of the response, not a field.',
    response: {
      status: 200,
      body: {
        status: 'error',
        messages: 'Asset was not checked in, please try again',
        payload: { asset: 'TEST-00001' },
      },
    },
    expect: { kind: 'unknown', message: 'Asset was not checked in' },
  },

  // ───────────────────────────── Transmission RPC ─────────────────────────────
  {
    id: 'transmission/invalid-session-id-409-html',
    source: 'Transmission RPC',
    url: 'https://github.com/transmission-remote-gui/transgui/issues/66',
    note: 'A Transmission Remote GUI issue (migrated from Google Code) pastes the error the client showed on connecting to transmission-daemon 1.61: the raw 409 page. Google Code\'s export wrapped the paste at 80 columns; the breaks are rejoined here (after "HTTP ", "Session-", "RPC ", "As of ", "response ", "request\'s ", "during ", "response\'s ", "This " and "wiki/"), and the quote the client put around the page is left out. The status is the page\'s own heading and the 409 the page names twice. 409 is a conflict (rule 1). An HTML error page gives no message (rule 5): the default.',
    response: {
      status: 409,
      body: '<h1>409: Conflict</h1><p>Please add this header to your HTTP requests:</p><p style="padding-left: 20pt;"><code>X-Transmission-Session-Id: mKCcXOn3axDSuAZAA5YLjCWawFCNQkffPrNKBZszTjjrQmD0</code></p><p><b>RPC Application Developers:</b></p><p style="padding-left: 20pt;">As of Transmission 1.53 and 1.61, RPC clients need to look for this 409 response containing the phrase "invalid session-id".  It occurs when the request\'s X-Transmission-Session-Id header was missing (such as during bootstrapping) or expired. Either way, you can parse this response\'s headers for the new session-id.</p><p style="padding-left: 20pt;">This requirement has been added to make <a href="http://en.wikipedia.org/wiki/Cross-site_request_forgery">CSRF</a> attacks more difficult.</p>',
    },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'transmission/session-id-handshake-409-no-body',
    source: 'Transmission RPC',
    url: 'GitHub file read through the index (id 60263807157; repository not named): a Transmission client test (httpx)',
    note: 'A Python Transmission client\'s test serves the RPC handshake as `httpx.Response(409, headers={"X-Transmission-Session-Id": "session-1"})` with no body until the client repeats the header: the test author\'s copy of the daemon\'s answer, with the header the protocol is about and the page left out. 409 is a conflict (rule 1); no body, no message: the default (rule 2.4). The session id header is no request id (rule 5), and nothing sets a retry time.',
    response: { status: 409, headers: { 'X-Transmission-Session-Id': 'session-1' } },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'transmission/method-name-not-recognized-200',
    source: 'Transmission RPC',
    url: 'GitHub file read through the index (id 70179220327; repository not named): a Transmission client test (Rust)',
    note: 'A Rust client\'s test "a failed call names the server\'s answer" serves `reply(200, r#"{"result":"method name not recognized","arguments":{}}"#)` (a Python client\'s test, index id 60263807157, serves the same body with a 200 for an unknown method). Transmission\'s RPC reports a failed call in `result` with a 200 (its spec: "result" is "success" on success, else an error string). A 2xx with no code: unknown (rule 1). `result` is named as an error\'s member (rule 3 lists it beside `error` and `response`) and holds the only sentence, so it is the message (rule 2.1).',
    response: { status: 200, body: { result: 'method name not recognized', arguments: {} } },
    expect: { kind: 'unknown', message: 'method name not recognized' },
  },
  {
    id: 'transmission/unauthorized-user-401-html',
    source: 'Transmission RPC',
    url: 'GitHub file read through the index (id 56952450800; repository not named): a question pasting transmission-remote output',
    note: 'A Q&A page pastes `transmission-remote --add …` printing "Unexpected response: <h1>401: Unauthorized</h1>Unauthorized Usern": the body of the daemon\'s 401, copied as pasted (the trailing "n" is most likely a newline whose backslash the paste lost). The status is the heading the daemon writes with its own code. 401 is unauthenticated (rule 1). The line holds an HTML heading beside its text, so it is markup and no message (rule 5): the default.',
    response: { status: 401, body: '<h1>401: Unauthorized</h1>Unauthorized Usern' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Deluge Web ─────────────────────────────
  {
    id: 'deluge/not-authenticated-json-rpc-200',
    source: 'Deluge Web',
    url: 'https://github.com/bogenpirat/remote-torrent-adder/issues/50',
    note: "The extension reports \"Server didn't accept data: 200 (OK): {…}\" on sending a torrent to Deluge's Web UI (the body wrapped at 80 columns by Google Code's export, rejoined). Deluge's JSON-RPC answers with a 200 and an `error` object. Its numeric `code` 1 is no HTTP status and no code rule 1 lists, and text never decides the kind: unknown (rule 1). \"Not authenticated\" is FastAPI's words for a missing sign-in, a reason phrase only beside a 401; on any other status it is the message (rule 2.1, as in DeepInfra's). The numeric code is the code, as a string (rule 6).",
    response: { status: 200, body: { id: 47279, result: null, error: { message: 'Not authenticated', code: 1 } } },
    expect: { kind: 'unknown', message: 'Not authenticated', code: '1' },
  },

  // ───────────────────────────── qBittorrent Web API ─────────────────────────────
  {
    id: 'qbittorrent/login-fails-200-text',
    source: 'qBittorrent Web API',
    url: 'https://github.com/qbittorrent/qBittorrent/issues/10687',
    note: 'The reporter writes that `POST /api/v2/auth/login` "will say \\"ok.\\" on successful login, and \\"Fails.\\" if the username/password is wrong"; the status is from the same reporter\'s issue #10688, the same day: `curl --data \'username=adminn&password=wrong\' http://localhost:8080/api/v2/auth/login -s -i | head -1` printed `HTTP/1.1 200 OK`. A 2xx with nothing but a word: unknown (rule 1). "Fails." is a lone word, which labels the failure and is no message (rule 2.1): the default.',
    response: { status: 200, body: 'Fails.' },
    expect: { kind: 'unknown', message: DEFAULT },
  },

  // ───────────────────────────── Frigate ─────────────────────────────
  {
    id: 'frigate/event-not-found-404-json-string',
    source: 'Frigate',
    url: 'blakeblackshear/frigate/frigate/test/http_api/test_http_event.py@01da8fd793ba694f40cbb5b10fe5d6cff0a226ed',
    note: 'Frigate\'s own API test `test_get_bad_event` asserts `event_response.status_code == 404` and `event_response.json() == "Event not found"`: the whole body is a JSON string, written here as the text on the wire, quotes included. 404 is not-found (rule 1). The string is the only text and a sentence: the message (rule 2.1; a JSON string is a sentence whichever way it is read).',
    response: { status: 404, body: '"Event not found"' },
    expect: { kind: 'not-found', message: 'Event not found' },
  },

  // ───────────────────────────── AdGuard Home ─────────────────────────────
  {
    id: 'adguard-home/client-already-exists-400-text',
    source: 'AdGuard Home',
    url: 'https://github.com/bakito/adguardhome-sync/issues/328',
    note: 'adguardhome-sync reports a replica\'s answer to `POST /control/clients/add` as `400 Bad Request(Client already exists\\n)`: the status and reason phrase, then AdGuard Home\'s text body in parentheses, with its newline. A 400 sent as text, without a code: a bad request (rule 1; text never decides, so "already exists" in prose is no duplicate code). A sentence sent as text on a 4xx is the message (rule 2.6).',
    response: { status: 400, body: 'Client already exists\n' },
    expect: { kind: 'bad-request', message: 'Client already exists' },
  },

  // ───────────────────────────── OpenMediaVault ─────────────────────────────
  {
    id: 'openmediavault/rpc-method-not-found-404',
    source: 'OpenMediaVault',
    url: 'https://github.com/OpenMediaVault-Plugin-Developers/docs/issues/19',
    note: 'Changing a password in OpenMediaVault 5\'s web UI shows a dialog titled "Error - Not Found" whose details are this body from rpc.php: the status is the reason phrase the dialog shows (404). 404 is not-found (rule 1). `error.message` is a sentence; `error.trace` is an exception class and stack frames, developer text for `details` (rule 2.3). The numeric `code` is 0, which is no code (rule 6). `response: null` is the RPC\'s empty result.',
    response: {
      status: 404,
      body: {
        response: null,
        error: {
          code: 0,
          message: "The method 'setPassword' does not exist for the RPC service 'WebGui'.",
          trace:
            "OMV\\HttpErrorException: The method 'setPassword' does not exist for the RPC service 'WebGui'. in /usr/share/php/openmediavault/rpc/rpc.inc:91\nStack trace:\n#0 /usr/sbin/omv-engined(537): OMV\\Rpc\\Rpc::call('WebGui', 'setPassword', Array, Array, 1)\n#1 {main}",
        },
      },
    },
    expect: { kind: 'not-found', message: "The method 'setPassword' does not exist" },
  },
  {
    id: 'openmediavault/config-property-missing-500',
    source: 'OpenMediaVault',
    url: 'https://github.com/OpenMediaVault-Plugin-Developers/docs/issues/19',
    note: 'The same issue: adding a DNS server in the interface settings shows "Error - Internal Server Error" with this body (status 500, from the dialog\'s reason phrase). The trace is trimmed after its first frame (the index cut the paste there). 500 is server (rule 1). The message names an internal configuration model by its dotted name (`conf.system.network.interface`), a qualified type name as OData\'s "on type \'Microsoft.Dynamics.CRM.account\'" is: developer text (rule 2.3), as the trace is, so the message is the default (rule 2.4). Code 0 is no code.',
    response: {
      status: 500,
      body: {
        response: null,
        error: {
          code: 0,
          message: "The property 'options' does not exist in the model 'conf.system.network.interface'.",
          trace:
            "OMV\\AssertException: The property 'options' does not exist in the model 'conf.system.network.interface'. in /usr/share/php/openmediavault/config/configobject.inc:71\nStack trace:\n#0 /usr/share/php/openmediavault/config/configobject.inc(187): OMV\\Config\\ConfigObject->assertExists('options')",
        },
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Emby ─────────────────────────────
  {
    id: 'emby/access-token-invalid-401-text',
    source: 'Emby',
    url: 'https://github.com/huanhq99/TGmusicBot/issues/2',
    note: "A bot's log of Emby's answer to `POST /emby/Users/AuthenticateByName?format=json`: \"401 Client Error: Unauthorized for url: …\" (requests' line, which gives the status) and then the response text, \"Access token is invalid or expired.\" (the line Emby's server logs as its error for the same condition, MediaBrowser/Emby#3782). 401 is unauthenticated (rule 1). A sentence sent as text on a 4xx is the message (rule 2.6); it says more than the 401's reason phrase.",
    response: { status: 401, body: 'Access token is invalid or expired.' },
    expect: { kind: 'unauthenticated', message: 'Access token is invalid or expired' },
  },

  // ───────────────────────────── SABnzbd ─────────────────────────────
  {
    id: 'sabnzbd/api-key-incorrect-200',
    source: 'SABnzbd',
    url: 'GitHub file read through the index (id 55509160161; repository not named): a SABnzbd Go client test',
    note: 'The test `TestErrorEnvelopeSurfacedAsError` "pins SABnzbd\'s failure dialect: errors are reported with HTTP 200 and a {"status": false, "error": ...} envelope", serving this body with `Content-Type: application/json` and no status written (Go\'s 200). Several other clients\' tests and comments in the index say the same of a wrong key. A 2xx with no code: unknown (rule 1; text never decides). "API Key Incorrect" is a sentence in title case, not capitals only, and is the message (rule 2.1).',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: { status: false, error: 'API Key Incorrect' },
    },
    expect: { kind: 'unknown', message: 'API Key Incorrect' },
  },

  // ───────────────────────────── Synology DSM Web API ─────────────────────────────
  {
    id: 'synology/session-rejected-119-200',
    source: 'Synology DSM Web API',
    url: 'GitHub file read through the index (id 68494048073; repository not named): a DSM Web API authenticator test (Go)',
    note: 'The test `TestAuthenticateRejectsUnknownSession` serves `{"error":{"code":119},"success":false}` with `http.StatusOK` (a design note in the index, id 57620343006, verified on DSM 7.2 that a missing SynoToken gets "HTTP 200 but body {…119…}"). The body says it failed and holds its error object; the numeric code 119 (DSM\'s "SID not found") is no HTTP status and no code rule 1 lists: a 2xx with nothing that names a kind is unknown (rule 1). No sentence: the default. The numeric code is the code, as a string (rule 6).',
    response: { status: 200, body: { error: { code: 119 }, success: false } },
    expect: { kind: 'unknown', message: DEFAULT, code: '119' },
  },
  {
    id: 'synology/insufficient-privilege-105-200',
    source: 'Synology DSM Web API',
    url: 'GitHub file read through the index (id 68494048073; repository not named): a DSM Web API authenticator test (Go)',
    note: 'The same file\'s neighbouring test serves `{"error":{"code":105},"success":false}` with `http.StatusOK` (DSM\'s 105: "The logged in session does not have permission"). As above: code 105 names no kind, so a 2xx is unknown (rule 1), the message is the default and the code is "105".',
    response: { status: 200, body: { error: { code: 105 }, success: false } },
    expect: { kind: 'unknown', message: DEFAULT, code: '105' },
  },
  {
    id: 'synology/auth-code-400-200',
    source: 'Synology DSM Web API',
    url: 'GitHub file read through the index (id 69767335148; repository not named): an Audio Station client test (Swift)',
    note: 'A music client\'s test fixture answers `auth.cgi` for a wrong password with this body, status 200 and `Content-Type: application/json; charset=utf-8` (its `json()` helper). DSM\'s Auth API documents code 400 as "No such account or incorrect password", but rule 1 reads a numeric `code` of a 4xx beside a 2xx as the status the body means: a 400 without fields or another code is a bad request (judgment: the rule has no exception for a vendor\'s own numbering that happens to fall in 400–599). No sentence: the default. Code "400".',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { error: { code: 400 }, success: false },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: '400' },
  },
  {
    id: 'synology/auth-otp-required-403-200',
    source: 'Synology DSM Web API',
    url: 'GitHub file read through the index (id 69767335148; repository not named): an Audio Station client test (Swift)',
    note: 'The same fixture\'s two-step-verification answer when no `otp_code` was sent (DSM\'s 403: "2-factor authentication code required"), status 200. By rule 1 the code 403 beside a 2xx is the status the body means: forbidden. `errors` holds `token: "otp-token"` (a token, not a sentence) and `types: [{ type: "otp" }]` (objects without messages): no field errors (rule 3: a map only of message-like values). No sentence: the default. Code "403".',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: { error: { code: 403, errors: { token: 'otp-token', types: [{ type: 'otp' }] } }, success: false },
    },
    expect: { kind: 'forbidden', message: DEFAULT, code: '403' },
  },

  // ───────────────────────────── Actual Budget (sync server) ─────────────────────────────
  {
    id: 'actual-budget/token-not-found-401',
    source: 'Actual Budget',
    url: 'GitHub file read through the index (id 71612305812; repository not named): an Actual sync-server client test (Go)',
    note: "A client's fake sync server answers a request without `X-ACTUAL-TOKEN` with `w.WriteHeader(401)` and this body (two Swift clients' tests serve it with 401 too, and a design note in the index records the live server's `GET /sync/list-user-files` giving it). 401 is unauthenticated (rule 1). `reason` and `details` hold tokens, no sentence: the default (rule 2.1). The code is left unstated: `details` is the specific one and rule 6 names neither member.",
    response: { status: 401, body: { status: 'error', reason: 'unauthorized', details: 'token-not-found' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'actual-budget/invalid-password-400',
    source: 'Actual Budget',
    url: 'GitHub file read through the index (id 71612305812; repository not named): an Actual sync-server client test (Go)',
    note: "The same fake server answers `POST /account/login` with a wrong password with `w.WriteHeader(400)` and this body. `reason` holds the error's code in the envelope's only other member (judgment: rule 6 reads a code alone in a message's member or a `reasons` list; `reason` is read the same way). \"invalid-password\" says a sign-in did not match: a credential code, which on a 400 is unauthenticated (rule 1: codes that begin with `invalid` and name a credential are credential codes). No sentence: the default. The code is left unstated.",
    response: { status: 400, body: { status: 'error', reason: 'invalid-password' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── Navidrome (native API) ─────────────────────────────
  {
    id: 'navidrome/login-invalid-credentials-401',
    source: 'Navidrome',
    url: 'GitHub file read through the index (id 57568674152; repository not named): a Navidrome native-API client test (Swift)',
    note: "A client's test stubs Navidrome's native `POST /auth/login` (beside `/api/album`, `/api/artist`, `/api/song`) for an unknown user with status 401 and this JSON (written in lower case as the test holds it). 401 is unauthenticated (rule 1). `error` holding a sentence is the message (rule 2.1); it says more than the reason phrase.",
    response: { status: 401, body: { error: 'invalid username or password' } },
    expect: { kind: 'unauthenticated', message: 'invalid username or password' },
  },
] satisfies ConformanceCase[];
