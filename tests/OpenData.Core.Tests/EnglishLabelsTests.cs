using System.Text.RegularExpressions;

namespace OpenData.Tests;

/// <summary>Every row, column, table and unit of the three forms has an English label that is English (#18 item 7).</summary>
public sealed partial class EnglishLabelsTests
{
    public static TheoryData<string> FormIds => [Forms.National2014Id, Forms.National2019Id, Forms.National2021Id];

    [Theory]
    [MemberData(nameof(FormIds))]
    public void Every_indicator_has_an_english_row_column_and_unit_label_without_chinese(string id)
    {
        foreach (var indicator in Forms.Find(id)!.Indicators)
        {
            AssertEnglish(indicator.RowLabelEn, indicator.Code);
            Assert.Equal(indicator.ColumnCode is null, indicator.ColumnLabelEn is null);
            if (indicator.ColumnLabelEn is not null)
            {
                AssertEnglish(indicator.ColumnLabelEn, indicator.Code);
            }

            AssertEnglish(indicator.LabelEn, indicator.Code);
            Assert.Equal(indicator.Unit is null, indicator.UnitEn is null);
            if (indicator.UnitEn is not null)
            {
                AssertEnglish(indicator.UnitEn, indicator.Code);
            }
        }
    }

    [Theory]
    [MemberData(nameof(FormIds))]
    public void English_labels_are_distinct_where_the_chinese_are(string id)
    {
        var form = Forms.Find(id)!;
        AssertSameSplit(form.Indicators, i => i.RowLabel, i => i.RowLabelEn, id);
        AssertSameSplit(form.Indicators.Where(i => i.ColumnLabel is not null), i => i.ColumnLabel!, i => i.ColumnLabelEn!, id);
        AssertSameSplit(form.Indicators, i => i.Label, i => i.LabelEn, id);
        AssertSameSplit(form.Tables.SelectMany(t => t.Rows), r => r.Label, r => r.LabelEn, id);
        AssertSameSplit(form.Tables.SelectMany(t => t.Columns), c => c.Label, c => c.LabelEn, id);
        AssertSameSplit(form.Tables, t => t.Title, t => t.TitleEn, id);
    }

    [Theory]
    [MemberData(nameof(FormIds))]
    public void Printed_tables_have_english_titles_headers_rows_and_units(string id)
    {
        var form = Forms.Find(id)!;
        foreach (var table in form.Tables.SelectMany(t => t.GroupedLayout is null ? [t] : new[] { t, t.GroupedLayout }))
        {
            AssertEnglish(table.TitleEn, table.Title);
            Assert.Equal(table.RowHeaderLabel is null, table.RowHeaderLabelEn is null);
            foreach (var column in table.Columns)
            {
                AssertEnglish(column.LabelEn, column.Label);
                Assert.Equal(column.Group is null, column.GroupEn is null);
                Assert.Equal(column.Group?.Split(" / ").Length, column.GroupEn?.Split(" / ").Length);
                if (column.GroupEn is not null)
                {
                    AssertEnglish(column.GroupEn, column.Group!);
                }
            }

            foreach (var row in table.Rows)
            {
                AssertEnglish(row.LabelEn, row.Label);
                Assert.Equal(row.Unit is null, row.UnitEn is null);
            }
        }

        foreach (var (section, title) in form.SectionTitles)
        {
            AssertEnglish(form.SectionTitleEn(section), title);
        }
    }

    [Fact]
    public void A_cell_and_its_printed_row_and_column_say_the_same_in_english()
    {
        foreach (var form in Forms.All)
        {
            foreach (var table in form.Tables)
            {
                foreach (var row in table.Rows.Where(r => !r.IsHeader))
                {
                    for (var c = 0; c < row.Cells.Count; c++)
                    {
                        var indicator = form.Find(row.Cells[c])!;
                        var column = table.Columns[c];
                        Assert.Equal(indicator.ColumnCode is null ? row.LabelEn : column.LabelEn, indicator.ColumnLabelEn ?? indicator.RowLabelEn);
                        Assert.Equal(row.UnitEn ?? indicator.UnitEn, indicator.UnitEn);
                    }
                }
            }
        }
    }

    [Fact]
    public void The_established_terms_of_the_regulations_are_used_throughout()
    {
        var v21 = Forms.National2021;
        Assert.Equal("(1) Disclosed", v21.Find("s3.granted.tot")!.RowLabelEn);
        Assert.Equal("(2) Partially disclosed (a split decision counts here only)", v21.Find("s3.partial.tot")!.RowLabelEn);
        Assert.Equal("Administrative reconsideration / Total", v21.Find("s4.rev.total")!.LabelEn);
        Assert.StartsWith("Administrative litigation / ", v21.Find("s4.lit_after.upheld")!.LabelEn, StringComparison.Ordinal);
        Assert.Equal("10,000 yuan", v21.Find("s2.fees.amount_wan")!.UnitEn);
        Assert.Equal("applications", v21.Find("s3.new.tot")!.UnitEn);
        Assert.Equal("Article 20(8)", v21.Tables.Single(t => t.Title == "第二十条第（八）项").TitleEn);

        // The crosswalk's concepts say what the cells say.
        Assert.Equal("disclosed", Crosswalk.Find("applications.granted")!.LabelEn);
        Assert.Equal("not disclosed", Crosswalk.Find("applications.refused")!.LabelEn);
        Assert.Contains("reconsideration", Crosswalk.Find("reviews.total")!.LabelEn, StringComparison.Ordinal);
        Assert.Contains("litigation", Crosswalk.Find("lawsuits.total")!.LabelEn, StringComparison.Ordinal);
        foreach (var concept in Crosswalk.Concepts)
        {
            AssertEnglish(concept.UnitEn, concept.Id);
            foreach (var code in concept.Sources.SelectMany(s => s.Codes))
            {
                var indicator = Forms.All.Select(f => f.Find(code)).First(i => i is not null)!;
                Assert.Equal(indicator.UnitEn, concept.UnitEn);
            }
        }
    }

    private static void AssertEnglish(string text, string what)
    {
        Assert.False(string.IsNullOrWhiteSpace(text), $"{what}: no English label");
        Assert.False(Chinese().IsMatch(text), $"{what}: \"{text}\" has Chinese characters or punctuation");
    }

    /// <summary>Two items with different Chinese labels have different English labels, and the same Chinese the same English.</summary>
    private static void AssertSameSplit<T>(IEnumerable<T> items, Func<T, string> zh, Func<T, string> en, string form)
    {
        foreach (var group in items.GroupBy(en, StringComparer.Ordinal))
        {
            var chinese = group.Select(zh).Distinct(StringComparer.Ordinal).ToList();
            Assert.True(chinese.Count == 1, $"{form}: \"{group.Key}\" translates {string.Join(", ", chinese)}");
        }

        foreach (var group in items.GroupBy(zh, StringComparer.Ordinal))
        {
            var english = group.Select(en).Distinct(StringComparer.Ordinal).ToList();
            Assert.True(english.Count == 1, $"{form}: \"{group.Key}\" is translated {string.Join(", ", english)}");
        }
    }

    // CJK ideographs and the full-width punctuation the forms print (（）、：“”).
    [GeneratedRegex(@"[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]")]
    private static partial Regex Chinese();
}
