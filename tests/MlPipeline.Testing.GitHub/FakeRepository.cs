using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MlPipeline.Testing.GitHub;

/// <summary>One repository of <see cref="FakeGitHub"/>: its comments, check runs, Git objects, pull requests and releases, and every request it answered.</summary>
public sealed partial class FakeRepository
{
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly (string Method, Regex Path, Func<FakeCall, FakeAnswer> Handle)[] _routes;
    private long _nextId = 1000;
    private (int Status, string Message)? _failure;

    internal FakeRepository(string owner, string name)
    {
        Owner = owner;
        Name = name;
        _routes =
        [
            ("GET", new Regex("^issues/(?<issue>\\d+)/comments$"), ListComments),
            ("POST", new Regex("^issues/(?<issue>\\d+)/comments$"), CreateComment),
            ("PATCH", new Regex("^issues/comments/(?<id>\\d+)$"), UpdateComment),
            ("POST", new Regex("^check-runs$"), CreateCheckRun),
            ("PATCH", new Regex("^check-runs/(?<id>\\d+)$"), UpdateCheckRun),
            ("GET", new Regex("^git/ref/(?<ref>.+)$"), GetRef),
            ("POST", new Regex("^git/refs$"), CreateRef),
            ("PATCH", new Regex("^git/refs/(?<ref>.+)$"), UpdateRef),
            ("GET", new Regex("^git/commits/(?<sha>[0-9a-f]{40})$"), GetCommit),
            ("POST", new Regex("^git/commits$"), CreateCommit),
            ("POST", new Regex("^git/blobs$"), CreateBlob),
            ("POST", new Regex("^git/trees$"), CreateTree),
            ("GET", new Regex("^pulls$"), ListPullRequests),
            ("POST", new Regex("^pulls$"), CreatePullRequest),
            ("PATCH", new Regex("^pulls/(?<number>\\d+)$"), UpdatePullRequest),
            ("GET", new Regex("^releases/tags/(?<tag>.+)$"), GetRelease),
            ("POST", new Regex("^releases$"), CreateRelease),
            ("PATCH", new Regex("^releases/(?<id>\\d+)$"), UpdateRelease),
            ("GET", new Regex("^releases/(?<id>\\d+)/assets$"), ListAssets),
            ("POST", new Regex("^releases/(?<id>\\d+)/assets$"), UploadAsset),
            ("DELETE", new Regex("^releases/assets/(?<id>\\d+)$"), DeleteAsset),
        ];
        var readme = Blob(Encoding.UTF8.GetBytes("# model\n"));
        var tree = Tree(new Dictionary<string, string> { ["README.md"] = readme });
        _refs["heads/main"] = Commit(tree, [], "Initial commit");
    }

    public string Owner { get; }

    public string Name { get; }

    public IReadOnlyList<RecordedRequest> Requests => Snapshot(_requests);

    /// <summary>From now on every request to this repository is answered with this status and message.</summary>
    public void FailWith(int status, string message)
    {
        lock (_gate)
        {
            _failure = (status, message);
        }
    }

    internal FakeAnswer Answer(string method, string path, IReadOnlyDictionary<string, string> query, JsonNode? json, byte[] content, Uri publicUrl)
    {
        lock (_gate)
        {
            _requests.Add(new RecordedRequest(method, path, string.Join('&', query.Select(q => $"{q.Key}={q.Value}")), json));
            if (_failure is { } failure)
            {
                return FakeAnswer.Error(failure.Status, failure.Message);
            }

            foreach (var (routeMethod, pattern, handle) in _routes)
            {
                if (routeMethod == method && pattern.Match(path) is { Success: true } match)
                {
                    return handle(new FakeCall(match, query, json, content, publicUrl));
                }
            }

            return FakeAnswer.Error(404, "Not Found");
        }
    }

    private long NextId() => ++_nextId;

    /// <summary>Changes the one item that matches and answers with it, or answers 404.</summary>
    private static FakeAnswer Update<T>(List<T> items, Predicate<T> match, Func<T, T> change, Func<T, JsonNode> json)
    {
        var index = items.FindIndex(match);
        if (index < 0)
        {
            return FakeAnswer.Error(404, "Not Found");
        }

        items[index] = change(items[index]);
        return new FakeAnswer(200, json(items[index]));
    }

    private List<T> Snapshot<T>(IEnumerable<T> items)
    {
        lock (_gate)
        {
            return [.. items];
        }
    }

    private string ApiUrl(Uri publicUrl, string path) => new Uri(publicUrl, $"repos/{Owner}/{Name}/{path}").AbsoluteUri;

    private string WebUrl(string path) => $"https://github.com/{Owner}/{Name}/{path}";

    private static string Sha(string kind, byte[] content) =>
        Convert.ToHexStringLower(SHA1.HashData([.. Encoding.ASCII.GetBytes($"{kind} {content.Length}\0"), .. content]));
}
