namespace MlPipeline.Build.Workflows;

/// <summary>A build parameter as workflow generation sees it.</summary>
/// <param name="Name">The C# member name, e.g. <c>NumBoostRound</c>.</param>
/// <param name="CliName">The command-line name without the leading dashes, e.g. <c>num-boost-round</c>.</param>
/// <param name="EnvironmentName">The environment variable name, e.g. <c>NUM_BOOST_ROUND</c>.</param>
/// <param name="TypeName">The C# type name, e.g. <c>int</c>, <c>bool</c>, <c>Objective</c>.</param>
/// <param name="AllowedValues">The options of an enum parameter; empty for other types.</param>
internal sealed record WorkflowParameter(
    string Name,
    string CliName,
    string EnvironmentName,
    string TypeName,
    string Description,
    bool IsSecret,
    string? DefaultValue,
    IReadOnlyList<string> AllowedValues);
