using CsCheck;

namespace OpenData.Site.Tests.Build;

public sealed class HtmlWhitespaceTests
{
    [Theory]
    [InlineData("<ul>\n    <li>a</li>\n    <li>b</li>\n</ul>", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>")]
    [InlineData("<p>上年  0 \t <span>  +7</span></p>", "<p>上年 0 <span> +7</span></p>")]
    [InlineData("<b>\r\n  1</b>\f<b>2</b>", "<b>\n1</b> <b>2</b>")]
    [InlineData("a\u3000\u3000b\u00A0\u00A0c", "a\u3000\u3000b\u00A0\u00A0c")]
    [InlineData("<a title=\"a  b > c\" href='x  y'>  x</a>", "<a title=\"a  b > c\" href='x  y'> x</a>")]
    [InlineData("<!--  a   b  -->  <p>", "<!--  a   b  --> <p>")]
    [InlineData("<!DOCTYPE  html>\n\n<html>", "<!DOCTYPE  html>\n<html>")]
    [InlineData("1 <  2  <3", "1 < 2 <3")]
    [InlineData("<preview>a  b</preview>", "<preview>a b</preview>")]
    public void Collapse_makes_each_run_of_white_space_outside_tags_one_line_feed_or_space(string html, string expected) =>
        Assert.Equal(expected, Collapse(html));

    [Theory]
    [InlineData("<table>\n  <thead>\n    <tr>\n      <th>a</th>\n      <th>b</th>\n    </tr>\n  </thead>\n  <tbody> <tr><td>1</td> </tr> </tbody>\n</table>",
        "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>")]
    [InlineData("<tr><td> a </td>\n<td>\n  <a>x</a>\n</td> <TD>b</TD></tr>", "<tr><td> a </td><td>\n<a>x</a>\n</td><TD>b</TD></tr>")]
    [InlineData("<p>x</p>\n<table>\n<caption> t </caption>\n<colgroup> <col> <col> </colgroup>\n</table>\n<table>",
        "<p>x</p>\n<table><caption> t </caption><colgroup><col><col></colgroup></table>\n<table>")]
    [InlineData("</td> <!-- c --> <td>", "</td> <!-- c --> <td>")]
    [InlineData("<tr> x <td>", "<tr> x <td>")]
    public void Collapse_drops_white_space_directly_inside_tables_and_rows(string html, string expected) =>
        Assert.Equal(expected, Collapse(html));

    [Theory]
    [InlineData("pre")]
    [InlineData("PRE")]
    [InlineData("textarea")]
    [InlineData("script")]
    [InlineData("style")]
    [InlineData("xmp")]
    [InlineData("listing")]
    public void Collapse_leaves_preformatted_content_as_written(string element)
    {
        var html = $"<div>  <{element} class=\"x\">  a\n\n   b  <b>  c </b>\n</{element} >  <p>  d</p>";

        Assert.Equal($"<div> <{element} class=\"x\">  a\n\n   b  <b>  c </b>\n</{element} > <p> d</p>", Collapse(html));
    }

    [Fact]
    public void Collapse_leaves_an_unclosed_preformatted_element_to_the_end_as_written() =>
        Assert.Equal("<p> a</p> <pre> x\n\n  y", Collapse("<p>  a</p>\t<pre> x\n\n  y"));

    [Fact]
    public void Collapse_changes_only_white_space_never_grows_and_is_settled_after_one_pass()
    {
        string[] tokens =
        [
            "<pre>", "</pre>", "<p class=\"a  b\">", "</p>", "<!-- x  y -->", "<script>", "</script>", "<textarea>", "</TEXTAREA >",
            " ", "\n", "\t", "  ", "\r\n", "文", "\u3000", "a", "<", ">", "\"", "'", "=", "<!", "/",
        ];
        var token = Gen.Int[0, tokens.Length - 1].Select(i => tokens[i]);

        token.Array[0, 40].Select(string.Concat).Sample(html =>
        {
            var once = Collapse(html);

            Assert.True(once.Length <= html.Length);
            Assert.Equal(Strip(html), Strip(once));
            Assert.Equal(once, Collapse(once));
        });
    }

    [Fact]
    public void The_site_style_sheet_makes_no_element_preformatted()
    {
        // HtmlWhitespace knows the elements whose white space is shown as it is; a style sheet could add others.
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "OpenData.Site", "Assets", "site.css"));

        Assert.DoesNotMatch(@"white-space\s*:\s*(pre|break-spaces)", css);
    }

    private static string Collapse(string html)
    {
        var chars = html.ToCharArray();
        return new string(chars, 0, HtmlWhitespace.Collapse(chars));
    }

    private static string Strip(string html) => string.Concat(html.Where(c => !HtmlWhitespace.IsWhiteSpace(c)));
}
