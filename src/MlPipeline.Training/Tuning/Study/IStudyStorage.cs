namespace MlPipeline.Training.Tuning.Study;

/// <summary>Where a study keeps its trials, so it can resume and several runners can share it.</summary>
/// <remarks>Every member may be called from several threads at once; a storage shared by processes must also be safe across them.</remarks>
public interface IStudyStorage
{
    /// <summary>The next trial number: never handed out twice, nor one already saved. Atomic at the storage.</summary>
    int ReserveTrialNumber();

    /// <summary>Inserts the trial, or replaces the one saved with its number.</summary>
    void Save(Trial trial);

    /// <summary>
    /// Saves <paramref name="trial"/> only if the stored trial of its number is still <paramref name="previous"/> as this
    /// storage saved or loaded it; atomic at the storage. It lets one process, and only one, take over a trial whose
    /// worker died, and tells that worker, had it only been slow, that its trial is no longer its own.
    /// </summary>
    /// <returns>False, having saved nothing, when another process saved that trial since.</returns>
    bool TrySave(Trial previous, Trial trial)
    {
        // A storage no other process writes cannot have changed under this one.
        Save(trial);
        return true;
    }

    /// <summary>The latest saved state of every trial, by number.</summary>
    IReadOnlyList<Trial> Load();

    /// <summary>
    /// True when other processes run trials of the same study at the same time. The runner then leaves a trial it finds
    /// running to whoever runs it, instead of resuming it as cut off, and reloads the storage before each new trial so
    /// the sampler sees the other processes' trials. False by default.
    /// </summary>
    bool IsShared => false;
}
