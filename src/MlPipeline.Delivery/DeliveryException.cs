namespace MlPipeline.Delivery;

/// <summary>
/// Every failure of building, pushing or smoke-testing an image that a user can meet: the message says what went wrong,
/// where, and what to do. The underlying exception (HTTP, process, daemon), when there was one, is kept as the inner exception.
/// </summary>
public sealed class DeliveryException : Exception
{
    internal DeliveryException(DeliveryError error, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
    }

    /// <summary>The kind of failure.</summary>
    public DeliveryError Error { get; }
}
