using MlPipeline.Serving.Bundle;
using MlPipeline.Serving.Tests.Support;

namespace MlPipeline.Serving.Tests;

public sealed class Bundles
{
    [Theory]
    [InlineData("model.onnx")]
    [InlineData("training.json")]
    [InlineData("schema.json")]
    [InlineData("metrics.json")]
    [InlineData("model.json")]
    public void ABundleMissingAFileIsRefusedNamingIt(string file)
    {
        var directory = ServedModels.CopyOf(ServedModels.Binary);
        File.Delete(Path.Combine(directory, file));

        var error = Assert.Throws<BundleException>(() => ServingApp.Create([], new ServingOptions(directory)));

        Assert.Contains($"has no {file}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACategoricalFeatureWithoutCategoriesCannotBeServed()
    {
        var directory = ServedModels.CopyOf(ServedModels.Multiclass);
        var schema = Path.Combine(directory, "schema.json");
        File.WriteAllText(schema, File.ReadAllText(schema).Replace(", \"categories\": [\"Biscoe\", \"Dream\", \"Torgersen\"]", "", StringComparison.Ordinal));

        var error = Assert.Throws<BundleException>(() => ServingApp.Create([], new ServingOptions(directory)));

        Assert.Contains("Column \"Island\" is categorical but the schema lists no categories", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheModelDirectoryComesFromTheCommandLineThenTheEnvironment()
    {
        Assert.Equal("/a", ServingOptions.ModelDirectoryFrom(["--urls", "http://x", "--model-dir", "/a"]));
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "model"), ServingOptions.ModelDirectoryFrom([]));
    }
}
