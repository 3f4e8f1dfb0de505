namespace OpenData.Site.Import;

/// <summary>A page's link to a file the report may be published in (附件：….pdf, .doc, .xlsx …).</summary>
/// <param name="Name">The link's text, or the file's name where the link has none.</param>
/// <param name="Line">The line the link stands at.</param>
internal sealed record Attachment(string Name, int Line);
