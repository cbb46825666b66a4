namespace MlPipeline.Training.Tuning.Study;

/// <summary>A study cannot go on or ended without a result (no completed trial, an unreadable study file); the message says what to do.</summary>
public sealed class StudyException(string message, Exception? inner = null) : Exception(message, inner);
