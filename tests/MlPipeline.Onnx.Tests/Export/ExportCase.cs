namespace MlPipeline.Onnx.Tests.Export;

/// <summary>A trained model as XGBoost saved it, rows it was not trained on, and XGBoost's own predictions for them.</summary>
/// <param name="Features">Row-major, <see cref="Rows"/> × <see cref="ExportRows.FeatureCount"/>, with NaNs.</param>
/// <param name="Values">XGBoost's predictions: probabilities [rows, classes] for multi:softprob, the class index for multi:softmax, p(class 1) for binary, the value for regression.</param>
/// <param name="Margins">XGBoost's margins: [rows, classes] for multiclass, one per row otherwise.</param>
internal sealed record ExportCase(string Name, byte[] Json, float[] Features, int Rows, float[] Values, float[] Margins)
{
    public override string ToString() => Name;
}
