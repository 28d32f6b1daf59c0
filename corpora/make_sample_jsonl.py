#!/usr/bin/env python3
"""Regenerates corpora/sample.jsonl from corpora/samples/.

One JSON line per UTF-8 sample (NN-kind.txt; the .expected.txt / .held.txt
companions and the BOM / UTF-16 / GB18030 variants are skipped), in file-name
order:

    {"id": "<file name without .txt>", "text": <exact file content>,
     "meta": {"case_number": "...", "court": "..."}}

The court and the case number are the first ones the text names. Three
deliberately bad lines follow, to show that the runner holds what it cannot
read instead of publishing it (fail closed): a line that is not JSON, a
record without "text", and a text containing a NUL character.

Usage: python3 corpora/make_sample_jsonl.py   (from anywhere; Python 3.8+)
"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
SAMPLES = HERE / "samples"
OUT = HERE / "sample.jsonl"

COURT = re.compile(r"[\u4e00-\u9fff]+?(?:人民法院|互联网法院|知识产权法院|海事法院|法院)")
CASE_NUMBER = re.compile(r"[（(]\s*[0-9０-９]{4}\s*[）)][^，。；\s]{1,24}?号")


def is_plain_sample(path):
    name = path.name
    if name.endswith((".expected.txt", ".held.txt")):
        return False
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf") or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return False  # BOM variants
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False  # GB18030 variant
    return True


def record(path):
    text = path.read_bytes().decode("utf-8")
    meta = {}
    if m := CASE_NUMBER.search(text):
        meta["case_number"] = m.group(0)
    if m := COURT.search(text):
        meta["court"] = m.group(0)
    return {"id": path.name[: -len(".txt")], "text": text, "meta": meta}


def main():
    lines = [json.dumps(record(p), ensure_ascii=False)
             for p in sorted(SAMPLES.glob("*.txt")) if is_plain_sample(p)]
    lines += [
        "this line is not JSON",
        json.dumps({"id": "bad-missing-text", "meta": {"court": "北京市朝阳区人民法院"}},
                   ensure_ascii=False),
        json.dumps({"id": "bad-nul-character", "text": "原告：张某，男。\u0000被告：王某。"},
                   ensure_ascii=False),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} lines to {OUT}")


if __name__ == "__main__":
    main()
