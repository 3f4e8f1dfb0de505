namespace OpenData;

/// <summary>The national forms and the local forms read so far, as data: every indicator, printed table and rule of each.</summary>
/// <example>
/// <code>
/// foreach (var indicator in Forms.National2021.Indicators) Console.WriteLine($"{indicator.Code}\t{indicator.Label}");
/// </code>
/// </example>
public static class Forms
{
    /// <summary>The id of the old nine-section table (reports 2014–2018).</summary>
    public const string National2014Id = "national-2014";

    /// <summary>The id of the 2019 format (reports 2019–2020).</summary>
    public const string National2019Id = "national-2019";

    /// <summary>The id of the 2021 format (reports 2021 onwards).</summary>
    public const string National2021Id = "national-2021";

    /// <summary>The id of 福建省's own table, attached to 福建 reports for 2014–2018 instead of the national one.</summary>
    public const string Fujian2014Id = "fujian-2014";

    /// <summary>The old nine-section 《政府信息公开情况统计表》 (国办发〔2014〕32号).</summary>
    public static Form National2014 { get; } = National2014Form.Create();

    /// <summary>The 2019 format (国办公开办函〔2019〕60号).</summary>
    public static Form National2019 { get; } = National2019Form.Create();

    /// <summary>The 2021 format (国办公开办函〔2021〕30号).</summary>
    public static Form National2021 { get; } = National2021Form.Create();

    /// <summary>福建省's table (指标名称 | 计量单位 | N年度 | 历年累计), used by 福建 agencies for 2014–2018 reports.</summary>
    public static Form Fujian2014 { get; } = Fujian2014Form.Create();

    // Find loops over the array; callers get it read-only.
    private static readonly Form[] AllForms = [National2014, National2019, National2021, Fujian2014];

    /// <summary>All forms: the national ones oldest first, then the local ones.</summary>
    public static IReadOnlyList<Form> All { get; } = Array.AsReadOnly(AllForms);

    /// <summary>Finds a form by id.</summary>
    /// <returns>The form, or <see langword="null"/> for an unknown id.</returns>
    public static Form? Find(string id)
    {
        // A loop, not a query: every report page, indicator page and chart asks this for each report of its agency.
        foreach (var form in AllForms)
        {
            if (string.Equals(form.Id, id, StringComparison.Ordinal))
            {
                return form;
            }
        }

        return null;
    }

    /// <summary>The national form prescribed for a report year: national-2014 before 2019, national-2019 for 2019–2020, national-2021 after.</summary>
    /// <remarks>Read from each form's own years (<see cref="Form.Fit(int)"/>), the one place they are stated; a year before
    /// the oldest form gets the oldest.</remarks>
    public static Form ForYear(int year)
    {
        foreach (var form in AllForms)
        {
            if (form.IsNational && form.Fit(year) == YearFit.Prescribed)
            {
                return form;
            }
        }

        return AllForms[0];
    }
}
