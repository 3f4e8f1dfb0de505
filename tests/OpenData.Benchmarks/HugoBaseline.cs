using System.Globalization;
using System.Text;

namespace OpenData.Benchmarks;

/// <summary>The yardstick of issue #20: a minimal Hugo site with one tables-only page per report, built by <c>hugo</c> as a
/// whole process, cold, into a fresh folder, on the same machine in the same run as the OpenData build of the same
/// sample.</summary>
/// <remarks>The site is a <c>hugo.toml</c>, one layout that puts a page's <c>.Content</c> in a plain HTML page, and one
/// Markdown file per report holding every cell of its form's tables, with their row and column labels, read from the
/// same data files the OpenData build reads. Hugo is not needed to build or run the benchmark: without it on the PATH
/// the baseline is skipped, and the benchmark says so.</remarks>
internal static class HugoBaseline
{
    // Only the report pages: no home, section, taxonomy, feed, sitemap or 404 page.
    private const string Config = """
        baseURL = "https://example.org/"
        languageCode = "zh-CN"
        title = "示例数据"
        disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]

        """;

    private const string Layout = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body>
        <h1>{{ .Title }}</h1>
        {{ .Content }}
        </body>
        </html>

        """;

    // Hugo builds a few seconds at most: the median of three cold builds is steadier on a shared machine than one.
    private const int Runs = 3;

    /// <summary>What the Hugo builds of the baseline site took (<paramref name="Time"/>, the median of
    /// <paramref name="Times"/>), or why they were not run.</summary>
    internal sealed record Figures(TimeSpan? Time, IReadOnlyList<TimeSpan> Times, int Pages, long Bytes, string? Skipped);

    /// <summary>Writes the Hugo site of <paramref name="data"/> into <paramref name="site"/> and times
    /// <c>hugo --quiet --destination</c>, each time into a new folder there.</summary>
    public static Figures Run(DataSet data, string site)
    {
        var hugo = FindOnPath("hugo");
        if (hugo is null)
        {
            return new Figures(null, [], 0, 0, "hugo is not on the PATH (on Debian: apt-get install hugo)");
        }

        Write(data, site);
        var times = new List<TimeSpan>();
        for (var run = 1; run <= Runs; run++)
        {
            var destination = Path.Combine(site, FormattableString.Invariant($"public-{run}"));
            var (time, failed) = Build(hugo, site, destination);
            if (failed is not null)
            {
                return new Figures(null, [], 0, 0, failed);
            }

            times.Add(time);
        }

        var pages = Directory.EnumerateFiles(Path.Combine(site, "public-1"), "*.html", SearchOption.AllDirectories).ToList();
        return new Figures(Statistic.Median(times), times, pages.Count, pages.Sum(p => new FileInfo(p).Length), null);
    }

    // One cold build into a new folder, timed as a whole process; the reason when it failed.
    private static (TimeSpan Time, string? Failed) Build(string hugo, string site, string destination)
    {
        var (time, exit, output, error) = TimedProcess.Run(hugo, ["--quiet", "--destination", destination], site);
        return (time, exit == 0 ? null : FormattableString.Invariant($"hugo failed (exit code {exit}): {(output + error).Trim()}"));
    }

    /// <summary>The Hugo site: its configuration, its one layout, and <c>content/agencies/&lt;id&gt;/&lt;year&gt;.md</c> for
    /// each report.</summary>
    public static void Write(DataSet data, string site)
    {
        Directory.CreateDirectory(Path.Combine(site, "layouts", "_default"));
        File.WriteAllText(Path.Combine(site, "hugo.toml"), Config);
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "single.html"), Layout);
        var names = data.Agencies.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        foreach (var sourced in data.Reports)
        {
            var report = sourced.Report;
            var folder = Path.Combine(site, "content", "agencies", report.Agency);
            Directory.CreateDirectory(folder);
            File.WriteAllText(
                Path.Combine(folder, report.Year.ToString(CultureInfo.InvariantCulture) + ".md"),
                Markdown(report, names.GetValueOrDefault(report.Agency, report.Agency)));
        }
    }

    /// <summary>A report as a Markdown page: a title, then each printed table of its form as a Markdown table with the
    /// form's row and column labels and every cell as published (a blank cell stays empty, never 0).</summary>
    /// <remarks>A table that belongs to a section of several tables is headed by the section's title first. A header
    /// row of the form (no cells) is a row of its label in bold with empty cells. A column under a spanning header is
    /// labelled "header / column".</remarks>
    public static string Markdown(Report report, string agencyName)
    {
        var text = new StringBuilder();
        var title = report.Title ?? FormattableString.Invariant($"{agencyName}{report.Year}年政府信息公开工作年度报告");
        text.Append("+++\ntitle = \"").Append(title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n+++\n");
        var form = report.FormDefinition;
        if (form is null)
        {
            return text.Append("\n(").Append(Cell(report.Form)).Append(")\n").ToString();
        }

        var sections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in form.Tables)
        {
            var heading = "## ";
            if (form.SectionTitles.TryGetValue(table.Section, out var section))
            {
                if (sections.Add(table.Section))
                {
                    text.Append("\n## ").Append(Cell(section)).Append('\n');
                }

                heading = "### ";
            }

            text.Append('\n').Append(heading).Append(Cell(table.Title)).Append("\n\n");
            var header = new List<string> { table.RowHeaderLabel ?? "统计指标" };
            if (table.HasUnitColumn)
            {
                header.Add("单位");
            }

            header.AddRange(table.Columns.Select(c => c.Group is null ? c.Label : $"{c.Group} / {c.Label}"));
            Row(text, header.Select(Cell));
            Row(text, header.Select(_ => "---"));
            foreach (var row in table.Rows)
            {
                var cells = new List<string> { row.IsHeader ? $"**{Cell(row.Label)}**" : Cell(row.Label) };
                if (table.HasUnitColumn)
                {
                    cells.Add(Cell(row.Unit ?? ""));
                }

                cells.AddRange(row.IsHeader
                    ? table.Columns.Select(_ => "")
                    : row.Cells.Select(code => Cell(Value(report.Value(code)))));
                Row(text, cells);
            }
        }

        return text.ToString();
    }

    // As published: the cell's text when it was more than a number, else the number with its unit; blank stays empty.
    private static string Value(ReportValue value) =>
        value.Raw ?? (value.Number is { } number ? number.ToString(CultureInfo.InvariantCulture) + value.Unit : "");

    private static void Row(StringBuilder text, IEnumerable<string> cells) =>
        text.Append("| ").AppendJoin(" | ", cells).Append(" |\n");

    // Text in a table cell: on one line, with Markdown's marks and the cell separator taken literally.
    private static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                cell.Append('\\');
            }

            cell.Append(c is '\n' or '\r' ? ' ' : c);
        }

        return cell.ToString();
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
