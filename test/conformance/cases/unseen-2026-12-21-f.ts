import type { ConformanceCase } from '../types';

// Thirty-first unseen-API holdout, part F (21 December 2026): scholarly, library, museum and archive APIs. Only one
// source could be taken, Elsevier's APIs (Scopus and the other api.elsevier.com services), which no other case file
// uses: the lookup tools' shared budget was spent two minutes into collection (at 11:49 UTC, after sixteen lookups
// from this part), and the brief says to stop collecting then and run what was collected. The two bodies were copied
// from public issues of an R client (muschellij2/rscopus) that paste httr's print of a captured response: its status
// line, its Content-Type and its size, and the parsed body as R lists. The R lists are written back as the JSON they
// came from; the compact JSON of each is exactly the size httr printed (167 B and 156 B), so nothing was added or
// reordered that the count would show. httr prints the `Date` header reformatted ("2018-09-02 13:40"), so no Date is
// given, and no other header is added. Every `expect` was written from the source and test/conformance/README.md
// before the kit was run on it.
//
// Looked for and dropped: Crossref, OpenAlex, Semantic Scholar, DataCite, NCBI E-utilities, Zenodo, Europeana, ORCID,
// arXiv and GBIF (already in the corpus; Smithsonian's Open Access API, whose keys are api.data.gov's, was left for
// that); Elsevier's `AUTHENTICATION_ERROR` "Client IP Address: … does not resolve to an account" (rscopus#1: no
// status shown) and a 401 printed without its body (rscopus#11, pybliometrics#193, christopherBelter/scopusAPI#2 and
// #3); PubChem PUG REST's 404 `{ Fault: { Code: "PUGREST.NotFound", Message: "No CID found", Details: [...] } }`,
// recorded with its headers in an httptest mock whose repository the lookup did not name (and found again only in
// stand-ins written for tests and in comments without a status); a Springer Nature 401 quoted in notes whose
// repository could not be named; Zotero (pyzotero's and zotero-rs's tests were found, but their error fixtures could
// not be opened before the budget ran out); and Unpaywall, whose 422 for a placeholder email was described in notes
// but not printed. Europe PMC, CORE, Open Library, the Internet Archive, HathiTrust, the Library of Congress, Figshare,
// Dryad, IEEE Xplore, INSPIRE-HEP, NASA ADS, the museum APIs, DPLA, Trove and DigitalNZ were not reached before the
// budget ran out.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2026-12-21-f`, in the frozen copy /tmp/base31 of 3d51e56, src/ unchanged): 0/2 pass, 1 source (kind
// 1/2, message 2/2, fields 2/2, retry 2/2, logId 0/0, code 0/2). Failing at first sight:
// elsevier-scopus/authorization-error-view-not-entitled-401 (no code: Elsevier's string code in
// `service-error.status.statusCode` not read, rule 6);
// elsevier-scopus/authentication-error-configuration-insufficient-403 (forbidden, no code: the same `statusCode` not
// read, so the credential code `AUTHENTICATION_ERROR` never decided the 403, rules 1 and 6). No expectation was
// changed after the run.
//
// Scored in `cases/` the stop it was collected (5 December), at 2/2.

const RSCOPUS_9 = 'https://github.com/muschellij2/rscopus/issues/9';
const RSCOPUS_16 = 'https://github.com/muschellij2/rscopus/issues/16';
const ELSEVIER_JSON = { 'Content-Type': 'application/json;charset=UTF-8' };

export default [
  // ───────────────────────────── Elsevier APIs (Scopus) ─────────────────────────────
  {
    id: 'elsevier-scopus/authorization-error-view-not-entitled-401',
    source: 'Elsevier APIs (Scopus)',
    url: RSCOPUS_9,
    note: 'The issue\'s description: httr\'s print of the Author Retrieval API\'s answer (`/content/author/author_id/…?view=METRICS`), "Status: 401", "Content-Type: application/json;charset=UTF-8", "Size: 167 B", and `content()` printed as R lists, written back as JSON (its compact form is 167 bytes). 401: unauthenticated, whatever the code says (rule 1: a code never turns a 401 into anything else). The one sentence, `statusText`, is the message: it is found by its shape as `status_message` is (rule 5), and it says more than the 401\'s reason phrase ("Not Authorized"): which part was refused, the requested view or fields, as a 403\'s "Not Authorized to access…" would (rule 2.1). `statusCode` here holds no status but Elsevier\'s documented error code (a string in capitals with `_`), the only code in the body: the code (rule 6).',
    response: {
      status: 401,
      headers: ELSEVIER_JSON,
      body: {
        'service-error': {
          status: {
            statusCode: 'AUTHORIZATION_ERROR',
            statusText: 'The requestor is not authorized to access the requested view or fields of the resource',
          },
        },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'not authorized to access the requested view or fields of the resource',
      code: 'AUTHORIZATION_ERROR',
    },
  },
  {
    id: 'elsevier-scopus/authentication-error-configuration-insufficient-403',
    source: 'Elsevier APIs (Scopus)',
    url: RSCOPUS_16,
    note: 'A comment of 30 January 2019 (paddytobias): httr\'s print of `/authenticate?apiKey=…`, "Status: 403", "Content-Type: application/json;charset=UTF-8", "Size: 156 B", and the parsed body as R lists, written back as JSON (its compact form is 156 bytes). `AUTHENTICATION_ERROR` is a credential code, listed in rule 1 as Zenvia\'s, and on a 403 a credential code decides: unauthenticated (the key was not accepted from that network; what the person can do is sign in from it or with a token). `statusText` is the sentence (rule 5\'s shapes) and the message; `statusCode` is the code (rule 6).',
    response: {
      status: 403,
      headers: ELSEVIER_JSON,
      body: {
        'service-error': {
          status: {
            statusCode: 'AUTHENTICATION_ERROR',
            statusText: 'Requestor configuration settings insufficient for access to this resource.',
          },
        },
      },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Requestor configuration settings insufficient for access to this resource',
      code: 'AUTHENTICATION_ERROR',
    },
  },
] satisfies ConformanceCase[];
