using System.Security.Cryptography;
using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Training;
using MlPipeline.Training.Gates;
using MlPipeline.Training.Trainers;
using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Components.Gates;

/// <summary>What <see cref="IRegressionTest.RegressionTest"/> does.</summary>
internal sealed class GateRun(IRegressionTest build)
{
    public void Run()
    {
        var path = ArtifactPaths.Model.Gate(build);
        foreach (var stale in new[] { path, ArtifactPaths.Model.Verdict(build) })
        {
            // Register trusts the verdict; a failed run must not leave the previous one behind.
            if (stale.Exists)
            {
                File.Delete(stale);
            }
        }

        var gates = ParseGates(build);
        var data = PreparedDataset.Load(build);
        var trainer = TrainerCatalog.For(build.Trainer);
        var model = File.ReadAllBytes(ArtifactPaths.Model.File(build, trainer));
        var candidate = ScoredBenchmark.Score(data, trainer, model, build.Nthread);
        var operational = OperationalMeasurement.Measure(trainer, model, candidate.Rows, data.Task);
        var pair = BaselinePairing.Pair(candidate, operational, BaselineFiles.Read(build), data, build.RootDirectory);
        var report = GateEvaluator.Evaluate(gates, pair.Candidate, pair.Baseline, BootstrapOptions.Default with { Replicates = build.BootstrapReplicates });
        GateReportFile.Write(path, report);
        ArtifactJson.Write(ArtifactPaths.Model.Verdict(build), new ModelVerdict(
            "sha256:" + Convert.ToHexStringLower(SHA256.HashData(model)),
            report.Passed,
            report.Verdicts.Where(v => v.State == GateState.Failed).Select(v => v.Gate).ToArray(),
            pair.Candidate.Metrics));

        build.Log.Information((pair.Note is null ? "" : pair.Note + "\n") + GateTable.Render(report));
        var failed = report.Verdicts.Count(v => v.State == GateState.Failed);
        if (failed > 0)
        {
            throw new InvalidOperationException(
                $"{failed} of {report.Verdicts.Count} gates failed (details in {path.RelativeTo(build.RootDirectory)}); Register records this model as Discarded.");
        }

        build.Log.Information(gates.Count == 0
            ? "No gates are declared: add some to Build.cs (Gates) or pass --gate \"macro_f1>=0.55\"."
            : $"All {report.Verdicts.Count(v => v.State == GateState.Passed)} applicable gates passed.");
    }

    /// <summary>The build's gates and those of <c>--gate</c>, parsed; every unreadable one is named in one exception.</summary>
    public static IReadOnlyList<Gate> ParseGates(IRegressionTest build)
    {
        var gates = new List<Gate>();
        var problems = new List<string>();
        foreach (var text in build.Gates.Concat(build.Gate))
        {
            try
            {
                gates.Add(GateParser.Parse(text));
            }
            catch (ArgumentException exception)
            {
                problems.Add(exception.Message.Split(" (Parameter", 2)[0]);
            }
        }

        return problems.Count == 0
            ? gates
            : throw new ArgumentException($"--gate: {string.Join(" ", problems)}");
    }
}
