using MlPipeline.Onnx.Explanation;
using MlPipeline.Serving.Bundle;

namespace MlPipeline.Serving.Scoring;

/// <summary>The served model: its bundle, the encoder, the ONNX session and, for XGBoost models, the explainer. Loaded once at start.</summary>
internal sealed class ModelService : IDisposable
{
    private ModelService(ModelBundle bundle, ModelScorer scorer, XGBoostExplainer? explainer)
    {
        Bundle = bundle;
        Encoder = new RowEncoder(bundle);
        Scorer = scorer;
        Explainer = explainer;
    }

    public ModelBundle Bundle { get; }

    public RowEncoder Encoder { get; }

    public ModelScorer Scorer { get; }

    /// <summary>Null for models not trained by XGBoost, which have no tree model to explain.</summary>
    public XGBoostExplainer? Explainer { get; }

    /// <exception cref="BundleException">The bundle is incomplete, or its model cannot be loaded.</exception>
    public static ModelService Load(string directory)
    {
        var bundle = ModelBundle.Load(directory);
        var explainer = bundle.IsXGBoost ? LoadExplainer(bundle) : null;
        return new ModelService(bundle, ModelScorer.Open(bundle), explainer);
    }

    public void Dispose() => Scorer.Dispose();

    private static XGBoostExplainer LoadExplainer(ModelBundle bundle)
    {
        try
        {
            var explainer = XGBoostExplainer.Load(File.ReadAllBytes(bundle.XGBoostModelPath));
            return explainer.FeatureCount == bundle.Parsers.Count
                ? explainer
                : throw new BundleException($"{bundle.XGBoostModelPath} has {explainer.FeatureCount} features but {BundleFiles.Training} lists {bundle.Parsers.Count}; the files come from different trainings. Write the bundle again with ./build.sh PackageModel.");
        }
        catch (Onnx.Export.OnnxExportException exception)
        {
            throw new BundleException($"{bundle.XGBoostModelPath} cannot be read: {exception.Message}", exception);
        }
    }
}
