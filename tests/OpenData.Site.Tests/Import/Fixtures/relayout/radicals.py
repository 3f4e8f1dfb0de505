"""Points a qpdf --qdf PDF's ToUnicode bfchar entries at the radical code points some fonts give for common characters.

Usage: python3 radicals.py IN.pdf OUT.pdf  (then fix-qdf OUT.pdf > fixed.pdf). Test input only (made for
pingtan-2022-ruled-10-radicals.pdf); the PDF's figures and page are unchanged.
"""
import re
import sys
import unicodedata

standins = {ord(unicodedata.normalize("NFKC", chr(cp))): cp for cp in range(0x2F00, 0x2FD6)}
standins.update({ord(c): cp for c, cp in {
    "民": 0x2EA0, "西": 0x2EC4, "见": 0x2EC5, "车": 0x2ECB, "长": 0x2ED3, "门": 0x2ED4, "页": 0x2EDA,
    "风": 0x2EDB, "飞": 0x2EDC, "马": 0x2EE2, "黄": 0x2EE9, "齐": 0x2EEC, "龙": 0x2EF0}.items()})


def entry(match):
    source, target = match.group(1), match.group(2)
    code = int(target, 16)
    return b"<%s> <%04X>" % (source, standins[code]) if len(target) == 4 and code in standins else match.group(0)


data = open(sys.argv[1], "rb").read()
data = re.sub(rb"beginbfchar.*?endbfchar",
              lambda block: re.sub(rb"<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>", entry, block.group(0)), data, flags=re.S)
open(sys.argv[2], "wb").write(data)
