using System.Collections;

namespace MlPipeline.Onnx.Runtime;

/// <summary>The outputs of one run, in the model's output order, each also found by name.</summary>
public sealed class OnnxOutputs : IReadOnlyList<OnnxTensor>
{
    private readonly OnnxTensor[] _tensors;

    internal OnnxOutputs(OnnxTensor[] tensors)
    {
        _tensors = tensors;
    }

    public int Count => _tensors.Length;

    public OnnxTensor this[int index] => _tensors[index];

    /// <exception cref="KeyNotFoundException">The model has no output of that name; the message lists the ones it has.</exception>
    public OnnxTensor this[string name] =>
        Array.Find(_tensors, tensor => tensor.Name == name)
        ?? throw new KeyNotFoundException($"The model has no output '{name}'. Its outputs are: {string.Join(", ", _tensors.Select(tensor => tensor.Name))}.");

    public IEnumerator<OnnxTensor> GetEnumerator() => ((IEnumerable<OnnxTensor>)_tensors).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
