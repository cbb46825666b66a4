using MlPipeline.Build;

namespace MlPipeline.Components.Artifacts;

public static partial class ArtifactPaths
{
    /// <summary>The committed files that travel with a dataset, beside it: <c>data/x.csv</c> → <c>data/x.schema.json</c>, <c>data/x.benchmark.json</c>.</summary>
    public static class Dataset
    {
        /// <summary>The dataset the pipeline works on unless <c>--dataset</c> names another.</summary>
        public static AbsolutePath Default(IPipelineBuild build) => build.RootDirectory / "data" / "seattle-weather.csv";

        /// <summary>The schema InferSchema writes and every target reads, unless <c>--schema</c> names another.</summary>
        public static AbsolutePath Schema(AbsolutePath dataset) => Beside(dataset, ".schema.json");

        /// <summary>The pin of the benchmark rows that every model version is judged on.</summary>
        public static AbsolutePath BenchmarkPin(AbsolutePath dataset) => Beside(dataset, ".benchmark.json");

        private static AbsolutePath Beside(AbsolutePath dataset, string suffix) => dataset.Parent! / (Path.GetFileNameWithoutExtension(dataset) + suffix);
    }
}
