namespace MlPipeline.Data.Csv.Loading;

/// <summary>An append-only array that doubles when full, trimmed to its length once at the end.</summary>
internal sealed class ColumnValues<T>
{
    private T[] _items = new T[1024];
    private int _count;

    public void Add(T item)
    {
        if (_count == _items.Length)
            Array.Resize(ref _items, _items.Length * 2);
        _items[_count++] = item;
    }

    public T[] ToArray()
    {
        Array.Resize(ref _items, _count);
        return _items;
    }
}
