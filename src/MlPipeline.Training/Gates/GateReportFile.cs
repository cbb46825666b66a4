using System.Text.Encodings.Web;
using System.Text.Json;
using MlPipeline.Data.IO;
using MlPipeline.Foundation.Files;

namespace MlPipeline.Training.Gates;

/// <summary>Writes <c>gate.json</c>.</summary>
/// <remarks>
/// Shape (the pipeline's <see cref="DataJson"/> conventions: snake_case, lowercase enums, indented):
/// <c>{"passed": bool, "verdicts": [{"gate", "metric", "kind": "absolute"|"baseline", "state": "passed"|"failed"|"skipped",
/// "candidate", "baseline", "threshold", "tolerance", "delta", "delta_low", "delta_high", "message"}],
/// "has_baseline": bool, "confidence_level": number}</c>; a number that does not apply is null.
/// </remarks>
public static class GateReportFile
{
    // Gate texts hold '>' and '<'; the default encoder's \u003E is safe only where nobody reads the file, and it is
    // never embedded in HTML unescaped.
    private static readonly JsonSerializerOptions Options = new(DataJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the file whole or not at all (a temporary file beside it, then a rename); creates the folder.</summary>
    public static void Write(string path, GateReport report)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(report);
        AtomicFile.Write(path, stream =>
        {
            JsonSerializer.Serialize(stream, report, Options);
            stream.WriteByte((byte)'\n');
        });
    }
}
