using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace MlPipeline.Onnx.Runtime;

/// <summary>
/// An ONNX model loaded into ONNX Runtime, run on float features. It adds to ORT's <see cref="InferenceSession"/> what every caller here
/// needs: one intra-op thread by default (bit-identical results from run to run), outputs copied into managed arrays, and failures that
/// name the model and what was being done. One instance may be used from several threads at once: ORT's Run is thread-safe and calls share
/// no mutable state. Disposing while runs are under way is safe: the session is released when the last of them returns; a run started after
/// Dispose throws <see cref="ObjectDisposedException"/>.
/// </summary>
public sealed class OnnxModelSession : IDisposable
{
    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions;
    private readonly string _model;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;
    private readonly RunGate _gate;

    private OnnxModelSession(InferenceSession session, string model)
    {
        _session = session;
        _runOptions = new RunOptions();
        _model = model;
        _inputNames = [.. session.InputNames];
        _outputNames = [.. session.OutputNames];
        _gate = new RunGate(() =>
        {
            _runOptions.Dispose();
            _session.Dispose();
        });
    }

    /// <summary>The model's input names, in its order.</summary>
    public IReadOnlyList<string> InputNames => _inputNames;

    /// <summary>The model's output names, in its order; every run returns all of them.</summary>
    public IReadOnlyList<string> OutputNames => _outputNames;

    /// <summary>Loads the ONNX model (a serialised ModelProto) at <paramref name="path"/>.</summary>
    /// <param name="intraOpThreads">
    /// Threads one run may use. Default 1, so results are bit-identical from run to run (tree ensembles sum in thread order otherwise);
    /// concurrency comes from running one session on several threads instead.
    /// </param>
    /// <exception cref="OnnxModelException">There is no such file, or ONNX Runtime refused it (its message is included).</exception>
    public static OnnxModelSession Open(string path, int intraOpThreads = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new OnnxModelException($"The ONNX model {fullPath} does not exist. Check the path, or export the model first (./build.sh ExportOnnx writes artifacts/model/model.onnx).");
        }

        return Open(options => new InferenceSession(fullPath, options), fullPath, intraOpThreads);
    }

    /// <summary>Loads a serialised ONNX model (a ModelProto) from memory; ORT copies what it needs, so the array may be reused afterwards.</summary>
    /// <inheritdoc cref="Open(string, int)"/>
    public static OnnxModelSession Open(byte[] model, int intraOpThreads = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Length == 0)
        {
            throw new ArgumentException("The model is empty; pass the bytes of a serialised ONNX ModelProto.", nameof(model));
        }

        return Open(options => new InferenceSession(model, options), $"the {model.Length}-byte model", intraOpThreads);
    }

    /// <summary>Runs a model whose single input is a float matrix of <paramref name="rows"/> × <paramref name="columns"/>, given row-major.</summary>
    /// <exception cref="InvalidOperationException">The model has more than one input.</exception>
    /// <exception cref="OnnxModelException">ORT refused the input (e.g. a width the model does not declare) or failed, with its own message.</exception>
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
    /// <exception cref="OnnxModelException">ORT refused the input or failed, with its own message.</exception>
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

        if (!_gate.TryEnter())
        {
            throw new ObjectDisposedException(nameof(OnnxModelSession), "This OnnxModelSession was disposed; open the model again to run it.");
        }

        try
        {
            return RunEntered(inputName, data, shape.ToArray());
        }
        catch (OnnxRuntimeException exception)
        {
            throw new OnnxModelException(
                $"ONNX Runtime {OnnxRuntimeInfo.Version} failed to run {_model} on input '{inputName}' of shape [{string.Join(", ", shape.ToArray())}]: {exception.Message}",
                exception);
        }
        finally
        {
            _gate.Exit();
        }
    }

    public void Dispose() => _gate.Close();

    private static OnnxModelSession Open(Func<SessionOptions, InferenceSession> create, string model, int intraOpThreads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intraOpThreads, 1);
        var version = OnnxRuntimeInfo.Version;
        using var options = new SessionOptions { IntraOpNumThreads = intraOpThreads };
        InferenceSession session;
        try
        {
            session = create(options);
        }
        catch (OnnxRuntimeException exception)
        {
            throw new OnnxModelException(
                $"ONNX Runtime {version} cannot load {model}: {exception.Message} If it was cut short or is not ONNX at all, export it again (./build.sh ExportOnnx writes model.onnx anew when the file changed since it wrote it).",
                exception);
        }

        return new OnnxModelSession(session, model);
    }

    /// <summary>The input is a tensor over <paramref name="data"/> itself (no copy), pinned until ORT has finished and the tensor is released.</summary>
    private unsafe OnnxOutputs RunEntered(string inputName, ReadOnlySpan<float> data, long[] shape)
    {
        fixed (float* values = data)
        {
            using var input = OrtValue.CreateTensorValueWithData(OrtMemoryInfo.DefaultInstance, TensorElementType.Float, shape, (nint)values, (long)data.Length * sizeof(float));
            using var outputs = _session.Run(_runOptions, [inputName], [input], _outputNames);
            return new OnnxOutputs([.. outputs.Select((output, i) => OnnxTensorReader.Read(output, _outputNames[i]))]);
        }
    }
}
