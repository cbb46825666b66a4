using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Data.Drift.Profiles;
using MlPipeline.Data.Hashing;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Splits;
using MlPipeline.Data.Statistics;
using MlPipeline.Data.Tables;
using MlPipeline.Data.Validation;

namespace MlPipeline.Components.Data;

/// <summary>What <see cref="IValidateData.ValidateData"/> does.</summary>
internal sealed class DataValidation(IValidateData build)
{
    public void Run()
    {
        // A failed validation must not leave the previous run's verdict behind for later targets to trust.
        foreach (var stale in new[] { ArtifactPaths.Data.Validation(build), ArtifactPaths.Data.Splits(build), ArtifactPaths.Data.ReferenceProfile(build) })
        {
            if (stale.Exists)
            {
                File.Delete(stale);
            }
        }

        var schema = DatasetFiles.ReadSchema(build.SchemaPath);
        var loaded = DatasetFiles.Load(build, build.Dataset, schema);
        var table = loaded.Table;
        var pin = build.BenchmarkPinPath.Exists ? ArtifactJson.Read<BenchmarkPin>(build.BenchmarkPinPath, "ValidateData") : null;
        // Hashed and described once: the split, the checks, the pin and the report all use the same row hashes and statistics,
        // and the reference profile the columns the statistics sorted.
        var (dataHash, rowHashes) = TableHashes.Of(table, schema);
        var sorted = new SortedColumns();
        var statistics = ColumnStatisticsCalculator.Compute(table, schema, sorted);
        var split = DataSplitter.Split(table, schema, rowHashes, SplitOptionsOf(build), pin);
        WarnAboutVanishedPinnedRows(rowHashes, pin);
        var findings = new DataValidator().Validate(table, schema, loaded.Problems, split, rowHashes, statistics);
        var newPin = pin ?? BenchmarkPin.Create(table, rowHashes, split.Benchmark);
        var report = new ValidationReport(
            dataHash,
            build.Dataset.RelativeTo(build.RootDirectory),
            table.RowCount,
            findings,
            statistics,
            new SplitSizes(split.Train.Length, split.Validation.Length, split.Benchmark.Length),
            newPin.RowsHash);
        ValidationReportWriter.Write(ArtifactPaths.Data.Validation(build), report);

        if (findings.Count > 0)
        {
            build.Log.Information(FindingTable.Render(findings));
        }

        var summary = $"{build.Dataset.RelativeTo(build.RootDirectory)}: {table.RowCount} rows, {report.ErrorCount} errors, {report.WarningCount} warnings; data version {dataHash}";
        if (!report.Passed)
        {
            throw new InvalidOperationException(
                $"{summary}. Fix the data or the schema ({build.SchemaPath.RelativeTo(build.RootDirectory)}); every finding is in {ArtifactPaths.Data.Validation(build).RelativeTo(build.RootDirectory)}.");
        }

        ArtifactJson.Write(ArtifactPaths.Data.Splits(build), new StoredSplits(dataHash, split.Train, split.Validation, split.Benchmark));
        ReferenceProfileFile.Write(ArtifactPaths.Data.ReferenceProfile(build), ReferenceProfile.Create(table, schema, sorted: sorted));
        if (pin is null)
        {
            ArtifactJson.Write(build.BenchmarkPinPath, newPin);
            build.Log.Information(
                $"Pinned the {split.Benchmark.Length} benchmark rows in {build.BenchmarkPinPath.RelativeTo(build.RootDirectory)}; commit it so every model version is judged on the same rows.");
        }

        build.Log.Information($"{summary}; split {split.Train.Length} train / {split.Validation.Length} validation / {split.Benchmark.Length} benchmark.");
    }

    private static SplitOptions SplitOptionsOf(IDataset build) => new(
        build.TrainFraction,
        build.ValidationFraction,
        build.BenchmarkFraction,
        build.Split switch
        {
            SplitMethod.Random => SplitStrategy.Random,
            SplitMethod.Time => SplitStrategy.TimeOrdered,
            _ => SplitStrategy.Stratified,
        },
        build.SplitSeed);

    private void WarnAboutVanishedPinnedRows(UInt128[] rowHashes, BenchmarkPin? pin)
    {
        if (pin?.Match(rowHashes).MissingCount is > 0 and var missing)
        {
            build.Log.Warning(
                $"{missing} of the {pin.RowHashes.Count} pinned benchmark rows are no longer in {build.Dataset.RelativeTo(build.RootDirectory)}; "
                + $"models are now judged on fewer rows. Delete {build.BenchmarkPinPath.RelativeTo(build.RootDirectory)} to pin a new benchmark split (the baseline must then be re-evaluated).");
        }
    }
}
