using System.Text.Json.Nodes;

namespace MlPipeline.Testing.GitHub;

public sealed partial class FakeRepository
{
    private readonly List<FakeCheckRun> _checkRuns = [];

    public IReadOnlyList<FakeCheckRun> CheckRuns => Snapshot(_checkRuns);

    private FakeAnswer CreateCheckRun(FakeCall call)
    {
        var body = call.Json!.AsObject();
        var output = body["output"];
        var run = new FakeCheckRun(
            NextId(),
            body["name"]!.GetValue<string>(),
            body["head_sha"]!.GetValue<string>(),
            body["conclusion"]?.GetValue<string>(),
            output?["title"]?.GetValue<string>() ?? "",
            output?["summary"]?.GetValue<string>() ?? "",
            Annotations(output));
        _checkRuns.Add(run);
        return new FakeAnswer(201, CheckRunJson(run, call.PublicUrl));
    }

    private FakeAnswer UpdateCheckRun(FakeCall call)
    {
        var output = call.Json!["output"];
        return Update(
            _checkRuns,
            r => r.Id == long.Parse(call["id"]),
            run => run with
            {
                Conclusion = call.Json["conclusion"]?.GetValue<string>() ?? run.Conclusion,
                Title = output?["title"]?.GetValue<string>() ?? run.Title,
                Summary = output?["summary"]?.GetValue<string>() ?? run.Summary,
                Annotations = [.. run.Annotations, .. Annotations(output)],
            },
            run => CheckRunJson(run, call.PublicUrl));
    }

    private static List<JsonNode> Annotations(JsonNode? output) =>
        output?["annotations"] is JsonArray annotations ? [.. annotations.Select(a => a!.DeepClone())] : [];

    private JsonObject CheckRunJson(FakeCheckRun run, Uri publicUrl)
    {
        var json = SpecExamples.Object("check-run-example-of-completed-conclusion");
        json["id"] = run.Id;
        json["name"] = run.Name;
        json["head_sha"] = run.HeadSha;
        json["status"] = run.Conclusion is null ? "in_progress" : "completed";
        json["conclusion"] = run.Conclusion;
        json["url"] = ApiUrl(publicUrl, $"check-runs/{run.Id}");
        json["html_url"] = WebUrl($"runs/{run.Id}");
        var output = json["output"]!.AsObject();
        output["title"] = run.Title;
        output["summary"] = run.Summary;
        output["annotations_count"] = run.Annotations.Count;
        output["annotations_url"] = ApiUrl(publicUrl, $"check-runs/{run.Id}/annotations");
        return json;
    }
}
