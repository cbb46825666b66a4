using System.Text.Json.Serialization;

namespace MlPipeline.Onnx.Export;

// Source-generated like XGBoostJsonContext: the lists written into metadata_props as JSON arrays.
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class MetadataJsonContext : JsonSerializerContext;
