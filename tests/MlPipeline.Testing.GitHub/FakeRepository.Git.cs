using System.Text;
using System.Text.Json.Nodes;

namespace MlPipeline.Testing.GitHub;

public sealed partial class FakeRepository
{
    private readonly Dictionary<string, string> _refs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _blobs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _trees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Tree, string[] Parents, string Message)> _commits = new(StringComparer.Ordinal);

    /// <summary>The commit a branch points at, or null when there is no such branch.</summary>
    public string? Branch(string name)
    {
        lock (_gate)
        {
            return _refs.GetValueOrDefault("heads/" + name);
        }
    }

    /// <summary>The parents and message of a commit.</summary>
    public (IReadOnlyList<string> Parents, string Message) CommitOf(string sha)
    {
        lock (_gate)
        {
            var commit = _commits[sha];
            return (commit.Parents, commit.Message);
        }
    }

    /// <summary>Every file of a commit and its contents.</summary>
    public IReadOnlyDictionary<string, byte[]> FilesOf(string commit)
    {
        lock (_gate)
        {
            return _trees[_commits[commit].Tree].ToDictionary(f => f.Key, f => _blobs[f.Value], StringComparer.Ordinal);
        }
    }

    private string Blob(byte[] content)
    {
        var sha = Sha("blob", content);
        _blobs[sha] = content;
        return sha;
    }

    private string Tree(IReadOnlyDictionary<string, string> files)
    {
        var sha = Sha("tree", Encoding.UTF8.GetBytes(string.Join('\n', files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {f.Value}"))));
        _trees[sha] = files;
        return sha;
    }

    private string Commit(string tree, string[] parents, string message)
    {
        var sha = Sha("commit", Encoding.UTF8.GetBytes($"{tree}\n{string.Join(' ', parents)}\n{message}\n{NextId()}"));
        _commits[sha] = (tree, parents, message);
        return sha;
    }

    private FakeAnswer GetRef(FakeCall call) => _refs.TryGetValue(call["ref"], out var sha)
        ? new FakeAnswer(200, RefJson(call["ref"], sha, call.PublicUrl))
        : FakeAnswer.Error(404, "Not Found");

    private FakeAnswer CreateRef(FakeCall call)
    {
        var name = call.Json!["ref"]!.GetValue<string>();
        if (!name.StartsWith("refs/", StringComparison.Ordinal) || _refs.ContainsKey(name["refs/".Length..]))
        {
            return FakeAnswer.Error(422, "Reference already exists");
        }

        var sha = call.Json["sha"]!.GetValue<string>();
        _refs[name["refs/".Length..]] = sha;
        return new FakeAnswer(201, RefJson(name["refs/".Length..], sha, call.PublicUrl));
    }

    private FakeAnswer UpdateRef(FakeCall call)
    {
        if (!_refs.ContainsKey(call["ref"]))
        {
            return FakeAnswer.Error(422, "Reference does not exist");
        }

        var sha = call.Json!["sha"]!.GetValue<string>();
        _refs[call["ref"]] = sha;
        return new FakeAnswer(200, RefJson(call["ref"], sha, call.PublicUrl));
    }

    private FakeAnswer GetCommit(FakeCall call) => _commits.ContainsKey(call["sha"])
        ? new FakeAnswer(200, CommitJson("git-commit-2", call["sha"], call.PublicUrl))
        : FakeAnswer.Error(404, "Not Found");

    private FakeAnswer CreateCommit(FakeCall call)
    {
        var tree = call.Json!["tree"]!.GetValue<string>();
        var parents = call.Json["parents"]!.AsArray().Select(p => p!.GetValue<string>()).ToArray();
        if (!_trees.ContainsKey(tree) || parents.Any(p => !_commits.ContainsKey(p)))
        {
            return FakeAnswer.Error(422, "Tree or parent SHA does not exist");
        }

        return new FakeAnswer(201, CommitJson("git-commit", Commit(tree, parents, call.Json["message"]!.GetValue<string>()), call.PublicUrl));
    }

    private FakeAnswer CreateBlob(FakeCall call)
    {
        var text = call.Json!["content"]!.GetValue<string>();
        var content = call.Json["encoding"]?.GetValue<string>() == "base64" ? Convert.FromBase64String(text) : Encoding.UTF8.GetBytes(text);
        var sha = Blob(content);
        return new FakeAnswer(201, new JsonObject { ["url"] = ApiUrl(call.PublicUrl, $"git/blobs/{sha}"), ["sha"] = sha });
    }

    private FakeAnswer CreateTree(FakeCall call)
    {
        var files = call.Json!["base_tree"]?.GetValue<string>() is { } baseTree
            ? new Dictionary<string, string>(_trees[baseTree], StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in call.Json["tree"]!.AsArray())
        {
            var sha = entry!["sha"]!.GetValue<string>();
            if (!_blobs.ContainsKey(sha))
            {
                return FakeAnswer.Error(422, $"Blob {sha} does not exist");
            }

            files[entry["path"]!.GetValue<string>()] = sha;
        }

        var tree = Tree(files);
        var json = SpecExamples.Object("git-tree");
        var template = json["tree"]!.AsArray()[0]!;
        json["sha"] = tree;
        json["url"] = ApiUrl(call.PublicUrl, $"git/trees/{tree}");
        json["truncated"] = false;
        json["tree"] = new JsonArray([.. files.Select(f =>
        {
            var item = template.DeepClone().AsObject();
            item["path"] = f.Key;
            item["mode"] = "100644";
            item["type"] = "blob";
            item["sha"] = f.Value;
            item["size"] = _blobs[f.Value].Length;
            item["url"] = ApiUrl(call.PublicUrl, $"git/blobs/{f.Value}");
            return (JsonNode)item;
        })]);
        return new FakeAnswer(201, json);
    }

    private JsonObject RefJson(string name, string sha, Uri publicUrl)
    {
        var json = SpecExamples.Object("git-ref");
        json["ref"] = "refs/" + name;
        json["url"] = ApiUrl(publicUrl, $"git/refs/{name}");
        json["object"] = new JsonObject { ["type"] = "commit", ["sha"] = sha, ["url"] = ApiUrl(publicUrl, $"git/commits/{sha}") };
        return json;
    }

    private JsonObject CommitJson(string example, string sha, Uri publicUrl)
    {
        var (tree, parents, message) = _commits[sha];
        var json = SpecExamples.Object(example);
        json["sha"] = sha;
        json["url"] = ApiUrl(publicUrl, $"git/commits/{sha}");
        json["html_url"] = WebUrl($"commit/{sha}");
        json["message"] = message;
        json["tree"] = new JsonObject { ["sha"] = tree, ["url"] = ApiUrl(publicUrl, $"git/trees/{tree}") };
        json["parents"] = new JsonArray([.. parents.Select(p => (JsonNode)new JsonObject
        {
            ["sha"] = p,
            ["url"] = ApiUrl(publicUrl, $"git/commits/{p}"),
            ["html_url"] = WebUrl($"commit/{p}"),
        })]);
        return json;
    }
}
