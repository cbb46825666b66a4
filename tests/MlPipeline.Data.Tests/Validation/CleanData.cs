namespace MlPipeline.Data.Tests.Validation;

public sealed class CleanData
{
    [Fact]
    public void TheBaselineDatasetHasNoFindings() => Assert.Empty(Dataset.Clean().Validate());
}
