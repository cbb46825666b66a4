namespace MlPipeline.Reporting.Content;

/// <summary>The parts of a report whose data may be missing.</summary>
public enum ReportPart
{
    Gates,
    Predictions,
    Importance,
    History,
    Tuning,
    Drift,
}
