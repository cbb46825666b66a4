using MlPipeline.Build.Workflows.Yaml;

namespace MlPipeline.Build.Workflows;

internal static partial class WorkflowGenerator
{
    private static YamlMapping Triggers(WorkflowDefinition definition)
    {
        var workflow = definition.Declaration;
        var triggers = new YamlMapping();
        if (workflow.OnPushBranches.Length > 0)
        {
            var push = new YamlMapping { { "branches", Strings(workflow.OnPushBranches) } };
            if (workflow.OnPushPaths.Length > 0)
            {
                push.Add("paths", Strings(workflow.OnPushPaths));
            }

            triggers.Add("push", push);
        }

        if (workflow.OnPullRequestBranches.Length > 0)
        {
            triggers.Add("pull_request", new YamlMapping { { "branches", Strings(workflow.OnPullRequestBranches) } });
        }

        if (workflow.OnCronSchedules.Length > 0)
        {
            triggers.Add("schedule", new YamlSequence(
                workflow.OnCronSchedules.Select(cron => (YamlNode)new YamlMapping { { "cron", cron } })));
        }

        if (definition.HasDispatch)
        {
            var inputs = new YamlMapping();
            foreach (var parameter in definition.DispatchInputs)
            {
                inputs.Add(parameter.CliName, Input(parameter));
            }

            triggers.Add("workflow_dispatch", inputs.Count > 0 ? new YamlMapping { { "inputs", inputs } } : new YamlMapping());
        }

        return triggers;
    }

    private static YamlMapping Input(WorkflowParameter parameter)
    {
        // The workflow schema requires a description, and the run form shows it next to the field.
        var input = new YamlMapping
        {
            {
                "description", string.IsNullOrWhiteSpace(parameter.Description)
                    ? $"Passed to ./build.sh as --{parameter.CliName}"
                    : parameter.Description
            },
            { "required", false },
        };
        if (IsBoolean(parameter))
        {
            // A dispatched boolean always has a value, so start from the build's default rather than GitHub's false.
            input.Add("type", "boolean");
            input.Add("default", bool.TryParse(parameter.DefaultValue, out var value) && value);
        }
        else if (parameter.AllowedValues.Count > 0)
        {
            // A choice always has a value too (GitHub preselects the first option), so preselect the build's default.
            input.Add("type", "choice");
            input.Add("options", Strings(parameter.AllowedValues));
            var preselected = parameter.AllowedValues.FirstOrDefault(option =>
                string.Equals(option, parameter.DefaultValue, StringComparison.OrdinalIgnoreCase));
            if (preselected is not null)
            {
                input.Add("default", preselected);
            }
        }
        else
        {
            // No default on purpose: an empty input is not passed on, so a profile or .nuke/parameters.json still
            // decides the value; a default here would override them on every manual run.
            input.Add("type", "string");
        }

        return input;
    }

    private static bool IsBoolean(WorkflowParameter parameter) =>
        parameter.TypeName.TrimEnd('?') is var type
        && (type.Equals("bool", StringComparison.OrdinalIgnoreCase)
            || type.Equals("Boolean", StringComparison.OrdinalIgnoreCase)
            || type.Equals("System.Boolean", StringComparison.OrdinalIgnoreCase));

    private static YamlSequence Strings(IEnumerable<string> values) => new(values.Select(value => (YamlNode)value));
}
