using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace OpenData;

/// <summary>Reads and writes the data files: <c>data/&lt;agency&gt;/agency.json</c> and <c>data/&lt;agency&gt;/&lt;year&gt;.json</c>.</summary>
/// <remarks>
/// Reading is strict: unknown properties, duplicate keys, missing required properties, unknown forms and unknown
/// indicator codes are findings with a JSON path, never silently ignored. Reading never throws on bad content.
/// Writing is deterministic: values in form order, two-space indentation, LF line ends, Chinese written as is.
/// </remarks>
public static class DataFiles
{
    /// <summary>The largest data file read, in bytes (4 MiB); a larger file is refused without being read.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>The file name of the report JSON Schema, kept at the root of the data folder.</summary>
    public const string ReportSchemaFileName = "report.schema.json";

    /// <summary>The file name of the agency JSON Schema, kept at the root of the data folder.</summary>
    public const string AgencySchemaFileName = "agency.schema.json";

    /// <summary>The file name of an agency's description inside its folder.</summary>
    public const string AgencyFileName = "agency.json";

    internal static DataJsonContext Context { get; } = new(new JsonSerializerOptions(DataJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    });

    /// <summary>Reads a report file.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="displayPath">How findings name the file; defaults to <paramref name="path"/>.</param>
    public static LoadResult<Report> ReadReport(string path, string? displayPath = null) =>
        Read(path, displayPath ?? path, ParseReport);

    /// <summary>Reads an agency file.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="displayPath">How findings name the file; defaults to <paramref name="path"/>.</param>
    public static LoadResult<Agency> ReadAgency(string path, string? displayPath = null) =>
        Read(path, displayPath ?? path, ParseAgency);

    /// <summary>Parses the UTF-8 bytes of a report file and checks its form and indicator codes.</summary>
    public static LoadResult<Report> ParseReport(ReadOnlySpan<byte> utf8, string displayPath)
    {
        var (report, findings) = Deserialize(utf8, displayPath, Context.Report);
        if (report is null)
        {
            return new LoadResult<Report>(null, findings);
        }

        if (!AgencyIds.IsValid(report.Agency))
        {
            findings.Add(AgencyIds.Invalid(report.Agency, displayPath, "$.agency"));
        }

        var form = report.FormDefinition;
        if (form is null)
        {
            findings.Add(new Finding("D-FORM", Severity.Error,
                $"未知的表格版本“{report.Form}”（可用：{string.Join("、", Forms.All.Select(f => f.Id))}）",
                $"unknown form \"{report.Form}\" (known: {string.Join(", ", Forms.All.Select(f => f.Id))})")
            { File = displayPath, Path = "$.form", Agency = report.Agency, Year = report.Year });
            return new LoadResult<Report>(report, findings);
        }

        foreach (var code in report.Values.Keys.Where(c => !form.Contains(c)))
        {
            var elsewhere = Forms.All.FirstOrDefault(f => f.Contains(code));
            findings.Add(new Finding("D-CODE", Severity.Error,
                elsewhere is null ? $"未知的指标代码“{code}”" : $"指标代码“{code}”属于 {elsewhere.Id}，不属于 {form.Id}",
                elsewhere is null ? $"unknown indicator code \"{code}\" in form {form.Id}" : $"indicator code \"{code}\" belongs to {elsewhere.Id}, not {form.Id}")
            { File = displayPath, Path = ValuePath(code), Agency = report.Agency, Year = report.Year, Code = code });
        }

        return new LoadResult<Report>(report with { Values = Compact(report.Values, form) }, findings);
    }

    /// <summary>The values keyed by the form's own code strings, in the same order, with no spare capacity: a site of
    /// thousands of reports then holds each code once, not once per report (what it saves: the benchmark README).</summary>
    private static Dictionary<string, ReportValue> Compact(IReadOnlyDictionary<string, ReportValue> values, Form form)
    {
        var compact = new Dictionary<string, ReportValue>(values.Count, StringComparer.Ordinal);
        foreach (var (code, value) in values)
        {
            compact.Add(form.Find(code)?.Code ?? code, value);
        }

        return compact;
    }

    /// <summary>Parses the UTF-8 bytes of an agency file.</summary>
    public static LoadResult<Agency> ParseAgency(ReadOnlySpan<byte> utf8, string displayPath)
    {
        var (agency, findings) = Deserialize(utf8, displayPath, Context.Agency);
        if (agency is not null && !AgencyIds.IsValid(agency.Id))
        {
            findings.Add(AgencyIds.Invalid(agency.Id, displayPath, "$.id"));
        }

        if (agency?.Website is { } website && !WebAddress.IsValid(website))
        {
            findings.Add(WebAddress.Invalid(website, "$.website") with { File = displayPath });
        }

        if (agency?.Parent is { } parent && !AgencyIds.IsValid(parent))
        {
            findings.Add(AgencyIds.Invalid(parent, displayPath, "$.parent"));
        }

        if (agency?.DivisionCode is { } code && !DivisionCodes.IsValid(code))
        {
            findings.Add(new Finding("A-CODE", Severity.Error,
                $"行政区划代码“{code}”无效：应为 6 位数字，前两位为省级行政区代码（例如 350128）",
                $"invalid administrative-division code \"{code}\": six digits, the first two a province-level code (e.g. 350128)")
            { File = displayPath, Path = "$.divisionCode", Agency = agency.Id });
        }

        return new LoadResult<Agency>(agency, findings);
    }

    /// <summary>The report as data-file JSON: values in form order, every indicator of the form present (blank as <c>null</c>).</summary>
    public static string Serialize(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(Normalize(report), Context.Report) + "\n";
    }

    /// <summary>The agency as data-file JSON.</summary>
    public static string Serialize(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return JsonSerializer.Serialize(agency with { Schema = agency.Schema ?? "../" + AgencySchemaFileName }, Context.Agency) + "\n";
    }

    /// <summary>Writes a report file atomically (a temporary file moved into place), creating its folder.</summary>
    public static void Write(Report report, string path) => WriteAtomically(path, Serialize(report));

    /// <summary>Writes an agency file atomically, creating its folder.</summary>
    public static void Write(Agency agency, string path) => WriteAtomically(path, Serialize(agency));

    /// <summary>The JSON path of an indicator's value in a report file, e.g. <c>$.values["s3.new.nat"]</c>.</summary>
    public static string ValuePath(string code) => $"$.values[\"{code}\"]";

    /// <summary>The report with values in form order, every form indicator present and a <c>$schema</c> reference.</summary>
    internal static Report Normalize(Report report)
    {
        var form = report.FormDefinition;
        var values = new Dictionary<string, ReportValue>(StringComparer.Ordinal);
        if (form is not null)
        {
            foreach (var indicator in form.Indicators)
            {
                values[indicator.Code] = report.Value(indicator.Code);
            }
        }

        foreach (var (code, value) in report.Values.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            values.TryAdd(code, value);
        }

        return report with { Values = values, Schema = report.Schema ?? "../" + ReportSchemaFileName };
    }

    private static void WriteAtomically(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }

    private static LoadResult<T> Read<T>(string path, string displayPath, Parser<T> parse)
        where T : class
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail<T>(displayPath, "D-FILE", "文件不存在", "file not found");
            }

            if (info.Length > MaxFileBytes)
            {
                return Fail<T>(displayPath, "D-SIZE",
                    $"文件过大（{info.Length} 字节，上限 {MaxFileBytes} 字节），未读取",
                    $"file too large ({info.Length} bytes, limit {MaxFileBytes}); not read");
            }

            return parse(File.ReadAllBytes(path), displayPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail<T>(displayPath, "D-FILE", $"无法读取文件：{e.Message}", $"cannot read the file: {e.Message}");
        }
    }

    private delegate LoadResult<T> Parser<T>(ReadOnlySpan<byte> utf8, string displayPath)
        where T : class;

    private static (T? Value, List<Finding> Findings) Deserialize<T>(ReadOnlySpan<byte> utf8, string displayPath, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        var findings = new List<Finding>();
        var bytes = utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        if (!Utf8.IsValid(bytes))
        {
            findings.Add(TextEncodings.InvalidUtf8(bytes, displayPath));
            return (null, findings);
        }

        try
        {
            var value = JsonSerializer.Deserialize(bytes, typeInfo);
            if (value is null)
            {
                findings.Add(new Finding("D-JSON", Severity.Error, "文件内容为 null", "the file holds null") { File = displayPath, Path = "$" });
            }

            return (value, findings);
        }
        catch (JsonException e)
        {
            findings.Add(JsonErrors.ToFinding(e, displayPath));
            return (null, findings);
        }
    }

    private static LoadResult<T> Fail<T>(string displayPath, string rule, string zh, string en)
        where T : class =>
        new(null, [new Finding(rule, Severity.Error, zh, en) { File = displayPath }]);
}
