using MlPipeline.Data.Schemas;
using MlPipeline.Training.Features;

namespace MlPipeline.Training.Boosting;

/// <summary>Trains an XGBoost model round by round, early-stopping on the validation rows.</summary>
public static class XGBoostTrainer
{
    /// <param name="stopAfter">
    /// Called after each round (after <paramref name="progress"/>); returning true ends training there, keeping the best
    /// round so far, and the model says <see cref="TrainedModel.Stopped"/>. Tuning uses it to prune weak trials. It comes
    /// after <paramref name="cancellation"/> so that callers passing the token by position keep compiling.
    /// </param>
    /// <exception cref="TrainingException">Invalid parameters or labels, or a non-finite loss.</exception>
    /// <exception cref="Native.XGBoostException">XGBoost refused a call; the message carries its own text.</exception>
    public static TrainedModel Train(
        TrainingTask task,
        EncodedRows train,
        EncodedRows validation,
        XGBoostParameters parameters,
        IProgress<BoostingRound>? progress = null,
        CancellationToken cancellation = default,
        Func<BoostingRound, bool>? stopAfter = null)
    {
        parameters.Validate();
        LabelCheck.Validate(task, train, "training");
        LabelCheck.Validate(task, validation, "validation");

        using var trainMatrix = DMatrix.Create(train.Features, train.RowCount, train.FeatureCount, train.Labels, train.Weights, parameters.Nthread);
        using var validationMatrix = DMatrix.Create(validation.Features, validation.RowCount, validation.FeatureCount, validation.Labels, validation.Weights, parameters.Nthread);
        using var booster = Booster.Create(trainMatrix, validationMatrix);
        foreach (var (name, value) in parameters.ToBoosterParameters(task.Kind, task.ClassCount))
        {
            booster.SetParameter(name, value);
        }

        var metric = XGBoostParameters.MetricFor(task.Kind);
        var history = new List<BoostingRound>();
        var best = 0;
        var stopped = false;
        for (var iteration = 0; iteration < parameters.NumBoostRound; iteration++)
        {
            cancellation.ThrowIfCancellationRequested();
            booster.UpdateOneIteration(iteration, trainMatrix);
            var line = booster.EvaluateOneIteration(iteration, [(trainMatrix, "train"), (validationMatrix, "validation")]);
            var round = new BoostingRound(
                iteration + 1,
                parameters.NumBoostRound,
                metric,
                EvaluationLine.ValueOf(line, "train", metric),
                EvaluationLine.ValueOf(line, "validation", metric));
            if (!double.IsFinite(round.TrainValue) || !double.IsFinite(round.ValidationValue))
            {
                throw new TrainingException(
                    $"The {metric} became non-finite in round {round.Round} (train {round.TrainValue}, validation {round.ValidationValue}). "
                    + "Lower --eta, check the label and weight columns for extreme values, or raise --lambda.");
            }

            history.Add(round);
            progress?.Report(round);
            // Every metric used here is a loss: lower is better. Ties keep the earlier, smaller model.
            if (round.ValidationValue < history[best].ValidationValue)
            {
                best = iteration;
            }

            if (stopAfter?.Invoke(round) == true)
            {
                stopped = true;
                break;
            }

            if (parameters.EarlyStoppingRounds > 0 && iteration - best >= parameters.EarlyStoppingRounds)
            {
                break;
            }
        }

        // The saved model holds exactly the rounds up to the best one, so every consumer (predictions, ONNX) agrees.
        var kept = booster.Slice(0, best + 1);
        return new TrainedModel(kept, best, history.Count, history, stopped);
    }
}
