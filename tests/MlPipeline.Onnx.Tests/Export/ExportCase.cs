namespace MlPipeline.Onnx.Tests.Export;

/// <summary>A trained model as XGBoost saved it, rows it was not trained on, and XGBoost's own predictions for them.</summary>
/// <param name="Features">Row-major, <see cref="Rows"/> × <see cref="ExportRows.FeatureCount"/>, with NaNs.</param>
/// <param name="Values">XGBoost's predictions: probabilities [rows, classes] for multi:softprob, p(class 1) per row for binary, the value otherwise.</param>
/// <param name="Margins">XGBoost's margins: [rows, classes] for multiclass, one per row otherwise.</param>
public sealed record ExportCase(string Name, string Objective, byte[] Json, float[] Features, int Rows, float[] Values, float[] Margins)
{
    public override string ToString() => Name;
}
