namespace OpenData.Site.Import;

/// <summary>Where a source shows a picture a table could be printed as (<see cref="ImportSource.Pictures"/>).</summary>
/// <param name="Line">The line the picture stands at, or the first line after it.</param>
/// <param name="Page">The page it is printed on (PDF), or <see langword="null"/> where the format has no pages.</param>
internal readonly record struct PicturePlace(int Line, int? Page = null);
