using Spectre.Console;

namespace MlPipeline.Build.Output.Progress;

/// <summary>A live Spectre.Console progress bar, for interactive terminals only.</summary>
internal sealed class LiveProgress(IAnsiConsole console) : IBuildProgress
{
    public IProgressTask Start(string description, long total) => new Task(console, description, Math.Max(total, 1));

    private sealed class Task : IProgressTask
    {
        private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly System.Threading.Tasks.Task _rendering;
        private readonly ProgressTask _bar;

        public Task(IAnsiConsole console, string description, long total)
        {
            var started = new TaskCompletionSource<ProgressTask>(TaskCreationOptions.RunContinuationsAsynchronously);
            _rendering = console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    started.SetResult(context.AddTask(Markup.Escape(description), maxValue: total));
                    await _finished.Task.ConfigureAwait(false);
                });

            // Spectre hands out the task only inside its render loop; waiting here is for that hand-over alone.
            _bar = started.Task.GetAwaiter().GetResult();
        }

        public void Increment(long amount = 1) => _bar.Increment(amount);

        public void Report(long value) => _bar.Value = value;

        public void Dispose()
        {
            _bar.StopTask();
            _finished.TrySetResult();
            _rendering.GetAwaiter().GetResult();
        }
    }
}
