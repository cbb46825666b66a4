using System.Text.Json;
using System.Text.Json.Nodes;
using MlPipeline.Data.Csv;
using MlPipeline.Data.Schemas;
using MlPipeline.Onnx.Export;
using MlPipeline.Serving.Bundle;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;

namespace MlPipeline.Serving.Tests.Support;

/// <summary>
/// Bundles of real models, trained once per test run on the sample datasets as the pipeline trains them: binary
/// (breast cancer), multiclass with a categorical feature and missing values (penguins), regression with missing values
/// and a categorical feature (cars, registered as version 7).
/// </summary>
internal static class ServedModels
{
    private static readonly XGBoostParameters Small = new(Eta: 0.3, MaxDepth: 4, NumBoostRound: 25, EarlyStoppingRounds: 0, Nthread: 1);

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "mlpipeline-serving-tests", Guid.NewGuid().ToString("N"));

    private static readonly Lazy<ServedModel> BinaryModel = new(() => Train("breast_cancer", registeredVersion: null));

    private static readonly Lazy<ServedModel> MulticlassModel = new(() => Train("penguins", registeredVersion: null));

    private static readonly Lazy<ServedModel> RegressionModel = new(() => Train("cars", registeredVersion: 7));

    public static ServedModel Binary => BinaryModel.Value;

    public static ServedModel Multiclass => MulticlassModel.Value;

    public static ServedModel Regression => RegressionModel.Value;

    public static ServedModel Named(string name) => name switch
    {
        "binary" => Binary,
        "multiclass" => Multiclass,
        _ => Regression,
    };

    public static TheoryData<string> Names => new("binary", "multiclass", "regression");

    /// <summary>A copy of a bundle in a new directory, for tests that break it.</summary>
    public static string CopyOf(ServedModel model)
    {
        var copy = Path.Combine(Root, "copies", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(copy);
        foreach (var file in System.IO.Directory.GetFiles(model.Directory))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    private static ServedModel Train(string dataset, int? registeredVersion)
    {
        var data = Path.Combine(AppContext.BaseDirectory, "data");
        var schemaPath = Path.Combine(data, dataset + ".schema.json");
        var schema = SchemaFile.Read(schemaPath);
        var table = CsvTableLoader.Load(Path.Combine(data, dataset + ".csv"), schema).Table;
        var rows = FeatureEncoder.Encode(table, schema, Enumerable.Range(0, table.RowCount).ToArray());
        var classes = schema.Task == TaskKind.Regression ? null : LabelClasses.Of(table, schema);
        var task = classes is null ? TrainingTask.Regression : new TrainingTask(schema.Task, classes.Count);

        var split = rows.RowCount * 3 / 4;
        using var model = XGBoostTrainer.Train(task, Slice(rows, 0, split), Slice(rows, split, rows.RowCount - split), Small);
        var json = model.Booster.SaveJson();
        using var matrix = DMatrix.Create(rows.Features, rows.RowCount, rows.FeatureCount);
        var values = model.Booster.Predict(matrix).Values;
        var expected = schema.Task == TaskKind.Binary ? [.. values.SelectMany(p => new[] { 1 - p, p })] : values;
        var contributions = model.Booster.Predict(matrix, PredictionKind.Contributions).Values;
        var margins = model.Booster.Predict(matrix, PredictionKind.Margin).Values;

        var directory = Path.Combine(Root, dataset);
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, BundleFiles.XGBoostModel), json);
        File.WriteAllBytes(Path.Combine(directory, BundleFiles.Onnx), XGBoostOnnxExporter.Export(json, new OnnxExportOptions { FeatureNames = rows.FeatureNames, ClassLabels = classes }));
        File.Copy(schemaPath, Path.Combine(directory, BundleFiles.Schema));
        File.WriteAllText(Path.Combine(directory, BundleFiles.Metrics), """{ "rows": 100, "metrics": { "accuracy": 0.5 } }""");
        File.WriteAllText(Path.Combine(directory, BundleFiles.Training), new JsonObject
        {
            ["model_sha256"] = "abc123",
            ["data_hash"] = "d" + dataset,
            ["dataset"] = $"data/{dataset}.csv",
            ["task"] = schema.Task.ToString().ToLowerInvariant(),
            ["classes"] = classes is null ? null : new JsonArray([.. classes.Select(c => (JsonNode?)c)]),
            ["features"] = new JsonArray([.. rows.FeatureNames.Select(f => (JsonNode?)f)]),
            ["trainer"] = "xgboost",
            ["git_commit"] = "0123456789abcdef",
            ["git_dirty"] = false,
            ["seed"] = 0,
        }.ToJsonString());
        if (registeredVersion is { } version)
        {
            File.WriteAllText(Path.Combine(directory, BundleFiles.Registration), JsonSerializer.Serialize(new { model_name = dataset, version, state = "Passed", model_sha256 = "abc123", run_id = 3 }));
        }

        return new ServedModel(dataset, directory, table, rows.FeatureNames, classes, rows.SourceRows, expected, contributions, margins);
    }

    private static EncodedRows Slice(EncodedRows rows, int start, int count) => new(
        rows.Features[(start * rows.FeatureCount)..((start + count) * rows.FeatureCount)],
        rows.FeatureNames,
        rows.Labels[start..(start + count)],
        rows.Weights?[start..(start + count)],
        rows.SourceRows[start..(start + count)]);
}
