using System.Collections;

namespace MlPipeline.Build.Workflows.Yaml;

internal sealed class YamlSequence : YamlNode, IEnumerable<YamlNode>
{
    private readonly List<YamlNode> _items = [];

    public YamlSequence()
    {
    }

    public YamlSequence(IEnumerable<YamlNode> items) => _items.AddRange(items);

    public int Count => _items.Count;

    public void Add(YamlNode item) => _items.Add(item);

    public IEnumerator<YamlNode> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
