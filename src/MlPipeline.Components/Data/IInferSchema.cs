using MlPipeline.Build;
using MlPipeline.Data.Schemas;

namespace MlPipeline.Components.Data;

/// <summary>The <c>InferSchema</c> target: propose a schema for a new dataset, for the user to review and edit.</summary>
public interface IInferSchema : IDataset
{
    [Parameter("The column to predict, for InferSchema")]
    string? Label => ParameterValue<string?>(null);

    Target InferSchema => _ => _
        .Description("Propose <dataset>.schema.json from the data (types, roles, ranges, categories, task); review and edit it")
        .Requires(() => Label)
        .Executes(() =>
        {
            var path = SchemaPath;
            if (path.Exists)
            {
                throw new InvalidOperationException(
                    $"{path.RelativeTo(RootDirectory)} already exists and may hold your edits; delete it to infer a new one, or pass --schema with another path.");
            }

            var schema = SchemaInference.Infer(Dataset, Label!);
            SchemaFile.Write(path, schema);
            Log.Information(
                $"Wrote {path.RelativeTo(RootDirectory)}: {schema.Task.ToString().ToLowerInvariant()} task, label \"{Label}\", {schema.Features.Count} features. "
                + "Review the types, ranges and categories, then run ./build.sh ValidateData.");
        });
}
