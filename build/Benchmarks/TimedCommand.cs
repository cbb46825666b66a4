namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>A command line a benchmark times, with the text it is shown as in BENCHMARKS.md.</summary>
internal sealed record TimedCommand(string Display, string FileName, IReadOnlyList<string> Arguments);
