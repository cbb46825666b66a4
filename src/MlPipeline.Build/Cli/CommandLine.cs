using MlPipeline.Foundation.Naming;

namespace MlPipeline.Build.Cli;

/// <summary>
/// The raw command line: the positional targets before the first option, then each <c>--option</c> with the
/// values that follow it. Option keys are normalised names; a repeated option collects all its values.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _spellings = new(StringComparer.Ordinal);
    private readonly List<string> _targets = [];

    private CommandLine()
    {
    }

    public IReadOnlyList<string> Targets => _targets;

    /// <summary>Normalised option names in the order they were given.</summary>
    public IEnumerable<string> OptionNames => _spellings.Keys;

    public static CommandLine Parse(IReadOnlyList<string> arguments)
    {
        var commandLine = new CommandLine();
        List<string>? current = null;
        foreach (var argument in arguments)
        {
            if (argument is "-h" or "-?")
            {
                current = commandLine.Open("--help");
            }
            else if (argument.StartsWith("--", StringComparison.Ordinal) && argument.Length > 2)
            {
                var equals = argument.IndexOf('=', StringComparison.Ordinal);
                current = commandLine.Open(equals < 0 ? argument : argument[..equals]);
                if (equals >= 0)
                {
                    current.Add(argument[(equals + 1)..]);
                }
            }
            else
            {
                (current ?? commandLine._targets).Add(argument);
            }
        }

        return commandLine;
    }

    public bool Has(string name) => _options.ContainsKey(NameMatcher.Normalize(name));

    public IReadOnlyList<string>? Values(string name) => _options.GetValueOrDefault(NameMatcher.Normalize(name));

    /// <summary>The option as the user typed it, for messages.</summary>
    public string Spelling(string normalizedName) => _spellings.GetValueOrDefault(normalizedName, "--" + normalizedName);

    private List<string> Open(string option)
    {
        var key = NameMatcher.Normalize(option);
        _spellings.TryAdd(key, option);
        if (!_options.TryGetValue(key, out var values))
        {
            values = [];
            _options[key] = values;
        }

        return values;
    }
}
