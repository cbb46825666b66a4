using System.Runtime.CompilerServices;
using System.Text.Json;
using MlPipeline.Build;
using MlPipeline.Data.Csv;
using MlPipeline.Data.IO;
using MlPipeline.Data.Schemas;

namespace MlPipeline.Components.Data;

/// <summary>The one place components read datasets and schemas, so every target loads them the same way.</summary>
internal static class DatasetFiles
{
    // Per build, the dataset it last loaded: ValidateData and Train in one build read the file once. Keyed by the build
    // object, so separate builds (and tests) never share a table, and dropped with it.
    private static readonly ConditionalWeakTable<IPipelineBuild, LoadedDataset> LastLoaded = [];

    public static DatasetSchema ReadSchema(AbsolutePath path) => SchemaFile.Read(path);

    public static CsvLoadResult Load(AbsolutePath csv, DatasetSchema schema) => CsvTableLoader.Load(csv, schema);

    /// <summary>
    /// As <see cref="Load(AbsolutePath, DatasetSchema)"/>, but a file the same build already loaded with the same schema,
    /// unchanged since (same size and time of last write), is not read again.
    /// </summary>
    public static CsvLoadResult Load(IPipelineBuild build, AbsolutePath csv, DatasetSchema schema)
    {
        var key = new LoadedDatasetKey(csv, JsonSerializer.Serialize(schema, DataJson.Options), Stamp(csv));
        if (LastLoaded.TryGetValue(build, out var last) && last.Key == key)
            return last.Result;

        var result = Load(csv, schema);
        LastLoaded.AddOrUpdate(build, new LoadedDataset(key, result));
        return result;
    }

    // A missing file has no stamp; loading it then fails with the loader's own message.
    private static (long Length, DateTime Written)? Stamp(AbsolutePath csv) =>
        new FileInfo(csv) is { Exists: true } file ? (file.Length, file.LastWriteTimeUtc) : null;

    private sealed record LoadedDataset(LoadedDatasetKey Key, CsvLoadResult Result);

    private sealed record LoadedDatasetKey(string Path, string Schema, (long Length, DateTime Written)? Stamp);
}
