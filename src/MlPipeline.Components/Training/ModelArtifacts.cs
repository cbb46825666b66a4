using MlPipeline.Build;
using MlPipeline.Training.Trainers;

namespace MlPipeline.Components.Training;

/// <summary>Where Train, Evaluate, RegressionTest, Register and the ONNX targets leave the model and what describes it.</summary>
internal static class ModelArtifacts
{
    public static AbsolutePath Folder(IPipelineBuild build) => build.RootDirectory / "artifacts" / "model";

    /// <summary>model.json (XGBoost) or model.zip (ML.NET), as the build's --trainer writes it.</summary>
    public static AbsolutePath Model(ITrain build) => Model(build, TrainerCatalog.For(build.Trainer));

    public static AbsolutePath Model(IPipelineBuild build, ITrainer trainer) => Folder(build) / trainer.ModelFileName;

    public static AbsolutePath Lineage(IPipelineBuild build) => Folder(build) / "training.json";

    public static AbsolutePath Metrics(IPipelineBuild build) => Folder(build) / "metrics.json";

    public static AbsolutePath Predictions(IPipelineBuild build) => Folder(build) / "predictions.csv";

    public static AbsolutePath Importance(IPipelineBuild build) => Folder(build) / "importance.json";

    public static AbsolutePath Gate(IPipelineBuild build) => Folder(build) / "gate.json";

    public static AbsolutePath Verdict(IPipelineBuild build) => Folder(build) / "verdict.json";

    public static AbsolutePath Registration(IPipelineBuild build) => Folder(build) / "registration.json";

    public static AbsolutePath Onnx(IPipelineBuild build) => Folder(build) / "model.onnx";

    public static AbsolutePath Parity(IPipelineBuild build) => Folder(build) / "parity.json";
}
