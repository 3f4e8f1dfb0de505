"""Sets every paragraph inside a table of a .docx to distributed alignment (分散对齐). Usage: distribute.py IN.docx OUT.docx"""
import re
import sys
import zipfile

with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as target:
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == "word/document.xml":
            text = data.decode("utf-8")
            text = re.sub(r"<w:tbl>.*?</w:tbl>",
                          lambda table: re.sub(r'<w:jc w:val="(?:center|left|right|both|start|end)"/>', '<w:jc w:val="distribute"/>', table.group(0)),
                          text, flags=re.S)
            data = text.encode("utf-8")
        target.writestr(item, data)
