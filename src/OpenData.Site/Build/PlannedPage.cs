namespace OpenData.Site;

/// <summary>A page the site will have: the component that renders it and its context (route, language, data).</summary>
internal sealed record PlannedPage(Type Component, PageContext Context);
