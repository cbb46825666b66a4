using System.Globalization;
using Google.Protobuf;
using MlPipeline.Onnx.Proto;

namespace MlPipeline.Onnx.Export;

/// <summary>
/// Turns an XGBoost model into an ONNX model that computes the same predictions (for multi:softmax, which predicts a
/// class, the probabilities whose argmax that class is).
/// </summary>
public static class XGBoostOnnxExporter
{
    /// <summary>IR 8 with ai.onnx 15 and ai.onnx.ml 3: what current ONNX Runtime runs and onnx 1.12's checker accepts.</summary>
    private const long IrVersion = 8;

    private const long DefaultOpsetVersion = 15;

    private const long MlOpsetVersion = 3;

    /// <summary>The supported objectives, as XGBoost names them.</summary>
    public static IReadOnlyList<string> SupportedObjectives { get; } = XGBoostObjective.Supported.Select(o => o.Name).ToArray();

    /// <summary>
    /// Exports an XGBoost 1.7 tree model. The graph's input is float [N, F] named <see cref="OnnxExportOptions.InputName"/>
    /// (NaN = missing, as in XGBoost); its output is <c>probabilities</c> float [N, C] for a classifier (C = 2 for
    /// binary:logistic, columns [1 − p, p]) or <c>value</c> float [N, 1] for regression. The same JSON and options give
    /// the same bytes.
    /// </summary>
    /// <param name="xgboostJson">The model as <c>Booster.SaveJson()</c> writes it.</param>
    /// <returns>A serialized ONNX ModelProto.</returns>
    /// <exception cref="OnnxExportException">
    /// The bytes are not an XGBoost JSON model, its objective or booster is not supported (see <see cref="SupportedObjectives"/>),
    /// it has categorical splits, or the options do not fit it.
    /// </exception>
    public static byte[] Export(ReadOnlySpan<byte> xgboostJson, OnnxExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        GraphNames.CheckInputName(options.InputName);
        var model = XGBoostModelReader.Read(xgboostJson);
        var metadata = ExportMetadata.For(model, options);
        var tail = GraphTail.For(model.Objective.Output, model.OutputCount);

        var graph = new GraphProto { Name = "xgboost" };
        graph.Input.Add(OnnxValues.FloatMatrix(options.InputName, model.FeatureCount));
        graph.Node.Add(TreeEnsembleRegressorNode.Build(model, options.InputName, tail.Margins));
        graph.Node.AddRange(tail.Nodes);
        graph.Initializer.AddRange(tail.Initializers);
        graph.Output.Add(tail.Output);

        var onnx = new ModelProto
        {
            IrVersion = IrVersion,
            ProducerName = "MlPipeline",
            ProducerVersion = typeof(XGBoostOnnxExporter).Assembly.GetName().Version?.ToString() ?? "",
            DocString = string.Create(
                CultureInfo.InvariantCulture,
                $"XGBoost {model.Objective.Name} model: {model.Trees.Count} trees over {model.FeatureCount} features."),
            Graph = graph,
        };
        onnx.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = DefaultOpsetVersion });
        onnx.OpsetImport.Add(new OperatorSetIdProto { Domain = TreeEnsembleRegressorNode.Domain, Version = MlOpsetVersion });
        onnx.MetadataProps.AddRange(metadata);
        return onnx.ToByteArray();
    }
}
