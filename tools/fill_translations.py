#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill Qt Linguist .ts files after lupdate.

  tools/fill_translations.py dump  regionlens_ja.ts          # untranslated, as TSV
  tools/fill_translations.py apply regionlens_ja.ts ja.tsv   # context<TAB>source<TAB>translation
  tools/fill_translations.py english regionlens_en.ts        # en: translation = source

Sources and translations in the TSV use \\n and \\t escapes. Japanese has one
plural form, so numerus messages take a single translation.
"""
import sys
import xml.etree.ElementTree as ET


def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


def unesc(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == '\\' and i + 1 < len(s):
            out.append({'n': '\n', 't': '\t', '\\': '\\'}.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)


def messages(tree):
    for ctx in tree.getroot().findall('context'):
        name = ctx.find('name').text
        for m in ctx.findall('message'):
            yield name, m


def unfinished(m):
    tr = m.find('translation')
    return tr is None or tr.get('type') == 'unfinished' or (
        not (tr.text or '').strip() and not tr.findall('numerusform'))


def set_translation(m, text, forms=1):
    tr = m.find('translation')
    if tr is None:
        tr = ET.SubElement(m, 'translation')
    tr.attrib.pop('type', None)
    if m.get('numerus') == 'yes':
        for f in list(tr):
            tr.remove(f)
        tr.text = None
        for _ in range(forms):
            f = ET.SubElement(tr, 'numerusform')
            f.text = text
    else:
        tr.text = text


def write(tree, path):
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write('\n')


def main():
    cmd, path = sys.argv[1], sys.argv[2]
    tree = ET.parse(path)
    if cmd == 'dump':
        for name, m in messages(tree):
            if unfinished(m):
                print(f"{name}\t{esc(m.find('source').text or '')}\t")
        return
    if cmd == 'english':
        for name, m in messages(tree):
            if unfinished(m):
                set_translation(m, m.find('source').text or '', forms=2)
        write(tree, path)
        return
    table = {}
    with open(sys.argv[3], encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) != 3 or not parts[2]:
                continue
            table[(parts[0], unesc(parts[1]))] = unesc(parts[2])
            table.setdefault(('*', unesc(parts[1])), unesc(parts[2]))
    missing = 0
    for name, m in messages(tree):
        src = m.find('source').text or ''
        text = table.get((name, src)) or table.get(('*', src))
        if text is not None:
            set_translation(m, text)
        elif unfinished(m):
            missing += 1
            print(f"missing: {name}\t{esc(src)}", file=sys.stderr)
    write(tree, path)
    print(f"{missing} untranslated", file=sys.stderr)


if __name__ == '__main__':
    main()
