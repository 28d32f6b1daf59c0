#!/usr/bin/python3
"""Writes the seeds of the docx_fuzz and text_fuzz targets.

corpora/fuzz/docx/: small invented Word documents (python3-docx): plain
paragraphs, a phone number split over a bold and a plain run, a table, a
header and a footer. corpora/fuzz/text/: one invented text in each encoding
DecodeToUtf8 reads. Every name, number and sentence is made up.

Run from the repository root: /usr/bin/python3 tests/fuzz/make_seeds.py
"""
import os
import re
import zipfile
import io

import docx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DOCX_DIR = os.path.join(ROOT, "corpora", "fuzz", "docx")
TEXT_DIR = os.path.join(ROOT, "corpora", "fuzz", "text")


# Parts of python-docx's template a seed does without (a few KB instead of
# 37): styles, theme, numbering, fonts, settings, the thumbnail.
DROPPED = re.compile(r"word/(styles|stylesWithEffects|numbering|fontTable|"
                     r"webSettings|settings)\.xml|word/theme/.*|"
                     r"docProps/thumbnail\.jpeg")


def drop_references(xml):
    """Removes the relationships and content-type overrides of DROPPED."""
    def keep(match):
        target = re.search(r'(?:Target|PartName)="/?([^"]*)"', match.group(0))
        if target and DROPPED.fullmatch(re.sub(r"^(?!word/|docProps/)", "word/",
                                                target.group(1))):
            return ""
        return match.group(0)
    return re.sub(r"<(?:Relationship|Override) [^>]*/>", keep, xml)


def save(document, name):
    """Saves `document` small and with fixed timestamps (stable bytes)."""
    buffer = io.BytesIO()
    document.core_properties.author = "seed"
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    path = os.path.join(DOCX_DIR, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            if DROPPED.fullmatch(item.filename):
                continue
            data = source.read(item.filename)
            if item.filename.endswith(".rels") or \
                    item.filename == "[Content_Types].xml":
                data = drop_references(data.decode("utf-8")).encode("utf-8")
            info = zipfile.ZipInfo(item.filename, (2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, data)


def strip_template(document):
    """python-docx's template carries many styles; the seeds need none."""
    body = document.element.body
    for child in list(body):
        if child.tag.endswith("}p"):
            body.remove(child)


def judgment():
    """A new document opening like a civil judgment (court, type, number)."""
    d = docx.Document()
    strip_template(d)
    d.add_paragraph("云岭县人民法院")
    d.add_paragraph("民事判决书")
    d.add_paragraph("（2026）滇0999民初417号")
    return d


def closing(d):
    d.add_paragraph("判决如下：沈砚舟于十日内付清木船租金3600元。")
    d.add_paragraph("审判员　陶　岚")
    d.add_paragraph("二〇二六年三月九日")
    d.add_paragraph("书记员　庞　溪")


def main():
    os.makedirs(DOCX_DIR, exist_ok=True)
    os.makedirs(TEXT_DIR, exist_ok=True)

    d = judgment()
    d.add_paragraph("原告：柳青禾，女，住云岭县北渡口村，联系电话13907553186。")
    d.add_paragraph("被告：沈砚舟，男，住云岭县南塘镇。")
    d.add_paragraph("沈砚舟租用柳青禾木船两艘，约定租金按季结清，至今欠付。")
    closing(d)
    save(d, "paragraphs.docx")

    d = judgment()
    p = d.add_paragraph("原告：柳青禾，联系电话")
    p.add_run("1390755").bold = True
    p.add_run("3186，邮箱")
    p.add_run("qinghe.liu@example.cn").italic = True
    p.add_run("。")
    d.add_paragraph("被告：沈砚舟，住云岭县南塘镇。")
    closing(d)
    save(d, "split-runs.docx")

    d = judgment()
    d.add_paragraph("原告：柳青禾，住云岭县北渡口村。")
    d.add_paragraph("被告：沈砚舟，住云岭县南塘镇。")
    d.add_paragraph("附表：船只租用清单")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "联系电话"
    table.cell(0, 1).text = "13907553186"
    table.cell(1, 0).text = "租金"
    table.cell(1, 1).text = "3600元"
    closing(d)
    save(d, "table.docx")

    d = judgment()
    section = d.sections[0]
    section.header.paragraphs[0].text = "云岭县人民法院 联系人柳青禾 13907553186"
    section.footer.paragraphs[0].text = "第1页"
    d.add_paragraph("原告：柳青禾，住云岭县北渡口村。")
    d.add_paragraph("被告：沈砚舟，住云岭县南塘镇。")
    closing(d)
    save(d, "header-footer.docx")

    text = "渡口茶棚约定：柳青禾租船2艘，\r\n电话13907553186（No.7）。\r\n"
    for name, data in [
        ("utf8.txt", text.encode("utf-8")),
        ("utf8-bom.txt", text.encode("utf-8-sig")),
        ("utf16le.txt", text.encode("utf-16-le")),
        ("utf16le-bom.txt", b"\xff\xfe" + text.encode("utf-16-le")),
        ("utf16be.txt", text.encode("utf-16-be")),
        ("utf16be-bom.txt", b"\xfe\xff" + text.encode("utf-16-be")),
        ("gb18030.txt", text.encode("gb18030")),
        ("utf16le-chinese-only.txt", "柳青禾租船".encode("utf-16-le")),
        ("gb18030-mostly-ascii.txt", "No. 2026-17 abcdefgh 柳".encode("gb18030")),
        ("gb18030-four-byte.txt", "柳™\U00020000".encode("gb18030")),
    ]:
        with open(os.path.join(TEXT_DIR, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
