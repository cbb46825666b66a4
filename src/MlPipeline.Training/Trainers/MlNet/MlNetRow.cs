namespace MlPipeline.Training.Trainers.MlNet;

/// <summary>One encoded row as ML.NET loads it; the task decides which label column the trainer reads.</summary>
internal sealed class MlNetRow
{
    public float[] Features { get; set; } = [];

    public float Value { get; set; }

    public bool Binary { get; set; }

    /// <summary>The class index 0..k-1; loading from a class stores it as key value index + 1 (key 0 means missing).</summary>
    public uint Class { get; set; }

    public float Weight { get; set; }
}
