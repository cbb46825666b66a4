using MlPipeline.Build;

namespace MlPipeline.Components.Artifacts;

public static partial class ArtifactPaths
{
    /// <summary><c>artifacts/report/</c>: the Report target's pages, which the GitHub targets post and attach.</summary>
    public static class Report
    {
        public static AbsolutePath Folder(IPipelineBuild build) => Root(build) / "report";

        /// <summary>The report as markdown (Mermaid charts), the body of the pull-request comment and the promotion pull request.</summary>
        public static AbsolutePath Markdown(IPipelineBuild build) => Folder(build) / "report.md";

        /// <summary>The offline HTML report, attached to releases.</summary>
        public static AbsolutePath Html(IPipelineBuild build) => Folder(build) / "report.html";

        /// <summary>The model card, attached to releases when it exists.</summary>
        public static AbsolutePath ModelCard(IPipelineBuild build) => Folder(build) / "model-card.md";
    }
}
