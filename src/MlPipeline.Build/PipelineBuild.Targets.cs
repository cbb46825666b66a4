using MlPipeline.Build.Workflows;

namespace MlPipeline.Build;

/// <summary>The targets every build has.</summary>
public abstract partial class PipelineBuild
{
    /// <summary>With GenerateWorkflows: fail when a committed workflow differs from the generated one, instead of writing it.</summary>
    [Parameter("With GenerateWorkflows: fail when a committed workflow file differs from the generated one, instead of writing it")]
    private bool Check => ParameterValue(false);

    /// <summary>Writes <c>.github/workflows/*.yml</c> from the build's <see cref="GitHubActionsAttribute"/> declarations.</summary>
    public Target GenerateWorkflows => _ => _
        .Description("Write .github/workflows/*.yml from the [GitHubActions] declarations (--check: fail when the committed files are stale)")
        .Executes(cancellation => WorkflowGeneration.RunAsync(this, Context.Graph(), Check, cancellation));
}
