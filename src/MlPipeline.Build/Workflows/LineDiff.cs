using System.Text;

namespace MlPipeline.Build.Workflows;

/// <summary>
/// A short line diff for the stale-file report: enough to see what changed without opening the file.
/// </summary>
internal static class LineDiff
{
    private const int MaxShownLines = 20;

    // Past this many cells the LCS table costs more than the report is worth; fall back to the first difference.
    private const long MaxTableCells = 4_000_000;

    public static string Describe(string oldText, string newText)
    {
        var oldLines = oldText.Split('\n');
        var newLines = newText.Split('\n');
        var changes = (long)oldLines.Length * newLines.Length <= MaxTableCells
            ? Changes(oldLines, newLines)
            : FirstDifference(oldLines, newLines);
        var text = new StringBuilder();
        foreach (var change in changes.Take(MaxShownLines))
        {
            text.Append(change).Append('\n');
        }

        if (changes.Count > MaxShownLines)
        {
            text.Append("… and ").Append(changes.Count - MaxShownLines).Append(" more changed line(s)\n");
        }

        return text.ToString();
    }

    private static List<string> Changes(string[] oldLines, string[] newLines)
    {
        // common[i, j] = length of the longest common subsequence of oldLines[i..] and newLines[j..].
        var common = new int[oldLines.Length + 1, newLines.Length + 1];
        for (var i = oldLines.Length - 1; i >= 0; i--)
        {
            for (var j = newLines.Length - 1; j >= 0; j--)
            {
                common[i, j] = oldLines[i] == newLines[j]
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var changes = new List<string>();
        int oldIndex = 0, newIndex = 0;
        while (oldIndex < oldLines.Length || newIndex < newLines.Length)
        {
            if (oldIndex < oldLines.Length && newIndex < newLines.Length && oldLines[oldIndex] == newLines[newIndex])
            {
                oldIndex++;
                newIndex++;
            }
            else if (newIndex == newLines.Length
                     || (oldIndex < oldLines.Length && common[oldIndex + 1, newIndex] >= common[oldIndex, newIndex + 1]))
            {
                changes.Add(Line('-', oldIndex, oldLines[oldIndex]));
                oldIndex++;
            }
            else
            {
                changes.Add(Line('+', newIndex, newLines[newIndex]));
                newIndex++;
            }
        }

        return changes;
    }

    private static List<string> FirstDifference(string[] oldLines, string[] newLines)
    {
        var index = 0;
        while (index < oldLines.Length && index < newLines.Length && oldLines[index] == newLines[index])
        {
            index++;
        }

        return
        [
            .. index < oldLines.Length ? [Line('-', index, oldLines[index])] : Array.Empty<string>(),
            .. index < newLines.Length ? [Line('+', index, newLines[index])] : Array.Empty<string>(),
        ];
    }

    private static string Line(char sign, int index, string line) => $"{sign} {index + 1,4} | {line}";
}
