using System.Text.Json;

namespace OpenData.Site;

/// <summary>Reads <c>input/site.json</c> and the Markdown pages of <c>input/pages</c>, collecting every problem.</summary>
internal static class SettingsLoader
{
    public static SiteSettings Load(string inputFolder, string? baseUrlOverride)
    {
        var file = Path.Combine(inputFolder, "site.json");
        var display = DisplayPath(file);
        if (!File.Exists(file))
        {
            throw new BuildFailedException([new BuildProblem(display, null, "site settings not found (站点设置文件不存在)")]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new BuildFailedException([new BuildProblem(display, $"line {(e.LineNumber ?? 0) + 1}", $"not valid JSON: {e.Message}")]);
        }

        using (document)
        {
            var problems = new List<BuildProblem>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new BuildFailedException([new BuildProblem(display, "$", "the settings must be a JSON object")]);
            }

            string Text(string name, string? fallback)
            {
                if (!root.TryGetProperty(name, out var value))
                {
                    if (fallback is null)
                    {
                        problems.Add(new BuildProblem(display, $"$.{name}", "required setting is missing"));
                    }

                    return fallback ?? "";
                }

                if (value.ValueKind != JsonValueKind.String)
                {
                    problems.Add(new BuildProblem(display, $"$.{name}", "must be a string"));
                    return fallback ?? "";
                }

                return value.GetString()!;
            }

            var title = Text("title", null);
            var languages = new List<string>();
            if (root.TryGetProperty("languages", out var langs))
            {
                if (langs.ValueKind != JsonValueKind.Array)
                {
                    problems.Add(new BuildProblem(display, "$.languages", "must be an array such as [\"zh-CN\", \"en\"]"));
                }
                else
                {
                    var i = 0;
                    foreach (var lang in langs.EnumerateArray())
                    {
                        if (lang.GetString() is "zh-CN" or "en")
                        {
                            languages.Add(lang.GetString()!);
                        }
                        else
                        {
                            problems.Add(new BuildProblem(display, $"$.languages[{i}]", "unsupported language (zh-CN or en)"));
                        }

                        i++;
                    }
                }
            }

            if (!languages.Contains("zh-CN"))
            {
                languages.Insert(0, "zh-CN");
            }

            var baseUrl = baseUrlOverride ?? Text("baseUrl", "/");
            if (!baseUrl.EndsWith('/'))
            {
                baseUrl += "/";
            }

            var settings = new SiteSettings(
                title,
                Text("titleEn", title),
                Text("description", ""),
                Text("descriptionEn", ""),
                baseUrl,
                [.. languages.Distinct(StringComparer.Ordinal).OrderBy(l => l == "zh-CN" ? 0 : 1)],
                Text("footer", ""),
                Text("footerEn", ""),
                Text("publisher", title),
                Text("license", "CC-BY-4.0"));
            if (problems.Count > 0)
            {
                throw new BuildFailedException(problems);
            }

            return settings;
        }
    }

    /// <summary>The Markdown pages by name (file name without <c>.md</c>), ordered by name.</summary>
    public static IReadOnlyList<MarkdownPage> LoadPages(string inputFolder)
    {
        var folder = Path.Combine(inputFolder, "pages");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var pages = new List<MarkdownPage>();
        var problems = new List<BuildProblem>();
        var files = Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files.Where(f => !f.EndsWith(".en.md", StringComparison.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!AgencyIds.IsValid(name))
            {
                problems.Add(new BuildProblem(DisplayPath(file), null, "page file names must be lowercase ASCII letters, digits and hyphens (they become URLs)"));
                continue;
            }

            var page = MarkdownPage.Parse(name, File.ReadAllText(file));
            var english = Path.Combine(folder, name + ".en.md");
            pages.Add(File.Exists(english) ? page.WithEnglish(File.ReadAllText(english)) : page);
        }

        foreach (var orphan in files.Where(f => f.EndsWith(".en.md", StringComparison.Ordinal) && !File.Exists(f[..^".en.md".Length] + ".md")))
        {
            problems.Add(new BuildProblem(DisplayPath(orphan), null, "an English page needs its Chinese page beside it (same name without .en)"));
        }

        return problems.Count > 0 ? throw new BuildFailedException(problems) : pages;
    }

    public static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}
