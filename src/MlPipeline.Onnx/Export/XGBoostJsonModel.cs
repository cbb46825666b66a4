namespace MlPipeline.Onnx.Export;

// The parts of XGBoost's JSON model (Booster.SaveJson) the exporter reads, named as in the document (snake_case through
// XGBoostJsonContext). Everything is nullable: XGBoostModelReader checks presence and says which member is missing.

internal sealed class XGBoostJsonModel
{
    public int[]? Version { get; init; }

    public LearnerJson? Learner { get; init; }
}

internal sealed class LearnerJson
{
    public LearnerModelParamJson? LearnerModelParam { get; init; }

    public ObjectiveJson? Objective { get; init; }

    public GradientBoosterJson? GradientBooster { get; init; }
}

/// <summary>XGBoost writes these numbers as strings ("5E-1").</summary>
internal sealed class LearnerModelParamJson
{
    public string? BaseScore { get; init; }

    public string? NumClass { get; init; }

    public string? NumFeature { get; init; }

    public string? NumTarget { get; init; }
}

internal sealed class ObjectiveJson
{
    public string? Name { get; init; }
}

internal sealed class GradientBoosterJson
{
    public string? Name { get; init; }

    public GbTreeModelJson? Model { get; init; }
}

internal sealed class GbTreeModelJson
{
    public TreeJson[]? Trees { get; init; }

    public int[]? TreeInfo { get; init; }
}

/// <summary>One tree as parallel arrays indexed by node id; a leaf has left_children = -1 and its value in split_conditions.</summary>
internal sealed class TreeJson
{
    public int[]? LeftChildren { get; init; }

    public int[]? RightChildren { get; init; }

    public int[]? SplitIndices { get; init; }

    public float[]? SplitConditions { get; init; }

    public int[]? DefaultLeft { get; init; }

    public int[]? SplitType { get; init; }

    public float[]? SumHessian { get; init; }
}
