namespace MlPipeline.Training.Metrics;

/// <summary>Checks the arrays handed to the metrics, naming the argument, the expected shape and the offending index.</summary>
internal static class MetricInputs
{
    public static void CheckClassification(int[] truth, float[] probabilities, int classCount, string probabilitiesName = "probabilities")
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(probabilities, probabilitiesName);
        if (classCount < 2)
        {
            throw new ArgumentOutOfRangeException(
                nameof(classCount), classCount, "classCount must be at least 2 (binary classification has 2 classes).");
        }

        if (truth.Length == 0)
        {
            throw new ArgumentException("truth is empty: metrics need at least one row.", nameof(truth));
        }

        var expected = ExpectedProbabilityCount(truth.Length, classCount);
        if (probabilities.Length != expected)
        {
            throw new ArgumentException(ShapeMessage(probabilitiesName, probabilities.Length, truth.Length, classCount), probabilitiesName);
        }

        for (var row = 0; row < truth.Length; row++)
        {
            if ((uint)truth[row] >= (uint)classCount)
            {
                throw new ArgumentException(
                    $"truth[{row}] is {truth[row]}, but class indices must be in 0..{classCount - 1} (classCount = {classCount}).",
                    nameof(truth));
            }
        }

        var columns = classCount == 2 ? 1 : classCount;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var p = probabilities[i];
            if (!(p >= 0f && p <= 1f))
            {
                throw new ArgumentException(
                    $"{probabilitiesName}[{i}] (row {i / columns}, {(columns == 1 ? "p(class 1)" : $"class {i % columns}")}) is {p}; " +
                    "probabilities must be finite values in [0, 1].",
                    probabilitiesName);
            }
        }
    }

    public static void CheckRegression(float[] truth, float[] predicted, string predictedName = "predicted")
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted, predictedName);
        if (truth.Length == 0)
        {
            throw new ArgumentException("truth is empty: metrics need at least one row.", nameof(truth));
        }

        if (predicted.Length != truth.Length)
        {
            throw new ArgumentException(
                $"Length mismatch: {predictedName} has {predicted.Length} values but truth has {truth.Length}; pass one prediction per row.",
                predictedName);
        }

        CheckFinite(truth, nameof(truth));
        CheckFinite(predicted, predictedName);
    }

    private static int ExpectedProbabilityCount(int rows, int classCount) =>
        classCount == 2 ? rows : checked(rows * classCount);

    private static string ShapeMessage(string name, int actual, int rows, int classCount) => classCount == 2
        ? $"{name} has {actual} values but truth has {rows} rows: binary classification (classCount = 2) expects {rows} values, " +
          "one p(class 1) per row as XGBoost's binary:logistic returns it" +
          (actual == 2 * rows ? "; this looks like an [N, 2] array: pass its second column only." : ".")
        : $"{name} has {actual} values but truth has {rows} rows and classCount is {classCount}: expected {rows} × {classCount} = " +
          $"{(long)rows * classCount} values, row-major [row, class].";

    private static void CheckFinite(float[] values, string name)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!float.IsFinite(values[i]))
            {
                throw new ArgumentException($"{name}[{i}] is {values[i]}; regression metrics need finite values.", name);
            }
        }
    }
}
