namespace MlPipeline.Registry;

/// <summary>
/// Every failure of the registry that a user can meet: the message says what went wrong, where, and what to do.
/// The database driver's exception, when there was one, is kept as the inner exception.
/// </summary>
public sealed class RegistryException : Exception
{
    internal RegistryException(RegistryError error, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
    }

    /// <summary>The kind of failure.</summary>
    public RegistryError Error { get; }
}
