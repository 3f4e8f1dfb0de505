using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenData.Site;
using OpenData.Site.Serve;

namespace OpenData.EndToEnd.Tests;

/// <summary>Honest numbers on every page, checked in Chromium: 平潭 2020's （七）总计, which breaks R-N2, is marked on every
/// built page that shows it (or a value summed from it), in both languages; and a value summed from a blank cell is never
/// shown as a plain number.</summary>
[Collection(DemoSiteGroup.Name)]
public sealed partial class HonestValueTests(DemoSite site)
{
    // The table cells that match a row and a column: { value: the cell's own text, without its marks, flags: the marks'
    // texts, visible: whether every mark is drawn }. Rows are matched by the code in their header (code), by a link in it
    // (href) or by how their header starts (row); columns by their header text; tables may be limited to the section whose
    // heading starts with a text.
    private const string CellsScript = """
        ({ rowId, code, href, row, column, section }) => {
            const cells = [];
            const scopes = section ? [...document.querySelectorAll('section')].filter(s => (s.querySelector('h2')?.textContent ?? '').trim().toLowerCase().startsWith(section.toLowerCase())) : [document];
            for (const scope of scopes) {
                for (const table of scope.querySelectorAll('table')) {
                    const at = [...table.querySelectorAll('thead th')].map(th => th.textContent.trim()).indexOf(column);
                    if (at < 0) continue;
                    for (const tr of table.querySelectorAll('tbody tr')) {
                        const th = tr.querySelector('th');
                        if (!th) continue;
                        const matches = rowId ? tr.id === rowId
                            : code ? th.querySelector('code')?.textContent === code
                            : href ? th.querySelector(`a[href*="${href}"]`) !== null
                            : th.textContent.trim().toLowerCase().startsWith(row.toLowerCase());
                        if (!matches || tr.children.length <= at) continue;
                        const cell = tr.children[at];
                        const marks = [...cell.querySelectorAll('a.flag')];
                        cells.push({
                            value: [...cell.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim(),
                            flags: marks.map(a => a.textContent.trim()),
                            visible: marks.every(a => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden'),
                        });
                    }
                }
            }
            return JSON.stringify(cells);
        }
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public async Task The_pingtan_2020_value_that_breaks_R_N2_is_marked_on_every_page_that_shows_it_in_both_languages()
    {
        var data = DataSet.Load(RepoPaths.Data);
        var report = data.Reports.Select(r => r.Report).Single(r => r.Agency == "pingtan" && r.Year == 2020);
        var reports = data.Reports.Select(r => r.Report).Where(r => r.Agency == "pingtan").ToList();
        var flagged = BuildPipeline.Validate(data, RepoPaths.Data)
            .Where(f => f.Agency == "pingtan" && f.Year == 2020 && f.Rule == "R-N2" && f.Code is not null)
            .Select(f => f.Code!).Distinct().ToList();
        Assert.Contains("s3.done.tot", flagged);

        // The concepts summed from a flagged cell carry its mark too.
        var concepts = Crosswalk.Concepts.Where(c => c.SourceFor(report.Form)?.Codes.Any(flagged.Contains) == true).ToList();
        Assert.Contains(concepts, c => c.Id == "applications.done");
        var checkedCells = 0;
        var pages = new List<string>();
        foreach (var lang in new[] { "", "en/" })
        {
            var english = lang.Length > 0;
            var valueColumn = english ? "Value" : "数值";

            if (english)
            {
                // No English report page: the report's cells are the 2020 column of the English all-years table, each
                // in the row of the 2020 form (the newest form's row when the code is not on a later one).
                checkedCells += await AssertMarked($"{lang}agencies/pingtan/all-years.html", pages, [.. flagged.Select(code => new Check(
                    new { rowId = Routes.AllYearsRowId(AllYearsTable.IsNewestRow(reports, report.Form, code) ? null : report.Form, code), column = "2020" },
                    Number(report.Number(code))))]);
            }
            else
            {
                // The report page: the cells themselves.
                var (page, _) = await site.OpenAsync($"{lang}agencies/pingtan/2020/");
                foreach (var code in flagged)
                {
                    var cell = page.Locator($"[id='cell-{code}']");
                    Assert.Equal(Number(report.Number(code)), (await cell.Locator("a:not(.flag)").InnerTextAsync()).Trim());
                    Assert.Contains("⚠ R-N2", (await cell.Locator("a.flag").AllInnerTextsAsync()).Select(t => t.Trim()));
                    checkedCells++;
                }

                pages.Add(page.Url);
                await page.Context.CloseAsync();
            }

            // Every indicator page of a flagged cell or of a concept summed from one: the 2020 row of its table.
            foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Output, lang, "agencies", "pingtan", "indicators"), "*.html").Order(StringComparer.Ordinal))
            {
                var code = Path.GetFileNameWithoutExtension(file);
                var concept = Crosswalk.ConceptOf(code, reports);
                if (!flagged.Contains(code) && (concept is null || !concepts.Contains(concept)))
                {
                    continue;
                }

                var expected = concept is null ? Number(report.Number(code)) : Number(Crosswalk.Resolve(concept, report).Exact);
                checkedCells += await AssertMarked($"{lang}agencies/pingtan/indicators/{code}.html", pages, new Check(new { row = "2020", column = valueColumn }, expected));
            }

            // Every comparison with 2020: the 2020 column of each flagged cell's row, or of each concept's.
            foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Output, lang, "agencies", "pingtan", "compare"), "*.html").Order(StringComparer.Ordinal))
            {
                if (YearPair().Match(Path.GetFileName(file)) is not { Success: true } pair || (pair.Groups[1].Value != "2020" && pair.Groups[2].Value != "2020"))
                {
                    continue;
                }

                var path = $"{lang}agencies/pingtan/compare/{Path.GetFileName(file)}";
                var found = await AssertMarked(path, pages, [.. flagged.Concat(concepts.Select(c => c.Id)).SelectMany(key => new Check[]
                {
                    new(new { code = key, column = "2020" }, Crosswalk.Find(key) is { } concept ? Number(Crosswalk.Resolve(concept, report).Exact) : Number(report.Number(key)), Optional: true),
                    new(new { code = key, column = english ? "Change" : "增减" }, null, Optional: true),
                })]);

                Assert.True(found >= 2, $"{path}: neither a flagged cell nor a concept summed from one");
                checkedCells += found;
            }

            // The agency page's headline table and the 2020 ranking of every key concept summed from a flagged cell.
            foreach (var concept in concepts.Where(c => SiteModel.KeyConcepts.Contains(c.Id)))
            {
                var label = english ? concept.LabelEn : concept.LabelZh;
                var expected = Number(Crosswalk.Resolve(concept, report).Exact);
                checkedCells += await AssertMarked($"{lang}agencies/pingtan/", pages, new Check(new { row = label, column = "2020" }, expected));
                checkedCells += await AssertMarked($"{lang}across/2020/{concept.Id}.html", pages, new Check(new { href = "pingtan", column = valueColumn, section = english ? "All agencies" : "全部机构" }, expected));
            }
        }

        // Report (in English the all-years table), indicator, compare (2020-2021 across the form change, 2020 against the
        // latest; 2019-2020 is the 2020 report's own table), agency and ranking pages, twice.
        Assert.True(pages.Distinct().Count() >= 12, string.Join("\n", pages.Distinct()));
        Assert.True(checkedCells >= 16, $"{checkedCells} cells checked");
    }

    [Fact]
    public async Task No_page_shows_a_plain_number_summed_from_a_blank_cell()
    {
        // 平潭 2021 with one of the eight reasons of 不予公开 blank: the concept is at least the other seven, never their sum.
        var data = RepoPaths.NewTempFolder();
        RepoPaths.CopyFolder(RepoPaths.Data, data);
        var file = Path.Combine(data, "pingtan", "2021.json");
        var text = await File.ReadAllTextAsync(file);
        var blanked = Regex.Replace(text, "\"s3.refused.enforce_file.tot\": [^,\\n]+", "\"s3.refused.enforce_file.tot\": null");
        Assert.NotEqual(text, blanked);
        await File.WriteAllTextAsync(file, blanked);
        var output = Path.Combine(RepoPaths.NewTempFolder(), "output");
        new BuildPipeline(TimeProvider.System).Run(data, RepoPaths.Input, output, null);
        var report = DataSet.Load(data).Reports.Select(r => r.Report).Single(r => r.Agency == "pingtan" && r.Year == 2021);
        var concept = Crosswalk.Find("applications.refused")!;
        var known = Crosswalk.Resolve(concept, report);
        Assert.True(known.IsPartial);

        // Every page that names the concept by its id (compare tables) or as the concept of an indicator page.
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Where(p => File.ReadAllText(p) is var html && (html.Contains($"<code>{concept.Id}</code>", StringComparison.Ordinal)
                || html.Contains($"跨版本概念：{concept.LabelZh}<", StringComparison.Ordinal) || html.Contains($"Crosswalk concept: {concept.LabelEn}<", StringComparison.Ordinal)))
            .Select(p => Path.GetRelativePath(output, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("agencies/pingtan/compare/2020-2021.html", pages);
        Assert.Contains("en/agencies/pingtan/compare/2020-2021.html", pages);

        await using var server = await PreviewServer.StartAsync(output, 0, new BuildStatus(), liveReload: false);
        var shown = 0;
        foreach (var path in pages)
        {
            var english = path.StartsWith("en/", StringComparison.Ordinal);
            var context = await site.Browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(server.Address, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            // A comparison with 2021: the concept's 2021 value and the changes worked out from it.
            var cells = await Cells(page, new { code = concept.Id, column = "2021" });
            if (cells.Count > 0)
            {
                foreach (var column in new[] { english ? "Change" : "增减", english ? "Change %" : "增减率" })
                {
                    cells.AddRange(await Cells(page, new { code = concept.Id, column }));
                }
            }

            // An indicator page followed through the concept: its 2021 row.
            cells.AddRange(await Cells(page, new { row = "2021", column = english ? "Value" : "数值" }));
            cells.AddRange(await Cells(page, new { row = "2021", column = english ? "Change" : "较上年" }));
            foreach (var cell in cells)
            {
                Assert.True(cell.Value.Length == 0 || cell.Value.StartsWith('—') || cell.Value.StartsWith('≥'), $"{path}: “{cell.Value}” is a plain number worked out from a blank cell");
            }

            Assert.True(cells.Count == 0 || cells.Any(c => c.Value.StartsWith($"≥ {known.Known}", StringComparison.Ordinal)), path);
            shown += cells.Count;
            await context.CloseAsync();
        }

        Assert.True(shown >= 4, $"{shown} cells");
    }

    // Opens the page once and checks that every cell each check finds shows its expected value (when given) with a
    // visible R-N2 mark; a check that is not optional must find a cell. Returns how many cells were checked.
    private async Task<int> AssertMarked(string path, List<string> pages, params Check[] checks)
    {
        var (page, problems) = await site.OpenAsync(path);
        var count = 0;
        foreach (var (query, expected, optional) in checks)
        {
            var cells = await Cells(page, query);
            Assert.True(cells.Count > 0 || optional, $"{path}: no cell for {JsonSerializer.Serialize(query)}");
            foreach (var cell in cells)
            {
                if (expected is not null)
                {
                    Assert.Equal(expected, cell.Value);
                }

                // A value's mark reads “⚠ R-N2”; a change's names the year it comes from, “⚠ 2020 R-N2”.
                Assert.True(cell.Flags.Any(f => f is "⚠ R-N2" or "⚠ 2020 R-N2") && cell.Visible, $"{path}: {JsonSerializer.Serialize(query)} shows “{cell.Value}” without a visible R-N2 mark");
            }

            count += cells.Count;
        }

        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        pages.Add(path);
        return count;
    }

    /// <summary>What to look for on a page (see <see cref="CellsScript"/>) and the value the cells show, when it is known.</summary>
    private sealed record Check(object Query, string? Expected, bool Optional = false);

    private static async Task<List<Cell>> Cells(IPage page, object query) =>
        JsonSerializer.Deserialize<List<Cell>>(await page.EvaluateAsync<string>(CellsScript, query), Json)!;

    private static string Number(decimal? number) => number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})-(\d{4})\.html$")]
    private static partial Regex YearPair();

    private sealed record Cell(string Value, string[] Flags, bool Visible);
}
