using System.Text.Json;
using System.Text.Json.Nodes;
using MlPipeline.Data.ModelInputs;
using MlPipeline.Data.IO;
using MlPipeline.Data.Schemas;

namespace MlPipeline.Serving.Bundle;

/// <summary>A model bundle read and checked: everything the service needs besides the ONNX session itself.</summary>
internal sealed record ModelBundle(
    string Directory,
    TrainingRecord Training,
    DatasetSchema Schema,
    JsonObject Metrics,
    RegistrationRecord? Registration,
    IReadOnlyList<FeatureValueParser> Parsers)
{
    /// <summary>The model's name: the registered one, else the dataset's file name without extension.</summary>
    public string Name => Registration?.ModelName ?? Path.GetFileNameWithoutExtension(Training.Dataset);

    /// <summary>The registered version as text, "0" for a model that was not registered.</summary>
    public string Version => Registration?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "0";

    public TaskKind Task => Training.Classes switch
    {
        null => TaskKind.Regression,
        { Count: 2 } => TaskKind.Binary,
        _ => TaskKind.Multiclass,
    };

    public bool IsXGBoost => Training.Trainer == "xgboost";

    public string OnnxPath => Path.Combine(Directory, BundleFiles.Onnx);

    public string XGBoostModelPath => Path.Combine(Directory, BundleFiles.XGBoostModel);

    /// <exception cref="BundleException">A required file is missing or unreadable, or the schema and training.json disagree.</exception>
    public static ModelBundle Load(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(full))
        {
            throw new BundleException(
                $"The model directory {full} does not exist. Pass --model-dir with the bundle ./build.sh PackageModel writes (artifacts/serving/model), or set {BundleFiles.DirectoryVariable}.");
        }

        foreach (var file in BundleFiles.Required)
        {
            if (!File.Exists(Path.Combine(full, file)))
            {
                throw new BundleException(
                    $"The model directory {full} has no {file}; a bundle holds {string.Join(", ", BundleFiles.Required)} (and {BundleFiles.Registration} once registered). Write it with ./build.sh PackageModel.");
            }
        }

        var training = Read<TrainingRecord>(full, BundleFiles.Training);
        if (training.Trainer == "xgboost" && !File.Exists(Path.Combine(full, BundleFiles.XGBoostModel)))
        {
            throw new BundleException($"The model directory {full} has no {BundleFiles.XGBoostModel}, which an XGBoost model's bundle carries for /explain. Write the bundle again with ./build.sh PackageModel.");
        }

        DatasetSchema schema;
        try
        {
            schema = SchemaFile.Read(Path.Combine(full, BundleFiles.Schema));
        }
        catch (SchemaException exception)
        {
            throw new BundleException($"The bundle's {BundleFiles.Schema} cannot be read: {exception.Message}", exception);
        }

        var registration = File.Exists(Path.Combine(full, BundleFiles.Registration)) ? Read<RegistrationRecord>(full, BundleFiles.Registration) : null;
        var metrics = Read<JsonObject>(full, BundleFiles.Metrics);
        return new ModelBundle(full, training, schema, metrics, registration, ParsersOf(training, schema, full));
    }

    private static FeatureValueParser[] ParsersOf(TrainingRecord training, DatasetSchema schema, string directory)
    {
        var parsers = new FeatureValueParser[training.Features.Count];
        for (var i = 0; i < parsers.Length; i++)
        {
            var name = training.Features[i];
            var column = schema.Find(name)
                ?? throw new BundleException($"{BundleFiles.Training} in {directory} names the feature \"{name}\", which {BundleFiles.Schema} does not declare; the two files come from different trainings. Write the bundle again with ./build.sh PackageModel.");
            try
            {
                parsers[i] = new FeatureValueParser(column);
            }
            catch (ArgumentException exception)
            {
                throw new BundleException($"The model cannot be served from {directory}: {exception.Message}", exception);
            }
        }

        return parsers;
    }

    private static T Read<T>(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), DataJson.Options)
                ?? throw new BundleException($"{path} holds null; write the bundle again with ./build.sh PackageModel.");
        }
        catch (JsonException exception)
        {
            throw new BundleException($"{path} is not valid: {exception.Message} Write the bundle again with ./build.sh PackageModel.", exception);
        }
    }
}
