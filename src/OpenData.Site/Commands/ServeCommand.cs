using System.CommandLine;
using System.Runtime.InteropServices;
using OpenData.Site.Serve;

namespace OpenData.Site.Commands;

/// <summary><c>opendata serve</c>: build, serve on 127.0.0.1, rebuild on every change and reload the open pages.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output)
    {
        var (data, input, outputFolder) = SiteFolderOptions.Create();
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be 0–65535");
            }
        });
        var command = new Command("serve", """
            Build the site, serve it on 127.0.0.1 only, watch data/ and input/ and rebuild after every change;
            open pages reload by themselves. A failed rebuild is shown in the page while the last good site
            keeps being served. Stop with Ctrl+C.

            Examples:
              opendata serve
              opendata serve --port 8080 --data data --input input
            """)
        {
            data, input, outputFolder, port,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            // Ctrl+C (SIGINT) and SIGTERM end the wait below; the session then stops the server, the watchers and the
            // debounce timer. A build still running is left to the atomic publish: the output is the last good site.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            await using var session = await ServeSession.StartAsync(
                parse.GetValue(data)!, parse.GetValue(input)!, parse.GetValue(outputFolder)!, parse.GetValue(port), output, stop.Token);
            output.WriteLine($"opendata serve: {session.Address} (127.0.0.1 only); watching {parse.GetValue(data)} and {parse.GetValue(input)}; Ctrl+C stops");
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("opendata serve: stopping");
            }

            return Cli.Ok;

            void Stop(PosixSignalContext context)
            {
                // Handled here rather than by the runtime's default (which would end the process before the server stops).
                // The wait ends on another thread: stopping the server and disposing of this registration are not done
                // inside the runtime's signal callback (on a loaded machine a SIGINT once left serve running).
                context.Cancel = true;
                _ = stop.CancelAsync();
            }
        });
        return command;
    }
}
