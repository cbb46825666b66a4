namespace MlPipeline.Training.Metrics;

/// <summary>
/// Classification metrics over weighted rows. Predictions, per-row log losses and the score rankings are computed
/// once, so each resample costs a pass over the counts.
/// </summary>
internal sealed class ClassificationScorer : IRowScorer
{
    /// <summary>
    /// sklearn ≥ 1.2 clips probabilities to [eps, 1 − eps] with eps the machine epsilon of their dtype; ours are
    /// float32 (XGBoost's output), so this is sklearn's log_loss on the same float32 array.
    /// </summary>
    internal const double LogLossEpsilon = 1.1920928955078125e-07;

    private const int AccuracyIndex = 0, PrecisionIndex = 1, RecallIndex = 2, F1Index = 3, MacroF1Index = 4,
        MicroF1Index = 5, RocAucIndex = 6, PrAucIndex = 7, LogLossIndex = 8;

    private readonly int _classCount;
    private readonly int[] _truth;
    private readonly int[] _predicted;
    private readonly double[] _rowLoss;
    private readonly ScoreRanking[] _rankings;

    public ClassificationScorer(int[] truth, float[] probabilities, int classCount, string probabilitiesName = "probabilities")
    {
        MetricInputs.CheckClassification(truth, probabilities, classCount, probabilitiesName);
        _classCount = classCount;
        _truth = truth;
        _predicted = new int[truth.Length];
        _rowLoss = new double[truth.Length];
        if (classCount == 2)
        {
            PrepareBinary(probabilities);
            _rankings = [new ScoreRanking(probabilities, stride: 1, column: 0, truth, positiveClass: 1)];
        }
        else
        {
            PrepareMulticlass(probabilities);
            _rankings = new ScoreRanking[classCount];
            for (var c = 0; c < classCount; c++)
            {
                _rankings[c] = new ScoreRanking(probabilities, stride: classCount, column: c, truth, positiveClass: c);
            }
        }
    }

    public int RowCount => _truth.Length;

    public IReadOnlyList<string> Names => MetricNames.Classification;

    public long[] Confusion(ReadOnlySpan<int> counts)
    {
        var matrix = new long[_classCount * _classCount];
        for (var row = 0; row < _truth.Length; row++)
        {
            matrix[_truth[row] * _classCount + _predicted[row]] += counts[row];
        }

        return matrix;
    }

    public void Score(ReadOnlySpan<int> counts, Span<double> values)
    {
        var k = _classCount;
        var matrix = Confusion(counts);
        long total = 0, correct = 0;
        int present = 0;
        double precisionSum = 0, recallSum = 0, f1Sum = 0;
        double positivePrecision = 0, positiveRecall = 0, positiveF1 = 0;
        for (var c = 0; c < k; c++)
        {
            long actual = 0, predicted = 0;
            for (var other = 0; other < k; other++)
            {
                actual += matrix[c * k + other];
                predicted += matrix[other * k + c];
            }

            var hits = matrix[c * k + c];
            total += actual;
            correct += hits;

            // zero_division = 0, as sklearn's default does (with a warning there).
            var precision = predicted > 0 ? (double)hits / predicted : 0;
            var recall = actual > 0 ? (double)hits / actual : 0;
            var f1 = FScore(precision, recall);
            if (c == 1)
            {
                (positivePrecision, positiveRecall, positiveF1) = (precision, recall, f1);
            }

            // sklearn's macro average runs over the labels seen in truth or predictions.
            if (actual > 0 || predicted > 0)
            {
                present++;
                precisionSum += precision;
                recallSum += recall;
                f1Sum += f1;
            }
        }

        var accuracy = (double)correct / total;
        var macroF1 = f1Sum / present;
        values[AccuracyIndex] = accuracy;
        values[MacroF1Index] = macroF1;
        values[MicroF1Index] = FScore(accuracy, accuracy);
        if (k == 2)
        {
            values[PrecisionIndex] = positivePrecision;
            values[RecallIndex] = positiveRecall;
            values[F1Index] = positiveF1;
        }
        else
        {
            values[PrecisionIndex] = precisionSum / present;
            values[RecallIndex] = recallSum / present;
            values[F1Index] = macroF1;
        }

        (values[RocAucIndex], values[PrAucIndex]) = RankingScores(counts);
        values[LogLossIndex] = LogLoss(counts, total);
    }

    private static double FScore(double precision, double recall) =>
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;

    /// <summary>Binary: of class 1. Multiclass: the macro one-vs-rest mean, undefined unless every class occurs.</summary>
    private (double RocAuc, double AveragePrecision) RankingScores(ReadOnlySpan<int> counts)
    {
        if (_rankings.Length == 1)
        {
            return _rankings[0].Evaluate(counts);
        }

        double rocSum = 0, precisionSum = 0;
        foreach (var ranking in _rankings)
        {
            var (roc, averagePrecision) = ranking.Evaluate(counts);
            rocSum += roc;
            precisionSum += averagePrecision;
        }

        // NaN propagates: sklearn raises when a class is missing from y_true.
        return (rocSum / _rankings.Length, precisionSum / _rankings.Length);
    }

    private double LogLoss(ReadOnlySpan<int> counts, long total)
    {
        double sum = 0;
        for (var row = 0; row < _rowLoss.Length; row++)
        {
            sum += counts[row] * _rowLoss[row];
        }

        return sum / total;
    }

    private void PrepareBinary(float[] probabilities)
    {
        for (var row = 0; row < _truth.Length; row++)
        {
            _predicted[row] = probabilities[row] >= 0.5f ? 1 : 0;
            var p = Math.Clamp((double)probabilities[row], LogLossEpsilon, 1 - LogLossEpsilon);
            _rowLoss[row] = -Math.Log(_truth[row] == 1 ? p : 1 - p);
        }
    }

    private void PrepareMulticlass(float[] probabilities)
    {
        var k = _classCount;
        for (var row = 0; row < _truth.Length; row++)
        {
            var offset = row * k;
            var best = 0;
            double sum = 0;
            for (var c = 0; c < k; c++)
            {
                // First maximum wins, as numpy's argmax.
                if (probabilities[offset + c] > probabilities[offset + best])
                {
                    best = c;
                }

                sum += Math.Clamp((double)probabilities[offset + c], LogLossEpsilon, 1 - LogLossEpsilon);
            }

            _predicted[row] = best;

            // Clipped rows are renormalised, as sklearn does.
            var own = Math.Clamp((double)probabilities[offset + _truth[row]], LogLossEpsilon, 1 - LogLossEpsilon);
            _rowLoss[row] = -Math.Log(own / sum);
        }
    }
}
