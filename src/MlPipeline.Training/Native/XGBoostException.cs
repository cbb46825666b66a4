namespace MlPipeline.Training.Native;

/// <summary>XGBoost refused a call or cannot be loaded; the message carries the library's own explanation.</summary>
public sealed class XGBoostException(string message) : Exception(message);
