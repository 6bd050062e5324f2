import { DEFAULT, type ConformanceCase } from '../types';

// Eighty-fourth unseen-API holdout, part DS (12 February 2027): Erlang/BEAM servers' HTTP APIs that no other case
// file uses: MongooseIM (Erlang Solutions' XMPP server; its admin REST API), Riak KV (Basho's key-value store; its
// webmachine HTTP interface), Riak CS (the S3-compatible object store on Riak; its user API), Riak Explorer (Basho's
// Erlang admin API and UI for Riak clusters) and Kazoo (2600Hz's Erlang telephony platform; its crossbar REST API).
// They were collected to measure how the reader does at first sight on APIs it was never tuned on. How each body was
// copied: MongooseIM's from its big_tests suite rest_SUITE.erl (the stored version of 31,610 characters, read by id,
// so no commit is pinned; its `{?STATUS, <<"…">>} = gett(…)` matches check the status and the whole text body), with
// the wire form read from src/mongoose_admin_api/mongoose_admin_api.erl@065dafe7e3c8accd3d118af73e116ad6734436f8
// (the message as the whole body, statuses 400, 403, 404); Riak KV's, Riak CS's and Riak Explorer's from public
// issues that paste a captured response (basho/riak_kv#655, basho/riak#415, basho/riak_cs#269,
// basho-labs/riak_explorer#97), with the status from the issue's `curl -v` line, its own words or, for Riak CS, the
// page's title (a judgment its note names); Kazoo's from a Go client's test server (sashker/kazoo-go kazoo_test.go,
// `w.WriteHeader(404)` and a body recorded from a Kazoo 4.2.33 node; no commit pinned). Headers were copied only
// where the source shows them: three of the six Kazoo's mock sets; no other source shows one, and none was added.
// Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: EMQX, RabbitMQ, CouchDB and LavinMQ (already sources). Nothing citable with a whole body
// and its status: ejabberd (mod_http_api_mock_test.exs checks only the status and OAuth's `error` member,
// commands_tests.erl only 200 answers, the admin API docs print only successes, and issue processone/ejabberd#2729
// pastes `{ status: "error", code: 44, message: "Command not found." }` without saying which status came with it),
// HiveMQ (a docs search found no REST API error example), the Openfire REST API plugin (no error body in the stored
// readme or tests found), NATS server monitoring (no `/healthz` error body with its status in tests or issues; the
// JetStream API's errors travel over NATS, not HTTP), VerneMQ (its HTTP API issues show no error body), Prosody (no
// HTTP error body found) and Kazoo's own crossbar docs (their error bodies carry `"error": "404"` but no status
// line, so only the recorded one was used). Texts dropped: MongooseIM's bodies matched by prefix only (`<<"Missing
// password", _/binary>>`, "Can't register user", "Cannot remove", "The user baduser@", "Invalid JID" in
// user_registration_errors) and its 401s and duplicate-user 403 matched with `_`; the 404 page in basho/riak_kv#655,
// basho/riak#287's 1,562-byte page and Yokozuna's 500 in basho/yokozuna#498 (cut off where stored); basho/riak_cs#1332
// (bodies elided as "[...]"); a webmachine key-value demo's README whose repository the index does not name. Not
// reached within the cap: Zotonic, Mosquitto's management, Khepri, Tigase. No XML body turned up; twelve text bodies
// and three HTML pages did.
//
// The part holds 18 cases from 5 sources, within the brief's aim of 15–30 from at least 5; 39 of the 40 look-ups were
// spent, many on servers whose tests check a status and one member, or whose issues paste no body.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-12-ds`, on 53e1d09, src/ unchanged: in the frozen copy /tmp/base84): 11/18 pass, 5 sources
// (kind 18/18, message 11/18, fields 18/18, retry 18/18, logId 1/1, code 1/1). Failing at first sight:
// mongooseim/invalid-query-string-400 (kept "Invalid query string"; the case reads a line that says only the
// request's query was refused as no more than the status, as "Invalid request path /" is, rule 2.1: a judgment call
// its note names); mongooseim/missing-owner-jid-404 (kept "Missing owner JID"; the case reads a line naming only a
// missing input by the route's own name, `owner`, as the default, rule 2.1 and the rule row of 6 December 2026: a
// judgment call its note names); mongooseim/invalid-value-of-before-400 (kept "Invalid value of 'before'"; the case
// reads a line naming only an input by its quoted key as the default, as that row reads `"name" is required`: no
// judgment call); mongooseim/malformed-stanza-400 (kept "Malformed stanza"; the case reads the server's report that
// the XML it was sent did not parse as developer text, rule 2.3: a judgment call its note names);
// riak-explorer/activate-bucket-type-not-ready-500 (kept "Error activating bucket type: not_ready"; the case reads a
// category line naming only the action that failed, rule 2.1, before an Erlang atom printed, rule 2.3, and gives the
// default: a judgment call its note names); riak-explorer/create-bucket-type-invalid-json-500 (kept "Cannot create
// bucket type: invalid json."; the case reads "Cannot create bucket type" as saying only what could not be done, as
// "Cannot perform query." does, before a bare "invalid json", rule 2.3: a judgment call its note names);
// kazoo/phone-number-not-found-404 (gave "Bad identifier", the error object's `message`, which spells out the code;
// the case reads the `not_found` member, named as an error and holding text, as the occurrence's sentence, "The
// number could not be found", rule 2.2 and the twenty-ninth holdout's row: a judgment call its note names; the kit
// read its kind, support id `request_id` and code `bad_identifier` as the case does). Every other case passed as
// written, including the judgment calls on MongooseIM's "Missing new password" and "Invalid JID" (kept) and the
// three webmachine HTML pages (server, the default).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── MongooseIM admin REST API ─────────────────────────────
  {
    id: 'mongooseim/invalid-request-body-400',
    source: 'MongooseIM',
    url: 'esl/MongooseIM/big_tests/tests/rest_SUITE.erl',
    note: 'invalid_request_body: `post(admin, path("users"), <<"kukurydza">>)`, a body that is no JSON, matched against `{?BAD_REQUEST, <<"Invalid request body">>}`; `parse_body/1` throws it when `jiffy:decode` fails. The admin REST API answers every thrown error with `mongoose_admin_api:error_response/4`, `cowboy_req:reply(error_code(ErrorType), #{}, BinMessage, Req)`: the message as the whole text body, no header of its own (src/mongoose_admin_api/mongoose_admin_api.erl@065dafe7e3c8accd3d118af73e116ad6734436f8: bad_request 400, denied 403, not_found 404); the suite\'s `{?STATUS, <<"…">>} = …` match checks the status and the whole body (rest_helper returns the body as it came when it is no JSON). No header checked, none given. Kind: 400, no code, no field: bad-request (rule 1). Message: "Invalid request body" is on rule 2.1\'s list of generic lines (Firecrawl\'s), and says only that the server could not read the body (rule 2.3): the default.',
    response: {
      status: 400,
      body: 'Invalid request body',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'mongooseim/invalid-query-string-400',
    source: 'MongooseIM',
    url: 'esl/MongooseIM/big_tests/tests/rest_SUITE.erl',
    note: 'invalid_query_string: GET /messages/<alice>/<bob>?kukurydza, a query key the API does not know (`parse_qs/1` fails on `binary_to_existing_atom`), matched against `{?BAD_REQUEST, <<"Invalid query string">>}`. The admin REST API answers every thrown error with `mongoose_admin_api:error_response/4`, `cowboy_req:reply(error_code(ErrorType), #{}, BinMessage, Req)`: the message as the whole text body, no header of its own (src/mongoose_admin_api/mongoose_admin_api.erl@065dafe7e3c8accd3d118af73e116ad6734436f8: bad_request 400, denied 403, not_found 404); the suite\'s `{?STATUS, <<"…">>} = …` match checks the status and the whole body (rest_helper returns the body as it came when it is no JSON). No header checked, none given. Kind: bad-request (rule 1). Message: "Invalid query string" says only that the request\'s query as a whole was refused, as "Invalid request path /" and "Invalid request body" say no more than the status (rule 2.1 and its rule rows): the default. Judgment call: a reader could keep it as a short sentence about the request.',
    response: {
      status: 400,
      body: 'Invalid query string',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'mongooseim/missing-new-password-400',
    source: 'MongooseIM',
    url: 'esl/MongooseIM/big_tests/tests/rest_SUITE.erl',
    note: 'password_change_errors: PUT /users/<domain>/<alice> with `#{}` (no `newpass`), matched against `{?BAD_REQUEST, <<"Missing new password">>}`. The admin REST API answers every thrown error with `mongoose_admin_api:error_response/4`, `cowboy_req:reply(error_code(ErrorType), #{}, BinMessage, Req)`: the message as the whole text body, no header of its own (src/mongoose_admin_api/mongoose_admin_api.erl@065dafe7e3c8accd3d118af73e116ad6734436f8: bad_request 400, denied 403, not_found 404); the suite\'s `{?STATUS, <<"…">>} = …` match checks the status and the whole body (rest_helper returns the body as it came when it is no JSON). No header checked, none given. Kind: 400, no code, no field member: bad-request (rule 1: text never decides). Message: "Missing new password" names what is missing in a person\'s words; the API\'s key is `newpass`, which the line does not use (rule 2.1: "a person\'s words stay", "Name is required"): kept. Judgment call: a reader could read it as a line naming only a missing input and give the default.',
    response: {
      status: 400,
      body: 'Missing new password',
    },
    expect: { kind: 'bad-request', message: 'Missing new password' },
  },
  {
    id: 'mongooseim/invalid-jid-400',
    source: 'MongooseIM',
    url: 'esl/MongooseIM/big_tests/tests/rest_SUITE.erl',
    note: 'password_change_errors: PUT /users/<domain>/@invalid with a new password, matched against `{?BAD_REQUEST, <<"Invalid JID">>}` (the whole body; user_registration_errors matches only the prefix and was not used). The admin REST API answers every thrown error with `mongoose_admin_api:error_response/4`, `cowboy_req:reply(error_code(ErrorType), #{}, BinMessage, Req)`: the message as the whole text body, no header of its own (src/mongoose_admin_api/mongoose_admin_api.erl@065dafe7e3c8accd3d118af73e116ad6734436f8: bad_request 400, denied 403, not_found 404); the suite\'s `{?STATUS, <<"…">>} = …` match checks the status and the whole body (rest_helper returns the body as it came when it is no JSON). No header checked, none given. Kind: bad-request (rule 1). Message: "Invalid JID" names the XMPP address (Jabber ID) the person chats under, a word of the domain rather than a key the API gave an input (the path binding is `:username`), as "Invalid phone number" does (rule 2.1): kept. Judgment call: JID is the protocol\'s term, and a reader could read the line as naming only an invalid input and give the default.',
    response: {
      status: 400,
      body: 'Invalid JID',
    },
    expect: { kind: 'bad-request', message: 'Invalid JID' },
  },
  {
    id: 'mongooseim/missing-owner-jid-404',
    source: 'MongooseIM',
    url: 'esl/MongooseIM/big_tests/tests/rest_SUITE.erl',
    note: 'message_archive_errors: GET /messages with no owner (the route is "/messages/[:owner]"), matched against `{?NOT_FOUND, <<"Missing owner JID">>}`. The admin REST API answers every thrown error with `mongoose_admin_api:error_response/4`, `cowboy_req:reply(error_code(ErrorType), #{}, BinMessage, Req)`: the message as the whole text body, no header of its own (src/mongoose_admin_api/mongoose_admin_api.erl@065dafe7e3c8accd3d118af73e116ad6734436f8: bad_request 400, denied 403, not_found 404); the suite\'s `{?STATUS, <<"…">>} = …` match checks the status and the whole body (rest_helper returns the body as it came when it is no JSON). No header checked, none given. Kind: 404, not-found (rule 1: the status decides, and no code says otherwise). Message: "Missing owner JID" names only a missing input by the route\'s own name for it, `owner` (rule 2.1, the rule row of 6 December 2026): the default. Judgment call: a reader could keep it as "Missing new password" is kept here.',
    response: {
      status: 404,
      body: 'Missing owner JID',
    },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'mongooseim/invalid-value-of-before-400',
    source: 'MongooseIM',
    url: 'esl/MongooseIM/big_tests/tests/rest_SUITE.erl',
    note: 'message_archive_errors: GET /messages/<alice>?before=x, matched against `{?BAD_REQUEST, <<"Invalid value of \'before\'">>}`. The admin REST API answers every thrown error with `mongoose_admin_api:error_response/4`, `cowboy_req:reply(error_code(ErrorType), #{}, BinMessage, Req)`: the message as the whole text body, no header of its own (src/mongoose_admin_api/mongoose_admin_api.erl@065dafe7e3c8accd3d118af73e116ad6734436f8: bad_request 400, denied 403, not_found 404); the suite\'s `{?STATUS, <<"…">>} = …` match checks the status and the whole body (rest_helper returns the body as it came when it is no JSON). No header checked, none given. Kind: bad-request (rule 1). Message: names only an input by its quoted key, `before` (rule 2.1, the rule row of 6 December 2026; `"name" is required`): the default.',
    response: {
      status: 400,
      body: "Invalid value of 'before'",
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'mongooseim/malformed-stanza-400',
    source: 'MongooseIM',
    url: 'esl/MongooseIM/big_tests/tests/rest_SUITE.erl',
    note: 'stanza_errors: POST /stanzas with `stanza` holding a message whose XML was cut one character short, matched against `{?BAD_REQUEST, <<"Malformed stanza">>}`. The admin REST API answers every thrown error with `mongoose_admin_api:error_response/4`, `cowboy_req:reply(error_code(ErrorType), #{}, BinMessage, Req)`: the message as the whole text body, no header of its own (src/mongoose_admin_api/mongoose_admin_api.erl@065dafe7e3c8accd3d118af73e116ad6734436f8: bad_request 400, denied 403, not_found 404); the suite\'s `{?STATUS, <<"…">>} = …` match checks the status and the whole body (rest_helper returns the body as it came when it is no JSON). No header checked, none given. Kind: bad-request (rule 1). Message: "Malformed stanza" reports that the XML the caller sent could not be parsed, a parser\'s report on what it was sent (rule 2.3: a body the server could not parse, "well-formed XML"): the default. Judgment call: "stanza" is XMPP\'s word for a message, and a reader could keep the line as saying what was wrong.',
    response: {
      status: 400,
      body: 'Malformed stanza',
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'mongooseim/users-domain-does-not-exist-400',
    source: 'MongooseIM',
    url: 'esl/MongooseIM/big_tests/tests/rest_SUITE.erl',
    note: 'message_errors (and stanza_errors): POST /messages with `caller => <<"baduser@baddomain">>`, matched against `{?BAD_REQUEST, <<"User\'s domain does not exist">>}`. The admin REST API answers every thrown error with `mongoose_admin_api:error_response/4`, `cowboy_req:reply(error_code(ErrorType), #{}, BinMessage, Req)`: the message as the whole text body, no header of its own (src/mongoose_admin_api/mongoose_admin_api.erl@065dafe7e3c8accd3d118af73e116ad6734436f8: bad_request 400, denied 403, not_found 404); the suite\'s `{?STATUS, <<"…">>} = …` match checks the status and the whole body (rest_helper returns the body as it came when it is no JSON). No header checked, none given. Kind: 400, no code, no field: bad-request (rule 1: text never decides, so the line that something does not exist does not make it not-found). Message: a sentence saying what is wrong (rule 2.1): kept.',
    response: {
      status: 400,
      body: "User's domain does not exist",
    },
    expect: { kind: 'bad-request', message: "User's domain does not exist" },
  },
  {
    id: 'mongooseim/user-not-exist-or-not-authorized-403',
    source: 'MongooseIM',
    url: 'esl/MongooseIM/big_tests/tests/rest_SUITE.erl',
    note: 'user_registration_errors and password_change_errors: DELETE (and PUT) /users/<anonymous domain>/<anonymous user>, matched against `{?FORBIDDEN, <<"User does not exist or you are not authorized properly">>}`. The admin REST API answers every thrown error with `mongoose_admin_api:error_response/4`, `cowboy_req:reply(error_code(ErrorType), #{}, BinMessage, Req)`: the message as the whole text body, no header of its own (src/mongoose_admin_api/mongoose_admin_api.erl@065dafe7e3c8accd3d118af73e116ad6734436f8: bad_request 400, denied 403, not_found 404); the suite\'s `{?STATUS, <<"…">>} = …` match checks the status and the whole body (rest_helper returns the body as it came when it is no JSON). No header checked, none given. Kind: 403, forbidden (rule 1). Message: a sentence saying what was refused and why it may be (rule 2.1): kept.',
    response: {
      status: 403,
      body: 'User does not exist or you are not authorized properly',
    },
    expect: { kind: 'forbidden', message: 'User does not exist or you are not authorized properly' },
  },
  {
    id: 'mongooseim/no-active-session-404',
    source: 'MongooseIM',
    url: 'esl/MongooseIM/big_tests/tests/rest_SUITE.erl',
    note: 'session_can_be_kicked: DELETE /sessions/<domain>/<alice>/<resource> after Alice\'s session was kicked, matched against `{?NOT_FOUND, <<"No active session">>}`. The admin REST API answers every thrown error with `mongoose_admin_api:error_response/4`, `cowboy_req:reply(error_code(ErrorType), #{}, BinMessage, Req)`: the message as the whole text body, no header of its own (src/mongoose_admin_api/mongoose_admin_api.erl@065dafe7e3c8accd3d118af73e116ad6734436f8: bad_request 400, denied 403, not_found 404); the suite\'s `{?STATUS, <<"…">>} = …` match checks the status and the whole body (rest_helper returns the body as it came when it is no JSON). No header checked, none given. Kind: 404, not-found (rule 1). Message: a short sentence naming what was not found (rule 2.1: only the bare reason phrase restates the status): kept.',
    response: {
      status: 404,
      body: 'No active session',
    },
    expect: { kind: 'not-found', message: 'No active session' },
  },
  {
    id: 'mongooseim/domain-not-found-404',
    source: 'MongooseIM',
    url: 'esl/MongooseIM/big_tests/tests/rest_SUITE.erl',
    note: 'list_contacts_errors (and add_contact_errors, subscription_errors): GET /contacts/baduser@baddomain, matched against `{?NOT_FOUND, <<"Domain not found">>}`. The admin REST API answers every thrown error with `mongoose_admin_api:error_response/4`, `cowboy_req:reply(error_code(ErrorType), #{}, BinMessage, Req)`: the message as the whole text body, no header of its own (src/mongoose_admin_api/mongoose_admin_api.erl@065dafe7e3c8accd3d118af73e116ad6734436f8: bad_request 400, denied 403, not_found 404); the suite\'s `{?STATUS, <<"…">>} = …` match checks the status and the whole body (rest_helper returns the body as it came when it is no JSON). No header checked, none given. Kind: 404, not-found (rule 1). Message: names the record not found, a sentence as "Resource not found" is (rule 2.1 and the fifth holdout\'s row): kept.',
    response: {
      status: 404,
      body: 'Domain not found',
    },
    expect: { kind: 'not-found', message: 'Domain not found' },
  },
  {
    id: 'mongooseim/contact-user-does-not-exist-404',
    source: 'MongooseIM',
    url: 'esl/MongooseIM/big_tests/tests/rest_SUITE.erl',
    note: 'subscription_errors: PUT /contacts/<alice>/baduser@baddomain/manage with `action => <<"connect">>`, matched against `{?NOT_FOUND, <<"The user baduser@baddomain does not exist">>}` (the address is the one the test put in the path, echoed). The admin REST API answers every thrown error with `mongoose_admin_api:error_response/4`, `cowboy_req:reply(error_code(ErrorType), #{}, BinMessage, Req)`: the message as the whole text body, no header of its own (src/mongoose_admin_api/mongoose_admin_api.erl@065dafe7e3c8accd3d118af73e116ad6734436f8: bad_request 400, denied 403, not_found 404); the suite\'s `{?STATUS, <<"…">>} = …` match checks the status and the whole body (rest_helper returns the body as it came when it is no JSON). No header checked, none given. Kind: 404, not-found (rule 1). Message: a sentence naming the record (rule 2.1): kept.',
    response: {
      status: 404,
      body: 'The user baduser@baddomain does not exist',
    },
    expect: { kind: 'not-found', message: 'The user baduser@baddomain does not exist' },
  },

  // ───────────────────────────── Riak KV ─────────────────────────────
  {
    id: 'riak-kv/get-riak-root-500-html',
    source: 'Riak KV',
    url: 'https://github.com/basho/riak_kv/issues/655',
    note: "Issue \"HTTP GET /riak returns 500 and stacktrace.\" (Riak 1.4.2): `curl http://localhost:10018/riak` and the page it printed, copied whole; the status is the issue's title and the page's own `<title>`. curl ran without -v, so no header is shown and none is given. Kind: 500, server (rule 1). Message: an HTML error page gives no message (rule 2.5), and its text is webmachine's stack trace (rule 2.3): the default. No support id.",
    response: {
      status: 500,
      body: '<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1>The server encountered an error while processing this request:<br><pre>[{webmachine_resource,do,3,[{file,"src/webmachine_resource.erl"},{line,142}]},\n {webmachine_decision_core,resource_call,1,\n                           [{file,"src/webmachine_decision_core.erl"},\n                            {line,48}]},\n {webmachine_decision_core,decision,1,\n                           [{file,"src/webmachine_decision_core.erl"},\n                            {line,558}]},\n {webmachine_decision_core,handle_request,2,\n                           [{file,"src/webmachine_decision_core.erl"},\n                            {line,33}]},\n {webmachine_mochiweb,loop,2,[{file,"src/webmachine_mochiweb.erl"},{line,74}]},\n {mochiweb_http,parse_headers,5,[{file,"src/mochiweb_http.erl"},{line,180}]},\n {proc_lib,init_p_do_apply,3,[{file,"proc_lib.erl"},{line,227}]}]</pre><P><HR><ADDRESS>mochiweb+webmachine web server</ADDRESS></body></html>',
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'riak-kv/list-buckets-bad-utf8-500-html',
    source: 'Riak KV',
    url: 'https://github.com/basho/riak/issues/415',
    note: 'Issue "HTTP Bucket list returns 500 error: bad_utf8_character_code", the 2017-05-25 comment: "The HTTP API list buckets and list keys still response 500 error to version 2.2.3", with the page copied whole. No header shown, none given. Kind: 500, server (rule 1). Message: an HTML page (rule 2.5) holding an Erlang exit and stack trace (rule 2.3): the default.',
    response: {
      status: 500,
      body: '<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1>The server encountered an error while processing this request:<br><pre>{error,{exit,{ucs,{bad_utf8_character_code}},\n             [{xmerl_ucs,from_utf8,1,[{file,"xmerl_ucs.erl"},{line,185}]},\n              {mochijson2,json_encode_string,2,\n                          [{file,"src/mochijson2.erl"},{line,200}]},\n              {mochijson2,\'-json_encode_array/2-fun-0-\',3,\n                          [{file,"src/mochijson2.erl"},{line,171}]},\n              {lists,foldl,3,[{file,"lists.erl"},{line,1248}]},\n              {mochijson2,json_encode_array,2,\n                          [{file,"src/mochijson2.erl"},{line,173}]},\n              {mochijson2,\'-json_encode_proplist/2-fun-0-\',3,\n                          [{file,"src/mochijson2.erl"},{line,181}]},\n              {lists,foldl,3,[{file,"lists.erl"},{line,1248}]},\n              {mochijson2,json_encode_proplist,2,\n                          [{file,"src/mochijson2.erl"},{line,184}]}]}}</pre><P><HR><ADDRESS>mochiweb+webmachine web server</ADDRESS></body></html>',
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Riak CS ─────────────────────────────
  {
    id: 'riak-cs/create-user-xml-parse-500-html',
    source: 'Riak CS',
    url: 'https://github.com/basho/riak_cs/issues/269',
    note: 'Issue "Riak CS should handle missing secondary index functionality more gracefully": on a Riak without secondary indexes, `curl -H \'Content-Type: application/json\' -X POST http://localhost:8080/user --data \'{"email":…,"name":"foo bar"}\'` printed this page, copied whole. curl ran without -v: the status is the one the page\'s `<title>` and `<h1>` name, which webmachine\'s error handler writes from the status it sends (a judgment call on provenance; no header is shown and none is given). Kind: 500, server (rule 1). Message: an HTML page (rule 2.5) whose text is xmerl\'s exit and frames (rule 2.3): the default.',
    response: {
      status: 500,
      body: '<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1>The server encountered an error while processing this request:<br><pre>{error,{exit,{fatal,{{invalid_name,"<\\"{\\\\\\"p"},\n                     {file,file_name_unknown},\n                     {line,4},\n                     {col,39}}},\n             [{xmerl_scan,fatal,2},\n              {xmerl_scan,scan_element,7},\n              {xmerl_scan,scan_content,11},\n              {xmerl_scan,scan_element,12},\n              {xmerl_scan,scan_content,11},\n              {xmerl_scan,scan_element,12},\n              {xmerl_scan,scan_content,11},\n              {xmerl_scan,scan_element,12}]}}</pre><P><HR><ADDRESS>mochiweb+webmachine web server</ADDRESS></body></html>',
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Riak Explorer ─────────────────────────────
  {
    id: 'riak-explorer/activate-bucket-type-not-ready-500',
    source: 'Riak Explorer',
    url: 'https://github.com/basho-labs/riak_explorer/issues/97',
    note: 'Issue "Enable users to create+activate bucket types via Explorer API", the 2015-12-16 comment: the first `curl -XPUT localhost:9000/explore/clusters/localdev/bucket_types/new-type4` answered `< HTTP/1.1 500 Internal Server Error` and the body, printed indented (written as the JSON object it is). No other header shown. Kind: 500, server (rule 1). Message: "Error activating bucket type" only names the action that failed, a category line as "Error signing in to …" is (rule 2.1, the thirty-third holdout\'s row), and `not_ready` after the colon is an Erlang atom printed (rule 2.3, the fifty-second holdout\'s row): the default. Judgment call: a reader could keep "Error activating bucket type" as saying what failed. No code stated: `error` holds a line.',
    response: {
      status: 500,
      body: {
        error: 'Error activating bucket type: not_ready',
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },
  {
    id: 'riak-explorer/create-bucket-type-invalid-json-500',
    source: 'Riak Explorer',
    url: 'https://github.com/basho-labs/riak_explorer/issues/97',
    note: 'Same issue, the next 2015-12-16 comment: `curl -XPUT …/bucket_types/new-type6 -d \'{"props":{ ... }}\' -H \'Content-Type: application/json\' -v` answered `< HTTP/1.1 500 Internal Server Error` and this body (the commenter adds it should be a 400; the status is the one sent). Kind: 500, server (rule 1: the status decides; no code). Message: "Cannot create bucket type" says only what could not be done, as "Cannot perform query." does (rule 2.1, the last rule row), and "invalid json." is a bare "Invalid JSON", a parser\'s report (rule 2.3): the default. Judgment call: a reader could keep "Cannot create bucket type" as the action that failed.',
    response: {
      status: 500,
      body: {
        error: 'Cannot create bucket type: invalid json.',
      },
    },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Kazoo (2600Hz crossbar API) ─────────────────────────────
  {
    id: 'kazoo/phone-number-not-found-404',
    source: 'Kazoo crossbar API',
    url: 'sashker/kazoo-go/kazoo_test.go',
    note: 'The Go client\'s test server (`MockKazooServer`) answers DELETE /v2/accounts/{id}/phone_numbers with `w.WriteHeader(404)` and a body recorded from a Kazoo 4.2.33 node (its `timestamp`, `version`, `node`, `request_id` and a signed `auth_token`), the shape Kazoo\'s own crossbar docs print for "Number not in account"; TestPhoneNumbersService_DeletePhoneNumber drives it. The stored version of the file (6,388 characters) was read by id, so no commit is pinned. Trimmed: the `auth_token` member (a JWT) was cut. Headers: of the six the mock sets, Content-Type, Server and Date are given; Content-Language, Etag and Vary were left out. Kind: 404, not-found (rule 1; a code never turns a 404 into anything else). Message: `status: "error"` holds the error in `data` (rule 1), an error object whose `message`, "bad identifier", spells out the code (the fifty-ninth holdout\'s row) and whose `not_found`, a member named as an error that holds text (the twenty-ninth holdout\'s row), says this occurrence: "The number could not be found" (rule 2.2: occurrence-specific beats type-level). Judgment call: a reader could take the spelled-out code as the message. Fields: none (`not_found` names an error, not an input). Code: `bad_identifier`, a code alone in the top `message` (rule 6); `error: "404"` only restates the status. Support id: `request_id` (rule 5).',
    response: {
      status: 404,
      headers: {
        'Content-Type': 'application/json',
        Server: 'Cowboy',
        Date: 'Mon, 12 Aug 2019 05:18:39 GMT',
      },
      body: {
        data: {
          message: 'bad identifier',
          not_found: 'The number could not be found',
        },
        error: '404',
        message: 'bad_identifier',
        status: 'error',
        timestamp: '2020-03-03T07:10:35',
        version: '4.2.33',
        node: 'o51LI7TmYyGMzigLbo-upw',
        request_id: 'be0631b976148f384f2d1310b21df3bd',
      },
    },
    expect: {
      kind: 'not-found',
      message: 'The number could not be found',
      logId: 'be0631b976148f384f2d1310b21df3bd',
      code: 'bad_identifier',
    },
  },
] satisfies ConformanceCase[];
