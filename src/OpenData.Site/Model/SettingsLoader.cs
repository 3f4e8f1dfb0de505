using System.Text.Json;

namespace OpenData.Site;

/// <summary>Reads <c>input/site.json</c>, the files of <c>input/assets</c> and the Markdown pages of <c>input/pages</c>,
/// collecting every problem.</summary>
internal static class SettingsLoader
{
    /// <summary>Reads <c>site.json</c> through its contract (<see cref="SiteJson"/>) and the files of <c>input/assets</c>;
    /// every problem is named with its file and JSON path, and any problem stops the build.</summary>
    /// <param name="inputFolder">The site input folder.</param>
    /// <param name="baseUrlOverride"><c>--base-url</c>, which replaces the file's <c>baseUrl</c>.</param>
    public static SiteSettings Load(string inputFolder, string? baseUrlOverride)
    {
        var file = Path.Combine(inputFolder, "site.json");
        var display = DisplayPath(file);
        if (!File.Exists(file))
        {
            throw new BuildFailedException([new BuildProblem(display, null, "site settings not found (站点设置文件不存在)")]);
        }

        var json = Parse(File.ReadAllText(file), display);
        var problems = new List<BuildProblem>();
        void Problem(string place, string message) => problems.Add(new BuildProblem(display, place, message));

        var languages = new List<string>();
        for (var i = 0; i < json.Languages?.Count; i++)
        {
            if (json.Languages[i] is "zh-CN" or "en")
            {
                languages.Add(json.Languages[i]);
            }
            else
            {
                Problem($"$.languages[{i}]", "unsupported language (zh-CN or en)");
            }
        }

        if (!languages.Contains("zh-CN"))
        {
            languages.Insert(0, "zh-CN");
        }

        var colors = new List<(string Name, string Value)>();
        if (json.Colors is { } given)
        {
            foreach (var property in SiteJson.Context.SiteColors.Properties)
            {
                if (property.Get!(given) is string color)
                {
                    if (CssColor.IsValid(color))
                    {
                        colors.Add((property.Name, color));
                    }
                    else
                    {
                        Problem($"$.colors.{property.Name}", $"\"{color}\" is not a colour: write #rrggbb (#0b5cad), #rgb, rgb(11 92 173) or hsl(210 88% 36%) (颜色格式无效)");
                    }
                }
            }
        }

        var assets = LoadAssets(inputFolder, problems);
        var names = assets.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var logo = AssetSetting(json.Logo, "$.logo", ["svg", "png", "jpg", "jpeg", "gif", "webp", "avif"]);
        var favicon = AssetSetting(json.Favicon, "$.favicon", ["svg", "png", "ico"]);
        string? AssetSetting(string? name, string place, string[] extensions)
        {
            if (name is null)
            {
                return null;
            }

            if (!names.Contains(name))
            {
                Problem(place, $"\"{name}\" is not a file of {DisplayPath(Path.Combine(inputFolder, InputAssets.FolderName))}: give its path inside that folder, e.g. \"logo.svg\" (文件不存在)");
            }
            else if (!extensions.Contains(Path.GetExtension(name).TrimStart('.').ToLowerInvariant()))
            {
                Problem(place, $"\"{name}\" is not an image the pages can use here: {string.Join(", ", extensions)}");
            }

            return name;
        }

        var baseUrl = baseUrlOverride ?? json.BaseUrl ?? "/";
        if (!baseUrl.EndsWith('/'))
        {
            baseUrl += "/";
        }

        if (problems.Count > 0)
        {
            throw new BuildFailedException(problems);
        }

        // Settings HTML is cut down to what pages may carry; the author is told what went, and where. So are colours
        // that make the pages hard to read.
        var warnings = new List<BuildProblem>();
        warnings.AddRange(ColorContrast.Check(colors).Select(c => new BuildProblem(display, $"$.colors.{c.Color}", c.Message, IsWarning: true)));
        string Sanitised(string place, string? html, Func<string, ICollection<string>, string> sanitise)
        {
            var removed = new List<string>();
            var safe = sanitise(html ?? "", removed);
            warnings.AddRange(removed.Select(r => new BuildProblem(display, place, $"left out {r}", IsWarning: true)));
            return safe;
        }

        return new SiteSettings(
            json.Title,
            json.TitleEn ?? json.Title,
            json.Description ?? "",
            json.DescriptionEn ?? "",
            baseUrl,
            [.. languages.Distinct(StringComparer.Ordinal).OrderBy(l => l == "zh-CN" ? 0 : 1)],
            Sanitised("$.footer", json.Footer, SafeHtml.Footer),
            Sanitised("$.footerEn", json.FooterEn, SafeHtml.Footer),
            json.Publisher ?? json.Title,
            json.License ?? "CC-BY-4.0")
        {
            Logo = logo,
            Favicon = favicon ?? SiteSettings.ShippedFavicon,
            Colors = colors,
            Head = Sanitised("$.head", json.Head, SafeHtml.Head),
            Warnings = warnings,
            Assets = assets,
        };
    }

    // The file's shape is checked against the contract first, so every unknown key and wrong type is named at once;
    // a file that passes deserializes.
    private static SiteJson Parse(string text, string display)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new BuildFailedException([new BuildProblem(display, $"line {(e.LineNumber ?? 0) + 1}", $"not valid JSON: {e.Message}")]);
        }

        using (document)
        {
            var problems = JsonContract.Check(document.RootElement, SiteJson.Context.SiteJson);
            if (problems.Count > 0)
            {
                throw new BuildFailedException([.. problems.Select(p => new BuildProblem(display, p.Path, p.Message))]);
            }

            try
            {
                return document.RootElement.Deserialize(SiteJson.Context.SiteJson)!;
            }
            catch (JsonException e)
            {
                throw new BuildFailedException([new BuildProblem(display, e.Path ?? "$", e.Message)]);
            }
        }
    }

    private static List<InputAsset> LoadAssets(string inputFolder, List<BuildProblem> problems)
    {
        var assets = new List<InputAsset>();
        foreach (var (name, file) in InputAssets.Enumerate(inputFolder))
        {
            if (InputAssets.IsValidName(name))
            {
                assets.Add(new InputAsset(name, File.ReadAllBytes(file)));
            }
            else
            {
                problems.Add(new BuildProblem(DisplayPath(file), null, "asset file names become addresses: use ASCII letters, digits, '.', '-' and '_' (文件名只能使用英文字母、数字、点、连字符和下划线)"));
            }
        }

        return assets;
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
