using System.Text;

namespace MlPipeline.Build.Naming;

/// <summary>Spells a C# member name the way each parameter source expects it.</summary>
internal static class NameStyle
{
    /// <summary>"NumBoostRound" → "num-boost-round" (the command-line form, without dashes in front).</summary>
    public static string Kebab(string name) => string.Join('-', Words(name)).ToLowerInvariant();

    /// <summary>"NumBoostRound" → "NUM_BOOST_ROUND" (the environment-variable form).</summary>
    public static string UpperSnake(string name) => string.Join('_', Words(name)).ToUpperInvariant();

    private static IEnumerable<string> Words(string name)
    {
        var word = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                continue;
            }

            var startsWord = i > 0 && char.IsUpper(c) && word.Length > 0
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord)
            {
                yield return word.ToString();
                word.Clear();
            }

            word.Append(c);
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
