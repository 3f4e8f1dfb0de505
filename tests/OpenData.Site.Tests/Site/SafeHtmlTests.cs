namespace OpenData.Site.Tests.Build;

/// <summary>The HTML of <c>site.json</c> keeps an allow-list and follows the address rule of the Markdown pages.</summary>
public sealed class SafeHtmlTests
{
    [Theory]
    [InlineData("示例ICP备00000000号（示例） · 数据按原报告照录")]
    [InlineData("A & B < C > D \"quoted\" 'single' 1+1")]
    [InlineData("")]
    public void Plain_text_is_written_as_the_pages_write_text(string text)
    {
        Assert.Equal(PageHtmlEncoder.Instance.Encode(text), SafeHtml.Footer(text));
    }

    [Theory]
    [InlineData("<a href=\"https://beian.miit.gov.cn/\" rel=\"noopener\">闽ICP备1号</a>", "<a href=\"https://beian.miit.gov.cn/\" rel=\"noopener\">闽ICP备1号</a>")]
    [InlineData("<script>alert(1)</script>备案", "备案")]
    [InlineData("<img src=x onerror=alert(1)>", "<img src=\"x\" />")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a href=\"#\">x</a>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a href=\"#\">x</a>")]
    [InlineData("<a href=\"//evil.example/\">x</a>", "<a href=\"#\">x</a>")]
    [InlineData("<img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\" alt=\"x\">", "<img src=\"#\" alt=\"x\" />")]
    [InlineData("<p style=\"color:red\" onmouseover=\"x()\">段落</p><div>块</div>", "段落块")]
    [InlineData("<iframe src=\"https://evil.example\">内容</iframe><object>o</object>", "")]
    [InlineData("<svg><script>alert(1)</script></svg><math>m</math>", "")]
    [InlineData("<!-- 注释 --><b>粗</b><br>", "<b>粗</b><br />")]
    [InlineData("<img src=\"icon.png\" width=\"20\" height=\"20px\" alt=\"公安备案\">", "<img src=\"icon.png\" width=\"20\" alt=\"公安备案\" />")]
    [InlineData("<a href=\"mailto:open@example.org\" target=\"_blank\">信箱</a>", "<a href=\"mailto:open@example.org\">信箱</a>")]
    [InlineData("<span class=\"x\" lang=\"en\" data-x=\"1\" id=\"y\">s</span>", "<span class=\"x\" lang=\"en\">s</span>")]
    public void Footer_html_keeps_text_level_elements_and_safe_addresses_only(string html, string expected)
    {
        Assert.Equal(expected, SafeHtml.Footer(html));
    }

    [Theory]
    [InlineData("<a href=\"https://beian.miit.gov.cn/\" rel=\"noopener\">闽ICP备1号</a> <b>粗</b><!-- 注释 -->", "")]
    [InlineData("<script>alert(1)</script>备案<script>x()</script>", "<script> with its content (never allowed)")]
    [InlineData("<img src=x onerror=alert(1)>", "the onerror attribute of <img>")]
    [InlineData("<a href=\"javascript:alert(1)\" target=\"_blank\">x</a>", "the address “javascript:alert(1)” of <a> (replaced by #: only http, https, mailto and relative addresses)|the target attribute of <a>")]
    [InlineData("<p style=\"color:red\">段落</p><div>块</div>", "<p> (not allowed here; its text is kept)|<div> (not allowed here; its text is kept)")]
    public void What_the_footer_loses_is_said_once_each_in_the_order_met(string html, string expected)
    {
        var removed = new List<string>();

        SafeHtml.Footer(html, removed);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), removed);
    }

    [Fact]
    public void What_the_head_loses_is_said_including_its_text_and_unwanted_links_and_meta()
    {
        var removed = new List<string>();

        var head = SafeHtml.Head(
            "<meta name=\"baidu-site-verification\" content=\"abc\"> 统计代码\n<meta http-equiv=\"refresh\" content=\"0\">\n"
            + "<link rel=\"preload\" href=\"https://cdn.example.org/x.js\">\n<link rel=\"stylesheet\" href=\"https://fonts.example.org/a.css\">",
            removed);

        Assert.Equal("<meta name=\"baidu-site-verification\" content=\"abc\" />\n<link rel=\"stylesheet\" href=\"https://fonts.example.org/a.css\" />", head);
        Assert.Equal(
            ["the text “统计代码” (only elements belong here)", "<meta> without name or property", "<link rel=\"preload\" href=\"https://cdn.example.org/x.js\"> (a relation or address not allowed)"],
            removed);
    }

    [Theory]
    [InlineData("<meta name=\"google-site-verification\" content=\"abc\">", "<meta name=\"google-site-verification\" content=\"abc\" />")]
    [InlineData("<meta property=\"og:image\" content=\"https://example.org/a.png\">", "<meta property=\"og:image\" content=\"https://example.org/a.png\" />")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "")]
    [InlineData("<meta charset=\"gbk\">", "")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://fonts.example.org/a.css\" onload=\"x()\">", "<link rel=\"stylesheet\" href=\"https://fonts.example.org/a.css\" />")]
    [InlineData("<link rel=\"stylesheet\" href=\"javascript:alert(1)\">", "")]
    [InlineData("<link rel=\"import\" href=\"https://evil.example/x.html\">", "")]
    [InlineData("<base href=\"https://evil.example/\"><title>t</title><style>*{}</style><script src=\"https://x\"></script>", "")]
    [InlineData("text <b>bold</b> <meta name=\"a\" content=\"1\"><link rel=\"icon\" href=\"i.png\">", "<meta name=\"a\" content=\"1\" />\n<link rel=\"icon\" href=\"i.png\" />")]
    public void Head_html_keeps_meta_and_link_elements_only(string html, string expected)
    {
        Assert.Equal(expected, SafeHtml.Head(html));
    }

    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("http://example.org/a", true)]
    [InlineData("mailto:a@example.org", true)]
    [InlineData("../pages/about/index.html", true)]
    [InlineData("#top", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" JAVASCRIPT:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("vbscript:x", false)]
    [InlineData("//evil.example", false)]
    public void Addresses_follow_the_rule_of_the_markdown_pages(string url, bool safe)
    {
        Assert.Equal(safe, SafeHtml.IsSafeUrl(url));
        Assert.Equal(safe, !MarkdownRenderer.ToHtml($"[x]({url})").Contains("href=\"#\"", StringComparison.Ordinal));
    }
}
