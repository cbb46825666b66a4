namespace MlPipeline.Training.Gates;

/// <summary>
/// A condition the candidate model must meet before it is registered: <see cref="AbsoluteGate"/> or
/// <see cref="BaselineGate"/>. <see cref="GateParser.Parse"/> reads the command-line forms.
/// </summary>
public abstract record Gate
{
    private protected Gate(string metric, string type)
    {
        ArgumentNullException.ThrowIfNull(metric);
        GateRules.Require(GateRules.MetricProblem(metric), type, nameof(Metric));
        Metric = metric;
    }

    /// <summary>A name from <see cref="GateMetrics.All"/>.</summary>
    public string Metric { get; }

    /// <summary>The gate as written on the command line, e.g. <c>macro_f1&gt;=0.55</c>; <see cref="GateParser.Parse"/> reads it back.</summary>
    public abstract string Text { get; }

    public sealed override string ToString() => Text;
}
