namespace OpenData;

/// <summary>Year-over-year comparison of a report with the same agency's report of the year before.</summary>
/// <remarks>
/// The previous value is read from the same code when the previous form has it (section 三 and 四 codes are shared by the
/// 2019 and 2021 forms), otherwise through the <see cref="Crosswalk"/> concept that the code measures alone; the
/// comparability and the form break are part of the result, so a page can mark them.
/// </remarks>
public static class YearOverYear
{
    /// <summary>The change of every indicator of the current report's form, in form order.</summary>
    public static IReadOnlyList<Change> Compare(Report current, Report? previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        var form = current.FormDefinition;
        return form is null ? [] : [.. form.Indicators.Select(i => Compare(current, previous, i.Code))];
    }

    /// <summary>The change of one indicator against the previous year's report.</summary>
    /// <param name="current">The report.</param>
    /// <param name="previous">The same agency's report of any earlier year (normally the year before), or <see langword="null"/>.</param>
    /// <param name="code">An indicator code of the current report's form.</param>
    public static Change Compare(Report current, Report? previous, string code)
    {
        ArgumentNullException.ThrowIfNull(current);
        var number = current.Number(code);
        if (previous is null)
        {
            return new Change(code, current.Year, number, null, default, null, null, Comparability.None, null, false);
        }

        var isBreak = !string.Equals(previous.Form, current.Form, StringComparison.Ordinal);
        DerivedValue before;
        string? previousCode;
        Comparability comparability;
        if (previous.FormDefinition?.Contains(code) == true)
        {
            (before, previousCode, comparability) = (previous.Number(code), code, Comparability.Same);
        }
        else if (Crosswalk.ConceptOf(current.Form, code) is { } concept && concept.SourceFor(previous.Form) is { } source)
        {
            (before, previousCode, comparability) = (Crosswalk.Resolve(concept, previous), string.Join("+", source.Codes), Crosswalk.Between(concept, previous.Form, current.Form));
        }
        else
        {
            (before, previousCode, comparability) = (default, null, Comparability.None);
        }

        // The current value is one cell, so a change is exact or has no number: a partial previous value gives none.
        var comparable = comparability != Comparability.None;
        var delta = comparable ? DerivedValue.Difference(number, before).Exact : null;
        var percent = comparable ? DerivedValue.PercentChange(number, before).Exact : null;
        return new Change(code, current.Year, number, previous.Year, before, delta, percent, comparability, previousCode, isBreak);
    }
}
