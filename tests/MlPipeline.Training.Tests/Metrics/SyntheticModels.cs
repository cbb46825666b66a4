namespace MlPipeline.Training.Tests.Metrics;

/// <summary>Deterministic labelled rows with scores of chosen quality, for properties of the bootstrap.</summary>
internal static class SyntheticModels
{
    /// <summary>Binary truth and p(class 1); higher <paramref name="signal"/> separates the classes better.</summary>
    public static (int[] Truth, float[] Positive) Binary(int rows, double signal, int seed)
    {
        var random = new Random(seed);
        var truth = new int[rows];
        var positive = new float[rows];
        for (var row = 0; row < rows; row++)
        {
            truth[row] = random.Next(2);
            var logit = signal * (truth[row] == 1 ? 1 : -1) + Normal(random);
            positive[row] = (float)(1 / (1 + Math.Exp(-logit)));
        }

        return (truth, positive);
    }

    /// <summary>Two binary models scored on the same truth: B sees a stronger signal than A.</summary>
    public static (int[] Truth, float[] A, float[] B) BinaryPair(int rows, double signalA, double signalB, int seed)
    {
        var random = new Random(seed);
        var truth = new int[rows];
        var a = new float[rows];
        var b = new float[rows];
        for (var row = 0; row < rows; row++)
        {
            truth[row] = random.Next(2);
            var sign = truth[row] == 1 ? 1 : -1;
            a[row] = (float)(1 / (1 + Math.Exp(-(signalA * sign + Normal(random)))));
            b[row] = (float)(1 / (1 + Math.Exp(-(signalB * sign + Normal(random)))));
        }

        return (truth, a, b);
    }

    /// <summary>Multiclass truth and softmax probabilities, row-major [rows, classes].</summary>
    public static (int[] Truth, float[] Probabilities) Multiclass(int rows, int classes, double signal, int seed)
    {
        var random = new Random(seed);
        var truth = new int[rows];
        var probabilities = new float[rows * classes];
        var logits = new double[classes];
        for (var row = 0; row < rows; row++)
        {
            truth[row] = random.Next(classes);
            double sum = 0;
            for (var c = 0; c < classes; c++)
            {
                logits[c] = Math.Exp((c == truth[row] ? signal : 0) + Normal(random));
                sum += logits[c];
            }

            for (var c = 0; c < classes; c++)
            {
                probabilities[row * classes + c] = (float)(logits[c] / sum);
            }
        }

        return (truth, probabilities);
    }

    /// <summary>Regression truth and two predictions, B with less noise than A.</summary>
    public static (float[] Truth, float[] A, float[] B) RegressionPair(int rows, double noiseA, double noiseB, int seed)
    {
        var random = new Random(seed);
        var truth = new float[rows];
        var a = new float[rows];
        var b = new float[rows];
        for (var row = 0; row < rows; row++)
        {
            truth[row] = (float)(10 + 3 * Normal(random));
            a[row] = (float)(truth[row] + noiseA * Normal(random));
            b[row] = (float)(truth[row] + noiseB * Normal(random));
        }

        return (truth, a, b);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
