namespace MlPipeline.Reporting.Curves;

/// <summary>A point of a ROC (x = false positive rate, y = true positive rate) or PR curve (x = recall, y = precision) at a score threshold.</summary>
/// <param name="Threshold">Rows scoring at least this are called positive; +∞ for the curve's starting point.</param>
public readonly record struct CurvePoint(double X, double Y, double Threshold);
