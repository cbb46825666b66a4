using System.Text;
using static MlPipeline.Training.Gates.GateNumbers;

namespace MlPipeline.Training.Gates;

/// <summary>The gate report as a plain, aligned text table for the console.</summary>
public static class GateTable
{
    private const string Gap = "  ";

    /// <summary>
    /// One row per verdict (gate, state, candidate, baseline, delta [low, high], message) under a header, preceded by
    /// "no baseline yet: only absolute gates apply" when there was no baseline and followed by the counts. Lines end in '\n'.
    /// </summary>
    public static string Render(GateReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        string[] header = ["gate", "state", "candidate", "baseline", $"delta [{Short(report.ConfidenceLevel * 100)}% interval]", "message"];
        var rows = report.Verdicts
            .Select(v => new[] { v.Gate, State(v.State), Value(v.Candidate), Value(v.Baseline), Delta(v), v.Message })
            .Prepend(header)
            .ToList();
        var widths = header.Select((_, column) => rows.Max(row => row[column].Length)).ToArray();

        var text = new StringBuilder();
        if (!report.HasBaseline)
        {
            text.Append("no baseline yet: only absolute gates apply\n");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            Line(text, rows[i], widths);
            if (i == 0)
            {
                Line(text, [.. widths.Select(width => new string('-', width))], widths);
            }
        }

        int Count(GateState state) => report.Verdicts.Count(v => v.State == state);
        text.Append($"{(report.Passed ? "passed" : "FAILED")}: {Count(GateState.Passed)} passed, {Count(GateState.Failed)} failed, {Count(GateState.Skipped)} skipped\n");
        return text.ToString();
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        var line = string.Join(Gap, cells.Select((cell, column) => cell.PadRight(widths[column])));
        text.Append(line.TrimEnd()).Append('\n');
    }

    private static string State(GateState state) => state.ToString().ToLowerInvariant();

    private static string Value(double? value) => value is { } v ? Short(v) : "";

    private static string Delta(GateVerdict verdict) => verdict switch
    {
        { Delta: { } delta, DeltaLow: { } low, DeltaHigh: { } high } => $"{Signed(delta)} [{Signed(low)}, {Signed(high)}]",
        { Delta: { } delta } => Signed(delta),
        _ => "",
    };
}
