using System.Globalization;
using MlPipeline.Registry;

namespace MlPipeline.Components.Retraining;

/// <summary>The deployed version is older than <c>--max-model-age</c>, by the build host's clock.</summary>
internal static class AgeTrigger
{
    public static TriggerCheck Check(IRetrain build, ModelVersion deployed)
    {
        if (build.MaxModelAge is not { } limit)
        {
            return TriggerCheck.NotChecked(Triggers.Age, "no --max-model-age");
        }

        var age = build.Time.GetUtcNow() - deployed.Created;
        var registered = $"version {deployed.Version} was registered {Span(age)} ago ({deployed.Created.UtcDateTime:yyyy-MM-dd HH:mm} UTC)";
        return age > limit
            ? TriggerCheck.Fired(Triggers.Age, $"{registered}, more than --max-model-age {Span(limit)}")
            : TriggerCheck.NotFired(Triggers.Age, $"{registered}, within --max-model-age {Span(limit)}");
    }

    private static string Span(TimeSpan span) => span.TotalDays >= 1
        ? $"{span.TotalDays.ToString("0.#", CultureInfo.InvariantCulture)} days"
        : $"{span.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} hours";
}
