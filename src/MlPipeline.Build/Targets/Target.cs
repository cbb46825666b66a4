namespace MlPipeline.Build;

/// <summary>
/// A build target, declared as a property: <c>Target Train => _ => _.DependsOn(ValidateData).Executes(...)</c>.
/// The property name is the target's name.
/// </summary>
public delegate ITargetDefinition Target(ITargetDefinition definition);
