using System.Text.Json.Nodes;

namespace MlPipeline.Testing.GitHub;

public sealed partial class FakeRepository
{
    private readonly List<FakePullRequest> _pullRequests = [];

    public IReadOnlyList<FakePullRequest> PullRequests => Snapshot(_pullRequests);

    private FakeAnswer ListPullRequests(FakeCall call)
    {
        var state = call.QueryValue("state") ?? "open";
        var head = call.QueryValue("head");
        var baseBranch = call.QueryValue("base");
        var matching = _pullRequests.Where(p =>
            (state == "all" || p.State == state)
            && (head is null || $"{Owner}:{p.Head}" == head)
            && (baseBranch is null || p.Base == baseBranch));
        return new FakeAnswer(200, new JsonArray([.. matching.Select(p => (JsonNode)PullRequestJson("pull-request-simple-items", p))]));
    }

    private FakeAnswer CreatePullRequest(FakeCall call)
    {
        var head = call.Json!["head"]!.GetValue<string>();
        if (!_refs.ContainsKey("heads/" + head))
        {
            return FakeAnswer.Error(422, $"Validation Failed: head {head} does not exist");
        }

        if (_pullRequests.Any(p => p.Head == head && p.State == "open"))
        {
            return FakeAnswer.Error(422, $"Validation Failed: A pull request already exists for {Owner}:{head}.");
        }

        var pull = new FakePullRequest(
            _pullRequests.Count + 1, head, call.Json["base"]!.GetValue<string>(), call.Json["title"]!.GetValue<string>(), call.Json["body"]?.GetValue<string>() ?? "", "open");
        _pullRequests.Add(pull);
        return new FakeAnswer(201, PullRequestJson("pull-request", pull));
    }

    private FakeAnswer UpdatePullRequest(FakeCall call) => Update(
        _pullRequests,
        p => p.Number == int.Parse(call["number"]),
        pull => pull with
        {
            Title = call.Json!["title"]?.GetValue<string>() ?? pull.Title,
            Body = call.Json["body"]?.GetValue<string>() ?? pull.Body,
        },
        pull => PullRequestJson("pull-request", pull));

    private JsonObject PullRequestJson(string example, FakePullRequest pull)
    {
        var json = SpecExamples.Object(example);
        json["number"] = pull.Number;
        json["title"] = pull.Title;
        json["body"] = pull.Body;
        json["state"] = pull.State;
        json["html_url"] = WebUrl($"pull/{pull.Number}");

        // Nobody was asked to review (and the description's own example lists a team without its required "type").
        json["requested_reviewers"] = new JsonArray();
        json["requested_teams"] = new JsonArray();
        foreach (var (side, branch) in new[] { ("head", pull.Head), ("base", pull.Base) })
        {
            json[side]!["ref"] = branch;
            json[side]!["label"] = $"{Owner}:{branch}";
            json[side]!["sha"] = _refs.GetValueOrDefault("heads/" + branch, "");
        }

        return json;
    }
}
