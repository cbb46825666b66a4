namespace MlPipeline.Registry;

/// <summary>Checks of what callers pass, so a bad value fails with its name instead of as a database error.</summary>
internal static class Input
{
    private const int MaxNameLength = 200;

    public static string ModelName(string? model) => Name(model, "model name", "\"churn\"");

    public static string StudyName(string? study) => Name(study, "study name", "\"churn-xgboost\"");

    public static string ArtifactName(string? artifact) => Name(artifact, "name of a file kept with a version", "\"reference-profile.json\"");

    public static int TrialNumber(int number) => number >= 0
        ? number
        : throw new RegistryException(RegistryError.InvalidInput, $"{number} is not a trial number: trials are numbered from 0.");

    public static int Version(int version) => version >= 1
        ? version
        : throw new RegistryException(RegistryError.InvalidInput, $"{version} is not a model version: versions are numbered from 1.");

    public static string Required(string? value, string what, string example) => string.IsNullOrWhiteSpace(value)
        ? throw new RegistryException(RegistryError.InvalidInput, $"The {what} is empty; pass one, e.g. {example}.")
        : value;

    public static void Audit(string? actor, string? reason)
    {
        Required(actor, "actor", "\"alice\" or \"github:nightly#42\"");
        Required(reason, "reason", "\"passed the benchmark gate\"");
    }

    public static void Run(RunRecord run)
    {
        if (!RunKinds.All.Contains(run.Kind))
        {
            throw new RegistryException(RegistryError.InvalidInput, $"'{run.Kind}' is not a run kind; use one of: {string.Join(", ", RunKinds.All)}.");
        }

        if (run.ModelName is not null)
        {
            ModelName(run.ModelName);
        }

        if (run.Ended < run.Started)
        {
            throw new RegistryException(RegistryError.InvalidInput, $"The {run.Kind} run ended ({run.Ended:O}) before it started ({run.Started:O}).");
        }
    }

    public static void NewVersion(NewModelVersion model)
    {
        ModelName(model.ModelName);
        if (model.Verdict is not (ModelState.Passed or ModelState.Discarded))
        {
            throw new RegistryException(RegistryError.InvalidInput,
                $"The verdict for a new version of '{model.ModelName}' must be Passed or Discarded (the benchmark gate's result); it was {model.Verdict}.");
        }

        if (model.ModelBytes.Length == 0)
        {
            throw new RegistryException(RegistryError.InvalidInput, $"The model file for '{model.ModelName}' is empty; register the trained model's bytes.");
        }

        foreach (var (name, content) in model.Artifacts ?? new Dictionary<string, byte[]>())
        {
            ArtifactName(name);
            if (content is null or { Length: 0 })
            {
                throw new RegistryException(RegistryError.InvalidInput, $"The file '{name}' to keep with the new version of '{model.ModelName}' is empty; pass its bytes or leave it out.");
            }
        }

        Required(model.DataHash, "data hash", "the dataset's content hash");
        Required(model.GitCommit, "git commit", "the output of `git rev-parse HEAD`");
        Audit(model.Actor, model.Reason);
    }

    private static string Name(string? name, string what, string example) =>
        string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength || name.Any(char.IsControl) || name.Trim() != name
            ? throw new RegistryException(RegistryError.InvalidInput,
                $"'{name}' is not a {what}: use 1 to {MaxNameLength} characters without control characters or surrounding spaces, e.g. {example}.")
            : name;
}
