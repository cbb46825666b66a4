using System.Text.Json.Serialization;

namespace MlPipeline.Components.Retraining;

/// <summary>One retraining trigger's verdict and why, in one line.</summary>
/// <param name="Trigger">One of <see cref="Triggers"/>.</param>
internal sealed record TriggerCheck(string Trigger, [property: JsonConverter(typeof(TriggerStateJson))] TriggerState State, string Reason)
{
    public static TriggerCheck Fired(string trigger, string reason) => new(trigger, TriggerState.Fired, reason);

    public static TriggerCheck NotFired(string trigger, string reason) => new(trigger, TriggerState.NotFired, reason);

    public static TriggerCheck NotChecked(string trigger, string reason) => new(trigger, TriggerState.NotChecked, reason);

    /// <summary>"data changed: the dataset's data hash …" as the build log shows it.</summary>
    [JsonIgnore]
    public string Line => $"{Trigger}: {Reason}";
}
