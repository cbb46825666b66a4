using MlPipeline.Foundation.Naming;

namespace MlPipeline.Build.Parameters;

/// <summary>Every parameter of the build with its resolved value and source.</summary>
internal sealed class ParameterSet(IReadOnlyList<ResolvedParameter> parameters)
{
    private readonly Dictionary<string, ResolvedParameter> _byName = parameters.ToDictionary(p => p.Descriptor.Name, StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _defaults = new(StringComparer.Ordinal);

    public static ParameterSet Empty { get; } = new([]);

    public IReadOnlyList<ResolvedParameter> All { get; } = parameters;

    public IEnumerable<string> SecretValues => All
        .Where(p => p.Descriptor.IsSecret && p.IsSet)
        .SelectMany(p => p.Value is Array array ? array.Cast<object?>() : [p.Value])
        .Select(v => v?.ToString())
        .OfType<string>();

    public ResolvedParameter? Find(string memberName)
        => _byName.GetValueOrDefault(memberName) ?? All.FirstOrDefault(p => NameMatcher.Matches(p.Descriptor.Name, memberName));

    /// <summary>The value a parameter getter returns: the resolved one, else the getter's own default (remembered for --help).</summary>
    public T ValueOr<T>(string name, T defaultValue)
    {
        lock (_defaults)
        {
            _defaults[name] = defaultValue;
        }

        if (!_byName.TryGetValue(name, out var resolved) || !resolved.IsSet)
        {
            return defaultValue;
        }

        return resolved.Value is T value
            ? value
            : throw new InvalidOperationException(
                $"Parameter '{name}' is declared as {resolved.Descriptor.TypeName}, but its getter asks for a {typeof(T).Name}. Pass ParameterValue a default of the property's type (e.g. 5L for a long).");
    }

    public void RememberDefault(string name, object? value)
    {
        lock (_defaults)
        {
            _defaults[name] = value;
        }
    }

    public object? DefaultOf(string name)
    {
        lock (_defaults)
        {
            return _defaults.GetValueOrDefault(name);
        }
    }
}
