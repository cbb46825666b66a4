using System.Security.Cryptography;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;
using MlPipeline.Training.Native;

namespace MlPipeline.Training.Tests.Boosting;

public sealed class XGBoostTrainerTests
{
    private static readonly TrainingTask BinaryTask = new(TaskKind.Binary, 2);
    private static readonly XGBoostParameters Small = new(Eta: 0.3, MaxDepth: 3, NumBoostRound: 20, EarlyStoppingRounds: 0, Nthread: 1);

    [Fact]
    public void TheLoadedLibraryIsXGBoost17()
    {
        Assert.Equal(1, XGBoostLibrary.Version.Major);
        Assert.Equal(7, XGBoostLibrary.Version.Minor);
    }

    [Fact]
    public void BinaryTrainingLowersTheValidationLossAndSeparatesTheClasses()
    {
        var train = SyntheticData.Rows(0, 800, SyntheticData.Binary);
        var validation = SyntheticData.Rows(800, 200, SyntheticData.Binary);

        using var model = XGBoostTrainer.Train(BinaryTask, train, validation, Small);
        using var matrix = DMatrix.Create(validation.Features, validation.RowCount, 3);
        var probabilities = model.Booster.Predict(matrix).Values;

        Assert.True(model.History[^1].ValidationValue < model.History[0].ValidationValue / 3);
        var correct = probabilities.Select((p, i) => (p >= 0.5f ? 1 : 0) == validation.Labels[i]).Count(c => c);
        Assert.True(correct >= 195, $"{correct} of 200 correct");
    }

    [Fact]
    public void PredictionsEqualPythonXGBoostOnTheSameDataAndParameters()
    {
        var train = SyntheticData.Rows(0, 800, SyntheticData.Binary);
        var validation = SyntheticData.Rows(800, 200, SyntheticData.Binary);

        using var model = XGBoostTrainer.Train(BinaryTask, train, validation, Small);
        using var matrix = DMatrix.Create(validation.Features, validation.RowCount, 3);
        var probabilities = model.Booster.Predict(matrix).Values;

        // python3-xgboost 1.7.4 on the same formula rows: xgb.train({"objective": "binary:logistic", "eval_metric": "logloss",
        // "tree_method": "hist", "eta": 0.3, "max_depth": 3, "nthread": 1, "seed": 0}, DMatrix(X[:800], y[:800]), 20)
        // .predict(DMatrix(X[800:805]))
        float[] python = [0.044244468212127686f, 0.008440553210675716f, 0.6456400156021118f, 0.009125150740146637f, 0.9567395448684692f];
        for (var i = 0; i < python.Length; i++)
        {
            Assert.Equal(python[i], probabilities[i], 1e-6f);
        }
    }

    [Fact]
    public void MulticlassProbabilitiesSumToOnePerRow()
    {
        var train = SyntheticData.Rows(0, 600, SyntheticData.ThreeClasses);
        var validation = SyntheticData.Rows(600, 150, SyntheticData.ThreeClasses);

        using var model = XGBoostTrainer.Train(new TrainingTask(TaskKind.Multiclass, 3), train, validation, Small);
        using var matrix = DMatrix.Create(validation.Features, validation.RowCount, 3);
        var prediction = model.Booster.Predict(matrix);

        Assert.Equal([150, 3], prediction.Shape);
        for (var row = 0; row < 150; row++)
        {
            Assert.Equal(1f, prediction.Values[row * 3] + prediction.Values[(row * 3) + 1] + prediction.Values[(row * 3) + 2], 1e-5f);
        }
    }

    [Fact]
    public void RegressionFitsALinearTargetClosely()
    {
        var train = SyntheticData.Rows(0, 1000, SyntheticData.Linear);
        var validation = SyntheticData.Rows(1000, 200, SyntheticData.Linear);

        using var model = XGBoostTrainer.Train(TrainingTask.Regression, train, validation, Small with { NumBoostRound = 200, MaxDepth = 4 });

        // The target spans about 3 units; a rmse under 0.05 means the trees learned it.
        Assert.True(model.Best.ValidationValue < 0.05, $"validation rmse {model.Best.ValidationValue}");
    }

    [Fact]
    public void TheSameDataParametersSeedAndThreadsGiveAByteIdenticalModel()
    {
        var parameters = Small with { Subsample = 0.8, ColsampleBytree = 0.7, Nthread = 2, Seed = 7 };

        var first = TrainBytes(parameters);
        var second = TrainBytes(parameters);
        var otherSeed = TrainBytes(parameters with { Seed = 8 });

        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
        Assert.NotEqual(SHA256.HashData(first), SHA256.HashData(otherSeed));
    }

    [Fact]
    public void EarlyStoppingKeepsOnlyTheRoundsUpToTheBestOne()
    {
        // Labels unrelated to the features: the validation loss stops improving early.
        var train = SyntheticData.Rows(0, 400, (x0, x1, x2) => (x0 * 1000 % 2) < 1 ? 1 : 0);
        var validation = SyntheticData.Rows(400, 200, (x0, x1, x2) => (x2 * 1000 % 2) < 1 ? 1 : 0);

        using var model = XGBoostTrainer.Train(BinaryTask, train, validation, Small with { NumBoostRound = 200, EarlyStoppingRounds = 5 });

        Assert.True(model.RoundsTrained < 200);
        Assert.Equal(model.BestIteration + 5 + 1, model.RoundsTrained);
        Assert.Equal(model.BestIteration + 1, model.Booster.BoostedRounds);
    }

    [Fact]
    public void ShapContributionsOfARowSumToItsMargin()
    {
        var train = SyntheticData.Rows(0, 800, SyntheticData.Binary);
        var validation = SyntheticData.Rows(800, 200, SyntheticData.Binary);
        using var model = XGBoostTrainer.Train(BinaryTask, train, validation, Small);
        using var matrix = DMatrix.Create(validation.Features, validation.RowCount, 3);

        var contributions = model.Booster.Predict(matrix, PredictionKind.Contributions);
        var margins = model.Booster.Predict(matrix, PredictionKind.Margin).Values;

        Assert.Equal([200, 4], contributions.Shape);
        for (var row = 0; row < 200; row++)
        {
            Assert.Equal(margins[row], contributions.Values.AsSpan(row * 4, 4).ToArray().Sum(), 1e-4f);
        }
    }

    [Fact]
    public void ASavedModelLoadsBackAndPredictsTheSame()
    {
        var train = SyntheticData.Rows(0, 800, SyntheticData.Binary);
        var validation = SyntheticData.Rows(800, 200, SyntheticData.Binary);
        using var model = XGBoostTrainer.Train(BinaryTask, train, validation, Small);
        using var matrix = DMatrix.Create(validation.Features, validation.RowCount, 3);

        using var loaded = Booster.Load(model.Booster.SaveJson());

        Assert.Equal(model.Booster.Predict(matrix).Values, loaded.Predict(matrix).Values);
    }

    [Fact]
    public void OutOfRangeParametersAreAllNamedByTheirOption()
    {
        var error = Assert.Throws<TrainingException>(() => (Small with { Eta = 0, MaxDepth = -1 }).Validate());

        Assert.Equal("Invalid training parameters: --eta is 0 but must be > 0; --max-depth is -1 but must be >= 0.", error.Message);
    }

    [Fact]
    public void XGBoostsOwnMessageSurfacesWhenItRejectsACall()
    {
        var rows = SyntheticData.Rows(0, 10, SyntheticData.Binary);
        using var matrix = DMatrix.Create(rows.Features, rows.RowCount, 3, rows.Labels);
        using var booster = Booster.Create(matrix);
        booster.SetParameter("objective", "nonsense");

        var error = Assert.Throws<XGBoostException>(() => booster.UpdateOneIteration(0, matrix));

        Assert.StartsWith("XGBoost failed to train round 1: ", error.Message);
        Assert.Contains("Unknown objective function: `nonsense`", error.Message);
        Assert.DoesNotContain("Stack trace", error.Message);
    }

    [Fact]
    public void ANonFiniteLabelIsRejectedBeforeTraining()
    {
        var train = SyntheticData.Rows(0, 100, SyntheticData.Linear);
        train.Labels[3] = float.NaN;

        var error = Assert.Throws<TrainingException>(() => XGBoostTrainer.Train(TrainingTask.Regression, train, SyntheticData.Rows(100, 20, SyntheticData.Linear), Small));

        Assert.Equal("Row 3 of the training split has label NaN; labels must be finite numbers.", error.Message);
    }

    [Fact]
    public void AMissingLibraryIsAnErrorThatSaysHowToInstallIt()
    {
        var error = Assert.Throws<XGBoostException>(() => XGBoostLibrary.EnsureLoadable("libxgboost-absent.so.0"));

        Assert.Contains("libxgboost-absent.so.0 was not found. Install it: sudo apt-get install -y libxgboost0", error.Message);
    }

    private static byte[] TrainBytes(XGBoostParameters parameters)
    {
        var train = SyntheticData.Rows(0, 800, SyntheticData.Binary);
        var validation = SyntheticData.Rows(800, 200, SyntheticData.Binary);
        using var model = XGBoostTrainer.Train(BinaryTask, train, validation, parameters);
        return model.Booster.SaveJson();
    }
}
