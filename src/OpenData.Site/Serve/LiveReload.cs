namespace OpenData.Site.Serve;

/// <summary>The live-reload script injected into HTML pages by the preview server (never into the built files).</summary>
internal static class LiveReload
{
    // Polling keeps the server simple and works through any proxy; one request a second is nothing on 127.0.0.1.
    public const string Script = """
        <script>
        (function () {
          var seen = null, box = null;
          function show(message) {
            if (!box) { box = document.createElement('pre'); box.id = 'opendata-build-error'; box.setAttribute('role', 'alert');
              box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1em;background:#7a0000;color:#fff;z-index:9999;white-space:pre-wrap';
              document.body.appendChild(box); }
            box.textContent = '构建失败，仍显示上一次成功构建的网站 / Build failed; the last good site is still served:\n\n' + message;
          }
          function poll() {
            fetch('/__opendata/status', { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (s) {
              if (seen !== null && s.generation !== seen) { location.reload(); return; }
              seen = s.generation;
              if (s.error) { show(s.error); } else if (box) { box.remove(); box = null; }
            }).catch(function () {}).finally(function () { setTimeout(poll, 1000); });
          }
          poll();
        })();
        </script>
        """;

    public static string Inject(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + Script : string.Concat(html.AsSpan(0, end), Script, html.AsSpan(end));
    }
}
