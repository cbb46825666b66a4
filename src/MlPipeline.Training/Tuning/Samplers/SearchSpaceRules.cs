namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>Checks that a search space can be sampled, before any trial runs.</summary>
public static class SearchSpaceRules
{
    /// <summary>
    /// Throws when the space has no parameters, a parameter without a name, two parameters with one name, a numeric range
    /// that is not finite or whose Low is not below High, a log range that is not positive, or a categorical parameter
    /// without choices or with repeated choices.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="space"/> or one of its parameters is null.</exception>
    /// <exception cref="ArgumentException">The space breaks one of the rules above; the message names the parameter.</exception>
    public static void Check(SearchSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(space.Parameters, nameof(space));
        if (space.Parameters.Count == 0)
        {
            throw new ArgumentException("The search space has no parameters: add at least one to tune.", nameof(space));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < space.Parameters.Count; index++)
        {
            var parameter = space.Parameters[index]
                ?? throw new ArgumentNullException(nameof(space), $"Search space parameter {index} is null.");
            if (string.IsNullOrWhiteSpace(parameter.Name))
            {
                throw new ArgumentException($"Search space parameter {index} has no name: give it the trainer's parameter name.", nameof(space));
            }

            if (!names.Add(parameter.Name))
            {
                throw new ArgumentException($"Search space parameter '{parameter.Name}' appears twice: keep one of them.", nameof(space));
            }

            CheckRange(parameter);
        }
    }

    private static void CheckRange(ParameterSpace parameter)
    {
        switch (parameter)
        {
            case UniformSpace uniform:
                CheckOrdered(uniform.Name, uniform.Low, uniform.High);
                break;
            case LogUniformSpace logUniform:
                CheckOrdered(logUniform.Name, logUniform.Low, logUniform.High);
                if (logUniform.Low <= 0)
                {
                    throw new ArgumentException(
                        $"Search space parameter '{logUniform.Name}' is log-uniform from {logUniform.Low}: its Low must be positive, or make it uniform.",
                        "space");
                }

                break;
            case IntegerSpace integer:
                CheckOrdered(integer.Name, integer.Low, integer.High);
                // Log integers are drawn from the logarithm of [Low - 0.5, High + 0.5], Low's rounding interval included.
                if (integer.Log && integer.Low < 1)
                {
                    throw new ArgumentException(
                        $"Search space parameter '{integer.Name}' is a log integer range from {integer.Low}: its Low must be at least 1, or set Log = false.",
                        "space");
                }

                break;
            case CategoricalSpace categorical:
                CheckChoices(categorical);
                break;
            default:
                throw new ArgumentException(
                    $"Search space parameter '{parameter.Name}' is a {parameter.GetType().Name}, which no sampler knows: "
                    + "use UniformSpace, LogUniformSpace, IntegerSpace or CategoricalSpace.",
                    "space");
        }
    }

    private static void CheckOrdered(string name, double low, double high)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            throw new ArgumentException($"Search space parameter '{name}' has the range [{low}, {high}]: both ends must be finite numbers.", "space");
        }

        if (low >= high)
        {
            throw new ArgumentException(
                $"Search space parameter '{name}' has Low = {low} and High = {high}: Low must be below High (swap them, or drop a parameter that has one value).",
                "space");
        }
    }

    private static void CheckChoices(CategoricalSpace categorical)
    {
        if (categorical.Choices is null || categorical.Choices.Count == 0)
        {
            throw new ArgumentException($"Search space parameter '{categorical.Name}' has no choices: list at least one.", "space");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var choice in categorical.Choices)
        {
            if (choice is null)
            {
                throw new ArgumentException($"Search space parameter '{categorical.Name}' has a null choice: remove it.", "space");
            }

            if (!seen.Add(choice))
            {
                throw new ArgumentException($"Search space parameter '{categorical.Name}' lists the choice '{choice}' twice: keep one.", "space");
            }
        }
    }
}
