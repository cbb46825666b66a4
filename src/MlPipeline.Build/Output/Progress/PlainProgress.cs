using System.Globalization;

namespace MlPipeline.Build.Output.Progress;

/// <summary>Progress for logs: one line at every tenth of the work and one at the end, never a redraw.</summary>
internal sealed class PlainProgress(TextWriter output, TimeProvider time) : IBuildProgress
{
    public IProgressTask Start(string description, long total) => new Task(output, time, description, Math.Max(total, 1));

    private sealed class Task(TextWriter output, TimeProvider time, string description, long total) : IProgressTask
    {
        private readonly long _started = time.GetTimestamp();
        private long _value;
        private int _reportedTenths;
        private bool _disposed;

        public void Increment(long amount = 1) => Report(Interlocked.Add(ref _value, amount));

        public void Report(long value)
        {
            Interlocked.Exchange(ref _value, value);
            var tenths = (int)Math.Clamp(value * 10 / total, 0, 10);
            lock (this)
            {
                if (tenths > _reportedTenths && tenths < 10)
                {
                    _reportedTenths = tenths;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{description}: {value}/{total} ({tenths * 10}%)"));
                }
            }
        }

        public void Dispose()
        {
            lock (this)
            {
                if (_disposed)
                {
                    return;
                }

                _disposed = true;
                var seconds = time.GetElapsedTime(_started).TotalSeconds;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{description}: {Interlocked.Read(ref _value)}/{total} done in {seconds:0.0}s"));
            }
        }
    }
}
