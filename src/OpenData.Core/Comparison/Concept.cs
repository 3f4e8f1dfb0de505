namespace OpenData;

/// <summary>A quantity followed across form versions, e.g. applications received, with how each form measures it.</summary>
/// <param name="Id">A stable ASCII id, e.g. <c>applications.new</c>.</param>
/// <param name="LabelZh">The label in Chinese.</param>
/// <param name="LabelEn">The label in English.</param>
/// <param name="Unit">The unit (件, 条…).</param>
/// <param name="Sources">One source per form that measures the concept.</param>
public sealed record Concept(string Id, string LabelZh, string LabelEn, string Unit, IReadOnlyList<ConceptSource> Sources)
{
    /// <summary>The unit in English, naming what is counted (applications, cases, documents, decisions).</summary>
    public string UnitEn { get; init; } = "";

    /// <summary>The source for a form, or <see langword="null"/> when the form does not measure the concept.</summary>
    public ConceptSource? SourceFor(string form)
    {
        // A loop, not a query: asked for every report of every series and every cell of a report page.
        for (var i = 0; i < Sources.Count; i++)
        {
            if (string.Equals(Sources[i].Form, form, StringComparison.Ordinal))
            {
                return Sources[i];
            }
        }

        return null;
    }
}
