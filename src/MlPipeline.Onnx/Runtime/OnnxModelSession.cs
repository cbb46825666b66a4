using MlPipeline.Onnx.Native;

namespace MlPipeline.Onnx.Runtime;

/// <summary>
/// An ONNX model loaded into ONNX Runtime, ready to run on float input. One instance may be used from several threads at once:
/// ORT's Run is thread-safe, and every output is copied into the returned <see cref="OnnxOutputs"/>, so calls share no mutable state.
/// Disposing while runs are under way is safe: ORT's session is released when the last of them returns; a run started after Dispose
/// throws <see cref="ObjectDisposedException"/>.
/// </summary>
public sealed class OnnxModelSession : IDisposable
{
    private readonly NativeSession _session;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;

    private OnnxModelSession(NativeSession session)
    {
        _session = session;
        _inputNames = session.InputNames();
        _outputNames = session.OutputNames();
    }

    /// <summary>The model's input names, in its order.</summary>
    public IReadOnlyList<string> InputNames => _inputNames;

    /// <summary>The model's output names, in its order; every run returns all of them.</summary>
    public IReadOnlyList<string> OutputNames => _outputNames;

    /// <summary>Loads a serialised ONNX model (a ModelProto) with the process's shared ONNX Runtime environment.</summary>
    /// <param name="model">The model bytes; ORT copies what it needs, so the span may be reused afterwards.</param>
    /// <param name="intraOpThreads">
    /// Threads one run may use. Default 1, so results are bit-identical from run to run (tree ensembles sum in thread order otherwise);
    /// concurrency comes from running one session on several threads instead.
    /// </param>
    /// <exception cref="OnnxRuntimeException">ONNX Runtime is not found (the message says how to get it), or it refused the model, with its own message.</exception>
    public static OnnxModelSession Open(ReadOnlySpan<byte> model, int intraOpThreads = 1)
    {
        if (model.IsEmpty)
        {
            throw new ArgumentException("The model is empty; pass the bytes of a serialised ONNX ModelProto.", nameof(model));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(intraOpThreads, 1);
        var session = NativeSession.Create(model, intraOpThreads);
        try
        {
            return new OnnxModelSession(session);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Runs a model whose single input is a float matrix of <paramref name="rows"/> × <paramref name="columns"/>, given row-major.</summary>
    /// <exception cref="InvalidOperationException">The model has more than one input.</exception>
    /// <exception cref="OnnxRuntimeException">ORT refused the input (e.g. a width the model does not declare) or failed, with its own message.</exception>
    public OnnxOutputs Run(ReadOnlySpan<float> rowMajor, int rows, int columns)
    {
        if (_inputNames.Length != 1)
        {
            throw new InvalidOperationException(
                $"Run(rows, columns) needs a model with one input; this one has {_inputNames.Length}: {string.Join(", ", _inputNames)}. Name the input with Run(inputName, data, shape).");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        return Run(_inputNames[0], rowMajor, [rows, columns]);
    }

    /// <summary>Runs the model on one float tensor of the given shape (row-major data) and returns every output.</summary>
    /// <exception cref="ArgumentException">The model has no such input, or the shape does not hold exactly <paramref name="data"/>'s length.</exception>
    /// <exception cref="OnnxRuntimeException">ORT refused the input or failed, with its own message.</exception>
    public OnnxOutputs Run(string inputName, ReadOnlySpan<float> data, ReadOnlySpan<long> shape)
    {
        if (Array.IndexOf(_inputNames, inputName) < 0)
        {
            throw new ArgumentException($"The model has no input '{inputName}'. Its inputs are: {string.Join(", ", _inputNames)}.", nameof(inputName));
        }

        long elements = 1;
        foreach (var dimension in shape)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(dimension, nameof(shape));
            elements *= dimension;
        }

        if (elements != data.Length)
        {
            throw new ArgumentException(
                $"The shape [{string.Join(", ", shape.ToArray())}] holds {elements} values, but {data.Length} were given for input '{inputName}'.", nameof(shape));
        }

        try
        {
            return new OnnxOutputs(_session.Run(inputName, data, shape, _outputNames));
        }
        catch (ObjectDisposedException exception)
        {
            // SafeHandle's own message names no class; say which object was used after Dispose.
            throw new ObjectDisposedException(nameof(OnnxModelSession), $"This OnnxModelSession was disposed; open the model again to run it. ({exception.Message})");
        }
    }

    public void Dispose() => _session.Dispose();
}
