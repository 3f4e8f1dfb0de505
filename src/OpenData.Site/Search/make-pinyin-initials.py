#!/usr/bin/env python3
"""Writes pinyin-initials.txt from the Unicode Han Database (Unihan, Unicode 15.0, Debian package unicode-data:
/usr/share/unicode/Unihan_Readings.txt.bz2). Kept to show where the table comes from and to make it again.

For each character of the CJK Unified Ideographs block (U+4E00..U+9FFF): the first letter of its kMandarin reading
(the customary reading), then any other first letters of its readings in kTGHZ2013 (通用规范汉字字典, 2013) and
kXHC1983 (现代汉语词典, 1983), so that 长沙 is found by both "zs" and "cs", and 重庆 by "cq"."""
import bz2, sys, unicodedata

FIRST, LAST = 0x4E00, 0x9FFF
readings = {}
with bz2.open('/usr/share/unicode/Unihan_Readings.txt.bz2', 'rt', encoding='utf-8') as f:
    for line in f:
        if line.startswith('#') or not line.strip():
            continue
        cp, field, value = line.rstrip('\n').split('\t')
        c = int(cp[2:], 16)
        if not FIRST <= c <= LAST or field not in ('kMandarin', 'kTGHZ2013', 'kXHC1983'):
            continue
        words = value.split() if field == 'kMandarin' else [w.split(':')[1] for w in value.split()]
        letters = [unicodedata.normalize('NFD', w)[0].lower() for w in words]
        entry = readings.setdefault(c, {})
        entry.setdefault(field, [])
        entry[field] += [l for l in letters if l.isascii() and l.isalpha()]

primary = []
extra = []
for c in range(FIRST, LAST + 1):
    e = readings.get(c, {})
    order = e.get('kMandarin', []) + e.get('kTGHZ2013', []) + e.get('kXHC1983', [])
    seen = list(dict.fromkeys(order))
    primary.append(seen[0] if seen else '-')
    if len(seen) > 1:
        extra.append(chr(c) + ''.join(seen))

with open('pinyin-initials.txt', 'w', encoding='utf-8', newline='\n') as out:
    out.write('# First letters of the pinyin of U+4E00..U+9FFF; source: Unihan 15.0 kMandarin, kTGHZ2013, kXHC1983 (make-pinyin-initials.py)\n')
    out.write(''.join(primary) + '\n')
    for e in extra:
        out.write(e + '\n')
