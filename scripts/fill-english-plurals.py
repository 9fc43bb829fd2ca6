#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Fills translations/inspector_en.ts (numerus entries only, from `ninja update_translations`)
with the English forms of each source: "%n object(s)" -> "%n object" and "%n objects".
Only unfinished entries are touched; run it after update_translations and review the diff."""
import re
import sys
import xml.etree.ElementTree as ET

def forms(source):
    one = re.sub(r'\((e?s)\)', '', source)
    many = re.sub(r'\((e?s)\)', r'\1', source)
    # "entry(ies)"-style and "is/are"-style alternatives.
    one = re.sub(r'(\w)\((\w+)\)', r'\1', one)
    one = one.replace('(are)', '').replace('is(are)', 'is')
    return one, many

path = sys.argv[1] if len(sys.argv) > 1 else 'translations/inspector_en.ts'
tree = ET.parse(path)
changed = 0
for message in tree.iter('message'):
    translation = message.find('translation')
    if message.get('numerus') != 'yes' or translation is None:
        continue
    if translation.get('type') != 'unfinished':
        continue
    source = message.find('source').text or ''
    one, many = forms(source)
    for child in list(translation):
        translation.remove(child)
    for text in (one, many):
        form = ET.SubElement(translation, 'numerusform')
        form.text = text
    del translation.attrib['type']
    changed += 1
tree.write(path, encoding='utf-8', xml_declaration=True)
print(f'{path}: {changed} entries filled')
