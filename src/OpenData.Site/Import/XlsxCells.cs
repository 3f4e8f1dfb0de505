using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenData.Site.Import;

/// <summary>The printed text of a spreadsheet cell: shared or inline strings, and numbers written invariantly as stored.</summary>
internal static class XlsxCells
{
    /// <summary>The cell's text as printed; <paramref name="strings"/> is the workbook's shared string table.</summary>
    public static string TextOf(Cell cell, IReadOnlyList<string> strings)
    {
        var stored = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count ? strings[index] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Joined(inline) : "";
        }

        if (type == CellValues.Boolean)
        {
            return stored == "1" ? "TRUE" : "FALSE";
        }

        return type is null || type == CellValues.Number ? Number(stored) : WrappedText.Clean(stored);
    }

    /// <summary>A shared string's text: its runs joined, phonetic guides left out, lines wrapped in the cell joined.</summary>
    public static string TextOf(SharedStringItem item) => Joined(item);

    private static string Joined(OpenXmlElement item) =>
        TextOf(string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text)));

    /// <summary>A text cell as printed: lines wrapped in the cell joined.</summary>
    public static string TextOf(string stored) => WrappedText.Join(stored.Split('\n'));

    /// <summary>A number as stored, written invariantly: the shortest text that reads back as the double, at most 15 digits.</summary>
    /// <remarks>Excel stores the shortest text that reads back as the double (9116.36), at most 17 digits; beyond 15 it is binary noise.</remarks>
    public static string Number(string stored)
    {
        if (!decimal.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return WrappedText.Clean(stored);
        }

        if (SignificantDigits(number) > 15 && double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var binary))
        {
            number = decimal.Parse(binary.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return number.ToString(CultureInfo.InvariantCulture);
    }

    private static int SignificantDigits(decimal number) =>
        number.ToString(CultureInfo.InvariantCulture).TrimStart('-').Replace(".", "", StringComparison.Ordinal).TrimStart('0').Length;
}
