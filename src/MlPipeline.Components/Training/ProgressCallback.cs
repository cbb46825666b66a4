namespace MlPipeline.Components.Training;

/// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, which posts to the thread pool and can report after the work ended.</summary>
internal sealed class ProgressCallback<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
