namespace OpenData.Site.Tests.Build;

public sealed class GoldenHtmlTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><title>报告</title></head>
        <body><main><h1>报告</h1>
        <table><tbody><tr><th scope="row">规章</th><td id="cell-a"><span class="v">7</span><span class="chg">上年 0<span> +7</span></span></td></tr></tbody></table>
        <p><a href="a.csv">CSV</a> <a href="a.xlsx">XLSX</a></p>
        <pre>一
          二</pre></main></body></html>
        """;

    [Fact]
    public void Pretty_puts_each_block_element_on_a_line_of_its_own_and_inline_content_on_one_line()
    {
        var lines = GoldenHtml.Pretty(Page).Split('\n');

        Assert.Equal("<!DOCTYPE html>", lines[0]);
        Assert.Contains("            <td id=\"cell-a\"><span class=\"v\">7</span><span class=\"chg\">上年 0<span> +7</span></span></td>", lines);
        Assert.Contains("      <p><a href=\"a.csv\">CSV</a> <a href=\"a.xlsx\">XLSX</a></p>", lines);
        Assert.Contains("      <pre>一", lines);
        Assert.Contains("  二</pre>", lines);
    }

    [Theory]
    [InlineData("<span class=\"v\">7</span>", "<span class=\"v\">8</span>")]
    [InlineData("<td id=\"cell-a\">", "<td id=\"cell-b\">")]
    [InlineData("<span> +7</span>", "<span>+7</span>")]
    [InlineData("</a> <a", "</a><a")]
    [InlineData("<th scope=\"row\">规章</th>", "")]
    [InlineData("一\n  二", "一\n二")]
    public void Pretty_changes_with_any_element_attribute_text_or_white_space_a_browser_shows(string from, string to)
    {
        var changed = Page.Replace(from, to, StringComparison.Ordinal);

        Assert.NotEqual(Page, changed);
        Assert.NotEqual(GoldenHtml.Pretty(Page), GoldenHtml.Pretty(changed));
    }

    [Theory]
    [InlineData("<tbody><tr>", "<tbody>\n    <tr>\n      ")]
    [InlineData("</h1>\n", "</h1>")]
    [InlineData("上年 0", "上年 \n  0")]
    [InlineData("<span> +7</span>", "<span>\t\t+7</span>")]
    [InlineData("<title>报告</title></head>", "<title>报告</title>\n</head>\n")]
    public void Pretty_is_the_same_for_white_space_a_browser_does_not_show(string from, string to)
    {
        var changed = Page.Replace(from, to, StringComparison.Ordinal);

        Assert.NotEqual(Page, changed);
        Assert.Equal(GoldenHtml.Pretty(Page), GoldenHtml.Pretty(changed));
    }
}
