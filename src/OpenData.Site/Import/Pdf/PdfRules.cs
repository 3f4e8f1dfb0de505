using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace OpenData.Site.Import;

/// <summary>Finds the ruled tables of a page: its straight stroked lines and hairline rectangles, grouped into connected grids.</summary>
internal static class PdfRules
{
    /// <summary>The ruled tables of <paramref name="page"/>, in its upright <paramref name="frame"/>.</summary>
    public static List<PdfTableGrid> Tables(Page page, PdfPageFrame frame)
    {
        var rules = Rules(page.Paths, frame);
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = i + 1; j < rules.Count; j++)
            {
                if (rules[i].Touches(rules[j]))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        return [.. rules.Select((r, i) => (Rule: r, Root: Find(i)))
            .GroupBy(p => p.Root, p => p.Rule)
            .Select(g => PdfTableGrid.From([.. g]))
            .OfType<PdfTableGrid>()];
    }

    private static List<PdfRule> Rules(IEnumerable<PdfPath> paths, PdfPageFrame frame)
    {
        var rules = new List<PdfRule>();
        foreach (var path in paths.Where(p => !p.IsClipping && (p.IsStroked || p.IsFilled)))
        {
            foreach (var subpath in path)
            {
                var box = subpath.GetBoundingRectangle() is { } printed ? frame.Upright(printed) : (PdfRectangle?)null;
                if (path.IsFilled && !path.IsStroked)
                {
                    // A filled hairline rectangle is a rule; a filled block is shading, not a border.
                    if (box is { } b && b.Height <= 3 && b.Width > 1)
                    {
                        rules.Add(new PdfRule(true, b.Bottom + b.Height / 2, b.Left, b.Right));
                    }
                    else if (box is { } v && v.Width <= 3 && v.Height > 1)
                    {
                        rules.Add(new PdfRule(false, v.Left + v.Width / 2, v.Bottom, v.Top));
                    }

                    continue;
                }

                PdfPoint? start = null;
                PdfPoint? last = null;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move:
                            start = last = frame.Upright(move.Location);
                            break;
                        case PdfSubpath.Line line:
                            Add(rules, frame.Upright(line.From), frame.Upright(line.To));
                            last = frame.Upright(line.To);
                            break;
                        case PdfSubpath.Close when start is { } s && last is { } l:
                            Add(rules, l, s);
                            last = s;
                            break;
                        default:
                            last = null;
                            break;
                    }
                }
            }
        }

        return rules;
    }

    private static void Add(List<PdfRule> rules, PdfPoint from, PdfPoint to)
    {
        var dx = Math.Abs(to.X - from.X);
        var dy = Math.Abs(to.Y - from.Y);
        if (dy <= 1 && dx > 1)
        {
            rules.Add(new PdfRule(true, (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
        else if (dx <= 1 && dy > 1)
        {
            rules.Add(new PdfRule(false, (from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }
}
