namespace OpenData.Site.Import;

/// <summary>An object embedded in a Word document that holds a table's file (<see cref="EmbeddedObjects"/>), as read.</summary>
/// <param name="Name">The object's file in the package (<c>word/embeddings/Microsoft_Excel_Worksheet.xlsx</c>), or a linked
/// object's target.</param>
/// <param name="Format">The format of the object's file.</param>
/// <param name="Source">The file's lines, or <see langword="null"/> when it is linked or could not be read.</param>
/// <param name="WhyZh">Why it could not be read, in Chinese.</param>
/// <param name="WhyEn">Why it could not be read, in English.</param>
internal sealed record EmbeddedFile(string Name, SourceFormat Format, ImportSource? Source, string? WhyZh, string? WhyEn)
{
    /// <summary>Whether the object only links to a file outside the document.</summary>
    public bool IsLinked { get; init; }

    /// <summary>What the object is, in Chinese and English (Excel 工作表, Word 文档).</summary>
    public (string Zh, string En) Kind => Format is SourceFormat.Doc or SourceFormat.Docx ? ("Word 文档", "Word document") : ("Excel 工作表", "Excel worksheet");

    public static EmbeddedFile Linked(string target) => new(target, SourceFormat.Unknown, null, null, null) { IsLinked = true };

    public static EmbeddedFile Unreadable(string name, string whyZh, string whyEn) => new(name, SourceFormat.Unknown, null, whyZh, whyEn);
}
