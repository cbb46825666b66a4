using System.Globalization;
using System.Text.Json;

namespace MlPipeline.Onnx.Export;

/// <summary>Reads XGBoost 1.7's JSON model (Booster.SaveJson) and checks everything the export relies on.</summary>
internal static class XGBoostModelReader
{
    private const string SaveHint = "Save the model with Booster.SaveJson() (XGBoost's JSON format; UBJSON and the legacy binary format are not read).";

    /// <exception cref="OnnxExportException">The bytes are not an XGBoost JSON tree model, or it uses something the export does not support.</exception>
    public static XGBoostModel Read(ReadOnlySpan<byte> json)
    {
        XGBoostJsonModel? document;
        try
        {
            document = JsonSerializer.Deserialize(json, XGBoostJsonContext.Default.XGBoostJsonModel);
        }
        catch (JsonException e)
        {
            throw new OnnxExportException($"The bytes are not an XGBoost JSON model: {e.Message} {SaveHint}", e);
        }

        var learner = document?.Learner;
        if (document?.Version is null || learner is null)
        {
            throw new OnnxExportException($"The JSON document is not an XGBoost model: it has no \"version\" and \"learner\" members. {SaveHint}");
        }

        var objective = XGBoostObjective.Named(Required(learner.Objective?.Name, "learner.objective.name"));
        var parameters = learner.LearnerModelParam;
        var featureCount = ParseInt(parameters?.NumFeature, "learner.learner_model_param.num_feature");
        var classCount = ParseInt(parameters?.NumClass, "learner.learner_model_param.num_class");
        var targetCount = parameters?.NumTarget is null ? 1 : ParseInt(parameters.NumTarget, "learner.learner_model_param.num_target");
        var baseScore = ParseFloat(parameters?.BaseScore, "learner.learner_model_param.base_score");
        if (featureCount < 1)
        {
            throw new OnnxExportException($"The XGBoost model has num_feature = {featureCount}; a model to export needs at least one feature. {SaveHint}");
        }

        if (targetCount != 1)
        {
            throw new OnnxExportException($"The XGBoost model has {targetCount} targets; the ONNX exporter supports single-target models only.");
        }

        var outputCount = OutputCount(objective, classCount);
        var booster = learner.GradientBooster;
        if (booster?.Name != "gbtree")
        {
            throw new OnnxExportException(
                $"The XGBoost model's booster is \"{booster?.Name}\"; the ONNX exporter supports \"gbtree\" only (not dart or gblinear). Train with booster=gbtree.");
        }

        var trees = Required(booster.Model?.Trees, "learner.gradient_booster.model.trees");
        var treeInfo = Required(booster.Model?.TreeInfo, "learner.gradient_booster.model.tree_info");
        if (treeInfo.Length != trees.Length)
        {
            throw new OnnxExportException($"The XGBoost model has {trees.Length} trees but {treeInfo.Length} tree_info entries; the file is damaged. {SaveHint}");
        }

        var checkedTrees = new XGBoostTree[trees.Length];
        for (var t = 0; t < trees.Length; t++)
        {
            if (treeInfo[t] < 0 || treeInfo[t] >= outputCount)
            {
                throw new OnnxExportException($"Tree {t} of the XGBoost model adds into output {treeInfo[t]}, outside 0..{outputCount - 1}; the file is damaged. {SaveHint}");
            }

            checkedTrees[t] = XGBoostTreeReader.Read(trees[t], t, treeInfo[t], featureCount);
        }

        return new XGBoostModel(objective, featureCount, outputCount, objective.StartingMargin(baseScore), checkedTrees);
    }

    private static int OutputCount(XGBoostObjective objective, int classCount)
    {
        if (objective.Output != ModelOutput.ClassProbabilities)
        {
            return 1;
        }

        if (classCount < 2)
        {
            throw new OnnxExportException($"The XGBoost model's objective is {objective.Name} but num_class is {classCount}; a multiclass model needs at least 2 classes. {SaveHint}");
        }

        return classCount;
    }

    private static T Required<T>(T? value, string path)
        where T : class =>
        value ?? throw new OnnxExportException($"The XGBoost model has no {path}. {SaveHint}");

    private static int ParseInt(string? text, string path) =>
        int.TryParse(Required(text, path), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new OnnxExportException($"The XGBoost model's {path} is \"{text}\", not an integer. {SaveHint}");

    // XGBoost writes float32 values as shortest round-trip text: parsing straight to float gives back the exact value.
    private static float ParseFloat(string? text, string path) =>
        float.TryParse(Required(text, path), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && float.IsFinite(value)
            ? value
            : throw new OnnxExportException($"The XGBoost model's {path} is \"{text}\", not a finite number. {SaveHint}");
}
