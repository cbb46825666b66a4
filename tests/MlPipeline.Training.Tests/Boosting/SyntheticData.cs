using MlPipeline.Training.Features;

namespace MlPipeline.Training.Tests.Boosting;

/// <summary>Formula-made rows (no random generator), so python can rebuild exactly the same data to cross-check.</summary>
internal static class SyntheticData
{
    /// <summary>x0 = (i mod 17)/17, x1 = (7i mod 13)/13, x2 = (3i mod 11)/11; the label comes from <paramref name="label"/>.</summary>
    public static EncodedRows Rows(int start, int count, Func<float, float, float, float> label)
    {
        var features = new float[count * 3];
        var labels = new float[count];
        for (var r = 0; r < count; r++)
        {
            var i = start + r;
            var x0 = (i % 17) / 17f;
            var x1 = (7 * i % 13) / 13f;
            var x2 = (3 * i % 11) / 11f;
            features[r * 3] = x0;
            features[(r * 3) + 1] = x1;
            features[(r * 3) + 2] = x2;
            labels[r] = label(x0, x1, x2);
        }

        return new EncodedRows(features, ["x0", "x1", "x2"], labels, null, Enumerable.Range(start, count).ToArray());
    }

    public static float Binary(float x0, float x1, float x2) => x0 + x1 > 1 ? 1 : 0;

    public static float ThreeClasses(float x0, float x1, float x2) => x0 < 0.33f ? 0 : x1 < 0.5f ? 1 : 2;

    public static float Linear(float x0, float x1, float x2) => (2 * x0) + x1 - (0.5f * x2);
}
