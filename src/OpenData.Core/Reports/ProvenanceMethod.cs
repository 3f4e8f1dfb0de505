using System.Text.Json.Serialization;

namespace OpenData;

/// <summary>How the figures of a report reached its data file.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProvenanceMethod>))]
public enum ProvenanceMethod
{
    /// <summary>Imported by <c>opendata import</c> from a text copy of the report.</summary>
    [JsonStringEnumMemberName("imported-text")]
    ImportedText,

    /// <summary>Imported by <c>opendata import</c> from the report's HTML page.</summary>
    [JsonStringEnumMemberName("imported-html")]
    ImportedHtml,

    /// <summary>Imported by <c>opendata import</c> from the report's PDF file (its text layer, read by position).</summary>
    [JsonStringEnumMemberName("imported-pdf")]
    ImportedPdf,

    /// <summary>Imported by <c>opendata import</c> from the report's Word file (.docx).</summary>
    [JsonStringEnumMemberName("imported-docx")]
    ImportedDocx,

    /// <summary>Imported by <c>opendata import</c> from a spreadsheet (.xlsx) laid out as the printed table.</summary>
    [JsonStringEnumMemberName("imported-xlsx")]
    ImportedXlsx,

    /// <summary>Typed or transcribed by a person from the published report.</summary>
    [JsonStringEnumMemberName("transcribed")]
    Transcribed,

    /// <summary>Entered by the agency that compiled the report.</summary>
    [JsonStringEnumMemberName("entered")]
    Entered,

    /// <summary>Generated fictional data (示例数据) for demos and benchmarks.</summary>
    [JsonStringEnumMemberName("generated")]
    Generated,

    /// <summary>Imported by <c>opendata import</c> from the report's Word 97–2003 file (.doc).</summary>
    [JsonStringEnumMemberName("imported-doc")]
    ImportedDoc,

    /// <summary>Imported by <c>opendata import</c> from the report's Rich Text Format file (.rtf).</summary>
    [JsonStringEnumMemberName("imported-rtf")]
    ImportedRtf,

    /// <summary>Imported by <c>opendata import</c> from the report's Excel 97–2003 workbook (.xls).</summary>
    [JsonStringEnumMemberName("imported-xls")]
    ImportedXls,
}
