namespace MlPipeline.Components.Data;

/// <summary>The <c>--split</c> choices.</summary>
public enum SplitMethod
{
    Stratified,
    Random,
    Time,
}
