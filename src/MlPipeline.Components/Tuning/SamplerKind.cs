namespace MlPipeline.Components.Tuning;

public enum SamplerKind
{
    Tpe,
    Random,
    Grid,
}
