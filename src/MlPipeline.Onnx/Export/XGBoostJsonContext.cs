using System.Text.Json.Serialization;

namespace MlPipeline.Onnx.Export;

// Source-generated, so reading a model needs no reflection (the scoring service may be trimmed or AOT-compiled).
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(XGBoostJsonModel))]
internal sealed partial class XGBoostJsonContext : JsonSerializerContext;
