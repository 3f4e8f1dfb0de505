using System.Text.RegularExpressions;

namespace OpenData.Tests;

public sealed partial class ReadmeQuickStartTests
{
    [Theory]
    [InlineData("src/OpenData.Core/README.md")]
    [InlineData("README.md")]
    public void The_readme_quick_start_is_this_compiled_code(string file)
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, file));
        var source = File.ReadAllText(RepoPaths.Source("OpenData.Core.Tests", "ReadmeQuickStartTests.cs"));

        var documented = CodeBlock().Match(readme).Groups[1].Value.Trim();
        var compiled = string.Join("\n", QuickStartRegion().Match(source).Groups[1].Value.Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.Trim())).Trim();

        Assert.Equal(documented, compiled);
    }

    [Fact]
    public void The_readme_quick_start_runs_on_the_shipped_data()
    {
        var output = new StringWriter();
        var previous = Console.Out;
        var directory = Environment.CurrentDirectory;
        try
        {
            Console.SetOut(output);
            Environment.CurrentDirectory = RepoPaths.Root;
            QuickStart();
        }
        finally
        {
            Console.SetOut(previous);
            Environment.CurrentDirectory = directory;
        }

        Assert.Contains("2025: 154 (-64 vs 2024)", output.ToString(), StringComparison.Ordinal);
    }

    private static void QuickStart()
    {
        #region QuickStart
        var data = DataSet.Load("data");
        var result = Validator.Validate(data);
        foreach (var finding in result.Findings.Where(f => f.Severity != Severity.Info))
        {
            Console.WriteLine(finding);
        }

        var pingtan = data.ReportsOf("pingtan").Select(r => r.Report).ToList();
        var change = YearOverYear.Compare(pingtan[^1], pingtan[^2], "s3.new.tot");
        Console.WriteLine($"{change.Year}: {change.Number} ({change.Delta:+0;-0} vs {change.PreviousYear})");
        #endregion
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex("#region QuickStart\\n(.*?)#endregion", RegexOptions.Singleline)]
    private static partial Regex QuickStartRegion();
}
