using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlPipeline.Components.Retraining;

/// <summary>"fired", "not_fired", "not_checked": two-word states read better in snake_case than in the pipeline's lowercase enums.</summary>
internal sealed class TriggerStateJson() : JsonStringEnumConverter<TriggerState>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);
