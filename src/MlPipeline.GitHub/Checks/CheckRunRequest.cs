namespace MlPipeline.GitHub.Checks;

/// <summary>A finished check on one commit: its verdict, a summary (markdown) and annotations.</summary>
/// <param name="Name">The check's name as GitHub lists it, e.g. "Regression gate".</param>
/// <param name="HeadSha">The commit the check is about (<c>GITHUB_SHA</c>, or the pull request's head).</param>
/// <param name="Title">One line shown beside the check.</param>
public sealed record CheckRunRequest(string Name, string HeadSha, bool Passed, string Title, string Summary, IReadOnlyList<CheckAnnotation> Annotations);
