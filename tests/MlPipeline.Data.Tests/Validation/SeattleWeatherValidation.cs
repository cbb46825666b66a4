using MlPipeline.Data.Splits;
using MlPipeline.Data.Tests.Statistics;
using MlPipeline.Data.Validation;

namespace MlPipeline.Data.Tests.Validation;

/// <summary>The real dataset under the committed schema; r from np.corrcoef over the float32 columns.</summary>
public sealed class SeattleWeatherValidation
{
    private static readonly Data.Tables.DataTable Days = SeattleWeather.Load();

    [Fact]
    public void TheDatasetPassesWithNoFindings() => Assert.Empty(Dataset.Validate(Days, SeattleWeather.Schema));

    [Theory]
    [InlineData(0.875, 1)]
    [InlineData(0.876, 0)]
    public void TheTemperaturesAreCorrelatedAtR08757(double threshold, int findings)
    {
        var found = Dataset.Validate(Days, SeattleWeather.Schema, options: new ValidationOptions(CorrelationThreshold: threshold));

        Assert.Equal(findings, found.Of("correlated-features").Length);
        Assert.All(found, f => Assert.Contains("\"temp_max\" and \"temp_min\" are correlated (r = 0.8757 over 1461 rows", f.Message));
    }

    [Fact]
    public void APinnedBenchmarkDayAlsoInTrainingIsLeakage()
    {
        var split = new DatasetSplit([.. Enumerable.Range(0, 1000)], [.. Enumerable.Range(1000, 200)], [.. Enumerable.Range(1200, 261), 17]);

        var finding = Assert.Single(Dataset.Validate(Days, SeattleWeather.Schema, split: split));

        Assert.Equal(("split-leakage", 1), (finding.Check, finding.Count));
        Assert.Equal(["line 19 (train) = line 19 (benchmark)"], finding.Examples);
    }
}
