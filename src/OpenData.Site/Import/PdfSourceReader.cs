using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace OpenData.Site.Import;

/// <summary>Reads a PDF report with a text layer (PdfPig): its text lines and its statistics tables, rebuilt from where each glyph is printed.</summary>
/// <remarks>
/// Content streams may write text in any order (a column of numbers at a time), so only positions count. Per page: ruled tables
/// are found from their ruling lines (<see cref="PdfTableGrid"/>), the other glyphs are grouped into lines, running headers,
/// footers and page numbers are dropped (<see cref="PdfPageFurniture"/>), tables printed without rules are found among the
/// lines (<see cref="PdfUnruledTables"/>), and paragraphs wrapped by the page are joined (<see cref="PdfParagraphs"/>).
/// Table rows come out as a label path and value cells in column order, as <see cref="HtmlSourceReader"/> gives them, and a
/// table continued on the next page simply goes on. <see cref="SourceLine.Number"/> counts the lines read (each paragraph,
/// heading and table row is one line) 1, 2, 3… through the whole document; <see cref="SourceLine.Page"/> gives the page.
/// An encrypted PDF, a scan without a text layer and a file PdfPig cannot open are refused with a D-FILETYPE error.
/// Text drawn invisible (rendering mode 3 or 7) is not printed: a few such characters among printed text are left out
/// (hidden digits); a page whose text is mostly invisible has a text layer over what it draws, read as its text, and over an
/// image that layer is a scan's text recognition (OCR), read with a D-OCR warning, as recognition misreads figures.
/// </remarks>
internal static class PdfSourceReader
{
    public static ImportSource Read(string file, byte[] bytes)
    {
        List<(double Height, List<PdfTextLine> Lines, List<PdfItem> Rows)> pages;
        var ocrPages = new List<int>();
        var picturePages = new List<int>();
        try
        {
            pages = ReadPages(bytes, ocrPages, picturePages, out var refusal);
            if (refusal is { } r)
            {
                return Refuse(file, r.Zh, r.En);
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            return Refuse(file, "PDF 已加密，需要密码才能打开：请提供未加密的版本", "the PDF is encrypted and needs a password: provide an unencrypted copy");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports a damaged file with many exception types; none is the user's fault to debug.
            return Refuse(file, $"PDF 文件已损坏，无法打开（{e.Message}）：请重新下载或从原文件重新导出 PDF",
                $"the PDF is damaged and cannot be opened ({e.Message}): download it again or export a new PDF from the original");
        }

        var texts = PdfPageFurniture.Remove([.. pages.Select(p => (p.Height, p.Lines))]);
        var items = new List<PdfItem>();
        PdfOpenTable? table = null;
        for (var i = 0; i < pages.Count; i++)
        {
            // Reading order is top to bottom; a table's rows stay together in their own order.
            (var unruled, table) = PdfUnruledTables.Read(i + 1, texts[i], pages[i].Rows.Count == 0 ? table : null);
            var page = unruled.Concat(pages[i].Rows)
                .Select((item, n) => (item, n))
                .OrderByDescending(p => p.item.Top)
                .ThenBy(p => p.n)
                .Select(p => p.item);
            items.AddRange(page);
        }

        var lines = PdfParagraphs.Join(items)
            .Select((item, n) => item.Cells is null
                ? new SourceLine(n + 1, item.Text) { Page = item.Page }
                : new SourceLine(n + 1, item.Text, new SourceRow(n + 1, item.Label, item.Cells)) { Page = item.Page })
            .ToList();
        return new ImportSource(file, ProvenanceMethod.ImportedPdf, [], lines, [])
        {
            // A picture's line is the first read on its page or after it.
            Pictures = [.. picturePages.Select(p => new PicturePlace(lines.FirstOrDefault(l => l.Page >= p)?.Number ?? lines.Count, p))],
            Remarks = ocrPages.Count == 0 ? [] :
            [
                new Finding("D-OCR", Severity.Warning,
                    $"第 {string.Join("、", ocrPages)} 页是扫描图像，文字层是文字识别（OCR）的结果：识别可能读错数字，请与原件逐一核对",
                    $"page(s) {string.Join(", ", ocrPages)} are scanned images whose text layer is a text recognition (OCR) result: recognition may misread figures, so check each against the original")
                { File = file, Line = lines.FirstOrDefault(l => l.Page == ocrPages[0])?.Number ?? 1 },
            ],
        };
    }

    private static List<(double Height, List<PdfTextLine> Lines, List<PdfItem> Rows)> ReadPages(byte[] bytes, List<int> ocrPages, List<int> picturePages, out (string Zh, string En)? refusal)
    {
        refusal = null;
        using var document = PdfDocument.Open(bytes);
        if (document.NumberOfPages == 0)
        {
            throw new InvalidDataException("the file has no pages");
        }

        var pages = new List<(double, List<PdfTextLine>, List<PdfItem>)>();
        var printed = 0;
        var unreadable = 0;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var page = document.GetPage(number);
            var frame = PdfPageFrame.Of(page);
            // A few invisible characters among printed text are not printed (hidden digits); where most of the text is
            // invisible it is a text layer over what the page draws (a scan's recognised text, text set as outlines) and the
            // only text there is, recognised text over an image with a warning.
            static bool Invisible(Letter l) => l.RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip;
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var invisible = letters.Count(Invisible);
            var textLayer = invisible * 2 > letters.Count;
            if (textLayer && page.GetImages().Any())
            {
                ocrPages.Add(number);
            }

            var glyphs = (textLayer ? page.Letters : page.Letters.Where(l => !Invisible(l)))
                .Select(l => PdfGlyph.From(l, frame)).ToList();
            if (!textLayer && HasPicture(page, letters.Where(l => !Invisible(l))))
            {
                picturePages.Add(number);
            }

            printed += glyphs.Count(g => !g.IsSpace);
            unreadable += glyphs.Count(g => !g.IsSpace && g.Text.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.PrivateUse || c == '\uFFFD'));
            var rows = new List<PdfItem>();
            foreach (var grid in PdfRules.Tables(page, frame))
            {
                var inside = glyphs.Where(grid.Contains).ToList();
                if (inside.Count == 0)
                {
                    continue;
                }

                glyphs = [.. glyphs.Except(inside)];
                rows.AddRange(PdfRuledRows.Read(grid.Rows(inside)).Select(r => PdfItem.Row(number, r.Top, r.Label, r.Cells)));
            }

            pages.Add((frame.UprightHeight, PdfText.Lines(glyphs), rows));
        }

        if (printed == 0)
        {
            refusal = ("这是扫描版 PDF，没有文字层：请先做文字识别（OCR）再导入", "this is a scanned PDF with no text layer: run OCR first, then import the result");
        }
        else if (unreadable * 2 > printed)
        {
            refusal = ("PDF 的文字层无法解码（字体缺少 Unicode 映射）：请从原文件重新导出 PDF，或先做文字识别（OCR）",
                "the PDF's text layer cannot be decoded (its fonts have no Unicode map): export a new PDF from the original, or run OCR first");
        }

        return pages;
    }

    // A picture a table could be printed as: at least 5 cm wide and 2 cm high, with no printed text over it (text over an
    // image is a scan's recognised text, or the page's own text over a background).
    private static bool HasPicture(Page page, IEnumerable<Letter> printed)
    {
        var letters = printed.Select(l => l.BoundingBox.Centroid).ToList();
        foreach (var image in page.GetImages())
        {
            var box = image.BoundingBox;
            var (left, right) = (Math.Min(box.BottomLeft.X, box.TopRight.X), Math.Max(box.BottomLeft.X, box.TopRight.X));
            var (bottom, top) = (Math.Min(box.BottomLeft.Y, box.TopRight.Y), Math.Max(box.BottomLeft.Y, box.TopRight.Y));
            if (right - left >= 142 && top - bottom >= 57 && !letters.Any(c => c.X >= left && c.X <= right && c.Y >= bottom && c.Y <= top))
            {
                return true;
            }
        }

        return false;
    }

    private static ImportSource Refuse(string file, string zh, string en) =>
        new(file, ProvenanceMethod.ImportedPdf, [], [], [new Finding("D-FILETYPE", Severity.Error, zh, en) { File = file, Line = 1 }]);
}
