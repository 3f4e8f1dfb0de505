using System.Text;
using Xunit;
using Xunit.Sdk;

namespace OpenData.Testing;

/// <summary>Golden-file assertions: expected files live beside the tests; a mismatch fails with a readable diff.</summary>
/// <remarks>
/// Set <c>OPENDATA_ACCEPT=1</c> to write the actual output as the new expected file. A missing expected file fails
/// under <c>CI=true</c>; elsewhere it fails too, after writing <c>*.received</c> beside where it belongs, so nothing is
/// accepted silently.
/// </remarks>
public static class Golden
{
    /// <summary>Asserts that <paramref name="actual"/> equals the expected file's text (line ends normalised to LF).</summary>
    public static void Match(string actual, string expectedPath)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var received = expectedPath + ".received";
        if (Environment.GetEnvironmentVariable("OPENDATA_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        if (!File.Exists(expectedPath))
        {
            if (Environment.GetEnvironmentVariable("CI") != "true")
            {
                File.WriteAllText(received, actual, new UTF8Encoding(false));
            }

            throw new XunitException($"Golden file missing: {expectedPath}. Review the output and run with OPENDATA_ACCEPT=1 to accept it.");
        }

        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("CI") != "true")
        {
            File.WriteAllText(received, actual, new UTF8Encoding(false));
        }

        throw new XunitException($"Output differs from {expectedPath} (actual written to .received; OPENDATA_ACCEPT=1 accepts it):\n{Diff(expected, actual)}");
    }

    /// <summary>A short line diff: the first differing lines with their numbers.</summary>
    public static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var text = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(e.Length, a.Length) && shown < 20; i++)
        {
            var left = i < e.Length ? e[i] : "<missing>";
            var right = i < a.Length ? a[i] : "<missing>";
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                text.Append("line ").Append(i + 1).Append('\n')
                    .Append("- ").Append(left).Append('\n')
                    .Append("+ ").Append(right).Append('\n');
                shown++;
            }
        }

        text.Append("lines: expected ").Append(e.Length).Append(", actual ").Append(a.Length);
        return text.ToString();
    }

    /// <summary>Asserts that a file holds exactly the given text, for committed generated files.</summary>
    public static void FileEquals(string path, string actual)
    {
        Assert.True(File.Exists(path), $"missing {path}");
        Match(actual, path);
    }
}
