using System.Text;

namespace OpenData.Site.Import;

/// <summary>The text lines of a source joined into one run, with a key for finding labels in it whatever their width, spaces, quotes and punctuation.</summary>
/// <remarks>
/// The key keeps digits, so a label is found with its list marker (“2.其他法律…”) and the digits before it stay with the
/// row above. Each key position maps back to the run, and each run position to its source line.
/// </remarks>
internal sealed class FlatText
{
    private readonly List<int> _keyToRun = [];
    private readonly List<int> _lineStarts = [];
    private readonly List<int> _lineNumbers = [];

    public FlatText(IEnumerable<SourceLine> lines)
    {
        var run = new StringBuilder();
        var key = new StringBuilder();
        foreach (var line in lines)
        {
            _lineStarts.Add(run.Length);
            _lineNumbers.Add(line.Number);
            foreach (var c in line.Text)
            {
                var at = run.Length;
                run.Append(c);
                foreach (var k in KeyOf(c))
                {
                    key.Append(k);
                    _keyToRun.Add(at);
                }
            }

            run.Append(' ');
        }

        Run = run.ToString();
        Key = key.ToString();
        _keyToRun.Add(Run.Length);
    }

    /// <summary>The lines joined, one space between them (a line break separates cells as a space does).</summary>
    public string Run { get; }

    /// <summary>The comparison key of <see cref="Run"/>.</summary>
    public string Key { get; }

    /// <summary>The key of a printed label, made as the run's is.</summary>
    public static string KeyOf(string label) => string.Concat(label.Select(KeyOf));

    /// <summary>
    /// The end of the first place in <see cref="Key"/> from <paramref name="from"/> (and before <paramref name="before"/>) that
    /// reads as <paramref name="key"/> with at most <paramref name="edits"/> characters added, dropped or changed, or -1.
    /// </summary>
    /// <remarks>Published titles carry slips (“四、政府信息公开行政法复议、行政诉讼情况”); the end is exact, so the digits after it are found.</remarks>
    public int FindEnd(string key, int from, int before, int edits)
    {
        var exact = Key.IndexOf(key, from, StringComparison.Ordinal);
        if (exact >= 0 && (before < 0 || exact < before))
        {
            return exact + key.Length;
        }

        if (edits == 0 || key.Length == 0)
        {
            return -1;
        }

        // Sellers' algorithm: an alignment of the whole key with any stretch of the text, column by column.
        var end = before < 0 ? Key.Length : Math.Min(before, Key.Length);
        var column = Enumerable.Range(0, key.Length + 1).ToArray();
        for (var j = from; j < end; j++)
        {
            var diagonal = column[0];
            column[0] = 0;
            for (var i = 1; i <= key.Length; i++)
            {
                var above = column[i];
                column[i] = Math.Min(Math.Min(above + 1, column[i - 1] + 1), diagonal + (key[i - 1] == Key[j] ? 0 : 1));
                diagonal = above;
            }

            if (column[key.Length] <= edits)
            {
                return j + 1;
            }
        }

        return -1;
    }

    /// <summary>Where in the run the key position starts.</summary>
    public int RunIndex(int keyIndex) => _keyToRun[keyIndex];

    /// <summary>The source line the run position belongs to.</summary>
    public int LineAt(int runIndex)
    {
        var found = _lineStarts.BinarySearch(runIndex);
        return _lineNumbers[found >= 0 ? found : Math.Max(0, ~found - 1)];
    }

    // Full-width forms fold to half width; spaces, quotes and the separators 、，,；; drop out; （一） and (一) are one.
    private static string KeyOf(char c)
    {
        var folded = c.ToString().Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(folded.Length);
        foreach (var f in folded)
        {
            if (!char.IsWhiteSpace(f) && f is not ('"' or '\'' or '“' or '”' or '‘' or '’' or '、' or ',' or ';' or ':' or '「' or '」'))
            {
                key.Append(f);
            }
        }

        return key.ToString();
    }
}
