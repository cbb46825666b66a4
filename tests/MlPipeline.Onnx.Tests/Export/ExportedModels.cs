using MlPipeline.Onnx.Export;
using MlPipeline.Onnx.Proto;

namespace MlPipeline.Onnx.Tests.Export;

/// <summary>Exports a test case and reads the bytes back with the generated classes, as any ONNX reader would.</summary>
internal static class ExportedModels
{
    public static ModelProto Export(ExportCase model, OnnxExportOptions? options = null) =>
        ModelProto.Parser.ParseFrom(XGBoostOnnxExporter.Export(model.Json, options ?? new OnnxExportOptions()));

    public static NodeProto TreeEnsemble(ModelProto model) => model.Graph.Node.Single(n => n.OpType == "TreeEnsembleRegressor");

    public static AttributeProto Attribute(NodeProto node, string name) => node.Attribute.Single(a => a.Name == name);
}
