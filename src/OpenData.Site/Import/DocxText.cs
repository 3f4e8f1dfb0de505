using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OpenData.Site.Import;

/// <summary>The printed text of a Word paragraph or table cell: runs joined, tabs as spaces, wrapped lines joined into one.</summary>
/// <remarks>Text Word does not print is not read: hidden runs (<c>w:vanish</c>) and, in a document with tracked changes, text
/// deleted or moved away (<c>w:del</c>, <c>w:moveFrom</c>), which would otherwise add digits to a figure or read it twice.</remarks>
internal static class DocxText
{
    /// <summary>A table cell's text: its own paragraphs (not those of a table nested in it) joined as one wrapped text.</summary>
    public static string Of(TableCell cell) =>
        WrappedText.Join(cell.ChildElements.SelectMany(Paragraphs).SelectMany(Lines));

    /// <summary>A paragraph's text, its line breaks joined as wrapped lines.</summary>
    public static string Of(Paragraph paragraph) => WrappedText.Join(Lines(paragraph));

    private static IEnumerable<Paragraph> Paragraphs(OpenXmlElement element) => element switch
    {
        Paragraph paragraph => [paragraph],
        SdtBlock { SdtContentBlock: { } content } => content.ChildElements.SelectMany(Paragraphs),
        _ => [],
    };

    // Text in a text box anchored in the paragraph belongs to the text box's own paragraphs, not to this one.
    private static IEnumerable<string> Lines(Paragraph paragraph)
    {
        var line = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (element is not (Text or TabChar or Break or CarriageReturn) || element.Ancestors<Paragraph>().First() != paragraph || IsNotPrinted(element))
            {
                continue;
            }

            switch (element)
            {
                case Text text:
                    line.Append(text.Text);
                    break;
                case TabChar:
                    line.Append(' ');
                    break;
                default:
                    yield return line.ToString();
                    line.Clear();
                    break;
            }
        }

        yield return line.ToString();
    }

    /// <summary>Whether Word does not print the element: in a hidden run, or deleted or moved away with tracked changes.</summary>
    public static bool IsNotPrinted(OpenXmlElement element) =>
        element.Ancestors<Run>().FirstOrDefault() is { RunProperties.Vanish: { } vanish } && (vanish.Val is null || vanish.Val.Value)
        || element.Ancestors().Any(a => a is MoveFromRun or DeletedRun);
}
