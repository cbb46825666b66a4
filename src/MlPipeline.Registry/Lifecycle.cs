namespace MlPipeline.Registry;

/// <summary>The one place that says which state changes a model version may make.</summary>
public static class Lifecycle
{
    private static readonly Dictionary<ModelState, ModelState[]> Allowed = new()
    {
        [ModelState.Created] = [ModelState.Passed, ModelState.Discarded],
        [ModelState.Passed] = [ModelState.Approved, ModelState.Archived],
        [ModelState.Discarded] = [],
        [ModelState.Approved] = [ModelState.Deployed, ModelState.Archived],
        [ModelState.Archived] = [],
        [ModelState.Deployed] = [ModelState.Retired],
        [ModelState.Retired] = [ModelState.Deployed],
    };

    /// <summary>The states a version may move to from <paramref name="from"/> in one recorded transition.</summary>
    public static IReadOnlyList<ModelState> AllowedFrom(ModelState from) => Allowed[from];

    /// <summary>
    /// The transitions that take a version from <paramref name="from"/> to <paramref name="to"/>: one step, or two for
    /// Passed → Deployed, which is recorded as Passed → Approved → Deployed so the audit trail shows the approval.
    /// </summary>
    /// <exception cref="RegistryException">The move is not allowed (<see cref="RegistryError.IllegalTransition"/>).</exception>
    public static IReadOnlyList<ModelState> Steps(ModelState from, ModelState to)
    {
        if (Allowed[from].Contains(to))
        {
            return [to];
        }

        if (from == ModelState.Passed && to == ModelState.Deployed)
        {
            return [ModelState.Approved, ModelState.Deployed];
        }

        throw new RegistryException(RegistryError.IllegalTransition, Refusal(from, to));
    }

    private static string Refusal(ModelState from, ModelState to)
    {
        var allowed = Allowed[from];
        var next = allowed.Length == 0 ? $"{from} is final: nothing is allowed from it" : $"from {from} only {string.Join(" or ", allowed)} is allowed";
        var viaApproval = from == ModelState.Passed ? " (Deployed too, recorded as Passed → Approved → Deployed)" : "";
        return $"A model version cannot move from {from} to {to}: {next}{viaApproval}.";
    }
}
