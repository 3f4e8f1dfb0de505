using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace OpenData.Site.Import;

/// <summary>The main text of a Word 97–2003 document (.doc, [MS-DOC]) as paragraphs, each with what it is in a table: a
/// paragraph of the body, a paragraph of a cell, a cell's last paragraph, or a row's end with the row's cells (their
/// edges and vertical merges).</summary>
/// <remarks>
/// The text is found through the piece table (its pieces 16-bit Unicode or 8-bit), paragraph properties through the
/// paragraph FKPs: in table (<c>sprmPFInTable</c>, <c>sprmPItap</c>), row end (<c>sprmPFTtp</c>) and the row's cell
/// definitions (<c>sprmTDefTable</c>). A field prints its result, not its code; footnotes, headers and text boxes are
/// other parts of the text and are not read. Tables nested in a cell are read as their cell's text. Text Word does not
/// print is not read: hidden text (<c>sprmCFVanish</c>) and, with tracked changes, text deleted (<c>sprmCFRMarkDel</c>),
/// as the character FKPs mark it.
/// </remarks>
internal static class WordBinary
{
    private const ushort SprmPFInTable = 0x2416;
    private const ushort SprmPFTtp = 0x2417;
    private const ushort SprmPItap = 0x6649;
    private const ushort SprmPFInnerTtp = 0x244C;
    private const ushort SprmTDefTable = 0xD608;
    private const ushort SprmPHugePapx = 0x6646;
    private const ushort SprmCFRMarkDel = 0x0800;
    private const ushort SprmCFVanish = 0x083C;
    private const ushort SprmCFOle2 = 0x080A;
    private const ushort SprmCPicLocation = 0x6A03;

    /// <summary>One paragraph of the main text.</summary>
    /// <param name="Text">Its text, without its mark; line breaks as <c>\n</c>.</param>
    /// <param name="Depth">How deep in tables it is: 0 in the body, 1 in a table's cell, more in a nested table.</param>
    /// <param name="EndsCell">Whether it is the last paragraph of a cell (ends with a cell mark).</param>
    /// <param name="Row">The row's cells when it is a row's end mark, else <see langword="null"/>.</param>
    internal sealed record Paragraph(string Text, int Depth, bool EndsCell, RowDefinition? Row)
    {
        /// <summary>The embedded objects anchored in the paragraph, in order: their storages' names in the ObjectPool storage
        /// (<c>_1234</c>; a sheet pasted as an object keeps its workbook there).</summary>
        public IReadOnlyList<string> Objects { get; init; } = [];

        /// <summary>How many pictures 5 cm wide or more the paragraph shows inline (a table pasted as a picture).</summary>
        public int Pictures { get; init; }
    }

    /// <summary>The cells of a table row as its end mark defines them.</summary>
    /// <param name="Edges">Where each cell starts and the last ends, in twips (one more than the cells).</param>
    /// <param name="MergedAbove">Whether each cell goes on from the cell above (a vertical merge).</param>
    /// <param name="MergedLeft">Whether each cell is part of the cell before it (an old-style horizontal merge).</param>
    internal sealed record RowDefinition(IReadOnlyList<int> Edges, IReadOnlyList<bool> MergedAbove, IReadOnlyList<bool> MergedLeft);

    /// <summary>The paragraphs of the document in <paramref name="file"/>'s WordDocument stream.</summary>
    /// <exception cref="InvalidDataException">Not a Word 97–2003 document, or damaged; the message says which.</exception>
    /// <exception cref="EncryptedDocumentException">The document is encrypted.</exception>
    public static List<Paragraph> Read(CompoundFile file)
    {
        var document = file.Stream("WordDocument") ?? throw new InvalidDataException("there is no WordDocument stream");
        if (document.Length < 0x200 || U16(document, 0) != 0xA5EC)
        {
            throw new InvalidDataException("the WordDocument stream has no Word 97–2003 header");
        }

        var nFib = U16(document, 2);
        var flags = U16(document, 0x0A);
        if ((flags & 0x0100) != 0)
        {
            throw new EncryptedDocumentException();
        }

        if (nFib < 101)
        {
            throw new InvalidDataException($"a Word 6 or Word 95 document (nFib {nFib})");
        }

        var table = file.Stream((flags & 0x0200) != 0 ? "1Table" : "0Table") ?? throw new InvalidDataException("the table stream is missing");
        var csw = U16(document, 0x20);
        var lw = 0x22 + (csw * 2) + 2;
        var cslw = U16(document, lw - 2);
        var ccpText = checked((int)U32(document, lw + (3 * 4)));
        var blob = lw + (cslw * 4) + 2;
        var (fcClx, lcbClx) = Pair(document, blob, 33);
        var (fcBteChpx, lcbBteChpx) = Pair(document, blob, 12);
        var (fcBtePapx, lcbBtePapx) = Pair(document, blob, 13);
        var pieces = Pieces(table, fcClx, lcbClx);
        var properties = ParagraphRuns(document, table, file.Stream("Data"), fcBtePapx, lcbBtePapx);
        var characters = lcbBteChpx == 0 ? [] : CharacterRuns(document, table, fcBteChpx, lcbBteChpx);
        var unprinted = characters.Where(r => Unprinted(r.Sprms)).ToList();
        var objects = characters.Where(r => ObjectOf(r.Sprms) is not null || PictureOf(r.Sprms) is not null).ToList();
        return Paragraphs(document, pieces, properties, unprinted, objects, file.Stream("Data") ?? [], ccpText);
    }

    /// <summary>The document is encrypted: its text cannot be read without the password.</summary>
    internal sealed class EncryptedDocumentException() : IOException("the document is encrypted");

    private readonly record struct Piece(int CpStart, int CpEnd, uint Fc, bool Compressed)
    {
        public long FcOf(int cp) => Compressed ? (Fc / 2) + (cp - CpStart) : Fc + (2L * (cp - CpStart));
    }

    // The paragraph runs of the FKPs: [from, to) in the WordDocument stream, and the run's properties (sprms).
    private readonly record struct Run(long From, long To, byte[] Sprms);

    private static List<Piece> Pieces(byte[] table, uint fc, uint lcb)
    {
        var clx = Slice(table, fc, lcb, "the piece table");
        var at = 0;
        while (at < clx.Length && clx[at] == 0x01)
        {
            at += 3 + U16(clx, at + 1);
        }

        if (at + 5 > clx.Length || clx[at] != 0x02)
        {
            throw new InvalidDataException("the piece table is damaged");
        }

        var plc = clx.AsSpan(at + 5, (int)Math.Min(U32(clx, at + 1), (uint)(clx.Length - at - 5)));
        var count = (plc.Length - 4) / 12;
        var pieces = new List<Piece>(count);
        for (var i = 0; i < count; i++)
        {
            var fcCompressed = BinaryPrimitives.ReadUInt32LittleEndian(plc[(((count + 1) * 4) + (i * 8) + 2)..]);
            pieces.Add(new Piece(
                BinaryPrimitives.ReadInt32LittleEndian(plc[(i * 4)..]),
                BinaryPrimitives.ReadInt32LittleEndian(plc[((i + 1) * 4)..]),
                fcCompressed & 0x3FFFFFFF,
                (fcCompressed & 0x40000000) != 0));
        }

        return pieces;
    }

    // A paragraph whose properties do not fit its FKP (a row of many cells, each defined) has them in the Data stream, at the
    // offset sprmPHugePapx gives: a 2-byte length, then the sprms.
    private static List<Run> ParagraphRuns(byte[] document, byte[] table, byte[]? data, uint fc, uint lcb)
    {
        var runs = new List<Run>();
        foreach (var page in FkpPages(document, Slice(table, fc, lcb, "the paragraph properties"), "paragraph"))
        {
            var fkp = document.AsSpan(page, 512);
            var crun = fkp[511];
            for (var r = 0; r < crun; r++)
            {
                var from = BinaryPrimitives.ReadUInt32LittleEndian(fkp[(r * 4)..]);
                var to = BinaryPrimitives.ReadUInt32LittleEndian(fkp[((r + 1) * 4)..]);
                var offset = fkp[((crun + 1) * 4) + (r * 13)] * 2;
                byte[] sprms = [];
                if (offset > 0 && offset < 511)
                {
                    var cb = fkp[offset];
                    var (start, length) = cb == 0 ? (offset + 2, fkp[offset + 1] * 2) : (offset + 1, (cb * 2) - 1);
                    // The grpprl after the style index (2 bytes).
                    length = Math.Min(length, 511 - start);
                    sprms = length > 2 ? fkp.Slice(start + 2, length - 2).ToArray() : [];
                }

                if (data is not null && Sprms(sprms).FirstOrDefault(p => p.Sprm == SprmPHugePapx).Operand is { Length: 4 } huge)
                {
                    var at = BinaryPrimitives.ReadUInt32LittleEndian(huge);
                    sprms = at + 2L <= data.Length ? data.AsSpan((int)at + 2, Math.Min(U16(data, (int)at), data.Length - (int)at - 2)).ToArray() : [];
                }

                runs.Add(new Run(from, to, sprms));
            }
        }

        runs.Sort((a, b) => a.From.CompareTo(b.From));
        return runs;
    }

    // The character runs of the FKPs: [from, to) in the WordDocument stream, and the run's sprms (a Chpx: its size, then them).
    private static List<Run> CharacterRuns(byte[] document, byte[] table, uint fc, uint lcb)
    {
        var runs = new List<Run>();
        foreach (var page in FkpPages(document, Slice(table, fc, lcb, "the character properties"), "character"))
        {
            var fkp = document.AsSpan(page, 512);
            var crun = fkp[511];
            for (var r = 0; r < crun && ((crun + 1) * 4) + r < 511; r++)
            {
                var offset = fkp[((crun + 1) * 4) + r] * 2;
                var cb = offset is > 0 and < 511 ? fkp[offset] : 0;
                runs.Add(new Run(
                    BinaryPrimitives.ReadUInt32LittleEndian(fkp[(r * 4)..]),
                    BinaryPrimitives.ReadUInt32LittleEndian(fkp[((r + 1) * 4)..]),
                    cb > 0 ? fkp.Slice(offset + 1, Math.Min(cb, 511 - offset - 1)).ToArray() : []));
            }
        }

        runs.Sort((a, b) => a.From.CompareTo(b.From));
        return runs;
    }

    // Where each FKP a PlcBte names starts in the WordDocument stream: the PLC's page numbers after its count + 1 FCs.
    private static IEnumerable<int> FkpPages(byte[] document, byte[] plc, string kind)
    {
        var count = (plc.Length - 4) / 8;
        for (var i = 0; i < count; i++)
        {
            var page = (int)(U32(plc, ((count + 1) * 4) + (i * 4)) & 0x3FFFFF) * 512;
            yield return page + 512 <= document.Length ? page : throw new InvalidDataException($"a {kind} property page lies outside the document");
        }
    }

    // Hidden, or deleted with tracked changes: on (1), or the opposite of a style that does not set it (0x81).
    private static bool Unprinted(byte[] sprms) =>
        Sprms(sprms).Any(p => p.Sprm is SprmCFVanish or SprmCFRMarkDel && p.Operand is [1 or 0x81, ..]);

    // An embedded object's field separator or character (0x14, 0x01 of an EMBED field): an OLE object (sprmCFOle2) whose
    // storage sprmCPicLocation names (_ and the number in decimal).
    private static string? ObjectOf(byte[] sprms)
    {
        var (ole, location) = (false, (uint?)null);
        foreach (var (sprm, operand) in Sprms(sprms))
        {
            if (sprm == SprmCFOle2)
            {
                ole = operand is [not 0, ..];
            }
            else if (sprm == SprmCPicLocation && operand.Length >= 4)
            {
                location = BinaryPrimitives.ReadUInt32LittleEndian(operand);
            }
        }

        return ole && location is { } id ? string.Create(CultureInfo.InvariantCulture, $"_{id}") : null;
    }

    // 5 cm in twips.
    private const int MinimumPictureTwips = 2835;

    // An inline picture's character (0x01, not an object's): the offset of its PICF in the Data stream.
    private static uint? PictureOf(byte[] sprms)
    {
        uint? location = null;
        foreach (var (sprm, operand) in Sprms(sprms))
        {
            if (sprm == SprmCFOle2 && operand is [not 0, ..])
            {
                return null;
            }

            if (sprm == SprmCPicLocation && operand.Length >= 4)
            {
                location = BinaryPrimitives.ReadUInt32LittleEndian(operand);
            }
        }

        return location;
    }

    private static List<Paragraph> Paragraphs(byte[] document, List<Piece> pieces, List<Run> runs, List<Run> unprinted, List<Run> objectRuns, byte[] data, int ccpText)
    {
        var paragraphs = new List<Paragraph>();
        var text = new StringBuilder();
        var objects = new List<string>();
        var pictures = 0;
        // The character after an object's field separator is its picture (LibreOffice), not a picture of its own.
        var afterObject = false;
        // Fields: 0x13 code 0x14 result 0x15; the code is skipped, fields nest.
        var fields = new Stack<bool>();
        foreach (var piece in pieces)
        {
            for (var cp = piece.CpStart; cp < Math.Min(piece.CpEnd, ccpText); cp++)
            {
                var fc = piece.FcOf(cp);
                char c;
                if (piece.Compressed)
                {
                    c = fc < document.Length ? Cp1252(document[fc]) : '\0';
                }
                else
                {
                    c = fc + 1 < document.Length ? (char)U16(document, (int)fc) : '\0';
                }

                // A paragraph's or cell's mark still ends it when the mark is hidden.
                if (c is not ('\r' or '\u0007') && unprinted.Count > 0 && Find(unprinted, fc) is not null)
                {
                    continue;
                }

                switch (c)
                {
                    case '\u0013':
                        fields.Push(true);
                        continue;
                    case '\u0014':
                        if (fields.Count > 0)
                        {
                            fields.Pop();
                            fields.Push(false);
                        }

                        afterObject = AddObject(fc);
                        continue;
                    case '\u0015':
                        if (fields.Count > 0)
                        {
                            fields.Pop();
                        }

                        continue;
                }

                if (fields.Contains(true))
                {
                    continue;
                }

                var objectPicture = afterObject;
                afterObject = false;
                switch (c)
                {
                    case '\r' or '\u0007':
                        paragraphs.Add(ParagraphOf(UnicodeText.WellFormed(text.ToString()), c == '\u0007', Find(runs, fc) ?? []) with { Objects = [.. objects], Pictures = pictures });
                        text.Clear();
                        objects.Clear();
                        pictures = 0;
                        break;
                    case '\u0001':
                        if (!AddObject(fc) && !objectPicture && IsTablePicture(fc))
                        {
                            pictures++;
                        }

                        break;
                    case '\u000B':
                        text.Append('\n');
                        break;
                    case '\t' or '\u00A0':
                        text.Append(' ');
                        break;
                    case '\u001E':
                        text.Append('-');
                        break;
                    case '\u000C' or '\u000E':
                        // A page or column break ends the line it is on.
                        if (text.Length > 0)
                        {
                            text.Append('\n');
                        }

                        break;
                    default:
                        if (c >= ' ')
                        {
                            text.Append(c);
                        }

                        break;
                }
            }
        }

        if (text.Length > 0 || objects.Count > 0 || pictures > 0)
        {
            paragraphs.Add(new Paragraph(UnicodeText.WellFormed(text.ToString()), 0, false, null) { Objects = [.. objects], Pictures = pictures });
        }

        return paragraphs;

        // An EMBED field's separator names the object's storage (Word, LibreOffice); the object's character may too.
        bool AddObject(long fc)
        {
            if (objectRuns.Count > 0 && Find(objectRuns, fc) is { } sprms && ObjectOf(sprms) is { } storage)
            {
                if (!objects.Contains(storage))
                {
                    objects.Add(storage);
                }

                return true;
            }

            return false;
        }

        // A picture's character: its PICF in the Data stream gives its printed width; one under 5 cm is an icon or a mark.
        bool IsTablePicture(long fc) =>
            objectRuns.Count > 0 && Find(objectRuns, fc) is { } sprms && PictureOf(sprms) is { } at
            && (at + 0x24 > data.Length || U16(data, (int)at + 0x1C) * (long)(U16(data, (int)at + 0x20) is var mx and > 0 ? mx : 1000) / 1000 >= MinimumPictureTwips);
    }

    private static Paragraph ParagraphOf(string text, bool cellMark, byte[] sprms)
    {
        var (inTable, ttp, innerTtp, depth) = (false, false, false, 0);
        RowDefinition? row = null;
        foreach (var (sprm, operand) in Sprms(sprms))
        {
            switch (sprm)
            {
                case SprmPFInTable:
                    inTable = operand.Length > 0 && operand[0] != 0;
                    break;
                case SprmPFTtp:
                    ttp = operand.Length > 0 && operand[0] != 0;
                    break;
                case SprmPFInnerTtp:
                    innerTtp = operand.Length > 0 && operand[0] != 0;
                    break;
                case SprmPItap:
                    depth = operand.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(operand) : 0;
                    break;
                case SprmTDefTable:
                    row = RowOf(operand);
                    break;
            }
        }

        depth = depth > 0 ? depth : inTable ? 1 : 0;
        var isRowEnd = cellMark && depth == 1 && ttp;
        // A nested table's row end is a mark of the outer cell's text, not a row of the table read.
        return new Paragraph(isRowEnd || innerTtp ? "" : text, depth, cellMark && depth == 1 && !isRowEnd, isRowEnd ? row ?? new RowDefinition([], [], []) : null);
    }

    // TDefTableOperand: cb (2), itcMac (1), rgdxaCenter (itcMac + 1 × 2), rgTc80 (20 bytes each, as many as fit).
    private static RowDefinition? RowOf(ReadOnlySpan<byte> operand)
    {
        if (operand.Length < 3)
        {
            return null;
        }

        var cells = operand[2];
        if (operand.Length < 3 + ((cells + 1) * 2))
        {
            return null;
        }

        var edges = new int[cells + 1];
        for (var i = 0; i <= cells; i++)
        {
            edges[i] = BinaryPrimitives.ReadInt16LittleEndian(operand[(3 + (i * 2))..]);
        }

        var above = new bool[cells];
        var left = new bool[cells];
        var tcs = 3 + ((cells + 1) * 2);
        for (var i = 0; i < cells && tcs + (i * 20) + 2 <= operand.Length; i++)
        {
            var grf = BinaryPrimitives.ReadUInt16LittleEndian(operand[(tcs + (i * 20))..]);
            left[i] = (grf & 0x3) is 2 or 3;
            above[i] = ((grf >> 5) & 0x3) is 1 or 2;
        }

        return new RowDefinition(edges, above, left);
    }

    // The sprms of a grpprl: the opcode's spra (top 3 bits) gives the operand's size; 6 is variable (a length byte, two for
    // sprmTDefTable).
    private static IEnumerable<(ushort Sprm, byte[] Operand)> Sprms(byte[] grpprl)
    {
        var at = 0;
        while (at + 2 <= grpprl.Length)
        {
            var sprm = U16(grpprl, at);
            at += 2;
            int size;
            switch (sprm >> 13)
            {
                case 0 or 1:
                    size = 1;
                    break;
                case 2 or 4 or 5:
                    size = 2;
                    break;
                case 3:
                    size = 4;
                    break;
                case 7:
                    size = 3;
                    break;
                default:
                    if (sprm == SprmTDefTable)
                    {
                        if (at + 2 > grpprl.Length)
                        {
                            yield break;
                        }

                        // cb counts the rest of the operand plus one; the operand handed on starts at cb.
                        size = U16(grpprl, at) + 1;
                    }
                    else
                    {
                        if (at >= grpprl.Length)
                        {
                            yield break;
                        }

                        size = grpprl[at] + 1;
                        yield return (sprm, grpprl[(at + 1)..Math.Min(grpprl.Length, at + size)]);
                        at += size;
                        continue;
                    }

                    break;
            }

            if (at + size > grpprl.Length)
            {
                yield break;
            }

            yield return (sprm, grpprl[at..(at + size)]);
            at += size;
        }
    }

    private static byte[]? Find(List<Run> runs, long fc)
    {
        var (low, high) = (0, runs.Count - 1);
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (fc < runs[mid].From)
            {
                high = mid - 1;
            }
            else if (fc >= runs[mid].To)
            {
                low = mid + 1;
            }
            else
            {
                return runs[mid].Sprms;
            }
        }

        return null;
    }

    private static (uint Fc, uint Lcb) Pair(byte[] document, int blob, int index) =>
        (U32(document, blob + (index * 8)), U32(document, blob + (index * 8) + 4));

    private static byte[] Slice(byte[] stream, uint fc, uint lcb, string what) =>
        lcb == 0 || fc + (long)lcb > stream.Length ? throw new InvalidDataException($"{what} lies outside its stream") : stream[(int)fc..(int)(fc + lcb)];

    // 8-bit text is Windows-1252: Latin-1 but for 0x80–0x9F (quotes, dashes, €: never a number or a Chinese character).
    private static char Cp1252(byte b) => b is < 0x80 or >= 0xA0 ? (char)b : Windows1252.Value.GetChars([b])[0];

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    private static ushort U16(byte[] bytes, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset, 2));

    private static uint U32(byte[] bytes, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset, 4));
}
