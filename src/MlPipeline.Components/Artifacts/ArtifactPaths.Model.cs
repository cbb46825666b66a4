using MlPipeline.Build;
using MlPipeline.Components.Training;
using MlPipeline.Training.Trainers;

namespace MlPipeline.Components.Artifacts;

public static partial class ArtifactPaths
{
    /// <summary><c>artifacts/model/</c>: the model Train writes and what Evaluate, RegressionTest, Register and the ONNX targets say about it.</summary>
    public static class Model
    {
        public static AbsolutePath Folder(IPipelineBuild build) => Root(build) / "model";

        /// <summary><c>model.json</c> (XGBoost) or <c>model.zip</c> (ML.NET), as the build's <c>--trainer</c> writes it.</summary>
        public static AbsolutePath File(ITrain build) => File(build, TrainerCatalog.For(build.Trainer));

        public static AbsolutePath File(IPipelineBuild build, ITrainer trainer) => Folder(build) / trainer.ModelFileName;

        /// <summary>Where the model came from and how it was trained.</summary>
        public static AbsolutePath Lineage(IPipelineBuild build) => Folder(build) / "training.json";

        public static AbsolutePath Metrics(IPipelineBuild build) => Folder(build) / "metrics.json";

        /// <summary>The model's output for every benchmark row.</summary>
        public static AbsolutePath Predictions(IPipelineBuild build) => Folder(build) / "predictions.csv";

        public static AbsolutePath Importance(IPipelineBuild build) => Folder(build) / "importance.json";

        /// <summary>The gate report, for people.</summary>
        public static AbsolutePath Gate(IPipelineBuild build) => Folder(build) / "gate.json";

        /// <summary>The gate verdict for one model file, which Register trusts.</summary>
        public static AbsolutePath Verdict(IPipelineBuild build) => Folder(build) / "verdict.json";

        public static AbsolutePath Registration(IPipelineBuild build) => Folder(build) / "registration.json";

        public static AbsolutePath Onnx(IPipelineBuild build) => Folder(build) / "model.onnx";

        /// <summary>How closely the ONNX model reproduces the trained one on the benchmark rows.</summary>
        public static AbsolutePath Parity(IPipelineBuild build) => Folder(build) / "parity.json";
    }
}
