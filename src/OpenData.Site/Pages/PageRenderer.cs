using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OpenData.Site;

/// <summary>Renders page components to HTML text with <see cref="HtmlRenderer"/>.</summary>
internal static class PageRenderer
{
    private static readonly Lazy<IServiceProvider> Services = new(() =>
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);

        // Without an encoder that allows all of Unicode every Chinese character is written as &#x…;.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        return services.BuildServiceProvider();
    });

    public static string Render(Type component, PageContext context)
    {
        // A new renderer per page: a shared one keeps every rendered page in memory.
        using var renderer = new HtmlRenderer(Services.Value, NullLoggerFactory.Instance);
        var html = renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = context });
            var output = await renderer.RenderComponentAsync(component, parameters).ConfigureAwait(false);
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();
        return "<!DOCTYPE html>\n" + html.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
    }
}
