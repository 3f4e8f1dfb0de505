namespace OpenData.Site;

/// <summary>The two chart shapes the site draws.</summary>
internal enum ChartKind
{
    /// <summary>A trend over report years.</summary>
    Line,

    /// <summary>A ranking across agencies for one year.</summary>
    Bar,
}
