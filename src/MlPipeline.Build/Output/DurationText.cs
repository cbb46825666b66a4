using System.Globalization;

namespace MlPipeline.Build.Output;

internal static class DurationText
{
    /// <summary>"0:04.2" under an hour, "1:02:03" above.</summary>
    public static string Format(TimeSpan duration) => duration.TotalHours >= 1
        ? duration.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}:{duration.Seconds:00}.{duration.Milliseconds / 100}");
}
