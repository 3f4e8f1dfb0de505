namespace OpenData.Site;

/// <summary>A page whose content comes from the site as a whole (home, agencies, rankings, quality, downloads): it has no
/// view of its own. The route plan renders it (<see cref="PlannedPage{TPage}"/>).</summary>
public abstract class SitePage : PageComponent;
