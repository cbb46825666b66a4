namespace MlPipeline.Build.Tests.Support;

internal static class TargetDefinitionExtensions
{
    public static ITargetDefinition When(this ITargetDefinition definition, bool condition, Func<ITargetDefinition, ITargetDefinition> apply)
        => condition ? apply(definition) : definition;
}
