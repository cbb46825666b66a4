using System.Globalization;
using System.Text.RegularExpressions;

namespace MlPipeline.Build.Workflows;

/// <summary>
/// Checks the POSIX cron syntax GitHub Actions accepts (five fields; <c>*</c>, <c>,</c>, <c>-</c>, <c>/</c>), so a
/// typo fails at generation instead of silently never scheduling the nightly run.
/// </summary>
internal static partial class CronSchedule
{
    private static readonly (string Name, int Min, int Max)[] Fields =
    [
        ("minute", 0, 59),
        ("hour", 0, 23),
        ("day of month", 1, 31),
        ("month", 1, 12),
        ("day of week", 0, 6),
    ];

    /// <summary>Returns why <paramref name="cron"/> is invalid, or <c>null</c> when it is valid.</summary>
    public static string? Problem(string cron)
    {
        var parts = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != Fields.Length)
        {
            return $"has {parts.Length} field(s); it needs 5: minute hour day-of-month month day-of-week, e.g. '0 3 * * *'";
        }

        for (var i = 0; i < Fields.Length; i++)
        {
            var (name, min, max) = Fields[i];
            foreach (var item in parts[i].Split(','))
            {
                var match = ItemPattern().Match(item);
                if (!match.Success)
                {
                    return $"field {i + 1} ({name}) '{parts[i]}' is not '*', a number, a range 'a-b', a list 'a,b' or a step '*/n'";
                }

                foreach (var group in new[] { match.Groups["from"], match.Groups["to"] })
                {
                    if (group.Success && int.Parse(group.Value, CultureInfo.InvariantCulture) is var value
                        && (value < min || value > max))
                    {
                        return $"field {i + 1} ({name}) has {value}, outside {min}-{max}";
                    }
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(\*|(?<from>\d{1,2})(-(?<to>\d{1,2}))?)(/[1-9]\d?)?$")]
    private static partial Regex ItemPattern();
}
