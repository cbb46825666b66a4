namespace MlPipeline.GitHub.Comments;

/// <summary>The sticky comment after it was posted.</summary>
/// <param name="Created">True when no comment of the workflow existed and one was created; false when it was edited.</param>
public sealed record CommentResult(long Id, Uri Url, bool Created);
