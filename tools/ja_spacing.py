#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Natural Japanese spacing in a Qt Linguist .ts file: drops the ASCII space
between a placeholder, a Latin word or a number and the Japanese text next to
it ("%1 で特化係数" → "%1で特化係数", "2021 年" → "2021年") and between a
number and its percent sign ("%2 %" → "%2%"), in translations only. Spaces between Latin words and before "(" (file-dialog filters) stay.

usage: tools/ja_spacing.py resources/translations/regionlens_ja.ts"""
import re
import sys

J = r'[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]'


def natural(text):
    # Also next to markup: "&lt;b&gt;%1&lt;/b&gt; の" → "&lt;b&gt;%1&lt;/b&gt;の"
    # (app/gui/languagemanager.cpp applies the same rule to every translation).
    text = re.sub(r'(?:(?<=[A-Za-z0-9%)])|(?<=&gt;)) (?=' + J + ')', '', text)
    # No space between a number and its percent sign: "%2 %" → "%2%" ("%1 %2" stays).
    text = re.sub(r'(?<=[0-9]) (?=%(?![1-9nL]))', '', text)
    return re.sub(r'(?<=' + J + r') (?=[A-Za-z0-9%]|&lt;)', '', text)


def main(path):
    with open(path, encoding='utf-8') as f:
        source = f.read()
    changed = 0

    def replace(match):
        nonlocal changed
        new = natural(match.group(0))
        changed += new != match.group(0)
        return new

    # Not a self-closing <translation type="unfinished" />: matched up to the next message's
    # </translation>, it would respace that message's <source> too.
    source = re.sub(r'<(translation|numerusform)(?:\s[^>]*)?(?<!/)>.*?</\1>', replace, source, flags=re.S)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(source)
    print(f'{changed} translations respaced')


if __name__ == '__main__':
    main(sys.argv[1])
