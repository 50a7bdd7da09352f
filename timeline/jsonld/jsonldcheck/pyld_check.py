"""Read a JSON-LD document with pyld, a second, independent JSON-LD processor.

    python3 timeline/jsonld/jsonldcheck/pyld_check.py DOC.jsonld CONTEXT.json BASE

prints the document's RDF as canonical N-Quads (URDNA2015), for comparison
with check.mjs's reading by the npm jsonld processor. CONTEXT.json is
schema.org's context as check.mjs -context-out wrote it; a document loader
serves it for schema.org's addresses and refuses every other one, so nothing
is fetched. pyld is Debian's python3-pyld (apt-get install python3-pyld); run
it with Debian's /usr/bin/python3.
"""

import json
import sys

from pyld import jsonld

CONTEXT_URLS = {
    "https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/",
    "https://schema.org/docs/jsonldcontext.jsonld", "http://schema.org/docs/jsonldcontext.jsonld",
    "https://schema.org/docs/jsonldcontext.json", "http://schema.org/docs/jsonldcontext.json",
}


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    doc_path, context_path, base = sys.argv[1:]
    with open(doc_path, encoding="utf-8") as f:
        doc = json.load(f)
    with open(context_path, encoding="utf-8") as f:
        context = json.load(f)

    def loader(url, options=None):
        if url in CONTEXT_URLS:
            return {"contextUrl": None, "documentUrl": url, "document": context}
        raise jsonld.JsonLdError(
            "refusing to load " + url + ": only schema.org's context is available offline",
            "jsonld.LoadDocumentError", code="loading document failed")

    nquads = jsonld.normalize(doc, {
        "algorithm": "URDNA2015",
        "format": "application/n-quads",
        "documentLoader": loader,
        "base": base,
    })
    sys.stdout.write(nquads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
