namespace MlPipeline.Training.Tuning;

/// <summary>One tunable parameter and the values it may take.</summary>
public abstract record ParameterSpace(string Name);

/// <summary>A real number drawn evenly from [Low, High].</summary>
public sealed record UniformSpace(string Name, double Low, double High) : ParameterSpace(Name);

/// <summary>A positive real number whose logarithm is drawn evenly: for scales such as the learning rate.</summary>
public sealed record LogUniformSpace(string Name, double Low, double High) : ParameterSpace(Name);

/// <summary>A whole number in [Low, High], inclusive; with <paramref name="Log"/> its logarithm is drawn evenly.</summary>
public sealed record IntegerSpace(string Name, int Low, int High, bool Log = false) : ParameterSpace(Name);

/// <summary>One of a fixed list of choices.</summary>
public sealed record CategoricalSpace(string Name, IReadOnlyList<string> Choices) : ParameterSpace(Name);
