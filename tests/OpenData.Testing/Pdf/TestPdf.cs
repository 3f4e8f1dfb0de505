using System.Buffers.Binary;
using System.Globalization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace OpenData.Testing;

/// <summary>Writes test PDFs the way offices publish reports: wrapped paragraphs, then tables with or without rules, over A4 pages.</summary>
/// <remarks>
/// Text is set in the shipped WenQuanYi Micro Hei (its first face, cut out of the TrueType collection). Everything is laid out
/// first and written at <see cref="Build"/>, so a table can be written in column order (each column's cells one block, as some
/// PDF producers do) while it prints the same.
/// </remarks>
public sealed class TestPdf
{
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double MarginX = 56;
    private const double MarginTop = 64;
    private const double MarginBottom = 64;
    private const double TextSize = 10.5;

    private static readonly Lazy<byte[]> Font = new(() => FirstFace(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "src", "OpenData.Site", "Fonts", "wqy-microhei.ttc"))));

    private readonly List<List<Op>> _pages = [[]];
    private double _y = PageHeight - MarginTop;

    /// <summary>A line printed at the top of every page (a running header).</summary>
    public string? RunningHeader { get; init; }

    /// <summary>How the page number is printed at the bottom ({0} page, {1} pages), e.g. "- {0} -" or "第{0}页 共{1}页".</summary>
    public string? PageNumber { get; init; }

    /// <summary>Whether table cells are written column by column instead of row by row.</summary>
    public bool ColumnOrder { get; init; }

    /// <summary>Whether each page is a scan: an image of the page under its text drawn invisible (a recognition layer), no
    /// ruling lines drawn.</summary>
    public bool Scanned { get; init; }

    /// <summary>Whether an invisible 7 follows each figure in a table: the page shows 12, its text layer holds 127.</summary>
    public bool HiddenDigits { get; init; }

    // A white pixel: the scanned page's image, stretched over the page.
    private static readonly byte[] WhitePixel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC");

    public int Pages => _pages.Count;

    public TestPdf Paragraph(string text, double size = TextSize, bool indent = false)
    {
        var width = PageWidth - 2 * MarginX;
        var lines = Wrap(text, size, width, indent ? 2 * size : 0);
        for (var i = 0; i < lines.Count; i++)
        {
            Need(size * 1.6);
            var x = MarginX + (i == 0 && indent ? 2 * size : 0);
            _pages[^1].Add(new Op(x, _y - size, lines[i], size));
            _y -= size * 1.6;
        }

        _y -= size * 0.4;
        return this;
    }

    /// <summary>A table: each row's cells across the given column widths; rules drawn round every cell when <paramref name="ruled"/>.</summary>
    /// <remarks>
    /// A row whose cell list is shorter than the widths spans the rest of the table with its last cell (a caption or heading row).
    /// <paramref name="breakBefore"/> starts a new page before that row, wherever the page would have ended: the table goes on at the
    /// top of the next page without its header, as a word processor continues it.
    /// </remarks>
    public TestPdf Table(IReadOnlyList<double> widths, IEnumerable<IReadOnlyList<string>> rows, bool ruled, double size = 8, int? breakBefore = null)
    {
        const double padding = 3;
        var scale = Math.Min(1, (PageWidth - 2 * MarginX) / widths.Sum());
        var columns = widths.Select(w => w * scale).ToList();
        var first = true;
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            if (index == breakBefore)
            {
                NewPage();
            }

            var spans = Enumerable.Range(0, row.Count).Select(i => (Start: i, Width: i == row.Count - 1 ? columns.Skip(i).Sum() : columns[i])).ToList();
            var texts = row.Select((cell, i) => Wrap(cell, size, spans[i].Width - 2 * padding, 0)).ToList();
            var height = Math.Max(1, texts.Max(t => t.Count)) * size * 1.3 + 2 * padding;
            // A header is kept with the row under it, as word processors do, so no page starts with a table's numbers alone.
            Need(first ? 2 * height + 20 : height);
            first = false;
            var top = _y;
            for (var i = 0; i < row.Count; i++)
            {
                var x = MarginX + columns.Take(spans[i].Start).Sum();
                // Cells are centred vertically, as word processors set them: a short cell beside a wrapped label sits mid-row.
                var offset = (height - texts[i].Count * size * 1.3) / 2;
                for (var l = 0; l < texts[i].Count; l++)
                {
                    _pages[^1].Add(new Op(x + padding, top - offset - (l + 1) * size * 1.3 + size * 0.3, texts[i][l], size, IsCell: true));
                }

                if (ruled)
                {
                    _pages[^1].Add(new Op(x, top - height, "", 0, Box: (spans[i].Width, height)));
                }
            }

            _y -= height;
        }

        _y -= TextSize;
        return this;
    }

    /// <summary>A picture as wide as the text and <paramref name="height"/> points high (a table pasted as a screenshot).</summary>
    public TestPdf Picture(double height)
    {
        Need(height);
        _pages[^1].Add(new Op(MarginX, _y - height, "", 0, Box: (PageWidth - 2 * MarginX, height), IsPicture: true));
        _y -= height + TextSize;
        return this;
    }

    public TestPdf NewPage()
    {
        _pages.Add([]);
        _y = PageHeight - MarginTop;
        return this;
    }

    public byte[] Build()
    {
        var builder = new PdfDocumentBuilder();
        var fonts = new List<(PdfDocumentBuilder.AddedFont Font, HashSet<char> Chars)>();
        for (var p = 0; p < _pages.Count; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            var ops = _pages[p].ToList();
            if (RunningHeader is { } header)
            {
                ops.Add(new Op(MarginX, PageHeight - 40, header, 9));
            }

            if (PageNumber is { } format)
            {
                ops.Add(new Op(PageWidth / 2 - 20, 30, string.Format(CultureInfo.InvariantCulture, format, p + 1, _pages.Count), 9));
            }

            if (Scanned)
            {
                page.AddPng(WhitePixel, new PdfRectangle(0, 0, PageWidth, PageHeight));
                page.SetTextRenderingMode(TextRenderingMode.Neither);
            }

            var cells = ops.Where(o => o.IsCell).ToList();
            var ordered = ColumnOrder ? cells.OrderBy(o => Math.Round(o.X)).ThenByDescending(o => o.Y) : (IEnumerable<Op>)cells;
            foreach (var op in ops.Where(o => !o.IsCell && o.Box is null).Concat(ordered))
            {
                page.AddText(op.Text, op.Size, new PdfPoint(op.X, op.Y), FontFor(builder, fonts, op.Text));
                if (HiddenDigits && op.IsCell && op.Text.Length > 0 && op.Text.All(char.IsAsciiDigit))
                {
                    page.SetTextRenderingMode(TextRenderingMode.Neither);
                    page.AddText("7", op.Size, new PdfPoint(op.X + (op.Text.Length * op.Size * 0.62), op.Y), FontFor(builder, fonts, "7"));
                    page.SetTextRenderingMode(TextRenderingMode.Fill);
                }
            }

            foreach (var op in ops.Where(o => o.IsPicture))
            {
                page.AddPng(WhitePixel, new PdfRectangle(op.X, op.Y, op.X + op.Box!.Value.Width, op.Y + op.Box.Value.Height));
            }

            foreach (var op in ops.Where(o => o.Box is not null && !o.IsPicture && !Scanned))
            {
                page.DrawRectangle(new PdfPoint(op.X, op.Y), op.Box!.Value.Width, op.Box.Value.Height, 0.5, false);
            }
        }

        return builder.Build();
    }

    public string Save(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, Build());
        return path;
    }

    /// <summary>A page with only drawn lines and shapes, no text: what a scan's text-less page looks like to a reader.</summary>
    public static byte[] WithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(56, 500), 400, 200, 1, false);
        page.DrawLine(new PdfPoint(56, 600), new PdfPoint(456, 600), 1);
        return builder.Build();
    }

    // PdfPig writes a TrueType font as a simple font of at most 255 characters, so the font is added again as each fills up.
    private static PdfDocumentBuilder.AddedFont FontFor(PdfDocumentBuilder builder, List<(PdfDocumentBuilder.AddedFont Font, HashSet<char> Chars)> fonts, string text)
    {
        var chars = text.ToHashSet();
        var fit = fonts.FindIndex(f => f.Chars.Union(chars).Count() <= 250);
        if (fit < 0)
        {
            fonts.Add((builder.AddTrueTypeFont(Font.Value), []));
            fit = fonts.Count - 1;
        }

        fonts[fit].Chars.UnionWith(chars);
        return fonts[fit].Font;
    }

    private void Need(double height)
    {
        if (_y - height < MarginBottom)
        {
            NewPage();
        }
    }

    // Wraps by estimated widths: a Chinese character is one em, anything else under two thirds of one.
    private static List<string> Wrap(string text, double size, double width, double indent)
    {
        var lines = new List<string>();
        var line = "";
        var used = indent;
        foreach (var c in text)
        {
            var w = c > 0x2E80 ? size : size * 0.62;
            if (used + w > width && line.Length > 0)
            {
                lines.Add(line);
                line = "";
                used = 0;
            }

            line += c;
            used += w;
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    // A TrueType collection holds several fonts sharing tables; the builder wants one font, so copy the first face's tables out.
    private static byte[] FirstFace(byte[] collection)
    {
        var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(12));
        var count = BinaryPrimitives.ReadUInt16BigEndian(collection.AsSpan(offset + 4));
        var header = 12 + 16 * count;
        var tables = Enumerable.Range(0, count)
            .Select(i => offset + 12 + 16 * i)
            .Select(r => (Start: (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(r + 8)), Length: (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(r + 12))))
            .ToList();
        var font = new byte[header + tables.Sum(t => (t.Length + 3) & ~3)];
        collection.AsSpan(offset, header).CopyTo(font);
        var at = header;
        for (var i = 0; i < count; i++)
        {
            collection.AsSpan(tables[i].Start, tables[i].Length).CopyTo(font.AsSpan(at));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 16 * i + 8), (uint)at);
            at += (tables[i].Length + 3) & ~3;
        }

        return font;
    }

    private sealed record Op(double X, double Y, string Text, double Size, bool IsCell = false, (double Width, double Height)? Box = null, bool IsPicture = false);
}
