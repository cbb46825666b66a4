using MlPipeline.Components.Artifacts;
using MlPipeline.Build;
using MlPipeline.Components.Training;
using MlPipeline.Training.Tuning;
using MlPipeline.Training.Trainers;

namespace MlPipeline.Components.Tuning;

/// <summary>The <c>Tune</c> target: a hyperparameter search whose best trial Train then uses.</summary>
public interface ITune : ITrain
{
    [Parameter("How Tune proposes trials: tpe (learns from the trials so far), random or grid")]
    SamplerKind Sampler => ParameterValue(SamplerKind.Tpe);

    [Parameter("Trials in the study, counting those an interrupted Tune already ran")]
    int Trials => ParameterValue(50);

    [Parameter("Stop starting trials after this long (10m, 90s); with --trials, whichever comes first")]
    TimeSpan? TuneTimeout => ParameterValue<TimeSpan?>(null);

    [Parameter("Stop weak trials early: halving (asynchronous successive halving over boosting rounds) or none")]
    PrunerKind Pruner => ParameterValue(PrunerKind.Halving);

    [Parameter("Successive halving keeps the best 1/N of the trials at each rung")]
    int PrunerReductionFactor => ParameterValue(3);

    [Parameter("Successive halving's first rung, in boosting rounds")]
    int PrunerMinRounds => ParameterValue(10);

    [Parameter("Trials run at once; XGBoost's threads are divided between them")]
    int TuneParallelism => ParameterValue(Environment.ProcessorCount);

    [Parameter("Share one study among several Tune processes (machines, CI matrix jobs) through --registry; each trial runs once")]
    string? Study => ParameterValue<string?>(null);

    [Parameter("In a shared --study, a trial whose worker has not reported for this long (5m, 90s) is run again by another worker")]
    TimeSpan StudyStaleAfter => ParameterValue(TimeSpan.FromMinutes(5));

    [Parameter("Grid points per numeric parameter, for --sampler grid")]
    int GridPoints => ParameterValue(3);

    /// <summary>What Tune searches; a build overrides this member to tune other ranges.</summary>
    SearchSpace TuningSpace => TrainerCatalog.For(Trainer).DefaultSearchSpace;

    Target Tune => _ => _
        .Description("Search the --trainer's parameters (TPE, random or grid; pruning weak trials), resumable; write artifacts/tuning/trials.jsonl and best.json, which Train then uses")
        .DependsOn(ValidateData)
        .Reads(
            () => Sampler, () => Trials, () => TuneTimeout, () => Pruner, () => PrunerReductionFactor, () => PrunerMinRounds,
            () => TuneParallelism, () => Study, () => GridPoints, () => Seed, () => EarlyStoppingRounds, () => Trainer, () => SearchSpaceText.Of(TuningSpace))
        .Produces(ArtifactPaths.Tuning.Trials(this), ArtifactPaths.Tuning.Best(this))
        .Executes(cancellation => new TuningRun(this).RunAsync(cancellation));
}
