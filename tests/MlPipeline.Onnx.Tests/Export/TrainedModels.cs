using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;

namespace MlPipeline.Onnx.Tests.Export;

/// <summary>Real XGBoost models, trained once per test run: by XGBoostTrainer as the pipeline does, and by a bare Booster for the objectives it does not use.</summary>
internal static class TrainedModels
{
    private const int TestStart = 2000;

    private const int TestRows = 300;

    private static readonly XGBoostParameters Small = new(Eta: 0.3, MaxDepth: 4, NumBoostRound: 30, EarlyStoppingRounds: 0, Nthread: 1);

    private static readonly Lazy<ExportCase> BinaryModel = new(() =>
        FromTrainer("binary", new TrainingTask(TaskKind.Binary, 2), ExportRows.Binary));

    private static readonly Lazy<ExportCase> MulticlassModel = new(() =>
        FromTrainer("multiclass", new TrainingTask(TaskKind.Multiclass, 3), ExportRows.ThreeClasses));

    private static readonly Lazy<ExportCase> RegressionModel = new(() =>
        FromTrainer("regression", TrainingTask.Regression, ExportRows.Linear));

    private static readonly Lazy<ExportCase> BinaryFromBaseScoreModel = new(() =>
        FromBooster("binary, base_score 0.3", ExportRows.Binary, ("objective", "binary:logistic"), ("base_score", "0.3")));

    private static readonly Lazy<ExportCase> SoftmaxModel = new(() =>
        FromBooster("multi:softmax", ExportRows.ThreeClasses, ("objective", "multi:softmax"), ("num_class", "3")));

    private static readonly Lazy<ExportCase> LogisticRegressionModel = new(() =>
        FromBooster("reg:logistic", ExportRows.Fraction, ("objective", "reg:logistic"), ("base_score", "0.4")));

    private static readonly Lazy<ExportCase> RegressionFromBaseScoreModel = new(() =>
        FromBooster("regression, base_score 1.5", ExportRows.Linear, ("objective", "reg:squarederror"), ("base_score", "1.5")));

    public static ExportCase Binary => BinaryModel.Value;

    public static ExportCase Multiclass => MulticlassModel.Value;

    public static ExportCase Regression => RegressionModel.Value;

    public static ExportCase BinaryFromBaseScore => BinaryFromBaseScoreModel.Value;

    public static ExportCase Softmax => SoftmaxModel.Value;

    public static ExportCase LogisticRegression => LogisticRegressionModel.Value;

    public static ExportCase RegressionFromBaseScore => RegressionFromBaseScoreModel.Value;

    public static IEnumerable<ExportCase> All =>
        [Binary, Multiclass, Regression, BinaryFromBaseScore, Softmax, LogisticRegression, RegressionFromBaseScore];

    /// <summary>For [MemberData]: every case by name.</summary>
    public static TheoryData<string> Names => new(All.Select(c => c.Name));

    public static ExportCase Named(string name) => All.Single(c => c.Name == name);

    private static ExportCase FromTrainer(string name, TrainingTask task, Func<float, float, float, float, float> label)
    {
        using var model = XGBoostTrainer.Train(task, ExportRows.Rows(0, 1200, label), ExportRows.Rows(1200, 300, label), Small);
        return Predicted(name, model.Booster);
    }

    private static ExportCase FromBooster(string name, Func<float, float, float, float, float> label, params (string Name, string Value)[] parameters)
    {
        var train = ExportRows.Rows(0, 1200, label);
        using var matrix = DMatrix.Create(train.Features, train.RowCount, train.FeatureCount, train.Labels);
        using var booster = Booster.Create(matrix);
        foreach (var (parameter, value) in parameters)
        {
            booster.SetParameter(parameter, value);
        }

        booster.SetParameter("tree_method", "hist");
        booster.SetParameter("max_depth", "4");
        booster.SetParameter("nthread", "1");
        booster.SetParameter("seed", "0");
        booster.SetParameter("verbosity", "0");
        for (var iteration = 0; iteration < 30; iteration++)
        {
            booster.UpdateOneIteration(iteration, matrix);
        }

        return Predicted(name, booster);
    }

    private static ExportCase Predicted(string name, Booster booster)
    {
        var test = ExportRows.Rows(TestStart, TestRows, (_, _, _, _) => 0);
        using var matrix = DMatrix.Create(test.Features, test.RowCount, test.FeatureCount);
        return new ExportCase(
            name,
            booster.SaveJson(),
            test.Features,
            test.RowCount,
            booster.Predict(matrix).Values,
            booster.Predict(matrix, PredictionKind.Margin).Values);
    }
}
