namespace MlPipeline.Build;

/// <summary>Starts progress displays for long work: a live bar in a terminal, plain lines in CI logs.</summary>
public interface IBuildProgress
{
    /// <param name="description">What is being counted, e.g. "Boosting rounds".</param>
    /// <param name="total">The count at which the work is done.</param>
    IProgressTask Start(string description, long total);
}

/// <summary>One piece of long work; dispose it when the work ends (also on failure).</summary>
public interface IProgressTask : IProgress<long>, IDisposable
{
    /// <summary>Adds to the count done so far.</summary>
    void Increment(long amount = 1);
}
