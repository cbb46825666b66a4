using MlPipeline.Training.Features;

namespace MlPipeline.Onnx.Tests.Export;

/// <summary>Formula-made rows with missing values: the label is computed before values are blanked, so the trees must learn where NaN goes.</summary>
internal static class ExportRows
{
    public const int FeatureCount = 4;

    public static readonly string[] FeatureNames = ["x0", "x1", "x2", "x3"];

    /// <summary>x0 = (i mod 17)/17, x1 = (7i mod 13)/13, x2 = (3i mod 11)/11, x3 = (5i mod 23)/23 − 0.5; x0 is NaN every 5th row, x1 every 7th.</summary>
    public static EncodedRows Rows(int start, int count, Func<float, float, float, float, float> label)
    {
        var features = new float[count * FeatureCount];
        var labels = new float[count];
        for (var r = 0; r < count; r++)
        {
            var i = start + r;
            var x0 = (i % 17) / 17f;
            var x1 = (7 * i % 13) / 13f;
            var x2 = (3 * i % 11) / 11f;
            var x3 = ((5 * i % 23) / 23f) - 0.5f;
            labels[r] = label(x0, x1, x2, x3);
            features[r * FeatureCount] = i % 5 == 0 ? float.NaN : x0;
            features[(r * FeatureCount) + 1] = i % 7 == 0 ? float.NaN : x1;
            features[(r * FeatureCount) + 2] = x2;
            features[(r * FeatureCount) + 3] = x3;
        }

        return new EncodedRows(features, FeatureNames, labels, null, Enumerable.Range(start, count).ToArray());
    }

    public static float Binary(float x0, float x1, float x2, float x3) => x0 + x1 + x3 > 1 ? 1 : 0;

    public static float ThreeClasses(float x0, float x1, float x2, float x3) => x0 < 0.33f ? 0 : x1 + x3 < 0.5f ? 1 : 2;

    public static float Linear(float x0, float x1, float x2, float x3) => (2 * x0) + x1 - (0.5f * x2) + (x3 * x3);

    /// <summary>A value in [0, 1], for reg:logistic.</summary>
    public static float Fraction(float x0, float x1, float x2, float x3) => (x0 + x1 + x2) / 3;
}
