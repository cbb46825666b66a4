using System.Diagnostics;

namespace MlPipeline.Components.Measurement;

/// <summary>Rows scored per second when a whole batch goes in one call: the median of a few timed calls after one untimed.</summary>
public static class BatchThroughput
{
    private const int TimedCalls = 5;

    /// <param name="scoreBatch">Scores all <paramref name="rowCount"/> rows in one call.</param>
    public static double RowsPerSecond(Action scoreBatch, int rowCount)
    {
        if (rowCount == 0)
        {
            return double.NaN;
        }

        scoreBatch();
        var rates = new List<double>(TimedCalls);
        for (var i = 0; i < TimedCalls; i++)
        {
            var started = Stopwatch.GetTimestamp();
            scoreBatch();
            rates.Add(rowCount / Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        rates.Sort();
        return rates[TimedCalls / 2];
    }
}
