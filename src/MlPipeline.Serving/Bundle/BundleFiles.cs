namespace MlPipeline.Serving.Bundle;

/// <summary>The files of a model bundle: the directory PackageModel writes and the service serves.</summary>
public static class BundleFiles
{
    public const string Onnx = "model.onnx";

    public const string Training = "training.json";

    public const string Schema = "schema.json";

    public const string Metrics = "metrics.json";

    /// <summary>Present when the model was registered; without it the model is served as version "0".</summary>
    public const string Registration = "registration.json";

    /// <summary>The XGBoost JSON model, present for XGBoost models only: what /explain reads.</summary>
    public const string XGBoostModel = "model.json";

    /// <summary>The files every bundle has.</summary>
    public static IReadOnlyList<string> Required { get; } = [Onnx, Training, Schema, Metrics];

    /// <summary>Environment variable naming the bundle directory when --model-dir is not given.</summary>
    public const string DirectoryVariable = "MLPIPELINE_MODEL_DIR";
}
