using System.Text.Json;

namespace OpenData.EndToEnd.Tests;

/// <summary>axe-core (from the npm registry, injected into the page) finds no WCAG 2.1 A or AA violation.</summary>
[Collection(DemoSiteGroup.Name)]
public sealed class AccessibilityTests(DemoSite site)
{
    [Theory]
    [MemberData(nameof(PageTests.PageTypes), MemberType = typeof(PageTests))]
    public async Task Every_page_type_has_no_wcag_2_1_a_or_aa_violation(string name, string path)
    {
        var (page, _) = await site.OpenAsync(path);
        await page.AddScriptTagAsync(new() { Path = Tool.Node("axe-core/axe.min.js") });

        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
                .violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)
            """);

        Assert.True(violations.GetArrayLength() == 0, $"{name}: " + string.Join("\n", violations.EnumerateArray().Select(v => v.GetString())));
        await page.Context.CloseAsync();
    }
}
