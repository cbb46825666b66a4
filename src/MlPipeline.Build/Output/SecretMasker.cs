namespace MlPipeline.Build.Output;

/// <summary>Replaces every known secret value in a text with asterisks.</summary>
internal sealed class SecretMasker
{
    public const string Mask = "****";

    private volatile string[] _secrets = [];

    public bool HasSecrets => _secrets.Length > 0;

    public void Add(IEnumerable<string> secrets)
    {
        // Longest first, so a secret that contains another is masked whole.
        _secrets = _secrets.Concat(secrets.Where(s => s.Length > 0)).Distinct().OrderByDescending(s => s.Length).ToArray();
    }

    public string Apply(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
