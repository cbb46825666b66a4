namespace MlPipeline.Training.Trainers;

/// <summary>What every trainer takes besides its own parameters: the seed, the thread count and early stopping.</summary>
/// <param name="Threads">Fixed, not "all cores": the model depends on it.</param>
/// <param name="EarlyStoppingRounds">0 turns early stopping off; trainers without it (ML.NET's) train every round.</param>
public sealed record TrainerRun(int Seed, int Threads, int EarlyStoppingRounds)
{
    /// <summary>The run settings under the names training.json and the registry record them with.</summary>
    public IEnumerable<KeyValuePair<string, double>> Values =>
        [new("early_stopping_rounds", EarlyStoppingRounds), new("seed", Seed), new("nthread", Threads)];
}
