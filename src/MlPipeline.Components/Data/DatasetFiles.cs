using MlPipeline.Build;
using MlPipeline.Data.Csv;
using MlPipeline.Data.Schemas;

namespace MlPipeline.Components.Data;

/// <summary>The one place components read datasets and schemas, so every target loads them the same way.</summary>
internal static class DatasetFiles
{
    public static DatasetSchema ReadSchema(AbsolutePath path) => SchemaFile.Read(path);

    public static CsvLoadResult Load(AbsolutePath csv, DatasetSchema schema) => CsvTableLoader.Load(csv, schema);
}
