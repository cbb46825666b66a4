namespace MlPipeline.Build.UpToDate;

/// <summary>Decides whether a target may be skipped, and otherwise says why it runs.</summary>
internal static class UpToDateCheck
{
    /// <returns>Null when the target is up to date; else the reason it has to run.</returns>
    public static string? WhyRun(TargetFingerprint current, TargetFingerprint? stored, IReadOnlyDictionary<string, string> outputsNow)
    {
        if (outputsNow.Count == 0)
        {
            return "declares no outputs";
        }

        if (stored is null)
        {
            return "no record of a previous successful run";
        }

        if (stored.Digest != current.Digest)
        {
            return Difference(current, stored);
        }

        foreach (var (path, hash) in outputsNow)
        {
            if (hash == ContentHasher.Missing)
            {
                return $"output {path} is missing";
            }

            if (stored.Outputs.GetValueOrDefault(path) != hash)
            {
                return $"output {path} changed since the last run";
            }
        }

        return null;
    }

    private static string Difference(TargetFingerprint current, TargetFingerprint stored)
    {
        foreach (var (path, hash) in current.Inputs)
        {
            if (!stored.Inputs.TryGetValue(path, out var before))
            {
                return $"input {path} is new";
            }

            if (before != hash)
            {
                return hash == ContentHasher.Missing ? $"input {path} is missing" : $"input {path} changed";
            }
        }

        foreach (var (name, value) in current.Parameters)
        {
            if (!stored.Parameters.TryGetValue(name, out var before))
            {
                return $"parameter {name} is newly read";
            }

            if (before != value)
            {
                return $"parameter {name} changed ({before} → {value})";
            }
        }

        foreach (var (name, digest) in current.Dependencies)
        {
            if (stored.Dependencies.GetValueOrDefault(name) != digest)
            {
                return $"dependency {name} changed";
            }
        }

        return stored.Inputs.Keys.Except(current.Inputs.Keys).FirstOrDefault() is { } removed
            ? $"input {removed} is no longer declared"
            : "its declared inputs or a secret parameter changed";
    }
}
