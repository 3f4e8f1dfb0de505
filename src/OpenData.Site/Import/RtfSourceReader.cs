namespace OpenData.Site.Import;

/// <summary>Reads a Rich Text Format document (.rtf, and the .doc files that are RTF) of a report as a Word document is
/// read: body paragraphs as text, tables as rows with their merged cells (<see cref="RtfText"/>, <see cref="DocSourceReader"/>).</summary>
internal static class RtfSourceReader
{
    public static ImportSource Read(string file, byte[] bytes)
    {
        try
        {
            return DocSourceReader.Source(file, ProvenanceMethod.ImportedRtf, RtfText.Read(bytes));
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IndexOutOfRangeException)
        {
            return ImportSource.Unreadable(file, ProvenanceMethod.ImportedRtf, " RTF 文件", "RTF file",
                $"{e.Message}；请另存为 .docx 后再导入", $"{e.Message}; save it as .docx, then import that");
        }
    }
}
