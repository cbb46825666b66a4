namespace MlPipeline.Training.Tests.Tuning.Study;

/// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>, so a test sees every report before it asserts.</summary>
internal sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
