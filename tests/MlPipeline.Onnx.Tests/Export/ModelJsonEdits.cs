using System.Text.Json.Nodes;

namespace MlPipeline.Onnx.Tests.Export;

/// <summary>Changes one thing in a real model's JSON; JsonNode writes untouched numbers back with their original text.</summary>
internal static class ModelJsonEdits
{
    public static byte[] Edit(byte[] json, Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(json)!;
        edit(root);
        return System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    public static JsonNode Learner(JsonNode root) => root["learner"]!;

    public static JsonArray Trees(JsonNode root) => root["learner"]!["gradient_booster"]!["model"]!["trees"]!.AsArray();
}
