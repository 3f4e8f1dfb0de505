using System.Runtime.InteropServices;
using System.Text;
using SkiaSharp;

namespace OpenData.Site;

/// <summary>The shipped CJK font, whole, and cut down to the characters the charts use.</summary>
/// <remarks>
/// Skia's SVG canvas maps every glyph it writes back to its character by building a table of the whole font, under a
/// process-wide FreeType lock, for each piece of text: with the 49,531 glyphs of WenQuanYi Micro Hei that was most of
/// the time a chart took (figures in the benchmark README). A subset with only the characters charts use (made with HarfBuzz, which
/// ships with SkiaSharp) has the same advances and metrics, so the SVG is the same bytes, and writing its text is nearly free.
/// </remarks>
internal static class ChartFont
{
    private const string Library = "libHarfBuzzSharp";

    private static readonly Lazy<string> LazyPath = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fonts", "wqy-microhei.ttc");
        return File.Exists(path) ? path : throw new FileNotFoundException($"the chart font is missing: {path}");
    });

    private static readonly Lazy<SKTypeface> LazyWhole = new(() =>
        SKTypeface.FromFile(LazyPath.Value, 0) ?? throw new InvalidOperationException($"the chart font cannot be read: {LazyPath.Value}"));

    // Past this many characters a chart that needs more starts a new subset instead of growing the shared one.
    private const int MaximumShared = 4096;

    private static readonly Lock Gate = new();
    private static volatile SharedSubset? _shared;
    private static volatile bool _unavailable;

    // The HarfBuzz face of the font file, kept for the life of the process; null when HarfBuzz cannot subset here.
    private static readonly Lazy<IntPtr> LazyFace = new(LoadFace);

    private static readonly Lazy<SKTypeface> LazyAscii = new(() => Subset(Enumerable.Range(0x20, 0x7F - 0x20)) ?? Whole);

    /// <summary>The whole font, loaded once and shared (never disposed).</summary>
    public static SKTypeface Whole => LazyWhole.Value;

    /// <summary>A subset of the font with printable ASCII only, for numbers and years (the whole font when it cannot be
    /// cut down here); shared and never disposed.</summary>
    public static SKTypeface Ascii => LazyAscii.Value;

    /// <summary>A typeface with at least the characters of <paramref name="texts"/>: a subset of the font shared between charts, grown when a chart needs more.</summary>
    /// <remarks>Shared so that glyph measurements are cached between charts; never disposed, as a chart drawn on another thread may still use it.</remarks>
    public static SKTypeface For(IEnumerable<string> texts)
    {
        // Every subset has printable ASCII: a trend chart's years need no set of their characters to be made and compared.
        var current = _shared;
        if (current is not null && texts.All(IsPrintableAscii))
        {
            return current.Typeface;
        }

        var needed = new HashSet<int>();
        foreach (var text in texts)
        {
            foreach (var rune in text.EnumerateRunes())
            {
                needed.Add(rune.Value);
            }
        }

        current = _shared;
        if (current is not null && current.Characters.IsSupersetOf(needed))
        {
            return current.Typeface;
        }

        if (_unavailable)
        {
            return Whole;
        }

        lock (Gate)
        {
            current = _shared;
            if (current is not null && current.Characters.IsSupersetOf(needed))
            {
                return current.Typeface;
            }

            var characters = new HashSet<int>(Enumerable.Range(0x20, 0x7F - 0x20));
            if (current is not null && current.Characters.Count + needed.Count <= MaximumShared)
            {
                characters.UnionWith(current.Characters);
            }

            characters.UnionWith(needed);
            var typeface = Subset(characters);
            if (typeface is null)
            {
                // Same bytes, only slower: the whole font for every chart from now on.
                _unavailable = true;
                return Whole;
            }

            _shared = new SharedSubset(characters, typeface);
            return typeface;
        }
    }

    /// <summary>Whether every character of <paramref name="text"/> is printable ASCII (space to <c>~</c>).</summary>
    internal static bool IsPrintableAscii(string text) => !text.AsSpan().ContainsAnyExceptInRange((char)0x20, (char)0x7E);

    /// <summary>A typeface with only the given characters, or <see langword="null"/> when HarfBuzz cannot subset here.</summary>
    /// <remarks>The caller owns the typeface.</remarks>
    internal static SKTypeface? Subset(IEnumerable<int> characters)
    {
        try
        {
            return SubsetOrNull(characters);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static SKTypeface? SubsetOrNull(IEnumerable<int> characters)
    {
        var face = LazyFace.Value;
        if (face == IntPtr.Zero)
        {
            return null;
        }

        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var character in characters)
            {
                hb_set_add(unicodes, (uint)character);
            }

            var subset = hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    if (data == IntPtr.Zero || length == 0)
                    {
                        return null;
                    }

                    using var skData = SKData.CreateCopy(data, length);
                    return SKTypeface.FromData(skData, 0);
                }
                finally
                {
                    hb_blob_destroy(blob);
                }
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    private static IntPtr LoadFace()
    {
        try
        {
            var blob = hb_blob_create_from_file_or_fail(Encoding.UTF8.GetBytes(LazyPath.Value + "\0"));
            if (blob == IntPtr.Zero)
            {
                return IntPtr.Zero;
            }

            var face = hb_face_create(blob, 0);
            hb_blob_destroy(blob);
            hb_face_make_immutable(face);
            return face;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return IntPtr.Zero;
        }
    }

    [DllImport(Library)]
    private static extern IntPtr hb_blob_create_from_file_or_fail(byte[] fileName);

    [DllImport(Library)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(Library)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library)]
    private static extern IntPtr hb_face_create(IntPtr blob, uint index);

    [DllImport(Library)]
    private static extern void hb_face_make_immutable(IntPtr face);

    [DllImport(Library)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library)]
    private static extern void hb_face_destroy(IntPtr face);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library)]
    private static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    private sealed record SharedSubset(HashSet<int> Characters, SKTypeface Typeface);
}
