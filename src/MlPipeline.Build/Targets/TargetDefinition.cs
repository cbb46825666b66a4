using System.Linq.Expressions;

namespace MlPipeline.Build.Targets;

/// <summary>Collects what a target property declares; the engine reads it after evaluation.</summary>
internal sealed partial class TargetDefinition(string name, object build) : ITargetDefinition
{
    private readonly object _build = build;

    public string Name { get; } = name;

    public string? DescriptionText { get; private set; }

    public bool IsUnlisted { get; private set; }

    public List<Func<CancellationToken, Task>> Actions { get; } = [];

    public TargetRelations Relations { get; } = new();

    public List<TargetCondition> StaticConditions { get; } = [];

    public List<TargetCondition> DynamicConditions { get; } = [];

    public List<TargetCondition> Requirements { get; } = [];

    public List<Action> Preflights { get; } = [];

    public List<ParameterRead> ParameterReads { get; } = [];

    public List<AbsolutePath> InputPaths { get; } = [];

    public List<AbsolutePath> OutputPaths { get; } = [];

    public DependencyBehavior SkipBehavior { get; private set; } = DependencyBehavior.Execute;

    public bool ProceedsAfterFailure { get; private set; }

    public bool IsAssuredAfterFailure { get; private set; }

    public ITargetDefinition Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    public ITargetDefinition Unlisted()
    {
        IsUnlisted = true;
        return this;
    }

    public ITargetDefinition Executes(Action action) => Executes(_ =>
    {
        action();
        return Task.CompletedTask;
    });

    public ITargetDefinition Executes(Func<Task> action) => Executes(_ => action());

    public ITargetDefinition Executes(Func<CancellationToken, Task> action)
    {
        Actions.Add(action);
        return this;
    }

    public ITargetDefinition OnlyWhenStatic(Func<bool> condition, string? text = null)
    {
        StaticConditions.Add(new TargetCondition(condition, ConditionText(text)));
        return this;
    }

    public ITargetDefinition OnlyWhenDynamic(Func<bool> condition, string? text = null)
    {
        DynamicConditions.Add(new TargetCondition(condition, ConditionText(text)));
        return this;
    }

    public ITargetDefinition WhenSkipped(DependencyBehavior behavior)
    {
        SkipBehavior = behavior;
        return this;
    }

    public ITargetDefinition Requires<T>(Expression<Func<T>> value, string? text = null)
    {
        var read = value.Compile();
        var memberName = MemberNameOf(value.Body);
        Requirements.Add(new TargetCondition(() => HasValue(read()), memberName ?? ConditionText(text)));
        if (memberName is not null)
        {
            ParameterReads.Add(new ParameterRead(memberName, () => read()));
        }

        return this;
    }

    public ITargetDefinition Checks(Action check)
    {
        Preflights.Add(check);
        return this;
    }

    public ITargetDefinition ProceedAfterFailure()
    {
        ProceedsAfterFailure = true;
        return this;
    }

    public ITargetDefinition AssuredAfterFailure()
    {
        IsAssuredAfterFailure = true;
        return this;
    }

    public ITargetDefinition Inputs(params AbsolutePath[] paths)
    {
        InputPaths.AddRange(paths);
        return this;
    }

    public ITargetDefinition Reads(params Expression<Func<object?>>[] parameters)
    {
        foreach (var parameter in parameters)
        {
            ParameterReads.Add(new ParameterRead(MemberNameOf(parameter.Body) ?? parameter.Body.ToString(), parameter.Compile()));
        }

        return this;
    }

    public ITargetDefinition Produces(params AbsolutePath[] paths)
    {
        OutputPaths.AddRange(paths);
        return this;
    }

    /// <summary>"() => Ready" reads better as "Ready".</summary>
    private static string ConditionText(string? text)
    {
        var trimmed = text?.Trim() ?? "condition";
        var arrow = trimmed.IndexOf("=>", StringComparison.Ordinal);
        return trimmed.StartsWith('(') && arrow > 0 && trimmed[..arrow].Trim() == "()" ? trimmed[(arrow + 2)..].Trim() : trimmed;
    }

    private static string? MemberNameOf(Expression expression) => expression switch
    {
        MemberExpression member => member.Member.Name,
        UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert => MemberNameOf(convert.Operand),
        _ => null,
    };

    private static bool HasValue(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string text => !string.IsNullOrWhiteSpace(text),
        Array array => array.Length > 0,
        _ => true,
    };
}
