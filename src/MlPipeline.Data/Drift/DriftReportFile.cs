using System.Text.Json;
using MlPipeline.Data.IO;
using MlPipeline.Foundation.Files;

namespace MlPipeline.Data.Drift;

/// <summary>Writes <c>artifacts/data/drift.json</c>.</summary>
public static class DriftReportFile
{
    /// <summary>
    /// Writes <c>{"drifted", "drifted_share", "columns": [{"name", "method", "score", "threshold", "drifted", "critical", "statistic"}], "share_threshold"}</c>
    /// atomically (temporary file, then rename), creating the folder.
    /// </summary>
    public static void Write(string path, DriftReport report) =>
        AtomicFile.Write(path, JsonSerializer.Serialize(report, DataJson.Options));
}
