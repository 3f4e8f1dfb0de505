#!/usr/bin/env python3
"""Writes a flat OpenDocument text whose statistics tables are one embedded spreadsheet object.

    soffice --headless --convert-to fods ../xls/pingtan-2025.xls
    python3 sheet-object.py pingtan-2025.fods > pingtan-2025-sheet-object.fodt
    soffice --headless --convert-to docx pingtan-2025-sheet-object.fodt
"""
import re
import sys

sheet = open(sys.argv[1], encoding="utf-8").read()
body = sheet[sheet.index("<office:body>"):sheet.index("</office:body>") + len("</office:body>")]
namespaces = " ".join(re.findall(r'xmlns:\w+="[^"]+"', re.search(r"<office:document [^>]*>", sheet).group(0)))
print(f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {namespaces} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:p>平潭综合实验区2025年政府信息公开工作年度报告</text:p>
<text:p>一、总体情况（略）</text:p>
<text:p><draw:frame draw:name="Object1" text:anchor-type="as-char" svg:width="16cm" svg:height="20cm"><draw:object>
<office:document office:mimetype="application/vnd.oasis.opendocument.spreadsheet" office:version="1.3">
{body}
</office:document>
</draw:object></draw:frame></text:p>
<text:p>五、存在的主要问题及改进情况（略）</text:p>
</office:text></office:body></office:document>""")
