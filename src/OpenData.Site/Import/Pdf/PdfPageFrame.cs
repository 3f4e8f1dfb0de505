using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace OpenData.Site.Import;

/// <summary>The frame in which a page's text reads left to right, top to bottom: the page itself, or the page turned a
/// quarter or half round when its text is printed sideways (a wide table set across a portrait page, read by turning
/// the page) or upside down.</summary>
/// <remarks>
/// <para>A page turned by its <c>/Rotate</c> entry is already upright in PdfPig's coordinates; a page whose content
/// draws its text turned is not, and read as it is every glyph of it stands on a line of its own. The turn is that of
/// most of the page's characters, measured from their baselines (where each starts and ends), so it does not depend on
/// how a producer writes the text matrix. Every glyph and every ruling line of the page is then read in the upright
/// frame, so the table and line readers see the page as a reader turning it does; the few characters printed across
/// the text (a heading set vertically in a sideways table) are turned with the rest and read as vertical text is.</para>
/// </remarks>
/// <param name="Turn">Which way the page's text runs, as printed.</param>
/// <param name="Width">The page's width as printed.</param>
/// <param name="Height">The page's height as printed.</param>
internal readonly record struct PdfPageFrame(PdfPageFrame.Direction Turn, double Width, double Height)
{
    /// <summary>Which way a line of text runs on the printed page.</summary>
    internal enum Direction
    {
        /// <summary>Left to right: the page is upright.</summary>
        Right,

        /// <summary>Bottom to top: the page was turned a quarter round anticlockwise.</summary>
        Up,

        /// <summary>Right to left, upside down.</summary>
        Left,

        /// <summary>Top to bottom: the page was turned a quarter round clockwise.</summary>
        Down,
    }

    /// <summary>The height of the upright page (the printed page's width when it is turned a quarter round).</summary>
    public double UprightHeight => Turn is Direction.Up or Direction.Down ? Width : Height;

    /// <summary>The frame of <paramref name="page"/>: the way most of its characters run, upright when they are as many
    /// one way as another.</summary>
    public static PdfPageFrame Of(Page page)
    {
        Span<int> counts = stackalloc int[4];
        foreach (var letter in page.Letters)
        {
            if (!string.IsNullOrWhiteSpace(letter.Value) && DirectionOf(letter) is { } direction)
            {
                counts[(int)direction]++;
            }
        }

        var turn = Direction.Right;
        for (var d = Direction.Up; d <= Direction.Down; d++)
        {
            if (counts[(int)d] > counts[(int)turn])
            {
                turn = d;
            }
        }

        return new PdfPageFrame(turn, page.Width, page.Height);
    }

    /// <summary>Where <paramref name="point"/> of the printed page is on the upright page.</summary>
    public PdfPoint Upright(PdfPoint point) => Turn switch
    {
        Direction.Up => new PdfPoint(point.Y, Width - point.X),
        Direction.Down => new PdfPoint(Height - point.Y, point.X),
        Direction.Left => new PdfPoint(Width - point.X, Height - point.Y),
        _ => point,
    };

    /// <summary>The upright box that holds <paramref name="box"/> of the printed page.</summary>
    public PdfRectangle Upright(PdfRectangle box)
    {
        if (Turn == Direction.Right)
        {
            return box;
        }

        PdfPoint[] corners = [Upright(box.BottomLeft), Upright(box.BottomRight), Upright(box.TopLeft), Upright(box.TopRight)];
        return new PdfRectangle(corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
    }

    // The way a character's baseline runs; none for a glyph without advance (its start and end at one point).
    private static Direction? DirectionOf(Letter letter)
    {
        var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
        var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
        if (Math.Abs(dx) < 0.01 && Math.Abs(dy) < 0.01)
        {
            return null;
        }

        return Math.Abs(dx) >= Math.Abs(dy) ? dx > 0 ? Direction.Right : Direction.Left : dy > 0 ? Direction.Up : Direction.Down;
    }
}
