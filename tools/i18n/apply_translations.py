#!/usr/bin/env python3
"""Fill unfinished entries of translations/expertdesk_{fr,ar}.ts from a JSON file of
translations written by a translator:

    [{"source": "Save", "context": "optional, when the same source has several contexts",
      "fr": "Enregistrer", "ar": "حفظ"}, ...]

Plural sources (%n) take a list: two forms for French, six for Arabic. Entries already
translated are left alone; an unfinished entry with no translation in the file is reported and
the script exits 1. Run after `cmake --build build --target update_translations`.
"""
import json
import re
import sys
from html import escape, unescape

entries = json.load(open(sys.argv[1], encoding="utf-8"))
missing = 0
for language in ("fr", "ar"):
    path = f"translations/expertdesk_{language}.ts"
    text = open(path, encoding="utf-8").read()

    def lookup(context, source):
        for entry in entries:
            if entry["source"] == source and entry.get("context", context) == context:
                return entry.get(language)
        return None

    def fill_context(match):
        global missing
        block = match.group(0)
        context = unescape(re.search(r"<name>(.*?)</name>", block, re.S).group(1))

        def fill(message):
            nonlocal context
            global missing
            m = message.group(0)
            if 'type="unfinished"' not in m:
                return m
            source = unescape(re.search(r"<source>(.*?)</source>", m, re.S).group(1))
            value = lookup(context, source)
            if value is None:
                print(f"{language}: no translation for {context}: {source!r}", file=sys.stderr)
                missing += 1
                return m
            if isinstance(value, list):
                forms = "".join(f"\n            <numerusform>{escape(v, quote=False)}</numerusform>" for v in value)
                translation = f"<translation>{forms}\n        </translation>"
            else:
                translation = f"<translation>{escape(value, quote=False)}</translation>"
            return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", translation, m, flags=re.S)

        return re.sub(r"<message[^>]*>.*?</message>", fill, block, flags=re.S)

    text = re.sub(r"<context>.*?</context>", fill_context, text, flags=re.S)
    open(path, "w", encoding="utf-8").write(text)
sys.exit(1 if missing else 0)
