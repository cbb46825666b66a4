using System.Text.Json.Nodes;

namespace MlPipeline.Testing.GitHub;

public sealed partial class FakeRepository
{
    private readonly List<FakeComment> _comments = [];

    /// <summary>The comments on an issue or pull request, oldest first.</summary>
    public IReadOnlyList<FakeComment> CommentsOn(int issue) => Snapshot(_comments.Where(c => c.Issue == issue));

    /// <summary>Adds a comment as if someone had written it.</summary>
    public void AddComment(int issue, string body)
    {
        lock (_gate)
        {
            _comments.Add(new FakeComment(NextId(), issue, body));
        }
    }

    private FakeAnswer ListComments(FakeCall call)
    {
        var issue = int.Parse(call["issue"]);
        var all = _comments.Where(c => c.Issue == issue).ToList();
        var perPage = int.Parse(call.QueryValue("per_page") ?? "30");
        var page = int.Parse(call.QueryValue("page") ?? "1");
        var last = Math.Max(1, (all.Count + perPage - 1) / perPage);
        var items = new JsonArray([.. all.Skip((page - 1) * perPage).Take(perPage).Select(c => CommentJson(c, call.PublicUrl))]);
        // Like GitHub's, each link keeps the request's other parameters (Octokit sends sort and direction).
        var kept = string.Concat(call.Query.Where(q => q.Key != "page").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}&"));
        string PageUrl(int number) => $"<{ApiUrl(call.PublicUrl, $"issues/{issue}/comments")}?{kept}page={number}>";
        var links = new List<string>();
        if (page < last)
        {
            links.Add($"{PageUrl(page + 1)}; rel=\"next\"");
            links.Add($"{PageUrl(last)}; rel=\"last\"");
        }

        if (page > 1)
        {
            links.Add($"{PageUrl(1)}; rel=\"first\"");
            links.Add($"{PageUrl(page - 1)}; rel=\"prev\"");
        }

        return new FakeAnswer(200, items, links.Count > 0 ? string.Join(", ", links) : null);
    }

    private FakeAnswer CreateComment(FakeCall call)
    {
        var comment = new FakeComment(NextId(), int.Parse(call["issue"]), call.Json!["body"]!.GetValue<string>());
        _comments.Add(comment);
        return new FakeAnswer(201, CommentJson(comment, call.PublicUrl));
    }

    private FakeAnswer UpdateComment(FakeCall call) => Update(
        _comments, c => c.Id == long.Parse(call["id"]), c => c with { Body = call.Json!["body"]!.GetValue<string>() }, c => CommentJson(c, call.PublicUrl));

    private JsonObject CommentJson(FakeComment comment, Uri publicUrl)
    {
        var json = SpecExamples.Object("issue-comment");
        json["id"] = comment.Id;
        json["body"] = comment.Body;
        json["url"] = ApiUrl(publicUrl, $"issues/comments/{comment.Id}");
        json["issue_url"] = ApiUrl(publicUrl, $"issues/{comment.Issue}");
        json["html_url"] = WebUrl($"pull/{comment.Issue}#issuecomment-{comment.Id}");
        return json;
    }
}
