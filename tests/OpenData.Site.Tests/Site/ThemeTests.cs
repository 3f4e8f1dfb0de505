using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;

namespace OpenData.Site.Tests.Build;

/// <summary>Theming from <c>input/</c>: the files of <c>input/assets</c>, and the logo, icon, colours, head and footer
/// of <c>site.json</c>, on Chinese and English pages of a site published in a sub-folder.</summary>
public sealed class ThemeTests
{
    private const string Logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"><rect width=\"8\" height=\"8\" fill=\"#0b5cad\"/></svg>\n";
    private const string OwnRules = "header.site { border-bottom: 4px solid #c00; }\n";
    private static readonly byte[] Icon = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private static readonly byte[] Font = [(byte)'w', (byte)'O', (byte)'F', (byte)'2', 0, 1, 0, 0];

    private static readonly Lazy<string> ThemedInput = new(() => Themed(new JsonObject
    {
        ["logo"] = "brand/logo.svg",
        ["favicon"] = "favicon.png",
        ["colors"] = new JsonObject { ["accent"] = "#0b5cad", ["bg"] = "rgb(250 250 248)" },
        ["head"] = """
            <meta name="baidu-site-verification" content="code-abc123">
            <script>alert('head')</script>
            <meta http-equiv="refresh" content="0;url=javascript:alert(1)">
            <link rel="stylesheet" href="javascript:alert(1)">
            <link rel="preconnect" href="https://fonts.example.org" onload="alert(1)">
            <style>body { display: none }</style>
            """,
        ["footer"] = """<a href="https://beian.miit.gov.cn/" onclick="alert(1)" target="_blank">闽ICP备12345678号</a> <img src=x onerror=alert(1) alt="公安"> <a href="javascript:alert(1)">点我</a><script>alert('footer')</script> <b style="color:red">加粗</b> & 更多""",
        ["footerEn"] = """<a href=" JavaScript:alert(1)">ICP</a> <a href="mailto:open@example.org">Contact</a>""",
    }));

    private static readonly Lazy<SiteFiles> Site = new(() => SiteBuilder.Build(Model(ThemedInput.Value)));

    [Fact]
    public void Every_file_of_input_assets_is_published_under_assets_and_listed_in_the_manifest()
    {
        var files = Site.Value;

        Assert.Equal(Logo, files.Text("assets/brand/logo.svg"));
        Assert.Equal(Icon, files.Get("assets/favicon.png"));
        Assert.Equal(Font, files.Get("assets/fonts/site.woff2"));
        Assert.True(files.Contains(Routes.Favicon), "the shipped icon stays published");
        var manifest = files.Text(Routes.Manifest);
        foreach (var path in new[] { "assets/brand/logo.svg", "assets/favicon.png", "assets/fonts/site.woff2", Routes.Stylesheet })
        {
            Assert.Contains($"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(files.Get(path)))}  {path}\n", manifest, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("assets/", files.Text(Routes.Sitemap), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index.html", "年度报告开放数据（测试）")]
    [InlineData("agencies/pingtan/2022/index.html", "年度报告开放数据（测试）")]
    [InlineData("en/index.html", "Annual report open data (test)")]
    [InlineData("en/agencies/pingtan/2025/index.html", "Annual report open data (test)")]
    public void Chinese_and_English_pages_link_the_stylesheet_icon_and_logo_relatively(string page, string title)
    {
        var document = new HtmlParser().ParseDocument(Site.Value.Text(page));

        var stylesheet = document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var icon = document.QuerySelector("link[rel=icon]")!;
        var logo = document.QuerySelector("header.site a.brand img")!;

        Assert.Equal(Routes.Stylesheet, Resolve(page, stylesheet));
        Assert.Equal("assets/favicon.png", Resolve(page, icon.GetAttribute("href")!));
        Assert.Equal("image/png", icon.GetAttribute("type"));
        Assert.Equal("assets/brand/logo.svg", Resolve(page, logo.GetAttribute("src")!));
        Assert.Equal(title, logo.GetAttribute("alt"));
        Assert.Equal("true", document.QuerySelector("header.site a.brand span")!.GetAttribute("aria-hidden"));
        Assert.Equal(title, document.QuerySelector("header.site a.brand")!.TextContent);
    }

    [Fact]
    public void A_site_built_into_a_sub_folder_finds_its_assets_on_disk_from_every_depth()
    {
        var output = Path.Combine(RepoPaths.NewTempFolder(), "public", "opendata");

        var result = CliRunner.Run("build", "--data", SiteFixture.Data, "--input", ThemedInput.Value, "--output", output, "--allow-errors", "--no-charts", "--base-url", "https://example.org/gov/opendata/");

        Assert.True(result.ExitCode == 0, result.Error);
        // The author is told what the pages do not carry, with the place in site.json: warnings, not errors.
        Assert.Contains("site.json: $.head: warning: left out <script> with its content (never allowed)", result.Error, StringComparison.Ordinal);
        Assert.Contains("site.json: $.head: warning: left out <meta> without name or property", result.Error, StringComparison.Ordinal);
        Assert.Contains("site.json: $.footer: warning: left out the onclick attribute of <a>", result.Error, StringComparison.Ordinal);
        Assert.Contains("site.json: $.footerEn: warning: left out the address “ JavaScript:alert(1)” of <a>", result.Error, StringComparison.Ordinal);
        Assert.All(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains("site.json: $.", line, StringComparison.Ordinal));
        Assert.DoesNotContain(": error:", result.Error, StringComparison.Ordinal);
        var parser = new HtmlParser();
        foreach (var page in new[] { "index.html", "en/index.html", "agencies/pingtan/2022/index.html", "en/agencies/pingtan/indicators/s3.new.tot.html" })
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(output, page)));
            var links = document.QuerySelectorAll("link[rel=stylesheet], link[rel=icon]").Select(l => l.GetAttribute("href")!)
                .Append(document.QuerySelector("a.brand img")!.GetAttribute("src")!).ToList();
            Assert.Equal(3, links.Count);
            Assert.All(links, link =>
            {
                Assert.False(link.StartsWith('/') || link.Contains("://", StringComparison.Ordinal), $"{page}: {link} is not relative");
                Assert.True(File.Exists(Path.Combine(output, Resolve(page, link))), $"{page}: {link} is not built");
            });
        }
    }

    [Fact]
    public void The_operators_stylesheet_extends_the_shipped_one_after_the_colours()
    {
        var css = Site.Value.Text(Routes.Stylesheet);
        var shipped = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "OpenData.Site", "Assets", "site.css")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.StartsWith(shipped, css, StringComparison.Ordinal);
        Assert.EndsWith("/* input/assets/site.css */\n" + OwnRules, css, StringComparison.Ordinal);
    }

    [Fact]
    public void Colours_become_custom_properties_that_follow_the_shipped_ones()
    {
        var css = Site.Value.Text(Routes.Stylesheet);

        var colours = css.IndexOf(":root { --accent: #0b5cad; --bg: rgb(250 250 248); }\n", StringComparison.Ordinal);

        Assert.True(colours > css.IndexOf(":root { --ink:", StringComparison.Ordinal), "after the shipped :root rule, so they win");
        Assert.True(colours < css.IndexOf(OwnRules, StringComparison.Ordinal), "before the operator's rules, which may use them");
    }

    [Fact]
    public void A_favicon_svg_in_input_assets_replaces_the_shipped_one()
    {
        var input = Themed(new JsonObject());
        File.WriteAllText(Path.Combine(input, "assets", "favicon.svg"), Logo);

        var files = SiteBuilder.Build(Model(input));

        Assert.Equal(Logo, files.Text(Routes.Favicon));
        Assert.Contains("<link rel=\"icon\" href=\"assets/favicon.svg\" type=\"image/svg+xml\" />", files.Text("index.html"), StringComparison.Ordinal);
        Assert.Null(new HtmlParser().ParseDocument(files.Text("index.html")).QuerySelector("a.brand img"));
    }

    [Fact]
    public void Head_and_footer_html_keep_what_is_allowed_and_lose_scripts_handlers_and_javascript_links()
    {
        foreach (var page in new[] { "index.html", "en/index.html", "agencies/pingtan/2022/index.html", "pages/about/index.html" })
        {
            var html = Site.Value.Text(page);

            Assert.Contains("<meta name=\"baidu-site-verification\" content=\"code-abc123\" />\n<link rel=\"preconnect\" href=\"https://fonts.example.org\" /></head>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("http-equiv", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("display: none", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("<footer class=\"site\"><p><a href=\"https://beian.miit.gov.cn/\">闽ICP备12345678号</a> <img src=\"x\" alt=\"公安\" /> <a href=\"#\">点我</a> <b>加粗</b> &amp; 更多</p>", Site.Value.Text("index.html"), StringComparison.Ordinal);
        Assert.Contains("<footer class=\"site\"><p><a href=\"#\">ICP</a> <a href=\"mailto:open@example.org\">Contact</a></p>", Site.Value.Text("en/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Themed_pages_are_the_pages_Blazor_renders()
    {
        var model = Model(ThemedInput.Value);
        var pages = RoutePlan.Create(model).Pages.Where(p => p.Route is "index.html" or "agencies/pingtan/2022/index.html").ToList();

        Assert.Equal(4, pages.Count);
        Assert.All(pages, page => Assert.Equal(PageRenderer.RenderWithBlazor(page), Encoding.UTF8.GetString(PageRenderer.RenderUtf8(page))));
    }

    [Fact]
    public void The_readme_theming_example_builds_as_it_says()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme[readme.IndexOf("\n## Theming\n", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var tree = Block(section, "```\n");
        var keys = JsonNode.Parse(Block(section, "```json\n"))!.AsObject();
        var css = Block(section, "```css\n");
        var input = Themed(new JsonObject());
        Directory.Delete(Path.Combine(input, "assets"), recursive: true);
        foreach (var name in tree.Split('\n').Where(l => l.Contains('→', StringComparison.Ordinal)).Select(l => l.Trim().Split(' ')[0]))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(input, "assets", name))!);
            File.WriteAllText(Path.Combine(input, "assets", name), name == "site.css" ? css : name);
        }

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(input, "site.json")))!.AsObject();
        foreach (var (key, value) in keys)
        {
            json[key] = value?.DeepClone();
        }

        File.WriteAllText(Path.Combine(input, "site.json"), json.ToJsonString());
        var files = SiteBuilder.Build(Model(input));

        var page = new HtmlParser().ParseDocument(files.Text("en/index.html"));
        Assert.Equal(keys["titleEn"]!.GetValue<string>(), page.QuerySelector("a.brand img[src='../assets/logo.svg']")!.GetAttribute("alt"));
        Assert.NotNull(page.QuerySelector("head meta[name=baidu-site-verification]"));
        Assert.NotNull(page.QuerySelector("footer a[href='https://beian.miit.gov.cn/']"));
        Assert.NotNull(page.QuerySelector("link[rel=icon][href='../assets/favicon.png'][type='image/png']"));
        Assert.Contains(":root { --accent: #0b5cad; --soft: #eef4fb; }", files.Text(Routes.Stylesheet), StringComparison.Ordinal);
        Assert.EndsWith(css, files.Text(Routes.Stylesheet), StringComparison.Ordinal);
        Assert.True(files.Contains("assets/fonts/kai.woff2"), "the font the stylesheet names, beside it");
    }

    private static string Block(string text, string opening)
    {
        var start = text.IndexOf("\n" + opening, StringComparison.Ordinal) + opening.Length + 1;
        return text[start..(text.IndexOf("\n```\n", start - 1, StringComparison.Ordinal) + 1)];
    }

    // A copy of the test site's input with assets/ (a logo in a sub-folder, an icon, a font and the operator's
    // stylesheet) and the given keys set in site.json.
    private static string Themed(JsonObject keys)
    {
        var input = Path.Combine(RepoPaths.NewTempFolder(), "input");
        RepoPaths.CopyFolder(SiteFixture.Input, input);
        var assets = Path.Combine(input, "assets");
        Directory.CreateDirectory(Path.Combine(assets, "brand"));
        Directory.CreateDirectory(Path.Combine(assets, "fonts"));
        File.WriteAllText(Path.Combine(assets, "brand", "logo.svg"), Logo);
        File.WriteAllBytes(Path.Combine(assets, "favicon.png"), Icon);
        File.WriteAllBytes(Path.Combine(assets, "fonts", "site.woff2"), Font);
        File.WriteAllText(Path.Combine(assets, "site.css"), OwnRules, new UTF8Encoding(true));
        var file = Path.Combine(input, "site.json");
        var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        foreach (var (key, value) in keys)
        {
            json[key] = value?.DeepClone();
        }

        File.WriteAllText(file, json.ToJsonString());
        return input;
    }

    private static SiteModel Model(string input)
    {
        var data = DataSet.Load(SiteFixture.Data);
        return new SiteModel(SettingsLoader.Load(input, null), SettingsLoader.LoadPages(input), data, BuildPipeline.Validate(data, SiteFixture.Data), charts: false);
    }

    private static string Resolve(string from, string relative)
    {
        var parts = from.Split('/')[..^1].ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
