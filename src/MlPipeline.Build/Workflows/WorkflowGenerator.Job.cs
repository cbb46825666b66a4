using MlPipeline.Build.Workflows.Yaml;

namespace MlPipeline.Build.Workflows;

internal static partial class WorkflowGenerator
{
    private static YamlMapping Job(WorkflowDefinition definition, IReadOnlyList<string> targets, bool matrix, string? needs)
    {
        var workflow = definition.Declaration;
        var steps = new YamlSequence
        {
            new YamlMapping
            {
                { "name", "Check out" },
                { "uses", "actions/checkout@v4" },
            },
            new YamlMapping
            {
                { "name", "Set up .NET" },
                { "uses", "actions/setup-dotnet@v4" },
                { "with", new YamlMapping { { "dotnet-version", workflow.DotNetVersion } } },
            },
            new YamlMapping
            {
                { "name", "Cache NuGet packages" },
                { "uses", "actions/cache@v4" },
                {
                    "with", new YamlMapping
                    {
                        { "path", "~/.nuget/packages" },
                        { "key", "nuget-${{ runner.os }}-${{ hashFiles('**/*.csproj', 'Directory.Packages.props') }}" },
                        { "restore-keys", "nuget-${{ runner.os }}-" },
                    }
                },
            },
            new YamlMapping
            {
                // Fingerprints, tools and the declared outputs: restoring them together lets a target whose inputs
                // did not change skip as up to date (a fingerprint alone would not, its outputs being missing). A cache
                // key cannot be overwritten, so each commit saves its own, and the workflow name keeps two workflows
                // on one commit from competing for the same key.
                { "name", definition.OutputPaths.Count > 0 ? "Cache .nuke/temp and outputs" : "Cache .nuke/temp" },
                { "uses", "actions/cache@v4" },
                {
                    "with", new YamlMapping
                    {
                        { "path", definition.OutputPaths.Count > 0 ? YamlScalar.Lines([".nuke/temp", .. definition.OutputPaths]) : ".nuke/temp" },
                        { "key", $"nuke-temp-{workflow.Name}-${{{{ runner.os }}}}-${{{{ github.sha }}}}" },
                        { "restore-keys", $"nuke-temp-{workflow.Name}-${{{{ runner.os }}}}-" },
                    }
                },
            },
            BuildStep(definition, targets, force: needs is not null),
        };
        if (definition.ArtifactPaths.Count > 0)
        {
            steps.Add(new YamlMapping
            {
                { "name", "Upload artifacts" },
                { "if", "always()" },
                { "uses", "actions/upload-artifact@v4" },
                {
                    "with", new YamlMapping
                    {
                        // Copies of a matrix upload side by side, so each needs a name of its own.
                        { "name", matrix ? $"{workflow.Name}-artifacts-${{{{ matrix.worker }}}}" : targets == definition.Targets ? $"{workflow.Name}-artifacts" : $"{workflow.Name}-gathered" },
                        { "path", YamlScalar.Lines(definition.ArtifactPaths) },
                    }
                },
            });
        }

        var job = new YamlMapping();
        if (needs is not null)
        {
            job.Add("needs", needs);
        }

        job.Add("runs-on", workflow.RunsOn);
        job.Add("timeout-minutes", workflow.TimeoutMinutes);
        if (matrix)
        {
            // One failing copy must not cancel the others: their work is shared, and what they did still counts.
            var workers = new YamlSequence();
            foreach (var worker in Enumerable.Range(1, workflow.MatrixWorkers))
            {
                workers.Add(worker);
            }

            job.Add("strategy", new YamlMapping { { "fail-fast", false }, { "matrix", new YamlMapping { { "worker", workers } } } });
        }

        job.Add("steps", steps);
        return job;
    }

    /// <param name="force">For the gathering job: its targets read what the matrix copies wrote elsewhere, which no fingerprint sees.</param>
    private static YamlMapping BuildStep(WorkflowDefinition definition, IReadOnlyList<string> targets, bool force)
    {
        // Inputs reach the shell through the environment, never spliced into the script, so an input's text cannot
        // run as a command; an input left empty (and every input on push, pull_request and schedule) passes nothing,
        // so the build's own parameter sources decide.
        var command = "./build.sh " + string.Join(" ", targets
            .Concat(definition.Declaration.BuildArguments)
            .Concat(force ? ["--force", string.Join(",", targets)] : [])
            .Select(ShellArgument.Quote));
        string[] lines =
        [
            command,
            .. definition.DispatchInputs.Select(input =>
                $"  ${{{InputVariable(input)}:+--{input.CliName} \"${InputVariable(input)}\"}}"),
        ];
        // One input per continued line keeps a long command readable in the workflow file and in the run's log.
        YamlNode script = lines.Length == 1
            ? command
            : YamlScalar.Lines(lines.Select((line, index) => index < lines.Length - 1 ? line + " \\" : line));
        var environment = new YamlMapping();
        foreach (var secret in definition.Secrets)
        {
            environment.Add(secret.EnvironmentName, $"${{{{ secrets.{secret.EnvironmentName} }}}}");
        }

        foreach (var variable in definition.Environment)
        {
            environment.Add(variable.Name, variable.Value);
        }

        foreach (var input in definition.DispatchInputs)
        {
            environment.Add(InputVariable(input), $"${{{{ inputs.{input.CliName} }}}}");
        }

        var step = new YamlMapping
        {
            { "name", $"Run {string.Join(", ", targets)}" },
            // bash on every runner: Windows runners default to PowerShell, which cannot run ./build.sh.
            { "shell", "bash" },
            { "run", script },
        };
        if (environment.Count > 0)
        {
            step.Add("env", environment);
        }

        return step;
    }

    // Prefixed so the build does not also read it as the parameter's own environment variable.
    private static string InputVariable(WorkflowParameter input) => $"INPUT_{input.EnvironmentName}";
}
