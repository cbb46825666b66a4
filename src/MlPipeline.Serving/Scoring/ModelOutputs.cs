namespace MlPipeline.Serving.Scoring;

/// <summary>What the model gives for a batch of rows.</summary>
/// <param name="Values">Row-major: a classifier's probabilities ([rows, classes], class order as training.json's), or a regression's values ([rows, 1]).</param>
/// <param name="Width">Values per row: the class count, or 1.</param>
internal sealed record ModelOutputs(float[] Values, int Width)
{
    public int Rows => Width == 0 ? 0 : Values.Length / Width;

    public ReadOnlySpan<float> Row(int row) => Values.AsSpan(row * Width, Width);

    /// <summary>The index of the most probable class in a row (the first on a tie, as arg-max does).</summary>
    public int ArgMax(int row)
    {
        var values = Row(row);
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
