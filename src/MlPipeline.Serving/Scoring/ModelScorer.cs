using MlPipeline.Data.Schemas;
using MlPipeline.Onnx.Runtime;
using MlPipeline.Serving.Bundle;

namespace MlPipeline.Serving.Scoring;

/// <summary>model.onnx in ONNX Runtime, its output read the same way for every trainer. Thread-safe.</summary>
internal sealed class ModelScorer : IDisposable
{
    // ML.NET's converter names its outputs after ML.NET's columns (MlNetOnnxExporter): a binary model's p(class 1)
    // alone, a multiclass model's probabilities, a regression's value; the XGBoost exporter writes these two.
    private const string XGBoostProbabilities = "probabilities";
    private const string XGBoostValue = "value";
    private const string MlNetProbability = "Probability.output";
    private const string MlNetScore = "Score.output";

    private readonly OnnxModelSession _session;
    private readonly string _input;
    private readonly string _output;
    private readonly TaskKind _task;
    private readonly int _features;
    private readonly int _width;

    private ModelScorer(OnnxModelSession session, ModelBundle bundle)
    {
        _session = session;
        _task = bundle.Task;
        _features = bundle.Parsers.Count;
        _width = bundle.Training.Classes?.Count ?? 1;
        _input = session.InputNames.Count == 1
            ? session.InputNames[0]
            : throw new BundleException($"{bundle.OnnxPath} has {session.InputNames.Count} inputs ({string.Join(", ", session.InputNames)}); the service feeds models with one float [N, features] input, as ExportOnnx writes them.");
        string[] wanted = [XGBoostProbabilities, XGBoostValue, MlNetProbability, MlNetScore];
        _output = wanted.FirstOrDefault(session.OutputNames.Contains)
            ?? throw new BundleException($"{bundle.OnnxPath} has no output {string.Join(" or ", wanted)} (its outputs: {string.Join(", ", session.OutputNames)}); export the model again with ./build.sh ExportOnnx.");
    }

    public string InputName => _input;

    /// <exception cref="BundleException">ONNX Runtime cannot load model.onnx, or its inputs and outputs are not the exporter's.</exception>
    public static ModelScorer Open(ModelBundle bundle)
    {
        OnnxModelSession session;
        try
        {
            session = OnnxModelSession.Open(bundle.OnnxPath);
        }
        catch (OnnxModelException exception)
        {
            throw new BundleException(exception.Message, exception);
        }

        try
        {
            return new ModelScorer(session, bundle);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <param name="rowMajor">Encoded rows, as <see cref="RowEncoder"/> makes them.</param>
    public ModelOutputs Score(float[] rowMajor)
    {
        var rows = rowMajor.Length / _features;
        var output = _session.Run(_input, rowMajor, [rows, _features])[_output].Values;
        if (_task == TaskKind.Binary && output.Length == rows)
        {
            // p(class 1) alone: give both classes, as the XGBoost graph does.
            var both = new float[rows * 2];
            for (var row = 0; row < rows; row++)
            {
                (both[2 * row], both[(2 * row) + 1]) = (1 - output[row], output[row]);
            }

            return new ModelOutputs(both, 2);
        }

        return new ModelOutputs(output, _width);
    }

    public void Dispose() => _session.Dispose();
}
