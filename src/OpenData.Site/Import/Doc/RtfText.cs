using System.Globalization;
using System.Text;

namespace OpenData.Site.Import;

/// <summary>The main text of a Rich Text Format document as paragraphs with what each is in a table, the same stream a
/// Word 97–2003 document gives (<see cref="WordBinary"/>): RTF spells out the same model with control words.</summary>
/// <remarks>
/// Paragraphs end at <c>\par</c>, cells at <c>\cell</c> (<c>\nestcell</c> in a nested table, read as its cell's text), rows
/// at <c>\row</c> with the row's cells as <c>\trowd</c> … <c>\cellx</c> defines them (edges from <c>\trleft</c>, merges
/// from <c>\clmgf</c>/<c>\clmrg</c> and <c>\clvmgf</c>/<c>\clvmrg</c>). Text is decoded from <c>\'hh</c> bytes in the
/// document's code page (<c>\ansicpg</c>, 936 for Chinese) and <c>\uN</c> characters (skipping their <c>\uc</c>
/// fallback); headers, footers, footnotes, pictures, field codes and every other destination are left out; a field
/// prints its result. Text Word does not print is not read: hidden (<c>\v</c>) and, with tracked changes, deleted
/// (<c>\deleted</c>), until <c>\v0</c>, <c>\deleted0</c>, <c>\plain</c> or the group's end.
/// </remarks>
internal static class RtfText
{
    // Destinations whose text is not the document's: tables of fonts, colours and styles, metadata, pictures, headers,
    // footers, notes, field codes. Every \* destination is skipped too.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "headerl", "headerr", "headerf", "footer", "footerl",
        "footerr", "footerf", "footnote", "annotation", "fldinst", "listtable", "listoverridetable", "rsidtbl", "generator",
        "themedata", "colorschememapping", "datastore", "latentstyles", "xmlnstbl", "pntext", "listtext", "nonshppict",
        "object", "objdata", "shpinst", "pgdsctbl", "revtbl", "filetbl", "template", "private",
    };

    /// <summary>The paragraphs of <paramref name="rtf"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes do not start an RTF document.</exception>
    public static List<WordBinary.Paragraph> Read(byte[] rtf)
    {
        if (!rtf.AsSpan().StartsWith(@"{\rtf"u8))
        {
            throw new InvalidDataException("the file does not start with {\\rtf");
        }

        return new Parser(rtf).Run();
    }

    private sealed class Parser(byte[] rtf)
    {
        private readonly List<WordBinary.Paragraph> _paragraphs = [];
        private readonly StringBuilder _text = new();
        private readonly List<byte> _bytes = [];
        private readonly Stack<(bool Skip, int Uc, bool Hidden, bool Deleted)> _groups = new();
        private readonly List<int> _edges = [];
        private readonly List<bool> _mergedAbove = [];
        private readonly List<bool> _mergedLeft = [];
        private Encoding _codePage = Encoding.Latin1;
        private bool _skip;
        private bool _hidden;
        private bool _deleted;
        private int _uc = 1;
        private int _pendingSkip;
        private bool _inTable;
        private int _depth;
        private (bool Above, bool Left) _nextCell;

        public List<WordBinary.Paragraph> Run()
        {
            var i = 0;
            while (i < rtf.Length)
            {
                var b = rtf[i];
                if (b == '{')
                {
                    Flush();
                    _groups.Push((_skip, _uc, _hidden, _deleted));
                    i++;
                    if (i + 1 < rtf.Length && rtf[i] == '\\' && rtf[i + 1] == '*')
                    {
                        _skip = true;
                        i += 2;
                    }
                }
                else if (b == '}')
                {
                    Flush();
                    _pendingSkip = 0;
                    if (_groups.Count > 0)
                    {
                        (_skip, _uc, _hidden, _deleted) = _groups.Pop();
                    }

                    i++;
                }
                else if (b == '\\')
                {
                    i = ControlAt(i + 1);
                }
                else if (b is (byte)'\r' or (byte)'\n')
                {
                    i++;
                }
                else
                {
                    Byte(b);
                    i++;
                }
            }

            Flush();
            if (_text.Length > 0)
            {
                _paragraphs.Add(new WordBinary.Paragraph(UnicodeText.WellFormed(_text.ToString()), 0, false, null));
            }

            return _paragraphs;
        }

        // A control word (letters, an optional signed number, one optional space) or a control symbol; returns where the
        // text goes on.
        private int ControlAt(int i)
        {
            if (i >= rtf.Length)
            {
                return i;
            }

            if (!char.IsAsciiLetter((char)rtf[i]))
            {
                var symbol = (char)rtf[i];
                switch (symbol)
                {
                    case '\'' when i + 2 < rtf.Length:
                        if (byte.TryParse(Encoding.ASCII.GetString(rtf, i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
                        {
                            Byte(value);
                        }

                        return i + 3;
                    case '~':
                        Char(' ');
                        break;
                    case '_':
                        Char('-');
                        break;
                    case '\\' or '{' or '}':
                        Byte((byte)symbol);
                        break;
                    case '\r' or '\n':
                        Word("par", null);
                        break;
                }

                return i + 1;
            }

            var start = i;
            while (i < rtf.Length && char.IsAsciiLetter((char)rtf[i]))
            {
                i++;
            }

            var word = Encoding.ASCII.GetString(rtf, start, i - start);
            var numberStart = i;
            if (i < rtf.Length && (rtf[i] == '-' || char.IsAsciiDigit((char)rtf[i])))
            {
                i++;
                while (i < rtf.Length && char.IsAsciiDigit((char)rtf[i]))
                {
                    i++;
                }
            }

            int? number = i > numberStart && int.TryParse(Encoding.ASCII.GetString(rtf, numberStart, i - numberStart), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
            if (i < rtf.Length && rtf[i] == ' ')
            {
                i++;
            }

            // \binN: N bytes of binary data follow (a picture's), which may hold braces: passed over whole.
            if (word == "bin" && number is > 0)
            {
                return (int)Math.Min(rtf.Length, (long)i + number.Value);
            }

            Word(word, number);
            return i;
        }

        private void Word(string word, int? number)
        {
            if (Skipped.Contains(word))
            {
                Flush();
                _skip = true;
                return;
            }

            switch (word)
            {
                case "ansicpg" when number is { } page:
                    Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                    _codePage = page == 936 ? Encoding.GetEncoding("GB18030") : CodePage(page);
                    return;
                case "uc":
                    _uc = Math.Max(0, number ?? 1);
                    return;
                case "v" or "deleted" or "plain":
                    // Text after it until it is turned off is not printed; the bytes gathered before it are.
                    Flush();
                    _hidden = word == "v" ? number != 0 : word != "plain" && _hidden;
                    _deleted = word == "deleted" ? number != 0 : word != "plain" && _deleted;
                    return;
            }

            if (_skip)
            {
                return;
            }

            switch (word)
            {
                case "u" when number is { } code:
                    Char((char)(code < 0 ? code + 65536 : code));
                    // Its fallback for readers without Unicode follows: as many characters as \uc says.
                    _pendingSkip = _uc;
                    break;
                case "par" or "sect":
                    End(false, false);
                    break;
                case "line":
                    Char('\n');
                    break;
                case "tab" or "emspace" or "enspace" or "qmspace":
                    Char(' ');
                    break;
                case "lquote" or "rquote":
                    Char(word == "lquote" ? '‘' : '’');
                    break;
                case "ldblquote" or "rdblquote":
                    Char(word == "ldblquote" ? '“' : '”');
                    break;
                case "emdash" or "endash":
                    Char(word == "emdash" ? '—' : '–');
                    break;
                case "pard":
                    _inTable = false;
                    _depth = 0;
                    break;
                case "intbl":
                    _inTable = true;
                    break;
                case "itap":
                    _depth = number ?? 1;
                    break;
                case "cell":
                    End(true, false);
                    break;
                case "nestcell":
                    // A nested table's cell ends: its text goes on in the outer cell.
                    Char(' ');
                    break;
                case "row":
                    End(true, true);
                    break;
                case "trowd":
                    _edges.Clear();
                    _mergedAbove.Clear();
                    _mergedLeft.Clear();
                    _edges.Add(0);
                    _nextCell = (false, false);
                    break;
                case "trleft" when _edges.Count == 1:
                    _edges[0] = number ?? 0;
                    break;
                case "clvmrg":
                    _nextCell = (true, _nextCell.Left);
                    break;
                case "clmrg":
                    _nextCell = (_nextCell.Above, true);
                    break;
                case "cellx":
                    _edges.Add(number ?? 0);
                    _mergedAbove.Add(_nextCell.Above);
                    _mergedLeft.Add(_nextCell.Left);
                    _nextCell = (false, false);
                    break;
            }
        }

        // A paragraph, cell or row ends here.
        private void End(bool cellMark, bool row)
        {
            Flush();
            var depth = _depth > 0 ? _depth : _inTable || cellMark ? 1 : 0;
            var text = UnicodeText.WellFormed(_text.ToString());
            _text.Clear();
            if (row)
            {
                if (text.Trim().Length > 0)
                {
                    _paragraphs.Add(new WordBinary.Paragraph(text, 1, true, null));
                }

                _paragraphs.Add(new WordBinary.Paragraph("", 1, false, new WordBinary.RowDefinition([.. _edges], [.. _mergedAbove], [.. _mergedLeft])));
                return;
            }

            _paragraphs.Add(new WordBinary.Paragraph(text, depth, cellMark && depth >= 1, null));
        }

        private void Byte(byte b)
        {
            if (_skip)
            {
                return;
            }

            // A hidden \uN's fallback is passed over as a printed one's, so that it does not eat a printed byte after it.
            if (_pendingSkip > 0)
            {
                _pendingSkip--;
                return;
            }

            if (_hidden || _deleted)
            {
                return;
            }

            _bytes.Add(b);
        }

        private void Char(char c)
        {
            if (_skip || _hidden || _deleted)
            {
                return;
            }

            Flush();
            _text.Append(c);
        }

        // Bytes gathered from text and \'hh are decoded together: a Chinese character is two bytes in code page 936.
        private void Flush()
        {
            if (_bytes.Count > 0)
            {
                _text.Append(_codePage.GetString([.. _bytes]));
                _bytes.Clear();
            }
        }

        private static Encoding CodePage(int page)
        {
            try
            {
                return Encoding.GetEncoding(page);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                return Encoding.Latin1;
            }
        }
    }
}
