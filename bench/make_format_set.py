#!/usr/bin/python3
"""Writes the same judgments in each input format, for the formats
benchmark (scripts/bench --formats): the first N records of a JSON Lines
corpus (wenshu_make_corpus) as

  OUT/txt/NNNNN.txt    the text, UTF-8, a paragraph per line
  OUT/docx/NNNNN.docx  a Word document, one paragraph per line (python3-docx)
  OUT/html/NNNNN.html  a page, one <p> per line
  OUT/xml/NNNNN.xml    Wenshu's case-export XML, one <p> per line, with the
                       record's metadata

so that `wenshu redact OUT/<format> --out ...` reads the same judgments in
every format. Usage: make_format_set.py CORPUS.jsonl N OUT
Run with /usr/bin/python3: Debian's python3-docx is installed for it.
"""

import html
import json
import os
import re
import shutil
import sys

import docx

META_ELEMENTS = (("court", "court"), ("case_number", "caseNumber"),
                 ("doc_type", "docType"), ("cause", "cause"),
                 ("decision_date", "decisionDate"))


def write_docx(lines, path):
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(path)


def write_html(lines, path):
    body = "\n".join("<p>%s</p>" % html.escape(line) for line in lines)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n'
                '<meta charset="utf-8">\n<title>裁判文书</title>\n</head>\n'
                '<body>\n%s\n</body>\n</html>\n' % body)


def write_xml(lines, meta, path):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<judgment xmlns="urn:wenshu:judgment:1">', '  <meta>']
    for key, element in META_ELEMENTS:
        if isinstance(meta.get(key), str) and meta[key]:
            out.append('    <%s>%s</%s>' % (element, html.escape(meta[key]),
                                            element))
    out += ['  </meta>', '  <body>']
    out += ['    <p>%s</p>' % html.escape(line) for line in lines]
    out += ['  </body>', '</judgment>', '']
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: make_format_set.py CORPUS.jsonl N OUT")
    corpus, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    shutil.rmtree(out, ignore_errors=True)
    for sub in ("txt", "docx", "html", "xml"):
        os.makedirs(os.path.join(out, sub))
    with open(corpus, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= count:
                break
            record = json.loads(line)
            text = record["text"]
            # The generator separates paragraphs by a space (and writes some
            # numbers in groups: 138 1234 5678); a paragraph per line is how
            # judgments are written.
            lines = [line for line in
                     re.sub(r"(?<![0-9０-９]) | (?![0-9０-９])", "\n", text).split("\n")
                     if line]
            name = "%05d" % n
            with open(os.path.join(out, "txt", name + ".txt"), "w",
                      encoding="utf-8") as t:
                t.write("\n".join(lines) + "\n")
            write_docx(lines, os.path.join(out, "docx", name + ".docx"))
            write_html(lines, os.path.join(out, "html", name + ".html"))
            write_xml(lines, record.get("meta") or {},
                      os.path.join(out, "xml", name + ".xml"))


if __name__ == "__main__":
    main()
