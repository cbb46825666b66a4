namespace MlPipeline.Registry;

/// <summary>Drivers' messages are quoted inside ours; not all of them end a sentence.</summary>
internal static class Sentence
{
    public static string Of(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith('.') || trimmed.EndsWith('!') || trimmed.EndsWith('?') ? trimmed : trimmed + ".";
    }
}
