using Spectre.Console;

namespace OpenData.Site.Commands;

/// <summary>Shows the build's steps as they run: a progress bar in a terminal, plain lines when output is redirected or under CI.</summary>
internal static class BuildProgress
{
    public static bool IsInteractive(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") != "true";

    /// <summary>Runs the build, reporting each step; returns what the build returns.</summary>
    public static T Run<T>(TextWriter output, Func<Action<string, int>, T> build)
    {
        if (!IsInteractive(output))
        {
            return build((step, number) => output.WriteLine(FormattableString.Invariant($"[{number}/{BuildPipeline.StepCount}] {step}")));
        }

        var result = default(T);
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("opendata build", maxValue: BuildPipeline.StepCount);
                result = build((step, number) =>
                {
                    task.Description = Markup.Escape(FormattableString.Invariant($"[{number}/{BuildPipeline.StepCount}] {step}"));
                    task.Value = number - 1;
                });
                task.Value = BuildPipeline.StepCount;
            });
        return result!;
    }
}
