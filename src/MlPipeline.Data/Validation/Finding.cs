namespace MlPipeline.Data.Validation;

/// <summary>One problem a validation check found in a dataset.</summary>
/// <param name="Column">The column it concerns (the first of a pair), or <c>null</c> for whole rows.</param>
/// <param name="Check">A stable kebab-case id such as <c>type-parse</c> or <c>split-leakage</c>, for filtering and docs.</param>
/// <param name="Message">The whole story for a person: what, where (file:line), and how to fix it.</param>
/// <param name="Count">How many cells, rows, observations or classes are affected.</param>
/// <param name="Lines">Up to five 1-based file lines of affected rows.</param>
/// <param name="Examples">Up to five affected values (or row pairs) as text.</param>
public sealed record Finding(
    Severity Severity,
    string? Column,
    string Check,
    string Message,
    int Count,
    IReadOnlyList<int> Lines,
    IReadOnlyList<string> Examples);
