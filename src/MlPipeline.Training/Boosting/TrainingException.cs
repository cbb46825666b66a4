namespace MlPipeline.Training.Boosting;

/// <summary>Training cannot start or went wrong (bad parameters, bad labels, a non-finite loss); the message says how to fix it.</summary>
public sealed class TrainingException(string message) : Exception(message);
