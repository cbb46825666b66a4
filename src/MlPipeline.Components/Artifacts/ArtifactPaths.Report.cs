using MlPipeline.Build;
using MlPipeline.Reporting;

namespace MlPipeline.Components.Artifacts;

public static partial class ArtifactPaths
{
    /// <summary><c>artifacts/report/</c>: what Report writes for people (a pull-request comment, a page with charts).</summary>
    public static class Report
    {
        public static AbsolutePath Folder(IPipelineBuild build) => Root(build) / "report";

        public static AbsolutePath Markdown(IPipelineBuild build) => Folder(build) / ReportFiles.MarkdownName;

        public static AbsolutePath Html(IPipelineBuild build) => Folder(build) / ReportFiles.HtmlName;

        /// <summary>The model card, attached to releases when it exists.</summary>
        public static AbsolutePath ModelCard(IPipelineBuild build) => Folder(build) / "model-card.md";

        /// <summary>The default npm prefix of the Vega libraries report.html inlines: <c>.nuke/temp/tools/report</c>.</summary>
        public static AbsolutePath Libraries(IPipelineBuild build) => build.RootDirectory / ".nuke" / "temp" / "tools" / "report";
    }
}
