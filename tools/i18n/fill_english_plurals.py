#!/usr/bin/env python3
"""Fill translations/expertdesk_en.ts (created by lupdate -pluralonly) with English plural forms.

The source strings say "%n expert(s)"; English needs "1 expert" / "2 experts". The word(s) that
follow %n (or %Ln) and end in "(s)" become singular or plural; any other "(s)" stays as written.
Run after `cmake --build build --target update_translations`.
"""
import re
import sys
from html import unescape, escape

path = sys.argv[1] if len(sys.argv) > 1 else "translations/expertdesk_en.ts"
text = open(path, encoding="utf-8").read()
counted = re.compile(r"(%L?n\s+(?:[^\s()%]+\s+){0,2}?[^\s()%]+)\(s\)")


def forms(source):
    return counted.sub(r"\1", source, count=1), counted.sub(r"\1s", source, count=1)


def fill(match):
    block = match.group(0)
    source = unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
    singular, plural = forms(source)
    translation = ('<translation>\n            <numerusform>%s</numerusform>\n'
                   '            <numerusform>%s</numerusform>\n        </translation>'
                   % (escape(singular, quote=False), escape(plural, quote=False)))
    return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", translation, block, flags=re.S)


text = re.sub(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
