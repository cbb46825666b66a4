using System.Collections;

namespace MlPipeline.Build.Workflows.Yaml;

/// <summary>A block mapping that keeps insertion order, so the generated text is deterministic.</summary>
internal sealed class YamlMapping : YamlNode, IEnumerable<KeyValuePair<string, YamlNode>>
{
    private readonly List<KeyValuePair<string, YamlNode>> _entries = [];

    public int Count => _entries.Count;

    /// <exception cref="ArgumentException">The key is already present.</exception>
    public void Add(string key, YamlNode value)
    {
        if (_entries.Exists(entry => entry.Key == key))
        {
            throw new ArgumentException($"Key '{key}' is already in the mapping.", nameof(key));
        }

        _entries.Add(new(key, value));
    }

    public IEnumerator<KeyValuePair<string, YamlNode>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
