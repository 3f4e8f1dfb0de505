using System.Text.RegularExpressions;

namespace OpenData.Site.Import;

/// <summary>What a printed table cell holds, judged from its text alone: a number (with or without a unit), a unit, a blank mark.</summary>
internal static partial class PdfCellKinds
{
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal) { "条", "件", "次", "篇", "个", "人", "人次", "万元", "元", "项", "起", "笔", "户", "家", "份" };

    /// <summary>A number, possibly with a unit the importer may not know (2笔): what fills a value column.</summary>
    public static bool IsNumber(string text) =>
        CellText.Parse(text).Value is { IsBlank: false } || NumberWithUnit().IsMatch(text.Trim());

    /// <summary>A number, a unit (the old form's 单位 column) or a printed blank (—): anything that sits in a value column.</summary>
    public static bool IsValueColumnText(string text)
    {
        var cell = text.Trim();
        return cell.Length > 0 && (IsNumber(cell) || Units.Contains(cell) || CellText.Parse(cell).Value is { IsBlank: true });
    }

    [GeneratedRegex(@"^[+\-−]?\d[\d,，]*(?:\.\d+)?\s*\p{IsCJKUnifiedIdeographs}{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWithUnit();
}
