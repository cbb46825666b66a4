using System.Globalization;
using System.Text;
using MlPipeline.Training.Tuning;

namespace MlPipeline.Components.Tuning;

/// <summary>The best trials of a study as a small table for the console.</summary>
internal static class TrialTable
{
    private const int Shown = 5;

    public static string Render(IReadOnlyList<Trial> trials, string metric)
    {
        var best = trials.Where(t => t.State == TrialState.Completed).OrderBy(t => t.Value).ThenBy(t => t.Number).Take(Shown).ToArray();
        var text = new StringBuilder($"Best {best.Length} trials by {metric}:\n");
        foreach (var trial in best)
        {
            text.Append("  #").Append(trial.Number.ToString(CultureInfo.InvariantCulture).PadRight(4))
                .Append(trial.Value!.Value.ToString("0.00000", CultureInfo.InvariantCulture)).Append("  ")
                .AppendJoin(", ", trial.Values.Select(v => $"{v.Key} {v.Value.Choice ?? v.Value.Number.ToString("G4", CultureInfo.InvariantCulture)}"))
                .Append('\n');
        }

        return text.ToString().TrimEnd();
    }
}
